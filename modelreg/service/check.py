"""Can this model serve this request? OpenAI-style request checks over a model record.

``check_request`` never raises on the request, whatever JSON value it is: it
returns the Violations, in the order of the request's keys (then a missing
required parameter, then the context window), after ``model_retired`` when the
model is retired (a retired model serves nothing; its successor is named).
``check_warnings`` gives what a request to a model that still serves should
know: ``model_deprecated``, with the shutdown date. A parameter is checked for
its type first; a well-typed one then against the model:

* capability parameters (stream, tools, image and audio parts, audio output,
  json_schema, prediction, reasoning) against the model's capability flags:
  code ``unsupported_capability``;
* parameters modelreg's ``supported_features`` can list (sampling, n, stop,
  seed, max_tokens, ...) against that list, which for an open-weights chat model
  holds what its servers take (``accepted_features``): code ``unsupported_parameter``;
* parameters every model of the endpoint takes, or that modelreg knows
  nothing about per model (user, metadata, store, service_tier, ...): never;
* names the endpoint does not have: code ``unknown_parameter``.

A null value is a parameter left out (OpenAI treats it so), except for a
required one.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeGuard

from modelreg.errors import ModelNotFoundError
from modelreg.schema import FIELDS, Record, is_open_weights, lifecycle_status, today
from modelreg.schema.derive import SAMPLING

if TYPE_CHECKING:
    from modelreg.schema.definition import ModelDefinition

_FIELDS = frozenset(FIELDS)


def as_record(model: ModelDefinition | Mapping[str, Any]) -> Record | Mapping[str, Any]:
    """The record of a model given as a ModelDefinition, a record or a definition dict.

    A dict that lacks fields is validated as a ModelDefinition (its derived fields
    filled); anything else is a TypeError naming what is expected.
    """
    definition = sys.modules.get("modelreg.schema.definition")
    if definition is not None and isinstance(model, definition.ModelDefinition):
        return model.record()
    if isinstance(model, Mapping):
        if model.keys() >= _FIELDS:
            return model
        from modelreg.schema.definition import ModelDefinition

        return ModelDefinition.model_validate(dict(model)).record()
    raise TypeError(
        f"model must be a ModelDefinition or a dict of its fields, not {type(model).__name__}"
    )


@dataclass(frozen=True)
class Violation:
    """One reason a model cannot serve a request (from ``check_warnings``: one thing a
    request to it should know); ``param`` as OpenAI's error names it."""

    param: str | None
    code: str
    message: str

    def to_dict(self) -> dict[str, str | None]:
        """The violation as JSON: ``{"param", "code", "message"}``."""
        return {"param": self.param, "code": self.code, "message": self.message}


# The codes of the violations: model_not_found is a 404 in OpenAI's API, the others a 400.
CODES = (
    "invalid_type",  # not a JSON object / a parameter of the wrong type
    "invalid_value",  # the right type, a value out of range or not one of the choices
    "missing_required_parameter",
    "unknown_parameter",  # a name the endpoint does not have
    "unsupported_capability",  # the model lacks the capability flag the parameter needs
    "unsupported_parameter",  # the model's supported features do not list it
    "above_limit",  # output tokens, dimensions or the context window
    "wrong_endpoint",  # the model's kind is served elsewhere
    "model_retired",  # the provider no longer serves the model
    "model_not_found",
)
WARNING_CODES = ("model_deprecated",)  # the codes of check_warnings


def model_not_found(error: ModelNotFoundError) -> Violation:
    """The violation of a request naming a model the registry does not have."""
    return Violation("model", "model_not_found", str(error))


def _status(record: Mapping[str, Any], on: str | None) -> Any:
    """A model's lifecycle status on a date (default today): a date passed since it was
    loaded counts."""
    return lifecycle_status(
        record["status"], record["deprecation_date"], record["retirement_date"], on or today()
    )


def _instead(record: Mapping[str, Any]) -> str:
    successor = record["successor"]
    return f"use {successor!r} instead" if successor else "its provider names no successor"


