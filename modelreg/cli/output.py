r"""The one place that decides the output format: JSON, JSONL, CSV, ids, or a table
(modelreg.cli.tables; plain tab-separated rows when piped).

Stdout carries data only; messages go to stderr (modelreg.cli.terminal). JSON, JSONL,
CSV, ids and the plain table never import rich; a terminal gets rich tables and
highlighted JSON. CSV escapes the same way whether piped or not (modelreg.cli.terminal's
``clean``): a CSV is often looked at in a terminal, and a spreadsheet has no use for
control characters. JSON and JSONL are the lossless formats: to a pipe they are plain
``json.dumps`` (C0 escaped as JSON requires); to a terminal the characters ``clean``
escapes are written as JSON ``\uNNNN`` escapes too, so the text stays valid JSON.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from modelreg import schema as vocabulary
from modelreg.cli import terminal
from modelreg.cli.terminal import (
    CONTROL_BUT_NEWLINE,
    UNSAFE,
    clean,
    console,
    stdout,
    write,
)

FORMATS = ("table", "json", "jsonl", "csv", "ids")
_JSON_UNSAFE = re.compile(f"[{UNSAFE}]")  # json.dumps escapes C0 itself


# -- JSON ------------------------------------------------------------------


# JSON larger than this is written to a terminal plain, a list one element per line: highlighting
# token by token costs seconds per megabyte, no one reads that much in colour, and a terminal's
# cost is per line (a whole listing indented is 400,000 lines, four times its time as text).
HIGHLIGHT_LIMIT = 256 * 1024


def emit_json(data: Any, indent: int | None = None) -> None:
    """JSON on stdout: plain json.dumps to a pipe (compact unless ``indent``); in a terminal
    indented and highlighted, or past HIGHLIGHT_LIMIT characters plain: a list one element
    per line, written a piece at a time (``_lines``)."""
    if not terminal.is_terminal():
        write(json.dumps(data, indent=indent, ensure_ascii=not utf8_stdout()))
        return
    pieces = _lines(data)
    if pieces is not None:
        with stdout() as out:
            for piece in pieces:
                out.write(piece)
        return
    text = _json_for_terminal(_indented(data))
    if os.environ.get("NO_COLOR") or len(text) > HIGHLIGHT_LIMIT:
        write(text)
    else:
        from rich.highlighter import JSONHighlighter
        from rich.text import Text

        highlighted = JSONHighlighter()(Text(text))
        highlighted.no_wrap = True
        highlighted.overflow = None
        with stdout():
            console().print(highlighted, markup=False)


def _indented(data: Any) -> str:
    """JSON indented by two, as ``json.dumps(indent=2)`` writes it; encoded by msgspec (ten
    times faster on a whole listing) where stdout takes UTF-8, else with every non-ASCII
    character escaped."""
    if not utf8_stdout():
        return json.dumps(data, indent=2)
    from msgspec import json as msgspec_json

    return msgspec_json.format(msgspec_json.encode(data), indent=2).decode()


def _lines(data: Any, piece: int = 200) -> Iterator[str] | None:
    """A list larger than HIGHLIGHT_LIMIT as a JSON array for a terminal, one element per
    line, in pieces of ``piece`` elements (the terminal reads one while the next is made);
    None for anything else."""
    if not isinstance(data, list):
        return None
    encoded: list[bytes] | list[str]
    items: Iterator[str]
    if utf8_stdout():
        from msgspec import json as msgspec_json

        encoded = [msgspec_json.encode(item) for item in data]
        items = (msgspec_json.format(item, indent=0).decode() for item in encoded)
    else:
        encoded = [json.dumps(item) for item in data]
        items = iter(encoded)
    if sum(map(len, encoded)) <= HIGHLIGHT_LIMIT:
        return None
    return _pieces(items, piece)


def _pieces(items: Iterator[str], piece: int) -> Iterator[str]:
    """The text of a JSON array of these encoded elements, one per line, ``piece`` at a
    time; what ``clean`` escapes written as JSON escapes."""
    separator = "[\n  "
    while part := list(itertools.islice(items, piece)):
        yield separator + ",\n  ".join(map(_json_for_terminal, part))
        separator = ",\n  "
    yield "\n]\n"


def emit_jsonl(objects: Sequence[Any]) -> None:
    """One JSON object per line (nothing at all for none)."""
    if objects:
        ascii_only = not utf8_stdout()
        text = "".join(json.dumps(o, ensure_ascii=ascii_only) + "\n" for o in objects)
        write(_json_for_terminal(text) if terminal.is_terminal() else text)


def utf8_stdout() -> bool:
    """Whether stdout writes UTF-8; JSON to any other encoding escapes non-ASCII as
    ``\\uNNNN`` (still the same JSON) rather than as the encoding's own replacements."""
    encoding = getattr(sys.stdout, "encoding", None) or ""
    return encoding.lower().replace("-", "").replace("_", "") == "utf8"


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _json_escape(match: re.Match[str]) -> str:
    """A non-ASCII character as JSON writes it escaped (a surrogate pair beyond U+FFFF)."""
    code = ord(match.group())
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def _json_for_terminal(text: str) -> str:
    """JSON text with what ``clean`` escapes written as JSON ``\\uNNNN`` escapes (they only
    occur inside strings, so the text stays the same JSON); ASCII without DEL has none."""
    if text.isascii() and "\x7f" not in text:
        return text
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# -- models ------------------------------------------------------------------


