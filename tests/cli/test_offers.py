"""Any id a person has resolves to the model: a maker's prefixed form, a seller's id.
The command line runs in-process; a sample of cases through the console script."""

from __future__ import annotations

import json
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
def test_any_id_a_person_has_resolves_to_the_model(
    cli: Run, script: Run, asked: str, model: str
) -> None:
    run = script if asked == "openai/gpt-4o" else cli  # one through the console script
    shown = run(*EXCERPTS, "show", asked, "--json").json()
    assert shown["id"] == model


def test_a_maker_prefix_of_another_maker_does_not_resolve(script: Run) -> None:
    out = script(*EXCERPTS, "show", "meta/gpt-4o", "--json")
    assert out.code != 0 and "not found" in out.stderr


def test_looked_up_by_a_sellers_id_the_model_has_that_offers_prices(cli: Run) -> None:
    own = cli(*EXCERPTS, "show", "claude-sonnet-4-5", "--json").json()
    seller_id = "bedrock/us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0"
    sold = cli(*EXCERPTS, "show", seller_id, "--json").json()
    offer = next(o for o in own["offers"] if o["id"] == seller_id)
    assert sold["id"] == own["id"]
    assert sold["pricing"]["prompt_price_per_1m"] == offer["pricing"]["prompt_price_per_1m"]
    assert sold["pricing"]["prompt_price_per_1m"] != own["pricing"]["prompt_price_per_1m"]
    assert sold["offers"] == own["offers"]


def test_listings_show_a_row_per_model_and_offers_on_request(cli: Run) -> None:
    models = cli(*EXCERPTS, "list", "--json").json()
    ids = {m["id"] for m in models}
    assert "gpt-4o" in ids and "azure/gpt-4o" not in ids
    offered = {o["id"] for m in models for o in m["offers"] or [] if o["id"] != m["id"]}
    assert offered and not offered & ids
    rows = {m["id"] for m in cli(*EXCERPTS, "list", "--offers", "--json").json()}
    assert {"gpt-4o", "azure/gpt-4o", "openrouter/openai/gpt-4o"} <= rows


def test_a_retired_model_is_hidden_with_all_its_offers(cli: Run) -> None:
    seller_id = "bedrock/us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0"
    shown = {m["id"] for m in cli(*EXCERPTS, "list", "--offers", "--json").json()}
    assert seller_id not in shown and "claude-sonnet-4-5-20250929" not in shown
    everything = {m["id"] for m in cli(*EXCERPTS, "list", "--offers", "--all", "--json").json()}
    assert seller_id in everything


def test_via_keeps_the_models_a_seller_sells_at_its_prices(cli: Run) -> None:
    sold = cli(*EXCERPTS, "list", "--via", "azure", "--json").json()
    assert sold and "gpt-4o" in {m["id"] for m in sold}
    for model in sold:
        sellers = {o["seller"] for o in model["offers"] or []}
        assert "azure" in sellers or model["provider"] == "azure"
    realtime = next(m for m in sold if m["id"] == "gpt-realtime-2.1")
    azure = next(o for o in realtime["offers"] if o["seller"] == "azure")
    assert realtime["pricing"] == azure["pricing"]
    rows = cli(*EXCERPTS, "list", "--via", "azure", "--offers", "--format", "ids")
    assert rows.stdout.split() and all(i.startswith("azure/") for i in rows.stdout.split())


def test_show_lists_the_offers_cheapest_first(cli: Run) -> None:
    out = cli(*EXCERPTS, "show", "gpt-4o")
    offers = [line.split("\t") for line in out.stdout.splitlines() if line.startswith("Offers\t")]
    assert [row[1] for row in offers] == ["azure", "openrouter"]
    assert offers[0][2].startswith("azure/gpt-4o  2.5 / 10")


