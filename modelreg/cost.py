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


def request_cost(
    pricing: ModelPricing | Mapping[str, Any] | None,
    prompt_tokens: int,
    completion_tokens: int = 0,
    cached_tokens: int = 0,
) -> dict[str, float | None]:
    """The cost of each part of a request and the total, in USD.

    ``pricing`` is a ModelPricing (a ModelDefinition's ``pricing``), a dict of
    prices, or None. Cached tokens are part of the prompt tokens, billed at the
    cached price (at the prompt price where the model has none). A part whose
    price is unknown is None, and so is the total: unknown is not free.
    """
    if cached_tokens > prompt_tokens:
        raise ValueError("cached tokens cannot exceed prompt tokens")
    prices = prices_of(pricing)
    prompt_price = prices.get("prompt_price_per_1m")
    cached_price = prices.get("cached_price_per_1m")
    if cached_price is None:
        cached_price = prompt_price
    parts = {
        "prompt_cost": _part(prompt_tokens - cached_tokens, prompt_price),
        "cached_cost": _part(cached_tokens, cached_price),
        "completion_cost": _part(completion_tokens, prices.get("completion_price_per_1m")),
    }
    known = [cost for cost in parts.values() if cost is not None]
    total = round(sum(known), 10) if len(known) == len(parts) else None
    return {**parts, "total_cost": total}


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
    pricing: ModelPricing | Mapping[str, Any] | None, usage: Any
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
    if anthropic:
        text = _count(usage, "input_tokens")
        cached = _count(usage, "cache_read_input_tokens")
        written = _count(usage, "cache_creation_input_tokens")
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
    prices = prices_of(pricing)
    prompt_price = prices.get("prompt_price_per_1m")
    cached_price = prices.get("cached_price_per_1m")
    write_price = prices.get("cache_write_price_per_1m")
    counts = (
        (text, prompt_price, f"{inp}_tokens"),
        (cached, prompt_price if cached_price is None else cached_price, "cached tokens"),
        (written, prompt_price if write_price is None else write_price, "cache write tokens"),
        (audio_in, prices.get("audio_input_price_per_1m"), "audio input tokens"),
        (completion - audio_out, prices.get("completion_price_per_1m"), f"{out}_tokens"),
        (audio_out, prices.get("audio_output_price_per_1m"), "audio output tokens"),
    )
    parts = {
        name: _finite_part(tokens, price, field)
        for name, (tokens, price, field) in zip(USAGE_PARTS, counts, strict=True)
    }
    known = [cost for cost in parts.values() if cost is not None]
    # A finite part is below 1.8e302 (tokens * price stays a finite float): so is their sum.
    total = round(sum(known), 10) if len(known) == len(parts) else None
    return {**parts, "total_cost": total}


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
