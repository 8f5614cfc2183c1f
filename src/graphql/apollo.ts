import type http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import type { GraphQLSchema } from "graphql";
import type { GraphqlContext } from "./context";
import { type QueryLimits, queryLimitsPlugin } from "./cost/query-limits.plugin";
import { createFormatError } from "./format-error";

export interface ApolloOptions {
  readonly schema: GraphQLSchema;
  readonly httpServer: http.Server;
  readonly production: boolean;
  readonly introspection: boolean;
  readonly queryLimits: QueryLimits;
  readonly onInternalError: (error: unknown) => void;
  readonly onUnavailable?: (error: unknown) => void;
}

export function createApolloServer(options: ApolloOptions): ApolloServer<GraphqlContext> {
  return new ApolloServer<GraphqlContext>({
    schema: options.schema,
    introspection: options.introspection,
    // "Did you mean ...?" would reveal the schema that turning introspection off hides.
    hideSchemaDetailsFromClientErrors: !options.introspection,
    includeStacktraceInErrorResponses: false,
    // The composition root owns shutdown: Apollo's own handler would re-raise the signal and kill the
    // process before the local Neo4j is stopped.
    stopOnTerminationSignals: false,
    formatError: createFormatError(options.production, options.onInternalError, options.onUnavailable),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      // No field carries cache hints and answers are never cached, so nothing should wrap every resolver for them.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(options.queryLimits),
      // Sandbox needs introspection; production shows a static page unless introspection is enabled.
      options.production && !options.introspection
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
    ],
  });
}
