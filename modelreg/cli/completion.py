"""``modelreg completion SHELL``: the shell completion script (completions/ holds copies)."""

from __future__ import annotations

from typing import Annotated

import typer

from modelreg.cli import terminal
from modelreg.cli.scripts import SHELLS, script


def completion(
    shell: Annotated[
        str,
        typer.Argument(help=f"One of: {', '.join(SHELLS)}.", metavar="SHELL", show_default=False),
    ],
) -> None:
    """Print the completion script for a shell.

    Examples:

      modelreg completion bash > ~/.local/share/bash-completion/completions/modelreg

      modelreg completion zsh > "${fpath[1]}/_modelreg"

      modelreg completion fish > ~/.config/fish/completions/modelreg.fish
    """
    if shell not in SHELLS:
        raise typer.BadParameter(f"choose one of {', '.join(SHELLS)}", param_hint="SHELL")
    terminal.write(script(shell))


def register(app: typer.Typer) -> None:
    app.command("completion")(completion)
