import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { GraphqlContext } from "../context";
import { ArmedGroupType } from "../types/entity-kinds.type";
import { EntityInterface } from "../types/entity.type";
import { DesignationType } from "../types/typed-edges.type";
import { designations, relatedEntities } from "./related";

@Resolver((_of) => ArmedGroupType)
export class ArmedGroupResolver {
  @FieldResolver((_returns) => [EntityInterface], {
    description: "Territory it operates from (OPERATES_FROM).",
  })
  operatesFrom(@Root() g: Entity, @Ctx() ctx: GraphqlContext): Promise<Entity[]> {
    return relatedEntities(ctx, g, "OPERATES_FROM", "OUT");
  }

  @FieldResolver((_returns) => [EntityInterface], { description: "States it attacks (TARGETS)." })
  targets(@Root() g: Entity, @Ctx() ctx: GraphqlContext): Promise<Entity[]> {
    return relatedEntities(ctx, g, "TARGETS", "OUT");
  }

  @FieldResolver((_returns) => [DesignationType], { description: "Who bans or lists it (DESIGNATES)." })
  designatedBy(@Root() g: Entity, @Ctx() ctx: GraphqlContext): Promise<DesignationType[]> {
    return designations(ctx, g, "IN");
  }
}
