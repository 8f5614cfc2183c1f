import { InvalidInputError } from "../model/errors";

/** `first must be between 1 and 100 (got 101)`. */
export function assertIntInRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(`${argument} must be between ${min} and ${max} (got ${value})`, argument);
  }
  return value;
}

export function assertMaxLength(argument: string, value: string, max: number): string {
  if (value.length > max) {
    throw new InvalidInputError(
      `${argument} must be at most ${max} characters (got ${value.length})`,
      argument,
    );
  }
  return value;
}

export function assertMaxItems<T>(argument: string, values: readonly T[], max: number): readonly T[] {
  if (values.length > max) {
    throw new InvalidInputError(
      `${argument} must hold at most ${max} items (got ${values.length})`,
      argument,
    );
  }
  return values;
}

/** Entity and relationship ids: lower-case kebab-case slugs. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function assertSlug(argument: string, value: string): string {
  if (value.length > 200 || !SLUG.test(value)) {
    throw new InvalidInputError(
      `${argument} must be a kebab-case slug of at most 200 characters, e.g. "baloch-militant-groups" (got "${value.slice(0, 60)}")`,
      argument,
    );
  }
  return value;
}
