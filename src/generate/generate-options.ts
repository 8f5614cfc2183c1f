/** Bounds of `npm run data:generate`, named once: the CLI's help and errors quote them. */
export const GENERATE_LIMITS = {
  ENTITIES_MAX: 10_000_000,
  SEED_MAX: 4_294_967_295,
  BATCH_MIN: 1,
  BATCH_MAX: 100_000,
  BATCH_DEFAULT: 10_000,
  /** Rows (entities, sources, relationships) per seed file with --cypher: each file is one transaction of the loader. */
  CYPHER_BATCH_DEFAULT: 1_000,
  SEED_DEFAULT: 1,
} as const;

export interface GenerateOptions {
  readonly entities: number;
  readonly seed: number;
  readonly batchSize: number;
}

/** A value out of bounds; the message names the option and its limits. */
export class GenerateOptionsError extends Error {}

function integerIn(option: string, raw: string, min: number, max: number): number {
  const value = /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new GenerateOptionsError(
      `--${option} must be an integer from ${min.toLocaleString("en")} to ${max.toLocaleString("en")} (got "${raw}")`,
    );
  return value;
}

/** Options from the command line's strings; `minEntities` is one entity per registry kind. */
export function parseGenerateOptions(
  raw: { entities?: string; seed?: string; batch?: string; cypher?: string },
  minEntities: number,
): GenerateOptions {
  const batchDefault =
    raw.cypher === undefined ? GENERATE_LIMITS.BATCH_DEFAULT : GENERATE_LIMITS.CYPHER_BATCH_DEFAULT;
  if (raw.entities === undefined)
    throw new GenerateOptionsError("--entities is required: how many entities to generate");
  return {
    entities: integerIn("entities", raw.entities, minEntities, GENERATE_LIMITS.ENTITIES_MAX),
    seed: integerIn("seed", raw.seed ?? String(GENERATE_LIMITS.SEED_DEFAULT), 0, GENERATE_LIMITS.SEED_MAX),
    batchSize: integerIn(
      "batch",
      raw.batch ?? String(batchDefault),
      GENERATE_LIMITS.BATCH_MIN,
      GENERATE_LIMITS.BATCH_MAX,
    ),
  };
}
