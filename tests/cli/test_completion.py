"""Shell completion: the protocol answered by the real console script, the scripts in
completions/, real bash, zsh and fish typing TAB in tmux, and hostile ids from catalogs."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from modelreg import compile, inputs, snapshot, tabcache
from modelreg.cli.app import grammar_module
from modelreg.cli.complete import _bash_quote, answer, names_module
from modelreg.cli.scripts import ANSWER
from modelreg.registry import ModelRegistry
from modelreg.registry import builtin as builtin_registry
from modelreg.snapshot import writing
from tests.outside_server import litellm_doc

from .conftest import SCRIPT, Run, env_for_subprocess, run_script, write_catalog

ROOT = Path(__file__).resolve().parents[2]
NAMES = builtin_registry().names()


def complete(shell: str, *words: str, **env: str) -> list[str]:
    """The candidates the console script gives a shell for the words after ``modelreg``."""
    if shell == "bash":
        line = "modelreg " + " ".join(words)
        cur = env.pop("cur", words[-1] if words else "")
        extra = {"_MODELREG_LINE": line, "_MODELREG_CUR": cur}
        out = run_script(env={"_MODELREG_COMPLETE": "bash", **extra, **env})
    else:
        out = run_script(*words, env={"_MODELREG_COMPLETE": shell, **env})
    assert out.code == 0, out.stderr
    assert out.stderr == ""
    kind, *lines = out.stdout.splitlines()
    assert kind in ("values", "files")
    return [line.split("\t")[0] for line in lines]


def bash(line: str, **env: str) -> list[str]:
    words = line.split(" ")[1:]
    return complete("bash", *words, **env)


def test_bash_completes_model_ids() -> None:
    found = bash("modelreg show gpt-4")
    assert "gpt-4o" in found
    assert "gpt-4o-mini" in found
    assert found == [n for n in NAMES if n.lower().startswith("gpt-4")]


def test_model_ids_complete_case_insensitively() -> None:
    assert "gpt-4o-mini" in complete("zsh", "show", "GPT-4O-M")
    assert "gpt-4o-mini" in bash("modelreg show GPT-4o-m")


def test_bash_completes_aliases() -> None:
    assert "claude-3-opus-latest" in bash("modelreg capabilities claude-3-opus")


@pytest.mark.parametrize("command", ["capabilities", "cost", "compare"])
def test_bash_completes_ids_for_every_model_argument(command: str) -> None:
    assert "o1-mini" in bash(f"modelreg {command} o1-")


def test_compare_completes_every_model_argument() -> None:
    assert "o1-mini" in bash("modelreg compare gpt-4o o1-")


def test_bash_completes_commands() -> None:
    assert bash("modelreg ca") == ["capabilities"]
    assert {"compare", "completion", "cost"} <= set(bash("modelreg co"))


@pytest.mark.parametrize("command", ["list", "filter"])
def test_bash_completes_providers(command: str) -> None:
    assert bash(f"modelreg {command} --provider an") == ["anthropic"]
    assert set(bash(f"modelreg {command} -p m")) == {"meta", "mistral"}


@pytest.mark.parametrize("command", ["list", "filter"])
def test_bash_completes_capabilities(command: str) -> None:
    assert bash(f"modelreg {command} --capability vi") == ["vision"]
    assert "reasoning" in bash(f"modelreg {command} --capability ")


def test_bash_completes_formats_kinds_sort_keys_statuses_and_shells() -> None:
    assert bash("modelreg list --format j") == ["json", "jsonl"]
    assert bash("modelreg list --kind emb") == ["embedding"]
    assert "context_window" in bash("modelreg list --sort cont")
    assert bash("modelreg list --status ret") == ["retired"]
    assert bash("modelreg completion ") == ["bash", "zsh", "fish"]
    assert "chat" in bash("modelreg add x --kind ")


def test_bash_completes_options_without_typers_own() -> None:
    found = bash("modelreg list --")
    assert {"--provider", "--capability", "--format", "--json", "--limit"} <= set(found)
    assert "--install-completion" not in bash("modelreg --")


def test_no_file_names_where_no_file_is_expected(isolated: Path) -> None:
    (isolated / "gpt-4-notes.txt").write_text("x", encoding="utf-8")
    assert "gpt-4-notes.txt" not in bash("modelreg show gpt-4")
    out = run_script(
        env={
            "_MODELREG_COMPLETE": "bash",
            "_MODELREG_LINE": "modelreg -c ",
            "_MODELREG_CUR": "",
        }
    )
    assert out.stdout.splitlines() == ["files"]


def test_bash_fine_tuned_ids_complete_after_the_colon(isolated: Path) -> None:
    write_catalog(isolated / "models.json", [{"id": "ft:gpt-4o-mini:acme::abc123"}])
    # bash splits 'ft:gpt-4o-mini:ac' at the colons: it replaces only its last word.
    assert bash("modelreg show ft:gpt-4o-mini:ac", cur="ac") == ["acme::abc123"]
    assert bash("modelreg show ft:gpt-4o-mini:", cur=":") == [":acme::abc123"]


def test_bash_global_catalog_option_with_equals(tmp_path: Path) -> None:
    extra = write_catalog(tmp_path / "extra.json", [{"id": "zeta-extra-model"}])
    assert bash(f"modelreg --catalog={extra} show zeta") == ["zeta-extra-model"]


def test_completion_sees_a_local_models_json(isolated: Path) -> None:
    write_catalog(isolated / "models.json", [{"id": "zeta-local-model"}])
    assert bash("modelreg show zeta") == ["zeta-local-model"]


def test_completion_follows_the_global_catalog_option(tmp_path: Path) -> None:
    extra = write_catalog(tmp_path / "extra.json", [{"id": "zeta-extra-model"}])
    assert bash(f"modelreg -c {extra} show zeta") == ["zeta-extra-model"]


def test_completion_with_a_broken_catalog_stays_quiet(isolated: Path) -> None:
    (isolated / "models.json").write_text("{broken", encoding="utf-8")
    assert bash("modelreg show gpt-4") == []


def test_zsh_and_fish_complete_model_ids_with_descriptions() -> None:
    for shell in ("zsh", "fish"):
        out = run_script("show", "gpt-4o-m", env={"_MODELREG_COMPLETE": shell})
        lines = out.stdout.splitlines()
        assert lines[0] == "values"
        assert "gpt-4o-mini\tGPT-4o mini" in lines
        assert "gpt-4o" not in [line.split("\t")[0] for line in lines]


def test_descriptions_keep_their_apostrophes(isolated: Path) -> None:
    write_catalog(isolated / "models.json", [{"id": "zeta-quoted", "name": "Zeta's model"}])
    out = run_script("show", "zeta", env={"_MODELREG_COMPLETE": "zsh"})
    assert "zeta-quoted\tZeta's model" in out.stdout.splitlines()


# -- hostile ids: candidates are data, never code ------------------------------------------

HOSTILE = [
    'x" );touch PWNED;ws=( "',
    'x\\" );touch PWNED;ws=( \\"',
    "x$(touch PWNED)",
    "x`touch PWNED`",
    "x;touch PWNED",
    "x'touch PWNED'",
    "x*",
    "x a b",
    "x\ttab",
    "x\nnewline",
    "x\x1b]0;title\x07",
]


def test_hostile_ids_come_back_as_themselves_or_not_at_all(isolated: Path) -> None:
    write_catalog(isolated / "models.json", [{"id": i} for i in HOSTILE])
    expressible = [i for i in HOSTILE if not any(c in i for c in "\t\n\x1b\x07")]
    for shell in ("zsh", "fish"):
        assert sorted(complete(shell, "show", "x")) == sorted(expressible)
    quoted = bash("modelreg show x")
    assert sorted(shlex.split(q)[0] for q in quoted) == sorted(expressible)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_any_candidate_parses_back_to_itself_or_is_left_out(value: str) -> None:
    quoted = _bash_quote(value)
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in value):
        return  # such values are left out before quoting (see the test above)
    assert shlex.split(quoted) == [value] or (value.strip() == "" and shlex.split(quoted) == [])
    assert "\n" not in quoted


@pytest.mark.parametrize(
    "line",
    [
        "modelreg show gpt-4o",
        "modelreg  -c a.json   show ",
        "modelreg show ft:gpt-4o-mini:acme::x#1",
        "modelreg show é\u00a0x",
        "modelreg show a\tb",
        "modelreg show 'gpt 4o",
        'modelreg show "a b" c\\ d',
    ],
)
def test_a_bash_line_splits_as_the_shell_reads_it(line: str) -> None:
    import shlex

    from modelreg.cli.complete import _split

    try:
        expected = shlex.split(line)
    except ValueError:  # an unfinished quote: closed
        expected = shlex.split(line + "'")
    assert _split(line) == expected


def test_the_answer_leaves_out_control_characters(capsys: pytest.CaptureFixture[str]) -> None:
    answer("zsh", ["show", "gpt-4o-m"], {})
    lines = capsys.readouterr().out.splitlines()
    assert all(not any(ord(c) < 32 and c != "\t" for c in line) for line in lines)


# -- real shells typing TAB -------------------------------------------------------------------


def _tmux(session: str) -> list[str]:
    """tmux on a server of the session's own (-L): a session another test's ending takes its
    server down with it would otherwise fail with "server exited unexpectedly"."""
    return ["tmux", "-L", session]


def _screen(session: str) -> str:
    return subprocess.run(
        [*_tmux(session), "capture-pane", "-p", "-t", session], capture_output=True, text=True
    ).stdout


def _waiting(session: str, done: Callable[[str], bool], timeout: float = 30.0) -> str:
    """The screen once ``done`` holds for it (or the timeout passed: the caller's assert
    fails)."""
    deadline = time.monotonic() + timeout
    while not done(screen := _screen(session)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return screen


def _settled(session: str, quiet: float = 0.5, timeout: float = 30.0) -> str:
    """The screen once it has not changed for ``quiet`` seconds (or the timeout passed)."""
    deadline = time.monotonic() + timeout
    screen, since = _screen(session), time.monotonic()
    while time.monotonic() - since < quiet and time.monotonic() < deadline:
        time.sleep(0.05)
        now = _screen(session)
        if now != screen:
            screen, since = now, time.monotonic()
    return screen


FINE_TUNED = "ft:gpt-4o-mini:acme::abc123"


def _completed_x(screen: str) -> bool:
    """TAB changed ``modelreg show x`` (each shell its own way: a quote, a list, a pager)."""
    return "modelreg show x" in screen.replace("'x", "x") and not re.search(
        r"modelreg show x *$", screen, re.MULTILINE
    )


def _shell_session(shell: str, home: Path, bin_dir: Path) -> tuple[str, str]:
    """In one real interactive shell in tmux (``bin_dir``'s modelreg first on PATH), TAB
    twice after ``modelreg show x`` (the hostile ids), then, the line abandoned and the
    screen cleared once the shell is idle (Ctrl-C drops what the shell has not read yet, and
    a shell still completing dropped a Ctrl-U), after ``modelreg show ft:gpt-4o-mini:ac``;
    the two screens."""
    session = f"modelreg-{shell}-{uuid.uuid4().hex[:8]}"
    env = {
        "HOME": str(home),
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "TERM": "xterm",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "PS1": "$ ",
    }
    start = {
        "bash": ["bash", "--norc", "--noprofile", "-i"],
        "zsh": ["zsh", "-f", "-i"],
        "fish": ["fish", "--no-config", "-i"],
    }[shell]
    tmux = [*_tmux(session), "new-session", "-d", "-s", session, "-x", "200", "-y", "50"]
    tmux += ["-c", str(home)]
    variables = [f"{k}={v}" for k, v in env.items()]
    subprocess.run([*tmux, "env", "-i", *variables, *start], check=True)

    def keys(*typed: str) -> None:
        for key in typed:
            subprocess.run([*_tmux(session), "send-keys", "-t", session, key], check=True)

    try:
        setup = {
            "bash": f"source {home / 'modelreg.bash'}",
            "zsh": f"autoload -Uz compinit && compinit -u && source {home / 'modelreg.zsh'}",
            "fish": f"source {home / 'modelreg.fish'}",
        }[shell]
        keys(setup, "Enter", "clear", "Enter", "modelreg show x", "Tab", "Tab")
        hostile = _waiting(session, _completed_x)
        for _ in range(3):  # a shell still busy completing may drop what it is sent
            keys("C-c")
            _settled(session)
            keys("clear", "Enter")
            if "modelreg show" not in _settled(session):
                break
        keys("modelreg show ft:gpt-4o-mini:ac", "Tab", "Tab")
        return hostile, _waiting(session, lambda screen: FINE_TUNED in screen)
    finally:
        subprocess.run([*_tmux(session), "kill-server"], check=False)


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
@pytest.mark.parametrize("script", ["installed", "wrapped"])
def test_a_real_shell_tab_runs_no_code_from_a_catalog(
    shell: str, script: str, tmp_path: Path
) -> None:
    """The installed console script's interpreter answers a TAB; a modelreg on PATH that
    names none on its "#!" line (a shell wrapper) is run as it is, with the same answers."""
    if not (shutil.which("tmux") and shutil.which(shell)):
        pytest.skip(f"needs tmux and {shell}")
    bin_dir = Path(SCRIPT).parent
    if script == "wrapped":
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir()
        wrapper = bin_dir / "modelreg"
        wrapper.write_text(f'#!/bin/sh\nexec "{SCRIPT}" "$@"\n')
        wrapper.chmod(0o755)
    for name in ("bash", "zsh", "fish"):
        (tmp_path / f"modelreg.{name}").write_text(
            (ROOT / "completions" / f"modelreg.{name}").read_text(encoding="utf-8"),
            encoding="utf-8",
        )
    write_catalog(tmp_path / "models.json", [{"id": i} for i in HOSTILE[:7]] + [{"id": FINE_TUNED}])
    hostile, screen = _shell_session(shell, tmp_path, bin_dir)
    assert _completed_x(hostile), hostile  # TAB completed the hostile ids
    assert FINE_TUNED in screen, screen
    assert not list(tmp_path.glob("PWNED*")), (hostile, screen)


# -- the generated files are in sync -------------------------------------------------------


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_are_in_sync(cli: Run, shell: str) -> None:
    out = cli("completion", shell)
    assert out.code == 0, out.stderr
    assert "_MODELREG_COMPLETE" in out.stdout
    shipped = (ROOT / "completions" / f"modelreg.{shell}").read_text(encoding="utf-8")
    assert out.stdout == shipped, "regenerate: make completions"


def test_the_completion_grammar_is_in_sync_with_the_app() -> None:
    shipped = (ROOT / "modelreg" / "cli" / "grammar.py").read_text(encoding="utf-8")
    assert grammar_module() == shipped, "regenerate: make completions"


def test_the_built_in_names_are_in_sync_with_the_catalogs() -> None:
    shipped = (ROOT / "modelreg" / "cli" / "names.py").read_text(encoding="utf-8")
    assert names_module() == shipped, "regenerate: make completions"


def test_completion_of_user_sources_reads_the_snapshot_and_follows_every_change(
    isolated: Path, tmp_path: Path
) -> None:
    store = tmp_path / "config" / "modelreg" / "models.json"
    store.parent.mkdir(parents=True)
    write_catalog(store, {"models": [{"id": "zz-store-one", "provider": "zz-team"}]})
    first = complete("zsh", "show", "zz-")
    assert first == ["zz-store-one"]
    assert complete("zsh", "list", "--provider", "zz") == ["zz-team"]
    compiled = list((tmp_path / "home" / ".cache" / "modelreg").glob("registry-*.sqlite"))
    assert len(compiled) == 1  # the snapshot every command reads
    assert complete("zsh", "show", "zz-") == first  # answered from the snapshot's cache
    write_catalog(store, {"models": [{"id": "zz-store-one"}, {"id": "zz-store-two"}]})
    assert complete("zsh", "show", "zz-") == ["zz-store-one", "zz-store-two"]
    write_catalog(isolated / "models.json", [{"id": "zz-local"}])
    assert complete("zsh", "show", "zz-") == ["zz-store-one", "zz-store-two", "zz-local"]
    assert complete("zsh", "--builtin-only", "show", "zz-") == []
    (isolated / "models.json").unlink()
    assert complete("zsh", "show", "zz-") == ["zz-store-one", "zz-store-two"]


@pytest.mark.parametrize("content", [b"\x00not a snapshot", b"SQLite format 3\x00" + bytes(90)])
def test_a_broken_or_foreign_snapshot_is_not_believed(
    isolated: Path, tmp_path: Path, content: bytes
) -> None:
    write_catalog(isolated / "models.json", [{"id": "zz-local"}])
    assert complete("zsh", "show", "zz-") == ["zz-local"]
    compiled = list((tmp_path / "home" / ".cache" / "modelreg").glob("registry-*.sqlite"))
    assert compiled
    for path in compiled:
        path.write_bytes(content)
        path.with_suffix(snapshot.TAB_SUFFIX).unlink()  # so the TAB reads the snapshot
    assert complete("zsh", "show", "zz-") == ["zz-local"]


# -- the completion cache: what a TAB reads, without SQLite ------------------------------------

# What a TAB that reads the completion cache never imports (python -X importtime says).
NOT_ON_A_TAB = {"_sqlite3", "sqlite3", "functools", "collections", "zlib", "modelreg.safefile"}


def imports(*argv: str, **env: str) -> tuple[str, set[str]]:
    """The output of ``python -X importtime -P ARGV`` (this interpreter, the console
    script's) and the modules it imported."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-P", *argv],
        env=env_for_subprocess(env),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("import time:")]
    return done.stdout, {line.rsplit("|", 1)[1].strip() for line in lines[1:]}


def tab_as_scripts_run_it(*words: str) -> tuple[list[str], set[str]]:
    """What a zsh TAB offers for the words after ``modelreg``, run as the completion scripts
    run it (``-P -c`` modelreg.cli.scripts.ANSWER), and the modules it imported beyond what
    Python imports on its own."""
    out, modules = imports("-c", ANSWER, *words, _MODELREG_COMPLETE="zsh")
    kind, *lines = out.splitlines()
    assert kind == "values"
    return [line.split("\t")[0] for line in lines], modules - imports("-c", "pass")[1]


def test_a_tab_reads_the_completion_cache_without_sqlite(isolated: Path) -> None:
    models = [{"id": "zz-One"}, {"id": "zz-two", "provider": "zz-team", "aliases": ["zz-2"]}]
    write_catalog(isolated / "models.json", models)
    first, modules = tab_as_scripts_run_it("show", "zz-")  # compiles
    assert first == ["zz-One", "zz-two", "zz-2"] and "_sqlite3" in modules
    found, modules = tab_as_scripts_run_it("show", "ZZ-")
    assert found == first
    assert modules & NOT_ON_A_TAB == set()
    found, modules = tab_as_scripts_run_it("list", "--provider", "zz")
    assert found == ["zz-team"]
    assert modules & NOT_ON_A_TAB == set()


def test_a_tab_after_update_offers_the_new_ids_from_the_completion_cache(
    isolated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "litellm.json"
    copy.write_text(json.dumps(litellm_doc()), encoding="utf-8")
    monkeypatch.setenv("MODELREG_URL_LITELLM", copy.as_uri())
    assert run_script("update", "--enable", "litellm").code == 0
    found, modules = tab_as_scripts_run_it("show", "outside-")
    assert found == ["outside-model-one"]
    assert modules & NOT_ON_A_TAB == set()
    copy.write_text(json.dumps(litellm_doc("outside-model-two")), encoding="utf-8")
    assert run_script("update").code == 0
    found, modules = tab_as_scripts_run_it("show", "outside-")
    assert found == ["outside-model-one", "outside-model-two"]
    assert modules & NOT_ON_A_TAB == set()


# Ids whose case folds differ from their lower case, or fold together, or lie at the edges of
# a prefix's range; with aliases (after every id, in the registry's order) and providers.
TRICKY = [
    {"id": "Straße-1", "provider": "Ácme"},
    {"id": "strasse-2", "provider": "acme"},
    {"id": "İnci", "aliases": ["inci-alias"]},
    {"id": "ǅemal"},
    {"id": "ﬁne-tuned", "aliases": ["FINE-alias"]},
    {"id": "Ωmega", "provider": "ΩProvider"},
    {"id": "ωmega-2"},
    {"id": "日本語-model"},
    {"id": "😀-emoji"},
    {"id": "edge-\U0010ffff-last"},
    {"id": "Mixed-Case-ID", "aliases": ["mixed-alias", "MIXED-ALIAS-2"]},
    {"id": "mixed-case-id-2"},
]


def _prefixes(values: list[str]) -> set[str]:
    """Every prefix of every value, as typed, upper-cased, lower-cased and case-folded,
    and a few that match nothing or sit on a range's edge."""
    found = {"", "nothing-matches", "\U0010ffff", "edge-\U0010ffff", "STRASSE", "straß", "FI"}
    for value in values:
        for end in range(len(value) + 1):
            part = value[:end]
            found |= {part, part.upper(), part.lower(), part.casefold()}
    return found


def test_the_completion_cache_answers_each_prefix_s_casefold_range_in_order(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = ModelRegistry()
    for model in TRICKY:
        registry.register_model(model)
    snap = snapshot.locate(environ=os.environ)
    facts = snapshot.depends(compile.in_effect(inputs.Options(), os.environ), os.environ)
    writing.write(snap, registry.state(), facts)
    offered = tabcache.completions(registry.state())
    asked = [
        (kind, prefix)
        for kind, found in offered.items()
        for prefix in sorted(_prefixes([value for value, _ in found]))
    ]

    def answers() -> list[list[tuple[str, str]] | None]:
        return [
            snapshot.read_completions(snapshot.locate(environ=os.environ), kind, prefix)
            for kind, prefix in asked
        ]

    with monkeypatch.context() as patched:
        patched.setattr(snapshot, "connect", lambda snap: pytest.fail("read the snapshot"))
        cached = answers()
    for (kind, prefix), found in zip(asked, cached, strict=True):  # a casefold range, in order
        low = prefix.casefold()
        high = low + tabcache.LAST
        assert found == [(v, d) for v, d in offered[kind] if low <= v.casefold() < high]
    Path(snap.tab).unlink()
    assert answers() == [None] * len(asked)  # no cache: the registry answers (complete.py)
    assert cached[asked.index(("model", ""))] == offered["model"]
    assert [v for v, _ in cached[asked.index(("model", "STRASSE"))]] == ["Straße-1", "strasse-2"]
    assert [v for v, _ in cached[asked.index(("model", "mixed"))]] == [
        "Mixed-Case-ID",
        "mixed-case-id-2",
        "mixed-alias",
        "MIXED-ALIAS-2",
    ]
