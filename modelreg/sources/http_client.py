"""The HTTP client of every fetch: http(s) only, TLS verified, credentials as basic auth never
sent in clear, at most MAX_REDIRECTS redirects, the whole fetch within one deadline (a watchdog
closes a trickling connection) and the body within the byte cap."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from modelreg.errors import CatalogError
from modelreg.safefile import max_bytes, too_big
from modelreg.sources.urls import redact

URL_TIMEOUT = 10.0  # seconds, for a whole URL fetch or a read from a pipe
MAX_TIMEOUT = 3600.0  # the longest deadline a fetch takes (a timer or socket refuses inf)
MAX_REDIRECTS = 3


def byte_cap() -> int:
    """The byte cap of a read (``max_bytes()``, which a parameter of that name hides)."""
    return max_bytes()


_LOOPBACK = ("localhost", "127.0.0.1", "::1")


class _Fetch:
    """One fetch of an http(s) URL, run in a worker thread so that a deadline bounds all of it.

    Each blocking socket operation gets the time left as its timeout; ``abort`` (the
    watchdog, at the deadline) shuts the socket down, so a server trickling its headers
    one byte at a time cannot outlive the deadline either.
    """

    def __init__(
        self,
        url: str,
        label: str,
        deadline: float,
        limit: int,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        import threading

        self.url, self.label, self.deadline, self.limit = url, label, deadline, limit
        self.extra_headers = dict(headers or {})  # sent with the request (If-None-Match, ...)
        self.status = 0  # of the final response
        self.headers: dict[str, str] = {}  # of the final response, names in lower case
        self.body: bytes | None = None
        self.error: CatalogError | None = None
        self._lock = threading.Lock()
        self._socket: Any = None  # the connection's socket (a response may outlive its link)
        self._aborted = False

    def _left(self) -> float:
        import time

        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        return left

    def abort(self) -> None:
        """Stop the fetch where it is: close its connection."""
        import contextlib
        import socket

        with self._lock:
            self._aborted = True
            sock = self._socket
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def run(self) -> None:
        import http.client
        import ssl

        try:
            self.body = self._get()
        except CatalogError as exc:
            self.error = exc
        except TimeoutError:
            self.error = None  # the caller reports the timeout
        except ssl.SSLError as exc:
            self.error = CatalogError(self.label, f"cannot reach: TLS error: {exc.reason or exc}")
        except (OSError, http.client.HTTPException, ValueError) as exc:
            if self._aborted:
                return
            if isinstance(exc, OSError):
                self.error = CatalogError(self.label, f"cannot reach: {exc.strerror or exc}")
            else:
                self.error = CatalogError(self.label, f"cannot read: {type(exc).__name__}: {exc}")
        except Exception as exc:  # a fetch never lets a bug out as a traceback of a thread
            self.error = CatalogError(self.label, f"cannot read: {type(exc).__name__}: {exc}")

    def _get(self) -> bytes:
        import base64
        import http.client
        import ssl
        import urllib.parse

        url = self.url
        auth: str | None = None
        origin: tuple[str, str, int | None] | None = None
        for hop in range(MAX_REDIRECTS + 1):
            parts = urllib.parse.urlsplit(url)
            scheme = parts.scheme.lower()
            if scheme not in ("http", "https"):
                raise CatalogError(self.label, f"redirect to a non-HTTP URL ({scheme}://)")
            host = parts.hostname
            if not host:
                raise CatalogError(self.label, "invalid URL: no host")
            port = parts.port
            here = (scheme, host.lower(), port)
            if hop == 0 and (parts.username is not None or parts.password is not None):
                if scheme != "https" and host.lower() not in _LOOPBACK:
                    raise CatalogError(
                        self.label,
                        "credentials in an http:// URL would cross the network unencrypted; "
                        "use https://",
                    )
                user = urllib.parse.unquote(parts.username or "")
                password = urllib.parse.unquote(parts.password or "")
                auth = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
                origin = here
            connection: http.client.HTTPConnection
            if scheme == "https":
                connection = http.client.HTTPSConnection(
                    host, port, timeout=self._left(), context=ssl.create_default_context()
                )
            else:
                connection = http.client.HTTPConnection(host, port, timeout=self._left())
            try:
                target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
                headers = {"User-Agent": "modelreg", "Accept": "application/json"}
                headers.update(self.extra_headers)
                if auth is not None and here == origin:
                    headers["Authorization"] = f"Basic {auth}"
                connection.connect()
                with self._lock:
                    self._socket = connection.sock
                    if self._aborted:
                        raise TimeoutError
                self._timeout()
                connection.request("GET", target, headers=headers)
                self._timeout()
                response = connection.getresponse()
                if response.status in (301, 302, 303, 307, 308):
                    location = response.getheader("Location")
                    if not location:
                        raise CatalogError(self.label, f"HTTP {response.status} without a Location")
                    url = urllib.parse.urljoin(url, location)
                    continue
                self.status = response.status
                self.headers = {k.lower(): v for k, v in response.getheaders()}
                if response.status == 304 and _conditional(self.extra_headers):
                    return b""  # not modified: the answer to a conditional request
                if not 200 <= response.status < 300:
                    raise CatalogError(
                        self.label, f"HTTP error {response.status} {response.reason}"
                    )
                return self._body(response)
            finally:
                connection.close()
        raise CatalogError(self.label, f"too many redirects (more than {MAX_REDIRECTS})")

    def _timeout(self) -> None:
        """The time left as the timeout of the next socket operation."""
        if self._socket is not None:
            self._socket.settimeout(self._left())

    def _body(self, response: Any) -> bytes:
        length = response.getheader("Content-Length")
        if length is not None and length.strip().isdigit() and int(length) > self.limit:
            raise too_big(self.label, self.limit)
        chunks: list[bytes] = []
        size = 0
        while True:
            self._timeout()
            chunk = response.read1(65536)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > self.limit:
                raise too_big(self.label, self.limit)


def fetch_body(
    url: str,
    label: str,
    timeout: float,
    max_bytes: int,
    headers: Mapping[str, str] | None = None,
) -> bytes:
    """The body at an http(s) URL: the whole fetch (connect, headers, redirects, body) within
    ``timeout`` seconds, the body within ``max_bytes`` bytes."""
    return _run_fetch(url, label, timeout, max_bytes, headers).body or b""


def fetch(
    url: str,
    headers: Mapping[str, str] | None = None,
    *,
    timeout: float = URL_TIMEOUT,
    max_bytes: int | None = None,
    label: str = "",
) -> tuple[int, dict[str, str], bytes]:
    """GET an http(s) URL with extra request ``headers``, within the limits of every fetch:
    (status, response headers with lower-case names, body). With conditional headers
    (If-None-Match, If-Modified-Since) a 304 is an answer (status 304, empty body); any
    other status outside 2xx, a timeout or an oversized body is a CatalogError."""
    limit = byte_cap() if max_bytes is None else max_bytes
    done = _run_fetch(url, label or f"url:{redact(url)}", timeout, limit, headers)
    return done.status, done.headers, done.body or b""


def _conditional(headers: Mapping[str, str]) -> bool:
    """Whether request headers make a conditional GET (a 304 is then an answer)."""
    return any(k.lower() in ("if-none-match", "if-modified-since") for k in headers)


def _run_fetch(
    url: str, label: str, timeout: float, max_bytes: int, headers: Mapping[str, str] | None
) -> _Fetch:
    """Run one fetch in a worker thread under its deadline; the finished fetch."""
    import threading
    import time

    if not 0 < timeout <= MAX_TIMEOUT:  # False for nan too
        raise CatalogError(label, f"a deadline must be from 0 to {MAX_TIMEOUT:g} s, not {timeout}")
    job = _Fetch(url, label, time.monotonic() + timeout, max_bytes, headers)
    worker = threading.Thread(target=job.run, name="modelreg-fetch", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        job.abort()
        worker.join(1.0)
        raise CatalogError(label, f"timed out after {timeout:g} s")
    if job.error is not None:
        raise job.error
    if job.body is None:
        raise CatalogError(label, f"timed out after {timeout:g} s")
    return job
