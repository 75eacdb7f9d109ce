"""A real HTTP server on 127.0.0.1 serving good and bad catalogs to the discovery tests."""

from __future__ import annotations

import base64
import json
import select
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GOOD = [{"id": "served-model", "context_window": 32000, "aliases": ["served"]}]
DRIP = json.dumps([{"id": "drip-model"}]).encode()
USER, TOKEN = "reader", "s3cret-token"
# How long the hostile routes keep a client waiting (far beyond any test's deadline).
STALL = 30.0
HANGING: set[int] = set()  # the ports of the clients /hang holds right now


def hanging() -> int:
    """How many clients /hang is holding (still connected)."""
    return len(HANGING)


class Handler(BaseHTTPRequestHandler):
    """Routes: /good.json, /wrapped.json, /bad.json, /latin1.json, /big.json, /slow.json,
    /drip.json, /status/N, /redirect/N (N hops to /good.json), /loop, /to-ftp, /garbage;
    hostile ones: /trickle-headers (a status line, then one header byte every 0.2 s),
    /slow-redirect/N (N redirects, each after 0.2 s), /hang (nothing for STALL seconds, then
    /good.json's body), /auth (needs basic auth USER:TOKEN, else 401), /huge-length (claims
    a body of 10 GB)."""

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def send_body(self, body: bytes, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path
        if path == "/good.json":
            self.send_body(json.dumps(GOOD).encode())
        elif path == "/wrapped.json":
            self.send_body(json.dumps({"models": GOOD}).encode())
        elif path == "/bad.json":
            self.send_body(b'[{"id": "x",}]')
        elif path == "/latin1.json":
            self.send_body('[{"id": "caf\u00e9"}]'.encode("latin-1"))
        elif path == "/big.json":
            self.send_body(json.dumps([{"id": f"m{i}"} for i in range(500)]).encode())
        elif path == "/slow.json":
            time.sleep(3)
            self.send_body(json.dumps(GOOD).encode())
        elif path == "/drip.json":
            self.send_response(200)
            self.send_header("Content-Length", str(len(DRIP)))
            self.end_headers()
            for byte in DRIP:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.1)
        elif path.startswith("/status/"):
            self.send_body(b"{}", int(path.rsplit("/", 1)[1]))
        elif path.startswith("/redirect/"):
            hops = int(path.rsplit("/", 1)[1])
            self.redirect(f"/redirect/{hops - 1}" if hops > 1 else "/good.json")
        elif path == "/loop":
            self.redirect("/loop")
        elif path == "/to-ftp":
            self.redirect("ftp://127.0.0.1/models.json")
        elif path == "/trickle-headers":
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            self.wfile.flush()
            deadline = time.monotonic() + STALL
            while time.monotonic() < deadline:
                self.wfile.write(b"X")
                self.wfile.flush()
                time.sleep(0.2)
        elif path.startswith("/slow-redirect/"):
            hops = int(path.rsplit("/", 1)[1])
            time.sleep(0.2)
            self.redirect(f"/slow-redirect/{hops - 1}" if hops > 1 else "/good.json")
        elif path == "/hang":
            port = self.client_address[1]
            HANGING.add(port)
            try:  # wait until the client hangs up (or STALL passes)
                readable, _, _ = select.select([self.connection], [], [], STALL)
                if not readable:
                    self.send_body(json.dumps(GOOD).encode())
            finally:
                HANGING.discard(port)
        elif path == "/auth":
            expected = "Basic " + base64.b64encode(f"{USER}:{TOKEN}".encode()).decode()
            if self.headers.get("Authorization") == expected:
                self.send_body(json.dumps(GOOD).encode())
            else:
                self.send_body(b"{}", 401)
        elif path == "/huge-length":
            self.send_response(200)
            self.send_header("Content-Length", str(10 * 1024**3))
            self.end_headers()
            self.wfile.write(b"[")
        elif path == "/garbage":
            self.wfile.write(b"this is not HTTP\r\n\r\n")
        else:
            self.send_body(b"not found", 404)


class QuietServer(ThreadingHTTPServer):
    """A client that hangs up early (a timeout, a size cap) is expected here, not an error."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@contextmanager
def serve() -> Iterator[str]:
    """Run the server in a thread; yields its base URL."""
    server = QuietServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    # A short poll: shutdown() waits for the loop to look again (0.5 s by default).
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
