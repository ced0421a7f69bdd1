"""Referrals (``desk.referrals``): who introduced whom (人脉关系), and what an introducer's
referrals produced.

``tree`` is the referral tree around a customer: the chain of introducers up to the first
one (the root), then everyone the customer introduced, down ``depth`` levels. ``value`` is
what an introducer's referrals produced: the deals (prospects at 成交) and their 承保标保,
of the customers they introduced directly, and separately of everyone further down the
chain (indirect). ``customer show`` and the card report the direct figures.

Files written by older versions (or merged by hand) may hold a loop (A introduced B, B
introduced A): every walk here keeps the customers it has seen and stops at one it meets
again, so a loop is drawn once and counted once, and ``tree`` says it found one.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

from salesdesk.core.money import from_fen
from salesdesk.core.text import shown

from . import inputs
from .area import Area
from .desk import area
from .errors import NotFound
from salesdesk.i18n import tr

MAX_DEPTH = 10
#: The drawn tree stops here: beyond it the graph is unreadable anyway ("more" counts the rest).
MAX_NODES = 300
#: An introducer chain longer than this is a data error, not a family of referrals.
MAX_CHAIN = 200
#: value() walks at most this many customers below an introducer.
MAX_WALK = 200_000

_IN = "(SELECT value FROM json_each(?))"


@dataclass(frozen=True)
class ReferralNode:
    id: int
    name: str
    #: The node above it in the drawn tree (None for the root).
    parent_id: int | None
    level: int
    #: Customers this one introduced, how many of their prospects reached 成交, their 承保标保.
    referred: int = 0
    deals: int = 0
    premium: Decimal = Decimal("0.00")
    #: Referrals of this customer the tree does not draw (beyond the depth or the node limit).
    hidden: int = 0


@dataclass(frozen=True)
class ReferralTree:
    customer_id: int
    root_id: int
    nodes: tuple[ReferralNode, ...]  # parents before their children
    #: The introducer chain runs in a loop (old data): it is cut where it comes back.
    cycle: bool = False
    truncated: bool = False


@dataclass(frozen=True)
class ReferralValue:
    customer_id: int
    referred: int  # customers introduced directly
    deals: int  # their prospects at 成交
    premium: Decimal  # their 承保标保
    indirect_referred: int = 0  # everyone further down the chain
    indirect_deals: int = 0
    indirect_premium: Decimal = Decimal("0.00")


def _money(fen) -> Decimal:
    return from_fen(int(fen or 0)) or Decimal("0.00")


@area
class Referrals(Area):
    name = "referrals"

    def referrer_of(self, customer_id: int) -> int | None:
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        row = self.db.execute_sql("SELECT referrer_id FROM customer WHERE id = ?", (customer_id,)).fetchone()
        if row is None:
            raise NotFound(tr("找不到编号为 {customer_id} 的客户").format(customer_id=customer_id))
        return row[0] if row[0] != customer_id else None

    def referrals(self, customer_id: int) -> list[int]:
        """Ids of the customers ``customer_id`` introduced, in pinyin order."""
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        self._name(customer_id)
        return [r[0] for r in self.db.execute_sql(
            "SELECT id FROM customer WHERE referrer_id = ? AND id != ? ORDER BY name_pinyin, id",
            (customer_id, customer_id))]

    def tree(self, customer_id: int, depth: int = 2) -> ReferralTree:
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        depth = inputs.number(depth, tr("层数", "field"), 0, MAX_DEPTH)
        names = {customer_id: self._name(customer_id)}
        chain, cycle = [customer_id], False
        while len(chain) < MAX_CHAIN:
            row = self.db.execute_sql("SELECT c.referrer_id, r.name FROM customer c JOIN customer r "
                                      "ON r.id = c.referrer_id WHERE c.id = ?", (chain[-1],)).fetchone()
            if row is None:
                break
            if row[0] in names:
                cycle = row[0] != chain[-1] or cycle
                break
            names[row[0]] = shown(row[1])
            chain.append(row[0])
        chain.reverse()  # root first
        edges: list[tuple[int, int | None, int]] = [(cid, chain[i - 1] if i else None, i) for i, cid in enumerate(chain)]
        seen = set(chain)
        level = [customer_id]
        truncated = False
        for step in range(depth):
            if not level:
                break
            rows = self.db.execute_sql(
                f"SELECT id, name, referrer_id FROM customer WHERE referrer_id IN {_IN} ORDER BY name_pinyin, id",
                (json.dumps(level),)).fetchall()
            level = []
            for cid, name, parent in rows:
                if cid in seen:
                    cycle = cycle or cid != parent
                    continue
                if len(edges) >= MAX_NODES:
                    truncated = True
                    break
                seen.add(cid)
                names[cid] = shown(name)
                edges.append((cid, parent, len(chain) + step))
                level.append(cid)
        stats = self._direct_stats([e[0] for e in edges])
        drawn_children: dict[int, int] = {}
        for cid, parent, _ in edges:
            if parent is not None:
                drawn_children[parent] = drawn_children.get(parent, 0) + 1
        nodes = []
        for cid, parent, lvl in edges:
            referred, deals, fen = stats.get(cid, (0, 0, 0))
            nodes.append(ReferralNode(id=cid, name=names[cid], parent_id=parent, level=lvl, referred=referred,
                                      deals=deals, premium=_money(fen),
                                      hidden=max(0, referred - drawn_children.get(cid, 0))))
        return ReferralTree(customer_id=customer_id, root_id=chain[0], nodes=tuple(nodes), cycle=cycle,
                            truncated=truncated)

    def value(self, customer_id: int) -> ReferralValue:
        """Deals and 承保标保 of the customers ``customer_id`` introduced: directly, and
        (separately) of everyone further down the chain."""
        customer_id = inputs.ident(customer_id, tr("客户", "field"))
        self._name(customer_id)
        seen = {customer_id}
        level = [customer_id]
        totals = []  # per generation: (customers, deals, fen)
        while level and len(seen) < MAX_WALK:
            ids = [r[0] for r in self.db.execute_sql(
                f"SELECT id FROM customer WHERE referrer_id IN {_IN}", (json.dumps(level),)) if r[0] not in seen]
            ids = list(dict.fromkeys(ids))
            if not ids:
                break
            seen.update(ids)
            deals, fen = self.db.execute_sql(
                f"SELECT COUNT(*), COALESCE(SUM(premium_fen), 0) FROM prospect WHERE stage = 'won' "
                f"AND customer_id IN {_IN}", (json.dumps(ids),)).fetchone()
            totals.append((len(ids), deals, fen))
            level = ids
        direct = totals[0] if totals else (0, 0, 0)
        rest = [sum(t[i] for t in totals[1:]) for i in range(3)]
        return ReferralValue(customer_id=customer_id, referred=direct[0], deals=direct[1], premium=_money(direct[2]),
                             indirect_referred=rest[0], indirect_deals=rest[1], indirect_premium=_money(rest[2]))

    # -- helpers ----------------------------------------------------------------------
    def _name(self, customer_id: int) -> str:
        row = self.db.execute_sql("SELECT name FROM customer WHERE id = ?", (customer_id,)).fetchone()
        if row is None:
            raise NotFound(tr("找不到编号为 {customer_id} 的客户").format(customer_id=customer_id))
        return shown(row[0])

    def _direct_stats(self, ids: list[int]) -> dict[int, tuple[int, int, int]]:
        """introducer -> (customers introduced, their deals, their 承保标保 in fen)."""
        out = {}
        for referrer, referred, deals, fen in self.db.execute_sql(
                f"SELECT c.referrer_id, COUNT(DISTINCT c.id), COUNT(p.id), COALESCE(SUM(p.premium_fen), 0) "
                f"FROM customer c LEFT JOIN prospect p ON p.customer_id = c.id AND p.stage = 'won' "
                f"WHERE c.referrer_id IN {_IN} AND c.id != c.referrer_id GROUP BY c.referrer_id", (json.dumps(ids),)):
            out[referrer] = (referred, deals, fen)
        return out
