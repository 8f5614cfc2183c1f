import type { RelationshipDirection } from "./direction";

/** How many entities of one kind (a registry label) the graph holds. */
export interface KindCount {
  readonly kind: string;
  readonly count: number;
}

/** How many relationships of one registry type the graph holds. */
export interface TypeCount {
  readonly type: string;
  readonly count: number;
}

/** The whole graph's counts, every registry kind and type included, zero or not. */
export interface GraphStats {
  readonly entitiesByKind: readonly KindCount[];
  readonly relationshipsByType: readonly TypeCount[];
  readonly entities: number;
  readonly relationships: number;
  readonly sources: number;
  readonly citations: number;
}

/** An entity's relationships of one type seen from it; symmetric types once, as BOTH. */
export interface DirectedTypeCount {
  readonly type: string;
  readonly direction: RelationshipDirection;
  readonly count: number;
}

/** A source, or a claimant, and how many of an entity's relationships it supports. */
export interface SupportShare {
  readonly id: string;
  readonly relationships: number;
}

export interface EntityStats {
  readonly entityId: string;
  /** All its relationships, from the degree store. */
  readonly relationships: number;
  /** Only the types it has. */
  readonly byType: readonly DirectedTypeCount[];
  /** Sources and claimants, most relationships first, then by id; read from at most the cap's relationships. */
  readonly sources: readonly SupportShare[];
  readonly claimants: readonly SupportShare[];
  /** How many relationships sources and claimants were read from. */
  readonly relationshipsRead: number;
}

/** A source's citations of one relationship type, and the distinct relationships they support. */
export interface SourceSupport {
  readonly type: string;
  readonly citations: number;
  readonly relationships: number;
}
