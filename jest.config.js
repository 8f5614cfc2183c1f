/** Unit tests (no I/O) and integration tests (*.int.test.ts, a real Neo4j from globalSetup), run in band. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];

module.exports = {
  testEnvironment: "node",
  transform: {
    "^.+\\.ts$": tsJest,
    // antlr4 (under @neo4j-cypher's Cypher grammar) ships ES modules only; jest loads CommonJS.
    "/node_modules/antlr4/.+\\.js$": ["ts-jest", { tsconfig: { allowJs: true, module: "commonjs" } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!antlr4/)"],
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  globalSetup: "<rootDir>/test/helpers/global-setup.ts",
  globalTeardown: "<rootDir>/test/helpers/global-teardown.ts",
  setupFiles: ["reflect-metadata"],
  // Kills what a test spawned when it ends, even on a timeout, so jest never waits on a child.
  setupFilesAfterEnv: ["<rootDir>/test/helpers/kill-leftover-processes.ts"],
  testTimeout: 60000,
  maxWorkers: 1,
};
