"""Qt's translation behind ``salesdesk.i18n``: the catalogue loaded into a QTranslator.

Used by the window (``salesdesk.app``) and the command line before anything is shown.
Every lookup is asked in one context (``QM_CONTEXT``): PySide's ``self.tr`` names the
*runtime* class as context (a subclass asks under its own name), and the same Chinese
text means the same English one everywhere in salesdesk.
"""
from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from salesdesk import i18n, i18n_catalog, paths

log = logging.getLogger(__name__)


class CatalogueTranslator(QTranslator):
    """salesdesk's English catalogue, asked in its one context whatever context Qt names."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 - Qt's name
        # None, not "": PySide hands "" to Qt as an empty translation (a blank "Close"
        # button, a blank menu), None as "no translation here" — Qt then keeps the text.
        if not source_text or not i18n_catalog.CJK.search(source_text):
            return None  # Qt's own (English) texts, and ours without Chinese, stay as they are
        return super().translate(i18n_catalog.QM_CONTEXT, source_text, disambiguation, n) or None


def choose_language(explicit: str | None = None) -> str:
    """The window's language: as the command line's (``i18n.language_for_this_run``), but
    with the system's UI language as Qt reads it (macOS and Windows settings included)."""
    env = os.environ.get(i18n.LANG_ENV)
    if i18n.normalise(explicit) or i18n.normalise(env):
        return i18n.choose(explicit, env)
    from salesdesk import preferences

    languages = QLocale.system().uiLanguages()
    system = languages[0] if languages else QLocale.system().name()
    if QLocale.system().name() == "C":
        system = i18n.system_locale_name()
    return i18n.choose(None, None, preferences.get(preferences.LANGUAGE), system)


def catalogue_path(lang: str) -> Path | None:
    """The .qm of ``lang``: the packaged one (wheel, frozen build), else — running from a
    source checkout, where only the .ts files are — one built from them into the cache
    folder, named by their content so that two checkouts never share a stale one."""
    packaged = paths.resource_path("translations", f"salesdesk_{lang}.qm")
    root = paths.resources_root().parent
    sources = [p for p in i18n_catalog.ts_files(root).values() if p.exists()]
    fresh = packaged.exists() and packaged.stat().st_mtime >= i18n_catalog.newest_ts_mtime(root)
    if fresh or not sources:
        return packaged if packaged.exists() else None
    digest = hashlib.sha1()
    for path in sources:
        digest.update(path.read_bytes())
    built = paths.cache_dir() / f"salesdesk_{lang}-{digest.hexdigest()[:16]}.qm"
    if built.exists():
        return built
    try:
        paths.make_private_dir(built.parent)
        data = i18n_catalog.qm_bytes([m for area in i18n_catalog.read_all(root).values() for m in area])
        with tempfile.NamedTemporaryFile(dir=built.parent, suffix=".tmp", delete=False) as tmp:
            tmp.write(data)
        os.replace(tmp.name, built)
    except OSError as exc:
        log.warning("cannot build the %s catalogue in %s: %s", lang, built.parent, exc)
        return None
    return built


def install(lang: str, app: QCoreApplication | None = None) -> CatalogueTranslator | None:
    """Speak ``lang`` from now on: ``i18n.tr`` and (with ``app``) every ``self.tr``.

    Chinese needs no catalogue. A missing English catalogue is logged and the UI stays
    Chinese rather than failing to start.
    """
    if lang == i18n.SOURCE_LANGUAGE:
        i18n.set_lookup(None, lang)
        return None
    path = catalogue_path(lang)
    translator = CatalogueTranslator(app)
    if path is None or not translator.load(str(path)):
        log.warning("the %s catalogue could not be loaded (%s): staying in Chinese", lang, path)
        i18n.set_lookup(None, i18n.SOURCE_LANGUAGE)
        return None
    if app is not None:
        app.installTranslator(translator)

    def lookup(text: str, disambiguation: str | None) -> str:
        return translator.translate(i18n_catalog.QM_CONTEXT, text, disambiguation)

    i18n.set_lookup(lookup, lang)
    install.translator = translator  # kept alive while the CLI runs without an app
    return translator
