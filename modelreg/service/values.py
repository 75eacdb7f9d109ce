"""Value checks of request parameters: None when a value is well formed, else (code,
"must be ..."), which ``invalid`` turns into a Violation. They know nothing of the model."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, TypeGuard

from modelreg.service.violations import Violation

Problem = tuple[str, str]
Check = Callable[[Any], Problem | None]


def describe(value: Any) -> str:
    """The JSON type of a value, with its article: 'a string', 'an array'."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def show(value: int) -> str:
    """An integer for a message (a huge one would exceed Python's int-to-str limit)."""
    return str(value) if value.bit_length() <= 100 else "more than 10^30"


def anything(value: Any) -> Problem | None:
    return None


def typed(expected: str, ok: Callable[[Any], bool]) -> Check:
    def check(value: Any) -> Problem | None:
        return None if ok(value) else ("invalid_type", expected)

    return check


def is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_object(value: Any) -> bool:
    return isinstance(value, Mapping)


def is_array(value: Any) -> bool:
    return isinstance(value, list)


boolean = typed("a boolean", lambda v: isinstance(v, bool))
string = typed("a string", lambda v: isinstance(v, str))
json_object = typed("an object", is_object)
json_array = typed("an array", is_array)
present = typed("given", lambda v: v is not None)
string_or_object = typed("a string or an object", lambda v: isinstance(v, str) or is_object(v))
string_or_array = typed("a string or an array", lambda v: isinstance(v, str) or is_array(v))


def integer(low: int, high: int) -> Check:
    """An integer from low to high."""

    def check(value: Any) -> Problem | None:
        if not is_int(value):
            return ("invalid_type", "an integer")
        return (
            None if low <= value <= high else ("invalid_value", f"an integer from {low} to {high}")
        )

    return check


def _counting(minimum: int) -> Check:
    """A count of at least 0 or 1: anything else (0 tokens, 2.5, "10") is the wrong type."""
    expected = "a positive integer" if minimum else "a non-negative integer"

    def check(value: Any) -> Problem | None:
        return None if is_int(value) and value >= minimum else ("invalid_type", expected)

    return check


positive = _counting(1)


def number(low: float, high: float) -> Check:
    def check(value: Any) -> Problem | None:
        if not is_number(value):
            return ("invalid_type", "a number")
        if isinstance(value, float) and not math.isfinite(value):
            return ("invalid_value", "a finite number")
        if not low <= value <= high:
            return ("invalid_value", f"a number from {low:g} to {high:g}")
        return None

    return check


def enum(*values: str) -> Check:
    choices = ", ".join(map(repr, values))

    def check(value: Any) -> Problem | None:
        if not isinstance(value, str):
            return ("invalid_type", "a string")
        return None if value in values else ("invalid_value", f"one of {choices}")

    return check


def strings(enum: Check | None = None, max_items: int | None = None) -> Check:
    """An array of strings (each one of an enum's values, if given)."""

    def check(value: Any) -> Problem | None:
        if not is_array(value) or not all(isinstance(item, str) for item in value):
            return ("invalid_type", "an array of strings")
        if max_items is not None and len(value) > max_items:
            return ("invalid_value", f"an array of at most {max_items} strings")
        for item in value:
            problem = enum(item) if enum else None
            if problem:
                return ("invalid_value", f"an array of {problem[1]}")
        return None

    return check


def either(first: Check, second: Check, expected: str) -> Check:
    """Well formed by one check or the other; the wrong type names both."""

    def check(value: Any) -> Problem | None:
        problems = (first(value), second(value))
        if None in problems:
            return None
        values = [p for p in problems if p and p[0] == "invalid_value"]
        return values[0] if values else ("invalid_type", expected)

    return check


def non_empty_array(value: Any) -> Problem | None:
    if not is_array(value):
        return ("invalid_type", "an array")
    return None if value else ("invalid_value", "a non-empty array")


def logit_bias(value: Any) -> Problem | None:
    if not is_object(value):
        return ("invalid_type", "an object")
    if not all(is_number(bias) for bias in value.values()):
        return ("invalid_type", "an object of token ids to numbers")
    if not all(isinstance(bias, int) or math.isfinite(bias) for bias in value.values()):
        return ("invalid_value", "an object of token ids to finite numbers")
    if not all(-100 <= bias <= 100 for bias in value.values()):
        return ("invalid_value", "an object of token ids to biases from -100 to 100")
    return None


def embedding_input(value: Any) -> Problem | None:
    """A string, an array of strings, of token ids, or of arrays of token ids; not empty."""
    expected = "a string, an array of strings or an array of token arrays"

    def tokens(item: Any) -> bool:
        return is_array(item) and all(is_int(t) for t in item)

    if isinstance(value, str):
        return None
    if not is_array(value):
        return ("invalid_type", expected)
    if not value:
        return ("invalid_value", "not empty")
    kinds = (lambda i: isinstance(i, str), is_int, tokens)
    if any(all(map(kind, value)) for kind in kinds):
        return None
    return ("invalid_type", expected)


_FORMAT_TYPES = ("text", "json_object", "json_schema")


def format_object(value: Any) -> Problem | None:
    """A response format: an object whose 'type' is text, json_object or json_schema."""
    if not is_object(value):
        return ("invalid_type", "an object")
    kind = value.get("type")
    if not isinstance(kind, str):
        return ("invalid_type", "an object with a string 'type'")
    if kind not in _FORMAT_TYPES:
        return ("invalid_value", "an object whose 'type' is one of " + ", ".join(_FORMAT_TYPES))
    if kind == "json_schema" and not is_object(value.get("json_schema", value.get("schema"))):
        return ("invalid_type", "an object with a 'json_schema' object")
    return None


def text_options(value: Any) -> Problem | None:
    """The Responses API's ``text``: an object whose ``format`` is a response format."""
    if not is_object(value):
        return ("invalid_type", "an object")
    if value.get("format") is not None and format_object(value["format"]):
        return (
            "invalid_type",
            "an object whose 'format' has a 'type' of " + "/".join(_FORMAT_TYPES),
        )
    return None


def invalid(param: str, problem: Problem, value: Any) -> Violation:
    code, expected = problem
    shown = f", not {describe(value)}" if code == "invalid_type" else ""
    return Violation(param, code, f"{param!r} must be {expected}{shown}")
