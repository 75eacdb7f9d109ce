"""THE validator of untrusted input: a model definition (or a price object) checked by one
``pydantic_core.SchemaValidator`` built from the one declaration (modelreg.schema.fields)
and the rules types cannot say (modelreg.schema.rules), as a plain record.

Everything untrusted goes through it: catalogs, outside catalogs and user stores
(modelreg.merge, modelreg.fill: an outside copy's entries once, when it is converted, which
a rebuild then makes into records as it would, derive.complete), ``modelreg add``
(modelreg.userstore), and the public types
ModelDefinition and ModelPricing (modelreg.schema.base: pydantic's own validation of them
never runs). Strict types, unknown keys refused, the declared bounds, literals, dates and
names, the whole-model checks raising ``PydanticCustomError(FIELD_ERROR, ...)``; a
definition's derived fields are filled (``schema.derive()``) before it is checked. Errors
are ``pydantic_core.ValidationError`` (what ``pydantic.ValidationError`` is), titled after
the public type, with pydantic's types, locations, messages and inputs: every message
(``merge.describe_error``) is made from them. No pydantic import: a command that has to
validate pays for pydantic_core alone, and one whose inputs are unchanged validates nothing
(modelreg.compile).
"""

from __future__ import annotations

from contextvars import ContextVar
from functools import cache, lru_cache
from typing import Any, get_args

from pydantic_core import PydanticCustomError, SchemaValidator
from pydantic_core import core_schema as cs

from modelreg.errors import FIELD_ERROR
from modelreg.schema import fields, rules
from modelreg.schema.derive import DERIVED_LISTS, Record, derive, shared_derived_lists, today
from modelreg.schema.fields import MAX_CREATED, OBJECTS, AppliesTo, Field, Kind, Modality, Status

DEFINITION = "ModelDefinition"  # the public type of a record; OBJECTS names the others


def validate_record(entry: Any) -> Record:
    """One definition, validated, as a record."""
    return _validator(DEFINITION).validate_python(entry)  # type: ignore[no-any-return]


def validate_records(entries: list[Any]) -> list[Record]:
    """Many definitions in one pass (a ValidationError locates each by index), as records."""
    token = _ON.set(today())
    try:
        return _validator(f"list[{DEFINITION}]").validate_python(entries)  # type: ignore[no-any-return]
    finally:
        _ON.reset(token)


def validate_object(name: str, entry: Any) -> dict[str, Any]:
    """A price object given as the public type ``name`` (a class OBJECTS names), validated."""
    return _validator(name).validate_python(entry)  # type: ignore[no-any-return]


def field_error(field: str, problem: str) -> PydanticCustomError:
    """A whole-model check's error about one field: reads "field: problem"; ctx names both."""
    return PydanticCustomError(
        FIELD_ERROR, "{field}: {problem}", {"field": field, "problem": problem}
    )


@cache
def _validator(name: str) -> SchemaValidator:
    """The validator of a public type by name, or of a list of definitions."""
    schema: cs.CoreSchema
    if name == f"list[{DEFINITION}]":
        # The title starts "list[" as pydantic's for list[ModelDefinition]: describe_error
        # reads it to locate the entry of a batch.
        schema = cs.list_schema(_definition_schema())
    elif name == DEFINITION:
        schema = _definition_schema()
    else:
        schema = next(_object_schema(t) for t, (n, *_) in OBJECTS.items() if n == name)
    return SchemaValidator(schema, cs.CoreConfig(title=name))


@cache  # 4 ms to build: the one-definition and the batch validators share it
def _definition_schema() -> cs.CoreSchema:
    """ModelDefinition's schema: derivation, the record's fields, the whole-model checks.
    The derived lists a definition leaves out are given after its fields are valid (the
    lists derivation would give), so they cost no check."""
    inner = _typed_dict(fields.RECORD)  # read when built: a test adds a field
    for name in DERIVED_LISTS:  # null until _finish
        typed = inner["fields"][name]
        listed = typed["schema"]["schema"]  # type: ignore[typeddict-item]
        typed["schema"] = cs.with_default_schema(cs.nullable_schema(listed), default=None)
    return _after(_finish, cs.no_info_before_validator_function(_definition_input, inner))


def _object_schema(type_: str) -> cs.CoreSchema:
    """The schema of a price object (ModelPricing, or one it holds) with its defaults."""
    name, table, _ = OBJECTS[type_]
    return cs.no_info_before_validator_function(_object_input(name), _typed_dict(table))


