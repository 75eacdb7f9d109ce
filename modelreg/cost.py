"""The USD cost of a request from a model's per-token pricing (the architecture's cost tracking)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def request_cost(
    pricing: Mapping[str, Any] | None,
    prompt_tokens: int,
    completion_tokens: int = 0,
    cached_tokens: int = 0,
) -> dict[str, float] | None:
    """The cost of each part of a request and the total, or None without per-token prices.

    Cached tokens are part of the prompt tokens, billed at the cached price (at
    the prompt price where the model has none).
    """
    if cached_tokens > prompt_tokens:
        raise ValueError("cached tokens cannot exceed prompt tokens")
    prices = pricing or {}
    prompt_price = prices.get("prompt_price_per_1m")
    completion_price = prices.get("completion_price_per_1m")
    if prompt_price is None or (completion_tokens and completion_price is None):
        return None
    cached_price = prices.get("cached_price_per_1m")
    parts = {
        "prompt_cost": (prompt_tokens - cached_tokens) * prompt_price / 1e6,
        "cached_cost": cached_tokens
        * (prompt_price if cached_price is None else cached_price)
        / 1e6,
        "completion_cost": completion_tokens * (completion_price or 0.0) / 1e6,
    }
    parts["total_cost"] = sum(parts.values())
    return {name: round(value, 10) for name, value in parts.items()}
