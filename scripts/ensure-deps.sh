#!/usr/bin/env bash
# Installs npm dependencies when they are missing or older than the lockfile. (`npm ci` fails on this
# kind of machine, see docs/decisions/0001-stack.md: `npm install` keeps the lockfile stable.)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/next ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[deps] npm install" >&2
  npm install --no-audit --no-fund --loglevel=error >&2
fi
