"""ModelDefinition's validation without pydantic's model machinery: records straight from
a ``pydantic_core.SchemaValidator``.

The command line validates every user source and outside catalog it reads;
importing ``pydantic`` and building ModelDefinition costs more than the rest of
a command. This module declares the same core schema pydantic builds for
ModelDefinition and ModelPricing (strict types, unknown keys forbidden, the same
bounds, literals, date and name checks, and the whole-model checks raising
``PydanticCustomError(FIELD_ERROR, ...)``), with ``schema.derive()`` run first as
ModelDefinition's before-validator runs it, and returns plain records: the dict
``ModelDefinition.model_validate(x).record()`` gives. Errors are
``pydantic_core.ValidationError`` (what ``pydantic.ValidationError`` is) with the
same types, locations, messages and inputs, so ``merge.describe_error`` reads
them identically. The property tests (tests/test_validation.py) hold the two
in step: a rule changed in modelreg.schema.base must change here too.
"""

from __future__ import annotations

from contextvars import ContextVar
from functools import cache
from typing import Any, get_args

from pydantic_core import PydanticCustomError, SchemaValidator
from pydantic_core import core_schema as cs

from modelreg.errors import FIELD_ERROR
from modelreg.schema import rules
from modelreg.schema.derive import Record, derive, today
from modelreg.schema.fields import (
    IMAGE_PRICE,
    LONG_CONTEXT,
    MAX_CREATED,
    OFF_PEAK,
    PRICING,
    RECORD,
    AppliesTo,
    Field,
    Kind,
    Modality,
    Status,
)


def _bounded(value: dict[str, Any] | None) -> dict[str, Any] | None:
    if value is not None:
        rules.check_free_form(value)
    return value


def field_error(field: str, problem: str) -> PydanticCustomError:
    """A whole-model check's error about one field: reads "field: problem"; ctx names both."""
    return PydanticCustomError(
        FIELD_ERROR, "{field}: {problem}", {"field": field, "problem": problem}
    )


def _consistent(data: dict[str, Any]) -> dict[str, Any]:
    """ModelDefinition's whole-model checks, on the validated fields."""
    broken = rules.inconsistency(data)
    if broken is not None:
        raise field_error(*broken)
    return data


def _model_type(class_name: str) -> PydanticCustomError:
    return PydanticCustomError(
        "model_type",
        "Input should be a valid dictionary or instance of {class_name}",
        {"class_name": class_name},
    )


def _object_input(class_name: str) -> Any:
    def check(value: Any) -> Any:
        if not isinstance(value, dict):
            raise _model_type(class_name)
        return value

    return check


# The date statuses are derived on, read once per validation rather than once per entry.
_ON: ContextVar[str | None] = ContextVar("modelreg_validation_on", default=None)


def _definition_input(value: Any) -> Any:
    """ModelDefinition's before-validator (derive), then its model-type check."""
    if not isinstance(value, dict):
        raise _model_type("ModelDefinition")
    return derive(value, _ON.get())


def _nullable(schema: cs.CoreSchema) -> cs.CoreSchema:
    return cs.nullable_schema(schema)


def _literal(alias: Any) -> cs.CoreSchema:
    return cs.literal_schema(list(get_args(alias)))


def _after(function: Any, schema: cs.CoreSchema) -> cs.CoreSchema:
    return cs.no_info_after_validator_function(function, schema)


def _object_schema(table: tuple[Field, ...], class_name: str) -> cs.CoreSchema:
    """The schema of a price object (ModelPricing, or one it holds) with its defaults."""
    amount = cs.float_schema(ge=0, allow_inf_nan=False, strict=True)
    text = cs.str_schema(strict=True)
    by_type = {
        "price?": _nullable(amount),
        "price": amount,
        "text?": _nullable(text),
        "size": _after(rules.check_size, text),
        "date?": _after(rules.check_date, _nullable(text)),
        "count": cs.int_schema(gt=0, strict=True),
        "applies": _literal(AppliesTo),
        "windows": _after(rules.check_windows, cs.list_schema(cs.str_schema(strict=True))),
    }
    if table is PRICING:
        by_type["tier?"] = _nullable(_object_schema(LONG_CONTEXT, "ModelLongContext"))
        by_type["hours?"] = _nullable(_object_schema(OFF_PEAK, "ModelOffPeak"))
        image = _object_schema(IMAGE_PRICE, "ModelImagePrice")
        by_type["images?"] = _nullable(cs.list_schema(image, strict=True))
    inner = _typed_dict(table, by_type)
    return cs.no_info_before_validator_function(_object_input(class_name), inner)


