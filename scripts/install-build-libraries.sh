#!/usr/bin/env bash
# Install the C libraries the build links: cmark-gfm, GitHub's CommonMark parser, and its extensions
# (tables, strikethrough, autolinks, task lists) for the `CCmarkGFM` target, from Debian's packages.
#
# Usage: scripts/install-build-libraries.sh        (make build, build-tests and build-release run it)
#
# Silent when the headers are there. Otherwise installs the packages with apt-get when run as root,
# and fails with the command to run when not.
set -euo pipefail
source "$(dirname "$0")/lib/apt-install.sh"

HEADERS=(/usr/include/cmark-gfm.h /usr/include/cmark-gfm-core-extensions.h)
PACKAGES=(libcmark-gfm-dev libcmark-gfm-extensions-dev)

present() {
    local header
    for header in "${HEADERS[@]}"; do [[ -f $header ]] || return 1; done
}
present && exit 0

apt_install install-build-libraries "${PACKAGES[@]}"
present || { echo "install-build-libraries: ${HEADERS[*]} still missing" >&2; exit 1; }
