"""``modelreg serve`` under slow and foreign clients, run as users run it (the console script
in a subprocess): deadlines on a request's head and body, one error shape for every refusal,
the Host names it answers, ids ending in /capabilities, SIGHUP during the first load, and
--watch of prefixed and file:// catalogs."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import socket
import sys
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from modelreg.service.serve_http import BODY_TIMEOUT, HEAD_TIMEOUT, MAX_HEAD
from tests.test_serve import ScriptServer, wait_for, write_json

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX only")


def raw(port: int, data: bytes, *, host: str = "127.0.0.1", wait: float = 30) -> bytes:
    """Send raw bytes; everything the server answers until it closes (or ``wait`` s)."""
    with socket.create_connection((host, port), timeout=wait) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            pass
    return b"".join(chunks)


def error_of(response: bytes, status: int) -> dict[str, Any]:
    """The OpenAI-shaped error of a raw HTTP response with ``status``."""
    head, _, body = response.partition(b"\r\n\r\n")
    assert head.startswith(f"HTTP/1.1 {status} ".encode()), response[:300]
    assert b"content-type: application/json" in head.lower()
    error = json.loads(body)["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert isinstance(error["message"], str) and error["message"]
    return error


# -- slow clients ----------------------------------------------------------------------


# The console script's own code with the deadlines of a request's head and body shortened
# (module constants, read when a connection needs them), so waiting for them takes seconds.
HEAD_DEADLINE, BODY_DEADLINE = 2.0, 3.0
SHORT_DEADLINES = (
    sys.executable,
    "-c",
    "import modelreg.service.serve_http as h; "
    f"h.HEAD_TIMEOUT, h.BODY_TIMEOUT = {HEAD_DEADLINE}, {BODY_DEADLINE}; "
    "from modelreg.cli.main import run; run()",
)


def test_the_server_gives_a_head_10_seconds_and_a_body_15_more() -> None:
    assert (HEAD_TIMEOUT, BODY_TIMEOUT) == (10.0, 15.0)  # what the README promises


def test_slow_clients_are_cut_off_and_others_are_served_again(tmp_path: Path) -> None:
    """More trickling connections than the server may open files: each is answered 408 and
    closed at its head's deadline (a body that never ends, at its body's), and the server
    answers everyone else again."""
    limit = 200

    def few_files() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))

    running = ScriptServer(
        "--builtin-only",
        serve_args=("--no-access-log",),
        preexec=few_files,
        command=SHORT_DEADLINES,
    )
    try:
        # A body that never ends, from before the server runs out of files: its deadline
        # runs while the heads' does.
        body = socket.create_connection(("127.0.0.1", running.port), timeout=60)
        body.sendall(
            b"POST /v1/models/gpt-4o/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"
        )
        sent = time.monotonic()
        heads = []
        for _ in range(limit + 20):
            try:
                sock = socket.create_connection(("127.0.0.1", running.port), timeout=5)
                sock.sendall(b"GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # never ends
                heads.append(sock)
            except OSError:
                break
        started = time.monotonic()
        answers = []
        for sock in heads[:20]:
            sock.settimeout(HEAD_DEADLINE + 30)
            answers.append(sock.recv(65536))
        assert time.monotonic() - started < HEAD_DEADLINE + 30
        for answer in answers:
            error = error_of(answer, 408)
            assert error["code"] == "request_timeout"
            assert f"within {HEAD_DEADLINE:g} seconds" in error["message"]
        wait_for(running._up, "the server to answer others again", running.stderr, limit=60)
        body.settimeout(BODY_DEADLINE + 30)
        late = b""
        while chunk := body.recv(65536):  # answered, then closed
            late += chunk
        assert time.monotonic() - sent >= BODY_DEADLINE - 0.5  # not before its deadline
        error = error_of(late, 408)
        assert error["code"] == "request_timeout"
        assert f"within {BODY_DEADLINE:g} seconds" in error["message"]
        assert time.monotonic() - sent < BODY_DEADLINE + 60
        for sock in [*heads, body]:
            sock.close()
    finally:
        running.stop()
    assert "Traceback" not in running.stderr() and "internal error" not in running.stderr()


# -- one error shape -------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    catalog = tmp_path_factory.mktemp("hostile-serve") / "extra.json"
    write_json(
        catalog,
        [
            {"id": "acme/capabilities", "provider": "acme"},
            {"id": "both", "provider": "acme"},
            {"id": "both/capabilities", "provider": "acme", "supports_vision": True},
        ],
    )
    running = ScriptServer(
        "-c",
        str(catalog),
        serve_args=("--cors", "https://ok.example", "--allow-host", "models.internal"),
    )
    yield running
    running.stop()


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"BREW /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        b"GET /" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        b"GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nX: " + b"b" * 200_000 + b"\r\n\r\n",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + b"\x00" * 64,  # TLS to plain HTTP
        b"GET /v1/models HTTP/9.9\r\n\r\n",
    ],
    ids=["unknown-method", "100kb-url", "200kb-header", "tls-hello", "bad-version"],
)
def test_what_the_http_layer_refuses_is_an_openai_error(server: Any, request_bytes: bytes) -> None:
    answer = raw(server.port, request_bytes)
    if len(request_bytes) > MAX_HEAD and answer.startswith(b"HTTP/1.1 431 "):
        assert error_of(answer, 431)["code"] == "request_too_large"
    else:
        assert error_of(answer, 400)["code"] == "invalid_request"


def test_a_refused_cors_preflight_is_an_openai_error(server: Any) -> None:
    response = httpx.options(
        server.url + "/v1/models",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "cors_refused"
    assert "origin" in response.json()["error"]["message"]
    allowed = httpx.options(
        server.url + "/v1/models",
        headers={"Origin": "https://ok.example", "Access-Control-Request-Method": "GET"},
    )
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "https://ok.example"


# -- the Host names answered -------------------------------------------------------------


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "localhost.evil.example"])
def test_a_host_name_not_served_is_refused(server: Any, host: str) -> None:
    """What a page that rebinds its DNS name to 127.0.0.1 sends: its own name."""
    for path in ("/v1/models", "/v1/models/gpt-4o", "/health"):
        response = httpx.get(server.url + path, headers={"Host": host})
        assert response.status_code == 400
        error = response.json()["error"]
        assert error["code"] == "invalid_host" and error["param"] == "Host"
        assert "gpt-4o" not in response.text


@pytest.mark.parametrize(
    "host", ["127.0.0.1", "localhost", "LOCALHOST:1234", "[::1]:80", "10.1.2.3", "models.internal"]
)
def test_the_names_of_the_address_served_ip_addresses_and_allowed_hosts_answer(
    server: Any, host: str
) -> None:
    response = httpx.get(server.url + "/v1/models/gpt-4o", headers={"Host": host})
    assert response.status_code == 200, response.text
    assert response.json()["id"] == "gpt-4o"


# -- ids ending in /capabilities ------------------------------------------------------------


def test_a_model_whose_id_ends_in_capabilities_is_fetched(server: Any) -> None:
    client = openai.OpenAI(base_url=server.url + "/v1", api_key="unused", max_retries=0)
    assert client.models.retrieve("acme/capabilities").id == "acme/capabilities"
    assert server.get("/v1/models/acme%2Fcapabilities").json()["id"] == "acme/capabilities"
    # Both "both" and "both/capabilities" exist: the plain path asks for the capabilities of
    # "both", the encoded slash for the model "both/capabilities".
    assert server.get("/v1/models/both/capabilities").json()["model"] == "both"
    assert server.get("/v1/models/both%2Fcapabilities").json()["id"] == "both/capabilities"
    assert server.get("/v1/models/both%2Fcapabilities/capabilities").json()["capabilities"][
        "vision"
    ]


# -- SIGHUP during the first load ---------------------------------------------------------


def reading(pid: int, path: Path) -> None:
    """Wait until process ``pid`` has ``path`` open (a second where /proc cannot tell)."""
    fds = Path(f"/proc/{pid}/fd")
    if not fds.is_dir():
        time.sleep(1.0)
        return

    def opened() -> bool:
        with contextlib.suppress(OSError):  # an fd closed while looked at
            return any(os.readlink(fd) == str(path) for fd in fds.iterdir())
        return False

    wait_for(opened, f"the server to open {path}")


def test_a_sighup_during_the_first_load_reloads_once_serving(tmp_path: Path) -> None:
    """The first load reads a FIFO whose writer waits: a SIGHUP then must not kill the
    server, and it reloads (reading the FIFO again) as soon as it serves."""
    fifo = tmp_path / "catalog.fifo"
    os.mkfifo(fifo)
    up = threading.Event()

    def writer() -> None:
        with open(fifo, "w") as f:  # the first load
            f.write(json.dumps([{"id": "acme-first"}]))
        up.wait(60)
        with open(fifo, "w") as f:  # the reload the SIGHUP asked for
            f.write(json.dumps([{"id": "acme-first"}, {"id": "acme-second"}]))

    running = ScriptServer("--builtin-only", "-c", str(fifo), wait=False)
    thread = threading.Thread(target=writer, daemon=True)
    try:
        reading(running.process.pid, fifo)  # the server waits for the FIFO's writer
        assert running.process.poll() is None
        running.process.send_signal(signal.SIGHUP)
        time.sleep(0.2)
        thread.start()
        running.wait_up()
        up.set()
        wait_for(lambda: running.get("/health").json()["generation"] == 2, "the reload")
        assert running.get("/v1/models/acme-second").status_code == 200
    finally:
        running.stop()
    thread.join(5)
    assert "Traceback" not in running.stderr()


# -- --watch of prefixed and file:// catalogs ----------------------------------------------


@pytest.mark.parametrize("how", ["prefix", "file-url", "encoded-file-url"])
def test_watch_reloads_prefixed_and_file_url_catalogs(tmp_path: Path, how: str) -> None:
    directory = tmp_path / "my catalogs"
    directory.mkdir()
    path = directory / "prices.json"
    entry = {"litellm_provider": "openai", "mode": "chat", "max_output_tokens": 100}
    write_json(path, {"watched-one": entry})
    location = {
        "prefix": f"litellm:{path}",
        "file-url": f"litellm:file://localhost{path}",
        "encoded-file-url": "litellm:file://" + urllib.parse.quote(str(path)),
    }[how]
    running = ScriptServer("--builtin-only", "-c", location, serve_args=("--watch",))
    try:
        assert running.get("/v1/models/watched-one").status_code == 200
        write_json(path, {"watched-one": entry, "watched-two": entry})
        wait_for(lambda: running.get("/v1/models/watched-two").status_code == 200, "the watch")
    finally:
        running.stop()
