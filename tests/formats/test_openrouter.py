"""OpenRouter's models list, field by field (test data of our own in OpenRouter's shape)."""

from __future__ import annotations

from typing import Any

import pytest

from modelreg.formats import convert

from .helpers import by_id, load


@pytest.fixture(scope="module")
def excerpt() -> Any:
    return convert(load("openrouter_test_models.json"), "openrouter")


@pytest.fixture(scope="module")
def models(excerpt: Any) -> dict[str, dict[str, Any]]:
    return by_id(excerpt.entries)


def listing(*models: Any) -> dict[str, Any]:
    return {"data": list(models)}


def test_gpt_4_field_by_field(models: dict[str, dict[str, Any]]) -> None:
    assert models["openai/gpt-4"] == {
        "id": "openai/gpt-4",
        "provider": "openrouter",
        "owned_by": "openai",
        "name": "OpenAI: GPT-4",
        "description": "Test model in OpenRouter's shape.",
        "created": 1685232000,
        "context_window": 8192,
        "max_completion_tokens": 4096,
        "input_modalities": ["text"],
        "output_modalities": ["text"],
        "supports_vision": False,
        "supports_audio_input": False,
        "supports_audio_output": False,
        "supported_features": ["max_tokens", "temperature", "tools", "tool_choice", "seed"],
        "supports_function_calling": True,
        "supports_structured_output": False,
        "supports_reasoning": False,
        "pricing": {"prompt_price_per_1m": 30.0, "completion_price_per_1m": 60.0},
    }


def test_open_weights_free_prices_and_month_cutoffs(models: dict[str, dict[str, Any]]) -> None:
    llama = models["meta-llama/test-llama-8b-instruct"]
    assert llama["owned_by"] == "meta"
    assert llama["tags"] == ["open-weights"]  # a Hugging Face id
    assert llama["pricing"] == {"prompt_price_per_1m": 0.0, "completion_price_per_1m": 0.0625}
    assert llama["knowledge_cutoff"] == "2023-12"
    assert llama["supports_structured_output"] is True  # response_format
    assert "description" not in llama and "max_completion_tokens" not in llama


def test_dynamic_prices_are_left_out(models: dict[str, dict[str, Any]]) -> None:
    auto = models["openrouter/auto"]
    assert "pricing" not in auto
    assert auto["owned_by"] == "openrouter"
    assert auto["input_modalities"] == ["text", "image"]  # "file" is no modelreg modality
    assert auto["supports_function_calling"] is False  # supported_parameters lists none


def test_reasoning_and_audio(models: dict[str, dict[str, Any]]) -> None:
    omni = models["test-lab/omni-audio-preview"]
    assert omni["pricing"] == {
        "prompt_price_per_1m": 2.5,
        "completion_price_per_1m": 10.0,
        "cached_price_per_1m": 1.25,
        "cache_write_price_per_1m": 3.125,
        "audio_input_price_per_1m": 40.0,
        "audio_output_price_per_1m": 80.0,
    }
    assert omni["supports_reasoning"] is True
    assert omni["supports_structured_output"] is True
    assert omni["supports_audio_input"] is omni["supports_audio_output"] is True
    assert omni["retirement_date"] == "2027-01-31"  # expiration_date
    assert omni["knowledge_cutoff"] == "2025-06-30"
    assert "tags" not in omni  # hugging_face_id ""


def test_output_images_are_priced_per_image(models: dict[str, dict[str, Any]]) -> None:
    image = models["google/test-image-model"]
    assert image["pricing"]["image_price_per_unit"] == 0.039
    assert image["output_modalities"] == ["text", "image"]
    assert image["context_window"] == 32768


def test_unknown_fields_are_counted(excerpt: Any) -> None:
    unknown = excerpt.unknown_fields
    assert unknown["future_field"] == 1
    assert unknown["canonical_slug"] == 2
    assert unknown["pricing.internal_reasoning"] == 1
    assert unknown["pricing.image"] == 1  # per input image: modelreg prices output images
    assert unknown["pricing.web_search"] == 1
    assert unknown["top_provider.is_moderated"] == 3
    assert "pricing.prompt" not in unknown and "id" not in unknown


@pytest.mark.parametrize(
    ("model", "reason"),
    [
        ({"pricing": {"prompt": "free"}}, "pricing.prompt is not a number: 'free'"),
        ({"pricing": {"completion": "-0.5"}}, "pricing.completion is negative: '-0.5'"),
        ({"pricing": "0"}, "pricing is not an object: '0'"),
        ({"context_length": -5}, "context_length is negative: -5"),
        ({"context_length": "8k"}, "context_length is not a whole number: '8k'"),
        (
            {"top_provider": {"max_completion_tokens": 2.5}},
            "top_provider.max_completion_tokens is not a whole number: 2.5",
        ),
    ],
)
def test_malformed_models_are_skipped_and_named(model: dict[str, Any], reason: str) -> None:
    good = {"id": "a/good", "context_length": 1000}
    converted = convert(listing({"id": "a/bad", **model}, good), "openrouter")
    assert converted.skipped == [("a/bad", reason)]
    assert [entry["id"] for entry in converted.entries] == ["a/good"]


def test_models_without_ids_and_duplicates_are_skipped() -> None:
    converted = convert(
        listing({"id": "x/m", "pricing": {}}, {"name": "no id"}, "text", {"id": "X/M"}),
        "openrouter",
    )
    assert converted.entries == [{"id": "x/m", "provider": "openrouter", "owned_by": "x"}]
    assert converted.skipped == [
        ("data[1]", "no id"),
        ("data[2]", "not an object"),
        ("X/M", "duplicate id 'X/M'"),
    ]


def test_maker_prefixes_are_normalised() -> None:
    converted = convert(
        listing(
            *(
                {"id": f"{prefix}/m{n}", "context_length": 1}
                for n, prefix in enumerate(["mistralai", "x-ai", "meta-llama", "qwen", "Cohere"])
            )
        ),
        "openrouter",
    )
    assert [entry["owned_by"] for entry in converted.entries] == [
        "mistral",
        "xai",
        "meta",
        "alibaba",
        "cohere",
    ]
