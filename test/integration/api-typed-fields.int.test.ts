import { snapshotGraph } from "../helpers/neo4j";
import { ids, readCitedEntity, type Rel, REL, SOURCE, useSeededApp } from "../helpers/api";

// The typed edge fields of states, groups and agreements (Country, ArmedGroup, Government, Agreement), over
// HTTP, against the seeded answers in cypher/seed/*.cypher. The other kinds are in api-typed-fields-talks.int.test.ts.

const ENTITY = `
query ($id: ID!) {
  entity(id: $id) {
    id
    ... on Country {
      borders { id kind }
      groupsOperatingFrom { id kind }
      targetedBy { id }
      governedBy { id kind }
      negotiations { id }
      mediates { role mediator { id } negotiation { id } relationship { ${REL} role } }
      boundBy { obligation party { id } agreement { id } relationship { ${REL} obligation } }
      designates { status designator { id } group { id } relationship { ${REL} status } }
    }
    ... on ArmedGroup {
      operatesFrom { id kind }
      targets { id }
      designatedBy { status designator { id } group { id } relationship { ${REL} } }
    }
    ... on Government {
      governs { id }
      delegations { id kind }
      boundBy { obligation party { id } agreement { id } relationship { ${REL} } }
    }
    ... on Agreement {
      boundParties { obligation party { id kind } agreement { id } relationship { ${REL} obligation } }
    }
  }
}`;

