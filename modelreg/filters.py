"""Filters, sorting and the capability vocabulary, as pure functions over records.

``Filters(...)`` holds every filter of ``modelreg filter`` (all must hold);
``apply_filters`` applies them and ``sort_records`` sorts. ``parse_count``,
``parse_date``, ``parse_price``, ``parse_kind``, ``parse_modality`` and
``capability_field`` turn command-line values into filter values and raise
ValueError with a clear message when they can't. Nothing here imports
rapidfuzz, typer or rich.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import compress
from operator import itemgetter
from typing import Any

from modelreg import fields
from modelreg.fields import squash
from modelreg.memory import paused_gc

Record = dict[str, Any]

# -- capabilities ----------------------------------------------------------

# Capability keys: a record's boolean field, or a property derived from the record.
_DERIVED_CAPABILITIES: dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "audio": lambda r: "audio" in r["input_modalities"] or "audio" in r["output_modalities"],
    "embedding": lambda r: r["kind"] == "embedding",
    "moe": lambda r: (r["architecture"] or "").lower() == "moe" or (r["num_experts"] or 0) > 1,
}

# Every word or phrase the search and --capability understand -> its capability key.
CAPABILITY_WORDS: dict[str, str] = {
    "vision": "supports_vision",
    "image input": "supports_vision",
    "reasoning": "supports_reasoning",
    "reasoner": "supports_reasoning",
    "thinking": "supports_reasoning",
    "audio": "audio",
    "audio input": "supports_audio_input",
    "audio in": "supports_audio_input",
    "audio output": "supports_audio_output",
    "audio out": "supports_audio_output",
    "embedding": "embedding",
    "embeddings": "embedding",
    "tools": "supports_function_calling",
    "tool": "supports_function_calling",
    "tool use": "supports_function_calling",
    "tool calling": "supports_function_calling",
    "function calling": "supports_function_calling",
    "functions": "supports_function_calling",
    "structured output": "supports_structured_output",
    "structured outputs": "supports_structured_output",
    "json": "supports_structured_output",
    "json mode": "supports_structured_output",
    "streaming": "supports_streaming",
    "stream": "supports_streaming",
    "fine tuning": "supports_fine_tuning",
    "finetuning": "supports_fine_tuning",
    "fine tune": "supports_fine_tuning",
    "finetune": "supports_fine_tuning",
    "batch": "supports_batch",
    "batch processing": "supports_batch",
    "batch api": "supports_batch",
    "predicted outputs": "supports_predicted_outputs",
    "predicted output": "supports_predicted_outputs",
    "moe": "moe",
    "mixture of experts": "moe",
}
# The capabilities response's names (fields.CAPABILITY_FIELDS) are understood as well.
CAPABILITY_WORDS.update(
    {name.replace("_", " "): key for name, key in fields.CAPABILITY_FIELDS.items()}
)
# The main word of each capability, for help texts and shell completion.
CAPABILITY_NAMES: tuple[str, ...] = (
    "vision",
    "reasoning",
    "audio",
    "audio_input",
    "audio_output",
    "embedding",
    "function_calling",
    "tools",
    "structured_output",
    "json",
    "streaming",
    "fine_tuning",
    "batch",
    "predicted_outputs",
    "moe",
)
CAPABILITY_LABELS = {
    **{field_: name for name, field_ in fields.CAPABILITY_FIELDS.items()},
    "supports_batch": "batch",
    "audio": "audio",
    "embedding": "embedding",
    "moe": "moe",
}
LONGEST_PHRASE = max(len(w.split()) for w in CAPABILITY_WORDS)


def normalize_words(text: str) -> str:
    """Lower case, '-' and '_' as spaces, single spaces: 'Fine-Tuning' -> 'fine tuning'."""
    return " ".join(re.sub(r"[-_]+", " ", text.lower()).split())


def capability_field(word: str) -> str:
    """The capability key of a capability word (vision, tools, json, fine-tuning, moe, ...).

    For a flag capability the key is the record's field ("supports_vision");
    the derived properties are "audio" (any audio in or out), "embedding"
    (an embedding model) and "moe" (mixture of experts). A field name is
    accepted as itself. An unknown word raises ValueError naming the known ones.
    """
    if word in fields.CAPABILITY_FIELDS.values() or word in _DERIVED_CAPABILITIES:
        return word
    key = CAPABILITY_WORDS.get(normalize_words(word))
    if key is None:
        raise ValueError(f"unknown capability {word!r}; use one of: {', '.join(CAPABILITY_NAMES)}")
    return key


def has_capability(record: Mapping[str, Any], capability: str) -> bool:
    """Whether a record has a capability (a word or a key, see capability_field)."""
    key = capability_field(capability)
    derived = _DERIVED_CAPABILITIES.get(key)
    return bool(derived(record) if derived else record[key])


def capability_selector(key: str, records: Sequence[Mapping[str, Any]]) -> Iterable[Any]:
    derived = _DERIVED_CAPABILITIES.get(key)
    return map(derived, records) if derived else map(itemgetter(key), records)


# -- filters -----------------------------------------------------------------

_OPEN_WEIGHT_TAGS = frozenset({"openweights", "openweight", "opensource"})


def is_open_weights(record: Mapping[str, Any]) -> bool:
    """Whether a record is tagged open weights ("open-weights", "open-source", ...)."""
    return any(squash(tag) in _OPEN_WEIGHT_TAGS for tag in record["tags"])


def parse_count(value: str | int) -> int:
    """A parameter count or token count: 7B, 70b, 1.5T, 128k, 405000000, 405_000_000."""
    if isinstance(value, bool):
        raise ValueError(f"expected a number such as 128K, 7B, 1.5T or 405000000, not {value!r}")
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f"a count must not be negative, not {value}")
        return value
    text = str(value).strip().replace("_", "").replace(",", "")
    m = re.fullmatch(r"(\d+(?:\.\d*)?|\.\d+)\s*([kmbt]?)", text, re.IGNORECASE)
    if m is None:
        raise ValueError(f"expected a number such as 128K, 7B, 1.5T or 405000000, not {value!r}")
    number, suffix = m.groups()
    scale = {"": 1, "k": 10**3, "m": 10**6, "b": 10**9, "t": 10**12}[suffix.lower()]
    whole, _, fraction = number.partition(".")
    fraction = fraction.rstrip("0")
    digits = int(whole or "0") * scale
    if fraction:
        exact = int(fraction) * scale
        step = 10 ** len(fraction)
        if exact % step:
            raise ValueError(f"{value!r} is not a whole number")
        digits += exact // step
    return digits


def parse_date(value: str | _dt.date) -> _dt.date:
    """A date as YYYY-MM-DD, YYYY-MM (the first of the month) or YYYY (the first of January)."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if m is not None:
        year, month, day = m.groups()
        try:
            return _dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError as exc:
            raise ValueError(f"invalid date {value!r}: {exc}") from None
    raise ValueError(f"expected a date as YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")


