"""LiteLLM's price list, field by field.

The excerpt is of litellm 1.110.2 (MIT): see data/README.md and data/LICENSE.litellm.txt.
"""

from __future__ import annotations

from typing import Any

import pytest

from modelreg.formats import convert
from modelreg.formats.litellm import _per_size, model_id, provider_of
from modelreg.schema.definition import ModelDefinition

from .helpers import by_id, load


@pytest.fixture(scope="module")
def excerpt() -> Any:
    return convert(load("litellm_excerpt.json"), "litellm", label="litellm excerpt")


@pytest.fixture(scope="module")
def models(excerpt: Any) -> dict[str, dict[str, Any]]:
    return by_id(excerpt.entries)


def one(data: dict[str, Any], key: str = "test-model") -> dict[str, Any]:
    """The single entry a one-model document converts to."""
    converted = convert({key: data}, "litellm")
    assert converted.skipped == []
    (entry,) = converted.entries
    return entry


def skipped(data: dict[str, Any], key: str = "test-model") -> str:
    """The reason a one-model document's model is skipped."""
    converted = convert({key: data}, "litellm")
    assert converted.entries == []
    ((name, reason),) = converted.skipped
    assert name == key
    return reason


def test_gpt_4o_field_by_field(models: dict[str, dict[str, Any]]) -> None:
    assert models["gpt-4o"] == {
        "id": "gpt-4o",
        "provider": "openai",
        "owned_by": "openai",
        "kind": "chat",
        "pricing": {
            "prompt_price_per_1m": 2.5,
            "completion_price_per_1m": 10.0,
            "cached_price_per_1m": 1.25,
        },
        "max_completion_tokens": 16384,
        "supports_function_calling": True,
        "supports_vision": True,
        "supports_structured_output": True,
        "retirement_date": "2027-01-14",
        "successor": "gpt-6-luna",
        "reference_url": "https://developers.openai.com/api/docs/pricing",
    }


def test_an_input_limit_is_not_a_context_window(models: dict[str, dict[str, Any]]) -> None:
    """GPT-5: max_input_tokens 272000 + max_output_tokens 128000; the window (400000) is
    not in LiteLLM, and gpt-4o's 128000 + 16384 would be wrong, so none is set."""
    gpt5 = models["gpt-5"]
    assert "context_window" not in gpt5
    assert gpt5["max_completion_tokens"] == 128000
    assert "context_window" not in models["gpt-4o"]
    assert all("context_window" not in entry for entry in models.values())


def test_reasoning_streaming_and_modalities(models: dict[str, dict[str, Any]]) -> None:
    gpt5 = models["gpt-5"]
    assert gpt5["supports_reasoning"] is True
    assert gpt5["supports_streaming"] is True  # supports_native_streaming
    assert gpt5["input_modalities"] == ["text", "image"]
    assert gpt5["output_modalities"] == ["text"]
    assert gpt5["supports_audio_input"] is False  # implied by supported_modalities
    assert models["o1-pro"]["supports_streaming"] is False
    assert "supports_reasoning" not in models["gpt-4o"]  # LiteLLM does not say: left out


def test_audio_models(models: dict[str, dict[str, Any]]) -> None:
    audio = models["azure/gpt-audio"]
    assert audio["supports_audio_output"] is True
    assert audio["pricing"]["audio_input_price_per_1m"] == 40.0
    assert audio["pricing"]["audio_output_price_per_1m"] == 80.0
    realtime = models["azure/gpt-realtime-2.1-2026-07-07"]
    assert realtime["kind"] == "realtime"
    assert realtime["supports_audio_input"] is True
    whisper = models["whisper-1"]
    assert whisper["kind"] == "speech_to_text"
    assert whisper["pricing"] == {"audio_price_per_minute": 0.006}  # 0.0001 per second
    tts = models["tts-1"]
    assert tts["kind"] == "text_to_speech"
    assert tts["pricing"] == {"character_price_per_1m": 15.0}


def test_an_embedding(models: dict[str, dict[str, Any]]) -> None:
    small = models["text-embedding-3-small"]
    assert small["kind"] == "embedding"
    assert small["embedding_dimensions"] == 1536
    assert small["pricing"] == {"prompt_price_per_1m": 0.02, "completion_price_per_1m": 0.0}
    assert "max_completion_tokens" not in small
    titan = models["bedrock/amazon.titan-embed-text-v2:0"]
    assert (titan["provider"], titan["owned_by"], titan["embedding_dimensions"]) == (
        "bedrock",
        "amazon",
        1024,
    )


