#!/usr/bin/env bash
# Every performance scenario of issue 6, each against a baseline measured in this script on the same input, printed
# as one JSON document on stdout (progress goes to stderr). See tests/bench/README.md for the format and figures.
#   tests/bench/run.sh [--quick] [--build DIR] [--only LIST]
#     --quick       short windows, one run each, a 90 s flapping test: a few minutes, for development
#     --build DIR   the build to measure (default: build/release, else build/ci)
#     --only LIST   comma-separated scenarios to run: micro,rtsp_mjpeg,rtsp_grid,gpu_grid,mjpeg_grid,fanout,latency,
#                   memory, substreams, and chrome (not in the default list: it builds the program as it was before issue 21 first,
#                   about 10 CPU-minutes the first time, into build/bench-chrome-base)
# Full run: about 40 minutes on the 2-core development machine (10 of them the flapping-memory test).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
quick=0
build=
only=micro,rtsp_mjpeg,rtsp_grid,gpu_grid,mjpeg_grid,fanout,latency,memory,substreams
while [ $# -gt 0 ]; do
    case $1 in
    --quick) quick=1 ;;
    --build) build=$2; shift ;;
    --only) only=$2; shift ;;
    *) echo "usage: $0 [--quick] [--build DIR] [--only LIST]" >&2; exit 2 ;;
    esac
    shift
done
if [ -z "$build" ]; then
    for candidate in "$source_dir/build/release" "$source_dir/build/ci"; do
        [ -x "$candidate/app/cctv-dashboard" ] && build=$candidate && break
    done
fi
dashboard="$build/app/cctv-dashboard"
bench="$build/tests/bench/cctv_bench"
client="$build/tests/bench/cctv_bench_fanoutclient"
for program in "$dashboard" "$bench" "$client"; do
    [ -x "$program" ] || { echo "missing $program: build first (cmake --build --preset release)" >&2; exit 2; }
done
command -v ffmpeg > /dev/null || { echo "ffmpeg is needed" >&2; exit 2; }

if [ "$quick" = 1 ]; then
    window=5 runs=1 flap_seconds=90 fanout_counts="0 1 100"
else
    window=10 runs=3 flap_seconds=600 fanout_counts="0 1 10 50 100"
fi

work=$(mktemp -d)
raw="$work/raw.jsonl"
: > "$raw"
pids=()
# Every process this script starts is killed on exit, Ctrl+C included.
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    # CCTV_BENCH_KEEP_RAW=FILE keeps the raw measurements (one JSON object a line).
    if [ -n "${CCTV_BENCH_KEEP_RAW:-}" ]; then cp "$raw" "$CCTV_BENCH_KEEP_RAW" || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
