#!/usr/bin/env bash
# Fan-out: one 720p25 camera shared to 0, 1, 10, 50 and 100 MJPEG viewers on loopback. For each count: the rate
# every viewer receives, and the server's CPU (of one core) and RSS. The 0-viewer run is the baseline in the same
# script: what the camera costs before anyone watches. Prints one JSON object per line, then a summary.
#   tests/bench/fanout.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
build=${1:-build/release}
seconds=${2:-10}
binary="$build/app/cctv-dashboard"
client="$build/tests/bench/cctv_bench_fanoutclient"
[ -x "$binary" ] && [ -x "$client" ] || { echo "build first: cmake --build --preset release" >&2; exit 2; }

config=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$config"' EXIT
"$binary" --headless --config "$config/cameras.json" --share-port 0 --share-all \
    --camera "bench=test:pattern?size=1280x720&fps=25" > "$config/out" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q '^share: ' "$config/out" && break; sleep 0.1; done
base=$(sed -n 's/^share: //p' "$config/out")
stream="${base}cameras/bench/stream.mjpg"
ticks=$(getconf CLK_TCK)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$server/status"; }

sleep 2
for clients in 0 1 10 50 100; do
    start_cpu=$(cpu_ticks)
    start_time=$(date +%s.%N)
    if [ "$clients" -eq 0 ]; then
        sleep $((seconds + 2))
        client_json='{"clients":0}'
    else
        client_json=$("$client" "$stream" "$clients" "$seconds")
    fi
    end_cpu=$(cpu_ticks)
    end_time=$(date +%s.%N)
    cpu=$(awk -v c="$((end_cpu - start_cpu))" -v t="$ticks" -v a="$start_time" -v b="$end_time" \
        'BEGIN {printf "%.3f", c / t / (b - a)}')
    echo "${client_json%\}},\"server_cpu_cores\":$cpu,\"server_rss_kib\":$(rss_kib)}"
    sleep 1
done
