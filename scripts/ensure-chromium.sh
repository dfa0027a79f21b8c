#!/usr/bin/env bash
# Browser tests drive the system's Chromium; this installs Debian's package when it is missing (as
# root, with apt), with a font that has Hangul (fonts-noto-cjk) so Korean screenshots show text rather
# than boxes. Otherwise it says how. It never downloads a browser build of its own.
set -euo pipefail
path="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$path" ] || need+=(chromium)
if command -v fc-list >/dev/null 2>&1 && fc-list :lang=ko | grep -q .; then :; else need+=(fonts-noto-cjk); fi
[ ${#need[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's ${need[*]} for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  exit 0
fi
if [ -x "$path" ]; then
  echo "No font with Hangul found: Korean screenshots will show boxes (Debian/Ubuntu: sudo apt-get install -y fonts-noto-cjk)." >&2
  exit 0
fi
echo "Chromium not found at $path. Install it (Debian/Ubuntu: sudo apt-get install -y chromium)" >&2
echo "or point CHROMIUM_PATH at a Chromium or Chrome binary." >&2
exit 1
