"""Filling the template context from a decided case.

Pure functions of (case, extraction, verdict, brand, now): money and dates are
formatted here, customer text is put on one line, and the ``verify_sender``
context is built without any account detail at all, so no template can leak one.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from decimal import Decimal
from email.utils import parseaddr

from mailbot.calendar import add_business_days, local_date
from mailbot.config import Brand
from mailbot.drafting.language import local_date as local_date_text, local_money
from mailbot.drafting.context import (
    BrandInfo, CancellationPart, CaseInfo, CustomerInfo, MissingField, RefundPart, RefundTimeline,
    TemplateContext, Understood,
)
from mailbot.models import CANCELLATION, REFUND, Case, Decision, Extraction, Fields, RefundDates, Verdict
from mailbot.money import DEFAULT_LOCALE, format_money

LONGEST_NAME = 60
LONGEST_VALUE = 200

ACCOUNT_LABELS = {"registered_email": "registered email", "contract_email": "contract email"}


def money(amount: Decimal, currency: str, locale: str = DEFAULT_LOCALE) -> str:
    """``INR 11,988.00``: the currency code, the locale's grouping, the minor
    unit (:func:`mailbot.money.format_money`, as the staff UI writes it); in a
    reply in another language, that language's format (:mod:`mailbot.drafting.language`)."""
    if (localised := local_money(amount, currency)) is not None:
        return localised
    return format_money(amount, currency, locale)


def long_date(day: date) -> str:
    """``Monday, 20 October 2025`` (in a reply in another language, that language's format)."""
    if (localised := local_date_text(day)) is not None:
        return localised
    weekdays, months = _staff_names()
    return f"{weekdays[day.weekday()]}, {day.day} {months[day.month - 1]} {day.year}"


