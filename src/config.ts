import { z } from "zod";
import { QUERY_LIMITS, REQUEST_LIMITS, SEED_LIMITS } from "./services/limits";

/** Read once at start-up; every other module receives this frozen object. */
export interface Config {
  readonly port: number;
  /** Interface the HTTP server listens on: loopback unless set (e.g. 0.0.0.0 in a container). */
  readonly host: string;
  readonly nodeEnv: "development" | "production" | "test";
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Unset: the bundled local Neo4j is started and used. */
  readonly neo4jUri: string | undefined;
  readonly neo4jUser: string;
  readonly neo4jPassword: string;
  readonly neo4jDatabase: string | undefined;
  readonly localNeo4jPort: number;
  readonly localNeo4jData: string;
  /** Set: the local Neo4j requires user neo4j with this password. */
  readonly localNeo4jPassword: string | undefined;
  readonly introspection: boolean;
  /** Serve the bundled pages (/explore and the others under dist/web); follows introspection unless set. */
  readonly pages: boolean;
  /** Bearer tokens allowed to call mutations. Empty: mutations are refused. */
  readonly editorTokens: readonly string[];
  /** Apply the seed files not applied yet (or changed since) before serving. */
  readonly seedOnStart: boolean;
  /** Seeding's own bounds, apart from a request's deadline. */
  readonly seed: {
    /** Each seed file's transaction (a file is applied whole or not at all). */
    readonly transactionTimeoutMs: number;
    /** How long to wait while another process seeds the same database. */
    readonly lockWaitMs: number;
  };
  /** Static cost, nesting and alias limits of one operation. */
  readonly queryLimits: {
    readonly costBudget: number;
    readonly maxDepth: number;
    readonly maxAliases: number;
  };
  /** One deadline for a request's statements, and the Neo4j sessions it may hold at once. */
  readonly request: { readonly timeoutMs: number; readonly maxConnections: number };
}

const port = z.coerce.number().int().min(1).max(65535);
/** 0 asks the OS for a free port (tests). */
const httpPort = z.coerce.number().int().min(0).max(65535);
const positive = z.coerce.number().int().min(1);
const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const EnvSchema = z.object({
  PORT: httpPort.default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, {
      message: "must be a Bolt URI such as bolt://host:7687 or neo4j+s://host",
    })
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().min(1).optional(),
  LOCAL_NEO4J_PORT: port.default(7687),
  LOCAL_NEO4J_DATA: z.string().min(1).default(".data/neo4j"),
  LOCAL_NEO4J_PASSWORD: z.string().min(8, { message: "must have at least 8 characters" }).optional(),
  GRAPHQL_INTROSPECTION: bool.optional(),
  GRAPHQL_PAGES: bool.optional(),
  EDITOR_TOKENS: z.string().default(""),
  SEED_ON_START: bool.default(true),
  SEED_TX_TIMEOUT_MS: z.coerce.number().int().min(100).default(SEED_LIMITS.TRANSACTION_TIMEOUT_MS),
  SEED_LOCK_WAIT_MS: z.coerce.number().int().min(1000).default(SEED_LIMITS.LOCK_WAIT_MS),
  QUERY_COST_BUDGET: positive.default(QUERY_LIMITS.COST_BUDGET),
  QUERY_DEPTH_MAX: positive.default(QUERY_LIMITS.DEPTH_MAX),
  QUERY_ALIASES_MAX: z.coerce.number().int().min(0).default(QUERY_LIMITS.ALIASES_MAX),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(REQUEST_LIMITS.TIMEOUT_MS),
  REQUEST_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100).default(REQUEST_LIMITS.MAX_CONNECTIONS),
});

/** A configuration problem a user fixes by editing the environment. */
export class ConfigError extends Error {
  readonly code = "CONFIG_INVALID";
}

/** Blank values count as unset, so `NEO4J_URI=` in a .env file means "use the local Neo4j". */
function withoutBlanks(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1].trim() !== ""),
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(withoutBlanks(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new ConfigError(`invalid configuration: ${problems} (see .env.example)`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    neo4jUri: e.NEO4J_URI,
    neo4jUser: e.NEO4J_USER,
    neo4jPassword: e.NEO4J_PASSWORD,
    neo4jDatabase: e.NEO4J_DATABASE,
    localNeo4jPort: e.LOCAL_NEO4J_PORT,
    localNeo4jData: e.LOCAL_NEO4J_DATA,
    localNeo4jPassword: e.LOCAL_NEO4J_PASSWORD,
    introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== "production",
    pages: e.GRAPHQL_PAGES ?? e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== "production",
    editorTokens: Object.freeze(
      e.EDITOR_TOKENS.split(",")
        .map((t) => t.trim())
        .filter((t) => t.length > 0),
    ),
    seedOnStart: e.SEED_ON_START,
    seed: Object.freeze({ transactionTimeoutMs: e.SEED_TX_TIMEOUT_MS, lockWaitMs: e.SEED_LOCK_WAIT_MS }),
    queryLimits: Object.freeze({
      costBudget: e.QUERY_COST_BUDGET,
      maxDepth: e.QUERY_DEPTH_MAX,
      maxAliases: e.QUERY_ALIASES_MAX,
    }),
    request: Object.freeze({ timeoutMs: e.REQUEST_TIMEOUT_MS, maxConnections: e.REQUEST_MAX_CONNECTIONS }),
  });
}
