/** Handed from globalSetup to globalTeardown (they share one process). */
export const TEST_STATE_KEY = "__conflictGraphTestNeo4j";

export interface TestState {
  readonly pid: number;
  /** Holds the data directory and its pid record. */
  readonly tempDir: string;
  stop(): Promise<void>;
}
