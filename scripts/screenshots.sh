#!/usr/bin/env bash
# Renders every wizard page, walked through on the demo host, into docs/screenshots/ at a laptop
# (1366x768) and a desktop (1920x1080) screen size, in the light and a dark theme, each under
# its own Xvfb screen so the window sizes itself as it would there. The README's picture is the
# 1366x768 light host check.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
scripts/build.sh >/dev/null
shots=$BUILD_DIR/tests/vfio-wizard-screenshots
out=docs/screenshots
rm -rf "$out" && mkdir -p "$out"
for size in 1366x768 1920x1080; do
    for theme in light dark; do
        dir=$out/$size/$theme
        dark=$([ "$theme" = dark ] && echo 1 || true)
        VFIO_SCREENSHOTS_DARK=$dark QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" \
            "$shots" "$dir" >/dev/null
    done
done
ls "$out"/*/*/*.png | wc -l | xargs echo "screenshots:"
