import "reflect-metadata";
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import path from "node:path";
import type { Logger } from "pino";
import { type Config, ConfigError, loadConfig } from "./config";
import { createDriver, verifyDriver } from "./graph/driver";
import { EntityRepository } from "./graph/entity.repository";
import { EvidenceRepository } from "./graph/evidence.repository";
import { Executor } from "./graph/executor";
import { LOCAL_NEO4J_USER } from "./graph/local/local-neo4j";
import { LocalNeo4jError } from "./graph/local/local-neo4j-error";
import { ReadinessProbe } from "./graph/readiness";
import { RelationshipRepository } from "./graph/relationship.repository";
import { SearchRepository } from "./graph/search.repository";
import { StatsRepository } from "./graph/stats.repository";
import { runInRequestScope } from "./graph/request-scope";
import { ServerInfoRepository } from "./graph/server-info.repository";
import { TraversalRepository } from "./graph/traversal.repository";
import { WriteRepository } from "./graph/write.repository";
import { createApolloServer } from "./graphql/apollo";
import { isEditorRequest } from "./graphql/auth";
import type { GraphqlContext } from "./graphql/context";
import { buildGraphqlSchema } from "./graphql/schema";
import { isPortFree } from "./graph/local/port";
import { type SupervisedNeo4j, superviseLocalNeo4j } from "./graph/local/supervised-neo4j";
import { GRAPHQL_PATH, PortInUseError, createHttpServer, listen, serveRoutes } from "./http/http-server";
import { loadStaticPages } from "./http/static-pages";
import { createLogger } from "./logger";
import { isModelError } from "./model/errors";
import { projectRoot } from "./project-root";
import { repeatedErrorLog } from "./repeated-error-log";
import { startupLines } from "./startup-lines";
import { EditorService } from "./services/editor.service";
import { EntityService } from "./services/entity.service";
import { LIMITS } from "./services/limits";
import { RequestGraph } from "./services/request-graph";
import { RequestStats } from "./services/request-stats";
import { SearchService } from "./services/search.service";
import { DEFAULT_SEED_PATHS, SeedPathError, readSeedFiles } from "./ingest/seed-files";
import { SeedLockTimeoutError } from "./ingest/seed-loader";
import { SeedError } from "./ingest/seed-error";
import { createSeedLoader } from "./ingest/create-seed-loader";
import { ServerInfoService } from "./services/server-info.service";
import type { Services } from "./services/services";
import { SourceService } from "./services/source.service";
import { StatsService } from "./services/stats.service";
import { TraversalService } from "./services/traversal.service";

/** The version in package.json, reported by `serverInfo`. */
export const API_VERSION: string = (
  JSON.parse(readFileSync(path.join(projectRoot(), "package.json"), "utf8")) as { version: string }
).version;

export interface RunningApp {
  readonly url: string;
  readonly port: number;
  readonly neo4jUri: string;
  readonly executor: Executor;
  /** Stop accepting, drain in-flight requests, close the driver, stop the local Neo4j. */
  stop(): Promise<void>;
}

function createServices(executor: Executor): Services {
  const entityRepository = new EntityRepository(executor);
  const relationshipRepository = new RelationshipRepository(executor);
  const evidenceRepository = new EvidenceRepository(executor);
  const entities = new EntityService(entityRepository);
  const traversal = new TraversalRepository(executor, {
    maxDepth: LIMITS.DEPTH_MAX,
    maxHops: LIMITS.MAX_HOPS_MAX,
    maxNodes: LIMITS.SUBGRAPH_NODES_MAX,
    maxRelationships: LIMITS.SUBGRAPH_RELATIONSHIPS_MAX,
    maxPathsFirst: LIMITS.PATHS_FIRST_MAX,
    maxTied: LIMITS.PATHS_TIED_MAX,
  });
  const stats = new StatsService(new StatsRepository(executor));
  return {
    serverInfo: new ServerInfoService(new ServerInfoRepository(executor), API_VERSION),
    entities,
    search: new SearchService(new SearchRepository(executor)),
    traversal: new TraversalService(traversal, relationshipRepository, entities),
    editor: new EditorService(new WriteRepository(executor)),
    sources: new SourceService(evidenceRepository),
    stats,
    requestGraph: () => new RequestGraph(entityRepository, relationshipRepository, evidenceRepository),
    requestStats: () => new RequestStats(stats),
  };
}

/**
 * Applies the seed files not applied yet (or changed since) before the API serves, so it never answers over a
 * partly seeded graph; each file is logged as it goes. Another process seeding the same database is waited for.
 */
