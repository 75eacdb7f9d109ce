"""check_request: what a model can serve, one test per rule, and any JSON never raises."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from modelreg.errors import ModelNotFoundError
from modelreg.schema import complete
from modelreg.schema.definition import ModelDefinition
from modelreg.service.check import check_request
from modelreg.service.endpoints import ENDPOINTS
from modelreg.service.open_weights import accepted_features
from modelreg.service.request_warnings import check_warnings
from modelreg.service.violations import CODES, WARNING_CODES, Violation, model_not_found

CHAT = complete(
    {
        "id": "gpt-4o",
        "context_window": 128000,
        "max_completion_tokens": 16384,
        "supports_function_calling": True,
        "supports_vision": True,
        "supports_structured_output": True,
        "supports_predicted_outputs": True,
    }
)
PLAIN = complete({"id": "plain-7b", "supports_streaming": False})
REASONING = complete(
    {
        "id": "o1",
        "context_window": 200000,
        "max_completion_tokens": 100000,
        "supports_reasoning": True,
        "supports_function_calling": True,
        "supports_structured_output": True,
    }
)
AUDIO = complete(
    {"id": "gpt-4o-audio", "supports_audio_input": True, "supports_audio_output": True}
)
JSON_MODE = complete({"id": "json-mode", "supported_features": ["max_tokens", "response_format"]})
REALTIME = complete({"id": "gpt-realtime", "kind": "realtime"})
EMBEDDING = complete(
    {
        "id": "text-embedding-3-small",
        "kind": "embedding",
        "context_window": 8191,
        "max_completion_tokens": None,
        "embedding_dimensions": 1536,
    }
)
FIXED_EMBEDDING = complete(
    {"id": "ada-002", "kind": "embedding", "supported_features": ["encoding_format", "user"]}
)
IMAGE = complete(
    {
        "id": "dall-e-3",
        "kind": "image_generation",
        "context_window": None,
        "max_completion_tokens": None,
    }
)
SPEECH = complete({"id": "tts-1", "kind": "text_to_speech", "context_window": None})
TRANSCRIBE = complete({"id": "whisper-1", "kind": "speech_to_text", "context_window": None})
RERANK = complete({"id": "rerank-v3", "kind": "rerank"})
RECORDS = (CHAT, PLAIN, REASONING, AUDIO, JSON_MODE, REALTIME, EMBEDDING, IMAGE, SPEECH, TRANSCRIBE)

HELLO = [{"role": "user", "content": "Hello"}]


def chat(record: dict[str, Any], **params: Any) -> list[Violation]:
    """The violations of a chat request with these parameters besides model and messages."""
    return check_request(record, {"model": record["id"], "messages": HELLO, **params})


def one(violations: list[Violation], param: str | None, code: str) -> Violation:
    """The single violation, checked for its param and code."""
    assert [(v.param, v.code) for v in violations] == [(param, code)], violations
    return violations[0]


# --- the request body and parameter types --------------------------------------------------------


@pytest.mark.parametrize("body", [None, True, 0, 1.5, "text", [], [{"model": "gpt-4o"}]])
def test_a_body_that_is_not_an_object_is_one_violation(body: Any) -> None:
    violation = one(check_request(CHAT, body), None, "invalid_type")
    assert "must be a JSON object" in violation.message


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("stream", "true"),
        ("stream", 1),
        ("max_tokens", 0),
        ("max_tokens", -5),
        ("max_tokens", 2.5),
        ("max_tokens", "100"),
        ("max_tokens", True),
        ("messages", "Hello"),
        ("messages", {"role": "user"}),
        ("temperature", "hot"),
        ("temperature", False),
        ("n", 1.5),
        ("stop", 5),
        ("tools", {"type": "function"}),
        ("response_format", "json_object"),
        ("logprobs", 1),
        ("seed", 1.5),
        ("user", 42),
        ("metadata", []),
        ("modalities", "audio"),
        ("model", 4),
    ],
)
def test_a_wrong_type_for_a_known_parameter_names_it(param: str, value: Any) -> None:
    violation = one(chat(CHAT, **{param: value}), param, "invalid_type")
    assert violation.message.startswith(f"{param!r} must be ")


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("temperature", 2.5),
        ("temperature", float("nan")),
        ("top_p", 1.5),
        ("top_logprobs", 25),
        ("presence_penalty", -3),
        ("logit_bias", {"50256": 101}),
        ("response_format", {"type": "xml"}),
        ("messages", []),
        ("stop", ["a", "b", "c", "d", "e"]),
        ("tool_choice", "always"),
        ("modalities", ["text", "video"]),
    ],
)
def test_a_value_out_of_range_is_invalid_value(param: str, value: Any) -> None:
    one(chat(CHAT, **{param: value}), param, "invalid_value")


def test_null_is_a_parameter_left_out() -> None:
    assert chat(REASONING, temperature=None, max_tokens=None, stop=None) == []
    assert chat(PLAIN, tools=None, stream=None, response_format=None) == []
    one(check_request(CHAT, {"messages": None}), "messages", "invalid_type")


def test_messages_are_checked_one_by_one() -> None:
    messages = [
        {"role": "wizard", "content": "hi"},
        "hello",
        {"role": "user", "content": 42},
        {"role": "user", "content": [{"text": "no type"}, "text"]},
        {"role": "assistant", "content": None, "tool_calls": []},
    ]
    found = check_request(CHAT, {"messages": messages})
    assert [(v.param, v.code) for v in found] == [
        ("messages[0].role", "invalid_value"),
        ("messages[1]", "invalid_type"),
        ("messages[2].content", "invalid_type"),
        ("messages[3].content[0]", "invalid_type"),
        ("messages[3].content[1]", "invalid_type"),
    ]


def test_a_chat_request_needs_messages() -> None:
    one(check_request(CHAT, {"model": "gpt-4o"}), "messages", "missing_required_parameter")


# --- capabilities --------------------------------------------------------------------------------


def test_stream_true_on_a_model_that_does_not_stream() -> None:
    violation = one(chat(PLAIN, stream=True), "stream", "unsupported_capability")
    assert (
        violation.message == "Model 'plain-7b' does not support 'stream': true (it does not stream)"
    )
    assert chat(PLAIN, stream=False) == []
    assert chat(CHAT, stream=True, stream_options={"include_usage": True}) == []


def test_stream_options_only_with_stream() -> None:
    one(chat(CHAT, stream_options={"include_usage": True}), "stream_options", "invalid_value")


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("tools", [{"type": "function", "function": {"name": "f"}}]),
        ("tool_choice", "auto"),
        ("parallel_tool_calls", False),
        ("functions", [{"name": "f"}]),
        ("function_call", "auto"),
    ],
)
def test_tools_without_function_calling(param: str, value: Any) -> None:
    violation = one(chat(PLAIN, **{param: value}), param, "unsupported_capability")
    assert "function calling" in violation.message
    assert chat(CHAT, **{param: value}) == []


@pytest.mark.parametrize(
    "part", [{"type": "image_url", "image_url": {"url": "x"}}, {"type": "input_image"}]
)
def test_an_image_part_without_vision_names_the_part(part: dict[str, Any]) -> None:
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "assistant", "content": "Hi"},
        {"role": "user", "content": [part, {"type": "text", "text": "What is this?"}]},
    ]
    violation = one(
        check_request(PLAIN, {"messages": messages}),
        "messages[2].content[0]",
        "unsupported_capability",
    )
    assert "image input" in violation.message and "vision" in violation.message
    assert check_request(CHAT, {"messages": messages}) == []


def test_an_audio_part_without_audio_input() -> None:
    messages = [{"role": "user", "content": [{"type": "input_audio", "input_audio": {}}]}]
    one(
        check_request(CHAT, {"messages": messages}),
        "messages[0].content[0]",
        "unsupported_capability",
    )
    assert check_request(AUDIO, {"messages": messages}) == []


def test_audio_output_without_the_capability() -> None:
    one(chat(CHAT, modalities=["text", "audio"]), "modalities", "unsupported_capability")
    one(chat(CHAT, audio={"voice": "alloy", "format": "wav"}), "audio", "unsupported_capability")
    assert chat(CHAT, modalities=["text"]) == []
    assert chat(AUDIO, modalities=["text", "audio"], audio={"voice": "alloy"}) == []


def test_json_schema_needs_structured_output() -> None:
    schema = {"type": "json_schema", "json_schema": {"name": "x", "schema": {}}}
    one(chat(PLAIN, response_format=schema), "response_format", "unsupported_capability")
    one(chat(JSON_MODE, response_format=schema), "response_format", "unsupported_capability")
    assert chat(CHAT, response_format=schema) == []


def test_json_object_needs_response_format_in_the_supported_features() -> None:
    json_mode = {"type": "json_object"}
    one(chat(PLAIN, response_format=json_mode), "response_format", "unsupported_parameter")
    assert chat(JSON_MODE, response_format=json_mode) == []
    assert chat(PLAIN, response_format={"type": "text"}) == []


def test_prediction_without_predicted_outputs() -> None:
    prediction = {"type": "content", "content": "old code"}
    one(chat(REASONING, prediction=prediction), "prediction", "unsupported_capability")
    assert chat(CHAT, prediction=prediction) == []


def test_reasoning_effort_only_for_reasoning_models() -> None:
    one(chat(CHAT, reasoning_effort="high"), "reasoning_effort", "unsupported_capability")
    assert chat(REASONING, reasoning_effort="high", max_completion_tokens=1000) == []


# --- supported features --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("temperature", 0.2),
        ("top_p", 0.9),
        ("logprobs", True),
        ("top_logprobs", 2),
        ("presence_penalty", 0.5),
        ("frequency_penalty", 0.5),
        ("logit_bias", {"50256": -100}),
        ("n", 2),
        ("stop", "\n"),
        ("max_tokens", 100),
    ],
)
def test_a_reasoning_model_takes_no_sampling_parameters(param: str, value: Any) -> None:
    one(chat(REASONING, **{param: value}), param, "unsupported_parameter")
    assert chat(CHAT, **{param: value}) == []


def test_the_messages_say_why() -> None:
    [temperature] = chat(REASONING, temperature=0.2)
    assert temperature.message == (
        "Model 'o1' does not support 'temperature' (a reasoning model takes no sampling parameters)"
    )
    [max_tokens] = chat(REASONING, max_tokens=10)
    assert "takes 'max_completion_tokens' instead" in max_tokens.message


def test_max_completion_tokens_wherever_max_tokens_is_taken() -> None:
    assert chat(CHAT, max_completion_tokens=100) == []
    assert chat(REASONING, max_completion_tokens=100) == []


def test_a_parameter_the_supported_features_do_not_list() -> None:
    violation = one(chat(JSON_MODE, seed=7), "seed", "unsupported_parameter")
    assert "supported features do not list it" in violation.message


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("model", "o1"),
        ("user", "u-1"),
        ("metadata", {"k": "v"}),
        ("store", True),
        ("service_tier", "flex"),
        ("prompt_cache_key", "k"),
        ("safety_identifier", "s"),
        ("web_search_options", {}),
        ("verbosity", "low"),
    ],
)
def test_parameters_every_chat_model_takes(param: str, value: Any) -> None:
    for record in (PLAIN, REASONING, JSON_MODE):
        assert chat(record, **{param: value}) == []


def test_an_unknown_parameter() -> None:
    violation = one(chat(CHAT, temprature=0.2), "temprature", "unknown_parameter")
    assert "Unrecognized request argument" in violation.message


# --- limits --------------------------------------------------------------------------------------


@pytest.mark.parametrize("param", ["max_tokens", "max_completion_tokens"])
def test_output_tokens_above_the_models_maximum(param: str) -> None:
    violation = one(chat(CHAT, **{param: 20000}), param, "above_limit")
    assert "16384" in violation.message
    assert chat(CHAT, **{param: 16384}) == []


def test_a_huge_count_is_above_the_limit_not_an_error() -> None:
    one(chat(CHAT, max_tokens=10**5000), "max_tokens", "above_limit")


def test_prompt_and_output_tokens_above_the_context_window() -> None:
    request = {"messages": HELLO, "max_tokens": 2000}
    violation = one(check_request(CHAT, request, prompt_tokens=127000), "messages", "above_limit")
    assert "127000 prompt tokens + 2000 output tokens = 129000" in violation.message
    assert check_request(CHAT, request, prompt_tokens=126000) == []
    one(check_request(CHAT, {"messages": HELLO}, prompt_tokens=128001), "messages", "above_limit")


def test_max_completion_tokens_wins_over_max_tokens_for_the_window() -> None:
    request = {"messages": HELLO, "max_completion_tokens": 1000, "max_tokens": 5000}
    assert check_request(CHAT, request, prompt_tokens=127000) == []


@pytest.mark.parametrize("prompt_tokens", [-1, 1.5, "10", True])
def test_prompt_tokens_must_be_a_count(prompt_tokens: Any) -> None:
    with pytest.raises(ValueError, match="prompt_tokens"):
        check_request(CHAT, {"messages": HELLO}, prompt_tokens=prompt_tokens)


def test_an_unknown_endpoint_is_the_callers_error() -> None:
    with pytest.raises(ValueError, match="unknown endpoint"):
        check_request(CHAT, {}, endpoint="chat")


# --- endpoints -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "path"),
    [
        (EMBEDDING, "/v1/embeddings"),
        (IMAGE, "/v1/images/generations"),
        (SPEECH, "/v1/audio/speech"),
        (TRANSCRIBE, "/v1/audio/transcriptions"),
        (RERANK, "/v1/rerank"),
    ],
)
def test_a_chat_request_to_a_model_of_another_kind(record: dict[str, Any], path: str) -> None:
    violation = one(chat(record, temperature=0.5, foo=1), "model", "wrong_endpoint")
    assert path in violation.message and "/v1/chat/completions" in violation.message


def test_a_realtime_model_takes_chat_requests() -> None:
    assert chat(REALTIME, stream=True, temperature=0.7) == []


def test_a_chat_model_at_another_endpoint() -> None:
    violation = one(
        check_request(CHAT, {"input": "x"}, endpoint="embeddings"), "model", "wrong_endpoint"
    )
    assert "is a chat model: it is served at /v1/chat/completions, not /v1/embeddings" in (
        violation.message
    )


def test_embeddings() -> None:
    def embed(record: dict[str, Any], **params: Any) -> list[Violation]:
        return check_request(record, params, endpoint="embeddings")

    assert embed(EMBEDDING, input=["a", "b"], dimensions=256, encoding_format="float") == []
    assert embed(EMBEDDING, input=[[1, 2], [3]]) == []
    one(embed(EMBEDDING), "input", "missing_required_parameter")
    one(embed(EMBEDDING, input=[]), "input", "invalid_value")
    one(embed(EMBEDDING, input=[1, "a"]), "input", "invalid_type")
    one(embed(EMBEDDING, input="a", dimensions=3072), "dimensions", "above_limit")
    one(embed(FIXED_EMBEDDING, input="a", dimensions=256), "dimensions", "unsupported_parameter")
    one(embed(EMBEDDING, input="a", temperature=0.5), "temperature", "unknown_parameter")


def test_embeddings_context_window_bounds_a_single_input() -> None:
    request = {"input": "a long text"}
    one(
        check_request(EMBEDDING, request, endpoint="embeddings", prompt_tokens=9000),
        "input",
        "above_limit",
    )
    many = {"input": ["a", "b"]}
    assert check_request(EMBEDDING, many, endpoint="embeddings", prompt_tokens=9000) == []


def test_image_generations() -> None:
    def image(record: dict[str, Any], **params: Any) -> list[Violation]:
        return check_request(record, params, endpoint="images.generations")

    assert image(IMAGE, prompt="a cat", n=1, size="1024x1024", quality="hd", style="vivid") == []
    one(image(IMAGE, n=1), "prompt", "missing_required_parameter")
    one(image(IMAGE, prompt="a cat", n=11), "n", "invalid_value")
    one(image(IMAGE, prompt="a cat", response_format="png"), "response_format", "invalid_value")
    one(image(IMAGE, prompt="a cat", stream=True), "stream", "unsupported_capability")
    few = complete({"id": "img", "kind": "image_generation", "supported_features": ["size"]})
    one(image(few, prompt="a cat", style="vivid"), "style", "unsupported_parameter")


def test_audio_speech() -> None:
    def speech(**params: Any) -> list[Violation]:
        return check_request(SPEECH, params, endpoint="audio.speech")

    assert speech(input="Hi", voice="alloy", response_format="mp3", speed=1.5) == []
    one(speech(input="Hi"), "voice", "missing_required_parameter")
    one(speech(input="Hi", voice="alloy", speed=5), "speed", "invalid_value")


def test_audio_transcriptions() -> None:
    def transcribe(**params: Any) -> list[Violation]:
        return check_request(TRANSCRIBE, params, endpoint="audio.transcriptions")

    assert transcribe(file="a.mp3", language="en", timestamp_granularities=["word"]) == []
    one(transcribe(language="en"), "file", "missing_required_parameter")
    one(transcribe(file="a.mp3", temperature=1.5), "temperature", "invalid_value")


def test_legacy_completions() -> None:
    def complete_(record: dict[str, Any], **params: Any) -> list[Violation]:
        return check_request(record, params, endpoint="completions")

    assert complete_(CHAT, prompt="Say hi", max_tokens=16, logprobs=2, echo=True) == []
    one(complete_(CHAT), "prompt", "missing_required_parameter")
    one(complete_(CHAT, prompt="x", logprobs=True), "logprobs", "invalid_type")
    one(complete_(REASONING, prompt="x", temperature=1), "temperature", "unsupported_parameter")


def test_responses() -> None:
    def respond(record: dict[str, Any], **params: Any) -> list[Violation]:
        return check_request(record, params, endpoint="responses")

    image = [{"role": "user", "content": [{"type": "input_image", "image_url": "x"}]}]
    assert respond(CHAT, input=image, max_output_tokens=100, tools=[{"type": "web_search"}]) == []
    one(respond(PLAIN, input=image), "input[0].content[0]", "unsupported_capability")
    one(respond(CHAT, reasoning={"effort": "low"}), "reasoning", "unsupported_capability")
    fmt = {"format": {"type": "json_schema", "name": "x", "schema": {}}}
    one(respond(PLAIN, input="x", text=fmt), "text.format", "unsupported_capability")
    one(respond(CHAT, max_output_tokens=20000), "max_output_tokens", "above_limit")
    function = {"type": "function", "name": "f", "parameters": {}}
    one(
        respond(PLAIN, tools=[{"type": "web_search"}, function]),
        "tools[1]",
        "unsupported_capability",
    )
    one(respond(REASONING, input="x", temperature=0.5), "temperature", "unsupported_parameter")
    one(respond(CHAT, input="x", max_tokens=5), "max_tokens", "unknown_parameter")
    assert respond(REASONING, input="x", reasoning={"effort": "high"}) == []
    over = check_request(CHAT, {"input": "x"}, endpoint="responses", prompt_tokens=200000)
    one(over, "input", "above_limit")


# --- order, JSON, helpers ------------------------------------------------------------------------


def test_violations_follow_the_order_of_the_request_keys() -> None:
    request = {
        "temperature": 0.5,
        "zzz": 1,
        "messages": [{"role": "user", "content": [{"type": "image_url"}]}],
        "stream": "yes",
        "max_tokens": 5,
        "tools": [],
    }
    found = check_request(REASONING, request)
    assert [v.param for v in found] == [
        "temperature",
        "zzz",
        "messages[0].content[0]",
        "stream",
        "max_tokens",
    ]
    assert check_request(REASONING, dict(reversed(request.items()))) == found[::-1]


def test_to_dict_is_json() -> None:
    [violation] = chat(PLAIN, stream=True)
    data = violation.to_dict()
    assert data == {
        "param": "stream",
        "code": "unsupported_capability",
        "message": violation.message,
    }
    assert json.loads(json.dumps(data)) == data


def test_model_not_found() -> None:
    violation = model_not_found(ModelNotFoundError("gpt-5o", ["gpt-4o"]))
    assert (violation.param, violation.code) == ("model", "model_not_found")
    assert "gpt-4o" in violation.message


def test_a_built_in_reasoning_model() -> None:
    from modelreg.registry import builtin as builtin_registry

    try:
        o1 = builtin_registry().get_record("o1")
    except ModelNotFoundError:
        pytest.skip("the built-in catalog has no o1")
    assert any(v.param == "temperature" for v in chat(o1, temperature=0.5))


# --- lifecycle, open weights, the library's own types ------------------------------------

RETIRED = complete(
    {
        "id": "old-1",
        "deprecation_date": "2020-01-01",
        "retirement_date": "2020-06-01",
        "successor": "new-1",
    }
)
DEPRECATED = complete(
    {"id": "old-2", "deprecation_date": "2020-01-01", "retirement_date": "2999-01-01"}
)


def test_a_retired_model_is_a_violation_first_naming_the_date_and_successor() -> None:
    found = chat(RETIRED, temperature=5)
    assert [(v.param, v.code) for v in found] == [
        ("model", "model_retired"),
        ("temperature", "invalid_value"),
    ]
    assert found[0].message == "Model 'old-1' was retired on 2020-06-01: use 'new-1' instead"
    assert check_warnings(RETIRED) == []


def test_a_model_given_as_retired_without_dates_names_no_successor() -> None:
    gone = complete({"id": "gone", "status": "retired"})
    violation = check_request(gone, 42)[0]  # whatever the body
    assert violation.code == "model_retired"
    assert violation.message == "Model 'gone' was retired: its provider names no successor"


def test_a_retirement_date_that_passes_after_loading_counts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MODELREG_TODAY", "2999-01-01")
    assert [v.code for v in chat(DEPRECATED)] == ["model_retired"]


def test_a_deprecated_model_serves_with_a_warning_naming_its_shutdown_date() -> None:
    assert chat(DEPRECATED) == []
    warning = one(check_warnings(DEPRECATED), "model", "model_deprecated")
    assert warning.message == (
        "Model 'old-2' is deprecated: it shuts down on 2999-01-01; its provider names no successor"
    )
    announced = complete({"id": "preview-1", "status": "preview", "retirement_date": "2999-01-01"})
    assert one(check_warnings(announced), "model", "model_deprecated").message == (
        "Model 'preview-1' has an announced shutdown: it shuts down on 2999-01-01; "
        "its provider names no successor"
    )
    assert check_warnings(CHAT) == []
    assert {w.code for w in check_warnings(DEPRECATED)} <= set(WARNING_CODES)


@pytest.mark.parametrize("param", ["temperature", "top_p", "max_tokens", "logprobs", "n"])
def test_an_open_weights_reasoning_model_takes_what_its_servers_take(param: str) -> None:
    value = True if param == "logprobs" else 1
    spec = {"id": "gpt-oss-20b", "supports_reasoning": True, "tags": ["open-weights"]}
    assert chat(complete(spec), **{param: value}) == []
    assert param in accepted_features(complete(spec))
    assert chat(REASONING, **{param: value})[0].code == "unsupported_parameter"  # OpenAI's rule


def test_a_model_definition_or_a_definition_dict_is_checked_like_its_record() -> None:
    definition = ModelDefinition(id="o1", supports_reasoning=True)
    request = {"messages": HELLO, "temperature": 0.5}
    expected = check_request(definition.record(), request)
    assert check_request(definition, request) == expected
    assert check_request({"id": "o1", "supports_reasoning": True}, request) == expected
    assert check_warnings(definition) == []


@pytest.mark.parametrize("model", [None, "gpt-4o", 42, ["gpt-4o"]])
def test_a_model_of_another_type_is_a_type_error_naming_the_expected(model: Any) -> None:
    with pytest.raises(TypeError, match="model must be a ModelDefinition or a dict of its fields"):
        check_request(model, {"messages": HELLO})


# --- any JSON ------------------------------------------------------------------------------------

_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
_json = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=16,
)
_NAMES = sorted({name for spec in ENDPOINTS.values() for name in spec.params} | {"foo"})
_PART_TYPES = ["text", "image_url", "input_image", "input_audio", "input_text", "file", "x"]
_parts = st.lists(
    st.fixed_dictionaries({"type": st.sampled_from(_PART_TYPES) | _json}, optional={"text": _json}),
    max_size=3,
)
_messages = st.lists(
    st.fixed_dictionaries(
        {},
        optional={
            "role": st.sampled_from(["user", "assistant", "system", "tool"]) | _json,
            "content": _parts | _json,
        },
    )
    | _json,
    max_size=3,
)
_values = (
    _json
    | _messages
    | st.fixed_dictionaries(
        {"type": st.sampled_from(["text", "json_object", "json_schema"]) | _json}
    )
    | st.integers(min_value=-2, max_value=10**6)
    | st.lists(st.sampled_from(["text", "audio"]))
)
_requests = _json | st.dictionaries(st.sampled_from(_NAMES), _values, max_size=8)
_records = st.sampled_from([CHAT, REASONING, EMBEDDING, PLAIN, AUDIO, IMAGE, SPEECH, TRANSCRIBE])


@given(_records, _requests, st.sampled_from(sorted(ENDPOINTS)), st.none() | st.integers(0, 10**40))
def test_any_json_request_gives_violations_and_never_raises(
    record: dict[str, Any], request: Any, endpoint: str, prompt_tokens: int | None
) -> None:
    found = check_request(record, request, endpoint=endpoint, prompt_tokens=prompt_tokens)
    assert isinstance(found, list) and all(isinstance(v, Violation) for v in found)
    for violation in found:
        assert violation.param is None or isinstance(violation.param, str)
        assert violation.code and violation.message
        json.dumps(violation.to_dict())
    assert check_request(record, request, endpoint=endpoint, prompt_tokens=prompt_tokens) == found


@given(
    st.sampled_from([CHAT, REASONING, EMBEDDING]), st.dictionaries(st.sampled_from(_NAMES), _values)
)
def test_each_known_parameter_gives_at_most_one_violation(
    record: dict[str, Any], request: dict[str, Any]
) -> None:
    request = {k: v for k, v in request.items() if k not in ("messages", "input", "tools")}
    found = check_request(record, request)
    named = [v.param for v in found if v.code != "wrong_endpoint"]
    assert len(named) == len(set(named))


@given(_records, _requests, st.sampled_from(sorted(ENDPOINTS)))
def test_every_code_is_a_documented_one(
    record: dict[str, Any], request: Any, endpoint: str
) -> None:
    assert {v.code for v in check_request(record, request, endpoint=endpoint)} <= set(CODES)


_home = st.sampled_from(
    [
        (CHAT, "chat.completions"),
        (REASONING, "chat.completions"),
        (PLAIN, "responses"),
        (AUDIO, "completions"),
        (EMBEDDING, "embeddings"),
        (IMAGE, "images.generations"),
    ]
)


@given(
    _home.flatmap(
        lambda home: st.tuples(
            st.just(home),
            st.dictionaries(
                st.sampled_from(sorted(ENDPOINTS[home[1]].params)), _values, max_size=8
            ),
        )
    )
)
def test_any_values_of_an_endpoints_own_parameters_never_raise(
    case: tuple[tuple[dict[str, Any], str], dict[str, Any]],
) -> None:
    (record, endpoint), request = case
    found = check_request(record, request, endpoint=endpoint, prompt_tokens=100)
    assert all(isinstance(v, Violation) and v.code in CODES for v in found)
    assert all(v.code != "unknown_parameter" for v in found)
