"""What a definition leaves out, derived from what it gives: name, owner, created,
streaming, the lifecycle status on a day, modalities and supported request parameters.

Pure Python with no pydantic: the command line's fast paths build plain records (dicts of
every field) from trusted catalog data with ``complete()``, and ModelDefinition and the
validators run the same derivation before they validate, so every path agrees field for field.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from operator import itemgetter
from typing import Any

from modelreg.clock import today
from modelreg.schema.fields import DEFAULTS, FIELDS, PRICE_OBJECTS, PRICING, Field

# A record as code passes it around: a plain dict of every field (schema.specs.RecordFields).
Record = dict[str, Any]

# The sampling parameters of a chat request (a reasoning model on a hosted API takes none).
SAMPLING = (
    "temperature",
    "top_p",
    "frequency_penalty",
    "presence_penalty",
    "logit_bias",
    "logprobs",
    "top_logprobs",
)
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
        features = ["max_tokens", "n", "stop", "seed", "user", *SAMPLING]
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
    import datetime as _dt  # here: a point lookup derives nothing

    day = _dt.date.fromisoformat(release_date)
    return int(_dt.datetime(day.year, day.month, day.day, tzinfo=_dt.UTC).timestamp())


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
DERIVED_LISTS = tuple(name for name, _ in _DERIVED_LISTS)


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


def derive(data: Mapping[str, Any], on: str | None = None, *, lists: bool = True) -> dict[str, Any]:
    """Fill every derived field a definition leaves out (or sets to null).

    Name from id, owner from provider, ``created`` from ``release_date``,
    streaming from the kind, the status on the date ``on`` (default today),
    modalities from the flags, supported features from the kind (unless ``lists`` is
    false: the validator gives a valid definition the shared lists, ``shared_derived_lists``).
    Raw input of the wrong type is left for validation.
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
        if not lists:
            return out
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


def complete(spec: Mapping[str, Any], on: str | None = None) -> dict[str, Any]:
    """A full record (every field) from a trusted, already valid spec (its status on the
    date ``on``, default today), as validation makes it."""
    given = {**DEFAULTS, **derive(spec, on)}
    record = {key: given[key] for key in FIELDS}
    record["tags"] = list(record["tags"])
    record["aliases"] = list(record["aliases"])
    if record["pricing"] is not None:
        record["pricing"] = normalized(record["pricing"], PRICING)
    return record


def normalized(prices: Mapping[str, Any], table: tuple[Field, ...]) -> dict[str, Any]:
    """A valid pricing (or a price object in it) as a record holds it, as ModelPricing
    stores it: every key, prices as floats, lists copied, price objects likewise."""
    blank, fields, defaulted, amounts = _layout(table)
    out: dict[str, Any] = blank.copy()  # what the prices leave out: null (reusing its keys)
    for field in defaulted:
        if field.name not in prices:
            out[field.name] = _normal(field, field.default)
    for name, value in prices.items():  # the few given, not every field
        if value is None:
            continue
        if name in amounts:
            out[name] = float(value)
        elif name in fields:
            out[name] = _normal(fields[name], value)
    return out


_PRICE_TYPES = ("price?", "price")


def _normal(field: Field, value: Any) -> Any:
    """A value of a field of a price table (not null), as a record holds it."""
    if field.type in _PRICE_TYPES:
        return float(value)
    objects = PRICE_OBJECTS.get(field.name)
    if objects is not None:  # image_prices is a list of them
        if isinstance(value, list):
            return [normalized(item, objects) for item in value]
        return normalized(value, objects)
    return list(value) if isinstance(value, list) else value


_Layout = tuple[dict[str, None], dict[str, Field], tuple[Field, ...], frozenset[str]]


def _layout(table: tuple[Field, ...]) -> _Layout:
    """A price table's names (each null, to copy), fields by name, fields with a default
    other than null, and names of the prices (floats) among them (made once for the
    declared tables)."""
    held = _LAYOUTS.get(id(table))
    if held is not None and held[0] is table:
        return held[1]
    blank = dict.fromkeys(field.name for field in table)
    defaulted = tuple(field for field in table if field.default is not None)
    amounts = frozenset(field.name for field in table if field.type in _PRICE_TYPES)
    return blank, {field.name: field for field in table}, defaulted, amounts


_LAYOUTS: dict[int, tuple[tuple[Field, ...], _Layout]] = {}
_LAYOUTS.update({id(t): (t, _layout(t)) for t in (PRICING, *PRICE_OBJECTS.values())})
