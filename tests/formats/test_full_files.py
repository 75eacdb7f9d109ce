"""The full LiteLLM and models.dev files, where they are given (else skipped, saying how).

``MODELREG_REFERENCES=DIR`` names a directory holding ``litellm.json`` and
``models-dev.json`` (``../shared/tools/fetch-references DIR`` or ``make audit`` fetch them).
Each file is read and converted once; every entry must validate as a ModelDefinition.
"""

from __future__ import annotations

import gzip
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from modelreg.formats import Converted, convert
from modelreg.schema.definition import ModelDefinition

REFERENCES = "MODELREG_REFERENCES"
FILES = {"litellm": "litellm.json", "models.dev": "models-dev.json"}
_CONVERTED: dict[str, tuple[Converted, float]] = {}


def converted(fmt: str) -> tuple[Converted, float]:
    """A full file converted (cached for the module), and the seconds convert took."""
    if fmt not in _CONVERTED:
        where = os.environ.get(REFERENCES, "")
        if not where:
            pytest.skip(f"set {REFERENCES}=DIR (a directory with {FILES[fmt]}) to run this")
        path = Path(where) / FILES[fmt]
        if not path.exists():
            pytest.skip(f"{path} not present ({REFERENCES}={where})")
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        doc: Any = json.loads(raw)
        started = time.process_time()
        result = convert(doc, label=str(path))
        _CONVERTED[fmt] = (result, time.process_time() - started)
    return _CONVERTED[fmt]


@pytest.mark.parametrize("fmt", list(FILES))
def test_the_full_file_converts_and_validates(fmt: str) -> None:
    result, _ = converted(fmt)
    assert result.format == fmt
    assert len(result.entries) > 4000
    TypeAdapter(list[ModelDefinition]).validate_python(result.entries)
    ids = [entry["id"].lower() for entry in result.entries]
    assert len(ids) == len(set(ids))
    for _, reason in result.skipped:
        assert (
            reason.startswith(
                ("duplicate id", "mode ", "a price template", "an alias of", "not an object")
            )
            or reason == "a per-size image price of 0 or none"
        ), reason
    if fmt == "litellm":  # the per-size image price keys are prices of their models
        assert not [e["id"] for e in result.entries if "-x-" in e["id"]]
        by_id = {e["id"]: e for e in result.entries}
        assert len(by_id["gpt-image-1"]["pricing"]["image_prices"]) == 9


def test_gpt_5_in_both_full_files() -> None:
    litellm = {e["id"]: e for e in converted("litellm")[0].entries}
    models_dev = {e["id"]: e for e in converted("models.dev")[0].entries}
    assert "context_window" not in litellm["gpt-5"]
    assert litellm["gpt-5"]["max_completion_tokens"] == 128000
    assert models_dev["gpt-5"]["context_window"] == 400000
