"""LiteLLM's model_prices_and_context_window.json: {key: {litellm_provider, mode, ...}}."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from typing import Any

from modelreg.formats import (
    PER_MILLION,
    Converted,
    Malformed,
    day,
    drop_conversational_claims,
    flag,
    limit,
    maker_of,
    modality_list,
    price,
    set_flags_from_modalities,
    text,
)

SHAPE = "expected an object of model keys to objects with litellm_provider, mode or prices"
_MARKERS = frozenset(
    {"litellm_provider", "mode", "input_cost_per_token", "output_cost_per_token", "max_tokens"}
    | {"max_input_tokens", "max_output_tokens", "alias_of"}
)

# litellm_provider values of a model maker's own API -> modelreg provider name. A key of
# these keeps its name (a "gemini/" or "xai/" prefix naming the provider is dropped).
FIRST_PARTY: dict[str, str] = {
    "openai": "openai",
    "text-completion-openai": "openai",
    "anthropic": "anthropic",
    "gemini": "google",
    "meta_llama": "meta",
    "meta": "meta",
    "mistral": "mistral",
    "codestral": "mistral",
    "text-completion-codestral": "mistral",
    "deepseek": "deepseek",
    "nvidia_nim": "nvidia",
    "xai": "xai",
    "cohere": "cohere",
    "cohere_chat": "cohere",
    "moonshot": "moonshotai",
    "zai": "zai",
    "ai21": "ai21",
    "minimax": "minimax",
    "amazon_nova": "amazon",
    "voyage": "voyage",
    "jina_ai": "jina_ai",
    "elevenlabs": "elevenlabs",
    "deepgram": "deepgram",
    "assemblyai": "assemblyai",
    "inception": "inception",
    "text-completion-inception": "inception",
}
# Hosts and resellers whose litellm_provider has several spellings.
_HOSTS: dict[str, str] = {
    "bedrock_converse": "bedrock",
    "bedrock_mantle": "bedrock",
    "azure_text": "azure",
    "fireworks_ai-embedding-models": "fireworks_ai",
}

# mode -> kind; a mode missing here (search, ocr, ...) is not a model modelreg describes.
KINDS: dict[str, str] = {
    "chat": "chat",
    "completion": "chat",
    "responses": "chat",
    "embedding": "embedding",
    "image_generation": "image_generation",
    "image_edit": "image_generation",
    "audio_transcription": "speech_to_text",
    "audio_speech": "text_to_speech",
    "rerank": "rerank",
    "moderation": "moderation",
    "video_generation": "video_generation",
    "realtime": "realtime",
}

# Prices: outside field -> (pricing field, scale, the only kind it prices, if one).
_PRICES: dict[str, tuple[str, float, str | None]] = {
    "input_cost_per_token": ("prompt_price_per_1m", PER_MILLION, None),
    "output_cost_per_token": ("completion_price_per_1m", PER_MILLION, None),
    "cache_read_input_token_cost": ("cached_price_per_1m", PER_MILLION, None),
    "cache_creation_input_token_cost": ("cache_write_price_per_1m", PER_MILLION, None),
    "input_cost_per_audio_token": ("audio_input_price_per_1m", PER_MILLION, None),
    "output_cost_per_audio_token": ("audio_output_price_per_1m", PER_MILLION, None),
    "input_cost_per_character": ("character_price_per_1m", PER_MILLION, None),
    "output_cost_per_image": ("image_price_per_unit", 1, None),
    "input_cost_per_second": ("audio_price_per_minute", 60, "speech_to_text"),
    "output_cost_per_second": ("video_price_per_second", 1, "video_generation"),
    "output_cost_per_video_per_second": ("video_price_per_second", 1, "video_generation"),
}
_FLAGS: dict[str, str] = {
    "supports_function_calling": "supports_function_calling",
    "supports_vision": "supports_vision",
    "supports_audio_input": "supports_audio_input",
    "supports_audio_output": "supports_audio_output",
    "supports_reasoning": "supports_reasoning",
    "supports_response_schema": "supports_structured_output",
    "supports_native_streaming": "supports_streaming",
}
# Fields read outside the loop: counted as unknown when their value is not carried.
_READ_APART = frozenset(
    {"litellm_provider", "mode", "max_output_tokens", "max_tokens", "output_vector_size"}
    | {"supported_modalities", "supported_output_modalities", "deprecation_date"}
    | {"successor_model", "source"}
)
_PLACEHOLDERS = frozenset({"sample_spec", "fallback_generalizations"})  # the list's own notes
# A key of one image size's price: "1024-x-1024/50-steps/stability...", "azure/hd/1024-x-1024/
# dall-e-3", "fal_ai/medium/3840-x-2160/openai/gpt-image-2", "max-x-max/max-steps/...".
_SIZE = re.compile(r"(\d+|max)-x-(\d+|max)")
_STEPS = re.compile(r"(\d+|max)-steps")
_QUALITIES = frozenset({"standard", "hd", "low", "medium", "high", "xhigh", "max", "auto"})
_NO_OUTPUT = ("embedding", "rerank", "moderation")  # no output tokens: vectors or scores


def looks_like(doc: Any) -> bool:
    """A LiteLLM price list: an object whose values are objects with LiteLLM's keys."""
    if not isinstance(doc, dict) or not doc:
        return False
    if isinstance(doc.get("sample_spec"), dict):
        return True
    return any(
        isinstance(value, dict)
        and not isinstance(value.get("models"), dict)
        and any(map(_is_litellm_field, value))
        for value in islice(doc.values(), 50)
    )


