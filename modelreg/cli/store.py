"""add and remove: being written."""

import typer


def register(app: typer.Typer) -> None:
    """Placeholder until the user-store commands land."""
