"""The code's shape: one import package, rooms in the UI, and no import circles anywhere."""

from __future__ import annotations

from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "after_hours" / "ui"


def import_circles(package: str) -> list[list[str]]:
    """Every group of the package's modules that import each other in a circle (Tarjan).

    Imports under ``TYPE_CHECKING`` count too: a circle there still ties two rooms together.
    """
    graph = grimp.build_graph(package)
    modules = graph.modules
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(start: str) -> None:
        # Iterative, so a long chain of imports cannot hit the recursion limit.
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in modules:
                    continue
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append(
                        (target, iter(sorted(graph.find_modules_directly_imported_by(target))))
                    )
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        circles.append(sorted(group))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return circles


def test_no_module_of_the_project_is_in_an_import_circle() -> None:
    assert import_circles("after_hours") == []


def test_the_circle_finder_finds_a_circle(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The check above could pass by finding nothing at all; here it must find one."""
    package = tmp_path / "circled"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from circled import b\n")
    (package / "b.py").write_text("from circled import c\n")
    (package / "c.py").write_text("import circled.a\n")
    (package / "d.py").write_text("from circled import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert import_circles("circled") == [["circled.a", "circled.b", "circled.c"]]


def test_ui_has_rooms_and_only_its_face_and_entry_point_at_the_top() -> None:
    assert sorted(p.name for p in UI.glob("*.py")) == ["__init__.py", "main.py"]
    rooms = sorted(p.name for p in UI.iterdir() if (p / "__init__.py").is_file())
    assert rooms == ["base", "dialogs", "pages", "printing", "shell", "widgets"]


def test_each_sidebar_page_lives_in_one_module_of_pages() -> None:
    from after_hours.ui.pages import PAGES

    modules = {p.name.removesuffix(".py") for p in (UI / "pages").glob("*.py")}
    assert modules - {"__init__"} == {spec.key for spec in PAGES}


def test_no_screenshot_or_fixture_scaffolding_ships_in_the_package() -> None:
    shipped = [p.relative_to(ROOT) for p in (ROOT / "after_hours").rglob("*.py")]
    assert [p for p in shipped if "screenshot" in p.name or "fixture" in p.name] == []
