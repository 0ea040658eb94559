"""How the customer's reason is found: their own words, never a greeting, a sign-off, a signature,
a forwarding note, a restatement of the request, a condition or a reference (POLICY_SPEC section 8).

This module reads the reasons the customer marks (a label, an L2 exception word, a cue word, a
connector, a postscript); a reason written without any is read by the mixin it builds on,
:class:`~mailbot.reading.unlabelled_reason.UnlabelledReasonReading`."""

from __future__ import annotations

from mailbot.reading.scan import Scan
from mailbot.reading.subject_reason import subject_reason
from mailbot.reading.reading_rules import (
    CUE_NAMES, HYPOTHESIS_NAMES, MIN_LEADING_REASON_WORDS, MIN_REASON_WORDS, REASON_CHARS, RESTATEMENT_WORDS,
    after_a_greeting, opening_greeting, within,
)
from mailbot.reading.signatures import COURTESY_ONLY, signature_line
from mailbot.reading.unlabelled_reason import UnlabelledReasonReading, mostly_numbers
from mailbot.reading.wording import PLANS, REASON_CODES, restates_request
from mailbot.reading.rewrap import joined_wraps
from mailbot.reading.sentences import sentence_around, sentence_bounds

UNNEEDED = {"access_failure": "access_unneeded", "billing_error": "price_complaint"}
"""(fix45k) Per L2 code, the words inside which its words state none (:meth:`ReasonReading._unneeded`)."""


