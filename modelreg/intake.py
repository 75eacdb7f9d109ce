"""Reading the inputs in effect (modelreg.inputs): each as a Source, in its order.

A missing file is None; a broken source is a CatalogError, never skipped silently.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from modelreg import inputs

if TYPE_CHECKING:
    from modelreg import sources


def read(item: inputs.Input, environ: Mapping[str, str] | None = None) -> sources.Source | None:
    """An input as a Source, None when it is not there."""
    from modelreg import sources
    from modelreg.sources import outside

    if item.kind == "user-store":
        assert item.path is not None
        label = inputs.USER_STORE
        return sources.read_implicit(item.path, label, f"{label} {item.path}")
    if item.kind == "local":
        assert item.path is not None
        return sources.read_implicit(item.path, inputs.LOCAL_LABEL, "")
    if item.kind == "env":
        return sources.from_env(environ)
    if item.kind == "catalog":
        return sources.read_location(item.location)
    if item.path is None or not os.path.isfile(item.path):
        return None  # enabled, not fetched yet: `modelreg sources` says so
    return outside.read_cached(item.name, environ)


def enabled_outside(
    builtin_only: bool, environ: Mapping[str, str] | None = None, *, lenient: bool = False
) -> list[str]:
    """The outside catalogs enabled (none under builtin_only, or with no config file); a
    broken config is a CatalogError, or with ``lenient`` enables none (a TAB or a file
    watcher must not fail on it: the command says why)."""
    if builtin_only or not os.path.exists(inputs.outside_config_path(environ)):
        return []
    from modelreg.errors import CatalogError
    from modelreg.sources import outside

    try:
        return outside.read_config(environ).enabled
    except CatalogError:
        if lenient:
            return []
        raise


def outside_sources(environ: Mapping[str, str] | None = None) -> list[sources.Source]:
    """The enabled catalogs' cached copies that exist, read (no network): the last inputs."""
    found = inputs.in_effect(environ=environ, enabled=enabled_outside(False, environ))
    return [s for i in found if i.kind == "outside" and (s := read(i, environ)) is not None]


def user_sources(
    environ: Mapping[str, str] | None = None, cwd: Path | None = None
) -> Iterator[sources.Source]:
    """The user's own sources that exist (user store, ./models.json, FAKEAI_CUSTOM_MODELS)."""
    for item in inputs.in_effect(environ=environ, cwd=cwd):
        source = read(item, environ) if item.kind in inputs.USER_KINDS else None
        if source is not None:
            yield source
