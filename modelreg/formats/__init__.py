"""Outside model catalogs (LiteLLM, models.dev, OpenRouter) read into modelreg entries.

Pure functions over parsed JSON: no registry, no network, no validation library.
An entry holds only what its source says (no defaults filled in); docs/formats.md
documents every field of every mapping.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import math
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from modelreg.errors import CatalogError
from modelreg.schema import MODALITIES, rules

FORMATS: tuple[str, ...] = ("litellm", "models.dev", "openrouter")
_MODULES = {"litellm": "litellm", "models.dev": "models_dev", "openrouter": "openrouter"}
_PREFIXES = {
    "litellm": "litellm",
    "models.dev": "models.dev",
    "modelsdev": "models.dev",
    "openrouter": "openrouter",
}
_TITLES = {"litellm": "LiteLLM price list", "models.dev": "models.dev", "openrouter": "OpenRouter"}
PER_MILLION = 1_000_000


@dataclass
class Converted:
    """The entries read from one outside document, and what was left behind."""

    entries: list[dict[str, Any]]
    skipped: list[tuple[str, str]]
    unknown_fields: Counter[str]
    format: str
    _seen: set[str] = field(default_factory=set, init=False, repr=False, compare=False)

    def add(self, name: str, entry: dict[str, Any], unknown: list[str]) -> bool:
        """Keep an entry (and count its unknown fields) unless its id is taken, ignoring case."""
        if not entry["id"] or entry["id"].strip() != entry["id"]:
            self.skipped.append((name, f"id {entry['id']!r} is empty or has surrounding spaces"))
            return False
        key = entry["id"].lower()
        if key in self._seen:
            self.skipped.append((name, f"duplicate id {entry['id']!r}"))
            return False
        self._seen.add(key)
        self.entries.append(entry)
        if unknown:
            self.unknown_fields.update(unknown)
        return True


class Malformed(ValueError):
    """An outside entry that cannot be read: the message is the reason it is skipped."""


def detect(doc: Any) -> str | None:
    """Which format a parsed JSON document is, from its shape (None: none known)."""
    for fmt in FORMATS:
        if _module(fmt).looks_like(doc):
            return fmt
    return None


def convert(doc: Any, fmt: str | None = None, *, label: str = "") -> Converted:
    """Read a parsed outside document into modelreg entries.

    ``fmt`` None detects the format; a document of no known shape, or not of the
    format asked for, raises CatalogError(label, ...).
    """
    source = label or "document"
    if fmt is None:
        fmt = detect(doc)
        if fmt is None:
            raise CatalogError(source, "not a LiteLLM, models.dev or OpenRouter document")
    elif fmt not in _MODULES:
        raise CatalogError(source, f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    module = _module(fmt)
    if not module.looks_like(doc):
        raise CatalogError(source, f"not a {_TITLES[fmt]} document: {module.SHAPE}")
    out = Converted(entries=[], skipped=[], unknown_fields=Counter(), format=fmt)
    module.read(doc, out)
    return out


def split_prefix(location: str) -> tuple[str | None, str]:
    """Split a "FORMAT:location" source: "litellm:./x.json" -> ("litellm", "./x.json")."""
    head, sep, rest = location.partition(":")
    fmt = _PREFIXES.get(head.lower()) if sep else None
    return (fmt, rest) if fmt else (None, location)


def _module(fmt: str) -> Any:
    return importlib.import_module(f"{__name__}.{_MODULES[fmt]}")


# Shared readers of outside values: None means "the source does not say".


def price(value: Any, name: str, scale: float = PER_MILLION) -> float | None:
    """A price scaled to modelreg's unit; -1, null and "" are unknown; others must be >= 0
    and finite once scaled (a 400-digit integer is malformed, not an overflow)."""
    if type(value) is float and 0 <= value <= _LARGEST:
        return _scaled(value, name, scale)  # the common case, first
    if value is None or value == "":
        return None
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        try:
            number = float(value)
        except ValueError:
            raise Malformed(f"{name} is not a number: {value!r}") from None
        except OverflowError:
            raise Malformed(f"{name} is too large") from None
    else:
        raise Malformed(f"{name} is not a number: {value!r}")
    if not math.isfinite(number):
        raise Malformed(f"{name} is not a number: {_short(value)}")
    if number == -1:
        return None  # set per request (dynamic): unknown
    if number < 0:
        raise Malformed(f"{name} is negative: {_short(value)}")
    return _scaled(number, name, scale)


_LARGEST = 1e15  # a price (or a limit) beyond this is no figure but a corrupt catalog
MAX_LIMIT = 2**53  # the largest token limit read: a whole number every JSON reader keeps exact


def _scaled(number: float, name: str, scale: float) -> float:
    product = number * scale
    scaled = _ten_digits(product) if product else product  # 0.0 and -0.0 are one key
    if scaled > _LARGEST * PER_MILLION:
        raise Malformed(f"{name} is too large")
    return scaled


@lru_cache(maxsize=4096)  # a catalog repeats its prices
def _ten_digits(number: float) -> float:
    """A price rounded to ten significant digits (no float artefact: 2.5e-06 * 1e6 is 2.5)."""
    return float(f"{number:.10g}")


def _short(value: Any) -> str:
    """A value as an error shows it: a number of 400 digits by its first and last digits."""
    shown = repr(value)
    return shown if len(shown) <= 40 else f"{shown[:16]}...{shown[-8:]}"


def limit(value: Any, name: str) -> int | None:
    """A token limit: a whole number up to MAX_LIMIT; 0 and null are unknown, negatives and
    larger ones malformed."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise Malformed(f"{name} is not a whole number: {_short(value)}")
    if value < 0:
        raise Malformed(f"{name} is negative: {_short(value)}")
    if value > MAX_LIMIT:
        raise Malformed(f"{name} is too large")
    return value or None