def test_price_sorts_rank_free_tiers_last_unless_asked(cli: Run, tmp_path: Path) -> None:
    doc = {
        "paid-model": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-7},
        "openrouter/acme/tiny-model:free": {
            "litellm_provider": "openrouter",
            "mode": "chat",
            "input_cost_per_token": 0,
        },
    }
    path = tmp_path / "prices.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    base = ("--builtin-only", "-c", f"litellm:{path}", "list", "--sort", "prompt_price")
    ranked = cli(*base, "--format", "ids").stdout.split()
    assert ranked[0] != "openrouter/acme/tiny-model:free"
    assert ranked.index("paid-model") < ranked.index("openrouter/acme/tiny-model:free")
    free_first = cli(*base, "--include-free", "--format", "ids").stdout.split()
    assert free_first.index("openrouter/acme/tiny-model:free") < free_first.index("paid-model")


def test_csv_and_tables_name_the_offers_by_their_sellers_ids(cli: Run) -> None:
    out = cli(*EXCERPTS, "list", "--fields", "id,offers", "--format", "csv")
    rows = {line.split(",", 1)[0]: line.split(",", 1)[1] for line in out.stdout.splitlines()}
    assert rows["gpt-4o"] == "azure/gpt-4o;openrouter/openai/gpt-4o"
    table = cli(*EXCERPTS, "list", "--fields", "id,offers")  # piped: plain columns
    assert "gpt-4o\tazure/gpt-4o, openrouter/openai/gpt-4o" in table.stdout


def test_cost_via_a_seller_prices_at_its_offer(cli: Run, tmp_path: Path) -> None:
    prices = {
        "azure/eu/gpt-4o": {
            "litellm_provider": "azure",
            "mode": "chat",
            "input_cost_per_token": 2.75e-06,
            "output_cost_per_token": 1.1e-05,
        }
    }
    catalog = tmp_path / "prices.json"
    catalog.write_text(json.dumps(prices), encoding="utf-8")
    source = f"litellm:{catalog}"
    out = cli("-c", source, "cost", "gpt-4o", "--prompt-tokens", "1M", "--via", "azure", "--json")
    assert out.code == 0, out.stderr
    assert out.json()["total_cost"] == pytest.approx(2.75)
    own = cli("-c", source, "cost", "gpt-4o", "--prompt-tokens", "1M", "--json")
    assert own.json()["total_cost"] == pytest.approx(2.5)  # the maker's price
    nowhere = cli("-c", source, "cost", "gpt-4o", "--prompt-tokens", "1M", "--via", "bedrock")
    assert nowhere.code == 2 and "bedrock does not sell gpt-4o; it is sold by azure" in (
        nowhere.stderr
    )


def test_per_size_image_prices_are_prices_of_the_image_model(script: Run, tmp_path: Path) -> None:
    prices = {
        "azure/hd/1024-x-1024/dall-e-3": {
            "litellm_provider": "azure",
            "mode": "image_generation",
            "input_cost_per_pixel": 8.39233e-08,
        },
        "1024-x-1024/50-steps/stability.stable-diffusion-xl-v1": {
            "litellm_provider": "bedrock",
            "mode": "image_generation",
            "output_cost_per_image": 0.04,
        },
    }
    catalog = tmp_path / "prices.json"
    catalog.write_text(json.dumps(prices), encoding="utf-8")
    source = ("-c", f"litellm:{catalog}")
    ids = [m["id"] for m in script(*source, "list", "--all", "--offers", "--json").json()]
    assert not [i for i in ids if "-x-" in i]
    assert "bedrock/stability.stable-diffusion-xl-v1" in ids  # a model of its own, priced
    shown = script(*source, "show", "dall-e-3", "--json").json()
    own = {
        (p["size"], p["quality"]): p["price_per_image"] for p in shown["pricing"]["image_prices"]
    }
    assert own[("1024x1024", "hd")] == 0.08 and own[("1792x1024", "standard")] == 0.08
    (azure,) = shown["offers"]
    assert azure["id"] == "azure/dall-e-3" and azure["seller"] == "azure"
    assert azure["pricing"]["image_prices"] == [
        {"size": "1024x1024", "quality": "hd", "steps": None, "price_per_image": 0.088}
    ]
    table = script(*source, "show", "dall-e-3").stdout
    assert "Pricing (USD)\timage_prices.1024x1792 hd\t0.12" in table


