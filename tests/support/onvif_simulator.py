#!/usr/bin/python3
"""An ONVIF IP camera for tests: WS-Discovery over UDP and the SOAP 1.2 device and media services over HTTP.

An ONVIF camera cannot exist on a CI machine; this stands in for one. It serves what a client needs to turn a
camera into stream addresses:
  UDP  --discovery-port  WS-Discovery: a Probe (types dn:NetworkVideoTransmitter and/or tds:Device, or none) gets a
                         ProbeMatches sent back to its sender. --multicast ADDR also joins 239.255.255.250:3702 on
                         the interface that has ADDR.
  HTTP --http-port       POST /onvif/device_service: GetSystemDateAndTime, GetDeviceInformation, GetCapabilities,
                         GetServices. POST /onvif/media_service (ONVIF Media ver10): GetProfiles (Profile_1
                         "mainStream" 1920x1080 H264, Profile_2 "subStream" 640x360 H264), GetVideoSources,
                         GetStreamUri (--main-uri / --sub-uri). Anything else: a SOAP fault ter:ActionNotSupported.
With --user, every call but GetSystemDateAndTime needs a WS-Security UsernameToken (PasswordDigest) whose Created is
within --max-skew seconds of the camera's clock (real UTC + --clock-skew), or HTTP Digest instead (--http-digest).
The --quirk-* switches reproduce what real cameras get wrong (see --help).

Prints "PORT <http port>" then "DISCOVERY <udp port>" once both listen, logs one line per request on stderr, and runs
until killed. Standard library only:
  /usr/bin/python3 tests/support/onvif_simulator.py --user admin --password secret [--quirk-...]
"""

import argparse
import base64
import datetime
import hashlib
import hmac
import itertools
import re
import secrets
import socket
import sys
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote, urlsplit, urlunsplit
from xml.sax.saxutils import escape, quoteattr

NS = {
    "env": "http://www.w3.org/2003/05/soap-envelope",
    "tds": "http://www.onvif.org/ver10/device/wsdl",
    "trt": "http://www.onvif.org/ver10/media/wsdl",
    "tt": "http://www.onvif.org/ver10/schema",
    "ter": "http://www.onvif.org/ver10/error",
    "wsa": "http://schemas.xmlsoap.org/ws/2004/08/addressing",
    "d": "http://schemas.xmlsoap.org/ws/2005/04/discovery",
    "dn": "http://www.onvif.org/ver10/network/wsdl",
}
# Clients must go by namespace, never by prefix: --quirk-odd-prefixes renames every one, as gSOAP-made firmwares do.
USUAL_PREFIXES = {key: key for key in NS}
ODD_PREFIXES = {"env": "SOAP-ENV", "tds": "ns1", "trt": "ns2", "tt": "ns3", "ter": "ns4", "wsa": "ns5", "d": "ns6",
                "dn": "ns7"}

DEVICE_PATH = "/onvif/device_service"
MEDIA_PATH = "/onvif/media_service"
MULTICAST_GROUP = "239.255.255.250"
MULTICAST_PORT = 3702
OUR_TYPES = {(NS["dn"], "NetworkVideoTransmitter"), (NS["tds"], "Device")}
DIGEST_REALM = "ONVIF Simulator"
MAX_REQUEST = 1 << 20  # a SOAP request of ours is a few kB; more is a client bug
HUGE_BYTES = 8 << 20  # --quirk-huge: the size GetProfiles grows to
OTHER_NETWORK_HOST = "192.168.77.10"  # --quirk-other-network; only ever written into answers, never contacted

# (token, name, width, height, kbit/s, which URI option)
PROFILES = [
    ("Profile_1", "mainStream", 1920, 1080, 4096, "main_uri"),
    ("Profile_2", "subStream", 640, 360, 512, "sub_uri"),
]


def log(line):
    print(f"{time.strftime('%H:%M:%S')} {line}", file=sys.stderr, flush=True)


# --- Reading XML ----------------------------------------------------------------------------------------------------

def local(name):
    """The local part of an ElementTree tag: '{ns}Probe' -> 'Probe'. Clients use any prefix, so we match on this."""
    return name.rsplit("}", 1)[-1]


def child(elem, name):
    if elem is None:
        return None
    return next((c for c in elem if local(c.tag) == name), None)


def descendant(elem, name):
    if elem is None:
        return None
    return next((e for e in elem.iter() if local(e.tag) == name), None)


