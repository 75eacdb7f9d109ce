"""Shell completion answers, before typer is imported.

The scripts of modelreg.cli.scripts run ``modelreg`` with ``_MODELREG_COMPLETE``
set to the shell's name: zsh and fish pass the words after ``modelreg`` as
arguments (the last is the word being completed); bash passes the line up to
the cursor (``_MODELREG_LINE``) and its own current word (``_MODELREG_CUR``),
since bash splits words at ':' and '='. The answer reads the command grammar
(modelreg.cli.grammar) and the registry of the same global options a run would
use; it prints ``files`` or ``values`` and the candidates, one per line.

Candidates are data for the shell, never code: a candidate holding a control
character (a line break, a tab, an escape) cannot be expressed in the line
protocol and is left out; bash, which inserts a candidate as typed, gets it
shell-quoted; zsh and fish quote what they insert themselves.
"""

from __future__ import annotations

import os

from modelreg.cli.grammar import GRAMMAR

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (nor collections)

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from typing import Any

    Source = Callable[[dict[str, object], Mapping[str, str], str], "Candidates"]

_UNSAFE = frozenset(chr(c) for c in (*range(32), *range(127, 160)))
Candidates = list[tuple[str, str]]  # (value, description)
_GLOBALS = GRAMMAR[""]["parse"]["options"]  # each global option -> [destination, arity]


def answer(shell: str, argv: Sequence[str], environ: Mapping[str, str]) -> int:
    """Print the completion of a command line for a shell; the exit status (always 0)."""
    import sys

    if shell == "bash":
        words, prefix = _bash_words(environ.get("_MODELREG_LINE", ""), environ)
    else:
        words, prefix = list(argv) or [""], ""
    kind, found = candidates(words, environ)
    lines = ["files"] if kind == "files" else ["values"]
    if kind != "files":
        for value, description in found:
            if not value.startswith(prefix) or _UNSAFE.intersection(value):
                continue
            if shell == "bash":
                lines.append(_bash_quote(value[len(prefix) :]))
            else:
                lines.append(f"{value}\t{_clean(description)}" if description else value)
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


def _bash_words(line: str, environ: Mapping[str, str]) -> tuple[list[str], str]:
    """The words after ``modelreg`` of a bash line, the last one the current word, and the
    part of it before bash's own current word (cut at ':' or '=': bash replaces the rest)."""
    words = _split(line)
    if not line or line[-1].isspace():
        words.append("")
    words = words[1:] or [""]
    current, bash_cur = words[-1], environ.get("_MODELREG_CUR", "")
    if bash_cur and current.endswith(bash_cur):
        return words, current[: len(current) - len(bash_cur)]
    return words, ""


def _split(line: str) -> list[str]:
    """A shell line's words, quotes removed; an unfinished quote is closed."""
    if line.isprintable() and not any(quote in line for quote in "'\"\\"):
        return line.split()  # what shlex says, without its import (and re's): most TABs
    import shlex

    for ending in ("", '"', "'"):
        try:
            return shlex.split(line + ending)
        except ValueError:
            continue
    return line.split()


def _bash_quote(value: str) -> str:
    """A value as bash must insert it: quoted when it holds anything the shell would read."""
    if all(c.isalnum() or c in "-_./:@%+,=" for c in value):
        return value
    import shlex

    return shlex.quote(value)


def _clean(text: str) -> str:
    """A description on one line, without control characters."""
    return "".join(" " if c in _UNSAFE else c for c in text)[:120]


# -- what the words ask for --------------------------------------------------


def candidates(words: Sequence[str], environ: Mapping[str, str]) -> tuple[str, Candidates]:
    """What completes the last of ``words`` (the words after ``modelreg``): ("files", [])
    for a path, else ("values", candidates)."""
    *done, current = words
    # The global options a run would read (the grammar's destinations: catalog, builtin_only).
    globals_: dict[str, Any] = {"catalog": [], "builtin_only": False}
    command = ""
    positionals: list[str] = []
    expecting: str | None = None
    for word in done:
        spec = GRAMMAR[command]
        if expecting is not None:
            if expecting == "catalog":
                globals_["catalog"].append(word)
            expecting = None
            continue
        if word.startswith("-") and word != "-":
            name, eq, value = word.partition("=")
            kind = spec["options"].get(name, GRAMMAR[""]["options"].get(name, "text"))
            dest, arity = _GLOBALS.get(name, ("", ""))
            if dest == "catalog":
                if eq:
                    globals_["catalog"].append(value)
                else:
                    expecting = "catalog"
            elif arity == "flag" and dest in globals_:
                globals_[dest] = True
            elif kind is not None and not eq:
                expecting = kind
            continue
        if not command and word in GRAMMAR and word:
            command = word
        else:
            positionals.append(word)
    spec = GRAMMAR[command]
    if expecting is not None:
        return _values("file" if expecting == "catalog" else expecting, current, globals_, environ)
    if current.startswith("-"):
        name, eq, value = current.partition("=")
        options = {**spec["options"], **(GRAMMAR[""]["options"] if not command else {})}
        if eq and options.get(name):
            kind, found = _values(options[name], value, globals_, environ)
            return kind, [(f"{name}={v}", d) for v, d in found]
        return "values", [(o, "") for o in options if o.startswith(current) and o != "-h"]
    if not command:
        return "values", [
            (name, GRAMMAR[name]["summary"])
            for name in GRAMMAR
            if name and name.startswith(current)
        ]
    arguments = spec["arguments"]
    if not arguments:
        return "values", []
    index = min(len(positionals), len(arguments) - 1)
    kind = arguments[index]
    if len(positionals) >= len(arguments) and not kind.endswith("*"):
        return "values", []
    return _values(kind.rstrip("*"), current, globals_, environ)