def test_a_bad_image_price_names_the_file_entry_and_field(script: Run, tmp_path: Path) -> None:
    bad = [
        {"id": "acme/painter", "pricing": {"image_prices": [{"size": "big", "price_per_image": 1}]}}
    ]
    catalog = tmp_path / "models.json"
    catalog.write_text(json.dumps(bad), encoding="utf-8")
    out = script("-c", str(catalog), "show", "acme/painter")
    assert out.code == 3 and "Traceback" not in out.stderr
    assert "models.json" in out.stderr and "acme/painter" in out.stderr
    assert "pricing.image_prices.0.size" in out.stderr and "WIDTHxHEIGHT" in out.stderr
    schema = script("schema").json()
    assert "image_prices" in json.dumps(schema)


def test_cost_of_images_at_a_size_and_quality(cli: Run) -> None:
    asked = ("--images", "10", "--size", "1792x1024", "--quality", "hd", "--json")
    hd = cli("cost", "dall-e-3", *asked)
    assert hd.code == 0 and hd.json()["total_cost"] == pytest.approx(1.2)
    several = cli("cost", "dall-e-3", "--images", "1", "--size", "1024x1024", "--json")
    assert several.code == 0 and several.json()["total_cost"] is None
    assert "several prices per image at 1024x1024" in several.stderr
    missing = cli("cost", "dall-e-2", "--images", "1", "--size", "2x2", "--json")
    assert missing.json()["total_cost"] is None and "no price per image at 2x2" in missing.stderr
    alone = cli("cost", "dall-e-2", "--size", "512x512")
    assert alone.code == 2 and "--size" in alone.stderr and "applies to --images" in alone.stderr


def test_an_offer_has_its_own_lifecycle_and_modalities(script: Run, tmp_path: Path) -> None:
    prices = {
        "azure/gpt-4o": {
            "litellm_provider": "azure",
            "mode": "chat",
            "deprecation_date": "2099-04-14",
        },
        "oldhost/gpt-4o": {
            "litellm_provider": "oldhost",
            "mode": "chat",
            "deprecation_date": "2001-01-01",
        },
        "tinyhost/gpt-4o": {
            "litellm_provider": "tinyhost",
            "mode": "chat",
            "supported_modalities": ["text"],
        },
    }
    catalog = tmp_path / "prices.json"
    catalog.write_text(json.dumps(prices), encoding="utf-8")
    source = ("-c", f"litellm:{catalog}")
    own = script(*source, "show", "gpt-4o", "--json").json()
    azure = script(*source, "show", "azure/gpt-4o", "--json").json()
    assert azure["retirement_date"] == "2099-04-14" != own["retirement_date"]
    tiny = script(*source, "show", "tinyhost/gpt-4o", "--json").json()
    assert tiny["input_modalities"] == ["text"] and own["input_modalities"] == ["text", "image"]
    assert tiny["retirement_date"] == own["retirement_date"]  # none of its own: the maker's
    rows = {m["id"]: m for m in script(*source, "list", "--offers", "--json").json()}
    assert "oldhost/gpt-4o" not in rows  # retired by its seller, hidden as retired models are
    assert rows["azure/gpt-4o"]["status"] == own["status"]
    every = {m["id"]: m for m in script(*source, "list", "--offers", "--all", "--json").json()}
    assert every["oldhost/gpt-4o"]["status"] == "retired"
    table = script(*source, "show", "gpt-4o").stdout
    assert "azure/gpt-4o  - / -, retires 2099-04-14" in table
