"""``pip install .`` ships what the app reads: the English catalogue built at build time
(it is not committed), the icons and the font."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from salesdesk import i18n_catalog

ROOT = Path(__file__).resolve().parents[1]
QM = "salesdesk/resources/translations/salesdesk_en.qm"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(ROOT), "-w", str(out)],
        capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = out.glob("salesdesk-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_carries_the_catalogue_the_icons_and_the_font(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())

    assert QM in names
    assert "salesdesk/resources/icons/salesdesk-256.png" in names
    assert "salesdesk/resources/icons/salesdesk.ico" in names
    assert "salesdesk/resources/fonts/wqy-microhei.ttc" in names
    assert not any(name.startswith(("tests/", "tools/")) for name in names)


@pytest.mark.slow
def test_the_catalogue_in_the_wheel_is_the_one_the_ts_files_make_and_qt_loads_it(wheel, tmp_path, qapp):
    qm = tmp_path / "salesdesk_en.qm"
    qm.write_bytes(zipfile.ZipFile(wheel).read(QM))

    assert qm.read_bytes() == i18n_catalog.compile_qm(tmp_path / "fresh.qm").read_bytes()
    translator = QTranslator()
    assert translator.load(str(qm))
    expected = i18n_catalog.translations()
    assert expected, "no finished translation to look up"
    for (source, disambiguation), english in expected.items():
        assert translator.translate(i18n_catalog.QM_CONTEXT, source, disambiguation or None) == english
