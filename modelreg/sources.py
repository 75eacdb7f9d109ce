"""Reading sources: catalog files, URLs, the environment and the user's files.

Every source is read into a ``Source`` (its label, its raw entries and the
name its errors give it); nothing here knows the registry or validates a
model (modelreg.merge does that), but a large catalog of valid definitions
is decoded straight into records (modelreg.fast_validation), its entries
parsed only if something asks for them. Which sources are in effect, and in
what order, is modelreg.inputs'.

Every read is bounded, whatever the source is (files, pipes and stdin are read by
modelreg.safefile, the one reader of every file modelreg reads):

* Size: at most ``max_bytes()`` bytes (``MODELREG_MAX_BYTES``, default 256 MiB: a
  100,000-model LiteLLM-sized catalog is about 60 MB; /dev/zero is still refused
  after 256 MiB). The cap applies to files, ``file://``, ``http(s)://``, pipes and stdin.
* Time: a URL fetch (connect, headers, every redirect, body) and a read from a
  pipe finish within ``URL_TIMEOUT`` seconds, or fail with "timed out".
* Kind: files are opened without blocking (O_NONBLOCK) and checked with fstat.
  The implicit sources (the user store, ./models.json) must be regular files;
  an explicit path (--catalog, --from-json) may also be a pipe (/dev/stdin from a
  shell pipe, a FIFO). Devices (/dev/zero, /dev/urandom, a terminal) are refused.
* Credentials in a URL (``https://user:token@host/``) are sent as HTTP basic
  auth (https only, or plain http to a loopback host) and never shown: labels,
  provenance and errors show ``https://***@host/``.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from modelreg import safefile
from modelreg.errors import CatalogError
from modelreg.inputs import ENV_VAR
from modelreg.safefile import FileReadError, max_bytes, read_bytes, too_big

# The one bounded reader (modelreg.safefile), also reachable from its former home.
read_stdin, read_stream = safefile.read_stdin, safefile.read_stream
MAX_BYTES, MAX_BYTES_VAR = safefile.MAX_BYTES, safefile.MAX_BYTES_VAR

if TYPE_CHECKING:
    import urllib.parse

    from modelreg.schema import Record
URL_TIMEOUT = 10.0  # seconds, for a whole URL fetch or a read from a pipe
MAX_TIMEOUT = 3600.0  # the longest deadline a fetch takes (a timer or socket refuses inf)
URL_MAX_BYTES = MAX_BYTES  # the former name
MAX_REDIRECTS = 3
FORMAT_VERSION = 1  # of a catalog document, {"format_version": 1, "models": [...]}
TOP_LEVEL_KEYS = {"models", "format_version", "$schema"}


@dataclass(frozen=True)
class Source:
    """A parsed catalog: its provenance label, its raw entries (each a JSON object), and the
    name its errors give it (the label, or more: "user-store /home/me/.config/...").

    ``origins`` gives, for entries gathered from several places (the user store and an
    ``add``'s input), each entry's own source name and index, for error messages. An outside
    catalog (LiteLLM, models.dev, OpenRouter: modelreg.formats) says its format in ``outside``
    and what its reader skipped in ``skipped``; modelreg.fill merges it. A large native
    catalog whose every entry is a valid definition also holds them as ``records``, its
    entries then parsed on demand.
    """

    label: str
    entries: Sequence[dict[str, Any]]
    name: str = ""
    origins: tuple[tuple[str, int], ...] | None = None
    outside: str | None = None  # the outside format (litellm, ...) of an outside catalog
    skipped: tuple[tuple[str, str], ...] = ()  # an outside catalog's entries left out, and why
    records: list[Record] | None = None  # the entries as records, when decoded as such

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.label)

    def origin(self, index: int) -> tuple[str, int]:
        """The source name and index an error gives entry ``index``."""
        return self.origins[index] if self.origins is not None else (self.name, index)


# -- reading ---------------------------------------------------------------


def parse_catalog(data: str | bytes, label: str, name: str = "", fmt: str | None = None) -> Source:
    """Parse catalog JSON: modelreg's own (an array of definitions, or an object with a
    "models" array), or an outside format: ``fmt`` names it, else it is told by its shape."""
    shown = name or label
    if fmt is None and isinstance(data, bytes) and len(data) > _SMALL:
        from modelreg.schema.fast_validation import decode_catalog

        records = decode_catalog(data, FORMAT_VERSION)
        if records is not None:
            entries = _ParsedOnDemand(data, shown, len(records))
            return Source(label, entries, shown, records=records)
    doc = parse_json(data, shown)
    if (
        fmt is None
        and not isinstance(doc, list)
        and not (isinstance(doc, dict) and "models" in doc)
    ):
        from modelreg.formats import detect

        fmt = detect(doc)
    if fmt is None:
        return Source(label, catalog_entries(doc, shown), shown)
    from modelreg.formats import convert

    converted = convert(doc, fmt, label=shown)
    return Source(
        label,
        converted.entries,
        shown,
        outside=converted.format,
        skipped=tuple(converted.skipped),
    )


def parse_json(data: str | bytes, label: str) -> Any:
    """JSON text (str, or UTF-8 bytes) as data; CatalogError names the line and column."""
    if isinstance(data, bytes) and len(data) <= _SMALL:
        doc = _parse_small(data)
        if doc is not _UNPARSED:
            return doc
    from pydantic_core import from_json  # faster than json on a large catalog

    try:
        return from_json(data)  # bytes are parsed as they are, not decoded to str first
    except ValueError as exc:
        if isinstance(data, bytes):  # the message of the text, or of the encoding
            try:
                data = data.decode("utf-8")
            except UnicodeDecodeError as bad:
                raise CatalogError(label, f"not UTF-8 text (byte {bad.start})") from None
            return parse_json(data, label)
        found = re.fullmatch(r"(.*) at line (\d+) column (\d+)", str(exc))
        where = f" at line {found[2]}, column {found[3]}: {found[1]}" if found else f": {exc}"
        raise CatalogError(label, "invalid JSON" + where) from None


# A small document (a user store, ./models.json) is parsed by the json module: importing
# pydantic_core would cost more than the parse.
_SMALL = 1 << 20
_DEPTH = 200  # pydantic_core.from_json refuses documents nested deeper than about 200
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")  # json takes a lone one; from_json does not
_UNPARSED = object()


def _parse_small(data: bytes) -> Any:
    """A small document as from_json reads it, or _UNPARSED where from_json has the last
    word (its error text; not UTF-8; a surrogate escape; nesting near its limit)."""
    import json

    try:
        text = data.decode("utf-8")
        if _SURROGATE.search(text):
            return _UNPARSED
        doc = json.loads(text)
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError included
        return _UNPARSED
    level, containers = 0, [doc]
    while containers:  # breadth first, a level at a time
        level += 1
        if level > _DEPTH:
            return _UNPARSED
        inner = []
        for value in containers:
            if isinstance(value, dict):
                inner += [v for v in value.values() if isinstance(v, dict | list)]
            elif isinstance(value, list):
                inner += [v for v in value if isinstance(v, dict | list)]
        containers = inner
    return doc


class _ParsedOnDemand(Sequence[dict[str, Any]]):
    """The entries of a catalog already decoded as records, parsed when first read."""

    def __init__(self, data: bytes, name: str, count: int) -> None:
        self._data, self._name, self._count = data, name, count

    @cached_property
    def _entries(self) -> list[dict[str, Any]]:
        entries = catalog_entries(parse_json(self._data, self._name), self._name)
        del self._data
        return entries

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...
    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        return self._entries[index]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self._entries)


def catalog_entries(doc: Any, label: str) -> list[dict[str, Any]]:
    """The entries of a parsed catalog: an array of objects, or an object with a "models" array."""
    if isinstance(doc, dict):
        unknown = sorted(set(doc) - TOP_LEVEL_KEYS)
        if unknown:
            raise CatalogError(label, f"unknown top-level key {unknown[0]!r} (expected 'models')")
        if "models" not in doc:
            raise CatalogError(label, "the top-level object has no 'models' array")
        _check_version(doc.get("format_version", FORMAT_VERSION), label)
        doc = doc["models"]
    if not isinstance(doc, list):
        raise CatalogError(
            label,
            f'expected an array of model objects or {{"models": [...]}}, not {json_type(doc)}',
        )
    for index, entry in enumerate(doc):
        if not isinstance(entry, dict):
            raise CatalogError(
                label, f"must be a JSON object, not {json_type(entry)}", f"entry {index}"
            )
    return doc


def json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


def _check_version(version: Any, label: str) -> None:
    if type(version) is not int or version < 1:
        raise CatalogError(label, f"'format_version' must be a positive integer, not {version!r}")
    if version > FORMAT_VERSION:
        raise CatalogError(
            label,
            f"format_version {version} is newer than this modelreg understands "
            f"({FORMAT_VERSION}); upgrade modelreg",
        )


def read_file(
    path: str | os.PathLike[str],
    label: str | None = None,
    name: str = "",
    *,
    regular_only: bool = False,
    fmt: str | None = None,
) -> Source:
    """Read a catalog file (``name``: how errors name it, if not by its label; ``fmt``: an
    outside format, see parse_catalog).

    ``regular_only`` (the implicit sources) refuses anything but a regular file.
    """
    label = label or f"file:{path}"
    shown = name or label
    data = read_bytes(path, shown, regular_only=regular_only)
    return parse_catalog(data, label, shown, fmt)


def redact(url: str) -> str:
    """A URL with its credentials (user:password@) hidden: 'https://***@host/path'."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    end = len(rest)
    for stop in "/?#":
        found = rest.find(stop)
        if found != -1:
            end = min(end, found)
    at = rest.rfind("@", 0, end)
    if at == -1:
        return url
    return f"{scheme}://***@{rest[at + 1 :]}"


