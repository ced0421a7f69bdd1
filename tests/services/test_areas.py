"""Areas composed on the facade share its one transaction and its one notification."""
import pytest

from salesdesk.core.customer import CustomerData
from salesdesk.services import Changes, SalesDesk
from salesdesk.services.area import Area
from salesdesk.services.desk import AREAS, area


@pytest.fixture
def probe_area():
    @area
    class Probe(Area):
        name = "probe_for_test"

        def add_two(self, name):
            with self._write():
                first = self.desk.add_customer(CustomerData(name=name))
                self.desk.add_customer(CustomerData(name=name + "二"))
                if name == "失败":
                    raise RuntimeError("second write fails")
            self._emit(Changes(contacts=True))
            return first

    yield Probe
    del AREAS["probe_for_test"]


def test_an_area_is_an_attribute_of_every_desk_sharing_its_transaction(probe_area, db, clock):
    desk = SalesDesk(db, clock)
    seen = []
    desk.subscribe(seen.append)
    with desk.batch():
        desk.probe_for_test.add_two("何建国")
    assert desk.count_customers() == 2
    assert len(seen) == 1 and seen[0].contacts and len(seen[0].customers) == 2  # one notification
    with pytest.raises(RuntimeError):
        desk.probe_for_test.add_two("失败")
    assert desk.count_customers() == 2  # the area's write rolled back with the desk's


def test_changes_merge_every_flag():
    merged = Changes(customers=frozenset({1}), agenda=True) | Changes(customers=frozenset({2}), todos=True)
    assert merged == Changes(customers=frozenset({1, 2}), agenda=True, todos=True)
