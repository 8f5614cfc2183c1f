import { type Question, VARIANTS, type Variant } from "./queries";

export const ANSWER_TIMEOUT_MS = 60_000;
const FAILED = "(failed) ";

export interface Verdict {
  readonly question: string;
  /** Variants whose normalised answer differs from the reference; they are not measured on this question. */
  readonly differing: readonly Variant[];
  readonly answers: Readonly<Record<Variant, string[]>>;
  /** How long each variant took to answer once, alone on its server (the three asked at once). */
  readonly millis: Readonly<Record<Variant, number>>;
  /** What each differing variant returned against the reference, line by line. */
  readonly diff: string;
  /** Variants that gave no answer at all, with the reason (time limit, HTTP error, GraphQL errors). */
  readonly failed: Readonly<Partial<Record<Variant, string>>>;
}

async function timedAnswer(
  base: string,
  question: Question,
  variant: Variant,
): Promise<{ lines: string[]; ms: number }> {
  const started = performance.now();
  const lines = await answer(base, question, variant);
  return { lines, ms: performance.now() - started };
}

async function answer(base: string, question: Question, variant: Variant): Promise<string[]> {
  const request = question.requests[variant];
  try {
    const response = await fetch(`${base}${request.path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: request.body,
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
    const text = await response.text();
    return question.normalise[variant](JSON.parse(text));
  } catch (error) {
    return [`${FAILED}${error instanceof Error ? error.message : String(error)}`];
  }
}

const key = (lines: string[]): string => lines.join("\n");

/** Asks every variant; the reference is the answer two variants share, else raw's (the hand-written Cypher). */
export async function compareAnswers(
  question: Question,
  bases: Readonly<Record<Variant, string>>,
): Promise<Verdict> {
  const timed = await Promise.all(VARIANTS.map((v) => timedAnswer(bases[v], question, v)));
  const answers = Object.fromEntries(VARIANTS.map((v, i) => [v, timed[i]!.lines])) as Record<
    Variant,
    string[]
  >;
  const millis = Object.fromEntries(VARIANTS.map((v, i) => [v, timed[i]!.ms])) as Record<Variant, number>;
  const failed = Object.fromEntries(
    VARIANTS.filter((v) => answers[v].length === 1 && answers[v][0]!.startsWith(FAILED)).map((v) => [
      v,
      answers[v][0]!.slice(FAILED.length).replace(
        "The operation was aborted due to timeout",
        `no answer within ${ANSWER_TIMEOUT_MS / 1000} s`,
      ),
    ]),
  ) as Partial<Record<Variant, string>>;
  // Two variants failing alike (both timed out) is no answer to agree on.
  const answered = VARIANTS.filter((v) => !failed[v]);
  const shared = answered.find((v) => answered.some((w) => w !== v && key(answers[w]) === key(answers[v])));
  const reference = answers[shared ?? "raw"];
  const differing = VARIANTS.filter((v) => failed[v] !== undefined || key(answers[v]) !== key(reference));
  const diff = differing
    .map((v) => {
      if (failed[v]) return `${question.name} ${v} failed: ${failed[v]}`;
      const mine = new Set(answers[v]);
      const theirs = new Set(reference);
      const missing = reference.filter((l) => !mine.has(l)).map((l) => `  - ${l}`);
      const extra = answers[v].filter((l) => !theirs.has(l)).map((l) => `  + ${l}`);
      return `${question.name} ${v} differs from ${shared ?? "raw"} (- missing, + extra):\n${[...missing, ...extra].slice(0, 40).join("\n")}`;
    })
    .join("\n");
  return { question: question.name, differing, answers, millis, diff, failed };
}
