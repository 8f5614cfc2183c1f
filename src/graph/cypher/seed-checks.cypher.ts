import {
  CITATION_LABEL,
  ENTITY_LABEL,
  RELATIONSHIP_TYPES,
  SOURCE_LABEL,
} from "../../model/registry";
import { statement } from "../statement";

/** Each registry type's relationship with id `c.relationshipId`, through the type's id index. */
const RELATIONSHIP_OF_CITATION = RELATIONSHIP_TYPES.map(
  ({ type }) => `    MATCH ()-[r:${type} {id: c.relationshipId}]->() RETURN r`, // cypher-safe: type names from the registry
).join("\n    UNION ALL\n");

/**
 * Whatever in the graph breaks the registry's rules, as rows `{rule, id, detail}` (at most `$limit` per
 * rule), read inside a seed file's transaction after its statements and the evidence derivation. The
 * rules come as parameters (`$rules`, see seed.repository.ts), so this text is fixed; the registry's
 * names reach it only through the per-type lookup above. Quotes of sources whose text holds characters
 * outside the Basic Multilingual Plane are left to ASTRAL_CITATIONS, located in JavaScript (Cypher
 * counts those characters as one, offsets count them as two).
 */
export const SEED_CHECKS = statement(
  "seedChecks",
  `
CALL () {
  MATCH (n)
  WITH n, labels(n) AS labels
  WHERE NOT (labels IN $rules.singleLabels
             OR (size(labels) = 2 AND '${ENTITY_LABEL}' IN labels AND any(l IN labels WHERE l IN $rules.kinds))) // cypher-safe: label from the registry
  RETURN {rule: 'labels', id: n.id, detail: {labels: labels}} AS problem LIMIT $limit
  UNION ALL
  MATCH (n:${ENTITY_LABEL}) // cypher-safe: label from the registry
  WITH n, [k IN $rules.kinds WHERE k IN labels(n)][0] AS kind
  WHERE kind IS NOT NULL
  WITH n, kind, $rules.entityProperties[kind] AS spec
  WITH n, kind, spec,
       [p IN spec WHERE NOT (CASE WHEN n[p.key] IS NULL THEN NOT p.required
                                 ELSE valueType(n[p.key]) IN p.valueTypes
                                      AND (p.values IS NULL OR n[p.key] IN p.values) END) | p.key] AS bad,
       [k IN keys(n) WHERE NOT k IN [p IN spec | p.key] AND NOT k IN $rules.internalKeys] AS unknown,
       [p IN spec WHERE p.references = 'Source' AND n[p.key] IS NOT NULL
                    AND NOT EXISTS { MATCH (:${SOURCE_LABEL} {id: n[p.key]}) } | p.key] AS dangling // cypher-safe: label from the registry
  WHERE size(bad) + size(unknown) + size(dangling) > 0
  RETURN {rule: 'entityProperties', id: n.id, detail: {kind: kind, bad: bad, unknown: unknown, dangling: dangling,
          values: [p IN spec WHERE p.key IN bad | {key: p.key, type: p.type, values: p.values}]}} AS problem LIMIT $limit
  UNION ALL
  MATCH (s:${SOURCE_LABEL}) // cypher-safe: label from the registry
  WITH s, $rules.sourceProperties AS spec
  WITH s, spec,
       [p IN spec WHERE NOT (CASE WHEN s[p.key] IS NULL THEN NOT p.required
                                 ELSE valueType(s[p.key]) IN p.valueTypes
                                      AND (p.values IS NULL OR s[p.key] IN p.values) END) | p.key] AS bad,
       [k IN keys(s) WHERE NOT k IN [p IN spec | p.key]] AS unknown
  WHERE size(bad) + size(unknown) > 0
  RETURN {rule: 'sourceProperties', id: s.id, detail: {bad: bad, unknown: unknown,
          values: [p IN spec WHERE p.key IN bad | {key: p.key, type: p.type, values: p.values}]}} AS problem LIMIT $limit
  UNION ALL
  MATCH (a)-[r]->(b)
  WITH a, r, b, [t IN $rules.types WHERE t.type = type(r)][0] AS spec
  WITH a, r, b, spec,
       [k IN $rules.kinds WHERE k IN labels(a)][0] AS fromKind, [k IN $rules.kinds WHERE k IN labels(b)][0] AS toKind
  WITH a, r, b, spec, fromKind, toKind,
       CASE
         WHEN spec IS NULL THEN 'type'
         WHEN NOT r.id IS TYPED STRING NOT NULL THEN 'id'
         WHEN NOT ((fromKind IN spec.from AND toKind IN spec.to)
                   OR (spec.symmetric AND fromKind IN spec.to AND toKind IN spec.from)) THEN 'endpoints'
         WHEN spec.symmetric AND a.id < b.id THEN 'direction'
         WHEN NOT EXISTS { MATCH (:${CITATION_LABEL} {relationshipId: r.id}) } THEN 'uncited' // cypher-safe: label from the registry
         WHEN size([k IN keys(r) WHERE NOT k IN spec.keys]) > 0 THEN 'keys'
       END AS broken
  WHERE broken IS NOT NULL
  RETURN {rule: 'relationship', id: r.id, detail: {broken: broken, type: type(r), from: a.id, to: b.id,
          fromKind: fromKind, toKind: toKind, allowedFrom: spec.from, allowedTo: spec.to,
          unknown: [k IN keys(r) WHERE NOT k IN coalesce(spec.keys, [])]}} AS problem LIMIT $limit
  UNION ALL
  MATCH ()-[r]->()
  WITH r.id AS id, collect(type(r)) AS types
  WHERE id IS NOT NULL AND size(types) > 1
  RETURN {rule: 'duplicateRelationship', id: id, detail: {types: types}} AS problem LIMIT $limit
  UNION ALL
  MATCH (a)-[r]->(b)
  WITH a, b, type(r) AS type, collect(r.id) AS ids
  WHERE size(ids) > 1
  RETURN {rule: 'twins', id: ids[0], detail: {type: type, from: a.id, to: b.id, ids: ids}} AS problem LIMIT $limit
  UNION ALL
  CALL () {
    MATCH (s:${SOURCE_LABEL}) WHERE s.text =~ $rules.astral // cypher-safe: label from the registry
    RETURN collect(s.id) AS astralSources
  }
  MATCH (c:${CITATION_LABEL}) // cypher-safe: label from the registry
  OPTIONAL CALL (c) {
${RELATIONSHIP_OF_CITATION} // cypher-safe: per-type lookups built above from registry type names
  }
  WITH astralSources, c, head(collect(r)) AS r
  OPTIONAL MATCH (s:${SOURCE_LABEL} {id: c.sourceId}) // cypher-safe: label from the registry
  WITH astralSources, c, r, s, [t IN $rules.types WHERE t.type = type(r)][0] AS spec
  WITH astralSources, c, r, s, spec,
       [p IN $rules.citationProperties + coalesce(spec.properties, [])
          WHERE NOT (CASE WHEN c[p.key] IS NULL THEN NOT p.required
                         ELSE valueType(c[p.key]) IN p.valueTypes
                              AND (p.values IS NULL OR c[p.key] IN p.values)
                              AND (p.pattern IS NULL OR c[p.key] =~ p.pattern) END) | p.key] AS bad,
       [k IN keys(c) WHERE NOT k IN [p IN $rules.citationProperties + coalesce(spec.properties, []) | p.key]] AS unknown
  WITH astralSources, c, r, s, spec, bad, unknown,
       CASE
         WHEN r IS NULL THEN 'relationship'
         // Before the properties: a missing source leaves its derived sourceKind unset, which is not the file's fault.
         WHEN c.sourceId IS TYPED STRING NOT NULL AND s IS NULL THEN 'source'
         WHEN size(bad) + size(unknown) > 0 THEN 'properties'
         WHEN c.claimantId IS NOT NULL AND NOT EXISTS { MATCH (:${ENTITY_LABEL} {id: c.claimantId}) } THEN 'claimant' // cypher-safe: label from the registry
         // Located in JavaScript (see ASTRAL_CITATIONS).
         WHEN c.sourceId IN astralSources THEN null
         WHEN NOT (s.text IS TYPED STRING NOT NULL AND substring(s.text, c.start, size(c.quote)) = c.quote) THEN 'quote'
       END AS broken
  WHERE broken IS NOT NULL
  RETURN {rule: 'citation', id: c.relationshipId, detail: {broken: broken, sourceId: c.sourceId, start: c.start,
          quote: left(c.quote, 200), claimantId: c.claimantId, bad: bad, unknown: unknown,
          values: [p IN $rules.citationProperties + coalesce(spec.properties, []) WHERE p.key IN bad
                   | {key: p.key, type: p.type, values: p.values}],
          occursAt: CASE WHEN broken = 'quote' AND s.text CONTAINS c.quote THEN size(split(s.text, c.quote)[0]) END}}
         AS problem LIMIT $limit
}
RETURN problem
`,
);

/** The citations of sources whose text has characters outside the Basic Multilingual Plane, with the text. */
export const ASTRAL_CITATIONS = statement(
  "astralCitations",
  `
MATCH (s:${SOURCE_LABEL}) WHERE s.text =~ $astral // cypher-safe: label from the registry
MATCH (c:${CITATION_LABEL} {sourceId: s.id}) // cypher-safe: label from the registry
RETURN s.id AS sourceId, s.text AS text,
       collect(c {.relationshipId, .start, .quote}) AS citations
`,
);
