"""ModelCapabilities: design.md's capabilities response, derived from a definition."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import MINIMAL

from modelreg import ModelCapabilities, ModelDefinition
from modelreg.schema import CAPABILITY_FIELDS, complete

TOP_KEYS = {
    "model",
    "context_window",
    "max_completion_tokens",
    "pricing",
    "capabilities",
    "modalities",
    "supported_features",
}
FLAGS = {
    "streaming",
    "function_calling",
    "vision",
    "audio_input",
    "audio_output",
    "reasoning",
    "structured_output",
    "predicted_outputs",
    "fine_tuning",
    "batch_processing",
}


def capabilities(**spec: Any) -> dict[str, Any]:
    definition = ModelDefinition.model_validate({"id": "m", **spec})
    return ModelCapabilities.from_definition(definition).model_dump(mode="json")


def test_exactly_the_designs_keys() -> None:
    dumped = capabilities(**MINIMAL)
    assert set(dumped) == TOP_KEYS
    assert set(dumped["capabilities"]) == FLAGS
    assert set(CAPABILITY_FIELDS) == FLAGS
    assert dumped["model"] == MINIMAL["id"]
    assert dumped["context_window"] == 8192
    assert dumped["max_completion_tokens"] == 4096
    assert dumped["pricing"] is None


@pytest.mark.parametrize(("flag", "field"), sorted(CAPABILITY_FIELDS.items()))
def test_each_flag_comes_from_its_field(flag: str, field: str) -> None:
    spec = {field: True}
    if field == "supports_audio_output":
        spec["supports_audio_input"] = True
    on = capabilities(**spec)["capabilities"]
    off = capabilities(**{field: False})["capabilities"]
    assert on[flag] is True
    assert off[flag] is False


def test_batch_processing_and_fine_tuning_come_from_their_fields() -> None:
    flags = capabilities(supports_batch=True, supports_fine_tuning=False)["capabilities"]
    assert (flags["batch_processing"], flags["fine_tuning"]) == (True, False)
    flags = capabilities(supports_batch=False, supports_fine_tuning=True)["capabilities"]
    assert (flags["batch_processing"], flags["fine_tuning"]) == (False, True)


def test_modalities_combine_input_and_output_in_canonical_order() -> None:
    assert capabilities()["modalities"] == ["text"]
    assert capabilities(supports_audio_output=True, supports_vision=True)["modalities"] == [
        "text",
        "image",
        "audio",
    ]
    assert capabilities(kind="image_generation")["modalities"] == ["text", "image"]
    assert capabilities(input_modalities=["video", "text"])["modalities"] == ["text", "video"]


def test_pricing_is_an_object_of_prices() -> None:
    pricing = capabilities(pricing={"prompt_price_per_1m": 2.5})["pricing"]
    assert pricing["prompt_price_per_1m"] == 2.5
    assert pricing["completion_price_per_1m"] is None


def test_supported_features_of_a_reasoning_model_exclude_temperature() -> None:
    features = capabilities(supports_reasoning=True)["supported_features"]
    assert "temperature" not in features
    assert "temperature" in capabilities()["supported_features"]


def test_from_a_definition_a_record_or_a_definition_dict_alike() -> None:
    spec = {"id": "m", "supports_vision": True, "context_window": 32000}
    expected = ModelCapabilities.from_definition(ModelDefinition.model_validate(spec))
    assert ModelCapabilities.from_definition(spec) == expected
    assert ModelCapabilities.from_definition(complete(spec)) == expected
    with pytest.raises(TypeError, match="model must be a ModelDefinition or a dict"):
        ModelCapabilities.from_definition("m")  # type: ignore[arg-type]
