import type { RequestGraph } from "../services/request-graph";
import type { RequestStats } from "../services/request-stats";
import type { Services } from "../services/services";

/** Built once per request. */
export interface GraphqlContext {
  readonly services: Services;
  /** Batches and caches entity, source and relationship reads for this request only. */
  readonly graph: RequestGraph;
  /** Batches entity and source stats for this request only. */
  readonly stats: RequestStats;
  /** The request carried a valid editor token. */
  readonly isEditor: boolean;
}
