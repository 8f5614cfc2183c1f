import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Citation } from "../../model/citation";
import type { Entity } from "../../model/entity";
import type { Relationship } from "../../model/relationship";
import type { Source } from "../../model/source";
import { DEFAULTS, LIMITS } from "../../services/limits";
import { assertIntInRange } from "../../services/validate";
import type { GraphqlContext } from "../context";
import { EntityInterface } from "../types/entity.type";
import {
  CitationType,
  PropertyValueType,
  RelationshipObjectType,
  SourceType,
} from "../types/relationship.type";

const CITATIONS_FIRST = `first: 1 to ${LIMITS.FIRST_MAX}, default ${DEFAULTS.RELATIONSHIP_CITATIONS_FIRST}`;

function citationsOf(r: Relationship, ctx: GraphqlContext, first: number): Promise<Citation[]> {
  assertIntInRange("first", first, 1, LIMITS.FIRST_MAX);
  return ctx.graph.citations(r.id, first);
}

@Resolver((_of) => RelationshipObjectType)
export class RelationshipResolver {
  @FieldResolver((_returns) => EntityInterface, { description: "Where it starts." })
  async from(@Root() r: Relationship, @Ctx() ctx: GraphqlContext): Promise<Entity | null> {
    return ctx.graph.entity(r.from);
  }

  @FieldResolver((_returns) => EntityInterface, { description: "Where it ends." })
  async to(@Root() r: Relationship, @Ctx() ctx: GraphqlContext): Promise<Entity | null> {
    return ctx.graph.entity(r.to);
  }

  @FieldResolver((_returns) => [CitationType], {
    description: `The evidence, in source then offset order: at least one citation. ${CITATIONS_FIRST}.`,
  })
  citations(
    @Root() r: Relationship,
    @Ctx() ctx: GraphqlContext,
    @Arg("first", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.RELATIONSHIP_CITATIONS_FIRST })
    first: number | null,
  ): Promise<Citation[]> {
    return citationsOf(r, ctx, first ?? DEFAULTS.RELATIONSHIP_CITATIONS_FIRST);
  }

  @FieldResolver((_returns) => [CitationType], {
    description: `Its citations, as \`citations\` lists them. ${CITATIONS_FIRST}.`,
    deprecationReason: "Use citations: the same list, named for what it holds.",
  })
  sources(
    @Root() r: Relationship,
    @Ctx() ctx: GraphqlContext,
    @Arg("first", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.RELATIONSHIP_CITATIONS_FIRST })
    first: number | null,
  ): Promise<Citation[]> {
    return citationsOf(r, ctx, first ?? DEFAULTS.RELATIONSHIP_CITATIONS_FIRST);
  }

  @FieldResolver((_returns) => Int, {
    description:
      "How many independent reports support it (what evidence.minSources counts); reference sources are counted in referenceCount, never here.",
  })
  sourceCount(@Root() r: Relationship): number {
    return r.evidence.sourceCount;
  }

  @FieldResolver((_returns) => Int, {
    description:
      "How many reference sources (outside knowledge a report takes for granted) support it; they corroborate no report, so sourceCount leaves them out.",
  })
  referenceCount(@Root() r: Relationship): number {
    return r.evidence.referenceCount;
  }

  @FieldResolver((_returns) => Int, { description: "How many citations it has, denials included." })
  citationCount(@Root() r: Relationship): number {
    return r.evidence.citationCount;
  }

  @FieldResolver((_returns) => [String], {
    description:
      "Who makes the claims it rests on: entity ids (e.g. pakistan), or a source's words for speakers the graph does not hold (e.g. a security source). Empty when every source states it in its own voice.",
  })
  claimants(@Root() r: Relationship): readonly string[] {
    return r.evidence.claimants;
  }

  @FieldResolver((_returns) => String, {
    nullable: true,
    description:
      "Who asserts it, when no source states it in its own voice (the first claimant); null when a source does, or when the sources relay it naming no one (a hedge such as reportedly).",
  })
  claimedBy(@Root() r: Relationship): string | null {
    return r.evidence.claimedBy;
  }

  @FieldResolver((_returns) => Boolean, { description: "A citation denies it." })
  contested(@Root() r: Relationship): boolean {
    return r.evidence.contested;
  }

  @FieldResolver((_returns) => Boolean, {
    description: "It rests only on reference sources (outside knowledge no report states).",
  })
  reference(@Root() r: Relationship): boolean {
    return r.evidence.reference;
  }

  @FieldResolver((_returns) => String, {
    nullable: true,
    description: "Earliest date its citations say it holds from (ISO 8601), when any does.",
  })
  since(@Root() r: Relationship): string | null {
    return r.evidence.since;
  }

  @FieldResolver((_returns) => String, {
    nullable: true,
    description: "Latest date its citations say it holds until (ISO 8601), when any does.",
  })
  until(@Root() r: Relationship): string | null {
    return r.evidence.until;
  }
}

@Resolver((_of) => CitationType)
export class CitationResolver {
  @FieldResolver((_returns) => SourceType)
  async source(@Root() c: Citation, @Ctx() ctx: GraphqlContext): Promise<Source> {
    const source = await ctx.graph.source(c.sourceId);
    // A citation is removed with its source, in the same transaction.
    if (!source) throw new Error(`invariant: citation ${c.id} names a missing source`);
    return source;
  }

  @FieldResolver((_returns) => EntityInterface, {
    nullable: true,
    description: "The entity that makes the claim, when the graph holds it.",
  })
  async claimantEntity(@Root() c: Citation, @Ctx() ctx: GraphqlContext): Promise<Entity | null> {
    return c.claimantId === null ? null : ctx.graph.entity(c.claimantId);
  }

  @FieldResolver((_returns) => RelationshipObjectType, {
    nullable: true,
    description: "The relationship it supports or denies.",
  })
  relationship(@Root() c: Citation, @Ctx() ctx: GraphqlContext): Promise<Relationship | null> {
    return ctx.graph.relationship(c.relationshipType, c.relationshipId);
  }

  @FieldResolver((_returns) => [PropertyValueType], {
    description:
      "Values of its relationship type's properties that this citation supports (a demand, a message).",
  })
  properties(@Root() c: Citation): PropertyValueType[] {
    return Object.entries(c.properties)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([name, value]) => ({ name, value: String(value) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
