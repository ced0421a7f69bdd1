"""Reading customer files: encodings, separators, and hostile files refused in bounded time and memory."""
import datetime as dt
from pathlib import Path

import pytest

from salesdesk.reports.customer_import import BadImportFile, _openpyxl_table, read_table

import hostile_sheets as hs

ROOT = Path(__file__).resolve().parents[2]
ROWS = "姓名,手机,单位\n何建国,138-1234-5678,示例公司\n李秀英,13900001111,\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_csv_in_each_encoding_reads_the_same(tmp_path, encoding):
    path = tmp_path / "客户.csv"
    path.write_bytes(ROWS.encode(encoding))
    table = read_table(path)
    assert table.headers == ("姓名", "手机", "单位")
    assert table.rows == ((2, ("何建国", "138-1234-5678", "示例公司")), (3, ("李秀英", "13900001111", None)))


@pytest.mark.parametrize("text,encoding", [("姓名\n何\n", "gbk"), ("姓名,手機\n何建國,13812345678\n", "big5"),
                                           ("名字\t单位\n李秀英\t示例公司\n", "gb18030")])
def test_a_short_file_is_read_in_the_encoding_that_makes_sense_of_its_headers(tmp_path, text, encoding):
    path = tmp_path / "客户.csv"
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert "\t".join(table.headers) == text.split("\n")[0].replace(",", "\t")


def test_the_encoding_can_be_named_when_detection_would_guess_wrong(tmp_path):
    path = tmp_path / "客户.csv"
    path.write_bytes("姓名\n何\n".encode("gbk"))
    assert read_table(path, "gbk").rows == ((2, ("何",)),)
    with pytest.raises(BadImportFile, match="编码"):
        read_table(path, "no-such-codec")


def test_tab_separated_and_blank_rows_skipped_with_spreadsheet_row_numbers(tmp_path):
    path = tmp_path / "客户.txt"
    path.write_text("姓名\t手机\n\n何建国\t13812345678\n\t\n\"李\n秀英\"\t\n王五\t\n", encoding="utf-8")
    table = read_table(path)
    assert [r for r, _ in table.rows] == [3, 5, 6]
    assert table.rows[1][1][0] == "李\n秀英"


def test_xlsx_dates_numbers_and_blank_rows(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([None])
    ws.append(["姓名", "手机", "生日"])
    ws.append(["何建国", 13812345678, dt.datetime(1980, 3, 5)])
    ws.append([])
    ws.append(["李秀英", "139 0000 1111", 29285])
    ws["A100"] = "王五"
    wb.save(tmp_path / "客户.xlsx")
    for table in (read_table(tmp_path / "客户.xlsx"), _openpyxl_table(tmp_path / "客户.xlsx")):
        assert table.headers == ("姓名", "手机", "生日")
        rows = tuple((n, tuple(v.date() if isinstance(v, dt.datetime) else v for v in values)) for n, values in table.rows)
        assert rows == ((3, ("何建国", 13812345678, dt.date(1980, 3, 5))), (5, ("李秀英", "139 0000 1111", 29285)),
                        (100, ("王五", None, None)))


def test_a_stray_cell_far_away_is_read_by_the_streaming_reader_in_little_memory(tmp_path):
    """calamine would hold the sheet as a grid up to XFD1048576: the row parser reads it instead."""
    path = hs._xlsx(tmp_path / "客户.xlsx", hs.SHEET_HEAD + hs.HEADER_ROW + '<row r="2"><c r="A2" t="inlineStr"><is><t>何建国'
                    '</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' + hs.SHEET_TAIL)
    outcome = hs.measure(path, ROOT)
    assert outcome["rows"] == 1 and outcome["seconds"] < 5 and outcome["peak_mb"] < 60, outcome


def test_formulas_are_never_evaluated_their_saved_values_are_read(tmp_path):
    table = read_table(hs.formulas_with_values(tmp_path / "f.xlsx"))
    assert table.rows == ((2, ("何建国", 13812345678)),) and table.cell_errors == ()
    table = read_table(hs.formulas_without_values(tmp_path / "g.xlsx"))
    assert [(r, c) for r, c, _ in table.cell_errors] == [(2, 0), (2, 1), (2, 2)]
    assert "公式" in table.cell_errors[0][2]


def entity_bomb_in_the_sheet(path):
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    sheet = (f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>' + hs.SHEET_HEAD[len('<?xml version="1.0" '
             'encoding="UTF-8"?>'):] + hs.HEADER_ROW + '<row r="2"><c r="A2" t="inlineStr"><is><t>&a9;</t></is></c></row>'
             + hs.SHEET_TAIL)
    return hs._xlsx(path, sheet)


