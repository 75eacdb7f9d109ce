"""Commands about the catalogs as a whole: providers, export, schema."""

from __future__ import annotations

from collections import Counter
from typing import Any

import typer

from modelreg.cli import output, tables, terminal
from modelreg.cli.options import FormatOption, JsonOption
from modelreg.cli.state import registry


def providers(ctx: typer.Context, fmt: FormatOption = None, as_json: JsonOption = False) -> None:
    """The makers and the sellers: how many models each makes (yours and retired ones
    included; the table says how many are retired) and how many offers of others' models
    each sells (an outside catalog's sellers: azure, bedrock, openrouter, ...).

    Example: modelreg providers --json | jq '.[] | select(.role == "seller") | .provider'
    """
    reg = registry(ctx)
    counts = Counter(r["provider"] for r in reg.records())
    sold = Counter(o["seller"] for r in reg.records() for o in r.get("offers") or ())
    known = {c.provider: c for c in reg.provider_catalogs()}
    makers = [*known, *sorted(set(counts) - set(known))]
    rows = [
        {
            "provider": p,
            "name": known[p].name if p in known else p,
            "homepage": known[p].homepage if p in known else "",
            "models": counts.get(p, 0),
            "sells": sold.get(p, 0),
            "role": "maker and seller" if sold.get(p) else "maker",
        }
        for p in makers
    ]
    rows += [
        {"provider": p, "name": p, "homepage": "", "models": 0, "sells": n, "role": "seller"}
        for p, n in sorted(sold.items())
        if p not in counts and p not in known
    ]
    fmt = terminal.resolve_format(fmt, as_json)
    if fmt == "json":
        output.emit_json(rows)
    elif fmt == "jsonl":
        output.emit_jsonl(rows)
    elif fmt == "csv":
        output.emit_csv(rows)
    elif fmt == "ids":
        terminal.write("\n".join(terminal.clean(row["provider"]) for row in rows))
    else:
        retired = Counter(r["provider"] for r in reg.records() if r["status"] == "retired")
        headers = ["provider", "name", "models", "homepage", "retired", "sells", "role"]
        table = [
            [
                *(row[h] for h in headers[:4]),
                retired.get(row["provider"], 0),
                *(row[h] for h in headers[5:]),
            ]
            for row in rows
        ]
        tables.emit_table(headers, table, right=(2, 4, 5))


def export(ctx: typer.Context) -> None:
    """The merged registry as a models.json that loads back unchanged.

    Example: modelreg export > snapshot.json; modelreg --builtin-only -c snapshot.json list
    """
    from modelreg.sources import FORMAT_VERSION

    document = {"format_version": FORMAT_VERSION, "models": registry(ctx).records()}
    output.emit_json(document, indent=2)  # a file people read and edit


def schema() -> None:
    """The JSON Schema of a models.json file, for editors.

    Example: modelreg schema > models.schema.json
    """
    output.emit_json(models_json_schema(), indent=2)


def models_json_schema() -> dict[str, Any]:
    """A models.json: an array of definitions, or {"models": [...]}; entries may "extends"."""
    from modelreg.schema.definition import ModelDefinition

    entry = ModelDefinition.model_json_schema()
    definitions = entry.pop("$defs", {})
    entry["properties"]["extends"] = {
        "type": "string",
        "description": "Start a new id from this model's definition.",
    }
    definitions["ModelDefinition"] = entry
    models = {"type": "array", "items": {"$ref": "#/$defs/ModelDefinition"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "modelreg models.json",
        "description": "Model definitions; an entry whose id exists patches it field by field.",
        "oneOf": [
            models,
            {
                "type": "object",
                "properties": {
                    "$schema": {"type": "string"},
                    "format_version": {"type": "integer", "const": 1},
                    "models": models,
                },
                "required": ["models"],
                "additionalProperties": False,
            },
        ],
        "$defs": definitions,
    }


def register(app: typer.Typer) -> None:
    app.command("providers")(providers)
    app.command("export")(export)
    app.command("schema")(schema)
