"""bench/audit.py, the catalog gate: what fails it, what its exceptions file lets through,
what it tolerates, on small fixture references (no network: a stand-in for genai-prices)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import fake_references

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "audit.py"

# The audited catalog, in place of the built-ins.
CATALOG = {
    "models": [
        {
            "id": "fx-chat",
            "provider": "openai",
            "context_window": 131072,
            "max_completion_tokens": 16384,
            "knowledge_cutoff": "2023-10-01",
            "pricing": {
                "prompt_price_per_1m": 2.5,
                "completion_price_per_1m": 10.0,
                "cached_price_per_1m": 0.125,
            },
        },
        {
            "id": "fx-mini",
            "provider": "openai",
            "context_window": 128000,
            "max_completion_tokens": 16384,
            "pricing": {"prompt_price_per_1m": 0.15, "completion_price_per_1m": 0.6},
        },
    ]
}
LITELLM = {
    "fx-chat": {
        "litellm_provider": "openai",
        "mode": "chat",
        "input_cost_per_token": 2.5e-06,
        "output_cost_per_token": 1.0000000000000002e-05,
        "max_output_tokens": 16384,
    },
    "fx-mini": {
        "litellm_provider": "openai",
        "mode": "chat",
        "input_cost_per_token": 1.5e-07,
        "output_cost_per_token": 6e-07,
        "max_output_tokens": 32768,  # differs: a real disagreement
    },
}
MODELS_DEV = {
    "openai": {
        "id": "openai",
        "name": "OpenAI",
        "models": {
            "fx-chat": {
                "id": "fx-chat",
                "name": "FX Chat",
                "cost": {"input": 2.5, "output": 10, "cache_read": 0.13},  # rounded: tolerated
                "limit": {"context": 128000, "output": 16384},  # 128K: tolerated
                "knowledge": "2023-09",  # the month before 2023-10-01: tolerated
            },
            "fx-mini": {
                "id": "fx-mini",
                "name": "FX Mini",
                "cost": {"input": 0.15, "output": 0.6},
                "limit": {"context": 200000, "output": 16384},  # differs
            },
        },
    }
}
# A stand-in for genai_prices: calc_price prices with these per-1M prices.
GENAI = {
    "fx-chat": {"input_mtok": "2.5", "output_mtok": "10", "cache_read_mtok": "0.125"},
    "fx-mini": {"input_mtok": "0.15", "output_mtok": "0.6", "cache_read_mtok": "0.075"},
}
FAKE_GENAI = """
from decimal import Decimal
from types import SimpleNamespace

__version__ = "0.0.test"
PRICES = {prices!r}


class Usage:
    def __init__(self, input_tokens=0, cache_read_tokens=0, output_tokens=0):
        self.input_tokens, self.cache_read_tokens = input_tokens, cache_read_tokens
        self.output_tokens = output_tokens


def calc_price(usage, model_ref, *, provider_id=None, genai_request_timestamp=None):
    if provider_id != "openai" or model_ref not in PRICES:
        raise LookupError(model_ref)
    p = {{k: Decimal(v) for k, v in PRICES[model_ref].items()}}
    total = (
        (usage.input_tokens - usage.cache_read_tokens) * p["input_mtok"]
        + usage.cache_read_tokens * p["cache_read_mtok"]
        + usage.output_tokens * p["output_mtok"]
    ) / 1000000
    return SimpleNamespace(
        model=SimpleNamespace(id=model_ref, context_window=128000),
        model_price=SimpleNamespace(**p),
        total_price=total,
    )
