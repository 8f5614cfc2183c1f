import { startupLines } from "../../src/startup-lines";

describe("startupLines", () => {
  it("names the API first, then each served page by its title", () => {
    expect(startupLines("http://localhost:4000", "/graphql", ["explore", "graphiql"])).toEqual({
      api: { url: "http://localhost:4000/graphql", message: "API ready at http://localhost:4000/graphql" },
      pages: [
        {
          url: "http://localhost:4000/explore/",
          message: "graph explorer at http://localhost:4000/explore/",
        },
        { url: "http://localhost:4000/graphiql/", message: "GraphiQL at http://localhost:4000/graphiql/" },
      ],
    });
  });

  it("names only the API when no page is served, and an untitled page by its path", () => {
    expect(startupLines("http://h:1", "/graphql", []).pages).toEqual([]);
    expect(startupLines("http://h:1", "/graphql", ["atlas"]).pages).toEqual([
      { url: "http://h:1/atlas/", message: "/atlas/ at http://h:1/atlas/" },
    ]);
  });
});
