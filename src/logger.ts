import type { Writable } from "node:stream";
import pino, { type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";
import type { Config } from "./config";
import { type LogFormat, chooseLogFormat } from "./log-format";

export interface LogOutput {
  readonly format: LogFormat;
  /** Standard output unless given. */
  readonly destination?: Writable;
}

/** Where the process logs: pretty lines when a person watches a development terminal, JSON otherwise. */
export function processLogOutput(config: Pick<Config, "nodeEnv">): LogOutput {
  return { format: chooseLogFormat(config.nodeEnv, process.stdout.isTTY === true) };
}

export function createLogger(
  config: Pick<Config, "logLevel" | "nodeEnv">,
  output: LogOutput = processLogOutput(config),
): Logger {
  const options = { level: config.logLevel, base: { service: "conflict-graph-api" } };
  // Synchronous writes: the last lines before an exit (start-up failures, shutdown) must not be lost.
  if (output.format === "pretty") return pino(options, prettyStream(output.destination));
  return pino(options, output.destination ?? pino.destination({ sync: true }));
}

/**
 * Time, level, message and the event's own fields on one line. Left out: the fields every line repeats,
 * and `url`, which the lines that carry it already show in their message.
 */
function prettyStream(destination: Writable | undefined): DestinationStream {
  return pretty({
    sync: true,
    translateTime: "SYS:HH:MM:ss.l",
    ignore: "pid,hostname,service,url",
    singleLine: true,
    ...(destination ? { destination, colorize: false } : {}),
  });
}
