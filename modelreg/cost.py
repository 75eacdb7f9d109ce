"""The USD cost of a request from a model's per-token pricing (the architecture's cost tracking)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def request_cost(
    pricing: Mapping[str, Any] | None,
    prompt_tokens: int,
    completion_tokens: int = 0,
    cached_tokens: int = 0,
) -> dict[str, float | None]:
    """The cost of each part of a request and the total, in USD.

    Cached tokens are part of the prompt tokens, billed at the cached price (at
    the prompt price where the model has none). A part whose price is unknown
    is None, and so is the total: unknown is not free.
    """
    if cached_tokens > prompt_tokens:
        raise ValueError("cached tokens cannot exceed prompt tokens")
    prices = pricing or {}
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
