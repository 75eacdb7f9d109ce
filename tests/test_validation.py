"""The validators of the command line (modelreg.fast_validation's msgspec pass, and
modelreg.validation behind it) and ModelDefinition accept and reject the same inputs, give
the same record when valid and the same describe_error text when invalid."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from helpers import ACME_MODELS, MINIMAL
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError
from pydantic_core import from_json

from modelreg import schema as vocabulary
from modelreg.catalog import CATALOGS
from modelreg.merge import describe_error
from modelreg.schema import fast_validation, fields, rules, validation
from modelreg.schema.definition import ModelDefinition

Outcome = tuple[str, Any]


def by_pydantic(entry: Any) -> Outcome:
    try:
        return "valid", ModelDefinition.model_validate(entry).record()
    except ValidationError as exc:
        return "invalid", describe_error(exc)


def by(validator: Any, entry: Any) -> Outcome:
    try:
        return "valid", validator(entry)
    except ValidationError as exc:
        return "invalid", describe_error(exc)


def by_passes(entry: Any) -> list[Outcome]:
    """The records the fast passes give (plain Python for small batches, msgspec for
    large ones); a pass that leaves the entry to pydantic gives none."""
    got = []
    for build in (fast_validation._plain_record, fast_validation._msgspec_records):
        try:
            record = build(entry) if build is fast_validation._plain_record else build([entry])[0]
            fast_validation._finish(entry, record, vocabulary.today())
        except (fast_validation._Rejected, ValueError):
            continue
        got.append(("valid", record))
    return got


def by_decoding(entry: Any) -> tuple[Outcome, Outcome | None] | None:
    """What pydantic makes of an entry written as a catalog's JSON and read back, and
    what decoding that catalog straight into records gives (None when it leaves it to the
    usual path); None for an entry JSON cannot hold (a tuple reads back as a list)."""
    try:
        data = json.dumps([entry], ensure_ascii=False).encode()
    except (TypeError, ValueError):
        return None
    if json.loads(data) != [entry] and repr(json.loads(data)) != repr([entry]):
        return None
    expected = by_pydantic(from_json(data)[0]) if _parses(data) else ("unparsed", None)
    decoded = fast_validation.decode_catalog(data, 1)
    return expected, None if decoded is None else ("valid", decoded[0])


def _parses(data: bytes) -> bool:
    try:
        from_json(data)
    except ValueError:
        return False
    return True


def same(entry: Any) -> Outcome:
    """Every validator's outcome, asserted equal: values and their types (repr tells 3 from
    3.0), key order included. The fast passes may leave an entry to pydantic, never accept
    one pydantic refuses."""
    expected = by_pydantic(entry)
    outcomes = [by(validation.validate_record, entry), by(fast_validation.validate_record, entry)]
    for got in [*outcomes, *by_passes(entry)]:
        assert repr(got) == repr(expected)
    decoding = by_decoding(entry)
    if decoding is not None and decoding[1] is not None:
        assert repr(decoding[1]) == repr(decoding[0])
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


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries)
def test_valid_entries_give_the_same_record(entry: dict[str, Any]) -> None:
    if same(entry)[0] == "valid":
        assert len(by_passes(entry)) == 2  # both fast passes take what they can
        decoding = by_decoding(entry)
        assert decoding is not None and decoding[1] is not None  # so does decoding


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(mutated(), json_values))
def test_mutated_entries_are_judged_alike(entry: Any) -> None:
    same(entry)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(entries, mutated()), max_size=6))
def test_batches_locate_the_same_entry_with_the_same_text(batch: list[Any]) -> None:
    try:
        expected: Outcome = (
            "valid",
            [d.record() for d in TypeAdapter(list[ModelDefinition]).validate_python(batch)],
        )
    except ValidationError as exc:
        expected = "invalid", describe_error(exc)
    for validate in (validation.validate_records, fast_validation.validate_records):
        try:
            got: Outcome = "valid", validate(batch)
        except ValidationError as exc:
            got = "invalid", describe_error(exc)
        assert repr(got) == repr(expected)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entries, min_size=1, max_size=20))
def test_a_large_batch_goes_through_msgspec_to_the_same_records(some: list[Any]) -> None:
    batch = some * (fast_validation._PLAIN // len(some) + 1)  # beyond _PLAIN: msgspec's
    outcomes = [by(fast_validation.validate_records, batch), by(validation.validate_records, batch)]
    assert repr(outcomes[0]) == repr(outcomes[1])
    if outcomes[0][0] == "valid":
        assert fast_validation._records(batch, vocabulary.today()) is not None  # msgspec took it


def test_a_large_valid_catalog_is_taken_by_msgspec() -> None:
    batch = [
        {**MINIMAL, "id": f"m-{i}", "release_date": f"2025-01-0{1 + i % 9}"} for i in range(600)
    ]
    got = fast_validation._records(batch, vocabulary.today())
    assert got is not None and repr(got) == repr(validation.validate_records(batch))


# -- examples ------------------------------------------------------------------


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    "entry",
    [
        MINIMAL,
        *ACME_MODELS,
        "not an object",
        {"id": "a", "pricing": "cheap"},
        {"id": "a", "pricing": {"prompt_price_per_1m": math.nan}},
        {"id": "a", "pricing": {"prompt_price_per_1m": 3}},
        {"id": "a", "aliases": ["A"]},
        {"id": "a", "release_date": "2024-13-01", "created": -1, "context_windw": 1},
        {"id": "e", "kind": "embedding", "supports_streaming": True},
        {"id": " a"},
        {"id": "a", "tags": ["x", "X", ""]},
        {"id": "a", "created": fields.MAX_CREATED + 1},
        {"id": "a", "fine_tuning_config": {"deep": _nested(40)}},
        {"id": "a", "fine_tuning_config": {"deep": _nested(31)}},
        {"id": "a", "fine_tuning_config": {"lr": math.inf}},
        {"id": "a", "fine_tuning_config": {"pair": (1, 2)}},
        {"id": "a", "tags": ("x",)},
        {"id": "a", "pricing": {"prompt_price_per_1m": math.inf}},
        {"id": "a", "parameters": 2**70, "active_parameters": True},
        {"id": "a", "parameters": 2**70},
        {"id": "a", "created": False, "release_date": "2024-01-01"},
        {"id": "a", "created": 0, "release_date": "0001-01-01"},
        {"id": "a", "status": "gone", "retirement_date": "2020-01-01"},
        {"id": "a", "name": None, "owned_by": None, "supports_streaming": None},
        {"id": "a", "created": None},
    ],
)
def test_examples_are_judged_alike(entry: Any) -> None:
    same(entry)


def test_every_built_in_model_gives_its_own_record() -> None:
    for catalog in CATALOGS:
        for spec in catalog.models:
            assert same(spec)[0] == "valid"


@pytest.mark.parametrize(
    ("module", "entry", "loaded"),
    [
        ("validation", {"id": "x"}, {"pydantic_core"}),
        ("fast_validation", {"id": "x"}, set()),  # a few valid entries: plain Python
        ("fast_validation", {"id": "x", "kind": "nope"}, {"pydantic_core"}),
    ],
)
def test_the_validators_never_import_pydantic(module: str, entry: Any, loaded: set[str]) -> None:
    import subprocess
    import sys

    code = (
        f"import sys; from modelreg.schema import {module}\n"
        f"try: {module}.validate_record({entry!r})\n"
        "except ValueError: pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'pydantic', 'pydantic_core', 'msgspec'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == repr(sorted(loaded)), done.stderr
