#!/usr/bin/env bash
# Builds the .deb, checks what it holds (contents, control fields, the .desktop file and AppStream metadata),
# installs it with apt, runs the INSTALLED program (--version, then briefly headless and with an offscreen window,
# each time checking the demo cameras go live and a snapshot is a JPEG), and removes it again together with any
# package apt pulled in for it, so the machine is left as it was.
#
#   packaging/deb/check.sh [PRESET]     PRESET: a configure preset (default: ci when CI=true, else release)
#
# Installing needs root (sudo is used when not root). Nothing is downloaded unless apt has to fetch a missing
# dependency from Debian.
set -euo pipefail

cd "$(dirname "$0")/../.."
preset=${1:-release}
[ -z "${1:-}" ] && [ "${CI:-}" = "true" ] && preset=ci
build_dir=build/$preset
package=cctv-dashboard
app_id=io.github.cctvdashboard.CctvDashboard

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
work=$(mktemp -d)
server_pid=
installed_by_us=false
pulled_in=()

step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "FAILED: $*" >&2
    exit 1
}

cleanup() {
    local status=$?
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if $installed_by_us; then
        step "Removing what this check installed: $package ${pulled_in[*]}"
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y "$package" "${pulled_in[@]}" 2>&1 \
            | grep -E '^(Removing|Remv|[0-9]+ upgraded)' || true
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            && echo "warning: $package is still installed" >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

installed_packages() {
    dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" { print $2 }' | sort
}

step "Building the package (preset $preset)"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --target package >"$work/build.log" 2>&1 \
    || { tail -n 40 "$work/build.log"; fail "building the package"; }
grep -E '^CPack(Deb)?: ' "$work/build.log"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
deb=$PWD/$build_dir/${package}_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || fail "no package at $deb"
echo "package: $deb"
echo "size: $(stat -c %s "$deb") bytes ($(du -h "$deb" | cut -f1)), installed: $(dpkg-deb -f "$deb" Installed-Size) KiB"

step "Control fields"
for field in Package Version Architecture Section Maintainer Depends Recommends; do
    value=$(dpkg-deb -f "$deb" "$field")
    [ -n "$value" ] || fail "the control field $field is empty"
    echo "$field: $value"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not the project's $version"
[ "$(dpkg-deb -f "$deb" Section)" = video ] || fail "section is not video"

step "Contents"
root=$work/root
dpkg-deb -x "$deb" "$root"
(cd "$root" && find . -type f | sort)
expected=("usr/bin/$package" "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml"
          "usr/share/icons/hicolor/scalable/apps/$app_id.svg" "usr/share/man/man1/$package.1.gz")
for file in "${expected[@]}"; do
    [ -f "$root/$file" ] || fail "the package lacks /$file"
done
for size in 16 22 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x$size/apps/$app_id.png
    [ -f "$png" ] || fail "the package lacks the ${size}x$size icon"
    file -b "$png" | grep -q "^PNG image data, $size x $size," || fail "the ${size}x$size icon is $(file -b "$png")"
done
echo "icons: scalable SVG and PNG 16 22 24 32 48 64 128 256, each of its size"
outside=$(cd "$root" && find . -type f ! -path './usr/*')
[ -z "$outside" ] || fail "files outside /usr: $outside"

step "Validating the .desktop file and AppStream metadata"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
echo "desktop-file-validate: passed"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate "$root/usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate-tree --no-net "$root"
newest_release=$(grep -o '<release version="[^"]*"' "$root/usr/share/metainfo/$app_id.metainfo.xml" | head -1 \
                 | cut -d'"' -f2)
[ "$newest_release" = "$version" ] \
    || fail "the metainfo's newest release is $newest_release, the project's version $version: add a <release>"
echo "metainfo newest release: $newest_release"

step "Installing with apt"
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    fail "$package $(dpkg-query -W -f='${Version}' "$package") is installed already: remove it first" \
         "(apt-get remove $package), so this check can leave the machine as it found it"
fi
installed_packages >"$work/before"
installed_by_us=true
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "apt-get install"; }
installed_packages >"$work/after"
mapfile -t pulled_in < <(comm -13 "$work/before" "$work/after" | grep -vx "$package" || true)
echo "installed $package $(dpkg-query -W -f='${Version}' "$package"); apt also installed: ${pulled_in[*]:-nothing}"

