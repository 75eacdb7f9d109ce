"""Outside catalogs modelreg knows (LiteLLM, models.dev, OpenRouter): which are enabled, their
cached copies, ``update`` (the only thing that touches the network), and the sources in effect.

* Each catalog has a well-known URL, overridden by the config file's ``urls`` and, above
  that, by ``MODELREG_URL_LITELLM`` / ``MODELREG_URL_MODELS_DEV`` / ``MODELREG_URL_OPENROUTER``
  (mirrors, tests). A ``file://`` URL reads a local mirror.
* The config file ``config_dir()/outside.json`` is ``{"enabled": [...], "urls": {...}}``,
  written atomically.
* The cache, ``$XDG_CACHE_HOME/modelreg/`` (default ``~/.cache/modelreg``), holds
  ``<name>.json`` (the document as fetched) and ``<name>.meta.json`` (url, etag,
  last_modified, fetched_at, checked_at, models, and ``copy``: the size, time and inode of
  the copy it describes; metadata that describes another copy, as an update killed between
  its two writes leaves it, is no metadata), and ``<name>.converted``: the copy's entries
  as modelreg.formats converted them (marshal), with the copy's identity and modelreg's own
  files' stamps, written by ``update`` and by the first read of a copy without one; a rebuild
  reads it instead of parsing and converting the copy again, and ignores it when it names
  another copy or other code. All are modelreg's own files, read and written by
  modelreg.safefile: never through a link, bounded, left-over temporaries swept.
* ``update`` sends a conditional GET (If-None-Match / If-Modified-Since: a 304 keeps the
  copy), under the limits of every fetch (deadline, size cap, redirects). A new body must
  parse and convert before it replaces the copy; on any failure the last good copy stays.
  Writers hold a lock per catalog (only while writing, never while fetching) and replace
  files atomically, so concurrent updates never corrupt the cache.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import json
import marshal
import os
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from modelreg import inputs, safefile, sources
from modelreg.errors import CatalogError, UserStoreError
from modelreg.safefile import writing

if TYPE_CHECKING:
    from modelreg.formats import Converted


class Catalog(NamedTuple):
    """An outside catalog modelreg knows: its name, format and well-known URL."""

    name: str
    format: str
    url: str
    env_var: str


CATALOGS: dict[str, Catalog] = {
    c.name: c
    for c in (
        Catalog(
            "litellm",
            "litellm",
            "https://raw.githubusercontent.com/BerriAI/litellm/main/"
            "model_prices_and_context_window.json",
            "MODELREG_URL_LITELLM",
        ),
        Catalog(
            "models.dev", "models.dev", "https://models.dev/api.json", "MODELREG_URL_MODELS_DEV"
        ),
        Catalog(
            "openrouter",
            "openrouter",
            "https://openrouter.ai/api/v1/models",
            "MODELREG_URL_OPENROUTER",
        ),
    )
}
NAMES: tuple[str, ...] = tuple(CATALOGS)
CONFIG_FILE = "outside.json"
_ALIASES = {"modelsdev": "models.dev", "models-dev": "models.dev"}


def catalog(name: str) -> Catalog:
    """The catalog of a name (any case; ``modelsdev`` too); ValueError lists the known ones."""
    key = name.strip().lower()
    key = _ALIASES.get(key, key)
    if key not in CATALOGS:
        raise ValueError(f"unknown outside catalog {name!r} (known: {', '.join(NAMES)})")
    return CATALOGS[key]


# -- the config file -----------------------------------------------------------


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    """The outside catalogs' config file: ``config_dir()/outside.json``."""
    return inputs.outside_config_path(environ)


class Config(NamedTuple):
    """Which outside catalogs are enabled (in the order enabled), and URLs that override."""

    enabled: list[str]
    urls: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "urls": self.urls}


def read_config(environ: Mapping[str, str] | None = None) -> Config:
    """The config file (an empty config when there is none); a broken one is a CatalogError."""
    path = config_path(environ)
    name = f"outside config {path}"
    try:
        data = sources.read_bytes(path, name, regular_only=True, limit=1 << 20)
    except sources.FileReadError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):  # not configured yet
            return Config([], {})
        raise
    doc = sources.parse_json(data, name)
    if not isinstance(doc, dict):
        raise CatalogError(name, f"expected an object, not {sources.json_type(doc)}")
    enabled, urls = doc.get("enabled", []), doc.get("urls", {})
    if not isinstance(enabled, list) or not all(isinstance(n, str) for n in enabled):
        raise CatalogError(name, "'enabled' must be an array of catalog names")
    if not isinstance(urls, dict) or not all(isinstance(u, str) for u in urls.values()):
        raise CatalogError(name, "'urls' must be an object of catalog name -> URL")
    try:
        names = list(dict.fromkeys(catalog(n).name for n in enabled))
        overrides = {catalog(n).name: u for n, u in urls.items()}
    except ValueError as exc:
        raise CatalogError(name, str(exc)) from None
    return Config(names, overrides)


