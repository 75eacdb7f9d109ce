"""Sellers' entries matched to the models they serve (modelreg.offers, modelreg.fill)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from modelreg import offers
from modelreg.compile import add_source, add_sources, load_registry
from modelreg.formats import convert
from modelreg.registry import ModelRegistry, builtin
from modelreg.sources import parse_catalog

DATA = Path(__file__).parent / "formats" / "data"
LITELLM = DATA / "litellm_excerpt.json"
MODELS_DEV = DATA / "models_dev_excerpt.json"

# A seller's id (with the maker its catalog names) -> the built-in model it serves.
TRICKY = [
    ("bedrock/us.anthropic.claude-opus-4-5-20251101-v1:0", "anthropic", "claude-opus-4-5-20251101"),
    ("bedrock/eu.anthropic.claude-opus-4-5-20251101-v1:0", "anthropic", "claude-opus-4-5-20251101"),
    ("global.anthropic.claude-opus-4-5-20251101-v1:0", "anthropic", "claude-opus-4-5-20251101"),
    ("anthropic.claude-opus-4-5-20251101-v1:0", None, "claude-opus-4-5-20251101"),
    ("us.anthropic.claude-opus-4-6-v1", "anthropic", "claude-opus-4-6"),
    ("vertex_ai/claude-opus-4-5@20251101", "anthropic", "claude-opus-4-5-20251101"),
    ("openrouter/anthropic/claude-opus-4.5", "anthropic", "claude-opus-4-5-20251101"),
    ("poe/anthropic/claude-opus-4.5", None, "claude-opus-4-5-20251101"),
    ("databricks/databricks-claude-opus-4-5", "anthropic", "claude-opus-4-5-20251101"),
    ("heroku/claude-4-sonnet", "anthropic", "claude-sonnet-4-20250514"),
    ("digitalocean/anthropic-claude-opus-4.5", "anthropic", "claude-opus-4-5-20251101"),
    ("cortecs/claude-opus4-5", "anthropic", "claude-opus-4-5-20251101"),
    ("azure/gpt-4o", "openai", "gpt-4o"),
    ("azure/eu/gpt-4o", "openai", "gpt-4o"),
    ("azure/us/gpt-4o-2024-08-06", "openai", "gpt-4o"),
    ("openrouter/openai/gpt-4o", "openai", "gpt-4o"),
    ("openrouter/openai/gpt-4o-mini:free", "openai", "gpt-4o-mini"),
    ("together_ai/meta-llama/Llama-3.3-70B-Instruct", "meta", "meta-llama/Llama-3.3-70B-Instruct"),
    ("nvidia/meta/llama-3.3-70b-instruct", "meta", "meta-llama/Llama-3.3-70B-Instruct"),
    (
        "fireworks_ai/accounts/fireworks/models/llama-v3p3-70b-instruct",
        "meta",
        "meta-llama/Llama-3.3-70B-Instruct",
    ),
]


@pytest.mark.parametrize(("seller_id", "maker", "model"), TRICKY)
def test_a_sellers_id_finds_the_model_it_serves(
    seller_id: str, maker: str | None, model: str
) -> None:
    index = offers.Index(builtin().records())
    entry = {"id": seller_id, "provider": "seller", **({"owned_by": maker} if maker else {})}
    assert index.find(entry) == model


@pytest.mark.parametrize(
    ("seller_id", "maker"),
    [
        ("azure/gpt-4o", "meta"),  # the maker the catalog names must be the model's
        ("together_ai/Qwen/Qwen3-235B-A22B", "alibaba"),  # no built-in model
        ("ft:gpt-4o-2024-08-06:acme::abc", "openai"),  # a fine-tuned id is no seller's copy
        ("bedrock/amazon.nova-pro-v1:0", "amazon"),
    ],
)
def test_an_id_of_another_model_matches_nothing(seller_id: str, maker: str) -> None:
    index = offers.Index(builtin().records())
    assert index.find({"id": seller_id, "provider": "seller", "owned_by": maker}) is None


def test_a_task_word_at_the_end_of_a_path_is_no_models_name() -> None:
    index = offers.Index([{"id": "fal_ai/bytedance/seedance-2.5/text-to-video"}])
    assert index.find({"id": "fal_ai/luma/agent/ray/v3.2/text-to-video"}) is None
    index = offers.Index([{"id": "aiml/flux/dev"}])
    assert index.find({"id": "fal_ai/fal-ai/flux/dev"}) == "aiml/flux/dev"
    assert index.find({"id": "fal_ai/fal-ai/recraft/dev"}) is None
    index = offers.Index(
        [{"id": "novita/deepseek/deepseek-v3/community"}, {"id": "a/routers/auto"}]
    )
    assert index.find({"id": "novita/deepseek/deepseek-r1/community"}) is None
    assert index.find({"id": "openrouter/openrouter/auto"}) is None


def test_a_dated_id_prefers_its_own_snapshot() -> None:
    index = offers.Index(builtin().records())
    assert index.find({"id": "azure/gpt-4o-2024-11-20", "provider": "azure"}) == (
        "gpt-4o-2024-11-20"
    )


@pytest.mark.parametrize(
    ("seller", "model_id", "pricing", "plan"),
    [
        ("openrouter", "openai/gpt-oss-20b:free", {"prompt_price_per_1m": 0.0}, "free"),
        ("github_copilot", "github_copilot/gpt-4o", None, "subscription"),
        (
            "alibaba-coding-plan-cn",
            "qwen3-coder-plus",
            {"prompt_price_per_1m": 0.0},
            "subscription",
        ),
        ("azure", "azure/gpt-4o", {"prompt_price_per_1m": 2.5}, None),
        ("nano-gpt", "x", {"prompt_price_per_1m": 0.0, "completion_price_per_1m": 0.0}, "free"),
    ],
)
def test_plans_and_free_tiers_are_marked(
    seller: str, model_id: str, pricing: dict[str, float] | None, plan: str | None
) -> None:
    assert offers.plan(seller, model_id, pricing) == plan


def test_the_excerpts_file_sellers_under_the_makers_models() -> None:
    registry = load_registry([f"litellm:{LITELLM}", f"models.dev:{MODELS_DEV}"], builtin_only=True)
    records = registry.records()
    ids = {r["id"] for r in records}
    gpt4o = registry.get_record("gpt-4o")
    sold = {(o["seller"], o["id"]) for o in gpt4o["offers"] or []}
    assert sold == {("azure", "azure/gpt-4o"), ("openrouter", "openrouter/openai/gpt-4o")}
    haiku = registry.get_record("claude-haiku-4-5")["offers"]
    assert [o["id"] for o in haiku] == ["bedrock/anthropic.claude-haiku-4-5-20251001-v1:0"]
    assert haiku[0]["pricing"]["prompt_price_per_1m"] == 1.0
    assert not any(r["provider"] in {"azure", "bedrock", "vertex_ai"} for r in records)
    for record, offer_ in ((r, o) for r in records for o in r["offers"] or []):
        assert set(offer_) == {
            "seller",
            "id",
            "pricing",
            "context_window",
            "max_completion_tokens",
            *offers.OWN,
            "status",
            "plan",
            "source",
        }
        assert offer_["id"] == record["id"] or offer_["id"] not in ids  # no model of its own
    qwen = registry.get_record("dashscope/qwen-flash")
    assert qwen["provider"] == "alibaba"  # the maker, not the seller that alone lists it
    assert [o["seller"] for o in qwen["offers"]] == ["dashscope"]


def test_offers_come_cheapest_first_plans_last() -> None:
    listed = offers.cheapest_first(
        [
            {"id": "a", "plan": "free", "pricing": {"prompt_price_per_1m": 0.0}},
            {"id": "b", "plan": None, "pricing": None},
            {"id": "c", "plan": None, "pricing": {"prompt_price_per_1m": 3.0}},
            {"id": "d", "plan": None, "pricing": {"prompt_price_per_1m": 2.5}},
        ]
    )
    assert [o["id"] for o in listed] == ["d", "c", "b", "a"]


def test_image_price_keys_and_placeholders_are_never_models(tmp_path: Path) -> None:
    registry = load_registry([f"litellm:{LITELLM}"], builtin_only=True)
    ids = [r["id"] for r in registry.records()]
    assert not [i for i in ids if "-x-" in i and any(c.isdigit() for c in i.split("-x-")[0][-1:])]
    per_size = {"max-x-max/50-steps/stability.stable-diffusion-xl-v0": {"mode": "image_generation"}}
    converted = convert({**per_size, "sample_spec": {}, "fallback_generalizations": {}}, "litellm")
    assert not converted.entries and [name for name, _ in converted.skipped] == list(per_size)
    assert "fallback_generalizations" not in ids and "sample_spec" not in ids


# A model only a seller lists (LiteLLM), and its maker's own entry of it (models.dev).
SELLERS_ONLY = {
    "together_ai/Qwen/Qwen9-7B-Instruct": {
        "litellm_provider": "together_ai",
        "mode": "chat",
        "input_cost_per_token": 2e-7,
    }
}
ITS_MAKER = {"alibaba": {"id": "alibaba", "models": {"qwen9-7b-instruct": {"id": "qwen9-7b"}}}}


def test_a_makers_own_entry_adopts_the_model_a_seller_listed_first(tmp_path: Path) -> None:
    (tmp_path / "litellm.json").write_text(json.dumps(SELLERS_ONLY), encoding="utf-8")
    (tmp_path / "models.json").write_text(json.dumps(ITS_MAKER), encoding="utf-8")
    registry = load_registry(
        [f"litellm:{tmp_path / 'litellm.json'}", f"models.dev:{tmp_path / 'models.json'}"],
        builtin_only=True,
    )
    ids = {r["id"] for r in registry.records()}
    assert "together_ai/Qwen/Qwen9-7B-Instruct" not in ids
    model = registry.get_record("qwen9-7b-instruct")
    assert model["provider"] == "alibaba"
    assert [o["id"] for o in model["offers"]] == ["together_ai/Qwen/Qwen9-7B-Instruct"]
    assert registry.resolve_id("together_ai/Qwen/Qwen9-7B-Instruct") == "qwen9-7b-instruct"


def test_a_seller_offers_a_model_only_a_later_catalogs_maker_lists(tmp_path: Path) -> None:
    """Filled together (a rebuild, or -c catalogs in a row), the seller's entry is the maker's
    model's offer at once; filled one at a time (the library's add_source), the model of its
    own it made is adopted by the maker's entry. Either way the offer is the seller's
    catalog's."""
    documents = [
        parse_catalog(json.dumps(SELLERS_ONLY), "outside:litellm", fmt="litellm"),
        parse_catalog(json.dumps(ITS_MAKER), "outside:models.dev", fmt="models.dev"),
    ]
    together, one_by_one = ModelRegistry(), ModelRegistry()
    add_sources(together, documents)
    for source in documents:
        add_source(one_by_one, source)
    for registry in (together, one_by_one):
        assert [r["id"] for r in registry.records()] == ["qwen9-7b-instruct"]
        model = registry.get_record("qwen9-7b-instruct")
        assert [o["id"] for o in model["offers"]] == ["together_ai/Qwen/Qwen9-7B-Instruct"]
        assert model["offers"][0]["pricing"]["prompt_price_per_1m"] == pytest.approx(0.2)
        assert registry.field_sources("qwen9-7b-instruct")["offers"] == "outside:litellm"
        assert registry.resolve_id("together_ai/Qwen/Qwen9-7B-Instruct") == "qwen9-7b-instruct"


