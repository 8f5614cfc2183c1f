# The GraphQL API, for use with a Neo4j it reaches over NEO4J_URI (see docker-compose.yml).
# With NEO4J_URI set the server starts no bundled Neo4j, so the image holds no Java or Maven.

# ---- build: compile the TypeScript with the dev dependencies ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
# The manifests alone first, so this layer is reused while only the source changes.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# tsconfig.build.json includes src and bench; bench is not shipped, so only src is copied
# (rootDir "." keeps the output at dist/src/ whether bench is there or not).
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The pages (web/<page>/) are bundled into dist/web by the same build; GraphiQL's tabs are the README's examples.
COPY web ./web
COPY README.md ./
COPY scripts ./scripts
RUN npm run build

# ---- runtime: production dependencies, compiled output, Cypher and SDL files ----
FROM node:20-bookworm-slim AS runtime
# production: error details masked, introspection and the pages off unless GRAPHQL_INTROSPECTION=true
# (the pages alone: GRAPHQL_PAGES=true).
ENV NODE_ENV=production
# The container's own network namespace: listening on every interface is what lets a published port reach it.
ENV HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: no production dependency needs its install script at run time.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# cypher/ (schema, seed, sources) is read at start (SEED_ON_START) and by the seed CLI;
# paths resolve from /app, the folder that holds package.json.
COPY cypher ./cypher
COPY schema ./schema
# The files stay owned by root, so the non-root process can read but not change them.
USER node
EXPOSE 4000
# /health answers while the process is up (/ready also needs Neo4j); the slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node as PID 1 is fine: the server handles SIGTERM itself and drains before it exits.
CMD ["node", "dist/src/index.js"]
