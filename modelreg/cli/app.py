"""The typer app: the root group, its global options, and the commands built lazily.

Only typer's public API is used. Errors of the core become one stderr line and
an exit status (see modelreg.cli).
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import Annotated, Any

import typer
from typer.core import TyperGroup
from typer.main import get_command

from modelreg import __version__
from modelreg.cli import status, terminal
from modelreg.cli.state import State
from modelreg.cli.status import UsageError
from modelreg.errors import ModelRegError

# Each command and the module that defines it (with a ``register(app)`` function).
COMMANDS = {
    "list": "modelreg.cli.commands",
    "show": "modelreg.cli.commands",
    "search": "modelreg.cli.commands",
    "filter": "modelreg.cli.commands",
    "capabilities": "modelreg.cli.commands",
    "compare": "modelreg.cli.commands",
    "cost": "modelreg.cli.commands",
    "check": "modelreg.cli.serve",
    "serve": "modelreg.cli.serve",
    "parse-ft": "modelreg.cli.commands",
    "providers": "modelreg.cli.catalogs",
    "export": "modelreg.cli.catalogs",
    "schema": "modelreg.cli.catalogs",
    "add": "modelreg.cli.store",
    "remove": "modelreg.cli.store",
    "update": "modelreg.cli.outside",
    "sources": "modelreg.cli.outside",
    "audit": "modelreg.cli.outside",
    "completion": "modelreg.cli.completion",
}


class _Formatter(typer.Context.formatter_class):  # type: ignore[name-defined,misc,valid-type]
    """click's help formatter, wrapping at spaces only: a hyphenated word or a path is never
    split across lines (``--max-tokens``, ``~/.local/share/bash-completion/...`` copy and
    paste whole)."""

    def write_text(self, text: str) -> None:
        self.write(_wrap(text, self.width, " " * self.current_indent) + "\n")

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        rows = list(rows)
        first_col = min(max((len(first) for first, _ in rows), default=0), col_max) + col_spacing
        indent = " " * self.current_indent
        for first, second in rows:
            self.write(f"{indent}{first}")
            if not second:
                self.write("\n")
                continue
            if len(first) <= first_col - col_spacing:
                self.write(" " * (first_col - len(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = _wrap(second, max(self.width - first_col - 2, 10)).splitlines() or [""]
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(" " * (first_col + self.current_indent) + line + "\n")


def _wrap(text: str, width: int, indent: str = "") -> str:
    """Help text in lines at most ``width`` wide, broken at spaces only; paragraphs are
    separated by blank lines, and an indented one (an example) or one that starts with a
    ``\\b`` line is kept as written."""
    import textwrap

    paragraphs = []
    for block in re.split(r"\n\s*\n", text.expandtabs()):
        lines = block.splitlines()
        if not lines:
            continue
        extra = " " * (len(lines[0]) - len(lines[0].lstrip()))
        if lines[0].strip() == "\b" or extra:  # an example: a command line to copy, whole
            paragraphs.append("\n".join(indent + line for line in lines if line.strip() != "\b"))
            continue
        wrapper = textwrap.TextWrapper(
            width,
            initial_indent=indent + extra,
            subsequent_indent=indent + extra,
            break_on_hyphens=False,
            break_long_words=False,
        )
        paragraphs.append(wrapper.fill(" ".join(line.strip() for line in lines)))
    return "\n\n".join(paragraphs)


class _Context(typer.Context):
    """typer's context, formatting help with _Formatter."""

    formatter_class = _Formatter


# What an option's value is called in help when the option names none (typer would print
# its Python type: <str>, <float range>).
_VALUE_NAMES = {"int": "N", "int range": "N", "float": "NUMBER", "float range": "NUMBER"}


def _plain_help(command: Any) -> Any:
    """The command with help in people's words: values named TEXT, N, NUMBER, PATH (not
    typer's <str>, <list[str]>, <float range>), arguments in the usage line as MODEL_ID or
    [MODEL_ID...] (not {MODEL_ID} or [MODEL_ID...]...), text wrapped at spaces only."""
    command.context_class = _Context
    for param in command.params:
        if param.param_type_name == "argument":
            name = param.metavar or (param.name or "").upper() + ("..." if param.nargs != 1 else "")
            usage = name if param.required else f"[{name}]"
            param.display_type_rich = lambda ctx=None: None  # type: ignore[method-assign]
            param.get_usage_pieces = lambda ctx, usage=usage: [usage]  # type: ignore[method-assign]
        elif not getattr(param, "is_flag", False) and param.metavar is None:
            kind = str(param.display_type(None)).strip("<>").removeprefix("list[").rstrip("]")
            param.metavar = _VALUE_NAMES.get(kind, "PATH" if kind == "path" else "TEXT")
    return command


