"""The billing ledger: customers, projects and payments (POLICY_SPEC section 6).

:func:`load_ledger` validates a JSON export and raises a one-line
:class:`~mailbot.errors.LedgerError` naming the record and field on the first
problem.  Date-times without an offset are in the record's brand time zone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Callable, Iterable
from zoneinfo import ZoneInfo

from mailbot.errors import LedgerError
from mailbot.invoices import loose

PAYMENT_KINDS = (
    "subscription", "discovery", "deposit", "milestone", "retainer", "hosting_annual",
    "maintenance_annual", "third_party", "rush", "setup", "change_request",
)
MILESTONE_STATUSES = ("not_started", "in_progress", "completed", "approved")


@dataclass(frozen=True, slots=True)
class Customer:
    brand: str
    email: str
    name: str | None = None
    plan: str | None = None
    status: str | None = None
    trial_ends: date | None = None
    current_period_start: date | None = None
    current_period_end: date | None = None


@dataclass(frozen=True, slots=True)
class Project:
    brand: str
    name: str
    contract_email: str
    work_started_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Payment:
    brand: str
    id: str
    invoice: str | None
    kind: str
    amount: Decimal
    tax: Decimal
    currency: str
    paid_at: datetime
    status: str
    customer_email: str | None = None
    project: str | None = None
    plan: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    setup_fee: Decimal | None = None
    service_start: date | None = None
    next_billing_at: datetime | None = None
    milestone_status: str | None = None

    @property
    def is_paid(self) -> bool:
        return self.status == "paid"


@dataclass
class Ledger:
    """The records, indexed for the lookups the policies make."""

    customers: list[Customer] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._customers = {(c.brand, c.email): c for c in self.customers}
        self._projects = {(p.brand, p.name.casefold()): p for p in self.projects}
        self._by_contract: dict[tuple[str, str], list[Project]] = {}
        for project in self.projects:
            self._by_contract.setdefault((project.brand, project.contract_email), []).append(project)
        self._by_invoice: dict[tuple[str, str], Payment] = {}
        self._by_loose: dict[tuple[str, str], Payment | None] = {}
        self._by_customer: dict[tuple[str, str], list[Payment]] = {}
        self._by_project: dict[tuple[str, str], list[Payment]] = {}
        for p in self.payments:
            if p.invoice:
                self._by_invoice[(p.brand, p.invoice.casefold())] = p
                key = (p.brand, loose(p.invoice))
                self._by_loose[key] = p if self._by_loose.get(key, p) is p else None  # two alike: neither
            self._by_invoice.setdefault((p.brand, p.id.casefold()), p)
            if p.customer_email:
                self._by_customer.setdefault((p.brand, p.customer_email), []).append(p)
            if p.project:
                self._by_project.setdefault((p.brand, p.project.casefold()), []).append(p)

    def customer(self, brand: str, email: str | None) -> Customer | None:
        return self._customers.get((brand, email.lower())) if email else None

    def project(self, brand: str, name: str | None) -> Project | None:
        return self._projects.get((brand, name.casefold())) if name else None

    def projects_of(self, brand: str, email: str | None) -> list[Project]:
        return list(self._by_contract.get((brand, (email or "").lower()), []))

    def charged_to(self, brand: str, payment: Payment, address: str | None) -> bool:
        """Whether ``payment`` is a charge on record of ``address``: its customer's, or a project's whose contract
        email is ``address`` (C2's ownership, asked by the policies and by the pipeline's payer reading, fix44k)."""
        if not address:
            return False
        address = address.lower()
        if (payment.customer_email or "").lower() == address:
            return True
        name = (payment.project or "").casefold()
        return any(p.name.casefold() == name for p in self._by_contract.get((brand, address), ()))

    def project_names(self, brand: str) -> list[str]:
        return [p.name for p in self.projects if p.brand == brand]

    def payment(self, brand: str, reference: str | None) -> Payment | None:
        """The payment whose invoice (or id) is ``reference``; failing that, the one invoice that is
        ``reference`` without the spaces, hyphens, slashes and dots between its parts (POLICY_SPEC section 8:
        references match ignoring them, so "LOINV55342" typed in one piece is LO-INV-55342; fix23d).  Two
        invoices alike once those are left out match neither: no other correction is made."""
        if not reference:
            return None
        return self._by_invoice.get((brand, reference.casefold())) or self._by_loose.get((brand, loose(reference)))

    def payments_of_customer(self, brand: str, email: str | None) -> list[Payment]:
        return sorted(self._by_customer.get((brand, (email or "").lower()), []), key=_paid_order)

    def payments_of_project(self, brand: str, name: str | None) -> list[Payment]:
        return sorted(self._by_project.get((brand, (name or "").casefold()), []), key=_paid_order)


def _paid_order(p: Payment) -> tuple:
    return (p.paid_at, p.id)


# -- loading and validation ---------------------------------------------------

class _Record:
    """Reads one JSON record's fields, naming the record in every error."""

    def __init__(self, where: str, data: Any, tz_of: Callable[[str], ZoneInfo | None]):
        if not isinstance(data, dict):
            raise LedgerError(f"{where}: expected an object, got {type(data).__name__}")
        self.where, self.data, self.tz_of = where, data, tz_of
        self.brand = self.text("brand")
        self.tz = tz_of(self.brand)
        if self.tz is None:
            raise LedgerError(f"{where}: brand: unknown brand {self.brand!r}")

    def fail(self, key: str, what: str) -> LedgerError:
        return LedgerError(f"{self.where}: {key}: {what}")

    def raw(self, key: str, required: bool) -> Any:
        value = self.data.get(key)
        if value is None and required:
            raise self.fail(key, "missing")
        return value

    def text(self, key: str, required: bool = True) -> str | None:
        value = self.raw(key, required)
        if value is not None and not isinstance(value, str):
            raise self.fail(key, f"expected a string, got {value!r}")
        return value

    def email(self, key: str, required: bool = True) -> str | None:
        value = self.text(key, required)
        if value is not None and "@" not in value:
            raise self.fail(key, f"not an email address: {value!r}")
        return value.strip().lower() if value else value

    def choice(self, key: str, choices: Iterable[str], required: bool = True) -> str | None:
        value = self.text(key, required)
        if value is not None and value not in choices:
            raise self.fail(key, f"{value!r} is not one of {', '.join(choices)}")
        return value

    def money(self, key: str, required: bool = True) -> Decimal | None:
        value = self.raw(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(key, f"amounts are decimal strings such as \"12000.00\", got {value!r}")
        try:
            amount = Decimal(value)
        except InvalidOperation:
            raise self.fail(key, f"not a decimal amount: {value!r}") from None
        if not amount.is_finite() or amount < 0:
            raise self.fail(key, f"must be a positive amount, got {value!r}")
        return amount

    def day(self, key: str, required: bool = False) -> date | None:
        value = self.text(key, required)
        if value is None:
            return None
        try:
            return date.fromisoformat(value[:10]) if len(value) > 10 and "T" in value else date.fromisoformat(value)
        except ValueError:
            raise self.fail(key, f"not an ISO 8601 date: {value!r}") from None

    def moment(self, key: str, required: bool = False) -> datetime | None:
        value = self.text(key, required)
        if value is None:
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(key, f"not an ISO 8601 date-time: {value!r}") from None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=self.tz)
        return parsed


