import {
  ALL_LABELS,
  ENTITY_LABEL,
  NODE_LABELS,
  RELATIONSHIP_TYPE_NAMES,
  allowsEdge,
  isRelationshipType,
  relationshipType,
} from "../../model/registry";
import { isStoredDirection } from "../../model/stored-direction";
import { type ScriptStatement, lineAt } from "./cypher-script";
import {
  type NodePattern,
  type RelationshipPattern,
  type StatementPatterns,
  scanPatterns,
} from "./cypher-patterns";

export interface SeedProblem {
  /** 1-based line in the file. */
  readonly line: number;
  readonly message: string;
}

const SCHEMA_COMMAND =
  /^(CREATE|DROP)\s+(OR\s+REPLACE\s+)?((RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\s+)?(CONSTRAINT|INDEX)\b/i;
const WRITES = new Set(["MERGE", "CREATE"]);
const KNOWN_LABELS = new Set(ALL_LABELS);

/** Constraint and index commands must run outside data transactions. */
export function isSchemaStatement(statement: ScriptStatement): boolean {
  return SCHEMA_COMMAND.test(statement.code);
}

function kindsOf(labels: readonly string[]): string[] {
  return labels.filter((l) => NODE_LABELS.includes(l));
}

/** Labels a variable gets anywhere in the statement: `(a:Country ...)` or `SET a:Country`. */
function labelsOfVariable(patterns: StatementPatterns, node: NodePattern | undefined): string[] {
  if (!node) return [];
  if (node.labels.length > 0 || !node.variable) return [...node.labels];
  const fromNodes = patterns.nodes.filter((n) => n.variable === node.variable).flatMap((n) => n.labels);
  const fromUses = patterns.labels.filter((l) => l.variable === node.variable).map((l) => l.label);
  return [...new Set([...fromNodes, ...fromUses])];
}

/** The literal id a node variable is given anywhere in the statement: `(a:Country {id: 'pakistan'})`. */
function literalId(
  statement: ScriptStatement,
  patterns: StatementPatterns,
  node: NodePattern,
): string | undefined {
  const candidates = node.variable ? patterns.nodes.filter((n) => n.variable === node.variable) : [node];
  for (const candidate of candidates) {
    const found = /\bid\s*:\s*(['"])/.exec(statement.code.slice(candidate.start, candidate.end));
    if (!found) continue;
    const open = candidate.start + found.index + found[0].length - 1;
    const close = statement.code.indexOf(found[1]!, open + 1);
    if (close > open) return statement.text.slice(open + 1, close);
  }
  return undefined;
}

/** A symmetric relationship is written once, in its stored direction (src/model/stored-direction.ts). */
function directionProblem(
  statement: ScriptStatement,
  patterns: StatementPatterns,
  rel: RelationshipPattern,
  type: string,
): string | undefined {
  const rule = `:${type} is symmetric and stored from the id that sorts last to the one that sorts first`;
  if (rel.direction === "both") return `${rule}: write it with a direction, -[...]->`;
  const [fromNode, toNode] = rel.direction === "in" ? [rel.right, rel.left] : [rel.left, rel.right];
  const from = fromNode && literalId(statement, patterns, fromNode);
  const to = toNode && literalId(statement, patterns, toNode);
  if (from === undefined || to === undefined) {
    return `cannot check the direction of :${type}: give both endpoints a literal id, e.g. (a:Country {id: '…'})`;
  }
  if (!isStoredDirection(type, from, to)) return `${rule}: write it from '${to}' to '${from}'`;
  return undefined;
}

/**
 * Checks one statement against the registry: labels and relationship types it knows, edges between
 * kinds it allows, every entity written with its kind and :Entity, every relationship written with citations,
 * symmetric ones in their stored direction.
 */
export function validateStatement(statement: ScriptStatement): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const at = (offset: number, message: string): void => {
    problems.push({ line: lineAt(statement, offset), message });
  };
  const dollar = statement.code.indexOf("$");
  if (dollar !== -1) at(dollar, "seed statements take no $parameters: write values as literals");
  const patterns = scanPatterns(statement);
  const schema = isSchemaStatement(statement);
  const labelUses = [
    ...patterns.nodes.flatMap((n) => n.labels.map((label) => ({ label, start: n.start }))),
    ...patterns.labels,
  ];
  for (const use of labelUses) {
    if (!KNOWN_LABELS.has(use.label)) {
      at(use.start, `unknown label :${use.label}; the registry knows ${ALL_LABELS.join(", ")}`);
    }
  }
  for (const rel of patterns.relationships) {
    for (const type of rel.types) {
      if (!isRelationshipType(type)) {
        at(
          rel.start,
          `unknown relationship type :${type}; the registry knows ${RELATIONSHIP_TYPE_NAMES.join(", ")}`,
        );
      }
    }
  }
  if (schema) return problems;
  for (const node of patterns.nodes) {
    if (!WRITES.has(node.clause ?? "") || node.labels.length === 0) continue;
    const kinds = kindsOf(node.labels);
    if (kinds.length > 0 && !node.labels.includes(ENTITY_LABEL)) {
      at(node.start, `an entity node (:${kinds.join(":")}) must also carry :${ENTITY_LABEL}`);
    }
    if (node.labels.includes(ENTITY_LABEL) && kinds.length !== 1) {
      at(node.start, `an :${ENTITY_LABEL} node needs exactly one kind label (${NODE_LABELS.join(", ")})`);
    }
  }
  for (const rel of patterns.relationships) {
    if (!WRITES.has(rel.clause ?? "")) continue;
    const [type] = rel.types;
    if (rel.types.length !== 1 || !type || !isRelationshipType(type)) {
      if (rel.types.length !== 1) at(rel.start, "a written relationship needs exactly one type");
      continue;
    }
    const [fromNode, toNode] = rel.direction === "in" ? [rel.right, rel.left] : [rel.left, rel.right];
    const fromKinds = kindsOf(labelsOfVariable(patterns, fromNode));
    const toKinds = kindsOf(labelsOfVariable(patterns, toNode));
    if (fromKinds.length !== 1 || toKinds.length !== 1) {
      at(
        rel.start,
        `cannot check the endpoints of :${type}: give both nodes their kind label, e.g. (a:Country {id: '…'})`,
      );
    } else if (
      rel.direction === "both"
        ? !allowsEdge(type, fromKinds[0]!, toKinds[0]!) && !allowsEdge(type, toKinds[0]!, fromKinds[0]!)
        : !allowsEdge(type, fromKinds[0]!, toKinds[0]!)
    ) {
      at(rel.start, `the registry does not allow :${type} from ${fromKinds[0]} to ${toKinds[0]}`);
    }
    if (relationshipType(type)?.symmetric) {
      const problem = directionProblem(statement, patterns, rel, type);
      if (problem) at(rel.start, problem);
    }
    const variable = rel.variable;
    const sets = (property: string): boolean =>
      new RegExp(`\\b${property}\\s*:`).test(rel.inline) ||
      (variable !== undefined &&
        new RegExp(`\\b${variable}\\s*\\.\\s*${property}\\s*=`).test(statement.code));
    if (!sets("id") || !sets("sourceIds") || !sets("quotes")) {
      at(rel.start, `a written :${type} needs an id, sourceIds and quotes (its citations)`);
    }
  }
  return problems;
}
