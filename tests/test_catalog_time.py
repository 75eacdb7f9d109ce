"""The built-in catalogs on the real date: they notice time passing.

Not pinned (MODELREG_TODAY is ignored here): a model whose retirement date passes without a
successor named, a successor that does not exist, a chain of successors that ends at a
retired model, or a model that changes status within 30 days with no successor named, fails
on the day it happens, naming the model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import pytest

from modelreg import schema as vocabulary
from modelreg.catalog import CATALOGS

Spec = Mapping[str, Any]
SPECS = [spec for catalog in CATALOGS for spec in catalog.models]
IDS = [spec["id"] for spec in SPECS]
LOOK_AHEAD = dt.timedelta(days=30)


def real_today() -> str:
    """Today in UTC, whatever MODELREG_TODAY says."""
    return dt.datetime.now(dt.UTC).date().isoformat()


def by_name(specs: Iterable[Spec]) -> dict[str, Spec]:
    """Every name of a model (its id and aliases, any case) to its spec."""
    names: dict[str, Spec] = {}
    for spec in specs:
        for name in (spec["id"], *(spec.get("aliases") or ())):
            names.setdefault(name.lower(), spec)
    return names


# Models whose provider retired them naming no replacement, each with where it says so: the
# only models that may pass their retirement date (or near it) without a successor.
NO_SUCCESSOR_NAMED = {
    "sora-2": "OpenAI's deprecations page gives no replacement ('---')",
    "sora-2-pro": "OpenAI's deprecations page gives no replacement ('---')",
    "labs-leanstral-1-5": "Mistral's changelog retires Leanstral 1.5 naming no replacement",
    "labs-leanstral-2603": "Mistral names Leanstral 1.5, itself retired with none named",
}


def retired_without_successor(spec: Spec, today: str) -> str | None:
    retired = spec.get("retirement_date")
    if spec["id"] in NO_SUCCESSOR_NAMED:
        return None
    if retired and retired <= today and not spec.get("successor"):
        return f"{spec['id']} retired on {retired} and names no successor (today is {today})"
    return None


def unknown_successor(spec: Spec, names: Mapping[str, Spec]) -> str | None:
    successor = spec.get("successor")
    if successor and successor.lower() not in names:
        return f"{spec['id']}: its successor {successor!r} is not a built-in model"
    return None


def dead_end(spec: Spec, names: Mapping[str, Spec], today: str) -> str | None:
    """A chain of successors that loops or ends at a model retired today."""
    chain = [spec]
    while chain[-1].get("successor"):
        following = names.get(chain[-1]["successor"].lower())
        if following is None:
            return None  # unknown_successor says so
        looped = any(following is earlier for earlier in chain)
        chain.append(following)
        if looped:
            return f"{spec['id']}: its successors loop: {' -> '.join(m['id'] for m in chain)}"
    last = chain[-1]
    if len(chain) > 1 and _status(last, today) == "retired":
        since = f" on {last['retirement_date']}" if last.get("retirement_date") else ""
        return (
            f"{spec['id']}: its chain of successors ends at a retired model: "
            f"{' -> '.join(m['id'] for m in chain)} ({last['id']} retired{since}; "
            f"today is {today})"
        )
    return None


def changes_without_successor(spec: Spec, today: str) -> str | None:
    """A deprecation or retirement within LOOK_AHEAD of today, and no successor named."""
    horizon = (dt.date.fromisoformat(today) + LOOK_AHEAD).isoformat()
    changes = [
        f"{change} on {day}"
        for change, day in (
            ("is deprecated", spec.get("deprecation_date")),
            ("retires", spec.get("retirement_date")),
        )
        if day and today < day <= horizon
    ]
    if changes and not spec.get("successor") and spec["id"] not in NO_SUCCESSOR_NAMED:
        return (
            f"{spec['id']} {' and '.join(changes)}, within {LOOK_AHEAD.days} days of {today}, "
            "and names no successor"
        )
    return None


def test_every_model_said_to_have_no_successor_is_retired_without_one() -> None:
    for model_id, reason in NO_SUCCESSOR_NAMED.items():
        spec = NAMES[model_id.lower()]
        assert spec.get("retirement_date") and not spec.get("successor"), (model_id, reason)


def _status(spec: Spec, on: str) -> str | None:
    return vocabulary.lifecycle_status(
        spec.get("status"), spec.get("deprecation_date"), spec.get("retirement_date"), on
    )


NAMES = by_name(SPECS)


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_a_retired_model_names_its_successor(spec: Spec) -> None:
    problem = retired_without_successor(spec, real_today())
    assert problem is None, problem


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_a_named_successor_exists(spec: Spec) -> None:
    problem = unknown_successor(spec, NAMES)
    assert problem is None, problem


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_every_chain_of_successors_ends_at_a_model_still_served(spec: Spec) -> None:
    problem = dead_end(spec, NAMES, real_today())
    assert problem is None, problem


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_a_model_changing_status_within_30_days_names_its_successor(spec: Spec) -> None:
    problem = changes_without_successor(spec, real_today())
    assert problem is None, problem


def test_the_rules_on_a_small_catalog_and_a_date() -> None:
    specs = [
        {"id": "old", "retirement_date": "2026-01-01", "successor": "mid"},
        {"id": "mid", "retirement_date": "2026-03-01", "successor": "New-Alias"},
        {"id": "new", "aliases": ["new-alias"]},
        {"id": "gone", "retirement_date": "2026-01-01"},
        {"id": "to-gone", "successor": "gone"},
        {"id": "typo", "successor": "nwe"},
        {"id": "a", "successor": "b"},
        {"id": "b", "successor": "a"},
        {"id": "soon", "deprecation_date": "2026-06-20"},
        {"id": "later", "retirement_date": "2026-08-01"},
    ]
    names, today = by_name(specs), "2026-06-01"
    found = {
        spec["id"]: [
            rule
            for rule, problem in (
                ("retired", retired_without_successor(spec, today)),
                ("unknown", unknown_successor(spec, names)),
                ("dead end", dead_end(spec, names, today)),
                ("changes", changes_without_successor(spec, today)),
            )
            if problem
        ]
        for spec in specs
    }
    assert {model: rules for model, rules in found.items() if rules} == {
        "gone": ["retired"],
        "to-gone": ["dead end"],
        "typo": ["unknown"],
        "a": ["dead end"],
        "b": ["dead end"],
        "soon": ["changes"],
    }
    assert dead_end(specs[4], names, today) == (
        "to-gone: its chain of successors ends at a retired model: to-gone -> gone "
        "(gone retired on 2026-01-01; today is 2026-06-01)"
    )
    assert dead_end(specs[6], names, today) == "a: its successors loop: a -> b -> a"
    # A month on, "later" retires within 30 days, and "new" ends the chain of "old" still.
    assert changes_without_successor(specs[9], "2026-07-05") is not None
    assert dead_end(specs[0], names, "2026-07-05") is None


def test_the_real_date_is_used_whatever_modelreg_today_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MODELREG_TODAY", "2020-01-01")
    assert real_today() == dt.datetime.now(dt.UTC).date().isoformat()
