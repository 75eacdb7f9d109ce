"""ModelDefinition and ModelPricing: one model's metadata, validated."""

from __future__ import annotations

from functools import cache
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeFloat,
    NonNegativeInt,
    PositiveInt,
    TypeAdapter,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from modelreg import record as vocabulary
from modelreg import rules
from modelreg.errors import FIELD_ERROR

Kind = vocabulary.Kind
Modality = vocabulary.Modality
Status = vocabulary.Status
_DEFAULTS = vocabulary.DEFAULTS
MAX_DEPTH = rules.MAX_DEPTH
MAX_CREATED = rules.MAX_CREATED
_STRICT = ConfigDict(extra="forbid", frozen=True, strict=True)


class ModelPricing(BaseModel):
    """Prices in USD; each is optional and never negative."""

    model_config = ConfigDict(**_STRICT, allow_inf_nan=False)

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
    as_of: str | None = Field(
        None, description="The date (YYYY-MM-DD) of the price list these prices were read from."
    )

    @field_validator("as_of")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        return rules.check_date(value)


class ModelDefinition(BaseModel):
    """Everything modelreg knows about one model.

    Unknown keys are rejected and types are strict, so a typo in a user's
    models.json is an error rather than a silently ignored field. Fields
    left out take the defaults of an auto-created model; derived fields
    (name, owner, created, streaming, modalities, supported features) are
    filled from the others.
    """

    model_config = _STRICT

    # Basic info
    id: str = Field(min_length=1, description="The id requests use, e.g. 'gpt-4o'.")
    name: str = Field(
        vocabulary.DEFAULTS["name"], description="Human-readable name (defaults to the id)."
    )
    provider: str = Field(
        vocabulary.DEFAULTS["provider"],
        min_length=1,
        description="Provider catalog: openai, meta, ...",
    )
    description: str = Field(vocabulary.DEFAULTS["description"], description="What the model is.")
    created: NonNegativeInt = Field(
        vocabulary.DEFAULTS["created"],
        le=MAX_CREATED,
        description="Unix timestamp (defaults to release_date; at most the end of year 9999).",
    )
    owned_by: str = Field(
        vocabulary.DEFAULTS["owned_by"],
        description="Owner organization (defaults to the provider).",
    )
    kind: Kind = Field(vocabulary.DEFAULTS["kind"], description="What the model does.")

    # Architecture
    architecture: str | None = Field(None, description="'transformer', 'moe', ... where published.")
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

    # Context and capabilities
    context_window: PositiveInt | None = Field(
        vocabulary.DEFAULTS["context_window"],
        description="Maximum context in tokens (null for models that take no tokens).",
    )
    max_completion_tokens: PositiveInt | None = Field(
        vocabulary.DEFAULTS["max_completion_tokens"], description="Maximum output tokens."
    )
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

    # Pricing
    pricing: ModelPricing | None = Field(None, description="Prices in USD, or null when unknown.")

    # Fine-tuning
    supports_fine_tuning: bool = Field(False, description="The provider offers fine-tuning.")
    fine_tuning_config: dict[str, Any] | None = Field(
        None, description="Fine-tuning configuration."
    )
    fine_tuned_from: str | None = Field(None, description="The base model of a fine-tuned id.")

    # Modalities and request parameters
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

    # Metadata
    license: str | None = Field(None, description="Licence identifier, e.g. 'apache-2.0'.")
    paper_url: str | None = Field(None, description="Research paper or technical report.")
    release_date: str | None = Field(None, description="Release date, YYYY-MM-DD.")
    knowledge_cutoff: str | None = Field(
        None, description="Training data cut-off as published: YYYY-MM or YYYY-MM-DD."
    )

    # Lifecycle
    status: Status = Field(
        "active",
        description="active, preview, deprecated or retired; a passed deprecation or "
        "retirement date sets it.",
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

    @model_validator(mode="before")
    @classmethod
    def _derive(cls, data: Any) -> Any:
        return vocabulary.derive(data) if isinstance(data, dict) else data

    @field_validator("fine_tuning_config")
    @classmethod
    def _bounded(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        if value is not None:
            rules.check_free_form(value)
        return value

    @field_validator("release_date", "deprecation_date", "retirement_date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        return rules.check_date(value)

    @field_validator("knowledge_cutoff")
    @classmethod
    def _month_or_date(cls, value: str | None) -> str | None:
        return rules.month_or_date(value)

    @field_validator("aliases", "tags")
    @classmethod
    def _distinct_names(cls, values: list[str]) -> list[str]:
        return rules.distinct_names(values)

    @model_validator(mode="after")
    def _consistent(self) -> ModelDefinition:
        broken = rules.inconsistency(self.__dict__)
        if broken is not None:
            raise _field_error(*broken)
        return self

    def record(self) -> dict[str, Any]:
        """This definition as a plain dict of every field (the registry's record)."""
        data = dict(self.__dict__)
        if self.pricing is not None:
            data["pricing"] = dict(self.pricing.__dict__)
        return data


def _field_error(field: str, problem: str) -> PydanticCustomError:
    """A whole-model check's error about one field: reads "field: problem"; ctx names both."""
    return PydanticCustomError(
        FIELD_ERROR, "{field}: {problem}", {"field": field, "problem": problem}
    )


@cache
def _many() -> TypeAdapter[list[ModelDefinition]]:
    return TypeAdapter(list[ModelDefinition])


def validate_many(entries: list[Any]) -> list[ModelDefinition]:
    """Validate many definitions in one pass (a ValidationError locates each by index)."""
    return _many().validate_python(entries)
