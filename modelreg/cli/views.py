"""What the commands that scripts call most print, without typer: the typer commands and
the front door (modelreg.cli.fast) both call these, so both print the same bytes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from modelreg import schema as vocabulary
from modelreg.cli import output, terminal
from modelreg.cli.state import State
from modelreg.schema import Record

if TYPE_CHECKING:
    from modelreg.query.filters import Filters


def filters(show_all: bool = False, **conditions: Any) -> Filters:
    """The filters of command-line conditions: retired models hidden unless ``show_all`` or a
    status is asked for, and fictional ids unless ``show_all``. An unparseable condition
    raises ValueError."""
    from modelreg.query.filters import Filters  # here: a point lookup needs no filter

    return Filters.parse(hide_retired=not show_all, hide_fictional=not show_all, **conditions)


def check_providers(state: State, wanted: Filters) -> None:
    """A provider no model has is a ValueError naming the closest ones (not an empty answer)."""
    if not wanted.providers:
        return
    known = {r["provider"].lower() for r in state.registry.records(offers=False)}
    for provider in wanted.providers:
        if provider.lower() not in known:
            from difflib import get_close_matches

            sellers = {
                o["seller"].lower() for r in state.registry.records() for o in r["offers"] or ()
            }
            close = get_close_matches(provider.lower(), sorted(known), n=2)
            hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
            if provider.lower() in sellers:
                hint = f"; {provider} sells others' models: --via {provider}"
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
            from modelreg.query.parsers import did_you_mean

            listed = [*vocabulary.FIELDS, *(f"pricing.{k}" for k in vocabulary.PRICING_KEYS)]
            hint = did_you_mean(name, listed) or f"; the fields: {', '.join(listed)}"
            raise ValueError(f"unknown field {name!r}{hint}")
    return names


def _project(objects: list[dict[str, Any]], names: list[str]) -> list[dict[str, Any]]:
    """Only the named fields of each object (pricing.NAME reads into the pricing object)."""

    def value(obj: dict[str, Any], name: str) -> Any:
        if name.startswith("pricing."):
            return (obj["pricing"] or {}).get(name.removeprefix("pricing."))
        return obj.get(name)

    return [{name: value(obj, name) for name in names} for obj in objects]


def emit_chosen(
    objects: list[dict[str, Any]], fmt: str, names: list[str], hidden: str | None = None
) -> None:
    """Models reduced to the --fields, in any format (a table's columns are the fields;
    ``hidden`` ends its footer in a terminal)."""
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
        from modelreg.cli import figures, tables  # a table's: a point lookup's JSON needs none

        human = terminal.is_terminal()
        rows = [[figures.text(obj[n], human, n) for n in names] for obj in chosen]
        if not human:
            tables.emit_plain(names, rows)
        elif rows:
            count = f"{len(rows)} model" + ("" if len(rows) == 1 else "s")
            caption = f"{count} ({hidden})" if hidden else count
            tables.emit_rich_table(names, rows, caption=caption, priority=list(range(len(names))))


def listed(state: State, wanted: Filters) -> list[Record]:
    """The rows a listing starts from: a model each (its offers perhaps not read yet:
    ``read_shown_offers``), or (--offers) an offer each; with --via, those of the sellers
    asked for, at their prices."""
    if wanted.offer_rows or wanted.sellers:
        from modelreg import offers

        records = state.registry.records()
        if wanted.offer_rows:
            return offers.rows(records, wanted.sellers)
        return offers.via(records, wanted.sellers)
    return state.registry.records(offers=False)


def read_shown_offers(
    state: State, records: Sequence[Record], fmt: str, fields: list[str] | None
) -> None:
    """Read the offers of the rows a listing prints if it prints them: JSON, JSONL and CSV
    show every field, --fields those it names; tables and ids show no offers."""
    if ("offers" in fields) if fields else fmt in ("json", "jsonl", "csv"):
        state.registry.read_offers(records)


def _passing(state: State, wanted: Filters) -> tuple[list[Record], list[Record]]:
    """(the records that pass the filters, those that pass but are hidden by default)."""
    from modelreg.query.filters import apply_filters

    records = listed(state, wanted)
    wider = wanted.revealing()
    if wider is None:
        return apply_filters(records, wanted), []
    passing = apply_filters(records, wider) if not wider.is_empty() else list(records)
    hides = wanted.hides
    hidden = [r for r in passing if hides(r)]
    return ([r for r in passing if not hides(r)] if hidden else passing), hidden


def hidden_summary(hidden: Sequence[Record]) -> str | None:
    """What a listing left out, for its footer: '100 retired and 1 fictional hidden: --all'."""
    if not hidden:
        return None
    fictional = sum(1 for r in hidden if r["fictional"])
    parts = [f"{len(hidden) - fictional} retired"] if len(hidden) > fictional else []
    parts += [f"{fictional} fictional"] if fictional else []
    return f"{' and '.join(parts)} hidden: --all"


def _named(records: Sequence[Record], most: int = 5) -> str:
    """The ids of some records, for a message: 'a, b, c' or 'a, b, c, d, e and 3 more'."""
    ids = [r["id"] for r in records[:most]]
    more = len(records) - len(ids)
    return ", ".join(ids) + (f" and {more} more" if more else "")


def _which(records: Sequence[Record], verb: str) -> str:
    """'4 retired ones do', '1 retired one does', '1 fictional one', '2 hidden ones'."""
    kinds = {"fictional" if r["fictional"] else "retired" for r in records}
    kind = kinds.pop() if len(kinds) == 1 else "hidden"
    if len(records) == 1:
        return f"1 {kind} one {verb}es" if verb.endswith(("o", "h")) else f"1 {kind} one {verb}s"
    return f"{len(records)} {kind} ones {verb}"


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
    """The models that pass the filters, sorted, cut and rendered. Retired and fictional
    models left out are never left out silently: the footer counts them, and when nothing
    else passes, stderr names them."""
    records, hidden = _passing(state, wanted)
    if not records:
        if hidden:
            terminal.note(
                f"no active model matches; {_which(hidden, 'do')} ({_named(hidden)}): add --all"
            )
        elif fmt == "table":
            terminal.note("no models match")
    if sort:
        from modelreg.query.sorting import sort_records

        records = sort_records(records, sort, descending=desc, include_free=wanted.include_free)
    records = records[:limit] if limit is not None else records
    read_shown_offers(state, records, fmt, fields)
    if fields:
        emit_chosen(records, fmt, fields, hidden_summary(hidden))
    else:
        output.emit_models(records, fmt, emphasis=sort, hidden=hidden_summary(hidden))


def emit_search(
    state: State,
    query: str,
    fmt: str,
    wanted: Filters,
    *,
    limit: int | None = None,
    fields: list[str] | None = None,
) -> None:
    """The models matching a query, best first, among those that pass the filters.

    The query is matched among the models hidden by default too, so that a word only a
    retired model has ('mixtral') is not taken for a typo of another; those are then left
    out, and said: stderr names them when nothing else matches or when one of them
    matches better than every model shown (an exact id), the footer counts them."""
    from modelreg.query.filters import apply_filters
    from modelreg.query.search import search

    wider = wanted.revealing() or wanted
    records = listed(state, wanted)
    if not wider.is_empty():
        records = apply_filters(records, wider)
    hits = search(records, query)
    hides = wanted.hides
    hidden = [h for h in hits if hides(h.record)]
    if hidden:
        hits = [h for h in hits if not hides(h.record)]
    if not hits and hidden:
        terminal.note(
            f"no active model matches {query!r}; {_which([h.record for h in hidden], 'do')} "
            f"({_named([h.record for h in hidden])}): add --all"
        )
    elif hidden and hidden[0].score >= EXACT and hidden[0].score > hits[0].score:
        terminal.note(_exact_note(hidden[0].record, query))
    elif hidden and hidden[0].score > hits[0].score:
        better = [h.record for h in hidden if h.score > hits[0].score]
        terminal.note(
            f"note: {_which(better, 'match')} {query!r} better ({_named(better)}): add --all"
        )
    elif not hits and fmt == "table":
        terminal.note("no models match")
    hits = hits[:limit] if limit is not None else hits
    read_shown_offers(state, [h.record for h in hits], fmt, fields)
    summary = hidden_summary([h.record for h in hidden])
    if fields:
        emit_chosen([{**h.record, "match": h.match()} for h in hits], fmt, fields, summary)
        return
    output.emit_models(
        [h.record for h in hits],
        fmt,
        extras=[{"match": h.match()} for h in hits],
        extra_shape={"match": {"score": 0.0, "matched": []}},
        hidden=summary,
    )


EXACT = 97.0  # a search score of the whole id or alias (modelreg.query.matchers.EXACT...)


def _exact_note(record: Record, query: str) -> str:
    """The note for a hidden model a query names exactly: what it is, and how to see it."""
    if record["fictional"]:
        why = "is an id no provider serves"
    else:
        when = record["retirement_date"]
        why = f"was retired{f' on {when}' if when else ''}"
        if record["successor"]:
            why += f" (its provider recommends {record['successor']})"
    return f"note: {query!r} names {record['id']}, which {why}: add --all to list it"


def looked_up(state: State, model_id: str, auto_create: bool = False) -> Record:
    """A model's record; a note on stderr when it is retired or retires soon."""
    record = state.lookup(model_id, auto_create)
    announce_lifecycle(state, record)
    return record


