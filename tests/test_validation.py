"""modelreg.schema.validation, the one validator of untrusted input: its verdicts and
messages, and the public types (ModelDefinition, ModelPricing) validating through it."""

from __future__ import annotations

import math
from typing import Any

import pytest
from helpers import ACME_MODELS, MINIMAL
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from modelreg import schema as vocabulary
from modelreg.catalog import CATALOGS
from modelreg.merge import describe_error
from modelreg.schema import fields, rules, validation
from modelreg.schema.definition import ModelDefinition, ModelImagePrice, ModelPricing

Outcome = tuple[str, Any]


def by(validator: Any, entry: Any) -> Outcome:
    try:
        return "valid", validator(entry)
    except ValidationError as exc:
        return "invalid", (exc.title, describe_error(exc))


def same(entry: Any) -> Outcome:
    """The validator's outcome, asserted to be ModelDefinition's whichever way it is built
    (values and their types: repr tells 3 from 3.0; key order included)."""
    expected = by(validation.validate_record, entry)
    by_model = by(lambda e: ModelDefinition.model_validate(e).record(), entry)
    assert repr(by_model) == repr(expected)
    if isinstance(entry, dict) and all(isinstance(key, str) for key in entry):
        assert repr(by(lambda e: ModelDefinition(**e).record(), entry)) == repr(expected)
    return expected


# -- entries -----------------------------------------------------------------

names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
ids = names.filter(lambda s: s.strip() == s and s)
dates = st.dates().map(lambda d: d.isoformat())
counts = st.one_of(st.none(), st.integers(1, 10**12))
prices = st.one_of(st.none(), st.floats(0, 1e4, allow_nan=False), st.integers(0, 100))
pricing = st.fixed_dictionaries(
    {},
    optional={
        **dict.fromkeys(vocabulary.PRICE_FIELDS, prices),
        vocabulary.PRICE_DATE: st.one_of(st.none(), dates),
    },
)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), names),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(names, inner, max_size=3),
    max_leaves=12,
)
FIELD_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "name": names,
    "provider": ids,
    "description": names,
    "created": st.integers(0, 2 * 10**9),
    "owned_by": names,
    "kind": st.sampled_from(vocabulary.KINDS),
    "architecture": st.one_of(st.none(), st.sampled_from(["transformer", "moe", "mamba"])),
    "pricing": st.one_of(st.none(), pricing),
    "offers": st.one_of(
        st.none(),
        st.lists(st.fixed_dictionaries({"seller": ids, "id": ids, "pricing": pricing}), max_size=2),
    ),
    "fine_tuning_config": st.one_of(st.none(), st.dictionaries(names, json_values, max_size=3)),
    "fine_tuned_from": st.one_of(st.none(), ids),
    "input_modalities": st.lists(st.sampled_from(vocabulary.MODALITIES), max_size=3),
    "output_modalities": st.lists(st.sampled_from(vocabulary.MODALITIES), max_size=3),
    "supported_features": st.lists(names, max_size=3),
    "license": st.one_of(st.none(), names),
    "paper_url": st.one_of(st.none(), names),
    "release_date": st.one_of(st.none(), dates),
    "knowledge_cutoff": st.one_of(st.none(), dates, dates.map(lambda d: d[:7])),
    "status": st.sampled_from(vocabulary.STATUSES),
    "deprecation_date": st.one_of(st.none(), dates),
    "retirement_date": st.one_of(st.none(), dates),
    "successor": st.one_of(st.none(), ids),
    "reference_url": st.one_of(st.none(), names),
    "tags": st.lists(ids, max_size=3),
    "aliases": st.lists(ids, max_size=3),
}
for _field in vocabulary.COUNT_FIELDS:
    FIELD_VALUES[_field] = counts
for _field in vocabulary.FIELDS:
    if _field.startswith("supports_") or _field == "fictional":
        FIELD_VALUES[_field] = st.booleans()
assert set(FIELD_VALUES) == set(vocabulary.FIELDS) - {"id"}

