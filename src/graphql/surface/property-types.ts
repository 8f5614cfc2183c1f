import { Int } from "type-graphql";
import type { PropertySpec } from "../../model/registry";

/** The GraphQL type of a registry property's value. */
export function propertyGraphqlType(
  spec: PropertySpec,
): typeof Int | typeof String | typeof Boolean | [typeof String] {
  switch (spec.type) {
    case "int":
      return Int;
    case "boolean":
      return Boolean;
    case "string[]":
      return [String];
    case "string":
      return String;
  }
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** "MEDIATES: lead or supporting mediator.": a relationship property, said of the types that have it. */
export function describedForTypes(types: readonly string[], description: string): string {
  return `${types.join(", ")}: ${lowerFirst(description)}`;
}

/** "Negotiation and Incident only: when it took place.": a kind property, said of the kinds that have it. */
export function describedForKinds(kinds: readonly string[], description: string): string {
  return `${kinds.join(" and ")} only: ${lowerFirst(description)}`;
}

/**
 * Every property name the specs use, with the names of the kinds or types that have it; the first spec
 * stands for all (assertSurfaceRegistry has checked that they agree on the value's type).
 */
export function propertiesByName(
  owners: readonly { readonly name: string; readonly properties: Readonly<Record<string, PropertySpec>> }[],
): Map<string, { spec: PropertySpec; owners: string[] }> {
  const byName = new Map<string, { spec: PropertySpec; owners: string[] }>();
  for (const owner of owners) {
    for (const [name, spec] of Object.entries(owner.properties)) {
      const known = byName.get(name);
      if (known) known.owners.push(owner.name);
      else byName.set(name, { spec, owners: [owner.name] });
    }
  }
  return byName;
}