"""


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    """A references directory as bench/README.md describes it, genai-prices faked."""
    genai = {"__init__.py": FAKE_GENAI.format(prices=GENAI)}
    refs = fake_references(tmp_path, LITELLM, MODELS_DEV, genai)
    (tmp_path / "catalog.json").write_text(json.dumps(CATALOG))
    return refs


def run_audit(
    refs: Path, exceptions: str = "", *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    listed = refs.parent / "exceptions.toml"
    listed.write_text(exceptions)
    command = [sys.executable, str(SCRIPT), "--catalog", str(refs.parent / "catalog.json")]
    command += ["--exceptions", str(listed), *args]
    if "MODELREG_AUDIT_REFS" not in (env or {}):
        command += ["--refs", str(refs)]
    return subprocess.run(
        command, capture_output=True, text=True, check=False, env={**os.environ, **(env or {})}
    )


def report(done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert done.stdout, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def keys(findings: list[dict[str, Any]], status: str) -> set[tuple[str, str, str]]:
    return {(f["model"], f["field"], f["reference"]) for f in findings if f["status"] == status}


UNLISTED = {
    ("fx-mini", "max_completion_tokens", "litellm"),
    ("fx-mini", "context_window", "models.dev"),
    ("fx-mini", "cost:100K-in-80K-cached-5K-out", "genai-prices"),
}


def exception(model: str, field: str, reference: str, reason: str = "reviewed") -> str:
    return f'[[exception]]\nmodel = "{model}"\nfield = "{field}"\n' + (
        f'reference = "{reference}"\nreason = "{reason}"\n\n'
    )


def test_every_unlisted_disagreement_fails_the_gate(refs: Path) -> None:
    done = run_audit(refs, "", "--json")
    assert done.returncode == 1, done.stderr
    result = report(done)
    assert keys(result["findings"], "unlisted") == UNLISTED
    assert result["counts"] == {"unlisted": 3, "listed": 0, "tolerated": 4}
    assert result["by_provider"] == {"openai": {"unlisted": 3, "listed": 0, "tolerated": 4}}
    # A price modelreg lacks is a gap, not a disagreement: fx-mini's cached price.
    assert result["by_field"]["context_window"] == {"unlisted": 1, "listed": 0, "tolerated": 2}
    assert "pricing.cached_price_per_1m" not in keys(result["findings"], "unlisted")
    assert result["references"]["genai-prices"]["version"] == "0.0.test"
    # genai-prices' calculator against modelreg cost: 2 models x 4 cases; only the cached one
    # of fx-mini differs (modelreg has no cached price, so bills them at the prompt price).
    assert result["costs"] == {"compared": 8, "gaps": 0}
    [cost] = [f for f in result["findings"] if f["field"].startswith("cost:")]
    assert cost["modelreg"] == pytest.approx(0.018) and cost["value"] == pytest.approx(0.012)
    # The text report names each one, real disagreements first, and says FAIL.
    text = run_audit(refs, "")
    lines = text.stdout.splitlines()
    rows = [line for line in lines if line.startswith("fx-")]
    assert len(rows) == 3 and all("unlisted" in row for row in rows)
    assert text.stderr.startswith("FAIL: 3 unlisted")


def test_listed_disagreements_pass_with_their_reasons(refs: Path) -> None:
    listed = exception("fx-mini", "max_completion_tokens", "litellm", "LiteLLM counts X")
    listed += exception("fx-mini", "context_window", "models.dev")
    listed += exception("fx-mini", "cost:*cached*", "genai-prices")  # a pattern
    done = run_audit(refs, listed, "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    result = report(done)
    assert keys(result["findings"], "listed") == UNLISTED
    assert result["stale"] == []
    [reason] = [f["reason"] for f in result["findings"] if f["reference"] == "litellm"]
    assert reason == "LiteLLM counts X"
    # Listed ones come first among what is shown with --full, after any unlisted one.
    full = run_audit(refs, listed, "--full")
    assert full.returncode == 0 and "listed: LiteLLM counts X" in full.stdout
    statuses = [row.split()[-1] for row in full.stdout.splitlines() if row.startswith("fx-")]
    assert statuses.index("tolerated") > max(i for i, s in enumerate(statuses) if s != "tolerated")
    assert full.stderr.startswith("ok: 0 unlisted, 3 listed, 4 within tolerance, 0 stale")


def test_one_unlisted_disagreement_is_enough_to_fail(refs: Path) -> None:
    listed = exception("fx-mini", "max_completion_tokens", "litellm")
    listed += exception("fx-mini", "cost:*cached*", "genai-prices")
    # An exception is for one reference: the same field from another stays unlisted.
    listed += exception("fx-mini", "context_window", "litellm")
    done = run_audit(refs, listed, "--json")
    assert done.returncode == 1
    assert keys(report(done)["findings"], "unlisted") == {
        ("fx-mini", "context_window", "models.dev")
    }


def test_a_listed_exception_that_no_longer_occurs_is_stale(refs: Path) -> None:
    listed = exception("fx-mini", "max_completion_tokens", "litellm")
    listed += exception("fx-mini", "context_window", "models.dev")
    listed += exception("fx-mini", "cost:*cached*", "genai-prices")
    listed += exception("fx-chat", "context_window", "litellm", "fixed since")
    # A tolerated difference needs no exception: one for it is stale too.
    listed += exception("fx-chat", "pricing.cached_price_per_1m", "models.dev")
    done = run_audit(refs, listed, "--json")
    assert done.returncode == 1
    result = report(done)
    assert result["counts"]["unlisted"] == 0
    assert [(s["entry"], s["model"], s["field"]) for s in result["stale"]] == [
        (4, "fx-chat", "context_window"),
        (5, "fx-chat", "pricing.cached_price_per_1m"),
    ]
    text = run_audit(refs, listed)
    assert "stale exception 4: fx-chat context_window litellm: no longer occurs" in text.stdout
    assert text.stderr.startswith("FAIL: 0 unlisted, 3 listed, 4 within tolerance, 2 stale")


def test_staleness_is_not_judged_on_a_narrowed_audit(refs: Path) -> None:
    listed = exception("fx-mini", "context_window", "models.dev")
    done = run_audit(refs, listed, "--json", "--field", "max_completion_tokens")
    result = report(done)
    assert result["stale"] == [] and result["stale_checked"] is False
    assert keys(result["findings"], "unlisted") == {("fx-mini", "max_completion_tokens", "litellm")}
    assert result["costs"] == {"compared": 0, "gaps": 0}  # --field: figures only
    assert done.returncode == 1


def test_rounding_float_artefacts_round_limits_and_month_ends_are_tolerated(refs: Path) -> None:
    result = report(run_audit(refs, "", "--json"))
    tolerated = {
        (f["field"], f["reference"], json.dumps(f["modelreg"]), json.dumps(f["value"]))
        for f in result["findings"]
        if f["status"] == "tolerated"
    }
    assert tolerated == {
        ("pricing.cached_price_per_1m", "models.dev", "0.125", "0.13"),
        ("context_window", "models.dev", "131072", "128000"),
        ("context_window", "genai-prices", "131072", "128000"),
        ("knowledge_cutoff", "models.dev", '"2023-10-01"', '"2023-09"'),
    }
    # LiteLLM's 1.0000000000000002e-05 per token is $10 per 1M: not even a tolerated difference.
    assert not [
        f for f in result["findings"] if f["model"] == "fx-chat" and f["reference"] == "litellm"
    ]


@pytest.mark.parametrize(
    ("a", "b", "field", "same"),
    [
        (0.125, 0.13, "pricing.cached_price_per_1m", True),
        (5.00003, 5, "pricing.prompt_price_per_1m", True),
        (0.075, 0.08, "pricing.cached_price_per_1m", True),
        (3, 2.5, "pricing.prompt_price_per_1m", False),  # a whole number is meant
        (0.1, 0.13, "pricing.cached_price_per_1m", False),
        (0.5, 0.45, "pricing.prompt_price_per_1m", False),  # one decimal place is meant
        (131072, 128000, "context_window", True),
        (8191, 8192, "context_window", True),
        (1047576, 1000000, "context_window", True),
        (1050000, 1000000, "context_window", False),
        (262144, 131072, "context_window", False),
        (131072, 128000, "pricing.prompt_price_per_1m", False),  # only token limits
        ("2023-10-01", "2023-09", "knowledge_cutoff", True),
        ("2023-10-01", "2023-09-30", "knowledge_cutoff", True),
        ("2023-10-01", "2023-09-29", "knowledge_cutoff", False),
        ("2024-05-31", "2024-05-30", "knowledge_cutoff", False),
        ("2023-10-01", "2023-09", "release_date", False),
        ("2024-09-11", "2024-09-01", "release_date", True),
        ("2024-09-11", "2024-09-12", "release_date", False),
        (True, 1, "supports_vision", False),
        (5.00003, 5, "cost:1M-in", True),
        (0.125, 0.13, "cost:1M-in", False),  # a cost is computed, not rounded by people
    ],
)
def test_tolerance_rules(a: Any, b: Any, field: str, same: bool) -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        from audit import tolerated  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(SCRIPT.parent))
    assert tolerated(a, b, field) is same
    assert tolerated(b, a, field) is same


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[exception]]\nmodel = "fx-mini"\nfield = "context_window"\nreference = "models.dev"\n',
         "exception 1 (fx-mini): reason: a non-empty string is required"),
        ('[[exception]]\nmodel = "m"\nfield = "context"\nreference = "litellm"\nreason = "r"\n',
         "exception 1 (m): field: 'context' names no audited field"),
        ('[[exception]]\nmodel = "m"\nfield = "context_window"\nreference = "lite"\nreason = "r"\n',
         "exception 1 (m): reference: 'lite' names none of litellm, models.dev, genai-prices"),
        ('[[exception]]\nmodel = "m"\nfield = "cost:*"\nreference = "genai-prices"\nreason = "r"\n'
         'values = 1\n', "exception 1 (m): unknown key 'values'"),
        ("[[exception]\n", "not valid TOML"),
        ('[exceptions]\nmodel = "m"\n', "unknown table 'exceptions'"),
    ],
)  # fmt: skip
def test_a_bad_exceptions_file_is_named_with_its_entry_and_field(
    refs: Path, text: str, message: str
) -> None:
    done = run_audit(refs, text)
    assert done.returncode == 3
    assert f"exceptions.toml: {message}" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_the_references_directory_from_the_environment_and_a_missing_file(refs: Path) -> None:
    done = run_audit(refs, "", "--json", env={"MODELREG_AUDIT_REFS": str(refs)})
    assert done.returncode == 1 and keys(report(done)["findings"], "unlisted") == UNLISTED
    (refs / "models-dev.json").unlink()
    missing = run_audit(refs, "")
    assert missing.returncode == 3
    assert f"{refs / 'models-dev.json'}: missing" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_the_reviewed_exceptions_file_of_the_repository_is_valid(refs: Path) -> None:
    listed = (SCRIPT.parent / "audit-exceptions.toml").read_text()
    done = run_audit(refs, listed, "--json")
    assert done.returncode == 1  # its exceptions are about built-in models: stale here
    result = report(done)
    assert len(result["stale"]) == listed.count("\n[[exception]]") > 0
    assert all(entry["reason"].strip() for entry in result["stale"])
