import { Field, ID, InputType, Int } from "type-graphql";
import type { PropertySpec, Registry } from "../../model/registry";
import { Stance } from "../types/relationship.type";
import { defineField, type GeneratedClass } from "./define-field";
import {
  describedForKinds,
  describedForTypes,
  propertiesByName,
  propertyGraphqlType,
} from "./property-types";
import type { RegistryEnums } from "./registry-enums";

/** The inputs of the editing mutations whose fields follow the registry. */
export interface RegistryInputs {
  readonly EntityInput: GeneratedClass;
  readonly RelationshipInput: GeneratedClass;
}

const inputType = (spec: PropertySpec) => (spec.references ? ID : propertyGraphqlType(spec));

export function registryInputs(registry: Registry, enums: RegistryEnums): RegistryInputs {
  @InputType("EntityInput", {
    description:
      "Creates the entity, or updates it when the id exists (its kind cannot change). Aliases are added to those it has; a field left out (or null) keeps its value; a kind property set to null is removed.",
  })
  class EntityInputType {
    @Field((_type) => ID, { description: "kebab-case slug, e.g. baloch-militant-groups." })
    id!: string;

    @Field((_type) => enums.EntityKind)
    kind!: string;

    @Field((_type) => String, { nullable: true, description: "Required for a new entity." })
    name?: string | null;

    @Field((_type) => [String], { nullable: true })
    aliases?: string[] | null;

    @Field((_type) => String, { nullable: true })
    description?: string | null;
  }
  const kindProperties = propertiesByName(registry.nodeKinds.map((k) => ({ name: k.label, ...k })));
  for (const [name, { spec, owners }] of kindProperties) {
    defineField(EntityInputType, name, () => inputType(spec), {
      nullable: true,
      description: describedForKinds(owners, spec.description),
    });
  }

  @InputType("RelationshipPropertiesInput", {
    description: "Properties of a relationship; which apply (and which are required) depends on its type.",
  })
  class RelationshipPropertiesInputType {
    @Field((_type) => String, {
      nullable: true,
      description: "Claimant of every citation that names none.",
      deprecationReason: "Give each citation its claimant.",
    })
    claimedBy?: string | null;
  }
  const relationshipProperties = propertiesByName(
    registry.relationshipTypes.map((r) => ({ name: r.type, ...r })),
  );
  for (const [name, { spec, owners }] of relationshipProperties) {
    defineField(RelationshipPropertiesInputType, name, () => inputType(spec), {
      nullable: true,
      description: describedForTypes(owners, spec.description),
    });
  }

  @InputType("CitationInput", {
    description: "One citation: a verbatim quote of a stored source, and who says it.",
  })
  class CitationInputType {
    @Field((_type) => ID, { description: "Id of an existing Source." })
    sourceId!: string;

    @Field((_type) => String, { description: "Verbatim quote from that source's text." })
    quote!: string;

    @Field((_type) => Int, {
      nullable: true,
      description:
        "Offset of the occurrence meant, when the quote occurs more than once; the first otherwise.",
    })
    start?: number | null;

    @Field((_type) => Stance, {
      nullable: true,
      description: "Defaults to REPORTS when a claimant is given, STATES otherwise.",
    })
    stance?: string | null;

    @Field((_type) => String, { nullable: true, description: "Who makes the claim, in the source's words." })
    claimant?: string | null;

    @Field((_type) => ID, {
      nullable: true,
      description: "The entity that makes the claim, when the graph holds it.",
    })
    claimantId?: string | null;

    @Field((_type) => String, { nullable: true, description: "When it held, in the source's words." })
    when?: string | null;

    @Field((_type) => String, {
      nullable: true,
      description: "Date it holds from (ISO 8601), when the source says.",
    })
    since?: string | null;

    @Field((_type) => String, {
      nullable: true,
      description: "Date it holds until (ISO 8601), when the source says.",
    })
    until?: string | null;

    @Field((_type) => RelationshipPropertiesInputType, {
      nullable: true,
      description:
        "Values this citation supports; the relationship's `properties` apply where it gives none.",
    })
    properties?: RelationshipPropertiesInputType | null;
  }

  @InputType("RelationshipInput")
  class RelationshipInputType {
    @Field((_type) => ID, { nullable: true, description: "Defaults to <from>-<type>-<to>." })
    id?: string | null;

    @Field((_type) => enums.RelationshipType)
    type!: string;

    @Field((_type) => ID)
    from!: string;

    @Field((_type) => ID)
    to!: string;

    @Field((_type) => RelationshipPropertiesInputType, { nullable: true })
    properties?: RelationshipPropertiesInputType | null;

    @Field((_type) => [CitationInputType], { description: "Its citations: at least one." })
    sources!: CitationInputType[];
  }

  return { EntityInput: EntityInputType, RelationshipInput: RelationshipInputType };
}
