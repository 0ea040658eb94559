"""What a reply template may use: every variable, its type and its meaning.

The context is a handful of small frozen dataclasses.  Each field carries its
meaning in ``metadata["doc"]``; :func:`context_table` turns them into the table
of ``docs/templates.md`` and a test fails when the two differ, so a variable
cannot be added without its documentation.

Every variable is always defined (``None``, ``False`` or an empty list when it
does not apply), so a template can test ``{% if refund %}`` under
``StrictUndefined``.  Values are ready to print: money and dates are already
formatted, customer text is on one line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Iterator


def doc(text: str, default: Any = ..., **kw: Any) -> Any:
    """A dataclass field documented for template authors."""
    if default is ...:
        return field(metadata={"doc": text}, **kw)
    return field(default=default, metadata={"doc": text}, **kw)


@dataclass(frozen=True, slots=True)
class BrandInfo:
    name: str = doc("Short name of the brand (`leadsoptima`).")
    display_name: str = doc("The brand's name as customers know it (`LeadsOptima`).")
    kind: str = doc("`subscription` or `agency`.")
    signature: str = doc("Sign-off line of every reply.")
    policy_name: str = doc("Title of the published policy that denials cite.")
    promised_response: str = doc("When a person follows up (`2–3 business days`).")
    account_label: str = doc("Plain words for the address on record (`registered email`, `contract email`).")
    support_address: str = doc("The address replies come from; customers write back to it.")
    self_serve_path: str | None = doc("Where customers cancel by themselves (`Billing > Cancel Plan`); "
                                      "None for brands without self-service.")
    notice_days: int | None = doc("Days of notice that avoid the next retainer charge; None for subscriptions.")
    plans: list[str] = doc("The plans the brand sells, as its settings name them (`monthly`, `annual`); "
                           "empty for brands without plans.  Translations name them in their language.")


@dataclass(frozen=True, slots=True)
class CustomerInfo:
    name: str | None = doc("The customer's display name from their email, or None.")
    greeting: str = doc("`Hello Asha Rao,` or `Hello,` when the name is unknown.")


@dataclass(frozen=True, slots=True)
class CaseInfo:
    reference: str | None = doc("The case reference (`LO-1042`), or None.")
    subject: str = doc("The reply's subject line.")


@dataclass(frozen=True, slots=True)
class Understood:
    name: str = doc("The field name (`plan`), for branching (a translation's own label); never shown.")
    label: str = doc("What the value is, in plain words (`Plan`).")
    value: str = doc("What the customer told us, on one line.")


@dataclass(frozen=True, slots=True)
class MissingField:
    name: str = doc("The field name (`invoice_number`), for branching; never shown to customers.")
    label: str = doc("What to ask for, in plain words (`the invoice number of the charge`).")


@dataclass(frozen=True, slots=True)
class RefundTimeline:
    approved_on: str = doc("Approval date, formatted `Monday, 20 October 2025`.")
    initiated_from: str = doc("Earliest date the refund is initiated.")
    initiated_by: str = doc("Latest date the refund is initiated.")
    credited_from: str = doc("Earliest date the credit appears.")
    credited_by: str = doc("Latest date the credit appears.")


@dataclass(frozen=True, slots=True)
class RefundPart:
    outcome: str = doc("`approve`, `deny` or `escalate`.")
    amount: str | None = doc("Refund amount with currency (`INR 11,988.00`); set only when approved.")
    tax_withheld: str | None = doc("Tax on the payment that is not refunded (`INR 3,600.00`), when known.")
    tax_note: bool = doc("Whether to say that taxes already remitted are not refunded.")
    timeline: RefundTimeline | None = doc("When an approved refund is initiated and credited (O7); "
                                          "None when the brand promises no dates.")
    clause: str | None = doc("The policy sentence a denial quotes, or None.")
    offer_cancellation: bool = doc("A denial that offers to cancel instead (the customer did not ask to cancel).")
    invoice: str | None = doc("The invoice or payment reference the customer gave, or None.")
    reason_code: str | None = doc("`duplicate_payment`, `billing_error`, `access_failure`, `other` or None.")


@dataclass(frozen=True, slots=True)
class CancellationPart:
    outcome: str = doc("`cancel` or `escalate`.")
    last_active_day: str | None = doc("Last day of service, formatted `Sunday, 31 August 2025`, or None.")
    next_cycle_billed: bool = doc("Notice came too late: the next cycle is billed and the service runs to "
                                  "`last_active_day`.")
    project: str | None = doc("The project name the customer gave, or None.")
    invoice: str | None = doc("The invoice or PO the customer gave, or None.")
    reason: str | None = doc("The reason the customer gave, on one line, or None.")


@dataclass(frozen=True, slots=True)
class TemplateContext:
    template: str = doc("The template's name (`refund_approved`).")
    brand: BrandInfo = doc("The brand that replies.")
    customer: CustomerInfo = doc("Who the reply is for.")
    case: CaseInfo = doc("The case being answered.")
    today: str = doc("The drafting date in the brand's time zone, formatted.")
    request: str = doc("What the customer asked for, in plain words (`a refund`, `to cancel`, "
                       "`a refund and to cancel`); empty for `verify_sender`.")
    understood: list[Understood] = doc("What we understood so far (need_info only; empty otherwise).")
    missing: list[MissingField] = doc("What is still missing, in order (need_info only; empty otherwise).")
    refund: RefundPart | None = doc("The refund decision, or None.")
    cancellation: CancellationPart | None = doc("The cancellation decision, or None.")
    dispute: bool = doc("The customer mentioned a chargeback, dispute or legal step (C4).")
    ask_reason: bool = doc("The customer gave no reason: ask for it, optionally.")

    def variables(self) -> dict[str, Any]:
        """The top-level names a template sees."""
        return {name: getattr(self, name) for name in TOP_LEVEL}


TOP_LEVEL = tuple(f.name for f in fields(TemplateContext))

_NESTED = {
    "brand": BrandInfo, "customer": CustomerInfo, "case": CaseInfo, "understood": Understood,
    "missing": MissingField, "refund": RefundPart, "cancellation": CancellationPart,
    "refund.timeline": RefundTimeline,
}

CONTEXT_TYPES = frozenset({TemplateContext, *_NESTED.values()})
"""Plain data: templates may read any field of these without the sandbox's slower checks."""


