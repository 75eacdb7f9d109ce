"""Commands that return models: list, search, filter, and show for one model."""

from __future__ import annotations

import datetime as _dt
from typing import Annotated, Any

import typer

from modelreg import record as vocabulary
from modelreg.cli import output, views
from modelreg.cli.options import (
    AllOption,
    AutoCreateOption,
    CapabilityOption,
    DescOption,
    FormatOption,
    JsonOption,
    KindOption,
    LimitOption,
    ModalityOption,
    ModelIdArgument,
    ProviderOption,
    SortOption,
    StatusOption,
    filters_parser,
    parsed,
)
from modelreg.cli.state import registry, state


def _emit_filtered(
    ctx: typer.Context,
    sort: str | None,
    desc: bool,
    limit: int | None,
    fmt: str | None,
    as_json: bool,
    **conditions: Any,
) -> None:
    """The registry's models that meet the conditions, sorted, cut and rendered."""
    wanted = _filters(**conditions)
    fmt = output.resolve_format(fmt, as_json)
    views.emit_listing(state(ctx), fmt, wanted, sort=sort, desc=desc, limit=limit)


def _filters(**conditions: Any) -> Any:
    """The filters of the options given; a value that does not parse is a usage error."""
    try:
        return views.filters(**conditions)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def list_models(
    ctx: typer.Context,
    provider: ProviderOption = None,
    capability: CapabilityOption = None,
    kind: KindOption = None,
    status: StatusOption = None,
    show_all: AllOption = False,
    sort: SortOption = None,
    desc: DescOption = False,
    limit: LimitOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """List models, in catalog order or sorted (retired ones with --all or --status).

    Examples: modelreg list --provider anthropic; modelreg list --capability vision --sort
    context_window --desc; modelreg list --format ids
    """
    _emit_filtered(
        ctx,
        sort,
        desc,
        limit,
        fmt,
        as_json,
        providers=provider or [],
        capabilities=capability or [],
        kinds=kind,
        statuses=status,
        show_all=show_all,
    )


def filter_models(
    ctx: typer.Context,
    provider: ProviderOption = None,
    capability: CapabilityOption = None,
    modality: ModalityOption = None,
    kind: KindOption = None,
    min_context: Annotated[
        int | None,
        typer.Option(
            "--min-context",
            metavar="TOKENS",
            parser=parsed(filters_parser("parse_count")),
            help="At least this context: 128K.",
        ),
    ] = None,
    max_prompt_price: Annotated[
        float | None,
        typer.Option(
            "--max-prompt-price",
            metavar="USD",
            parser=parsed(filters_parser("parse_price")),
            help="At most this USD per 1M prompt tokens: 2.5 or $2.50.",
        ),
    ] = None,
    max_completion_price: Annotated[
        float | None,
        typer.Option(
            "--max-completion-price",
            metavar="USD",
            parser=parsed(filters_parser("parse_price")),
            help="At most this USD per 1M completion tokens.",
        ),
    ] = None,
    architecture: Annotated[
        str | None, typer.Option("--architecture", metavar="ARCH", help="transformer, moe, ...")
    ] = None,
    tag: Annotated[
        list[str] | None, typer.Option("--tag", metavar="TAG", help="Has this tag (repeatable).")
    ] = None,
    license: Annotated[
        str | None, typer.Option("--license", metavar="LICENSE", help="This licence.")
    ] = None,
    open_weights: Annotated[
        bool | None,
        typer.Option(
            "--open-weights/--closed-weights",
            help="Only models with published weights, or only those without.",
            show_default=False,
        ),
    ] = None,
    min_params: Annotated[
        int | None,
        typer.Option(
            "--min-params",
            metavar="COUNT",
            parser=parsed(filters_parser("parse_count")),
            help="At least: 7B, 1.5T, 405000000.",
        ),
    ] = None,
    max_params: Annotated[
        int | None,
        typer.Option(
            "--max-params",
            metavar="COUNT",
            parser=parsed(filters_parser("parse_count")),
            help="At most: 70B.",
        ),
    ] = None,
    released_after: Annotated[
        str | None,
        typer.Option(
            "--released-after",
            metavar="DATE",
            parser=parsed(filters_parser("parse_date")),
            help="Released on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).",
        ),
    ] = None,
    released_before: Annotated[
        str | None,
        typer.Option(
            "--released-before",
            metavar="DATE",
            parser=parsed(filters_parser("parse_date")),
            help="Released before this date (YYYY, YYYY-MM or YYYY-MM-DD).",
        ),
    ] = None,
    status: StatusOption = None,
    show_all: AllOption = False,
    sort: SortOption = None,
    desc: DescOption = False,
    limit: LimitOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Models that meet every condition given (retired ones with --all or --status).

    Examples: modelreg filter --capability vision --capability tools --min-context 128K;
    modelreg filter --open-weights --max-params 70B --sort parameters --desc
    """
    _emit_filtered(
        ctx,
        sort,
        desc,
        limit,
        fmt,
        as_json,
        providers=provider or [],
        capabilities=capability or [],
        modalities=modality,
        kinds=kind,
        min_context=min_context,
        max_prompt_price=max_prompt_price,
        max_completion_price=max_completion_price,
        architecture=architecture,
        tags=tag or [],
        license=license,
        open_weights=open_weights,
        min_params=min_params,
        max_params=max_params,
        released_after=released_after,
        released_before=released_before,
        statuses=status,
        show_all=show_all,
    )


def search_models(
    ctx: typer.Context,
    query: Annotated[list[str], typer.Argument(help="Words to look for; every word must match.")],
    provider: ProviderOption = None,
    capability: CapabilityOption = None,
    kind: KindOption = None,
    status: StatusOption = None,
    show_all: AllOption = False,
    limit: LimitOption = None,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Ranked fuzzy search over ids, names, aliases, providers, tags and capabilities.

    Examples: modelreg search vision; modelreg search llama vision; modelreg search gpt4o --json
    """
    wanted = _filters(
        show_all=show_all,
        providers=provider or [],
        capabilities=capability or [],
        kinds=kind,
        statuses=status,
    )
    fmt = output.resolve_format(fmt, as_json)
    views.emit_search(state(ctx), " ".join(query), fmt, wanted, limit=limit)


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
        return [(k, output.text(record[k], human)) for k in keys if record[k] not in (None, [], "")]

    basics = pick("id", "name", "provider", "owned_by", "kind", "description")
    if record["created"]:
        basics.append(("created", _timestamp(record["created"], human)))
    prices = [(k, v) for k, v in (record["pricing"] or {}).items() if v is not None]
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
                ("context_window", output.text(record["context_window"], human)),
                ("max_completion_tokens", output.text(record["max_completion_tokens"], human)),
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
        ("Defined by", defined),
    ]
    return [(title, rows) for title, rows in sections if rows]


def _timestamp(created: int, human: bool) -> str:
    """A Unix time, with its UTC date for people: '1715558400 (2024-05-13 00:00 UTC)'."""
    if not human:
        return str(created)
    when = _dt.datetime.fromtimestamp(created, _dt.UTC)
    return f"{created} ({when:%Y-%m-%d %H:%M} UTC)"


def register(app: typer.Typer) -> None:
    app.command("list")(list_models)
    app.command("show")(show)
    app.command("search")(search_models)
    app.command("filter")(filter_models)
