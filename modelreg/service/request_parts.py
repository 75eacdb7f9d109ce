"""The parts of a request the handlers read: the model a path names, the JSON body (bounded),
the query string's flags, counts, expansions and listing filters; each refusal an ApiError."""

from __future__ import annotations

import json
import re
import weakref
from typing import Any

from starlette.requests import Request

from modelreg.errors import FineTuneIdError, ModelNotFoundError
from modelreg.query.filters import Filters
from modelreg.registry import ModelRegistry
from modelreg.schema import Record
from modelreg.service.http_errors import ApiError, one_line

MAX_BODY = 1024 * 1024  # bytes of a request body; more is a 413
_DRAIN = 16 * MAX_BODY  # how much of an oversized body is read (and dropped) before the 413
_EXPANSIONS = ("capabilities",)  # what ?expand= can add to a Model object


# The records of each registry by canonical id, to read without the copy get_record makes
# (the registry never changes a record in place; handlers only read them).
_RECORDS: weakref.WeakKeyDictionary[ModelRegistry, dict[str, Record]] = weakref.WeakKeyDictionary()


def lookup(registry: ModelRegistry, model_id: str) -> Record:
    """The record of an id, alias or ft: id (read it, don't change it); unknown is a 404."""
    canonical = registry.resolve_id(model_id)
    if canonical is not None:
        records = _RECORDS.get(registry)
        if records is None:
            records = _RECORDS[registry] = {r["id"]: r for r in registry.records()}
        found = records.get(canonical)
        if found is not None:
            return found
    try:
        return registry.get_record(model_id)
    except (ModelNotFoundError, FineTuneIdError) as exc:
        message = str(exc)
        raise ApiError(
            404, message[:1].upper() + message[1:], param="model", code="model_not_found"
        ) from None


def names_the_model(registry: ModelRegistry, model_id: str, whole: str, raw_path: bytes) -> bool:
    """Whether GET /v1/models/{model_id}/capabilities asks for the model ``whole`` (an id
    that ends in /capabilities) rather than the capabilities of ``model_id``: its slash is
    percent-encoded (%2F), or only ``whole`` is a model."""
    if raw_path.lower().endswith(b"%2fcapabilities"):
        return True
    return registry.resolve_id(whole) is not None and registry.resolve_id(model_id) is None


async def _body(request: Request) -> bytes:
    """The body, at most MAX_BODY bytes; more is a 413 (after reading a bounded rest)."""
    declared = request.headers.get("content-length", "")
    too_large = declared.isdigit() and int(declared) > MAX_BODY
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            too_large = True
        if size > _DRAIN:
            break
        if not too_large:
            chunks.append(chunk)
    if too_large:
        raise ApiError(
            413,
            f"The request body is larger than the {MAX_BODY}-byte limit",
            code="request_too_large",
        )
    return b"".join(chunks)


async def json_body(request: Request) -> Any:
    """The body as JSON; empty or malformed is a 400."""
    data = await _body(request)
    if not data.strip():
        raise ApiError(
            400, "The request body is empty: expected a JSON object", code="invalid_json"
        )
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise ApiError(
            400,
            f"We could not parse the JSON body of your request: {one_line(exc)}",
            code="invalid_json",
        ) from None


_TRUE, _FALSE = ("true", "1", "yes"), ("false", "0", "no", "")


def _flag(request: Request, name: str) -> bool:
    value = request.query_params.get(name)
    if value is None:
        return False
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise ApiError(
        400, f"{name!r} must be true or false, not {value!r}", param=name, code="invalid_value"
    )


def query_count(request: Request, name: str) -> int | None:
    value = request.query_params.get(name)
    if value is None:
        return None
    if not value.isascii() or not value.isdigit() or len(value) > 18:
        raise ApiError(
            400,
            f"{name!r} must be a non-negative integer, not {value!r}",
            param=name,
            code="invalid_value",
        )
    return int(value)


def wants_expansion(request: Request) -> bool:
    """Whether ``?expand=capabilities`` is asked (repeatable, comma lists); another value
    is a 400."""
    wanted = [
        part.strip()
        for value in request.query_params.getlist("expand")
        for part in value.split(",")
        if part.strip()
    ]
    for value in wanted:
        if value not in _EXPANSIONS:
            raise ApiError(
                400,
                f"'expand' must be one of {', '.join(_EXPANSIONS)}, not {value!r}",
                param="expand",
                code="invalid_value",
            )
    return bool(wanted)


def listing_filters(request: Request) -> Filters:
    """The listing filters of the query string: provider, capability (repeatable), all."""
    show_all = _flag(request, "all")
    params = request.query_params
    parsed: dict[str, Any] = {}
    for name, param in (("providers", "provider"), ("capabilities", "capability")):
        try:
            parsed[name] = getattr(Filters.parse(**{name: params.getlist(param)}), name)
        except ValueError as exc:
            raise ApiError(400, str(exc), param=param, code="invalid_value") from None
    return Filters(**parsed, hide_retired=not show_all)


_USAGE_PARAM = (
    re.compile(r"^usage ([a-z_]+(?:\.[a-z_]+)?) (?:must|is too large)"),
    re.compile(r"^usage has no ([a-z_]+)"),
    re.compile(r"^([a-z_]+_details(?:\.[a-z_]+)?)(?::| exceeds)"),
)


def usage_param(message: str) -> str:
    """The usage field a usage_cost error names, else 'usage'."""
    for pattern in _USAGE_PARAM:
        found = pattern.match(message)
        if found:
            return found.group(1)
    return "usage"
