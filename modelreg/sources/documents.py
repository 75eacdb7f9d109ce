"""Catalog documents: JSON text (bounded, already read) parsed into a ``Source``: modelreg's
own format (an array, or ``{"format_version": 1, "models": [...]}``) or an outside format by
name or shape."""

from __future__ import annotations

import re
from typing import Any

from modelreg.errors import CatalogError
from modelreg.sources.source import Source

FORMAT_VERSION = 1  # of a catalog document, {"format_version": 1, "models": [...]}
TOP_LEVEL_KEYS = {"models", "format_version", "$schema"}


def parse_catalog(data: str | bytes, label: str, name: str = "", fmt: str | None = None) -> Source:
    """Parse catalog JSON: modelreg's own (an array of definitions, or an object with a
    "models" array), or an outside format: ``fmt`` names it, else it is told by its shape."""
    shown = name or label
    doc = parse_json(data, shown)
    if (
        fmt is None
        and not isinstance(doc, list)
        and not (isinstance(doc, dict) and "models" in doc)
    ):
        from modelreg.formats import detect

        fmt = detect(doc)
    if fmt is None:
        return Source(label, catalog_entries(doc, shown), shown)
    from modelreg.formats import convert

    converted = convert(doc, fmt, label=shown)
    return Source(
        label,
        converted.entries,
        shown,
        outside=converted.format,
        skipped=tuple(converted.skipped),
    )


def parse_json(data: str | bytes, label: str) -> Any:
    """JSON text (str, or UTF-8 bytes) as data; CatalogError names the line and column."""
    if isinstance(data, bytes) and len(data) <= _SMALL:
        doc = _parse_small(data)
        if doc is not _UNPARSED:
            return doc
    from pydantic_core import from_json  # faster than json on a large catalog

    try:
        return from_json(data)  # bytes are parsed as they are, not decoded to str first
    except ValueError as exc:
        if isinstance(data, bytes):  # the message of the text, or of the encoding
            try:
                data = data.decode("utf-8")
            except UnicodeDecodeError as bad:
                raise CatalogError(label, f"not UTF-8 text (byte {bad.start})") from None
            return parse_json(data, label)
        found = re.fullmatch(r"(.*) at line (\d+) column (\d+)", str(exc))
        where = f" at line {found[2]}, column {found[3]}: {found[1]}" if found else f": {exc}"
        raise CatalogError(label, "invalid JSON" + where) from None


# A small document (a user store, ./models.json) is parsed by the json module: importing
# pydantic_core would cost more than the parse.
_SMALL = 1 << 20
_DEPTH = 200  # pydantic_core.from_json refuses documents nested deeper than about 200
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")  # json takes a lone one; from_json does not
_UNPARSED = object()


def _parse_small(data: bytes) -> Any:
    """A small document as from_json reads it, or _UNPARSED where from_json has the last
    word (its error text; not UTF-8; a surrogate escape; nesting near its limit)."""
    import json

    try:
        text = data.decode("utf-8")
        if _SURROGATE.search(text):
            return _UNPARSED
        doc = json.loads(text)
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError included
        return _UNPARSED
    level, containers = 0, [doc]
    while containers:  # breadth first, a level at a time
        level += 1
        if level > _DEPTH:
            return _UNPARSED
        inner = []
        for value in containers:
            if isinstance(value, dict):
                inner += [v for v in value.values() if isinstance(v, dict | list)]
            elif isinstance(value, list):
                inner += [v for v in value if isinstance(v, dict | list)]
        containers = inner
    return doc


def catalog_entries(doc: Any, label: str) -> list[dict[str, Any]]:
    """The entries of a parsed catalog: an array of objects, or an object with a "models" array."""
    if isinstance(doc, dict):
        unknown = sorted(set(doc) - TOP_LEVEL_KEYS)
        if unknown:
            raise CatalogError(label, f"unknown top-level key {unknown[0]!r} (expected 'models')")
        if "models" not in doc:
            raise CatalogError(label, "the top-level object has no 'models' array")
        _check_version(doc.get("format_version", FORMAT_VERSION), label)
        doc = doc["models"]
    if not isinstance(doc, list):
        raise CatalogError(
            label,
            f'expected an array of model objects or {{"models": [...]}}, not {json_type(doc)}',
        )
    for index, entry in enumerate(doc):
        if not isinstance(entry, dict):
            raise CatalogError(
                label, f"must be a JSON object, not {json_type(entry)}", f"entry {index}"
            )
    return doc


def json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


def _check_version(version: Any, label: str) -> None:
    if type(version) is not int or version < 1:
        raise CatalogError(label, f"'format_version' must be a positive integer, not {version!r}")
    if version > FORMAT_VERSION:
        raise CatalogError(
            label,
            f"format_version {version} is newer than this modelreg understands "
            f"({FORMAT_VERSION}); upgrade modelreg",
        )
