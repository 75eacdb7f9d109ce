"""What the commands that scripts call most print, without typer: the typer commands and
the fast paths (modelreg.cli.fast) both call these, so both print the same bytes."""

from __future__ import annotations

from typing import Any

from modelreg import record as vocabulary
from modelreg.cli import output
from modelreg.cli.state import State
from modelreg.query.filters import Filters, apply_filters
from modelreg.record import Record


def filters(show_all: bool = False, **conditions: Any) -> Filters:
    """The filters of command-line conditions: retired models hidden unless ``show_all`` or a
    status is asked for. An unparseable condition raises ValueError."""
    return Filters.parse(hide_retired=not show_all, **conditions)


def emit_listing(
    state: State,
    fmt: str,
    wanted: Filters,
    *,
    sort: str | None = None,
    desc: bool = False,
    limit: int | None = None,
) -> None:
    """The models that pass the filters, sorted, cut and rendered."""
    records = apply_filters(state.registry.records(), wanted)
    if sort:
        from modelreg.query.sorting import sort_records

        records = sort_records(records, sort, descending=desc)
    records = records[:limit] if limit is not None else records
    output.emit_models(records, fmt)


def emit_search(
    state: State, query: str, fmt: str, wanted: Filters, *, limit: int | None = None
) -> None:
    """The models matching a query, best first, among those that pass the filters."""
    from modelreg.query.search import search

    records = state.registry.records()
    if not wanted.is_empty():
        records = apply_filters(records, wanted)
    hits = search(records, query, limit=limit)
    output.emit_models(
        [h.record for h in hits],
        fmt,
        extras=[{"match": h.match()} for h in hits],
        extra_shape={"match": {"score": 0.0, "matched": []}},
    )


def looked_up(state: State, model_id: str, auto_create: bool = False) -> Record:
    """A model's record; a note on stderr when it is retired or deprecated."""
    record = state.lookup(model_id, auto_create)
    note = lifecycle_note(record)
    if note:
        output.note(note)
    return record


def lifecycle_note(record: Record) -> str:
    """One line about a retired model: when, and what to use instead ("" for any other)."""
    if record["status"] != "retired":
        return ""
    when = f" on {record['retirement_date']}" if record["retirement_date"] else ""
    text = f"note: {record['id']} was retired{when}"
    if record["successor"]:
        text += f"; its provider recommends {record['successor']}"
    return text


def capabilities_view(state: State, model_id: str, auto_create: bool = False) -> dict[str, Any]:
    """The capabilities response of a model (with the lifecycle note on stderr)."""
    return vocabulary.capability_view(looked_up(state, model_id, auto_create))
