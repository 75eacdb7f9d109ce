"""Outside catalogs through the command line: prefixes, warnings, errors."""

from __future__ import annotations

from pathlib import Path

from .conftest import Run

DATA = Path(__file__).resolve().parents[1] / "formats" / "data"


def test_search_an_outside_catalog(cli: Run) -> None:
    out = cli("-c", f"litellm:{DATA / 'litellm_excerpt.json'}", "search", "gpt-4o", "--json")
    assert out.code == 0, out.stderr
    ids = [m["id"] for m in out.json()]
    assert ids[0] == "gpt-4o" and "azure/gpt-4o" not in ids  # a seller's copy is an offer
    assert "warning:" in out.stderr and "skipped" in out.stderr  # stdout stays data
    excerpt = f"litellm:{DATA / 'litellm_excerpt.json'}"
    rows = cli("-c", excerpt, "search", "gpt-4o", "--offers", "--json").json()
    assert {"gpt-4o", "azure/gpt-4o"} <= {m["id"] for m in rows}


def test_a_document_of_no_known_format_exits_3(cli: Run, tmp_path: Path) -> None:
    odd = tmp_path / "odd.json"
    odd.write_text('{"foo": 1}', encoding="utf-8")
    out = cli("-c", str(odd), "list")
    assert out.code == 3
    assert "odd.json" in out.stderr and "'foo'" in out.stderr


def test_prefer_outside_is_a_global_option(cli: Run, tmp_path: Path) -> None:
    doc = tmp_path / "l.json"
    doc.write_text(
        '{"gpt-4o": {"litellm_provider": "openai", "mode": "chat", "max_output_tokens": 999}}',
        encoding="utf-8",
    )
    plain = cli("-c", f"litellm:{doc}", "capabilities", "gpt-4o", "--json").json()
    preferred = cli(
        "--prefer-outside", "-c", f"litellm:{doc}", "capabilities", "gpt-4o", "--json"
    ).json()
    assert plain["max_completion_tokens"] == 16_384
    assert preferred["max_completion_tokens"] == 999
