import pytest

from salesdesk.core.search import pinyin_keys, pinyin_variants


@pytest.mark.parametrize("name,full,initials", [
    ("何建国", "hejianguo", "hjg"),
    ("曾娟娜", "zengjuanna", "zjn"),   # 曾 as a surname is zēng, not céng
    ("单田芳", "shantianfang", "stf"),
    ("仇晓", "qiuxiao", "qx"),
    ("解明", "xieming", "xm"),
    ("翟强", "zhaiqiang", "zq"),
    ("单于风", "chanyufeng", "cyf"),    # a compound surname keeps its own reading
    ("欧阳娜", "ouyangna", "oyn"),
    ("Tom李", "tomli", "toml"),  # Latin text is kept as it is
])
def test_names_read_as_names(name, full, initials):
    assert pinyin_keys(name) == (full, initials)


def test_other_readings_of_a_surname_stay_searchable():
    assert {"cengjuanna", "cjn"} <= set(pinyin_variants("曾娟娜"))
    assert pinyin_variants("何建国") == []  # 何 has one reading
    assert "zengjuanna" not in pinyin_variants("曾娟娜")
