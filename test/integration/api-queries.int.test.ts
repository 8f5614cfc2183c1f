import { type GraphqlResponse, postGraphql } from "../helpers/app";
import { snapshotGraph } from "../helpers/neo4j";
import { expectBadInput, SOURCE, useSeededApp } from "../helpers/api";

// Read queries over HTTP against the seed: entity, entities, sources and mediators. Entity.relationships is in
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
    it("returns a seeded entity with its kind, name, aliases and description", async () => {
      const response = await query(ENTITY, { id: "turkey" });
      expect(response.errors).toBeUndefined();
      expect(response.data?.entity).toEqual({
        id: "turkey",
        kind: "COUNTRY",
        name: "Turkey",
        aliases: ["Türkiye", "Turkiye", "Republic of Türkiye", "Republic of Turkey"],
        description: "Host country and lead mediator of the Pakistan–Afghanistan talks in Istanbul.",
      });
    });

    it("returns an empty alias list and the description for an entity that has no aliases", async () => {
      const response = await query(ENTITY, { id: "doha-agreement" });
      expect(response.data?.entity).toEqual({
        id: "doha-agreement",
        kind: "AGREEMENT",
        name: "Doha Agreement",
        aliases: [],
        description:
          "Agreement that, according to the report, commits Afghanistan to preventing its territory from being used by militant groups against other countries.",
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
      expect(page.edges[0]!.node).toEqual({ id: "afghan-taliban", kind: "GOVERNMENT" });
      expect(page.edges.at(-1)!.node).toEqual({ id: "turkey", kind: "COUNTRY" });
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
        ["islamabad", "istanbul", "kabul", "kandahar"].map((id) => ({ id, kind: "PLACE" })),
      );
      const countries = await query<Page>(PAGE, { kind: "COUNTRY", first: 2 });
      expect(countries.data!.entities.totalCount).toBe(4);
      expect(countries.data!.entities.edges.map((e) => e.node.id)).toEqual(["afghanistan", "pakistan"]);
      expect(countries.data!.entities.pageInfo.hasNextPage).toBe(true);
      const rest = await query<Page>(PAGE, {
        kind: "COUNTRY",
        after: countries.data!.entities.pageInfo.endCursor,
      });
      expect(rest.data!.entities.edges.map((e) => e.node.id)).toEqual(["qatar", "turkey"]);
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
      ["an id that is not encoded", "pakistan"],
      ["the encoded prefix alone", Buffer.from("entity:", "utf8").toString("base64url")],
    ])("refuses %s as after with BAD_USER_INPUT", async (_label, after) => {
      const response = await query(PAGE, { after });
      expect(response.data).toBeNull();
      expectBadInput(response, "after", "after is not a cursor returned by this API");
    });
  });

  describe("sources", () => {
    it("lists the one seeded source, with nothing it does not know", async () => {
      const response = await query(`{ sources { id title publisher publishedOn url } }`);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        sources: [{ ...SOURCE, publisher: null, publishedOn: null, url: null }],
      });
    });
  });

  describe("mediators", () => {
    it("gives qatar and turkey as the mediators of istanbul-talks", async () => {
      const response = await query(MEDIATORS, { negotiation: "istanbul-talks" });
      expect(response.errors).toBeUndefined();
      expect(response.data?.mediators).toEqual([
        { id: "qatar", kind: "COUNTRY", name: "Qatar" },
        { id: "turkey", kind: "COUNTRY", name: "Turkey" },
      ]);
    });

    it("gives every mediator of any negotiation without an argument", async () => {
      const response = await query(MEDIATORS);
      expect(response.data?.mediators).toEqual([
        { id: "qatar", kind: "COUNTRY", name: "Qatar" },
        { id: "turkey", kind: "COUNTRY", name: "Turkey" },
      ]);
    });

    it("gives an empty list for a negotiation nobody mediates", async () => {
      const response = await query(MEDIATORS, { negotiation: "istanbul-talks-sunday-session" });
      expect(response.errors).toBeUndefined();
      expect(response.data?.mediators).toEqual([]);
    });

    it("refuses an unknown negotiation with BAD_USER_INPUT naming the id", async () => {
      const response = await query(MEDIATORS, { negotiation: "nope" });
      expect(response.data).toBeNull();
      expectBadInput(response, "negotiation", 'negotiation: no entity has id "nope"');
    });

    it("refuses an entity that is not a Negotiation with BAD_USER_INPUT", async () => {
      const response = await query(MEDIATORS, { negotiation: "pakistan" });
      expect(response.data).toBeNull();
      expectBadInput(response, "negotiation", 'negotiation: "pakistan" is a Country, not a Negotiation');
    });
  });

  describe("after every query above", () => {
    it("leaves the graph exactly as the seed wrote it", async () => {
      expect(await snapshotGraph(seeded.driver)).toBe(seeded.snapshot);
    });
  });
});
