"""(fix22) The reason written in the subject beside the request ("Kündigung – Umzug nach Kanada",
"Rückerstattung? Wir haben nie einen einzigen Lead bekommen", "Résiliation : nous fermons la boutique").

Read only when the body gives no reason at all (not even in a postscript): a careful support lead
reads a subject that names the request and, after a dash, a colon, a question mark or a comma, says
why, as the customer's reason, where the body only asks ("bitte den Monatsplan kündigen", "siehe
Betreff").  Decisions, as narrow as :meth:`ReasonReading._short_reason`'s:

- the part before the separator asks (an intent or restatement word of a read language), and the
  subject is no reply or forward (``Re:``, ``AW:``, ``Fwd:``..., whose subject is an earlier email's: the
  ``text.reply_subject`` and ``text.forward_subject`` prefixes of every pack the brand reads, xfer31);
- the part after it is a statement of the customer's own (:meth:`ReasonReading._own_statement`: no
  ask, field, greeting, closing, courtesy, formality or reference opening, no project of the ledger),
  never a ``text.not_reason`` sentence, holds no digit (an invoice, an amount, a date) and is no
  question;
- it holds a word in lower case (a product or a firm named in Title Case, "Refund - Optima Website
  Care", is a name, not a reason) and names no plan ("Cancel – quarterly plan" says what, not why);
- at least :data:`MIN_SUBJECT_REASON_WORDS` words beside a cancellation, and a sentence's length
  (``MIN_REASON_WORDS``) beside a refund: a refund may pay money out, so a terse subject never stands
  in for its reason (the bot asks, C3).
"""

from __future__ import annotations

from mailbot.reading.reading_rules import MIN_REASON_WORDS, REASON_CHARS, SUBJECT_NAMES
from mailbot.reading.wording import PLANS, restates_request

PLAN_NAMES = tuple(f"plan.{plan}" for plan in PLANS)
"""The plan words of every read language (a subject naming the plan says what, not why)."""

MIN_SUBJECT_REASON_WORDS = 3
"""The fewest words of a subject's reason beside a cancellation ("Umzug nach Kanada")."""

SEPARATORS = (" – ", " — ", " - ", ": ", "? ", "! ", " | ", ", ", " / ")
"""What separates the request from the reason in a subject."""



def subject_reason(reader, subject: str, active) -> str | None:
    """The reason the ``subject`` gives beside its request, or None (see the module's decisions).
    ``reader`` is the :class:`~mailbot.reading.extract.Extractor` (its packs and sentence tests)."""
    subject = " ".join(subject.split())
    if ":" in subject:
        prefix = reader.patterns.main.subset(*SUBJECT_NAMES).scan(subject.lower())
        if any(map(prefix.has, SUBJECT_NAMES)):
            return None  # (xfer31) a reply or forward prefix of a pack the brand reads (text.reply_subject, ...)
    cut = min(((at, sep) for sep in SEPARATORS if (at := subject.find(sep)) > 0), default=None)
    if cut is None:
        return None
    at, sep = cut
    head = subject[:at].strip().lower()
    rest = subject[at + len(sep):].strip(" -–—:|,")[:REASON_CHARS]
    words = [word for word in rest.split() if any(ch.isalpha() for ch in word)]
    if len(words) < MIN_SUBJECT_REASON_WORDS or rest.endswith("?") or any(ch.isdigit() for ch in rest) \
            or not any(word.isalpha() and word.islower() for word in words[1:]):
        return None
    plans = reader.patterns.main.subset(*PLAN_NAMES).scan(rest.lower(), active)
    if any(plans.has(name) for name in PLAN_NAMES):
        return None  # "Cancel – quarterly plan": the subject names the plan, not why
    asks = reader.patterns.sentence.scan(head, active)
    if not restates_request(asks):
        return None
    if asks.has("ask_refund") and len(words) < MIN_REASON_WORDS:
        return None
    low = rest.lower().strip(" ,.!-:")
    scan = reader.patterns.sentence.scan(low, active)
    if not reader._own_statement(rest, low, scan, "boilerplate", "courtesy") or reader._not_reason(rest, active):
        return None
    return rest
