// Bundles each page in web/<page>/ (entry main.ts or main.tsx, CSS imported from it) into
// dist/web/<page>/, minified and self-contained, so the pages work with no network.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { readmeExamplesPlugin } from "./readme-examples.mjs";

const webDir = path.dirname(fileURLToPath(import.meta.url));
const outRoot = path.join(webDir, "..", "dist", "web");

function pages() {
  return readdirSync(webDir).filter((name) => statSync(path.join(webDir, name)).isDirectory());
}

function entryOf(pageDir) {
  const entry = ["main.ts", "main.tsx"].map((f) => path.join(pageDir, f)).find((f) => existsSync(f));
  if (!entry) throw new Error(`${pageDir} has no main.ts or main.tsx`);
  return entry;
}

async function buildPage(page) {
  const pageDir = path.join(webDir, page);
  const outDir = path.join(outRoot, page);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: { main: entryOf(pageDir) },
    outdir: outDir,
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    platform: "browser",
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
    plugins: [readmeExamplesPlugin(path.join(webDir, "..", "README.md"))],
  });
  copyFileSync(path.join(pageDir, "index.html"), path.join(outDir, "index.html"));
  for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
    process.stdout.write(`web: ${path.relative(outRoot, file)} ${(bytes / 1024).toFixed(1)} KiB\n`);
  }
}

for (const page of pages()) await buildPage(page);
