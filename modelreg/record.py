"""The one declaration of a model record: names, types, defaults, derivation, field groups
and the capability table.

Pure Python with no pydantic: the command line's fast paths build plain
records (dicts of every field) from trusted catalog data with ``complete()``,
and ModelDefinition (modelreg.definition) and the command line's validator
(modelreg.validation) run the same derivation before they validate, so every
path agrees field for field. A test checks that
``Record``, ``DEFAULTS``, ModelDefinition and ModelPricing declare the same
fields with the same types and defaults.

What a capability flag means, for every kind of model:

- ``supports_streaming``: the provider's API streams the output incrementally
  (chat, realtime; speech and transcription models where the API streams them);
  never an embedding, rerank or moderation model.
- ``supports_function_calling``: takes tool definitions and returns tool calls.
- ``supports_vision``: takes image input (images in the prompt, or an image to edit).
- ``supports_audio_input``: takes audio input (speech-to-text, audio chat, realtime).
- ``supports_audio_output``: produces audio (text-to-speech, audio chat, realtime).
- ``supports_reasoning``: thinks before it answers (o-series, R1, extended thinking).
- ``supports_structured_output``: output constrained to a caller's JSON schema; JSON
  mode alone is not enough (it shows as ``response_format`` in supported_features).
- ``supports_predicted_outputs``: OpenAI's Predicted Outputs.
- ``supports_batch``: the provider's batch API accepts it.
- ``supports_fine_tuning``: the provider offers fine-tuning of it.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any, Literal, TypedDict, get_args

Kind = Literal[
    "chat",
    "embedding",
    "image_generation",
    "text_to_speech",
    "speech_to_text",
    "rerank",
    "realtime",
    "video_generation",
    "moderation",
]
Modality = Literal["text", "image", "audio", "video"]
Status = Literal["active", "preview", "deprecated", "retired"]
STATUSES: tuple[str, ...] = get_args(Status)
KINDS: tuple[str, ...] = get_args(Kind)
MODALITIES: tuple[str, ...] = get_args(Modality)


class Pricing(TypedDict):
    """A record's prices in USD (None where unknown) and the date of their price list."""

    prompt_price_per_1m: float | None
    completion_price_per_1m: float | None
    cached_price_per_1m: float | None
    image_price_per_unit: float | None
    audio_price_per_minute: float | None
    character_price_per_1m: float | None
    cache_write_price_per_1m: float | None
    audio_input_price_per_1m: float | None
    audio_output_price_per_1m: float | None
    video_price_per_second: float | None
    as_of: str | None


class RecordFields(TypedDict):
    """Every field of a model record and its type: the declaration the registry, the
    catalogs (ModelSpec, sparse), the renderers and ModelDefinition agree on (a test checks)."""

    id: str
    name: str
    provider: str
    description: str
    created: int
    owned_by: str
    kind: Kind
    architecture: str | None
    parameters: int | None
    active_parameters: int | None
    num_experts: int | None
    experts_per_token: int | None
    num_layers: int | None
    hidden_size: int | None
    num_heads: int | None
    context_window: int | None
    max_completion_tokens: int | None
    supports_streaming: bool
    supports_function_calling: bool
    supports_vision: bool
    supports_audio_input: bool
    supports_audio_output: bool
    supports_reasoning: bool
    supports_structured_output: bool
    supports_predicted_outputs: bool
    supports_batch: bool
    pricing: Pricing | None
    supports_fine_tuning: bool
    fine_tuning_config: dict[str, Any] | None
    fine_tuned_from: str | None
    input_modalities: list[Modality]
    output_modalities: list[Modality]
    supported_features: list[str]
    embedding_dimensions: int | None
    license: str | None
    paper_url: str | None
    release_date: str | None
    knowledge_cutoff: str | None
    status: Status
    deprecation_date: str | None
    retirement_date: str | None
    successor: str | None
    fictional: bool
    reference_url: str | None
    tags: list[str]
    aliases: list[str]


# A record as code passes it around: a plain dict of every field of RecordFields.
Record = dict[str, Any]

