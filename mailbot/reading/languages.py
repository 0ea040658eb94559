"""Language packs: the words mailbot reads in each language, as data.

One TOML file per language, named by its code (``es.toml``): the shipped packs live in
``mailbot/defaults/config/languages/``; an admin adds or replaces one by putting a file in the
``languages/`` folder beside their ``mailbot.toml`` — no code.  A brand lists the languages it
reads (its ``languages`` setting).  Every list holds RE2 patterns matched on lower-cased text;
they all go into the brand's one-pass engine (:mod:`mailbot.reading.engine`).

The keys a pack may hold (all optional but ``name``; an unknown key is an error, so a typo
does not silently read nothing):
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from mailbot.errors import ConfigError
from mailbot.reading.scripts import nukta_tolerant

SHIPPED = Path(__file__).resolve().parents[1] / "defaults" / "config" / "languages"

KEYS: dict[str, str] = {
    "intents.refund": "words that ask for money back",
    "intents.cancellation": "words that ask to cancel or end a plan, retainer or service",
    "intents.cancellation_past": "a cancellation word that tells what already happened (matched where it starts)",
    "intents.refund_negated": "phrases that say no refund is wanted",
    "intents.cancellation_done": "a cancellation told as made already, with its tense (\"ich habe im August gekündigt\", "
                                 "\"we cancelled in June\"; searched in the body): under it, the subject's cancellation "
                                 "word names the matter, it asks nothing new",
    "intents.refund_past": "a refund word that tells a refund someone already made (\"you refunded us the fee\"; "
                           "matched where it starts, or a match covering it that opens at its subject or a time "
                           "word: \"last spring you refunded a double charge\"): that word asks for nothing",
    "intents.refund_ultimatum": "a refund demanded by a deadline (\"without a refund within 48 hours, I will ...\"): "
                                "a refund decline inside it declines nothing",
    "intents.negation_before": "a negation ending just before an intent word (pattern ends with $)",
    "intents.negation_after": "a negation just after an intent word (pattern starts with ^)",
    "intents.thanked_done": "a thank-you for a refund or a cancellation already made, with its time (\"Gracias por "
                            "cancelar mi plan ayer\", \"thanks for refunding me yesterday\"; searched in the body): "
                            "the intent words inside ask for nothing (fix27l)",
    "intents.new_clause": "a conjunction opening a new clause with its own subject (\"... and I\", \"... und ich\", "
                          "\"... y quiero\"; searched in the words before an intent word): a negation before it "
                          "does not reach the intent word after it (fix27l)",
    "intents.restriction": "a restriction right after the intent's first word (fr \"n'annulons que\", es "
                           "\"no cancelamos más que\", pt \"não cancelamos senão\"; pattern starts with ^): the "
                           "negation before only restricts the intent to what follows, it still asks (fix31l)",
    "intents.threat_condition": "a condition opening a threat, ending just before a negated intent word (\"si no me "
                                "cancelan ... Profeco\"; pattern ends with $): with a dispute threat in the sentence, "
                                "the negation states the threat's condition and the intent is demanded",
    "intents.past_before": "a cue ending just before a cancellation word that tells it already happened "
                           "(\"after\", \"despite\"; pattern ends with $)",
    "intents.hypothetical_condition": "a condition (\"if\"): with a question below, the sentence is hypothetical",
    "intents.hypothetical_question": "a question about an outcome (\"would I get\")",
    "intents.polite_condition": "a polite phrase whose condition word sets no condition (\"if possible\")",
    "intents.closing_own_business": "a cancellation word whose object is the customer's own business "
                                     "(\"dukaan band kar rahe hain\"), matched from that object: closing it is "
                                     "the customer's news (a reason), never a request to cancel",
    "intents.others_wish": "a third person's wish to cancel their own plan (\"my colleague wants to cancel his "
                           "plan\", \"mi socio quiere cancelar su cuenta\"), matched from that person: the sender "
                           "tells it, it asks nothing (fix29l)",
    "intents.refund_by_pronoun": "a refund word's ask back by a pronoun or with no object (\"can we get it back?\", "
                                 "\"wapas mil sakti hai kya?\"): it counts only with money named in reach (fix31l)",
    "intents.money_named": "a money noun, an amount or a refund word (\"fee\", \"paise\", \"200 €\"): in reach of "
                           "an ask back by a pronoun, the pronoun stands for money (fix31l)",
    "intents.policy_mention": "words that name the policy, not a request (\"refund policy\")",
    "intents.dispute": "chargeback, dispute and legal threats (C4)",
    "reasons.duplicate_payment": "words for a duplicate payment (L2)",
    "reasons.billing_error": "words for a technical billing error (L2)",
    "reasons.access_failure": "words for a platform access failure (L2)",
    "reasons.access_unneeded": "access told as no longer needed (\"wir brauchen keinen Zugriff mehr\", \"no access needed any "
                               "more\"): a reason for cancelling, not a platform access failure; an access failure's words "
                               "inside it state none (fix33l)",
    "reasons.cues": "words that introduce the customer's reason (\"because\")",
    "reasons.consequence": "a connector after the reason (\"..., so please cancel\"): the reason is the part "
                           "of the sentence before it",
    "reasons.cause_openers": "the words that open the customer's cause after the ask in the same sentence (\"because\", "
                             "\"weil\", \"parce que\", \"porque\", \"kyunki\"), each ending with what follows it (a space, "
                             "an apostrophe): the reason a cue finds there is what follows them, the ask left out (\"please "
                             "cancel my plan because we have closed the shop\" gives \"we have closed the shop\"; xfer33)",
    "reasons.labels": "a reason label (\"Reason\", \"Motivo\"), followed by a colon and the reason",
    "text.not_reason": "sentences that are never a reason: forwarding notes, formalities, signatures",
    "text.no_leading_reason": "a part before the request in the same sentence that is no reason: one "
                              "opening as a reference or a condition (\"regarding\", \"if\"; ^), or "
                              "naming the payment (\"the deposit we paid\")",
    "text.greetings": "greetings that open a sentence (plain alternatives)",
    "text.closings": "closings that open a sentence (plain alternatives)",
    "text.courtesies": "courtesies and small talk opening a sentence (\"hope you understand\", \"let me know\"; "
                       "plain alternatives): a short sentence after the request that opens with one is no reason",
    "text.sign_offs": "sign-off lines; what follows is signature and footer (plain alternatives)",
    "text.courtesy_words": "the words of a courtesy line (\"awaiting your reply\", \"thanks in advance\", \"please "
                           "confirm receipt\") and the small words around them, each a whole word (plain alternatives): "
                           "a sentence made of them only says nothing beyond the courtesy and is never a reason",
    "text.request": "words that restate the request (a short sentence with them is no reason)",
    "text.purpose_words": "the small words that only say what a request is for or about, the names of the payment and "
                          "the request's own verbs (\"for\", \"the\", \"regarding\", \"ke liye\", \"project\", "
                          "\"invoice\", \"want\", \"reason\"), each a whole word (plain alternatives): a reason made "
                          "only of them, the ledger's project names, references and the request restated is no reason "
                          "(fix25c)",
    "text.number_words": "the words that write out a number or an amount: numerals, their multipliers and the names of "
                         "the currency (\"fourteen\", \"thousand\", \"lakh\", \"rupees\"), each a whole word (plain "
                         "alternatives): in a candidate reason they count like a word holding a digit, so an amount "
                         "restated in words is no reason (fix26a)",
    "text.boilerplate": "disclaimer words: what follows is boilerplate",
    "text.field_words": "a field label (\"Invoice:\"): a short sentence with it is no reason",
    "text.forward_subject": "subject prefixes of a forward, before the colon (plain alternatives)",
    "text.forward_markers": "lines that open a forwarded message",
    "text.reply_subject": "subject prefixes of a reply, before the colon (plain alternatives)",
    "labels.email": "labels of the account or contract address (\"registered email\")",
    "labels.invoice": "labels of an invoice or payment reference (\"Rechnungsnummer\")",
    "labels.project": "labels of the project name",
    "plans.monthly": "words for the monthly plan",
    "plans.quarterly": "words for the quarterly plan",
    "plans.annual": "words for the annual plan",
    "dates.months": "the twelve month names, January first (plain words)",
    "romanised_markers": "words that tell this language written in Latin letters from English",
    "intents.refund_received": "a refund told as already received (\"the refund has reached our account\"): "
                               "the refund words inside ask for nothing, and a charge it settled asks for no money back",
    "intents.refund_pending": "words that say a refund is still awaited (\"not\", \"yet\"): a receipt in the same "
                              "sentence is none",
    "intents.dispute_asked": "a reversal asked of the company itself in a word that can also name a bank's chargeback "
                             "(\"ich bitte um Rückbuchung des Betrags\"): a dispute word wholly inside it is no threat",
    "intents.refund_kept": "a refund request the customer asks us not to drop, a withdrawal negated (\"please don't ignore "
                           "my refund request\", \"no olviden mi solicitud de reembolso\", \"vergessen Sie die "
                           "Rückerstattung nicht\", \"refund request ignore mat kijiye\"): a reminder, the request stands; a "
                           "refund decline overlapping it declines nothing, and a negation after a refund word inside it "
                           "negates the withdrawal verb, not the refund (fix33l)",
    "intents.cancellation_unneeded": "a cancellation told as not needed, the verb opening its clause and its object before the "
                                     "\"not necessary\" (\"Cancelling our monthly plan isn't necessary\", \"Résilier "
                                     "l'abonnement n'est pas nécessaire\"; matched from the clause's start): the cancellation "
                                     "words inside ask for nothing, however many words the object takes (fix33l)",
    "intents.charge_cancelled": "a charge or transaction named, by its rank or its kind, as the object before a cancellation "
                                "word (hi \"doosri transaction cancel karke refund kar dijiye\", de \"die zweite Abbuchung "
                                "stornieren\"; matched from that object): cancelling a charge is a refund of it, never the "
                                "end of the plan, so the cancellation words inside ask for nothing (fix33l)",
    "intents.refund_not_money": "a refund verb whose object is no money (es \"¿nos pueden devolver el acceso?\", pt "
                                "\"podem devolver os arquivos?\"; matched from the verb to the object): access, files, a "
                                "domain or data given back are no refund, so the refund words inside ask for nothing unless "
                                "money is named after the object in its sentence (fix33l)",
    "intents.cancellation_contested": "an objection to a cancellation made by the business (\"I object to your cancellation\", "
                                      "\"gegen Ihre Kündigung lege ich Widerspruch ein\", \"je conteste votre résiliation\"): "
                                      "the customer wants the plan kept, the cancellation words inside ask for nothing (fix33l)",
    "intents.undecided": "a doubt or a deliberation opening a clause before a cancellation word, with the clause's words "
                         "after it up to that word (\"I am considering whether ... \", \"nous ne savons pas encore si ...\"; "
                         "pattern ends with $, read over the intent word's clause, at most 200 characters back): "
                         "undecided, no request however long the clause, unless an ask opener (\"please\") follows the "
                         "doubt (fix33l)",
    "intents.refund_not_received": "a refund denied as received (\"ainda não recebi o reembolso\"): a refund decline "
                                   "overlapping it declines nothing, the refund is still awaited",
    "intents.dispute_own_trade": "the customer naming their own legal trade or a client's (\"ich bin Rechtsanwalt\", "
                                 "\"we are a law firm\", \"a lawyer client of mine\"): a dispute word wholly inside it "
                                 "is no threat when the email asks no refund (fix22)",
    "intents.dispute_disowned": "a chargeback or dispute the customer disowns or tells of another provider (\"I am not the "
                                "type to go to the bank for a chargeback\", \"a chargeback like the one with my last "
                                "provider\"): a dispute word wholly inside it is no threat when the email asks no refund "
                                "(fix25c)",
    # xfer29 (issue 9): word lists that were Python, read as plain words (see WORDS)
    "text.ask_openers": "the one word that opens an ask in dictated mail, where a writer would have put a comma (\"bitte\", "
                        "\"please\", \"svp\"; \"favor\" of \"por favor\"): the statement before it, no punctuation between, "
                        "is read as the reason (fix28a; plain words)",
    "text.ask_opener_glue": "the short words that go with an ask opener before the ask (\"de\" and \"me\" of \"merci de me "
                            "rembourser\", \"por\" of \"por favor\", \"mir\" of \"bitte mir\"; plain words)",
    # xfer31 (issue 9): the last word lists that were Python
    "text.politeness_words": "the one-word \"please\" of the language (\"please\", \"pls\", \"bitte\", \"svp\"), after which "
                             "telegraphic mail goes straight on to the reason (\"cancel sub pls moving abroad\"): the words after "
                             "it are read as after a colon (fix19; plain words)",
    "dates.weekdays": "the seven day names, Monday first (plain words); the English pack's write the staff form of a "
                      "reply's dates (\"Monday, 20 October 2025\"), a reply in another language is dated by Babel in its "
                      "pack's locale",
    "amounts.numerals": "amounts written in words, a word apart (\"one lakh twenty thousand rupees\", \"paanch hazaar "
                        "rupaye\"): a table of each numeral word and its value (\"twenty\" = 20, \"thousand\" = 1000); a "
                        "value below 100 is added, 100 or more multiplies what comes before it (fix27l; the values of "
                        "every pack the brand reads are read together)",
    "amounts.joiners": "the small words between numerals that add nothing (\"and\" of \"one hundred and five\", \"aur\"; "
                       "plain words)",
    "amounts.currency_words": "the names of a currency that close an amount written in words (\"rupees\", \"rupaye\", "
                              "\"euros\"; plain words)",
    "amounts.compound_numerals": "in a language that writes a numeral as one word (German \"eintausendvierhundertneunundneunzig "
                                 "Euro\"), the parts it is made of and their values, as ``amounts.numerals``: each word "
                                 "is cut into the longest parts from its start (fix27l)",
    "amounts.compound_joiners": "the part that joins a unit to its tens inside a compound numeral (German \"und\"; plain "
                                "words)",
    "amounts.compound_articles": "compound-numeral parts that are also an article (German \"ein\", \"eine\"): words made "
                                 "only of them are no amount (\"eine Euro-Rechnung\"; plain words)",
    "amounts.compound_currency_words": "the names of a currency that close a compound numeral (\"euro\", \"rupien\", \"€\"; "
                                       "plain words)",
    "amounts.currency_after_figure": "the names of a currency written after a figure (\"12 euros\", \"500 rs\", \"5 k\"): a "
                                     "count with one after it names the payment, not how long or how many (fix18; plain "
                                     "words)",
    "telltale_words": "common words of this language, texting ones too, that no other pack's language shares (\"my\", "
                      "\"pls\"): one of them tells this language's request word from a cousin's (\"cancel\" in "
                      "\"cancelássemos\"); read for English, whose words are read first in mail the model gives, "
                      "unsure, to a language none of whose request words occur (fix28c; plain words)",
    "common_words": "the language's commonest words (\"the\", \"and\", \"to\"): four of them make text plainly "
                    "this language, read without asking the language model, and two, with this language's request "
                    "words, have mail the model gives to another language read in this one too (fix13); read for "
                    "English (plain words)",
    # xfer33 (issue 9): the last word lists that were Python
    "labels.copulas": "the word that joins a label to its value (\"is\", \"es\", \"ist\", \"est\", \"é\": \"Reason is ...\", "
                      "\"el proyecto es ...\"), of every language the brand reads (plain words)",
    "labels.address_copulas": "more words that join an address label to its address (\"was\", \"era\", \"lautet\", "
                              "\"hai\": \"my registered email was ...\"), besides ``labels.copulas`` (plain words)",
    "labels.number_words": "the words for \"number\" between a reference label and the reference (\"no\", \"nr\", "
                           "\"número\", \"nummer\": \"Rechnung Nr. LO-1\"), a full stop after them or not (plain words)",
    "labels.from": "the label of the sender's line in a forwarded or quoted header (\"from\", \"von\", \"de\": "
                   "\"From: ana@example.com\"; plain words)",
    "dates.day_joiners": "the small word between a day and its month (\"of\" of \"3rd of July\"): read with the English "
                         "pack's month names in the dates kept for staff (plain words)",
    "text.name_joiners": "the words joining partners' names in a firm's name (\"and\", \"und\", \"y\", \"et\": \"Herrera y López "
                         "Abogados\"): a legal word after such names, one of them in the sender's own domain, is the "
                         "customer's firm, no threat (fix16; plain words; of every pack loaded, read before the brand "
                         "is known)",
    "amounts.currency_marks": "the currency marks written beside a figure, before or after it (\"₹\", \"rs.\", \"inr\", \"€\", "
                              "\"r$\": \"Rs. 1,19,880\", \"1.499,00 €\"): the amounts a customer states, shown to staff "
                              "(plain words; of every language the brand reads)",
    "dates.ordinal_suffixes": "the letters written after a day's figure (\"st\", \"nd\", \"rd\", \"th\" of \"3rd July\"): "
                              "read with the English pack's month names in the dates kept for staff (plain words)",
    "sentences.titles": "titles written before a name with a full stop (\"dr\", \"sra\", \"hr\" for \"Dr. Meyer\", "
                        "\"Sra. López\", \"Hr. Weber\"): the full stop closes no sentence when a space and a letter "
                        "follow (fix27l; plain words, without the full stop)",
    "sentences.abbreviations": "abbreviations written with a full stop inside a sentence (\"zzgl\", \"e.g\", \"p.ej\"): "
                               "their last full stop never closes a sentence (fix26b; plain words, inner full stops "
                               "kept)",
    "sentences.abbreviations_before_number": "abbreviations that close no sentence when a number follows (\"nr\" of "
                                             "\"Rechnung Nr. 4711\", \"rs\" of \"Rs. 999\"), though they may end "
                                             "one otherwise (fix26b; plain words)",
    "sentences.abbreviations_before_lower": "abbreviations that close no sentence when a lower-case word follows (\"ust\" "
                                            "of \"zzgl. USt. auf das Konto\"), though they often end one (fix26b; plain "
                                            "words)",
    "sentences.months_after_day_dot": "in a language that writes a day with a full stop (German \"am 5. September\"), "
                                      "the month names as written after it, other spellings too (\"jänner\"): that "
                                      "full stop closes no sentence, the month name capitalised or not (fix27l; plain "
                                      "words)",
}
TOP = {"name", "locale", "fallback_subject"}
"""The pack's own strings: its language's ``name``, the Babel ``locale`` of replies in it, and (xfer31) the
``fallback_subject`` of a reply that repeats none of the customer's ("Su solicitud"; a cautious reply, an email
without a subject)."""
__doc__ += "\n".join(f"- ``{key}``: {help}" for key, help in KEYS.items()) + "\n"


@dataclass(frozen=True)
class LanguagePack:
    """One language's words (pattern lists by key, see :data:`KEYS`)."""

    code: str
    name: str
    locale: str
    source: Path
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    numbers: dict[str, dict[str, int]] = field(default_factory=dict)
    """(xfer31) The tables of :data:`NUMBERS` keys: word -> value."""
    fallback_subject: str | None = None
    """(xfer31) The subject of a reply in this language that repeats none of the customer's."""

    def get(self, key: str) -> tuple[str, ...]:
        return self.words.get(key, ())

    def values(self, key: str) -> dict[str, int]:
        return self.numbers.get(key, {})


