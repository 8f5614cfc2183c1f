import type { Driver } from "neo4j-driver";
import { Executor } from "../../src/graph/executor";
import { WriteRepository } from "../../src/graph/write.repository";
import type { RunningApp } from "../../src/index";
import type { EditorCommand } from "../../src/services/editor-commands";
import { EditorService } from "../../src/services/editor.service";
import { postGraphql, startTestApp } from "../helpers/app";
import { emptyDatabaseWithSchema } from "../helpers/evidence-fixture";
import { testDriver } from "../helpers/neo4j";
import { WORLD_LOAD_TIMEOUT_MS, resetFixtureWorld } from "../helpers/world";

const PATHS = `
query ($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 2) {
    relationships { id }
    explanation { text steps { sentence quote claimant attribution source { title } relationship { id } } }
  }
}`;

const BETWEEN = `
query ($a: ID!, $b: ID!) {
  relationshipsBetween(a: $a, b: $b) {
    id
    explanation { text steps { sentence quote claimant attribution source { title publishedOn } } }
  }
}`;

interface Step {
  sentence: string;
  quote: string | null;
  claimant: string | null;
  attribution: string | null;
  source: { title: string; publishedOn?: string | null } | null;
  relationship?: { id: string };
}
interface Explained {
  id?: string;
  relationships?: { id: string }[];
  explanation: { text: string; steps: Step[] };
}

let driver: Driver;
let app: RunningApp;
beforeAll(async () => {
  driver = testDriver();
  app = await startTestApp();
});
afterAll(async () => {
  await app?.stop();
  await driver?.close();
});

describe("explanations on the fixture world", () => {
  beforeAll(() => resetFixtureWorld(driver), WORLD_LOAD_TIMEOUT_MS);

  it("explain each path from Daran to the Northern Front, step by step, in words", async () => {
    const response = await postGraphql<{ paths: Explained[] }>(app.url, PATHS, {
      from: "daran",
      to: "northern-front",
    });
    expect(response.errors).toBeUndefined();
    const texts = response.data!.paths.map((p) => p.explanation.text);
    // The endorsement's first citation in offset order is the sentence that names the host nations.
    const endorses =
      "Daran endorses Esteria’s position that its security concerns are reasonable and legitimate, according to officials involved in the talks (“Corvia, with support from Daran, continues to mediate in hopes of achieving progress.”, News report: Esteria–Valoria talks in Lumen).";
    expect(texts).toEqual([
      `${endorses} Esteria bans the Northern Front (“concrete and verifiable measures against the banned Northern Front (NF)”, News report: Esteria–Valoria talks in Lumen).`,
      // The path walks TARGETS from Esteria to the Northern Front; the sentence keeps its stored direction.
      `${endorses} The Northern Front targets Esteria, according to Esteria (“Esteria has maintained a firm stance, insisting that cooperation with the Council regime depends on Varos taking concrete and verifiable measures against the banned Northern Front (NF), Eastern militant groups, and other organizations using Valorian territory to launch attacks.”, News report: Esteria–Valoria talks in Lumen).`,
    ]);
    expect(response.data!.paths[1]!.explanation.steps[1]).toEqual({
      sentence: "The Northern Front targets Esteria",
      quote:
        "Esteria has maintained a firm stance, insisting that cooperation with the Council regime depends on Varos taking concrete and verifiable measures against the banned Northern Front (NF), Eastern militant groups, and other organizations using Valorian territory to launch attacks.",
      claimant: "Esteria",
      attribution: "according to Esteria",
      source: { title: "News report: Esteria–Valoria talks in Lumen" },
      relationship: { id: "northern-front-targets-esteria" },
    });
    for (const path of response.data!.paths) {
      expect(path.explanation.steps.map((s) => s.relationship!.id)).toEqual(
        path.relationships!.map((r) => r.id),
      );
    }
  });

  it("reads every step's ends, citations and sources in one statement each, however many paths", async () => {
    const statementsFor = async (
      from: string,
      to: string,
    ): Promise<{ paths: number; statements: number }> => {
      const before = app.executor.statementsRun;
      const response = await postGraphql<{ paths: Explained[] }>(app.url, PATHS, { from, to });
      expect(response.errors).toBeUndefined();
      return { paths: response.data!.paths.length, statements: app.executor.statementsRun - before };
    };
    const few = await statementsFor("daran", "northern-front");
    const many = await statementsFor("corvia", "valorian-council-delegation");
    expect(many.paths).toBeGreaterThan(few.paths);
    // the paths, then the steps' ends, their citations, the citations' sources
    expect(few.statements).toBe(4);
    expect(many.statements).toBe(4);
  });
});

