"""A real HTTP server on 127.0.0.1 playing the outside catalogs for the update tests: documents
with an ETag and Last-Modified (a 304 for a matching conditional request), and bad answers."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LAST_MODIFIED = "Tue, 01 Dec 2026 10:00:00 GMT"


def litellm_doc(*extra: str) -> dict[str, Any]:
    """A small LiteLLM-shaped price list: gpt-4o (a built-in), and new ids."""
    doc: dict[str, Any] = {
        "gpt-4o": {
            "litellm_provider": "openai",
            "mode": "chat",
            "max_output_tokens": 16384,
            "input_cost_per_token": 2.5e-6,
            "output_cost_per_token": 1e-5,
        },
        "outside-model-one": {
            "litellm_provider": "openai",
            "mode": "chat",
            "max_tokens": 32000,
            "max_output_tokens": 4000,
            "input_cost_per_token": 1e-6,
        },
    }
    for name in extra:
        doc[name] = {"litellm_provider": "openai", "mode": "chat", "max_output_tokens": 2000}
    return doc


@dataclass
class Catalogs:
    """What the server serves, and the requests it saw (path, headers)."""

    documents: dict[str, bytes] = field(default_factory=dict)  # path -> body
    etags: dict[str, str] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)  # path -> a status to answer with
    delays: dict[str, float] = field(default_factory=dict)  # path -> seconds before answering
    lock: threading.Lock = field(default_factory=threading.Lock)
    base: str = ""

    def publish(self, path: str, doc: Any, etag: str) -> str:
        """Serve a document at ``path`` under an ETag; its URL."""
        with self.lock:
            self.documents[path] = doc if isinstance(doc, bytes) else json.dumps(doc).encode()
            self.etags[path] = etag
        return self.base + path

    def seen(self, path: str) -> list[dict[str, str]]:
        """The headers of every request for ``path``, in order."""
        with self.lock:
            return [headers for p, headers in self.requests if p == path]


class Handler(BaseHTTPRequestHandler):
    """Routes: published documents (``statuses`` and ``delays`` override a path), /status/N,
    /slow (3 s), /garbage (200, not JSON), /wrong-shape (200, no known format), /big (a
    large LiteLLM document)."""

    catalogs: Catalogs

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def send_body(self, body: bytes, status: int = 200, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        catalogs = self.catalogs
        path = self.path
        with catalogs.lock:
            catalogs.requests.append((path, {k.lower(): v for k, v in self.headers.items()}))
            body, etag = catalogs.documents.get(path), catalogs.etags.get(path)
            status, delay = catalogs.statuses.get(path), catalogs.delays.get(path, 0.0)
        time.sleep(delay)
        if status is not None:
            self.send_body(b'{"error": "down"}', status)
        elif body is not None and etag is not None:
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_body(body, ETag=etag, Last_Modified=LAST_MODIFIED)
        elif path.startswith("/status/"):
            self.send_body(b"{}", int(path.rsplit("/", 1)[1]))
        elif path == "/slow":
            time.sleep(3)
            self.send_body(json.dumps(litellm_doc()).encode())
        elif path == "/garbage":
            self.send_body(b"<html>maintenance</html>")
        elif path == "/wrong-shape":
            self.send_body(b'{"foo": 1}')
        elif path == "/big":
            names = [f"padding-model-{i:04d}" for i in range(800)]
            self.send_body(json.dumps(litellm_doc(*names)).encode())
        else:
            self.send_body(b"not found", 404)


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up early (a deadline, a size cap) is expected here


@contextmanager
def serve() -> Iterator[Catalogs]:
    """Run the server in a thread; yields what it serves (``.base`` is its URL)."""
    catalogs = Catalogs()
    handler = type("BoundHandler", (Handler,), {"catalogs": catalogs})
    server = QuietServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    catalogs.base = f"http://127.0.0.1:{server.server_address[1]}"
    # A short poll: shutdown() waits for the loop to look again (0.5 s by default).
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield catalogs
    finally:
        server.shutdown()
        server.server_close()
