import { Neo4jError } from "neo4j-driver";
import {
  ConflictError,
  CypherSyntaxError,
  DatabaseError,
  DatabaseUnavailableError,
  type ModelError,
  QueryTimeoutError,
  isModelError,
} from "../model/errors";

const UNREACHABLE = new Set(["ServiceUnavailable", "SessionExpired"]);

/** The one place that turns Neo4j's status codes into the product's errors. */
export function toModelError(error: unknown): ModelError {
  if (isModelError(error)) return error;
  if (!(error instanceof Neo4jError)) {
    const message = error instanceof Error ? error.message : String(error);
    return new DatabaseError(message);
  }
  const code = error.code;
  // Every pooled connection is busy: load, not a fault; the client may retry.
  if (/^Connection acquisition timed out/.test(error.message)) {
    return new DatabaseUnavailableError("every connection to Neo4j is busy; retry in a moment");
  }
  if (UNREACHABLE.has(code)) {
    return new DatabaseUnavailableError(
      "the database cannot be reached; check that Neo4j is running and NEO4J_URI points at it",
    );
  }
  if (
    code === "Neo.ClientError.Security.Unauthorized" ||
    code === "Neo.ClientError.Security.AuthenticationRateLimit"
  ) {
    return new DatabaseUnavailableError("Neo4j refused the credentials; check NEO4J_USER and NEO4J_PASSWORD");
  }
  if (code === "Neo.ClientError.Database.DatabaseNotFound") {
    return new DatabaseUnavailableError(`${firstLine(error.message)}; check NEO4J_DATABASE`);
  }
  if (/no such fulltext schema index/i.test(error.message)) {
    return new DatabaseUnavailableError(
      "the database lacks its schema (the full-text index is missing): apply it with npm run seed -- cypher/schema",
    );
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new ConflictError(firstLine(error.message));
  }
  if (code === "Neo.ClientError.Statement.SyntaxError") {
    return new CypherSyntaxError(firstLine(error.message));
  }
  if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
    return new QueryTimeoutError("the query took longer than the transaction timeout and was stopped");
  }
  // What a transaction stopped while it waited for a lock reports: past its timeout, most often.
  if (/^Neo\.(Transient|Client)Error\.Transaction\.(LockClientStopped|Terminated)$/.test(code)) {
    return new QueryTimeoutError(
      "the transaction was stopped while it waited for a lock another transaction held: it ran past its timeout, or was terminated",
    );
  }
  return new DatabaseError(firstLine(error.message), code);
}

function firstLine(message: string): string {
  return message.split("\n")[0]?.trim() ?? message;
}
