import { CITATION_LABEL, ENTITY_LABEL, RELATIONSHIP_TYPES, SOURCE_LABEL } from "../../model/registry";
import { type Statement, statement } from "../statement";
import { relationshipProjection as rel } from "./projections";

/** Each type property, with the relationship types that have it. */
const TYPE_PROPERTIES: ReadonlyMap<string, readonly string[]> = (() => {
  const byKey = new Map<string, string[]>();
  for (const { type, properties } of RELATIONSHIP_TYPES)
    for (const key of Object.keys(properties)) byKey.set(key, [...(byKey.get(key) ?? []), type]);
  return byKey;
})();

const typeList = (types: readonly string[]): string => `[${types.map((t) => `'${t}'`).join(", ")}]`; // cypher-safe: registry type names, quoted

/** `r.role = …` for every type property: its first supporting citation's value, on types that have it. */
const TYPE_PROPERTY_SETTERS = [...TYPE_PROPERTIES]
  .map(
    ([key, types]) =>
      `    r.${key} = CASE WHEN type(r) IN ${typeList(types)} THEN [c IN supporting WHERE c.${key} IS NOT NULL][0].${key} END`, // cypher-safe: property keys and type names from the registry
  )
  .join(",\n");

/**
 * What a relationship `r` in scope derives from the :Citation nodes that name it: each citation's derived
 * fields (`id`, `end` in UTF-16 code units as JavaScript counts, `relationshipType`, `sourceKind`), and
 * the summary RELATIONSHIP_PROPERTIES describes: sources and claimants in order, counts of reports and of
 * reference notes apart, who claims it when no source states it, whether it is contested or rests on
 * reference notes only, the dates it held, and each type property from its first supporting citation
 * (citations in source, then offset order). Citations whose fields have the wrong types are left
 * underived for the seed checks to name. The one place a summary is computed: seed files, mutations and
 * generated graphs all store what this derives.
 */
const DERIVE_FROM_CITATIONS = `
CALL (r) {
  OPTIONAL MATCH (c:${CITATION_LABEL} {relationshipId: r.id}) // cypher-safe: label from the registry
  WHERE c.sourceId IS TYPED STRING NOT NULL AND c.quote IS TYPED STRING NOT NULL AND c.start IS TYPED INTEGER NOT NULL
  OPTIONAL MATCH (s:${SOURCE_LABEL} {id: c.sourceId}) // cypher-safe: label from the registry
  // split(_, '') yields UTF-16 code units (size() counts code points): the quote's length as JavaScript counts it.
  WITH c, s, c.start + size(split(c.quote, '')) AS end
  ORDER BY c.sourceId, c.start
  FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END |
    SET x.end = end, x.id = r.id + '@' + x.sourceId + ':' + x.start + '-' + end,
        x.relationshipType = type(r), x.sourceKind = s.kind)
  RETURN collect(c) AS citations
}
WITH r, citations, [c IN citations WHERE c.stance <> 'DENIES'] AS supporting
WITH r, citations, supporting,
     COLLECT { UNWIND supporting AS c RETURN DISTINCT c.sourceId AS id ORDER BY id } AS sourceIds,
     COLLECT { UNWIND supporting AS c WITH c WHERE c.sourceKind = 'reference' RETURN DISTINCT c.sourceId } AS referenceIds,
     COLLECT {
       UNWIND supporting AS c
       WITH coalesce(c.claimantId, c.claimant) AS who WHERE who IS NOT NULL
       RETURN DISTINCT who ORDER BY who
     } AS claimants,
     [c IN supporting WHERE c.claimant IS NOT NULL OR c.claimantId IS NOT NULL][0] AS firstClaimant,
     COLLECT { UNWIND citations AS c WITH c.since AS d WHERE d IS NOT NULL RETURN d ORDER BY d LIMIT 1 } AS since,
     COLLECT { UNWIND citations AS c WITH c.until AS d WHERE d IS NOT NULL RETURN d ORDER BY d DESC LIMIT 1 } AS until
SET r.sourceIds = sourceIds,
    r.sourceCount = size(sourceIds) - size(referenceIds),
    r.referenceCount = size(referenceIds),
    r.citationCount = size(citations),
    r.claimants = claimants,
    r.claimedBy = CASE
      WHEN any(c IN supporting WHERE c.stance = 'STATES') OR firstClaimant IS NULL THEN null
      ELSE coalesce(firstClaimant.claimant, firstClaimant.claimantId)
    END,
    r.contested = any(c IN citations WHERE c.stance = 'DENIES'),
    r.reference = size(supporting) > 0 AND all(c IN supporting WHERE c.sourceKind = 'reference'),
    r.since = since[0],
    r.until = until[0],
${TYPE_PROPERTY_SETTERS} // cypher-safe: type-property setters built above from registry keys and types
`;

/**
 * The derivation over the whole graph, so the summary is true whatever wrote the citations: a seed file,
 * a pipeline's own Cypher. A relationship whose citations are all gone (its sources retracted) goes with
 * them; one that never had any is left for the checks to refuse. `cypher/derive/evidence.cypher` is this
 * statement as a file.
 */
export const DERIVE_EVIDENCE_TEXT = `
CALL () {
  MATCH ()-[gone]->()
  WHERE gone.citationCount > 0 AND NOT EXISTS { MATCH (:${CITATION_LABEL} {relationshipId: gone.id}) } // cypher-safe: label from the registry
  DELETE gone
}
MATCH ()-[r]->()
WHERE r.id IS TYPED STRING NOT NULL
${DERIVE_FROM_CITATIONS}`; // cypher-safe: the derivation body above, registry names only

export const DERIVE_EVIDENCE = statement("deriveEvidence", DERIVE_EVIDENCE_TEXT);

/**
 * The derivation for the relationships of one type a write names (`$ids`), found through the type's id
 * index; returns each as now stored. Also ends the write's lock on it.
 */
export const DERIVE_EVIDENCE_OF: ReadonlyMap<string, Statement> = new Map(
  RELATIONSHIP_TYPES.map(({ type }) => [
    type,
    statement(
      `deriveEvidenceOf${type}`,
      `
UNWIND $ids AS id
MATCH (:${ENTITY_LABEL})-[r:${type} {id: id}]->(:${ENTITY_LABEL}) // cypher-safe: names from the registry
${DERIVE_FROM_CITATIONS} // cypher-safe: the derivation body above, registry names only
REMOVE r.writeLock
RETURN ${rel("r")} AS relationship // cypher-safe: a fixed projection of r
`,
    ),
  ]),
);

/** DERIVE_EVIDENCE as a file of its own, for a pipeline that applies seed files with its own tools. */
export function deriveScript(): string {
  return (
    "// Generated from src/model/registry.ts by `npm run schema:emit`: do not edit.\n" +
    "// Derives each citation's id, end, relationshipType and sourceKind and each relationship's evidence\n" +
    "// summary from the :Citation nodes. `npm run seed` runs it after every data file; run it after\n" +
    "// applying seed files with other tools (docs/seed-files.md).\n" +
    `${DERIVE_EVIDENCE.text};\n`
  );
}
