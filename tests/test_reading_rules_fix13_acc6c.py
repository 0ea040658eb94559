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


# -- a reason written before the request in the same sentence ------------------------------------

@pytest.mark.parametrize("body, words", [
    ("Hello, our landlord doubled the rent, please cancel the hosting plan and refund the rest.", "landlord"),
    ("We sold the bakery to a chain, kindly refund the deposit.", "sold the bakery"),
    ("Der Inhaber hat den Laden verkauft, bitte kündigen Sie das Hosting.", "Laden verkauft"),
    ("La mairie a refusé notre permis, merci d'annuler le site et de rembourser l'acompte.", "mairie"),
    ("El dueño ha vendido el local, cancelen el proyecto y devuelvan el anticipo por favor.", "vendido el local"),
    ("O dono vendeu a padaria, cancelem o projeto e devolvam o sinal por favor.", "vendeu a padaria"),
    ("Hamare partner ne company chhod di, please hosting cancel kar dijiye aur refund bhi.", "company chhod"),
])
def test_a_reason_before_the_request_in_the_same_sentence_is_read(body, words):
    found = owd(body)
    assert found.intents
    assert found.fields.reason and words in found.fields.reason


@pytest.mark.parametrize("body", [
    "Regarding the hosting plan we have with you, please cancel it.",             # a reference
    "For the website work on the shop front, please refund what is left.",        # a reference
    "If the shop is not online by the end of the week, please cancel it.",        # a condition
    "The deposit we paid on the portal last Monday, please refund it.",           # names the payment
    "Linden Shop project ke liye jo deposit diya tha, uska refund chahiye.",      # names the payment (hi)
    "Bezüglich der Anzahlung für unseren neuen Shop, bitte erstatten.",          # a reference (de)
    "Sobre el anticipo que pagamos la semana pasada, por favor devuélvanlo.",     # a reference (es)
    "Au nom de notre client le cabinet Morel, merci de rembourser l'acompte.",    # on behalf of (fr)
    "Our monthly retainer (Linden Social, the big one) please cancel it.",       # cut in brackets
])
def test_a_part_before_the_request_that_is_no_reason_is_not_read_as_one(body):
    found = owd(body)
    assert found.intents
    assert found.fields.reason is None


def test_a_preface_before_a_declined_refund_is_no_reason():
    found = read("To be clear from the start: I am not asking for a refund, just cancel the plan.")
    assert found.intents == {"cancellation"}
    assert found.fields.reason is None


# -- a reason after a colon in a short sentence, and before a consequence connector ---------------

@pytest.mark.parametrize("body, words", [
    ("Please cancel the Linden project: our investor pulled out last week.", "investor pulled out"),
    ("Cancelen el proyecto Linden: nuestra socia se muda a otro país.", "socia se muda"),
    ("El congreso se ha trasladado al año que viene, por lo que pedimos la devolución del anticipo.", "congreso"),
    ("A feira mudou para o ano que vem, pelo que pedimos o reembolso do sinal.", "feira mudou"),
    ("Le salon est reporté à l'an prochain, du coup merci de rembourser l'acompte.", "salon est reporté"),
    ("Die Messe findet nächstes Jahr statt, also bitten wir um Erstattung der Anzahlung.", "Messe"),
    ("We sold the cafe, so please refund the deposit.", "We sold the cafe"),
])
def test_a_reason_after_a_colon_or_before_a_connector_is_read(body, words):
    found = owd(body)
    assert found.intents
    assert found.fields.reason and words in found.fields.reason


@pytest.mark.parametrize("body", [
    "Please cancel this one: the deposit for the online shop.",   # names the payment
    "Hi team, so please refund the deposit.",                     # a greeting, nothing more
    "Please refund the advance: asap.",                           # too short
])
def test_no_reason_after_a_colon_or_before_a_connector_when_none_is_there(body):
    assert owd(body).fields.reason is None


# -- a bank's transaction alert forwarded with a bare request --------------------------------------

ALERT = ("---------- Forwarded message ---------\nFrom: Axis Alerts <alerts@axisbank.example>\n"
         "Date: Mon, 8 Sept 2025 at 09:12\nSubject: Debit alert\nTo: <nora@example.com>\n\n")


