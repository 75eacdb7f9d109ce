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
    text = str(value)
    if text.isascii() and text.isprintable():  # most cells: nothing to escape
        return text
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), text)


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


def usage_error(message: str, command: str) -> int:
    """A usage error of a command (``modelreg show``) on stderr, pointing at its help; the
    usage status."""
    error(f"{message} (see '{command} --help')")
    return status.USAGE


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
    hidden: str | None = None,
) -> None:
    """Models in any format; ``extras`` adds keys per model (a search's match).

    ``extra_shape`` is an example of those keys, so that CSV has the same
    header when nothing matched; ``hidden`` ("100 retired hidden: --all") ends the
    footer of a table in a terminal.
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
        _emit_model_table(records, extras, emphasis, hidden)
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
        import csv  # here, not at the top: the fast paths never write CSV

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([clean(c) for c in columns])
        writer.writerows([_csv_cell(row.get(c)) for c in columns] for row in rows)


def _csv_cell(value: Any) -> Any:
    """A CSV cell: empty for None, text escaped like every table cell, numbers as they are."""
    if value is None:
        return ""
    return value if isinstance(value, bool | int | float) else clean(value)


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


def _price(record: Mapping[str, Any], key: str) -> float | None:
    return (record["pricing"] or {}).get(key)


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
    from decimal import Decimal

    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return format(exact, ",f" if grouped else "f")


def money(value: float | None) -> str:
    """USD for people: cents at least, and as many more digits as the amount has ($2.50,
    $0.435, $0.00006, $1,234.50); never rounded away, never an exponent."""
    if value is None:
        return "-"
    digits = _decimal(value, grouped=True)
    whole, _, fraction = digits.partition(".")
    fraction = fraction.rstrip("0").ljust(2, "0")
    return f"${whole}.{fraction}"


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
    if column == "status" and record.get("fictional"):
        return f"{value}, fictional" if human else value
    return value if not human else text(value, human, column)


def _emit_model_table(
    records: Sequence[Mapping[str, Any]],
    extras: Sequence[Mapping[str, Any]] | None,
    emphasis: str | None = None,
    hidden: str | None = None,
) -> None:
    """The model table; ``hidden`` says, in the footer, what the listing left out."""
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
    if hidden:
        count += f" ({hidden})"
    numeric = {
        i for i, c in enumerate(columns) if c in (*_TOKENS, *vocabulary.PRICE_FIELDS, "parameters")
    }
    emit_rich_table(
        headers,
        rows,
        caption=count,
        right=numeric,
        priority=order,
        legend=(columns.index("capabilities"), legend),
        extra=[i for i, c in enumerate(columns) if c in _WIDE and c != emphasis],
    )


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
    legend: tuple[int, str] | None = None,
    extra: Iterable[int] = (),
) -> None:
    """A rich table in the terminal; every cell is literal text, and no word of it (an id, a
    field name, a price) is ever cut or broken across lines.

    ``priority`` lists the columns most important first: when the table is wider than the
    terminal, the least important columns are left out (first those with nothing to show,
    then from the end of the list; the caption names those that had something), then any
    that fit again come back. Without ``priority`` every column is needed: a table that
    does not fit is printed a row at a time instead (a block per row, a line per column).
    Cells wrap at spaces, so lists wrap after their commas. ``legend`` (column, text) is
    added to the caption when that column is shown; ``extra`` columns are shown when there
    is room, and not named when there is not.
    """
    out = console()
    if out.width < MIN_TABLE_WIDTH:
        emit_plain(headers, rows)
        return
    cells = [[clean("" if v is None else v) for v in row] for row in rows]
    plan = _plan(headers, cells, out.width, priority)
    if plan is None:
        if priority is None and len(headers) > 1 and cells:
            _emit_vertical(headers, cells, caption, out)
        else:  # not even the first column fits: rows as a pipe gets them, nothing cut
            emit_plain(headers, rows)
        return
    shown, widths, natural = plan
    notes = [caption] if caption else []
    if legend is not None and legend[0] in shown:
        notes.append(legend[1])
    extra = set(extra)
    left_out = [
        clean(headers[i])
        for i in (priority or ())
        if i not in shown and i not in extra and any(row[i] not in ("", "-") for row in cells)
    ]
    if left_out:
        notes.append(f"columns left out: {', '.join(left_out)}")
    _draw(headers, cells, shown, widths, natural, set(right), " · ".join(notes) or None, out)


_SPACE = re.compile(r"\s")


def _word_width(text: str) -> int:
    """The width of the longest word of ``text`` (what a column must hold to break none)."""
    from rich.cells import cell_len

    return max((cell_len(word) for word in text.split()), default=0)


def _plan(
    headers: Sequence[str],
    cells: Sequence[Sequence[str]],
    width: int,
    priority: Sequence[int] | None,
) -> tuple[list[int], list[int], list[int]] | None:
    """(columns shown, in order; the width of each; the width each needs on one line) of a
    table ``width`` wide in which no word breaks and the first column never wraps, or None
    when there is none."""
    from rich.cells import cell_len

    count = len(headers)
    natural = [
        max([cell_len(clean(headers[i])), *(cell_len(row[i]) for row in cells)])
        for i in range(count)
    ]
    least = list(natural)  # the first column never wraps, nor a title, nor a single word
    for i in range(1, count):
        if any(_SPACE.search(row[i]) for row in cells):
            title = cell_len(clean(headers[i]))
            least[i] = max([title, *(_word_width(row[i]) for row in cells), 1])

    def fits(columns: Iterable[int], sizes: Sequence[int]) -> bool:
        columns = list(columns)  # cells, a padding space each side, one space between columns
        return sum(sizes[i] for i in columns) + 3 * len(columns) + 1 <= width

    if priority is None:
        shown = list(range(count))
        if not fits(shown, least):
            return None
    else:
        empty = {i for i in priority[1:] if all(row[i] in ("", "-") for row in cells)}
        shown = [i for i in priority if i not in empty]
        while len(shown) > 1 and not fits(shown, least):
            shown.pop()
        if not fits(shown, least):
            return None
        for i in priority:  # what still fits comes back, most important first
            if i not in shown and i not in empty and fits([*shown, i], least):
                shown.append(i)
        shown.sort()
    sizes = list(natural)
    while not fits(shown, sizes):  # narrow the widest column that can wrap, a cell at a time
        widest = max((i for i in shown if sizes[i] > least[i]), key=sizes.__getitem__)
        sizes[widest] -= 1
    return shown, [sizes[i] for i in shown], [natural[i] for i in shown]


def _draw(
    headers: Sequence[str],
    cells: Sequence[Sequence[str]],
    shown: Sequence[int],
    widths: Sequence[int],
    natural: Sequence[int],
    right: set[int],
    caption: str | None,
    out: Console,
) -> None:
    """Draw the planned table: rich draws the edges, header and caption; when every cell
    fits on one line, the rows are drawn here, as rich draws them (much faster)."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, caption=caption, caption_justify="left")
    for n, (i, width) in enumerate(zip(shown, widths, strict=True)):
        justify: JustifyMethod = "right" if i in right else "left"
        table.add_column(
            Text(clean(headers[i])),
            justify=justify,
            no_wrap=n == 0,
            overflow="fold",  # never used: every column holds its longest word
            width=width,
        )
    # a lifecycle status is coloured (STATUS_STYLES)
    status = next((i for i in shown if headers[i].lower() == "status"), None)
    one_line = list(widths) == list(natural)
    if one_line and cells:
        with out.capture() as captured:
            out.print(table)
        edges = captured.get().split("\n")
        columns = [(i, width, i in right) for i, width in zip(shown, widths, strict=True)]
        paint = _painter(out) if status is not None else None
        at = shown.index(status) if status is not None else -1

        def paints(row: Sequence[str]) -> dict[int, Callable[[str], str]]:
            style = status_style(row[status]) if paint and status is not None else ""
            return {at: paint(style)} if paint and style else {}

        body = [
            _table_line([(row[i], width, flush) for i, width, flush in columns], paints(row))
            for row in cells
        ]
        write("\n".join([*edges[:3], *body, *edges[3:]]))
        return
    for row in cells:
        table.add_row(
            *(Text(row[i], style=status_style(row[i]) if i == status else "") for i in shown)
        )
    with stdout():
        out.print(table)


