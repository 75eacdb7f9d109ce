"""Writing a compiled snapshot (modelreg.snapshot): the registry's state as SQLite tables,
written whole through modelreg.safefile's one writer, its completion cache beside it, and
what killed rebuilds and unused snapshots left swept away."""

from __future__ import annotations

import marshal
import os
from typing import TYPE_CHECKING, Any

from modelreg import tabcache
from modelreg.snapshot import BASE, CHUNK, PREFIX, SUFFIX, TAB_SUFFIX, sqlite

if TYPE_CHECKING:
    import sqlite3
    from pathlib import Path

    from modelreg.schema import Record
    from modelreg.snapshot import Facts, Snapshot

STALE_SECONDS = 600  # a temporary file this old was left by a killed rebuild
# A snapshot in use is rewritten at least daily (its facts hold today's date): one untouched
# this long is of options, a directory or a version no longer used.
UNUSED_SECONDS = 7 * 24 * 3600


def write(snap: Snapshot, state: dict[str, Any], facts: Facts, *, tab: bool = True) -> None:
    """Write a snapshot of a registry's state whole, with its stamp (its key and what it
    depends on), through modelreg.safefile's one writer (an unpredictable temporary created
    exclusively in the cache directory, never through a link, then renamed into place):
    SQLite writes the temporary through its descriptor (``/dev/fd/N``), so a snapshot of any
    size is never held twice in memory. Written under the snapshot's lock, which first sweeps
    what writers killed mid-write left. A cache that cannot be written (no room, no memory)
    only costs the next run speed. Its completion cache (modelreg.tabcache) is written
    next (unless not ``tab``: a base's), the same way, under the same lock, with the same
    stamp."""
    import contextlib
    from pathlib import Path

    from modelreg.errors import UserStoreError
    from modelreg.safefile.writing import atomic_writer, locked

    sqlite3 = sqlite()
    path = Path(snap.path)
    with contextlib.suppress(OSError, UserStoreError, sqlite3.Error, MemoryError):
        stamp = marshal.dumps((snap.key, facts))
        offered = tabcache.completions(state) if tab else None
        _clean(path.parent)
        with locked(path, guards=(Path(snap.tab),)):
            with atomic_writer(path, mode=0o600) as handle:
                direct = os.path.isdir("/dev/fd")  # else: built in memory, then written
                db = sqlite3.connect(
                    f"/dev/fd/{handle.fileno()}" if direct else ":memory:", isolation_level=None
                )
                try:
                    _fill(db, stamp, state)
                    if not direct:
                        handle.write(db.serialize())
                finally:
                    db.close()
            if offered is not None:
                with atomic_writer(Path(snap.tab), mode=0o600) as handle:
                    tabcache.write(handle, stamp, offered)


def _fill(db: sqlite3.Connection, stamp: bytes, state: dict[str, Any]) -> None:
    db.executescript(
        "PRAGMA page_size = 65536; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;"
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);"
        "CREATE TABLE state (value BLOB NOT NULL);"
        "CREATE TABLE models (chunk INTEGER PRIMARY KEY, value BLOB NOT NULL,"
        " offers BLOB NOT NULL);"
        "CREATE TABLE names (key TEXT NOT NULL, id TEXT NOT NULL, chunk INTEGER NOT NULL,"
        " seller INTEGER NOT NULL);"
    )
    offers = {i: r["offers"] for i, r in state["models"].items() if r["offers"]}
    models = {i: {**r, "offers": None} if i in offers else r for i, r in state["models"].items()}
    kept = {k: v for k, v in state.items() if k not in ("keys", "offered")}
    db.execute("INSERT INTO state VALUES (?)", (marshal.dumps({**kept, "models": models}),))
    from modelreg.schema.fields import FIELDS

    sources, fields = state["sources"], state["field_sources"]
    ids = list(models)
    chunks = [ids[start : start + CHUNK] for start in range(0, len(ids), CHUNK)]
    rows = (
        {i: (_row(models[i], FIELDS), sources[i], fields.get(i, {})) for i in c} for c in chunks
    )
    held = ({i: marshal.dumps(offers[i]) for i in c if i in offers} for c in chunks)
    db.executemany(
        "INSERT INTO models VALUES (?, ?, ?)",
        zip(range(len(chunks)), map(marshal.dumps, rows), map(marshal.dumps, held), strict=True),
    )
    chunk_of = {model_id: n // CHUNK for n, model_id in enumerate(ids)}.__getitem__
    for seller, names in enumerate((state["keys"], state["offered"])):
        # Rows zipped from maps (no Python call per row).
        named = zip(names, names.values(), map(chunk_of, names.values()), strict=True)
        db.executemany(f"INSERT INTO names VALUES (?, ?, ?, {seller})", named)
    db.execute("CREATE INDEX names_key ON names (key)")
    db.execute("INSERT INTO meta VALUES ('stamp', ?)", (stamp,))
    db.execute("COMMIT")


def _row(record: Record, fields: tuple[str, ...]) -> tuple[Any, ...] | Record:
    """A record as a models row keeps it: its values alone when its keys are the declared
    ``fields`` in their order (every record modelreg makes; the names, repeated on every
    row, tripled a snapshot's size), else the record itself."""
    return tuple(record.values()) if tuple(record) == fields else record


def _clean(directory: Path) -> None:
    """Remove what a killed rebuild of any snapshot left behind (safefile's temporaries of
    a snapshot or its completion cache, older than a few minutes) and the snapshots no
    longer used (untouched for a week), with their completion caches (and any cache whose
    snapshot is gone), so the cache does not grow with every directory, option and version."""
    import time

    now = time.time()
    for pattern, age in (
        *((f".{prefix}*.tmp", STALE_SECONDS) for prefix in (PREFIX, BASE)),
        *((f"{prefix}*{SUFFIX}", UNUSED_SECONDS) for prefix in (PREFIX, BASE)),
        (f"{PREFIX}*{TAB_SUFFIX}", UNUSED_SECONDS),
    ):
        for leftover in directory.glob(pattern):
            try:
                if now - leftover.lstat().st_mtime > age:
                    leftover.unlink()
                    for other in (leftover.name + ".lock", leftover.stem + TAB_SUFFIX):
                        leftover.with_name(other).unlink(missing_ok=True)
            except OSError:
                pass
