import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { evidenceAllows } from "../../src/graph/cypher/evidence-filter.cypher";
import { schemaStatements } from "../../src/graph/cypher/schema.cypher";
import { ALL_LABELS, RELATIONSHIP_TYPE_NAMES, allowsEdge, isNodeLabel } from "../../src/model/registry";
import { PROJECT_ROOT } from "../helpers/cli";
import { testDriver } from "../helpers/neo4j";
import { SEED_LOAD_TIMEOUT_MS, loadSeed } from "../helpers/seed";

// The production seed's own test: the only one that pins the report's counts.
const REPORT = "istanbul-talks-report";
const REFERENCE = "reference-general-knowledge";
const sourceFile = (name: string) => readFileSync(path.join(PROJECT_ROOT, "cypher", "sources", name), "utf8");
const REPORT_TEXT = sourceFile("istanbul-talks.txt");
const REFERENCE_TEXT = sourceFile("reference-general-knowledge.txt");
/** Relationships a report and the reference source both support: one report each, never two sources. */
const REPORT_AND_REFERENCE = [
  "afghan-taliban-governs-afghanistan",
  "kabul-seat-of-afghan-taliban",
  "kandahar-seat-of-afghan-taliban",
  "pakistan-borders-afghanistan",
];
/** Where the report gives someone else's words: quoted speech, and what follows "said", "indicated that", "warn that". */
const othersSpeech = (text: string): [number, number][] =>
  [...text.matchAll(/\u201c[^\u201d]*\u201d|\b(?:said|indicated that|warn that)\s+[^.\n]+/g)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
/** Pairs of words, lower case, that are not both function words. */
const FUNCTION_WORDS = new Set([
  "a",
  "an",
  "and",
  "the",
  "is",
  "of",
  "in",
  "its",
  "has",
  "where",
  "since",
  "also",
]);
const wordPairs = (text: string): Set<string> => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? [];
  return new Set(
    words
      .slice(1)
      .map((w, i) => [words[i]!, w])
      .filter(([a, b]) => !(FUNCTION_WORDS.has(a!) && FUNCTION_WORDS.has(b!)))
      .map(([a, b]) => `${a} ${b}`),
  );
};
/** Words without case, diacritics or a plural s, space-padded: "Delegations of Pakistan" holds "delegation of Pakistan". */
const folded = (text: string): string =>
  ` ${text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/s$/, ""))
    .join(" ")} `;

/** Outside knowledge the report never states: these rest on the reference source alone. */
const REFERENCE_ONLY = [
  "islamabad-located-in-pakistan",
  "islamabad-seat-of-pakistan",
  "ispr-part-of-pakistan",
  "istanbul-located-in-turkey",
  "kabul-located-in-afghanistan",
  "kandahar-located-in-afghanistan",
  "pakistan-designates-ttp",
];

