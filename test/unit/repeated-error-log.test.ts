import { Writable } from "node:stream";
import pino from "pino";
import { repeatedErrorLog } from "../../src/repeated-error-log";

function capture(): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const out: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      out.push(chunk.toString("utf8"));
      done();
    },
  });
  return {
    logger: pino({ level: "info" }, stream),
    lines: () =>
      out
        .join("")
        .trim()
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe("repeatedErrorLog", () => {
  it("logs the first error in full, then one line with the count of the same error", async () => {
    const { logger, lines } = capture();
    const log = repeatedErrorLog(logger, "error", "internal error", 50);
    for (let i = 0; i < 500; i += 1) log(new Error("Connection acquisition timed out in 5000 ms"));
    log(new TypeError("something else"));
    expect(lines().map((l) => l.msg)).toEqual(["internal error", "internal error"]);
    expect((lines()[0]!.err as { stack: string }).stack).toMatch(/Connection acquisition timed out/);
    await new Promise((resolve) => setTimeout(resolve, 120));
    const summary = lines().filter((l) => l.count !== undefined);
    expect(summary).toEqual([
      expect.objectContaining({
        msg: "internal error: 499 more like it",
        count: 499,
        error: "Error: Connection acquisition timed out in 5000 ms",
      }),
    ]);
    expect(lines()).toHaveLength(3);
  });

  it("logs an error in full again once its window has closed", async () => {
    const { logger, lines } = capture();
    const log = repeatedErrorLog(logger, "warn", "unavailable", 20);
    log(new Error("down"));
    await new Promise((resolve) => setTimeout(resolve, 60));
    log(new Error("down"));
    expect(lines().map((l) => [l.msg, l.level])).toEqual([
      ["unavailable", 40],
      ["unavailable", 40],
    ]);
  });
});
