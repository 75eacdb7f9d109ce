"""bench/coverage.py: which ids count, which leave the denominator and why, what is covered,
on small fixture references against the built-ins (no network: a stand-in for genai-prices)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import fake_references

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "coverage.py"

LITELLM = {
    "sample_spec": {"litellm_provider": "openai"},
    # covered by an alias of the built-in gpt-4o-mini-transcribe
    "gpt-4o-mini-transcribe-2025-12-15": {"litellm_provider": "openai", "mode": "chat"},
    "fx-unknown-model": {"litellm_provider": "openai", "mode": "chat"},
    "fx-gone-model": {
        "litellm_provider": "openai",
        "mode": "chat",
        "deprecation_date": "2020-01-01",
    },
    "openai/container": {"litellm_provider": "openai", "code_interpreter_cost_per_session": 0.03},
    "deepseek/search": {"litellm_provider": "deepseek", "mode": "search"},
    "ft:gpt-4o-mini": {"litellm_provider": "openai", "mode": "chat"},
    # a route prefix LiteLLM puts before NVIDIA's own id (an alias modelreg carries)
    "nvidia_nim/nvidia/nv-rerankqa-mistral-4b-v3": {"litellm_provider": "nvidia_nim"},
    "azure/gpt-4o": {"litellm_provider": "azure", "mode": "chat"},
}
MODELS_DEV = {
    "openai": {"id": "openai", "models": {"gpt-5-chat-latest": {"id": "gpt-5-chat-latest"}}},
    "nvidia": {
        "id": "nvidia",
        "models": {
            "nvidia/nv-embed-v1": {"id": "nvidia/nv-embed-v1"},
            # 3D perception: no kind of modelreg's fits (OUT_OF_SCOPE)
            "nvidia/bevformer": {"id": "nvidia/bevformer"},
            "google/gemma-3-27b-it": {"id": "google/gemma-3-27b-it"},
        },
    },
    "llama": {"id": "llama", "models": {"groq-llama-4-fx": {"id": "groq-llama-4-fx"}}},
}
# A stand-in for genai_prices.data: providers of models, each with its own matching.
FAKE_DATA = """
from types import SimpleNamespace

def _model(id, names, deprecated=None):
    match = SimpleNamespace(is_match=lambda text: text in names)
    return SimpleNamespace(id=id, deprecated=deprecated, match=match)

providers = [
    SimpleNamespace(id="openai", models=[
        _model("codex-mini", {"codex-mini", "codex-mini-latest"}),
        _model("ada", {"ada"}),
        _model("gpt-5-image", {"gpt-5-image"}),
        _model("fx-old", {"fx-old"}, deprecated=True),
    ]),
    SimpleNamespace(id="mistral", models=[_model("zai-glm-fx", {"zai-glm-fx"})]),
]
"""


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    """A references directory as bench/README.md describes it, genai-prices faked."""
    return fake_references(tmp_path, LITELLM, MODELS_DEV, {"__init__.py": "", "data.py": FAKE_DATA})


def run(refs: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(refs / "cfg"), "XDG_CACHE_HOME": str(refs)}
    env.pop("MODELREG_AUDIT_REFS", None)
    command = [sys.executable, str(SCRIPT), "--refs", str(refs), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


def report(refs: Path) -> dict[str, Any]:
    done = run(refs, "--json")
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_what_counts_what_is_covered_and_what_leaves_the_denominator(refs: Path) -> None:
    openai = report(refs)["openai"]
    assert [m["id"] for m in openai["missing"]] == ["fx-unknown-model"]
    # covered: a dated alias, as LiteLLM spells it
    assert (openai["current"], openai["covered"]) == (2, 1)
    assert openai["share"] == 0.5
    # known to modelreg as retired: gpt-5-chat-latest, and codex-mini through genai-prices'
    # own matching (it takes modelreg's codex-mini-latest)
    assert set(openai["retired_in_modelreg"]) == {"gpt-5-chat-latest", "codex-mini"}
    gone = {g["id"]: g["by"] for g in openai["not_current"]}
    assert gone["fx-gone-model"] == ["litellm"]
    assert gone["fx-old"] == ["genai-prices"]
    assert gone["ada"][0].startswith("maker: shut down 2024-01-04, https://developers.openai")
    assert [o["id"] for o in openai["not_the_makers"]] == ["gpt-5-image"]


def test_tools_templates_resales_and_other_makers_are_not_the_makers_models(
    refs: Path,
) -> None:
    result = report(refs)
    everything = json.dumps(result)
    for name in ("container", "ft:gpt-4o-mini", "search", "gemma", "groq-llama", "zai-glm"):
        assert name not in everything
    nvidia = result["nvidia"]
    # NVIDIA's own models, one through LiteLLM's route prefix: both resolve
    assert (nvidia["current"], nvidia["covered"], nvidia["missing"]) == (2, 2, [])
    [beyond] = nvidia["out_of_scope"]
    assert beyond["id"] == "nvidia/bevformer" and "build.nvidia.com" in beyond["why"]
    assert result["meta"]["current"] == 0 and result["meta"]["share"] == 1.0


def test_the_table_and_the_missing_ids_for_people(refs: Path) -> None:
    done = run(refs, "--provider", "openai", "--provider", "nvidia")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == [
        "provider", "current", "covered", "share", "retired", "gone", "not-maker's", "no-kind"
    ]  # fmt: skip
    assert lines[1].split() == ["openai", "2", "1", "50.0%", "2", "3", "1", "0"]
    assert lines[2].split() == ["nvidia", "2", "2", "100.0%", "0", "0", "0", "1"]
    assert lines[3].split() == ["all", "4", "3", "75.0%"]
    assert "openai: missing 1" in done.stdout
    assert "fx-unknown-model" in done.stdout and "nvidia: missing" not in done.stdout


def test_a_reference_that_cannot_be_read_is_named(refs: Path) -> None:
    (refs / "models-dev.json").write_text("{not json")
    done = run(refs)
    assert done.returncode == 3
    assert done.stderr.startswith(f"coverage: {refs / 'models-dev.json'}: not valid JSON")
    (refs / "litellm.json").unlink()
    done = run(refs)
    assert done.returncode == 3
    assert f"{refs / 'litellm.json'}: cannot read" in done.stderr
