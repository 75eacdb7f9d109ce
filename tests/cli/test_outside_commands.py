"""modelreg update, sources and audit through the command line."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from modelreg import inputs
from modelreg.sources import outside
from tests.outside_server import Catalogs, litellm_doc, serve

from .conftest import SCRIPT, Run, env_for_subprocess, run_script

DATA = Path(__file__).resolve().parents[1] / "formats" / "data"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Catalogs]:
    """The test server, with LiteLLM's URL pointed at its /litellm.json (version v1)."""
    with serve() as catalogs:
        url = catalogs.publish("/litellm.json", litellm_doc(), '"v1"')
        monkeypatch.setenv("MODELREG_URL_LITELLM", url)
        yield catalogs


# -- update ------------------------------------------------------------------------


def test_update_with_nothing_enabled_says_how_to_enable_one(cli: Run) -> None:
    out = cli("update")
    assert out.code == 0 and out.stdout == ""
    assert "modelreg update --enable NAME" in out.stderr and "litellm" in out.stderr


def test_update_enable_enables_and_fetches(cli: Run, server: Catalogs) -> None:
    out = cli("update", "--enable", "litellm")
    assert out.code == 0, out.stderr
    assert out.stdout == "litellm: updated (2 models)\n"
    assert outside.read_config().enabled == ["litellm"]
    again = cli("update")
    assert again.code == 0
    assert again.stdout.startswith("litellm: not modified (2 models, fetched 20")
    shown = cli("show", "outside-model-one", "--json").json()
    assert "outside:litellm" in shown["sources"]


def test_tab_offers_what_each_update_brought(cli: Run, server: Catalogs) -> None:
    def tab(*words: str) -> list[str]:
        out = run_script(*words, env={"_MODELREG_COMPLETE": "fish"})
        assert out.code == 0 and out.stderr == ""
        return [line.split("\t")[0] for line in out.stdout.splitlines()[1:]]

    assert tab("show", "outside-model") == []
    cli("update", "--enable", "litellm")
    assert tab("show", "outside-model") == ["outside-model-one"]
    server.publish("/litellm.json", litellm_doc("outside-model-two"), '"v2"')
    cli("update")
    assert tab("show", "outside-model") == ["outside-model-one", "outside-model-two"]
    cli("update", "--disable", "litellm")
    assert tab("show", "outside-model") == []


def test_update_json(cli: Run, server: Catalogs) -> None:
    [result] = cli("update", "--enable", "litellm", "--json").json()
    assert result["name"] == "litellm" and result["status"] == "updated"
    assert result["models"] == 2 and result["error"] is None and result["fetched_at"]


def test_a_failed_update_exits_3_and_keeps_the_copy(cli: Run, server: Catalogs) -> None:
    cli("update", "--enable", "litellm")
    server.statuses["/litellm.json"] = 500
    out = cli("update")
    assert out.code == 3
    assert out.stdout.startswith("litellm: failed: HTTP error 500")
    assert "(kept the copy of 20" in out.stdout
    assert cli("show", "outside-model-one", "--json").code == 0  # the copy still serves


def test_update_timeout_option(cli: Run, server: Catalogs) -> None:
    server.delays["/litellm.json"] = 3.0
    out = cli("update", "--enable", "litellm", "--timeout", "0.5")
    assert out.code == 3 and "timed out after 0.5 s (no copy yet)" in out.stdout


def test_update_disable(cli: Run, server: Catalogs) -> None:
    cli("update", "--enable", "litellm")
    out = cli("update", "--disable", "litellm")
    assert out.code == 0 and "litellm: disabled" in out.stderr
    assert len(server.seen("/litellm.json")) == 1  # disabling fetches nothing
    assert cli("show", "outside-model-one").code == 1


def test_update_an_unknown_catalog_is_a_usage_error(cli: Run) -> None:
    out = cli("update", "huggingface")
    assert out.code == 2 and "unknown outside catalog 'huggingface'" in out.stderr


def test_update_a_catalog_that_is_not_enabled_says_so(cli: Run, server: Catalogs) -> None:
    out = cli("update", "litellm")
    assert out.code == 0 and "updated" in out.stdout
    assert "not enabled" in out.stderr
    assert cli("show", "outside-model-one").code == 1


