/** Unit tests only: no database is started. */
const base = require("./jest.config");

module.exports = {
  ...base,
  testPathIgnorePatterns: ["\\.int\\.test\\.ts$"],
  globalSetup: undefined,
  globalTeardown: undefined,
};
