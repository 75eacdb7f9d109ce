"""Discovery (issue 4): sources, precedence, patching, provenance and clear errors."""

from __future__ import annotations

import json
import os
import socket
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from catalog_server import serve
from helpers import acme_registry
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modelreg import CatalogError, ModelRegistry, sources, userstore
from modelreg import compile as registries
from modelreg import schema as vocabulary
from modelreg.compile import load_registry
from modelreg.inputs import ENV_VAR
from modelreg.merge import merge
from modelreg.service.discovery import ModelDiscovery
from modelreg.sources import parse_catalog, read_url


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve() as url:
        yield url


def write(path: Path, content: Any) -> Path:
    """Write JSON (or raw text/bytes) to a file; returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content))
    return path


def catalog_error(call: Any, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(CatalogError) as info:
        call(*args, **kwargs)
    assert isinstance(info.value, ValueError)
    return str(info.value)


def user_store(tmp_path: Path) -> Path:
    return tmp_path / "config" / "modelreg" / "models.json"


def ids(registry: ModelRegistry) -> list[str]:
    return [m.id for m in registry.list_models()]


# -- sources and their shapes ------------------------------------------------


def test_the_env_var_takes_the_architectures_array(monkeypatch: pytest.MonkeyPatch) -> None:
    example = [
        {
            "id": "custom/my-model",
            "name": "My Custom Model",
            "provider": "custom",
            "context_window": 8192,
            "supports_streaming": True,
        }
    ]
    monkeypatch.setenv(ENV_VAR, json.dumps(example))
    registry = load_registry()
    model = registry.get_model("custom/my-model")
    assert model.name == "My Custom Model"
    assert registry.provenance("custom/my-model") == [f"env:{ENV_VAR}"]
    assert [m.id for m in ModelDiscovery().discover_from_env()] == ["custom/my-model"]
    assert "custom/my-model" in ids(registries.default_registry())


def test_the_env_var_takes_a_models_object(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, json.dumps({"models": [{"id": "wrapped"}]}))
    assert load_registry().get_model("wrapped").provider == "custom"


@pytest.mark.parametrize("value", ["", "   ", "[]", '{"models": []}'])
def test_an_empty_env_var_adds_nothing(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    baseline = ids(load_registry())
    monkeypatch.setenv(ENV_VAR, value)
    assert ids(load_registry()) == baseline


def test_a_new_id_takes_the_auto_created_defaults() -> None:
    registry = load_registry(environ={ENV_VAR: '[{"id": "mine"}]'})
    model = registry.get_model("mine")
    assert (model.provider, model.context_window, model.max_completion_tokens) == (
        "custom",
        8192,
        4096,
    )
    assert model.supports_streaming is True


def test_load_catalog_from_file_and_url(tmp_path: Path, server: str) -> None:
    path = write(tmp_path / "cat.json", {"models": [{"id": "from-file"}]})
    registry = acme_registry()
    assert [m.id for m in registry.load_catalog_from_file(str(path))] == ["from-file"]
    assert registry.provenance("from-file") == [f"file:{path}"]
    assert [m.id for m in registry.load_catalog_from_url(f"{server}/good.json")] == ["served-model"]
    assert registry.provenance("served") == [f"url:{server}/good.json"]
    file_url = path.as_uri()
    other = acme_registry()
    other.load_catalog_from_url(file_url)
    assert other.provenance("from-file") == [f"url:{file_url}"]


def test_the_architectures_discovery_functions(tmp_path: Path, server: str) -> None:
    path = write(tmp_path / "cat.json", [{"id": "gpt-4o", "context_window": 1}])
    assert [(m.id, m.context_window) for m in ModelDiscovery().discover_from_config(str(path))] == [
        ("gpt-4o", 1)
    ]
    assert [m.id for m in ModelDiscovery().discover_from_url(f"{server}/wrapped.json")] == [
        "served-model"
    ]
    write(Path("models.json"), [{"id": "local-model"}])
    assert [m.id for m in ModelDiscovery().auto_discover()] == ["local-model"]
    registry = acme_registry()
    assert [m.id for m in registry.discover_models()] == ["local-model"]
    assert registry.provenance("local-model") == ["file:./models.json"]


def test_builtin_only_ignores_every_user_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(user_store(tmp_path), [{"id": "stored"}])
    write(Path("models.json"), "not even json")
    monkeypatch.setenv(ENV_VAR, "[oops")
    registry = load_registry(builtin_only=True)
    assert "stored" not in registry
    assert registry.provenance("gpt-4o") == ["builtin:openai"]
    assert "from-catalog" in load_registry(
        [str(write(tmp_path / "c.json", [{"id": "from-catalog"}]))], builtin_only=True
    )


# -- precedence, patching, provenance ----------------------------------------


def test_precedence_and_provenance_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: str
) -> None:
    write(user_store(tmp_path), [{"id": "gpt-4o", "context_window": 1, "max_completion_tokens": 1}])
    write(Path("models.json"), [{"id": "gpt-4o", "context_window": 2, "description": "local"}])
    monkeypatch.setenv(ENV_VAR, json.dumps([{"id": "gpt-4o", "context_window": 3}]))
    first = write(tmp_path / "first.json", [{"id": "gpt-4o", "context_window": 4}])
    second = write(tmp_path / "second.json", [{"id": "gpt-4o-2024-08-06", "context_window": 5}])
    registry = load_registry([str(first), str(second)])
    model = registry.get_model("gpt-4o")
    assert model.context_window == 5
    assert model.max_completion_tokens == 1
    assert model.description == "local"
    assert registry.provenance("gpt-4o") == [
        "builtin:openai",
        "user-store",
        "file:./models.json",
        f"env:{ENV_VAR}",
        f"file:{first}",
        f"file:{second}",
    ]
    with_url = load_registry([str(second), f"{server}/good.json"])
    assert with_url.provenance("served-model") == [f"url:{server}/good.json"]


def test_environ_and_cwd_can_be_given(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere / "models.json", [{"id": "over-there"}])
    config = tmp_path / "other-config"
    write(config / "modelreg" / "models.json", [{"id": "stored-there"}])
    registry = load_registry(
        environ={"XDG_CONFIG_HOME": str(config), ENV_VAR: '[{"id": "in-env"}]'}, cwd=elsewhere
    )
    for model_id in ("over-there", "stored-there", "in-env"):
        assert model_id in registry
    assert "over-there" not in load_registry()


def test_a_patch_changes_one_price_and_nothing_else() -> None:
    builtin = load_registry(builtin_only=True).get_model("gpt-4o")
    registry = load_registry(
        environ={ENV_VAR: '[{"id": "gpt-4o", "pricing": {"prompt_price_per_1m": 2.0}}]'}
    )
    patched = registry.get_model("gpt-4o")
    assert patched.pricing is not None and builtin.pricing is not None
    assert patched.pricing.prompt_price_per_1m == 2.0
    assert patched.pricing.model_copy(update={"prompt_price_per_1m": 2.5}) == builtin.pricing
    assert patched.model_copy(update={"pricing": builtin.pricing}) == builtin


def test_a_patch_through_an_alias_or_another_case_patches_the_model() -> None:
    registry = load_registry(
        environ={ENV_VAR: '[{"id": "GPT-4O-2024-08-06", "description": "via alias"}]'}
    )
    assert registry.get_model("gpt-4o").description == "via alias"
    assert "GPT-4O-2024-08-06" not in ids(registry)


def test_a_patched_flag_rederives_modalities_and_features() -> None:
    registry = acme_registry()
    merge(registry, parse_catalog('[{"id": "llama-3-8b", "supports_vision": true}]', "t"))
    model = registry.get_model("llama-3-8b")
    assert model.input_modalities == ["text", "image"]
    merge(registry, parse_catalog('[{"id": "llama-3-8b", "supports_reasoning": true}]', "t"))
    assert "temperature" not in registry.get_model("llama-3-8b").supported_features


def test_a_patched_release_date_moves_a_derived_created() -> None:
    registry = acme_registry()
    merge(registry, parse_catalog('[{"id": "gpt-4o", "release_date": "2020-01-01"}]', "t"))
    assert registry.get_model("gpt-4o").created == 1577836800
    registry.register_model({"id": "stamped", "created": 42, "release_date": "2024-01-01"})
    merge(registry, parse_catalog('[{"id": "stamped", "release_date": "2020-01-01"}]', "t"))
    assert registry.get_model("stamped").created == 42


def test_extends_starts_a_new_id_from_another_model() -> None:
    spec = [{"id": "my-proxy", "extends": "gpt-4o", "context_window": 64000}]
    registry = load_registry(environ={ENV_VAR: json.dumps(spec)})
    base, proxy = registry.get_model("gpt-4o"), registry.get_model("my-proxy")
    assert proxy.context_window == 64000
    assert proxy.pricing == base.pricing
    assert proxy.supports_vision == base.supports_vision
    assert proxy.aliases == []
    assert proxy.name == "my-proxy"
    assert base.context_window != 64000


def test_extends_a_model_defined_earlier_in_the_same_source() -> None:
    spec = [{"id": "a", "context_window": 1234}, {"id": "b", "extends": "a"}]
    assert load_registry(environ={ENV_VAR: json.dumps(spec)}).get_model("b").context_window == 1234


def env_registry(entries: list[dict[str, Any]]) -> ModelRegistry:
    return load_registry(environ={ENV_VAR: json.dumps(entries)})


@pytest.mark.parametrize(
    "second",
    [{"id": "x", "aliases": ["gpt-4o-2024-08-06"]}, {"id": "gpt-4o-2024-08-06"}],
    ids=["as-alias", "as-id"],
)
def test_entries_apply_in_file_order_so_a_freed_alias_can_be_taken(second: dict[str, Any]) -> None:
    registry = env_registry([{"id": "gpt-4o", "aliases": []}, second])
    assert registry.get_model("gpt-4o-2024-08-06").id == second["id"]
    assert registry.get_model("gpt-4o").aliases == []


@pytest.mark.parametrize("second", [{"id": "x"}, {"name": "no id"}, {"id": 7}])
def test_an_earlier_entrys_error_is_reported_first(second: dict[str, Any]) -> None:
    message = env_error(json.dumps([{"id": "x", "context_window": "big"}, second]))
    assert "entry 0" in message and "context_window" in message


def test_extends_chains_in_file_order() -> None:
    registry = env_registry(
        [
            {"id": "a", "context_window": 1000},
            {"id": "b", "extends": "a", "max_completion_tokens": 500},
            {"id": "plain"},
            {"id": "c", "extends": "b"},
            {"id": "d", "extends": "c"},
        ]
    )
    last = registry.get_model("d")
    assert (last.context_window, last.max_completion_tokens) == (1000, 500)


@pytest.mark.parametrize(
    "entries",
    [
        [{"id": "b", "extends": "a"}, {"id": "a"}],
        [{"id": "b", "extends": "a"}, {"id": "other"}, {"id": "a"}],
        [{"id": "z"}, {"id": "b", "extends": "a"}, {"id": "a", "aliases": ["aa"]}],
        [{"id": "b", "extends": "a"}, {"id": "a", "extends": "gpt-4o"}],
    ],
)
def test_extends_of_a_model_defined_later_is_not_found(entries: list[dict[str, Any]]) -> None:
    message = env_error(json.dumps(entries))
    assert "('b')" in message
    assert "field 'extends'" in message and "'a' not found" in message


def test_a_patch_under_an_alias_must_keep_that_alias() -> None:
    message = env_error('[{"id": "gpt-4o-2024-08-06", "aliases": ["other"]}]')
    assert "field 'aliases'" in message and "'gpt-4o-2024-08-06'" in message
    kept = env_registry([{"id": "GPT-4O-2024-08-06", "aliases": ["gpt-4o-2024-08-06", "o"]}])
    assert kept.get_model("gpt-4o-2024-08-06").aliases == ["gpt-4o-2024-08-06", "o"]
    by_id = env_registry([{"id": "gpt-4o", "aliases": ["o"]}])
    assert by_id.get_model("gpt-4o").aliases == ["o"]
    assert "gpt-4o-2024-08-06" not in by_id


def test_an_extension_under_another_provider_is_owned_by_it() -> None:
    registry = env_registry(
        [
            {"id": "mine", "provider": "acme", "owned_by": "acme-labs"},
            {"id": "hosted", "extends": "mine", "provider": "cloud"},
            {"id": "same", "extends": "mine"},
            {"id": "named", "extends": "mine", "provider": "cloud", "owned_by": "acme"},
        ]
    )
    assert registry.get_model("hosted").owned_by == "cloud"
    assert registry.get_model("same").owned_by == "acme-labs"
    assert registry.get_model("named").owned_by == "acme"


def test_an_extension_is_not_fine_tuned_unless_it_says_so() -> None:
    registry = env_registry(
        [
            {"id": "ft:gpt-4o:acme::x1"},
            {"id": "proxy", "extends": "ft:gpt-4o:acme::x1"},
            {"id": "said", "extends": "ft:gpt-4o:acme::x1", "fine_tuned_from": "gpt-4o"},
        ]
    )
    assert registry.get_model("ft:gpt-4o:acme::x1").fine_tuned_from == "gpt-4o"
    assert registry.get_model("proxy").fine_tuned_from is None
    assert registry.get_model("said").fine_tuned_from == "gpt-4o"


# -- errors: one CatalogError naming source, entry and field ------------------


def env_error(value: str) -> str:
    return catalog_error(load_registry, environ={ENV_VAR: value})


SOURCE = f"env:{ENV_VAR}"


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        ([{"id": "x", "context_window": "big"}], ["entry 0", "'x'", "context_window", "big"]),
        ([{"id": "ok"}, {"id": "x", "context_windw": 1}], ["entry 1", "'x'", "context_windw"]),
        ([{"id": "x", "context_window": -5}], ["entry 0", "'x'", "context_window"]),
        (
            [{"id": "x", "pricing": {"prompt_price_per_1m": -1}}],
            ["entry 0", "'x'", "pricing.prompt_price_per_1m"],
        ),
        ([{"name": "no id"}], ["entry 0", "'id'"]),
        ([{"id": 7}], ["entry 0", "'id'"]),
        ([{"id": ""}], ["entry 0", "field 'id': must not be empty"]),
        ([{"id": "ok"}, 42], ["entry 1", "object"]),
        ([{"id": "x", "release_date": "May 2024"}], ["entry 0", "'x'", "release_date"]),
        (
            [{"id": "x", "kind": "embedding", "supports_streaming": True}],
            ["field 'supports_streaming': an embedding model cannot claim it"],
        ),
        (
            [{"id": "x", "kind": "rerank", "supports_reasoning": True}],
            ["field 'supports_reasoning': a rerank model cannot claim it"],
        ),
        ([{"id": " x"}], ["field 'id': must not start or end with whitespace"]),
        ([{"id": "x", "aliases": ["X"]}], ["field 'aliases': repeats the model's own id 'x'"]),
        (
            [{"id": "x", "parameters": 1, "active_parameters": 2}],
            ["field 'active_parameters': 2 exceeds parameters 1"],
        ),
        (
            [{"id": "x", "num_experts": 2, "experts_per_token": 3}],
            ["field 'experts_per_token': 3 exceeds num_experts 2"],
        ),
        (
            [{"id": "gpt-4o", "num_experts": 2, "experts_per_token": 3}],
            ["'gpt-4o'", "field 'experts_per_token': 3 exceeds num_experts 2"],
        ),
        ([{"id": "x", "successor": "X"}], ["entry 0", "field 'successor': names the model itself"]),
        (
            [{"id": "x", "deprecation_date": "2025-06-01", "retirement_date": "2025-01-01"}],
            ["field 'retirement_date': 2025-01-01 is before deprecation_date 2025-06-01"],
        ),
        ([{"id": "gpt-4o", "context_window": 0}], ["entry 0", "'gpt-4o'", "context_window"]),
        ([{"id": "gpt-4o", "extends": "o1"}], ["entry 0", "'gpt-4o'", "extends"]),
        ([{"id": "x", "extends": "nonexistent-model"}], ["entry 0", "extends", "nonexistent"]),
        ([{"id": "x", "extends": 5}], ["entry 0", "extends"]),
        ([{"id": "x", "extends": "ft:gpt-4o"}], ["entry 0", "extends", "ft:gpt-4o"]),
        ([{"id": "x"}, {"id": "x"}], ["entry 1", "'x'", "entry 0"]),
        ([{"id": "x"}, {"id": "X"}], ["entry 1", "'X'", "entry 0"]),
        ([{"id": "gpt-4o"}, {"id": "gpt-4o-2024-08-06"}], ["entry 1", "entry 0"]),
        ([{"id": "x", "aliases": ["gpt-4o"]}], ["entry 0", "'x'", "'gpt-4o'"]),
        ([{"id": "x", "aliases": ["y"]}, {"id": "z", "aliases": ["Y"]}], ["entry 1", "'z'"]),
    ],
)
def test_a_bad_entry_names_source_entry_and_field(entries: list[Any], expected: list[str]) -> None:
    message = env_error(json.dumps(entries))
    assert message.startswith(SOURCE)
    for part in expected:
        assert part in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[{"id": "x",}]', ["invalid JSON", "line 1", "column"]),
        ('[\n  {"id": "x"}\n  {"id": "y"}\n]', ["invalid JSON", "line 3", "column 3"]),
        ('"just a string"', ["a string"]),
        ("42", ["a number"]),
        ("null", ["null"]),
        ('{"id": "x"}', ["'id'"]),
        ('{"format_version": 1}', ["'models'"]),
        ('{"models": {"id": "x"}}', ["an object"]),
        ("[" * 100000, ["JSON"]),
    ],
)
def test_a_bad_document_names_source_and_problem(text: str, expected: list[str]) -> None:
    message = env_error(text)
    assert message.startswith(SOURCE)
    for part in expected:
        assert part in message


def test_a_broken_source_leaves_the_registry_unchanged() -> None:
    registry = acme_registry()
    before = {m.id: m for m in registry.list_models()}
    provenance = registry.provenance("gpt-4o")
    bad = parse_catalog(
        json.dumps(
            [
                {"id": "gpt-4o", "context_window": 1},
                {"id": "brand-new", "aliases": ["shiny"]},
                {"id": "broken", "context_window": "big"},
            ]
        ),
        "test",
    )
    with pytest.raises(CatalogError, match="entry 2"):
        merge(registry, bad)
    assert {m.id: m for m in registry.list_models()} == before
    assert registry.provenance("gpt-4o") == provenance
    for name in ("brand-new", "shiny", "broken"):
        assert name not in registry
    registry.register_model({"id": "brand-new", "aliases": ["shiny"]})


def test_a_broken_later_source_fails_the_whole_load(tmp_path: Path) -> None:
    write(Path("models.json"), [{"id": "fine"}])
    message = catalog_error(load_registry, [str(write(tmp_path / "bad.json", "[1]"))], environ={})
    assert str(tmp_path / "bad.json") in message


@pytest.mark.parametrize(
    ("place", "label"), [("store", "user-store"), ("local", "file:./models.json")]
)
def test_bad_user_files_name_their_source(tmp_path: Path, place: str, label: str) -> None:
    path = user_store(tmp_path) if place == "store" else Path("models.json")
    write(path, [{"id": "x", "context_window": "big"}])
    message = catalog_error(load_registry)
    assert message.startswith(label)
    assert "entry 0 ('x')" in message
    assert "context_window" in message


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    message = catalog_error(load_registry, [str(missing)])
    assert str(missing) in message
    assert "no such file" in message


def test_a_directory_is_an_error(tmp_path: Path) -> None:
    assert "directory" in catalog_error(load_registry, [str(tmp_path)])
    Path("models.json").mkdir()
    assert "file:./models.json: is a directory" in catalog_error(load_registry)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.json", "[]")
    path.chmod(0)
    assert "permission denied" in catalog_error(load_registry, [str(path)])


def test_a_file_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "latin.json", '[{"id": "caf\u00e9"}]'.encode("latin-1"))
    assert "UTF-8" in catalog_error(load_registry, [str(path)])


# -- URLs ----------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/good.json", "/wrapped.json", "/redirect/1", "/redirect/3"])
def test_a_url_catalog_loads(server: str, path: str) -> None:
    source = read_url(server + path)
    assert source.label == f"url:{server}{path}"
    assert [e["id"] for e in source.entries] == ["served-model"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/status/404", "404"),
        ("/status/500", "500"),
        ("/missing", "404"),
        ("/redirect/10", "redirect"),
        ("/loop", "redirect"),
        ("/bad.json", "invalid JSON"),
        ("/latin1.json", "UTF-8"),
        ("/garbage", ""),
        ("/to-ftp", "non-HTTP"),
    ],
)
def test_a_bad_url_is_one_catalog_error(server: str, path: str, expected: str) -> None:
    message = catalog_error(load_registry, [server + path])
    assert message.startswith(f"url:{server}{path}: ")
    assert expected in message


def test_a_slow_response_times_out(server: str) -> None:
    started = time.monotonic()
    message = catalog_error(read_url, f"{server}/slow.json", timeout=0.3)
    assert "timed out" in message
    assert time.monotonic() - started < 2


def test_a_trickling_response_is_bounded_by_the_timeout(server: str) -> None:
    started = time.monotonic()
    message = catalog_error(read_url, f"{server}/drip.json", timeout=0.5)
    assert "timed out" in message
    assert time.monotonic() - started < 1.5


def test_an_oversized_body_is_refused(server: str) -> None:
    message = catalog_error(read_url, f"{server}/big.json", max_bytes=1000)
    assert "1000 byte" in message
    assert read_url(f"{server}/big.json").entries[0] == {"id": "m0"}


def test_an_unreachable_url_is_an_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    message = catalog_error(read_url, f"http://127.0.0.1:{port}/models.json", timeout=2)
    assert f"url:http://127.0.0.1:{port}/models.json" in message
    assert "cannot reach" in message


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/models.json", "gopher://x/y"])
def test_an_unsupported_scheme_is_an_error(url: str) -> None:
    assert "scheme" in catalog_error(load_registry, [url])


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:,[]", "mailto:a@b"])
def test_read_url_takes_no_other_scheme(url: str) -> None:
    assert "scheme" in catalog_error(read_url, url)


@pytest.mark.parametrize(
    "url", ["http://[::1/models.json", "http://127.0.0.1:notaport/x", "http:///x", "https://"]
)
def test_a_malformed_url_is_an_error(url: str) -> None:
    assert catalog_error(read_url, url, timeout=1).startswith(f"url:{url}")


# -- properties ----------------------------------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
_keys = st.sampled_from([*vocabulary.FIELDS, "extends", "pricing", "junk"])
_ids = st.sampled_from(["gpt-4o", "GPT-4O", "gpt-4o-2024-08-06", "new", "ft:gpt-4o:a::b", "ft:x"])
_entry = st.one_of(
    st.dictionaries(_keys, _json, max_size=5).map(lambda e: {**e, "id": e.get("id", "new")}),
    st.builds(lambda i, e: {**e, "id": i}, _ids, st.dictionaries(_keys, _json, max_size=4)),
    st.builds(lambda i, p: {"id": i, "extends": p}, _ids, _ids),
    st.builds(
        lambda i, p: {"id": i, "pricing": p},
        _ids,
        st.dictionaries(st.sampled_from(vocabulary.PRICE_FIELDS), _json, max_size=3),
    ),
)
_documents = st.one_of(
    _json,
    st.lists(_entry, max_size=4),
    st.lists(_entry, max_size=4).map(lambda entries: {"models": entries}),
)


def _loads_or_catalog_error(**kwargs: Any) -> None:
    try:
        registry = load_registry(**kwargs)
    except CatalogError:
        return
    for model in registry.list_models():
        assert model.id


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=200), _documents.map(lambda d: json.dumps(d).encode())))
def test_any_models_json_gives_a_registry_or_a_catalog_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as directory:
        (Path(directory) / "models.json").write_bytes(data)
        _loads_or_catalog_error(environ={}, cwd=Path(directory))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), _documents.map(json.dumps)))
def test_any_env_var_gives_a_registry_or_a_catalog_error(value: str) -> None:
    _loads_or_catalog_error(environ={ENV_VAR: value})


@pytest.mark.parametrize(("version", "says"), [(2, "newer"), (0, "positive"), ("1", "positive")])
def test_a_catalog_of_an_unknown_format_version_is_refused(
    tmp_path: Path, version: object, says: str
) -> None:
    path = tmp_path / "versioned.json"
    path.write_text(json.dumps({"format_version": version, "models": []}))
    with pytest.raises(CatalogError, match=says) as caught:
        sources.read_file(path)
    assert "format_version" in str(caught.value) and str(path) in str(caught.value)


def test_errors_in_the_user_store_name_its_file(isolated: Path) -> None:
    store = userstore.store_path()
    store.parent.mkdir(parents=True)
    store.write_text('[{"id": "x", "context_window": "big"}]')
    with pytest.raises(CatalogError) as caught:
        registries.load_registry()
    message = str(caught.value)
    assert message.startswith(f"user-store {store}: entry 0 ('x'): field 'context_window'")
    store.write_text('[{"id": "x"}]')
    assert registries.load_registry().provenance("x") == ["user-store"]  # the label stays short


def test_a_patched_flag_keeps_a_catalogs_own_request_parameters() -> None:
    registry = registries.load_registry(builtin_only=True)
    claude = "claude-3-5-sonnet-20250514"
    own = registry.get_record(claude)["supported_features"]
    assert "stop_sequences" in own  # Anthropic's, not derived
    merge(registry, parse_catalog(json.dumps([{"id": claude, "supports_fine_tuning": True}]), "t"))
    assert registry.get_record(claude)["supported_features"] == own


def test_a_patched_flag_derives_the_derived_lists_again() -> None:
    registry = registries.load_registry(builtin_only=True)
    assert "temperature" in registry.get_record("gpt-4o-mini")["supported_features"]
    patch = [{"id": "gpt-4o-mini", "supports_reasoning": True, "supports_audio_input": True}]
    merge(registry, parse_catalog(json.dumps(patch), "t"))
    record = registry.get_record("gpt-4o-mini")
    assert "temperature" not in record["supported_features"]
    assert "audio" in record["input_modalities"]
