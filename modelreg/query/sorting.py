"""Sorting records by a field, a count or a price; unknown values last."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import itemgetter
from typing import Any

from modelreg import schema as vocabulary
from modelreg.offers import is_free
from modelreg.schema import Record

# The keys sort_records (and --sort) accepts.
SORT_KEYS: tuple[str, ...] = (
    "id",
    "name",
    "provider",
    "release_date",
    "status",
    *vocabulary.COUNT_FIELDS,
    "created",
    *vocabulary.PRICE_NAMES,
    *vocabulary.PRICE_FIELDS,
)
_SORT_ALIASES = {"context": "context_window", "params": "parameters", "date": "release_date"}


def sort_key(key: str) -> str:
    """The canonical key of a --sort value (also context, params, date); ValueError if unknown."""
    canonical = key.strip().lower().replace("-", "_")
    canonical = _SORT_ALIASES.get(canonical, canonical)
    if canonical not in SORT_KEYS:
        raise ValueError(f"cannot sort by {key!r}; use one of: {', '.join(SORT_KEYS)}")
    return canonical


def sort_records(
    records: Iterable[Record], key: str, descending: bool = False, include_free: bool = True
) -> list[Record]:
    """Records sorted by a key of SORT_KEYS; records without a value come last either way.

    Without ``include_free``, a price sort puts free tiers and $0 plans after the priced
    models (before the unpriced ones). Ties keep the id order, so the result is deterministic.
    """
    canonical = sort_key(key)
    price_field = vocabulary.PRICE_NAMES.get(
        canonical, canonical if canonical in vocabulary.PRICE_FIELDS else None
    )
    if price_field is not None:

        def value(r: Mapping[str, Any]) -> Any:
            return r["pricing"].get(price_field) if r["pricing"] else None

    elif canonical in ("id", "name", "provider"):

        def value(r: Mapping[str, Any]) -> Any:
            return r[canonical].lower()

    else:

        def value(r: Mapping[str, Any]) -> Any:
            return r[canonical]

    by_id = sorted(records, key=itemgetter("id"))
    values = list(map(value, by_id))
    known = [(v, r) for v, r in zip(values, by_id, strict=True) if v is not None]
    unknown = [r for v, r in zip(values, by_id, strict=True) if v is None]
    free: list[tuple[Any, Record]] = []
    if price_field is not None and not include_free:
        free = [(v, r) for v, r in known if is_free(r, v)]
        known = [(v, r) for v, r in known if not is_free(r, v)]
    known.sort(key=itemgetter(0), reverse=descending)  # stable: ties stay in id order
    return [r for _, r in known] + [r for _, r in free] + unknown
