/** Handed from globalSetup to globalTeardown (they share one process). */
export const TEST_STATE_KEY = "__conflictGraphTestNeo4j";

export interface TestState {
  readonly pid: number;
  readonly dataDir: string;
  stop(): Promise<void>;
}
