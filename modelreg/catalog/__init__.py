"""The built-in provider catalogs: data only (modelreg.registry.builtin() loads them)."""

from __future__ import annotations

from modelreg.catalog import anthropic, deepseek, meta, mistral, nvidia, openai
from modelreg.catalog.provider import ModelSpec, ProviderCatalog

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
