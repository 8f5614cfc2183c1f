import { currentRequestScope, RequestScope, runInRequestScope } from "../../src/graph/request-scope";
import { QueryTimeoutError, RequestCancelledError } from "../../src/model/errors";

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe("RequestScope", () => {
  it("lets at most maxConnections hold a slot; the rest wait their turn in order", async () => {
    const scope = new RequestScope({ timeoutMs: 10_000, maxConnections: 2 });
    const order: number[] = [];
    let holding = 0;
    let most = 0;
    const job = async (n: number): Promise<void> => {
      const release = await scope.acquire();
      holding += 1;
      most = Math.max(most, holding);
      order.push(n);
      await tick();
      holding -= 1;
      release();
    };
    await Promise.all([1, 2, 3, 4, 5, 6].map(job));
    expect(most).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("never lets a newcomer overtake a waiter when a slot is released", async () => {
    const scope = new RequestScope({ timeoutMs: 10_000, maxConnections: 1 });
    const first = await scope.acquire();
    const got: string[] = [];
    const waiter = scope.acquire().then((release) => (got.push("waiter"), release));
    first();
    const newcomer = scope.acquire().then((release) => (got.push("newcomer"), release));
    (await waiter)();
    (await newcomer)();
    expect(got).toEqual(["waiter", "newcomer"]);
  });

  it("refuses work once the deadline has passed, also while waiting for a slot", async () => {
    const scope = new RequestScope({ timeoutMs: 50, maxConnections: 1 });
    const held = await scope.acquire();
    await expect(scope.acquire()).rejects.toThrow(
      new QueryTimeoutError("the request ran past its deadline of 0.05 s and was stopped"),
    );
    held();
    await expect(scope.acquire()).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(() => scope.remainingMs()).toThrow(QueryTimeoutError);
  });

  it("refuses work once the request is cancelled, also while waiting for a slot", async () => {
    const gone = new AbortController();
    const scope = new RequestScope({ timeoutMs: 10_000, maxConnections: 1, signal: gone.signal });
    const held = await scope.acquire();
    const waiting = scope.acquire();
    gone.abort();
    await expect(waiting).rejects.toBeInstanceOf(RequestCancelledError);
    held();
    await expect(scope.acquire()).rejects.toBeInstanceOf(RequestCancelledError);
  });

  it("counts the remaining time down from the deadline", async () => {
    const scope = new RequestScope({ timeoutMs: 1_000, maxConnections: 1 });
    const left = scope.remainingMs();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(1_000);
  });
});

describe("runInRequestScope", () => {
  it("makes the scope current for all the work it starts, and only there", async () => {
    expect(currentRequestScope()).toBeUndefined();
    const seen = await runInRequestScope({ timeoutMs: 1_000, maxConnections: 3 }, async () => {
      await tick();
      const inner = await new Promise<number | undefined>((resolve) =>
        setTimeout(() => resolve(currentRequestScope()?.options.maxConnections), 1),
      );
      return inner;
    });
    expect(seen).toBe(3);
    expect(currentRequestScope()).toBeUndefined();
  });
});
