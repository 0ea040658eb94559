"""(fix45w) Families the fresh35 and fresh36 rounds missed, each with sentences of the test's own (none taken from
the round) in two languages or more, and near misses that must keep reading as before.

- A C2 thread answered from the address on record: the first email comes from an address the ledger does not know
  (C2 asked), the answer in the thread from the registered (or contract) email: decided with no C2, for that
  address, and the draft goes to it, never to the first address.  An answer from another unknown address stays C2.
- No access told with a plain negated 'have access' or a page that stays blank ('I don't have access to our
  dashboard', 'je n'ai pas accès au tableau de bord', 'der Bildschirm bleibt komplett weiß', 'screen poori safed
  aati hai'), given as the answer's reason in a C3 thread: access failure (L6), read as the first email's would be.
  No access to a card, an invoice page that is empty, stay no exception.
- A yearly renewal taken for a double charge: two charges a year apart (different periods), the later one inside
  the window: no pair, a duplicate claimed inside the window, so L4 escalates, never an L3 deny counted from the
  older charge.  A real pair still approves the later charge; an old claim with no renewal stays an L3 deny.
"""

from __future__ import annotations

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist, ledger, read_body

CFG = config()
NOW = FixedClock(ist(2025, 10, 1, 10, 0))


def _lo_ledger():
    """Two LeadsOptima accounts: Nora (monthly, one charge) and a club on the annual plan renewed on 24 Sep 2025."""
    def pay(pid, invoice, email, plan, amount, paid, start, end):
        return {"brand": "leadsoptima", "id": pid, "invoice": invoice, "customer_email": email,
                "kind": "subscription", "plan": plan, "amount": amount, "tax": "0.00", "currency": "INR",
                "paid_at": paid, "period_start": start, "period_end": end, "status": "paid"}
    customers = [{"brand": "leadsoptima", "email": "nora@atelier.example", "name": "Nora", "plan": "monthly",
                  "status": "active", "trial_ends": None, "current_period_start": "2025-09-27",
                  "current_period_end": "2025-10-26"},
                 {"brand": "leadsoptima", "email": "club@verein.example", "name": "Club", "plan": "annual",
                  "status": "active", "trial_ends": None, "current_period_start": "2025-09-24",
                  "current_period_end": "2026-09-23"},
                 {"brand": "leadsoptima", "email": "twins@verein.example", "name": "Twins", "plan": "annual",
                  "status": "active", "trial_ends": None, "current_period_start": "2025-09-24",
                  "current_period_end": "2026-09-23"},
                 {"brand": "leadsoptima", "email": "old@verein.example", "name": "Old", "plan": "annual",
                  "status": "active", "trial_ends": None, "current_period_start": "2025-03-10",
                  "current_period_end": "2026-03-09"}]
    payments = [pay("n1", "LO-INV-5501", "nora@atelier.example", "monthly", "1499.00", "2025-09-27T10:00:00",
                    "2025-09-27", "2025-10-26"),
                pay("c1", "LO-INV-5601", "club@verein.example", "annual", "11988.00", "2024-09-24T10:00:00",
                    "2024-09-24", "2025-09-23"),
                pay("c2", "LO-INV-5602", "club@verein.example", "annual", "11988.00", "2025-09-24T10:00:00",
                    "2025-09-24", "2026-09-23"),
                pay("t1", "LO-INV-5701", "twins@verein.example", "annual", "11988.00", "2025-09-24T10:00:00",
                    "2025-09-24", "2026-09-23"),
                pay("t2", "LO-INV-5702", "twins@verein.example", "annual", "11988.00", "2025-09-25T10:00:00",
                    "2025-09-24", "2026-09-23"),
                pay("o1", "LO-INV-5801", "old@verein.example", "annual", "11988.00", "2025-03-10T10:00:00",
                    "2025-03-10", "2026-03-09")]
    return ledger({"customers": customers, "projects": [], "payments": payments}, CFG)


TRIAGE = Triage(CFG, _lo_ledger(), NOW)


def _thread(first_from, first_body, answer_from, answer_body, to=LO_ADDRESS, subject="Abo"):
    first = inbound(first_from, to, subject, ist(2025, 9, 29, 9, 0), first_body, message_id="<f1@x.example>")
    answer = inbound(answer_from, to, f"Re: {subject}", ist(2025, 9, 29, 15, 0), answer_body,
                     message_id="<f2@x.example>", In_Reply_To="<f1@x.example>")
    return TRIAGE.decide([first, answer])


def _one(sender, body, to=LO_ADDRESS):
    return TRIAGE.decide([inbound(sender, to, "Hello", ist(2025, 9, 26, 9, 0), body)])


