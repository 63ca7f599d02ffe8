#!/usr/bin/env bash
# Cold start of the GUI to its first page mapped and painted, under Xvfb, next to an empty
# QWizard built with the same Qt and measured the same way in the same run; and the resident
# memory of each at that point. Targets: at most 1.3x the empty QWizard, under 60 MiB. Then the
# time to the first mapped window, seen from the X server (bench/mapwait), beside virt-manager's
# (installed: apt-get install virt-manager; target: at most 0.25x).
# Usage: bench/startup.sh [BUILD_DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}
out=$top/bench/out
mkdir -p "$out"
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null || true; rm -rf "$config"' EXIT
config=$(mktemp -d)
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY=$display QT_QPA_PLATFORM=xcb VFIO_WIZARD_EXIT_WHEN_SHOWN=1 XDG_CONFIG_HOME=$config
wizard=$build/app/vfio-wizard
empty=$build/bench/emptywizard
# The wizard opens at 1180x820 on this screen; the empty QWizard at its own small default. The
# second reference paints the same area, to tell the window's size from the page's content.
hyperfine --warmup 5 --min-runs 50 -N --export-json "$out/startup.json" \
    -n "empty QWizard" "$empty" -n "empty QWizard at 1180x820" "$empty 1180x820" -n "vfio-wizard" "$wizard"
python3 - "$out/startup.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
w, wm = r["vfio-wizard"]["mean"], r["vfio-wizard"]["median"]
for name in ("empty QWizard", "empty QWizard at 1180x820"):
    e, em = r[name]["mean"], r[name]["median"]
    print(f"start to first page: vfio-wizard {w*1000:.0f} ms, {name} {e*1000:.0f} ms, ratio {w/e:.2f} "
          f"(medians {wm*1000:.0f} / {em*1000:.0f} ms, {wm/em:.2f}; target <= 1.3)")
PY
rss() { "$@" 2>&1 >/dev/null | awk '/VmRSS/ {print $2}'; }
w=$(rss "$wizard"); e=$(rss "$empty")
echo "resident memory on the first page: vfio-wizard $((w / 1024)) MiB, empty QWizard $((e / 1024)) MiB," \
     "ratio $(python3 -c "print(f'{$w/$e:.2f}')") (target < 60 MiB)"

mapwait=$build/bench/mapwait
if [ -x "$mapwait" ] && command -v virt-manager >/dev/null; then
    unset VFIO_WIZARD_EXIT_WHEN_SHOWN
    export XDG_RUNTIME_DIR=$config NO_AT_BRIDGE=1
    ours=() theirs=()
    "$mapwait" 60 virt-manager --no-fork --connect test:///default >/dev/null 2>&1 || true # its first run compiles Python
    for _ in $(seq 15); do
        ours+=("$("$mapwait" 30 "$wizard" 2>/dev/null)")
        theirs+=("$("$mapwait" 60 virt-manager --no-fork --connect test:///default 2>/dev/null)")
    done
    python3 - "${ours[*]}" "${theirs[*]}" <<'PY'
import statistics, sys
ours = [float(x) for x in sys.argv[1].split()]
theirs = [float(x) for x in sys.argv[2].split()]
o, t = statistics.median(ours), statistics.median(theirs)
print(f"first window mapped (X server's MapNotify), medians of {len(ours)}: vfio-wizard {o:.0f} ms, "
      f"virt-manager {t:.0f} ms, ratio {o/t:.2f} (target <= 0.25)")
PY
else
    echo "virt-manager or bench/mapwait missing: no comparison with virt-manager"
fi
