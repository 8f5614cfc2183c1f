import { hostname } from "node:os";
import {
  DELETE_ALL,
  RECORD_SEED_FILE,
  SCHEMA_NAMES,
  SEED_FILES,
  SEED_LOCK_CONSTRAINT,
  TAKE_SEED_LOCK,
} from "./cypher/seed.cypher";
import { DERIVE_EVIDENCE } from "./cypher/derive.cypher";
import { ASTRAL_CITATIONS, SEED_CHECKS } from "./cypher/seed-checks.cypher";
import type { Executor, HeldLock, TransactionRunner, WriteCounters } from "./executor";
import { toModelError } from "./neo4j-errors";
import { ASTRAL_PATTERN, SEED_RULES } from "./seed-rules";
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

/** Something in the graph that breaks a registry rule, as SEED_CHECKS reads it. */
export interface SeedProblem {
  readonly rule: string;
  /** The entity's, source's or relationship's id (a citation's relationship). */
  readonly id: string | null;
  readonly detail: Readonly<Record<string, unknown>>;
}

/** A data file's effect broke the registry's rules; its transaction was rolled back. */
export class SeedProblems extends Error {
  constructor(
    /** Index of the file among those applied in the transaction. */
    readonly fileIndex: number,
    readonly problems: readonly SeedProblem[],
  ) {
    super(`${problems.length} problem(s)`);
  }
}

/** A data file, its statements Cypher as written. */
export interface DataFile {
  readonly statements: readonly CheckedStatement[];
  /** Recorded in the transaction that writes the file; none to leave no record. */
  readonly record?: SeedFileRecord;
}

/** Thrown inside a transaction to roll it back. */
class Rollback extends Error {}

/** What identifies one problem across two runs of the same statements. */
export const problemKey = (p: SeedProblem): string =>
  JSON.stringify([p.rule, p.id, p.detail.broken ?? null, p.detail.sourceId ?? null, p.detail.start ?? null]);

/** At most this many problems of each rule are read. */
const PROBLEMS_PER_RULE = 20;

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

  /**
   * Applies data files in one transaction: each file's statements as written, then the evidence
   * derivation, then the checks; the first file whose effect breaks a rule throws SeedProblems and
   * nothing is written. With `commit: false` the transaction is rolled back after the last file (a
   * dry run). A statement Neo4j refuses throws StatementFailure (its index within its file).
   * `onStatement` hears of each statement run, for progress, and whether it wrote anything (a MATCH that
   * finds nothing writes nothing).
   */
  async applyDataFiles(
    files: readonly DataFile[],
    commit: boolean,
    onStatement: (fileIndex: number, done: number, wrote: boolean) => void = () => undefined,
  ): Promise<WriteCounters> {
    const work = async (run: TransactionRunner): Promise<WriteCounters> => {
      let total = ZERO_COUNTERS;
      for (const [fileIndex, file] of files.entries()) {
        for (const [index, s] of file.statements.entries()) {
          let counters: WriteCounters;
          try {
            counters = (await run(statement(s.name, s.text))).counters;
          } catch (error) {
            throw Object.assign(new StatementFailure(index, toModelError(error)), { fileIndex });
          }
          total = addCounters(total, counters);
          onStatement(
            fileIndex,
            index + 1,
            Object.values(counters).some((n) => n > 0),
          );
        }
        await run(DERIVE_EVIDENCE);
        const problems = await this.problems(run);
        if (problems.length > 0) throw new SeedProblems(fileIndex, problems);
        if (file.record) await this.recordSeedFile(run, file.record);
      }
      if (!commit) throw Object.assign(new Rollback(), { total });
      return total;
    };
    try {
      return await this.transaction("seedFiles", work);
    } catch (error) {
      if (error instanceof Rollback) return (error as Rollback & { total: WriteCounters }).total;
      throw error;
    }
  }

  /**
   * The index of the statement of the last of `files` after which `problem` first shows, found by
   * applying the files again (the earlier ones whole, the last statement by statement, deriving and
   * checking after each) in a transaction that is rolled back; undefined when it never shows.
   */
  async statementBreaking(files: readonly DataFile[], problem: SeedProblem): Promise<number | undefined> {
    const key = problemKey(problem);
    const found: { index?: number } = {};
    const work = async (run: TransactionRunner): Promise<never> => {
      for (const file of files.slice(0, -1))
        for (const s of file.statements) await run(statement(s.name, s.text));
      const last = files.at(-1)?.statements ?? [];
      for (const [index, s] of last.entries()) {
        await run(statement(s.name, s.text));
        await run(DERIVE_EVIDENCE);
        if ((await this.problems(run)).some((p) => problemKey(p) === key)) {
          found.index = index;
          break;
        }
      }
      throw new Rollback();
    };
    try {
      await this.transaction("seedFileBisect", work);
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    return found.index;
  }

  /**
   * A write transaction whose own signals (SeedProblems, StatementFailure, Rollback) come out as thrown:
   * the executor turns whatever a unit of work throws into a product error (a DatabaseError), which
   * would lose their class and what they carry.
   */
  private async transaction<T>(name: string, work: (run: TransactionRunner) => Promise<T>): Promise<T> {
    let signal: Error | undefined;
    try {
      return await this.executor.writeTransaction(name, async (run) => {
        try {
          return await work(run);
        } catch (error) {
          if (error instanceof SeedProblems || error instanceof StatementFailure || error instanceof Rollback)
            signal = error;
          throw error;
        }
      });
    } catch (error) {
      throw signal ?? error;
    }
  }

  /** What breaks the registry's rules in the graph as `run`'s transaction sees it. */
  private async problems(run: TransactionRunner): Promise<SeedProblem[]> {
    const { rows } = await run(SEED_CHECKS, { rules: SEED_RULES, limit: PROBLEMS_PER_RULE });
    const problems = rows.map((r) => r.problem as SeedProblem);
    const astral = await run(ASTRAL_CITATIONS, { astral: ASTRAL_PATTERN });
    for (const row of astral.rows) {
      const text = String(row.text);
      for (const c of row.citations as { relationshipId: string; start: number; quote: string }[]) {
        if (text.startsWith(c.quote, c.start)) continue;
        const at = text.indexOf(c.quote);
        problems.push({
          rule: "citation",
          id: c.relationshipId,
          detail: {
            broken: "quote",
            sourceId: row.sourceId,
            start: c.start,
            quote: c.quote.slice(0, 200),
            occursAt: at >= 0 ? at : null,
          },
        });
      }
    }
    return problems;
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

  /** The names of the database's indexes, constraints' backing indexes among them. */
  async schemaNames(): Promise<Set<string>> {
    const [row] = await this.executor.read(SCHEMA_NAMES);
    return new Set((row?.names as string[] | undefined) ?? []);
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
