"""Tables for people: the model table, generic tables, and key/value sections; in a terminal
no word of a cell is ever cut or broken (a table whose cells all fit their columns is drawn by
simple_table, one that wraps a cell by rich), piped they are tab-separated rows."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from modelreg.cli import terminal
from modelreg.cli.figures import text
from modelreg.cli.terminal import clean, console, stdout, write

if TYPE_CHECKING:
    from rich.console import Console, JustifyMethod
    from rich.table import Table

# Narrower than this, a terminal gets the plain rows a pipe gets rather than a table
# squeezed to nothing.
MIN_TABLE_WIDTH = 20


# -- generic tables ----------------------------------------------------------


def emit_plain(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Tab-separated rows under a header line: no colour, no boxes, nothing cut."""
    columns = [terminal.clean_all(column) for column in zip(*rows, strict=True)]
    lines = ["\t".join(clean(h) for h in headers), *map("\t".join, zip(*columns, strict=True))]
    write("\n".join(lines))


def emit_rich_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], **options: Any) -> None:
    """``emit_columns`` of a table given by rows."""
    emit_columns(
        headers,
        [list(column) for column in zip(*rows, strict=True)] or [[] for _ in headers],
        **options,
    )


def emit_columns(
    headers: Sequence[str],
    columns: Sequence[Sequence[Any]],
    caption: str | None = None,
    right: Iterable[int] = (),
    priority: Sequence[int] | None = None,
    legend: tuple[int, str] | None = None,
    extra: Iterable[int] = (),
) -> None:
    """A table in the terminal, given by columns; every cell is literal text, and no word of
    it (an id, a field name, a price) is ever cut or broken across lines.

    ``priority`` lists the columns most important first: when the table is wider than the
    terminal, the least important columns are left out (first those with nothing to show,
    then from the end of the list; the caption names those that had something), then any
    that fit again come back. Without ``priority`` every column is needed: a table that
    does not fit is printed a row at a time instead (a block per row, a line per column).
    Cells wrap at spaces, so lists wrap after their commas. ``legend`` (column, text) is
    added to the caption when that column is shown; ``extra`` columns are shown when there
    is room, and not named when there is not.
    """
    view = terminal.screen()
    out = None  # rich's console, where only rich knows the terminal
    if view is None:
        out = console()
        view = out.width, out.color_system is not None and not out.no_color
    width = view[0]
    if width < MIN_TABLE_WIDTH:
        emit_plain(headers, zip(*columns, strict=True))
        return
    cells = [terminal.clean_all(column) for column in columns]
    plan = _plan(headers, cells, width, priority)
    if plan is None:
        if priority is None and len(headers) > 1 and cells[0]:
            _emit_vertical(headers, cells, caption, out or console())
        else:  # not even the first column fits: rows as a pipe gets them, nothing cut
            emit_plain(headers, zip(*columns, strict=True))
        return
    shown, widths, natural = plan
    notes = [caption] if caption else []
    if legend is not None and legend[0] in shown:
        notes.append(legend[1])
    extra = set(extra)
    left_out = [
        clean(headers[i])
        for i in (priority or ())
        if i not in shown and i not in extra and not _blank(cells[i])
    ]
    if left_out:
        notes.append(f"columns left out: {', '.join(left_out)}")
    table = _Planned(headers, cells, shown, widths, set(right), " · ".join(notes) or None)
    if widths == natural and cells[0]:
        _draw_one_line(table, view[1], out)
    else:
        _draw(table, out or console())


def _blank(cells: Sequence[str]) -> bool:
    """Whether a column has nothing to show (every cell empty or '-')."""
    return cells.count("") + cells.count("-") == len(cells)


_SPACE = re.compile(r"\s")


def _has_space(text: str) -> bool:
    """Whether ``text`` (escaped: clean) has whitespace, which in ASCII is a space."""
    return " " in text if text.isascii() else _SPACE.search(text) is not None


def _word_width(text: str) -> int:
    """The width of the longest word of ``text`` (what a column must hold to break none)."""
    from modelreg.cli import simple_table  # here: JSON and plain rows need none of it

    return simple_table.widest(text.split())


def _plan(
    headers: Sequence[str],
    cells: Sequence[Sequence[str]],
    width: int,
    priority: Sequence[int] | None,
) -> tuple[list[int], list[int], list[int]] | None:
    """(columns shown, in order; the width of each; the width each needs on one line) of a
    table ``width`` wide in which no word breaks and the first column never wraps, or None
    when there is none; ``cells`` by column."""
    from modelreg.cli import simple_table

    count = len(headers)
    titles = [simple_table.width(clean(header)) for header in headers]
    natural = [max(titles[i], simple_table.widest(cells[i])) for i in range(count)]
    least = list(natural)  # the first column never wraps, nor a title, nor a single word
    for i in range(1, count):
        if _has_space("".join(cells[i])):
            least[i] = max(titles[i], _word_width(" ".join(cells[i])), 1)

    def fits(columns: Iterable[int], sizes: Sequence[int]) -> bool:
        columns = list(columns)  # cells, a padding space each side, one space between columns
        return sum(sizes[i] for i in columns) + 3 * len(columns) + 1 <= width

    if priority is None:
        shown = list(range(count))
        if not fits(shown, least):
            return None
    else:
        empty = {i for i in priority[1:] if _blank(cells[i])}
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


