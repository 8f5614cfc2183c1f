import fc from "fast-check";
import {
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from "graphql";
import { LIMITS } from "../../src/services/limits";
import type { ValuePools } from "./graphql-arbitraries";

// What a hostile client sends: injection attempts, odd unicode, ints around every limit, values of the
// wrong type. The fuzz test draws arguments and request bodies from here.

/** Strings aimed at Cypher, Lucene, JSON and terminals. */
export const HOSTILE_STRINGS: readonly string[] = [
  '") DETACH DELETE n //',
  "' OR 1=1 //",
  "}) MATCH (n) DETACH DELETE n //",
  "$id",
  "`Entity`",
  "*:*",
  "*",
  "~",
  "turkey~",
  "name:turkey",
  '+-&&||!(){}[]^"~*?:\\/',
  "AND OR NOT",
  '"',
  "\\",
  "\\u0000",
  "",
  "   ",
  "\u0000",
  "a\u0000b",
  "\u200F\u202Eevil\u202C",
  "\u200B",
  "Türkiye",
  "پاکستان",
  "🇹🇷🇵🇰",
  "e\u0301",
  "\uFEFF",
  "\r\n\t",
  "x".repeat(LIMITS.SEARCH_TEXT_MAX),
  "x".repeat(LIMITS.SEARCH_TEXT_MAX + 1),
  "ü".repeat(LIMITS.SEARCH_TEXT_MAX + 1),
  "long ".repeat(3000),
];

/** 0, 1, each limit and its neighbours, negatives: all valid 32-bit Ints. */
export const EDGE_INTS: readonly number[] = [
  ...new Set([
    0,
    1,
    -1,
    2,
    ...Object.values(LIMITS).flatMap((limit) => [limit - 1, limit, limit + 1]),
    2 ** 31 - 1,
    -(2 ** 31),
  ]),
];

/** Beyond a GraphQL Int: refused by validation. */
const OUT_OF_RANGE_INTS = [2 ** 31, -(2 ** 31) - 1, 1e10, 2 ** 53];

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

/** A substring of `text`: quotes that may or may not be verbatim. */
const excerpt = (text: string) =>
  fc
    .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 300 }))
    .map(([start, length]) => text.slice(start, start + length));

/**
 * Pools for argument values. `wellFormed`: only values GraphQL validation accepts (32-bit Ints, strings
 * without lone surrogates), for operations that must reach the resolvers.
 */
export function hostilePools(
  knownIds: readonly string[],
  sourceText: string,
  wellFormed: boolean,
): ValuePools {
  const unit = wellFormed ? "grapheme" : "binary";
  const strings = fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 4 },
    { arbitrary: fc.string({ unit, maxLength: 40 }), weight: 2 },
    { arbitrary: excerpt(sourceText), weight: 2 },
    { arbitrary: fc.constantFrom(...knownIds), weight: 1 },
  );
  const ints = fc.oneof(
    { arbitrary: fc.constantFrom(...EDGE_INTS), weight: 4 },
    { arbitrary: fc.integer({ min: -5, max: 120 }), weight: 2 },
    { arbitrary: fc.constantFrom(...(wellFormed ? [0] : OUT_OF_RANGE_INTS)), weight: 1 },
  );
  const ids = fc.oneof(
    { arbitrary: fc.constantFrom(...knownIds), weight: 4 },
    { arbitrary: slug, weight: 2 },
    { arbitrary: strings, weight: 2 },
  );
  return { ids, strings, ints };
}

/** GraphQL literals that can never be a valid value of `type`. */
export function wrongLiterals(type: GraphQLInputType): string[] {
  const named = getNamedType(type);
  const wrong = ["{bogus: 1}", "$undeclared", "[[[1]]]"];
  if (isNonNullType(type)) wrong.push("null");
  if (isEnumType(named)) wrong.push('"COUNTRY"', "1", "true", "NOT_A_VALUE");
  else if (isInputObjectType(named)) wrong.push('"text"', "1", "NOT_A_VALUE");
  else if (named.name === "Int") wrong.push('"1"', "1.5", "true", "2147483648", "-2147483649", "NOT_A_VALUE");
  else if (named.name === "ID") wrong.push("1.5", "true", "NOT_A_VALUE");
  else wrong.push("1", "true", "1.5", "NOT_A_VALUE");
  return wrong;
}

/** JSON variable values that can never be a valid value of `type`. */
export function wrongVariableValues(type: GraphQLInputType): unknown[] {
  const named = getNamedType(type);
  const wrong: unknown[] = [[[["deep"]]], true];
  if (isNonNullType(type)) wrong.push(null);
  if (!isListType(getNullableType(type))) wrong.push({ bogus: 1 });
  if (isEnumType(named)) wrong.push("NOT_A_VALUE", 1, named.getValues()[0]!.name.toLowerCase());
  else if (isInputObjectType(named)) wrong.push("text", 1, { bogus: 1 });
  else if (named.name === "Int") wrong.push("1", 1.5, 2 ** 40, -(2 ** 40));
  else if (named.name === "ID") wrong.push(1.5, { id: "turkey" });
  else wrong.push(1, 1.5, { text: "turkey" });
  return wrong;
}
