"""A name an old version stored with characters XML 1.0 forbids still makes a workbook
that openpyxl and LibreOffice open (the services refuse such names today)."""
from __future__ import annotations

import shutil
import subprocess
import zipfile

import pytest
from openpyxl import load_workbook

from salesdesk.reports.dept import write_dept_export
from salesdesk.reports.weekly_xlsx import write_weekly_xlsx
from salesdesk.reports.xlsx_style import safe_text

from weekly_sample import WEEK_DAY, build_week

#: U+FFFE, U+FFFF, a C0 control XML forbids, ESC, and a private-use character (allowed).
RAW_NAME = "何\ufffe建\uffff国\x01\x1b\ue000"
SHOWN = "何建国\ue000"


@pytest.fixture
def old_table(desk, clock):
    ids = build_week(desk, clock)
    # As if an older salesdesk had stored it: straight into the file, past the services.
    desk.db.execute_sql("UPDATE customer SET name = ? WHERE id = ?", (RAW_NAME, ids["何建国"]))
    desk.db.execute_sql("UPDATE setting SET value = ? WHERE key = 'agent_name'", ("张\ufffe三",))
    return desk.weekly_table(WEEK_DAY)


def names_in(path) -> str:
    book = load_workbook(path)  # raises on a document XML 1.0 forbids
    return "\n".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value)


def test_safe_text_drops_what_xml_forbids():
    assert safe_text(RAW_NAME) == SHOWN


def test_weekly_workbook_with_a_forbidden_character_opens_in_openpyxl_and_libreoffice(old_table, tmp_path):
    path = write_weekly_xlsx(old_table, tmp_path / "week.xlsx", "张\ufffe三")
    with zipfile.ZipFile(path) as zf:
        xml = b"".join(zf.read(n) for n in zf.namelist() if n.endswith(".xml")).decode("utf-8")
    assert "\ufffe" not in xml and "\uffff" not in xml and "\x01" not in xml
    assert "11.04" + SHOWN in names_in(path)
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(path)],
        capture_output=True, timeout=180,
    )
    pdf = tmp_path / "week.pdf"
    assert done.returncode == 0 and pdf.exists() and pdf.stat().st_size > 1000, done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
    assert "何建国" in text


def test_department_workbook_with_a_forbidden_character_opens(old_table, tmp_path):
    path = write_dept_export(old_table, tmp_path / "dept.xlsx", "张\ufffe三")
    assert "张三" in names_in(path)
