"""modelreg.audit: matching models across sources, gaps versus disagreements, the summary."""

from __future__ import annotations

from typing import Any

import pytest

from modelreg.audit import FIELDS, audit, parse_fields

REFERENCE = [
    {
        "id": "gpt-4o",
        "provider": "openai",
        "aliases": ["gpt-4o-2024-08-06"],
        "context_window": 128000,
        "pricing": {"prompt_price_per_1m": 2.5, "completion_price_per_1m": 10.0},
        "input_modalities": ["text", "image"],
        "knowledge_cutoff": "2023-10-01",
        "supports_vision": True,
    },
    {"id": "llama-3-8b", "provider": "meta", "context_window": 8192},
]


def found(result: object) -> set[tuple[str, str]]:
    return {(d["model"], d["field"]) for d in result.disagreements}  # type: ignore[attr-defined]


def test_a_missing_value_is_a_gap_not_a_disagreement() -> None:
    other = [{"id": "gpt-4o", "provider": "openai", "context_window": None}]
    result = audit([("builtin", REFERENCE), ("other", other)])
    assert result.disagreements == []
    assert result.summary["context_window"] == {
        "agree": 0,
        "disagree": 0,
        "tolerated": 0,
        "gaps": 1,
    }
    assert result.models == 1


def test_matching_by_alias_ignoring_case_and_by_the_prefixed_form() -> None:
    by_alias = [{"id": "GPT-4O-2024-08-06", "provider": "openai", "context_window": 64000}]
    prefixed = [{"id": "openai/gpt-4o", "provider": "openai", "context_window": 100000}]
    result = audit([("builtin", REFERENCE), ("a", by_alias), ("b", prefixed)])
    [row] = result.disagreements
    assert row == {
        "model": "gpt-4o",
        "field": "context_window",
        "values": {"builtin": 128000, "a": 64000, "b": 100000},
        "tolerated": False,
    }


def test_the_same_name_at_another_provider_is_another_model() -> None:
    hosted = [{"id": "llama-3-8b", "provider": "groq", "context_window": 4096}]
    result = audit([("builtin", REFERENCE), ("host", hosted)])
    assert result.disagreements == [] and result.models == 0
    qualified = [{"id": "meta/llama-3-8b", "context_window": 4096}]
    assert found(audit([("builtin", REFERENCE), ("q", qualified)])) == {
        ("llama-3-8b", "context_window")
    }


def test_a_sellers_offer_is_compared_with_the_same_sellers_only() -> None:
    offer = {"id": "openai/gpt-4o", "provider": "openrouter", "owned_by": "openai"}
    sellers = [
        ("builtin", REFERENCE),
        ("a", [{**offer, "context_window": 100000}]),
        ("b", [{**offer, "context_window": 64000}]),
    ]
    result = audit(sellers)
    assert result.models == 1 and found(result) == {("openai/gpt-4o", "context_window")}
    [row] = result.disagreements
    assert row["values"] == {"a": 100000, "b": 64000}  # the maker's figures are not in it
    assert audit(sellers, provider="openai").models == 0  # --provider: the maker's own
    assert audit(sellers, provider="openrouter").models == 1


def test_models_only_outside_sources_define_are_compared_too() -> None:
    one = [{"id": "new-model", "provider": "x", "max_completion_tokens": 100}]
    two = [{"id": "x/new-model", "max_completion_tokens": 200}]
    result = audit([("builtin", REFERENCE), ("one", one), ("two", two)])
    assert found(result) == {("new-model", "max_completion_tokens")}


def test_how_values_are_compared() -> None:
    close = [
        {
            "id": "gpt-4o",
            "provider": "openai",
            "pricing": {"prompt_price_per_1m": 2.5000000001, "completion_price_per_1m": 12.0},
            "input_modalities": ["image", "text"],  # the same set
            "knowledge_cutoff": "2023-10",  # the same month
            "supports_vision": False,
        }
    ]
    result = audit([("builtin", REFERENCE), ("close", close)])
    assert found(result) == {
        ("gpt-4o", "pricing.completion_price_per_1m"),
        ("gpt-4o", "supports_vision"),
    }
    assert result.summary["pricing.prompt_price_per_1m"]["agree"] == 1
    assert result.summary["input_modalities"]["agree"] == 1
    assert result.summary["knowledge_cutoff"]["agree"] == 1
    later = [{"id": "gpt-4o", "provider": "openai", "knowledge_cutoff": "2023-09"}]
    assert found(audit([("builtin", REFERENCE), ("later", later)])) == {
        ("gpt-4o", "knowledge_cutoff")
    }


