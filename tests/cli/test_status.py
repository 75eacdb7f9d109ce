"""Exit statuses: one table, and every error the core raises on purpose maps into it."""

from __future__ import annotations

import pytest

from modelreg import errors, sources
from modelreg.cli import status, terminal


def _subclasses(kind: type) -> list[type]:
    found = []
    for sub in kind.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def _instance(kind: type) -> errors.ModelRegError:
    if issubclass(kind, sources.FileReadError):
        return kind("a source", "a problem", None)
    if issubclass(kind, errors.CatalogError):
        return kind("a source", "a problem")  # type: ignore[no-any-return]
    if issubclass(kind, errors.ModelNotFoundError):
        return kind("nope")  # type: ignore[no-any-return]
    return kind("a problem")  # type: ignore[no-any-return]


@pytest.mark.parametrize("kind", _subclasses(errors.ModelRegError), ids=lambda k: k.__name__)
def test_every_error_of_the_core_has_a_status_and_one_line(
    kind: type, capsys: pytest.CaptureFixture[str]
) -> None:
    code = terminal.report(_instance(kind))
    assert code in (status.NOT_FOUND, status.USAGE, status.CATALOG, status.STORE)
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "a problem" in err or "'nope' not found" in err


def test_the_statuses_are_distinct() -> None:
    names = ("OK", "NOT_FOUND", "USAGE", "CATALOG", "STORE", "VIOLATIONS", "OUTPUT")
    codes = [getattr(status, name) for name in (*names, "INTERNAL", "INTERRUPTED")]
    assert len(set(codes)) == len(codes)
    assert [getattr(status, name) for name in names] == list(range(7))


def test_a_file_read_error_is_a_catalog_error() -> None:
    assert terminal.report(sources.FileReadError("f", "gone", 2)) == status.CATALOG