def _customer(r: _Record) -> Customer:
    return Customer(
        brand=r.brand, email=r.email("email"), name=r.text("name", False), plan=r.text("plan", False),
        status=r.text("status", False), trial_ends=r.day("trial_ends"),
        current_period_start=r.day("current_period_start"), current_period_end=r.day("current_period_end"),
    )


def _project(r: _Record) -> Project:
    return Project(brand=r.brand, name=r.text("name"), contract_email=r.email("contract_email"),
                   work_started_at=r.moment("work_started_at"))


def _payment(r: _Record) -> Payment:
    payment = Payment(
        brand=r.brand, id=r.text("id"), invoice=r.text("invoice", False),
        kind=r.choice("kind", PAYMENT_KINDS), amount=r.money("amount"),
        tax=r.money("tax", False) or Decimal("0"), currency=r.text("currency"),
        paid_at=r.moment("paid_at", True), status=r.text("status"),
        customer_email=r.email("customer_email", False), project=r.text("project", False),
        plan=r.text("plan", False), period_start=r.day("period_start"), period_end=r.day("period_end"),
        setup_fee=r.money("setup_fee", False), service_start=r.day("service_start"),
        next_billing_at=r.moment("next_billing_at"),
        milestone_status=r.choice("milestone_status", MILESTONE_STATUSES, False),
    )
    if payment.customer_email is None and payment.project is None:
        raise r.fail("customer_email", "a payment needs customer_email or project")
    if payment.setup_fee is not None and payment.setup_fee > payment.amount:
        raise r.fail("setup_fee", "is larger than the amount")
    return payment


def payment_from_record(record: Any, tz_of: Callable[[str], ZoneInfo | None], where: str = "payment") -> Payment:
    """One payment record (as in a ledger file's ``payments``), validated like a whole ledger's."""
    return _payment(_Record(where, record, tz_of))


def ledger_from_data(data: Any, tz_of: Callable[[str], ZoneInfo | None], name: str = "ledger") -> Ledger:
    if not isinstance(data, dict):
        raise LedgerError(f"{name}: expected an object with customers, projects and payments")
    unknown = set(data) - {"customers", "projects", "payments"}
    if unknown:
        raise LedgerError(f"{name}: unknown list {sorted(unknown)[0]!r} (expected customers, projects, payments)")
    lists: dict[str, list] = {}
    for key, build in (("customers", _customer), ("projects", _project), ("payments", _payment)):
        records = data.get(key, [])
        if not isinstance(records, list):
            raise LedgerError(f"{name}: {key}: expected a list")
        lists[key] = []
        for i, item in enumerate(records):
            label = item.get("id") or item.get("email") or item.get("name") if isinstance(item, dict) else None
            where = f"{name}: {key}[{i}]" + (f" ({label})" if label else "")
            lists[key].append(build(_Record(where, item, tz_of)))
    ids = [p.id for p in lists["payments"]]
    if len(ids) != len(set(ids)):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise LedgerError(f"{name}: payments: id {dup!r} appears more than once")
    return Ledger(**lists)


def load_ledger(path: str | Path, tz_of: Callable[[str], ZoneInfo | None]) -> Ledger:
    """Read and validate a ledger file; ``tz_of(brand)`` gives a brand's zone
    (None for an unknown brand)."""
    path = Path(path)
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise LedgerError(f"{path}: file not found") from None
    except (OSError, ValueError) as e:
        raise LedgerError(f"{path}: not valid JSON: {e}") from None
    return ledger_from_data(data, tz_of, str(path))
