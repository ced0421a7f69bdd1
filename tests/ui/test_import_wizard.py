"""The import wizard driven offscreen: file, columns, check, import with progress, summary, rejects."""
import pytest
from PySide6.QtCore import Qt

from salesdesk.core.customer import CustomerData
from salesdesk.ui.import_wizard import ImportWizard

from fake_messages import FakeMessages

ROWS = ("客户姓名,手机号,单位,备注\n何建国,138-1234-5678,示例公司,老客户\n李秀英,13900001111,,\n"
        "王五,12345,,\n赵六,13700002222,,\n")


@pytest.fixture
def wizard(qtbot, desk):
    messages = FakeMessages()
    w = ImportWizard(desk, messages)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.run_page.wait()


def to_check(w, qtbot, path):
    w.file_page.path_edit.setText(str(path))
    w.next()
    assert w.currentPage() is w.mapping_page, w.messages.texts()
    checked(w, qtbot)


def checked(w, qtbot):
    """下一步 on the columns page: the check runs on a worker, then the wizard moves on."""
    w.next()
    assert not w.mapping_page.isComplete()  # 下一步 is off while the rows are checked
    qtbot.waitUntil(lambda: w.currentPage() is w.check_page, timeout=20000)


def run_import(w, qtbot):
    with qtbot.waitSignal(w.imported, timeout=20000):
        w.next()


def test_the_columns_are_guessed_and_a_bad_row_must_be_skipped_to_go_on(wizard, qtbot, tmp_path, desk):
    path = tmp_path / "客户.csv"
    path.write_text(ROWS, encoding="gbk")
    desk.add_customer(CustomerData(name="赵六", mobile="13700002222"))
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    page = wizard.mapping_page
    assert [c.currentData() for c in page.combos] == ["name", "mobile", "company", "notes"]
    assert page.preview.rowCount() == 4 and page.preview.item(0, 0).text() == "何建国"
    wizard.grab().save(str(tmp_path / "mapping.png"))
    checked(wizard, qtbot)
    check = wizard.check_page
    assert check.problems.rowCount() == 1 and check.problems.item(0, 0).text() == "4"
    assert check.duplicates.rowCount() == 1 and "赵六" in check.duplicates.item(0, 2).text()
    assert not check.isComplete()
    check.skip_bad.setChecked(True)
    assert check.isComplete()
    wizard.grab().save(str(tmp_path / "check.png"))
    run_import(wizard, qtbot)
    result = wizard.result
    assert (result.imported, len(result.rejected_rows)) == (2, 1)
    assert sorted(r.name for r in desk.list_customers()) == ["何建国", "李秀英", "赵六"]
    assert wizard.run_page.save_rejects.isVisible()
    wizard.grab().save(str(tmp_path / "done.png"))


def test_the_mapping_fixed_is_remembered_for_next_time(wizard, qtbot, tmp_path, desk):
    path = tmp_path / "客户.csv"
    path.write_text("人,号码\n何建国,13812345678\n", encoding="utf-8")
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    page = wizard.mapping_page
    assert not page.isComplete() and "姓名" in page.problem.text()
    page.combos[0].setCurrentIndex(page.combos[0].findData("name"))
    page.combos[1].setCurrentIndex(page.combos[1].findData("mobile"))
    assert page.isComplete()
    checked(wizard, qtbot)
    assert desk.imports.mapping_for(("人", "号码")) == {0: "name", 1: "mobile"}


def test_a_choice_for_all_duplicates_merges_them(wizard, qtbot, tmp_path, desk):
    he = desk.add_customer(CustomerData(name="何建国", mobile="13812345678"))
    path = tmp_path / "客户.csv"
    path.write_text("姓名,手机,单位\n何建国,138 1234 5678,示例公司\n", encoding="utf-8")
    to_check(wizard, qtbot, path)
    check = wizard.check_page
    check.for_all.setCurrentIndex(check.for_all.findData("merge"))
    check.apply_to_all()
    run_import(wizard, qtbot)
    assert desk.get_customer(he).company == "示例公司" and desk.count_customers() == 1


def test_cancel_while_importing_rolls_everything_back(wizard, qtbot, tmp_path, desk):
    path = tmp_path / "客户.csv"
    path.write_text("姓名\n" + "".join(f"客户{i}\n" for i in range(3000)), encoding="utf-8")
    to_check(wizard, qtbot, path)
    with qtbot.waitSignal(wizard.run_page.ended, timeout=20000):
        wizard.next()
        qtbot.mouseClick(wizard.run_page.cancel_button, Qt.MouseButton.LeftButton)
    assert "已取消" in wizard.run_page.status.text()
    assert desk.count_customers() == 0


def test_a_hostile_file_is_refused_on_the_first_page(wizard, qtbot, tmp_path):
    path = tmp_path / "客户.xlsx"
    path.write_bytes(b"not a spreadsheet")
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert any("不是有效的 Excel" in t for t in wizard.messages.texts("warn"))


@pytest.fixture
def main_window(qtbot, desk, tmp_path):
    from PySide6.QtCore import QSettings

    from salesdesk.ui.main_window import MainWindow

    messages = FakeMessages()
    window = MainWindow(desk, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), messages)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_file_menu_imports_and_the_customer_list_shows_them_then_undo_takes_them_back(main_window, qtbot,
                                                                                        tmp_path, desk):
    path = tmp_path / "客户.csv"
    path.write_text("姓名,手机\n何建国,13812345678\n李秀英,13900001111\n", encoding="utf-8-sig")
    main_window.import_action.trigger()
    wizard = main_window._import_wizard
    to_check(wizard, qtbot, path)
    run_import(wizard, qtbot)
    wizard.run_page.wait()
    wizard.accept()
    qtbot.waitUntil(lambda: main_window.customer_model.rowCount() == 2)
    main_window.messages.yes_no_answers.append(True)
    main_window.undo_import_action.trigger()
    assert "删除 2 位客户" in main_window.messages.texts("inform")[-1]
    qtbot.waitUntil(lambda: main_window.customer_model.rowCount() == 0)


def test_export_from_the_menu_writes_the_file_the_import_reads(main_window, tmp_path, desk, monkeypatch):
    from salesdesk.reports.customer_import import read_table

    desk.add_customer(CustomerData(name="=何建国", mobile="13812345678"))
    target = tmp_path / "导出.xlsx"
    monkeypatch.setattr(main_window.messages, "save_file", lambda *a, **k: str(target), raising=False)
    main_window.export_customers_action.trigger()
    table = read_table(target)
    assert table.headers[0] == "姓名" and table.rows[0][1][0] == "=何建国"


def test_export_of_the_filtered_list_writes_only_those_shown(main_window, tmp_path, desk, monkeypatch):
    from salesdesk.reports.customer_import import read_table

    for name in ("何建国", "李秀英", "何小明"):
        desk.add_customer(CustomerData(name=name))
    main_window.customer_model.set_query(search="何")
    target = tmp_path / "导出.csv"
    monkeypatch.setattr(main_window.messages, "save_file", lambda *a, **k: str(target), raising=False)
    main_window.messages.choice_answers.append("只导出列表中筛选出的 2 位")
    main_window.export_customers_action.trigger()
    assert sorted(values[0] for _, values in read_table(target).rows) == ["何小明", "何建国"]
