"""The typed dicts of a record (every field) and of a catalog's spec (sparse).

Generated from modelreg.schema.fields by ``make schema``: do not edit.
"""

from __future__ import annotations

from typing import Any, TypedDict

from modelreg.schema.fields import AppliesTo, Kind, Modality, Status


class LongContext(TypedDict):
    """Prices past a prompt-length threshold."""

    threshold_tokens: int
    applies_to: AppliesTo
    prompt_price_per_1m: float | None
    completion_price_per_1m: float | None
    cached_price_per_1m: float | None
    cache_write_price_per_1m: float | None


class OffPeak(TypedDict):
    """Prices in a provider's off-peak hours."""

    hours_utc: list[str]
    prompt_price_per_1m: float | None
    completion_price_per_1m: float | None
    cached_price_per_1m: float | None


class ImagePrice(TypedDict):
    """A price of one generated image at a size and quality."""

    size: str
    quality: str | None
    steps: str | None
    price_per_image: float


class Pricing(TypedDict):
    """A record's prices in USD (None where unknown) and the date of their price list."""

    prompt_price_per_1m: float | None
    completion_price_per_1m: float | None
    cached_price_per_1m: float | None
    image_price_per_unit: float | None
    audio_price_per_minute: float | None
    character_price_per_1m: float | None
    cache_write_price_per_1m: float | None
    audio_input_price_per_1m: float | None
    audio_output_price_per_1m: float | None
    video_price_per_second: float | None
    cache_write_1h_price_per_1m: float | None
    batch_prompt_price_per_1m: float | None
    batch_completion_price_per_1m: float | None
    long_context: LongContext | None
    off_peak: OffPeak | None
    image_prices: list[ImagePrice] | None
    as_of: str | None


class RecordFields(TypedDict):
    """Every field of a record."""

    id: str
    name: str
    provider: str
    description: str
    created: int
    owned_by: str
    kind: Kind
    architecture: str | None
    parameters: int | None
    active_parameters: int | None
    num_experts: int | None
    experts_per_token: int | None
    num_layers: int | None
    hidden_size: int | None
    num_heads: int | None
    context_window: int | None
    max_completion_tokens: int | None
    supports_streaming: bool
    supports_function_calling: bool
    supports_vision: bool
    supports_audio_input: bool
    supports_audio_output: bool
    supports_reasoning: bool
    supports_structured_output: bool
    supports_predicted_outputs: bool
    supports_batch: bool
    pricing: Pricing | None
    offers: list[dict[str, Any]] | None
    supports_fine_tuning: bool
    fine_tuning_config: dict[str, Any] | None
    fine_tuned_from: str | None
    input_modalities: list[Modality]
    output_modalities: list[Modality]
    supported_features: list[str]
    embedding_dimensions: int | None
    license: str | None
    paper_url: str | None
    release_date: str | None
    knowledge_cutoff: str | None
    status: Status
    deprecation_date: str | None
    retirement_date: str | None
    successor: str | None
    fictional: bool
    reference_url: str | None
    tags: list[str]
    aliases: list[str]


class LongContextSpec(TypedDict, total=False):
    """Prices past a prompt-length threshold."""

    threshold_tokens: int
    applies_to: AppliesTo
    prompt_price_per_1m: float | None
    completion_price_per_1m: float | None
    cached_price_per_1m: float | None
    cache_write_price_per_1m: float | None


class OffPeakSpec(TypedDict, total=False):
    """Prices in a provider's off-peak hours."""

    hours_utc: list[str]
    prompt_price_per_1m: float | None
    completion_price_per_1m: float | None
    cached_price_per_1m: float | None


class ImagePriceSpec(TypedDict, total=False):
    """A price of one generated image at a size and quality."""

    size: str
    quality: str | None
    steps: str | None
    price_per_image: float


class PricingSpec(TypedDict, total=False):
    """A record's prices in USD (None where unknown) and the date of their price list."""

    prompt_price_per_1m: float | None
    completion_price_per_1m: float | None
    cached_price_per_1m: float | None
    image_price_per_unit: float | None
    audio_price_per_minute: float | None
    character_price_per_1m: float | None
    cache_write_price_per_1m: float | None
    audio_input_price_per_1m: float | None
    audio_output_price_per_1m: float | None
    video_price_per_second: float | None
    cache_write_1h_price_per_1m: float | None
    batch_prompt_price_per_1m: float | None
    batch_completion_price_per_1m: float | None
    long_context: LongContextSpec | None
    off_peak: OffPeakSpec | None
    image_prices: list[ImagePriceSpec] | None
    as_of: str | None


class ModelSpec(TypedDict, total=False):
    """One model as a catalog module writes it: fields left out take their defaults."""

    id: str
    name: str
    provider: str
    description: str
    created: int
    owned_by: str
    kind: Kind
    architecture: str | None
    parameters: int | None
    active_parameters: int | None
    num_experts: int | None
    experts_per_token: int | None
    num_layers: int | None
    hidden_size: int | None
    num_heads: int | None
    context_window: int | None
    max_completion_tokens: int | None
    supports_streaming: bool
    supports_function_calling: bool
    supports_vision: bool
    supports_audio_input: bool
    supports_audio_output: bool
    supports_reasoning: bool
    supports_structured_output: bool
    supports_predicted_outputs: bool
    supports_batch: bool
    pricing: PricingSpec | None
    offers: list[dict[str, Any]] | None
    supports_fine_tuning: bool
    fine_tuning_config: dict[str, Any] | None
    fine_tuned_from: str | None
    input_modalities: list[Modality]
    output_modalities: list[Modality]
    supported_features: list[str]
    embedding_dimensions: int | None
    license: str | None
    paper_url: str | None
    release_date: str | None
    knowledge_cutoff: str | None
    status: Status
    deprecation_date: str | None
    retirement_date: str | None
    successor: str | None
    fictional: bool
    reference_url: str | None
    tags: list[str]
    aliases: list[str]
