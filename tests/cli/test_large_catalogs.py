"""A large catalog (past documents._SMALL: the catalog parser reads it, not the small-document
one) merges as any catalog: its models, their provenance, patches, "extends", fine-tuned ids,
and errors naming the entry and field, the console script's as the library's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from modelreg import merge, sources
from modelreg.errors import CatalogError
from modelreg.registry import ModelRegistry, builtin
from modelreg.schema.validation import validate_record
from modelreg.sources import documents

from .conftest import Run, write_catalog

COUNT = 3500  # about 1.2 MB: past documents._SMALL


def entry(i: int) -> dict[str, Any]:
    return {
        "id": f"org-{i % 7}/model-{i}",
        "name": f"Model {i}",
        "provider": f"org-{i % 7}",
        "description": f"A test model number {i}, for the large-catalog path.",
        "context_window": 4096 * (1 + i % 8),
        "supports_vision": i % 2 == 0,
        "release_date": f"2025-0{1 + i % 9}-1{i % 10}",
        "tags": ["open-weights", f"t{i % 5}"],
        "aliases": [f"m{i}"],
        "pricing": {"prompt_price_per_1m": 0.5 + i % 3, "completion_price_per_1m": i % 4},
    }


def catalog(tmp_path: Path, changes: dict[int, dict[str, Any]] | None = None) -> Path:
    models = [entry(i) for i in range(COUNT)]
    for index, change in (changes or {}).items():  # past the end: one more entry
        if index < COUNT:
            models[index] = {**models[index], **change}
        else:
            models.append(change)
    path = write_catalog(tmp_path / "big.json", {"format_version": 1, "models": models})
    assert path.stat().st_size > documents._SMALL
    return path


def merged(path: Path) -> tuple[ModelRegistry | None, str | None]:
    """The registry (or the error) merging the catalog over the built-in models gives."""
    read = sources.read_location(str(path))
    registry = builtin().copy()
    try:
        merge.merge(registry, read)
    except CatalogError as exc:
        return None, str(exc)
    return registry, None


def test_a_large_valid_catalog_gives_its_models(tmp_path: Path) -> None:
    path = catalog(tmp_path)
    registry, error = merged(path)
    assert error is None and registry is not None
    assert len(registry.records()) == len(builtin().records()) + COUNT
    assert registry.get_record("org-3/model-10") == validate_record(entry(10))
    assert registry.resolve_id("M3499") == "org-6/model-3499"
    assert registry.provenance("org-3/model-10") == [sources.read_location(str(path)).label]


def test_the_console_script_shows_a_model_of_it(tmp_path: Path, script: Run) -> None:
    path = catalog(tmp_path)
    shown = script("-c", str(path), "show", "m42", "--json").json()
    assert shown["id"] == "org-0/model-42"
    assert shown["created"] > 0  # from the release date, as for any catalog
    assert shown["pricing"]["completion_price_per_1m"] == 2.0
    assert shown["supports_streaming"] is True
    listed = script("-c", str(path), "sources", "--json").json()
    assert [s["models"] for s in listed if s["kind"] == "catalog"] == [COUNT]


@pytest.mark.parametrize(
    ("changes", "model_id", "field", "value"),
    [
        (
            {COUNT: {"id": "gpt-4o", "description": "Patched by a large catalog."}},
            "gpt-4o",
            "description",
            "Patched by a large catalog.",
        ),
        (
            {COUNT: {"id": "org-0/model-0-mini", "extends": "org-0/model-0", "aliases": []}},
            "org-0/model-0-mini",
            "context_window",
            4096,
        ),
        ({COUNT: {"id": "ft:gpt-4o-mini:acme::big1"}}, "ft:gpt-4o-mini:acme::big1", "kind", "chat"),
        (
            {1500: {"id": "GPT-4O", "name": "Patched under another case"}},
            "gpt-4o",
            "name",
            "Patched under another case",
        ),
    ],
    ids=["patch", "extends", "fine-tuned", "patch-by-case"],
)
def test_a_large_catalog_patches_and_extends(
    tmp_path: Path, changes: dict[int, dict[str, Any]], model_id: str, field: str, value: Any
) -> None:
    registry, error = merged(catalog(tmp_path, changes))
    assert error is None and registry is not None
    assert registry.get_record(model_id)[field] == value


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        ({2500: {"context_window": "big"}}, "field 'context_window'"),
        ({2500: {"id": "org-0/model-0"}}, "the same model as entry 0"),
        ({2500: {"id": "M1"}}, "the same model as entry 1"),
        ({2500: {"aliases": ["m7"]}}, "alias 'm7'"),
        ({2500: {"context_windw": 1}}, "unknown field (did you mean 'context_window'?)"),
        ({2500: {"pricing": {"prompt_price_per_1m": -1}}}, "field 'pricing.prompt_price_per_1m'"),
        ({2500: {"retirement_date": "2024-02-30"}}, "field 'retirement_date'"),
        ({2500: {"kind": "embedding", "supports_function_calling": True}}, "an embedding model"),
        ({2500: {"aliases": ["org-1/model-2500"], "id": "org-1/model-2500"}}, "own id"),
    ],
)
def test_a_bad_entry_in_a_large_catalog_is_named_with_its_field(
    tmp_path: Path, changes: dict[int, dict[str, Any]], says: str, script: Run, cli: Run
) -> None:
    path = catalog(tmp_path, changes)
    _, error = merged(path)
    assert error is not None and says in error and "entry 2500" in error
    run = script if says == "field 'context_window'" else cli  # the same main() in-process
    out = run("-c", str(path), "list", "--format", "ids")
    assert (out.code, out.stdout, out.stderr) == (3, "", f"error: {error}\n")


def test_a_large_catalog_that_is_not_json_names_the_line_and_column(
    tmp_path: Path, script: Run
) -> None:
    path = catalog(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[:-2] + b",]}")
    out = script("-c", str(path), "list")
    assert out.code == 3 and "invalid JSON at line 1, column" in out.stderr
    path.write_bytes(data.replace(b'"Model 7"', b'"Model \\ud800"', 1))
    out = script("-c", str(path), "list")
    assert out.code == 3 and "invalid JSON at line 1, column" in out.stderr
    assert "hex escape" in out.stderr  # a lone surrogate


def test_what_only_the_parser_takes_is_judged_by_its_field(tmp_path: Path, script: Run) -> None:
    """NaN is not JSON, but the catalog parser reads it, and the entry's field then refuses
    it by name."""
    path = catalog(tmp_path, {2500: {"fine_tuning_config": {"lr": 1e-5}}})
    path.write_text(path.read_text().replace('"lr": 1e-05', '"lr": NaN'))
    _, error = merged(path)
    assert error is not None and "finite numbers only" in error and "entry 2500" in error
    out = script("-c", str(path), "list", "--format", "ids")
    assert (out.code, out.stderr) == (3, f"error: {error}\n")


@pytest.mark.parametrize("encoding", ["utf-8", "ascii"])
def test_thousands_of_models_come_out_as_one_json_array(
    tmp_path: Path, encoding: str, script: Run
) -> None:
    """Piped JSON is encoded a thousand objects at a time; the pieces make one array."""
    path = catalog(tmp_path, {8: {"name": "Modèle 8"}})
    env = {"PYTHONIOENCODING": encoding}
    out = script("-c", str(path), "filter", "--capability", "vision", "--json", env=env)
    ours = [m for m in out.json() if m["id"].startswith("org-")]
    assert [m["id"] for m in ours] == [entry(i)["id"] for i in range(0, COUNT, 2)]
    assert ours[4]["name"] == "Modèle 8"
    assert out.stdout.endswith("}]\n") and out.stdout.isascii() == (encoding == "ascii")
    wide = script("-c", str(path), "search", "model", "--json", "--limit", "2500", env=env)
    assert len(wide.json()) == 2500 and all(m["match"]["matched"] for m in wide.json())
