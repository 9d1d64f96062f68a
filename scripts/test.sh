#!/usr/bin/env bash
# `npm test`: every test there is. Type check, unit tests, integration tests on a real PostgreSQL
# (embedded), and end-to-end tests in Debian's Chromium against the portal started by the README command,
# signing in through a real OpenID Connect provider on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
# Debian's packages the tests need: Chromium for the end-to-end tests, and PostgreSQL 15 for the backup test
# (pg_dump and pg_restore must match the server; the embedded PostgreSQL has none).
missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -x /usr/lib/postgresql/15/bin/pg_dump ] && [ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql-15)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian's packages: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need Debian's packages: ${missing[*]}. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    echo "(or point CHROMIUM_PATH at a Chromium binary)." >&2
    exit 1
  fi
fi
reports=.data/test-reports
mkdir -p "$reports"
rm -f "$reports"/*.json
start=$(date +%s)
echo "== type check"
node_modules/.bin/tsc --noEmit
echo "== unit and integration tests (vitest)"
node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest.json"
echo "== end-to-end tests (Playwright, Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/playwright.json" node_modules/.bin/playwright test --reporter=list,json
echo "== national-scale benchmark, smoke form (npm run bench -- --smoke: every route answers 200, live voting works)"
node_modules/.bin/tsx scripts/bench/national.ts --smoke
node scripts/test-summary.mjs "$reports/vitest.json" "$reports/playwright.json" "$(( $(date +%s) - start ))"
