"""OpenRouter's GET /api/v1/models response: {"data": [{id, pricing, context_length, ...}]}."""

from __future__ import annotations

from itertools import islice
from typing import Any

from modelreg.formats import (
    Converted,
    Malformed,
    count_unknown,
    day,
    limit,
    maker_named,
    modality_list,
    month_or_day,
    price,
    set_flags_from_modalities,
    text,
)

SHAPE = "expected {'data': [models with an id and pricing, context_length or architecture]}"
PROVIDER = "openrouter"  # OpenRouter resells other makers' models: its own provider value
_MARKERS = frozenset({"pricing", "context_length", "architecture", "top_provider"})
_TOKEN_PRICES = (
    ("prompt", "prompt_price_per_1m"),
    ("completion", "completion_price_per_1m"),
    ("input_cache_read", "cached_price_per_1m"),
    ("input_cache_write", "cache_write_price_per_1m"),
    ("audio", "audio_input_price_per_1m"),
    ("audio_output", "audio_output_price_per_1m"),
)
_UNIT_PRICES = (("image_output", "image_price_per_unit"),)  # USD per output image
_PRICES_USED = frozenset(name for name, _ in (*_TOKEN_PRICES, *_UNIT_PRICES))
_USED = frozenset(
    {"id", "name", "description", "created", "context_length", "architecture", "pricing"}
    | {"top_provider", "supported_parameters", "hugging_face_id", "knowledge_cutoff"}
    | {"expiration_date"}
)
_ARCHITECTURE_USED = frozenset({"input_modalities", "output_modalities"})
_TOP_USED = frozenset({"context_length", "max_completion_tokens"})
# supported_parameters -> the capability a parameter shows.
_PARAMETER_FLAGS = (
    ("supports_function_calling", ("tools",)),
    ("supports_structured_output", ("structured_outputs", "response_format")),
    ("supports_reasoning", ("reasoning", "include_reasoning")),
)


def looks_like(doc: Any) -> bool:
    """OpenRouter's models list: {"data": [...]} of models with OpenRouter's fields."""
    if not isinstance(doc, dict) or not isinstance(doc.get("data"), list):
        return False
    return any(
        isinstance(model, dict) and "id" in model and not _MARKERS.isdisjoint(model)
        for model in islice(doc["data"], 50)
    )


def read(doc: dict[str, Any], out: Converted) -> None:
    """Convert every model of the list into ``out``."""
    for number, data in enumerate(doc["data"]):
        model_id = text(data.get("id")) if isinstance(data, dict) else None
        name = model_id or f"data[{number}]"
        if model_id is None:
            out.skipped.append((name, "no id" if isinstance(data, dict) else "not an object"))
            continue
        unknown: list[str] = []
        try:
            entry = _entry(model_id, data, unknown)
        except Malformed as problem:
            out.skipped.append((name, str(problem)))
            continue
        out.add(name, entry, unknown)


def _entry(model_id: str, data: dict[str, Any], unknown: list[str]) -> dict[str, Any]:
    prefix, slash, _ = model_id.partition("/")
    entry: dict[str, Any] = {"id": model_id, "provider": PROVIDER}
    if slash:
        entry["owned_by"] = maker_named(prefix, any_name=True)
    for outside in ("name", "description"):
        value = text(data.get(outside))
        if value:
            entry[outside] = value
    created = limit(data.get("created"), "created")
    if created:
        entry["created"] = created

    top = data.get("top_provider")
    top = top if isinstance(top, dict) else {}
    context = limit(data.get("context_length"), "context_length")
    top_context = limit(top.get("context_length"), "top_provider.context_length")
    output = limit(top.get("max_completion_tokens"), "top_provider.max_completion_tokens")
    if context or top_context:
        entry["context_window"] = context or top_context
    if output:
        entry["max_completion_tokens"] = output
    count_unknown(unknown, top, _TOP_USED, "top_provider.")

    architecture = data.get("architecture")
    if isinstance(architecture, dict):
        for outside in ("input_modalities", "output_modalities"):
            found = modality_list(architecture.get(outside))
            if found is not None:
                entry[outside] = found
        count_unknown(unknown, architecture, _ARCHITECTURE_USED, "architecture.")
    set_flags_from_modalities(entry)

    parameters = data.get("supported_parameters")
    if isinstance(parameters, list):
        given = [p for p in parameters if isinstance(p, str)]
        entry["supported_features"] = given
        for ours, names in _PARAMETER_FLAGS:
            entry[ours] = any(name in given for name in names)

    pricing = data.get("pricing")
    if isinstance(pricing, dict):
        prices: dict[str, float] = {}
        for outside, ours in _TOKEN_PRICES:
            number = price(pricing.get(outside), f"pricing.{outside}")
            if number is not None:
                prices[ours] = number
        for outside, ours in _UNIT_PRICES:
            number = price(pricing.get(outside), f"pricing.{outside}", 1)
            if number is not None:
                prices[ours] = number
        if prices:
            entry["pricing"] = prices
        count_unknown(unknown, pricing, _PRICES_USED, "pricing.")
    elif pricing is not None:
        raise Malformed(f"pricing is not an object: {pricing!r}")

    if text(data.get("hugging_face_id")):
        entry["tags"] = ["open-weights"]  # weights published on Hugging Face
    knowledge = month_or_day(data.get("knowledge_cutoff"))
    if knowledge:
        entry["knowledge_cutoff"] = knowledge
    expires = day(data.get("expiration_date"))
    if expires:
        entry["retirement_date"] = expires
    count_unknown(unknown, data, _USED)
    return entry
