"""The customer's reason written beside the ask in the sentence that asks: the part before it (``we're moving
to another host, please cancel ...``), after it past a comma or a colon, between two asks, or dictated before a
"please" with no comma (POLICY_SPEC section 8), and the word tests these share (a figure of the payment, a one-word
"please").  A mixin of :class:`~mailbot.reading.unlabelled_reason.UnlabelledReasonReading`, which reads the
customer's first sentence of their own and the short statements after the ask (fix29l: split from that module,
no change of behaviour)."""

from __future__ import annotations

import unicodedata

from mailbot.reading.reading_rules import (
    JOINED_CLAUSE_WORDS, MAX_PARTS, MIN_LEADING_REASON_WORDS, MIN_REASON_WORDS, REASON_CHARS, TRAILING_REASON_WORDS,
    fewest_reason_words, opening_greeting,
)
from mailbot.reading.signatures import COURTESY_ONLY
from mailbot.reading.wording import restates_request
from mailbot.reading.dictated import dictated_lead
from mailbot.reading.languages import shipped_words
from mailbot.reading.sentences import clauses


def _politeness_as_colon(sentence: str, politeness: frozenset[str]) -> str:
    """(fix19) ``sentence`` with a colon after a one-word "please" that runs on into more words without
    punctuation ("résilier svp je change de métier" -> "résilier svp: je change de métier"), so the
    words after it are read as the part beside the request, as after "résilier :".  Linear: one split.
    (xfer31) ``politeness``: the ``text.politeness_words`` of the packs the brand reads ("svp", "pls", "bitte"),
    after which telegraphic mail goes straight on to the reason ("cancel sub pls moving abroad")."""
    words = sentence.split(" ")
    if len(words) < 3:
        return sentence
    out = []
    for i, word in enumerate(words):
        if word.lower() in politeness and 0 < i < len(words) - 1 and words[i + 1][:1].isalpha() \
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


DAY_SUFFIXES = ("st", "nd", "rd", "th", "º", "°", "ª", "er", ".")
"""(fix42b) The endings of a day written as an ordinal ("1st", "1er", "1.", "1º")."""


def _date_word(word: str, months: dict[str, int]) -> bool:
    """(fix42b) Whether a word is a day of a date (one or two digits, an ordinal ending or not) or a month name."""
    low = word.lower().strip(",;:!?()")
    if low.rstrip(".") in months:
        return True
    for suffix in DAY_SUFFIXES:
        if low.endswith(suffix) and low[:-len(suffix)].isdigit():
            low = low[:-len(suffix)]
            break
    return low.isdigit() and len(low) <= 2


OWN_STATEMENT_NOT = ("field", "greeting", "closing", "not_reason", "no_leading_reason", "other_ask", COURTESY_ONLY)
"""Sentence kinds a part added after the ask may not be, to count as the customer's own statement."""


GREETING_WORDS = 3
"""(fix27a) The most words of a greeting opening an asking sentence before its first comma ("hi ihr lieben",
"bonjour à tous") that :meth:`UnlabelledReasonReading._leading_reason` passes over.  A greeting of any pack the brand
reads counts ("hi ihr lieben" in a German mail opens with the English "hi").  Decision: fewer words than a leading
reason needs (``MIN_LEADING_REASON_WORDS``), so a part that could itself be the reason is never passed over."""


def _year_word(word: str) -> bool:
    """(fix43b) Whether a word is a year alone (four digits from 1990 to 2099: "2026", "(2026)")."""
    low = word.strip(",;:!?().\"'«»")
    return len(low) == 4 and low.isdigit() and 1990 <= int(low) <= 2099


def names_a_figure(words: list[str], currencies: frozenset[str] | None = None) -> bool:
    """(fix18) Whether words name a figure of the payment: a word holding a digit that is more than a bare
    count of one or two digits ("OWD-2025-7101", "4999", "12.09.2025", "49€", "50%"), a currency sign, or a
    count followed by a currency word ("12 euros").  Decision: a bare small count tells how long or how
    many ("depuis 3 mois", "for 2 weeks", "seit 6 Monaten", "3 mahine se"), a statement the customer adds
    as their reason; anything else with digits names the invoice, the amount or a date of the payment and
    stays out of a reason read after the ask, as before.  (xfer31) The currency words are ``currencies``: the
    ``amounts.currency_after_figure`` words of the packs the brand reads (of every shipped pack when not given)."""
    if currencies is None:
        currencies = shipped_words("amounts.currency_after_figure")
    for k, word in enumerate(words):
        if any(ch in "€$₹£" for ch in word):
            return True
        if not any(ch.isdigit() for ch in word):
            continue
        if not (word.isdigit() and len(word) <= 2):
            return True
        if k + 1 < len(words) and words[k + 1].lower().strip(".,;:!)") in currencies:
            return True
    return False