def parse_price(value: str | float) -> float:
    """A price in USD per 1M tokens: 2.5, $2.50, 0."""
    if isinstance(value, bool):
        raise ValueError(f"expected a price in USD such as 2.5, not {value!r}")
    try:
        price = float(str(value).strip().removeprefix("$"))
    except ValueError:
        raise ValueError(f"expected a price in USD such as 2.5, not {value!r}") from None
    if not price >= 0 or price == float("inf"):
        raise ValueError(f"a price must be a non-negative number, not {value!r}")
    return price


def parse_kind(value: str) -> str:
    """A model kind (chat, embedding, image_generation, ...); 'image-generation' works too."""
    wanted = squash(value)
    for kind in fields.KINDS:
        if wanted in (squash(kind), squash(kind) + "s"):
            return kind
    raise ValueError(f"unknown kind {value!r}; use one of: {', '.join(fields.KINDS)}")


def parse_modality(value: str) -> str:
    """A modality: text, image, audio or video ('images' works too)."""
    wanted = value.strip().lower()
    for modality in fields.MODALITIES:
        if wanted in (modality, modality + "s"):
            return modality
    raise ValueError(f"unknown modality {value!r}; use one of: {', '.join(fields.MODALITIES)}")


def _strings(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


@dataclass
class Filters:
    """Every filter of ``modelreg filter``; all that are set must hold.

    Values are normalised (and checked) on creation, so the command line can
    pass its option strings: an unparseable value raises ValueError. Repeated
    providers mean any of them; repeated capabilities, tags and modalities
    mean all of them. A model with no price, no parameter count or no
    release date is excluded by a filter on that value (unknown is not cheap).
    ``released_after`` includes its date, ``released_before`` excludes it, so
    ``released_after="2024", released_before="2025"`` is the year 2024.
    """

    providers: Sequence[str] = ()
    capabilities: Sequence[str] = ()
    modality: str | Sequence[str] | None = None
    kind: str | None = None
    min_context: int | str | None = None
    max_prompt_price: float | str | None = None
    max_completion_price: float | str | None = None
    architecture: str | None = None
    tag: str | Sequence[str] | None = None
    license: str | None = None
    open_weights: bool | None = None
    min_params: int | str | None = None
    max_params: int | str | None = None
    released_after: _dt.date | str | None = None
    released_before: _dt.date | str | None = None

    def __post_init__(self) -> None:
        self.providers = _strings(self.providers)
        self.capabilities = tuple(capability_field(c) for c in _strings(self.capabilities))
        modalities = tuple(parse_modality(m) for m in _strings(self.modality))
        self.modality = modalities or None
        self.kind = parse_kind(self.kind) if self.kind is not None else None
        tags = _strings(self.tag)
        self.tag = tags or None
        for name in ("min_context", "min_params", "max_params"):
            value = getattr(self, name)
            if value is not None:
                try:
                    setattr(self, name, parse_count(value))
                except ValueError as exc:
                    raise ValueError(f"{name.replace('_', '-')}: {exc}") from None
        for name in ("max_prompt_price", "max_completion_price"):
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, parse_price(value))
        for name in ("released_after", "released_before"):
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, parse_date(value))

    def predicates(self) -> list[Callable[[Mapping[str, Any]], bool]]:
        """One predicate per filter that is set, in a cheap-first order."""
        tests: list[Callable[[Mapping[str, Any]], bool]] = []
        if self.providers:
            wanted = {p.lower() for p in self.providers}
            tests.append(lambda r: r["provider"].lower() in wanted)
        if self.kind is not None:
            kind = self.kind
            tests.append(lambda r: r["kind"] == kind)
        for key in self.capabilities:
            derived = _DERIVED_CAPABILITIES.get(key)
            tests.append(derived if derived else itemgetter(key))
        if self.min_context is not None:
            least = self.min_context
            tests.append(lambda r: r["context_window"] is not None and r["context_window"] >= least)
        for name, price_field in (
            ("max_prompt_price", "prompt_price_per_1m"),
            ("max_completion_price", "completion_price_per_1m"),
        ):
            most = getattr(self, name)
            if most is not None:
                tests.append(_price_test(price_field, most))
        if self.architecture is not None:
            arch = self.architecture.lower()
            tests.append(lambda r: (r["architecture"] or "").lower() == arch)
        if self.license is not None:
            licence = self.license.lower()
            tests.append(lambda r: (r["license"] or "").lower() == licence)
        if self.open_weights is not None:
            want = self.open_weights
            tests.append(lambda r: is_open_weights(r) == want)
        for tag in self.tag or ():
            tag_lower = tag.lower()
            tests.append(partial(_has_tag, tag=tag_lower))
        for modality in self.modality or ():
            tests.append(partial(_has_modality, modality=modality))
        if self.min_params is not None:
            least_p = self.min_params
            tests.append(lambda r: r["parameters"] is not None and r["parameters"] >= least_p)
        if self.max_params is not None:
            most_p = self.max_params
            tests.append(lambda r: r["parameters"] is not None and r["parameters"] <= most_p)
        if self.released_after is not None:
            after = str(self.released_after)
            tests.append(lambda r: r["release_date"] is not None and r["release_date"] >= after)
        if self.released_before is not None:
            before = str(self.released_before)
            tests.append(lambda r: r["release_date"] is not None and r["release_date"] < before)
        return tests

    def matches(self, record: Mapping[str, Any]) -> bool:
        """Whether one record passes every filter."""
        return all(test(record) for test in self.predicates())


