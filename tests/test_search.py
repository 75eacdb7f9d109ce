"""Search ranking on the built-in catalog, filters as properties, sorting and the parsers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modelreg import fields
from modelreg.catalog import builtin_registry
from modelreg.search import (
    CAPABILITY_NAMES,
    CAPABILITY_WORDS,
    SORT_KEYS,
    Filters,
    Hit,
    apply_filters,
    capability_field,
    fuzzy_search,
    has_capability,
    parse_count,
    parse_date,
    parse_kind,
    parse_modality,
    parse_price,
    search,
    search_by_capability,
    search_by_name,
    search_by_provider,
    search_by_tags,
    sort_key,
    sort_records,
)

Record = dict[str, Any]


@pytest.fixture(scope="module")
def builtin() -> list[Record]:
    return builtin_registry().records()


def ids(hits: list[Hit]) -> list[str]:
    return [hit.record["id"] for hit in hits]


def is_llama(record: Record) -> bool:
    return "llama" in record["id"].lower()


# -- the examples ------------------------------------------------------


def test_vision_finds_every_vision_model_and_nothing_else(builtin: list[Record]) -> None:
    hits = search(builtin, "vision")
    found = set(ids(hits))
    assert {r["id"] for r in builtin if r["supports_vision"]} <= found
    assert "meta-llama/Llama-3.2-90B-Vision-Instruct" in found
    assert "gpt-4o" in found
    assert "claude-3-opus-20240229" in found
    for hit in hits:  # a model without vision got in only by its name saying so
        assert hit.record["supports_vision"] or "vision" in hit.record["name"].lower()
    assert "gpt-3.5-turbo" not in found
    assert "text-embedding-3-large" not in found


def test_lama_finds_the_llama_models(builtin: list[Record]) -> None:
    hits = search(builtin, "lama")
    llamas = {r["id"] for r in builtin if is_llama(r)}
    assert len(llamas) >= 8
    assert set(ids(hits)) == llamas


@pytest.mark.parametrize("query", ["gpt4o", "GPT 4o", "gpt-4o", "GPT-4o", "gpt 4o"])
def test_gpt4o_spellings_put_gpt4o_first(builtin: list[Record], query: str) -> None:
    hits = search(builtin, query)
    assert ids(hits)[0] == "gpt-4o"
    assert hits[0].matched[0] == "id"
    assert "gpt-4o-mini" in ids(hits)
    assert hits[0].score > hits[1].score
    assert "gpt-4" not in ids(hits)  # no '4o' in it
    assert "o1" not in ids(hits)


def test_clade_opus_finds_claude_3_opus(builtin: list[Record]) -> None:
    hits = search(builtin, "clade opus")
    assert ids(hits)[0] == "claude-3-opus-20240229"
    assert all("opus" in i for i in ids(hits))
    assert any(m.startswith("fuzzy:") for m in hits[0].matched)


def test_mixtrl_finds_mixtral_and_not_pixtral(builtin: list[Record]) -> None:
    hits = search(builtin, "mixtrl")
    assert set(ids(hits)) == {"mixtral-8x7b", "mixtral-8x22b"}
    assert "pixtral-12b-2409" not in ids(hits)
    assert "mistral-large-2501" not in ids(hits)


def test_deepsek_r1_puts_deepseek_r1_first(builtin: list[Record]) -> None:
    hits = search(builtin, "deepsek r1")
    assert ids(hits)[0] == "deepseek-ai/DeepSeek-R1"
    assert set(ids(hits)) <= {"deepseek-ai/DeepSeek-R1", "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B"}
    assert "deepseek-ai/DeepSeek-V3" not in ids(hits)


def test_llama_vision_narrows_to_the_llama_vision_models(builtin: list[Record]) -> None:
    hits = search(builtin, "llama vision")
    assert set(ids(hits)) == {
        "meta-llama/Llama-3.2-90B-Vision-Instruct",
        "meta-llama/Llama-3.2-11B-Vision-Instruct",
    }
    assert "meta-llama/Llama-3.3-70B-Instruct" not in ids(hits)  # not every Llama
    assert "gpt-4o" not in ids(hits)  # not every vision model
    assert set(ids(search(builtin, "vision llama"))) == set(ids(hits))  # order of terms


@pytest.mark.parametrize("query", ["zzzzqqq", "qqqq", "xylophone", "zz"])
def test_a_query_that_means_nothing_finds_nothing(builtin: list[Record], query: str) -> None:
    assert search(builtin, query) == []


def test_no_weak_fuzzy_noise(builtin: list[Record]) -> None:
    assert search(builtin, "gemini") == []  # 'mini' is two edits away
    assert ids(search(builtin, "o1")) == ["o1", "o1-mini", "o1-preview"]  # not 'turbo-16k'


def test_empty_query_finds_nothing(builtin: list[Record]) -> None:
    assert search(builtin, "") == []
    assert search(builtin, "  , - ") == []
    assert search([], "gpt") == []


# -- capability words ----------------------------------------------------------

CAPABILITY_ORACLES = {
    "vision": lambda r: r["supports_vision"],
    "reasoning": lambda r: r["supports_reasoning"],
    "audio": lambda r: "audio" in r["input_modalities"] + r["output_modalities"],
    "embedding": lambda r: r["kind"] == "embedding",
    "embeddings": lambda r: r["kind"] == "embedding",
    "tools": lambda r: r["supports_function_calling"],
    "function calling": lambda r: r["supports_function_calling"],
    "function_calling": lambda r: r["supports_function_calling"],
    "structured output": lambda r: r["supports_structured_output"],
    "json": lambda r: r["supports_structured_output"],
    "streaming": lambda r: r["supports_streaming"],
    "fine-tuning": lambda r: r["supports_fine_tuning"],
    "fine tuning": lambda r: r["supports_fine_tuning"],
    "batch": lambda r: r["supports_batch"],
    "moe": lambda r: r["architecture"] == "moe" or (r["num_experts"] or 0) > 1,
}


@pytest.mark.parametrize("word", sorted(CAPABILITY_ORACLES))
def test_capability_words_find_models_that_have_it(builtin: list[Record], word: str) -> None:
    oracle = CAPABILITY_ORACLES[word]
    having = {r["id"] for r in builtin if oracle(r)}
    assert having, f"the catalog has no model for {word!r}"
    hits = search(builtin, word)
    assert having <= set(ids(hits))
    capability_hits = [h for h in hits if any(m.startswith("capability:") for m in h.matched)]
    assert {h.record["id"] for h in capability_hits} <= having
    # the word is nowhere in these models' names, and they are still found
    assert any(word.split()[0] not in i.lower() for i in having & set(ids(hits)))


def test_capability_phrase_narrows_with_other_words(builtin: list[Record]) -> None:
    hits = search(builtin, "claude function calling")
    assert hits
    assert all(h.record["supports_function_calling"] for h in hits)
    assert all(h.record["id"].startswith("claude") for h in hits)


def test_moe_finds_mixture_of_experts_without_the_word(builtin: list[Record]) -> None:
    found = ids(search(builtin, "moe"))
    assert "mixtral-8x7b" in found
    assert "deepseek-ai/DeepSeek-V3" in found
    assert "gpt-4o" not in found


# -- ranking -------------------------------------------------------------------


def test_exact_id_then_prefix_then_the_rest(builtin: list[Record]) -> None:
    hits = search(builtin, "o1")
    assert hits[0].record["id"] == "o1"
    assert hits[0].matched == ["id"]
    assert [h.matched for h in hits[1:]] == [["prefix:id"], ["prefix:id"]]
    assert hits[0].score > hits[1].score


def test_exact_alias_comes_first(builtin: list[Record]) -> None:
    hits = search(builtin, "claude-3-opus")
    assert hits[0].record["id"] == "claude-3-opus-20240229"
    assert hits[0].matched[0] in ("alias", "id")
    assert hits[0].score == 100


def test_provider_and_tag_matches(builtin: list[Record]) -> None:
    hits = search(builtin, "deepseek")
    assert {h.record["provider"] for h in hits} == {"deepseek"}
    tagged = search(builtin, "open-weights")
    assert tagged
    assert all("open-weights" in h.record["tags"] for h in tagged)
    assert any(m.startswith("tag:") for m in tagged[0].matched)


def test_description_words_rank_below_names(builtin: list[Record]) -> None:
    hits = search(builtin, "adapter")  # only in the Llama 3.2 vision descriptions
    assert hits
    assert all(h.matched == ["description"] for h in hits)
    assert all(h.score < 60 for h in hits)


def test_ties_are_deterministic(builtin: list[Record]) -> None:
    first = ids(search(builtin, "llama"))
    assert first == ids(search(list(reversed(builtin)), "llama"))
    scores = [h.score for h in search(builtin, "llama")]
    assert scores == sorted(scores, reverse=True)


def test_limit(builtin: list[Record]) -> None:
    full = search(builtin, "gpt")
    assert ids(search(builtin, "gpt", limit=3)) == ids(full)[:3]
    assert search(builtin, "gpt", limit=0) == []
    with pytest.raises(ValueError):
        search(builtin, "gpt", limit=-1)


def test_hit_match_object(builtin: list[Record]) -> None:
    hit = search(builtin, "gpt4o")[0]
    match = hit.match()
    assert set(match) == {"score", "matched"}
    assert match["score"] == 99  # exact but for the separator: gpt-4o
    assert match["matched"] == ["id"]
    assert isinstance(match["matched"], list)


def test_search_does_not_change_the_records(builtin: list[Record]) -> None:
    before = [dict(r) for r in builtin]
    search(builtin, "llama vision")
    search(builtin, "clade")
    assert builtin == before


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_every_id_and_alias_finds_its_model_first(builtin: list[Record], data: Any) -> None:
    record = data.draw(st.sampled_from(builtin))
    name = data.draw(st.sampled_from([record["id"], *record["aliases"]]))
    spelling = data.draw(st.sampled_from([name, name.upper(), name.lower()]))
    hits = search(builtin, spelling)
    assert hits[0].record["id"] == record["id"]
    assert hits[0].score >= 98


def test_registry_search_models_uses_search() -> None:
    registry = builtin_registry()
    assert [d.id for d in registry.search_models("llama vision")] == ids(
        search(registry.records(), "llama vision")
    )


# -- the architecture's search functions ---------------------------------------


def test_search_by_name(builtin: list[Record]) -> None:
    found = [r["id"] for r in search_by_name(builtin, "gpt-4o")]
    assert found[0] == "gpt-4o"
    assert "gpt-4o-mini" in found
    assert search_by_name(builtin, "vision") == [
        r for r in search_by_name(builtin, "vision") if "vision" in r["id"].lower()
    ]
    assert search_by_name(builtin, "anthropic") == []  # a provider is not a name


def test_search_by_provider(builtin: list[Record]) -> None:
    found = search_by_provider(builtin, "Meta")
    assert found
    assert all(r["provider"] == "meta" for r in found)
    assert len(found) == sum(r["provider"] == "meta" for r in builtin)


def test_search_by_capability(builtin: list[Record]) -> None:
    assert search_by_capability(builtin, "vision") == [r for r in builtin if r["supports_vision"]]
    assert search_by_capability(builtin, "supports_reasoning") == [
        r for r in builtin if r["supports_reasoning"]
    ]
    with pytest.raises(ValueError, match="unknown capability"):
        search_by_capability(builtin, "telepathy")


def test_search_by_tags(builtin: list[Record]) -> None:
    both = search_by_tags(builtin, ["open-weights", "vision"])
    assert both
    assert all({"open-weights", "vision"} <= set(r["tags"]) for r in both)
    either = search_by_tags(builtin, ["nim", "vision"], match_all=False)
    assert len(either) > len(both)
    assert search_by_tags(builtin, "OPEN-WEIGHTS") == search_by_tags(builtin, "open-weights")


def test_fuzzy_search(builtin: list[Record]) -> None:
    found = [r["id"] for r in fuzzy_search(builtin, "clade 3 opus")]
    assert found[0] == "claude-3-opus-20240229"
    assert fuzzy_search(builtin, "zzzzqqq") == []
    assert len(fuzzy_search(builtin, "gpt", limit=2)) == 2


# -- filters: properties over generated records --------------------------------

PROVIDERS = ["acme", "meta", "Mistral", "other"]
TAGS = ["open-weights", "vision", "code", "Small", "open-source"]
LICENSES = [None, "mit", "apache-2.0", "proprietary", "MIT"]


@st.composite
def records(draw: Any) -> list[Record]:
    count = draw(st.integers(0, 25))
    out = []
    for index in range(count):
        kind = draw(st.sampled_from(fields.KINDS))
        spec: dict[str, Any] = {
            "id": f"model-{index}",
            "provider": draw(st.sampled_from(PROVIDERS)),
            "kind": kind,
            "architecture": draw(st.sampled_from([None, "transformer", "moe", "MoE", "mamba"])),
            "parameters": draw(st.one_of(st.none(), st.integers(1, 2 * 10**12))),
            "num_experts": draw(st.one_of(st.none(), st.integers(1, 64))),
            "context_window": draw(st.one_of(st.none(), st.integers(1, 2_000_000))),
            "license": draw(st.sampled_from(LICENSES)),
            "tags": draw(st.lists(st.sampled_from(TAGS), unique=True, max_size=3)),
            "release_date": draw(
                st.one_of(
                    st.none(),
                    st.dates(dt.date(2018, 1, 1), dt.date(2026, 12, 31)).map(str),
                )
            ),
            "pricing": draw(
                st.one_of(
                    st.none(),
                    st.fixed_dictionaries(
                        {},
                        optional={
                            "prompt_price_per_1m": st.floats(0, 100, allow_nan=False),
                            "completion_price_per_1m": st.floats(0, 100, allow_nan=False),
                        },
                    ),
                )
            ),
        }
        for flag in fields.CAPABILITY_FIELDS.values():
            if draw(st.booleans()):
                spec[flag] = True
        out.append(fields.complete(spec))
    return out


def _price(record: Record, key: str) -> float | None:
    return (record["pricing"] or {}).get(key)


# (the Filters keywords, an oracle written independently of modelreg.search)
FILTER_CASES: list[tuple[dict[str, Any], Any]] = [
    ({"providers": ["meta"]}, lambda r: r["provider"] == "meta"),
    ({"providers": ["META", "mistral"]}, lambda r: r["provider"] in ("meta", "Mistral")),
    ({"capabilities": ["vision"]}, lambda r: r["supports_vision"]),
    (
        {"capabilities": ["tools", "json"]},
        lambda r: r["supports_function_calling"] and r["supports_structured_output"],
    ),
    ({"capabilities": ["fine-tuning"]}, lambda r: r["supports_fine_tuning"]),
    (
        {"capabilities": ["audio"]},
        lambda r: "audio" in r["input_modalities"] or "audio" in r["output_modalities"],
    ),
    ({"capabilities": ["embeddings"]}, lambda r: r["kind"] == "embedding"),
    (
        {"capabilities": ["moe"]},
        lambda r: (r["architecture"] or "").lower() == "moe" or (r["num_experts"] or 0) > 1,
    ),
    ({"capabilities": ["reasoning"]}, lambda r: r["supports_reasoning"]),
    ({"capabilities": ["batch"]}, lambda r: r["supports_batch"]),
    ({"capabilities": ["streaming"]}, lambda r: r["supports_streaming"]),
    (
        {"modality": "image"},
        lambda r: "image" in r["input_modalities"] or "image" in r["output_modalities"],
    ),
    (
        {"modality": ["audio", "text"]},
        lambda r: {"audio", "text"} <= {*r["input_modalities"], *r["output_modalities"]},
    ),
    ({"kind": "embedding"}, lambda r: r["kind"] == "embedding"),
    ({"kind": "image-generation"}, lambda r: r["kind"] == "image_generation"),
    (
        {"min_context": "128k"},
        lambda r: r["context_window"] is not None and r["context_window"] >= 128_000,
    ),
    (
        {"min_context": 8192},
        lambda r: r["context_window"] is not None and r["context_window"] >= 8192,
    ),
    (
        {"max_prompt_price": 2.5},
        lambda r: (
            _price(r, "prompt_price_per_1m") is not None and _price(r, "prompt_price_per_1m") <= 2.5
        ),
    ),
    (
        {"max_completion_price": "10"},
        lambda r: (
            _price(r, "completion_price_per_1m") is not None
            and _price(r, "completion_price_per_1m") <= 10
        ),
    ),
    ({"max_prompt_price": 0}, lambda r: _price(r, "prompt_price_per_1m") == 0),
    ({"architecture": "moe"}, lambda r: r["architecture"] in ("moe", "MoE")),
    ({"tag": "vision"}, lambda r: "vision" in r["tags"]),
    ({"tag": ["small", "code"]}, lambda r: {"Small", "code"} <= set(r["tags"])),
    ({"license": "mit"}, lambda r: r["license"] in ("mit", "MIT")),
    (
        {"open_weights": True},
        lambda r: "open-weights" in r["tags"] or "open-source" in r["tags"],
    ),
    (
        {"open_weights": False},
        lambda r: "open-weights" not in r["tags"] and "open-source" not in r["tags"],
    ),
    (
        {"min_params": "7B"},
        lambda r: r["parameters"] is not None and r["parameters"] >= 7_000_000_000,
    ),
    (
        {"max_params": "70b"},
        lambda r: r["parameters"] is not None and r["parameters"] <= 70_000_000_000,
    ),
    (
        {"min_params": "1.5T"},
        lambda r: r["parameters"] is not None and r["parameters"] >= 1_500_000_000_000,
    ),
    (
        {"max_params": "405000000"},
        lambda r: r["parameters"] is not None and r["parameters"] <= 405_000_000,
    ),
    (
        {"released_after": "2024-06-01"},
        lambda r: r["release_date"] is not None and r["release_date"] >= "2024-06-01",
    ),
    (
        {"released_before": "2023"},
        lambda r: r["release_date"] is not None and r["release_date"] < "2023-01-01",
    ),
    (
        {"released_after": "2024", "released_before": "2025"},
        lambda r: r["release_date"] is not None and r["release_date"].startswith("2024"),
    ),
]


@pytest.mark.parametrize(("kwargs", "oracle"), FILTER_CASES, ids=[str(c[0]) for c in FILTER_CASES])
@settings(max_examples=60, deadline=None)
@given(catalog=records())
def test_filter_keeps_exactly_the_models_that_satisfy_it(
    kwargs: dict[str, Any], oracle: Any, catalog: list[Record]
) -> None:
    result = apply_filters(catalog, Filters(**kwargs))
    assert all(oracle(r) for r in result)  # every result satisfies the predicate
    assert result == [r for r in catalog if oracle(r)]  # nothing missing, order kept


@settings(max_examples=80, deadline=None)
@given(
    catalog=records(),
    picks=st.lists(st.integers(0, len(FILTER_CASES) - 1), min_size=2, max_size=4, unique=True),
)
def test_filters_compose_as_and(catalog: list[Record], picks: list[int]) -> None:
    merged: dict[str, Any] = {}
    oracles = []
    for pick in picks:
        kwargs, oracle = FILTER_CASES[pick]
        if set(kwargs) & set(merged):
            continue
        merged.update(kwargs)
        oracles.append(oracle)
    result = apply_filters(catalog, Filters(**merged))
    assert result == [r for r in catalog if all(o(r) for o in oracles)]
    assert all(Filters(**merged).matches(r) for r in result)


@settings(max_examples=40, deadline=None)
@given(catalog=records())
def test_no_filter_keeps_everything(catalog: list[Record]) -> None:
    assert apply_filters(catalog, Filters()) == catalog


def test_unknown_price_is_not_cheap() -> None:
    catalog = [
        fields.complete({"id": "free", "pricing": {"prompt_price_per_1m": 0.0}}),
        fields.complete({"id": "unknown"}),
        fields.complete({"id": "half", "pricing": {"completion_price_per_1m": 1.0}}),
    ]
    assert [r["id"] for r in apply_filters(catalog, Filters(max_prompt_price=100))] == ["free"]
    assert [r["id"] for r in apply_filters(catalog, Filters(max_completion_price=1))] == ["half"]


def test_filters_on_the_builtin_catalog(builtin: list[Record]) -> None:
    found = apply_filters(
        builtin, Filters(providers=["openai"], capabilities=["vision"], min_context="100k")
    )
    assert {r["id"] for r in found} >= {"gpt-4o", "gpt-4o-mini"}
    open_big = apply_filters(builtin, Filters(open_weights=True, min_params="70B"))
    assert open_big
    assert all(r["parameters"] >= 70 * 10**9 for r in open_big)
    assert not any(r["provider"] == "anthropic" for r in open_big)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"min_context": "lots"}, "min-context"),
        ({"min_params": "seven"}, "min-params"),
        ({"max_params": "-7B"}, "max-params"),
        ({"max_prompt_price": "cheap"}, "price"),
        ({"max_completion_price": -1}, "price"),
        ({"capabilities": ["telepathy"]}, "unknown capability"),
        ({"kind": "oracle"}, "unknown kind"),
        ({"modality": "smell"}, "unknown modality"),
        ({"released_after": "last year"}, "date"),
        ({"released_before": "2024-13-01"}, "date"),
    ],
)
def test_unparseable_filter_values_raise_value_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Filters(**kwargs)


# -- sorting -------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(catalog=records(), key=st.sampled_from(SORT_KEYS), descending=st.booleans())
def test_sort_records_orders_by_the_key_with_unknown_last(
    catalog: list[Record], key: str, descending: bool
) -> None:
    result = sort_records(catalog, key, descending=descending)
    assert sorted(r["id"] for r in result) == sorted(r["id"] for r in catalog)
    canonical = {
        "prompt_price": "prompt_price_per_1m",
        "completion_price": "completion_price_per_1m",
        "cached_price": "cached_price_per_1m",
        "image_price": "image_price_per_unit",
        "audio_price": "audio_price_per_minute",
        "character_price": "character_price_per_1m",
    }.get(key, key)

    def value(r: Record) -> Any:
        if canonical in fields.PRICE_FIELDS:
            return (r["pricing"] or {}).get(canonical)
        v = r[canonical]
        return v.lower() if isinstance(v, str) and canonical != "release_date" else v

    values = [value(r) for r in result]
    known = [v for v in values if v is not None]
    assert values[: len(known)] == known  # unknown values last
    assert known == sorted(known, reverse=descending)


def test_sort_ties_keep_id_order() -> None:
    catalog = [fields.complete({"id": i, "context_window": 4096}) for i in ("b", "c", "a")]
    assert [r["id"] for r in sort_records(catalog, "context_window")] == ["a", "b", "c"]
    assert [r["id"] for r in sort_records(catalog, "context", descending=True)] == ["a", "b", "c"]


def test_sort_key_errors_and_aliases() -> None:
    assert sort_key("params") == "parameters"
    assert sort_key("Prompt-Price") == "prompt_price"
    assert "context_window" in SORT_KEYS
    assert "id" in SORT_KEYS
    with pytest.raises(ValueError, match="cannot sort by 'colour'"):
        sort_key("colour")


# -- parsers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("7B", 7_000_000_000),
        ("70b", 70_000_000_000),
        ("1.5T", 1_500_000_000_000),
        ("405000000", 405_000_000),
        ("405_000_000", 405_000_000),
        ("0.5B", 500_000_000),
        ("128k", 128_000),
        ("1M", 1_000_000),
        (" 8 B ", 8_000_000_000),
        (42, 42),
    ],
)
def test_parse_count(text: str | int, count: int) -> None:
    assert parse_count(text) == count


@pytest.mark.parametrize("text", ["", "lots", "7X", "-7B", "1.5", "B", "7BB", "1e9", "nan", True])
def test_parse_count_errors(text: Any) -> None:
    with pytest.raises(ValueError):
        parse_count(text)


def test_parse_count_message_is_clear() -> None:
    with pytest.raises(ValueError, match=r"expected a count such as 7B.*'lots'"):
        parse_count("lots")


def test_parse_date() -> None:
    assert parse_date("2024-06-01") == dt.date(2024, 6, 1)
    assert parse_date("2024-06") == dt.date(2024, 6, 1)
    assert parse_date("2024") == dt.date(2024, 1, 1)
    assert parse_date(dt.date(2020, 2, 2)) == dt.date(2020, 2, 2)
    for bad in ("yesterday", "2024-02-30", "24-01-01", "2024/01/01", ""):
        with pytest.raises(ValueError, match="date"):
            parse_date(bad)


def test_parse_price_kind_modality() -> None:
    assert parse_price("$2.50") == 2.5
    assert parse_price(0) == 0.0
    for bad in ("cheap", "-1", "inf", "nan"):
        with pytest.raises(ValueError, match="price"):
            parse_price(bad)
    assert parse_kind("Embeddings") == "embedding"
    assert parse_kind("speech-to-text") == "speech_to_text"
    assert parse_modality("Images") == "image"


def test_capability_field() -> None:
    assert capability_field("vision") == "supports_vision"
    assert capability_field("function calling") == "supports_function_calling"
    assert capability_field("function_calling") == "supports_function_calling"
    assert capability_field("Tools") == "supports_function_calling"
    assert capability_field("json") == "supports_structured_output"
    assert capability_field("structured output") == "supports_structured_output"
    assert capability_field("fine-tuning") == "supports_fine_tuning"
    assert capability_field("batch_processing") == "supports_batch"
    assert capability_field("embeddings") == "embedding"
    assert capability_field("moe") == "moe"
    assert capability_field("supports_vision") == "supports_vision"
    with pytest.raises(ValueError, match="unknown capability 'telepathy'; use one of: vision"):
        capability_field("telepathy")


def test_every_capability_name_and_word_resolves() -> None:
    record = fields.complete({"id": "x"})
    for word in (*CAPABILITY_NAMES, *CAPABILITY_WORDS, *fields.CAPABILITY_FIELDS):
        key = capability_field(word)
        assert isinstance(has_capability(record, key), bool)
