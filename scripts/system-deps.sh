#!/usr/bin/env bash
# Installs the Debian packages OCPM Desk needs (Qt offscreen libraries, test tools, a CUPS
# server with the cups-pdf printer for the print-path tests) when run as root on Debian.
# Elsewhere it only says what is missing; it never fails a build for lack of root.
set -euo pipefail
want=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 libxcb-cursor0
      libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1
      libxkbcommon-x11-0
      poppler-utils zbar-tools cups-client cups cups-bsd printer-driver-cups-pdf
      libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b)
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian system; make sure Qt's libraries and poppler-utils are installed" >&2
  exit 0
fi
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: missing Debian packages (install them as root): ${missing[*]}" >&2
  exit 0
fi
echo "system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
