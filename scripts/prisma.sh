#!/usr/bin/env bash
# Runs the Prisma 6.19 CLI offline: it uses the JavaScript engines, but still tries to download the
# native ones unless these point at existing files (../shared/stack-facts.md). Any existing file will do.
set -euo pipefail
cd "$(dirname "$0")/.."
placeholder="node_modules/.cache/prisma-engine-placeholder"
mkdir -p "$(dirname "$placeholder")" && touch "$placeholder"
export PRISMA_QUERY_ENGINE_LIBRARY="${PRISMA_QUERY_ENGINE_LIBRARY:-$PWD/$placeholder}"
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-$PWD/$placeholder}"
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
# generate and migrate diff read no database, but the schema names env("DATABASE_URL").
export DATABASE_URL="${DATABASE_URL:-postgresql://localhost/unused}"
exec node_modules/.bin/prisma "$@"
