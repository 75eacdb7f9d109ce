"""Model checks: gates (None when the model takes a well-formed parameter, else a Violation)
and walks over the parts inside one (chat messages, Responses API input items)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from modelreg.schema.derive import SAMPLING
from modelreg.service.open_weights import accepted_features
from modelreg.service.values import (
    enum,
    invalid,
    is_array,
    is_object,
    show,
)
from modelreg.service.violations import Violation

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


def feature(*names: str) -> Gate:
    """The parameter (or one of these names) is in the model's supported features."""

    def gate(record: Mapping[str, Any], request: Any, param: str, value: Any) -> Violation | None:
        listed = accepted_features(record)
        return (
            None if any(name in listed for name in names or (param,)) else _unlisted(record, param)
        )

    return gate


def capability(field: str) -> Gate:
    """The model has this capability flag."""

    def gate(record: Mapping[str, Any], request: Any, param: str, value: Any) -> Violation | None:
        return None if record[field] else _lacks(record, field, param)

    return gate


def stream(record: Mapping[str, Any], request: Any, param: str, value: Any) -> Violation | None:
    """Streaming asked for (true) from a model that does not stream."""
    if value is True and not record["supports_streaming"]:
        return _lacks(record, "supports_streaming", param, "'stream': true")
    return None


def stream_options(
    record: Mapping[str, Any], request: Mapping[str, Any], param: str, value: Any
) -> Violation | None:
    if request.get("stream") is not True:
        return Violation(param, "invalid_value", f"{param!r} is only allowed when 'stream' is true")
    return None


def within_output_limit(
    record: Mapping[str, Any], request: Any, param: str, value: Any
) -> Violation | None:
    limit = record["max_completion_tokens"]
    if limit is not None and value > limit:
        return Violation(
            param,
            "above_limit",
            f"{param!r} is {show(value)} but model {record['id']!r} produces at most "
            f"{limit} output tokens",
        )
    return None


def within_dimensions(
    record: Mapping[str, Any], request: Any, param: str, value: Any
) -> Violation | None:
    limit = record["embedding_dimensions"]
    if limit is not None and value > limit:
        return Violation(
            param,
            "above_limit",
            f"{param!r} is {show(value)} but model {record['id']!r} has {limit} dimensions",
        )
    return None


def response_format(
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


def text(record: Mapping[str, Any], request: Any, param: str, value: Any) -> Violation | None:
    fmt = value.get("format")
    return None if fmt is None else response_format(record, request, f"{param}.format", fmt)


def modalities(record: Mapping[str, Any], request: Any, param: str, value: Any) -> Violation | None:
    if "audio" in value and not record["supports_audio_output"]:
        return _lacks(record, "supports_audio_output", param, f"{param!r} with 'audio'")
    return None


def function_tools(
    record: Mapping[str, Any], request: Any, param: str, value: Any
) -> Violation | None:
    """Responses API tools: function (and custom) tools need function calling; built-ins don't."""
    if record["supports_function_calling"]:
        return None
    for index, tool in enumerate(value):
        if is_object(tool) and tool.get("type") in ("function", "custom"):
            return _lacks(
                record, "supports_function_calling", f"{param}[{index}]", "function tools"
            )
    return None


def function_choice(
    record: Mapping[str, Any], request: Any, param: str, value: Any
) -> Violation | None:
    """Responses API tool_choice: forcing a function needs function calling."""
    if is_object(value) and value.get("type") == "function":
        return capability("supports_function_calling")(record, request, param, value)
    return None


# ---------------------------------------------------------------------------
# Parts inside a parameter: chat messages and Responses API input items.

Walk = Callable[[Mapping[str, Any], str, Any], list[Violation]]

_IMAGE_PARTS = ("image_url", "input_image")
_AUDIO_PARTS = ("input_audio",)
_ROLES = ("system", "developer", "user", "assistant", "tool", "function")


def _content(record: Mapping[str, Any], path: str, content: Any) -> list[Violation]:
    """A message's content: text, or an array of parts whose image and audio the model takes."""
    if content is None or isinstance(content, str):
        return []
    if not is_array(content):
        return [invalid(path, ("invalid_type", "a string or an array of parts"), content)]
    found = []
    for index, part in enumerate(content):
        where = f"{path}[{index}]"
        kind = part.get("type") if is_object(part) else None
        if not isinstance(kind, str):
            found.append(invalid(where, ("invalid_type", "an object with a string 'type'"), part))
        elif kind in _IMAGE_PARTS and not record["supports_vision"]:
            found.append(_lacks(record, "supports_vision", where, f"image input at {where!r}"))
        elif kind in _AUDIO_PARTS and not record["supports_audio_input"]:
            found.append(_lacks(record, "supports_audio_input", where, f"audio input at {where!r}"))
    return found


def messages(record: Mapping[str, Any], param: str, value: list[Any]) -> list[Violation]:
    """Chat messages: objects with a known role and a well-formed content."""
    found = []
    for index, message in enumerate(value):
        where = f"{param}[{index}]"
        if not is_object(message):
            found.append(invalid(where, ("invalid_type", "an object"), message))
            continue
        role = message.get("role")
        problem = enum(*_ROLES)(role)
        if problem:
            found.append(invalid(f"{where}.role", problem, role))
        found += _content(record, f"{where}.content", message.get("content"))
    return found


def input_items(record: Mapping[str, Any], param: str, value: Any) -> list[Violation]:
    """Responses API input: text, or items whose content parts the model must take."""
    if isinstance(value, str):
        return []
    found = []
    for index, item in enumerate(value):
        where = f"{param}[{index}]"
        if is_object(item):
            found += _content(record, f"{where}.content", item.get("content"))
        else:
            found.append(invalid(where, ("invalid_type", "an object"), item))
    return found
