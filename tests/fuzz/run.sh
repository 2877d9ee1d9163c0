#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS (default 60) on a temporary copy of its seed corpus, one after the other,
# and fails if any of them finds a crash, a leak, a timeout or runaway memory. Prints runs per second and coverage.
#
#   cmake --preset fuzz && cmake --build --preset fuzz && tests/fuzz/run.sh [SECONDS] [BUILD_DIR]
#
# A finding is kept as build/fuzz/findings/<target>/crash-… (or leak-…, timeout-…): replay it with
# `build/fuzz/tests/fuzz/<target> FILE`, and commit it to the corpus once fixed.
set -euo pipefail

cd "$(dirname "$0")/../.."
seconds=${1:-60}
build=${2:-build/fuzz}
targets=(fuzz_mjpegparser fuzz_jpegmessagedecoder fuzz_sharerequest fuzz_onvifanswers)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Leaks count as findings; UBSan stops at the first report (the preset builds with -fno-sanitize-recover).
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen

failed=()
for target in "${targets[@]}"; do
    binary="$build/tests/fuzz/$target"
    if [ ! -x "$binary" ]; then
        echo "fuzz: $binary is missing (build it with: cmake --preset fuzz && cmake --build --preset fuzz)" >&2
        exit 2
    fi
    corpus="$work/$target"
    findings="$build/findings/$target"
    mkdir -p "$corpus" "$findings"
    cp tests/fuzz/corpus/"${target#fuzz_}"/* "$corpus"/
    log="$work/$target.log"
    echo "fuzz: $target for ${seconds}s on $(ls "$corpus" | wc -l) seeds"
    # libFuzzer scans for leaks after each input that freed less than it allocated. Qt frees some of its own
    # bookkeeping lazily, so with the share server nearly every input does, and a scan each time (~0.1 s) would
    # leave a few runs per second: that target is fuzzed without the scan, then its whole corpus, seeds and what
    # the run found, is replayed with it. The other targets scan while fuzzing.
    leaks=1
    [ "$target" = fuzz_sharerequest ] && leaks=0
    status=0
    # -timeout: one input may take 10 s at most (a hang is a finding); -rss_limit_mb: 2 GiB (unbounded memory is
    # a finding); -max_len: room for a request with its headers or a few stream parts.
    common=(-timeout=10 -rss_limit_mb=2048 -max_len=8192 -artifact_prefix="$findings/")
    "$binary" "$corpus" -max_total_time="$seconds" "${common[@]}" -detect_leaks=$leaks -print_final_stats=1 \
        >"$log" 2>&1 || status=$?
    if [ "$status" -eq 0 ] && [ "$leaks" -eq 0 ]; then
        "$binary" "$corpus" -runs=0 "${common[@]}" -detect_leaks=1 >"$log.replay" 2>&1 || status=$?
        [ "$status" -eq 0 ] || cat "$log.replay" >>"$log"
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    features=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    size=$(ls "$corpus" | wc -l)
    echo "fuzz: $target: ${runs:-?} runs, ${rate:-?} runs/s, coverage ${cov:-?} edges, ${features:-?} features," \
        "corpus $size inputs, exit $status"
    if [ "$status" -ne 0 ]; then
        failed+=("$target")
        echo "fuzz: $target FAILED; its log ends:" >&2
        tail -60 "$log" >&2
        ls -la "$findings" >&2
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: findings in ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: ${#targets[@]} passed, 0 failed"
