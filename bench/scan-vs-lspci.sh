#!/usr/bin/env bash
# Times `vfio-wizard scan --json` on the large generated host next to `lspci -vnnk` on the same
# tree (hyperfine, warm cache), and counts the files each opens. Results: bench/out/.
# Usage: bench/scan-vs-lspci.sh [BUILD_DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}
out=$top/bench/out
host=$out/large-host
mkdir -p "$out"
python3 "$top/bench/make-large-host.py" "$host"
wizard=("$build/app/vfio-wizard" scan --json --root "$host")
lspci=(lspci -vnnk -A linux-sysfs -O "sysfs.path=$host/sys/bus/pci")
"${wizard[@]}" > "$out/large-host-scan.json"
python3 - "$out/large-host-scan.json" <<'PY'
import json, sys
scan = json.load(open(sys.argv[1]))
print(f"scan: {len(scan['cpu']['cpus'])} CPUs, {len(scan['pci'])} PCI functions, "
      f"{len(scan['iommu']['groups'])} groups, {len(scan['warnings'])} warnings")
PY
hyperfine --warmup 3 --min-runs 20 -N --output=null --export-json "$out/scan-vs-lspci.json" \
    -n "vfio-wizard scan --json" "${wizard[*]}" \
    -n "lspci -vnnk" "${lspci[*]}"
python3 - "$out/scan-vs-lspci.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
scan, lspci = r["vfio-wizard scan --json"]["mean"], r["lspci -vnnk"]["mean"]
print(f"scan {scan*1000:.1f} ms, lspci {lspci*1000:.1f} ms, ratio {scan/lspci:.2f} (target < 0.5)")
PY
if command -v strace >/dev/null; then
    for tool in wizard lspci; do
        if [ $tool = wizard ]; then cmd=("${wizard[@]}"); else cmd=("${lspci[@]}"); fi
        strace -f -qq -e trace=open,openat -o "$out/$tool.trace" "${cmd[@]}" >/dev/null 2>&1 || true
        opens=$(grep -c "$host" "$out/$tool.trace" || true)
        repeats=$(grep -v -e ' = -1' -e O_DIRECTORY "$out/$tool.trace" | grep -o "\"$host[^\"]*\"" | sort | uniq -d | wc -l)
        echo "$tool: $opens opens below the tree, $repeats files (not directories) opened more than once"
    done
fi

# The lower bound beside them: just opening and reading, once, each file the scan read.
if [ -f "$out/wizard.trace" ]; then
    grep -v -e ' = -1' -e O_DIRECTORY "$out/wizard.trace" | grep -o "\"$host[^\"]*\"" | tr -d '"' | sort -u > "$out/scan-files.txt"
    hyperfine --warmup 3 --min-runs 20 -N --output=null --export-json "$out/scan-lower-bound.json" \
        -n "vfio-wizard scan --json" "${wizard[*]}" \
        -n "read each file once" "$build/bench/readonce $out/scan-files.txt"
    python3 - "$out/scan-lower-bound.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
scan, floor = r["vfio-wizard scan --json"]["mean"], r["read each file once"]["mean"]
print(f"scan {scan*1000:.1f} ms, reading its files once {floor*1000:.1f} ms: {scan/floor:.2f}x the lower bound")
PY
fi
