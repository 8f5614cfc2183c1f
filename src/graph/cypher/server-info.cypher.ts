import { statement } from "../statement";

export const SERVER_COMPONENTS = statement(
  "serverComponents",
  `
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
`,
);
