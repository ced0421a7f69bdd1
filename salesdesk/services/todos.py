"""To-dos in the four quadrants (SPEC §4), and the seed's 计划安排 (a to-do with a period:
日/周/月/季/年, from a start to an end date, with its 完成度)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salesdesk.core.quadrants import PERIODS, QUADRANTS, flags, quadrant
from peewee import JOIN

from salesdesk.core.text import shown
from salesdesk.storage.models import Customer, Todo

from . import inputs
from .area import Area
from .desk import area
from .errors import InvalidInput, NotFound
from .views import Changes
from salesdesk.i18n import tr

KEEP = object()
MAX_TEXT, MAX_NOTES = 500, 20000
#: A list shows at most this many done to-dos (the newest).
MAX_DONE_SHOWN = 200


@dataclass(frozen=True)
class TodoView:
    id: int
    text: str
    due: dt.date | None
    important: bool
    urgent: bool
    customer_id: int | None = None
    customer_name: str = ""
    notes: str = ""
    period: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    progress: int = 0
    done_at: dt.datetime | None = None
    created_at: dt.datetime | None = None

    @property
    def quadrant(self) -> str:
        return quadrant(self.important, self.urgent)

    @property
    def done(self) -> bool:
        return self.done_at is not None


@area
class Todos(Area):
    name = "todos"

    def add(self, text: str, due: dt.date | None = None, important: bool = False, urgent: bool = False,
            customer_id: int | None = None, notes: str = "", period: str = "", period_start: dt.date | None = None,
            period_end: dt.date | None = None, progress: int = 0) -> int:
        fields = self._checked(text=text, due=due, important=important, urgent=urgent, customer=customer_id,
                               notes=notes, period=period, period_start=period_start, period_end=period_end,
                               progress=progress)
        _check_period(fields["period"], fields["period_start"], fields["period_end"])
        with self._write():
            self._customer_exists(fields["customer"])
            row = Todo.create(created_at=self._now(), **fields)
        self._emit(Changes(todos=True))
        return row.id

    def edit(self, todo_id: int, *, text=KEEP, due=KEEP, important=KEEP, urgent=KEEP, customer_id=KEEP,
             notes=KEEP, period=KEEP, period_start=KEEP, period_end=KEEP, progress=KEEP) -> TodoView:
        """Change what is given (KEEP: as it is); returns the to-do as it is now."""
        todo_id = inputs.ident(todo_id, tr("待办", "field"))
        given = dict(text=text, due=due, important=important, urgent=urgent, customer=customer_id, notes=notes,
                     period=period, period_start=period_start, period_end=period_end, progress=progress)
        edits = self._checked(**{k: v for k, v in given.items() if v is not KEEP})
        with self._write():
            row = self._row(todo_id)
            merged = {n: edits.get(n, getattr(row, n)) for n in ("period", "period_start", "period_end")}
            _check_period(merged["period"], _as_date(merged["period_start"]), _as_date(merged["period_end"]))
            if "customer" in edits:
                self._customer_exists(edits["customer"])
            for name, value in edits.items():
                setattr(row, name, value)
            row.save()
        self._emit(Changes(todos=True))
        return self.get(todo_id)

    def set_quadrant(self, todo_id: int, quadrant_name: str) -> TodoView:
        """Put a to-do in a quadrant (dragged there): its important/urgent follow."""
        name = inputs.query(quadrant_name, 20)
        try:
            important, urgent = flags(name)
        except KeyError:
            raise InvalidInput(tr("象限“{name}”不正确，可用：{items}").format(name=name, items=tr("、").join(QUADRANTS))) from None
        return self.edit(todo_id, important=important, urgent=urgent)

    def done(self, todo_id: int) -> TodoView:
        """Mark done; ``undone`` takes it back (undo)."""
        return self._set_done(todo_id, True)

    def undone(self, todo_id: int) -> TodoView:
        return self._set_done(todo_id, False)

    def delete(self, todo_id: int) -> TodoView:
        """Remove a to-do; returns it as it was, for ``restore`` (undo)."""
        todo_id = inputs.ident(todo_id, tr("待办", "field"))
        with self._write():
            row = self._row(todo_id)
            before = self._view(row)
            row.delete_instance()
        self._emit(Changes(todos=True))
        return before

    def restore(self, todo: TodoView) -> int:
        """Undo a delete: the to-do back, with its id when that is still free."""
        if not isinstance(todo, TodoView):
            raise InvalidInput(tr("没有可恢复的待办"))
        inputs.ident(todo.id, tr("待办", "field"))
        fields = self._checked(text=todo.text, due=todo.due, important=todo.important, urgent=todo.urgent,
                               customer=todo.customer_id, notes=todo.notes, period=todo.period,
                               period_start=todo.period_start, period_end=todo.period_end, progress=todo.progress)
        done_at = inputs.moment(todo.done_at, tr("完成时间", "field"))
        created = inputs.moment(todo.created_at, tr("创建时间", "field")) or self._now()
        with self._write():
            if fields["customer"] is not None and not Customer.select().where(Customer.id == fields["customer"]).exists():
                fields["customer"] = None  # the customer was deleted meanwhile
            if not Todo.select().where(Todo.id == todo.id).exists():
                fields["id"] = todo.id
            new_id = Todo.insert(done_at=done_at, created_at=created, **fields).execute()
        self._emit(Changes(todos=True))
        return fields.get("id", new_id)

    # -- reads ------------------------------------------------------------------
    def get(self, todo_id: int) -> TodoView:
        return self._view(self._row(inputs.ident(todo_id, tr("待办", "field"))))

    def open(self, customer_id: int | None = None) -> list[TodoView]:
        """Every open to-do (by due date, undated last), or a customer's."""
        cond = Todo.done_at.is_null()
        if customer_id is not None:
            cond &= Todo.customer == inputs.ident(customer_id, tr("客户", "field"))
        return self._query(cond, (Todo.due.is_null(), Todo.due, Todo.id))

    def done_list(self, limit: int = 50) -> list[TodoView]:
        """The latest done to-dos, newest first."""
        limit = inputs.number(limit, tr("条数", "field"), 1, MAX_DONE_SHOWN)
        return self._query(Todo.done_at.is_null(False), (Todo.done_at.desc(), Todo.id.desc()), limit)

    def for_day(self, day: dt.date) -> list[TodoView]:
        """The to-dos of a day: open ones due on or before it, and plans whose period holds it."""
        day = inputs.day(day, tr("日期", "field"))
        if day is None:
            raise InvalidInput(tr("请指定日期"))
        cond = Todo.done_at.is_null() & ((Todo.due <= day) | (
            Todo.period_start.is_null(False) & (Todo.period_start <= day)
            & (Todo.period_end.is_null() | (Todo.period_end >= day))))
        return self._query(cond, (Todo.important.desc(), Todo.urgent.desc(), Todo.due.is_null(), Todo.due, Todo.id))

    def due_on(self, day: dt.date) -> list[TodoView]:
        """Open to-dos due exactly on ``day`` (their reminder's day)."""
        day = inputs.day(day, tr("日期", "field"))
        if day is None:
            raise InvalidInput(tr("请指定日期"))
        return self._query(Todo.done_at.is_null() & (Todo.due == day), (Todo.id,))

    # -- helpers ----------------------------------------------------------------
    def _set_done(self, todo_id: int, done: bool) -> TodoView:
        todo_id = inputs.ident(todo_id, tr("待办", "field"))
        with self._write():
            row = self._row(todo_id)
            if done and row.done_at is None:
                row.done_at = self._now()
            elif not done:
                row.done_at = None
            row.save()
        self._emit(Changes(todos=True))
        return self.get(todo_id)

    def _query(self, cond, order, limit: int | None = None) -> list[TodoView]:
        q = (Todo.select(Todo, Customer.id, Customer.name)
             .join(Customer, on=(Todo.customer == Customer.id), join_type=JOIN.LEFT_OUTER)
             .where(cond).order_by(*order))
        if limit:
            q = q.limit(limit)
        return [self._view(r) for r in q]

    def _checked(self, **given) -> dict:
        out: dict = {}
        for name, value in given.items():
            if name == "text":
                value = inputs.line(value, tr("待办内容", "field"), MAX_TEXT)
                if not value:
                    raise InvalidInput(tr("请填写待办内容"))
            elif name == "notes":
                value = inputs.text(value, tr("备注", "field"), MAX_NOTES)
            elif name in ("due", "period_start", "period_end"):
                value = inputs.day(value, {"due": tr("到期日", "field"), "period_start": tr("开始日期", "field"),
                                          "period_end": tr("结束日期", "field")}[name])
            elif name in ("important", "urgent"):
                if not isinstance(value, bool):
                    raise InvalidInput(tr("{value}应为 是 或 否").format(
                        value=tr("重要") if name == "important" else tr("紧急")))
            elif name == "customer":
                value = None if value is None else inputs.ident(value, tr("客户", "field"))
            elif name == "period":
                value = inputs.line(value, tr("计划周期", "field"), 2)
                if value and value not in PERIODS:
                    raise InvalidInput(tr("计划周期应为 {items} 之一").format(items=tr("、").join(PERIODS)))
            elif name == "progress":
                value = inputs.number(value, tr("完成度", "field"), 0, 100)
            out[name] = value
        return out

    def _customer_exists(self, customer_id: int | None) -> None:
        if customer_id is not None and not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFound(tr("找不到编号为 {customer_id} 的客户").format(customer_id=customer_id))

    def _row(self, todo_id: int) -> Todo:
        row = Todo.get_or_none(Todo.id == todo_id)
        if row is None:
            raise NotFound(tr("找不到编号为 {todo_id} 的待办").format(todo_id=todo_id))
        return row

    @staticmethod
    def _view(row: Todo) -> TodoView:
        name = ""
        if row.customer_id is not None:
            name = shown(row.customer.name) if row.customer is not None else ""
        return TodoView(row.id, shown(row.text), _as_date(row.due), bool(row.important), bool(row.urgent),
                        row.customer_id, name, shown(row.notes), shown(row.period), _as_date(row.period_start),
                        _as_date(row.period_end), int(row.progress or 0), _as_moment(row.done_at),
                        _as_moment(row.created_at))


def _check_period(period: str, start: dt.date | None, end: dt.date | None) -> None:
    if start is not None and end is not None and end < start:
        raise InvalidInput(tr("计划的结束日期早于开始日期"))
    if period and start is None:
        raise InvalidInput(tr("计划安排需要开始日期"))


def _as_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value


def _as_moment(value) -> dt.datetime | None:
    if value is None or value == "":
        return None
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value
