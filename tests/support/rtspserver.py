#!/usr/bin/python3
"""A real RTSP server for tests and benchmarks (GStreamer rtsp-server through Python GI).

Mounts, each a moving test pattern:
  /h264         H.264 Baseline (x264enc tune=zerolatency speed-preset=ultrafast: no CABAC, no deblocking filter)
  /h264main     H.264 Main as IP cameras send it: CABAC and the deblocking filter (speed-preset=superfast)
  /h265         H.265 (x265enc)
  /secure       H.264 behind RTSP Basic authentication (--user/--password)
Binds 127.0.0.1 on --port (0 picks a free one) and prints "PORT <n>" once it accepts connections, then
"PLAYING <mount> <n>" whenever the number of clients playing a mount changes (PLAY, TEARDOWN or a closed
connection), so that a test sees from the server's side which streams a program opens.
Runs with the system interpreter (/usr/bin/python3): the GI bindings are Debian packages.
"""

import argparse
import socket
import sys

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch_line(encoder, width, height, fps, bitrate, gop):
    source = (
        # Bars scrolling sideways: every block of the picture moves, so decoding costs what a busy scene costs.
        f"videotestsrc is-live=true pattern=smpte horizontal-speed=4 ! "
        f"video/x-raw,width={width},height={height},framerate={fps}/1,format=I420 ! "
    )
    if encoder in ("h264", "h264main"):
        preset, profile = ("ultrafast", "baseline") if encoder == "h264" else ("superfast", "main")
        return (
            f"( {source} x264enc tune=zerolatency speed-preset={preset} bitrate={bitrate} key-int-max={fps * gop} ! "
            f"video/x-h264,profile={profile} ! rtph264pay name=pay0 pt=96 config-interval=1 )"
        )
    return (
        f"( {source} x265enc tune=zerolatency speed-preset=ultrafast bitrate={bitrate} key-int-max={fps * gop} ! "
        f"rtph265pay name=pay0 pt=96 config-interval=1 )"
    )


class MountAuth(GstRtspServer.RTSPAuth):
    """Basic authentication on the given mounts only; the others stay open (RTSPAuth alone guards every mount)."""

    def __init__(self, guarded):
        super().__init__()
        self.guarded = guarded

    def do_check(self, ctx, check):
        path = ctx.uri.abspath if ctx.uri is not None else ""
        if not any(path == m or path.startswith(m + "/") for m in self.guarded):
            return True
        return GstRtspServer.RTSPAuth.do_check(self, ctx, check)


def factory(line):
    f = GstRtspServer.RTSPMediaFactory()
    f.set_launch(line)
    f.set_shared(True)
    # A client that goes away must not leave the pipeline for the next one in a stopped state.
    f.set_eos_shutdown(False)
    return f


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--size", default="640x360", help="WxH")
    parser.add_argument("--sub-size", default="", help="WxH of the /sub and /securesub mounts; half the size if not given")
    parser.add_argument("--fps", type=int, default=25)
    parser.add_argument("--bitrate", type=int, default=0, help="kbit/s; 0 picks one for the size")
    parser.add_argument("--gop", type=int, default=2, help="seconds between key frames")
    parser.add_argument("--user", default="viewer")
    parser.add_argument("--password", default="s3cret-pass")
    args = parser.parse_args()

    width, height = (int(v) for v in args.size.lower().split("x"))
    sub_width, sub_height = (
        (int(v) for v in args.sub_size.lower().split("x")) if args.sub_size else (width // 2 // 2 * 2, height // 2 // 2 * 2)
    )
    bitrate = args.bitrate or max(500, width * height * args.fps // 10000)
    port = args.port or free_port()

    Gst.init(None)
    server = GstRtspServer.RTSPServer()
    server.set_address("127.0.0.1")
    server.set_service(str(port))
    mounts = server.get_mount_points()

    def permissions(*roles):
        p = GstRtspServer.RTSPPermissions()
        for role in roles:
            p.add_permission_for_role(role, "media.factory.access", True)
            p.add_permission_for_role(role, "media.factory.construct", True)
        return p

    def add(mount, encoder, *roles, size=(width, height)):
        f = factory(launch_line(encoder, size[0], size[1], args.fps, bitrate, args.gop))
        f.set_permissions(permissions(*roles))
        mounts.add_factory(mount, f)

    add("/h264", "h264", "viewer")
    add("/h264main", "h264main", "viewer")
    if Gst.ElementFactory.find("x265enc"):
        add("/h265", "h265", "viewer")
    else:
        print("x265enc missing: /h265 not served", file=sys.stderr, flush=True)
    add("/secure", "h264", "viewer")
    # A camera's second, smaller stream (the main one being /h264 or /secure), as IP cameras send it.
    add("/sub", "h264", "viewer", size=(sub_width, sub_height))
    add("/securesub", "h264", "viewer", size=(sub_width, sub_height))

    auth = MountAuth(["/secure", "/securesub"])
    token = GstRtspServer.RTSPToken()
    token.set_string("media.factory.role", "viewer")
    auth.add_basic(GstRtspServer.RTSPAuth.make_basic(args.user, args.password), token)
    server.set_auth(auth)

    # Clients playing each mount, told on stdout as it changes.
    playing = {}

    def mount_of(ctx):
        path = ctx.uri.abspath if ctx.uri is not None else ""
        path = path.rstrip("/")
        if "/stream=" in path:
            path = path[: path.index("/stream=")]
        return path

    def changed(mount, delta):
        playing[mount] = playing.get(mount, 0) + delta
        print(f"PLAYING {mount} {playing[mount]}", flush=True)

    def on_client(_server, client):
        played = set()

        def on_play(_client, ctx):
            mount = mount_of(ctx)
            if mount and mount not in played:
                played.add(mount)
                changed(mount, +1)

        def on_teardown(_client, ctx):
            mount = mount_of(ctx)
            if mount in played:
                played.discard(mount)
                changed(mount, -1)

        def on_closed(_client):
            for mount in sorted(played):
                changed(mount, -1)
            played.clear()

        client.connect("play-request", on_play)
        client.connect("teardown-request", on_teardown)
        client.connect("closed", on_closed)

    server.connect("client-connected", on_client)

    if server.attach(None) == 0:
        print(f"cannot listen on 127.0.0.1:{port}", file=sys.stderr, flush=True)
        return 1
    print(f"PORT {port}", flush=True)
    loop = GLib.MainLoop()
    try:
        loop.run()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
