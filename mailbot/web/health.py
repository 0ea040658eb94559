"""``/healthz`` and ``/metrics``: what an operator (or a load balancer, or
Prometheus) sees from outside, without signing in.

``/healthz`` answers 200 with JSON when the database answers and every mailbox
has polled successfully within three of its poll intervals, else 503 with the
reasons in the same JSON (:mod:`mailbot.service.health`).

``/metrics`` is Prometheus text made by ``prometheus-client`` from a collector
that reads the store on every scrape (:class:`StoreCollector`), never from
counters kept in one process: the worker polls and sends, gunicorn's workers
answer, and the figures agree.  With ``metrics_token_env`` set it asks for
``Authorization: Bearer <token>``; when that variable is empty or unset it
refuses every scrape rather than serve without the token the admin asked for.
"""

from __future__ import annotations

import hmac
import logging
import os
from datetime import datetime

from flask import Blueprint, Response, current_app, jsonify, request
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy.exc import SQLAlchemyError

from mailbot.calendar import business_deadline
from mailbot.clock import Clock
from mailbot.config import Config
from mailbot.service.health import check_health
from mailbot.store import operations
from mailbot.store.database import Store, driver_error
from mailbot.store.positions import list_mailbox_states
from mailbot.web.state import web_state

log = logging.getLogger(__name__)

health_bp = Blueprint("health", __name__)
REGISTRY_KEY = "mailbot.metrics"


@health_bp.get("/healthz")
def healthz():
    state = web_state()
    health = check_health(state.config, state.store, state.clock.now())
    response = jsonify(health.as_dict())
    response.status_code = 200 if health.ok else 503
    return response


@health_bp.get("/metrics")
def metrics():
    state = web_state()
    refused = _refused(state.config)
    if refused is not None:
        return refused
    registry = current_app.extensions.get(REGISTRY_KEY)
    if registry is None:
        registry = CollectorRegistry(auto_describe=False)
        registry.register(StoreCollector(state.config, state.store, state.clock))
        current_app.extensions[REGISTRY_KEY] = registry
    try:
        text = generate_latest(registry)
    except SQLAlchemyError as e:  # Prometheus records a failed scrape (up == 0); the reason is logged
        log.error("/metrics: the database does not answer: %s", driver_error(e))
        return Response("the database does not answer\n", status=503, mimetype="text/plain")
    return Response(text, content_type=CONTENT_TYPE_LATEST)


def _refused(config: Config) -> Response | None:
    """None when the scrape may go on, else the 401/503 to send."""
    if not config.metrics_token_env:
        return None
    token = os.environ.get(config.metrics_token_env, "")
    if not token:
        log.error("metrics_token_env names %s, which is not set: /metrics refuses every scrape",
                  config.metrics_token_env)
        return Response("metrics token not configured\n", status=503, mimetype="text/plain")
    given = request.headers.get("Authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        return Response("bearer token required\n", status=401, mimetype="text/plain",
                        headers={"WWW-Authenticate": 'Bearer realm="mailbot metrics"'})
    return None


class StoreCollector(Collector):
    """Every figure read from the store at scrape time."""

    def __init__(self, config: Config, store: Store, clock: Clock):
        self.config, self.store, self.clock = config, store, clock

    def collect(self):
        now = self.clock.now()
        with self.store.connect() as conn:
            emails = operations.emails_by_mailbox(conn)
            drafts = operations.drafts_by_brand(conn)
            oldest = operations.oldest_pending_drafts(conn)
            open_cases = operations.open_cases(conn)
            sends = operations.send_results(conn)
            states = {s.mailbox: s for s in list_mailbox_states(conn)}
        brands = sorted(self.config.brands)
        mailboxes = [m.name for m in self.config.mailboxes]

        family = CounterMetricFamily("mailbot_emails", "Emails received, by mailbox and what became of them "
                                     "(case, ignored, failed, oversized, received).", labels=["mailbox", "outcome"])
        for (mailbox, outcome), n in sorted(emails.items()):
            family.add_metric([mailbox, outcome], n)
        yield family

        family = GaugeMetricFamily("mailbot_drafts", "Draft replies, by brand and status.", labels=["brand", "status"])
        for (brand, status), n in sorted(drafts.items()):
            family.add_metric([brand, status], n)
        yield family

        family = GaugeMetricFamily("mailbot_oldest_pending_draft_seconds", "Age of the oldest draft waiting for "
                                   "review, by brand (0 when none waits).", labels=["brand"])
        for brand in sorted(set(brands) | set(oldest)):
            family.add_metric([brand], max((now - oldest[brand]).total_seconds(), 0.0) if brand in oldest else 0.0)
        yield family

        overdue = self._overdue(open_cases, now)
        family = GaugeMetricFamily("mailbot_overdue_cases", "Cases past their brand's reply deadline "
                                   "(overdue_business_days) with no reply sent.", labels=["brand"])
        for brand in sorted(set(brands) | set(overdue)):
            family.add_metric([brand], overdue.get(brand, 0))
        yield family

        family = CounterMetricFamily("mailbot_sends", "Send attempts, by result (sent, deferred, failed, "
                                     "interrupted).", labels=["result"])
        for result in sorted(set(operations.SEND_ACTIONS.values()) | set(sends)):
            family.add_metric([result], sends.get(result, 0))
        yield family

        family = GaugeMetricFamily("mailbot_mailbox_last_poll_timestamp_seconds", "Unix time of the mailbox's "
                                   "last successful poll (0: never).", labels=["mailbox"])
        for name in sorted(set(mailboxes) | set(states)):
            state = states.get(name)
            family.add_metric([name], state.last_success_at.timestamp() if state and state.last_success_at else 0.0)
        yield family

        family = CounterMetricFamily("mailbot_mailbox_errors", "Polls of the mailbox that failed.",
                                     labels=["mailbox"])
        for name in sorted(set(mailboxes) | set(states)):
            state = states.get(name)
            family.add_metric([name], state.errors_total if state else 0)
        yield family

    def _overdue(self, cases: list[operations.OpenCase], now: datetime) -> dict[str, int]:
        counts: dict[str, int] = {}
        for case in cases:
            brand = self.config.brands.get(case.brand)
            if brand is None:
                continue
            if now > business_deadline(case.request_time, brand.overdue_business_days, brand.tz, brand.holidays):
                counts[case.brand] = counts.get(case.brand, 0) + 1
        return counts
