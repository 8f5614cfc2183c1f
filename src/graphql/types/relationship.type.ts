import { Field, ID, ObjectType } from "type-graphql";
import { RelationshipType } from "./enums";

@ObjectType("Source", { description: "Where evidence comes from: a report, a statement, a document." })
export class SourceType {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String, { description: "Its title, or a plain description when it has none." })
  title!: string;

  @Field((_type) => String, { nullable: true, description: "Only when known." })
  publisher!: string | null;

  @Field((_type) => String, { nullable: true, description: "ISO 8601 date, only when known." })
  publishedOn!: string | null;

  @Field((_type) => String, { nullable: true, description: "Only when known." })
  url!: string | null;
}

@ObjectType("Citation", {
  description: "The evidence for a relationship: a source and a verbatim quote from it.",
})
export class CitationType {
  @Field((_type) => String, { description: "Verbatim text of the source." })
  quote!: string;
}

@ObjectType("Relationship", {
  description:
    "A typed edge with its evidence. `from` and `to` follow the stored direction; symmetric types (BORDERS) read both ways.",
})
export class RelationshipObjectType {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => RelationshipType)
  type!: string;

  @Field((_type) => String, {
    nullable: true,
    description: "Who asserts it, when the source reports one side's claim rather than a fact.",
  })
  claimedBy!: string | null;
}
