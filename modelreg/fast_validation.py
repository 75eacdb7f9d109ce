"""Definitions validated fast: msgspec checks ModelDefinition's field types and bounds,
modelreg.rules the rest, and valid definitions come back as records.

A catalog is almost always valid, so the bulk path only has to say yes quickly.
Whatever this first pass does not accept (an error, or input it is stricter
about: an integer beyond 64 bits, a status a passed retirement date overrides)
goes to modelreg.validation, whose verdict is ModelDefinition's: records, or
the ValidationError every message is made from. So errors read the same on
every path, and tests/test_validation.py checks on generated input that what
this pass accepts, ModelDefinition accepts with the same record.
"""

from __future__ import annotations

import datetime as _dt
import operator
import sys
from functools import cache
from typing import Annotated, Any

import msgspec

from modelreg import record as vocabulary
from modelreg import rules
from modelreg.record import Record

_LISTS = ("input_modalities", "output_modalities", "supported_features", "tags", "aliases")


class _Rejected(Exception):
    """A definition this pass leaves to the exact validator."""


def validate_records(entries: list[Any]) -> list[Record]:
    """Many definitions as records (a ValidationError locates an invalid one by index)."""
    on = vocabulary.today()
    fast = _records(entries, on)
    if fast is not None:
        return fast
    from modelreg import validation

    return validation.validate_records(entries)


def validate_record(entry: Any) -> Record:
    """One definition as a record (a ValidationError says what is wrong with it)."""
    fast = _records([entry], vocabulary.today())
    if fast is not None:
        return fast[0]
    from modelreg import validation

    return validation.validate_record(entry)


def _records(entries: list[Any], on: str) -> list[Record] | None:
    """The records of definitions that all pass, or None when one does not."""
    try:
        records: list[Record] = msgspec.to_builtins(msgspec.convert(entries, _definitions()))
        for entry, record in zip(entries, records, strict=True):
            _finish(entry, record, on)
    except (msgspec.ValidationError, _Rejected, ValueError):
        return None
    return records


def _finish(entry: dict[str, Any], record: Record, on: str) -> None:
    """Derive what the definition left out (as record.derive does) and check the rules
    types cannot say; _Rejected or ValueError when one does not hold."""
    for name in _LISTS:  # msgspec takes a tuple for a list; ModelDefinition does not
        value = entry.get(name)
        if value is not None and type(value) is not list:
            raise _Rejected
    if not record["name"]:
        record["name"] = record["id"]
    if not record["owned_by"]:
        record["owned_by"] = record["provider"]
    if record["supports_streaming"] is None:
        record["supports_streaming"] = record["kind"] in vocabulary.STREAMING_KINDS
    release, deprecation, retirement = (
        record["release_date"],
        record["deprecation_date"],
        record["retirement_date"],
    )
    if record["knowledge_cutoff"] is not None:
        rules.month_or_date(record["knowledge_cutoff"])
    created = record["created"]
    if not created and release:  # None, or 0: from the release date
        created = record["created"] = vocabulary.release_timestamp(release)
    if created is None or not 0 <= created <= rules.MAX_CREATED:
        raise _Rejected
    record["status"] = vocabulary.lifecycle_status(record["status"], deprecation, retirement, on)
    inputs, outputs, features = _derived(record)
    if record["input_modalities"] is None:
        record["input_modalities"] = list(inputs)
    if record["output_modalities"] is None:
        record["output_modalities"] = list(outputs)
    if record["supported_features"] is None:
        record["supported_features"] = list(features)
    if record["tags"]:
        rules.distinct_names(record["tags"])
    if record["aliases"]:
        rules.distinct_names(record["aliases"])
    if record["fine_tuning_config"] is not None:  # free-form: kept as given, not rebuilt
        record["fine_tuning_config"] = dict(entry["fine_tuning_config"])
        rules.check_free_form(record["fine_tuning_config"])
    if rules.inconsistency(record) is not None:
        raise _Rejected


_RULE_INPUTS = operator.itemgetter(*vocabulary.RULE_INPUTS)
_DERIVED: dict[tuple[Any, ...], tuple[tuple[str, ...], ...]] = {}  # a catalog has few


def _derived(record: Record) -> tuple[tuple[str, ...], ...]:
    """The lists record.derive gives a record with this kind and these flags."""
    key = _RULE_INPUTS(record)
    lists = _DERIVED.get(key)
    if lists is None:
        lists = _DERIVED[key] = vocabulary.derived_tuples(record)
    return lists


@cache
def _definitions() -> Any:
    """list[Definition]: a msgspec Struct of every record field in order, typed and bounded
    as ModelDefinition declares them; the fields record.derive fills may be null."""
    price = Annotated[float, msgspec.Meta(ge=0, le=sys.float_info.max)] | None  # finite
    pricing = msgspec.defstruct(
        "Pricing",
        [(name, price, None) for name in vocabulary.PRICE_FIELDS]
        + [(vocabulary.PRICE_DATE, _dt.date | None, None)],
        forbid_unknown_fields=True,
    )
    count = Annotated[int, msgspec.Meta(gt=0)] | None
    modalities = list[vocabulary.Modality] | None  # type: ignore[valid-type]
    types: dict[str, Any] = {
        "id": Annotated[str, msgspec.Meta(min_length=1)],
        "provider": Annotated[str, msgspec.Meta(min_length=1)],
        "description": str,
        "created": int | None,
        "kind": vocabulary.Kind,
        "pricing": pricing | None,
        "fine_tuning_config": dict[str, Any] | None,
        "input_modalities": modalities,
        "output_modalities": modalities,
        "supported_features": list[str] | None,
        "status": vocabulary.Status | None,
        # YYYY-MM-DD dates: msgspec reads them as dates, and to_builtins writes them back
        "release_date": _dt.date | None,
        "deprecation_date": _dt.date | None,
        "retirement_date": _dt.date | None,
        "supports_streaming": bool | None,
        "tags": list[str],
        "aliases": list[str],
    }
    fields: list[Any] = [("id", types["id"])]
    for name in vocabulary.FIELDS[1:]:
        if name in types:
            kind = types[name]
        elif name in vocabulary.COUNT_FIELDS:
            kind = count
        elif name.startswith("supports_") or name == "fictional":
            kind = bool
        else:  # the free texts: a string, or null where derive fills it (name, owned_by)
            kind = str | None
        default = vocabulary.DEFAULTS[name]
        if isinstance(default, list):
            fields.append((name, kind, msgspec.field(default_factory=list)))
        else:
            fields.append((name, kind, default))
    definition = msgspec.defstruct("Definition", fields, forbid_unknown_fields=True)
    return list[definition]  # type: ignore[valid-type]
