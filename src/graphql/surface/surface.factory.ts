import type { Registry } from "../../model/registry";
import type { GeneratedClass } from "./define-field";
import { edgeObjectTypes } from "./edge-types.factory";
import { registryInputs, type RegistryInputs } from "./inputs.factory";
import { kindResolvers } from "./kind-resolvers.factory";
import { kindObjectTypes } from "./kind-types.factory";
import { assertSurfaceRegistry } from "./registry-checks";
import { registryEnums, type RegistryEnums } from "./registry-enums";
import { entityKindResolver, relationshipFieldsResolver } from "./shared-fields.factory";

/** Everything of the GraphQL surface that follows the registry: types, resolvers, enums, inputs. */
export interface RegistrySurface {
  readonly enums: RegistryEnums;
  /** The kinds' object types: reachable only through the Entity interface, so listed as orphaned types. */
  readonly kindTypes: readonly (abstract new () => object)[];
  readonly resolvers: readonly GeneratedClass[];
  readonly inputs: RegistryInputs;
}

let builtFrom: Registry | undefined;
let built: RegistrySurface | undefined;

/**
 * Builds the surface of `registry`. Its fields on shared types (Entity.kind, Relationship's properties) live
 * in type-graphql's one metadata store, so a process holds the surface of one registry only.
 */
export function buildSurface(registry: Registry): RegistrySurface {
  if (built && builtFrom === registry) return built;
  if (built) throw new Error("invariant: this process already holds the surface of another registry");
  assertSurfaceRegistry(registry);
  const enums = registryEnums(registry);
  const kindTypes = kindObjectTypes(registry);
  const edgeTypes = edgeObjectTypes(registry, kindTypes);
  builtFrom = registry;
  built = {
    enums,
    kindTypes: [...kindTypes.values()],
    resolvers: [
      ...kindResolvers(registry, kindTypes, edgeTypes),
      entityKindResolver(enums),
      relationshipFieldsResolver(registry, enums),
    ],
    inputs: registryInputs(registry, enums),
  };
  return built;
}