# The defaults of a new model: the architecture's auto-created definition.
DEFAULTS: dict[str, Any] = {
    "name": "",
    "provider": "custom",
    "description": "",
    "created": 0,
    "owned_by": "",
    "kind": "chat",
    "architecture": None,
    "parameters": None,
    "active_parameters": None,
    "num_experts": None,
    "experts_per_token": None,
    "num_layers": None,
    "hidden_size": None,
    "num_heads": None,
    "context_window": 8192,
    "max_completion_tokens": 4096,
    "supports_streaming": None,
    "supports_function_calling": False,
    "supports_vision": False,
    "supports_audio_input": False,
    "supports_audio_output": False,
    "supports_reasoning": False,
    "supports_structured_output": False,
    "supports_predicted_outputs": False,
    "supports_batch": False,
    "pricing": None,
    "supports_fine_tuning": False,
    "fine_tuning_config": None,
    "fine_tuned_from": None,
    "input_modalities": None,
    "output_modalities": None,
    "supported_features": None,
    "embedding_dimensions": None,
    "license": None,
    "paper_url": None,
    "release_date": None,
    "knowledge_cutoff": None,
    "status": None,
    "deprecation_date": None,
    "retirement_date": None,
    "successor": None,
    "fictional": False,
    "reference_url": None,
    "tags": [],
    "aliases": [],
}
FIELDS = ("id", *DEFAULTS)
# The fields holding lists (a new model starts with them empty or derived).
LIST_FIELDS = ("input_modalities", "output_modalities", "supported_features", "tags", "aliases")
# Field groups, as show, compare, filters and sorting present them.
COUNT_FIELDS = (
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
)
ARCHITECTURE_FIELDS = ("architecture", *COUNT_FIELDS[:7], "embedding_dimensions")
LIFECYCLE_FIELDS = ("status", "deprecation_date", "retirement_date", "successor")
DATE_FIELDS = ("release_date", "knowledge_cutoff", "deprecation_date", "retirement_date")
PRICE_FIELDS = (
    "prompt_price_per_1m",
    "completion_price_per_1m",
    "cached_price_per_1m",
    "image_price_per_unit",
    "audio_price_per_minute",
    "character_price_per_1m",
    "cache_write_price_per_1m",
    "audio_input_price_per_1m",
    "audio_output_price_per_1m",
    "video_price_per_second",
)
PRICE_DATE = "as_of"  # the date of the price list a model's pricing was read from
PRICING_KEYS = (*PRICE_FIELDS, PRICE_DATE)  # every key of a record's pricing
# Short names of the prices (--sort prompt_price), each the field it stands for.
PRICE_NAMES = {
    "prompt_price": "prompt_price_per_1m",
    "completion_price": "completion_price_per_1m",
    "cached_price": "cached_price_per_1m",
    "image_price": "image_price_per_unit",
    "audio_price": "audio_price_per_minute",
    "character_price": "character_price_per_1m",
    "cache_write_price": "cache_write_price_per_1m",
    "audio_input_price": "audio_input_price_per_1m",
    "audio_output_price": "audio_output_price_per_1m",
    "video_price": "video_price_per_second",
}


@dataclass(frozen=True)
class Capability:
    """One capability: its name in JSON, the record field or test behind it, the words people
    type for it, and its letter and label in tables."""

    name: str
    field: str | None  # the record's boolean field; None for a property derived from a record
    words: tuple[str, ...]
    letter: str = ""  # its mark in the model table's Caps column ("" for none)
    test: Callable[[Mapping[str, Any]], bool] | None = None

    def of(self, record: Mapping[str, Any]) -> bool:
        """Whether a record has this capability."""
        return bool(self.test(record) if self.test else record[self.field])  # type: ignore[index]


def _any_audio(record: Mapping[str, Any]) -> bool:
    return "audio" in record["input_modalities"] or "audio" in record["output_modalities"]


_OPEN_WEIGHT_TAGS = frozenset({"openweights", "openweight", "opensource"})


def is_open_weights(record: Mapping[str, Any]) -> bool:
    """Whether a record is tagged open weights ("open-weights", "open-source", ...)."""
    return any(squash(tag) in _OPEN_WEIGHT_TAGS for tag in record["tags"])


def _is_moe(record: Mapping[str, Any]) -> bool:
    return (record["architecture"] or "").lower() == "moe" or (record["num_experts"] or 0) > 1