def announce_lifecycle(state: State, record: Record) -> None:
    """The lifecycle note of a model on stderr, if it has one (its successors read as point
    lookups, not the whole registry)."""
    note = lifecycle_note(record, state.lookup)
    if note:
        terminal.note(note)


SOON_DAYS = 30  # a model retiring within this many days gets a warning


def lifecycle_note(record: Record, lookup: Callable[[str], Record] | None = None) -> str:
    """One line about a retired model (when, and what to use instead) or one that retires
    within SOON_DAYS (a warning with its date); "" for any other. With ``lookup`` the chain
    of successors is followed: 'o1 -> o3 (retiring 2026-12-11) -> ...'."""
    from modelreg.schema import today

    day = today()
    retires = record["retirement_date"]
    if record["status"] == "retired":
        when = f" on {retires}" if retires else ""
        text = f"note: {record['id']} was retired{when}"
    elif retires and retires >= day and _days(day, retires) <= SOON_DAYS:
        days = _days(day, retires)
        soon = "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"
        text = f"warning: {record['id']} retires on {retires} ({soon})"
    else:
        return ""
    if record["successor"]:
        text += f"; its provider recommends {_chain(record, lookup, day)}"
    elif record["status"] != "retired":
        text += "; its provider names no successor"
    return text


def _days(start: str, end: str) -> int:
    """The days from one YYYY-MM-DD date to another (SOON_DAYS + 1 for one that is not a
    full date: not soon that we could tell)."""
    try:
        return _day_number(end) - _day_number(start)
    except ValueError:
        return SOON_DAYS + 1