def _outcomes(result):
    return sorted((d.intent, d.outcome) for d in result.verdict.decisions)


# -- 1. a C2 thread answered from the address on record -----------------------------------------------------------

@pytest.mark.parametrize("first, answer", [
    ("Hola,\n\nquiero dar de baja la suscripción mensual, cerramos el taller.\n\nNora",
     "Hola,\n\nles escribo ahora desde el correo de la cuenta: por favor den de baja la suscripción.\n\nNora"),
    ("Hi,\n\nplease cancel my monthly plan, we are closing the studio.\n\nNora",
     "Hello again,\n\nas asked, this is the address the account is under. Please go ahead and cancel.\n\nNora"),
])
def test_a_c2_thread_answered_from_the_registered_address_is_decided_for_it(first, answer):
    got = _thread("nora.private@gmail.example", first, "nora@atelier.example", answer)
    assert got.verdict.status == "decided" and "C2" not in got.verdict.rules
    assert _outcomes(got) == [("cancellation", "cancel")]
    assert str(got.verdict.decisions[0].effective_date) == "2025-10-26"
    assert got.draft is not None and got.draft.to == "nora@atelier.example"  # never the first, unverified address
    assert got.sender_known


@pytest.mark.parametrize("first, answer", [
    ("Hola,\n\nquiero dar de baja la suscripción mensual, cerramos el taller.\n\nNora",
     "Hola,\n\nles escribo desde otro correo, den de baja la suscripción.\n\nNora"),
    ("Hi,\n\nplease cancel my monthly plan, we are closing the studio.\n\nNora",
     "Hello again,\n\nwriting from my other address now. Please cancel.\n\nNora"),
])
def test_an_answer_from_another_unknown_address_stays_c2(first, answer):
    got = _thread("nora.private@gmail.example", first, "nora.other@yahoo.example", answer)
    assert got.verdict.status == "need_info" and got.verdict.rules == ["C2"] and not got.verdict.decisions
    assert got.draft is not None and got.draft.to == "nora.private@gmail.example"


def test_the_first_email_alone_from_an_unknown_address_stays_c2():
    got = _one("nora.private@gmail.example", "Hi,\n\nplease cancel my monthly plan.\n\nNora")
    assert got.verdict.status == "need_info" and got.verdict.rules == ["C2"]
    assert got.draft.to == "nora.private@gmail.example"


def test_a_registered_sender_answered_by_another_registered_address_keeps_the_first():
    got = _thread("nora@atelier.example", "Hi,\n\nplease cancel my monthly plan.\n\nNora",
                  "club@verein.example", "Hello,\n\nplease cancel it, thanks.\n\nClub")
    assert got.verdict.status == "decided" and str(got.verdict.decisions[0].effective_date) == "2025-10-26"
    assert got.draft.to == "nora@atelier.example"


def test_an_agency_c2_thread_answered_from_the_contract_email(tmp_path):
    projects = [{"brand": "optima_webdesign", "name": "Atelier Blog", "contract_email": "nora@atelier.example",
                 "work_started_at": "2025-03-01T10:00:00"}]
    triage = Triage(CFG, ledger({"customers": [], "projects": projects, "payments": []}, CFG), NOW)
    first = inbound("nora.private@gmail.example", OWD_ADDRESS, "Atelier Blog", ist(2025, 9, 29, 9, 0),
                    "Hallo,\n\nbitte das Atelier Blog Projekt beenden, wir schließen das Atelier.\n\nNora",
                    message_id="<o1@x.example>")
    answer = inbound("nora@atelier.example", OWD_ADDRESS, "Re: Atelier Blog", ist(2025, 9, 29, 15, 0),
                     "Hallo,\n\njetzt von der Vertragsadresse: bitte beenden.\n\nNora",
                     message_id="<o2@x.example>", In_Reply_To="<o1@x.example>")
    alone = triage.decide([first])
    got = triage.decide([first, answer])
    assert alone.verdict.rules == ["C2"] and alone.draft.to == "nora.private@gmail.example"
    assert got.verdict.status == "need_info" and got.verdict.rules == ["C3"]  # the invoice is still asked (section 4)
    assert got.draft.to == "nora@atelier.example"


# -- 2. no access told plainly, or a page that stays blank, as the answer's reason ----------------------------------

