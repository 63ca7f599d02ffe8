#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the suite (with a real libvirtd as
# root), the suite again under AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer,
# and a short run of every fuzz target. Arguments go to ctest (e.g. -R tst_wizard).
#   VFIO_WIZARD_QUICK=1  only the plain suite
#   FUZZ_SECONDS=N       seconds per fuzz target (default 30: the whole run stays within 30 minutes
#                        on a fresh 2-core machine; scripts/fuzz.sh alone runs longer by default)
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/deps.sh" || exit 1
"$top/scripts/build.sh" || exit 1
status=0
(
    cd "${BUILD_DIR:-$top/build}" &&
        QT_QPA_PLATFORM=offscreen "$top/scripts/with-libvirtd.sh" ctest --output-on-failure -j"$(nproc)" "$@"
) || status=1
if [ -z "${VFIO_WIZARD_QUICK:-}" ]; then
    echo "== the suite under ASan + UBSan + LSan"
    "$top/scripts/test-sanitizers.sh" "$@" || status=1
    echo "== fuzzing, ${FUZZ_SECONDS:-30} s per target"
    "$top/scripts/fuzz.sh" "${FUZZ_SECONDS:-30}" || status=1
fi
exit $status
