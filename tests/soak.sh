#!/usr/bin/env bash
# Runs the soak test (tests/integration/tst_soak.cpp) for as long as you like, with the binaries of a build:
#   tests/soak.sh [SECONDS] [BUILD_DIR]      e.g. tests/soak.sh 14400   (four hours; default 3600)
# It prints a sample of threads, descriptors and memory every ten seconds and a table of every flap at the end.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-3600}
build_dir=${2:-$source_dir/build/ci}
test_binary=$build_dir/tests/integration/tst_soak
if [[ ! -x $test_binary ]]; then
    echo "soak.sh: $test_binary is missing; build first (cmake --build --preset ci)" >&2
    exit 2
fi
export CCTV_SOAK_SECONDS=$seconds
export CCTV_BINARY=${CCTV_BINARY:-$build_dir/app/cctv-dashboard}
export CCTV_SOURCE_DIR=$source_dir
export QT_QPA_PLATFORM=offscreen
exec "$test_binary" -maxwarnings 0
