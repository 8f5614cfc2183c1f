import {
  CITATION_LABEL,
  ENTITY_LABEL,
  NODE_KINDS,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_TYPES,
  type PropertySpec,
  type RelationshipTypeSpec,
} from "../../src/model/registry";

/** How a kind reaches one relationship type in the @neo4j/graphql schema: a field per type and direction. */
export interface PeerRelationshipField {
  readonly field: string;
  readonly type: string;
  readonly direction: "OUT" | "IN";
}

const camel = (type: string): string =>
  type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function peerRelationshipFields(label: string): PeerRelationshipField[] {
  const fields: PeerRelationshipField[] = [];
  const has = (kinds: readonly string[]): boolean => kinds.includes(label);
  for (const spec of RELATIONSHIP_TYPES) {
    if (has(spec.from)) fields.push({ field: camel(spec.type), type: spec.type, direction: "OUT" });
    if (has(spec.to)) fields.push({ field: `${camel(spec.type)}Inverse`, type: spec.type, direction: "IN" });
  }
  return fields;
}

const graphqlType = (spec: PropertySpec, required: boolean): string => {
  const base =
    spec.type === "string[]"
      ? "[String!]"
      : spec.type === "int"
        ? "Int"
        : spec.type === "boolean"
          ? "Boolean"
          : "String";
  return required ? `${base}!` : base;
};

/** Every relationship's properties: the common ones, and each type's own as optional fields. */
function evidenceType(types: readonly RelationshipTypeSpec[]): string {
  const fields = new Map<string, string>();
  for (const [name, spec] of Object.entries(RELATIONSHIP_PROPERTIES)) {
    fields.set(name, name === "id" ? "ID!" : graphqlType(spec, spec.required === true));
  }
  for (const type of types) {
    for (const [name, spec] of Object.entries(type.properties)) fields.set(name, graphqlType(spec, false));
  }
  const lines = [...fields].map(([name, type]) => `  ${name}: ${type}`);
  return `type Evidence @relationshipProperties {\n${lines.join("\n")}\n}`;
}

/**
 * Every relationship of an entity and its ends, and its 2-step neighbourhood. @neo4j/graphql's native form,
 * a connection field per relationship type and direction, targets the Entity interface here; the statement
 * it generates for an entity's 29 such fields did not finish planning within Neo4j's 30 s transaction
 * timeout, even on the 20-entity seed, so these two questions are custom @cypher fields.
 */
const RELATIONSHIPS_CYPHER =
  "MATCH (this)-[r]-(other:Entity) WITH r, other ORDER BY type(r), r.id LIMIT 100 " +
  "RETURN {id: r.id, from: startNode(r).id, to: endNode(r).id, otherId: other.id, otherName: other.name} AS r";
const NEIGHBOURHOOD_CYPHER = "MATCH (this)-[*0..2]-(m:Entity) RETURN DISTINCT m";

/**
 * The same model as @neo4j/graphql type definitions: each kind a type implementing Entity, labelled with
 * its kind and Entity (so lookups by id use the Entity id constraint), each relationship type a field per
 * direction with its properties. kind has no stored property, so it is a constant @cypher field.
 * Citations are nodes of their own, read natively by their source's id.
 * Shortest path and full-text search across kinds have no native form: custom @cypher query fields.
 */
export function peerTypeDefs(): string {
  const kinds = NODE_KINDS.map((kind) => {
    const relationships = peerRelationshipFields(kind.label).map(
      (f) =>
        `  ${f.field}: [Entity!]! @relationship(type: "${f.type}", direction: ${f.direction}, properties: "Evidence")`,
    );
    return [
      `type ${kind.label} implements Entity @node(labels: ["${kind.label}", "${ENTITY_LABEL}"]) {`,
      "  id: ID!",
      "  name: String!",
      "  aliases: [String!]!",
      `  kind: String! @cypher(statement: "RETURN '${kind.enumValue}' AS kind", columnName: "kind")`,
      "  description: String",
      `  relationships: [RelationshipEnds!]! @cypher(statement: ${JSON.stringify(RELATIONSHIPS_CYPHER)}, columnName: "r")`,
      `  neighbourhood: [Entity!]! @cypher(statement: ${JSON.stringify(NEIGHBOURHOOD_CYPHER)}, columnName: "m")`,
      ...relationships,
      "}",
    ].join("\n");
  });
  return `
interface Entity {
  id: ID!
  name: String!
  aliases: [String!]!
  kind: String!
  relationships: [RelationshipEnds!]!
  neighbourhood: [Entity!]!
}

type RelationshipEnds {
  id: ID!
  from: ID!
  to: ID!
  otherId: ID!
  otherName: String!
}

${evidenceType(RELATIONSHIP_TYPES)}

type Citation @node(labels: ["${CITATION_LABEL}"]) {
  id: ID!
  relationshipId: String!
  relationshipType: String!
  sourceId: String!
  quote: String!
  stance: String!
}

${kinds.join("\n\n")}

type Query {
  shortestPath(from: ID!, to: ID!, maxHops: Int!): [Entity!]!
    @cypher(
      statement: """
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MATCH p = shortestPath((a)-[*1..6]-(b))
      WITH p WHERE length(p) <= $maxHops
      UNWIND nodes(p) AS node
      RETURN node
      """
      columnName: "node"
    )
  searchEntities(query: String!, first: Int!): [Entity!]!
    @cypher(
      statement: """
      CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
      RETURN node ORDER BY score DESC, node.id LIMIT $first
      """
      columnName: "node"
    )
}
`;
}
