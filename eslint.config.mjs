import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import prettier from "eslint-config-prettier";

// Calls flow one way: graphql -> services -> graph -> neo4j-driver; model imports none of them.
// ingest (seed files to validated writes) and generate (synthetic graphs) sit beside graphql: they use
// services and graph, and nothing the API serves with imports them.
const entries = ["./src/graphql", "./src/http", "./src/cli", "./src/ingest", "./src/generate"];
const layers = [
  { target: "./src/model", from: ["./src/graph", "./src/services", ...entries] },
  { target: "./src/graph", from: ["./src/services", ...entries] },
  { target: "./src/services", from: entries },
  {
    target: "./src/graphql",
    from: ["./src/graph", "./src/http", "./src/cli", "./src/ingest", "./src/generate"],
  },
  { target: "./src/ingest", from: ["./src/graphql", "./src/http", "./src/cli", "./src/generate"] },
  { target: "./src/generate", from: ["./src/graphql", "./src/http", "./src/cli", "./src/ingest"] },
  { target: "./src", from: ["./test"] },
  // The pages run in a browser and talk to the API over HTTP; they share only the model's registry.
  { target: "./web", from: "./src", except: ["./model"] },
  { target: "./web", from: ["./test", "./bench"] },
];

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", "neo4j/target/", ".data/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    plugins: { "import-x": importX },
    settings: { "import-x/resolver": { typescript: true, node: true } },
    rules: {
      "import-x/no-cycle": "error",
      "import-x/no-default-export": "error",
      "import-x/no-restricted-paths": ["error", { zones: layers }],
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "neo4j-driver", message: "Only src/graph/ talks to neo4j-driver." }] },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/graph/**/*.ts", "test/**/*.ts", "bench/**/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["test/helpers/global-*.ts"],
    rules: { "import-x/no-default-export": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { module: "readonly", require: "readonly", process: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