def read_url(
    url: str,
    timeout: float = URL_TIMEOUT,
    max_bytes: int | None = None,
    *,
    fmt: str | None = None,
    prefix: str = "",
) -> Source:
    """Fetch a catalog from http://, https:// (TLS verified) or file:// (a local path only).

    ``timeout`` bounds the whole fetch; ``max_bytes`` (default ``max_bytes()``) the body;
    ``fmt`` names an outside format (``prefix`` begins the label: "litellm:").
    """
    label = f"{prefix}url:{redact(url)}"
    limit = _cap() if max_bytes is None else max_bytes
    parts = split_url(url, label)
    path = file_url_path(parts, label)
    if path is not None:
        data = read_bytes(path, label, limit=limit, timeout=timeout)
        return parse_catalog(data, label, fmt=fmt)
    if parts.scheme.lower() not in ("http", "https"):
        raise CatalogError(
            label, f"unsupported URL scheme {parts.scheme.lower()!r} (use http, https or file)"
        )
    return parse_catalog(_fetch(url, label, timeout, limit), label, fmt=fmt)


def split_url(url: str, label: str) -> urllib.parse.SplitResult:
    """A URL's parts; a malformed URL (``http://[::1``, a port that is no number) is a
    CatalogError naming ``label``."""
    import urllib.parse

    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 -- a port that is no number raises here, not in a fetch
    except ValueError as exc:
        raise CatalogError(label, f"invalid URL: {exc}") from None
    return parts


