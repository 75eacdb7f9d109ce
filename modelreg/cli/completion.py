"""``modelreg completion SHELL``: the shell completion script (completions/ holds copies)."""

from __future__ import annotations

from typing import Annotated

import typer

from modelreg.cli import output

SHELLS = ("bash", "zsh", "fish")
COMPLETE_VAR = "_MODELREG_COMPLETE"


def completion_script(shell: str) -> str:
    """The script that makes ``shell`` complete modelreg's commands, options and model ids."""
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name="modelreg", complete_var=COMPLETE_VAR, shell=shell)


def completion(
    shell: Annotated[str, typer.Argument(help=f"One of: {', '.join(SHELLS)}.", show_default=False)],
) -> None:
    """Print the completion script for a shell.

    Examples: modelreg completion bash > ~/.local/share/bash-completion/completions/modelreg;
    modelreg completion fish > ~/.config/fish/completions/modelreg.fish
    """
    if shell not in SHELLS:
        raise typer.BadParameter(f"choose one of {', '.join(SHELLS)}", param_hint="SHELL")
    output.write(completion_script(shell))


def register(app: typer.Typer) -> None:
    app.command("completion")(completion)
