"""The compiled snapshot on disk: where a command line's is (``locate``), what it depends on
(``depends``), and reading and writing it. modelreg.compile builds the registry it holds.

A command line finds its snapshot by what it knows without reading a file: the global
options, MODELREG_CATALOG, modelreg's directories and, where it matters, the working
directory. The snapshot records everything else its registry depends on: the snapshot
format, modelreg's and Python's versions, today's date (the statuses follow it), the
variables read (FAKEAI_CUSTOM_MODELS, the settings) and the identity of every file looked
at, there or not: each input's, the outside config's (which catalogs are enabled) and
modelreg's own (an edit in a checkout is seen at once). A reader checks those facts, a
few ``stat`` calls, and never works out the inputs again: a point lookup imports nothing but
SQLite; a TAB, not even SQLite: it reads the completion cache written beside the snapshot
with the same stamp (modelreg.tabcache).

The snapshot is an SQLite database (the standard library's), written whole under a
temporary name no one can predict and renamed into place, so a reader never sees half of
one. ``meta`` holds the key and what the snapshot depends on; ``state`` the registry as one
marshal blob, what every listing reads: its models without their offers, and its
provenance; ``models`` the models (each with its provenance) and, apart, their offers
(each model's its own marshal blob, read alone), ``CHUNK`` models to a row by their place in
the registry's order (a row per model cost a rebuild more, in marshal calls and rows, than
sixteen models cost a lookup to read); the offers are what ``show``, JSON and CSV listings,
``--via`` and ``--offers`` read; ``names`` a row per lower-cased id or alias (in the
registry's order) and per seller's id of an offer, with the row of the model it names, for
point lookups that read a few rows whatever the catalog's size. A registry read through
``Apart`` reads the offers and ``names`` when something asks, on the connection it opened.

Written by modelreg.snapshot.writing. A base (``locate(..., base=True)``, named ``base-*``)
is the snapshot of the registry before the enabled outside copies, which modelreg.compile
fills over it; it has no completion cache.

Never trusted blindly: a snapshot of another key, one whose facts no longer hold, or that is
not what this module writes (truncated, foreign, another version, a symlink, a FIFO, a
device, a file others may write), is ignored and rebuilt, never followed and never waited
on.
"""

from __future__ import annotations

import marshal
import os
import sys

from modelreg import clock, environment, ownfile, tabcache  # no more: a TAB imports this

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (a TAB)
if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Collection, Mapping, Sequence
    from pathlib import Path
    from typing import Any

    from modelreg import inputs
    from modelreg.schema import Record

    # What a registry depends on (``depends``): this run's facts, (variable, value) pairs and
    # (file, identity) pairs.
    Facts = tuple[tuple[Any, ...], tuple[tuple[str, str], ...], tuple[tuple[str, Any], ...]]

FORMAT = 6  # 6: models and their offers CHUNK to a row; 5: no tab table, 64 KB pages
CHUNK = 16  # models to a row of the models table (with their offers)
PREFIX = "registry-"
BASE = "base-"  # the prefix of a base's: the registry before the outside copies (compile)
SUFFIX = ".sqlite"
TAB_SUFFIX = ".tab"  # its completion cache's (modelreg.tabcache), beside it
MAX_BYTES = 1 << 40  # a snapshot larger than this is not one modelreg wrote


class Snapshot:
    """Where the snapshot of a command line's options (and its completion cache) is, the key
    it must hold, and the variables and working directory its facts are checked against."""

    def __init__(self, path: str, key: str, environ: Mapping[str, str], cwd: str) -> None:
        self.path, self.key, self.environ, self.cwd = path, key, environ, cwd
        self.tab = path.removesuffix(SUFFIX) + TAB_SUFFIX

    @property
    def connection(self) -> sqlite3.Connection | None:
        """The one connection of a run to this snapshot, checked once on first use (None: no
        current snapshot): every lookup, TAB and lazy read of the run reads through it.
        (Kept by hand: functools' cached_property would cost a TAB its import.)"""
        if "_connection" not in self.__dict__:
            self._connection = connect(self)
        return self._connection


