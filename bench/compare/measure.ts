import autocannon from "autocannon";
import type { HttpRequest } from "./queries";

export interface Measurement {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly failures: number;
}

const REQUEST_TIMEOUT_S = 30;
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
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
