"""The customer's reason written without a cue word or a label: their first sentence of their own
(:meth:`UnlabelledReasonReading.unlabelled_reason`), a statement trailing or following the ask, and the
line test they share (a line of numbers).  The part beside the ask in an asking sentence, and the word tests
it shares (a figure of the payment, a one-word "please"), are read by the mixin this builds on,
:class:`~mailbot.reading.reason_beside_ask.ReasonBesideAskReading` (fix29l: split along that seam).  A mixin of
:class:`~mailbot.reading.reasons.ReasonReading`, which reads the labelled and cued reasons first (POLICY_SPEC
section 8)."""

from __future__ import annotations

from mailbot.reading.scan import Scan
from mailbot.reading.quote_lines import is_header_field_line
from mailbot.reading.rewrap import joined_wraps
from mailbot.reading.reading_rules import (
    LONG_ASKING_SENTENCE, MIN_REASON_WORDS, REASON_CHARS, TRAILING_REASON_WORDS, after_a_greeting, greetings_only,
    header_line,
)
from mailbot.reading.reason_beside_ask import OWN_STATEMENT_NOT, ReasonBesideAskReading, names_a_figure
from mailbot.reading.signatures import COURTESY_ONLY, signature_line
from mailbot.reading.wording import restates_request
from mailbot.reading.sentences import clause_spans, clauses


def mostly_numbers(words: list[str]) -> bool:
    """(fix17) Whether a line is mostly numbers: fewer than two of its words, or fewer than half of
    them, hold a letter.  A signature's phone line ("06 12 34 56 78", "Tel. +91 98200 12345") has
    words but says nothing: it is never a reason, whatever the language (POLICY_SPEC section 8:
    signatures are not reasons).  Decision: a sentence that dates or prices what happened ("Ordered
    on 12 09 2025 by mistake") keeps at least half its words in letters and is still read."""
    lettered = sum(1 for word in words if any(ch.isalpha() for ch in word))
    return lettered < 2 or 2 * lettered < len(words)


def _opens_with_greeting(scan) -> bool:
    """(fix25a) Whether a sentence opens with a greeting of the pack ("Estimados: hemos decidido ...",
    "Prezados: a loja fechou ..."): a greeting written with a colon looks like a header line ("Sent: ..."), but
    the customer's words follow it, and they are read as after "Estimados," (POLICY_SPEC section 8: the reason is
    the customer's own words, never a header of a quoted block).  A header's name ("De", "Enviado", "Sent") is
    no greeting, so a quoted header block is still skipped."""
    m = scan.search("greeting")
    return m is not None and m.start() == 0

