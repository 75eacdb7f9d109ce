"""The inputs of a registry, declared once: which sources are in effect, in what order,
where their files are, and what a registry built from them depends on.

Later wins: the built-in catalogs < the user store (``$XDG_CONFIG_HOME/modelreg/models.json``)
< ``./models.json`` < ``FAKEAI_CUSTOM_MODELS`` < each ``--catalog``/``-c`` location in the
order given (without one, the location ``MODELREG_CATALOG`` names) < the enabled outside
catalogs' cached copies (``$XDG_CACHE_HOME/modelreg/``), which only fill what the others
leave empty unless ``prefer_outside``. ``--builtin-only`` ignores every input but the
``-c`` locations.

The registry (modelreg.compile.load_registry), ``modelreg sources`` (modelreg.inventory),
completion's cache key, ``serve --watch`` and the user store's check of the later sources
all read this list (modelreg.intake reads each input). Plain Python that imports nothing
heavy, so a TAB can ask it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from modelreg import environment
from modelreg.environment import CATALOG_VAR, ENV_VAR, LOCAL_FILE

STORE_FILE = "models.json"
OUTSIDE_CONFIG = "outside.json"
USER_STORE = "user-store"  # the provenance label of the user store
LOCAL_LABEL = "file:./models.json"  # the provenance label of ./models.json
KINDS = ("user-store", "local", "env", "catalog", "outside")
USER_KINDS = KINDS[:3]  # the user's own sources, which --builtin-only ignores


class Options(NamedTuple):
    """What a command line (or a library call) says about its sources."""

    catalogs: tuple[str, ...] | None = None  # None: the one MODELREG_CATALOG names
    builtin_only: bool = False
    prefer_outside: bool = False


class Input(NamedTuple):
    """One source in effect: its kind (KINDS), where it is, the local file it reads (if
    any), and whether ``--builtin-only`` ignores it."""

    kind: str
    location: str  # a path, a (prefixed) URL, the variable's name, an outside catalog's
    path: Path | None  # the local file it reads, if any
    ignored: bool = False
    name: str = ""  # an outside catalog's name


def _env(environ: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if environ is None else environ


def config_dir(environ: Mapping[str, str] | None = None) -> Path:
    """modelreg's config directory: $XDG_CONFIG_HOME/modelreg, or the platform's."""
    return Path(environment.config_home(_env(environ)))


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """modelreg's cache directory: $XDG_CACHE_HOME/modelreg, else ~/.cache/modelreg."""
    return Path(environment.cache_home(_env(environ)))


def store_path(environ: Mapping[str, str] | None = None) -> Path:
    """The user store file."""
    return config_dir(environ) / STORE_FILE


def outside_config_path(environ: Mapping[str, str] | None = None) -> Path:
    """The outside catalogs' config file: which are enabled, and their URLs."""
    return config_dir(environ) / OUTSIDE_CONFIG


def outside_copy(name: str, environ: Mapping[str, str] | None = None) -> Path:
    """The cached copy of an outside catalog (modelreg update writes it)."""
    return cache_dir(environ) / f"{name}.json"


def catalog_locations(
    given: Iterable[str] | None = None, environ: Mapping[str, str] | None = None
) -> list[str]:
    """The --catalog locations (None: the one MODELREG_CATALOG names, spaces and all)."""
    if given is not None:
        return list(given)
    location = _env(environ).get(CATALOG_VAR, "").strip()
    return [location] if location else []


def local_file(location: str) -> Path | None:
    """The local file a catalog location reads (a path or a ``file://`` URL, with or without
    a format prefix such as ``litellm:``), None for a remote URL."""
    from modelreg.formats import split_prefix

    where = split_prefix(location)[1]
    if "://" not in where:
        return Path(where).absolute()
    try:
        parts = urlsplit(where)
    except ValueError:  # malformed: reading it says why
        return None
    if parts.scheme.lower() != "file" or parts.netloc.lower() not in ("", "localhost"):
        return None
    return Path(unquote(parts.path)).absolute()


DEFAULT = Options()  # the sources a command line with no global option reads


def in_effect(
    options: Options = DEFAULT,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    enabled: Iterable[str] = (),
) -> list[Input]:
    """Every input in precedence order (the built-in catalogs, first, are not listed).

    ``enabled`` names the outside catalogs enabled (modelreg.sources.outside.read_config's), whose
    cached copies come last.
    """
    ignored = options.builtin_only
    store = store_path(environ)
    found = [Input("user-store", str(store), store, ignored)]
    here = cwd or environment.working_directory()
    if here is not None:  # a working directory that is gone holds no ./models.json
        local = Path(here) / LOCAL_FILE
        found.append(Input("local", str(local), local, ignored))
    found.append(Input("env", ENV_VAR, None, ignored))
    for location in catalog_locations(options.catalogs, environ):
        found.append(Input("catalog", location, local_file(location)))
    for name in enabled:
        copy = outside_copy(name, environ)
        found.append(Input("outside", str(copy), copy, ignored, name))
    return found


def files(
    inputs: Iterable[Input], environ: Mapping[str, str] | None = None, *, config: bool = True
) -> list[Path]:
    """The local files a registry built from these inputs reads, there or not: each input's
    (but those --builtin-only ignores) and (``config``) the outside config (which catalogs
    are enabled)."""
    found = [item.path for item in inputs if item.path is not None and not item.ignored]
    return [*found, outside_config_path(environ)] if config else found


def remote(inputs: Iterable[Input]) -> bool:
    """Whether an input is read from the network (a stamp cannot tell it changed)."""
    return any(item.kind == "catalog" and item.path is None for item in inputs)


PACKAGE = Path(__file__).parent  # modelreg's own code


@cache  # the code this process runs
def code_files() -> tuple[Path, ...]:
    """modelreg's own source files, which everything compiled from the inputs also depends
    on (an edit in a checkout is seen at once)."""
    return tuple(sorted(PACKAGE.glob("**/*.py")))
