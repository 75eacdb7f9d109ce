"""sources.outside: the config, the cache, update() against a real HTTP server, the sources."""

from __future__ import annotations

import json
import marshal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from modelreg import intake, sources
from modelreg.compile import load_registry
from modelreg.errors import CatalogError
from modelreg.inventory import in_effect
from modelreg.sources import outside
from tests.outside_server import LAST_MODIFIED, Catalogs, litellm_doc, serve

DATA = Path(__file__).resolve().parent / "formats" / "data"


@pytest.fixture
def server() -> Iterator[Catalogs]:
    with serve() as catalogs:
        yield catalogs


@pytest.fixture
def litellm(server: Catalogs, monkeypatch: pytest.MonkeyPatch) -> str:
    """LiteLLM's URL pointed at the test server (version v1 published), and enabled."""
    url = server.publish("/litellm.json", litellm_doc(), '"v1"')
    monkeypatch.setenv("MODELREG_URL_LITELLM", url)
    outside.set_enabled(["litellm"])
    return url


def copy_bytes() -> bytes:
    return outside.cache_path("litellm").read_bytes()


# -- config and URLs ---------------------------------------------------------------


def test_nothing_is_enabled_at_first() -> None:
    assert outside.read_config().enabled == []
    assert intake.outside_sources() == []
    assert outside.update() == []


def test_enable_and_disable_write_the_config_file() -> None:
    outside.set_enabled(["LiteLLM", "modelsdev"])
    doc = json.loads(outside.config_path().read_text())
    assert doc == {"enabled": ["litellm", "models.dev"], "urls": {}}
    outside.set_enabled(disable=["litellm"])
    assert outside.read_config().enabled == ["models.dev"]
    with pytest.raises(ValueError, match=r"known: litellm, models\.dev, openrouter"):
        outside.set_enabled(["huggingface"])


def test_a_broken_config_file_is_an_error_naming_it() -> None:
    path = outside.config_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"enabled": "litellm"}')
    with pytest.raises(CatalogError, match=r"outside\.json.*'enabled' must be an array"):
        outside.read_config()
    path.write_text('{"enabled": ["nope"]}')
    with pytest.raises(CatalogError, match="unknown outside catalog 'nope'"):
        outside.read_config()


def test_the_url_is_the_environment_s_then_the_config_s_then_the_well_known(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert outside.url_of("models.dev") == "https://models.dev/api.json"
    assert outside.url_of("openrouter") == "https://openrouter.ai/api/v1/models"
    assert outside.url_of("litellm").endswith(
        "/BerriAI/litellm/main/model_prices_and_context_window.json"
    )
    config = outside.Config(enabled=[], urls={"models.dev": "https://mirror.example/api.json"})
    outside.write_config(config)
    assert outside.url_of("models.dev") == "https://mirror.example/api.json"
    monkeypatch.setenv("MODELREG_URL_MODELS_DEV", "https://env.example/api.json")
    assert outside.url_of("models.dev") == "https://env.example/api.json"


def test_the_cache_follows_xdg_cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert outside.cache_path("litellm") == Path.home() / ".cache" / "modelreg" / "litellm.json"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert (
        outside.meta_path("models.dev") == tmp_path / "cache" / "modelreg" / "models.dev.meta.json"
    )


# -- update ------------------------------------------------------------------------


def test_a_200_is_cached_with_its_metadata(litellm: str) -> None:
    [result] = outside.update()
    assert (result.name, result.status, result.models, result.error) == (
        "litellm",
        "updated",
        2,
        None,
    )
    assert json.loads(copy_bytes()) == litellm_doc()
    meta = outside.read_meta("litellm")
    assert meta["url"] == litellm and meta["etag"] == '"v1"' and meta["models"] == 2
    assert meta["last_modified"] == LAST_MODIFIED and meta["fetched_at"] == result.fetched_at
    [source] = intake.outside_sources()
    assert source.label == "outside:litellm" and source.outside == "litellm"
    assert {e["id"] for e in source.entries} == {"gpt-4o", "outside-model-one"}


def test_a_304_costs_nothing_and_keeps_the_copy(litellm: str, server: Catalogs) -> None:
    outside.update()
    before = copy_bytes()
    first_fetch = outside.read_meta("litellm")["fetched_at"]
    [result] = outside.update()
    assert result.status == "not-modified" and result.models == 2
    assert result.fetched_at == first_fetch
    first, second = server.seen("/litellm.json")
    assert "if-none-match" not in first  # nothing cached yet: a plain GET
    assert second["if-none-match"] == '"v1"'
    assert second["if-modified-since"] == LAST_MODIFIED
    assert copy_bytes() == before


def test_a_new_version_replaces_the_copy(litellm: str, server: Catalogs) -> None:
    outside.update()
    server.publish("/litellm.json", litellm_doc("outside-model-two"), '"v2"')
    [result] = outside.update()
    assert result.status == "updated" and result.models == 3
    assert server.seen("/litellm.json")[-1]["if-none-match"] == '"v1"'
    assert outside.read_meta("litellm")["etag"] == '"v2"'
    assert "outside-model-two" in json.loads(copy_bytes())


def test_a_500_keeps_the_last_good_copy(litellm: str, server: Catalogs) -> None:
    [good] = outside.update()
    before = copy_bytes()
    server.statuses["/litellm.json"] = 500
    [result] = outside.update()
    assert result.status == "failed" and not result.ok
    assert "HTTP error 500" in (result.error or "")
    assert result.fetched_at == good.fetched_at and result.models == 2  # the copy kept
    assert copy_bytes() == before
    assert outside.read_meta("litellm")["etag"] == '"v1"'


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"<html>maintenance</html>", "invalid JSON"),
        (b'{"foo": 1}', "not a LiteLLM price list document"),
        (b"{}", "not a LiteLLM price list document"),
    ],
)
def test_a_body_that_does_not_parse_keeps_the_copy(
    litellm: str, server: Catalogs, body: bytes, problem: str
) -> None:
    outside.update()
    before = copy_bytes()
    server.publish("/litellm.json", body, '"v2"')
    [result] = outside.update()
    assert result.status == "failed" and problem in (result.error or "")
    assert copy_bytes() == before
    assert outside.read_meta("litellm")["etag"] == '"v1"'