@pytest.mark.parametrize("body", [
    "Since Monday I don't have access to our dashboard at all. Please refund LO-INV-5501.",
    "We still haven't had access to the platform since the renewal. Please refund LO-INV-5501.",
    "Nous n'avons toujours pas accès au tableau de bord depuis lundi. Merci de rembourser LO-INV-5501.",
    "Je n'ai jamais eu accès à mon compte depuis le paiement. Remboursez LO-INV-5501 svp.",
    "Depuis le renouvellement, l'écran reste tout blanc quand je me connecte. Merci de rembourser LO-INV-5501.",
    "Seit Montag bleibt der Bildschirm komplett weiß, wenn ich mich anmelde. Bitte LO-INV-5501 erstatten.",
    "Die Seite ist seit der Zahlung leer, egal was ich mache. Bitte erstatten Sie LO-INV-5501.",
    "renewal ke baad se screen poori safed aati hai. LO-INV-5501 ka refund chahiye.",
])
def test_no_access_told_plainly_is_an_access_failure(body):
    found = read_body(body + "\n\nNora", brand="lo")
    assert "refund" in found.intents and found.fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "I don't have access to the card I paid with any more. Please refund LO-INV-5501.",
    "Je n'ai pas accès à ma carte bancaire en ce moment. Merci de rembourser LO-INV-5501.",
    "La page des factures est vide. Merci de rembourser LO-INV-5501.",
    "Das Dashboard ist leer, wir haben noch keine Leads. Bitte LO-INV-5501 erstatten.",
])
def test_no_access_to_something_else_is_no_access_failure(body):
    found = read_body(body + "\n\nNora", brand="lo")
    assert found.fields.reason_code != "access_failure"


@pytest.mark.parametrize("answer", [
    "Hello,\n\nthe reason: I don't have access to the platform since paying, it just stays on a blank page.\n\nNora",
    "Bonjour,\n\nle motif : nous n'avons pas accès à l'application depuis le paiement.\n\nNora",
])
def test_the_answer_of_a_c3_thread_gives_the_access_reason(answer):
    got = _thread("nora@atelier.example", "Hello,\n\nplease refund invoice LO-INV-5501.\n\nNora",
                  "nora@atelier.example", answer, subject="Refund LO-INV-5501")
    assert got.verdict.status == "decided" and _outcomes(got) == [("refund", "escalate")]
    assert "L6" in got.verdict.decisions[0].rules


def test_a_c3_thread_with_a_reason_of_another_kind_is_still_denied():
    got = _thread("nora@atelier.example", "Hello,\n\nplease refund invoice LO-INV-5501.\n\nNora",
                  "nora@atelier.example", "Hello,\n\nthe reason: we don't need the tool any more.\n\nNora",
                  subject="Refund LO-INV-5501")
    assert _outcomes(got) == [("refund", "deny")] and "L1" in got.verdict.decisions[0].rules


# -- 3. a yearly renewal taken for a double charge ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello,\n\nour treasurer says the annual fee was paid twice: LO-INV-5601 and again LO-INV-5602 on 24 September. "
    "Please refund the second one.\n\nClub",
    "Hola,\n\nnos cobraron dos veces la cuota anual: la factura LO-INV-5601 y otra vez la LO-INV-5602. "
    "Devuelvan el cobro duplicado.\n\nClub",
    "Hallo,\n\nSie haben die Jahresgebühr LO-INV-5601 nochmal abgebucht, doppelt bezahlt! Bitte erstatten.\n\nClub",
])
def test_a_renewal_taken_for_a_double_charge_is_escalated(body):
    got = _one("club@verein.example", body)
    assert got.extraction.fields.reason_code == "duplicate_payment"
    assert _outcomes(got) == [("refund", "escalate")] and got.verdict.decisions[0].amount is None
    assert "L4" in got.verdict.decisions[0].rules


def test_a_real_pair_named_with_both_invoices_still_approves_the_later():
    got = _one("twins@verein.example", "Hello,\n\nyou charged the annual plan twice: LO-INV-5701 and LO-INV-5702. "
                                       "Please refund the double charge.\n\nTwins")
    assert _outcomes(got) == [("refund", "approve")] and str(got.verdict.decisions[0].amount) == "11988.00"
    assert got.verdict.decisions[0].payment_id == "t2"


@pytest.mark.parametrize("body", [
    "Hello,\n\nI was charged twice for LO-INV-5801 in March. Please refund the double charge.\n\nOld",
    "Hola,\n\nme cobraron dos veces la factura LO-INV-5801 en marzo. Devuelvan el cobro duplicado.\n\nOld",
])
def test_an_old_double_charge_with_no_renewal_in_the_window_stays_denied(body):
    got = _one("old@verein.example", body)
    assert _outcomes(got) == [("refund", "deny")] and "L3" in got.verdict.decisions[0].rules
