"""Definitions validated fast: msgspec (or, for a few, plain Python) checks
ModelDefinition's field types and bounds, modelreg.rules the rest, and valid
definitions come back as records.

A catalog is almost always valid, so the bulk path only has to say yes quickly. A
small batch (a user store, ./models.json) is checked in plain Python: importing
msgspec would cost more than the checks. Both read one declaration of the field
types (_TYPES).

Whatever this first pass does not accept (an error, or input it is stricter
about: an integer beyond 64 bits, a status a passed retirement date overrides)
goes to modelreg.validation, whose verdict is ModelDefinition's: records, or
the ValidationError every message is made from. So errors read the same on
every path, and tests/test_validation.py checks on generated input that what
this pass accepts, ModelDefinition accepts with the same record.
"""

from __future__ import annotations

import datetime as _dt
import sys
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Annotated, Any

from modelreg import schema as vocabulary
from modelreg.schema import Record, rules
from modelreg.schema.derive import normalized
from modelreg.schema.fields import MAX_CREATED, PRICE_OBJECTS, PRICING, RECORD, Field


class _Rejected(Exception):
    """A definition this pass leaves to the exact validator."""


def validate_records(entries: list[Any]) -> list[Record]:
    """Many definitions as records (a ValidationError locates an invalid one by index)."""
    on = vocabulary.today()
    fast = _records(entries, on)
    if fast is not None:
        return fast
    from modelreg.schema import validation

    return validation.validate_records(entries)


def decode_catalog(data: bytes, newest: int) -> list[Record] | None:
    """The records of a native catalog document (an array of definitions, or an object
    with a "models" array and a format version up to ``newest``), parsed and checked in
    one pass by msgspec; None when the document is anything but valid JSON of valid
    definitions, for the usual path (parse, then merge) to say what is wrong."""
    import msgspec

    try:
        doc = _document(newest).decode(data)
    except msgspec.MsgspecError:  # not JSON, or not definitions: the usual path says why
        return None
    definitions = doc if isinstance(doc, list) else doc.models
    del doc
    records: list[Record] = []
    on = vocabulary.today()
    try:
        for start in range(0, len(definitions), _CHUNK):  # each chunk's structs freed as done
            chunk = msgspec.to_builtins(definitions[start : start + _CHUNK])
            definitions[start : start + _CHUNK] = [None] * len(chunk)
            for record in chunk:
                _finish(record, record, on)
            records += chunk
    except (_Rejected, ValueError):
        return None
    return records


_CHUNK = 2000


def validate_record(entry: Any) -> Record:
    """One definition as a record (a ValidationError says what is wrong with it)."""
    fast = _records([entry], vocabulary.today())
    if fast is not None:
        return fast[0]
    from modelreg.schema import validation

    return validation.validate_record(entry)


_PLAIN = 500  # batches up to this size are checked in plain Python


def _records(entries: list[Any], on: str) -> list[Record] | None:
    """The records of definitions that all pass, or None when one does not."""
    try:
        if len(entries) <= _PLAIN:
            records = [_plain_record(entry) for entry in entries]
        else:
            records = _msgspec_records(entries)
        for entry, record in zip(entries, records, strict=True):
            _finish(entry, record, on)
    except (_Rejected, ValueError):
        return None
    return records


def _msgspec_records(entries: list[Any]) -> list[Record]:
    import msgspec

    try:
        records: list[Record] = msgspec.to_builtins(msgspec.convert(entries, _definitions()))
    except msgspec.ValidationError:
        raise _Rejected from None
    for entry in entries:  # msgspec takes a tuple for a list; ModelDefinition does not
        for name in vocabulary.LIST_FIELDS:
            value = entry.get(name)
            if value is not None and type(value) is not list:
                raise _Rejected
    return records


def _plain_record(entry: Any) -> Record:
    """A record of an entry whose fields have the declared types (_Rejected otherwise),
    the fields it leaves out at their defaults, as msgspec and to_builtins build it."""
    if type(entry) is not dict or "id" not in entry:
        raise _Rejected
    for name, value in entry.items():
        check = _PLAIN_CHECKS.get(name)
        if check is None or not check(value):
            raise _Rejected
    record = {**_TEMPLATE, **entry}
    record["tags"] = list(record["tags"])
    record["aliases"] = list(record["aliases"])
    for name in ("input_modalities", "output_modalities", "supported_features"):
        if record[name] is not None:
            record[name] = list(record[name])
    if record["pricing"] is not None:
        record["pricing"] = normalized(record["pricing"], PRICING)
    return record


def _finish(entry: dict[str, Any], record: Record, on: str) -> None:
    """Derive what the definition left out (as schema.derive does) and check the rules
    types cannot say; _Rejected or ValueError when one does not hold."""
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
    if created is None or not 0 <= created <= MAX_CREATED:
        raise _Rejected
    record["status"] = _lifecycle_status(record["status"], deprecation, retirement, on)
    inputs, outputs, features = vocabulary.shared_derived_lists(record)
    if record["input_modalities"] is None:
        record["input_modalities"] = inputs
    if record["output_modalities"] is None:
        record["output_modalities"] = outputs
    if record["supported_features"] is None:
        record["supported_features"] = features
    if record["tags"]:
        _distinct(tuple(record["tags"]))
    if record["aliases"]:  # a model's own: no use caching them
        rules.distinct_names(record["aliases"])
    if record["fine_tuning_config"] is not None:  # free-form: kept as given, not rebuilt
        record["fine_tuning_config"] = dict(entry["fine_tuning_config"])
        rules.check_free_form(record["fine_tuning_config"])
    if rules.inconsistency(record) is not None:
        raise _Rejected


