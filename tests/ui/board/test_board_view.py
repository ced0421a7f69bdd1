"""What the board shows: columns and headers, filter, refresh from Changes, diagnosis, details."""
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from salesdesk.core.customer import CustomerData
from salesdesk.core.diagnosis import ShapeKind
from salesdesk.core.stages import BOARD_STAGES, Stage
from salesdesk.ui.board.model import AgeFilter



@pytest.fixture
def count_snapshots(desk, monkeypatch):
    calls = []
    real = desk.board_snapshot

    def spy(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(desk, "board_snapshot", spy)
    return calls


def test_six_columns_in_method_order_with_counts_and_money(make_board, place):
    place("何建国", Stage.P50)
    place("李娜", Stage.P90)
    place("王强", Stage.WON, age=10)
    place("赵敏", Stage.WON, age=30, signing_in=-25, won_at=dt.datetime(2026, 11, 2, 9))  # before this week
    board = make_board()
    assert list(board.columns) == list(BOARD_STAGES)
    headers = {s: c.header.text() for s, c in board.columns.items()}
    assert "50%" in headers[Stage.P50] and "预算 ¥1,500.00" in headers[Stage.P50]
    assert "预收保费 ¥1,500.00" in headers[Stage.P90]
    assert "承保标保 ¥1,500.00" in headers[Stage.WON] and "<b>1</b>" in headers[Stage.WON]
    assert "17" not in board.cycle_label.text() and "28" in board.cycle_label.text()
    # 成交 shows this week's deals; the range box shows older ones.
    board.columns[Stage.WON].range_combo.setCurrentIndex(3)
    assert len(board.column_ids(Stage.WON)) == 2


def test_filter_by_pinyin_initials_tag_and_age_without_reloading(make_board, place, count_snapshots):
    hjg = place("何建国", Stage.P25, tags="高净值")
    ln = place("李娜", Stage.P25, age=25, tags="企业主")
    wq = place("王强", Stage.APPOINTMENT, age=29)
    board = make_board()
    assert len(count_snapshots) == 1
    board.set_filter(text="hjg")
    assert board.column_ids(Stage.P25) == [hjg] and board.column_ids(Stage.APPOINTMENT) == []
    assert "1 / 2" in board.columns[Stage.P25].header.text()
    board.set_filter(text="", tag="企业主")
    assert board.column_ids(Stage.P25) == [ln]
    board.set_filter(tag="", age=AgeFilter.ATTENTION)
    assert board.column_ids(Stage.P25) == [ln] and board.column_ids(Stage.APPOINTMENT) == [wq]
    board.set_filter(age=AgeFilter.OVERDUE)
    assert board.column_ids(Stage.P25) == [] and board.column_ids(Stage.APPOINTMENT) == [wq]
    board.set_filter(age=AgeFilter.ALL)
    assert set(board.column_ids(Stage.P25)) == {hjg, ln}
    assert len(count_snapshots) == 1  # typing never went back to the database for the board


def test_a_change_made_elsewhere_refreshes_only_the_touched_card(make_board, place, desk, count_snapshots):
    a = place("何建国", Stage.P25)
    b = place("李娜", Stage.P25, age=6)
    c = place("王强", Stage.P50)
    board = make_board()
    board.select_prospect(c)
    model = board.columns[Stage.P25].model
    reset = []
    model.modelReset.connect(lambda: reset.append(1))
    desk.move_prospect(a, Stage.P50, criteria=[1, 2], budget=Decimal(800), signing_date=desk.today(),
                       next_step="签约")
    assert board.column_ids(Stage.P25) == [b] and set(board.column_ids(Stage.P50)) == {a, c}
    assert board.selected_ids() == [c]  # the rest of the board kept its state
    assert reset == [] and len(count_snapshots) == 1
    # A renamed customer shows at once, too.
    cid = board.card(b).customer_id
    data = desk.get_customer(cid)
    data.name = "李娜娜"
    desk.update_customer(cid, data)
    assert board.card(b).customer_name == "李娜娜"
    # A new prospect appears in 销售机会.
    new = desk.add_prospect(desk.add_customer(CustomerData(name="新客户")), "年金险")
    assert board.column_ids(Stage.OPPORTUNITY) == [new]
    assert len(count_snapshots) == 1


def test_diagnosis_panel_names_the_prospects_and_a_click_selects_the_card(make_board, place):
    healthy = [place(f"见{i}", Stage.APPOINTMENT, age=0) for i in range(3)]
    healthy += [place(f"二五{i}", Stage.P25) for i in range(5)]
    healthy += [place("五十", Stage.P50), place("九十", Stage.P90, signing_in=3)]
    board = make_board()
    assert board.diagnosis.diagnoses == []
    assert "形态健康" in board.diagnosis.html()
    stuck = place("卡住", Stage.P90, age=10, signing_in=-2)
    [found] = board.diagnosis.diagnoses
    assert found.kind == ShapeKind.STUCK_AT_90 and [n.prospect_id for n in found.prospects] == [stuck]
    assert "卡在90%" in board.diagnosis.html() and f"p:{stuck}" in board.diagnosis.html()
    assert "形态健康" not in board.diagnosis.html()
    board.set_filter(text="见")  # hides the stuck card: a click still finds it
    board.diagnosis.cells[0].linkActivated.emit(f"p:{stuck}")
    assert board.selected_ids() == [stuck] and board.filter_edit.text() == ""


def test_double_click_opens_the_details_with_history_and_a_link_to_the_customer(qtbot, make_board, place, desk):
    pid = place("何建国", Stage.P50)
    desk.set_criteria_notes(pid, {1: "本人就是老板"})
    board = make_board()
    view = board.columns[Stage.P50].view
    rect = view.visualRect(board.columns[Stage.P50].model.index(0))
    # A real double-click is a press/release followed by the double-click event.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: board.details_dialog is not None and board.details_dialog.isVisible())
    details = board.details_dialog
    assert details.notes[1].text() == "本人就是老板"
    history = details.history
    assert history.rowCount() == len(desk.stage_history(pid))
    assert history.item(history.rowCount() - 1, 2).text() == "50%"
    with qtbot.waitSignal(board.open_customer) as opened:
        qtbot.mouseClick(details.customer_button, Qt.MouseButton.LeftButton)
    assert opened.args == [board.card(pid).customer_id]
    details.notes[2].setText("重疾保障缺口 50 万")
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    assert desk.get_prospect(pid).criteria_notes == {1: "本人就是老板", 2: "重疾保障缺口 50 万"}
    details.close()


def test_notes_typed_in_the_details_are_kept_when_it_closes(qtbot, make_board, place, desk):
    first = place("何建国", Stage.P50)
    second = place("李娜", Stage.P50)
    board = make_board()
    details = board.open_details(first)
    details.notes[3].setText("每月 1500 以内")
    board.open_details(second)  # opening another card closes this one
    assert desk.get_prospect(first).criteria_notes == {3: "每月 1500 以内"}
    other = board.details_dialog
    other.notes[1].setText("x" * 200)
    qtbot.keyClick(other, Qt.Key.Key_Escape)
    assert desk.get_prospect(second).criteria_notes == {1: "x" * 200}


def test_plain_arrows_hop_between_columns(qtbot, make_board, place):
    a = place("何建国", Stage.P25)
    b = place("李娜", Stage.P50)
    board = make_board()
    board.select_prospect(a)
    qtbot.keyClick(board.columns[Stage.P25].view, Qt.Key.Key_Right)
    assert board.columns[Stage.P50].view.hasFocus() and board.selected_ids() == [b]


def test_column_model_passes_the_qt_model_tester(qtmodeltester, make_board, place, desk):
    for i, age in enumerate((3, 9, 1)):
        place(f"客户{i}", Stage.P25, age=age)
    board = make_board()
    model = board.columns[Stage.P25].model
    qtmodeltester.check(model, force_py=True)
    assert [board.card(i).age for i in board.column_ids(Stage.P25)] == [9, 3, 1]  # oldest first


def test_the_cycle_is_shown_and_an_override_recolours_the_board(make_board, place, desk, messages):
    pid = place("何建国", Stage.P25, age=16)
    board = make_board()
    assert "28" in board.cycle_label.text() and "默认值" in board.cycle_label.text()
    assert board.card(pid).age_state.value == "ok"
    messages.text_answers = ["15"]
    board.edit_cycle()
    assert desk.sales_cycle().days == 15
    assert "15" in board.cycle_label.text() and "手动设置" in board.cycle_label.text()
    assert board.card(pid).age_state.value == "overdue" and board.send_back_button.isEnabled()
    messages.text_answers = ["abc"]
    board.edit_cycle()
    assert messages.asked[-1][0] == "warn" and desk.sales_cycle().days == 15


# -- the details dialog: edits under the method's rules, sized for 1366×768 ----------------
def test_details_edit_criteria_budget_signing_date_and_next_step(qtbot, make_board, place, desk):
    from PySide6.QtCore import QDate

    pid = place("何建国", Stage.P25)
    board = make_board()
    details = board.open_details(pid)
    assert not details.save_button.isEnabled()  # nothing to save yet
    details.checks[1].setChecked(True)
    details.checks[2].setChecked(True)
    details.budget.setText("2,000")
    details.has_signing.setChecked(True)
    details.signing.setDate(QDate(2026, 12, 1))
    details.next_step.setText("带计划书面谈")
    assert details.save_button.isEnabled() and not details.rule.isVisible()
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    view = desk.get_prospect(pid)
    assert (view.stage, view.criteria, view.budget, view.signing_date, view.next_step) == (
        Stage.P25, frozenset({1, 2}), Decimal(2000), dt.date(2026, 12, 1), "带计划书面谈")
    last = desk.stage_history(pid)[-1]
    assert (last.from_stage, last.to_stage) == (Stage.P25, Stage.P25) and last.reason.startswith("修改：")
    assert details.history.rowCount() == len(desk.stage_history(pid))  # the edit shows in the history
    assert details.history.item(details.history.rowCount() - 1, 3).text() == last.reason
    assert board.card(pid).next_step == "带计划书面谈"  # the board followed
    # The board can undo it like a move.
    board.undo_last()
    view = desk.get_prospect(pid)
    assert view.criteria == frozenset() and view.budget is None and view.next_step == ""
    assert details.checks[1].isChecked() is False  # the open dialog followed the undo
    details.close()


def test_details_refuse_what_a_move_would_refuse(qtbot, make_board, place, desk, messages, dump):
    from salesdesk.ui.messages import SaveChoice

    at_50 = place("何建国", Stage.P50)
    at_25 = place("李娜", Stage.P25)
    board = make_board()
    before = dump()
    details = board.open_details(at_50)
    details.checks[4].setChecked(False)
    assert details.rule.isVisible() and "退回“25%”" in details.rule.text() and "合适的时间" in details.rule.text()
    assert not details.save_button.isEnabled()
    details.checks[4].setChecked(True)
    details.budget.setText("")
    assert "预算合理" in details.rule.text() and not details.save_button.isEnabled()
    messages.save_answer = SaveChoice.CANCEL  # closing asks; 取消 keeps the dialog open
    details.close()
    assert details.isVisible()
    messages.save_answer = SaveChoice.DISCARD
    details.close()
    assert not details.isVisible() and dump() == before
    details = board.open_details(at_25)
    for n in range(1, 6):
        details.checks[n].setChecked(True)
    details.budget.setText("800")
    details.has_signing.setChecked(True)
    details.next_step.setText("签约")
    assert "50%" in details.rule.text() and not details.save_button.isEnabled()
    details.save()
    assert dump() == before and details.error.isVisible()
    messages.save_answer = SaveChoice.DISCARD
    details.close()


def test_details_fit_a_1366x768_screen_with_ten_history_rows(qtbot, make_board, place):
    pid = place("何建国", Stage.P90)
    board = make_board()
    details = board.open_details(pid)
    qtbot.waitExposed(details)
    assert details.height() <= 650 and details.width() <= 1366
    assert details.minimumSizeHint().height() <= 650  # nothing forces it taller
    rows = details.history.viewport().height() // details.history.verticalHeader().defaultSectionSize()
    assert rows >= 10
    # Every field is reachable: the left side scrolls inside the dialog if it has to.
    left = details.left
    assert left.widget().sizeHint().height() <= left.viewport().height() or left.verticalScrollBar().maximum() > 0
    details.close()


def test_unticking_a_50_criterion_in_the_details_offers_the_way_back(qtbot, make_board, place, desk):
    from PySide6.QtWidgets import QLineEdit

    from salesdesk.ui.board.move_back import MoveBackDialog

    pid = place("何建国", Stage.P50)
    board = make_board()
    details = board.open_details(pid)
    assert not details.back_button.isVisible()
    details.checks[4].setChecked(False)
    details.notes[4].setText("客户说年底前签不了")
    assert details.back_button.isVisible()
    qtbot.mouseClick(details.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(board.current_dialog, MoveBackDialog))
    assert not details.isVisible()
    assert desk.get_prospect(pid).criteria_notes == {4: "客户说年底前签不了"}  # the note was kept
    back = board.current_dialog
    assert [back.checks[n].isChecked() for n in range(1, 6)] == [True, True, True, False, True]
    back.findChild(QLineEdit, "reason").setText("签约时间推迟")
    qtbot.mouseClick(back.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.current_dialog is None)
    view = desk.get_prospect(pid)
    assert view.stage == Stage.P25 and view.criteria == frozenset({1, 2, 3, 5})


def test_a_25_kept_with_all_five_from_before_is_pointed_out(make_board, place, desk, db):
    pid = place("何建国", Stage.P25)
    # As an older version left it: a 25% with all five criteria ticked and holding.
    db.execute_sql("UPDATE prospect SET criteria = '1,2,3,4,5', budget_fen = 150000, signing_date = ?,"
                   " next_step = '签约' WHERE id = ?", (desk.today().isoformat(), pid))
    board = make_board()
    details = board.open_details(pid)
    assert "不能五项标准全部成立" in details.rule.text() and details.rule.isVisible()
    details.checks[2].setChecked(False)
    assert not details.rule.isVisible() and details.save_button.isEnabled()
    details.save()
    assert desk.get_prospect(pid).criteria == frozenset({1, 3, 4, 5})
