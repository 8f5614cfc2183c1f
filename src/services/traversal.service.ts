import type { Direction, RelationshipRepository } from "../graph/relationship.repository";
import type { TraversalRepository } from "../graph/traversal.repository";
import { InvalidInputError, UnknownEntityError } from "../model/errors";
import type { Path, Subgraph } from "../model/path";
import type { Relationship } from "../model/relationship";
import type { EntityService } from "./entity.service";
import { type EvidenceFilterInput, evidenceFilter } from "./evidence-filter";
import { DEFAULTS, LIMITS } from "./limits";
import { assertIntInRange, assertMaxItems } from "./validate";

const orNull = <T>(values: readonly T[] | null | undefined): readonly T[] | null =>
  values && values.length > 0 ? values : null;

export class TraversalService {
  constructor(
    private readonly traversal: TraversalRepository,
    private readonly relationships: RelationshipRepository,
    private readonly entities: EntityService,
  ) {}

  /** Everything within `depth` steps of `id`; `labels` limits the nodes passed through and reached. */
  async neighbors(
    id: string,
    options: {
      types?: readonly string[] | null;
      direction?: Direction;
      depth?: number;
      labels?: readonly string[] | null;
      /** False when the caller needs only the entities: no relationship is read then. */
      withRelationships?: boolean;
      /** True when the caller needs no more of each entity than its id and kind. */
      idsOnly?: boolean;
      /** The evidence each step must rest on. */
      evidence?: EvidenceFilterInput | null;
    },
  ): Promise<Subgraph> {
    const depth = assertIntInRange("depth", options.depth ?? DEFAULTS.DEPTH, 1, LIMITS.DEPTH_MAX);
    const evidence = evidenceFilter(options.evidence);
    const found = await this.traversal.neighborhood(
      id,
      depth,
      {
        types: orNull(options.types),
        labels: orNull(options.labels),
        direction: options.direction ?? "BOTH",
        evidence,
      },
      options.withRelationships ?? true,
      options.idsOnly ?? false,
    );
    if (!found) throw new UnknownEntityError(id, "id");
    return found;
  }

  /** Direct relationships between two entities, in either direction. */
  async relationshipsBetween(
    a: string,
    b: string,
    types: readonly string[] | null,
    evidenceInput: EvidenceFilterInput | null = null,
  ): Promise<Relationship[]> {
    const evidence = evidenceFilter(evidenceInput);
    await this.entities.assertExist([
      { id: a, argument: "a" },
      { id: b, argument: "b" },
    ]);
    return this.relationships.between(a, b, orNull(types), evidence);
  }

  /** Null when no path of at most `maxHops` steps exists; an error when either end does not. */
  async shortestPath(
    from: string,
    to: string,
    types: readonly string[] | null,
    maxHops: number = DEFAULTS.SHORTEST_PATH_MAX_HOPS,
    evidenceInput: EvidenceFilterInput | null = null,
  ): Promise<Path | null> {
    assertIntInRange("maxHops", maxHops, 1, LIMITS.MAX_HOPS_MAX);
    const evidence = evidenceFilter(evidenceInput);
    if (from === to) return this.emptyPath(from);
    const path = await this.traversal.shortestPath(from, to, maxHops, orNull(types), evidence);
    if (path === undefined) await this.reportMissingEnd(from, to);
    return path ?? null;
  }

  /** Simple paths (no entity twice), shortest first, then by their relationship ids, at most `first`. */
  async paths(
    from: string,
    to: string,
    types: readonly string[] | null,
    maxHops: number = DEFAULTS.PATHS_MAX_HOPS,
    first: number = DEFAULTS.PATHS_FIRST,
    evidenceInput: EvidenceFilterInput | null = null,
  ): Promise<Path[]> {
    assertIntInRange("maxHops", maxHops, 1, LIMITS.MAX_HOPS_MAX);
    assertIntInRange("first", first, 1, LIMITS.PATHS_FIRST_MAX);
    const evidence = evidenceFilter(evidenceInput);
    if (from === to) return [await this.emptyPath(from)];
    const paths = await this.traversal.paths(from, to, maxHops, orNull(types), first, evidence);
    if (paths === undefined) await this.reportMissingEnd(from, to);
    return paths ?? [];
  }

  /** The given entities, everything within `depth` steps (0 to LIMITS.DEPTH_MAX), and the edges among them. */
  async subgraph(
    ids: readonly string[],
    depth: number = DEFAULTS.DEPTH,
    options: { withRelationships?: boolean; evidence?: EvidenceFilterInput | null } = {},
  ): Promise<Subgraph> {
    assertMaxItems("ids", ids, LIMITS.SUBGRAPH_IDS_MAX);
    assertIntInRange("depth", depth, 0, LIMITS.DEPTH_MAX);
    const evidence = evidenceFilter(options.evidence);
    if (ids.length === 0) throw new InvalidInputError("ids must hold at least one entity id", "ids");
    const unique = [...new Set(ids)];
    const { found, subgraph } = await this.traversal.subgraph(
      unique,
      depth,
      options.withRelationships ?? true,
      evidence,
    );
    const missing = unique.filter((id) => !found.includes(id));
    if (missing.length > 0) {
      throw new InvalidInputError(`ids: no entity has id ${missing.map((m) => `"${m}"`).join(", ")}`, "ids");
    }
    return subgraph;
  }

  private async emptyPath(id: string): Promise<Path> {
    const entity = (await this.entities.assertExist([{ id, argument: "from" }])).get(id)!;
    return { nodes: [entity], relationships: [] };
  }

  private async reportMissingEnd(from: string, to: string): Promise<never> {
    await this.entities.assertExist([
      { id: from, argument: "from" },
      { id: to, argument: "to" },
    ]);
    throw new Error("invariant: a path query found no endpoints, yet both exist");
  }
}
