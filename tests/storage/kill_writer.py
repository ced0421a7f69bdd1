"""The writer of the kill loop (tests/storage/test_kill_loop.py); not a test module.

Started once; imports everything, then forks one writer per "go" line on stdin, so a
round costs a fork, not an interpreter start. A writer opens the database itself (after
the fork) and writes customers, prospects, moves, contacts and activities through the
services forever, printing each write's id only after the call has returned (committed):
    c ID | p ID | m CHANGE_ID PROSPECT_ID | t ID | a ID
The parent SIGKILLs the writer at a random moment; this process then prints "dead PID".
Every line is one os.write (atomic on a pipe), so nothing is buffered in a forked copy.
"""
import datetime as dt
import os
import sys

from salesdesk.core.customer import CustomerData
from salesdesk.core.stages import Stage
from salesdesk.services import SalesDesk
from salesdesk.storage.db import open_db


def say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def write_forever(path: str, round_no: int) -> None:
    desk = SalesDesk(open_db(path))
    n = 0
    while True:
        n += 1
        cid = desk.add_customer(CustomerData(name=f"测试客户{round_no}-{n}", company="示例代理", notes="备注" * 30))
        say(f"c {cid}")
        pid = desk.add_prospect(cid, "年金险")
        say(f"p {pid}")
        moved = desk.move_prospect(pid, Stage.APPOINTMENT, first_meeting=desk.today() + dt.timedelta(days=3))
        say(f"m {moved.change_id} {pid}")
        say(f"t {desk.add_contact(cid, '电话', summary='约了下周面谈' * 10)}")
        say(f"a {desk.log_activity(cid, 'dial', note='拨打')}")


def main() -> None:
    path = sys.argv[1]
    say("ready")
    for line in sys.stdin:
        round_no = int(line.split()[1])
        child = os.fork()
        if child == 0:
            try:
                write_forever(path, round_no)
            finally:
                os._exit(3)
        say(f"pid {child}")
        os.waitpid(child, 0)
        say(f"dead {child}")


if __name__ == "__main__":
    main()