HOSTILE = {
    "entity bomb in the sheet": (entity_bomb_in_the_sheet, "不安全"),
    "zip bomb": (hs.zip_bomb, "压缩炸弹"),
    "entity bomb": (hs.entity_bomb, "不安全"),
    "100 MB cell": (hs.huge_cell, "过大"),
    "a million empty rows": (hs.million_empty_rows, "行"),
    "a picture renamed .xlsx": (hs.renamed, "不是有效的 Excel"),
    "a zip renamed .xlsx": (hs.renamed_zip, "不是有效的 Excel"),
    "an empty file": (hs.empty, "空"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_xlsx_is_refused_quickly_in_little_memory(tmp_path, kind):
    make, words = HOSTILE[kind]
    path = make(tmp_path / "客户.xlsx")
    outcome = hs.measure(path, ROOT)
    assert words in outcome.get("refused", ""), outcome
    assert outcome["seconds"] < 5, outcome
    assert outcome["peak_mb"] < 60, outcome


def test_a_cell_over_the_cell_limit_is_that_rows_error(tmp_path):
    # openpyxl cuts what it writes at 32767 characters: the file is written by hand.
    hs._xlsx(tmp_path / "客户.xlsx", hs.SHEET_HEAD + hs.HEADER_ROW.replace("</row>", '<c r="B1" t="inlineStr"><is><t>备注'
             '</t></is></c></row>') + '<row r="2"><c r="A2" t="inlineStr"><is><t>何建国</t></is></c><c r="B2" '
             't="inlineStr"><is><t>' + "很长" * 20000 + "</t></is></c></row>" + hs.SHEET_TAIL)
    table = read_table(tmp_path / "客户.xlsx")
    assert table.rows == ((2, ("何建国", None)),)
    assert [(r, c) for r, c, _ in table.cell_errors] == [(2, 1)] and "太长" in table.cell_errors[0][2]


@pytest.mark.parametrize("make,words", [(hs.csv_with_nul, "空字符"), (hs.csv_mixed, "多种编码"), (hs.empty, "空")])
def test_hostile_csv_is_refused(tmp_path, make, words):
    with pytest.raises(BadImportFile, match=words):
        read_table(make(tmp_path / "客户.csv"))


def test_other_files_are_refused_with_what_to_do(tmp_path):
    (tmp_path / "a.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(BadImportFile, match="另存为 .xlsx"):
        read_table(tmp_path / "a.xls")
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with pytest.raises(BadImportFile, match="不支持"):
        read_table(tmp_path / "a.pdf")
    with pytest.raises(BadImportFile, match="不存在"):
        read_table(tmp_path / "none.csv")


def test_an_error_value_in_a_cell_is_that_rows_problem_never_an_empty_cell(tmp_path):
    path = hs._xlsx(tmp_path / "客户.xlsx", hs.SHEET_HEAD + hs.HEADER_ROW.replace(
        "</row>", '<c r="B1" t="inlineStr"><is><t>手机</t></is></c></row>') + '<row r="2"><c r="A2" t="inlineStr"><is><t>'
        '何建国</t></is></c><c r="B2" t="e"><v>#N/A</v></c></row>' + hs.SHEET_TAIL)
    table = read_table(path)
    assert table.rows == ((2, ("何建国", None)),) and table.cell_errors == ((2, 1, "单元格是错误值 #N/A"),)
