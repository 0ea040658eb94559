"""What a subject that asks a question leaves to the body (fix28a), and the small readers
:meth:`~mailbot.reading.intents.IntentReading._asks` uses on one occurrence of an intent's words: a
subject opening with a condition, a cancellation told as done, a negation that is a threat's condition,
a refund word inside a deadline, a prohibition read across asides (C4 intents, section 8)."""

from __future__ import annotations

from dataclasses import dataclass

from mailbot.reading.scan import Scan
from mailbot.reading.sentences import sentence_bounds


INSERTIONS = 2
"""(fix38l) Asides set off by commas ("under any circumstances") a prohibition is read across to the cancellation word."""
INSERTION_WORDS = 8
"""(fix38l) Words an aside between a prohibition and the cancellation word may hold."""
OBJECT_WORDS = 3
"""(fix38l) Words after the last aside before the cancellation word ("das Abo", "ever")."""
INSERTION_REACH = 160
"""(fix38l) Characters before the cancellation word read for a prohibition and its asides."""


@dataclass
class SubjectQuestion:
    """The subject's question about an intent, read against the body (fix28a).  A subject that asks about an
    outcome ("Would I get my deposit back?") is a request unless the body's only occurrences are a conditional
    question ("if the deal falls through, would the deposit be refundable?"): then it asks about the same
    hypothetical case.  A subject that is a question of its own, ending with "?", without a question word
    ("Before I sign - refund on deposit?", "Erstattung der Anzahlung?") is read the same way: a body whose only
    words of the intent are a conditional question before buying makes it hypothetical (section 8: a policy
    question), and so does one whose only words ask about the terms ("Kündigung?" over "Kann man monatlich
    kündigen?", ``intents.policy_mention``); a body that asks nothing on its own leaves the subject's question a
    request, and so does a condition without a question ("Erstattung Testphase?" over "falls etwas abgebucht
    wurde, bitte erstatten": a request on a condition).

    (fix31l) A bare cancellation subject ("Cancellation", "Kündigung", "Re: Résiliation") is the headline of the
    body, not a request of its own, when the body's words of the intent only doubt, decline, tell a past event or
    ask about a hypothetical case ("not sure yet whether we should cancel, what would happen to our data?"): then
    the body's doubt wins and nothing is asked.  Decision (an unsafe cancellation is worse than a question): only a
    subject made of the intent's words alone, after a reply or forward prefix; a body that asks to cancel asks, and
    a body that never names the intent leaves the subject a request, as before ("Kündigung" over "Bitte bestätigen
    Sie per E-Mail"); so does a question about consequences with no word of the intent in the body ("What would
    happen to our data?"), which a person reads as a cancellation anyway.  Only the cancellation: a bare refund
    subject is read as before."""

    ends_with_question: bool  # the subject line ends with "?"
    asked: bool = False  # the intent's words in the subject, in a question
    plain: bool = False  # ... in a question without a question word ("Erstattung Testphase?")
    body_in_question: bool = False  # the body's words of the intent are a conditional question
    body_of_policy: bool = False  # the body's words of the intent ask about the terms
    bare: bool = False  # (fix31l) the subject is the intent's word alone ("Cancellation", "Re: Kündigung")
    body_declines: bool = False  # (fix31l) the body's words of the intent are doubted, declined or told as past

    def verdict(self, hypothetical: bool) -> str | None:
        """"asks", "hypothetical" or None once every occurrence has been read and none asked on its own."""
        if self.bare and not self.body_declines and not hypothetical:
            return "asks"  # (fix31l) "Kündigung" over a body that asks nothing of its own: the subject asks
        if self.asked and not hypothetical and not self.body_of_policy:
            return "asks"
        if self.plain and not self.body_in_question and not self.body_of_policy:
            return "asks"  # (fix28a) "Erstattung Testphase?" over "falls etwas abgebucht wurde, bitte erstatten"
        return "hypothetical" if hypothetical else None


def mark(questions: list[SubjectQuestion], **flags: bool) -> None:
    """(fix45k) Set each of ``flags`` that is true on every one of ``questions`` (a reading and its shadow,
    :meth:`~mailbot.reading.intents.IntentReading._asks` ``hiding``); a false one leaves the flag as it was."""
    for question in questions:
        for name, value in flags.items():
            if value:
                setattr(question, name, True)


