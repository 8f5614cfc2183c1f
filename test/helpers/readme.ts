import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./cli";

/** Every ```graphql block of the README followed by a ```json block: the query and its promised answer. */
export function readmeExamples(): { query: string; answer: unknown }[] {
  const readme = readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2]! }));
  return blocks.flatMap((block, i) => {
    const next = blocks[i + 1];
    return block.lang === "graphql" && next?.lang === "json"
      ? [{ query: block.body, answer: JSON.parse(next.body) as unknown }]
      : [];
  });
}