entries = st.builds(
    lambda model_id, rest: {"id": model_id, **rest},
    ids,
    st.fixed_dictionaries({}, optional=FIELD_VALUES),
)
junk = st.one_of(
    json_values,
    st.sampled_from([-1, 0, 1.5, math.nan, math.inf, -math.inf, True, "", " ", "2024-13-01"]),
    st.sampled_from(["2024-02-30", "2024-2-3", "20240101", "0000-01-01", "2024-01", [], {}]),
    st.lists(st.sampled_from(["a", "A", " ", "", 1]), max_size=4),
    st.dictionaries(st.sampled_from([*vocabulary.PRICING_KEYS, "bogus"]), json_values),
)
keys = st.sampled_from([*vocabulary.FIELDS, "pricing", "context_windw", "extends", "x"])


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    """A valid entry with some fields replaced by junk, or a few pointed inconsistencies."""
    entry = draw(entries)
    for _ in range(draw(st.integers(0, 3))):
        entry[draw(keys)] = draw(junk)
    twist = draw(st.integers(0, 6))
    if twist == 1:
        entry["aliases"] = [entry.get("id", "x"), *draw(st.lists(ids, max_size=2))]
    elif twist == 2:
        entry.update(parameters=10, active_parameters=draw(st.integers(1, 20)))
    elif twist == 3:
        entry.update(num_experts=4, experts_per_token=draw(st.integers(1, 8)))
    elif twist == 4:
        entry.update(kind=draw(st.sampled_from(["embedding", "rerank", "moderation"])))
        entry[draw(st.sampled_from(rules.CONVERSATIONAL))] = True
    elif twist == 5:
        entry.update(deprecation_date="2025-01-01", retirement_date=draw(dates))
    elif twist == 6:
        entry["fine_tuning_config"] = draw(json_values)
    if draw(st.booleans()) and "id" in entry:
        del entry["id"]
    return entry


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries)
def test_valid_entries_give_every_field_in_order(entry: dict[str, Any]) -> None:
    verdict, record = same(entry)
    if verdict == "valid":
        assert list(record) == list(vocabulary.FIELDS)
        assert repr(validation.validate_records([entry])) == repr([record])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(mutated(), json_values))
def test_mutated_entries_are_judged_alike_by_the_public_type(entry: Any) -> None:
    same(entry)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(entries, mutated()), max_size=6))
def test_batches_locate_the_same_entry_with_the_same_text(batch: list[Any]) -> None:
    adapter = TypeAdapter(list[ModelDefinition])
    expected = by(lambda b: [d.record() for d in adapter.validate_python(b)], batch)
    got = by(validation.validate_records, batch)
    if expected[0] == "invalid":  # pydantic names the list its own way; both start "list["
        assert expected[1][0].startswith("list[") and got[1][0] == "list[ModelDefinition]"
        expected, got = ("invalid", expected[1][1]), ("invalid", got[1][1])
    assert repr(got) == repr(expected)


# -- examples ------------------------------------------------------------------


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("not an object", "Input should be a valid dictionary or instance of ModelDefinition"),
        (
            {"id": "a", "pricing": "cheap"},
            "field 'pricing': Input should be a valid dictionary or instance of ModelPricing "
            '(got "cheap")',
        ),
        (
            {"id": "a", "pricing": {"prompt_price_per_1m": math.nan}},
            "field 'pricing.prompt_price_per_1m': Input should be a finite number (got NaN)",
        ),
        ({"id": "a", "aliases": ["A"]}, "field 'aliases': repeats the model's own id 'a'"),
        (
            {"id": "a", "release_date": "2024-13-01", "created": -1, "context_windw": 1},
            "field 'created': Input should be greater than or equal to 0 (got -1); "
            "field 'release_date': must be a date as YYYY-MM-DD, not '2024-13-01' "
            '(got "2024-13-01"); '
            "field 'context_windw': unknown field (did you mean 'context_window'?)",
        ),
        (
            {"id": "e", "kind": "embedding", "supports_streaming": True},
            "field 'supports_streaming': an embedding model cannot claim it",
        ),
        ({"id": " a"}, "field 'id': must not start or end with whitespace"),
        (
            {"id": "a", "tags": ["x", "X", ""]},
            'field \'tags\': must not contain empty names (got ["x", "X", ""])',
        ),
        (
            {"id": "a", "created": fields.MAX_CREATED + 1},
            "field 'created': Input should be less than or equal to 253402300799 "
            "(got 253402300800)",
        ),
        (
            {"id": "a", "fine_tuning_config": {"deep": _nested(40)}},
            "field 'fine_tuning_config': nested deeper than 32 levels "
            '(got {"deep": [[[[[[[[[[[[[[[[[[[[[[[[[[[[...)',
        ),
        (
            {"id": "a", "fine_tuning_config": {"lr": math.inf}},
            "field 'fine_tuning_config': must hold finite numbers only, not inf "
            '(JSON has no inf) (got {"lr": Infinity})',
        ),
        ({"id": "a", "tags": ("x",)}, "field 'tags': Input should be a valid list (got [\"x\"])"),
        (
            {"id": "a", "parameters": 2**70, "active_parameters": True},
            "field 'active_parameters': Input should be a valid integer (got true)",
        ),
        (
            {"id": "a", "created": None},
            "field 'created': Input should be a valid integer (got null)",
        ),
        (
            {"id": "x", "provider": 5},
            "field 'provider': Input should be a valid string (got 5); "
            "field 'owned_by': Input should be a valid string (got 5)",
        ),
        (
            {
                "id": "x",
                "pricing": {
                    "long_context": {"threshold_tokens": 0},
                    "off_peak": {"hours_utc": ["25:00-01:00"]},
                },
            },
            "field 'pricing.long_context.threshold_tokens': Input should be greater than 0 "
            "(got 0); field 'pricing.off_peak.hours_utc': must be hours as HH:MM-HH:MM (UTC), "
            "not '25:00-01:00' (got [\"25:00-01:00\"])",
        ),
        (
            {"id": "a", "created": 0, "release_date": "0001-01-01"},  # created from the date
            "field 'created': Input should be greater than or equal to 0 (got -62135596800)",
        ),
        (
            {"id": "x", "input_modalities": "text"},
            "field 'input_modalities': Input should be a valid list (got \"text\")",
        ),
        (
            {"id": "x", "deprecation_date": "2025-01-01", "retirement_date": "2024-01-01"},
            "field 'retirement_date': 2024-01-01 is before deprecation_date 2025-01-01",
        ),
    ],
)
def test_an_invalid_entry_says_what_is_wrong(entry: Any, message: str) -> None:
    assert same(entry) == ("invalid", ("ModelDefinition", (0, message)))


