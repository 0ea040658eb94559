"""Field extraction: what the customer asks for and what they state.

Reads the customer's *new* text and the subject (quotes of earlier emails are
already removed by parsing) and fills :class:`~mailbot.models.Fields` with the
field names of POLICY_SPEC section 1.  Nothing here is trusted over the ledger:
stated dates and amounts are kept for staff, never used to decide.

The brand-tunable words (reason keywords, dispute words, invoice patterns) are
brand settings, compiled once per brand by :class:`Extractor`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from mailbot.reading.mentions import amounts_in, dates_in, digit_runs
from mailbot.models import CANCELLATION, REFUND, Extraction, Fields, InboundMessage

_I = re.IGNORECASE

REFUND_WORDS = re.compile(
    r"\b(?:refund\w*|refnd\w*|refud|rfund\w*|money back|reimburs\w*|w[a]{1,2}pas|vapas|wapis|paise? return|paisa return|वापस|रिफंड|"
    r"return (?:my|the|our) (?:money|payment|amount)|reverse (?:the|this|my) (?:charge|payment|transaction)|"
    r"credit (?:it |the amount |the money )?back|pay(?:ment)? back)\b")
REFUND_NEGATED = re.compile(
    r"\b(?:not (?:asking|looking) for (?:a |any )?refund|(?:don\W?t|do not|dont) (?:want|need) (?:a |any )?refund|"
    r"no refund (?:needed|required|necessary)|without (?:a |any )?refund)")
CANCEL_WORDS = re.compile(
    r"\b(?:cancel(?!l?ed\b)\w*|cancle\w*|cansel\w*|cancl\b|discontinue\w*|terminat\w*|"
    r"(?:stop|end|close|pause) (?:my|the|our|this) (?:[\w-]+ ){0,2}(?:subscription|plan|retainer|service|"
    r"membership|hosting|maintenance|contract|account|project|engagement)|close (?:my|our) account|"
    r"(?:do not|don\W?t|dont) (?:auto-?)?renew|stop (?:the )?(?:auto-?)?renew\w*|no longer (?:continue|renew)|"
    r"band (?:kar|karo|karna|karwa|kijiye|kijie)\w*|(?:want|like|need|get)\b[^.?!\n]{0,30}\bcancell?ed|"
    r"रद्द|कैंसल|बंद कर)")
# Words that name the policy or the menu, not a request: "your refund & cancellation policy",
# "non-refundable", "Billing > Cancel Plan".
POLICY_MENTION = re.compile(
    r"(?:refund|cancell?ation)s?(?:\s*(?:&|and)\s*(?:refund|cancell?ation)s?)?\s+polic\w*|non-?refundable|"
    r"cancel plan\b")
NEGATION = re.compile(r"\b(?:not|don\W?t|dont|do not|never|no need to|without|won\W?t|didn\W?t)\b[^.?!\n,;]{0,20}$")

PLAN_WORDS = {
    "monthly": "monthly", "montly": "monthly", "monthy": "monthly", "month-to-month": "monthly", "1-month": "monthly",
    "quarterly": "quarterly", "quartely": "quarterly", "3-month": "quarterly",
    "annual": "annual", "anual": "annual", "annually": "annual", "anually": "annual", "yearly": "annual",
    "12-month": "annual", "1-year": "annual",
}
PLAN = re.compile(
    r"\b(monthly|montly|monthy|month-to-month|quarterly|quartely|annual|anual|annually|anually|yearly|"
    r"(?:1|one|3|three|12)[- ]month|(?:1|one)[- ]year)\b")

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
LABELLED_EMAIL = re.compile(
    r"\b(?:registered|account|contract(?:ing)?|login|sign-?up|billing|subscription)\b\s*(?:e-?mail|mail)?"
    r"\s*(?:id|address)?\s*(?:is|was|:|-|=)?\s*<?(?<![\w.+'-])([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)")
LABELLED_INVOICE = re.compile(
    r"\b(?:invoice|inv|bill|receipt|po|purchase order|payment ref(?:erence)?|transaction(?: id)?|order)"
    r"\s*(?:no\.?|number|num|#|id|ref)?\s*[:#-]?\s*([a-z0-9][a-z0-9/_-]{3,30})")
LABELLED_PROJECT = re.compile(
    r"\bproject(?: name)?\s*(?:is|:|-|–|—)\s*[\"'“]?([^\n\"”,;.]{2,60})", _I)
BRACKETS = re.compile(r"\[([^\]\n]{2,80})\]")
LABELLED_REASON = re.compile(
    r"\breason(?:\s+for\s+(?:the\s+)?(?:cancell?ation|refund|cancell?ing|request))?\s*(?:is|:|-|–)\s*(.{3,300})")
REASON_CUES = re.compile(
    r"\b(?:because|as (?:i|we)\b|since (?:i|we|the|it|you)\b|due to|reason|not (?:using|happy|satisfied|useful|"
    r"working|needed|required|worth)|no longer|(?:don\W?t|do not|didn\W?t|did not|never) (?:use|used|need|like|"
    r"work|meet)|too (?:expensive|costly|complicated|difficult)|expensive|costly|switch\w* to|mov(?:ed|ing) to|"
    r"changed (?:my|our) mind|budget|closing (?:down|the business|my business|our business)|shut(?:ting)? down|"
    r"found (?:a|an) (?:alternative|cheaper|better)|doesn\W?t (?:work|suit|meet)|unhappy|poor (?:service|quality|"
    r"support)|by mistake|mistakenly|accidental\w*|delay\w*|on hold|postponed|scope|funding|kyunki|zarurat nahi|"
    r"not (?:proceeding|going ahead|continuing|moving forward)|never (?:ordered|asked|agreed|received|used)|"
    r"use nahi|pasand nahi|kaam nahi|not (?:going|planning) to use|not required anymore|don't need it|"
    r"(?:haven\W?t|have not|hasn\W?t|has not|didn\W?t|did not) (?:used|use|needed|started|taken place)|"
    r"(?:is|was|been|got|are) (?:off|called off|cancell?ed|scrapped|shelved|dropped|postponed|on hold))\b")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
# Clauses: "please cancel my plan - we hired an in-house team"; "refund it; the project is off".
CLAUSE_END = re.compile(r"(?<=[.!?;])\s+|\s+[-–—]+\s+|\n+")

def _compile_each(patterns: Iterable[str], flags: int = 0) -> tuple[re.Pattern, ...]:
    # One pattern each, not one alternation: each keeps its literal-prefix fast path.
    return tuple(re.compile(p, flags) for p in patterns)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _first(patterns: tuple[re.Pattern, ...], text: str) -> re.Match | None:
    found = [m for p in patterns if (m := p.search(text))]
    return min(found, key=lambda m: m.start()) if found else None


@dataclass(frozen=True)
class BrandWords:
    """One brand's compiled patterns.  Keyword patterns (reasons, disputes)
    run on the lower-cased text and invoice patterns on the upper-cased text:
    case-insensitive matching costs 4× more."""

    reasons: tuple[tuple[str, tuple[re.Pattern, ...]], ...]
    dispute: tuple[re.Pattern, ...]
    invoice: tuple[tuple[re.Pattern, bool], ...]
    own_addresses: frozenset[str]

    @classmethod
    def of(cls, brand) -> BrandWords:
        reasons = tuple(
            (code, _compile_each(brand.reason_keywords.get(code, ())))
            for code in ("duplicate_payment", "billing_error", "access_failure")
        )
        # A leading \b would hide the pattern's literal prefix from the regex
        # engine's fast scan; invoices() checks that word boundary itself.
        invoice = _compile_each(p[2:] if p.startswith("\\b") else p for p in brand.invoice_patterns)
        bounded = tuple(p.startswith("\\b") for p in brand.invoice_patterns)
        return cls(reasons, _compile_each(brand.dispute_keywords), tuple(zip(invoice, bounded)),
                   brand.own_addresses)


class Extractor:
    """Extracts fields and intents for a brand (patterns compiled once)."""

    def __init__(self, brand, project_names: Iterable[str] = ()):
        self.words = BrandWords.of(brand)
        self.projects = ProjectNames(project_names)

    def extract(self, msg: InboundMessage) -> Extraction:
        found = self._extract(msg, msg.new_text)
        if not found.intents and msg.text != msg.new_text and FORWARD_SUBJECT.match(msg.subject):
            # A customer forwarding their own earlier request wants us to read it.
            found = self._extract(msg, msg.text)
        return found

    def _extract(self, msg: InboundMessage, body: str) -> Extraction:
        text = f"{msg.subject}\n{body}"
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lower-cased
            text = low
        said = before_sign_off(low)  # the request, without signature and footer
        fields = Fields()
        fields.reason_code, fields.reason = self.reason(text, said)
        fields.plan = plan_of(said)
        stated, labelled = self.stated_email(low)
        runs = digit_runs(low)
        invoices = self.invoices(text, low) or self.invoices(msg.forwarded_text, msg.forwarded_text.lower())
        if not invoices and FORWARD_SUBJECT.match(msg.subject) and body is not msg.text:
            invoices = self.invoices(msg.text, msg.text.lower())  # an Outlook forward's quoted block
        fields.invoice_number = invoices[0] if invoices else None
        fields.project_name = self.project(text, low) or self.project(msg.forwarded_text, "", labelled_only=True)
        return Extraction(
            fields=fields,
            intents=intents_of(said, fields.reason_code),
            dispute=self.dispute(said),
            stated_email=stated,
            stated_email_labelled=labelled,
            invoice_candidates=tuple(invoices),
            mentioned_dates=dates_in(low, msg.date.year if msg.date else None, runs),
            mentioned_amounts=amounts_in(low, runs),
        )

    def dispute(self, low: str) -> str | None:
        m = _first(self.words.dispute, low)
        return m.group(0) if m else None

    def reason(self, text: str, low: str) -> tuple[str | None, str | None]:
        """reason_code (L2) and the customer's words giving the reason."""
        labelled = LABELLED_REASON.search(low)
        said = " ".join(text[labelled.start(1):labelled.end(1)].split()) if labelled else None
        for code, patterns in self.words.reasons:
            m = _first(patterns, low)
            if m:
                return code, said or sentence_around(text, m.start())
        if said:
            return "other", said
        m = REASON_CUES.search(low)
        if m:
            return "other", sentence_around(text, m.start())
        said = unlabelled_reason(text)
        return ("other", said) if said else (None, None)

    def stated_email(self, low: str) -> tuple[str | None, bool]:
        """An address the customer wrote, and whether they named it as their account's."""
        own = self.words.own_addresses
        if "@" not in low:
            return None, False
        for m in LABELLED_EMAIL.finditer(low):
            if m.group(1) not in own:
                return m.group(1).rstrip("."), True
        for m in EMAIL.finditer(low):
            address = m.group(0).rstrip(".")
            if address not in own:
                return address, False
        return None, False

    def invoices(self, text: str, low: str) -> list[str]:
        found: list[str] = []
        if not text:
            return found
        upper = text.upper()
        if "- " in upper:  # "LO-INV- 2071": HTML spans split the number
            upper = SPLIT_NUMBER.sub("-", upper)
        for pattern, bounded in self.words.invoice:
            found += [m.group(0) for m in pattern.finditer(upper)
                      if not bounded or m.start() == 0 or not _is_word(upper[m.start() - 1])]
        for m in LABELLED_INVOICE.finditer(low):
            ref = m.group(1).upper().rstrip("-/_")
            if any(c.isdigit() for c in ref) and not any(ref in f or f in ref for f in found):
                found.append(ref)
        return list(dict.fromkeys(found))

    def project(self, text: str, low: str, labelled_only: bool = False) -> str | None:
        if not text:
            return None
        if not labelled_only:
            known = self.projects.find(low)
            if known:
                return known
        if "project" in (low or text.lower()):
            m = LABELLED_PROJECT.search(text)
            if m:
                return m.group(1).strip()
        first_line = text.split("\n", 1)[0]
        for m in BRACKETS.finditer(first_line):
            for part in re.split(r"\s*[/|,]\s*|\s+[-–—]\s+", m.group(1)):
                part = part.strip()
                if part and not self.invoices(part, part.lower()) and not re.fullmatch(r"[A-Z]+-\d+", part):
                    return part
        return None