def _vocative(sentence: str, comma: int) -> bool:
    """(fix43c) Whether ``sentence`` opens with a one-word address before its first comma (``comma``): a name or a
    title ("Janab,", "Huzoor,", "जनाब,", "Ravi,"), a word of letters alone (their vowel signs too).  Decision: one word
    is never a reason on its own (``MIN_LEADING_REASON_WORDS``), so passing over it only lets the part after it be
    read, and that part is judged as any leading part is; a word holding a digit (a reference) is left as before."""
    word = sentence[:comma].strip(" -") if comma > 0 else ""
    return bool(word) and " " not in word \
        and all(ch.isalpha() or ch == "-" or unicodedata.category(ch)[0] == "M" for ch in word)


class ReasonBesideAskReading:
    """Methods of :class:`~mailbot.reading.extract.Extractor`, through
    :class:`~mailbot.reading.unlabelled_reason.UnlabelledReasonReading` (it holds ``patterns``, ``projects``,
    ``dates``; its ``_own_statement``, ``_says_nothing`` and ``_restatement_scan`` are asked here)."""

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
        its own (POLICY_SPEC section 8: the greeting is no reason, the customer's words after it are).  (fix43c) So is
        a one-word address before a comma, a name or a title no pack lists ("Janab, kaam bahut slow hai ..., paisa
        wapas kijiye", "Ravi, ...": :func:`_vocative`)."""
        cuts = [i for i in (sentence.find(","), sentence.find(":")) if i > 0]
        if cuts and len(sentence[:min(cuts)].split()) <= GREETING_WORDS \
                and (opening_greeting(self.patterns.sentence, sentence[:min(cuts)].strip(" -")) >= 0
                     or _vocative(sentence, sentence.find(","))):
            sentence = sentence[min(cuts) + 1:]
            cuts = [i for i in (sentence.find(","), sentence.find(":")) if i > 0]
        return self._leading_part(sentence, sentence[:min(cuts)], active) if cuts else None

    def _joined_reason(self, body: str, active) -> str | None:
        """(fix36b) Only when no sentence gives a reason: the part before "and we" opening the ask in an asking
        sentence ("La saison est finie et nous voulons arrêter l'hébergement", "the season is over and we want to stop
        the hosting"), read as the part before a comma is (:meth:`_leading_part`).  (fix38l) That part is a clause of
        its own by its shape (the conjunction opens the next clause with a subject of its own), so
        :data:`JOINED_CLAUSE_WORDS` words are enough ("A temporada acabou e queremos cancelar", "The shop closed and
        we want to cancel"); a part before a comma still needs :data:`MIN_LEADING_REASON_WORDS`.  Decision: looked at after every
        other reason of the body, so a reason after the ask or in a sentence of its own wins ("Je suis en période
        d'essai et je voudrais être remboursé, l'outil ne me convient pas" gives the tool not suiting, not the
        trial)."""
        for sentence in clauses(body):
            joined = self._joined_clause(sentence, active)
            if joined > 0 and restates_request(self._restatement_scan(sentence[joined:], active)) \
                    and (part := self._leading_part(sentence, sentence[:joined], active, JOINED_CLAUSE_WORDS)):
                return part
        return None

    def _joined_clause(self, sentence: str, active) -> int:
        """(fix36b) Where the first "and" opening a clause of its own subject begins (``intents.new_clause`` whose
        conjunction is one of the packs' ``text.name_joiners``: "and we", "et nous", "und wir", "y queremos", "aur
        hum"), -1 when none: the part before it may be the reason of the ask after it, as the part before a comma.
        Decision: only "and"; "but", "so" ("the site is fine but we want to cancel") join no reason."""
        joiners = self.patterns.words("text.name_joiners")
        low = sentence.lower()
        if len(low) != len(sentence):
            return -1  # (a letter whose lower case is longer: no offsets to share)
        for m in self.patterns.window.subset("new_clause").scan(low, active).finditer("new_clause"):
            words = low[m.start():m.end()].split()
            if len(words) >= 2 and words[1] in joiners:
                return low.find(words[1], m.start() + len(words[0]))
        return -1

    def _leading_part(self, sentence: str, part: str, active, fewest: int = MIN_LEADING_REASON_WORDS) -> str | None:
        """The part before the request (``part``, cut from ``sentence``) when it is the customer's reason, of at least
        ``fewest`` words."""
        part = " ".join(part.split()).strip(" .!")
        if len(part.split()) < fewest or len(part) > REASON_CHARS or part.count("(") != \
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
        sentence = _politeness_as_colon(sentence, self.patterns.words("text.politeness_words"))
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
                    rest.split(), self.patterns.words("amounts.currency_after_figure"))
                    or self.dates.dates_in(rest.lower(), 2000)) \
                    and not (sentence[bounds[k]:bounds[k] + 1] == ":" and (self._dated_statement(rest, active)
                                                                          or self._yeared_statement(rest, active))):
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

    def _dated_statement(self, rest: str, active) -> bool:
        """(fix42b) Whether a part after a colon that holds a date is a statement of the customer's own event with its
        day ("... au prorata : la pâtisserie est vendue au 1er novembre", "...: die Konditorei wird zum 1. November
        verkauft"): its words left when the date's (a day of one or two digits, a month name) are taken out hold no
        other figure, are :data:`MIN_REASON_WORDS` or more, and say more than the work or the payment.  Decision: the
        payment's own date after a colon ("Cancel: invoice of 1 September", "Remboursez : le paiement du 3
        septembre") stays out, as fix20 decided, for it is short or names only the payment."""
        if not self.dates.dates_in(rest.lower(), 2000):
            return False
        words = [w for w in rest.split() if not _date_word(w, self.dates.months)]
        if len(words) < MIN_REASON_WORDS or any(ch.isdigit() for w in words for ch in w):
            return False
        return not self._says_nothing(" ".join(words), active)

    def _yeared_statement(self, rest: str, active) -> bool:
        """(fix43b) Whether a part after a colon whose only figure is a year is a statement of the customer's own
        ("... : la collectivité reprend la communication du carnaval 2026", "...: we have our own team for the 2026
        season"): its words left when the years (:func:`_year_word`, not followed by a currency word) are taken out
        name no figure, are :data:`MIN_REASON_WORDS` or more, and say more than the work or the payment.  Decision: a
        year names an event or a season, not the payment; an amount ("2026 euros") or an invoice stays out, as fix20
        decided, and so does a part that only names the payment with its year ("Cancel: the invoice of 2025")."""
        words = rest.split()
        currencies = self.patterns.words("amounts.currency_after_figure")
        years = [k for k, w in enumerate(words) if _year_word(w) and not (
            k + 1 < len(words) and words[k + 1].lower().strip(".,;:!)") in currencies)]
        if not years:
            return False
        others = [w for k, w in enumerate(words) if k not in years]
        if len(others) < MIN_REASON_WORDS or names_a_figure(others, currencies) \
                or self.dates.dates_in(" ".join(others).lower(), 2000):
            return False
        return not self._says_nothing(" ".join(others), active)

    def _cause_after_ask(self, sentence: str, cue: str, active) -> str | None:
        """(xfer33) The cause in a sentence that asks first and says why after, a reason cue (``cue``, as the pack's
        pattern matched it) among the words after the ask: what follows the last cause opener of the packs
        (``reasons.cause_openers``: "because", "weil", "parce que", "porque", "kyunki") at or before the cue, when
        the part before that opener asks ("please cancel my plan because we have closed the shop" gives "we have
        closed the shop", where the whole sentence was quoted, the ask included).  Decision (POLICY_SPEC section 8:
        the reason is the customer's own words, and staff and the reply want the cause): None, so that the whole
        sentence is quoted as before, when no opener comes before the cue ("we are closing our business" names the
        cause itself), when the part before the opener asks nothing (a sentence that IS the reason stays whole:
        "We cancelled because the shop closed."), or when what follows is short (fewer than three words), asks
        again, or is no reason of itself (a formality, the payment named): a reason is never lost by the trim."""
        low = sentence.lower()
        cue = " ".join(cue.split()).strip(" ,;:.!?")
        at = low.find(cue) if cue else -1
        if at <= 0 or sentence.rstrip().endswith("?"):
            return None
        openers = [m for m in self.patterns.sentence.subset("cause_opener").scan(low, active).finditer("cause_opener")
                   if m.start() <= at]
        if not openers:
            return None
        opener = openers[-1]
        before = sentence[:opener.start()]
        if not before.strip() or not restates_request(self._restatement_scan(before, active)):
            return None
        cause = " ".join(sentence[opener.end():].split()).strip(" ,;:-.!")
        if len(cause.split()) < TRAILING_REASON_WORDS or len(cause) > REASON_CHARS:
            return None
        if restates_request(self._restatement_scan(cause, active)) or self._not_reason(cause, active):
            return None
        return cause

    def _dictated_reason(self, sentence: str, active) -> str | None:
        """(fix28a) The statement dictated before a "please" that opens the ask, no comma between
        (:mod:`mailbot.reading.dictated`): read when it is a statement of its own of ``MIN_REASON_WORDS`` words
        or more (a greeting opening it passed over), with no figure, and says more than the work or the payment."""
        scan = self._restatement_scan(sentence, active)
        asks = [m for kind in ("ask_refund", "request", "ask_cancellation") for m in scan.finditer(kind)]
        if not asks:
            return None
        first = min(asks, key=lambda m: m.start())
        part = dictated_lead(sentence, first.start(), sentence[first.start():first.end()],
                             self.patterns.words("text.ask_openers"), self.patterns.words("text.ask_opener_glue"),
                             self.patterns.words("text.ask_subjects"), self.patterns.words("text.ask_subject_contrasts"),
                             self.patterns.words("text.ask_subject_determiners"))
        if part and (greeting := opening_greeting(self.patterns.sentence, part)) >= 0:
            part = part[greeting:].strip(" .")
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
