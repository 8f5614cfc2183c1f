import { SEED_FILE_LABEL } from "../../model/registry";
import { statement } from "../statement";

export const COUNT_NODES = statement("countNodes", "MATCH (n) RETURN count(n) AS nodes");

export const DELETE_ALL = statement("deleteAll", "MATCH (n) DETACH DELETE n");

export const SEED_FILES = statement(
  "seedFiles",
  `MATCH (f:${SEED_FILE_LABEL}) // cypher-safe: label from the registry
WHERE f.path IN $paths
RETURN f.path AS path, f.checksum AS checksum, f.appliedAt AS appliedAt`,
);

export const RECORD_SEED_FILE = statement(
  "recordSeedFile",
  `MERGE (f:${SEED_FILE_LABEL} {path: $path}) // cypher-safe: label from the registry
SET f.checksum = $checksum, f.appliedAt = $appliedAt`,
);