want() { [[ ",$only," == *",$1,"* ]]; }
record() { echo "$1" >> "$raw"; } # one JSON object per measurement
stop() {                          # pid…: stops and reaps processes this script started
    local pid
    for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
    for pid in "$@"; do wait "$pid" 2>/dev/null || true; done
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ticks=$(getconf CLK_TCK)
cpu_ticks() { # summed user+system ticks of the given pids
    local total=0 pid
    for pid in "$@"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done
    echo "$total"
}
# CPU of the pids over `window` seconds, in cores; fails when one of them died.
measure_cpu() {
    local c0 t0 c1 t1
    c0=$(cpu_ticks "$@")
    t0=$(date +%s.%N)
    sleep "$window"
    c1=$(cpu_ticks "$@") || return 1
    t1=$(date +%s.%N)
    awk -v c="$((c1 - c0))" -v t="$ticks" -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", c / t / (b - a)}'
}
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
thread_ticks() { # pid name-prefix: summed user+system ticks of the pid's threads whose name starts with it
    local total=0 task
    for task in /proc/"$1"/task/*; do
        [[ "$(cat "$task/comm" 2> /dev/null)" == "$2"* ]] || continue
        total=$((total + $(awk '{print $14 + $15}' "$task/stat" 2> /dev/null || echo 0)))
    done
    echo "$total"
}

# An RTSP test server (GStreamer; one shared H.264 media per mount) plus a client that copies the stream without
# decoding it: the server's encoder then runs through the whole scenario, and cameras that connect later join a
# media already prepared (the server can die when two clients prepare it at the same moment).
start_rtsp() { # size [mount [server arguments…]] → sets rtsp_url and rtsp_pids (an array)
    local size=$1 mount=${2:-h264} out="$work/rtsp-$1.out" port
    shift $(($# < 2 ? $# : 2))
    /usr/bin/python3 "$source_dir/tests/support/rtspserver.py" --size "$size" --fps 25 "$@" > "$out" 2>&1 &
    local server=$!
    pids+=("$server")
    for _ in $(seq 100); do grep -q '^PORT ' "$out" && break; sleep 0.1; done
    port=$(sed -n 's/^PORT //p' "$out")
    [ -n "$port" ] || { echo "RTSP server did not start: $(cat "$out")" >&2; exit 1; }
    rtsp_url="rtsp://127.0.0.1:$port/$mount"
    ffmpeg -nostdin -v error -rtsp_transport tcp -i "$rtsp_url" -c copy -f null - > /dev/null 2>&1 &
    local keeper=$!
    pids+=("$keeper")
    rtsp_pids=("$server" "$keeper")
    sleep 3
}

# The HTTP MJPEG camera of the tests, serving 720p JPEGs (FFmpeg's moving test picture, 50 distinct pictures).
start_http() { # port → sets http_pid
    if [ ! -d "$work/frames" ]; then
        mkdir "$work/frames"
        ffmpeg -nostdin -v error -f lavfi -i testsrc2=size=1280x720:rate=25 -frames:v 50 -q:v 5 "$work/frames/%03d.jpg"
    fi
    python3 "$source_dir/tests/support/http_camera_server.py" --port "$1" --frames "$work/frames" \
        > "$work/http.out" 2>&1 &
    http_pid=$!
    pids+=("$http_pid")
    for _ in $(seq 100); do grep -q ready "$work/http.out" && break; sleep 0.1; done
}

# The program as a user runs it (headless, or its window offscreen); sets dash_pid and share_base.
# The dashboard's CPU while one MJPEG viewer watches cam1: sets dash_cpu; the viewer's report is in $work/client.json.
measure_with_viewer() {
    "$client" "${share_base}cameras/cam1/stream.mjpg" 1 "$((window + 1))" > "$work/client.json" &
    local viewer=$!
    pids+=("$viewer")
    sleep 2.5
    dash_cpu=$(measure_cpu "$dash_pid")
    wait "$viewer"
}

read_rtsp() { # FFmpeg output arguments…: FFmpeg reads $rtsp_url into them; appends its pid to `readers`
    ffmpeg -nostdin -v error -rtsp_transport tcp -i "$rtsp_url" "$@" > /dev/null 2>&1 &
    readers+=($!)
    pids+=($!)
}

start_dashboard() { # mode (headless|window), camera arguments…; $dashboard_platform: the window's Qt platform
    local mode=$1 args=()
    shift
    [ "$mode" = headless ] && args+=(--headless)
    for camera in "$@"; do args+=(--camera "$camera"); done
    rm -f "$work/dashboard.json"
    QT_QPA_PLATFORM=${dashboard_platform:-offscreen} "$dashboard" "${args[@]}" --config "$work/dashboard.json" --share-port 0 --share-all \
        > "$work/dashboard.out" 2>&1 &
    dash_pid=$!
    pids+=("$dash_pid")
    for _ in $(seq 100); do grep -q '^share: ' "$work/dashboard.out" && break; sleep 0.1; done
    share_base=$(sed -n 's/^share: //p' "$work/dashboard.out")
    [ -n "$share_base" ] || { echo "dashboard did not start: $(cat "$work/dashboard.out")" >&2; exit 1; }
}

# --- micro: each optimisation against its alternative, in process ---------------------------------------------------
if want micro; then
    log "micro: optimisations against their alternatives"
    iterations=$([ "$quick" = 1 ] && echo 10 || echo 30)
    record "{\"scenario\":\"micro\",\"result\":$("$bench" micro --iterations "$iterations")}"
fi

# --- 1: RTSP H.264 720p25 to one MJPEG viewer, against ffmpeg -f mpjpeg ----------------------------------------------
if want rtsp_mjpeg || want latency; then
    log "rtsp_mjpeg: RTSP 720p25 to one MJPEG viewer, dashboard vs ffmpeg -f mpjpeg"
    start_rtsp 1280x720
    for run in $(seq "$runs"); do
        start_dashboard headless "cam1=$rtsp_url"
        sleep 2
        measure_with_viewer
        stop "$dash_pid"
        readers=()
        read_rtsp -f mpjpeg -q:v 5 -
        sleep 2.5
        ff_cpu=$(measure_cpu "${readers[@]}")
        stop "${readers[@]}"
        record "{\"scenario\":\"rtsp_mjpeg\",\"run\":$run,\"dashboard_cpu\":$dash_cpu,\"ffmpeg_cpu\":$ff_cpu,\"viewer\":$(cat "$work/client.json")}"
    done
    stop "${rtsp_pids[@]}"
fi

# --- 2: 1, 4 and 8 RTSP 1080p25 cameras in the window, one shared with a viewer, against ffmpeg -f null -----------------
if want rtsp_grid; then
    # Two encodings of the same picture: Baseline as x264's ultrafast makes it (cheap to decode: no CABAC, no
    # deblocking filter), and Main with CABAC and deblocking, as IP cameras send it (twice the decoding work).
    for stream in h264 h264main; do
        log "rtsp_grid ($stream): 1/4/8 RTSP 1080p25 cameras in the window, shared, then one watched, vs ffmpeg -f null"
        start_rtsp 1920x1080 "$stream"
        for run in $(seq "$runs"); do
            for count in 1 4 8; do
                cameras=()
                for i in $(seq "$count"); do cameras+=("cam$i=$rtsp_url"); done
                start_dashboard window "${cameras[@]}"
                sleep 4
                # Every camera shared (--share-all), nobody watching: what the issue compares with ffmpeg -f null.
                shared_cpu=$(measure_cpu "$dash_pid")
                # Then one viewer watching cam1: its re-encode is work ffmpeg -f null does not do (compared below
                # with FFmpeg doing it too).
                measure_with_viewer
                stop "$dash_pid"
                # Baseline as the issue states it: FFmpeg decoding the same streams and nothing more.
                readers=()
                for i in $(seq "$count"); do read_rtsp -f null -; done
                sleep 2.5
                ff_cpu=$(measure_cpu "${readers[@]}")
                stop "${readers[@]}"
                # Like for like: the same, but the watched camera also compressed to MJPEG for a viewer.
                readers=()
                read_rtsp -f mpjpeg -q:v 5 -
                for i in $(seq 2 "$count"); do read_rtsp -f null -; done
                sleep 2.5
                ff_share_cpu=$(measure_cpu "${readers[@]}")
                stop "${readers[@]}"
                record "{\"scenario\":\"rtsp_grid\",\"stream\":\"$stream\",\"run\":$run,\"cameras\":$count,\"dashboard_cpu\":$shared_cpu,\"dashboard_watched_cpu\":$dash_cpu,\"ffmpeg_cpu\":$ff_cpu,\"ffmpeg_with_mjpeg_cpu\":$ff_share_cpu,\"viewer\":$(cat "$work/client.json")}"
            done
        done
        stop "${rtsp_pids[@]}"
    done
fi

# --- 2 on the GPU path: the same grid with its tiles drawn by OpenGL, in an X window ---------------------------------
# This machine has no GPU: Mesa's llvmpipe runs the shaders on the CPU, in the program's threads named llvmpipe-N,
# counted apart. The rest of the program's CPU is what stays on the CPU with a GPU (its driver's own CPU work aside).
# On a machine with a GPU, CCTV_BENCH_DISPLAY=:0 (its X server) measures the real thing instead of Xvfb.
if want gpu_grid; then
    if [ -z "${CCTV_BENCH_DISPLAY:-}" ] && ! command -v Xvfb > /dev/null; then
        log "gpu_grid: skipped (no Xvfb)"
    else
        log "gpu_grid: 1/4 RTSP 1080p25 cameras in an X window, tiles drawn by OpenGL and in software"
        if [ -n "${CCTV_BENCH_DISPLAY:-}" ]; then
            x_display=$CCTV_BENCH_DISPLAY
            xvfb_pid= # not our X server: its CPU is not measured (xserver_cpu null)
        else
            Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3> "$work/xvfb.display" 2> /dev/null &
            xvfb_pid=$!
            pids+=("$xvfb_pid")
            for _ in $(seq 50); do [ -s "$work/xvfb.display" ] && break; sleep 0.1; done
            x_display=":$(cat "$work/xvfb.display")"
        fi
        start_rtsp 1920x1080 h264
        for run in $(seq "$runs"); do
            for count in 1 4; do
                cameras=()
                for i in $(seq "$count"); do cameras+=("cam$i=$rtsp_url"); done
                for renderer in software gl; do
                    DISPLAY=$x_display CCTV_RENDERER=$renderer dashboard_platform=xcb start_dashboard window "${cameras[@]}"
                    sleep 5
                    x_ticks() { if [ -n "$xvfb_pid" ]; then cpu_ticks "$xvfb_pid"; else echo 0; fi; }
                    c0=$(cpu_ticks "$dash_pid") r0=$(thread_ticks "$dash_pid" llvmpipe) x0=$(x_ticks)
                    t0=$(date +%s.%N)
                    sleep "$window"
                    c1=$(cpu_ticks "$dash_pid") r1=$(thread_ticks "$dash_pid" llvmpipe) x1=$(x_ticks)
                    t1=$(date +%s.%N)
                    stop "$dash_pid"
                    cores() { awk -v c="$1" -v t="$ticks" -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", c / t / (b - a)}'; }
                    record "{\"scenario\":\"gpu_grid\",\"run\":$run,\"cameras\":$count,\"renderer\":\"$renderer\",\"dashboard_cpu\":$(cores $((c1 - c0))),\"rasterizer_cpu\":$(cores $((r1 - r0))),\"xserver_cpu\":$([ -n "$xvfb_pid" ] && cores $((x1 - x0)) || echo null)}"
                done
                readers=()
                for i in $(seq "$count"); do read_rtsp -f null -; done
                sleep 2.5
                ff_cpu=$(measure_cpu "${readers[@]}")
                stop "${readers[@]}"
                record "{\"scenario\":\"gpu_grid\",\"run\":$run,\"cameras\":$count,\"renderer\":\"ffmpeg\",\"dashboard_cpu\":$ff_cpu}"
            done
        done
        stop "${rtsp_pids[@]}"
        [ -z "$xvfb_pid" ] || stop "$xvfb_pid"
    fi
fi

# --- 3: 16 HTTP MJPEG 720p25 cameras in a 4×4 grid: scaled decode against full decode ----------------------------------
if want mjpeg_grid || want latency; then
    log "mjpeg_grid: 16 HTTP MJPEG 720p25 cameras in the window, scaled vs full decode"
    http_port=$(free_port)
    start_http "$http_port"
    urls=()
    for i in $(seq 16); do urls+=("http://127.0.0.1:$http_port/stream?fps=25"); done
    for run in $(seq "$runs"); do
        scaled=$("$bench" grid --seconds "$window" "${urls[@]}")
        full=$(CCTV_BENCH_FULL_DECODE=1 "$bench" grid --seconds "$window" "${urls[@]}")
        minimized=$("$bench" grid --seconds "$window" --minimized "${urls[@]}")
        record "{\"scenario\":\"mjpeg_grid\",\"run\":$run,\"scaled\":$scaled,\"full\":$full,\"minimized\":$minimized}"
    done
    stop "$http_pid"
fi

# --- 4: fan-out: 0…100 viewers of one 720p25 camera ----------------------------------------------------------------
if want fanout; then
    log "fanout: one 720p25 camera to $fanout_counts viewers"
    start_dashboard headless "bench=test:pattern?size=1280x720&fps=25"
    sleep 2
    for run in $(seq "$(( runs < 2 ? runs : 2 ))"); do # each window already holds 250 pictures per viewer
        for clients in $fanout_counts; do
            c0=$(cpu_ticks "$dash_pid")
            t0=$(date +%s.%N)
            if [ "$clients" -eq 0 ]; then
                sleep "$((window + 2))"
                viewers='{"clients":0}'
            else
                viewers=$("$client" "${share_base}cameras/bench/stream.mjpg" "$clients" "$window")
            fi
            c1=$(cpu_ticks "$dash_pid")
            t1=$(date +%s.%N)
            cpu=$(awk -v c="$((c1 - c0))" -v t="$ticks" -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", c / t / (b - a)}')
            record "{\"scenario\":\"fanout\",\"run\":$run,\"clients\":$clients,\"dashboard_cpu\":$cpu,\"rss_kib\":$(rss_kib "$dash_pid"),\"viewers\":$viewers}"
            sleep 1
        done
    done
    stop "$dash_pid"
fi

# --- 5: latency: capture to the last byte at a viewer, and to the tile's paint ---------------------------------------
if want latency; then
    log "latency: JPEG pass-through to a viewer, and to a tile"
    http_port=$(free_port)
    start_http "$http_port"
    http_url="http://127.0.0.1:$http_port/stream?fps=25"
    for run in $(seq "$runs"); do
        start_dashboard headless "cam1=$http_url"
        sleep 2
        viewer=$("$client" "${share_base}cameras/cam1/stream.mjpg" 1 "$window")
        stop "$dash_pid"
        tile=$("$bench" grid --seconds "$window" "$http_url")
        record "{\"scenario\":\"latency\",\"path\":\"jpeg\",\"run\":$run,\"viewer\":$viewer,\"tile\":$tile}"
    done
    stop "$http_pid"
    log "latency: RTSP 720p (decoded) to a tile; its viewer figures come from rtsp_mjpeg (re-encoded)"
    start_rtsp 1280x720
    for run in $(seq "$runs"); do
        tile=$("$bench" grid --seconds "$window" "$rtsp_url")
        record "{\"scenario\":\"latency\",\"path\":\"decoded\",\"run\":$run,\"tile\":$tile}"
    done
    stop "${rtsp_pids[@]}"
fi

# --- 6: memory: RSS per 1080p camera, and growth over time with cameras coming and going ------------------------------
if want memory; then
    log "memory: RSS per 1080p camera in the window"
    start_rtsp 1920x1080
    idle="idle=rtsp://127.0.0.1:$(free_port)/none" # a camera that never connects: the program with no picture
    start_dashboard window "$idle"
    sleep 8
    rss_none=$(rss_kib "$dash_pid")
    stop "$dash_pid"
    start_dashboard window "$idle" "cam1=$rtsp_url" "cam2=$rtsp_url" "cam3=$rtsp_url" "cam4=$rtsp_url"
    sleep 10
    rss_four=$(rss_kib "$dash_pid")
    stop "$dash_pid"
    stop "${rtsp_pids[@]}"
    record "{\"scenario\":\"memory_per_camera\",\"cameras\":4,\"rss_none_kib\":$rss_none,\"rss_kib\":$rss_four}"

    log "memory: $flap_seconds s with cameras flapping (4 HTTP MJPEG 720p, 1 RTSP 1080p; up 8 s, down 4 s)"
    http_port=$(free_port)
    rtsp_port=$(free_port)
    start_http "$http_port"
    rtsp_out="$work/rtsp-flap.out"
    start_flap_rtsp() {
        /usr/bin/python3 "$source_dir/tests/support/rtspserver.py" --size 1920x1080 --fps 25 --port "$rtsp_port" \
            > "$rtsp_out" 2>&1 &
        flap_rtsp=$!
        pids+=("$flap_rtsp")
    }
    start_flap_rtsp
    http_url="http://127.0.0.1:$http_port/stream?fps=25"
    start_dashboard window "cam1=$http_url" "cam2=$http_url" "cam3=$http_url" "cam4=$http_url" \
        "cam5=rtsp://127.0.0.1:$rtsp_port/h264"
    samples=()
    times=()
    start_time=$(date +%s)
    while [ $(($(date +%s) - start_time)) -lt "$flap_seconds" ]; do
        sleep 8
        samples+=("$(rss_kib "$dash_pid")") # at the end of each up period: every camera live
        times+=("$(($(date +%s) - start_time))")
        stop "$http_pid" "$flap_rtsp"
        sleep 4
        start_http "$http_port"
        start_flap_rtsp
    done
    sleep 8
    samples+=("$(rss_kib "$dash_pid")")
    times+=("$(($(date +%s) - start_time))")
    frames=$(curl -s "${share_base}api/cameras" 2> /dev/null | python3 -c 'import json,sys; print(json.dumps([c.get("reconnects", 0) for c in json.load(sys.stdin)]))' 2> /dev/null || echo null)
    stop "$dash_pid" "$http_pid" "$flap_rtsp"
    record "{\"scenario\":\"memory_flapping\",\"seconds\":$flap_seconds,\"rss_samples_kib\":[$(IFS=,; echo "${samples[*]}")],\"sample_times_s\":[$(IFS=,; echo "${times[*]}")],\"reconnects\":$frames}"
fi

# --- 7: the window's chrome (issue 21) against the window before it: the GUI thread's CPU, 16 cameras -----------------
# The baseline is the program at the last commit before issue 21 (a tool bar of text buttons, no panels, no icons),
# built from a git worktree into build/bench-chrome-base once. Both programs show the same 16 HTTP MJPEG 720p25 cameras
# in their window (offscreen, their default size), one after the other, alternating; measured: the main thread's CPU
# (painting the tiles and the chrome, the panels' updates, everything the GUI thread does) and the whole process's.
if want chrome; then
    chrome_base=4d1ab9e
    base_build="$source_dir/build/bench-chrome-base"
    if [ ! -x "$base_build/app/cctv-dashboard" ]; then
        log "chrome: building the program at $chrome_base (before issue 21) into $base_build"
        git -C "$source_dir" worktree add --force --detach "$work/base-src" "$chrome_base" > /dev/null 2>&1
        cmake -S "$work/base-src" -B "$base_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCCTV_BUILD_TESTS=OFF \
            $(command -v ccache > /dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) > /dev/null
        cmake --build "$base_build" --target cctv-dashboard > /dev/null
        git -C "$source_dir" worktree remove --force "$work/base-src"
    fi
    log "chrome: 16 HTTP MJPEG 720p25 cameras in the window of today and of $chrome_base, main thread CPU"
    http_port=$(free_port)
    start_http "$http_port"
    cameras=()
    for i in $(seq 16); do cameras+=("cam$i=http://127.0.0.1:$http_port/stream?fps=25"); done
    today=$dashboard
    for run in $(seq "$runs"); do
        for which in today before; do
            [ "$which" = today ] && dashboard=$today || dashboard="$base_build/app/cctv-dashboard"
            start_dashboard window "${cameras[@]}"
            sleep 5
            m0=$(awk '{print $14 + $15}' "/proc/$dash_pid/task/$dash_pid/stat")
            all=$(measure_cpu "$dash_pid")
            m1=$(awk '{print $14 + $15}' "/proc/$dash_pid/task/$dash_pid/stat")
            gui=$(awk -v c="$((m1 - m0))" -v t="$ticks" -v w="$window" 'BEGIN {printf "%.4f", c / t / w}')
            stop "$dash_pid"
            record "{\"scenario\":\"chrome\",\"run\":$run,\"which\":\"$which\",\"gui_thread_cpu\":$gui,\"process_cpu\":$all}"
        done
    done
    dashboard=$today
    stop "$http_pid"
fi

# --- 8: main and sub streams: 16 cameras of pre-encoded 1080p25 main and 360p25 sub clips in a 4×4 grid -------------
# Pre-encoded, so no encoder runs during the measurement: one scene (FFmpeg's moving testsrc2) encoded twice, as a
# camera's two streams, one key frame a second; every camera loops the files at their own rate.
if want substreams; then
    log "substreams: 16 cameras (1080p25 main + 360p25 sub) in a 1600x900 window vs main only and ffmpeg -f null"
    main_clip="$work/main1080.mp4" sub_clip="$work/sub360.mp4"
    x264=(-c:v libx264 -preset veryfast -profile:v main -pix_fmt yuv420p -g 25 -keyint_min 25 -sc_threshold 0)
    ffmpeg -nostdin -v error -filter_complex "testsrc2=size=1920x1080:rate=25,split=2[main][s];[s]scale=640:360[sub]" \
        -t 30 -map '[main]' "${x264[@]}" -b:v 4M -maxrate 4M -bufsize 4M "$main_clip" \
        -t 30 -map '[sub]' "${x264[@]}" -b:v 600k -maxrate 600k -bufsize 600k "$sub_clip"
    both=() main_only=()
    for i in $(seq 16); do both+=("file://$main_clip|file://$sub_clip"); main_only+=("file://$main_clip"); done
    for run in $(seq "$runs"); do
        with_sub=$("$bench" grid --seconds "$window" --window 1600x900 --maximize "${both[@]}")
        without=$("$bench" grid --seconds "$window" --window 1600x900 "${main_only[@]}")
        readers=()
        for i in $(seq 16); do
            ffmpeg -nostdin -v error -re -stream_loop -1 -i "$sub_clip" -f null - > /dev/null 2>&1 &
            readers+=($!)
            pids+=($!)
        done
        sleep 2.5
        ff_cpu=$(measure_cpu "${readers[@]}")
        stop "${readers[@]}"
        record "{\"scenario\":\"substreams\",\"run\":$run,\"with_sub\":$with_sub,\"main_only\":$without,\"ffmpeg_sub_cpu\":$ff_cpu}"
    done
    # The same double-click on cameras reached over RTSP, whose streams run whether we watch or not (copying clients
    # keep both media playing): the tile joins the main stream between key frames (1 s apart) and waits for the
    # next, as with a real camera. 4 cameras of a 2x2 grid (800x450 tiles: the sub stream's 640x360 is kept).
    log "substreams: double-click to the main stream over RTSP (1080p25 + 360p25, 1 s between key frames)"
    start_rtsp 1920x1080 h264 --sub-size 640x360 --gop 1
    sub_url=${rtsp_url%/h264}/sub
    ffmpeg -nostdin -v error -rtsp_transport tcp -i "$sub_url" -c copy -f null - > /dev/null 2>&1 &
    sub_keeper=$!
    pids+=("$sub_keeper")
    sleep 2
    four=()
    for i in $(seq 4); do four+=("$rtsp_url|$sub_url"); done
    for run in $(seq $((runs * 2))); do
        record "{\"scenario\":\"maximize_rtsp\",\"run\":$run,\"grid\":$("$bench" grid --seconds 2 --window 1600x900 --maximize "${four[@]}")}"
    done
    stop "$sub_keeper" "${rtsp_pids[@]}"
fi

# --- the document ----------------------------------------------------------------------------------------------------
load=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$raw" "$quick" "$load" "$(nproc)" << 'EOF'
import json, statistics, sys

raw, quick, load, cores = sys.argv[1], sys.argv[2] == "1", sys.argv[3], int(sys.argv[4])
rows = [json.loads(line) for line in open(raw) if line.strip()]
med = lambda values: statistics.median(values) if values else None
def of(scenario, **match):
    return [r for r in rows if r["scenario"] == scenario and all(r.get(k) == v for k, v in match.items())]
def entry(project, baseline, goal, passed, unit, **extra):
    ratio = project / baseline if project is not None and baseline else None
    return dict(project=project, baseline=baseline, ratio=ratio, unit=unit, goal=goal, passed=passed, **extra)
def r4(x):
    return None if x is None else round(x, 4)

scenarios = {}
micro = of("micro")
if micro:
    scenarios["optimisations"] = micro[-1]["result"]

rm = of("rtsp_mjpeg")
if rm:
    d, f = med([r["dashboard_cpu"] for r in rm]), med([r["ffmpeg_cpu"] for r in rm])
    scenarios["1_rtsp720_to_mjpeg"] = entry(r4(d), r4(f), "ratio <= 0.8", d / f <= 0.8, "cores",
        baseline_command="ffmpeg -rtsp_transport tcp -i URL -f mpjpeg -q:v 5 -",
        viewer_fps_median=med([r["viewer"]["fps_median"] for r in rm]), runs=len(rm))

for stream, name in (("h264", "2_rtsp1080_grid"), ("h264main", "2_rtsp1080_grid_main_profile")):
    rg = [r for r in of("rtsp_grid") if r.get("stream", "h264") == stream]
    if not rg:
        continue
    out = {"stream": "H.264 Baseline, x264 ultrafast (no CABAC, no deblocking)" if stream == "h264"
           else "H.264 Main, x264 superfast (CABAC, deblocking), as IP cameras send it"}
    for n in (1, 4, 8):
        rs = [r for r in rg if r["cameras"] == n]
        if not rs:
            continue
        d, w, f, fs = (med([r.get(k) for r in rs if r.get(k) is not None]) for k in
                       ("dashboard_cpu", "dashboard_watched_cpu", "ffmpeg_cpu", "ffmpeg_with_mjpeg_cpu"))
        out[f"{n}_cameras"] = entry(r4(d), r4(f), "ratio <= 1.25", d / f <= 1.25, "cores",
            project_is="every camera shared, nobody watching",
            baseline_command=f"{n} x ffmpeg -rtsp_transport tcp -i URL -f null -",
            watched=r4(w), watched_is="the same while one MJPEG viewer watches cam1",
            like_for_like_baseline=r4(fs), like_for_like_ratio=r4(w / fs) if w and fs else None,
            like_for_like_command="the same ffmpeg readers, cam1's writing -f mpjpeg -q:v 5",
            viewer_fps_median=med([r["viewer"]["fps_median"] for r in rs]), runs=len(rs))
    scenarios[name] = out

gg = of("gpu_grid")
if gg:
    out = {"stream": "H.264 Baseline 1080p25, every camera shared, nobody watching; an X window (Xvfb)",
           "note": "no GPU here: Mesa llvmpipe runs the OpenGL work on the CPU (rasterizer_cpu, inside dashboard_cpu); "
                   "without_rasterizer is the program's CPU that a GPU would not take over"}
    for n in (1, 4):
        by = lambda renderer, key: r4(med([r[key] for r in gg if r["cameras"] == n and r["renderer"] == renderer
                                           and r.get(key) is not None]))
        if by("ffmpeg", "dashboard_cpu") is None:
            continue
        gl_total, gl_raster = by("gl", "dashboard_cpu"), by("gl", "rasterizer_cpu")
        ff = by("ffmpeg", "dashboard_cpu")
        out[f"{n}_cameras"] = dict(
            ffmpeg_null_cpu=ff,
            software=dict(dashboard_cpu=by("software", "dashboard_cpu"), xserver_cpu=by("software", "xserver_cpu")),
            opengl=dict(dashboard_cpu=gl_total, rasterizer_cpu=gl_raster,
                        without_rasterizer=r4(gl_total - gl_raster) if gl_total is not None else None,
                        without_rasterizer_ratio=r4((gl_total - gl_raster) / ff) if gl_total is not None and ff else None,
                        xserver_cpu=by("gl", "xserver_cpu")),
            runs=len([r for r in gg if r["cameras"] == n and r["renderer"] == "ffmpeg"]))
    scenarios["2_rtsp1080_grid_gpu_path"] = out

mg = of("mjpeg_grid")
if mg:
    s = med([r["scaled"]["cpu_cores"] for r in mg])
    f = med([r["full"]["cpu_cores"] for r in mg])
    fps = min(r["scaled"]["painted_fps_min"] for r in mg)
    scenarios["3_mjpeg720_16_grid"] = entry(r4(s), r4(f), "cpu <= 1.2 cores and every tile >= 23.75 fps painted",
        s <= 1.2 and fps >= 23.75, "cores", baseline_is="the same run with CCTV_BENCH_FULL_DECODE=1 (full-size decode)",
        painted_fps_min=r4(fps), painted_fps_min_full_decode=r4(min(r["full"]["painted_fps_min"] for r in mg)),
        minimized_cpu=r4(med([r["minimized"]["cpu_cores"] for r in mg])),
        minimized_is="the same 16 cameras with the window minimised: no display decoding, nothing painted",
        tile=mg[-1]["scaled"]["tiles"][0]["tile"], runs=len(mg))

fo = of("fanout")
if fo:
    per = {}
    for r in fo:
        per.setdefault(r["clients"], []).append(r)
    table = {str(n): dict(cpu=r4(med([r["dashboard_cpu"] for r in rs])),
                          rss_kib=med([r["rss_kib"] for r in rs]),
                          fps_min=min((r["viewers"].get("fps_min", 0) for r in rs), default=None) if n else None)
             for n, rs in sorted(per.items())}
    one, hundred = table.get("1"), table.get("100")
    if one and hundred:
        extra = (hundred["cpu"] - one["cpu"]) / 99 * 100
        scenarios["4_fanout"] = entry(r4(hundred["cpu"]), r4(one["cpu"]),
            "each extra client <= 0.3 % of a core, every client >= 23.75 fps", extra <= 0.3 and hundred["fps_min"] >= 23.75,
            "cores", per_extra_client_percent_of_core=r4(extra), baseline_is="the same camera with 1 client",
            by_clients=table)

lat = of("latency")
if lat or rm:
    out = {}
    def p(rows, path, key):
        values = [r[path][key] for r in rows if r.get(path) and r[path].get(key, -1) >= 0]
        return r4(med(values))
    jpeg = [r for r in lat if r["path"] == "jpeg"]
    dec = [r for r in lat if r["path"] == "decoded"]
    def item(rows, path, p50key, p99key, goal):
        p50, p99 = p(rows, path, p50key), p(rows, path, p99key)
        return dict(p50_ms=p50, p99_ms=p99, goal=f"p99 < {goal} ms", passed=None if p99 is None else p99 < goal)
    if jpeg:
        out["jpeg_passthrough_to_viewer"] = item(jpeg, "viewer", "delay_ms_p50", "delay_ms_p99", 15)
        out["jpeg_camera_to_tile_paint"] = item(jpeg, "tile", "paint_delay_ms_p50", "paint_delay_ms_p99", 15)
    if rm:
        out["rtsp_reencoded_to_viewer"] = item(rm, "viewer", "delay_ms_p50", "delay_ms_p99", 30)
    if dec:
        out["rtsp_decoded_to_tile_paint"] = item(dec, "tile", "paint_delay_ms_p50", "paint_delay_ms_p99", 30)
    if mg:
        out["16_mjpeg_cameras_to_tile_paint"] = item(mg, "scaled", "paint_delay_ms_p50", "paint_delay_ms_p99", 15)
    scenarios["5_latency"] = out

mem = of("memory_per_camera")
flap = of("memory_flapping")
if mem or flap:
    out = {}
    if mem:
        m = mem[-1]
        out["rss_per_1080p_camera_kib"] = (m["rss_kib"] - m["rss_none_kib"]) / m["cameras"]
        out["rss_no_camera_kib"] = m["rss_none_kib"]
        out["rss_4_cameras_kib"] = m["rss_kib"]
    if flap:
        f = flap[-1]
        s, t = f["rss_samples_kib"], f.get("sample_times_s") or [12 * (i + 1) for i in range(len(f["rss_samples_kib"]))]
        # RSS swings by a megabyte or more between cycles (which buffers happen to be live when sampled), so the
        # growth is the trend: the Theil-Sen slope (median of the slopes between every pair of samples, robust to
        # that swing) over the samples after the first two cycles (every cache and pool in use), times the time
        # they span. The medians of the first and last three samples are shown beside it.
        s2, t2 = s[2:], t[2:]
        slopes = [(s2[j] - s2[i]) / (t2[j] - t2[i]) for i in range(len(s2)) for j in range(i + 1, len(s2))
                  if t2[j] > t2[i]]
        growth = med(slopes) * (t2[-1] - t2[0]) if slopes else s[-1] - s[0]
        out["flapping"] = dict(seconds=f["seconds"], rss_start_kib=med(s2[:3]), rss_end_kib=med(s[-3:]),
                               growth_kib=round(growth), goal="growth < 1024 KiB (trend over the run)",
                               passed=growth < 1024, samples_kib=s, reconnects_per_camera=f["reconnects"])
    scenarios["6_memory"] = out

ch = of("chrome")
if ch:
    today = med([r["gui_thread_cpu"] for r in ch if r["which"] == "today"])
    before = med([r["gui_thread_cpu"] for r in ch if r["which"] == "before"])
    if today is not None and before:
        scenarios["7_window_chrome"] = entry(r4(today), r4(before), "ratio <= 1.05", today / before <= 1.05,
            "cores (main thread)", baseline_is="the program at 4d1ab9e, before issue 21, on the same 16 cameras",
            process_cpu=r4(med([r["process_cpu"] for r in ch if r["which"] == "today"])),
            process_cpu_baseline=r4(med([r["process_cpu"] for r in ch if r["which"] == "before"])),
            runs=len(ch) // 2)

ss = of("substreams")
if ss:
    w = med([r["with_sub"]["cpu_cores"] for r in ss])
    m = med([r["main_only"]["cpu_cores"] for r in ss])
    f = med([r["ffmpeg_sub_cpu"] for r in ss])
    fps = min(r["with_sub"]["painted_fps_min"] for r in ss)
    times = [r["with_sub"].get("maximize_to_main_ms") for r in ss]
    empty = sum(r["with_sub"].get("maximize_empty_paints", 0) for r in ss)
    scenarios["8_substreams_16_grid"] = entry(r4(w), r4(f),
        "ratio <= 1.3, main-only / project >= 4, every tile >= 23.75 fps, maximize < 1300 ms with no empty paint",
        w / f <= 1.3 and m / w >= 4 and fps >= 23.75 and None not in times and max(times) < 1300 and empty == 0,
        "cores", baseline_command="16 x ffmpeg -re -stream_loop -1 -i sub360.mp4 -f null -",
        main_only=r4(m), main_only_over_project=r4(m / w),
        painted_fps_min=r4(fps), main_only_painted_fps_min=r4(min(r["main_only"]["painted_fps_min"] for r in ss)),
        paint_delay_ms_p99=r4(med([r["with_sub"]["paint_delay_ms_p99"] for r in ss])),
        main_only_paint_delay_ms_p99=r4(med([r["main_only"]["paint_delay_ms_p99"] for r in ss])),
        maximize_to_main_ms=times, maximize_empty_paints=empty,
        streams_shown=sorted({t["stream"] for r in ss for t in r["with_sub"]["tiles"]}),
        tile=ss[-1]["with_sub"]["tiles"][1]["tile"], runs=len(ss))
mr = of("maximize_rtsp")
if mr:
    times = [r["grid"].get("maximize_to_main_ms") for r in mr]
    found = [t for t in times if t is not None]
    scenarios["8_substreams_maximize_rtsp"] = dict(
        maximize_to_main_ms=times, median_ms=r4(med(found)), max_ms=r4(max(found)) if found else None,
        empty_paints=sum(r["grid"].get("maximize_empty_paints", 0) for r in mr),
        goal="every one < 1300 ms (1 s between key frames + 300 ms), no empty paint",
        passed=len(found) == len(times) and max(found) < 1300 and
            sum(r["grid"].get("maximize_empty_paints", 0) for r in mr) == 0, runs=len(mr))

print(json.dumps(dict(quick=quick, cores=cores, load_average_at_end=load, scenarios=scenarios), indent=1))
EOF
