#!/usr/bin/env bash
# Mastodon client checks: runs Mastodon.py and the OpenAPI contract against a throw-away server.
#
# Usage: scripts/clients/run-client-checks.sh        (make test-clients; needs a built .build/debug/treffpunkt)
#
# 1. Creates the shared virtual environment .venv/ when missing and installs the pinned packages of
#    scripts/clients/requirements.txt into it (again only when that file changed): scripts/python-venv.sh.
# 2. Starts `treffpunkt serve` on a free port of 127.0.0.1 with a fresh temporary DATA_DIR (an empty
#    SQLite database), PUBLIC_URL=http://127.0.0.1:PORT, BCRYPT_COST=4, LOGIN_MAX_FAILURES=50:
#    scripts/with-server.sh.
# 3. Runs mastodon_py_check.py and contract_check.py against it (both, even when the first fails).
# 4. Stops the server and removes the temporary folder, also on failure, Ctrl-C or SIGTERM; prints
#    the server log when a check failed. Exits non-zero when any check failed.
#
# Environment: TREFFPUNKT_BIN (default .build/debug/treffpunkt), MASTODON_OPENAPI (default
# ../shared/mastodon-openapi/schema.json), PYTHON (default python3, only to create the venv).
set -euo pipefail

log() { printf 'client-checks: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

cd "$(dirname "$0")/../.."
ROOT=$PWD
VENV=$ROOT/.venv
SCHEMA=${MASTODON_OPENAPI:-$ROOT/../shared/mastodon-openapi/schema.json}

# --- 3. the checks, run by with-server.sh with TREFFPUNKT_URL set ---------------------------------

if [[ ${1:-} == --against-server ]]; then
    STATUS=0
    CHECK_PID=""
    trap '[[ -n $CHECK_PID ]] && kill -TERM "$CHECK_PID" 2>/dev/null; exit 143' TERM
    trap '[[ -n $CHECK_PID ]] && kill -INT "$CHECK_PID" 2>/dev/null; exit 130' INT

    run_check() {
        local rc=0
        log "running $1"
        "$VENV/bin/python" -u "$@" &
        CHECK_PID=$!
        wait "$CHECK_PID" || rc=$?
        CHECK_PID=""
        if [[ $rc -ne 0 ]]; then
            log "$1 exited with status $rc"
            STATUS=1
        fi
    }

    run_check scripts/clients/mastodon_py_check.py --url "$TREFFPUNKT_URL"
    run_check scripts/clients/contract_check.py --url "$TREFFPUNKT_URL" --schema "$SCHEMA"

    if [[ $STATUS -ne 0 ]]; then
        log "some client checks failed"
    else
        log "all client checks passed"   # with-server.sh still fails when the server died meanwhile
    fi
    exit "$STATUS"
fi

# --- 1. the virtual environment, 2. the server --------------------------------------------------

[[ -f $SCHEMA ]] || die "no Mastodon OpenAPI document at $SCHEMA"
scripts/python-venv.sh scripts/clients/requirements.txt
exec scripts/with-server.sh "$0" --against-server
