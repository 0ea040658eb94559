"""The billing ledger in the database: imported all or nothing, loaded back
through the same validation as a file (:mod:`mailbot.ledger`)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.exc import IntegrityError

from mailbot.errors import LedgerError
from mailbot.ledger import Ledger, ledger_from_data
from mailbot.store.audit import audit
from mailbot.store.database import Store, driver_error
from mailbot.store.schema import ledger_customers, ledger_payments, ledger_projects

log = logging.getLogger(__name__)

TzOf = Callable[[str], "ZoneInfo | None"]


@dataclass(frozen=True, slots=True)
class LedgerImport:
    """What an import replaced: the brands and how many records of each list."""

    brands: tuple[str, ...]
    customers: int
    projects: int
    payments: int


def read_ledger_file(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes())
    except FileNotFoundError:
        raise LedgerError(f"{path}: file not found") from None
    except (OSError, ValueError) as e:
        raise LedgerError(f"{path}: not valid JSON: {e}") from None


def _customer_row(record: dict) -> dict:
    return {"brand": record["brand"], "email": record["email"].strip().lower(), "plan": record.get("plan"),
            "status": record.get("status"), "record": record}


def _project_row(record: dict) -> dict:
    return {"brand": record["brand"], "name": record["name"],
            "contract_email": record["contract_email"].strip().lower(), "record": record}


def _payment_row(record: dict) -> dict:
    email = record.get("customer_email")
    return {"brand": record["brand"], "payment_id": record["id"], "invoice": record.get("invoice"),
            "kind": record["kind"], "amount": record["amount"], "currency": record["currency"],
            "customer_email": email.strip().lower() if email else None, "project": record.get("project"),
            "record": record}


_LISTS = (
    ("customers", ledger_customers, _customer_row),
    ("projects", ledger_projects, _project_row),
    ("payments", ledger_payments, _payment_row),
)


def import_ledger(store: Store, path: str | Path, tz_of: TzOf, *, who: str, now: datetime) -> LedgerImport:
    """Validate ``path`` and replace, in one transaction, every record of the
    brands it names.  Nothing changes when any record is wrong."""
    path = Path(path)
    data = read_ledger_file(path)
    ledger_from_data(data, tz_of, str(path))  # raises LedgerError naming the record
    brands = sorted({r["brand"] for key, _, _ in _LISTS for r in data.get(key, [])})
    counts = {}
    try:
        with store.begin() as conn:
            for key, table, to_row in _LISTS:
                conn.execute(delete(table).where(table.c.brand.in_(brands)))
                rows = [to_row(record) for record in data.get(key, [])]
                if rows:
                    conn.execute(table.insert(), rows)
                counts[key] = len(rows)
            audit(conn, who=who, action="ledger.import", object_type="ledger", object_id=",".join(brands),
                  detail=f"{path.name}: {counts['customers']} customers, {counts['projects']} projects, "
                         f"{counts['payments']} payments", at=now)
    except IntegrityError as e:
        raise LedgerError(f"{path}: records clash in the database, nothing imported: {driver_error(e)}") from None
    log.info("ledger %s imported for %s: %s", path, ", ".join(brands), counts)
    return LedgerImport(tuple(brands), counts["customers"], counts["projects"], counts["payments"])


def stored_ledger_data(conn: Connection) -> dict[str, list[dict]]:
    return {key: [row.record for row in conn.execute(select(table.c.record).order_by(table.c.id))]
            for key, table, _ in _LISTS}


def load_stored_ledger(conn: Connection, tz_of: TzOf) -> Ledger:
    """The stored ledger, as :func:`mailbot.ledger.load_ledger` would read it."""
    return ledger_from_data(stored_ledger_data(conn), tz_of, "stored ledger")


def ledger_counts(conn: Connection) -> dict[str, int]:
    return {key: conn.execute(select(func.count()).select_from(table)).scalar_one() for key, table, _ in _LISTS}
