"""Run the command line two ways: ``main()`` in-process (fast paths and typer alike, with
CliRunner's stream capture), and the installed script in a subprocess.

Tests of behaviour run in-process (``cli``); tests of the console script itself (exit
statuses, pipes, signals, terminals, completion) run the script (``script``).

tests/conftest.py already isolates every test (config and home in tmp_path, an empty cwd,
no user environment, NO_COLOR, COLUMNS=100); the subprocess gets an explicit copy of that
environment, so it sees exactly what the in-process run sees.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from modelreg.cli.main import main

# The help formatter module CliRunner pins to 80 columns (typer's own copy of click's).
_FORMATTING = importlib.import_module(CliRunner.__module__).formatting
SCRIPT = shutil.which("modelreg", path=str(Path(sys.executable).parent)) or shutil.which("modelreg")


@dataclass(frozen=True)
class Outcome:
    """What one run of the command line produced."""

    code: int
    stdout: str
    stderr: str
    how: str

    def json(self) -> Any:
        assert self.code == 0, (self.how, self.code, self.stderr)
        return json.loads(self.stdout)


Run = Callable[..., Outcome]


def env_for_subprocess(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The (isolated) environment of this test, plus ``extra``."""
    env = dict(os.environ)
    env.update(extra or {})
    return env


def run_in_process(*args: str, env: Mapping[str, str] | None = None) -> Outcome:
    """One invocation of ``modelreg.cli.main`` in this process: stdout and stderr apart."""
    runner = CliRunner()
    with runner.isolation(env=dict(env or {})) as streams:
        _FORMATTING.FORCED_WIDTH = None  # help wraps at COLUMNS, as in the script (not 80)
        argv, sys.argv = sys.argv, ["modelreg", *args]
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            sys.argv = argv
            sys.stdout.flush()
            sys.stderr.flush()
        out, err = streams[0].getvalue(), streams[1].getvalue()
    return Outcome(code, out.decode("utf-8"), err.decode("utf-8"), "runner")


def run_script(
    *args: str, env: Mapping[str, str] | None = None, input: str | None = None
) -> Outcome:
    """One invocation of the installed console script, stdout a pipe."""
    assert SCRIPT, "the modelreg console script is not installed (pip install -e .)"
    done = subprocess.run(
        [SCRIPT, *args],
        env=env_for_subprocess(env),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        input=input,
    )
    return Outcome(done.returncode, done.stdout, done.stderr, "script")


@pytest.fixture
def cli() -> Run:
    """The command line in-process: its behaviour, without a process start per test."""
    return run_in_process


@pytest.fixture
def script() -> Run:
    return run_script


@pytest.fixture
def runner() -> Run:
    return run_in_process


def write_catalog(path: Path, models: Any) -> Path:
    path.write_text(json.dumps(models), encoding="utf-8")
    return path


MARKUP_ID = "[bold red]x"
ESCAPE = "\x1b[31m"
HOSTILE_MODELS = [
    {
        "id": MARKUP_ID,
        "name": MARKUP_ID,
        "description": "plain",
        "context_window": 32000,
        "supports_vision": True,
        "tags": ["[link=https://example.com]click[/link]"],
    },
    {
        "id": "escape-model",
        "description": f"before {ESCAPE}RED\x1b[0m after",
        "context_window": 16000,
        "supports_vision": True,
        "pricing": {"prompt_price_per_1m": 1.0, "completion_price_per_1m": 2.0},
    },
]


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A models.json (outside the cwd) with markup in an id and an escape in a description."""
    return write_catalog(tmp_path / "hostile.json", HOSTILE_MODELS)


CUSTOM_MODEL = {
    "id": "acme-chat-1",
    "name": "Acme Chat One",
    "provider": "acme",
    "context_window": 65536,
    "max_completion_tokens": 8192,
    "supports_function_calling": True,
    "supports_vision": True,
    "pricing": {"prompt_price_per_1m": 0.4, "completion_price_per_1m": 1.6},
    "aliases": ["acme-chat"],
    "tags": ["zebrafish"],
}


@pytest.fixture
def extra(tmp_path: Path) -> Path:
    """A models.json with one new model and a price override of gpt-4o."""
    return write_catalog(
        tmp_path / "extra.json",
        [CUSTOM_MODEL, {"id": "gpt-4o", "pricing": {"prompt_price_per_1m": 3.0}}],
    )


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the output modules believe stdout is a terminal (rich tables, pinned width)."""
    from modelreg.cli import terminal

    monkeypatch.setattr(terminal, "is_terminal", lambda: True)
