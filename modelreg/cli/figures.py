"""Figures and values as people read them: tokens as 128K, money as $2.50, parameter
counts as 70B, capability words, what a search matched; one rule per kind of figure."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from math import copysign
from typing import Any

from modelreg import schema as vocabulary

# Capability marks of the model table: letter, flag, word.
MARKS = tuple((c.letter, c.field or c.name, c.name) for c in vocabulary.MARKED)


def text(value: Any, human: bool = False, field: str = "") -> str:
    """A value as a table cell: yes/no, lists joined, '-' for none. For people (``human``),
    the one rule of each kind of figure, by its ``field``: tokens as 128K, money as $2.50,
    parameter counts as 70B, whole numbers without a decimal point."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):  # an offer by its seller's id
        return ", ".join(v["id"] if isinstance(v, dict) and "id" in v else str(v) for v in value)
    if not human or not isinstance(value, int | float):
        return str(value)
    name = field.rpartition(".")[2]
    if name in TOKEN_FIELDS and isinstance(value, int):
        return human_tokens(value)
    if name.endswith("_cost") or name in vocabulary.PRICE_FIELDS:
        return money(value)
    if name in COUNT_FIELDS and isinstance(value, int):
        return human_count(value)
    return number(value)


def texts(values: Sequence[Any], field: str) -> list[str]:
    """``text(value, True, field)`` of each value, each distinct value said once (a listing
    repeats its limits and prices)."""
    kinds = set(map(type, values))
    if kinds <= {str}:
        return list(values)
    if not kinds <= _SCALARS or len(kinds - {str, type(None)}) > 1:  # 1 and 1.0 said apart
        return [text(value, True, field) for value in values]
    said = {value: text(value, True, field) for value in set(values)}
    cells = list(map(said.__getitem__, values))
    if float in kinds and 0 in said:  # 0.0 and -0.0 are equal, and money says them apart
        signed = {sign: text(copysign(0.0, sign), True, field) for sign in (1.0, -1.0)}
        if signed[1.0] != signed[-1.0]:
            return [
                signed[copysign(1.0, v)] if v == 0 else c
                for v, c in zip(values, cells, strict=True)
            ]
    return cells


_SCALARS = {str, int, float, bool, type(None)}


# Figures counted in tokens, in any object a command prints (a model, a cost, a request).
TOKEN_FIELDS = frozenset(
    {
        "context_window",
        "max_completion_tokens",
        "max_output_tokens",
        "prompt_tokens",
        "completion_tokens",
        "cached_tokens",
    }
)
COUNT_FIELDS = frozenset({"parameters", "active_parameters"})


def capability_words(record: Mapping[str, Any]) -> list[str]:
    return [word for _, flag, word in MARKS if record[flag]]


def _units(n: int, base: int, exact: bool) -> int | None:
    """The whole number of ``base`` units ``n`` is (``exact``), or is within a thousandth
    (8191 is 8 x 1024, 1047576 is 1 x 2**20); None if it is not."""
    units = round(n / base)
    off = abs(n - units * base)
    return units if units and (off == 0 if exact else off * 1000 <= n) else None


def human_tokens(n: int | None) -> str:
    """Token counts the same short way everywhere: whole thousands or 1024s where the count
    is one (128000 and 131072 -> '128K'), or is within a thousandth of one (8191 -> '8K',
    1047576 -> '1M'), else three significant figures (1050000 -> '1.05M', 16500 ->
    '16.5K'); below 1000 the count itself."""
    if n is None:
        return "-"
    for decimal, binary, suffix in ((1_000_000, 1 << 20, "M"), (1000, 1024, "K")):
        if n < decimal * 0.999:
            continue
        for base, exact in ((decimal, True), (binary, True), (decimal, False), (binary, False)):
            units = _units(n, base, exact)
            if units is not None:
                return f"{units:,}{suffix}"
        if n >= decimal:
            short = f"{n / decimal:.3g}"
            return f"{short if 'e' not in short else f'{n // decimal:,}'}{suffix}"
    return str(n)


def token_limit(count: int | None, human: bool) -> str:
    """A token limit in a one-model view: the short form, with the exact count where the
    short form rounds it ('128K', '128K (131,072)', '1M (1,047,576)'); piped, the count."""
    if not human or count is None:
        return text(count)
    short = human_tokens(count)
    scale = {"K": 1000, "M": 1_000_000}.get(short[-1])
    if scale is None:
        return short
    exact = float(short[:-1].replace(",", "")) * scale == count
    return short if exact else f"{short} ({count:,})"


def number(value: float | int) -> str:
    """A number as written: whole numbers without '.0', others with the digits they have
    (never an exponent)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return _decimal(value, grouped=False)


def _decimal(value: float | int, grouped: bool) -> str:
    """The number's digits in full (a float's shortest repr), never an exponent, as
    ``format(Decimal(repr(value)), ",f" if grouped else "f")`` writes them."""
    digits = repr(value) if isinstance(value, float) else str(int(value))
    if not digits[-1].isdigit():  # nan, inf
        from decimal import Decimal

        return format(Decimal(digits), ",f" if grouped else "f")
    sign, body = ("-", digits[1:]) if digits.startswith("-") else ("", digits)
    mantissa, _, exponent = body.partition("e")
    whole, point, fraction = mantissa.partition(".")
    if exponent:  # the point moved: 2.5e-05 is 0.000025, 1e+16 is 10000000000000000
        figures = whole + fraction
        at = len(whole) + int(exponent)
        if at <= 0:
            whole, point, fraction = "0", ".", "0" * -at + figures
        elif at < len(figures):
            whole, point, fraction = figures[:at], ".", figures[at:]
        else:
            whole, point, fraction = figures + "0" * (at - len(figures)), "", ""
    if grouped:
        whole = f"{int(whole):,}"
    return f"{sign}{whole}{point}{fraction}"


def money(value: float | None) -> str:
    """USD for people: cents at least, and as many more digits as the amount has ($2.50,
    $0.435, $0.00006, $1,234.50); never rounded away, never an exponent."""
    if value is None:
        return "-"
    digits = _decimal(value, grouped=True)
    whole, _, fraction = digits.partition(".")
    fraction = fraction.rstrip("0").ljust(2, "0")
    return f"${whole}.{fraction}"


_SPOKEN = {"prefix": "{} starts so", "word": "a word of the {}", "substring": "in the {}"}


def spoken(label: str) -> str:
    """What a search matched, in words: 'prefix:id' -> 'id starts so', 'capability:vision'
    -> 'capability: vision', 'fuzzy:name' -> 'name, nearly'."""
    kind, _, what = label.partition(":")
    if not what:
        return kind
    if kind in _SPOKEN:
        return _SPOKEN[kind].format(what)
    if kind == "fuzzy":
        return f"{spoken(what)}, nearly"
    return f"{kind}: {what}"


def human_count(n: int | None) -> str:
    """7000000000 -> '7B', 405000000000 -> '405B'; 1.5T; exact when not round."""
    if n is None:
        return "-"
    for size, suffix in ((10**12, "T"), (10**9, "B"), (10**6, "M")):
        if n >= size:
            return f"{n / size:.1f}".removesuffix(".0") + suffix
    return f"{n:,}"
