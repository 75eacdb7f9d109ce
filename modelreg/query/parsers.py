"""Command-line values as filter values: counts (128K, 7B), dates, prices, kinds, modalities,
statuses. Each parser raises ValueError with a message fit for a user."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

from modelreg import schema as vocabulary
from modelreg.schema import squash


def parse_count(value: str | int) -> int:
    """A parameter count or token count: 7B, 70b, 1.5T, 128k, 405000000, 405_000_000."""
    if isinstance(value, bool):
        raise ValueError(f"expected a number such as 128K, 7B, 1.5T or 405000000, not {value!r}")
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f"a count must not be negative, not {value}")
        return value
    text = str(value).strip().replace("_", "").replace(",", "")
    m = re.fullmatch(r"(\d+(?:\.\d*)?|\.\d+)\s*([kmbt]?)", text, re.IGNORECASE)
    if m is None:
        raise ValueError(f"expected a number such as 128K, 7B, 1.5T or 405000000, not {value!r}")
    number, suffix = m.groups()
    scale = {"": 1, "k": 10**3, "m": 10**6, "b": 10**9, "t": 10**12}[suffix.lower()]
    whole, _, fraction = number.partition(".")
    fraction = fraction.rstrip("0")
    digits = int(whole or "0") * scale
    if fraction:
        exact = int(fraction) * scale
        step = 10 ** len(fraction)
        if exact % step:
            raise ValueError(f"{value!r} is not a whole number")
        digits += exact // step
    return digits


def parse_date(value: str | _dt.date) -> _dt.date:
    """A date as YYYY-MM-DD, YYYY-MM (the first of the month) or YYYY (the first of January)."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if m is not None:
        year, month, day = m.groups()
        try:
            return _dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError as exc:
            raise ValueError(f"invalid date {value!r}: {exc}") from None
    raise ValueError(f"expected a date as YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")


def parse_price(value: str | float) -> float:
    """A price in USD per 1M tokens: 2.5, $2.50, 0."""
    if isinstance(value, bool):
        raise ValueError(f"expected a price in USD such as 2.5, not {value!r}")
    try:
        price = float(str(value).strip().removeprefix("$"))
    except ValueError:
        raise ValueError(f"expected a price in USD such as 2.5, not {value!r}") from None
    if not price >= 0 or price == float("inf"):
        raise ValueError(f"a price must be a non-negative number, not {value!r}")
    return price


def parse_kind(value: str) -> str:
    """A model kind (chat, embedding, image_generation, ...); 'image-generation' works too."""
    wanted = squash(value)
    for kind in vocabulary.KINDS:
        if wanted in (squash(kind), squash(kind) + "s"):
            return kind
    raise ValueError(f"unknown kind {value!r}; use one of: {', '.join(vocabulary.KINDS)}")


def parse_modality(value: str) -> str:
    """A modality: text, image, audio or video ('images' works too)."""
    wanted = value.strip().lower()
    for modality in vocabulary.MODALITIES:
        if wanted in (modality, modality + "s"):
            return modality
    raise ValueError(f"unknown modality {value!r}; use one of: {', '.join(vocabulary.MODALITIES)}")


def capability_name(word: str) -> str:
    """The name of the capability a word names (tools -> function_calling)."""
    return vocabulary.capability(word).name


# Words people use for a field, and the field they mean.
_SYNONYMS = {
    "price": "prompt_price_per_1m",
    "cost": "prompt_price_per_1m",
    "prompt_cost": "prompt_price_per_1m",
    "completion_cost": "completion_price_per_1m",
    "output_price": "completion_price_per_1m",
    "input_price": "prompt_price_per_1m",
    "ctx": "context_window",
    "context": "context_window",
    "context_length": "context_window",
    "max_tokens": "max_completion_tokens",
    "max_output": "max_completion_tokens",
    "output": "max_completion_tokens",
    "params": "parameters",
    "size": "parameters",
    "date": "release_date",
    "released": "release_date",
    "cutoff": "knowledge_cutoff",
    "model": "id",
}


def closest(word: str, known: Sequence[str], most: int = 3) -> list[str]:
    """The names of ``known`` a mistyped or approximate ``word`` most likely means: the one
    its common synonym names (price, ctx, params), names it is a part of, or within a typo."""
    from difflib import get_close_matches

    wanted = word.strip().lower().replace("-", "_")
    names = list(known)
    found: list[str] = []
    synonym = _SYNONYMS.get(wanted)
    if synonym is None:  # a typo of a synonym: 'prce'
        near = get_close_matches(wanted, list(_SYNONYMS), n=1, cutoff=0.75)
        synonym = _SYNONYMS[near[0]] if near else None
    for name in names:
        if synonym is not None and name in (synonym, f"pricing.{synonym}"):
            found.append(name)
    if len(wanted) >= 3:
        found += [n for n in names if wanted in n.lower() and n not in found]
    found += [n for n in get_close_matches(wanted, names, n=most, cutoff=0.6) if n not in found]
    return found[:most]


def did_you_mean(word: str, known: Sequence[str]) -> str:
    """'; did you mean 'list'?' (or 'a' or 'b'), or '' when nothing is close."""
    close = closest(word, known)
    return f"; did you mean {' or '.join(map(repr, close))}?" if close else ""


def sort_key(key: str) -> str:
    """The canonical key of a --sort value (see modelreg.query.sorting.sort_key)."""
    from modelreg.query.sorting import SORT_KEYS
    from modelreg.query.sorting import sort_key as canonical

    try:
        return canonical(key)
    except ValueError as exc:
        hint = did_you_mean(key, SORT_KEYS)  # else the message lists every key
        if not hint:
            raise
        raise ValueError(f"cannot sort by {key!r}{hint}") from exc


def parse_status(value: str) -> str:
    """A lifecycle status: active, preview, deprecated or retired."""
    wanted = value.strip().lower()
    if wanted not in vocabulary.STATUSES:
        raise ValueError(f"unknown status {value!r}; use one of: {', '.join(vocabulary.STATUSES)}")
    return wanted
