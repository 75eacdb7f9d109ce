"""detect, convert, split_prefix and the shared rules of every format."""

from __future__ import annotations

from typing import Any

import pytest

from modelreg.errors import CatalogError
from modelreg.formats import FORMATS, Converted, convert, detect, split_prefix
from modelreg.schema import DEFAULTS, PRICE_DATE, PRICE_FIELDS
from modelreg.schema.definition import ModelDefinition

from .helpers import load

FIXTURES = {
    "litellm": "litellm_excerpt.json",
    "models.dev": "models_dev_excerpt.json",
    "openrouter": "openrouter_test_models.json",
}


def test_formats_are_the_three_known() -> None:
    assert FORMATS == ("litellm", "models.dev", "openrouter")


@pytest.mark.parametrize("fmt", FORMATS)
def test_detects_each_format(fmt: str) -> None:
    assert detect(load(FIXTURES[fmt])) == fmt


@pytest.mark.parametrize("fmt", FORMATS)
def test_convert_detects_when_no_format_is_given(fmt: str) -> None:
    converted = convert(load(FIXTURES[fmt]))
    assert isinstance(converted, Converted)
    assert converted.format == fmt
    assert converted.entries


@pytest.mark.parametrize(
    "doc",
    [
        {},
        [],
        None,
        "text",
        {"models": []},
        {"data": []},
        {"gpt-4o": "a string"},
        {"object": "list", "data": [{"id": "gpt-4o", "object": "model", "owned_by": "openai"}]},
    ],
)
def test_documents_of_no_known_shape_are_refused(doc: Any) -> None:
    assert detect(doc) is None
    with pytest.raises(CatalogError, match=r"^x\.json: not a LiteLLM, models\.dev or OpenRouter"):
        convert(doc, label="x.json")


@pytest.mark.parametrize("name", ["openai_models_list_sample.json", "vllm_models_list_sample.json"])
def test_the_openai_and_vllm_model_lists_are_no_catalog_format(name: str) -> None:
    doc = load(name)
    assert doc["object"] == "list" and doc["data"]
    assert detect(doc) is None


@pytest.mark.parametrize(("fmt", "other"), [(f, o) for f in FORMATS for o in FORMATS if f != o])
def test_a_document_of_another_format_is_refused(fmt: str, other: str) -> None:
    with pytest.raises(CatalogError) as caught:
        convert(load(FIXTURES[other]), fmt, label="src")
    assert caught.value.source == "src"
    assert "not a" in caught.value.problem


def test_an_unknown_format_name_is_refused() -> None:
    with pytest.raises(CatalogError, match="unknown format 'genai-prices'"):
        convert({}, "genai-prices", label="src")


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("litellm:./prices.json", ("litellm", "./prices.json")),
        ("litellm:https://example.org/p.json", ("litellm", "https://example.org/p.json")),
        ("LiteLLM:x.json", ("litellm", "x.json")),
        ("models.dev:api.json", ("models.dev", "api.json")),
        ("modelsdev:https://models.dev/api.json", ("models.dev", "https://models.dev/api.json")),
        ("openrouter:models.json", ("openrouter", "models.json")),
        ("openrouter:C:\\data\\m.json", ("openrouter", "C:\\data\\m.json")),
        ("C:\\x", (None, "C:\\x")),
        ("c:/data/models.json", (None, "c:/data/models.json")),
        ("https://models.dev/api.json", (None, "https://models.dev/api.json")),
        ("file:///tmp/models.json", (None, "file:///tmp/models.json")),
        ("./models.json", (None, "./models.json")),
        ("models.json", (None, "models.json")),
        ("", (None, "")),
        ("genai-prices:x.json", (None, "genai-prices:x.json")),
    ],
)
def test_split_prefix(location: str, expected: tuple[str | None, str]) -> None:
    assert split_prefix(location) == expected


@pytest.mark.parametrize("fmt", FORMATS)
def test_entries_hold_only_modelreg_fields(fmt: str) -> None:
    allowed = {"id", *DEFAULTS}
    prices = {*PRICE_FIELDS, PRICE_DATE}
    for entry in convert(load(FIXTURES[fmt])).entries:
        assert set(entry) <= allowed, entry["id"]
        assert set(entry.get("pricing", {})) <= prices, entry["id"]
        for value in entry.get("pricing", {}).values():
            assert type(value) is float and value >= 0
        for field in ("context_window", "max_completion_tokens", "created"):
            if field in entry:
                assert type(entry[field]) is int and entry[field] > 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_excerpt_entry_validates(fmt: str) -> None:
    entries = convert(load(FIXTURES[fmt])).entries
    assert len(entries) >= 3  # an empty conversion would validate trivially
    for entry in entries:
        assert ModelDefinition.model_validate(entry).id == entry["id"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_ids_are_unique_within_a_document(fmt: str) -> None:
    ids = [entry["id"].lower() for entry in convert(load(FIXTURES[fmt])).entries]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_defaults_are_filled_in(fmt: str) -> None:
    """Nothing the source does not say: no 8192 window, no 4096 output, no 'custom'."""
    for entry in convert(load(FIXTURES[fmt])).entries:
        assert entry.get("provider") != "custom"
        assert "fictional" not in entry
        assert entry.get("status") != "active"
        assert entry.get("pricing") != {}


def test_converting_twice_gives_the_same_entries() -> None:
    doc = load(FIXTURES["litellm"])
    assert convert(doc).entries == convert(doc).entries


def test_ids_with_surrounding_spaces_are_skipped() -> None:
    converted = convert({" gpt-x": {"mode": "chat"}, "": {"mode": "chat"}}, "litellm")
    assert converted.entries == []
    assert converted.skipped == [
        (" gpt-x", "id ' gpt-x' is empty or has surrounding spaces"),
        ("", "id '' is empty or has surrounding spaces"),
    ]
