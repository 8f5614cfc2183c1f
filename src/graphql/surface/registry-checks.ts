import type { NodeKindSpec, PropertySpec, Registry, TypedFieldSpec } from "../../model/registry";

/**
 * Refuses a registry whose typed fields the graph could not answer: checked before any class is built,
 * since type-graphql keeps every decorated class, even one of a surface that failed.
 */
export function assertSurfaceRegistry(registry: Registry): void {
  for (const kind of registry.nodeKinds) {
    for (const field of kind.typedFields) assertTypedField(registry, kind, field);
  }
  assertOneTypePerProperty(registry.nodeKinds.map((k) => [k.label, k.properties]));
  assertOneTypePerProperty(registry.relationshipTypes.map((r) => [r.type, r.properties]));
}

/** Kinds (or types) that share a property name share its field, so they must agree on its value's type. */
function assertOneTypePerProperty(owners: [string, Readonly<Record<string, PropertySpec>>][]): void {
  const seen = new Map<string, { owner: string; spec: PropertySpec }>();
  for (const [owner, properties] of owners) {
    for (const [name, spec] of Object.entries(properties)) {
      const first = seen.get(name);
      if (first && (first.spec.type !== spec.type || first.spec.references !== spec.references)) {
        throw new Error(
          `invariant: property ${name} of ${owner} is not of the type it has on ${first.owner}`,
        );
      }
      if (spec.references && !name.endsWith("Id")) {
        throw new Error(`invariant: property ${name} of ${owner} holds an id, so its name ends in Id`);
      }
      seen.set(name, first ?? { owner, spec });
    }
  }
}

function assertTypedField(registry: Registry, kind: NodeKindSpec, field: TypedFieldSpec): void {
  const where = `${kind.label}.${field.name}`;
  const spec = registry.relationshipTypes.find((r) => r.type === field.type);
  if (!spec) throw new Error(`invariant: ${where} follows ${field.type}, which the registry does not hold`);
  const here = { OUT: spec.from, IN: spec.to, BOTH: spec.symmetric ? spec.from : [] }[field.direction];
  if (!here.includes(kind.label)) {
    throw new Error(
      `invariant: ${where} follows ${field.type} ${field.direction}, which ${kind.label} cannot`,
    );
  }
  if (field.returns === "edges" && !spec.edge) {
    throw new Error(`invariant: ${where} lists ${field.type} edges, which name no edge object`);
  }
  const there = { OUT: spec.to, IN: spec.from, BOTH: spec.to }[field.direction];
  if (field.otherKind && !there.includes(field.otherKind)) {
    throw new Error(`invariant: ${where} lists ${field.otherKind}, which ${field.type} cannot reach`);
  }
}
