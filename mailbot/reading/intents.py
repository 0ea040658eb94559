"""What the customer asks for: refund and cancellation requests, read with their negations,
hypotheticals, past events and policy questions, and dispute or legal threats (C4)."""

from __future__ import annotations

from dataclasses import replace

from mailbot.models import CANCELLATION, REFUND
from mailbot.reading.aside_declines import (ASIDE_WORDS, CLAUSE_DASHES, declines_a_dispute, refund_declines,
                                           reversals_declined)
from mailbot.reading.disputes import holds_a_dispute
from mailbot.reading.scan import Scan
from mailbot.reading.money_back import not_money, unnamed_money
from mailbot.reading.pauses import CANCELLATION_SET_ASIDE, paused
from mailbot.reading.reading_rules import (BEFORE_NAMES, HYPOTHESIS_NAMES, condition_met, line_end_before,
                                           sets_a_condition, unwrapped_before)
from mailbot.reading.refund_settlement import RefundSettlement
from mailbot.reading.sentences import sentence_bounds
from mailbot.reading.subject_question import (
    INSERTION_REACH, SubjectQuestion, bare_subject, demanded_by_a_threat, in_an_ultimatum, mark, opens_with_a_condition,
    prohibited_across_insertions, told_as_done,
)


UNDECIDED_REACH = 200
"""How far before a cancellation word its clause is read for a doubt opening it (fix33l, ``intents.undecided``)."""


