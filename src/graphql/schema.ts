import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { EditorResolver } from "./resolvers/editor.resolver";
import { EntityResolver } from "./resolvers/entity.resolver";
import { PathExplanationResolver, RelationshipExplanationResolver } from "./resolvers/explanation.resolver";
import { QueryResolver } from "./resolvers/query.resolver";
import { CitationResolver, RelationshipResolver } from "./resolvers/relationship.resolver";
import { ServerInfoResolver } from "./resolvers/server-info.resolver";
import { SourceResolver } from "./resolvers/source.resolver";
import { STATS_RESOLVERS } from "./resolvers/stats.resolver";
import { PathResolver, TraversalResolver } from "./resolvers/traversal.resolver";
import { SURFACE } from "./surface";

export const RESOLVERS = [
  QueryResolver,
  TraversalResolver,
  EditorResolver,
  ServerInfoResolver,
  EntityResolver,
  RelationshipResolver,
  CitationResolver,
  SourceResolver,
  PathResolver,
  RelationshipExplanationResolver,
  PathExplanationResolver,
  ...STATS_RESOLVERS,
  ...SURFACE.resolvers,
] as const;

export function buildGraphqlSchema(): Promise<GraphQLSchema> {
  // The kinds' types are only reachable through the Entity interface.
  return buildSchema({ resolvers: RESOLVERS, orphanedTypes: [...SURFACE.kindTypes], validate: false });
}

/** The committed SDL: sorted so that diffs show contract changes, not declaration order. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
