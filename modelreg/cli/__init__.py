"""The ``modelreg`` command: a thin layer that parses, calls the core and renders.

Every failure is one line on stderr and an exit status: 0 success, 1 model
not found, 2 usage error, 3 invalid catalog data, 4 cannot write the user
store. No traceback reaches a user.
"""

from __future__ import annotations

import contextlib
import os
import sys
from importlib import import_module
from typing import Annotated, Any

import typer
from typer._click.core import Context
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
from typer.core import TyperGroup
from typer.main import get_command_from_info

from modelreg import __version__
from modelreg.cli import output
from modelreg.cli.state import State
from modelreg.errors import (
    CatalogError,
    FineTuneIdError,
    ModelConflictError,
    ModelNotFoundError,
    UserStoreError,
)

EXIT_NOT_FOUND, EXIT_USAGE, EXIT_CATALOG, EXIT_STORE = 1, 2, 3, 4

# Each command and the module that defines it (with a ``register(app)`` function).
COMMANDS = {
    "list": "modelreg.cli.models",
    "show": "modelreg.cli.models",
    "search": "modelreg.cli.models",
    "filter": "modelreg.cli.models",
    "capabilities": "modelreg.cli.inspect",
    "compare": "modelreg.cli.inspect",
    "cost": "modelreg.cli.inspect",
    "parse-ft": "modelreg.cli.inspect",
    "providers": "modelreg.cli.catalogs",
    "export": "modelreg.cli.catalogs",
    "schema": "modelreg.cli.catalogs",
    "add": "modelreg.cli.store",
    "remove": "modelreg.cli.store",
    "completion": "modelreg.cli.completion",
    "check": "modelreg.cli.serve",
    "serve": "modelreg.cli.serve",
}


class Group(TyperGroup):
    """The root group.

    Commands are built lazily: a run (and every TAB of shell completion) imports
    and builds only the command it needs. Errors of the core become one stderr
    line and an exit status.
    """

    def list_commands(self, ctx: Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Context, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module = typer.Typer()
            import_module(COMMANDS[cmd_name]).register(module)
            for info in module.registered_commands:
                if info.name == cmd_name:
                    self.commands[cmd_name] = get_command_from_info(
                        info, pretty_exceptions_short=False, rich_markup_mode=None
                    )
        return self.commands.get(cmd_name)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Run; a usage error is one line on stderr (click prints a block) and exit 2."""
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except NoArgsIsHelpError as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except UsageError as exc:
            path = exc.ctx.command_path if exc.ctx else "modelreg"
            output.error(f"{exc.format_message()} (see '{path} --help')")
            sys.exit(EXIT_USAGE)
        except ClickException as exc:
            output.error(exc.format_message())
            sys.exit(exc.exit_code)
        sys.exit(result if isinstance(result, int) else 0)

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except (ModelNotFoundError, FineTuneIdError) as exc:
            output.error(str(exc))
            raise typer.Exit(EXIT_NOT_FOUND) from None
        except CatalogError as exc:
            output.error(str(exc))
            raise typer.Exit(EXIT_CATALOG) from None
        except UserStoreError as exc:
            output.error(str(exc))
            raise typer.Exit(EXIT_STORE) from None
        except ModelConflictError as exc:
            output.error(str(exc))
            raise typer.Exit(EXIT_USAGE) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(0) from None


app = typer.Typer(
    name="modelreg",
    cls=Group,
    help=(
        "Explore AI model metadata: capabilities, context windows, pricing.\n\n"
        "Examples:\n\n"
        "  modelreg search vision\n\n"
        "  modelreg capabilities gpt-4o --json | jq .context_window\n\n"
        "  modelreg filter --capability reasoning --max-prompt-price 2\n\n"
        "  modelreg -c extra.json show my-model"
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        output.write(f"modelreg {__version__}")
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
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Explore AI model metadata."""
    ctx.obj = State(catalogs=catalog, builtin_only=builtin_only)


def _silence_stdout() -> None:
    """The reader went away (`modelreg export | head -1`): point stdout at /dev/null so that
    the interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):  # no file descriptor: a test runner's stdout
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main() -> None:
    """The console script: run the app, never letting a traceback through."""
    try:
        app()
    except KeyboardInterrupt:
        output.error("interrupted")
        raise SystemExit(130) from None
    except Exception as exc:  # a bug: still one line, never a traceback
        output.error(f"internal error: {type(exc).__name__}: {exc}")
        raise SystemExit(70) from None