def _is_litellm_field(name: str) -> bool:
    return name in _MARKERS or name.startswith("supports_") or "cost_per" in name


def provider_of(litellm_provider: str) -> tuple[str, bool]:
    """modelreg's provider name for a litellm_provider, and whether it is first-party."""
    name = litellm_provider.lower()
    if name in FIRST_PARTY:
        return FIRST_PARTY[name], True
    if name.startswith("vertex_ai"):
        return "vertex_ai", False
    return _HOSTS.get(name, name), False


def model_id(key: str, litellm_provider: str | None) -> str:
    """The entry id of a key: first-party keys lose a prefix naming their provider,
    a host's key without a prefix gains one, any other key stays whole."""
    if litellm_provider is None:
        return key
    provider, first_party = provider_of(litellm_provider)
    prefix, slash, rest = key.partition("/")
    if first_party:
        if slash and rest and FIRST_PARTY.get(prefix.lower()) == provider:
            return rest
        return key
    return key if slash else f"{provider}/{key}"


def read(doc: dict[str, Any], out: Converted) -> None:
    """Convert every model of a LiteLLM price list into ``out``."""
    ids: dict[str, str] = {}  # every converted key -> its entry id (duplicates included)
    kept: dict[str, dict[str, Any]] = {}  # entry id (lower case) -> entry
    aliases: list[tuple[str, Any]] = []
    per_size: dict[str, list[tuple[str, dict[str, Any], dict[str, Any]]]] = {}
    for key, data in doc.items():
        if key in _PLACEHOLDERS:
            continue
        if not isinstance(data, dict):
            out.skipped.append((key, "not an object"))
            continue
        if "alias_of" in data:
            aliases.append((key, data["alias_of"]))
            continue
        sized = _per_size(key)
        if sized is not None:
            per_size.setdefault(sized[0], []).append((key, data, sized[1]))
            continue
        if key.startswith("ft:"):
            out.skipped.append((key, "a price template for fine-tuned models, not a model"))
            continue
        unknown: list[str] = []
        try:
            entry = _entry(key, data, unknown)
        except Malformed as problem:
            out.skipped.append((key, str(problem)))
            continue
        ids[key] = entry["id"]
        if out.add(key, entry, unknown):
            kept[entry["id"].lower()] = entry
    for name, prices in per_size.items():
        _add_image_prices(out, kept, name, prices)
    for entry in kept.values():
        successor = entry.get("successor")
        if successor is not None:
            successor = ids.get(successor, successor)  # a key of the document: its id
            if successor.lower() == entry["id"].lower():
                del entry["successor"]
            else:
                entry["successor"] = successor
    for alias, target in aliases:
        _add_alias(out, ids, kept, alias, target)


def _entry(key: str, data: dict[str, Any], unknown: list[str]) -> dict[str, Any]:
    raw_provider = text(data.get("litellm_provider"))
    entry: dict[str, Any] = {"id": model_id(key, raw_provider)}
    if raw_provider is not None:
        provider, first_party = provider_of(raw_provider)
        entry["provider"] = provider
        owner = provider if first_party else maker_of(key)
        if owner:
            entry["owned_by"] = owner
    mode = data.get("mode")
    kind = None
    if mode is not None:
        kind = KINDS.get(mode) if isinstance(mode, str) else None
        if kind is None:
            raise Malformed(f"mode {mode!r} is not a kind of model modelreg describes")
        entry["kind"] = kind

    prices: dict[str, float] = {}
    for name, value in data.items():
        if name in _PRICES:
            ours, scale, only = _PRICES[name]
            if only is None or only == kind:
                number = price(value, name, scale)
                if number is not None:
                    prices.setdefault(ours, number)
                continue
        elif name in _FLAGS:
            yes = flag(value, name)
            if yes is not None:
                entry[_FLAGS[name]] = yes
            continue
        elif name in _READ_APART:
            continue
        unknown.append(name)
    if prices:
        entry["pricing"] = prices

    max_input = limit(data.get("max_input_tokens"), "max_input_tokens")  # checked, not kept
    output = limit(data.get("max_output_tokens"), "max_output_tokens")
    legacy = limit(data.get("max_tokens"), "max_tokens")
    if output is None and legacy is not None and legacy != max_input:
        output = legacy  # LEGACY max_tokens: the output limit unless it copies the input one
    if output is not None and kind not in _NO_OUTPUT:
        entry["max_completion_tokens"] = output
    if kind == "embedding":
        size = limit(data.get("output_vector_size"), "output_vector_size")
        if size is not None:
            entry["embedding_dimensions"] = size
    for outside, ours, read in _APART:
        if outside in data:
            value = read(data[outside])
            if value is None:
                unknown.append(outside)
            else:
                entry[ours] = value
    set_flags_from_modalities(entry)
    drop_conversational_claims(entry)
    if "output_vector_size" in data and "embedding_dimensions" not in entry:
        unknown.append("output_vector_size")
    return entry


