import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { peerTypeDefs } from "./peer-type-defs";

/** @neo4j/graphql 7 on Apollo Server 5 over NEO4J_URI, listening on PORT: the peer of the comparison. */
async function main(): Promise<void> {
  const driver = neo4j.driver(
    process.env.NEO4J_URI!,
    neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
  );
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  const server = new ApolloServer({ schema, introspection: false });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT), host: "127.0.0.1" },
  });
  console.log(`peer listening at ${url}`);
  const stop = (): void => {
    void server
      .stop()
      .then(() => driver.close())
      .finally(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(`peer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
