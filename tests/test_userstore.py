"""The user store: sparse entries, validation before writing, atomic writes, the lock."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from modelreg import safefile, sources, userstore
from modelreg.compile import load_registry
from modelreg.errors import CatalogError, ModelConflictError, ModelNotFoundError, UserStoreError
from modelreg.safefile import writing

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ROOT_REASON = "running as root: permission bits do not stop root"


@pytest.fixture
def store() -> Path:
    """The default store (under the isolated XDG_CONFIG_HOME)."""
    return userstore.store_path()


def entries(path: Path) -> list[dict[str, Any]]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format_version"] == sources.FORMAT_VERSION == 1
    return doc["models"]


def leftovers(path: Path) -> list[Path]:
    return list(path.parent.glob(f".{path.name}.*.tmp"))


# -- where the store is ------------------------------------------------------------------


def test_store_path_follows_xdg_config_home(tmp_path: Path) -> None:
    assert userstore.store_path({"XDG_CONFIG_HOME": str(tmp_path)}) == (
        tmp_path / "modelreg" / "models.json"
    )


def test_default_store_is_under_the_isolated_config(store: Path, tmp_path: Path) -> None:
    assert store == tmp_path / "config" / "modelreg" / "models.json"


# -- add ---------------------------------------------------------------------------------


def test_add_creates_a_versioned_store_holding_the_entry_as_given(store: Path) -> None:
    entry = {"id": "my-llm", "provider": "local", "context_window": 32768}
    change = userstore.add([entry])
    assert change.written and change.actions == [("added", "my-llm")]
    assert json.loads(store.read_text()) == {"format_version": 1, "models": [entry]}
    record = load_registry().get_record("my-llm")
    assert record["context_window"] == 32768 and record["provider"] == "local"
    assert load_registry().provenance("my-llm") == ["user-store"]


def test_a_patch_of_a_builtin_is_stored_sparse_so_builtin_fields_show_through(
    store: Path,
) -> None:
    builtin = load_registry(builtin_only=True).get_record("gpt-4o")
    patch = {"id": "gpt-4o", "pricing": {"prompt_price_per_1m": 2.0}}
    change = userstore.add([patch])
    assert change.actions == [("patched", "gpt-4o")]
    assert entries(store) == [patch]
    record = load_registry().get_record("gpt-4o")
    assert record["pricing"]["prompt_price_per_1m"] == 2.0
    assert (
        record["pricing"]["completion_price_per_1m"]
        == builtin["pricing"]["completion_price_per_1m"]
    )
    assert record["context_window"] == builtin["context_window"]
    assert load_registry().provenance("gpt-4o")[-1] == "user-store"


def test_a_second_add_of_the_same_id_is_refused_and_changes_nothing(store: Path) -> None:
    userstore.add([{"id": "my-llm", "context_window": 1000}])
    before = store.read_bytes()
    for model_id in ("my-llm", "MY-LLM"):
        with pytest.raises(ModelConflictError, match=r"already in the user store.*--replace"):
            userstore.add([{"id": model_id, "context_window": 2000}])
    assert store.read_bytes() == before


def test_a_second_patch_of_a_builtin_by_its_alias_is_the_same_model(store: Path) -> None:
    userstore.add([{"id": "gpt-4o", "description": "mine"}])
    with pytest.raises(ModelConflictError, match="as 'gpt-4o'"):
        userstore.add([{"id": "gpt-4o-2024-08-06", "description": "again"}])


def test_replace_keeps_the_entry_in_its_place(store: Path) -> None:
    userstore.add([{"id": "base-a", "context_window": 1000}])
    userstore.add([{"id": "child-b", "extends": "base-a"}])
    change = userstore.add([{"id": "base-a", "context_window": 5000}], replace=True)
    assert change.actions == [("replaced", "base-a")]
    assert [e["id"] for e in entries(store)] == ["base-a", "child-b"]
    assert load_registry().get_record("child-b")["context_window"] == 5000


def test_an_array_of_entries_is_added_together(store: Path) -> None:
    userstore.add([{"id": "one"}, {"id": "two", "extends": "one"}])
    assert [e["id"] for e in entries(store)] == ["one", "two"]


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"id": "x", "context_window": -1}, "context_window"),
        ({"id": "x", "contxt_window": 5}, "unknown field"),
        ({"id": "x", "aliases": ["gpt-4o-2024-08-06"]}, "collides"),
        ({"id": "x", "extends": "no-such-model"}, "extends"),
        ({"id": "gpt-4o", "extends": "o1"}, "only a new id can extend"),
        ({"id": "x", "kind": "embedding", "supports_function_calling": True}, "embedding"),
        ({"name": "no id"}, "missing field 'id'"),
    ],
)
def test_an_invalid_entry_raises_naming_the_input_and_writes_nothing(
    store: Path, entry: dict[str, Any], problem: str
) -> None:
    userstore.add([{"id": "keep-me"}])
    before = store.read_bytes()
    with pytest.raises(CatalogError, match=problem) as caught:
        userstore.add([entry], label="file:in.json")
    assert caught.value.source == "file:in.json"
    assert store.read_bytes() == before


def test_a_duplicate_within_the_input_is_refused(store: Path) -> None:
    with pytest.raises(CatalogError, match="the same model"):
        userstore.add([{"id": "dup"}, {"id": "DUP"}])
    assert not store.exists()


def test_dry_run_validates_and_writes_nothing(store: Path) -> None:
    change = userstore.add([{"id": "dry"}], dry_run=True)
    assert not change.written
    assert change.document == {"format_version": 1, "models": [{"id": "dry"}]}
    assert not store.exists()
    with pytest.raises(CatalogError):
        userstore.add([{"id": "dry", "context_window": 0}], dry_run=True)


def test_add_to_another_file(tmp_path: Path, store: Path) -> None:
    other = tmp_path / "team" / "models.json"
    userstore.add([{"id": "team-model"}], other)
    assert [e["id"] for e in entries(other)] == ["team-model"]
    assert not store.exists()


def test_a_change_that_breaks_a_later_source_is_refused(store: Path, isolated: Path) -> None:
    local = isolated / "models.json"
    local.write_text(json.dumps([{"id": "local-model", "aliases": ["taken"]}]))
    with pytest.raises(ModelConflictError, match="would break a source loaded after"):
        userstore.add([{"id": "taken"}], later=lambda: userstore.later_sources(store))
    assert not store.exists()
    # The store alone is valid: the conflict is with ./models.json only.
    userstore.add([{"id": "taken"}])


def test_later_sources_are_only_those_after_the_default_store(
    store: Path, isolated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (isolated / "models.json").write_text("[]")
    monkeypatch.setenv("FAKEAI_CUSTOM_MODELS", "[]")
    userstore.add([{"id": "in-store"}])
    labels = [s.label for s in userstore.later_sources(store)]
    assert labels == ["file:./models.json", "env:FAKEAI_CUSTOM_MODELS"]
    assert userstore.later_sources(tmp_path / "elsewhere.json") == []


# -- stores that must not be overwritten -------------------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("garbage", "invalid JSON at line 1"),
        ("", "invalid JSON"),
        ('{"models": [1]}', "must be a JSON object"),
        ('{"format_version": 2, "models": []}', "format_version 2 is newer"),
        ('{"format_version": "1", "models": []}', "format_version"),
        ('{"modles": []}', "unknown top-level key"),
    ],
)
def test_a_corrupt_store_is_never_overwritten(store: Path, content: str, problem: str) -> None:
    store.parent.mkdir(parents=True)
    store.write_text(content)
    for change in (
        lambda: userstore.add([{"id": "new-one"}]),
        lambda: userstore.remove("x"),
    ):
        with pytest.raises(CatalogError, match=problem) as caught:
            change()
        assert str(store) in str(caught.value)
        assert store.read_text() == content


def test_add_to_a_store_whose_entries_no_longer_load_is_refused(store: Path) -> None:
    content = '[{"id": "x", "aliases": ["gpt-4o-2024-08-06"]}]'  # a built-in took the alias
    store.parent.mkdir(parents=True)
    store.write_text(content)
    with pytest.raises(CatalogError, match="collides") as caught:
        userstore.add([{"id": "new-one"}])
    assert str(store) in str(caught.value)
    assert store.read_text() == content


def test_a_bare_array_store_is_read_and_written_back_versioned(store: Path) -> None:
    store.parent.mkdir(parents=True)
    store.write_text('[{"id": "hand-written"}]')
    userstore.add([{"id": "added"}])
    assert [e["id"] for e in entries(store)] == ["hand-written", "added"]


@pytest.mark.skipif(AS_ROOT, reason=ROOT_REASON)
def test_an_unreadable_store_raises_user_store_error(store: Path) -> None:
    userstore.add([{"id": "kept"}])
    before = store.read_bytes()
    store.chmod(0)
    try:
        with pytest.raises(UserStoreError, match=str(store)):
            userstore.add([{"id": "new-one"}])
    finally:
        store.chmod(0o644)
    assert store.read_bytes() == before


@pytest.mark.skipif(AS_ROOT, reason=ROOT_REASON)
def test_a_read_only_directory_raises_user_store_error(store: Path) -> None:
    userstore.add([{"id": "kept"}])
    before = store.read_bytes()
    store.parent.chmod(0o555)
    try:
        with pytest.raises(UserStoreError, match=str(store)):
            userstore.add([{"id": "new-one"}])
    finally:
        store.parent.chmod(0o755)
    assert store.read_bytes() == before
    assert leftovers(store) == []


def test_permission_denied_on_read_raises_user_store_error_even_as_root(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chmod 000 case by other means, so it runs as root too."""
    userstore.add([{"id": "kept"}])
    before = store.read_bytes()
    real = os.open

    def denied(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path) == store:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(UserStoreError, match="Permission denied") as caught:
        userstore.add([{"id": "new-one"}])
    monkeypatch.undo()
    assert str(store) in str(caught.value)
    assert store.read_bytes() == before


