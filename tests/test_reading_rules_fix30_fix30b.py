"""Rules of fix30b behind fresh22's German and French misses, each with sentences of its own (none copied from
any round or from the phrasebook).

- German money asked back with its verb left out, an invoice or project reference standing between the noun and
  'zurück' ('bitte Anzahlung X zurück', 'stornieren und die Anzahlung (Rechnung X) zurück'), or a paid milestone
  named as the thing asked back ('den Design-Meilenstein (X) möchten wir zurück'). 'zurück' must close the clause.
- Money named first, set apart by a comma, then asked back by a pronoun question ('Les frais ..., on peut les
  récupérer ?'), in fr, es, pt, en and de: the noun opens its clause and no 'and/or/but' comes before the comma.
"""

from __future__ import annotations

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import OWD_ADDRESS, config, inbound, ist, ledger, read_body


def intents(body: str) -> set:
    return set(read_body(body, brand="owd").intents)


# -- 1. German: the verb left out, a reference before 'zurück' --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Wir haben es uns anders überlegt, also bitte Anzahlung OWD-2025-555 zurück.",
    "Das Budget ist gestrichen, daher bitte Vorauszahlung Nr. 4471 komplett zurück.",
    "bitte Meilenstein 2 (OWD-2025-88) zurück, daran wurde noch nichts gemacht.",
    "Auch den Design-Meilenstein (OWD/2025/402) möchten wir zurück, weil wir die Agentur wechseln.",
    "Den Texte-Meilenstein OWD-2025-12 hätten wir gern zurück.",
])
def test_german_money_asked_back_past_a_reference(body):
    assert "refund" in intents(body)


def test_german_cancel_and_deposit_with_reference_gives_both():
    body = ("Wir möchten das Projekt Ferienwohnung Seeblick Ost stornieren und die Anzahlung (Rechnung OWD-2025-301) zurück, "
            "da der Umzug ausfällt.")
    assert {"refund", "cancellation"} <= intents(body)


@pytest.mark.parametrize("body", [
    "Bitte Anzahlung OWD-2025-555 zurückhalten, bis die Freigabe da ist.",
    "Bitte rufen Sie mich wegen der Anzahlung OWD-2025-555 zurück.",
    "Den Meilenstein 3 möchten wir zurückstellen, bis die Fotos fertig sind.",
    "Den Meilenstein möchten wir nicht zurück, der ist gut geworden.",
    "Die Entwürfe (OWD-2025-9) möchten wir zurück, damit wir sie selbst bearbeiten.",
])
def test_german_near_misses_ask_no_refund(body):
    assert "refund" not in intents(body)


def test_german_project_cancelled_and_other_things_back_asks_no_refund():
    body = "Wir möchten den Auftrag abbrechen und die Unterlagen (Rechnung OWD-2025-301) zurück."
    assert "refund" not in intents(body)


# -- 2. money named first, asked back by a pronoun question -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Et l'acompte du site Fromagerie (OWD-2025-77), on peut le récupérer ?",
    "Les frais d'activation de la boutique, est-ce qu'on peut les récupérer ? Ça fait beaucoup.",
    "La mensualité d'octobre, pouvons-nous la récupérer ?",
    "Y la cuota de alta de la tienda Luna, ¿la podemos recuperar?",
    "El anticipo del proyecto Faro, ¿se puede recuperar?",
    "E a taxa de ativação da loja, dá para recuperar?",
    "A entrada do projeto Sol, podemos recuperá-la?",
    "The setup fee for the bakery site, is it possible to get it back?",
    "The deposit on OWD-2025-19, can we recover it?",
    "Und die Einrichtungsgebühr für den Blog, können wir die zurückbekommen?",
    "Den Betrag für die Fotos, kriegen wir den zurück?",
])
def test_money_named_first_then_asked_back_by_a_pronoun(body):
    assert "refund" in intents(body)


