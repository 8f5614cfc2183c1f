import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";

/** Request bodies beyond this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 1_000_000;

class PayloadTooLargeError extends Error {}

/** One reason for every abort: `abort()` without one builds a DOMException, stack and all, per request. */
const ANSWERED_OR_GONE = Object.freeze({
  name: "AbortError",
  message: "the answer was sent or the client left",
});

/** Runs a request's execution with its Neo4j work bounded; `signal` aborts when its answer is sent or its client leaves. */
export type RequestScopeRunner = <T>(signal: AbortSignal, work: () => Promise<T>) => Promise<T>;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Keep reading (and dropping) the rest, so the client is still listening when the 413 arrives.
        tooLarge = true;
        chunks.length = 0;
        reject(new PayloadTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === "") return undefined;
  if (
    contentType?.startsWith("application/json") ||
    contentType?.startsWith("application/graphql-response+json")
  ) {
    return JSON.parse(raw);
  }
  return raw;
}

/** Serves Apollo Server on Node's own http module: the integration contract is executeHTTPGraphQLRequest. */
export function graphqlHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (req: IncomingMessage) => Promise<TContext>,
  runScoped: RequestScopeRunner = (_signal, work) => work(),
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    let body: unknown;
    try {
      body = parseBody(await readBody(req), req.headers["content-type"]);
    } catch (error) {
      const tooLarge = error instanceof PayloadTooLargeError;
      res.writeHead(tooLarge ? 413 : 400, {
        "content-type": "application/json",
        ...(tooLarge ? { connection: "close" } : {}),
      });
      res.end(
        JSON.stringify({
          errors: [
            {
              message: tooLarge
                ? `request body exceeds ${MAX_BODY_BYTES} bytes`
                : "request body is not valid JSON",
              extensions: { code: tooLarge ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST" },
            },
          ],
        }),
      );
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const gone = new AbortController();
    res.once("close", () => gone.abort(ANSWERED_OR_GONE));
    const response = await runScoped(gone.signal, () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
        context: () => context(req),
      }),
    );
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