SPLIT_NUMBER = re.compile(r"-[ \t]+(?=\d)")
FORWARD_SUBJECT = re.compile(r"\s*(?:fwd?|fw)\s*:", _I)
SIGN_OFF = re.compile(
    r"^[ \t]*(?:thanks (?:and|&) regards|thanks|thank you|many thanks|regards|best regards|kind regards|"
    r"warm regards|best wishes|best|cheers|sincerely|yours (?:sincerely|truly|faithfully)|rgds|br|thx|"
    r"dhanyavaad|shukriya)[ \t]*[,.!]*[ \t]*$", re.M)


def before_sign_off(low: str) -> str:
    """The text up to the sign-off line ("Regards,"): what follows is the
    signature, disclaimers and footers, whose words ("refund", "statutory
    rights") are not the customer's request.  Kept whole when the sign-off
    comes before anything was said."""
    m = SIGN_OFF.search(low)
    if m is None:
        return low
    said = low[low.find("\n") + 1:m.start()] if "\n" in low else ""
    return low[:m.start()] if len(said.split()) >= 3 else low


class ProjectNames:
    """The ledger's project names, found in text by their words (one dict
    lookup per word and name length, however many projects there are)."""

    WORD = re.compile(r"\w+")

    def __init__(self, names: Iterable[str]):
        self.by_words: dict[tuple[str, ...], str] = {}
        for name in names:
            words = tuple(w.casefold() for w in self.WORD.findall(name))
            if words:
                self.by_words.setdefault(words, name)
        self.lengths = sorted({len(k) for k in self.by_words}, reverse=True)

    def find(self, text: str) -> str | None:
        if not self.by_words:
            return None
        words = self.WORD.findall(text.casefold())
        for i in range(len(words)):
            for n in self.lengths:
                name = self.by_words.get(tuple(words[i:i + n]))
                if name:
                    return name
        return None


