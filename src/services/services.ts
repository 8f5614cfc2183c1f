import type { EditorService } from "./editor.service";
import type { EntityService } from "./entity.service";
import type { RequestGraph } from "./request-graph";
import type { SearchService } from "./search.service";
import type { ServerInfoService } from "./server-info.service";
import type { RequestStats } from "./request-stats";
import type { SourceService } from "./source.service";
import type { StatsService } from "./stats.service";
import type { TraversalService } from "./traversal.service";

/** Everything the GraphQL layer may call. */
export interface Services {
  readonly serverInfo: ServerInfoService;
  readonly entities: EntityService;
  readonly search: SearchService;
  readonly traversal: TraversalService;
  readonly editor: EditorService;
  readonly sources: SourceService;
  readonly stats: StatsService;
  /** A fresh batching cache for one request. */
  requestGraph(): RequestGraph;
  /** A fresh batching cache of entity and source stats for one request. */
  requestStats(): RequestStats;
}
