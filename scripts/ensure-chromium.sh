#!/usr/bin/env bash
# Playwright cannot download its own browser here: the tests use Debian's chromium (/usr/bin/chromium).
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then exit 0; fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi; }
echo "[chromium] installing Debian's chromium" >&2
as_root apt-get update -qq >/tmp/apt-chromium.log 2>&1 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >>/tmp/apt-chromium.log 2>&1 || {
  tail -n 20 /tmp/apt-chromium.log >&2; echo "[chromium] cannot install chromium: install it (apt-get install chromium) or set CHROMIUM_PATH" >&2
  exit 1
}
