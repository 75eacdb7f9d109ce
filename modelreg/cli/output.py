r"""The one place that decides the output format and renders it.

Stdout carries data only; messages go to stderr. JSON, JSONL, CSV, ids and
the plain tab-separated table (what a pipe gets) never import rich; a
terminal gets rich tables and highlighted JSON. Text from a catalog is data:
rich markup is never interpreted, and ``clean`` escapes what could act on a
terminal or hide text (C0 and C1 control characters, DEL, bidi overrides and
isolates, zero-width characters, line and paragraph separators) as ``\xNN`` /
``\uNNNN``, in every cell and header of every table, the ids format and CSV.

CSV escapes the same way whether piped or not: a CSV is often looked at in a
terminal, and a spreadsheet has no use for control characters. JSON and JSONL
are the lossless formats: to a pipe they are plain ``json.dumps`` (C0 escaped
as JSON requires); to a terminal the characters ``clean`` escapes are written
as JSON ``\uNNNN`` escapes too, so the text stays valid JSON.

Writing never ends in Python's "Exception ignored": output is flushed here; a
reader that went away (``| head -1``) ends the run with status 0, and output
that cannot be written (a full disk, a closed stdout) with ``status.OUTPUT``.
Stdout and stderr write what their encoding cannot hold as backslash escapes.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any

from modelreg import schema as vocabulary
from modelreg.cli import status
from modelreg.errors import CatalogError, ModelRegError

if TYPE_CHECKING:
    from rich.console import Console, JustifyMethod

FORMATS = ("table", "json", "jsonl", "csv", "ids")
# Capability marks of the model table: letter, flag, word.
MARKS = tuple((c.letter, c.field or c.name, c.name) for c in vocabulary.MARKED)
# What acts on a terminal or hides text: C0, DEL, C1; zero-width characters, marks and
# the BOM; line and paragraph separators; bidi embeddings, overrides and isolates.
_UNSAFE = r"\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff"
_CONTROL = re.compile(rf"[\x00-\x1f{_UNSAFE}]")
_CONTROL_BUT_NEWLINE = re.compile(rf"[\x00-\x09\x0b-\x1f{_UNSAFE}]")
_JSON_UNSAFE = re.compile(f"[{_UNSAFE}]")  # json.dumps escapes C0 itself
# Narrower than this, a terminal gets the plain rows a pipe gets rather than a table
# squeezed to nothing.
MIN_TABLE_WIDTH = 20


def clean(value: object) -> str:
    """Text safe for a terminal or a TSV cell: control, bidi and zero-width characters
    escaped."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), str(value))


_TABLE_ASKED: list[bool] = []  # set when --format table was given: a table even to a pipe (less -R)


def resolve_format(fmt: str | None, as_json: bool) -> str:
    """The format asked for: --json wins, then --format, else a table (plain when piped)."""
    _TABLE_ASKED[:] = [True] if fmt == "table" and not as_json else []
    if as_json:
        return "json"
    return fmt or "table"


def is_terminal() -> bool:
    """Whether output is for people: a terminal, or a table asked for by name."""
    if _TABLE_ASKED:
        return True
    try:
        return sys.stdout is not None and sys.stdout.isatty()
    except (OSError, ValueError):
        return False


def _forgiving(stream: IO[str]) -> IO[str]:
    """``stream``, writing what its encoding cannot hold as backslash escapes (LANG=C,
    PYTHONIOENCODING=ascii, undecodable bytes from argv or the environment)."""
    if getattr(stream, "errors", "backslashreplace") not in ("backslashreplace", None):
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[attr-defined]
    return stream


def silence_stdout() -> None:
    """The reader went away (`modelreg export | head -1`): point stdout at /dev/null so that
    the interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@contextlib.contextmanager
def stdout() -> Iterator[IO[str]]:
    """Stdout to write to, flushed at the end. A reader that went away ends the run quietly
    (status 0); output that cannot be written ends it with status.OUTPUT."""
    if sys.stdout is None:
        error("cannot write the output: stdout is closed")
        raise SystemExit(status.OUTPUT)
    try:
        yield _forgiving(sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
        raise SystemExit(0) from None
    except OSError as exc:
        silence_stdout()
        if exc.errno == errno.EPIPE:
            raise SystemExit(0) from None
        error(f"cannot write the output: {exc.strerror or exc}")
        raise SystemExit(status.OUTPUT) from None
    except ValueError as exc:  # stdout was closed by someone else
        error(f"cannot write the output: {exc}")
        raise SystemExit(status.OUTPUT) from None


def write(text: str) -> None:
    with stdout() as out:
        out.write(text if text.endswith("\n") else text + "\n")


def _stderr(line: str) -> None:
    """A line on stderr; a stderr that cannot be written loses it, never crashes."""
    if sys.stderr is None:
        return
    with contextlib.suppress(OSError, ValueError):
        stream = _forgiving(sys.stderr)
        stream.write(line)
        stream.flush()


def error(message: str) -> None:
    """One line on stderr."""
    _stderr(f"error: {clean(message)}\n")


def report(exc: ModelRegError) -> int:
    """Say what went wrong in one stderr line (a catalog error with its location); the
    error's exit status."""
    if isinstance(exc, CatalogError):
        catalog_error(exc)
    else:
        error(str(exc))
    return status.of(exc)


