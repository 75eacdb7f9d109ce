"""The one declaration of the record: everything else is derived from it."""

from __future__ import annotations

import subprocess
import sys
import types
from typing import Any

import pytest
from pydantic import ValidationError

from modelreg import schema as vocabulary
from modelreg.schema import fields, generate, validation
from modelreg.schema.definition import ModelDefinition

NEW = fields.Field("energy_wh_per_1m", "count?", "Energy per 1M tokens, in watt-hours.")


def test_the_generated_modules_are_current() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "modelreg.schema.generate", "--check"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr


def test_a_stale_generated_module_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fields, "RECORD", (*fields.RECORD, NEW))
    assert generate.main(["--check"]) == 1


def _generated_definition(monkeypatch: pytest.MonkeyPatch) -> Any:
    module = types.ModuleType("generated_definition")
    monkeypatch.setitem(sys.modules, module.__name__, module)  # its annotations resolve there
    exec(compile(generate.definition(), "generated_definition", "exec"), module.__dict__)
    return module.ModelDefinition


def test_a_new_field_reaches_the_definition_the_json_schema_and_the_validator(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fields, "RECORD", (*fields.RECORD, NEW))
    validation._definition_schema.cache_clear()  # built again, from the declaration with NEW
    validation._validator.cache_clear()
    try:
        definition = _generated_definition(monkeypatch)
        assert definition(id="x", energy_wh_per_1m=7).energy_wh_per_1m == 7
        with pytest.raises(ValidationError, match="energy_wh_per_1m"):
            definition(id="x", energy_wh_per_1m=0)
        described = definition.model_json_schema()["properties"]["energy_wh_per_1m"]
        assert described["description"] == NEW.doc
        assert "energy_wh_per_1m: int | None" in generate.specs()

        record = validation.validate_record({"id": "x", "energy_wh_per_1m": 3})
        assert record["energy_wh_per_1m"] == 3
        with pytest.raises(ValidationError, match="energy_wh_per_1m"):
            validation.validate_records([{"id": "x", "energy_wh_per_1m": -3}])
    finally:
        validation._definition_schema.cache_clear()
        validation._validator.cache_clear()


def test_the_defaults_are_the_declared_ones() -> None:
    for field in fields.RECORD[1:]:
        default = ModelDefinition.model_fields[field.name].get_default(call_default_factory=True)
        assert default == field.default, field.name
        assert vocabulary.DEFAULTS[field.name] == field.before, field.name
    assert list(ModelDefinition.model_fields) == list(vocabulary.FIELDS)


def test_the_derivation_agrees() -> None:
    for spec in (
        {"id": "x"},
        {"id": "y", "kind": "embedding"},
        {"id": "z", "release_date": "2025-01-02"},
    ):
        assert vocabulary.complete(spec) == ModelDefinition.model_validate(spec).record()


def test_every_capability_names_a_flag_and_its_words_resolve_to_it() -> None:
    for capability in vocabulary.CAPABILITIES:
        if capability.field is not None:
            assert fields.BY_NAME[capability.field].type == "flag"
        for word in capability.words:
            assert vocabulary.capability(word) is capability
