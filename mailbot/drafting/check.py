"""``mailbot templates check``: render every template of every brand against
sample cases of every outcome and report each problem on one line; every
language level too (:mod:`mailbot.drafting.translations`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

from mailbot.config import Brand, Config
from mailbot.drafting.drafter import TEMPLATE_NAMES, Drafter, choose_template
from mailbot.drafting.environment import SHARED, SUFFIX, load
from mailbot.drafting.overrides import TemplateSource
from mailbot.drafting.translations import translation_problems
from mailbot.errors import TemplateError
from mailbot.models import CANCELLATION, REFUND, Case, Decision, Extraction, Fields, InboundMessage, Verdict

SAMPLE_NOW = datetime(2025, 10, 17, 10, 0, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Sample:
    label: str
    case: Case
    extraction: Extraction
    verdict: Verdict


def sample_message(name: str = "Asha Rao", subject: str = "Refund request") -> InboundMessage:
    return InboundMessage(
        sender="asha@example.in", sender_name=name, recipients=("support@example.com",), subject=subject,
        date=SAMPLE_NOW, message_id="<sample@example.in>", in_reply_to=None, references=(),
        text="Please help.", new_text="Please help.",
    )


def sample_fields(brand: Brand, reason: str | None = "I was charged twice") -> Fields:
    return Fields(registered_email="asha@example.in" if brand.kind == "subscription" else None,
                  contract_email="asha@example.in" if brand.kind == "agency" else None,
                  plan="annual" if brand.kind == "subscription" else None, reason=reason,
                  reason_code="duplicate_payment" if reason else None, invoice_number="INV-1001",
                  project_name="Acme Storefront" if brand.kind == "agency" else None)


def refund(outcome: str, brand: Brand, **kw) -> Decision:
    values = dict(amount=Decimal("11988.00"), currency=brand.currency) if outcome == "approve" else {}
    if outcome == "deny":
        values["clause"] = next(iter(brand.clauses), None)
    values.update(kw)
    values.setdefault("rules", ["C5"])
    return Decision(REFUND, outcome, **values)


def cancel(outcome: str = "cancel", **kw) -> Decision:
    if outcome == "cancel":
        kw.setdefault("effective_date", date(2025, 10, 31))
    return Decision(CANCELLATION, outcome, [], **kw)


def sample_cases(brand: Brand) -> list[Sample]:
    """At least one sample per template, and the variants each template branches on."""
    required = [*brand.required_fields, *brand.refund_required_fields]
    verdicts: list[tuple[str, Verdict, str | None, str | None]] = [
        ("sender not on record", Verdict("need_info", ["C2"], missing=[brand.account_field]), "Asha Rao", ""),
        ("every field missing", Verdict("need_info", ["C3"], missing=required), "", None),
        ("one field missing", Verdict("need_info", ["C3"], missing=required[-1:]), "Asha Rao", ""),
        ("refund approved", Verdict("decided", decisions=[refund("approve", brand)]), "Asha Rao", ""),
        ("refund approved, no name", Verdict("decided", decisions=[refund("approve", brand)]), "", ""),
        ("refund denied", Verdict("decided", decisions=[refund("deny", brand)]), "Asha Rao", ""),
        ("refund denied, offer to cancel",
         Verdict("decided", decisions=[refund("deny", brand, offer_cancellation=True)]), "", ""),
        ("refund denied, no clause",
         Verdict("decided", decisions=[refund("deny", brand, clause="no-such-clause")]), "", None),
        ("refund escalated", Verdict("decided", decisions=[refund("escalate", brand)]), "", ""),
        ("refund escalated, dispute",
         Verdict("decided", ["C4"], decisions=[refund("escalate", brand, rules=["C4"])]), "", None),
        ("cancel", Verdict("decided", decisions=[cancel()]), "Asha Rao", None),
        ("cancel, reason given", Verdict("decided", decisions=[cancel()]), "", ""),
        ("cancel, next cycle billed",
         Verdict("decided", decisions=[cancel(next_cycle_billed=True)]), "", ""),
        ("cancel, no date", Verdict("decided", decisions=[cancel(effective_date=None)]), "", None),
        ("cancel escalated", Verdict("decided", decisions=[cancel("escalate")]), "", None),
        ("refund approved and cancel",
         Verdict("decided", decisions=[refund("approve", brand), cancel()]), "Asha Rao", ""),
        ("refund denied and cancel",
         Verdict("decided", decisions=[refund("deny", brand, offer_cancellation=True), cancel()]), "", None),
        ("both escalated", Verdict("decided", ["C4"], decisions=[refund("escalate", brand), cancel("escalate")]),
         "", ""),
    ]
    samples = []
    for label, verdict, name, reason in verdicts:
        fields = sample_fields(brand, reason="I was charged twice" if reason == "" else reason)
        for missing in verdict.missing:
            setattr(fields, missing, None)
        intents = {d.intent for d in verdict.decisions} or {REFUND}
        case = Case([sample_message(name or "")], brand.name, reference=f"{brand.case_prefix}-1042")
        samples.append(Sample(label, case, Extraction(fields, intents), verdict))
    return samples


def template_files(config: Config, brand: Brand) -> list[str]:
    """Every template file a brand may load, by its brand-relative name: the English level
    first, then each language's folder (``es/layout.txt.j2``)."""
    names = {f"{n}{SUFFIX}" for n in TEMPLATE_NAMES}
    for folder in filter(None, (config.template_overrides, config.templates_dir)):
        for sub in (SHARED, brand.templates):
            names.update(p.relative_to(folder / sub).as_posix() for p in (folder / sub).rglob(f"*{SUFFIX}"))
    return sorted(names, key=lambda name: (name.count("/"), name))


def check_templates(config: Config, now: datetime = SAMPLE_NOW, templates: TemplateSource | None = None) -> list[str]:
    """One line per problem: a template that is missing, does not compile, or
    fails to render for a sample case of some outcome.  Empty when all is well.
    With ``templates``, the texts admins keep in the store are checked too."""
    problems: list[str] = []
    seen: set[str] = set()

    def add(line: str) -> None:
        if line not in seen:
            seen.add(line)
            problems.append(line)

    drafter = Drafter(config, templates)
    drafter.refresh()
    for brand in config.brands.values():
        for name in template_files(config, brand):
            try:
                load(drafter.environment(brand), f"{brand.templates}/{name}")
            except TemplateError as e:
                add(str(e))
        for sample in sample_cases(brand):
            name = choose_template(sample.verdict)
            try:
                draft = drafter.draft(sample.case, sample.extraction, sample.verdict, brand, now)
            except TemplateError as e:
                add(f"{e} (brand {brand.name}, template {name}, sample: {sample.label})")
                continue
            if draft is None or not draft.body.strip():
                add(f"{Path(brand.templates) / name}{SUFFIX}: renders an empty reply (sample: {sample.label})")
        for line in translation_problems(config, drafter, brand, sample_cases(brand), now):
            add(line)
    return problems
