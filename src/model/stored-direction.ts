import { relationshipType } from "./registry";

export interface Ends {
  readonly from: string;
  readonly to: string;
}

/**
 * The direction a relationship between `from` and `to` is stored in. A symmetric type is stored once,
 * from the id that sorts last to the one that sorts first (`pakistan` -> `afghanistan`), so assertions
 * made either way round write the same relationship; other types keep the direction given.
 */
export function storedDirection(type: string, from: string, to: string): Ends {
  const symmetric = relationshipType(type)?.symmetric ?? false;
  return symmetric && from < to ? { from: to, to: from } : { from, to };
}

/** Whether a relationship of `type` stored from `from` to `to` is in its stored direction. */
export function isStoredDirection(type: string, from: string, to: string): boolean {
  return storedDirection(type, from, to).from === from;
}