# vocabulary.lifecycle_status, once per combination of status and dates (a catalog has few).
_lifecycle_status = lru_cache(maxsize=4096)(vocabulary.lifecycle_status)


@lru_cache(maxsize=4096)
def _distinct(names: tuple[str, ...]) -> None:
    """rules.distinct_names, once per list (a catalog repeats its tag lists)."""
    rules.distinct_names(list(names))


def checked_types(table: tuple[Field, ...]) -> dict[str, tuple[str, bool]]:
    """Each field's type as this pass checks it (fields.TYPES without "?") and whether null
    is admitted: by the type, or because schema.derive fills the field (name, owner,
    streaming, created, status, the derived lists)."""
    return {f.name: (f.type.rstrip("?"), f.type.endswith("?") or f.derived) for f in table}


_TYPES = checked_types(RECORD)
_PRICES = vocabulary.PRICE_FIELDS
_TEMPLATE: Record = {"id": None, **vocabulary.DEFAULTS}


def _is_date(value: Any) -> bool:
    try:
        return type(value) is str and rules.check_date(value) is not None
    except ValueError:
        return False


def _is_price(value: Any) -> bool:
    return value is None or (type(value) in (int, float) and 0 <= value <= sys.float_info.max)


def _is_pricing(value: Any) -> bool:
    """A pricing of plain prices (one holding a price object goes to the exact validator)."""
    if type(value) is not dict or not all(k in vocabulary.PRICING_KEYS for k in value):
        return False
    if any(value.get(k) is not None for k in PRICE_OBJECTS):
        return False
    as_of = value.get(vocabulary.PRICE_DATE)
    return all(_is_price(value.get(k)) for k in _PRICES) and (as_of is None or _is_date(as_of))


_PLAIN_KINDS: dict[str, Callable[[Any], bool]] = {
    "id": lambda v: type(v) is str and v != "",
    "label": lambda v: type(v) is str and v != "",
    "text": lambda v: type(v) is str,
    "created": lambda v: type(v) is int,
    "count": lambda v: type(v) is int and v > 0,
    "flag": lambda v: type(v) is bool,
    "kind": lambda v: type(v) is str and v in vocabulary.KINDS,
    "status": lambda v: type(v) is str and v in vocabulary.STATUSES,
    "date": _is_date,
    "pricing": _is_pricing,
    "config": lambda v: type(v) is dict and all(type(k) is str for k in v),
    "offers": lambda v: type(v) is list and all(type(o) is dict for o in v),
    "modalities": lambda v: (
        type(v) is list and all(type(m) is str and m in vocabulary.MODALITIES for m in v)
    ),
    "texts": lambda v: type(v) is list and all(type(t) is str for t in v),
    "names": lambda v: type(v) is list and all(type(t) is str for t in v),
    "cutoff": lambda v: type(v) is str,
}


def _plain_check(kind: str, nullable: bool) -> Callable[[Any], bool]:
    check = _PLAIN_KINDS[kind]
    return (lambda v: v is None or check(v)) if nullable else check


_PLAIN_CHECKS = {name: _plain_check(kind, nullable) for name, (kind, nullable) in _TYPES.items()}


@cache
def _definitions() -> Any:
    """list[Definition]: a msgspec Struct of every record field in order, typed and bounded
    as _TYPES declares them."""
    import msgspec

    price = Annotated[float, msgspec.Meta(ge=0, le=sys.float_info.max)] | None  # finite
    pricing = msgspec.defstruct(
        "Pricing",
        [(name, price, None) for name in _PRICES]
        # A price object goes to the exact validator (a non-null one is refused here).
        + [(name, None, None) for name in PRICE_OBJECTS]
        + [(vocabulary.PRICE_DATE, _dt.date | None, None)],
        forbid_unknown_fields=True,
        gc=False,
    )
    kinds: dict[str, Any] = {
        "id": Annotated[str, msgspec.Meta(min_length=1)],
        "label": Annotated[str, msgspec.Meta(min_length=1)],
        "text": str,
        "created": int,
        "count": Annotated[int, msgspec.Meta(gt=0)],
        "flag": bool,
        "kind": vocabulary.Kind,
        "status": vocabulary.Status,
        "date": _dt.date,  # read as a date, written back by to_builtins as the same text
        "pricing": pricing,
        "config": dict[str, Any],
        "offers": list[dict[str, Any]],
        "modalities": list[vocabulary.Modality],  # type: ignore[valid-type]
        "texts": list[str],
        "names": list[str],
        "cutoff": str,
    }
    fields: list[Any] = []
    for name in vocabulary.FIELDS:
        kind, nullable = _TYPES[name]
        hint = kinds[kind] | None if nullable else kinds[kind]
        if name == "id":
            fields.append((name, hint))
        elif isinstance(vocabulary.DEFAULTS[name], list):
            fields.append((name, hint, msgspec.field(default_factory=list)))
        else:
            fields.append((name, hint, vocabulary.DEFAULTS[name]))
    definition = msgspec.defstruct(
        "Definition", fields, forbid_unknown_fields=True, gc=False
    )  # short-lived, no cycles: never tracked by the collector
    return list[definition]  # type: ignore[valid-type]


@cache
def _document(newest: int) -> Any:
    """A decoder of a catalog document of definitions: an array of them, or an object
    with a "models" array, a format version up to ``newest`` and a "$schema"."""
    import msgspec

    document = msgspec.defstruct(
        "Document",
        [
            ("models", _definitions()),
            ("format_version", Annotated[int, msgspec.Meta(ge=1, le=newest)], 1),
            ("schema", Any, msgspec.field(default=None, name="$schema")),
        ],
        forbid_unknown_fields=True,
    )
    return msgspec.json.Decoder(_definitions() | document)
