"""Every Python snippet of the FakeAI 3.0 model registry architecture, run against the library,
and every API it names. The snippets are transcribed as they are written; where they use
FakeAI's own types, ``Model`` is the official client's (openai.types.Model, which keeps
vLLM's extra fields) and the rest is modelreg's public API."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import pytest
from openai.types import Model

import modelreg
from modelreg import (
    ModelCapabilities,
    ModelDefinition,
    ModelDiscovery,
    ModelPricing,
    ModelRegistry,
    load_all_catalogs,
    load_registry,
    parse_fine_tuned_model_id,
    request_cost,
    to_openai_model,
)
from modelreg.sources import ENV_VAR

# -- the named APIs ---------------------------------------------------------------------

REGISTRY_METHODS = (
    "register_model",
    "get_model",
    "list_models",
    "search_models",
    "get_model_capabilities",
    "supports_capability",
    "register_provider_catalog",
    "get_provider_models",
    "discover_models",
    "load_catalog_from_file",
    "load_catalog_from_url",
)
DISCOVERY_METHODS = (
    "discover_from_env",
    "discover_from_config",
    "discover_from_url",
    "auto_discover",
    "search_by_name",
    "search_by_provider",
    "search_by_capability",
    "search_by_tags",
    "fuzzy_search",
    "filter_by_context_window",
    "filter_by_pricing",
    "filter_by_architecture",
    "filter_by_modality",
)
DEFINITION_FIELDS = (
    *("id", "name", "provider", "description", "created", "owned_by"),
    *("architecture", "parameters", "active_parameters", "num_experts", "experts_per_token"),
    *("num_layers", "hidden_size", "num_heads", "context_window", "max_completion_tokens"),
    *("supports_streaming", "supports_function_calling", "supports_vision"),
    *("supports_audio_input", "supports_audio_output", "supports_reasoning"),
    *("supports_structured_output", "supports_predicted_outputs", "pricing"),
    *("supports_fine_tuning", "fine_tuning_config", "license", "paper_url", "release_date"),
    *("tags", "aliases"),
)
PRICING_FIELDS = (
    "prompt_price_per_1m",
    "completion_price_per_1m",
    "cached_price_per_1m",
    "image_price_per_unit",
    "audio_price_per_minute",
)
CAPABILITIES_EXAMPLE = {
    "model": "openai/gpt-oss-120b",
    "context_window": 131072,
    "max_completion_tokens": 16384,
    "pricing": {"prompt_price_per_1m": 2.50, "completion_price_per_1m": 10.00},
    "capabilities": {
        "streaming": True,
        "function_calling": True,
        "vision": True,
        "audio_input": False,
        "audio_output": False,
        "reasoning": False,
        "structured_output": True,
        "predicted_outputs": True,
        "fine_tuning": True,
        "batch_processing": True,
    },
    "modalities": ["text", "image"],
    "supported_features": [
        *("temperature", "top_p", "max_tokens", "stop", "frequency_penalty"),
        *("presence_penalty", "logprobs", "seed"),
    ],
}


def test_every_named_api_is_public() -> None:
    for name in (
        "ModelRegistry",
        "ModelDefinition",
        "ModelPricing",
        "ModelCapabilities",
        "ModelDiscovery",
        "ProviderCatalog",
        "load_all_catalogs",
        "parse_fine_tuned_model_id",
    ):
        assert name in modelreg.__all__ and getattr(modelreg, name)
    for method in REGISTRY_METHODS:
        assert callable(getattr(ModelRegistry, method)), method
    for method in DISCOVERY_METHODS:
        assert callable(getattr(ModelDiscovery, method)), method
    assert set(DEFINITION_FIELDS) <= set(ModelDefinition.model_fields)
    assert set(PRICING_FIELDS) <= set(ModelPricing.model_fields)


def test_the_capabilities_example_has_the_shape_of_the_capabilities_response() -> None:
    answer = ModelRegistry()
    for model_def in load_all_catalogs():
        answer.register_model(model_def)
    capabilities = answer.get_model_capabilities("openai/gpt-oss-120b")
    assert isinstance(capabilities, ModelCapabilities)
    dumped = capabilities.model_dump()
    assert list(dumped) == list(CAPABILITIES_EXAMPLE)
    assert list(dumped["capabilities"]) == list(CAPABILITIES_EXAMPLE["capabilities"])
    assert set(CAPABILITIES_EXAMPLE["pricing"]) <= set(dumped["pricing"] or PRICING_FIELDS)


# -- FakeAIService.__init__ -----------------------------------------------------------------


def test_the_service_initialisation() -> None:
    # Initialize model registry
    model_registry = ModelRegistry()

    # Load all provider catalogs
    catalog_models = load_all_catalogs()
    for model_def in catalog_models:
        model_registry.register_model(model_def)

    # Convert to OpenAI API format (FakeAI's Model(id=..., created=..., owned_by=...,
    # permission=[ModelPermission(...)], root=None, parent=None), as modelreg builds it)
    models: dict[str, Model] = {}
    for model_def in catalog_models:
        models[model_def.id] = Model.model_validate(to_openai_model(model_def))

    assert len(models) == len(model_registry) == len(catalog_models)
    for model_id, model in models.items():
        assert model.id == model_id and model.object == "model"
        assert model.created > 0  # never 0, also where the catalog has no release date
        extra = model.model_extra or {}
        assert [p["object"] for p in extra["permission"]] == ["model_permission"]
        assert "root" in extra and "parent" in extra


# -- create_chat_completion ------------------------------------------------------------------


@dataclass
class ChatCompletionRequest:
    model: str
    stream: bool = False


class CostTracker:
    """The service's cost tracker, on modelreg's request_cost."""

    def __init__(self, registry: ModelRegistry) -> None:
        self.registry = registry

    def calculate_cost(self, model: str, prompt_tokens: int, completion_tokens: int) -> Any:
        pricing = self.registry.get_model(model).pricing  # a ModelPricing, taken as it is
        return request_cost(pricing, prompt_tokens, completion_tokens)["total_cost"]


class FakeAIService:
    """The architecture's service methods, transcribed."""

    def __init__(self) -> None:
        self.model_registry = ModelRegistry()
        for model_def in load_all_catalogs():
            self.model_registry.register_model(model_def)
        self.models: dict[str, Model] = {}
        self.cost_tracker = CostTracker(self.model_registry)

    def _ensure_model_exists(self, model_id: str) -> None:
        """Auto-create model if it doesn't exist."""
        if model_id in self.models:
            return  # Model already exists

        # Try to get from registry first
        try:
            model_def = self.model_registry.get_model(model_id)
            # Convert to OpenAI format
            self.models[model_id] = Model.model_validate(to_openai_model(model_def))
            return
        except ValueError:
            pass  # Not in registry, create default

        # Create default model with basic capabilities
        creation_time = int(time.time()) - 10000
        base_permission = next(iter(self.models.values())).model_extra["permission"][0]  # type: ignore[index]

        self.models[model_id] = Model.model_validate(
            {
                "id": model_id,
                "created": creation_time,
                "object": "model",
                "owned_by": "custom",
                "permission": [base_permission],
                "root": None,
                "parent": None,
            }
        )

        # Register in registry with default definition
        model_def = ModelDefinition(
            id=model_id,
            name=model_id,
            provider="custom",
            description="Auto-created custom model",
            created=creation_time,
            owned_by="custom",
            context_window=8192,
            max_completion_tokens=4096,
            supports_streaming=True,
        )
        self.model_registry.register_model(model_def)

    def create_chat_completion(
        self, request: ChatCompletionRequest, prompt_tokens: int, completion_tokens: int
    ) -> Any:
        # Ensure model exists
        self._ensure_model_exists(request.model)

        # Get model capabilities
        model_def = self.model_registry.get_model(request.model)

        # Check capabilities
        if request.stream and not model_def.supports_streaming:
            raise ValueError("Model does not support streaming")

        # Get pricing for cost calculation
        pricing = model_def.pricing
        if pricing:
            return self.cost_tracker.calculate_cost(request.model, prompt_tokens, completion_tokens)
        return None


