"""The shape of the package: data flows one way, the core stays free of the CLI's libraries."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "modelreg"


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Every module of the package -> the package modules it imports (also inside functions,
    not under TYPE_CHECKING)."""
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = {
            id(node)
            for top in ast.walk(tree)
            if isinstance(top, ast.If) and "TYPE_CHECKING" in ast.unparse(top.test)
            for node in ast.walk(top)
        }
        found: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found |= {f"{node.module}.{a.name}" for a in node.names}
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        current = todo.pop()
        if current == goal:
            return True
        if current not in seen:
            seen.add(current)
            todo += graph[current]
    return False


def test_no_module_imports_a_module_that_imports_it_back() -> None:
    graph = _imports()
    circles = sorted(
        (a, b)
        for a, targets in graph.items()
        for b in targets
        if not a.startswith(b + ".") and not b.startswith(a + ".") and _reaches(graph, b, a)
    )
    assert circles == []


def test_the_core_never_imports_the_cli_or_the_web_stack() -> None:
    heavy = ("typer", "click", "rich", "starlette", "uvicorn", "fastapi")
    for path in PACKAGE.rglob("*.py"):
        name = _module(path)
        web = (
            "modelreg.service.serve",
            "modelreg.service.serve_http",
            "modelreg.service.handlers",
            "modelreg.service.http_errors",
            "modelreg.service.request_parts",
            "modelreg.__main__",
        )
        if name.startswith("modelreg.cli") or name in web:
            continue
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                )
                assert not any(n.split(".")[0] in heavy for n in names), (name, names)
                assert not any(n.startswith("modelreg.cli") for n in names), (name, names)


def test_catalog_is_data_only() -> None:
    graph = _imports()
    for name, targets in graph.items():
        if name.startswith("modelreg.catalog"):
            assert all(t.startswith(("modelreg.catalog", "modelreg.schema")) for t in targets)
