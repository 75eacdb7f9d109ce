"""The one filter grammar of ``list``, ``filter`` and ``search``: every filter option, declared
once and given to each of those commands by ``with_filters``.

Values reach modelreg.query.filters.Filters.parse as typed: repeatable options
also take comma lists (``-p openai,anthropic``), and a value that does not parse
is a usage error naming the option.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Annotated, Any

import typer

from modelreg.schema import CAPABILITY_NAMES, KINDS, MODALITIES, STATUSES


def _many(*names: str, metavar: str, help: str) -> Any:
    return Annotated[list[str] | None, typer.Option(*names, metavar=metavar, help=help)]


def _one(*names: str, metavar: str, help: str) -> Any:
    return Annotated[str | None, typer.Option(*names, metavar=metavar, help=help)]


def _flag(*names: str, help: str) -> Any:
    return Annotated[bool, typer.Option(*names, help=help)]


_CAPS = ", ".join(CAPABILITY_NAMES)
# Each filter option: its parameter name -> (its typer annotation, its default, the Filters field).
FILTER_OPTIONS: dict[str, tuple[Any, Any, str]] = {
    "provider": (
        _many("--provider", "-p", metavar="PROVIDER", help="Only these providers (repeatable)."),
        None,
        "providers",
    ),
    "capability": (
        _many("--capability", "--cap", metavar="CAPABILITY", help=f"Has every one: {_CAPS}."),
        None,
        "capabilities",
    ),
    "without_capability": (
        _many("--without-capability", metavar="CAPABILITY", help="Has none of these."),
        None,
        "without_capabilities",
    ),
    "kind": (
        _many("--kind", metavar="KIND", help=f"Any of these kinds: {', '.join(KINDS)}."),
        None,
        "kinds",
    ),
    "modality": (
        _many("--modality", metavar="MODALITY", help=f"Takes or makes: {', '.join(MODALITIES)}."),
        None,
        "modalities",
    ),
    "input_modality": (
        _many("--input-modality", metavar="MODALITY", help="Takes this input (repeatable)."),
        None,
        "input_modalities",
    ),
    "output_modality": (
        _many("--output-modality", metavar="MODALITY", help="Produces this output (repeatable)."),
        None,
        "output_modalities",
    ),
    "status": (
        _many("--status", metavar="STATUS", help=f"Any of: {', '.join(STATUSES)}."),
        None,
        "statuses",
    ),
    "min_context": (_one("--min-context", metavar="TOKENS", help="At least: 128K."), None, ""),
    "max_context": (_one("--max-context", metavar="TOKENS", help="At most: 32K."), None, ""),
    "min_output": (
        _one("--min-output", metavar="TOKENS", help="Output limit at least: 16K."),
        None,
        "",
    ),
    "max_prompt_price": (
        _one("--max-prompt-price", metavar="USD", help="At most USD per 1M prompt tokens: 2.5."),
        None,
        "",
    ),
    "max_completion_price": (
        _one("--max-completion-price", metavar="USD", help="At most USD per 1M output tokens."),
        None,
        "",
    ),
    "architecture": (
        _one("--architecture", metavar="ARCH", help="transformer, moe, ..."),
        None,
        "",
    ),
    "tag": (_many("--tag", metavar="TAG", help="Has every tag (repeatable)."), None, "tags"),
    "exclude_tag": (
        _many("--exclude-tag", metavar="TAG", help="Has none of these tags."),
        None,
        "exclude_tags",
    ),
    "license": (_one("--license", metavar="LICENSE", help="This licence."), None, ""),
    "open_weights": (
        Annotated[
            bool | None,
            typer.Option(
                "--open-weights/--closed-weights",
                help="Only models with published weights, or only those without.",
                show_default=False,
            ),
        ],
        None,
        "",
    ),
    "real_only": (
        _flag("--real-only", help="Leave out ids no provider serves (placeholders)."),
        False,
        "",
    ),
    "min_params": (_one("--min-params", metavar="COUNT", help="At least: 7B, 1.5T."), None, ""),
    "max_params": (_one("--max-params", metavar="COUNT", help="At most: 70B."), None, ""),
    "released_after": (
        _one("--released-after", metavar="DATE", help="On or after: YYYY, YYYY-MM, YYYY-MM-DD."),
        None,
        "",
    ),
    "released_before": (
        _one("--released-before", metavar="DATE", help="Before: YYYY, YYYY-MM, YYYY-MM-DD."),
        None,
        "",
    ),
    "via": (
        _many("--via", metavar="SELLER", help="Sold by this seller (repeatable), at its prices."),
        None,
        "sellers",
    ),
    "offers": (
        _flag("--offers", help="A row per offer (each seller's id and prices), not per model."),
        False,
        "offer_rows",
    ),
    "include_free": (
        _flag("--include-free", help="Rank free tiers and $0 plans among the prices."),
        False,
        "",
    ),
    "show_all": (
        _flag("--all", "-a", help="Include retired models (hidden unless a status is asked)."),
        False,
        "show_all",
    ),
}


def with_filters(command: Callable[..., None]) -> Callable[..., None]:
    """The command with every filter option added to its signature (before its own keyword
    options); it receives them as ``filters=`` ready for views.filters()."""
    signature = inspect.signature(command, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "filters"]
    split = next(i for i, p in enumerate(own) if p.default is not inspect.Parameter.empty)
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=hint)
        for name, (hint, default, _) in FILTER_OPTIONS.items()
    ]
    own = [
        p.replace(kind=inspect.Parameter.KEYWORD_ONLY) if i >= split else p
        for i, p in enumerate(own)
    ]

    def run(*args: Any, **kwargs: Any) -> None:
        given = {name: kwargs.pop(name) for name in FILTER_OPTIONS}
        conditions = {FILTER_OPTIONS[n][2] or n: v for n, v in given.items()}
        command(*args, filters=conditions, **kwargs)

    parameters = [*own[:split], *added, *own[split:]]
    run.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    run.__annotations__ = {
        **{p.name: p.annotation for p in own},
        **{name: hint for name, (hint, _, _) in FILTER_OPTIONS.items()},
    }
    run.__doc__ = command.__doc__
    run.__name__ = command.__name__
    return run
