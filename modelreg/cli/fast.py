"""The command lines scripts run most, answered before typer is imported.

``capabilities ID --json``, ``show ID --json``, ``list``, ``filter`` and ``search WORDS``
(a table, or ``--json``, ``--format table|json|jsonl|ids``; list, filter and search
with ``--capability`` and ``--provider``; after the global options ``-c/--catalog`` and
``--builtin-only``) print exactly what the typer commands print, through the same
functions (modelreg.cli.views). Any other command line, one these rules do not read
exactly, or a filter value that does not parse, returns None and goes to typer.
"""

from __future__ import annotations

from collections.abc import Sequence

from modelreg.cli import output, status, views
from modelreg.cli.state import State
from modelreg.errors import CatalogError, ModelRegError

_FAST_FORMATS = ("json", "jsonl", "ids", "table")
# The filter options read here: option -> its Filters field (as cli/filtering.py declares
# them; a test holds the two equal).
FAST_FILTERS = {
    "--capability": "capabilities",
    "--cap": "capabilities",
    "--provider": "providers",
    "-p": "providers",
}
_LISTINGS = ("list", "filter", "search")


def run_fast(argv: Sequence[str]) -> int | None:
    """The exit status of a command line answered here, or None for typer to answer."""
    parsed = _parse(list(argv))
    if parsed is None:
        return None
    return _run(*parsed)


def _run(
    catalogs: list[str] | None,
    flags: dict[str, bool],
    command: str,
    positionals: list[str],
    fmt: str,
    conditions: dict[str, list[str]],
) -> int | None:
    state = State(catalogs=catalogs, **flags)
    wanted = None
    if command in _LISTINGS:
        try:
            wanted = views.filters(False, **conditions)
            views.check_providers(state, wanted)
        except (ValueError, CatalogError):
            return None  # typer words the usage error (or the catalog's)
    try:
        if command == "capabilities" and len(positionals) == 1 and fmt == "json":
            output.emit_json(views.capabilities_view(state, positionals[0]))
        elif command == "show" and len(positionals) == 1 and fmt == "json":
            record = views.looked_up(state, positionals[0])
            sources = state.provenance(record["id"])
            fields = state.field_sources(record["id"])
            output.emit_json({**record, "sources": sources, "field_sources": fields})
        elif command in ("list", "filter") and wanted is not None and not positionals:
            views.emit_listing(state, fmt, wanted)
        elif command == "search" and wanted is not None and positionals:
            views.emit_search(state, " ".join(positionals), fmt, wanted)
        else:
            return None
    except ModelRegError as exc:
        return output.report(exc)
    return status.OK


def _parse(
    argv: list[str],
) -> tuple[list[str] | None, dict[str, bool], str, list[str], str, dict[str, list[str]]] | None:
    """(catalogs, global flags, command, positionals, format, filter conditions) of a fast
    command line, or None."""
    catalogs: list[str] = []
    flags = {"builtin_only": False, "prefer_outside": False}
    while argv and argv[0].startswith("-"):
        word = argv.pop(0)
        if word in ("-c", "--catalog") and argv:
            catalogs.append(argv.pop(0))
        elif word.startswith("--catalog="):
            catalogs.append(word.partition("=")[2])
        elif word in ("--builtin-only", "--prefer-outside"):
            flags[word[2:].replace("-", "_")] = True
        else:
            return None
    if not argv or argv[0] not in ("capabilities", "show", *_LISTINGS):
        return None
    command, rest = argv[0], argv[1:]
    fmt: str | None = None
    as_json = False
    positionals: list[str] = []
    conditions: dict[str, list[str]] = {}
    while rest:
        word = rest.pop(0)
        if word == "--json":
            as_json = True
        elif word in ("--format", "-f") and rest:
            fmt = rest.pop(0)
        elif word.startswith("--format="):
            fmt = word.partition("=")[2]
        elif command in _LISTINGS and word in FAST_FILTERS and rest:
            conditions.setdefault(FAST_FILTERS[word], []).append(rest.pop(0))
        elif command in _LISTINGS and word.partition("=")[0] in FAST_FILTERS and "=" in word:
            option, _, value = word.partition("=")
            conditions.setdefault(FAST_FILTERS[option], []).append(value)
        elif word == "--":
            positionals += rest
            rest = []
        elif word.startswith("-"):
            return None  # any other option: typer parses it
        else:
            positionals.append(word)
    if fmt not in (None, *_FAST_FORMATS):
        return None
    fmt = output.resolve_format(fmt, as_json)  # as typer's commands resolve it
    if fmt not in _FAST_FORMATS or (fmt == "table" and command not in ("list", "search")):
        return None
    return catalogs or None, flags, command, positionals, fmt, conditions
