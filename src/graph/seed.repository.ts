import { hostname } from "node:os";
import {
  DELETE_ALL,
  RECORD_SEED_FILE,
  SEED_FILES,
  SEED_LOCK_CONSTRAINT,
  TAKE_SEED_LOCK,
} from "./cypher/seed.cypher";
import type { Executor, HeldLock, TransactionRunner, WriteCounters } from "./executor";
import { statement } from "./statement";

/** A schema command from a seed file (a constraint or an index), checked by the caller. */
export interface CheckedStatement {
  /** e.g. `cypher/seed/030-talks.cypher:12`, for logs and transaction metadata. */
  readonly name: string;
  readonly text: string;
}

export const ZERO_COUNTERS: WriteCounters = Object.freeze({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  labelsAdded: 0,
  constraintsAdded: 0,
  indexesAdded: 0,
});

export function addCounters(a: WriteCounters, b: WriteCounters): WriteCounters {
  return Object.fromEntries(
    Object.keys(ZERO_COUNTERS).map((k) => [k, a[k as keyof WriteCounters] + b[k as keyof WriteCounters]]),
  ) as unknown as WriteCounters;
}

/** A statement of a file failed; `index` says which, `cause` is the product error. */
export class StatementFailure extends Error {
  constructor(
    readonly index: number,
    override readonly cause: Error,
  ) {
    super(cause.message);
  }
}

/** A seed file applied to the database. */
export interface SeedFileRecord {
  /** Relative to the project root, or as given when outside it. */
  readonly path: string;
  /** sha256 of the content, hex. */
  readonly checksum: string;
  /** ISO 8601 timestamp. */
  readonly appliedAt: string;
}

export class SeedRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * Takes the database's seed lock (see Executor.lock), waiting up to `wait.waitMs` while another
   * process holds it; undefined when it did not come in time.
   */
  async lockSeeding(wait: {
    waitMs: number;
    noticeMs: number;
    onWait: () => void;
  }): Promise<HeldLock | undefined> {
    const name = "seed";
    try {
      await this.executor.schema(SEED_LOCK_CONSTRAINT);
    } catch {
      // Two processes creating it at once: one of them fails, and the constraint exists either way.
      await this.executor.schema(SEED_LOCK_CONSTRAINT);
    }
    return this.executor.lock(TAKE_SEED_LOCK, { name, holder: `${hostname()}:${process.pid}` }, wait);
  }

  async deleteAll(): Promise<WriteCounters> {
    return (await this.executor.write(DELETE_ALL)).counters;
  }

  /** Schema commands, each in its own transaction (Neo4j refuses to mix them with data writes). */
  async runSchema(statements: readonly CheckedStatement[]): Promise<WriteCounters> {
    let total = ZERO_COUNTERS;
    for (const [index, s] of statements.entries()) {
      try {
        total = addCounters(total, (await this.executor.schema(statement(s.name, s.text))).counters);
      } catch (error) {
        throw new StatementFailure(index, error as Error);
      }
    }
    return total;
  }

  /** The records of those of `paths` applied so far, by path. */
  async seedFiles(paths: readonly string[]): Promise<Map<string, SeedFileRecord>> {
    const rows = await this.executor.read(SEED_FILES, { paths });
    return new Map(
      rows.map((r) => [
        String(r.path),
        { path: String(r.path), checksum: String(r.checksum), appliedAt: String(r.appliedAt) },
      ]),
    );
  }

  /** Records a file inside a transaction that writes its data, so both commit or neither does. */
  async recordSeedFile(run: TransactionRunner, record: SeedFileRecord): Promise<void> {
    await run(RECORD_SEED_FILE, { ...record });
  }

  /** Records a file on its own, after its schema commands ran. */
  async recordSeedFileNow(record: SeedFileRecord): Promise<void> {
    await this.executor.write(RECORD_SEED_FILE, { ...record });
  }
}
