import { type GraphQLSchema, type GraphQLNamedType, lexicographicSortSchema, printType } from "graphql";
import { Arg, buildSchema, Mutation, Query, Resolver } from "type-graphql";
import { buildSurface } from "../../src/graphql/surface/surface.factory";
import { assertSurfaceRegistry } from "../../src/graphql/surface/registry-checks";
import { EntityInterface } from "../../src/graphql/types/entity.type";
import {
  REGISTRY,
  type NodeKindSpec,
  type Registry,
  type RelationshipTypeSpec,
} from "../../src/model/registry";

// Its own test file: type-graphql's metadata store is per process (per test file under jest), and holds one surface.

const MONITORS: RelationshipTypeSpec = {
  type: "MONITORS",
  description: "An observer watches a negotiation for others.",
  from: ["Observer"],
  to: ["Negotiation"],
  symmetric: false,
  properties: { mandate: { type: "string", required: true, description: "What it is asked to watch." } },
  edge: {
    name: "Monitoring",
    description: "Who watches which negotiation, and for what.",
    from: "monitor",
    to: "negotiation",
  },
};

const OBSERVER: NodeKindSpec = {
  label: "Observer",
  enumValue: "OBSERVER",
  description: "A body that watches talks on behalf of others.",
  properties: { seats: { type: "int", description: "How many people it sends." } },
  typedFields: [
    {
      name: "monitors",
      type: "MONITORS",
      direction: "OUT",
      returns: "edges",
      description: "Negotiations it watches, with its mandate",
    },
  ],
};

/** The model registry, plus one kind and one relationship type with a property and typed fields at both ends. */
const FIXTURE: Registry = {
  nodeKinds: [
    ...REGISTRY.nodeKinds.map((kind) =>
      kind.label === "Negotiation"
        ? {
            ...kind,
            typedFields: [
              ...kind.typedFields,
              {
                name: "monitoredBy",
                type: "MONITORS",
                direction: "IN" as const,
                returns: "entities" as const,
                description: "Observers that watch it",
              },
            ],
          }
        : kind,
    ),
    OBSERVER,
  ],
  relationshipTypes: [...REGISTRY.relationshipTypes, MONITORS],
};

const surface = buildSurface(FIXTURE);

@Resolver()
class FixtureRootResolver {
  @Query((_returns) => EntityInterface, { nullable: true })
  entity(): null {
    return null;
  }

  @Mutation((_returns) => Boolean)
  assertRelationship(@Arg("input", (_type) => surface.inputs.RelationshipInput) _input: object): boolean {
    return false;
  }

  @Mutation((_returns) => Boolean)
  upsertEntity(@Arg("input", (_type) => surface.inputs.EntityInput) _input: object): boolean {
    return false;
  }
}

let schema: GraphQLSchema;
beforeAll(async () => {
  const built = await buildSchema({
    resolvers: [FixtureRootResolver, ...surface.resolvers],
    orphanedTypes: [...surface.kindTypes],
    validate: false,
  });
  schema = lexicographicSortSchema(built);
});

const sdlOf = (name: string): string => printType(schema.getType(name) as GraphQLNamedType);

