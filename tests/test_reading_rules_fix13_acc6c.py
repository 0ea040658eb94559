"""Rules generalised from the fifth fresh round's Hindi and English misses and from the Optima
reason question (fix13, acc6c), each with sentences of its own (none copied from any round).

- C3 for Optima refunds: the reason is asked for only when it could change the answer.  A refund
  alone that the ledger and the request time settle (O1–O6 deny, a payment not ``paid`` escalated)
  is decided without it; one the bot would approve, or that a person weighs, or that comes with a
  cancellation, still asks for it.
- A reason written in the same sentence as the request, before it ("we are moving to another host,
  please cancel ...") or after a colon ("we cancel the project: the client went bankrupt"), and
  a short reason before a consequence connector ("we're selling the cafe, so please refund").
- A bank's transaction alert forwarded with only "pls check and refund" gives no reason.
- A question about the no-refund rule after a hypothetical refund question asks for nothing.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist, ledger

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])
CONTRACT = "office@lindenbakery.example"


def read(body: str, subject: str = "Hello", reader=LO, to=LO_ADDRESS, sender="nora@example.com"):
    return reader.extract(inbound(sender, to, subject, ist(2025, 9, 10, 10, 0), body))


def owd(body: str, subject: str = "Hello", sender=CONTRACT):
    return read(body, subject, reader=OWD, to=OWD_ADDRESS, sender=sender)


# -- C3: when an Optima refund asks for its reason ------------------------------------------------

def _ledger(work_started_at=None):
    base = {"brand": "optima_webdesign", "currency": "INR", "tax": "0.00", "status": "paid",
            "paid_at": "2025-09-01T10:00:00"}
    projects = [{"brand": "optima_webdesign", "name": name, "contract_email": CONTRACT, "work_started_at": started}
                for name, started in (("Linden Shop", work_started_at), ("Linden Hosting", None),
                                      ("Linden App", None), ("Linden Blog", None))]
    return {"projects": projects, "payments": [
        dict(base, id="p1", invoice="OWD-2025-9101", project="Linden Shop", kind="deposit", amount="20000.00"),
        dict(base, id="p2", invoice="OWD-2025-9102", project="Linden Hosting", kind="hosting_annual",
             amount="12000.00", setup_fee="1200.00", service_start="2025-09-01"),
        dict(base, id="p3", invoice="OWD-2025-9103", project="Linden App", kind="milestone", amount="30000.00",
             milestone_status="in_progress"),
        dict(base, id="p4", invoice="OWD-2025-9104", project="Linden Blog", kind="deposit", amount="8000.00",
             status="refunded"),
    ]}


def _decide(body: str, when, work_started_at=None):
    triage = Triage(CFG, ledger(_ledger(work_started_at), CFG), FixedClock(when + timedelta(hours=1)))
    result = triage.decide([inbound(CONTRACT, OWD_ADDRESS, "Refund", when, body)])
    return result.verdict.status, result.verdict.missing, [(d.intent, d.outcome) for d in result.verdict.decisions]


@pytest.mark.parametrize("body, when, started", [
    ("Hi, please refund the deposit OWD-2025-9101.\n\nThanks", ist(2025, 9, 4, 10, 0), None),   # exactly 72 h
    ("Hi, please refund the deposit OWD-2025-9101.\n\nThanks", ist(2025, 9, 5, 9, 0), None),    # 95 h
    ("Hi, please refund the deposit OWD-2025-9101.\n\nThanks", ist(2025, 9, 2, 10, 0), "2025-09-02T09:00:00"),
    ("Hello, kindly refund the hosting OWD-2025-9102.\n\nRegards", ist(2025, 9, 16, 11, 0), None),  # day 15
])
def test_a_refund_the_rules_deny_is_decided_without_asking_the_reason(body, when, started):
    assert _decide(body, when, started) == ("decided", [], [("refund", "deny")])


def test_a_refund_of_a_payment_already_refunded_is_escalated_without_asking_the_reason():
    body = "Hi, please refund the deposit OWD-2025-9104.\n\nThanks"
    assert _decide(body, ist(2025, 9, 2, 10, 0)) == ("decided", [], [("refund", "escalate")])


@pytest.mark.parametrize("body, when", [
    ("Hi, please refund the deposit OWD-2025-9101.\n\nThanks", ist(2025, 9, 4, 9, 59)),      # 71 h 59: approve
    ("Hello, kindly refund the hosting OWD-2025-9102.\n\nRegards", ist(2025, 9, 15, 11, 0)),  # day 14: approve
    ("Hi, please refund the milestone OWD-2025-9103.\n\nThanks", ist(2025, 9, 5, 10, 0)),     # a person weighs it
    # a cancellation as well: section 8, Optima requires its reason
    ("Hi, please cancel the hosting OWD-2025-9102 and refund it.\n\nThanks", ist(2025, 9, 20, 11, 0)),
])
def test_a_refund_the_reason_could_change_still_asks_for_it(body, when):
    status, missing, decisions = _decide(body, when)
    assert (status, missing, decisions) == ("need_info", ["reason"], [])
