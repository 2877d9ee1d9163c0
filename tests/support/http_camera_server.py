#!/usr/bin/env python3
"""An HTTP camera for tests (standard library only): MJPEG streams in the shapes real cameras send, Basic and
Digest authentication, and the failures a dashboard must survive.

    http_camera_server.py --port N --frames DIR [--user U --password P] [--tls-cert PEM --tls-key PEM]

Prints "ready" once it listens. Stops on SIGTERM; may be started again on the same port at once.

    /stream?shape=S&fps=N   S: standard, quoted, dashes, lf, nolength, lfnolength, extraheaders, preamble, noblank,
                            damaged (every fourth part random bytes labelled image/jpeg)
    /basic/stream           the standard stream behind Basic authentication
    /digest/stream          the standard stream behind Digest authentication (MD5, qop=auth)
    /snapshot.jpg           one JPEG (400 if the request still carries `poll`)
    /stall?frames=N&fps=F   N pictures, then silence with the connection open
    /trickle                a part that never completes: one byte every 100 ms
    /garbage                a multipart head, then random bytes
    /rawgarbage             random bytes, not even an HTTP answer
    /html                   a web page
    /redirect?to=URL        302 to URL (another path, or another server: where credentials must not follow)
    /stats                  JSON: requests per path, 401 answers, whether a password was seen in a request line,
                            requests that carried an Authorization header
    anything else           404
"""

import argparse
import base64
import hashlib
import json
import os
import re
import secrets
import signal
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

REALM = "cctv-test"


class State:
    def __init__(self, frames, user, password):
        self.frames = frames
        self.user = user
        self.password = password
        self.lock = threading.Lock()
        self.requests = {}
        self.unauthorized = 0
        self.password_in_request_line = False
        self.poll_seen = False
        self.authorization_seen = 0
        self.nonces = set()


