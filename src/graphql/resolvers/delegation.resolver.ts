import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { GraphqlContext } from "../context";
import { EntityPageArgs } from "../types/typed-edge.args";
import { DelegationType, NegotiationType } from "../types/entity-kinds.type";
import { EntityInterface } from "../types/entity.type";
import { relatedEntities } from "./related";

@Resolver((_of) => DelegationType)
export class DelegationResolver {
  @FieldResolver((_returns) => [EntityInterface], { description: "The party it speaks for (REPRESENTS)." })
  represents(
    @Root() d: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, d, "REPRESENTS", "OUT", page);
  }

  @FieldResolver((_returns) => [NegotiationType], {
    description: "Negotiations it takes part in (PARTICIPATES_IN).",
  })
  negotiations(
    @Root() d: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, d, "PARTICIPATES_IN", "OUT", page);
  }

  @FieldResolver((_returns) => [EntityInterface], {
    description: "Whose authorization it lacks to make binding commitments (LACKS_AUTHORIZATION_FROM).",
  })
  lacksAuthorizationFrom(
    @Root() d: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, d, "LACKS_AUTHORIZATION_FROM", "OUT", page);
  }

  @FieldResolver((_returns) => [EntityInterface], {
    description: "Where its directives come from (CONTROLLED_FROM).",
  })
  controlledFrom(
    @Root() d: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, d, "CONTROLLED_FROM", "OUT", page);
  }
}