def _emit_vertical(
    headers: Sequence[str], cells: Sequence[Sequence[str]], caption: str | None, out: Console
) -> None:
    """A table too wide for the terminal, a block per row: the row's first cell (and any
    cell whose column has no title) as its heading, then a line per column that has a
    value in this row."""
    untitled = [i for i in range(1, len(headers)) if not headers[i].strip()]
    blocks = []
    for row in cells:
        heading = " ".join([row[0], *(row[i] for i in untitled if row[i])])
        pairs = [
            (headers[i], row[i]) for i in range(1, len(headers)) if i not in untitled and row[i]
        ]
        blocks.append((heading, pairs))
    _print_blocks(None, blocks, out)
    if caption:
        write(caption)


def _table_line(
    cells: Sequence[tuple[str, int, bool]],
    paints: Mapping[int, Callable[[str], str]] | None = None,
) -> str:
    """One body line of a rich SIMPLE_HEAD table whose cells all fit their columns, drawn as
    rich draws it: (text, width, right-justified) per cell, ``paints`` colouring some by
    their position (tests/cli/test_output.py holds it to rich)."""
    from rich.cells import cell_len

    drawn = []
    for n, (value, width, flush) in enumerate(cells):
        if flush:
            value = value.rstrip()
        pad = " " * (width - cell_len(value))
        if paints and n in paints:
            value = paints[n](value)
        drawn.append(f" {pad}{value} " if flush else f" {value}{pad} ")
    return " " + " ".join(drawn) + " "


