import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "..", "..");
const read = (file: string): string => readFileSync(path.join(root, file), "utf8");

type Yaml = string | null | readonly string[] | { readonly [key: string]: Yaml };
type YamlMap = { readonly [key: string]: Yaml };

interface Line {
  readonly indent: number;
  readonly text: string;
  readonly number: number;
}

/** Drops a trailing ` # comment` that is outside quotes. */
function withoutComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]))) {
      return text.slice(0, i).trimEnd();
    }
  }
  return text;
}

/** Every value stays a string: assertions compare text, as Compose reads it before interpolation. */
function scalar(value: string, line: Line): string | readonly string[] {
  if (value.startsWith("[")) return flowList(value, line);
  if (value.startsWith('"')) return JSON.parse(value) as string;
  if (value.startsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  if (/^[|>&*!{\]]/.test(value)) throw new Error(`line ${line.number}: unsupported YAML: ${value}`);
  return value;
}

/** `["a", 'b', c]`: items are quoted strings or plain words. */
function flowList(value: string, line: Line): string[] {
  if (!value.endsWith("]")) throw new Error(`line ${line.number}: unsupported YAML: ${value}`);
  const inner = value.slice(1, -1);
  const item = /\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[\w./:-]+)\s*(?:,|$)/y;
  const items: string[] = [];
  while (item.lastIndex < inner.length) {
    const match = item.exec(inner);
    if (!match) throw new Error(`line ${line.number}: unsupported flow list: ${value}`);
    items.push(scalar(match[1], line) as string);
  }
  return items;
}

/**
 * A reader for the block-style YAML subset docker-compose.yml is written in: nested mappings,
 * lists of scalars, flow lists of double-quoted strings. Anything else throws rather than being misread.
 */
function parseYaml(source: string): YamlMap {
  const lines: Line[] = source
    .split("\n")
    .map((raw, i) => ({ raw: withoutComment(raw), number: i + 1 }))
    .filter(({ raw }) => raw.trim() !== "")
    .map(({ raw, number }) => ({ indent: raw.length - raw.trimStart().length, text: raw.trim(), number }));
  let next = 0;

  function block(indent: number): Yaml {
    const first = lines[next];
    if (first.text.startsWith("- ")) {
      const items: string[] = [];
      while (next < lines.length && lines[next].indent === indent && lines[next].text.startsWith("- ")) {
        const text = lines[next].text.slice(2).trim();
        if (/^[\w.-]+:(\s|$)/.test(text)) throw new Error(`line ${lines[next].number}: mapping in a list`);
        const item = scalar(text, lines[next]);
        if (typeof item !== "string") throw new Error(`line ${lines[next].number}: nested list`);
        items.push(item);
        next++;
      }
      return items;
    }
    const map: Record<string, Yaml> = {};
    while (next < lines.length && lines[next].indent === indent) {
      const line = lines[next];
      const match = /^([\w.-]+):(?:\s+(.*))?$/.exec(line.text);
      if (!match) throw new Error(`line ${line.number}: expected "key: value", got ${line.text}`);
      next++;
      const [, key, value] = match;
      if (value !== undefined) map[key] = scalar(value, line);
      else if (next < lines.length && lines[next].indent > indent) map[key] = block(lines[next].indent);
      else map[key] = null;
    }
    if (next < lines.length && lines[next].indent > indent)
      throw new Error(`line ${lines[next].number}: unexpected indentation`);
    return map;
  }

  return asMap(block(0), "the file");
}

function asMap(value: Yaml | undefined, what: string): YamlMap {
  if (value === null || value === undefined || typeof value === "string" || Array.isArray(value))
    throw new Error(`${what} is not a mapping`);
  return value as YamlMap;
}

