#!/usr/bin/env bash
# The first README command: installs what is needed, builds when the sources changed, and starts the
# portal. Without DATABASE_URL it runs on the embedded database (.data/pglite), migrated and filled
# with demo data on first start. PORT (default 3000) chooses the port.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
if [ ! -f .next/BUILD_ID ] || [ -n "$(find app components lib messages proxy.ts next.config.ts package-lock.json -type f -newer .next/BUILD_ID -not -path 'lib/generated/*' -print -quit)" ]; then
  echo "[demo] building the portal" >&2
  npm run build --silent
fi
exec npx tsx scripts/start.ts --demo -p "${PORT:-3000}" "$@"
