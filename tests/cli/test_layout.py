"""Tables for people at 60, 80 and 120 columns, as the console script draws them: every
table command, with the longest ids of the catalog. No id is cut, no word is broken across
lines, no line is wider than the terminal (but for one word longer than a line, which is
written whole), a legend only for a column shown, and a table that does not fit is printed
a row at a time rather than squeezed.

``--format table`` draws the table a terminal gets even into a pipe, at the width COLUMNS
gives (drawn in-process; one test holds the console script to the same bytes); audit and
sources (which have no --format) are drawn in a pseudo-terminal, and one listing in a real
terminal (tmux).
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from modelreg.registry import builtin as builtin_registry

from .conftest import SCRIPT, env_for_subprocess, run_in_process, run_script

BUILTIN = builtin_registry()
ACTIVE = [r for r in BUILTIN.records() if r["status"] != "retired" and not r["fictional"]]
LONGEST = sorted(ACTIVE, key=lambda r: (-len(r["id"]), r["id"]))[:2]
PRICED = sorted(
    (r for r in ACTIVE if (r["pricing"] or {}).get("prompt_price_per_1m") is not None),
    key=lambda r: (-len(r["id"]), r["id"]),
)[:3]
WIDTHS = ("60", "80", "120")
WIDE = "400"  # wide enough that nothing wraps: every word of a table, whole


def _commands(usage: Path) -> dict[str, list[str]]:
    longest = [r["id"] for r in LONGEST]
    priced = [r["id"] for r in PRICED]
    return {
        "list": ["list", "--all"],
        "list-provider": ["list", "--provider", longest[0].split("/")[0].split("-")[0]],
        "filter": ["filter", "--capability", "vision", "--sort", "parameters"],
        "fields": ["list", "--fields", "id,context_window,pricing.prompt_price_per_1m,tags"],
        "search": ["search", "nemotron"],
        "show": ["show", longest[0]],
        "capabilities": ["capabilities", longest[0]],
        "compare": ["compare", *longest],
        "compare-three": ["compare", *priced],
        "cost": ["cost", priced[0], "--prompt-tokens", "1200", "--completion-tokens", "300"],
        "cost-several": ["cost", *priced, "--prompt-tokens", "1M", "--completion-tokens", "200K"],
        "cost-usage": ["cost", "--usage", str(usage)],
        "providers": ["providers"],
        "parse-ft": ["parse-ft", f"ft:{priced[0]}:acme:support-bot:abc123"],
    }


@pytest.fixture(scope="module")
def usage(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("usage") / "usage.jsonl"
    lines = [
        {"model": PRICED[0]["id"], "usage": {"prompt_tokens": 1000, "completion_tokens": 200}},
        {"model": PRICED[1]["id"], "usage": {"prompt_tokens": 1200, "completion_tokens": 300}},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def _table(command: list[str], columns: str) -> str:
    return _drawn(tuple(command), columns)


@functools.cache
def _drawn(command: tuple[str, ...], columns: str) -> str:
    """The table of a command at a width (each drawn once per test run), drawn by the
    command line in-process (the console script draws the same bytes: the test below)."""
    out = run_in_process(*command, "--format", "table", env={"COLUMNS": columns})
    assert out.code == 0, (command, out.stderr)
    return out.stdout


def test_the_console_script_draws_the_tables_drawn_here(usage: Path) -> None:
    for name in ("list-provider", "compare-three", "cost-usage"):
        command = _commands(usage)[name]
        out = run_script(*command, "--format", "table", env={"COLUMNS": "60"})
        assert (out.code, out.stderr) == (0, "")
        assert out.stdout == _table(command, "60"), name


_BOX = re.compile(r"[─━│┃]+")


def _words(text: str) -> set[str]:
    """The words of a table, without the punctuation that joins them (commas of a list)."""
    return {word.rstrip(",:") for word in _BOX.sub(" ", text).split()}


@pytest.mark.parametrize("columns", WIDTHS)
def test_every_table_fits_and_breaks_no_word(columns: str, usage: Path) -> None:
    for name, command in _commands(usage).items():
        narrow = _table(command, columns)
        wide = _words(_table(command, WIDE))
        assert "…" not in narrow, name
        for line in narrow.splitlines():
            fits = len(line) <= int(columns)
            assert fits or " " not in line.strip(), (name, columns, line)
        # A word broken across lines leaves pieces the wide table does not have (the
        # caption of a narrow table may add the columns it left out).
        extra = _words(narrow) - wide - {"·", "columns", "left", "out"}
        assert not extra, (name, columns, sorted(extra)[:10])


@pytest.mark.parametrize("columns", WIDTHS)
def test_the_longest_ids_are_whole_in_every_listing(columns: str) -> None:
    for command in (["list"], ["filter", "--provider", "nvidia,meta"], ["search", "llama"]):
        text = _table(command, columns)
        ids = {line.split()[0] for line in text.splitlines() if line.strip()}
        listed = run_in_process(*command, "--format", "ids").stdout.split()
        longest = [r["id"] for r in LONGEST if r["id"] in listed]
        assert longest and all(i in ids for i in longest), (command, columns)
        # the 11B and 90B Llama vision models stay two different rows
        assert "meta-llama/Llama-3.2-11B-Vision-Instruct" in ids
        assert "meta-llama/Llama-3.2-90B-Vision-Instruct" in ids


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_legend_only_for_the_capability_column(columns: str) -> None:
    text = _table(["list"], columns)
    header = next(line for line in text.splitlines() if " ID " in f" {line} ")
    has_legend = "V=vision" in text
    assert has_legend == ("Caps" in header), (columns, header)


def test_compare_goes_vertical_when_side_by_side_does_not_fit(usage: Path) -> None:
    three = _commands(usage)["compare-three"]
    wide = _table(three, WIDE)  # the catalog's longest ids: side by side needs room
    assert "context_window" in wide and all(m in wide.splitlines()[1] for m in three[1:])
    narrow = _table(three, "60")
    lines = narrow.splitlines()
    heading = lines.index("context_window *") if "context_window *" in lines else None
    if heading is None:
        heading = lines.index("context_window")
    block = lines[heading + 1 : heading + 4]
    assert [line.split()[0] for line in block] == three[1:]  # a line per model, ids whole


def test_cost_usage_counts_requests_and_keeps_every_digit(usage: Path) -> None:
    text = _table(["cost", "--usage", str(usage)], "80")
    rows = {line.split()[0]: line.split()[1:] for line in text.splitlines() if line.strip()}
    assert rows["total"][0] == "2"  # a count, not "$2.00"
    first = PRICED[0]["pricing"]
    second = PRICED[1]["pricing"]
    expected = (
        1000 * first["prompt_price_per_1m"] + 200 * first["completion_price_per_1m"]
    ) / 1e6 + (1200 * second["prompt_price_per_1m"] + 300 * second["completion_price_per_1m"]) / 1e6
    total = float(rows["total"][1].lstrip("$").replace(",", ""))
    assert total == pytest.approx(expected, abs=1e-12)  # never rounded to a cent


def test_a_real_terminal_draws_the_same_rules(tmp_path: Path) -> None:
    """In tmux at 60 columns, `modelreg list` is a table (not tab-separated rows) whose ids
    are whole and whose footer counts the hidden models."""
    if not shutil.which("tmux") or not SCRIPT:
        pytest.skip("needs tmux")
    session = f"layout-{tmp_path.name}"[:40]
    env = env_for_subprocess()
    done = tmp_path / "done"
    variables = [f"{k}={v}" for k, v in env.items() if k not in ("COLUMNS", "LINES", "TMUX")]
    tmux = ["tmux", "-L", session, "new-session", "-d", "-s", session, "-x", "60", "-y", "50"]
    subprocess.run([*tmux, "env", "-i", *variables, "bash", "--norc", "--noprofile"], check=True)
    try:  # stdout is the pane's terminal: what it shows is captured afterwards
        keys = ["tmux", "-L", session, "send-keys", "-t", session]
        subprocess.run([*keys, "clear", "Enter"], check=True)
        typed = f"{SCRIPT} list --provider nvidia; touch {done}"
        subprocess.run([*keys, typed, "Enter"], check=True)
        deadline = time.monotonic() + 30
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        screen = subprocess.run(
            ["tmux", "-L", session, "capture-pane", "-p", "-J", "-S", "-200", "-t", session],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        subprocess.run(["tmux", "-L", session, "kill-server"], check=False)
    assert "\t" not in screen and "ID" in screen
    assert "nvidia/NVIDIA-Nemotron-3-Ultra-550B-A55B-BF16" in screen
    assert "…" not in screen
    assert re.search(r"\d+ models \(\d+ retired hidden: --all\)", screen), screen


@pytest.mark.parametrize("columns", WIDTHS)
def test_audit_in_a_terminal_fits_and_breaks_no_word(columns: str, tmp_path: Path) -> None:
    """audit has no --format: its table is drawn for a terminal (a pseudo-terminal here)."""
    from .test_hostile import in_terminal

    reference = tmp_path / "prices.json"
    longest = PRICED[0]["id"]
    reference.write_text(
        json.dumps(
            {
                longest: {
                    "litellm_provider": PRICED[0]["provider"],
                    "mode": "chat",
                    "input_cost_per_token": 123e-6,
                    "output_cost_per_token": 0.000321,
                    "supports_vision": not PRICED[0]["supports_vision"],
                }
            }
        )
    )
    against = ["audit", "--against", f"litellm:{reference}"]
    status, narrow = in_terminal(*against, env={"COLUMNS": columns})
    assert status == 0
    _, wide = in_terminal(*against, env={"COLUMNS": WIDE})
    narrow = narrow.replace("\r\n", "\n")
    assert longest in narrow and "$123.00" in narrow and "…" not in narrow
    for line in narrow.splitlines():
        assert len(line) <= int(columns) or " " not in line.strip(), (columns, line)
    assert not _words(narrow) - _words(wide.replace("\r\n", "\n")) - {"·", "columns", "left", "out"}


@pytest.mark.parametrize("columns", WIDTHS)
def test_sources_in_a_terminal_fits_and_breaks_no_word(columns: str) -> None:
    """sources has no --format either: drawn in a pseudo-terminal."""
    from .test_hostile import in_terminal

    status, narrow = in_terminal("sources", env={"COLUMNS": columns})
    assert status == 0
    _, wide = in_terminal("sources", env={"COLUMNS": WIDE})
    narrow, wide = narrow.replace("\r\n", "\n"), wide.replace("\r\n", "\n")
    assert "FAKEAI_CUSTOM_MODELS" in narrow and "not set" in narrow and "…" not in narrow
    for line in narrow.splitlines():
        assert len(line) <= int(columns) or " " not in line.strip(), (columns, line)
    assert not _words(narrow) - _words(wide) - {"·", "columns", "left", "out"}
