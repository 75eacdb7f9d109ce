"""The user store: the models.json that ``modelreg add`` writes and ``modelreg remove`` edits.

The store is ``{"format_version": 1, "models": [...]}``. Each entry is what the
user wrote (sparse): a new model, a new model that ``extends`` another, or a
patch of a built-in model, exactly as modelreg.merge reads any catalog. Entries are
never expanded into full records, so updates of the built-in catalogs still
show through a patch.

Never losing data rests on four rules:

* Validate fully before writing: the changed store is merged over the
  built-in catalogs (and, for the default store, the sources after it are
  merged on top) before a byte is written; an invalid change raises and
  writes nothing.
* Write atomically: a temporary file in the same directory, flushed and
  fsynced, then ``os.replace`` over the store and an fsync of the directory.
  Readers see the old file or the new one, never a half-written one, even if
  the writer is killed.
* Lock around read-modify-write (see ``locked``), so concurrent writers
  serialize instead of overwriting one another's changes.
* Never overwrite what cannot be read: a corrupt store (bad JSON, a newer
  format version, entries that no longer load) raises CatalogError naming
  the file and the problem; an unreadable or unwritable one raises
  UserStoreError naming the file. Either way the file is left as it was.
* Never write what cannot be read back: free-form values are bounded on input
  (schema.fields.MAX_DEPTH levels, finite numbers, valid Unicode), and the text
  about to replace the store is parsed again before it does.

The store is read like every implicit source: a regular file (or a symlink to
one: a write replaces the link's target, atomically, in the target's
directory), within the size cap. Nothing slow happens under the lock: the
sources loaded after the store (--catalog URLs among them) are read before it
is taken.

The core never prints: the command line (modelreg/cli/store.py) renders.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelreg import inputs, intake, merge
from modelreg.errors import CatalogError, ModelConflictError, ModelNotFoundError, UserStoreError
from modelreg.inputs import USER_STORE, store_path
from modelreg.query.suggest import closest_names
from modelreg.registry import ModelRegistry, builtin
from modelreg.safefile import atomic_write, locked
from modelreg.sources import (
    FORMAT_VERSION,
    FileReadError,
    Source,
    catalog_entries,
    parse_json,
    read_bytes,
)

# -- the outcome of a change -------------------------------------------------


@dataclass
class Change:
    """What an add or a remove did (or, in a dry run, would do).

    ``document`` is the whole store as written (or as it would be written);
    ``actions`` has one ``(verb, model_id)`` per entry touched, where verb is
    "added", "patched" (a patch of a built-in model), "replaced", "removed" or
    "unpatched" (a patch of a built-in model removed).
    """

    path: Path
    document: dict[str, Any]
    actions: list[tuple[str, str]] = field(default_factory=list)
    written: bool = False


# -- reading -----------------------------------------------------------------


def _label(path: Path) -> str:
    return f"user store {path}"


def new_document(entries: Sequence[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """A store document holding ``entries``."""
    return {"format_version": FORMAT_VERSION, "models": [dict(e) for e in entries]}


def read_document(path: Path) -> dict[str, Any]:
    """The store at ``path`` as a document; a missing file is an empty store.

    Raises CatalogError (the store is corrupt: not JSON, not a catalog, or a
    format_version this modelreg does not know) or UserStoreError (it cannot
    be read: permission denied, ...). Both name the file.
    """
    try:
        data = read_bytes(path, _label(path), regular_only=True)
    except FileReadError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return new_document()
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EIO):
            reason = os.strerror(exc.errno)
            raise UserStoreError(f"cannot read the user store {path}: {reason}") from None
        raise
    document = parse_json(data, _label(path))
    entries = catalog_entries(document, _label(path))
    if isinstance(document, list):  # a hand-written bare array: written back versioned
        return new_document(entries)
    out: dict[str, Any] = {}
    if "$schema" in document:
        out["$schema"] = document["$schema"]
    out.update(new_document(entries))
    return out


def read_entries(path: Path | None = None) -> list[dict[str, Any]]:
    """The entries of the store (the default store if ``path`` is None)."""
    return read_document(path or store_path())["models"]


# -- writing -----------------------------------------------------------------


def write_document(path: Path, document: Mapping[str, Any]) -> None:
    """Write a store document atomically (see atomic_write), once it is known to read back;
    a store that is a symbolic link (kept with the user's dotfiles) stays one."""
    atomic_write(path, encode(path, document), follow_links=True)


def encode(path: Path, document: Mapping[str, Any]) -> bytes:
    """The bytes of a store document, parsed again first: a document modelreg could not read
    back (too deeply nested, not finite, not Unicode) raises UserStoreError, writing nothing."""
    try:
        data = dump(document).encode("utf-8")
        catalog_entries(parse_json(data, _label(path)), _label(path))
    except (CatalogError, UnicodeEncodeError, ValueError, RecursionError) as exc:
        raise UserStoreError(
            f"cannot write the user store {path}: the new store would not read back "
            f"({exc}); nothing was written"
        ) from None
    return data


def dump(document: Mapping[str, Any]) -> str:
    """A store document as the text written to the file."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# -- validation --------------------------------------------------------------


Tagged = Sequence[tuple[str, int, Mapping[str, Any]]]  # (source name, index, entry)


def _chain_error(
    base: ModelRegistry, entries: Tagged, later: Sequence[Source] = ()
) -> CatalogError | None:
    """The error merging these entries (as one source) then the later sources over a copy of
    ``base``, or None. Each entry's errors name its own source and index."""
    registry = base.copy()
    store = Source(
        USER_STORE, [dict(e) for _, _, e in entries], origins=tuple((n, i) for n, i, _ in entries)
    )
    try:
        merge.merge(registry, store)
        for source in later:
            merge.merge(registry, source)
    except CatalogError as exc:
        return exc
    return None


def _names(entry: Mapping[str, Any], builtins: ModelRegistry) -> set[str]:
    """The lower-cased names an entry answers to: its id, its aliases, the built-in it patches."""
    names: set[str] = set()
    model_id = entry.get("id")
    if isinstance(model_id, str):
        names.add(model_id.lower())
        canonical = builtins.resolve_id(model_id)
        if canonical is not None:
            names.add(canonical.lower())
    aliases = entry.get("aliases")
    if isinstance(aliases, list):
        names |= {a.lower() for a in aliases if isinstance(a, str)}
    return names


def _matches(model_id: str, entry: Mapping[str, Any], builtins: ModelRegistry) -> bool:
    wanted = {model_id.lower()}
    canonical = builtins.resolve_id(model_id)
    if canonical is not None:
        wanted.add(canonical.lower())
    return bool(wanted & _names(entry, builtins))


def _check_later(
    builtins: ModelRegistry,
    old: Tagged,
    new: Tagged,
    later: Sequence[Source] | None,
    what: str,
) -> None:
    """Refuse a change that makes a source loaded after the store fail to load.

    ``later`` holds the sources read before the lock was taken (None: a source
    that failed to read, which is not this change's doing and is left for the
    commands that read it to report).
    """
    if not later:
        return
    error = _chain_error(builtins, new, later)
    if error is not None and _chain_error(builtins, old, later) is None:
        raise ModelConflictError(
            f"{what} would break a source loaded after the store: {error} (nothing was changed)"
        )


def _read_later(later: Callable[[], Sequence[Source]] | None) -> list[Source] | None:
    """The sources loaded after the store, read before the lock (they may be slow URLs)."""
    if later is None:
        return None
    try:
        return list(later())
    except CatalogError:
        return None


def _labelled(path: Path, entries: Sequence[Mapping[str, Any]]) -> list[tuple[str, int, Any]]:
    return [(_label(path), i, e) for i, e in enumerate(entries)]


# -- add and remove ----------------------------------------------------------


def add(
    entries: Sequence[Mapping[str, Any]],
    path: Path | None = None,
    *,
    label: str = "input",
    replace: bool = False,
    dry_run: bool = False,
    later: Callable[[], Sequence[Source]] | None = None,
) -> Change:
    """Add model entries to the store at ``path`` (the default store if None).

    Each entry is stored as given: a new model, a new model with
    ``"extends"``, or a patch of a built-in model (sparse: only the fields
    it sets). An id the store already holds raises ModelConflictError unless
    ``replace``, which puts the new entry in the old one's place.

    The store with the new entries must load over the built-in catalogs: an
    invalid entry raises CatalogError naming ``label`` (where the entries
    came from) and the entry. ``later`` returns the sources loaded after the
    store (./models.json, FAKEAI_CUSTOM_MODELS, --catalog); a change that
    would make one of them fail to load is refused with ModelConflictError.
    ``dry_run`` validates and returns the document that would be written,
    and writes nothing. Nothing is written unless everything is valid.
    """
    from modelreg.schema import fast_validation  # noqa: F401  (import the validator before the lock)

    path = Path(path) if path is not None else store_path()
    new_entries = [dict(e) for e in entries]
    _check_ids(new_entries, label)
    _check_text(new_entries, label)
    builtins = builtin()
    after = _read_later(later)  # before the lock: nothing slow under it
    with locked(path):
        document = read_document(path)
        stored = document["models"]
        old = _labelled(path, stored)
        broken = _chain_error(builtins, old)
        if broken is not None:
            raise broken  # a store that does not load is never rewritten
        merged = list(stored)
        tagged: list[tuple[str, int, Any]] = list(old)
        actions: list[tuple[str, str]] = []
        replaced: set[int] = set()
        for index, entry in enumerate(new_entries):
            model_id = entry["id"]
            hits = [i for i, e in enumerate(stored) if _matches(model_id, e, builtins)]
            if hits and not replace:
                held = stored[hits[0]]["id"]
                same = "" if held == model_id else f" (as {held!r})"
                raise ModelConflictError(
                    f"{model_id!r} is already in the user store {path}{same}; "
                    "use --update to change only the fields given, or --replace to overwrite it"
                )
            if hits:
                position = hits[0]
                if position in replaced:
                    raise CatalogError(
                        label,
                        f"the same model as another entry ({stored[position]['id']!r}); "
                        "define each model once",
                        merge.entry_where(index, entry),
                    )
                replaced.add(position)
                merged[position] = entry
                tagged[position] = (label, index, entry)
                actions.append(("replaced", model_id))
            else:
                merged.append(entry)
                tagged.append((label, index, entry))
                patch = builtins.resolve_id(model_id) is not None and "extends" not in entry
                actions.append(("patched" if patch else "added", model_id))
        _validate_new(builtins, tagged, path)
        _check_later(builtins, old, tagged, after, f"adding {_ids(new_entries)}")
        document["models"] = merged
        return _finish(path, document, actions, dry_run)


def _finish(
    path: Path, document: dict[str, Any], actions: list[tuple[str, str]], dry_run: bool
) -> Change:
    """The change, written to the store unless this is a dry run."""
    if dry_run:
        return Change(path, document, actions)
    write_document(path, document)
    return Change(path, document, actions, written=True)


def _ids(entries: Sequence[Mapping[str, Any]]) -> str:
    return ", ".join(repr(e.get("id")) for e in entries)


def _check_ids(entries: Sequence[Mapping[str, Any]], label: str) -> None:
    for index, entry in enumerate(entries):
        model_id = entry.get("id")
        if not isinstance(model_id, str) or not model_id.strip():
            problem = (
                "missing field 'id'"
                if model_id is None
                else "field 'id': must be a non-blank string"
            )
            raise CatalogError(label, problem, f"entry {index}")


def _check_text(entries: Sequence[Mapping[str, Any]], label: str) -> None:
    """Refuse text that cannot be written as UTF-8: lone surrogates, which is how Python
    passes on bytes of the command line or the environment that are not UTF-8."""
    for index, entry in enumerate(entries):
        for key, value in entry.items():
            if _has_surrogate(key) or _has_surrogate(value):
                raise CatalogError(
                    label,
                    f"field {key!r}: not valid Unicode text (bytes that are not UTF-8?)",
                    merge.entry_where(index, entry)
                    if not _has_surrogate(entry["id"])
                    else f"entry {index}",
                )


def _has_surrogate(value: Any, depth: int = 0) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if depth > 64:
        return False  # deeper than any valid entry: validation refuses it
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v, depth + 1) for v in value)
    return False


