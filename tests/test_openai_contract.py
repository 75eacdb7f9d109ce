"""OpenAI's contract, measured against things modelreg did not write: the official openai
client (sync and async) against a real ``modelreg serve`` (the console script), and every
response validated against the component schemas of OpenAI's published OpenAPI description
(tests/openai_spec, vendored with its licence)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from test_serve import SCRIPT, free_port, wait_for

from modelreg.compile import load_registry
from modelreg.schema import capability_view
from modelreg.sources import ENV_VAR

TODAY = "2026-12-07"  # o1 was retired on 2026-10-23; gpt-4o shuts down on 2027-01-14
SPEC = json.loads((Path(__file__).parent / "openai_spec" / "models.json").read_text("utf-8"))
SCHEMAS = Registry().with_resource(
    SPEC["$id"], Resource.from_contents(SPEC, default_specification=DRAFT202012)
)
# The Model object's fields: OpenAI's, then vLLM's (and the architecture's) extras.
OPENAI_FIELDS = set(SPEC["components"]["schemas"]["Model"]["properties"])
EXTRA_FIELDS = {"root", "parent", "max_model_len", "permission"}
# vLLM's model_permission object (vllm_models_list_sample.json, quoted in vllm-omni #414).
VLLM_PERMISSION = {
    "id": "modelperm-98e75e82f9c855ca",
    "object": "model_permission",
    "created": 1766453502,
    "allow_create_engine": False,
    "allow_sampling": True,
    "allow_logprobs": True,
    "allow_search_indices": False,
    "allow_view": True,
    "allow_fine_tuning": False,
    "organization": "*",
    "group": None,
    "is_blocking": False,
}
# The architecture's FAKEAI_CUSTOM_MODELS example: no created, no release date.
SHEET_EXAMPLE = [
    {
        "id": "custom/my-model",
        "name": "My Custom Model",
        "provider": "custom",
        "context_window": 8192,
        "supports_streaming": True,
    }
]
EXTRA = [
    {
        "id": "acme/chat-1",
        "provider": "acme",
        "context_window": 32000,
        "supports_function_calling": True,
        "pricing": {
            "prompt_price_per_1m": 3.0,
            "completion_price_per_1m": 15.0,
            "cached_price_per_1m": 0.3,
            "cache_write_price_per_1m": 3.75,
        },
        "aliases": ["acme-chat"],
    },
    {
        "id": "acme/old",
        "provider": "acme",
        "deprecation_date": "2026-01-01",
        "retirement_date": "2026-06-01",
        "successor": "acme/chat-1",
    },
]
SLASHED = "meta-llama/Llama-3.1-8B-Instruct"
FINE_TUNED = "ft:gpt-4o-mini:acme::abc123"
# An id asked for -> the canonical id (the root of what the server answers).
RETRIEVED = [
    ("gpt-4o", "gpt-4o"),
    ("gpt-4o-2024-08-06", "gpt-4o"),  # an alias
    ("GPT-4O", "gpt-4o"),  # another case
    ("claude-3-5-sonnet-20250514", "claude-3-5-sonnet-20241022"),
    (SLASHED, SLASHED),
    ("acme-chat", "acme/chat-1"),
    ("custom/my-model", "custom/my-model"),
    (FINE_TUNED, "gpt-4o-mini"),
    ("o1", "o1"),  # retired: lookups still answer
]


def conforms(schema: str, body: Any) -> None:
    """Validate a body against a component schema of OpenAI's spec (formats checked)."""
    Draft202012Validator(
        {"$ref": f"{SPEC['$id']}#/components/schemas/{schema}"},
        registry=SCHEMAS,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    ).validate(body)


def is_model_object(model: dict[str, Any]) -> None:
    """OpenAI's Model exactly, plus vLLM's extras, with vLLM's permission object."""
    conforms("Model", model)
    assert set(model) - {"max_model_len"} == (OPENAI_FIELDS | EXTRA_FIELDS) - {"max_model_len"}
    assert model["created"] > 0
    assert [set(p) for p in model["permission"]] == [set(VLLM_PERMISSION)]
    assert model["permission"][0]["object"] == "model_permission"