def locate(
    catalogs: Sequence[str] | None = None,
    builtin_only: bool = False,
    prefer_outside: bool = False,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    base: bool = False,
) -> Snapshot:
    """The snapshot of a command line's options (modelreg.inputs.Options' fields), found by
    what is known without reading a file: the options (MODELREG_CATALOG's location when
    they name no catalog), modelreg's directories and, where it matters (a ./models.json, a
    catalog location that may be relative), the working directory: every directory without
    either shares one snapshot, so a first command in a new one rebuilds nothing. With
    ``base``, the snapshot of its base (the registry before the outside copies)."""
    env = os.environ if environ is None else environ
    if catalogs is None:
        location = env.get(environment.CATALOG_VAR, "").strip()
        catalogs = (location,) if location else ()
    here = os.fspath(cwd) if cwd is not None else environment.working_directory()
    own = catalogs or (here and os.path.lexists(os.path.join(here, environment.LOCAL_FILE)))
    key = repr(
        (
            FORMAT,
            tuple(catalogs),
            builtin_only,
            prefer_outside,
            environment.config_home(env),
            here if own else None,
            base,
        )
    )
    name = f"{BASE if base else PREFIX}{_digest(key):08x}{SUFFIX}"
    path = os.path.join(environment.cache_home(env), name)
    return Snapshot(path, key, env, here or "")


def _digest(key: str) -> int:
    """A key's 32-bit FNV-1a hash, which names its snapshot (the key itself is checked): a
    few microseconds, where zlib's crc32 cost a TAB zlib's import."""
    digest = 0x811C9DC5
    for byte in key.encode("utf-8", "surrogateescape"):
        digest = (digest ^ byte) * 0x01000193 & 0xFFFFFFFF
    return digest


def depends(
    found: Sequence[inputs.Input], environ: Mapping[str, str] | None = None, *, base: bool = False
) -> Facts:
    """What a registry built from these inputs depends on, as its snapshot records it: the
    facts of this run (format, versions, today), the variables read, and every file looked
    at (each input's, the outside config's but a base's, modelreg's own), with its identity
    (``stamp``); ./models.json by that name, which a reader looks for where it runs (a
    snapshot shared by directories without one is refused where one appeared). A base (the
    registry before the outside copies) depends on no outside config: an ``update
    --enable`` that rewrites it leaves the base as it was."""

    from modelreg import __version__, inputs

    env = os.environ if environ is None else environ
    used = [item for item in found if not item.ignored]
    names = [*(environment.ENV_VAR for i in used if i.kind == "env"), *environment.SETTINGS]
    paths = [*inputs.files(found, environ, config=not base), *inputs.code_files()]
    local = {item.path for item in used if item.kind == "local"}
    return (
        (FORMAT, __version__, sys.version, clock.today()),
        tuple((name, env.get(name, "")) for name in names),
        tuple(
            (environment.LOCAL_FILE if path in local else str(path), stamp(path)) for path in paths
        ),
    )


def _holds(snap: Snapshot, held: bytes) -> bool:
    """Whether a snapshot's stamp (its key and ``depends``' facts) is this one's and still
    holds."""
    from modelreg import __version__

    key, (run, variables, files) = marshal.loads(held)
    return (
        key == snap.key
        and run == (FORMAT, __version__, sys.version, clock.today())
        and all(snap.environ.get(name, "") == value for name, value in variables)
        and all(stamp(os.path.join(snap.cwd, path)) == identity for path, identity in files)
    )


