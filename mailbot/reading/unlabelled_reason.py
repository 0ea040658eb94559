"""The customer's reason written without a cue word or a label: their first sentence of their own
(:meth:`UnlabelledReasonReading.unlabelled_reason`), a part beside the ask in an asking sentence,
a statement trailing or following the ask, and the word tests they share (a line of numbers, a
figure of the payment, a one-word "please").  A mixin of :class:`~mailbot.reading.reasons.ReasonReading`,
which reads the labelled and cued reasons first (POLICY_SPEC section 8)."""

from __future__ import annotations

from mailbot.reading.scan import Scan
from mailbot.reading.quote_lines import is_header_field_line
from mailbot.reading.rewrap import joined_wraps
from mailbot.reading.reading_rules import (
    LONG_ASKING_SENTENCE, MAX_PARTS, MIN_LEADING_REASON_WORDS, MIN_REASON_WORDS, REASON_CHARS,
    TRAILING_REASON_WORDS, after_a_greeting, fewest_reason_words, header_line,
)
from mailbot.reading.signatures import COURTESY_ONLY, signature_line
from mailbot.reading.wording import restates_request
from mailbot.reading.sentences import clauses
from mailbot.reading.dictated import dictated_lead


def mostly_numbers(words: list[str]) -> bool:
    """(fix17) Whether a line is mostly numbers: fewer than two of its words, or fewer than half of
    them, hold a letter.  A signature's phone line ("06 12 34 56 78", "Tel. +91 98200 12345") has
    words but says nothing: it is never a reason, whatever the language (POLICY_SPEC section 8:
    signatures are not reasons).  Decision: a sentence that dates or prices what happened ("Ordered
    on 12 09 2025 by mistake") keeps at least half its words in letters and is still read."""
    lettered = sum(1 for word in words if any(ch.isalpha() for ch in word))
    return lettered < 2 or 2 * lettered < len(words)


POLITENESS_WORDS = frozenset(("svp", "stp", "pls", "plz", "please", "bitte", "porfa", "pf", "kripya", "plss"))
"""One-word "please" of the shipped languages, after which telegraphic mail goes straight on to the reason
("stop abonnement svp je change de métier", "cancel sub pls moving abroad")."""


def _politeness_as_colon(sentence: str) -> str:
    """(fix19) ``sentence`` with a colon after a one-word "please" that runs on into more words without
    punctuation ("résilier svp je change de métier" -> "résilier svp: je change de métier"), so the
    words after it are read as the part beside the request, as after "résilier :".  Linear: one split."""
    words = sentence.split(" ")
    if len(words) < 3:
        return sentence
    out = []
    for i, word in enumerate(words):
        if word.lower() in POLITENESS_WORDS and 0 < i < len(words) - 1 and words[i + 1][:1].isalpha() \
                and _runs_on(words, i + 1):
            word += ":"
        out.append(word)
    return " ".join(out)


def _runs_on(words: list[str], at: int) -> bool:
    """Whether at least three words follow ``at`` before any punctuation: a clause of its own, not the
    end of the request ("Anzahlung bitte zurück, der Gesellschafter ...": "zurück" ends the ask)."""
    for count, word in enumerate(words[at:at + 3], 1):
        if word[-1:] in ",;:.!?" and count < 3:
            return False
    return len(words) - at >= 3


OWN_STATEMENT_NOT = ("field", "greeting", "closing", "not_reason", "no_leading_reason", COURTESY_ONLY)
"""Sentence kinds a part added after the ask may not be, to count as the customer's own statement."""


GREETING_WORDS = 3
"""(fix27a) The most words of a greeting opening an asking sentence before its first comma ("hi ihr lieben",
"bonjour à tous") that :meth:`UnlabelledReasonReading._leading_reason` passes over.  A greeting of any pack the brand
reads counts ("hi ihr lieben" in a German mail opens with the English "hi").  Decision: fewer words than a leading
reason needs (``MIN_LEADING_REASON_WORDS``), so a part that could itself be the reason is never passed over."""


