"""The numbers and names the reading rules of :mod:`mailbot.reading.extract` share (split out of it
so that its reason, intent and forward readers can use them), and the small pure helpers they call."""

from __future__ import annotations

from mailbot.models import Extraction
from mailbot.reading.patterns import compile_one
from mailbot.reading.scan import Scan
from mailbot.reading.wording import REASON_CODES

MIN_REASON_WORDS = 5
COLON_REASON_WORDS = 4
"""After a colon that follows the ask ("Je mets fin au « X » : ma nièce reprend Instagram."), a
shorter reason is enough: the colon itself introduces the explanation (fix13)."""
MIN_LEADING_REASON_WORDS = 4
"""A reason the customer puts before the request in the same sentence ("we're selling the cafe, so
please refund ...") may be shorter than one standing alone: the request after it says what it explains."""
JOINED_CLAUSE_WORDS = 3
"""(fix38l) Words a reason needs that is a clause of its own joined to the ask by "and" and a new subject ("A temporada
acabou e queremos cancelar", "La tienda cerró y queremos ..."): its shape says it is a statement, subject and verb."""
LONG_ASKING_SENTENCE = 14
"""Words of an asking sentence above which any part after the ask may hold its reason (below, only a
part after a colon: "Cancel the project: the client went bankrupt.")."""
TRAILING_REASON_WORDS = 3
"""Words of a statement closing an asking sentence after its last comma that may be its reason, when no
sentence gives one ("..., a loja fechou", fix15)."""
RESTATEMENT_WORDS = 8
"""A labelled reason shorter than this that asks for the refund or cancellation restates it."""
REASON_CHARS = 300
"""Characters of the customer's words kept as a reason."""
MAX_PARTS = 50
"""Parts (set off by commas and colons) of one asking sentence looked at for its reason."""
REQUEST_NAMES = frozenset({"refund", "cancellation", "dispute", *(f"reason.{code}" for code in REASON_CODES)})
PART_SPLIT = compile_one(r"\s*[/|,]\s*|\s+[-–—]\s+")
CASE_REFERENCE = compile_one(r"[A-Z]+-\d+")
SUBJECT_NAMES = ("forward_subject", "reply_subject")
CUE_NAMES = ("reason_cue", *(f"reason.{code}" for code in REASON_CODES))
INVOICE_NAMES = ("invoice", "label_invoice")
BEFORE_NAMES = ("negation_before", "past_before", "threat_condition")
HYPOTHESIS_NAMES = ("hyp_condition", "hyp_question", "polite_condition")
RESTATE_NAMES = ("request", "ask_refund", "ask_cancellation", "cancellation_past", "own_closing")
"""The names :func:`~mailbot.reading.wording.restates_request` asks of a sentence scan."""
DECLINE_NAMES = ("refund_negated", "refund_ultimatum", "refund_not_received", "refund_kept", "refund_accepted")
"""The words that decline a refund, or demand one by a deadline, or keep a request whose withdrawal is negated (a
decline inside either declines nothing)."""
SETTLEMENT_NAMES = (*DECLINE_NAMES, "refund_part_excluded", "refund")
"""The declines read with the refund words and the parts known not refunded (fix44z), in one engine."""


def fewest_reason_words(mark: str, rest: str) -> int:
    """Words a reason after an ask needs: fewer after a colon, when at least two of them are no
    capitalised name (so "Objet : Community Management Bistrot Lulu" stays a name, fix13)."""
    words = rest.split()
    if mark == ":" and sum(1 for w in words if not w[:1].isupper()) >= 2:
        return COLON_REASON_WORDS
    return MIN_REASON_WORDS


def within(said: str, note: str) -> bool:
    """Whether the reason read (whitespace joined) is words of the note."""
    return " ".join(said.split()) in " ".join(note.split())


