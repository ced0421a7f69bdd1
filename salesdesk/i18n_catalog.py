"""The English catalogue: find the marked strings, keep the .ts files, build the .qm.

Standard library only, so ``setup.py``, ``salesdesk.spec`` and the tests can run it
without Qt. ``python -m salesdesk.i18n_catalog``:

* ``update`` — scan ``salesdesk/`` for marked strings (see ``salesdesk.i18n``) and rewrite
  ``resources/translations/en/<area>.ts``: new texts come in unfinished, translations are
  kept (from whichever file had them), texts no longer in the code go away.
* ``todo [AREA]`` — the unfinished texts, one per line as ``source<TAB>disambiguation``.
* ``fill FILE.tsv`` — take translations from ``source<TAB>translation`` lines (a third
  column, when present, is the disambiguation) and run ``update``.
* ``check`` — problems a translator or a reviewer must fix (exit 1 when any).
* ``compile [OUT.qm]`` — the .qm Qt loads (default ``resources/translations/salesdesk_en.qm``).

Each text lives in one .ts file, the first area (in ``AREAS`` order) whose code uses it:
one Chinese text has one English text everywhere. The ``.ts`` files are sorted so that two
people adding texts never touch the same lines (one message a line). Qt Linguist opens them.

The .qm is written here rather than by ``lrelease`` so that a wheel build (no Qt in its
build environment) can make it too; tests/test_i18n.py loads it with Qt's ``QTranslator``
and checks every message, so a wrong byte would show.
"""
from __future__ import annotations

import ast
import dataclasses
import io
import re
import string
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Iterable, Iterator

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
LANGUAGE = "en"
#: The one context every message has in the .qm: ``salesdesk.i18n_qt`` asks every lookup in it.
QM_CONTEXT = "salesdesk"

#: Areas in the order a shared text is assigned: (name, path prefix inside salesdesk/).
AREAS: tuple[tuple[str, str], ...] = (
    ("core", "core/"),
    ("storage", "storage/"),
    ("services", "services/"),
    ("reports", "reports/"),
    ("app", ""),  # salesdesk/*.py at the top (app, opening, demo...)
    ("cli", "cli/"),
    ("ui_board", "ui/board/"),
    ("ui_card", "ui/card/"),
    ("ui_a_m", "ui/[a-m]"),
    ("ui_n_z", "ui/[n-z]"),
)
#: Developer tools whose output is not the product's UI.
NOT_SCANNED = ("bench/",)

CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
#: Call names whose first argument is the text; ``translate``/``QT_TRANSLATE_NOOP`` take a context first.
TEXT_FIRST = {"tr", "_tr", "N_", "QT_TR_NOOP"}
CONTEXT_FIRST = {"translate", "QT_TRANSLATE_NOOP"}
#: A literal on a line with this comment is data, not UI text (import aliases, demo names).
DATA_PRAGMA = "# i18n: data"


def ts_dir(root: Path | None = None) -> Path:
    return (root or ROOT) / "resources" / "translations" / LANGUAGE


def default_qm_path(root: Path | None = None) -> Path:
    return (root or ROOT) / "resources" / "translations" / f"salesdesk_{LANGUAGE}.qm"


def area_of(relative: str) -> str | None:
    """The area of a file given as a path inside salesdesk/ (``ui/board/board.py``)."""
    if relative.startswith(NOT_SCANNED):
        return None
    for name, prefix in AREAS:
        if prefix == "":
            if "/" not in relative:
                return name
        elif prefix.endswith("]"):
            folder, letters = prefix[:-5], prefix[-5:]
            rest = relative[len(folder):] if relative.startswith(folder) else ""
            if rest and "/" not in rest and re.match(letters, rest[0]):
                return name
        elif relative.startswith(prefix):
            return name
    return None


# --- finding the texts --------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Found:
    text: str
    disambiguation: str
    path: str
    line: int


