"""The user guide's screenshots, taken from the demo database offscreen at 1366×768.

    python docs/screenshots.py                  # both languages: docs/images/zh/*.png, docs/images/en/*.png
    python docs/screenshots.py --lang en        # one language
    python docs/screenshots.py --only board,weekly --out /tmp/shots

Each language runs in its own process (the translation is chosen before the first widget).
It also rewrites the table of docs/<lang>/shortcuts.md between its two markers from the
window's own shortcut sheet, so the page lists what the program really has.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
LANGUAGES = ("zh", "en")
SIZE = (1366, 768)
#: A typical agent's home, so About shows the folders a Linux user would see (not the build machine's).
SAMPLE_HOME = "/home/agent"
TABLE_START = "<!-- shortcuts:start -->"
TABLE_END = "<!-- shortcuts:end -->"

#: A small spreadsheet to import (invented people), for the import wizard's pages.
IMPORT_ROWS = [
    ("客户姓名", "手机号", "单位", "职务", "生日", "来源", "备注"),  # i18n: data
    ("林晓雯", "139-0011-2233", "恒信会计师事务所", "合伙人", "1985-03-14", "转介绍", "想了解子女教育金"),  # i18n: data
    ("Zhang Wei", "13800138000", "Acme Trading", "Buyer", "1990-07-02", "展会", ""),  # i18n: data
    ("赵国强", "12345", "远航物流", "经理", "", "陌生拜访", "电话号码待确认"),  # i18n: data
    ("孙丽", "13700002222", "", "", "农历八月十五", "老客户转介绍", ""),  # i18n: data
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=(*LANGUAGES, "all"), default="all")
    parser.add_argument("--out", type=Path, default=DOCS / "images", help="folder of the zh/ and en/ folders")
    parser.add_argument("--only", default="", help="comma-separated shot names (default: all)")
    parser.add_argument("--no-table", action="store_true", help="leave docs/<lang>/shortcuts.md alone")
    args = parser.parse_args(argv)
    if args.lang == "all":
        for lang in LANGUAGES:
            command = [sys.executable, __file__, "--lang", lang, "--out", str(args.out)]
            if args.only:
                command += ["--only", args.only]
            if args.no_table:
                command.append("--no-table")
            code = subprocess.call(command)
            if code:
                return code
        return 0
    only = [name for name in args.only.split(",") if name]
    unknown = sorted(set(only) - set(SHOTS))
    if unknown:
        parser.error(f"unknown shots: {', '.join(unknown)} (known: {', '.join(SHOTS)})")
    return take(args.lang, args.out / args.lang, only or list(SHOTS), table=not args.no_table)


# -- the scene ---------------------------------------------------------------------------------
class Scene:
    """The demo window and what the shots share."""

    def __init__(self, lang: str, out: Path, work: Path):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["XDG_DATA_HOME"] = f"{SAMPLE_HOME}/.local/share"
        os.environ["SALESDESK_LANG"] = lang
        sys.path.insert(0, str(ROOT))
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from salesdesk import i18n_qt
        from salesdesk.app import install_qt_translations
        from salesdesk.demo import make_demo_db
        from salesdesk.fonts import ensure_cjk_font
        from salesdesk.services import SalesDesk
        from salesdesk.storage.db import open_db
        from salesdesk.ui.main_window import MainWindow
        from salesdesk.ui.pages import install_pages

        self.lang = lang
        self.out = out
        self.work = work
        self.app = QApplication.instance() or QApplication([])
        i18n_qt.install(lang, self.app)
        if lang == "zh":
            install_qt_translations(self.app)
        else:
            from PySide6.QtCore import QLocale

            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        ensure_cjk_font(self.app)
        from salesdesk.app import app_icon

        self.app.setWindowIcon(app_icon())
        self.messages = Answers()
        self.db = open_db(make_demo_db(work / "demo.db"))
        self.desk = SalesDesk(self.db)
        add_todos(self.desk, lang)
        settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.desk, settings, self.messages, demo=True)
        self.window.log_path = work / "salesdesk.log"
        self.window.open_url = lambda _url: True
        self.pages = install_pages(self.window, self.messages)
        self.window.resize(*SIZE)
        self.window.show()
        self.settle()

    def settle(self, rounds: int = 40) -> None:
        from PySide6.QtCore import QThreadPool

        for _ in range(rounds):
            self.app.processEvents()
        QThreadPool.globalInstance().waitForDone(5000)
        for _ in range(rounds):
            self.app.processEvents()

    def wait(self, done: Callable[[], bool], seconds: float = 20) -> None:
        import time

        end = time.monotonic() + seconds
        while not done():
            if time.monotonic() > end:
                raise TimeoutError("the screen did not finish loading")
            self.settle(5)

    def page(self, title_index: int) -> None:
        self.window.tabs.setCurrentIndex(title_index)
        self.settle()

    def show_page(self, widget) -> None:
        self.window.tabs.setCurrentWidget(widget)
        self.settle()

    def save(self, widget, name: str) -> Path:
        self.settle()
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage

        path = self.out / f"{name}.png"
        # 256 colours, no dithering: a window's flat colours and text stay crisp at a
        # quarter of the size; 0: the strongest compression.
        image = widget.grab().toImage().convertToFormat(
            QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.PreferDither)
        if not image.save(str(path), "PNG", 0):
            raise OSError(f"cannot write {path}")
        return path


class Answers:
    """Messages for a script: every question is answered 'no', nothing blocks."""

    def __getattr__(self, name):
        return lambda *args, **kwargs: None

    def ask(self, *args, **kwargs) -> bool:
        return False


#: A few to-dos in each quadrant (the demo has none): (Chinese, English, important, urgent, due in days).
TODOS = (
    ("确认 90% 客户的收款", "Confirm payment for the 90% prospects", True, True, 0),  # i18n: data
    ("准备周三回顾的行动工具表", "Prepare the action table for Wednesday's review", True, True, 1),  # i18n: data
    ("整理转介绍名单", "Sort out the referral list", True, False, 5),  # i18n: data
    ("学习新产品的条款", "Read the new product's terms", True, False, None),  # i18n: data
    ("回复公司的续保通知邮件", "Answer the office's renewal e-mail", False, True, 0),  # i18n: data
    ("更新微信朋友圈", "Post an update on WeChat", False, False, None),  # i18n: data
)


def add_todos(desk, lang: str) -> None:
    import datetime as dt

    for chinese, english, important, urgent, days in TODOS:
        due = desk.today() + dt.timedelta(days=days) if days is not None else None
        desk.todos.add(chinese if lang == "zh" else english, due=due, important=important, urgent=urgent)


# -- the shots -----------------------------------------------------------------------------------
def customers(scene: Scene) -> None:
    _card_tab(scene, 0)
    scene.save(scene.window, "customers")


def card_prospects(scene: Scene) -> None:
    _card_tab(scene, 1)
    scene.save(scene.window, "card-prospects")


def card_contacts(scene: Scene) -> None:
    _card_tab(scene, 2)
    scene.save(scene.window, "card-contacts")


def card_referrals(scene: Scene) -> None:
    _card_tab(scene, 3)
    scene.save(scene.window, "card-referrals")


def _card_tab(scene: Scene, index: int) -> None:
    window = scene.window
    scene.show_page(window.customers_page)
    window.card.tabs.setCurrentIndex(index)
    scene.settle()


def board(scene: Scene) -> None:
    scene.show_page(scene.pages.board_tab)
    scene.save(scene.window, "board")


def board_details(scene: Scene) -> None:
    from salesdesk.core.stages import Stage

    scene.show_page(scene.pages.board_tab)
    board = scene.pages.board
    ids = board.stage_ids(Stage.P50) if hasattr(board, "stage_ids") else [c.id for c in board.columns[Stage.P50].model.cards()]
    dialog = board.open_details(ids[0])
    scene.settle()
    scene.save(dialog, "board-details")
    dialog.close()


def weekly(scene: Scene) -> None:
    scene.show_page(scene.pages.weekly_tab)
    scene.wait(lambda: not scene.pages.weekly.loading)
    scene.save(scene.window, "weekly")


def weekly_print(scene: Scene) -> None:
    scene.show_page(scene.pages.weekly_tab)
    scene.wait(lambda: not scene.pages.weekly.loading)
    exports = scene.pages.weekly.exports
    shown = []

    def grab(dialog) -> None:
        dialog.resize(1280, 740)
        dialog.show()
        scene.settle()
        scene.save(dialog, "weekly-print")
        shown.append(dialog)
        dialog.close()

    exports.run_dialog = grab
    exports.print_preview()
    if not shown:
        raise RuntimeError("the print preview did not open")


def stats(scene: Scene) -> None:
    page = scene.window.tabs.widget(_tab_index(scene, 3))
    scene.show_page(page)
    view = page.page()
    scene.wait(lambda: not getattr(view, "loading", False))
    scene.save(scene.window, "stats")


def today(scene: Scene) -> None:
    scene.show_page(scene.window.tabs.widget(_tab_index(scene, 4)))
    scene.save(scene.window, "today")


def agenda(scene: Scene) -> None:
    scene.show_page(scene.window.tabs.widget(_tab_index(scene, 5)))
    scene.save(scene.window, "agenda")


def todos(scene: Scene) -> None:
    scene.show_page(scene.window.tabs.widget(_tab_index(scene, 6)))
    scene.save(scene.window, "todos")


def _tab_index(scene: Scene, index: int) -> int:
    return index  # 客户, 看板, 行动工具表, 统计, 今天, 日程, 待办


def import_wizard(scene: Scene) -> None:
    from openpyxl import Workbook

    from salesdesk.ui.import_wizard import ImportWizard

    path = scene.work / ("客户名单.xlsx" if scene.lang == "zh" else "customers.xlsx")  # i18n: data
    book = Workbook()
    sheet = book.active
    for row in IMPORT_ROWS:
        sheet.append(list(row))
    # One of the demo's customers again: the check shows what a duplicate looks like.
    card = scene.window.card
    sheet.append([card.fields["name"].text(), card.fields["mobile"].text(), card.fields["company"].text()])
    book.save(path)
    wizard = ImportWizard(scene.desk, scene.messages, scene.window)
    wizard.resize(1100, 680)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    scene.settle()
    scene.save(wizard, "import-columns")
    wizard.next()
    scene.wait(lambda: wizard.currentPage() is wizard.check_page)
    scene.save(wizard, "import-check")
    wizard.reject()
    wizard.deleteLater()


def settings(scene: Scene) -> None:
    from salesdesk.ui.settings_dialog import SettingsDialog

    from salesdesk import paths

    # As on the agent's own file (the demo's folder cannot move): the folder they would see.
    dialog = SettingsDialog(scene.desk, scene.window, messages=scene.messages, db_path=paths.default_db_path())
    dialog.show()
    scene.settle()
    scene.save(dialog, "settings")
    dialog.close()
    dialog.deleteLater()


def welcome(scene: Scene) -> None:
    from salesdesk import paths
    from salesdesk.ui.welcome import WelcomeDialog

    dialog = WelcomeDialog(paths.default_db_path(), scene.messages, scene.window)
    dialog.show()
    scene.settle()
    scene.save(dialog, "welcome")
    dialog.close()
    dialog.deleteLater()


def shortcuts(scene: Scene) -> None:
    window = scene.window
    scene.show_page(window.customers_page)
    window.shortcut_sheet_action.trigger()
    sheet = window.shortcut_sheet
    sheet.resize(680, 700)
    scene.save(sheet, "shortcuts")
    sheet.close()


def about(scene: Scene) -> None:
    from salesdesk import app, paths
    from salesdesk.ui.about_dialog import AboutDialog

    dialog = AboutDialog(paths.default_db_path(), app.log_path(), scene.messages, open_url=lambda _url: True,
                         parent=scene.window)
    dialog.show()
    scene.settle()
    scene.save(dialog, "about")
    dialog.close()
    dialog.deleteLater()


SHOTS: dict[str, Callable[[Scene], None]] = {
    "customers": customers,
    "card-prospects": card_prospects,
    "card-contacts": card_contacts,
    "card-referrals": card_referrals,
    "board": board,
    "board-details": board_details,
    "weekly": weekly,
    "weekly-print": weekly_print,
    "stats": stats,
    "today": today,
    "agenda": agenda,
    "todos": todos,
    "import-columns": import_wizard,
    "welcome": welcome,
    "settings": settings,
    "shortcuts": shortcuts,
    "about": about,
}


# -- the shortcut table --------------------------------------------------------------------------
def shortcut_table(window) -> str:
    """The sheet as a Markdown table, one section per group."""
    from salesdesk.ui.shortcut_sheet import collect

    from PySide6.QtCore import QCoreApplication

    header = [QCoreApplication.translate("ShortcutSheet", text) for text in ("按键", "功能")]
    lines = []
    for group in collect(window):
        lines += [f"### {group.title}", "", f"| {header[0]} | {header[1]} |", "|---|---|"]
        for entry in group.entries:
            keys = " / ".join(f"`{k}`" for k in entry.keys)
            description = entry.description.replace("|", "\\|")
            lines.append(f"| {keys} | {description} |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_table(lang: str, window) -> None:
    page = DOCS / lang / "shortcuts.md"
    text = page.read_text(encoding="utf-8")
    start, end = text.index(TABLE_START) + len(TABLE_START), text.index(TABLE_END)
    page.write_text(text[:start] + "\n" + shortcut_table(window) + text[end:], encoding="utf-8")


def take(lang: str, out: Path, names: list[str], *, table: bool = True) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="salesdesk-docs-") as work:
        scene = Scene(lang, out, Path(work))
        for name in SHOTS:
            if name in names:
                SHOTS[name](scene)
                print(f"{lang}: {name}")
        if table:
            write_table(lang, scene.window)
        scene.window.close()
        scene.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
