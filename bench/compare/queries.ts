import { nodeKind } from "../../src/model/registry";
import type { RawQuery } from "./raw-statements";
import type { Targets } from "./targets";

export const VARIANTS = ["ours", "peer", "raw"] as const;
export type Variant = (typeof VARIANTS)[number];

export interface HttpRequest {
  readonly path: string;
  readonly body: string;
}

/** One question, asked in each variant's own idiom, with a normal form of its answer to compare. */
export interface Question {
  readonly name: string;
  readonly title: string;
  /** How the peer answers it when it has no native form. */
  readonly peerNote?: string;
  readonly requests: Readonly<Record<Variant, HttpRequest>>;
  readonly normalise: Readonly<Record<Variant, (body: unknown) => string[]>>;
}

type Json = Record<string, unknown>;

const graphql = (query: string, variables: Json = {}): HttpRequest => ({
  path: "/graphql",
  body: JSON.stringify({ query, variables }),
});
const raw = (query: RawQuery, params: Json): HttpRequest => ({
  path: `/${query}`,
  body: JSON.stringify(params),
});

/** The answer's data, or an error carrying what the variant said instead. */
function data(body: unknown): Json {
  const b = body as { data?: Json; errors?: unknown };
  if (b.errors || !b.data) {
    // The messages only: a server's stack traces would fill the results table.
    const messages = Array.isArray(b.errors)
      ? b.errors.map((e) => String((e as { message?: unknown }).message)).join("; ")
      : JSON.stringify(b);
    throw new Error(`errors: ${messages.slice(0, 300)}`);
  }
  return b.data;
}
function rows(body: unknown): Json[] {
  const b = body as { rows?: Json[]; error?: string };
  if (!b.rows) throw new Error(`error: ${b.error ?? JSON.stringify(b).slice(0, 500)}`);
  return b.rows;
}
const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort();

const pathLine = (ids: string[]): string[] => [
  `length ${ids.length - 1}`,
  `from ${ids[0]}`,
  `to ${ids.at(-1)}`,
];

export function questions(t: Targets): Question[] {
  return [...traversalQuestions(t), ...(t.sourceId === null ? [] : [sourceQuestion(t.sourceId)])];
}

/** Q7: what one source supports, its first 50 citations by id with their relationships. */
function sourceQuestion(sourceId: string): Question {
  return {
    name: "Q7",
    title: "what one source supports (first 50 citations and their relationships)",
    requests: {
      ours: graphql(
        "query($id: ID!) { source(id: $id) { citations(first: 50) { id quote relationship { id type } } } }",
        { id: sourceId },
      ),
      peer: graphql(
        "query($id: String!) { citations(where: { sourceId: { eq: $id } }, sort: [{ id: ASC }], limit: 50) { id quote relationshipId relationshipType } }",
        { id: sourceId },
      ),
      raw: raw("q7", { sourceId }),
    },
    normalise: {
      ours: (b) =>
        sorted(
          ((data(b).source as Json).citations as Array<Json & { relationship: Json }>).map((c) =>
            citationLine(c.id, c.relationship.id, c.relationship.type, c.quote),
          ),
        ),
      peer: (b) =>
        sorted(
          (data(b).citations as Json[]).map((c) =>
            citationLine(c.id, c.relationshipId, c.relationshipType, c.quote),
          ),
        ),
      raw: (b) =>
        sorted(rows(b).map((c) => citationLine(c.id, c.relationshipId, c.relationshipType, c.quote))),
    },
  };
}

const citationLine = (...fields: unknown[]): string => fields.map(String).join(" | ");