class UnlabelledReasonReading(ReasonBesideAskReading):
    """Methods of :class:`~mailbot.reading.extract.Extractor`, through
    :class:`~mailbot.reading.reasons.ReasonReading` (it holds ``patterns``, ``projects``, ``dates``;
    see its ``__init__``)."""

    def _says_nothing(self, said: str, active) -> bool:
        """(fix25c) Whether a candidate reason only names the work, the payment or the request (see
        :mod:`mailbot.reading.purpose`; the extractor's :class:`~mailbot.reading.purpose.PurposeCheck`).
        (fix29l) A work cancelled, told as past and named by a reason cue ("The project was cancelled.", "A obra foi
        cancelada."), says something: its cancellation word is news, not the request restated (the purpose check
        counts a cancellation word as the request's own).  Decision: only with a reason cue of the pack and no
        request in it, so "We cancelled the plan." (no cue) still says nothing and the bot asks (C3)."""
        if not self.purpose(said, active):
            return False
        low = said.lower()
        scan = self._restatement_scan(low, active)
        if not scan.has("cancellation_past") or restates_request(scan):
            return True
        return not self.patterns.main.subset("reason_cue").scan(low, active).has("reason_cue")

    def unlabelled_reason(self, text: str, active) -> str | None:
        """A reason written without any cue word ("We hired an in-house developer.").

        The customer's first sentence that is not a greeting, a sign-off, a bare request,
        a statement of account details, a forwarding note or a signature line, and has a
        few words.  (fix17) A sentence opening with a closing word that asks ("Merci d'arrêter le
        référencement X : je vends le salon", "Thanks for cancelling the retainer: we are selling")
        is a request, not a closing: its reason beside the ask is read like any asking sentence's.
        Only when there is none, what follows a greeting on the same line
        ("Boa noite pessoal, pagamos a alteração ... mas preferimos como estava antes.")
        when it is no question, no address and no short statement of a reference (fix10)."""
        body = text.split("\n", 1)[1] if "\n" in text else text  # not the subject
        if ":" in body:  # (fix21) a quoted header block's lines are no reason, whatever a dotted date cuts
            body = "\n".join(line for line in body.split("\n") if not is_header_field_line(line))
        found = self._unlabelled_in(body, active)
        if found is not None and found[-1:] in ".!?" and not found[:1].islower():
            return found  # a whole sentence (the common case: no second reading)
        if (joined := joined_wraps(body)) is not None:
            again = self._unlabelled_in(joined, active)  # (fix26a) a reason cut by a hard wrap
            # (fix35l) a reason read on a line that a hard wrap cut is read whole, to its sentence's start and end: only
            # the same words going on, never another reason ("... toutes les fermes équestres du\nBocage, gratuit ...")
            if found is None or again is not None and len(again) > len(found) \
                    and (again.startswith(found) and _goes_on(body, found) or again.endswith(found)) \
                    and "@" not in again.replace(found, ""):
                found = again
        return found

    def _unlabelled_in(self, body: str, active) -> str | None:
        """:meth:`unlabelled_reason` in ``body``.  (fix26a) Read once more with the mail client's hard wraps
        joined (:func:`~mailbot.reading.rewrap.joined_wraps`) when the lines as written give none: a reason
        wrapped over two lines ("Notre neveu, informaticien, s'en\noccupera désormais.", "our nephew, who
        builds websites, will\nlook after it") is cut into pieces too short to read.  Decision: the lines
        as written are read first, so a reason they hold is never replaced; a wrap is joined only after a
        long line that ends no sentence, so a greeting, a sign-off or a signature line is never joined.
        (fix35l) A reason read on a line that ends no sentence, or opening in lower case on the line after a wrap, is
        read whole when the joined reading finds the same words going on ("... un site commun pour toutes les fermes
        équestres du\nBocage, gratuit pour nous."): the reason is the whole sentence, never cut at the mail client's
        line width.  Decision: only an extension of the words read first; a different reason found in the joined text
        never replaces them."""
        return self._first_reason(body, active, False) or self._first_reason(body, active, True) \
            or self._trailing_reason(body, active) or self._joined_reason(body, active) \
            or self._short_reason(body, active)

    @staticmethod
    def _after_a_bare_greeting(sentence: str, low: str, scan: Scan) -> str | None:
        """(fix19) What follows a greeting written without a comma ("bonjour votre mail dit que j'ai pris
        l'annuel ...", "hi we closed the shop ..."): the words after the greeting the pack names, read
        like the words after "Hello," (:func:`after_a_greeting`): no question, no address, a few words."""
        m = scan.search("greeting")
        if m is None or m.start() != 0:
            return None
        lead = len(sentence) - len(sentence.lstrip(" ,.!-:"))
        rest = sentence[lead + m.end():].strip(" ,.!-:")
        if len(rest.split()) < MIN_REASON_WORDS or rest.endswith("?") or "@" in rest:
            return None
        return rest

    def _first_reason(self, body: str, active, after_greeting: bool) -> str | None:
        """The first sentence of ``body`` that is the customer's own statement (see :meth:`unlabelled_reason`).
        (fix22) A courtesy line after the request ("Quedo en espera de su respuesta.", "Looking forward to your
        reply.") closes what the customer says, as a sign-off line does: the lines after it are the signature
        (name, title, company, tagline), read only when the customer wrote no courtesy.  Decision: a support lead
        reads no reason into a signature; a reason written after the courtesy is rare and then the bot asks (C3).
        (fix24a) A short closing word before the customer has said anything ("Saludos. Quiero cancelar el plan
        ...", as many Latin American mails open) is their greeting: the sentences after it are still read.
        (fix27a) A short disclaimer line after the request ("This email is confidential.", "यह ईमेल गोपनीय है।")
        closes it as a long one does: the disclaimer's next sentence ("If you are not the intended recipient, delete
        it") is never the reason (POLICY_SPEC section 8: signatures and disclaimers are no reason).  (fix44x) A closing
        of any length after the ask (``text.closings``: "Thanks and God bless.", a blessing, a festival wish, "Jai Mata
        Di 🙏", "Navratri ki hardik shubhkamnayein") that ends its line closes it as a sign-off line does: the company
        and address lines under it are the signature, never the reason; the bot asks for one (C3).  Decision: a closing
        with more said on its line ("Vielen Dank für die Zusammenarbeit. Unser Neffe kümmert sich jetzt darum.") is
        passed over and the reason after it is still read."""
        asked = said = False
        for begin, end in clause_spans(body):
            sentence = body[begin:end]
            words = sentence.split()
            ends_line = ends_its_line(body, end)
            if len(words) < MIN_REASON_WORDS or mostly_numbers(words) or signature_line(sentence):
                if said and (len(words) <= 3 or asked):
                    short = self.patterns.sentence.scan(sentence.lower().strip(" ,.!-:"), active)
                    if (len(words) <= 3 or asked and ends_line) and short.has("closing"):
                        break  # a sign-off line ("Cordialement,"; fix44x: "Thanks and God bless." after the ask)
                    if asked and short.has("boilerplate"):
                        break  # (fix27a) "This email is confidential." after the request: a disclaimer follows
                continue  # (fix24a) one before anything was said opens the mail ("Saludos. Quiero cancelar ...")
            said = True
            low = sentence.lower().strip(" ,.!-:")
            scan = self.patterns.sentence.scan(low, active)
            if header_line(sentence) and not _opens_with_greeting(scan):
                continue  # "Sent: Saturday, September 27, 2025 8:40 AM" in a forwarded block
            if after_greeting and scan.has("greeting") and \
                    (rest := after_a_greeting(sentence) or self._after_a_bare_greeting(sentence, low, scan)):
                sentence, words = rest, rest.split()
                if len(words) <= 10 and any(ch.isdigit() for ch in rest):
                    continue  # "Hola, la factura es la lo inv 71015.": a reference stated
                low = sentence.lower().strip(" ,.!-:")
                scan = self.patterns.sentence.scan(low, active)
            if scan.has(COURTESY_ONLY) and asked:
                break  # (fix22) the courtesy closing the request: what follows is the signature
            if scan.has("not_reason") and scan.has("boilerplate"):
                break  # (fix29l) a disclaimer's words to a wrong recipient: what follows is boilerplate too
            if scan.has("greeting") or scan.has("not_reason") or scan.has(COURTESY_ONLY):
                continue  # (fix22) "Quedo en espera de su pronta respuesta.": a courtesy, no content
            if greetings_only(self.patterns.sentence, low):
                continue  # (fix46z) "Bom dia / Guten Morgen," in German mail: greetings of other read languages
            if scan.has("closing") and not restates_request(scan):
                if asked and ends_line:
                    break  # (fix44x) a closing, a blessing or a festival wish after the ask: the signature follows
                continue  # "Merci d'avance." (a closing that asks, "Merci d'arrêter le SEO : ...", is read below)
            if sentence.rstrip().endswith("?"):
                continue  # a question ("Is there anything I need to do first?") gives no reason
            if restates_request(scan):
                if part := self._reason_beside_request(sentence, active, len(words) > LONG_ASKING_SENTENCE):
                    return part
                asked = True
                continue  # the request restated, with what it is about: not a reason
            if scan.has("other_ask"):
                continue  # (fix37a) "2) Could you change the billing address ...": another ask, no reason
            if scan.has("boilerplate"):
                break  # a disclaimer: what follows is boilerplate too
            if scan.has("field") and len(words) <= 10:
                continue
            if self._opens_with_condition(low, active):
                continue  # "if it is not back in two days, I will call my bank": what will happen, not why
            if self._says_nothing(sentence, active):
                continue  # (fix25c) "This is regarding <project>.": what the mail is about, no reason
            return " ".join(words)[:300]
        return None

    def _opens_with_condition(self, low: str, active) -> bool:
        """(fix17) Whether a sentence that asks nothing opens with a condition and goes on after a comma
        ("If it is not back in two days, I will call my bank", "si en dos días no lo veo, llamo al banco").
        Decision: such a sentence says what the customer will do, not why they ask, so it is never the
        reason; a sentence without the comma ("Se mudou para outra cidade", where "se" is a pronoun) is
        still read."""
        if "," not in low:
            return False
        found = self.patterns.window.subset("hyp_condition").scan(low, active)
        return any(m.start() == 0 for m in found.finditer("hyp_condition"))

    def _trailing_reason(self, body: str, active) -> str | None:
        """(fix15) Only when no sentence gives a reason: a short statement closing an asking sentence after
        its last comma ("Quero cancelar a manutenção e receber o reembolso, a loja fechou.", "Care plan band
        karna hai, clinic doosre sheher shift ho rahi hai.").  Decision: the comma after the ask introduces
        what the customer adds, and a statement of three words or more there, which neither asks, nor names
        the payment (a figure, :func:`names_a_figure`; a project of the ledger), nor opens as a reference, a condition or a time
        (``text.no_leading_reason``), nor is a formality, explains the request.  Looked at last, so it never
        replaces a reason the customer wrote in a sentence of its own."""
        for sentence in clauses(body):
            sentence = sentence.strip()
            comma = sentence.rfind(",")
            if comma < 0 or sentence.endswith("?") or len(sentence) > 2 * REASON_CHARS:
                continue
            if not restates_request(self._restatement_scan(sentence[:comma], active)):
                continue
            rest = " ".join(sentence[comma + 1:].split()).strip(" .!()")
            if not TRAILING_REASON_WORDS <= len(rest.split()) \
                    or names_a_figure(rest.split(), self.patterns.words("amounts.currency_after_figure")):
                continue
            low = rest.lower()
            if self._own_statement(rest, low, self.patterns.sentence.scan(low, active)):
                return rest
        return None

    def _own_statement(self, text: str, low: str, scan: Scan, *also: str) -> bool:
        """Whether ``text`` (``low``: lower-cased; ``scan``: its sentence scan), a short part the customer
        adds after asking, states something of their own: no address, no project of the ledger, no ask or
        restatement of the request, no field, greeting, closing or formality, no opening as a reference, a
        condition or a time (``text.no_leading_reason``), nor any of the sentence kinds ``also`` names.
        The test :meth:`_trailing_reason` and :meth:`_short_reason` share."""
        return "@" not in text and not self.projects.find(low) and not restates_request(scan) \
            and not any(scan.has(kind) for kind in (*OWN_STATEMENT_NOT, *also))

    def _short_reason(self, body: str, active) -> str | None:
        """(fix17) Only when no sentence gives a reason: a short statement of its own (three or four words)
        right after the sentence that asks to cancel ("Please cancel the care plan. We're moving in-house.", "Cancelen
        la suscripción. Cerramos la tienda."). Decision: the sentence that follows the ask explains it, when it
        is a statement opening a new sentence and ending one (the ask ended with a full stop, it opens with
        no lower-case letter and ends with a full stop, so neither a hard-wrapped tail of the ask nor a
        signature line, "Ravi, Tech team", is read), neither asks, nor names the payment (digits,
        an address, a project of the ledger), nor is a formality, a courtesy ("Hope you understand",
        ``text.courtesies``), a field, or a part opening as a reference, a time or a condition
        (``text.no_leading_reason``).  Looked at last, so a longer reason always wins.  Decision: only after an
        ask to cancel; a refund, which may pay money out, needs a reason of a sentence's length, else the
        bot asks for it (C3): a terse "Do it today." must never approve a refund."""
        asked = False
        for sentence in clauses(body):
            sentence = sentence.strip()
            words = sentence.split()
            if not words:
                continue
            low = sentence.lower().strip(" ,.!-:")
            scan = self.patterns.sentence.scan(low, active)
            if asked and TRAILING_REASON_WORDS <= len(words) < MIN_REASON_WORDS and not sentence[0].islower() \
                    and sentence[-1] in ".!।" and not any(ch.isdigit() for ch in sentence) \
                    and self._own_statement(sentence, low, scan, "boilerplate", "courtesy"):
                return " ".join(words)
            asked = restates_request(scan) and scan.has("ask_cancellation") and not scan.has("ask_refund") \
                and sentence[-1] in ".!।"
        return None


def _goes_on(body: str, found: str) -> bool:
    """(fix35l) Whether the line after the one where ``found`` ends goes on with a sentence (it holds a clause or sentence
    mark, the danda included: "Bocage, gratuit pour nous. On n'a donc ..."), rather than being a name or a signature line under the last
    line of the text ("fast service 👍" over "Rohit", "mat katna" over "sachin pawar"), which no reason reads on to."""
    at = body.find(found[-20:])
    if at < 0:
        return False
    cut = body.find("\n", at)
    if cut < 0:
        return False
    stop = body.find("\n", cut + 1)
    following = body[cut + 1:stop if stop >= 0 else len(body)]
    return any(mark in following for mark in ".!?,;:\u0964")  # the danda (।) ends a Hindi sentence


def ends_its_line(body: str, end: int) -> bool:
    """(fix44x) Whether the clause of ``body`` ending at ``end`` ends its line: only white space up to a line break or the
    end of ``body`` follows it.  (fix45k, issue 8) The clause splitter hands out where each clause ends
    (:func:`~mailbot.reading.sentences.clause_spans`): no clause is looked for in the body again."""
    stripped = body[end:end + 200].lstrip(" \t\r")
    return not stripped or stripped[0] == "\n"
