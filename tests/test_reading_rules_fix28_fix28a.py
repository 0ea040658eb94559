"""Reading rules of fix28a (German, French, and the same families in every pack) behind fresh21's misses, each with
sentences of its own (none copied from any round or from the phrasebook).

- A reason dictated before a "please" that opens the ask, with no comma ('hallo wir nutzen das tool seit dem umzug
  gar nicht mehr bitte geld zurück für ...', 'bonjour on a arrêté l'activité depuis l'été merci de me rembourser
  ...'): the statement before the "please" is the reason (mailbot/reading/dictated.py), L1 judges it; it is not a
  missing reason (C3).  A short part ('ich hätte gerne bitte ...'), a greeting alone, or an ask without a "please"
  gives none.
- A question before buying: a subject that is a question of its own ('Refund on the deposit?') defers to a body
  whose only refund words are a conditional question (intents.py); 'kann man monatlich kündigen?', 'peut-on résilier
  chaque mois ?', 'can one cancel monthly?', '¿se puede cancelar cada mes?', 'pode-se cancelar todo mês?' name the
  terms (``intents.policy_mention``).  End to end from an unknown address: `other`, not C2.
- The sum of an invoice asked back by its figure ('holt bitte die 9.500 der Rechnung X zurück', 'récupérez les
  9 500 de la facture X', 'get the 9,500 of invoice X back', 'recuperen/recuperem ...'): a refund.  End to end, a
  forward from the contract address itself carrying it is decided (O1).
"""

from __future__ import annotations

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist, ledger, read_body

PROJECT = "Villa Lerche Portal"
CONTRACT = "office@villa-lerche.example"


def reason(body: str, brand: str = "lo") -> str | None:
    return read_body(body, brand=brand).fields.reason


# -- a reason dictated before the "please" that opens the ask ----------------------------------------------------------

@pytest.mark.parametrize("body,own", [
    ("hallo wir nutzen das tool seit dem umzug gar nicht mehr bitte geld zurück für rechnung lo inv 5512 gruß tim",
     "umzug"),
    ("bonjour on a arrêté complètement l'activité depuis cet été merci de me rembourser la facture lo inv 5512 "
     "merci paul", "activité"),
])
def test_a_reason_dictated_before_please_is_read(body, own):
    assert own in (reason(body) or "")


@pytest.mark.parametrize("body,own", [
    ("hi we stopped using the dashboard after our agency closed please refund invoice lo inv 5512 thanks tim",
     "agency closed"),
    ("hola cerramos la oficina y ya no usamos la herramienta por favor reembolsen la factura lo inv 5512 gracias",
     "oficina"),
    ("olá fechamos a loja e não usamos mais a ferramenta por favor reembolsem a fatura lo inv 5512 obrigado",
     "loja"),
])
def test_a_dictated_reason_read_before_is_still_read(body, own):
    """Guards (these were read before fix28a, by the part-after-'please' rule): the new rule keeps them."""
    assert own in (reason(body) or "")


@pytest.mark.parametrize("body", [
    "hallo ich hätte gerne bitte geld zurück für rechnung lo inv 5512 gruß tim",
    "bonjour merci de me rembourser la facture lo inv 5512 merci paul",
    "hallo bitte geld zurück für rechnung lo inv 5512 danke",
    "hi please refund invoice lo inv 5512 thanks tim",
    "hallo für die rechnung lo inv 5512 vom august bitte geld zurück danke",
])
def test_no_statement_before_the_please_gives_no_reason(body):
    assert reason(body) is None


def _lo_ledger(cfg):
    return ledger({"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": None,
                                  "plan": "monthly", "status": "active", "trial_ends": None,
                                  "current_period_start": "2025-09-01", "current_period_end": "2025-09-30"}],
                   "projects": [],
                   "payments": [{"brand": "leadsoptima", "id": "p1", "invoice": "LO-INV-5512",
                                 "customer_email": "nora@example.com", "kind": "subscription", "plan": "monthly",
                                 "amount": "4999.00", "tax": "899.82", "currency": "INR",
                                 "paid_at": "2025-09-01T10:00:00", "period_start": "2025-09-01",
                                 "period_end": "2025-09-30", "status": "paid"}]}, cfg)


def test_a_dictated_reason_is_decided_not_asked():
    cfg = config()
    triage = Triage(cfg, _lo_ledger(cfg), FixedClock(ist(2025, 9, 12, 12, 0)))
    msg = inbound("nora@example.com", LO_ADDRESS, "erstattung", ist(2025, 9, 12, 10, 0),
                  "hallo wir nutzen das tool seit dem umzug gar nicht mehr bitte geld zurück für rechnung lo inv "
                  "5512 gruß nora", message_id="<dictated.fix28a@example.com>")
    verdict = triage.decide([msg]).verdict
    assert verdict.status == "decided"
    assert "reason" not in verdict.missing
    assert not any(d.outcome == "approve" for d in verdict.decisions)


