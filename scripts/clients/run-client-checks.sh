#!/usr/bin/env bash
# Mastodon client checks: runs Mastodon.py and the OpenAPI contract against a throw-away server.
#
# Usage: scripts/clients/run-client-checks.sh        (make test-clients; needs a built .build/debug/treffpunkt)
#
# 1. Creates the virtual environment .venv/ of the repository when missing and installs the pinned
#    packages of scripts/clients/requirements.txt into it (again only when that file changed).
# 2. Starts `treffpunkt serve` on a free port of 127.0.0.1 with a fresh temporary DATA_DIR (an empty
#    SQLite database), PUBLIC_URL=http://127.0.0.1:PORT, BCRYPT_COST=4, LOGIN_MAX_FAILURES=50.
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
BIN=${TREFFPUNKT_BIN:-$ROOT/.build/debug/treffpunkt}
SCHEMA=${MASTODON_OPENAPI:-$ROOT/../shared/mastodon-openapi/schema.json}
VENV=$ROOT/.venv
REQUIREMENTS=$ROOT/scripts/clients/requirements.txt
PYTHON=${PYTHON:-python3}

[[ -x $BIN ]] || die "no server binary at $BIN (run 'make build' first)"
[[ -f $SCHEMA ]] || die "no Mastodon OpenAPI document at $SCHEMA"

# --- 1. the virtual environment ----------------------------------------------------------------

if [[ ! -x $VENV/bin/python ]]; then
    log "creating $VENV"
    "$PYTHON" -m venv "$VENV" || die "'$PYTHON -m venv' failed (on Debian: apt-get install python3-venv)"
fi
STAMP=$VENV/.client-checks-requirements
if ! cmp -s "$REQUIREMENTS" "$STAMP"; then
    log "installing $(grep -cv '^#' "$REQUIREMENTS") pinned packages into $VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS" \
        || die "pip install -r $REQUIREMENTS failed"
    cp "$REQUIREMENTS" "$STAMP"
fi

# --- 2. the server ------------------------------------------------------------------------------

WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/treffpunkt-clients.XXXXXX")
SERVER_LOG=$WORK_DIR/server.log
SERVER_PID=""
CHECK_PID=""
STATUS=0

stop_server() {
    [[ -n $SERVER_PID ]] || return 0
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$SERVER_PID" 2>/dev/null; then
            log "server did not stop within 5 s, killing it"
            kill -KILL "$SERVER_PID" 2>/dev/null || true
        fi
    fi
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM HUP
    stop_server
    if [[ $rc -ne 0 && -s $SERVER_LOG ]]; then
        log "server log ($SERVER_LOG):"
        sed 's/^/    /' "$SERVER_LOG" >&2
    fi
    rm -rf -- "$WORK_DIR"
    exit "$rc"
}

on_signal() {
    log "received SIG$1, cleaning up"
    if [[ -n $CHECK_PID ]]; then kill -TERM "$CHECK_PID" 2>/dev/null || true; fi
    exit $((128 + $2))   # runs cleanup via the EXIT trap
}

trap cleanup EXIT
trap 'on_signal INT 2' INT
trap 'on_signal TERM 15' TERM
trap 'on_signal HUP 1' HUP

PORT=$("$VENV/bin/python" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()') || die "could not find a free TCP port"
URL=http://127.0.0.1:$PORT
mkdir -p "$WORK_DIR/data"

# The server's settings come from here alone, not from the caller's DATABASE_URL and the like.
env -u DATABASE_URL -u INSTANCE_NAME -u REGISTRATION_DOMAINS -u COOKIE_SECURE -u LOGIN_WINDOW_SECONDS \
    -u ADMIN_PASSWORD \
    HOST=127.0.0.1 PORT="$PORT" PUBLIC_URL="$URL" DATA_DIR="$WORK_DIR/data" \
    BCRYPT_COST=4 LOGIN_MAX_FAILURES=50 REGISTRATION_MODE=open AUTO_MIGRATE=true \
    "$BIN" serve >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!

started=$(date +%s)
until curl -s -o /dev/null --max-time 2 "$URL/"; do
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up"
    (( $(date +%s) - started < 60 )) || die "the server did not answer within 60 s"
    sleep 0.2
done
log "server answers at $URL (log: $SERVER_LOG)"

# --- 3. the checks ------------------------------------------------------------------------------

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

run_check scripts/clients/mastodon_py_check.py --url "$URL"
run_check scripts/clients/contract_check.py --url "$URL" --schema "$SCHEMA"

if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    log "the server is no longer running"
    STATUS=1
fi
if [[ $STATUS -ne 0 ]]; then
    log "some client checks failed"
else
    log "all client checks passed"
fi
exit "$STATUS"