def emit_models(
    records: Sequence[Mapping[str, Any]],
    fmt: str,
    extras: Sequence[Mapping[str, Any]] | None = None,
    extra_shape: Mapping[str, Any] | None = None,
    emphasis: str | None = None,
    hidden: str | None = None,
) -> None:
    """Models in any format; ``extras`` adds keys per model (a search's match).

    ``extra_shape`` is an example of those keys, so that CSV has the same
    header when nothing matched; ``hidden`` ("100 retired hidden: --all") ends the
    footer of a table in a terminal.
    """
    if fmt == "json" and not terminal.is_terminal():
        with stdout() as out:
            binary = getattr(out, "buffer", None) if utf8_stdout() else None
            if binary is not None:
                out.flush()  # the bytes go below the text layer, after what it holds
                _write_json_array(records, extras, binary.write)
            else:  # JSON's own escapes for what the encoding cannot hold
                text = out.write
                _write_json_array(
                    records,
                    extras,
                    lambda bytes_: text(_NON_ASCII.sub(_json_escape, str(bytes_, "utf-8"))),
                )
        return
    if fmt == "ids":
        if records:
            ids = "\n".join([r["id"] for r in records])
            if ids.count("\n") != len(records) - 1 or CONTROL_BUT_NEWLINE.search(ids):
                ids = "\n".join(clean(r["id"]) for r in records)  # one needs escapes
            write(ids)
        return
    if fmt == "table":
        from modelreg.cli.model_table import emit_model_table

        emit_model_table(records, extras, emphasis, hidden)
        return
    objects = [{**r, **(extras[i] if extras else {})} for i, r in enumerate(records)]
    if fmt == "json":
        emit_json(objects)
    elif fmt == "jsonl":
        emit_jsonl(objects)
    else:
        shape = {**vocabulary.complete({"id": ""}), **(extra_shape or {})}
        emit_csv(objects, header=list(_flat(shape)))


def _write_json_array(
    records: Sequence[Mapping[str, Any]],
    extras: Sequence[Mapping[str, Any]] | None,
    write: Callable[[memoryview | bytes], object],
    chunk: int = 200,
) -> None:
    """Write a JSON array of ``{**record, **extra}`` objects and a line break, in pieces:
    the objects of one piece at a time, never a copy of every record. msgspec encodes
    them (compact, several times faster than json.dumps; the same values) into one
    buffer, reused from piece to piece."""
    from msgspec import json as msgspec_json

    encode_into = msgspec_json.Encoder().encode_into
    buffer = bytearray()
    for start in range(0, len(records), chunk):
        part = records[start : start + chunk]
        if extras:
            part = [{**r, **e} for r, e in zip(part, extras[start : start + chunk], strict=True)]
        encode_into(part, buffer)  # [a,b]: written as "[a,b", then ",c,d" and so on
        if start:
            buffer[0] = ord(",")
        with memoryview(buffer) as encoded:
            write(encoded[:-1])
    write(b"]\n" if records else b"[]\n")


def emit_record(
    data: Mapping[str, Any], fmt: str, table: Callable[[], None], id_key: str = "model"
) -> None:
    """One result object (a model, its capabilities, a cost) in any format.

    ``table`` renders the table format; ``ids`` prints the object's ``id_key``.
    """
    if fmt == "json":
        emit_json(data)
    elif fmt == "jsonl":
        emit_jsonl([data])
    elif fmt == "csv":
        emit_csv([data])
    elif fmt == "ids":
        write(clean(data[id_key]))
    else:
        table()


# Objects whose keys vary from model to model (and lists of them): one JSON cell.
_FREE_FORM = frozenset({"fine_tuning_config", *vocabulary.PRICE_OBJECTS})


def _flat(obj: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """One CSV row: nested objects spread into dotted columns, lists joined with ';' (offers
    by their sellers' ids)."""
    row: dict[str, Any] = {}
    for key, value in obj.items():
        name = prefix + key
        if key == "pricing" and value is None:
            row.update({f"{name}.{price}": None for price in vocabulary.PRICING_KEYS})
        elif key == "offers":  # the sellers' ids; the offers whole in JSON or with --offers
            row[name] = None if value is None else ";".join(o["id"] for o in value)
        elif isinstance(value, dict) and key not in _FREE_FORM:
            row.update(_flat(value, f"{name}."))
        elif isinstance(value, dict) or (key in _FREE_FORM and isinstance(value, list)):
            row[name] = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, list):
            row[name] = ";".join(map(str, value))
        else:
            row[name] = value
    return row


def emit_csv(objects: Sequence[Mapping[str, Any]], header: Sequence[str] | None = None) -> None:
    """Objects as CSV rows under a header (the first object's columns by default)."""
    rows = [_flat(o) for o in objects]
    columns = list(header if header is not None else rows[0] if rows else [])
    with stdout() as out:
        import csv  # here, not at the top: most runs never write CSV

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([clean(c) for c in columns])
        writer.writerows([_csv_cell(row.get(c)) for c in columns] for row in rows)


def _csv_cell(value: Any) -> Any:
    """A CSV cell: empty for None, text escaped like every table cell, numbers as they are."""
    if value is None:
        return ""
    return value if isinstance(value, bool | int | float) else clean(value)
