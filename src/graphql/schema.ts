import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { AgreementResolver } from "./resolvers/agreement.resolver";
import { ArmedGroupResolver } from "./resolvers/armed-group.resolver";
import { CountryResolver } from "./resolvers/country.resolver";
import { DelegationResolver } from "./resolvers/delegation.resolver";
import { EditorResolver } from "./resolvers/editor.resolver";
import { EntityResolver } from "./resolvers/entity.resolver";
import { GovernmentResolver } from "./resolvers/government.resolver";
import { IncidentResolver } from "./resolvers/incident.resolver";
import { NegotiationResolver } from "./resolvers/negotiation.resolver";
import { OrganizationResolver, PlaceResolver } from "./resolvers/place.resolver";
import { QueryResolver } from "./resolvers/query.resolver";
import { CitationResolver, RelationshipResolver } from "./resolvers/relationship.resolver";
import { ServerInfoResolver } from "./resolvers/server-info.resolver";
import { SourceResolver } from "./resolvers/source.resolver";
import { STATS_RESOLVERS } from "./resolvers/stats.resolver";
import { PathResolver, TraversalResolver } from "./resolvers/traversal.resolver";
import { ENTITY_OBJECT_TYPES } from "./types/entity-kinds.type";

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
  CountryResolver,
  ArmedGroupResolver,
  GovernmentResolver,
  OrganizationResolver,
  DelegationResolver,
  NegotiationResolver,
  AgreementResolver,
  IncidentResolver,
  PlaceResolver,
  ...STATS_RESOLVERS,
] as const;

export function buildGraphqlSchema(): Promise<GraphQLSchema> {
  // Kinds with no resolver of their own are only reachable through the Entity interface.
  return buildSchema({ resolvers: RESOLVERS, orphanedTypes: [...ENTITY_OBJECT_TYPES], validate: false });
}

/** The committed SDL: sorted so that diffs show contract changes, not declaration order. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
