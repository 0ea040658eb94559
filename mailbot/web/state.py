"""What every request of the staff UI needs: the configuration, the store and the clock."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from mailbot.clock import Clock
from mailbot.config import Config
from mailbot.store.database import Store

EXTENSION = "mailbot"


@dataclass(frozen=True)
class WebState:
    config: Config
    store: Store
    clock: Clock


def web_state() -> WebState:
    return current_app.extensions[EXTENSION]
