"""The answers of the commands that return models: list (and filter), search, and show for one
model. No typer here: the typer app (modelreg.cli.commands) and the front door before it
(modelreg.cli.fast) both call these, so both print the same bytes."""

from __future__ import annotations

from typing import Any

from modelreg import schema as vocabulary
from modelreg.cli import figures, output, tables, terminal, views
from modelreg.cli.state import State
from modelreg.cli.status import UsageError


def _filters(state: State, conditions: dict[str, Any]) -> Any:
    """The filters of the options given; a value that does not parse, or a provider no model
    has, is a usage error (with the closest names)."""
    from modelreg.query.filters import FilterValueError  # here: show needs no filter

    try:
        wanted = views.filters(**conditions)
    except FilterValueError as exc:
        raise UsageError(exc.problem, _option_of(exc.field)) from None
    try:
        views.check_providers(state, wanted)
    except ValueError as exc:
        raise UsageError(str(exc), "'--provider'") from None
    return wanted


def _option_of(field: str) -> str:
    """The option of a Filters field, as usage errors quote it: "'--min-context'"."""
    from modelreg.cli.grammar import GRAMMAR

    for name, (dest, _) in GRAMMAR["list"]["parse"]["options"].items():
        if dest == f"filters.{field}":
            return f"'{name}'"
    return f"'--{field.replace('_', '-')}'"


def _fields(given: str | None) -> list[str] | None:
    """The --fields list; an unknown field is a usage error."""
    try:
        return views.fields(given)
    except ValueError as exc:
        raise UsageError(str(exc), "--fields") from None


def list_models(
    state: State,
    sort: str | None = None,
    desc: bool = False,
    limit: int | None = None,
    fields: str | None = None,
    fmt: str | None = None,
    as_json: bool = False,
    *,
    filters: dict[str, Any],
) -> None:
    """``list`` and ``filter``: the models that pass the filters, sorted and cut."""
    wanted = _filters(state, filters)
    fmt = terminal.resolve_format(fmt, as_json)
    views.emit_listing(
        state, fmt, wanted, sort=sort, desc=desc, limit=limit, fields=_fields(fields)
    )


def search_models(
    state: State,
    query: list[str],
    limit: int | None = None,
    fields: str | None = None,
    fmt: str | None = None,
    as_json: bool = False,
    *,
    filters: dict[str, Any],
) -> None:
    """``search``: the models matching the words, best first, among those that pass the
    filters."""
    wanted = _filters(state, filters)
    fmt = terminal.resolve_format(fmt, as_json)
    views.emit_search(state, " ".join(query), fmt, wanted, limit=limit, fields=_fields(fields))


def show(
    state: State,
    model_id: str,
    auto_create: bool = False,
    fmt: str | None = None,
    as_json: bool = False,
) -> None:
    """``show``: everything about one model, grouped, with where it was defined."""
    record = views.looked_up(state, model_id, auto_create)
    sources = state.provenance(record["id"])
    fields = state.field_sources(record["id"])
    fmt = terminal.resolve_format(fmt, as_json)
    if fmt == "table":
        title = (
            record["id"] if record["name"] == record["id"] else f"{record['name']} ({record['id']})"
        )
        tables.emit_sections(title, _sections(record, sources, fields))
    else:  # one model: an object (`jq .context_window`), as capabilities gives
        shown = {**record, "sources": sources, "field_sources": fields}
        output.emit_record(shown, fmt, lambda: None, id_key="id")


