"""reading_rules.words_of splits as the plain ``str.translate`` it replaced (issue 8, speed)."""

import random

from mailbot.reading.reading_rules import PUNCTUATION, words_of

_TABLE = str.maketrans({c: " " for c in PUNCTUATION})


def _reference(text: str) -> list[str]:
    return text.casefold().translate(_TABLE).split()


def test_words_of_splits_at_the_same_marks_as_a_translate_table():
    samples = ["Refund, please: invoice INV-2041 (₹1,499.00)!", "Grüße—Jürgen… „Rückerstattung“ «oui» ‘ok’ • x·y",
               "ĞÜŞ İstanbul; STRASSE/Straße", "ﬁle it's-done", "a\ud800b, c", "", "   ", "——", "e\u0301, z"]
    for text in samples:
        assert words_of(text) == _reference(text), text


def test_words_of_matches_on_random_mixed_text():
    rng = random.Random(8)
    alphabet = PUNCTUATION + "abcXYZ éßİıǅ₹€ \n\t0123—…“" + "\u0928\u092e\u0938\u094d\u0924\u0947"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert words_of(text) == _reference(text), repr(text)
