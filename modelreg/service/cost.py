"""The USD cost of a request from a model's per-token pricing (the architecture's cost tracking)."""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from modelreg.schema.definition import ModelPricing


def prices_of(pricing: ModelPricing | Mapping[str, Any] | None) -> Mapping[str, Any]:
    """The prices of a ModelPricing, a dict of prices or None (no prices); anything else is a
    TypeError naming what is expected."""
    if pricing is None:
        return {}
    if isinstance(pricing, Mapping):
        return pricing
    definition = sys.modules.get("modelreg.schema.definition")  # loaded if a ModelPricing exists
    if definition is not None:
        if isinstance(pricing, definition.ModelPricing):
            return pricing.__dict__
        if isinstance(pricing, definition.ModelDefinition):
            raise TypeError(
                "pricing must be a ModelPricing, a dict of prices or None, not a "
                "ModelDefinition (pass its .pricing)"
            )
    raise TypeError(
        f"pricing must be a ModelPricing, a dict of prices or None, not {type(pricing).__name__}"
    )


# The prices a long-context tier, the batch API and off-peak hours replace.
_TIER_PRICES = (
    "prompt_price_per_1m",
    "completion_price_per_1m",
    "cached_price_per_1m",
    "cache_write_price_per_1m",
)
_BATCH_PRICES = {
    "prompt_price_per_1m": "batch_prompt_price_per_1m",
    "completion_price_per_1m": "batch_completion_price_per_1m",
}
_OFF_PEAK_PRICES = ("prompt_price_per_1m", "completion_price_per_1m", "cached_price_per_1m")


def billed_prices(
    pricing: ModelPricing | Mapping[str, Any] | None,
    prompt_tokens: int,
    *,
    batch: bool = False,
    off_peak: bool = False,
) -> dict[str, Any]:
    """The prices a request with this many prompt tokens (cached and cache writes included)
    is billed at, as the provider charges: past a long-context threshold that applies to the
    whole request, that tier's prices; through the batch API, the batch prices; in off-peak
    hours, the off-peak prices. A price the model does not publish for what is asked is None
    (unknown, not the standard price). ``excess_prices`` holds a tier that applies only to
    the prompt tokens past its threshold (``excess_from``)."""
    prices = dict(prices_of(pricing))
    tier = prices.get("long_context")
    if tier is not None and prompt_tokens > tier["threshold_tokens"]:
        given = {k: tier[k] for k in _TIER_PRICES if tier.get(k) is not None}
        if tier.get("applies_to", "request") == "request":
            prices.update(given)
        else:
            prices["excess_prices"] = given
            prices["excess_from"] = tier["threshold_tokens"]
    if batch:
        prices.update({k: prices.get(b) for k, b in _BATCH_PRICES.items()})
        prices.pop("excess_prices", None)  # batch prices are flat
    if off_peak:
        hours = prices.get("off_peak") or {}
        prices.update({k: hours.get(k) for k in _OFF_PEAK_PRICES})
    return prices


def request_cost(
    pricing: ModelPricing | Mapping[str, Any] | None,
    prompt_tokens: int,
    completion_tokens: int = 0,
    cached_tokens: int = 0,
    *,
    batch: bool = False,
    off_peak: bool = False,
) -> dict[str, float | None]:
    """The cost of each part of a request and the total, in USD.

    ``pricing`` is a ModelPricing (a ModelDefinition's ``pricing``), a dict of
    prices, or None. Cached tokens are part of the prompt tokens, billed at the
    cached price (at the prompt price where the model has none). Prices are those
    the provider charges for this request (billed_prices: long-context tiers, and
    batch or off-peak prices when asked). A part whose price is unknown is None,
    and so is the total: unknown is not free.
    """
    if cached_tokens > prompt_tokens:
        raise ValueError("cached tokens cannot exceed prompt tokens")
    prices = billed_prices(pricing, prompt_tokens, batch=batch, off_peak=off_peak)
    prompt_price = prices.get("prompt_price_per_1m")
    cached_price = prices.get("cached_price_per_1m")
    if cached_price is None:
        cached_price = prompt_price
    parts = {
        "prompt_cost": _text_part(prices, prompt_tokens - cached_tokens, prompt_tokens),
        "cached_cost": _part(cached_tokens, cached_price),
        "completion_cost": _part(completion_tokens, prices.get("completion_price_per_1m")),
    }
    known = [cost for cost in parts.values() if cost is not None]
    total = round(sum(known), 10) if len(known) == len(parts) else None
    return {**parts, "total_cost": total}