def test_other_kinds(models: dict[str, dict[str, Any]]) -> None:
    assert models["gpt-image-1.5"]["kind"] == "image_generation"
    assert models["aiml/dall-e-2"]["pricing"] == {"image_price_per_unit": 0.026}
    video = models["dashscope/wan3.0-video"]
    assert video["kind"] == "video_generation"
    assert video["pricing"] == {"video_price_per_second": 0.165025}
    rerank = models["bedrock/cohere.rerank-v3-5:0"]
    assert rerank["kind"] == "rerank"
    assert "max_completion_tokens" not in rerank


def test_resellers_keep_their_own_provider(models: dict[str, dict[str, Any]]) -> None:
    azure = models["azure/gpt-4o"]
    assert (azure["provider"], azure["owned_by"]) == ("azure", "openai")
    # A Bedrock key without a prefix gains one, so it never takes a first-party id.
    bedrock = models["bedrock/anthropic.claude-3-5-sonnet-20241022-v2:0"]
    assert (bedrock["provider"], bedrock["owned_by"]) == ("bedrock", "anthropic")
    assert "anthropic.claude-3-5-sonnet-20241022-v2:0" not in models
    regional = models["bedrock/us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0"]
    assert regional["provider"] == "bedrock"
    vertex = models["vertex_ai/gemini-2.5-pro"]  # key "gemini-2.5-pro", vertex_ai-language-models
    assert (vertex["provider"], vertex["owned_by"]) == ("vertex_ai", "google")
    assert models["dashscope/qwen-flash"]["owned_by"] == "alibaba"
    assert models["ollama/llama3"]["owned_by"] == "meta"
    assert "owned_by" not in models["dashscope/wan3.0-video"]  # maker not in the name


def test_first_party_prefixes_are_dropped(models: dict[str, dict[str, Any]]) -> None:
    google = models["gemini-2.5-pro"]  # key "gemini/gemini-2.5-pro"
    assert (google["provider"], google["owned_by"]) == ("google", "google")
    assert models["grok-4.3"]["provider"] == "xai"  # key "xai/grok-4.3"
    nim = models["nvidia/nv-rerankqa-mistral-4b-v3"]  # key "nvidia_nim/nvidia/..."
    assert (nim["provider"], nim["owned_by"]) == ("nvidia", "nvidia")
    assert models["claude-sonnet-4-5"]["provider"] == "anthropic"


def test_skipped_entries_are_named_with_reasons(excerpt: Any) -> None:
    reasons = dict(excerpt.skipped)
    assert reasons == {
        "ft:gpt-4o-mini-2024-07-18": "a price template for fine-tuned models, not a model",
        "deepseek/deepseek-chat": "duplicate id 'deepseek-chat'",
        "perplexity/search": "mode 'search' is not a kind of model modelreg describes",
        "azure_ai/claude-opus-latest": (
            "an alias of 'azure_ai/claude-opus-5-5', which is not in the document"
        ),
    }
    assert "sample_spec" not in reasons


def test_alias_entries_become_aliases(models: dict[str, dict[str, Any]]) -> None:
    assert models["claude-sonnet-5-5"]["aliases"] == ["claude-sonnet-latest"]
    assert "claude-sonnet-latest" not in models


def test_unknown_fields_are_counted(excerpt: Any) -> None:
    # Counted over the entries kept: 19 keys have it, less sample_spec, the ft: template
    # and the deepseek/deepseek-chat duplicate.
    assert excerpt.unknown_fields["supports_prompt_caching"] == 17
    assert excerpt.unknown_fields["max_input_tokens"] > 0  # read, not kept
    assert excerpt.unknown_fields["supports_tool_choice"] > 0
    assert "input_cost_per_token" not in excerpt.unknown_fields
    assert "litellm_provider" not in excerpt.unknown_fields
    assert "code_interpreter_cost_per_session" not in excerpt.unknown_fields  # sample_spec


def test_a_new_field_is_counted_not_an_error() -> None:
    converted = convert({"m": {"litellm_provider": "openai", "brand_new_field": 1}}, "litellm")
    assert converted.unknown_fields == {"brand_new_field": 1}
    assert converted.entries == [{"id": "m", "provider": "openai", "owned_by": "openai"}]


def test_per_token_prices_become_per_million_rounded() -> None:
    entry = one({"input_cost_per_token": 3e-07, "output_cost_per_token": 2.4999999999999997e-06})
    assert entry["pricing"] == {"prompt_price_per_1m": 0.3, "completion_price_per_1m": 2.5}
    assert one({"input_cost_per_token": 2.4999999e-06})["pricing"] == {
        "prompt_price_per_1m": 2.4999999
    }
    assert one({"input_cost_per_token": 1.1e-07})["pricing"] == {"prompt_price_per_1m": 0.11}
    assert one({"input_cost_per_token": 0})["pricing"] == {"prompt_price_per_1m": 0.0}


