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
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from modelreg.cli.grammar import GRAMMAR

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing

if TYPE_CHECKING:
    from typing import Any

_UNSAFE = frozenset(chr(c) for c in (*range(32), *range(127, 160)))
Candidates = list[tuple[str, str]]  # (value, description)


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
    globals_: dict[str, Any] = {"catalogs": [], "builtin_only": False}
    command = ""
    positionals: list[str] = []
    expecting: str | None = None
    for word in done:
        spec = GRAMMAR[command]
        if expecting is not None:
            if expecting == "catalog":
                globals_["catalogs"].append(word)
            expecting = None
            continue
        if word.startswith("-") and word != "-":
            name, eq, value = word.partition("=")
            kind = spec["options"].get(name, GRAMMAR[""]["options"].get(name, "text"))
            if name in ("-c", "--catalog"):
                if eq:
                    globals_["catalogs"].append(value)
                else:
                    expecting = "catalog"
            elif name == "--builtin-only":
                globals_["builtin_only"] = True
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
        (v, d) for v, d in source(globals_, environ) if v.casefold().startswith(wanted)
    ]


def _registry(globals_: dict[str, Any], environ: Mapping[str, str]) -> Any:
    """The registry a run with these global options would build, or None if a source is broken."""
    from modelreg.compile import load_registry
    from modelreg.errors import CatalogError

    try:
        return load_registry(
            globals_["catalogs"] or None, builtin_only=globals_["builtin_only"], environ=environ
        )
    except CatalogError:
        return None


def _models(globals_: dict[str, Any], environ: Mapping[str, str]) -> Candidates:
    return _names(globals_, environ)[0]


def _stored(globals_: dict[str, Any], environ: Mapping[str, str]) -> Candidates:
    from modelreg import userstore
    from modelreg.inputs import store_path

    try:
        entries = userstore.read_entries(store_path(environ))
    except Exception:  # a broken store completes nothing; the command will say why
        return []
    return [(e["id"], "") for e in entries if isinstance(e.get("id"), str)]


def _providers(globals_: dict[str, Any], environ: Mapping[str, str]) -> Candidates:
    return _names(globals_, environ)[1]


def names_of(registry: Any) -> tuple[Candidates, Candidates]:
    """The model candidates (ids with their names, then aliases) and the providers of a
    registry."""
    found = [(r["id"], r["name"] if r["name"] != r["id"] else "") for r in registry.records()]
    for record in registry.records():
        found += [(alias, f"alias of {record['id']}") for alias in record["aliases"]]
    names = {r["provider"] for r in registry.records()}
    names |= {c.provider for c in registry.provider_catalogs()}
    return found, [(p, "") for p in sorted(names)]


def _names(globals_: dict[str, Any], environ: Mapping[str, str]) -> tuple[Candidates, Candidates]:
    """The models and providers a run with these options would know: the built-in ones from
    modelreg.cli.names when no other source applies, else from a cache of the registry's
    names keyed on every source file's path, size and time, else from the registry."""
    key = _sources_key(globals_, environ)
    if key is None:
        from modelreg.cli.names import MODELS, PROVIDERS

        return list(MODELS), list(PROVIDERS)
    cached = _cache_path(key, environ) if key else None
    if cached is not None:
        held = _read_cache(cached, key)
        if held is not None:
            return held
    registry = _registry(globals_, environ)
    if registry is None:
        return [], []
    models, providers = names_of(registry)
    if cached is not None:
        _write_cache(cached, (key, models, providers))
    return models, providers


def _sources_key(globals_: dict[str, Any], environ: Mapping[str, str]) -> str | None:
    """None when only the built-in catalogs apply; else what the registry's names depend on
    (modelreg.inputs' stamps: every source file's path, size and time, the outside copies
    and their config included), or "" when that cannot be told from files (a URL)."""
    import sys

    from modelreg import __version__, inputs, intake

    options = inputs.Options(tuple(globals_["catalogs"]) or None, globals_["builtin_only"])
    found = inputs.in_effect(
        options,
        environ,
        enabled=intake.enabled_outside(options.builtin_only, environ, lenient=True),
    )
    if inputs.remote(found):
        return ""
    live = [item for item in found if not item.ignored]
    if not any(
        item.kind == "catalog"
        or (item.kind == "env" and environ.get(inputs.ENV_VAR, "").strip())
        or inputs.stamp(item.path) is not None
        for item in live
    ):
        return None
    here = inputs.stamp(Path(__file__).with_name("names.py"))
    return repr((sys.version, __version__, here, inputs.stamps(found, environ)))


