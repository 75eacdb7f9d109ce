"""The built-in provider catalogs and load_all_catalogs()."""

from __future__ import annotations

from typing import TYPE_CHECKING

from modelreg.catalog import anthropic, deepseek, meta, mistral, nvidia, openai
from modelreg.catalog.provider import ModelSpec, ProviderCatalog

if TYPE_CHECKING:
    from modelreg.definition import ModelDefinition
    from modelreg.registry import ModelRegistry

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


def builtin_registry() -> ModelRegistry:
    """A registry holding every built-in catalog; ids and aliases are checked for collisions."""
    from modelreg.registry import ModelRegistry

    registry = ModelRegistry()
    for catalog in CATALOGS:
        registry.register_provider_catalog(catalog)
    return registry


def load_all_catalogs() -> list[ModelDefinition]:
    """Every built-in model as a validated definition, in catalog order."""
    return builtin_registry().list_models()


__all__ = ["CATALOGS", "ModelSpec", "ProviderCatalog", "builtin_registry", "load_all_catalogs"]
