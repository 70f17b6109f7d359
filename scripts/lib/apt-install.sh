# Shared by the scripts/install-*.sh scripts (sourced, not run): installs Debian packages with apt-get
# when run as root, and fails with the command to run when not.
#
# Usage: apt_install <script name> <package>...

apt_install() {
    local name=$1
    shift
    echo "$name: installing $*" >&2
    if [[ $EUID -ne 0 ]]; then
        echo "$name: not root; run: sudo apt-get install -y $*" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine has no package lists yet.
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends "$@" >/dev/null
}
