"""A model as the service functions take it: a ModelDefinition, a record or a definition dict."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from modelreg.schema import FIELDS, Record

if TYPE_CHECKING:
    from modelreg.schema.definition import ModelDefinition

_FIELDS = frozenset(FIELDS)


def as_record(model: ModelDefinition | Mapping[str, Any]) -> Record | Mapping[str, Any]:
    """The record of a model given as a ModelDefinition, a record or a definition dict.

    A dict that lacks fields is validated as a ModelDefinition (its derived fields
    filled); anything else is a TypeError naming what is expected.
    """
    definition = sys.modules.get("modelreg.schema.definition")
    if definition is not None and isinstance(model, definition.ModelDefinition):
        return model.record()
    if isinstance(model, Mapping):
        if model.keys() >= _FIELDS:
            return model
        from modelreg.schema.definition import ModelDefinition

        return ModelDefinition.model_validate(dict(model)).record()
    raise TypeError(
        f"model must be a ModelDefinition or a dict of its fields, not {type(model).__name__}"
    )
