#!/usr/bin/env bash
# Install the command-line tools the Media feature runs: libvips (vips, vipsthumbnail, vipsheader)
# for pictures and ffmpeg (ffmpeg, ffprobe) for videos, from Debian's packages.
#
# Usage: scripts/install-media-tools.sh
#
# Silent when every tool is there. Otherwise installs the packages with apt-get when run as root,
# and fails with the command to run when not.
set -euo pipefail
source "$(dirname "$0")/lib/apt-install.sh"

TOOLS=(vips vipsthumbnail vipsheader ffmpeg ffprobe)
PACKAGES=(libvips-tools ffmpeg)

missing=()
for tool in "${TOOLS[@]}"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "install-media-tools: missing ${missing[*]}" >&2
apt_install install-media-tools "${PACKAGES[@]}"

for tool in "${TOOLS[@]}"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "install-media-tools: $tool still missing" >&2; exit 1; }
done