@pytest.mark.parametrize("alert", [
    "Dear Customer, INR 999.00 was debited from your A/c no. XX7781 towards LEADSOPTIMA on 08-09-25. Invoice LO-INV-4411.",
    "Dear Valued Customer, Rs 2,997.00 has been debited to your card ending **1234 at LEADSOPTIMA. Ref LO-INV-4411.",
    "INR 999.00 debited from A/c XX7781 on 08-09-25 to LEADSOPTIMA, Avl Bal INR 12,000. Ref LO-INV-4411.",
])
def test_a_forwarded_bank_alert_gives_no_reason(alert):
    found = read(f"pls check and refund\n\n{ALERT}{alert}\n", subject="Fwd: Debit alert")
    assert "refund" in found.intents
    assert found.fields.reason is None


def test_a_customers_own_sentence_about_a_debit_is_still_a_reason():
    found = read("Please refund this: the amount was debited from my account even though we stopped using "
                 "the tool long ago and nobody logs in.")
    assert found.fields.reason is not None


# -- a service that never came up is a reason --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Setup fee ka refund kar dijiye, hosting kabhi activate nahi hui aur hum site band kar rahe hain.",
    "The hosting was never activated, please refund the setup fee.",
])
def test_a_service_that_never_came_up_is_a_reason(body):
    assert owd(body).fields.reason is not None


def test_work_not_yet_started_is_no_reason_by_itself():
    assert owd("Milestone 2 par kaam shuru nahi hua hai, kripya paisa lauta dein.").fields.reason is None


# -- a question about the no-refund rule after a hypothetical one -----------------------------------

@pytest.mark.parametrize("body", [
    "We may move to the annual plan next month. If the reports don't suit us, could we get our money back? "
    "Or is it the usual no-refund rule?",
    "Si el módulo no nos sirve, ¿nos devolverían el dinero? ¿O se aplica la política de no reembolso?",
    "Agar yeh module kaam nahi kiya toh kya paise wapas milenge? Ya wahi no refund rule lagega?",
])
def test_a_question_about_the_no_refund_rule_asks_for_nothing(body):
    assert read(body).intents == set()


def test_a_request_that_knows_the_no_refund_rule_still_asks():
    found = read("I know about the no-refund rule, but I was charged twice this month, please refund one charge.")
    assert found.intents == {"refund"}


@pytest.mark.parametrize("body", [
    "This is Anil Mehra from Linden Foods, please refund the advance for the shop.",
    "I'm Priya from the accounts team at Linden, kindly cancel the hosting plan.",
    "Me llamo Lucía Ortega, cancelen el hosting por favor.",
    "Je vous écris pour la boulangerie Morel, merci d'annuler le site.",
    "Hier schreibt Jana Licht vom Fotostudio, bitte kündigen Sie das Hosting.",
])
def test_a_self_introduction_before_the_request_is_no_reason(body):
    found = owd(body)
    assert found.intents
    assert found.fields.reason is None


# -- a decision of the board, the management or the owner is a reason ------------------------------

@pytest.mark.parametrize("body, words", [
    ("The board has voted not to renew the portal, so we want to cancel the hosting and get a refund.", "board"),
    ("La directiva decidió no renovar la web, así que queremos anular el hosting y la devolución.", "directiva"),
    ("A diretoria decidiu não renovar o site, por isso queremos cancelar a hospedagem e o reembolso.", "diretoria"),
    ("Der Vorstand hat beschlossen, die Website nicht zu verlängern; bitte kündigen und erstatten.", "Vorstand"),
    ("Le bureau a décidé de ne pas renouveler le site, donc merci d'annuler et de rembourser.", "bureau"),
])
def test_a_decision_of_the_board_or_owner_is_a_reason(body, words):
    found = owd(body)
    assert found.intents
    assert found.fields.reason and words in found.fields.reason


def test_a_request_naming_the_board_without_its_decision_gives_no_reason():
    assert owd("Please cancel the hosting before the board meeting.").fields.reason is None
