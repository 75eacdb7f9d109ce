"""The garbage collector around bulk work: paused, restored, frozen only when asked."""

from __future__ import annotations

import gc

from modelreg.memory import paused_gc
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