class Group(TyperGroup):
    """The root group.

    Commands are built lazily: a run (and every TAB of shell completion) imports
    and builds only the command it needs. Errors of the core become one stderr
    line and an exit status.
    """

    context_class = _Context

    def list_commands(self, ctx: typer.Context) -> list[str]:  # type: ignore[override]
        return list(COMMANDS)

    def get_command(self, ctx: typer.Context, cmd_name: str) -> Any:  # type: ignore[override]
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module = typer.Typer(
                add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False
            )
            import_module(COMMANDS[cmd_name]).register(module)
            module.registered_commands = [
                info for info in module.registered_commands if info.name == cmd_name
            ]
            self.commands[cmd_name] = _plain_help(get_command(module))
        return self.commands.get(cmd_name)

    def resolve_command(self, ctx: typer.Context, args: list[str]) -> Any:  # type: ignore[override]
        """The command named first in ``args``; an unknown name is a usage error with the
        closest command names ("did you mean 'list'?")."""
        name = args[0] if args else ""
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            from modelreg.query.parsers import did_you_mean

            hint = did_you_mean(name, list(COMMANDS)).removeprefix("; ")
            ctx.fail(f"No such command {name!r}" + (f"; {hint}" if hint else "."))
        return super().resolve_command(ctx, args)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Run; a usage error is one line on stderr (click prints a block) and exit 2."""
        _plain_help(self)
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except typer.TyperException as exc:
            sys.exit(_report(exc))
        sys.exit(result if isinstance(result, int) else 0)

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except ModelRegError as exc:
            raise typer.Exit(terminal.report(exc)) from None
        except UsageError as exc:
            command = f"modelreg {ctx.invoked_subcommand}"
            raise typer.Exit(terminal.usage_error(str(exc), command)) from None
        except BrokenPipeError:
            terminal.silence_stdout()
            raise typer.Exit(0) from None


def _report(exc: typer.TyperException) -> int:
    """Print a typer (click) error as one stderr line; its exit status."""
    ctx = getattr(exc, "ctx", None)
    message = exc.format_message()
    if ctx is not None and message == ctx.get_help():  # no arguments: the help, on stderr
        sys.stderr.write(message + "\n")
    elif exc.exit_code == status.USAGE:
        path = ctx.command_path if ctx is not None else "modelreg"
        option = (
            message.removeprefix("No such option: ").split()[0]
            if "No such option" in message
            else ""
        )
        if option.split("=")[0] in GLOBAL_OPTIONS:
            terminal.error(
                f"{option} is a global option: give it before the command (modelreg {option} ...)"
            )
        else:
            terminal.usage_error(message, path)
    else:
        terminal.error(message)
    return exc.exit_code


GLOBAL_OPTIONS = ("-c", "--catalog", "--builtin-only", "--prefer-outside")

app = typer.Typer(
    name="modelreg",
    cls=Group,
    help=(
        "Explore AI model metadata: capabilities, context windows, pricing.\n\n"
        "Examples:\n\n"
        "  modelreg search vision\n\n"
        "  modelreg capabilities gpt-4o --json | jq .context_window\n\n"
        "  modelreg filter --capability reasoning --max-prompt-price 2\n\n"
        "  modelreg -c extra.json show my-model\n\n"
        "Sources, later wins: the built-in catalogs, the user store "
        "($XDG_CONFIG_HOME/modelreg/models.json), ./models.json, FAKEAI_CUSTOM_MODELS, then "
        "each --catalog (else MODELREG_CATALOG). Outside catalogs (litellm:, models.dev:, "
        "openrouter:) fill gaps. --builtin-only ignores all but the built-ins and --catalog."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={
        "help_option_names": ["-h", "--help"],
        "max_content_width": max(80, shutil.get_terminal_size().columns),
    },
)


def _version(value: bool) -> None:
    if value:
        terminal.write(f"modelreg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    catalog: Annotated[
        list[str] | None,
        typer.Option(
            "--catalog",
            "-c",
            help="Also load this models.json path or http(s)/file URL (repeatable, later wins; "
            "default: the one MODELREG_CATALOG names).",
            metavar="PATH_OR_URL",
        ),
    ] = None,
    builtin_only: Annotated[
        bool,
        typer.Option("--builtin-only", help="Ignore every source but the built-in catalogs."),
    ] = False,
    prefer_outside: Annotated[
        bool,
        typer.Option(
            "--prefer-outside",
            help="Let outside catalogs (litellm:, models.dev:, openrouter:) override the "
            "figures of other sources, not only fill their gaps.",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Explore AI model metadata."""
    ctx.obj = State(catalogs=catalog, builtin_only=builtin_only, prefer_outside=prefer_outside)


