#!/usr/bin/env bash
# Run a command against a throw-away Treffpunkt server with an empty database.
#
# Usage: scripts/with-server.sh [--env NAME=VALUE]... COMMAND [ARGS...]
#
# Starts `treffpunkt serve` ($TREFFPUNKT_BIN, default .build/debug/treffpunkt of this repository)
# on a free port of 127.0.0.1 with a fresh temporary DATA_DIR (an empty SQLite database) and these
# settings, whatever the caller's environment holds:
#
#   HOST=127.0.0.1  PORT=<free>  PUBLIC_URL=http://127.0.0.1:<port>  DATA_DIR=<temp>/data
#   BCRYPT_COST=4  LOGIN_MAX_FAILURES=50  REGISTRATION_MODE=open  AUTO_MIGRATE=true
#   SWIFT_BACKTRACE=enable=yes,interactive=no,threads=crashed,registers=none,images=none (unless
#   set: a crash writes a short backtrace of the crashed thread into the log)
#   (DATABASE_URL, INSTANCE_NAME, REGISTRATION_DOMAINS, COOKIE_SECURE, LOGIN_WINDOW_SECONDS and
#   ADMIN_PASSWORD unset)
#
# `--env NAME=VALUE` (repeatable) adds or overrides one server setting, e.g.
# `--env LOGIN_MAX_FAILURES=1000`. Waits until the server answers (at most 60 s), then runs
# COMMAND with these variables exported:
#
#   TREFFPUNKT_URL=http://127.0.0.1:PORT   the server (also its PUBLIC_URL)
#   TREFFPUNKT_SERVER_LOG=<temp>/server.log the server's output, growing while COMMAND runs
#   TREFFPUNKT_DATA_DIR=<temp>/data         its DATA_DIR (e.g. for `treffpunkt create-admin`)
#   TREFFPUNKT_SERVER_PID=<pid>             the server process
#
# Afterwards it stops the server and removes the temporary folder, also on failure, Ctrl-C or
# SIGTERM (forwarded to COMMAND first). When COMMAND fails it prints the server log. When the
# server died while COMMAND ran, it says how (e.g. signal 4, ILL: a Swift runtime trap), and that
# counts as a failure too. Exits with COMMAND's status (1 when only the server died, 128+N on signal N).
set -euo pipefail

log() { printf 'with-server: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${TREFFPUNKT_BIN:-$ROOT/.build/debug/treffpunkt}
[[ $BIN == /* ]] || BIN=$PWD/$BIN

EXTRA_ENV=()
while [[ $# -gt 0 ]]; do
    case $1 in
        --env)
            [[ $# -ge 2 && $2 == [A-Za-z_]*=* ]] || die "--env needs NAME=VALUE"
            EXTRA_ENV+=("$2"); shift 2 ;;
        --env=*)
            [[ ${1#--env=} == [A-Za-z_]*=* ]] || die "--env needs NAME=VALUE"
            EXTRA_ENV+=("${1#--env=}"); shift ;;
        --) shift; break ;;
        *) break ;;
    esac
done
if [[ $# -eq 0 ]]; then
    echo "usage: $0 [--env NAME=VALUE]... COMMAND [ARGS...]" >&2
    exit 2
fi

[[ -x $BIN ]] || die "no server binary at $BIN (run 'make build' first)"
command -v curl >/dev/null || die "curl is needed to see when the server answers"

WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/treffpunkt-server.XXXXXX")
SERVER_LOG=$WORK_DIR/server.log
SERVER_PID=""

stop_server() {
    [[ -n $SERVER_PID ]] || return 0
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        local tenths=50
        # A crashed server is still writing its backtrace (Swift's backtracer): let it finish.
        if grep -q '^\*\*\* \(Program crashed\|Signal [0-9]*:\)' "$SERVER_LOG" 2>/dev/null; then
            log "the server crashed; waiting for its backtrace"
            tenths=300
        fi
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 "$tenths"); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$SERVER_PID" 2>/dev/null; then
            log "server did not stop within $((tenths / 10)) s, killing it"
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

source "$(dirname "${BASH_SOURCE[0]}")/lib/child-process.sh"

PORT=$(free_port) || die "could not find a free TCP port"
URL=http://127.0.0.1:$PORT
mkdir -p "$WORK_DIR/data"

# The server's settings come from here alone, not from the caller's DATABASE_URL and the like. It runs
# in the repository, where it finds Public/ (stylesheet, scripts, images); the command runs where it was called.
( cd "$ROOT" && exec env -u DATABASE_URL -u INSTANCE_NAME -u REGISTRATION_DOMAINS -u COOKIE_SECURE -u LOGIN_WINDOW_SECONDS \
    -u ADMIN_PASSWORD \
    HOST=127.0.0.1 PORT="$PORT" PUBLIC_URL="$URL" DATA_DIR="$WORK_DIR/data" \
    BCRYPT_COST=4 LOGIN_MAX_FAILURES=50 REGISTRATION_MODE=open AUTO_MIGRATE=true \
    SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=yes,interactive=no,threads=crashed,registers=none,images=none}" \
    ${EXTRA_ENV[@]+"${EXTRA_ENV[@]}"} \
    "$BIN" serve </dev/null >"$SERVER_LOG" 2>&1 ) &
SERVER_PID=$!

started=$(date +%s)
until curl -s -o /dev/null --max-time 2 "$URL/"; do
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during start-up"
    (( $(date +%s) - started < 60 )) || die "the server did not answer within 60 s"
    sleep 0.2
done
log "server answers at $URL (pid $SERVER_PID, log: $SERVER_LOG)"

export TREFFPUNKT_URL=$URL
export TREFFPUNKT_SERVER_LOG=$SERVER_LOG
export TREFFPUNKT_DATA_DIR=$WORK_DIR/data
export TREFFPUNKT_SERVER_PID=$SERVER_PID

# In the background and `wait`, so that a signal to this script is handled at once (bash defers
# traps while a foreground child runs) and forwarded to the command. Stdin stays the caller's.
( trap - INT QUIT TERM HUP; exec "$@" ) <&0 &
CHILD_PID=$!
status=0
wait "$CHILD_PID" || status=$?
CHILD_PID=""

if [[ $status -ne 0 ]]; then
    log "command exited with status $status"
fi
if grep -q '^\*\*\* \(Program crashed\|Signal [0-9]*:\)' "$SERVER_LOG" 2>/dev/null; then
    log "the server crashed (its backtrace is in the log below)"
    [[ $status -ne 0 ]] || status=1
elif ! kill -0 "$SERVER_PID" 2>/dev/null || ! curl -s -o /dev/null --max-time 5 "$URL/"; then
    # Dead, or crashed and still writing its backtrace: give it up to 30 s to end, then say how it ended.
    log "the server no longer answers"
    for _ in $(seq 1 300); do
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.1
    done
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        server_status=0
        wait "$SERVER_PID" 2>/dev/null || server_status=$?
        SERVER_PID=""
        if (( server_status > 128 )); then
            log "the server died of signal $((server_status - 128)) ($(kill -l $((server_status - 128)) 2>/dev/null || echo '?'))"
        else
            log "the server exited with status $server_status"
        fi
    fi
    [[ $status -ne 0 ]] || status=1
fi
exit "$status"
