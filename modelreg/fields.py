"""The vocabulary of a model record and the values derived from it.

Pure Python with no pydantic: the command line's fast paths build plain
records (dicts of every ModelDefinition field) from trusted catalog data with
``complete()``, and ModelDefinition runs the same derivation before it
validates, so both paths agree field for field.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, Literal, get_args

Kind = Literal[
    "chat",
    "embedding",
    "image_generation",
    "text_to_speech",
    "speech_to_text",
    "rerank",
    "realtime",
    "video_generation",
    "moderation",
]
Modality = Literal["text", "image", "audio", "video"]
Status = Literal["active", "preview", "deprecated", "retired"]
STATUSES: tuple[str, ...] = get_args(Status)
KINDS: tuple[str, ...] = get_args(Kind)
MODALITIES: tuple[str, ...] = get_args(Modality)

# Capability name (as in the capabilities JSON) -> the definition field behind it.
CAPABILITY_FIELDS: dict[str, str] = {
    "streaming": "supports_streaming",
    "function_calling": "supports_function_calling",
    "vision": "supports_vision",
    "audio_input": "supports_audio_input",
    "audio_output": "supports_audio_output",
    "reasoning": "supports_reasoning",
    "structured_output": "supports_structured_output",
    "predicted_outputs": "supports_predicted_outputs",
    "fine_tuning": "supports_fine_tuning",
    "batch_processing": "supports_batch",
}

# The defaults of a new model: the architecture's auto-created definition.
DEFAULTS: dict[str, Any] = {
    "name": "",
    "provider": "custom",
    "description": "",
    "created": 0,
    "owned_by": "",
    "kind": "chat",
    "architecture": None,
    "parameters": None,
    "active_parameters": None,
    "num_experts": None,
    "experts_per_token": None,
    "num_layers": None,
    "hidden_size": None,
    "num_heads": None,
    "context_window": 8192,
    "max_completion_tokens": 4096,
    "supports_streaming": None,
    "supports_function_calling": False,
    "supports_vision": False,
    "supports_audio_input": False,
    "supports_audio_output": False,
    "supports_reasoning": False,
    "supports_structured_output": False,
    "supports_predicted_outputs": False,
    "supports_batch": False,
    "pricing": None,
    "supports_fine_tuning": False,
    "fine_tuning_config": None,
    "fine_tuned_from": None,
    "input_modalities": None,
    "output_modalities": None,
    "supported_features": None,
    "embedding_dimensions": None,
    "license": None,
    "paper_url": None,
    "release_date": None,
    "knowledge_cutoff": None,
    "status": None,
    "deprecation_date": None,
    "retirement_date": None,
    "successor": None,
    "fictional": False,
    "reference_url": None,
    "tags": [],
    "aliases": [],
}
FIELDS = ("id", *DEFAULTS)
PRICE_FIELDS = (
    "prompt_price_per_1m",
    "completion_price_per_1m",
    "cached_price_per_1m",
    "image_price_per_unit",
    "audio_price_per_minute",
    "character_price_per_1m",
    "cache_write_price_per_1m",
    "audio_input_price_per_1m",
    "audio_output_price_per_1m",
    "video_price_per_second",
)
PRICE_DATE = "as_of"  # the date of the price list a model's pricing was read from

_SAMPLING = [
    "temperature",
    "top_p",
    "frequency_penalty",
    "presence_penalty",
    "logit_bias",
    "logprobs",
    "top_logprobs",
]
_FEATURES_BY_KIND: dict[str, list[str]] = {
    "embedding": ["dimensions", "encoding_format", "user"],
    "image_generation": ["n", "quality", "response_format", "size", "style", "user"],
    "text_to_speech": ["voice", "response_format", "speed"],
    "speech_to_text": [
        "language",
        "prompt",
        "response_format",
        "temperature",
        "timestamp_granularities",
    ],
    "rerank": ["query", "passages", "top_n", "truncate"],
    "video_generation": ["prompt", "seconds", "size", "input_reference"],
    "moderation": ["input"],
    "realtime": [
        "instructions",
        "voice",
        "input_audio_format",
        "output_audio_format",
        "turn_detection",
        "temperature",
        "max_response_output_tokens",
    ],
}


_STREAMING_KINDS = ("chat", "realtime")  # kinds that stream unless a definition says otherwise
_UNSET_TEXT = (None, "")  # a name or owner left to be derived


def _input_modalities(data: Mapping[str, Any]) -> list[str]:
    kind = data["kind"]
    if kind == "speech_to_text":
        return ["audio"]
    found = ["text"]
    if data["supports_vision"]:
        found.append("image")
    if data["supports_audio_input"] or kind == "realtime":
        found.append("audio")
    return found


def _output_modalities(data: Mapping[str, Any]) -> list[str]:
    kind = data["kind"]
    if kind in ("embedding", "rerank", "moderation"):
        return []
    if kind == "video_generation":
        return ["video", "audio"]
    if kind == "image_generation":
        return ["image"]
    if kind == "text_to_speech":
        return ["audio"]
    if kind == "realtime" or data["supports_audio_output"]:
        return ["text", "audio"]
    return ["text"]


def _supported_features(data: Mapping[str, Any]) -> list[str]:
    """Request parameters the model accepts, from its kind and flags."""
    kind = data["kind"]
    if kind in _FEATURES_BY_KIND:
        return list(_FEATURES_BY_KIND[kind])
    if data["supports_reasoning"]:
        features = ["max_completion_tokens", "seed", "user"]
    else:
        features = ["max_tokens", "n", "stop", "seed", "user", *_SAMPLING]
    if data["supports_streaming"]:
        features += ["stream", "stream_options"]
    if data["supports_function_calling"]:
        features += ["tools", "tool_choice", "parallel_tool_calls"]
    if data["supports_structured_output"]:
        features.append("response_format")
    if data["supports_predicted_outputs"]:
        features.append("prediction")
    return features


@lru_cache(maxsize=8192)
def release_timestamp(release_date: str) -> int:
    """The Unix time of a YYYY-MM-DD date at 00:00 UTC."""
    day = _dt.date.fromisoformat(release_date)
    return int(_dt.datetime(day.year, day.month, day.day, tzinfo=_dt.UTC).timestamp())


def today() -> str:
    """Today's date as YYYY-MM-DD (MODELREG_TODAY pins it, for tests and reproducible runs)."""
    pinned = os.environ.get("MODELREG_TODAY")
    return pinned or _dt.date.today().isoformat()


