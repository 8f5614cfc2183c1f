import { rmSync } from "node:fs";
import { TEST_STATE_KEY, type TestState } from "./test-state";

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)[TEST_STATE_KEY] as TestState | undefined;
  if (!state) return;
  try {
    await state.stop();
  } finally {
    rmSync(state.tempDir, { recursive: true, force: true });
  }
}
