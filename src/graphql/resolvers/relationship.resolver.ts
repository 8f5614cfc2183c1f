import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { Citation, Relationship } from "../../model/relationship";
import type { Source } from "../../model/source";
import type { GraphqlContext } from "../context";
import { EntityInterface } from "../types/entity.type";
import { CitationType, RelationshipObjectType, SourceType } from "../types/relationship.type";

const text = (r: Relationship, key: string): string | null => {
  const value = r.properties[key];
  return value === undefined || value === null ? null : String(value);
};

@Resolver((_of) => RelationshipObjectType)
export class RelationshipResolver {
  @FieldResolver((_returns) => EntityInterface, { description: "Where it starts." })
  async from(@Root() r: Relationship, @Ctx() ctx: GraphqlContext): Promise<Entity | null> {
    return ctx.graph.entity(r.from);
  }

  @FieldResolver((_returns) => EntityInterface, { description: "Where it ends." })
  async to(@Root() r: Relationship, @Ctx() ctx: GraphqlContext): Promise<Entity | null> {
    return ctx.graph.entity(r.to);
  }

  @FieldResolver((_returns) => [CitationType], { description: "The evidence: at least one citation." })
  sources(@Root() r: Relationship): readonly Citation[] {
    return r.citations;
  }

  @FieldResolver((_returns) => String, { nullable: true, description: "MEDIATES: lead or supporting." })
  role(@Root() r: Relationship): string | null {
    return text(r, "role");
  }

  @FieldResolver((_returns) => String, { nullable: true, description: "DESIGNATES: e.g. banned." })
  status(@Root() r: Relationship): string | null {
    return text(r, "status");
  }

  @FieldResolver((_returns) => String, {
    nullable: true,
    description: "BOUND_BY: what the agreement commits the party to.",
  })
  obligation(@Root() r: Relationship): string | null {
    return text(r, "obligation");
  }

  @FieldResolver((_returns) => String, { nullable: true, description: "DEMANDS: what is demanded." })
  demand(@Root() r: Relationship): string | null {
    return text(r, "demand");
  }

  @FieldResolver((_returns) => String, { nullable: true, description: "URGES: what is urged." })
  message(@Root() r: Relationship): string | null {
    return text(r, "message");
  }

  @FieldResolver((_returns) => String, { nullable: true, description: "REJECTS: what is refused." })
  what(@Root() r: Relationship): string | null {
    return text(r, "what");
  }

  @FieldResolver((_returns) => String, { nullable: true, description: "ENDORSES: the position endorsed." })
  position(@Root() r: Relationship): string | null {
    return text(r, "position");
  }

  @FieldResolver((_returns) => String, { nullable: true, description: "ACCUSES: what is alleged." })
  charge(@Root() r: Relationship): string | null {
    return text(r, "charge");
  }
}

@Resolver((_of) => CitationType)
export class CitationResolver {
  @FieldResolver((_returns) => SourceType)
  async source(@Root() c: Citation, @Ctx() ctx: GraphqlContext): Promise<Source> {
    return (
      (await ctx.graph.source(c.sourceId)) ?? {
        id: c.sourceId,
        title: c.sourceId,
        publisher: null,
        publishedOn: null,
        url: null,
        file: null,
      }
    );
  }
}