def catalog_error(exc: Exception) -> None:
    """A CatalogError on stderr; for the user's implicit sources, how to skip them."""
    source = getattr(exc, "source", "")
    implicit = source.startswith(("file:./models.json", "user-store", "user store", "env:"))
    hint = " (run with --builtin-only to ignore your own sources)" if implicit else ""
    error(f"{exc}{hint}")


def note(message: str) -> None:
    _stderr(f"{clean(message)}\n")


def console(stderr: bool = False) -> Console:
    import shutil

    from rich.console import Console

    plain = bool(os.environ.get("NO_COLOR"))  # no styling escapes at all, not only no colour
    dumb = os.environ.get("TERM") == "dumb"
    console = Console(
        stderr=stderr,
        highlight=False,
        soft_wrap=False,
        color_system=None if plain else "auto",
        force_terminal=(bool(_TABLE_ASKED) and not plain) or None,
        width=shutil.get_terminal_size().columns if dumb or _TABLE_ASKED else None,
    )
    console.on_broken_pipe = _broken_pipe  # type: ignore[method-assign]
    return console


def _broken_pipe() -> None:
    """Rich ends a run on a closed pipe with status 1; modelreg's stdout() makes it 0."""
    raise BrokenPipeError


# -- JSON ------------------------------------------------------------------


# JSON larger than this is written to a terminal indented but not highlighted: highlighting
# token by token costs seconds per megabyte, and no one reads that much in colour.
HIGHLIGHT_LIMIT = 256 * 1024


def emit_json(data: Any, indent: int | None = None) -> None:
    """JSON on stdout: plain json.dumps to a pipe (compact unless ``indent``), indented and
    (up to HIGHLIGHT_LIMIT characters) highlighted in a terminal."""
    if not is_terminal():
        write(json.dumps(data, indent=indent, ensure_ascii=not utf8_stdout()))
        return
    text = _json_for_terminal(json.dumps(data, indent=2, ensure_ascii=not utf8_stdout()))
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


def emit_jsonl(objects: Sequence[Any]) -> None:
    """One JSON object per line (nothing at all for none)."""
    if objects:
        ascii_only = not utf8_stdout()
        text = "".join(json.dumps(o, ensure_ascii=ascii_only) + "\n" for o in objects)
        write(_json_for_terminal(text) if is_terminal() else text)


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
    occur inside strings, so the text stays the same JSON)."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# -- models ------------------------------------------------------------------


def emit_models(
    records: Sequence[Mapping[str, Any]],
    fmt: str,
    extras: Sequence[Mapping[str, Any]] | None = None,
    extra_shape: Mapping[str, Any] | None = None,
    emphasis: str | None = None,
) -> None:
    """Models in any format; ``extras`` adds keys per model (a search's match).

    ``extra_shape`` is an example of those keys, so that CSV has the same
    header when nothing matched.
    """
    if fmt == "json" and not is_terminal():
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
            if ids.count("\n") != len(records) - 1 or _CONTROL_BUT_NEWLINE.search(ids):
                ids = "\n".join(clean(r["id"]) for r in records)  # one needs escapes
            write(ids)
        return
    if fmt == "table":
        _emit_model_table(records, extras, emphasis)
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
    chunk: int = 1000,
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


# Dicts whose keys vary from model to model: one JSON cell rather than columns.
_FREE_FORM = frozenset({"fine_tuning_config", *vocabulary.PRICE_OBJECTS})


