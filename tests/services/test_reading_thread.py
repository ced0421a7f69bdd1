"""Reads on a worker thread: their own read-only connection, closed afterwards."""
import threading

from salesdesk.core.customer import CustomerData
from salesdesk.services import ServiceError


def on_a_thread(fn):
    out = {}

    def run():
        try:
            out["value"] = fn()
        except Exception as exc:  # noqa: BLE001 - handed back to the test
            out["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    return out


def test_a_worker_reads_through_its_own_connection_and_closes_it(desk):
    desk.add_customer(CustomerData(name="何建国"))
    main_connection = desk.db.connection()

    def read():
        with desk.reading_thread():
            connection = desk.db.connection()
            return desk.count_customers(), connection is main_connection, desk.db.is_closed()

    assert on_a_thread(read)["value"] == (1, False, False)
    assert desk.db.connection() is main_connection  # the GUI thread's own, untouched
    assert desk.count_customers() == 1


def test_a_worker_cannot_write(desk):
    def write():
        with desk.reading_thread():
            desk.add_customer(CustomerData(name="李秀英"))

    error = on_a_thread(write)["error"]
    assert isinstance(error, ServiceError), repr(error)
    assert "只读" in str(error)
    assert [r.name for r in desk.list_customers("")] == []


def test_on_a_thread_with_an_open_connection_nothing_changes(desk):
    with desk.reading_thread():
        desk.add_customer(CustomerData(name="王芳"))  # the GUI thread: its connection, writable
    assert not desk.db.is_closed()
    assert desk.count_customers() == 1


def test_a_read_on_a_worker_sees_a_setting_changed_since_the_last_one(desk):
    # Each weekly read runs on a fresh worker connection: what the one before cached is no
    # answer once the agent has changed the default cycle in the window.
    def cycle_on_a_worker():
        def read():
            with desk.reading_thread():
                return desk.sales_cycle().days
        return on_a_thread(read)["value"]

    assert cycle_on_a_worker() == 28
    desk.set_setting("cycle_default_days", 40)
    assert cycle_on_a_worker() == 40
    assert desk.sales_cycle().days == 40
