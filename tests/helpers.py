"""Small builders shared by the tests: synthetic models and registries, and a references
directory for the bench scripts."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from modelreg.catalog.provider import ProviderCatalog
from modelreg.registry import ModelRegistry

MINIMAL = {
    "id": "custom/my-model",
    "name": "My Custom Model",
    "provider": "custom",
    "context_window": 8192,
    "supports_streaming": True,
}

ACME_MODELS: tuple[dict[str, Any], ...] = (
    {
        "id": "gpt-4o",
        "provider": "acme",
        "context_window": 128000,
        "max_completion_tokens": 16384,
        "supports_vision": True,
        "supports_function_calling": True,
        "supports_batch": True,
        "supports_fine_tuning": True,
        "pricing": {"prompt_price_per_1m": 2.5, "completion_price_per_1m": 10.0},
        "tags": ["flagship"],
        "aliases": ["gpt-4o-2024-08-06", "omni"],
        "release_date": "2024-05-13",
    },
    {
        "id": "gpt-3.5-turbo",
        "provider": "acme",
        "context_window": 16385,
        "supports_function_calling": True,
        "supports_fine_tuning": True,
        "pricing": {"prompt_price_per_1m": 0.5, "completion_price_per_1m": 1.5},
    },
    {
        "id": "o1",
        "provider": "acme",
        "context_window": 200000,
        "max_completion_tokens": 100000,
        "supports_reasoning": True,
        "supports_vision": True,
    },
    {
        "id": "embed-large",
        "provider": "acme",
        "kind": "embedding",
        "context_window": 8191,
        "max_completion_tokens": None,
        "embedding_dimensions": 3072,
        "supports_batch": True,
    },
)
OTHER_MODELS: tuple[dict[str, Any], ...] = (
    {"id": "llama-3-8b", "provider": "other", "context_window": 8192, "parameters": 8_000_000_000},
)


def acme_registry() -> ModelRegistry:
    """A fresh registry with two synthetic provider catalogs."""
    registry = ModelRegistry()
    registry.register_provider_catalog(
        ProviderCatalog(provider="acme", name="Acme", homepage="", models=ACME_MODELS)
    )
    registry.register_provider_catalog(
        ProviderCatalog(provider="other", name="Other", homepage="", models=OTHER_MODELS)
    )
    return registry


def fake_references(
    tmp_path: Path, litellm: Any, models_dev: Any, genai_prices: dict[str, str]
) -> Path:
    """A references directory as bench/README.md describes it (``litellm.json``,
    ``models-dev.json`` and a ``genai-prices-venv`` whose python imports the package
    ``genai_prices`` made of these modules' texts, by file name), under ``tmp_path``."""
    refs = tmp_path / "refs"
    fake = tmp_path / "fake" / "genai_prices"
    fake.mkdir(parents=True)
    for name, text in genai_prices.items():
        (fake / name).write_text(text)
    bin_dir = refs / "genai-prices-venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.write_text(f'#!/bin/sh\nPYTHONPATH="{fake.parent}" exec "{sys.executable}" "$@"\n')
    python.chmod(0o755)
    (refs / "litellm.json").write_text(json.dumps(litellm))
    (refs / "models-dev.json").write_text(json.dumps(models_dev))
    return refs