class Served:
    """``modelreg -c extra.json serve`` in a subprocess, its user sources the variable's."""

    def __init__(self, home: Path) -> None:
        assert SCRIPT, "the modelreg console script is not installed (pip install -e .)"
        catalog = home / "extra.json"
        catalog.write_text(json.dumps(EXTRA), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MODELREG", "XDG"))}
        env |= {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "MODELREG_TODAY": TODAY,
            ENV_VAR: json.dumps(SHEET_EXAMPLE),
        }
        self.env = env
        self.url = f"http://127.0.0.1:{free_port()}"
        self.log = (home / "serve.log").open("w+", encoding="utf-8")
        self.started = time.time()
        self.process = subprocess.Popen(
            [SCRIPT, "-c", str(catalog), "serve", "--port", self.url.rpartition(":")[2]],
            cwd=home,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
        )
        wait_for(self._up, "the server to start", self.stderr)

    def _up(self) -> bool:
        assert self.process.poll() is None, self.stderr()
        try:
            return httpx.get(self.url + "/health", timeout=1).status_code == 200
        except httpx.TransportError:
            return False

    def stderr(self) -> str:
        self.log.flush()
        return Path(self.log.name).read_text(encoding="utf-8")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(15)
        self.log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    running = Served(tmp_path_factory.mktemp("contract"))
    yield running
    running.stop()


@pytest.fixture
def http(server: Served) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=10) as client:
        yield client


@pytest.fixture
def client(server: Served) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.url + "/v1", api_key="unused", max_retries=0)


def async_client(server: Served) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=server.url + "/v1", api_key="unused", max_retries=0)