def _validate_new(builtins: ModelRegistry, tagged: Tagged, path: Path) -> None:
    """Merge the changed store over the built-ins; a stored entry it breaks is a conflict."""
    error = _chain_error(builtins, tagged)
    if error is None:
        return
    if error.source == _label(path):
        raise ModelConflictError(f"the change would break {error} (nothing was changed)") from None
    raise error


def remove(
    model_id: str,
    path: Path | None = None,
    *,
    dry_run: bool = False,
    later: Callable[[], Sequence[Source]] | None = None,
    registry: ModelRegistry | None = None,
) -> Change:
    """Remove a model the store defines, or the store's patch of a built-in model.

    ``model_id`` may be an id or alias, matched case-insensitively. A built-in
    model the store does not patch raises ModelConflictError saying so; an id
    the store does not hold raises ModelNotFoundError with the closest names
    (from ``registry`` too, when given). A removal that would break another
    entry (one that ``extends`` the model) is refused with ModelConflictError.
    """
    from modelreg.schema import fast_validation  # noqa: F401  (import the validator before the lock)

    path = Path(path) if path is not None else store_path()
    builtins = builtin()
    after = _read_later(later)  # before the lock: nothing slow under it
    with locked(path):
        document = read_document(path)
        stored = document["models"]
        hits = [i for i, e in enumerate(stored) if _matches(model_id, e, builtins)]
        if not hits:
            raise _not_in_store(model_id, path, stored, builtins, registry)
        kept = [e for i, e in enumerate(stored) if i not in hits]
        old, new = _labelled(path, stored), _labelled(path, kept)
        error = _chain_error(builtins, new)
        if error is not None:
            if _chain_error(builtins, old) is None:
                raise ModelConflictError(
                    f"cannot remove {model_id!r}: without it, {error} (nothing was changed)"
                )
            raise error  # the other entries do not load either: never rewrite such a store
        _check_later(builtins, old, new, after, f"removing {model_id!r}")
        actions = []
        for i in hits:
            removed = stored[i]["id"]
            kind = "unpatched" if builtins.resolve_id(removed) is not None else "removed"
            actions.append((kind, removed))
        document["models"] = kept
        return _finish(path, document, actions, dry_run)


