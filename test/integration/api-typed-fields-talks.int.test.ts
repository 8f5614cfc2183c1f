import { snapshotGraph } from "../helpers/neo4j";
import { ids, readCitedEntity, type Rel, REL, useSeededApp } from "../helpers/api";

// The typed edge fields of the talks and around them (Negotiation, Delegation, Incident, Place, Organization),
// over HTTP, against the fixture world (test/fixtures/world.ts). The other kinds are in
// api-typed-fields.int.test.ts.

const ENTITY = `
query ($id: ID!) {
  entity(id: $id) {
    id
    ... on Negotiation {
      mediators { role mediator { id } negotiation { id } relationship { ${REL} } }
      participants { id kind }
      heldIn { id kind }
      sessions { id }
      partOf { id }
      incidents { id kind }
      when
      outcome
    }
    ... on Delegation {
      represents { id kind }
      lacksAuthorizationFrom { id kind }
      controlledFrom { id kind }
      negotiations { id }
    }
    ... on Incident {
      originatedFrom { id }
      foiledBy { id kind }
      reportedBy { id }
      coincidesWith { id }
      when
      count
    }
    ... on Place {
      locatedIn { id }
      negotiationsHeld { id }
      seatOf { id kind }
    }
    ... on Organization {
      partOf { id kind }
    }
  }
}`;

describe("typed edge fields of negotiations, delegations, incidents, places and organizations", () => {
  const seeded = useSeededApp();
  const entity = (id: string) => readCitedEntity(seeded.app.url, ENTITY, id);

  describe("Negotiation", () => {
    it("lumen-talks: mediators with roles, participants, place, sessions, incident and outcome", async () => {
      const n = await entity("lumen-talks");
      expect(n.mediators).toMatchObject([
        { role: "lead", mediator: { id: "corvia" }, negotiation: { id: "lumen-talks" } },
        { role: "supporting", mediator: { id: "daran" }, negotiation: { id: "lumen-talks" } },
      ]);
      expect(n.participants).toEqual([
        { id: "esteria", kind: "COUNTRY" },
        { id: "esterian-delegation", kind: "DELEGATION" },
        { id: "valoria", kind: "COUNTRY" },
        { id: "valorian-council-delegation", kind: "DELEGATION" },
      ]);
      expect(n.heldIn).toEqual([{ id: "lumen", kind: "PLACE" }]);
      expect(ids(n.sessions)).toEqual(["lumen-talks-monday-session", "lumen-talks-sunday-session"]);
      expect(n.partOf).toEqual([]);
      expect(n.incidents).toEqual([{ id: "border-crossings", kind: "INCIDENT" }]);
      expect(n.when).toBeNull();
      expect(n.outcome).toBe(
        "ended without a breakthrough, as both sides failed to agree on a framework to dismantle terrorist infrastructure operating from Valorian soil",
      );
    });

    it("the quotes behind corvia's lead role are the world's ones", async () => {
      const n = await entity("lumen-talks");
      const corvia = (n.mediators as { relationship: Rel }[])[0]!.relationship;
      expect(corvia.sources.map((s) => s.quote)).toEqual([
        "held in Lumen with Corvian mediation",
        "Corvia, with support from Daran, continues to mediate in hopes of achieving progress.",
      ]);
    });

    it("the sessions: part of lumen-talks, each with its day, participants and outcome", async () => {
      const sunday = await entity("lumen-talks-sunday-session");
      expect(sunday).toMatchObject({ when: "Sunday", outcome: null, sessions: [], mediators: [] });
      expect(ids(sunday.partOf)).toEqual(["lumen-talks"]);
      expect(ids(sunday.participants)).toEqual(["esteria"]);
      const monday = await entity("lumen-talks-monday-session");
      expect(monday).toMatchObject({
        when: "Monday",
        outcome:
          "remained deadlocked after the Valorian Council delegation refused to provide written assurances (according to officials familiar with the negotiations)",
      });
      expect(ids(monday.partOf)).toEqual(["lumen-talks"]);
      expect(ids(monday.participants)).toEqual(["valorian-council-delegation"]);
    });
  });

  describe("Delegation", () => {
    it("the Valorian delegation: whom it represents, lacks authorization from and is controlled from", async () => {
      const d = await entity("valorian-council-delegation");
      expect(d.represents).toEqual([{ id: "valorian-council", kind: "GOVERNMENT" }]);
      expect(d.lacksAuthorizationFrom).toEqual([
        { id: "kessel", kind: "PLACE" },
        { id: "varos", kind: "PLACE" },
      ]);
      expect(d.controlledFrom).toEqual([
        { id: "valorian-council", kind: "GOVERNMENT" },
        { id: "varos", kind: "PLACE" },
      ]);
      expect(ids(d.negotiations)).toEqual(["lumen-talks", "lumen-talks-monday-session"]);
    });

    it("the Esterian delegation represents esteria and lacks nobody's authorization", async () => {
      const d = await entity("esterian-delegation");
      expect(d.represents).toEqual([{ id: "esteria", kind: "COUNTRY" }]);
      expect(d.lacksAuthorizationFrom).toEqual([]);
      expect(d.controlledFrom).toEqual([]);
      expect(ids(d.negotiations)).toEqual(["lumen-talks"]);
    });
  });

  it("Incident: the border crossings, where from, who foiled and reported them, when, how many", async () => {
    const i = await entity("border-crossings");
    expect(ids(i.originatedFrom)).toEqual(["valoria"]);
    expect(i.foiledBy).toEqual([{ id: "esterian-army", kind: "ORGANIZATION" }]);
    expect(ids(i.reportedBy)).toEqual(["esterian-army", "esterian-press-office"]);
    expect(ids(i.coincidesWith)).toEqual(["lumen-talks"]);
    expect(i.when).toBe("Sunday");
    expect(i.count).toBe(2);
  });

  describe("Place", () => {
    it("lumen lies in corvia and held the talks; varos and estra are seats", async () => {
      const lumen = await entity("lumen");
      expect(lumen).toMatchObject({
        locatedIn: [{ id: "corvia" }],
        negotiationsHeld: [{ id: "lumen-talks" }],
        seatOf: [],
      });
      const varos = await entity("varos");
      expect(varos).toMatchObject({
        locatedIn: [],
        negotiationsHeld: [],
        seatOf: [{ id: "valorian-council", kind: "GOVERNMENT" }],
      });
      expect((await entity("estra")).seatOf).toEqual([{ id: "esteria", kind: "COUNTRY" }]);
      expect(await entity("kessel")).toMatchObject({ locatedIn: [], negotiationsHeld: [], seatOf: [] });
    });
  });

  it("Organization: the press office and the Esterian army are part of esteria", async () => {
    expect((await entity("esterian-press-office")).partOf).toEqual([{ id: "esteria", kind: "COUNTRY" }]);
    expect((await entity("esterian-army")).partOf).toEqual([{ id: "esteria", kind: "COUNTRY" }]);
  });

  describe("after every query above", () => {
    it("leaves the graph exactly as the seed wrote it", async () => {
      expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
    });
  });
});
