"""The duplicate warning on the card, the merge dialog, 查找重复客户… and 撤销合并."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from salesdesk.core.customer import CustomerData
from salesdesk.ui.card.card import CustomerCard
from salesdesk.ui.duplicates_dialog import DuplicatesDialog
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.merge_dialog import MergeDialog, undo_last_merge
from salesdesk.ui.messages import SaveChoice

from fake_messages import FakeMessages, type_text


@pytest.fixture
def messages():
    return FakeMessages()


@pytest.fixture
def he(desk):
    return desk.add_customer(CustomerData(name="何建国", mobile="13812345678", company="锦程物流",
                                          email="he@example.com"))


@pytest.fixture
def card(qtbot, desk, messages):
    card = CustomerCard(desk, messages)
    qtbot.addWidget(card)
    desk.subscribe(card.on_changes)
    card.resize(900, 700)
    card.show()
    return card


def type_new(qtbot, card, name, mobile):
    card.new_customer()
    type_text(qtbot, card.fields["name"], name)
    type_text(qtbot, card.fields["mobile"], mobile)


def test_saving_a_likely_duplicate_warns_naming_the_other_and_cancel_saves_nothing(qtbot, desk, card, messages, he):
    type_new(qtbot, card, "何先生", "138-1234-5678")
    messages.choice_answers.append("取消")
    assert card.save() is False
    assert messages.offered[-1] == ["打开", "合并…", "仍然保存", "取消"]
    assert f"何建国（编号 {he}，电话相同）" in messages.texts("choose")[-1]
    assert desk.count_customers() == 1 and card.is_dirty()


def test_save_anyway_saves_another_customer(qtbot, desk, card, messages, he):
    type_new(qtbot, card, "何先生", "+86 13812345678")
    messages.choice_answers.append("仍然保存")
    assert card.save() is True
    assert desk.count_customers() == 2 and card.customer_id != he and not card.is_dirty()


def test_open_shows_the_other_customer_instead(qtbot, desk, card, messages, he):
    type_new(qtbot, card, "何先生", "13812345678")
    messages.choice_answers.append("打开")
    with qtbot.waitSignal(card.open_customer) as opened:
        assert card.save() is False
    assert opened.args == [he] and desk.count_customers() == 1


def test_merge_saves_then_merges_into_the_stored_customer(qtbot, desk, card, messages, he):
    type_new(qtbot, card, "何先生", "13812345678")
    asked = []

    def fake_merge(parent, desk_, keep, other, messages_):
        asked.append((keep, other))
        return desk_.duplicates.merge(keep, other)

    card.open_merge = fake_merge
    messages.choice_answers.append("合并…")
    assert card.save() is True
    new_id = asked[0][1]
    assert asked == [(he, new_id)] and new_id != he
    assert card.customer_id == he and desk.count_customers() == 1
    assert desk.duplicates.last_merge().other_id == new_id


def test_editing_a_card_into_a_duplicate_warns_too(qtbot, desk, card, messages, he):
    li = desk.add_customer(CustomerData(name="李秀英"))
    card.show_customer(li)
    type_text(qtbot, card.fields["mobile"], "13812345678")
    messages.choice_answers.append("取消")
    assert card.save() is False
    assert desk.get_customer(li).mobile == ""


@pytest.fixture
def pair(desk, he):
    other = desk.add_customer(CustomerData(name="何建国", mobile="13812345678", company="锦程物流",
                                           email="jianguo@example.com", title="经理"))
    desk.add_prospect(other, "重疾险", at=dt.datetime(2026, 11, 2, 9))
    desk.add_contact(other, "电话", at=dt.datetime(2026, 11, 3, 9), subject="回访")
    return he, other


def test_the_dialog_shows_a_choice_per_differing_field_and_what_moves(qtbot, desk, messages, pair):
    keep, other = pair
    dialog = MergeDialog(desk, keep, other, messages)
    qtbot.addWidget(dialog)
    assert set(dialog.radios) == {"title", "email"}  # the fields that differ, nothing else
    keep_email, other_email = dialog.radios["email"]
    # Both filled: the more recently updated card (added later here: equal stamps keep KEEP's).
    assert keep_email.text() == "he@example.com" and other_email.text() == "jianguo@example.com"
    assert dialog.radios["title"][1].isChecked()  # only OTHER has a title: it is preset
    assert "1 个潜在客户" in dialog.moves.text() and "1 条交流记录" in dialog.moves.text()
    assert "姓名" in dialog.same.text()


def test_the_chosen_values_are_kept_and_everything_moves(qtbot, desk, messages, pair):
    keep, other = pair
    dialog = MergeDialog(desk, keep, other, messages)
    qtbot.addWidget(dialog)
    dialog.radios["email"][1].setChecked(True)
    dialog.merge_button.click()
    assert dialog.result is not None and dialog.result.kept_id == keep
    card = desk.get_customer(keep)
    assert (card.email, card.title) == ("jianguo@example.com", "经理")
    assert desk.prospect_count(keep) == 1 and desk.count_customers() == 1


def test_notes_written_on_both_cards_are_kept_from_both_unless_one_is_chosen(qtbot, desk, messages, pair):
    keep, other = pair
    desk.update_customer(keep, CustomerData(name="何建国", mobile="13812345678", company="锦程物流",
                                            email="he@example.com", notes="老客户"))
    desk.update_customer(other, CustomerData(name="何建国", mobile="13812345678", company="锦程物流",
                                             email="jianguo@example.com", title="经理", notes="展会认识"))
    dialog = MergeDialog(desk, keep, other, messages)
    qtbot.addWidget(dialog)
    assert dialog.both["notes"].isChecked() and dialog.choices()["notes"] == "both"
    dialog.merge_button.click()
    assert desk.get_customer(keep).notes == "老客户\n展会认识"


def test_swap_keeps_the_other_side(qtbot, desk, messages, pair):
    keep, other = pair
    dialog = MergeDialog(desk, keep, other, messages)
    qtbot.addWidget(dialog)
    dialog.swap_button.click()
    assert (dialog.keep_id, dialog.other_id) == (other, keep)
    dialog.merge_button.click()
    assert desk.count_customers() == 1 and desk.customer_name(other) == "何建国"


def test_a_refused_merge_says_why_and_the_dialog_stays(qtbot, desk, messages, pair):
    keep, other = pair
    dialog = MergeDialog(desk, keep, other, messages)
    qtbot.addWidget(dialog)
    desk.duplicates.merge(keep, other)  # merged elsewhere meanwhile
    dialog.merge_button.click()
    assert dialog.result is None and messages.kinds() == ["warn"]
    assert f"编号为 {other} 的客户" in messages.texts("warn")[0]


def test_undo_asks_then_restores_the_other(qtbot, desk, messages, pair):
    keep, other = pair
    desk.duplicates.merge(keep, other)
    messages.yes_no_answers.append(True)
    assert undo_last_merge(None, desk, messages) == other
    assert desk.count_customers() == 2 and desk.prospect_count(other) == 1
    assert undo_last_merge(None, desk, messages) is None
    assert messages.texts("inform") == ["没有可以撤销的合并。"]


def test_the_duplicates_list_opens_the_merge_for_a_pair(qtbot, desk, messages, pair):
    keep, other = pair
    opened = []

    def fake_merge(parent, desk_, k, o, messages_):
        opened.append((k, o))
        return desk_.duplicates.merge(k, o)

    dialog = DuplicatesDialog(desk, messages, fake_merge)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text() == "电话相同"
    dialog.merge_button.click()
    assert opened == [(keep, other)]
    assert dialog.table.rowCount() == 0 and "没有找到" in dialog.summary.text()


def test_the_window_finds_duplicates_and_undoes_a_merge_from_the_customer_menu(qtbot, desk, messages, pair,
                                                                             tmp_path, monkeypatch):
    keep, other = pair
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(desk, settings, messages)
    qtbot.addWidget(window, before_close_func=lambda w: w.card.is_dirty() and messages.save_answers.append(
        SaveChoice.DISCARD))
    window.show()
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "客户(&C)")
    assert [a.text() for a in menu.actions() if a.text()][-2:] == ["查找重复客户(&D)…", "撤销合并(&U)"]
    window.card.show_customer(other)
    # The agent picks the first pair, then confirms the merge dialog as it opens.
    monkeypatch.setattr(DuplicatesDialog, "exec", lambda self: self.merge_row(0) and 1)
    monkeypatch.setattr(MergeDialog, "exec", lambda self: self.merge() or int(self.result is not None))
    window.find_duplicates_action.trigger()
    assert desk.count_customers() == 1 and window.card.customer_id == keep  # the card follows the merge
    assert messages.kinds() == []
    messages.yes_no_answers.append(True)
    window.undo_merge_action.trigger()
    assert desk.count_customers() == 2 and window.card.customer_id == other


def test_a_read_only_file_lists_the_pairs_but_merges_nothing(qtbot, desk, messages, pair):
    dialog = DuplicatesDialog(desk, messages, lambda *a: pytest.fail("no merge on a read-only file"))
    qtbot.addWidget(dialog)
    dialog.set_read_only("文件只读")
    assert dialog.table.rowCount() == 1 and not dialog.merge_button.isEnabled()
    dialog.merge_row(0)
    assert desk.count_customers() == 2
