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
that cannot be written (a full disk, a closed stdout) with ``EXIT_OUTPUT``.
Stdout and stderr write what their encoding cannot hold as backslash escapes.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any

from modelreg import record as vocabulary

if TYPE_CHECKING:
    from rich.console import Console, JustifyMethod

EXIT_OUTPUT = 6  # the output cannot be written (disk full, stdout closed)
FORMATS = ("table", "json", "jsonl", "csv", "ids")
# Capability marks of the model table: letter, flag, word.
MARKS = tuple((c.letter, c.field or c.name, c.name) for c in vocabulary.MARKED)
# What acts on a terminal or hides text: C0, DEL, C1; zero-width characters, marks and
# the BOM; line and paragraph separators; bidi embeddings, overrides and isolates.
_UNSAFE = r"\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff"
_CONTROL = re.compile(rf"[\x00-\x1f{_UNSAFE}]")
_JSON_UNSAFE = re.compile(f"[{_UNSAFE}]")  # json.dumps escapes C0 itself
# Narrower than this, a terminal gets the plain rows a pipe gets rather than a table
# squeezed to nothing.
MIN_TABLE_WIDTH = 20


def clean(value: object) -> str:
    """Text safe for a terminal or a TSV cell: control, bidi and zero-width characters
    escaped."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), str(value))


def resolve_format(fmt: str | None, as_json: bool) -> str:
    """The format asked for: --json wins, then --format, else a table."""
    if as_json:
        return "json"
    return fmt or "table"


def is_terminal() -> bool:
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
    (status 0); output that cannot be written ends it with EXIT_OUTPUT."""
    if sys.stdout is None:
        error("cannot write the output: stdout is closed")
        raise SystemExit(EXIT_OUTPUT)
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
        raise SystemExit(EXIT_OUTPUT) from None
    except ValueError as exc:  # stdout was closed by someone else
        error(f"cannot write the output: {exc}")
        raise SystemExit(EXIT_OUTPUT) from None


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


def catalog_error(exc: Exception) -> None:
    """A CatalogError on stderr; for the user's implicit sources, how to skip them."""
    source = getattr(exc, "source", "")
    implicit = source.startswith(("file:./models.json", "user-store", "user store", "env:"))
    hint = " (run with --builtin-only to ignore your own sources)" if implicit else ""
    error(f"{exc}{hint}")


def note(message: str) -> None:
    _stderr(f"{clean(message)}\n")


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


# -- JSON ------------------------------------------------------------------


def emit_json(data: Any, indent: int | None = None) -> None:
    """JSON on stdout: plain json.dumps to a pipe (compact unless ``indent``), indented and
    highlighted in a terminal."""
    if not is_terminal():
        write(json.dumps(data, indent=indent, ensure_ascii=False))
        return
    text = _json_for_terminal(json.dumps(data, indent=2, ensure_ascii=False))
    if os.environ.get("NO_COLOR"):
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
        text = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects)
        write(_json_for_terminal(text) if is_terminal() else text)


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
) -> None:
    """Models in any format; ``extras`` adds keys per model (a search's match).

    ``extra_shape`` is an example of those keys, so that CSV has the same
    header when nothing matched.
    """
    objects = [{**r, **(extras[i] if extras else {})} for i, r in enumerate(records)]
    if fmt == "json":
        emit_json(objects)
    elif fmt == "jsonl":
        emit_jsonl(objects)
    elif fmt == "ids":
        if records:
            write("\n".join(clean(r["id"]) for r in records))
    elif fmt == "csv":
        shape = {**vocabulary.complete({"id": ""}), **(extra_shape or {})}
        emit_csv(objects, header=list(_flat(shape)))
    else:
        _emit_model_table(records, extras)


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
_FREE_FORM = frozenset({"fine_tuning_config"})


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
    """128000 -> '128K', 1048576 -> '1M'; exact when not round."""
    if n is None:
        return "-"
    for size, suffix in ((1_000_000, "M"), (1024 * 1024, "M"), (1000, "K"), (1024, "K")):
        if n >= size and n % size == 0:
            return f"{n // size}{suffix}"
    return f"{n:,}"


