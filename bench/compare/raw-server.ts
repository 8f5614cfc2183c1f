import { createServer } from "node:http";
import neo4j from "neo4j-driver";
import { RAW_STATEMENTS, type RawQuery } from "./raw-statements";

/**
 * node:http and the same neo4j-driver, one read transaction per request, records as plain maps:
 * POST /q1 .. /q7 with the parameters as a JSON body, on NEO4J_URI, listening on PORT.
 */
const driver = neo4j.driver(
  process.env.NEO4J_URI!,
  neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
  {
    disableLosslessIntegers: true,
  },
);

const isRawQuery = (name: string): name is RawQuery => Object.hasOwn(RAW_STATEMENTS, name);

const server = createServer((request, response) => {
  const name = (request.url ?? "").slice(1);
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const reply = (status: number, body: unknown): void => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (name === "ready") return reply(200, { ready: true });
    if (request.method !== "POST" || !isRawQuery(name)) return reply(404, { error: `no query ${name}` });
    const params: Record<string, unknown> =
      chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
    // LIMIT takes an integer, and JSON numbers arrive as floats.
    if (typeof params.first === "number") params.first = neo4j.int(params.first);
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    session
      .executeRead((tx) => tx.run(RAW_STATEMENTS[name], params))
      .then((result) => reply(200, { rows: result.records.map((record) => record.toObject()) }))
      .catch((error: unknown) =>
        reply(500, { error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => void session.close());
  });
});

server.listen(Number(process.env.PORT), "127.0.0.1", () =>
  console.log(`raw listening on ${process.env.PORT}`),
);
const stop = (): void => {
  server.close();
  void driver.close().finally(() => process.exit(0));
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
