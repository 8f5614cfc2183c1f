import { snapshotGraph } from "../helpers/neo4j";
import { ids, readCitedEntity, type Rel, REL, SOURCE, useSeededApp } from "../helpers/api";

// The typed edge fields of states, groups and agreements (Country, ArmedGroup, Government, Agreement), over
// HTTP, against the fixture world (test/fixtures/world.ts). The other kinds are in
// api-typed-fields-talks.int.test.ts.

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
    it("valoria: groups operating from it are northern-front and eastern-militant-groups, governed by the Council", async () => {
      const c = await entity("valoria");
      expect(c.groupsOperatingFrom).toEqual([
        { id: "eastern-militant-groups", kind: "ARMED_GROUP" },
        { id: "northern-front", kind: "ARMED_GROUP" },
      ]);
      expect(c.borders).toEqual([{ id: "esteria", kind: "COUNTRY" }]);
      expect(c.governedBy).toEqual([{ id: "valorian-council", kind: "GOVERNMENT" }]);
      expect(ids(c.negotiations)).toEqual(["lumen-talks"]);
      expect(c.targetedBy).toEqual([]);
      expect(c.mediates).toEqual([]);
      expect(c.designates).toEqual([]);
    });

    it("valoria: bound by the Daran Accord, with the obligation and the verbatim quote", async () => {
      const c = await entity("valoria");
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
        party: { id: "valoria" },
        agreement: { id: "daran-accord" },
        relationship: {
          id: "valoria-bound-by-daran-accord",
          type: "BOUND_BY",
          obligation,
          from: { id: "valoria" },
          to: { id: "daran-accord" },
        },
      });
      expect(binding!.relationship.sources).toEqual([
        {
          quote:
            "to uphold its obligations under the Daran Accord, which commits Valoria to preventing its territory from being used by militant groups against other countries.",
          source: SOURCE,
        },
      ]);
    });

    it("esteria: borders valoria from the other end, targeted by both groups, designates the NF as banned", async () => {
      const c = await entity("esteria");
      expect(c.borders).toEqual([{ id: "valoria", kind: "COUNTRY" }]);
      expect(ids(c.targetedBy)).toEqual(["eastern-militant-groups", "northern-front"]);
      expect(ids(c.negotiations)).toEqual(["lumen-talks", "lumen-talks-sunday-session"]);
      expect(c.designates).toMatchObject([
        {
          status: "banned",
          designator: { id: "esteria" },
          group: { id: "northern-front" },
          relationship: { id: "esteria-designates-northern-front", status: "banned" },
        },
      ]);
      expect(c.groupsOperatingFrom).toEqual([]);
      expect(c.governedBy).toEqual([]);
      expect(c.mediates).toEqual([]);
      expect(c.boundBy).toEqual([]);
    });

    it("corvia leads and daran supports the mediation of lumen-talks", async () => {
      const corvia = await entity("corvia");
      expect(corvia.mediates).toMatchObject([
        {
          role: "lead",
          mediator: { id: "corvia" },
          negotiation: { id: "lumen-talks" },
          relationship: { id: "corvia-mediates-lumen-talks", type: "MEDIATES", role: "lead" },
        },
      ]);
      expect(corvia.borders).toEqual([]);
      expect(corvia.negotiations).toEqual([]);
      const daran = await entity("daran");
      expect(daran.mediates).toMatchObject([
        {
          role: "supporting",
          mediator: { id: "daran" },
          negotiation: { id: "lumen-talks" },
          relationship: { id: "daran-mediates-lumen-talks", role: "supporting" },
        },
      ]);
    });
  });

  describe("ArmedGroup", () => {
    it("northern-front operates from valoria, targets esteria and is designated banned by esteria", async () => {
      const g = await entity("northern-front");
      expect(g.operatesFrom).toEqual([{ id: "valoria", kind: "COUNTRY" }]);
      expect(ids(g.targets)).toEqual(["esteria"]);
      expect(g.designatedBy).toMatchObject([
        { status: "banned", designator: { id: "esteria" }, group: { id: "northern-front" } },
      ]);
    });

    it("eastern-militant-groups operates from valoria and targets esteria, designated by nobody", async () => {
      const g = await entity("eastern-militant-groups");
      expect(ids(g.operatesFrom)).toEqual(["valoria"]);
      expect(ids(g.targets)).toEqual(["esteria"]);
      expect(g.designatedBy).toEqual([]);
    });
  });

  it("Government: valorian-council governs valoria, has its delegation, is bound by the Daran Accord", async () => {
    const g = await entity("valorian-council");
    expect(ids(g.governs)).toEqual(["valoria"]);
    expect(g.delegations).toEqual([{ id: "valorian-council-delegation", kind: "DELEGATION" }]);
    expect(g.boundBy).toMatchObject([
      {
        obligation:
          "uphold its obligations under the Daran Accord, which commits Valoria to preventing its territory from being used by militant groups against other countries",
        party: { id: "valorian-council" },
        agreement: { id: "daran-accord" },
        relationship: { id: "valorian-council-bound-by-daran-accord" },
      },
    ]);
  });

  it("Agreement: what binds the Valorian side to the Daran Accord, with each obligation and quote", async () => {
    const a = await entity("daran-accord");
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
        party: { id: "valoria", kind: "COUNTRY" },
        agreement: "daran-accord",
        obligation: "preventing its territory from being used by militant groups against other countries",
        relationshipObligation:
          "preventing its territory from being used by militant groups against other countries",
        quotes: [
          {
            quote:
              "to uphold its obligations under the Daran Accord, which commits Valoria to preventing its territory from being used by militant groups against other countries.",
            source: SOURCE,
          },
        ],
      },
      {
        party: { id: "valorian-council", kind: "GOVERNMENT" },
        agreement: "daran-accord",
        obligation:
          "uphold its obligations under the Daran Accord, which commits Valoria to preventing its territory from being used by militant groups against other countries",
        relationshipObligation:
          "uphold its obligations under the Daran Accord, which commits Valoria to preventing its territory from being used by militant groups against other countries",
        quotes: [
          {
            quote:
              "Estra has repeatedly urged Varos to ensure effective border management and to uphold its obligations under the Daran Accord",
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
