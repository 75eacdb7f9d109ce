"""The HTTP layer of ``modelreg serve``: what it answers before (and around) the app.

* A client has HEAD_TIMEOUT seconds to send a request's line and headers (from connecting,
  or from its last response) within MAX_HEAD bytes, and BODY_TIMEOUT more for its body; a
  slow one gets a 408 and its connection closed (``http_protocol``, ``BodyDeadline``).
* Only the Host names of the address served (and ``--allow-host``) are answered, so a web
  page cannot read the server through DNS rebinding (``Hosts``, ``served_hosts``).
* Every refusal has OpenAI's error shape: uvicorn's own (a malformed request), CORS
  preflight refusals (``cors``), the deadlines and the Host check.
"""

from __future__ import annotations

import asyncio
import contextlib
import http
import json
import socket
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_HEAD = 64 * 1024  # bytes of a request's line and headers
HEAD_TIMEOUT = 10.0  # seconds to send a request's line and headers (from connecting, or idle)
BODY_TIMEOUT = 15.0  # seconds to send a request's body, once its headers are in


class Error(Protocol):
    """An error in OpenAI's shape (modelreg.service.serve.ApiError, which the app hands in)."""

    status: int

    def payload(self) -> dict[str, Any]: ...

    def response(self) -> Response: ...


ErrorOf = Any  # the error class: ErrorOf(status, message, param=, code=, headers=) -> Error