def _day_number(iso: str) -> int:
    """A YYYY-MM-DD date as a count of days (the proleptic Gregorian calendar's, from a
    March 1st: Hinnant's days_from_civil), without importing datetime, a point lookup's
    largest import."""
    year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    year -= month <= 2
    era, year_of_era = divmod(year, 400)
    day_of_year = (153 * (month - 3 if month > 2 else month + 9) + 2) // 5 + day - 1
    return era * 146097 + year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year


def _chain(record: Record, lookup: Callable[[str], Record] | None, day: str) -> str:
    """The successors of a model, each retired or retiring one followed to its own:
    'o3 (retiring 2026-12-11) -> o5'."""
    from modelreg.errors import ModelNotFoundError

    steps: list[str] = []
    seen = {record["id"]}
    successor = record["successor"]
    while successor and len(steps) < 10:
        nxt: Record | None = None
        if lookup is not None:
            try:
                nxt = lookup(successor)
            except ModelNotFoundError:
                nxt = None
        if nxt is None or nxt["id"] in seen:
            steps.append(successor)
            break
        seen.add(nxt["id"])
        retires = nxt["retirement_date"]
        if nxt["status"] == "retired":
            steps.append(f"{nxt['id']} (retired{f' {retires}' if retires else ''})")
        elif retires:
            steps.append(f"{nxt['id']} (retiring {retires})")
        else:
            steps.append(nxt["id"])
            break
        successor = nxt["successor"]
    return " → ".join(steps)


def capabilities_view(state: State, model_id: str, auto_create: bool = False) -> dict[str, Any]:
    """The capabilities response of a model (with the lifecycle note on stderr)."""
    return vocabulary.capability_view(looked_up(state, model_id, auto_create))
