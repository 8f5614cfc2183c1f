import type http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import type { GraphQLSchema } from "graphql";
import type { GraphqlContext } from "./context";
import { createFormatError } from "./format-error";

export interface ApolloOptions {
  readonly schema: GraphQLSchema;
  readonly httpServer: http.Server;
  readonly production: boolean;
  readonly introspection: boolean;
  readonly onInternalError: (error: unknown) => void;
}

export function createApolloServer(options: ApolloOptions): ApolloServer<GraphqlContext> {
  return new ApolloServer<GraphqlContext>({
    schema: options.schema,
    introspection: options.introspection,
    includeStacktraceInErrorResponses: false,
    // The composition root owns shutdown: Apollo's own handler would re-raise the signal and kill the
    // process before the local Neo4j is stopped.
    stopOnTerminationSignals: false,
    formatError: createFormatError(options.production, options.onInternalError),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      // Sandbox needs introspection; production shows a static page unless introspection is enabled.
      options.production && !options.introspection
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
    ],
  });
}
