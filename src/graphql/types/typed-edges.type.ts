import { Field, ObjectType } from "type-graphql";
import type { Entity } from "../../model/entity";
import type { Relationship } from "../../model/relationship";
import { AgreementType, ArmedGroupType, NegotiationType } from "./entity-kinds.type";
import { EntityInterface } from "./entity.type";
import { RelationshipObjectType } from "./relationship.type";

/** A MEDIATES relationship read from either end. */
@ObjectType("Mediation", { description: "Who mediates which negotiation, and in what role." })
export class MediationType {
  @Field((_type) => EntityInterface)
  mediator!: Entity;

  @Field((_type) => NegotiationType)
  negotiation!: Entity;

  @Field((_type) => String, { description: "lead or supporting." })
  role!: string;

  @Field((_type) => RelationshipObjectType, { description: "The relationship, with its citations." })
  relationship!: Relationship;
}

/** A BOUND_BY relationship read from either end. */
@ObjectType("AgreementBinding", { description: "What an agreement commits a party to." })
export class AgreementBindingType {
  @Field((_type) => EntityInterface)
  party!: Entity;

  @Field((_type) => AgreementType)
  agreement!: Entity;

  @Field((_type) => String)
  obligation!: string;

  @Field((_type) => RelationshipObjectType)
  relationship!: Relationship;
}

/** A DESIGNATES relationship read from either end. */
@ObjectType("Designation", { description: "A state's ban or listing of an armed group." })
export class DesignationType {
  @Field((_type) => EntityInterface)
  designator!: Entity;

  @Field((_type) => ArmedGroupType)
  group!: Entity;

  @Field((_type) => String, { description: "e.g. banned." })
  status!: string;

  @Field((_type) => RelationshipObjectType)
  relationship!: Relationship;
}

@ObjectType("DeleteResult")
export class DeleteResultType {
  @Field((_type) => String)
  id!: string;

  @Field((_type) => Boolean, { description: "False when no entity had the id (nothing changed)." })
  deleted!: boolean;

  @Field((_type) => [DetachedRelationshipType], { description: "Relationships removed with the entity." })
  detached!: unknown[];
}

@ObjectType("DetachedRelationship", {
  description: "A relationship that was removed; its ends may no longer exist.",
})
export class DetachedRelationshipType {
  @Field((_type) => String)
  id!: string;

  @Field((_type) => String)
  type!: string;

  @Field((_type) => String, { description: "Id of the entity it started at." })
  from!: string;

  @Field((_type) => String, { description: "Id of the entity it ended at." })
  to!: string;
}