@pytest.mark.parametrize("unknown", [-1, -1.0, None, ""])
def test_dynamic_and_missing_prices_are_left_out(unknown: Any) -> None:
    entry = one({"input_cost_per_token": unknown, "output_cost_per_token": 1e-06})
    assert entry["pricing"] == {"completion_price_per_1m": 1.0}
    assert "pricing" not in one({"input_cost_per_token": unknown})


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("free", "input_cost_per_token is not a number: 'free'"),
        (-0.5, "input_cost_per_token is negative: -0.5"),
        (True, "input_cost_per_token is not a number: True"),
        ([1], "input_cost_per_token is not a number: [1]"),
    ],
)
def test_a_malformed_price_skips_the_entry(value: Any, reason: str) -> None:
    converted = convert(
        {"bad": {"input_cost_per_token": value}, "good": {"input_cost_per_token": 1e-06}},
        "litellm",
    )
    assert converted.skipped == [("bad", reason)]
    assert [entry["id"] for entry in converted.entries] == ["good"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"max_output_tokens": -1}, "max_output_tokens is negative: -1"),
        ({"max_output_tokens": 1.5}, "max_output_tokens is not a whole number: 1.5"),
        ({"max_input_tokens": "128k"}, "max_input_tokens is not a whole number: '128k'"),
        ({"supports_vision": "yes"}, "supports_vision is not true or false: 'yes'"),
        ({"mode": "ocr"}, "mode 'ocr' is not a kind of model modelreg describes"),
    ],
)
def test_malformed_entries_are_skipped(data: dict[str, Any], reason: str) -> None:
    assert skipped(data) == reason


def test_limits() -> None:
    assert one({"max_output_tokens": 8192.0})["max_completion_tokens"] == 8192
    assert "max_completion_tokens" not in one({"max_output_tokens": 0})
    assert "max_completion_tokens" not in one({"max_input_tokens": 8192})
    # LEGACY max_tokens: the output limit, unless it only copies max_input_tokens.
    assert one({"max_tokens": 4096, "max_input_tokens": 8192})["max_completion_tokens"] == 4096
    assert "max_completion_tokens" not in one({"max_tokens": 8192, "max_input_tokens": 8192})
    both = one({"max_tokens": 4096, "max_output_tokens": 2048})
    assert both["max_completion_tokens"] == 2048


def test_modes_become_kinds() -> None:
    expected = {
        "chat": "chat",
        "completion": "chat",
        "responses": "chat",
        "embedding": "embedding",
        "image_generation": "image_generation",
        "image_edit": "image_generation",
        "audio_transcription": "speech_to_text",
        "audio_speech": "text_to_speech",
        "rerank": "rerank",
        "moderation": "moderation",
        "video_generation": "video_generation",
        "realtime": "realtime",
    }
    for mode, kind in expected.items():
        assert one({"mode": mode})["kind"] == kind
    assert "kind" not in one({"litellm_provider": "openai"})


def test_an_embedding_cannot_claim_chat_capabilities() -> None:
    entry = one(
        {"mode": "embedding", "supports_function_calling": True, "supports_vision": True},
        key="text-embedding-x",
    )
    assert entry == {"id": "text-embedding-x", "kind": "embedding", "supports_vision": True}
    ModelDefinition.model_validate(entry)


def test_dates_and_successors() -> None:
    doc = {
        "old": {
            "litellm_provider": "gemini",
            "deprecation_date": "2026-02",
            "successor_model": "x",
        },
        "gemini/new": {"litellm_provider": "gemini", "successor_model": "gemini/new"},
        "gemini/older": {"litellm_provider": "gemini", "successor_model": "gemini/new"},
    }
    entries = by_id(convert(doc, "litellm").entries)
    assert "retirement_date" not in entries["old"]  # not YYYY-MM-DD: left out
    assert entries["old"]["successor"] == "x"
    assert "successor" not in entries["new"]  # names itself
    assert entries["older"]["successor"] == "new"  # a key of the document: its entry id


def test_entries_that_are_not_objects_are_skipped() -> None:
    converted = convert({"sample_spec": {}, "a": [], "b": {"mode": "chat"}}, "litellm")
    assert converted.skipped == [("a", "not an object")]
    assert converted.entries == [{"id": "b", "kind": "chat"}]


