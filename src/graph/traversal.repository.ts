import type { EvidenceFilter } from "../model/evidence-filter";
import type { Path, Subgraph } from "../model/path";
import {
  neighborsKey,
  neighborsStatements,
  pathsStatement,
  RELATIONSHIPS_AMONG,
  relationshipsAmongKey,
  shortestPathStatements,
  type StepDirection,
  subgraphStatements,
} from "./cypher/traversal.cypher";
import type { Executor } from "./executor";
import { toEntity, toPath, toRelationship } from "./mappers";
import type { Direction } from "./relationship.repository";
import type { Statement } from "./statement";

export interface TraversalLimits {
  readonly maxDepth: number;
  readonly maxHops: number;
  /** Entities one neighbors or subgraph answer may hold; past it the nearest are kept. */
  readonly maxNodes: number;
  /** Relationships one neighbors or subgraph answer may hold; past it the nearest are kept. */
  readonly maxRelationships: number;
  /** `first` of paths. */
  readonly maxPathsFirst: number;
  /** Paths of the length where `first` cuts that are compared by relationship ids. */
  readonly maxTied: number;
}

function pick<K>(table: ReadonlyMap<K, Statement>, n: K, what: string): Statement {
  const found = table.get(n);
  // The service checks lengths against LIMITS first; reaching this is a programming error.
  if (!found) throw new Error(`invariant: no ${what} statement for length ${n}`);
  return found;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class TraversalRepository {
  private readonly neighbors: ReadonlyMap<string, Statement>;
  private readonly subgraphs: ReadonlyMap<number, Statement>;
  private readonly shortest: ReadonlyMap<number, Statement>;
  /** Built on first use: one per (maxHops, first) pair the limits allow. */
  private readonly pathStatements = new Map<string, Statement>();

  constructor(
    private readonly executor: Executor,
    private readonly limits: TraversalLimits,
  ) {
    this.neighbors = neighborsStatements(limits.maxDepth);
    this.subgraphs = subgraphStatements(limits.maxDepth);
    this.shortest = shortestPathStatements(limits.maxHops);
  }

  /**
   * Undefined when `id` is unknown. Without `withRelationships` no relationship is read: the answer's
   * relationships are empty and only the node cap sets `truncated`. With `idsOnly` the entities carry
   * their id and kind only (name falls back to the id, no other property is read).
   */
  async neighborhood(
    id: string,
    depth: number,
    filter: {
      types: readonly string[] | null;
      labels: readonly string[] | null;
      direction: Direction;
      evidence: EvidenceFilter | null;
    },
    withRelationships = true,
    idsOnly = false,
  ): Promise<Subgraph | undefined> {
    const typed = filter.types !== null;
    const key = neighborsKey({ depth, direction: filter.direction, typed, idsOnly });
    const [row] = await this.executor.read(pick(this.neighbors, key, "neighbors"), {
      id,
      types: filter.types,
      labels: filter.labels,
      evidence: filter.evidence,
      maxNodes: this.limits.maxNodes,
    });
    if (!row) return undefined;
    const among = {
      direction: filter.direction,
      typed,
      types: filter.types,
      evidence: filter.evidence,
      below: depth,
    };
    return this.withRelationships(row, withRelationships ? among : null);
  }

  /** The subgraph and which of `ids` exist; `withRelationships` as for neighborhood; steps rest on `evidence`. */
  async subgraph(
    ids: readonly string[],
    depth: number,
    withRelationships = true,
    evidence: EvidenceFilter | null = null,
  ): Promise<{ found: string[]; subgraph: Subgraph }> {
    const [row] = await this.executor.read(pick(this.subgraphs, depth, "subgraph"), {
      ids,
      evidence,
      maxNodes: this.limits.maxNodes,
    });
    if (!row) return { found: [], subgraph: { nodes: [], relationships: [], truncated: false } };
    const among = { direction: "BOTH" as const, typed: false, types: null, evidence, below: depth + 1 };
    return {
      found: row.found as string[],
      subgraph: await this.withRelationships(row, withRelationships ? among : null),
    };
  }

  /**
   * The subgraph of a row of kept entities, with the relationships among them when `among` says how to
   * find them (steps from entities nearer than `below`); their cap also sets `truncated`.
   */
  private async withRelationships(
    row: Record<string, unknown>,
    among: {
      direction: StepDirection;
      typed: boolean;
      types: readonly string[] | null;
      evidence: EvidenceFilter | null;
      below: number;
    } | null,
  ): Promise<Subgraph> {
    const nodes = (row.nodes as unknown[]).map(toEntity).sort(byId);
    const truncated = row.truncated === true;
    if (!among) return { nodes, relationships: [], truncated };
    const statement = pick(
      RELATIONSHIPS_AMONG,
      relationshipsAmongKey(among.direction, among.typed),
      "relationships",
    );
    const [found] = await this.executor.read(statement, {
      ids: (row.nodes as { id: string }[]).map((n) => n.id),
      distances: row.distances,
      below: among.below,
      types: among.types,
      evidence: among.evidence,
      maxRelationships: this.limits.maxRelationships,
    });
    const relationships = (found!.relationships as unknown[]).map(toRelationship);
    const cut = relationships.length > this.limits.maxRelationships;
    return {
      nodes,
      // Id order: the expansion's own order varies with the plan, and answers should not.
      relationships: relationships.slice(0, this.limits.maxRelationships).sort(byId),
      truncated: truncated || cut,
    };
  }

  /** `undefined` when an endpoint is unknown; `null` when there is no path within `maxHops`. */
  async shortestPath(
    from: string,
    to: string,
    maxHops: number,
    types: readonly string[] | null,
    evidence: EvidenceFilter | null,
  ): Promise<Path | null | undefined> {
    const rows = await this.executor.read(pick(this.shortest, maxHops, "shortestPath"), {
      from,
      to,
      types,
      evidence,
    });
    if (rows.length === 0) return undefined;
    return rows[0]!.path ? toPath(rows[0]!.path) : null;
  }

  /** Simple paths, shortest first, then by relationship ids; `undefined` when an endpoint is unknown. */
  async paths(
    from: string,
    to: string,
    maxHops: number,
    types: readonly string[] | null,
    first: number,
    evidence: EvidenceFilter | null,
  ): Promise<Path[] | undefined> {
    const [row] = await this.executor.read(this.pathsStatement(maxHops, first), {
      from,
      to,
      types,
      evidence,
      maxTied: this.limits.maxTied,
    });
    return row ? (row.paths as unknown[]).map(toPath) : undefined;
  }

  private pathsStatement(maxHops: number, first: number): Statement {
    const key = `${maxHops}/${first}`;
    let found = this.pathStatements.get(key);
    if (!found) {
      found = pathsStatement(maxHops, first, {
        maxHops: this.limits.maxHops,
        maxFirst: this.limits.maxPathsFirst,
      });
      this.pathStatements.set(key, found);
    }
    return found;
  }
}
