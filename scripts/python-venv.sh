#!/usr/bin/env bash
# Create or update the repository's shared Python environment .venv/ from pinned requirement files.
#
# Usage: scripts/python-venv.sh REQUIREMENTS_FILE...
#
# Creates .venv/ when missing (with $PYTHON, default python3) and installs each given file with
# pip, but only when that file changed since it was last installed: a copy of each installed file
# is kept as a stamp in .venv/.requirements/ and compared first. Every script of the repository
# shares this one environment, so pins of different files must agree (pip check warns when they do
# not). Afterwards run the tools as .venv/bin/python.
set -euo pipefail

log() { printf 'python-venv: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

if [[ $# -eq 0 ]]; then
    echo "usage: $0 REQUIREMENTS_FILE..." >&2
    exit 2
fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=$ROOT/.venv
PYTHON=${PYTHON:-python3}
STAMPS=$VENV/.requirements

if [[ ! -x $VENV/bin/python ]]; then
    log "creating $VENV"
    "$PYTHON" -m venv "$VENV" || die "'$PYTHON -m venv' failed (on Debian: apt-get install python3-venv)"
fi
mkdir -p "$STAMPS"

installed=0
for file in "$@"; do
    [[ -f $file ]] || die "no requirements file $file"
    path=$(cd "$(dirname "$file")" && pwd)/$(basename "$file")
    # One stamp per file, named after its place in the repository: scripts/browser/requirements.txt
    # -> scripts_browser_requirements.txt
    stamp=$STAMPS/$(printf '%s' "${path#"$ROOT"/}" | tr '/' '_')
    if cmp -s "$path" "$stamp"; then
        continue
    fi
    log "installing $(grep -cvE '^[[:space:]]*(#|$)' "$path") pinned packages of ${path#"$ROOT"/} into $VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$path" \
        || die "pip install -r $path failed"
    cp "$path" "$stamp"
    installed=1
done

if [[ $installed -eq 1 ]] && ! "$VENV/bin/python" -m pip check --disable-pip-version-check >/dev/null 2>&1; then
    log "warning: the packages in $VENV do not fit together:"
    "$VENV/bin/python" -m pip check --disable-pip-version-check >&2 || true
fi
exit 0
