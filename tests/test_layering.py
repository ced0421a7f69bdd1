"""core <- storage <- services <- reports/ui/cli: enforced by parsing imports."""
import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "salesdesk"


def imports_of(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                yield path, node.module


def offenders(folder: str, forbidden: tuple[str, ...]):
    return [
        f"{path.relative_to(PKG.parent)} imports {name}"
        for path, name in imports_of(PKG / folder)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


@pytest.mark.parametrize("folder,forbidden", [
    ("core", ("PySide6", "peewee", "openpyxl", "matplotlib", "salesdesk.storage", "salesdesk.services",
              "salesdesk.ui", "salesdesk.reports", "sqlite3", "salesdesk.i18n_qt")),
    ("storage", ("PySide6", "salesdesk.services", "salesdesk.ui", "salesdesk.reports", "openpyxl", "matplotlib",
                 "salesdesk.i18n_qt")),
    ("services", ("PySide6", "salesdesk.ui", "openpyxl", "matplotlib", "salesdesk.i18n_qt")),
    ("reports", ("salesdesk.i18n_qt",)),
    ("ui", ("salesdesk.storage", "peewee", "sqlite3")),
])
def test_layers(folder, forbidden):
    assert offenders(folder, forbidden) == []


def test_the_check_would_catch_a_violation(tmp_path, monkeypatch):
    bad = tmp_path / "salesdesk" / "core"
    bad.mkdir(parents=True)
    (bad / "x.py").write_text("from PySide6.QtCore import QObject\nimport peewee\n")
    monkeypatch.setattr(__import__(__name__), "PKG", tmp_path / "salesdesk")
    assert len(offenders("core", ("PySide6", "peewee"))) == 2


def test_reports_and_ui_do_not_reach_into_each_other_the_wrong_way():
    # The screens may call report builders; report builders never need a screen.
    assert offenders("reports", ("salesdesk.ui",)) == []


def test_the_translation_hook_is_qt_free():
    # core and services call salesdesk.i18n.tr: it must not bring Qt in with it.
    for name in ("i18n.py", "i18n_catalog.py", "preferences.py"):
        tree = ast.parse((PKG / name).read_text(encoding="utf-8"))
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module]
        assert not [m for m in names if m.startswith("PySide6")], name
