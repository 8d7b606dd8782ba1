#!/usr/bin/env bash
# The second README command (npm test): every suite, against real parts.
#   unit         pure logic (vitest)
#   integration  use cases against PostgreSQL: a local server when there is one, else embedded PGlite
#   e2e          journeys in Debian's chromium against the production build (Playwright)
# TEST_DATABASE_URL may name a PostgreSQL server (a role allowed to create databases) to use, or be
# "embedded" to run on the embedded PGlite even where a server exists.
# Ends with the line "N passed, N failed, N skipped" over all suites.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh || exit 1
results=.test-results
rm -rf "$results" && mkdir -p "$results"
status=0
embedded_pid=""
cleanup() { [ -n "$embedded_pid" ] && kill "$embedded_pid" 2>/dev/null; }
trap cleanup EXIT

server_url="${TEST_DATABASE_URL:-}"
if [ "$server_url" = embedded ]; then server_url=""
elif [ -z "$server_url" ]; then server_url=$(bash scripts/ensure-postgres.sh 2>/dev/null) || server_url=""; fi
if [ -n "$server_url" ]; then echo "== database: PostgreSQL server at ${server_url%%@*}@…"; else echo "== database: no PostgreSQL server found, using embedded PGlite"; fi

echo "== unit tests"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/unit.json" || status=1

echo "== integration tests"
if [ -n "$server_url" ]; then
  integration_url=$(npx tsx scripts/db/recreate-database.ts "$server_url" portal_test_integration) || status=1
  DATABASE_URL="$integration_url" npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$results/integration.json" || status=1
else
  env -u DATABASE_URL npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$results/integration.json" || status=1
fi

echo "== end-to-end tests"
e2e_ready=1
bash scripts/ensure-chromium.sh || e2e_ready=0
npm run build --silent || e2e_ready=0
if [ -n "$server_url" ]; then
  e2e_url=$(npx tsx scripts/db/recreate-database.ts "$server_url" portal_test_e2e) || e2e_ready=0
  pool=4
else
  port=54397
  EMBEDDED_DB_DIR=memory:// EMBEDDED_DB_PORT=$port npx tsx scripts/embedded-db.ts > "$results/embedded-db.log" 2>&1 &
  embedded_pid=$!
  for _ in $(seq 1 60); do grep -q "Embedded PostgreSQL" "$results/embedded-db.log" && break; sleep 0.5; done
  e2e_url="postgresql://postgres:postgres@127.0.0.1:$port/postgres?sslmode=disable"
  pool=1
fi
if [ "$e2e_ready" = 1 ]; then
  DATABASE_URL="$e2e_url" npx tsx scripts/db/migrate.ts deploy && DATABASE_URL="$e2e_url" npx tsx prisma/seed/run.ts --demo || e2e_ready=0
fi
if [ "$e2e_ready" = 1 ]; then
  E2E_DATABASE_URL="$e2e_url" E2E_DATABASE_POOL_MAX=$pool PLAYWRIGHT_JSON_OUTPUT_NAME="$results/e2e.json" NODE_OPTIONS=--conditions=react-server npx playwright test || status=1
else
  echo "end-to-end tests could not start (see above)"; status=1
fi

echo "== totals"
npx tsx scripts/test-totals.ts "$results" unit integration e2e || status=1
exit $status
