"""Errors in OpenAI's shape (``ApiError``), the handlers that turn Starlette's own errors and
any exception no handler took into one, and the server's log."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("modelreg.serve")


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


async def api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def http_error(request: Request, exc: Exception) -> Response:
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


class Guard:
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
                one_line(exc),
            )
            if not started:
                await _internal_error()(scope, receive, send)


def one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