@dataclasses.dataclass(frozen=True)
class Problem:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"salesdesk/{self.path}:{self.line}: {self.what}"


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and _literal(body[0].value) is not None:
                ids.add(id(body[0].value))
    return ids


def scan_source(source: str, relative: str) -> tuple[list[Found], list[Problem]]:
    """The marked texts of one file, and what is wrong with its strings: a CJK literal shown
    without translation, an f-string or a variable text inside ``tr``, ``tr`` at import time."""
    tree = ast.parse(source)
    lines = source.splitlines()
    found: list[Found] = []
    problems: list[Problem] = []
    handled = _docstrings(tree)

    def pragma(node: ast.AST) -> bool:
        first, last = node.lineno, getattr(node, "end_lineno", node.lineno) or node.lineno
        return any(DATA_PRAGMA in lines[i - 1] for i in range(first, last + 1) if 0 < i <= len(lines))

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in TEXT_FIRST:
            text_node = node.args[0] if node.args else None
            dis_node = node.args[1] if len(node.args) > 1 and name == "tr" else None
        elif name in CONTEXT_FIRST and len(node.args) >= 2:
            text_node = node.args[1]
            dis_node = node.args[2] if len(node.args) > 2 else None
        else:
            continue
        text = _literal(text_node)
        if text is None:
            if text_node is not None:  # reported once, as the call's fault
                handled.update(id(part) for part in ast.walk(text_node))
            if isinstance(text_node, ast.JoinedStr):
                problems.append(Problem(relative, node.lineno, f"an f-string inside {name}(): put "
                                        "{placeholders} in the text and .format() after it"))
            elif isinstance(text_node, ast.BinOp):
                problems.append(Problem(relative, node.lineno, f"a joined text inside {name}(): "
                                        "make it one literal"))
            continue
        handled.add(id(text_node))
        dis = _literal(dis_node) or ""
        if dis_node is not None:
            handled.add(id(dis_node))
        if CJK.search(text):
            found.append(Found(text, dis, relative, node.lineno))

    # tr() at import time freezes the language before it is chosen.
    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if (not inside and isinstance(child, ast.Call) and _call_name(child) in ("tr", "_tr", "translate")
                    and child.args and _literal(child.args[-1] if _call_name(child) == "translate" else
                                                 child.args[0]) is not None):
                problems.append(Problem(relative, child.lineno, "tr() at import time: the language is not "
                                        "chosen yet; mark the constant with N_() and tr() it where shown"))
            visit(child, inside)
    visit(tree, False)

    for node in ast.walk(tree):
        text = _literal(node)
        if text is None or id(node) in handled or not CJK.search(text) or pragma(node):
            continue
        problems.append(Problem(relative, node.lineno, f"untranslated text {text[:40]!r}: tr() it, N_() it, "
                                f"or mark a data line {DATA_PRAGMA!r}"))
    return found, problems


def python_files(root: Path | None = None) -> Iterator[tuple[Path, str]]:
    package = (root or ROOT) / "salesdesk"
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package).as_posix()
        if area_of(relative) is not None:
            yield path, relative


def scan(root: Path | None = None) -> tuple[list[Found], list[Problem]]:
    found: list[Found] = []
    problems: list[Problem] = []
    for path, relative in python_files(root):
        more, wrong = scan_source(path.read_text(encoding="utf-8"), relative)
        found += more
        problems += wrong
    return found, problems


# --- the .ts files ------------------------------------------------------------------------

@dataclasses.dataclass
class Message:
    source: str
    disambiguation: str = ""
    translation: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return self.source, self.disambiguation

    @property
    def finished(self) -> bool:
        return bool(self.translation)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for element in ET.parse(path).getroot().iter("message"):
        translation = element.find("translation")
        unfinished = translation is not None and translation.get("type") in ("unfinished", "vanished", "obsolete")
        messages.append(Message(
            source=element.findtext("source") or "",
            disambiguation=element.findtext("comment") or "",
            translation="" if translation is None or unfinished else (translation.text or ""),
        ))
    return messages


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;").replace("\n", "&#10;").replace("\r", "&#13;")
            .replace("\t", "&#9;"))


