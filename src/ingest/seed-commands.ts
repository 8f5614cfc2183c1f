import { readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import type { CitationInput } from "../model/citation";
import {
  ENTITY_LABEL,
  NODE_LABELS,
  SOURCE_LABEL,
  SOURCE_PROPERTIES,
  type SourceKind,
  type Stance,
  allowsEdge,
  nodeKind,
  relationshipType,
} from "../model/registry";
import type { EditorCommand } from "../services/editor-commands";
import { SeedSyntaxError } from "./cypher-tokens";
import {
  type Assignment,
  type Literal,
  type NodePattern,
  SEED_FORMS,
  type SeedStatement,
} from "./seed-statement-parser";

/** Where a data file lies: its folder resolves `s.textFile`, which must stay inside `root`. */
export interface SeedFileLocation {
  readonly folder: string;
  readonly root: string;
}

const CITATION_KEYS = [
  "source",
  "quote",
  "start",
  "stance",
  "claimant",
  "claimantId",
  "when",
  "since",
  "until",
];
const SOURCE_KEYS = [...Object.keys(SOURCE_PROPERTIES).filter((k) => k !== "id"), "textFile"];

const fail = (line: number, message: string): never => {
  throw new SeedSyntaxError(line, message);
};

function text(value: Literal, what: string, line: number): string {
  if (typeof value !== "string") fail(line, `${what} must be a string`);
  return value as string;
}

function optionalText(value: Literal | undefined, what: string, line: number): string | null | undefined {
  return value === undefined || value === null ? value : text(value, what, line);
}

function slug(value: Literal, what: string, line: number): string {
  return text(value, `${what} (the id in {id: '...'})`, line);
}

/** SET assignments as a map, every one on `variable` and every property among `allowed` (when given). */
function properties(
  set: readonly Assignment[],
  variable: string,
  allowed: readonly string[] | null,
  owner: string,
): Map<string, Assignment> {
  const out = new Map<string, Assignment>();
  for (const a of set) {
    const other = `SET must assign properties of ${variable}, not ${a.variable}`; // cypher-safe: an error message, never sent to Neo4j
    if (a.variable !== variable) fail(a.line, other);
    if (allowed && !allowed.includes(a.property)) {
      fail(a.line, `${variable}.${a.property} is not a property of ${owner}; it has ${allowed.join(", ")}`);
    }
    if (out.has(a.property)) fail(a.line, `${variable}.${a.property} is set twice`);
    out.set(a.property, a);
  }
  return out;
}

function readTextFile(relative: string, line: number, at: SeedFileLocation): string {
  const absolute = path.resolve(at.folder, relative);
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    return fail(line, `s.textFile: ${relative} does not exist (relative to ${at.folder})`);
  }
  const inside = path.relative(realpathSync(at.root), real);
  if (inside.startsWith("..") || path.isAbsolute(inside)) {
    fail(line, `s.textFile: ${relative} lies outside the seed root ${at.root}`);
  }
  return readFileSync(real, "utf8");
}

function sourceCommand(node: NodePattern, set: readonly Assignment[], at: SeedFileLocation): EditorCommand {
  const props = properties(set, node.variable, SOURCE_KEYS, "a source");
  const value = (key: string): string | null | undefined => {
    const a = props.get(key);
    return a && optionalText(a.value, `${node.variable}.${key}`, a.line);
  };
  const inline = value("text");
  const file = props.get("textFile");
  if ((inline == null) === (file === undefined)) {
    fail(
      node.line,
      `a source has its text in ${node.variable}.text or in ${node.variable}.textFile (one of them): ${SEED_FORMS.source}`,
    );
  }
  for (const key of ["title", "kind"]) {
    if (value(key) == null) fail(node.line, `a source needs ${node.variable}.${key}: ${SEED_FORMS.source}`);
  }
  const body = file
    ? readTextFile(text(file.value, `${node.variable}.textFile`, file.line), file.line, at)
    : inline!;
  return {
    kind: "source",
    input: {
      id: slug(node.id, "a source id", node.line),
      title: value("title")!,
      kind: value("kind") as SourceKind,
      text: body,
      publisher: value("publisher"),
      publishedOn: value("publishedOn"),
      url: value("url"),
      language: value("language"),
    },
  };
}

function entityCommand(node: NodePattern, set: readonly Assignment[]): EditorCommand {
  const kinds = node.labels.filter((l) => l !== ENTITY_LABEL);
  if (!node.labels.includes(ENTITY_LABEL) || kinds.length !== 1) {
    fail(node.line, `an entity carries :${ENTITY_LABEL} and exactly one kind label: ${SEED_FORMS.entity}`);
  }
  const kind =
    nodeKind(kinds[0]!) ??
    fail(node.line, `unknown label :${kinds[0]}; the kinds are ${NODE_LABELS.join(", ")}`);
  const own = Object.keys(kind.properties);
  const props = properties(set, node.variable, ["name", "aliases", "description", ...own], `a ${kind.label}`);
  const given = (key: string): Literal | undefined => props.get(key)?.value;
  const aliases = given("aliases");
  if (
    aliases !== undefined &&
    aliases !== null &&
    !(Array.isArray(aliases) && aliases.every((a) => typeof a === "string"))
  ) {
    fail(props.get("aliases")!.line, `${node.variable}.aliases must be a list of strings`);
  }
  const line = (key: string): number => props.get(key)?.line ?? node.line;
  return {
    kind: "entity",
    input: {
      id: slug(node.id, "an entity id", node.line),
      kind: kind.label,
      name: optionalText(given("name"), `${node.variable}.name`, line("name")),
      aliases: aliases as readonly string[] | null | undefined,
      description: optionalText(given("description"), `${node.variable}.description`, line("description")),
      properties: Object.fromEntries(own.filter((k) => props.has(k)).map((k) => [k, given(k)])),
    },
  };
}

