"""Can this model serve this request? OpenAI-style request checks over a model record.

``check_request`` never raises on the request, whatever JSON value it is: it
returns the Violations, in the order of the request's keys (then a missing
required parameter, then the context window), after ``model_retired`` when the
model is retired (a retired model serves nothing; its successor is named).
``check_warnings`` (request_warnings.py) gives what a request to a model that
still serves should know: ``model_deprecated``, with the shutdown date. A
parameter is checked for its type first (values.py); a well-typed one then
against the model (gates.py), as endpoints.py declares per endpoint:

* capability parameters (stream, tools, image and audio parts, audio output,
  json_schema, prediction, reasoning) against the model's capability flags:
  code ``unsupported_capability``;
* parameters modelreg's ``supported_features`` can list (sampling, n, stop,
  seed, max_tokens, ...) against that list, which for an open-weights chat model
  holds what its servers take (open_weights.py): code ``unsupported_parameter``;
* parameters every model of the endpoint takes, or that modelreg knows
  nothing about per model (user, metadata, store, service_tier, ...): never;
* names the endpoint does not have: code ``unknown_parameter``.

A null value is a parameter left out (OpenAI treats it so), except for a
required one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from modelreg.service.endpoints import ENDPOINTS, Endpoint, Param, wrong_endpoint
from modelreg.service.record import as_record
from modelreg.service.request_warnings import retired
from modelreg.service.values import describe, invalid, is_int, show
from modelreg.service.violations import Violation

if TYPE_CHECKING:
    from modelreg.schema.definition import ModelDefinition


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
    if prompt_tokens is not None and (not is_int(prompt_tokens) or prompt_tokens < 0):
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
                f"The request body must be a JSON object, not {describe(request)}",
            ),
        ]
    if record["kind"] not in spec.kinds:
        return [*found, wrong_endpoint(record, endpoint)]
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
    params: Mapping[str, Param],
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
        return [invalid(key, problem, value)]
    for gate in param.gates:
        violation = gate(record, request, key, value)
        if violation:
            return [violation]
    return param.walk(record, key, value) if param.walk else []


def _context(
    record: Mapping[str, Any], request: Mapping[str, Any], spec: Endpoint, prompt_tokens: int
) -> list[Violation]:
    """The prompt and the requested output tokens within the context window."""
    window = record["context_window"]
    if spec.prompt is None or window is None:
        return []
    if spec.per_input and not isinstance(request.get(spec.prompt), str):
        return []  # many inputs: the window bounds each one, not their sum
    requested = [request.get(key) for key in spec.output]
    output = next((n for n in requested if is_int(n) and n > 0), 0)
    if prompt_tokens + output <= window:
        return []
    need = f"{show(prompt_tokens)} prompt tokens"
    if output:
        need += f" + {show(output)} output tokens = {show(prompt_tokens + output)}"
    return [
        Violation(
            spec.prompt,
            "above_limit",
            f"Model {record['id']!r} has a context window of {window} tokens; "
            f"this request needs {need}",
        )
    ]
