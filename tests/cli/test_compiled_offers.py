"""What a snapshot keeps apart from the state every listing reads (the models' offers, the
names that reach them) is read when a command asks for it, and a registry read from the
snapshot answers as the registry built from the sources does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from modelreg import inputs, snapshot
from modelreg.compile import load_registry

from .conftest import run_in_process, run_script, write_catalog

DATA = Path(__file__).parent.parent / "formats" / "data"
CATALOGS = [
    f"litellm:{DATA / 'litellm_excerpt.json'}",
    f"models.dev:{DATA / 'models_dev_excerpt.json'}",
]
EXCERPTS = tuple(arg for catalog in CATALOGS for arg in ("-c", catalog))


def _forget_snapshots() -> None:
    for path in inputs.cache_dir().glob(f"{snapshot.PREFIX}*{snapshot.SUFFIX}"):
        path.unlink()


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--json"),
        ("search", "gpt", "--json"),
        ("list", "--format", "csv"),
        ("list", "--fields", "id,offers"),
        ("list", "--via", "azure", "--json"),
        ("list", "--offers", "--json"),
        ("show", "gpt-4o", "--json"),
        ("show", "azure/gpt-4o", "--json"),
        ("capabilities", "azure/gpt-4o", "--json"),
    ],
)
def test_compiled_or_built_a_command_prints_the_same_offers(
    isolated: Path, args: tuple[str, ...]
) -> None:
    built = run_script(*EXCERPTS, *args)
    compiled = run_script(*EXCERPTS, *args)  # from the snapshot the first run wrote
    assert built.code == compiled.code == 0, compiled.stderr
    assert compiled.stdout == built.stdout
    if "--json" in args and args[0] != "capabilities":
        shown = json.loads(compiled.stdout)
        models = shown if isinstance(shown, list) else [shown]
        assert any(m["offers"] for m in models)
    if args[0] == "list" and "--offers" not in args and "--via" not in args:
        assert "azure/gpt-4o" in compiled.stdout  # gpt-4o's offer, by its seller's id


def test_a_sellers_id_and_a_typo_resolve_alike_from_the_snapshot(isolated: Path) -> None:
    for _ in range(2):  # built, then compiled
        sold = run_script(*EXCERPTS, "capabilities", "azure/gpt-4o", "--json").json()
        assert sold["model"] == "gpt-4o"
        ft = run_script(*EXCERPTS, "show", "ft:azure/gpt-4o:acme::x1", "--json").json()
        assert ft["fine_tuned_from"] == "gpt-4o" and ft["offers"]
        typo = run_script(*EXCERPTS, "show", "gpt-4oo")
        assert typo.code == 1 and "did you mean 'gpt-4o'" in typo.stderr


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the commands of this test read of what a snapshot keeps apart."""
    read: list[str] = []
    offers, names = snapshot.Apart.offers, snapshot.Apart.names

    def counted_offers(self: snapshot.Apart, ids: Any = None) -> Any:
        read.append("offers")
        return offers(self, ids)

    def counted_names(self: snapshot.Apart) -> Any:
        read.append("names")
        return names(self)

    monkeypatch.setattr(snapshot.Apart, "offers", counted_offers)
    monkeypatch.setattr(snapshot.Apart, "names", counted_names)
    return read


@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("list", "--format", "ids"),
        ("search", "vision"),
        ("filter", "--capability", "vision", "--max-prompt-price", "1"),
        ("list", "--provider", "openai", "--sort", "prompt-price", "--json", "--fields", "id"),
    ],
)
def test_a_listing_from_the_snapshot_reads_no_offers(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    assert run_in_process(*EXCERPTS, "list", "--format", "ids").code == 0  # compiles
    read = _counting(monkeypatch)
    out = run_in_process(*EXCERPTS, *args)
    assert out.code == 0 and out.stdout
    assert read == []


def test_a_json_listing_reads_the_offers_of_the_models_it_prints(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_in_process(*EXCERPTS, "list", "--format", "ids").code == 0  # compiles
    read = _counting(monkeypatch)
    shown = run_in_process(*EXCERPTS, "search", "gpt-4o", "--limit", "1", "--json").json()
    assert [m["id"] for m in shown] == ["gpt-4o"] and shown[0]["offers"]
    assert read == ["offers"]


def test_the_librarys_registry_from_the_snapshot_is_the_built_one(isolated: Path) -> None:
    built = load_registry(CATALOGS)
    compiled = load_registry(CATALOGS)  # whole: offers and names read at once
    command = load_registry(CATALOGS, whole=False)  # read when asked
    for registry in (compiled, command):
        assert registry.records() == built.records()
        assert registry.resolve_id("azure/gpt-4o") == "gpt-4o"
        assert registry.get_record("azure/gpt-4o")["offers"] == built.get_record("gpt-4o")["offers"]
        assert registry.suggestions("gpt-4oo") == built.suggestions("gpt-4oo")
        assert registry.state() == built.state()
    assert any(r["offers"] for r in compiled.records())


def test_a_commands_registry_reads_on_the_snapshot_it_opened(isolated: Path) -> None:
    """A source changes and the snapshot is rebuilt (another command) while a command's
    registry still reads offers and names: it reads the snapshot it opened, whole."""
    catalog = write_catalog(isolated / "extra.json", [{"id": "acme/one"}])
    load_registry([*CATALOGS, str(catalog)])  # compiles
    command = load_registry([*CATALOGS, str(catalog)], whole=False)
    write_catalog(catalog, [{"id": "acme/one"}, {"id": "acme/two"}])
    whole = load_registry([*CATALOGS, str(catalog)])  # rebuilt, renamed into place
    assert "acme/two" in whole.names() and whole.get_record("gpt-4o")["offers"]
    assert command.get_record("gpt-4o")["offers"] == whole.get_record("gpt-4o")["offers"]
    assert "acme/two" not in command.names()
    assert command.get_record("azure/gpt-4o")["id"] == "gpt-4o"