function endpointKind(node: NodePattern): string {
  const kinds = node.labels.filter((l) => l !== ENTITY_LABEL);
  if (kinds.length !== 1) {
    fail(
      node.line,
      `the endpoint (${node.variable}) needs its kind label, e.g. (${node.variable}:Country {id: '...'}): ${SEED_FORMS.relationship}`,
    );
  }
  if (!nodeKind(kinds[0]!))
    fail(node.line, `unknown label :${kinds[0]}; the kinds are ${NODE_LABELS.join(", ")}`);
  return kinds[0]!;
}

function citation(value: Literal, typeProperties: readonly string[], line: number): CitationInput {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return fail(line, `each citation is a map {source: '...', quote: '...'}`);
  }
  const map = value as Readonly<Record<string, Literal>>;
  const keys = [...CITATION_KEYS, ...typeProperties];
  for (const key of Object.keys(map)) {
    if (!keys.includes(key)) fail(line, `a citation has no key ${key}; its keys are ${keys.join(", ")}`);
  }
  if (map.source === undefined || map.quote === undefined) fail(line, "a citation needs source and quote");
  const start = map.start;
  if (start !== undefined && start !== null && !Number.isInteger(start))
    fail(line, "a citation's start must be an integer");
  const str = (key: string): string | null | undefined => optionalText(map[key], `citation ${key}`, line);
  return {
    sourceId: text(map.source!, "a citation's source", line),
    quote: text(map.quote!, "a citation's quote", line),
    start: start as number | null | undefined,
    stance: str("stance") as Stance | null | undefined,
    claimant: str("claimant"),
    claimantId: str("claimantId"),
    when: str("when"),
    since: str("since"),
    until: str("until"),
    properties: Object.fromEntries(typeProperties.filter((k) => k in map).map((k) => [k, map[k]])),
  };
}

function relationshipCommand(s: Extract<SeedStatement, { form: "mergeRelationship" }>): EditorCommand {
  const fromKind = endpointKind(s.from);
  const toKind = endpointKind(s.to);
  const spec = relationshipType(s.type) ?? fail(s.line, `unknown relationship type :${s.type}`);
  if (!allowsEdge(spec.type, fromKind, toKind)) {
    fail(
      s.line,
      `the registry does not allow :${spec.type} from ${fromKind} to ${toKind} (it allows ${spec.from.join("|")} -> ${spec.to.join("|")})`,
    );
  }
  const own = Object.keys(spec.properties);
  const props = properties(s.set, s.variable, ["citations", ...own], `:${spec.type}`);
  const citations = props.get("citations");
  if (!citations || !Array.isArray(citations.value) || citations.value.length === 0) {
    fail(
      citations?.line ?? s.line,
      `a relationship needs ${s.variable}.citations, a list of one or more {source: '...', quote: '...'}`,
    );
  }
  return {
    kind: "relationship",
    input: {
      id: slug(s.id, "a relationship id", s.line),
      type: spec.type,
      from: slug(s.from.id, "an endpoint id", s.from.line),
      to: slug(s.to.id, "an endpoint id", s.to.line),
      properties: Object.fromEntries(own.filter((k) => props.has(k)).map((k) => [k, props.get(k)!.value])),
      citations: (citations!.value as readonly Literal[]).map((c) => citation(c, own, citations!.line)),
    },
  };
}

/** The editor command a parsed data statement stands for, checked against the registry. */
export function toEditorCommand(statement: SeedStatement, line: number, at: SeedFileLocation): EditorCommand {
  switch (statement.form) {
    case "mergeNode":
      return statement.node.labels.length === 1 && statement.node.labels[0] === SOURCE_LABEL
        ? sourceCommand(statement.node, statement.set, at)
        : entityCommand(statement.node, statement.set);
    case "mergeRelationship":
      return relationshipCommand(statement);
    case "deleteNode":
      if (statement.node.labels.length !== 1 || statement.node.labels[0] !== SOURCE_LABEL) {
        fail(statement.node.line, `only sources are retracted by a seed file: ${SEED_FORMS.retractSource}`);
      }
      return { kind: "retractSource", id: slug(statement.node.id, "a source id", statement.node.line) };
    case "deleteRelationship":
      return { kind: "retractRelationship", id: slug(statement.id, "a relationship id", line) };
  }
}
