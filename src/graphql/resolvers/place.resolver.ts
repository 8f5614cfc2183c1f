import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { GraphqlContext } from "../context";
import { EntityPageArgs } from "../types/typed-edge.args";
import { CountryType, NegotiationType, OrganizationType, PlaceType } from "../types/entity-kinds.type";
import { EntityInterface } from "../types/entity.type";
import { relatedEntities } from "./related";

@Resolver((_of) => PlaceType)
export class PlaceResolver {
  @FieldResolver((_returns) => [CountryType], { description: "The country it lies in (LOCATED_IN)." })
  locatedIn(
    @Root() p: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, p, "LOCATED_IN", "OUT", page);
  }

  @FieldResolver((_returns) => [NegotiationType], { description: "Negotiations held there (HELD_IN)." })
  negotiationsHeld(
    @Root() p: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, p, "HELD_IN", "IN", page);
  }

  @FieldResolver((_returns) => [EntityInterface], {
    description: "States or governments that act from it (SEAT_OF).",
  })
  seatOf(
    @Root() p: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, p, "SEAT_OF", "OUT", page);
  }
}

@Resolver((_of) => OrganizationType)
export class OrganizationResolver {
  @FieldResolver((_returns) => [EntityInterface], {
    description: "The body or state it belongs to (PART_OF).",
  })
  partOf(
    @Root() o: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, o, "PART_OF", "OUT", page);
  }
}
