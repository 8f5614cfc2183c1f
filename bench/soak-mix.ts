/** One query the soak sends, named for the report; `bomb`s are meant to be refused before they run. */
export interface SoakQuery {
  readonly name: string;
  readonly query: string;
  readonly bomb: boolean;
}

/** The README's example queries (its graphql blocks), read at start so the soak sends exactly them. */
export function readmeQueries(readme: string): SoakQuery[] {
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => ({
    name: `readme-${i + 1}`,
    query: m[1]!,
    bomb: false,
  }));
}

/** `relationships(first: 100) { to { relationships(first: 100) { to { ... } } } }`, `levels` deep. */
export function nestingBomb(levels: number): string {
  let selection = "id";
  for (let i = 0; i < levels; i += 1) selection = `relationships(first: 100) { type to { ${selection} } }`;
  return `{ entity(id: "pakistan") { ${selection} } }`;
}

/** `count` aliases of `entity`, each a separate root field. */
export function aliasBomb(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `e${i}: entity(id: "ttp") { id name }`);
  return `{ ${fields.join(" ")} }`;
}

const ORDINARY: readonly SoakQuery[] = [
  { name: "search", query: '{ search(text: "Turky") { score entity { id name } } }' },
  {
    name: "search-kinds",
    query: '{ search(text: "tehreek", kinds: [ARMED_GROUP], first: 5) { entity { id } } }',
  },
  {
    name: "neighbors-2",
    query: '{ neighbors(id: "afghanistan", depth: 2) { truncated nodes { id } relationships { id type } } }',
  },
  {
    name: "neighbors-3",
    query: '{ neighbors(id: "pakistan", depth: 3) { nodes { id } relationships { id } } }',
  },
  { name: "paths", query: '{ paths(from: "qatar", to: "ttp", maxHops: 4) { length nodes { id } } }' },
  { name: "shortest-path", query: '{ shortestPath(from: "qatar", to: "ttp") { length nodes { id } } }' },
  {
    name: "entities-page",
    query:
      "{ entities(first: 20) { totalCount edges { cursor node { id name kind } } pageInfo { endCursor hasNextPage } } }",
  },
  {
    name: "entities-100-relationships",
    query:
      "{ entities(first: 100) { edges { node { id relationships(first: 10) { type to { id } sources { quote } } } } } }",
  },
].map((q) => ({ ...q, bomb: false }));

const BOMBS: readonly SoakQuery[] = [
  { name: "nesting-5", query: nestingBomb(5) },
  { name: "nesting-10", query: nestingBomb(10) },
  { name: "aliases-1000", query: aliasBomb(1000) },
  {
    name: "paths-10-hops-50",
    query: '{ paths(from: "kandahar", to: "islamabad", maxHops: 10, first: 50) { length nodes { id } } }',
  },
].map((q) => ({ ...q, bomb: true }));

/** Each connection cycles through this list: README examples, reads of every kind, then the bombs. */
export function soakMix(readme: string, withBombs: boolean): SoakQuery[] {
  return [...readmeQueries(readme), ...ORDINARY, ...(withBombs ? BOMBS : [])];
}
