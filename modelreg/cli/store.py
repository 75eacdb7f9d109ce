"""``modelreg add`` and ``modelreg remove``: the user's own models, in the user store.

The work (validation, lock, atomic write) is modelreg.userstore's; this module
parses the options, builds the entry and renders. Messages go to stderr, and
stdout carries only the JSON of a ``--dry-run``.

Exit status: 0 done; 1 ``remove`` of an id that is nowhere (with suggestions);
2 usage errors and refusals: an id already in the store without ``--replace``,
an alias or id taken by another model (given as flags), ``remove`` of a
built-in model the store does not patch or of a model from another source;
3 invalid data: the store is corrupt, or the ``--from-json`` input is invalid
(naming the input, the entry and the field); 4 the store cannot be read or
written (permission denied, read-only directory, disk full; the old file is
left as it was).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from modelreg import schema as vocabulary
from modelreg import userstore
from modelreg.cli import output, status, terminal
from modelreg.cli.options import filters_parser, parsed
from modelreg.cli.state import registry_or_none, state
from modelreg.errors import CatalogError
from modelreg.query.parsers import parse_count, parse_modality

FLAGS_LABEL = "command line"


def _capabilities(values: list[str] | None) -> list[str] | None:
    """The definition fields of capability words: 'tools' -> 'supports_function_calling'."""
    if not values:
        return values
    found = []
    for value in values:
        try:
            field = vocabulary.capability(value).field
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        if field is None:
            raise typer.BadParameter(f"{value!r} is a property, not a capability a model is given")
        found.append(field)
    return found


FileOption = Annotated[
    Path | None,
    typer.Option(
        "--file",
        help="The store to change (default: $XDG_CONFIG_HOME/modelreg/models.json).",
        show_default=False,
        dir_okay=False,
    ),
]
DryRunOption = Annotated[
    bool,
    typer.Option("--dry-run", help="Validate and print the store as it would be; write nothing."),
]


def _path(file: Path | None) -> Path:
    return file.expanduser() if file is not None else userstore.store_path()


def _later(ctx: typer.Context, path: Path) -> Any:
    """The sources loaded after the store, which a change must not break.

    Checked even under --builtin-only: that option changes what this run
    reads, while the store is read by every later run.
    """
    catalogs = state(ctx).catalogs
    return lambda: userstore.later_sources(path, catalogs)


def _usage(message: str) -> typer.Exit:
    terminal.error(message)
    return typer.Exit(status.USAGE)


def add(
    ctx: typer.Context,
    model_id: Annotated[
        str | None,
        typer.Argument(
            help="The id of the model (omit with --from-json).", metavar="ID", show_default=False
        ),
    ] = None,
    from_json: Annotated[
        str | None,
        typer.Option(
            "--from-json",
            help="Read the definition(s) from a JSON file, or - for stdin: one object, "
            'an array, or {"models": [...]}.',
            metavar="FILE|-",
        ),
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="Human-readable name.")] = None,
    provider: Annotated[str | None, typer.Option("--provider", help="Provider.")] = None,
    description: Annotated[
        str | None, typer.Option("--description", help="What the model is.")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help=f"One of: {', '.join(vocabulary.KINDS)}.",
            parser=parsed(filters_parser("parse_kind")),
        ),
    ] = None,
    context_window: Annotated[
        int | None,
        typer.Option(
            "--context-window",
            metavar="TOKENS",
            parser=parsed(filters_parser("parse_count")),
            help="Context in tokens: 32768, 128K.",
        ),
    ] = None,
    max_completion_tokens: Annotated[
        int | None,
        typer.Option(
            "--max-completion-tokens",
            metavar="TOKENS",
            parser=parsed(filters_parser("parse_count")),
            help="Maximum output tokens: 16K.",
        ),
    ] = None,
    capability: Annotated[
        list[str] | None,
        typer.Option(
            "--capability",
            "--cap",
            help="A capability it has (repeatable): vision, tools, reasoning, json, ...",
            callback=_capabilities,
        ),
    ] = None,
    prompt_price: Annotated[
        float | None, typer.Option("--prompt-price", min=0, help="USD per 1M prompt tokens.")
    ] = None,
    completion_price: Annotated[
        float | None,
        typer.Option("--completion-price", min=0, help="USD per 1M completion tokens."),
    ] = None,
    cached_price: Annotated[
        float | None, typer.Option("--cached-price", min=0, help="USD per 1M cached tokens.")
    ] = None,
    parameters: Annotated[
        str | None, typer.Option("--parameters", metavar="COUNT", help="Parameters: 7B, 1.5T.")
    ] = None,
    license: Annotated[
        str | None, typer.Option("--license", metavar="LICENSE", help="Licence: apache-2.0.")
    ] = None,
    open_weights: Annotated[
        bool, typer.Option("--open-weights", help="Its weights are published (tag open-weights).")
    ] = False,
    input_modality: Annotated[
        list[str] | None,
        typer.Option("--input-modality", metavar="MODALITY", help="Takes (repeatable): text, ..."),
    ] = None,
    output_modality: Annotated[
        list[str] | None,
        typer.Option("--output-modality", metavar="MODALITY", help="Produces (repeatable)."),
    ] = None,
    extends: Annotated[
        str | None,
        typer.Option("--extends", help="Start from this model's definition (a new id only)."),
    ] = None,
    alias: Annotated[
        list[str] | None, typer.Option("--alias", help="Another id for it (repeatable).")
    ] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="A tag (repeatable).")] = None,
    file: FileOption = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Overwrite the store's entry for this id.")
    ] = False,
    update: Annotated[
        bool,
        typer.Option("--update", help="Change only the fields given of the store's entry."),
    ] = False,
    dry_run: DryRunOption = False,
) -> None:
    """Add a model to the user store, for good: every command sees it afterwards.

    An id of a built-in model stores a patch: only the fields given, over the
    built-in definition. An id the store already holds needs --replace.
    Everything is validated before anything is written.

    Examples:

      modelreg add my-llm --provider local --context-window 32768 --capability tools

      modelreg add my-llm --update --prompt-price 0.5

      modelreg add gpt-4o --prompt-price 2

      cat m.json | modelreg add --from-json - --dry-run
    """
    flags: dict[str, Any] = {
        "name": name,
        "provider": provider,
        "kind": kind,
        "description": description,
        "context_window": context_window,
        "max_completion_tokens": max_completion_tokens,
    }
    if parameters is not None:
        try:
            flags["parameters"] = parse_count(parameters)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--parameters") from None
    flags["license"] = license
    for option, modalities in (("input", input_modality), ("output", output_modality)):
        if modalities:
            try:
                flags[f"{option}_modalities"] = [parse_modality(m) for m in modalities]
            except ValueError as exc:
                raise typer.BadParameter(str(exc), param_hint=f"--{option}-modality") from None
    given = {k: v for k, v in flags.items() if v is not None}
    _check_limits(given)
    tag = [*(tag or []), *(["open-weights"] if open_weights else [])]
    lists = {"capability": capability, "alias": alias, "tag": tag}
    prices = {
        "prompt_price_per_1m": prompt_price,
        "completion_price_per_1m": completion_price,
        "cached_price_per_1m": cached_price,
    }
    used_flags = (
        given or extends or any(lists.values()) or any(v is not None for v in prices.values())
    )
    path = _path(file)
    if from_json is not None:
        if model_id is not None or used_flags:
            raise _usage("--from-json takes the whole definition; give no ID or field options")
        label = "stdin" if from_json == "-" else f"file:{from_json}"
        entries = userstore.parse_entries(_read_input(from_json, label), label)
        if not entries:
            raise _usage(f"{label}: no models to add")
    else:
        if model_id is None:
            raise _usage("give a model ID with field options, or --from-json FILE")
        label = FLAGS_LABEL
        entry: dict[str, Any] = {"id": model_id}
        if extends is not None:
            entry["extends"] = extends
        entry.update(given)
        for flag in capability or ():  # already field names (the option's callback)
            entry[flag] = True
        pricing = {k: v for k, v in prices.items() if v is not None}
        if pricing:
            entry["pricing"] = pricing
        if tag:
            entry["tags"] = list(tag)
        if alias:
            entry["aliases"] = list(alias)
        if update:
            entry = _updated(path, entry)
            replace = True
        elif (
            "extends" not in entry
            and entry.get("context_window", 1 << 62) < vocabulary.DEFAULTS["max_completion_tokens"]
        ):  # a new model's default output limit never exceeds the context it was given
            entry.setdefault("max_completion_tokens", entry["context_window"])
        entries = [entry]
    try:
        change = userstore.add(
            entries,
            path,
            label=label,
            replace=replace,
            dry_run=dry_run,
            later=_later(ctx, path),
        )
    except CatalogError as exc:
        if exc.source != FLAGS_LABEL:
            raise
        raise _usage(f"invalid model {model_id!r}: {exc.problem}") from None
    _report(change)


def _check_limits(given: dict[str, Any]) -> None:
    """An output limit above the context window given with it is a usage error."""
    window, output = given.get("context_window"), given.get("max_completion_tokens")
    if window is not None and output is not None and output > window:
        raise typer.BadParameter(
            f"{output} exceeds --context-window {window}", param_hint="--max-completion-tokens"
        )


def _updated(path: Path, entry: dict[str, Any]) -> dict[str, Any]:
    """The store's entry for the id with the fields given laid over it (prices merged)."""
    model_id = entry["id"]
    stored = [
        e for e in userstore.read_entries(path) if str(e.get("id", "")).lower() == model_id.lower()
    ]
    if not stored:
        raise _usage(f"{model_id!r} is not in the user store {path}; add it without --update")
    merged = {**stored[0], **entry, "id": stored[0]["id"]}
    if isinstance(stored[0].get("pricing"), dict) and "pricing" in entry:
        merged["pricing"] = {**stored[0]["pricing"], **entry["pricing"]}
    return merged


