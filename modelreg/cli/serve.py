"""Commands for services and CI: ``check`` (can this model serve this request?) and ``serve``.

``check`` exits 0 when the request is fine, 1 when the model is unknown, 3 when the request
file is not JSON, 5 when it finds violations. ``serve`` exits 2 when it cannot start (the
serve extra is not installed, or the address cannot be had) and 3 on a broken source at start.
Only ``serve`` imports the web stack (modelreg.service.serve), and only when it runs.
"""

from __future__ import annotations

import json
import signal
from typing import Annotated, Any

import typer

from modelreg.cli import output, status, terminal
from modelreg.cli.options import ModelIdArgument
from modelreg.cli.state import state

INSTALL_HINT = (
    'modelreg serve needs the serve extra: pip install -e ".[serve]" in the modelreg checkout'
)
_ENDPOINTS = (
    "chat.completions",
    "completions",
    "responses",
    "embeddings",
    "images.generations",
    "audio.speech",
    "audio.transcriptions",
)
_EXAMPLE_TEXT = "Hello"
# A minimal well-formed request per endpoint, used when no --request is given.
_BASE_REQUESTS: dict[str, dict[str, Any]] = {
    "chat.completions": {"messages": [{"role": "user", "content": _EXAMPLE_TEXT}]},
    "completions": {"prompt": _EXAMPLE_TEXT},
    "responses": {"input": _EXAMPLE_TEXT},
    "embeddings": {"input": _EXAMPLE_TEXT},
    "images.generations": {"prompt": _EXAMPLE_TEXT},
    "audio.speech": {"input": _EXAMPLE_TEXT, "voice": "alloy"},
    "audio.transcriptions": {"file": "audio.wav"},
}
# Where --max-tokens goes on each endpoint that bounds the output.
_MAX_TOKENS = {
    "chat.completions": "max_completion_tokens",
    "completions": "max_tokens",
    "responses": "max_output_tokens",
}
_SCHEMA = {"type": "object", "properties": {}, "additionalProperties": False}
_IMAGE_URL = "https://example.com/image.png"


def _complete_endpoint(incomplete: str) -> list[str]:
    return [e for e in _ENDPOINTS if e.startswith(incomplete)]


def _read_request(source: str) -> Any:
    """The JSON of a request file ('-' for stdin), read as every file is (modelreg.safefile:
    a regular file or a pipe, within the size cap and the deadline): a missing or unreadable
    file is a usage error; a device, an oversized body or text that is not JSON exits 3."""
    from modelreg import safefile
    from modelreg.errors import CatalogError
    from modelreg.sources import parse_json

    label = "stdin" if source == "-" else source
    name = f"request file {label}"
    try:
        data = safefile.read_stdin(name) if source == "-" else safefile.read_bytes(source, name)
    except safefile.FileReadError as exc:
        problem = f"cannot read {label}: {exc.problem}"
        raise typer.BadParameter(problem, param_hint="--request") from None
    try:
        return parse_json(data, name)
    except CatalogError as exc:
        terminal.error(f"request file {label} is not JSON: {exc.problem}")
        raise typer.Exit(status.CATALOG) from None


def _param(value: str) -> tuple[str, Any]:
    name, sep, raw = value.partition("=")
    if not sep or not name:
        raise typer.BadParameter(f"expected NAME=VALUE, not {value!r}", param_hint="--param")
    try:
        return name, json.loads(raw)
    except (ValueError, RecursionError):  # nested too deep: text, as any value not JSON
        return name, raw


def _with_image(request: dict[str, Any], endpoint: str) -> None:
    """Add an image part to the request's last user message (or input item)."""
    image = (
        {"type": "image_url", "image_url": {"url": _IMAGE_URL}}
        if endpoint == "chat.completions"
        else {"type": "input_image", "image_url": _IMAGE_URL}
    )
    key = "messages" if endpoint == "chat.completions" else "input"
    items = request.get(key)
    if isinstance(items, str):
        items = [{"role": "user", "content": items}]
    if not isinstance(items, list):
        items = []
    items = list(items)
    for index in range(len(items) - 1, -1, -1):
        item = items[index]
        if isinstance(item, dict) and item.get("role") == "user":
            content = item.get("content")
            parts = list(content) if isinstance(content, list) else []
            if isinstance(content, str):
                text = "text" if endpoint == "chat.completions" else "input_text"
                parts = [{"type": text, "text": content}]
            items[index] = {**item, "content": [*parts, image]}
            break
    else:
        items.append({"role": "user", "content": [image]})
    request[key] = items


