"""The built-in catalogs: every id people use, unique names, valid and sane figures."""

from __future__ import annotations

from typing import Any

import pytest

from modelreg import schema as vocabulary
from modelreg.catalog import CATALOGS
from modelreg.registry import builtin as builtin_registry
from modelreg.registry import load_all_catalogs
from modelreg.schema.definition import ModelDefinition

IDS = {
    "openai": [
        "openai/gpt-oss-120b",
        "openai/gpt-oss-20b",
        "gpt-oss-120b-realtime-preview",
        "gpt-4o",
        "gpt-4o-mini",
        "gpt-4-turbo",
        "gpt-4",
        "gpt-4-32k",
        "gpt-3.5-turbo",
        "gpt-3.5-turbo-16k",
        "o1",
        "o1-preview",
        "o1-mini",
        "text-embedding-3-large",
        "text-embedding-3-small",
        "text-embedding-ada-002",
        "dall-e-3",
        "dall-e-2",
        "tts-1",
        "tts-1-hd",
        "whisper-1",
    ],
    "anthropic": [
        "claude-3-5-sonnet-20250514",
        "claude-3-5-haiku-20250514",
        "claude-3-opus-20240229",
        "claude-3-sonnet-20240229",
        "claude-3-haiku-20240307",
    ],
    "meta": [
        "meta-llama/Llama-3.3-70B-Instruct",
        "meta-llama/Llama-3.2-90B-Vision-Instruct",
        "meta-llama/Llama-3.2-11B-Vision-Instruct",
        "meta-llama/Llama-3.2-3B-Instruct",
        "meta-llama/Llama-3.2-1B-Instruct",
        "meta-llama/Llama-3.1-405B-Instruct",
        "meta-llama/Llama-3.1-70B-Instruct",
        "meta-llama/Llama-3.1-8B-Instruct",
    ],
    "mistral": [
        "mistral-large-2501",
        "mistral-medium",
        "mistral-small",
        "mixtral-8x7b",
        "mixtral-8x22b",
        "pixtral-12b-2409",
    ],
    "deepseek": [
        "deepseek-ai/DeepSeek-V3",
        "deepseek-ai/DeepSeek-R1",
        "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B",
    ],
    "nvidia": [
        "nvidia/nemotron-4-340b-instruct",
        "nv-mistralai/mistral-nemo-12b-instruct",
        "meta/llama-3.1-405b-instruct",
        "nvidia/nv-embed-v1",
        "nvidia/nv-rerank-qa-v1",
    ],
    "custom": [],
}
VISION = [
    "gpt-4o",
    "gpt-4o-mini",
    "gpt-4-turbo",
    "o1",
    "claude-3-5-sonnet-20250514",
    "claude-3-opus-20240229",
    "claude-3-sonnet-20240229",
    "claude-3-haiku-20240307",
    "meta-llama/Llama-3.2-90B-Vision-Instruct",
    "meta-llama/Llama-3.2-11B-Vision-Instruct",
    "pixtral-12b-2409",
]
NOT_VISION = ["gpt-4", "gpt-3.5-turbo", "o1-mini", "o1-preview", "meta-llama/Llama-3.2-3B-Instruct"]
REASONING = [
    "openai/gpt-oss-120b",
    "openai/gpt-oss-20b",
    "o1",
    "o1-preview",
    "o1-mini",
    "deepseek-ai/DeepSeek-R1",
    "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B",
]
NOT_REASONING = ["gpt-4o", "deepseek-ai/DeepSeek-V3", "claude-3-opus-20240229"]
EMBEDDING = ["text-embedding-3-large", "text-embedding-3-small", "text-embedding-ada-002"]
EMBEDDING += ["nvidia/nv-embed-v1"]
MOE = [
    "openai/gpt-oss-120b",
    "openai/gpt-oss-20b",
    "mixtral-8x7b",
    "mixtral-8x22b",
    "deepseek-ai/DeepSeek-V3",
    "deepseek-ai/DeepSeek-R1",
]
ALIASES = {
    "gpt-oss-120b": "openai/gpt-oss-120b",
    "gpt-oss-20b": "openai/gpt-oss-20b",
    "claude-3-opus-latest": "claude-3-opus-20240229",
    "llama-3.1-8b-instruct": "meta-llama/Llama-3.1-8B-Instruct",
    "mixtral-8x7b-instruct": "mixtral-8x7b",
    "deepseek-v3": "deepseek-ai/DeepSeek-V3",
    "deepseek-r1": "deepseek-ai/DeepSeek-R1",
}
SPECS = [(c.provider, spec) for c in CATALOGS for spec in c.models]
FIRST_IDS = [model for ids in IDS.values() for model in ids]
# The catalog as of its last review; statuses derive from the dates and today, so the
# tests pin today (a later date is tested on its own below).
TODAY = "2026-12-01"
COUNTS = {
    "openai": {"active": 51, "deprecated": 27, "preview": 1, "retired": 43},
    "anthropic": {"active": 16, "deprecated": 1, "retired": 12},
    "meta": {"active": 21, "preview": 3},
    "mistral": {"active": 18, "preview": 5, "retired": 43},
    "deepseek": {"active": 20, "retired": 4},
    "nvidia": {"active": 34, "preview": 2, "retired": 2},
}