def _text_part(prices: Mapping[str, Any], text: int, prompt: int) -> float | None:
    """The uncached prompt tokens' cost: those past an excess tier's threshold (the last
    ones of the prompt) at its price, the others at the prompt price."""
    excess = prices.get("excess_prices")
    price = prices.get("prompt_price_per_1m")
    if excess is None or "prompt_price_per_1m" not in excess:
        return _part(text, price)
    past = min(text, max(0, prompt - prices["excess_from"]))
    below, above = _part(text - past, price), _part(past, excess["prompt_price_per_1m"])
    return None if below is None or above is None else round(below + above, 10)


def _part(tokens: int, price_per_1m: float | None) -> float | None:
    """The cost of some tokens: none is free whatever the price; a price unknown is None."""
    if tokens == 0:
        return 0.0
    return None if price_per_1m is None else round(tokens * price_per_1m / 1e6, 10)


# The parts usage_cost gives before "total_cost": text in, cache reads, cache writes,
# audio in, text out, audio out.
USAGE_PARTS = (
    "prompt_cost",
    "cached_cost",
    "cache_write_cost",
    "audio_input_cost",
    "completion_cost",
    "audio_output_cost",
)
# Anthropic's usage counts cache writes and reads beside input_tokens, not inside them.
_ANTHROPIC_CACHE = ("cache_creation_input_tokens", "cache_read_input_tokens")


def usage_cost(
    pricing: ModelPricing | Mapping[str, Any] | None,
    usage: Any,
    *,
    batch: bool = False,
    off_peak: bool = False,
) -> dict[str, float | None]:
    """The cost of each part of a usage object and the total, in USD.

    ``pricing`` is a ModelPricing, a dict of prices or None. ``usage`` is the
    ``usage`` of a response, as openai's typed object (``CompletionUsage``,
    ``ResponseUsage``; any pydantic model is read by its fields) or as a dict:

    * Chat Completions (prompt_tokens, completion_tokens and their ``*_details``)
      or Responses (input_tokens, output_tokens, ...): cached, cache-write and
      audio tokens are parts of the prompt tokens, audio and reasoning tokens
      parts of the completion tokens, so the text tokens are what is left and
      nothing is counted twice (reasoning tokens are billed as the completion
      tokens they are);
    * Anthropic's (input_tokens, output_tokens, cache_creation_input_tokens,
      cache_read_input_tokens): the cache writes and reads are beside the input
      tokens, not inside them.

    Cache reads cost the cached price and cache writes the cache-write price (each
    the prompt price where the model has none: no discount, no surcharge known);
    Anthropic's 1-hour cache writes (``cache_creation.ephemeral_1h_input_tokens``)
    the 1-hour write price (else the write price). Prices are those the provider
    charges for this request (billed_prices: long-context tiers past their
    threshold, batch or off-peak prices when asked);
    audio tokens the audio prices. A part whose price is unknown is None, and so is
    the total. A usage of another type is a TypeError; a malformed one (a count that
    is not a non-negative int, parts above their whole, a count too large to cost as
    a finite float, two shapes at once) a ValueError naming the field.
    """
    usage = _usage_fields(usage)
    chat = "prompt_tokens" in usage or "completion_tokens" in usage
    if chat and ("input_tokens" in usage or "output_tokens" in usage):
        raise ValueError("usage has both prompt_tokens/completion_tokens and input/output_tokens")
    anthropic = any(usage.get(name) is not None for name in _ANTHROPIC_CACHE)
    if anthropic and (chat or usage.get("input_tokens_details") is not None):
        shape = "prompt_tokens" if chat else "input_tokens_details"
        raise ValueError(
            f"usage has both OpenAI's {shape} and Anthropic's cache_creation_input_tokens/"
            "cache_read_input_tokens: give one shape"
        )
    inp, out = ("prompt", "completion") if chat else ("input", "output")
    if usage.get(f"{inp}_tokens") is None:
        raise ValueError("usage has no prompt_tokens (or input_tokens)")
    completion = _count(usage, f"{out}_tokens")
    audio_out = _count(usage, f"{out}_tokens_details", "audio_tokens")
    reasoning = _count(usage, f"{out}_tokens_details", "reasoning_tokens")
    for name, part in (("audio_tokens", audio_out), ("reasoning_tokens", reasoning)):
        if part > completion:
            raise ValueError(f"{out}_tokens_details.{name} exceeds {out}_tokens")
    written_1h = 0
    if anthropic:
        text = _count(usage, "input_tokens")
        cached = _count(usage, "cache_read_input_tokens")
        written = _count(usage, "cache_creation_input_tokens")
        written_1h = _count(usage, "cache_creation", "ephemeral_1h_input_tokens")
        if written_1h > written:
            raise ValueError(
                "usage cache_creation.ephemeral_1h_input_tokens exceeds cache_creation_input_tokens"
            )
        audio_in = 0
    else:
        prompt = _count(usage, f"{inp}_tokens")
        cached = _count(usage, f"{inp}_tokens_details", "cached_tokens")
        written = _count(usage, f"{inp}_tokens_details", "cache_write_tokens")
        audio_in = _count(usage, f"{inp}_tokens_details", "audio_tokens")
        if cached + written + audio_in > prompt:
            raise ValueError(
                f"{inp}_tokens_details: cached_tokens + cache_write_tokens + audio_tokens "
                f"exceed {inp}_tokens"
            )
        text = prompt - cached - written - audio_in
    prompt = text + cached + written + audio_in
    prices = billed_prices(pricing, prompt, batch=batch, off_peak=off_peak)
    prompt_price = prices.get("prompt_price_per_1m")
    cached_price = prices.get("cached_price_per_1m")
    write_price = prices.get("cache_write_price_per_1m")
    write_price = prompt_price if write_price is None else write_price
    write_1h_price = prices.get("cache_write_1h_price_per_1m")
    write_1h_price = write_price if write_1h_price is None else write_1h_price
    writes = _sum_parts(
        _finite_part(written - written_1h, write_price, "cache write tokens"),
        _finite_part(written_1h, write_1h_price, "1-hour cache write tokens"),
    )
    counts = (
        (text, prompt_price, f"{inp}_tokens"),
        (cached, prompt_price if cached_price is None else cached_price, "cached tokens"),
        (audio_in, prices.get("audio_input_price_per_1m"), "audio input tokens"),
        (completion - audio_out, prices.get("completion_price_per_1m"), f"{out}_tokens"),
        (audio_out, prices.get("audio_output_price_per_1m"), "audio output tokens"),
    )
    parts = {
        name: _finite_part(tokens, price, field)
        for name, (tokens, price, field) in zip(
            [p for p in USAGE_PARTS if p != "cache_write_cost"], counts, strict=True
        )
    }
    parts = {name: parts.get(name, writes) for name in USAGE_PARTS}
    if "excess_prices" in prices:  # a tier for the prompt tokens past its threshold
        parts["prompt_cost"] = _text_part(prices, text, prompt)
    known = [cost for cost in parts.values() if cost is not None]
    # A finite part is below 1.8e302 (tokens * price stays a finite float): so is their sum.
    total = round(sum(known), 10) if len(known) == len(parts) else None
    return {**parts, "total_cost": total}


