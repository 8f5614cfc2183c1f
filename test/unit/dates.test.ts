import { InvalidInputError } from "../../src/model/errors";
import { assertPartialDate, datePrecision, resolveWhen } from "../../src/services/dates";

describe("dates at a source's precision", () => {
  it.each(["2025", "2025-10", "2025-10-27", "2024-02-29"])("accepts %s", (date) => {
    expect(assertPartialDate("date", date)).toBe(date);
  });

  it.each(["25", "2025-13", "2025-00", "2025-02-30", "2023-02-29", "2025-10-27T10:00", "Monday", ""])(
    "refuses %p, naming the argument",
    (date) => {
      expect(() => assertPartialDate("input.date", date)).toThrow(InvalidInputError);
      expect(() => assertPartialDate("input.date", date)).toThrow(/^input\.date must be an ISO 8601 date/);
    },
  );

  it("reads the precision from the form", () => {
    expect(["2025", "2025-10", "2025-10-27"].map(datePrecision)).toEqual(["YEAR", "MONTH", "DAY"]);
  });
});

describe("a source's words resolved against its publication date", () => {
  // 2025-10-28 is a Tuesday.
  it.each([
    ["Monday", "2025-10-27"],
    ["on Monday", "2025-10-27"],
    ["Monday, the third day of discussions", "2025-10-27"],
    ["Sunday", "2025-10-26"],
    ["Tuesday", "2025-10-28"],
    ["Wednesday", "2025-10-22"],
    ["yesterday", "2025-10-27"],
    ["today", "2025-10-28"],
  ])("%s, published 2025-10-28, is %s", (words, date) => {
    expect(resolveWhen(words, "2025-10-28")).toBe(date);
  });

  it("is unknown when the words name no day, or the publication date is unknown or not a day", () => {
    expect(resolveWhen("at night", "2025-10-28")).toBeNull();
    expect(resolveWhen("last week", "2025-10-28")).toBeNull();
    expect(resolveWhen("Mondays", "2025-10-28")).toBeNull();
    expect(resolveWhen("Monday", null)).toBeNull();
    expect(resolveWhen("Monday", "2025-10")).toBeNull();
  });
});