@pytest.fixture(autouse=True)
def _pinned_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODELREG_TODAY", TODAY)


@pytest.fixture
def records() -> dict[str, dict[str, Any]]:
    registry = builtin_registry()
    by_id = {r["id"]: r for r in registry.records()}
    # Look models up the way people do: by any id or alias they resolve.
    return {name: by_id[registry.resolve_id(name)] for name in registry.names()}


def test_every_first_catalog_id_still_resolves() -> None:
    registry = builtin_registry()
    unresolved = [m for m in FIRST_IDS if registry.resolve_id(m) is None]
    assert unresolved == []
    for provider, ids in IDS.items():
        for model in ids:
            assert registry.get_record(model)["provider"] == provider, model


def test_ids_and_aliases_are_unique_across_catalogs_ignoring_case() -> None:
    names = [n.lower() for _, spec in SPECS for n in [spec["id"], *spec.get("aliases", [])]]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("provider", "spec"), SPECS, ids=[s["id"] for _, s in SPECS])
def test_spec_is_valid_complete_and_sourced(provider: str, spec: dict[str, Any]) -> None:
    definition = ModelDefinition.model_validate(spec)
    # The trusted fast path builds the very record validation gives.
    assert vocabulary.complete(spec) == definition.record()
    assert definition.provider == provider
    assert definition.description and spec.get("name")
    assert (definition.reference_url or "").startswith("https://")
    # Limits are stated, never left to the auto-created defaults.
    assert "context_window" in spec and "max_completion_tokens" in spec
    if definition.pricing is not None:
        assert definition.pricing.as_of, "a price carries the date of its price list"


@pytest.mark.parametrize(("provider", "spec"), SPECS, ids=[s["id"] for _, s in SPECS])
def test_figures_are_sane(provider: str, spec: dict[str, Any]) -> None:
    record = vocabulary.complete(spec)
    if record["active_parameters"]:
        assert record["active_parameters"] < record["parameters"]
    if record["experts_per_token"]:
        assert record["experts_per_token"] < record["num_experts"]
    if record["context_window"] and record["max_completion_tokens"]:
        assert record["max_completion_tokens"] <= record["context_window"]
    pricing = record["pricing"] or {}
    for key in vocabulary.PRICE_FIELDS:
        assert pricing.get(key) is None or 0 <= pricing[key] < 1000, key
    for key in ("long_context", "off_peak"):  # a tier or off-peak hours: prices of the same kind
        for name, price in (pricing.get(key) or {}).items():
            if name.endswith("_per_1m") and price is not None:
                assert 0 <= price < 1000, (key, name)
    sizes = [(i["size"], i["quality"], i["steps"]) for i in pricing.get("image_prices") or ()]
    assert len(sizes) == len(set(sizes))  # one price per size, quality and steps
    assert all(0 < i["price_per_image"] < 1 for i in pricing.get("image_prices") or ())
    tier = pricing.get("long_context")
    if tier:  # past the threshold the prompt costs more, and the threshold fits the window
        assert tier["prompt_price_per_1m"] > pricing["prompt_price_per_1m"]
        assert tier["threshold_tokens"] < (record["context_window"] or 0)
    if record["release_date"]:
        assert record["created"] == vocabulary.release_timestamp(record["release_date"])
        assert "2018-01-01" < record["release_date"] <= TODAY
    if record["parameters"]:
        assert 10**8 <= record["parameters"] <= 3 * 10**12