def md5(text):
    return hashlib.md5(text.encode()).hexdigest()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # streams end when the connection closes

    def log_message(self, *args):
        pass

    @property
    def state(self):
        return self.server.state

    def do_GET(self):
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        with self.state.lock:
            self.state.requests[url.path] = self.state.requests.get(url.path, 0) + 1
            if self.state.password and self.state.password in self.requestline:
                self.state.password_in_request_line = True
            if self.headers.get("Authorization"):
                self.state.authorization_seen += 1
        try:
            self.route(url.path, query)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def route(self, path, query):
        if path == "/stats":
            with self.state.lock:
                body = json.dumps({"requests": self.state.requests, "unauthorized": self.state.unauthorized,
                                   "passwordInRequestLine": self.state.password_in_request_line,
                                   "pollSeen": self.state.poll_seen,
                                   "authorizationSeen": self.state.authorization_seen}).encode()
            self.reply(200, "application/json", body)
        elif path == "/stream":
            self.stream(query.get("shape", ["standard"])[0], self.number(query, "fps", 25))
        elif path == "/basic/stream":
            if self.basic_ok():
                self.stream("standard", 25)
            else:
                self.challenge('Basic realm="%s"' % REALM)
        elif path == "/digest/stream":
            if self.digest_ok():
                self.stream("standard", 25)
            else:
                nonce = secrets.token_hex(16)
                with self.state.lock:
                    self.state.nonces.add(nonce)
                self.challenge('Digest realm="%s", qop="auth", nonce="%s", opaque="%s", algorithm=MD5'
                               % (REALM, nonce, md5("opaque")))
        elif path == "/snapshot.jpg":
            if "poll" in query:
                with self.state.lock:
                    self.state.poll_seen = True
                self.reply(400, "text/plain", b"unexpected poll parameter\n")
            else:
                count = self.state.requests.get(path, 1)
                self.reply(200, "image/jpeg", self.state.frames[count % len(self.state.frames)])
        elif path == "/stall":
            self.stream("standard", self.number(query, "fps", 10), limit=self.number(query, "frames", 10))
            while True:
                time.sleep(1)  # silence, connection open, until the client leaves or the server stops
        elif path == "/trickle":
            self.head("multipart/x-mixed-replace; boundary=frame")
            frame = self.state.frames[0]
            self.wfile.write(b"--frame\r\nContent-Type: image/jpeg\r\nContent-Length: %d\r\n\r\n" % len(frame))
            for byte in frame:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/garbage":
            self.head("multipart/x-mixed-replace; boundary=frame")
            for _ in range(64):
                self.wfile.write(os.urandom(4096))
                self.wfile.flush()
                time.sleep(0.01)
        elif path == "/rawgarbage":
            self.wfile.write(os.urandom(4096))
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", query.get("to", ["/"])[0])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/html":
            self.reply(200, "text/html; charset=utf-8", b"<html><body>Welcome to the camera</body></html>\n")
        else:
            self.reply(404, "text/plain", b"not found\n")

    @staticmethod
    def number(query, name, default):
        try:
            return float(query[name][0])
        except (KeyError, ValueError):
            return default

    def reply(self, status, content_type, body, extra=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def head(self, content_type):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()

    def challenge(self, header):
        with self.state.lock:
            self.state.unauthorized += 1
        self.reply(401, "text/plain", b"authentication required\n", [("WWW-Authenticate", header)])

    def basic_ok(self):
        expected = base64.b64encode(("%s:%s" % (self.state.user, self.state.password)).encode()).decode()
        return self.headers.get("Authorization", "") == "Basic " + expected

    def digest_ok(self):
        header = self.headers.get("Authorization", "")
        if not header.startswith("Digest "):
            return False
        fields = dict((k, v1 or v2) for k, v1, v2 in re.findall(r'(\w+)=(?:"([^"]*)"|([^\s,]*))', header[7:]))
        with self.state.lock:
            if fields.get("nonce") not in self.state.nonces:
                return False
        if fields.get("username") != self.state.user or fields.get("realm") != REALM:
            return False
        if fields.get("uri") != self.path:
            return False
        ha1 = md5("%s:%s:%s" % (self.state.user, REALM, self.state.password))
        ha2 = md5("GET:%s" % fields["uri"])
        if fields.get("qop") == "auth":
            expected = md5(":".join([ha1, fields["nonce"], fields.get("nc", ""), fields.get("cnonce", ""), "auth",
                                     ha2]))
        else:
            expected = md5("%s:%s:%s" % (ha1, fields["nonce"], ha2))
        return fields.get("response") == expected

    def stream(self, shape, fps, limit=None):
        eol = b"\n" if shape in ("lf", "lfnolength") else b"\r\n"
        boundary = b"frame"
        declared = "frame"
        if shape == "quoted":
            boundary, declared = b"myboundary", '"--myboundary"'  # declared with the dashes it is sent with
        elif shape == "dashes":
            boundary, declared = b"----frame", "--frame"
        self.head("multipart/x-mixed-replace; boundary=%s" % declared)
        if shape == "preamble":
            self.wfile.write(b"This is a multipart MJPEG stream." + eol + eol)
        with_length = shape not in ("nolength", "lfnolength", "noblank")
        sent = 0
        start = time.monotonic()
        while limit is None or sent < limit:
            frame = self.state.frames[sent % len(self.state.frames)]
            if shape == "damaged" and sent % 4 == 3:
                frame = b"\x00" + os.urandom(len(frame) - 1)  # never a JPEG start: a picture no decoder can read
            part = b"--" + boundary + eol + b"Content-Type: image/jpeg" + eol
            if shape == "extraheaders":
                part += b"X-Timestamp: %.3f" % time.time() + eol + b"Content-Disposition: inline" + eol
                part += b"X-Frame-Number: %d" % sent + eol
            if with_length:
                part += b"Content-Length: %d" % len(frame) + eol
            if shape != "noblank":
                part += eol
            self.wfile.write(part + frame + eol)
            self.wfile.flush()
            sent += 1
            delay = start + sent / fps - time.monotonic()
            if delay > 0:
                time.sleep(delay)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--frames", required=True, help="folder of .jpg files served in name order")
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    parser.add_argument("--tls-cert", help="serve HTTPS with this certificate (PEM)")
    parser.add_argument("--tls-key", help="and this private key (PEM)")
    args = parser.parse_args()
    names = sorted(n for n in os.listdir(args.frames) if n.endswith(".jpg"))
    frames = [open(os.path.join(args.frames, n), "rb").read() for n in names]
    if not frames:
        sys.exit("no .jpg files in " + args.frames)
    ThreadingHTTPServer.allow_reuse_address = True
    ThreadingHTTPServer.daemon_threads = True
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.state = State(frames, args.user, args.password)
    if args.tls_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        # A client that refuses the certificate fails its own accept() only: socketserver ignores OSError there.
        server.socket = context.wrap_socket(server.socket, server_side=True)
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