WORDS = {"text.ask_openers", "text.ask_opener_glue", "text.politeness_words", "amounts.currency_after_figure", "dates.weekdays",
         "amounts.joiners", "amounts.currency_words", "amounts.compound_joiners", "amounts.compound_articles",
         "amounts.compound_currency_words",
         "telltale_words", "common_words", "sentences.titles", "sentences.abbreviations",
         "sentences.abbreviations_before_number", "sentences.abbreviations_before_lower",
         "sentences.months_after_day_dot", "labels.copulas", "labels.address_copulas", "labels.number_words", "labels.from",
         "dates.ordinal_suffixes", "dates.day_joiners", "amounts.currency_marks",
         "text.name_joiners"}
"""(xfer29) Keys whose entries are plain lower-case words looked up as written (not patterns): each is checked to be
one word, lower case, without white space (an abbreviation keeps its inner full stops: "z.b")."""

NUMBERS = {"amounts.numerals", "amounts.compound_numerals"}
"""(xfer31) Keys whose value is a table of plain lower-case words and their whole-number values (``twenty = 20``)."""

PLAIN = {"text.greetings", "text.closings", "text.courtesy_words", "text.purpose_words", "text.number_words",
         "text.sign_offs", "text.forward_subject", "text.reply_subject", "dates.months"}