# -- a question before buying ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Wir denken über das Jahresabo nach. Kann man monatlich kündigen?",
    "Nous hésitons encore. Peut-on résilier chaque mois ?",
    "We are still deciding. Can one cancel monthly?",
    "Lo estamos pensando. ¿Se puede cancelar cada mes?",
    "Ainda estamos decidindo. Pode-se cancelar todo mês?",
    "Wir überlegen noch. Kann ich monatlich kündigen?",
])
def test_whether_one_may_cancel_monthly_is_a_policy_question(body):
    assert "cancellation" not in read_body(body).intents


@pytest.mark.parametrize("body", [
    "Kann man das Abo kündigen? Ich brauche es nicht mehr.",
    "Est-ce qu'on peut résilier notre abonnement dès aujourd'hui ?",
    "Can you cancel my monthly plan?",
    "¿Pueden cancelar mi plan mensual?",
    "Bitte kündigen Sie meinen Vertrag monatlich zum Ende.",
])
def test_a_cancellation_asked_of_us_is_still_a_request(body):
    assert "cancellation" in read_body(body).intents


def test_a_subject_question_over_a_conditional_body_is_hypothetical():
    found = read_body("Hi, if we pay the deposit and the client pulls out after a week, would the deposit be "
                      "refundable?", subject="Refund on the deposit?", brand="owd")
    assert "refund" not in found.intents


@pytest.mark.parametrize("body", [
    "Hi, we paid the deposit last week and the client has pulled out, please send it back.",
    "Hi, the deposit was charged twice on our card.",
    "Hi, we only signed the proposal. If anything was charged for the deposit, please refund it - we never paid.",
])
def test_a_subject_question_over_a_body_that_asks_is_a_request(body):
    assert "refund" in read_body(body, subject="Deposit refund?", brand="owd").intents


def _owd_ledger(cfg):
    return ledger({"customers": [], "projects": [
        {"brand": "optima_webdesign", "name": PROJECT, "contract_email": CONTRACT,
         "work_started_at": "2025-09-05T11:00:00"}],
        "payments": [{"brand": "optima_webdesign", "id": "d1", "invoice": "OWD-2025-8811", "project": PROJECT,
                      "kind": "deposit", "amount": "9500.00", "tax": "0.00", "currency": "INR",
                      "paid_at": "2025-09-01T10:00:00", "status": "paid", "setup_fee": None, "service_start": None,
                      "next_billing_at": None, "period_start": None, "period_end": None,
                      "milestone_status": None}]}, cfg)


def _triage(sender: str, subject: str, body: str):
    cfg = config()
    triage = Triage(cfg, _owd_ledger(cfg), FixedClock(ist(2025, 9, 20, 12, 0)))
    msg = inbound(sender, OWD_ADDRESS, subject, ist(2025, 9, 20, 10, 0), body, message_id="<q.fix28a@example.com>")
    return triage.decide([msg]).verdict


def test_a_question_before_buying_from_an_unknown_address_is_other():
    verdict = _triage("someone@new-client.example", "Kündigung?",
                      "Guten Tag, wir überlegen, bei Ihnen ein Paket zu buchen. Falls es uns nicht zusagt, bekämen "
                      "wir die Anzahlung zurück? Und kann man monatlich kündigen?")
    assert verdict.status == "other"
    assert "C2" not in verdict.rules


# -- the sum of an invoice asked back by its figure ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Das Ergebnis taugt nichts. Holt bitte die 9.500 der Rechnung OWD-2025-8811 zurück.",
    "Le résultat ne vaut rien. Récupérez les 9 500 de la facture OWD-2025-8811 svp.",
    "The result is useless. Please get the 9,500 of invoice OWD-2025-8811 back.",
    "El resultado no sirve. Recuperen los 9.500 de la factura OWD-2025-8811, por favor.",
    "O resultado não serve. Recuperem os 9.500 da fatura OWD-2025-8811, por favor.",
])
def test_an_invoice_sum_asked_back_by_its_figure_is_a_refund(body):
    assert "refund" in read_body(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "Holt bitte die 2 Entwürfe der Rechnung zurück, wir schauen sie noch einmal an.",
    "Récupérez les 2 fichiers de la facture, ils sont illisibles.",
    "Please get the 2 files back to us by Monday.",
    "We got the 9,500 of invoice OWD-2025-8811 back last month, thank you.",
])
def test_something_else_got_back_is_no_refund(body):
    assert "refund" not in read_body(body, brand="owd").intents


def test_a_forward_from_the_contract_address_carrying_the_sum_asked_back_is_decided():
    verdict = _triage(CONTRACT, "WG: Anzahlung",
                      "Bitte erledigen, siehe unten.\n\n-----Ursprüngliche Nachricht-----\nVon: Petra Lerche "
                      "<p.lerche@villa-lerche.example>\nGesendet: Freitag, 19. September 2025 16:10\nAn: "
                      f"{CONTRACT}\nBetreff: Anzahlung\n\nDie Entwürfe für das {PROJECT} sind nicht brauchbar. "
                      "Holt bitte die 9.500 der Rechnung OWD-2025-8811 zurück.\n\nP. Lerche")
    assert verdict.status == "decided"
    assert [(d.intent, d.outcome) for d in verdict.decisions] == [("refund", "deny")]
