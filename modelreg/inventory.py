"""The sources in effect, for ``modelreg sources``: every source in precedence order, each
read (and merged over the ones before it) on its own, so a broken one is reported and does
not stop the others. Composed above the registry (modelreg.outside stays below it)."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import errno
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modelreg import sources
from modelreg.errors import CatalogError
from modelreg.outside import (
    Config,
    cache_path,
    config_path,
    read_cached,
    read_config,
    read_meta,
    url_of,
)


@dataclass
class SourceState:
    """One source in effect, for ``modelreg sources``: what it is and whether it loads."""

    kind: str  # builtin, user-store, local, env, catalog, outside
    location: str
    status: str = "loaded"  # loaded, missing, broken, ignored
    models: int | None = None
    updated_at: str | None = None  # the file's mtime, or when an outside copy was fetched
    error: str | None = None
    url: str | None = None  # an outside catalog's
    skipped: int | None = None  # entries an outside catalog's reader left out

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def in_effect(
    catalogs: Iterable[str] | None = None,
    *,
    builtin_only: bool = False,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> list[SourceState]:
    """Every source in precedence order, each read (and merged over the ones before it) on
    its own: a broken one is reported and does not stop the others. No network but the
    --catalog URLs every command reads."""
    from modelreg import __version__
    from modelreg.registry import add_source, builtin

    registry = builtin()
    providers = len(registry.provider_catalogs())
    found = [
        SourceState(
            "builtin",
            f"modelreg {__version__} ({providers} provider catalogs)",
            models=len(registry.records()),
        )
    ]
    env = os.environ if environ is None else environ
    config: Config | None = None
    config_error: str | None = None
    try:
        config = read_config(environ)
    except CatalogError as exc:
        config_error = str(exc)

    def load(state: SourceState, read: Any, path: Path | None = None) -> None:
        found.append(state)
        if builtin_only and state.kind not in ("builtin", "catalog"):
            state.status = "ignored"
            return
        try:
            source = read()
            if source is None:
                state.status = "missing"
                return
            state.models = len(source.entries)
            if source.outside is not None:
                state.skipped = len(source.skipped)
            if path is not None and state.updated_at is None:
                state.updated_at = _mtime(path)
            add_source(registry, source)
        except CatalogError as exc:
            state.status, state.error = "broken", str(exc)

    store = sources.store_path(environ)
    load(
        SourceState(sources.USER_STORE, str(store)),
        lambda: _file(store, sources.USER_STORE, f"{sources.USER_STORE} {store}"),
        store,
    )
    local = (cwd or Path.cwd()) / "models.json"
    load(SourceState("local", str(local)), lambda: _file(local, "file:./models.json"), local)
    load(SourceState("env", sources.ENV_VAR), lambda: sources.from_env(environ))
    for location in sources.catalog_locations(list(catalogs or []), environ):
        load(
            SourceState("catalog", sources.redact(location)),  # credentials never shown
            lambda where=location: sources.read_location(where),
        )
    if config_error is not None:
        found.append(
            SourceState("outside", str(config_path(environ)), status="broken", error=config_error)
        )
        return found
    assert config is not None
    for name in config.enabled:
        path = cache_path(name, environ)
        meta = read_meta(name, environ)
        state = SourceState(
            "outside",
            str(path),
            url=sources.redact(url_of(name, env, config)),
            updated_at=meta.get("fetched_at"),
        )
        if not path.is_file() and not builtin_only:
            found.append(state)
            state.status = "missing"
            state.error = f"not fetched yet: run 'modelreg update {name}'"
            continue
        load(state, lambda n=name: read_cached(n, environ), path)
    return found


def _file(path: Path, label: str, name: str = "") -> sources.Source | None:
    """An implicit source file, or None when there is none."""
    try:
        return sources.read_file(path, label, name, regular_only=True)
    except sources.FileReadError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return None
        raise


def _mtime(path: Path) -> str | None:
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return None
    return _dt.datetime.fromtimestamp(stamp, _dt.UTC).isoformat(timespec="seconds")