step "Running the installed program"
binary=/usr/bin/$package
[ "$(command -v $package)" = "$binary" ] || fail "$package on PATH is $(command -v $package), not $binary"
if ldd "$binary" | grep 'not found'; then
    fail "libraries missing for $binary"
fi
version_line=$("$binary" --version)
echo "$binary --version: $version_line"
grep -q "$version" <<<"$version_line" || fail "--version does not say $version"

# Prints /api/cameras' answer (on stdin) as a table; succeeds when the four demo cameras are live with pictures.
cameras_live() {
    python3 -c '
import json, sys
cameras = json.load(sys.stdin)
for c in cameras:
    print("  %-10s %-12s %5.1f fps  %sx%s" % (c["id"], c["state"], c["fps"], c["width"], c["height"]))
sys.exit(0 if len(cameras) == 4 and all(c["state"] == "live" and c["fps"] > 0 for c in cameras) else 1)
'
}

# Starts the installed program (MODE headless, or window: offscreen) with a throwaway home, waits for its share address, checks the four demo cameras
# go live with a picture rate, fetches a snapshot, then stops it with SIGTERM and expects exit 0.
run_installed() {
    local mode=$1 environment arguments
    case $mode in
    headless) environment=(-u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM) arguments=(--headless) ;;
    window) environment=(QT_QPA_PLATFORM=offscreen) arguments=() ;;
    esac
    local home=$work/home-$mode out=$work/$mode.out err=$work/$mode.err
    mkdir -p "$home/runtime"
    chmod 700 "$home/runtime"
    env "${environment[@]}" HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime" \
        "$binary" "${arguments[@]}" --demo --share-all --share-port 0 >"$out" 2>"$err" &
    server_pid=$!
    local base=''
    for _ in $(seq 100); do
        base=$(sed -n 's|^share: \(http://127\.0\.0\.1:[0-9]*/\)$|\1|p' "$out")
        [ -n "$base" ] && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$err"; fail "$mode: the program ended before sharing"; }
        sleep 0.2
    done
    [ -n "$base" ] || { cat "$err"; fail "$mode: no share address printed within 20 s"; }
    echo "$mode: $base"
    local cameras=
    for _ in $(seq 60); do
        cameras=$(curl -fsS --max-time 5 "${base}api/cameras") || cameras='[]'
        cameras_live <<<"$cameras" >/dev/null && break
        sleep 0.5
    done
    cameras_live <<<"$cameras" || { cat "$err"; fail "$mode: the four demo cameras are not all live within 30 s"; }
    local id
    id=$(python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])' <<<"$cameras")
    curl -fsS --max-time 5 -o "$work/$mode.jpg" "${base}cameras/$id/snapshot.jpg" || fail "$mode: no snapshot"
    local kind
    kind=$(file -b "$work/$mode.jpg")
    [[ $kind == "JPEG image data"* ]] || fail "$mode: the snapshot is $kind"
    echo "  snapshot of $id: $(stat -c %s "$work/$mode.jpg") bytes: $kind"
    kill -TERM "$server_pid"
    local status=0
    for _ in $(seq 50); do
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$server_pid" 2>/dev/null && fail "$mode: still running 5 s after SIGTERM"
    wait "$server_pid" || status=$?
    server_pid=
    [ "$status" -eq 0 ] || { cat "$err"; fail "$mode: exit status $status after SIGTERM"; }
    echo "  SIGTERM: exit 0"
    if [ -s "$err" ]; then
        echo "  its messages:"
        sed 's/^/    /' "$err"
    fi
}
run_installed headless
run_installed window
echo
echo "The installed package works."
