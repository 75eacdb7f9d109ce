"""``modelreg add`` and ``modelreg remove``: in-process (CliRunner) and as the real script."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from modelreg import safefile, userstore
from modelreg.cli.app import app
from modelreg.compile import load_registry
from tests.cli.conftest import SCRIPT, Run, env_for_subprocess, write_catalog

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ROOT_REASON = "running as root: permission bits do not stop root"


@pytest.fixture
def store() -> Path:
    return userstore.store_path()


def stored(path: Path) -> list[dict[str, Any]]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format_version"] == 1
    return doc["models"]


def no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr


# -- add ---------------------------------------------------------------------------------


def test_add_with_flags_then_every_command_sees_it(cli: Run, store: Path) -> None:
    done = cli(
        "add",
        "my-llm",
        "--name",
        "My LLM",
        "--provider",
        "local",
        "--context-window",
        "32768",
        "--max-completion-tokens",
        "4000",
        "--capability",
        "tools",
        "--cap",
        "vision",
        "--prompt-price",
        "0.5",
        "--completion-price",
        "1.5",
        "--alias",
        "myl",
        "--tag",
        "local",
        "--description",
        "runs at home",
        "--kind",
        "chat",
    )
    assert done.code == 0, done.stderr
    assert done.stdout == ""  # data only on stdout; the message is on stderr
    assert f"added 'my-llm' to {store}" in done.stderr
    assert stored(store) == [
        {
            "id": "my-llm",
            "name": "My LLM",
            "provider": "local",
            "kind": "chat",
            "description": "runs at home",
            "context_window": 32768,
            "max_completion_tokens": 4000,
            "supports_function_calling": True,
            "supports_vision": True,
            "pricing": {"prompt_price_per_1m": 0.5, "completion_price_per_1m": 1.5},
            "tags": ["local"],
            "aliases": ["myl"],
        }
    ]
    shown = cli("show", "myl", "--json").json()
    assert shown["id"] == "my-llm" and shown["sources"] == ["user-store"]
    assert shown["supports_function_calling"] and shown["supports_vision"]
    assert shown["pricing"]["completion_price_per_1m"] == 1.5
    assert "my-llm" in cli("list", "--format", "ids").stdout.split()
    assert "my-llm" in cli("list", "--provider", "local", "--format", "ids").stdout.split()


@pytest.mark.parametrize(
    ("word", "flag"),
    [
        ("tools", "supports_function_calling"),
        ("function_calling", "supports_function_calling"),
        ("json", "supports_structured_output"),
        ("audio-in", "supports_audio_input"),
        ("fine-tuning", "supports_fine_tuning"),
        ("batch_processing", "supports_batch"),
        ("Reasoning", "supports_reasoning"),
    ],
)
def test_capability_words(runner: Run, store: Path, word: str, flag: str) -> None:
    assert runner("add", "cap-model", "--capability", word).code == 0
    assert stored(store) == [{"id": "cap-model", flag: True}]


def test_a_patch_of_a_builtin_from_json_is_stored_sparse(
    cli: Run, store: Path, tmp_path: Path
) -> None:
    builtin = load_registry(builtin_only=True).get_record("gpt-4o")
    patch = {"id": "gpt-4o", "pricing": {"prompt_price_per_1m": 2.0}}
    done = cli("add", "--from-json", str(write_catalog(tmp_path / "patch.json", patch)))
    assert done.code == 0, done.stderr
    assert "patch of built-in 'gpt-4o'" in done.stderr
    assert stored(store) == [patch]
    shown = cli("show", "gpt-4o", "--json").json()
    assert shown["pricing"]["prompt_price_per_1m"] == 2.0
    assert (
        shown["pricing"]["completion_price_per_1m"]
        == (builtin["pricing"]["completion_price_per_1m"])
    )
    assert shown["sources"][-1] == "user-store"


def test_from_json_stdin_takes_an_array(script: Run, store: Path) -> None:
    models = [{"id": "one", "context_window": 1000}, {"id": "two", "extends": "one"}]
    done = script("add", "--from-json", "-", input=json.dumps(models))
    assert done.code == 0, done.stderr
    assert stored(store) == models
    assert "added 'one'" in done.stderr and "added 'two'" in done.stderr
    two = script("show", "two", "--json").json()
    assert two["context_window"] == 1000


def test_from_json_stdin_in_process(store: Path) -> None:
    result = CliRunner().invoke(app, ["add", "--from-json", "-"], input='{"id": "piped"}')
    assert result.exit_code == 0, result.stderr
    assert stored(store) == [{"id": "piped"}]


def test_an_id_already_in_the_store_needs_replace(cli: Run, store: Path) -> None:
    assert cli("add", "mine", "--context-window", "1000").code == 0
    before = store.read_bytes()
    again = cli("add", "MINE", "--context-window", "2000")
    assert again.code == 2
    assert "already in the user store" in again.stderr and "--replace" in again.stderr
    assert store.read_bytes() == before
    replaced = cli("add", "mine", "--context-window", "2000", "--replace")
    assert replaced.code == 0, replaced.stderr
    assert "replaced 'mine'" in replaced.stderr
    # Below the default output limit (4096), the limit follows the context window given.
    assert stored(store) == [{"id": "mine", "context_window": 2000, "max_completion_tokens": 2000}]


def test_an_alias_taken_by_a_builtin_is_refused(cli: Run, store: Path, tmp_path: Path) -> None:
    cli("add", "keep-me")
    before = store.read_bytes()
    by_flags = cli("add", "x", "--alias", "gpt-4o-2024-08-06")
    assert by_flags.code == 2
    assert "gpt-4o-2024-08-06" in by_flags.stderr and "collides" in by_flags.stderr
    entry = {"id": "x", "aliases": ["gpt-4o-2024-08-06"]}
    source = write_catalog(tmp_path / "in.json", [entry])
    by_json = cli("add", "--from-json", str(source))
    assert by_json.code == 3  # invalid catalog data: names the input, the entry, the problem
    assert f"file:{source}: entry 0 ('x')" in by_json.stderr and "collides" in by_json.stderr
    assert store.read_bytes() == before
    no_traceback(by_flags.stderr + by_json.stderr)


def test_extends_must_name_a_known_model(cli: Run, store: Path) -> None:
    done = cli("add", "child", "--extends", "gpt4o")
    assert done.code == 2
    assert "extends" in done.stderr and "did you mean" in done.stderr and "gpt-4o" in done.stderr
    assert not store.exists()
    assert cli("add", "child", "--extends", "gpt-4o", "--name", "Child").code == 0
    child = cli("show", "child", "--json").json()
    assert child["context_window"] == load_registry().get_record("gpt-4o")["context_window"]
    assert stored(store) == [{"id": "child", "extends": "gpt-4o", "name": "Child"}]


def test_invalid_json_input_exits_3_naming_input_entry_and_field(
    cli: Run, store: Path, tmp_path: Path
) -> None:
    source = write_catalog(tmp_path / "bad.json", [{"id": "ok"}, {"id": "bad", "contxt": 1}])
    done = cli("add", "--from-json", str(source))
    assert done.code == 3
    assert "entry 1 ('bad')" in done.stderr and "'contxt'" in done.stderr
    assert not store.exists()  # nothing written, not even the valid entry
    missing = cli("add", "--from-json", str(tmp_path / "nope.json"))
    assert missing.code == 3 and "no such file" in missing.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("add",),
        ("add", "x", "--from-json", "m.json"),
        ("add", "--from-json", "m.json", "--name", "y"),
        ("add", "x", "--capability", "flying"),
        ("add", "x", "--kind", "poem"),
        ("add", "x", "--context-window", "0"),
        ("add", "x", "--prompt-price", "-1"),
    ],
)
def test_usage_errors_exit_2(cli: Run, store: Path, args: tuple[str, ...]) -> None:
    done = cli(*args)
    assert done.code == 2, done.stderr
    no_traceback(done.stderr)
    assert not store.exists()


def test_dry_run_prints_the_store_it_would_write_and_writes_nothing(cli: Run, store: Path) -> None:
    done = cli("add", "dry", "--context-window", "1234", "--dry-run")
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout) == {
        "format_version": 1,
        "models": [{"id": "dry", "context_window": 1234, "max_completion_tokens": 1234}],
    }
    assert "dry run" in done.stderr and "nothing written" in done.stderr
    assert not store.exists()
    invalid = cli("add", "dry", "--alias", "dry", "--dry-run")
    assert invalid.code == 2 and not store.exists()


def test_file_option_for_add_and_remove(cli: Run, store: Path, tmp_path: Path) -> None:
    other = tmp_path / "team.json"
    done = cli("add", "team-model", "--file", str(other))
    assert done.code == 0, done.stderr
    assert f"added 'team-model' to {other}" in done.stderr
    assert stored(other) == [{"id": "team-model"}]
    assert not store.exists()
    shown = cli("-c", str(other), "show", "team-model", "--json").json()
    assert shown["sources"] == [f"file:{other}"]
    removed = cli("remove", "team-model", "--file", str(other))
    assert removed.code == 0, removed.stderr
    assert stored(other) == []


def test_an_add_that_would_break_local_models_json_is_refused(
    cli: Run, store: Path, isolated: Path
) -> None:
    write_catalog(isolated / "models.json", [{"id": "local-model", "aliases": ["taken"]}])
    for args in (("add", "taken"), ("--builtin-only", "add", "taken")):
        done = cli(*args)
        assert done.code == 2, done.stderr
        assert "file:./models.json" in done.stderr
        assert not store.exists()
    assert cli("list", "--format", "ids").code == 0


# -- remove ------------------------------------------------------------------------------


def test_remove_a_user_model(cli: Run, store: Path) -> None:
    cli("add", "mine", "--alias", "my-alias")
    cli("add", "other")
    done = cli("remove", "my-alias")
    assert done.code == 0, done.stderr
    assert done.stdout == ""
    assert f"removed 'mine' from {store}" in done.stderr
    assert [e["id"] for e in stored(store)] == ["other"]
    assert cli("show", "mine").code == 1


def test_remove_a_patch_restores_the_builtin(cli: Run, store: Path) -> None:
    builtin = cli("--builtin-only", "show", "gpt-4o", "--json").json()
    cli("add", "gpt-4o", "--prompt-price", "2")
    assert cli("show", "gpt-4o", "--json").json()["pricing"]["prompt_price_per_1m"] == 2.0
    done = cli("remove", "gpt-4o")
    assert done.code == 0, done.stderr
    assert "patch of built-in 'gpt-4o'" in done.stderr
    assert cli("show", "gpt-4o", "--json").json() == builtin


def test_remove_a_builtin_never_patched_exits_2_saying_so(cli: Run, store: Path) -> None:
    cli("add", "mine")
    before = store.read_bytes()
    done = cli("remove", "gpt-4o")
    assert done.code == 2
    assert "built-in" in done.stderr and "no patch" in done.stderr
    assert store.read_bytes() == before


def test_remove_a_model_of_another_source_says_where_it_is(cli: Run, tmp_path: Path) -> None:
    extra = write_catalog(tmp_path / "extra.json", [{"id": "elsewhere"}])
    done = cli("-c", str(extra), "remove", "elsewhere")
    assert done.code == 2
    assert "not in the user store" in done.stderr and f"file:{extra}" in done.stderr


def test_remove_an_unknown_id_exits_1_with_suggestions(cli: Run, store: Path) -> None:
    cli("add", "my-special-model")
    done = cli("remove", "my-spcial-model")
    assert done.code == 1
    assert "did you mean 'my-special-model'" in done.stderr
    assert cli("remove", "qqqqqqqq").code == 1


def test_remove_dry_run(cli: Run, store: Path) -> None:
    cli("add", "mine")
    before = store.read_bytes()
    done = cli("remove", "mine", "--dry-run")
    assert done.code == 0
    assert json.loads(done.stdout) == {"format_version": 1, "models": []}
    assert store.read_bytes() == before


# -- stores that must not be overwritten -------------------------------------------------


@pytest.mark.parametrize("content", ["{not json", '{"format_version": 9, "models": []}'])
def test_a_corrupt_store_exits_3_naming_the_file_and_stays(
    cli: Run, store: Path, content: str
) -> None:
    store.parent.mkdir(parents=True)
    store.write_text(content)
    for args in (("add", "new-one"), ("remove", "new-one")):
        done = cli(*args)
        assert done.code == 3, done.stderr
        assert str(store) in done.stderr
        no_traceback(done.stderr)
        assert store.read_text() == content


@pytest.mark.skipif(AS_ROOT, reason=ROOT_REASON)
def test_an_unreadable_store_exits_4(cli: Run, store: Path) -> None:
    cli("add", "kept")
    before = store.read_bytes()
    store.chmod(0)
    try:
        done = cli("add", "new-one")
    finally:
        store.chmod(0o644)
    assert done.code == 4 and str(store) in done.stderr
    assert store.read_bytes() == before


@pytest.mark.skipif(AS_ROOT, reason=ROOT_REASON)
def test_a_read_only_directory_exits_4(cli: Run, store: Path) -> None:
    cli("add", "kept")
    before = store.read_bytes()
    store.parent.chmod(0o555)
    try:
        done = cli("add", "new-one")
        removed = cli("remove", "kept")
    finally:
        store.parent.chmod(0o755)
    assert done.code == 4 and removed.code == 4
    assert str(store) in done.stderr
    assert store.read_bytes() == before


def test_a_store_directory_that_cannot_be_created_exits_4(cli: Run, tmp_path: Path) -> None:
    """Works as root too: a file stands where the config directory should be."""
    blocker = tmp_path / "blocked-config"
    blocker.write_text("not a directory")
    done = cli("add", "new-one", env={"XDG_CONFIG_HOME": str(blocker)})
    assert done.code == 4, done.stderr
    assert str(blocker) in done.stderr
    no_traceback(done.stderr)
    assert blocker.read_text() == "not a directory"


def test_a_full_disk_exits_4_in_process(
    runner: Run, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner("add", "kept")
    before = store.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safefile.os, "fsync", disk_full)
    done = runner("add", "new-one")
    monkeypatch.undo()
    assert done.code == 4
    assert "No space left on device" in done.stderr and str(store) in done.stderr
    assert store.read_bytes() == before


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")
def test_a_file_size_limit_exits_4_as_a_script(script: Run, store: Path) -> None:
    """A real write failure in the real script: the file size limit stands in for a full disk."""
    script("add", "kept")
    before = store.read_bytes()

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (len(before) + 10, len(before) + 10))

    done = subprocess.run(
        [SCRIPT, "add", "big", "--description", "x" * 500],
        env=env_for_subprocess(),
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=60,
    )
    assert done.returncode == 4, done.stderr
    assert "File too large" in done.stderr and "unchanged" in done.stderr
    assert store.read_bytes() == before
    assert list(store.parent.glob(".models.json.*.tmp")) == []


# -- many processes ----------------------------------------------------------------------


CONCURRENT = 8  # writers at once: four per core is contention enough for the lock


def test_concurrent_adds_lose_nothing(store: Path, tmp_path: Path) -> None:
    assert SCRIPT
    env = env_for_subprocess()
    procs = [
        subprocess.Popen(
            [SCRIPT, "add", f"model-{i:02d}", "--context-window", str(1000 + i)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(CONCURRENT)
    ]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    assert [code for code, _, _ in results] == [0] * CONCURRENT, [e for _, _, e in results]
    models = stored(store)
    assert sorted(e["id"] for e in models) == [f"model-{i:02d}" for i in range(CONCURRENT)]
    assert {e["id"]: e["context_window"] for e in models} == {
        f"model-{i:02d}": 1000 + i for i in range(CONCURRENT)
    }
    assert len(load_registry().records()) == len(load_registry(builtin_only=True)) + CONCURRENT


# -- export ------------------------------------------------------------------------------


def test_add_then_export_then_load_gives_the_same_models(
    script: Run, store: Path, tmp_path: Path
) -> None:
    assert script("export", "--help").code == 0
    script("add", "my-llm", "--provider", "local", "--context-window", "32768", "--cap", "tools")
    script("add", "my-child", "--extends", "my-llm", "--alias", "kid")
    script("add", "gpt-4o", "--prompt-price", "2")
    exported = script("export")
    assert exported.code == 0, exported.stderr
    snapshot = tmp_path / "snapshot.json"
    snapshot.write_text(exported.stdout)
    merged = script("list", "--json").json()
    reloaded = script("--builtin-only", "-c", str(snapshot), "list", "--json").json()
    assert reloaded == merged
    ids = [m["id"] for m in merged]
    assert {"my-llm", "my-child", "gpt-4o"} <= set(ids)
    assert (
        load_registry(catalogs=[str(snapshot)], builtin_only=True).records()
        == load_registry().records()
    )


def test_add_never_writes_an_output_limit_above_the_context(cli: Run, store: Path) -> None:
    assert cli("add", "tiny", "--context-window", "2048").code == 0
    assert stored(store)[-1]["max_completion_tokens"] == 2048
    out = cli("add", "tinier", "--context-window", "100", "--max-completion-tokens", "200")
    assert out.code == 2 and "exceeds --context-window 100" in out.stderr


def test_add_update_patches_one_field_of_the_users_model(cli: Run, store: Path) -> None:
    cli("add", "mine", "--context-window", "32K", "--prompt-price", "1", "--completion-price", "2")
    assert cli("add", "mine", "--update", "--prompt-price", "0.5").code == 0
    entry = stored(store)[-1]
    assert entry["pricing"] == {"prompt_price_per_1m": 0.5, "completion_price_per_1m": 2.0}
    assert entry["context_window"] == 32_000
    missing = cli("add", "nobody", "--update", "--prompt-price", "1")
    assert missing.code == 2 and "not in the user store" in missing.stderr


def test_add_takes_the_fields_filters_use(cli: Run, store: Path) -> None:
    args = ["--parameters", "7B", "--license", "apache-2.0", "--open-weights"]
    args += ["--cached-price", "0.1", "--input-modality", "text", "--input-modality", "image"]
    assert cli("add", "open-one", "--supports-vision-is-a-flag", *args).code == 2  # unknown option
    assert cli("add", "open-one", "--cap", "vision", *args).code == 0
    found = cli(
        "filter", "--open-weights", "--max-params", "8B", "--license", "apache-2.0", "--json"
    )
    assert "open-one" in [m["id"] for m in found.json()]
