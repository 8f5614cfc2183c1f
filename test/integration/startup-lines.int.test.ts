import path from "node:path";
import { API_STOP_WAIT_MS, stopApiProcess } from "../helpers/api-process";
import { PROJECT_ROOT } from "../helpers/cli";
import { testUri } from "../helpers/neo4j";
import { type TrackedProcess, killTestProcesses, spawnTracked } from "../helpers/processes";

/** The API over the already running test Neo4j: the schema is built, nothing is seeded. */
const READY_WAIT_MS = 60_000;

function apiEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SHELL: "/bin/sh",
    PORT: "0",
    NEO4J_URI: testUri(),
    NEO4J_USER: process.env.NEO4J_TEST_USER ?? "neo4j",
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? "",
    SEED_ON_START: "false",
    ...env,
  };
}

const API_ENTRY = path.join(PROJECT_ROOT, "dist", "src", "index.js");

/** `npm start` with its output piped, as a supervisor or `| tee` runs it. */
function startPiped(env: Record<string, string>): TrackedProcess {
  return spawnTracked(process.execPath, [API_ENTRY], { cwd: PROJECT_ROOT, env: apiEnv(env) });
}

/** `npm start` in a terminal: `script` gives it a pseudo-terminal, so stdout is a TTY. */
function startInTerminal(env: Record<string, string>): TrackedProcess {
  return spawnTracked("script", ["-qfec", `"${process.execPath}" "${API_ENTRY}"`, "/dev/null"], {
    cwd: PROJECT_ROOT,
    env: apiEnv(env),
  });
}

/** The messages of the JSON lines that carry a URL, in order. */
function urlMessages(output: string): string[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { url?: string; msg: string })
    .filter((entry) => entry.url !== undefined)
    .map((entry) => entry.msg);
}

describe("the first lines of npm start", () => {
  afterEach(() => killTestProcesses());

  it(
    "name the API, the graph explorer and GraphiQL, as JSON when piped",
    async () => {
      const api = startPiped({});
      const [, origin] = await api.waitFor(/GraphiQL at (http:\/\/localhost:\d+)\/graphiql\//, READY_WAIT_MS);
      expect(urlMessages(api.output())).toEqual([
        `API ready at ${origin}/graphql`,
        `graph explorer at ${origin}/explore/`,
        `GraphiQL at ${origin}/graphiql/`,
      ]);
    },
    READY_WAIT_MS + 10_000,
  );

  it(
    "name only the API in production, where the pages are off",
    async () => {
      const api = startPiped({ NODE_ENV: "production" });
      const [, origin] = await api.waitFor(/API ready at (http:\/\/localhost:\d+)\/graphql/, READY_WAIT_MS);
      // Every line is out once the process has ended.
      await stopApiProcess(api);
      expect(urlMessages(api.output())).toEqual([`API ready at ${origin}/graphql`]);
    },
    READY_WAIT_MS + API_STOP_WAIT_MS + 10_000,
  );

  it(
    "are readable lines with time, level and message in a development terminal",
    async () => {
      const api = startInTerminal({});
      await api.waitFor(/GraphiQL at http:\/\/localhost:\d+\/graphiql\//, READY_WAIT_MS);
      // eslint-disable-next-line no-control-regex
      const text = api.output().replace(/\x1b\[[0-9;]*m/g, "");
      expect(text).toMatch(
        /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: API ready at http:\/\/localhost:\d+\/graphql \{"neo4j":"bolt:/m,
      );
      expect(text).toMatch(
        /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: graph explorer at http:\/\/localhost:\d+\/explore\/\r?$/m,
      );
      expect(text).toMatch(
        /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: GraphiQL at http:\/\/localhost:\d+\/graphiql\/\r?$/m,
      );
      expect(text).not.toContain('"level"');
      expect(text).not.toContain("conflict-graph-api");
    },
    READY_WAIT_MS + 10_000,
  );
});
