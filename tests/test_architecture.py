"""The seams the design depends on: the engine knows nothing of Textual, and the reader never
loads spaCy in its own process (its French tokenizer would freeze the event loop for seconds)."""

from __future__ import annotations

import subprocess
import sys


def imported_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(m.split('.')[0] for m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    return set(out.stdout.split())


def test_engine_does_not_import_textual():
    modules = imported_after("import tui.analysis, tui.analysis.engine, tui.analysis.worker, tui.analysis.cache")
    assert "textual" not in modules


def test_reader_does_not_import_spacy():
    modules = imported_after("import tui.app.reader, tui.cli")
    assert "spacy" not in modules and "thinc" not in modules


def _import_graph() -> dict[str, set[str]]:
    """Every `tui` module and the `tui` modules it imports, at any level of the file (an import
    inside a function is still a dependency), except under `if TYPE_CHECKING:`."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "tui"
    modules = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
                   and getattr(node.test, "id", getattr(node.test, "attr", "")) == "TYPE_CHECKING"
                   for n in ast.walk(node)}
        targets = set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tui"):
                base = node.module
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    targets.add(full if full in modules else base)
            elif isinstance(node, ast.Import):
                targets.update(a.name for a in node.names if a.name.startswith("tui"))
        # a package's own __init__ importing its submodules is how packages work, not a cycle
        graph[name] = {t for t in targets if t in modules and t != name and not name.startswith(t + ".")}
    return graph


def test_no_import_cycle_anywhere_in_tui():
    graph = _import_graph()
    cycles = []
    state: dict[str, int] = {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                cycles.append(stack[stack.index(target):] + [target])
            elif target not in state:
                visit(target, stack + [target])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_language_data_modules_hold_only_data():
    import ast
    from pathlib import Path

    for path in (Path(__file__).resolve().parents[1] / "tui" / "analysis" / "lang").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        code = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))]
        assert code == [], f"{path.name} defines {[n.name for n in code]}"
