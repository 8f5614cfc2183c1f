import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ApolloServer, BaseContext } from "@apollo/server";
import type { Logger } from "pino";
import { type RequestScopeRunner, graphqlHandler } from "./graphql-handler";
import type { StaticPages } from "./static-pages";

export const GRAPHQL_PATH = "/graphql";

export interface RoutesOptions<TContext extends BaseContext> {
  readonly apollo: ApolloServer<TContext>;
  readonly context: (req: IncomingMessage) => Promise<TContext>;
  /** Resolves when a read through the driver succeeds; rejects with the reason otherwise. */
  readonly checkReady: () => Promise<void>;
  readonly logger: Logger;
  /** Bounds the Neo4j work of each GraphQL request (deadline, connections, cancellation). */
  readonly runScoped?: RequestScopeRunner;
  /** The bundled pages (/explore, ...); absent: none are served. */
  readonly pages?: StaticPages;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Created bare, because Apollo's drain plugin needs the server before the routes exist. */
export function createHttpServer(): http.Server {
  return http.createServer();
}

/**
 * Routes: /graphql (Apollo), /health (process up), /ready (a read succeeds, else 503 with the reason),
 * and the bundled pages under /<page>/.
 */
export function serveRoutes<TContext extends BaseContext>(
  server: http.Server,
  options: RoutesOptions<TContext>,
): void {
  const graphql = graphqlHandler(options.apollo, options.context, options.runScoped);
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    const started = Date.now();
    res.on("finish", () =>
      options.logger.debug({
        method: req.method,
        path: pathname,
        status: res.statusCode,
        ms: Date.now() - started,
      }),
    );
    const handle = async (): Promise<void> => {
      if (pathname === GRAPHQL_PATH) return graphql(req, res);
      if (pathname === "/health" && req.method === "GET") return sendJson(res, 200, { status: "ok" });
      if (pathname === "/ready" && req.method === "GET") {
        try {
          await options.checkReady();
          return sendJson(res, 200, { status: "ready" });
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          return sendJson(res, 503, { status: "unavailable", reason });
        }
      }
      if (options.pages?.serve(req, res, pathname)) return;
      sendJson(res, 404, { error: `no route ${req.method} ${pathname}; the API is at ${GRAPHQL_PATH}` });
    };
    handle().catch((error: unknown) => {
      options.logger.error({ err: error, path: pathname }, "request failed");
      if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
      else res.end();
    });
  });
}

/** The HTTP port is taken by another process. */
export class PortInUseError extends Error {
  readonly code = "PORT_IN_USE";
  constructor(port: number, host: string) {
    super(
      `PORT ${port} is already in use on ${host}: stop what listens there, or set PORT to a free port (PORT=0 picks one)`,
    );
  }
}

export function listen(server: http.Server, port: number, host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException): void =>
      reject(error.code === "EADDRINUSE" ? new PortInUseError(port, host) : error);
    server.once("error", failed);
    server.listen(port, host, () => {
      server.off("error", failed);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
