"""The HTTP server of ``modelreg serve``: OpenAI-compatible model endpoints over the registry.

The only modules of the package that import the web stack (Starlette, and uvicorn in
``run``) are this one and modelreg.service.serve_http (its HTTP layer); only the ``serve`` command
imports them. Routes:

* ``GET /v1/models`` (``?all=true`` keeps retired models, ``?provider=``, ``?capability=``),
  ``GET /v1/models/{id}`` (slashed ids, aliases, ``ft:`` ids, an id ending in
  ``/capabilities`` too; the id asked for is echoed), both with ``?expand=capabilities``
  (each model's capabilities, limits and pricing inline), ``DELETE /v1/models/{id}`` (a 403:
  the server is read-only), ``GET /v1/models/{id}/capabilities``,
  ``POST /v1/models/{id}/check`` (``?endpoint=``, ``?prompt_tokens=``),
  ``POST /v1/models/{id}/cost`` (an OpenAI usage object), ``GET /v1/search?q=``, ``GET /health``.

Models are OpenAI's Model objects with vLLM's extras (modelreg.service.openai_model); a model with
neither ``created`` nor a release date reports the time its registry was built as ``created``.
Every error has OpenAI's shape ``{"error": {"message", "type", "param", "code"}}``: the
app's own, CORS refusals, a Host header not served, and what the HTTP layer refuses (a
malformed request, a request head too long, a client too slow; see modelreg.service.serve_http,
which also holds the deadlines of slow clients and the Host names answered). The server is
read-only; the registry is built once, then rebuilt on SIGHUP (or when ``--watch`` sees a
source file change) in a worker thread and swapped in whole, so requests in flight keep the
registry they started with; a broken source keeps the old registry and logs a line. A SIGHUP
during the first load asks for a reload once the server runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import datetime as _dt
import json
import logging
import re
import signal
import socket
import threading
import time
import weakref
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from modelreg import inputs
from modelreg.errors import FineTuneIdError, ModelNotFoundError
from modelreg.query.filters import Filters, apply_filters
from modelreg.query.search import search
from modelreg.registry import ModelRegistry
from modelreg.schema import Record, capability_view
from modelreg.service import serve_http
from modelreg.service.check import check_request
from modelreg.service.cost import usage_cost
from modelreg.service.endpoints import ENDPOINTS
from modelreg.service.openai_model import to_openai_model
from modelreg.service.request_warnings import check_warnings

log = logging.getLogger("modelreg.serve")

MAX_BODY = 1024 * 1024  # bytes of a request body; more is a 413
_DRAIN = 16 * MAX_BODY  # how much of an oversized body is read (and dropped) before the 413
MAX_QUERY = 256  # characters of a search query
_ACTIONS = {"capabilities": "GET", "check": "POST", "cost": "POST"}  # under /v1/models/{id}/
_EXPANSIONS = ("capabilities",)  # what ?expand= can add to a Model object


# -- the registry being served ---------------------------------------------------


class Registries:
    """The registry being served and how to rebuild it.

    ``registry`` is replaced whole, never changed: a handler reads the reference once
    and uses that registry to the end of its request.
    """

    def __init__(self, load: Callable[[], ModelRegistry], watched: Iterable[Path] = ()) -> None:
        self._load = load
        self.watched = list(watched)
        self._stamps = self._stat()
        self.reload_pending = False  # a SIGHUP came before the server could reload
        self.registry = load()
        self.generation = 1
        self.loaded_at = time.time()
        self._lock = threading.Lock()

    def ask_reload(self) -> None:
        """Ask for a reload once the server runs (a SIGHUP before it could reload)."""
        self.reload_pending = True

    def reload(self) -> bool:
        """Build a new registry and swap it in; a failure keeps the old one and logs one line."""
        with self._lock:
            stamps = self._stat()
            try:
                fresh = self._load()
            except Exception as exc:  # a broken source, or anything else: keep serving
                self._stamps = stamps  # --watch retries when the file changes again
                log.error("reload failed, serving the previous registry: %s", _one_line(exc))
                return False
            self.registry = fresh
            self.generation += 1
            self.loaded_at = time.time()
            self._stamps = stamps
            log.info("registry reloaded: %d models", len(fresh))
            return True

    def changed(self) -> bool:
        """Whether a watched file changed (appeared, went away, new mtime or size)."""
        return self._stat() != self._stamps

    def _stat(self) -> list[tuple[int, int] | None]:
        stamps: list[tuple[int, int] | None] = []
        for path in self.watched:
            try:
                st = path.stat()
            except OSError:
                stamps.append(None)
            else:
                stamps.append((st.st_mtime_ns, st.st_size))
        return stamps


def watched_paths(catalogs: Sequence[str] | None, builtin_only: bool) -> list[Path]:
    """The local files a registry built from these options reads (for ``--watch``): every
    input's, the outside catalogs' config and cached copies included."""
    from modelreg import intake

    enabled = intake.enabled_outside(builtin_only, lenient=True)  # a broken config: watched
    options = inputs.Options(tuple(catalogs) if catalogs else None, builtin_only)
    found = inputs.in_effect(options, enabled=enabled)
    paths = [item.path for item in found if item.path is not None and not item.ignored]
    return [*paths, inputs.outside_config_path()]


class _Reloader:
    """Runs reloads off the event loop, one at a time; signals during one coalesce."""

    def __init__(self, registries: Registries) -> None:
        self.registries = registries
        self._running = False
        self._again = False

    def request(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        try:
            while True:
                self._again = False
                await asyncio.to_thread(self.registries.reload)
                if not self._again:
                    break
        finally:
            self._running = False

    async def watch(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            if self.registries.changed() and not self._running:
                log.info("a source file changed: reloading")
                self.request()


# -- errors ----------------------------------------------------------------------


class ApiError(Exception):
    """An error response in OpenAI's shape."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        type: str = "invalid_request_error",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.code = code
        self.type = type
        self.headers = dict(headers or {})

    def payload(self) -> dict[str, Any]:
        """The body: ``{"error": {"message", "type", "param", "code"}}``."""
        return {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }

    def response(self) -> JSONResponse:
        return JSONResponse(self.payload(), status_code=self.status, headers=self.headers)


