#!/usr/bin/env bash
# DATABASE_URL=<an empty database> scripts/db/restore.sh <file> [--force]
# Restores a backup made by scripts/db/backup.sh into an empty database, in one transaction: it either
# restores everything or nothing. Refuses a database that already has tables unless --force (which then
# still fails on the first conflict and changes nothing).
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL must name the database to restore into}"
file="${1:?usage: scripts/db/restore.sh <backup file> [--force]}"
[ -f "$file" ] || { echo "no such backup: $file" >&2; exit 1; }
tables=$(psql "$DATABASE_URL" -Atc "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog','information_schema')")
if [ "$tables" != "0" ] && [ "${2:-}" != "--force" ]; then
  echo "the target database has $tables tables: restore into an empty database (or pass --force)" >&2
  exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname "$DATABASE_URL" "$file"
echo "restored $file"