@pytest.mark.parametrize(("provider", "spec"), SPECS, ids=[s["id"] for _, s in SPECS])
def test_lifecycle_is_consistent(provider: str, spec: dict[str, Any]) -> None:
    record = vocabulary.complete(spec)
    if record["status"] == "retired":
        assert record["retirement_date"] is None or record["retirement_date"] <= TODAY
    if record["retirement_date"] and record["retirement_date"] <= TODAY:
        assert record["status"] == "retired"
    if record["status"] == "deprecated":
        assert record["deprecation_date"] and record["deprecation_date"] <= TODAY
    if record["successor"] is not None:
        registry = builtin_registry()
        successor = registry.get_record(record["successor"])
        assert successor["status"] != "retired", (record["id"], successor["id"])
        assert successor["id"] != record["id"]


@pytest.mark.parametrize(("provider", "spec"), SPECS, ids=[s["id"] for _, s in SPECS])
def test_capability_flags_agree_with_modalities_and_kind(
    provider: str, spec: dict[str, Any]
) -> None:
    record = vocabulary.complete(spec)
    inputs, outputs = record["input_modalities"], record["output_modalities"]
    assert record["supports_vision"] == ("image" in inputs)
    assert record["supports_audio_input"] == ("audio" in inputs)
    assert record["supports_audio_output"] == ("audio" in outputs)
    if record["kind"] == "speech_to_text":
        assert record["supports_audio_input"]
    if record["kind"] == "text_to_speech":
        assert record["supports_audio_output"]
    if record["kind"] in ("embedding", "rerank", "moderation"):
        assert not record["supports_streaming"] and outputs == []


def test_capability_flags(records: dict[str, dict[str, Any]]) -> None:
    assert [m for m in VISION if not records[m]["supports_vision"]] == []
    assert [m for m in NOT_VISION if records[m]["supports_vision"]] == []
    assert [m for m in REASONING if not records[m]["supports_reasoning"]] == []
    assert [m for m in NOT_REASONING if records[m]["supports_reasoning"]] == []
    assert [m for m in EMBEDDING if records[m]["kind"] != "embedding"] == []
    assert records["whisper-1"]["kind"] == "speech_to_text"
    assert records["whisper-1"]["input_modalities"] == ["audio"]
    assert records["tts-1"]["output_modalities"] == ["audio"]
    assert records["dall-e-3"]["output_modalities"] == ["image"]


def test_mixture_of_experts_models(records: dict[str, dict[str, Any]]) -> None:
    moe = sorted(m for m, r in records.items() if r["architecture"] == "moe")
    assert sorted(MOE) == [m for m in moe if m in MOE]
    for model in MOE:
        r = records[model]
        assert r["num_experts"] and r["experts_per_token"] and r["active_parameters"], model
    # The architecture sheet called gpt-oss-20b dense; its model card says otherwise.
    assert records["openai/gpt-oss-20b"]["num_experts"] == 32
    assert records["openai/gpt-oss-20b"]["experts_per_token"] == 4
    assert records["deepseek-ai/DeepSeek-V3"]["parameters"] == 671_000_000_000


def test_embedding_models(records: dict[str, dict[str, Any]]) -> None:
    assert records["text-embedding-3-large"]["embedding_dimensions"] == 3072
    assert records["text-embedding-3-small"]["embedding_dimensions"] == 1536
    assert records["text-embedding-ada-002"]["embedding_dimensions"] == 1536
    # Not the 1024 of the architecture sheet: NV-Embed's card gives 4096.
    assert records["nvidia/nv-embed-v1"]["embedding_dimensions"] == 4096
    for model in EMBEDDING:
        features = records[model]["supported_features"]
        assert "temperature" not in features and "encoding_format" in features
        assert not records[model]["supports_streaming"]
    assert "dimensions" in records["text-embedding-3-small"]["supported_features"]
    assert "dimensions" not in records["text-embedding-ada-002"]["supported_features"]


