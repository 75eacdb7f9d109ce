"""The matchers of search: how one query term matches the text of many records (a
``Corpus``, modelreg.query.corpus). ``name_matches``, ``term_matches``,
``description_matches`` and ``fuzzy_matches`` give, per matching record, its best score
and what matched."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import compress, filterfalse, pairwise
from operator import itemgetter

from modelreg import schema as vocabulary
from modelreg.query.corpus import NAME_FIELDS, SQUASHED_KINDS, Corpus, Term
from modelreg.schema import squash

# Scores of one term's match, by kind (the score of a hit is the mean over its terms).
EXACT = 100.0  # the term is the whole id, alias or name
EXACT_BASENAME = 98.0  # the part of an id after the last '/' (one less for either when
# the match differs from the query in its separators only: 'gpt4o' for 'gpt-4o')
PREFIX = 90.0  # an id, alias or name starts with it
WORD = 85.0  # a whole word of an id, alias or name
CAPABILITY = 80.0  # a capability word the model has
META = 75.0  # a tag, the provider, kind or architecture
SUBSTRING = 70.0  # inside an id, alias or name
DESCRIPTION = 50.0  # a whole word of the description
FUZZY_WEIGHT = 0.6  # a fuzzy match scores 0.6 x its rapidfuzz score (48 to 60)
FUZZY_PREFILTER = 70.0  # rapidfuzz partial_ratio cutoff of the candidates of a fuzzy match
FUZZY_MIN_LENGTH = 4  # shorter terms never match fuzzily

# Characters a query may leave out between two letters: 'gpt4o' matches 'gpt-4o'.
_SEP = r"[ \-_./:+,()\[\]]*"
_FIELD_START = "\t\n/"
_FIELD_END = "\t\n"

_META = (
    ("provider", "provider"),
    ("kind", "kind"),
    ("architecture", "architecture"),
    ("tags", "tag"),
)


Matches = dict[int, tuple[float, str]]  # record index -> (score, what matched)


def better(found: Matches, index: int, score: float, label: str) -> None:
    old = found.get(index)
    if old is None or score > old[0]:
        found[index] = (score, label)


def name_matches(
    corpus: Corpus, squashed: str, *, anchored: bool = False, literal: str = ""
) -> Matches:
    """Matches of a squashed term in ids, names and aliases, with separators optional.

    An exact match spelt as ``literal`` (the term as typed) beats one that only
    differs in separators: 'meta-llama-3.1-8b' is an alias, not 'meta/llama-3.1-8b'.
    """
    pattern = _SEP.join(map(re.escape, squashed))
    found: Matches = {}
    if corpus.absent(pattern, "name_blob"):
        return found
    blob = corpus.name_blob
    size = corpus.size
    count = blob.count
    get = found.get
    line, last = 0, 1  # the line of the last match, and where it starts (after the break)
    for m in re.finditer(pattern, blob):
        s, e = m.span()
        before, after = blob[s - 1], blob[e]
        if before in _FIELD_START:
            if after in _FIELD_END:
                score, kind = (EXACT_BASENAME if before == "/" else EXACT), 0
                if m.group() != literal:
                    score -= 1
            else:
                score, kind = PREFIX, 1
        elif anchored:
            continue
        elif not before.isalnum() and not after.isalnum():
            score, kind = WORD, 2
        elif before.isalnum() and not m.group().isalnum():
            continue  # from mid-word across a separator: 'o1' in 'turbo-16k' or 'audio-1.5'
        else:
            score, kind = SUBSTRING, 3
        line += count("\n", last, s)
        last = s
        old = get(line % size)
        if old is None or score > old[0]:
            found[line % size] = (score, _NAME_LABELS[kind][line // size])
    return found


# The labels of name matches: by kind (exact, prefix, word, substring), then field.
_NAME_LABELS = [
    [f"{kind}{field}" for field in NAME_FIELDS] for kind in ("", "prefix:", "word:", "substring:")
]


def _field_matches(blob: str, pattern: str) -> Iterator[tuple[int, str]]:
    """(line, text) of each whole field (tab- or line-separated) matching ``pattern``."""
    end = len(blob)
    line = last = 0
    for m in re.finditer(pattern, blob):
        s, e = m.span()
        if (s == 0 or blob[s - 1] in "\t\n") and (e == end or blob[e] in "\t\n"):
            line += blob.count("\n", last, s)
            last = s
            yield line, m.group()


# Each word of a kind's name (image, generation, speech, text, ...) and the kinds it is a
# word of: 'image generation' matches every image_generation model, word by word.
_KIND_WORDS: dict[str, list[str]] = {}
for _kind in vocabulary.KINDS:
    for _word in _kind.split("_"):
        if _word != "to":
            _KIND_WORDS.setdefault(_word, []).append(_kind)


def _kind_pattern(term: Term) -> str | None:
    """The pattern of the kinds a term names (a whole kind, or a word of kinds), or None."""
    if term.squashed in SQUASHED_KINDS:
        return _SEP.join(map(re.escape, term.squashed))
    kinds = _KIND_WORDS.get(term.squashed)
    if not kinds:
        return None
    return "|".join(_SEP.join(map(re.escape, squash(kind))) for kind in kinds)


def _meta_matches(corpus: Corpus, term: Term, found: Matches, *, fuzzy: bool = False) -> None:
    """Records whose provider, kind, architecture or a tag is the term (or within a typo)."""
    for key, label in _META:
        if fuzzy:
            close = [v for v in corpus.distinct(key) if _close_word(term.squashed, [squash(v)])]
            if not close:
                continue
            pattern = "|".join(map(re.escape, sorted(close, key=len, reverse=True)))
            score = FUZZY_WEIGHT * 80
        else:
            if term.squashed == "none":
                continue
            if key == "kind":
                kind_pattern = _kind_pattern(term)
                if kind_pattern is None:
                    continue
                pattern = kind_pattern
            else:
                pattern = _SEP.join(map(re.escape, term.squashed))
            if next(_field_matches(corpus.whole.distinct_text(key), pattern), None) is None:
                continue  # no record has such a value: skip building the per-record lines
            score = META
        for index, value in _field_matches(corpus.meta_blob(key), pattern):
            what = f"tag:{value}" if key == "tags" and not fuzzy else label
            better(found, index, score, f"fuzzy:{what}" if fuzzy else what)


def term_matches(corpus: Corpus, term: Term) -> Matches:
    """Every record a term matches strictly (no fuzzy matching), with its best match."""
    found = name_matches(corpus, term.squashed, literal=term.text)
    capability = term.capability
    if capability is not None:
        label = f"capability:{capability.name}"
        has = capability.of if capability.field is None else itemgetter(capability.field)
        for index in compress(range(corpus.size), map(has, corpus.records)):
            better(found, index, CAPABILITY, label)
    _meta_matches(corpus, term, found)
    return found


def description_matches(corpus: Corpus, term: Term, found: Matches) -> None:
    """Records whose description has the term as a whole word. It is the least of
    matches, so only the records ``found`` lacks can gain one: when those are few, only
    their descriptions are read."""
    pattern = re.escape(term.text)
    if corpus.absent(pattern, "description_blob"):
        return
    indexes: Sequence[int] = range(corpus.size)
    among = corpus
    if len(found) * 2 >= corpus.size:
        indexes = list(filterfalse(found.__contains__, indexes))
        among = corpus.subset(indexes)
    for line in _described(among, pattern):
        better(found, indexes[line], DESCRIPTION, "description")


def _described(corpus: Corpus, pattern: str) -> Iterator[int]:
    """The records whose description has ``pattern`` as a whole word."""
    blob = corpus.description_blob
    end = len(blob)
    count = blob.count
    line = last = 0
    for m in re.finditer(pattern, blob):
        s, e = m.span()
        if (s and blob[s - 1].isalnum()) or (e < end and blob[e].isalnum()):
            continue
        line += count("\n", last, s)
        last = s
        yield line


def _tokens(text: str) -> list[str]:
    """The words of an id or name, and each two neighbours joined ('gpt', '4o', 'gpt4o')."""
    words = _TOKEN.findall(text.casefold())
    return words + [a + b for a, b in pairwise(words)]


_TOKEN = re.compile(r"[^\W_]+")


def _typos_allowed(term: str) -> int:
    """Edits (OSA: insert, delete, substitute, swap) a fuzzy match may need."""
    return 0 if len(term) < FUZZY_MIN_LENGTH else 1 if len(term) < 8 else 2


def _close_word(term: str, words: Sequence[str]) -> float | None:
    """The rapidfuzz ratio of the closest word within the allowed edits, or None."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    allowed = _typos_allowed(term)
    if not allowed:
        return None
    best = process.extractOne(term, words, scorer=OSA.distance, score_cutoff=allowed)
    return None if best is None else fuzz.ratio(term, best[0])


