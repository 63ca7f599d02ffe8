#!/usr/bin/env bash
# Installs what is missing, builds, and starts the wizard (arguments go to vfio-wizard, e.g. --demo).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/deps.sh"
"$top/scripts/build.sh"
exec "${BUILD_DIR:-$top/build}/app/vfio-wizard" "$@"