function asList(value: Yaml | undefined, what: string): readonly string[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list`);
  return value as readonly string[];
}

/** Dockerfile instructions, continuation lines joined, comments dropped. */
function dockerInstructions(source: string): { keyword: string; args: string }[] {
  return source
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => {
      const [keyword, ...rest] = l.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(" ") };
    });
}

/** Variable names that .env.example documents as NAME=value lines. */
function documentedVariables(source: string): Set<string> {
  return new Set([...source.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
}

describe("the YAML reader used by these tests", () => {
  it("reads nested mappings, lists and flow lists, and ignores comments", () => {
    const doc = parseYaml(
      "a:\n  b: \"x # not a comment\" # a comment\n  c:\n    - one\n    - 'two'\n  d: [\"e\", 'f''s', g]\nempty:\n",
    );
    expect(doc).toEqual({
      a: { b: "x # not a comment", c: ["one", "two"], d: ["e", "f's", "g"] },
      empty: null,
    });
  });

  it("refuses YAML it does not understand", () => {
    expect(() => parseYaml("a: |\n  text\n")).toThrow(/unsupported/);
    expect(() => parseYaml("a:\n  - b: c\n")).toThrow(/mapping in a list/);
    expect(() => parseYaml("a:\n    b: c\n  d: e\n")).toThrow(/indentation/);
  });
});

describe("docker-compose.yml", () => {
  const compose = parseYaml(read("docker-compose.yml"));
  const services = asMap(compose.services, "services");
  const neo4j = asMap(services.neo4j, "services.neo4j");
  const api = asMap(services.api, "services.api");
  const seed = asMap(services.seed, "services.seed");

  it("runs Neo4j 5.26 community", () => {
    expect(neo4j.image).toBe("neo4j:5.26-community");
  });

  it("gives Neo4j a default password Neo4j 5 accepts (8 characters or more), and the same one to the api", () => {
    const auth = asMap(neo4j.environment, "neo4j.environment").NEO4J_AUTH;
    const match = /^neo4j\/(\$\{NEO4J_PASSWORD:-([^}]*)\})$/.exec(String(auth));
    expect(match).not.toBeNull();
    const [, expression, fallback] = match!;
    expect(fallback.length).toBeGreaterThanOrEqual(8);
    expect(asMap(api.environment, "api.environment").NEO4J_PASSWORD).toBe(expression);
    expect(asMap(seed.environment, "seed.environment").NEO4J_PASSWORD).toBe(expression);
  });

  it("publishes Neo4j's ports on the loopback interface only", () => {
    const ports = asList(neo4j.ports, "neo4j.ports");
    expect(ports).toContain("127.0.0.1:7687:7687");
    for (const port of ports) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it("gives Neo4j a healthcheck", () => {
    const healthcheck = asMap(neo4j.healthcheck, "neo4j.healthcheck");
    const test = asList(healthcheck.test, "neo4j.healthcheck.test");
    expect(["CMD", "CMD-SHELL"]).toContain(test[0]);
    expect(test.join(" ")).toMatch(/cypher-shell|wget/);
    expect(healthcheck.disable).toBeUndefined();
  });

  it("keeps Neo4j's data in a declared named volume", () => {
    const declared = Object.keys(asMap(compose.volumes, "volumes"));
    expect(declared).toContain("neo4j-data");
    const mounts = asList(neo4j.volumes, "neo4j.volumes");
    expect(mounts).toContain("neo4j-data:/data");
    for (const mount of mounts) expect(declared).toContain(mount.split(":")[0]);
  });

  it("starts the api once Neo4j is healthy, pointed at it", () => {
    const dependsOn = asMap(api.depends_on, "api.depends_on");
    expect(asMap(dependsOn.neo4j, "api.depends_on.neo4j").condition).toBe("service_healthy");
    expect(api.build).toBe(".");
    const env = asMap(api.environment, "api.environment");
    expect(env.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(env.PORT).toBe("4000");
    expect(env.HOST).toBe("0.0.0.0");
    expect(asList(api.ports, "api.ports")).toContain("4000:4000");
  });

  it("has a one-shot seed service, behind a profile, that runs the seed CLI once Neo4j is healthy", () => {
    expect(asList(seed.command, "seed.command")).toEqual(["node", "dist/src/cli/seed.js"]);
    expect(asList(seed.profiles, "seed.profiles")).toContain("seed");
    expect(seed.restart).toBe("no");
    const dependsOn = asMap(seed.depends_on, "seed.depends_on");
    expect(asMap(dependsOn.neo4j, "seed.depends_on.neo4j").condition).toBe("service_healthy");
    expect(asMap(seed.environment, "seed.environment").NEO4J_URI).toBe("bolt://neo4j:7687");
  });

  it("passes the api and the seed only variables that .env.example documents", () => {
    const documented = documentedVariables(read(".env.example"));
    expect(documented.size).toBeGreaterThan(0);
    for (const service of [api, seed]) {
      const names = Object.keys(asMap(service.environment, "environment"));
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => !documented.has(name))).toEqual([]);
    }
  });
});

describe("Dockerfile", () => {
  const instructions = dockerInstructions(read("Dockerfile"));
  const lastFrom = instructions.map((i) => i.keyword).lastIndexOf("FROM");
  const finalStage = instructions.slice(lastFrom);
  const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;

  it("builds in more than one stage, on node:20-bookworm-slim", () => {
    const froms = instructions.filter((i) => i.keyword === "FROM");
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from.args).toMatch(/^node:20-bookworm-slim\b/);
  });

  it("installs only production dependencies in the final stage and copies what the server reads", () => {
    const runs = finalStage.filter((i) => i.keyword === "RUN").map((i) => i.args);
    expect(runs.some((r) => /npm ci\b.*--omit=dev/.test(r))).toBe(true);
    const copies = finalStage.filter((i) => i.keyword === "COPY").map((i) => i.args);
    expect(copies.some((c) => /^--from=\S+ \/app\/dist \.\/dist$/.test(c))).toBe(true);
    expect(copies).toEqual(expect.arrayContaining(["cypher ./cypher", "schema ./schema"]));
  });

  it("copies into the build stage what the page build reads: web/ and the README's examples", () => {
    const copies = instructions
      .slice(0, lastFrom)
      .filter((i) => i.keyword === "COPY")
      .map((i) => i.args);
    expect(copies).toEqual(expect.arrayContaining(["web ./web", "README.md ./"]));
  });

  it("runs the final stage as the non-root node user", () => {
    const users = finalStage.filter((i) => i.keyword === "USER");
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1].args).toBe("node");
  });

  it("checks /health and starts the server at the entry package.json uses", () => {
    expect(finalStage.find((i) => i.keyword === "HEALTHCHECK")?.args).toContain("/health");
    expect(finalStage.find((i) => i.keyword === "EXPOSE")?.args).toBe("4000");
    const cmd = finalStage.filter((i) => i.keyword === "CMD");
    expect(cmd).toHaveLength(1);
    expect(JSON.parse(cmd[0].args)).toEqual(["node", "dist/src/index.js"]);
    expect(scripts.start).toContain("node dist/src/index.js");
    expect(scripts.seed).toContain("node dist/src/cli/seed.js");
  });
});

describe(".dockerignore", () => {
  it("keeps host dependencies, build output and secrets out of the build context", () => {
    const patterns = read(".dockerignore")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("#"));
    expect(patterns).toEqual(expect.arrayContaining(["node_modules", "dist", ".env", ".git"]));
  });
});
