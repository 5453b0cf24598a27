"""The shape of the code: the engine knows no feature, nothing imports in a circle, SQL lives in the store."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository root
PACKAGES = ("bot", "handlers")
SQL = re.compile(r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.I | re.S)


def test_root_is_the_repository() -> None:
    assert (ROOT / "pyproject.toml").is_file() and all((ROOT / p).is_dir() for p in PACKAGES)


def modules() -> dict[str, Path]:
    out = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            out[name] = path
    return out


def imports(path: Path, known: dict[str, Path]) -> set[str]:
    """Project modules `path` imports at run time (imports under `if TYPE_CHECKING:` are left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only |= {id(n) for child in node.body for n in ast.walk(child)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        found |= {n for n in names if n in known}
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(path, known) - {name} for name, path in known.items()}


def test_only_the_app_imports_the_features() -> None:
    offenders = {
        name: sorted(i for i in deps if i == "handlers" or i.startswith("handlers."))
        for name, deps in graph().items()
        if name.startswith("bot") and name != "bot.app"
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_preview_words_no_feature_finding() -> None:
    """Each feature words its own `scribe preview` lines (`Router.preview_lines`): the command line
    and the preview name none of the features' keys or record fields."""
    from bot.app import routers

    keys = {s.key for r in routers() for s in r.shown}
    fields = {"post_number", "askers", "decision", "phrase", "starts_at", "cancelled", "supporters", "authors"}
    assert len(keys) == sum(len(r.shown) for r in routers()) and {"link_requests", "proposals"} <= keys
    for name in ("bot/cli.py", "bot/preview.py"):
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        strings = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
        assert strings & (keys | fields) == set(), name


def test_the_graph_walker_sees_imports() -> None:
    g = graph()
    assert "handlers.links" in g["bot.app"] and "bot.store" in g["bot.engine"]


def test_no_import_cycle() -> None:
    g = graph()
    # A package's __init__ may import its own submodules; a submodule importing its own package back is a cycle.
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for dep in sorted(g.get(node, ())):
            if state.get(dep) == 1:
                cycles.append([*path[path.index(dep) :], dep] if dep in path else [node, dep])
            elif dep not in state:
                visit(dep, [*path, dep])
        state[node] = 2

    for name in sorted(g):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_sql_only_in_the_store() -> None:
    outside = [
        str(path.relative_to(ROOT))
        for name, path in modules().items()
        if not name.startswith("bot.store") and not name.startswith("bot.sandbox") and SQL.search(path.read_text())
    ]
    assert outside == []


def private_imports(path: Path, package: str, known: dict[str, Path]) -> list[str]:
    """Names with a leading underscore that `path` imports from a project module of another package."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{node.module}.{a.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module in known and node.module.rpartition(".")[0] != package
        for a in node.names
        if a.name.startswith("_") and not a.name.startswith("__")
    ]


def test_private_names_stay_in_their_package() -> None:
    """A name with a leading underscore is shared within its package only: what another package needs is made
    public under a name for what it is."""
    known = modules()
    offenders = {
        name: found
        for name, path in known.items()
        if (found := private_imports(path, name if path.name == "__init__.py" else name.rpartition(".")[0], known))
    }
    assert offenders == {}


def test_the_private_name_check_sees_one(tmp_path: Path) -> None:
    path = tmp_path / "find.py"
    path.write_text("from handlers.links.text.words import _BUT, compiled\n", encoding="utf-8")
    assert private_imports(path, "handlers.links", modules()) == ["handlers.links.text.words._BUT"]
    assert private_imports(path, "handlers.links.text", modules()) == []