# THE capability table: the capabilities JSON's ten flags in their order, then the
# properties derived from a record. Words are matched after normalize_words().
CAPABILITIES: tuple[Capability, ...] = (
    Capability("streaming", "supports_streaming", ("streaming", "stream")),
    Capability(
        "function_calling",
        "supports_function_calling",
        ("tools", "function calling", "tool", "tool use", "tool calling", "functions"),
        "T",
    ),
    Capability("vision", "supports_vision", ("vision", "image input", "images in"), "V"),
    Capability(
        "audio_input", "supports_audio_input", ("audio input", "audio in", "speech input"), "A"
    ),
    Capability(
        "audio_output",
        "supports_audio_output",
        ("audio output", "audio out", "speech output"),
        "O",
    ),
    Capability("reasoning", "supports_reasoning", ("reasoning", "reasoner", "thinking"), "R"),
    Capability(
        "structured_output",
        "supports_structured_output",
        ("structured output", "structured outputs", "json", "json schema", "json mode"),
        "J",
    ),
    Capability(
        "predicted_outputs",
        "supports_predicted_outputs",
        ("predicted outputs", "predicted output", "prediction"),
    ),
    Capability(
        "fine_tuning",
        "supports_fine_tuning",
        ("fine tuning", "finetuning", "fine tune", "finetune", "fine tunable"),
        "F",
    ),
    Capability(
        "batch_processing", "supports_batch", ("batch processing", "batch", "batch api"), "B"
    ),
    Capability("audio", None, ("audio",), test=_any_audio),
    Capability(
        "embedding", None, ("embedding", "embeddings"), test=lambda r: r["kind"] == "embedding"
    ),
    Capability("moe", None, ("moe", "mixture of experts"), test=_is_moe),
    Capability(
        "open_weights", None, ("open weights", "open weight", "open source"), test=is_open_weights
    ),
)
CAPABILITY_FLAGS: tuple[Capability, ...] = tuple(c for c in CAPABILITIES if c.field)
CAPABILITY_FIELDS: dict[str, str] = {c.name: c.field for c in CAPABILITY_FLAGS}  # type: ignore[misc]
MARKED: tuple[Capability, ...] = tuple(c for c in CAPABILITIES if c.letter)
CAPABILITY_NAMES: tuple[str, ...] = tuple(c.name for c in CAPABILITIES)


def normalize_words(text: str) -> str:
    """Lower case, '-' and '_' as spaces, single spaces: 'Fine-Tuning' -> 'fine tuning'."""
    return " ".join(text.lower().replace("-", " ").replace("_", " ").split())


# Every word or phrase people type for a capability, its name and its field -> the capability.
CAPABILITY_WORDS: dict[str, Capability] = {}
for _capability in CAPABILITIES:
    for _word in (*_capability.words, _capability.name, _capability.field or _capability.name):
        CAPABILITY_WORDS.setdefault(normalize_words(_word), _capability)
LONGEST_PHRASE = max(len(word.split()) for word in CAPABILITY_WORDS)


def capability(word: str) -> Capability:
    """The capability a word names (vision, tools, audio-in, supports_batch, moe, ...).

    An unknown word raises ValueError naming the known capabilities.
    """
    found = CAPABILITY_WORDS.get(normalize_words(word))
    if found is None:
        from difflib import get_close_matches

        close = get_close_matches(normalize_words(word), list(CAPABILITY_WORDS), n=1)
        hint = f" (did you mean {CAPABILITY_WORDS[close[0]].name!r}?)" if close else ""
        known = ", ".join(
            c.name + (f" ({c.words[0]})" if normalize_words(c.name) != c.words[0] else "")
            for c in CAPABILITIES
        )
        raise ValueError(f"unknown capability {word!r}{hint}; use one of: {known}")
    return found