def _sections(
    record: dict[str, Any], sources: list[str], fields: dict[str, str]
) -> list[tuple[str, list[Any]]]:
    """show's sections; a section with nothing to show is left out."""
    human = terminal.is_terminal()

    def pick(*keys: str) -> list[tuple[str, Any]]:
        return [
            (k, figures.text(record[k], human, k)) for k in keys if record[k] not in (None, [], "")
        ]

    basics = pick("id", "name", "provider", "owned_by", "kind", "description")
    if record["created"]:
        basics.append(("created", _timestamp(record["created"], human)))
    prices = _price_rows(record["pricing"] or {}, human)
    lifecycle = pick("status", *vocabulary.LIFECYCLE_FIELDS[1:], "knowledge_cutoff")
    if record["fictional"]:
        lifecycle.append(("fictional", "yes: no provider serves this id"))
    by_field: dict[str, list[str]] = {}
    for field, source in fields.items():
        by_field.setdefault(source, []).append(field)
    defined = [(str(i + 1), s) for i, s in enumerate(sources)]
    defined += [(source, ", ".join(names)) for source, names in by_field.items()]
    sections = [
        ("Basics", basics),
        ("Architecture", pick(*vocabulary.ARCHITECTURE_FIELDS)),
        (
            "Context and capabilities",
            [
                ("context_window", figures.token_limit(record["context_window"], human)),
                (
                    "max_completion_tokens",
                    figures.token_limit(record["max_completion_tokens"], human),
                ),
                ("capabilities", ", ".join(figures.capability_words(record)) or "-"),
                ("streaming", figures.text(record["supports_streaming"])),
                *pick("input_modalities", "output_modalities", "supported_features"),
            ],
        ),
        ("Pricing (USD)", prices or [("pricing", "not published")]),
        ("Lifecycle", lifecycle),
        ("Fine-tuning", pick("fine_tuned_from", "fine_tuning_config")),
        ("Metadata", pick("license", "release_date", "paper_url", "reference_url", "tags")),
        ("Aliases", pick("aliases")),
        ("Offers", _offer_rows(record)),
        ("Defined by", defined),
    ]
    return [(title, rows) for title, rows in sections if rows]


def _offer_rows(record: dict[str, Any]) -> list[tuple[str, Any]]:
    """show's offer rows, cheapest first: each seller, its id, its USD per 1M prompt and
    completion tokens, its plan, and its own retirement date where it has one."""

    def price(value: Any) -> str:
        return "-" if value is None else f"{value:g}"

    rows = []
    for item in record["offers"] or ():
        pricing = item["pricing"] or {}
        prices = f"{price(pricing.get('prompt_price_per_1m'))} / "
        prices += price(pricing.get("completion_price_per_1m"))
        plan = f" ({item['plan']})" if item["plan"] else ""
        ends = f", retires {item['retirement_date']}" if item.get("retirement_date") else ""
        rows.append((item["seller"], f"{item['id']}  {prices}{plan}{ends}"))
    return rows


def _price_rows(pricing: dict[str, Any], human: bool) -> list[tuple[str, Any]]:
    """show's price rows: each price, a long-context tier and off-peak hours in words, a
    price per image by size and quality."""
    rows: list[tuple[str, Any]] = []
    for key, value in pricing.items():
        if value is None:
            continue
        if key == "long_context":
            whole = "the whole request" if value["applies_to"] == "request" else "the excess"
            rows.append((key, f"past {value['threshold_tokens']:,} prompt tokens, for {whole}"))
            rows += _nested_prices(key, value, human)
        elif key == "off_peak":
            rows.append((key, ", ".join(value["hours_utc"]) + " UTC"))
            rows += _nested_prices(key, value, human)
        elif key == "image_prices":  # "image_prices.1024x1024 hd": $0.08
            for item in value:
                at = " ".join(filter(None, (item["size"], item["quality"], item["steps"])))
                price = figures.text(item["price_per_image"], human, "image_price_per_unit")
                rows.append((f"{key}.{at}" + (" steps" if item["steps"] else ""), price))
        else:
            rows.append((key, figures.text(value, human, key)))
    return rows


def _nested_prices(key: str, value: dict[str, Any], human: bool) -> list[tuple[str, Any]]:
    return [
        (f"{key}.{k}", figures.text(v, human, k))
        for k, v in value.items()
        if k.endswith("_1m") and v is not None
    ]


def _timestamp(created: int, human: bool) -> str:
    """A Unix time, with its UTC date for people: '1715558400 (2024-05-13 00:00 UTC)'."""
    if not human:
        return str(created)
    import datetime as _dt  # here: a point lookup needs none

    when = _dt.datetime.fromtimestamp(created, _dt.UTC)
    return f"{created} ({when:%Y-%m-%d %H:%M} UTC)"
