"""A table whose every cell fits its column on one line, drawn as rich draws a SIMPLE_HEAD
table (a blank edge, a bold header, a rule, the rows, a blank edge, a dim italic caption
wrapped at spaces) without rich, a column at a time: a listing of thousands of models in a
few milliseconds. tests/cli/test_output.py holds it to rich, byte for byte; where a title
or the caption is more than printable Latin-1 (wide or combining characters), or holds what
rich reads as markup or an emoji code, ``frame`` leaves the frame to rich."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import repeat

# Printable Latin-1 but the soft hyphen: characters every rich measures as one cell each,
# so text of these alone is as wide as it is long (rich measures any other text).
_NARROW = re.compile("[\x20-\x7e\xa0-\xac\xae-\xff]*")
# Select Graphic Rendition codes of the styles drawn here, as rich writes them.
SGR = {"bold": "1", "dim italic": "2;3", "red": "31", "yellow": "33", "cyan": "36"}
_WORD = re.compile(r"\s*\S+\s*")  # rich's word: leading and trailing whitespace included
_TRAILING = re.compile(r"\s+$")
_MARKUP = re.compile(r"\[|:\S*?:")  # what rich may read as markup or an emoji code


def narrow(text: str) -> bool:
    return _NARROW.fullmatch(text) is not None


def width(text: str) -> int:
    """The cells ``text`` takes on a terminal, as rich measures them."""
    if narrow(text):
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def widest(texts: Sequence[str]) -> int:
    """The width of the widest of ``texts`` (0 for none)."""
    if narrow("".join(texts)):
        return max(map(len, texts), default=0)
    return max(map(width, texts), default=0)


def styled(text: str, style: str) -> str:
    """``text`` in ``style`` (a key of SGR), as rich writes it (nothing for no text)."""
    return f"\x1b[{SGR[style]}m{text}\x1b[0m" if text else text


def aligned(
    texts: Sequence[str], size: int, right: bool, paint: Callable[[str], str] | None = None
) -> list[str]:
    """A column's cells padded to ``size`` as rich pads them: on the left of a right-justified
    cell (its trailing whitespace dropped), else on the right; ``paint`` colours a cell's text
    (not its padding)."""
    if right:
        texts = list(map(str.rstrip, texts))
    if paint is None and narrow("".join(texts)):
        return list(map(str.rjust if right else str.ljust, texts, repeat(size)))
    cells = []
    for text in texts:
        pad = " " * (size - width(text))
        text = paint(text) if paint else text
        cells.append(pad + text if right else text + pad)
    return cells


def rows(columns: Sequence[Sequence[str]]) -> str:
    """The body of aligned columns, its lines joined: a space of padding each side of a cell,
    one between columns, one at each edge."""
    return "  " + "  \n  ".join(map("   ".join, zip(*columns, strict=True))) + "  "


def frame(
    titles: Sequence[str],
    sizes: Sequence[int],
    right: Sequence[bool],
    caption: str | None,
    styles: bool,
) -> tuple[list[str], list[str]] | None:
    """The lines above the rows (the top edge, the header, the rule) and below them (the
    bottom edge, the caption wrapped to the table's width), or None when rich must draw
    them."""
    if not all(map(narrow, titles)) or (
        caption is not None and (not narrow(caption) or _MARKUP.search(caption))
    ):
        return None
    table = sum(sizes) + 3 * len(sizes) + 1
    head = [
        f" {t.rstrip().rjust(s) if r else t.ljust(s)} " if not styles else _bold_cell(t, s, r)
        for t, s, r in zip(titles, sizes, right, strict=True)
    ]
    lines = _caption(caption, table) if caption else []
    if lines is None:
        return None
    if styles:
        lines = [styled(line, "dim italic") for line in lines]
    above = [" " * table, " " + " ".join(head) + " ", " " + "─" * (table - 2) + " "]
    return above, [" " * table, *lines]


def _bold_cell(title: str, size: int, right: bool) -> str:
    text = title.rstrip().rjust(size) if right else title.ljust(size)
    return styled(" ", "bold") + styled(text, "bold") + styled(" ", "bold")


def _caption(caption: str, size: int) -> list[str] | None:
    """Narrow text in lines of ``size`` as rich wraps a caption (at the start of a word that
    does not fit, each line padded to the width); None when a word is longer than a line
    (rich folds it)."""
    breaks = [0]
    offset = 0
    for word in _WORD.finditer(caption):
        start, text = word.start(), word.group()
        length = len(text.rstrip())
        if size - offset >= length:
            offset += len(text)
        elif length > size:
            return None
        elif offset and start:
            breaks.append(start)
            offset = len(text)
    lines = []
    for start, end in zip(breaks, [*breaks[1:], len(caption)], strict=True):
        line = caption[start:end]
        if len(line) > size and (space := _TRAILING.search(line)):
            line = line[: len(line) - min(len(space.group()), len(line) - size)]
        lines.append(line.ljust(size))
    return lines
