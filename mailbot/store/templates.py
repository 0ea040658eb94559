"""Reply templates edited by admins, kept in the store so that every worker
and web process, on every machine, drafts with the same words.

- ``template_overrides``: the text in effect for one brand and one template
  file (``refund_denied.txt.j2``, ``part_refund_denied.txt.j2``); no row means
  the files decide (the ``template_overrides`` folder, then the shipped ones).
- ``template_versions``: every change, oldest first: a save, a rollback, a
  reset to the shipped text (``body`` NULL) or an import, with who and when.
- ``template_counter``: one row whose ``version`` grows by one with every
  change.  A process reads it (one row by primary key) before drafting, and
  reads the overrides again only when it moved.

Every change first increments the counter with an ``UPDATE``: on PostgreSQL
that row lock puts concurrent changes one after the other, so the counter a
reader sees never hides a change committed after it (an id taken from a
sequence could).  This module writes nothing to the audit log; the service
(:mod:`mailbot.service.templates`) does, in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select

from mailbot.store.database import utc
from mailbot.store.schema import template_counter, template_overrides, template_versions

COUNTER_ROW = 1


@dataclass(frozen=True, slots=True)
class StoredOverride:
    brand: str
    name: str
    body: str
    version_id: int
    updated_by: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class TemplateVersion:
    id: int
    brand: str
    name: str
    body: str | None
    """The text saved; None for a reset to the shipped default."""
    action: str
    """``save``, ``rollback``, ``reset`` or ``import``."""
    who: str
    at: datetime
    note: str


def change_counter(conn: Connection) -> int:
    """The number of template changes so far (0 on a new database)."""
    return conn.execute(select(template_counter.c.version)
                        .where(template_counter.c.id == COUNTER_ROW)).scalar() or 0


def _bump(conn: Connection) -> int:
    done = conn.execute(template_counter.update().where(template_counter.c.id == COUNTER_ROW)
                        .values(version=template_counter.c.version + 1))
    if done.rowcount == 0:
        conn.execute(template_counter.insert(), {"id": COUNTER_ROW, "version": 1})
    return change_counter(conn)


def _override(row) -> StoredOverride:
    values = row._asdict()
    values.pop("id", None)
    values["updated_at"] = utc(values["updated_at"])
    return StoredOverride(**values)


def _version(row) -> TemplateVersion:
    values = row._asdict()
    values["at"] = utc(values["at"])
    return TemplateVersion(**values)


def all_overrides(conn: Connection) -> list[StoredOverride]:
    query = select(*template_overrides.c).order_by(template_overrides.c.brand, template_overrides.c.name)
    return [_override(row) for row in conn.execute(query)]


def get_override(conn: Connection, brand: str, name: str) -> StoredOverride | None:
    row = conn.execute(select(*template_overrides.c).where(template_overrides.c.brand == brand,
                                                            template_overrides.c.name == name)).first()
    return _override(row) if row else None


def versions(conn: Connection, brand: str, name: str) -> list[TemplateVersion]:
    """Every change of one template, oldest first."""
    query = (select(*template_versions.c).where(template_versions.c.brand == brand,
                                                template_versions.c.name == name)
             .order_by(template_versions.c.id))
    return [_version(row) for row in conn.execute(query)]


def get_version(conn: Connection, version_id: int) -> TemplateVersion | None:
    row = conn.execute(select(*template_versions.c).where(template_versions.c.id == version_id)).first()
    return _version(row) if row else None


def record_change(conn: Connection, *, brand: str, name: str, body: str | None, action: str, who: str,
                  at: datetime, note: str = "") -> TemplateVersion:
    """Store a new version and make it the one in effect (``body`` None: the
    files decide again).  Call inside a transaction."""
    _bump(conn)
    version_id = conn.execute(template_versions.insert().returning(template_versions.c.id), {
        "brand": brand, "name": name, "body": body, "action": action, "who": who, "at": at, "note": note,
    }).scalar_one()
    where = (template_overrides.c.brand == brand, template_overrides.c.name == name)
    if body is None:
        conn.execute(template_overrides.delete().where(*where))
    else:
        values = {"body": body, "version_id": version_id, "updated_by": who, "updated_at": at}
        if conn.execute(template_overrides.update().where(*where).values(**values)).rowcount == 0:
            conn.execute(template_overrides.insert(), {"brand": brand, "name": name, **values})
    return get_version(conn, version_id)
