"""The guard on intents only the learned model read (issue 9, :mod:`mailbot.reading.second_opinion`).

An intent the patterns did not read but the model added is *doubted*: the customer may not have
asked for it.  Decision: its decision is never sent as the policy found it; an approval, a denial
or a cancellation of it becomes an escalation (a person reads the email), while a question for a
missing field (C3) is kept, since asking commits the brand to nothing.
"""

from __future__ import annotations

from mailbot.models import Verdict


def escalate_doubted(verdict: Verdict, doubted: frozenset[str]) -> Verdict:
    """``verdict`` with every decision on a doubted intent turned into an escalation."""
    if not doubted:
        return verdict
    for decision in verdict.decisions:
        if decision.intent in doubted and decision.outcome != "escalate":
            verdict.note("-", f"{decision.intent}: only the intent model read this request, so the "
                              f"{decision.outcome} the policy found is escalated to a person")
            decision.outcome = "escalate"
            decision.amount = None
            decision.effective_date = None
            decision.clause = None
            decision.reason = "only the intent model read this request: a person checks it"
    return verdict
