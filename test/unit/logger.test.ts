import { Writable } from "node:stream";
import { chooseLogFormat } from "../../src/log-format";
import { createLogger } from "../../src/logger";

function collect(): Writable & { text(): string } {
  let text = "";
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString("utf8");
      done();
    },
  });
  return Object.assign(stream, { text: () => text });
}

describe("chooseLogFormat", () => {
  it("prints readable lines only to a development terminal", () => {
    expect(chooseLogFormat("development", true)).toBe("pretty");
  });

  it("keeps JSON when the output is piped or the environment is production or test", () => {
    expect(chooseLogFormat("development", false)).toBe("json");
    expect(chooseLogFormat("production", true)).toBe("json");
    expect(chooseLogFormat("production", false)).toBe("json");
    expect(chooseLogFormat("test", true)).toBe("json");
  });
});

describe("createLogger", () => {
  const config = { logLevel: "info", nodeEnv: "development" } as const;

  it("writes one line with time, level, message and the event's fields when pretty", () => {
    const out = collect();
    createLogger(config, { format: "pretty", destination: out }).info(
      { url: "http://localhost:4000/graphql", neo4j: "bolt://127.0.0.1:7687" },
      "API ready at http://localhost:4000/graphql",
    );
    expect(out.text()).toMatch(
      /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: API ready at http:\/\/localhost:4000\/graphql \{"neo4j":"bolt:\/\/127\.0\.0\.1:7687"\}\n$/,
    );
  });

  it("writes one JSON object per line otherwise", () => {
    const out = collect();
    createLogger(config, { format: "json", destination: out }).info({ url: "http://x/graphql" }, "API ready");
    expect(JSON.parse(out.text())).toMatchObject({
      level: 30,
      msg: "API ready",
      url: "http://x/graphql",
      service: "conflict-graph-api",
    });
  });
});