def _not_in_store(
    model_id: str,
    path: Path,
    stored: Sequence[Mapping[str, Any]],
    builtins: ModelRegistry,
    registry: ModelRegistry | None,
) -> Exception:
    canonical = builtins.resolve_id(model_id)
    if canonical is not None:
        return ModelConflictError(
            f"{canonical!r} is a built-in model and the user store {path} has no patch "
            "of it to remove; built-in models cannot be removed"
        )
    found = registry.resolve_id(model_id) if registry is not None else None
    if registry is not None and found is not None:
        others = [s for s in registry.provenance(found) if s != USER_STORE]
        if not others:  # in the store when this run read it: another process removed it since
            return ModelNotFoundError(
                model_id,
                looked_in=f"the user store {path} any more (another modelreg removed it "
                "while this one ran)",
            )
        return ModelConflictError(
            f"{found!r} is not in the user store {path}; it comes from {', '.join(others)}"
        )
    names = [e["id"] for e in stored if isinstance(e.get("id"), str)]
    names += (registry or builtins).names()
    close = list(dict.fromkeys(names[i] for i in closest_names(model_id, names)))[:3]
    return ModelNotFoundError(model_id, close, looked_in=f"the user store {path}")


def later_sources(
    path: Path,
    catalogs: Sequence[str] | None = None,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> list[Source]:
    """The sources loaded after the store at ``path``: what a change must not break.

    For the default store: ./models.json, FAKEAI_CUSTOM_MODELS, then
    ``catalogs`` (None: MODELREG_CATALOG's). For another file, only those (its place in the chain
    is not known). Reading them may raise CatalogError.
    """
    kinds = ("local", "env", "catalog") if _same_file(path, store_path(environ)) else ("catalog",)
    options = inputs.Options(tuple(catalogs) if catalogs else None)
    found: list[Source] = []
    for item in inputs.in_effect(options, environ, cwd):
        source = intake.read(item, environ) if item.kind in kinds else None
        if source is not None:
            found.append(source)
    return found


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


# -- input -------------------------------------------------------------------


def parse_entries(data: str | bytes, label: str) -> list[dict[str, Any]]:
    """Model entries from JSON: one definition, an array, or a ``{"models": [...]}`` document."""
    doc = parse_json(data, label)
    if isinstance(doc, dict) and not {"models", "format_version"} & set(doc):
        doc = [doc]
    return catalog_entries(doc, label)
