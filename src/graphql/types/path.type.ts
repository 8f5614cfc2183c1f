import { Field, Float, Int, ObjectType } from "type-graphql";
import { LIMITS } from "../../services/limits";
import { EntityInterface } from "./entity.type";
import { RelationshipObjectType } from "./relationship.type";

@ObjectType("Path", { description: "A walk: nodes[i] and nodes[i+1] are joined by relationships[i]." })
export class PathType {
  @Field((_type) => Int, { description: "Number of relationships." })
  length!: number;

  @Field((_type) => [EntityInterface])
  nodes!: unknown[];

  @Field((_type) => [RelationshipObjectType])
  relationships!: unknown[];
}

@ObjectType("Subgraph", { description: "A set of entities and the relationships among them." })
export class SubgraphType {
  @Field((_type) => [EntityInterface], {
    description: `In id order; at most ${LIMITS.SUBGRAPH_NODES_MAX}, the nearest (by number of steps, then id).`,
  })
  nodes!: unknown[];

  @Field((_type) => [RelationshipObjectType], {
    description: `In id order; at most ${LIMITS.SUBGRAPH_RELATIONSHIPS_MAX}, the nearest (by the number of steps to their nearer end, then type, then id).`,
  })
  relationships!: unknown[];

  @Field((_type) => Boolean, {
    description: `True when more than ${LIMITS.SUBGRAPH_NODES_MAX} entities or more than ${LIMITS.SUBGRAPH_RELATIONSHIPS_MAX} relationships are within reach: the answer then holds the nearest of each. Narrow it with types, kinds or depth.`,
  })
  truncated!: boolean;
}

@ObjectType("SearchHit")
export class SearchHitType {
  @Field((_type) => EntityInterface)
  entity!: unknown;

  @Field((_type) => Float, { description: "Relevance; higher is better. Hits come best first." })
  score!: number;
}
