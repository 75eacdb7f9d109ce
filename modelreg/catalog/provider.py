"""ProviderCatalog and ModelSpec: the shape of a provider's built-in models.

Catalog modules are plain typed data (no pydantic), so the command line can
answer from the built-in catalog without paying for validation on every run;
tests validate every spec against ModelDefinition.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

from modelreg.record import Kind, Modality, Status


class PricingSpec(TypedDict, total=False):
    """Prices in USD, as on the provider's own price list."""

    prompt_price_per_1m: float
    completion_price_per_1m: float
    cached_price_per_1m: float
    image_price_per_unit: float
    audio_price_per_minute: float
    character_price_per_1m: float
    cache_write_price_per_1m: float
    audio_input_price_per_1m: float
    audio_output_price_per_1m: float
    video_price_per_second: float
    as_of: str


class ModelSpec(TypedDict, total=False):
    """One model as written in a catalog module: ModelDefinition's fields, sparse.

    Fields left out take ModelDefinition's defaults (see modelreg.record).
    """

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
    supports_fine_tuning: bool
    fine_tuning_config: dict[str, object] | None
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


@dataclass(frozen=True)
class ProviderCatalog:
    """A provider's built-in catalog: who it is and its models."""

    provider: str
    name: str
    homepage: str
    models: tuple[ModelSpec, ...]
