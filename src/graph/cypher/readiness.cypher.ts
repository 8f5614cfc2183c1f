import { statement } from "../statement";

/** Answered from the count store: cheap, yet only a database that is online and readable answers it. */
export const READINESS_READ = statement(
  "readinessRead",
  `
MATCH (n:Entity)
RETURN count(n) AS entities
`,
);