_SAMPLING = [
    "temperature",
    "top_p",
    "frequency_penalty",
    "presence_penalty",
    "logit_bias",
    "logprobs",
    "top_logprobs",
]
_FEATURES_BY_KIND: dict[str, list[str]] = {
    "embedding": ["dimensions", "encoding_format", "user"],
    "image_generation": ["n", "quality", "response_format", "size", "style", "user"],
    "text_to_speech": ["voice", "response_format", "speed"],
    "speech_to_text": [
        "language",
        "prompt",
        "response_format",
        "temperature",
        "timestamp_granularities",
    ],
    "rerank": ["query", "passages", "top_n", "truncate"],
    "video_generation": ["prompt", "seconds", "size", "input_reference"],
    "moderation": ["input"],
    "realtime": [
        "instructions",
        "voice",
        "input_audio_format",
        "output_audio_format",
        "turn_detection",
        "temperature",
        "max_response_output_tokens",
    ],
}


STREAMING_KINDS = ("chat", "realtime")  # kinds that stream unless a definition says otherwise
_UNSET_TEXT = (None, "")  # a name or owner left to be derived


def _input_modalities(data: Mapping[str, Any]) -> list[str]:
    kind = data["kind"]
    if kind == "speech_to_text":
        return ["audio"]
    found = ["text"]
    if data["supports_vision"]:
        found.append("image")
    if data["supports_audio_input"] or kind == "realtime":
        found.append("audio")
    return found


def _output_modalities(data: Mapping[str, Any]) -> list[str]:
    kind = data["kind"]
    if kind in ("embedding", "rerank", "moderation"):
        return []
    if kind == "video_generation":
        return ["video", "audio"]
    if kind == "image_generation":
        return ["image"]
    if kind == "text_to_speech":
        return ["audio"]
    if kind == "realtime" or data["supports_audio_output"]:
        return ["text", "audio"]
    return ["text"]


def _supported_features(data: Mapping[str, Any]) -> list[str]:
    """Request parameters the model accepts, from its kind and flags."""
    kind = data["kind"]
    if kind in _FEATURES_BY_KIND:
        return list(_FEATURES_BY_KIND[kind])
    if data["supports_reasoning"]:
        features = ["max_completion_tokens", "seed", "user"]
    else:
        features = ["max_tokens", "n", "stop", "seed", "user", *_SAMPLING]
    if data["supports_streaming"]:
        features += ["stream", "stream_options"]
    if data["supports_function_calling"]:
        features += ["tools", "tool_choice", "parallel_tool_calls"]
    if data["supports_structured_output"]:
        features.append("response_format")
    if data["supports_predicted_outputs"]:
        features.append("prediction")
    return features


@lru_cache(maxsize=8192)
def release_timestamp(release_date: str) -> int:
    """The Unix time of a YYYY-MM-DD date at 00:00 UTC."""
    day = _dt.date.fromisoformat(release_date)
    return int(_dt.datetime(day.year, day.month, day.day, tzinfo=_dt.UTC).timestamp())


def today() -> str:
    """Today's date as YYYY-MM-DD (MODELREG_TODAY pins it, for tests and reproducible runs)."""
    pinned = os.environ.get("MODELREG_TODAY")
    return pinned or _dt.date.today().isoformat()


def lifecycle_status(
    given: str | None, deprecation_date: str | None, retirement_date: str | None, on: str
) -> str | None:
    """A model's status on a date: the dates that have passed win over the given status."""
    if not isinstance(given, str | None):
        return given  # malformed: validation reports it
    if isinstance(retirement_date, str) and retirement_date <= on:
        return "retired"
    if given != "retired" and isinstance(deprecation_date, str) and deprecation_date <= on:
        return "deprecated"
    return given or "active"


# What the derived lists (modalities, supported features) depend on, and the lists.
RULE_INPUTS = (
    "kind",
    "supports_streaming",
    "supports_vision",
    "supports_audio_input",
    "supports_audio_output",
    "supports_reasoning",
    "supports_function_calling",
    "supports_structured_output",
    "supports_predicted_outputs",
)
_RULE_DEFAULTS = tuple(DEFAULTS[field] for field in RULE_INPUTS)
_DERIVED_LISTS = (
    ("input_modalities", _input_modalities),
    ("output_modalities", _output_modalities),
    ("supported_features", _supported_features),
)


def derived_lists(data: Mapping[str, Any]) -> dict[str, list[str]]:
    """The lists ``derive`` gives a definition with this kind and these flags."""
    lists = _derived_lists(tuple(map(data.get, RULE_INPUTS, _RULE_DEFAULTS)))
    return {field: list(value) for (field, _), value in zip(_DERIVED_LISTS, lists, strict=True)}


