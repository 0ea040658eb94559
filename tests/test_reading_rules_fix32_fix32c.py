"""Reading rules of fix32c, each with sentences of its own (none copied from any round or from the phrasebook).

1. No access at all, said with a quantifier ("we no longer have any access to the dashboard", "nous n'avons plus
   aucun accès", "keinerlei Zugriff", "ningún acceso", "nenhum acesso", "koi access nahi hai"), and a server error
   (5xx) on the platform ("the dashboard returns a 503 error") are a platform access failure (POLICY_SPEC L2:
   "no access since...", "platform not loading"), so a refund inside the window is escalated (L6), not denied (L1).
   Decision: a 5xx code counts only next to a word naming the platform (dashboard, account, page...); a 404 or a
   number without "error" names none.
2. An objection lodged against the payment or at the bank or card company ("Widerspruch gegen die Abbuchung bei
   meiner Kreditkartenfirma eingelegt", "une contestation auprès de ma carte", "impugné el cargo ante mi banco") is
   a payment dispute (C4); an objection not lodged ("noch keinen Widerspruch") or against something else ("gegen
   Ihre Kündigung", "gegen den Steuerbescheid") is none.
3. A plan named and then asked stopped with a pronoun, a reference between at most ("SEO retainer - OWD-2025-7 -
   ise rok dijiye", "our hosting plan HX-42 - please stop it", "le forfait SEO : merci de l'arrêter"), or a
   compound plan word ("stoppt den SEO-Retainer") asks to cancel; a negation ("isko mat rokiye", "please don't stop
   it") or a stop for a while ("do hafte ke liye") asks nothing.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import LO_ADDRESS, OWD_ADDRESS, email_bytes, ist, read_body


# -- 1. no access at all, a 5xx error on the platform ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nWe no longer have any access to the dashboard since the renewal. Please refund the last charge.\n\nNora",
    "Hi,\n\nI haven't had any access to my account since Tuesday. Please refund the last charge.\n\nNora",
    "Hi,\n\nThe dashboard keeps returning a 502 error since the renewal. Please refund the last charge.\n\nNora",
    "Bonjour,\n\nJe n'ai plus aucun accès à mon compte depuis mardi. Merci de rembourser le dernier prélèvement."
    "\n\nNora",
    "Bonjour,\n\nL'application affiche une erreur 500 à chaque ouverture. Merci de rembourser le dernier prélèvement."
    "\n\nNora",
    "Hallo,\n\nSeit Dienstag haben wir keinerlei Zugriff auf unser Konto. Bitte erstatten Sie die letzte Abbuchung."
    "\n\nNora",
    "Hallo,\n\nDer Zugang zum Portal ist seit Dienstag leider nicht mehr möglich. Bitte erstatten Sie die letzte "
    "Abbuchung.\n\nNora",
    "Hallo,\n\nDas Portal meldet seit Dienstag nur Fehler 504. Bitte erstatten Sie die letzte Abbuchung.\n\nNora",
    "Hola,\n\nDesde el martes no tengo ningún acceso a mi cuenta. Por favor devuélvanme el último cobro.\n\nNora",
    "Olá,\n\nDesde terça não tenho qualquer acesso à minha conta. Por favor devolvam a última cobrança.\n\nNora",
    "Olá,\n\nO painel mostra erro 500 desde terça. Por favor devolvam a última cobrança.\n\nNora",
    "Namaste,\n\nMangalvaar se account ka access hi nahi mil raha. Pichhla charge refund kar dijiye.\n\nNora",
    "नमस्ते,\n\nमंगलवार से मेरे खाते का कोई एक्सेस नहीं है। पिछला चार्ज रिफंड कर दीजिए।\n\nNora",
])
def test_no_access_at_all_or_a_server_error_is_an_access_failure(body):
    assert read_body(body, "Refund").fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "Hi,\n\nI no longer have any access to the old card, so please refund the last charge to the new one. It is "
    "too expensive for us.\n\nNora",
    "Hi,\n\nOur own shop page shows a 404 error, unrelated. Please refund the last charge, it is too expensive."
    "\n\nNora",
    "Bonjour,\n\nJe n'ai aucun accès au remboursement promis, c'est trop cher. Merci de rembourser le dernier "
    "prélèvement.\n\nNora",
    "Hola,\n\nNo tenemos ningún problema de acceso, pero es demasiado caro. Devuélvanme el último cobro.\n\nNora",
    "Olá,\n\nNão temos nenhum problema de acesso, mas é caro demais. Devolvam a última cobrança.\n\nNora",
    "Namaste,\n\nMujhe dashboard ka access nahi chahiye, bahut mehenga hai. Pichhla charge refund kar dijiye.\n\nNora",
])
def test_near_misses_name_no_access_failure(body):
    assert read_body(body, "Refund").fields.reason_code != "access_failure"


def _lo_ledger(tmp_path):
    data = {"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora", "plan": "monthly",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-18",
                           "current_period_end": "2025-10-17"}],
            "projects": [],
            "payments": [{"brand": "leadsoptima", "id": "pay_f32c", "invoice": "LO-INV-7321",
                          "customer_email": "nora@example.com", "kind": "subscription", "plan": "monthly",
                          "amount": "1499.00", "tax": "269.82", "currency": "INR", "paid_at": "2025-09-18T10:00:00",
                          "period_start": "2025-09-18", "period_end": "2025-10-17", "status": "paid"}]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


def _owd_ledger(tmp_path):
    data = {"customers": [],
            "projects": [{"brand": "optima_webdesign", "name": "Kiran Dental SEO", "contract_email": "nora@example.com",
                          "work_started_at": "2025-04-02T10:00:00"}],
            "payments": [{"brand": "optima_webdesign", "id": "ow_f32c", "invoice": "OWD-2025-907",
                          "project": "Kiran Dental SEO", "kind": "retainer", "amount": "8000.00", "tax": "1440.00",
                          "currency": "INR", "paid_at": "2025-09-06T09:00:00", "status": "paid", "setup_fee": None,
                          "service_start": None, "next_billing_at": "2025-10-06T09:00:00",
                          "period_start": "2025-09-06", "period_end": "2025-10-05", "milestone_status": None}]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


def _triage(tmp_path, capsys, to, ledger_path, subject, body, when):
    from mailbot.cli import main
    from tests.heldout import CONFIG

    mail = tmp_path / "m.eml"
    mail.write_bytes(email_bytes("nora@example.com", to, subject, when, body))
    code = main(["--config", str(CONFIG), "triage", "--ledger", str(ledger_path),
                 "--now", "2025-10-01T10:00:00+05:30", "--json", str(mail)])
    assert code == 0
    got = json.loads(capsys.readouterr().out)
    return got[0] if isinstance(got, list) else got


def test_no_access_at_all_escalates_the_refund_inside_the_window(tmp_path, capsys):
    got = _triage(tmp_path, capsys, LO_ADDRESS, _lo_ledger(tmp_path), "Remboursement",
                  "Bonjour,\n\nDepuis mardi je n'ai plus aucun accès à mon espace (erreur 502). Je demande le "
                  "remboursement de LO-INV-7321.\n\nNora", ist(2025, 9, 22, 10, 0))
    refund = [d for d in got["decisions"] if d["intent"] == "refund"]
    assert [(d["outcome"], d["rules"]) for d in refund] == [("escalate", ["L2", "L3", "L6"])]


def test_no_access_to_a_card_is_still_denied(tmp_path, capsys):
    got = _triage(tmp_path, capsys, LO_ADDRESS, _lo_ledger(tmp_path), "Refund",
                  "Hi,\n\nI no longer have any access to the old card, so refund LO-INV-7321 to the new one please; "
                  "the plan is too expensive for us.\n\nNora", ist(2025, 9, 22, 10, 0))
    assert [(d["intent"], d["outcome"]) for d in got["decisions"]] == [("refund", "deny")]


# -- 2. an objection lodged at the bank or against the payment is a dispute ------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nIch will mein Geld zurück. Bei meiner Hausbank habe ich heute Widerspruch gegen die Belastung "
    "eingelegt.\n\nNora",
    "Hallo,\n\nIch will mein Geld zurück. Wir haben gestern Einspruch gegen die Kreditkartenzahlung erhoben.\n\nNora",
    "Hallo,\n\nIch will mein Geld zurück. Ich habe Widerspruch über meine Kartenfirma eingereicht.\n\nNora",
    "Hallo,\n\nIch will mein Geld zurück. Der Buchung habe ich bei meiner Kreditkartengesellschaft widersprochen."
    "\n\nNora",
    "Bonjour,\n\nJe veux mon argent. J'ai déposé une contestation auprès de ma banque hier.\n\nNora",
    "Bonjour,\n\nJe veux mon argent. J'ai fait opposition au prélèvement la semaine dernière.\n\nNora",
    "Hola,\n\nQuiero mi dinero. Ya disputé el cobro ante mi banco la semana pasada.\n\nNora",
])
def test_an_objection_lodged_at_the_bank_is_a_dispute(body):
    assert read_body(body, "Geld zurück", "owd").dispute is not None


@pytest.mark.parametrize("body", [
    "Hallo,\n\nIch will mein Geld zurück. Ich habe noch keinen Widerspruch bei meiner Bank eingelegt und möchte das "
    "auch vermeiden.\n\nNora",
    "Hallo,\n\nIch will mein Geld zurück. Ich habe Widerspruch gegen den Steuerbescheid eingelegt, darum brauche "
    "ich es.\n\nNora",
    "Bonjour,\n\nJe veux mon argent. J'ai envoyé une contestation de la facture à votre comptabilité.\n\nNora",
    "Hola,\n\nQuiero mi dinero. Voy a impugnar la factura con ustedes por correo.\n\nNora",
])
def test_an_objection_not_lodged_or_not_at_the_bank_is_none(body):
    assert read_body(body, "Geld zurück", "owd").dispute is None


# -- 3. the plan named, then asked stopped with a pronoun ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Namaste,\n\nKiran Dental SEO retainer - OWD-2025-907 - ise rok dijiye. Hum shift ho rahe hain.\n\nNora",
    "Namaste,\n\nHumara hosting plan (OWD-2025-907), isko turant rok do. Budget khatam.\n\nNora",
    "नमस्ते,\n\nहमारा रिटेनर OWD-2025-907 - इसे रोक दीजिए। बजट खत्म।\n\nNora",
    "Hello,\n\nOur maintenance retainer OWD-2025-907 - please stop it. Budget is gone.\n\nNora",
    "Hallo,\n\nBitte stoppt den Wartungs-Retainer OWD-2025-907. Das Budget ist weg.\n\nNora",
    "Hallo,\n\nDen Retainer OWD-2025-907 bitte stoppen, das Budget ist weg.\n\nNora",
    "Bonjour,\n\nLe forfait maintenance OWD-2025-907 : merci de l'arrêter. Plus de budget.\n\nNora",
    "Hola,\n\nEl plan de mantenimiento OWD-2025-907: párenlo, por favor. Sin presupuesto.\n\nNora",
    "Olá,\n\nO plano de manutenção OWD-2025-907: encerrem-no, por favor. Sem orçamento.\n\nNora",
])
def test_a_named_plan_asked_stopped_is_a_cancellation(body):
    assert "cancellation" in read_body(body, "Retainer", "owd").intents


@pytest.mark.parametrize("body", [
    "Namaste,\n\nKiran Dental SEO retainer OWD-2025-907 - isko mat rokiye, sab badhiya chal raha hai.\n\nNora",
    "Namaste,\n\nSEO retainer OWD-2025-907: isko do hafte ke liye rok dijiye, clinic renovation chal raha hai."
    "\n\nNora",
    "Hello,\n\nOur maintenance retainer OWD-2025-907 - please don't stop it, it works well.\n\nNora",
    "Hallo,\n\nDen Retainer OWD-2025-907 bitte nicht stoppen, alles läuft gut.\n\nNora",
    "Bonjour,\n\nLe forfait maintenance OWD-2025-907 : merci de ne pas l'arrêter, tout va bien.\n\nNora",
    "Bonjour,\n\nLe contrat est signé, la machine tourne : merci de l'arrêter à 18h.\n\nNora",
    "Hola,\n\nEl plan de mantenimiento OWD-2025-907: no lo paren, va muy bien.\n\nNora",
])
def test_a_named_plan_not_stopped_asks_nothing(body):
    assert "cancellation" not in read_body(body, "Retainer", "owd").intents


def test_a_retainer_asked_stopped_late_is_decided(tmp_path, capsys):
    got = _triage(tmp_path, capsys, OWD_ADDRESS, _owd_ledger(tmp_path), "SEO retainer",
                  "Namaste,\n\nKiran Dental SEO retainer - OWD-2025-907 - isko rok dijiye. Clinic band ho raha hai."
                  "\n\nNora", ist(2025, 10, 1, 9, 0))
    assert got["status"] == "decided"
    assert [(d["intent"], d["outcome"]) for d in got["decisions"]] == [("cancellation", "cancel")]
