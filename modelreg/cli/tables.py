"""Tables for people: the model table, generic tables, and key/value sections, drawn with
rich in a terminal (no word of a cell ever cut or broken) and as tab-separated rows when
piped."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from modelreg.cli import terminal
from modelreg.cli.figures import text
from modelreg.cli.terminal import clean, console, stdout, write

if TYPE_CHECKING:
    from rich.console import Console, JustifyMethod

# Narrower than this, a terminal gets the plain rows a pipe gets rather than a table
# squeezed to nothing.
MIN_TABLE_WIDTH = 20


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


def emit_fields(result: Mapping[str, Any]) -> None:
    """One result (a cost, a parsed id) as field/value rows: figures as people read them in a
    terminal ($2.50, 1.2K tokens), plain values when piped."""
    human = terminal.is_terminal()
    rows = [(key, text(value, human, key)) for key, value in result.items()]
    emit_table(["field", "value"], rows)


def emit_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], **rich_options: Any) -> None:
    """A table for people in a terminal, tab-separated rows for a pipe."""
    if terminal.is_terminal():
        emit_rich_table(headers, rows, **rich_options)
    else:
        emit_plain(headers, rows)


def emit_sections(title: str, sections: Sequence[tuple[str, Sequence[tuple[str, Any]]]]) -> None:
    """Grouped key/value pairs: titled blocks in a terminal, ``section<TAB>key<TAB>value``
    piped. Values wrap at spaces; no word is ever broken (one longer than the line is
    written whole, and the terminal wraps it)."""
    out = console() if terminal.is_terminal() else None
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