def test_concurrent_updates_do_not_corrupt_the_cache(server: Catalogs) -> None:
    """Five processes update at once while the server publishes a new version."""
    outside.set_enabled(["litellm"])
    env = env_for_subprocess()
    assert SCRIPT
    processes = [
        subprocess.Popen(
            [SCRIPT, "update", "--json"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(5)
    ]
    server.publish("/litellm.json", litellm_doc("outside-model-two"), '"v2"')
    outcomes = [p.communicate(timeout=60) for p in processes]
    assert [p.returncode for p in processes] == [0] * 5, outcomes
    for stdout, _ in outcomes:
        assert json.loads(stdout)[0]["status"] in ("updated", "not-modified")
    copy = json.loads(outside.cache_path("litellm").read_bytes())
    meta = outside.read_meta("litellm")
    assert meta["models"] == len(copy)  # the copy and its metadata belong together
    assert meta["etag"] == ('"v2"' if "outside-model-two" in copy else '"v1"')
    leftovers = [p.name for p in inputs.cache_dir().iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


# -- sources -----------------------------------------------------------------------


def test_sources_lists_every_kind_and_a_broken_one(
    cli: Run, server: Catalogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("update", "--enable", "litellm")
    outside.set_enabled(["openrouter"])
    store = outside.config_path().parent / "models.json"
    store.write_text('[{"id": "stored-model"}]')
    Path("models.json").write_text("[{]")
    monkeypatch.setenv("FAKEAI_CUSTOM_MODELS", '[{"id": "env-model"}, {"id": "env-two"}]')
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps({"gpt-4o": {"litellm_provider": "openai", "mode": "chat"}}))
    out = cli("-c", f"litellm:{extra}", "sources", "--json")
    rows = out.json()
    assert [(r["kind"], r["status"], r["models"]) for r in rows] == [
        ("builtin", "loaded", rows[0]["models"]),
        ("user-store", "loaded", 1),
        ("local", "broken", None),
        ("env", "loaded", 2),
        ("catalog", "loaded", 1),
        ("outside", "loaded", 2),
        ("outside", "missing", None),
    ]
    assert rows[0]["models"] > 100
    assert "invalid JSON" in rows[2]["error"] and "models.json" in rows[2]["error"]
    assert rows[5]["url"] == server.base + "/litellm.json" and rows[5]["updated_at"]
    assert rows[1]["updated_at"] and rows[1]["location"] == str(store)
    table = cli("-c", f"litellm:{extra}", "sources")
    assert table.code == 0
    lines = table.stdout.splitlines()
    assert lines[0] == "kind\tlocation\tmodels\tage\tstatus"
    assert len(lines) == 8 and "broken: file:./models.json: invalid JSON" in lines[3]


def test_sources_builtin_only_ignores_the_user_sources(cli: Run, server: Catalogs) -> None:
    cli("update", "--enable", "litellm")
    rows = cli("--builtin-only", "sources", "--json").json()
    assert [(r["kind"], r["status"]) for r in rows] == [
        ("builtin", "loaded"),
        ("user-store", "ignored"),
        ("local", "ignored"),
        ("env", "ignored"),
        ("outside", "ignored"),
    ]


def test_sources_through_the_console_script(script: Run) -> None:
    out = script("sources")
    assert out.code == 0 and out.stdout.splitlines()[1].startswith("builtin\tmodelreg ")


# -- audit -------------------------------------------------------------------------

LITELLM = {
    "gpt-4o": {
        "litellm_provider": "openai",
        "mode": "chat",
        "max_input_tokens": 128000,
        "max_output_tokens": 16384,
        "input_cost_per_token": 5e-6,  # built-in: 2.5
        "output_cost_per_token": 1e-5,  # agrees
        "supports_vision": True,
    },
    "o1": {"litellm_provider": "openai", "mode": "chat", "max_output_tokens": 99999},
}
MODELS_DEV = {
    "openai": {
        "id": "openai",
        "name": "OpenAI",
        "models": {
            "GPT-4O": {  # matched ignoring case
                "id": "GPT-4O",
                "name": "GPT-4o",
                "limit": {"context": 64000, "output": 16384},
                "cost": {"input": 2.5, "output": 10},
            },
        },
    }
}
OPENROUTER = {
    "data": [
        {
            "id": "openai/o1",  # OpenRouter's offer of o1: never compared with OpenAI's figures
            "name": "OpenAI: o1",
            "context_length": 200000,
            "pricing": {"prompt": "0.000015", "completion": "0.00006"},
            "top_provider": {"context_length": 200000, "max_completion_tokens": 100000},
        }
    ]
}


@pytest.fixture
def fixtures(tmp_path: Path) -> list[str]:
    """--against options for the three fixtures above."""
    paths = []
    for name, doc in (("litellm", LITELLM), ("models.dev", MODELS_DEV), ("openrouter", OPENROUTER)):
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(doc))
        paths += ["--against", f"{name}:{path}"]
    return paths


def test_audit_finds_the_known_disagreements(cli: Run, fixtures: list[str]) -> None:
    report = cli("audit", *fixtures, "--json").json()
    found = {(d["model"], d["field"]) for d in report["disagreements"]}
    assert found == {
        ("gpt-4o", "pricing.prompt_price_per_1m"),
        ("gpt-4o", "context_window"),
        ("o1", "max_completion_tokens"),
    }
    by_field = {(d["model"], d["field"]): d["values"] for d in report["disagreements"]}
    values = by_field[("gpt-4o", "pricing.prompt_price_per_1m")]
    assert values["builtin"] == 2.5 and 5.0 in values.values()
    assert list(values.values()).count(2.5) == 2  # models.dev agrees with the built-in
    o1 = by_field[("o1", "max_completion_tokens")]
    assert sorted(o1.values()) == [99999, 100000]  # OpenAI's and LiteLLM's, not OpenRouter's
    assert not [d for d in report["disagreements"] if any("openrouter" in s for s in d["values"])]
    # 99,999 and 100,000 are one limit written two ways: listed last, counted apart
    tolerated = [(d["model"], d["field"]) for d in report["disagreements"] if d["tolerated"]]
    assert tolerated == [("o1", "max_completion_tokens")]
    assert [d["tolerated"] for d in report["disagreements"]] == [False, False, True]
    summary = report["summary"]
    assert summary["pricing.completion_price_per_1m"]["disagree"] == 0
    assert summary["pricing.completion_price_per_1m"]["agree"] == 1  # gpt-4o's
    # LiteLLM's fixture gives no context window (max_input_tokens is not one): two gaps.
    assert summary["context_window"] == {"agree": 0, "disagree": 1, "tolerated": 0, "gaps": 2}
    assert summary["max_completion_tokens"]["tolerated"] == 1
    assert report["models"] == 2


def test_audit_field_and_provider(cli: Run, fixtures: list[str]) -> None:
    report = cli("audit", *fixtures, "--field", "pricing", "--json").json()
    assert set(report["summary"]) == {k for k in report["summary"] if k.startswith("pricing.")}
    assert [d["field"] for d in report["disagreements"]] == ["pricing.prompt_price_per_1m"]
    none = cli("audit", *fixtures, "--provider", "anthropic", "--json").json()
    assert none["disagreements"] == [] and none["models"] == 0
    bad = cli("audit", "--field", "colour")
    assert bad.code == 2 and "unknown field 'colour'" in bad.stderr


def test_audit_table(cli: Run, fixtures: list[str]) -> None:
    out = cli("audit", *fixtures)
    assert out.code == 0
    header, *rows = out.stdout.splitlines()
    assert header.split("\t")[:3] == ["model", "field", "builtin"]
    assert len(rows) == 3 and "2 models in two or more sources: 2 disagreements" in out.stderr
    assert "(and 1 within tolerance" in out.stderr
    assert rows[-1].endswith("\twithin tolerance")  # real disagreements first


def test_audit_compares_enabled_catalogs_and_catalog_locations(
    cli: Run, server: Catalogs, tmp_path: Path
) -> None:
    server.publish("/litellm.json", LITELLM, '"v3"')
    cli("update", "--enable", "litellm")
    report = cli("audit", "--json").json()
    assert [s["source"] for s in report["sources"]] == ["builtin", "outside:litellm"]
    assert ("gpt-4o", "pricing.prompt_price_per_1m") in {
        (d["model"], d["field"]) for d in report["disagreements"]
    }
    own = tmp_path / "own.json"
    own.write_text('[{"id": "gpt-4o", "context_window": 1000}]')
    mine = cli("-c", str(own), "--builtin-only", "audit", "--field", "context_window", "--json")
    [row] = mine.json()["disagreements"]
    assert row["values"] == {"builtin": 128000, str(own): 1000}
    assert cli("audit", "--against", "litellm", "--json").json()["sources"][1]["source"] == (
        "outside:litellm"
    )


def test_audit_on_the_format_excerpts(cli: Run) -> None:
    report = cli(
        "audit",
        "--against",
        f"litellm:{DATA / 'litellm_excerpt.json'}",
        "--against",
        f"models.dev:{DATA / 'models_dev_excerpt.json'}",
        "--json",
    ).json()
    assert report["models"] >= 10
    for row in report["disagreements"]:
        known = [v for v in row["values"].values() if v is not None]
        assert len(known) >= 2 and len({json.dumps(v) for v in known}) >= 2


def test_audit_with_nothing_to_compare_says_so(cli: Run) -> None:
    out = cli("audit", "--json")
    assert out.code == 0 and out.json()["disagreements"] == []
    assert "nothing to compare" in out.stderr


def test_sources_shows_where_the_copy_came_from_and_an_unset_variable(
    cli: Run, server: Catalogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("update", "--enable", "litellm").code == 0  # from the mirror the test serves
    monkeypatch.delenv("MODELREG_URL_LITELLM")  # now the default URL is configured
    rows = cli("sources", "--json").json()
    copy = next(r for r in rows if r["kind"] == "outside")
    assert copy["url"] == server.base + "/litellm.json"  # the copy's, not the default
    env = next(r for r in rows if r["kind"] == "env")
    assert env["status"] == "missing"  # the JSON keeps its statuses
    table = cli("sources").stdout.splitlines()
    assert next(line for line in table if line.startswith("env\t")).endswith("\tnot set")
    from modelreg.registry import builtin

    makers = {r["provider"] for r in builtin().records()}  # custom has no model of its own
    assert f"({len(makers)} provider catalogs)" in table[1]
