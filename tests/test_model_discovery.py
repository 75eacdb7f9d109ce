"""ModelDiscovery: the architecture's discovery engine, its every method, over a registry."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from catalog_server import serve
from helpers import MINIMAL, acme_registry

import modelreg
from modelreg import ModelDefinition, ModelDiscovery
from modelreg.registry import builtin
from modelreg.sources import ENV_VAR


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve() as url:
        yield url


@pytest.fixture
def discovery() -> ModelDiscovery:
    return ModelDiscovery(acme_registry())


def ids(models: list[ModelDefinition]) -> list[str]:
    assert all(isinstance(m, ModelDefinition) for m in models)
    return [m.id for m in models]


def test_it_is_in_the_public_api() -> None:
    assert "ModelDiscovery" in modelreg.__all__
    assert modelreg.ModelDiscovery is ModelDiscovery


def test_by_default_it_holds_the_built_in_catalogs() -> None:
    assert len(ModelDiscovery().registry) == len(builtin())


def test_discover_from_env_merges_the_architectures_example(
    discovery: ModelDiscovery, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert discovery.discover_from_env() == []  # unset
    monkeypatch.setenv(ENV_VAR, json.dumps([MINIMAL]))
    found = discovery.discover_from_env()
    assert ids(found) == ["custom/my-model"]
    assert found[0].name == "My Custom Model" and found[0].supports_streaming
    assert discovery.registry.get_model("custom/my-model") == found[0]
    assert ids(discovery.search_by_provider("custom")) == ["custom/my-model"]


def test_discover_from_config_and_url(discovery: ModelDiscovery, server: str) -> None:
    path = Path("models.json")
    path.write_text(json.dumps([{"id": "from-config"}]), encoding="utf-8")
    assert ids(discovery.discover_from_config()) == ["from-config"]  # ./models.json by default
    other = Path("other.json")
    other.write_text(json.dumps({"models": [{"id": "gpt-4o", "context_window": 1000}]}))
    assert [(m.id, m.context_window) for m in discovery.discover_from_config(str(other))] == [
        ("gpt-4o", 1000)  # a patch of a known model
    ]
    assert ids(discovery.discover_from_url(f"{server}/good.json")) == ["served-model"]
    assert "served" in discovery.registry  # its alias too


def test_auto_discover_reads_every_user_source_in_order(
    discovery: ModelDiscovery, monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("models.json").write_text(json.dumps([{"id": "local"}]), encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, json.dumps([{"id": "local", "context_window": 4096}]))
    found = discovery.auto_discover()
    assert ids(found) == ["local", "local"]  # ./models.json, then the variable patches it
    assert discovery.registry.get_model("local").context_window == 4096


def test_a_broken_source_raises_a_catalog_error_and_changes_nothing(
    discovery: ModelDiscovery,
) -> None:
    Path("bad.json").write_text(json.dumps([{"id": "ok"}, {"id": "x", "contxt": 1}]))
    before = len(discovery.registry)
    with pytest.raises(modelreg.CatalogError, match="contxt"):
        discovery.discover_from_config("bad.json")
    assert len(discovery.registry) == before


def test_search_by_name_ranks_ids_aliases_and_typos(discovery: ModelDiscovery) -> None:
    assert ids(discovery.search_by_name("gpt-4o"))[0] == "gpt-4o"
    assert ids(discovery.search_by_name("omni")) == ["gpt-4o"]  # an alias
    assert "gpt-3.5-turbo" in ids(discovery.search_by_name("gpt 3.5"))
    assert discovery.search_by_name("nothing-like-it") == []


def test_search_by_provider_and_capability(discovery: ModelDiscovery) -> None:
    assert ids(discovery.search_by_provider("OTHER")) == ["llama-3-8b"]
    assert ids(discovery.search_by_capability("vision")) == ["gpt-4o", "o1"]
    assert ids(discovery.search_by_capability("fine-tuning")) == ["gpt-4o", "gpt-3.5-turbo"]
    with pytest.raises(ValueError, match="unknown capability 'telepathy'"):
        discovery.search_by_capability("telepathy")


def test_search_by_tags_all_or_any(discovery: ModelDiscovery) -> None:
    assert ids(discovery.search_by_tags(["Flagship"])) == ["gpt-4o"]
    assert ids(discovery.search_by_tags("flagship")) == ["gpt-4o"]
    assert discovery.search_by_tags(["flagship", "nope"]) == []
    assert ids(discovery.search_by_tags(["flagship", "nope"], match_all=False)) == ["gpt-4o"]


def test_fuzzy_search_best_first(discovery: ModelDiscovery) -> None:
    assert ids(discovery.fuzzy_search("gpt4o"))[0] == "gpt-4o"
    assert ids(discovery.fuzzy_search("gpt", limit=1)) == ["gpt-4o"]
    assert discovery.fuzzy_search("zzzz") == []


def test_filter_by_context_window(discovery: ModelDiscovery) -> None:
    assert ids(discovery.filter_by_context_window(128_000)) == ["gpt-4o", "o1"]
    assert ids(discovery.filter_by_context_window("200K")) == ["o1"]
    with pytest.raises(ValueError, match="min-context"):
        discovery.filter_by_context_window(-1)


def test_filter_by_pricing_leaves_unknown_prices_out(discovery: ModelDiscovery) -> None:
    assert ids(discovery.filter_by_pricing(2.5)) == ["gpt-4o", "gpt-3.5-turbo"]
    assert ids(discovery.filter_by_pricing(1)) == ["gpt-3.5-turbo"]  # o1 has no price


def test_filter_by_architecture_and_modality() -> None:
    discovery = ModelDiscovery()
    moe = discovery.filter_by_architecture("MoE")
    assert moe and all(m.architecture == "moe" for m in moe)
    video = discovery.filter_by_modality("video")
    assert video and all("video" in m.input_modalities + m.output_modalities for m in video)
    with pytest.raises(ValueError, match="unknown modality"):
        discovery.filter_by_modality("smell")


def test_filters_chain_over_the_models_given(discovery: ModelDiscovery) -> None:
    vision = discovery.search_by_capability("vision")
    cheap = discovery.filter_by_pricing(5.0, models=vision)
    assert cheap == [vision[0]]  # the very definitions given
    given = [{"id": "mine", "context_window": 300_000}, ModelDefinition(id="small")]
    assert ids(discovery.filter_by_context_window(200_000, models=given)) == ["mine"]


def test_definitions_handed_out_are_copies(discovery: ModelDiscovery) -> None:
    first = discovery.search_by_name("gpt-4o")[0]
    first.tags.append("changed")
    assert discovery.search_by_name("gpt-4o")[0].tags == ["flagship"]
