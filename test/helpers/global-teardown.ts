import { rmSync } from "node:fs";
import { TEST_STATE_KEY, type TestState } from "./test-state";

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)[TEST_STATE_KEY] as TestState | undefined;
  if (!state) return;
  await state.stop();
  rmSync(state.dataDir, { recursive: true, force: true });
}
