# Shared by scripts/with-server.sh and scripts/with-postgres.sh (sourced, not run): forwarding
# signals to the wrapped command, and finding a free TCP port. The sourcing script defines
# `log`, `cleanup` (its EXIT trap) and sets CHILD_PID while its command runs.

CHILD_PID=""

on_signal() {
    local sig=$1 num=$2
    log "received SIG$sig, cleaning up"
    if [[ -n $CHILD_PID ]] && kill -0 "$CHILD_PID" 2>/dev/null; then
        kill -s "$sig" "$CHILD_PID" 2>/dev/null || true
        wait "$CHILD_PID" 2>/dev/null || true
    fi
    exit $((128 + num))   # runs cleanup via the EXIT trap
}

trap cleanup EXIT
trap 'on_signal INT 2' INT
trap 'on_signal TERM 15' TERM
trap 'on_signal HUP 1' HUP

free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()' && return
    fi
    local port
    for _ in $(seq 1 100); do   # no Python: a random high port nobody answers on
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    return 1
}
