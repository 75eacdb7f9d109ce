"""What shell completion offers of a registry (``completions``), and its cache beside the
compiled snapshot: the completion cache, written with the snapshot (modelreg.snapshot.writing)
and holding its stamp, which a TAB reads with os and marshal alone (no SQLite), a few small
pieces whatever the catalog's size.

Layout (integers are 8 bytes, little-endian; positions count from the body's start):

    MAGIC       16 bytes: what the file is, and its layout's version
    size        the file's size (a file of another size is refused)
    head size
    head        marshal (stamp, {kind: (its table's position, its number of entries)}); the
                stamp is the snapshot's (its key and facts, marshal), checked as the
                snapshot checks its own
    body        per kind, its table (the position of each entry, then of the end of the
                last), then its entries: marshal (fold, rowid, value, description), sorted
                by fold (the value case-folded), then rowid (its place in ``completions``)

A prefix selects the entries whose fold lies in [the prefix's fold, that + U+10FFFF): two
binary searches on the table, then one read of the entries between, returned in rowid order
(the registry's: ids, then aliases).

Never trusted blindly (as the snapshot): a file that is not the user's own regular file
(modelreg.ownfile), of another layout or size, or whose stamp does not hold, is no cache.
"""

from __future__ import annotations

import marshal
import os

from modelreg import ownfile

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (a TAB)
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from typing import Any, BinaryIO

    Offered = Mapping[str, Sequence[tuple[str, str]]]

MAGIC = b"modelreg-tab 1\n\x00"
HEAD = len(MAGIC) + 16  # MAGIC, size, head size
LAST = "\U0010ffff"  # the largest character: a prefix's range ends at its fold + LAST


def completions(state: Mapping[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """What shell completion offers of a registry's state, as (value, description) pairs:
    "model", its ids (with their names) then aliases; "provider", its providers."""
    models = state["models"].values()
    found = [(r["id"], r["name"] if r["name"] != r["id"] else "") for r in models]
    found += [(alias, f"alias of {r['id']}") for r in models for alias in r["aliases"]]
    providers = {r["provider"] for r in models} | set(state["catalogs"])
    return {"model": found, "provider": [(p, "") for p in sorted(providers)]}


def write(handle: BinaryIO, stamp: bytes, offered: Offered) -> None:
    """Write the completion cache of what completion offers (``completions``), with the
    stamp of the snapshot written with it."""
    import struct
    from itertools import accumulate

    body: list[bytes] = []
    tables: dict[str, tuple[int, int]] = {}
    end = 0
    for kind, found in offered.items():
        rows = sorted((v.casefold(), rowid, v, d) for rowid, (v, d) in enumerate(found))
        entries = [marshal.dumps(row) for row in rows]
        tables[kind] = (end, len(entries))
        positions = list(accumulate(map(len, entries), initial=end + 8 * (len(entries) + 1)))
        body += [struct.pack(f"<{len(positions)}Q", *positions), *entries]
        end = positions[-1]
    head = marshal.dumps((stamp, tables))
    handle.write(MAGIC + struct.pack("<QQ", HEAD + len(head) + end, len(head)) + head)
    handle.writelines(body)


def read(
    path: str, kind: str, prefix: str, holds: Callable[[bytes], bool]
) -> list[tuple[str, str]] | None:
    """The (value, description) pairs of a kind whose value starts with ``prefix`` in any
    case (its casefold range), from the completion cache at ``path`` whose stamp ``holds``;
    None when there is no such cache."""
    opened = ownfile.open_own(path)
    if opened is None:
        return None
    fd, size = opened

    def piece(start: int, end: int) -> bytes:
        """The file's bytes [start, end), all of them (else it is not a cache)."""
        if not 0 <= start <= end <= size:
            raise ValueError("not in the file")
        data = os.pread(fd, end - start, start)
        if len(data) != end - start:
            raise ValueError("cut short")
        return data

    try:
        fixed = piece(0, HEAD)
        if fixed[: len(MAGIC)] != MAGIC or _number(fixed, len(MAGIC)) != size:
            return None
        body = HEAD + _number(fixed, len(MAGIC) + 8)
        stamp, tables = marshal.loads(piece(HEAD, body))
        if not holds(stamp):
            return None
        table, count = tables[kind]

        def positions(first: int, many: int) -> list[int]:
            """Where the table says entries ``first`` to ``first + many - 1`` start."""
            data = piece(body + table + 8 * first, body + table + 8 * (first + many))
            return [body + _number(data, at) for at in range(0, len(data), 8)]

        def fold(index: int) -> str:
            return marshal.loads(piece(*positions(index, 2)))[0]  # type: ignore[no-any-return]

        low = _first(fold, 0, count, prefix.casefold())
        high = _first(fold, low, count, prefix.casefold() + LAST)
        where = positions(low, high - low + 1)
        data, base = piece(where[0], where[-1]), where[0]
        rows = [
            marshal.loads(data[where[i] - base : where[i + 1] - base]) for i in range(high - low)
        ]
    except (OSError, ValueError, TypeError, EOFError, KeyError, IndexError):
        return None
    finally:
        os.close(fd)
    return [(value, description) for _, value, description in sorted(r[1:] for r in rows)]


def _number(data: bytes, at: int) -> int:
    return int.from_bytes(data[at : at + 8], "little")


def _first(fold: Callable[[int], str], low: int, high: int, bound: str) -> int:
    """The first index in [low, high) whose fold is not below ``bound`` (else ``high``): a
    binary search, the table being sorted."""
    while low < high:
        middle = (low + high) // 2
        if fold(middle) < bound:
            low = middle + 1
        else:
            high = middle
    return low
