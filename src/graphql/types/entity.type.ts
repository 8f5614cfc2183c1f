import { Field, ID, InterfaceType } from "type-graphql";
import type { Entity } from "../../model/entity";
import { EntityKind } from "./enums";

@InterfaceType("Entity", {
  description: "A node of the graph: a country, armed group, government, delegation, negotiation, ...",
  // Object type names are the registry labels.
  resolveType: (value: Entity) => value.kind,
})
export abstract class EntityInterface {
  @Field((_type) => ID, { description: "Stable, readable kebab-case id, e.g. baloch-militant-groups." })
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => EntityKind)
  kind!: string;

  @Field((_type) => [String], { description: "Every other way sources name it (e.g. Türkiye for Turkey)." })
  aliases!: string[];

  @Field((_type) => String, { nullable: true })
  description!: string | null;
}
