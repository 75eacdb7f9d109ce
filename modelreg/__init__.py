"""modelreg: a registry of AI model metadata, for the terminal and for Python.

The public API is imported lazily, so ``import modelreg`` costs nothing until
a name is used (the command line's fast paths rely on that).
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (the fast paths)

__version__ = "0.2.0"

_EXPORTS = {
    "ModelRegistry": "modelreg.registry",
    "ModelDefinition": "modelreg.schema.definition",
    "ModelPricing": "modelreg.schema.definition",
    "ModelCapabilities": "modelreg.capabilities",
    "ModelDiscovery": "modelreg.service.discovery",
    "ProviderCatalog": "modelreg.catalog.provider",
    "load_all_catalogs": "modelreg.registry",
    "default_registry": "modelreg.compile",
    "load_registry": "modelreg.compile",
    "parse_fine_tuned_model_id": "modelreg.finetune",
    "parse_fine_tuned": "modelreg.finetune",
    "FineTunedId": "modelreg.finetune",
    "check_request": "modelreg.service.check",
    "check_warnings": "modelreg.service.request_warnings",
    "Violation": "modelreg.service.violations",
    "to_openai_model": "modelreg.service.openai_model",
    "to_openai_list": "modelreg.service.openai_model",
    "request_cost": "modelreg.service.cost",
    "usage_cost": "modelreg.service.cost",
    "ModelRegError": "modelreg.errors",
    "ModelNotFoundError": "modelreg.errors",
    "ModelConflictError": "modelreg.errors",
    "FineTuneIdError": "modelreg.errors",
    "InvalidModelIdError": "modelreg.errors",
    "CatalogError": "modelreg.errors",
    "UserStoreError": "modelreg.errors",
}

if TYPE_CHECKING:
    from typing import Any

    from modelreg.capabilities import ModelCapabilities
    from modelreg.catalog.provider import ProviderCatalog
    from modelreg.compile import default_registry, load_registry
    from modelreg.errors import (
        CatalogError,
        FineTuneIdError,
        InvalidModelIdError,
        ModelConflictError,
        ModelNotFoundError,
        ModelRegError,
        UserStoreError,
    )
    from modelreg.finetune import FineTunedId, parse_fine_tuned, parse_fine_tuned_model_id
    from modelreg.registry import ModelRegistry, load_all_catalogs
    from modelreg.schema.definition import ModelDefinition, ModelPricing
    from modelreg.service.check import check_request
    from modelreg.service.cost import request_cost, usage_cost
    from modelreg.service.discovery import ModelDiscovery
    from modelreg.service.openai_model import to_openai_list, to_openai_model
    from modelreg.service.request_warnings import check_warnings
    from modelreg.service.violations import Violation


def __dir__() -> list[str]:
    return sorted(__all__)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        from importlib import import_module  # here: the console script needs none of it

        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'modelreg' has no attribute {name!r}")


__all__ = [
    "CatalogError",
    "FineTuneIdError",
    "FineTunedId",
    "InvalidModelIdError",
    "ModelCapabilities",
    "ModelConflictError",
    "ModelDefinition",
    "ModelDiscovery",
    "ModelNotFoundError",
    "ModelPricing",
    "ModelRegError",
    "ModelRegistry",
    "ProviderCatalog",
    "UserStoreError",
    "Violation",
    "__version__",
    "check_request",
    "check_warnings",
    "default_registry",
    "load_all_catalogs",
    "load_registry",
    "parse_fine_tuned",
    "parse_fine_tuned_model_id",
    "request_cost",
    "to_openai_list",
    "to_openai_model",
    "usage_cost",
]