def _cache_path(key: str, environ: Mapping[str, str]) -> str:
    """Where the names of these sources are cached (the file holds its key, checked on
    reading: a name shared by two keys only costs a rebuild), apart from the outside
    catalogs' copies."""
    import zlib

    digest = zlib.crc32(key.encode("utf-8", "surrogateescape"))
    from modelreg import inputs

    return os.path.join(inputs.cache_dir(environ), "complete", f"complete-{digest:08x}.marshal")


_CACHE_LIMIT = 64 << 20  # bytes of a names cache (100,000 models take about 6 MB)


def _read_cache(path: str, key: str) -> tuple[Candidates, Candidates] | None:
    """The names a cache file holds for ``key``, or None: no file, another key, or anything
    but a file modelreg wrote (not the user's own regular file, too large, another shape)."""
    import marshal  # built in: no import to pay for, and the fastest to read back

    from modelreg import safefile
    from modelreg.errors import CatalogError

    try:
        held = marshal.loads(safefile.read_bytes(path, path, private=True, limit=_CACHE_LIMIT))
    except (CatalogError, ValueError, EOFError, TypeError):
        return None
    if not (type(held) is tuple and len(held) == 3 and held[0] == key):
        return None
    for names in held[1:]:  # lists of (value, description) pairs of strings
        if type(names) is not list or not all(
            type(n) is tuple and len(n) == 2 and type(n[0]) is type(n[1]) is str for n in names
        ):
            return None
    return held[1], held[2]


def _write_cache(path: str, data: tuple[str, Candidates, Candidates]) -> None:
    """Write a cache file whole (safefile.atomic_write), or not at all; temporaries a TAB
    killed mid-write left are swept after a minute."""
    import marshal
    from pathlib import Path

    from modelreg import safefile
    from modelreg.errors import UserStoreError

    try:
        safefile.atomic_write(Path(path), marshal.dumps(data), mode=0o600)
    except (UserStoreError, ValueError):
        return
    safefile.sweep_temporaries(Path(path), older_than=60)


def names_module() -> str:
    """The source of modelreg/cli/names.py (generated: `make completions`)."""
    import pprint

    from modelreg.registry import builtin
    from modelreg.schema import CAPABILITIES

    models, providers = names_of(builtin())
    capabilities = [(c.name, ", ".join(c.words)) for c in CAPABILITIES]
    return (
        '"""The built-in names shell completion offers, generated from the catalogs\n'
        "(modelreg.cli.complete.names_module; `make completions` writes it, a test keeps it\n"
        'in sync), so that a completion need not build every built-in record."""\n\n'
        f"MODELS = {pprint.pformat(tuple(models), width=96)}\n"
        f"PROVIDERS = {pprint.pformat(tuple(providers), width=96)}\n"
        f"CAPABILITIES = {pprint.pformat(tuple(capabilities), width=96)}\n"
    )


def _words(*words: str) -> Callable[[dict[str, Any], Mapping[str, str]], Candidates]:
    return lambda globals_, environ: [(w, "") for w in words]


def _capabilities(globals_: dict[str, Any], environ: Mapping[str, str]) -> Candidates:
    from modelreg.cli.names import CAPABILITIES

    return list(CAPABILITIES)


def _formats(globals_: dict[str, Any], environ: Mapping[str, str]) -> Candidates:
    from modelreg.cli.output import FORMATS

    return [(f, "") for f in FORMATS]


def _vocabulary(name: str) -> Callable[[dict[str, Any], Mapping[str, str]], Candidates]:
    def values(globals_: dict[str, Any], environ: Mapping[str, str]) -> Candidates:
        from modelreg import schema

        return [(v, "") for v in getattr(schema, name)]

    return values


def _sort_keys(globals_: dict[str, Any], environ: Mapping[str, str]) -> Candidates:
    from modelreg.query.sorting import SORT_KEYS

    return [(k, "") for k in SORT_KEYS]


_SOURCES: dict[str, Callable[[dict[str, Any], Mapping[str, str]], Candidates]] = {
    "model": _models,
    "stored": _stored,
    "provider": _providers,
    "capability": _capabilities,
    "format": _formats,
    "kind": _vocabulary("KINDS"),
    "modality": _vocabulary("MODALITIES"),
    "status": _vocabulary("STATUSES"),
    "sort": _sort_keys,
    "shell": _words("bash", "zsh", "fish"),
}
