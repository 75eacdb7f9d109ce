"""Small documents are parsed by the json module, large ones by pydantic_core.from_json:
both read every document alike, and where they could differ (surrogate escapes, nesting
near from_json's limit, errors) from_json has the last word."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic_core import from_json

from modelreg import sources
from modelreg.errors import CatalogError
from modelreg.sources import documents as parsing

documents = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**30), 10**30),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(),
    ),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


def outcome(parse: Any, data: bytes) -> tuple[str, str]:
    try:
        return "ok", repr(parse(data))
    except (ValueError, CatalogError) as exc:
        return "error", str(exc)


def by_from_json(data: bytes) -> tuple[str, str]:
    return outcome(lambda d: from_json(d.decode("utf-8")), data)


@settings(max_examples=300, deadline=None)
@given(documents)
def test_any_document_reads_the_same(doc: Any) -> None:
    data = json.dumps(doc, ensure_ascii=False).encode()
    assert outcome(lambda d: sources.parse_json(d, "x"), data) == by_from_json(data)
    assert parsing._parse_small(data) is not parsing._UNPARSED  # json read it


def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@pytest.mark.parametrize(
    "data",
    [
        _nested(150),
        _nested(200),
        _nested(201),
        _nested(202),
        _nested(5000),
        b"[NaN, Infinity, -Infinity, 1e400]",
        b'["\\ud800"]',
        b'["\\ud83d\\ude00", "\\\\ud800"]',
        "[1]".encode("utf-16"),
        b"\xef\xbb\xbf[1]",
    ],
    ids=["150", "200", "201", "202", "5000", "nan", "surrogate", "pair", "utf-16", "bom"],
)
def test_what_only_from_json_decides_reads_as_it_says(data: bytes) -> None:
    try:
        large = repr(from_json(data))
    except ValueError:
        with pytest.raises(CatalogError, match=r"invalid JSON|not UTF-8 text"):
            sources.parse_json(data, "x")
        return
    small = repr(sources.parse_json(data, "x"))
    assert small == large
    if b"NaN" in data:
        assert math.isnan(sources.parse_json(data, "x")[0])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"[1,", "x: invalid JSON at line 1, column 3: EOF while parsing a value"),
        (b'{"a": 1,}', "x: invalid JSON at line 1, column 9: trailing comma"),
        (b"\xff[1]", "x: not UTF-8 text (byte 0)"),
        (b'["\xc3"]', "x: not UTF-8 text (byte 2)"),
    ],
)
def test_errors_name_the_line_column_or_byte(data: bytes, message: str) -> None:
    with pytest.raises(CatalogError) as caught:
        sources.parse_json(data, "x")
    assert str(caught.value) == message