def lifecycle_status(
    given: str | None, deprecation_date: str | None, retirement_date: str | None, on: str
) -> str | None:
    """A model's status on a date: the dates that have passed win over the given status."""
    if not isinstance(given, str | None):
        return given  # malformed: validation reports it
    if isinstance(retirement_date, str) and retirement_date <= on:
        return "retired"
    if given != "retired" and isinstance(deprecation_date, str) and deprecation_date <= on:
        return "deprecated"
    return given or "active"


# What the derived lists (modalities, supported features) depend on, and the lists.
RULE_INPUTS = (
    "kind",
    "supports_streaming",
    "supports_vision",
    "supports_audio_input",
    "supports_audio_output",
    "supports_reasoning",
    "supports_function_calling",
    "supports_structured_output",
    "supports_predicted_outputs",
)
_RULE_DEFAULTS = tuple(DEFAULTS[field] for field in RULE_INPUTS)
_DERIVED_LISTS = (
    ("input_modalities", _input_modalities),
    ("output_modalities", _output_modalities),
    ("supported_features", _supported_features),
)


def derived_lists(data: Mapping[str, Any]) -> dict[str, list[str]]:
    """The lists ``derive`` gives a definition with this kind and these flags."""
    lists = _derived_lists(tuple(map(data.get, RULE_INPUTS, _RULE_DEFAULTS)))
    return {field: list(value) for (field, _), value in zip(_DERIVED_LISTS, lists, strict=True)}


@lru_cache(maxsize=4096)
def _derived_lists(key: tuple[Any, ...]) -> tuple[tuple[str, ...], ...]:
    """The derived lists for one combination of kind and flags (a catalog has few)."""
    data = dict(zip(RULE_INPUTS, key, strict=True))
    return tuple(tuple(rule(data)) for _, rule in _DERIVED_LISTS)


def derive(data: Mapping[str, Any]) -> dict[str, Any]:
    """Fill every derived field a definition leaves out (or sets to null).

    Name from id, owner from provider, ``created`` from ``release_date``,
    streaming from the kind, modalities from the flags, supported features
    from the kind. Raw input of the wrong type is left for validation.
    """
    out = dict(data)
    get = out.get
    try:
        if get("supports_streaming") is None:
            out["supports_streaming"] = get("kind", "chat") in _STREAMING_KINDS
        if get("name") in _UNSET_TEXT:
            out["name"] = get("id")
        if get("owned_by") in _UNSET_TEXT:
            out["owned_by"] = get("provider", DEFAULTS["provider"])
        created = get("created")
        if (created is None or (created == 0 and type(created) is int)) and get("release_date"):
            out["created"] = release_timestamp(out["release_date"])
        out["status"] = lifecycle_status(
            get("status"), get("deprecation_date"), get("retirement_date"), today()
        )
        inputs, outputs, features = _derived_lists(tuple(map(get, RULE_INPUTS, _RULE_DEFAULTS)))
        if get("input_modalities") is None:
            out["input_modalities"] = list(inputs)
        if get("output_modalities") is None:
            out["output_modalities"] = list(outputs)
        if get("supported_features") is None:
            out["supported_features"] = list(features)
    except (TypeError, ValueError, KeyError, AttributeError):
        pass  # malformed input: validation reports it field by field
    return out


def complete(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A full record (every field) from a trusted, already valid spec."""
    given = {**DEFAULTS, **derive(spec)}
    record = {key: given[key] for key in FIELDS}
    record["tags"] = list(record["tags"])
    record["aliases"] = list(record["aliases"])
    if record["pricing"] is not None:
        prices = record["pricing"]
        record["pricing"] = {k: _price(prices.get(k)) for k in PRICE_FIELDS}
        record["pricing"][PRICE_DATE] = prices.get(PRICE_DATE)
    return record


def _price(value: float | None) -> float | None:
    """Prices are floats in a record, as ModelPricing stores them."""
    return None if value is None else float(value)


def squash(text: str) -> str:
    """Case-folded letters and digits of any script, nothing else: 'GPT 4o' -> 'gpt4o'."""
    return "".join(filter(str.isalnum, text.casefold()))


def modalities(record: Mapping[str, Any]) -> list[str]:
    """Input and output modalities together, in the canonical order."""
    seen = set(record["input_modalities"]) | set(record["output_modalities"])
    return [m for m in MODALITIES if m in seen]


def capability_view(record: Mapping[str, Any]) -> dict[str, Any]:
    """The capabilities response (design.md's exact shape) of a record."""
    return {
        "model": record["id"],
        "context_window": record["context_window"],
        "max_completion_tokens": record["max_completion_tokens"],
        "pricing": record["pricing"],
        "capabilities": {name: record[field] for name, field in CAPABILITY_FIELDS.items()},
        "modalities": modalities(record),
        "supported_features": list(record["supported_features"]),
    }
