"""Filters as properties over generated records, sorting and the parsers."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from modelreg import fields
from modelreg.catalog import builtin_registry
from modelreg.filters import (
    CAPABILITY_NAMES,
    CAPABILITY_WORDS,
    SORT_KEYS,
    Filters,
    apply_filters,
    capability_field,
    has_capability,
    parse_count,
    parse_date,
    parse_kind,
    parse_modality,
    parse_price,
    sort_key,
    sort_records,
)

Record = dict[str, Any]


@pytest.fixture(scope="module")
def builtin() -> list[Record]:
    return builtin_registry().records()


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
    with pytest.raises(ValueError, match=r"expected a number such as 128K, 7B.*'lots'"):
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GPT 4o", "gpt4o"),
        ("gpt-4o", "gpt4o"),
        ("Open_Weights", "openweights"),
        ("Straße", "strasse"),
        ("Модел-Один", "моделодин"),
        ("qwen/Qwen2.5:7b", "qwenqwen257b"),
        ("-_. /", ""),
    ],
)
def test_squash_keeps_case_folded_letters_and_digits_of_any_script(
    text: str, expected: str
) -> None:
    assert fields.squash(text) == expected


def test_open_weights_and_kinds_are_matched_through_squash() -> None:
    assert parse_kind("Image-Generation") == "image_generation"
    record = fields.complete({"id": "x", "tags": ["OPEN WEIGHTS"]})
    assert Filters(open_weights=True).matches(record)
