"""Reading sources: catalog files, URLs, the environment and the user's files.

Every source is read into a ``Source`` (its label, its raw entries and the
name its errors give it); nothing here knows the registry or validates a
model (modelreg.merge does that). The user's sources, in precedence order
(later wins): the user store, ``./models.json``, ``FAKEAI_CUSTOM_MODELS``,
then each ``--catalog`` location in the order given (without one, the
location ``MODELREG_CATALOG`` names).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modelreg.errors import CatalogError

ENV_VAR = "FAKEAI_CUSTOM_MODELS"
CATALOG_VAR = "MODELREG_CATALOG"
URL_TIMEOUT = 10.0
URL_MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 3
USER_STORE = "user-store"  # the provenance label of the user store
FORMAT_VERSION = 1  # of a catalog document, {"format_version": 1, "models": [...]}
TOP_LEVEL_KEYS = {"models", "format_version", "$schema"}


@dataclass(frozen=True)
class Source:
    """A parsed catalog: its provenance label, its raw entries (each a JSON object), and the
    name its errors give it (the label, or more: "user-store /home/me/.config/...").

    ``origins`` gives, for entries gathered from several places (the user store and an
    ``add``'s input), each entry's own source name and index, for error messages. An outside
    catalog (LiteLLM, models.dev, OpenRouter: modelreg.formats) says its format in ``outside``
    and what its reader skipped in ``skipped``; modelreg.fill merges it.
    """

    label: str
    entries: list[dict[str, Any]]
    name: str = ""
    origins: tuple[tuple[str, int], ...] | None = None
    outside: str | None = None  # the outside format (litellm, ...) of an outside catalog
    skipped: tuple[tuple[str, str], ...] = ()  # an outside catalog's entries left out, and why

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
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CatalogError(label, f"not UTF-8 text (byte {exc.start})") from None
    from pydantic_core import from_json  # the parser validation uses anyway: faster than json

    try:
        return from_json(data)
    except ValueError as exc:
        found = re.fullmatch(r"(.*) at line (\d+) column (\d+)", str(exc))
        where = f" at line {found[2]}, column {found[3]}: {found[1]}" if found else f": {exc}"
        raise CatalogError(label, "invalid JSON" + where) from None


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
    path: str | os.PathLike[str], label: str | None = None, name: str = "", fmt: str | None = None
) -> Source:
    """Read a catalog file (``name``: how errors name it, if not by its label; ``fmt``: an
    outside format, see parse_catalog)."""
    label = label or f"file:{path}"
    shown = name or label
    return parse_catalog(read_bytes(path, shown), label, shown, fmt)


def read_bytes(path: str | os.PathLike[str], name: str) -> bytes:
    """A file's bytes; a CatalogError naming it (``name``) says why they cannot be read."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise CatalogError(name, "no such file") from None
    except IsADirectoryError:
        raise CatalogError(name, "is a directory, not a file") from None
    except PermissionError:
        raise CatalogError(name, "permission denied") from None
    except OSError as exc:
        raise CatalogError(name, f"cannot read: {exc.strerror or exc}") from None


def read_url(
    url: str,
    timeout: float = URL_TIMEOUT,
    max_bytes: int = URL_MAX_BYTES,
    fmt: str | None = None,
    label: str = "",
) -> Source:
    """Fetch a catalog from http://, https:// (TLS verified) or file://."""
    import urllib.parse
    import urllib.request

    label = label or f"url:{url}"
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError as exc:
        raise CatalogError(label, f"invalid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme == "file":
        return read_file(urllib.request.url2pathname(parts.path), label, fmt=fmt)
    if scheme not in ("http", "https"):
        raise CatalogError(label, f"unsupported URL scheme {scheme!r} (use http, https or file)")
    return parse_catalog(_fetch(url, label, timeout, max_bytes), label, fmt=fmt)


def _fetch(url: str, label: str, timeout: float, max_bytes: int) -> bytes:
    """The body at an http(s) URL, read within ``timeout`` seconds and ``max_bytes`` bytes."""
    import http.client
    import time
    import urllib.error
    import urllib.request

    class LimitedRedirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            if not newurl.lower().startswith(("http://", "https://")):
                raise urllib.error.HTTPError(
                    newurl, code, "redirect to a non-HTTP URL", headers, fp
                )
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    deadline = time.monotonic() + timeout
    timed_out = CatalogError(label, f"timed out after {timeout:g} s")
    try:
        with urllib.request.build_opener(LimitedRedirects).open(url, timeout=timeout) as response:
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read1(65536):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise CatalogError(label, f"larger than the {max_bytes} byte limit")
                if time.monotonic() > deadline:
                    raise timed_out
            return b"".join(chunks)
    except CatalogError:
        raise
    except urllib.error.HTTPError as exc:
        raise CatalogError(label, f"HTTP error {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise timed_out from None
        raise CatalogError(label, f"cannot reach: {exc.reason}") from None
    except TimeoutError:
        raise timed_out from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise CatalogError(label, f"cannot read: {exc!r}") from None


def read_location(location: str) -> Source:
    """A --catalog argument: a URL (with a scheme) or a file path, after an optional outside
    format prefix (``litellm:``, ``models.dev:``, ``openrouter:``)."""
    from modelreg.formats import split_prefix

    fmt, where = split_prefix(location)
    prefix = f"{fmt}:" if fmt else ""
    if "://" in where:
        return read_url(where, fmt=fmt, label=f"{prefix}url:{where}")
    return read_file(where, f"{prefix}file:{where}", fmt=fmt)


def from_env(environ: Mapping[str, str] | None = None) -> Source | None:
    """The FAKEAI_CUSTOM_MODELS variable, if set and not blank."""
    value = (os.environ if environ is None else environ).get(ENV_VAR, "")
    if not value.strip():
        return None
    return parse_catalog(value, f"env:{ENV_VAR}")


def default_sources(
    environ: Mapping[str, str] | None = None, cwd: Path | None = None
) -> list[Source]:
    """The user's sources that exist: user store, ./models.json, FAKEAI_CUSTOM_MODELS."""
    found = []
    store = store_path(environ)
    if store.exists():
        found.append(read_file(store, USER_STORE, f"{USER_STORE} {store}"))
    local = (cwd or Path.cwd()) / "models.json"
    if local.exists():
        found.append(read_file(local, "file:./models.json"))
    env = from_env(environ)
    if env is not None:
        found.append(env)
    return found


# -- where the user's files are ----------------------------------------------


def config_dir(environ: Mapping[str, str] | None = None) -> Path:
    """modelreg's config directory: $XDG_CONFIG_HOME/modelreg, or the platform's."""
    env = os.environ if environ is None else environ
    if env.get("XDG_CONFIG_HOME"):
        return Path(env["XDG_CONFIG_HOME"]) / "modelreg"
    home = Path(env.get("HOME") or Path.home())
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "modelreg"
    if sys.platform == "win32" and env.get("APPDATA"):
        return Path(env["APPDATA"]) / "modelreg"
    return home / ".config" / "modelreg"


def store_path(environ: Mapping[str, str] | None = None) -> Path:
    """The user store file."""
    return config_dir(environ) / "models.json"


def catalog_locations(
    given: list[str] | tuple[str, ...] | None = None, environ: Mapping[str, str] | None = None
) -> list[str]:
    """The --catalog locations, else the one MODELREG_CATALOG names (spaces and all)."""
    if given:
        return list(given)
    location = (os.environ if environ is None else environ).get(CATALOG_VAR, "").strip()
    return [location] if location else []
