"""Output rules: piped tables are plain TSV, terminals get rich tables at the pinned width, and
text from a catalog is data (never markup, never raw escape sequences)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from modelreg.registry import builtin as builtin_registry

from .conftest import ESCAPE, MARKUP_ID, Run, run_in_process, run_script

BOX = set("─━│┃┄┅┆┇┈┉┊┋┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼╋═║╔╗╚╝╠╣╦╩╬╭╮╯╰")
LONGEST_ID = max((r["id"] for r in builtin_registry().records()), key=len)
GPT4O_DESCRIPTION = builtin_registry().get_record("gpt-4o")["description"]

TABLE_COMMANDS = [
    ["list"],
    ["search", "llama"],
    ["filter", "--capability", "vision"],
    ["show", "gpt-4o"],
    ["capabilities", "gpt-4o"],
    ["providers"],
    ["compare", "gpt-4o", LONGEST_ID],
    ["parse-ft", "ft:gpt-4o-mini:acme:support-bot:abc123"],
    ["cost", "gpt-4o", "--prompt-tokens", "100"],
]


def assert_plain_tsv(text: str) -> list[list[str]]:
    """Tab-separated rows under a header, no escape codes, no boxes, no wrapping."""
    assert "\x1b" not in text
    assert not BOX & set(text), BOX & set(text)
    assert "…" not in text
    assert text.endswith("\n")
    lines = text.splitlines()
    width = lines[0].count("\t")
    assert width >= 1
    assert all(line.count("\t") == width for line in lines), text
    return [line.split("\t") for line in lines]


@pytest.mark.parametrize("command", TABLE_COMMANDS, ids=lambda c: c[0])
def test_piped_tables_are_plain_and_never_truncated(command: list[str]) -> None:
    """Whatever COLUMNS says; the console script prints what the command line in-process
    prints (at the narrowest width, where a table would be squeezed)."""
    for columns in ("20", "100", "400"):
        out = run_in_process(*command, env={"COLUMNS": columns})
        assert out.code == 0, out.stderr
        rows = assert_plain_tsv(out.stdout)
        assert len(rows) >= 2
        if columns == "20":
            assert run_script(*command, env={"COLUMNS": columns}).stdout == out.stdout


def test_piped_list_keeps_long_cells_whole() -> None:
    out = run_script("list", env={"COLUMNS": "20"})
    rows = assert_plain_tsv(out.stdout)
    assert [LONGEST_ID] in [row[:1] for row in rows]
    by_id = {row[0]: row for row in rows[1:]}
    gpt = by_id["gpt-4o"]
    assert gpt[1:7] == ["openai", "chat", "128000", "16384", "2.5", "10.0"]
    assert gpt[7] == "function_calling,vision,structured_output,fine_tuning,batch_processing"


def test_piped_show_keeps_the_whole_description() -> None:
    assert len(GPT4O_DESCRIPTION) > 40
    rows = assert_plain_tsv(run_script("show", "gpt-4o", env={"COLUMNS": "20"}).stdout)
    assert ["Basics", "description", GPT4O_DESCRIPTION] in rows


def test_no_color_is_respected_even_when_colour_is_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    out = run_script("capabilities", "gpt-4o", "--json", env={"FORCE_COLOR": "1"})
    assert "\x1b" not in out.stdout
    json.loads(out.stdout)


@pytest.mark.parametrize(
    "command",
    [
        ["list", "--json"],
        ["export"],
        ["schema"],
        ["providers", "--json"],
        ["list", "--format", "jsonl"],
    ],
    ids=lambda c: " ".join(c),
)
def test_piped_json_is_plain(command: list[str]) -> None:
    out = run_script(*command, env={"COLUMNS": "20"})
    assert out.code == 0, out.stderr
    assert "\x1b" not in out.stdout
    for chunk in out.stdout.splitlines() if "jsonl" in command else [out.stdout]:
        json.loads(chunk)


def test_stdout_carries_data_only(cli: Run, tmp_path: Path) -> None:
    out = cli("capabilities", "gpt-4o", "--json")
    assert out.stderr == ""
    json.loads(out.stdout)


# -- hostile text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "shows_markup_id"),
    [
        (["list"], True),
        (["list", "--format", "ids"], True),
        (["list", "--format", "csv"], True),
        (["show", "escape-model"], False),
        (["show", MARKUP_ID], True),
        (["capabilities", "escape-model"], False),
        (["compare", MARKUP_ID, "escape-model"], True),
        (["search", "escape"], False),
        (["providers"], False),
    ],
    ids=lambda c: " ".join(c) if isinstance(c, list) else str(c),
)
def test_hostile_text_is_never_interpreted_when_piped(
    cli: Run, hostile: Path, command: list[str], shows_markup_id: bool
) -> None:
    out = cli("-c", str(hostile), *command)
    assert out.code == 0, out.stderr
    assert "\x1b" not in out.stdout
    assert (MARKUP_ID in out.stdout) is shows_markup_id


def test_hostile_description_is_escaped_in_show_and_exact_in_json(cli: Run, hostile: Path) -> None:
    piped = cli("-c", str(hostile), "show", "escape-model")
    assert ["Basics", "description", "before \\x1b[31mRED\\x1b[0m after"] in [
        line.split("\t") for line in piped.stdout.splitlines()
    ]
    as_json = cli("-c", str(hostile), "show", "escape-model", "--json")
    assert "\x1b" not in as_json.stdout
    assert json.loads(as_json.stdout)["description"] == f"before {ESCAPE}RED\x1b[0m after"


def test_hostile_markup_is_literal_in_a_rich_table(hostile: Path, terminal: None) -> None:
    out = run_in_process("-c", str(hostile), "list")
    assert out.code == 0, out.stderr
    assert MARKUP_ID in out.stdout
    assert "escape-model" in out.stdout
    shown = run_in_process("-c", str(hostile), "show", MARKUP_ID)
    assert shown.stdout.startswith(f"{MARKUP_ID}\n")  # the title: the id, once, literal
    assert "[link=https://example.com]click[/link]" in shown.stdout


def test_hostile_escape_is_escaped_in_rich_output(hostile: Path, terminal: None) -> None:
    shown = run_in_process("-c", str(hostile), "show", "escape-model")
    assert shown.code == 0, shown.stderr
    assert "\x1b" not in shown.stdout
    assert "\\x1b[31mRED" in shown.stdout.replace("\n", "").replace(" ", "")


def test_hostile_text_with_colour_forced(
    hostile: Path, terminal: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With real colour on, markup in the data still prints as brackets, and the data's own
    escape sequence never reaches the terminal."""
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    for command in (
        ["list"],
        ["show", MARKUP_ID],
        ["show", "escape-model"],
        ["compare", MARKUP_ID, "escape-model"],
    ):
        out = run_in_process("-c", str(hostile), *command)
        assert out.code == 0, out.stderr
        assert f"{ESCAPE}RED" not in out.stdout
        if MARKUP_ID in command or command == ["list"]:
            assert MARKUP_ID in out.stdout, command