def _sum_parts(*parts: float | None) -> float | None:
    """The sum of some parts' costs, None when one is unknown."""
    return None if None in parts else round(sum(p for p in parts if p is not None), 10)


def _usage_fields(usage: Any) -> Mapping[str, Any]:
    """The fields of a usage: a dict as is, a pydantic model (openai's typed usage objects)
    by its fields; anything else is a TypeError naming what is expected."""
    if isinstance(usage, Mapping):
        return usage
    pydantic = sys.modules.get("pydantic")  # loaded if a pydantic model exists
    if pydantic is not None and isinstance(usage, pydantic.BaseModel):
        fields: Mapping[str, Any] = usage.model_dump()
        return fields
    raise TypeError(
        "usage must be an OpenAI usage object (CompletionUsage, ResponseUsage), an "
        f"Anthropic usage or a dict of their counts, not {type(usage).__name__}"
    )


def _count(usage: Mapping[str, Any], field: str, detail: str | None = None) -> int:
    """A token count of a usage (a missing or null one is 0): a non-negative int, or ValueError."""
    name = field
    value: Any = usage.get(field)
    if detail is not None:
        if value is not None and not isinstance(value, Mapping):
            raise ValueError(f"usage {field} must be an object, not {type(value).__name__}")
        name = f"{field}.{detail}"
        value = None if value is None else value.get(detail)
    if value is None:
        return 0
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"usage {name} must be a non-negative int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"usage {name} must be a non-negative int, not a negative one")
    return value


def _finite_part(tokens: int, price_per_1m: float | None, field: str) -> float | None:
    """``_part``, with a count too large for a finite float cost a ValueError naming it."""
    try:
        cost = _part(tokens, price_per_1m)
    except OverflowError:
        cost = math.inf
    if cost is not None and not math.isfinite(cost):
        raise ValueError(f"usage {field} is too large to cost: {tokens.bit_length()}-bit count")
    return cost
