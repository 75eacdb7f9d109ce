"""Any id a person has resolves to the model: a maker's prefixed form, a seller's id."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import Run

DATA = Path(__file__).parent.parent / "formats" / "data"
EXCERPTS = (
    "-c",
    f"litellm:{DATA / 'litellm_excerpt.json'}",
    "-c",
    f"models.dev:{DATA / 'models_dev_excerpt.json'}",
)


@pytest.mark.parametrize(
    ("asked", "model"),
    [
        ("openai/gpt-4o", "gpt-4o"),
        ("anthropic/claude-opus-4.5", "claude-opus-4-5-20251101"),
        ("azure/gpt-4o", "gpt-4o"),
        ("bedrock/anthropic.claude-haiku-4-5-20251001-v1:0", "claude-haiku-4-5-20251001"),
        ("anthropic.claude-haiku-4-5-20251001-v1:0", "claude-haiku-4-5-20251001"),
        ("openrouter/openai/gpt-4o", "gpt-4o"),
    ],
)
def test_any_id_a_person_has_resolves_to_the_model(script: Run, asked: str, model: str) -> None:
    shown = script(*EXCERPTS, "show", asked, "--json").json()
    assert shown["id"] == model


def test_a_maker_prefix_of_another_maker_does_not_resolve(script: Run) -> None:
    out = script(*EXCERPTS, "show", "meta/gpt-4o", "--json")
    assert out.code != 0 and "not found" in out.stderr


def test_looked_up_by_a_sellers_id_the_model_has_that_offers_prices(script: Run) -> None:
    own = script(*EXCERPTS, "show", "claude-sonnet-4-5", "--json").json()
    seller_id = "bedrock/us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0"
    sold = script(*EXCERPTS, "show", seller_id, "--json").json()
    offer = next(o for o in own["offers"] if o["id"] == seller_id)
    assert sold["id"] == own["id"]
    assert sold["pricing"]["prompt_price_per_1m"] == offer["pricing"]["prompt_price_per_1m"]
    assert sold["pricing"]["prompt_price_per_1m"] != own["pricing"]["prompt_price_per_1m"]
    assert sold["offers"] == own["offers"]
