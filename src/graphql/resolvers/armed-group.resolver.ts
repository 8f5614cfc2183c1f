import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { GraphqlContext } from "../context";
import { EdgePageArgs, EntityPageArgs } from "../types/typed-edge.args";
import { ArmedGroupType } from "../types/entity-kinds.type";
import { EntityInterface } from "../types/entity.type";
import { DesignationType } from "../types/typed-edges.type";
import { designations, relatedEntities } from "./related";

@Resolver((_of) => ArmedGroupType)
export class ArmedGroupResolver {
  @FieldResolver((_returns) => [EntityInterface], {
    description: "Territory it operates from (OPERATES_FROM).",
  })
  operatesFrom(
    @Root() g: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, g, "OPERATES_FROM", "OUT", page);
  }

  @FieldResolver((_returns) => [EntityInterface], { description: "States it attacks (TARGETS)." })
  targets(
    @Root() g: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EntityPageArgs) page: EntityPageArgs,
  ): Promise<Entity[]> {
    return relatedEntities(ctx, g, "TARGETS", "OUT", page);
  }

  @FieldResolver((_returns) => [DesignationType], { description: "Who bans or lists it (DESIGNATES)." })
  designatedBy(
    @Root() g: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EdgePageArgs) page: EdgePageArgs,
  ): Promise<DesignationType[]> {
    return designations(ctx, g, "IN", page);
  }
}