def _has_tag(record: Mapping[str, Any], tag: str) -> bool:
    return any(x.lower() == tag for x in record["tags"])


def _has_modality(record: Mapping[str, Any], modality: str) -> bool:
    return modality in record["input_modalities"] or modality in record["output_modalities"]


def _price_test(price_field: str, most: float) -> Callable[[Mapping[str, Any]], bool]:
    def test(r: Mapping[str, Any]) -> bool:
        pricing = r["pricing"]
        price = pricing.get(price_field) if pricing else None
        return price is not None and price <= most

    return test


def apply_filters(records: Iterable[Record], filters: Filters) -> list[Record]:
    """The records that pass every filter, in their original order."""
    with paused_gc():
        result = list(records)
        for test in filters.predicates():
            result = list(compress(result, map(test, result)))
        return result


# -- sorting -----------------------------------------------------------------

_NUMERIC_FIELDS = (
    "parameters",
    "active_parameters",
    "num_experts",
    "experts_per_token",
    "num_layers",
    "hidden_size",
    "num_heads",
    "context_window",
    "max_completion_tokens",
    "embedding_dimensions",
    "created",
)
_PRICE_KEYS = {
    "prompt_price": "prompt_price_per_1m",
    "completion_price": "completion_price_per_1m",
    "cached_price": "cached_price_per_1m",
    "image_price": "image_price_per_unit",
    "audio_price": "audio_price_per_minute",
    "character_price": "character_price_per_1m",
}
# The keys sort_records (and --sort) accepts.
SORT_KEYS: tuple[str, ...] = (
    "id",
    "name",
    "provider",
    "release_date",
    *_NUMERIC_FIELDS,
    *_PRICE_KEYS,
    *fields.PRICE_FIELDS,
)
_SORT_ALIASES = {"context": "context_window", "params": "parameters", "date": "release_date"}