# The colour of a lifecycle status in tables and show (none for active).
STATUS_STYLES = {"retired": "red", "deprecated": "yellow", "preview": "cyan"}


def status_style(value: str) -> str:
    """The style of a status cell ('deprecated', 'active, fictional'), or ''."""
    return STATUS_STYLES.get(value.partition(",")[0].strip(), "")


def _painter(out: Console) -> Callable[[str], Callable[[str], str]] | None:
    """Text in a style as this console writes it (its colours), or None without colour."""
    from rich.color import ColorSystem
    from rich.style import Style

    systems = {
        "standard": ColorSystem.STANDARD,
        "256": ColorSystem.EIGHT_BIT,
        "truecolor": ColorSystem.TRUECOLOR,
        "windows": ColorSystem.WINDOWS,
    }
    system = systems.get(out.color_system or "")
    if system is None or out.no_color:
        return None
    return lambda style: lambda text: Style.parse(style).render(text, color_system=system)


def emit_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], **rich_options: Any) -> None:
    """A table for people in a terminal, tab-separated rows for a pipe."""
    if is_terminal():
        emit_rich_table(headers, rows, **rich_options)
    else:
        emit_plain(headers, rows)


def emit_sections(title: str, sections: Sequence[tuple[str, Sequence[tuple[str, Any]]]]) -> None:
    """Grouped key/value pairs: titled blocks in a terminal, ``section<TAB>key<TAB>value``
    piped. Values wrap at spaces; no word is ever broken (one longer than the line is
    written whole, and the terminal wraps it)."""
    out = console() if is_terminal() else None
    if out is None or out.width < MIN_TABLE_WIDTH:
        emit_plain(
            ["section", "field", "value"],
            [(name, key, value) for name, pairs in sections for key, value in pairs],
        )
        return
    _print_blocks(title, sections, out)


def _print_blocks(
    title: str | None, sections: Sequence[tuple[str, Sequence[tuple[str, Any]]]], out: Console
) -> None:
    """Titled blocks of ``key  value`` lines, indented by two; a value that does not fit
    beside its key wraps at spaces, or starts on the next line when a word of it would not
    fit there."""
    from rich.cells import cell_len
    from rich.text import Text

    lines: list[Text] = []
    if title is not None:
        lines += [Text(part, style="bold") for part in _wrap(clean(title), out.width)]
    for name, pairs in sections:
        if not pairs:
            continue
        lines.append(Text(clean(name), style="bold"))
        keys = [clean(key) for key, _ in pairs]
        key_width = max(map(cell_len, keys))
        for key, (_, value) in zip(keys, pairs, strict=True):
            value = clean("-" if value is None else value)
            room = out.width - 2 - key_width - 2
            if room >= 12 and _word_width(value) <= room:
                wrapped = _wrap(value, room)
                pad = " " * (key_width - cell_len(key) + 2)
                style = status_style(value) if key == "status" else ""
                lines.append(Text.assemble("  ", (key, "dim"), pad, (wrapped[0], style)))
                lines += [Text(" " * (key_width + 4) + more) for more in wrapped[1:]]
            else:
                lines.append(Text.assemble("  ", (key, "dim")))
                lines += [Text("    " + more) for more in _wrap(value, out.width - 4)]
    with stdout():
        for line in lines:
            out.print(line, soft_wrap=True)


def _wrap(value: str, width: int) -> list[str]:
    """``value`` in lines at most ``width`` wide, broken at spaces only (a longer word is a
    line of its own)."""
    from rich.cells import cell_len

    lines: list[str] = []
    current = ""
    for word in value.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and cell_len(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current]