def text_of(elem):
    return (elem.text or "").strip() if elem is not None else ""


def parse_xml(data):
    """The root element and the prefixes the document declares (a Types text like "dn:Device" needs them).

    The prefix map is flat, first declaration wins: enough for probes, which declare each prefix once."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        # SOAP 1.2 forbids a DTD in a message; refusing it also keeps entity expansion out of a test helper.
        raise ET.ParseError("a DTD in a SOAP message")
    parser = ET.XMLPullParser(events=("start-ns", "end"))
    parser.feed(data)
    parser.close()
    prefixes, root = {}, None
    for event, item in parser.read_events():
        if event == "start-ns":
            prefixes.setdefault(item[0], item[1])
        else:
            root = item
    return root, prefixes


DATETIME = re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?$")


def parse_datetime(text):
    """An xs:dateTime as clients write Created: '2024-05-01T10:00:00Z', with fractions, an offset, or no zone (UTC)."""
    m = DATETIME.match(text.strip())
    if not m:
        return None
    zone = m.group(8) or "Z"
    offset = 0 if zone == "Z" else (1 if zone[0] == "+" else -1) * (int(zone[1:3]) * 60 + int(zone[4:6]))
    try:
        value = datetime.datetime(*(int(g) for g in m.group(1, 2, 3, 4, 5, 6)),
                                  tzinfo=datetime.timezone(datetime.timedelta(minutes=offset)))
    except ValueError:
        return None
    return value + datetime.timedelta(seconds=float(m.group(7) or 0))


# --- Writing XML ----------------------------------------------------------------------------------------------------
# Answers are written as text, not with ElementTree, so that the prefixes are exactly the ones we choose.

def tag(p, name, *children, attrs=""):
    """<prefix:Local attrs>children</prefix:Local>; `name` is written with our usual prefix ('tt:Width')."""
    key, name_local = name.split(":")
    qname = f"{p[key]}:{name_local}"
    return f"<{qname}{attrs}>{''.join(children)}</{qname}>"


def leaf(p, name, value, attrs=""):
    return tag(p, name, escape(str(value)), attrs=attrs)


def entity_bomb(root_name):
    """The "billion laughs": ten levels of entities, each ten of the one below (10^9 'lol's if expanded)."""
    lines = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return f"<!DOCTYPE {root_name} [\n  " + "\n  ".join(lines) + "\n]>\n"


def envelope(p, body, header="", entities=False):
    env = p["env"]
    declarations = " ".join(f'xmlns:{p[key]}="{uri}"' for key, uri in NS.items())
    doctype = ""
    if entities:
        doctype = entity_bomb(f"{env}:Envelope")
        # An element nobody asked for, whose text is the whole bomb: a parser that expands entities blows up here.
        header += tag(p, "tt:Comment", "&lol9;")
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<{env}:Envelope {declarations}>'
            f"<{env}:Header>{header}</{env}:Header><{env}:Body>{body}</{env}:Body></{env}:Envelope>").encode()


def fault_body(p, code, subcodes, reason):
    """A SOAP 1.2 Fault; `subcodes` are ONVIF error names (ter:), nested as the Core specification lists them."""
    nested = ""
    for subcode in reversed(subcodes):
        nested = tag(p, "env:Subcode", leaf(p, "env:Value", f"{p['ter']}:{subcode}"), nested)
    return tag(p, "env:Fault",
               tag(p, "env:Code", leaf(p, "env:Value", f"{p['env']}:{code}"), nested),
               tag(p, "env:Reason", leaf(p, "env:Text", reason, attrs=' xml:lang="en"')))


# --- The camera -----------------------------------------------------------------------------------------------------

class Reply:
    def __init__(self, status, body, operation="-", note="", headers=()):
        self.status, self.body, self.operation, self.note, self.headers = status, body, operation, note, list(headers)


class Camera:
    """Everything the camera says, as pure answers to bytes; the HTTP and UDP servers only carry them."""

    def __init__(self, args, http_port):
        self.args = args
        self.p = ODD_PREFIXES if args.quirk_odd_prefixes else USUAL_PREFIXES
        host = args.multicast if args.host in ("0.0.0.0", "") and args.multicast else args.host
        self.device_url = f"http://{host}:{http_port}{DEVICE_PATH}"
        self.media_url = f"http://{host}:{http_port}{MEDIA_PATH}"
        self.endpoint = args.uuid if args.uuid.startswith("urn:") else f"urn:uuid:{args.uuid}"
        self.scopes = [
            f"onvif://www.onvif.org/name/{quote(args.name, safe='')}",
            f"onvif://www.onvif.org/hardware/{quote(args.model, safe='')}",
            "onvif://www.onvif.org/type/video_encoder",
            "onvif://www.onvif.org/Profile/Streaming",
        ]
        self.instance_id = int(time.time())
        self.message_numbers = itertools.count(1)
        self.lock = threading.Lock()
        self.used_nonces = {}  # WS-Security nonce -> when seen: a replayed token is refused, as Axis cameras do
        self.digest_nonces = {}  # HTTP Digest nonce we issued -> when
        self.huge_profiles = None
        self.handlers = {
            "GetSystemDateAndTime": self.get_system_date_and_time,
            "GetDeviceInformation": self.get_device_information,
            "GetCapabilities": self.get_capabilities,
            "GetServices": self.get_services,
            "GetProfiles": self.get_profiles,
            "GetVideoSources": self.get_video_sources,
            "GetStreamUri": self.get_stream_uri,
        }

    def now(self):
        return datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=self.args.clock_skew)

    def envelope(self, body, header=""):
        return envelope(self.p, body, header, entities=self.args.quirk_entities)

    # --- WS-Discovery ---

    def discovery_reply(self, datagram):
        """(ProbeMatches bytes or None, what happened) for one datagram."""
        try:
            root, prefixes = parse_xml(datagram)
        except ET.ParseError as e:
            return None, f"not XML ({e}): ignored"
        probe = child(child(root, "Body"), "Probe")
        if probe is None:
            return None, "not a Probe: ignored"
        message_id = text_of(descendant(child(root, "Header"), "MessageID"))
        wanted = text_of(child(probe, "Types")).split()
        if self.args.quirk_undecorated_probe_only and wanted:
            return None, f"Probe for {' '.join(wanted)}: ignored (--quirk-undecorated-probe-only)"
        if not all(self.is_our_type(qname, prefixes) for qname in wanted):
            return None, f"Probe for {' '.join(wanted)}: not ours"
        scopes = text_of(child(probe, "Scopes")).split()
        if not all(any(ours.startswith(s) for ours in self.scopes) for s in scopes):
            return None, f"Probe for scopes {' '.join(scopes)}: not ours"
        return self.probe_matches(message_id), f"Probe {message_id} types={' '.join(wanted) or '-'}: answered"

    @staticmethod
    def is_our_type(qname, prefixes):
        prefix, _, name = qname.rpartition(":")
        namespace = prefixes.get(prefix)
        if namespace is None:
            # An undeclared prefix: cameras go by the local name then, and so do we.
            return any(name == ours for _, ours in OUR_TYPES)
        return (namespace, name) in OUR_TYPES

    def probe_matches(self, relates_to):
        p = self.p
        header = (leaf(p, "wsa:MessageID", f"urn:uuid:{uuid.uuid4()}")
                  + leaf(p, "wsa:RelatesTo", relates_to)
                  + leaf(p, "wsa:To", "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous")
                  + leaf(p, "wsa:Action", "http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches")
                  + tag(p, "d:AppSequence", attrs=f' InstanceId="{self.instance_id}"'
                                                  f' MessageNumber="{next(self.message_numbers)}"'))
        match = tag(p, "d:ProbeMatch",
                    tag(p, "wsa:EndpointReference", leaf(p, "wsa:Address", self.endpoint)),
                    leaf(p, "d:Types", f"{p['dn']}:NetworkVideoTransmitter {p['tds']}:Device"),
                    leaf(p, "d:Scopes", " ".join(self.scopes)),
                    leaf(p, "d:XAddrs", self.device_url),
                    leaf(p, "d:MetadataVersion", 1))
        return self.envelope(tag(p, "d:ProbeMatches", match), header)

    # --- SOAP over HTTP ---

    def fault(self, status, code, subcodes, reason, operation="-", headers=()):
        body = self.envelope(fault_body(self.p, code, subcodes, reason))
        return Reply(status, body, operation, f"fault {'/'.join(subcodes)}: {reason}", headers)

    def not_authorized(self, operation, why):
        # ONVIF Core: a refused UsernameToken is HTTP 400 with env:Sender / ter:NotAuthorized.
        return self.fault(400, "Sender", ["NotAuthorized"], f"Sender not authorized: {why}", operation)

    def soap(self, method, path, authorization, data):
        if path.split("?")[0] not in (DEVICE_PATH, MEDIA_PATH):
            return Reply(404, b"", note="no such service")
        try:
            root, _ = parse_xml(data)
        except ET.ParseError as e:
            return self.fault(400, "Sender", ["WellFormed"], f"Not a well-formed SOAP message: {e}")
        body = child(root, "Body")
        if local(root.tag) != "Envelope" or body is None or len(body) == 0:
            return self.fault(400, "Sender", ["WellFormed"], "Not a SOAP envelope with a body")
        request = body[0]
        operation = local(request.tag)
        # Both paths serve every operation, as most cameras do: clients are not tested on which one they pick.
        if self.args.user and operation != "GetSystemDateAndTime":
            if self.args.http_digest:
                denied = self.digest_denial(method, path, authorization, operation)
            else:
                denied = self.wsse_denial(child(root, "Header"), operation)
            if denied:
                return denied
        handler = self.handlers.get(operation)
        if handler is None:
            # ONVIF Core lists "optional action not implemented" as env:Receiver / ter:ActionNotSupported, HTTP 500.
            return self.fault(500, "Receiver", ["ActionNotSupported"], f"{operation} is not implemented", operation)
        return handler(request, operation)

    def wsse_denial(self, header, operation):
        """None when the WS-Security UsernameToken is right; otherwise the fault to answer."""
        token = descendant(descendant(header, "Security"), "UsernameToken")
        if token is None:
            return self.not_authorized(operation, "no WS-Security UsernameToken")
        username = text_of(child(token, "Username"))
        password = child(token, "Password")
        nonce_text = text_of(child(token, "Nonce"))
        created_text = text_of(child(token, "Created"))
        if username != self.args.user:
            return self.not_authorized(operation, "unknown user")
        if password is None or not password.get("Type", "").endswith("#PasswordDigest"):
            return self.not_authorized(operation, "the password must be a PasswordDigest")
        try:
            nonce = base64.b64decode(nonce_text, validate=True)
        except ValueError:
            return self.not_authorized(operation, "the Nonce is not base64")
        expected = base64.b64encode(hashlib.sha1(
            nonce + created_text.encode() + self.args.password.encode()).digest()).decode()
        if not hmac.compare_digest(expected, text_of(password)):
            return self.not_authorized(operation, "wrong password digest")
        created = parse_datetime(created_text)
        if created is None:
            return self.not_authorized(operation, f"Created {created_text!r} is not an xs:dateTime")
        # --quirk-token-true-time: the clock it checks tokens by is not the one it tells (an NTP-set check beside a
        # displayed clock left wrong).
        now = datetime.datetime.now(datetime.timezone.utc) if self.args.quirk_token_true_time else self.now()
        drift = (created - now).total_seconds()
        if abs(drift) > self.args.max_skew:
            return self.not_authorized(
                operation, f"Created {created_text} is {drift:+.0f} s from the camera's clock "
                           f"({now:%Y-%m-%dT%H:%M:%SZ}), more than the {self.args.max_skew:g} s allowed")
        with self.lock:
            # Forget what is older than any token we would still accept.
            horizon = time.monotonic() - 2 * self.args.max_skew - 60
            self.used_nonces = {n: t for n, t in self.used_nonces.items() if t > horizon}
            if nonce_text in self.used_nonces:
                return self.not_authorized(operation, "this Nonce was used before (replay)")
            self.used_nonces[nonce_text] = time.monotonic()
        return None

    def digest_denial(self, method, path, authorization, operation):
        """None when the HTTP Digest (RFC 7616, MD5, qop=auth) Authorization is right; otherwise a 401."""
        params = digest_params(authorization or "")
        if params is None:
            return self.challenge(operation, "HTTP Digest authentication required")
        with self.lock:
            now = time.monotonic()
            self.digest_nonces = {n: t for n, t in self.digest_nonces.items() if now - t < 600}
            known = params.get("nonce") in self.digest_nonces
        if params.get("username") != self.args.user or params.get("realm") != DIGEST_REALM:
            return self.challenge(operation, "unknown user or realm")
        if params.get("algorithm", "MD5").upper() != "MD5" or params.get("qop") != "auth":
            return self.challenge(operation, "only algorithm=MD5 with qop=auth is offered")
        if params.get("uri") != path:
            return self.challenge(operation, f"uri {params.get('uri')!r} is not the request's {path!r}")
        ha1 = md5_hex(f"{self.args.user}:{DIGEST_REALM}:{self.args.password}")
        ha2 = md5_hex(f"{method}:{params['uri']}")
        expected = md5_hex(f"{ha1}:{params.get('nonce')}:{params.get('nc')}:{params.get('cnonce')}:auth:{ha2}")
        if not hmac.compare_digest(expected, params.get("response", "").lower()):
            return self.challenge(operation, "wrong password")
        if not known:
            return self.challenge(operation, "stale nonce", stale=True)
        return None

    def challenge(self, operation, why, stale=False):
        nonce = secrets.token_hex(16)
        with self.lock:
            self.digest_nonces[nonce] = time.monotonic()
        header = (f'Digest realm="{DIGEST_REALM}", qop="auth", nonce="{nonce}", '
                  f'opaque="{secrets.token_hex(8)}", algorithm=MD5, stale={"true" if stale else "false"}')
        return self.fault(401, "Sender", ["NotAuthorized"], f"Sender not authorized: {why}", operation,
                          headers=[("WWW-Authenticate", header)])

    # --- Operations: each takes the request element and returns a Reply ---

    def ok(self, operation, body):
        return Reply(200, self.envelope(body), operation)

    def get_system_date_and_time(self, request, operation):
        p, now = self.p, self.now()
        stamp = (tag(p, "tt:Time", leaf(p, "tt:Hour", now.hour), leaf(p, "tt:Minute", now.minute),
                     leaf(p, "tt:Second", now.second))
                 + tag(p, "tt:Date", leaf(p, "tt:Year", now.year), leaf(p, "tt:Month", now.month),
                       leaf(p, "tt:Day", now.day)))
        return self.ok(operation, tag(p, "tds:GetSystemDateAndTimeResponse", tag(
            p, "tds:SystemDateAndTime",
            leaf(p, "tt:DateTimeType", "Manual"), leaf(p, "tt:DaylightSavings", "false"),
            tag(p, "tt:TimeZone", leaf(p, "tt:TZ", "UTC0")),
            tag(p, "tt:UTCDateTime", stamp), tag(p, "tt:LocalDateTime", stamp))))

    def get_device_information(self, request, operation):
        p, a = self.p, self.args
        return self.ok(operation, tag(
            p, "tds:GetDeviceInformationResponse",
            leaf(p, "tds:Manufacturer", a.manufacturer), leaf(p, "tds:Model", a.model),
            leaf(p, "tds:FirmwareVersion", a.firmware),
            leaf(p, "tds:SerialNumber", self.endpoint.rsplit(":", 1)[-1][:8].upper()),
            leaf(p, "tds:HardwareId", "SIM-1")))

    def get_capabilities(self, request, operation):
        p = self.p
        categories = {text_of(c) for c in request if local(c.tag) == "Category"} or {"All"}
        parts = []
        if categories & {"All", "Device"}:
            parts.append(tag(p, "tt:Device", leaf(p, "tt:XAddr", self.device_url)))
        if categories & {"All", "Media"}:
            parts.append(tag(p, "tt:Media", leaf(p, "tt:XAddr", self.media_url), tag(
                p, "tt:StreamingCapabilities", leaf(p, "tt:RTPMulticast", "false"), leaf(p, "tt:RTP_TCP", "true"),
                leaf(p, "tt:RTP_RTSP_TCP", "true"))))
        if not parts:
            return self.fault(500, "Receiver", ["ActionNotSupported", "NoSuchService"],
                              f"No such service: {' '.join(sorted(categories))}", operation)
        return self.ok(operation, tag(p, "tds:GetCapabilitiesResponse", tag(p, "tds:Capabilities", *parts)))

    def get_services(self, request, operation):
        p = self.p
        with_capabilities = text_of(child(request, "IncludeCapability")).lower() in ("true", "1")
        services = [
            (NS["tds"], self.device_url, tag(p, "tds:Capabilities", attrs=' MaxUserNameLength="32"')),
            (NS["trt"], self.media_url, tag(
                p, "trt:Capabilities",
                tag(p, "trt:ProfileCapabilities", attrs=f' MaximumNumberOfProfiles="{len(PROFILES)}"'),
                tag(p, "trt:StreamingCapabilities", attrs=' RTPMulticast="false" RTP_TCP="true" RTP_RTSP_TCP="true"'),
                attrs=' SnapshotUri="false" Rotation="false"')),
        ]
        listed = "".join(tag(p, "tds:Service",
                             leaf(p, "tds:Namespace", namespace), leaf(p, "tds:XAddr", xaddr),
                             tag(p, "tds:Capabilities", capabilities) if with_capabilities else "",
                             tag(p, "tds:Version", leaf(p, "tt:Major", 2), leaf(p, "tt:Minor", 60)))
                         for namespace, xaddr, capabilities in services)
        return self.ok(operation, tag(p, "tds:GetServicesResponse", listed))

    def profile(self, token, name, width, height, kbits, index):
        p = self.p
        source = tag(p, "tt:VideoSourceConfiguration",
                     leaf(p, "tt:Name", "VideoSourceConfig_1"), leaf(p, "tt:UseCount", len(PROFILES)),
                     leaf(p, "tt:SourceToken", "VideoSource_1"),
                     tag(p, "tt:Bounds", attrs=' x="0" y="0" width="1920" height="1080"'),
                     attrs=' token="VideoSourceConfig_1"')
        encoder = tag(p, "tt:VideoEncoderConfiguration",
                      leaf(p, "tt:Name", f"VideoEncoder_{index}"), leaf(p, "tt:UseCount", 1),
                      leaf(p, "tt:Encoding", "H264"),
                      tag(p, "tt:Resolution", leaf(p, "tt:Width", width), leaf(p, "tt:Height", height)),
                      leaf(p, "tt:Quality", 4),
                      tag(p, "tt:RateControl", leaf(p, "tt:FrameRateLimit", 25), leaf(p, "tt:EncodingInterval", 1),
                          leaf(p, "tt:BitrateLimit", kbits)),
                      tag(p, "tt:H264", leaf(p, "tt:GovLength", 50), leaf(p, "tt:H264Profile", "Main")),
                      tag(p, "tt:Multicast",
                          tag(p, "tt:Address", leaf(p, "tt:Type", "IPv4"), leaf(p, "tt:IPv4Address", "0.0.0.0")),
                          leaf(p, "tt:Port", 0), leaf(p, "tt:TTL", 1), leaf(p, "tt:AutoStart", "false")),
                      leaf(p, "tt:SessionTimeout", "PT60S"),
                      attrs=f' token="VideoEncoder_{index}"')
        return tag(p, "trt:Profiles", leaf(p, "tt:Name", name), source, encoder,
                   attrs=f" token={quoteattr(token)} fixed=\"true\"")

    def get_profiles(self, request, operation):
        listed = "".join(self.profile(token, name, w, h, kbits, i + 1)
                         for i, (token, name, w, h, kbits, _) in enumerate(PROFILES))
        if self.args.quirk_huge:
            # A broken device listing thousands of profiles: the answer runs to HUGE_BYTES, well-formed to the end.
            if self.huge_profiles is None:
                extra, n = [], len(PROFILES)
                while sum(map(len, extra)) < HUGE_BYTES:
                    n += 1
                    extra.append(self.profile(f"Profile_{n}", f"extra{n}", 640, 360, 512, n))
                self.huge_profiles = "".join(extra)
            listed += self.huge_profiles
        return self.ok(operation, tag(self.p, "trt:GetProfilesResponse", listed))

    def get_video_sources(self, request, operation):
        # Not asked of us by every client, but the `onvif` npm package drops every profile when this call fails.
        p = self.p
        return self.ok(operation, tag(p, "trt:GetVideoSourcesResponse", tag(
            p, "trt:VideoSources", leaf(p, "tt:Framerate", 25),
            tag(p, "tt:Resolution", leaf(p, "tt:Width", 1920), leaf(p, "tt:Height", 1080)),
            attrs=' token="VideoSource_1"')))

    def get_stream_uri(self, request, operation):
        p = self.p
        token = text_of(child(request, "ProfileToken"))
        found = [(i, option) for i, (t, _, _, _, _, option) in enumerate(PROFILES) if t == token]
        if not found and self.args.quirk_huge and re.fullmatch(r"Profile_\d+", token):
            found = [(len(PROFILES) - 1, PROFILES[-1][5])]  # the extra profiles of --quirk-huge stream as the sub one
        if not found:
            return self.fault(400, "Sender", ["InvalidArgVal", "NoProfile"], f"No profile {token!r}", operation)
        index, option = found[0]
        uri = escape(self.stream_uri(getattr(self.args, option), index))
        if self.args.quirk_whitespace_uri:
            uri = f"\n          {uri}\n        "  # as pretty-printing firmwares write it
        return self.ok(operation, tag(p, "trt:GetStreamUriResponse", tag(
            p, "trt:MediaUri", tag(p, "tt:Uri", uri), leaf(p, "tt:InvalidAfterConnect", "false"),
            leaf(p, "tt:InvalidAfterReboot", "false"), leaf(p, "tt:Timeout", "PT0S"))))

    def stream_uri(self, uri, index):
        """The configured RTSP URL as this camera mangles it (--quirk-zero-host, -other-network, -whitespace-uri)."""
        parts = urlsplit(uri)
        host = "0.0.0.0" if self.args.quirk_zero_host else OTHER_NETWORK_HOST if self.args.quirk_other_network else None
        if host:
            userinfo = parts.netloc.rpartition("@")[0]
            netloc = (userinfo + "@" if userinfo else "") + host + (f":{parts.port}" if parts.port else "")
            parts = parts._replace(netloc=netloc)
        if self.args.quirk_whitespace_uri and not parts.query:
            # Dahua's form: in the XML the '&' is written '&amp;', which a client must decode.
            parts = parts._replace(query=f"channel=1&subtype={index}")
        return urlunsplit(parts)


def md5_hex(text):
    return hashlib.md5(text.encode()).hexdigest()


DIGEST_PARAM = re.compile(r'([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))')


def digest_params(header):
    """The fields of an 'Authorization: Digest ...' header, or None when it is not Digest."""
    scheme, _, rest = header.strip().partition(" ")
    if scheme.lower() != "digest":
        return None
    return {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
            for m in DIGEST_PARAM.finditer(rest)}


# --- Servers --------------------------------------------------------------------------------------------------------

class SoapHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as cameras' gSOAP servers do
    server_version = "ONVIF-Simulator/1.0"
    sys_version = ""

    def do_POST(self):
        camera = self.server.camera
        if camera.args.quirk_silent:
            return self.hang()
        data = self.read_body()
        if data is None:
            return
        reply = camera.soap("POST", self.path, self.headers.get("Authorization"), data)
        self.send(reply, "application/soap+xml; charset=utf-8")
        log(f"HTTP {self.client_address[0]} POST {self.path} {reply.operation} -> {reply.status} "
            f"{len(reply.body)} bytes{' ' + reply.note if reply.note else ''}")

    def do_GET(self):
        if self.server.camera.args.quirk_silent:
            return self.hang()
        self.send(Reply(405, b"", headers=[("Allow", "POST")]), "text/plain")
        log(f"HTTP {self.client_address[0]} GET {self.path} -> 405")

    def read_body(self):
        """The request's body; None after answering 411 or 413 (a chunked request is refused: clients send a length)."""
        try:
            length = int(self.headers.get("Content-Length"))
        except (TypeError, ValueError):
            length = None
        if length is not None and 0 <= length <= MAX_REQUEST:
            return self.rfile.read(length)
        status = 411 if length is None else 413
        self.close_connection = True
        self.send(Reply(status, b""), "text/plain")
        log(f"HTTP {self.client_address[0]} POST {self.path} -> {status} (Content-Length {length})")
        return None

    def send(self, reply, content_type):
        self.send_response(reply.status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        for name, value in reply.headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(reply.body)

    def hang(self):
        # A device that hangs: it takes the request and says nothing. Reading until the client gives up ends the
        # thread then, instead of keeping one per abandoned request for ever.
        log(f"HTTP {self.client_address[0]} {self.command} {self.path}: not answered (--quirk-silent)")
        self.close_connection = True
        try:
            while self.rfile.read1(65536):
                pass
        except OSError:
            pass

    def log_request(self, code="-", size="-"):
        pass  # do_POST logs one line of its own, with the operation


def discovery_socket(args):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if args.multicast:
        # Multicast datagrams are addressed to the group, not to an interface address: bind the wildcard address.
        sock.bind(("0.0.0.0", args.discovery_port or MULTICAST_PORT))
        membership = socket.inet_aton(MULTICAST_GROUP) + socket.inet_aton(args.multicast)
        sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)
    else:
        sock.bind((args.host, args.discovery_port))
    return sock


