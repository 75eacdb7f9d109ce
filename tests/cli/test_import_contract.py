"""The fast paths never import the heavy libraries: checked on the real console script."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from bench.startup import write_user_sources

from .conftest import SCRIPT, write_catalog

HEAVY = ("typer", "click", "pydantic", "rich", "rapidfuzz")
_SITECUSTOMIZE = """
import atexit, json, os, sys

def _report():
    with open(os.environ["MODELREG_IMPORTS_OUT"], "w") as f:
        json.dump(sorted(sys.modules), f)

atexit.register(_report)
"""

CASES = [
    (["capabilities", "gpt-4o", "--json"], {}),
    (["list", "--json"], {}),
    (["search", "vision", "--format", "ids"], {}),
    (["show", "gpt-4o", "--json"], {}),
    (["show", "gpt-4o-m"], {"_MODELREG_COMPLETE": "zsh"}),
    (["list", "--provider", "an"], {"_MODELREG_COMPLETE": "fish"}),
    (
        [],
        {
            "_MODELREG_COMPLETE": "bash",
            "_MODELREG_LINE": "modelreg show gpt-4",
            "_MODELREG_CUR": "gpt-4",
        },
    ),
]


def imported(tmp_path: Path, args: list[str], env: dict[str, str]) -> set[str]:
    """The modules loaded by a run of the console script (read at exit)."""
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    out = tmp_path / "modules.json"
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    done = subprocess.run(
        [SCRIPT, *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={
            **clean,
            **env,
            "PYTHONPATH": str(site),
            "MODELREG_IMPORTS_OUT": str(out),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(out.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("args", "env"), CASES, ids=[" ".join(a) or "bash" for a, _ in CASES])
def test_fast_paths_import_no_heavy_library(tmp_path: Path, args: list[str], env: dict) -> None:
    modules = imported(tmp_path, args, env)
    assert {m.split(".")[0] for m in modules} & set(HEAVY) == set()


# Tables whose every cell fits its column on one line are drawn without rich; those that
# wrap a cell, and show's sections, are rich's.
PLAIN_TABLES = [
    ["list", "--format", "table"],
    ["search", "vision", "--format", "table"],
    ["filter", "--capability", "vision", "--max-prompt-price", "1", "--format", "table"],
    ["cost", "gpt-4o", "o3", "--prompt-tokens", "1M", "--format", "table"],
]
RICH_TABLES = [
    ["show", "gpt-4o", "--format", "table"],
    ["compare", "gpt-4o", "o3", "--format", "table"],
]


@pytest.mark.parametrize("args", PLAIN_TABLES, ids=[a[0] for a in PLAIN_TABLES])
def test_tables_whose_cells_fit_import_no_heavy_library(tmp_path: Path, args: list[str]) -> None:
    modules = imported(tmp_path, args, {"COLUMNS": "250"})
    assert {m.split(".")[0] for m in modules} & set(HEAVY) == set()


@pytest.mark.parametrize("args", RICH_TABLES, ids=[a[0] for a in RICH_TABLES])
def test_the_front_doors_other_tables_import_rich_alone(tmp_path: Path, args: list[str]) -> None:
    """The tables rich draws load no typer, click, pydantic or rapidfuzz."""
    heavy = {m.split(".")[0] for m in imported(tmp_path, args, {})} & set(HEAVY)
    assert heavy == {"rich"}


@pytest.mark.parametrize(("args", "env"), [c for c in CASES if c[1]], ids=["zsh", "fish", "bash"])
def test_completion_without_user_sources_builds_no_registry(
    tmp_path: Path, args: list[str], env: dict
) -> None:
    modules = imported(tmp_path, args, env)
    assert "modelreg.cli.names" in modules
    assert {"modelreg.registry", "modelreg.schema", "modelreg.catalog"} & modules == set()


def test_the_full_path_does_import_typer(tmp_path: Path) -> None:
    # The check above can fail: a command outside the fast paths loads typer.
    modules = imported(tmp_path, ["providers", "--json"], {})
    assert "typer" in modules


def user_sources(root: Path, n: int = 100) -> None:
    """The user sources bench/startup.py measures: a user store (under the isolated
    XDG_CONFIG_HOME) and a ./models.json of ``n`` entries each."""
    write_user_sources(home=root / "config", cwd=root, n=n)


SOURCE_CASES = [
    (["capabilities", "zeta-local-7", "--json"], {}),
    (["capabilities", "store-model-3", "--json"], {}),
    (["list", "--json"], {}),
    (["search", "vision", "--format", "ids"], {}),
    (["show", "zeta"], {"_MODELREG_COMPLETE": "zsh"}),
    (
        [],
        {
            "_MODELREG_COMPLETE": "bash",
            "_MODELREG_LINE": "modelreg capabilities store-",
            "_MODELREG_CUR": "store-",
        },
    ),
]


@pytest.mark.parametrize(
    ("args", "env"), SOURCE_CASES, ids=[" ".join(a) or "bash" for a, _ in SOURCE_CASES]
)
def test_user_sources_are_validated_without_pydantic_then_read_compiled(
    tmp_path: Path, args: list[str], env: dict
) -> None:
    user_sources(tmp_path)
    modules = imported(tmp_path, args, env)
    assert {m.split(".")[0] for m in modules} & set(HEAVY) == set()
    assert "modelreg.schema.validation" in modules  # the sources were validated (compiled),
    again = imported(tmp_path, args, env)
    assert {"modelreg.schema.validation", "pydantic_core"} & again == set()  # then read compiled


def test_a_small_user_source_is_read_without_pydantic(tmp_path: Path) -> None:
    write_catalog(tmp_path / "models.json", [{"id": "zeta-local", "context_window": 4096}])
    modules = imported(tmp_path, ["capabilities", "zeta-local", "--json"], {})
    assert {m.split(".")[0] for m in modules} & set(HEAVY) == set()