def bare_subject(subject: str, start: int, end: int) -> bool:
    """(fix31l) Whether the intent's words between ``start`` and ``end`` are the whole subject line but for a reply or
    forward prefix of up to four letters each ("Re: Fwd: Cancellation", "AW: Kündigung") and punctuation."""
    head = subject[:start].replace(" ", "").split(":")
    return head[-1] == "" and all(len(p) <= 4 and p.isalpha() for p in head[:-1]) \
        and not any(c.isalnum() for c in subject[end:])


def opens_with_a_condition(found: Scan) -> bool:
    """(fix19) Whether a subject opens with a condition that is no polite one ("Wenn ich kündige...",
    "If I cancel now", "Si cancelo"): such a subject is the first half of the customer's question, it asks
    nothing by itself (section 8, hypotheticals); the body decides.  Decision: only a condition at the
    subject's very start counts, so "Kündigung, falls möglich" and "Cancel - if not fixed by Friday" still ask."""
    polite = [(m.start(), m.end()) for m in found.finditer("polite_condition")]
    return any(m.start() <= 1 and not any(s <= m.start() < e for s, e in polite)
               for m in found.finditer("hyp_condition"))


def told_as_done(scan: Scan, body_start: int, end: int) -> bool:
    """(fix19) Whether the body tells a cancellation as already made, with its tense (``intents.cancellation_done``:
    "ich habe schon im August gekündigt", "we cancelled the retainer on 3 November"): then the subject's
    cancellation word ("Kündigung – Nachtrag", "Re cancellation") names the matter the customer writes
    about, it asks no new cancellation.  Decision (section 8: a past event is no request): the body's
    words decide; a body that asks to cancel as well returns before this is looked at."""
    return scan.search("cancellation_done", body_start, end) is not None


def demanded_by_a_threat(scan: Scan, said: str, at: int, before: Scan) -> bool:
    """Whether the negation before the intent word at ``at`` states the condition of a threat in
    the same sentence ("Voy a Profeco si no me cancelan", "se não cancelarem, abro reclamação no
    Procon"): the intent is demanded, not declined (pb17).  Without a dispute threat in the
    sentence, "si no me cancelan" stays a negation (a question or a hypothesis)."""
    if not before.has("threat_condition"):
        return False
    first, last = sentence_bounds(said, at, wrapped=True)
    return scan.search("dispute", first, last) is not None


def in_an_ultimatum(scan: Scan, at: int, end: int) -> bool:
    """Whether the refund word at ``at`` lies inside a refund demanded by a deadline ("refund nahi
    mila to chargeback karunga", "without a refund within 48 hours"): no decline (fix16)."""
    m = scan.search("refund_ultimatum", max(0, at - 40), min(end, at + 60))
    return m is not None and m.start() <= at < m.end()


def prohibited_across_insertions(said: str, at: int, prohibition, active) -> bool:
    """(fix38l) Whether a prohibition aimed at the business (``intents.prohibition``: "don't you dare", "bloß nicht",
    "ni se les ocurra") closes just before words set off by commas right before the cancellation word at ``at``
    ("Don't you dare, under any circumstances, cancel my account", "Never, ever, cancel"): the set-off words are an
    aside, the prohibition reaches the word across them (the 40 characters of
    :meth:`~mailbot.reading.intents.IntentReading._own_clause` stop at a comma).  Decision: only a prohibition closing at the first comma, and at most :data:`INSERTIONS` asides of at most
    :data:`INSERTION_WORDS` words each, in one sentence, then at most :data:`OBJECT_WORDS` words (the verb's object
    in German: "bloß nicht, ich wiederhole, das Abo kündigen"); "It does not work, unfortunately, cancel my plan" (a
    negation, no prohibition) still asks.  ``prohibition``: the window engine's ``intents.prohibition`` (moved from
    :mod:`mailbot.reading.intents` by fix45k)."""
    head = said[max(0, at - INSERTION_REACH):at].rstrip()
    cut = head.rfind(",")  # "Bloß nicht, ich wiederhole, das Abo kündigen": the verb's object may come first
    if cut < 0 or len(head[cut + 1:].split()) > OBJECT_WORDS or any(c in head[cut + 1:] for c in ".!?;:\n"):
        return False
    head = head[:cut + 1]
    for _ in range(INSERTIONS):
        if not head.endswith(","):
            return False
        head = head[:-1]
        comma = head.rfind(",")
        aside = head[comma + 1:]
        if comma < 0 or len(aside.split()) > INSERTION_WORDS or any(c in aside for c in ".!?;:\n"):
            return False
        head = head[:comma].rstrip()
        if prohibition.scan(head[-40:] + " ", active).has("prohibition"):
            return True
        head += ","  # "Do not, I repeat, ever, cancel": one more aside before
    return False