def build_request(
    base: Any,
    endpoint: str,
    *,
    stream: bool = False,
    tools: bool = False,
    image: bool = False,
    json_schema: bool = False,
    max_tokens: int | None = None,
    params: list[tuple[str, Any]] | None = None,
) -> Any:
    """The request a file (or the endpoint's minimal one) and the flags describe."""
    if base is None:
        base = json.loads(json.dumps(_BASE_REQUESTS[endpoint]))
    needs_object = stream or tools or image or json_schema or max_tokens is not None or params
    if not isinstance(base, dict):
        if needs_object:
            raise typer.BadParameter("the request is not a JSON object", param_hint="--request")
        return base
    request = dict(base)
    if stream:
        request["stream"] = True
    if tools:
        if endpoint == "chat.completions":
            tool = {"type": "function", "function": {"name": "example", "parameters": _SCHEMA}}
        elif endpoint == "responses":
            tool = {"type": "function", "name": "example", "parameters": _SCHEMA}
        else:
            raise typer.BadParameter(f"{endpoint} takes no tools", param_hint="--tools")
        given = request.get("tools")
        if given is None or isinstance(given, list):
            request["tools"] = [*(given or []), tool]
        # else the request's own 'tools' (7, "abc", {}) stays, for the check to refuse
    if image:
        if endpoint not in ("chat.completions", "responses"):
            raise typer.BadParameter(f"{endpoint} takes no image input", param_hint="--image")
        _with_image(request, endpoint)
    if json_schema:
        schema = {"name": "example", "schema": _SCHEMA, "strict": True}
        if endpoint == "chat.completions":
            request["response_format"] = {"type": "json_schema", "json_schema": schema}
        elif endpoint == "responses":
            given = request.get("text")
            text: dict[str, Any] = given if isinstance(given, dict) else {}
            request["text"] = {**text, "format": {"type": "json_schema", **schema}}
        else:
            raise typer.BadParameter(
                f"{endpoint} has no structured output", param_hint="--json-schema"
            )
    if max_tokens is not None:
        if endpoint not in _MAX_TOKENS:
            raise typer.BadParameter(f"{endpoint} has no output limit", param_hint="--max-tokens")
        request[_MAX_TOKENS[endpoint]] = max_tokens
    for name, value in params or []:
        request[name] = value
    return request


def check(
    ctx: typer.Context,
    model_id: ModelIdArgument,
    request_file: Annotated[
        str | None,
        typer.Option(
            "--request",
            "-r",
            metavar="FILE",
            help="The request body as JSON ('-' for stdin); default: a minimal valid request.",
        ),
    ] = None,
    endpoint: Annotated[
        str,
        typer.Option(
            "--endpoint",
            "-e",
            metavar="ENDPOINT",
            help=f"The API the request is for: {', '.join(_ENDPOINTS)}.",
            autocompletion=_complete_endpoint,
        ),
    ] = "chat.completions",
    stream: Annotated[bool, typer.Option("--stream", help="Ask for streaming.")] = False,
    tools: Annotated[bool, typer.Option("--tools", help="Add a function tool.")] = False,
    image: Annotated[bool, typer.Option("--image", help="Add an image to the prompt.")] = False,
    json_schema: Annotated[
        bool, typer.Option("--json-schema", help="Ask for structured output (a JSON schema).")
    ] = False,
    max_tokens: Annotated[
        int | None,
        typer.Option("--max-tokens", metavar="N", min=1, help="Ask for at most N output tokens."),
    ] = None,
    params: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            metavar="NAME=VALUE",
            help="Set a request parameter (repeatable); VALUE is JSON if it parses, else text.",
        ),
    ] = None,
    prompt_tokens: Annotated[
        int | None,
        typer.Option(
            "--prompt-tokens",
            metavar="N",
            min=0,
            help="The prompt's size in tokens: checked with the output against the context window.",
        ),
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help='Print {"model", "ok", "violations", "warnings"} on stdout.'),
    ] = False,
) -> None:
    """Can a model serve a request? Exit 0 if so, 5 with each violation on stderr if not.

    Flags add to the request file (or to a minimal valid request): --stream, --tools, --image,
    --json-schema, --max-tokens, --param NAME=VALUE. Exit 1: unknown model; 3: the request
    file is not JSON; 5: violations ("param: message" lines, or JSON on stdout with --json),
    a retired model among them (model_retired, naming its successor). A deprecated model is
    a "warning:" line with its shutdown date (exit 0 if nothing else is wrong).

    Examples: modelreg check o1 --param temperature=0.2; modelreg check gpt-4o --request
    body.json; modelreg check text-embedding-3-small --endpoint embeddings --param dimensions=4096
    """
    from modelreg.service.check import check_request
    from modelreg.service.request_warnings import check_warnings

    if endpoint not in _ENDPOINTS:
        raise typer.BadParameter(
            f"{endpoint!r} is not one of {', '.join(_ENDPOINTS)}", param_hint="--endpoint"
        )
    pairs = [_param(p) for p in params or []]
    record = state(ctx).lookup(model_id)  # its lifecycle: a violation or a warning below
    base = _read_request(request_file) if request_file is not None else None
    request = build_request(
        base,
        endpoint,
        stream=stream,
        tools=tools,
        image=image,
        json_schema=json_schema,
        max_tokens=max_tokens,
        params=pairs,
    )
    found = check_request(record, request, endpoint=endpoint, prompt_tokens=prompt_tokens)
    warnings = check_warnings(record, prompt_tokens=prompt_tokens)
    if as_json:
        output.emit_json(
            {
                "model": record["id"],
                "ok": not found,
                "violations": [v.to_dict() for v in found],
                "warnings": [w.to_dict() for w in warnings],
            }
        )
    else:
        for violation in found:
            terminal.note(f"{violation.param or 'request'}: {violation.message}")
        for warning in warnings:
            terminal.note(f"warning: {warning.message}")
        if not found and terminal.is_terminal():  # a script reads the status; people, a word
            terminal.note(f"ok: {record['id']} can serve this {endpoint} request")
    if found:
        raise typer.Exit(status.VIOLATIONS)


