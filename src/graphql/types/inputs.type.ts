import { Field, ID, InputType, Int } from "type-graphql";
import { EntityKind, RelationshipType } from "./enums";

@InputType("EntityInput", {
  description: "Creates the entity, or updates it when the id exists (its kind cannot change).",
})
export class EntityInputType {
  @Field((_type) => ID, { description: "kebab-case slug, e.g. baloch-militant-groups." })
  id!: string;

  @Field((_type) => EntityKind)
  kind!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => [String], { nullable: true })
  aliases?: string[] | null;

  @Field((_type) => String, { nullable: true })
  description?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "Negotiation and Incident only: when, as the source words it.",
  })
  when?: string | null;

  @Field((_type) => String, { nullable: true, description: "Negotiation only." })
  outcome?: string | null;

  @Field((_type) => Int, { nullable: true, description: "Incident only: how many events it groups." })
  count?: number | null;
}

@InputType("CitationInput")
export class CitationInputType {
  @Field((_type) => ID, { description: "Id of an existing Source." })
  sourceId!: string;

  @Field((_type) => String, { description: "Verbatim quote from that source." })
  quote!: string;
}

@InputType("RelationshipPropertiesInput", {
  description: "Properties of a relationship; which apply (and which are required) depends on its type.",
})
export class RelationshipPropertiesInputType {
  @Field((_type) => String, { nullable: true, description: "MEDIATES: lead or supporting." })
  role?: string | null;

  @Field((_type) => String, { nullable: true, description: "DESIGNATES: e.g. banned." })
  status?: string | null;

  @Field((_type) => String, { nullable: true, description: "BOUND_BY." })
  obligation?: string | null;

  @Field((_type) => String, { nullable: true, description: "DEMANDS." })
  demand?: string | null;

  @Field((_type) => String, { nullable: true, description: "URGES." })
  message?: string | null;

  @Field((_type) => String, { nullable: true, description: "REJECTS: what is refused." })
  what?: string | null;

  @Field((_type) => String, { nullable: true, description: "ENDORSES." })
  position?: string | null;

  @Field((_type) => String, { nullable: true, description: "ACCUSES." })
  charge?: string | null;

  @Field((_type) => String, { nullable: true, description: "Who asserts it, when it is one side's claim." })
  claimedBy?: string | null;
}

@InputType("RelationshipInput")
export class RelationshipInputType {
  @Field((_type) => ID, { nullable: true, description: "Defaults to <from>-<type>-<to>." })
  id?: string | null;

  @Field((_type) => RelationshipType)
  type!: string;

  @Field((_type) => ID)
  from!: string;

  @Field((_type) => ID)
  to!: string;

  @Field((_type) => RelationshipPropertiesInputType, { nullable: true })
  properties?: RelationshipPropertiesInputType | null;

  @Field((_type) => [CitationInputType], { description: "At least one." })
  sources!: CitationInputType[];
}
