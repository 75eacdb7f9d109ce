"""Memory helpers for bulk work over many records."""

from __future__ import annotations

import gc

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from types import TracebackType


class paused_gc:  # a context manager used as a function: ``with paused_gc():``
    """Pause the cyclic garbage collector while building or scanning many objects.

    Loading, searching or filtering a large catalog allocates millions of
    acyclic objects; with 100,000 records in memory each automatic collection
    walks all of them, which costs a third of a load and most of a search.

    ``freeze=True`` also moves every object alive at the end into the
    collector's permanent generation (``gc.freeze``), so that later collections
    skip them. That is for a short-lived process only (the command line):
    frozen objects that form cycles are never collected. (A class, not
    contextlib's decorator: the console script imports this before anything else.)
    """

    def __init__(self, *, freeze: bool = False) -> None:
        self.freeze = freeze
        self.enabled = True

    def __enter__(self) -> None:
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.enabled:
            if self.freeze:
                gc.freeze()
            gc.enable()
