#!/usr/bin/env bash
# Set up a Debian 12 machine for CCTV Dashboard, build it, and either start it or run every test.
#
#   packaging/quickstart.sh run [ARGS…]   install what is missing, build, start the dashboard
#   packaging/quickstart.sh test          install what is missing, build, run the whole test suite (CTest)
#
# CI=true selects the `ci` preset (warnings are errors). Nothing is downloaded but Debian packages (and, for one test,
# the `onvif` npm package).
set -euo pipefail

cd "$(dirname "$0")/.."
action=${1:-run}
shift || true

# What the build, the program and the tests need, all from Debian 12.
build_packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-multimedia-dev qt6-websockets-dev qt6-httpserver-dev
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    libopencv-dev libavformat-dev libavcodec-dev libswscale-dev libavutil-dev libturbojpeg0-dev libqrencode-dev
)
test_packages=(
    curl openssl ffmpeg python3 python3-websockets python3-gst-1.0 gir1.2-gst-rtsp-server-1.0
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-plugins-ugly
    gstreamer1.0-libav gstreamer1.0-tools chromium nginx xvfb xauth fonts-dejavu-core clang-format iproute2 zbar-tools
    dpkg-dev desktop-file-utils appstream file
    libgl1-mesa-dri
    clang libclang-rt-14-dev ccache
    gdb
)
# Node.js runs an independent ONVIF client (the `onvif` npm package, fetched from npm's registry by its test) against
# our ONVIF camera simulator. A Node.js installed otherwise (with its own npm) serves as well.
command -v npm >/dev/null || test_packages+=(nodejs npm)

install_missing() {
    local missing=()
    local package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

preset=release
[ "${CI:-}" = "true" ] && preset=ci

build() {
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

case "$action" in
run)
    install_missing "${build_packages[@]}"
    build
    binary="build/$preset/app/cctv-dashboard"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display here: starting without a window. Open the share address below in a browser."
        exec "$binary" --headless --share-all "$@"
    fi
    exec "$binary" "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    build
    ctest --preset "$preset" --output-on-failure -j "$(nproc)" "$@"
    ;;
*)
    echo "usage: $0 run [ARGS…] | test [CTEST ARGS…]" >&2
    exit 2
    ;;
esac
