"""`modelreg serve`: the real server (uvicorn on a free port of 127.0.0.1), spoken to with the
official openai client and with httpx; reloads and start-up through the console script."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import uvicorn

from modelreg.compile import load_registry
from modelreg.registry import ModelRegistry
from modelreg.schema import capability_view
from modelreg.service import serve
from modelreg.service.reloads import Registries
from modelreg.service.request_parts import MAX_BODY

SCRIPT = shutil.which("modelreg", path=str(Path(sys.executable).parent)) or shutil.which("modelreg")
SLASHED = "meta-llama/Llama-3.1-8B-Instruct"
FINE_TUNED = "ft:gpt-4o-mini:acme::abc123"
CUSTOM = {
    "id": "acme/chat-1",
    "provider": "acme",
    "context_window": 32000,
    "max_completion_tokens": 4000,
    "supports_function_calling": True,
    "pricing": {"prompt_price_per_1m": 1.0, "completion_price_per_1m": 2.0},
    "aliases": ["acme-chat"],
}
RETIRED = {"id": "acme-old", "provider": "acme", "status": "retired"}
ERROR_KEYS = {"message", "type", "param", "code"}


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def assert_error(response: httpx.Response, status: int, code: str | None) -> dict[str, Any]:
    """An error response in OpenAI's shape, with no traceback in it."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == ERROR_KEYS
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str)
    assert body["error"]["message"]
    assert "Traceback" not in response.text
    return body["error"]


class ThreadServer:
    """uvicorn serving an app in a thread, on a free port of 127.0.0.1."""

    def __init__(self, app: Any) -> None:
        sock = serve.bind("127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        config = uvicorn.Config(app, log_config=None, access_log=False, lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert self.thread.is_alive() and time.monotonic() < deadline, "server did not start"
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_json(tmp_path_factory.mktemp("serve") / "extra.json", [CUSTOM, RETIRED])


@pytest.fixture(scope="module")
def registries(catalog: Path) -> Registries:
    return Registries(lambda: load_registry([str(catalog)], builtin_only=True), [catalog])


@pytest.fixture(scope="module")
def server(registries: Registries) -> Iterator[ThreadServer]:
    running = ThreadServer(serve.create_app(registries))
    yield running
    running.stop()


@pytest.fixture
def http(server: ThreadServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=10) as client:
        yield client


@pytest.fixture
def client(server: ThreadServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.url + "/v1", api_key="unused", max_retries=0)


# -- the official client ----------------------------------------------------------


def test_models_list_with_the_openai_client(client: openai.OpenAI, registries: Registries) -> None:
    models = client.models.list().data
    ids = [m.id for m in models]
    assert {"gpt-4o", SLASHED, "acme/chat-1"} <= set(ids)
    assert "acme-old" not in ids  # retired: left out of the list
    assert len(ids) == len(set(ids))
    shown = {r["id"] for r in registries.registry.records() if r["status"] != "retired"}
    assert set(ids) == shown
    assert all(m.object == "model" for m in models)


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        (SLASHED, SLASHED),
        ("acme/chat-1", "acme/chat-1"),
        ("acme-chat", "acme/chat-1"),  # an alias
        ("ACME-CHAT", "acme/chat-1"),
        ("acme-old", "acme-old"),  # lookups answer for retired models
    ],
)
def test_models_retrieve(client: openai.OpenAI, asked: str, expected: str) -> None:
    model = client.models.retrieve(asked)
    assert model.id == asked  # as OpenAI answers; the canonical id is the root
    assert model.model_extra is not None
    assert model.model_extra["root"] == expected
    assert model.object == "model"


def test_a_fine_tuned_id_is_its_base_owned_by_the_org(client: openai.OpenAI) -> None:
    model = client.models.retrieve(FINE_TUNED)
    assert model.id == FINE_TUNED
    assert model.owned_by == "acme"
    assert model.model_extra is not None
    assert model.model_extra["root"] == "gpt-4o-mini"


