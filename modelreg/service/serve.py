"""The HTTP server of ``modelreg serve``: OpenAI-compatible model endpoints over the registry.

The modules of the package that import the web stack (Starlette, and uvicorn in ``run``)
are this one, its handlers (handlers.py, request_parts.py, http_errors.py) and serve_http.py
(its HTTP layer); only the ``serve`` command imports them. Routes:

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
import signal
import socket
import threading
import weakref
from collections.abc import AsyncIterator, Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import Route

from modelreg.query.filters import Filters
from modelreg.registry import ModelRegistry
from modelreg.service import handlers, serve_http
from modelreg.service.http_errors import ApiError, Guard, api_error, http_error, log
from modelreg.service.reloads import Registries, Reloader


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
    reloader = Reloader(registries)
    # Rendered listings, per registry, filters and expansion (a reloaded registry's go with it).
    lists: weakref.WeakKeyDictionary[ModelRegistry, dict[tuple[Filters, bool], bytes]]
    lists = weakref.WeakKeyDictionary()

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

    middleware = [Middleware(Guard)]
    if hosts is not None:
        middleware.append(Middleware(serve_http.Hosts, hosts=hosts, error=ApiError))
    middleware.append(Middleware(serve_http.BodyDeadline, error=ApiError))
    if cors:
        middleware.append(Middleware(serve_http.cors, origins=cors, error=ApiError))
    routes = [
        Route("/health", handlers.health, methods=["GET"]),
        Route("/v1/models", handlers.list_models, methods=["GET"]),
        Route("/v1/search", handlers.search_models, methods=["GET"]),
        # The suffix routes before the plain one, whose path converter takes the rest.
        Route("/v1/models/{model_id:path}/capabilities", handlers.capabilities, methods=["GET"]),
        Route("/v1/models/{model_id:path}/check", handlers.check, methods=["POST"]),
        Route("/v1/models/{model_id:path}/cost", handlers.cost, methods=["POST"]),
        Route("/v1/models/{model_id:path}", handlers.model, methods=["GET", "DELETE"]),
    ]
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={ApiError: api_error, HTTPException: http_error},
        lifespan=lifespan,
    )
    app.state.registries = registries
    app.state.reloader = reloader
    app.state.lists = lists
    return app


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