@lru_cache(maxsize=1)
def _staff_names() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(xfer31, issue 9) The day and month names of the staff form: the shipped English pack's ``dates.weekdays`` and
    ``dates.months``, capitalised.  Decision: the pack's words, not Babel's English, whose locale data would cost each
    drafting process ~4 MB (issue 8) for nineteen words; the pack is read once, only its names kept."""
    from mailbot.reading.languages import SHIPPED, load_pack

    pack = load_pack(SHIPPED / "en.toml")
    return (tuple(name.capitalize() for name in pack.get("dates.weekdays")),
            tuple(name.capitalize() for name in pack.get("dates.months")))


def one_line(text: str | None, limit: int = LONGEST_VALUE) -> str | None:
    """Customer text on one line, cut on a word when too long."""
    if text is None:
        return None
    text = " ".join(text.split())
    if not text:
        return None
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.") + "…"
    return text


def brand_info(brand: Brand) -> BrandInfo:
    subscription = brand.kind == "subscription"
    return BrandInfo(
        name=brand.name,
        display_name=brand.display_name,
        kind=brand.kind,
        signature=brand.signature,
        policy_name=brand.policy_name,
        promised_response=brand.promised_response,
        account_label=ACCOUNT_LABELS.get(brand.account_field, "email address on record"),
        support_address=parseaddr(brand.reply_from)[1] or next(iter(brand.addresses), ""),
        self_serve_path=brand.self_serve_path if subscription else None,
        notice_days=None if subscription else brand.retainer_notice_days,
        plans=list(getattr(brand, "plan_months", {}) or {}),
    )


def customer_info(case: Case) -> CustomerInfo:
    name = one_line(case.first.sender_name, LONGEST_NAME)
    if name:
        name = name.strip("\"' ")
    if not name or "@" in name:
        name = None
    return CustomerInfo(name=name, greeting=f"Hello {name}," if name else "Hello,")


def request_words(intents: set[str] | list[str]) -> str:
    refund, cancel = REFUND in intents, CANCELLATION in intents
    if refund and cancel:
        return "a refund and to cancel"
    if refund:
        return "a refund"
    if cancel:
        return "to cancel"
    return ""


def field_labels(brand: Brand) -> dict[str, str]:
    """Plain words for each field, as a reply asks for it."""
    plans = list(getattr(brand, "plan_months", {}) or {})
    plan_words = f" ({', '.join(plans[:-1])} or {plans[-1]})" if len(plans) > 1 else ""
    agency = brand.kind == "agency"
    return {
        "registered_email": f"the email address registered on your {brand.display_name} account",
        "contract_email": "the email address on your contract with us",
        "plan": f"your plan{plan_words}",
        "reason": "the reason for your request",
        "invoice_number": ("the invoice, PO or payment reference" if agency
                           else "the invoice number of the charge"),
        "project_name": "the name of your project",
    }


UNDERSTOOD_LABELS = {
    "registered_email": "Registered email",
    "contract_email": "Contract email",
    "plan": "Plan",
    "reason": "Reason",
    "invoice_number": "Invoice / payment reference",
    "project_name": "Project",
}


def understood(extraction: Extraction) -> list[Understood]:
    out = []
    for name, label in UNDERSTOOD_LABELS.items():
        value = one_line(getattr(extraction.fields, name))
        if value:
            out.append(Understood(name, label, value))
    return out


def refund_timeline(brand: Brand, decision: Decision, now: datetime) -> RefundTimeline | None:
    """O7: the calendar dates of an approved refund, skipping weekends and holidays."""
    dates = decision.refund_dates or refund_dates(brand, local_date(now, brand.tz))
    if dates is None:
        return None
    return RefundTimeline(*(long_date(d) for d in (
        dates.approved_on, dates.initiated_from, dates.initiated_by, dates.credited_from, dates.credited_by)))


def refund_dates(brand: Brand, approved_on: date) -> RefundDates | None:
    initiated = brand.refund_initiated_business_days
    credited = brand.refund_credited_business_days or (0, 0)
    if not initiated:
        return None
    holidays = frozenset(brand.holidays)
    first = add_business_days(approved_on, initiated[0], holidays)
    last = add_business_days(approved_on, initiated[1], holidays)
    return RefundDates(approved_on, first, last, add_business_days(first, credited[0], holidays),
                       add_business_days(last, credited[1], holidays))


def refund_part(brand: Brand, decision: Decision, fields_: Fields, now: datetime,
                cancelling: bool) -> RefundPart:
    approved = decision.outcome == "approve"
    currency = decision.currency or brand.currency
    tax = getattr(decision, "tax", None)  # not in every Decision: unknown means "may apply"
    return RefundPart(
        outcome=decision.outcome,
        amount=money(decision.amount, currency, brand.locale) if approved and decision.amount is not None else None,
        tax_withheld=money(tax, currency, brand.locale) if approved and tax else None,
        tax_note=approved and (tax is None or tax > 0),
        timeline=refund_timeline(brand, decision, now) if approved else None,
        clause=one_line(brand.clause(decision.clause), 2000) if decision.clause else None,
        offer_cancellation=decision.offer_cancellation and not cancelling,
        invoice=one_line(fields_.invoice_number, LONGEST_NAME),
        reason_code=fields_.reason_code,
    )


def cancellation_part(decision: Decision, fields_: Fields) -> CancellationPart:
    return CancellationPart(
        outcome=decision.outcome,
        last_active_day=long_date(decision.effective_date) if decision.effective_date else None,
        next_cycle_billed=decision.next_cycle_billed,
        project=one_line(fields_.project_name, LONGEST_NAME),
        invoice=one_line(fields_.invoice_number, LONGEST_NAME),
        reason=quoted(fields_.reason),
    )


def quoted(text: str | None) -> str | None:
    """Customer words to quote inside a sentence: one line, no final full stop."""
    text = one_line(text)
    return text.rstrip(" .") or None if text else None


def first_decision(verdict: Verdict, intent: str) -> Decision | None:
    return next((d for d in verdict.decisions if d.intent == intent), None)


def is_dispute(verdict: Verdict, extraction: Extraction) -> bool:
    return ("C4" in verdict.rules or any("C4" in d.rules for d in verdict.decisions)
            or bool(extraction.dispute))


def safe_value(value: str | None) -> str | None:
    """A value that may be repeated to a sender who is not on record: short,
    and only letters, digits, spaces, ``-``, ``_`` and ``#`` (an invoice
    number or a plan name; never a link, an address or a sentence)."""
    if not value or len(value) > LONGEST_NAME:
        return None
    # Every character a letter, a digit or one of " -_#": what is left without those four is
    # empty or all letters and digits (str.isalnum, one C call instead of a test per character).
    rest = value.replace(" ", "").replace("-", "").replace("_", "").replace("#", "")
    return value if not rest or rest.isalnum() else None


def cautious_fields(fields_: Fields) -> Fields:
    """What a reply to an unknown or unauthenticated sender may repeat of
    their email: the plan and the invoice number when they are plain values;
    no reason, no project name, no address (nothing that could carry a link
    or a message to whoever the From address really belongs to)."""
    return Fields(plan=safe_value(fields_.plan), invoice_number=safe_value(fields_.invoice_number),
                  reason_code=fields_.reason_code)


def build_context(template: str, case: Case, extraction: Extraction, verdict: Verdict, brand: Brand,
                  brand_view: BrandInfo, subject: str, now: datetime, cautious: bool = False) -> TemplateContext:
    """The context of one reply; ``verify_sender`` gets nothing about the account.
    ``cautious`` (a sender not on record, or not authenticated): no display
    name in the greeting and only :func:`cautious_fields` of their text."""
    today = long_date(local_date(now, brand.tz))
    customer = CustomerInfo(name=None, greeting="Hello,") if cautious else customer_info(case)
    common = dict(template=template, brand=brand_view, customer=customer,
                  case=CaseInfo(case.reference, subject), today=today)
    if template == "verify_sender":
        return TemplateContext(**common, request="", understood=[], missing=[], refund=None,
                               cancellation=None, dispute=False, ask_reason=False)
    asked_reason = extraction.fields.reason is None
    if cautious:
        extraction = Extraction(cautious_fields(extraction.fields), set(extraction.intents), extraction.dispute)
    fields_ = extraction.fields
    refund = first_decision(verdict, REFUND)
    cancel = first_decision(verdict, CANCELLATION)
    intents = {d.intent for d in verdict.decisions} or extraction.intents
    missing: list[MissingField] = []
    if verdict.status == "need_info":
        labels = field_labels(brand)
        missing = [MissingField(name, labels.get(name, _plain(name))) for name in verdict.missing]
    return TemplateContext(
        **common,
        request=request_words(intents),
        understood=understood(extraction) if verdict.status == "need_info" else [],
        missing=missing,
        refund=refund_part(brand, refund, fields_, now, cancel is not None) if refund else None,
        cancellation=cancellation_part(cancel, fields_) if cancel else None,
        dispute=is_dispute(verdict, extraction),
        ask_reason=asked_reason,
    )


def _plain(name: str) -> str:
    return "the " + re.sub(r"_+", " ", name)
