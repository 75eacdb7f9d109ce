"""The handlers of ``modelreg serve``'s routes: health, the model listing and search, a model,
its capabilities, a request check and a usage's cost. Each reads the registry being served once
(``app.state.registries``) and uses it to the end of its request."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from modelreg.query.filters import apply_filters
from modelreg.query.search import search
from modelreg.registry import ModelRegistry
from modelreg.schema import Record, capability_view
from modelreg.service.check import check_request
from modelreg.service.cost import usage_cost
from modelreg.service.endpoints import ENDPOINTS
from modelreg.service.http_errors import ApiError
from modelreg.service.openai_model import to_openai_model
from modelreg.service.request_parts import (
    json_body,
    listing_filters,
    lookup,
    names_the_model,
    query_count,
    usage_param,
    wants_expansion,
)
from modelreg.service.request_warnings import check_warnings

MAX_QUERY = 256  # characters of a search query
_ACTIONS = {"capabilities": "GET", "check": "POST", "cost": "POST"}  # under /v1/models/{id}/


def _registry(request: Request) -> ModelRegistry:
    """The registry being served, read once per request."""
    registry: ModelRegistry = request.app.state.registries.registry
    return registry


def model_object(
    request: Request, record: Record, asked: str | None = None, expand: bool = False
) -> dict[str, Any]:
    """The Model object of a record; ``created`` falls back to the registry's load time."""
    seen_at = int(request.app.state.registries.loaded_at)
    return to_openai_model(record, asked=asked, seen_at=seen_at, capabilities=expand)


async def health(request: Request) -> Response:
    registries = request.app.state.registries
    loaded = _dt.datetime.fromtimestamp(registries.loaded_at, _dt.UTC)
    return JSONResponse(
        {
            "status": "ok",
            "models": len(_registry(request)),
            "generation": registries.generation,
            "loaded_at": loaded.isoformat(timespec="seconds"),
        }
    )


async def list_models(request: Request) -> Response:
    registry = _registry(request)
    key = (listing_filters(request), wants_expansion(request))
    rendered = request.app.state.lists.setdefault(registry, {})
    body = rendered.get(key)
    if body is None:
        records = apply_filters(registry.records(), key[0])
        data = [model_object(request, r, expand=key[1]) for r in records]
        body = dumps({"object": "list", "data": data})
        if len(rendered) >= 64:
            rendered.clear()
        rendered[key] = body
    return Response(body, media_type="application/json")


async def search_models(request: Request) -> Response:
    query = request.query_params.get("q", "")
    if not query.strip():
        raise ApiError(400, "'q' is required", param="q", code="missing_required_parameter")
    if len(query) > MAX_QUERY:
        raise ApiError(
            400, f"'q' is longer than {MAX_QUERY} characters", param="q", code="invalid_value"
        )
    limit = query_count(request, "limit")
    filters = listing_filters(request)
    records = apply_filters(_registry(request).records(), filters)
    hits = search(records, query, limit=limit)
    data = [{**model_object(request, hit.record), "match": hit.match()} for hit in hits]
    return JSONResponse({"object": "list", "data": data})


def model_at(request: Request) -> Record:
    """The record the path names; an action's path (``{id}/check``) asked with a method
    it does not take is a 405, any other unknown id a 404."""
    model_id = request.path_params["model_id"]
    try:
        return lookup(_registry(request), model_id)
    except ApiError:
        action = model_id.rpartition("/")[2]
        allowed = _ACTIONS.get(action)
        if "/" in model_id and allowed and allowed != request.method:
            raise ApiError(
                405,
                f"Method not allowed ({request.method} {request.url.path})",
                code="method_not_allowed",
                headers={"Allow": allowed},
            ) from None
        raise


async def model(request: Request) -> Response:
    """OpenAI's retrieveModel (GET) and deleteModel (DELETE). Deleting a model this
    server knows is a 403 (it is read-only), an unknown one a 404: errors the official
    clients raise as typed exceptions."""
    record = model_at(request)
    asked = request.path_params["model_id"]
    if request.method != "DELETE":
        return JSONResponse(model_object(request, record, asked, wants_expansion(request)))
    raise ApiError(
        403,
        f"Model {asked!r} cannot be deleted: "
        f"this server is read-only (its models come from modelreg's sources; "
        f"remove {record['id']!r} there)",
        param="model",
        code="model_not_deletable",
    )


async def capabilities(request: Request) -> Response:
    model_id = request.path_params["model_id"]
    whole = f"{model_id}/capabilities"
    if names_the_model(_registry(request), model_id, whole, request.scope.get("raw_path", b"")):
        request.path_params["model_id"] = whole
        return await model(request)
    return JSONResponse(capability_view(lookup(_registry(request), model_id)))


async def check(request: Request) -> Response:
    endpoint = request.query_params.get("endpoint", "chat.completions")
    if endpoint not in ENDPOINTS:
        raise ApiError(
            400,
            f"Unknown endpoint {endpoint!r}: expected one of {', '.join(ENDPOINTS)}",
            param="endpoint",
            code="invalid_value",
        )
    prompt_tokens = query_count(request, "prompt_tokens")
    record = lookup(_registry(request), request.path_params["model_id"])
    body = await json_body(request)
    found = check_request(record, body, endpoint=endpoint, prompt_tokens=prompt_tokens)
    return JSONResponse(
        {
            "model": record["id"],
            "ok": not found,
            "violations": [v.to_dict() for v in found],
            "warnings": [w.to_dict() for w in check_warnings(record, prompt_tokens=prompt_tokens)],
        }
    )


async def cost(request: Request) -> Response:
    record = lookup(_registry(request), request.path_params["model_id"])
    body = await json_body(request)
    usage = body.get("usage") if isinstance(body, dict) and "usage" in body else body
    try:
        costs = usage_cost(record["pricing"], usage)
    except (TypeError, ValueError) as exc:
        message = str(exc)
        raise ApiError(400, message, param=usage_param(message), code="invalid_value") from None
    return JSONResponse({"model": record["id"], **costs, "currency": "USD"})


def dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
