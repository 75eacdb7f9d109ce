"""The answers of the commands about one model or a few: capabilities, parse-ft, compare
(no typer here: see modelreg.cli.models)."""

from __future__ import annotations

from typing import Any

from modelreg import schema as vocabulary
from modelreg.cli import output, terminal, views
from modelreg.cli.state import State
from modelreg.cli.status import UsageError


def capabilities(
    state: State,
    model_id: str,
    auto_create: bool = False,
    fmt: str | None = None,
    as_json: bool = False,
) -> None:
    """``capabilities``: what a model can do."""
    view = views.capabilities_view(state, model_id, auto_create)
    output.emit_record(view, terminal.resolve_format(fmt, as_json), lambda: _capability_table(view))


def _capability_table(view: dict[str, Any]) -> None:
    from modelreg.cli import figures, tables  # here: a point lookup's JSON needs neither

    flags = view["capabilities"]
    human = terminal.is_terminal()
    tables.emit_sections(
        view["model"],
        [
            (
                "Limits",
                [
                    ("context_window", figures.token_limit(view["context_window"], human)),
                    (
                        "max_completion_tokens",
                        figures.token_limit(view["max_completion_tokens"], human),
                    ),
                ],
            ),
            ("Capabilities", [(name, "yes" if on else "no") for name, on in flags.items()]),
            ("Modalities", [("modalities", ", ".join(view["modalities"]))]),
            ("Supported features", [("parameters", ", ".join(view["supported_features"]))]),
            (
                "Pricing (USD)",
                [
                    (k, figures.text(v, human, k))
                    for k, v in (view["pricing"] or {}).items()
                    if v is not None
                ]
                or [("pricing", "unknown")],
            ),
        ],
    )


def parse_ft(state: State, model_id: str, fmt: str | None = None, as_json: bool = False) -> None:
    """``parse-ft``: a fine-tuned id's parts, and whether its base is known."""
    from modelreg.finetune import parse_fine_tuned

    parts = parse_fine_tuned(model_id)
    base = state.registry.resolve_id(parts.base)
    result = {
        "model": model_id,
        "base": parts.base,
        "org": parts.org,
        "suffix": parts.suffix,
        "id": parts.job_id,
        "base_known": base is not None,
        "base_model": base,
    }
    output.emit_record(result, terminal.resolve_format(fmt, as_json), lambda: _fields_table(result))


_COMPARED = (
    "provider",
    "kind",
    "architecture",
    "parameters",
    "active_parameters",
    "context_window",
    "max_completion_tokens",
    *vocabulary.CAPABILITY_FIELDS.values(),
    "pricing.prompt_price_per_1m",
    "pricing.completion_price_per_1m",
    "pricing.cached_price_per_1m",
    "input_modalities",
    "output_modalities",
    "supported_features",
    "embedding_dimensions",
    "license",
    "release_date",
    "knowledge_cutoff",
    "status",
    "retirement_date",
)


def _fields_table(result: dict[str, Any]) -> None:
    from modelreg.cli import tables

    tables.emit_fields(result)


def compare(
    state: State,
    model_ids: list[str],
    only_differences: bool = False,
    fmt: str | None = None,
    as_json: bool = False,
) -> None:
    """``compare``: models side by side, the fields that differ marked."""
    if len(model_ids) < 2:
        raise UsageError("give at least two models", "MODEL_IDS")
    records = [views.looked_up(state, m) for m in model_ids]
    rows = []
    for name in _COMPARED:
        values = [_field(r, name) for r in records]
        if all(v in (None, []) for v in values):
            continue  # known for no model: nothing to compare
        differs = any(v != values[0] for v in values)
        if differs or not only_differences:
            rows.append((name, differs, values))
    fmt = terminal.resolve_format(fmt, as_json)
    headers = ["field", "differs", *(r["id"] for r in records)]
    compared = {name: {"differs": d, "values": v} for name, d, v in rows}
    if fmt == "json":
        output.emit_json({"models": headers[2:], "fields": compared})
    elif fmt == "jsonl":
        output.emit_jsonl([{"models": headers[2:], "fields": compared}])
    elif fmt == "ids":
        terminal.write("\n".join(terminal.clean(i) for i in headers[2:]))
    elif fmt == "csv":
        output.emit_csv([dict(zip(headers, (n, d, *v), strict=True)) for n, d, v in rows])
    else:
        from modelreg.cli import figures, tables

        human = terminal.is_terminal()
        if human:
            headers[1] = ""
        table = [
            (
                _label(n) if human else n,
                "*" if d else "",
                *(figures.text(v, human, n) for v in vals),
            )
            for n, d, vals in rows
        ]
        tables.emit_table(headers, table)


def _label(field: str) -> str:
    """A compared field as a terminal names it, short: 'vision', 'prompt_price_per_1m'."""
    return field.removeprefix("pricing.").removeprefix("supports_")


def _field(record: dict[str, Any], name: str) -> Any:
    if name.startswith("pricing."):
        return (record["pricing"] or {}).get(name.removeprefix("pricing."))
    return record[name]
