import { Field, ID, InputType } from "type-graphql";
import { SourceKind } from "./relationship.type";

/** What EntityInput carries; its kind properties follow the registry. */
export interface EntityInput {
  readonly id: string;
  readonly kind: string;
  readonly name?: string | null;
  readonly aliases?: string[] | null;
  readonly description?: string | null;
  readonly [property: string]: unknown;
}

/** What CitationInput carries. */
export interface CitationInput {
  readonly sourceId: string;
  readonly quote: string;
  readonly start?: number | null;
  readonly stance?: string | null;
  readonly claimant?: string | null;
  readonly claimantId?: string | null;
  readonly when?: string | null;
  readonly since?: string | null;
  readonly until?: string | null;
  readonly properties?: RelationshipPropertiesInput | null;
}

/** What RelationshipPropertiesInput carries: the registry's relationship properties, and the older claimedBy. */
export interface RelationshipPropertiesInput {
  readonly claimedBy?: string | null;
  readonly [property: string]: unknown;
}

/** What RelationshipInput carries. */
export interface RelationshipInput {
  readonly id?: string | null;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly properties?: RelationshipPropertiesInput | null;
  readonly sources: readonly CitationInput[];
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