def sort_key(key: str) -> str:
    """The canonical key of a --sort value (also context, params, date); ValueError if unknown."""
    canonical = key.strip().lower().replace("-", "_")
    canonical = _SORT_ALIASES.get(canonical, canonical)
    if canonical not in SORT_KEYS:
        raise ValueError(f"cannot sort by {key!r}; use one of: {', '.join(SORT_KEYS)}")
    return canonical


def sort_records(records: Iterable[Record], key: str, descending: bool = False) -> list[Record]:
    """Records sorted by a key of SORT_KEYS; records without a value come last either way.

    Ties keep the id order, so the result is deterministic.
    """
    canonical = sort_key(key)
    price_field = _PRICE_KEYS.get(
        canonical, canonical if canonical in fields.PRICE_FIELDS else None
    )
    if price_field is not None:

        def value(r: Mapping[str, Any]) -> Any:
            return r["pricing"].get(price_field) if r["pricing"] else None

    elif canonical in ("id", "name", "provider"):

        def value(r: Mapping[str, Any]) -> Any:
            return r[canonical].lower()

    else:

        def value(r: Mapping[str, Any]) -> Any:
            return r[canonical]

    with paused_gc():
        by_id = sorted(records, key=itemgetter("id"))
        values = list(map(value, by_id))
        known = [(v, r) for v, r in zip(values, by_id, strict=True) if v is not None]
        unknown = [r for v, r in zip(values, by_id, strict=True) if v is None]
        known.sort(key=itemgetter(0), reverse=descending)  # stable: ties stay in id order
        return [r for _, r in known] + unknown


__all__ = [
    "CAPABILITY_NAMES",
    "CAPABILITY_WORDS",
    "SORT_KEYS",
    "Filters",
    "apply_filters",
    "capability_field",
    "has_capability",
    "is_open_weights",
    "parse_count",
    "parse_date",
    "parse_kind",
    "parse_modality",
    "parse_price",
    "sort_key",
    "sort_records",
]
