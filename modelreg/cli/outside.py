"""Commands about the sources: update (outside catalogs), sources (what is in effect), audit."""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
from typing import Annotated, Any

import typer

from modelreg.cli import figures, output, status, tables, terminal
from modelreg.cli.state import state
from modelreg.sources import MAX_TIMEOUT, URL_TIMEOUT

# These commands print a table or JSON; there is no --format to be short for.
JsonOnly = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _catalog_name(value: str) -> str:
    from modelreg.sources.outside import catalog

    try:
        return catalog(value).name
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _seconds(value: float) -> float:
    """A fetch deadline: a finite number of seconds from 0.1 to MAX_TIMEOUT (not inf, nan or
    1e10, which no clock or socket takes)."""
    if not 0.1 <= value <= MAX_TIMEOUT:  # False for nan too
        raise typer.BadParameter(f"must be from 0.1 to {MAX_TIMEOUT:g} seconds, not {value:g}")
    return value


def update(
    ctx: typer.Context,
    names: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="NAME",
            help="Catalogs to fetch (default: every enabled one): litellm, models.dev, openrouter.",
            show_default=False,
        ),
    ] = None,
    enable: Annotated[
        list[str] | None,
        typer.Option("--enable", metavar="NAME", help="Enable a catalog (and fetch it)."),
    ] = None,
    disable: Annotated[
        list[str] | None,
        typer.Option("--disable", metavar="NAME", help="Disable a catalog (its copy is unused)."),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout",
            metavar="SECONDS",
            callback=_seconds,
            help=f"Deadline of each fetch (0.1 to {MAX_TIMEOUT:g} seconds).",
        ),
    ] = URL_TIMEOUT,
    as_json: JsonOnly = False,
) -> None:
    """Fetch the outside catalogs (LiteLLM, models.dev, OpenRouter) into the local cache.

    An enabled catalog's cached copy fills the gaps of every model (it never overrides a
    built-in or user-given figure) and adds the models modelreg does not know. Only this
    command touches the network: a conditional GET (a 304 costs nothing), and a copy that
    does not parse never replaces the last good one. Exit status 3 if a fetch failed.

    The registry the next command reads is compiled here, so that command answers at once.

    Example: modelreg update --enable litellm; modelreg update --json | jq '.[].status'
    """
    from modelreg.sources import outside

    wanted = [_catalog_name(n) for n in names or []]
    on = [_catalog_name(n) for n in enable or []]
    off = [_catalog_name(n) for n in disable or []]
    config = outside.set_enabled(on, off) if on or off else outside.read_config()
    for name in off:
        if name not in config.enabled:
            terminal.note(f"{name}: disabled")
    if wanted or on:
        fetch: list[str] | None = list(dict.fromkeys([*on, *wanted]))
    elif off:
        _compile(ctx)
        return
    else:
        fetch = None
        if not config.enabled:
            terminal.note(
                "no outside catalog is enabled; enable one with "
                f"'modelreg update --enable NAME' ({', '.join(outside.NAMES)})"
            )
            if as_json:
                output.emit_json([])
            return
    results = outside.update(fetch, timeout=timeout)
    for result in results:
        if result.ok and result.name not in config.enabled:
            terminal.note(
                f"{result.name}: not enabled, so unused; enable it with "
                f"'modelreg update --enable {result.name}'"
            )
    if as_json:
        output.emit_json([r.to_json() for r in results])
    else:
        terminal.write("\n".join(_update_line(r) for r in results))
    if on or any(r.ok for r in results):
        _compile(ctx)
    if not all(r.ok for r in results):
        raise typer.Exit(status.CATALOG)


def _compile(ctx: typer.Context) -> None:
    """Compile the registry of this run's options (a read, when it is current): a rebuild
    is the update's time, not the next command's. A broken source is left for the next
    command to report."""
    from modelreg.errors import CatalogError

    with contextlib.suppress(CatalogError):
        state(ctx).load()


def _update_line(result: Any) -> str:
    count = f"{result.models:,} models" if result.models is not None else "no models"
    if result.status == "updated":
        return f"{result.name}: updated ({count})"
    if result.status == "not-modified":
        return f"{result.name}: not modified ({count}, fetched {_when(result.fetched_at)})"
    kept = f"kept the copy of {_when(result.fetched_at)}" if result.fetched_at else "no copy yet"
    return terminal.clean(f"{result.name}: failed: {result.error} ({kept})")


def _when(stamp: str | None) -> str:
    """An ISO timestamp as 'YYYY-MM-DD HH:MM' (UTC)."""
    if not stamp:
        return "-"
    try:
        return _dt.datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _age(stamp: str | None) -> str:
    """How long ago an ISO timestamp was: '5 min', '3 h', '12 days'."""
    if not stamp:
        return "-"
    try:
        then = _dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    seconds = max(0, int((_dt.datetime.now(_dt.UTC) - then).total_seconds()))
    for size, unit in ((86400, "days"), (3600, "h"), (60, "min")):
        if seconds >= size * (2 if unit == "days" else 1):
            return f"{seconds // size} {unit}"
    return f"{seconds} s"


