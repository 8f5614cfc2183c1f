import type { SeedProblem } from "../graph/seed.repository";

const list = (values: unknown): string => (Array.isArray(values) ? values.join(", ") : String(values));
const quoted = (text: unknown): string => {
  const s = String(text ?? "");
  return `"${s.length > 80 ? `${s.slice(0, 80)}…` : s}"`;
};

interface Expected {
  readonly key: string;
  readonly type: string;
  readonly values: readonly string[] | null;
}

const expected = (detail: Readonly<Record<string, unknown>>): string =>
  ((detail.values as Expected[] | undefined) ?? [])
    .map(
      (v) =>
        `${v.key} (${v.values ? `one of ${v.values.join(", ")}` : v.type}${v.key === "since" || v.key === "until" ? ", ISO 8601 year to day" : ""})`,
    )
    .join(", ");

const propertyProblems = (detail: Readonly<Record<string, unknown>>): string =>
  [
    ...((detail.bad as string[] | undefined)?.length ? [`needs ${expected(detail)}`] : []),
    ...((detail.unknown as string[] | undefined)?.length
      ? [`has ${list(detail.unknown)}, which the registry does not define for it`]
      : []),
    ...((detail.dangling as string[] | undefined)?.length
      ? [`names in ${list(detail.dangling)} a source the graph does not hold`]
      : []),
  ].join("; ");

/** What a problem the checks found means, in a seed file's own terms. */
export function describeProblem(p: SeedProblem): string {
  const d = p.detail;
  switch (p.rule) {
    case "labels":
      return (
        `the node ${p.id === null ? "without id" : `'${p.id}'`} has labels ${list(d.labels) || "none"}: ` +
        "an entity carries :Entity and exactly one kind label of the registry; other nodes are a :Source or a :Citation"
      );
    case "entityProperties":
      return `the entity '${p.id}' (:${String(d.kind)}) ${propertyProblems(d)}`;
    case "sourceProperties":
      return `the source '${p.id}' ${propertyProblems(d)}`;
    case "duplicateRelationship":
      return `the relationship id '${p.id}' is held by ${list(d.types)}: a relationship's id is unique in the graph`;
    case "twins":
      return `'${String(d.from)}' -[:${String(d.type)}]-> '${String(d.to)}' is held twice (${list(d.ids)}): one relationship per type joins two entities`;
    case "relationship":
      return relationshipProblem(p.id, d);
    case "citation":
      return citationProblem(p.id, d);
    default:
      return `${p.rule}: ${JSON.stringify(d)}`;
  }
}

function relationshipProblem(id: string | null, d: Readonly<Record<string, unknown>>): string {
  const what = `the relationship '${id}' (${String(d.from)} -[:${String(d.type)}]-> ${String(d.to)})`;
  switch (d.broken) {
    case "type":
      return `${what} has a type the registry does not know`;
    case "id":
      return `${what} needs an id (a string)`;
    case "endpoints":
      return (
        `${what} joins ${String(d.fromKind ?? "a node that is no entity")} to ${String(d.toKind ?? "a node that is no entity")}; ` +
        `${String(d.type)} runs from ${list(d.allowedFrom)} to ${list(d.allowedTo)}`
      );
    case "direction":
      return `${what} is symmetric and stored from the id that sorts last: write it from '${String(d.to)}' to '${String(d.from)}'`;
    case "uncited":
      return `${what} has no citation: write its :Citation nodes in the same file (see docs/seed-files.md)`;
    case "keys":
      return `${what} has ${list(d.unknown)}: a relationship's values belong on its citations, its summary is derived`;
    default:
      return `${what}: ${String(d.broken)}`;
  }
}

function citationProblem(id: string | null, d: Readonly<Record<string, unknown>>): string {
  const what = `the citation of '${id}' in '${String(d.sourceId)}' at ${String(d.start)}`;
  switch (d.broken) {
    case "relationship":
      return `${what} names a relationship the graph does not hold`;
    case "properties":
      return `${what} ${propertyProblems(d)}`;
    case "source":
      return `${what} names a source the graph does not hold`;
    case "claimant":
      return `${what} names claimantId '${String(d.claimantId)}', which is no entity of the graph`;
    case "quote":
      return (
        `${what}: the quote ${quoted(d.quote)} is not the source's text there` +
        (d.occursAt === null || d.occursAt === undefined
          ? " (nor anywhere in it)"
          : ` (it occurs at ${String(d.occursAt)})`)
      );
    default:
      return `${what}: ${String(d.broken)}`;
  }
}