# -- rich tables in a terminal -------------------------------------------------


def test_terminal_model_table_at_a_pinned_width(terminal: None) -> None:
    out = run_in_process("list", "--provider", "openai", "--all")
    assert out.code == 0, out.stderr
    lines = out.stdout.splitlines()
    assert max(len(line) for line in lines) <= 100
    assert "\t" not in out.stdout
    header = next(line for line in lines if "ID" in line)
    for title in ("Provider", "Context", "$ in/1M", "$ out/1M", "Caps"):
        assert title in header
    assert "gpt-oss-120b-realtime-preview" in out.stdout  # an id, whole
    gpt = next(line for line in lines if line.split()[:1] == ["gpt-4o"])
    assert "128K" in gpt and "$2.50" in gpt and "$10.00" in gpt
    assert any("models" in line and "V=vision" in line for line in lines)


@pytest.mark.parametrize(
    ("columns", "kept"),
    [
        ("60", ["ID", "$ in/1M", "Context"]),
        ("80", ["ID", "$ in/1M", "Context", "Provider", "$ out/1M"]),
        ("120", ["ID", "$ in/1M", "Context", "Provider", "$ out/1M", "Caps", "Max out", "Kind"]),
    ],
)
def test_narrow_tables_keep_what_matters_first(
    terminal: None, monkeypatch: pytest.MonkeyPatch, columns: str, kept: list[str]
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    out = run_in_process("list", "--provider", "openai")
    header = next(line for line in out.stdout.splitlines() if "ID" in line)
    assert all(title in header for title in kept), header
    assert max(len(line) for line in out.stdout.splitlines()) <= int(columns)
    legend = [line for line in out.stdout.splitlines() if "=" in line]
    if "Caps" in header:
        for word in ("T=function_calling", "V=vision", "R=reasoning"):
            assert any(word in line for line in legend)  # no item breaks across lines
    else:
        assert not legend  # a legend only for a column shown
    if int(columns) >= 80:  # the longest Meta id and the sorted column: 62 columns
        sorted_by = run_in_process(
            "list", "--provider", "meta", "--open-weights", "--sort", "parameters"
        )
        header = next(line for line in sorted_by.stdout.splitlines() if "ID" in line)
        assert "Parameters" in header  # the column a user sorted by is shown
        assert header.index("Parameters") < header.index("Context")


@pytest.mark.parametrize("columns", ["40", "60", "120"])
def test_terminal_tables_fit_the_width(
    terminal: None, monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    for command in (["list"], ["show", "gpt-4o"], ["compare", "gpt-4o", "o1"], ["providers"]):
        out = run_in_process(*command)
        assert out.code == 0, out.stderr
        assert "…" not in out.stdout  # nothing is cut
        if columns == "40" and command == ["list"]:
            continue  # the longest id (45) does not fit: rows as a pipe gets them
        for line in out.stdout.splitlines():  # a line is longer only for a word that is
            assert len(line) <= int(columns) or " " not in line.strip(), (command, line)


def test_terminal_show_groups_sections(terminal: None) -> None:
    out = run_in_process("show", "gpt-4o")
    assert out.stdout.splitlines()[0] == "GPT-4o (gpt-4o)"
    for section in ("Basics", "Pricing (USD)", "Aliases", "Defined by", "builtin:openai"):
        assert section in out.stdout
    assert "128K" in out.stdout


def test_terminal_compare_marks_differences(terminal: None) -> None:
    out = run_in_process("compare", "gpt-4o", "o1")
    line = next(line for line in out.stdout.splitlines() if "context_window" in line)
    assert "*" in line
    same = next(line for line in out.stdout.splitlines() if line.strip().startswith("provider"))
    assert "*" not in same


def test_terminal_json_without_colour_is_plain_json(terminal: None) -> None:
    out = run_in_process("capabilities", "gpt-4o", "--json")
    assert json.loads(out.stdout)["model"] == "gpt-4o"


def test_a_narrow_terminal_drops_minor_columns_before_folding_ids(
    terminal: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "90")
    out = run_in_process("list", "--provider", "meta", "--open-weights")
    assert out.code == 0, out.stderr
    header = next(line for line in out.stdout.splitlines() if "ID" in line)
    assert "Context" in header and "Caps" in header
    # Meta's open weights have no price: the price columns, all '-', go first, then the
    # output limit.
    assert "$ in/1M" not in header and "$ out/1M" not in header and "Max out" not in header
    assert "meta-llama/Llama-3.2-90B-Vision-Instruct" in out.stdout  # the longest id, whole
    assert max(len(line) for line in out.stdout.splitlines()) <= 90


def test_format_table_is_honoured_when_piped_and_no_color_means_no_escapes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    coloured = run_script("list", "--provider", "anthropic", "--format", "table")
    assert "\x1b[" in coloured.stdout and "ID" in coloured.stdout  # for less -R
    plain = run_script(
        "list", "--provider", "anthropic", "--format", "table", env={"NO_COLOR": "1"}
    )
    assert "\x1b" not in plain.stdout and "ID" in plain.stdout


def test_an_empty_result_says_so_on_stderr(terminal: None) -> None:
    out = run_in_process("search", "qqqxxzzzvvv")
    assert out.code == 0
    assert out.stdout == ""
    assert "no models match" in out.stderr
    one = run_in_process("list", "--provider", "anthropic", "--limit", "1")
    assert "1 model (" in one.stdout  # and what is hidden


@pytest.mark.parametrize("found_by_rich", [False, True])
@pytest.mark.parametrize("color", ["standard", "256", "truecolor", None])
def test_a_table_whose_columns_fit_is_drawn_byte_for_byte_as_rich_draws_it(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    color: str | None,
    found_by_rich: bool,
) -> None:
    """When every cell fits its column, the table is drawn without rich (its frame by rich
    where a title or the caption is not plain text, or where only rich knows the terminal):
    the bytes are those of rich's table, wide and combining characters, unicode spaces,
    right-justified cells, coloured statuses (not their padding) and wrapped captions
    included."""
    import io
    import random

    from rich import box
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from modelreg.cli import tables, terminal

    monkeypatch.delenv("NO_COLOR")  # rich's reference would leave out the colours

    def text(longest: int, first: str = "az中") -> str:  # never "-": that column is left out
        tail = (rnd.choice("abz-_.é中 e\u0301 \xa0\u3000") for _ in range(rnd.randint(0, longest)))
        return rnd.choice(first) + "".join(tail)

    statuses = ["active", "deprecated", "retired", "preview", "active, fictional", "other"]
    words = ["models", "·", "T=function_calling", "中文", "e\u0301", "[b]x[/b]", ":smile:"]
    rnd = random.Random(16)
    for _ in range(300):
        headers = [rnd.choice(["ID", text(4, "Iz中")]), rnd.choice(["Provider", "Pro vider", "中"])]
        headers += ["Context", "Status"]
        rows = [
            [text(30), text(6), text(6), rnd.choice(statuses)] for _ in range(rnd.randint(1, 25))
        ]
        plain = rnd.choices(words[:3], k=rnd.randint(1, 30))
        caption = rnd.choice(
            [
                None,
                " ".join(plain),  # wrapped at spaces
                " ".join(plain) + "x" * rnd.randint(20, 90),  # a word folded: rich's
                " ".join(rnd.choices(words, k=rnd.randint(1, 20))),  # markup, wide: rich's
            ]
        )
        widths = [
            max(cell_len(v) for v in [h, *(r[i] for r in rows)]) for i, h in enumerate(headers)
        ]
        size = rnd.randint(sum(widths) + 13, sum(widths) + 60)

        def console(size: int = size) -> Console:
            return Console(file=io.StringIO(), force_terminal=True, width=size, color_system=color)

        screen = None if found_by_rich else (size, color is not None)
        monkeypatch.setattr(terminal, "screen", lambda screen=screen: screen)
        monkeypatch.setattr(tables, "console", console)
        tables.emit_rich_table(headers, rows, caption=caption, right=[2], priority=[0, 1, 2, 3])
        drawn = capsys.readouterr().out

        expected = Table(box=box.SIMPLE_HEAD, caption=caption, caption_justify="left")
        for i, header in enumerate(headers):
            expected.add_column(
                Text(header),
                justify="right" if i == 2 else "left",
                no_wrap=i == 0,
                overflow="fold",
                width=widths[i],
            )
        for row in rows:  # a status coloured, not its padding
            pad = " " * (widths[3] - len(row[3]))
            status = Text.assemble((row[3], tables.status_style(row[3])), pad)
            expected.add_row(*map(Text, row[:3]), status)
        reference = console()
        reference.print(expected)
        assert drawn == reference.file.getvalue()  # type: ignore[attr-defined]


def test_the_styles_drawn_without_rich_are_rich_s() -> None:
    """Bold titles, a dim italic caption and the statuses' colours, as rich writes them
    in every colour system."""
    from rich.color import ColorSystem
    from rich.style import Style

    from modelreg.cli import simple_table, tables

    assert set(tables.STATUS_STYLES.values()) <= set(simple_table.SGR)
    for style in simple_table.SGR:
        for system in ColorSystem:
            rich = Style.parse(style).render("x", color_system=system)
            assert simple_table.styled("x", style) == rich, (style, system)
