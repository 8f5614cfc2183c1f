import autocannon from "autocannon";
import type { HttpRequest } from "./queries";

export interface Measurement {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Responses with a 2xx status within the window. */
  readonly completed: number;
  readonly failures: number;
  /** Why requests failed, when some did or none completed. */
  readonly failure?: string;
}

export const REQUEST_TIMEOUT_S = 30;

/** What went wrong in one window, from autocannon's counts; undefined when every request answered. */
export function failureReason(
  counts: { completed: number; errors: number; timeouts: number; non2xx: number },
  seconds: number,
): string | undefined {
  const reasons = [
    counts.timeouts > 0 ? `${counts.timeouts} timed out after ${REQUEST_TIMEOUT_S} s` : "",
    counts.non2xx > 0 ? `${counts.non2xx} non-2xx responses` : "",
    counts.errors - counts.timeouts > 0 ? `${counts.errors - counts.timeouts} connection errors` : "",
  ].filter((r) => r !== "");
  if (counts.completed === 0 && reasons.length === 0) return `no answer within the ${seconds} s window`;
  return reasons.length > 0 ? reasons.join(", ") : undefined;
}
let current: autocannon.Instance | undefined;

/** Stops the load in flight, if any (Ctrl-C). */
export function stopLoad(): void {
  current?.stop();
}

/** autocannon against one endpoint: `connections` connections for `seconds`, the same request again and again. */
export async function load(
  base: string,
  request: HttpRequest,
  connections: number,
  seconds: number,
): Promise<Measurement> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    current = autocannon(
      {
        url: `${base}${request.path}`,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: request.body,
        connections,
        duration: seconds,
        timeout: REQUEST_TIMEOUT_S,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
  });
  current = undefined;
  const counts = {
    completed: result["2xx"],
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    completed: counts.completed,
    failures: result.errors + result.non2xx,
    failure: failureReason(counts, seconds),
  };
}
