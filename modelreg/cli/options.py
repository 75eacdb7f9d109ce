"""Options shared by several commands, and the shell completion of their values."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer

from modelreg.cli.output import FORMATS
from modelreg.cli.state import registry_or_none
from modelreg.record import CAPABILITY_NAMES, KINDS, MODALITIES

if TYPE_CHECKING:
    pass


def complete_model_id(ctx: typer.Context, incomplete: str) -> list[str]:
    """Ids and aliases starting with what was typed (typer keeps only exact-case prefixes)."""
    reg = registry_or_none(ctx)
    return [name for name in reg.names() if name.startswith(incomplete)] if reg else []


def complete_provider(ctx: typer.Context, incomplete: str) -> list[str]:
    reg = registry_or_none(ctx)
    if reg is None:
        return []
    providers = {r["provider"] for r in reg.records()}
    providers |= {c.provider for c in reg.provider_catalogs()}
    return sorted(p for p in providers if p.startswith(incomplete))


def _complete_from(words: tuple[str, ...]) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        return [w for w in words if w.startswith(incomplete)]

    return complete


def complete_capability(incomplete: str) -> list[str]:
    return [w for w in CAPABILITY_NAMES if w.startswith(incomplete)]


def parsed(parser: Callable[[str], Any]) -> Callable[[Any], Any]:
    """A typer parser that turns the core's ValueError into a usage error (exit 2)."""

    def parse(value: Any) -> Any:
        if value is None or not isinstance(value, str):
            return value
        try:
            return parser(value)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None

    return parse


def filters_parser(name: str) -> Callable[[str], Any]:
    """A parser of modelreg.query.parsers, imported only when an option is given."""

    def parse(value: str) -> Any:
        from modelreg.query import parsers

        return getattr(parsers, name)(value)

    return parse


def _format(value: str) -> str:
    if value not in FORMATS:
        raise ValueError(f"{value!r} is not one of {', '.join(FORMATS)}")
    return value


FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help=f"Output format: {', '.join(FORMATS)} (default: a table; plain TSV when piped).",
        parser=parsed(_format),
        autocompletion=_complete_from(FORMATS),
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
ModelIdArgument = Annotated[
    str,
    typer.Argument(
        help="A model id, alias (case-insensitive) or fine-tuned id (ft:BASE:ORG:SUFFIX:ID).",
        autocompletion=complete_model_id,
        metavar="MODEL_ID",
        show_default=False,
    ),
]
AutoCreateOption = Annotated[
    bool,
    typer.Option("--auto-create", help="Create an unknown id with the auto-created defaults."),
]
ProviderOption = Annotated[
    list[str] | None,
    typer.Option(
        "--provider",
        "-p",
        metavar="PROVIDER",
        help="Only this provider (repeatable).",
        autocompletion=complete_provider,
    ),
]
CapabilityOption = Annotated[
    list[str] | None,
    typer.Option(
        "--capability",
        "--cap",
        metavar="CAPABILITY",
        help="Only models with this capability (repeatable): vision, tools, reasoning, ...",
        autocompletion=complete_capability,
        parser=parsed(filters_parser("capability_name")),
    ),
]
KindOption = Annotated[
    str | None,
    typer.Option(
        "--kind",
        metavar="KIND",
        help=f"Only this kind: {', '.join(KINDS)}.",
        autocompletion=_complete_from(KINDS),
        parser=parsed(filters_parser("parse_kind")),
    ),
]
ModalityOption = Annotated[
    str | None,
    typer.Option(
        "--modality",
        metavar="MODALITY",
        help=f"Only models taking or producing this: {', '.join(MODALITIES)}.",
        autocompletion=_complete_from(MODALITIES),
        parser=parsed(filters_parser("parse_modality")),
    ),
]
SortOption = Annotated[
    str | None,
    typer.Option(
        "--sort",
        metavar="FIELD",
        help="Sort by a field: id, context_window, prompt_price, parameters, ...",
        parser=parsed(filters_parser("sort_key")),
    ),
]
DescOption = Annotated[bool, typer.Option("--desc", help="Sort descending.")]
LimitOption = Annotated[
    int | None, typer.Option("--limit", "-n", metavar="N", min=0, help="At most this many models.")
]
