"""Filters: every filter of ``list``, ``search`` and ``filter`` as pure functions over records.

``Filters`` holds parsed filter values (all that are set must hold);
``Filters.parse(...)`` builds one from command-line strings (comma lists
allowed) and raises ValueError naming the option; ``apply_filters`` applies
them. Nothing here imports rapidfuzz, typer or rich.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields, replace
from itertools import compress
from typing import Any

from modelreg.query.parsers import (
    parse_count,
    parse_date,
    parse_kind,
    parse_modality,
    parse_price,
    parse_status,
)
from modelreg.schema import Capability, Record, capability, is_open_weights

Test = Callable[[Mapping[str, Any]], bool]


def has_capability(record: Mapping[str, Any], word: str) -> bool:
    """Whether a record has a capability (any word of the capability table)."""
    return capability(word).of(record)


class FilterValueError(ValueError):
    """A filter value that does not parse; ``field`` names the filter."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field.replace('_', '-')}: {problem}")
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class Filters:
    """Parsed filters; all that are set must hold.

    Repeated providers, kinds and statuses mean any of them; repeated
    capabilities, tags and modalities mean all of them. A model with no price,
    no parameter count or no release date is excluded by a filter on that
    value (unknown is not cheap). Parameter bounds hold for nominal sizes: within
    2%, so --max-params 70B keeps the 70.6B Llama. ``released_after`` includes its date,
    ``released_before`` excludes it. ``hide_retired`` drops retired models
    (the command line's default) unless a status is asked for; ``hide_fictional``
    drops the ids no provider serves (the command line's default too).
    """

    providers: tuple[str, ...] = ()
    capabilities: tuple[Capability, ...] = ()
    without_capabilities: tuple[Capability, ...] = ()
    modalities: tuple[str, ...] = ()
    input_modalities: tuple[str, ...] = ()
    output_modalities: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    min_context: int | None = None
    max_context: int | None = None
    min_output: int | None = None
    max_prompt_price: float | None = None
    max_completion_price: float | None = None
    architecture: str | None = None
    tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    license: str | None = None
    open_weights: bool | None = None
    real_only: bool = False
    min_params: int | None = None
    max_params: int | None = None
    released_after: _dt.date | None = None
    released_before: _dt.date | None = None
    hide_retired: bool = False
    hide_fictional: bool = False
    # How models are listed (no predicate): the sellers whose offers keep and price them,
    # a row per offer, and free tiers ranked among the prices.
    sellers: tuple[str, ...] = ()
    offer_rows: bool = False
    include_free: bool = False

    @classmethod
    def parse(cls, **options: Any) -> Filters:
        """Filters from command-line values: strings, lists of strings, comma lists.

        An unparseable value raises ValueError naming its option ("min-context: ...").
        """
        parsed: dict[str, Any] = {}
        for name, value in options.items():
            if name not in _PARSERS:
                raise TypeError(f"unknown filter {name!r}")
            if value is None or value == () or value == []:
                continue
            parser = _PARSERS[name]
            try:
                if name in _LISTS:
                    parsed[name] = tuple(parser(v) for v in _items(value))
                else:
                    parsed[name] = parser(value)
            except ValueError as exc:
                raise FilterValueError(name, str(exc)) from None
        return cls(**parsed)

    def is_empty(self) -> bool:
        """Whether no filter is set."""
        return self == Filters()

    def hides(self, record: Mapping[str, Any]) -> bool:
        """Whether the record is one these filters hide by default: retired (when no status
        is asked for) or fictional (unless --real-only asks to leave those out anyway)."""
        if record["status"] == "retired" and self.hide_retired and not self.statuses:
            return True
        return bool(record["fictional"]) and self.hide_fictional and not self.real_only

    def revealing(self) -> Filters | None:
        """These filters without hiding what they hide by default (None when they hide
        nothing): what would match with --all."""
        hiding = (self.hide_retired and not self.statuses) or (
            self.hide_fictional and not self.real_only
        )
        if not hiding:
            return None
        return replace(self, hide_retired=False, hide_fictional=False)

    def predicates(self) -> list[Test]:
        """One predicate per filter that is set, in a cheap-first order."""
        tests: list[Test] = []
        add = tests.append
        if self.providers:
            wanted = {p.lower() for p in self.providers}
            add(lambda r: r["provider"].lower() in wanted)
        if self.kinds:
            kinds = set(self.kinds)
            add(lambda r: r["kind"] in kinds)
        if self.statuses:
            statuses = set(self.statuses)
            add(lambda r: r["status"] in statuses)
        elif self.hide_retired:
            add(lambda r: r["status"] != "retired")
        if self.real_only or self.hide_fictional:
            add(lambda r: not r["fictional"])
        tests += [c.of for c in self.capabilities]
        tests += [_negated(c.of) for c in self.without_capabilities]
        tests += _bounds("context_window", self.min_context, self.max_context)
        tests += _bounds("max_completion_tokens", self.min_output, None)
        tests += _bounds("parameters", self.min_params, self.max_params, NOMINAL)
        if self.max_prompt_price is not None:
            add(_price_test("prompt_price_per_1m", self.max_prompt_price))
        if self.max_completion_price is not None:
            add(_price_test("completion_price_per_1m", self.max_completion_price))
        if self.architecture is not None:
            arch = self.architecture.lower()
            add(lambda r: (r["architecture"] or "").lower() == arch)
        if self.license is not None:
            licence = self.license.lower()
            add(lambda r: (r["license"] or "").lower() == licence)
        if self.open_weights is not None:
            want = self.open_weights
            add(lambda r: is_open_weights(r) == want)
        tests += [_tag_test(t) for t in self.tags]
        tests += [_negated(_tag_test(t)) for t in self.exclude_tags]
        tests += [
            _modality_test(m, "input_modalities", "output_modalities") for m in self.modalities
        ]
        tests += [_modality_test(m, "input_modalities") for m in self.input_modalities]
        tests += [_modality_test(m, "output_modalities") for m in self.output_modalities]
        if self.released_after is not None:
            after = self.released_after.isoformat()
            add(lambda r: r["release_date"] is not None and r["release_date"] >= after)
        if self.released_before is not None:
            before = self.released_before.isoformat()
            add(lambda r: r["release_date"] is not None and r["release_date"] < before)
        return tests

    def matches(self, record: Mapping[str, Any]) -> bool:
        """Whether one record passes every filter."""
        return all(test(record) for test in self.predicates())


