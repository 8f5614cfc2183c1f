import { Neo4jError } from "neo4j-driver";
import { toModelError } from "../../src/graph/neo4j-errors";
import {
  ConflictError,
  CypherSyntaxError,
  DatabaseError,
  DatabaseUnavailableError,
  QueryTimeoutError,
} from "../../src/model/errors";

const neo4jError = (code: string, message: string): Neo4jError =>
  new Neo4jError(message, code, "50N42", "error");

describe("toModelError", () => {
  it.each([
    ["ServiceUnavailable", "connect ECONNREFUSED", DatabaseUnavailableError, /cannot be reached.*NEO4J_URI/],
    [
      "N/A",
      "Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 100, Idle conn count = 0.",
      DatabaseUnavailableError,
      /every connection to Neo4j is busy; retry/,
    ],
    [
      "Neo.ClientError.Security.Unauthorized",
      "auth failure",
      DatabaseUnavailableError,
      /NEO4J_USER and NEO4J_PASSWORD/,
    ],
    [
      "Neo.ClientError.Database.DatabaseNotFound",
      "Database does not exist: x",
      DatabaseUnavailableError,
      /NEO4J_DATABASE/,
    ],
    [
      "Neo.ClientError.Schema.ConstraintValidationFailed",
      "Node(1) already exists",
      ConflictError,
      /already exists/,
    ],
    [
      "Neo.ClientError.Statement.SyntaxError",
      "Invalid input 'X' (line 1, column 1)\n\"X\"\n ^",
      CypherSyntaxError,
      /^Invalid input 'X' \(line 1, column 1\)$/,
    ],
    [
      "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
      "timed out",
      QueryTimeoutError,
      /transaction timeout/,
    ],
    [
      "Neo.TransientError.Transaction.LockClientStopped",
      "The transaction has been terminated. ForsetiClient[transactionId=203, clientId=4]",
      QueryTimeoutError,
      /stopped while it waited for a lock .*past its timeout/,
    ],
    [
      "Neo.ClientError.Transaction.Terminated",
      "The transaction has been terminated.",
      QueryTimeoutError,
      /stopped while it waited for a lock .*past its timeout/,
    ],
    ["Neo.DatabaseError.General.UnknownError", "boom\nmore", DatabaseError, /^boom$/],
  ])("maps %s", (code, message, type, text) => {
    const mapped = toModelError(neo4jError(code, message));
    expect(mapped).toBeInstanceOf(type);
    expect(mapped.message).toMatch(text);
  });

  it("tells a missing full-text index apart, with the command that creates it", () => {
    const mapped = toModelError(
      neo4jError(
        "Neo.ClientError.Procedure.ProcedureCallFailed",
        "There is no such fulltext schema index: entity_search",
      ),
    );
    expect(mapped).toBeInstanceOf(DatabaseUnavailableError);
    expect(mapped.message).toContain("npm run seed -- cypher/schema");
  });
});