def money(value: float | None) -> str:
    if value is None:
        return "-"
    return f"${value:,.2f}" if value >= 0.01 or value == 0 else f"${value:.6g}"


def _emit_model_table(
    records: Sequence[Mapping[str, Any]], extras: Sequence[Mapping[str, Any]] | None
) -> None:
    headers = ["id", "provider", "kind", "context", "max_output", "prompt_$/1M", "completion_$/1M"]
    headers += ["capabilities"]
    if extras:
        headers += ["score", "matched"]
    if not is_terminal():
        rows = []
        for i, r in enumerate(records):
            row = [r["id"], r["provider"], r["kind"], r["context_window"]]
            row += [r["max_completion_tokens"], _price(r, "prompt_price_per_1m")]
            row += [_price(r, "completion_price_per_1m"), ",".join(capability_words(r))]
            if extras:
                row += [extras[i]["match"]["score"], ",".join(extras[i]["match"]["matched"])]
            rows.append(row)
        emit_plain(headers, rows)
        return
    rows = []
    for i, r in enumerate(records):
        marks = "".join(letter if r[flag] else "·" for letter, flag, _ in MARKS)
        row = [r["id"], r["provider"], r["kind"], human_tokens(r["context_window"])]
        row += [human_tokens(r["max_completion_tokens"])]
        row += [
            money(_price(r, "prompt_price_per_1m")),
            money(_price(r, "completion_price_per_1m")),
        ]
        row += [marks]
        if extras:
            row += [f"{extras[i]['match']['score']:.0f}", ", ".join(extras[i]["match"]["matched"])]
        rows.append(row)
    legend = "  ".join(f"{letter} {word}" for letter, _, word in MARKS)
    titles = ["ID", "Provider", "Kind", "Context", "Max out", "$ in/1M", "$ out/1M", "Caps"]
    titles += ["Score", "Matched"] if extras else []
    emit_rich_table(
        titles,
        rows,
        caption=f"{len(records)} models · {legend}",
        right=(3, 4, 5, 6),
        droppable=(4, 1, 6, 5, 2),  # max out, provider, $ out, $ in, kind
    )


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
    droppable: Sequence[int] = (),
) -> None:
    """A rich table in the terminal; every cell is literal text.

    When the table is wider than the terminal, columns in ``droppable`` are
    left out until it fits: first those with nothing to show ('-' in every
    row), then in the order given. Rich folds what is still too wide.
    """
    from rich import box
    from rich.measure import Measurement
    from rich.table import Table
    from rich.text import Text

    out = console()
    if out.width < MIN_TABLE_WIDTH:
        emit_plain(headers, rows)
        return
    cells = [[clean("" if v is None else v) for v in row] for row in rows]
    empty = [i for i in droppable if all(row[i] in ("", "-") for row in cells)]
    order = [*empty, *(i for i in droppable if i not in empty)]

    def build(shown: list[int]) -> Table:
        table = Table(box=box.SIMPLE_HEAD, caption=caption, caption_justify="left")
        for i in shown:
            justify: JustifyMethod = "right" if i in right else "left"
            table.add_column(Text(clean(headers[i])), justify=justify, overflow="fold")
        for row in cells:
            table.add_row(*(Text(row[i]) for i in shown))
        return table

    right = set(right)
    shown = list(range(len(headers)))
    table = build(shown)
    unbounded = out.options.update(max_width=10**6)
    for column in order:
        if Measurement.get(out, unbounded, table).maximum <= out.width:
            break
        shown.remove(column)
        table = build(shown)
    while len(shown) > 1 and out.width < 4 * len(shown) + 1:  # or rich squeezes columns to 0
        shown.pop()
        table = build(shown)
    with stdout():
        out.print(table)


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