def fuzzy_matches(corpus: Corpus, term: Term, *, meta: bool = True) -> Matches:
    """Records with a word close to a term (a typo).

    rapidfuzz's partial_ratio over every id and name (in C) finds the
    candidates; one of a candidate's words must then be within one edit of
    the term (two from 8 characters), so 'mixtrl' finds Mixtral but not
    Pixtral, and 'gemini' does not find 'mini'.
    """
    from rapidfuzz import fuzz, process, utils

    found: Matches = {}
    if not _typos_allowed(term.squashed):
        return found
    for where, column in (("id", corpus.ids), ("name", corpus.names)):
        for text, _, index in process.extract(
            term.squashed,
            column,
            scorer=fuzz.partial_ratio,
            processor=utils.default_process,
            score_cutoff=FUZZY_PREFILTER,
            limit=None,
        ):
            best = _close_word(term.squashed, _tokens(text))
            if best is not None:
                better(found, index, FUZZY_WEIGHT * best, f"fuzzy:{where}")
    if meta:
        _meta_matches(corpus, term, found, fuzzy=True)
    return found


def restricted(
    corpus: Corpus, among: list[int] | None, match: Callable[[Corpus], Matches]
) -> Matches:
    """``match`` over the records ``among`` (indexes), through a smaller corpus if they are few."""
    if among is None:
        return match(corpus)
    if len(among) * 2 > corpus.size:
        found = match(corpus)
        wanted = set(among)
        return {i: v for i, v in found.items() if i in wanted}
    return {among[i]: v for i, v in match(corpus.subset(among)).items()}
