import pino, { type Logger } from "pino";
import type { Config } from "./config";

export function createLogger(config: Pick<Config, "logLevel">): Logger {
  // Synchronous writes: the last lines before an exit (start-up failures, shutdown) must not be lost.
  return pino(
    { level: config.logLevel, base: { service: "conflict-graph-api" } },
    pino.destination({ sync: true }),
  );
}