"""Keys whose entries are joined into a larger pattern: checked as fragments, not alone."""


def load_pack(path: Path) -> LanguagePack:
    """One pack file; bad content raises :class:`ConfigError` naming the file and key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read language pack: {exc}") from None
    words: dict[str, tuple[str, ...]] = {}
    numbers: dict[str, dict[str, int]] = {}
    for key, value in data.items():
        if key in TOP:
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"{path}: {key}: expected a non-empty string")
            continue
        items = value.items() if isinstance(value, dict) else [(None, value)]
        for sub, patterns in items:
            full = f"{key}.{sub}" if sub else key
            if full not in KEYS:
                raise ConfigError(f"{path}: {full}: unknown key (known: {', '.join(sorted(KEYS))})")
            if full in NUMBERS:
                numbers[full] = _number_table(path, full, patterns)
                continue
            if not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
                raise ConfigError(f"{path}: {full}: expected a list of non-empty strings")
            if full in WORDS:
                bad = [p for p in patterns if p != p.lower() or p.split() != [p]]
                if bad:
                    raise ConfigError(f"{path}: {full}: expected lower-case words without spaces, got {bad[0]!r}")
            elif full != "dates.months":  # month names are looked up as written, not matched as patterns
                patterns = [nukta_tolerant(p) for p in patterns]  # fix16: फ़ीस reads as फीस
            words[full] = tuple(patterns)
    if "name" not in data:
        raise ConfigError(f"{path}: name: missing (the language's name, e.g. \"Spanish\")")
    months = words.get("dates.months", ())
    if months and len(months) != 12:
        raise ConfigError(f"{path}: dates.months: expected 12 month names, got {len(months)}")
    weekdays = words.get("dates.weekdays", ())
    if weekdays and len(weekdays) != 7:
        raise ConfigError(f"{path}: dates.weekdays: expected 7 day names, got {len(weekdays)}")
    return LanguagePack(path.stem, data["name"], data.get("locale", path.stem), path, words, numbers,
                        data.get("fallback_subject"))


def _number_table(path: Path, key: str, table) -> dict[str, int]:
    """(xfer31) A :data:`NUMBERS` key's table, checked: lower-case words without spaces, each a whole number >= 0."""
    if not isinstance(table, dict) or not table:
        raise ConfigError(f"{path}: {key}: expected a table of words and their values (twenty = 20)")
    for word, value in table.items():
        if word != word.lower() or word.split() != [word]:
            raise ConfigError(f"{path}: {key}: expected lower-case words without spaces, got {word!r}")
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ConfigError(f"{path}: {key}: {word}: expected a whole number, got {value!r}")
    return dict(table)


