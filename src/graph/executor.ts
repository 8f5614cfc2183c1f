import {
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type Result,
  type Session,
  bookmarkManager,
} from "neo4j-driver";
import { QueryTimeoutError, RequestCancelledError } from "../model/errors";
import { toModelError } from "./neo4j-errors";
import { toParams, toPlain } from "./mappers";
import { type RequestScope, currentRequestScope } from "./request-scope";
import type { Statement } from "./statement";

/** The timeout of a transaction run outside a request (start-up, seeding, CLIs). */
export const TRANSACTION_TIMEOUT_MS = 15_000;

export type Params = Readonly<Record<string, unknown>>;
export type Row = Readonly<Record<string, unknown>>;

/** What a write changed, from Neo4j's counters. */
export interface WriteCounters {
  readonly nodesCreated: number;
  readonly nodesDeleted: number;
  readonly relationshipsCreated: number;
  readonly relationshipsDeleted: number;
  readonly propertiesSet: number;
  readonly labelsAdded: number;
  readonly constraintsAdded: number;
  readonly indexesAdded: number;
}

export interface RunResult {
  readonly rows: readonly Row[];
  readonly counters: WriteCounters;
}

/** A lock held by an open transaction; `release` rolls it back. */
export interface HeldLock {
  release(): Promise<void>;
}

/** Runs statements inside one transaction; handed to a unit of work. */
export type TransactionRunner = (statement: Statement, params?: Params) => Promise<RunResult>;

/** What every transaction carries: its timeout, and metadata naming the statement in Neo4j's query log. */
interface TransactionConfig {
  readonly timeout: number;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface ExecutorOptions {
  readonly database?: string;
  readonly timeoutMs?: number;
}

/**
 * The only place statements run: reads as auto-commit transactions, writes in managed ones
 * (executeWrite). Sessions are closed in finally, every transaction
 * carries a timeout and the statement's name as metadata, and Neo4j errors leave as model errors.
 * Inside a request (see request-scope.ts) a transaction also waits for one of the request's
 * connection slots, gets only the time left before the request's deadline, and is cut off when
 * the request is cancelled.
 */
export class Executor {
  /** Statements sent to Neo4j since start; lets tests and benchmarks count round trips. */
  statementsRun = 0;
  /** Every session shares it, so a read that follows a write sees the write, on a cluster too. */
  private readonly bookmarks: BookmarkManager = bookmarkManager();

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions = {},
  ) {}

  /**
   * One auto-commit transaction: a single round trip, where a managed one adds BEGIN and COMMIT (two
   * more). A read changes nothing, so the managed transaction's retries buy little that a client's
   * retry of the request does not.
   */
  async read(statement: Statement, params: Params = {}): Promise<readonly Row[]> {
    const result = await this.scoped("READ", statement.name, (session, config) =>
      this.run((text, p) => session.run(text, p, config), statement, params),
    );
    return result.rows;
  }

  async write(statement: Statement, params: Params = {}): Promise<RunResult> {
    return this.transaction(statement.name, (run) => run(statement, params));
  }

  /** Several statements in one write transaction: all of them commit, or none does. */
  async writeTransaction<T>(name: string, work: (run: TransactionRunner) => Promise<T>): Promise<T> {
    return this.transaction(name, work);
  }

