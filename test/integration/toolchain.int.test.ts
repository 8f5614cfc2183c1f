import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { LocalNeo4jError } from "../../src/graph/local/local-neo4j-error";
import { checkJava, ensureLauncherBuilt, parseJavaMajor } from "../../src/graph/local/toolchain";

describe("parseJavaMajor", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "25" 2025-09-16', 25],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "11.0.2"', 11],
  ])("reads %s as %d", (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  it("returns undefined for output it does not recognise", () => {
    expect(parseJavaMajor("bash: java: command not found")).toBeUndefined();
  });
});

describe("checkJava", () => {
  it("says what to do when java is missing", () => {
    expect(() => checkJava("/nonexistent/bin/java")).toThrow(LocalNeo4jError);
    expect(() => checkJava("/nonexistent/bin/java")).toThrow(/Java not found.*JDK 17 or newer.*NEO4J_URI/);
  });

  it("refuses a Java older than 17", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "old-java-"));
    const fake = path.join(dir, "java");
    writeFileSync(fake, "#!/bin/sh\necho 'java version \"1.8.0_392\"' >&2\n", { mode: 0o755 });
    expect(() => checkJava(fake)).toThrow(/Java 8 found .* needs Java 17 or newer/);
  });

  it("accepts the machine's Java", () => {
    expect(checkJava()).toBeGreaterThanOrEqual(17);
  });
});

describe("ensureLauncherBuilt", () => {
  it("says Maven is missing when a build is needed and mvn is not on PATH", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "no-mvn-"));
    mkdirSync(path.join(dir, "src"));
    writeFileSync(path.join(dir, "pom.xml"), "<project/>");
    expect(() => ensureLauncherBuilt(dir, () => undefined, "/nonexistent/bin/mvn")).toThrow(
      /Maven \(mvn\) not found.*NEO4J_URI/,
    );
  });
});
