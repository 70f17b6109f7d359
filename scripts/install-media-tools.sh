#!/usr/bin/env bash
# Install the command-line tools the Media feature runs: libvips (vips, vipsthumbnail, vipsheader)
# for pictures and ffmpeg (ffmpeg, ffprobe) for videos, from Debian's packages.
#
# Usage: scripts/install-media-tools.sh
#
# Silent when every tool is there. Otherwise installs the packages with apt-get when run as root,
# and fails with the command to run when not.
set -euo pipefail

TOOLS=(vips vipsthumbnail vipsheader ffmpeg ffprobe)
PACKAGES=(libvips-tools ffmpeg)

missing=()
for tool in "${TOOLS[@]}"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "install-media-tools: missing ${missing[*]}; installing ${PACKAGES[*]}" >&2
if [[ $EUID -ne 0 ]]; then
    echo "install-media-tools: not root; run: sudo apt-get install -y ${PACKAGES[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# A fresh machine has no package lists yet.
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends "${PACKAGES[@]}" >/dev/null

for tool in "${TOOLS[@]}"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "install-media-tools: $tool still missing" >&2; exit 1; }
done