@pytest.mark.parametrize(
    ("key", "provider", "expected"),
    [
        ("gpt-4o", "openai", "gpt-4o"),
        ("gemini/gemini-2.5-pro", "gemini", "gemini-2.5-pro"),
        ("meta_llama/Llama-3.3-70B-Instruct", "meta_llama", "Llama-3.3-70B-Instruct"),
        ("low/1024-x-1024/gpt-image-1.5", "openai", "low/1024-x-1024/gpt-image-1.5"),
        ("azure/gpt-4o", "azure", "azure/gpt-4o"),
        ("anthropic.claude-v2", "bedrock_converse", "bedrock/anthropic.claude-v2"),
        ("gemini-2.5-flash", "vertex_ai-language-models", "vertex_ai/gemini-2.5-flash"),
        ("groq/openai/gpt-oss-20b", "groq", "groq/openai/gpt-oss-20b"),
        ("no-provider", None, "no-provider"),
    ],
)
def test_model_ids(key: str, provider: str | None, expected: str) -> None:
    assert model_id(key, provider) == expected


def test_provider_names() -> None:
    assert provider_of("gemini") == ("google", True)
    assert provider_of("text-completion-openai") == ("openai", True)
    assert provider_of("meta_llama") == ("meta", True)
    assert provider_of("codestral") == ("mistral", True)
    assert provider_of("bedrock_converse") == ("bedrock", False)
    assert provider_of("vertex_ai-anthropic_models") == ("vertex_ai", False)
    assert provider_of("azure_ai") == ("azure_ai", False)
    assert provider_of("Fireworks_AI") == ("fireworks_ai", False)


@pytest.mark.parametrize(
    ("key", "model", "price"),
    [
        ("standard/1024-x-1024/dall-e-3", "dall-e-3", {"size": "1024x1024", "quality": "standard"}),
        ("1024-x-1536/gpt-image-1.5", "gpt-image-1.5", {"size": "1024x1536"}),
        ("azure/hd/1792-x-1024/dall-e-3", "azure/dall-e-3", {"size": "1792x1024", "quality": "hd"}),
        (
            "1024-x-1024/50-steps/stability.stable-diffusion-xl-v1",
            "stability.stable-diffusion-xl-v1",
            {"size": "1024x1024", "steps": "50"},
        ),
        (
            "max-x-max/max-steps/stability.stable-diffusion-xl-v0",
            "stability.stable-diffusion-xl-v0",
            {"size": "max", "steps": "max"},
        ),
        (
            "fal_ai/medium/3840-x-2160/openai/gpt-image-2",
            "fal_ai/openai/gpt-image-2",
            {"size": "3840x2160", "quality": "medium"},
        ),
        ("gpt-4o", None, None),
        ("azure/gpt-5.1-codex-max", None, None),
        ("1024-x-1024", None, None),  # a size and no model
    ],
)
def test_per_size_image_price_keys(key: str, model: str | None, price: Any) -> None:
    assert _per_size(key) == (None if model is None else (model, price))


def test_per_size_prices_attach_to_the_model_they_price() -> None:
    converted = convert(
        {
            "gpt-image-9": {"litellm_provider": "openai", "mode": "image_generation"},
            "low/1024-x-1024/gpt-image-9": {
                "litellm_provider": "openai",
                "mode": "image_generation",
                "input_cost_per_image": 0.011,
            },
            "azure/hd/1024-x-1024/dall-e-9": {
                "litellm_provider": "azure",
                "mode": "image_generation",
                "input_cost_per_pixel": 8.39233e-08,  # per pixel: $0.088 an image
                "output_cost_per_token": 0.0,
            },
            "azure/standard/1024-x-1024/dall-e-9": {
                "litellm_provider": "azure",
                "mode": "image_generation",
                "input_cost_per_pixel": 0.0,  # no price
            },
            "1024-x-1024/50-steps/stability.sdxl-9": {
                "litellm_provider": "bedrock",
                "mode": "image_generation",
                "output_cost_per_image": 0.04,
            },
        },
        "litellm",
    )
    entries = by_id(converted.entries)
    assert set(entries) == {"gpt-image-9", "azure/dall-e-9", "bedrock/stability.sdxl-9"}
    assert entries["gpt-image-9"]["pricing"] == {
        "image_prices": [{"size": "1024x1024", "quality": "low", "price_per_image": 0.011}]
    }
    azure = entries["azure/dall-e-9"]
    assert azure["provider"] == "azure" and azure["owned_by"] == "openai"
    assert azure["pricing"] == {
        "image_prices": [{"size": "1024x1024", "quality": "hd", "price_per_image": 0.088}]
    }
    assert entries["bedrock/stability.sdxl-9"]["pricing"]["image_prices"] == [
        {"size": "1024x1024", "steps": "50", "price_per_image": 0.04}
    ]
    assert converted.skipped == [
        ("azure/standard/1024-x-1024/dall-e-9", "a per-size image price of 0 or none")
    ]
    for entry in entries.values():
        ModelDefinition.model_validate(entry)
