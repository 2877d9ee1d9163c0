#!/usr/bin/env bash
# RTSP reading cost: the headless program reading one H.264 camera (decoding every frame, no display image) against
# plain FFmpeg reading the same stream (`-f null`, with its default threads and with -threads 1), at 720p25 and
# 1080p25, from the GStreamer RTSP server of the tests on loopback. CPU is user+system time over the window, in % of
# one core; each figure is the median of RUNS runs. Prints one JSON object per measurement, then a summary table.
#   tests/bench/rtsp_cpu.sh [BUILD_DIR] [SECONDS] [RUNS]
set -euo pipefail
build=${1:-build/release}
seconds=${2:-20}
runs=${3:-3}
here=$(cd "$(dirname "$0")" && pwd)
binary="$build/app/cctv-dashboard"
[ -x "$binary" ] || { echo "build first: cmake --build --preset release" >&2; exit 2; }
command -v ffmpeg > /dev/null || { echo "ffmpeg is needed" >&2; exit 2; }

work=$(mktemp -d)
server=
reader=
cleanup() {
    [ -n "$reader" ] && kill "$reader" 2>/dev/null || true
    [ -n "$server" ] && kill "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
ticks=$(getconf CLK_TCK)

# CPU of process $1 (and its threads) over $seconds, after a 3 s warm-up, in % of one core.
measure() {
    local pid=$1
    sleep 3
    local c0 t0 c1 t1
    c0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    t0=$(date +%s.%N)
    sleep "$seconds"
    c1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    t1=$(date +%s.%N)
    awk -v c="$((c1 - c0))" -v t="$ticks" -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", 100 * c / t / (b - a)}'
}

median() { sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

run_reader() { # name, command…
    local name=$1
    shift
    "$@" > "$work/$name.out" 2>&1 &
    reader=$!
    local cpu
    cpu=$(measure "$reader")
    if ! kill -0 "$reader" 2>/dev/null; then
        echo "$name exited early:" >&2
        tail -5 "$work/$name.out" >&2
        exit 1
    fi
    kill "$reader"
    wait "$reader" 2>/dev/null || true
    reader=
    echo "$cpu"
}

declare -A result
for size in 1280x720 1920x1080; do
    /usr/bin/python3 "$here/../support/rtspserver.py" --size "$size" --fps 25 > "$work/server.out" 2>&1 &
    server=$!
    for _ in $(seq 100); do grep -q '^PORT ' "$work/server.out" && break; sleep 0.1; done
    port=$(sed -n 's/^PORT //p' "$work/server.out")
    url="rtsp://127.0.0.1:$port/h264"
    # The server encodes only while someone watches (a shared media): one idle client keeps the encoder warm, so
    # its cost is the same in every run and stays out of the readers' figures.
    ffmpeg -v error -rtsp_transport tcp -i "$url" -f null - > /dev/null 2>&1 &
    keeper=$!
    sleep 2
    for run in $(seq "$runs"); do
        dash=$(run_reader dashboard "$binary" --headless --config "$work/cameras.json" --share-port 0 \
            --camera "bench=$url")
        ff=$(run_reader ffmpeg ffmpeg -nostdin -v error -rtsp_transport tcp -i "$url" -f null -)
        ff1=$(run_reader ffmpeg1 ffmpeg -nostdin -v error -threads 1 -rtsp_transport tcp -i "$url" -f null -)
        echo "{\"size\":\"$size\",\"run\":$run,\"dashboard_cpu\":$dash,\"ffmpeg_cpu\":$ff,\"ffmpeg_threads1_cpu\":$ff1}"
        result[$size,dash]+="$dash "
        result[$size,ff]+="$ff "
        result[$size,ff1]+="$ff1 "
    done
    kill "$keeper" "$server"
    wait "$keeper" "$server" 2>/dev/null || true
    server=
done

echo
echo "| stream | cctv-dashboard --headless | ffmpeg -f null | ffmpeg -threads 1 -f null | ratio (dashboard / ffmpeg, / ffmpeg -threads 1) |"
echo "|---|---:|---:|---:|---:|"
for size in 1280x720 1920x1080; do
    d=$(tr ' ' '\n' <<< "${result[$size,dash]}" | grep . | median)
    f=$(tr ' ' '\n' <<< "${result[$size,ff]}" | grep . | median)
    f1=$(tr ' ' '\n' <<< "${result[$size,ff1]}" | grep . | median)
    awk -v s="$size" -v d="$d" -v f="$f" -v g="$f1" \
        'BEGIN {printf "| %s H.264 25 fps | %.1f %% | %.1f %% | %.1f %% | %.2f, %.2f |\n", s, d, f, g, d / f, d / g}'
done