describe("a registry with one more kind and relationship type, through the surface's factories", () => {
  it("has the new kind and type in the enums", () => {
    expect(sdlOf("EntityKind")).toContain(
      '  """A body that watches talks on behalf of others."""\n  OBSERVER\n',
    );
    expect(sdlOf("RelationshipType")).toContain(
      '  """\n  An observer watches a negotiation for others. (Observer -> Negotiation)\n  """\n  MONITORS\n',
    );
  });

  it("has the new kind's object type with its property and its typed field of edge objects", () => {
    const observer = sdlOf("Observer");
    expect(observer).toContain(
      '"""A body that watches talks on behalf of others."""\ntype Observer implements Entity {',
    );
    expect(observer).toContain('  """How many people it sends."""\n  seats: Int\n');
    expect(observer).toContain(
      [
        '  """Negotiations it watches, with its mandate (MONITORS)."""',
        "  monitors(",
        '    """',
        "    The relationship.id of the last item already received: the list is ordered by relationship id and goes on after it.",
        '    """',
        "    after: ID",
        "",
        '    """How many to return: 1 to 100."""',
        "    first: Int = 50",
        "  ): [Monitoring!]!",
      ].join("\n"),
    );
  });

  it("adds a typed field of entities to an existing kind", () => {
    expect(sdlOf("Negotiation")).toContain(
      [
        '  """Observers that watch it (MONITORS)."""',
        "  monitoredBy(",
        '    """',
        "    The id of the last entity already received: the list is ordered by entity id and goes on after it.",
        '    """',
        "    after: ID",
        "",
        '    """How many to return: 1 to 100."""',
        "    first: Int = 50",
        "  ): [Observer!]!",
      ].join("\n"),
    );
  });

  it("reads the new type as an edge object with both ends, its property and the relationship", () => {
    expect(sdlOf("Monitoring")).toBe(
      [
        '"""Who watches which negotiation, and for what."""',
        "type Monitoring {",
        '  """What it is asked to watch."""',
        "  mandate: String!",
        "  monitor: Observer!",
        "  negotiation: Negotiation!",
        "",
        '  """The relationship, with its citations."""',
        "  relationship: Relationship!",
        "}",
      ].join("\n"),
    );
  });

  it("has the new property on Relationship and in the property input, and the kind's in EntityInput", () => {
    expect(sdlOf("Relationship")).toContain(
      '  """MONITORS: what it is asked to watch."""\n  mandate: String\n',
    );
    expect(sdlOf("RelationshipPropertiesInput")).toContain(
      '  """MONITORS: what it is asked to watch."""\n  mandate: String\n',
    );
    expect(sdlOf("EntityInput")).toContain(
      '  """Observer only: how many people it sends."""\n  seats: Int\n',
    );
  });

  it("keeps what the model registry already builds", () => {
    expect(sdlOf("Mediation")).toContain("  mediator: Entity!\n  negotiation: Negotiation!\n");
    expect(sdlOf("Country")).toContain("  ): [Country!]!");
  });

  it("holds one registry's surface per process", () => {
    expect(buildSurface(FIXTURE)).toBe(surface);
    expect(() => buildSurface(REGISTRY)).toThrow("already holds the surface of another registry");
  });
});

describe("a registry the surface could not serve is refused", () => {
  const withField = (field: NodeKindSpec["typedFields"][number]): Registry => ({
    ...FIXTURE,
    nodeKinds: FIXTURE.nodeKinds.map((kind) =>
      kind.label === "Observer" ? { ...kind, typedFields: [field] } : kind,
    ),
  });
  const field = { name: "watches", returns: "entities", description: "x" } as const;

  it("when the field follows a type its kind cannot be at that end of", () => {
    expect(() => assertSurfaceRegistry(withField({ ...field, type: "MONITORS", direction: "IN" }))).toThrow(
      "Observer.watches follows MONITORS IN, which Observer cannot",
    );
  });

  it("when the type does not exist", () => {
    expect(() => assertSurfaceRegistry(withField({ ...field, type: "WATCHES", direction: "OUT" }))).toThrow(
      "Observer.watches follows WATCHES, which the registry does not hold",
    );
  });

  it("when it lists edge objects of a type that names none", () => {
    const registry: Registry = {
      ...withField({ ...field, type: "MONITORS", direction: "OUT", returns: "edges" }),
      relationshipTypes: FIXTURE.relationshipTypes.map((r) =>
        r.type === "MONITORS" ? { ...r, edge: undefined } : r,
      ),
    };
    expect(() => assertSurfaceRegistry(registry)).toThrow(
      "Observer.watches lists MONITORS edges, which name no edge object",
    );
  });

  it("when it narrows the other end to a kind the type cannot reach", () => {
    const narrowed = { ...field, type: "MONITORS", direction: "OUT", otherKind: "Country" } as const;
    expect(() => assertSurfaceRegistry(withField(narrowed))).toThrow(
      "Observer.watches lists Country, which MONITORS cannot reach",
    );
  });

  it("when two types give one property name two value types", () => {
    const registry: Registry = {
      ...FIXTURE,
      relationshipTypes: FIXTURE.relationshipTypes.map((r) =>
        r.type === "MONITORS" ? { ...r, properties: { role: { type: "int", description: "x" } } } : r,
      ),
    };
    expect(() => assertSurfaceRegistry(registry)).toThrow(
      "property role of MONITORS is not of the type it has on MEDIATES",
    );
  });

  it("and the model registry passes", () => {
    expect(() => assertSurfaceRegistry(REGISTRY)).not.toThrow();
  });
});