def _internal_error() -> JSONResponse:
    return ApiError(
        500,
        "The server had an error while processing your request.",
        type="server_error",
        code="internal_error",
    ).response()


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own errors (no route, wrong method) in OpenAI's shape."""
    assert isinstance(exc, HTTPException)
    where = f"{request.method} {request.url.path}"
    if exc.status_code == 404:
        error = ApiError(404, f"Invalid URL ({where})", code="unknown_url")
    elif exc.status_code == 405:
        error = ApiError(
            405,
            f"Method not allowed ({where})",
            code="method_not_allowed",
            headers=exc.headers,
        )
    else:
        error = ApiError(exc.status_code, str(exc.detail), headers=exc.headers)
    return error.response()


class _Guard:
    """Outermost: an exception no handler took is a 500 in the error shape and one log line."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except ClientDisconnect:  # the client went away mid-request: no one to answer
            return
        except Exception as exc:
            log.error(
                "internal error on %s %s: %s",
                scope.get("method"),
                scope.get("path"),
                _one_line(exc),
            )
            if not started:
                await _internal_error()(scope, receive, send)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# -- request parts -----------------------------------------------------------------


# The records of each registry by canonical id, to read without the copy get_record makes
# (the registry never changes a record in place; handlers only read them).
_RECORDS: weakref.WeakKeyDictionary[ModelRegistry, dict[str, Record]] = weakref.WeakKeyDictionary()


def _lookup(registry: ModelRegistry, model_id: str) -> Record:
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


def _names_the_model(registry: ModelRegistry, model_id: str, whole: str, raw_path: bytes) -> bool:
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


async def _json_body(request: Request) -> Any:
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
            f"We could not parse the JSON body of your request: {_one_line(exc)}",
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


def _count(request: Request, name: str) -> int | None:
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


def _expand(request: Request) -> bool:
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


def _filters(request: Request) -> Filters:
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


def _usage_param(message: str) -> str:
    """The usage field a usage_cost error names, else 'usage'."""
    for pattern in _USAGE_PARAM:
        found = pattern.match(message)
        if found:
            return found.group(1)
    return "usage"


# -- the application ---------------------------------------------------------------


def create_app(
    registries: Registries,
    *,
    cors: Sequence[str] = (),
    watch: float | None = None,
    hosts: Sequence[str] | None = None,
) -> Starlette:
    """The ASGI app over ``registries``; ``cors`` origins get CORS headers, ``watch`` polls
    the source files every so many seconds, ``hosts`` are the Host names answered (None:
    any; see served_hosts). SIGHUP reloads when served in the main thread."""
    reloader = _Reloader(registries)
    # Rendered listings, per registry, filters and expansion (a reloaded registry's go with it).
    lists: weakref.WeakKeyDictionary[ModelRegistry, dict[tuple[Filters, bool], bytes]]
    lists = weakref.WeakKeyDictionary()

    def current() -> ModelRegistry:
        return registries.registry

    def model_object(
        record: Record, asked: str | None = None, expand: bool = False
    ) -> dict[str, Any]:
        """The Model object of a record; ``created`` falls back to the registry's load time."""
        seen_at = int(registries.loaded_at)
        return to_openai_model(record, asked=asked, seen_at=seen_at, capabilities=expand)

    async def health(request: Request) -> Response:
        loaded = _dt.datetime.fromtimestamp(registries.loaded_at, _dt.UTC)
        return JSONResponse(
            {
                "status": "ok",
                "models": len(current()),
                "generation": registries.generation,
                "loaded_at": loaded.isoformat(timespec="seconds"),
            }
        )

    async def list_models(request: Request) -> Response:
        registry = current()
        key = (_filters(request), _expand(request))
        rendered = lists.setdefault(registry, {})
        body = rendered.get(key)
        if body is None:
            records = apply_filters(registry.records(), key[0])
            data = [model_object(r, expand=key[1]) for r in records]
            body = _dumps({"object": "list", "data": data})
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
        limit = _count(request, "limit")
        filters = _filters(request)
        records = apply_filters(current().records(), filters)
        hits = search(records, query, limit=limit)
        data = [{**model_object(hit.record), "match": hit.match()} for hit in hits]
        return JSONResponse({"object": "list", "data": data})

    def model_at(request: Request) -> Record:
        """The record the path names; an action's path (``{id}/check``) asked with a method
        it does not take is a 405, any other unknown id a 404."""
        model_id = request.path_params["model_id"]
        try:
            return _lookup(current(), model_id)
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
            return JSONResponse(model_object(record, asked, _expand(request)))
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
        if _names_the_model(current(), model_id, whole, request.scope.get("raw_path", b"")):
            request.path_params["model_id"] = whole
            return await model(request)
        return JSONResponse(capability_view(_lookup(current(), model_id)))

    async def check(request: Request) -> Response:
        endpoint = request.query_params.get("endpoint", "chat.completions")
        if endpoint not in ENDPOINTS:
            raise ApiError(
                400,
                f"Unknown endpoint {endpoint!r}: expected one of {', '.join(ENDPOINTS)}",
                param="endpoint",
                code="invalid_value",
            )
        prompt_tokens = _count(request, "prompt_tokens")
        record = _lookup(current(), request.path_params["model_id"])
        body = await _json_body(request)
        found = check_request(record, body, endpoint=endpoint, prompt_tokens=prompt_tokens)
        return JSONResponse(
            {
                "model": record["id"],
                "ok": not found,
                "violations": [v.to_dict() for v in found],
                "warnings": [
                    w.to_dict() for w in check_warnings(record, prompt_tokens=prompt_tokens)
                ],
            }
        )

    async def cost(request: Request) -> Response:
        record = _lookup(current(), request.path_params["model_id"])
        body = await _json_body(request)
        usage = body.get("usage") if isinstance(body, dict) and "usage" in body else body
        try:
            costs = usage_cost(record["pricing"], usage)
        except (TypeError, ValueError) as exc:
            message = str(exc)
            raise ApiError(
                400, message, param=_usage_param(message), code="invalid_value"
            ) from None
        return JSONResponse({"model": record["id"], **costs, "currency": "USD"})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        hup = False
        if hasattr(signal, "SIGHUP") and threading.current_thread() is threading.main_thread():
            loop.add_signal_handler(signal.SIGHUP, reloader.request)
            hup = True
            if registries.reload_pending:  # a SIGHUP while the first registry loaded
                registries.reload_pending = False
                reloader.request()
        watcher = loop.create_task(reloader.watch(watch)) if watch else None
        try:
            yield
        finally:
            if watcher is not None:
                watcher.cancel()
            if hup:
                loop.remove_signal_handler(signal.SIGHUP)

    middleware = [Middleware(_Guard)]
    if hosts is not None:
        middleware.append(Middleware(serve_http.Hosts, hosts=hosts, error=ApiError))
    middleware.append(Middleware(serve_http.BodyDeadline, error=ApiError))
    if cors:
        middleware.append(Middleware(serve_http.cors, origins=cors, error=ApiError))
    routes = [
        Route("/health", health, methods=["GET"]),
        Route("/v1/models", list_models, methods=["GET"]),
        Route("/v1/search", search_models, methods=["GET"]),
        # The suffix routes before the plain one, whose path converter takes the rest.
        Route("/v1/models/{model_id:path}/capabilities", capabilities, methods=["GET"]),
        Route("/v1/models/{model_id:path}/check", check, methods=["POST"]),
        Route("/v1/models/{model_id:path}/cost", cost, methods=["POST"]),
        Route("/v1/models/{model_id:path}", model, methods=["GET", "DELETE"]),
    ]
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={ApiError: _api_error, HTTPException: _http_error},
        lifespan=lifespan,
    )
    app.state.registries = registries
    app.state.reloader = reloader
    return app


