/** Starting or stopping the bundled Neo4j failed; the message says what to do. */
export class LocalNeo4jError extends Error {
  readonly code = "LOCAL_NEO4J";
}
