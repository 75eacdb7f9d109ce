"""The built-in provider catalogs: data only (modelreg.registry.builtin() loads them)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from modelreg.catalog import anthropic, deepseek, meta, mistral, nvidia, openai
from modelreg.catalog.provider import ProviderCatalog

if TYPE_CHECKING:
    from modelreg.catalog.provider import ModelSpec

CUSTOM = ProviderCatalog(
    provider="custom",
    name="Custom",
    homepage="",
    models=(),
)

CATALOGS: tuple[ProviderCatalog, ...] = (
    openai.CATALOG,
    anthropic.CATALOG,
    meta.CATALOG,
    mistral.CATALOG,
    deepseek.CATALOG,
    nvidia.CATALOG,
    CUSTOM,
)

__all__ = ["CATALOGS", "ModelSpec", "ProviderCatalog"]


def __getattr__(name: str) -> Any:
    """ModelSpec, imported when asked (modelreg.catalog.provider)."""
    if name == "ModelSpec":
        from modelreg.catalog import provider

        return provider.ModelSpec
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
