"""Every failure: one line on stderr, design.md's exit status, never a traceback, nothing on
stdout."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from .conftest import Run, write_catalog


def assert_clean_failure(out, code: int) -> None:  # type: ignore[no-untyped-def]
    assert out.code == code, (out.how, out.code, out.stdout, out.stderr)
    assert "Traceback" not in out.stderr
    assert "Traceback" not in out.stdout
    assert "internal error" not in out.stderr
    assert out.stdout == ""
    assert out.stderr.startswith("error: ")
    assert out.stderr.count("\n") == 1, out.stderr


def test_unknown_model_suggests_the_close_one(cli: Run) -> None:
    out = cli("show", "gpt4o")
    assert_clean_failure(out, 1)
    assert out.stderr == "error: model 'gpt4o' not found; did you mean 'gpt-4o'?\n"


@pytest.mark.parametrize(
    "args",
    [
        ["capabilities", "gpt4o"],
        ["capabilities", "gpt4o", "--json"],
        ["show", "gpt4o", "--json"],
        ["cost", "gpt4o", "--prompt-tokens", "1"],
        ["compare", "gpt-4o", "gpt4o"],
    ],
)
def test_every_lookup_fails_the_same_way(cli: Run, args: list[str]) -> None:
    out = cli(*args)
    assert_clean_failure(out, 1)
    assert out.stderr == "error: model 'gpt4o' not found; did you mean 'gpt-4o'?\n"


def test_unknown_model_without_a_close_match(cli: Run) -> None:
    out = cli("show", "zzzzqqqq-nothing-like-it")
    assert_clean_failure(out, 1)
    assert out.stderr == "error: model 'zzzzqqqq-nothing-like-it' not found\n"


def test_fine_tuned_id_of_an_unknown_base(cli: Run) -> None:
    out = cli("show", "ft:gpt4o:acme::x1")
    assert_clean_failure(out, 1)
    assert "gpt4o" in out.stderr
    assert "did you mean 'gpt-4o'" in out.stderr


@pytest.mark.parametrize(
    ("model_id", "why"),
    [
        ("ft:gpt-4o", "expected 4"),
        ("ft:gpt-4o:acme:x", "expected 4"),
        ("ft:gpt-4o:acme:x:y:z", "expected 4"),
        ("ft::acme:x:y", "empty base model"),
        ("ft:gpt-4o::x:y", "empty organization"),
        ("ft:gpt-4o:acme:x:", "empty id"),
        ("gpt-4o", "must start with 'ft:'"),
    ],
)
def test_malformed_fine_tuned_id(cli: Run, model_id: str, why: str) -> None:
    out = cli("parse-ft", model_id)
    assert_clean_failure(out, 1)
    assert why in out.stderr
    assert repr(model_id) in out.stderr


def test_malformed_fine_tuned_id_in_show(cli: Run) -> None:
    out = cli("show", "ft:gpt-4o:acme")
    assert_clean_failure(out, 1)
    assert "expected 4" in out.stderr


# -- usage errors: exit 2 ------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "mentions"),
    [
        (["filter", "--min-context", "lots"], "--min-context"),
        (["filter", "--min-params", "7Q"], "--min-params"),
        (["filter", "--released-after", "yesterday-ish"], "--released-after"),
        (["filter", "--max-prompt-price", "-1"], "--max-prompt-price"),
        (["filter", "--max-prompt-price", "nan"], "--max-prompt-price"),
        (["filter", "--max-completion-price", "cheap"], "--max-completion-price"),
        (["filter", "--kind", "bogus"], "--kind"),
        (["list", "--kind", "bogus"], "--kind"),
        (["filter", "--modality", "smell"], "--modality"),
        (["show", "", "--auto-create"], "MODEL_ID"),
        (["show", "   ", "--auto-create"], "MODEL_ID"),
        (["list", "--capability", "telepathy"], "--capability"),
        (["list", "--sort", "no_such_field"], "--sort"),
        (["list", "--limit", "-1"], "--limit"),
        (["list", "--format", "xml"], "--format"),
        (["capabilities", "gpt-4o", "--format", "yaml"], "--format"),
        (["cost", "gpt-4o", "--prompt-tokens", "-5"], "--prompt-tokens"),
        (["cost", "gpt-4o", "--prompt-tokens", "10", "--cached-tokens", "11"], "--cached-tokens"),
        (["cost", "gpt-4o"], "--prompt-tokens"),
        (["compare", "gpt-4o"], "at least two"),
        (["completion", "tcsh"], "bash, zsh, fish"),
        (["no-such-command"], "No such command"),
        (["show", "gpt-4o", "--frobnicate"], "--frobnicate"),
        (["show"], "Missing argument"),
    ],
)
def test_usage_errors_exit_2(cli: Run, args: list[str], mentions: str) -> None:
    out = cli(*args)
    assert_clean_failure(out, 2)
    assert out.stdout == ""
    assert mentions in out.stderr


def test_options_go_before_the_command(cli: Run, tmp_path: Path) -> None:
    out = cli("show", "gpt-4o", "--builtin-only")
    assert_clean_failure(out, 2)


# -- invalid catalog data: exit 3 -------------------------------------------------------


def test_bad_catalog_names_file_entry_and_field(cli: Run, tmp_path: Path) -> None:
    bad = write_catalog(
        tmp_path / "bad.json",
        [{"id": "fine-model"}, {"id": "broken-model", "context_window": "huge"}],
    )
    out = cli("-c", str(bad), "show", "gpt-4o")
    assert_clean_failure(out, 3)
    assert str(bad) in out.stderr
    assert "entry 1" in out.stderr
    assert "broken-model" in out.stderr
    assert "context_window" in out.stderr


def test_bad_catalog_unknown_field_suggests_the_right_one(cli: Run, tmp_path: Path) -> None:
    bad = write_catalog(tmp_path / "typo.json", [{"id": "x", "context_windw": 1000}])
    out = cli("-c", str(bad), "list")
    assert_clean_failure(out, 3)
    assert "context_windw" in out.stderr
    assert "context_window" in out.stderr.replace("context_windw", "")


@pytest.mark.parametrize(
    ("content", "mentions"),
    [
        ("[{", "invalid JSON"),
        ('{"modelz": []}', "modelz"),
        ("42", "expected an array"),
        ('[{"name": "no id"}]', "missing field 'id'"),
        ('["gpt-4o"]', "entry 0"),
        ('[{"id": "x"}, {"id": "X"}]', "define each model once"),
        ('[{"id": "x", "pricing": {"prompt_price_per_1m": -1}}]', "pricing"),
    ],
)
def test_malformed_catalogs(cli: Run, tmp_path: Path, content: str, mentions: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    out = cli("-c", str(bad), "list")
    assert_clean_failure(out, 3)
    assert str(bad) in out.stderr
    assert mentions in out.stderr


def test_missing_catalog_file(cli: Run, tmp_path: Path) -> None:
    out = cli("-c", str(tmp_path / "nope.json"), "show", "gpt-4o")
    assert_clean_failure(out, 3)
    assert out.stderr == f"error: file:{tmp_path / 'nope.json'}: no such file\n"


def test_bad_env_catalog(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKEAI_CUSTOM_MODELS", json.dumps([{"id": "e", "context_window": -3}]))
    out = cli("show", "gpt-4o")
    assert_clean_failure(out, 3)
    assert "env:FAKEAI_CUSTOM_MODELS" in out.stderr
    assert "entry 0" in out.stderr and "context_window" in out.stderr
    assert cli("--builtin-only", "show", "gpt-4o").code == 0


def test_bad_local_models_json(cli: Run, isolated: Path) -> None:
    (isolated / "models.json").write_text("not json", encoding="utf-8")
    out = cli("capabilities", "gpt-4o", "--json")
    assert_clean_failure(out, 3)
    assert "./models.json" in out.stderr
    assert cli("--builtin-only", "capabilities", "gpt-4o", "--json").code == 0


def test_bad_modelreg_catalog_env(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MODELREG_CATALOG", str(tmp_path / "missing.json"))
    out = cli("show", "gpt-4o")
    assert_clean_failure(out, 3)
    assert "missing.json" in out.stderr


def test_unsupported_url_scheme(cli: Run) -> None:
    out = cli("-c", "ftp://example.com/models.json", "list")
    assert_clean_failure(out, 3)
    assert "unsupported URL scheme" in out.stderr


def test_an_error_message_with_control_characters_is_escaped(cli: Run) -> None:
    out = cli("show", "evil\x1b[2Jid")
    assert_clean_failure(out, 1)
    assert "\x1b" not in out.stderr


@pytest.mark.parametrize("command", [["export"], ["list", "--json"], ["show", "gpt-4o"]])
def test_a_closed_pipe_is_quiet(command: list[str]) -> None:
    """`modelreg export | head -1`: no BrokenPipeError, no traceback."""
    from .conftest import SCRIPT, env_for_subprocess

    process = subprocess.Popen(
        [SCRIPT, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env_for_subprocess(),
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) in (0, 141)
    assert "Traceback" not in stderr
    assert "BrokenPipe" not in stderr
    assert "Exception ignored" not in stderr


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "ids", "table"])
def test_a_closed_pipe_exits_0_in_every_format(fmt: str, tmp_path: Path) -> None:
    """`modelreg list --format csv | head -1` under `set -o pipefail` must not fail."""
    from .conftest import SCRIPT, env_for_subprocess

    many = write_catalog(tmp_path / "many.json", [{"id": f"model-{i:05d}"} for i in range(3000)])
    process = subprocess.Popen(
        [SCRIPT, "-c", str(many), "list", "--format", fmt],  # far more than a pipe buffer
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env_for_subprocess(),
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0, stderr
    assert stderr == ""


def test_a_global_option_after_the_command_says_it_is_global(cli: Run) -> None:
    out = cli("show", "gpt-4o", "-c", "extra.json")
    assert out.code == 2
    assert "-c is a global option: give it before the command" in out.stderr


def test_a_broken_local_models_json_hints_at_builtin_only(cli: Run, isolated: Path) -> None:
    (isolated / "models.json").write_text("{broken", encoding="utf-8")
    for args in (["list"], ["capabilities", "gpt-4o", "--json"]):
        out = cli(*args)
        assert out.code == 3
        assert "models.json" in out.stderr and "--builtin-only" in out.stderr
    assert cli("--builtin-only", "list", "--format", "ids").code == 0
