"""ModelDefinition's validation without pydantic's model machinery: records straight from
a ``pydantic_core.SchemaValidator``.

The command line validates every user source and outside catalog it reads;
importing ``pydantic`` and building ModelDefinition costs more than the rest of
a command. This module declares the same core schema pydantic builds for
ModelDefinition and ModelPricing (strict types, unknown keys forbidden, the same
bounds, literals, date and name checks, and the whole-model checks raising
``PydanticCustomError(FIELD_ERROR, ...)``), with ``record.derive()`` run first as
ModelDefinition's before-validator runs it, and returns plain records: the dict
``ModelDefinition.model_validate(x).record()`` gives. Errors are
``pydantic_core.ValidationError`` (what ``pydantic.ValidationError`` is) with the
same types, locations, messages and inputs, so ``merge.describe_error`` reads
them identically. The property tests (tests/test_validation.py) hold the two
in step: a rule changed in modelreg.definition must change here too.
"""

from __future__ import annotations

import datetime as _dt
import math
from contextvars import ContextVar
from functools import cache
from typing import Any, get_args

from pydantic_core import PydanticCustomError, SchemaValidator
from pydantic_core import core_schema as cs

from modelreg import record as vocabulary
from modelreg.errors import FIELD_ERROR
from modelreg.record import Record

# Capabilities that only a model producing text (or speech) in a conversation can have.
_CONVERSATIONAL = (
    "supports_streaming",
    "supports_function_calling",
    "supports_reasoning",
    "supports_structured_output",
    "supports_predicted_outputs",
    "supports_audio_output",
)
_NOT_CONVERSATIONAL = ("embedding", "rerank", "moderation")
_LISTS = ("input_modalities", "output_modalities", "supported_features", "tags", "aliases")
# ModelDefinition's bounds (modelreg.definition; a test holds them equal).
MAX_DEPTH = 32
MAX_CREATED = 253402300799  # 9999-12-31T23:59:59Z
_DEFAULTS = {**vocabulary.DEFAULTS, "supports_streaming": True, "status": "active"}


def check_date(value: str | None, shape: str = "YYYY-MM-DD") -> str | None:
    """A date as YYYY-MM-DD (years 1 to 9999), or None."""
    if value is not None:
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"must be a date as {shape}, not {value!r}") from None
        if len(value) != 10:
            raise ValueError(f"must be a date as {shape}, not {value!r}")
    return value


def _month_or_date(value: str | None) -> str | None:
    if value is not None and len(value) == 7:
        check_date(value + "-01")
        return value
    return check_date(value, "YYYY-MM or YYYY-MM-DD")


def _check_free_form(value: Any, depth: int) -> None:
    """A free-form JSON value: at most MAX_DEPTH levels of objects and arrays, finite
    numbers only (ValueError otherwise)."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"must hold finite numbers only, not {value!r} (JSON has no {value!r})")
    if isinstance(value, dict | list):
        if depth > MAX_DEPTH:
            raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
        for item in value.values() if isinstance(value, dict) else value:
            _check_free_form(item, depth + 1)


def _bounded(value: dict[str, Any] | None) -> dict[str, Any] | None:
    if value is not None:
        _check_free_form(value, 1)
    return value


def _distinct_names(values: list[str]) -> list[str]:
    if len(values) < 2 and all(map(str.strip, values)):
        return values  # most models: no aliases, one tag
    if len({v.lower() for v in values}) == len(values) and all(map(str.strip, values)):
        return values
    if not all(map(str.strip, values)):
        raise ValueError("must not contain empty names")
    lowered = [v.lower() for v in values]
    duplicates = sorted({v for v in values if lowered.count(v.lower()) > 1})
    raise ValueError(f"lists {', '.join(map(repr, duplicates))} twice")


def _field_error(field: str, problem: str) -> PydanticCustomError:
    """A whole-model check's error about one field: reads "field: problem"; ctx names both."""
    return PydanticCustomError(
        FIELD_ERROR, "{field}: {problem}", {"field": field, "problem": problem}
    )


def _consistent(data: dict[str, Any]) -> dict[str, Any]:
    """ModelDefinition's whole-model checks, on the validated fields."""
    model_id = data["id"]
    if model_id.strip() != model_id:
        raise _field_error("id", "must not start or end with whitespace")
    aliases = data["aliases"]
    if aliases and model_id.lower() in (a.lower() for a in aliases):
        raise _field_error("aliases", f"repeats the model's own id {model_id!r}")
    parameters, active = data["parameters"], data["active_parameters"]
    if parameters and active and active > parameters:
        raise _field_error("active_parameters", f"{active} exceeds parameters {parameters}")
    experts, per_token = data["num_experts"], data["experts_per_token"]
    if experts and per_token and per_token > experts:
        raise _field_error("experts_per_token", f"{per_token} exceeds num_experts {experts}")
    successor = data["successor"]
    if successor is not None and successor.lower() == model_id.lower():
        raise _field_error("successor", "names the model itself")
    deprecation, retirement = data["deprecation_date"], data["retirement_date"]
    if deprecation and retirement and retirement < deprecation:
        raise _field_error(
            "retirement_date", f"{retirement} is before deprecation_date {deprecation}"
        )
    kind = data["kind"]
    if kind in _NOT_CONVERSATIONAL:
        claimed = [f for f in _CONVERSATIONAL if data[f]]
        if claimed:
            article = "an" if kind[0] in "aeiou" else "a"
            raise _field_error(claimed[0], f"{article} {kind} model cannot claim it")
    return data


