"""Outside catalogs as sources: read by prefix or shape, filling gaps, never overriding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from modelreg.compile import load_registry
from modelreg.errors import CatalogError
from modelreg.registry import builtin
from modelreg.sources import read_location

DATA = Path(__file__).parent / "formats" / "data"
LITELLM = DATA / "litellm_excerpt.json"
MODELS_DEV = DATA / "models_dev_excerpt.json"
OPENROUTER = DATA / "openrouter_test_models.json"


@pytest.mark.parametrize(
    ("location", "fmt"),
    [
        (f"litellm:{LITELLM}", "litellm"),
        (str(LITELLM), "litellm"),
        (f"models.dev:{MODELS_DEV}", "models.dev"),
        (str(MODELS_DEV), "models.dev"),
        (f"openrouter:{OPENROUTER}", "openrouter"),
        (str(OPENROUTER), "openrouter"),
        (f"file://{OPENROUTER}", "openrouter"),
    ],
)
def test_outside_formats_are_told_by_prefix_or_shape(location: str, fmt: str) -> None:
    source = read_location(location)
    assert source.outside == fmt
    assert source.entries


def test_a_document_of_no_known_shape_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "odd.json"
    path.write_text(json.dumps({"foo": 1}), encoding="utf-8")
    with pytest.raises(CatalogError, match="unknown top-level key 'foo'"):
        read_location(str(path))
    with pytest.raises(CatalogError):
        read_location(f"litellm:{tmp_path / 'odd.json'}")


def test_an_outside_catalog_never_overrides_a_builtin_figure(tmp_path: Path) -> None:
    doc = json.loads(LITELLM.read_text(encoding="utf-8"))
    doc["gpt-4o"]["input_cost_per_token"] = 9e-06  # a figure that disagrees with the built-in
    doc["gpt-4o"]["max_output_tokens"] = 999
    path = tmp_path / "litellm.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = builtin().get_record("gpt-4o")
    registry = load_registry([f"litellm:{path}"], builtin_only=True)
    after = registry.get_record("gpt-4o")
    assert after["pricing"]["prompt_price_per_1m"] == before["pricing"]["prompt_price_per_1m"]
    assert after["max_completion_tokens"] == before["max_completion_tokens"]
    assert "pricing.prompt_price_per_1m" not in registry.field_sources("gpt-4o")
    # Asked for explicitly, the outside figures win, and provenance says so.
    preferred = load_registry([f"litellm:{path}"], builtin_only=True, prefer_outside=True)
    assert preferred.get_record("gpt-4o")["pricing"]["prompt_price_per_1m"] == 9.0
    assert preferred.get_record("gpt-4o")["max_completion_tokens"] == 999
    fields = preferred.field_sources("gpt-4o")
    assert fields["pricing.prompt_price_per_1m"] == f"litellm:file:{path}"


def test_an_outside_catalog_fills_gaps_and_says_where_from(tmp_path: Path) -> None:
    doc = {
        "gpt-4o": {
            "litellm_provider": "openai",
            "mode": "chat",
            "input_cost_per_audio_token": 4e-05,
        }
    }
    path = tmp_path / "litellm.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    registry = load_registry([f"litellm:{path}"], builtin_only=True)
    record = registry.get_record("gpt-4o")
    assert record["pricing"]["audio_input_price_per_1m"] == 40.0
    assert registry.field_sources("gpt-4o") == {
        "pricing.audio_input_price_per_1m": f"litellm:file:{path}"
    }


def test_new_outside_models_are_added_with_unknown_limits_not_defaults(tmp_path: Path) -> None:
    doc = {"acme-new-model": {"litellm_provider": "openai", "mode": "chat"}}
    path = tmp_path / "litellm.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    record = load_registry([f"litellm:{path}"], builtin_only=True).get_record("acme-new-model")
    assert record["context_window"] is None and record["max_completion_tokens"] is None


def test_a_sellers_entry_is_an_offer_of_the_makers_model() -> None:
    registry = load_registry([f"litellm:{LITELLM}"], builtin_only=True)
    gpt4o = registry.get_record("gpt-4o")
    assert gpt4o["provider"] == "openai"
    assert ("azure", "azure/gpt-4o") in {(o["seller"], o["id"]) for o in gpt4o["offers"]}
    assert "azure/gpt-4o" not in {r["id"] for r in registry.records()}
    assert all(r["provider"] != "azure" for r in registry.records())
    routed = load_registry([str(OPENROUTER)], builtin_only=True)
    gpt4 = routed.get_record("gpt-4")
    assert gpt4["provider"] == "openai"
    assert ("openrouter", "openai/gpt-4") in {(o["seller"], o["id"]) for o in gpt4["offers"]}


def test_skipped_entries_are_counted_in_a_note() -> None:
    registry = load_registry([f"litellm:{LITELLM}"], builtin_only=True)
    assert len(registry.notes) == 1
    assert "skipped" in registry.notes[0] and "litellm:file:" in registry.notes[0]


def test_a_malformed_outside_entry_is_skipped_not_fatal(tmp_path: Path) -> None:
    doc = {
        "good-model": {"litellm_provider": "openai", "mode": "chat", "max_tokens": 100},
        "bad-model": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": "x"},
    }
    path = tmp_path / "litellm.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    registry = load_registry([f"litellm:{path}"], builtin_only=True)
    assert "good-model" in registry and "bad-model" not in registry
    assert "skipped 1 entries" in registry.notes[0]


def test_an_invalid_new_model_is_skipped_with_its_problems_and_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from modelreg import fill
    from modelreg.schema import validation
    from modelreg.sources import Source

    entries = [
        {"id": "acme/one", "provider": "acme"},
        {"id": "acme/big", "provider": "acme", "context_window": "big"},
        {"id": "acme/two", "provider": "acme"},
        {"id": "acme/emb", "provider": "acme", "kind": "embedding", "supports_reasoning": True},
    ]
    validated: list[list[str]] = []
    real = validation.validate_records
    monkeypatch.setattr(
        validation,
        "validate_records",
        lambda batch: (validated.append([e["id"] for e in batch]), real(batch))[1],
    )
    store = builtin().copy()
    skipped = fill.fill(store, Source("outside", entries, outside="litellm"))
    assert skipped == [
        ("acme/big", "field 'context_window': Input should be a valid integer (got \"big\")"),
        ("acme/emb", "field 'supports_reasoning': an embedding model cannot claim it"),
    ]
    assert "acme/one" in store and "acme/two" in store and "acme/big" not in store
    assert validated == [[e["id"] for e in entries], ["acme/one", "acme/two"]]


@pytest.mark.parametrize("checked", [False, True], ids=["validated", "validated-before"])
def test_entries_validated_before_make_the_same_models_and_skips_unvalidated(
    monkeypatch: pytest.MonkeyPatch, checked: bool
) -> None:
    """A converted copy keeps what keeps each entry from being a model (fill.problems): its
    fill makes the same models, fills and skips without validating again."""
    from modelreg import fill
    from modelreg.schema import validation
    from modelreg.sources import Source

    entries = [
        {"id": "acme/one", "provider": "acme", "release_date": "2025-01-02"},
        {"id": "acme/big", "provider": "acme", "context_window": "big"},
        {"id": "acme/emb", "provider": "acme", "kind": "embedding", "supports_reasoning": True},
        {"id": "meta-models/Muse-Glimmer-30B", "provider": "meta", "active_parameters": 10**12},
        {"id": "gpt-4o", "provider": "openai", "num_layers": 120},
        {"id": "acme/two", "provider": "acme", "deprecation_date": "2020-01-01"},
    ]
    source = Source("outside", entries, outside="litellm")
    if checked:
        source.problems = fill.problems(entries)
        assert set(source.problems) == {1, 2}
    validated: list[int] = []
    real = validation.validate_records
    monkeypatch.setattr(
        validation, "validate_records", lambda b: (validated.append(len(b)), real(b))[1]
    )
    store = builtin().copy()
    skipped = fill.fill(store, source)
    assert skipped == [
        (
            "meta-models/Muse-Glimmer-30B",
            "field 'active_parameters': 1000000000000 exceeds parameters 30000000000",
        ),
        ("acme/big", "field 'context_window': Input should be a valid integer (got \"big\")"),
        ("acme/emb", "field 'supports_reasoning': an embedding model cannot claim it"),
    ]
    assert (validated == []) is checked
    one, two = store.get_record("acme/one"), store.get_record("acme/two")
    assert one["created"] == 1735776000 and one["name"] == "acme/one"
    assert one["context_window"] is None and one["input_modalities"] == ["text"]
    assert two["status"] == "deprecated"
    assert store.get_record("gpt-4o")["num_layers"] == 120  # a gap filled
    assert store.field_sources("gpt-4o")["num_layers"] == "outside"
    assert "acme/big" not in store and "acme/emb" not in store
