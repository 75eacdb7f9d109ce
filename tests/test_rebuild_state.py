"""A rebuild from outside catalogs makes the registry it made before, value for value.

A frozen base (tests/data/rebuild/base.json: the built-in records LiteLLM's and models.dev's
test data fill or give offers to, as the built-in catalogs had them) is merged, then LiteLLM's
and models.dev's excerpts and slices (tests/formats/data) are filled over it together, as a
rebuild fills the enabled catalogs (and ``-c`` catalogs in a row). The registry's state
(records, names, offers, provenance, notes) must be the one recorded in
tests/data/rebuild/state.json.gz: every value, its type and its order. That file changes only
with a change meant to alter what a rebuild makes; write it anew with
``python tests/test_rebuild_state.py``.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any

import pytest

from modelreg import compile, fill, merge, sources
from modelreg.registry import ModelRegistry

HERE = Path(__file__).parent
FORMATS = HERE / "formats" / "data"
BASE = HERE / "data" / "rebuild" / "base.json"
STATE = HERE / "data" / "rebuild" / "state.json.gz"
TODAY = "2026-12-01"  # the statuses recorded are those of this day


def outside_documents() -> dict[str, Any]:
    """LiteLLM's and models.dev's test data, each as one document (excerpt and slice)."""
    litellm = json.loads((FORMATS / "litellm_excerpt.json").read_text(encoding="utf-8"))
    litellm.update(json.loads((FORMATS / "litellm_slice.json").read_text(encoding="utf-8")))
    models_dev = json.loads((FORMATS / "models_dev_excerpt.json").read_text(encoding="utf-8"))
    more = json.loads((FORMATS / "models_dev_slice.json").read_text(encoding="utf-8"))
    for provider, block in more.items():
        models_dev.setdefault(provider, {**block, "models": {}})["models"].update(block["models"])
    return {"litellm": litellm, "models.dev": models_dev}


def rebuilt_state(checked: bool = False) -> dict[str, Any]:
    """The base, then the outside documents filled over it: the registry's state as JSON
    keeps it (tuples become lists; values, types and order stay). ``checked``: the
    documents' entries validated before, as a converted copy keeps them (Source.problems),
    so that their models are made without validating them again."""
    registry = ModelRegistry()
    merge.merge(registry, sources.parse_catalog(BASE.read_bytes(), "builtin", str(BASE)))
    outside = [
        sources.parse_catalog(json.dumps(doc), f"outside:{fmt}", fmt=fmt)
        for fmt, doc in outside_documents().items()
    ]
    if checked:
        for source in outside:
            source.problems = fill.problems(source.entries)
    compile.add_sources(registry, outside)
    return json.loads(json.dumps(registry.state()))  # type: ignore[no-any-return]


def differences(got: Any, want: Any, where: str = "state") -> list[str]:
    """Where two states differ, value by value (dict keys in order, 1 apart from 1.0)."""
    if isinstance(got, dict) and isinstance(want, dict):
        if list(got) != list(want):
            return [f"{where}: keys {list(got)[:8]}... != {list(want)[:8]}..."]
        return [d for k in got for d in differences(got[k], want[k], f"{where}[{k!r}]")]
    if isinstance(got, list) and isinstance(want, list) and len(got) == len(want):
        return [
            d
            for i, pair in enumerate(zip(got, want, strict=True))
            for d in differences(*pair, f"{where}[{i}]")
        ]
    if type(got) is not type(want) or got != want:
        return [f"{where}: {got!r} != {want!r}"]
    return []


@pytest.mark.parametrize("checked", [False, True], ids=["validated", "validated-before"])
def test_a_rebuild_makes_the_registry_recorded(
    monkeypatch: pytest.MonkeyPatch, checked: bool
) -> None:
    monkeypatch.setenv("MODELREG_TODAY", TODAY)
    want = json.loads(gzip.decompress(STATE.read_bytes()))
    got = rebuilt_state(checked)
    assert differences(got, want)[:10] == []
    offers = [o for r in got["models"].values() for o in r["offers"] or ()]
    assert len(got["models"]) > 50 and len(offers) > 100  # sellers' offers, not just gaps
    assert {o["seller"] for o in offers} >= {"bedrock", "azure", "vertex_ai", "openrouter"}


if __name__ == "__main__":
    os.environ["MODELREG_TODAY"] = TODAY
    STATE.write_bytes(gzip.compress(json.dumps(rebuilt_state(), indent=1).encode(), mtime=0))
    print(f"wrote {STATE}")
