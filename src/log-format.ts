import type { Config } from "./config";

/** `pretty`: one readable line per event for a person at a terminal; `json`: one object per line. */
export type LogFormat = "pretty" | "json";

/** Pipes, files, log collectors, production and tests keep JSON, which machines parse. */
export function chooseLogFormat(nodeEnv: Config["nodeEnv"], isTTY: boolean): LogFormat {
  return nodeEnv === "development" && isTTY ? "pretty" : "json";
}
