import { type GraphqlResponse, postGraphql } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import { expectBadInput, SOURCE, useSeededApp } from "../helpers/api";

// Read queries over HTTP against the fixture world: entity, entities, sources and mediators. Entity.relationships is in
// api-relationships.int.test.ts, typed per-kind fields in api-typed-fields*.int.test.ts, search in
// api-search.int.test.ts, traversals in api-neighbors, api-traversal and api-paths.int.test.ts.

const ENTITY = `query ($id: ID!) { entity(id: $id) { id kind name aliases description } }`;
const PAGE = `
query ($first: Int, $after: String, $kind: EntityKind) {
  entities(first: $first, after: $after, kind: $kind) {
    totalCount
    edges { cursor node { id kind } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const MEDIATORS = `query ($negotiation: ID) { mediators(negotiation: $negotiation) { id kind name } }`;

interface Page {
  entities: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; kind: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  };
}

describe("read queries over HTTP", () => {
  const seeded = useSeededApp();
  const query = <T = Record<string, unknown>>(q: string, variables: Record<string, unknown> = {}) =>
    postGraphql<T>(seeded.app.url, q, variables);
  const cypher = async (statement: string) =>
    (await seeded.driver.executeQuery(statement, {}, { database: process.env.NEO4J_TEST_DATABASE })).records;

  describe("entity", () => {
    it("returns an entity of the world with its kind, name, aliases and description", async () => {
      const response = await query(ENTITY, { id: "corvia" });
      expect(response.errors).toBeUndefined();
      expect(response.data?.entity).toEqual({
        id: "corvia",
        kind: "COUNTRY",
        name: "Corvia",
        aliases: ["Córvia", "Korvia", "Republic of Córvia", "Republic of Corvia"],
        description: "Host country and lead mediator of the Esteria–Valoria talks in Lumen.",
      });
    });

    it("returns an empty alias list and the description for an entity that has no aliases", async () => {
      const response = await query(ENTITY, { id: "daran-accord" });
      expect(response.data?.entity).toEqual({
        id: "daran-accord",
        kind: "AGREEMENT",
        name: "Daran Accord",
        aliases: [],
        description:
          "Agreement that, according to the report, commits Valoria to preventing its territory from being used by militant groups against other countries.",
      });
    });

    it("returns null, not an error, for an unknown id", async () => {
      const response = await query(ENTITY, { id: "nope" });
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ entity: null });
    });
  });

  describe("entities", () => {
    it("walks every page with after: each entity exactly once, in id order, totalCount from Cypher", async () => {
      const [counted] = await cypher("MATCH (n:Entity) RETURN count(n) AS n, collect(n.id) AS ids");
      const total = Number(counted!.get("n"));
      const expectedIds = [...(counted!.get("ids") as string[])].sort();
      expect(total).toBe(20);
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const response: GraphqlResponse<Page> = await query<Page>(PAGE, { first: 3, after });
        expect(response.errors).toBeUndefined();
        const page: Page["entities"] = response.data!.entities;
        pages += 1;
        expect(page.totalCount).toBe(total);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(page.pageInfo.startCursor).toBe(page.edges[0]!.cursor);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        expect(page.edges).toHaveLength(3);
        after = page.pageInfo.endCursor;
      }
      expect(pages).toBe(7); // 20 entities, 3 a page
      expect(seen).toEqual(expectedIds);
      expect(new Set(seen).size).toBe(total);
    });

    it("lists every entity on one page with first: 100 (the limit), hasNextPage false", async () => {
      const response = await query<Page>(PAGE, { first: 100 });
      expect(response.errors).toBeUndefined();
      const page = response.data!.entities;
      expect(page.edges).toHaveLength(20);
      expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      expect(page.edges[0]!.node).toEqual({ id: "border-crossings", kind: "INCIDENT" });
      expect(page.edges.at(-1)!.node).toEqual({ id: "varos", kind: "PLACE" });
    });

    it("returns an empty last page after the last cursor", async () => {
      const all = await query<Page>(PAGE, { first: 100 });
      const last = all.data!.entities.pageInfo.endCursor;
      const response = await query<Page>(PAGE, { first: 5, after: last });
      expect(response.errors).toBeUndefined();
      expect(response.data!.entities).toEqual({
        totalCount: 20,
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
      });
    });

    it("filters by kind, in id order, with the kind's count", async () => {
      const places = await query<Page>(PAGE, { kind: "PLACE" });
      expect(places.data!.entities.totalCount).toBe(4);
      expect(places.data!.entities.edges.map((e) => e.node)).toEqual(
        ["estra", "kessel", "lumen", "varos"].map((id) => ({ id, kind: "PLACE" })),
      );
      const countries = await query<Page>(PAGE, { kind: "COUNTRY", first: 2 });
      expect(countries.data!.entities.totalCount).toBe(4);
      expect(countries.data!.entities.edges.map((e) => e.node.id)).toEqual(["corvia", "daran"]);
      expect(countries.data!.entities.pageInfo.hasNextPage).toBe(true);
      const rest = await query<Page>(PAGE, {
        kind: "COUNTRY",
        after: countries.data!.entities.pageInfo.endCursor,
      });
      expect(rest.data!.entities.edges.map((e) => e.node.id)).toEqual(["esteria", "valoria"]);
      expect(rest.data!.entities.pageInfo.hasNextPage).toBe(false);
    });

    it.each([
      [101, "first must be between 1 and 100 (got 101)"],
      [0, "first must be between 1 and 100 (got 0)"],
      [-1, "first must be between 1 and 100 (got -1)"],
    ])("refuses first: %p with BAD_USER_INPUT", async (first, message) => {
      const response = await query(PAGE, { first });
      expect(response.data).toBeNull();
      expectBadInput(response, "first", message);
    });

    it.each([
      ["not a cursor", "garbage"],
      ["an empty string", ""],
      ["an id that is not encoded", "esteria"],
      ["the encoded prefix alone", Buffer.from("entity:", "utf8").toString("base64url")],
    ])("refuses %s as after with BAD_USER_INPUT", async (_label, after) => {
      const response = await query(PAGE, { after });
      expect(response.data).toBeNull();
      expectBadInput(response, "after", "after is not a cursor returned by this API");
    });
  });

  describe("sources", () => {
    it("lists the world's one source, with nothing it does not know", async () => {
      const response = await query(`{ sources { id title publisher publishedOn url } }`);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        sources: [{ ...SOURCE, publisher: null, publishedOn: null, url: null }],
      });
    });
  });

  describe("mediators", () => {
    it("gives corvia and daran as the mediators of lumen-talks", async () => {
      const response = await query(MEDIATORS, { negotiation: "lumen-talks" });
      expect(response.errors).toBeUndefined();
      expect(response.data?.mediators).toEqual([
        { id: "corvia", kind: "COUNTRY", name: "Corvia" },
        { id: "daran", kind: "COUNTRY", name: "Daran" },
      ]);
    });

    it("gives every mediator of any negotiation without an argument", async () => {
      const response = await query(MEDIATORS);
      expect(response.data?.mediators).toEqual([
        { id: "corvia", kind: "COUNTRY", name: "Corvia" },
        { id: "daran", kind: "COUNTRY", name: "Daran" },
      ]);
    });

    it("gives an empty list for a negotiation nobody mediates", async () => {
      const response = await query(MEDIATORS, { negotiation: "lumen-talks-sunday-session" });
      expect(response.errors).toBeUndefined();
      expect(response.data?.mediators).toEqual([]);
    });

    it("refuses an unknown negotiation with BAD_USER_INPUT naming the id", async () => {
      const response = await query(MEDIATORS, { negotiation: "nope" });
      expect(response.data).toBeNull();
      expectBadInput(response, "negotiation", 'negotiation: no entity has id "nope"');
    });

    it("refuses an entity that is not a Negotiation with BAD_USER_INPUT", async () => {
      const response = await query(MEDIATORS, { negotiation: "esteria" });
      expect(response.data).toBeNull();
      expectBadInput(response, "negotiation", 'negotiation: "esteria" is a Country, not a Negotiation');
    });
  });

  describe("after every query above", () => {
    it("leaves the graph exactly as the world was loaded", async () => {
      expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
    });
  });
});
