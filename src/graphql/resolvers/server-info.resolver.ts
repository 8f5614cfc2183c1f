import { Ctx, Query, Resolver } from "type-graphql";
import type { GraphqlContext } from "../context";
import { ServerInfoType } from "../types/server-info.type";

@Resolver()
export class ServerInfoResolver {
  @Query((_returns) => ServerInfoType, { description: "Versions of the API and of the Neo4j it reads." })
  serverInfo(@Ctx() ctx: GraphqlContext): Promise<ServerInfoType> {
    return ctx.services.serverInfo.serverInfo();
  }
}
