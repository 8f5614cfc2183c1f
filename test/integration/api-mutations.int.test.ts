import { EDITOR_TOKEN, type GraphqlResponse, postGraphql } from "../helpers/app";
import { countGraph, snapshotGraph } from "../helpers/neo4j";
import { EDITOR, expectRefusedUnchanged, useReseededApp } from "../helpers/api";

// Editing entities over HTTP: who may, what upsertEntity and deleteEntity accept, what they write.
// Relationship mutations are in api-mutations-relationships.int.test.ts.

const UPSERT = `
mutation ($input: EntityInput!) {
  upsertEntity(input: $input) {
    id kind name aliases description
    ... on Incident { when count }
    ... on Negotiation { when outcome }
  }
}`;
const READ_ENTITY = `
query ($id: ID!) {
  entity(id: $id) {
    id kind name aliases description
    ... on Incident { when count }
    ... on Negotiation { when outcome }
  }
}`;
const DELETE = `
mutation ($id: ID!) { deleteEntity(id: $id) { id deleted detached { id type from to } } }`;
const ASSERT = `
mutation ($input: RelationshipInput!) { assertRelationship(input: $input) { id } }`;
const RETRACT = `mutation ($id: ID!) { retractRelationship(id: $id) }`;

type Entity = Record<string, unknown> & { id: string; kind: string; aliases: string[] };
interface Detached {
  id: string;
  type: string;
  from: string;
  to: string;
}
type Failure = GraphqlResponse;

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe("entity mutations over HTTP", () => {
  const ctx = useReseededApp();
  const edit = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) =>
    postGraphql<T>(ctx.app.url, query, variables, EDITOR);
  const readEntity = async (id: string) =>
    (await postGraphql<{ entity: Entity | null }>(ctx.app.url, READ_ENTITY, { id })).data?.entity;
  const nodesWithId = async (id: string) => {
    const { records } = await ctx.driver.executeQuery(
      "MATCH (n:Entity {id: $id}) RETURN count(n) AS n, collect(labels(n)) AS labels",
      { id },
      { database: process.env.NEO4J_TEST_DATABASE },
    );
    return { count: Number(records[0]!.get("n")), labels: records[0]!.get("labels") as string[][] };
  };
  const entityCount = async () => {
    const { records } = await ctx.driver.executeQuery(
      "MATCH (n:Entity) RETURN count(n) AS n",
      {},
      { database: process.env.NEO4J_TEST_DATABASE },
    );
    return Number(records[0]!.get("n"));
  };
  /** The request fails with BAD_USER_INPUT naming `argument`, and the graph is exactly as before. */
  const expectRefused = (send: () => Promise<Failure>, code: string, argument?: string) =>
    expectRefusedUnchanged(ctx.driver, send, code, argument);

  describe("without a valid editor token", () => {
    // Each of these would change the graph if it were let through.
    const mutations: [string, string, Record<string, unknown>][] = [
      ["upsertEntity", UPSERT, { input: { id: "intruder", kind: "PLACE", name: "Intruder" } }],
      ["deleteEntity", DELETE, { id: "esteria" }],
      [
        "assertRelationship",
        ASSERT,
        {
          input: {
            type: "BORDERS",
            from: "corvia",
            to: "daran",
            sources: [{ sourceId: "lumen-talks-report", quote: "Corvia, with support from Daran" }],
          },
        },
      ],
      ["retractRelationship", RETRACT, { id: "northern-front-targets-esteria" }],
    ];
    const headers: [string, Record<string, string>][] = [
      ["no Authorization header", {}],
      ["a wrong token", { authorization: "Bearer not-the-editor-token" }],
      ["a token one character short", { authorization: `Bearer ${EDITOR_TOKEN.slice(0, -1)}` }],
      ["a token with a character more", { authorization: `Bearer ${EDITOR_TOKEN}x` }],
      ["the token without a scheme", { authorization: EDITOR_TOKEN }],
      ["the token under another scheme", { authorization: `Basic ${EDITOR_TOKEN}` }],
      ["the scheme with a colon", { authorization: `Bearer:${EDITOR_TOKEN}` }],
      ["the scheme without a token", { authorization: "Bearer" }],
      ["the token followed by more", { authorization: `Bearer ${EDITOR_TOKEN} ${EDITOR_TOKEN}` }],
    ];

    it.each(headers)("refuses every mutation with UNAUTHENTICATED given %s", async (_label, header) => {
      const before = await snapshotGraph(ctx.driver);
      for (const [field, query, variables] of mutations) {
        const response = await postGraphql(ctx.app.url, query, variables, header);
        expect({ field, data: response.data ?? null }).toEqual({ field, data: null });
        expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
      }
      expect(await snapshotGraph(ctx.driver)).toBe(before);
    });

    it("lets the same mutations through with the editor token (the refusals above are about the token)", async () => {
      const counts = await countGraph(ctx.driver);
      const entitiesBefore = await entityCount();
      for (const [field, query, variables] of mutations) {
        const response = await edit(query, variables);
        expect({ field, errors: response.errors }).toEqual({ field, errors: undefined });
      }
      const after = await countGraph(ctx.driver);
      expect(await entityCount()).toBe(entitiesBefore); // one created, one deleted
      expect(after.relationships).not.toBe(counts.relationships);
      expect(await readEntity("intruder")).toMatchObject({ id: "intruder", kind: "PLACE" });
      expect(await readEntity("esteria")).toBeNull();
    });
  });

  describe("upsertEntity", () => {
    const incident = {
      id: "border-clash",
      kind: "INCIDENT",
      name: "Border clash",
      aliases: ["clash on the border", "border skirmish"],
      description: "A clash along the border.",
      when: "Monday",
      count: 3,
    };

    it("creates an entity that reads back with its kind, name, aliases, description, when and count", async () => {
      const created = await edit<{ upsertEntity: Entity }>(UPSERT, { input: incident });
      expect(created.errors).toBeUndefined();
      expect(created.data?.upsertEntity).toEqual(incident);
      expect(await readEntity("border-clash")).toEqual(incident);
      expect(await nodesWithId("border-clash")).toEqual({ count: 1, labels: [["Entity", "Incident"]] });
      const { records } = await ctx.driver.executeQuery(
        "MATCH (n:Entity {id: $id}) RETURN valueType(n.count) AS type",
        { id: "border-clash" },
        { database: process.env.NEO4J_TEST_DATABASE },
      );
      expect(records[0]!.get("type")).toBe("INTEGER NOT NULL");
    });

    it("creates a negotiation with its outcome", async () => {
      const talks = {
        id: "daran-talks",
        kind: "NEGOTIATION",
        name: "Daran talks",
        aliases: [],
        description: null,
        when: "October",
        outcome: "a ceasefire",
      };
      const created = await edit<{ upsertEntity: Entity }>(UPSERT, { input: talks });
      expect(created.errors).toBeUndefined();
      expect(created.data?.upsertEntity).toEqual(talks);
      expect(await readEntity("daran-talks")).toEqual(talks);
    });

    it("updates an existing entity in place, adding to its aliases and keeping an omitted description", async () => {
      await edit(UPSERT, { input: incident });
      const changed = {
        ...incident,
        description: undefined,
        name: "Border clashes",
        aliases: ["skirmishes"],
        count: 4,
      };
      const updated = await edit<{ upsertEntity: Entity }>(UPSERT, { input: changed });
      expect(updated.errors).toBeUndefined();
      const expected = {
        ...changed,
        description: incident.description,
        aliases: [...incident.aliases, "skirmishes"],
      };
      expect(updated.data?.upsertEntity).toEqual(expected);
      expect(await readEntity("border-clash")).toEqual(expected);
      expect(await nodesWithId("border-clash")).toEqual({ count: 1, labels: [["Entity", "Incident"]] });
    });

    it("updates an entity of the world without touching its relationships", async () => {
      const rels = (await countGraph(ctx.driver)).relationships;
      const corvia = {
        id: "corvia",
        kind: "COUNTRY",
        name: "Córvia",
        aliases: ["Corvia"],
        description: "Host.",
      };
      const updated = await edit<{ upsertEntity: Entity }>(UPSERT, { input: corvia });
      expect(updated.errors).toBeUndefined();
      expect(await readEntity("corvia")).toEqual({
        ...corvia,
        aliases: ["Córvia", "Korvia", "Republic of Córvia", "Republic of Corvia", "Corvia"],
      });
      expect((await countGraph(ctx.driver)).relationships).toBe(rels);
    });

    it("refuses to change the kind of an existing id, naming input.kind", async () => {
      const message = await expectRefused(
        () => edit(UPSERT, { input: { id: "esteria", kind: "INCIDENT", name: "Esteria", count: 1 } }),
        "BAD_USER_INPUT",
        "input.kind",
      );
      expect(message).toContain("Country");
      expect(await readEntity("esteria")).toMatchObject({ kind: "COUNTRY", name: "Esteria" });
    });

    it.each(["Bad Id", "Esteria", "bad_id", "-leading", "trailing-", "double--dash", ""])(
      "refuses the id %j, naming input.id",
      async (id) => {
        await expectRefused(
          () => edit(UPSERT, { input: { id, kind: "PLACE", name: "Somewhere" } }),
          "BAD_USER_INPUT",
          "input.id",
        );
      },
    );

    it.each([
      ["count on a Country", { id: "esteria", kind: "COUNTRY", name: "Esteria", count: 2 }, "input.count"],
      ["when on a Place", { id: "new-place", kind: "PLACE", name: "New place", when: "now" }, "input.when"],
      ["outcome on an Incident", { ...incident, outcome: "none" }, "input.outcome"],
    ])("refuses %s, naming the property", async (_label, input, argument) => {
      const message = await expectRefused(() => edit(UPSERT, { input }), "BAD_USER_INPUT", argument);
      expect(message).toContain(argument);
    });

    it.each(["", "   "])("refuses the name %j", async (name) => {
      await expectRefused(
        () => edit(UPSERT, { input: { id: "nameless", kind: "PLACE", name } }),
        "BAD_USER_INPUT",
        "input.name",
      );
      await expectRefused(
        () => edit(UPSERT, { input: { id: "esteria", kind: "COUNTRY", name } }),
        "BAD_USER_INPUT",
        "input.name",
      );
    });
  });

  describe("concurrent upserts of one new id", () => {
    const fire = (n: number, kindOf: (i: number) => string) =>
      Promise.all(
        Array.from({ length: n }, (_, i) =>
          edit<{ upsertEntity: Entity }>(UPSERT, {
            input: { id: "contested-id", kind: kindOf(i), name: `Contender ${i}`, aliases: [`c${i}`] },
          }),
        ),
      );

    it("creates exactly one node when 12 requests race with the same kind", async () => {
      const responses = await fire(12, () => "PLACE");
      for (const response of responses) {
        if (response.errors) expect(response.errors.map((e) => e.extensions?.code)).toEqual(["CONFLICT"]);
        else expect(response.data?.upsertEntity).toMatchObject({ id: "contested-id", kind: "PLACE" });
      }
      expect(responses.filter((r) => !r.errors).length).toBeGreaterThanOrEqual(1);
      expect(await nodesWithId("contested-id")).toEqual({ count: 1, labels: [["Entity", "Place"]] });
      const stored = await readEntity("contested-id");
      expect(stored?.name).toMatch(/^Contender \d+$/);
      // Aliases are a union: every upsert that went through added its own.
      const written = responses.flatMap((r, i) => (r.errors ? [] : [`c${i}`]));
      expect([...(stored!.aliases as string[])].sort()).toEqual(written.sort());
    });

    it("creates exactly one node of one kind when 12 requests race with two kinds", async () => {
      const responses = await fire(12, (i) => (i % 2 ? "PLACE" : "COUNTRY"));
      const winners = responses.filter((r) => !r.errors).map((r) => r.data!.upsertEntity.kind);
      expect(winners.length).toBeGreaterThanOrEqual(1);
      expect(new Set(winners).size).toBe(1);
      for (const response of responses.filter((r) => r.errors)) {
        expect(["BAD_USER_INPUT", "CONFLICT"]).toContain(response.errors![0]!.extensions?.code);
      }
      const label = winners[0] === "PLACE" ? "Place" : "Country";
      expect(await nodesWithId("contested-id")).toEqual({ count: 1, labels: [["Entity", label]] });
    });
  });

  describe("deleteEntity", () => {
    const citationCount = async (relationshipIds: string[]): Promise<number> => {
      const { records } = await ctx.driver.executeQuery(
        "UNWIND $ids AS id MATCH (c:Citation {relationshipId: id}) RETURN count(c) AS n",
        { ids: relationshipIds },
        { database: process.env.NEO4J_TEST_DATABASE },
      );
      return Number(records[0]!.get("n"));
    };
    const relationshipsOf = async (id: string): Promise<Detached[]> => {
      const { records } = await ctx.driver.executeQuery(
        `MATCH (n:Entity {id: $id})-[r]-()
         RETURN DISTINCT r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to`,
        { id },
        { database: process.env.NEO4J_TEST_DATABASE },
      );
      return records.map((r) => r.toObject() as Detached).sort(byId);
    };

    it.each(["valorian-council-delegation", "esteria", "lumen-talks"])(
      "deletes %s and reports exactly the relationships it had",
      async (id) => {
        const had = await relationshipsOf(id);
        expect(had.length).toBeGreaterThan(3);
        const citations = await citationCount(had.map((r) => r.id));
        expect(citations).toBeGreaterThanOrEqual(had.length);
        const counts = await countGraph(ctx.driver);
        const response = await edit<{ deleteEntity: { id: string; deleted: boolean; detached: Detached[] } }>(
          DELETE,
          { id },
        );
        expect(response.errors).toBeUndefined();
        const result = response.data!.deleteEntity;
        expect(result.id).toBe(id);
        expect(result.deleted).toBe(true);
        expect([...result.detached].sort(byId)).toEqual(had);
        expect(await readEntity(id)).toBeNull();
        const after = await countGraph(ctx.driver);
        // The entity goes, and the citations of its relationships with them.
        expect(after.nodes).toBe(counts.nodes - 1 - citations);
        expect(await citationCount(had.map((r) => r.id))).toBe(0);
        expect(after.relationships).toBe(counts.relationships - had.length);
      },
    );

    it("deletes an entity without relationships, reporting none", async () => {
      await edit(UPSERT, { input: { id: "lonely-place", kind: "PLACE", name: "Lonely place" } });
      const response = await edit<{ deleteEntity: unknown }>(DELETE, { id: "lonely-place" });
      expect(response.data?.deleteEntity).toEqual({ id: "lonely-place", deleted: true, detached: [] });
      expect(await readEntity("lonely-place")).toBeNull();
    });

    it.each(["no-such-entity", "lumen-talks-report"])(
      "reports deleted false for %s, which names no entity, and changes nothing",
      async (id) => {
        const before = await snapshotGraph(ctx.driver);
        const response = await edit<{ deleteEntity: unknown }>(DELETE, { id });
        expect(response.errors).toBeUndefined();
        expect(response.data?.deleteEntity).toEqual({ id, deleted: false, detached: [] });
        expect(await snapshotGraph(ctx.driver)).toBe(before);
      },
    );
  });
});