def intents_of(text: str, reason_code: str | None) -> set[str]:
    """What the customer asks for, from lower-cased text."""
    intents = set()
    if "polic" in text or "refundable" in text or "cancel plan" in text:
        text = POLICY_MENTION.sub(" ", text)
    if REFUND_WORDS.search(text) and not REFUND_NEGATED.search(text):
        intents.add(REFUND)
    if _asks_to_cancel(text):
        intents.add(CANCELLATION)
    if not intents and reason_code in ("duplicate_payment", "billing_error"):
        intents.add(REFUND)  # "I was charged twice" asks for the money back
    return intents


def _asks_to_cancel(text: str) -> bool:
    for m in CANCEL_WORDS.finditer(text):
        if not NEGATION.search(text, max(0, m.start() - 40), m.start()):
            return True
    return False


def plan_of(text: str) -> str | None:
    m = PLAN.search(text)
    if not m:
        return None
    word = re.sub(r"\s+", "-", m.group(1).lower()).replace("three", "3").replace("one-", "1-")
    return PLAN_WORDS.get(word)


GREETING = re.compile(r"(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|namaste|greetings|sir|madam|team)\b")
CLOSING = re.compile(r"(?:thanks|thank you|many thanks|regards|best|cheers|sincerely|warm|kind|thx|dhanyavaad|"
                     r"shukriya|looking forward|awaiting|please (?:help|advise|confirm|let me know|reply))\b")
