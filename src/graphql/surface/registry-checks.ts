import type { NodeKindSpec, Registry, TypedFieldSpec } from "../../model/registry";

/**
 * Refuses a registry whose typed fields the graph could not answer: checked before any class is built,
 * since type-graphql keeps every decorated class, even one of a surface that failed.
 */
export function assertSurfaceRegistry(registry: Registry): void {
  for (const kind of registry.nodeKinds) {
    for (const field of kind.typedFields) assertTypedField(registry, kind, field);
  }
}

function assertTypedField(registry: Registry, kind: NodeKindSpec, field: TypedFieldSpec): void {
  const where = `${kind.label}.${field.name}`;
  const spec = registry.relationshipTypes.find((r) => r.type === field.type);
  if (!spec) throw new Error(`invariant: ${where} follows ${field.type}, which the registry does not hold`);
  const here = { OUT: spec.from, IN: spec.to, BOTH: spec.symmetric ? spec.from : [] }[field.direction];
  if (!here.includes(kind.label)) {
    throw new Error(
      `invariant: ${where} follows ${field.type} ${field.direction}, which ${kind.label} cannot`,
    );
  }
  if (field.returns === "edges" && !spec.edge) {
    throw new Error(`invariant: ${where} lists ${field.type} edges, which name no edge object`);
  }
  if (field.otherKind && !registry.nodeKinds.some((k) => k.label === field.otherKind)) {
    throw new Error(`invariant: ${where} names ${field.otherKind}, which is not a kind`);
  }
}
