"""(fix44w) Families the fresh33 and fresh34 rounds missed across languages, each with sentences of the test's own
(none taken from the round) in two languages or more, and near misses that must keep reading as before.

- The money told as taken twice with 'take' ('Sie haben zweimal das Geld genommen', 'vous m'avez pris le montant
  deux fois', 'tomaron dos veces el pago'): a duplicate charge, so a learner's 'one back please' is a refund and a
  thread whose answer names the invoice asked for completes it (L4).  An appointment taken twice, or money the
  customer withdrew, is none.
- One charge told as too high or above what was agreed, none named ('one of the recent debits came out higher than
  agreed', 'bei einer der letzten Abbuchungen war der Betrag zu hoch'): a billing error, so with several charges on
  the account the invoice is asked (C3) instead of an L1 deny.  'The price is too high' (a price) stays no exception.
- A retainer's refund asked of the cycle already paid in advance, named beside the current cycle's invoice: section 8
  "a person refunds that cycle or not" (O4): escalate, no amount; naming only the current cycle stays an O4 deny.
- An agency payment wanted back with no refund verb, its kind named ('wir hätten gern die Anzahlung ... zurück',
  'queremos el depósito de vuelta'): a refund, so a mail from a private address that is not the contract email gets
  C2 (nothing disclosed).  Something else wanted back (a key, the logins) asks nothing.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import LO_ADDRESS, OWD_ADDRESS, email_bytes, ist, read_body


def read(body: str, brand: str = "lo"):
    return read_body(body + "\n\nNora", brand=brand)


# -- 1. the money taken twice ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Sie haben letzte Woche zweimal das Geld genommen für den Monatsplan. Einmal bitte zurück.",
    "Ihr habt das Geld zweimal weggenommen vom Konto, bitte eine Zahlung zurück.",
    "Vous m'avez pris le montant deux fois ce mois-ci. Merci de rendre une fois.",
    "Vous avez retiré deux fois l'argent de mon compte, remboursez une fois svp.",
    "Ustedes tomaron dos veces el pago de la mensualidad. Devuelvan uno por favor.",
    "Me quitaron el dinero de la cuota dos veces. Devuélvanme uno.",
])
def test_the_money_taken_twice_is_a_duplicate_charge(body):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "J'ai pris deux fois rendez-vous avec votre équipe, merci pour l'aide.",
    "Ich habe zweimal Geld am Automaten abgehoben, alles gut.",
    "Tomamos dos veces el curso de ustedes, muy bueno.",
])
def test_an_appointment_taken_twice_is_no_charge(body):
    found = read(body)
    assert found.fields.reason_code != "duplicate_payment" and "refund" not in found.intents


# -- 2. one charge too high, none named ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "One of the recent debits came out higher than agreed. Please refund the extra.",
    "Bei einer der letzten Abbuchungen war der Betrag zu hoch. Bitte den Rest erstatten.",
    "Uno de los cargos de este trimestre vino más alto de lo normal, mayor que el plan. Devuelvan la diferencia.",
    "Vocês cobraram mais do que o contratado num dos meses. Devolvam a diferença.",
    "Un des prélèvements a été plus élevé que notre tarif. Remboursez la différence.",
])
def test_a_charge_too_high_is_a_billing_error(body):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason_code == "billing_error"


@pytest.mark.parametrize("body", [
    "The price is too high for us, refund me.",
    "Der Preis ist uns zu hoch, bitte erstatten.",
    "El precio es demasiado alto, devuélvanme el dinero.",
])
def test_a_price_too_high_is_no_exception(body):
    assert read(body).fields.reason_code != "billing_error"


# -- 3. and 4.: end to end -----------------------------------------------------------------------------------------

def _lo_ledger(tmp_path, twins: bool = True):
    """Nora, monthly plan: an August charge and two September ones (twins of one period when ``twins``)."""
    payments = [("LO-INV-7701", "2025-08-27T10:00:00", "2025-08-27", "2025-09-26"),
                ("LO-INV-7702", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
                ("LO-INV-7703", "2025-09-27T10:05:00", "2025-09-27" if twins else "2025-10-27",
                 "2025-10-26" if twins else "2025-11-26")]
    data = {"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora", "plan": "monthly",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-27",
                           "current_period_end": "2025-10-26"}],
            "projects": [],
            "payments": [{"brand": "leadsoptima", "id": f"pay_{inv[-4:]}", "invoice": inv,
                          "customer_email": "nora@example.com", "kind": "subscription", "plan": "monthly",
                          "amount": "1499.00", "tax": "269.82", "currency": "INR", "paid_at": paid,
                          "period_start": start, "period_end": end, "status": "paid"}
                         for inv, paid, start, end in payments]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


def _owd_ledger(tmp_path):
    """Atelier Nora's blog retainer: the current cycle (OWD-2025-9901) and the next one paid ahead (OWD-2025-9902);
    a milestone of another project."""
    def pay(n, kind, paid, start=None, end=None, nxt=None, project="Atelier Blog", status=None):
        return {"brand": "optima_webdesign", "id": f"o{n}", "invoice": f"OWD-2025-99{n:02d}", "project": project,
                "kind": kind, "amount": "6000.00", "tax": "1080.00", "currency": "INR", "paid_at": paid,
                "status": "paid", "setup_fee": None, "service_start": None, "next_billing_at": nxt,
                "period_start": start, "period_end": end, "milestone_status": status}
    data = {"customers": [],
            "projects": [{"brand": "optima_webdesign", "name": "Atelier Blog", "contract_email": "nora@example.com",
                          "work_started_at": "2025-03-01T10:00:00"},
                         {"brand": "optima_webdesign", "name": "Atelier Shop", "contract_email": "shop@atelier.example",
                          "work_started_at": "2025-09-01T10:00:00"}],
            "payments": [pay(1, "retainer", "2025-09-20T09:00:00", "2025-09-20", "2025-10-19", "2025-10-20T09:00:00"),
                         pay(2, "retainer", "2025-09-24T09:00:00", "2025-10-20", "2025-11-19", "2025-11-20T09:00:00"),
                         pay(3, "milestone", "2025-09-10T09:00:00", project="Atelier Shop", status="not_started")]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


def _triage(tmp_path, capsys, ledger, mails):
    from mailbot.cli import main
    from tests.heldout import CONFIG

    files = []
    for n, (sender, to, subject, when, body, headers) in enumerate(mails):
        path = tmp_path / f"m{n}.eml"
        path.write_bytes(email_bytes(sender, to, subject, when, body, **headers))
        files.append(str(path))
    code = main(["--config", str(CONFIG), "triage", "--ledger", str(ledger), "--now", "2025-10-01T10:00:00+05:30",
                 "--json", *files])
    assert code == 0
    got = json.loads(capsys.readouterr().out)
    return got[0] if isinstance(got, list) else got


def _decisions(got):
    return sorted((d["intent"], d["outcome"], d["amount"]) for d in got["decisions"])


@pytest.mark.parametrize("first, answer", [
    ("Hallo,\n\nSie haben gestern zweimal das Geld genommen, je 1499. Eins bitte zurück, Rechnung habe ich nicht.",
     "Hallo,\ngefunden: die zweite ist LO-INV-7703.\nGruß"),
    ("Bonjour,\n\nvous m'avez pris le montant deux fois hier, 1499 chaque. Merci de rendre une fois.",
     "Bonjour,\nla deuxième facture est LO-INV-7703.\nMerci"),
])
def test_a_thread_whose_answer_names_the_invoice_completes_the_refund(tmp_path, capsys, first, answer):
    ledger = _lo_ledger(tmp_path)
    mail = ("nora@example.com", LO_ADDRESS, "Geld / argent", ist(2025, 9, 28, 9, 0), first,
            {"message_id": "<a1@example.com>"})
    alone = _triage(tmp_path, capsys, ledger, [mail])
    assert alone["status"] == "need_info" and alone["missing"] == ["invoice_number"]
    reply = ("nora@example.com", LO_ADDRESS, "Re: Geld / argent", ist(2025, 9, 28, 12, 0), answer,
             {"message_id": "<a2@example.com>", "In_Reply_To": "<a1@example.com>"})
    got = _triage(tmp_path, capsys, ledger, [mail, reply])
    assert got["status"] == "decided" and _decisions(got) == [("refund", "approve", "1499.00")]


@pytest.mark.parametrize("body", [
    "Hi,\n\nOne of the recent debits came out higher than agreed, I can't tell which. Please refund the extra.",
    "Hola,\n\nme cobraron más de lo acordado en uno de los últimos meses, no sé cuál. Devuelvan la diferencia.",
])
def test_a_charge_too_high_with_several_on_the_account_asks_the_invoice(tmp_path, capsys, body):
    got = _triage(tmp_path, capsys, _lo_ledger(tmp_path, twins=False),
                  [("nora@example.com", LO_ADDRESS, "Amount", ist(2025, 9, 29, 9, 0), body, {})])
    assert got["status"] == "need_info" and got["missing"] == ["invoice_number"] and not got["decisions"]


def test_a_price_complaint_is_still_denied(tmp_path, capsys):
    got = _triage(tmp_path, capsys, _lo_ledger(tmp_path, twins=False),
                  [("nora@example.com", LO_ADDRESS, "Price", ist(2025, 9, 29, 9, 0),
                    "Hi,\n\nThe price is too high for us. Please refund the last payment.", {})])
    assert [(d["intent"], d["outcome"], d["rules"]) for d in got["decisions"]] == [("refund", "deny", ["L1"])]


@pytest.mark.parametrize("body", [
    "Hello,\n\nwe are ending the blog retainer (invoices OWD-2025-9901 and OWD-2025-9902, the second paid early by "
    "mistake): the shop closes in October. Please refund OWD-2025-9902, which we paid in advance.",
    "Hola,\n\ndamos de baja el mantenimiento del blog (facturas OWD-2025-9901 y OWD-2025-9902; la segunda la pagamos "
    "por adelantado sin querer) porque cerramos la tienda. Reembolsen por favor la factura OWD-2025-9902.",
])
def test_a_refund_of_the_cycle_paid_ahead_is_a_persons_call(tmp_path, capsys, body):
    got = _triage(tmp_path, capsys, _owd_ledger(tmp_path),
                  [("nora@example.com", OWD_ADDRESS, "Retainer", ist(2025, 9, 27, 9, 0), body, {})])
    assert _decisions(got) == [("cancellation", "escalate", None), ("refund", "escalate", None)]


def test_a_refund_of_the_current_cycle_alone_is_still_denied(tmp_path, capsys):
    got = _triage(tmp_path, capsys, _owd_ledger(tmp_path),
                  [("nora@example.com", OWD_ADDRESS, "Retainer", ist(2025, 9, 27, 9, 0),
                    "Hello,\n\nplease refund invoice OWD-2025-9901 for the blog retainer, we barely used it this "
                    "month because the shop is closing.", {})])
    assert [(d["intent"], d["outcome"], d["rules"]) for d in got["decisions"]] == [("refund", "deny", ["O4"])]


@pytest.mark.parametrize("body", [
    "Hallo,\n\nfür das \"Atelier Shop\" hätten wir gern den Meilenstein OWD-2025-9903 zurück, da der Shop nicht "
    "mehr kommt. Der Vertrag läuft über shop@atelier.example.",
    "Bonjour,\n\npour « Atelier Shop » nous voudrions le jalon OWD-2025-9903 en retour, le projet est abandonné. Le "
    "contrat est au nom de shop@atelier.example.",
    "Hola,\n\npara \"Atelier Shop\" queremos el hito OWD-2025-9903 de vuelta, el proyecto se cancela. El contrato "
    "está a nombre de shop@atelier.example.",
])
def test_a_payment_wanted_back_from_a_private_address_gets_c2(tmp_path, capsys, body):
    got = _triage(tmp_path, capsys, _owd_ledger(tmp_path),
                  [("Nora Privat <nora.privat@mail.example>", OWD_ADDRESS, "Atelier Shop", ist(2025, 9, 28, 9, 0),
                    body, {})])
    assert got["status"] == "need_info" and "C2" in got["rules"] and not got["decisions"]
    assert "6000" not in got["draft"]["body"] and "OWD-2025-9903" not in got["draft"]["body"]


@pytest.mark.parametrize("body", [
    "Wir hätten die Anzahlung OWD-2025-9903 gern zurück, der Umbau fällt aus.",
    "Queremos o sinal OWD-2025-9903 de volta, a obra foi cancelada.",
    "Humein discovery OWD-2025-9903 wapas chahiye, project ruk gaya hai.",
    "Nous aimerions notre acompte OWD-2025-9903 en retour, le chantier est annulé.",
])
def test_an_agency_payment_wanted_back_by_its_kind_is_a_refund(body):
    found = read(body, brand="owd")
    assert "refund" in found.intents and found.dispute is None


@pytest.mark.parametrize("body", [
    "Milestone 2 ka paisa wapas aa gaya, thanks.",
    "Wir möchten den Schlüssel für das Büro zurück.",
    "Nous voulons la clé en retour, merci.",
    "Queremos las contraseñas de vuelta, gracias.",
])
def test_something_else_wanted_back_asks_nothing(body):
    assert "refund" not in read(body, brand="owd").intents
