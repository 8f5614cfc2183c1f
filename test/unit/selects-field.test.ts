import { type GraphQLResolveInfo, type OperationDefinitionNode, parse, type FieldNode } from "graphql";
import { fieldsSelectedUnder, selectsField } from "../../src/graphql/selects-field";

/** The resolve info of the first root field of `query`, as graphql-js hands it to a resolver. */
function rootInfo(query: string): Pick<GraphQLResolveInfo, "fieldNodes" | "fragments"> {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === "OperationDefinition",
  ) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) => (d.kind === "FragmentDefinition" ? [[d.name.value, d]] : [])),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe("selectsField", () => {
  it("sees a field selected directly or under an alias", () => {
    expect(selectsField(rootInfo("{ neighbors { nodes relationships } }"), "relationships")).toBe(true);
    expect(selectsField(rootInfo("{ neighbors { nodes edges: relationships } }"), "relationships")).toBe(
      true,
    );
  });

  it("does not see a field that is not selected, nor an alias named like it", () => {
    expect(selectsField(rootInfo("{ neighbors { nodes } }"), "relationships")).toBe(false);
    expect(selectsField(rootInfo("{ neighbors { relationships: nodes } }"), "relationships")).toBe(false);
  });

  it("looks into inline fragments and named fragments, even conditional ones", () => {
    expect(
      selectsField(rootInfo("{ neighbors { ... on Subgraph { relationships } } }"), "relationships"),
    ).toBe(true);
    expect(
      selectsField(
        rootInfo("{ neighbors { ...f } } fragment f on Subgraph { nodes relationships }"),
        "relationships",
      ),
    ).toBe(true);
    expect(
      selectsField(rootInfo("{ neighbors { nodes relationships @skip(if: true) } }"), "relationships"),
    ).toBe(true);
    expect(
      selectsField(rootInfo("{ neighbors { ...f } } fragment f on Subgraph { nodes }"), "relationships"),
    ).toBe(false);
  });
});

describe("fieldsSelectedUnder", () => {
  const under = (query: string) => [...fieldsSelectedUnder(rootInfo(query), "nodes")].sort();

  it("lists the fields selected on a field's results, through aliases and fragments", () => {
    expect(under("{ neighbors { nodes { id } } }")).toEqual(["id"]);
    expect(under("{ neighbors { ns: nodes { key: id kind } relationships { id name: type } } }")).toEqual([
      "id",
      "kind",
    ]);
    expect(under("{ neighbors { nodes { id ... on Country { name } } } }")).toEqual(["id", "name"]);
    expect(
      under(
        "{ neighbors { ...f } } fragment f on Subgraph { nodes { ...g } } fragment g on Entity { aliases }",
      ),
    ).toEqual(["aliases"]);
  });

  it("lists nothing when the field is not selected", () => {
    expect(under("{ neighbors { truncated } }")).toEqual([]);
  });
});