def _dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# -- running -----------------------------------------------------------------------


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on host:port (OSError if it cannot be had)."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def log_config(access_log: bool = True) -> dict[str, Any]:
    """uvicorn's logging config, everything on stderr, with modelreg's logger."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["handlers"]["access"]["stream"] = "ext://sys.stderr"
    config["loggers"]["modelreg"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    if not access_log:
        config["loggers"]["uvicorn.access"]["level"] = "WARNING"
    return config


def run(
    registries: Registries,
    sock: socket.socket,
    *,
    cors: Sequence[str] = (),
    watch: float | None = None,
    access_log: bool = True,
    allow_hosts: Sequence[str] = (),
) -> None:
    """Serve the app on a bound socket until SIGINT or SIGTERM, answering the Host names of
    its address and ``allow_hosts`` ("*": any)."""
    import uvicorn

    host, port = sock.getsockname()[:2]
    hosts = serve_http.served_hosts(host, allow_hosts)
    app = create_app(registries, cors=cors, watch=watch, hosts=hosts)
    serve_http.more_files()
    config = uvicorn.Config(
        app,
        http=serve_http.http_protocol(ApiError),
        log_config=log_config(access_log),
        access_log=access_log,
        server_header=False,
        proxy_headers=False,
        timeout_graceful_shutdown=5,
    )
    shown = f"[{host}]" if ":" in host else host
    log.info("serving %d models on http://%s:%d", len(registries.registry), shown, port)
    uvicorn.Server(config).run(sockets=[sock])
