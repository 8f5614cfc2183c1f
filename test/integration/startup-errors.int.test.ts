import net from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { loadConfig } from "../../src/config";
import { describeStartupError, startApp } from "../../src/index";
import { startLocalNeo4j } from "../../src/graph/local/local-neo4j";
import { freePort } from "../../src/graph/local/port";

describe("start-up failures say what is wrong", () => {
  it("reports an unreachable NEO4J_URI within seconds", async () => {
    const config = loadConfig({ NEO4J_URI: "bolt://127.0.0.1:1", PORT: "0", LOG_LEVEL: "silent" });
    const started = Date.now();
    const failure = await startApp(config, pino({ level: "silent" })).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    const message = describeStartupError(failure);
    expect(message).toContain("bolt://127.0.0.1:1");
    expect(message).toMatch(/cannot be reached.*NEO4J_URI/);
    expect(message.split("\n").length).toBeLessThanOrEqual(2);
  });

  it("reports a Bolt port that is already taken", async () => {
    const port = await freePort();
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(port, "127.0.0.1", resolve));
    const tempDir = mkdtempSync(path.join(os.tmpdir(), "port-taken-"));
    try {
      await expect(startLocalNeo4j({ port, dataDir: path.join(tempDir, "neo4j") })).rejects.toThrow(
        new RegExp(`port ${port} on 127.0.0.1 is already in use.*LOCAL_NEO4J_PORT`),
      );
    } finally {
      holder.close();
      rmSync(tempDir, { recursive: true, force: true });
    }
  });
});
