"""The stored reading keeps the customer's own text as a length when it is the
start of the whole text (issue 8: half the bytes to encode, write and load),
and comes back as the same message whichever way it was stored."""

from __future__ import annotations

import dataclasses
import json

from mailbot.reading.parse import parse_message
from mailbot.store.readings import message_from_reading, reading_json
from tests.helpers import EXAMPLES


def _examples():
    for path in sorted((EXAMPLES / "emails").glob("*.eml")):
        msg = parse_message(path.read_bytes(), str(path))
        msg.received_at = msg.date
        yield path.name, msg


def test_own_text_at_the_start_is_stored_as_its_length():
    compact = 0
    for name, msg in _examples():
        data = json.loads(reading_json(msg))
        if msg.new_text and msg.text.startswith(msg.new_text):
            assert "new_text" not in data and data["new_text_end"] == len(msg.new_text), name
            compact += 1
        else:
            assert data["new_text"] == msg.new_text and "new_text_end" not in data, name
        assert message_from_reading(json.dumps(data)) == msg, name
    assert compact > 0  # the examples do have quoted history or signatures after the customer's text


def test_own_text_elsewhere_is_stored_whole():
    name, msg = next(_examples())
    moved = dataclasses.replace(msg, text="> quoted first\n" + msg.text, new_text=msg.new_text or "mine")
    data = json.loads(reading_json(moved))
    assert data["new_text"] == moved.new_text and "new_text_end" not in data
    assert message_from_reading(reading_json(moved)) == moved


def test_a_reading_stored_whole_before_still_loads():
    name, msg = next(_examples())
    data = json.loads(reading_json(msg))
    end = data.pop("new_text_end", None)
    if end is not None:
        data["new_text"] = msg.text[:end]
    assert message_from_reading(json.dumps(data)) == msg


def test_non_ascii_text_cut_at_the_same_character():
    name, msg = next(_examples())
    text = "Grüße, ich möchte mein Geld zurück 💶.\n\n-- \nJürgen"
    own = dataclasses.replace(msg, text=text, new_text=text[:text.index("\n\n-- ")])
    stored = reading_json(own)
    assert json.loads(stored)["new_text_end"] == len(own.new_text)
    assert message_from_reading(stored).new_text == "Grüße, ich möchte mein Geld zurück 💶."


def test_a_pickled_message_carries_its_own_text_once():
    import copy
    import pickle

    for name, msg in _examples():
        back = pickle.loads(pickle.dumps(msg, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == msg and copy.copy(msg) == msg, name
    name, msg = next(_examples())
    text = "I want my money back for invoice 12. " * 200
    own = dataclasses.replace(msg, text=text + "\n-- \nAsha", new_text=text)
    whole = dataclasses.replace(own, text="> quoted\n" + own.text)  # own text not at the start: sent whole
    assert pickle.loads(pickle.dumps(own)) == own and pickle.loads(pickle.dumps(whole)) == whole
    assert len(pickle.dumps(own)) < len(text) * 1.2 < len(pickle.dumps(whole))
