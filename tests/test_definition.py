"""ModelDefinition and ModelPricing: validation that catches real mistakes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from helpers import ACME_MODELS, MINIMAL
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from modelreg import schema as vocabulary
from modelreg.schema.definition import ModelDefinition, ModelPricing


def invalid(spec: dict[str, Any]) -> str:
    """The validation message of an invalid spec (the test fails if it is valid)."""
    with pytest.raises(ValidationError) as info:
        ModelDefinition.model_validate(spec)
    return str(info.value)


def test_the_architectures_minimal_example_is_valid() -> None:
    model = ModelDefinition.model_validate(MINIMAL)
    assert model.id == "custom/my-model"
    assert model.name == "My Custom Model"
    assert model.context_window == 8192
    assert model.supports_streaming is True
    assert model.max_completion_tokens == 4096
    assert model.pricing is None
    assert model.kind == "chat"


def test_an_unknown_key_is_rejected_naming_it() -> None:
    message = invalid({**MINIMAL, "context_windw": 4096})
    assert "context_windw" in message


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("context_window", "big"),
        ("context_window", 8192.5),
        ("context_window", True),
        ("supports_vision", "yes"),
        ("supports_vision", 1),
        ("tags", "vision"),
        ("aliases", [1]),
        ("name", 0),
        ("name", []),
        ("owned_by", 0),
        ("created", False),
        ("kind", "chatbot"),
        ("input_modalities", ["smell"]),
    ],
)
def test_types_are_strict(field: str, value: Any) -> None:
    assert field in invalid({**MINIMAL, field: value})


@pytest.mark.parametrize(
    "field",
    [
        "context_window",
        "max_completion_tokens",
        "parameters",
        "active_parameters",
        "num_experts",
        "experts_per_token",
        "num_layers",
        "hidden_size",
        "num_heads",
        "embedding_dimensions",
    ],
)
@pytest.mark.parametrize("value", [0, -1])
def test_counts_are_positive(field: str, value: int) -> None:
    assert field in invalid({**MINIMAL, field: value})


def test_active_parameters_cannot_exceed_parameters() -> None:
    message = invalid({**MINIMAL, "parameters": 10, "active_parameters": 11})
    assert "active_parameters" in message
    ok = ModelDefinition.model_validate({**MINIMAL, "parameters": 10, "active_parameters": 10})
    assert ok.active_parameters == 10


def test_experts_per_token_cannot_exceed_num_experts() -> None:
    message = invalid({**MINIMAL, "num_experts": 8, "experts_per_token": 9})
    assert "experts_per_token" in message
    ok = ModelDefinition.model_validate({**MINIMAL, "num_experts": 8, "experts_per_token": 2})
    assert ok.experts_per_token == 2


@pytest.mark.parametrize("price", list(ModelPricing.model_fields))
def test_prices_are_not_negative_and_the_message_names_the_price(price: str) -> None:
    message = invalid({**MINIMAL, "pricing": {price: -0.01}})
    assert f"pricing.{price}" in message


@pytest.mark.parametrize("value", [float("inf"), float("nan")])
def test_prices_are_finite(value: float) -> None:
    assert "pricing.prompt_price_per_1m" in invalid(
        {**MINIMAL, "pricing": {"prompt_price_per_1m": value}}
    )


def test_an_unknown_price_is_rejected() -> None:
    assert "pricing.prompt_price" in invalid({**MINIMAL, "pricing": {"prompt_price": 1.0}})


def test_prices_may_be_zero_or_whole_numbers() -> None:
    model = ModelDefinition.model_validate(
        {**MINIMAL, "pricing": {"prompt_price_per_1m": 0, "completion_price_per_1m": 3}}
    )
    assert model.pricing == ModelPricing(prompt_price_per_1m=0.0, completion_price_per_1m=3.0)


@pytest.mark.parametrize("date", ["2024-1-5", "20240105", "2024-02-30", "May 2024", "2024-05"])
def test_release_date_must_be_yyyy_mm_dd(date: str) -> None:
    assert "release_date" in invalid({**MINIMAL, "release_date": date})


def test_created_defaults_to_the_release_date_at_midnight_utc() -> None:
    model = ModelDefinition.model_validate({**MINIMAL, "release_date": "2024-05-13"})
    assert model.created == int(dt.datetime(2024, 5, 13, tzinfo=dt.UTC).timestamp())
    given_created = ModelDefinition.model_validate(
        {**MINIMAL, "release_date": "2024-05-13", "created": 1}
    )
    assert given_created.created == 1


@pytest.mark.parametrize(
    "flag",
    [
        "supports_streaming",
        "supports_function_calling",
        "supports_reasoning",
        "supports_structured_output",
        "supports_predicted_outputs",
        "supports_audio_output",
    ],
)
@pytest.mark.parametrize("kind", ["embedding", "rerank"])
def test_an_embedding_or_rerank_model_cannot_claim_conversation(kind: str, flag: str) -> None:
    assert flag in invalid({"id": "e", "kind": kind, flag: True})


def test_an_embedding_model_does_not_stream_by_default() -> None:
    model = ModelDefinition.model_validate({"id": "e", "kind": "embedding"})
    assert model.supports_streaming is False
    assert model.output_modalities == []
    assert "dimensions" in model.supported_features
    assert "encoding_format" in model.supported_features
    assert "temperature" not in model.supported_features


def test_name_and_owner_are_derived() -> None:
    model = ModelDefinition.model_validate({"id": "acme/x", "provider": "acme"})
    assert model.name == "acme/x"
    assert model.owned_by == "acme"
    explicit = ModelDefinition.model_validate({"id": "x", "name": "X", "owned_by": "someone"})
    assert (explicit.name, explicit.owned_by) == ("X", "someone")


def test_modalities_are_derived_from_the_flags() -> None:
    plain = ModelDefinition.model_validate({"id": "a"})
    assert (plain.input_modalities, plain.output_modalities) == (["text"], ["text"])
    omni = ModelDefinition.model_validate(
        {"id": "b", "supports_vision": True, "supports_audio_input": True}
    )
    assert omni.input_modalities == ["text", "image", "audio"]
    speaker = ModelDefinition.model_validate({"id": "c", "supports_audio_output": True})
    assert speaker.output_modalities == ["text", "audio"]
    given_ = ModelDefinition.model_validate({"id": "d", "input_modalities": ["video"]})
    assert given_.input_modalities == ["video"]


def test_a_reasoning_model_takes_no_sampling_parameters() -> None:
    o1 = ModelDefinition.model_validate({"id": "o1", "supports_reasoning": True})
    assert "temperature" not in o1.supported_features
    assert "top_p" not in o1.supported_features
    assert "max_completion_tokens" in o1.supported_features
    chat = ModelDefinition.model_validate(
        {"id": "c", "supports_function_calling": True, "supports_structured_output": True}
    )
    for feature in ("temperature", "top_p", "stream", "tools", "response_format"):
        assert feature in chat.supported_features


def test_a_definition_is_frozen() -> None:
    model = ModelDefinition.model_validate(MINIMAL)
    with pytest.raises(ValidationError):
        model.context_window = 1  # type: ignore[misc]
    with pytest.raises(ValidationError):
        model.pricing = None  # type: ignore[misc]


@pytest.mark.parametrize(
    ("spec", "field"),
    [
        ({"id": ""}, "id"),
        ({"id": " x"}, "id"),
        ({"id": "x", "aliases": ["y", "Y"]}, "aliases"),
        ({"id": "x", "aliases": ["X"]}, "aliases"),
        ({"id": "x", "aliases": [" "]}, "aliases"),
        ({"id": "x", "provider": ""}, "provider"),
    ],
)
def test_ids_and_aliases_are_checked(spec: dict[str, Any], field: str) -> None:
    assert field in invalid(spec)


def test_a_missing_id_is_rejected() -> None:
    assert "id" in invalid({"name": "nameless"})


def test_the_field_order_is_the_records() -> None:
    assert tuple(ModelDefinition.model_fields) == vocabulary.FIELDS


@pytest.mark.parametrize("spec", [MINIMAL, *ACME_MODELS], ids=lambda s: s["id"])
def test_complete_agrees_with_validation(spec: dict[str, Any]) -> None:
    assert vocabulary.complete(spec) == ModelDefinition.model_validate(spec).record()


_positive = st.integers(min_value=1, max_value=10**12)
_price = st.one_of(
    st.none(),
    st.integers(min_value=0, max_value=1000),
    st.floats(min_value=0, max_value=1000, allow_nan=False),
)
_specs = st.fixed_dictionaries(
    {"id": st.from_regex(r"[a-z][a-z0-9./-]{0,20}", fullmatch=True)},
    optional={
        "name": st.text(max_size=10),
        "provider": st.sampled_from(["openai", "meta", "custom"]),
        "kind": st.sampled_from(vocabulary.KINDS),
        "context_window": _positive,
        "max_completion_tokens": st.one_of(st.none(), _positive),
        "supports_vision": st.booleans(),
        "supports_audio_input": st.booleans(),
        "supports_audio_output": st.booleans(),
        "supports_reasoning": st.booleans(),
        "supports_function_calling": st.booleans(),
        "supports_structured_output": st.booleans(),
        "supports_batch": st.booleans(),
        "supports_fine_tuning": st.booleans(),
        "pricing": st.one_of(
            st.none(),
            st.fixed_dictionaries({}, optional={k: _price for k in vocabulary.PRICE_FIELDS}),
        ),
        "release_date": st.dates(dt.date(1971, 1, 1), dt.date(2100, 1, 1)).map(str),
        "tags": st.lists(st.sampled_from(["a", "b", "c"]), unique=True),
        "parameters": _positive,
    },
)


@settings(max_examples=200)
@given(_specs)
def test_complete_agrees_with_validation_for_any_valid_spec(spec: dict[str, Any]) -> None:
    try:
        expected = ModelDefinition.model_validate(spec).record()
    except ValidationError:
        return  # e.g. an embedding model that claims reasoning: not a valid spec
    assert vocabulary.complete(spec) == expected
