"""What a group commit's emails already are in the store, asked once.

Before storing an email the ingest asks whether its mailbox position is
stored already (``known``) and whether the brand has another email with its
Message-ID (a ``duplicate``).  One query per email cost as much as storing
it; :meth:`GroupKeys.of` asks for the whole group at once (the emails' UIDs
and Message-IDs, both on their unique indexes), and :meth:`GroupKeys.hold`
notes each record the group itself writes, so a later email of the group
with the same Message-ID is still a duplicate.

The same two queries find, for threading, the cases of the emails and of
our replies that the group's emails answer (In-Reply-To, References), as
they were stored when the group began; the rows the group writes itself are
answered by :class:`~mailbot.store.deferred.DeferredWrites`.

An email the group query did not cover (a worker's parse error, another
UIDVALIDITY, more references than :data:`MOST_REFERENCES`) is asked about
alone, as before.
"""

from __future__ import annotations

from typing import Iterable

from sqlalchemy import Connection, bindparam, select

from mailbot.config.app import Mailbox
from mailbot.reading.intake import Reading
from mailbot.sources.base import Fetched
from mailbot.store.cases import brand_of_drafts_case
from mailbot.store.deferred import Slot
from mailbot.store.schema import cases, drafts, messages

MOST_REFERENCES = 2000
"""At most this many distinct referenced Message-IDs are asked for in one group query
(a bound on the query's size; beyond it each email asks alone)."""

_AT_POSITIONS = select(messages.c.id, messages.c.uid).where(
    messages.c.mailbox == bindparam("mailbox"), messages.c.uidvalidity == bindparam("uidvalidity"),
    messages.c.uid.in_(bindparam("uids", expanding=True)))
_WITH_IDS = select(messages.c.id, messages.c.message_id, messages.c.mailbox, messages.c.uidvalidity,
                   messages.c.uid, messages.c.case_id).where(
    messages.c.brand == bindparam("brand"), messages.c.message_id.in_(bindparam("ids", expanding=True)))
_REPLIES_WITH_IDS = (select(drafts.c.message_id, drafts.c.case_id).join(cases, cases.c.id == drafts.c.case_id)
                     .where(brand_of_drafts_case(),
                            drafts.c.message_id.in_(bindparam("ids", expanding=True))))


def _message_of(parsed) -> object | None:
    """The parsed email a worker handed over, or None (an error, or nothing)."""
    if parsed is None or getattr(parsed, "error", None) is not None:
        return None
    got = getattr(parsed, "message", None)
    return got.message if isinstance(got, Reading) else got


class GroupKeys:
    """The stored rows at the group's positions and with its Message-IDs, and the rows the group holds."""

    def __init__(self) -> None:
        self.mailbox: str | None = None
        self.uidvalidity: int | None = None
        self._uids: set[str] = set()
        self._ids: set[str] = set()
        self._at: dict[str, int] = {}
        self._with_id: dict[str, tuple[int, str, int, str]] = {}
        self._held_at: dict[tuple[str, int, str], Slot] = {}
        self._held_id: dict[tuple[str, str], Slot] = {}
        self.senders: list[str] = []
        """The senders of the group's emails (for the per-sender limit's one query)."""
        self.brand: str | None = None
        self._refs: set[str] = set()
        self._ref_cases: dict[str, list[int]] = {}
        """Referenced Message-ID -> the cases of our replies, then of the emails, with it."""

    @classmethod
    def of(cls, conn: Connection, mailbox: Mailbox, group: Iterable[tuple[Fetched, object]]) -> GroupKeys:
        """Two queries for the whole group: its UIDs (of the first email's UIDVALIDITY) and its Message-IDs."""
        keys = cls()
        group = list(group)
        if not group:
            return keys
        keys.mailbox, keys.uidvalidity = mailbox.name, group[0][0].uidvalidity
        for fetched, parsed in group:
            if fetched.uidvalidity != keys.uidvalidity:
                continue
            keys._uids.add(fetched.uid)
            msg = _message_of(parsed) if fetched.raw is not None else None
            if msg is not None:
                if msg.message_id:
                    keys._ids.add(msg.message_id)
                if msg.sender:
                    keys.senders.append(msg.sender)
                keys._refs.update(r for r in (msg.in_reply_to, *msg.references) if r)
        keys.brand = mailbox.brand
        if len(keys._refs) > MOST_REFERENCES:
            keys._refs = set()
        asked = sorted(keys._ids | keys._refs)
        if keys._uids:
            for row in conn.execute(_AT_POSITIONS, {"mailbox": mailbox.name, "uidvalidity": keys.uidvalidity,
                                                    "uids": sorted(keys._uids)}):
                keys._at[row.uid] = row.id
        if asked:
            replies: dict[str, list[int]] = {}
            for row in conn.execute(_REPLIES_WITH_IDS, {"brand": mailbox.brand, "ids": sorted(keys._refs)}) \
                    if keys._refs else ():
                replies.setdefault(row.message_id, []).append(row.case_id)
            emails: dict[str, list[int]] = {}
            for row in conn.execute(_WITH_IDS, {"brand": mailbox.brand, "ids": asked}):
                if row.message_id in keys._ids:
                    keys._with_id[row.message_id] = (row.id, row.mailbox, row.uidvalidity, row.uid)
                if row.case_id is not None:
                    emails.setdefault(row.message_id, []).append(row.case_id)
            for ref in keys._refs:
                keys._ref_cases[ref] = replies.get(ref, []) + emails.get(ref, [])
        return keys

    def cases_of_refs(self, brand: str, refs: list[str]) -> list[int] | None:
        """The cases of the replies and emails with these Message-IDs as stored when
        the group began (:func:`~mailbot.store.cases.cases_of_reply_ids` and
        :func:`~mailbot.store.messages.cases_of_message_ids` together), or None when
        the group query did not ask for all of them."""
        if brand != self.brand or not self._refs.issuperset(refs):
            return None
        return [case_id for ref in refs for case_id in self._ref_cases[ref]]

    def stored(self, mailbox: Mailbox, fetched: Fetched, message_id: str | None) -> tuple[int | None, int | None] | None:
        """(id at this position, id of another record with this Message-ID) as
        stored when the group began, or None when the group query did not ask."""
        if (mailbox.name != self.mailbox or fetched.uidvalidity != self.uidvalidity or fetched.uid not in self._uids
                or (message_id is not None and message_id not in self._ids)):
            return None
        at_position = self._at.get(fetched.uid)
        same = self._with_id.get(message_id) if message_id is not None else None
        if same is not None and same[1:] == (mailbox.name, fetched.uidvalidity, fetched.uid):
            return same[0], None  # the record with this Message-ID is the one at this position
        return at_position, same[0] if same is not None else None

    def hold(self, mailbox: str, uidvalidity: int, uid: str, brand: str, message_id: str | None, slot: Slot) -> None:
        """A record the group writes (its id comes at the flush)."""
        self._held_at[(mailbox, uidvalidity, uid)] = slot
        if message_id is not None:
            self._held_id.setdefault((brand, message_id), slot)

    def held(self, mailbox: Mailbox, fetched: Fetched, message_id: str | None) -> tuple[Slot | None, Slot | None] | None:
        """(slot at this position, slot with this Message-ID) among the records the
        group holds, or None when it holds neither."""
        at_position = self._held_at.get((mailbox.name, fetched.uidvalidity, fetched.uid))
        same = self._held_id.get((mailbox.brand, message_id)) if message_id is not None else None
        if at_position is None and same is None:
            return None
        return at_position, (None if same is at_position else same)