def write_config(config: Config, environ: Mapping[str, str] | None = None) -> None:
    """Replace the config file atomically (UserStoreError if it cannot be written)."""
    path = config_path(environ)
    data = (json.dumps(config.to_json(), indent=2) + "\n").encode()
    with _as_cache_error("the config file"), writing.locked(path):
        writing.atomic_write(path, data, follow_links=True)  # kept with dotfiles, as the store


def set_enabled(
    enable: Iterable[str] = (),
    disable: Iterable[str] = (),
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Enable and disable catalogs by name (ValueError for an unknown one); the new config."""
    on = [catalog(n).name for n in enable]
    off = {catalog(n).name for n in disable}
    config = read_config(environ)
    enabled = [n for n in dict.fromkeys([*config.enabled, *on]) if n not in off or n in on]
    if enabled != config.enabled:
        config = config._replace(enabled=enabled)
        write_config(config, environ)
    return config


def url_of(
    name: str, environ: Mapping[str, str] | None = None, config: Config | None = None
) -> str:
    """A catalog's URL: its environment variable, else the config file's, else the well-known."""
    env = os.environ if environ is None else environ
    entry = catalog(name)
    if env.get(entry.env_var, "").strip():
        return env[entry.env_var].strip()
    config = read_config(environ) if config is None else config
    return config.urls.get(entry.name) or entry.url


# -- the cache -------------------------------------------------------------------


def cache_path(name: str, environ: Mapping[str, str] | None = None) -> Path:
    """The cached copy of a catalog: ``<name>.json``."""
    return inputs.outside_copy(catalog(name).name, environ)


def meta_path(name: str, environ: Mapping[str, str] | None = None) -> Path:
    """What is known of the cached copy: ``<name>.meta.json``."""
    return inputs.cache_dir(environ) / f"{catalog(name).name}.meta.json"


def converted_path(name: str, environ: Mapping[str, str] | None = None) -> Path:
    """The cached copy's entries as converted: ``<name>.converted``."""
    return inputs.cache_dir(environ) / f"{catalog(name).name}.converted"


_META_LIMIT = 1 << 20  # bytes of a metadata file
_MODE = 0o644  # of a cached copy and its metadata, whatever a file planted there had


def read_meta(name: str, environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The cached copy's metadata: {} when there is none, when it cannot be read (not a
    regular file of the user's own, too large, too deep, not JSON) or when it describes
    another copy than the one cached."""
    path = meta_path(name, environ)
    label = f"cache metadata {path}"
    try:
        data = safefile.read_bytes(path, label, private=True, limit=_META_LIMIT)
        doc = sources.parse_json(data, label)
    except CatalogError:
        return {}
    if not isinstance(doc, dict) or doc.get("copy") != _identity(cache_path(name, environ)):
        return {}
    return doc


def _identity(path: Path) -> list[int] | None:
    """What tells one cached copy from another: size, modification time and inode of the
    regular file at ``path`` (None when there is none that is modelreg's own)."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or not safefile.is_own(st):
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


@contextlib.contextmanager
def _as_cache_error(what: str) -> Iterator[None]:
    """safefile's errors name "the user store": name the file this module writes instead."""
    try:
        yield
    except UserStoreError as exc:
        raise UserStoreError(str(exc).replace("the user store", what)) from None


def _now() -> str:
    import datetime as dt  # here: a rebuild reads copies, it does not date them

    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class UpdateResult(NamedTuple):
    """What updating one catalog did: status "updated", "not-modified" or "failed"."""

    name: str
    status: str
    url: str
    models: int | None = None  # in the copy now cached
    fetched_at: str | None = None  # of the copy now cached
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    def to_json(self) -> dict[str, Any]:
        return self._asdict()


def update(
    names: Iterable[str] | None = None,
    environ: Mapping[str, str] | None = None,
    *,
    timeout: float = sources.URL_TIMEOUT,
) -> list[UpdateResult]:
    """Fetch catalogs (by name; None: every enabled one) into the cache, one result each."""
    config = read_config(environ)
    wanted = config.enabled if names is None else [catalog(n).name for n in names]
    return [
        _update_one(name, url_of(name, environ, config), environ, timeout)
        for name in dict.fromkeys(wanted)
    ]


def _update_one(
    name: str, url: str, environ: Mapping[str, str] | None, timeout: float
) -> UpdateResult:
    fmt = CATALOGS[name].format
    shown = sources.redact(url)  # credentials in a URL are never shown
    label = f"{name} ({shown})"
    meta = read_meta(name, environ)  # {} unless it describes the copy cached
    copy, meta_file = cache_path(name, environ), meta_path(name, environ)
    have_copy = meta.get("url") == url
    headers: dict[str, str] = {}
    if have_copy and isinstance(meta.get("etag"), str):
        headers["If-None-Match"] = meta["etag"]
    if have_copy and isinstance(meta.get("last_modified"), str):
        headers["If-Modified-Since"] = meta["last_modified"]
    old = meta

    def failed(problem: str) -> UpdateResult:
        return UpdateResult(
            name, "failed", shown, old.get("models"), old.get("fetched_at"), problem
        )

    try:
        status, response_headers, body = _get(url, headers, label, environ, timeout)
        validators: dict[str, str | None] = {}
        if status != 304 and have_copy and _same_bytes(copy, body):
            status = 304  # the same copy again (a file mirror, a server without validators)
            validators = {
                "etag": response_headers.get("etag"),
                "last_modified": response_headers.get("last-modified"),
            }
        if status == 304:
            with _as_cache_error("the cache"), _locked(name, environ):
                meta = read_meta(name, environ)
                if meta.get("url") == url:
                    meta["checked_at"] = _now()
                    meta.update({k: v for k, v in validators.items() if v})
                    _write_json(meta_file, meta)
            return UpdateResult(
                name, "not-modified", shown, meta.get("models"), meta.get("fetched_at")
            )
        converted = _check(body, fmt, label)
        models = len(converted.entries)
        now = _now()
        new_meta: dict[str, Any] = {
            "url": url,
            "etag": response_headers.get("etag"),
            "last_modified": response_headers.get("last-modified"),
            "fetched_at": now,
            "checked_at": now,
            "models": models,
            "format": fmt,
        }
        with _as_cache_error("the cache"), _locked(name, environ):
            writing.atomic_write(copy, body, mode=_MODE)
            new_meta["copy"] = _identity(copy)  # killed before the next write: no metadata
            _write_json(meta_file, new_meta)
            kept = (new_meta["copy"], _code(), converted.entries, converted.skipped)
            _keep_converted(name, *kept, environ)
        return UpdateResult(name, "updated", shown, models, now)
    except CatalogError as exc:
        return failed(exc.problem)
    except UserStoreError as exc:
        return failed(str(exc))


def _get(
    url: str,
    headers: Mapping[str, str],
    label: str,
    environ: Mapping[str, str] | None,
    timeout: float,
) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of an http(s) URL (conditional), or of a file:// mirror."""
    limit = sources.max_bytes(environ)
    parts = sources.split_url(url, label)
    path = sources.file_url_path(parts, label)
    if path is not None:
        return 200, {}, sources.read_bytes(path, label, limit=limit, timeout=timeout)
    if parts.scheme.lower() not in ("http", "https"):
        raise CatalogError(
            label, f"unsupported URL scheme {parts.scheme!r} (use http, https or file)"
        )
    return sources.fetch(url, headers, timeout=timeout, max_bytes=limit, label=label)


def _same_bytes(path: Path, body: bytes) -> bool:
    """Whether the cached copy holds ``body`` (read as modelreg's own file, no more of it)."""
    if (_identity(path) or [-1])[0] != len(body):
        return False
    try:
        return safefile.read_bytes(path, str(path), private=True, limit=len(body)) == body
    except CatalogError:
        return False


def _check(body: bytes, fmt: str, label: str) -> Converted:
    """A fetched document converted; CatalogError if it does not parse or convert, or holds
    no model."""
    from modelreg.formats import convert

    converted = convert(sources.parse_json(body, label), fmt, label=label)
    if not converted.entries:
        raise CatalogError(label, "the document holds no model")
    return converted


def _locked(
    name: str, environ: Mapping[str, str] | None
) -> contextlib.AbstractContextManager[None]:
    """The lock of a catalog's copy, metadata and converted entries (which sweeps what dead
    writers left)."""
    guards = (meta_path(name, environ), converted_path(name, environ))
    return writing.locked(cache_path(name, environ), guards=guards)


def _write_json(path: Path, data: Mapping[str, Any]) -> None:
    writing.atomic_write(path, (json.dumps(data, indent=2) + "\n").encode(), mode=_MODE)


# -- the sources in effect ---------------------------------------------------------


def read_cached(name: str, environ: Mapping[str, str] | None = None) -> sources.Source:
    """A catalog's cached copy as a Source labelled ``outside:<name>``: its converted entries
    where they are kept for this copy, else the copy parsed and converted (and kept so)."""
    entry = catalog(name)
    path = cache_path(entry.name, environ)
    label = f"outside:{entry.name}"
    shown = f"{label} {path}"
    identity, code = _identity(path), _code()
    kept = _converted(entry.name, identity, code, environ) if identity is not None else None
    if kept is not None:
        entries, skipped, forms, problems = kept
        return sources.Source(
            label,
            entries,
            shown,
            outside=entry.format,
            skipped=skipped,
            forms=forms,
            problems=problems,
        )
    data = safefile.read_bytes(path, shown, private=True)
    source = sources.parse_catalog(data, label, shown, entry.format)
    if identity is not None and identity == _identity(path):  # the copy read is that one
        source.problems = _keep_converted(
            entry.name, identity, code, source.entries, source.skipped, environ
        )
    return source


# -- converted copies ---------------------------------------------------------------

_CONVERTED = 3  # the layout of a .converted file
_Code = tuple[str, tuple[tuple[str, int, int], ...]]  # modelreg's version and files (_code)


def _keep_converted(
    name: str,
    identity: list[int] | None,
    code: _Code,
    entries: Sequence[dict[str, Any]],
    skipped: Iterable[tuple[str, str]],
    environ: Mapping[str, str] | None,
) -> dict[int, str] | None:
    """Keep a copy's converted entries, their ids' matching forms (modelreg.offers.keys) and
    what keeps each from being a model (modelreg.fill.problems: validated once, here), for
    the next read of that copy (a cache: one that cannot be written only costs the next
    rebuild a conversion); those problems."""
    if identity is None:
        return None
    from modelreg import offers
    from modelreg.fill import problems

    found = problems(entries)
    data = marshal.dumps(
        (_CONVERTED, code, identity, list(entries), tuple(skipped), offers.forms_of(entries), found)
    )
    with contextlib.suppress(OSError, UserStoreError, CatalogError):
        writing.atomic_write(converted_path(name, environ), data, mode=0o600)
    return found


def _converted(
    name: str,
    identity: list[int],
    code: _Code,
    environ: Mapping[str, str] | None,
) -> (
    tuple[list[dict[str, Any]], tuple[tuple[str, str], ...], dict[str, Any], dict[int, str]] | None
):
    """The entries, skipped ones, matching forms and problems kept for the copy of this
    identity, by this ``code`` (_code); None when there are none (no such file, not
    modelreg's own, another copy, other code)."""
    path = converted_path(name, environ)
    try:
        held = marshal.loads(safefile.read_bytes(path, str(path), private=True))
    except (CatalogError, ValueError, EOFError, TypeError):
        return None
    if type(held) is not tuple or len(held) != 7 or held[:3] != (_CONVERTED, code, identity):
        return None
    entries, skipped, forms, problems = held[3:]
    if type(entries) is not list or type(skipped) is not tuple or type(forms) is not dict:
        return None
    if type(problems) is not dict or not all(
        type(i) is int and 0 <= i < len(entries) and type(why) is str for i, why in problems.items()
    ):
        return None
    return entries, skipped, forms, problems


@functools.cache  # the code this process runs: its files as they were when first asked
def _code() -> _Code:
    """modelreg's version and its own files (name, size, modification time): an edit in a
    checkout converts anew."""
    from modelreg import __version__

    found = []
    for path in inputs.code_files():
        with contextlib.suppress(OSError):
            st = path.stat()
            found.append((str(path.relative_to(inputs.PACKAGE)), st.st_size, st.st_mtime_ns))
    return __version__, tuple(found)
