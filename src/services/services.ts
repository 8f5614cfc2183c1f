import type { ServerInfoService } from "./server-info.service";

/** Everything the GraphQL layer may call. */
export interface Services {
  readonly serverInfo: ServerInfoService;
}
