import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { GraphqlContext } from "../context";
import { EdgePageArgs } from "../types/typed-edge.args";
import { AgreementType } from "../types/entity-kinds.type";
import { AgreementBindingType } from "../types/typed-edges.type";
import { bindings } from "./related";

@Resolver((_of) => AgreementType)
export class AgreementResolver {
  @FieldResolver((_returns) => [AgreementBindingType], {
    description: "Parties it binds, each with its obligation (BOUND_BY).",
  })
  boundParties(
    @Root() a: Entity,
    @Ctx() ctx: GraphqlContext,
    @Args((_type) => EdgePageArgs) page: EdgePageArgs,
  ): Promise<AgreementBindingType[]> {
    return bindings(ctx, a, "IN", page);
  }
}