def sources_command(ctx: typer.Context, as_json: JsonOnly = False) -> None:
    """Every source in effect, in precedence order (later wins), and whether it loads.

    Built-ins, the user store, ./models.json, FAKEAI_CUSTOM_MODELS, each --catalog (or
    MODELREG_CATALOG) and the enabled outside catalogs: kind, path or URL, models, age, and
    status (loaded, missing, broken: the error, ignored under --builtin-only; an unset
    variable is "not set" in the table). Each source
    is read on its own: a broken one does not stop the others.

    Example: modelreg sources --json | jq -r '.[] | select(.status == "broken") | .error'
    """
    from modelreg.inventory import in_effect

    run = state(ctx)
    found = in_effect(run.catalogs, builtin_only=run.builtin_only)
    if as_json:
        output.emit_json([s.to_json() for s in found])
        return
    headers = ["kind", "location", "models", "age", "status"]
    rows = []
    for s in found:
        status = f"{s.status}: {s.error}" if s.error else s.status
        if s.kind == "env" and s.status == "missing":
            status = "not set"  # a variable has no file to miss
        if s.skipped:
            status += f" ({s.skipped} entries skipped)"
        location = s.location + (f" <- {s.url}" if s.url else "")
        models = (
            "-" if s.models is None else f"{s.models:,}" if terminal.is_terminal() else s.models
        )
        age = _age(s.updated_at) if terminal.is_terminal() else s.updated_at
        rows.append([s.kind, location, models, age, status])
    tables.emit_table(headers, rows, right=(2,))


def audit(
    ctx: typer.Context,
    against: Annotated[
        list[str] | None,
        typer.Option(
            "--against",
            metavar="PATH_OR_URL",
            help="Also compare this location (litellm:, models.dev:, openrouter: prefixes; "
            "or an outside catalog's name for its cached copy). Repeatable.",
        ),
    ] = None,
    fields: Annotated[
        list[str] | None,
        typer.Option(
            "--field",
            metavar="FIELD",
            help="Only this field (repeatable): context_window, max_completion_tokens, a "
            "price (prompt_price_per_1m), a capability (vision), or pricing, capabilities, "
            "modalities, dates.",
        ),
    ] = None,
    provider: Annotated[
        str | None,
        typer.Option(
            "--provider",
            "-p",
            metavar="PROVIDER",
            help="Only this provider's own models (a seller's: its offers).",
        ),
    ] = None,
    as_json: JsonOnly = False,
) -> None:
    """Where the sources disagree, figure by figure, on the models two or more define.

    Compares the built-ins with every enabled outside catalog, each --catalog and each
    --against: context window, output limit, prices, capability flags, modalities, release
    date and knowledge cut-off, like with like (a maker's figures with a maker's, a seller's
    offer with the same seller's). A value missing in a source is a gap, not a disagreement.
    Exit 0 whatever is found.

    Example: modelreg audit --against litellm:prices.json --json | jq .summary
    """
    from modelreg import audit as auditing
    from modelreg import inputs, intake, sources
    from modelreg.registry import builtin

    try:
        chosen = auditing.parse_fields(fields or [])
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--field") from None
    run = state(ctx)
    compared: list[tuple[str, Any]] = [("builtin", builtin().records())]
    if not run.builtin_only:
        compared += [(s.label, s.entries) for s in intake.outside_sources()]
    for location in inputs.catalog_locations(run.catalogs):
        compared.append((sources.redact(location), sources.read_location(location).entries))
    for location in against or []:
        compared.append(_against(location))
    unique: dict[str, Any] = {}
    for label, entries in compared:
        unique.setdefault(label, entries)  # each source once, where it first appears
    compared = list(unique.items())
    result = auditing.audit(compared, chosen, provider)
    if len(compared) < 2:
        terminal.note(
            "nothing to compare the built-ins with: enable an outside catalog "
            "('modelreg update --enable litellm') or give --against PATH_OR_URL"
        )
    if as_json:
        output.emit_json(result.to_json())
        return
    if len(compared) < 2:
        return  # the note said why: no table of nothing
    labels = [label for label, _ in compared]
    human = terminal.is_terminal()
    rows = [
        [
            d["model"],
            d["field"],
            *(_cell(d["values"].get(s, ""), d["field"], human) for s in labels),
            "within tolerance" if d["tolerated"] else "",
        ]
        for d in result.disagreements
    ]
    tables.emit_table(["model", "field", *labels, "note"], rows)
    totals = {
        k: sum(v[k] for v in result.summary.values())
        for k in ("agree", "disagree", "tolerated", "gaps")
    }
    terminal.note(
        f"{result.models} models in two or more sources: {totals['disagree']} disagreements "
        f"(and {totals['tolerated']} within tolerance: rounding, float artefacts, dates "
        f"written to the day), {totals['agree']} agreements, {totals['gaps']} gaps"
    )


def _against(location: str) -> tuple[str, Any]:
    """An --against location: a path or URL (with a format prefix), or a catalog's name."""
    from modelreg import sources
    from modelreg.sources import outside

    try:
        name = outside.catalog(location).name
    except ValueError:
        return sources.redact(location), sources.read_location(location).entries
    if not outside.cache_path(name).is_file():
        raise typer.BadParameter(
            f"{name} has no cached copy; fetch one with 'modelreg update {name}'",
            param_hint="--against",
        )
    source = outside.read_cached(name)
    return source.label, source.entries


def _cell(value: Any, field: str, human: bool) -> str:
    """A value of an audit row: for people as every table writes it ($2.50, 128K, lists
    with a space after each comma); piped, as the source has it."""
    if value is None:
        return "-"
    if isinstance(value, list):
        return (", " if human else ",").join(map(str, value)) or "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if human and isinstance(value, int | float):
        return figures.text(value, human, field)
    return value if isinstance(value, str) else json.dumps(value)


def register(app: typer.Typer) -> None:
    app.command("update")(update)
    app.command("sources")(sources_command)
    app.command("audit")(audit)
