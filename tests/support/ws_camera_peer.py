#!/usr/bin/env python3
"""A WebSocket camera for tests: serves JPEG files as a stream of WebSocket messages to every client.

Modes: "relay" sends what seed 000's Django Channels relay sends viewers ({"message": "data:image/jpg;base64,..."}),
"dataurl" the bare data URL, "binary" the JPEG bytes as binary messages, "garbage" text that holds no picture, "oversize" a 24 MiB message.
Prints "port N" once listening. Only the standard library and python3-websockets.
"""
import argparse
import asyncio
import base64
import http
import json
import pathlib
import ssl
import sys

import websockets


def message_for(mode, jpeg, index):
    if mode == "binary":
        return jpeg
    if mode == "garbage":
        return "not a picture %d" % index
    if mode == "oversize":
        return b"\xff\xd8\xff" + bytes(24 * 1024 * 1024)
    data_url = "data:image/jpg;base64," + base64.b64encode(jpeg).decode()
    if mode == "dataurl":
        return data_url
    return json.dumps({"message": data_url})


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--mode", choices=["relay", "dataurl", "binary", "garbage", "oversize"], default="relay")
    parser.add_argument("--fps", type=float, default=10.0)
    parser.add_argument("--frames", help="folder of .jpg files, sent in name order, round and round")
    parser.add_argument("--auth", help="user:password that Basic authentication must carry")
    parser.add_argument("--status", type=int, help="refuse every handshake with this HTTP status")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), help="serve wss:// with this certificate")
    args = parser.parse_args()

    frames = [p.read_bytes() for p in sorted(pathlib.Path(args.frames).glob("*.jpg"))] if args.frames else []
    if args.mode in ("relay", "dataurl", "binary") and not frames:
        sys.exit("no frames")
    expected_auth = "Basic " + base64.b64encode(args.auth.encode()).decode() if args.auth else None

    def process_request(path, headers):
        if args.status:
            return http.HTTPStatus(args.status), [], b"refused\n"
        if expected_auth and headers.get("Authorization") != expected_auth:
            return http.HTTPStatus.UNAUTHORIZED, [("WWW-Authenticate", 'Basic realm="cam"')], b"who are you\n"
        return None

    async def stream(websocket, path=None):
        index = 0
        interval = 1.0 / args.fps
        loop = asyncio.get_running_loop()
        due = loop.time()
        try:
            while True:
                jpeg = frames[index % len(frames)] if frames else b""
                await websocket.send(message_for(args.mode, jpeg, index))
                index += 1
                due += interval
                await asyncio.sleep(max(0.0, due - loop.time()))
        except websockets.ConnectionClosed:
            pass

    tls = None
    if args.tls:
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.load_cert_chain(args.tls[0], args.tls[1])

    async with websockets.serve(stream, "127.0.0.1", args.port, process_request=process_request,
                                max_size=2**20, ssl=tls) as server:
        print("port %d" % server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Future()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
