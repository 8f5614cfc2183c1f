/**
 * The shapes every statement returns, read by graph/mappers.ts. Fixed fragments, never request data.
 * Entities: all properties plus their labels. Relationships: all properties plus type and endpoint ids.
 */
export const entityProjection = (v: string): string => `${v} {.*, labels: labels(${v})}`;

export const relationshipProjection = (v: string): string =>
  `${v} {.*, type: type(${v}), from: startNode(${v}).id, to: endNode(${v}).id}`;
