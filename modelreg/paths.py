"""Where modelreg keeps the user's files."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path


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
