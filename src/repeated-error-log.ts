import type { Logger } from "pino";

/** How long identical errors are counted before their total is logged. */
export const REPEAT_WINDOW_MS = 10_000;

const keyOf = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error);

/**
 * Logs the first of a run of identical errors in full, then only counts the rest: one line with the
 * count when the window closes. A failing dependency under load then writes a few lines, not a
 * stack per request.
 */
export function repeatedErrorLog(
  logger: Logger,
  level: "error" | "warn",
  message: string,
  windowMs = REPEAT_WINDOW_MS,
): (error: unknown) => void {
  const repeats = new Map<string, number>();
  return (error) => {
    const key = keyOf(error);
    const seen = repeats.get(key);
    if (seen !== undefined) {
      repeats.set(key, seen + 1);
      return;
    }
    logger[level]({ err: error }, message);
    repeats.set(key, 0);
    const timer = setTimeout(() => {
      const count = repeats.get(key) ?? 0;
      repeats.delete(key);
      if (count > 0) logger[level]({ error: key, count, windowMs }, `${message}: ${count} more like it`);
    }, windowMs);
    timer.unref();
  };
}
