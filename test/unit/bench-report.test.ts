import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeChart } from "../../bench/compare/chart";
import { type Measurement, failureReason } from "../../bench/compare/measure";
import type { Question, Variant } from "../../bench/compare/queries";
import { type Rounds, type RunDescription, chartInput, resultsTable } from "../../bench/compare/report";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const measured = (requestsPerSecond: number, p99: number): Measurement => ({
  requestsPerSecond,
  p50: p99 / 2,
  p99,
  completed: requestsPerSecond * 5,
  failures: 0,
});
const nothing: Measurement = {
  requestsPerSecond: 0,
  p50: 0,
  p99: 0,
  completed: 0,
  failures: 0,
  failure: "no answer within the 5 s window",
};

const question = (name: string, title: string): Question =>
  ({ name, title, requests: {}, normalise: {} }) as unknown as Question;
const QUESTIONS = [question("Q1", "entity by id"), question("Q6", "entities with their relationships")];

const round = (q1: Record<Variant, Measurement>, q6: Record<Variant, Measurement>) => ({ q1, q6 });
const ROUNDS = [
  round(
    { ours: measured(300, 80), peer: measured(100, 200), raw: measured(600, 40) },
    { ours: measured(40, 400), peer: nothing, raw: measured(90, 600) },
  ),
  round(
    { ours: measured(320, 70), peer: measured(110, 210), raw: measured(580, 50) },
    { ours: measured(36, 420), peer: nothing, raw: measured(80, 700) },
  ),
  round(
    { ours: measured(280, 90), peer: measured(90, 230), raw: measured(560, 45) },
    { ours: measured(38, 410), peer: nothing, raw: measured(85, 650) },
  ),
];
const RESULTS = new Map<string, Rounds>([
  ["Q1", ROUNDS.map((r) => r.q1)],
  ["Q6", ROUNDS.map((r) => r.q6)],
]);
const RUN: RunDescription = {
  data: "made up",
  entities: 1_000,
  relationships: 4_000,
  neo4jVersion: "5.26.0 community",
  rounds: 3,
  connections: 10,
  seconds: 5,
  excluded: new Map([
    ["Q1", []],
    ["Q6", []],
  ]),
};

describe("bench:compare's report", () => {
  it("says why a variant failed instead of printing an infinite ratio", () => {
    const table = resultsTable(QUESTIONS, RESULTS, RUN);
    const q6 = table.split("\n").find((l) => l.startsWith("| Q6"))!;
    expect(q6).toContain("failed: no answer within the 5 s window");
    expect(table).not.toMatch(/Infinity|NaN/);
    // ours / peer has no pair of answers; ours / raw is the median of 40/90, 36/80, 38/85.
    expect(q6.split("|").map((c) => c.trim())).toEqual(expect.arrayContaining(["-", (38 / 85).toFixed(2)]));
    expect(table.split("\n").find((l) => l.startsWith("| Q1"))).toContain("300 (40 / 80 ms)");
  });

  it("says when a variant gave no answer in the equivalence check", () => {
    const run: RunDescription = {
      ...RUN,
      excluded: new Map([
        ["Q1", []],
        ["Q6", ["peer"]],
      ]),
      checkFailures: new Map([["Q6", { peer: "no answer within 60 s" }]]),
    };
    const q6 = resultsTable(QUESTIONS, RESULTS, run)
      .split("\n")
      .find((l) => l.startsWith("| Q6"))!;
    expect(q6).toContain("failed in the answer check: no answer within 60 s");
    expect(chartInput(QUESTIONS, RESULTS, run, "2026-01-01").queries[1]!.p99.peer).toEqual({
      missing: "no answer within 60 s",
    });
  });

  it("names timeouts, error statuses and connection errors, and nothing when all answered", () => {
    expect(failureReason({ completed: 0, errors: 4, timeouts: 4, non2xx: 0 }, 5)).toBe(
      "4 timed out after 30 s",
    );
    expect(failureReason({ completed: 9, errors: 2, timeouts: 0, non2xx: 3 }, 5)).toBe(
      "3 non-2xx responses, 2 connection errors",
    );
    expect(failureReason({ completed: 0, errors: 0, timeouts: 0, non2xx: 0 }, 5)).toBe(
      "no answer within the 5 s window",
    );
    expect(failureReason({ completed: 10, errors: 0, timeouts: 0, non2xx: 0 }, 5)).toBeUndefined();
  });

  it("draws requests/s and p99 per query and variant as a PNG", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-chart-"));
    try {
      const input = chartInput(QUESTIONS, RESULTS, RUN, "2026-01-01");
      expect(input.queries[1]!.requestsPerSecond.peer).toEqual({ missing: "failed" });
      expect(input.queries[0]!.requestsPerSecond.ours).toEqual({ value: 300 });
      const svg = writeChart(path.join(dir, "chart"), input);
      for (const name of ["Q1", "Q6", "entity by id", "requests/s", "p99"]) expect(svg).toContain(name);
      const png = readFileSync(path.join(dir, "chart.png"));
      expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      expect(png.readUInt32BE(16)).toBeGreaterThan(1000); // width from the IHDR chunk
      expect(statSync(path.join(dir, "chart.png")).size).toBeGreaterThan(10_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