async function seedDatabase(executor: Executor, config: Config, logger: Logger): Promise<void> {
  const loader = createSeedLoader(executor, config.seed);
  const summary = await loader.load(readSeedFiles([...DEFAULT_SEED_PATHS], projectRoot()), {
    onProgress: (p) => {
      if (p.event === "waiting")
        logger.info({ waitMs: p.waitMs }, "another process is seeding this database: waiting for it");
      if (p.event === "applying")
        logger.info({ file: p.file, statements: p.statements }, `seeding: applying ${p.file}`);
      if (p.event === "statements")
        logger.info(
          {
            file: p.file,
            done: p.done,
            total: p.total,
            perSecond: Math.round(p.perSecond),
            etaMs: Math.round(p.etaMs),
          },
          `seeding: ${p.file}: ${p.done} of ${p.total} statements`,
        );
      if (p.event === "wroteNothing")
        logger.warn(
          { file: p.file, line: p.line },
          `seeding: ${p.file}:${p.line}: the statement wrote nothing (does its MATCH find what it names?)`,
        );
      if (p.event === "restored")
        logger.warn(
          { file: p.file },
          `seeding: ${p.file}: constraints or indexes it creates were missing; created again`,
        );
      if (p.event === "applied") logger.info({ file: p.file, ms: p.ms }, `seeding: applied ${p.file}`);
    },
  });
  if (summary.applied > 0) {
    logger.info(
      { files: summary.files, applied: summary.applied, unchanged: summary.unchanged },
      `seeding: applied ${summary.applied} of ${summary.files} seed files`,
    );
  }
}

/** The composition root: config -> Neo4j (local or remote) -> services -> schema -> HTTP. */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  // Before Neo4j starts and the seed loads: a busy port is said at once, not minutes later.
  if (config.port !== 0 && !(await isPortFree(config.port, config.host)))
    throw new PortInUseError(config.port, config.host);
  let local: SupervisedNeo4j | undefined;
  if (!config.neo4jUri) {
    local = await superviseLocalNeo4j(
      { port: config.localNeo4jPort, dataDir: config.localNeo4jData, password: config.localNeo4jPassword },
      { info: (line) => logger.info(line), warn: (line) => logger.warn(line) },
    );
  }
  const neo4jUri = config.neo4jUri ?? local!.uri;
  const driver = createDriver(
    local
      ? { uri: neo4jUri, user: LOCAL_NEO4J_USER, password: config.localNeo4jPassword }
      : { uri: neo4jUri, user: config.neo4jUser, password: config.neo4jPassword },
  );
  try {
    await verifyDriver(driver, neo4jUri, config.neo4jDatabase);
    const executor = new Executor(driver, { database: config.neo4jDatabase });
    const services = createServices(executor);
    // Seeding has its own transaction timeout: a request's deadline is not a seed file's.
    const seedExecutor = new Executor(driver, {
      database: config.neo4jDatabase,
      timeoutMs: config.seed.transactionTimeoutMs,
    });
    if (config.seedOnStart) await seedDatabase(seedExecutor, config, logger);
    const schema = await buildGraphqlSchema();
    const httpServer = createHttpServer();
    const apollo = createApolloServer({
      schema,
      httpServer,
      production: config.nodeEnv === "production",
      introspection: config.introspection,
      queryLimits: config.queryLimits,
      onInternalError: repeatedErrorLog(logger, "error", "internal error in a GraphQL request"),
      onUnavailable: repeatedErrorLog(logger, "warn", "Neo4j unavailable or too slow for a GraphQL request"),
    });
    await apollo.start();
    const readiness = new ReadinessProbe(executor, neo4jUri);
    const pages = loadStaticPages(path.join(projectRoot(), "dist", "web"), config.pages);
    serveRoutes<GraphqlContext>(httpServer, {
      apollo,
      context: async (req: IncomingMessage) => ({
        services,
        graph: services.requestGraph(),
        stats: services.requestStats(),
        isEditor: isEditorRequest(req, config.editorTokens),
      }),
      checkReady: () => readiness.check(),
      logger,
      runScoped: (signal, work) => runInRequestScope({ ...config.request, signal }, work),
      pages,
    });
    const port = await listen(httpServer, config.port, config.host);
    const origin = `http://${displayHost(config.host)}:${port}`;
    const lines = startupLines(origin, GRAPHQL_PATH, config.pages ? pages.names : []);
    const url = lines.api.url;
    logger.info({ url, neo4j: neo4jUri }, lines.api.message);
    for (const line of lines.pages) logger.info({ url: line.url }, line.message);
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> =>
      (stopping ??= (async () => {
        try {
          await apollo.stop();
          await driver.close();
        } finally {
          if (local) await local.stop();
        }
      })());
    return { url, port, neo4jUri, executor, stop };
  } catch (error) {
    await driver.close();
    if (local) await local.stop();
    throw error;
  }
}

/** Loopback and "every interface" are shown as localhost, a link a user can open. */
function displayHost(host: string): string {
  return ["127.0.0.1", "0.0.0.0", "::", "::1", "localhost"].includes(host)
    ? "localhost"
    : host.includes(":")
      ? `[${host}]`
      : host;
}

/** One or two lines a user can act on; never a stack trace. */
export function describeStartupError(error: unknown): string {
  if (error instanceof SeedError) return error.oneLine();
  if (
    error instanceof ConfigError ||
    error instanceof LocalNeo4jError ||
    error instanceof PortInUseError ||
    error instanceof SeedLockTimeoutError ||
    error instanceof SeedPathError ||
    isModelError(error)
  )
    return error.message;
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

async function main(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`error: ${describeStartupError(error)}\n`);
    process.exit(1);
  }
  const logger = createLogger(config);
  let app: RunningApp;
  try {
    app = await startApp(config, logger);
  } catch (error) {
    process.stderr.write(`error: ${describeStartupError(error)}\n`);
    process.exit(1);
  }
  const shutdown = (signal: string): void => {
    logger.info({ signal }, "shutting down");
    app.stop().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

if (require.main === module) void main();