class ReasonReading(UnlabelledReasonReading):
    """Methods of :class:`~mailbot.reading.extract.Extractor` (it holds ``patterns``, ``projects``,
    ``dates``, ``own_addresses``; see its ``__init__``)."""

    def sign_off_at(self, scan: Scan, low: str) -> int:
        """Where the request ends: at the sign-off line ("Regards,"), after which come the
        signature, disclaimers and footers, whose words ("refund", "statutory rights") are
        not the customer's request.  The whole text when the sign-off comes before anything
        was said."""
        m = scan.search("sign_off")
        if m is None:
            return len(low)
        first_line = low.find("\n")
        said = low[first_line + 1:m.start()] if first_line >= 0 else ""
        return m.start() if len(said.split(None, 3)) >= 3 else len(low)

    def reason(self, scan: Scan, text: str, low: str, end: int, active,
               note: str = "") -> tuple[str | None, str | None]:
        """reason_code (L2) and the customer's words giving the reason.  ``note`` is a forwarder's
        note above a forwarded message: read without a cue, it is never the reason (fix12).
        (fix25c) Whatever way it was read, an "other" reason that only says what the request is for
        (:func:`~mailbot.reading.purpose.says_only_what_it_is_for`: "Saini Furniture Store ke liye", "for the
        Linden project") is no reason: the bot asks for one (C3)."""
        code, said = self._reason_read(scan, text, low, end, active, note)
        if code == "other" and said and self._says_nothing(said, active):
            return None, None
        return code, said

    def _reason_read(self, scan: Scan, text: str, low: str, end: int, active,
                     note: str = "") -> tuple[str | None, str | None]:
        """:meth:`reason` before its last check."""
        said, labels = None, []
        for m in scan.finditer("reason_label", end):
            labels.append((m.start(), m.start(1)))
            candidate = " ".join(text[m.start(1):m.end(1)].split())
            if not self._not_reason(candidate, active) and not self._restates(candidate, active):
                said = candidate
                break
        for code in REASON_CODES:
            for m in scan.finditer(f"reason.{code}", end):
                if not self._negated_reason(low, m.start(), active) and not self._unneeded(scan, code, m, end) \
                        and not self._hypothetical_reason(low, m.start(), active) \
                        and not self._own_plan_change(scan, code, m, low, end):
                    return code, said or self._without_greeting(across_wraps(text, m.start()))
        if said:
            return "other", said
        declined = [(m.start(), m.end()) for m in scan.finditer("refund_negated", end)]
        for m in scan.finditer("reason_cue", end):
            if any(s <= m.start() < e for s, e in labels):
                continue  # the label of a reason judged above ("Reason: refund request")
            if any(s <= m.start() < e for s, e in declined):
                continue  # "we don't need any money back": the cue word declines the refund
            candidate = self._before_consequence(scan, text, m.start()) or across_wraps(text, m.start())
            if not self._not_reason(candidate, active):
                return "other", self._cue_part(candidate, low[m.start():m.end()], active)
        for m in scan.finditer("reason_before", end):
            start, _ = sentence_bounds(text, m.start())
            candidate = " ".join(text[start:m.start()].split()).strip(" ,;:-")
            if len(candidate.split()) >= MIN_LEADING_REASON_WORDS and not self._not_reason(candidate, active) \
                    and not restates_request(self._restatement_scan(candidate, active)):
                # (xfer33) "Hi, we are closing the shop, so please cancel": the greeting before it is no reason
                return "other", self._without_greeting(candidate, MIN_LEADING_REASON_WORDS)
        said = self.unlabelled_reason(text[:end], active)  # never the signature after the sign-off
        if said and note and within(said, note):
            # "Pls dekh lo aur needful karo." above a forward: the note passes the request on, it
            # gives no reason; only the forwarded request's own words can (fix12).
            at = text.find(note)
            said = self.unlabelled_reason(text[:at] + text[at + len(note):end], active) if at >= 0 else None
            if said and within(said, note):
                said = None
        if said:
            return "other", said
        code, said = self._postscript_reason(scan, text, low, end, active)
        if said is None and "\n" in text and (said := subject_reason(self, text[:text.index("\n")], active)):
            return "other", said  # (fix22) "Kündigung – Umzug nach Kanada" above "bitte kündigen"
        return code, said

    def _postscript_reason(self, scan: Scan, text: str, low: str, end: int, active) -> tuple[str | None, str | None]:
        """(fix19) Only when the request gives no reason: the reason written in a postscript below the signature
        ("Abraço, Tiago / PS: since you moved the login to SSO I cannot get in").  Decision: a postscript
        ("PS:", "P.S.", "P.D.", "NB:") is the customer's own words, unlike the signature and disclaimers the
        sign-off otherwise cuts off; its paragraph (to the next blank line) is read for an L2 exception,
        else for a statement of its own, as the body is.  Its intent words are not read as new requests."""
        ps = scan.search("postscript", end, len(low))
        if ps is None:
            code, said = self._labelled_below(scan, text, end, active)
            return (code, said) if said else self._after_the_closing(scan, text, low, end, active)
        stop = low.find("\n\n", ps.end())
        stop = len(low) if stop < 0 else stop
        said = " ".join(text[ps.end():stop].split())[:REASON_CHARS]
        if not said:
            return None, None
        for code in REASON_CODES:
            m = scan.search(f"reason.{code}", ps.end(), stop)
            if m is not None and not self._negated_reason(low, m.start(), active) \
                    and not self._unneeded(scan, code, m, stop) and not self._hypothetical_reason(low, m.start(), active):
                return code, said
        own = self._first_reason(said, active, False)
        return ("other", own) if own else (None, None)

    def _after_the_closing(self, scan: Scan, text: str, low: str, end: int, active) -> tuple[str | None, str | None]:
        """(fix45k) Only when the request gives no reason: a reason written on the line right after the closing line
        ("Thanks,\nThe price went up too much for us.", "Danke,\nDer Preis ist uns zu stark gestiegen."), read as the
        customer's own words when that line is prose: a sentence of a few words ending with a full stop, no signature
        line (a name, a title, a company, a phone; no line of mostly capitalised words), no disclaimer, courtesy or restatement of the request, no address.
        Decision (section 8: signatures and disclaimers are no reason): only that one line, with no blank line
        between; a name, "Shah Interiors, Pune" or "This email is confidential ..." is passed over and the bot asks
        (C3).  An L2 exception stated there is read as such, as in a postscript."""
        start = low.find("\n", end) + 1
        if start <= 0:
            return None, None
        stop = low.find("\n", start)
        stop = len(low) if stop < 0 else stop
        line = " ".join(text[start:stop].split())
        words = line.split()
        if len(words) < MIN_REASON_WORDS or line[-1] not in ".!\u0964" or line[0].islower() or len(line) > REASON_CHARS \
                or mostly_numbers(words) or signature_line(line) or self._not_reason(line, active) \
                or 2 * sum(word[:1].isupper() for word in words) > len(words):  # (a title: "Senior Manager, Sales.")
            return None, None
        for code in REASON_CODES:
            m = scan.search(f"reason.{code}", start, stop)
            if m is not None and not self._negated_reason(low, m.start(), active) \
                    and not self._unneeded(scan, code, m, stop) and not self._hypothetical_reason(low, m.start(), active):
                return code, line
        clause = line.lower().strip(" ,.!-:")
        found = self.patterns.sentence.scan(clause, active)
        if found.has("boilerplate") or not self._own_statement(line, clause, found, "courtesy"):
            return None, None
        return "other", line

    def _labelled_below(self, scan: Scan, text: str, end: int, active) -> tuple[str | None, str | None]:
        """(fix22) Only when the request gives no reason: a reason labelled below the signature ("Grund steht
        unten." above "--- / Grund: Unser Kunde ist abgesprungen.", "Reason: we sold the shop" under the name).
        Decision: a line the customer opens with a reason label is their own words, like a postscript, while the
        signature and a disclaimer have none; it is judged as a labelled reason above the sign-off is (never a
        ``text.not_reason`` sentence, never a restatement of the request)."""
        m = scan.search("reason_label", end, len(text))
        if m is None:
            return None, None
        said = " ".join(text[m.start(1):m.end(1)].split())[:REASON_CHARS]
        if not said or self._not_reason(said, active) or self._restates(said, active):
            return None, None
        return "other", said

    def _cue_part(self, sentence: str, cue: str, active) -> str:
        """The reason of a sentence holding a reason cue: the part after a colon when the sentence asks
        before it and that part holds the cue ("please refund the deposit OWD-1: the owner has decided to
        sell the business", fix13), else the sentence without its opening greeting."""
        colon = sentence.find(":")
        if colon > 0 and restates_request(self._restatement_scan(sentence[:colon], active)):
            part = self._reason_beside_request(sentence, active)
            if part and " ".join(cue.split()) in part.lower() and sentence.find(part) > colon:
                return part
        if cause := self._cause_after_ask(sentence, cue, active):
            return cause  # (xfer33) "please cancel my plan because we have closed the shop": the cause, not the ask
        return self._without_greeting(sentence)

    @staticmethod
    def _before_consequence(scan: Scan, text: str, at: int) -> str | None:
        """The part of the sentence holding ``at`` before a connector that follows it ("Die Geschäftsführung
        hat das Projekt verschoben, daher bitten wir um Erstattung ..."): the request after it is no reason."""
        start, stop = sentence_bounds(text, at)
        m = scan.search("reason_before", at, stop)
        if m is None:
            return None
        part = " ".join(text[start:m.start()].split()).strip(" ,;:-")
        return part[:REASON_CHARS] if len(part.split()) >= MIN_REASON_WORDS else None
        # (the cue path quotes it without its greeting: _cue_part, _without_greeting)

    def _without_greeting(self, sentence: str, fewest: int = MIN_REASON_WORDS) -> str:
        """A reason sentence without the greeting that opens its line ("Hi team, we paid ... but ..."): a greeting of
        any language the brand reads (xfer29: :func:`~mailbot.reading.reading_rules.opening_greeting`, the rule of
        every greeting passed over before the customer's words).  (xfer33) A greeting written without a comma
        ("bonjour j'ai plus besoin de l'outil", "hallo wir haben den laden geschlossen") is left out too when at
        least ``fewest`` words follow it (the words a reason needs, as after "Bonjour,"); else the sentence stays
        whole."""
        greeting = opening_greeting(self.patterns.sentence, sentence)  # xfer29: the one greeting rule
        if greeting < 0:
            return sentence
        if rest := after_a_greeting(sentence):
            return rest
        rest = sentence[greeting:].strip(" ,.!-:")
        return rest if len(rest.split()) >= fewest and not rest.endswith("?") and "@" not in rest else sentence

    def _not_reason(self, sentence: str, active) -> bool:
        """Whether a candidate is never a reason: a ``text.not_reason`` sentence, or (fix22) one made only of
        courtesy words (:data:`COURTESY_ONLY`).  (fix29l) A disclaimer's words to a wrong recipient ("If you received
        it by mistake, please delete it") are ``text.not_reason`` too, so a cue word in them ("by mistake") quotes no
        reason, a sign-off above them or not (POLICY_SPEC section 8: disclaimers are no reason); the broad
        ``text.boilerplate`` words ("in error") are not asked here, so "We subscribed in error" stays a reason."""
        low = sentence.lower()
        found = self.patterns.sentence.subset("not_reason", COURTESY_ONLY).scan(low, active)
        return found.has("not_reason") or found.has(COURTESY_ONLY) or self._says_nothing(sentence, active)

    def _restates(self, said: str, active) -> bool:
        """A labelled reason that only restates the request ("Reason: refund request", "Motivo:
        cancelar el plan"): a few words asking, with no reason cue and no exception word."""
        low = said.lower()
        if len(said.split()) >= RESTATEMENT_WORDS or not restates_request(self._restatement_scan(said, active)):
            return False
        main = self.patterns.main.subset(*CUE_NAMES).scan(low, active)
        return not any(main.has(name) for name in CUE_NAMES)

    @staticmethod
    def _unneeded(scan: Scan, code: str, word, end: int) -> bool:
        """(fix33l) Whether an access failure's words lie inside access told as no longer needed
        (``reasons.access_unneeded``: "wir brauchen keinen Zugriff mehr", "we need no access any more"): a reason for
        cancelling, not an L2 exception.  Decision: only access said unneeded; "wir haben keinen Zugriff mehr" stays
        a failure.  (fix45k) Nor is a billing error's inside a price told too high for the customer
        (``reasons.price_complaint``: "The monthly charge was too high for us", "trop élevé pour nous"): a price
        complaint, their reason; "the charge was too high" or "trop élevé par rapport à la facture" stays one."""
        kind = UNNEEDED.get(code)
        return kind is not None and any(
            s <= word.start() < e for s, e in ((o.start(), o.end()) for o in scan.finditer(kind, end)))

    @staticmethod
    def _own_plan_change(scan: Scan, code: str, word, low: str, end: int) -> bool:
        """(fix35l) Whether a billing error's words share their sentence with a plan change the customer tells as their
        own (``reasons.own_plan_change``: "I was on monthly and upgraded to annual myself; you charged 11,988 for
        annual"): the plan charged is the plan they chose, no billing error (fix34c's "plan the customer never chose"
        over-read it).  Decision: only when no other plan is named after the change in that sentence ("upgraded to
        quarterly myself, yet you charged annual" stays a billing error); a change told without its plan ("maine khud
        upgrade kiya") covers whatever plan follows.  "I never clicked upgrade" tells no own change and stays one."""
        if code != "billing_error":
            return False
        first, last = sentence_bounds(low, word.start(), wrapped=True)
        own = [m for m in scan.finditer("own_plan_change", end) if first <= m.start() < last]
        if not own:
            return False
        after = own[-1].end()

        def named(start: int, stop: int) -> set[str]:
            return {plan for plan in PLANS for m in scan.finditer(f"plan.{plan}", end) if start <= m.start() < stop}
        chosen = set().union(*(named(m.start(), m.end()) for m in own))
        return not chosen or named(after, last) <= chosen

    def _negated_reason(self, low: str, at: int, active) -> bool:
        """An exception word with a negation among the three words before it ("I'm not having any
        login issues", "no me cobraron dos veces"): the customer says the problem is not there.  (fix37a) A negation
        before a colon or a semicolon belongs to the clause it closes ("sorry, I did not explain: you charged me
        twice"): only the words after the last such mark are looked at."""
        window = low[max(0, at - 60):at]
        window = window[max(window.rfind(":"), window.rfind(";")) + 1:]
        before = " ".join(window.split()[-3:])
        negation = self.patterns.window.subset("negation_before")
        return bool(before) and negation.scan(before + " ", active).has("negation_before")

    def _hypothetical_reason(self, low: str, at: int, active) -> bool:
        """An exception word inside a question under a condition set before it ("And if we paid twice
        by mistake, how would that work?", "Et si on payait deux fois ?"): the customer asks about a case
        that has not happened, so it states no reason (fix14; section 8, hypothetical questions).  A
        condition after the word ("we were charged twice; if I send the statement, will you refund?")
        or a polite one ("if possible") leaves the reason stated.  (fix25b) So does a question about the
        outcome right after a question that sets a condition or asks about the policy ("Would I get a refund
        if it doesn't work out? And would you refund a double charge?"): it asks about the same kind of case,
        as :meth:`~mailbot.reading.intents.IntentReading._after_a_conditional_question` reads a refund word
        there (fix10).  Decision (section 8: a question before buying is a policy question): only a question
        about the outcome counts (``intents.hypothetical_question``), so "... will you refund? Why was I charged
        twice?" still states the duplicate, and only a question of one clause, so a fact told before a comma
        ("Can I cancel any time? You charged me twice, will you refund the extra one?") still states it."""
        start, stop = sentence_bounds(low, at, wrapped=True)
        sentence = low[start:stop].replace("\n", " ")
        if "?" not in sentence:
            return False
        found = self.patterns.window.subset(*HYPOTHESIS_NAMES).scan(sentence, active)  # mem46: its only names
        polite = [(m.start(), m.end()) for m in found.finditer("polite_condition")]
        if any(m.start() < at - start and not any(s <= m.start() < e for s, e in polite)
               for m in found.finditer("hyp_condition")):
            return True
        return found.has("hyp_question") and not any(mark in sentence.rstrip(" ?") for mark in ",;:") \
            and self._after_a_conditional_question(low, start, active)


