#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL cluster.
#
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
#
# Creates a temporary cluster (initdb) in a fresh temp folder, starts it on a
# free port on 127.0.0.1 with durability turned off (fast, tests only), runs
# COMMAND with these variables exported:
#
#   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:PORT/postgres
#   PGHOST=127.0.0.1  PGPORT=PORT  PGUSER=postgres  PGDATABASE=postgres
#
# then stops the cluster and deletes the folder (also on failure, Ctrl-C or
# SIGTERM) and exits with COMMAND's exit status.
#
# Server binaries are taken from the highest /usr/lib/postgresql/*/bin; if
# there are none they are installed with apt-get (root only). When running as
# root, initdb/pg_ctl run as the `postgres` user (initdb refuses to run as
# root).
set -euo pipefail

log() { printf 'with-postgres: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

now_ms() { date +%s%3N; }
elapsed() { # elapsed START_MS -> "1.23s"
    local ms=$(( $(now_ms) - $1 ))
    printf '%d.%02ds' $((ms / 1000)) $(((ms % 1000) / 10))
}

if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

IS_ROOT=0
[[ $(id -u) -eq 0 ]] && IS_ROOT=1

# --- 1. find (or install) the server binaries --------------------------------

find_pg_bin() {
    local dir best=""
    # Highest version first; only accept a dir that has all three binaries.
    while IFS= read -r dir; do
        if [[ -x $dir/initdb && -x $dir/pg_ctl && -x $dir/postgres ]]; then
            best=$dir
            break
        fi
    done < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5 -V -r)
    printf '%s' "$best"
}

PG_BIN=$(find_pg_bin)
if [[ -z $PG_BIN ]]; then
    if [[ $IS_ROOT -ne 1 ]]; then
        die "PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin;" \
            "install them (e.g. 'sudo apt-get install postgresql') or run as root"
    fi
    command -v apt-get >/dev/null || die "PostgreSQL not installed and apt-get not available"
    log "PostgreSQL server not found, installing it with apt-get ..."
    install_start=$(now_ms)
    if ! apt-cache show postgresql >/dev/null 2>&1; then
        apt-get update -qq
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2 \
        || die "apt-get install postgresql failed"
    log "installed PostgreSQL in $(elapsed "$install_start")"
    PG_BIN=$(find_pg_bin)
    [[ -n $PG_BIN ]] || die "PostgreSQL installed but no server binaries in /usr/lib/postgresql/*/bin"
fi
PG_VERSION=$(basename "$(dirname "$PG_BIN")")

# --- 2. temp folder, run-as helper -------------------------------------------

# Always under /tmp: the postgres user must be able to reach it, and the unix
# socket path must stay short.
WORK_DIR=$(mktemp -d /tmp/with-postgres.XXXXXX)
DATA_DIR=$WORK_DIR/data
SERVER_LOG=$WORK_DIR/server.log
if [[ $IS_ROOT -eq 1 ]]; then
    chown postgres: "$WORK_DIR"
fi

# Run a command as the cluster owner, from inside the temp folder (the postgres
# user may not be allowed into the caller's working directory).
as_pg() {
    if [[ $IS_ROOT -eq 1 ]]; then
        (cd "$WORK_DIR" && runuser -u postgres -- "$@")
    else
        (cd "$WORK_DIR" && "$@")
    fi
}

cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM HUP
    # postmaster.pid exists exactly while a server runs on DATA_DIR.
    if [[ -f $DATA_DIR/postmaster.pid ]]; then
        if ! as_pg "$PG_BIN/pg_ctl" -D "$DATA_DIR" -m fast -w -t 30 stop >/dev/null 2>&1; then
            log "fast stop failed, trying immediate stop"
            as_pg "$PG_BIN/pg_ctl" -D "$DATA_DIR" -m immediate -w -t 10 stop >/dev/null 2>&1
        fi
        log "stopped PostgreSQL"
    fi
    rm -rf -- "$WORK_DIR"
    exit "$rc"
}

source "$(dirname "${BASH_SOURCE[0]}")/lib/child-process.sh"

# --- 3. initdb + start -------------------------------------------------------

start_ms=$(now_ms)

initdb_ok=0
for locale in C.UTF-8 C; do
    if as_pg "$PG_BIN/initdb" -D "$DATA_DIR" -A trust -U postgres \
        --encoding=UTF8 --locale="$locale" >"$WORK_DIR/initdb.log" 2>&1; then
        initdb_ok=1
        break
    fi
    log "initdb with --locale=$locale failed"
    as_pg rm -rf -- "$DATA_DIR"
done
if [[ $initdb_ok -ne 1 ]]; then
    cat "$WORK_DIR/initdb.log" >&2
    die "initdb failed"
fi
initdb_time=$(elapsed "$start_ms")

PORT=$(free_port) || die "could not find a free TCP port"

# Every test runs in parallel on its own database with its own small pool: allow a few hundred clients.
PG_OPTS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
PG_OPTS+=" -c listen_addresses=127.0.0.1 -c port=$PORT -k $WORK_DIR -c max_connections=600"

if ! as_pg "$PG_BIN/pg_ctl" -D "$DATA_DIR" -l "$SERVER_LOG" -w -t 60 \
    -o "$PG_OPTS" start >"$WORK_DIR/pg_ctl.log" 2>&1; then
    log "pg_ctl start failed; pg_ctl output:"
    cat "$WORK_DIR/pg_ctl.log" >&2 || true
    log "server log ($SERVER_LOG):"
    cat "$SERVER_LOG" >&2 || true
    exit 1
fi

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
export PGHOST=127.0.0.1
export PGPORT=$PORT
export PGUSER=postgres
export PGDATABASE=postgres

log "PostgreSQL $PG_VERSION started in $(elapsed "$start_ms") (initdb $initdb_time)"
log "TEST_DATABASE_URL=$TEST_DATABASE_URL"

# --- 4. run the command ------------------------------------------------------

# Run in the background and `wait`, so a SIGTERM/SIGINT to this script is
# handled immediately (bash defers traps while a foreground child runs) and
# forwarded to the command. Keep stdin and default signal dispositions.
( trap - INT QUIT TERM HUP; exec "$@" ) <&0 &
CHILD_PID=$!
status=0
wait "$CHILD_PID" || status=$?
CHILD_PID=""

if [[ $status -ne 0 ]]; then
    log "command exited with status $status"
fi
exit "$status"
