/** Which relationships of an entity to follow, relative to it. */
export type RelationshipDirection = "OUT" | "IN" | "BOTH";
