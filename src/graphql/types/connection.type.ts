import { Field, Int, ObjectType } from "type-graphql";
import { EntityInterface } from "./entity.type";

@ObjectType("PageInfo")
export class PageInfoType {
  @Field((_type) => Boolean)
  hasNextPage!: boolean;

  @Field((_type) => Boolean)
  hasPreviousPage!: boolean;

  @Field((_type) => String, { nullable: true })
  startCursor!: string | null;

  @Field((_type) => String, { nullable: true, description: "Pass as `after` to get the next page." })
  endCursor!: string | null;
}

@ObjectType("EntityEdge")
export class EntityEdgeType {
  @Field((_type) => String)
  cursor!: string;

  @Field((_type) => EntityInterface)
  node!: unknown;
}

@ObjectType("EntityConnection", { description: "A page of entities in id order (Relay cursor connection)." })
export class EntityConnectionType {
  @Field((_type) => [EntityEdgeType])
  edges!: EntityEdgeType[];

  @Field((_type) => PageInfoType)
  pageInfo!: PageInfoType;

  @Field((_type) => Int, { description: "Entities matching the filter, over all pages." })
  totalCount!: number;
}
