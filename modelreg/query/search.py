"""Search: ranked fuzzy search over records.

Pure functions over the registry's records (plain dicts of every
ModelDefinition field, see modelreg.fields); nothing here prints or imports
the CLI's libraries.

Search
    ``search(records, "llama vision")`` splits the query into terms (a
    capability phrase such as "function calling" is one term); every term
    must match a record, in its id, name, aliases, provider, tags, kind,
    architecture, capabilities or description, or fuzzily when it matches
    nothing exactly (a typo). Ranking, best first: the whole query equal to
    an id or alias, then id or name prefixes, whole words, capabilities,
    tags and providers, substrings, descriptions, fuzzy matches (rapidfuzz,
    with a cutoff so a query that means nothing finds nothing). Ties: the id
    with fewer words the query leaves unsaid (a base model before its -mini or
    dated variants), then the newest, then the shorter id, then the id.

Speed
    A search joins each text field of all records into one string and runs
    one regular expression per term over it, so the per-record work is done
    in C; the fuzzy pass uses ``rapidfuzz.process``. Nothing is cached
    between calls: the records are the registry's, and an index kept beside
    them would double the memory of a large catalog.

The matchers live in modelreg.query.matchers; filters and sorting in their own modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import itemgetter, truediv
from typing import Any

from modelreg.query.corpus import Corpus, Term, parse_query
from modelreg.query.matchers import (
    Matches,
    better,
    description_matches,
    fuzzy_matches,
    name_matches,
    restricted,
    term_matches,
)
from modelreg.schema import Record, capability, squash

# -- hits --------------------------------------------------------------------


@dataclass(slots=True)
class Hit:
    """A search result: the record, its score (higher is better) and what matched."""

    record: Record
    score: float
    matched: list[str] = field(default_factory=list)

    def match(self) -> dict[str, Any]:
        """The ``match`` object ``search --json`` adds to each model."""
        return {"score": round(self.score, 2), "matched": list(self.matched)}


def _rank(records: Sequence[Record], query: str, fields_: str = "all") -> list[Hit]:
    terms = parse_query(query)
    if not terms or not records:
        return []
    corpus = Corpus(records)

    def strict(term: Term) -> Callable[[Corpus], Matches]:
        def match(c: Corpus) -> Matches:
            if fields_ == "names":
                return name_matches(c, term.squashed, literal=term.text)
            found = term_matches(c, term)
            if term.capability is None:
                description_matches(c, term, found)
            return found

        return match

    def fuzzy(term: Term) -> Callable[[Corpus], Matches]:
        return lambda c: fuzzy_matches(c, term, meta=fields_ == "all")

    # Every term must match. Capability words go last (they match many models); each
    # term is matched among the records the previous ones left. A term that matches
    # no name, tag, provider or capability there (a typo) is matched fuzzily, after
    # the others; its description matches, if any, count too.
    order = sorted(range(len(terms)), key=lambda i: terms[i].capability is not None)
    per_term: dict[int, Matches] = {}
    among: list[int] | None = None
    typos = []
    for position in order:
        found = restricted(corpus, among, strict(terms[position]))
        per_term[position] = found
        if all(label == "description" for _, label in found.values()):
            typos.append(position)
            continue
        among = sorted(found) if among is None else [i for i in among if i in found]
    for position in typos:
        found = per_term[position]
        for index, (score, label) in restricted(corpus, among, fuzzy(terms[position])).items():
            better(found, index, score, label)
        among = sorted(found) if among is None else [i for i in among if i in found]
    if not among:
        return []

    whole: Matches = {}
    if len(terms) > 1:
        squashed = "".join(t.squashed for t in terms)
        literal = " ".join(t.text for t in terms)
        whole = restricted(
            corpus, among, lambda c: name_matches(c, squashed, anchored=True, literal=literal)
        )

    # Each hit's score (the mean of its terms' scores, or the whole query's match if that is
    # better) and labels (each term's, in query order), worked out a term at a time, in C.
    matches = [list(map(per_term[i].__getitem__, among)) for i in range(len(terms))]
    totals = map(sum, zip(*(map(_SCORE, m) for m in matches), strict=True))
    scores = list(map(truediv, totals, repeat(len(terms))))
    labels = list(zip(*(map(_LABEL, m) for m in matches), strict=True))
    if whole:
        for position, index in enumerate(among):
            score, label = whole.get(index, (0.0, ""))
            if score > scores[position]:
                scores[position], labels[position] = score, (label, *labels[position])
    matched = map(list, map(dict.fromkeys, labels))
    return list(map(Hit, map(records.__getitem__, among), scores, matched))


_SCORE, _LABEL = itemgetter(0), itemgetter(1)


def _sorted(hits: list[Hit], limit: int | None, query: str = "") -> list[Hit]:
    """Best score first; among equal scores the one with fewer words of its own (gpt-4o
    before gpt-4o-mini for '4o'), then the newest, then the shorter id, then the id; the
    first ``limit`` of them."""
    if limit is not None and limit < 0:
        raise ValueError(f"limit must not be negative, not {limit}")
    # Stable sorts on one plain key each, the last tie-breaker first: lists of numbers or
    # strings sort several times faster than one list of (score, length, id) tuples.
    ids = [hit.record["id"] for hit in hits]
    order = sorted(range(len(hits)), key=ids.__getitem__)
    order.sort(key=list(map(len, ids)).__getitem__)
    dates = [hit.record.get("release_date") or "" for hit in hits]
    order.sort(key=dates.__getitem__, reverse=True)  # the newest first; undated last
    extra = _extra_words(ids, query, [_by_name(hit) for hit in hits])
    order.sort(key=extra.__getitem__)
    order.sort(key=[hit.score for hit in hits].__getitem__, reverse=True)  # stays stable
    return [hits[i] for i in order[:limit]]


# A word (letters and digits) with a letter in it, or a date-like run of four digits.
_VARIANT_WORD = re.compile(r"[^\W_]*(?:[^\W\d_]|\d{4})[^\W_]*")


def _by_name(hit: Hit) -> bool:
    """Whether the hit's id, an alias or its name matched (not only a kind, tag, ...)."""
    return not _NAME_LABELS.isdisjoint(hit.matched)


