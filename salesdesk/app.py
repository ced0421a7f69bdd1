"""The composition root of the window: paths → database → services → main window.

Nothing else in the GUI creates a database, a SalesDesk or a QSettings: they are made
here once and handed down through constructors.
"""
from __future__ import annotations

import logging
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType
from typing import Callable, Sequence

import PySide6
from PySide6.QtCore import (
    QAbstractEventDispatcher, QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QSettings, Qt, QTimer,
    QSize, QTranslator,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from salesdesk import i18n, i18n_qt, paths
from salesdesk.core.clock import Clock
from salesdesk.core.os_errors import os_reason
from salesdesk.storage.errors import StorageError
from salesdesk.fonts import ensure_cjk_font
from salesdesk.ui.messages import Messages

log = logging.getLogger(__name__)

APP_NAME = "salesdesk"
LOG_NAME = "salesdesk.log"
EXIT_FAILURE = 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def log_path() -> Path:
    return paths.data_dir() / LOG_NAME


def _log_handler(path: Path) -> logging.Handler | None:
    try:
        paths.make_private_dir(path.parent)  # a traceback can quote customer data: 0700 / 0600
        handler = paths.PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def install_excepthook(messages: Messages, path: Path | None = None) -> Callable[[], None]:
    """Log an unexpected exception with its traceback and tell the user in one short box.

    Returns a function that puts the previous hook back. A Qt slot that raises reaches
    ``sys.excepthook`` and the event loop goes on; the user sees a message, never a traceback.
    The log file (and its folder) is only created when there is something to log.
    """
    path = path or log_path()
    previous = sys.excepthook
    logger = logging.getLogger("salesdesk.crash")
    handlers: list[logging.Handler] = []
    showing = False

    def write(text: str) -> bool:
        if not handlers:
            handler = _log_handler(path)
            if handler is None:
                return False
            logger.addHandler(handler)
            handlers.append(handler)
        logger.error("unexpected error\n%s", text)
        handlers[0].flush()
        return True

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        logged = write("".join(traceback.format_exception(kind, value, tb)))
        if showing:  # an error while the box is up: logged, not stacked
            return
        showing = True
        try:
            where = str(path) if logged else _tr("（无法写入日志文件）")
            messages.error(
                QApplication.activeWindow(), _tr("出现意外错误"),
                _tr("salesdesk 遇到了一个意外错误。已保存的数据不受影响；"
                    "正在编辑、尚未保存的内容可能需要重新输入。\n\n详细信息已记录在：{path}").format(path=where),
            )
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            pass
        finally:
            showing = False

    sys.excepthook = hook

    def uninstall() -> None:
        sys.excepthook = previous
        for handler in handlers:
            logger.removeHandler(handler)
            handler.close()

    return uninstall


def _application(argv: Sequence[str] | None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Must precede the application object; fractional scaling (125 %, 150 %) stays crisp.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(_tr("salesdesk 销售管理"))
    app.setWindowIcon(app_icon())
    return app


#: The sizes of resources/icons/salesdesk-<N>.png (tools/make_icons.py renders them).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The salesdesk icon (title bar, task bar, tray, dialogs), every size it ships in."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(paths.resource_path("icons", f"salesdesk-{size}.png")), QSize(size, size))
    return icon


#: Qt's own catalogues, tried in order: ``qtbase_zh_CN.qm`` holds the texts of the widgets
#: salesdesk uses; ``qt_zh_CN.qm`` (what some wheels ship) pulls in qtbase and more.
QT_CATALOGUES = ("qtbase", "qt")


def qt_translation_folders() -> list[Path]:
    """Where Qt's .qm files may be: Qt's own setting, then where PySide6 wheels (and a
    frozen build of salesdesk) put them."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    package = Path(PySide6.__file__).resolve().parent
    folders += [package / "Qt" / "translations", package / "translations"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        folders += [Path(frozen) / "PySide6" / "Qt" / "translations", Path(frozen) / "PySide6" / "translations"]
    unique: list[Path] = []
    for folder in folders:
        if folder not in unique:
            unique.append(folder)
    return unique


#: Qt's texts that its zh_CN catalogue lacks (resources/translations/qt_gaps_zh_CN.ts).
QT_GAPS = "qt_gaps"


def install_qt_translations(app: QApplication, locale: QLocale | None = None,
                            folders: Sequence[Path] | None = None) -> QTranslator | None:
    """Qt's own texts (standard buttons 确定/取消, file dialogs 查找范围…) in the UI's language.

    The UI's source language is Simplified Chinese, so that is the default. The locale also
    becomes Qt's default, which names the calendar's months and weekdays (十二月, 周一).
    """
    locale = locale or QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(locale)
    folders = qt_translation_folders() if folders is None else list(folders)
    for folder in folders:
        for catalogue in QT_CATALOGUES:
            translator = QTranslator(app)
            if translator.load(locale, catalogue, "_", str(folder)):
                app.installTranslator(translator)
                # Installed after the catalogue, so asked first; deleted along with it.
                gaps = QTranslator(translator)
                if gaps.load(locale, QT_GAPS, "_", str(paths.resource_path("translations"))):
                    app.installTranslator(gaps)
                translator.gaps = gaps
                return translator
            translator.deleteLater()
    log.info("Qt's own translations for %s not found in %s", locale.name(), ", ".join(map(str, folders)))
    return None


def _settings() -> QSettings:
    """Window geometry and such, per user (organisation and application 'salesdesk')."""
    settings = QSettings()
    paths.make_private_config(Path(settings.fileName()))
    return settings


def _demo_settings(folder: Path) -> QSettings:
    """The demo's window settings, in its own folder: a demo leaves nothing behind."""
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def _event_loop(app: QApplication) -> int:
    """Run the window until it is closed (tests replace this)."""
    return app.exec()


class QuitWhenReady(QObject):
    """``--exit-when-ready``: quit with 0 once ``window`` has painted and the event loop is
    idle (about to wait for the next event), so start-up can be timed and smoke-tested."""

    def __init__(self, app: QApplication, window: QWidget):
        super().__init__(window)
        self.app = app
        self.window = window
        self.painted = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (not self.painted and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self.window):
            self.painted = True
            self.app.removeEventFilter(self)
            QAbstractEventDispatcher.instance().aboutToBlock.connect(self._idle)
        return False

    def _idle(self) -> None:
        QAbstractEventDispatcher.instance().aboutToBlock.disconnect(self._idle)
        QTimer.singleShot(0, lambda: self.app.exit(0))


def run_gui(db_path: Path | None = None, *, demo: bool = False, clock: Clock | None = None,
            argv: Sequence[str] | None = None, exit_when_ready: bool = False,
            language: str | None = None) -> int:
    """Open the window on ``db_path`` (default: the user's data file) or on a demo copy.

    Returns the process exit code: 1 when the database cannot be opened (newer version,
    corrupt, locked…) and the agent chose to quit rather than a backup or another file.
    A file another window is editing, or that cannot be written, opens read-only with a
    banner (salesdesk/opening.py). A demo lives in a temporary folder with
    everything it writes (settings, log, backups), removed on close. ``language``: the
    ``--lang`` given, else the setting or the system's (``i18n_qt.choose_language``).

    With no database at the path yet, a welcome (ui/welcome.py) asks how to begin (empty,
    the demo, or an import) and the agent's name and sales cycle; 退出 there quits with 0 and
    nothing created. ``--exit-when-ready`` never waits for a person: it starts empty, as
    before the welcome existed. After the data folder moved (设置), the window closes and
    reopens on the file in its new folder, whose originals are removed in between.
    """
    app = _application(argv)
    previous_language = i18n.current()
    lang = i18n_qt.choose_language(language)
    translator = i18n_qt.install(lang, app)
    try:
        notice = ""
        while True:
            result = _run_window(app, db_path, demo=demo, clock=clock, exit_when_ready=exit_when_ready,
                                 notice=notice)
            if not isinstance(result, _Reopen):
                return result
            db_path, notice = result.path, result.notice
    finally:
        if translator is not None:
            app.removeTranslator(translator)
            translator.deleteLater()
        i18n.restore(previous_language)


class _Reopen:
    """The window closed after its data folder moved: open ``path`` again, saying ``notice``."""

    def __init__(self, path: Path, notice: str):
        self.path = path
        self.notice = notice


def _run_window(app: QApplication, db_path: Path | None, *, demo: bool, clock: Clock | None,
                exit_when_ready: bool, notice: str = "") -> int | _Reopen:
    from salesdesk.services import SalesDesk, ServiceError
    from salesdesk.services.first_run import needs_welcome
    from salesdesk.services.autobackup import AutoBackup
    from salesdesk.storage.backup import backup_folder
    from salesdesk.ui.main_window import MainWindow
    from salesdesk.ui.pages import install_pages
    from salesdesk.ui.welcome import Start, ask_first_run

    app.setApplicationDisplayName(_tr("salesdesk 销售管理"))
    if i18n.language() == i18n.SOURCE_LANGUAGE:
        install_qt_translations(app)
    else:  # Qt's own texts are English already; months and weekdays follow the locale
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    ensure_cjk_font(app)
    messages = Messages()
    first_run = None
    if not demo and not exit_when_ready:
        wanted = Path(db_path) if db_path is not None else paths.default_db_path()
        if needs_welcome(wanted):
            first_run = ask_first_run(wanted, messages)
            if first_run is None:
                return 0  # 退出: nothing was created
            demo = first_run.start is Start.DEMO
    demo_dir: tempfile.TemporaryDirectory | None = None
    own_folder: Path | None = None
    try:
        if demo:
            from salesdesk.demo import make_demo_db

            # A fresh folder of its own: the user's data file is never touched.
            demo_dir = tempfile.TemporaryDirectory(prefix="salesdesk-demo-")
            own_folder = Path(demo_dir.name)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                path = make_demo_db(own_folder / "demo.db")
            finally:
                QApplication.restoreOverrideCursor()
        else:
            path = Path(db_path) if db_path is not None else paths.default_db_path()
    except (StorageError, OSError) as exc:
        log.info("cannot make the demo database: %s", exc)
        text = str(exc) if isinstance(exc, StorageError) else _tr("无法创建演示数据（{reason}）：{path}").format(
            reason=os_reason(exc), path=exc.filename or tempfile.gettempdir())
        messages.warn(None, _tr("无法打开数据库"), text)
        if demo_dir is not None:
            demo_dir.cleanup()
        return EXIT_FAILURE
    opened = _open(path, messages, lock=not demo, ask=not exit_when_ready)
    if opened is None:
        if demo_dir is not None:
            demo_dir.cleanup()
        return EXIT_FAILURE
    path = opened.path

    uninstall = install_excepthook(messages, own_folder / LOG_NAME if own_folder else None)
    moved = None
    try:
        desk = SalesDesk(opened.db, clock)
        if first_run is not None and not demo:
            try:  # the welcome's answers (checked there), saved before anything reads them
                desk.set_settings(first_run.settings)
            except ServiceError as exc:
                messages.warn(None, _tr("无法保存设置"), str(exc))
        settings = _demo_settings(own_folder) if own_folder else _settings()
        window = MainWindow(desk, settings, messages, demo=demo, db_path=None if demo else path)
        window.log_path = own_folder / LOG_NAME if own_folder else log_path()
        # A read-only window writes nothing, backups included.
        autobackup = None if opened.read_only_reason else AutoBackup(desk, backup_folder(path))
        install_pages(window, messages, autobackup)
        if opened.read_only_reason:
            window.set_read_only(True, opened.read_only_reason)
        if exit_when_ready:
            QuitWhenReady(app, window)
        window.show()
        if notice:
            window.statusBar().showMessage(notice, 15000)
        if first_run is not None and first_run.start is Start.IMPORT:
            from salesdesk.ui.import_actions import open_import_wizard

            open_import_wizard(window)
        code = _event_loop(app)
        moved = window.data_moved
        window.close()
        if autobackup is not None:
            if moved is None:  # after a move, the copy just checked is the newest there is
                autobackup.maybe_backup(closing=True)
            autobackup.close()
        window.deleteLater()
        if moved is None:
            return code
    finally:
        uninstall()
        opened.close()
        if demo_dir is not None:
            demo_dir.cleanup()
    return _after_move(moved, messages)


def _after_move(moved, messages: Messages) -> _Reopen:
    """The database is closed: the originals go, and the file reopens from its new folder."""
    left = moved.finish()
    if left:
        messages.warn(None, _tr("数据文件夹已移动"), _tr(
            "数据已移到 {folder}，但原来的这些文件没能删除，可以自己删除：\n{files}").format(
            folder=moved.new_folder, files="\n".join(str(path) for path in left)))
    return _Reopen(moved.new_db, _tr("数据文件夹已移到：{folder}").format(folder=moved.new_folder))


def _open(path: Path, messages: Messages, *, lock: bool, ask: bool):
    """The database for the window, or None to quit. A file that cannot be opened is
    explained with the ways out (a backup, another file, 重试, 退出), until one works or
    the agent quits; with ``ask`` False (``--exit-when-ready``) one line on stderr instead."""
    from salesdesk.opening import open_for_window
    from salesdesk.ui.open_problem import resolve

    while True:
        try:
            return open_for_window(path, lock=lock)
        except StorageError as exc:
            log.info("cannot open the database: %s", exc)
            if not ask:
                print(f"salesdesk: {exc}", file=sys.stderr)
                return None
            chosen = resolve(messages, path, exc)
            if chosen is None:
                return None
            path = chosen
