"""The sources in effect, for ``modelreg sources``: every source in precedence order, each
read (and merged over the ones before it) on its own, so a broken one is reported and does
not stop the others. Composed above the registry (modelreg.sources.outside stays below it)."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modelreg import inputs, intake, sources
from modelreg.errors import CatalogError
from modelreg.sources.outside import (
    Config,
    config_path,
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
    from modelreg.compile import add_source
    from modelreg.registry import builtin

    registry = builtin()
    providers = sum(1 for c in registry.provider_catalogs() if c.models)  # not 'custom'

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

    def load(state: SourceState, item: inputs.Input) -> None:
        found.append(state)
        if item.ignored:
            state.status = "ignored"
            return
        path = item.path
        try:
            source = intake.read(item, environ)
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

    enabled = config.enabled if config is not None else []
    options = inputs.Options(None if catalogs is None else tuple(catalogs), builtin_only)
    for item in inputs.in_effect(options, environ, cwd, enabled):
        if item.kind == "outside":
            if config_error is not None:
                break
            meta = read_meta(item.name, environ)
            state = SourceState(
                "outside",
                item.location,
                # where the cached copy came from (a mirror, say), else where it would come from
                url=sources.redact(meta.get("url") or url_of(item.name, env, config)),
                updated_at=meta.get("fetched_at"),
            )
            if not builtin_only and (item.path is None or not os.path.isfile(item.path)):
                found.append(state)
                state.status = "missing"
                state.error = f"not fetched yet: run 'modelreg update {item.name}'"
                continue
        else:
            location = sources.redact(item.location) if item.kind == "catalog" else item.location
            state = SourceState(item.kind, location)  # credentials never shown
        load(state, item)
    if config_error is not None:
        found.append(
            SourceState("outside", str(config_path(environ)), status="broken", error=config_error)
        )
    return found


def _mtime(path: Path) -> str | None:
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return None
    return _dt.datetime.fromtimestamp(stamp, _dt.UTC).isoformat(timespec="seconds")