def retired(record: Mapping[str, Any], on: str | None = None) -> Violation | None:
    """``model_retired`` when the model is retired on ``on`` (default today), naming the
    date and the successor; None while it serves."""
    if _status(record, on) != "retired":
        return None
    when = f" on {record['retirement_date']}" if record["retirement_date"] else ""
    return Violation(
        "model",
        "model_retired",
        f"Model {record['id']!r} was retired{when}: {_instead(record)}",
    )


def check_warnings(
    record: ModelDefinition | Mapping[str, Any],
    on: str | None = None,
    prompt_tokens: int | None = None,
) -> list[Violation]:
    """What a request to this model should know on ``on`` (default today): a deprecated
    model (or one whose shutdown is announced) gives ``model_deprecated`` with its
    shutdown date and successor (a retired model gives none: it is a violation); a
    prompt past the model's long-context threshold gives ``long_context_pricing`` with
    the prices it is billed at."""
    record = as_record(record)
    found = _long_context(record, prompt_tokens)
    status = _status(record, on)
    shutdown = record["retirement_date"]
    if status == "retired" or (status != "deprecated" and not shutdown):
        return found
    what = "is deprecated" if status == "deprecated" else "has an announced shutdown"
    when = f"it shuts down on {shutdown}" if shutdown else "no shutdown date is announced"
    message = f"Model {record['id']!r} {what}: {when}; {_instead(record)}"
    return [Violation("model", "model_deprecated", message), *found]


def _long_context(record: Mapping[str, Any], prompt_tokens: int | None) -> list[Violation]:
    tier = (record["pricing"] or {}).get("long_context")
    if tier is None or prompt_tokens is None or prompt_tokens <= tier["threshold_tokens"]:
        return []
    billed = "the whole request is" if tier["applies_to"] == "request" else "the excess is"
    prices = ", ".join(
        f"{name.removesuffix('_price_per_1m')} ${price:g}/1M"
        for name, price in tier.items()
        if name.endswith("_price_per_1m") and price is not None
    )
    message = (
        f"{prompt_tokens:,} prompt tokens pass the long-context threshold of {record['id']} "
        f"({tier['threshold_tokens']:,} tokens): {billed} billed at {prices}"
    )
    return [Violation("prompt_tokens", "long_context_pricing", message)]


# ---------------------------------------------------------------------------
# Value checks: None when the value is well formed, else (code, "must be ...").

Problem = tuple[str, str]
Check = Callable[[Any], Problem | None]


