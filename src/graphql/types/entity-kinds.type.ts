import { ObjectType } from "type-graphql";
import { nodeKind } from "../../model/registry";
import { EntityInterface } from "./entity.type";

const described = (label: string): { implements: typeof EntityInterface; description: string } => ({
  implements: EntityInterface,
  description: nodeKind(label)?.description ?? label,
});

@ObjectType("Country", described("Country"))
export class CountryType extends EntityInterface {}

@ObjectType("ArmedGroup", described("ArmedGroup"))
export class ArmedGroupType extends EntityInterface {}

@ObjectType("Government", described("Government"))
export class GovernmentType extends EntityInterface {}

@ObjectType("Organization", described("Organization"))
export class OrganizationType extends EntityInterface {}

@ObjectType("Delegation", described("Delegation"))
export class DelegationType extends EntityInterface {}

@ObjectType("Negotiation", described("Negotiation"))
export class NegotiationType extends EntityInterface {}

@ObjectType("Agreement", described("Agreement"))
export class AgreementType extends EntityInterface {}

@ObjectType("Incident", described("Incident"))
export class IncidentType extends EntityInterface {}

@ObjectType("Place", described("Place"))
export class PlaceType extends EntityInterface {}

/** One object type per registry kind; a test checks the two lists agree. */
export const ENTITY_OBJECT_TYPES = [
  CountryType,
  ArmedGroupType,
  GovernmentType,
  OrganizationType,
  DelegationType,
  NegotiationType,
  AgreementType,
  IncidentType,
  PlaceType,
] as const;
