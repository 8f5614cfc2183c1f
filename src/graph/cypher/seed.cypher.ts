import { statement } from "../statement";

export const COUNT_NODES = statement("countNodes", "MATCH (n) RETURN count(n) AS nodes");

export const DELETE_ALL = statement("deleteAll", "MATCH (n) DETACH DELETE n");
