"""Type-ahead in the window finds a company by its pinyin (issue: jincheng did not find 锦程…)."""
from PySide6.QtCore import QModelIndex

from salesdesk.core.customer import CustomerData
from salesdesk.ui.customer_model import CustomerTableModel


def test_typing_a_companys_pinyin_lists_its_people(qtbot, desk):
    for name, company in (("何建国", "锦程物流有限公司"), ("王芳", "金桥科技"), ("李伟", "")):
        desk.add_customer(CustomerData(name=name, company=company))
    model = CustomerTableModel(desk, page_size=2)
    for typed, expected in (("jincheng", ["何建国"]), ("jcwl", ["何建国"]), ("jinqiao", ["王芳"]),
                            ("j", ["何建国", "王芳"])):
        model.set_filter(typed)
        assert [model.index(r, 0).data() for r in range(model.rowCount())] == expected, typed
        assert model.total() == len(expected) and not model.canFetchMore(QModelIndex())