@pytest.mark.parametrize("unknown", ["gpt4o", "nobody/nothing", "ft:no-such-base:acme::x1"])
def test_an_unknown_model_is_not_found(client: openai.OpenAI, unknown: str) -> None:
    with pytest.raises(openai.NotFoundError) as caught:
        client.models.retrieve(unknown)
    assert caught.value.code == "model_not_found"
    assert caught.value.param == "model"


def test_the_not_found_message_suggests(http: httpx.Client) -> None:
    error = assert_error(http.get("/v1/models/gpt4o"), 404, "model_not_found")
    assert "did you mean 'gpt-4o'" in error["message"]


# -- models, capabilities -----------------------------------------------------------


@pytest.mark.parametrize(
    "path", [f"/v1/models/{SLASHED}", "/v1/models/meta-llama%2FLlama-3.1-8B-Instruct"]
)
def test_slashed_ids_plain_or_percent_encoded(http: httpx.Client, path: str) -> None:
    response = http.get(path)
    assert response.status_code == 200, response.text
    assert response.json()["id"] == SLASHED


def test_all_true_lists_retired_models(http: httpx.Client) -> None:
    ids = [m["id"] for m in http.get("/v1/models", params={"all": "true"}).json()["data"]]
    assert "acme-old" in ids
    assert_error(http.get("/v1/models", params={"all": "maybe"}), 400, "invalid_value")


def test_provider_and_capability_filters(http: httpx.Client, registries: Registries) -> None:
    body = http.get("/v1/models", params={"provider": "acme"}).json()
    assert [m["id"] for m in body["data"]] == ["acme/chat-1"]
    vision = http.get("/v1/models", params=[("capability", "vision"), ("capability", "tools")])
    ids = {m["id"] for m in vision.json()["data"]}
    assert "gpt-4o" in ids
    for model_id in ids:
        record = registries.registry.get_record(model_id)
        assert record["supports_vision"]
        assert record["supports_function_calling"]
    error = assert_error(http.get("/v1/models?capability=bogus"), 400, "invalid_value")
    assert error["param"] == "capability"


@pytest.mark.parametrize("model_id", ["gpt-4o", "o1", SLASHED, "acme-chat", FINE_TUNED])
def test_capabilities_is_exactly_the_capability_view(
    http: httpx.Client, registries: Registries, model_id: str
) -> None:
    response = http.get(f"/v1/models/{model_id}/capabilities")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body == capability_view(registries.registry.get_record(model_id))
    assert set(body) == {
        "model",
        "context_window",
        "max_completion_tokens",
        "pricing",
        "capabilities",
        "modalities",
        "supported_features",
    }
    assert set(body["capabilities"]) == {
        "streaming",
        "function_calling",
        "vision",
        "audio_input",
        "audio_output",
        "reasoning",
        "structured_output",
        "predicted_outputs",
        "fine_tuning",
        "batch_processing",
    }


def test_capabilities_of_a_reasoning_model(http: httpx.Client) -> None:
    body = http.get("/v1/models/o1/capabilities").json()
    assert body["capabilities"]["reasoning"] is True
    assert "temperature" not in body["supported_features"]
    assert_error(http.get("/v1/models/gpt4o/capabilities"), 404, "model_not_found")


# -- check and cost -------------------------------------------------------------------

CHAT = {"model": "x", "messages": [{"role": "user", "content": "hi"}]}


def test_check_a_request_the_model_can_serve(http: httpx.Client) -> None:
    body = {**CHAT, "tools": [{"type": "function", "function": {"name": "f"}}]}
    response = http.post("/v1/models/acme-chat/check", json=body)
    assert response.json() == {"model": "acme/chat-1", "ok": True, "violations": [], "warnings": []}


