#!/usr/bin/env bash
# Renders a screenshot of every wizard page, walked through on the demo host, into
# docs/screenshots/ (offscreen: no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
scripts/build.sh >/dev/null
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/vfio-wizard-screenshots" docs/screenshots