function traversalQuestions(t: Targets): Question[] {
  return [
    {
      name: "Q1",
      title: "entity by id",
      requests: {
        ours: graphql("query($id: ID!) { entity(id: $id) { id name aliases kind } }", { id: t.id }),
        peer: graphql("query($id: ID!) { entities(where: { id: { eq: $id } }) { id name aliases kind } }", {
          id: t.id,
        }),
        raw: raw("q1", { id: t.id }),
      },
      normalise: {
        ours: (b) => entityLine(data(b).entity as Json),
        peer: (b) => entityLine((data(b).entities as Json[])[0]!),
        raw: (b) => {
          const row = rows(b)[0];
          return entityLine(row && { ...row, kind: nodeKind(row.kind as string)?.enumValue });
        },
      },
    },
    {
      name: "Q2",
      title: "entity + its relationships (first 20), other end's id and name",
      peerNote:
        "custom @cypher field on each kind: native connection fields over every relationship type did not plan within 30 s",
      requests: {
        ours: graphql(
          "query($id: ID!) { entity(id: $id) { id name relationships(first: 20) { id from { id name } to { id name } } } }",
          { id: t.id },
        ),
        peer: graphql(
          "query($id: ID!) { entities(where: { id: { eq: $id } }) { id name relationships { id otherId otherName } } }",
          { id: t.id },
        ),
        raw: raw("q2", { id: t.id }),
      },
      normalise: {
        ours: (b) => {
          const rels = (data(b).entity as { relationships: Array<{ id: string; from: Json; to: Json }> })
            .relationships;
          return sorted(
            rels.map((r) => (r.from.id === t.id ? otherLine(r.id, r.to) : otherLine(r.id, r.from))),
          );
        },
        peer: (b) =>
          sorted(
            ((data(b).entities as Json[])[0]!.relationships as Json[]).map((r) =>
              otherLine(r.id as string, { id: r.otherId, name: r.otherName }),
            ),
          ),
        raw: (b) =>
          sorted(rows(b).map((r) => otherLine(r.id as string, { id: r.otherId, name: r.otherName }))),
      },
    },
    {
      name: "Q3",
      title: "2-hop neighbourhood (entity ids)",
      peerNote:
        "custom @cypher field on each kind: native connection fields over every relationship type did not plan within 30 s",
      requests: {
        ours: graphql("query($id: ID!) { neighbors(id: $id, depth: 2) { nodes { id } } }", { id: t.id }),
        peer: graphql(
          "query($id: ID!) { entities(where: { id: { eq: $id } }) { id neighbourhood { id } } }",
          {
            id: t.id,
          },
        ),
        raw: raw("q3", { id: t.id }),
      },
      normalise: {
        ours: (b) =>
          sorted([t.id, ...(data(b).neighbors as { nodes: Json[] }).nodes.map((n) => n.id as string)]),
        peer: (b) =>
          sorted([
            t.id,
            ...((data(b).entities as Json[])[0]!.neighbourhood as Json[]).map((n) => n.id as string),
          ]),
        raw: (b) => sorted([t.id, ...(rows(b)[0]!.ids as string[])]),
      },
    },
    {
      name: "Q4",
      title: "shortest path <= 6",
      peerNote: "custom @cypher query field (shortestPath)",
      requests: {
        ours: graphql(
          "query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, maxHops: 6) { length nodes { id } } }",
          {
            a: t.id,
            b: t.farId,
          },
        ),
        peer: graphql("query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b, maxHops: 6) { id } }", {
          a: t.id,
          b: t.farId,
        }),
        raw: raw("q4", { from: t.id, to: t.farId }),
      },
      normalise: {
        ours: (b) => pathLine((data(b).shortestPath as { nodes: Json[] }).nodes.map((n) => n.id as string)),
        peer: (b) => pathLine((data(b).shortestPath as Json[]).map((n) => n.id as string)),
        raw: (b) => pathLine(rows(b)[0]!.ids as string[]),
      },
    },
    {
      name: "Q5",
      title: "full-text search",
      peerNote: "custom @cypher query field (db.index.fulltext.queryNodes, the service's Lucene query)",
      requests: {
        ours: graphql("query($text: String!) { search(text: $text, first: 10) { entity { id } } }", {
          text: t.searchText,
        }),
        peer: graphql("query($q: String!) { searchEntities(query: $q, first: 10) { id } }", {
          q: t.luceneQuery,
        }),
        raw: raw("q5", { query: t.luceneQuery, first: 10 }),
      },
      normalise: {
        ours: (b) => sorted((data(b).search as Array<{ entity: Json }>).map((h) => h.entity.id as string)),
        peer: (b) => sorted((data(b).searchEntities as Json[]).map((n) => n.id as string)),
        raw: (b) => sorted(rows(b).map((r) => r.id as string)),
      },
    },
    {
      name: "Q6",
      title: "entities(first: 20), each with its relationships and both ends",
      peerNote:
        "custom @cypher field on each kind: native connection fields over every relationship type did not plan within 30 s",
      requests: {
        ours: graphql(
          "{ entities(first: 20) { edges { node { id relationships(first: 100) { id from { id } to { id } } } } } }",
        ),
        peer: graphql("{ entities(limit: 20, sort: [{ id: ASC }]) { id relationships { id from to } } }"),
        raw: raw("q6", {}),
      },
      normalise: {
        ours: (b) =>
          sorted(
            (
              data(b).entities as { edges: Array<{ node: { id: string; relationships: Json[] } }> }
            ).edges.flatMap(({ node }) => [
              node.id,
              ...node.relationships.map(
                (r) => `${node.id} ${r.id} ${(r.from as Json).id} -> ${(r.to as Json).id}`,
              ),
            ]),
          ),
        peer: (b) =>
          sorted(
            (data(b).entities as Json[]).flatMap((n) => [
              n.id as string,
              ...(n.relationships as Json[]).map((r) => `${n.id} ${r.id} ${r.from} -> ${r.to}`),
            ]),
          ),
        raw: (b) =>
          sorted(
            rows(b).flatMap((n) => [
              n.id as string,
              ...(n.relationships as Json[]).map((r) => `${n.id} ${r.id} ${r.from} -> ${r.to}`),
            ]),
          ),
      },
    },
  ];
}

function entityLine(e: Json | null | undefined): string[] {
  if (!e) return ["(none)"];
  return [`${e.id} | ${e.name} | ${e.kind} | ${[...(e.aliases as string[])].sort().join(", ")}`];
}

const otherLine = (relationshipId: string, other: Json): string =>
  `${relationshipId} ${other.id} ${other.name}`;
