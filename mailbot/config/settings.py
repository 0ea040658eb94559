"""Every brand setting, declared once: key, default, help, and how it is checked.

``docs/configuration.md`` is generated from these declarations and a test fails
when the two differ, so a setting cannot be added without its documentation.
A checker takes the raw TOML value and returns the value mailbot uses, or
raises ``ValueError`` with what was expected (the loader adds file and key).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

KINDS = ("subscription", "agency")
BOTH = KINDS
FIELDS = ("registered_email", "contract_email", "plan", "reason", "invoice_number", "project_name")
OUTCOMES = ("need_info", "verify_sender", "approve", "deny", "escalate", "cancel")


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    help: str
    check: Callable[[Any], Any]
    kinds: tuple[str, ...] = BOTH


# -- checkers -----------------------------------------------------------------

def text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {value!r}")
    return value


def nonempty_text(value: Any) -> str:
    if not text(value).strip():
        raise ValueError("must not be empty")
    return value


def whole(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"expected a whole number, got {value!r}")
        if not low <= value <= high:
            raise ValueError(f"must be between {low} and {high}, got {value}")
        return value
    return check


def one_of(*choices: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise ValueError(f"must be one of {', '.join(choices)}, got {value!r}")
        return value
    return check


def list_of(item: Callable[[Any], Any]) -> Callable[[Any], tuple]:
    def check(value: Any) -> tuple:
        if not isinstance(value, list):
            raise ValueError(f"expected a list, got {value!r}")
        out = []
        for i, v in enumerate(value):
            try:
                out.append(item(v))
            except ValueError as e:
                raise ValueError(f"item {i + 1}: {e}") from None
        return tuple(out)
    return check


def table_of(item: Callable[[Any], Any], keys: tuple[str, ...] | None = None) -> Callable[[Any], dict]:
    def check(value: Any) -> dict:
        if not isinstance(value, dict):
            raise ValueError(f"expected a table, got {value!r}")
        out = {}
        for k, v in value.items():
            if keys is not None and k not in keys:
                raise ValueError(f"unknown entry {k!r} (known: {', '.join(keys)})")
            try:
                out[k] = item(v)
            except ValueError as e:
                raise ValueError(f"{k}: {e}") from None
        return out
    return check


def email_address(value: Any) -> str:
    value = text(value).strip().lower()
    if not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+", value):
        raise ValueError(f"not an email address: {value!r}")
    return value


def time_zone(value: Any) -> str:
    try:
        ZoneInfo(text(value))
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r} (use an IANA name such as Asia/Kolkata)") from None
    return value


def currency_code(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{3}", value):
        raise ValueError(f"expected a three-letter ISO 4217 code such as INR, got {value!r}")
    return value


def yes_no(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {value!r}")
    return value


def optional_address(value: Any) -> str:
    return "" if text(value).strip() == "" else email_address(value)


def locale_name(value: Any) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(text(value))
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"unknown locale {value!r} (use a name such as en_IN)") from None
    return value


def iso_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(text(value))
    except ValueError:
        raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}") from None


def regex(value: Any) -> str:
    """A regular expression the reading engine can run in linear time (RE2 syntax)."""
    problem = _regex_problem(text(value))
    if problem:
        raise ValueError(problem)
    return value


@functools.lru_cache(maxsize=8192)
def _regex_problem(value: str) -> str | None:
    """What is wrong with one pattern (None: nothing), remembered per process.

    The check compiles the pattern twice (Python's ``re`` for the syntax, RE2 for linear
    time) and keeps neither: a configuration names ~110 patterns, and loading it again (each
    ``mailbot triage`` call in one process, every configuration a test builds) compiled
    them all again, ~25 ms a load.  The answer depends on the string alone."""
    try:
        re.compile(value)
    except re.error as e:
        return f"bad regular expression {value!r}: {e}"
    from mailbot.errors import PatternError
    from mailbot.reading.patterns import compile_one

    try:
        compile_one(value)
    except PatternError as e:
        return str(e).removeprefix("pattern: ")
    return None


def keyword_regex(value: Any) -> str:
    """A keyword pattern: run against the lower-cased text, so written in lower case."""
    value = regex(value)
    if re.search(r"(?<!\\)[A-Z]", value):
        raise ValueError(f"keyword patterns match lower-cased text; write {value!r} in lower case")
    return value


def invoice_regex(value: Any) -> str:
    """An invoice pattern: run against the upper-cased text, so written in upper case."""
    value = regex(value)
    if re.search(r"(?<![\\?(])(?<!\(\?)[a-z]", re.sub(r"\\[a-zA-Z]", "", value)):
        raise ValueError(f"invoice patterns match upper-cased text; write {value!r} in upper case")
    return value


def case_prefix(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z][A-Z0-9]{0,9}", value):
        raise ValueError(f"expected a capital letter then up to 9 capitals or digits (like LO), got {value!r}")
    return value


def day_range(value: Any) -> tuple[int, int]:
    pair = list_of(whole(0, 365))(value)
    if pair and (len(pair) != 2 or pair[0] > pair[1]):
        raise ValueError(f"expected [fewest, most] business days, got {value!r}")
    return pair


def field_name(value: Any) -> str:
    return one_of(*FIELDS)(value)


def language_code(value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[a-z]{2,3}(?:_[A-Za-z]{2,4})?", value):
        raise ValueError(f"expected a language code like es or pt, got {value!r}")
    return value


def money_kind(value: Any) -> str:
    return nonempty_text(value)


# -- the brand settings ---------------------------------------------------------

BRAND_SETTINGS: tuple[Setting, ...] = (
    Setting("name", None, "Short name of the brand; mailboxes and the ledger refer to it.", nonempty_text),
    Setting("display_name", None, "The brand's name as customers know it, used in replies.", nonempty_text),
    Setting("kind", None, "Which policy engine decides: `subscription` (LeadsOptima's rules) or `agency` "
            "(Optima WebDesign's).", one_of(*KINDS)),
    Setting("case_prefix", "CASE", "Prefix of case references in reply subjects, as in `[LO-1042]`: a capital "
            "letter, then up to 9 capitals or digits.", case_prefix),
    Setting("timezone", "UTC", "IANA time zone in which calendar-day windows and business days are counted.",
            time_zone),
    Setting("currency", "INR", "Currency of amounts in replies when the ledger gives none.", currency_code),
    Setting("addresses", (), "The support addresses of the brand: mail to them belongs to this brand (C1), "
            "mail from them is our own and ignored (C7).", list_of(email_address)),
    Setting("reply_from", None, "The From header of replies, e.g. `LeadsOptima Support <support@leadsoptima.com>`.",
            nonempty_text),
    Setting("signature", "Support team", "Sign-off line of every reply.", nonempty_text),
    Setting("holidays", (), "Dates (YYYY-MM-DD) that are not business days, besides Saturdays and Sundays.",
            list_of(iso_date)),
    Setting("overdue_business_days", 2, "A case whose reply is not sent within this many business days of its "
            "request time is flagged overdue (L9).", whole(1, 60)),
    Setting("escalation_address", "", "Where notices about this brand's cases go (a case escalated, a case turning "
            "overdue, the daily digest) when the case has no owner with an email address; empty: no notice.",
            optional_address),
    Setting("daily_digest", False, "Send one email a day to `escalation_address` with the count of every queue.",
            yes_no),
    Setting("max_replies_per_sender_per_day", 5, "At most this many replies drafted to one sender in 24 hours; "
            "beyond it a draft waits for a person, never sent automatically (mail loops, abuse).", whole(1, 1000)),
    Setting("locale", "en_IN", "Locale (e.g. `en_IN`, `en_US`) in which money and dates are written, in the "
            "staff UI and in replies alike.", locale_name),
    Setting("promised_response", "2–3 business days", "The response time replies promise when a person "
            "follows up.", nonempty_text),
    Setting("required_fields", (), "Fields every request must carry before it is decided (C3).",
            list_of(field_name)),
    Setting("refund_required_fields", (), "Extra fields a refund request must carry.", list_of(field_name)),
    Setting("cancellation_required_fields", (), "Extra fields a cancellation request must carry.",
            list_of(field_name)),
    Setting("account_field", "registered_email", "Which field holds the customer's address on record: "
            "`registered_email` or `contract_email` (C2).", one_of("registered_email", "contract_email")),
    Setting("reason_keywords", {}, "Regular expressions (lower case, matched case-insensitively) that recognise the exception reasons "
            "`duplicate_payment`, `billing_error` and `access_failure` in the customer's words (L2).",
            table_of(list_of(keyword_regex), ("duplicate_payment", "billing_error", "access_failure"))),
    Setting("dispute_keywords", (), "Regular expressions (lower case) for chargeback, dispute and legal threats "
            "(C4).", list_of(keyword_regex)),
    Setting("invoice_patterns", (r"\bINV[-/]?\d{3,}\b",), "Regular expressions for the brand's invoice, PO "
            "and payment references (upper case, matched case-insensitively).", list_of(invoice_regex)),
    Setting("languages", ("en", "hi", "es", "pt", "de", "fr"), "Languages the brand reads, by language pack "
            "code (`en`, `hi`, `es`, `pt`, `de`, `fr` are shipped; an admin adds one as "
            "`languages/<code>.toml` beside `mailbot.toml`). Mail in another language is `other`, the language "
            "named in the trace.", list_of(language_code)),
    Setting("intent_model", False, "Read each email's intents with a second opinion from the shipped learned "
            "intent model (a small multilingual fastText classifier): a refund the patterns read but the model "
            "finds very unlikely (below 0.05; never in a chargeback or legal threat) is dropped, so a thank-you "
            "for a refund received or a question before buying goes to staff instead of being decided. Each "
            "change is named in the case's trace. See docs/intent_model.md.", yes_no),
    Setting("clauses", {}, "Sentences of the published policy that replies quote, by rule id "
            "(e.g. `L3`, `O6`).", table_of(nonempty_text)),
    Setting("policy_name", "Refund & Cancellation Policy", "Title of the published policy, as replies cite it.",
            nonempty_text),
    Setting("refund_initiated_business_days", (), "[fewest, most] business days after approval within which a "
            "refund is initiated (O7); empty: replies promise no dates.", day_range),
    Setting("refund_credited_business_days", (), "[fewest, most] business days after initiation before the "
            "credit appears (O7).", day_range),
    Setting("auto_send", (), "Outcomes whose replies go out without a person's approval, from "
            f"{', '.join(f'`{o}`' for o in OUTCOMES)} (`need_info` and `verify_sender` are the requests for "
            "details; a two-part reply goes out only when both its outcomes are listed). Empty: every reply "
            "waits for staff. A reply to a sender who is not on record, or not authenticated (`trust_authserv_id`), "
            "is never sent without approval.", list_of(one_of(*OUTCOMES))),
    Setting("templates", None, "Folder under the templates directory holding this brand's replies "
            "(default: the brand's name).", nonempty_text),
    # subscription
    Setting("refund_window_days", 7, "A refund is considered only when requested at most this many calendar "
            "days after the charge; the charge's local date is day 0 (L3).", whole(0, 365), ("subscription",)),
    Setting("plan_months", {"monthly": 1, "quarterly": 3, "annual": 12}, "Length in months of each plan "
            "(L8: the cycle a cancellation runs to).", table_of(whole(1, 120)), ("subscription",)),
    Setting("self_serve_path", "Billing > Cancel Plan", "Where customers cancel by themselves (L8).",
            nonempty_text, ("subscription",)),
    # agency
    Setting("deposit_refund_hours", 72, "A deposit is refundable only when requested before this many elapsed "
            "hours after payment, and before work starts (O2).", whole(0, 24 * 365), ("agency",)),
    Setting("annual_refund_days", 14, "Annual hosting and maintenance are refundable, prorated, when requested "
            "within this many calendar days of service start (O5).", whole(0, 365), ("agency",)),
    Setting("retainer_notice_days", 7, "Days of notice before `next_billing_at` that avoid the next retainer "
            "charge (O4).", whole(0, 365), ("agency",)),
    Setting("non_refundable_kinds", ("third_party", "rush", "setup", "change_request"), "Payment kinds that are "
            "never refunded (O6).", list_of(money_kind), ("agency",)),
    Setting("recurring_kinds", ("retainer", "subscription"), "Payment kinds billed in cycles, cancelled with "
            "notice (O4).", list_of(money_kind), ("agency",)),
    Setting("annual_kinds", ("hosting_annual", "maintenance_annual"), "Payment kinds refunded prorated in "
            "their first days (O5).", list_of(money_kind), ("agency",)),
)

BRAND_KEYS = {s.key: s for s in BRAND_SETTINGS}
