"""Imports point one way: no cycle between zhclean's modules, not even one hidden
inside a function (a function-level import only delays a cycle, it does not remove it).

Every ``import``/``from … import`` under ``src/zhclean`` is found with ``ast``, at any
depth, and each module's edges go to the zhclean modules it names.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "zhclean"

# Known exception, issue 16: the boilerplate package is being rebuilt by the issue
# "Boilerplate by shape and place". Its detectors import ``Document`` back from
# ``document`` (under ``if TYPE_CHECKING``), which imports them. A cycle that stays
# inside that package is tolerated until that work lands; remove this then.
KNOWN_CYCLE_PACKAGE = "zhclean.stages.boilerplate."


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(known: dict[str, Path], name: str) -> str | None:
    """The zhclean module ``name`` is, or the nearest package that holds it."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                stem = ".".join([*base, node.module] if node.module else base)
            else:
                stem = node.module or ""
            for alias in node.names:
                # ``from .pkg import mod`` names the module; ``from .mod import name``
                # (or a name a package defines) names the module or package itself.
                sub = f"{stem}.{alias.name}"
                targets.add(sub if sub in known else stem)
    edges = set()
    for target in targets:
        resolved = _resolve(known, target)
        if resolved and resolved != name:
            edges.add(resolved)
    return edges


def import_graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(name, path, known) for name, path in known.items()}


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm: the groups of modules that import each other, round a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_walker_sees_function_level_imports(tmp_path):
    graph = {"a": {"b"}, "b": {"a"}, "c": {"a"}}
    assert strongly_connected(graph) == [["a", "b"]]
    # chardata's edges include imports made inside functions, which is where
    # cycles used to hide; this checks the walker reads every depth.
    source = "def f():\n    from .stages.script import x\n"
    path = tmp_path / "zhclean" / "m.py"
    path.parent.mkdir()
    path.write_text(source, "utf-8")
    known = {"zhclean.m": path, "zhclean.stages.script": Path("x")}
    assert imports_of("zhclean.m", path, known) == {"zhclean.stages.script"}


def test_no_import_cycles():
    cycles = [
        group
        for group in strongly_connected(import_graph())
        if not all(name.startswith(KNOWN_CYCLE_PACKAGE) for name in group)
    ]
    assert cycles == []


def test_core_imports_no_stage():
    """Character data and word lists sit under the stages: they import no stage."""
    graph = import_graph()
    for core in ("zhclean.chardata", "zhclean.lexicon", "zhclean.words", "zhclean.repeats"):
        assert not any(m.startswith("zhclean.stages") for m in graph[core]), core


def test_top_level_modules_import_no_private_name():
    """What one top-level module takes from another is public (ray_engine used to import
    ``corpus._file_line_hashes``). The ``cli`` and ``stages`` packages are left out: their
    modules share helpers inside the package."""
    offenders = []
    for name, path in modules().items():
        if name.count(".") != 1 or path.name == "__init__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and (
                node.level or (node.module or "").startswith("zhclean")
            ):
                private = [a.name for a in node.names if a.name.startswith("_")]
                offenders += [f"{name}: {node.module}.{n}" for n in private if n[:2] != "__"]
    assert offenders == []