class _Planned:
    """A table as planned: its titles, cells by column (escaped), the columns shown and
    their widths, the right-justified ones and the caption."""

    def __init__(
        self,
        headers: Sequence[str],
        cells: Sequence[Sequence[str]],
        shown: Sequence[int],
        widths: Sequence[int],
        right: set[int],
        caption: str | None,
    ) -> None:
        self.headers, self.cells, self.shown = headers, cells, shown
        self.widths, self.right, self.caption = widths, right, caption

    def status(self) -> int | None:
        """The lifecycle status column shown (its cells are coloured: STATUS_STYLES)."""
        return next((i for i in self.shown if self.headers[i].lower() == "status"), None)


def _draw_one_line(table: _Planned, styles: bool, out: Console | None) -> None:
    """A table every cell of which fits its column on one line, drawn as rich draws it
    (simple_table); rich draws the frame where ``simple_table.frame`` cannot, or where only
    rich knows the terminal (``out``)."""
    from modelreg.cli import simple_table

    shown, widths, right = table.shown, table.widths, table.right
    titles = [clean(table.headers[i]) for i in shown]
    flush = [i in right for i in shown]
    frame = simple_table.frame(titles, widths, flush, table.caption, styles) if not out else None
    if frame is None:
        frame = _rich_frame(table, out or console())
    status = table.status()
    columns = [
        simple_table.aligned(
            table.cells[i], size, i in right, _paint_status if styles and i == status else None
        )
        for i, size in zip(shown, widths, strict=True)
    ]
    above, below = frame
    write("\n".join([*above, simple_table.rows(columns), *below]))


def _paint_status(value: str) -> str:
    from modelreg.cli import simple_table

    style = status_style(value)
    return simple_table.styled(value, style) if style else value


def _rich_table(table: _Planned) -> Table:
    """The planned table as a rich Table, without its rows."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    drawn = Table(box=box.SIMPLE_HEAD, caption=table.caption, caption_justify="left")
    for n, (i, width) in enumerate(zip(table.shown, table.widths, strict=True)):
        justify: JustifyMethod = "right" if i in table.right else "left"
        drawn.add_column(
            Text(clean(table.headers[i])),
            justify=justify,
            no_wrap=n == 0,
            overflow="fold",  # never used: every column holds its longest word
            width=width,
        )
    return drawn


def _rich_frame(table: _Planned, out: Console) -> tuple[list[str], list[str]]:
    """The lines above and below the rows of the planned table, as rich draws them."""
    with out.capture() as captured:
        out.print(_rich_table(table))
    edges = captured.get().split("\n")
    return edges[:3], edges[3:-1]


def _draw(table: _Planned, out: Console) -> None:
    """The planned table drawn by rich, its cells wrapped at spaces."""
    from rich.text import Text

    drawn = _rich_table(table)
    status = table.status()
    for row in zip(*(table.cells[i] for i in table.shown), strict=True):
        drawn.add_row(
            *(
                Text(value, style=status_style(value) if i == status else "")
                for i, value in zip(table.shown, row, strict=True)
            )
        )
    with stdout():
        out.print(drawn)


def _emit_vertical(
    headers: Sequence[str], cells: Sequence[Sequence[str]], caption: str | None, out: Console
) -> None:
    """A table too wide for the terminal, a block per row: the row's first cell (and any
    cell whose column has no title) as its heading, then a line per column that has a
    value in this row; ``cells`` by column."""
    untitled = [i for i in range(1, len(headers)) if not headers[i].strip()]
    blocks = []
    for row in zip(*cells, strict=True):
        heading = " ".join([row[0], *(row[i] for i in untitled if row[i])])
        pairs = [
            (headers[i], row[i]) for i in range(1, len(headers)) if i not in untitled and row[i]
        ]
        blocks.append((heading, pairs))
    _print_blocks(None, blocks, out)
    if caption:
        write(caption)


# The colour of a lifecycle status in tables and show (none for active).
STATUS_STYLES = {"retired": "red", "deprecated": "yellow", "preview": "cyan"}


def status_style(value: str) -> str:
    """The style of a status cell ('deprecated', 'active, fictional'), or ''."""
    return STATUS_STYLES.get(value.partition(",")[0].strip(), "")


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
