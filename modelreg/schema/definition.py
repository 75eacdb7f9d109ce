"""ModelDefinition and ModelPricing: the public, validated types of a model.

Generated from modelreg.schema.fields by ``make schema``: do not edit.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, NonNegativeFloat, NonNegativeInt, PositiveInt

from modelreg.schema.base import Validated
from modelreg.schema.fields import MAX_CREATED, AppliesTo, Kind, Modality, Status

__all__ = ["AppliesTo", "Kind", "MAX_CREATED", "Modality", "ModelDefinition", "ModelImagePrice", "ModelLongContext", "ModelOffPeak", "ModelPricing", "Status"]


class ModelLongContext(Validated):
    """Prices past a prompt-length threshold."""

    threshold_tokens: PositiveInt = Field(
        description="Prompt tokens past which these prices apply."
    )
    applies_to: AppliesTo = Field(
        "request", description="'request': the whole request is billed at these prices; 'excess': only the prompt tokens past the threshold."
    )
    prompt_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M prompt tokens past the threshold."
    )
    completion_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M completion tokens past the threshold."
    )
    cached_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M cached prompt tokens past the threshold."
    )
    cache_write_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M prompt tokens written to the cache past the threshold."
    )


class ModelOffPeak(Validated):
    """Prices in a provider's off-peak hours."""

    hours_utc: list[str] = Field(
        default_factory=list, description="The off-peak hours in UTC, e.g. ['16:30-00:30']."
    )
    prompt_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M prompt tokens off-peak."
    )
    completion_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M completion tokens off-peak."
    )
    cached_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M cached prompt tokens off-peak."
    )


class ModelImagePrice(Validated):
    """A price of one generated image at a size and quality."""

    size: str = Field(description="The image size, WIDTHxHEIGHT in pixels ('max': the largest).")
    quality: str | None = Field(
        None, description="The quality it is for: 'standard', 'hd', 'low', 'high', ..."
    )
    steps: str | None = Field(
        None, description="The diffusion steps it is for ('50', 'max'), where prices vary by them."
    )
    price_per_image: NonNegativeFloat = Field(description="USD per image.")


class ModelPricing(Validated):
    """Prices in USD; each is optional and never negative."""

    prompt_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M prompt tokens."
    )
    completion_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M completion tokens."
    )
    cached_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M cached prompt tokens."
    )
    image_price_per_unit: NonNegativeFloat | None = Field(
        None, description="USD per generated image."
    )
    audio_price_per_minute: NonNegativeFloat | None = Field(
        None, description="USD per minute of audio."
    )
    character_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M input characters (text-to-speech)."
    )
    cache_write_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M prompt tokens written to the prompt cache."
    )
    audio_input_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M audio input tokens."
    )
    audio_output_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M audio output tokens."
    )
    video_price_per_second: NonNegativeFloat | None = Field(
        None, description="USD per second of generated video."
    )
    cache_write_1h_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M prompt tokens written to the 1-hour cache (cache_write_price_per_1m is the default, shorter one)."
    )
    batch_prompt_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M prompt tokens through the batch API."
    )
    batch_completion_price_per_1m: NonNegativeFloat | None = Field(
        None, description="USD per 1M completion tokens through the batch API."
    )
    long_context: ModelLongContext | None = Field(
        None, description="Prices past a prompt-length threshold, where the provider bills long requests higher."
    )
    off_peak: ModelOffPeak | None = Field(
        None, description="Prices in the provider's off-peak hours."
    )
    image_prices: list[ModelImagePrice] | None = Field(
        None, description="USD per image by size and quality (and steps), where the price depends on them."
    )
    as_of: str | None = Field(
        None, description="The date (YYYY-MM-DD) of the price list these prices were read from."
    )