def pack_dirs(config_path: Path | None) -> list[Path]:
    """Where packs are found, later folders overriding earlier: shipped, then the config's ``languages/``."""
    dirs = [SHIPPED]
    if config_path is not None:
        folder = (config_path.parent if config_path.suffix else config_path) / "languages"
        if folder.resolve() != SHIPPED and folder.is_dir():
            dirs.append(folder)
    return dirs


_CACHE: dict[tuple[Path, ...], dict[str, LanguagePack]] = {}


def load_packs(dirs: list[Path]) -> dict[str, LanguagePack]:
    """Every pack in ``dirs`` by language code (loaded once per set of folders)."""
    key = tuple(dirs)
    if key not in _CACHE:
        packs: dict[str, LanguagePack] = {}
        for folder in dirs:
            for path in sorted(folder.glob("*.toml")):
                packs[path.stem] = load_pack(path)
        _CACHE[key] = packs
    return _CACHE[key]


def pack_locales(dirs: list[Path]) -> dict[str, str]:
    """The Babel locale of every pack in ``dirs`` by language code, as :func:`load_packs` gives
    them (the same files and values, read from the packs' heads: :func:`pack_strings`), without
    keeping the packs unless they are already kept.  Issue 8, memory (perf25c): the drafts of a
    poll's main process only need the locales, and the packs' words kept for them were ~0.75 MB
    of its memory; a process that reads emails itself has loaded them already and answers from them."""
    return {code: locale for code, (locale,) in pack_strings(dirs, ("locale",)).items()}