@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS])
def test_a_temporary_file_that_cannot_be_created_raises_even_as_root(
    store: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """The read-only directory case by other means, so it runs as root too."""
    userstore.add([{"id": "kept"}])
    before = store.read_bytes()

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(writing, "_exclusive", refused)
    with pytest.raises(UserStoreError, match=os.strerror(code)):
        userstore.add([{"id": "new-one"}])
    with pytest.raises(UserStoreError):
        userstore.remove("kept")
    monkeypatch.undo()
    assert store.read_bytes() == before


def test_a_directory_that_cannot_be_created_raises_user_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the directory should be")
    with pytest.raises(UserStoreError, match="blocker"):
        userstore.add([{"id": "new-one"}], blocker / "modelreg" / "models.json")
    assert blocker.read_text() == "a file where the directory should be"


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    store: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    userstore.add([{"id": "kept"}])
    before = store.read_bytes()

    def disk_full(*args: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(safefile.os, failing, disk_full)
    with pytest.raises(UserStoreError, match="No space left on device") as caught:
        userstore.add([{"id": "new-one"}])
    monkeypatch.undo()
    assert str(store) in str(caught.value) and "unchanged" in str(caught.value)
    assert store.read_bytes() == before
    assert leftovers(store) == []


def test_a_new_store_file_gets_ordinary_permissions(store: Path) -> None:
    userstore.add([{"id": "x"}])
    mask = os.umask(0)
    os.umask(mask)
    assert store.stat().st_mode & 0o777 == 0o666 & ~mask


def test_the_old_file_permissions_are_kept(store: Path) -> None:
    userstore.add([{"id": "x"}])
    store.chmod(0o600)
    userstore.add([{"id": "y"}])
    assert store.stat().st_mode & 0o777 == 0o600


def test_stale_temporaries_of_a_killed_writer_are_swept(store: Path) -> None:
    userstore.add([{"id": "x"}])
    stale = store.parent / f".{store.name}.dead1234.tmp"
    stale.write_text('{"half": ')
    userstore.add([{"id": "y"}])
    assert not stale.exists()


# -- remove ------------------------------------------------------------------------------


def test_remove_a_user_model_by_id_or_alias(store: Path) -> None:
    userstore.add([{"id": "mine", "aliases": ["my-alias"]}, {"id": "other"}])
    change = userstore.remove("my-alias")
    assert change.actions == [("removed", "mine")]
    assert [e["id"] for e in entries(store)] == ["other"]
    assert "mine" not in load_registry()


def test_remove_a_patch_brings_the_builtin_back(store: Path) -> None:
    builtin = load_registry(builtin_only=True).get_record("gpt-4o")
    userstore.add([{"id": "gpt-4o", "pricing": {"prompt_price_per_1m": 2.0}}])
    change = userstore.remove("GPT-4o")
    assert change.actions == [("unpatched", "gpt-4o")]
    assert entries(store) == []
    assert load_registry().get_record("gpt-4o") == builtin


def test_remove_a_builtin_never_patched_is_refused_saying_so(store: Path) -> None:
    userstore.add([{"id": "mine"}])
    before = store.read_bytes()
    with pytest.raises(ModelConflictError, match=r"built-in model.*no patch"):
        userstore.remove("gpt-4o")
    assert store.read_bytes() == before


def test_remove_an_unknown_id_suggests(store: Path) -> None:
    userstore.add([{"id": "my-special-model"}])
    with pytest.raises(ModelNotFoundError, match="my-special-model") as caught:
        userstore.remove("my-spcial-model")
    assert isinstance(caught.value, ValueError)
    assert caught.value.suggestions[0] == "my-special-model"


def test_remove_from_a_missing_store(store: Path) -> None:
    with pytest.raises(ModelNotFoundError):
        userstore.remove("nothing-here")
    assert not store.exists()


def test_remove_what_another_entry_extends_is_refused(store: Path) -> None:
    userstore.add([{"id": "base"}, {"id": "child", "extends": "base"}])
    before = store.read_bytes()
    with pytest.raises(ModelConflictError, match="child"):
        userstore.remove("base")
    assert store.read_bytes() == before


def test_remove_may_fix_a_store_broken_by_a_builtin_update(store: Path) -> None:
    store.parent.mkdir(parents=True)
    store.write_text(json.dumps([{"id": "ok"}, {"id": "bad", "aliases": ["gpt-4o-2024-08-06"]}]))
    userstore.remove("bad")
    assert [e["id"] for e in entries(store)] == ["ok"]


def test_remove_dry_run_writes_nothing(store: Path) -> None:
    userstore.add([{"id": "mine"}])
    before = store.read_bytes()
    change = userstore.remove("mine", dry_run=True)
    assert change.document["models"] == [] and not change.written
    assert store.read_bytes() == before


# -- parse_entries -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '{"id": "a"}',
        '[{"id": "a"}]',
        '{"models": [{"id": "a"}]}',
        '{"format_version": 1, "models": [{"id": "a"}]}',
    ],
)
def test_parse_entries_takes_one_object_an_array_or_a_document(text: str) -> None:
    assert userstore.parse_entries(text, "stdin") == [{"id": "a"}]


