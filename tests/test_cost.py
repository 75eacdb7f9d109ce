"""Request costs from per-token pricing."""

from __future__ import annotations

import pytest

from modelreg.cost import request_cost

GPT_4O = {"prompt_price_per_1m": 2.5, "completion_price_per_1m": 10.0, "cached_price_per_1m": 1.25}


def test_each_part_and_the_total() -> None:
    cost = request_cost(GPT_4O, prompt_tokens=1200, completion_tokens=300, cached_tokens=1000)
    assert cost == {
        "prompt_cost": 0.0005,  # 200 uncached prompt tokens at $2.50 / 1M
        "cached_cost": 0.00125,  # 1000 cached tokens at $1.25 / 1M
        "completion_cost": 0.003,  # 300 completion tokens at $10 / 1M
        "total_cost": 0.00475,
    }


def test_cached_tokens_cost_the_prompt_price_without_a_cached_price() -> None:
    prices = {"prompt_price_per_1m": 3.0, "completion_price_per_1m": 15.0}
    cost = request_cost(prices, prompt_tokens=1_000_000, cached_tokens=1_000_000)
    assert cost is not None
    assert (cost["prompt_cost"], cost["cached_cost"], cost["total_cost"]) == (0.0, 3.0, 3.0)


@pytest.mark.parametrize("pricing", [None, {}, {"image_price_per_unit": 0.04}])
def test_no_per_token_prices_means_unknown_not_free(pricing: dict[str, float] | None) -> None:
    cost = request_cost(pricing, prompt_tokens=10, completion_tokens=10)
    assert cost == dict.fromkeys(("prompt_cost", "cached_cost", "completion_cost"), None) | {
        "cached_cost": 0.0,
        "total_cost": None,
    }


def test_a_known_part_is_given_even_when_another_is_unknown() -> None:
    embedding = {"prompt_price_per_1m": 0.02}
    cost = request_cost(embedding, prompt_tokens=1000, completion_tokens=10)
    assert cost["prompt_cost"] == 0.00002
    assert cost["completion_cost"] is None and cost["total_cost"] is None


def test_a_prompt_only_request_needs_no_completion_price() -> None:
    assert request_cost({"prompt_price_per_1m": 0.02}, prompt_tokens=500) == {
        "prompt_cost": 0.00001,
        "cached_cost": 0.0,
        "completion_cost": 0.0,
        "total_cost": 0.00001,
    }


def test_more_cached_than_prompt_tokens_is_an_error() -> None:
    with pytest.raises(ValueError, match="cached tokens"):
        request_cost(GPT_4O, prompt_tokens=10, cached_tokens=11)