def flag(value: Any, name: str) -> bool | None:
    """A yes/no capability: true, false, or unknown (null / missing)."""
    if value is None or isinstance(value, bool):
        return value
    raise Malformed(f"{name} is not true or false: {value!r}")


def text(value: Any) -> str | None:
    """A non-empty string, stripped, or None."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def day(value: Any) -> str | None:
    """A YYYY-MM-DD date, or None for anything else (YYYY-MM included)."""
    if isinstance(value, str) and len(value) == 10 and _is_date(value):
        return value
    return None


def month_or_day(value: Any) -> str | None:
    """A YYYY-MM or YYYY-MM-DD date (a knowledge cut-off), or None."""
    if isinstance(value, str) and len(value) == 7 and _is_date(value + "-01"):
        return value
    return day(value)


def _is_date(value: str) -> bool:
    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return value[4] == "-"


def modality_list(values: Any) -> list[str] | None:
    """The modelreg modalities (text, image, audio, video) among outside ones, in order."""
    if not isinstance(values, list):
        return None
    given = tuple(values)
    try:
        return list(_modalities(given))
    except TypeError:  # an unhashable value (an object, a list), which names no modality
        return list(_modalities(tuple(v for v in given if isinstance(v, str))))


@lru_cache(maxsize=256)  # a catalog has a few combinations
def _modalities(values: tuple[Any, ...]) -> tuple[str, ...]:
    given = {v.lower() for v in values if isinstance(v, str)}
    return tuple(m for m in MODALITIES if m in given)


def set_flags_from_modalities(entry: dict[str, Any]) -> None:
    """Vision / audio flags the modality lists imply, where no flag says otherwise."""
    inputs = entry.get("input_modalities")
    outputs = entry.get("output_modalities")
    if inputs:
        entry.setdefault("supports_vision", "image" in inputs)
        entry.setdefault("supports_audio_input", "audio" in inputs)
    if outputs:
        entry.setdefault("supports_audio_output", "audio" in outputs)


# The maker of a model, from its name, for entries of a host or reseller. The first
# pattern found wins, so the more specific ones (NVIDIA's Llama-based models, DeepSeek's
# Qwen and Llama distillations) come first.
_MAKERS: tuple[tuple[str, str], ...] = (
    ("nemotron", "nvidia"),
    ("nvidia", "nvidia"),
    ("nv-", "nvidia"),
    ("deepseek", "deepseek"),
    ("claude", "anthropic"),
    ("gpt-", "openai"),
    ("gpt_", "openai"),
    ("chatgpt", "openai"),
    ("dall-e", "openai"),
    ("whisper", "openai"),
    ("text-embedding-3", "openai"),
    ("text-embedding-ada", "openai"),
    ("gemini", "google"),
    ("gemma", "google"),
    ("imagen", "google"),
    ("grok", "xai"),
    ("mistral", "mistral"),
    ("mixtral", "mistral"),
    ("codestral", "mistral"),
    ("pixtral", "mistral"),
    ("ministral", "mistral"),
    ("magistral", "mistral"),
    ("devstral", "mistral"),
    ("llama", "meta"),
    ("qwen", "alibaba"),
    ("cohere", "cohere"),
    ("command-", "cohere"),
    ("jamba", "ai21"),
    ("amazon.", "amazon"),
    ("titan", "amazon"),
    ("phi-", "microsoft"),
    ("kimi", "moonshotai"),
    ("glm-", "zai"),
)


def drop_conversational_claims(entry: dict[str, Any]) -> None:
    """An embedding, rerank or moderation entry loses claims only a chat model can make."""
    if entry.get("kind") in rules.NOT_CONVERSATIONAL:
        for name in rules.CONVERSATIONAL:
            if entry.get(name):
                del entry[name]


# A maker's name as a model id's prefix spells it (OpenRouter, NIM, hosts) -> modelreg's.
_MAKER_PREFIXES: dict[str, str] = {
    "meta-llama": "meta",
    "mistralai": "mistral",
    "mistral-ai": "mistral",
    "x-ai": "xai",
    "z-ai": "zai",
    "zai-org": "zai",
    "thudm": "zai",
    "deepseek-ai": "deepseek",
    "minimaxai": "minimax",
    "qwen": "alibaba",
    "moonshot": "moonshotai",
}
MAKERS = frozenset(
    {"openai", "anthropic", "google", "meta", "mistral", "deepseek", "nvidia", "xai", "zai"}
    | {"cohere", "alibaba", "moonshotai", "minimax", "microsoft", "amazon", "ai21", "baidu"}
    | {"xiaomi", "perplexity", "tencent", "ibm", "stepfun"}
)


def maker_named(prefix: str, *, any_name: bool = False) -> str | None:
    """modelreg's name of the maker an id prefix names ("meta-llama" -> "meta").

    A prefix that is no maker modelreg knows gives None, or itself (lower-case) with
    ``any_name`` (OpenRouter's prefixes always name the maker).
    """
    name = prefix.lower()
    name = _MAKER_PREFIXES.get(name, name)
    return name if any_name or name in MAKERS else None


@lru_cache(maxsize=8192)  # the same name at many hosts
def maker_of(model: str) -> str | None:
    """The maker a model name points to (claude -> anthropic, ...), or None."""
    name = model.lower()
    for pattern, maker in _MAKERS:
        if pattern in name:
            return maker
    return None


def count_unknown(
    unknown: list[str], data: dict[str, Any], used: AbstractSet[str], prefix: str = ""
) -> None:
    """Note the keys of ``data`` a mapping does not carry (prefix: "cost." for nested ones)."""
    extra = data.keys() - used
    if extra:
        unknown.extend([prefix + key for key in extra] if prefix else extra)
