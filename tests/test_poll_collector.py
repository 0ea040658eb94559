"""The garbage collector's young threshold is raised while a poll ingests, and put back after."""

from __future__ import annotations

import gc
import threading

import pytest

from mailbot.service import collector
from mailbot.service.collector import POLL_THRESHOLD, fewer_collections


@pytest.fixture
def thresholds():
    found = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*found)


def test_raised_inside_and_put_back_after(thresholds):
    with fewer_collections():
        assert gc.get_threshold() == (POLL_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_put_back_even_when_the_poll_fails(thresholds):
    with pytest.raises(RuntimeError):
        with fewer_collections():
            raise RuntimeError("the mailbox failed")
    assert gc.get_threshold() == (700, 10, 10)


def test_polls_in_threads_put_it_back_when_the_last_one_ends(thresholds):
    first_in, second_done = threading.Event(), threading.Event()

    def second():
        first_in.wait()
        with fewer_collections():
            pass
        second_done.set()

    thread = threading.Thread(target=second)
    thread.start()
    with fewer_collections():
        first_in.set()
        second_done.wait()
        assert gc.get_threshold()[0] == POLL_THRESHOLD  # the other poll ended first: still raised
    thread.join()
    assert gc.get_threshold() == (700, 10, 10)
    assert collector._polls == 0


def test_a_collector_turned_off_or_less_frequent_is_left_alone(thresholds):
    gc.set_threshold(0, 10, 10)
    with fewer_collections():
        assert gc.get_threshold() == (0, 10, 10)
    gc.set_threshold(50_000, 10, 10)
    with fewer_collections():
        assert gc.get_threshold() == (50_000, 10, 10)
    assert gc.get_threshold() == (50_000, 10, 10)


def test_a_threshold_changed_during_the_poll_is_kept(thresholds):
    with fewer_collections():
        gc.set_threshold(1_000, 10, 10)
    assert gc.get_threshold() == (1_000, 10, 10)


def test_a_poll_ingests_with_the_threshold_raised_and_puts_it_back(thresholds, tmp_path, monkeypatch):
    from mailbot.service.ingest import Ingestor
    from mailbot.service.poll import poll_once
    from mailbot.store import Store, upgrade
    from tests.conftest import mailbox_settings
    from tests.helpers import config, in_process
    from tests.test_service import CLOCK, ListSource, charged_twice, fetched

    cfg = in_process(config())  # the collector is the polling process's: no parse worker needed (ci45)
    cfg.mailboxes = [mailbox_settings(name="lo-support", brand="leadsoptima")]
    url = f"sqlite:///{tmp_path / 'mailbot.db'}"
    upgrade(url)
    store = Store.open(url)
    seen = []
    ingest_group = Ingestor.ingest_group

    def watched(self, *args, **kwargs):
        seen.append(gc.get_threshold())
        return ingest_group(self, *args, **kwargs)

    monkeypatch.setattr(Ingestor, "ingest_group", watched)
    try:
        report = poll_once(cfg, store, [ListSource("lo-support", [fetched(charged_twice(), 1)])], CLOCK)
    finally:
        store.close()
    assert report.mailboxes[0].outcomes["case"] == 1
    assert seen == [(POLL_THRESHOLD, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)
