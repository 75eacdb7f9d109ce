"""Isolation for every test: no real config, no real cwd, no user environment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from modelreg import compile as registries

# Property tests check behaviour, not speed: no per-example deadline on a busy CI machine.
settings.register_profile("modelreg", deadline=None)
settings.load_profile("modelreg")


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point HOME (so the caches) and XDG_CONFIG_HOME into tmp_path; run in an empty
    directory."""
    home = tmp_path / "home"
    config = tmp_path / "config"
    work = tmp_path / "work"
    for directory in (home, config, work):
        directory.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)  # caches go to HOME/.cache
    monkeypatch.delenv("FAKEAI_CUSTOM_MODELS", raising=False)
    monkeypatch.delenv("MODELREG_CATALOG", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.chdir(work)
    registries.default_registry.cache_clear()
    yield work
    registries.default_registry.cache_clear()