WRAP_GOES_ON = ".!?,;:\u0964"
"""(fix38l) Marks one of which the words a joined wrap adds to a sentence must hold (the danda too): a sentence going
on, not a name or signature line under the last line of text."""


def across_wraps(text: str, at: int) -> str:
    """(fix38l) The sentence of ``text`` (the subject line, then the body) holding ``at``, read across the mail client's
    hard wraps of the body (:func:`~mailbot.reading.rewrap.joined_wraps`: a long line that ends no sentence): a reason
    found by a cue or an exception word ("... because the municipality now offers a free directory for all the\nshops
    in the centre, ...") is its whole sentence, not the line the mail client cut at 72 columns.  Decision: only the
    same sentence going on (the joined reading holds the line's words, plus words holding a clause or sentence mark);
    the subject line is never joined (a subject ends no sentence but is no part of the body's), and a name under the
    last line (no mark) is left out, as fix35l decided for a reason read without a cue."""
    said = sentence_around(text, at)
    first = text.find("\n")
    if first < 0 or at <= first:
        return said
    joined = joined_wraps(text[first + 1:])
    if joined is None:
        return said
    whole = sentence_around(text[:first + 1] + joined, at)
    if len(whole) <= len(said):
        return said
    if whole.startswith(said):
        added = whole[len(said):]
    elif whole.endswith(said):
        added = whole[:len(whole) - len(said)]
    else:
        return said
    return whole if any(mark in added for mark in WRAP_GOES_ON) else said

