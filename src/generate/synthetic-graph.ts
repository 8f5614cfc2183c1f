import { NODE_KINDS, RELATIONSHIP_TYPES, type NodeKindSpec } from "../model/registry";
import { storedDirection } from "../model/stored-direction";
import { Prng } from "./prng";
import { syntheticName, syntheticProperties, syntheticWord } from "./synthetic-text";

/** Every generated id starts with it, so generated data can be told apart (and removed). */
export const GENERATED_ID_PREFIX = "gen-";

/** Relationships each entity starts; others reach it too, so the mean degree is about twice this. */
export const RELATIONSHIPS_PER_ENTITY = 4;

/** Other ends are drawn as count * u^HUB_SKEW: the first entities of each kind become hubs. */
const HUB_SKEW = 3;

/** Share of each kind in a generated graph; few countries and negotiations, so they gather edges. */
const KIND_WEIGHTS: Readonly<Record<string, number>> = {
  Country: 1,
  Government: 1,
  ArmedGroup: 8,
  Organization: 14,
  Delegation: 12,
  Negotiation: 6,
  Agreement: 4,
  Incident: 36,
  Place: 18,
};

export interface GeneratedEntity {
  readonly label: string;
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** A relationship in stored direction, with its ends' names (its quotes name them). */
export interface DrawnRelationship {
  readonly type: string;
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly fromName: string;
  readonly toName: string;
}

interface DrawnEdge {
  readonly type: string;
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly otherIndex: number;
}

interface KindBlock {
  readonly kind: NodeKindSpec;
  /** Global index of its first entity; a kind's entities are numbered contiguously. */
  readonly offset: number;
  readonly count: number;
}

/** A relationship an entity of some kind may start: the type, which end it is, the kinds at the other end. */
interface EdgeOption {
  readonly type: string;
  readonly side: "from" | "to";
  readonly others: readonly KindBlock[];
}

const kebab = (name: string): string =>
  name
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .replace(/_/g, "-")
    .toLowerCase();

const KEBAB = new Map(
  [...NODE_KINDS.map((k) => k.label), ...RELATIONSHIP_TYPES.map((t) => t.type)].map((n) => [n, kebab(n)]),
);

/** Entities per kind by largest remainder, at least one of each (callers ask for one per kind at least). */
function kindCounts(total: number): number[] {
  const weights = NODE_KINDS.map((k) => KIND_WEIGHTS[k.label] ?? 5);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)));
  const byRemainder = weights
    .map((w, i) => ({ i, remainder: (total * w) / sum - Math.floor((total * w) / sum) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let diff = total - counts.reduce((a, b) => a + b, 0);
  for (let j = 0; diff > 0; j = (j + 1) % counts.length, diff--) counts[byRemainder[j]!.i]! += 1;
  while (diff < 0) {
    const largest = counts.indexOf(Math.max(...counts));
    counts[largest]! -= 1;
    diff++;
  }
  return counts;
}

/**
 * A synthetic graph of the registry's kinds and relationship types, the same for the same
 * (entities, seed): each entity and its relationships come from their own seeded stream, so any part
 * can be produced without the rest.
 */
export class SyntheticGraph {
  readonly blocks: readonly KindBlock[];
  private readonly options: ReadonlyMap<string, readonly EdgeOption[]>;

  constructor(
    readonly entities: number,
    readonly seed: number,
  ) {
    let offset = 0;
    this.blocks = kindCounts(entities).map((count, i) => {
      const block = { kind: NODE_KINDS[i]!, offset, count };
      offset += count;
      return block;
    });
    this.options = new Map(this.blocks.map((b) => [b.kind.label, this.edgeOptions(b.kind.label)]));
  }

  /** The smallest graph with one entity of every kind. */
  static get minimumEntities(): number {
    return NODE_KINDS.length;
  }

  entity(index: number): GeneratedEntity {
    const block = this.blockOf(index);
    const local = index - block.offset;
    const rng = Prng.stream(this.seed, index * 2);
    const word = syntheticWord(rng);
    const label = block.kind.label;
    return {
      label,
      id: this.idOf(index),
      name: syntheticName(rng, label, word),
      aliases: [`${word} ${local}`],
      description: `Synthetic ${KEBAB.get(label)!.replace(/-/g, " ")} ${local} (seed ${this.seed}): ${block.kind.description}`,
      properties: syntheticProperties(rng, block.kind.properties),
    };
  }

  /**
   * The relationships entity `index` starts, in stored direction, none twice. An edge both its ends drew
   * belongs to the end with the lower index, so the whole graph holds each edge once.
   */
  relationshipsOf(index: number): DrawnRelationship[] {
    const me = this.entity(index);
    return this.draw(index)
      .filter((edge) => !(edge.otherIndex < index && this.draws(edge.otherIndex, edge.id)))
      .map(({ otherIndex, ...edge }) => {
        const other = this.entity(otherIndex);
        const [fromName, toName] = edge.from === me.id ? [me.name, other.name] : [other.name, me.name];
        return { ...edge, fromName, toName };
      });
  }

  /** Edges entity `index` draws (its own stream): ids only, cheap enough to ask of any entity. */
  private draw(index: number): DrawnEdge[] {
    const myId = this.idOf(index);
    const rng = Prng.stream(this.seed, index * 2 + 1);
    const options = this.options.get(this.blockOf(index).kind.label) ?? [];
    const seen = new Set<string>();
    const edges: DrawnEdge[] = [];
    for (let attempt = 0; attempt < RELATIONSHIPS_PER_ENTITY && options.length > 0; attempt++) {
      const option = rng.pick(options);
      const block = rng.pick(option.others);
      let otherIndex = block.offset + Math.floor(block.count * rng.next() ** HUB_SKEW);
      if (otherIndex === index) {
        if (block.count === 1) continue;
        otherIndex = block.offset + ((otherIndex - block.offset + 1) % block.count);
      }
      const otherId = this.idOf(otherIndex);
      const [a, b] = option.side === "from" ? [myId, otherId] : [otherId, myId];
      const ends = storedDirection(option.type, a, b);
      const id = `${ends.from}-${KEBAB.get(option.type)!}-${ends.to}`;
      if (seen.has(id)) continue;
      seen.add(id);
      edges.push({ type: option.type, id, from: ends.from, to: ends.to, otherIndex });
    }
    return edges;
  }

  private draws(index: number, relationshipId: string): boolean {
    return this.draw(index).some((e) => e.id === relationshipId);
  }

  private idOf(index: number): string {
    const block = this.blockOf(index);
    return `${GENERATED_ID_PREFIX}${KEBAB.get(block.kind.label)!}-${String(index - block.offset).padStart(6, "0")}`;
  }

  private blockOf(index: number): KindBlock {
    if (!Number.isInteger(index) || index < 0 || index >= this.entities)
      throw new Error(`invariant: entity index ${index} outside 0..${this.entities - 1}`);
    return this.blocks.find((b) => index < b.offset + b.count)!;
  }

  private edgeOptions(label: string): EdgeOption[] {
    const present = (labels: readonly string[]): KindBlock[] =>
      this.blocks.filter((b) => b.count > 0 && labels.includes(b.kind.label));
    return RELATIONSHIP_TYPES.flatMap((t) => [
      ...(t.from.includes(label) ? [{ type: t.type, side: "from" as const, others: present(t.to) }] : []),
      ...(t.to.includes(label) ? [{ type: t.type, side: "to" as const, others: present(t.from) }] : []),
    ]).filter((o) => o.others.length > 0);
  }
}
