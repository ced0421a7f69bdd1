"""Hostile spreadsheets an import must refuse quickly and in little memory (tests only)."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
                 'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                 '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType='
                 '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                 'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2"'
                 ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                 'Target="sharedStrings.xml"/></Relationships>')
SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
              'spreadsheetml/2006/main"><sheetData>')
SHEET_TAIL = "</sheetData></worksheet>"
HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>'
STRINGS_HEAD = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
EMPTY_STRINGS = STRINGS_HEAD + "</sst>"


def _xlsx(path: Path, sheet, strings=EMPTY_STRINGS) -> Path:
    """A minimal workbook; ``sheet`` and ``strings`` are text or iterables of text chunks."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        for name, body in (("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", strings)):
            with archive.open(name, "w", force_zip64=True) as out:
                for chunk in ([body] if isinstance(body, str) else body):
                    out.write(chunk.encode("utf-8"))
    return path


def zip_bomb(path: Path) -> Path:
    """A sheet that unpacks to 300 MB of blank cells (a few hundred KB packed)."""
    chunk = '<row><c t="inlineStr"><is><t> </t></is></c></row>' * 20_000
    return _xlsx(path, [SHEET_HEAD, HEADER_ROW, *[chunk] * (300_000_000 // len(chunk)), SHEET_TAIL])


def entity_bomb(path: Path) -> Path:
    """Billion laughs in the shared strings."""
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    strings = f'<?xml version="1.0"?><!DOCTYPE sst [{entities}]>' + STRINGS_HEAD[len('<?xml version="1.0" encoding="UTF-8"?>'):] \
        + '<si><t>&a9;</t></si></sst>'
    sheet = SHEET_HEAD + HEADER_ROW + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>' + SHEET_TAIL
    return _xlsx(path, sheet, strings)


def huge_cell(path: Path) -> Path:
    """One shared string of 100 MB."""
    sheet = SHEET_HEAD + HEADER_ROW + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>' + SHEET_TAIL
    return _xlsx(path, sheet, [STRINGS_HEAD, "<si><t>", *["何" * 1_000_000] * 34, "</t></si></sst>"])


def huge_inline_cell(path: Path, megabytes: int = 40) -> Path:
    """A 40 MB inline cell: under the member cap, over the cell cap (that row's error)."""
    return _xlsx(path, [SHEET_HEAD, HEADER_ROW, '<row r="2"><c r="A2" t="inlineStr"><is><t>',
                        *["x" * 1_000_000] * megabytes, "</t></is></c></row>", SHEET_TAIL])


def million_empty_rows(path: Path) -> Path:
    rows = (f'<row r="{n}"><c r="A{n}" s="0"/></row>' for n in range(2, 1_000_002))
    batched = ("".join(next(rows) for _ in range(10_000)) for _ in range(100))
    return _xlsx(path, [SHEET_HEAD, HEADER_ROW, *batched, SHEET_TAIL])


def formulas_without_values(path: Path) -> Path:
    """As a program that does not calculate writes them: formulas, no saved results."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "手机", "备注"])
    ws.append(['="何"&"建国"', "=13800000000+12345678", "=1+1"])
    wb.save(path)
    return path


def formulas_with_values(path: Path) -> Path:
    """Formulas with their saved results (as Excel saves them): the results are imported."""
    sheet = (SHEET_HEAD + HEADER_ROW.replace("</row>", '<c r="B1" t="inlineStr"><is><t>手机</t></is></c></row>')
             + '<row r="2"><c r="A2" t="str"><f>"何"&amp;"建国"</f><v>何建国</v></c>'
             '<c r="B2"><f>13800000000+12345678</f><v>13812345678</v></c></row>' + SHEET_TAIL)
    return _xlsx(path, sheet)


def renamed(path: Path) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 5000)
    return path


def renamed_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def csv_with_nul(path: Path) -> Path:
    path.write_bytes("姓名,手机\n何建国,138\x0012345678\n".encode("utf-8"))
    return path


def csv_mixed(path: Path) -> Path:
    path.write_bytes("姓名,手机\n何建国,13812345678\n".encode("utf-8") + "李秀英,13900001111\n王小明,13700002222\n".encode("gbk"))
    return path


MEASURE = r"""
import json, resource, sys, time
from salesdesk.reports.customer_import import BadImportFile, read_table
import openpyxl, defusedxml, charset_normalizer  # noqa: the reader's own imports are not the file's cost
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
try:
    table = read_table(sys.argv[1])
    outcome = {"rows": len(table.rows), "cell_errors": [list(e) for e in table.cell_errors]}
except BadImportFile as exc:
    outcome = {"refused": str(exc)}
outcome["seconds"] = time.perf_counter() - start
outcome["peak_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024
print(json.dumps(outcome, ensure_ascii=False))
"""


def measure(path: Path, root: Path) -> dict:
    """Read ``path`` in a fresh interpreter: its outcome, seconds, and peak memory above the
    interpreter with the reader imported (MB)."""
    done = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)