  /**
   * One auto-commit read without the driver's retries, which would hold a caller for seconds while
   * Neo4j is down; for probes that must answer promptly.
   */
  async readOnce(statement: Statement, timeoutMs: number): Promise<readonly Row[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: "READ" });
    try {
      const result = await session.run(
        statement.text,
        {},
        {
          timeout: timeoutMs,
          metadata: { app: "conflict-graph-api", statement: statement.name },
        },
      );
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw toModelError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `statement`, which writes one node, in a transaction left open until released: another
   * transaction writing the same node waits until then. A process that dies closes its connection and
   * Neo4j rolls the transaction back, so a lock is never left behind. Gives up after `waitMs`, calling
   * `onWait` first when the lock is not had within `noticeMs`.
   */
  async lock(
    statement: Statement,
    params: Params,
    wait: { waitMs: number; noticeMs: number; onWait: () => void },
  ): Promise<HeldLock | undefined> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: "WRITE" });
    // No timeout: the transaction lives as long as the work it guards; the wait is bounded below.
    const tx = session.beginTransaction({
      timeout: 0,
      metadata: { app: "conflict-graph-api", statement: statement.name },
    });
    const release = async (): Promise<void> => {
      await tx.rollback().catch(() => undefined);
      await session.close();
    };
    const timers: NodeJS.Timeout[] = [];
    try {
      this.statementsRun += 1;
      const taken = tx.run(statement.text, toParams(params) as Record<string, unknown>).then(() => true);
      // Given up on, the run fails when its session closes; that failure is expected and dropped.
      taken.catch(() => undefined);
      const gaveUp = new Promise<boolean>((resolve) => {
        timers.push(setTimeout(wait.onWait, wait.noticeMs));
        timers.push(setTimeout(() => resolve(false), wait.waitMs));
      });
      if (await Promise.race([taken, gaveUp])) return { release };
      await session.close().catch(() => undefined);
      return undefined;
    } catch (error) {
      await release();
      throw toModelError(error);
    } finally {
      for (const timer of timers) clearTimeout(timer);
    }
  }

  /** Schema commands (constraints, indexes) cannot share a transaction with data writes. */
  async schema(statement: Statement): Promise<RunResult> {
    return this.transaction(statement.name, (run) => run(statement));
  }

  /** A managed write transaction: the driver retries it on transient errors. */
  private transaction<T>(name: string, work: (run: TransactionRunner) => Promise<T>): Promise<T> {
    return this.scoped("WRITE", name, (session, config) =>
      session.executeWrite(
        (tx: ManagedTransaction) => work((s, p) => this.run((text, q) => tx.run(text, q), s, p)),
        config,
      ),
    );
  }

  private async scoped<T>(
    mode: "READ" | "WRITE",
    name: string,
    use: (session: Session, config: TransactionConfig) => Promise<T>,
  ): Promise<T> {
    const scope = currentRequestScope();
    const release = scope ? await scope.acquire() : undefined;
    try {
      return await this.inSession(mode, name, use, scope);
    } finally {
      release?.();
    }
  }

  private async inSession<T>(
    mode: "READ" | "WRITE",
    name: string,
    use: (session: Session, config: TransactionConfig) => Promise<T>,
    scope: RequestScope | undefined,
  ): Promise<T> {
    const ownTimeout = this.options.timeoutMs ?? TRANSACTION_TIMEOUT_MS;
    const timeout = scope ? Math.min(ownTimeout, scope.remainingMs()) : ownTimeout;
    const session: Session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? "READ" : "WRITE",
      bookmarkManager: this.bookmarks,
    });
    // Closing the session resets its connection, which stops the statement on the server too.
    const cancel = (): void => void session.close().catch(() => undefined);
    scope?.signal?.addEventListener("abort", cancel, { once: true });
    const config = { timeout, metadata: { app: "conflict-graph-api", statement: name } };
    try {
      return await use(session, config);
    } catch (error) {
      if (scope?.signal?.aborted) throw new RequestCancelledError();
      const mapped = toModelError(error);
      if (mapped instanceof QueryTimeoutError && scope && timeout < ownTimeout) throw scope.deadlineError();
      throw mapped;
    } finally {
      scope?.signal?.removeEventListener("abort", cancel);
      await session.close();
    }
  }

  private async run(
    send: (text: string, params: Record<string, unknown>) => Result,
    statement: Statement,
    params: Params = {},
  ): Promise<RunResult> {
    this.statementsRun += 1;
    const result = await send(statement.text, toParams(params) as Record<string, unknown>);
    const counters = result.summary.counters.updates();
    return {
      rows: result.records.map((record) => toPlain(record.toObject()) as Row),
      counters: {
        nodesCreated: counters.nodesCreated,
        nodesDeleted: counters.nodesDeleted,
        relationshipsCreated: counters.relationshipsCreated,
        relationshipsDeleted: counters.relationshipsDeleted,
        propertiesSet: counters.propertiesSet,
        labelsAdded: counters.labelsAdded,
        constraintsAdded: counters.constraintsAdded,
        indexesAdded: counters.indexesAdded,
      },
    };
  }
}
