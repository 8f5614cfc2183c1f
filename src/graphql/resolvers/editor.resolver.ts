import { Arg, Ctx, ID, Mutation, Resolver, UseMiddleware } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { SourceKind as SourceKindName, Stance } from "../../model/registry";
import type { Relationship } from "../../model/relationship";
import type { Source, SourceRetraction } from "../../model/source";
import type { DeleteResult } from "../../services/editor.service";
import type { GraphqlContext } from "../context";
import { EditorOnly } from "../editor-only.middleware";
import { EntityInterface } from "../types/entity.type";
import { SURFACE } from "../surface";
import { DeleteResultType } from "../types/delete-result.type";
import { type EntityInput, type RelationshipInput, SourceInputType } from "../types/inputs.type";
import { RelationshipObjectType, SourceRetractionType, SourceType } from "../types/relationship.type";

const defined = (o: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** Editors only: every mutation needs `Authorization: Bearer <token>`. */
@Resolver()
@UseMiddleware(EditorOnly)
export class EditorResolver {
  @Mutation((_returns) => EntityInterface, {
    description: "Create an entity, or update it in place (its kind cannot change).",
  })
  upsertEntity(
    @Arg("input", (_type) => SURFACE.inputs.EntityInput) input: EntityInput,
    @Ctx() ctx: GraphqlContext,
  ): Promise<Entity> {
    const { id, kind, name, aliases, description, ...properties } = input;
    return ctx.services.editor.upsertEntity({
      id,
      kind,
      name,
      aliases,
      description,
      properties: defined(properties),
    });
  }

  @Mutation((_returns) => DeleteResultType, {
    description: "Delete an entity and report the relationships removed with it.",
  })
  deleteEntity(@Arg("id", (_type) => ID) id: string, @Ctx() ctx: GraphqlContext): Promise<DeleteResult> {
    return ctx.services.editor.deleteEntity(id);
  }

  @Mutation((_returns) => RelationshipObjectType, {
    description:
      "Assert a relationship with at least one citation; its endpoint kinds must be allowed by the registry.",
  })
  assertRelationship(
    @Arg("input", (_type) => SURFACE.inputs.RelationshipInput) input: RelationshipInput,
    @Ctx() ctx: GraphqlContext,
  ): Promise<Relationship> {
    const { claimedBy, ...properties } = input.properties ?? {};
    return ctx.services.editor.assertRelationship({
      id: input.id,
      type: input.type,
      from: input.from,
      to: input.to,
      properties: defined(properties),
      citations: input.sources.map((s) => ({
        sourceId: s.sourceId,
        quote: s.quote,
        start: s.start,
        stance: s.stance as Stance | null | undefined,
        claimant: s.claimant ?? (s.claimantId ? null : claimedBy),
        claimantId: s.claimantId,
        when: s.when,
        since: s.since,
        until: s.until,
        properties: defined({ ...(s.properties ?? {}) }),
      })),
    });
  }

  @Mutation((_returns) => SourceType, {
    description:
      "Add a source with its full text, which citations then quote; the same id again with the same text updates its details.",
  })
  addSource(
    @Arg("input", (_type) => SourceInputType) input: SourceInputType,
    @Ctx() ctx: GraphqlContext,
  ): Promise<Source> {
    return ctx.services.editor.addSource({ ...input, kind: input.kind as SourceKindName });
  }

  @Mutation((_returns) => SourceRetractionType, {
    description:
      "Retract a source: its citations go, and relationships left without a citation go with them; others keep their remaining evidence.",
  })
  retractSource(@Arg("id", (_type) => ID) id: string, @Ctx() ctx: GraphqlContext): Promise<SourceRetraction> {
    return ctx.services.editor.retractSource(id);
  }

  @Mutation((_returns) => Boolean, {
    description: "Remove a relationship; false when no relationship had the id.",
  })
  retractRelationship(@Arg("id", (_type) => ID) id: string, @Ctx() ctx: GraphqlContext): Promise<boolean> {
    return ctx.services.editor.retractRelationship(id);
  }
}
