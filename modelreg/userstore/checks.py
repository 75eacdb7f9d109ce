"""What a change of the store must pass before a byte is written: the changed store merged
over the built-in catalogs, the sources loaded after it still loading, ids and text that can be
written; and which stored entry a model id names."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from modelreg import inputs, intake, merge
from modelreg.errors import CatalogError, ModelConflictError
from modelreg.inputs import USER_STORE, store_path
from modelreg.registry import ModelRegistry
from modelreg.sources import Source
from modelreg.userstore.document import store_label

Tagged = Sequence[tuple[str, int, Mapping[str, Any]]]  # (source name, index, entry)


def chain_error(
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


def matches(model_id: str, entry: Mapping[str, Any], builtins: ModelRegistry) -> bool:
    wanted = {model_id.lower()}
    canonical = builtins.resolve_id(model_id)
    if canonical is not None:
        wanted.add(canonical.lower())
    return bool(wanted & _names(entry, builtins))


def check_later(
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
    error = chain_error(builtins, new, later)
    if error is not None and chain_error(builtins, old, later) is None:
        raise ModelConflictError(
            f"{what} would break a source loaded after the store: {error} (nothing was changed)"
        )


def read_later(later: Callable[[], Sequence[Source]] | None) -> list[Source] | None:
    """The sources loaded after the store, read before the lock (they may be slow URLs)."""
    if later is None:
        return None
    try:
        return list(later())
    except CatalogError:
        return None


def labelled(path: Path, entries: Sequence[Mapping[str, Any]]) -> list[tuple[str, int, Any]]:
    return [(store_label(path), i, e) for i, e in enumerate(entries)]


def check_ids(entries: Sequence[Mapping[str, Any]], label: str) -> None:
    for index, entry in enumerate(entries):
        model_id = entry.get("id")
        if not isinstance(model_id, str) or not model_id.strip():
            problem = (
                "missing field 'id'"
                if model_id is None
                else "field 'id': must be a non-blank string"
            )
            raise CatalogError(label, problem, f"entry {index}")


def check_text(entries: Sequence[Mapping[str, Any]], label: str) -> None:
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


def validate_new(builtins: ModelRegistry, tagged: Tagged, path: Path) -> None:
    """Merge the changed store over the built-ins; a stored entry it breaks is a conflict."""
    error = chain_error(builtins, tagged)
    if error is None:
        return
    if error.source == store_label(path):
        raise ModelConflictError(f"the change would break {error} (nothing was changed)") from None
    raise error


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