def _flat(obj: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """One CSV row: nested objects spread into dotted columns, lists joined with ';'."""
    row: dict[str, Any] = {}
    for key, value in obj.items():
        name = prefix + key
        if key == "pricing" and value is None:
            row.update({f"{name}.{price}": None for price in vocabulary.PRICING_KEYS})
        elif isinstance(value, dict) and key not in _FREE_FORM:
            row.update(_flat(value, f"{name}."))
        elif isinstance(value, dict):
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
        import csv  # here, not at the top: the fast paths never write CSV

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([clean(c) for c in columns])
        writer.writerows([_csv_cell(row.get(c)) for c in columns] for row in rows)


def _csv_cell(value: Any) -> Any:
    """A CSV cell: empty for None, text escaped like every table cell, numbers as they are."""
    if value is None:
        return ""
    return value if isinstance(value, bool | int | float) else clean(value)


def text(value: Any, human: bool = False) -> str:
    """A value as a table cell: yes/no, lists joined, '-' for none; 128,000 for people."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if human and isinstance(value, int) and value >= 10_000:
        return f"{value:,}"
    return str(value)


def capability_words(record: Mapping[str, Any]) -> list[str]:
    return [word for _, flag, word in MARKS if record[flag]]


def _price(record: Mapping[str, Any], key: str) -> float | None:
    return (record["pricing"] or {}).get(key)


def human_tokens(n: int | None) -> str:
    """Token counts the same short way everywhere: 128000 -> '128K', 131072 -> '128K',
    1048576 -> '1M', 16385 -> '16.4K', 1050000 -> '1.05M'."""
    if n is None:
        return "-"
    for size, suffix in ((1_000_000, "M"), (1024 * 1024, "M"), (1000, "K"), (1024, "K")):
        if n >= size and n % size == 0:
            return f"{n // size}{suffix}"
    for size, suffix in ((1_000_000, "M"), (1000, "K")):
        if n >= size:
            return f"{n / size:.3g}{suffix}"
    return str(n)


def money(value: float | None) -> str:
    if value is None:
        return "-"
    return f"${value:,.2f}" if value >= 0.01 or value == 0 else f"${value:.6g}"


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
_TOKENS = ("context_window", "max_completion_tokens", "embedding_dimensions")


def _cell(record: Mapping[str, Any], column: str, human: bool) -> Any:
    """One model table cell: 128K and $2.50 for people, plain values when piped."""
    if column == "capabilities":
        if human:
            return "".join(letter if record[flag] else "·" for letter, flag, _ in MARKS)
        return ",".join(capability_words(record))
    if column in vocabulary.PRICE_FIELDS:
        price = _price(record, column)
        return money(price) if human else price
    value = record.get(column)
    if human and column in _TOKENS:
        return human_tokens(value)
    if human and column == "parameters":
        return human_count(value)
    if column == "status" and record.get("fictional"):
        return f"{value}, fictional" if human else value
    return value if not human else text(value)


def _emit_model_table(
    records: Sequence[Mapping[str, Any]],
    extras: Sequence[Mapping[str, Any]] | None,
    emphasis: str | None = None,
) -> None:
    human = is_terminal()
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
    rows = [[_cell(r, c, human) for c in columns] for r in records]
    headers = [
        _COLUMNS.get(c, (c, c.replace("_", " ").capitalize()))[1 if human else 0] for c in columns
    ]
    if extras:
        headers += ["Score", "Matched"] if human else ["score", "matched"]
        for row, extra in zip(rows, extras, strict=True):
            match = extra["match"]
            if human:
                row += [f"{match['score']:.0f}", ", ".join(map(spoken, match["matched"]))]
            else:
                row += [match["score"], ",".join(match["matched"])]
    if not records:
        note("no models match")
    if not human:
        emit_plain(headers, rows)
        return
    if not records:
        return
    priority = ["id", *([emphasis] if emphasis in columns else []), *_PRIORITY, *_WIDE]
    order = [columns.index(c) for c in dict.fromkeys(priority) if c in columns]
    if extras:
        order += [len(columns), len(columns) + 1]
    legend = "  ".join(f"{letter}={word}" for letter, _, word in MARKS)  # no item breaks
    count = f"{len(records)} model" + ("" if len(records) == 1 else "s")
    numeric = {
        i for i, c in enumerate(columns) if c in (*_TOKENS, *vocabulary.PRICE_FIELDS, "parameters")
    }
    emit_rich_table(headers, rows, caption=f"{count} · {legend}", right=numeric, priority=order)


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


# -- generic tables ----------------------------------------------------------


def emit_plain(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Tab-separated rows under a header line: no colour, no boxes, nothing cut."""
    lines = ["\t".join(clean(h) for h in headers)]
    for row in rows:
        lines.append("\t".join("" if v is None else clean(v) for v in row))
    write("\n".join(lines))


def emit_rich_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    caption: str | None = None,
    right: Iterable[int] = (),
    priority: Sequence[int] | None = None,
) -> None:
    """A rich table in the terminal; every cell is literal text.

    ``priority`` lists the columns most important first (default: as given). When the
    table is wider than the terminal, the least important columns are left out (first
    those with nothing to show), then any left out that fit again come back. The first
    column (an id) never wraps or folds: as a last resort it is cut with an ellipsis.
    """
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    out = console()
    if out.width < MIN_TABLE_WIDTH:
        emit_plain(headers, rows)
        return
    cells = [[clean("" if v is None else v) for v in row] for row in rows]
    widths = [
        max([cell_len(clean(h)), *(cell_len(row[i]) for row in cells)])
        for i, h in enumerate(headers)
    ]
    if len(headers) > 1 and priority is not None:  # a long id gives way to the columns
        widths[0] = min(widths[0], max(24, out.width * 45 // 100))
    ranked = list(range(len(headers)) if priority is None else priority)
    empty = {i for i in ranked[1:] if all(row[i] in ("", "-") for row in cells)}

    def fits(columns: Iterable[int]) -> bool:
        columns = list(columns)  # cells, a padding space each side, one space between columns
        return sum(widths[i] for i in columns) + 3 * len(columns) + 1 <= out.width

    shown = list(ranked)
    if priority is not None:  # columns that may give way; others fold in place
        shown = [i for i in ranked if i not in empty]
        while len(shown) > 1 and not fits(shown):
            shown.pop()
        for i in ranked:  # what still fits comes back, most important first
            if i not in shown and i not in empty and fits([*shown, i]):
                shown.append(i)
    right = set(right)
    fixed = fits(shown)  # every width known: nothing wraps, and rich need not measure a cell
    table = Table(box=box.SIMPLE_HEAD, caption=caption, caption_justify="left")
    for n, i in enumerate(sorted(shown)):
        justify: JustifyMethod = "right" if i in right else "left"
        first = n == 0
        table.add_column(
            Text(clean(headers[i])),
            justify=justify,
            no_wrap=first,
            overflow="ellipsis" if first else "fold",
            width=widths[i] if fixed else None,
            max_width=widths[i] if first else None,
        )
    if fixed and cells:  # rich draws the edges, header and caption; the rows are ours
        with out.capture() as captured:
            out.print(table)
        edges = captured.get().split("\n")
        columns = [(i, widths[i], i in right) for i in sorted(shown)]
        body = [
            _table_line([(row[i], width, flush) for i, width, flush in columns]) for row in cells
        ]
        write("\n".join([*edges[:3], *body, *edges[3:]]))
        return
    for row in cells:
        table.add_row(*(Text(row[i]) for i in sorted(shown)))
    with stdout():
        out.print(table)


_TRAILING_SPACE = re.compile(r"\s+$")


def _table_line(cells: Sequence[tuple[str, int, bool]]) -> str:
    """One body line of a rich SIMPLE_HEAD table whose columns all fit, drawn as rich draws
    it: (text, width, right-justified) per cell; the first cell never wraps and is cut with
    an ellipsis, the others fit their width (tests/cli/test_output.py holds it to rich)."""
    from rich.cells import cell_len, set_cell_size

    drawn = []
    for n, (value, width, flush) in enumerate(cells):
        if n and len(value) > width:  # rich's rstrip_end for a column that may wrap
            spaces = _TRAILING_SPACE.search(value)
            if spaces:
                value = value[: len(value) - min(len(spaces.group()), len(value) - width)]
        if flush:
            value = value.rstrip()
        size = cell_len(value)
        if size > width:
            value, size = set_cell_size(value, width - 1) + "…", width
        pad = " " * (width - size)
        drawn.append(f" {pad}{value} " if flush else f" {value}{pad} ")
    return " " + " ".join(drawn) + " "


def emit_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], **rich_options: Any) -> None:
    """A table for people in a terminal, tab-separated rows for a pipe."""
    if is_terminal():
        emit_rich_table(headers, rows, **rich_options)
    else:
        emit_plain(headers, rows)


def emit_sections(title: str, sections: Sequence[tuple[str, Sequence[tuple[str, Any]]]]) -> None:
    """Grouped key/value pairs: panels in a terminal, ``section<TAB>key<TAB>value`` piped."""
    out = console() if is_terminal() else None
    if out is None or out.width < MIN_TABLE_WIDTH:
        emit_plain(
            ["section", "field", "value"],
            [(name, key, value) for name, pairs in sections for key, value in pairs],
        )
        return
    from rich.table import Table
    from rich.text import Text

    with stdout():
        out.print(Text(clean(title), style="bold"))
        for name, pairs in sections:
            if not pairs:
                continue
            table = Table(
                title=clean(name), title_justify="left", show_header=False, box=None, padding=(0, 2)
            )
            table.add_column(style="dim", no_wrap=True)
            table.add_column(overflow="fold")
            for key, value in pairs:
                table.add_row(Text(clean(key)), Text(clean("-" if value is None else value)))
            out.print(table)
