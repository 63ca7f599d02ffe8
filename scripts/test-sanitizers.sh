#!/usr/bin/env bash
# Builds with AddressSanitizer + UndefinedBehaviorSanitizer into build-asan/ and runs every test.
# LeakSanitizer is on; the leaks of Qt, fontconfig and libvirt that are not ours are listed,
# each with its reason, in tests/lsan.supp.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/deps.sh"
BUILD_DIR=$top/build-asan BUILD_TYPE=Debug "$top/scripts/build.sh" -DVFIO_WIZARD_SANITIZE=ON -DVFIO_WIZARD_BUILD_BENCH=OFF
cd "$top/build-asan"
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$top/tests/lsan.supp:print_suppressions=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
exec "$top/scripts/with-libvirtd.sh" ctest --output-on-failure -j"$(nproc)" "$@"
