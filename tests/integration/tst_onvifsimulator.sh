#!/usr/bin/env bash
# The ONVIF camera simulator (tests/support/onvif_simulator.py) checked against an independent ONVIF client, the
# `onvif` npm package (tests/support/onvif_check.js), so that the simulator our tests trust does not merely mirror
# our own client's reading of the standard. Discovery, device information, both profiles and their RTSP addresses,
# a wrong password refused, a camera 2 h off accepted (the package reads its clock first), HTTP Digest.
#   tests/integration/tst_onvifsimulator.sh NPM_DIR    (the package is installed into NPM_DIR once)
# Exit 77 (CTest: skipped) only when the npm registry cannot be reached; anything else that goes wrong fails.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
support="$here/../support"
npm_dir=${1:?usage: $0 NPM_DIR}
command -v node > /dev/null && command -v npm > /dev/null || { echo "FAIL: node and npm are needed (packaging/quickstart.sh test installs them)"; exit 1; }

if [ ! -f "$npm_dir/node_modules/onvif/package.json" ]; then
    mkdir -p "$npm_dir"
    for attempt in 1 2 3; do
        npm install --prefix "$npm_dir" --no-audit --no-fund --loglevel=error onvif@0.8.3 && break
        [ "$attempt" = 3 ] && { echo "SKIP: the npm registry could not be reached: the onvif package is missing"; exit 77; }
        sleep 5
    done
fi
export NODE_PATH="$npm_dir/node_modules"
echo "independent client: onvif $(node -p "require('onvif/package.json').version") on node $(node --version)"

work=$(mktemp -d)
sim_pid=
cleanup() { [ -z "$sim_pid" ] || kill "$sim_pid" 2> /dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
failures=0

# simulator ARGS…: starts it; sets http_port and udp_port.
simulator() {
    [ -z "$sim_pid" ] || { kill "$sim_pid"; wait "$sim_pid" 2> /dev/null || true; }
    /usr/bin/python3 "$support/onvif_simulator.py" --main-uri rtsp://127.0.0.1:8554/main \
        --sub-uri rtsp://127.0.0.1:8554/sub --name "Bike shed" --model "SimCam 1080" "$@" > "$work/sim.out" 2> "$work/sim.err" &
    sim_pid=$!
    for _ in $(seq 100); do grep -q '^DISCOVERY ' "$work/sim.out" && break; sleep 0.1; done
    http_port=$(sed -n 's/^PORT //p' "$work/sim.out")
    udp_port=$(sed -n 's/^DISCOVERY //p' "$work/sim.out")
    [ -n "$http_port" ] && [ -n "$udp_port" ] || { echo "FAIL: the simulator did not start: $(cat "$work/sim.err")"; exit 1; }
}

# check NAME EXPECTED_EXIT PYTHON_ASSERTIONS -- CLIENT_ARGS…: runs the client; the assertions read its JSON as `r`.
check() {
    local name=$1 expected=$2 assertions=$3 status=0
    shift 4
    node "$support/onvif_check.js" "$@" > "$work/out.json" 2> "$work/err.txt" || status=$?
    if [ "$status" != "$expected" ]; then
        echo "FAIL: $name: the client exited $status, not $expected"; cat "$work/out.json" "$work/err.txt"; failures=$((failures + 1)); return
    fi
    if ! python3 -c "import json, sys; r = json.load(open(sys.argv[1])); $assertions" "$work/out.json"; then
        echo "FAIL: $name"; cat "$work/out.json"; failures=$((failures + 1)); return
    fi
    echo "PASS: $name"
}

simulator --user admin --password 'p4ss:w&rd'
check "discovery, information, both profiles and their addresses" 0 "
d = r['discovery']['found']; assert len(d) == 1 and d[0]['address'].startswith('urn:uuid:'), d
assert 'onvif://www.onvif.org/name/Bike%20shed' in d[0]['scopes'], d
assert d[0]['XAddrs'] == 'http://127.0.0.1:$http_port/onvif/device_service', d
assert r['deviceInformation']['model'] == 'SimCam 1080', r
p = {x['name']: x for x in r['profiles']}
assert (p['mainStream']['width'], p['mainStream']['height'], p['mainStream']['uri']) == (1920, 1080, 'rtsp://127.0.0.1:8554/main'), p
assert (p['subStream']['width'], p['subStream']['height'], p['subStream']['uri']) == (640, 360, 'rtsp://127.0.0.1:8554/sub'), p
" -- 127.0.0.1 "$http_port" admin 'p4ss:w&rd' --discovery-port "$udp_port"
check "a wrong password is refused" 1 "assert 'not authorized' in r['error'].lower(), r" \
    -- 127.0.0.1 "$http_port" admin wrong

simulator --user admin --password secret --clock-skew 7200
check "a camera 2 h ahead accepts a client that reads its clock" 0 "
assert len(r['profiles']) == 2, r
assert abs(r['clockOffsetSeconds'] - 7200) <= 5, r['clockOffsetSeconds']
" -- 127.0.0.1 "$http_port" admin secret

simulator --user admin --password secret --http-digest
check "HTTP Digest" 0 "assert len(r['profiles']) == 2, r" -- 127.0.0.1 "$http_port" admin secret --digest
check "HTTP Digest, wrong password" 1 "assert '401' in r['error'], r" -- 127.0.0.1 "$http_port" admin wrong --digest

simulator --user admin --password secret --quirk-odd-prefixes
check "unusual namespace prefixes" 0 "assert len(r['profiles']) == 2, r" -- 127.0.0.1 "$http_port" admin secret

[ "$failures" = 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "all checks passed"
