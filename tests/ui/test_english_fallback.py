"""In English, a text the catalogue does not translate stays as written, never blank."""
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from salesdesk.i18n import tr


def test_qt_texts_and_untranslated_ones_are_kept(english, qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Close"  # Qt's own
    assert QCoreApplication.translate("any", "Plain English") == "Plain English"
    # Chinese the catalogue has no English for shows as Chinese (so tests can find it), not "".
    assert QCoreApplication.translate("any", "目录里没有的一句话") == "目录里没有的一句话"
    assert tr("目录里没有的一句话") == "目录里没有的一句话"
    assert QCoreApplication.translate("any", "关于 salesdesk") == "About salesdesk"