class IntentReading(RefundSettlement):
    """Methods of :class:`~mailbot.reading.extract.Extractor` (it holds ``patterns``, ``projects``,
    ``dates``, ``own_addresses``; see its ``__init__``); the dispute words are read by :class:`~mailbot.reading.disputes.DisputeReading`, what
    settles or declines a refund by :class:`~mailbot.reading.refund_settlement.RefundSettlement` (fix35l)."""

    def intents(self, scan: Scan, low: str, end: int, reason_code: str | None, active,
                notes: list[str], start: int = 0, withdrawn: set[str] | None = None,
                payer: set[str] | None = None) -> set[str]:
        """What the customer asks for, from the lower-cased text between ``start`` and the sign-off.

        (fix35l) An accepted refusal ("fair enough re the refund", ``intents.refund_accepted``) no longer declines every
        refund of the email: it settles the refund it refers to, not a refund asked about a charge with an exception of
        its own (:meth:`_settled_by_acceptance`).
        (fix36a) A refund this email declines or tells as received while asking none is added to ``withdrawn``: in a
        thread it takes back the refund an earlier email asked ("Re: ..." "we're staying with you, we don't want the
        refund").  Decision: only the refund (money); a decline that sets another refund aside
        (:meth:`_declines_another_refund`) or sits in a deadline is no withdrawal, and a refund asked again in the same
        email or a later one stands.
        (fix38l) So does a cancellation taken back (``intents.cancellation_withdrawn``: "please ignore my cancellation,
        we are staying", "olvidad la baja"): added to ``withdrawn`` when this email asks no cancellation itself.
        Decision: only a withdrawal of the cancellation by name (its request, notice or mail); "don't ignore my
        cancellation" (negated) is none, and a cancellation asked in the same email or a later one stands.
        (fix43k) ``payer``: gets the refund a question would ask if no ``intents.before_buying`` were told (the
        extractor's reading for a payer, :attr:`~mailbot.models.Extraction.payer_asks`); (fix44k) read in the same
        pass, from the refund questions the before-buying rule set aside (:meth:`_asks` ``aside``)."""
        said = low[:end]
        policy = [(m.start(), m.end()) for m in scan.finditer("policy", end)]
        intents = set()
        hypothetical = False
        # "Without a refund within 48 hours I will ...": the decline word sets a deadline, it demands the refund (fix16)
        ultimatums = [(m.start(), m.end()) for m in scan.finditer("refund_ultimatum", end)]
        # "ainda não recebi o reembolso": a receipt denied is no decline, the refund is still awaited (fix20)
        still_asked = [(m.start(), m.end()) for m in scan.finditer("refund_not_received", end)]
        # "no olviden mi solicitud de reembolso": a withdrawal negated is a reminder, the request stands (fix33l)
        still_asked += [(m.start(), m.end()) for m in scan.finditer("refund_kept", end)]
        received = self._refunds_received(scan, said, end, active)
        # (fix35l) "fair enough re the refund": an accepted refusal settles the refund it refers to, see below
        accepted = [(m.start(), m.end()) for m in scan.finditer("refund_accepted", end)]
        declines = [m for m in refund_declines(self.patterns, scan, said, end, active)  # (fix46k) and across an aside
                    if not any(s <= m.start() < e for s, e in ultimatums + accepted)
                    and not any(s < m.end() and m.start() < e for s, e in still_asked)
                    and not self._declines_another_refund(scan, said, m, reason_code)
                    and not self._sets_a_part_aside(scan, m, end) and not declines_a_dispute(self.patterns, scan, said, m, end, active)]
        # (fix29l) a receipt's own words ("the refund has reached our account") settle all but a new exception's sentence
        receipts = [m for m in declines if any(s < m.end() and m.start() < e for s, e in received)]
        negated = len(receipts) < len(declines)
        settled = received + (self._settled_by_receipts(scan, said, end, received) if receipts else [])
        settled += self._reply_topic_of_receipt(scan, said, received)
        settled += self._settled_by_acceptance(scan, said, end, accepted) if accepted else []
        # "Gracias por cancelar mi plan ayer": a thank-you for what was done asks nothing (section 8, fix27l)
        thanked = [(m.start(), m.end()) for m in scan.finditer("thanked_done", end)]
        policy = policy + thanked
        # "Last spring you refunded a double charge for us": a told refund whose match opens before the
        # refund word (its subject, a time word) covers that word, which asks nothing either (fix27c)
        past = [(m.start(), m.end()) for m in scan.finditer("refund_past", end)]
        if not negated or all(m in receipts or holds_a_dispute(scan, m, end) for m in declines):  # (fix46x) a dispute ruled out
            unnamed = unnamed_money(scan, said, end)  # (fix31l) "Can we get it back?" with no money named in reach
            unnamed += not_money(scan, said, end) + reversals_declined(self.patterns, scan, said, end)  # (fix33l, fix46k)
            aside: list[int] = []
            # (fix44z) "sé que el setup no se devuelve": the words of a part known not refunded ask for nothing
            unnamed += [m.span() for m in scan.finditer("refund_part_excluded", end)]
            state = self._asks(scan, "refund", said, policy + settled + past + unnamed, active, start,
                               failing=reason_code == "access_failure", aside=aside)
            hypothetical |= state == "hypothetical"
            if state == "asks":  # (the wrap is looked at only when a refund would be read: fix21)
                negated = self._declined_across_a_wrap(scan, said, end, active, settled)
                if not negated:
                    intents.add(REFUND)
            elif aside and payer is not None and not self._declined_across_a_wrap(scan, said, end, active, settled):
                payer.add(REFUND)  # (fix43k) a prospect's refund question, asked if the sender pays the invoice
        # (fix44y) "ya no quiero el servicio, devuélvanme el dinero": beside a refund asked, the service told as no longer
        # wanted is the refund's reason (section 5, example 3: a cancellation offered, not asked)
        unwanted = [(m.start(), m.end()) for m in scan.finditer("unwanted_beside_refund", end)] if REFUND in intents else []
        hidden: list[int] = []  # (fix45k) where the unwanted spans hid an ask, read in the same pass
        state = self._asks(scan, "cancellation", said, policy, active, start, hiding=unwanted, hidden=hidden)
        hypothetical |= state == "hypothetical"
        if state == "asks":
            intents.add(CANCELLATION)
        elif hidden:
            notes.append("a service no longer wanted, told beside a refund: the refund's reason, not a cancellation request")
        # "Last year you refunded me a double charge": the exception told in the sentence of a refund
        # already made is the story of that refund, a past event (section 8), not a new ask (fix24e)
        told = [sentence_bounds(said, at, wrapped=True) for s, e in past for at in {s, max(s, e - 1)}]
        if not intents and not negated and not received and not accepted \
                and reason_code in ("duplicate_payment", "billing_error") \
                and self._stated_outside_policy(scan, reason_code, policy + told, end) \
                and not self._declined_across_a_wrap(scan, said, end, active, settled):
            intents.add(REFUND)  # "I was charged twice" asks for the money back
        if CANCELLATION not in intents and scan.search("cancellation_contested", 0, end) is not None:
            # (fix33l) "I object to your cancellation": the customer contests the business's cancellation, a person decides
            notes.append("an objection to a cancellation made by the business, not a cancellation request")
        if hypothetical and not intents:
            notes.append("a policy question (a refund or cancellation asked about 'if…'), not a request")
        if payer and REFUND in intents:
            payer.discard(REFUND)  # (a charge stated twice asks it anyway)
        if withdrawn is not None and REFUND not in intents and (negated or received):
            withdrawn.add(REFUND)
        if CANCELLATION not in intents and scan.search("cancellation_withdrawn", start, end) is not None:
            # (fix38l) "please ignore my cancellation, we are staying": in a thread it takes back the earlier email's
            notes.append("a cancellation request taken back, not a request")
            if withdrawn is not None:
                withdrawn.add(CANCELLATION)
        return intents

    def _own_clause(self, said: str, at: int, active, reach: int = 40) -> str:
        """The words before the intent word at ``at`` within its own clause: after the last conjunction that opens
        a new clause with its own subject (``intents.new_clause``: "Es funktioniert nicht mehr und ich kündige",
        "ça ne marche plus et je résilie", the subject maybe the intent words' own first word), so a negation of
        the clause before ("nicht mehr") does not reach the intent word (fix27l).  Decision: a compound subject
        ("you and I", "Sie und ich") opens no clause, the packs ask for a word of four letters or more before
        the conjunction; "and nothing cancelled" (no subject) stays declined.  A colon ends the clause too (stop 34):
        "El plan no nos sirve: cancelen la suscripción", "Wir wollen den Plan nicht mehr: bitte kündigen Sie" ask,
        as they do after a full stop or a semicolon; a negation after the colon ("Bitte: nicht kündigen") still
        declines.  (fix45k) So does a dash set apart by spaces (" - ", " – ", " — ", where :func:`clauses` cuts): "Ya no
        lo usamos - cancelen la suscripción", "Wir haben das Jahresabo – bitte beenden Sie es" ask."""
        before = unwrapped_before(said[max(0, at - reach):at])
        colon = before.rfind(":")
        if colon >= 0 and not before[colon + 1:colon + 2].isdigit():  # (a clock time "10:30" is no clause end)
            before = before[colon + 1:]
        # (fix45k) "Wir brauchen das nicht mehr – kündigen Sie bitte das Abo": one dash in its line ends it too, unless the
        # part before it ends in a negation ("Bitte nicht – kündigen"); two set an aside apart ("We will not - I repeat -")
        dash = max(before.rfind(mark) for mark in CLAUSE_DASHES)
        line = said[max(0, at - INSERTION_REACH):at].rsplit("\n", 1)[-1]
        if dash >= 0 and sum(line.count(mark) for mark in CLAUSE_DASHES) == 1 \
                and not self._ends_in_a_negation(before[:dash], active):
            before = before[dash + 3:]
        elif dash >= 0 and 0 <= (opening := max(before.rfind(mark, 0, dash) for mark in CLAUSE_DASHES)) \
                and len(before[opening + 3:dash].split()) <= ASIDE_WORDS:  # (stop 35) read without the aside
            before = before[:opening] + " " + before[dash + 3:]  # "No queremos - de ninguna manera - cancelar"
        wrapped = line_end_before(said, at)
        if wrapped is not None and self._ends_in_a_negation(wrapped, active):
            before = wrapped  # (fix34b) "... und auch nicht\nkündigen": the wrap cuts the phrase after its negation
        seen = before + said[at:at + 16]
        last = None
        for m in self.patterns.window.subset("new_clause").scan(seen, active).finditer("new_clause"):
            if m.start() < len(before):
                last = m
        return before[last.end():] if last is not None else before

    def _ends_in_a_negation(self, line_end: str, active) -> bool:
        """(fix34b) Whether the last word of a wrapped line is itself a negation (``intents.negation_before`` read on that
        word alone: "nicht", "not", "pas", "nahi"): only then does the negation reach the intent word opening the next
        line, so "Wir sind nicht zufrieden mit den Ergebnissen der letzten Monate\nkündigen Sie" still asks."""
        words = line_end.split()
        if not words:
            return False
        return self.patterns.window.subset("negation_before").scan(words[-1] + " ", active).has("negation_before")

    def _asks(self, scan: Scan, name: str, said: str, policy, active, start: int = 0, failing: bool = False,
              aside: list[int] | None = None, hiding=(), hidden: list[int] | None = None) -> str | None:
        """"asks" when some occurrence of the intent's words is a request; "hypothetical"
        when the only ones are in conditional questions; None otherwise.  A subject's question is read against
        the body (:class:`~mailbot.reading.subject_question.SubjectQuestion`, fix28a).  (fix19) A refund word
        in the subject is no request when the body tells a refund as made ("Subject: Deposit refund from
        last year" over "you refunded our deposit when we postponed"; ``intents.refund_past``): the
        subject names what the body tells.  Decision: a refund asked in the body's own words, or a
        duplicate charge or billing error stated there, is still read as a request.  (fix31l) A bare cancellation
        subject ("Cancellation", "Re: Kündigung") over a body that only doubts, declines or asks about a hypothetical
        case is no request (:class:`~mailbot.reading.subject_question.SubjectQuestion`).
        (fix29l) A third person's present wish to cancel their own plan ("My colleague wants to cancel his plan",
        ``intents.others_wish``) asks nothing of the sender's plan, as their past cancellation (fix27l) does not.
        Decision: only with that person's own plan ("his", "her", "their", "su", "seinen", "son", "dele"); a
        colleague's wish about "our" or "the" plan, and "my colleague asked me to cancel our plan" (the sender passes
        on a request about the shared account they write from), are still read as the sender's request: the account
        holder is the one writing, and C2 covers a request about an account that is not theirs.
        (fix36a) In an email that tells the customer has not bought yet (``intents.before_buying``), an intent word in
        a question of the body asks about the terms (section 8: a policy question before buying); decision: only a
        question ("?"), so an imperative ("cancel my plan") in such an email still asks.  (fix42x) So does the subject's
        word in such an email when the body asks a question ("Refund terms before we commit", "Dúvida sobre reembolso"
        over "if we paid the deposit and changed our minds, would any of it come back?"): the subject names the topic of
        the prospect's questions.  Decision: a subject that asks in a question of its own is read as before.
        (fix33l) Nor do a cancellation told as not needed with its object between (``intents.cancellation_unneeded``),
        a charge named before "cancel" (``intents.charge_cancelled``: a refund of it), an objection to the business's
        cancellation (``intents.cancellation_contested``, which also leaves the subject's cancellation word unasked:
        "Your cancellation notice" over "I object to your cancellation"; decision: the customer wants the plan kept, the
        email asks nothing and reads as "other" for a person), or a cancellation word closing a clause that opens with
        a doubt (:meth:`_undecided`).
        (fix36b) ``failing``: the email states an access failure.  A refund wish under a condition that only restates
        that failure ("Ich kann mich nicht einloggen ... das Geld hätte ich gern zurück, wenn das nicht läuft",
        ``intents.condition_met``) is asked now: the customer has said the condition is true.  Decision: a question
        under it ("..., would I get a refund if that doesn't work?") stays hypothetical, and so does the same wish
        with no failure stated (a question before buying).
        (fix44k) ``aside``: gets where a question set aside only as a prospect's (fix36a, fix42x) would have asked had
        no ``intents.before_buying`` been told (the payer's reading, :meth:`intents` ``payer``).
        (fix45k, issue 8) ``hiding``: spans whose words are set aside as ``policy``'s are, while a shadow reading that
        reads them too tells ``hidden`` whether it would have asked (where, or -1 for the subject's verdict): one pass."""
        hypothetical = False
        subject_end = said.find("\n") if start == 0 else -1
        question = SubjectQuestion(subject_end > 0 and said[:subject_end].rstrip().endswith("?"))
        subject_told = name == "refund" and subject_end > 0 and \
            scan.search("refund_past", subject_end, len(said)) is not None
        contested = name == "cancellation" and subject_end > 0 and \
            scan.search("cancellation_contested", subject_end, len(said)) is not None
        if name == "cancellation":  # "hum dukaan band kar rahe hain": the customer's own business closes
            # (fix29l) "my colleague wants to cancel his plan": a third person's wish about their own plan, told
            # (fix33l) "Résilier l'abonnement n'est pas nécessaire", "doosri transaction cancel karke": told unneeded, or
            # a charge cancelled (a refund of it); "I object to your cancellation": the business's, contested
            # (fix45k) "Reminder mails aa rahe hain, inhe band kar do": the pronoun stands for the mails, not the plan
            policy = policy + paused(scan, len(said)) + [m.span() for kind in CANCELLATION_SET_ASIDE  # (fix46k) paused
                                                         for m in scan.finditer(kind, len(said))]
            # (fix38l) "please ignore my cancellation", "olvidad la baja": a cancellation taken back asks nothing, and a
            # bare subject ("Re: Cancellation") over it is the headline of the withdrawal, as over a decline (fix31l)
            taken_back = [(m.start(), m.end()) for m in scan.finditer("cancellation_withdrawn", len(said))]
            policy = policy + taken_back
            question.body_declines |= any(s > subject_end for s, _ in taken_back)
        # (fix36a) "we're comparing CRMs", "estamos por contratar": not bought yet, the body's questions ask about the terms
        prospect = scan.search("before_buying", 0, len(said)) is not None
        context = (subject_end, subject_told, contested, prospect, failing)
        readers = [question, replace(question)] if hiding else [question]  # (fix45k) the reading, its shadow
        shadow_hypothetical = False
        for m in scan.finditer(name, len(said)):
            at = m.start()
            if at < start or any(s <= at < e for s, e in policy):
                mark(readers, body_of_policy=at >= subject_end > 0)  # (fix28a) the body asks about the terms
                continue
            if hiding and any(s <= at < e for s, e in hiding):
                mark(readers[:1], body_of_policy=at >= subject_end > 0)
                if len(readers) > 1:  # (fix45k) read for the shadow only: did these words ask, but for the spans?
                    state = self._occurrence(scan, name, said, m, active, context, readers[1:], None)
                    shadow_hypothetical |= state == "hypothetical"
                    if state == "asks":
                        hidden.append(at)
                        del readers[1:]
                continue
            state = self._occurrence(scan, name, said, m, active, context, readers, aside)
            if state == "asks":
                return "asks"
            hypothetical |= state == "hypothetical"
        if len(readers) > 1 and readers[1].verdict(hypothetical or shadow_hypothetical) == "asks":
            hidden.append(-1)
        return question.verdict(hypothetical)

    def _occurrence(self, scan: Scan, name: str, said: str, m, active, context: tuple,
                    readers: list[SubjectQuestion], aside: list[int] | None) -> str | None:
        """(fix45k) What one occurrence ``m`` of the intent's words outside ``policy`` says for :meth:`_asks`: "asks",
        "hypothetical" or None (passed over); the subject's flags it sets are set on each of ``readers`` (the reading
        and, while it may still ask, its shadow that reads the ``hiding`` spans too).  ``context``: the subject's end,
        whether the subject names a told refund or a contested cancellation, whether a prospect writes, and
        ``failing``."""
        at = m.start()
        subject_end, subject_told, contested, prospect, failing = context
        question = readers[0]  # (its constant flag, ``ends_with_question``, is every reader's)
        if scan.match(f"{name}_past", at):  # "I cancelled", "you refunded us the fee" (pb17c): told, not asked
            return None
        if subject_told and at < subject_end:
            return None  # the subject names the refund the body tells as made (fix19)
        if contested and at < subject_end:
            return None  # (fix33l) "Your cancellation notice" over "I object to your cancellation": the business's
        window = self.patterns.window
        threat = False  # "si no me cancelan, voy a Profeco": the negation is the threat's condition (pb17)
        if name == "cancellation":  # (the words before count for a cancellation only)
            # (fix45k) a match running across a dash ("Wir haben das Jahresabo – bitte beenden Sie es") is read from it
            clause_at = max([at] + [found + 3 for mark in CLAUSE_DASHES if (found := said.rfind(mark, at, m.end())) >= 0])
            before = window.subset(*BEFORE_NAMES).scan(self._own_clause(said, clause_at, active), active)
            threat = demanded_by_a_threat(scan, said, at, before)
            # (fix31l) "nous n'annulons que le module SEO": a restriction right after the intent's first word
            # (``intents.restriction``) restricts, it does not negate; "je n'annule pas, que ..." stays declined
            negated = before.has("negation_before") and not threat \
                and not window.subset("restriction").scan(said[at:m.end() + 30], active).has("restriction")
            negated |= not threat and prohibited_across_insertions(said, at, window.subset("prohibition"), active)
            if before.has("past_before") or negated or self._undecided(said, at, active):
                # (fix31l) the body's own words doubt or decline it (not a subject's "not", see _declined_in_body)
                bare = [q for q in readers if q.bare]
                if bare and self._declined_in_body(said, subject_end, at, active):
                    mark(bare, body_declines=True)
                return None
        after = said[m.end():m.end() + 30]
        if window.subset("negation_after").scan(after, active).has("negation_after") and not threat \
                and not (name == "refund" and (in_an_ultimatum(scan, at, len(said)) or self._kept(scan, at, said))):
            mark([q for q in readers if q.bare], body_declines=at > subject_end)
            return None  # ("refund nahi mila to ...": a deadline, the refund is demanded, fix16)
        # (fix33l) its own names: ``start`` (where the reading starts) is compared with every later word
        first, stop = sentence_bounds(said, at, wrapped=True)  # "if it fails\nwould I get a refund?"
        sentence = said[first:stop].replace("\n", " ")
        found = window.subset(*HYPOTHESIS_NAMES).scan(sentence, active)
        if found.has("hyp_condition") and found.has("hyp_question") and sets_a_condition(found) \
                and not (failing and "?" not in sentence
                         and condition_met(found, window.subset("condition_met").scan(sentence, active))):
            mark(readers, body_in_question="?" in sentence)
            return "hypothetical"
        if prospect and at > subject_end and "?" in sentence:
            mark(readers, body_in_question=True)  # (fix36a) "¿Y el hosting anual se puede cancelar?" before signing
            if aside is not None and not (found.has("hyp_question")
                                          and self._after_a_conditional_question(said, first, active)):
                aside.append(at)  # (fix44k) asked but for the prospect (the next test would set it aside the same)
            return "hypothetical"
        if found.has("hyp_question") and "?" in sentence and self._after_a_conditional_question(said, first, active):
            mark(readers, body_in_question=True)  # "What happens if we cancel in month 3? Do we get the rest back?"
            return "hypothetical"
        # (fix31l) "Cancellation" over a body that only doubts: the body decides (the sentence may run into it)
        bare = at < subject_end and name == "cancellation" and not question.ends_with_question \
            and bare_subject(said[:subject_end], at, m.end())
        if at < subject_end and not bare and "?" in sentence and \
                (found.has("hyp_question") or question.ends_with_question):
            mark(readers, asked=True, plain=not found.has("hyp_question"))  # "Would I get my deposit back?"
            return None
        if at < subject_end and opens_with_a_condition(found):
            return "hypothetical"  # "Wenn ich kündige...", "If I cancel": the subject opens the body's question
        if at < subject_end and name == "cancellation" and told_as_done(scan, subject_end, len(said)):
            return None  # "Kündigung – Nachtrag" over "we cancelled in August": the subject names it
        if bare:
            mark(readers, bare=True)
            return None
        if prospect and at < subject_end and "?" in said[subject_end:]:
            if aside is not None:  # (fix42x) "Refund terms - prospective engagement" over a prospect's questions
                aside.append(at)
            return "hypothetical"
        return "asks"

    def _undecided(self, said: str, at: int, active) -> bool:
        """(fix33l) Whether the cancellation word at ``at`` closes a clause that opens with a doubt or a deliberation
        (``intents.undecided``: "I am considering whether or not, given the price rise, we should cancel", "nous ne
        savons pas encore très bien si, à la fin du mois, nous allons résilier"): undecided, no request, however long
        the words between (the 40 characters of :meth:`_own_clause` held only short ones).  Bounded: the clause is read
        back to its sentence's start, at most :data:`UNDECIDED_REACH` characters, and after the last new clause.
        Decision: an ask opener among the words after the doubt ("not sure if you got my mail, please cancel") asks
        again, and the doubt no longer reaches the cancellation word.  (fix35l) So does a doubt whose own clause closes
        before the word (``intents.undecided_closed``: its complement has a subject of its own, then a comma and the
        writer's new clause: "not sure if you got my mail, we want to cancel", "no sé si recibieron mi correo, queremos
        cancelar"): the doubt is about the earlier mail.  Decision: only a complement opening with a subject other than
        the writer (or, in es and pt, a verb of receiving or reading); "not sure whether, after the summer, we will
        cancel" and "not sure if at the end of the month, we will cancel" stay undecided, and a "we might" after the
        comma is still declined by ``intents.negation_before``."""
        first = sentence_bounds(said, at, wrapped=True)[0]
        clause = self._own_clause(said, at, active, reach=min(UNDECIDED_REACH, at - first))
        if not clause:
            return False
        found = self.patterns.window.subset("undecided").scan(clause, active)
        doubt = next(found.finditer("undecided"), None)
        if doubt is None:
            return False
        rest = clause[doubt.start():]
        if self.patterns.window.subset("undecided_closed").scan(rest, active).has("undecided_closed"):
            return False  # (fix35l) "not sure if you got my mail, we want to ...": the doubt's clause closed at the comma
        openers = self.patterns.words("text.ask_openers")
        return not any(word.strip(",;:-()") in openers for word in rest.split())

    def _declined_in_body(self, said: str, subject_end: int, at: int, active) -> bool:
        """(fix31l) Whether the words before the intent word at ``at`` in the body, the subject left out, doubt or
        decline it (``intents.past_before``, ``intents.negation_before``): a bare subject's own "not" ("Not renewing")
        reaches the body's first line through a wrap, and the body's doubt must be its own."""
        if at <= subject_end:
            return False
        clause = self._own_clause(said[subject_end + 1:], at - subject_end - 1, active)
        before = self.patterns.window.subset(*BEFORE_NAMES).scan(clause, active)
        return before.has("past_before") or before.has("negation_before")

    def _after_a_conditional_question(self, said: str, start: int, active) -> bool:
        """Whether the sentence before the one starting at ``start`` is a question that sets a condition
        ("¿Qué pasa si cancelamos en el tercer mes?") or asks about the policy ("Can I cancel anytime?"): a
        question about the outcome right after it ("¿Nos devuelven los meses restantes?") asks about the
        same hypothetical case (fix10).  (fix34c) So does a question after a condition that ends with a colon
        ("Angenommen, es passt nicht:\nbekäme ich dann mein Geld zurück?", "Suppose it doesn't work out:\nwould
        I get a refund?"): the colon ends the line, the question that follows is asked of that case; only a
        condition set there counts (a colon after a policy question or a plain statement sets none)."""
        before = start - 1
        while before > 0 and said[before - 1] in " \t\n":
            before -= 1
        if before <= 0 or said[before - 1] not in "?:":
            return False
        colon = said[before - 1] == ":"
        first, last = sentence_bounds(said, before - 1, wrapped=True)
        previous = said[first:last].replace("\n", " ")
        found = self.patterns.window.subset(*HYPOTHESIS_NAMES).scan(previous, active)
        if found.has("hyp_condition") and sets_a_condition(found):
            return True
        if colon:
            return False
        # "¿Puedo cancelar cuando quiera? ¿Y se devuelven los meses no usados?": a question about the policy
        return self.patterns.main.subset("policy").scan(previous, active).has("policy")
