import { ArgsType, Field, ID, Int } from "type-graphql";
import { DEFAULTS, LIMITS } from "../../services/limits";

/** Paging shared by every typed edge field: past the limit is an error, never a silent cut. */
@ArgsType()
abstract class TypedEdgePageArgs {
  @Field((_type) => Int, {
    nullable: true,
    defaultValue: DEFAULTS.TYPED_FIELD_FIRST,
    description: `How many to return: 1 to ${LIMITS.FIRST_MAX}.`,
  })
  first!: number | null;

  after!: string | null;
}

/** Lists of entities (Country.borders, …): each entity once, ordered by id. */
@ArgsType()
export class EntityPageArgs extends TypedEdgePageArgs {
  @Field((_type) => ID, {
    nullable: true,
    description:
      "The id of the last entity already received: the list is ordered by entity id and goes on after it.",
  })
  declare after: string | null;
}

/** Lists of relationships with their other end (Negotiation.mediators, …): ordered by relationship id. */
@ArgsType()
export class EdgePageArgs extends TypedEdgePageArgs {
  @Field((_type) => ID, {
    nullable: true,
    description:
      "The relationship.id of the last item already received: the list is ordered by relationship id and goes on after it.",
  })
  declare after: string | null;
}
