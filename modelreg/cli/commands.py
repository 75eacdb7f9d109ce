"""The typer declarations of the commands the front door (modelreg.cli.fast) answers too:
their options, arguments and help, read by the typer app and by the grammar generated from it
(modelreg.cli.grammar). A declaration is a signature and its help; what runs is its answer
(ANSWERS: modelreg.cli.models, .inspect, .costs), given the run's State and the values."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Annotated, Any

import typer

from modelreg.cli import costs, inspect, models
from modelreg.cli.filtering import with_filters
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
from modelreg.cli.state import state

# Each command declared here and its answer, the function the front door calls too.
ANSWERS: dict[str, Callable[..., None]] = {
    "list": models.list_models,
    "filter": models.list_models,
    "search": models.search_models,
    "show": models.show,
    "capabilities": inspect.capabilities,
    "parse-ft": inspect.parse_ft,
    "compare": inspect.compare,
    "cost": costs.cost,
}
# The help of 'filter', which is 'list' (its declaration and answer) under another name.
FILTER_HELP = """The models that meet every condition given (the same command as 'modelreg list').

Retired models and ids no provider serves are left out unless --all (or --status for
retired ones) asks for them; the table's footer says how many.

Examples:

  modelreg filter --capability tools --min-context 128K --max-prompt-price 3

  modelreg filter --open-weights --max-params 70B --sort parameters --desc"""


def answering(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The decorated declaration (its signature and help, which typer reads) running the
    answer of command ``name`` with the run's State and the values given."""

    def declare(declaration: Callable[..., None]) -> Callable[..., None]:
        @functools.wraps(declaration)
        def run(ctx: typer.Context, **values: Any) -> None:
            ANSWERS[name](state(ctx), **values)

        return run

    return declare


Prompt = Annotated[
    str | None, typer.Option("--prompt-tokens", metavar="TOKENS", help="Prompt tokens: 1200, 1M.")
]
Completion = Annotated[
    str | None, typer.Option("--completion-tokens", metavar="TOKENS", help="Completion tokens.")
]
Cached = Annotated[
    str | None,
    typer.Option("--cached-tokens", metavar="TOKENS", help="Of the prompt tokens, the cached."),
]
Images = Annotated[str | None, typer.Option("--images", metavar="N", help="Images generated.")]
Size = Annotated[
    str | None,
    typer.Option("--size", metavar="WxH", help="Of the images: their size, e.g. 1024x1024."),
]
Quality = Annotated[
    str | None,
    typer.Option("--quality", metavar="Q", help="Of the images: their quality (hd, low, ...)."),
]
Minutes = Annotated[
    str | None, typer.Option("--audio-minutes", metavar="N", help="Minutes of audio to transcribe.")
]
Characters = Annotated[
    str | None, typer.Option("--characters", metavar="N", help="Characters of text to speak.")
]
Seconds = Annotated[
    str | None, typer.Option("--video-seconds", metavar="N", help="Seconds of video generated.")
]


@answering("list")
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


@answering("search")
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


@answering("show")
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


@answering("capabilities")
def capabilities(
    ctx: typer.Context,
    model_id: ModelIdArgument,
    auto_create: AutoCreateOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """What a model can do: context, output limit, pricing, capability flags, features.

    Examples: modelreg capabilities gpt-4o; modelreg capabilities o1 --json | jq .capabilities
    """


@answering("parse-ft")
def parse_ft(
    ctx: typer.Context,
    model_id: Annotated[str, typer.Argument(help="A fine-tuned id: ft:BASE:ORG:SUFFIX:ID.")],
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Split a fine-tuned id into base, org, suffix and id; say whether the base is known.

    Examples: modelreg parse-ft ft:gpt-3.5-turbo:acme::xyz789;
    modelreg parse-ft ft:gpt-4o-mini-2024-07-18:acme:support-bot:abc123 --json
    """


@answering("compare")
def compare(
    ctx: typer.Context,
    model_ids: Annotated[
        list[str],
        typer.Argument(
            help="Two or more model ids or aliases.",
            metavar="MODEL_ID...",
            show_default=False,
        ),
    ],
    only_differences: Annotated[
        bool, typer.Option("--diff", help="Only the fields that differ.")
    ] = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """Models side by side; fields that differ are marked with '*'.

    Examples:

      modelreg compare gpt-4o claude-sonnet-4-6 o3

      modelreg compare gpt-4o claude-sonnet-4-6 --diff --json
    """


@answering("cost")
def cost(
    ctx: typer.Context,
    model_ids: Annotated[
        list[str] | None,
        typer.Argument(help="Models to price (several: sorted by total).", metavar="MODEL_ID..."),
    ] = None,
    prompt_tokens: Prompt = None,
    completion_tokens: Completion = None,
    cached_tokens: Cached = None,
    images: Images = None,
    size: Size = None,
    quality: Quality = None,
    audio_minutes: Minutes = None,
    characters: Characters = None,
    video_seconds: Seconds = None,
    usage: Annotated[
        str | None,
        typer.Option(
            "--usage",
            metavar="FILE",
            help="A JSONL file of OpenAI responses or usage objects, each with its model "
            "('-' for stdin): the cost per model and in total.",
        ),
    ] = None,
    batch: Annotated[
        bool, typer.Option("--batch", help="At the batch API's prices (unknown where none).")
    ] = False,
    off_peak: Annotated[
        bool,
        typer.Option("--off-peak", help="At the off-peak hours' prices (unknown where none)."),
    ] = False,
    via: Annotated[
        str | None,
        typer.Option(
            "--via",
            metavar="SELLER",
            help="At a seller's prices (its cheapest offer of each model: azure, bedrock, ...).",
        ),
    ] = None,
    auto_create: AutoCreateOption = False,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """The USD cost of requests from the models' prices, as the providers charge them.

    Cached tokens are part of the prompt tokens and billed at the cached price (at the prompt
    price where the model has none). Past a model's long-context threshold the request is
    billed at that tier's prices (for the whole request, or the prompt tokens past it, as the
    provider bills). A part whose price the model lacks is null, and so is the
    total (said on stderr). A fine-tuned id is priced as its base model.

    Examples:

      modelreg cost gpt-4o --prompt-tokens 1200 --completion-tokens 300

      modelreg cost --prompt-tokens 1M --completion-tokens 200K gpt-4o claude-sonnet-4 o3

      modelreg cost dall-e-3 --images 10 --size 1792x1024 --quality hd

      modelreg cost --usage responses.jsonl
    """


def register(app: typer.Typer) -> None:
    app.command("list")(with_filters(list_models))
    app.command("filter", help=FILTER_HELP)(with_filters(list_models))
    app.command("search")(with_filters(search_models))
    app.command("show")(show)
    app.command("capabilities")(capabilities)
    app.command("parse-ft")(parse_ft)
    app.command("compare")(compare)
    app.command("cost")(cost)
