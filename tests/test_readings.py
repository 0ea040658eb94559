"""What triage read at ingest is stored with the email: the case page and a
follow-up's re-decision use it and never parse the raw bytes again."""

from __future__ import annotations

from mailbot.reading import parse as parse_module
from mailbot.reading.parse import parse_message
from mailbot.store.readings import case_readings, message_from_reading, reading_json
from mailbot.web import views
from tests.helpers import EXAMPLES
from tests.test_service import (ListSource, answer, cfg, charged_twice, fetched, poll, store)  # noqa: F401


def test_a_reading_comes_back_as_the_parse_it_was():
    for path in sorted((EXAMPLES / "emails").glob("*.eml")):
        msg = parse_message(path.read_bytes(), str(path))
        msg.received_at = msg.date
        assert message_from_reading(reading_json(msg)) == msg, path.name


def test_case_page_and_follow_up_use_the_stored_reading_not_the_bytes(cfg, store, monkeypatch):  # noqa: F811
    poll(cfg, store, ListSource("lo-support", [fetched(charged_twice(), 1)]))

    def no_parsing(*args, **kwargs):
        raise AssertionError("raw bytes parsed again")

    monkeypatch.setattr(views, "parse_message", no_parsing)
    answered = answer("Re: Charged twice", "<a1@example.in>", In_Reply_To="<q1@example.in>")
    real_parse = parse_module.parse_message  # the in-process reading (parse, screen, extract)
    parsed = []

    def parse_only_new(raw, source="", limits=None):
        parsed.append(source)
        return real_parse(raw, source, limits)

    # Reader.parse and a stored email without a reading import the parser when they need it (perf28b)
    monkeypatch.setattr(parse_module, "parse_message", parse_only_new)
    monkeypatch.setattr(cfg, "parse_workers", 0)  # read in this process, where the count above sees it
    poll(cfg, store, ListSource("lo-support", [fetched(charged_twice(), 1), fetched(answered, 2)]))
    assert parsed == ["lo-support:2"]  # the follow-up only: the first email's reading was reused

    with store.connect() as conn:
        readings = case_readings(conn, 1)
        assert [msg is not None for _, msg, _, _ in readings] == [True, True]
        page = views.case_page(conn, 1)
    assert len(page.emails) == 2 and "charged twice" in page.emails[0].text.lower()
