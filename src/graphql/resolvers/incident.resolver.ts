import type { Source } from "../../model/source";
import { SourceType } from "../types/relationship.type";
import { Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { GraphqlContext } from "../context";
import { EntityPageArgs } from "../types/typed-edge.args";
import { IncidentType, NegotiationType } from "../types/entity-kinds.type";
import { EntityInterface } from "../types/entity.type";
import { relatedEntities } from "./related";

@Resolver((_of) => IncidentType)
export class IncidentResolver {
  @FieldResolver((_returns) => [EntityInterface], { description: "Where it came from (ORIGINATED_FROM)." })
  originatedFrom(
    @Root() i: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, i, "ORIGINATED_FROM", "OUT", page);
  }

  @FieldResolver((_returns) => [EntityInterface], { description: "Who stopped it (FOILED_BY)." })
  foiledBy(
    @Root() i: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, i, "FOILED_BY", "OUT", page);
  }

  @FieldResolver((_returns) => [EntityInterface], { description: "Who made it public (REPORTED_BY)." })
  reportedBy(
    @Root() i: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, i, "REPORTED_BY", "OUT", page);
  }

  @FieldResolver((_returns) => [NegotiationType], {
    description: "Negotiations under way when it happened (COINCIDES_WITH).",
  })
  coincidesWith(
    @Root() i: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, i, "COINCIDES_WITH", "OUT", page);
  }

  @FieldResolver((_returns) => String, {
    nullable: true,
    description: "When it happened, as the source words it.",
  })
  when(@Root() i: Entity): string | null {
    return (i.properties.when as string | undefined) ?? null;
  }

  @FieldResolver((_returns) => Int, {
    nullable: true,
    description: "How many events it groups, when the source says.",
  })
  count(@Root() i: Entity): number | null {
    return (i.properties.count as number | undefined) ?? null;
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
