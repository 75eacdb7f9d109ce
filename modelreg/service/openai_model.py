"""A model as OpenAI's Model object (``GET /v1/models``), with the fields vLLM and the
architecture's FakeAI service add.

The object is OpenAI's Model (``id``, ``object``, ``created``, ``owned_by``,
``shutdown_date``) followed by vLLM's extras (``root``, ``parent``,
``max_model_len``, ``permission``), in that order:

* ``id`` is the id the client asked for (an alias, another case): OpenAI answers
  with the id asked for. ``root`` is the canonical id, or for a fine-tuned model
  its base, which is then also its ``parent`` (a plain model has no parent).
* ``created`` is the model's own ``created``, else its release date (00:00 UTC),
  else ``seen_at``: the time the registry was built, as the architecture stamps
  a model it first sees (never 0, which clients show as 1970).
* ``shutdown_date`` is the retirement date (YYYY-MM-DD), null when none is announced.
* ``permission`` is one ``model_permission`` object in vLLM's shape, read from the
  model (sampling and log probabilities as its servers take them, fine-tuning).
* With ``capabilities=True`` the capabilities JSON's fields follow (``context_window``,
  ``max_completion_tokens``, ``pricing``, ``capabilities``, ``modalities``,
  ``supported_features``), as ``?expand=capabilities`` serves them.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from modelreg.finetune import parse_fine_tuned_model_id
from modelreg.schema import capability_view, release_timestamp
from modelreg.service.open_weights import accepted_features
from modelreg.service.record import as_record

if TYPE_CHECKING:
    from modelreg.schema.definition import ModelDefinition


def to_openai_model(
    model: ModelDefinition | Mapping[str, Any],
    *,
    asked: str | None = None,
    seen_at: int | None = None,
    capabilities: bool = False,
) -> dict[str, Any]:
    """The Model object of a model (a ModelDefinition, a record or a definition dict).

    ``asked`` is the id the client used (default: the model's id); ``seen_at`` the
    Unix time to report as ``created`` when the model has neither ``created`` nor a
    release date (default: now); ``capabilities`` adds the capabilities JSON's fields.
    """
    record = as_record(model)
    model_id = record["id"]
    created = record["created"]
    if not created:
        release = record["release_date"]
        if release:
            created = release_timestamp(release)
        else:
            created = int(time.time()) if seen_at is None else seen_at
    base = record["fine_tuned_from"] or parse_fine_tuned_model_id(model_id)[0]
    answer: dict[str, Any] = {
        "id": model_id if asked is None else asked,
        "object": "model",
        "created": created,
        "owned_by": record["owned_by"],
        "shutdown_date": record["retirement_date"],
        "root": base or model_id,
        "parent": base,
    }
    if record["context_window"] is not None:
        answer["max_model_len"] = record["context_window"]
    answer["permission"] = [permission(record, created)]
    if capabilities:
        view = capability_view(record)
        del view["model"]
        answer.update(view)
    return answer


def permission(record: Mapping[str, Any], created: int) -> dict[str, Any]:
    """The model's ``model_permission`` object, in vLLM's (and the architecture's) shape.

    Its id is stable (a hash of the model's id, so listings can be cached and
    compared); sampling and log probabilities are allowed when the model's servers
    take ``temperature`` and ``logprobs``; fine-tuning when its provider offers it.
    """
    features = accepted_features(record)
    digest = hashlib.blake2b(record["id"].encode("utf-8"), digest_size=8).hexdigest()
    return {
        "id": f"modelperm-{digest}",
        "object": "model_permission",
        "created": created,
        "allow_create_engine": False,
        "allow_sampling": "temperature" in features,
        "allow_logprobs": "logprobs" in features,
        "allow_search_indices": False,
        "allow_view": True,
        "allow_fine_tuning": bool(record["supports_fine_tuning"]),
        "organization": "*",
        "group": None,
        "is_blocking": False,
    }


def to_openai_list(
    models: Iterable[ModelDefinition | Mapping[str, Any]],
    *,
    seen_at: int | None = None,
    capabilities: bool = False,
) -> dict[str, Any]:
    """The list object of ``GET /v1/models``: ``{"object": "list", "data": [...]}``."""
    if seen_at is None:
        seen_at = int(time.time())
    data = [to_openai_model(m, seen_at=seen_at, capabilities=capabilities) for m in models]
    return {"object": "list", "data": data}