def test_check_reports_violations(http: httpx.Client) -> None:
    response = http.post("/v1/models/o1/check", json={**CHAT, "temperature": 0.5, "foo": 1})
    assert response.status_code == 200
    body = response.json()
    assert body["model"] == "o1"
    assert body["ok"] is False
    assert [(v["param"], v["code"]) for v in body["violations"]] == [
        ("model", "model_retired"),  # o1 was retired on 2026-10-23
        ("temperature", "unsupported_parameter"),
        ("foo", "unknown_parameter"),
    ]
    assert "'gpt-5.6-sol'" in body["violations"][0]["message"]  # its successor
    assert all(set(v) == {"param", "code", "message"} for v in body["violations"])


def test_check_endpoint_and_prompt_tokens(http: httpx.Client) -> None:
    url = "/v1/models/text-embedding-3-small/check"
    assert http.post(url, json={"input": "hi"}).json()["ok"] is False  # chat by default
    good = http.post(url, params={"endpoint": "embeddings"}, json={"input": "hi"})
    assert good.json()["ok"] is True
    long = http.post(
        url, params={"endpoint": "embeddings", "prompt_tokens": 9000}, json={"input": "hi"}
    )
    assert [v["code"] for v in long.json()["violations"]] == ["above_limit"]
    error = assert_error(http.post(url, params={"endpoint": "nope"}, json={}), 400, "invalid_value")
    assert error["param"] == "endpoint"
    error = assert_error(
        http.post(url, params={"prompt_tokens": "-1"}, json={}), 400, "invalid_value"
    )
    assert error["param"] == "prompt_tokens"


@pytest.mark.parametrize("body", [b"{not json", b"", b"[" * 100_000, b"\xff\xfe"])
def test_a_malformed_body_is_a_400(http: httpx.Client, body: bytes) -> None:
    response = http.post("/v1/models/gpt-4o/check", content=body)
    assert_error(response, 400, "invalid_json")


def test_check_an_unknown_model(http: httpx.Client) -> None:
    assert_error(http.post("/v1/models/gpt4o/check", json=CHAT), 404, "model_not_found")


def test_cost_of_a_usage_object(http: httpx.Client) -> None:
    usage = {"prompt_tokens": 1_000_000, "completion_tokens": 500_000}
    body = http.post("/v1/models/acme-chat/cost", json=usage).json()
    assert body["model"] == "acme/chat-1"
    assert body["total_cost"] == pytest.approx(2.0)
    assert body["currency"] == "USD"
    # a whole response object: its usage is costed
    whole = http.post("/v1/models/acme-chat/cost", json={"id": "x", "usage": usage}).json()
    assert whole["total_cost"] == body["total_cost"]


@pytest.mark.parametrize(
    ("usage", "param"),
    [
        ({"prompt_tokens": "1000"}, "prompt_tokens"),
        ({"prompt_tokens": 10, "completion_tokens": -1}, "completion_tokens"),
        ({"completion_tokens": 10}, "prompt_tokens"),
        ([1, 2], "usage"),
    ],
)
def test_cost_of_a_malformed_usage_names_the_field(
    http: httpx.Client, usage: Any, param: str
) -> None:
    error = assert_error(http.post("/v1/models/gpt-4o/cost", json=usage), 400, "invalid_value")
    assert error["param"] == param


# -- search, health -------------------------------------------------------------------


def test_search(http: httpx.Client) -> None:
    body = http.get("/v1/search", params={"q": "acme chat"}).json()
    assert body["object"] == "list"
    assert body["data"][0]["id"] == "acme/chat-1"
    assert set(body["data"][0]["match"]) == {"score", "matched"}
    limited = http.get("/v1/search", params={"q": "gpt", "limit": 2}).json()
    assert len(limited["data"]) == 2
    error = assert_error(http.get("/v1/search"), 400, "missing_required_parameter")
    assert error["param"] == "q"
    assert_error(http.get("/v1/search", params={"q": "x" * 300}), 400, "invalid_value")


def test_health(http: httpx.Client, registries: Registries) -> None:
    body = http.get("/health").json()
    assert body["status"] == "ok"
    assert body["models"] == len(registries.registry)


# -- errors ---------------------------------------------------------------------------


