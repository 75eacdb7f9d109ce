"""The rules a model definition must keep beyond its field types, written once.

The one validator (modelreg.schema.validation) calls these; each raises ValueError with
the text an error message shows, or names the field a whole-model rule finds wrong. Pure
Python, no validation library.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Mapping
from functools import lru_cache
from operator import itemgetter
from typing import Any

from modelreg.schema.fields import MAX_DEPTH

# Capabilities that only a model producing text (or speech) in a conversation can have.
CONVERSATIONAL = (
    "supports_streaming",
    "supports_function_calling",
    "supports_reasoning",
    "supports_structured_output",
    "supports_predicted_outputs",
    "supports_audio_output",
)
NOT_CONVERSATIONAL = ("embedding", "rerank", "moderation")


@lru_cache(maxsize=4096)  # a catalog repeats its dates
def check_date(value: str | None, shape: str = "YYYY-MM-DD") -> str | None:
    """A date as YYYY-MM-DD (years 1 to 9999), or None."""
    if value is not None:
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"must be a date as {shape}, not {value!r}") from None
        if len(value) != 10:
            raise ValueError(f"must be a date as {shape}, not {value!r}")
    return value


def month_or_date(value: str | None) -> str | None:
    """A knowledge cutoff: YYYY-MM or YYYY-MM-DD, or None."""
    if value is not None and len(value) == 7:
        check_date(value + "-01")
        return value
    return check_date(value, "YYYY-MM or YYYY-MM-DD")


def check_windows(values: list[str]) -> list[str]:
    """Hours of a day in UTC, each HH:MM-HH:MM (it may wrap past midnight), none twice."""
    for value in values:
        start, _, end = value.partition("-")
        if not (_is_clock(start) and _is_clock(end)) or start == end:
            raise ValueError(f"must be hours as HH:MM-HH:MM (UTC), not {value!r}")
    if len(set(values)) != len(values):
        raise ValueError("lists the same hours twice")
    return values


def check_size(value: str) -> str:
    """An image size: WIDTHxHEIGHT in pixels, or 'max'."""
    width, x, height = value.partition("x")
    if value != "max" and not (x and _is_pixels(width) and _is_pixels(height)):
        raise ValueError(f"must be a size as WIDTHxHEIGHT in pixels or 'max', not {value!r}")
    return value


def _is_pixels(text: str) -> bool:
    return text.isascii() and text.isdigit() and text[0] != "0"


def _is_clock(text: str) -> bool:
    hours, _, minutes = text.partition(":")
    return (
        len(hours) == 2 == len(minutes)
        and hours.isdigit()
        and minutes.isdigit()
        and int(hours) < 24
        and int(minutes) < 60
    )


def check_free_form(value: Any, depth: int = 1) -> None:
    """A free-form JSON value: at most MAX_DEPTH levels of objects and arrays, finite
    numbers only (ValueError otherwise)."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"must hold finite numbers only, not {value!r} (JSON has no {value!r})")
    if isinstance(value, dict | list):
        if depth > MAX_DEPTH:
            raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
        for item in value.values() if isinstance(value, dict) else value:
            check_free_form(item, depth + 1)


def distinct_names(values: list[str]) -> list[str]:
    """Aliases or tags: no empty name, none listed twice (case-insensitively)."""
    if all(map(str.strip, values)) and len(set(map(str.lower, values))) == len(values):
        return values
    if not all(map(str.strip, values)):
        raise ValueError("must not contain empty names")
    lowered = [v.lower() for v in values]
    duplicates = sorted({v for v in values if lowered.count(v.lower()) > 1})
    raise ValueError(f"lists {', '.join(map(repr, duplicates))} twice")


# The fields the rules of ``inconsistency`` after the id's compare: each rule applies only
# when one of them is set (or the kind is not conversational). A new rule adds its own.
_COMPARED = itemgetter(
    "aliases", "active_parameters", "experts_per_token", "successor", "retirement_date"
)


def inconsistency(data: Mapping[str, Any]) -> tuple[str, str] | None:
    """The first whole-model rule a valid set of fields breaks, as (field, problem)."""
    model_id = data["id"]
    if model_id.strip() != model_id:
        return "id", "must not start or end with whitespace"
    if not any(_COMPARED(data)) and data["kind"] not in NOT_CONVERSATIONAL:
        return None  # what the rules below compare is unset: most models, quickly
    aliases = data["aliases"]
    if aliases and model_id.lower() in (a.lower() for a in aliases):
        return "aliases", f"repeats the model's own id {model_id!r}"
    parameters, active = data["parameters"], data["active_parameters"]
    if parameters and active and active > parameters:
        return "active_parameters", f"{active} exceeds parameters {parameters}"
    experts, per_token = data["num_experts"], data["experts_per_token"]
    if experts and per_token and per_token > experts:
        return "experts_per_token", f"{per_token} exceeds num_experts {experts}"
    successor = data["successor"]
    if successor is not None and successor.lower() == model_id.lower():
        return "successor", "names the model itself"
    deprecation, retirement = data["deprecation_date"], data["retirement_date"]
    if deprecation and retirement and retirement < deprecation:
        return "retirement_date", f"{retirement} is before deprecation_date {deprecation}"
    kind = data["kind"]
    if kind in NOT_CONVERSATIONAL:
        claimed = [f for f in CONVERSATIONAL if data[f]]
        if claimed:
            article = "an" if kind[0] in "aeiou" else "a"
            return claimed[0], f"{article} {kind} model cannot claim it"
    return None
