"""Filters as properties over generated records, sorting and the parsers."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from modelreg import schema as vocabulary
from modelreg.query.filters import Filters, apply_filters, has_capability
from modelreg.query.parsers import parse_count, parse_date, parse_kind, parse_modality, parse_price
from modelreg.query.sorting import SORT_KEYS, sort_key, sort_records
from modelreg.registry import builtin as builtin_registry
from modelreg.schema import CAPABILITY_NAMES, CAPABILITY_WORDS, capability

Record = dict[str, Any]


@pytest.fixture(scope="module")
def builtin() -> list[Record]:
    return builtin_registry().records()


# -- filters: properties over generated records --------------------------------

PROVIDERS = ["acme", "meta", "Mistral", "other"]
TAGS = ["open-weights", "vision", "code", "Small", "open-source"]
LICENSES = [None, "mit", "apache-2.0", "proprietary", "MIT"]


def _pool(size: int = 400) -> list[Record]:
    """Records covering the filters' cases, drawn once from a fixed seed (hypothesis then
    picks catalogs among them: cheap draws, the same variety)."""
    rnd = random.Random(20261201)

    def maybe(value: Any) -> Any:
        return value if rnd.random() < 0.7 else None

    pool = []
    for index in range(size):
        prices = {
            key: round(rnd.uniform(0, 100), 3)
            for key in ("prompt_price_per_1m", "completion_price_per_1m")
            if rnd.random() < 0.7
        }
        spec: dict[str, Any] = {
            "id": f"model-{index}",
            "provider": rnd.choice(PROVIDERS),
            "kind": rnd.choice(vocabulary.KINDS),
            "architecture": rnd.choice([None, "transformer", "moe", "MoE", "mamba"]),
            "parameters": maybe(rnd.randint(1, 2 * 10**12)),
            "num_experts": maybe(rnd.randint(1, 64)),
            "context_window": maybe(rnd.randint(1, 2_000_000)),
            "license": rnd.choice(LICENSES),
            "tags": rnd.sample(TAGS, rnd.randint(0, 3)),
            "release_date": maybe(str(dt.date(2018, 1, 1) + dt.timedelta(rnd.randint(0, 3285)))),
            "pricing": prices if rnd.random() < 0.8 else None,
        }
        for flag in vocabulary.CAPABILITY_FIELDS.values():
            if rnd.random() < 0.5:
                spec[flag] = True
        pool.append(vocabulary.complete(spec))
    return pool


POOL = _pool()


def records() -> st.SearchStrategy[list[Record]]:
    """Catalogs of up to 25 distinct records of the pool, in any order."""
    picks = st.lists(st.integers(0, len(POOL) - 1), max_size=25, unique=True)
    return picks.map(lambda indexes: [POOL[i] for i in indexes])


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
        {"modalities": "image"},
        lambda r: "image" in r["input_modalities"] or "image" in r["output_modalities"],
    ),
    (
        {"modalities": ["audio", "text"]},
        lambda r: {"audio", "text"} <= {*r["input_modalities"], *r["output_modalities"]},
    ),
    ({"kinds": "embedding"}, lambda r: r["kind"] == "embedding"),
    ({"kinds": "image-generation"}, lambda r: r["kind"] == "image_generation"),
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
    ({"tags": "vision"}, lambda r: "vision" in r["tags"]),
    ({"tags": ["small", "code"]}, lambda r: {"Small", "code"} <= set(r["tags"])),
    ({"license": "mit"}, lambda r: r["license"] in ("mit", "MIT")),
    (
        {"open_weights": True},
        lambda r: "open-weights" in r["tags"] or "open-source" in r["tags"],
    ),
    (
        {"open_weights": False},
        lambda r: "open-weights" not in r["tags"] and "open-source" not in r["tags"],
    ),
    # parameter bounds hold for nominal sizes: within 2% (a 70.6B model is a 70B one)
    (
        {"min_params": "7B"},
        lambda r: r["parameters"] is not None and r["parameters"] >= 7_000_000_000 * 0.98,
    ),
    (
        {"max_params": "70b"},
        lambda r: r["parameters"] is not None and r["parameters"] <= 70_000_000_000 * 1.02,
    ),
    (
        {"min_params": "1.5T"},
        lambda r: r["parameters"] is not None and r["parameters"] >= 1_500_000_000_000 * 0.98,
    ),
    (
        {"max_params": "405000000"},
        lambda r: r["parameters"] is not None and r["parameters"] <= 405_000_000 * 1.02,
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
    result = apply_filters(catalog, Filters.parse(**kwargs))
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
    result = apply_filters(catalog, Filters.parse(**merged))
    assert result == [r for r in catalog if all(o(r) for o in oracles)]
    assert all(Filters.parse(**merged).matches(r) for r in result)


@settings(max_examples=40, deadline=None)
@given(catalog=records())
def test_no_filter_keeps_everything(catalog: list[Record]) -> None:
    assert apply_filters(catalog, Filters()) == catalog


def test_unknown_price_is_not_cheap() -> None:
    catalog = [
        vocabulary.complete({"id": "free", "pricing": {"prompt_price_per_1m": 0.0}}),
        vocabulary.complete({"id": "unknown"}),
        vocabulary.complete({"id": "half", "pricing": {"completion_price_per_1m": 1.0}}),
    ]
    assert [r["id"] for r in apply_filters(catalog, Filters.parse(max_prompt_price=100))] == [
        "free"
    ]
    assert [r["id"] for r in apply_filters(catalog, Filters.parse(max_completion_price=1))] == [
        "half"
    ]


def test_filters_on_the_builtin_catalog(builtin: list[Record]) -> None:
    found = apply_filters(
        builtin, Filters.parse(providers=["openai"], capabilities=["vision"], min_context="100k")
    )
    assert {r["id"] for r in found} >= {"gpt-4o", "gpt-4o-mini"}
    open_big = apply_filters(builtin, Filters.parse(open_weights=True, min_params="70B"))
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
        ({"kinds": "oracle"}, "unknown kind"),
        ({"modalities": "smell"}, "unknown modality"),
        ({"released_after": "last year"}, "date"),
        ({"released_before": "2024-13-01"}, "date"),
    ],
)
def test_unparseable_filter_values_raise_value_error(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Filters.parse(**kwargs)


# -- sorting -------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(catalog=records(), key=st.sampled_from(SORT_KEYS), descending=st.booleans())
def test_sort_records_orders_by_the_key_with_unknown_last(
    catalog: list[Record], key: str, descending: bool
) -> None:
    result = sort_records(catalog, key, descending=descending)
    assert sorted(r["id"] for r in result) == sorted(r["id"] for r in catalog)
    canonical = vocabulary.PRICE_NAMES.get(key, key)

    def value(r: Record) -> Any:
        if canonical in vocabulary.PRICE_FIELDS:
            return (r["pricing"] or {}).get(canonical)
        v = r[canonical]
        return (
            v.lower() if isinstance(v, str) and canonical not in ("release_date", "status") else v
        )

    values = [value(r) for r in result]
    known = [v for v in values if v is not None]
    assert values[: len(known)] == known  # unknown values last
    assert known == sorted(known, reverse=descending)


def test_sort_ties_keep_id_order() -> None:
    catalog = [vocabulary.complete({"id": i, "context_window": 4096}) for i in ("b", "c", "a")]
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


def test_capability_words() -> None:
    assert capability("vision").field == "supports_vision"
    assert capability("function calling").field == "supports_function_calling"
    assert capability("function_calling").field == "supports_function_calling"
    assert capability("Tools").field == "supports_function_calling"
    assert capability("json").field == "supports_structured_output"
    assert capability("structured output").field == "supports_structured_output"
    assert capability("fine-tuning").field == "supports_fine_tuning"
    assert capability("batch_processing").field == "supports_batch"
    assert capability("embeddings").name == "embedding"
    assert capability("moe").name == "moe"
    assert capability("supports_vision").field == "supports_vision"
    # The table legend's own words work: audio-in was once silently matching nothing.
    assert capability("audio-in").field == "supports_audio_input"
    assert capability("audio_output").field == "supports_audio_output"
    with pytest.raises(ValueError, match="unknown capability 'telepathy'; use one of: streaming"):
        capability("telepathy")


def test_every_capability_name_and_word_resolves() -> None:
    everything = {f: True for f in vocabulary.CAPABILITY_FIELDS.values()}
    record = vocabulary.complete(
        {"id": "x", **everything, "supports_audio_input": True, "tags": ["open-weights"]}
        | {"architecture": "moe"}
    )
    plain = vocabulary.complete({"id": "y", "supports_streaming": False})
    for word in (*CAPABILITY_NAMES, *CAPABILITY_WORDS, *vocabulary.CAPABILITY_FIELDS):
        if vocabulary.capability(word).name != "embedding":
            assert has_capability(record, word) is True, word
            assert has_capability(plain, word) is False, word


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
    assert vocabulary.squash(text) == expected


def test_open_weights_and_kinds_are_matched_through_squash() -> None:
    assert parse_kind("Image-Generation") == "image_generation"
    record = vocabulary.complete({"id": "x", "tags": ["OPEN WEIGHTS"]})
    assert Filters.parse(open_weights=True).matches(record)
