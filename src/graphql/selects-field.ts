import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

type SelectionInfo = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">;

/**
 * The fields selected directly in `sets`, under any alias, fragment or directive: a conditional
 * selection counts as selected, so work is skipped only when surely unused. A fragment spread twice is
 * read once; fragment cycles are refused by validation before any resolver runs.
 */
function selectedFields(info: SelectionInfo, sets: readonly (SelectionSetNode | undefined)[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === "Field") fields.push(selection);
      else if (selection.kind === "InlineFragment") visit(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}

const onResult = (info: SelectionInfo): FieldNode[] =>
  selectedFields(
    info,
    info.fieldNodes.map((node) => node.selectionSet),
  );

/** Whether the field being resolved selects `name` directly on its result. */
export function selectsField(info: SelectionInfo, name: string): boolean {
  return onResult(info).some((field) => field.name.value === name);
}

/**
 * The names of every field selected on the results of `name` (itself selected directly on the field being
 * resolved): `{ neighbors { nodes { id ... on Country { name } } } }` gives `id` and `name` for `nodes`.
 */
export function fieldsSelectedUnder(info: SelectionInfo, name: string): Set<string> {
  const children = onResult(info).filter((field) => field.name.value === name);
  return new Set(
    selectedFields(
      info,
      children.map((field) => field.selectionSet),
    ).map((field) => field.name.value),
  );
}
