import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { STANCES } from "../../model/registry";

export enum SourceKind {
  REPORT = "report",
  REFERENCE = "reference",
}

registerEnumType(SourceKind, {
  name: "SourceKind",
  description: "What a source is.",
  valuesConfig: {
    REPORT: { description: "A report: it relays events and what people claim." },
    REFERENCE: { description: "Outside knowledge a report takes for granted; an analyst may exclude it." },
  },
});

/** GraphQL names for citation stances (the registry's own names). */
export const Stance: Record<string, string> = Object.fromEntries(Object.keys(STANCES).map((s) => [s, s]));

registerEnumType(Stance, {
  name: "Stance",
  description: "How a citation's source puts what it says.",
  valuesConfig: Object.fromEntries(Object.entries(STANCES).map(([s, description]) => [s, { description }])),
});

@ObjectType("Source", { description: "Where evidence comes from: a report, a statement, a reference." })
export class SourceType {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String, { description: "Its title, or a plain description when it has none." })
  title!: string;

  @Field((_type) => SourceKind)
  kind!: string;

  @Field((_type) => String, { nullable: true, description: "Only when known." })
  publisher!: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "ISO 8601 date (year, year-month or day), only when known.",
  })
  publishedOn!: string | null;

  @Field((_type) => String, { nullable: true, description: "Only when known." })
  url!: string | null;

  @Field((_type) => String, { nullable: true, description: "Language of its text (BCP 47), when known." })
  language!: string | null;

  @Field((_type) => Int, { description: "Length of its text in characters." })
  length!: number;
}

@ObjectType("PropertyValue", { description: "One property of a relationship type and its value." })
export class PropertyValueType {
  @Field((_type) => String)
  name!: string;

  @Field((_type) => String)
  value!: string;
}

@ObjectType("Citation", {
  description:
    "One piece of evidence for (or, when its stance is DENIES, against) a relationship: a verbatim quote of a source, where it lies in the text, and who says it.",
})
export class CitationType {
  @Field((_type) => ID, { description: "The relationship's id, the source's and the quote's offsets." })
  id!: string;

  @Field((_type) => String, { description: "Verbatim text of the source." })
  quote!: string;

  @Field((_type) => Int, { description: "Offset of the quote's first character in the source's text." })
  start!: number;

  @Field((_type) => Int, {
    description: "Offset just past its last character: text[start, end) is the quote.",
  })
  end!: number;

  @Field((_type) => Stance)
  stance!: string;

  @Field((_type) => String, {
    nullable: true,
    description: "Who makes the claim, in the source's words (e.g. a security source).",
  })
  claimant!: string | null;

  @Field((_type) => String, { nullable: true, description: "When it held, in the source's words." })
  when!: string | null;

  @Field((_type) => String, { nullable: true, description: "Date it holds from (ISO 8601), when known." })
  since!: string | null;

  @Field((_type) => String, { nullable: true, description: "Date it holds until (ISO 8601), when known." })
  until!: string | null;
}

@ObjectType("Relationship", {
  description:
    "A typed edge with its evidence. `from` and `to` follow the stored direction; symmetric types (BORDERS) read both ways.",
})
export class RelationshipObjectType {
  @Field((_type) => ID)
  id!: string;

  /** Its registry type; the `type` field is built from the registry. */
  type!: string;
}

@ObjectType("SourceRetraction", { description: "What retracting a source removed." })
export class SourceRetractionType {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => Boolean, { description: "False when no source had the id (nothing changed)." })
  retracted!: boolean;

  @Field((_type) => Int)
  citationsRemoved!: number;

  @Field((_type) => [ID], { description: "Relationships left without a citation, removed with it." })
  relationshipsRemoved!: string[];

  @Field((_type) => Int, { description: "Relationships that kept other citations." })
  relationshipsUpdated!: number;
}