def _typed_dict(table: tuple[Field, ...], by_type: dict[str, cs.CoreSchema]) -> cs.CoreSchema:
    """A strict typed dict of a table's fields, each with its type's schema and its default
    (a required one with none), unknown keys refused."""
    fields: dict[str, cs.TypedDictField] = {}
    for field in table:
        schema = by_type[field.type]
        if field.required:
            fields[field.name] = cs.typed_dict_field(schema)
        elif isinstance(field.default, list):
            fields[field.name] = cs.typed_dict_field(
                cs.with_default_schema(schema, default_factory=list)
            )
        else:
            fields[field.name] = cs.typed_dict_field(
                cs.with_default_schema(schema, default=field.default)
            )
    return cs.typed_dict_schema(fields, extra_behavior="forbid", strict=True)


def _type_schemas() -> dict[str, cs.CoreSchema]:
    """Each field type's schema (fields.TYPES), as ModelDefinition declares it."""
    text = cs.str_schema(strict=True)
    return {
        "id": cs.str_schema(min_length=1, strict=True),
        "label": cs.str_schema(min_length=1, strict=True),
        "text": text,
        "text?": _nullable(text),
        "created": cs.int_schema(ge=0, le=MAX_CREATED, strict=True),
        "kind": _literal(Kind),
        "status": _literal(Status),
        "count?": _nullable(cs.int_schema(gt=0, strict=True)),
        "flag": cs.bool_schema(strict=True),
        "pricing?": _nullable(_object_schema(PRICING, "ModelPricing")),
        "config?": _after(_bounded, _nullable(cs.dict_schema(text, cs.any_schema(), strict=True))),
        "offers?": _nullable(
            cs.list_schema(cs.dict_schema(text, cs.any_schema(), strict=True), strict=True)
        ),
        "modalities": cs.list_schema(_literal(Modality), strict=True),
        "texts": cs.list_schema(text, strict=True),
        "names": _after(rules.distinct_names, cs.list_schema(text, strict=True)),
        "date?": _after(rules.check_date, _nullable(text)),
        "cutoff?": _after(rules.month_or_date, _nullable(text)),
    }


def _definition_schema(table: tuple[Field, ...] = RECORD) -> cs.CoreSchema:
    """ModelDefinition's schema, built from the declaration of the record."""
    inner = _typed_dict(table, _type_schemas())  # the record's key order
    return _after(_consistent, cs.no_info_before_validator_function(_definition_input, inner))


@cache
def _one() -> SchemaValidator:
    return SchemaValidator(_definition_schema(), cs.CoreConfig(title="ModelDefinition"))


@cache
def _many() -> SchemaValidator:
    # The title starts "list[" as TypeAdapter(list[ModelDefinition])'s does: describe_error
    # reads it to locate the entry of a batch.
    schema = cs.list_schema(_definition_schema())
    return SchemaValidator(schema, cs.CoreConfig(title="list[ModelDefinition]"))


def validate_record(entry: Any) -> Record:
    """One definition validated as ModelDefinition validates it, as a record."""
    return _one().validate_python(entry)  # type: ignore[no-any-return]


def validate_records(entries: list[Any]) -> list[Record]:
    """Many definitions in one pass (a ValidationError locates each by index), as records."""
    token = _ON.set(today())
    try:
        return _many().validate_python(entries)  # type: ignore[no-any-return]
    finally:
        _ON.reset(token)
