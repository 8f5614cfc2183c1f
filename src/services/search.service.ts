import type { ScoredEntity, SearchRepository } from "../graph/search.repository";
import { InvalidInputError } from "../model/errors";
import { DEFAULTS, LIMITS } from "./limits";
import { assertIntInRange, assertMaxLength } from "./validate";

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Lower-case, accents removed: wildcard and fuzzy terms bypass the index analyzer, so fold here too. */
function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Builds a forgiving Lucene query from free text: each word matches exactly (boosted), as a prefix,
 * or within one edit when it is long enough. Only letters and digits reach Lucene, and those are escaped
 * anyway, so no input can be Lucene syntax.
 */
export function toLuceneQuery(text: string): string | undefined {
  // Fold before splitting: a decomposed accent (NFD) is a mark, which would otherwise split the word.
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 20);
  if (words.length === 0) return undefined;
  return words
    .map((word) => {
      const w = word.replace(LUCENE_SPECIAL, "\\$&");
      const clauses = [`${w}^4`];
      if (w.length >= 2) clauses.push(`${w}*^2`);
      if (w.length >= 4) clauses.push(`${w}~1`);
      return `(${clauses.join(" OR ")})`;
    })
    .join(" OR ");
}

export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  async search(
    text: string,
    labels: readonly string[] | null,
    first: number = DEFAULTS.SEARCH_FIRST,
  ): Promise<ScoredEntity[]> {
    assertMaxLength("text", text, LIMITS.SEARCH_TEXT_MAX);
    assertIntInRange("first", first, 1, LIMITS.FIRST_MAX);
    const query = toLuceneQuery(text);
    if (!query) throw new InvalidInputError("text must contain at least one letter or digit", "text");
    return this.repository.search(query, labels && labels.length > 0 ? labels : null, first);
  }
}
