"""Merging sources into a store of models: patches, ``extends``, validation, error text.

Entries apply in the order of their source. An entry whose id or alias names
a known model patches it field by field (its "aliases" replace the list, but
must keep the alias the patch is written under); a new id takes the defaults
of an auto-created model, or starts from a model defined before it with
``"extends"`` (its name, aliases, fine-tuning base, description, lifecycle
and, under another provider, its owner are not inherited). A malformed source raises
CatalogError naming the source, the entry and the field, and leaves the store
as it was. The store is anything with the small ``Store`` protocol (the
registry is one); nothing here imports the registry.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

from modelreg import schema as vocabulary
from modelreg.errors import (
    FIELD_ERROR,
    CatalogError,
    FineTuneIdError,
    ModelConflictError,
    ModelNotFoundError,
)
from modelreg.finetune import is_fine_tuned_id
from modelreg.schema import Record
from modelreg.sources import Source

if TYPE_CHECKING:
    from pydantic_core import ValidationError

_BATCH = 2000  # definitions validated per pass: fast, without holding every model at once


class Store(Protocol):
    """What merging needs of a store of models."""

    def transaction(self) -> AbstractContextManager[None]: ...
    def resolve_id(self, model_id: str) -> str | None: ...
    def get_record(self, model_id: str) -> Record: ...
    def add_record(self, record: Record, source: str, *, replace: bool = False) -> None: ...
    def add_records(self, records: Sequence[Record], source: str) -> int: ...
    def note_fields(self, model_id: str, fields: list[str], source: str) -> None: ...


def merge(store: Store, source: Source) -> list[Record]:
    """Merge a source into the store, all or nothing; returns the records it touched.

    Entries apply in the order of the source, each to the store the earlier
    ones left: a model may take an alias an earlier patch freed, and may extend
    a model defined earlier (not later). Two entries naming the same model are
    an error. A run of new ids without "extends" (the bulk of a large catalog)
    is validated in batches.
    """
    touched: list[Record] = []
    run: list[int] = []  # consecutive new ids without "extends", not yet added
    seen: dict[str, int] = {}  # lower-cased model id (or alias of the run) -> entry index
    with store.transaction():
        for index, entry in enumerate(source.entries):
            model_id = entry.get("id")
            if not isinstance(model_id, str) or not model_id:
                _add_new(store, source, run)  # an earlier entry's error comes first
                raise _id_error(source, index)
            existing = store.resolve_id(model_id)
            key = (existing or model_id).lower()
            if key in seen:
                _add_new(store, source, run)
                first_name, first = source.origin(seen[key])
                other = f"entry {first}"
                if first_name != source.origin(index)[0]:
                    other += f" of {first_name}"
                raise _error(source, index, f"the same model as {other}; define each model once")
            seen[key] = index
            if existing is None and "extends" not in entry and not is_fine_tuned_id(model_id):
                run.append(index)
                if entry.get("aliases"):  # names the run's models will answer to
                    for alias in _strings(entry["aliases"]):
                        seen.setdefault(alias.lower(), index)
                continue
            touched += _add_new(store, source, run)
            run = []
            touched.append(_merge_one(store, source, index))
        touched += _add_new(store, source, run)
    return touched


def _id_error(source: Source, index: int) -> CatalogError:
    """The error of an entry whose id is missing, empty or not a string."""
    model_id = source.entries[index].get("id")
    if model_id is None:
        problem = "missing field 'id'"
    elif model_id == "":
        problem = "field 'id': must not be empty"
    else:
        problem = "field 'id': must be a string"
    name, position = source.origin(index)
    return CatalogError(name, problem, f"entry {position}")


def _strings(value: Any) -> list[str]:
    """The strings of a list (an entry's aliases before validation); none if not a list."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _add_new(store: Store, source: Source, indexes: list[int]) -> list[Record]:
    """Validate new models (entries without "extends") in batches and add them."""
    if not indexes:
        return []
    from modelreg.schema.validation import validate_records

    added: list[Record] = []
    for start in range(0, len(indexes), _BATCH):
        batch = indexes[start : start + _BATCH]
        try:
            records = validate_records([source.entries[i] for i in batch])
        except _validation_error() as exc:
            position, problem = describe_error(exc)
            index = batch[position]
            raise _error(source, index, problem) from None
        stored = 0
        while stored < len(records):
            stored += store.add_records(records[stored:], source.label)
            if stored < len(records):  # one collides: add_record says how
                _store(store, source, batch[stored], records[stored], patch=False)
                stored += 1
        added += records
    return added


def _merge_one(store: Store, source: Source, index: int) -> Record:
    """Patch a known model with an entry, or add a model that extends another."""
    from modelreg.schema.validation import validate_record

    entry = source.entries[index]
    label, where = _where(source, index)
    existing = store.resolve_id(entry["id"])
    if existing is not None:
        data = _patched(store.get_record(existing), entry, where, label)
    else:
        data = _new(store, entry, where, label)
    try:
        record = validate_record(data)
    except _validation_error() as exc:
        raise CatalogError(label, describe_error(exc)[1], where) from None
    _store(store, source, index, record, patch=existing is not None)
    if existing is not None:
        store.note_fields(existing, [k for k in entry if k != "id"], source.label)
    return record


def _store(store: Store, source: Source, index: int, record: Record, *, patch: bool) -> None:
    try:
        store.add_record(record, source.label, replace=patch)
    except ModelConflictError as exc:
        raise _error(source, index, str(exc)) from None


def _where(source: Source, index: int) -> tuple[str, str]:
    """The source name and entry text an error about entry ``index`` gives."""
    name, position = source.origin(index)
    return name, entry_where(position, source.entries[index])


def _error(source: Source, index: int, problem: str) -> CatalogError:
    """A CatalogError about entry ``index`` of a source."""
    name, where = _where(source, index)
    return CatalogError(name, problem, where)


def entry_where(index: int, entry: Mapping[str, Any]) -> str:
    """How an error names an entry: 'entry 3', or "entry 3 ('my-model')" when it has an id."""
    model_id = entry.get("id")
    return f"entry {index}" + (f" ({model_id!r})" if isinstance(model_id, str) and model_id else "")


def _validation_error() -> type[ValidationError]:
    from pydantic_core import ValidationError  # what pydantic.ValidationError is

    return ValidationError


def _patched(base: Record, entry: Mapping[str, Any], where: str, label: str) -> dict[str, Any]:
    """A known model's record with an entry's fields laid over it.

    A patch's "aliases" replace the model's list, but a patch written under an
    alias must keep that alias: the model must stay reachable by the name the
    patch uses.
    """
    if "extends" in entry:
        raise CatalogError(
            label,
            f"field 'extends': {base['id']!r} already exists; only a new id can extend",
            where,
        )
    dropped = _dropped_alias(base["id"], entry)
    if dropped is not None:
        raise CatalogError(
            label,
            f"field 'aliases': drops {dropped!r}, the alias of {base['id']!r} this patch is "
            f"written under; keep it in the list, or write the patch under {base['id']!r}",
            where,
        )
    data = dict(base)
    for key, value in entry.items():
        if key == "id":
            continue
        if key == "pricing" and isinstance(value, dict) and isinstance(base["pricing"], dict):
            data["pricing"] = {**base["pricing"], **value}
        else:
            data[key] = value
    for key in _to_derive_again(base, entry):
        data[key] = None
    if "release_date" in entry and "created" not in entry and _created_from_date(base):
        data["created"] = None
    return data


def _dropped_alias(model_id: str, entry: Mapping[str, Any]) -> str | None:
    """The alias a patch is written under, if its "aliases" list leaves that alias out."""
    name, aliases = entry["id"], entry.get("aliases")
    if name.lower() == model_id.lower() or not isinstance(aliases, list):
        return None
    kept = {a.lower() for a in _strings(aliases)}
    return None if name.lower() in kept else name


def _created_from_date(record: Record) -> bool:
    """Whether a record's ``created`` is unset or was derived from its release date."""
    date = record["release_date"]
    return not record["created"] or (
        date is not None and record["created"] == vocabulary.release_timestamp(date)
    )


def _new(store: Store, entry: Mapping[str, Any], where: str, label: str) -> dict[str, Any]:
    """A new model: the auto-created defaults, or the model it extends, then its own vocabulary.

    A fine-tuned id (ft:BASE:...) with no "extends" starts from its base model when known.
    """
    data = dict(entry)
    parent_id = data.pop("extends", None)
    if parent_id is None:
        if not is_fine_tuned_id(data["id"]):
            return data
        try:
            return {**store.get_record(data["id"]), **data}
        except (ModelNotFoundError, FineTuneIdError):
            return data
    if not isinstance(parent_id, str):
        raise CatalogError(label, "field 'extends': must be a model id (a string)", where)
    try:
        parent = store.get_record(parent_id)
    except (ModelNotFoundError, FineTuneIdError) as exc:
        raise CatalogError(label, f"field 'extends': {exc}", where) from None
    return {**_inherited(parent, data), **data}


def _inherited(parent: Record, entry: Mapping[str, Any]) -> dict[str, Any]:
    """What a model that extends ``parent`` takes from it.

    Not its name, aliases, creation time or fine-tuning base (an extension is
    not fine-tuned unless it says so); not its description or lifecycle (they
    are the parent's: a proxy of a deprecated model is not deprecated, nor
    described as the parent); not its owner when the entry names another
    provider (the owner follows the provider); not the derived lists when the
    entry changes what they derive from.
    """
    dropped = {"name", "aliases", "created", "fine_tuned_from", "description", "fictional"}
    dropped.update(vocabulary.LIFECYCLE_FIELDS)
    if entry.get("provider", parent["provider"]) != parent["provider"]:
        dropped.add("owned_by")
    dropped.update(_to_derive_again(parent, entry))
    inherited = {key: value for key, value in parent.items() if key not in dropped}
    if "tags" in inherited:  # nor the tags that say its lifecycle ('deprecated')
        inherited["tags"] = [t for t in inherited["tags"] if t not in vocabulary.STATUSES]
    return inherited


def _to_derive_again(base: Record, entry: Mapping[str, Any]) -> list[str]:
    """The derived lists of ``base`` to derive again under an entry that changes the kind or
    a flag: those the entry does not set and ``base`` had derived (a catalog's own list, such
    as Anthropic's request parameters, is kept)."""
    if not any(key in entry for key in vocabulary.RULE_INPUTS):
        return []
    derived = vocabulary.derived_lists(base)
    return [key for key, value in derived.items() if key not in entry and base[key] == value]


def describe_error(exc: ValidationError) -> tuple[int, str]:
    """The first invalid entry of a batch (0 for a single model) and its problems, one line."""
    return next(iter(describe_errors(exc).items()))


def field_problem(field: str, message: str) -> str:
    """One problem of one field, as every skip and error says it."""
    return f"field {field!r}: {message}"


def describe_errors(exc: ValidationError) -> dict[int, str]:
    """Every invalid entry of a batch (0 alone for a single model), in order, and its
    problems, one line each.

    Each problem reads ``field 'loc': message``; a whole-model check that blames
    one field (errors.FIELD_ERROR) reads the same.
    """
    batch = exc.title.startswith("list[")
    problems: dict[int, list[str]] = {}
    for error in exc.errors(include_url=False):
        loc_parts = error["loc"]
        position = int(loc_parts[0]) if batch else 0
        if batch:
            loc_parts = loc_parts[1:]
        loc = ".".join(str(part) for part in loc_parts)
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == FIELD_ERROR:
            loc, message = error["ctx"]["field"], error["ctx"]["problem"]
        elif error["type"] == "extra_forbidden":
            from difflib import get_close_matches

            close = get_close_matches(str(loc_parts[-1]), vocabulary.FIELDS, n=1)
            message = "unknown field" + (f" (did you mean {close[0]!r}?)" if close else "")
        elif loc and error["type"] != "missing" and "input" in error:
            message += f" (got {_short(error['input'])})"
        problems.setdefault(position, []).append(field_problem(loc, message) if loc else message)
    return {position: "; ".join(lines) for position, lines in problems.items()}


def _short(value: Any) -> str:
    """A value as a short JSON snippet for an error message."""
    text = json.dumps(value, default=str)
    return text if len(text) <= 40 else text[:37] + "..."
