"""perf46 (issue 8): the dispute words a turn-down check reads are read lazily, only as far as the word's sentence
and the next; the answer is the one every dispute word of the mail gives."""

from __future__ import annotations

from mailbot.reading import disputes
from tests.helpers import read_body


def test_the_dispute_words_are_read_only_as_far_as_the_check_looks(monkeypatch):
    real = disputes.turned_down
    consumed = []

    def counting(patterns, low, word, spans, end, written=None):
        seen = []

        def each():
            for span in spans:
                seen.append(span)
                yield span

        answer = real(patterns, low, word, each(), end, written)
        read = list(seen)
        every = seen + list(spans)
        assert answer == real(patterns, low, word, every, end, written)  # every word, as a list
        consumed.append((read, every))
        return answer

    monkeypatch.setattr(disputes, "turned_down", counting)
    body = ("I will file a chargeback with my bank today.\n\n" + "The dashboard is slow again. " * 20
            + "A lawyer, a dispute and another chargeback are next.\n\nNora")
    assert read_body(body).dispute == "chargeback"
    (read, every), = consumed
    # the word itself (matched by several patterns) and the first past the next sentence ("lawyer"), no further
    assert read[-1][0] > 600 and all(start < 40 for start, _ in read[:-1]) and len(every) > len(read)
