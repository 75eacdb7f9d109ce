"""What a request to a model should know from its lifecycle and prices: ``retired`` (the
violation of a model that no longer serves) and ``check_warnings`` (deprecation, an announced
shutdown, long-context pricing)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from modelreg.schema import lifecycle_status, today
from modelreg.service.record import as_record
from modelreg.service.violations import Violation

if TYPE_CHECKING:
    from modelreg.schema.definition import ModelDefinition


def _status(record: Mapping[str, Any], on: str | None) -> Any:
    """A model's lifecycle status on a date (default today): a date passed since it was
    loaded counts."""
    return lifecycle_status(
        record["status"], record["deprecation_date"], record["retirement_date"], on or today()
    )


def _instead(record: Mapping[str, Any]) -> str:
    successor = record["successor"]
    return f"use {successor!r} instead" if successor else "its provider names no successor"


def retired(record: Mapping[str, Any], on: str | None = None) -> Violation | None:
    """``model_retired`` when the model is retired on ``on`` (default today), naming the
    date and the successor; None while it serves."""
    if _status(record, on) != "retired":
        return None
    when = f" on {record['retirement_date']}" if record["retirement_date"] else ""
    return Violation(
        "model",
        "model_retired",
        f"Model {record['id']!r} was retired{when}: {_instead(record)}",
    )


def check_warnings(
    record: ModelDefinition | Mapping[str, Any],
    on: str | None = None,
    prompt_tokens: int | None = None,
) -> list[Violation]:
    """What a request to this model should know on ``on`` (default today): a deprecated
    model (or one whose shutdown is announced) gives ``model_deprecated`` with its
    shutdown date and successor (a retired model gives none: it is a violation); a
    prompt past the model's long-context threshold gives ``long_context_pricing`` with
    the prices it is billed at."""
    record = as_record(record)
    found = _long_context(record, prompt_tokens)
    status = _status(record, on)
    shutdown = record["retirement_date"]
    if status == "retired" or (status != "deprecated" and not shutdown):
        return found
    what = "is deprecated" if status == "deprecated" else "has an announced shutdown"
    when = f"it shuts down on {shutdown}" if shutdown else "no shutdown date is announced"
    message = f"Model {record['id']!r} {what}: {when}; {_instead(record)}"
    return [Violation("model", "model_deprecated", message), *found]


def _long_context(record: Mapping[str, Any], prompt_tokens: int | None) -> list[Violation]:
    tier = (record["pricing"] or {}).get("long_context")
    if tier is None or prompt_tokens is None or prompt_tokens <= tier["threshold_tokens"]:
        return []
    billed = "the whole request is" if tier["applies_to"] == "request" else "the excess is"
    prices = ", ".join(
        f"{name.removesuffix('_price_per_1m')} ${price:g}/1M"
        for name, price in tier.items()
        if name.endswith("_price_per_1m") and price is not None
    )
    message = (
        f"{prompt_tokens:,} prompt tokens pass the long-context threshold of {record['id']} "
        f"({tier['threshold_tokens']:,} tokens): {billed} billed at {prices}"
    )
    return [Violation("prompt_tokens", "long_context_pricing", message)]
