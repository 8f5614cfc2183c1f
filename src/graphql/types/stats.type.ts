import { Field, ID, Int, ObjectType } from "type-graphql";
import { Direction, EntityKind, RelationshipType } from "./enums";

@ObjectType("KindCount", { description: "How many entities of one kind the graph holds." })
export class KindCountType {
  @Field((_type) => EntityKind)
  kind!: string;

  @Field((_type) => Int)
  count!: number;
}

@ObjectType("TypeCount", { description: "How many relationships of one type the graph holds." })
export class TypeCountType {
  @Field((_type) => RelationshipType)
  type!: string;

  @Field((_type) => Int)
  count!: number;
}

@ObjectType("GraphStats", {
  description: "Counts of the whole graph, from Neo4j's count store: no node or relationship is read.",
})
export class GraphStatsType {
  @Field((_type) => [KindCountType], { description: "Every kind, in registry order, zero included." })
  entitiesByKind!: KindCountType[];

  @Field((_type) => [TypeCountType], {
    description: "Every relationship type, in registry order, zero included.",
  })
  relationshipsByType!: TypeCountType[];

  @Field((_type) => Int)
  entities!: number;

  @Field((_type) => Int)
  relationships!: number;

  @Field((_type) => Int)
  sources!: number;

  @Field((_type) => Int)
  citations!: number;
}

@ObjectType("DirectedTypeCount", {
  description:
    "An entity's relationships of one type in one direction; symmetric types (BORDERS) once, as BOTH.",
})
export class DirectedTypeCountType {
  @Field((_type) => RelationshipType)
  type!: string;

  @Field((_type) => Direction)
  direction!: string;

  @Field((_type) => Int)
  count!: number;
}

@ObjectType("SourceShare", {
  description: "A source, and how many of an entity's relationships it supports.",
})
export class SourceShareType {
  @Field((_type) => ID)
  sourceId!: string;

  @Field((_type) => Int)
  relationships!: number;
}

@ObjectType("ClaimantShare", {
  description: "A claimant, and how many of an entity's relationships rest on its claims.",
})
export class ClaimantShareType {
  @Field((_type) => String, {
    description: "An entity id, or the source's words for a speaker the graph does not hold.",
  })
  claimant!: string;

  @Field((_type) => Int)
  relationships!: number;
}

@ObjectType("EntityStats", {
  description:
    "An entity's relationships counted from Neo4j's degree store, and its sources and claimants read from the evidence summaries its relationships store.",
})
export class EntityStatsType {
  @Field((_type) => Int, { description: "All its relationships." })
  relationships!: number;

  @Field((_type) => [DirectedTypeCountType], {
    description: "Its relationships by type and direction, in registry order; only the types it has.",
  })
  byType!: DirectedTypeCountType[];

  @Field((_type) => Int, { description: "Distinct sources of the relationships read." })
  sourceCount!: number;

  @Field((_type) => Int, { description: "Distinct claimants of the relationships read." })
  claimantCount!: number;

  @Field((_type) => Int, {
    description: "How many of its relationships sources and claimants were read from.",
  })
  relationshipsRead!: number;

  @Field((_type) => Boolean, {
    description:
      "Whether sources and claimants cover all its relationships; false past the cap on relationships read.",
  })
  complete!: boolean;
}

@ObjectType("SupportCount", {
  description:
    "A source's citations of one relationship type, and how many distinct relationships they cite.",
})
export class SupportCountType {
  @Field((_type) => RelationshipType)
  type!: string;

  @Field((_type) => Int)
  citations!: number;

  @Field((_type) => Int)
  relationships!: number;
}
