"""Fixture loading for the format tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"


def load(name: str) -> Any:
    """A JSON fixture of tests/formats/data."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def by_id(entries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Entries keyed by id."""
    return {entry["id"]: entry for entry in entries}