def file_url_path(parts: urllib.parse.SplitResult, label: str) -> str | None:
    """The local path a file:// URL names, percent-decoded (None for another scheme); a
    file:// URL naming another host is a CatalogError."""
    if parts.scheme.lower() != "file":
        return None
    if parts.netloc.lower() not in ("", "localhost"):
        raise CatalogError(
            label, "a file:// URL must name a local file (file:///path or file://localhost/path)"
        )
    import urllib.request

    return urllib.request.url2pathname(parts.path)


def _cap() -> int:
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


def _fetch(
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
    limit = _cap() if max_bytes is None else max_bytes
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


def read_location(location: str) -> Source:
    """A --catalog argument: a URL (with a scheme) or a file path (a regular file or a pipe),
    after an optional outside format prefix (``litellm:``, ``models.dev:``, ``openrouter:``)."""
    from modelreg.formats import split_prefix

    fmt, where = split_prefix(location)
    prefix = f"{fmt}:" if fmt else ""
    if "://" in where:
        return read_url(where, fmt=fmt, prefix=prefix)
    return read_file(where, f"{prefix}file:{where}", fmt=fmt)


def from_env(environ: Mapping[str, str] | None = None) -> Source | None:
    """The FAKEAI_CUSTOM_MODELS variable, if set and not blank."""
    value = (os.environ if environ is None else environ).get(ENV_VAR, "")
    if not value.strip():
        return None
    label = f"env:{ENV_VAR}"
    # Bytes that are not UTF-8 reach Python as lone surrogates: say so, as for a file.
    data = value.encode("utf-8", "surrogateescape")
    if len(data) > max_bytes(environ):
        raise too_big(label, max_bytes(environ))
    return parse_catalog(data, label)


def read_implicit(path: Path, label: str, name: str) -> Source | None:
    """An implicit source (the user store, ./models.json): None when there is no file.

    Anything else that is not a readable regular file (a FIFO, a device, a symlink loop,
    a permission problem) is a CatalogError, never silently skipped.
    """
    try:
        return read_file(path, label, name, regular_only=True)
    except FileReadError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return None
        raise
