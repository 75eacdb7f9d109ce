"""What search matches: a query's terms (``parse_query``: a capability phrase such as
"function calling" is one term) and the ``Corpus``, each text field of all records joined
into one string, so that one regular expression per term runs over all of them in C."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from operator import itemgetter
from typing import Any

from modelreg import schema as vocabulary
from modelreg.schema import (
    CAPABILITY_WORDS,
    LONGEST_PHRASE,
    Capability,
    Record,
    normalize_words,
    squash,
)


@dataclass(frozen=True, slots=True)
class Term:
    text: str  # as typed, case-folded
    squashed: str  # squash(text): letters and digits only
    capability: Capability | None  # when the term is a capability word


def parse_query(query: str) -> list[Term]:
    """The terms of a query; a capability phrase ("function calling") or a kind's name in
    words ("text to speech") is one term."""
    words = query.replace(",", " ").casefold().split()
    terms: list[Term] = []
    i = 0
    while i < len(words):
        for size in range(min(_LONGEST, len(words) - i), 0, -1):
            phrase = normalize_words(" ".join(words[i : i + size]))
            if phrase in CAPABILITY_WORDS:
                terms.append(Term(phrase, squash(phrase), CAPABILITY_WORDS[phrase]))
                i += size
                break
            if (
                size > 1 and squash(phrase) in SQUASHED_KINDS
            ):  # 'text to speech': the kind, one term
                terms.append(Term(phrase, squash(phrase), None))
                i += size
                break
        else:
            squashed = squash(words[i])
            if squashed:
                terms.append(Term(words[i], squashed, None))
            i += 1
    return terms


SQUASHED_KINDS = {squash(kind) for kind in vocabulary.KINDS}
_LONGEST = max(LONGEST_PHRASE, *(kind.count("_") + 1 for kind in vocabulary.KINDS))
NAME_FIELDS = ("id", "alias", "name")  # the order of the lines of Corpus.name_blob


def _folded_lines(values: Iterable[str]) -> str:
    """The values as the lines of one case-folded string (line i is value i)."""
    values = list(values)
    blob = "\n".join(values)
    if blob.count("\n") != max(len(values) - 1, 0):  # a value with a line break in it
        blob = "\n".join(v.replace("\n", " ") for v in values)
    return blob.casefold()  # positions are only ever used within this string


class Corpus:
    """The text of many records, each field's values as the lines of one string.

    Built on demand, a field at a time, and only for the life of one search: the
    strings are a few percent of the records' memory. A ``subset`` takes its columns
    from the corpus it is a subset of, and asks that one first whether a pattern
    occurs at all, so a term nothing matches costs no strings of the subset's own.
    """

    def __init__(self, records: Sequence[Record]) -> None:
        self.records = records
        self.size = len(records)
        self.whole = self  # the corpus of every record of the search
        self._picked: tuple[Corpus, Callable[[Sequence[Any]], Sequence[Any]]] | None = None
        self._columns: dict[str, Sequence[Any]] = {}
        self._meta_blobs: dict[str, str] = {}
        self._distinct: dict[str, str] = {}

    def subset(self, indexes: Sequence[int]) -> Corpus:
        """The corpus of the records at these indexes (in their order)."""
        pick = _picker(indexes)
        sub = Corpus(pick(self.records))
        sub.whole, sub._picked = self.whole, (self, pick)
        return sub

    def column(self, key: str) -> Sequence[Any]:
        """A text field of every record, in record order."""
        if key not in self._columns:
            if self._picked is None:
                self._columns[key] = list(map(itemgetter(key), self.records))
            else:
                parent, pick = self._picked
                self._columns[key] = pick(parent.column(key))
        return self._columns[key]

    @property
    def ids(self) -> Sequence[str]:
        return self.column("id")

    @property
    def names(self) -> Sequence[str]:
        return self.column("name")

    @cached_property
    def name_blob(self) -> str:
        """Ids, then aliases (tab-separated), then names: three lines per record, between
        line breaks (so every match has a character either side)."""
        aliases = map("\t".join, self.column("aliases"))
        return "\n" + _folded_lines([*self.ids, *aliases, *self.names]) + "\n"

    @cached_property
    def description_blob(self) -> str:
        return _folded_lines(self.column("description"))

    def absent(self, pattern: str, blob: str) -> bool:
        """Whether no record of the whole search has ``pattern`` in that blob (checked
        there, so that a subset builds no blob of its own for a term nothing matches)."""
        whole = self.whole
        return whole is not self and re.search(pattern, getattr(whole, blob)) is None

    def meta_blob(self, key: str) -> str:
        """A field's values (for tags: a record's tags, tab-separated) as lines."""
        if key not in self._meta_blobs:
            column: Iterable[str] = self.column(key)
            if key == "tags":
                column = map("\t".join, column)
            elif key == "architecture":
                column = map(str, column)  # None becomes 'none', which no term matches
            self._meta_blobs[key] = _folded_lines(column)
        return self._meta_blobs[key]

    def distinct_text(self, key: str) -> str:
        """A field's distinct values (every distinct tag, for tags), case-folded, one per
        line."""
        if key not in self._distinct:
            column = self.column(key)
            values = set(chain.from_iterable(column) if key == "tags" else column)
            self._distinct[key] = "\n".join(map(str, values)).casefold()
        return self._distinct[key]

    def distinct(self, key: str) -> set[str]:
        """A field's distinct (case-folded) values, or every tag."""
        text = self.distinct_text(key)
        return set(text.replace("\n", "\t").split("\t")) - {"", "none"}


def _picker(indexes: Sequence[int]) -> Callable[[Sequence[Any]], Sequence[Any]]:
    """A function giving the items of a sequence at these indexes, in C."""
    if len(indexes) > 1:
        return itemgetter(*indexes)
    return lambda values: [values[i] for i in indexes]
