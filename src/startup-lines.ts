/** How the pages under dist/web are named in the first lines; a page without a title shows its path. */
const PAGE_TITLES: Readonly<Record<string, string>> = {
  explore: "graph explorer",
  graphiql: "GraphiQL",
};

export interface StartupLine {
  readonly url: string;
  readonly message: string;
}

/** The first lines once the API listens say where to go: the API, then each page that is served. */
export function startupLines(
  origin: string,
  graphqlPath: string,
  pages: readonly string[],
): { api: StartupLine; pages: StartupLine[] } {
  const api = `${origin}${graphqlPath}`;
  return {
    api: { url: api, message: `API ready at ${api}` },
    pages: pages.map((page) => {
      const url = `${origin}/${page}/`;
      return { url, message: `${PAGE_TITLES[page] ?? `/${page}/`} at ${url}` };
    }),
  };
}
