"""What modelreg reads from its environment: the variables that name sources and settings,
and its config and cache directories, as plain strings (no pathlib: a TAB asks)."""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (a TAB)
if TYPE_CHECKING:
    from collections.abc import Mapping

ENV_VAR = "FAKEAI_CUSTOM_MODELS"  # model definitions as JSON, or a file's path
CATALOG_VAR = "MODELREG_CATALOG"  # the catalog location when no --catalog is given
LOCAL_FILE = "models.json"  # the working directory's own catalog
# Settings a registry built from the sources also depends on.
SETTINGS = ("MODELREG_MAX_BYTES", "MODELREG_TODAY")


def working_directory() -> str | None:
    """The working directory; None when it is gone (deleted under the shell), which holds
    no ./models.json."""
    try:
        return os.getcwd()
    except FileNotFoundError:
        return None


def _home(env: Mapping[str, str]) -> str:
    return env.get("HOME") or os.path.expanduser("~")


def config_home(env: Mapping[str, str]) -> str:
    """modelreg's config directory: $XDG_CONFIG_HOME/modelreg, or the platform's."""
    if env.get("XDG_CONFIG_HOME"):
        return os.path.join(env["XDG_CONFIG_HOME"], "modelreg")
    if sys.platform == "darwin":
        return os.path.join(_home(env), "Library", "Application Support", "modelreg")
    if sys.platform == "win32" and env.get("APPDATA"):
        return os.path.join(env["APPDATA"], "modelreg")
    return os.path.join(_home(env), ".config", "modelreg")


def cache_home(env: Mapping[str, str]) -> str:
    """modelreg's cache directory: $XDG_CACHE_HOME/modelreg, else ~/.cache/modelreg."""
    if env.get("XDG_CACHE_HOME"):
        return os.path.join(env["XDG_CACHE_HOME"], "modelreg")
    return os.path.join(_home(env), ".cache", "modelreg")