def test_a_body_over_the_cap_is_a_413(http: httpx.Client) -> None:
    big = b'{"a": "' + b"x" * MAX_BODY + b'"}'
    assert_error(http.post("/v1/models/gpt-4o/check", content=big), 413, "request_too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it comes
        for _ in range(20):
            yield b" " * 100_000

    response = http.post("/v1/models/gpt-4o/cost", content=chunks())
    assert_error(response, 413, "request_too_large")
    just_under = b"{}" + b" " * (MAX_BODY - 2)
    assert http.post("/v1/models/gpt-4o/check", content=just_under).status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("GET", "/v1/models/gpt-4o/check", "POST"),
        ("GET", f"/v1/models/{SLASHED}/cost", "POST"),
        ("POST", "/v1/models/gpt-4o", "GET"),
        ("DELETE", "/v1/models/gpt-4o/check", "POST"),
        ("DELETE", "/v1/models/gpt-4o/capabilities", "GET"),
        ("POST", "/v1/models/gpt-4o/capabilities", "GET"),
        ("PUT", "/v1/models", "GET"),
        ("POST", "/health", "GET"),
    ],
)
def test_a_wrong_method_is_a_405(http: httpx.Client, method: str, path: str, allow: str) -> None:
    response = http.request(method, path)
    assert_error(response, 405, "method_not_allowed")
    assert allow in response.headers["allow"]


@pytest.mark.parametrize("path", ["/", "/v1", "/v1/chat/completions", "/v2/models"])
def test_an_unknown_route_is_a_404(http: httpx.Client, path: str) -> None:
    assert_error(http.get(path), 404, "unknown_url")


