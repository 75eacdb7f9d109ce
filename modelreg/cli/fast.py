"""The front door: the commands people and scripts run most, answered before typer is imported.

A command line is read with the grammar generated from the typer app (modelreg.cli.grammar):
the global options, then a command that has an answer (``list``, ``filter``, ``search``,
``show``, ``capabilities``, ``compare``, ``cost``, ``parse-ft``: modelreg.cli.commands.ANSWERS),
its options and arguments. The answer is the function the typer command runs, so both print
the same bytes. A line the grammar does not read exactly (another command, ``--help``, an
unknown option, a missing value or argument, a value typer would refuse) returns None, and
typer answers it, its usage errors included.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from modelreg.cli import output, status, terminal
from modelreg.cli.grammar import GRAMMAR
from modelreg.cli.state import State
from modelreg.errors import ModelRegError


class _Unread(Exception):
    """A command line the front door leaves to typer."""


def run_fast(argv: Sequence[str]) -> int | None:
    """The exit status of a command line answered here, or None for typer to answer."""
    try:
        given, command, kwargs = _parse(list(argv))
    except _Unread:
        return None
    module, _, name = GRAMMAR[command]["parse"]["answer"].partition(":")
    answer = getattr(__import__(module, fromlist=[name]), name)
    state = State(
        given.get("catalog"), bool(given.get("builtin_only")), bool(given.get("prefer_outside"))
    )
    try:
        answer(state, **kwargs)
    except status.UsageError as exc:
        return terminal.usage_error(str(exc), f"modelreg {command}")
    except ModelRegError as exc:
        return terminal.report(exc)
    return status.OK


def _parse(argv: list[str]) -> tuple[dict[str, Any], str, dict[str, Any]]:
    """(the global options, the command, its answer's keyword arguments) of a command line."""
    given: dict[str, Any] = {}
    while argv and argv[0].startswith("-"):
        _option(argv, "", given)
    if not argv or "version" in given or "answer" not in GRAMMAR.get(argv[0], {}).get("parse", {}):
        raise _Unread
    command, rest = argv[0], argv[1:]
    spec = GRAMMAR[command]["parse"]
    kwargs: dict[str, Any] = {}
    positionals: list[str] = []
    while rest:
        if rest[0] == "--":
            positionals += rest[1:]
            break
        if rest[0].startswith("-") and rest[0] != "-":
            _option(rest, command, kwargs)
        else:
            positionals.append(rest.pop(0))
    for dest, arity in spec["arguments"]:
        if arity == "many":
            if positionals:
                kwargs[dest] = positionals
            positionals = []
        elif positionals:
            kwargs[dest] = positionals.pop(0)
        else:
            raise _Unread  # a missing argument: typer says so
    if positionals:
        raise _Unread
    filters = {k.removeprefix("filters."): kwargs.pop(k) for k in list(kwargs) if "." in k}
    if any(k.startswith("filters.") for k, _ in spec["options"].values()):
        kwargs["filters"] = filters
    return given, command, kwargs


def _option(words: list[str], command: str, into: dict[str, Any]) -> None:
    """Read the command's option at the head of ``words`` (``--name``, ``--name=value``,
    ``--name value``, ``-n value``, ``-nvalue``) into ``into``; anything else is _Unread."""
    options = GRAMMAR[command]["parse"]["options"]
    word = words.pop(0)
    name, equals, value = word.partition("=")
    if name not in options and not word.startswith("--") and word[:2] in options:
        name, equals, value = word[:2], "=", word[2:]  # -n5
    if name not in options:
        raise _Unread  # --help, or an option this command does not have
    dest, arity = options[name]
    if arity in ("flag", "off"):
        if equals:
            raise _Unread
        into[dest] = arity == "flag"
        return
    if not equals:
        if not words or (words[0].startswith("-") and words[0] != "-"):
            raise _Unread  # a missing value
        value = words.pop(0)
    converted = _converted(value, arity, GRAMMAR[command]["options"][name])
    if arity == "many":
        into.setdefault(dest, []).append(converted)
    else:
        into[dest] = converted


def _converted(value: str, arity: str, kind: str | None) -> Any:
    """An option's value as typer gives it to the command; one typer refuses is _Unread."""
    if arity == "int":
        if not value.isdigit():
            raise _Unread
        return int(value)
    if kind == "format" and value not in output.FORMATS:
        raise _Unread
    if kind == "sort":
        from modelreg.query.parsers import sort_key

        try:
            return sort_key(value)
        except ValueError:
            raise _Unread from None
    return value
