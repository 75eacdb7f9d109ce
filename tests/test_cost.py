"""Request costs from per-token pricing."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openai.types import CompletionUsage
from openai.types.completion_usage import CompletionTokensDetails, PromptTokensDetails
from openai.types.responses import ResponseUsage
from openai.types.responses.response_usage import InputTokensDetails, OutputTokensDetails
from pydantic import BaseModel

from modelreg import ModelDefinition, ModelPricing
from modelreg.registry import builtin
from modelreg.service.cost import request_cost, usage_cost

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


AUDIO = GPT_4O | {"audio_input_price_per_1m": 40.0, "audio_output_price_per_1m": 80.0}
FREE_PARTS = dict.fromkeys(("cache_write_cost", "audio_input_cost", "audio_output_cost"), 0.0)


def test_plain_counts_cost_what_request_cost_says() -> None:
    usage = {"prompt_tokens": 1200, "completion_tokens": 300, "total_tokens": 1500}
    assert usage_cost(GPT_4O, usage) == request_cost(GPT_4O, 1200, 300) | FREE_PARTS


def test_an_embedding_usage_has_no_completion_tokens() -> None:
    cost = usage_cost({"prompt_price_per_1m": 0.02}, {"prompt_tokens": 500, "total_tokens": 500})
    assert cost["total_cost"] == 0.00001


def test_cached_tokens_from_the_prompt_details() -> None:
    usage = {
        "prompt_tokens": 1200,
        "completion_tokens": 300,
        "prompt_tokens_details": {"cached_tokens": 1000},
    }
    assert usage_cost(GPT_4O, usage) == request_cost(GPT_4O, 1200, 300, 1000) | FREE_PARTS


def test_reasoning_tokens_are_inside_the_completion_tokens() -> None:
    usage = {
        "prompt_tokens": 0,
        "completion_tokens": 1000,
        "completion_tokens_details": {"reasoning_tokens": 800, "accepted_prediction_tokens": 0},
    }
    assert usage_cost(GPT_4O, usage)["total_cost"] == 0.01  # 1000 tokens at $10 / 1M, not 1800


def test_audio_tokens_at_the_audio_prices() -> None:
    usage = {
        "prompt_tokens": 1200,
        "completion_tokens": 300,
        "prompt_tokens_details": {"cached_tokens": 1000, "audio_tokens": 100},
        "completion_tokens_details": {"audio_tokens": 50, "reasoning_tokens": 0},
    }
    assert usage_cost(AUDIO, usage) == {
        "prompt_cost": 0.00025,  # 100 text tokens at $2.50 / 1M
        "cached_cost": 0.00125,  # 1000 cached tokens at $1.25 / 1M
        "cache_write_cost": 0.0,
        "audio_input_cost": 0.004,  # 100 audio tokens at $40 / 1M
        "completion_cost": 0.0025,  # 250 text tokens at $10 / 1M
        "audio_output_cost": 0.004,  # 50 audio tokens at $80 / 1M
        "total_cost": 0.012,
    }


def test_audio_tokens_without_an_audio_price_are_unknown_not_text() -> None:
    usage = {"prompt_tokens": 100, "prompt_tokens_details": {"audio_tokens": 10}}
    cost = usage_cost(GPT_4O, usage)
    assert cost["audio_input_cost"] is None and cost["total_cost"] is None
    assert cost["prompt_cost"] == 0.000225


def test_a_responses_api_usage() -> None:
    usage = {
        "input_tokens": 1200,
        "input_tokens_details": {"cached_tokens": 1000},
        "output_tokens": 300,
        "output_tokens_details": {"reasoning_tokens": 100},
        "total_tokens": 1500,
    }
    assert usage_cost(GPT_4O, usage) == request_cost(GPT_4O, 1200, 300, 1000) | FREE_PARTS


def test_null_details_and_counts_are_zero() -> None:
    usage = {
        "prompt_tokens": 10,
        "completion_tokens": None,
        "prompt_tokens_details": None,
        "completion_tokens_details": {"reasoning_tokens": None},
    }
    assert usage_cost(GPT_4O, usage)["total_cost"] == 0.000025


def test_unknown_prices_give_unknown_parts_and_total() -> None:
    cost = usage_cost(None, {"prompt_tokens": 10, "completion_tokens": 10})
    assert cost["prompt_cost"] is None and cost["completion_cost"] is None
    assert cost["total_cost"] is None


@pytest.mark.parametrize(
    ("usage", "field"),
    [
        ({}, "no prompt_tokens"),
        ({"prompt_tokens": -1}, "prompt_tokens"),
        ({"prompt_tokens": 1.5}, "prompt_tokens"),
        ({"prompt_tokens": "10"}, "prompt_tokens"),
        ({"prompt_tokens": True}, "prompt_tokens"),
        ({"prompt_tokens": 10, "completion_tokens": -2}, "completion_tokens"),
        ({"prompt_tokens": 10, "prompt_tokens_details": []}, "prompt_tokens_details"),
        (
            {"prompt_tokens": 10, "prompt_tokens_details": {"cached_tokens": 11}},
            "cached_tokens",
        ),
        (
            {"prompt_tokens": 10, "prompt_tokens_details": {"cached_tokens": 6, "audio_tokens": 5}},
            "audio_tokens",
        ),
        (
            {
                "prompt_tokens": 1,
                "completion_tokens": 5,
                "completion_tokens_details": {"reasoning_tokens": 6},
            },
            "reasoning_tokens",
        ),
        ({"prompt_tokens": 1, "input_tokens": 1}, "both"),
        ({"input_tokens": 1, "output_tokens": -1}, "output_tokens"),
    ],
)
def test_a_malformed_usage_is_a_value_error_naming_the_field(usage: Any, field: str) -> None:
    with pytest.raises(ValueError, match=field):
        usage_cost(GPT_4O, usage)


@pytest.mark.parametrize("tokens", [10**400, 10**308, 2**1030])
def test_a_count_too_large_for_a_finite_cost_is_rejected(tokens: int) -> None:
    with pytest.raises(ValueError, match="completion_tokens is too large"):
        usage_cost(GPT_4O, {"prompt_tokens": 0, "completion_tokens": tokens})


def test_a_huge_count_with_an_unknown_price_is_just_unknown() -> None:
    assert usage_cost(None, {"prompt_tokens": 10**400})["total_cost"] is None


_counts = st.one_of(st.none(), st.integers(min_value=-5, max_value=10**12), st.floats(), st.text())
_usages = st.fixed_dictionaries(
    {},
    optional={
        "prompt_tokens": _counts,
        "completion_tokens": _counts,
        "input_tokens": _counts,
        "prompt_tokens_details": st.one_of(
            st.none(),
            st.integers(),
            st.dictionaries(st.sampled_from(["cached_tokens", "audio_tokens"]), _counts),
        ),
        "completion_tokens_details": st.dictionaries(
            st.sampled_from(["reasoning_tokens", "audio_tokens"]), _counts
        ),
    },
)


@given(_usages)
def test_any_usage_costs_finite_parts_or_raises_value_error(usage: dict[str, Any]) -> None:
    try:
        cost = usage_cost(AUDIO, usage)
    except ValueError:
        return
    assert all(value is None or (math.isfinite(value) and value >= 0) for value in cost.values())


# -- the library's own types and the usage objects of the official clients ---------------

CLAUDE = {
    "prompt_price_per_1m": 3.0,
    "completion_price_per_1m": 15.0,
    "cached_price_per_1m": 0.3,
    "cache_write_price_per_1m": 3.75,
}


def test_a_model_pricing_costs_what_its_dict_costs() -> None:
    pricing = ModelPricing(**GPT_4O)
    assert request_cost(pricing, 1200, 300, 1000) == request_cost(GPT_4O, 1200, 300, 1000)
    usage = {"prompt_tokens": 1200, "completion_tokens": 300}
    assert usage_cost(pricing, usage) == usage_cost(GPT_4O, usage)


def test_a_registered_models_pricing_is_taken_as_it_comes() -> None:
    model = builtin().get_model("gpt-4o")
    assert model.pricing is not None
    cost = request_cost(model.pricing, prompt_tokens=1_000_000, completion_tokens=1_000_000)
    prices = model.pricing
    assert cost["total_cost"] == prices.prompt_price_per_1m + prices.completion_price_per_1m


@pytest.mark.parametrize("pricing", [2.5, [2.5], "2.5"])
def test_pricing_of_another_type_is_a_type_error_naming_the_expected(pricing: Any) -> None:
    with pytest.raises(
        TypeError, match=r"pricing must be a ModelPricing, a dict of prices or None"
    ):
        request_cost(pricing, 10)
    with pytest.raises(TypeError, match=r"pricing must be a ModelPricing"):
        usage_cost(pricing, {"prompt_tokens": 10})


def test_a_model_definition_as_pricing_says_to_pass_its_pricing() -> None:
    with pytest.raises(TypeError, match=r"not a ModelDefinition \(pass its \.pricing\)"):
        request_cost(ModelDefinition(id="x"), 10)  # type: ignore[arg-type]


def test_openais_typed_chat_usage() -> None:
    usage = CompletionUsage(
        prompt_tokens=1200,
        completion_tokens=300,
        total_tokens=1500,
        prompt_tokens_details=PromptTokensDetails(cached_tokens=1000, audio_tokens=0),
        completion_tokens_details=CompletionTokensDetails(reasoning_tokens=100),
    )
    assert usage_cost(GPT_4O, usage) == request_cost(GPT_4O, 1200, 300, 1000) | FREE_PARTS
    assert usage_cost(GPT_4O, usage) == usage_cost(GPT_4O, usage.model_dump())


def test_openais_typed_responses_usage() -> None:
    usage = ResponseUsage(
        input_tokens=1200,
        input_tokens_details=InputTokensDetails(cached_tokens=1000, cache_write_tokens=0),
        output_tokens=300,
        output_tokens_details=OutputTokensDetails(reasoning_tokens=100),
        total_tokens=1500,
    )
    assert usage_cost(GPT_4O, usage) == request_cost(GPT_4O, 1200, 300, 1000) | FREE_PARTS


def test_cache_writes_inside_the_prompt_tokens_cost_the_cache_write_price() -> None:
    usage = ResponseUsage(
        input_tokens=10_000,
        input_tokens_details=InputTokensDetails(cached_tokens=2000, cache_write_tokens=6000),
        output_tokens=100,
        output_tokens_details=OutputTokensDetails(reasoning_tokens=0),
        total_tokens=10_100,
    )
    cost = usage_cost(CLAUDE, usage)
    assert cost["prompt_cost"] == 0.006  # 2000 uncached, unwritten tokens at $3 / 1M
    assert cost["cached_cost"] == 0.0006  # 2000 cache reads at $0.30 / 1M
    assert cost["cache_write_cost"] == 0.0225  # 6000 cache writes at $3.75 / 1M
    assert cost["completion_cost"] == 0.0015
    assert cost["total_cost"] == 0.0306
    chat = {"prompt_tokens": 100, "prompt_tokens_details": {"cache_write_tokens": 100}}
    assert usage_cost(GPT_4O, chat)["cache_write_cost"] == 0.00025  # no write price: the prompt's


def test_anthropic_usage_counts_cache_writes_and_reads_beside_the_input() -> None:
    usage = {
        "input_tokens": 100,
        "cache_creation_input_tokens": 1000,
        "cache_read_input_tokens": 2000,
        "output_tokens": 50,
    }
    assert usage_cost(CLAUDE, usage) == {
        "prompt_cost": 0.0003,  # 100 input tokens at $3 / 1M (not 100 - 3000)
        "cached_cost": 0.0006,  # 2000 cache reads at $0.30 / 1M
        "cache_write_cost": 0.00375,  # 1000 cache writes at $3.75 / 1M
        "audio_input_cost": 0.0,
        "completion_cost": 0.00075,  # 50 output tokens at $15 / 1M
        "audio_output_cost": 0.0,
        "total_cost": 0.0054,
    }


def test_an_anthropic_usage_object_is_read_by_its_fields() -> None:
    class Usage(BaseModel):  # the shape of anthropic.types.Usage
        input_tokens: int
        output_tokens: int
        cache_creation_input_tokens: int | None = None
        cache_read_input_tokens: int | None = None
        service_tier: str | None = None

    typed = Usage(input_tokens=100, output_tokens=50, cache_read_input_tokens=2000)
    plain = {"input_tokens": 100, "output_tokens": 50, "cache_read_input_tokens": 2000}
    assert usage_cost(CLAUDE, typed) == usage_cost(CLAUDE, plain)
    assert usage_cost(CLAUDE, typed)["cached_cost"] == 0.0006


@pytest.mark.parametrize(
    "usage",
    [
        {"prompt_tokens": 10, "cache_read_input_tokens": 5},
        {
            "input_tokens": 10,
            "input_tokens_details": {"cached_tokens": 5},
            "cache_read_input_tokens": 5,
        },
    ],
)
def test_openai_and_anthropic_shapes_at_once_are_refused(usage: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="give one shape"):
        usage_cost(CLAUDE, usage)


@pytest.mark.parametrize("usage", [[10], "10", 10, None, (("prompt_tokens", 10),)])
def test_a_usage_of_another_type_is_a_type_error_naming_the_expected(usage: Any) -> None:
    with pytest.raises(TypeError, match=r"usage must be an OpenAI usage object \(CompletionUsage"):
        usage_cost(GPT_4O, usage)


def test_cache_writes_and_reads_above_the_prompt_tokens_are_refused() -> None:
    usage = {
        "prompt_tokens": 10,
        "prompt_tokens_details": {"cached_tokens": 6, "cache_write_tokens": 5},
    }
    with pytest.raises(ValueError, match="cache_write_tokens"):
        usage_cost(GPT_4O, usage)
