import { GraphQLError } from "graphql";
import { createFormatError } from "../../src/graphql/format-error";
import { DatabaseError, DatabaseUnavailableError, InvalidInputError } from "../../src/model/errors";

function format(error: unknown, mask: boolean) {
  const internal: unknown[] = [];
  const formatError = createFormatError(mask, (e) => internal.push(e));
  const wrapped = new GraphQLError((error as Error).message, { originalError: error as Error, path: ["q"] });
  return {
    formatted: formatError(
      { message: wrapped.message, path: ["q"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      wrapped,
    ),
    internal,
  };
}

describe("createFormatError", () => {
  it("keeps a product error's code, message and argument", () => {
    const { formatted, internal } = format(
      new InvalidInputError("first must be between 1 and 100 (got 101)", "first"),
      true,
    );
    expect(formatted).toEqual({
      message: "first must be between 1 and 100 (got 101)",
      path: ["q"],
      extensions: { code: "BAD_USER_INPUT", argument: "first" },
    });
    expect(internal).toEqual([]);
  });

  it("reports an unreachable database as SERVICE_UNAVAILABLE with a plain message", () => {
    const { formatted } = format(new DatabaseUnavailableError("the database cannot be reached"), true);
    expect(formatted.extensions).toEqual({ code: "SERVICE_UNAVAILABLE" });
    expect(formatted.message).toBe("the database cannot be reached");
  });

  it("masks unknown and internal errors in production, and logs them", () => {
    for (const error of [
      new Error("secret stack detail"),
      new DatabaseError("Neo.DatabaseError.x: detail"),
    ]) {
      const { formatted, internal } = format(error, true);
      expect(formatted).toMatchObject({
        message: "internal error",
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      expect(JSON.stringify(formatted)).not.toContain("detail");
      expect(internal).toEqual([error]);
    }
  });

  it("shows internal messages outside production", () => {
    const { formatted } = format(new Error("visible detail"), false);
    expect(formatted).toMatchObject({
      message: "visible detail",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
  });

  it("codes Apollo's uncoded request faults (HTTP 4xx) as BAD_REQUEST, not internal", () => {
    const internal: unknown[] = [];
    const formatError = createFormatError(true, (e) => internal.push(e));
    const fault = new GraphQLError("provided sha does not match query", {
      extensions: { http: { status: 400 } },
    });
    const formatted = formatError(
      { message: fault.message, extensions: { code: "INTERNAL_SERVER_ERROR" } },
      fault,
    );
    expect(formatted).toEqual({
      message: "provided sha does not match query",
      extensions: { code: "BAD_REQUEST" },
    });
    expect(internal).toEqual([]);
  });

  it("keeps an uncoded GraphQL error without a client status internal", () => {
    const internal: unknown[] = [];
    const formatError = createFormatError(true, (e) => internal.push(e));
    const error = new GraphQLError("Int cannot represent non-integer value: 1.5", { path: ["q"] });
    const formatted = formatError(
      { message: error.message, path: ["q"], extensions: { code: "INTERNAL_SERVER_ERROR" } },
      error,
    );
    expect(formatted.extensions).toEqual({ code: "INTERNAL_SERVER_ERROR" });
  });
});
