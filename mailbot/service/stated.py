"""The case page's "What the customer stated" panel: the amounts and dates the
customer wrote (read at ingest, :mod:`mailbot.service.case_reading`) next to
the ledger's figures for the payment the decision used, with a mismatch mark.

It is a clue for staff, never an input to the decision: the ledger decides.

Decisions (a careful support lead's):

- The payment is the one the latest decision used (its ledger record); a case
  still waiting for details has none, so the case's invoice is shown instead,
  labelled as such: the one the customer named, or a verified sender's only
  charge, which the policy fills from the ledger (POLICY_SPEC section 1).
- The ledger's charged figure is amount + tax (what the customer paid).  A
  stated amount equal to it matches; one equal to the amount before tax does
  not (the mark says "the price before tax"), since that is the usual
  confusion and staff should quote the charged figure.
- Dates: a stated date equal to the payment's day (in the brand's time zone)
  matches; when none does, the mark only says so: customers also write other
  dates (a cancellation, a renewal), so it is the weaker clue.
- Only stored rows are read (the decision's JSON and one ledger row): no email
  is parsed on a page view.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection, select

from mailbot.config import Config
from mailbot.errors import LedgerError
from mailbot.ledger import payment_from_record
from mailbot.money import format_money
from mailbot.service.case_reading import CaseReading, case_reading
from mailbot.store import cases as case_store
from mailbot.store.schema import ledger_payments


@dataclass(frozen=True)
class LedgerFigures:
    """One ledger payment, as the panel shows it."""

    payment_id: str
    invoice: str | None
    amount: Decimal
    tax: Decimal
    currency: str
    paid_on: date | None
    source: str
    """Why this payment: ``the decision's ledger record`` or ``the case's invoice (not yet decided)``."""

    @property
    def charged(self) -> Decimal:
        return self.amount + self.tax


@dataclass(frozen=True)
class StatedFigures:
    reading: CaseReading
    ledger: LedgerFigures | None
    amount_mismatch: str = ""
    """One line, e.g. ``customer says INR 1,499.00, ledger INR 1,768.82 incl. tax (the price before tax)``."""
    date_mismatch: str = ""
    amount_match: str = ""
    date_match: str = ""

    @property
    def anything(self) -> bool:
        return bool(self.reading.amounts or self.reading.dates or self.ledger)


def ledger_payment(conn: Connection, config: Config, brand: str, *, payment_id: str | None = None,
                   invoice: str | None = None, source: str = "") -> LedgerFigures | None:
    """One stored ledger payment by its id or invoice (None when unknown)."""
    query = select(ledger_payments.c.record).where(ledger_payments.c.brand == brand)
    if payment_id:
        query = query.where(ledger_payments.c.payment_id == payment_id)
    elif invoice:
        query = query.where(ledger_payments.c.invoice == invoice)
    else:
        return None
    record = conn.execute(query.limit(1)).scalar()
    try:
        payment = payment_from_record(record, config.zone_of, f"ledger payment {payment_id or invoice}")
    except LedgerError:
        return None
    return LedgerFigures(payment.id, payment.invoice, payment.amount, payment.tax, payment.currency,
                         payment.paid_at.astimezone(config.zone_of(brand)).date(), source)


def decision_payment(conn: Connection, config: Config, case: case_store.StoredCase,
                     decision: case_store.StoredDecision | None) -> LedgerFigures | None:
    """The payment the decision used, else the one the case's invoice names (stated or filled)."""
    result = decision.result if decision else {}
    for one in result.get("decisions") or ():
        if one.get("payment_id"):
            found = ledger_payment(conn, config, case.brand, payment_id=one["payment_id"],
                                   source="the decision's ledger record")
            if found:
                return found
    invoice = ((case.fields or {}).get("invoice_number") or
               (result.get("fields") or {}).get("invoice_number"))
    return ledger_payment(conn, config, case.brand, invoice=invoice,
                          source="the case's invoice (not yet decided)") if invoice else None


def compare(reading: CaseReading, ledger: LedgerFigures | None, locale: str = "en_IN") -> StatedFigures:
    """The panel's values and marks (pure: the tests call it directly)."""
    if ledger is None:
        return StatedFigures(reading, None)
    money = lambda value: format_money(value, ledger.currency, locale)  # noqa: E731
    amount_mismatch = amount_match = date_mismatch = date_match = ""
    if reading.amounts:
        if ledger.charged in reading.amounts:
            amount_match = f"the customer's {money(ledger.charged)} is the amount charged"
        else:
            shown = ", ".join(money(a) for a in reading.amounts)
            tax = " incl. tax" if ledger.tax else ""
            before_tax = " (the price before tax)" if ledger.tax and ledger.amount in reading.amounts else ""
            amount_mismatch = f"customer says {shown}, ledger {money(ledger.charged)}{tax}{before_tax}"
    if reading.dates and ledger.paid_on:
        if ledger.paid_on in reading.dates:
            date_match = f"the customer's {ledger.paid_on:%d %b %Y} is the payment date"
        else:
            shown = ", ".join(f"{d:%d %b %Y}" for d in reading.dates)
            date_mismatch = f"customer writes {shown}; the ledger's payment date is {ledger.paid_on:%d %b %Y}"
    return StatedFigures(reading, ledger, amount_mismatch, date_mismatch, amount_match, date_match)


def stated_figures(conn: Connection, config: Config, case: case_store.StoredCase,
                   decision: case_store.StoredDecision | None) -> StatedFigures:
    """The panel for a case page."""
    brand = config.brands.get(case.brand)
    locale = getattr(brand, "locale", None) or "en_IN"
    return compare(case_reading(decision.result if decision else None),
                   decision_payment(conn, config, case, decision), locale)