def reads_more(found: Extraction, again: Extraction) -> bool:
    """Whether reading a forward's quoted part (``again``) tells more than its new text (``found``):
    a request where there was none, more intents, a reason where there was none, or one of the
    three exception reasons where the new text gave only another reason (fix9: a note saying
    "I sent this to the wrong address" is not the reason of the forwarded duplicate-charge
    refund).  Never fewer intents."""
    if not again.intents or not again.intents >= found.intents:
        return False
    if again.intents > found.intents:
        return True
    if found.fields.reason is None and again.fields.reason is not None:
        return True
    plain = (None, "other")
    return found.fields.reason_code in plain and again.fields.reason_code not in plain


def unwrapped_before(before: str) -> str:
    """The words before an intent word, with a hard wrap inside the phrase joined ("Pas\\nd'annulation",
    "I do not\\nwant to cancel"): when the intent word's line starts with at most two words before it, the
    previous line's end belongs to the same phrase.  An intent word at the start of its line ("Not happy\\n
    Cancel my plan") is left alone: that line is its own sentence."""
    cut = before.rfind("\n")
    if cut < 0:
        return before
    tail = before[cut + 1:]
    if not tail.strip() or len(tail.split()) > 2:
        return before
    return before[:cut].rstrip("\n") + " " + tail if not before[:cut].endswith("\n") else before


WRAPPED_LINE_CHARS = 50
"""(fix34b) How long a line must be to be a hard-wrapped line of a paragraph rather than a short line of its own."""


def line_end_before(said: str, at: int) -> str | None:
    """(fix34b) The end of the line before the intent word at ``at`` when that word opens its line and the line
    before is a full-width line of the same paragraph (at least :data:`WRAPPED_LINE_CHARS` characters, ending in a
    letter: no sentence or clause end): "wir möchten keine Erstattung und auch nicht\nkündigen" is one phrase cut by
    the mail client.  None when the word does not open its line or the line before is short or ends a sentence
    ("Not happy\nCancel my plan")."""
    line = said.rfind("\n", 0, at)
    if line < 0 or said[line + 1:at].strip():
        return None
    first = said.rfind("\n", 0, line) + 1
    previous = said[first:line].rstrip()
    if len(previous) < WRAPPED_LINE_CHARS or not previous[-1:].isalpha():
        return None
    return previous[-40:] + " "


def sets_a_condition(found: Scan) -> bool:
    """Whether a condition word of the sentence sets a condition: "if possible", "si es posible",
    "wenn möglich" only ask politely (``intents.polite_condition``)."""
    return bool(_conditions_set(found))


def condition_met(found: Scan, met: Scan) -> bool:
    """(fix36b) Whether every condition word of the sentence that sets a condition (``found``, see
    :func:`sets_a_condition`) lies inside a condition restating a failure going on (``met``, ``intents.condition_met``:
    "wenn das nicht läuft").  The caller asks it only when the email states that failure (an access failure)."""
    spans = [(m.start(), m.end()) for m in met.finditer("condition_met")]
    setting = _conditions_set(found)
    return bool(setting) and all(any(s <= at < e for s, e in spans) for at in setting)


def _conditions_set(found: Scan) -> list[int]:
    """Where the sentence's condition words that set a condition start: every ``hyp_condition`` outside a
    polite one (``intents.polite_condition``: "if possible")."""
    polite = [(m.start(), m.end()) for m in found.finditer("polite_condition")]
    return [m.start() for m in found.finditer("hyp_condition") if not any(s <= m.start() < e for s, e in polite)]


GREETING_CHARS = 40
"""How far into a sentence the comma that ends a greeting on the same line may come ("Hi Optima team,")."""


def after_a_greeting(sentence: str) -> str | None:
    """What follows a greeting written on the same line as the customer's words ("Boa noite pessoal,
    pagamos a alteração ..."): the text after its first comma, within the first few words, when it
    still has the words of a reason.  None when the sentence is a greeting alone, or when what follows is
    a question or states an address: neither is a reason."""
    comma = sentence.find(",", 0, GREETING_CHARS)
    if comma < 0:
        return None
    rest = sentence[comma + 1:].strip()
    if len(rest.split()) < MIN_REASON_WORDS or rest.endswith("?") or "@" in rest:
        return None  # a question ("Hi, how do I add a user?") or an address stated is no reason
    return rest