describe("typed edge fields of countries, armed groups, governments and agreements", () => {
  const seeded = useSeededApp();
  const entity = (id: string) => readCitedEntity(seeded.app.url, ENTITY, id);

  describe("Country", () => {
    it("afghanistan: groups operating from it are ttp and baloch-militant-groups, governed by the Taliban", async () => {
      const c = await entity("afghanistan");
      expect(c.groupsOperatingFrom).toEqual([
        { id: "baloch-militant-groups", kind: "ARMED_GROUP" },
        { id: "ttp", kind: "ARMED_GROUP" },
      ]);
      expect(c.borders).toEqual([{ id: "pakistan", kind: "COUNTRY" }]);
      expect(c.governedBy).toEqual([{ id: "afghan-taliban", kind: "GOVERNMENT" }]);
      expect(ids(c.negotiations)).toEqual(["istanbul-talks"]);
      expect(c.targetedBy).toEqual([]);
      expect(c.mediates).toEqual([]);
      expect(c.designates).toEqual([]);
    });

    it("afghanistan: bound by the Doha Agreement, with the obligation and the verbatim quote", async () => {
      const c = await entity("afghanistan");
      const [binding, ...others] = c.boundBy as {
        obligation: string;
        party: { id: string };
        agreement: { id: string };
        relationship: Rel & { obligation: string };
      }[];
      expect(others).toEqual([]);
      const obligation =
        "preventing its territory from being used by militant groups against other countries";
      expect(binding).toMatchObject({
        obligation,
        party: { id: "afghanistan" },
        agreement: { id: "doha-agreement" },
        relationship: {
          id: "afghanistan-bound-by-doha-agreement",
          type: "BOUND_BY",
          obligation,
          from: { id: "afghanistan" },
          to: { id: "doha-agreement" },
        },
      });
      expect(binding!.relationship.sources).toEqual([
        {
          quote:
            "to uphold its obligations under the Doha Agreement, which commits Afghanistan to preventing its territory from being used by militant groups against other countries.",
          source: SOURCE,
        },
      ]);
    });

    it("pakistan: borders afghanistan from the other end, targeted by both groups, designates the TTP as banned", async () => {
      const c = await entity("pakistan");
      expect(c.borders).toEqual([{ id: "afghanistan", kind: "COUNTRY" }]);
      expect(ids(c.targetedBy)).toEqual(["baloch-militant-groups", "ttp"]);
      expect(ids(c.negotiations)).toEqual(["istanbul-talks", "istanbul-talks-sunday-session"]);
      expect(c.designates).toMatchObject([
        {
          status: "banned",
          designator: { id: "pakistan" },
          group: { id: "ttp" },
          relationship: { id: "pakistan-designates-ttp", status: "banned" },
        },
      ]);
      expect(c.groupsOperatingFrom).toEqual([]);
      expect(c.governedBy).toEqual([]);
      expect(c.mediates).toEqual([]);
      expect(c.boundBy).toEqual([]);
    });

    it("turkey leads and qatar supports the mediation of istanbul-talks", async () => {
      const turkey = await entity("turkey");
      expect(turkey.mediates).toMatchObject([
        {
          role: "lead",
          mediator: { id: "turkey" },
          negotiation: { id: "istanbul-talks" },
          relationship: { id: "turkey-mediates-istanbul-talks", type: "MEDIATES", role: "lead" },
        },
      ]);
      expect(turkey.borders).toEqual([]);
      expect(turkey.negotiations).toEqual([]);
      const qatar = await entity("qatar");
      expect(qatar.mediates).toMatchObject([
        {
          role: "supporting",
          mediator: { id: "qatar" },
          negotiation: { id: "istanbul-talks" },
          relationship: { id: "qatar-mediates-istanbul-talks", role: "supporting" },
        },
      ]);
    });
  });

  describe("ArmedGroup", () => {
    it("ttp operates from afghanistan, targets pakistan and is designated banned by pakistan", async () => {
      const g = await entity("ttp");
      expect(g.operatesFrom).toEqual([{ id: "afghanistan", kind: "COUNTRY" }]);
      expect(ids(g.targets)).toEqual(["pakistan"]);
      expect(g.designatedBy).toMatchObject([
        { status: "banned", designator: { id: "pakistan" }, group: { id: "ttp" } },
      ]);
    });

    it("baloch-militant-groups operates from afghanistan and targets pakistan, designated by nobody", async () => {
      const g = await entity("baloch-militant-groups");
      expect(ids(g.operatesFrom)).toEqual(["afghanistan"]);
      expect(ids(g.targets)).toEqual(["pakistan"]);
      expect(g.designatedBy).toEqual([]);
    });
  });

  it("Government: afghan-taliban governs afghanistan, has its delegation, is bound by Doha", async () => {
    const g = await entity("afghan-taliban");
    expect(ids(g.governs)).toEqual(["afghanistan"]);
    expect(g.delegations).toEqual([{ id: "afghan-taliban-delegation", kind: "DELEGATION" }]);
    expect(g.boundBy).toMatchObject([
      {
        obligation:
          "uphold its obligations under the Doha Agreement, which commits Afghanistan to preventing its territory from being used by militant groups against other countries",
        party: { id: "afghan-taliban" },
        agreement: { id: "doha-agreement" },
        relationship: { id: "afghan-taliban-bound-by-doha-agreement" },
      },
    ]);
  });

  it("Agreement: what binds the Afghan side to the Doha Agreement, with each obligation and quote", async () => {
    const a = await entity("doha-agreement");
    const bindings = a.boundParties as {
      obligation: string;
      party: { id: string; kind: string };
      agreement: { id: string };
      relationship: Rel & { obligation: string };
    }[];
    expect(
      bindings.map((b) => ({
        party: b.party,
        agreement: b.agreement.id,
        obligation: b.obligation,
        relationshipObligation: b.relationship.obligation,
        quotes: b.relationship.sources,
      })),
    ).toEqual([
      {
        party: { id: "afghan-taliban", kind: "GOVERNMENT" },
        agreement: "doha-agreement",
        obligation:
          "uphold its obligations under the Doha Agreement, which commits Afghanistan to preventing its territory from being used by militant groups against other countries",
        relationshipObligation:
          "uphold its obligations under the Doha Agreement, which commits Afghanistan to preventing its territory from being used by militant groups against other countries",
        quotes: [
          {
            quote:
              "Islamabad has repeatedly urged Kabul to ensure effective border management and to uphold its obligations under the Doha Agreement",
            source: SOURCE,
          },
        ],
      },
      {
        party: { id: "afghanistan", kind: "COUNTRY" },
        agreement: "doha-agreement",
        obligation: "preventing its territory from being used by militant groups against other countries",
        relationshipObligation:
          "preventing its territory from being used by militant groups against other countries",
        quotes: [
          {
            quote:
              "to uphold its obligations under the Doha Agreement, which commits Afghanistan to preventing its territory from being used by militant groups against other countries.",
            source: SOURCE,
          },
        ],
      },
    ]);
  });

  describe("after every query above", () => {
    it("leaves the graph exactly as the seed wrote it", async () => {
      expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
    });
  });
});
