"""ProviderCatalog and ModelSpec: the shape of a provider's built-in models.

Catalog modules are plain typed data (no pydantic), so the command line can
answer from the built-in catalog without paying for validation on every run;
tests validate every spec against ModelDefinition. ModelSpec is generated from the
one declaration of the record (modelreg.schema.fields).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from modelreg.schema.specs import ImagePriceSpec, ModelSpec, PricingSpec

__all__ = ["ImagePriceSpec", "ModelSpec", "PricingSpec", "ProviderCatalog"]
_SPECS = frozenset({"ImagePriceSpec", "ModelSpec", "PricingSpec"})


def __getattr__(name: str) -> Any:
    """The spec types, imported when asked: the catalogs need them for type checking only,
    and typing's TypedDicts cost every command that reads the built-in catalogs ~4 ms."""
    if name in _SPECS:
        from modelreg.schema import specs

        return getattr(specs, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class ProviderCatalog:
    """A provider's built-in catalog: who it is and its models."""

    provider: str
    name: str
    homepage: str
    models: tuple[ModelSpec, ...]
