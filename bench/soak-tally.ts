/** What one minute of the soak saw: answers by kind, /health latency, the server's memory. */
export class SoakTally {
  requests = 0;
  answered = 0;
  internal = 0;
  notJson = 0;
  healthFailures = 0;
  rssLastKb = 0;
  rssPeakKb = 0;
  /** HTTP statuses other than 200, by status. */
  readonly statuses = new Map<number, number>();
  /** Refusals (GraphQL error codes other than INTERNAL_SERVER_ERROR), by code. */
  readonly refusals = new Map<string, number>();
  readonly healthMs: number[] = [];

  /** One response body as autocannon hands it over. */
  record(status: number, body: string): void {
    this.requests += 1;
    if (status !== 200) this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    let errors: { extensions?: { code?: unknown } }[] | undefined;
    try {
      errors = (JSON.parse(body) as { errors?: typeof errors }).errors;
    } catch {
      this.notJson += 1;
      return;
    }
    if (!errors?.length) {
      if (status === 200) this.answered += 1;
      return;
    }
    for (const error of errors) {
      const code = typeof error.extensions?.code === "string" ? error.extensions.code : "(no code)";
      if (code === "INTERNAL_SERVER_ERROR") this.internal += 1;
      else this.refusals.set(code, (this.refusals.get(code) ?? 0) + 1);
    }
  }

  recordRss(kb: number): void {
    this.rssLastKb = kb;
    this.rssPeakKb = Math.max(this.rssPeakKb, kb);
  }

  get serverErrors(): number {
    return [...this.statuses].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0);
  }

  /** Adds another minute's counts into this one (for the summary). */
  add(other: SoakTally): void {
    this.requests += other.requests;
    this.answered += other.answered;
    this.internal += other.internal;
    this.notJson += other.notJson;
    this.healthFailures += other.healthFailures;
    this.rssLastKb = other.rssLastKb || this.rssLastKb;
    this.rssPeakKb = Math.max(this.rssPeakKb, other.rssPeakKb);
    for (const [s, n] of other.statuses) this.statuses.set(s, (this.statuses.get(s) ?? 0) + n);
    for (const [c, n] of other.refusals) this.refusals.set(c, (this.refusals.get(c) ?? 0) + n);
    this.healthMs.push(...other.healthMs);
  }
}

/** `{a: 1, b: 2}` as `a 1, b 2`, or `none`. */
export const counts = (map: ReadonlyMap<unknown, number>): string =>
  map.size === 0 ? "none" : [...map].map(([k, n]) => `${String(k)} ${n}`).join(", ");

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
