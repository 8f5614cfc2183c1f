import { Field, ID, InputType, Int } from "type-graphql";
import { EntityKind, RelationshipType } from "./enums";
import { SourceKind, Stance } from "./relationship.type";

@InputType("EntityInput", {
  description:
    "Creates the entity, or updates it when the id exists (its kind cannot change). Aliases are added to those it has; a field left out (or null) keeps its value; a kind property set to null is removed.",
})
export class EntityInputType {
  @Field((_type) => ID, { description: "kebab-case slug, e.g. baloch-militant-groups." })
  id!: string;

  @Field((_type) => EntityKind)
  kind!: string;

  @Field((_type) => String, { nullable: true, description: "Required for a new entity." })
  name?: string | null;

  @Field((_type) => [String], { nullable: true })
  aliases?: string[] | null;

  @Field((_type) => String, { nullable: true })
  description?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "Negotiation and Incident only: when it took place, in the source's own words.",
  })
  when?: string | null;

  @Field((_type) => ID, {
    nullable: true,
    description: "Negotiation and Incident only: the source whose words `when` are.",
  })
  whenSourceId?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      'Negotiation and Incident only: the calendar date (ISO 8601 year, year-month or day) a source states. Left out, it is resolved from `when` against `whenSourceId`\'s publication date where that names a day ("Monday"), and unknown otherwise.',
  })
  date?: string | null;

  @Field((_type) => String, { nullable: true, description: "Negotiation only." })
  outcome?: string | null;

  @Field((_type) => Int, { nullable: true, description: "Incident only: how many events it groups." })
  count?: number | null;
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

  @Field((_type) => String, { nullable: true, description: "RESPONDS_TO: how it answers, and to what." })
  response?: string | null;

  @Field((_type) => String, { nullable: true, description: "PURSUES_OTHER_AGENDA: who within the party." })
  who?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "Claimant of every citation that names none.",
    deprecationReason: "Give each citation its claimant.",
  })
  claimedBy?: string | null;
}

@InputType("CitationInput", {
  description: "One citation: a verbatim quote of a stored source, and who says it.",
})
export class CitationInputType {
  @Field((_type) => ID, { description: "Id of an existing Source." })
  sourceId!: string;

  @Field((_type) => String, { description: "Verbatim quote from that source's text." })
  quote!: string;

  @Field((_type) => Int, {
    nullable: true,
    description: "Offset of the occurrence meant, when the quote occurs more than once; the first otherwise.",
  })
  start?: number | null;

  @Field((_type) => Stance, {
    nullable: true,
    description: "Defaults to REPORTS when a claimant is given, STATES otherwise.",
  })
  stance?: string | null;

  @Field((_type) => String, { nullable: true, description: "Who makes the claim, in the source's words." })
  claimant?: string | null;

  @Field((_type) => ID, {
    nullable: true,
    description: "The entity that makes the claim, when the graph holds it.",
  })
  claimantId?: string | null;

  @Field((_type) => String, { nullable: true, description: "When it held, in the source's words." })
  when?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "Date it holds from (ISO 8601), when the source says.",
  })
  since?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "Date it holds until (ISO 8601), when the source says.",
  })
  until?: string | null;

  @Field((_type) => RelationshipPropertiesInputType, {
    nullable: true,
    description: "Values this citation supports; the relationship's `properties` apply where it gives none.",
  })
  properties?: RelationshipPropertiesInputType | null;
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

  @Field((_type) => [CitationInputType], { description: "Its citations: at least one." })
  sources!: CitationInputType[];
}

@InputType("SourceInput", { description: "A source and its full text, which citations quote." })
export class SourceInputType {
  @Field((_type) => ID, { description: "kebab-case slug." })
  id!: string;

  @Field((_type) => String, { description: "Its title, or a plain description when it has none." })
  title!: string;

  @Field((_type) => SourceKind)
  kind!: string;

  @Field((_type) => String, { description: "Its full text." })
  text!: string;

  @Field((_type) => String, { nullable: true })
  publisher?: string | null;

  @Field((_type) => String, { nullable: true, description: "ISO 8601 date: year, year-month or day." })
  publishedOn?: string | null;

  @Field((_type) => String, { nullable: true })
  url?: string | null;

  @Field((_type) => String, { nullable: true, description: "BCP 47, e.g. en." })
  language?: string | null;
}
