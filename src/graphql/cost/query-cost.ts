import {
  type DocumentNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
} from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { NODE_KINDS, RELATIONSHIP_TYPES } from "../../model/registry";
import { LIMITS } from "../../services/limits";

/** Each object an answer may hold (entity, relationship, citation, path, ...) costs one; scalars are free. */
export const OBJECT_COST = 1;

/**
 * Lists without `first`, costed at the most they can hold. Lists with `first` are costed at `first`
 * (at most FIRST_MAX: a larger `first` is refused with BAD_USER_INPUT when it runs); any other list
 * at FIRST_MAX.
 */
export const UNPAGED_LIST_SIZES: Readonly<Record<string, number>> = {
  "Path.nodes": LIMITS.MAX_HOPS_MAX + 1,
  "Path.relationships": LIMITS.MAX_HOPS_MAX,
  // neighbors and subgraph answers hold at most these many (past them `truncated` is set).
  "Subgraph.nodes": LIMITS.SUBGRAPH_NODES_MAX,
  "Subgraph.relationships": LIMITS.SUBGRAPH_RELATIONSHIPS_MAX,
  // A connection's page is costed by its field's `first`; its edges list is that page.
  "EntityConnection.edges": 1,
  // A path's explanation has a step per relationship.
  "Explanation.steps": LIMITS.MAX_HOPS_MAX,
  // Aggregates list each registry kind or type once (an entity's non-symmetric types once a direction).
  "GraphStats.entitiesByKind": NODE_KINDS.length,
  "GraphStats.relationshipsByType": RELATIONSHIP_TYPES.length,
  "EntityStats.byType": RELATIONSHIP_TYPES.reduce((n, r) => n + (r.symmetric ? 1 : 2), 0),
  "Source.supports": RELATIONSHIP_TYPES.length,
};

/**
 * A source's text is priced by the most it may hold, a point per TEXT_CHARS_PER_COST characters: its size,
 * not its count, is what a request makes the service read, hold and send.
 */
export const TEXT_CHARS_PER_COST = 100;
export const SOURCE_TEXT_COST = Math.ceil(LIMITS.SOURCE_TEXT_MAX / TEXT_CHARS_PER_COST);

/** Each step reads its supporting citation and that citation's source, whatever the query selects. */
const EXPLANATION_STEP_READS = 2 * OBJECT_COST;

/**
 * Steps an explanation holds at most. Explanation.steps is costed at a path's most; a relationship's
 * explanation has one step, so its steps' cost is scaled down to one.
 */
const EXPLANATION_STEPS: Readonly<Record<string, number>> = {
  "Relationship.explanation": 1,
  "Path.explanation": LIMITS.MAX_HOPS_MAX,
};

/**
 * Aggregates weigh what they read beyond the objects they return: the count store (a few reads), an
 * entity's relationships up to LIMITS.ENTITY_STATS_RELATIONSHIPS_MAX, every citation of a source.
 */
export const AGGREGATE_WEIGHTS: Readonly<Record<string, number>> = {
  GraphStats: 5,
  EntityStats: 50,
  SupportCount: 20,
};

const int = (value: unknown, fallback: number): number =>
  typeof value === "number" && Number.isFinite(value) ? Math.trunc(value) : fallback;
const clamp = (n: number, min: number, max: number): number => Math.min(Math.max(n, min), max);

/**
 * An argument as the resolver will use it: a null one (`first: null`) takes the schema's default, as the
 * resolvers do; without a default it is priced at `most`, so no null walks past the budget.
 */
function argument(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  name: string,
  most: number,
): number {
  const value = args[name] ?? field.args.find((a) => a.name === name)?.defaultValue;
  return int(value, most);
}

/** Root fields that search or traverse weigh more than a lookup by id: they read more of the graph. */
function rootWeight(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const depth = clamp(argument(field, args, "depth", LIMITS.DEPTH_MAX), 1, LIMITS.DEPTH_MAX);
  const hops = clamp(argument(field, args, "maxHops", LIMITS.MAX_HOPS_MAX), 1, LIMITS.MAX_HOPS_MAX);
  switch (field.name) {
    case "search":
      return 10;
    case "neighbors":
      return 20 * depth;
    case "subgraph": {
      const ids = Array.isArray(args.ids) ? clamp(args.ids.length, 1, LIMITS.SUBGRAPH_IDS_MAX) : 1;
      return 20 * depth * ids;
    }
    case "paths":
      return 10 * hops;
    case "shortestPath":
      return 5 * hops;
    case "relationshipsBetween":
      return 5;
    default:
      return OBJECT_COST;
  }
}

/** How many times a field's selection is resolved at most. */
function listSize(field: GraphQLField<unknown, unknown>, key: string, args: Record<string, unknown>): number {
  if ("first" in args) return clamp(argument(field, args, "first", LIMITS.FIRST_MAX), 1, LIMITS.FIRST_MAX);
  return UNPAGED_LIST_SIZES[key] ?? LIMITS.FIRST_MAX;
}

/**
 * The estimator: a field costs its objects and their selections, times the most items it can return;
 * root fields add their weight once. Aliases are separate fields, so each counts.
 */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith("__") || field.name.startsWith("__")) return 0;
  if (type.name === "Source" && field.name === "text") return SOURCE_TEXT_COST;
  const returns = getNullableType(field.type);
  const leaf = isLeafType(getNamedType(returns));
  const root = type.name === "Query" || type.name === "Mutation";
  // A field with `first` returns a page (a list, or a connection whose edges are that list).
  const paged = "first" in args || (isListType(returns) && !leaf);
  const key = `${type.name}.${field.name}`;
  const steps = EXPLANATION_STEPS[key];
  if (steps !== undefined) {
    const stepsCost = Math.ceil((childComplexity * steps) / LIMITS.MAX_HOPS_MAX);
    return OBJECT_COST + steps * EXPLANATION_STEP_READS + stepsCost;
  }
  const times = paged ? listSize(field, key, args) : 1;
  const weight = (root ? rootWeight(field, args) : 0) + (AGGREGATE_WEIGHTS[getNamedType(returns).name] ?? 0);
  return weight + times * ((leaf ? 0 : OBJECT_COST) + childComplexity);
};

/**
 * The static cost of one operation, before anything runs. Undefined when its variables do not fit
 * their types: execution refuses those with BAD_USER_INPUT before any resolver runs.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables: variables ?? {},
      estimators: [costEstimator],
    });
  } catch (error) {
    if (error instanceof GraphQLError) return undefined;
    throw error;
  }
}