def pack_fallback_subjects(dirs: list[Path]) -> dict[str, str]:
    """(xfer31) The ``fallback_subject`` of every pack in ``dirs`` that has one, by language code, read as
    :func:`pack_locales` reads the locales."""
    return {code: subject for code, (subject,) in pack_strings(dirs, ("fallback_subject",)).items() if subject}


def pack_words(dirs: list[Path], key: str) -> tuple[str, ...]:
    """(xfer33) The entries of ``key`` in every pack in ``dirs`` (as :func:`load_packs` gives them), each once, read as
    :func:`pack_locales` reads the locales: a caller that needs a few words (a reply's subject prefixes, in the
    drafting process) does not keep the packs."""
    packs = _CACHE.get(tuple(dirs))
    if packs is None:
        found: dict[str, LanguagePack] = {}
        for folder in dirs:
            for path in sorted(folder.glob("*.toml")):
                found[path.stem] = load_pack(path)
        packs = found
    return tuple(dict.fromkeys(word for pack in packs.values() for word in pack.get(key)))


def pack_strings(dirs: list[Path], names: tuple[str, ...]) -> dict[str, tuple]:
    """The top-level strings ``names`` (:data:`TOP`: ``locale``, ``fallback_subject``) of every pack in
    ``dirs``, by language code: the values :func:`load_packs` gives, from each file's head
    (:func:`pack_head`) when it is clean, else from the whole file (:func:`load_pack`, its errors).

    Issue 8 (perf33b): a poll's drafts need only these strings, and each reading of the six
    shipped packs whole (900 KB of TOML, ~6,400 patterns made nukta-tolerant) cost its main process
    50-120 ms of CPU, once per poll (10-40 us an email of a 3,000-5,000-email poll), and a few MB
    of short-lived objects; their heads take well under a millisecond.  Decision: a mistake in a
    pack's patterns is not met here but where the packs are read, as before perf33b for a poll's
    main process (the parse workers, or the process reading in-process, load every pack before an
    email: :meth:`~mailbot.drafting.drafter.Drafter.locale_of`)."""
    packs = _CACHE.get(tuple(dirs))
    if packs is not None:
        return {code: tuple(getattr(pack, name) for name in names) for code, pack in packs.items()}
    found: dict[str, tuple] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.toml")):
            head = pack_head(path)
            if head is None:
                pack = load_pack(path)  # the whole file: its values, or the error it has always raised
                head = {name: getattr(pack, name) for name in TOP}
            found[path.stem] = tuple(head.get(name) for name in names)
    return found


