"""What people see: hidden models are never hidden silently, lifecycle notes wherever a
model is named, one way to print tokens and money, and the search order people expect.
The command line runs in-process (a test holds the console script to the same output), with
today's date pinned; catalog facts are read from the catalog, never restated here."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from modelreg.cli.figures import human_tokens, money, number, text, texts
from modelreg.registry import builtin as builtin_registry

from .conftest import Outcome, run_in_process, run_script

TODAY = "2026-12-07"
BUILTIN = builtin_registry()


def run(*args: str, columns: str = "100") -> Outcome:
    """The command line in-process (the console script says the same: the test below)."""
    return run_in_process(*args, env={"MODELREG_TODAY": TODAY, "COLUMNS": columns})


def script(*args: str, columns: str = "100") -> Outcome:
    """The console script itself (help wider than 80 columns: the in-process app was built
    at the width the test run started with)."""
    return run_script(*args, env={"MODELREG_TODAY": TODAY, "COLUMNS": columns})


@pytest.mark.parametrize(
    ("args", "columns"),
    [
        (["search", "dalle"], "100"),
        (["list", "--provider", "openai"], "100"),
        (["show", "gpt-4"], "100"),
        (["cost", "gpt-4o", "--prompt-tokens", "1234567", "--json"], "100"),
        (["list", "--sort", "ctx"], "100"),
        (["--help"], "60"),
        (["cost", "--help"], "80"),
    ],
)
def test_the_console_script_says_what_these_tests_read(args: list[str], columns: str) -> None:
    said, read = script(*args, columns=columns), run(*args, columns=columns)
    assert (said.code, said.stdout, said.stderr) == (read.code, read.stdout, read.stderr)


@functools.cache
def _catalog() -> tuple[dict, ...]:
    """Every model as of TODAY, as the command line gives them."""
    return tuple(run("list", "--all", "--json").json())


def record(model_id: str) -> dict:
    return next(r for r in _catalog() if r["id"] == BUILTIN.resolve_id(model_id))


def records() -> list[dict]:
    return list(_catalog())


def retired() -> list[dict]:
    return [r for r in records() if r["status"] == "retired"]


def matching(word: str) -> list[str]:
    """The retired ids that have ``word`` in them."""
    return [r["id"] for r in retired() if word in r["id"]]


# -- 1. nothing vanishes without a word ----------------------------------------------------


@pytest.mark.parametrize("query", ["o1", "dalle", "dall-e"])
def test_a_search_only_retired_models_match_names_them_and_all(query: str) -> None:
    out = run("search", query)
    assert out.code == 0 and out.stdout.splitlines()[1:] == []  # a header line, no rows
    expected = matching("o1" if query == "o1" else "dall-e")
    assert expected
    line = out.stderr.strip()
    assert line.startswith(f"no active model matches {query!r}; {len(expected)} retired ones do (")
    assert line.endswith("): add --all")
    assert set(re.search(r"\((.*)\)", line).group(1).split(", ")) == set(expected)
    shown = run("search", query, "--all", "--format", "ids").stdout.split()
    assert set(expected) <= set(shown)


def test_a_retired_exact_match_is_named_not_buried_under_weaker_hits() -> None:
    assert "mixtral-8x7b" in matching("mixtral")
    out = run("search", "mixtral", "--format", "ids")
    assert "mixtral-8x7b" in out.stderr and "add --all" in out.stderr
    assert not any(i.startswith("mistral-ocr") for i in out.stdout.split()[:1])
    assert (
        run("search", "mixtral", "--all", "--format", "ids").stdout.split()[0].startswith("mixtral")
    )


def test_listing_footers_count_what_is_hidden() -> None:
    hidden_retired = len(retired())
    fictional = sum(1 for r in records() if r["fictional"] and r["status"] != "retired")
    out = run("list", "--format", "table")
    shown = len(run("list", "--format", "ids").stdout.split())
    footer = f"{shown} models ({hidden_retired} retired and {fictional} fictional hidden: --all)"
    assert footer in " ".join(out.stdout.split())
    everything = run("list", "--all", "--format", "table").stdout
    assert "hidden" not in everything


def test_an_empty_listing_names_the_hidden_models_that_match() -> None:
    shown = [r for r in records() if r not in retired() and not r["fictional"]]
    first = min(r["release_date"] for r in shown if r["release_date"])
    older = [r["id"] for r in retired() if r["release_date"] and r["release_date"] < first]
    assert older  # the oldest models of the catalog are retired ones
    out = run("list", "--released-before", first, "--format", "ids")
    assert out.code == 0 and out.stdout == ""
    which = f"{len(older)} retired ones do" if len(older) > 1 else "1 retired one does"
    assert out.stderr.startswith(f"no active model matches; {which} (")
    assert older[0] in out.stderr and out.stderr.rstrip().endswith("add --all")
    nothing = run("filter", "--tag", "a-tag-nobody-has")
    assert nothing.stderr == "no models match\n"


def test_the_fictional_placeholder_is_hidden_like_a_retired_model_and_marked() -> None:
    placeholder = next(r["id"] for r in records() if r["fictional"])
    assert placeholder not in run("list", "--format", "ids").stdout.split()
    assert placeholder not in run("search", "gpt-oss", "--format", "ids").stdout.split()
    everything = run("list", "--all", "--json").json()
    assert next(m for m in everything if m["id"] == placeholder)["fictional"] is True
    table = run("list", "--all", "--format", "table", columns="200").stdout
    row = next(line for line in table.splitlines() if line.split()[:1] == [placeholder])
    assert "fictional" in row
    assert run("show", placeholder, "--json").json()["id"] == placeholder  # lookups answer


# -- 2. lifecycle notes --------------------------------------------------------------------


def _soon() -> dict:
    """A model retiring within 30 days of TODAY (read from the catalog)."""
    end = (dt.date.fromisoformat(TODAY) + dt.timedelta(days=30)).isoformat()
    return next(
        r for r in records() if r["retirement_date"] and TODAY < r["retirement_date"] <= end
    )


def _retired_with_successor() -> dict:
    return next(r for r in retired() if r["successor"])


def test_check_says_it_as_a_violation_and_a_warning() -> None:
    gone = _retired_with_successor()
    out = run("check", gone["id"])
    assert out.code == 5
    assert f"Model '{gone['id']}' was retired on {gone['retirement_date']}" in out.stderr
    assert f"use '{gone['successor']}' instead" in out.stderr
    soon = _soon()
    out = run("check", soon["id"])
    assert out.code == 0, out.stderr
    assert f"it shuts down on {soon['retirement_date']}" in out.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["cost", "{id}", "--prompt-tokens", "1000"],
        ["compare", "{id}", "gpt-4o"],
        ["show", "{id}"],
        ["capabilities", "{id}", "--json"],
    ],
)
def test_every_command_that_names_a_model_gives_its_lifecycle_note(command: list[str]) -> None:
    gone = _retired_with_successor()
    out = run(*(part.format(id=gone["id"]) for part in command))
    assert out.code in (0, 5), out.stderr
    assert f"note: {gone['id']} was retired on {gone['retirement_date']}" in out.stderr
    assert f"its provider recommends {gone['successor']}" in out.stderr
    soon = _soon()
    out = run(*(part.format(id=soon["id"]) for part in command))
    days = (dt.date.fromisoformat(soon["retirement_date"]) - dt.date.fromisoformat(TODAY)).days
    assert f"warning: {soon['id']} retires on {soon['retirement_date']} (in {days} days)" in (
        out.stderr
    )


def test_the_successor_chain_is_followed(tmp_path: Path) -> None:
    soon = (dt.date.fromisoformat(TODAY) + dt.timedelta(days=10)).isoformat()
    chain = [
        {"id": "acme/old", "retirement_date": "2026-01-01", "successor": "acme/mid"},
        {"id": "acme/mid", "retirement_date": soon, "successor": "acme/new"},
        {"id": "acme/new", "pricing": {"prompt_price_per_1m": 1.0}},
    ]
    catalog = tmp_path / "chain.json"
    catalog.write_text(json.dumps(chain), encoding="utf-8")
    out = run("-c", str(catalog), "cost", "acme/old", "--prompt-tokens", "1000")
    assert f"acme/mid (retiring {soon}) -> acme/new" in out.stderr.replace("→", "->")


def test_an_active_model_without_a_date_has_no_note() -> None:
    calm = next(
        r
        for r in records()
        if r["status"] == "active"
        and not r["retirement_date"]
        and not r["fictional"]
        and (r["pricing"] or {}).get("prompt_price_per_1m") is not None
    )
    assert run("cost", calm["id"], "--prompt-tokens", "1000").stderr == ""


# -- 3 and 4. money and tokens -------------------------------------------------------------


def test_money_is_exact_and_never_an_exponent() -> None:
    assert money(6e-05) == "$0.00006"
    assert money(0.435) == "$0.435"
    assert money(2.5) == "$2.50"
    assert money(1234.5) == "$1,234.50"
    assert money(0.0) == "$0.00"
    cheapest = min(
        (r for r in records() if (r["pricing"] or {}).get("prompt_price_per_1m")),
        key=lambda r: r["pricing"]["prompt_price_per_1m"],
    )
    out = run("cost", cheapest["id"], "--prompt-tokens", "7", "--format", "table")
    assert "e-" not in out.stdout
    exact = 7 * cheapest["pricing"]["prompt_price_per_1m"] / 1e6
    prompt = next(line for line in out.stdout.splitlines() if "prompt_cost" in line)
    assert float(prompt.split()[-1].lstrip("$")) == pytest.approx(exact, rel=1e-9)


@given(
    st.floats(min_value=0, allow_nan=False, allow_infinity=False)
    | st.integers(min_value=0, max_value=10**30)
)
def test_money_writes_every_digit_of_any_amount(amount: float) -> None:
    """Cents at least, thousands grouped, and exactly the amount's digits (a float's
    shortest repr): never an exponent, never rounded."""
    said = money(amount)
    assert re.fullmatch(r"\$\d{1,3}(,\d{3})*\.\d{2,}", said), said
    assert Decimal(said[1:].replace(",", "")) == Decimal(repr(amount)), said
    if isinstance(amount, float) and not amount.is_integer():
        assert Decimal(number(amount)) == Decimal(repr(amount))


_CELL_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=0, max_value=2**40),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1.0, max_value=1e12),
    st.sampled_from([0, 0.0, -0.0, 1, 1.0, 128000, 128000.0]),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
)


@given(
    st.lists(_CELL_VALUES, max_size=30),
    st.sampled_from(["context_window", "prompt_price_per_1m", "parameters", "id", "status"]),
)
@example([0.0, -0.0, 2.5, None, 0.0], "prompt_price_per_1m")
@example([1, 1.0, True, None], "context_window")
def test_a_column_says_each_value_as_a_cell_says_it(values: list[object], field: str) -> None:
    """A listing says each distinct value once: the same words as one by one (1 and 1.0,
    0.0 and -0.0, which are equal, said apart where they differ)."""
    assert texts(values, field) == [text(value, True, field) for value in values]


@pytest.mark.parametrize(
    ("count", "short"),
    [
        (128000, "128K"),
        (131072, "128K"),
        (8191, "8K"),
        (8192, "8K"),
        (16385, "16K"),
        (200000, "200K"),
        (1047576, "1M"),
        (1048576, "1M"),
        (1050000, "1.05M"),
        (400000, "400K"),
        (512, "512"),
        (1200, "1.2K"),
    ],
)
def test_one_rule_for_tokens(count: int, short: str) -> None:
    assert human_tokens(count) == short


def test_tokens_print_the_same_in_every_command() -> None:
    model = next(r for r in records() if r["context_window"] == 200000 and not r["fictional"])
    short = "200K"
    for command in (
        ["show", model["id"]],
        ["capabilities", model["id"]],
        ["compare", model["id"], "gpt-4o"],
        ["list", "--all", "--provider", model["provider"]],
        ["cost", model["id"], "--prompt-tokens", "200000"],
    ):
        text = run(*command, "--format", "table", columns="200").stdout
        assert short in text, command
        assert "200,000" not in text and "200000" not in text, command


def test_cost_media_counts_are_whole_numbers() -> None:
    priced = next(r for r in records() if (r["pricing"] or {}).get("image_price_per_unit"))
    out = run("cost", priced["id"], "--images", "10", "--format", "table")
    images = next(line for line in out.stdout.splitlines() if line.split()[:1] == ["images"])
    assert images.split()[1] == "10"


def test_cost_usage_json_is_unchanged_in_shape(tmp_path) -> None:
    usage = tmp_path / "u.jsonl"
    usage.write_text(json.dumps({"model": "gpt-4o", "usage": {"prompt_tokens": 10}}) + "\n")
    data = run("cost", "--usage", str(usage), "--json").json()
    assert set(data) == {"models", "requests", "total_cost", "currency"}
    assert data["requests"] == 1 and isinstance(data["total_cost"], float)


# -- 6. search order -------------------------------------------------------------------------


def _first(query: str) -> str:
    return run("search", query, "--format", "ids").stdout.split()[0]


def test_among_equal_matches_the_newest_comes_first() -> None:
    sonnets = [
        r
        for r in records()
        if "sonnet" in r["id"].split("-") and r["status"] != "retired" and r["release_date"]
    ]
    newest = max(sonnets, key=lambda r: r["release_date"])
    assert _first("sonnet") == newest["id"]
    opus = [r for r in records() if r["id"].startswith("claude-opus-") and r["status"] != "retired"]
    plain = [r for r in opus if not re.search(r"\d{8}", r["id"])]
    assert _first("claude opus") == max(plain, key=lambda r: r["release_date"] or "")["id"]


def test_short_names_keep_working() -> None:
    assert _first("4o") == "gpt-4o"
    assert _first("gpt4").startswith("gpt-4")
    assert "sonnet" in _first("sonnet")


def test_a_kinds_words_match_every_model_of_that_kind() -> None:
    kind = "image_generation"
    of_kind = {r["id"] for r in records() if r["kind"] == kind and r["status"] != "retired"}
    found = set(run("search", "image", "generation", "--format", "ids").stdout.split())
    assert of_kind <= found
    speech = {r["id"] for r in records() if r["kind"] == "text_to_speech"}
    found = run("search", "text", "to", "speech", "--all", "--format", "ids").stdout.split()
    assert set(found) == speech  # the kind, as one phrase: not speech to text


# -- 8. typos ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [
        (["lsit"], "did you mean 'list'?"),
        (["serch", "x"], "'search'"),
        (["list", "--sort", "price"], "did you mean 'prompt_price_per_1m'"),
        (["list", "--sort", "cost"], "did you mean 'prompt_price_per_1m'?"),
        (["list", "--sort", "ctx"], "did you mean 'context_window'?"),
        (["list", "--fields", "id,ctx"], "did you mean 'context_window'?"),
    ],
)
def test_a_typo_gets_the_closest_names_not_every_name(args: list[str], suggestion: str) -> None:
    out = run(*args)
    assert out.code == 2 and out.stdout == ""
    assert suggestion in out.stderr
    assert "video_price_per_second" not in out.stderr  # not the list of all 36


def test_a_field_nothing_resembles_gets_the_list_of_fields() -> None:
    out = run("list", "--fields", "id,qqqq")
    assert out.code == 2
    assert "the fields: id, name" in out.stderr and "pricing.prompt_price_per_1m" in out.stderr


# -- 9. help -------------------------------------------------------------------------------

COMMANDS = ("list", "filter", "search", "show", "capabilities", "compare", "cost", "check")
COMMANDS += ("parse-ft", "providers", "export", "schema", "add", "remove", "update")
COMMANDS += ("sources", "audit", "completion", "serve")


@pytest.mark.parametrize("columns", ["60", "80"])
def test_help_speaks_to_people(columns: str) -> None:
    for command in ("", *COMMANDS):
        out = run(*([command] if command else []), "--help", columns=columns)
        assert out.code == 0, (command, out.stderr)
        text = out.stdout
        for marker in ("<str>", "<list[str]>", "<float range>", "<int>", "{MODEL_ID", "...]..."):
            assert marker not in text, (command, marker)
        for line in text.splitlines():  # a hyphenated word or path is never split
            assert not re.search(r"[A-Za-z]-$", line), (command, line)


def test_list_and_filter_say_why_both_exist() -> None:
    summaries = {}
    for command in ("list", "filter"):
        text = script(command, "--help").stdout
        summaries[command] = text.split("\n\n")[1].strip()
    assert summaries["list"] != summaries["filter"]
    assert "modelreg list" in script("filter", "--help").stdout


def test_json_help_never_points_at_a_missing_format_option() -> None:
    for command in ("update", "sources", "audit"):
        text = script(command, "--help").stdout
        assert "--format" not in text and "--json" in text, command


def test_the_compare_example_uses_served_ids() -> None:
    text = script("compare", "--help").stdout
    example = next(line for line in text.splitlines() if "modelreg compare gpt" in line)
    ids = [word for word in example.split()[2:] if not word.startswith("-")]
    assert ids and all(run("show", i, "--json").code == 0 for i in ids)


# -- 10. smaller things --------------------------------------------------------------------


def test_characters_take_counts_as_tokens_do() -> None:
    priced = next(r for r in records() if (r["pricing"] or {}).get("character_price_per_1m"))
    out = run("cost", priced["id"], "--characters", "1M", "--json")
    assert out.json()["characters_cost"] == pytest.approx(
        priced["pricing"]["character_price_per_1m"]
    )


def test_max_params_holds_for_nominal_sizes() -> None:
    nominal = [
        r["id"]
        for r in records()
        if r["parameters"] and 70e9 < r["parameters"] <= 70e9 * 1.02 and r["status"] != "retired"
    ]
    assert nominal  # the 70B Llamas have a little more than 70B parameters
    found = run("filter", "--max-params", "70B", "--format", "ids").stdout.split()
    assert set(nominal) <= set(found)
    assert all(r["parameters"] <= 71.4e9 for r in records() if r["id"] in found)


@pytest.mark.parametrize("today", ["12/12/2026", "2026-02-30", "tomorrow"])
def test_an_invalid_pinned_date_is_a_usage_error(today: str) -> None:
    out = run_script("list", env={"MODELREG_TODAY": today})
    assert out.code == 2 and out.stdout == ""
    assert f"MODELREG_TODAY must be a date as YYYY-MM-DD (2026-12-01), not {today!r}" in out.stderr


def test_providers_say_how_many_of_their_models_are_retired() -> None:
    rows = [line.split("\t") for line in run("providers").stdout.splitlines()]
    assert rows[0] == ["provider", "name", "models", "homepage", "retired", "sells", "role"]
    by_provider = {row[0]: int(row[4]) for row in rows[1:]}
    for provider, count in by_provider.items():
        assert count == sum(1 for r in retired() if r["provider"] == provider)


def test_a_fine_tuned_id_keeps_its_bases_provider() -> None:
    model = run("show", "ft:gpt-4o-mini:acme::xyz789", "--json").json()
    assert model["provider"] == record("gpt-4o-mini")["provider"]
    assert model["owned_by"] == "acme"


def test_audit_with_nothing_to_compare_prints_no_table() -> None:
    out = run("--builtin-only", "audit")
    assert out.code == 0 and out.stdout == ""
    assert "nothing to compare" in out.stderr


def test_the_version_is_the_changelogs_newest() -> None:
    from pathlib import Path

    changelog = Path(__file__).parents[2] / "CHANGELOG.md"
    newest = re.search(r"^## (\S+)", changelog.read_text(encoding="utf-8"), re.M).group(1)
    assert run("--version").stdout == f"modelreg {newest}\n"


def test_adding_a_stored_id_points_at_update_and_replace() -> None:
    assert run("add", "my-llm", "--context-window", "32K").code == 0
    again = run("add", "my-llm", "--context-window", "64K")
    assert again.code == 2
    assert "--update" in again.stderr and "--replace" in again.stderr


def test_a_successful_check_says_so_in_a_terminal_and_nothing_to_a_pipe() -> None:
    import os
    import pty
    import subprocess

    from .conftest import SCRIPT, env_for_subprocess

    calm = next(
        r["id"]
        for r in records()
        if r["status"] == "active" and not r["retirement_date"] and r["kind"] == "chat"
    )
    assert SCRIPT
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [SCRIPT, "check", calm],
        env=env_for_subprocess({"MODELREG_TODAY": TODAY, "TERM": "xterm"}),
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=subprocess.PIPE,
    )
    os.close(slave)
    while True:  # drain the terminal until the process closes it
        try:
            if not os.read(master, 65536):
                break
        except OSError:
            break
    os.close(master)
    assert process.stderr is not None
    said = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert said == f"ok: {calm} can serve this chat.completions request\n"
    piped = run("check", calm)
    assert piped.code == 0 and piped.stdout == "" and piped.stderr == ""


def test_extends_starts_from_the_figures_not_the_description_or_lifecycle(tmp_path) -> None:
    base = next(r for r in records() if r["retirement_date"] and r["description"])
    proxy = tmp_path / "proxy.json"
    proxy.write_text(
        json.dumps([{"id": "my-proxy", "extends": base["id"], "context_window": 32000}])
    )
    model = run("-c", str(proxy), "show", "my-proxy", "--json").json()
    assert model["context_window"] == 32000 and model["pricing"] == base["pricing"]
    assert model["provider"] == base["provider"]
    assert model["description"] != base["description"]
    assert model["status"] == "active" and model["retirement_date"] is None
    assert model["successor"] is None and model["deprecation_date"] is None
    assert not {"deprecated", "retired"} & set(model["tags"])


def test_retired_and_deprecated_statuses_carry_a_colour() -> None:
    gone, old = retired()[0], next(r for r in records() if r["status"] == "deprecated")
    env = {"MODELREG_TODAY": TODAY, "COLUMNS": "250", "NO_COLOR": ""}
    table = run_script("list", "--all", "--format", "table", env=env).stdout
    assert "\x1b[31mretired\x1b[0m" in next(
        line for line in table.splitlines() if line.split()[:1] == [gone["id"]]
    )
    assert "\x1b[33mdeprecated\x1b[0m" in next(
        line for line in table.splitlines() if line.split()[:1] == [old["id"]]
    )
    shown = run_script("show", old["id"], "--format", "table", env=env).stdout
    assert "\x1b[33mdeprecated" in shown
    plain = run_script("list", "--all", "--format", "table", env={"COLUMNS": "250"}).stdout
    assert "\x1b" not in plain  # NO_COLOR (the tests' default) means none


def test_a_retired_model_a_query_names_exactly_is_named_above_weaker_hits() -> None:
    exact = next(
        r
        for r in retired()
        if run("search", r["id"], "--format", "ids").stdout  # something active matches too
    )
    out = run("search", exact["id"], "--format", "ids")
    assert out.stderr.startswith(f"note: {exact['id']!r} names {exact['id']}, which was retired")
    assert out.stderr.rstrip().endswith("add --all to list it")
    assert run("search", exact["id"], "--all", "--format", "ids").stdout.split()[0] == exact["id"]


def test_the_lifecycle_notes_day_count_is_the_calendars() -> None:
    """Every pair of days 0 to 120 apart from 1899 to 2101 (leap years, centuries, 2000),
    and a date that is not one: not soon."""
    from modelreg.cli.views import SOON_DAYS, _days

    for start in (dt.date(1899, 12, 1) + dt.timedelta(n) for n in range(0, 74000, 37)):
        for gap in range(0, 121, 7):
            end = start + dt.timedelta(gap)
            assert _days(start.isoformat(), end.isoformat()) == gap, (start, end)
    assert _days("2026-12-07", "2027") == SOON_DAYS + 1