def served_registry(server: Served, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The registry the server serves, built here from the same sources."""
    for name in ("MODELREG_TODAY", ENV_VAR):
        monkeypatch.setenv(name, server.env[name])
    return load_registry([str(Path(server.env["HOME"]) / "extra.json")])


# -- the schemas are live: they refuse what is not OpenAI's -----------------------------


MINIMAL_MODEL = {"id": "x", "object": "model", "created": 0, "owned_by": ""}


@pytest.mark.parametrize(
    ("schema", "body"),
    [
        ("Model", MINIMAL_MODEL | {"created": "0"}),
        ("Model", {k: v for k, v in MINIMAL_MODEL.items() if k != "owned_by"}),
        ("Model", MINIMAL_MODEL | {"object": "models"}),
        ("Model", MINIMAL_MODEL | {"shutdown_date": 1}),
        ("Model", MINIMAL_MODEL | {"shutdown_date": "soon"}),
        ("ListModelsResponse", {"object": "list", "data": [{"id": "x"}]}),
        ("ErrorResponse", {"error": {"message": "m", "type": "t", "code": None}}),
        ("DeleteModelResponse", {"id": "x", "object": "model"}),
    ],
)
def test_the_vendored_schemas_refuse_what_is_not_openais(schema: str, body: Any) -> None:
    with pytest.raises(ValidationError):
        conforms(schema, body)


def test_the_vendored_schemas_take_openais_own_examples() -> None:
    conforms("Model", MINIMAL_MODEL | {"shutdown_date": "2026-10-23"})
    conforms("Model", MINIMAL_MODEL | {"shutdown_date": None, "extra": 1})  # extras allowed
    conforms("DeleteModelResponse", {"id": "ft:x:y::z", "object": "model", "deleted": True})
    conforms("ErrorResponse", {"error": {"message": "m", "type": "t", "param": None, "code": None}})


# -- list -------------------------------------------------------------------------------


def test_the_list_is_openais_list_of_models(
    http: httpx.Client, server: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    response = http.get("/v1/models")
    assert response.status_code == 200
    body = response.json()
    conforms("ListModelsResponse", body)
    for model in body["data"]:
        is_model_object(model)
    registry = served_registry(server, monkeypatch)
    shown = [r["id"] for r in registry.records() if r["status"] != "retired"]
    assert [m["id"] for m in body["data"]] == shown
    assert "custom/my-model" in shown and "o1" not in shown


def test_the_official_client_lists(client: openai.OpenAI) -> None:
    models = {m.id: m for m in client.models.list()}
    assert {"gpt-4o", SLASHED, "acme/chat-1", "custom/my-model"} <= set(models)
    assert models["gpt-4o"].shutdown_date == "2027-01-14"  # its retirement date
    assert models["acme/chat-1"].shutdown_date is None  # none announced
    assert all(m.created > 0 for m in models.values())


def test_created_is_never_0(http: httpx.Client, server: Served) -> None:
    data = http.get("/v1/models", params={"all": "true"}).json()["data"]
    assert all(m["created"] > 0 for m in data)
    by_id = {m["id"]: m for m in data}
    # the release date at 00:00 UTC where there is one
    assert by_id["gpt-4o"]["created"] == 1722902400  # 2024-08-06
    # else the time the registry was built: the sheet's example has neither
    seen = by_id["custom/my-model"]["created"]
    assert server.started - 1 <= seen <= time.time()
    assert http.get("/v1/models/custom/my-model").json()["created"] == seen


# -- retrieve ---------------------------------------------------------------------------


@pytest.mark.parametrize(("asked", "canonical"), RETRIEVED)
def test_the_official_client_retrieves_the_id_asked_for(
    client: openai.OpenAI, http: httpx.Client, asked: str, canonical: str
) -> None:
    model = client.models.retrieve(asked)
    assert model.id == asked
    assert model.object == "model"
    assert model.model_extra is not None
    assert model.model_extra["root"] == canonical
    raw = http.get(f"/v1/models/{asked}").json()
    is_model_object(raw)
    assert raw == model.model_dump()  # nothing the client drops or adds


def test_every_id_and_alias_of_every_model_answers_as_asked(
    http: httpx.Client, server: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = served_registry(server, monkeypatch)
    asked = [(r["id"], name) for r in registry.records() for name in (r["id"], *r["aliases"])]
    assert len(asked) > len(registry)
    for canonical, name in asked:
        response = http.get(f"/v1/models/{name}")
        assert response.status_code == 200, (name, response.text)
        model = response.json()
        is_model_object(model)
        assert (model["id"], model["root"]) == (name, canonical)
        record = registry.get_record(canonical)
        assert model["shutdown_date"] == record["retirement_date"]


def test_a_fine_tuned_id_is_owned_by_its_org_with_its_base_as_parent(
    client: openai.OpenAI,
) -> None:
    model = client.models.retrieve(FINE_TUNED)
    assert model.owned_by == "acme"
    assert model.model_extra is not None
    assert model.model_extra["parent"] == model.model_extra["root"] == "gpt-4o-mini"


def test_a_retired_model_answers_with_its_shutdown_date(client: openai.OpenAI) -> None:
    assert client.models.retrieve("o1").shutdown_date == "2026-10-23"


@pytest.mark.parametrize("unknown", ["gpt4o", "nobody/nothing", "ft:no-such-base:acme::x1"])
def test_an_unknown_model_is_a_not_found_error(
    client: openai.OpenAI, http: httpx.Client, unknown: str
) -> None:
    with pytest.raises(openai.NotFoundError) as caught:
        client.models.retrieve(unknown)
    assert (caught.value.code, caught.value.param) == ("model_not_found", "model")
    response = http.get(f"/v1/models/{unknown}")
    assert response.status_code == 404
    conforms("ErrorResponse", response.json())


# -- delete -----------------------------------------------------------------------------


@pytest.mark.parametrize("model_id", [FINE_TUNED, "gpt-4o", "acme-chat", SLASHED])
def test_delete_is_a_permission_denied_error(
    client: openai.OpenAI, http: httpx.Client, model_id: str
) -> None:
    with pytest.raises(openai.PermissionDeniedError) as caught:
        client.models.delete(model_id)
    assert caught.value.status_code == 403
    assert (caught.value.code, caught.value.param) == ("model_not_deletable", "model")
    assert "read-only" in caught.value.message
    body = http.delete(f"/v1/models/{model_id}").json()
    conforms("ErrorResponse", body)
    with pytest.raises(ValidationError):  # nothing a client could read as a deletion
        conforms("DeleteModelResponse", body)
    assert client.models.retrieve(model_id).id == model_id  # still there


def test_deleting_an_unknown_model_is_a_not_found_error(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as caught:
        client.models.delete("ft:gpt-4o-mini:acme::nope:extra")
    assert caught.value.code == "model_not_found"


# -- the async client -------------------------------------------------------------------


def test_the_async_client_lists_retrieves_and_gets_typed_errors(server: Served) -> None:
    async def session() -> None:
        async with async_client(server) as client:
            page = await client.models.list()
            assert any(m.id == "gpt-4o" for m in page.data)
            for asked, canonical in RETRIEVED:
                model = await client.models.retrieve(asked)
                assert model.id == asked
                assert model.model_extra is not None
                assert model.model_extra["root"] == canonical
            with pytest.raises(openai.NotFoundError) as missing:
                await client.models.retrieve("gpt4o")
            assert missing.value.code == "model_not_found"
            with pytest.raises(openai.PermissionDeniedError) as denied:
                await client.models.delete(FINE_TUNED)
            assert denied.value.code == "model_not_deletable"

    asyncio.run(session())


# -- capabilities inline -------------------------------------------------------------------


def test_expand_capabilities_inlines_the_capabilities_json(
    http: httpx.Client, server: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = served_registry(server, monkeypatch)
    body = http.get("/v1/models", params={"expand": "capabilities"}).json()
    conforms("ListModelsResponse", body)
    plain = http.get("/v1/models").json()["data"]
    assert [m["id"] for m in body["data"]] == [m["id"] for m in plain]
    for model, bare in zip(body["data"], plain, strict=True):
        conforms("Model", model)
        view = capability_view(registry.get_record(model["id"]))
        del view["model"]
        assert model == bare | view  # the Model object, then the capabilities JSON's fields


@pytest.mark.parametrize("asked", ["acme-chat", FINE_TUNED, SLASHED])
def test_expand_capabilities_on_one_model(http: httpx.Client, asked: str) -> None:
    model = http.get(f"/v1/models/{asked}", params={"expand": "capabilities"}).json()
    conforms("Model", model)
    capabilities = http.get(f"/v1/models/{asked}/capabilities").json()
    assert capabilities.pop("model") == (asked if asked == FINE_TUNED else model["root"])
    assert {k: model[k] for k in capabilities} == capabilities
    assert model["id"] == asked


def test_the_official_client_reads_the_inline_capabilities(client: openai.OpenAI) -> None:
    models = client.models.list(extra_query={"expand": "capabilities"})
    chat = next(m for m in models if m.id == "acme/chat-1")
    assert chat.model_extra is not None
    assert chat.model_extra["context_window"] == 32000
    assert chat.model_extra["capabilities"]["function_calling"] is True
    assert chat.model_extra["pricing"]["cache_write_price_per_1m"] == 3.75


@pytest.mark.parametrize("value", ["pricing", "capabilities,everything"])
def test_an_unknown_expansion_is_a_400(http: httpx.Client, value: str) -> None:
    for path in ("/v1/models", "/v1/models/gpt-4o"):
        response = http.get(path, params={"expand": value})
        assert response.status_code == 400
        body = response.json()
        conforms("ErrorResponse", body)
        assert (body["error"]["param"], body["error"]["code"]) == ("expand", "invalid_value")


# -- check and cost on the lifecycle and the usage shapes ---------------------------------


def test_check_a_retired_model_names_its_successor(http: httpx.Client) -> None:
    request = {"messages": [{"role": "user", "content": "hi"}]}
    body = http.post("/v1/models/acme/old/check", json=request).json()
    assert body["ok"] is False
    assert body["violations"] == [
        {
            "param": "model",
            "code": "model_retired",
            "message": "Model 'acme/old' was retired on 2026-06-01: use 'acme/chat-1' instead",
        }
    ]
    deprecated = http.post("/v1/models/gpt-4o/check", json=request).json()
    assert deprecated["ok"] is True
    assert [w["code"] for w in deprecated["warnings"]] == ["model_deprecated"]
    assert "2027-01-14" in deprecated["warnings"][0]["message"]


def test_the_cost_of_an_anthropic_shaped_usage(http: httpx.Client) -> None:
    usage = {
        "input_tokens": 100,
        "cache_creation_input_tokens": 1000,
        "cache_read_input_tokens": 2000,
        "output_tokens": 50,
    }
    body = http.post("/v1/models/acme-chat/cost", json={"usage": usage}).json()
    assert body["cache_write_cost"] == 0.00375 and body["cached_cost"] == 0.0006
    assert body["total_cost"] == 0.0054
    bad = http.post("/v1/models/acme-chat/cost", json={"usage": [1, 2]})
    assert bad.status_code == 400
    conforms("ErrorResponse", bad.json())