def _typed_dict(table: tuple[Field, ...]) -> cs.CoreSchema:
    """A strict typed dict of a table's fields, each with its type's schema and its default
    (a required one with none), unknown keys refused."""
    typed: dict[str, cs.TypedDictField] = {}
    for field in table:
        schema = _type_schema(field.type)
        if field.required:
            typed[field.name] = cs.typed_dict_field(schema)
        elif isinstance(field.default, list):
            typed[field.name] = cs.typed_dict_field(
                cs.with_default_schema(schema, default_factory=list)
            )
        else:
            typed[field.name] = cs.typed_dict_field(
                cs.with_default_schema(schema, default=field.default)
            )
    return cs.typed_dict_schema(typed, extra_behavior="forbid", strict=True)


def _type_schema(type_: str) -> cs.CoreSchema:
    """A field type's schema (fields.TYPES). A rule of a nullable type runs on a value only,
    so a catalog's many nulls cost no call."""
    if type_ in OBJECTS:
        one = _object_schema(type_)
        return cs.nullable_schema(cs.list_schema(one, strict=True) if OBJECTS[type_][2] else one)
    text = cs.str_schema(strict=True)
    count = cs.int_schema(gt=0, strict=True)
    amount = cs.float_schema(ge=0, allow_inf_nan=False, strict=True)
    schemas: dict[str, cs.CoreSchema] = {
        "id": cs.str_schema(min_length=1, strict=True),
        "label": cs.str_schema(min_length=1, strict=True),
        "text": text,
        "text?": cs.nullable_schema(text),
        "created": cs.int_schema(ge=0, le=MAX_CREATED, strict=True),
        "kind": _literal(Kind),
        "status": _literal(Status),
        "count": count,
        "count?": cs.nullable_schema(count),
        "flag": cs.bool_schema(strict=True),
        "price": amount,
        "price?": cs.nullable_schema(amount),
        "size": _after(rules.check_size, text),
        "applies": _literal(AppliesTo),
        "windows": _after(rules.check_windows, cs.list_schema(text)),
        "config?": cs.nullable_schema(
            _after(_bounded, cs.dict_schema(text, cs.any_schema(), strict=True))
        ),
        "offers?": cs.nullable_schema(
            cs.list_schema(cs.dict_schema(text, cs.any_schema(), strict=True), strict=True)
        ),
        "modalities": cs.list_schema(_literal(Modality), strict=True),
        "texts": cs.list_schema(text, strict=True),
        "names": _after(_distinct_names, cs.list_schema(text, strict=True)),
        "date?": cs.nullable_schema(_after(rules.check_date, text)),
        "cutoff?": cs.nullable_schema(_after(rules.month_or_date, text)),
    }
    return schemas[type_]


def _literal(alias: Any) -> cs.CoreSchema:
    return cs.literal_schema(list(get_args(alias)))


def _after(function: Any, schema: cs.CoreSchema) -> cs.CoreSchema:
    return cs.no_info_after_validator_function(function, schema)


# The date statuses are derived on, read once per batch rather than once per entry.
_ON: ContextVar[str | None] = ContextVar("modelreg_validation_on", default=None)


def _definition_input(value: Any) -> Any:
    """Derive what a definition leaves out, once its input is an object."""
    if not isinstance(value, dict):
        raise _model_type(DEFINITION)
    return derive(value, _ON.get(), lists=False)


def _object_input(class_name: str) -> Any:
    def check(value: Any) -> Any:
        if not isinstance(value, dict):
            raise _model_type(class_name)
        return value

    return check


def _model_type(class_name: str) -> PydanticCustomError:
    return PydanticCustomError(
        "model_type",
        "Input should be a valid dictionary or instance of {class_name}",
        {"class_name": class_name},
    )


def _bounded(value: dict[str, Any]) -> dict[str, Any]:
    rules.check_free_form(value)
    return value


def _distinct_names(values: list[str]) -> list[str]:
    _distinct(tuple(values))
    return values


@lru_cache(maxsize=4096)
def _distinct(names: tuple[str, ...]) -> None:
    """rules.distinct_names, once per list (a catalog repeats its tag lists)."""
    rules.distinct_names(list(names))


def _finish(data: dict[str, Any]) -> dict[str, Any]:
    """The derived lists a definition left out, then the whole-model checks."""
    shared = shared_derived_lists(data)
    for name, derived in zip(DERIVED_LISTS, shared, strict=True):
        if data[name] is None:
            data[name] = derived
    broken = rules.inconsistency(data)
    if broken is not None:
        raise field_error(*broken)
    return data
