import { InvalidInputError } from "../model/errors";

/** ISO 8601 calendar dates at the precision a source gives: a year, a month or a day. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = "YEAR" | "MONTH" | "DAY";

export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? "YEAR" : date.length === 7 ? "MONTH" : "DAY";
}

/** `2025`, `2025-10` or `2025-10-27`, and a real date; throws BAD_USER_INPUT naming `argument`. */
export function assertPartialDate(argument: string, value: string): string {
  const match = PARTIAL_DATE.exec(value);
  const [, year, month, day] = match ?? [];
  const monthOk = month === undefined || (Number(month) >= 1 && Number(month) <= 12);
  const dayOk =
    day === undefined ||
    new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDate() === Number(day);
  if (!match || !monthOk || !dayOk) {
    throw new InvalidInputError(
      `${argument} must be an ISO 8601 date: a year, year-month or day, e.g. 2025, 2025-10 or 2025-10-27 (got "${value.slice(0, 40)}")`,
      argument,
    );
  }
  return value;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const DAY_MS = 86_400_000;

/**
 * The calendar day a source's words name, counted back from its publication date: "Monday" (or "on
 * Monday, the third day") is the latest Monday on or before it, "yesterday" the day before. Anything
 * else, or a publication date less precise than a day, resolves to nothing: unknown, never a guess.
 */
export function resolveWhen(words: string, publishedOn: string | null): string | null {
  if (publishedOn === null || datePrecision(publishedOn) !== "DAY") return null;
  const published = Date.parse(`${publishedOn}T00:00:00Z`);
  const said = words
    .trim()
    .toLowerCase()
    .replace(/^on\s+/, "");
  const back = (days: number): string => new Date(published - days * DAY_MS).toISOString().slice(0, 10);
  if (/^today\b/.test(said)) return back(0);
  if (/^yesterday\b/.test(said)) return back(1);
  const weekday = WEEKDAYS.findIndex((d) => new RegExp(`^${d}\\b`).test(said));
  if (weekday === -1) return null;
  return back((new Date(published).getUTCDay() - weekday + 7) % 7);
}
