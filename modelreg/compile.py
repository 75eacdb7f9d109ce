"""Compile once: the registry of the sources in effect, built (each input read by
modelreg.intake, merged by modelreg.merge or filled by modelreg.fill, in its order) and kept
as one snapshot in the cache directory, with the stamps of its inputs. A run whose inputs are
unchanged reads the snapshot and parses, converts, merges and validates nothing.

The stamp holds the snapshot format, modelreg's and Python's versions, today's date (the
statuses follow it), modelreg's own files and modelreg.inputs' stamps of every
input. The snapshot is an SQLite database (the standard library's), written whole under a
temporary name no one can predict and renamed into place, so a reader never sees half of
one. ``meta`` holds the stamp; ``state`` the whole registry
as one marshal blob (what listings read); ``models`` a row per model and ``names`` a row per
lower-cased id or alias, for point lookups that read a few rows whatever the catalog's size;
``tab`` what shell completion offers (every id, alias and provider, case-folded), for a TAB
that reads the few rows its prefix selects.

Never trusted blindly: a snapshot whose stamp differs, or that is not what this module
writes (truncated, foreign, another version, a symlink, a FIFO, a device), is ignored and
rebuilt, never followed and never waited on. A remote catalog (a URL) cannot be stamped: a
registry with one has no snapshot.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import stat
import sys
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from modelreg import clock, inputs  # the rest when a registry is built: a point lookup needs none

if TYPE_CHECKING:
    import sqlite3

    from modelreg import sources
    from modelreg.registry import ModelRegistry
    from modelreg.schema import Record

FORMAT = 2
PREFIX = "registry-"
SUFFIX = ".sqlite"
MAX_BYTES = 1 << 40  # a snapshot larger than this is not one modelreg wrote
STALE_SECONDS = 600  # a temporary file this old was left by a killed rebuild
_PACKAGE = Path(__file__).parent


def load_registry(
    catalogs: Iterable[str] | None = None,
    *,
    builtin_only: bool = False,
    prefer_outside: bool = False,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> ModelRegistry:
    """The built-in catalogs, then (unless builtin_only) the user's sources, then ``catalogs``.

    ``catalogs`` None means the location MODELREG_CATALOG names, as on the command line.
    An outside catalog (LiteLLM, models.dev, OpenRouter) fills gaps and adds models;
    ``prefer_outside`` lets its figures override the others (fresher prices).
    """
    from modelreg.registry import ModelRegistry

    options = inputs.Options(
        None if catalogs is None else tuple(catalogs), builtin_only, prefer_outside
    )
    found, current = in_effect(options, environ, cwd)
    state = read_state(current) if current is not None else None
    if state is not None:
        return ModelRegistry.from_state(state)
    registry = build(found, options, environ)
    if current is not None:
        write(current, registry.state())
    return registry


def in_effect(
    options: inputs.Options, environ: Mapping[str, str] | None = None, cwd: Path | None = None
) -> tuple[list[inputs.Input], Snapshot | None]:
    """The inputs these options put in effect (the enabled outside catalogs' copies last)
    and their snapshot (None when an input is remote)."""
    from modelreg import intake

    enabled = intake.enabled_outside(options.builtin_only, environ)
    found = inputs.in_effect(options, environ, cwd, enabled)
    return found, snapshot(found, options, environ)


def build(
    found: Iterable[inputs.Input], options: inputs.Options, environ: Mapping[str, str] | None = None
) -> ModelRegistry:
    """The built-in catalogs, then every input in effect read and merged in its order."""
    from modelreg import intake, merge
    from modelreg.registry import builtin

    registry = builtin()
    for item in found:
        source = None if item.ignored else intake.read(item, environ)
        if source is None:
            continue
        if item.kind == "outside":
            from modelreg.fill import fill

            fill(registry, source, prefer=options.prefer_outside)  # skips: `modelreg sources`
        elif item.kind == "catalog":
            add_source(registry, source, prefer_outside=options.prefer_outside)
        else:
            merge.merge(registry, source)
    return registry


def add_source(
    registry: ModelRegistry, source: sources.Source, *, prefer_outside: bool = False
) -> None:
    """Merge a source of any format: modelreg's own strictly, an outside one loosely."""
    from modelreg import merge

    if source.outside is None:
        merge.merge(registry, source)
        return
    from modelreg.fill import fill

    skipped = fill(registry, source, prefer=prefer_outside)
    if skipped:
        reasons = Counter(_reason(why) for _, why in skipped)
        summary = ", ".join(f"{n} {why}" for why, n in reasons.most_common(3))
        registry.notes.append(f"{source.name}: skipped {len(skipped)} entries ({summary})")


def _reason(why: str) -> str:
    """The kind of a skip reason, without the entry's own values."""
    import re

    return re.sub(r"'[^']*'|\"[^\"]*\"|\d+(\.\d+)?", "…", why.split(";")[0])[:60]


@cache
def default_registry() -> ModelRegistry:
    """The process-wide registry (built on first use): built-ins plus the user's sources,
    and MODELREG_CATALOG's, as the command line builds it."""
    return load_registry()


class Snapshot(NamedTuple):
    """Where the snapshot of a set of inputs is, and the stamp a current one holds."""

    path: Path
    stamp: str


def snapshot(
    found: Sequence[inputs.Input], options: inputs.Options, environ: Mapping[str, str] | None
) -> Snapshot | None:
    """The snapshot of these inputs (one file per set of options and inputs' locations);
    None when an input is remote, so no stamp can tell that it changed."""
    if inputs.remote(found):
        return None
    from modelreg import __version__

    places = repr((tuple(options), [(i.kind, i.location) for i in found]))
    digest = zlib.crc32(places.encode("utf-8", "surrogateescape"))  # the stamp decides
    # modelreg's own files too (the built-in catalogs, how sources are read and merged): an
    # edit in a checkout is seen at once.
    built_in = sorted(map(str, map(inputs.stamp, _PACKAGE.glob("**/*.py"))))
    facts = (
        FORMAT,
        __version__,
        sys.version,
        clock.today(),
        built_in,
        inputs.stamps(found, environ),
    )
    stamp = repr(facts)
    return Snapshot(inputs.cache_dir(environ) / f"{PREFIX}{digest:08x}{SUFFIX}", stamp)


def read_state(snap: Snapshot) -> dict[str, Any] | None:
    """The registry's state held by a current snapshot, else None."""
    blob = _read(snap, "SELECT value FROM state")
    return None if blob is None else marshal.loads(blob)  # type: ignore[no-any-return]


def read_model(snap: Snapshot, model_id: str) -> tuple[Record, list[str], dict[str, str]] | None:
    """A model's record, provenance and field sources from a current snapshot, by id or
    alias (the exact name first, then in another case); None when there is no current
    snapshot or no such name."""
    query = (
        "SELECT models.value FROM names JOIN models ON models.id = names.id "
        "WHERE names.key = ? ORDER BY names.name = ? DESC LIMIT 1"
    )
    row = _read(snap, query, (model_id.lower(), model_id))
    maker = None
    if row is None and "/" in model_id:  # "openai/gpt-4o": the maker's model gpt-4o
        from modelreg.offers import maker_form

        maker, rest = maker_form(model_id.lower())
        row = _read(snap, query, (rest, rest)) if maker else None
    if row is None:
        return None
    from modelreg.schema.fields import FIELDS

    held, sources, fields = marshal.loads(row)
    record = held if type(held) is dict else dict(zip(FIELDS, held, strict=True))
    if maker is not None and maker not in (record["provider"], record["owned_by"]):
        return None
    return record, list(sources), dict(fields)


def _read(snap: Snapshot, query: str, args: tuple[str, ...] = ()) -> bytes | None:
    """One value from a current snapshot (None: no such file, not a snapshot, another
    stamp, no such row)."""
    rows = _rows(snap, query, args)
    return bytes(rows[0][0]) if rows else None


def _rows(snap: Snapshot, query: str, args: tuple[str, ...] = ()) -> list[Any] | None:
    """The rows a query selects from a current snapshot (None: no such file, not a
    snapshot, another stamp). The file is opened without following a link or blocking, and
    must be a regular file of sane size that is the user's own (safefile.is_own: not one
    anybody could have planted)."""
    import sqlite3

    from modelreg import safefile

    try:
        fd = os.open(snap.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES or not safefile.is_own(st):
            return None
        with _connect(fd, snap.path, sqlite3) as db:
            held = db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
            if held is None or held[0] != snap.stamp:
                return None
            return db.execute(query, args).fetchall()
    except (sqlite3.Error, OSError, ValueError, TypeError):
        return None
    finally:
        os.close(fd)


@contextlib.contextmanager
def _connect(fd: int, path: Path, sqlite3: Any) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the file open at ``fd`` (through /dev/fd where there is
    one, so a file swapped in since is never read)."""
    name = f"/dev/fd/{fd}" if os.path.isdir("/dev/fd") else str(path)
    db = sqlite3.connect(f"file:{name}?mode=ro&immutable=1", uri=True)
    try:
        yield db
    finally:
        db.close()


def write(snap: Snapshot, state: dict[str, Any]) -> None:
    """Write a snapshot of a registry's state whole, through modelreg.safefile's one writer
    (an unpredictable temporary created exclusively in the cache directory, never through a
    link, then renamed into place): SQLite writes the temporary through its descriptor
    (``/dev/fd/N``), so a snapshot of any size is never held twice in memory. A cache that
    cannot be written (no room, no memory) only costs the next run speed."""
    import sqlite3

    from modelreg import safefile
    from modelreg.errors import UserStoreError

    with contextlib.suppress(OSError, UserStoreError, sqlite3.Error, MemoryError):
        _clean(snap.path.parent)
        with safefile.atomic_writer(snap.path, mode=0o600) as handle:
            direct = os.path.isdir("/dev/fd")  # else: built in memory, then written
            db = sqlite3.connect(
                f"/dev/fd/{handle.fileno()}" if direct else ":memory:", isolation_level=None
            )
            try:
                _fill(db, snap.stamp, state)
                if not direct:
                    handle.write(db.serialize())
            finally:
                db.close()


def _fill(db: sqlite3.Connection, stamp: str, state: dict[str, Any]) -> None:
    db.executescript(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;"
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE state (value BLOB NOT NULL);"
        "CREATE TABLE models (id TEXT PRIMARY KEY, value BLOB NOT NULL);"
        "CREATE TABLE names (key TEXT NOT NULL, name TEXT NOT NULL, id TEXT NOT NULL);"
        "CREATE TABLE tab (kind TEXT NOT NULL, fold TEXT NOT NULL, value TEXT NOT NULL,"
        " description TEXT NOT NULL);"
    )
    db.execute("INSERT INTO state VALUES (?)", (marshal.dumps(state),))
    from modelreg.schema.fields import FIELDS

    models, sources, fields = state["models"], state["sources"], state["field_sources"]
    rows = ((i, (_row(r, FIELDS), sources[i], fields.get(i, {}))) for i, r in models.items())
    db.executemany("INSERT INTO models VALUES (?, ?)", ((i, marshal.dumps(v)) for i, v in rows))
    names = [(model_id.lower(), model_id, model_id) for model_id in models]
    names += [(alias.lower(), alias, owner) for alias, owner in state["aliases"].items()]
    keys = state["keys"]
    names += [(key, key, owner) for key, owner in state["offered"].items() if key not in keys]
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
    db.execute("CREATE INDEX names_key ON names (key)")
    offered = completions(state)
    db.executemany(
        "INSERT INTO tab VALUES (?, ?, ?, ?)",
        ((kind, v.casefold(), v, d) for kind, found in offered.items() for v, d in found),
    )
    db.execute("CREATE INDEX tab_fold ON tab (kind, fold)")
    db.execute("INSERT INTO meta VALUES ('stamp', ?)", (stamp,))
    db.execute("COMMIT")


def _row(record: Record, fields: tuple[str, ...]) -> tuple[Any, ...] | Record:
    """A record as a models row keeps it: its values alone when its keys are the declared
    ``fields`` in their order (every record modelreg makes; the names, repeated on every
    row, tripled a snapshot's size), else the record itself."""
    return tuple(record.values()) if tuple(record) == fields else record


def completions(state: Mapping[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """What shell completion offers of a registry's state, as (value, description) pairs:
    "model", its ids (with their names) then aliases; "provider", its providers."""
    models = state["models"].values()
    found = [(r["id"], r["name"] if r["name"] != r["id"] else "") for r in models]
    found += [(alias, f"alias of {r['id']}") for r in models for alias in r["aliases"]]
    providers = {r["provider"] for r in models} | set(state["catalogs"])
    return {"model": found, "provider": [(p, "") for p in sorted(providers)]}


def read_completions(snap: Snapshot, kind: str, prefix: str) -> list[tuple[str, str]] | None:
    """The completions of a kind ("model", "provider") starting with ``prefix`` (in any
    case) from a current snapshot: an index range, a few rows whatever the catalog's size;
    None when there is no current snapshot."""
    fold = prefix.casefold()
    query = (
        "SELECT value, description FROM tab WHERE kind = ? AND fold >= ? AND fold < ? "
        "ORDER BY rowid"
    )
    rows = _rows(snap, query, (kind, fold, fold + "\U0010ffff"))
    return None if rows is None else [(str(v), str(d)) for v, d in rows]


def _clean(directory: Path) -> None:
    """Remove what a killed rebuild of any snapshot left behind (safefile's temporaries of
    a snapshot, older than a few minutes)."""
    import time

    now = time.time()
    for leftover in directory.glob(f".{PREFIX}*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.lstat().st_mtime > STALE_SECONDS:
                leftover.unlink()