# What completes the value of an option or argument, by its metavar (see modelreg.cli.complete).
VALUE_KINDS = {
    "MODEL_ID": "model",
    "MODEL_ID...": "model",
    "STORED_ID": "stored",
    "PROVIDER": "provider",
    "CAPABILITY": "capability",
    "FORMAT": "format",
    "KIND": "kind",
    "MODALITY": "modality",
    "FIELD": "sort",
    "STATUS": "status",
    "SHELL": "shell",
    "PATH_OR_URL": "file",
    "FILE": "file",
}


def grammar() -> dict[str, Any]:
    """Every command's grammar, read off the typer app: per command (and "" for the root) its
    summary; its options, each -> what completes its value (None for a flag); its
    arguments (what completes each; "*" repeats); and, for the front door, ``parse``: each
    option -> [where its value goes, its arity], each argument's destination, and the
    ``answer`` it runs (modelreg.cli.commands.ANSWERS)."""
    from modelreg.cli.commands import ANSWERS
    from modelreg.cli.filtering import FILTER_OPTIONS

    root = get_command(app)

    def destination(name: str, filtered: bool) -> str:
        """Where a parameter's value goes: its name, or ``filters.FIELD`` for a filter."""
        if filtered and name in FILTER_OPTIONS:
            return "filters." + (FILTER_OPTIONS[name][2] or name)
        return name

    def spec(name: str, command: Any) -> dict[str, Any]:
        answer = ANSWERS.get(name)
        answer_hints = {} if answer is None else answer.__annotations__
        options: dict[str, str | None] = {}
        arguments: list[str] = []
        parse: dict[str, list[str]] = {}
        dests: list[list[str]] = []
        for param in command.params:
            kind = VALUE_KINDS.get(param.metavar or "", "text")
            dest = destination(param.name or "", "filters" in answer_hints)
            if param.param_type_name == "argument":
                arguments.append(kind + ("*" if param.nargs == -1 else ""))
                dests.append([dest, "many" if param.nargs == -1 else "one"])
                continue
            if param.is_flag:
                arity = "flag"
            elif param.multiple:
                arity = "many"
            else:  # an int is read as one (the answer's annotation says: ``int | None``)
                hint = str(answer_hints.get(param.name or "", ""))
                arity = "int" if hint.startswith("int") else "one"
            for option in param.opts:
                options[option] = None if param.is_flag else kind
                parse[option] = [dest, arity]
            for option in param.secondary_opts:  # --closed-weights: the flag's False
                options[option] = None
                parse[option] = [dest, "off"]
        options["--help"] = options["-h"] = None
        summary = (command.help or "").strip().split("\n")[0]
        found: dict[str, Any] = {"summary": summary, "options": options, "arguments": arguments}
        if answer is not None or not name:
            found["parse"] = {"options": parse, "arguments": dests}
            if answer is not None:
                found["parse"]["answer"] = f"{answer.__module__}:{answer.__name__}"
        return found

    commands = {"": spec("", root)}
    for name in COMMANDS:
        commands[name] = spec(name, root.get_command(None, name))  # type: ignore[attr-defined]
    return commands


def grammar_module() -> str:
    """The source of modelreg/cli/grammar.py (generated: `make completions`)."""
    import pprint

    text = pprint.pformat(grammar(), width=96, sort_dicts=False)
    return (
        '"""The command grammar shell completion and the front door read, generated from the\n'
        "typer app (modelreg.cli.app.grammar; `make completions` writes it, a test keeps it in\n"
        'sync)."""\n\n'
        f"GRAMMAR: dict = {text}\n"
    )
