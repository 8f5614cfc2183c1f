import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { InvalidInputError, isModelError } from "../model/errors";

/** The public contract: every error a client sees carries one of these codes. */
export const ErrorCodes = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  CONFLICT: "CONFLICT",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  QUERY_TIMEOUT: "QUERY_TIMEOUT",
  /** Past the cost budget, depth or alias limit: refused before anything ran. */
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /** A request the service does not serve (e.g. a subscription, a body that is not JSON). */
  BAD_REQUEST: "BAD_REQUEST",
  /** The client went away or its answer was sent; never seen by a client that waits. */
  REQUEST_CANCELLED: "REQUEST_CANCELLED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

const PUBLIC_MODEL_CODES = new Set<string>(Object.values(ErrorCodes));

/** Apollo marks some request faults (a persisted-query hash that does not match) with HTTP 4xx but no code. */
function isUncodedClientFault(error: GraphQLError): boolean {
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return error.extensions.code === undefined && typeof status === "number" && status >= 400 && status < 500;
}

/**
 * One path for errors: product errors keep their code and message, GraphQL's own errors keep theirs,
 * anything else is INTERNAL_SERVER_ERROR (its message hidden when `maskInternal`). Internal errors go
 * to `onInternal`; the database being unreachable, saturated or too slow to `onUnavailable`.
 */
export function createFormatError(
  maskInternal: boolean,
  onInternal: (error: unknown) => void,
  onUnavailable: (error: unknown) => void = () => undefined,
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isModelError(original)) {
      const code = PUBLIC_MODEL_CODES.has(original.code) ? original.code : ErrorCodes.INTERNAL_SERVER_ERROR;
      if (code === ErrorCodes.INTERNAL_SERVER_ERROR) onInternal(original);
      if (code === ErrorCodes.SERVICE_UNAVAILABLE || code === ErrorCodes.QUERY_TIMEOUT)
        onUnavailable(original);
      const extensions: Record<string, unknown> = { code };
      if (original instanceof InvalidInputError && original.argument) extensions.argument = original.argument;
      const message =
        code === ErrorCodes.INTERNAL_SERVER_ERROR && maskInternal ? "internal error" : original.message;
      return { message, locations: formatted.locations, path: formatted.path, extensions };
    }
    if (original instanceof GraphQLError && isUncodedClientFault(original)) {
      return {
        ...formatted,
        extensions: { ...formatted.extensions, code: ApolloServerErrorCode.BAD_REQUEST },
      };
    }
    if (original instanceof GraphQLError || formatted.extensions?.code !== ErrorCodes.INTERNAL_SERVER_ERROR) {
      return formatted;
    }
    onInternal(original);
    return {
      message: maskInternal ? "internal error" : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCodes.INTERNAL_SERVER_ERROR },
    };
  };
}
