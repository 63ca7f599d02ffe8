#!/usr/bin/env bash
# Renders a screenshot of every wizard page, walked through on the demo host, into
# docs/screenshots/ (offscreen: no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
scripts/build.sh >/dev/null
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/vfio-wizard-screenshots" docs/screenshots
# And the review page in a dark theme, to show it stays readable there.
dark=$(mktemp -d)
VFIO_SCREENSHOTS_DARK=1 QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/vfio-wizard-screenshots" "$dark" >/dev/null
cp "$dark/07-review.png" docs/screenshots/dark-review.png
rm -rf "$dark"
