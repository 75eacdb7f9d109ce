"""Commands that return models: list, search, filter, and show for one model."""

from __future__ import annotations

import datetime as _dt
from typing import Annotated, Any

import typer

from modelreg import schema as vocabulary
from modelreg.cli import output, views
from modelreg.cli.filtering import option_name, with_filters
from modelreg.cli.options import (
    AutoCreateOption,
    DescOption,
    FieldsOption,
    FormatOption,
    JsonOption,
    LimitOption,
    ModelIdArgument,
    SortOption,
)
from modelreg.cli.state import registry, state
from modelreg.query.filters import FilterValueError


def _filters(ctx: typer.Context, conditions: dict[str, Any]) -> Any:
    """The filters of the options given; a value that does not parse, or a provider no model
    has, is a usage error (with the closest names)."""
    try:
        wanted = views.filters(**conditions)
    except FilterValueError as exc:
        raise typer.BadParameter(exc.problem, param_hint=option_name(exc.field)) from None
    try:
        views.check_providers(state(ctx), wanted)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--provider'") from None
    return wanted


def _fields(given: str | None) -> list[str] | None:
    """The --fields list; an unknown field is a usage error."""
    try:
        return views.fields(given)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--fields") from None


def list_models(
    ctx: typer.Context,
    sort: SortOption = None,
    desc: DescOption = False,
    limit: LimitOption = None,
    fields: FieldsOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    *,
    filters: dict[str, Any],
) -> None:
    """List the models, in catalog order or sorted; the filter options narrow the list.

    Retired models and ids no provider serves are left out unless --all (or --status for
    retired ones) asks for them; the table's footer says how many. 'modelreg filter' is
    the same command under the name people look for when they have conditions.

    Examples:

      modelreg list --provider anthropic,openai --capability vision

      modelreg list --sort context_window --desc --limit 10

      modelreg list --status deprecated
    """
    wanted = _filters(ctx, filters)
    fmt = output.resolve_format(fmt, as_json)
    views.emit_listing(
        state(ctx), fmt, wanted, sort=sort, desc=desc, limit=limit, fields=_fields(fields)
    )


def filter_models(
    ctx: typer.Context,
    sort: SortOption = None,
    desc: DescOption = False,
    limit: LimitOption = None,
    fields: FieldsOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    *,
    filters: dict[str, Any],
) -> None:
    """The models that meet every condition given (the same command as 'modelreg list').

    Retired models and ids no provider serves are left out unless --all (or --status for
    retired ones) asks for them; the table's footer says how many.

    Examples:

      modelreg filter --capability tools --min-context 128K --max-prompt-price 3

      modelreg filter --open-weights --max-params 70B --sort parameters --desc
    """
    list_models(ctx, sort, desc, limit, fields, fmt, as_json, filters=filters)


def search_models(
    ctx: typer.Context,
    query: Annotated[list[str], typer.Argument(help="Words to look for; every word must match.")],
    limit: LimitOption = None,
    fields: FieldsOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
    *,
    filters: dict[str, Any],
) -> None:
    """Ranked fuzzy search over ids, names, aliases, providers, kinds, tags and capabilities.

    Takes the filters of 'modelreg filter' too.

    Examples:

      modelreg search vision

      modelreg search llama vision --provider meta

      modelreg search gpt4o --json
    """
    wanted = _filters(ctx, filters)
    fmt = output.resolve_format(fmt, as_json)
    views.emit_search(state(ctx), " ".join(query), fmt, wanted, limit=limit, fields=_fields(fields))


def show(
    ctx: typer.Context,
    model_id: ModelIdArgument,
    auto_create: AutoCreateOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Everything about one model, grouped, with where it was defined.

    Examples: modelreg show gpt-4o; modelreg show claude-3-opus-latest --json
    """
    record = views.looked_up(state(ctx), model_id, auto_create)
    reg = registry(ctx)
    sources = reg.provenance(record["id"])
    fields = reg.field_sources(record["id"])
    fmt = output.resolve_format(fmt, as_json)
    if fmt == "table":
        title = (
            record["id"] if record["name"] == record["id"] else f"{record['name']} ({record['id']})"
        )
        output.emit_sections(title, _sections(record, sources, fields))
    else:  # one model: an object (`jq .context_window`), as capabilities gives
        shown = {**record, "sources": sources, "field_sources": fields}
        output.emit_record(shown, fmt, lambda: None, id_key="id")


def _sections(
    record: dict[str, Any], sources: list[str], fields: dict[str, str]
) -> list[tuple[str, list[Any]]]:
    """show's sections; a section with nothing to show is left out."""
    human = output.is_terminal()

    def pick(*keys: str) -> list[tuple[str, Any]]:
        return [
            (k, output.text(record[k], human, k)) for k in keys if record[k] not in (None, [], "")
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
                ("context_window", output.token_limit(record["context_window"], human)),
                (
                    "max_completion_tokens",
                    output.token_limit(record["max_completion_tokens"], human),
                ),
                ("capabilities", ", ".join(output.capability_words(record)) or "-"),
                ("streaming", output.text(record["supports_streaming"])),
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
                price = output.text(item["price_per_image"], human, "image_price_per_unit")
                rows.append((f"{key}.{at}" + (" steps" if item["steps"] else ""), price))
        else:
            rows.append((key, output.text(value, human, key)))
    return rows


def _nested_prices(key: str, value: dict[str, Any], human: bool) -> list[tuple[str, Any]]:
    return [
        (f"{key}.{k}", output.text(v, human, k))
        for k, v in value.items()
        if k.endswith("_1m") and v is not None
    ]


def _timestamp(created: int, human: bool) -> str:
    """A Unix time, with its UTC date for people: '1715558400 (2024-05-13 00:00 UTC)'."""
    if not human:
        return str(created)
    when = _dt.datetime.fromtimestamp(created, _dt.UTC)
    return f"{created} ({when:%Y-%m-%d %H:%M} UTC)"


def register(app: typer.Typer) -> None:
    app.command("list")(with_filters(list_models))
    app.command("show")(show)
    app.command("search")(with_filters(search_models))
    app.command("filter")(with_filters(filter_models))
