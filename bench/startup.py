"""Start-up benchmark: median wall time of common invocations, as ratios to a baseline.

The baseline, ``python -c "import typer"``, is measured in the same run, so the
ratios hold from one machine to another. Targets (issue 6): a completion
request <= 1.3x, ``capabilities --json`` <= 2x, the table path <= 3x.

    python bench/startup.py [--runs 21]
"""

from __future__ import annotations

import argparse
import os
import pty
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

TARGETS = {"completion": 1.3, "capabilities --json": 2.0, "list (table)": 3.0}


def _run_on_terminal(cmd: list[str], env: dict[str, str]) -> None:
    """Run with stdout on a pseudo-terminal (so rich renders), draining it meanwhile."""
    master, slave = pty.openpty()
    drain = threading.Thread(target=_drain, args=(master,), daemon=True)
    drain.start()
    subprocess.run(cmd, env=env, stdout=slave, stderr=subprocess.DEVNULL, check=False)
    os.close(slave)
    drain.join()
    os.close(master)


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass


def _median_seconds(cmd: list[str], env: dict[str, str], runs: int, tty: bool) -> float:
    times = []
    subprocess.run(cmd, env=env, capture_output=True)  # warm up: write bytecode, fill caches
    for _ in range(runs):
        start = time.perf_counter()
        if tty:
            _run_on_terminal(cmd, env)
        else:
            subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()

    script = shutil.which("modelreg")
    if script is None:
        sys.exit("modelreg is not installed: pip install -e .")
    home = tempfile.mkdtemp()
    env = {**os.environ, "XDG_CONFIG_HOME": home, "HOME": home}
    env.pop("FAKEAI_CUSTOM_MODELS", None)
    # Measure what an installed tool costs: with its bytecode cached, as pip leaves it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    completion_env = {
        **env,
        "_MODELREG_COMPLETE": "complete_bash",
        "COMP_WORDS": "modelreg show gpt-4",
        "COMP_CWORD": "2",
    }
    cases = [
        ("baseline: import typer", [sys.executable, "-c", "import typer"], env, False),
        ("--version", [script, "--version"], env, False),
        ("capabilities --json", [script, "capabilities", "gpt-4o", "--json"], env, False),
        ("list (table)", [script, "list"], {**env, "COLUMNS": "120"}, True),
        ("list (piped)", [script, "list"], env, False),
        ("completion", [script], completion_env, False),
    ]
    os.chdir(home)  # no ./models.json
    baseline = None
    print(f"{'case':<26}{'median ms':>10}{'ratio':>8}{'target':>8}")
    for name, cmd, case_env, tty in cases:
        seconds = _median_seconds(cmd, case_env, args.runs, tty)
        baseline = baseline or seconds
        ratio = seconds / baseline
        target = TARGETS.get(name)
        mark = (
            "" if target is None else f"{target:>7.1f}x" + (" ok" if ratio <= target else " OVER")
        )
        print(f"{name:<26}{seconds * 1000:>10.1f}{ratio:>7.2f}x{mark}")


if __name__ == "__main__":
    main()
