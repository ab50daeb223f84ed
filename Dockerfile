# syntax=docker/dockerfile:1
# Autoport's production image (docs/operations.md). Two targets:
#   web    the HTTP server: Next.js standalone output behind scripts/server.ts (request ids, access log,
#          metrics), non-root, a health check on /api/health/live. Runs N times.
#   tools  the full sources and node_modules: `migrate` (once per deploy), the jobs worker
#          (`npm run worker`, exactly one), seed and key rotation.
#   docker build --target web -t autoport-web .      docker build --target tools -t autoport-tools .

ARG NODE_VERSION=22

# glibc (not Alpine): sharp's prebuilt libvips and the embedded PostgreSQL used during the build need it.
FROM node:${NODE_VERSION}-bookworm-slim AS base
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
RUN chown node:node /app
USER node

FROM base AS deps
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS source
COPY --chown=node:node . .

FROM source AS tools
ENV NODE_ENV=production
RUN mkdir -p .data
CMD ["npx", "tsx", "scripts/autoport.ts", "migrate"]

# The build runs as `node`: with no DATABASE_URL the launcher starts the embedded PostgreSQL, which
# refuses root. Its data stays in this stage.
FROM source AS build
# Public values are compiled into the browser's code: they are build arguments, not runtime settings.
ARG NEXT_PUBLIC_GOOGLE_MAPS_API_KEY=
ENV NEXT_PUBLIC_GOOGLE_MAPS_API_KEY=${NEXT_PUBLIC_GOOGLE_MAPS_API_KEY}
RUN NEXT_OUTPUT=standalone npx tsx scripts/autoport.ts build \
 && node_modules/.bin/esbuild scripts/server.ts --bundle --platform=node --format=esm --target=node22 \
      --tsconfig=tsconfig.json --outfile=.next/standalone/autoport-server.mjs \
      --banner:js="import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" \
      --external:next --external:prom-client --external:pino --external:pino-pretty --external:sharp

FROM node:${NODE_VERSION}-bookworm-slim AS web
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 DATA_DIR=/app/.data
WORKDIR /app
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "autoport-server.mjs"]
