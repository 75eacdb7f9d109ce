"""Hostile input through the library: every read bounded, every write readable back.

The command-line side (pipes, terminals, devices, a full disk) is tests/cli/test_hostile.py.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from modelreg import sources, userstore
from modelreg.compile import load_registry
from modelreg.errors import CatalogError, ModelNotFoundError, UserStoreError
from modelreg.safefile import writing
from modelreg.schema.definition import ModelDefinition
from modelreg.schema.fields import MAX_CREATED, MAX_DEPTH
from tests.catalog_server import TOKEN, USER, serve


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve() as url:
        yield url


def nested(depth: int) -> dict[str, Any]:
    """A fine_tuning_config ``depth`` levels deep (the config itself is level 1)."""
    value: dict[str, Any] = {"leaf": 1}
    for _ in range(depth - 1):
        value = {"x": value}
    return value


def catalog_error(call: Any, *args: Any, **kwargs: Any) -> CatalogError:
    with pytest.raises(CatalogError) as caught:
        call(*args, **kwargs)
    return caught.value


# -- nesting, non-finite numbers, dates: nothing enters that cannot be written back --------


def test_free_form_values_nest_at_most_max_depth_levels() -> None:
    ModelDefinition(id="ok", fine_tuning_config=nested(MAX_DEPTH))
    with pytest.raises(ValueError, match=f"deeper than {MAX_DEPTH} levels"):
        ModelDefinition(id="deep", fine_tuning_config=nested(MAX_DEPTH + 1))


def test_add_of_a_deeply_nested_entry_is_refused_naming_input_entry_and_field() -> None:
    error = catalog_error(
        userstore.add, [{"id": "deep", "fine_tuning_config": nested(200)}], label="file:d.json"
    )
    assert str(error).startswith("file:d.json: entry 0 ('deep'): field 'fine_tuning_config'")
    assert "32 levels" in str(error)
    assert not userstore.store_path().exists()


def test_the_store_is_parsed_again_before_it_replaces_the_old_one(tmp_path: Path) -> None:
    store = tmp_path / "models.json"
    userstore.add([{"id": "kept"}], store)
    before = store.read_bytes()
    document = userstore.new_document([{"id": "deep", "fine_tuning_config": nested(250)}])
    with pytest.raises(UserStoreError, match="would not read back"):
        userstore.write_document(store, document)
    assert store.read_bytes() == before


def test_an_entry_at_the_depth_limit_round_trips_through_the_store_and_export(
    tmp_path: Path,
) -> None:
    userstore.add([{"id": "deepest", "fine_tuning_config": nested(MAX_DEPTH)}])
    registry = load_registry()
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps({"format_version": 1, "models": registry.records()}))
    again = load_registry([str(exported)], builtin_only=True)
    assert again.get_record("deepest")["fine_tuning_config"] == nested(MAX_DEPTH)


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_non_finite_numbers_in_free_form_values_are_refused(tmp_path: Path, literal: str) -> None:
    path = tmp_path / "nan.json"
    path.write_text(f'[{{"id": "nan", "fine_tuning_config": {{"lr": [{literal}]}}}}]')
    error = catalog_error(load_registry, [str(path)])
    assert "field 'fine_tuning_config'" in str(error) and "finite" in str(error)


def test_created_is_bounded_by_the_end_of_year_9999() -> None:
    ModelDefinition(id="last", created=MAX_CREATED)
    error = catalog_error(userstore.add, [{"id": "far", "created": MAX_CREATED + 1}], label="in")
    assert "field 'created'" in str(error)


# -- reading files: bounded, no devices, regular files for the implicit sources -----------


def test_the_default_size_cap_takes_a_large_catalog_and_is_configurable() -> None:
    assert sources.max_bytes({}) >= 64 * 1024 * 1024  # a 100k-model catalog is ~60 MB
    assert sources.max_bytes({"MODELREG_MAX_BYTES": "1000"}) == 1000
    assert sources.max_bytes({"MODELREG_MAX_BYTES": "2M"}) == 2 * 1024 * 1024
    for bad in ("0", "-1", "lots", "1e9"):
        with pytest.raises(CatalogError, match="MODELREG_MAX_BYTES"):
            sources.max_bytes({"MODELREG_MAX_BYTES": bad})


@pytest.mark.parametrize("as_url", [False, True])
def test_files_and_file_urls_are_capped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_url: bool
) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps([{"id": f"m{i}"} for i in range(200)]))
    monkeypatch.setenv("MODELREG_MAX_BYTES", "1000")
    location = path.as_uri() if as_url else str(path)
    assert "1000 byte limit" in str(catalog_error(load_registry, [location]))


@pytest.mark.parametrize(("limit", "whole"), [(10_000, True), (1000, False)])
def test_a_file_that_grows_as_it_is_read_is_read_whole_or_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int, whole: bool
) -> None:
    """fstat says the file is smaller than what reading it gives (it grew in between):
    the rest is read too, up to the limit."""
    path = tmp_path / "growing.json"
    data = json.dumps([{"id": f"m{i}"} for i in range(200)]).encode()
    path.write_bytes(data)
    real_fstat = os.fstat

    def stale(fd: int) -> os.stat_result:
        now = list(real_fstat(fd))
        now[6] = 100  # st_size, as it was before the file grew
        return os.stat_result(now)

    monkeypatch.setattr(sources.os, "fstat", stale)
    if whole:
        assert sources.read_bytes(path, "file:growing", limit=limit) == data
    else:
        error = catalog_error(sources.read_bytes, path, "file:growing", limit=limit)
        assert "1000 byte limit" in str(error)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "file:///dev/zero"])
def test_devices_are_refused_at_once(device: str) -> None:
    error = catalog_error(load_registry, [device])
    assert "character device" in str(error)


def test_a_fifo_without_a_writer_times_out(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    started = time.monotonic()
    error = catalog_error(sources.read_bytes, fifo, "file:fifo", timeout=0.5)
    assert "timed out" in str(error)
    assert time.monotonic() - started < 1.5


def test_a_fifo_with_a_writer_is_read_as_an_explicit_catalog(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "w") as handle:
            handle.write('[{"id": "piped"}]')

    writer = threading.Thread(target=feed)
    writer.start()
    source = sources.read_file(fifo)
    writer.join()
    assert source.entries == [{"id": "piped"}]


@pytest.mark.parametrize("where", ["store", "local"])
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero", "loop"])
def test_an_implicit_source_that_is_not_a_regular_file_is_an_error(
    isolated: Path, where: str, kind: str
) -> None:
    path = userstore.store_path() if where == "store" else isolated / "models.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "loop":
        os.symlink(path.name, path)
    else:
        os.symlink(kind, path)
    error = catalog_error(load_registry)
    says = {"fifo": "pipe", "/dev/zero": "character device", "loop": "symbolic link loop"}[kind]
    assert says in str(error) and ("user-store" if where == "store" else "models.json") in str(
        error
    )


def test_probing_a_store_path_that_is_too_long_is_a_catalog_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ("x" * 5000)))
    assert "too long" in str(catalog_error(load_registry))


def test_probing_a_store_without_permission_is_a_catalog_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = userstore.store_path()
    store.parent.mkdir(parents=True)
    store.write_text("[]")
    real = os.open

    def denied(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path) == store:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    assert "permission denied" in str(catalog_error(load_registry))


@pytest.mark.parametrize("host", ["example.com", "127.0.0.1"])
def test_a_file_url_naming_another_host_is_refused(tmp_path: Path, host: str) -> None:
    path = tmp_path / "m.json"
    path.write_text("[]")
    assert "local file" in str(catalog_error(sources.read_url, f"file://{host}{path}"))
    assert sources.read_url(f"file://localhost{path}").entries == []


# -- URLs: one deadline over the whole fetch -----------------------------------------------


def test_trickling_headers_cannot_outlive_the_deadline(server: str) -> None:
    started = time.monotonic()
    error = catalog_error(sources.read_url, f"{server}/trickle-headers", timeout=0.5)
    assert "timed out" in str(error)
    assert time.monotonic() - started < 3.0


def test_slow_redirects_share_one_deadline(server: str) -> None:
    assert sources.read_url(f"{server}/slow-redirect/3", timeout=5).entries[0]["id"]
    started = time.monotonic()
    error = catalog_error(sources.read_url, f"{server}/slow-redirect/3", timeout=0.5)
    assert "timed out" in str(error)
    assert time.monotonic() - started < 3.0


def test_a_claimed_length_beyond_the_cap_is_refused_before_reading(server: str) -> None:
    assert "byte limit" in str(catalog_error(sources.read_url, f"{server}/huge-length"))


# -- credentials in a URL -------------------------------------------------------------------


def test_credentials_are_sent_as_basic_auth_and_never_shown(server: str) -> None:
    host = server.removeprefix("http://")
    url = f"http://{USER}:{TOKEN}@{host}/auth"
    source = sources.read_url(url)
    assert source.entries[0]["id"] == "served-model"
    assert source.label == f"url:http://***@{host}/auth"
    registry = load_registry([url], builtin_only=True)
    assert TOKEN not in " ".join(registry.provenance("served-model"))
    wrong = f"http://{USER}:wrong@{host}/auth"
    message = str(catalog_error(sources.read_url, wrong))
    assert "401" in message and "wrong" not in message and USER not in message


def test_credentials_never_cross_the_network_in_clear_text() -> None:
    message = str(catalog_error(sources.read_url, f"http://{USER}:{TOKEN}@example.invalid/x"))
    assert "https" in message and TOKEN not in message


def test_credentials_are_redacted_from_every_error(server: str) -> None:
    host = server.removeprefix("http://")
    for path in ("/status/404", "/bad.json", "/to-ftp"):
        message = str(catalog_error(load_registry, [f"http://{USER}:{TOKEN}@{host}{path}"]))
        assert TOKEN not in message and message.startswith(f"url:http://***@{host}{path}: ")


# -- the user store: a symlink, the lock, remove ----------------------------------------


def test_a_symlinked_store_is_written_through_the_link(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    target = dotfiles / "models.json"
    target.write_text(json.dumps({"format_version": 1, "models": [{"id": "old"}]}))
    store = userstore.store_path()
    store.parent.mkdir(parents=True)
    store.symlink_to(target)
    userstore.add([{"id": "new"}])
    assert store.is_symlink() and os.readlink(store) == str(target)
    assert [e["id"] for e in json.loads(target.read_text())["models"]] == ["old", "new"]
    assert list(dotfiles.glob(".*.tmp")) == []


def test_a_store_that_is_a_symlink_loop_is_an_error_and_is_not_replaced() -> None:
    store = userstore.store_path()
    store.parent.mkdir(parents=True)
    os.symlink(store.name, store)
    error = catalog_error(userstore.add, [{"id": "x"}])
    assert "symbolic link loop" in str(error)
    assert store.is_symlink()
    with pytest.raises(UserStoreError, match="leads nowhere"):
        writing.atomic_write(store, b"[]", follow_links=True)


def test_nothing_slow_happens_under_the_lock() -> None:
    """The later sources (--catalog URLs) are read before the lock is taken."""
    store = userstore.store_path()
    held: list[bool] = []

    def later() -> list[sources.Source]:
        lock = writing.lock_path(store)
        lock.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock, os.O_RDWR | os.O_CREAT)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            held.append(False)
        except BlockingIOError:
            held.append(True)
        finally:
            os.close(fd)
        return []

    userstore.add([{"id": "a"}], later=later)
    userstore.remove("a", later=later)
    assert held == [False, False]


def test_remove_never_rewrites_a_store_whose_other_entries_do_not_load() -> None:
    store = userstore.store_path()
    store.parent.mkdir(parents=True)
    broken = [{"id": "fine"}, {"id": "broken", "context_window": "big"}]
    store.write_text(json.dumps({"format_version": 1, "models": broken}))
    before = store.read_bytes()
    error = catalog_error(userstore.remove, "fine")
    assert "entry 0 ('broken')" in str(error) or "'broken'" in str(error)
    assert store.read_bytes() == before
    userstore.remove("broken")  # removing the broken entry itself fixes the store
    assert [e["id"] for e in json.loads(store.read_text())["models"]] == ["fine"]


def test_a_remove_that_lost_a_race_says_the_model_is_gone() -> None:
    userstore.add([{"id": "raced"}])
    seen = load_registry()  # what this run read before another process removed it
    userstore.remove("raced")
    with pytest.raises(ModelNotFoundError, match="another modelreg removed it"):
        userstore.remove("raced", registry=seen)


def test_add_refuses_text_that_is_not_unicode() -> None:
    error = catalog_error(userstore.add, [{"id": "bad", "name": "caf\udcff"}], label="flags")
    assert "field 'name'" in str(error) and "Unicode" in str(error)
    assert not userstore.store_path().exists()
