"""ModelCapabilities: the capabilities response of one model."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from modelreg import fields
from modelreg.definition import Modality, ModelDefinition, ModelPricing


class CapabilityFlags(BaseModel):
    """The ten capability flags."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    streaming: bool
    function_calling: bool
    vision: bool
    audio_input: bool
    audio_output: bool
    reasoning: bool
    structured_output: bool
    predicted_outputs: bool
    fine_tuning: bool
    batch_processing: bool


class ModelCapabilities(BaseModel):
    """What a model can do, in the shape of ``GET /v1/models/{id}/capabilities``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str
    context_window: int | None
    max_completion_tokens: int | None
    pricing: ModelPricing | None
    capabilities: CapabilityFlags
    modalities: list[Modality]
    supported_features: list[str]

    @classmethod
    def from_definition(cls, definition: ModelDefinition) -> ModelCapabilities:
        """Derive the capabilities of a definition."""
        return cls.model_validate(fields.capability_view(definition.record()))
