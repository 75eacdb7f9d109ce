"""The garbage collector around bulk work: paused, restored, frozen only when asked."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from modelreg.cli.memory import paused_gc
from modelreg.query.search import search
from modelreg.registry import builtin as builtin_registry


def test_library_calls_leave_the_collector_as_they_found_it() -> None:
    frozen = gc.get_freeze_count()
    search(builtin_registry().records(), "vision")
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen  # a library must never freeze its caller's heap


def test_a_cycle_made_by_the_caller_is_still_collected() -> None:
    class Node:
        other: object

    a, b = Node(), Node()
    a.other, b.other = b, a
    with paused_gc():
        pass
    del a, b
    assert gc.collect() >= 2


def test_paused_inside_paused_restores_only_at_the_outside() -> None:
    with paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_freeze_is_for_the_command_line_only() -> None:
    frozen = gc.get_freeze_count()
    try:
        with paused_gc(freeze=True):
            survivor = [object() for _ in range(10)]
        assert gc.get_freeze_count() > frozen
        assert survivor
    finally:
        gc.unfreeze()


def test_a_command_runs_without_a_collection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command line is over in a moment: the collector never walks what it makes
    (records, hits, output), and is on again afterwards."""
    from modelreg.cli.main import main

    catalog = tmp_path / "models.json"
    entries = [{"id": f"org/llama-{i}", "supports_vision": i % 2 == 0} for i in range(3000)]
    catalog.write_text(json.dumps(entries))
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    argv = ["modelreg", "-c", str(catalog), "search", "llama", "vision", "--json"]
    monkeypatch.setattr("sys.argv", argv)
    gc.callbacks.append(count)
    try:
        main()
    except SystemExit as exc:
        status = exc.code
    finally:
        gc.callbacks.remove(count)
        gc.unfreeze()
    hits = json.loads(capsys.readouterr().out)
    assert status == 0
    assert sum(hit["id"].startswith("org/") for hit in hits) == 1500
    assert collections == []
    assert gc.isenabled()


def test_library_functions_never_pause_the_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    from modelreg.compile import load_registry
    from modelreg.query.filters import Filters, apply_filters
    from modelreg.query.sorting import sort_records

    def refuse() -> None:
        raise AssertionError("a library function paused its caller's collector")

    monkeypatch.setattr(gc, "disable", refuse)
    records = load_registry([]).records()
    assert search(records, "vision")
    assert apply_filters(records, Filters.parse(capabilities=["vision"]))
    assert sort_records(records, "context_window", descending=True)[0]["context_window"]