_RULE_KEY = itemgetter(*RULE_INPUTS)


def shared_derived_lists(record: Mapping[str, Any]) -> tuple[list[str], ...]:
    """The input modalities, output modalities and supported features ``derive`` gives a
    record that holds every field (its rule inputs read in one call): the same three
    lists for every record with those inputs, as a registry's records are never changed
    in place (a patched model already shares its base's lists)."""
    return _shared_lists(_RULE_KEY(record))


@lru_cache(maxsize=4096)
def _shared_lists(key: tuple[Any, ...]) -> tuple[list[str], ...]:
    return tuple(map(list, _derived_lists(key)))


@lru_cache(maxsize=4096)
def _derived_lists(key: tuple[Any, ...]) -> tuple[tuple[str, ...], ...]:
    """The derived lists for one combination of kind and flags (a catalog has few)."""
    data = dict(zip(RULE_INPUTS, key, strict=True))
    return tuple(tuple(rule(data)) for _, rule in _DERIVED_LISTS)


def derive(data: Mapping[str, Any], on: str | None = None) -> dict[str, Any]:
    """Fill every derived field a definition leaves out (or sets to null).

    Name from id, owner from provider, ``created`` from ``release_date``,
    streaming from the kind, the status on the date ``on`` (default today),
    modalities from the flags, supported features from the kind. Raw input of
    the wrong type is left for validation.
    """
    out = dict(data)
    get = out.get
    try:
        if get("supports_streaming") is None:
            out["supports_streaming"] = get("kind", "chat") in STREAMING_KINDS
        if get("name") in _UNSET_TEXT:
            out["name"] = get("id")
        if get("owned_by") in _UNSET_TEXT:
            out["owned_by"] = get("provider", DEFAULTS["provider"])
        created = get("created")
        if (created is None or (created == 0 and type(created) is int)) and get("release_date"):
            out["created"] = release_timestamp(out["release_date"])
        out["status"] = lifecycle_status(
            get("status"), get("deprecation_date"), get("retirement_date"), on or today()
        )
        inputs, outputs, features = _derived_lists(tuple(map(get, RULE_INPUTS, _RULE_DEFAULTS)))
        if get("input_modalities") is None:
            out["input_modalities"] = list(inputs)
        if get("output_modalities") is None:
            out["output_modalities"] = list(outputs)
        if get("supported_features") is None:
            out["supported_features"] = list(features)
    except (TypeError, ValueError, KeyError, AttributeError):
        pass  # malformed input: validation reports it field by field
    return out


def complete(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A full record (every field) from a trusted, already valid spec."""
    given = {**DEFAULTS, **derive(spec)}
    record = {key: given[key] for key in FIELDS}
    record["tags"] = list(record["tags"])
    record["aliases"] = list(record["aliases"])
    if record["pricing"] is not None:
        prices = record["pricing"]
        record["pricing"] = {k: _price(prices.get(k)) for k in PRICE_FIELDS}
        record["pricing"][PRICE_DATE] = prices.get(PRICE_DATE)
    return record


def _price(value: float | None) -> float | None:
    """Prices are floats in a record, as ModelPricing stores them."""
    return None if value is None else float(value)


def squash(text: str) -> str:
    """Case-folded letters and digits of any script, nothing else: 'GPT 4o' -> 'gpt4o'."""
    return "".join(filter(str.isalnum, text.casefold()))


def modalities(record: Mapping[str, Any]) -> list[str]:
    """Input and output modalities together, in the canonical order."""
    seen = set(record["input_modalities"]) | set(record["output_modalities"])
    return [m for m in MODALITIES if m in seen]


def capability_view(record: Mapping[str, Any]) -> dict[str, Any]:
    """The capabilities response (design.md's exact shape) of a record."""
    return {
        "model": record["id"],
        "context_window": record["context_window"],
        "max_completion_tokens": record["max_completion_tokens"],
        "pricing": record["pricing"],
        "capabilities": {c.name: record[c.field] for c in CAPABILITY_FLAGS},  # type: ignore[index]
        "modalities": modalities(record),
        "supported_features": list(record["supported_features"]),
    }
