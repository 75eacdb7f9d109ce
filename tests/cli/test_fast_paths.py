"""The fast paths (answered before typer loads) print what the typer commands print."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from modelreg.cli.app import app
from modelreg.cli.fast import run_fast

from .conftest import run_script, write_catalog

ARGVS = [
    ["capabilities", "gpt-4o", "--json"],
    ["capabilities", "claude-3-opus-20240229", "--format", "json"],
    ["capabilities", "ft:gpt-4o-mini:acme::abc123", "--json"],
    ["show", "gpt-4o", "--json"],
    ["show", "claude-3-5-sonnet-20250514", "--json"],
    ["list", "--json"],
    ["list", "--format", "ids"],
    ["list", "--format=jsonl"],
    ["search", "vision", "--format", "ids"],
    ["search", "llama", "vision", "--json"],
    ["search", "qqqxxzzz", "--json"],
    ["--builtin-only", "list", "--format", "ids"],
    ["capabilities", "gpt4o", "--json"],
    ["show", "nope-nothing", "--json"],
    ["list"],
    ["list", "--format", "table"],
    ["search", "vision"],
    ["search", "llama", "vision", "-f", "table"],
    ["search", "qqqxxzzz"],
]


@pytest.mark.parametrize("argv", ARGVS, ids=[" ".join(a) for a in ARGVS])
def test_fast_and_typer_paths_agree(argv: list[str], isolated: Path) -> None:
    write_catalog(isolated / "models.json", [{"id": "zeta-local", "context_window": 4096}])
    fast = run_script(*argv)
    full = CliRunner().invoke(app, argv)
    assert (fast.code, fast.stdout, fast.stderr) == (full.exit_code, full.stdout, full.stderr)


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "--provider", "openai", "--json"],
        ["show", "gpt-4o"],
        ["capabilities", "gpt-4o"],
        ["providers", "--json"],
        ["show", "gpt-4o", "--format", "table"],
        ["list", "--format", ""],
        ["-c", "x.json", "--version"],
        [],
    ],
)
def test_anything_else_goes_to_typer(argv: list[str]) -> None:
    assert run_fast(argv) is None


def test_a_broken_source_on_the_fast_path_exits_3(isolated: Path) -> None:
    (isolated / "models.json").write_text("{broken", encoding="utf-8")
    out = run_script("capabilities", "gpt-4o", "--json")
    assert out.code == 3 and out.stdout == ""
    assert "models.json" in out.stderr


@pytest.mark.parametrize("argv", [["list"], ["search", "llama", "vision"]])
def test_the_terminal_table_is_typers(
    argv: list[str], isolated: Path, terminal: None, capsys: pytest.CaptureFixture[str]
) -> None:
    write_catalog(isolated / "models.json", [{"id": "zeta-local", "context_window": 4096}])
    assert run_fast(argv) == 0
    fast = capsys.readouterr()
    with pytest.raises(SystemExit) as done:
        app(argv)
    assert done.value.code == 0
    full = capsys.readouterr()
    assert (fast.out, fast.err) == (full.out, full.err)
    assert "─" in fast.out
