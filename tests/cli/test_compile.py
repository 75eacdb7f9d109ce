"""Compile once: the registry is read from its snapshot while no input changed, rebuilt
when one did, and a snapshot is never trusted blindly."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from modelreg import compile, inputs, merge, snapshot, tabcache
from modelreg.compile import load_registry
from modelreg.snapshot import writing

from .conftest import SCRIPT, env_for_subprocess, run_in_process, run_script, write_catalog


def _snapshots() -> list[Path]:
    return sorted(inputs.cache_dir().glob(f"{snapshot.PREFIX}*{snapshot.SUFFIX}"))


def _entries(n: int, prefix: str = "acme/m") -> list[dict[str, Any]]:
    return [{"id": f"{prefix}-{i}", "context_window": 1000 + i} for i in range(n)]


def test_an_unchanged_run_parses_and_merges_nothing(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_catalog(isolated / "models.json", _entries(3))
    merged: list[str] = []
    real = merge.merge
    monkeypatch.setattr(merge, "merge", lambda r, s: (merged.append(s.label), real(r, s))[1])
    first = load_registry()
    assert merged == ["file:./models.json"] and len(_snapshots()) == 1
    second = load_registry()
    assert merged == ["file:./models.json"]  # the second read the snapshot
    assert second.records() == first.records()
    assert second.provenance("acme/m-2") == ["file:./models.json"]


def _modules_after(args: list[str], watched: tuple[str, ...], **env: str) -> tuple[str, list[str]]:
    """What the console script prints for ``args`` (in a fresh interpreter) and which of
    the ``watched`` modules it imported."""
    code = (
        f"import sys; sys.argv = ['modelreg', *{args!r}]\n"
        "from modelreg.cli.main import main\n"
        "try: main()\nexcept SystemExit: pass\n"
        f"print([m for m in {watched!r} if m in sys.modules], file=sys.stderr)"
    )
    python = Path(SCRIPT).with_name("python")
    done = subprocess.run(
        [str(python), "-c", code],
        env={**env_for_subprocess(), **env},
        capture_output=True,
        text=True,
    )
    return done.stdout, json.loads(done.stderr.strip().splitlines()[-1].replace("'", '"'))


def test_a_compiled_run_of_the_console_script_loads_no_validator(isolated: Path) -> None:
    write_catalog(isolated / "models.json", _entries(3))
    assert run_script("list", "--format", "ids").code == 0  # compiles
    watched = ("modelreg.schema.validation", "pydantic_core")
    out, loaded = _modules_after(["list", "--format", "ids"], watched)
    assert "acme/m-2" in out and loaded == []


@pytest.mark.parametrize("kind", ["lookup", "tab"])
def test_a_lookup_or_tab_from_a_current_snapshot_works_out_no_input(
    isolated: Path, kind: str
) -> None:
    """The snapshot's own record of what it depends on is checked (a few stats): which
    inputs are in effect is never worked out again, nor a source's format imported."""
    write_catalog(isolated / "models.json", _entries(3))
    assert run_script("list", "--format", "ids").code == 0  # compiles
    watched = ("modelreg.inputs", "modelreg.intake", "modelreg.formats", "modelreg.sources")
    if kind == "lookup":
        out, loaded = _modules_after(["show", "acme/m-2", "--format", "ids"], watched)
        assert out.split() == ["acme/m-2"]
    else:
        line = {"_MODELREG_COMPLETE": "bash", "_MODELREG_LINE": "modelreg show acme/m-"}
        out, loaded = _modules_after([], watched, **line, _MODELREG_CUR="acme/m-")
        assert out.split() == ["values", "acme/m-0", "acme/m-1", "acme/m-2"]
    assert loaded == []


def test_update_compiles_what_the_next_command_reads(isolated: Path, tmp_path: Path) -> None:
    """The rebuild an update brings is the update's time: the next command reads."""
    litellm = tmp_path / "litellm.json"
    litellm.write_text(json.dumps({"acme-outside": {"litellm_provider": "acme", "mode": "chat"}}))
    env = {"MODELREG_URL_LITELLM": litellm.as_uri()}
    assert run_script("update", "--enable", "litellm", env=env).code == 0
    watched = ("modelreg.intake", "modelreg.fill", "modelreg.formats")
    out, loaded = _modules_after(["show", "acme-outside", "--format", "ids"], watched, **env)
    assert out.split() == ["acme/acme-outside"] and loaded == []