def _per_size(key: str) -> tuple[str, dict[str, Any]] | None:
    """A per-size price key split: the key of the model it prices (the seller's prefix kept,
    the size, quality and steps taken out) and its size, quality and steps; None for a key
    of a model."""
    if "-x-" not in key:  # no size: a key of a model (the common case, first)
        return None
    parts = key.split("/")
    at = next((i for i, part in enumerate(parts) if _SIZE.fullmatch(part)), None)
    if at is None:
        return None
    width, height = _SIZE.fullmatch(parts[at]).groups()  # type: ignore[union-attr]
    size = "max" if "max" in (width, height) else f"{int(width)}x{int(height)}"
    before, after = parts[:at], parts[at + 1 :]
    quality = before.pop() if before and before[-1].lower() in _QUALITIES else None
    steps = _STEPS.fullmatch(after[0]) if after else None
    if steps is not None:
        after = after[1:]
    if not after:
        return None
    item = {"size": size, "quality": quality, "steps": steps and steps.group(1)}
    return "/".join(before + after), {k: v for k, v in item.items() if v is not None}


def _image_price(data: dict[str, Any], size: str) -> float | None:
    """One image's USD price in a per-size entry: per image, or per pixel times the size."""
    for name in ("output_cost_per_image", "input_cost_per_image"):
        value = price(data.get(name), name, 1)
        if value:
            return value
    width, _, height = size.partition("x")
    for name in ("output_cost_per_pixel", "input_cost_per_pixel"):
        value = price(data.get(name), name, 1)
        if value and height:
            return round(value * int(width) * int(height), 6)
    return None


def _add_image_prices(
    out: Converted,
    kept: dict[str, dict[str, Any]],
    name: str,
    keys: list[tuple[str, dict[str, Any], dict[str, Any]]],
) -> None:
    """Attach the per-size prices of one model (its key ``name``) to its entry: the one the
    document has, else a new entry from the first per-size key's fields."""
    first, data, _ = keys[0]
    raw_provider = text(data.get("litellm_provider"))
    own = model_id(name, raw_provider).lower()
    prices: dict[tuple[Any, ...], dict[str, Any]] = {}
    for key, fields, item in keys:
        try:
            value = _image_price(fields, item["size"])
        except Malformed as problem:
            out.skipped.append((key, str(problem)))
            continue
        if value is None:
            out.skipped.append((key, "a per-size image price of 0 or none"))
            continue
        combination = tuple(item.get(k) for k in ("size", "quality", "steps"))
        prices.setdefault(combination, {**item, "price_per_image": value})
    if not prices:
        return
    entry = kept.get(own)
    if entry is None:
        unknown: list[str] = []
        try:
            entry = _entry(name, data, unknown)
        except Malformed as problem:
            out.skipped.append((first, str(problem)))
            return
        entry.pop("pricing", None)  # one size's price is not the model's
        if not out.add(first, entry, []):
            return
        kept[own] = entry
    entry.setdefault("pricing", {})["image_prices"] = list(prices.values())


_APART: tuple[tuple[str, str, Callable[[Any], Any]], ...] = (
    ("supported_modalities", "input_modalities", modality_list),
    ("supported_output_modalities", "output_modalities", modality_list),
    ("deprecation_date", "retirement_date", day),  # LiteLLM's date is the shutdown
    ("successor_model", "successor", text),
    ("source", "reference_url", text),
)


def _add_alias(
    out: Converted,
    ids: dict[str, str],
    kept: dict[str, dict[str, Any]],
    alias: str,
    target: Any,
) -> None:
    """Record an {"alias_of": KEY} entry as an alias of the entry KEY became.

    The alias is renamed as its target's key was: "azure/x-latest" of "azure/x" stays
    whole, "deepseek/x-latest" of "deepseek/x" (entry "x") becomes "x-latest".
    """
    own = ids.get(target) if isinstance(target, str) else None
    entry = kept.get(own.lower()) if own else None
    if own is None or entry is None or not isinstance(target, str):
        out.skipped.append((alias, f"an alias of {target!r}, which is not in the document"))
        return
    name = alias
    if own != target and own.endswith(target) and "/" not in alias:
        name = own[: -len(target)] + alias
    elif own != target and target.endswith(own) and alias.startswith(target[: -len(own)]):
        name = alias[len(target) - len(own) :]
    if not name or name.strip() != name:
        out.skipped.append((alias, f"an alias {name!r} that is empty or has surrounding spaces"))
        return
    if name.lower() in out._seen:
        out.skipped.append((alias, f"an alias of {target!r} whose id {name!r} is taken"))
        return
    out._seen.add(name.lower())
    entry.setdefault("aliases", []).append(name)
