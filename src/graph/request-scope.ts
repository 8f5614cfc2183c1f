import { AsyncLocalStorage } from "node:async_hooks";
import { QueryTimeoutError, RequestCancelledError } from "../model/errors";

export interface RequestScopeOptions {
  /** One deadline for every statement the request runs, counted from when the scope opens. */
  readonly timeoutMs: number;
  /** Sessions the request may hold at once; further statements wait their turn. */
  readonly maxConnections: number;
  /** Aborted when the answer has been sent or the client went away: nothing more runs for it. */
  readonly signal?: AbortSignal;
}

interface Waiter {
  turn(): void;
  fail(error: Error): void;
}

/**
 * The Neo4j work one client request may cause. Without it, every alias of a query opened its own
 * transaction with its own timeout and a single request could drain the connection pool.
 */
export class RequestScope {
  readonly deadline: number;
  private active = 0;
  private readonly queue: Waiter[] = [];

  constructor(readonly options: RequestScopeOptions) {
    this.deadline = Date.now() + options.timeoutMs;
    // One listener for all waiters: a request may queue many statements behind its few slots.
    options.signal?.addEventListener(
      "abort",
      () => [...this.queue].forEach((w) => w.fail(new RequestCancelledError())),
      { once: true },
    );
  }

  get signal(): AbortSignal | undefined {
    return this.options.signal;
  }

  /** Milliseconds left before the deadline; throws once it has passed or the request is gone. */
  remainingMs(): number {
    this.assertLive();
    const left = this.deadline - Date.now();
    if (left <= 0) throw this.deadlineError();
    return left;
  }

  /** Waits for one of the request's connection slots; the returned function gives it back. */
  async acquire(): Promise<() => void> {
    this.remainingMs();
    // A released slot is handed straight to the next waiter, so the count never overshoots.
    if (this.active < this.options.maxConnections) this.active += 1;
    else await this.waitForSlot();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) next.turn();
      else this.active -= 1;
    };
  }

  private waitForSlot(): Promise<void> {
    this.assertLive();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        turn: () => {
          clearTimeout(timer);
          resolve();
        },
        fail: (error) => {
          clearTimeout(timer);
          const at = this.queue.indexOf(waiter);
          if (at >= 0) this.queue.splice(at, 1);
          reject(error);
        },
      };
      const timer = setTimeout(
        () => waiter.fail(this.deadlineError()),
        Math.max(0, this.deadline - Date.now()),
      );
      this.queue.push(waiter);
    });
  }

  private assertLive(): void {
    if (this.signal?.aborted) throw new RequestCancelledError();
  }

  /** The error for work stopped by this request's deadline. */
  deadlineError(): QueryTimeoutError {
    return new QueryTimeoutError(
      `the request ran past its deadline of ${this.options.timeoutMs / 1000} s and was stopped`,
    );
  }
}

const current = new AsyncLocalStorage<RequestScope>();

/** Runs `work` with every statement it causes counted against one RequestScope. */
export function runInRequestScope<T>(options: RequestScopeOptions, work: () => Promise<T>): Promise<T> {
  return current.run(new RequestScope(options), work);
}

/** The scope of the request being served, if any (start-up, seeding and CLIs run without one). */
export function currentRequestScope(): RequestScope | undefined {
  return current.getStore();
}
