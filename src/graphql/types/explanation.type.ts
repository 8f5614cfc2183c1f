import { Field, ObjectType } from "type-graphql";
import { RelationshipObjectType, SourceType } from "./relationship.type";

@ObjectType("ExplanationStep", {
  description:
    "One relationship in words, with the first citation that supports it (in source then offset order).",
})
export class ExplanationStepType {
  @Field((_type) => String, {
    description: "The relationship as an English sentence, in its stored direction, without a final period.",
  })
  sentence!: string;

  @Field((_type) => String, {
    description:
      "The sentence, its attribution and its evidence in one line: Sentence, attribution (“quote”, source title, date).",
  })
  text!: string;

  @Field((_type) => RelationshipObjectType)
  relationship!: unknown;

  @Field((_type) => String, { nullable: true, description: "The supporting citation's verbatim quote." })
  quote!: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "Who makes the claim (the source's words, or the claimant entity's name); null when the source states it in its own voice.",
  })
  claimant!: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "How the sentence is attributed: according to …, in the assessment of …; null for the source's own voice.",
  })
  attribution!: string | null;

  @Field((_type) => SourceType, { nullable: true, description: "The supporting citation's source." })
  source!: unknown;
}

@ObjectType("Explanation", {
  description: "Why a relationship or a path holds, in words, one step per relationship.",
})
export class ExplanationType {
  @Field((_type) => String, { description: "The steps' texts, joined by spaces." })
  text!: string;

  @Field((_type) => [ExplanationStepType], { description: "One per relationship, in path order." })
  steps!: unknown[];
}
