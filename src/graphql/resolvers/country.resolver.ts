import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { GraphqlContext } from "../context";
import { EdgePageArgs, EntityPageArgs } from "../types/typed-edge.args";
import { ArmedGroupType, CountryType, GovernmentType, NegotiationType } from "../types/entity-kinds.type";
import { AgreementBindingType, DesignationType, MediationType } from "../types/typed-edges.type";
import { bindings, designations, mediations, relatedEntities } from "./related";

@Resolver((_of) => CountryType)
export class CountryResolver {
  @FieldResolver((_returns) => [CountryType], { description: "Countries it shares a border with (BORDERS)." })
  borders(
    @Root() c: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, c, "BORDERS", "BOTH", page);
  }

  @FieldResolver((_returns) => [ArmedGroupType], {
    description: "Armed groups that operate from its territory (OPERATES_FROM).",
  })
  groupsOperatingFrom(
    @Root() c: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, c, "OPERATES_FROM", "IN", page);
  }

  @FieldResolver((_returns) => [ArmedGroupType], { description: "Armed groups that target it (TARGETS)." })
  targetedBy(
    @Root() c: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, c, "TARGETS", "IN", page);
  }

  @FieldResolver((_returns) => [GovernmentType], { description: "Who governs it (GOVERNS)." })
  governedBy(
    @Root() c: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, c, "GOVERNS", "IN", page);
  }

  @FieldResolver((_returns) => [NegotiationType], {
    description: "Negotiations it takes part in (PARTICIPATES_IN).",
  })
  negotiations(
    @Root() c: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, c, "PARTICIPATES_IN", "OUT", page);
  }

  @FieldResolver((_returns) => [MediationType], {
    description: "Negotiations it mediates, with its role (MEDIATES).",
  })
  mediates(
    @Root() c: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EdgePageArgs) page: EdgePageArgs,
  ): Promise<MediationType[]> {
    return mediations(ctx, c, "OUT", page);
  }

  @FieldResolver((_returns) => [AgreementBindingType], {
    description: "Agreements that bind it, with the obligation (BOUND_BY).",
  })
  boundBy(
    @Root() c: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EdgePageArgs) page: EdgePageArgs,
  ): Promise<AgreementBindingType[]> {
    return bindings(ctx, c, "OUT", page);
  }

  @FieldResolver((_returns) => [DesignationType], {
    description: "Armed groups it bans or lists (DESIGNATES).",
  })
  designates(
    @Root() c: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EdgePageArgs) page: EdgePageArgs,
  ): Promise<DesignationType[]> {
    return designations(ctx, c, "OUT", page);
  }
}
