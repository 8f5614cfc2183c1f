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
  @Field((_type) => [EntityInterface], { description: "In id order." })
  nodes!: unknown[];

  @Field((_type) => [RelationshipObjectType], { description: "In id order." })
  relationships!: unknown[];

  @Field((_type) => Boolean, {
    description: `True when more than ${LIMITS.SUBGRAPH_NODES_MAX} entities are within reach: the answer then holds the ${LIMITS.SUBGRAPH_NODES_MAX} nearest (by number of steps, then id). Narrow it with types, kinds or depth.`,
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
