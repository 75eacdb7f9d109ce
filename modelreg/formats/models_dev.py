"""models.dev's api.json: {provider: {id, name, doc, models: {key: {...}}}}, prices per 1M."""

from __future__ import annotations

from itertools import islice
from typing import Any

from modelreg.formats import (
    Converted,
    Malformed,
    count_unknown,
    day,
    drop_conversational_claims,
    flag,
    limit,
    maker_named,
    maker_of,
    modality_list,
    month_or_day,
    price,
    set_flags_from_modalities,
    text,
)

SHAPE = "expected an object of provider ids to objects with a 'models' object"

# Providers that are a maker's own API: their model keys are the ids.
FIRST_PARTY: dict[str, str] = {
    "openai": "openai",
    "anthropic": "anthropic",
    "google": "google",
    "xai": "xai",
    "mistral": "mistral",
    "deepseek": "deepseek",
    "cohere": "cohere",
    "llama": "meta",
    "nvidia": "nvidia",
    "moonshotai": "moonshotai",
    "zai": "zai",
    "minimax": "minimax",
    "alibaba": "alibaba",
    "xiaomi": "xiaomi",
    "perplexity": "perplexity",
    "upstage": "upstage",
    "inception": "inception",
}
# Hosts spelled as LiteLLM (and so modelreg) spells them; others keep their key.
HOSTS: dict[str, str] = {
    "amazon-bedrock": "bedrock",
    "google-vertex": "vertex_ai",
    "google-vertex-anthropic": "vertex_ai",
    "fireworks-ai": "fireworks_ai",
    "togetherai": "together_ai",
    "github-copilot": "github_copilot",
    "novita-ai": "novita",
}
_PRICES = tuple(
    (outside, ours, f"cost.{outside}")  # the name an error gives, made once
    for outside, ours in (
        ("input", "prompt_price_per_1m"),
        ("output", "completion_price_per_1m"),
        ("cache_read", "cached_price_per_1m"),
        ("cache_write", "cache_write_price_per_1m"),
        ("input_audio", "audio_input_price_per_1m"),
        ("output_audio", "audio_output_price_per_1m"),
    )
)
_FLAGS = (
    ("tool_call", "supports_function_calling"),
    ("reasoning", "supports_reasoning"),
    ("structured_output", "supports_structured_output"),
)
_STATUSES = {"alpha": "preview", "beta": "preview", "deprecated": "deprecated"}
_USED = frozenset(
    {"id", "name", "cost", "limit", "modalities", "open_weights", "release_date", "knowledge"}
    | {"status"}
    | {outside for outside, _ in _FLAGS}
)
_COST_USED = frozenset(outside for outside, _, _ in _PRICES)
_LIMIT_USED = frozenset({"context", "output"})
_NOT_CONVERSATIONAL = ("embedding", "rerank")


def looks_like(doc: Any) -> bool:
    """models.dev: an object whose values are providers with a 'models' object."""
    if not isinstance(doc, dict) or not doc:
        return False
    return any(
        isinstance(value, dict) and isinstance(value.get("models"), dict)
        for value in islice(doc.values(), 50)
    )


def provider_of(key: str) -> tuple[str, bool]:
    """modelreg's provider name of a models.dev provider key, and whether it is first-party."""
    name = key.lower()
    if name in FIRST_PARTY:
        return FIRST_PARTY[name], True
    return HOSTS.get(name, name), False


def read(doc: dict[str, Any], out: Converted) -> None:
    """Convert every model of every provider into ``out``."""
    for provider_key, block in doc.items():
        models = block.get("models") if isinstance(block, dict) else None
        if not isinstance(models, dict):
            out.skipped.append((provider_key, "a provider without a 'models' object"))
            continue
        provider, first_party = provider_of(provider_key)
        for key, data in models.items():
            name = f"{provider_key}/{key}"
            if not isinstance(data, dict):
                out.skipped.append((name, "not an object"))
                continue
            unknown: list[str] = []
            try:
                entry = _entry(key, data, provider, first_party, unknown)
            except Malformed as problem:
                out.skipped.append((name, str(problem)))
                continue
            out.add(name, entry, unknown)


