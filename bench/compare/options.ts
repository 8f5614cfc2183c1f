import { parseArgs } from "node:util";

export const HELP = `npm run bench:compare -- [options]

Starts one Neo4j (a local one on a temporary data directory; or NEO4J_URI, with NEO4J_USER and
NEO4J_PASSWORD, when set), loads a graph into it, and serves it three ways as child processes:
  ours   this service (dist/src/index.js, NODE_ENV=production)
  peer   @neo4j/graphql 7 on Apollo Server 5, type definitions for the same model; shortest path and
         full-text search as custom @cypher query fields (it has no native form for them)
  raw    node:http running hand-written Cypher through the same neo4j-driver (the upper limit)
It asks Q1-Q7 of each (Q7, what one source supports, when the graph has citations) and compares the
answers (normalised: sorted ids); a variant whose answer differs is not measured on that question, and
the difference is printed. Then autocannon loads each query and
variant in turn, interleaved over rounds, and prints requests/s, p50 and p99 and the ratios ours/peer and
ours/raw (median of the ratios within each round). Q2-Q4 are also asked of this service with an evidence
filter (minSources: 1, excludeContested: true), measured right after the unfiltered question in each round,
and a second table gives filtered / unfiltered cost per request. The tables are written to
bench/results/<date>-<size>.md.
Ctrl-C stops the load, the three servers and the local Neo4j.

  --data seed|existing   the project's seed (default), or the graph already in NEO4J_URI
  --entities N           a generated graph of N entities (npm run data:generate) instead of --data
  --seed S               the generator's random seed (default 1)
  --store DIR            keep the local Neo4j's data in DIR; a later run with the same --entities and
                         --seed reuses it instead of generating the graph again (a million takes long)
  --rounds N             interleaved rounds (default and least 3: ratios are medians over rounds)
  --connections N        autocannon connections (default 10)
  --seconds N            seconds per query and variant in each round (default 5)
  --warmup N             seconds of warm-up per query and variant before the rounds (default 2)
  --tag TAG              name the results bench/results/<date>-TAG-<size> (lowercase letters, digits, -)
  --check-only           compare the answers and stop (exit 1 when any differ)
  --help                 this text`;

export interface CompareOptions {
  readonly data: "seed" | "existing" | "generated";
  readonly entities: number;
  readonly seed: number;
  /** Data directory of the local Neo4j, kept after the run; undefined: a temporary one. */
  readonly store?: string;
  readonly rounds: number;
  readonly connections: number;
  readonly seconds: number;
  readonly warmup: number;
  readonly checkOnly: boolean;
  /** Part of the results' file name, so a run measuring one change keeps the others' results. */
  readonly tag?: string;
}

function positiveInt(name: string, value: string, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be an integer of at least ${min} (got ${value})`);
  return n;
}

/** The options, or undefined for --help; throws with the argument and its limit on bad input. */
export function parseOptions(args: string[]): CompareOptions | undefined {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: "string", default: "seed" },
      entities: { type: "string" },
      seed: { type: "string", default: "1" },
      store: { type: "string" },
      rounds: { type: "string", default: "3" },
      connections: { type: "string", default: "10" },
      seconds: { type: "string", default: "5" },
      warmup: { type: "string", default: "2" },
      "check-only": { type: "boolean", default: false },
      tag: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) return undefined;
  if (values.data !== "seed" && values.data !== "existing") {
    throw new Error(`--data must be seed or existing (got ${values.data})`);
  }
  if (values.data === "existing" && !process.env.NEO4J_URI)
    throw new Error("--data existing needs NEO4J_URI");
  const entities = values.entities === undefined ? 0 : positiveInt("entities", values.entities);
  if (values.store !== undefined && (entities === 0 || process.env.NEO4J_URI))
    throw new Error("--store needs --entities and the local Neo4j (NEO4J_URI unset)");
  if (values.tag !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.tag))
    throw new Error(`--tag must be lowercase letters and digits joined by - (got ${values.tag})`);
  return {
    data: entities > 0 ? "generated" : values.data,
    entities,
    seed: positiveInt("seed", values.seed, 0),
    store: values.store,
    rounds: positiveInt("rounds", values.rounds, 3),
    connections: positiveInt("connections", values.connections),
    seconds: positiveInt("seconds", values.seconds),
    warmup: positiveInt("warmup", values.warmup, 0),
    checkOnly: values["check-only"],
    tag: values.tag,
  };
}
