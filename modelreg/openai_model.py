"""A record as the OpenAI Model object of ``GET /v1/models``, with the fields vLLM adds."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from modelreg.finetune import parse_fine_tuned_model_id


def to_openai_model(record: Mapping[str, Any]) -> dict[str, Any]:
    """The Model object of a record: id, object, created, owned_by, then vLLM's extras.

    ``max_model_len`` is the context window (left out when unknown). ``root``
    and ``parent`` are the base model of a fine-tuned model (its
    ``fine_tuned_from``, else the base an ``ft:`` id names); a plain model is
    its own root with no parent, as vLLM reports it.
    """
    model_id = record["id"]
    model: dict[str, Any] = {
        "id": model_id,
        "object": "model",
        "created": record["created"],
        "owned_by": record["owned_by"],
    }
    if record.get("context_window") is not None:
        model["max_model_len"] = record["context_window"]
    base = record.get("fine_tuned_from") or parse_fine_tuned_model_id(model_id)[0]
    model["root"] = base or model_id
    model["parent"] = base
    return model


def to_openai_list(records: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The list object of ``GET /v1/models``: ``{"object": "list", "data": [...]}``."""
    return {"object": "list", "data": [to_openai_model(record) for record in records]}