def test_an_internal_error_is_a_500_in_the_error_shape_and_one_log_line(
    http: httpx.Client, registries: Registries, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken(ModelRegistry):
        def get_record(self, model_id: str) -> Any:
            raise RuntimeError("boom\nsecond line")

    saved = registries.registry
    registries.registry = Broken()
    try:
        with caplog.at_level("ERROR", logger="modelreg.serve"):
            response = http.get("/v1/models/gpt-4o/capabilities")
    finally:
        registries.registry = saved
    error = assert_error(response, 500, "internal_error")
    assert error["type"] == "server_error"
    assert "boom" not in response.text
    records = [r for r in caplog.records if r.name == "modelreg.serve"]
    assert len(records) == 1
    assert "\n" not in records[0].getMessage()
    assert "RuntimeError: boom second line" in records[0].getMessage()
    assert records[0].exc_info is None
    assert http.get("/v1/models/gpt-4o/capabilities").status_code == 200


def test_no_cors_headers_unless_asked(http: httpx.Client, registries: Registries) -> None:
    headers = {"Origin": "https://app.example"}
    assert "access-control-allow-origin" not in http.get("/v1/models", headers=headers).headers
    cors = ThreadServer(serve.create_app(registries, cors=["https://app.example"]))
    try:
        response = httpx.get(cors.url + "/v1/models", headers=headers, timeout=10)
        assert response.headers["access-control-allow-origin"] == "https://app.example"
        other = httpx.get(cors.url + "/v1/models", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
    finally:
        cors.stop()


# -- reloading in process ---------------------------------------------------------------


def test_reload_swaps_in_a_new_registry_and_keeps_the_old_on_a_broken_source(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write_json(tmp_path / "extra.json", [CUSTOM])
    registries = Registries(lambda: load_registry([str(path)], builtin_only=True), [path])
    running = ThreadServer(serve.create_app(registries))
    try:
        url = running.url + "/v1/models/acme-2"
        assert httpx.get(url).status_code == 404
        assert not registries.changed()
        write_json(path, [CUSTOM, {"id": "acme-2"}])
        assert registries.changed()
        assert registries.reload()
        assert httpx.get(url).json()["id"] == "acme-2"
        assert registries.generation == 2
        path.write_text("[{broken", encoding="utf-8")
        with caplog.at_level("ERROR", logger="modelreg.serve"):
            assert not registries.reload()
        assert httpx.get(url).json()["id"] == "acme-2"
        assert registries.generation == 2
        assert not registries.changed()  # --watch waits for the next change
        [record] = [r for r in caplog.records if r.name == "modelreg.serve"]
        assert "reload failed" in record.getMessage()
        assert str(path) in record.getMessage()
    finally:
        running.stop()


# -- the console script ---------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ScriptServer:
    """``modelreg [global options] serve --port P [options]`` in a subprocess."""

    def __init__(
        self,
        *args: str,
        serve_args: tuple[str, ...] = (),
        preexec: Callable[[], None] | None = None,
        wait: bool = True,
        command: tuple[str, ...] = (),
    ) -> None:
        """``command`` runs in place of the console script (the same arguments follow)."""
        assert SCRIPT, "the modelreg console script is not installed (pip install -e .)"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(  # noqa: SIM115 (closed in stop)
            Path(os.environ["HOME"]) / f"serve-{self.port}.log", "w+", encoding="utf-8"
        )
        self.process = subprocess.Popen(
            [*(command or (SCRIPT,)), *args, "serve", "--port", str(self.port), *serve_args],
            stdout=subprocess.DEVNULL,
            stderr=self.log,
            stdin=subprocess.DEVNULL,
            preexec_fn=preexec,
        )
        if wait:
            self.wait_up()

    def wait_up(self) -> None:
        wait_for(lambda: self._up(), "the server to start", self.stderr)

    def _up(self) -> bool:
        assert self.process.poll() is None, self.stderr()
        try:
            return httpx.get(self.url + "/health", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    def stderr(self) -> str:
        if not self.log.closed:
            self.log.flush()
        return Path(self.log.name).read_text(encoding="utf-8")

    def get(self, path: str) -> httpx.Response:
        return httpx.get(self.url + path, timeout=10)

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(15)
        self.log.close()
        return code


def wait_for(
    condition: Callable[[], bool], what: str, detail: Callable[[], str] = str, limit: float = 30
) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}: {detail()}"
        time.sleep(0.05)


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="no SIGHUP on this platform")
def test_sighup_reloads_without_dropping_requests(tmp_path: Path) -> None:
    path = write_json(tmp_path / "extra.json", [CUSTOM])
    running = ScriptServer("--builtin-only", "-c", str(path))
    try:
        assert "http://127.0.0.1:" in running.stderr()  # the default host
        assert running.get("/v1/models/acme-chat").json()["root"] == "acme/chat-1"
        assert running.get("/v1/models/acme-2").status_code == 404

        failures: list[str] = []
        done = threading.Event()

        def hammer() -> None:  # requests during the reload all answer
            with httpx.Client(base_url=running.url, timeout=10) as client:
                while not done.is_set():
                    try:
                        response = client.get("/v1/models/gpt-4o/capabilities")
                        if response.status_code != 200:
                            failures.append(str(response.status_code))
                    except httpx.HTTPError as exc:
                        failures.append(repr(exc))

        threads = [threading.Thread(target=hammer) for _ in range(4)]
        for thread in threads:
            thread.start()
        time.sleep(0.2)
        write_json(path, [CUSTOM, {"id": "acme-2"}])
        running.process.send_signal(signal.SIGHUP)
        wait_for(lambda: running.get("/v1/models/acme-2").status_code == 200, "the reload")
        time.sleep(0.2)
        done.set()
        for thread in threads:
            thread.join(10)
        assert failures == []
        assert running.get("/health").json()["generation"] == 2

        path.write_text("[{broken", encoding="utf-8")
        running.process.send_signal(signal.SIGHUP)
        wait_for(lambda: "reload failed" in running.stderr(), "the failed reload", running.stderr)
        assert running.get("/v1/models/acme-2").json()["id"] == "acme-2"
        assert running.get("/health").json()["generation"] == 2
        [line] = [ln for ln in running.stderr().splitlines() if "reload failed" in ln]
        assert str(path) in line
    finally:
        code = running.stop()
    assert code in (0, -signal.SIGTERM)  # uvicorn re-raises the signal it stopped on
    assert "Traceback" not in running.stderr()


def test_watch_reloads_when_a_source_file_changes(tmp_path: Path) -> None:
    path = write_json(tmp_path / "extra.json", [CUSTOM])
    running = ScriptServer("--builtin-only", "-c", str(path), serve_args=("--watch",))
    try:
        write_json(path, [CUSTOM, {"id": "acme-watched"}])
        wait_for(lambda: running.get("/v1/models/acme-watched").status_code == 200, "the watch")
    finally:
        running.stop()


def test_request_logs_carry_no_bodies(tmp_path: Path) -> None:
    running = ScriptServer("--builtin-only")
    try:
        secret = "sk-secret-in-the-body"
        response = httpx.post(
            running.url + "/v1/models/gpt-4o/check",
            json={"messages": [{"role": "user", "content": secret}]},
        )
        assert response.json()["ok"] is True
        wait_for(lambda: "POST /v1/models/gpt-4o/check" in running.stderr(), "the access log")
        assert secret not in running.stderr()
    finally:
        running.stop()


def run_serve(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    assert SCRIPT
    return subprocess.run(
        [SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def test_a_broken_source_at_start_exits_3(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    done = run_serve("-c", str(path), "serve", "--port", str(free_port()))
    assert done.returncode == 3
    assert str(path) in done.stderr
    assert done.stderr.count("\n") == 1


def test_an_address_in_use_exits_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run_serve("--builtin-only", "serve", "--port", str(port))
    assert done.returncode == 2
    assert done.stderr.startswith("error: cannot listen on 127.0.0.1:")
    assert done.stderr.count("\n") == 1


def test_without_the_serve_extra_one_line_says_how_to_install(tmp_path: Path) -> None:
    stub = tmp_path / "stub" / "starlette"
    stub.mkdir(parents=True)
    (stub / "__init__.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'starlette'\", name='starlette')\n"
    )
    done = run_serve("serve", env={"PYTHONPATH": str(stub.parent)})
    assert done.returncode == 2
    assert done.stderr == (
        "error: modelreg serve needs the serve extra: "
        'pip install -e ".[serve]" in the modelreg checkout\n'
    )


def test_serve_and_the_command_line_answer_alike_with_prefer_outside(tmp_path: Path) -> None:
    prices = {
        "gpt-4o": {
            "litellm_provider": "openai",
            "mode": "chat",
            "input_cost_per_token": 99e-6,
            "output_cost_per_token": 1e-5,
        }
    }
    catalog = f"litellm:{write_json(tmp_path / 'prices.json', prices)}"
    options = ("--builtin-only", "-c", catalog, "--prefer-outside")
    cli = subprocess.run(
        [SCRIPT, *options, "capabilities", "gpt-4o", "--json"], capture_output=True, text=True
    )
    assert cli.returncode == 0, cli.stderr
    expected = json.loads(cli.stdout)
    assert expected["pricing"]["prompt_price_per_1m"] == pytest.approx(99)
    running = ScriptServer(*options)
    try:
        served = running.get("/v1/models/gpt-4o/capabilities").json()
    finally:
        running.stop()
    assert served == expected


def test_models_are_listed_not_offers_and_a_sellers_id_resolves() -> None:
    excerpt = Path(__file__).parent / "formats" / "data" / "litellm_excerpt.json"
    registries = Registries(lambda: load_registry([f"litellm:{excerpt}"], builtin_only=True))
    running = ThreadServer(serve.create_app(registries))
    try:
        with httpx.Client(base_url=running.url, timeout=10) as http:
            ids = {m["id"] for m in http.get("/v1/models").json()["data"]}
            assert "gpt-4o" in ids and "azure/gpt-4o" not in ids
            model = http.get("/v1/models/azure/gpt-4o").json()
            assert model["id"] == "azure/gpt-4o" and model["root"] == "gpt-4o"
    finally:
        running.stop()
