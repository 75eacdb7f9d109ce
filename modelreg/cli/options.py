"""Options shared by several commands, and the shell completion of their values."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer

from modelreg.cli.output import FORMATS

if TYPE_CHECKING:
    pass


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
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
ModelIdArgument = Annotated[
    str,
    typer.Argument(
        help="A model id, alias (case-insensitive) or fine-tuned id (ft:BASE:ORG:SUFFIX:ID).",
        metavar="MODEL_ID",
        show_default=False,
    ),
]
AutoCreateOption = Annotated[
    bool,
    typer.Option("--auto-create", help="Create an unknown id with the auto-created defaults."),
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
FieldsOption = Annotated[
    str | None,
    typer.Option(
        "--fields",
        metavar="FIELDS",
        help="The fields of JSON and CSV, and the columns of tables: id,context_window,...",
    ),
]
DescOption = Annotated[bool, typer.Option("--desc", help="Sort descending.")]
LimitOption = Annotated[
    int | None, typer.Option("--limit", "-n", metavar="N", min=0, help="At most this many models.")
]
