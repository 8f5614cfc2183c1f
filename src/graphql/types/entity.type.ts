import { Field, ID, InterfaceType } from "type-graphql";
import type { Entity } from "../../model/entity";

@InterfaceType("Entity", {
  description: "A node of the graph: a country, armed group, government, delegation, negotiation, ...",
  // Object type names are the registry labels.
  resolveType: (value: Entity) => value.kind,
  // The kinds' types are listed where the schema is built, from the registry in use.
  autoRegisterImplementations: false,
})
export abstract class EntityInterface {
  @Field((_type) => ID, { description: "Stable, readable kebab-case id, e.g. baloch-militant-groups." })
  id!: string;

  @Field((_type) => String)
  name!: string;

  /** Its registry label; the `kind` field is built from the registry. */
  kind!: string;

  @Field((_type) => [String], { description: "Every other way sources name it (e.g. Türkiye for Turkey)." })
  aliases!: string[];

  @Field((_type) => String, { nullable: true })
  description!: string | null;
}
