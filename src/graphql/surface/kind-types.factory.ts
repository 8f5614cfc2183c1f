import { ObjectType } from "type-graphql";
import type { Registry } from "../../model/registry";
import { EntityInterface } from "../types/entity.type";

/** The object type of each kind, by label: `type Country implements Entity`, its fields added by resolvers. */
export type KindTypes = ReadonlyMap<string, typeof EntityInterface>;

export function kindObjectTypes(registry: Registry): KindTypes {
  return new Map(
    registry.nodeKinds.map((kind) => {
      const kindType = class extends EntityInterface {};
      Object.defineProperty(kindType, "name", { value: `${kind.label}Type` });
      ObjectType(kind.label, { implements: EntityInterface, description: kind.description })(kindType);
      return [kind.label, kindType];
    }),
  );
}

/** The type of an end that may hold `labels`: the kind's own type when there is one kind, else Entity. */
export function endType(kindTypes: KindTypes, labels: readonly string[]): typeof EntityInterface {
  return (labels.length === 1 ? kindTypes.get(labels[0]) : undefined) ?? EntityInterface;
}