@pytest.mark.parametrize(
    ("seller_id", "maker"),
    [
        ("kilo/sao10k/l3.3-euryale-70b", "sao10k"),
        ("watsonx/ibm/granite-13b-chat", "ibm"),
        ("together_ai/Qwen/Qwen9-7B", "alibaba"),
        ("fireworks_ai/accounts/fireworks/models/starcoder-16b", None),
        ("bedrock/us-gov-east-1/acme.model-v1:0", None),
        ("nano-gpt/Baichuan-M2", None),
    ],
)
def test_the_org_of_a_sellers_id_is_the_maker(seller_id: str, maker: str | None) -> None:
    assert offers.maker_in_path(seller_id) == maker


def test_an_offer_keeps_its_own_modalities_and_dates_where_they_differ(tmp_path: Path) -> None:
    sellers = {
        "azure/gpt-4o": {  # Azure serves it longer than OpenAI
            "litellm_provider": "azure",
            "mode": "chat",
            "deprecation_date": "2099-04-14",
            "supports_vision": True,
        },
        "tinyhost/gpt-4o": {  # text only, and no retirement of its own
            "litellm_provider": "tinyhost",
            "mode": "chat",
            "supported_modalities": ["text"],
        },
    }
    (tmp_path / "litellm.json").write_text(json.dumps(sellers), encoding="utf-8")
    registry = load_registry([f"litellm:{tmp_path / 'litellm.json'}"], builtin_only=True)
    gpt4o = registry.get_record("gpt-4o")
    by_id = {o["id"]: o for o in gpt4o["offers"]}
    azure, tiny = by_id["azure/gpt-4o"], by_id["tinyhost/gpt-4o"]
    assert azure["retirement_date"] == "2099-04-14" and azure["input_modalities"] is None
    assert tiny["input_modalities"] == ["text"] and tiny["retirement_date"] is None
    as_sold = offers.priced_by(gpt4o, "tinyhost/gpt-4o")
    assert as_sold["input_modalities"] == ["text"]
    assert as_sold["retirement_date"] == gpt4o["retirement_date"]  # the maker's, inherited
    assert offers.priced_by(gpt4o, "azure/gpt-4o")["retirement_date"] == "2099-04-14"


def test_an_offers_lifecycle_own_dates_else_the_makers() -> None:
    model = {"status": "active", "deprecation_date": None, "retirement_date": "2099-01-14"}
    assert offers.lifecycle({"retirement_date": "2000-01-01"}, model)["status"] == "retired"
    assert offers.lifecycle({}, model) == {
        "deprecation_date": None,
        "retirement_date": "2099-01-14",
        "status": "active",
    }
    retired = {**model, "status": "retired", "retirement_date": "2001-01-01"}
    later = offers.lifecycle({"retirement_date": "2099-04-14"}, retired)
    assert later["status"] == "retired"  # the maker retired it: retired with all its offers
