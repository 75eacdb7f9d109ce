"""Prices as providers charge them: long-context tiers, cache writes, batch and off-peak."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from modelreg.service.cost import usage_cost

from .conftest import Run, write_catalog


def test_a_long_prompt_is_billed_at_the_tier_for_the_whole_request(cli: Run) -> None:
    long = cli("cost", "gpt-5.4", "--prompt-tokens", "500K", "--completion-tokens", "10K", "--json")
    assert long.code == 0, long.stderr
    assert long.json()["total_cost"] == pytest.approx(2.725)  # 500K x $5 + 10K x $22.50
    short = cli(
        "cost", "gpt-5.4", "--prompt-tokens", "200K", "--completion-tokens", "10K", "--json"
    )
    assert short.json()["total_cost"] == pytest.approx(0.65)  # 200K x $2.50 + 10K x $15


def test_batch_and_off_peak_prices_when_asked_unknown_where_none(cli: Run) -> None:
    batch = cli(
        "cost",
        "gpt-5.4",
        "--prompt-tokens",
        "200K",
        "--completion-tokens",
        "10K",
        "--batch",
        "--json",
    )
    assert batch.json()["total_cost"] == pytest.approx(0.325)
    both = cli(
        "cost", "deepseek-v4-pro", "gpt-5.4", "--prompt-tokens", "1M", "--off-peak", "--json"
    ).json()
    assert both[0]["model"] == "deepseek-v4-pro"
    assert both[0]["total_cost"] == pytest.approx(0.66)
    assert both[1]["total_cost"] is None  # OpenAI has no off-peak hours: unknown, not standard
    out = cli("cost", "gpt-5.4", "--prompt-tokens", "1M", "--off-peak", "--json")
    assert "has no off-peak prompt price" in out.stderr


def test_an_excess_tier_bills_only_the_prompt_tokens_past_it(cli: Run, tmp_path: Path) -> None:
    tier = {"threshold_tokens": 100_000, "applies_to": "excess", "prompt_price_per_1m": 4.0}
    model = {
        "id": "acme/long",
        "pricing": {
            "prompt_price_per_1m": 1.0,
            "completion_price_per_1m": 2.0,
            "long_context": tier,
        },
    }
    catalog = write_catalog(tmp_path / "m.json", [model])
    out = cli(
        "-c",
        str(catalog),
        "cost",
        "acme/long",
        "--prompt-tokens",
        "150K",
        "--completion-tokens",
        "1M",
        "--json",
    )
    assert out.code == 0, out.stderr
    assert out.json()["prompt_cost"] == pytest.approx(0.1 + 0.2)  # 100K x $1 + 50K x $4
    assert out.json()["completion_cost"] == pytest.approx(2.0)  # completions are not tiered


def test_a_malformed_tier_names_source_entry_and_field(cli: Run, tmp_path: Path) -> None:
    model = {"id": "acme/bad", "pricing": {"long_context": {"prompt_price_per_1m": 4.0}}}
    catalog = write_catalog(tmp_path / "bad.json", [model])
    out = cli("-c", str(catalog), "show", "acme/bad")
    assert out.code == 3
    assert "bad.json" in out.stderr and "acme/bad" in out.stderr
    assert "pricing.long_context.threshold_tokens" in out.stderr
    hours = {"id": "acme/h", "pricing": {"off_peak": {"hours_utc": ["25:00-01:00"]}}}
    out = cli("-c", str(write_catalog(tmp_path / "h.json", [hours])), "show", "acme/h")
    assert out.code == 3 and "pricing.off_peak.hours_utc" in out.stderr


def test_show_and_schema_explain_the_tiers(cli: Run) -> None:
    shown = cli("show", "gpt-5.4").stdout
    assert "past 272,000 prompt tokens, for the whole request" in shown
    assert "long_context.prompt_price_per_1m\t5.0" in shown
    assert "04:00-06:00, 10:00-01:00 UTC" in cli("show", "deepseek-v4-pro").stdout
    schema = json.dumps(cli("schema").json())
    for key in (
        "long_context",
        "off_peak",
        "batch_prompt_price_per_1m",
        "cache_write_1h_price_per_1m",
        "threshold_tokens",
        "applies_to",
    ):
        assert key in schema, key


def test_anthropic_one_hour_cache_writes_cost_the_one_hour_price() -> None:
    pricing = {
        "prompt_price_per_1m": 5.0,
        "cache_write_price_per_1m": 6.25,
        "cache_write_1h_price_per_1m": 10.0,
        "cached_price_per_1m": 0.5,
    }
    usage = {
        "input_tokens": 1000,
        "output_tokens": 0,
        "cache_read_input_tokens": 0,
        "cache_creation_input_tokens": 3_000_000,
        "cache_creation": {
            "ephemeral_5m_input_tokens": 2_000_000,
            "ephemeral_1h_input_tokens": 1_000_000,
        },
    }
    costs = usage_cost(pricing, usage)
    assert costs["cache_write_cost"] == pytest.approx(2 * 6.25 + 10.0)
    bad = {**usage, "cache_creation": {"ephemeral_1h_input_tokens": 4_000_000}}
    with pytest.raises(ValueError, match="ephemeral_1h_input_tokens exceeds"):
        usage_cost(pricing, bad)
