"""Suggestions for a mistyped name: the closest names, as "did you mean" offers them."""

from __future__ import annotations

from collections.abc import Sequence

from modelreg.schema import squash


def closest_names(wanted: str, names: Sequence[str]) -> list[int]:
    """Indexes of the names closest to a mistyped one, best first.

    Names are compared without case or separators ('GPT 4o' is 'gpt-4o'): an
    exact match alone if there is one, else names it begins, then the closest
    by edit distance, then names that contain it.
    """
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import Levenshtein

    wanted = squash(wanted)
    if not wanted:
        return []
    squashed = [squash(name) for name in names]
    exact = [i for i, s in enumerate(squashed) if s == wanted]
    if exact:
        return exact
    prefixed = [i for i, s in enumerate(squashed) if len(wanted) >= 4 and s.startswith(wanted)]
    close = process.extract(
        wanted, squashed, scorer=Levenshtein.normalized_similarity, score_cutoff=0.6, limit=20
    )
    close.sort(key=lambda hit: (-hit[1], abs(len(hit[0]) - len(wanted))))
    if not prefixed and not close and len(wanted) >= 6:
        close = process.extract(wanted, squashed, scorer=fuzz.partial_ratio, score_cutoff=90)
    return [*prefixed, *(i for _, _, i in close)]
