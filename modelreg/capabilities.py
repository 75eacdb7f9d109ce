"""ModelCapabilities: the capabilities response of one model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, create_model

from modelreg import schema as vocabulary
from modelreg.schema.definition import Modality, ModelDefinition, ModelPricing
from modelreg.service.record import as_record

_FROZEN = ConfigDict(extra="forbid", frozen=True)

# The ten capability flags, named and ordered as the record's capability table says.
_FLAGS: dict[str, Any] = {c.name: (bool, ...) for c in vocabulary.CAPABILITY_FLAGS}
CapabilityFlags = create_model("CapabilityFlags", __config__=_FROZEN, **_FLAGS)
CapabilityFlags.__doc__ = "The ten capability flags."


class ModelCapabilities(BaseModel):
    """What a model can do, in the shape of ``GET /v1/models/{id}/capabilities``."""

    model_config = _FROZEN

    model: str
    context_window: int | None
    max_completion_tokens: int | None
    pricing: ModelPricing | None
    capabilities: CapabilityFlags  # type: ignore[valid-type]
    modalities: list[Modality]
    supported_features: list[str]

    @classmethod
    def from_definition(cls, definition: ModelDefinition | Mapping[str, Any]) -> ModelCapabilities:
        """Derive the capabilities of a definition (a ModelDefinition, a record or a
        definition dict; anything else is a TypeError)."""
        return cls.model_validate(vocabulary.capability_view(as_record(definition)))
