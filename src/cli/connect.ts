import { loadConfig } from "../config";
import { createDriver, verifyDriver } from "../graph/driver";
import { Executor } from "../graph/executor";
import {
  type LocalNeo4j,
  LOCAL_NEO4J_HOST,
  LOCAL_NEO4J_USER,
  startLocalNeo4j,
} from "../graph/local/local-neo4j";
import { isPortFree } from "../graph/local/port";

export interface Connection {
  readonly executor: Executor;
  /** Closes the driver, and stops the local Neo4j when this connection started it. */
  close(): Promise<void>;
}

/**
 * The Neo4j of NEO4J_URI, or the local one, started for the command when it is not running.
 * `timeoutMs` bounds each transaction the command runs.
 */
export async function connect(options: { timeoutMs?: number } = {}): Promise<Connection> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let uri = config.neo4jUri;
  let credentials = { user: config.neo4jUser, password: config.neo4jPassword };
  if (!uri) {
    credentials = { user: LOCAL_NEO4J_USER, password: config.localNeo4jPassword ?? "" };
    uri = `bolt://${LOCAL_NEO4J_HOST}:${config.localNeo4jPort}`;
    if (await isPortFree(config.localNeo4jPort, LOCAL_NEO4J_HOST)) {
      process.stderr.write("the local Neo4j is not running: starting it for this load\n");
      local = await startLocalNeo4j({
        port: config.localNeo4jPort,
        dataDir: config.localNeo4jData,
        password: config.localNeo4jPassword,
        log: (line) => void process.stderr.write(`${line}\n`),
      });
    }
  }
  const driver = createDriver({ uri, ...credentials });
  const close = async (): Promise<void> => {
    await driver.close();
    await local?.stop();
  };
  try {
    await verifyDriver(driver, uri, config.neo4jDatabase);
  } catch (error) {
    await close();
    throw error;
  }
  const executor = new Executor(driver, { database: config.neo4jDatabase, timeoutMs: options.timeoutMs });
  return { executor, close };
}
