import type { DocumentNode } from "graphql";

/** Variable sets remembered per document; past it the least recently used is forgotten. */
export const VARIABLE_SETS_PER_DOCUMENT = 64;

interface Entry<Shape, Cost> {
  shape?: { readonly value: Shape };
  readonly costs: Map<string, Cost>;
}

/**
 * What the limits found for one document, and its cost under each set of variables seen. Apollo reuses
 * one parsed document per query text, so a query asked again is measured once; held weakly, a document
 * Apollo forgets is forgotten here too.
 */
export class VerdictCache<Shape, Cost> {
  private readonly byDocument = new WeakMap<DocumentNode, Entry<Shape, Cost>>();

  constructor(private readonly maxVariableSets = VARIABLE_SETS_PER_DOCUMENT) {}

  shape(document: DocumentNode, measure: () => Shape): Shape {
    const entry = this.entry(document);
    entry.shape ??= { value: measure() };
    return entry.shape.value;
  }

  cost(document: DocumentNode, variablesKey: string, measure: () => Cost): Cost {
    const { costs } = this.entry(document);
    if (costs.has(variablesKey)) {
      const cost = costs.get(variablesKey) as Cost;
      // A Map keeps insertion order: moving a hit to the end leaves the least recently used first.
      costs.delete(variablesKey);
      costs.set(variablesKey, cost);
      return cost;
    }
    const cost = measure();
    costs.set(variablesKey, cost);
    if (costs.size > this.maxVariableSets) costs.delete(costs.keys().next().value as string);
    return cost;
  }

  private entry(document: DocumentNode): Entry<Shape, Cost> {
    let found = this.byDocument.get(document);
    if (!found) {
      found = { costs: new Map() };
      this.byDocument.set(document, found);
    }
    return found;
  }
}