def test_reasoning_models_take_no_sampling_parameters(records: dict[str, dict[str, Any]]) -> None:
    for model in ("o1", "o1-mini", "o1-preview"):
        features = records[model]["supported_features"]
        assert "temperature" not in features and "top_p" not in features, model
    assert "temperature" in records["gpt-4o"]["supported_features"]


def test_known_prices(records: dict[str, dict[str, Any]]) -> None:
    gpt_4o = records["gpt-4o"]["pricing"]
    assert (gpt_4o["prompt_price_per_1m"], gpt_4o["completion_price_per_1m"]) == (2.5, 10.0)
    opus = records["claude-3-opus-20240229"]["pricing"]
    assert (opus["prompt_price_per_1m"], opus["completion_price_per_1m"]) == (15.0, 75.0)
    assert records["whisper-1"]["pricing"]["audio_price_per_minute"] == 0.006
    assert records["tts-1"]["pricing"]["character_price_per_1m"] == 15.0
    # Open weights that the provider does not sell: no price rather than a guess.
    assert records["meta-llama/Llama-3.1-8B-Instruct"]["pricing"] is None


def test_aliases_people_type() -> None:
    registry = builtin_registry()
    for alias, model in ALIASES.items():
        assert registry.resolve_id(alias) == model


def test_architecture_ids_resolve_to_the_real_ids() -> None:
    registry = builtin_registry()
    real = {
        "claude-3-5-sonnet-20250514": "claude-3-5-sonnet-20241022",
        "claude-3-5-haiku-20250514": "claude-3-5-haiku-20241022",
    }
    for alias, model in real.items():
        assert registry.resolve_id(alias) == model
    for model in ("mistral-large-2501", "nvidia/nv-rerank-qa-v1"):
        assert registry.resolve_id(model) != model, "the real id is the model's id"


def test_ids_no_provider_served_are_marked(records: dict[str, dict[str, Any]]) -> None:
    assert records["gpt-oss-120b-realtime-preview"]["fictional"] is True
    assert [m for m, r in records.items() if r["fictional"]] == ["gpt-oss-120b-realtime-preview"]


def test_nim_variants_name_the_model_they_serve(records: dict[str, dict[str, Any]]) -> None:
    nim = records["meta/llama-3.1-405b-instruct"]
    meta = records["meta-llama/Llama-3.1-405B-Instruct"]
    assert nim["provider"] == "nvidia" and nim["owned_by"] == "meta"
    assert "Llama 3.1 405B" in nim["description"]
    for field in ("parameters", "context_window", "num_layers"):
        assert nim[field] == meta[field], field


def test_load_all_catalogs_is_deterministic_and_validated() -> None:
    first, second = load_all_catalogs(), load_all_catalogs()
    assert [m.id for m in first] == [m["id"] for _, m in SPECS]
    assert first == second
    assert all(isinstance(m, ModelDefinition) for m in first)


def test_models_per_provider_and_status() -> None:
    counts: dict[str, dict[str, int]] = {}
    for record in builtin_registry().records():
        by_status = counts.setdefault(record["provider"], {})
        by_status[record["status"]] = by_status.get(record["status"], 0) + 1
    assert counts == COUNTS


def test_status_follows_the_dates_and_today(monkeypatch: pytest.MonkeyPatch) -> None:
    gpt_4o = builtin_registry().get_record("gpt-4o")
    assert gpt_4o["status"] == "deprecated" and gpt_4o["retirement_date"] == "2027-01-14"
    monkeypatch.setenv("MODELREG_TODAY", "2027-01-14")
    assert builtin_registry().get_record("gpt-4o")["status"] == "retired"
    monkeypatch.setenv("MODELREG_TODAY", "2024-01-01")
    assert builtin_registry().get_record("gpt-4o")["status"] == "active"
