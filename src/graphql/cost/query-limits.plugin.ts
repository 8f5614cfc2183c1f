import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { type DocumentNode, GraphQLError, type GraphQLSchema, type ValidationRule, validate } from "graphql";
import { ErrorCodes } from "../format-error";
import { operationCost } from "./query-cost";
import { VerdictCache } from "./verdict-cache";

export interface QueryLimits {
  /** The most an operation may cost (see query-cost.ts). */
  readonly costBudget: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
}

const tooComplex = (message: string, extensions: Record<string, number>): GraphQLError =>
  new GraphQLError(`query too complex: ${message}`, {
    extensions: { code: ErrorCodes.QUERY_TOO_COMPLEX, ...extensions, http: { status: 400 } },
  });

/** Runs one graphql-armor rule and returns what it found past its limit (undefined: within it). */
function measure(
  schema: GraphQLSchema,
  document: DocumentNode,
  rule: (reject: (found: number) => void) => ValidationRule,
): number | undefined {
  let found: number | undefined;
  validate(schema, document, [rule((n) => (found = n))]);
  return found;
}

/** graphql-armor reports "... limit of N exceeded, found M."; M is what the client sent. */
const foundIn = (error: GraphQLError): number => Number(/found (\d+)/.exec(error.message)?.[1] ?? NaN);

const armor = { exposeLimits: true, propagateOnRejection: false } as const;

/** What the document's shape exceeds, if anything. */
interface ShapeVerdict {
  readonly depth?: number;
  readonly aliases?: number;
}

/**
 * Refuses, before any resolver runs, operations GraphQL can parse but this service will not run:
 * subscriptions, and queries past the depth, alias or cost limits. The refusal is a client error
 * (HTTP 400) whose extensions carry what was measured and the limit.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  const verdicts = new VerdictCache<ShapeVerdict, number | undefined>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request }) {
          const kind = operation?.operation;
          if (kind !== "query" && kind !== "mutation") {
            throw new GraphQLError(
              `${kind ?? "this"} operations are not supported: send a query or a mutation`,
              {
                extensions: { code: ErrorCodes.BAD_REQUEST, http: { status: 400 } },
              },
            );
          }
          const shape = verdicts.shape(document, () => {
            const depth = measure(schema, document, (reject) =>
              maxDepthRule({ ...armor, n: limits.maxDepth, onReject: [(_, e) => reject(foundIn(e))] }),
            );
            if (depth !== undefined) return { depth };
            const aliases = measure(schema, document, (reject) =>
              maxAliasesRule({ ...armor, n: limits.maxAliases, onReject: [(_, e) => reject(foundIn(e))] }),
            );
            return aliases === undefined ? {} : { aliases };
          });
          const { depth, aliases } = shape;
          if (depth !== undefined) {
            throw tooComplex(`its fields nest ${depth} deep and the limit is ${limits.maxDepth}`, {
              depth,
              maxDepth: limits.maxDepth,
            });
          }
          if (aliases !== undefined) {
            throw tooComplex(`it has ${aliases} aliases and the limit is ${limits.maxAliases}`, {
              aliases,
              maxAliases: limits.maxAliases,
            });
          }
          const key = JSON.stringify([operationName ?? null, request.variables ?? {}]);
          const cost = verdicts.cost(document, key, () =>
            operationCost(schema, document, operationName ?? undefined, request.variables),
          );
          if (cost !== undefined && cost > limits.costBudget) {
            throw tooComplex(
              `its cost is ${cost} and the budget is ${limits.costBudget}; each list multiplies the cost of its selection by its \`first\`, so ask for smaller pages or fewer nested lists`,
              { cost, budget: limits.costBudget },
            );
          }
        },
      };
    },
  };
}
