import type { Services } from "../services/services";

/** Built once per request. */
export interface GraphqlContext {
  readonly services: Services;
  /** The request carried a valid editor token. */
  readonly isEditor: boolean;
}