def _model_type(class_name: str) -> PydanticCustomError:
    return PydanticCustomError(
        "model_type",
        "Input should be a valid dictionary or instance of {class_name}",
        {"class_name": class_name},
    )


def _pricing_input(value: Any) -> Any:
    if not isinstance(value, dict):
        raise _model_type("ModelPricing")
    return value


# The date statuses are derived on, read once per validation rather than once per entry.
_ON: ContextVar[str | None] = ContextVar("modelreg_validation_on", default=None)


def _definition_input(value: Any) -> Any:
    """ModelDefinition's before-validator (derive), then its model-type check."""
    if not isinstance(value, dict):
        raise _model_type("ModelDefinition")
    return vocabulary.derive(value, _ON.get())


def _nullable(schema: cs.CoreSchema) -> cs.CoreSchema:
    return cs.nullable_schema(schema)


def _literal(alias: Any) -> cs.CoreSchema:
    return cs.literal_schema(list(get_args(alias)))


def _after(function: Any, schema: cs.CoreSchema) -> cs.CoreSchema:
    return cs.no_info_after_validator_function(function, schema)


def _pricing_schema() -> cs.CoreSchema:
    price = _nullable(cs.float_schema(ge=0, allow_inf_nan=False, strict=True))
    fields: dict[str, cs.TypedDictField] = {
        name: cs.typed_dict_field(cs.with_default_schema(price, default=None))
        for name in vocabulary.PRICE_FIELDS
    }
    as_of = _after(check_date, _nullable(cs.str_schema(strict=True)))
    fields[vocabulary.PRICE_DATE] = cs.typed_dict_field(cs.with_default_schema(as_of, default=None))
    inner = cs.typed_dict_schema(fields, extra_behavior="forbid", strict=True)
    return cs.no_info_before_validator_function(_pricing_input, inner)


def _field_schemas() -> dict[str, cs.CoreSchema]:
    """Each field's schema before its default, as ModelDefinition declares it."""
    text = cs.str_schema(strict=True)
    count = _nullable(cs.int_schema(gt=0, strict=True))
    flag = cs.bool_schema(strict=True)
    date = _after(check_date, _nullable(text))
    names = _after(_distinct_names, cs.list_schema(text, strict=True))
    modalities = cs.list_schema(_literal(vocabulary.Modality), strict=True)
    schemas: dict[str, cs.CoreSchema] = {
        "id": cs.str_schema(min_length=1, strict=True),
        "name": text,
        "provider": cs.str_schema(min_length=1, strict=True),
        "description": text,
        "created": cs.int_schema(ge=0, le=MAX_CREATED, strict=True),
        "owned_by": text,
        "kind": _literal(vocabulary.Kind),
        "architecture": _nullable(text),
        "pricing": _nullable(_pricing_schema()),
        "fine_tuning_config": _after(
            _bounded, _nullable(cs.dict_schema(text, cs.any_schema(), strict=True))
        ),
        "fine_tuned_from": _nullable(text),
        "input_modalities": modalities,
        "output_modalities": modalities,
        "supported_features": cs.list_schema(text, strict=True),
        "license": _nullable(text),
        "paper_url": _nullable(text),
        "release_date": date,
        "knowledge_cutoff": _after(_month_or_date, _nullable(text)),
        "status": _literal(vocabulary.Status),
        "deprecation_date": date,
        "retirement_date": date,
        "successor": _nullable(text),
        "reference_url": _nullable(text),
        "tags": names,
        "aliases": names,
    }
    for field in vocabulary.COUNT_FIELDS:
        schemas[field] = count
    for field in vocabulary.FIELDS:
        if field.startswith("supports_") or field == "fictional":
            schemas[field] = flag
    return schemas


def _definition_schema() -> cs.CoreSchema:
    schemas = _field_schemas()
    fields: dict[str, cs.TypedDictField] = {}
    for name in vocabulary.FIELDS:  # ModelDefinition's order: the record's key order
        schema = schemas[name]
        if name == "id":
            fields[name] = cs.typed_dict_field(schema)
        elif name in _LISTS:
            fields[name] = cs.typed_dict_field(cs.with_default_schema(schema, default_factory=list))
        else:
            fields[name] = cs.typed_dict_field(
                cs.with_default_schema(schema, default=_DEFAULTS[name])
            )
    inner = cs.typed_dict_schema(fields, extra_behavior="forbid", strict=True)
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
    token = _ON.set(vocabulary.today())
    try:
        return _many().validate_python(entries)  # type: ignore[no-any-return]
    finally:
        _ON.reset(token)
