"""What the commands that scripts call most print, without typer: the typer commands and
the fast paths (modelreg.cli.fast) both call these, so both print the same bytes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from modelreg import schema as vocabulary
from modelreg.cli import output
from modelreg.cli.state import State
from modelreg.schema import Record

if TYPE_CHECKING:
    from modelreg.query.filters import Filters


def filters(show_all: bool = False, **conditions: Any) -> Filters:
    """The filters of command-line conditions: retired models hidden unless ``show_all`` or a
    status is asked for. An unparseable condition raises ValueError."""
    from modelreg.query.filters import Filters  # here: a point lookup needs no filter

    return Filters.parse(hide_retired=not show_all, **conditions)


def check_providers(state: State, wanted: Filters) -> None:
    """A provider no model has is a ValueError naming the closest ones (not an empty answer)."""
    if not wanted.providers:
        return
    known = {r["provider"].lower() for r in state.registry.records()}
    for provider in wanted.providers:
        if provider.lower() not in known:
            from difflib import get_close_matches

            close = get_close_matches(provider.lower(), sorted(known), n=2)
            hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
            raise ValueError(f"no model has provider {provider!r}{hint}")


def fields(given: str | None) -> list[str] | None:
    """The --fields list: field names (pricing.NAME for a price); ValueError names one that
    no record has, with the closest."""
    if not given:
        return None
    names = [name.strip() for name in given.split(",") if name.strip()]
    known = {*vocabulary.FIELDS, *(f"pricing.{k}" for k in vocabulary.PRICING_KEYS), "match"}
    for name in names:
        if name not in known:
            from difflib import get_close_matches

            close = get_close_matches(name, sorted(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ValueError(f"unknown field {name!r}{hint}")
    return names


def _project(objects: list[dict[str, Any]], names: list[str]) -> list[dict[str, Any]]:
    """Only the named fields of each object (pricing.NAME reads into the pricing object)."""

    def value(obj: dict[str, Any], name: str) -> Any:
        if name.startswith("pricing."):
            return (obj["pricing"] or {}).get(name.removeprefix("pricing."))
        return obj.get(name)

    return [{name: value(obj, name) for name in names} for obj in objects]


def emit_chosen(objects: list[dict[str, Any]], fmt: str, names: list[str]) -> None:
    """Models reduced to the --fields, in any format (a table's columns are the fields)."""
    chosen = _project(objects, names)
    if fmt == "json":
        output.emit_json(chosen)
    elif fmt == "jsonl":
        output.emit_jsonl(chosen)
    elif fmt == "csv":
        output.emit_csv(chosen, header=names)
    elif fmt == "ids":
        output.emit_models(objects, fmt)
    else:
        human = output.is_terminal()
        rows = [[output.text(obj[n], human) for n in names] for obj in chosen]
        output.emit_table(names, rows)


def emit_listing(
    state: State,
    fmt: str,
    wanted: Filters,
    *,
    sort: str | None = None,
    desc: bool = False,
    limit: int | None = None,
    fields: list[str] | None = None,
) -> None:
    """The models that pass the filters, sorted, cut and rendered."""
    from modelreg.query.filters import apply_filters

    records = apply_filters(state.registry.records(), wanted)
    if sort:
        from modelreg.query.sorting import sort_records

        records = sort_records(records, sort, descending=desc)
    records = records[:limit] if limit is not None else records
    if fields:
        emit_chosen(records, fmt, fields)
    else:
        output.emit_models(records, fmt, emphasis=sort)


def emit_search(
    state: State,
    query: str,
    fmt: str,
    wanted: Filters,
    *,
    limit: int | None = None,
    fields: list[str] | None = None,
) -> None:
    """The models matching a query, best first, among those that pass the filters."""
    from modelreg.query.search import search

    records = state.registry.records()
    if not wanted.is_empty():
        from modelreg.query.filters import apply_filters

        records = apply_filters(records, wanted)
    hits = search(records, query, limit=limit)
    if fields:
        emit_chosen([{**h.record, "match": h.match()} for h in hits], fmt, fields)
        return
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