class ModelDefinition(Validated):
    """Everything modelreg knows about one model.

    Unknown keys are rejected and types are strict, so a typo in a user's
    models.json is an error rather than a silently ignored field. Fields
    left out take the defaults of an auto-created model; derived fields
    (name, owner, created, streaming, modalities, supported features) are
    filled from the others.
    """

    id: str = Field(description="The id requests use, e.g. 'gpt-4o'.", min_length=1)
    name: str = Field("", description="Human-readable name (defaults to the id).")
    provider: str = Field(
        "custom", description="Provider catalog: openai, meta, ...", min_length=1
    )
    description: str = Field("", description="What the model is.")
    created: NonNegativeInt = Field(
        0, description="Unix timestamp (defaults to release_date; at most the end of year 9999).", le=MAX_CREATED
    )
    owned_by: str = Field("", description="Owner organization (defaults to the provider).")
    kind: Kind = Field("chat", description="What the model does.")
    architecture: str | None = Field(
        None, description="'transformer', 'moe', ... where published."
    )
    parameters: PositiveInt | None = Field(None, description="Total parameter count.")
    active_parameters: PositiveInt | None = Field(
        None, description="Parameters active per token (mixture-of-experts)."
    )
    num_experts: PositiveInt | None = Field(None, description="Number of experts (MoE).")
    experts_per_token: PositiveInt | None = Field(
        None, description="Experts active per token (MoE)."
    )
    num_layers: PositiveInt | None = Field(None, description="Layer count.")
    hidden_size: PositiveInt | None = Field(None, description="Hidden dimension size.")
    num_heads: PositiveInt | None = Field(None, description="Attention heads.")
    context_window: PositiveInt | None = Field(
        8192, description="Maximum context in tokens (null for models that take no tokens)."
    )
    max_completion_tokens: PositiveInt | None = Field(4096, description="Maximum output tokens.")
    supports_streaming: bool = Field(
        True, description="Streams its output (default: chat, realtime)."
    )
    supports_function_calling: bool = Field(False, description="Takes tools / function calls.")
    supports_vision: bool = Field(False, description="Takes image input.")
    supports_audio_input: bool = Field(False, description="Takes audio input.")
    supports_audio_output: bool = Field(False, description="Produces audio output.")
    supports_reasoning: bool = Field(False, description="Reasons before answering (o1/R1 style).")
    supports_structured_output: bool = Field(False, description="JSON / JSON-schema output.")
    supports_predicted_outputs: bool = Field(False, description="Predicted outputs (speculative).")
    supports_batch: bool = Field(False, description="Accepted by the provider's batch API.")
    pricing: ModelPricing | None = Field(None, description="Prices in USD, or null when unknown.")
    offers: list[dict[str, Any]] | None = Field(
        None, description="Where others sell it: {seller, id, pricing, context_window, max_completion_tokens, input_modalities, output_modalities, deprecation_date, retirement_date, status, plan, source} each (null: the model's), cheapest first; null when none is known."
    )
    supports_fine_tuning: bool = Field(False, description="The provider offers fine-tuning.")
    fine_tuning_config: dict[str, Any] | None = Field(
        None, description="Fine-tuning configuration."
    )
    fine_tuned_from: str | None = Field(None, description="The base model of a fine-tuned id.")
    input_modalities: list[Modality] = Field(
        default_factory=list, description="Input modalities (derived from the flags when left out)."
    )
    output_modalities: list[Modality] = Field(
        default_factory=list, description="Output modalities (derived when left out)."
    )
    supported_features: list[str] = Field(
        default_factory=list, description="Request parameters accepted (derived from the kind)."
    )
    embedding_dimensions: PositiveInt | None = Field(None, description="Embedding vector size.")
    license: str | None = Field(None, description="Licence identifier, e.g. 'apache-2.0'.")
    paper_url: str | None = Field(None, description="Research paper or technical report.")
    release_date: str | None = Field(None, description="Release date, YYYY-MM-DD.")
    knowledge_cutoff: str | None = Field(
        None, description="Training data cut-off as published: YYYY-MM or YYYY-MM-DD."
    )
    status: Status = Field(
        "active", description="active, preview, deprecated or retired; a passed deprecation or retirement date sets it."
    )
    deprecation_date: str | None = Field(
        None, description="When the provider announced the model's deprecation, YYYY-MM-DD."
    )
    retirement_date: str | None = Field(
        None, description="When the provider's API stops (or stopped) serving it, YYYY-MM-DD."
    )
    successor: str | None = Field(None, description="The id the provider recommends instead.")
    fictional: bool = Field(
        False, description="The id names no model any provider has served (a placeholder)."
    )
    reference_url: str | None = Field(None, description="The public page the figures come from.")
    tags: list[str] = Field(default_factory=list, description="Categorization tags.")
    aliases: list[str] = Field(default_factory=list, description="Alternative ids.")
