"""Compiled-snapshot benchmark: a point lookup and a TAB stay flat as the catalog grows.

    python bench/compiled.py                       # 10k, 100k and 1M models
    python bench/compiled.py --sizes 10000 100000 --runs 9

For each size, a generated minimal catalog (bench/scale.py's, in bench/data/) is given with
``-c``; the first run compiles it (its time, and per model, against ``json.load`` of the
same file: compile time should grow linearly), then ``capabilities ID --json`` and a TAB
(``modelreg -c F show PREFIX`` under zsh's completion protocol) are timed as ratios to
``python -c "import typer"``, their runs interleaved with the baseline's (medians of
``--runs``, as bench/startup.py takes them). Targets (issue "compile once"): both at most
0.5x, flat from 10k to 1M.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import catalog_path, generate_minimal
from startup import interleaved_medians, tab_command, timed_once, warmed_and_checked

BASELINE = [sys.executable, "-c", "import typer"]
TARGET = 0.5


def measure(n: int, script: str, runs: int) -> dict[str, float]:
    """Compile time, point lookup and TAB of a catalog of ``n`` models."""
    path = catalog_path(n, minimal=True)
    if not path.exists():
        print(f"generating {path} ...", file=sys.stderr, flush=True)
        generate_minimal(n, path)
    home = Path(tempfile.mkdtemp(prefix="modelreg-compiled-"))
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("MODELREG_", "_MODELREG"))},
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "MODELREG_MAX_BYTES": "2G",  # a 1M-model catalog is larger than the default limit
    }
    for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED", "FAKEAI_CUSTOM_MODELS"):
        env.pop(name, None)
    load = [sys.executable, "-c", f"import json; json.load(open({str(path)!r}))"]
    some = _some_id(path)
    probe = [script, "-c", str(path), "capabilities", some, "--json"]
    tab = [*tab_command(script), "-c", str(path), "show", some[:-2]]  # as zsh's script runs it
    tab_env = {"_MODELREG_COMPLETE": "zsh"}
    try:
        json_ms = min(timed_once(load, env, home, False) for _ in range(2)) * 1000
        started = time.perf_counter()
        warmed_and_checked(probe, env, home)  # the first run compiles
        compile_ms = (time.perf_counter() - started) * 1000
        base, lookup, tab_took = interleaved_medians(
            [(BASELINE, False, {}), (probe, False, {}), (tab, False, tab_env)], env, home, runs
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return {
        "n": n,
        "json_ms": json_ms,
        "compile_ms": compile_ms,
        "lookup_ms": lookup * 1000,
        "lookup_x": lookup / base,
        "tab_ms": tab_took * 1000,
        "tab_x": tab_took / base,
    }


def _some_id(path: Path) -> str:
    """The id of the catalog's last model (read from the end of the file, not parsed)."""
    with path.open("rb") as f:
        f.seek(max(0, path.stat().st_size - 4096))
        tail = f.read().decode("utf-8", "replace")
    return tail.rsplit('"id": "', 1)[1].split('"', 1)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    script = shutil.which("modelreg", path=str(Path(sys.executable).parent))
    if script is None:
        sys.exit("modelreg is not installed: pip install -e .")
    print(
        f"{'models':>9} {'json.load ms':>13} {'compile ms':>11} {'us/model':>9} "
        f"{'lookup ms':>10} {'lookup x':>9} {'TAB ms':>8} {'TAB x':>7}   (target {TARGET}x)"
    )
    for n in args.sizes:
        row = measure(n, script, args.runs)
        print(
            f"{n:>9} {row['json_ms']:>13.0f} {row['compile_ms']:>11.0f} "
            f"{1000 * row['compile_ms'] / n:>9.1f} {row['lookup_ms']:>10.1f} "
            f"{row['lookup_x']:>8.2f}x {row['tab_ms']:>8.1f} {row['tab_x']:>6.2f}x",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
