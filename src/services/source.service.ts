import type { EvidenceRepository } from "../graph/evidence.repository";
import type { Citation } from "../model/citation";
import type { Source } from "../model/source";
import { DEFAULTS, LIMITS } from "./limits";
import { assertIntInRange } from "./validate";

/** Sources and what each supports, page by page. */
export class SourceService {
  constructor(private readonly repository: EvidenceRepository) {}

  /** Sources in id order; `after` is the id of the last source of the previous page. */
  sources(first: number = DEFAULTS.SOURCES_FIRST, after: string | null = null): Promise<Source[]> {
    assertIntInRange("first", first, 1, LIMITS.FIRST_MAX);
    return this.repository.sourcePage(after, first);
  }

  /** One page of a source's citations in id order; `after` is the id of the last citation of the previous page. */
  citations(
    sourceId: string,
    first: number = DEFAULTS.CITATIONS_FIRST,
    after: string | null = null,
  ): Promise<Citation[]> {
    assertIntInRange("first", first, 1, LIMITS.FIRST_MAX);
    return this.repository.citationsOfSource(sourceId, after, first);
  }
}
