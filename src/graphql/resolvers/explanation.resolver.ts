import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Path } from "../../model/path";
import type { Relationship } from "../../model/relationship";
import { type Explanation, explainRelationships } from "../../services/explanation";
import type { GraphqlContext } from "../context";
import { ExplanationType } from "../types/explanation.type";
import { PathType } from "../types/path.type";
import { RelationshipObjectType } from "../types/relationship.type";

@Resolver((_of) => RelationshipObjectType)
export class RelationshipExplanationResolver {
  @FieldResolver((_returns) => ExplanationType, {
    description: "The relationship in words, with its first supporting citation.",
  })
  explanation(@Root() r: Relationship, @Ctx() ctx: GraphqlContext): Promise<Explanation> {
    return explainRelationships([r], ctx.graph);
  }
}

@Resolver((_of) => PathType)
export class PathExplanationResolver {
  @FieldResolver((_returns) => ExplanationType, {
    description:
      "The path in words: one step per relationship, in path order, each worded in the relationship's stored direction.",
  })
  explanation(@Root() path: Path, @Ctx() ctx: GraphqlContext): Promise<Explanation> {
    return explainRelationships(path.relationships, ctx.graph);
  }
}
