#!/usr/bin/env bash
# Makes sure Debian's chromium and chromium-driver are there for the browser scenarios.
#
# Usage: scripts/browser/install-chromium.sh        (make test-browser runs it)
#
# Does nothing when /usr/bin/chromium and /usr/bin/chromedriver exist (or $CHROMIUM_BIN and
# $CHROMEDRIVER_BIN). Otherwise, as root, installs both with apt-get, quietly; when that fails (e.g.
# the package lists are missing on a fresh machine) it runs apt-get update and tries once more.
set -euo pipefail

log() { printf 'install-chromium: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

CHROMIUM=${CHROMIUM_BIN:-/usr/bin/chromium}
CHROMEDRIVER=${CHROMEDRIVER_BIN:-/usr/bin/chromedriver}
[[ -x $CHROMIUM && -x $CHROMEDRIVER ]] && exit 0

[[ $(id -u) -eq 0 ]] || die "$CHROMIUM or $CHROMEDRIVER is missing; install them: sudo apt-get install chromium chromium-driver"
command -v apt-get >/dev/null || die "$CHROMIUM or $CHROMEDRIVER is missing and apt-get is not available"

OUTPUT=$(mktemp)
trap 'rm -f "$OUTPUT"' EXIT
export DEBIAN_FRONTEND=noninteractive
started=$(date +%s)
log "installing chromium and chromium-driver with apt-get ..."
if ! apt-get install -y -qq chromium chromium-driver >"$OUTPUT" 2>&1; then
    log "apt-get install failed; updating the package lists and trying again"
    apt-get update -qq >"$OUTPUT" 2>&1 || { cat "$OUTPUT" >&2; die "apt-get update failed"; }
    apt-get install -y -qq chromium chromium-driver >"$OUTPUT" 2>&1 \
        || { cat "$OUTPUT" >&2; die "apt-get install chromium chromium-driver failed"; }
fi
[[ -x $CHROMIUM && -x $CHROMEDRIVER ]] || die "installed, but $CHROMIUM or $CHROMEDRIVER is still missing"
log "installed $("$CHROMIUM" --version 2>/dev/null | head -1) in $(( $(date +%s) - started )) s"
