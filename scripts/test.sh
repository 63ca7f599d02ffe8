#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/deps.sh"
"$top/scripts/build.sh"
cd "${BUILD_DIR:-$top/build}"
export QT_QPA_PLATFORM=offscreen
exec "$top/scripts/with-libvirtd.sh" ctest --output-on-failure -j"$(nproc)" "$@"