@pytest.mark.parametrize("body", [
    "Les maquettes de la boutique, on peut les récupérer ?",
    "Les frais sont réglés et le logo, on peut le récupérer ?",
    "Les frais d'activation, on ne peut pas les récupérer, nous le savons.",
    "Los archivos del diseño, ¿los podemos recuperar?",
    "Pagamos la cuota y el logo, ¿lo podemos recuperar?",
    "Os arquivos do site, podemos recuperá-los?",
    "A taxa foi paga e o logotipo, dá para recuperar?",
    "The logo files, can we recover them?",
    "Die Dateien vom Shop, können wir die zurückbekommen?",
])
def test_near_misses_ask_no_refund(body):
    assert "refund" not in intents(body)


# -- 2b. the same elliptical ask in English, a milestone in French --------------------------------------------------

@pytest.mark.parametrize("body", [
    "Budget got cut, so please deposit OWD-2025-640 back.",
    "Deposit (invoice OWD-2025-640) back please, we changed our minds yesterday.",
    ("We would like to end the Harbour Deli Seafood Kitchen website project and our deposit (invoice OWD-2025-640) back, "
     "since the owner sold the shop."),
    "Le jalon photos (OWD/2025/77), on voudrait le récupérer, un ami fera les photos.",
])
def test_elliptical_or_milestone_asks_read_as_refund(body):
    assert "refund" in intents(body)


@pytest.mark.parametrize("body", [
    "We paid deposit OWD-2025-640 back in May to a supplier.",
    "We want to stop the Harbour Deli site and the files (invoice OWD-2025-640) back in our drive.",
    "Le jalon photos (OWD/2025/77), on peut le décaler ?",
])
def test_elliptical_near_misses_ask_no_refund(body):
    assert "refund" not in intents(body)


# -- 3. end to end: the decision each family now reaches -----------------------------------------------------------

CONTRACT = "inhaber@kiosk-linde.example"
PROJECT = "Kiosk Linde Shop"


def _payment(pid, invoice, kind, paid_at, milestone_status=None):
    return {"brand": "optima_webdesign", "id": pid, "invoice": invoice, "project": PROJECT, "kind": kind,
            "amount": "4000.00", "tax": "0.00", "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None, "period_start": None,
            "period_end": None, "milestone_status": milestone_status}


def _triage(body: str, subject: str = "Frage"):
    cfg = config()
    book = ledger({"customers": [], "projects": [
        {"brand": "optima_webdesign", "name": PROJECT, "contract_email": CONTRACT, "work_started_at": None}],
        "payments": [_payment("s1", "OWD-2025-9101", "setup", "2025-09-08T10:00:00"),
                     _payment("d1", "OWD-2025-9102", "deposit", "2025-09-09T12:00:00"),
                     _payment("m1", "OWD-2025-9103", "milestone", "2025-09-01T10:00:00", "in_progress")]}, cfg)
    triage = Triage(cfg, book, FixedClock(ist(2025, 9, 10, 12, 0)))
    msg = inbound(CONTRACT, OWD_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body, message_id="<q.fix30b@example.com>")
    return triage.decide([msg]).verdict


def test_a_setup_fee_asked_back_by_a_pronoun_question_is_denied():
    verdict = _triage("Les frais de mise en route (OWD-2025-9101) du Kiosk Linde Shop, on peut les récupérer ? "
                      "Le prix nous semble élevé.\nKarin")
    assert verdict.status == "decided"
    assert [(d.intent, d.outcome) for d in verdict.decisions] == [("refund", "deny")]


def test_a_deposit_asked_back_past_its_reference_is_decided():
    verdict = _triage("Der Shop ist uns jetzt zu teuer, also bitte Anzahlung OWD-2025-9102 zurück.\nKarin")
    assert verdict.status == "decided"
    assert ("refund" in [d.intent for d in verdict.decisions])


def test_a_milestone_in_progress_asked_back_is_escalated():
    verdict = _triage("Den Shop-Meilenstein (OWD/2025/9103) möchten wir zurück, weil wir selbst weitermachen.\nKarin")
    assert verdict.status == "decided"
    assert [(d.intent, d.outcome) for d in verdict.decisions] == [("refund", "escalate")]
