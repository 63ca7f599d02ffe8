#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) into build-fuzz/ and runs each for
# SECONDS (default 60), starting from seed corpora made from the fixtures. The corpora grow in
# build-fuzz/corpus/, crashes land in build-fuzz/findings/; any finding fails the run.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_sysfsparse fuzz_profile fuzz_domain fuzz_lint fuzz_hosttree)
build=${FUZZ_BUILD_DIR:-$top/build-fuzz}
"$top/scripts/deps.sh"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DVFIO_WIZARD_FUZZ=ON -DVFIO_WIZARD_BUILD_TESTS=OFF -DVFIO_WIZARD_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target "${targets[@]}"

hosts=$top/tests/data/hosts
seed() { # seed TARGET: the fixture-made starting corpus
    local dir=$build/seeds/$1
    rm -rf "$dir" && mkdir -p "$dir"
    case $1 in
    fuzz_sysfsparse)
        # CPU lists and masks, meminfo, cpuinfo, cmdline, uevent and udev files of every fixture.
        find "$hosts" -type f \( -name 'cpulist' -o -name 'shared_cpu_list' -o -name 'shared_cpu_map' -o -name 'thread_siblings*' \
            -o -name 'core_cpus*' -o -name 'online' -o -name 'meminfo' -o -name 'cmdline' -o -name 'uevent' -o -name 'route' \
            -o -name 'cpuinfo' -o -path '*/udev/data/*' \) -size -8k | while read -r f; do
            cp "$f" "$dir/$(echo "$f" | md5sum | cut -c1-16)"
        done ;;
    fuzz_domain | fuzz_lint)
        cp "$top"/tests/data/domains/*.xml "$top"/tests/data/generated/*.xml "$dir/" ;;
    fuzz_profile)
        cp "$top"/tests/fuzz/seeds/profile/*.json "$dir/" ;;
    fuzz_hosttree)
        FUZZ_WRITE_SEEDS=$dir "$build/tests/fuzz/fuzz_hosttree" ;;
    esac
}

status=0
for target in "${targets[@]}"; do
    seed "$target"
    corpus=$build/corpus/$target
    findings=$build/findings/$target
    mkdir -p "$corpus" "$findings"
    echo "fuzz: $target for ${seconds}s"
    log=$build/findings/$target.log
    if ! "$build/tests/fuzz/$target" "$corpus" "$build/seeds/$target" -max_total_time="$seconds" -timeout=20 \
        -rss_limit_mb=4096 -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1; then
        echo "fuzz: $target FOUND A PROBLEM (see $log and $findings/):"
        grep -E 'ERROR|invariant|SUMMARY|==.*==|abort' "$log" | head -20
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | sed "s/^/fuzz: $target /"
done
exit $status
