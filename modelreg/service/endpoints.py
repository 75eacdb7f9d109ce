"""The endpoints modelreg checks: the parameters each takes and how each is checked (its
value, then the model, then its parts); where each model kind is served."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from modelreg.service.gates import (
    Gate,
    Walk,
    capability,
    feature,
    function_choice,
    function_tools,
    input_items,
    messages,
    modalities,
    response_format,
    stream,
    stream_options,
    text,
    within_dimensions,
    within_output_limit,
)
from modelreg.service.values import (
    Check,
    anything,
    boolean,
    either,
    embedding_input,
    enum,
    format_object,
    integer,
    is_int,
    json_array,
    json_object,
    logit_bias,
    non_empty_array,
    number,
    positive,
    present,
    string,
    string_or_array,
    string_or_object,
    strings,
    text_options,
    typed,
)
from modelreg.service.violations import Violation


@dataclass(frozen=True)
class Param:
    """How one request parameter is checked: its value, then the model, then its parts."""

    check: Check = anything
    gates: tuple[Gate, ...] = ()
    walk: Walk | None = None
    required: bool = False


def _p(check: Check = anything, *gates: Gate, walk: Walk | None = None) -> Param:
    return Param(check, gates, walk)


def _required(check: Check, *gates: Gate, walk: Walk | None = None) -> Param:
    return Param(check, gates, walk, required=True)


_FEATURE = feature()
_TOOLS = capability("supports_function_calling")
_OUTPUT = (_FEATURE, within_output_limit)
_ALWAYS = {
    "model": _p(string),
    "user": _p(string),
}
_TOOL_CHOICE = either(enum("none", "auto", "required"), json_object, "a string or an object")
_SAMPLING_PARAMS = {
    "temperature": _p(number(0, 2), _FEATURE),
    "top_p": _p(number(0, 1), _FEATURE),
    "presence_penalty": _p(number(-2, 2), _FEATURE),
    "frequency_penalty": _p(number(-2, 2), _FEATURE),
    "logit_bias": _p(logit_bias, _FEATURE),
    "n": _p(integer(1, 128), _FEATURE),
    "seed": _p(typed("an integer", is_int), _FEATURE),
    "stop": _p(either(string, strings(max_items=4), "a string or an array of strings"), _FEATURE),
    "stream": _p(boolean, stream),
    "stream_options": _p(json_object, stream_options),
}

_CHAT: dict[str, Param] = {
    **_ALWAYS,
    "messages": _required(non_empty_array, walk=messages),
    **_SAMPLING_PARAMS,
    "max_tokens": _p(positive, *_OUTPUT),
    "max_completion_tokens": _p(
        positive, feature("max_completion_tokens", "max_tokens"), within_output_limit
    ),
    "logprobs": _p(boolean, _FEATURE),
    "top_logprobs": _p(integer(0, 20), _FEATURE),
    "tools": _p(json_array, _TOOLS),
    "tool_choice": _p(_TOOL_CHOICE, _TOOLS),
    "parallel_tool_calls": _p(boolean, _TOOLS),
    "functions": _p(json_array, _TOOLS),
    "function_call": _p(string_or_object, _TOOLS),
    "response_format": _p(format_object, response_format),
    "prediction": _p(json_object, capability("supports_predicted_outputs")),
    "modalities": _p(strings(enum("text", "audio")), modalities),
    "audio": _p(json_object, capability("supports_audio_output")),
    "reasoning_effort": _p(string, capability("supports_reasoning")),
    "service_tier": _p(string),
    "store": _p(boolean),
    "metadata": _p(json_object),
    "web_search_options": _p(json_object),
    "verbosity": _p(enum("low", "medium", "high")),
    "prompt_cache_key": _p(string),
    "safety_identifier": _p(string),
}

_COMPLETIONS: dict[str, Param] = {
    **_ALWAYS,
    "prompt": _required(string_or_array),
    **_SAMPLING_PARAMS,
    "best_of": _p(integer(1, 20), feature("n")),
    "echo": _p(boolean),
    "logprobs": _p(integer(0, 5), _FEATURE),
    "max_tokens": _p(positive, *_OUTPUT),
    "suffix": _p(string),
}

_RESPONSES: dict[str, Param] = {
    **_ALWAYS,
    "input": _p(string_or_array, walk=input_items),
    "instructions": _p(string),
    "max_output_tokens": _p(positive, within_output_limit),
    "temperature": _SAMPLING_PARAMS["temperature"],
    "top_p": _SAMPLING_PARAMS["top_p"],
    "top_logprobs": _p(integer(0, 20), _FEATURE),
    "tools": _p(json_array, function_tools),
    "tool_choice": _p(_TOOL_CHOICE, function_choice),
    "parallel_tool_calls": _p(boolean),
    "max_tool_calls": _p(positive),
    "text": _p(text_options, text),
    "reasoning": _p(json_object, capability("supports_reasoning")),
    "stream": _SAMPLING_PARAMS["stream"],
    "stream_options": _SAMPLING_PARAMS["stream_options"],
    "store": _p(boolean),
    "metadata": _p(json_object),
    "previous_response_id": _p(string),
    "conversation": _p(string_or_object),
    "include": _p(strings()),
    "truncation": _p(enum("auto", "disabled")),
    "service_tier": _p(string),
    "background": _p(boolean),
    "prompt": _p(json_object),
    "prompt_cache_key": _p(string),
    "safety_identifier": _p(string),
}

_EMBEDDINGS: dict[str, Param] = {
    **_ALWAYS,
    "input": _required(embedding_input),
    "dimensions": _p(positive, _FEATURE, within_dimensions),
    "encoding_format": _p(enum("float", "base64"), _FEATURE),
}

_IMAGES: dict[str, Param] = {
    **_ALWAYS,
    "prompt": _required(string),
    "n": _p(integer(1, 10), _FEATURE),
    "quality": _p(string, _FEATURE),
    "response_format": _p(enum("url", "b64_json"), _FEATURE),
    "size": _p(string, _FEATURE),
    "style": _p(string, _FEATURE),
    "background": _p(string),
    "moderation": _p(string),
    "output_format": _p(string),
    "output_compression": _p(integer(0, 100)),
    "partial_images": _p(integer(0, 3)),
    "stream": _p(boolean, stream),
}

_SPEECH: dict[str, Param] = {
    **_ALWAYS,
    "input": _required(string),
    "voice": _required(string_or_object, _FEATURE),
    "response_format": _p(enum("mp3", "opus", "aac", "flac", "wav", "pcm"), _FEATURE),
    "speed": _p(number(0.25, 4.0), _FEATURE),
    "instructions": _p(string),
    "stream_format": _p(enum("sse", "audio")),
}

_TRANSCRIPTIONS: dict[str, Param] = {
    **_ALWAYS,
    "file": _required(present),
    "language": _p(string, _FEATURE),
    "prompt": _p(string, _FEATURE),
    "response_format": _p(
        enum("json", "text", "srt", "verbose_json", "vtt", "diarized_json"), _FEATURE
    ),
    "temperature": _p(number(0, 1), _FEATURE),
    "timestamp_granularities": _p(strings(enum("word", "segment")), _FEATURE),
    "chunking_strategy": _p(string_or_object),
    "include": _p(strings()),
    "stream": _p(boolean, stream),
    "known_speaker_names": _p(strings()),
    "known_speaker_references": _p(strings()),
}


@dataclass(frozen=True)
class Endpoint:
    params: dict[str, Param]
    kinds: tuple[str, ...]  # the model kinds it serves
    output: tuple[str, ...] = ()  # the parameters bounding the output tokens, first wins
    prompt: str | None = None  # the parameter the prompt tokens are in
    per_input: bool = False  # the window bounds each input of an array, not their sum


ENDPOINTS: dict[str, Endpoint] = {
    "chat.completions": Endpoint(
        _CHAT, ("chat", "realtime"), ("max_completion_tokens", "max_tokens"), "messages"
    ),
    "completions": Endpoint(_COMPLETIONS, ("chat",), ("max_tokens",), "prompt"),
    "responses": Endpoint(_RESPONSES, ("chat",), ("max_output_tokens",), "input"),
    "embeddings": Endpoint(_EMBEDDINGS, ("embedding",), (), "input", per_input=True),
    "images.generations": Endpoint(_IMAGES, ("image_generation",)),
    "audio.speech": Endpoint(_SPEECH, ("text_to_speech",)),
    "audio.transcriptions": Endpoint(_TRANSCRIPTIONS, ("speech_to_text",)),
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


def wrong_endpoint(record: Mapping[str, Any], endpoint: str) -> Violation:
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
