"""The front door (answered before typer loads) prints what the typer commands print."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from modelreg.cli.app import app
from modelreg.cli.fast import run_fast

from .conftest import run_in_process, run_script, write_catalog

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
    ["filter", "--capability", "vision", "--json"],
    ["filter", "--cap", "tools,vision", "--provider", "openai", "--format", "ids"],
    ["list", "-p", "anthropic", "-p", "meta", "--capability=reasoning"],
    ["search", "llama", "--provider=meta", "--json"],
    ["filter", "--capability", "visoin", "--json"],
    ["list", "--provider", "antropic"],
    ["filter", "--capability"],
    ["show", "gpt-4o"],
    ["show", "gpt-4o", "--format", "table"],
    ["capabilities", "gpt-4o"],
    ["filter", "--capability", "vision", "--max-prompt-price", "1"],
    ["list", "-n2", "--sort", "context_window", "--desc", "--closed-weights"],
    ["list", "--limit=3", "--open-weights", "--fields", "id,parameters"],
    ["list", "--min-context", "abc"],
    ["list", "--fields", "id,nope"],
    ["cost", "gpt-4o", "claude-sonnet-4-6", "o3", "--prompt-tokens", "1M"],
    ["cost", "gpt-4o", "--prompt-tokens", "1M", "--via", "nobody"],
    ["cost", "gpt-4o", "--cached-tokens", "2K", "--prompt-tokens", "1K"],
    ["cost", "--prompt-tokens", "1K"],
    ["compare", "gpt-4o", "o3", "claude-sonnet-4-6", "--diff"],
    ["compare", "gpt-4o"],
    ["parse-ft", "ft:gpt-4o-mini:acme::abc123", "--json"],
    ["search", "--", "-x"],
]


@pytest.mark.parametrize("argv", ARGVS, ids=[" ".join(a) for a in ARGVS])
def test_fast_and_typer_paths_agree(argv: list[str], isolated: Path) -> None:
    write_catalog(isolated / "models.json", [{"id": "zeta-local", "context_window": 4096}])
    fast = run_in_process(*argv)  # main(): the fast path where there is one
    full = CliRunner().invoke(app, argv)
    assert (fast.code, fast.stdout, fast.stderr) == (full.exit_code, full.stdout, full.stderr)


@pytest.mark.parametrize(
    "argv",
    [
        ["providers", "--json"],
        ["list", "--format", ""],
        ["-c", "x.json", "--version"],
        [],
        ["show", "--help"],
        ["show"],
        ["show", "gpt-4o", "o3"],
        ["list", "--bogus"],
        ["list", "--limit", "x"],
        ["list", "--sort", "xx"],
        ["list", "--provider"],
        ["list", "--json=yes"],
        ["--no-such-global", "list"],
    ],
)
def test_anything_else_goes_to_typer(argv: list[str]) -> None:
    assert run_fast(argv) is None


def test_a_broken_source_on_the_fast_path_exits_3(isolated: Path) -> None:
    (isolated / "models.json").write_text("{broken", encoding="utf-8")
    out = run_script("capabilities", "gpt-4o", "--json")
    assert out.code == 3 and out.stdout == ""
    assert "models.json" in out.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["search", "llama", "vision"],
        ["show", "gpt-4o"],
        ["filter", "--capability", "vision", "--max-prompt-price", "1"],
        ["cost", "gpt-4o", "claude-sonnet-4-6", "o3", "--prompt-tokens", "1M"],
        ["compare", "gpt-4o", "o3", "claude-sonnet-4-6"],
    ],
)
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
    assert fast.out.strip()


def test_the_console_script_ends_the_usual_way_while_threads_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """run() ends the process at once (os._exit, after atexit and a flush) only when no
    other thread is running; here one is, so it raises SystemExit as main() does."""
    import threading

    from modelreg.cli.main import run

    release = threading.Event()
    waiting = threading.Thread(target=release.wait, daemon=True)
    waiting.start()
    monkeypatch.setattr("sys.argv", ["modelreg", "capabilities", "gpt-4o", "--json"])
    try:
        with pytest.raises(SystemExit) as ended:
            run()
    finally:
        release.set()
        waiting.join()
    assert ended.value.code == 0
    assert json.loads(capsys.readouterr().out)["model"] == "gpt-4o"


def test_each_answer_takes_what_its_typer_command_gives() -> None:
    """The front door calls a command's answer with the grammar's destinations; the typer
    command calls it with its parameters: both are the answer's own parameters."""
    import inspect

    from modelreg.cli.commands import ANSWERS
    from modelreg.cli.grammar import GRAMMAR

    for command, answer in ANSWERS.items():
        spec = GRAMMAR[command]["parse"]
        assert spec["answer"] == f"{answer.__module__}:{answer.__name__}"
        given = {dest for dest, _ in [*spec["options"].values(), *spec["arguments"]]}
        given = {"filters" if dest.startswith("filters.") else dest for dest in given}
        taken = set(inspect.signature(answer).parameters) - {"state"}
        assert given == taken, command