CURRENCY_WORDS = frozenset(("eur", "euro", "euros", "inr", "rs", "rs.", "rupees", "rupee", "rupaye", "rupay", "usd",
                            "dollars", "dollar", "gbp", "chf", "reais", "real", "r$", "pesos", "mxn", "brl", "k"))


def names_a_figure(words: list[str]) -> bool:
    """(fix18) Whether words name a figure of the payment: a word holding a digit that is more than a bare
    count of one or two digits ("OWD-2025-7101", "4999", "12.09.2025", "49€", "50%"), a currency sign, or a
    count followed by a currency word ("12 euros").  Decision: a bare small count tells how long or how
    many ("depuis 3 mois", "for 2 weeks", "seit 6 Monaten", "3 mahine se"), a statement the customer adds
    as their reason; anything else with digits names the invoice, the amount or a date of the payment and
    stays out of a reason read after the ask, as before."""
    for k, word in enumerate(words):
        if any(ch in "€$₹£" for ch in word):
            return True
        if not any(ch.isdigit() for ch in word):
            continue
        if not (word.isdigit() and len(word) <= 2):
            return True
        if k + 1 < len(words) and words[k + 1].lower().strip(".,;:!)") in CURRENCY_WORDS:
            return True
    return False



def _opens_with_greeting(scan) -> bool:
    """(fix25a) Whether a sentence opens with a greeting of the pack ("Estimados: hemos decidido ...",
    "Prezados: a loja fechou ..."): a greeting written with a colon looks like a header line ("Sent: ..."), but
    the customer's words follow it, and they are read as after "Estimados," (POLICY_SPEC section 8: the reason is
    the customer's own words, never a header of a quoted block).  A header's name ("De", "Enviado", "Sent") is
    no greeting, so a quoted header block is still skipped."""
    m = scan.search("greeting")
    return m is not None and m.start() == 0