def stamp(path: str | os.PathLike[str]) -> tuple[int, ...] | None:
    """A file's identity: its size, modification time, inode, mode and owner (a file made
    writable by others since is seen: its reader refuses it); None when there is none."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_size, st.st_mtime_ns, st.st_ino, st.st_mode, st.st_uid


class Apart:
    """A current snapshot read through one connection, kept open while its registry lives
    (modelreg.registry.store's ``Apart``): its ``state``, and what it keeps apart from it,
    read when asked: its models' offers and its ``names`` table. The connection reads the
    snapshot it opened, so a registry stays whole when another is renamed into place
    meanwhile."""

    BATCH = 500  # rows per query (SQLite's oldest limit of parameters is 999)

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._models: dict[str, Any] = {}  # the state's, in its order: which row holds a model
        self._chunks: dict[str, int] | None = None  # by id: the row holding a model (``CHUNK``)

    def state(self) -> dict[str, Any]:
        """The registry's state (without its models' offers, its ``keys`` and ``offered``)."""
        state = marshal.loads(self.db.execute("SELECT value FROM state").fetchone()[0])
        self._models = state["models"]
        return state  # type: ignore[no-any-return]

    def offers(self, ids: Collection[str] | None = None) -> dict[str, list[dict[str, Any]]]:
        query = "SELECT offers FROM models"
        wanted: set[str] | None = None
        if ids is None:
            rows = self.db.execute(query).fetchall()
        else:
            wanted = set(ids)
            if self._chunks is None:
                self._chunks = {i: n // CHUNK for n, i in enumerate(self._models)}
            chunks = sorted({self._chunks[i] for i in wanted if i in self._chunks})
            rows = []
            for start in range(0, len(chunks), self.BATCH):
                part = tuple(chunks[start : start + self.BATCH])
                marks = ",".join("?" * len(part))
                rows += self.db.execute(f"{query} WHERE chunk IN ({marks})", part).fetchall()
        return {
            model_id: marshal.loads(held)
            for (value,) in rows
            for model_id, held in marshal.loads(value).items()
            if wanted is None or model_id in wanted
        }

    def owner(self, key: str, sellers: bool = True) -> str | None:
        which = "" if sellers else "AND seller = 0 "
        query = f"SELECT id FROM names WHERE key = ? {which}ORDER BY seller LIMIT 1"
        row = self.db.execute(query, (key,)).fetchone()
        return str(row[0]) if row else None

    def names(self) -> tuple[dict[str, str], dict[str, str]]:
        rows = self.db.execute("SELECT key, id, seller FROM names ORDER BY rowid").fetchall()
        keys = {key: owner for key, owner, seller in rows if not seller}
        return keys, {key: owner for key, owner, seller in rows if seller}


def read_model(snap: Snapshot, model_id: str) -> tuple[Record, list[str], dict[str, str]] | None:
    """A model's record, provenance and field sources from a current snapshot, by id or
    alias (in any case) or a seller's id; None when there is no current snapshot or no such
    name."""
    query = (
        "SELECT names.id, models.value, models.offers FROM names "
        "JOIN models ON models.chunk = names.chunk WHERE names.key = ? ORDER BY names.seller "
        "LIMIT 1"
    )
    rows = _rows(snap, query, (model_id.lower(),))
    maker = None
    if not rows and "/" in model_id:  # "openai/gpt-4o": the maker's model gpt-4o
        from modelreg.offers import maker_form

        maker, rest = maker_form(model_id.lower())
        rows = _rows(snap, query, (rest,)) if maker else None
    if not rows:
        return None
    from modelreg.schema.fields import FIELDS

    found, models, offers = rows[0]
    held, sources, fields = marshal.loads(models)[found]
    record = held if type(held) is dict else dict(zip(FIELDS, held, strict=True))
    if maker is not None and maker not in (record["provider"], record["owned_by"]):
        return None
    held = marshal.loads(offers).get(found)
    if held is not None:
        record["offers"] = marshal.loads(held)
    return record, list(sources), dict(fields)


def _rows(snap: Snapshot, query: str, args: tuple[str, ...] = ()) -> list[Any] | None:
    """The rows a query selects from a current snapshot (None: no current snapshot)."""
    db = snap.connection
    if db is None:
        return None
    try:
        return db.execute(query, args).fetchall()
    except sqlite().Error:
        return None


def connect(snap: Snapshot) -> sqlite3.Connection | None:
    """A read-only connection to a current snapshot (None: no such file, not a snapshot,
    another key, facts that no longer hold). The file is opened without following a link or
    blocking, and must be a regular file of sane size that is the user's own
    (modelreg.ownfile: not one anybody could have planted); SQLite opens it through that
    descriptor (/dev/fd, where there is one), so the connection reads the file checked, not
    one renamed into place since."""
    opened = ownfile.open_own(snap.path, MAX_BYTES)
    if opened is None:
        return None
    fd, _ = opened
    sqlite3 = sqlite()
    db = None
    try:
        name = f"/dev/fd/{fd}" if os.path.isdir("/dev/fd") else snap.path
        db = sqlite3.connect(f"file:{name}?mode=ro&immutable=1", uri=True)
        held = db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
        if held is not None and _holds(snap, held[0]):
            current, db = db, None
            return current
    except (sqlite3.Error, OSError, ValueError, TypeError, EOFError):
        pass
    finally:
        if db is not None:
            db.close()
        os.close(fd)
    return None


def sqlite() -> Any:
    """SQLite: the standard library's C module, which ``sqlite3`` re-exports whole (connect,
    Error, Connection), imported directly so a point lookup (and a TAB without its
    completion cache) skips the DB-API module's date adapters (its datetime import)."""
    try:
        import _sqlite3 as sqlite
    except ImportError:  # a Python that provides sqlite3 another way
        import sqlite3 as sqlite  # type: ignore[no-redef]
    return sqlite


def read_completions(snap: Snapshot, kind: str, prefix: str) -> list[tuple[str, str]] | None:
    """The completions of a kind ("model", "provider") starting with ``prefix`` (in any
    case) from the completion cache of a current snapshot (modelreg.tabcache: a few small
    reads whatever the catalog's size, no SQLite); None when there is none (no current
    snapshot, or a cache that could not be written or is refused: the registry answers)."""
    return tabcache.read(snap.tab, kind, prefix, lambda held: _holds(snap, held))
