import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { GraphqlContext } from "../context";
import { EdgePageArgs, EntityPageArgs } from "../types/typed-edge.args";
import { CountryType, DelegationType, GovernmentType } from "../types/entity-kinds.type";
import { AgreementBindingType } from "../types/typed-edges.type";
import { bindings, relatedEntities } from "./related";

@Resolver((_of) => GovernmentType)
export class GovernmentResolver {
  @FieldResolver((_returns) => [CountryType], { description: "Countries it administers (GOVERNS)." })
  governs(
    @Root() g: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, g, "GOVERNS", "OUT", page);
  }

  @FieldResolver((_returns) => [DelegationType], {
    description: "Delegations that speak for it (REPRESENTS).",
  })
  delegations(
    @Root() g: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, g, "REPRESENTS", "IN", page);
  }

  @FieldResolver((_returns) => [AgreementBindingType], {
    description: "Agreements that bind it, with the obligation (BOUND_BY).",
  })
  boundBy(
    @Root() g: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EdgePageArgs) page: EdgePageArgs,
  ): Promise<AgreementBindingType[]> {
    return bindings(ctx, g, "OUT", page);
  }
}
