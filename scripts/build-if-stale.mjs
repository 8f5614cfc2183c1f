// Builds the service (tsc) and the pages (web/build.mjs) only when their inputs changed since the last
// build, so `npm start`, `npm run seed -- --status` and the other commands answer at once when nothing did.
// The fingerprint is a sha256 over the inputs' paths and contents, kept in dist/.build-fingerprint.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const INPUTS = [
  "src",
  "bench",
  "web",
  "tsconfig.json",
  "tsconfig.build.json",
  "package-lock.json",
  "README.md",
];
const stampFile = path.join(root, "dist", ".build-fingerprint");

function files(entry) {
  const absolute = path.join(root, entry);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [entry];
  return readdirSync(absolute)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

function fingerprint() {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(files)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}

const force = process.argv.includes("--force");
const current = fingerprint();
const built = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";
if (force || built !== current || !existsSync(path.join(root, "dist", "src", "index.js"))) {
  const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  process.stderr.write(force ? "building\n" : "sources changed since the last build: building\n");
  run([path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"]);
  run([path.join(root, "web", "build.mjs")]);
  writeFileSync(stampFile, `${current}\n`);
}
