"""Start-up benchmark: median wall time of common invocations, as ratios to a baseline.

The baseline, ``python -c "import typer"``, is measured with each case, its runs
interleaved with the case's, so the ratios hold from one machine (and one minute)
to another. Every case runs with no user source, and with a 100-entry user store plus a
100-entry ./models.json; with ``--refs DIR`` (a directory holding ``litellm.json`` and
``models-dev.json``, as ``../shared/tools/fetch-references DIR`` leaves them) a third time,
with LiteLLM and models.dev enabled through ``modelreg update`` from those files. Targets
(the compiled registry's): a point lookup as JSON <= 0.5x; a TAB completion (ids for bash,
providers for zsh, capabilities for fish, through the ``_MODELREG_COMPLETE`` protocol of
modelreg/cli/complete.py, run as the completion scripts run it: the console script's
interpreter with modelreg.cli.scripts.ANSWER) <= 0.3x; every table on a terminal (a pty)
<= 1.5x; ``list --json`` on a terminal <= 2x its time piped; and
``-c litellm:F search vision --json`` on a LiteLLM-sized catalog, against 3x.
Then the peak memory (resident set) of ``search vision --json`` with each set of sources;
with ``--refs``, its ratio with both outside catalogs to the same sources without them,
against 2x. And the rebuild after an ``update``: ``capabilities gpt-4o --json`` after
``modelreg update`` brought new copies (untimed, before each run) with the snapshot the
update compiled removed, so the command rebuilds it; the same with it kept (what a user
waits for); after the copies' modification time changed; and reading the snapshot, as
ratios to ``json.load`` of the two copies (``python -c "import json; ..."``), its runs
interleaved with theirs: target <= 4x.

    python bench/startup.py [--runs 21] [--refs DIR] [--before OTHER/bin/modelreg]

``--before`` measures another install (an older commit, say) in the same run, its runs
interleaved with this one's, so both columns share one baseline and one load.
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

TARGETS = {
    "completion": 0.3,
    "capabilities --json": 0.5,
    "show --json": 0.5,
    "show (terminal)": 1.5,
    "list (terminal)": 1.5,
    "search vision (terminal)": 1.5,
    "filter vision <= $1 (terminal)": 1.5,
    "cost of three (terminal)": 1.5,
    "compare three (terminal)": 1.5,
    "-c litellm:F search vision --json": 3.0,
}
# A large output on a terminal, as a ratio to the same output piped (not to the baseline).
TERMINAL_TO_PIPED = ("list --json (terminal)", "list --json (piped)", 2.0)
MEMORY_TARGET = 2.0  # peak memory of MEMORY_CASE, both outside catalogs to none
TIME = "/usr/bin/time"  # GNU time, which measures the peak memory
MEMORY_CASE = ["search", "vision", "--json"]
REBUILD_TARGET = 4.0  # the first command after an update, against json.load of the two copies
COPIES = ("litellm.json", "models.dev.json")  # the outside copies `update` leaves
THREE = ["gpt-4o", "claude-sonnet-4", "o3"]
KINDS = ("chat", "embedding", "speech_to_text", "image_generation", "realtime")


def write_user_sources(home: Path, cwd: Path, n: int = 100) -> None:
    """A user store and a ./models.json of ``n`` entries each: new models of several kinds,
    patches of built-in models, aliases, prices, dates, one model extending another."""
    store: list[dict] = [{"id": "gpt-4o", "context_window": 100_000}]
    store += [
        {
            "id": f"store-model-{i}",
            "provider": f"team-{i % 7}",
            "kind": KINDS[i % len(KINDS)],
            "context_window": 4096 * (1 + i % 8),
            "supports_vision": i % len(KINDS) == 0 and i % 3 == 0,
            "release_date": f"202{i % 6}-0{1 + i % 9}-1{i % 10}",
            "aliases": [f"sm{i}"],
            "pricing": {"prompt_price_per_1m": i / 10, "completion_price_per_1m": i / 5},
            "tags": ["local", f"t{i % 4}"],
        }
        for i in range(n - 2)
    ]
    store.append({"id": "store-model-x", "extends": "store-model-0", "context_window": 8192})
    local: list[dict] = [{"id": "claude-3-5-sonnet", "description": "patched locally"}]
    local += [
        {"id": f"zeta-local-{i}", "context_window": 2048 + i, "supports_function_calling": True}
        for i in range(n - 1)
    ]
    (home / "modelreg").mkdir(parents=True, exist_ok=True)
    (home / "modelreg" / "models.json").write_text(json.dumps({"models": store}))
    (cwd / "models.json").write_text(json.dumps(local))


def write_litellm(path: Path, n: int = 2500) -> Path:
    """A LiteLLM-shaped catalog of about ``n`` entries (the size of LiteLLM's own), cloned
    from the excerpt the format tests read."""
    excerpt = Path(__file__).resolve().parents[1] / "tests/formats/data/litellm_excerpt.json"
    models = {k: v for k, v in json.loads(excerpt.read_text()).items() if k != "sample_spec"}
    out: dict[str, dict] = {}
    for i in range(n // len(models) + 1):
        for name, entry in models.items():
            out[f"{name}-{i}" if i else name] = entry
    path.write_text(json.dumps(out))
    return path


def enable_outside(script: str, refs: Path, env: dict[str, str], cwd: Path) -> None:
    """Enable LiteLLM and models.dev as a user would (``modelreg update --enable``), from
    the copies in ``refs``."""
    urls = {
        "MODELREG_URL_LITELLM": (refs / "litellm.json").as_uri(),
        "MODELREG_URL_MODELS_DEV": (refs / "models-dev.json").as_uri(),
    }
    for name in ("litellm", "models.dev"):
        done = subprocess.run(
            [script, "update", "--enable", name],
            env={**env, **urls},
            cwd=cwd,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            sys.exit(f"update --enable {name} failed: {done.stderr.strip()[:300]}")


def _run_on_terminal(cmd: list[str], env: dict[str, str], cwd: Path) -> None:
    """Run with stdout on a pseudo-terminal (so rich renders), draining it meanwhile."""
    master, slave = pty.openpty()
    drain = threading.Thread(target=_drain, args=(master,), daemon=True)
    drain.start()
    subprocess.run(cmd, env=env, cwd=cwd, stdout=slave, stderr=subprocess.DEVNULL, check=False)
    os.close(slave)
    drain.join()
    os.close(master)


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass


def timed_once(
    cmd: list[str],
    env: dict[str, str],
    cwd: Path,
    tty: bool,
    prepare: Callable[[], None] | None = None,
) -> float:
    """The wall time of a command, after ``prepare`` (untimed: an input changed, say)."""
    if prepare is not None:
        prepare()
    start = time.perf_counter()
    if tty:
        _run_on_terminal(cmd, env, cwd)
    else:
        subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def warmed_and_checked(cmd: list[str], env: dict[str, str], cwd: Path) -> None:
    """Warm up (write bytecode, fill caches) and make sure the case works."""
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()[:300]}")


def interleaved_medians(
    commands: list[tuple[list[str], bool, dict[str, str]]],
    env: dict[str, str],
    cwd: Path,
    runs: int,
    prepare: dict[int, Callable[[], None]] | None = None,
) -> list[float]:
    """The median time of each command (its stdout a terminal or not, its own variables
    over ``env``), their runs interleaved; ``prepare`` gives what runs, untimed, before each
    run of the command at an index."""
    for cmd, _, own in commands:
        warmed_and_checked(cmd, {**env, **own}, cwd)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for i, (cmd, tty, own) in enumerate(commands):
            times[i].append(timed_once(cmd, {**env, **own}, cwd, tty, (prepare or {}).get(i)))
    return [statistics.median(t) for t in times]


def tab_command(script: str) -> list[str]:
    """What a completion script runs for a TAB (modelreg.cli.scripts): the interpreter on
    the console script's ``#!`` line with the answer, else the script itself."""
    from modelreg.cli.scripts import ANSWER

    first = Path(script).read_text(errors="replace").partition("\n")[0]
    python = first.removeprefix("#!")
    if first.startswith("#!/") and " " not in python and Path(python).name.startswith("python"):
        return [python, "-P", "-c", ANSWER]
    return [script]


def peak_memory(cmd: list[str], env: dict[str, str], cwd: Path) -> int:
    """The peak resident memory of one run of ``cmd``, in KiB, as GNU time reports it (a
    process this one starts inherits this one's figure: vfork)."""
    with tempfile.NamedTemporaryFile("r") as out:
        subprocess.run(
            [TIME, "-f", "%M", "-o", out.name, *cmd],
            env=env,
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return int(out.read().split()[-1])


def print_memory(
    variants: list[tuple[str, Path, dict[str, str]]],
    scripts: list[str],
    caches: dict[str, dict[str, str]],
    columns: list[str],
    runs: int,
) -> None:
    """The median peak memory of MEMORY_CASE per set of sources and install, runs
    interleaved; with both outside catalogs, its ratio to the same sources without them."""
    if not os.access(TIME, os.X_OK):
        print(f"\npeak memory: not measured ({TIME}, GNU time, is not installed)")
        return
    print(f"\npeak memory of `modelreg {' '.join(MEMORY_CASE)}` (median of {runs})")
    print(f"{'sources':<17}" + "".join(f"{c + ' MiB':>12}{c + ' x':>9}" for c in columns))
    peaks: dict[str, list[float]] = {}
    for label, cwd, env in variants:
        commands = [([s, *MEMORY_CASE], {**env, **caches[s]}) for s in scripts]
        for cmd, own in commands:
            warmed_and_checked(cmd, own, cwd)
        sizes: list[list[int]] = [[] for _ in commands]
        for _ in range(runs):
            for i, (cmd, own) in enumerate(commands):
                sizes[i].append(peak_memory(cmd, own, cwd))
        peaks[label] = [statistics.median(s) / 1024 for s in sizes]
        base = peaks.get("100+100 entries") if label == "+ both outside" else None
        cells = "".join(
            f"{m:>12.1f}" + (f"{m / base[i]:>8.2f}x" if base else f"{'':>9}")
            for i, m in enumerate(peaks[label])
        )
        mark = ""
        if base:
            ok = peaks[label][-1] / base[-1] <= MEMORY_TARGET
            mark = f"{MEMORY_TARGET:>8.1f}x" + (" ok" if ok else " OVER")
        print(f"{label:<17}{cells}{mark}", flush=True)


def rebuild_after_update(
    scripts: list[str],
    caches: dict[str, dict[str, str]],
    refs: Path,
    env: dict[str, str],
    cwd: Path,
    runs: int,
) -> None:
    """Print the rebuild after an update, per install: the first command after ``modelreg
    update`` brought new copies (the refs and the same with a byte more, in turn) with the
    snapshot the update compiled removed, so the command rebuilds it (what the update spent
    compiling it); the same with the snapshot kept (what a user waits for after an update);
    after the copies' modification time changed (no update: nothing kept of them is theirs);
    and reading the snapshot; against json.load of the two copies."""
    versions = [refs, Path(caches[scripts[0]]["XDG_CACHE_HOME"]).parent / "refs-changed"]
    versions[1].mkdir(exist_ok=True)
    for name in ("litellm.json", "models-dev.json"):
        (versions[1] / name).write_bytes((refs / name).read_bytes() + b"\n")
    turns = dict.fromkeys(scripts, 0)

    def update(script: str, keep: bool) -> Callable[[], None]:
        def run() -> None:  # the other version than the one cached: always an update
            turns[script] += 1
            enable_outside(script, versions[turns[script] % 2], {**env, **caches[script]}, cwd)
            if not keep:
                for snapshot in Path(caches[script]["XDG_CACHE_HOME"], "modelreg").glob(
                    "registry-*.sqlite"
                ):
                    snapshot.unlink()

        return run

    def touch(script: str) -> Callable[[], None]:
        def run() -> None:
            for name in COPIES:
                path = Path(caches[script]["XDG_CACHE_HOME"], "modelreg", name)
                os.utime(path, ns=(time.time_ns(), time.time_ns()))

        return run

    load = "import json, sys\nfor name in sys.argv[1:]:\n    with open(name) as f: json.load(f)"
    copies = [str(Path(caches[scripts[-1]]["XDG_CACHE_HOME"], "modelreg", c)) for c in COPIES]
    argv = ["capabilities", "gpt-4o", "--json"]
    commands: list[tuple[list[str], bool, dict[str, str]]] = [
        ([sys.executable, "-c", load, *copies], False, {})
    ]
    prepare: dict[int, Callable[[], None]] = {}
    for s in scripts:
        prepare[len(commands)] = update(s, keep=False)
        prepare[len(commands) + 1] = update(s, keep=True)
        prepare[len(commands) + 2] = touch(s)
        commands += [([s, *argv], False, caches[s])] * 4
    json_load, *medians = interleaved_medians(commands, env, cwd, runs, prepare)
    columns = ["before", "after"] if len(scripts) > 1 else ["now"]
    print("\nrebuild (+ both outside): ratios to json.load of the two copies")
    print(
        f"{'case':<36}{'json ms':>10}"
        + "".join(f"{c + ' ms':>11}{c + ' x':>9}" for c in columns)
        + f"{'target':>9}"
    )
    rebuilt, updated, touched, read = (medians[i::4] for i in range(4))
    rows = [
        ("rebuild after update", rebuilt),
        ("first command after update", updated),
        ("the same, after a touch of copies", touched),
        ("the same, snapshot read", read),
        ("rebuild after update alone", [a - b for a, b in zip(rebuilt, read, strict=True)]),
    ]
    for name, values in rows:
        cells = "".join(f"{v * 1000:>11.1f}{v / json_load:>8.2f}x" for v in values)
        mark = ""
        if name == "rebuild after update":
            ok = values[-1] / json_load <= REBUILD_TARGET
            mark = f"{REBUILD_TARGET:>8.1f}x" + (" ok" if ok else " OVER")
        print(f"{name:<36}{json_load * 1000:>10.1f}{cells}{mark}", flush=True)


def _cases(env: dict[str, str], litellm: Path) -> list[tuple[str, list[str], dict[str, str], bool]]:
    """(name, arguments after the script, environment, on a terminal)."""
    complete = {**env, "_MODELREG_COMPLETE": "bash"}
    wide = {**env, "COLUMNS": "120"}
    return [
        ("--version", ["--version"], env, False),
        ("capabilities --json", ["capabilities", "gpt-4o", "--json"], env, False),
        ("show --json", ["show", "gpt-4o", "--json"], env, False),
        ("show (terminal)", ["show", "gpt-4o"], wide, True),
        ("list (terminal)", ["list"], wide, True),
        ("list (piped)", ["list"], env, False),
        ("list --json (piped)", ["list", "--json"], env, False),
        ("list --json (terminal)", ["list", "--json"], wide, True),
        ("search vision (terminal)", ["search", "vision"], wide, True),
        (
            "filter vision <= $1 (terminal)",
            ["filter", "--capability", "vision", "--max-prompt-price", "1"],
            wide,
            True,
        ),
        (
            "cost of three (terminal)",
            ["cost", "--prompt-tokens", "1M", "--completion-tokens", "200K", *THREE],
            wide,
            True,
        ),
        ("compare three (terminal)", ["compare", *THREE], wide, True),
        (
            "completion bash: ids",
            [],
            {**complete, "_MODELREG_LINE": "modelreg show gpt-4", "_MODELREG_CUR": "gpt-4"},
            False,
        ),
        (
            "completion zsh: providers",
            ["list", "--provider", ""],
            {**env, "_MODELREG_COMPLETE": "zsh"},
            False,
        ),
        (
            "completion fish: capabilities",
            ["filter", "--capability", "vi"],
            {**env, "_MODELREG_COMPLETE": "fish"},
            False,
        ),
        (
            "-c litellm:F search vision --json",
            ["-c", f"litellm:{litellm}", "search", "vision", "--json"],
            env,
            False,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--before", help="another modelreg console script, measured alongside")
    parser.add_argument("--refs", type=Path, help="a directory with litellm.json, models-dev.json")
    parser.add_argument(
        "--rebuild-only", action="store_true", help="with --refs: the rebuild after update alone"
    )
    args = parser.parse_args()
    if args.rebuild_only and not args.refs:
        parser.error("--rebuild-only needs --refs")

    script = shutil.which("modelreg", path=str(Path(sys.executable).parent)) or shutil.which(
        "modelreg"
    )
    if script is None:
        sys.exit("modelreg is not installed: pip install -e .")
    scripts = [s for s in (args.before, script) if s]
    root = Path(tempfile.mkdtemp())
    # A cache directory per install: each keeps its own compiled registry (the snapshot of
    # one set of inputs is one file, rebuilt when another modelreg wrote it).
    caches = {s: {"XDG_CACHE_HOME": str(root / f"cache-{i}")} for i, s in enumerate(scripts)}
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FAKEAI_", "MODELREG_"))}
    # Measure what an installed tool costs: with its bytecode cached, as pip leaves it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["MODELREG_TODAY"] = "2026-12-01"
    variants = []
    labels = ["no user source", "100+100 entries"] + (["+ both outside"] if args.refs else [])
    for label in labels:
        home = root / label.replace(" ", "-").replace("+", "-")
        cwd = home / "work"
        cwd.mkdir(parents=True)
        if label != "no user source":
            write_user_sources(home, cwd)
        variant = {**env, "XDG_CONFIG_HOME": str(home), "HOME": str(home)}
        if label == "+ both outside":  # the copies go to each install's cache directory
            for each in scripts:
                enable_outside(each, args.refs.resolve(), {**variant, **caches[each]}, cwd)
        variants.append((label, cwd, variant))

    if not args.rebuild_only:
        startup_table(variants, scripts, caches, write_litellm(root / "litellm.json"), args.runs)
    if args.refs:
        _, cwd, variant_env = variants[-1]  # both outside catalogs enabled
        rebuild_after_update(scripts, caches, args.refs.resolve(), variant_env, cwd, args.runs)


def startup_table(
    variants: list[tuple[str, Path, dict[str, str]]],
    scripts: list[str],
    caches: dict[str, dict[str, str]],
    litellm: Path,
    runs: int,
) -> None:
    """Print every case of every variant as ratios to ``python -c "import typer"``."""
    columns = ["before", "after"] if len(scripts) > 1 else ["now"]
    header = f"{'case':<36}{'sources':<17}{'typer ms':>10}" + "".join(
        f"{c + ' ms':>11}{c + ' x':>9}" for c in columns
    )
    print(
        f"baseline: python -c 'import typer', its runs interleaved with each case's "
        f"(median of {runs})"
    )
    print(header + f"{'target':>9}")
    typer = [sys.executable, "-c", "import typer"]
    for label, cwd, variant_env in variants:
        times: dict[str, float] = {}
        for name, argv, case_env, tty in _cases(variant_env, litellm):
            run = tab_command if name.startswith("completion") else lambda s: [s]
            commands = [(typer, False, {}), *(([*run(s), *argv], tty, caches[s]) for s in scripts)]
            baseline, *medians = interleaved_medians(commands, case_env, cwd, runs)
            cells = f"{baseline * 1000:>10.1f}" + "".join(
                f"{m * 1000:>11.1f}{m / baseline:>8.2f}x" for m in medians
            )
            target = TARGETS.get(name.split(":")[0].split(" ")[0] if "completion" in name else name)
            mark = ""
            if target is not None:
                mark = f"{target:>8.1f}x" + (" ok" if medians[-1] / baseline <= target else " OVER")
            print(f"{name:<36}{label:<17}{cells}{mark}", flush=True)
            times[name] = medians[-1]
        terminal, piped, most = TERMINAL_TO_PIPED
        ratio = times[terminal] / times[piped]
        verdict = "ok" if ratio <= most else "OVER"
        print(f"  {terminal} / {piped}: {ratio:.2f}x (target {most:.1f}x) {verdict}")
    print_memory(variants, scripts, caches, columns, runs)


if __name__ == "__main__":
    main()
