"""Each command and option of issue 6, in-process and as the installed script."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from modelreg import __version__
from modelreg import schema as vocabulary
from modelreg.cli.output import FORMATS
from modelreg.registry import builtin as builtin_registry

from .conftest import CUSTOM_MODEL, Run, env_for_subprocess, write_catalog

BUILTIN = builtin_registry()
# What listings show: neither retired models nor fictional ids.
LISTED = [r for r in BUILTIN.records() if r["status"] != "retired" and not r["fictional"]]
BUILTIN_IDS = [r["id"] for r in LISTED]
CAPABILITY_KEYS = {
    "model",
    "context_window",
    "max_completion_tokens",
    "pricing",
    "capabilities",
    "modalities",
    "supported_features",
}
FT_ID = "ft:gpt-4o-mini-2024-07-18:acme:support-bot:abc123"


def record(model_id: str) -> dict[str, Any]:
    return BUILTIN.get_record(model_id)


def assert_full_model(obj: dict[str, Any]) -> None:
    """A full model object: every definition field, nothing missing."""
    missing = set(vocabulary.FIELDS) - set(obj)
    assert not missing, missing


# -- capabilities ------------------------------------------------------------


def test_capabilities_json_has_exactly_the_design_keys_and_gpt4o_values(cli: Run) -> None:
    view = cli("capabilities", "gpt-4o", "--json").json()
    assert set(view) == CAPABILITY_KEYS
    assert view["model"] == "gpt-4o"
    assert view["context_window"] == 128_000
    assert view["max_completion_tokens"] == 16_384
    assert set(view["pricing"]) == set(vocabulary.PRICING_KEYS)
    assert {k: v for k, v in view["pricing"].items() if v is not None and k != "as_of"} == {
        "prompt_price_per_1m": 2.5,
        "completion_price_per_1m": 10.0,
        "cached_price_per_1m": 1.25,
        "batch_prompt_price_per_1m": 1.25,
        "batch_completion_price_per_1m": 5.0,
    }
    assert view["capabilities"] == {
        "streaming": True,
        "function_calling": True,
        "vision": True,
        "audio_input": False,
        "audio_output": False,
        "reasoning": False,
        "structured_output": True,
        "predicted_outputs": True,
        "fine_tuning": True,
        "batch_processing": True,
    }
    assert view["modalities"] == ["text", "image"]
    for feature in ("temperature", "top_p", "max_tokens", "stream", "tools", "response_format"):
        assert feature in view["supported_features"]
    assert "max_completion_tokens" not in view["supported_features"]


def test_capabilities_of_a_reasoning_model_omit_temperature(cli: Run) -> None:
    view = cli("capabilities", "o1", "--json").json()
    assert set(view) == CAPABILITY_KEYS
    assert view["model"] == "o1"
    assert view["capabilities"]["reasoning"] is True
    assert "temperature" not in view["supported_features"]
    assert "top_p" not in view["supported_features"]
    assert "max_completion_tokens" in view["supported_features"]


@pytest.mark.parametrize("spelling", ["GPT-4O", "gpt-4o-2024-08-06", "Gpt-4o-2024-08-06"])
def test_capabilities_resolve_aliases_case_insensitively(cli: Run, spelling: str) -> None:
    assert cli("capabilities", spelling, "--json").json()["model"] == "gpt-4o"


def test_capabilities_of_a_fine_tuned_id_are_the_bases(cli: Run) -> None:
    view = cli("capabilities", FT_ID, "--json").json()
    base = cli("capabilities", "gpt-4o-mini", "--json").json()
    assert view["model"] == FT_ID
    assert {k: v for k, v in view.items() if k != "model"} == {
        k: v for k, v in base.items() if k != "model"
    }


def test_capabilities_piped_is_a_section_table(cli: Run) -> None:
    out = cli("capabilities", "gpt-4o")
    assert out.code == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "section\tfield\tvalue"
    assert "Limits\tcontext_window\t128000" in lines
    assert "Capabilities\tvision\tyes" in lines
    assert "Capabilities\treasoning\tno" in lines
    assert "Pricing (USD)\tprompt_price_per_1m\t2.5" in lines


def test_auto_create_gives_the_architectures_default(cli: Run) -> None:
    missing = cli("capabilities", "brand-new-model", "--json")
    assert missing.code == 1
    assert "brand-new-model" in missing.stderr
    view = cli("capabilities", "brand-new-model", "--auto-create", "--json").json()
    assert view["model"] == "brand-new-model"
    assert view["context_window"] == 8192
    assert view["max_completion_tokens"] == 4096
    assert view["pricing"] is None
    assert view["capabilities"]["streaming"] is True
    assert not any(v for k, v in view["capabilities"].items() if k != "streaming")
    shown = cli("show", "brand-new-model", "--auto-create", "--json").json()
    assert shown["provider"] == "custom"
    assert shown["sources"] == ["auto-created"]


def test_auto_create_of_a_known_model_changes_nothing(cli: Run) -> None:
    plain = cli("capabilities", "gpt-4o", "--json").json()
    assert cli("capabilities", "gpt-4o", "--auto-create", "--json").json() == plain


# -- show --------------------------------------------------------------------


def test_show_json_is_the_full_model_with_its_sources(cli: Run) -> None:
    model = cli("show", "gpt-4o", "--json").json()
    assert isinstance(model, dict)  # one model: an object, so `jq .context_window` works
    assert_full_model(model)
    assert {k: v for k, v in model.items() if k not in ("sources", "field_sources")} == record(
        "gpt-4o"
    )
    assert model["sources"] == ["builtin:openai"]
    assert model["field_sources"] == {}


def test_show_piped_groups_everything(cli: Run) -> None:
    out = cli("show", "claude-3-opus")
    assert out.code == 0, out.stderr
    rows = [line.split("\t") for line in out.stdout.splitlines()]
    assert rows[0] == ["section", "field", "value"]
    assert all(len(row) == 3 for row in rows)
    sections = list(dict.fromkeys(row[0] for row in rows[1:]))
    assert sections[0] == "Basics"
    for name in ("Context and capabilities", "Pricing (USD)", "Aliases", "Defined by"):
        assert name in sections
    assert ["Basics", "id", "claude-3-opus-20240229"] in rows
    assert ["Defined by", "1", "builtin:anthropic"] in rows
    aliases = dict((r[1], r[2]) for r in rows if r[0] == "Aliases")["aliases"]
    assert "claude-3-opus-latest" in aliases


def test_show_names_every_source_of_a_patched_model(cli: Run, extra: Path) -> None:
    model = cli("-c", str(extra), "show", "gpt-4o", "--json").json()
    assert model["sources"] == ["builtin:openai", f"file:{extra}"]
    assert model["field_sources"] == {"pricing": f"file:{extra}"}  # what the patch gave
    assert model["pricing"]["prompt_price_per_1m"] == 3.0
    assert model["pricing"]["completion_price_per_1m"] == 10.0  # the rest is kept


def test_show_a_fine_tuned_id(cli: Run) -> None:
    model = cli("show", FT_ID, "--json").json()
    assert model["id"] == FT_ID
    assert model["owned_by"] == "acme"
    assert model["fine_tuned_from"] == "gpt-4o-mini"
    assert model["context_window"] == record("gpt-4o-mini")["context_window"]
    assert model["sources"][-1] == f"fine-tuned:{FT_ID}"
    piped = cli("show", FT_ID)
    assert "Fine-tuning\tfine_tuned_from\tgpt-4o-mini" in piped.stdout


@pytest.mark.parametrize("fmt", FORMATS)
def test_show_every_format(cli: Run, fmt: str) -> None:
    out = cli("show", "o1", "--format", fmt)
    assert out.code == 0, out.stderr
    if fmt == "json":
        assert json.loads(out.stdout)["id"] == "o1"
    elif fmt == "jsonl":
        assert [json.loads(line)["id"] for line in out.stdout.splitlines()] == ["o1"]
    elif fmt == "ids":
        assert out.stdout == "o1\n"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.stdout)))
        assert [r["id"] for r in rows] == ["o1"]
        assert rows[0]["pricing.prompt_price_per_1m"] == "15.0"
    else:  # --format table: a table even when piped (less -R); plain rows without it
        assert out.stdout.startswith("o1\n") and "Basics" in out.stdout
        assert cli("show", "o1").stdout.startswith("section\tfield\tvalue\n")


# -- list, search, filter ----------------------------------------------------


def test_list_json_is_every_full_model_in_catalog_order(cli: Run) -> None:
    models = cli("list", "--json").json()
    assert [m["id"] for m in models] == BUILTIN_IDS
    for model in models:
        assert_full_model(model)
    assert next(m for m in models if m["id"] == "gpt-4o") == record("gpt-4o")


def test_list_by_provider_and_capability(cli: Run) -> None:
    models = cli("list", "--provider", "anthropic", "--json").json()
    assert [m["id"] for m in models] == [r["id"] for r in LISTED if r["provider"] == "anthropic"]
    vision = cli("list", "--capability", "vision", "--capability", "reasoning", "--json").json()
    expected = [r["id"] for r in LISTED if r["supports_vision"] and r["supports_reasoning"]]
    assert expected and [m["id"] for m in vision] == expected


def test_list_by_kind(cli: Run) -> None:
    models = cli("list", "--kind", "embedding", "--format", "ids")
    expected = [r["id"] for r in LISTED if r["kind"] == "embedding"]
    assert expected and models.stdout.split() == expected


def test_list_sorted_and_limited(cli: Run) -> None:
    known = [r["context_window"] for r in LISTED if r["context_window"] is not None]
    models = cli("list", "--sort", "context_window", "--desc", "--limit", "5", "--json").json()
    assert len(models) == 5
    windows = [m["context_window"] for m in models]
    assert windows == sorted(known, reverse=True)[:5]
    ascending = cli("list", "--sort", "context_window", "--json").json()
    assert len(ascending) == len(BUILTIN_IDS)
    windows = [m["context_window"] for m in ascending if m["context_window"] is not None]
    assert windows == sorted(known)
    assert ascending[0]["context_window"] == min(known)  # unknown windows do not come first


def test_list_limit_zero_is_an_empty_success(cli: Run) -> None:
    assert cli("list", "--limit", "0", "--json").json() == []


@pytest.mark.parametrize(
    "command", [["list"], ["search", "gpt"], ["filter", "--capability", "vision"]]
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_model_lists_in_every_format(cli: Run, command: list[str], fmt: str) -> None:
    as_json = cli(*command, "--json").json()
    ids = [m["id"] for m in as_json]
    assert ids
    out = cli(*command, "--format", fmt)
    assert out.code == 0, out.stderr
    assert "\x1b" not in out.stdout
    if fmt == "json":
        assert json.loads(out.stdout) == as_json
    elif fmt == "jsonl":
        assert [json.loads(line) for line in out.stdout.splitlines()] == as_json
    elif fmt == "ids":
        assert out.stdout.splitlines() == ids
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out.stdout)))
        assert [r["id"] for r in rows] == ids
        for row, model in zip(rows, as_json, strict=True):
            window = model["context_window"]
            assert row["context_window"] == ("" if window is None else str(window))
            price = (model["pricing"] or {}).get("prompt_price_per_1m")
            assert row["pricing.prompt_price_per_1m"] == ("" if price is None else str(price))
            assert row["aliases"] == ";".join(model["aliases"])
    else:  # --format table: a table even when piped (less -R); plain rows without it
        assert "ID" in out.stdout and "─" in out.stdout
        lines = cli(*command).stdout.splitlines()
        header = lines[0].split("\t")
        assert header[:8] == [
            "id",
            "provider",
            "kind",
            "context_window",
            "max_completion_tokens",
            "prompt_price_per_1m",
            "completion_price_per_1m",
            "capabilities",
        ]
        assert [line.split("\t")[0] for line in lines[1:]] == ids
        assert all(len(line.split("\t")) == len(header) for line in lines)


def test_short_format_option_and_json_shorthand_agree(cli: Run) -> None:
    assert cli("list", "-f", "json").json() == cli("list", "--json").json()


def test_search_json_is_full_models_plus_match(cli: Run) -> None:
    hits = cli("search", "vision", "--json").json()
    assert hits
    for hit in hits:
        assert_full_model(hit)
        assert isinstance(hit["match"], dict)
        assert isinstance(hit["match"]["score"], int | float)
        assert {k: v for k, v in hit.items() if k != "match"} == record(hit["id"])
    scores = [h["match"]["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_finds_an_exact_id_first(cli: Run) -> None:
    hits = cli("search", "claude-opus-4-5", "--json").json()
    assert hits[0]["id"] == "claude-opus-4-5-20251101"
    # A retired model is found by its exact id with --all (listings hide it by default).
    hits = cli("search", "claude-3-opus", "--all", "--json").json()
    assert hits[0]["id"] == "claude-3-opus-20240229"


def test_search_with_several_words_and_a_limit(cli: Run) -> None:
    hits = cli("search", "llama", "vision", "--limit", "2", "--json").json()
    assert 1 <= len(hits) <= 2
    assert all("llama" in h["id"].lower() and h["supports_vision"] for h in hits)


def test_search_with_no_hit_is_an_empty_success(cli: Run) -> None:
    out = cli("search", "qqqxxzzzvvv", "--json")
    assert out.code == 0
    assert json.loads(out.stdout) == []
    piped = cli("search", "qqqxxzzzvvv")
    assert piped.code == 0
    assert piped.stdout.splitlines()[0].startswith("id\tprovider\t")
    assert len(piped.stdout.splitlines()) == 1


def test_filter_min_context_and_capabilities(cli: Run) -> None:
    models = cli("filter", "--capability", "vision", "--min-context", "128K", "--json").json()
    expected = [
        r["id"] for r in LISTED if r["supports_vision"] and (r["context_window"] or 0) >= 128_000
    ]
    assert expected and [m["id"] for m in models] == expected
    for model in models:
        assert_full_model(model)


def test_filter_max_prompt_price(cli: Run) -> None:
    models = cli("filter", "--max-prompt-price", "1", "--json").json()
    assert models
    for model in models:
        assert model["pricing"]["prompt_price_per_1m"] <= 1
    assert "gpt-4o" not in [m["id"] for m in models]
    assert "gpt-4o-mini" in [m["id"] for m in models]


def test_filter_open_weights_and_parameters(cli: Run) -> None:
    models = cli("filter", "--open-weights", "--max-params", "70B", "--json").json()
    assert models
    for model in models:  # nominal sizes: the 70.6B Llamas are 70B models
        assert model["parameters"] is not None and model["parameters"] <= 70_000_000_000 * 1.02


def test_filter_with_nothing_left_is_an_empty_success(cli: Run) -> None:
    out = cli("filter", "--min-context", "100M", "--json")
    assert out.code == 0, out.stderr
    assert json.loads(out.stdout) == []


# -- parse-ft ----------------------------------------------------------------


def test_parse_ft_json(cli: Run) -> None:
    parts = cli("parse-ft", "ft:gpt-3.5-turbo:acme::xyz789", "--json").json()
    assert parts == {
        "model": "ft:gpt-3.5-turbo:acme::xyz789",
        "base": "gpt-3.5-turbo",
        "org": "acme",
        "suffix": "",
        "id": "xyz789",
        "base_known": True,
        "base_model": "gpt-3.5-turbo",
    }


def test_parse_ft_resolves_an_alias_base_and_reports_an_unknown_one(cli: Run) -> None:
    assert cli("parse-ft", FT_ID, "--json").json()["base_model"] == "gpt-4o-mini"
    unknown = cli("parse-ft", "ft:no-such-base:acme:x:1", "--json").json()
    assert unknown["base_known"] is False
    assert unknown["base_model"] is None


def test_parse_ft_piped(cli: Run) -> None:
    out = cli("parse-ft", FT_ID)
    lines = out.stdout.splitlines()
    assert lines[0] == "field\tvalue"
    assert "suffix\tsupport-bot" in lines
    assert "base_known\tyes" in lines


# -- cost --------------------------------------------------------------------


def expected_cost(model_id: str, prompt: int, completion: int, cached: int) -> dict[str, float]:
    price = record(model_id)["pricing"]
    cached_price = price["cached_price_per_1m"]
    if cached_price is None:
        cached_price = price["prompt_price_per_1m"]
    parts = {
        "prompt_cost": (prompt - cached) * price["prompt_price_per_1m"] / 1e6,
        "cached_cost": cached * cached_price / 1e6,
        "completion_cost": completion * price["completion_price_per_1m"] / 1e6,
    }
    return {**parts, "total_cost": sum(parts.values())}


@pytest.mark.parametrize(
    ("model_id", "prompt", "completion", "cached"),
    [
        ("gpt-4o", 1200, 300, 200),
        ("gpt-4o", 1_000_000, 1_000_000, 0),
        ("o1", 5000, 20000, 5000),
        ("claude-3-5-sonnet", 10_000, 2_000, 0),
        ("gpt-4", 1000, 1000, 400),  # no cached price: cached tokens at the prompt price
    ],
)
def test_cost_arithmetic(
    cli: Run, model_id: str, prompt: int, completion: int, cached: int
) -> None:
    args = ["--prompt-tokens", str(prompt), "--completion-tokens", str(completion)]
    args += ["--cached-tokens", str(cached)]
    result = cli("cost", model_id, *args, "--json").json()
    assert result["model"] == BUILTIN.resolve_id(model_id)
    assert result["prompt_tokens"] == prompt
    assert result["completion_tokens"] == completion
    assert result["cached_tokens"] == cached
    assert result["currency"] == "USD"
    for key, value in expected_cost(model_id, prompt, completion, cached).items():
        assert result[key] == pytest.approx(value, abs=1e-9), key


def test_cost_of_gpt4o_in_figures(cli: Run) -> None:
    # gpt-4o: $2.50 in, $10 out, $1.25 cached per 1M tokens.
    result = cli(
        "cost", "gpt-4o", "--prompt-tokens", "1200", "--completion-tokens", "300",
        "--cached-tokens", "200", "--json",
    ).json()  # fmt: skip
    assert result["prompt_cost"] == pytest.approx(0.0025)
    assert result["cached_cost"] == pytest.approx(0.00025)
    assert result["completion_cost"] == pytest.approx(0.003)
    assert result["total_cost"] == pytest.approx(0.00575)


def test_cost_uses_an_overridden_price(cli: Run, extra: Path) -> None:
    result = cli("-c", str(extra), "cost", "gpt-4o", "--prompt-tokens", "1000000", "--json").json()
    assert result["prompt_cost"] == pytest.approx(3.0)
    assert result["total_cost"] == pytest.approx(3.0)


def test_cost_piped(cli: Run) -> None:
    out = cli("cost", "gpt-4o", "--prompt-tokens", "1000000", "--completion-tokens", "1000000")
    lines = out.stdout.splitlines()
    assert lines[0] == "field\tvalue"
    assert "total_cost\t12.5" in lines


def test_cost_of_a_model_without_pricing_says_so(cli: Run) -> None:
    assert record("mixtral-8x7b")["pricing"] is None
    out = cli(
        "cost", "mixtral-8x7b", "--prompt-tokens", "10", "--completion-tokens", "10", "--json"
    )
    assert out.code == 0  # unknown is an answer, not a failure: exit 1 means "not found"
    assert out.json()["total_cost"] is None and out.json()["prompt_cost"] is None
    retired = record("mixtral-8x7b")
    assert out.stderr == (
        f"note: mixtral-8x7b was retired on {retired['retirement_date']}; its provider "
        f"recommends {retired['successor']}\n"
        "model 'mixtral-8x7b' has no prompt or completion price: the total cost is unknown\n"
    )


# -- compare -----------------------------------------------------------------


def test_compare_marks_differences(cli: Run) -> None:
    out = cli("compare", "gpt-4o", "o1")
    assert out.code == 0, out.stderr
    rows = {line.split("\t")[0]: line.split("\t") for line in out.stdout.splitlines()}
    assert rows["field"] == ["field", "differs", "gpt-4o", "o1"]
    assert rows["context_window"] == ["context_window", "*", "128000", "200000"]
    assert rows["supports_reasoning"] == ["supports_reasoning", "*", "no", "yes"]
    assert rows["provider"] == ["provider", "", "openai", "openai"]
    assert rows["supports_vision"][1] == ""


def test_compare_json_and_diff_only(cli: Run) -> None:
    result = cli("compare", "gpt-4o", "claude-3-opus", "o1", "--json").json()
    assert result["models"] == ["gpt-4o", "claude-3-opus-20240229", "o1"]
    assert result["fields"]["provider"] == {
        "differs": True,
        "values": ["openai", "anthropic", "openai"],
    }
    assert result["fields"]["supports_vision"]["differs"] is False
    only = cli("compare", "gpt-4o", "claude-3-opus", "o1", "--diff", "--json").json()
    assert only["fields"]
    assert all(f["differs"] for f in only["fields"].values())
    assert set(only["fields"]) == {k for k, f in result["fields"].items() if f["differs"]}


def test_compare_a_model_with_itself_differs_nowhere(cli: Run) -> None:
    out = cli("compare", "gpt-4o", "gpt-4o-2024-08-06", "--diff")
    assert out.code == 0
    assert out.stdout.splitlines() == ["field\tdiffers\tgpt-4o\tgpt-4o"]


# -- providers ---------------------------------------------------------------


def test_providers_json_counts_models(cli: Run, extra: Path) -> None:
    rows = cli("providers", "--json").json()
    counts = {row["provider"]: row["models"] for row in rows}
    for provider in ("openai", "anthropic", "meta", "mistral", "deepseek", "nvidia"):
        assert counts[provider] == len(BUILTIN.records(provider=provider))
    assert sum(counts.values()) == len(BUILTIN.records())  # retired models count too
    assert set(rows[0]) == {"provider", "name", "homepage", "models", "sells", "role"}
    assert {row["role"] for row in rows} == {"maker"}  # no outside catalog: no seller
    with_extra = {
        r["provider"]: r["models"] for r in cli("-c", str(extra), "providers", "--json").json()
    }
    assert with_extra["acme"] == 1
    assert with_extra["openai"] == counts["openai"]


def test_providers_piped_and_ids(cli: Run) -> None:
    lines = cli("providers").stdout.splitlines()
    assert lines[0] == "provider\tname\tmodels\thomepage\tretired\tsells\trole"
    assert "openai\tOpenAI\t21\thttps://openai.com" in lines or lines[1].startswith("openai\t")
    ids = cli("providers", "--format", "ids").stdout.split()
    assert ids[:2] == ["openai", "anthropic"]


# -- export and schema -------------------------------------------------------


def test_export_round_trips_through_a_file(tmp_path: Path, script: Run) -> None:
    first = script("export")
    assert first.code == 0, first.stderr
    snapshot = tmp_path / "f.json"
    snapshot.write_text(first.stdout, encoding="utf-8")
    again = script("--builtin-only", "-c", str(snapshot), "export")
    assert again.code == 0, again.stderr
    assert json.loads(again.stdout) == json.loads(first.stdout)
    assert again.stdout == first.stdout


def test_export_round_trips_with_a_custom_model(
    tmp_path: Path, cli: Run, extra: Path, hostile: Path
) -> None:
    first = cli("-c", str(extra), "-c", str(hostile), "export").json()
    assert first["format_version"] == 1
    by_id = {m["id"]: m for m in first["models"]}
    assert by_id["acme-chat-1"]["aliases"] == ["acme-chat"]
    assert by_id["gpt-4o"]["pricing"]["prompt_price_per_1m"] == 3.0
    assert by_id["escape-model"]["description"].startswith("before \x1b[31m")  # data kept exact
    snapshot = write_catalog(tmp_path / "snapshot.json", first)
    assert cli("--builtin-only", "-c", str(snapshot), "export").json() == first
    shown = cli("--builtin-only", "-c", str(snapshot), "show", "acme-chat", "--json").json()
    shown = {k: v for k, v in shown.items() if k not in ("sources", "field_sources")}
    assert shown == by_id["acme-chat-1"]


def test_export_through_the_shell_redirect(tmp_path: Path) -> None:
    env = env_for_subprocess()
    subprocess.run(
        "modelreg export > f.json && modelreg --builtin-only -c f.json export > g.json",
        shell=True,
        check=True,
        cwd=tmp_path,
        env=env,
    )
    assert (tmp_path / "f.json").read_bytes() == (tmp_path / "g.json").read_bytes()


def test_schema_is_a_json_schema_that_validates_models_json(cli: Run, tmp_path: Path) -> None:
    schema = cli("schema").json()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    sample = [CUSTOM_MODEL, {"id": "gpt-4o", "pricing": {"prompt_price_per_1m": 3.0}}]
    validator.validate(sample)
    validator.validate({"models": sample, "format_version": 1})
    validator.validate([{"id": "x", "extends": "gpt-4o"}])
    validator.validate(cli("export").json())
    for bad in (
        [{"id": "x", "context_window": "big"}],
        [{"id": "x", "no_such_field": 1}],
        {"modelz": []},
        [{"context_window": 1000}],
    ):
        assert not validator.is_valid(bad), bad


# -- global options ----------------------------------------------------------


def test_version(cli: Run) -> None:
    for flag in ("--version", "-V"):
        out = cli(flag)
        assert out.code == 0
        assert out.stdout == f"modelreg {__version__}\n"


def test_python_dash_m(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "modelreg", "--version"],
        capture_output=True,
        text=True,
        env=env_for_subprocess(),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"modelreg {__version__}\n"


def test_global_catalog_option_before_the_command(cli: Run, extra: Path) -> None:
    hits = cli("-c", str(extra), "search", "zebrafish", "--json").json()
    assert hits[0]["id"] == "acme-chat-1"
    assert hits[0]["name"] == "Acme Chat One"
    assert cli("--catalog", str(extra), "show", "acme-chat", "--json").json()["id"] == (
        "acme-chat-1"
    )


def test_catalog_as_a_file_url(cli: Run, extra: Path) -> None:
    ids = cli("-c", extra.as_uri(), "list", "--format", "ids").stdout.split()
    assert "acme-chat-1" in ids


def test_later_catalogs_win(cli: Run, tmp_path: Path) -> None:
    one = write_catalog(tmp_path / "one.json", [{"id": "gpt-4o", "context_window": 1000}])
    two = write_catalog(tmp_path / "two.json", [{"id": "gpt-4o", "context_window": 2000}])
    view = cli("-c", str(one), "-c", str(two), "capabilities", "gpt-4o", "--json").json()
    assert view["context_window"] == 2000


def test_local_models_json_and_env_are_read_and_builtin_only_ignores_them(
    cli: Run, isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_catalog(isolated / "models.json", [{"id": "local-model", "context_window": 4000}])
    monkeypatch.setenv("FAKEAI_CUSTOM_MODELS", json.dumps([{"id": "env-model"}]))
    ids = cli("list", "--format", "ids").stdout.split()
    assert "local-model" in ids and "env-model" in ids
    builtin = cli("--builtin-only", "list", "--format", "ids").stdout.split()
    assert builtin == BUILTIN_IDS
    assert cli("--builtin-only", "show", "local-model").code == 1


def test_builtin_only_still_reads_explicit_catalogs(cli: Run, extra: Path, isolated: Path) -> None:
    write_catalog(isolated / "models.json", [{"id": "local-model"}])
    ids = cli("--builtin-only", "-c", str(extra), "list", "--format", "ids").stdout.split()
    assert ids == [*BUILTIN_IDS, "acme-chat-1"]


def test_modelreg_catalog_env_var(cli: Run, extra: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MODELREG_CATALOG", str(extra))
    assert cli("show", "acme-chat-1", "--json").json()["sources"] == [f"file:{extra}"]


def test_user_store_is_read(cli: Run, tmp_path: Path) -> None:
    store = tmp_path / "config" / "modelreg" / "models.json"
    store.parent.mkdir(parents=True)
    write_catalog(store, [{"id": "stored-model", "context_window": 5000}])
    model = cli("show", "stored-model", "--json").json()
    assert model["context_window"] == 5000
    assert model["sources"] == ["user-store"]


# -- help ----------------------------------------------------------------------


def command_names() -> list[str]:
    from typer.main import get_command

    from modelreg.cli.app import app

    group = get_command(app)
    return sorted(group.list_commands(None))  # type: ignore[attr-defined, arg-type]


def test_every_issue_command_exists() -> None:
    wanted = {"list", "show", "search", "capabilities", "filter", "parse-ft", "providers"}
    wanted |= {"compare", "cost", "export", "schema", "completion"}
    assert wanted <= set(command_names())


@pytest.mark.parametrize("command", command_names())
def test_help_of_every_command_has_an_example(cli: Run, command: str) -> None:
    for flag in ("--help", "-h"):
        out = cli(command, flag)
        assert out.code == 0, out.stderr
        assert f"Usage: modelreg {command}" in out.stdout
        assert "Example" in out.stdout
        assert "modelreg " + command in out.stdout.split("Example", 1)[1]


def test_root_help(cli: Run) -> None:
    out = cli("--help")
    assert out.code == 0
    assert "Examples" in out.stdout
    for command in command_names():
        assert command in out.stdout


# -- jsonl and csv outside the model lists ----------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["capabilities", "gpt-4o"],
        ["parse-ft", FT_ID],
        ["cost", "gpt-4o", "--prompt-tokens", "10"],
        ["compare", "gpt-4o", "o1"],
    ],
    ids=lambda c: c[0],
)
def test_jsonl_of_one_object_is_one_line(cli: Run, command: list[str]) -> None:
    out = cli(*command, "--format", "jsonl")
    assert out.code == 0, out.stderr
    assert out.stdout.count("\n") == 1
    assert json.loads(out.stdout) == cli(*command, "--json").json()


def test_providers_jsonl_and_csv(cli: Run) -> None:
    rows = cli("providers", "--json").json()
    jsonl = cli("providers", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in jsonl] == rows
    table = list(csv.DictReader(io.StringIO(cli("providers", "--format", "csv").stdout)))
    assert [r["provider"] for r in table] == [r["provider"] for r in rows]
    assert [int(r["models"]) for r in table] == [r["models"] for r in rows]


def test_filter_by_tag_and_without_flags_keeps_everything(cli: Run, extra: Path) -> None:
    tagged = cli("-c", str(extra), "filter", "--tag", "zebrafish", "--format", "ids")
    assert tagged.stdout.split() == ["acme-chat-1"]
    # No option given: nothing is filtered out (an unset --open-weights is no filter).
    assert cli("filter", "--format", "ids").stdout.split() == BUILTIN_IDS


def test_modelreg_catalog_names_one_location_spaces_and_all(
    cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "my catalogs").mkdir()
    spaced = write_catalog(tmp_path / "my catalogs" / "team.json", [{"id": "team-model"}])
    monkeypatch.setenv("MODELREG_CATALOG", str(spaced))
    out = cli("show", "team-model", "--json")
    assert out.code == 0, out.stderr
    assert out.json()["sources"] == [f"file:{spaced}"]


# -- every format on the one-result commands ---------------------------------------


def _csv(text: str) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize(
    "args",
    [
        ["capabilities", "gpt-4o"],
        ["cost", "gpt-4o", "--prompt-tokens", "1000000"],
        ["parse-ft", "ft:gpt-4o:acme::x1"],
    ],
)
def test_one_result_in_csv_and_ids(cli: Run, args: list[str]) -> None:
    as_json = cli(*args, "--json").json()
    [row] = _csv(cli(*args, "--format", "csv").stdout)
    assert row["model"] == as_json["model"]
    assert cli(*args, "--format", "ids").stdout == as_json["model"] + "\n"
    assert json.loads(cli(*args, "--format", "jsonl").stdout) == as_json


def test_capabilities_csv_spreads_nested_objects_into_columns(cli: Run) -> None:
    [row] = _csv(cli("capabilities", "o1", "--format", "csv").stdout)
    assert row["capabilities.reasoning"] == "True"
    assert row["pricing.prompt_price_per_1m"] == "15.0"
    assert "temperature" not in row["supported_features"].split(";")


def test_compare_in_csv_and_ids(cli: Run) -> None:
    rows = _csv(cli("compare", "gpt-4o", "o1", "--format", "csv").stdout)
    by_field = {r["field"]: r for r in rows}
    assert by_field["supports_reasoning"]["o1"] == "True"
    assert by_field["supports_reasoning"]["differs"] == "True"
    assert cli("compare", "gpt-4o", "o1", "--format", "ids").stdout == "gpt-4o\no1\n"


@pytest.mark.parametrize("command", [["search"], ["filter", "--tag"]])
def test_csv_header_is_the_same_when_nothing_matches(cli: Run, command: list[str]) -> None:
    found = cli(*command, "vision", "--format", "csv").stdout.splitlines()
    none = cli(*command, "zzzzqqq", "--format", "csv").stdout.splitlines()
    assert len(found) > 1 and none == found[:1]


def test_prices_take_a_dollar_sign(cli: Run) -> None:
    cheap = cli("filter", "--max-prompt-price", "$0.20", "--format", "ids").stdout.split()
    assert "gpt-4o-mini" in cheap and "gpt-4o" not in cheap


def test_cost_takes_counts_like_the_other_options_and_several_models(cli: Run) -> None:
    args = ["--prompt-tokens", "1M", "--completion-tokens", "200K", "--json"]
    results = cli("cost", "gpt-4o", "claude-sonnet-4", "o3", *args).json()
    assert [r["prompt_tokens"] for r in results] == [1_000_000] * 3
    totals = [r["total_cost"] for r in results]
    assert totals == sorted(totals)  # cheapest first
    by_model = {r["model"]: r for r in results}
    assert by_model["gpt-4o"]["total_cost"] == pytest.approx(2.5 + 2.0)
    assert by_model[BUILTIN.resolve_id("claude-sonnet-4")]["total_cost"] == pytest.approx(6.0)


def test_cost_of_media_in_their_own_units(cli: Run) -> None:
    price = record("dall-e-3")["pricing"]["image_price_per_unit"]
    result = cli("cost", "dall-e-3", "--images", "10", "--json").json()
    assert result["images_cost"] == pytest.approx(10 * price)
    assert result["total_cost"] == pytest.approx(10 * price)
    minute = record("whisper-1")["pricing"]["audio_price_per_minute"]
    spoken = cli("cost", "whisper-1", "--audio-minutes", "30", "--json").json()
    assert spoken["total_cost"] == pytest.approx(30 * minute)


def test_cost_of_a_usage_file_per_model_and_in_total(cli: Run, tmp_path: Path) -> None:
    lines = [
        {"model": "gpt-4o", "usage": {"prompt_tokens": 1000, "completion_tokens": 500}},
        {
            "id": "chatcmpl-1",
            "model": "gpt-4o",
            "usage": {"prompt_tokens": 10, "completion_tokens": 5},
        },
        {"model": "gpt-4o-mini", "prompt_tokens": 2000, "completion_tokens": 0},
    ]
    path = tmp_path / "usage.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    summary = cli("cost", "--usage", str(path), "--json").json()
    rows = {r["model"]: r for r in summary["models"]}
    assert rows["gpt-4o"]["requests"] == 2
    assert rows["gpt-4o"]["total_cost"] == pytest.approx((1010 * 2.5 + 505 * 10.0) / 1e6)
    assert summary["requests"] == 3
    assert summary["total_cost"] == pytest.approx(sum(r["total_cost"] for r in rows.values()))
    path.write_text('{"model": "gpt-4o", "usage": {"prompt_tokens": -1}}\n', encoding="utf-8")
    bad = cli("cost", "--usage", str(path))
    assert bad.code == 3 and "line 1" in bad.stderr and "usage.jsonl" in bad.stderr


def test_cost_of_anthropic_usage_prices_cache_writes_and_reads(cli: Run, tmp_path: Path) -> None:
    claude = "claude-sonnet-4-5-20250929"
    usage = {
        "input_tokens": 100,
        "cache_creation_input_tokens": 1000,
        "cache_read_input_tokens": 2000,
        "output_tokens": 50,
    }
    path = tmp_path / "usage.jsonl"
    path.write_text(json.dumps({"model": claude, "usage": usage}) + "\n", encoding="utf-8")
    prices = record(claude)["pricing"]
    expected = (
        100 * prices["prompt_price_per_1m"]
        + 1000 * prices["cache_write_price_per_1m"]
        + 2000 * prices["cached_price_per_1m"]
        + 50 * prices["completion_price_per_1m"]
    ) / 1e6
    summary = cli("cost", "--usage", str(path), "--json").json()
    assert summary["total_cost"] == pytest.approx(expected)
    path.write_text('{"model": "gpt-4o", "usage": [1, 2]}\n', encoding="utf-8")
    bad = cli("cost", "--usage", str(path))
    assert bad.code == 3
    assert "line 1: usage: usage must be an OpenAI usage object" in bad.stderr


def test_cost_of_a_fine_tuned_id_says_whose_prices(cli: Run) -> None:
    out = cli("cost", FT_ID, "--prompt-tokens", "1K", "--json")
    assert out.json()["prompt_cost"] == pytest.approx(
        1000 * record("gpt-4o-mini")["pricing"]["prompt_price_per_1m"] / 1e6
    )
    assert "priced as its base model gpt-4o-mini" in out.stderr


def test_providers_tell_makers_from_sellers(cli: Run) -> None:
    excerpt = Path(__file__).resolve().parents[1] / "formats" / "data" / "litellm_excerpt.json"
    rows = {r["provider"]: r for r in cli("-c", f"litellm:{excerpt}", "providers", "--json").json()}
    assert rows["openai"]["role"] == "maker" and rows["openai"]["models"] > 0
    assert rows["azure"]["sells"] >= 2  # azure/gpt-4o and azure/gpt-audio are offers
    assert rows["azure"]["role"] in ("seller", "maker and seller")
    assert "seller" in cli("-c", f"litellm:{excerpt}", "providers").stdout