# The labels of a match of an id, alias or name (see modelreg.query.matchers).
_NAME_LABELS = frozenset(
    f"{how}{field}"
    for how in ("", "prefix:", "word:", "substring:", "fuzzy:")
    for field in ("id", "alias", "name")
)


def _extra_words(ids: Sequence[str], query: str, by_name: Sequence[bool]) -> list[int]:
    """Per id matched by name, its words the query does not name that make it a variant:
    words with a letter (mini, tts, preview) and dates (2024, 20251101); version numbers
    are not. An id matched otherwise (a kind, a capability) counts none."""
    asked = squash(query)
    variants = _VARIANT_WORD.findall
    return [
        sum(1 for word in variants(model_id.casefold()) if word not in asked) if named else 0
        for model_id, named in zip(ids, by_name, strict=True)
    ]


def search(records: Iterable[Record], query: str, limit: int | None = None) -> list[Hit]:
    """The records matching every term of a query, best first (see the module's docs)."""
    records = records if isinstance(records, Sequence) else list(records)
    return _sorted(_rank(records, query), limit, query)


# -- the architecture's search methods ---------------------------------------


def search_by_name(records: Iterable[Record], name: str) -> list[Record]:
    """Records whose id, name or an alias matches (exact, prefix, word, substring, or a typo)."""
    records = records if isinstance(records, Sequence) else list(records)
    return [hit.record for hit in _sorted(_rank(records, name, "names"), None, name)]


def search_by_provider(records: Iterable[Record], provider: str) -> list[Record]:
    """Records of a provider (case-insensitive)."""
    wanted = provider.lower()
    return [r for r in records if r["provider"].lower() == wanted]


def search_by_capability(records: Iterable[Record], capability_word: str) -> list[Record]:
    """Records that have a capability (a word such as vision, tools, json, moe)."""
    wanted = capability(capability_word)
    records = records if isinstance(records, Sequence) else list(records)
    return list(compress(records, map(wanted.of, records)))


def search_by_tags(
    records: Iterable[Record], tags: str | Iterable[str], *, match_all: bool = True
) -> list[Record]:
    """Records with every tag (or, with ``match_all=False``, any of them); case-insensitive."""
    wanted = {t.lower() for t in ([tags] if isinstance(tags, str) else tags)}
    test = wanted.issubset if match_all else (lambda have: not wanted.isdisjoint(have))
    return [r for r in records if test({t.lower() for t in r["tags"]})]


def fuzzy_search(
    records: Iterable[Record], query: str, threshold: float = 70.0, limit: int | None = None
) -> list[Record]:
    """Records whose id, name or an alias is close to the query (rapidfuzz WRatio), best first."""
    from rapidfuzz import fuzz, process, utils

    records = records if isinstance(records, Sequence) else list(records)
    best: dict[int, float] = {}
    choices: list[str] = []
    owner: list[int] = []
    for index, r in enumerate(records):
        for text in (r["id"], r["name"], *r["aliases"]):
            choices.append(text)
            owner.append(index)
    for _, score, position in process.extract(
        query,
        choices,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        score_cutoff=threshold,
        limit=None,
    ):
        index = owner[position]
        best[index] = max(best.get(index, 0.0), score)
    ranked = sorted(best, key=lambda i: (-best[i], len(records[i]["id"]), records[i]["id"]))
    return [records[i] for i in ranked[:limit]]


__all__ = [
    "Hit",
    "fuzzy_search",
    "parse_query",
    "search",
    "search_by_capability",
    "search_by_name",
    "search_by_provider",
    "search_by_tags",
]