def serve_discovery(sock, camera):
    while True:
        datagram, sender = sock.recvfrom(65536)
        where = f"UDP {sender[0]}:{sender[1]}"
        if camera.args.quirk_silent:
            log(f"{where}: {len(datagram)} bytes not answered (--quirk-silent)")
            continue
        reply, note = camera.discovery_reply(datagram)
        if reply is not None:
            # Always unicast back to the sender, as WS-Discovery has Target Services answer a Probe.
            sock.sendto(reply, sender)
        log(f"{where}: {note}")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1", help="address of the HTTP services (and of the UDP socket)")
    parser.add_argument("--http-port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--discovery-port", type=int, default=0,
                        help="UDP port for unicast probes; 0 picks a free one (3702 with --multicast)")
    parser.add_argument("--multicast", metavar="IFADDR",
                        help=f"also join {MULTICAST_GROUP}:{MULTICAST_PORT} on the interface with this address")
    parser.add_argument("--uuid", default=str(uuid.uuid4()), help="endpoint reference (urn:uuid:...)")
    parser.add_argument("--name", default="Simulated Camera", help="scope onvif://www.onvif.org/name/...")
    parser.add_argument("--model", default="SimCam 1080", help="scope .../hardware/... and the device's Model")
    parser.add_argument("--manufacturer", default="Dashboard Tests")
    parser.add_argument("--firmware", default="1.0.0")
    parser.add_argument("--main-uri", default="rtsp://127.0.0.1:8554/main", help="stream URI of Profile_1")
    parser.add_argument("--sub-uri", default="rtsp://127.0.0.1:8554/sub", help="stream URI of Profile_2")
    parser.add_argument("--user", help="require authentication as this user (all calls but GetSystemDateAndTime)")
    parser.add_argument("--password", default="")
    parser.add_argument("--http-digest", action="store_true",
                        help="require HTTP Digest (MD5, qop=auth) instead of a WS-Security UsernameToken")
    parser.add_argument("--clock-skew", type=float, default=0,
                        help="the camera's clock is real UTC plus this many seconds (may be negative)")
    parser.add_argument("--max-skew", type=float, default=300,
                        help="a UsernameToken's Created may be this many seconds from the camera's clock")
    quirks = parser.add_argument_group("quirks of real cameras, each off by default")
    hosts = quirks.add_mutually_exclusive_group()
    hosts.add_argument("--quirk-zero-host", action="store_true", help="stream URIs name host 0.0.0.0")
    hosts.add_argument("--quirk-other-network", action="store_true",
                       help=f"stream URIs name {OTHER_NETWORK_HOST}, an address of another network")
    quirks.add_argument("--quirk-whitespace-uri", action="store_true",
                        help="the Uri text has newlines and spaces around it and a query with '&amp;'")
    quirks.add_argument("--quirk-undecorated-probe-only", action="store_true",
                        help="answer only probes without Types")
    quirks.add_argument("--quirk-odd-prefixes", action="store_true",
                        help="answers use prefixes SOAP-ENV, ns1, ns2, ... instead of env, tds, trt, ...")
    quirks.add_argument("--quirk-silent", action="store_true",
                        help="accept connections and probes, never answer")
    quirks.add_argument("--quirk-huge", action="store_true",
                        help=f"GetProfiles answers {HUGE_BYTES >> 20} MiB (thousands of profiles)")
    quirks.add_argument("--quirk-token-true-time", action="store_true",
                        help="check a UsernameToken's Created against the true time, not the clock it tells "
                             "(with --clock-skew: refuses every token made by its own clock)")
    quirks.add_argument("--quirk-entities", action="store_true",
                        help="answers carry a DTD with nested entities (billion laughs) and use the top one")
    return parser.parse_args()


def main():
    args = parse_args()
    server = ThreadingHTTPServer((args.host, args.http_port), SoapHandler)
    server.daemon_threads = True  # a hung client must not keep the simulator alive when it is killed
    udp = discovery_socket(args)
    server.camera = Camera(args, server.server_address[1])
    threading.Thread(target=serve_discovery, args=(udp, server.camera), daemon=True).start()
    print(f"PORT {server.server_address[1]}", flush=True)
    print(f"DISCOVERY {udp.getsockname()[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