FIELD_WORDS = re.compile(
    r"\b(?:invoice|inv|registered e-?mail|e-?mail|plan|project|order|receipt|payment id|po)"
    r"(?: (?:no\.?|number|name|id|ref\w*|address))?\s*(?:is\b|:|#|-)|@")
REQUEST_WORDS = re.compile(r"\b(?:refund|cancel(?!l?ed\b)|money back|reimburse|wapas|band kar)")
BOILERPLATE = re.compile(
    r"\b(?:confidential|privileged|intended (?:solely |only )?for|disclaimer|this (?:e-?mail|message) (?:and|is|was|"
    r"may)|virus|unsubscribe|sent from my|do not reply|automatically generated|legally binding|in error)")
MIN_REASON_WORDS = 5


def unlabelled_reason(text: str) -> str | None:
    """A reason written without any cue word ("We hired an in-house developer.").

    The customer's first sentence that is not a greeting, a sign-off, a bare
    request or a statement of account details, and has a few words."""
    body = text.split("\n", 1)[1] if "\n" in text else text  # not the subject
    for sentence in CLAUSE_END.split(body):
        words = sentence.split()
        low = sentence.lower().strip(" ,.!-:")
        if len(words) < MIN_REASON_WORDS or GREETING.match(low) or CLOSING.match(low):
            continue
        if REQUEST_WORDS.search(low) and len(words) <= 14:
            continue
        if BOILERPLATE.search(low):
            break  # a disclaimer: what follows is boilerplate too
        if FIELD_WORDS.search(low) and len(words) <= 10:
            continue
        return " ".join(words)[:300]
    return None


def sentence_around(text: str, index: int) -> str:
    """The sentence (or line) of ``text`` that contains ``index``."""
    start = 0
    for m in SENTENCE_END.finditer(text, 0, index):
        start = m.end()
    end_match = SENTENCE_END.search(text, index)
    end = end_match.start() if end_match else len(text)
    return " ".join(text[start:end].split())[:300]
