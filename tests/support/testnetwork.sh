#!/usr/bin/env bash
# A second host for tests: a network namespace joined to this one by a veth pair, on 198.18.0.0/30 (the range
# set aside for network tests, RFC 2544). Traffic stays inside this machine.
#   testnetwork.sh up NAME     -> this side 198.18.0.1, the namespace 198.18.0.2
#   testnetwork.sh down NAME
set -euo pipefail
action=$1
name=$2
host_if="v${name:0:10}h"
case "$action" in
up)
    ip netns add "$name"
    ip link add "$host_if" type veth peer name eth0 netns "$name"
    ip addr add 198.18.0.1/30 dev "$host_if"
    ip link set "$host_if" up
    ip netns exec "$name" ip addr add 198.18.0.2/30 dev eth0
    ip netns exec "$name" ip link set eth0 up
    ip netns exec "$name" ip link set lo up
    ;;
down)
    ip link del "$host_if" 2>/dev/null || true
    ip netns del "$name" 2>/dev/null || true
    ;;
*)
    echo "usage: $0 up|down NAME" >&2
    exit 2
    ;;
esac