def test_after_an_update_the_users_sources_are_not_read_again(
    isolated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The registry before the outside copies (the base) keeps a snapshot of its own: a
    rebuild after an update fills the new copy over it, reading no user source again; an
    edit of one rebuilds both."""
    write_catalog(isolated / "models.json", _entries(3))
    litellm = tmp_path / "litellm.json"
    litellm.write_text(json.dumps({"acme-one": {"litellm_provider": "acme", "mode": "chat"}}))
    env = {"MODELREG_URL_LITELLM": litellm.as_uri()}
    assert run_script("update", "--enable", "litellm", env=env).code == 0  # compiles both
    assert list(inputs.cache_dir().glob(f"{snapshot.BASE}*{snapshot.SUFFIX}"))
    litellm.write_text(json.dumps({"acme-two": {"litellm_provider": "acme", "mode": "chat"}}))
    assert run_script("update", "--enable", "litellm", env=env).code == 0  # the config rewritten
    for path in _snapshots():  # the rebuild the update made, made again here
        path.unlink()
    merged: list[str] = []
    real = merge.merge
    monkeypatch.setattr(merge, "merge", lambda r, s: (merged.append(s.label), real(r, s))[1])
    registry = load_registry()
    assert merged == []  # the base's snapshot: ./models.json not read again
    assert registry.resolve_id("acme-two") == "acme/acme-two"
    assert registry.resolve_id("acme-one") is None
    assert registry.provenance("acme/m-2") == ["file:./models.json"]
    write_catalog(isolated / "models.json", _entries(4))
    again = load_registry()
    assert merged == ["file:./models.json"]  # an edit: the base built anew
    assert again.resolve_id("acme/m-3") == "acme/m-3"
    assert again.resolve_id("acme-two") == "acme/acme-two"
    base = next(inputs.cache_dir().glob(f"{snapshot.BASE}*{snapshot.SUFFIX}"))
    base.write_bytes(os.urandom(4096))  # a poisoned base is no base
    for path in _snapshots():
        path.unlink()
    assert load_registry().records() == again.records()
    assert merged == ["file:./models.json"] * 2


def test_a_rebuild_after_an_update_loads_no_validator(isolated: Path, tmp_path: Path) -> None:
    """The user's sources come from the base's snapshot and the outside copy's entries were
    validated when it was converted: the rebuild makes its models without validating."""
    write_catalog(isolated / "models.json", _entries(3))
    litellm = tmp_path / "litellm.json"
    litellm.write_text(json.dumps({"acme-one": {"litellm_provider": "acme", "mode": "chat"}}))
    env = {"MODELREG_URL_LITELLM": litellm.as_uri()}
    assert run_script("update", "--enable", "litellm", env=env).code == 0
    for path in _snapshots():
        path.unlink()
    watched = ("modelreg.schema.validation", "pydantic_core", "modelreg.fill")
    out, loaded = _modules_after(["list", "--format", "ids"], watched, **env)
    assert {"acme/acme-one", "acme/m-2"} <= set(out.split())
    assert loaded == ["modelreg.fill"] and len(_snapshots()) == 1  # rebuilt


def test_directories_without_a_models_json_share_one_snapshot(
    isolated: Path, tmp_path: Path
) -> None:
    """A first command in a new directory rebuilds nothing; a ./models.json is seen where it
    is and nowhere else."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert "acme/m-0" not in load_registry().names()
    assert "acme/m-0" not in load_registry(cwd=elsewhere).names()
    assert len(_snapshots()) == 1  # one, shared
    write_catalog(elsewhere / "models.json", _entries(1))
    assert "acme/m-0" in load_registry(cwd=elsewhere).names()
    assert "acme/m-0" not in load_registry().names()
    assert len(_snapshots()) == 2


def test_a_shared_snapshot_holding_a_models_json_is_refused_where_there_is_none(
    isolated: Path, tmp_path: Path
) -> None:
    """As a build that read a ./models.json created while it located its snapshot leaves it."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    write_catalog(elsewhere / "models.json", _entries(1))
    found = compile.in_effect(inputs.Options(), cwd=elsewhere)
    planted = compile.build(found, inputs.Options())
    writing.write(snapshot.locate(cwd=isolated), planted.state(), snapshot.depends(found))
    assert "acme/m-0" not in load_registry().names()


@pytest.mark.parametrize("change", ["store", "local", "env", "catalog", "outside", "today"])
def test_a_change_in_any_input_is_seen_by_the_next_run(
    isolated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    catalog = tmp_path / "extra.json"
    write_catalog(catalog, [{"id": "acme/extra"}])
    store = inputs.store_path()
    store.parent.mkdir(parents=True, exist_ok=True)
    write_catalog(store, {"models": [{"id": "acme/stored"}]})
    monkeypatch.setenv("FAKEAI_CUSTOM_MODELS", '[{"id": "acme/env"}]')
    monkeypatch.setenv("MODELREG_TODAY", "2026-01-01")
    options = {"catalogs": [str(catalog)]}
    before = load_registry(**options)
    assert load_registry(**options).records() == before.records()
    if change == "store":
        write_catalog(store, {"models": [{"id": "acme/stored"}, {"id": "acme/new"}]})
    elif change == "local":
        write_catalog(isolated / "models.json", [{"id": "acme/new"}])
    elif change == "env":
        monkeypatch.setenv("FAKEAI_CUSTOM_MODELS", '[{"id": "acme/new"}]')
    elif change == "catalog":
        write_catalog(catalog, [{"id": "acme/extra"}, {"id": "acme/new"}])
    elif change == "outside":
        copy = inputs.outside_copy("litellm")
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(json.dumps({"acme/new": {"litellm_provider": "acme", "mode": "chat"}}))
        inputs.outside_config_path().write_text(json.dumps({"enabled": ["litellm"]}))
    else:
        monkeypatch.setenv("MODELREG_TODAY", "2030-01-01")
        assert load_registry(**options).get_record("gpt-4o")["status"] == "retired"
        return
    after = load_registry(**options)
    assert "acme/new" in after.names() and "acme/new" not in before.names()


def test_racing_rebuilds_neither_corrupt_nor_double(isolated: Path) -> None:
    write_catalog(isolated / "models.json", _entries(2000))
    runs = [
        subprocess.Popen(
            [SCRIPT, "list", "--format", "ids", "--all"],
            cwd=isolated,
            env=env_for_subprocess(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert all(run.returncode == 0 for run in runs), [err for _, err in outputs]
    assert len({out for out, _ in outputs}) == 1
    ids = outputs[0][0].split()
    assert len(ids) == len(set(ids)) and sum(i.startswith("acme/m-") for i in ids) == 2000
    assert len(_snapshots()) == 1
    assert run_script("list", "--format", "ids", "--all").stdout == outputs[0][0]


def test_a_killed_rebuild_leaves_the_old_snapshot_or_none(isolated: Path) -> None:
    write_catalog(isolated / "models.json", _entries(3000))
    expected = run_script("list", "--format", "ids", "--all").stdout
    for delay in (0.05, 0.1, 0.15, 0.2, 0.3, 0.4):
        write_catalog(isolated / "models.json", _entries(3000 + int(delay * 100)))
        run = subprocess.Popen(
            [SCRIPT, "list", "--format", "ids", "--all"],
            cwd=isolated,
            env=env_for_subprocess(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        with contextlib.suppress(subprocess.TimeoutExpired):  # else it ended by itself
            run.wait(delay)
        run.send_signal(signal.SIGKILL)
        run.wait()
        expected = run_script("list", "--format", "ids", "--all").stdout
        assert sum(line.startswith("acme/m-") for line in expected.split()) == 3000 + int(
            delay * 100
        )
    assert len(_snapshots()) == 1


@pytest.mark.parametrize(
    "poison",
    [
        "truncated",
        "garbage",
        "other-stamp",
        "other-key",
        "symlink",
        "fifo",
        "dir",
        "world-writable",
    ],
)
def test_a_poisoned_snapshot_is_ignored_and_rebuilt(
    isolated: Path, tmp_path: Path, poison: str
) -> None:
    write_catalog(isolated / "models.json", _entries(5))
    expected = run_in_process("list", "--format", "ids", "--all")  # writes the snapshot
    [path] = _snapshots()
    good = path.read_bytes()
    path.unlink()
    target = tmp_path / "elsewhere.sqlite"
    if poison == "truncated":
        path.write_bytes(good[: len(good) // 2])
    elif poison == "garbage":
        path.write_bytes(os.urandom(4096))
    elif poison == "other-stamp":
        import sqlite3

        path.write_bytes(good)
        with sqlite3.connect(path) as db:
            db.execute("UPDATE meta SET value = 'another version' WHERE key = 'stamp'")
    elif poison == "other-key":  # the snapshot of other options (--builtin-only) at this name
        assert run_script("--builtin-only", "list").code == 0
        [other] = [p for p in _snapshots() if p != path]
        other.rename(path)
    elif poison == "symlink":
        target.write_bytes(good)
        path.symlink_to(target)
    elif poison == "fifo":
        os.mkfifo(path)
    elif poison == "world-writable":  # anybody could have planted models in it
        path.write_bytes(good)
        path.chmod(0o666)
    else:
        path.mkdir()
    again = run_script("list", "--format", "ids", "--all")  # never waits on a FIFO
    assert again.code == 0 and again.stdout == expected.stdout
    if poison == "symlink":
        assert target.read_bytes() == good  # the link's target is never written
    if poison in ("truncated", "garbage", "other-stamp", "other-key", "symlink", "world-writable"):
        assert not path.is_symlink() and path.is_file()  # rebuilt in its place
        assert path.stat().st_mode & 0o077 == 0  # the user's own, as safefile writes it


def test_a_broken_source_is_never_compiled(isolated: Path) -> None:
    (isolated / "models.json").write_text('[{"id": "acme/x", "context_window": -1}]')
    for _ in range(2):
        broken = run_script("list", "--format", "ids")
        assert broken.code == 3 and "context_window" in broken.stderr
    assert _snapshots() == []
    write_catalog(isolated / "models.json", [{"id": "acme/x"}])
    assert "acme/x" in run_script("list", "--format", "ids").stdout


def test_a_remote_catalog_is_read_on_every_run_and_never_compiled(isolated: Path) -> None:
    from tests.catalog_server import GOOD, serve

    with serve() as base:
        out = run_script("-c", f"{base}/good.json", "list", "--format", "ids", "--all")
    assert out.code == 0 and GOOD[0]["id"] in out.stdout.split()
    assert _snapshots() == []


def test_a_leftover_of_a_killed_rebuild_is_cleaned(isolated: Path) -> None:
    directory = inputs.cache_dir()
    directory.mkdir(parents=True)
    leftover = directory / f".{snapshot.PREFIX}abc.tmp"
    leftover.write_bytes(b"half a snapshot")
    old = time.time() - writing.STALE_SECONDS - 60
    os.utime(leftover, (old, old))
    write_catalog(isolated / "models.json", _entries(2))
    assert run_script("list", "--format", "ids").code == 0
    assert not leftover.exists()


def test_a_snapshot_unused_for_a_week_is_removed(isolated: Path, tmp_path: Path) -> None:
    """The snapshots of directories, options or versions no longer used do not pile up: one
    in use is rewritten at least daily (its facts hold today's date). Its completion cache
    goes with it."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    write_catalog(elsewhere / "models.json", _entries(1))
    load_registry(cwd=elsewhere)
    [unused] = _snapshots()
    completion_cache = unused.with_suffix(snapshot.TAB_SUFFIX)
    assert completion_cache.is_file()
    old = time.time() - writing.UNUSED_SECONDS - 60
    os.utime(unused, (old, old))
    recent = unused.with_name(f"{snapshot.PREFIX}recent{snapshot.SUFFIX}")
    recent.write_bytes(b"")
    load_registry()  # writes the shared snapshot
    assert not unused.exists() and recent.exists() and len(_snapshots()) == 2
    assert not completion_cache.exists()
    assert len(list(inputs.cache_dir().glob(f"*{snapshot.TAB_SUFFIX}"))) == 1  # the shared one


def test_a_snapshot_that_cannot_be_written_only_costs_speed(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite failing mid-write (a full disk, no memory: a 1M-model registry once failed to
    serialize) leaves no snapshot and no temporary, and the registry is still answered."""
    import sqlite3

    write_catalog(isolated / "models.json", [{"id": "zeta-local", "context_window": 4096}])

    def fails(*args: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as patched:
        patched.setattr(writing, "_fill", fails)
        assert load_registry().get_record("zeta-local")["context_window"] == 4096
    cache = inputs.cache_dir()
    assert list(cache.glob("registry-*.sqlite")) == [] and list(cache.glob(".registry-*")) == []
    assert list(cache.glob("registry-*.tab")) == []  # nor a completion cache
    out = run_script("capabilities", "zeta-local", "--json")
    assert out.code == 0 and json.loads(out.stdout)["context_window"] == 4096
    assert len(list(cache.glob("registry-*.sqlite"))) == 1


def test_a_completion_cache_that_cannot_be_written_only_costs_a_tab_speed(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The snapshot is kept, no temporary is left, and a TAB answers from the snapshot."""
    write_catalog(isolated / "models.json", [{"id": "zeta-local"}])

    def fails(*args: Any) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(tabcache, "write", fails)
        load_registry()
    cache = inputs.cache_dir()
    assert len(_snapshots()) == 1 and list(cache.glob(f"*{snapshot.TAB_SUFFIX}")) == []
    assert list(cache.glob(".registry-*")) == []
    tab = run_script("show", "zeta-", env={"_MODELREG_COMPLETE": "zsh"})
    assert tab.code == 0 and tab.stdout.split() == ["values", "zeta-local"]


@pytest.mark.parametrize(
    "command", [["capabilities", "gpt-4o", "--json"], ["list", "--format", "ids"]]
)
def test_a_working_directory_deleted_under_the_shell_holds_no_models_json(
    isolated: Path, tmp_path: Path, command: list[str]
) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    line = f'cd "{gone}" && rmdir "{gone}" && exec "{SCRIPT}" "$@"'
    done = subprocess.run(
        ["sh", "-c", line, "sh", *command],
        env=env_for_subprocess(),
        capture_output=True,
        text=True,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert "gpt-4o" in done.stdout