class Hosts:
    """Answers only requests whose Host header names the address served (any IP address,
    "localhost" for a loopback or every-interface address, the machine's name for the
    latter, the --host name) or an ``--allow-host`` name: a web page that rebinds its own
    DNS name to this address sends its name, and is refused."""

    def __init__(self, app: ASGIApp, hosts: Iterable[str], error: ErrorOf) -> None:
        self.app, self.error = app, error
        self.hosts = frozenset(h.lower().rstrip(".") for h in hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "*" not in self.hosts:
            header = next((v for k, v in scope["headers"] if k == b"host"), None)
            name = _host_name(header.decode("latin-1")) if header is not None else None
            if name is not None and name not in self.hosts and not _is_address(name):
                refusal = self.error(
                    400,
                    f"Invalid Host header {name[:100]!r}: this server answers "
                    f"{', '.join(sorted(self.hosts))} and IP addresses "
                    "(modelreg serve --allow-host NAME adds a name)",
                    param="Host",
                    code="invalid_host",
                )
                await refusal.response()(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _host_name(header: str) -> str:
    """The name of a Host header, without its port: 'localhost', '::1', 'example.com'."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].partition("]")[0]
    name, colon, port = header.rpartition(":")
    return (name if colon and port.isdigit() else header).rstrip(".")


def _is_address(name: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def served_hosts(host: str, allowed: Iterable[str] = ()) -> list[str]:
    """The Host names a server on ``host`` answers (beside IP addresses), with ``allowed``."""
    names = {host.strip("[]").lower(), *(a.strip().lower() for a in allowed if a.strip())}
    everywhere = host in ("", "0.0.0.0", "::")
    if everywhere or host.lower() == "localhost" or (_is_address(host) and _loopback(host)):
        names.add("localhost")
    if everywhere:
        names.add(socket.gethostname().lower())
    return sorted(n for n in names if n)


def _loopback(address: str) -> bool:
    import ipaddress

    return ipaddress.ip_address(address.strip("[]")).is_loopback


class BodyDeadline:
    """A request's body must arrive within BODY_TIMEOUT seconds of its headers: a client
    trickling it gets a 408 and its connection closed."""

    def __init__(self, app: ASGIApp, error: ErrorOf) -> None:
        self.app, self.error = app, error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        deadline = asyncio.get_running_loop().time() + BODY_TIMEOUT

        async def receiving() -> Message:
            try:
                async with asyncio.timeout_at(deadline):
                    return await receive()
            except TimeoutError:
                raise self.error(
                    408,
                    f"The request body did not arrive within {BODY_TIMEOUT:g} seconds",
                    code="request_timeout",
                    headers={"Connection": "close"},
                ) from None

        await self.app(scope, receiving, send)


def cors(app: ASGIApp, origins: Sequence[str], error: ErrorOf) -> ASGIApp:
    """Starlette's CORS middleware for ``origins``, its refusals in OpenAI's error shape."""
    from starlette.datastructures import Headers
    from starlette.middleware.cors import CORSMiddleware

    class Cors(CORSMiddleware):
        def preflight_response(self, request_headers: Headers) -> Response:
            response = super().preflight_response(request_headers)
            if response.status_code < 400:
                return response
            message = bytes(response.body).decode("utf-8", "replace")  # "Disallowed CORS ..."
            headers = {k: v for k, v in response.headers.items() if k.startswith("access-")}
            refusal = error(response.status_code, message, code="cors_refused", headers=headers)
            return refusal.response()

    return Cors(
        app, allow_origins=list(origins), allow_methods=["GET", "POST"], allow_headers=["*"]
    )


def http_protocol(error: ErrorOf) -> type[asyncio.Protocol]:
    """uvicorn's HTTP protocol (httptools, else h11) with a deadline and a size cap on each
    request's line and headers (HEAD_TIMEOUT seconds from connecting or from the last
    response, MAX_HEAD bytes), and its own refusals (a malformed request) in OpenAI's
    error shape."""
    from uvicorn.config import HTTP_PROTOCOLS
    from uvicorn.importer import import_from_string

    base: Any = import_from_string(HTTP_PROTOCOLS["auto"])

    class Protocol(base):  # type: ignore[misc,valid-type]
        _head_timer: asyncio.TimerHandle | None = None
        _head_bytes = 0
        _refused = False

        def data_received(self, data: bytes) -> None:
            if self._refused:
                return  # what the client still sends after a refusal is dropped
            waiting = self._waiting()
            super().data_received(data)
            if not waiting:
                return
            self._head_bytes += len(data)
            if self._waiting() and self._head_bytes > MAX_HEAD:
                message = f"The request line and headers are longer than {MAX_HEAD} bytes"
                self._refuse(error(431, message, code="request_too_large"))

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._await_head()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._await_head()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
            super().connection_lost(exc)

        def _await_head(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
            self._head_bytes = 0
            self._waiting_after = self.cycle
            self._head_timer = self.loop.call_later(HEAD_TIMEOUT, self._head_late)

        def _waiting(self) -> bool:
            """Whether the connection waits for a request's head (no new request started,
            none being answered)."""
            cycle = self.cycle
            waiting = cycle is getattr(self, "_waiting_after", None)
            return waiting and (cycle is None or cycle.response_complete)

        def _head_late(self) -> None:
            if self._waiting() and not self.transport.is_closing():
                message = f"The request headers did not arrive within {HEAD_TIMEOUT:g} seconds"
                self._refuse(error(408, message, code="request_timeout"))

        def send_400_response(self, msg: str) -> None:
            problem = "its request line or headers are malformed, or longer than the server reads"
            self._refuse(error(400, f"Invalid HTTP request: {problem}", code="invalid_request"))

        def _refuse(self, refusal: Error) -> None:
            """Answer ``refusal`` and close; the client, maybe still sending, reads it first
            (closing at once with its data unread would reset the connection)."""
            if self._refused or self.transport.is_closing():
                return
            self._refused = True
            self.transport.write(raw_response(refusal))
            if self.transport.can_write_eof():
                self.transport.write_eof()
                self.loop.call_later(1.0, self.transport.close)
            else:
                self.transport.close()

    return Protocol


def raw_response(error: Error) -> bytes:
    """The whole HTTP response of an error, for the HTTP layer to write before it closes
    the connection (it has no ASGI app to answer through)."""
    body = json.dumps(error.payload(), separators=(",", ":")).encode("utf-8")
    head = (
        f"HTTP/1.1 {error.status} {http.HTTPStatus(error.status).phrase}\r\n"
        "content-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


def more_files() -> None:
    """Raise the open-file limit to what the system allows (each client holds one)."""
    try:
        import resource
    except ImportError:  # Windows
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 1 << 16 if hard == resource.RLIM_INFINITY else min(hard, 1 << 16)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        with contextlib.suppress(OSError, ValueError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
