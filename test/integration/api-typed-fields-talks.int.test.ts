import { snapshotGraph } from "../helpers/neo4j";
import { ids, readCitedEntity, type Rel, REL, useSeededApp } from "../helpers/api";

// The typed edge fields of the talks and around them (Negotiation, Delegation, Incident, Place, Organization),
// over HTTP, against the seeded answers in cypher/seed/*.cypher. The other kinds are in api-typed-fields.int.test.ts.

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
    it("istanbul-talks: mediators with roles, participants, place, sessions, incident and outcome", async () => {
      const n = await entity("istanbul-talks");
      expect(n.mediators).toMatchObject([
        { role: "supporting", mediator: { id: "qatar" }, negotiation: { id: "istanbul-talks" } },
        { role: "lead", mediator: { id: "turkey" }, negotiation: { id: "istanbul-talks" } },
      ]);
      expect(n.participants).toEqual([
        { id: "afghan-taliban-delegation", kind: "DELEGATION" },
        { id: "afghanistan", kind: "COUNTRY" },
        { id: "pakistan", kind: "COUNTRY" },
        { id: "pakistani-delegation", kind: "DELEGATION" },
      ]);
      expect(n.heldIn).toEqual([{ id: "istanbul", kind: "PLACE" }]);
      expect(ids(n.sessions)).toEqual(["istanbul-talks-monday-session", "istanbul-talks-sunday-session"]);
      expect(n.partOf).toEqual([]);
      expect(n.incidents).toEqual([{ id: "infiltration-attempts", kind: "INCIDENT" }]);
      expect(n.when).toBeNull();
      expect(n.outcome).toBe(
        "ended without a breakthrough, as both sides failed to agree on a framework to dismantle terrorist infrastructure operating from Afghan soil",
      );
    });

    it("the quotes behind turkey's lead role are the seeded ones", async () => {
      const n = await entity("istanbul-talks");
      const turkey = (n.mediators as { relationship: Rel }[])[1]!.relationship;
      expect(turkey.sources.map((s) => s.quote)).toEqual([
        "held in Istanbul with Turkish mediation",
        "Turkey, with support from Qatar, continues to mediate in hopes of achieving progress.",
      ]);
    });

    it("the sessions: part of istanbul-talks, each with its day, participants and outcome", async () => {
      const sunday = await entity("istanbul-talks-sunday-session");
      expect(sunday).toMatchObject({ when: "Sunday", outcome: null, sessions: [], mediators: [] });
      expect(ids(sunday.partOf)).toEqual(["istanbul-talks"]);
      expect(ids(sunday.participants)).toEqual(["pakistan"]);
      const monday = await entity("istanbul-talks-monday-session");
      expect(monday).toMatchObject({
        when: "Monday",
        outcome:
          "remained deadlocked after the Afghan Taliban delegation refused to provide written assurances (according to officials familiar with the negotiations)",
      });
      expect(ids(monday.partOf)).toEqual(["istanbul-talks"]);
      expect(ids(monday.participants)).toEqual(["afghan-taliban-delegation"]);
    });
  });

  describe("Delegation", () => {
    it("the Afghan delegation: whom it represents, lacks authorization from and is controlled from", async () => {
      const d = await entity("afghan-taliban-delegation");
      expect(d.represents).toEqual([{ id: "afghan-taliban", kind: "GOVERNMENT" }]);
      expect(d.lacksAuthorizationFrom).toEqual([
        { id: "kabul", kind: "PLACE" },
        { id: "kandahar", kind: "PLACE" },
      ]);
      expect(d.controlledFrom).toEqual([
        { id: "afghan-taliban", kind: "GOVERNMENT" },
        { id: "kabul", kind: "PLACE" },
      ]);
      expect(ids(d.negotiations)).toEqual(["istanbul-talks", "istanbul-talks-monday-session"]);
    });

    it("the Pakistani delegation represents pakistan and lacks nobody's authorization", async () => {
      const d = await entity("pakistani-delegation");
      expect(d.represents).toEqual([{ id: "pakistan", kind: "COUNTRY" }]);
      expect(d.lacksAuthorizationFrom).toEqual([]);
      expect(d.controlledFrom).toEqual([]);
      expect(ids(d.negotiations)).toEqual(["istanbul-talks"]);
    });
  });

  it("Incident: the infiltration attempts, where from, who foiled and reported them, when, how many", async () => {
    const i = await entity("infiltration-attempts");
    expect(ids(i.originatedFrom)).toEqual(["afghanistan"]);
    expect(i.foiledBy).toEqual([{ id: "pakistan-military", kind: "ORGANIZATION" }]);
    expect(ids(i.reportedBy)).toEqual(["ispr", "pakistan-military"]);
    expect(ids(i.coincidesWith)).toEqual(["istanbul-talks"]);
    expect(i.when).toBe("Sunday");
    expect(i.count).toBe(2);
  });

  describe("Place", () => {
    it("istanbul lies in turkey and held the talks; kabul and islamabad are seats", async () => {
      const istanbul = await entity("istanbul");
      expect(istanbul).toMatchObject({
        locatedIn: [{ id: "turkey" }],
        negotiationsHeld: [{ id: "istanbul-talks" }],
        seatOf: [],
      });
      const kabul = await entity("kabul");
      expect(kabul).toMatchObject({
        locatedIn: [],
        negotiationsHeld: [],
        seatOf: [{ id: "afghan-taliban", kind: "GOVERNMENT" }],
      });
      expect((await entity("islamabad")).seatOf).toEqual([{ id: "pakistan", kind: "COUNTRY" }]);
      expect(await entity("kandahar")).toMatchObject({ locatedIn: [], negotiationsHeld: [], seatOf: [] });
    });
  });

  it("Organization: ispr and the Pakistan military are part of pakistan", async () => {
    expect((await entity("ispr")).partOf).toEqual([{ id: "pakistan", kind: "COUNTRY" }]);
    expect((await entity("pakistan-military")).partOf).toEqual([{ id: "pakistan", kind: "COUNTRY" }]);
  });

  describe("after every query above", () => {
    it("leaves the graph exactly as the seed wrote it", async () => {
      expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
    });
  });
});
