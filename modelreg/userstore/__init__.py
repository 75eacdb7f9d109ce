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

This module edits the store (``add``, ``remove``); document.py reads and writes its file,
checks.py holds what a change must pass. The core never prints: the command line
(modelreg/cli/store.py) renders.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelreg import merge
from modelreg.errors import CatalogError, ModelConflictError, ModelNotFoundError
from modelreg.inputs import USER_STORE, store_path
from modelreg.query.suggest import closest_names
from modelreg.registry import ModelRegistry, builtin
from modelreg.safefile.writing import locked
from modelreg.sources import Source
from modelreg.userstore.checks import (
    chain_error,
    check_ids,
    check_later,
    check_text,
    labelled,
    later_sources,
    matches,
    read_later,
    validate_new,
)
from modelreg.userstore.document import (
    new_document,
    parse_entries,
    read_document,
    read_entries,
    write_document,
)

__all__ = [
    "Change",
    "add",
    "later_sources",
    "locked",
    "new_document",
    "parse_entries",
    "read_document",
    "read_entries",
    "remove",
    "store_path",
    "write_document",
]

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
    from modelreg.schema import validation  # noqa: F401  (import the validator before the lock)

    path = Path(path) if path is not None else store_path()
    new_entries = [dict(e) for e in entries]
    check_ids(new_entries, label)
    check_text(new_entries, label)
    builtins = builtin()
    after = read_later(later)  # before the lock: nothing slow under it
    with locked(path):
        document = read_document(path)
        stored = document["models"]
        old = labelled(path, stored)
        broken = chain_error(builtins, old)
        if broken is not None:
            raise broken  # a store that does not load is never rewritten
        merged = list(stored)
        tagged: list[tuple[str, int, Any]] = list(old)
        actions: list[tuple[str, str]] = []
        replaced: set[int] = set()
        for index, entry in enumerate(new_entries):
            model_id = entry["id"]
            hits = [i for i, e in enumerate(stored) if matches(model_id, e, builtins)]
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
        validate_new(builtins, tagged, path)
        check_later(builtins, old, tagged, after, f"adding {_ids(new_entries)}")
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
    from modelreg.schema import validation  # noqa: F401  (import the validator before the lock)

    path = Path(path) if path is not None else store_path()
    builtins = builtin()
    after = read_later(later)  # before the lock: nothing slow under it
    with locked(path):
        document = read_document(path)
        stored = document["models"]
        hits = [i for i, e in enumerate(stored) if matches(model_id, e, builtins)]
        if not hits:
            raise _not_in_store(model_id, path, stored, builtins, registry)
        kept = [e for i, e in enumerate(stored) if i not in hits]
        old, new = labelled(path, stored), labelled(path, kept)
        error = chain_error(builtins, new)
        if error is not None:
            if chain_error(builtins, old) is None:
                raise ModelConflictError(
                    f"cannot remove {model_id!r}: without it, {error} (nothing was changed)"
                )
            raise error  # the other entries do not load either: never rewrite such a store
        check_later(builtins, old, new, after, f"removing {model_id!r}")
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
