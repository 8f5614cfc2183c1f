/**
 * Errors the product raises on purpose. Each carries a literal `code` that the GraphQL layer
 * turns into `extensions.code`; anything else is a bug and is reported as INTERNAL_SERVER_ERROR.
 */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "CONFLICT"
  | "SERVICE_UNAVAILABLE"
  | "QUERY_TIMEOUT"
  | "REQUEST_CANCELLED"
  | "CYPHER_SYNTAX_ERROR"
  | "DATABASE_ERROR";

export abstract class ModelError extends Error {
  abstract readonly code: ErrorCode;
  override get name(): string {
    return this.constructor.name;
  }
}

/** The caller sent something the product refuses; `argument` names what to fix. */
export class InvalidInputError extends ModelError {
  readonly code = "BAD_USER_INPUT";
  constructor(
    message: string,
    readonly argument?: string,
  ) {
    super(message);
  }
}

export class UnknownEntityError extends InvalidInputError {
  constructor(
    readonly entityId: string,
    argument: string,
  ) {
    super(`${argument}: no entity has id "${entityId}"`, argument);
  }
}

export class UnauthenticatedError extends ModelError {
  readonly code = "UNAUTHENTICATED";
}

/** A write collided with a uniqueness rule in the database. */
export class ConflictError extends ModelError {
  readonly code = "CONFLICT";
}

/** Neo4j cannot be reached, or refused the credentials. */
export class DatabaseUnavailableError extends ModelError {
  readonly code = "SERVICE_UNAVAILABLE";
}

export class QueryTimeoutError extends ModelError {
  readonly code = "QUERY_TIMEOUT";
}

/** The answer was already sent or the client went away: the request's remaining work is not run. */
export class RequestCancelledError extends ModelError {
  readonly code = "REQUEST_CANCELLED";
  constructor() {
    super("the request was cancelled: its answer was sent or its client disconnected");
  }
}

/** Neo4j could not parse a statement (seed files, never runtime statements). */
export class CypherSyntaxError extends ModelError {
  readonly code = "CYPHER_SYNTAX_ERROR";
}

/** Any other error Neo4j reported; `neo4jCode` keeps its status code for logs. */
export class DatabaseError extends ModelError {
  readonly code = "DATABASE_ERROR";
  constructor(
    message: string,
    readonly neo4jCode?: string,
  ) {
    super(message);
  }
}

export function isModelError(error: unknown): error is ModelError {
  return error instanceof ModelError;
}
