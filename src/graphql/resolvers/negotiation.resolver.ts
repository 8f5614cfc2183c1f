import type { Source } from "../../model/source";
import { SourceType } from "../types/relationship.type";
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { GraphqlContext } from "../context";
import { EdgePageArgs, EntityPageArgs } from "../types/typed-edge.args";
import { IncidentType, NegotiationType } from "../types/entity-kinds.type";
import { EntityInterface } from "../types/entity.type";
import { MediationType } from "../types/typed-edges.type";
import { mediations, relatedEntities } from "./related";

const text = (e: Entity, key: string): string | null => (e.properties[key] as string | undefined) ?? null;

@Resolver((_of) => NegotiationType)
export class NegotiationResolver {
  @FieldResolver((_returns) => [MediationType], {
    description: "Its mediators, each with its role (MEDIATES).",
  })
  mediators(
    @Root() n: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EdgePageArgs) page: EdgePageArgs,
  ): Promise<MediationType[]> {
    return mediations(ctx, n, "IN", page);
  }

  @FieldResolver((_returns) => [EntityInterface], {
    description: "Parties and delegations taking part (PARTICIPATES_IN).",
  })
  participants(
    @Root() n: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, n, "PARTICIPATES_IN", "IN", page);
  }

  @FieldResolver((_returns) => [EntityInterface], { description: "Where it is held (HELD_IN)." })
  heldIn(
    @Root() n: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, n, "HELD_IN", "OUT", page);
  }

  @FieldResolver((_returns) => [NegotiationType], { description: "Its sessions (PART_OF)." })
  sessions(
    @Root() n: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, n, "PART_OF", "IN", page);
  }

  @FieldResolver((_returns) => [NegotiationType], {
    description: "The negotiation this is a session of (PART_OF).",
  })
  partOf(
    @Root() n: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, n, "PART_OF", "OUT", page);
  }

  @FieldResolver((_returns) => [IncidentType], {
    description: "Incidents that happened while it was under way (COINCIDES_WITH).",
  })
  incidents(
    @Root() n: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, n, "COINCIDES_WITH", "IN", page);
  }

  @FieldResolver((_returns) => String, {
    nullable: true,
    description: "When it took place, as the source words it.",
  })
  when(@Root() n: Entity): string | null {
    return text(n, "when");
  }

  @FieldResolver((_returns) => String, {
    nullable: true,
    description: "How it ended, as far as the source reports.",
  })
  outcome(@Root() n: Entity): string | null {
    return text(n, "outcome");
  }

  @FieldResolver((_returns) => String, {
    nullable: true,
    description:
      "Its calendar date (ISO 8601: year, year-month or day) where a source states it or its words resolve against the source's publication date; null when unknown.",
  })
  date(@Root() e: Entity): string | null {
    return (e.properties.date as string | undefined) ?? null;
  }

  @FieldResolver((_returns) => SourceType, {
    nullable: true,
    description: "The source whose words `when` are.",
  })
  whenSource(@Root() e: Entity, @Ctx() ctx: GraphqlContext): Promise<Source | null> {
    const id = e.properties.whenSourceId as string | undefined;
    return id ? ctx.graph.source(id) : Promise.resolve(null);
  }
}
