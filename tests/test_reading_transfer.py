"""A parse worker's reading travels to the main process pickled (issue 8): the
compact pickles of :class:`~mailbot.models.Extraction` (dates as day numbers,
amounts as one string), :class:`~mailbot.models.Fields` and
:class:`~mailbot.reading.intake.Reading` give back exactly what was sent."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date, datetime, timezone
from decimal import Decimal

from mailbot.models import Extraction, Fields
from mailbot.reading.intake import Reading
from mailbot.reading.parse import parse_message
from tests.helpers import EXAMPLES


def _round_trip(value):
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _extraction(**changes) -> Extraction:
    values = dict(
        fields=Fields(registered_email="a@example.com", plan="annual", reason="too dear", reason_code="other",
                      invoice_number="INV-7", project_name="Shop"),
        intents={"refund", "cancellation"}, dispute="chargeback", stated_email="b@example.com",
        stated_email_labelled=True, invoice_candidates=("INV-7", "INV-8"),
        mentioned_dates=(date(2025, 3, 1), date(1, 1, 1), date(9999, 12, 31), date(2025, 3, 1)),
        mentioned_amounts=(Decimal("1499.00"), Decimal("-0"), Decimal("1E+3"), Decimal("0.000001"),
                           Decimal("NaN"), Decimal("-Infinity"), Decimal("12345678901234567890.5"),
                           Decimal("1499.0")),
        language="es", languages=("es", "en"), unread_language=None, notes=("a forward",),
        doubted=frozenset({"refund"}))
    values.update(changes)
    return Extraction(**values)


def _same(a: Extraction, b: Extraction) -> None:
    """Equal, and every amount the very same Decimal (digits, exponent, sign: NaN is never equal)."""
    assert [(str(x), type(x)) for x in a.mentioned_amounts] == [(str(x), type(x)) for x in b.mentioned_amounts]
    assert [(x, type(x)) for x in a.mentioned_dates] == [(x, type(x)) for x in b.mentioned_dates]
    strip = dict(mentioned_amounts=(), mentioned_dates=())
    assert dataclasses.replace(a, **strip) == dataclasses.replace(b, **strip)
    assert type(a.mentioned_amounts) is type(b.mentioned_amounts) is tuple
    assert type(a.mentioned_dates) is type(b.mentioned_dates) is tuple


def test_an_extraction_comes_back_the_same():
    sent = _extraction()
    _same(_round_trip(sent), sent)


def test_an_extraction_without_dates_or_amounts_comes_back_the_same():
    sent = _extraction(mentioned_dates=(), mentioned_amounts=(), fields=Fields(), intents=set(),
                       doubted=frozenset())
    back = _round_trip(sent)
    assert back == sent and back.mentioned_dates == () and back.mentioned_amounts == ()


def test_dates_or_amounts_of_other_types_are_pickled_as_they_are():
    moment = datetime(2025, 3, 1, 9, 30, tzinfo=timezone.utc)  # a date too, but not only a date
    sent = _extraction(mentioned_dates=(date(2025, 3, 1), moment), mentioned_amounts=(Decimal("5"), 5))
    back = _round_trip(sent)
    assert back.mentioned_dates == sent.mentioned_dates and type(back.mentioned_dates[1]) is datetime
    assert back.mentioned_amounts == sent.mentioned_amounts and type(back.mentioned_amounts[1]) is int


def test_the_examples_readings_come_back_the_same():
    from mailbot.config import load_config
    from mailbot.reading.intake import Reader
    from mailbot.reading.languages import pack_dirs

    config = load_config(EXAMPLES.parent / "config" / "mailbot.toml")
    brand = next(iter(config.brands.values()))
    reader = Reader.of(brand, pack_dirs(config.path))
    read = 0
    for path in sorted((EXAMPLES / "emails").glob("*.eml")):
        reading = reader(path.read_bytes(), path.name)
        back = _round_trip(reading)
        assert type(back) is Reading and back.message == reading.message and back.ignored == reading.ignored
        if reading.extraction is not None:
            _same(back.extraction, reading.extraction)
            read += 1
    assert read > 0
    assert _round_trip(Reading(parse_message(b"Subject: hi\r\n\r\nhello\r\n"), "auto-reply")).ignored == "auto-reply"


def test_dates_and_amounts_travel_as_one_value_each():
    """The pickle names no Decimal and no date per mention (it did before: one object each)."""
    sent = pickle.dumps(_extraction(mentioned_amounts=tuple(Decimal(n) for n in range(1, 30)),
                                    mentioned_dates=tuple(date(2025, 1, d) for d in range(1, 30))),
                        protocol=pickle.HIGHEST_PROTOCOL)
    assert b"Decimal" not in sent and b"datetime" not in sent
