"""ModelDiscovery: the architecture's discovery engine, over a registry.

The discovery methods merge a source into the registry (as ``register_model``
would: validated, all or nothing) and return the models it defined; the search
and filter methods read the registry (retired models included, as
``list_models`` does) and return ModelDefinitions. Everything is the registry's
and the query package's own code: sources and merge read and apply, search
ranks, Filters filter.

    discovery = ModelDiscovery()          # the built-in catalogs
    discovery.auto_discover()             # + user store, ./models.json, FAKEAI_CUSTOM_MODELS
    cheap = discovery.filter_by_pricing(1.0, models=discovery.search_by_capability("vision"))
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from modelreg import sources
from modelreg.query import search
from modelreg.query.filters import Filters, apply_filters
from modelreg.registry import ModelRegistry, apply, builtin
from modelreg.schema import Record
from modelreg.service.record import as_record

if TYPE_CHECKING:
    from modelreg.schema.definition import ModelDefinition

Models = Iterable["ModelDefinition | Mapping[str, Any]"]


class ModelDiscovery:
    """Discovery, search and filtering over one registry (default: the built-in catalogs)."""

    def __init__(self, registry: ModelRegistry | None = None) -> None:
        self.registry = builtin() if registry is None else registry

    # -- discovery: merge a source, return the models it defined --------------------

    def discover_from_env(self) -> list[ModelDefinition]:
        """The models FAKEAI_CUSTOM_MODELS defines (none when it is unset or blank)."""
        source = sources.from_env()
        return apply(self.registry, source) if source else []

    def discover_from_config(self, path: str = "models.json") -> list[ModelDefinition]:
        """The models a config file (models.json, or a catalog of a known format) defines."""
        return self.registry.load_catalog_from_file(path)

    def discover_from_url(self, url: str) -> list[ModelDefinition]:
        """The models a catalog at an http(s):// or file:// URL defines."""
        return self.registry.load_catalog_from_url(url)

    def auto_discover(self) -> list[ModelDefinition]:
        """The models of every user source, in precedence order: the user store,
        ./models.json, FAKEAI_CUSTOM_MODELS."""
        return self.registry.discover_models()

    # -- search ----------------------------------------------------------------------

    def search_by_name(self, query: str) -> list[ModelDefinition]:
        """Models whose id, name or an alias matches (exact, prefix, word, substring, typo),
        best first."""
        return _definitions(search.search_by_name(self.registry.records(), query))

    def search_by_provider(self, provider: str) -> list[ModelDefinition]:
        """Models of a provider (case-insensitive)."""
        return _definitions(search.search_by_provider(self.registry.records(), provider))

    def search_by_capability(self, cap: str) -> list[ModelDefinition]:
        """Models with a capability (vision, tools, reasoning, json, moe, open-weights, ...);
        an unknown word is a ValueError naming the known ones."""
        return _definitions(search.search_by_capability(self.registry.records(), cap))

    def search_by_tags(
        self, tags: str | Iterable[str], *, match_all: bool = True
    ) -> list[ModelDefinition]:
        """Models with every tag (``match_all=False``: any of them); case-insensitive."""
        found = search.search_by_tags(self.registry.records(), tags, match_all=match_all)
        return _definitions(found)

    def fuzzy_search(
        self, query: str, threshold: float = 70.0, limit: int | None = None
    ) -> list[ModelDefinition]:
        """Models whose id, name or an alias is close to the query (0-100 similarity of at
        least ``threshold``), best first."""
        found = search.fuzzy_search(self.registry.records(), query, threshold, limit)
        return _definitions(found)

    # -- filtering: the registry's models, or those given -------------------------------

    def filter_by_context_window(
        self, min_tokens: int | str, models: Models | None = None
    ) -> list[ModelDefinition]:
        """Models whose context window holds at least ``min_tokens`` (128000 or '128K')."""
        return self._filter(Filters.parse(min_context=min_tokens), models)

    def filter_by_pricing(
        self, max_cost: float | str, models: Models | None = None
    ) -> list[ModelDefinition]:
        """Models whose prompt price is at most ``max_cost`` USD per 1M tokens (a model
        with no known price is left out: unknown is not cheap)."""
        return self._filter(Filters.parse(max_prompt_price=max_cost), models)

    def filter_by_architecture(
        self, arch: str, models: Models | None = None
    ) -> list[ModelDefinition]:
        """Models of an architecture ('transformer', 'moe', ...; case-insensitive)."""
        return self._filter(Filters.parse(architecture=arch), models)

    def filter_by_modality(
        self, modality: str, models: Models | None = None
    ) -> list[ModelDefinition]:
        """Models that take or produce a modality (text, image, audio, video)."""
        return self._filter(Filters.parse(modalities=[modality]), models)

    def _filter(self, filters: Filters, models: Models | None) -> list[ModelDefinition]:
        """The models (default: the registry's) that pass the filters, in their order."""
        if models is None:
            return _definitions(apply_filters(self.registry.records(), filters))
        from modelreg.schema.definition import ModelDefinition

        kept: list[ModelDefinition] = []
        for model in models:
            record = as_record(model)
            if filters.matches(record):
                kept.append(
                    model
                    if isinstance(model, ModelDefinition)
                    else ModelDefinition.model_validate(dict(record))
                )
        return kept


def _definitions(records: Iterable[Record]) -> list[ModelDefinition]:
    """Fresh definitions of the registry's records (which are never to be changed)."""
    from modelreg.schema.definition import ModelDefinition

    return [ModelDefinition.model_validate(copy.deepcopy(r)) for r in records]