class UnlabelledReasonReading:
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
        if found is None and (joined := joined_wraps(body)) is not None:
            found = self._unlabelled_in(joined, active)  # (fix26a) a reason cut by a hard wrap
        return found

    def _unlabelled_in(self, body: str, active) -> str | None:
        """:meth:`unlabelled_reason` in ``body``.  (fix26a) Read once more with the mail client's hard wraps
        joined (:func:`~mailbot.reading.rewrap.joined_wraps`) when the lines as written give none: a reason
        wrapped over two lines ("Notre neveu, informaticien, s'en\noccupera désormais.", "our nephew, who
        builds websites, will\nlook after it") is cut into pieces too short to read.  Decision: the lines
        as written are read first, so a reason they hold is never replaced; a wrap is joined only after a
        long line that ends no sentence, so a greeting, a sign-off or a signature line is never joined."""
        return self._first_reason(body, active, False) or self._first_reason(body, active, True) \
            or self._trailing_reason(body, active) or self._short_reason(body, active)

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
        it") is never the reason (POLICY_SPEC section 8: signatures and disclaimers are no reason)."""
        asked = said = False
        for sentence in clauses(body):
            words = sentence.split()
            if len(words) < MIN_REASON_WORDS or mostly_numbers(words) or signature_line(sentence):
                if said and (len(words) <= 3 or asked):
                    short = self.patterns.sentence.scan(sentence.lower().strip(" ,.!-:"), active)
                    if len(words) <= 3 and short.has("closing"):
                        break  # a sign-off line ("Cordialement,"): what follows is the signature
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
            if scan.has("greeting") or scan.has("not_reason") or scan.has(COURTESY_ONLY):
                continue  # (fix22) "Quedo en espera de su pronta respuesta.": a courtesy, no content
            if scan.has("closing") and not restates_request(scan):
                continue  # "Merci d'avance." (a closing that asks, "Merci d'arrêter le SEO : ...", is read below)
            if sentence.rstrip().endswith("?"):
                continue  # a question ("Is there anything I need to do first?") gives no reason
            if restates_request(scan):
                if part := self._reason_beside_request(sentence, active, len(words) > LONG_ASKING_SENTENCE):
                    return part
                asked = True
                continue  # the request restated, with what it is about: not a reason
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
            if not TRAILING_REASON_WORDS <= len(rest.split()) or names_a_figure(rest.split()):
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

    def _leading_reason(self, sentence: str, active) -> str | None:
        """(fix13) The reason written before the request in the same sentence: its first part, up to the
        first comma or colon, when the request comes after it ("Le propriétaire vend le riad, on annule le
        site", "we're moving to another host, please cancel ...").  None when that part is short, names the
        payment (digits, a payment word, a project of the ledger: "the deposit we paid yesterday for the
        Surf School project, ..."), asks itself, or is a greeting, a closing, a field, a forwarding note, or
        opens as a reference or a condition ("Regarding the hosting plan, ...", "If it is not live by
        Friday, ...": ``text.no_leading_reason``).  (fix27a) A greeting of a few words opening the sentence ("hi ihr
        lieben, wir schließen den laden und brauchen die pflege nicht mehr, bitte kündigen", "hola chicos, cerramos
        la tienda, cancelen el plan") is passed over: the part after it is read, as after "Hallo," on a line of
        its own (POLICY_SPEC section 8: the greeting is no reason, the customer's words after it are)."""
        cuts = [i for i in (sentence.find(","), sentence.find(":")) if i > 0]
        if cuts and len(sentence[:min(cuts)].split()) <= GREETING_WORDS and self.patterns.sentence.subset(
                "greeting").scan(sentence[:min(cuts)].lower().strip(" -"), None).has("greeting"):
            sentence = sentence[min(cuts) + 1:]
            cuts = [i for i in (sentence.find(","), sentence.find(":")) if i > 0]
        if not cuts:
            return None
        part = " ".join(sentence[:min(cuts)].split()).strip(" .!")
        if len(part.split()) < MIN_LEADING_REASON_WORDS or len(part) > REASON_CHARS or part.count("(") != \
                part.count(")") or any(ch.isdigit() for ch in part) or self.projects.find(part.lower()):
            return None  # short, cut inside brackets ("the retainer (Berger Social Media, ...)"), the payment
        if self.patterns.main.scan(sentence.lower(), active).has("refund_negated"):
            return None  # "To be clear up front: I am not asking for a refund"
        scan = self.patterns.sentence.scan(part.lower(), active)
        if restates_request(scan) or any(scan.has(kind) for kind in OWN_STATEMENT_NOT):
            return None
        return part

    def _reason_beside_request(self, sentence: str, active, long: bool = True) -> str | None:
        """The reason before the request in the same sentence (:meth:`_leading_reason`), else the one
        after it.  In a long sentence that asks (``We want a refund of the milestone (invoice OWD-251)
        for the portal, our new CEO does not like the design``), the reason is what follows the
        ask after a comma or a colon, to the end of the sentence, when it neither asks again,
        nor names the payment (digits: an invoice, an amount, a date), nor labels a field; the
        text after a colon is preferred (``..., Projekt Seeblick: der Eigentümer hat entschieden,
        die Pension zu verkaufen``).  None when every part only restates the request
        (``wir bitten um Erstattung der Anzahlung ..., Rechnung OWD-2025-5321``).  In a shorter sentence
        (``long`` false) only a part after a colon is looked at.  In a sentence of any length, a part
        between two asks (``wir kündigen das Hosting (OWD-1), da unsere Gruppe zentral hostet, und bitten
        um Erstattung``) is the reason (:meth:`_between_asks`, fix16).  (fix20) A part after a colon is
        left out when it names a figure of the payment (:func:`names_a_figure`: an invoice, an amount) or
        a date ("1 de septiembre"), no longer for any digit: a bare count of how long ("Nous résilions le
        contrat : les résultats ne sont pas au rendez-vous depuis 4 mois") is the customer's reason, the
        same decision as fix18's for the part after the last comma.  A part after a comma still holds no
        digit at all (it often goes on with the payment: "..., que empezó el 1 de septiembre")."""
        if lead := self._leading_reason(sentence, active) or self._dictated_reason(sentence, active):
            return lead
        sentence = _politeness_as_colon(sentence)
        bounds = [-1] + [i for i, ch in enumerate(sentence) if ch in ",:"][:MAX_PARTS] + [len(sentence)]
        asked, found = False, None
        for k in range(len(bounds) - 1):
            part = sentence[bounds[k] + 1:bounds[k + 1]]
            if restates_request(self._restatement_scan(part, active)):
                asked = True
                continue
            if not asked:
                continue  # before the ask, a part without a cue word describes the payment
            if k + 2 < len(bounds) and (middle := self._between_asks(part, sentence[bounds[k + 1] + 1:bounds[k + 2]],
                                                                     active)):
                return middle
            # What follows, as much as a reason keeps (linear: each part looks at a bounded stretch).
            rest = " ".join(sentence[bounds[k] + 1:bounds[k] + 1 + REASON_CHARS].split()).strip(" .!()")
            if len(rest.split()) < fewest_reason_words(sentence[bounds[k]:bounds[k] + 1], rest):
                break
            if any(ch.isdigit() for ch in rest) and (sentence[bounds[k]:bounds[k] + 1] != ":" or names_a_figure(
                    rest.split()) or self.dates.dates_in(rest.lower(), 2000)):
                continue  # (fix20) after a colon, a bare count ("depuis 4 mois") is part of a reason
            scan = self.patterns.sentence.scan(rest.lower(), active)
            if restates_request(scan) or any(scan.has(kind) for kind in ("field", "greeting", "closing", "not_reason",
                                                                         COURTESY_ONLY)) \
                    or self._says_nothing(rest, active):
                continue  # (fix25c) "..., Saini Furniture Store ke liye": what it is for, no reason
            if sentence[bounds[k]:bounds[k] + 1] == ":":
                if not long and (scan.has("no_leading_reason") or self.projects.find(rest.lower())):
                    continue  # "Cancel this one: the deposit for the Linden Shop project" names the work
                return rest[:300]
            if long:
                found = found or rest[:300]
        return found

    def _dictated_reason(self, sentence: str, active) -> str | None:
        """(fix28a) The statement dictated before a "please" that opens the ask, no comma between
        (:mod:`mailbot.reading.dictated`): read when it is a statement of its own of ``MIN_REASON_WORDS`` words
        or more (a greeting opening it passed over), with no figure, and says more than the work or the payment."""
        scan = self._restatement_scan(sentence, active)
        asks = [m for kind in ("ask_refund", "request", "ask_cancellation") for m in scan.finditer(kind)]
        if not asks:
            return None
        first = min(asks, key=lambda m: m.start())
        part = dictated_lead(sentence, first.start(), sentence[first.start():first.end()])
        if part and (greeting := self.patterns.sentence.subset("greeting").scan(part.lower(), active).search(
                "greeting")) is not None and greeting.start() == 0:
            part = part[greeting.end():].strip(" .")
        if not part or len(part.split()) < MIN_REASON_WORDS or len(part) > REASON_CHARS or "@" in part \
                or any(ch.isdigit() for ch in part) or self.projects.find(part.lower()):
            return None
        low = part.lower()
        if not self._own_statement(part, low, self.patterns.sentence.scan(low, active)) \
                or self._says_nothing(part, active):
            return None
        return part

    def _between_asks(self, part: str, following: str, active) -> str | None:
        """(fix16) A part of an asking sentence that the next part follows with a second ask ("we cancel the
        hosting, as our group now hosts centrally, and ask for a refund"): set between two asks, it says
        why.  Decision: a statement of three words or more there is the reason when it neither asks, nor
        names the payment (digits, a project of the ledger, a payment word), nor is a formality or a
        field; the part after it must ask on its own, so a reference or a date after the part does not
        make it one."""
        said = " ".join(part.split()).strip(" .!()")
        if len(said.split()) < TRAILING_REASON_WORDS or any(ch.isdigit() for ch in said) or "@" in said \
                or said.count("(") != said.count(")") or self.projects.find(said.lower()):
            return None
        if not restates_request(self._restatement_scan(following, active)):
            return None
        scan = self.patterns.sentence.scan(said.lower(), active)
        if restates_request(scan) or any(scan.has(kind) for kind in OWN_STATEMENT_NOT):
            return None
        return said[:REASON_CHARS]
