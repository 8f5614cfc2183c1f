import { COUNT_NODES, DELETE_ALL } from "./cypher/seed.cypher";
import type { Executor, WriteCounters } from "./executor";
import { statement } from "./statement";

/** A statement from a seed file, already checked against the registry by the caller. */
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

export class SeedRepository {
  constructor(private readonly executor: Executor) {}

  async nodeCount(): Promise<number> {
    const rows = await this.executor.read(COUNT_NODES);
    return Number(rows[0]?.nodes ?? 0);
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

  /** All statements of one data file in one transaction: a failure leaves the database as it was. */
  async runInOneTransaction(name: string, statements: readonly CheckedStatement[]): Promise<WriteCounters> {
    let failedAt = -1;
    try {
      return await this.executor.writeTransaction(name, async (run) => {
        let total = ZERO_COUNTERS;
        for (const [index, s] of statements.entries()) {
          failedAt = index;
          total = addCounters(total, (await run(statement(s.name, s.text))).counters);
        }
        return total;
      });
    } catch (error) {
      throw new StatementFailure(Math.max(failedAt, 0), error as Error);
    }
  }
}
