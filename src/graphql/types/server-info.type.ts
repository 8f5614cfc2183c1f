import { Field, ObjectType } from "type-graphql";

@ObjectType("DatabaseInfo", {
  description: "The Neo4j server behind the API, as it reports itself over Bolt.",
})
export class DatabaseInfoType {
  @Field((_type) => String, { description: "Component name, e.g. Neo4j Kernel." })
  name!: string;

  @Field((_type) => String, { description: "Neo4j version, e.g. 5.26.30." })
  version!: string;

  @Field((_type) => String, { description: "community or enterprise." })
  edition!: string;
}

@ObjectType("ServerInfo", { description: "Versions of the API and of its database." })
export class ServerInfoType {
  @Field((_type) => String)
  apiVersion!: string;

  @Field((_type) => DatabaseInfoType)
  database!: DatabaseInfoType;
}
