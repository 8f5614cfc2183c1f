import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { type LocalNeo4j, startLocalNeo4j } from "../../src/graph/local/local-neo4j";
import { freePort } from "../../src/graph/local/port";
import { projectRoot } from "../../src/project-root";
import { ANSWER_TIMEOUT_MS, compareAnswers } from "./equivalence";
import { type FilteredQuestion, type FilteredRounds, filteredQuestions, filteredTable } from "./filtered";
import { load, stopLoad } from "./measure";
import { type CompareOptions, HELP, parseOptions } from "./options";
import type { Child } from "./processes";
import { runToCompletion } from "./processes";
import { VARIANTS, type Variant, questions } from "./queries";
import { writeChart } from "./chart";
import {
  type Rounds,
  type RunDescription,
  chartInput,
  machineDescription,
  markdownReport,
  resultsTable,
} from "./report";
import { holdsGraph, markGraph, memoryFor } from "./store";
import { chooseTargets } from "./targets";
import { startVariants, stopVariants } from "./variants";

const LOAD_TIMEOUT_MS = 60 * 60_000;

class Interrupted extends Error {}

function generatorScript(root: string): string {
  return path.join(root, "dist", "src", "cli", "generate.js");
}

async function loadData(root: string, options: CompareOptions, uri: string): Promise<string> {
  const env = { NEO4J_URI: uri };
  if (options.data === "existing") return "existing graph";
  const generated = `${options.entities.toLocaleString("en")} generated entities (seed ${options.seed})`;
  if (options.store && holdsGraph(options.store, options.entities, options.seed))
    return `${generated}, store reused`;
  if (options.data === "seed") {
    await runToCompletion(path.join(root, "dist", "src", "cli", "seed.js"), [], env, LOAD_TIMEOUT_MS);
    return "seed";
  }
  await runToCompletion(
    generatorScript(root),
    ["--entities", String(options.entities), "--seed", String(options.seed)],
    env,
    LOAD_TIMEOUT_MS,
  );
  if (options.store) markGraph(options.store, options.entities, options.seed);
  return generated;
}

async function neo4jVersion(driver: Driver): Promise<string> {
  const result = await driver.executeQuery(
    "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition",
  );
  const row = result.records[0];
  return row ? `${row.get("v")} ${row.get("edition")}` : "unknown";
}

const sizeLabel = (o: CompareOptions): string =>
  o.data === "generated"
    ? o.entities >= 1_000_000
      ? `${Number((o.entities / 1_000_000).toFixed(1))}M`
      : o.entities >= 1000
        ? `${Math.round(o.entities / 1000)}k`
        : String(o.entities)
    : o.data;