def _values(
    kind: str, current: str, globals_: dict[str, Any], environ: Mapping[str, str]
) -> tuple[str, Candidates]:
    """The candidates of a kind of value starting with ``current`` (case-insensitively)."""
    if kind == "file":
        return "files", []
    source = _SOURCES.get(kind)
    if source is None:
        return "values", []
    wanted = current.casefold()
    return "values", [
        (v, d) for v, d in source(globals_, environ, current) if v.casefold().startswith(wanted)
    ]


def _names(kind: str) -> Source:
    """The source of the models ("model") or providers ("provider") a run with these global
    options would know that start with the word: the built-in ones (modelreg.cli.names)
    when no other source applies, else those of that run's compiled snapshot (compiled
    first when there is none, as the run would), read from its completion cache (a few
    small reads, no SQLite), else from its registry."""

    def names(globals_: dict[str, Any], environ: Mapping[str, str], prefix: str) -> Candidates:
        from modelreg import snapshot, tabcache

        catalogs, builtin_only = tuple(globals_["catalog"]) or None, globals_["builtin_only"]
        held = snapshot.read_completions(
            snapshot.locate(catalogs, builtin_only, False, environ), kind, prefix
        )
        if held is not None:
            return held
        from modelreg import inputs, intake

        options = inputs.Options(catalogs, builtin_only)
        enabled = intake.enabled_outside(options.builtin_only, environ, lenient=True)
        found = inputs.in_effect(options, environ, enabled=enabled)
        if not _beyond_builtins(found, environ):
            from modelreg.cli.names import MODELS, PROVIDERS

            return list(MODELS if kind == "model" else PROVIDERS)
        from modelreg.errors import CatalogError

        try:  # a broken source completes nothing; the command will say why
            from modelreg.compile import load_registry

            registry = load_registry(
                options.catalogs, builtin_only=options.builtin_only, environ=environ, whole=False
            )
        except CatalogError:
            return []
        return tabcache.completions(registry.state())[kind]

    return names


def _beyond_builtins(found: Sequence[Any], environ: Mapping[str, str]) -> bool:
    """Whether any input but the built-in catalogs is there to be read."""
    from modelreg import inputs

    return any(
        item.kind == "catalog"
        or (item.kind == "env" and environ.get(inputs.ENV_VAR, "").strip())
        or (item.path is not None and os.path.exists(item.path))
        for item in found
        if not item.ignored
    )


def _stored(globals_: dict[str, Any], environ: Mapping[str, str], prefix: str) -> Candidates:
    from modelreg import userstore
    from modelreg.inputs import store_path

    try:
        entries = userstore.read_entries(store_path(environ))
    except Exception:  # a broken store completes nothing; the command will say why
        return []
    return [(e["id"], "") for e in entries if isinstance(e.get("id"), str)]


def names_module() -> str:
    """The source of modelreg/cli/names.py (generated: `make completions`)."""
    import pprint

    from modelreg.registry import builtin
    from modelreg.schema import CAPABILITIES
    from modelreg.tabcache import completions

    offered = completions(builtin().state())
    models, providers = offered["model"], offered["provider"]
    capabilities = [(c.name, ", ".join(c.words)) for c in CAPABILITIES]
    return (
        '"""The built-in names shell completion offers, generated from the catalogs\n'
        "(modelreg.cli.complete.names_module; `make completions` writes it, a test keeps it\n"
        'in sync), so that a completion need not build every built-in record."""\n\n'
        f"MODELS = {pprint.pformat(tuple(models), width=96)}\n"
        f"PROVIDERS = {pprint.pformat(tuple(providers), width=96)}\n"
        f"CAPABILITIES = {pprint.pformat(tuple(capabilities), width=96)}\n"
    )


def _words(*words: str) -> Source:
    return lambda globals_, environ, prefix: [(w, "") for w in words]


def _capabilities(globals_: dict[str, Any], environ: Mapping[str, str], prefix: str) -> Candidates:
    from modelreg.cli.names import CAPABILITIES

    return list(CAPABILITIES)


def _formats(globals_: dict[str, Any], environ: Mapping[str, str], prefix: str) -> Candidates:
    from modelreg.cli.output import FORMATS

    return [(f, "") for f in FORMATS]


def _vocabulary(name: str) -> Source:
    def values(globals_: dict[str, Any], environ: Mapping[str, str], prefix: str) -> Candidates:
        from modelreg import schema

        return [(v, "") for v in getattr(schema, name)]

    return values


def _sort_keys(globals_: dict[str, Any], environ: Mapping[str, str], prefix: str) -> Candidates:
    from modelreg.query.sorting import SORT_KEYS

    return [(k, "") for k in SORT_KEYS]


_SOURCES: dict[str, Source] = {
    "model": _names("model"),
    "stored": _stored,
    "provider": _names("provider"),
    "capability": _capabilities,
    "format": _formats,
    "kind": _vocabulary("KINDS"),
    "modality": _vocabulary("MODALITIES"),
    "status": _vocabulary("STATUSES"),
    "sort": _sort_keys,
    "shell": _words("bash", "zsh", "fish"),
}