def pack_head(path: Path) -> dict[str, str | None] | None:
    """A pack's top-level strings (:data:`TOP`; ``locale`` defaults to the language code, as
    :func:`load_pack` gives it) read from the file's head alone, or None when the head is not
    clean: TOML before the file's first line opening with ``[`` that parses alone, whose
    :data:`TOP` keys are each a non-empty string, ``name`` among them.

    Why the head alone is the file's: TOML puts every top-level key before the first table
    header, which opens its line.  A ``[`` opening a line inside a multi-line string or array
    leaves that construct unclosed in the head, which then does not parse (None: the caller
    reads the whole file).  Anything else that is not clean gives None too, so a broken head
    raises :func:`load_pack`'s own error.  The head's other keys (lists of words) are not looked
    at here (see :func:`pack_strings`)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    at = text.find("\n[")
    try:
        data = tomllib.loads(text if at < 0 else text[:at + 1])
    except tomllib.TOMLDecodeError:
        return None
    if "name" not in data or not all(isinstance(data[key], str) and data[key].strip()
                                     for key in TOP & data.keys()):
        return None
    return {"name": data["name"], "locale": data.get("locale", path.stem),
            "fallback_subject": data.get("fallback_subject")}


def shipped_words(key: str) -> frozenset[str]:
    """(xfer31) The plain words of ``key`` in every shipped pack: what a caller reads that is given no brand's packs
    (a module-level helper called alone, as the tests do); a brand's reading takes its own packs' words
    (:meth:`~mailbot.reading.wording.BrandPatterns.words`)."""
    return frozenset(word for pack in load_packs([SHIPPED]).values() for word in pack.get(key))


def process_packs() -> list[LanguagePack]:
    """(xfer33, issue 9) Every pack loaded in the process so far (the shipped ones when none is) (a brand's
    ``languages/it.toml`` once its configuration is loaded), each once by source file: whose words count where a
    list must stay process-wide, read before the brand is known (an email's forward lines are found while it is
    parsed).  The list only grows; :func:`process_packs_key` tells a caller when to work its words out again."""
    seen: dict[str, LanguagePack] = {}
    for packs in list(_CACHE.values()) or [load_packs([SHIPPED])]:  # a brand's set holds the shipped packs already
        for pack in packs.values():
            seen.setdefault(str(pack.source), pack)
    return list(seen.values())


def added_packs() -> list[LanguagePack]:
    """(xfer33) The packs loaded in the process that are not shipped files (an admin's ``it.toml``), each once: loads
    nothing (a process that has loaded no configuration has none)."""
    seen: dict[str, LanguagePack] = {}
    for packs in list(_CACHE.values()):
        for pack in packs.values():
            if not is_shipped(pack):
                seen.setdefault(str(pack.source), pack)
    return list(seen.values())


def process_packs_key() -> int:
    """(xfer33) A number that changes when :func:`process_packs` would give more packs (the sets loaded)."""
    return len(_CACHE)


def is_shipped(pack: LanguagePack) -> bool:
    """(xfer33) Whether ``pack`` is one of the shipped files (not an admin's)."""
    return pack.source.parent == SHIPPED


def shipped_pack_words(code: str, key: str) -> tuple[str, ...]:
    """(xfer33) The entries of ``key`` in the shipped pack ``code``, from the packs loaded if they are, else read from
    its file alone (one TOML parse, the pack not kept: a module that needs a few words at import, as
    :mod:`~mailbot.reading.mentions` does the English month names, pays ~10 ms, not the six packs' load)."""
    packs = _CACHE.get((SHIPPED,))
    if packs is not None and code in packs:
        return packs[code].get(key)
    section, _, name = key.rpartition(".")
    try:
        data = tomllib.loads((SHIPPED / f"{code}.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{SHIPPED / f'{code}.toml'}: cannot read language pack: {exc}") from None
    value = (data.get(section, {}) if section else data).get(name, ())
    return tuple(value)