describe("the seeded graph of the Istanbul talks", () => {
  let driver: Driver;
  const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject());
  const relationship = async (id: string) =>
    (await rows("MATCH ()-[r {id: $id}]->() RETURN properties(r) AS r", { id }))[0]?.r as
      Record<string, unknown> | undefined;
  const citationsOf = async (relationshipId: string) =>
    (
      await rows(
        "MATCH (c:Citation {relationshipId: $relationshipId}) RETURN properties(c) AS c ORDER BY c.sourceId, c.start",
        { relationshipId },
      )
    ).map((r) => r.c as Record<string, unknown>);

  beforeAll(async () => {
    driver = testDriver();
    await loadSeed(driver);
  }, SEED_LOAD_TIMEOUT_MS);
  afterAll(async () => {
    await driver.close();
  });

  it("holds the report and the reference source, 21 entities, 54 relationships and 75 citations", async () => {
    const sources = await rows(
      `MATCH (s:Source) RETURN s.id AS id, s.kind AS kind, s.publisher AS publisher,
         s.publishedOn AS publishedOn, s.url AS url ORDER BY id`,
    );
    expect(sources).toEqual([
      { id: REPORT, kind: "report", publisher: null, publishedOn: null, url: null },
      { id: REFERENCE, kind: "reference", publisher: null, publishedOn: null, url: null },
    ]);
    const [counts] = await rows(
      `CALL { MATCH (n:Entity) RETURN count(n) AS entities }
       CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
       CALL { MATCH (c:Citation) RETURN count(c) AS citations }
       RETURN entities, relationships, citations`,
    );
    expect({
      entities: Number(counts!.entities),
      relationships: Number(counts!.relationships),
      citations: Number(counts!.citations),
    }).toEqual({ entities: 21, relationships: 54, citations: 75 });
    const byStance = await rows(
      "MATCH (c:Citation) RETURN c.sourceId AS source, c.stance AS stance, count(*) AS n ORDER BY source, stance",
    );
    expect(byStance.map((r) => ({ ...r, n: Number(r.n) }))).toEqual([
      { source: REPORT, stance: "ASSESSES", n: 4 },
      { source: REPORT, stance: "REPORTS", n: 41 },
      { source: REPORT, stance: "STATES", n: 19 },
      { source: REFERENCE, stance: "STATES", n: 11 },
    ]);
  });

  it("stores each source's text as its file has it", async () => {
    const texts = await rows("MATCH (s:Source) RETURN s.id AS id, s.text AS text ORDER BY id");
    expect(texts).toEqual([
      { id: REPORT, text: REPORT_TEXT },
      { id: REFERENCE, text: REFERENCE_TEXT },
    ]);
  });

  it("gives every citation a quote equal to its source's stored text at [start, end)", async () => {
    const citations = await rows(
      `MATCH (c:Citation) MATCH (s:Source {id: c.sourceId})
       RETURN c.id AS id, c.relationshipId AS relationshipId, c.sourceId AS sourceId, c.sourceKind AS sourceKind,
         c.quote AS quote, c.start AS start, c.end AS end, s.text AS text, s.kind AS kind`,
    );
    expect(citations).toHaveLength(75);
    for (const c of citations) {
      const [start, end] = [Number(c.start), Number(c.end)];
      expect({ id: c.id, slice: (c.text as string).slice(start, end), sourceKind: c.sourceKind }).toEqual({
        id: `${c.relationshipId as string}@${c.sourceId as string}:${start}-${end}`,
        slice: c.quote,
        sourceKind: c.kind,
      });
    }
  });

  it("summarises each relationship's citations on the relationship", async () => {
    const summaries = await rows(
      `MATCH ()-[r]->()
       OPTIONAL MATCH (c:Citation {relationshipId: r.id})
       WITH r, c ORDER BY c.sourceId
       WITH r, count(c) AS n, collect(DISTINCT c.sourceId) AS sourceIds
       RETURN r.id AS id, r.citationCount AS citationCount, n, r.sourceIds AS stored, sourceIds,
         r.sourceCount AS sourceCount, r.referenceCount AS referenceCount, r.contested AS contested`,
    );
    expect(summaries).toHaveLength(54);
    for (const s of summaries) {
      expect({ id: s.id, citationCount: Number(s.citationCount), sourceIds: s.stored }).toEqual({
        id: s.id,
        citationCount: Number(s.n),
        sourceIds: s.sourceIds,
      });
      expect(Number(s.n)).toBeGreaterThanOrEqual(1);
      // Reports count as independent sources; the reference note is counted apart.
      const ids = s.sourceIds as string[];
      expect([Number(s.sourceCount), Number(s.referenceCount)]).toEqual([
        ids.filter((id) => id !== REFERENCE).length,
        ids.filter((id) => id === REFERENCE).length,
      ]);
      expect(s.contested).toBe(false);
    }
  });

  it("attributes nothing from the reference source to the report", async () => {
    const reportCitations = await rows(
      "MATCH (c:Citation {sourceId: $REPORT}) RETURN c.quote AS quote, c.sourceKind AS kind",
      { REPORT },
    );
    expect(reportCitations).toHaveLength(64);
    for (const c of reportCitations) {
      expect({ quote: c.quote, kind: c.kind, inReport: REPORT_TEXT.includes(c.quote as string) }).toEqual({
        quote: c.quote,
        kind: "report",
        inReport: true,
      });
    }
    const referenceOnly = await rows(
      "MATCH ()-[r]->() WHERE r.reference RETURN r.id AS id, r.sourceIds AS sourceIds ORDER BY id",
    );
    expect(referenceOnly).toEqual(REFERENCE_ONLY.map((id) => ({ id, sourceIds: [REFERENCE] })));
    const mixed = await rows(
      "MATCH ()-[r]->() WHERE size(r.sourceIds) > 1 RETURN r.id AS id, r.reference AS reference ORDER BY id",
    );
    expect(mixed).toEqual(REPORT_AND_REFERENCE.map((id) => ({ id, reference: false })));
  });

  it("counts reports, not the reference note, as independent sources: minSources 2 keeps nothing here", async () => {
    const counted = await rows(
      `MATCH ()-[r]->() WHERE r.referenceCount > 0
       RETURN r.id AS id, r.sourceCount AS reports, r.referenceCount AS references ORDER BY id`,
    );
    expect(
      counted.map((r) => ({ ...r, reports: Number(r.reports), references: Number(r.references) })),
    ).toEqual(
      [...REPORT_AND_REFERENCE, ...REFERENCE_ONLY]
        .sort()
        .map((id) => ({ id, reports: REPORT_AND_REFERENCE.includes(id) ? 1 : 0, references: 1 })),
    );
    const passing = async (evidence: Record<string, unknown>) =>
      (
        await rows(`MATCH ()-[r]->() WHERE ${evidenceAllows("r")} RETURN r.id AS id ORDER BY id`, {
          evidence: {
            minSources: null,
            claimants: null,
            excludeClaimants: null,
            excludeContested: false,
            excludeReference: false,
            from: null,
            to: null,
            ...evidence,
          },
        })
      ).map((r) => r.id as string);
    // One report is all the graph has: no relationship has a second, whatever the reference note adds.
    expect(await passing({ minSources: 2 })).toEqual([]);
    const once = await passing({ minSources: 1 });
    const [all] = await rows("MATCH ()-[r]->() RETURN count(r) AS n");
    expect(once).toHaveLength(Number(all!.n) - REFERENCE_ONLY.length);
    expect(once).toEqual(expect.arrayContaining(REPORT_AND_REFERENCE));
    for (const id of REFERENCE_ONLY) expect(once).not.toContain(id);
  });

  it("uses only labels and relationship types from the registry, between kinds it allows", async () => {
    const labels = await rows("MATCH (n) UNWIND labels(n) AS label RETURN DISTINCT label");
    for (const { label } of labels) expect(ALL_LABELS).toContain(label);
    const edges = await rows(
      `MATCH (a)-[r]->(b)
       RETURN DISTINCT type(r) AS type,
         [l IN labels(a) WHERE l <> 'Entity'][0] AS from, [l IN labels(b) WHERE l <> 'Entity'][0] AS to`,
    );
    for (const edge of edges) {
      expect(RELATIONSHIP_TYPE_NAMES).toContain(edge.type);
      expect(isNodeLabel(edge.from as string) && isNodeLabel(edge.to as string)).toBe(true);
      expect({
        ...edge,
        allowed: allowsEdge(edge.type as string, edge.from as string, edge.to as string),
      }).toEqual({
        ...edge,
        allowed: true,
      });
    }
  });

  it("has every constraint and index the registry derives", async () => {
    const constraints = new Set((await rows("SHOW CONSTRAINTS YIELD name")).map((r) => r.name as string));
    const indexes = new Set((await rows("SHOW INDEXES YIELD name")).map((r) => r.name as string));
    for (const statement of schemaStatements()) {
      const [, kind, name] = /^CREATE (?:FULLTEXT )?(CONSTRAINT|INDEX) (\S+)/.exec(statement)!;
      expect({ name, exists: (kind === "CONSTRAINT" ? constraints : indexes).has(name!) }).toEqual({
        name,
        exists: true,
      });
    }
  });

  it("carries the public ids, each entity with a name and aliases", async () => {
    const ids = (await rows("MATCH (n:Entity) RETURN n.id AS id")).map((r) => r.id);
    for (const id of [
      "pakistan",
      "afghanistan",
      "turkey",
      "qatar",
      "ttp",
      "baloch-militant-groups",
      "afghan-taliban",
      "doha-agreement",
      "istanbul-talks",
      "istanbul",
      "kabul",
      "kandahar",
      "islamabad",
      "ispr",
    ]) {
      expect(ids).toContain(id);
    }
    const unnamed = await rows(
      "MATCH (n:Entity) WHERE n.name IS NULL OR n.aliases IS NULL RETURN n.id AS id",
    );
    expect(unnamed).toEqual([]);
    const aliases = await rows("MATCH (n:Entity {id: 'turkey'}) RETURN n.aliases AS aliases");
    expect(aliases[0]!.aliases).toContain("Türkiye");
  });

  it("says Turkey leads and Qatar supports the mediation of the Istanbul talks", async () => {
    const mediators = await rows(
      "MATCH (m:Entity)-[r:MEDIATES]->(:Negotiation {id: 'istanbul-talks'}) RETURN m.id AS id, r.role AS role ORDER BY id",
    );
    expect(mediators).toEqual([
      { id: "qatar", role: "supporting" },
      { id: "turkey", role: "lead" },
    ]);
  });

  it("relays as Pakistan's claim that the TTP and the Baloch groups operate from Afghanistan and target Pakistan", async () => {
    const groups = await rows(
      `MATCH (g:ArmedGroup)-[o:OPERATES_FROM]->(:Country {id: 'afghanistan'}),
             (g)-[t:TARGETS]->(:Country {id: 'pakistan'})
       RETURN g.id AS id, o.claimedBy AS operates, t.claimedBy AS targets ORDER BY id`,
    );
    expect(groups).toEqual([
      { id: "baloch-militant-groups", operates: "Pakistan", targets: "Pakistan" },
      { id: "ttp", operates: "Pakistan", targets: "Pakistan" },
    ]);
    expect((await relationship("ttp-targets-pakistan"))!.claimants).toEqual(["another official", "pakistan"]);
  });

  it("says Pakistan borders Afghanistan, read in either direction", async () => {
    const borders = await rows(
      "MATCH (:Country {id: 'afghanistan'})-[r:BORDERS]-(:Country {id: 'pakistan'}) RETURN count(r) AS n",
    );
    expect(Number(borders[0]!.n)).toBe(1);
  });

  it("binds the Country, not its Government, to the Doha Agreement", async () => {
    const bound = await rows(
      `MATCH (p:Entity)-[r:BOUND_BY]->(:Agreement {id: 'doha-agreement'})
       RETURN p.id AS id, r.obligation AS obligation, r.claimedBy AS claimedBy`,
    );
    expect(bound).toEqual([
      {
        id: "afghanistan",
        obligation: "preventing its territory from being used by militant groups against other countries",
        claimedBy: null,
      },
    ]);
  });

  it("points the Afghan delegation's control and authorization at the Government, never at a city", async () => {
    const targets = await rows(
      `MATCH (:Delegation {id: 'afghan-taliban-delegation'})-[r:CONTROLLED_FROM|LACKS_AUTHORIZATION_FROM]->(b)
       RETURN type(r) AS type, b.id AS to ORDER BY type`,
    );
    expect(targets).toEqual([
      { type: "CONTROLLED_FROM", to: "afghan-taliban" },
      { type: "LACKS_AUTHORIZATION_FROM", to: "afghan-taliban" },
    ]);
    const fromPlaces = await rows("MATCH (:Place)-[r]->() RETURN DISTINCT type(r) AS type ORDER BY type");
    expect(fromPlaces).toEqual([{ type: "LOCATED_IN" }, { type: "SEAT_OF" }]);
    const kandahar = await citationsOf("kandahar-seat-of-afghan-taliban");
    expect(kandahar.map((c) => [c.sourceId, c.stance, c.claimant ?? null])).toEqual([
      [REPORT, "REPORTS", "sources"],
      [REFERENCE, "STATES", null],
    ]);
  });

  it("records the TTP ban on the reference source, since the report names no designator", async () => {
    const designation = await relationship("pakistan-designates-ttp");
    expect(designation).toMatchObject({
      status: "banned",
      sourceIds: [REFERENCE],
      reference: true,
      since: "2008-08",
    });
  });

  it("keeps the report's timeline in its own words, with no calendar date", async () => {
    const events = await rows(
      `MATCH (n:Entity) WHERE n:Negotiation OR n:Incident
       RETURN n.id AS id, n.when AS when, n.whenSourceId AS whenSourceId, n.date AS date ORDER BY id`,
    );
    expect(events).toEqual([
      { id: "infiltration-attempts", when: null, whenSourceId: null, date: null },
      { id: "istanbul-talks", when: null, whenSourceId: null, date: null },
      {
        id: "istanbul-talks-monday-session",
        when: "Monday, the third day of discussions",
        whenSourceId: REPORT,
        date: null,
      },
      { id: "istanbul-talks-sunday-session", when: "Sunday", whenSourceId: REPORT, date: null },
    ]);
    const sessions = await rows(
      `MATCH (a:Negotiation)-[r:PART_OF|FOLLOWS]->(b:Negotiation) RETURN a.id AS from, type(r) AS type, b.id AS to ORDER BY from, type`,
    );
    expect(sessions).toEqual([
      { from: "istanbul-talks-monday-session", type: "FOLLOWS", to: "istanbul-talks-sunday-session" },
      { from: "istanbul-talks-monday-session", type: "PART_OF", to: "istanbul-talks" },
      { from: "istanbul-talks-sunday-session", type: "PART_OF", to: "istanbul-talks" },
    ]);
    // Monday is "the third day of discussions", so Sunday's session falls inside the round: a negotiation
    // never follows a session of its own, and that Sunday's is one is an inference, marked as such.
    const selfFollowing = await rows(
      `MATCH (a:Negotiation)-[:FOLLOWS]->(b:Negotiation)
       WHERE (b)-[:PART_OF*1..]->(a)
       RETURN a.id AS from, b.id AS to`,
    );
    expect(selfFollowing).toEqual([]);
    const sunday = await citationsOf("istanbul-talks-sunday-session-part-of-istanbul-talks");
    expect(sunday.map((c) => [c.stance, c.claimant ?? null, c.quote])).toEqual([
      ["ASSESSES", null, "the third day of discussions"],
    ]);
    const reported = await citationsOf("infiltration-attempts-reported-by-pakistan-military");
    expect(reported.map((c) => [c.stance, c.when])).toEqual([["STATES", "On Sunday"]]);
    const foiled = await citationsOf("infiltration-attempts-foiled-by-pakistan-military");
    expect(foiled.map((c) => [c.stance, c.claimantId, c.when ?? null])).toEqual([
      ["REPORTS", "pakistan-military", null],
    ]);
  });

  it("gives each of Pakistan's separate asks its own citation and demand", async () => {
    const asks = await citationsOf("pakistan-demands-afghan-taliban-delegation");
    expect(asks.map((c) => [c.demand, c.claimant])).toEqual([
      [
        "written assurances to meet Pakistan’s key security demands",
        "officials familiar with the negotiations",
      ],
      ["the logical and reasoned demands that Pakistan has presented", "a security source"],
      ["verifiable actions to dismantle the TTP network", "another official"],
      ["verifiable actions to prevent cross-border attacks", "another official"],
    ]);
    const demands = (await relationship("pakistan-demands-afghan-taliban-delegation"))!;
    expect({ ...demands, citationCount: Number(demands.citationCount) }).toMatchObject({
      demand: "written assurances to meet Pakistan’s key security demands",
      claimedBy: "officials familiar with the negotiations",
      citationCount: 4,
    });
  });

  it("tells the report's own voice from what it relays, citation by citation", async () => {
    const stances = async (id: string) => (await citationsOf(id)).map((c) => [c.stance, c.claimant ?? null]);
    expect(await stances("ispr-accuses-afghan-taliban")).toEqual([
      ["STATES", null],
      ["REPORTS", "the Inter-Services Public Relations (ISPR)"],
    ]);
    // That the delegations attend the talks the report says only through the speakers it quotes.
    expect(await stances("pakistani-delegation-participates-in-istanbul-talks")).toEqual([
      ["REPORTS", "the Inter-Services Public Relations (ISPR)"],
      ["REPORTS", "one source"],
    ]);
    expect(await stances("istanbul-talks-monday-session-part-of-istanbul-talks")).toEqual([
      ["REPORTS", "officials familiar with the negotiations"],
    ]);
    expect(await stances("turkey-urges-afghan-taliban-delegation")).toEqual([["REPORTS", "one source"]]);
    expect(await stances("afghan-taliban-delegation-responds-to-pakistan")).toEqual([["REPORTS", null]]);
    expect(await stances("afghan-taliban-pursues-other-agenda-than-istanbul-talks")).toEqual([
      ["ASSESSES", "the source"],
    ]);
    expect((await relationship("ispr-accuses-afghan-taliban"))!.claimedBy ?? null).toBeNull();
    const urged = await citationsOf("pakistan-urges-afghan-taliban");
    expect(urged.map((c) => [c.stance, c.message])).toEqual([
      ["REPORTS", "no compromise on terrorism"],
      ["STATES", "ensure effective border management"],
      ["STATES", "uphold its obligations under the Doha Agreement"],
    ]);
  });

  it("cites no one else's words as the report's own voice", async () => {
    const speech = othersSpeech(REPORT_TEXT);
    expect(speech.length).toBeGreaterThanOrEqual(10);
    const own = await rows(
      "MATCH (c:Citation {sourceId: $REPORT, stance: 'STATES'}) RETURN c.id AS id, c.start AS start, c.end AS end",
      { REPORT },
    );
    expect(own.length).toBeGreaterThan(0);
    for (const c of own) {
      const [start, end] = [Number(c.start), Number(c.end)];
      const inSpeech = speech
        .filter(([s, e]) => start < e && s < end)
        .map(([s, e]) => REPORT_TEXT.slice(s, e));
      expect({ id: c.id, inSpeech }).toEqual({ id: c.id, inSpeech: [] });
    }
  });

  it("keeps a hedge out of every claimant list: reportedly is a modality, not a voice", async () => {
    const hedges = await rows(
      `CALL {
         MATCH (c:Citation) WHERE toLower(c.claimant) = 'reportedly' RETURN c.id AS id
         UNION
         MATCH ()-[r]->() WHERE any(k IN r.claimants WHERE toLower(k) = 'reportedly') OR toLower(r.claimedBy) = 'reportedly'
         RETURN r.id AS id
       }
       RETURN id`,
    );
    expect(hedges).toEqual([]);
    const [hedged] = await citationsOf("afghan-taliban-delegation-responds-to-pakistan");
    expect([hedged!.stance, hedged!.claimant ?? null, hedged!.quote]).toEqual([
      "REPORTS",
      null,
      "Afghan representatives reportedly responded positively to some of the proposals",
    ]);
    const responds = (await relationship("afghan-taliban-delegation-responds-to-pakistan"))!;
    expect([responds.claimants, responds.claimedBy ?? null]).toEqual([[], null]);
  });

  it("cites what the report says of the border and of the attempts' timing, not the tensions sentence", async () => {
    const tensions = await rows(
      "MATCH (c:Citation) WHERE c.quote CONTAINS 'tensions along the border' RETURN c.id AS id",
    );
    expect(tensions).toEqual([]);
    const borders = await citationsOf("pakistan-borders-afghanistan");
    expect(borders.map((c) => [c.sourceId, c.stance, c.quote])).toEqual([
      [REPORT, "STATES", "between the two neighbors"],
      [REFERENCE, "STATES", "Pakistan and Afghanistan share a border."],
    ]);
    const coincides = await citationsOf("infiltration-attempts-coincides-with-istanbul-talks");
    expect(coincides.map((c) => [c.stance, c.claimantId])).toEqual([["REPORTS", "ispr"]]);
    expect((await relationship("infiltration-attempts-coincides-with-istanbul-talks"))!.claimedBy).toBe(
      "the Inter-Services Public Relations (ISPR)",
    );
  });

  it("says in descriptions only what the report says, and takes aliases from the sources", async () => {
    const reportPairs = wordPairs(REPORT_TEXT);
    // The note's first line says what the note is; the statements follow.
    const statements = REFERENCE_TEXT.split("\n").slice(1).join("\n");
    const outside = [...wordPairs(statements)].filter((pair) => !reportPairs.has(pair));
    const entities = await rows(
      "MATCH (n:Entity) RETURN n.id AS id, n.description AS description, n.aliases AS aliases ORDER BY id",
    );
    expect(entities).toHaveLength(21);
    for (const e of entities) {
      const pairs = wordPairs((e.description as string | null) ?? "");
      expect({ id: e.id, outsideKnowledge: outside.filter((pair) => pairs.has(pair)) }).toEqual({
        id: e.id,
        outsideKnowledge: [],
      });
      const unsourced = (e.aliases as string[]).filter(
        (alias) =>
          !folded(REPORT_TEXT).includes(folded(alias)) && !folded(REFERENCE_TEXT).includes(folded(alias)),
      );
      expect({ id: e.id, unsourced }).toEqual({ id: e.id, unsourced: [] });
    }
    const described = Object.fromEntries(entities.map((e) => [e.id, e.description as string]));
    expect(described["doha-agreement"]).toContain("according to the report");
    expect(described["infiltration-attempts"]).toMatch(/from Afghan territory according to the military/);
  });

  it("gives every voice the report relays its citations", async () => {
    const voices = await rows(
      "MATCH (c:Citation {sourceId: $REPORT}) WHERE c.claimant IS NOT NULL RETURN DISTINCT c.claimant AS claimant",
      { REPORT },
    );
    expect(voices.map((v) => v.claimant as string).sort()).toEqual([
      "Pakistan",
      "Pakistan’s military",
      "a security source",
      "analysts",
      "another official",
      "diplomatic sources",
      "officials familiar with the negotiations",
      "officials involved in the talks",
      "one source",
      "security officials",
      "sources",
      "the Inter-Services Public Relations (ISPR)",
      "the source",
    ]);
    const quoted = async (phrase: string) =>
      (
        await rows(
          "MATCH (c:Citation {sourceId: $REPORT}) WHERE c.quote CONTAINS $phrase RETURN c.relationshipId AS id, c.stance AS stance, c.claimant AS claimant ORDER BY id",
          { REPORT, phrase },
        )
      ).map((r) => [r.id, r.stance, r.claimant]);
    expect(await quoted("no compromise on terrorism")).toEqual([
      ["pakistan-urges-afghan-taliban", "REPORTS", "another official"],
    ]);
    expect(await quoted("facing serious difficulties")).toEqual([
      ["istanbul-talks-hinges-on-afghan-taliban-delegation", "REPORTS", "a security source"],
    ]);
    expect(await quoted("efforts are ongoing to salvage the peace process")).toEqual([
      ["istanbul-talks-hinges-on-afghan-taliban", "ASSESSES", "diplomatic sources"],
    ]);
    expect(await quoted("militant safe havens")).toEqual([
      ["istanbul-talks-hinges-on-afghan-taliban", "ASSESSES", "analysts"],
    ]);
    expect(await quoted("terrorist infrastructure operating from Afghan soil")).toEqual([
      ["terrorist-infrastructure-operates-from-afghanistan", "STATES", null],
    ]);
    const hinges = await relationship("istanbul-talks-hinges-on-afghan-taliban");
    expect(hinges).toMatchObject({
      condition: "a clear directive from the Taliban leadership to act against the TTP network",
      claimants: ["analysts", "diplomatic sources"],
      claimedBy: "diplomatic sources",
    });
  });
});
