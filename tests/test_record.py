"""The one record vocabulary agrees with the validating schema and the catalog specs."""

from __future__ import annotations

import types
import typing
from typing import Any, get_args, get_origin

from modelreg import record as vocabulary
from modelreg.catalog.provider import ModelSpec, PricingSpec
from modelreg.definition import ModelDefinition, ModelPricing


def _plain(hint: Any) -> Any:
    """A type without Annotated constraints, Optional spelt one way, Literals as str."""
    if get_origin(hint) is typing.Annotated:
        return _plain(get_args(hint)[0])
    if get_origin(hint) in (typing.Union, types.UnionType):
        return frozenset(_plain(a) for a in get_args(hint))
    if get_origin(hint) is typing.Literal:
        return str
    if get_origin(hint) is list:
        return (list, _plain(get_args(hint)[0]))
    if get_origin(hint) is dict:
        return dict
    if hint in (vocabulary.Pricing, PricingSpec, ModelPricing):
        return "pricing"
    return hint


def _optional(hint: Any) -> frozenset:
    plain = _plain(hint)
    return plain if isinstance(plain, frozenset) else frozenset({plain})


def test_the_record_model_definition_and_spec_have_the_same_fields() -> None:
    record_fields = list(vocabulary.RecordFields.__annotations__)
    assert record_fields == list(vocabulary.FIELDS)
    assert record_fields == list(ModelDefinition.model_fields)
    assert set(ModelSpec.__annotations__) == set(record_fields) - {"fine_tuned_from"}
    assert list(vocabulary.Pricing.__annotations__) == list(vocabulary.PRICING_KEYS)
    assert list(ModelPricing.model_fields) == list(vocabulary.PRICING_KEYS)
    assert set(PricingSpec.__annotations__) == set(vocabulary.PRICING_KEYS)


def test_the_types_agree() -> None:
    record = typing.get_type_hints(vocabulary.RecordFields)
    definition = typing.get_type_hints(ModelDefinition, include_extras=True)
    spec = typing.get_type_hints(ModelSpec)
    for name, hint in record.items():
        assert _optional(definition[name]) == _optional(hint), name
        if name in spec:  # a spec may leave out what it does not know, never change the type
            assert _optional(spec[name]) <= _optional(hint), name
    pricing = typing.get_type_hints(vocabulary.Pricing)
    model_pricing = typing.get_type_hints(ModelPricing, include_extras=True)
    for name, hint in pricing.items():
        assert _optional(model_pricing[name]) == _optional(hint), name


def test_the_defaults_agree() -> None:
    derived = {"name", "owned_by", "created", "supports_streaming", "status"}
    derived |= {"input_modalities", "output_modalities", "supported_features"}
    for name, default in vocabulary.DEFAULTS.items():
        field = ModelDefinition.model_fields[name]
        value = field.get_default(call_default_factory=True)
        if name not in derived:
            assert value == default, name


def test_the_derivation_agrees() -> None:
    for spec in (
        {"id": "x"},
        {"id": "y", "kind": "embedding"},
        {"id": "z", "release_date": "2025-01-02"},
    ):
        assert vocabulary.complete(spec) == ModelDefinition.model_validate(spec).record()


def test_every_capability_names_a_boolean_field() -> None:
    record = typing.get_type_hints(vocabulary.RecordFields)
    for capability in vocabulary.CAPABILITIES:
        if capability.field is not None:
            assert record[capability.field] is bool
        assert all(vocabulary.capability(w) is capability for w in capability.words)
