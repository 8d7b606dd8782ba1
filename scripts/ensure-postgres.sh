#!/usr/bin/env bash
# Makes sure a local PostgreSQL server (Debian's package) runs, and prints a superuser URL for tests.
#   scripts/ensure-postgres.sh            start an installed cluster
#   scripts/ensure-postgres.sh --install  install Debian's postgresql first when missing (needs root)
# Exits non-zero (printing nothing on stdout) when no server can be had: callers fall back to the
# embedded database.
set -euo pipefail
log() { echo "[postgres] $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if [ "${1:-}" = "--install" ]; then
    log "installing Debian's postgresql"
    as_root apt-get update -qq >/tmp/apt-postgresql.log 2>&1 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >>/tmp/apt-postgresql.log 2>&1 || { tail -n 20 /tmp/apt-postgresql.log >&2; log "install failed"; exit 1; }
  else
    log "no PostgreSQL installed"; exit 1
  fi
fi

cluster=$(pg_lsclusters --no-header 2>/dev/null | sort -k1,1nr | head -n1)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n1)
  log "creating cluster $version/main"
  as_root pg_createcluster "$version" main >&2
  cluster=$(pg_lsclusters --no-header | head -n1)
fi
read -r version name port status _ <<<"$cluster"
if [ "$status" != "online" ]; then
  log "starting cluster $version/$name on port $port"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start >&2
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done

# A local test role (superuser: tests create and drop databases and extensions).
as_root su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" >&2 <<'SQL' || { log "cannot create the test role"; exit 1; }
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portal') THEN
    CREATE ROLE portal LOGIN SUPERUSER PASSWORD 'portal';
  END IF;
END $$;
SQL
echo "postgresql://portal:portal@127.0.0.1:${port}/postgres"