@pytest.fixture(scope="module")
def service() -> FakeAIService:
    return FakeAIService()


def test_a_chat_completion_is_costed_from_the_models_pricing(service: FakeAIService) -> None:
    cost = service.create_chat_completion(ChatCompletionRequest("gpt-4o"), 1_000_000, 1_000_000)
    pricing = service.model_registry.get_model("gpt-4o").pricing
    assert pricing is not None
    assert cost == pricing.prompt_price_per_1m + pricing.completion_price_per_1m  # type: ignore[operator]
    assert "gpt-4o" in service.models


def test_streaming_from_a_model_that_does_not_stream_is_refused(service: FakeAIService) -> None:
    with pytest.raises(ValueError, match="does not support streaming"):
        service.create_chat_completion(ChatCompletionRequest("text-embedding-3-small", True), 1, 0)


def test_an_unknown_model_is_auto_created_with_the_defaults(service: FakeAIService) -> None:
    service._ensure_model_exists("gpt-4o")  # a model to take the permission from
    before = int(time.time()) - 10000
    assert service.create_chat_completion(ChatCompletionRequest("my-own-model"), 10, 10) is None
    created = service.models["my-own-model"]
    assert created.owned_by == "custom" and before <= created.created <= time.time()
    model_def = service.model_registry.get_model("my-own-model")
    assert (model_def.context_window, model_def.max_completion_tokens) == (8192, 4096)
    assert model_def.description == "Auto-created custom model"
    assert to_openai_model(model_def)["created"] == created.created