def test_a_slow_server_meets_the_deadline(litellm: str, server: Catalogs) -> None:
    outside.update()
    before = copy_bytes()
    server.delays["/litellm.json"] = 3.0
    server.publish("/litellm.json", litellm_doc("late-model"), '"v2"')
    [result] = outside.update(timeout=0.5)
    assert result.status == "failed" and "timed out after 0.5 s" in (result.error or "")
    assert copy_bytes() == before


def test_an_oversized_body_is_refused(
    litellm: str, server: Catalogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside.update()
    before = copy_bytes()
    server.publish("/litellm.json", litellm_doc(*(f"m-{i}" for i in range(100))), '"v2"')
    monkeypatch.setenv("MODELREG_MAX_BYTES", "2K")
    [result] = outside.update()
    assert result.status == "failed" and "larger than the 2048 byte limit" in (result.error or "")
    assert copy_bytes() == before


def test_a_failure_with_no_copy_yet(server: Catalogs, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODELREG_URL_OPENROUTER", server.base + "/status/503")
    [result] = outside.update(["openrouter"])
    assert result.status == "failed" and result.fetched_at is None and result.models is None
    assert not outside.cache_path("openrouter").exists()


def test_a_file_url_mirror(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODELREG_URL_MODELS_DEV", (DATA / "models_dev_excerpt.json").as_uri())
    [result] = outside.update(["models.dev"])
    assert result.status == "updated" and result.models == 21
    assert intake.outside_sources() == []  # fetched but not enabled: not a source


def test_a_copy_fetched_from_another_url_is_not_asked_about_conditionally(
    litellm: str, server: Catalogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside.update()
    mirror = server.publish("/mirror.json", litellm_doc(), '"v1"')
    monkeypatch.setenv("MODELREG_URL_LITELLM", mirror)
    [result] = outside.update()
    assert result.status == "updated"
    assert "if-none-match" not in server.seen("/mirror.json")[0]


# -- the registry ------------------------------------------------------------------


def test_an_enabled_copy_fills_gaps_and_adds_models(litellm: str) -> None:
    outside.update()
    registry = load_registry()
    assert registry.get_record("outside-model-one")["max_completion_tokens"] == 4000
    assert "outside:litellm" in registry.provenance("outside-model-one")
    assert registry.get_record("gpt-4o")["pricing"]["prompt_price_per_1m"] == 2.5
    assert load_registry(builtin_only=True).resolve_id("outside-model-one") is None
    outside.set_enabled(disable=["litellm"])
    assert load_registry().resolve_id("outside-model-one") is None


def test_building_a_registry_never_touches_the_network(litellm: str, server: Catalogs) -> None:
    outside.update()
    asked = len(server.requests)
    load_registry()
    intake.outside_sources()
    in_effect()
    assert len(server.requests) == asked


def test_a_corrupt_cached_copy_is_an_error_naming_it(litellm: str) -> None:
    outside.update()
    outside.cache_path("litellm").write_text("{not json")
    with pytest.raises(CatalogError, match=r"litellm\.json.*invalid JSON"):
        load_registry()


# -- the sources in effect -----------------------------------------------------------


def test_in_effect_reads_each_source_on_its_own(
    litellm: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside.update()
    outside.set_enabled(["models.dev"])
    (Path.cwd() / "models.json").write_text('[{"id": "x", "context_window": "big"}]')
    monkeypatch.setenv("FAKEAI_CUSTOM_MODELS", '[{"id": "env-model"}]')
    found = in_effect([str(tmp_path / "missing.json")])
    states = [(s.kind, s.status) for s in found]
    assert states == [
        ("builtin", "loaded"),
        ("user-store", "missing"),
        ("local", "broken"),
        ("env", "loaded"),
        ("catalog", "broken"),
        ("outside", "loaded"),
        ("outside", "missing"),
    ]
    assert "context_window" in (found[2].error or "")
    assert "no such file" in (found[4].error or "")
    assert found[5].models == 2 and found[5].url == litellm and found[5].updated_at
    assert "modelreg update models.dev" in (found[6].error or "")


def test_sources_fetch_returns_status_headers_and_body(server: Catalogs) -> None:
    from modelreg import sources

    url = server.publish("/doc.json", {"a": 1}, '"e1"')
    status, headers, body = sources.fetch(url)
    assert (status, headers["etag"], json.loads(body)) == (200, '"e1"', {"a": 1})
    status, headers, body = sources.fetch(url, {"If-None-Match": '"e1"'})
    assert (status, body) == (304, b"")
    server.statuses["/plain-304"] = 304
    with pytest.raises(CatalogError, match="HTTP error 304"):
        sources.fetch(server.base + "/plain-304")  # not asked conditionally: not an answer


def test_the_same_bytes_from_a_server_without_validators_are_not_modified(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MODELREG_URL_MODELS_DEV", (DATA / "models_dev_excerpt.json").as_uri())
    outside.update(["models.dev"])
    fetched = outside.read_meta("models.dev")["fetched_at"]
    [result] = outside.update(["models.dev"])
    assert result.status == "not-modified" and result.fetched_at == fetched


def test_loading_a_cached_copy_adds_no_warning(litellm: str) -> None:
    outside.update()
    assert load_registry().notes == []  # its skipped entries show in `modelreg sources`


def test_credentials_in_a_url_are_never_shown(
    server: Catalogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = server.publish("/litellm.json", litellm_doc(), '"v1"')
    monkeypatch.setenv("MODELREG_URL_LITELLM", url.replace("http://", "http://me:s3cret@"))
    outside.set_enabled(["litellm"])
    [result] = outside.update()
    assert result.status == "updated" and "s3cret" not in json.dumps(result.to_json())
    assert server.seen("/litellm.json")[0]["authorization"].startswith("Basic ")
    assert all("s3cret" not in str(s.to_json()) for s in in_effect())


# -- converted copies ----------------------------------------------------------------


def ids(source: sources.Source) -> set[str]:
    return {e["id"] for e in source.entries}


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The labels of the catalogs parsed from here on."""
    labels: list[str] = []
    real = sources.parse_catalog

    def counted(data: str | bytes, label: str, *args: Any, **kwargs: Any) -> sources.Source:
        labels.append(label)
        return real(data, label, *args, **kwargs)

    monkeypatch.setattr(sources, "parse_catalog", counted)
    return labels


def test_an_update_keeps_the_copy_converted_and_a_read_takes_it(
    litellm: str, server: Catalogs, parsed: list[str]
) -> None:
    outside.update()
    [kept] = intake.outside_sources()
    fresh = sources.parse_catalog(copy_bytes(), "outside:litellm", fmt="litellm")
    assert parsed == ["outside:litellm"]  # the read above parsed nothing: the fresh one did
    assert (kept.entries, kept.skipped, kept.outside) == (fresh.entries, fresh.skipped, "litellm")
    server.publish("/litellm.json", litellm_doc("outside-model-two"), '"v2"')
    outside.update()
    [source] = intake.outside_sources()
    assert "outside-model-two" in ids(source) and len(parsed) == 1


def test_a_copy_changed_otherwise_is_parsed_once_then_read_converted(
    litellm: str, parsed: list[str]
) -> None:
    outside.update()
    outside.cache_path("litellm").write_text(json.dumps(litellm_doc("outside-model-three")))
    [first] = intake.outside_sources()
    [second] = intake.outside_sources()
    assert parsed == ["outside:litellm"]
    assert "outside-model-three" in ids(first) and first.entries == second.entries
    assert load_registry().resolve_id("outside-model-three") == "outside-model-three"


@pytest.mark.parametrize(
    "planted", ["for this copy", "link", "other copy", "other code", "junk", "odd problems"]
)
def test_converted_entries_of_another_copy_or_code_or_not_modelreg_s_own_are_ignored(
    litellm: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, planted: str
) -> None:
    outside.update()
    kept = outside.converted_path("litellm")
    copy = outside.cache_path("litellm")
    identity = [copy.stat().st_size, copy.stat().st_mtime_ns, copy.stat().st_ino]
    if planted == "other copy":
        identity[1] -= 1
    code = outside._code() if planted != "other code" else [("another modelreg", 0, 0)]
    fake = [{"id": "planted-model", "provider": "openai"}]
    problems = {7: "no such entry"} if planted == "odd problems" else {}
    data = marshal.dumps((outside._CONVERTED, code, identity, fake, (), {}, problems))
    if planted == "link":
        elsewhere = tmp_path / "elsewhere"
        elsewhere.write_bytes(data)
        kept.unlink()
        kept.symlink_to(elsewhere)
    else:
        kept.write_bytes(b"\x00junk" if planted == "junk" else data)
    [source] = intake.outside_sources()
    if planted == "for this copy":  # what a planted file would give, were it read
        assert ids(source) == {"planted-model"}
        return
    assert ids(source) == {"gpt-4o", "outside-model-one"}
    assert not kept.is_symlink() and outside.read_cached("litellm").entries == source.entries
    if planted == "link":
        assert elsewhere.read_bytes() == data  # replaced, not written through
