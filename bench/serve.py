"""Server benchmark: throughput and latency of `modelreg serve` under concurrent clients.

Measures, in one run and against the same uvicorn set-up, a minimal Starlette endpoint that
returns a constant JSON (the baseline: the capabilities JSON of gpt-4o, so the bytes on the
wire match) and modelreg's GET /v1/models/gpt-4o/capabilities and POST
/v1/models/gpt-4o/check. Each server runs in its own process; the client is a small asyncio
raw-socket HTTP/1.1 client with keep-alive connections, one request in flight on each.
Targets: at least half the baseline's throughput, p99 under 50 ms, no errors.

    python bench/serve.py [--clients 64] [--seconds 5] [--warmup 1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field

MIN_RATIO, MAX_P99_MS = 0.5, 50.0
CHECK_BODY = json.dumps(
    {
        "model": "gpt-4o",
        "messages": [
            {"role": "system", "content": "You are terse."},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "What is in this image?"},
                    {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
                ],
            },
        ],
        "tools": [{"type": "function", "function": {"name": "lookup", "parameters": {}}}],
        "temperature": 0.2,
        "max_completion_tokens": 512,
        "stream": True,
    }
).encode()


# -- the servers (run as `python bench/serve.py --server KIND --port P`) -----------


def _serve(kind: str, port: int) -> None:
    import uvicorn

    from modelreg.service import serve
    from modelreg.service.reloads import Registries

    if kind == "modelreg":
        from modelreg.compile import load_registry

        registries = Registries(lambda: load_registry(builtin_only=True))
        serve.run(registries, serve.bind("127.0.0.1", port), access_log=False)
        return
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from modelreg.registry import builtin
    from modelreg.schema import capability_view

    constant = capability_view(builtin().get_record("gpt-4o"))

    async def endpoint(request: object) -> JSONResponse:
        return JSONResponse(constant)

    app = Starlette(routes=[Route("/const", endpoint)])
    config = uvicorn.Config(app, log_level="warning", access_log=False, server_header=False)
    uvicorn.Server(config).run(sockets=[serve.bind("127.0.0.1", port)])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(kind: str) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, __file__, "--server", kind, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return process, port
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the {kind} server did not start") from None
            time.sleep(0.05)


# -- the client --------------------------------------------------------------------


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    elapsed: float = 0.0


def _request(method: str, path: str, body: bytes = b"") -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: bench\r\n"
    if body:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return (head + "\r\n").encode() + body


async def _client(port: int, request: bytes, start: float, stop: float, result: Result) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    clock = time.perf_counter
    try:
        while True:
            began = clock()
            if began >= stop:
                return
            try:
                writer.write(request)
                head = await reader.readuntil(b"\r\n\r\n")
                status = head[9:12]
                length = 0
                for line in head.split(b"\r\n"):
                    if line[:15].lower() == b"content-length:":
                        length = int(line[15:])
                await reader.readexactly(length)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                result.errors += 1
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                continue
            if began >= start:
                result.latencies.append(clock() - began)
                if status != b"200":
                    result.errors += 1
    finally:
        writer.close()


async def _load(port: int, request: bytes, clients: int, warmup: float, seconds: float) -> Result:
    result = Result()
    now = time.perf_counter()
    start, stop = now + warmup, now + warmup + seconds
    await asyncio.gather(*(_client(port, request, start, stop, result) for _ in range(clients)))
    result.elapsed = seconds
    return result


def _measure(kind: str, request: bytes, args: argparse.Namespace) -> Result:
    process, port = _start(kind)
    try:
        runner = _loop_runner()
        return runner(_load(port, request, args.clients, args.warmup, args.seconds))
    finally:
        process.terminate()
        process.wait(10)


def _loop_runner():  # type: ignore[no-untyped-def]
    try:
        import uvloop

        return uvloop.run
    except ImportError:
        return asyncio.run


def _quantile(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--warmup", type=float, default=1.0)
    parser.add_argument("--server", choices=("modelreg", "baseline"), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.server:
        _serve(args.server, args.port)
        return
    import importlib.util

    fast = [m for m in ("uvloop", "httptools") if importlib.util.find_spec(m)]
    print(
        f"{args.clients} clients, {args.seconds:g} s each after {args.warmup:g} s of warm-up; "
        f"{os.cpu_count()} CPUs; uvicorn with {', '.join(fast) or 'asyncio and h11'}"
    )
    scenarios = [
        ("baseline: constant JSON", "baseline", _request("GET", "/const")),
        (
            "GET capabilities",
            "modelreg",
            _request("GET", "/v1/models/gpt-4o/capabilities"),
        ),
        ("POST check", "modelreg", _request("POST", "/v1/models/gpt-4o/check", CHECK_BODY)),
    ]
    header = f"{'scenario':<26}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}{'ratio':>8}"
    print(header)
    base_rate = None
    failed = False
    for label, kind, request in scenarios:
        result = _measure(kind, request, args)
        rate = len(result.latencies) / result.elapsed
        p50 = _quantile(result.latencies, 0.50) * 1000
        p99 = _quantile(result.latencies, 0.99) * 1000
        if base_rate is None:
            base_rate = rate
            verdict = ""
        else:
            ok = rate >= MIN_RATIO * base_rate and p99 < MAX_P99_MS and result.errors == 0
            failed |= not ok
            verdict = "  ok" if ok else "  MISSED"
        ratio = rate / base_rate if base_rate else float("nan")
        print(
            f"{label:<26}{rate:>9.0f}{p50:>9.2f}{p99:>9.2f}{result.errors:>8}{ratio:>8.2f}{verdict}"
        )
    print(f"targets: ratio >= {MIN_RATIO}, p99 < {MAX_P99_MS:g} ms, 0 errors")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
