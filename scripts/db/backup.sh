#!/usr/bin/env bash
# DATABASE_URL=… scripts/db/backup.sh [file]
# A consistent snapshot of the whole database (schema, data, the job queue's schema) in pg_dump's custom
# format, taken without stopping the portal. Prints the file's path. Restore with scripts/db/restore.sh.
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL must name the database to back up}"
file="${1:-backups/portal-$(date -u +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$file")"
pg_dump --format=custom --no-owner --no-privileges --file "$file" "$DATABASE_URL"
echo "$file"
