import { CLEANUP_TIMEOUT_MS, killFileProcesses, killTestProcesses } from "./processes";

// Whatever a test spawned through spawnTracked ends with it, passed, failed or timed out.
afterEach(() => killTestProcesses(), CLEANUP_TIMEOUT_MS);
afterAll(() => killFileProcesses(), CLEANUP_TIMEOUT_MS);
