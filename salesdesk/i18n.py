"""The UI's language, for every layer: Qt-free, so core and services may use it too.

Chinese is the source language: every user-facing string is written in Chinese in the
code and looked up in the English catalogue (``resources/translations/en/*.ts``, built
into ``salesdesk_en.qm``) when the language is English. The lookup itself is Qt's
(``QTranslator``, plugged in by ``salesdesk.i18n_qt``); this module only holds the hook,
so ``salesdesk.core`` never imports Qt.

How to mark a string (``python -m salesdesk.i18n_catalog`` finds them all):

* ``tr("已保存 {name}").format(name=...)`` — translate now. Never an f-string inside:
  the catalogue holds the text with its ``{placeholders}``.
* ``N_("销售机会")`` — a constant made at import time, before the language is chosen:
  it stays Chinese where it is defined and is shown through ``tr(value)`` where it is used.
* In Qt classes, ``self.tr(...)`` and ``QCoreApplication.translate("ctx", ...)`` work as
  well: every context shares one catalogue (the same Chinese means the same English).

``tr`` is never called at import or class-definition time (tests/test_i18n.py checks).
"""
from __future__ import annotations

import os
import sys
from typing import Callable

SOURCE_LANGUAGE = "zh"
#: The languages the UI speaks, as ``--lang`` and ``SALESDESK_LANG`` name them.
LANGUAGES = ("zh", "en")
#: The environment variable that chooses the language (beats the saved setting).
LANG_ENV = "SALESDESK_LANG"

Lookup = Callable[[str, "str | None"], str]

_lookup: Lookup | None = None
_language = SOURCE_LANGUAGE


def tr(text: str, disambiguation: str | None = None) -> str:
    """``text`` (Chinese) in the UI's language; ``disambiguation`` tells apart two meanings
    of the same Chinese text."""
    if _lookup is None:
        return text
    return _lookup(text, disambiguation) or text


def N_(text: str) -> str:  # noqa: N802 - the gettext name every translator knows
    """Marks a constant for the catalogue; translate it with ``tr(value)`` where shown."""
    return text


def language() -> str:
    """``"zh"`` or ``"en"``: what ``tr`` answers in now."""
    return _language


def set_lookup(lookup: Lookup | None, lang: str) -> None:
    """Plug in the catalogue of ``lang`` (``None``: back to the Chinese source)."""
    global _lookup, _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    _lookup = None if lang == SOURCE_LANGUAGE else lookup
    _language = lang


def current() -> tuple[Lookup | None, str]:
    """What ``tr`` answers with now, for ``restore`` (a command run inside a test or a window)."""
    return _lookup, _language


def restore(state: tuple[Lookup | None, str]) -> None:
    global _lookup, _language
    _lookup, _language = state


def normalise(value: str | None) -> str | None:
    """A language the UI speaks from a setting, ``--lang`` or a locale name (``en_GB``,
    ``zh-Hant``, ``English``); ``None`` when it says nothing usable."""
    if not value:
        return None
    value = value.strip().lower().replace("-", "_")
    if value in ("", "c", "posix", "system", "auto"):
        return None
    if value.startswith(("zh", "chinese")):
        return "zh"
    if value.startswith(("en", "english")):
        return "en"
    return None


def choose(explicit: str | None = None, env: str | None = None, saved: str | None = None,
           system: str | None = None) -> str:
    """The language to speak: ``--lang``, then ``SALESDESK_LANG``, then the saved setting,
    then the system locale; Chinese when none of them is sure.

    A system locale in any language other than Chinese (de_DE, fr_FR…) reads English, the
    translation such a user is more likely to read; "C" or nothing at all is unsure.
    """
    for value in (explicit, env, saved):
        chosen = normalise(value)
        if chosen:
            return chosen
    chosen = normalise(system)
    if chosen:
        return chosen
    if system and system.strip().lower() not in ("c", "posix", "") and system[:1].isalpha():
        return "en"
    return SOURCE_LANGUAGE


def system_locale_name() -> str:
    """The user's UI language as the system names it, without Qt (the command line starts
    without it): the POSIX variables, else Windows' UI language, else Python's locale."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return value.split(":")[0]
    if sys.platform == "win32":
        try:
            import ctypes
            import locale

            return locale.windows_locale.get(ctypes.windll.kernel32.GetUserDefaultUILanguage(), "")
        except (AttributeError, OSError):
            return ""
    import locale

    try:
        return locale.getlocale()[0] or ""
    except ValueError:
        return ""


def language_for_this_run(explicit: str | None = None) -> str:
    """``--lang``, then ``SALESDESK_LANG``, then the saved preference, then the system."""
    env = os.environ.get(LANG_ENV)
    if normalise(explicit) or normalise(env):
        return choose(explicit, env)
    from salesdesk import preferences

    return choose(None, None, preferences.get(preferences.LANGUAGE), system_locale_name())
