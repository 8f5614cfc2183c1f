import { SEED_FILE_LABEL, SEED_LOCK_LABEL } from "../../model/registry";
import { statement } from "../statement";

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

/**
 * The lock node's uniqueness: what makes a second seeder's MERGE wait for the first. Created by the loader before it
 * locks, not by cypher/schema: a schema file applied under the lock must not wait on the lock's label.
 */
export const SEED_LOCK_CONSTRAINT = statement(
  "seedLockConstraint",
  `CREATE CONSTRAINT seed_lock_name IF NOT EXISTS FOR (l:${SEED_LOCK_LABEL}) REQUIRE l.name IS UNIQUE`, // cypher-safe: label from the registry
);

/**
 * Run in a transaction kept open while seeding (Executor.lock) and rolled back after: the node exists only
 * inside it, and a second seeder's MERGE of the same name waits on the constraint's entry lock until then.
 */
export const TAKE_SEED_LOCK = statement(
  "takeSeedLock",
  `MERGE (l:${SEED_LOCK_LABEL} {name: $name}) // cypher-safe: label from the registry
SET l.heldBy = $holder`,
);

/** The names of the indexes in the database; a uniqueness constraint's backing index has its name. */
export const SCHEMA_NAMES = statement("schemaNames", "SHOW INDEXES YIELD name RETURN collect(name) AS names");
