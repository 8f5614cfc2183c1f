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