@pytest.mark.parametrize(
    "entry",
    [
        MINIMAL,
        *ACME_MODELS,
        {"id": "a", "pricing": {"prompt_price_per_1m": 3}},
        {"id": "a", "fine_tuning_config": {"deep": _nested(31)}},
        {"id": "a", "parameters": 2**70},
        {"id": "a", "status": "gone", "retirement_date": "2020-01-01"},  # the date decides
        {"id": "a", "name": None, "owned_by": None, "supports_streaming": None},
    ],
)
def test_a_valid_entry_gives_its_record(entry: Any) -> None:
    assert same(entry)[0] == "valid"


def test_every_built_in_model_gives_the_record_the_catalog_builds() -> None:
    for catalog in CATALOGS:
        for spec in catalog.models:
            assert repr(same(spec)) == repr(("valid", vocabulary.complete(spec)))


def test_a_price_object_is_validated_as_its_public_type() -> None:
    pricing = ModelPricing(prompt_price_per_1m=1, long_context={"threshold_tokens": 5})
    assert pricing.prompt_price_per_1m == 1.0 and pricing.long_context is not None
    assert pricing.long_context.threshold_tokens == 5
    with pytest.raises(ValidationError) as raised:
        ModelPricing(off_peak={"hours_utc": ["01:00-02:00", "01:00-02:00"]})
    assert raised.value.title == "ModelPricing"
    assert describe_error(raised.value)[1] == (
        "field 'off_peak.hours_utc': lists the same hours twice (got [\"01:00-02:00\", "
        '"01:00-02:00"])'
    )
    model = ModelDefinition(id="x", pricing=pricing)
    assert model.pricing == pricing and model.record()["pricing"] == pricing.record()
    image = ModelImagePrice(size="1024x1024", price_per_image=0.04)
    drawn = ModelDefinition(id="d", pricing={"image_prices": [image]})
    assert drawn.pricing is not None and drawn.pricing.image_prices == [image]
    assert drawn.record()["pricing"]["image_prices"] == [
        {"size": "1024x1024", "quality": None, "steps": None, "price_per_image": 0.04}
    ]


def test_a_public_definition_owns_its_derived_lists() -> None:
    first, second = validation.validate_records([{"id": "a"}, {"id": "b"}])
    assert first["supported_features"] is second["supported_features"]  # shared in the registry
    mine = ModelDefinition(id="c")
    mine.supported_features.append("mine")
    assert "mine" not in validation.validate_record({"id": "d"})["supported_features"]


def test_the_validator_never_imports_pydantic() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from modelreg.schema import validation\n"
        "validation.validate_record({'id': 'x'})\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'pydantic', 'pydantic_core', 'msgspec'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "['pydantic_core']", done.stderr