def _describe(value: Any) -> str:
    """The JSON type of a value, with its article: 'a string', 'an array'."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def _show(value: int) -> str:
    """An integer for a message (a huge one would exceed Python's int-to-str limit)."""
    return str(value) if value.bit_length() <= 100 else "more than 10^30"


def _anything(value: Any) -> Problem | None:
    return None


def _type(expected: str, ok: Callable[[Any], bool]) -> Check:
    def check(value: Any) -> Problem | None:
        return None if ok(value) else ("invalid_type", expected)

    return check


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_object(value: Any) -> bool:
    return isinstance(value, Mapping)


def _is_array(value: Any) -> bool:
    return isinstance(value, list)


_bool = _type("a boolean", lambda v: isinstance(v, bool))
_string = _type("a string", lambda v: isinstance(v, str))
_object = _type("an object", _is_object)
_array = _type("an array", _is_array)
_present = _type("given", lambda v: v is not None)
_string_or_object = _type("a string or an object", lambda v: isinstance(v, str) or _is_object(v))
_string_or_array = _type("a string or an array", lambda v: isinstance(v, str) or _is_array(v))


def _integer(low: int, high: int) -> Check:
    """An integer from low to high."""

    def check(value: Any) -> Problem | None:
        if not _is_int(value):
            return ("invalid_type", "an integer")
        return (
            None if low <= value <= high else ("invalid_value", f"an integer from {low} to {high}")
        )

    return check


def _counting(minimum: int) -> Check:
    """A count of at least 0 or 1: anything else (0 tokens, 2.5, "10") is the wrong type."""
    expected = "a positive integer" if minimum else "a non-negative integer"

    def check(value: Any) -> Problem | None:
        return None if _is_int(value) and value >= minimum else ("invalid_type", expected)

    return check


_positive = _counting(1)


def _number(low: float, high: float) -> Check:
    def check(value: Any) -> Problem | None:
        if not _is_number(value):
            return ("invalid_type", "a number")
        if isinstance(value, float) and not math.isfinite(value):
            return ("invalid_value", "a finite number")
        if not low <= value <= high:
            return ("invalid_value", f"a number from {low:g} to {high:g}")
        return None

    return check


def _enum(*values: str) -> Check:
    choices = ", ".join(map(repr, values))

    def check(value: Any) -> Problem | None:
        if not isinstance(value, str):
            return ("invalid_type", "a string")
        return None if value in values else ("invalid_value", f"one of {choices}")

    return check


def _strings(enum: Check | None = None, max_items: int | None = None) -> Check:
    """An array of strings (each one of an enum's values, if given)."""

    def check(value: Any) -> Problem | None:
        if not _is_array(value) or not all(isinstance(item, str) for item in value):
            return ("invalid_type", "an array of strings")
        if max_items is not None and len(value) > max_items:
            return ("invalid_value", f"an array of at most {max_items} strings")
        for item in value:
            problem = enum(item) if enum else None
            if problem:
                return ("invalid_value", f"an array of {problem[1]}")
        return None

    return check


def _either(first: Check, second: Check, expected: str) -> Check:
    """Well formed by one check or the other; the wrong type names both."""

    def check(value: Any) -> Problem | None:
        problems = (first(value), second(value))
        if None in problems:
            return None
        values = [p for p in problems if p and p[0] == "invalid_value"]
        return values[0] if values else ("invalid_type", expected)

    return check


def _non_empty_array(value: Any) -> Problem | None:
    if not _is_array(value):
        return ("invalid_type", "an array")
    return None if value else ("invalid_value", "a non-empty array")


def _logit_bias(value: Any) -> Problem | None:
    if not _is_object(value):
        return ("invalid_type", "an object")
    if not all(_is_number(bias) for bias in value.values()):
        return ("invalid_type", "an object of token ids to numbers")
    if not all(isinstance(bias, int) or math.isfinite(bias) for bias in value.values()):
        return ("invalid_value", "an object of token ids to finite numbers")
    if not all(-100 <= bias <= 100 for bias in value.values()):
        return ("invalid_value", "an object of token ids to biases from -100 to 100")
    return None


def _embedding_input(value: Any) -> Problem | None:
    """A string, an array of strings, of token ids, or of arrays of token ids; not empty."""
    expected = "a string, an array of strings or an array of token arrays"

    def tokens(item: Any) -> bool:
        return _is_array(item) and all(_is_int(t) for t in item)

    if isinstance(value, str):
        return None
    if not _is_array(value):
        return ("invalid_type", expected)
    if not value:
        return ("invalid_value", "not empty")
    kinds = (lambda i: isinstance(i, str), _is_int, tokens)
    if any(all(map(kind, value)) for kind in kinds):
        return None
    return ("invalid_type", expected)


_FORMAT_TYPES = ("text", "json_object", "json_schema")


def _format(value: Any) -> Problem | None:
    """A response format: an object whose 'type' is text, json_object or json_schema."""
    if not _is_object(value):
        return ("invalid_type", "an object")
    kind = value.get("type")
    if not isinstance(kind, str):
        return ("invalid_type", "an object with a string 'type'")
    if kind not in _FORMAT_TYPES:
        return ("invalid_value", "an object whose 'type' is one of " + ", ".join(_FORMAT_TYPES))
    if kind == "json_schema" and not _is_object(value.get("json_schema", value.get("schema"))):
        return ("invalid_type", "an object with a 'json_schema' object")
    return None


def _text_options(value: Any) -> Problem | None:
    """The Responses API's ``text``: an object whose ``format`` is a response format."""
    if not _is_object(value):
        return ("invalid_type", "an object")
    if value.get("format") is not None and _format(value["format"]):
        return (
            "invalid_type",
            "an object whose 'format' has a 'type' of " + "/".join(_FORMAT_TYPES),
        )
    return None


# ---------------------------------------------------------------------------
# Model checks: None when the model takes the (well formed) value, else a Violation.

Gate = Callable[[Mapping[str, Any], Mapping[str, Any], str, Any], Violation | None]

# Why a model lacks a capability, for the messages.
_LACKS = {
    "supports_streaming": "it does not stream",
    "supports_function_calling": "it has no function calling",
    "supports_vision": "it has no vision",
    "supports_audio_input": "it has no audio input",
    "supports_audio_output": "it has no audio output",
    "supports_reasoning": "it is not a reasoning model",
    "supports_structured_output": "it has no structured output",
    "supports_predicted_outputs": "it has no predicted outputs",
}
_SAMPLING = {*SAMPLING, "n", "best_of"}

# What the servers of open weights (vLLM, SGLang, llama.cpp, Ollama) take from any chat
# model, reasoning or not: that a reasoning model takes no sampling parameters and no
# max_tokens is a rule of OpenAI's hosted API, not of the weights.
OPEN_WEIGHTS_CHAT_FEATURES = (
    "max_tokens",
    "max_completion_tokens",
    "n",
    "stop",
    "seed",
    "user",
    *SAMPLING,
)


def accepted_features(record: Mapping[str, Any]) -> list[str]:
    """The request parameters a model's servers take: its supported features, and for an
    open-weights chat model (tagged open-weights) what open-weights servers take too."""
    listed = list(record["supported_features"] or ())
    if record["kind"] == "chat" and is_open_weights(record):
        listed += [name for name in OPEN_WEIGHTS_CHAT_FEATURES if name not in listed]
    return listed


def _lacks(record: Mapping[str, Any], field: str, param: str, what: str | None = None) -> Violation:
    subject = what or repr(param)
    return Violation(
        param,
        "unsupported_capability",
        f"Model {record['id']!r} does not support {subject} ({_LACKS[field]})",
    )


def _unlisted(record: Mapping[str, Any], param: str, what: str | None = None) -> Violation:
    if record["supports_reasoning"] and param == "max_tokens":
        why = "a reasoning model takes 'max_completion_tokens' instead"
    elif record["supports_reasoning"] and param in _SAMPLING:
        why = "a reasoning model takes no sampling parameters"
    else:
        why = "its supported features do not list it"
    subject = what or repr(param)
    return Violation(
        param, "unsupported_parameter", f"Model {record['id']!r} does not support {subject} ({why})"
    )


def _feature(*names: str) -> Gate:
    """The parameter (or one of these names) is in the model's supported features."""

    def gate(record: Mapping[str, Any], request: Any, param: str, value: Any) -> Violation | None:
        listed = accepted_features(record)
        return (
            None if any(name in listed for name in names or (param,)) else _unlisted(record, param)
        )

    return gate


def _capability(field: str) -> Gate:
    """The model has this capability flag."""

    def gate(record: Mapping[str, Any], request: Any, param: str, value: Any) -> Violation | None:
        return None if record[field] else _lacks(record, field, param)

    return gate


def _stream(record: Mapping[str, Any], request: Any, param: str, value: Any) -> Violation | None:
    """Streaming asked for (true) from a model that does not stream."""
    if value is True and not record["supports_streaming"]:
        return _lacks(record, "supports_streaming", param, "'stream': true")
    return None


def _stream_options(
    record: Mapping[str, Any], request: Mapping[str, Any], param: str, value: Any
) -> Violation | None:
    if request.get("stream") is not True:
        return Violation(param, "invalid_value", f"{param!r} is only allowed when 'stream' is true")
    return None


def _within_output_limit(
    record: Mapping[str, Any], request: Any, param: str, value: Any
) -> Violation | None:
    limit = record["max_completion_tokens"]
    if limit is not None and value > limit:
        return Violation(
            param,
            "above_limit",
            f"{param!r} is {_show(value)} but model {record['id']!r} produces at most "
            f"{limit} output tokens",
        )
    return None


def _within_dimensions(
    record: Mapping[str, Any], request: Any, param: str, value: Any
) -> Violation | None:
    limit = record["embedding_dimensions"]
    if limit is not None and value > limit:
        return Violation(
            param,
            "above_limit",
            f"{param!r} is {_show(value)} but model {record['id']!r} has {limit} dimensions",
        )
    return None


def _response_format(
    record: Mapping[str, Any], request: Any, param: str, value: Any
) -> Violation | None:
    """json_schema needs structured output; json_object needs response_format listed."""
    kind = value["type"]
    if kind == "json_schema" and not record["supports_structured_output"]:
        return _lacks(
            record, "supports_structured_output", param, f"{param!r} of type 'json_schema'"
        )
    if kind == "json_object" and "response_format" not in (record["supported_features"] or ()):
        return _unlisted(record, param, f"{param!r} of type 'json_object'")
    return None


def _text(record: Mapping[str, Any], request: Any, param: str, value: Any) -> Violation | None:
    fmt = value.get("format")
    return None if fmt is None else _response_format(record, request, f"{param}.format", fmt)


def _modalities(
    record: Mapping[str, Any], request: Any, param: str, value: Any
) -> Violation | None:
    if "audio" in value and not record["supports_audio_output"]:
        return _lacks(record, "supports_audio_output", param, f"{param!r} with 'audio'")
    return None


def _function_tools(
    record: Mapping[str, Any], request: Any, param: str, value: Any
) -> Violation | None:
    """Responses API tools: function (and custom) tools need function calling; built-ins don't."""
    if record["supports_function_calling"]:
        return None
    for index, tool in enumerate(value):
        if _is_object(tool) and tool.get("type") in ("function", "custom"):
            return _lacks(
                record, "supports_function_calling", f"{param}[{index}]", "function tools"
            )
    return None


def _function_choice(
    record: Mapping[str, Any], request: Any, param: str, value: Any
) -> Violation | None:
    """Responses API tool_choice: forcing a function needs function calling."""
    if _is_object(value) and value.get("type") == "function":
        return _capability("supports_function_calling")(record, request, param, value)
    return None


# ---------------------------------------------------------------------------
# Parts inside a parameter: chat messages and Responses API input items.

Walk = Callable[[Mapping[str, Any], str, Any], list[Violation]]

_IMAGE_PARTS = ("image_url", "input_image")
_AUDIO_PARTS = ("input_audio",)
_ROLES = ("system", "developer", "user", "assistant", "tool", "function")


def _invalid(param: str, problem: Problem, value: Any) -> Violation:
    code, expected = problem
    shown = f", not {_describe(value)}" if code == "invalid_type" else ""
    return Violation(param, code, f"{param!r} must be {expected}{shown}")


def _content(record: Mapping[str, Any], path: str, content: Any) -> list[Violation]:
    """A message's content: text, or an array of parts whose image and audio the model takes."""
    if content is None or isinstance(content, str):
        return []
    if not _is_array(content):
        return [_invalid(path, ("invalid_type", "a string or an array of parts"), content)]
    found = []
    for index, part in enumerate(content):
        where = f"{path}[{index}]"
        kind = part.get("type") if _is_object(part) else None
        if not isinstance(kind, str):
            found.append(_invalid(where, ("invalid_type", "an object with a string 'type'"), part))
        elif kind in _IMAGE_PARTS and not record["supports_vision"]:
            found.append(_lacks(record, "supports_vision", where, f"image input at {where!r}"))
        elif kind in _AUDIO_PARTS and not record["supports_audio_input"]:
            found.append(_lacks(record, "supports_audio_input", where, f"audio input at {where!r}"))
    return found


def _messages(record: Mapping[str, Any], param: str, value: list[Any]) -> list[Violation]:
    """Chat messages: objects with a known role and a well-formed content."""
    found = []
    for index, message in enumerate(value):
        where = f"{param}[{index}]"
        if not _is_object(message):
            found.append(_invalid(where, ("invalid_type", "an object"), message))
            continue
        role = message.get("role")
        problem = _enum(*_ROLES)(role)
        if problem:
            found.append(_invalid(f"{where}.role", problem, role))
        found += _content(record, f"{where}.content", message.get("content"))
    return found


def _input_items(record: Mapping[str, Any], param: str, value: Any) -> list[Violation]:
    """Responses API input: text, or items whose content parts the model must take."""
    if isinstance(value, str):
        return []
    found = []
    for index, item in enumerate(value):
        where = f"{param}[{index}]"
        if _is_object(item):
            found += _content(record, f"{where}.content", item.get("content"))
        else:
            found.append(_invalid(where, ("invalid_type", "an object"), item))
    return found


# ---------------------------------------------------------------------------
# The endpoints and their parameters.


@dataclass(frozen=True)
class _Param:
    """How one request parameter is checked: its value, then the model, then its parts."""

    check: Check = _anything
    gates: tuple[Gate, ...] = ()
    walk: Walk | None = None
    required: bool = False


def _p(check: Check = _anything, *gates: Gate, walk: Walk | None = None) -> _Param:
    return _Param(check, gates, walk)


def _required(check: Check, *gates: Gate, walk: Walk | None = None) -> _Param:
    return _Param(check, gates, walk, required=True)


_FEATURE = _feature()
_TOOLS = _capability("supports_function_calling")
_OUTPUT = (_FEATURE, _within_output_limit)
_ALWAYS = {
    "model": _p(_string),
    "user": _p(_string),
}
_TOOL_CHOICE = _either(_enum("none", "auto", "required"), _object, "a string or an object")
_SAMPLING_PARAMS = {
    "temperature": _p(_number(0, 2), _FEATURE),
    "top_p": _p(_number(0, 1), _FEATURE),
    "presence_penalty": _p(_number(-2, 2), _FEATURE),
    "frequency_penalty": _p(_number(-2, 2), _FEATURE),
    "logit_bias": _p(_logit_bias, _FEATURE),
    "n": _p(_integer(1, 128), _FEATURE),
    "seed": _p(_type("an integer", _is_int), _FEATURE),
    "stop": _p(
        _either(_string, _strings(max_items=4), "a string or an array of strings"), _FEATURE
    ),
    "stream": _p(_bool, _stream),
    "stream_options": _p(_object, _stream_options),
}

_CHAT: dict[str, _Param] = {
    **_ALWAYS,
    "messages": _required(_non_empty_array, walk=_messages),
    **_SAMPLING_PARAMS,
    "max_tokens": _p(_positive, *_OUTPUT),
    "max_completion_tokens": _p(
        _positive, _feature("max_completion_tokens", "max_tokens"), _within_output_limit
    ),
    "logprobs": _p(_bool, _FEATURE),
    "top_logprobs": _p(_integer(0, 20), _FEATURE),
    "tools": _p(_array, _TOOLS),
    "tool_choice": _p(_TOOL_CHOICE, _TOOLS),
    "parallel_tool_calls": _p(_bool, _TOOLS),
    "functions": _p(_array, _TOOLS),
    "function_call": _p(_string_or_object, _TOOLS),
    "response_format": _p(_format, _response_format),
    "prediction": _p(_object, _capability("supports_predicted_outputs")),
    "modalities": _p(_strings(_enum("text", "audio")), _modalities),
    "audio": _p(_object, _capability("supports_audio_output")),
    "reasoning_effort": _p(_string, _capability("supports_reasoning")),
    "service_tier": _p(_string),
    "store": _p(_bool),
    "metadata": _p(_object),
    "web_search_options": _p(_object),
    "verbosity": _p(_enum("low", "medium", "high")),
    "prompt_cache_key": _p(_string),
    "safety_identifier": _p(_string),
}

_COMPLETIONS: dict[str, _Param] = {
    **_ALWAYS,
    "prompt": _required(_string_or_array),
    **_SAMPLING_PARAMS,
    "best_of": _p(_integer(1, 20), _feature("n")),
    "echo": _p(_bool),
    "logprobs": _p(_integer(0, 5), _FEATURE),
    "max_tokens": _p(_positive, *_OUTPUT),
    "suffix": _p(_string),
}

_RESPONSES: dict[str, _Param] = {
    **_ALWAYS,
    "input": _p(_string_or_array, walk=_input_items),
    "instructions": _p(_string),
    "max_output_tokens": _p(_positive, _within_output_limit),
    "temperature": _SAMPLING_PARAMS["temperature"],
    "top_p": _SAMPLING_PARAMS["top_p"],
    "top_logprobs": _p(_integer(0, 20), _FEATURE),
    "tools": _p(_array, _function_tools),
    "tool_choice": _p(_TOOL_CHOICE, _function_choice),
    "parallel_tool_calls": _p(_bool),
    "max_tool_calls": _p(_positive),
    "text": _p(_text_options, _text),
    "reasoning": _p(_object, _capability("supports_reasoning")),
    "stream": _SAMPLING_PARAMS["stream"],
    "stream_options": _SAMPLING_PARAMS["stream_options"],
    "store": _p(_bool),
    "metadata": _p(_object),
    "previous_response_id": _p(_string),
    "conversation": _p(_string_or_object),
    "include": _p(_strings()),
    "truncation": _p(_enum("auto", "disabled")),
    "service_tier": _p(_string),
    "background": _p(_bool),
    "prompt": _p(_object),
    "prompt_cache_key": _p(_string),
    "safety_identifier": _p(_string),
}

_EMBEDDINGS: dict[str, _Param] = {
    **_ALWAYS,
    "input": _required(_embedding_input),
    "dimensions": _p(_positive, _FEATURE, _within_dimensions),
    "encoding_format": _p(_enum("float", "base64"), _FEATURE),
}

_IMAGES: dict[str, _Param] = {
    **_ALWAYS,
    "prompt": _required(_string),
    "n": _p(_integer(1, 10), _FEATURE),
    "quality": _p(_string, _FEATURE),
    "response_format": _p(_enum("url", "b64_json"), _FEATURE),
    "size": _p(_string, _FEATURE),
    "style": _p(_string, _FEATURE),
    "background": _p(_string),
    "moderation": _p(_string),
    "output_format": _p(_string),
    "output_compression": _p(_integer(0, 100)),
    "partial_images": _p(_integer(0, 3)),
    "stream": _p(_bool, _stream),
}

_SPEECH: dict[str, _Param] = {
    **_ALWAYS,
    "input": _required(_string),
    "voice": _required(_string_or_object, _FEATURE),
    "response_format": _p(_enum("mp3", "opus", "aac", "flac", "wav", "pcm"), _FEATURE),
    "speed": _p(_number(0.25, 4.0), _FEATURE),
    "instructions": _p(_string),
    "stream_format": _p(_enum("sse", "audio")),
}

_TRANSCRIPTIONS: dict[str, _Param] = {
    **_ALWAYS,
    "file": _required(_present),
    "language": _p(_string, _FEATURE),
    "prompt": _p(_string, _FEATURE),
    "response_format": _p(
        _enum("json", "text", "srt", "verbose_json", "vtt", "diarized_json"), _FEATURE
    ),
    "temperature": _p(_number(0, 1), _FEATURE),
    "timestamp_granularities": _p(_strings(_enum("word", "segment")), _FEATURE),
    "chunking_strategy": _p(_string_or_object),
    "include": _p(_strings()),
    "stream": _p(_bool, _stream),
    "known_speaker_names": _p(_strings()),
    "known_speaker_references": _p(_strings()),
}


@dataclass(frozen=True)
class _Endpoint:
    params: dict[str, _Param]
    kinds: tuple[str, ...]  # the model kinds it serves
    output: tuple[str, ...] = ()  # the parameters bounding the output tokens, first wins
    prompt: str | None = None  # the parameter the prompt tokens are in
    per_input: bool = False  # the window bounds each input of an array, not their sum


ENDPOINTS: dict[str, _Endpoint] = {
    "chat.completions": _Endpoint(
        _CHAT, ("chat", "realtime"), ("max_completion_tokens", "max_tokens"), "messages"
    ),
    "completions": _Endpoint(_COMPLETIONS, ("chat",), ("max_tokens",), "prompt"),
    "responses": _Endpoint(_RESPONSES, ("chat",), ("max_output_tokens",), "input"),
    "embeddings": _Endpoint(_EMBEDDINGS, ("embedding",), (), "input", per_input=True),
    "images.generations": _Endpoint(_IMAGES, ("image_generation",)),
    "audio.speech": _Endpoint(_SPEECH, ("text_to_speech",)),
    "audio.transcriptions": _Endpoint(_TRANSCRIPTIONS, ("speech_to_text",)),
}
# Where each kind is served (endpoints modelreg does not check included).
KIND_ENDPOINTS: dict[str, str] = {
    "chat": "chat.completions",
    "realtime": "realtime",
    "embedding": "embeddings",
    "image_generation": "images.generations",
    "text_to_speech": "audio.speech",
    "speech_to_text": "audio.transcriptions",
    "rerank": "rerank",
    "video_generation": "videos",
    "moderation": "moderations",
}


def endpoint_path(endpoint: str) -> str:
    """The URL path of an endpoint name: 'chat.completions' -> '/v1/chat/completions'."""
    return "/v1/" + endpoint.replace(".", "/")


def _wrong_endpoint(record: Mapping[str, Any], endpoint: str) -> Violation:
    kind = record["kind"]
    home = KIND_ENDPOINTS.get(kind)
    article = "an" if kind[:1] in "aeiou" else "a"
    where = f"it is served at {endpoint_path(home)}" if home else "no endpoint serves it"
    return Violation(
        "model",
        "wrong_endpoint",
        f"Model {record['id']!r} is {article} {kind.replace('_', ' ')} model: {where}, "
        f"not {endpoint_path(endpoint)}",
    )


def check_request(
    record: ModelDefinition | Mapping[str, Any],
    request: Any,
    *,
    endpoint: str = "chat.completions",
    prompt_tokens: int | None = None,
) -> list[Violation]:
    """Every reason this model (a ModelDefinition, a record or a definition dict) cannot
    serve this request body at this endpoint.

    ``request`` is any JSON value (a body that is not an object gives one
    violation). ``prompt_tokens``, counted by the caller, is checked with the
    requested output tokens against the context window. An unknown endpoint or
    a prompt_tokens that is not a non-negative int is the caller's error:
    ValueError.
    """
    spec = ENDPOINTS.get(endpoint)
    if spec is None:
        raise ValueError(f"unknown endpoint {endpoint!r}: expected one of {', '.join(ENDPOINTS)}")
    if prompt_tokens is not None and (not _is_int(prompt_tokens) or prompt_tokens < 0):
        raise ValueError(f"prompt_tokens must be a non-negative int, not {prompt_tokens!r}")
    record = as_record(record)
    gone = retired(record)
    found: list[Violation] = [gone] if gone else []
    if not isinstance(request, Mapping):
        return [
            *found,
            Violation(
                None,
                "invalid_type",
                f"The request body must be a JSON object, not {_describe(request)}",
            ),
        ]
    if record["kind"] not in spec.kinds:
        return [*found, _wrong_endpoint(record, endpoint)]
    for key, value in request.items():
        found += _check_param(record, request, spec.params, key, value)
    for key, param in spec.params.items():
        if param.required and key not in request:
            found.append(Violation(key, "missing_required_parameter", f"{key!r} is required"))
    if prompt_tokens is not None:
        found += _context(record, request, spec, prompt_tokens)
    return found


def _check_param(
    record: Mapping[str, Any],
    request: Mapping[str, Any],
    params: Mapping[str, _Param],
    key: Any,
    value: Any,
) -> list[Violation]:
    """The violations of one request parameter."""
    if not isinstance(key, str):
        return [Violation(None, "invalid_type", "The request's keys must be strings")]
    param = params.get(key)
    if param is None:
        return [
            Violation(key, "unknown_parameter", f"Unrecognized request argument supplied: {key}")
        ]
    if value is None and not param.required:
        return []
    problem = param.check(value)
    if problem:
        return [_invalid(key, problem, value)]
    for gate in param.gates:
        violation = gate(record, request, key, value)
        if violation:
            return [violation]
    return param.walk(record, key, value) if param.walk else []


def _context(
    record: Mapping[str, Any], request: Mapping[str, Any], spec: _Endpoint, prompt_tokens: int
) -> list[Violation]:
    """The prompt and the requested output tokens within the context window."""
    window = record["context_window"]
    if spec.prompt is None or window is None:
        return []
    if spec.per_input and not isinstance(request.get(spec.prompt), str):
        return []  # many inputs: the window bounds each one, not their sum
    requested = [request.get(key) for key in spec.output]
    output = next((n for n in requested if _is_int(n) and n > 0), 0)
    if prompt_tokens + output <= window:
        return []
    need = f"{_show(prompt_tokens)} prompt tokens"
    if output:
        need += f" + {_show(output)} output tokens = {_show(prompt_tokens + output)}"
    return [
        Violation(
            spec.prompt,
            "above_limit",
            f"Model {record['id']!r} has a context window of {window} tokens; "
            f"this request needs {need}",
        )
    ]
