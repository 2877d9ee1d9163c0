#!/usr/bin/env python3
"""Two small RTSP servers for tests (standard library only): a camera that redirects, and the host it points at.

The camera asks for Basic authentication, and once it has the right credentials answers every request with
"302 Moved" to the other host (another port of 127.0.0.1: another origin). The other host challenges for Basic
authentication too, as a thief would, and prints one line per request it receives:

    thief METHOD authorization=yes|no

    rtsp_redirect_peer.py --user U --password P [--same-host] [--tls CERT KEY]

With --tls the camera speaks RTSP over TLS (rtsps) with that certificate, and prints "camera METHOD" for every
request it reads: a client that refuses the certificate sends none.

With --same-host the camera redirects to itself under another path, where it serves nothing but 404 (a redirect
that may keep the credentials). Prints "port N" (the camera's) once both listen. Stops on SIGTERM.
"""
import argparse
import base64
import socket
import ssl
import sys
import threading


def read_request(connection):
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(4096)
        if not chunk:
            return None
        data += chunk
        if len(data) > 65536:
            return None
    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    lines = head.split("\r\n")
    method = lines[0].split(" ")[0]
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return method, lines[0].split(" ")[1] if " " in lines[0] else "", headers


def reply(connection, cseq, status, extra=""):
    connection.sendall(("RTSP/1.0 %s\r\nCSeq: %s\r\n%sContent-Length: 0\r\n\r\n" % (status, cseq, extra)).encode())


def serve(listener, handle):
    while True:
        try:
            connection, _ = listener.accept()
        except (ssl.SSLError, OSError):
            continue  # a client that refused our certificate, or left during the handshake
        threading.Thread(target=session, args=(connection, handle), daemon=True).start()


def session(connection, handle):
    with connection:
        while True:
            try:
                request = read_request(connection)
            except OSError:
                return
            if request is None:
                return
            handle(connection, *request)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--same-host", action="store_true")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    args = parser.parse_args()
    expected = "Basic " + base64.b64encode(("%s:%s" % (args.user, args.password)).encode()).decode()

    camera = socket.create_server(("127.0.0.1", 0))
    if args.tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls[0], args.tls[1])
        camera = context.wrap_socket(camera, server_side=True)
    thief = socket.create_server(("127.0.0.1", 0))
    camera_port = camera.getsockname()[1]
    thief_port = thief.getsockname()[1]
    target = ("rtsp://127.0.0.1:%d/moved" % camera_port) if args.same_host else (
        "rtsp://127.0.0.1:%d/stream" % thief_port)

    def camera_handle(connection, method, uri, headers):
        cseq = headers.get("cseq", "0")
        if args.tls:
            print("camera %s" % method, flush=True)
        if uri.endswith("/moved"):
            print("camera-moved %s authorization=%s" % (method, "yes" if headers.get("authorization") else "no"),
                  flush=True)
            reply(connection, cseq, "404 Not Found")
        elif headers.get("authorization") != expected:
            reply(connection, cseq, "401 Unauthorized", 'WWW-Authenticate: Basic realm="camera"\r\n')
        else:
            reply(connection, cseq, "302 Moved Temporarily", "Location: %s\r\n" % target)

    def thief_handle(connection, method, uri, headers):
        print("thief %s authorization=%s" % (method, "yes" if headers.get("authorization") else "no"), flush=True)
        reply(connection, headers.get("cseq", "0"), "401 Unauthorized", 'WWW-Authenticate: Basic realm="thief"\r\n')

    threading.Thread(target=serve, args=(thief, thief_handle), daemon=True).start()
    print("port %d" % camera_port, flush=True)
    serve(camera, camera_handle)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(0)
