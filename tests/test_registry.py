"""ModelRegistry: storage, lookup, errors, fine-tuned ids and auto-creation."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import MINIMAL, acme_registry
from pydantic import ValidationError

from modelreg import (
    ModelCapabilities,
    ModelConflictError,
    ModelDefinition,
    ModelNotFoundError,
    ModelRegistry,
)
from modelreg import schema as vocabulary
from modelreg.catalog.provider import ProviderCatalog


@pytest.fixture
def registry() -> ModelRegistry:
    return acme_registry()


def test_the_public_api_imports() -> None:
    code = (
        "from modelreg import ModelRegistry, ModelDefinition, ModelCapabilities, "
        "parse_fine_tuned_model_id"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_fresh_registry_is_empty() -> None:
    registry = ModelRegistry()
    assert len(registry) == 0
    assert registry.list_models() == []
    # Registries share nothing: a model registered in one is unknown to another.
    registry.register_model({"id": "only-here"})
    assert "only-here" not in ModelRegistry() and "only-here" in registry


def test_register_and_get_a_model() -> None:
    registry = ModelRegistry()
    returned = registry.register_model(MINIMAL)
    assert isinstance(returned, ModelDefinition)
    assert registry.get_model("custom/my-model") == returned
    assert "custom/my-model" in registry
    assert registry.provenance("custom/my-model") == ["runtime"]


def test_register_a_model_definition_instance() -> None:
    registry = ModelRegistry()
    definition = ModelDefinition.model_validate({"id": "x", "aliases": ["ex"]})
    registry.register_model(definition, source="test")
    assert registry.get_model("ex") == definition
    assert registry.provenance("x") == ["test"]


def test_register_rejects_an_invalid_definition_naming_the_field() -> None:
    registry = ModelRegistry()
    with pytest.raises(ValueError, match="context_windw"):
        registry.register_model({**MINIMAL, "context_windw": 1})
    assert len(registry) == 0


@pytest.mark.parametrize("name", ["gpt-4o", "omni", "gpt-4o-2024-08-06", "GPT-4O", "OMNI"])
def test_lookup_by_id_alias_and_case_insensitively(registry: ModelRegistry, name: str) -> None:
    assert registry.get_model(name).id == "gpt-4o"


def test_an_exact_match_wins_over_a_case_insensitive_one() -> None:
    registry = ModelRegistry()
    registry.register_model({"id": "Model-A"})
    registry.register_model({"id": "model-b", "aliases": ["Model-C"]})
    assert registry.get_model("Model-A").id == "Model-A"
    assert registry.get_model("model-c").id == "model-b"


def test_an_unknown_id_is_a_value_error_with_suggestions(registry: ModelRegistry) -> None:
    with pytest.raises(ValueError) as info:
        registry.get_model("gpt4o")
    error = info.value
    assert isinstance(error, ModelNotFoundError)
    assert error.suggestions[0] == "gpt-4o"
    assert "gpt4o" in str(error)
    assert "did you mean 'gpt-4o'" in str(error)


def test_a_near_miss_suggests_the_closest_ids(registry: ModelRegistry) -> None:
    with pytest.raises(ModelNotFoundError) as info:
        registry.get_model("gpt-3.5-trubo")
    assert "gpt-3.5-turbo" in info.value.suggestions


def test_nothing_close_gives_no_suggestions(registry: ModelRegistry) -> None:
    with pytest.raises(ModelNotFoundError) as info:
        registry.get_model("zzzzzzzzzzzzqqq")
    assert info.value.suggestions == []
    assert "did you mean" not in str(info.value)


def test_every_lookup_method_raises_not_found(registry: ModelRegistry) -> None:
    for call in (
        registry.get_model,
        registry.get_model_capabilities,
        lambda m: registry.supports_capability(m, "vision"),
        registry.provenance,
    ):
        with pytest.raises(ModelNotFoundError):
            call("gpt4o")


def test_list_models_in_registration_order(registry: ModelRegistry) -> None:
    ids = [m.id for m in registry.list_models()]
    assert ids == ["gpt-4o", "gpt-3.5-turbo", "o1", "embed-large", "llama-3-8b"]


def test_list_models_by_provider_and_capabilities(registry: ModelRegistry) -> None:
    assert [m.id for m in registry.list_models(provider="other")] == ["llama-3-8b"]
    assert registry.list_models(provider="nobody") == []
    assert [m.id for m in registry.list_models(capabilities=["vision"])] == ["gpt-4o", "o1"]
    assert [m.id for m in registry.list_models("acme", ["vision", "batch_processing"])] == [
        "gpt-4o"
    ]
    assert [m.id for m in registry.list_models(capabilities=["supports_reasoning"])] == ["o1"]


def test_an_unknown_capability_is_an_error(registry: ModelRegistry) -> None:
    with pytest.raises(ValueError, match="telepathy"):
        registry.list_models(capabilities=["telepathy"])
    with pytest.raises(ValueError, match="telepathy"):
        registry.supports_capability("gpt-4o", "telepathy")


def test_get_provider_models(registry: ModelRegistry) -> None:
    assert [m.id for m in registry.get_provider_models("acme")] == [
        "gpt-4o",
        "gpt-3.5-turbo",
        "o1",
        "embed-large",
    ]
    assert registry.get_provider_models("nobody") == []
    assert [c.provider for c in registry.provider_catalogs()] == ["acme", "other"]


def test_search_models_finds_by_id_substring(registry: ModelRegistry) -> None:
    found = [m.id for m in registry.search_models("turbo")]
    assert found[0] == "gpt-3.5-turbo"
    assert registry.search_models("omni")[0].id == "gpt-4o"


def test_get_model_capabilities(registry: ModelRegistry) -> None:
    caps = registry.get_model_capabilities("omni")
    assert isinstance(caps, ModelCapabilities)
    assert caps.model == "gpt-4o"
    assert caps.context_window == 128000
    assert caps.capabilities.vision is True
    assert caps.capabilities.batch_processing is True
    assert caps.capabilities.reasoning is False
    assert "image" in caps.modalities


def test_supports_capability(registry: ModelRegistry) -> None:
    assert registry.supports_capability("o1", "reasoning") is True
    assert registry.supports_capability("gpt-4o", "reasoning") is False
    assert registry.supports_capability("embed-large", "batch_processing") is True
    assert registry.supports_capability("embed-large", "streaming") is False
    assert registry.supports_capability("gpt-3.5-turbo", "fine_tuning") is True


def test_register_provider_catalog_records_provenance(registry: ModelRegistry) -> None:
    assert registry.provenance("gpt-4o") == ["builtin:acme"]
    assert registry.provenance("llama-3-8b") == ["builtin:other"]


@pytest.mark.parametrize(
    ("spec", "names"),
    [
        ({"id": "gpt-4o"}, ["gpt-4o"]),
        ({"id": "GPT-4o"}, ["GPT-4o", "gpt-4o"]),
        ({"id": "omni"}, ["omni", "gpt-4o"]),
        ({"id": "new", "aliases": ["o1"]}, ["new", "o1"]),
        ({"id": "new", "aliases": ["Omni"]}, ["new", "gpt-4o", "Omni"]),
    ],
)
def test_a_collision_is_an_error_naming_both_models(
    registry: ModelRegistry, spec: dict[str, object], names: list[str]
) -> None:
    before = [m.id for m in registry.list_models()]
    with pytest.raises(ModelConflictError) as info:
        registry.register_model(spec)
    assert isinstance(info.value, ValueError)
    for name in names:
        assert repr(name) in str(info.value)
    assert [m.id for m in registry.list_models()] == before


def test_a_colliding_provider_catalog_is_an_error(registry: ModelRegistry) -> None:
    clash = ProviderCatalog("clash", "Clash", "", ({"id": "x", "aliases": ["omni"]},))
    with pytest.raises(ModelConflictError, match="gpt-4o"):
        registry.register_provider_catalog(clash)


def test_replace_re_registers_an_id(registry: ModelRegistry) -> None:
    registry.register_model({"id": "gpt-4o", "context_window": 1000}, replace=True)
    model = registry.get_model("gpt-4o")
    assert model.context_window == 1000
    assert model.aliases == []
    with pytest.raises(ModelNotFoundError):
        registry.get_model("omni")
    registry.register_model({"id": "other-model", "aliases": ["omni"]})
    assert registry.get_model("omni").id == "other-model"
    assert registry.provenance("gpt-4o") == ["builtin:acme", "runtime"]


def test_replace_does_not_steal_another_models_name(registry: ModelRegistry) -> None:
    with pytest.raises(ModelConflictError, match="o1"):
        registry.register_model({"id": "gpt-4o", "aliases": ["o1"]}, replace=True)
    assert registry.get_model("omni").id == "gpt-4o"


def test_remove_model(registry: ModelRegistry) -> None:
    registry.remove_model("OMNI")
    for name in ("gpt-4o", "omni", "gpt-4o-2024-08-06"):
        assert name not in registry
    registry.register_model({"id": "omni"})


def test_definitions_handed_out_are_copies(registry: ModelRegistry) -> None:
    model = registry.get_model("gpt-4o")
    model.aliases.append("mutated")
    model.tags.clear()
    listed = registry.list_models()[0]
    listed.aliases.append("mutated")
    listed.supported_features.clear()
    fresh = registry.get_model("gpt-4o")
    assert fresh.aliases == ["gpt-4o-2024-08-06", "omni"]
    assert fresh.tags == ["flagship"]
    assert fresh.supported_features
    assert "mutated" not in registry


def test_nested_configuration_handed_out_is_a_copy() -> None:
    registry = ModelRegistry()
    config = {"hyperparameters": {"n_epochs": 3}}
    registry.register_model({"id": "tunable", "fine_tuning_config": config})
    config["hyperparameters"]["n_epochs"] = 1
    for model in (registry.get_model("tunable"), registry.list_models()[0]):
        assert model.fine_tuning_config is not None
        model.fine_tuning_config["hyperparameters"]["n_epochs"] = 99
    assert registry.get_model("tunable").fine_tuning_config == {"hyperparameters": {"n_epochs": 3}}


def test_a_fine_tuned_id_returns_the_base_under_its_own_id(registry: ModelRegistry) -> None:
    model = registry.get_model("ft:gpt-3.5-turbo:acme::xyz789")
    base = registry.get_model("gpt-3.5-turbo")
    assert model.id == "ft:gpt-3.5-turbo:acme::xyz789"
    assert model.owned_by == "acme"
    assert model.fine_tuned_from == "gpt-3.5-turbo"
    assert model.context_window == base.context_window
    assert model.pricing == base.pricing
    assert "ft:gpt-3.5-turbo:acme::xyz789" not in [m.id for m in registry.list_models()]


def test_a_fine_tuned_id_resolves_its_base_by_alias(registry: ModelRegistry) -> None:
    model = registry.get_model("ft:omni:my-org:support-bot:abc123")
    assert model.fine_tuned_from == "gpt-4o"
    assert model.owned_by == "my-org"
    assert registry.supports_capability("ft:omni:my-org:support-bot:abc123", "vision")
    assert registry.get_model_capabilities("ft:omni:my-org:x:y").model == "ft:omni:my-org:x:y"
    assert registry.provenance("ft:omni:my-org:x:y")[0] == "builtin:acme"


def test_a_fine_tuned_id_of_a_model_tagged_fine_tuned_still_works() -> None:
    registry = ModelRegistry()
    registry.register_model({"id": "base", "tags": ["fine-tuned"]})
    assert registry.get_model("ft:base:acme::x").fine_tuned_from == "base"


def test_a_fine_tuned_id_with_an_unknown_base_names_the_base(registry: ModelRegistry) -> None:
    with pytest.raises(ModelNotFoundError) as info:
        registry.get_model("ft:gpt-5-turbo:acme::xyz789")
    assert "gpt-5-turbo" in str(info.value)
    assert info.value.model_id == "gpt-5-turbo"


def test_a_malformed_fine_tuned_id_says_why(registry: ModelRegistry) -> None:
    with pytest.raises(ValueError, match="expected 4"):
        registry.get_model("ft:gpt-4o:acme")


def test_ensure_model_auto_creates_with_the_architectures_defaults() -> None:
    registry = ModelRegistry()
    model = registry.ensure_model("my-new-model")
    assert model.id == "my-new-model"
    assert model.provider == "custom"
    assert model.owned_by == "custom"
    assert model.description == "Auto-created custom model"
    assert model.context_window == 8192
    assert model.max_completion_tokens == 4096
    assert model.supports_streaming is True
    assert model.created > 0
    assert registry.get_model("my-new-model") == model
    assert registry.provenance("my-new-model") == ["auto-created"]


def test_ensure_model_returns_an_existing_model_unchanged(registry: ModelRegistry) -> None:
    before = len(registry)
    assert registry.ensure_model("OMNI") == registry.get_model("gpt-4o")
    assert registry.ensure_model("ft:gpt-4o:acme::x").fine_tuned_from == "gpt-4o"
    assert len(registry) == before


def test_the_default_registry_is_built_once() -> None:
    from modelreg import default_registry

    assert default_registry() is default_registry()
    assert len(default_registry()) > 0
    assert ModelRegistry() is not default_registry()


@pytest.mark.parametrize("model_id", ["", "  ", " padded"])
def test_ensure_model_rejects_an_id_no_model_can_have(model_id: str) -> None:
    registry = ModelRegistry()
    with pytest.raises(ValueError) as info:
        registry.ensure_model(model_id)
    assert not isinstance(info.value, ValidationError)
    assert str(info.value).startswith("model id")
    assert "\n" not in str(info.value)
    assert len(registry) == 0


def test_an_auto_created_model_is_a_new_model_described_as_auto_created() -> None:
    from modelreg.merge import merge
    from modelreg.sources import parse_catalog

    registry = ModelRegistry()
    created = registry.ensure_model("made").record()
    (new,) = merge(registry, parse_catalog('[{"id": "given"}]', "test"))
    assert created["description"] == "Auto-created custom model"
    assert created["owned_by"] == "custom"
    differ = {k for k in vocabulary.FIELDS if created[k] != new[k]}
    assert differ == {"id", "name", "description", "created"}


@pytest.mark.parametrize(
    ("capability", "expected"),
    [
        ("tools", ["gpt-4o", "gpt-3.5-turbo"]),
        ("json", ["structured"]),
        ("moe", ["mixture"]),
        ("audio", ["talker"]),
        ("embedding", ["embed-large"]),
        ("function-calling", ["gpt-4o", "gpt-3.5-turbo"]),
    ],
)
def test_every_capability_word_works_in_the_api(
    registry: ModelRegistry, capability: str, expected: list[str]
) -> None:
    registry.register_model({"id": "structured", "supports_structured_output": True})
    registry.register_model({"id": "mixture", "num_experts": 8, "experts_per_token": 2})
    registry.register_model({"id": "talker", "supports_audio_output": True})
    assert [m.id for m in registry.list_models(capabilities=[capability])] == expected
    assert [r["id"] for r in registry.records(capabilities=[capability])] == expected
    for model_id in expected:
        assert registry.supports_capability(model_id, capability) is True
    assert registry.supports_capability("o1", capability) is False


def test_an_unknown_capability_names_the_known_ones(registry: ModelRegistry) -> None:
    for call in (
        lambda: registry.list_models(capabilities=["telepathy"]),
        lambda: registry.supports_capability("gpt-4o", "telepathy"),
    ):
        with pytest.raises(ValueError, match="telepathy") as info:
            call()
        assert "tools" in str(info.value) and "moe" in str(info.value)


@pytest.mark.parametrize(
    ("typo", "expected"),
    [("модел-одн", "модел-один"), ("МОДЕЛ ОДИН", "модел-один"), ("STRASSE", "straße")],
)
def test_non_ascii_ids_get_suggestions(typo: str, expected: str) -> None:
    registry = ModelRegistry()
    for model_id in ("модел-один", "straße", "gpt-4o"):
        registry.register_model({"id": model_id})
    with pytest.raises(ModelNotFoundError) as info:
        registry.get_model(typo)
    assert info.value.suggestions[:1] == [expected]


def test_add_records_stores_in_order_until_a_name_collides() -> None:
    from modelreg.errors import ModelConflictError
    from modelreg.schema.validation import validate_records

    registry = ModelRegistry()
    taken = validate_records([{"id": "Taken", "aliases": ["old-name"]}])
    assert registry.add_records(taken, "first") == 1
    batch = validate_records(
        [{"id": "a", "aliases": ["a1"]}, {"id": "b", "aliases": ["OLD-NAME"]}, {"id": "c"}]
    )
    assert registry.add_records(batch, "second") == 1  # "b" collides by an alias
    assert registry.resolve_id("A1") == "a" and "b" not in registry and "c" not in registry
    assert registry.provenance("a") == ["second"]
    with pytest.raises(ModelConflictError, match="alias 'OLD-NAME' of model 'b' collides"):
        registry.add_record(batch[1], "second")  # what merge reports for it
    assert registry.add_records(validate_records([{"id": "taken"}]), "third") == 0


@pytest.mark.parametrize(
    "batch",
    [
        [{"id": "a", "aliases": ["a1", "A-2"]}, {"id": "b"}, {"id": "c", "aliases": ["c1"]}],
        [{"id": "a"}, {"id": "A"}],  # the same name twice: stored up to the second
        [{"id": "a", "aliases": ["x"]}, {"id": "b", "aliases": ["X"]}],
        [{"id": "a"}, {"id": "b", "aliases": ["A"]}],
        [{"id": "new"}, {"id": "gpt-4o"}],  # a known name
    ],
)
def test_add_records_stores_what_add_record_one_by_one_would(batch: list[dict]) -> None:
    from modelreg.registry import builtin
    from modelreg.schema.validation import validate_records

    records = validate_records(batch)
    at_once, one_by_one = builtin().copy(), builtin().copy()
    stored = at_once.add_records(records, "src")
    expected = 0
    for record in records:
        try:
            one_by_one.add_record(record, "src")
        except ModelConflictError:
            break
        expected += 1
    assert stored == expected
    assert repr(at_once.records()) == repr(one_by_one.records())
    for record in records:
        for name in (record["id"], *record["aliases"]):
            for spelt in (name, name.upper()):
                assert at_once.resolve_id(spelt) == one_by_one.resolve_id(spelt)
        if record["id"] in at_once:
            assert at_once.provenance(record["id"]) == one_by_one.provenance(record["id"])
    assert at_once.names() == one_by_one.names()