const SOURCE_TEXT =
  "Officials deny that Northland borders Southland. Northland borders Southland, a survey says. Analysts judge that the Red Front operates from Southland.";

/** A report with a denial before the support, an assessment, and a publication date: what the world lacks. */
const COMMANDS: readonly EditorCommand[] = [
  {
    kind: "source",
    input: {
      id: "survey-report",
      title: "Survey of the northern border",
      kind: "report",
      publishedOn: "2025-10-28",
      text: SOURCE_TEXT,
    },
  },
  { kind: "entity", input: { id: "northland", kind: "Country", name: "Northland", aliases: [] } },
  { kind: "entity", input: { id: "southland", kind: "Country", name: "Southland", aliases: [] } },
  { kind: "entity", input: { id: "red-front", kind: "ArmedGroup", name: "Red Front", aliases: [] } },
  {
    kind: "relationship",
    input: {
      id: "southland-borders-northland",
      type: "BORDERS",
      from: "northland",
      to: "southland",
      citations: [
        {
          sourceId: "survey-report",
          quote: "Officials deny that Northland borders Southland.",
          stance: "DENIES",
          claimant: "officials",
        },
        {
          sourceId: "survey-report",
          quote: "Northland borders Southland, a survey says.",
          stance: "REPORTS",
          claimant: "a survey",
        },
      ],
    },
  },
  {
    kind: "relationship",
    input: {
      id: "red-front-operates-from-southland",
      type: "OPERATES_FROM",
      from: "red-front",
      to: "southland",
      citations: [
        {
          sourceId: "survey-report",
          quote: "the Red Front operates from Southland",
          stance: "ASSESSES",
          claimant: "analysts",
        },
      ],
    },
  },
];

describe("explanations on a report that denies before it supports", () => {
  beforeAll(async () => {
    await emptyDatabaseWithSchema(driver);
    const executor = new Executor(driver, { database: process.env.NEO4J_TEST_DATABASE, timeoutMs: 30_000 });
    await new EditorService(new WriteRepository(executor)).apply("explanationFixture", COMMANDS);
  }, 60_000);

  it("words the stored direction, skips the denial for the first supporting citation and dates the source", async () => {
    const response = await postGraphql<{ relationshipsBetween: Explained[] }>(app.url, BETWEEN, {
      a: "northland",
      b: "southland",
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.relationshipsBetween).toEqual([
      {
        id: "southland-borders-northland",
        explanation: {
          text: "Southland borders Northland, according to a survey (“Northland borders Southland, a survey says.”, Survey of the northern border, 2025-10-28).",
          steps: [
            {
              // BORDERS is stored from the id that sorts last, whichever way it was asserted.
              sentence: "Southland borders Northland",
              quote: "Northland borders Southland, a survey says.",
              claimant: "a survey",
              attribution: "according to a survey",
              source: { title: "Survey of the northern border", publishedOn: "2025-10-28" },
            },
          ],
        },
      },
    ]);
  });

  it("attributes an assessment to its claimant, and a path's steps follow the path", async () => {
    const response = await postGraphql<{ paths: Explained[] }>(app.url, PATHS, {
      from: "northland",
      to: "red-front",
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.paths.map((p) => p.explanation.text)).toEqual([
      "Southland borders Northland, according to a survey (“Northland borders Southland, a survey says.”, Survey of the northern border, 2025-10-28). The Red Front operates from Southland, in the assessment of analysts (“the Red Front operates from Southland”, Survey of the northern border, 2025-10-28).",
    ]);
    expect(response.data!.paths[0]!.explanation.steps.map((s) => [s.relationship!.id, s.claimant])).toEqual([
      ["southland-borders-northland", "a survey"],
      ["red-front-operates-from-southland", "analysts"],
    ]);
  });
});