def write_ts(path: Path, area: str, messages: Iterable[Message]) -> None:
    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    out.write(f'<TS version="2.1" language="{LANGUAGE}" sourcelanguage="zh_CN">\n')
    out.write(f"<context>\n    <name>{area}</name>\n")
    for message in sorted(messages, key=lambda m: m.key):
        # One message a line: two people adding texts merge line by line (.gitattributes
        # merges these files as a union; `update` then drops what a union doubled).
        line = f"<source>{_escape(message.source)}</source>"
        if message.disambiguation:
            line += f"<comment>{_escape(message.disambiguation)}</comment>"
        if message.finished:
            line += f"<translation>{_escape(message.translation)}</translation>"
        else:
            line += '<translation type="unfinished"></translation>'
        out.write(f"    <message>{line}</message>\n")
    out.write("</context>\n</TS>\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(out.getvalue(), encoding="utf-8")


def ts_files(root: Path | None = None) -> dict[str, Path]:
    folder = ts_dir(root)
    return {name: folder / f"{name}.ts" for name, _ in AREAS}


def read_all(root: Path | None = None) -> dict[str, list[Message]]:
    return {area: read_ts(path) for area, path in ts_files(root).items() if path.exists()}


def translations(root: Path | None = None) -> dict[tuple[str, str], str]:
    """Every finished translation, by (source, disambiguation)."""
    pool = {}
    for messages in read_all(root).values():
        for message in messages:
            if message.finished:
                pool.setdefault(message.key, message.translation)
    return pool


def update(root: Path | None = None, extra: dict[tuple[str, str], str] | None = None) -> dict[str, int]:
    """Rewrite the .ts files from the code; returns the unfinished count by area."""
    found, _ = scan(root)
    pool = translations(root)
    pool.update(extra or {})
    by_area: dict[str, dict[tuple[str, str], Message]] = {name: {} for name, _ in AREAS}
    order = [name for name, _ in AREAS]
    home: dict[tuple[str, str], str] = {}
    for item in found:
        key = (item.text, item.disambiguation)
        area = area_of(item.path)
        if key not in home or order.index(area) < order.index(home[key]):
            home[key] = area
    for key, area in home.items():
        by_area[area][key] = Message(key[0], key[1], pool.get(key, ""))
    unfinished = {}
    for area, path in ts_files(root).items():
        messages = by_area[area].values()
        if messages or path.exists():
            write_ts(path, area, messages)
        unfinished[area] = sum(not m.finished for m in messages)
    return unfinished


def placeholders(text: str) -> set[str]:
    try:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError:
        return {"<unbalanced braces>"}


def check(root: Path | None = None) -> list[str]:
    """What keeps the English build from being complete."""
    found, problems = scan(root)
    wrong = [str(p) for p in problems]
    pool_by_area = read_all(root)
    known = {m.key: m for messages in pool_by_area.values() for m in messages}
    for item in found:
        message = known.get((item.text, item.disambiguation))
        where = f"salesdesk/{item.path}:{item.line}"
        if message is None:
            wrong.append(f"{where}: {item.text!r} is not in the catalogue (python -m salesdesk.i18n_catalog update)")
        elif not message.finished:
            wrong.append(f"{where}: {item.text!r} has no English translation")
    for messages in pool_by_area.values():
        for message in messages:
            if not message.finished:
                continue
            if CJK.search(message.translation):
                wrong.append(f"{message.source!r}: its translation {message.translation!r} is not English")
            if placeholders(message.translation) != placeholders(message.source):
                wrong.append(f"{message.source!r}: its translation {message.translation!r} has other placeholders")
    return sorted(set(wrong))


# --- the .qm file ---------------------------------------------------------------------------

_QM_MAGIC = bytes([0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95, 0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD])
_TAG_END, _TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 1, 3, 6, 7, 8
_BLOCK_HASHES, _BLOCK_MESSAGES, _BLOCK_NUMERUS, _BLOCK_LANGUAGE = 0x42, 0x69, 0x88, 0xA7
#: English plural rule as lrelease writes it ("n == 1" is the singular).
_NUMERUS_RULES = {"en": bytes([0x01, 0x01])}


def elf_hash(data: bytes) -> int:
    """Qt's hash of a message (source text + comment, UTF-8), as QTranslator computes it."""
    h = 0
    for byte in data:
        if byte == 0:
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _bytes_field(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def qm_bytes(messages: Iterable[Message], language: str = LANGUAGE) -> bytes:
    """A .qm holding ``messages`` (finished ones) in the context ``QM_CONTEXT``, with their
    source texts, so QTranslator checks each hit against the text asked for."""
    body = bytearray()
    hashes: list[tuple[int, int]] = []
    context = QM_CONTEXT.encode("utf-8")
    seen = set()
    for message in sorted(messages, key=lambda m: m.key):
        if not message.finished or message.key in seen:
            continue
        seen.add(message.key)
        source = message.source.encode("utf-8")
        comment = message.disambiguation.encode("utf-8")
        hashes.append((elf_hash(source + comment), len(body)))
        body += _bytes_field(_TAG_TRANSLATION, message.translation.encode("utf-16-be"))
        body += _bytes_field(_TAG_COMMENT, comment)
        body += _bytes_field(_TAG_SOURCE, source)
        body += _bytes_field(_TAG_CONTEXT, context)
        body += bytes([_TAG_END])
    table = b"".join(struct.pack(">II", h, offset) for h, offset in sorted(hashes))
    out = bytearray(_QM_MAGIC)  # the blocks in lrelease's order: the same bytes as lrelease makes
    out += _bytes_field(_BLOCK_LANGUAGE, language.encode("ascii"))
    out += _bytes_field(_BLOCK_HASHES, table)
    out += _bytes_field(_BLOCK_MESSAGES, bytes(body))
    if language in _NUMERUS_RULES:
        out += _bytes_field(_BLOCK_NUMERUS, _NUMERUS_RULES[language])
    return bytes(out)


def compile_qm(out: Path | None = None, root: Path | None = None) -> Path:
    """Build the .qm from the .ts files; returns its path."""
    out = out or default_qm_path(root)
    messages = [m for area in read_all(root).values() for m in area]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(qm_bytes(messages))
    return out


def newest_ts_mtime(root: Path | None = None) -> float:
    times = [path.stat().st_mtime for path in ts_files(root).values() if path.exists()]
    return max(times, default=0.0)


# --- command line -----------------------------------------------------------------------

def _todo(area: str | None) -> int:
    for name, messages in read_all().items():
        if area and name != area:
            continue
        for message in messages:
            if not message.finished:
                print(f"{message.source}\t{message.disambiguation}".replace("\n", "\\n"))
    return 0


def _fill(tsv: Path) -> int:
    extra = {}
    for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            print(f"{tsv}:{number}: expected source<TAB>translation", file=sys.stderr)
            return 1
        source, translation = parts[0].replace("\\n", "\n"), parts[1].replace("\\n", "\n")
        dis = parts[2] if len(parts) > 2 else ""
        extra[(source, dis)] = translation
    left = update(extra=extra)
    print("unfinished: " + ", ".join(f"{area} {n}" for area, n in left.items() if n) or "unfinished: none")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = argv[0] if argv else "update"
    if command == "update":
        left = update()
        print("unfinished: " + (", ".join(f"{area} {n}" for area, n in left.items() if n) or "none"))
        return 0
    if command == "todo":
        return _todo(argv[1] if len(argv) > 1 else None)
    if command == "fill" and len(argv) == 2:
        return _fill(Path(argv[1]))
    if command == "check":
        wrong = check()
        for line in wrong:
            print(line)
        print(f"{len(wrong)} problem(s)")
        return 1 if wrong else 0
    if command == "compile":
        print(compile_qm(Path(argv[1]) if len(argv) > 1 else None))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
