import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { Path, Subgraph } from "../../model/path";
import type { Relationship } from "../../model/relationship";
import { DEFAULTS, LIMITS } from "../../services/limits";
import type { GraphqlContext } from "../context";
import { fieldsSelectedUnder, selectsField } from "../selects-field";
import { Direction, EntityKind, RelationshipType } from "../types/enums";
import { EvidenceFilterInputType } from "../types/evidence-filter.input";
import { PathType, SubgraphType } from "../types/path.type";
import { RelationshipObjectType } from "../types/relationship.type";

/** Relationships are read when asked for, or when `truncated` must say whether their cap cut them. */
const needsRelationships = (info: GraphQLResolveInfo): boolean =>
  selectsField(info, "relationships") || selectsField(info, "truncated");

/** Fields of an entity answered from its id and labels alone. */
const IDENTITY_FIELDS: ReadonlySet<string> = new Set(["id", "kind", "__typename"]);

/** Whether the answer's entities are asked for nothing beyond their id and kind. */
const needsIdsOnly = (info: GraphQLResolveInfo): boolean =>
  [...fieldsSelectedUnder(info, "nodes")].every((name) => IDENTITY_FIELDS.has(name));

/** The `evidence` argument's description, the same on every traversal. */
const EVIDENCE =
  "Only relationships resting on this evidence are used, inside the traversal: nothing is reached, and no path found, through one it leaves out.";

@Resolver()
export class TraversalResolver {
  @Query((_returns) => SubgraphType, {
    description: `Everything within depth (1 to ${LIMITS.DEPTH_MAX}) steps of an entity, with the relationships that reach it. kinds limits the entities passed through and reached.`,
  })
  neighbors(
    @Ctx() ctx: GraphqlContext,
    @Arg("id", (_type) => ID) id: string,
    @Arg("types", (_type) => [RelationshipType], { nullable: true }) types: string[] | null,
    @Arg("direction", (_type) => Direction, { nullable: true, defaultValue: Direction.BOTH })
    direction: Direction | null,
    @Arg("depth", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.DEPTH }) depth: number | null,
    @Arg("kinds", (_type) => [EntityKind], { nullable: true }) kinds: string[] | null,
    @Arg("evidence", (_type) => EvidenceFilterInputType, { nullable: true, description: EVIDENCE })
    evidence: EvidenceFilterInputType | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Subgraph> {
    return ctx.services.traversal.neighbors(id, {
      types,
      direction: direction ?? undefined,
      depth: depth ?? undefined,
      labels: kinds,
      withRelationships: needsRelationships(info),
      idsOnly: needsIdsOnly(info),
      evidence,
    });
  }

  @Query((_returns) => [RelationshipObjectType], {
    description: "Direct relationships between two entities, either direction.",
  })
  relationshipsBetween(
    @Ctx() ctx: GraphqlContext,
    @Arg("a", (_type) => ID) a: string,
    @Arg("b", (_type) => ID) b: string,
    @Arg("types", (_type) => [RelationshipType], { nullable: true }) types: string[] | null,
    @Arg("evidence", (_type) => EvidenceFilterInputType, { nullable: true, description: EVIDENCE })
    evidence: EvidenceFilterInputType | null,
  ): Promise<Relationship[]> {
    return ctx.services.traversal.relationshipsBetween(a, b, types, evidence);
  }

  @Query((_returns) => PathType, {
    nullable: true,
    description: `A shortest path between two entities, ignoring direction; null when none has at most maxHops (1 to ${LIMITS.MAX_HOPS_MAX}) steps.`,
  })
  shortestPath(
    @Ctx() ctx: GraphqlContext,
    @Arg("from", (_type) => ID) from: string,
    @Arg("to", (_type) => ID) to: string,
    @Arg("types", (_type) => [RelationshipType], { nullable: true }) types: string[] | null,
    @Arg("maxHops", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.SHORTEST_PATH_MAX_HOPS })
    maxHops: number | null,
    @Arg("evidence", (_type) => EvidenceFilterInputType, { nullable: true, description: EVIDENCE })
    evidence: EvidenceFilterInputType | null,
  ): Promise<Path | null> {
    return ctx.services.traversal.shortestPath(from, to, types, maxHops ?? undefined, evidence);
  }

  @Query((_returns) => [PathType], {
    description: `Simple paths (no entity twice) between two entities, ignoring direction: shortest first, then by their list of relationship ids, at most first. maxHops: 1 to ${LIMITS.MAX_HOPS_MAX}; first: 1 to ${LIMITS.PATHS_FIRST_MAX}.`,
  })
  paths(
    @Ctx() ctx: GraphqlContext,
    @Arg("from", (_type) => ID) from: string,
    @Arg("to", (_type) => ID) to: string,
    @Arg("types", (_type) => [RelationshipType], { nullable: true }) types: string[] | null,
    @Arg("maxHops", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.PATHS_MAX_HOPS })
    maxHops: number | null,
    @Arg("first", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.PATHS_FIRST })
    first: number | null,
    @Arg("evidence", (_type) => EvidenceFilterInputType, { nullable: true, description: EVIDENCE })
    evidence: EvidenceFilterInputType | null,
  ): Promise<Path[]> {
    return ctx.services.traversal.paths(from, to, types, maxHops ?? undefined, first ?? undefined, evidence);
  }

  @Query((_returns) => SubgraphType, {
    description: `The given entities (at most ${LIMITS.SUBGRAPH_IDS_MAX}), everything within depth (0 to ${LIMITS.DEPTH_MAX}) steps, and every relationship among them.`,
  })
  subgraph(
    @Ctx() ctx: GraphqlContext,
    @Arg("ids", (_type) => [ID]) ids: string[],
    @Arg("depth", (_type) => Int, { nullable: true, defaultValue: DEFAULTS.DEPTH }) depth: number | null,
    @Arg("evidence", (_type) => EvidenceFilterInputType, { nullable: true, description: EVIDENCE })
    evidence: EvidenceFilterInputType | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Subgraph> {
    return ctx.services.traversal.subgraph(ids, depth ?? undefined, {
      withRelationships: needsRelationships(info),
      evidence,
    });
  }
}

@Resolver((_of) => PathType)
export class PathResolver {
  @FieldResolver((_returns) => Int, { description: "Number of relationships." })
  length(@Root() path: Path): number {
    return path.relationships.length;
  }
}
