"""Reading sources: catalog files, URLs, the environment and the user's files.

Every source is read into a ``Source`` (source.py: its label, its raw entries and
the name its errors give it): this module reads files, URLs, ``--catalog``
locations, ``FAKEAI_CUSTOM_MODELS`` and the implicit user files, documents.py
parses their JSON, urls.py names and checks URLs, http_client.py fetches, and
outside.py keeps the outside catalogs (their URLs, ``update``, cached copies). Nothing
here knows the registry or validates a model (modelreg.merge does that). Which
sources are in effect, and in what order, is modelreg.inputs'.

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
from collections.abc import Mapping
from pathlib import Path

from modelreg import safefile
from modelreg.errors import CatalogError
from modelreg.inputs import ENV_VAR
from modelreg.safefile import FileReadError, max_bytes, read_bytes, too_big
from modelreg.sources.documents import (
    FORMAT_VERSION,
    TOP_LEVEL_KEYS,
    catalog_entries,
    json_type,
    parse_catalog,
    parse_json,
)
from modelreg.sources.http_client import (
    MAX_REDIRECTS,
    MAX_TIMEOUT,
    URL_TIMEOUT,
    byte_cap,
    fetch,
    fetch_body,
)
from modelreg.sources.source import Source
from modelreg.sources.urls import file_url_path, redact, split_url

# The one bounded reader (modelreg.safefile), also reachable from its former home.
read_stdin, read_stream = safefile.read_stdin, safefile.read_stream
MAX_BYTES, MAX_BYTES_VAR = safefile.MAX_BYTES, safefile.MAX_BYTES_VAR
URL_MAX_BYTES = MAX_BYTES  # the former name

__all__ = [
    "FORMAT_VERSION",
    "MAX_BYTES",
    "MAX_BYTES_VAR",
    "MAX_REDIRECTS",
    "MAX_TIMEOUT",
    "TOP_LEVEL_KEYS",
    "URL_MAX_BYTES",
    "URL_TIMEOUT",
    "FileReadError",
    "Source",
    "catalog_entries",
    "fetch",
    "file_url_path",
    "from_env",
    "json_type",
    "max_bytes",
    "parse_catalog",
    "parse_json",
    "read_bytes",
    "read_file",
    "read_implicit",
    "read_location",
    "read_stdin",
    "read_stream",
    "read_url",
    "redact",
    "split_url",
]


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
    limit = byte_cap() if max_bytes is None else max_bytes
    parts = split_url(url, label)
    path = file_url_path(parts, label)
    if path is not None:
        data = read_bytes(path, label, limit=limit, timeout=timeout)
        return parse_catalog(data, label, fmt=fmt)
    if parts.scheme.lower() not in ("http", "https"):
        raise CatalogError(
            label, f"unsupported URL scheme {parts.scheme.lower()!r} (use http, https or file)"
        )
    return parse_catalog(fetch_body(url, label, timeout, limit), label, fmt=fmt)


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
