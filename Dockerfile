# The app image: API + built client, talking to Neo4j when NEO4J_URI is set (see docker-compose.yml), else to the
# embedded database under /app/data.
FROM node:20-bookworm-slim

WORKDIR /app
# Everything runs as the image's unprivileged `node` user, which owns /app (the client build and data/ live there).
RUN chown node:node /app
USER node

# Dependencies first, so source edits do not reinstall them. Dev dependencies are needed: tsx runs the server and
# Vite builds the client. Not `npm ci`: @ladybugdb/core names optional per-platform packages that are not all
# published, so no lock file can list them and `npm ci` refuses every lock; `npm install` installs the locked
# versions of everything that exists (the README says more).
COPY --chown=node:node package.json package-lock.json ./
RUN npm install --no-audit --no-fund

COPY --chown=node:node . .
# data/ exists in the image, owned by `node`, so a volume mounted there (docker-compose.yml) is writable by the app.
RUN npm run build && mkdir -p data

ENV HOST=0.0.0.0 \
    PORT=3000
EXPOSE 3000

# The first start loads the seed articles before listening, hence the long start period.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# node itself is PID 1 and receives SIGTERM directly; server/main.ts shuts down cleanly on it.
CMD ["node", "--interrupt-budget=135168", "--import", "tsx", "server/main.ts"]
