// Generated from src/model/registry.ts by `npm run schema:emit`: do not edit.
// Derives each citation's id, end, relationshipType and sourceKind and each relationship's evidence
// summary from the :Citation nodes. `npm run seed` runs it after every data file; run it after
// applying seed files with other tools (docs/seed-files.md).
CALL () {
  MATCH ()-[gone]->()
  WHERE gone.citationCount > 0 AND NOT EXISTS { MATCH (:Citation {relationshipId: gone.id}) } // cypher-safe: label from the registry
  DELETE gone
}
MATCH ()-[r]->()
WHERE r.id IS TYPED STRING NOT NULL

CALL (r) {
  OPTIONAL MATCH (c:Citation {relationshipId: r.id}) // cypher-safe: label from the registry
  WHERE c.sourceId IS TYPED STRING NOT NULL AND c.quote IS TYPED STRING NOT NULL AND c.start IS TYPED INTEGER NOT NULL
  OPTIONAL MATCH (s:Source {id: c.sourceId}) // cypher-safe: label from the registry
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
    r.role = CASE WHEN type(r) IN ['MEDIATES'] THEN [c IN supporting WHERE c.role IS NOT NULL][0].role END,
    r.status = CASE WHEN type(r) IN ['DESIGNATES'] THEN [c IN supporting WHERE c.status IS NOT NULL][0].status END,
    r.obligation = CASE WHEN type(r) IN ['BOUND_BY'] THEN [c IN supporting WHERE c.obligation IS NOT NULL][0].obligation END,
    r.demand = CASE WHEN type(r) IN ['DEMANDS'] THEN [c IN supporting WHERE c.demand IS NOT NULL][0].demand END,
    r.message = CASE WHEN type(r) IN ['URGES'] THEN [c IN supporting WHERE c.message IS NOT NULL][0].message END,
    r.what = CASE WHEN type(r) IN ['REJECTS'] THEN [c IN supporting WHERE c.what IS NOT NULL][0].what END,
    r.position = CASE WHEN type(r) IN ['ENDORSES'] THEN [c IN supporting WHERE c.position IS NOT NULL][0].position END,
    r.charge = CASE WHEN type(r) IN ['ACCUSES'] THEN [c IN supporting WHERE c.charge IS NOT NULL][0].charge END,
    r.response = CASE WHEN type(r) IN ['RESPONDS_TO'] THEN [c IN supporting WHERE c.response IS NOT NULL][0].response END,
    r.who = CASE WHEN type(r) IN ['PURSUES_OTHER_AGENDA'] THEN [c IN supporting WHERE c.who IS NOT NULL][0].who END,
    r.condition = CASE WHEN type(r) IN ['HINGES_ON'] THEN [c IN supporting WHERE c.condition IS NOT NULL][0].condition END // cypher-safe: type-property setters built above from registry keys and types;
