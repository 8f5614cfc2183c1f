/** The page's only connection: POST to this server's /graphql. */
export interface EntityRef {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

export interface Edge {
  readonly id: string;
  readonly type: string;
  readonly from: { readonly id: string };
  readonly to: { readonly id: string };
  readonly claimedBy: string | null;
}

export interface Subgraph {
  readonly nodes: readonly EntityRef[];
  readonly relationships: readonly Edge[];
  readonly truncated: boolean;
}

export interface PathStep {
  readonly sentence: string;
  readonly claimant: string | null;
  readonly quote: string | null;
}

export interface Path {
  readonly length: number;
  readonly nodes: readonly EntityRef[];
  readonly relationships: readonly Edge[];
  readonly explanation: { readonly steps: readonly PathStep[] };
}

export interface Citation {
  readonly quote: string;
  readonly claimant: string | null;
  readonly claimantEntity: { readonly name: string } | null;
  readonly start: number;
  readonly end: number;
  readonly stance: string;
  readonly source: {
    readonly id: string;
    readonly title: string;
    readonly publishedOn: string | null;
    readonly text: string;
  };
}

export interface EdgeEvidence extends Edge {
  readonly explanation: { readonly text: string };
  readonly citations: readonly Citation[];
}

/** Passed as `evidence` to every traversal; absent fields are no filter. */
export interface EvidenceFilter {
  minSources?: number;
  excludeClaimants?: string[];
  excludeReference?: boolean;
}

export class ApiError extends Error {}

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "));
  if (!body.data) throw new ApiError(`the API answered ${response.status} without data`);
  return body.data;
}

const ENTITY = "id name kind";
const EDGE = "id type from { id } to { id } claimedBy";

export async function searchEntities(text: string): Promise<EntityRef[]> {
  const data = await graphql<{ search: { entity: EntityRef }[] }>(
    `query Search($text: String!) { search(text: $text, first: 10) { entity { ${ENTITY} } } }`,
    { text },
  );
  return data.search.map((hit) => hit.entity);
}

export async function entityById(id: string): Promise<EntityRef | null> {
  const data = await graphql<{ entity: EntityRef | null }>(
    `query One($id: ID!) { entity(id: $id) { ${ENTITY} } }`,
    {
      id,
    },
  );
  return data.entity;
}

export interface NeighborhoodQuery {
  readonly id: string;
  readonly depth: number;
  readonly types: readonly string[];
  readonly kinds: readonly string[];
  readonly evidence: EvidenceFilter;
}

export async function neighborhood(q: NeighborhoodQuery): Promise<Subgraph> {
  const data = await graphql<{ neighbors: Subgraph }>(
    `query Neighbors($id: ID!, $depth: Int, $types: [RelationshipType!], $kinds: [EntityKind!], $evidence: EvidenceFilter) {
      neighbors(id: $id, depth: $depth, types: $types, kinds: $kinds, evidence: $evidence) {
        nodes { ${ENTITY} } relationships { ${EDGE} } truncated
      }
    }`,
    {
      id: q.id,
      depth: q.depth,
      types: q.types.length ? q.types : null,
      kinds: q.kinds.length ? q.kinds : null,
      evidence: q.evidence,
    },
  );
  return data.neighbors;
}

export async function pathsBetween(
  from: string,
  to: string,
  types: readonly string[],
  evidence: EvidenceFilter,
): Promise<Path[]> {
  const data = await graphql<{ paths: Path[] }>(
    `query Paths($from: ID!, $to: ID!, $types: [RelationshipType!], $evidence: EvidenceFilter) {
      paths(from: $from, to: $to, types: $types, evidence: $evidence, maxHops: 4, first: 3) {
        length nodes { ${ENTITY} } relationships { ${EDGE} }
        explanation { steps { sentence claimant quote } }
      }
    }`,
    { from, to, types: types.length ? types : null, evidence },
  );
  return data.paths;
}

/** Sources whose texts one request reads: each text is priced at the most a source may hold. */
const TEXTS_PER_REQUEST = 10;

/** The texts of `ids`, by id, a few sources a request. */
async function sourceTexts(ids: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (let i = 0; i < ids.length; i += TEXTS_PER_REQUEST) {
    const chunk = ids.slice(i, i + TEXTS_PER_REQUEST);
    const variables = Object.fromEntries(chunk.map((id, k) => [`s${k}`, id]));
    const data = await graphql<Record<string, { id: string; text: string } | null>>(
      `query Texts(${chunk.map((_, k) => `$s${k}: ID!`).join(", ")}) {
        ${chunk.map((_, k) => `s${k}: source(id: $s${k}) { id text }`).join("\n")}
      }`,
      variables,
    );
    for (const source of Object.values(data)) if (source) texts.set(source.id, source.text);
  }
  return texts;
}

/**
 * An edge's citations, read when it is opened: drawing a neighbourhood never carries source texts, and
 * each source's text is read once however many citations quote it.
 */
export async function edgeEvidence(edge: Edge): Promise<EdgeEvidence | undefined> {
  const data = await graphql<{ relationshipsBetween: EdgeEvidence[] }>(
    `query Evidence($a: ID!, $b: ID!, $types: [RelationshipType!]) {
      relationshipsBetween(a: $a, b: $b, types: $types) {
        ${EDGE} explanation { text }
        citations(first: 100) { quote claimant claimantEntity { name } start end stance source { id title publishedOn } }
      }
    }`,
    { a: edge.from.id, b: edge.to.id, types: [edge.type] },
  );
  const found = data.relationshipsBetween.find((r) => r.id === edge.id);
  if (!found) return undefined;
  const texts = await sourceTexts([...new Set(found.citations.map((c) => c.source.id))]);
  return {
    ...found,
    citations: found.citations.map((c) => ({
      ...c,
      source: { ...c.source, text: texts.get(c.source.id) ?? "" },
    })),
  };
}