# -- fine-tuned models -----------------------------------------------------------------------


def sheets_parse_fine_tuned_model_id(model_id: str) -> tuple[Any, Any, Any]:
    """Parse fine-tuned model ID."""
    if not model_id.startswith("ft:"):
        return None, None, None

    parts = model_id.split(":")
    if len(parts) < 5:
        return None, None, None

    base_model = parts[1]
    org = parts[2]
    ft_id = parts[4]

    return base_model, org, ft_id


@pytest.mark.parametrize(
    "model_id",
    ["ft:openai/gpt-oss-20b:my-org::abc123", "ft:gpt-3.5-turbo:acme::xyz789", "gpt-4o", "ft:x"],
)
def test_fine_tuned_ids_parse_as_the_architecture_parses_them(model_id: str) -> None:
    assert parse_fine_tuned_model_id(model_id) == sheets_parse_fine_tuned_model_id(model_id)


@pytest.mark.parametrize(
    "model_id", ["ft:openai/gpt-oss-20b:my-org::abc123", "ft:gpt-3.5-turbo:acme::xyz789"]
)
def test_a_fine_tuned_model_uses_its_base_models_capabilities(
    service: FakeAIService, model_id: str
) -> None:
    base_model, org, ft_id = parse_fine_tuned_model_id(model_id)

    if base_model:
        # Use base model capabilities
        model_def = service.model_registry.get_model(base_model)

    assert model_def.id == base_model
    fine_tuned = service.model_registry.get_model(model_id)
    assert fine_tuned.context_window == model_def.context_window
    assert (fine_tuned.owned_by, fine_tuned.fine_tuned_from) == (org, base_model)
    assert ft_id and model_id.endswith(ft_id)


# -- auto-discovery ---------------------------------------------------------------------------


def test_the_environment_variable_is_discovered_on_startup(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    example = """[
    {
      "id": "custom/my-model",
      "name": "My Custom Model",
      "provider": "custom",
      "context_window": 8192,
      "supports_streaming": true
    }
  ]"""
    monkeypatch.setenv(ENV_VAR, example)
    assert [m.id for m in ModelDiscovery().discover_from_env()] == ["custom/my-model"]
    registry = load_registry()  # startup: the built-ins and every user source
    model_def = registry.get_model("custom/my-model")
    assert (model_def.name, model_def.context_window) == ("My Custom Model", 8192)
    assert model_def.supports_streaming and model_def.owned_by == "custom"
    assert to_openai_model(model_def)["created"] > 0
    assert json.loads(example)[0]["id"] in registry
