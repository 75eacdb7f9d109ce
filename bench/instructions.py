"""Instruction counts of the library calls behind the commands, 10k -> 100k models.

    python bench/instructions.py [--minimal] [--sizes 10000 100000]

Wall time on a shared machine moves by a third from one minute to the next, and at
100k models it also pays for the memory hierarchy. The instructions a call executes
(``valgrind --tool=callgrind``) do neither, so their growth tells whether the work is
linear. Each figure is one process under callgrind: loading a catalog of bench/scale.py
(``load_registry``), minus a 1-entry catalog's; each operation on it (``search``,
``apply_filters``, ``sort_records``), minus the load. Needs valgrind; a 100k run takes
a few minutes.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from scale import catalog_path, generate, generate_minimal

OPERATIONS = {
    "load": "",
    "search": "from modelreg.query.search import search; search(records, 'llama vision')",
    "filter": (
        "from modelreg.query.filters import Filters, apply_filters; "
        "apply_filters(records, Filters.parse(capabilities=['vision']))"
    ),
    "sort": (
        "from modelreg.query.sorting import sort_records; sort_records(records, 'context_window')"
    ),
}
_CALLGRIND = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
_LOAD = (
    "import os, sys; from modelreg.compile import load_registry; "
    "records = load_registry([sys.argv[1]]).records()"
)


def instructions(path: Path, operation: str) -> int:
    """The instructions of one process that loads ``path`` and runs ``operation``."""
    code = "; ".join(filter(None, [_LOAD, OPERATIONS[operation], "os._exit(0)"]))
    done = subprocess.run(
        [*_CALLGRIND, sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),  # no ./models.json
        env={"PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": tempfile.gettempdir() + "/no-config"},
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or found is None:
        sys.exit(f"callgrind failed on {path} {operation}: {done.stderr.strip()[-300:]}")
    return int(found[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[10_000, 100_000])
    parser.add_argument("--minimal", action="store_true", help="the minimal catalogs")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed")
    paths = [catalog_path(n, args.minimal) for n in args.sizes]
    for n, path in zip(args.sizes, paths, strict=True):
        if not path.exists():
            (generate_minimal if args.minimal else generate)(n, path)
    one = Path(tempfile.mkdtemp()) / "one.json"
    one.write_text('[{"id": "x"}]', encoding="utf-8")
    runs = [(one, "load")] + [(p, op) for p in paths for op in OPERATIONS]
    with ThreadPoolExecutor(2) as pool:
        counts = dict(zip(runs, pool.map(lambda run: instructions(*run), runs), strict=True))
    print(f"instructions (millions), {'minimal' if args.minimal else 'full'} catalog")
    print(f"{'call':<10}" + "".join(f"{n // 1000:>8}k" for n in args.sizes) + "   growth")
    for op in OPERATIONS:
        base = [counts[one, "load"] if op == "load" else counts[p, "load"] for p in paths]
        work = [counts[p, op] - b for p, b in zip(paths, base, strict=True)]
        cells = "".join(f"{w / 1e6:>9.0f}" for w in work)
        print(f"{op:<10}{cells}   x{work[1] / work[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