def test_a_second_entry_of_one_source_for_the_same_model_is_not_compared() -> None:
    twice = [
        {"id": "gpt-4o", "provider": "openai", "context_window": 128000},
        {"id": "openai/gpt-4o", "context_window": 1},
    ]
    result = audit([("builtin", REFERENCE), ("twice", twice)])
    assert result.disagreements == []
    assert result.sources[1] == {"source": "twice", "models": 2, "matched": 1}


def test_fields_and_provider_narrow_the_audit() -> None:
    other = [
        {"id": "gpt-4o", "provider": "openai", "context_window": 1, "supports_vision": False},
        {"id": "llama-3-8b", "provider": "meta", "context_window": 1},
    ]
    both = [("builtin", REFERENCE), ("other", other)]
    assert found(audit(both, parse_fields(["vision"]))) == {("gpt-4o", "supports_vision")}
    assert found(audit(both, provider="meta")) == {("llama-3-8b", "context_window")}
    assert set(audit(both, parse_fields(["pricing"])).summary) == {
        f for f in FIELDS if f.startswith("pricing.")
    }


def test_parse_fields() -> None:
    assert parse_fields([]) == FIELDS
    assert parse_fields(["context-window,prompt_price_per_1m", "tools"]) == (
        "context_window",
        "pricing.prompt_price_per_1m",
        "supports_function_calling",
    )
    assert parse_fields(["modalities"]) == ("input_modalities", "output_modalities")
    with pytest.raises(ValueError, match="unknown field 'colour'"):
        parse_fields(["colour"])


@pytest.mark.parametrize(
    ("field", "a", "b"),
    [
        ("pricing.prompt_price_per_1m", 0.13, 0.125),  # rounded to the cent
        ("pricing.prompt_price_per_1m", 5.0, 5.00003),  # a float artefact
        ("context_window", 128000, 131072),  # 128K either way
        ("context_window", 8192, 8191),
        ("knowledge_cutoff", "2023-10-01", "2023-09"),  # the end of September, as a day
        ("release_date", "2024-09-01", "2024-09-11"),  # the month, written as a day
    ],
)
def test_one_figure_written_two_ways_is_tolerated_not_a_disagreement(
    field: str, a: Any, b: Any
) -> None:
    mine = _entry(field, a)
    theirs = _entry(field, b)
    result = audit([("builtin", [mine]), ("other", [theirs])], (field,))
    assert [d["tolerated"] for d in result.disagreements] == [True]
    assert result.summary[field]["tolerated"] == 1 and result.summary[field]["disagree"] == 0


@pytest.mark.parametrize(
    ("field", "a", "b"),
    [
        ("pricing.prompt_price_per_1m", 3.0, 2.5),  # whole numbers are meant
        ("pricing.prompt_price_per_1m", 0.5, 0.45),
        ("context_window", 1050000, 1000000),
        ("release_date", "2024-09-02", "2024-09-11"),
    ],
)
def test_a_real_disagreement_is_listed_before_tolerated_ones(field: str, a: Any, b: Any) -> None:
    near = {"id": "near", "provider": "acme"}  # a model listed first, within tolerance
    result = audit(
        [
            ("builtin", [near | {"context_window": 128000}, _entry(field, a)]),
            ("other", [near | {"context_window": 131072}, _entry(field, b)]),
        ],
        tuple(dict.fromkeys(("context_window", field))),
    )
    assert [(d["model"], d["tolerated"]) for d in result.disagreements] == [
        ("m", False),
        ("near", True),
    ]
    assert result.summary[field]["disagree"] == 1


def _entry(field: str, value: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": "m", "provider": "acme"}
    if field.startswith("pricing."):
        entry["pricing"] = {field.removeprefix("pricing."): value}
    else:
        entry[field] = value
    return entry
