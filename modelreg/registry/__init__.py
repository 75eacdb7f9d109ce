"""ModelRegistry, the one store of models, aliases and provider catalogs (store.py), with the
architecture's method names; ``builtin()``, the registry of the built-in catalogs.

Each model is a record (modelreg.schema): a plain dict of every field, validated on the way
in (built-in catalog data by the test suite instead). Definitions handed out are fresh
copies, so nobody can change a registered model behind the registry's back. The registry of
the sources in effect is modelreg.compile's.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from modelreg import intake, merge, sources
from modelreg import schema as vocabulary
from modelreg.catalog import CATALOGS
from modelreg.errors import InvalidModelIdError, ModelNotFoundError
from modelreg.registry.store import RecordStore, copy_record
from modelreg.schema import Record

if TYPE_CHECKING:
    from modelreg.capabilities import ModelCapabilities
    from modelreg.catalog.provider import ProviderCatalog
    from modelreg.schema.definition import ModelDefinition

# What ensure_model creates: a new model's defaults (provider "custom", so owned by
# "custom"; 8192 context, 4096 completion, streaming), described as auto-created.
AUTO_CREATED: dict[str, Any] = {**vocabulary.DEFAULTS, "description": "Auto-created custom model"}


class ModelRegistry(RecordStore):
    """The store (modelreg.registry.store) with the architecture's methods, which take and
    return ModelDefinitions."""

    def get_model(self, model_id: str) -> ModelDefinition:
        """The definition of an id, alias or fine-tuned id; unknown ids raise ModelNotFoundError."""
        return _definition(self.get_record(model_id))

    def list_models(
        self, provider: str | None = None, capabilities: Iterable[str] | None = None
    ) -> list[ModelDefinition]:
        """Definitions, optionally of one provider and with every named capability."""
        return [_definition(copy_record(r)) for r in self.records(provider, capabilities)]

    def search_models(self, query: str) -> list[ModelDefinition]:
        """Models matching a query, best first (see modelreg.search)."""
        from modelreg.query.search import search

        return [_definition(copy_record(hit.record)) for hit in search(self.records(), query)]

    # -- capabilities --------------------------------------------------------

    def get_model_capabilities(self, model_id: str) -> ModelCapabilities:
        """The capabilities response of a model."""
        from modelreg.capabilities import ModelCapabilities

        return ModelCapabilities.model_validate(
            vocabulary.capability_view(self.get_record(model_id))
        )

    def supports_capability(self, model_id: str, capability: str) -> bool:
        """Whether a model has a capability (vision, tools, json, moe: see modelreg.schema)."""
        return vocabulary.capability(capability).of(self.get_record(model_id))

    # -- registration --------------------------------------------------------

    def register_model(
        self,
        definition: ModelDefinition | Mapping[str, Any],
        *,
        replace: bool = False,
        source: str = "runtime",
    ) -> ModelDefinition:
        """Validate and register a definition (a ModelDefinition or a dict).

        An id or alias already taken by another model raises ModelConflictError
        naming both; re-registering an existing id needs ``replace=True``.
        """
        from modelreg.schema.definition import ModelDefinition

        if not isinstance(definition, ModelDefinition):
            definition = ModelDefinition.model_validate(dict(definition))
        self.add_record(copy_record(definition.record()), source, replace=replace)
        return definition

    def ensure_model(self, model_id: str) -> ModelDefinition:
        """The model, auto-created with the architecture's defaults if it is unknown.

        An id no model can have (empty, or with surrounding whitespace) raises
        InvalidModelIdError, a ValueError.
        """
        if not model_id.strip():
            raise InvalidModelIdError(f"model id must not be empty or blank, not {model_id!r}")
        if model_id.strip() != model_id:
            raise InvalidModelIdError(
                f"model id {model_id!r} must not start or end with whitespace"
            )
        try:
            return self.get_model(model_id)
        except ModelNotFoundError:
            created = int(time.time()) - 10000
            return self.register_model(
                {**AUTO_CREATED, "id": model_id, "created": created}, source="auto-created"
            )

    def register_provider_catalog(self, catalog: ProviderCatalog) -> None:
        """Register a provider's catalog and its models (trusted, validated by the tests)."""
        self._provider_catalogs[catalog.provider] = catalog
        for spec in catalog.models:
            self.add_record(vocabulary.complete(spec), f"builtin:{catalog.provider}")

    def provider_catalogs(self) -> list[ProviderCatalog]:
        """The registered provider catalogs."""
        return list(self._provider_catalogs.values())

    def get_provider_models(self, provider: str) -> list[ModelDefinition]:
        """Every model whose provider is ``provider``."""
        return self.list_models(provider=provider)

    # -- discovery -----------------------------------------------------------

    def load_catalog_from_file(self, path: str) -> list[ModelDefinition]:
        """Merge a models.json file into the registry; returns the models it defined."""
        return apply(self, sources.read_file(path))

    def load_catalog_from_url(self, url: str) -> list[ModelDefinition]:
        """Merge a catalog from an http(s):// or file:// URL into the registry."""
        return apply(self, sources.read_url(url))

    def discover_models(self) -> list[ModelDefinition]:
        """Merge every user source (user store, ./models.json, FAKEAI_CUSTOM_MODELS)."""
        found: list[ModelDefinition] = []
        for source in intake.user_sources():
            found += apply(self, source)
        return found


def _definition(record: Record) -> ModelDefinition:
    from modelreg.schema.definition import ModelDefinition

    return ModelDefinition.model_validate(record)


def apply(registry: ModelRegistry, source: sources.Source) -> list[ModelDefinition]:
    """Merge a source into a registry, all or nothing; returns the models it touched."""
    from modelreg.schema.definition import ModelDefinition

    return [ModelDefinition.model_validate(r) for r in merge.merge(registry, source)]


# -- the registries of the sources ------------------------------------------


def builtin() -> ModelRegistry:
    """A registry holding every built-in catalog; ids and aliases are checked for collisions."""
    registry = ModelRegistry()
    for catalog in CATALOGS:
        registry.register_provider_catalog(catalog)
    return registry


def load_all_catalogs() -> list[ModelDefinition]:
    """Every built-in model as a validated definition, in catalog order."""
    return builtin().list_models()
