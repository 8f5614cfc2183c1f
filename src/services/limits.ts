/**
 * Every limit the API enforces, in one place (the README lists them). Past a limit a request gets
 * BAD_USER_INPUT naming the argument and the limit; nothing is silently clamped.
 */
export const LIMITS = {
  /** `first` on entities, search, relationships and typed edge fields. */
  FIRST_MAX: 100,
  /** `depth` of neighbors and subgraph. */
  DEPTH_MAX: 3,
  /** `maxHops` of shortestPath and paths. */
  MAX_HOPS_MAX: 10,
  /** `first` of paths. */
  PATHS_FIRST_MAX: 50,
  /** Paths of one length compared by relationship ids where paths' `first` cuts among them. */
  PATHS_TIED_MAX: 5000,
  /** Length of search `text`. */
  SEARCH_TEXT_MAX: 200,
  /** Number of `ids` given to subgraph. */
  SUBGRAPH_IDS_MAX: 100,
  /**
   * Entities in one neighbors or subgraph answer; past it the nearest are kept and `truncated` is set.
   * More than a drawing can show legibly; priced at this cap with SUBGRAPH_RELATIONSHIPS_MAX, a neighbourhood
   * with its citations stays within COST_BUDGET.
   */
  SUBGRAPH_NODES_MAX: 1000,
  /**
   * Relationships in one neighbors or subgraph answer; past it the nearest are kept and `truncated` is set.
   * Enough to join every kept entity to the answer (a tree of 1000 entities has 999), and priced at this
   * cap a neighbourhood with its citations (about 43 objects a relationship) stays within COST_BUDGET.
   */
  SUBGRAPH_RELATIONSHIPS_MAX: 1000,
  /** Citations on one asserted relationship, and the length of one quote. */
  CITATIONS_MAX: 20,
  /** Length of a source's text (fits the request body limit of 1 MB in any script). */
  SOURCE_TEXT_MAX: 300_000,
  QUOTE_LENGTH_MAX: 2000,
  /** Aliases on one entity, and the length of a name, alias or text property. */
  ALIASES_MAX: 50,
  TEXT_LENGTH_MAX: 2000,
  /**
   * Relationships of one entity its stats read sources and claimants from; past it they cover only these
   * and `complete` is false. Its counts by type come from the degree store, whatever its degree.
   */
  ENTITY_STATS_RELATIONSHIPS_MAX: 5000,
  /** `evidence.minSources` of the traversals: more independent sources than any relationship here has. */
  EVIDENCE_MIN_SOURCES_MAX: 20,
  /** Entries of `evidence.claimants` and `evidence.excludeClaimants`, and the length of one. */
  EVIDENCE_CLAIMANTS_MAX: 20,
  EVIDENCE_CLAIMANT_LENGTH_MAX: 200,
} as const;

/**
 * What one request may cost, checked before anything runs (src/graphql/cost/). Defaults; each can be
 * changed by configuration (QUERY_COST_BUDGET, QUERY_DEPTH_MAX, QUERY_ALIASES_MAX).
 */
export const QUERY_LIMITS = {
  /** Static cost of one operation: list fields multiply their selection by `first` (or their cap). */
  COST_BUDGET: 50_000,
  /** Nesting of fields in one operation. */
  DEPTH_MAX: 15,
  /** Aliased fields in one operation (each alias is another field to resolve). */
  ALIASES_MAX: 50,
} as const;

/** The Neo4j work of one request (src/graph/request-scope.ts); configurable likewise. */
export const REQUEST_LIMITS = {
  /** One deadline for every statement of a request (REQUEST_TIMEOUT_MS). */
  TIMEOUT_MS: 15_000,
  /** Neo4j sessions one request may hold at a time; further statements queue (REQUEST_MAX_CONNECTIONS). */
  MAX_CONNECTIONS: 4,
} as const;

/** Seeding's bounds, apart from a request's (src/ingest/seed-loader.ts); configurable likewise. */
export const SEED_LIMITS = {
  /**
   * One seed file's transaction (SEED_TX_TIMEOUT_MS): room for the largest file on a cold Neo4j on a
   * busy 2-core machine, and for generated files of thousands of rows.
   */
  TRANSACTION_TIMEOUT_MS: 300_000,
  /** Waiting while another process holds the seed lock (SEED_LOCK_WAIT_MS). */
  LOCK_WAIT_MS: 900_000,
} as const;

export const DEFAULTS = {
  ENTITIES_FIRST: 20,
  SOURCES_FIRST: 20,
  /** Citations of a source per page. */
  CITATIONS_FIRST: 50,
  /** Citations of one relationship: a neighbourhood at its caps with them stays within COST_BUDGET. */
  RELATIONSHIP_CITATIONS_FIRST: 20,
  SEARCH_FIRST: 10,
  RELATIONSHIPS_FIRST: 50,
  TYPED_FIELD_FIRST: 50,
  /** Sources and claimants listed in an entity's stats. */
  STATS_FIRST: 20,
  DEPTH: 1,
  SHORTEST_PATH_MAX_HOPS: 6,
  PATHS_MAX_HOPS: 4,
  PATHS_FIRST: 10,
} as const;