def serve(
    ctx: typer.Context,
    host: Annotated[
        str, typer.Option("--host", help="The address to listen on (default: this machine only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="The TCP port.")] = 8000,
    cors: Annotated[
        list[str] | None,
        typer.Option(
            "--cors",
            metavar="ORIGIN",
            help="Allow browser requests from this origin (repeatable; default: none).",
        ),
    ] = None,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            metavar="NAME",
            help="Also answer requests for this Host name (repeatable; * for any). By default "
            "only the names of the address served and IP addresses are answered.",
        ),
    ] = None,
    watch: Annotated[
        bool, typer.Option("--watch", help="Reload when a source file changes (polled each 1 s).")
    ] = False,
    access_log: Annotated[
        bool, typer.Option("--access-log/--no-access-log", help="Log each request (no bodies).")
    ] = True,
) -> None:
    """Serve the registry as OpenAI-compatible model endpoints (read-only).

    GET /v1/models, /v1/models/{id}, /v1/models/{id}/capabilities, /v1/search?q=, /health;
    POST /v1/models/{id}/check and /v1/models/{id}/cost. The registry is built from the same
    sources as every command (modelreg -c extra.json serve) and rebuilt on SIGHUP; a broken
    source then keeps the old one. Needs the serve extra, installed in the modelreg checkout
    with pip install -e ".[serve]" (exit 2 without it, or when the address cannot be had).

    Example: modelreg serve --port 8000; curl localhost:8000/v1/models/gpt-4o/capabilities
    """
    try:
        from modelreg.service import serve as server
        from modelreg.service.reloads import Registries, watched_paths
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in ("starlette", "uvicorn", "anyio"):
            terminal.error(INSTALL_HINT)
            raise typer.Exit(status.USAGE) from None
        raise
    import importlib.util

    if importlib.util.find_spec("uvicorn") is None:
        terminal.error(INSTALL_HINT)
        raise typer.Exit(status.USAGE)
    options = state(ctx)
    # A SIGHUP before the server runs (its default action ends the process) asks for a
    # reload once it does; the server's own handler then takes the signal over.
    hups: list[int] = []
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, lambda signum, frame: hups.append(signum))
    watched = watched_paths(options.catalogs, options.builtin_only)
    registries = Registries(options.load, watched)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, lambda signum, frame: registries.ask_reload())
    if hups:
        registries.ask_reload()
    try:
        sock = server.bind(host, port)
    except OSError as exc:
        terminal.error(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
        raise typer.Exit(status.USAGE) from None
    import gc

    gc.enable()  # a server runs for long: the collector the command line paused works again
    server.run(
        registries,
        sock,
        cors=cors or (),
        watch=1.0 if watch else None,
        access_log=access_log,
        allow_hosts=allow_host or (),
    )


def register(app: typer.Typer) -> None:
    app.command("check")(check)
    app.command("serve")(serve)