def _read_input(location: str, label: str) -> bytes:
    """The --from-json input, bounded like every source (size; a pipe's deadline; no devices)."""
    from modelreg.sources import read_bytes, read_stdin

    if location == "-":
        return read_stdin(label)
    return read_bytes(Path(location).expanduser(), label)


def remove(
    ctx: typer.Context,
    model_id: Annotated[
        str,
        typer.Argument(
            help="The id (or alias) of a model the store defines or patches.",
            metavar="STORED_ID",
            show_default=False,
        ),
    ],
    file: FileOption = None,
    dry_run: DryRunOption = False,
) -> None:
    """Remove a model from the user store, or the store's patch of a built-in model.

    A built-in model the store does not patch cannot be removed (exit 2); an
    id that is nowhere exits 1 with the closest ids.

    Examples: modelreg remove my-llm; modelreg remove gpt-4o (drops your patch of it)
    """
    path = _path(file)
    change = userstore.remove(
        model_id, path, dry_run=dry_run, later=_later(ctx, path), registry=registry_or_none(ctx)
    )
    _report(change)


_MESSAGES = {  # verb -> (done, dry run)
    "added": ("added {id!r} to {path}", "would add {id!r} to {path}"),
    "patched": (
        "added a patch of built-in {id!r} to {path}",
        "would add a patch of built-in {id!r} to {path}",
    ),
    "replaced": ("replaced {id!r} in {path}", "would replace {id!r} in {path}"),
    "removed": ("removed {id!r} from {path}", "would remove {id!r} from {path}"),
    "unpatched": (
        "removed the patch of built-in {id!r} from {path}; the built-in applies again",
        "would remove the patch of built-in {id!r} from {path}",
    ),
}


def _report(change: userstore.Change) -> None:
    if not change.written:
        output.emit_json(change.document)
    for verb, model_id in change.actions:
        done, dry = _MESSAGES[verb]
        template = done if change.written else "dry run: " + dry + " (nothing written)"
        terminal.note(template.format(id=model_id, path=change.path))


def register(app: typer.Typer) -> None:
    app.command("add")(add)
    app.command("remove")(remove)
