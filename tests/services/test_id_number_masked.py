"""身份证 leaves the program masked (SPEC §3): the customer export and customer show; an
export read back in keeps the stored number."""
import datetime as dt
import json

from salesdesk.cli import main
from salesdesk.core.customer import CustomerData
from salesdesk.core.idcard import is_masked, mask
from salesdesk.core.import_rows import read_row
from salesdesk.services import SalesDesk
from salesdesk.storage.db import close_db, open_db

NUMBER = "11010519491231002X"


def test_the_export_masks_the_number_and_reading_it_back_keeps_the_stored_one(desk):
    desk.add_customer(CustomerData(name="何建国", id_number=NUMBER))
    table = desk.imports.export_table()
    column = list(table.headers).index("身份证")
    [(_row, values)] = table.rows
    assert values[column] == "1101**********002X" and is_masked(values[column])
    card = read_row(2, values, {column: "id_number", list(table.headers).index("姓名"): "name"},
                    dt.date(2026, 11, 23))
    assert card.errors == {} and card.data.id_number == ""  # not given: the stored number stays


def test_customer_show_prints_it_masked(db_path, clock, capsys):
    db = open_db(db_path)
    cid = SalesDesk(db, clock).add_customer(CustomerData(name="何建国", id_number=NUMBER))
    close_db(db)
    assert main(["customer", "show", str(cid), "--json", "--db", str(db_path)]) == 0
    assert json.loads(capsys.readouterr().out)["id_number"] == mask(NUMBER)
    assert main(["customer", "show", str(cid), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "身份证：1101**********002X" in out and NUMBER not in out
