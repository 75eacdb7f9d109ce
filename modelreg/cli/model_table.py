"""The model table: its columns (the most important kept on a narrow terminal), its cells
(128K, $2.50, capability marks for people; plain values piped) and its footer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any

from modelreg import schema as vocabulary
from modelreg.cli import terminal
from modelreg.cli.figures import MARKS, capability_words, spoken, texts
from modelreg.cli.tables import emit_columns, emit_plain

# The model table's columns: (header when piped, title, what a cell shows).
_COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("id", "ID"),
    "provider": ("provider", "Provider"),
    "kind": ("kind", "Kind"),
    "context_window": ("context_window", "Context"),
    "max_completion_tokens": ("max_completion_tokens", "Max out"),
    "prompt_price_per_1m": ("prompt_price_per_1m", "$ in/1M"),
    "completion_price_per_1m": ("completion_price_per_1m", "$ out/1M"),
    "capabilities": ("capabilities", "Caps"),
}
# What a narrow terminal keeps, most important first (the sorted or filtered column comes
# right after the id); wide terminals show the rest too.
_PRIORITY = (
    "id",
    "prompt_price_per_1m",
    "context_window",
    "provider",
    "completion_price_per_1m",
    "capabilities",
    "max_completion_tokens",
    "kind",
)
_WIDE = ("parameters", "release_date", "status")
_TOKENS = ("context_window", "max_completion_tokens")
_NO_PRICES: Mapping[str, Any] = {}


def _column(
    records: Sequence[Mapping[str, Any]],
    prices: Sequence[Mapping[str, Any]],
    column: str,
    human: bool,
) -> list[Any]:
    """One column of the model table (``prices``: each record's pricing): 128K and $2.50 for
    people, plain values when piped."""
    if column == "capabilities":
        if not human:
            return [",".join(capability_words(r)) for r in records]
        flags = list(map(itemgetter(*(flag for _, flag, _ in MARKS)), records))
        marks = {  # a mark per combination of flags
            each: "".join(
                letter if on else "·" for (letter, _, _), on in zip(MARKS, each, strict=True)
            )
            for each in set(flags)
        }
        return list(map(marks.__getitem__, flags))
    if column in vocabulary.PRICE_FIELDS:
        values = [pricing.get(column) for pricing in prices]
    else:
        values = [r.get(column) for r in records]
    if not human:
        return values
    said = texts(values, column)
    if column == "status":
        return [
            f"{value}, fictional" if r.get("fictional") else cell
            for r, value, cell in zip(records, values, said, strict=True)
        ]
    return said


def emit_model_table(
    records: Sequence[Mapping[str, Any]],
    extras: Sequence[Mapping[str, Any]] | None,
    emphasis: str | None = None,
    hidden: str | None = None,
) -> None:
    """The model table; ``hidden`` says, in the footer, what the listing left out."""
    human = terminal.is_terminal()
    columns = list(_COLUMNS)
    emphasis = vocabulary.PRICE_NAMES.get(emphasis or "", emphasis)
    if (
        emphasis
        and emphasis not in columns
        and emphasis in vocabulary.FIELDS + vocabulary.PRICE_FIELDS
    ):
        columns.insert(1, emphasis)
    if human:
        columns += [c for c in _WIDE if c not in columns]
    prices = [r["pricing"] or _NO_PRICES for r in records]
    cells = [_column(records, prices, c, human) for c in columns]
    headers = [
        _COLUMNS.get(c, (c, c.replace("_", " ").capitalize()))[1 if human else 0] for c in columns
    ]
    if extras:
        headers += ["Score", "Matched"] if human else ["score", "matched"]
        matches = [extra["match"] for extra in extras]
        if human:
            cells.append([f"{match['score']:.0f}" for match in matches])
            cells.append([", ".join(map(spoken, match["matched"])) for match in matches])
        else:
            cells.append([match["score"] for match in matches])
            cells.append([",".join(match["matched"]) for match in matches])
    if not human:
        emit_plain(headers, zip(*cells, strict=True))
        return
    if not records:
        return
    priority = ["id", *([emphasis] if emphasis in columns else []), *_PRIORITY, *_WIDE]
    order = [columns.index(c) for c in dict.fromkeys(priority) if c in columns]
    if extras:
        order += [len(columns), len(columns) + 1]
    legend = "  ".join(f"{letter}={word}" for letter, _, word in MARKS)  # no item breaks
    count = f"{len(records)} model" + ("" if len(records) == 1 else "s")
    if hidden:
        count += f" ({hidden})"
    numeric = {
        i for i, c in enumerate(columns) if c in (*_TOKENS, *vocabulary.PRICE_FIELDS, "parameters")
    }
    emit_columns(
        headers,
        cells,
        caption=count,
        right=numeric,
        priority=order,
        legend=(columns.index("capabilities"), legend),
        extra=[i for i, c in enumerate(columns) if c in _WIDE and c != emphasis],
    )