def _owner(key: str, provider: str, first_party: bool) -> str | None:
    """The maker: a key's "maker/" prefix, else the provider (first-party) or the name.

    A first-party key with a prefix is a NIM-style "maker/model" id; a host's prefix
    counts only when it is a maker modelreg knows ("@cf/..." and "accounts/..." are not).
    """
    prefix, slash, _ = key.partition("/")
    if slash:
        owner = maker_named(prefix, any_name=first_party)
        if owner:
            return owner
    return provider if first_party and not slash else maker_of(key)


def _kind(key: str, data: dict[str, Any], inputs: Any, outputs: Any) -> str | None:
    """The kind where the source shows it: embedding/rerank in the name, else modalities."""
    names = f"{key} {data.get('family') or ''}".lower()
    if "embed" in names:
        return "embedding"
    if "rerank" in names:
        return "rerank"
    if not outputs or "text" in outputs:
        return "speech_to_text" if inputs == ["audio"] and outputs == ["text"] else None
    if outputs == ["image"]:
        return "image_generation"
    if outputs == ["audio"]:
        return "text_to_speech"
    if "video" in outputs:
        return "video_generation"
    return None


def _entry(
    key: str, data: dict[str, Any], provider: str, first_party: bool, unknown: list[str]
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": key if first_party else f"{provider}/{key}",
        "provider": provider,
    }
    owner = _owner(key, provider, first_party)
    if owner:
        entry["owned_by"] = owner
    name = text(data.get("name"))
    if name:
        entry["name"] = name

    modalities = data.get("modalities")
    if isinstance(modalities, dict):
        for outside, ours in (("input", "input_modalities"), ("output", "output_modalities")):
            found = modality_list(modalities.get(outside))
            if found is not None:
                entry[ours] = found
    kind = _kind(key, data, entry.get("input_modalities"), entry.get("output_modalities"))
    if kind:
        entry["kind"] = kind
    if kind in _NOT_CONVERSATIONAL:
        entry.pop("output_modalities", None)  # models.dev says "text" for a vector or score

    cost = data.get("cost")
    if isinstance(cost, dict):
        prices = {}
        for outside, ours, name in _PRICES:
            value = cost.get(outside)
            if value is not None:
                value = price(value, name, 1)
                if value is not None:
                    prices[ours] = value
        if prices:
            entry["pricing"] = prices
        count_unknown(unknown, cost, _COST_USED, "cost.")
    elif cost is not None:
        raise Malformed(f"cost is not an object: {cost!r}")

    limits = data.get("limit")
    if isinstance(limits, dict):
        context = limit(limits.get("context"), "limit.context")
        output = limit(limits.get("output"), "limit.output")
        limit(limits.get("input"), "limit.input")  # an input limit: checked, not kept
        if context is not None:
            entry["context_window"] = context
        if output is not None and kind not in _NOT_CONVERSATIONAL:  # not a vector size
            entry["max_completion_tokens"] = output
        count_unknown(unknown, limits, _LIMIT_USED, "limit.")
    elif limits is not None:
        raise Malformed(f"limit is not an object: {limits!r}")

    for outside, ours in _FLAGS:
        yes = flag(data.get(outside), outside)
        if yes is not None:
            entry[ours] = yes
    set_flags_from_modalities(entry)
    drop_conversational_claims(entry)
    if flag(data.get("open_weights"), "open_weights"):
        entry["tags"] = ["open-weights"]
    for outside, ours, read_value in (
        ("release_date", "release_date", day),
        ("knowledge", "knowledge_cutoff", month_or_day),
    ):
        date = read_value(data.get(outside))
        if date is not None:
            entry[ours] = date
    status = data.get("status")
    if isinstance(status, str) and status in _STATUSES:
        entry["status"] = _STATUSES[status]
    count_unknown(unknown, data, _USED)
    return entry
