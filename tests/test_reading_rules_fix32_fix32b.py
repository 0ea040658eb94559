"""Reading rules of fix32b (reasons), each with sentences of its own (none copied from any round or from the phrasebook).

1. "as our <one word> will <take over the work>" ("as my son will look after the site from now on") is a reason, as
   "as our in-house developer will handle it" already was; "as my statement will show" is none.
2. The thing asked about not used, told in the past ("j'ai pas utilisé l'outil", "no he usado la herramienta", "não
   usei a ferramenta"), is a reason (L1 deny at LeadsOptima), as en "haven't used" and de "nicht genutzt" were.
3. A consequence connector written without its comma before an ask, as a dictated or hurried mail writes it ("j ai
   change de boulot donc vous pouvez resilier", "i changed jobs so please cancel"): the part before it is the reason;
   a change of job and "plus besoin" are French cues.
4. A cancellation that only names the service and the project it is for ("nous résilions l'entretien du site pour
   <projet>", "we are discontinuing the AMC for <project>") restates the ask and gives no reason: Optima WebDesign asks
   for one (C3, POLICY_SPEC section 8), never decides on it.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import LO_ADDRESS, OWD_ADDRESS, email_bytes, ist, read_body


# -- 1. 'as our <someone> will <do the work>' ---------------------------------------------------------------------------

@pytest.mark.parametrize("body, word", [
    ("Dear team,\n\nWe would like to end the hosting plan for Lotus Dental as our cousin will be managing the server "
     "from now on. Please refund what is left.\n\nRegards,\nNora", "cousin"),
    ("Hello,\n\nPlease stop the yearly care contract as my son will take over the website.\n\nThanks,\nNora", "son"),
    ("Hi,\n\nKindly refund the maintenance fee as our daughter will be handling the updates.\n\nNora",
     "daughter"),
])
def test_someone_taking_over_the_work_is_a_reason(body, word):
    reason = read_body(body, "Maintenance", "owd").fields.reason
    assert reason is not None and word in reason


@pytest.mark.parametrize("body", [
    "Hello,\n\nPlease refund the hosting fee as my colleague will be sending the bank details.\n\nNora",
    "Hello,\n\nPlease refund the hosting fee for Lotus Dental as my invoice will show.\n\nNora",
])
def test_as_my_someone_will_without_the_work_is_no_reason(body):
    assert read_body(body, "Refund", "owd").fields.reason is None


# -- 2. not used, told in the past --------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, word", [
    ("Salut,\n\nj'ai quasiment pas utilisé la plateforme en août (vacances), vous pouvez me rembourser août ?\n\nNora",
     "utilisé"),
    ("Bonjour,\n\nnous ne l'avons jamais utilisé depuis le renouvellement, pourriez-vous nous rembourser ?\n\nNora",
     "utilisé"),
    ("Bonjour,\n\nje ne m'en suis pas servie une seule fois, est-il possible d'être remboursée ?\n\nNora", "servie"),
    ("Bonjour,\n\non l'utilise presque pas en ce moment, vous pouvez rembourser le dernier mois ?\n\nNora", "utilise"),
    ("Bonjour,\n\nje n'ai pas touché à l'outil depuis juillet, vous pouvez me rembourser le mois ?\n\nNora", "touché"),
    ("Hola,\n\ncasi no la usé en agosto por las vacaciones, ¿me devuelven agosto?\n\nNora", "usé"),
    ("Hola,\n\nni siquiera lo hemos utilizado desde la renovación, ¿nos pueden reembolsar?\n\nNora", "utilizado"),
    ("Olá,\n\nmal usei a plataforma em agosto, podem me reembolsar agosto?\n\nNora", "usei"),
    ("Olá,\n\nnem cheguei a usar desde a renovação, podem me devolver o valor?\n\nNora", "usar"),
])
def test_not_used_told_in_the_past_is_a_reason(body, word):
    reason = read_body(body, "Remboursement").fields.reason
    assert reason is not None and word in reason


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nje n'ai toujours pas touché le remboursement promis, pouvez-vous rembourser LO-INV-4410 ?\n\nNora",
    "Bonjour,\n\npouvez-vous me rembourser la facture LO-INV-4410 ?\n\nNora",
    "Hola,\n\n¿me pueden reembolsar la factura LO-INV-4410?\n\nNora",
    "Olá,\n\npodem me reembolsar a fatura LO-INV-4410?\n\nNora",
])
def test_a_bare_ask_still_gives_no_reason(body):
    assert read_body(body, "Remboursement").fields.reason is None


# -- 3. the connector without its comma --------------------------------------------------------------------------------

@pytest.mark.parametrize("body, word", [
    ("bonjour on a ferme la boutique du coup vous pouvez resilier merci nora", "boutique"),
    ("salut ma femme a trouve un poste a lyon donc vous pouvez resilier et rembourser le mois merci nora", "lyon"),
    ("hola mi marido consiguio trabajo en otra ciudad asi que pueden cancelar el plan gracias nora", "ciudad"),
    ("hallo wir haben den laden geschlossen also bitte den vertrag kündigen danke nora", "laden"),
    ("oi nós fechamos a loja em agosto entao podem cancelar o plano obrigada nora", "loja"),
])
def test_the_part_before_a_connector_without_comma_is_the_reason(body, word):
    reason = read_body(body, "abonnement").fields.reason
    assert reason is not None and word in reason


@pytest.mark.parametrize("body", [
    "hi my husband got a new job abroad so kindly cancel the plan thanks nora",
    "hi my husband got a new job abroad therefore kindly cancel the plan thanks nora",
])
def test_the_reason_before_so_kindly_ends_before_the_connector(body):
    assert read_body(body, "Plan").fields.reason.endswith("abroad")


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nje voudrais donc résilier mon abonnement.\n\nNora",
    "Hello,\n\nI am writing to you so you can cancel my plan.\n\nNora",
    "Hola,\n\nles escribo para que cancelen mi plan.\n\nNora",
])
def test_a_connector_with_nothing_before_it_gives_no_reason(body):
    assert read_body(body, "Plan").fields.reason is None


# -- 4. the service and the project it is for are no reason ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, nous résilions l'entretien du site pour Atelier Nord. Merci de confirmer.\nCordialement, Nora",
    "Bonjour, nous arrêtons l'entretien du site pour Atelier Nord. Merci de confirmer.\nCordialement, Nora",
    "Hello, we are discontinuing the AMC for Atelier Nord. Please confirm.\nRegards, Nora",
    "Hello, we are ending the hosting for Atelier Nord. Please confirm.\nRegards, Nora",
])
def test_the_service_ended_for_a_project_is_no_reason(body):
    read = read_body(body, "Résiliation", "owd")
    assert "cancellation" in read.intents and read.fields.reason is None


def test_the_service_ended_with_a_cause_is_read():
    read = read_body("Bonjour, nous résilions l'entretien du site pour Atelier Nord : la boutique ferme en octobre."
                     "\nCordialement, Nora", "Résiliation", "owd")
    assert read.fields.reason is not None and "boutique" in read.fields.reason


# -- end to end ---------------------------------------------------------------------------------------------------------

CUSTOMER = "nora@example.com"
CLIENT = "contact@atelier-nord.example"


def _ledger_file(tmp_path):
    data = {"customers": [{"brand": "leadsoptima", "email": CUSTOMER, "name": "Nora", "plan": "monthly",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-05",
                           "current_period_end": "2025-10-04"}],
            "projects": [{"brand": "optima_webdesign", "name": "Atelier Nord", "contract_email": CLIENT,
                          "work_started_at": "2025-03-12T10:00:00"}],
            "payments": [{"brand": "leadsoptima", "id": "pay_f32b", "invoice": "LO-INV-4410", "customer_email": CUSTOMER,
                          "kind": "subscription", "plan": "monthly", "amount": "1499.00", "tax": "269.82",
                          "currency": "INR", "paid_at": "2025-09-05T10:00:00", "period_start": "2025-09-05",
                          "period_end": "2025-10-04", "status": "paid"},
                         {"brand": "optima_webdesign", "id": "pay_f32b_r", "invoice": "OWD-2025-932",
                          "project": "Atelier Nord", "kind": "retainer", "amount": "9500.00", "tax": "1710.00",
                          "currency": "INR", "paid_at": "2025-09-12T10:00:00", "status": "paid", "setup_fee": None,
                          "service_start": None, "next_billing_at": "2025-10-12T00:00:00",
                          "period_start": "2025-09-12", "period_end": "2025-10-11", "milestone_status": None}]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


def _triage(tmp_path, capsys, sender, to, subject, body):
    from mailbot.cli import main
    from tests.heldout import CONFIG

    mail = tmp_path / "m.eml"
    mail.write_bytes(email_bytes(sender, to, subject, ist(2025, 9, 20, 10, 0), body))
    code = main(["--config", str(CONFIG), "triage", "--ledger", str(_ledger_file(tmp_path)),
                 "--now", "2025-10-01T10:00:00+05:30", "--json", str(mail)])
    assert code == 0
    got = json.loads(capsys.readouterr().out)
    return got[0] if isinstance(got, list) else got


def test_a_cancellation_for_a_project_without_a_cause_asks_the_reason(tmp_path, capsys):
    got = _triage(tmp_path, capsys, CLIENT, OWD_ADDRESS, "Résiliation",
                  "Bonjour, nous résilions l'entretien du site pour Atelier Nord. Merci de confirmer."
                  "\nCordialement, Nora")
    assert got["status"] == "need_info" and got["missing"] == ["reason"] and got["decisions"] == []


def test_a_cancellation_for_a_project_with_a_cause_is_decided(tmp_path, capsys):
    got = _triage(tmp_path, capsys, CLIENT, OWD_ADDRESS, "Résiliation",
                  "Bonjour, nous résilions l'entretien du site pour Atelier Nord (OWD-2025-932) car notre neveu "
                  "reprend le site.\nCordialement, Nora")
    assert got["status"] == "decided"
    assert [(d["intent"], d["outcome"]) for d in got["decisions"]] == [("cancellation", "cancel")]


def test_a_month_not_used_is_denied(tmp_path, capsys):
    got = _triage(tmp_path, capsys, CUSTOMER, LO_ADDRESS, "Remboursement",
                  "Salut,\n\nj'ai quasiment pas utilisé la plateforme ce mois-ci (vacances), vous pouvez me rembourser "
                  "LO-INV-4410 ?\n\nNora")
    assert [(d["intent"], d["outcome"]) for d in got["decisions"]] == [("refund", "deny")]


def test_a_dictated_job_change_before_donc_is_denied_and_cancelled(tmp_path, capsys):
    got = _triage(tmp_path, capsys, CUSTOMER, LO_ADDRESS, "abonnement",
                  "salut j ai change de travail donc vous pouvez resilier et me rembourser LO-INV-4410 merci nora")
    assert sorted((d["intent"], d["outcome"]) for d in got["decisions"]) == [("cancellation", "cancel"),
                                                                              ("refund", "deny")]
