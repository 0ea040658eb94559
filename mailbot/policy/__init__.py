"""Deciding a case under its brand's policy.

Policies are modules by *kind*, not by brand (DESIGN.md): a brand's config
picks ``subscription`` or ``agency`` and sets its numbers.  The rules shared by
both kinds (C2, C3, C4) live in :mod:`mailbot.policy.common`; C1 (brand) and C7
(screening) are decided before a case reaches a policy.
"""

from __future__ import annotations

from typing import Callable

from mailbot.models import REFUND, Verdict
from mailbot.policy import agency, subscription
from mailbot.policy.common import CaseFacts, dispute_verdict, unauthenticated_verdict, undated_verdict
from mailbot.policy.doubt import escalate_doubted

ENGINES: dict[str, Callable[[CaseFacts], Verdict]] = {
    "subscription": subscription.decide,
    "agency": agency.decide,
}


def decide(facts: CaseFacts) -> Verdict:
    """The verdict for one case: pure, from the emails' facts and the ledger."""
    intents = facts.extraction.intents
    if facts.extraction.dispute and not intents:
        intents.add(REFUND)  # a chargeback threat is about money paid
    if not intents:
        verdict = Verdict("other")
        verdict.note("-", "neither a refund nor a cancellation request: left for staff")
        return verdict
    if facts.unauthenticated:
        return unauthenticated_verdict(facts)
    if facts.extraction.dispute:
        return dispute_verdict(facts)
    if facts.request_time is None:
        return undated_verdict(facts)
    return escalate_doubted(ENGINES[facts.brand.kind](facts), facts.extraction.doubted)


__all__ = ["CaseFacts", "decide", "ENGINES"]
