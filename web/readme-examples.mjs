// The README's example queries, read at build time into the module "readme-examples" that pages import,
// so GraphiQL opens with exactly the queries the README documents and its tests run.
import { readFileSync } from "node:fs";

/** Every ```graphql block followed by a ```json block (its promised answer), titled by the bold line above it. */
export function readmeExamples(readme) {
  const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({
    lang: m[1],
    body: m[2],
    before: readme.slice(0, m.index),
  }));
  return blocks.flatMap((block, i) => {
    if (block.lang !== "graphql" || blocks[i + 1]?.lang !== "json") return [];
    const title = [...block.before.matchAll(/^\*\*(.+)\*\*$/gm)].at(-1)?.[1] ?? `Example ${i}`;
    return [{ title, query: named(block.body, operationName(title)) }];
  });
}

/** "Who mediates the Istanbul talks, and in what role?" -> "WhoMediatesTheIstanbulTalks": GraphiQL's tab title. */
export function operationName(title) {
  const words = (title.split(/[,?:;]/)[0].match(/[A-Za-z0-9]+/g) ?? ["Example"]).slice(0, 9);
  while (words.length > 1 && TRAILING_WORDS.has(words.at(-1).toLowerCase())) words.pop();
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}

const TRAILING_WORDS = new Set(["a", "and", "from", "of", "the", "to", "without"]);

/** Names an anonymous `{ ... }` query; a named operation stays as written. */
function named(query, name) {
  return query.startsWith("{") ? `query ${name} ${query}` : query;
}

export function readmeExamplesPlugin(readmePath) {
  return {
    name: "readme-examples",
    setup(build) {
      build.onResolve({ filter: /^readme-examples$/ }, () => ({
        path: readmePath,
        namespace: "readme-examples",
      }));
      build.onLoad({ filter: /.*/, namespace: "readme-examples" }, () => ({
        contents: `export const examples = ${JSON.stringify(readmeExamples(readFileSync(readmePath, "utf8")))};`,
        loader: "js",
        watchFiles: [readmePath],
      }));
    },
  };
}
