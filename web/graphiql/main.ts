import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { examples } from "readme-examples";
import "./page.css";

// The same origin's API: no URL to configure, nothing leaves the machine.
const fetcher = createGraphiQLFetcher({ url: "/graphql" });

/** One tab per README example, titled by its operation, its question as the first line. */
const defaultTabs = examples.map(({ title, query }) => ({ query: `# ${title}\n${query}` }));

createRoot(document.getElementById("graphiql")!).render(createElement(GraphiQL, { fetcher, defaultTabs }));