def opening_greeting(sentence_engine, text: str) -> int:
    """(xfer29) Where a greeting opening ``text`` ends ("hi ", "hallo zusammen "), -1 when none opens it: the one rule
    for every reading that passes over a greeting before the customer's words in the same sentence (the part before
    a comma, :meth:`~mailbot.reading.unlabelled_reason.UnlabelledReasonReading._leading_reason`; the statement
    dictated before a "please", ``_dictated_reason``; a sentence holding a reason cue, ``ReasonReading._without_greeting``).  Decision: a greeting of any language the brand reads, not
    only one of the email's own: a German mail that opens with the English "hi" ("hi ich brauche das tool nicht mehr
    bitte geld zurück") greets as much as one opening "hallo", and a greeting is never a reason (POLICY_SPEC
    section 8).  ``sentence_engine``: the brand's sentence engine (its ``text.greetings``, anchored at the start)."""
    found = sentence_engine.subset("greeting").scan(text.lower(), None).search("greeting")
    return found.end() if found is not None else -1


GREETING_JOINERS = " ,.!-:/|;\u2013\u2014"
"""What sets apart the greetings of a line written in two languages ("Bom dia / Guten Morgen,")."""


def greetings_only(sentence_engine, text: str, most: int = 4) -> bool:
    """(fix46z) Whether ``text`` is made only of greetings of any language the brand reads, one after the other
    (:func:`opening_greeting`), set apart by a slash, a bar, a dash or a comma: "Bom dia / Guten Morgen," in a German
    mail, "Namaste / Hello", "Hola - Hello team".  Decision (POLICY_SPEC section 8: greetings are no reason): a greeting
    line doubled in the customer's other language greets as much as one in the mail's own, so it is never the reason
    (an Optima cancellation with nothing else said asks for one, C3); a line with a word of its own after the greetings
    ("Hi / Hallo, wir schließen den Laden") is not greetings only."""
    rest = text.strip(GREETING_JOINERS)
    for _ in range(most):
        at = opening_greeting(sentence_engine, rest)
        if at <= 0:
            return False
        rest = rest[at:].strip(GREETING_JOINERS)
        if not rest:
            return True
    return False

def header_line(line: str) -> bool:
    """``Sent: …``, ``De : …``, ``Gesendet: …``: a header of a quoted or forwarded email
    (one or two words of letters or hyphens, at most 20 characters, then a colon: ``Enviado el:``), not the customer's words."""
    head, colon, _ = line.strip().partition(":")
    head = head.strip()
    return bool(colon) and 0 < len(head) <= 20 and len(head.split()) <= 2 \
        and head.replace("-", "").replace(" ", "").isalpha()


PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~“”‘’«»„‚–—…·•\u0964\u0965"
"""What :func:`words_of` splits at, besides white space."""
_ASCII_PUNCTUATION = bytes.maketrans(PUNCTUATION.encode("ascii", "ignore"),
                                     b" " * len(PUNCTUATION.encode("ascii", "ignore")))
_WIDE_PUNCTUATION = tuple(c for c in PUNCTUATION if not c.isascii())


def words_of(text: str) -> list[str]:
    """The words of ``text``, case-folded: split at white space and punctuation (no regex).

    Issue 8 (speed): ``str.translate`` with a table takes its fast path only while the text is
    ASCII; one ``é`` or ``₹`` sends the rest through a dictionary look-up a character, ~540 µs on
    the benchmark's ~6,000 characters of new text (15% of a worker's reading).  So the dozen
    punctuation marks outside ASCII are replaced one by one (each a fast search, only when the
    text is not ASCII) and the ASCII ones in the UTF-8 bytes (an ASCII byte never occurs inside
    a longer UTF-8 sequence): the same words, ~180 µs."""
    folded = text.casefold()
    if not folded.isascii():
        for mark in _WIDE_PUNCTUATION:
            if mark in folded:
                folded = folded.replace(mark, " ")
    spaced = folded.encode("utf-8", "surrogatepass").translate(_ASCII_PUNCTUATION)
    return spaced.decode("utf-8", "surrogatepass").split()

