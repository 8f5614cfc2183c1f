import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";

/**
 * Whether the field being resolved selects `name` directly on its result, under any alias, fragment
 * or directive: a conditional selection counts as selected, so work is skipped only when surely unused.
 */
export function selectsField(
  info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">,
  name: string,
): boolean {
  const visited = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === "Field") return selection.name.value === name;
      if (selection.kind === "InlineFragment") return within(selection.selectionSet);
      const fragment = selection.name.value;
      if (visited.has(fragment)) return false;
      visited.add(fragment);
      return within(info.fragments[fragment]?.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

/**
 * The names of every field selected on the results of `name` (itself selected directly on the field being
 * resolved), under any alias, fragment or directive: `{ neighbors { nodes { id ... on Country { name } } } }`
 * gives `id` and `name` for `nodes`.
 */
export function fieldsSelectedUnder(
  info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">,
  name: string,
): Set<string> {
  const found = new Set<string>();
  const visited = new Set<string>();
  const collect = (set: SelectionSetNode | undefined, under: boolean): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === "Field") {
        if (under) found.add(selection.name.value);
        else if (selection.name.value === name) collect(selection.selectionSet, true);
      } else if (selection.kind === "InlineFragment") collect(selection.selectionSet, under);
      else {
        // A fragment spread twice at one level is read once; fragment cycles are refused by validation.
        const key = `${under}:${selection.name.value}`;
        if (visited.has(key)) continue;
        visited.add(key);
        collect(info.fragments[selection.name.value]?.selectionSet, under);
      }
    }
  };
  for (const node of info.fieldNodes) collect(node.selectionSet, false);
  return found;
}
