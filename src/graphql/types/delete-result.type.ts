import { Field, ObjectType } from "type-graphql";

@ObjectType("DeleteResult")
export class DeleteResultType {
  @Field((_type) => String)
  id!: string;

  @Field((_type) => Boolean, { description: "False when no entity had the id (nothing changed)." })
  deleted!: boolean;

  @Field((_type) => [DetachedRelationshipType], { description: "Relationships removed with the entity." })
  detached!: unknown[];
}

@ObjectType("DetachedRelationship", {
  description: "A relationship that was removed; its ends may no longer exist.",
})
export class DetachedRelationshipType {
  @Field((_type) => String)
  id!: string;

  @Field((_type) => String)
  type!: string;

  @Field((_type) => String, { description: "Id of the entity it started at." })
  from!: string;

  @Field((_type) => String, { description: "Id of the entity it ended at." })
  to!: string;
}
