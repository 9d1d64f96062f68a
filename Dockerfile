# DEKOM-portalen as a container: the standalone build (the artefact the tests run), as a non-root user.
# Not built in this repository's CI: no container runtime runs where the tests run. The same artefact is
# tested directly there (`node .next/standalone/server.mjs`, tests/e2e/instances.spec.ts and backup.spec.ts).
#   docker build -t dekom-portalen .
#   docker run --env-file production.env -p 3000:3000 dekom-portalen      (settings: README.md, Production)

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY scripts/prisma.sh scripts/prisma.sh
COPY prisma prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOST=0.0.0.0 PORT=3000
WORKDIR /app
RUN groupadd --system dekom && useradd --system --gid dekom --home /app dekom
COPY --from=build --chown=dekom:dekom /app/.next/standalone ./
USER dekom
EXPOSE 3000
# Readiness for the orchestrator; a load balancer should use the same (GET /api/helse/klar).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/api/helse/klar').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM reaches node directly (exec form): running requests finish, then it exits (DEKOM_SHUTDOWN_SECONDS).
STOPSIGNAL SIGTERM
CMD ["node", "server.mjs"]