def test_parse_entries_names_the_input_on_bad_json() -> None:
    with pytest.raises(CatalogError, match="stdin: invalid JSON at line 1"):
        userstore.parse_entries("{nope", "stdin")


# -- processes ---------------------------------------------------------------------------


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path / "home"))
    env.pop("FAKEAI_CUSTOM_MODELS", None)
    return env


ADD_LOOP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from modelreg import userstore

    path = Path(sys.argv[1])
    for i in range(100000):
        userstore.add([{"id": f"m{i}", "context_window": 1000 + i}], path)
        print(f"m{i}", flush=True)
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("after", [3, 8, 17, 29, 40])
def test_sigkill_mid_stream_leaves_a_valid_store_with_every_reported_add(
    tmp_path: Path, store: Path, after: int
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", ADD_LOOP, str(store)],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(tmp_path),
        cwd=tmp_path / "work",
    )
    assert proc.stdout is not None
    reported = []
    for line in proc.stdout:
        reported.append(line.strip())
        if len(reported) >= after:
            break
    time.sleep(0.003 * after)  # land somewhere in a later add
    proc.send_signal(signal.SIGKILL)
    reported += [line.strip() for line in proc.stdout]  # printed before the kill
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    stored = [e["id"] for e in entries(store)]  # valid JSON, versioned
    assert stored[: len(reported)] == reported
    assert len(stored) - len(reported) <= 1  # at most the add that was not yet reported
    assert load_registry().get_record(reported[-1])["context_window"] > 0