def context_variables(cls: type = TemplateContext, prefix: str = "") -> Iterator[tuple[str, str, str]]:
    """Every variable as (dotted name, type, meaning), parents before children."""
    for f in fields(cls):
        name = prefix + f.name
        kind = str(f.type)
        if f.type.startswith("list["):
            name_shown = f"{name}[]"
        else:
            name_shown = name
        yield name_shown, kind, f.metadata["doc"]
        child = _NESTED.get(name)
        if child is not None and is_dataclass(child):
            yield from context_variables(child, f"{name_shown}.")


def context_table() -> str:
    """The Markdown table of docs/templates.md (between its markers)."""
    lines = ["| variable | type | meaning |", "|---|---|---|"]
    for name, kind, meaning in context_variables():
        kind = kind.replace("|", "or")
        lines.append(f"| `{name}` | `{kind}` | {meaning} |")
    return "\n".join(lines)


DOC_BEGIN = "<!-- BEGIN context table: generated by `python -m mailbot.drafting docs/templates.md` -->"
DOC_END = "<!-- END context table -->"


def with_table(document: str) -> str:
    """``document`` with the text between the markers replaced by :func:`context_table`."""
    head, found, rest = document.partition(DOC_BEGIN)
    _, found_end, tail = rest.partition(DOC_END)
    if not found or not found_end:
        raise ValueError(f"the markers {DOC_BEGIN!r} and {DOC_END!r} are missing")
    return f"{head}{DOC_BEGIN}\n{context_table()}\n{DOC_END}{tail}"

