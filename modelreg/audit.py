"""Comparing sources figure by figure: where catalogs that define the same model disagree.

Each source is read on its own (nothing is merged). A model is matched across sources by id
or alias (ignoring case), and by its provider-prefixed form ("openai/gpt-4o" is "gpt-4o" of
provider openai), like with like: an entry of a provider only with that provider's (a
maker's figures with the maker's, a seller's offer with the same seller's: OpenRouter's or
NVIDIA's "openai/gpt-oss-120b" is not OpenAI's). A value a source leaves empty (None) is a
gap, never a disagreement.
Numbers agree within a relative 1e-6 (prices read from per-token figures); dates agree at
the coarser precision of the two ("2023-10" and "2023-10-01"); modalities agree as sets.

A difference that is one figure written another way is ``tolerated``: listed after the
real disagreements and counted apart (see ``tolerated``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from modelreg import schema as vocabulary

FLAG_FIELDS: tuple[str, ...] = tuple(
    name for name in vocabulary.DEFAULTS if name.startswith("supports_")
)
FIELDS: tuple[str, ...] = (
    "context_window",
    "max_completion_tokens",
    *(f"pricing.{k}" for k in vocabulary.PRICE_FIELDS),
    *FLAG_FIELDS,
    "input_modalities",
    "output_modalities",
    "release_date",
    "knowledge_cutoff",
)
# Names --field takes for a group of fields.
GROUPS: dict[str, tuple[str, ...]] = {
    "pricing": tuple(f for f in FIELDS if f.startswith("pricing.")),
    "capabilities": FLAG_FIELDS,
    "modalities": ("input_modalities", "output_modalities"),
    "dates": ("release_date", "knowledge_cutoff"),
}


def parse_fields(names: Iterable[str]) -> tuple[str, ...]:
    """The fields --field names: a field, a price key, a capability word, or a group."""
    chosen: list[str] = []
    for raw in names:
        for name in filter(None, (n.strip() for n in raw.split(","))):
            key = name.lower().replace("-", "_")
            if key in GROUPS:
                chosen += GROUPS[key]
            elif key in FIELDS:
                chosen.append(key)
            elif f"pricing.{key}" in FIELDS:
                chosen.append(f"pricing.{key}")
            elif f"supports_{key}" in FIELDS:
                chosen.append(f"supports_{key}")
            elif key in vocabulary.CAPABILITY_FIELDS:
                chosen.append(vocabulary.CAPABILITY_FIELDS[key])
            elif getattr(vocabulary.CAPABILITY_WORDS.get(key.replace("_", " ")), "field", None):
                chosen.append(vocabulary.CAPABILITY_WORDS[key.replace("_", " ")].field)  # type: ignore[arg-type]
            else:
                known = ", ".join([*GROUPS, *FIELDS])
                raise ValueError(f"unknown field {name!r} (known: {known})")
    return tuple(dict.fromkeys(chosen)) or FIELDS


@dataclass
class Model:
    """One model as every source that defines it describes it."""

    id: str
    provider: str | None  # whose figures: the maker's, or a seller's
    entries: dict[str, Mapping[str, Any]] = field(default_factory=dict)  # source -> entry


@dataclass
class Audit:
    """The models two or more sources define, their disagreements, and a summary per field."""

    sources: list[dict[str, Any]]
    disagreements: list[dict[str, Any]]
    summary: dict[str, dict[str, int]]
    models: int

    def to_json(self) -> dict[str, Any]:
        return {
            "disagreements": self.disagreements,
            "summary": self.summary,
            "sources": self.sources,
            "models": self.models,
        }


def _same_provider(a: str | None, b: str | None) -> bool:
    return not a or not b or a.lower() == b.lower()


class _Index:
    """Models by name: plain names, and provider-qualified ones ("openai/gpt-4o")."""

    def __init__(self) -> None:
        self.models: list[Model] = []
        self.plain: dict[str, Model] = {}
        self.qualified: dict[str, Model] = {}

    def find(self, names: Sequence[str], provider: str | None) -> Model | None:
        """The model these names give, of this provider (of any, where the entry names none)."""
        lowered = [n.lower() for n in names]
        for name in lowered:
            for key in (name, f"{provider.lower()}/{name}" if provider else name):
                hit = self.qualified.get(key)
                if hit is not None and _same_provider(hit.provider, provider):
                    return hit
        for name in lowered:
            hit = self.plain.get(name)
            if hit is not None and _same_provider(hit.provider, provider):
                return hit
        return None

    def add(self, names: Sequence[str], provider: str | None) -> Model:
        model = Model(names[0], provider)
        self.models.append(model)
        self.name(model, names, provider)
        return model

    def name(self, model: Model, names: Sequence[str], provider: str | None) -> None:
        for name in names:
            self.plain.setdefault(name.lower(), model)
            if provider:
                self.qualified.setdefault(f"{provider.lower()}/{name.lower()}", model)


def audit(
    named_sources: Sequence[tuple[str, Iterable[Mapping[str, Any]]]],
    fields: Sequence[str] = FIELDS,
    provider: str | None = None,
) -> Audit:
    """Compare sources, each (label, entries): the first is the reference (the built-ins)."""
    index = _Index()
    described: list[dict[str, Any]] = []
    for label, entries in named_sources:
        count = matched = 0
        for entry in entries:
            model_id = entry.get("id")
            if not isinstance(model_id, str) or not model_id:
                continue
            count += 1
            names = [model_id, *(a for a in entry.get("aliases") or () if isinstance(a, str))]
            maker = entry.get("provider")
            model = index.find(names, maker)
            if model is None:
                model = index.add(names, maker)
            elif label in model.entries:
                continue  # another entry of this source for the same model: the first counts
            else:
                matched += 1
                index.name(model, names, maker)
                model.provider = model.provider or maker
            model.entries[label] = entry
        described.append({"source": label, "models": count, "matched": matched})
    labels = [label for label, _ in named_sources]
    summary = {f: {"agree": 0, "disagree": 0, "tolerated": 0, "gaps": 0} for f in fields}
    disagreements: list[dict[str, Any]] = []
    tolerable: list[dict[str, Any]] = []
    compared = 0
    for model in index.models:
        if len(model.entries) < 2 or (provider and not _same_provider(model.provider, provider)):
            continue
        compared += 1
        for name in fields:
            values = {s: _value(model.entries[s], name) for s in labels if s in model.entries}
            known = [v for v in values.values() if v is not None]
            if len(known) < len(values) and known:
                summary[name]["gaps"] += 1
            if len(known) < 2:
                continue
            if all(_same(known[0], v, name) for v in known[1:]):
                summary[name]["agree"] += 1
            elif all(_same(a, b, name) or tolerated(a, b, name) for a in known for b in known):
                summary[name]["tolerated"] += 1
                tolerable.append(
                    {"model": model.id, "field": name, "values": values, "tolerated": True}
                )
            else:
                summary[name]["disagree"] += 1
                disagreements.append(
                    {"model": model.id, "field": name, "values": values, "tolerated": False}
                )
    return Audit(described, disagreements + tolerable, summary, compared)


def _value(entry: Mapping[str, Any], name: str) -> Any:
    if name.startswith("pricing."):
        pricing = entry.get("pricing")
        return pricing.get(name[8:]) if isinstance(pricing, Mapping) else None
    value = entry.get(name)
    if name.endswith("_modalities") and isinstance(value, list):
        return [m for m in vocabulary.MODALITIES if m in value] or None
    return value


def _same(a: Any, b: Any, name: str) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)
    if name in ("release_date", "knowledge_cutoff") and isinstance(a, str) and isinstance(b, str):
        shorter = min(len(a), len(b))
        return a[:shorter] == b[:shorter]
    return bool(a == b)


# -- tolerance ----------------------------------------------------------------------------

FLOAT_TOLERANCE = 1e-4  # relative: a float artefact (5.00003 vs 5), never a price change
LIMITS = ("context_window", "max_completion_tokens")


def tolerated(a: Any, b: Any, name: str) -> bool:
    """Whether two values that differ are one figure written another way.

    - Float artefacts: numbers within a relative 1e-4 (5.00003 vs 5).
    - Rounding: the coarser number has two or more decimal places and the finer rounds to
      it (0.125 vs 0.13); a whole number or one decimal place is taken as meant (3 vs 2.5).
    - A token limit written in round thousands: the same count of K (1,000 or 1,024) or of
      M (1,000,000 or 1,048,576): 128,000 vs 131,072, 8,191 vs 8,192.
    - Dates: the first of a month is often the month written as a day (2024-09-01 vs
      2024-09-11); a knowledge cut-off on the first of a month is the end of the month
      before (2023-10-01 vs 2023-09).
    """
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    if isinstance(a, int | float) and isinstance(b, int | float):
        if math.isclose(a, b, rel_tol=FLOAT_TOLERANCE):
            return True
        return (name in LIMITS and _round_limit(a, b)) or _rounded(a, b)
    if name in ("release_date", "knowledge_cutoff") and isinstance(a, str) and isinstance(b, str):
        return _same_month(a, b) or (name == "knowledge_cutoff" and _month_end(a, b))
    return False


def _decimals(value: float) -> int:
    """How many decimal places a number is written with (0.125: 3, 0.13: 2, 5: 0)."""
    try:
        exponent = Decimal(repr(value)).normalize().as_tuple().exponent
    except InvalidOperation:
        return 0
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _rounded(a: float, b: float) -> bool:
    coarse, fine = sorted((a, b), key=_decimals)
    places = _decimals(coarse)
    if places < 2 or _decimals(fine) <= places:
        return False
    return bool(abs(fine - coarse) <= 0.5 * 10**-places * (1 + 1e-9))


def _round_limit(a: float, b: float) -> bool:
    low, high = sorted((a, b))
    for decimal_unit, binary_unit in ((1_000, 1_024), (1_000_000, 1_048_576)):
        count = math.ceil(high / binary_unit)  # the count of K (or M) both are written from
        if count * decimal_unit <= low:
            return True
    return False


def _same_month(a: str, b: str) -> bool:
    return a[:7] == b[:7] and (a[7:] == "-01" or b[7:] == "-01")


def _month_end(a: str, b: str) -> bool:
    """One date the first of a month, the other (to the month or the day) in the month
    before."""
    for first, other in ((a, b), (b, a)):
        if len(first) == 10 and first.endswith("-01"):
            try:
                before = date.fromisoformat(first) - timedelta(days=1)
            except ValueError:
                return False
            if other[:7] == before.isoformat()[:7] and other[8:] in ("", before.isoformat()[8:]):
                return True
    return False