def _items(value: str | Iterable[str]) -> list[str]:
    """The values of a repeatable option: each may be a comma list ("openai,anthropic")."""
    values = [value] if isinstance(value, str) else list(value)
    items = []
    for v in values:
        if isinstance(v, str):
            items += [part.strip() for part in v.split(",") if part.strip()]
        else:
            items.append(v)
    return items


def _text(value: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected text, not {value!r}")
    return value


def _flag(value: bool) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, not {value!r}")
    return value


def _count(value: str | int) -> int:
    return parse_count(value)


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "providers": _text,
    "capabilities": capability,
    "without_capabilities": capability,
    "modalities": parse_modality,
    "input_modalities": parse_modality,
    "output_modalities": parse_modality,
    "kinds": parse_kind,
    "statuses": parse_status,
    "min_context": _count,
    "max_context": _count,
    "min_output": _count,
    "max_prompt_price": parse_price,
    "max_completion_price": parse_price,
    "architecture": _text,
    "tags": _text,
    "exclude_tags": _text,
    "license": _text,
    "open_weights": _flag,
    "real_only": _flag,
    "min_params": _count,
    "max_params": _count,
    "released_after": parse_date,
    "released_before": parse_date,
    "hide_retired": _flag,
    "hide_fictional": _flag,
    "sellers": _text,
    "offer_rows": _flag,
    "include_free": _flag,
}
_LISTS = {f.name for f in fields(Filters) if f.type.startswith("tuple")}  # type: ignore[union-attr]


def _negated(test: Test) -> Test:
    return lambda r: not test(r)


# Parameter counts are bounded by their nominal size: a "70B" Llama has 70.6B parameters,
# and --max-params 70B means it too. Within this fraction, a count is its nominal size.
NOMINAL = 0.02


def _bounds(field: str, least: int | None, most: int | None, slack: float = 0.0) -> list[Test]:
    tests: list[Test] = []
    if least is not None:
        low = least * (1 - slack)
        tests.append(lambda r: r[field] is not None and r[field] >= low)
    if most is not None:
        high = most * (1 + slack)
        tests.append(lambda r: r[field] is not None and r[field] <= high)
    return tests


def _tag_test(tag: str) -> Test:
    wanted = tag.lower()
    return lambda r: any(x.lower() == wanted for x in r["tags"])


def _modality_test(modality: str, *sides: str) -> Test:
    return lambda r: any(modality in r[side] for side in sides)


def _price_test(price_field: str, most: float) -> Test:
    def test(r: Mapping[str, Any]) -> bool:
        pricing = r["pricing"]
        price = pricing.get(price_field) if pricing else None
        return price is not None and price <= most

    return test


def apply_filters(records: Iterable[Record], filters: Filters) -> list[Record]:
    """The records that pass every filter, in their original order."""
    result = list(records)
    for test in filters.predicates():
        result = list(compress(result, map(test, result)))
    return result
