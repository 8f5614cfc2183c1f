import type { GenerateProgress } from "./graph-generator";

const count = (n: number): string => Math.round(n).toLocaleString("en");

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
}

/** One line of progress: rows written, rate and time left, estimated from the rows still to write. */
export function progressLine(p: GenerateProgress, elapsedMs: number): string {
  const written = p.entities + p.relationships;
  const total = p.totalEntities + Math.max(p.expectedRelationships, p.relationships);
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? written / seconds : 0;
  const eta = rate > 0 ? duration((total - written) / rate) : "?";
  return (
    `entities ${count(p.entities)}/${count(p.totalEntities)}, ` +
    `relationships ${count(p.relationships)}/~${count(p.expectedRelationships)}, ` +
    `${count(rate)} rows/s, ${duration(seconds)} elapsed, ETA ${eta}`
  );
}
