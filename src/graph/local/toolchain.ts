import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { LocalNeo4jError } from "./local-neo4j-error";

export const MIN_JAVA_MAJOR = 17;
export const LAUNCHER_JAR = "local-neo4j.jar";

export function javaBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, "bin", "java") : "java";
}

/** `openjdk version "17.0.15"` -> 17; `java version "1.8.0_392"` -> 8. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

export function checkJava(java: string = javaBinary()): number {
  const result = spawnSync(java, ["-version"], { encoding: "utf8" });
  if (result.error) {
    throw new LocalNeo4jError(
      `Java not found (${java}): install a JDK ${MIN_JAVA_MAJOR} or newer, or set JAVA_HOME, or set NEO4J_URI to use an existing Neo4j`,
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new LocalNeo4jError(
      `Java ${major ?? "of unknown version"} found at ${java}; the local Neo4j needs Java ${MIN_JAVA_MAJOR} or newer (set JAVA_HOME)`,
    );
  }
  return major;
}

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Whether neo4j/target holds a launcher at least as new as its sources. */
export function isLauncherBuilt(neo4jDir: string): boolean {
  const jar = path.join(neo4jDir, "target", LAUNCHER_JAR);
  if (!existsSync(jar) || !existsSync(path.join(neo4jDir, "target", "lib"))) return false;
  const sources = Math.max(
    statSync(path.join(neo4jDir, "pom.xml")).mtimeMs,
    newestChange(path.join(neo4jDir, "src")),
  );
  return statSync(jar).mtimeMs >= sources;
}

/** Builds the launcher with Maven when it is missing or stale (dependencies cached in ~/.m2). */
export function ensureLauncherBuilt(
  neo4jDir: string,
  log: (line: string) => void = () => undefined,
  mvn = "mvn",
): void {
  if (isLauncherBuilt(neo4jDir)) return;
  const probe = spawnSync(mvn, ["-v"], { encoding: "utf8" });
  if (probe.error) {
    throw new LocalNeo4jError(
      "Maven (mvn) not found: install Maven 3.8+ to build the local Neo4j, or set NEO4J_URI to use an existing Neo4j",
    );
  }
  log("building the local Neo4j launcher with Maven (the first build downloads Neo4j from Maven Central)");
  const build = spawnSync(
    "mvn",
    ["-q", "-B", "-f", path.join(neo4jDir, "pom.xml"), "package", "-DskipTests"],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (build.status !== 0) {
    const tail = `${build.stdout}${build.stderr}`.trim().split("\n").slice(-5).join("\n");
    throw new LocalNeo4jError(
      `building the local Neo4j with Maven failed (mvn -f neo4j/pom.xml package):\n${tail}`,
    );
  }
}
