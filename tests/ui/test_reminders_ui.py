"""Reminders arrive while the app runs: offscreen (no tray) as a banner; once each, snoozable."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QPushButton, QSystemTrayIcon

from salesdesk.core.customer import CustomerData
from salesdesk.ui.main_window import MainWindow
from salesdesk.ui.reminders import ReminderNotifier

MON = dt.date(2026, 11, 23)


def test_the_banner_shows_each_reminder_once_and_snoozes(qtbot, desk, clock, tmp_path):
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: the in-app banner
    he = desk.add_customer(CustomerData(name="何建国"))
    desk.agenda.add(he, dt.datetime.combine(MON, dt.time(11)), 60, "送计划书")
    window = MainWindow(desk, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    timer = QTimer()  # never started by the test: fired by hand
    notifier = ReminderNotifier(desk, window, timer=timer)
    window.show()
    clock.set(dt.datetime.combine(MON, dt.time(10, 44)))
    assert notifier.check() == [] and not notifier.banner.isVisible()
    clock.set(dt.datetime.combine(MON, dt.time(10, 45)))
    (shown,) = notifier.check()
    assert notifier.banner.isVisible() and notifier.banner.lines() == ["⏰ 11:00 约会：11:00–12:00 何建国：送计划书"]
    assert notifier.check() == []  # once
    window.resize(1366, 768)
    assert window.grab().save(str(tmp_path / "banner.png"))
    notifier.banner.findChild(QPushButton, "snooze_10m").click()
    assert not notifier.banner.isVisible()
    clock.set(dt.datetime.combine(MON, dt.time(10, 55)))
    assert [o.key for o in notifier.check()] == [shown.key]
    notifier.banner.findChild(QPushButton, "dismiss").click()
    assert notifier.check() == [] and not notifier.banner.isVisible()