def _waits_for_a_lock(pid: int) -> bool:
    """Whether a process is blocked waiting for a file lock (a '->' line of /proc/locks)."""
    for line in Path("/proc/locks").read_text(encoding="ascii").splitlines():
        fields = line.split()
        if "->" in fields and str(pid) in fields[fields.index("->") + 4 : fields.index("->") + 5]:
            return True
    return False


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs /proc/locks")
def test_the_lock_holds_back_another_writer(tmp_path: Path, store: Path) -> None:
    userstore.add([{"id": "first"}])
    code = "import sys; from modelreg import userstore; userstore.add([{'id': 'second'}])"
    with userstore.locked(store):
        proc = subprocess.Popen(
            [sys.executable, "-c", code], env=_env(tmp_path), cwd=tmp_path / "work"
        )
        # The handshake: wait until the kernel shows the second writer blocked on the lock.
        deadline = time.monotonic() + 60
        while not _waits_for_a_lock(proc.pid):
            assert proc.poll() is None, "the second writer did not wait for the lock"
            assert time.monotonic() < deadline, "the second writer never reached the lock"
            time.sleep(0.01)
        assert [e["id"] for e in entries(store)] == ["first"]
    assert proc.wait(timeout=60) == 0
    assert [e["id"] for e in entries(store)] == ["first", "second"]


def test_a_store_that_add_accepts_loads_in_the_same_order(store: Path) -> None:
    userstore.add([{"id": "gpt-4o", "aliases": []}, {"id": "gpt-4o-2024-08-06"}])
    registry = load_registry()
    assert registry.get_model("gpt-4o").aliases == []
    assert registry.get_model("gpt-4o-2024-08-06").provider == "custom"


def test_a_bad_store_entry_is_named_by_index_and_id(store: Path) -> None:
    store.parent.mkdir(parents=True)
    store.write_text('{"format_version": 1, "models": [{"id": "ok"}, {"id": "bad", "kind": 5}]}')
    with pytest.raises(CatalogError) as caught:
        userstore.add([{"id": "new-one"}])
    assert str(store) in str(caught.value)
    assert "entry 1 ('bad')" in str(caught.value) and "field 'kind'" in str(caught.value)
    assert userstore.read_document(store)["models"][1] == {"id": "bad", "kind": 5}