/** One answer of a filtered question, as its lines; throws with what the service said instead. */
async function askFiltered(base: string, question: FilteredQuestion): Promise<string[]> {
  const response = await fetch(`${base}${question.request.path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: question.request.body,
    signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
  });
  return question.lines(await response.json());
}

const rotate = <T>(xs: readonly T[], by: number): T[] => xs.map((_, i) => xs[(i + by) % xs.length]!);

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    console.log(HELP);
    return 0;
  }
  const root = projectRoot();
  // Checked before anything starts, so a checkout without the generator fails at once.
  if (options.data === "generated" && !existsSync(generatorScript(root))) {
    throw new Error(
      `--entities needs the graph generator (npm run data:generate), and ${generatorScript(root)} is missing: use --data seed`,
    );
  }
  const workDir = mkdtempSync(path.join(os.tmpdir(), "bench-compare-"));
  const children: Child[] = [];
  let local: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  let interrupted = false;
  let keepLogs = false;
  const interrupt = (): void => {
    interrupted = true;
    stopLoad();
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  const check = (): void => {
    if (interrupted) throw new Interrupted("interrupted");
  };
  try {
    let uri = process.env.NEO4J_URI;
    if (!uri) {
      local = await startLocalNeo4j({
        port: await freePort(),
        dataDir: options.store ? path.resolve(options.store) : path.join(workDir, "neo4j"),
        memory: memoryFor(options.entities),
      });
      uri = local.uri;
    }
    check();
    const data = await loadData(root, options, uri);
    check();
    driver = neo4j.driver(
      uri,
      neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
    );
    const targets = await chooseTargets(driver);
    const version = await neo4jVersion(driver);
    console.log(
      `neo4j ${uri} (${version}): ${targets.entities} entities, ${targets.relationships} relationships (${data})`,
    );
    console.log(
      `asking about ${targets.id} (${targets.label}); Q4 to ${targets.farId} (${targets.farLength} steps); Q5 "${targets.searchText}"`,
    );
    const bases = await startVariants(root, uri, workDir, children);
    check();

    const asked = questions(targets);
    const excluded = new Map<string, Variant[]>();
    const checkFailures = new Map<string, Partial<Record<Variant, string>>>();
    for (const question of asked) {
      const verdict = await compareAnswers(question, bases);
      excluded.set(question.name, [...verdict.differing]);
      checkFailures.set(question.name, verdict.failed);
      const size = verdict.answers.raw.length;
      console.log(
        `${question.name} ${verdict.differing.length === 0 ? `all three agree (${size} lines)` : `DIFFER\n${verdict.diff}`}`,
      );
      console.log(
        `   answered once in ${VARIANTS.map((v) => `${v} ${verdict.millis[v].toFixed(0)} ms`).join(", ")}`,
      );
      if (question.peerNote) console.log(`   peer: ${question.peerNote}`);
    }
    const disagreements = [...excluded.values()].filter((v) => v.length > 0).length;
    // The same questions with an evidence filter, on this service only, measured in the same rounds.
    const filtered = filteredQuestions(targets).filter((f) => !excluded.get(f.name)?.includes("ours"));
    const sizes = new Map<string, { plain: number; filtered: number }>();
    for (const f of filtered) {
      const plain = asked.find((q) => q.name === f.name)!;
      const lines = await askFiltered(bases.ours, f);
      const plainLines = (await compareAnswers(plain, bases)).answers.ours;
      sizes.set(f.name, { plain: plainLines.length, filtered: lines.length });
      console.log(`${f.name} with an evidence filter: ${lines.length} lines (${plainLines.length} without)`);
    }
    if (options.checkOnly) return disagreements > 0 ? 1 : 0;

    const measured = (name: string): Variant[] => VARIANTS.filter((v) => !excluded.get(name)!.includes(v));
    if (options.warmup > 0) {
      for (const q of asked) {
        for (const v of measured(q.name)) {
          await load(bases[v], q.requests[v], options.connections, options.warmup);
          check();
        }
      }
      for (const f of filtered) {
        await load(bases.ours, f.request, options.connections, options.warmup);
        check();
      }
    }
    const filteredResults = new Map<string, FilteredRounds>(filtered.map((f) => [f.name, []]));
    const results = new Map<string, Rounds>(asked.map((q) => [q.name, []]));
    for (let round = 0; round < options.rounds; round += 1) {
      for (const q of asked) {
        const entry = {} as Rounds[number];
        for (const v of rotate(VARIANTS, round)) {
          if (!measured(q.name).includes(v)) continue;
          const m = await load(bases[v], q.requests[v], options.connections, options.seconds);
          check();
          entry[v] = m;
          console.log(
            `round ${round + 1} ${q.name} ${v.padEnd(4)} ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms${m.failure ? `  FAILED: ${m.failure}` : ""}`,
          );
        }
        results.get(q.name)!.push(entry);
        const f = filtered.find((x) => x.name === q.name);
        if (f && entry.ours) {
          const m = await load(bases.ours, f.request, options.connections, options.seconds);
          check();
          filteredResults.get(q.name)!.push({ plain: entry.ours, filtered: m });
          console.log(
            `round ${round + 1} ${q.name} ours with evidence ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms${m.failure ? `  FAILED: ${m.failure}` : ""}`,
          );
        }
      }
    }
    const run: RunDescription = {
      data,
      entities: targets.entities,
      relationships: targets.relationships,
      neo4jVersion: version,
      rounds: options.rounds,
      connections: options.connections,
      seconds: options.seconds,
      excluded,
      checkFailures,
    };
    const table = resultsTable(asked, results, run);
    const evidenceTable = filteredTable(filteredResults, sizes);
    console.log(`\n${machineDescription(version)}\n\n${table}\n\n${evidenceTable}\n`);
    const date = new Date().toISOString().slice(0, 10);
    const outDir = path.join(root, "bench", "results");
    mkdirSync(outDir, { recursive: true });
    const base = path.join(outDir, `${date}-${options.tag ? `${options.tag}-` : ""}${sizeLabel(options)}`);
    writeFileSync(
      `${base}.md`,
      `${markdownReport(table, run, date, path.basename(`${base}.png`))}
## With an evidence filter

Q2-Q4 asked of this service again with an evidence filter, measured right after the unfiltered question in each round. Cost: median over rounds of unfiltered / filtered requests/s (above 1: the filter costs that much more time per request).

${evidenceTable}
`,
    );
    writeChart(base, chartInput(asked, results, run, date));
    console.log(`written: ${path.relative(root, base)}.md and .png`);
    return disagreements > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof Interrupted) return 130;
    keepLogs = true;
    throw error;
  } finally {
    await stopVariants(children);
    await driver?.close();
    await local?.stop();
    if (keepLogs) console.error(`server logs kept in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:compare failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
