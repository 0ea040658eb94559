"""General reading rules behind the language rounds, each with sentences of its own in the shipped
languages (not copied from any round): what a request is, what a reason is, and two policy points of
POLICY_SPEC section 8 (three or more identical charges; the unknown sender)."""

from __future__ import annotations

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist, ledger

CFG = config()
READER = Extractor(CFG.brands["leadsoptima"])


def read(body: str, subject: str = "Hello", **headers):
    return READER.extract(inbound("nora@example.com", LO_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body,
                                  **headers))


# -- three or more charges are a duplicate payment (L2, section 8) -------------------------

@pytest.mark.parametrize("body", [
    "Your system billed my card three times for the same month. Please refund the extra ones.",
    "Me habéis cobrado tres veces la misma cuota. Quiero el reembolso de lo que sobra.",
    "O cartão foi debitado três vezes no mesmo dia. Quero o estorno dos valores extras.",
    "Die Monatsgebühr wurde dreimal abgebucht. Bitte erstatten Sie die zusätzlichen Beträge.",
    "On m'a facturé trois fois le même mois. Merci de me rembourser les paiements en trop.",
    "मेरे कार्ड से एक ही महीने के तीन बार पैसे कटे। बाकी पैसे वापस कर दीजिए।",
])
def test_charged_three_times_is_a_duplicate_payment(body):
    assert read(body).fields.reason_code == "duplicate_payment"


# -- an exception word the customer denies is no exception ---------------------------------

@pytest.mark.parametrize("body", [
    "I am not facing any login problems, I simply stopped using the tool. Please refund this month.",
    "No me cobraron dos veces, simplemente ya no uso la herramienta. Quiero un reembolso.",
])
def test_a_denied_exception_word_is_no_exception(body):
    assert read(body).fields.reason_code == "other"


def test_a_negation_further_back_does_not_deny_the_exception():
    found = read("I don't know why you charged me twice this month. Please refund one of them.")
    assert found.fields.reason_code == "duplicate_payment"


# -- what restates the request is no reason --------------------------------------------------

@pytest.mark.parametrize("body", [
    "Plan: monthly\nReason: cancel my plan\n\nThanks,\nNora",
    "Plan: mensual\nMotivo: solicitud de reembolso\n\nSaludos,\nNora",
    "Tarif: monatlich\nGrund: Kündigung\n\nGrüße\nNora",
    "Hola,\n\npor favor, cancelad nuestra suscripción a partir de hoy.\n\nGracias,\nNora",
    "Olá,\n\npor favor cancelem a assinatura do nosso escritório.\n\nObrigada,\nNora",
    "Dear team,\n\nHope you are doing well.\n\nPlease cancel the plan.\n\nRegards,\nNora",
    "Bonjour,\n\nmerci de résilier mon abonnement.\n\nDans l'attente de votre retour.\n\nNora",
    "Hola,\n\ncancelen mi plan, por favor.\n\nQuedo a la espera de su respuesta.\n\nNora",
    "Namaste,\n\nplan cancel karna hai isliye cancel kar dijiye, jaldi please.\n\nNora",
])
def test_restating_the_request_or_a_formality_is_no_reason(body):
    assert read(body).fields.reason is None


def test_a_labelled_reason_that_explains_is_kept():
    found = read("Plan: monthly\nReason: we hired an in-house team for this work\n\nThanks,\nNora")
    assert found.fields.reason == "we hired an in-house team for this work"


def test_a_sentence_ends_at_a_danda():
    found = read("नमस्ते,\n\nमेरा प्लान रद्द कर दीजिए। हमने दूसरी कंपनी का सॉफ्टवेयर ले लिया है।\n\nनोरा")
    assert found.fields.reason == "हमने दूसरी कंपनी का सॉफ्टवेयर ले लिया है।"


def test_the_part_before_a_consequence_word_is_the_reason():
    found = read("Hi,\n\nwe are moving all our marketing in-house next quarter, so please cancel the plan.\n\nNora")
    assert found.fields.reason == "we are moving all our marketing in-house next quarter"


def test_the_reason_after_a_colon_in_an_asking_sentence_is_kept_whole():
    found = read("Guten Tag,\n\nwir bitten um Erstattung der Anzahlung für das Vorhaben, Rechnung OWD-2025-1, "
                 "Projekt Alpha: der Vorstand hat das ganze Vorhaben gestoppt, leider sehr kurzfristig.\n\nNora")
    assert found.fields.reason == "der Vorstand hat das ganze Vorhaben gestoppt, leider sehr kurzfristig"


# -- what is a request ------------------------------------------------------------------------

@pytest.mark.parametrize("body, subject", [
    ("You billed me again after cancelling, please refund it.", "Charged after cancelling"),
    ("Me cobrasteis otra vez, quiero que me lo devolváis.", "Cobro después de cancelar"),
    ("Vocês me cobraram de novo, quero o dinheiro de volta.", "Cobrança depois de cancelar"),
    ("Sie haben erneut abgebucht, bitte erstatten Sie den Betrag.", "Abbuchung trotz Kündigung"),
    ("Vous m'avez encore prélevé, merci de me rembourser.", "Prélèvement après la résiliation"),
    ("Cancel karne ke baad bhi paise kaat liye, paise wapas kar dijiye.", "Paise kat gaye"),
])
def test_a_cancellation_that_already_happened_is_no_new_request(body, subject):
    assert read(body, subject).intents == {"refund"}


def test_cancel_after_a_date_is_still_a_request():
    assert read("Please cancel my plan after this month ends.").intents == {"cancellation"}


def test_the_spanish_we_cancel_is_a_request_unless_its_time_is_gone():
    assert read("Cancelamos el servicio de mantenimiento desde hoy, factura LO-INV-1234.").intents == {"cancellation"}
    assert read("Cancelamos el plan en agosto y nos seguís cobrando. Devolvednos el dinero.").intents == {"refund"}


@pytest.mark.parametrize("body", [
    "If the tool doesn't fit our team, would you refund the annual fee?",
    "Si contrato el plan anual y no me convence, ¿me lo reembolsaríais?",
    "Se o plano não servir para nós, vocês reembolsariam o valor?",
    "Si l'outil ne nous convient pas, me rembourseriez-vous l'abonnement ?",
])
def test_a_conditional_refund_question_is_no_request(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Please cancel the monthly plan. We are not expecting any refund for this month.",
    "Por favor, cancelen el plan. No estamos pidiendo ningún reembolso.",
    "Por favor cancelem o plano. Não estamos pedindo estorno.",
    "Bitte kündigen Sie den Vertrag. Eine Rückerstattung möchten wir nicht.",
    "Merci de résilier le contrat. Nous ne réclamons aucun remboursement.",
])
def test_a_refund_the_customer_does_not_want_is_no_request(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body, intents", [
    ("Hum wapas purane tool par ja rahe hain, plan band kar dijiye.", {"cancellation"}),
    ("Mera plan band kar dijiye aur paise wapas kar dijiye.", {"cancellation", "refund"}),
])
def test_hindi_back_is_a_refund_only_beside_money_or_giving_back(body, intents):
    assert read(body).intents == intents


def test_a_replys_subject_is_the_earlier_request_not_a_new_one():
    body = "Thanks, that answers my question, we will keep the plan.\n\n> Can I cancel and get a refund?\n"
    assert read(body, "Re: Cancel and refund?", In_Reply_To="<a@example.com>").intents == set()
    assert read("Invoice LO-INV-1234, we no longer use it.", "Cancel and refund").intents == {"cancellation", "refund"}


# -- policy: three identical charges, the unknown sender --------------------------------------

def _charge(n: int, paid_at: str) -> dict:
    return {"brand": "leadsoptima", "id": f"pay_{n}", "invoice": f"LO-INV-50{n}", "customer_email": "nora@example.com",
            "kind": "subscription", "plan": "monthly", "amount": "1499.00", "tax": "0.00", "currency": "INR",
            "paid_at": paid_at, "period_start": "2025-09-01", "period_end": "2025-09-30", "status": "paid"}


def _triage(payments: list[dict]) -> Triage:
    data = {"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora", "plan": "monthly",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-01",
                           "current_period_end": "2025-09-30"}], "projects": [], "payments": payments}
    return Triage(CFG, ledger(data, CFG), FixedClock(ist(2025, 9, 12, 10, 0)))


def test_every_identical_charge_after_the_first_inside_the_window_is_refunded():
    triage = _triage([_charge(1, "2025-09-01T10:00:00"), _charge(2, "2025-09-01T10:01:00"),
                      _charge(3, "2025-09-03T10:00:00")])
    text = "You charged my monthly plan three times (LO-INV-503). Please refund the duplicates."
    [decision] = triage.decide([inbound("nora@example.com", LO_ADDRESS, "Charged again", ist(2025, 9, 4, 10, 0),
                                        text)]).verdict.decisions
    assert (decision.outcome, str(decision.amount)) == ("approve", "2998.00")
    # On 10 September pay_2 (day 9) is outside the 7-day window, pay_3 (day 7) inside: only pay_3 is refunded.
    [decision] = triage.decide([inbound("nora@example.com", LO_ADDRESS, "Charged again", ist(2025, 9, 10, 10, 0),
                                        text)]).verdict.decisions
    assert (decision.outcome, str(decision.amount)) == ("approve", "1499.00")


@pytest.mark.parametrize("to, body", [
    (LO_ADDRESS, "Please cancel my account, we stopped using it."),
    (OWD_ADDRESS, "Please cancel our hosting, we moved the site to our own server."),
])
def test_a_sender_the_ledger_does_not_know_is_asked_to_write_from_the_address_on_record(to, body):
    result = _triage([]).decide([inbound("stranger@example.org", to, "Cancel", ist(2025, 9, 10, 10, 0), body)])
    assert (result.verdict.status, result.verdict.rules, result.verdict.decisions) == ("need_info", ["C2"], [])


# -- more of the same rules, in the other languages --------------------------------------------

@pytest.mark.parametrize("body", [
    "Könnten Sie bitte mein Abo kündigen, wenn möglich noch diese Woche?",
    "¿Podría cancelar mi suscripción, si es posible?",
    "Could I get a refund for the last charge if possible? We do not use the tool.",
    "Pourriez-vous résilier mon contrat si possible ?",
    "Poderia cancelar minha assinatura, se possível?",
])
def test_a_polite_if_sets_no_condition(body):
    assert read(body).intents


@pytest.mark.parametrize("body", [
    "Si je résilie demain, serai-je remboursé ?",
    "Si cancelo hoy, ¿me devolveréis lo que queda del mes?",
    "Se eu cancelar hoje, serei reembolsado?",
    "If I cancel today, will I be refunded for the unused days?",
])
def test_a_future_question_under_a_condition_is_no_request(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Ya me di de baja en julio y aun así me habéis cobrado este mes. Devolvedme el dinero.",
    "Já cancelei a assinatura em julho e mesmo assim fui cobrada. Quero o estorno.",
    "Ich habe schon im Juli gekündigt und trotzdem wurde wieder Geld eingezogen. Bitte erstatten.",
    "We terminated the contract in July. Why was I billed again? Please return the money.",
    "Maine July mein plan cancel kar diya tha, fir bhi is mahine charge kar liya. Paise wapas kar dijiye.",
])
def test_charged_after_cancelling_is_a_billing_error(body):
    found = read(body)
    assert (found.intents, found.fields.reason_code) == ({"refund"}, "billing_error")


@pytest.mark.parametrize("body, intents", [
    ("Refund nahi mila abhi tak, please check karke bhejiye.", {"refund"}),
    ("Plan cancel nahi karna, bas invoice bhej dijiye.", set()),
    ("Denme de baja del plan mensual, por favor.", {"cancellation"}),
    ("Solicito la baja de la cuenta desde hoy.", {"cancellation"}),
])
def test_negation_and_request_forms(body, intents):
    assert read(body).intents == intents


def test_a_french_bank_opposition_is_a_dispute():
    assert read("Sinon je ferai opposition auprès de ma banque. Remboursez-moi.").dispute


def test_no_pack_writes_an_ascii_word_boundary_after_an_accented_letter():
    """``\\b`` is RE2's ASCII word boundary: after "é" it never matches before a space, so
    ``cancelé\\b`` would read nothing.  Packs write ``(?:$|\\W)`` there (docs/languages.md)."""
    import re

    from mailbot.reading.languages import load_packs, pack_dirs

    wrong = re.compile(r"[^\x00-\x7f](?:\|[a-z])?\)*\\b")
    found = [(code, key, p) for code, pack in load_packs(pack_dirs(None)).items()
             for key, patterns in pack.words.items() for p in patterns if wrong.search(p)]
    assert found == []


@pytest.mark.parametrize("body", [
    "Would the second milestone be refundable if we stop the project now?",
    "¿Sería reembolsable el depósito si paramos el proyecto?",
    "Seria reembolsável o depósito se pararmos o projeto?",
    "Wäre die Anzahlung erstattungsfähig, wenn wir das Projekt stoppen?",
    "Le dépôt serait-il remboursable si nous arrêtons le projet ?",
])
def test_asking_whether_something_is_refundable_is_no_request(body):
    assert read(body).intents == set()


def test_a_forward_whose_subject_asks_is_read_for_the_forwarded_reason():
    body = ("Kindly look into the mail below.\n\nNora\n\nFrom: Office <office@example.com>\n"
            "Sent: Monday, September 8, 2025 9:30 AM\nTo: Nora <nora@example.com>\nSubject: Plan refund\n\n"
            "Nora, our team switched to a different vendor last week. Please ask them to refund invoice "
            "LO-INV-1234.\n")
    found = read(body, "FW: Plan refund")
    assert found.intents == {"refund"}
    assert found.fields.reason == "Nora, our team switched to a different vendor last week."


def test_an_exception_word_for_a_dashboard_that_does_not_load():
    assert read("The dashboard has not loaded for a week. Please refund this month.").fields.reason_code == \
        "access_failure"


@pytest.mark.parametrize("body, intents", [
    ("कृपया मेरी सदस्यता रद्द न करें, मैं केवल बिल के बारे में पूछ रही थी।", set()),
    ("अगर मैं सालाना प्लान लूँ और काम न आए तो क्या पैसे वापस मिलेंगे?", set()),
])
def test_hindi_negation_and_hypothetical_forms(body, intents):
    assert read(body).intents == intents


def test_hinglish_login_that_does_not_work_is_an_access_failure():
    assert read("Dashboard 2 din se nahi khul raha, refund chahiye.").fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "Please cancel my plan, we found another tool.",
    "Cancelad el plan, usamos otra herramienta.",
    "Cancelem o plano, usamos outra ferramenta.",
    "Bitte kündigen, wir nutzen ein anderes Tool.",
    "Merci de résilier, nous avons pris un autre outil.",
    "Plan cancel kar do, dusra software le liya.",
])
def test_moving_to_another_tool_is_a_reason_in_a_short_asking_sentence(body):
    assert read(body).fields.reason == body


@pytest.mark.parametrize("body, intents, code", [
    ("No need to refund anything, please just stop the auto-renewal.", {"cancellation"}, None),
    ("In case we have to stop after a month, is a partial refund possible?", set(), None),
    ("Your platform has been down since Monday, so I want my money back.", {"refund"}, "access_failure"),
    ("I never authorised the quarterly upgrade, please reverse the charge.", {"refund"}, "billing_error"),
])
def test_english_negation_question_and_exception_forms(body, intents, code):
    found = read(body)
    assert found.intents == intents
    if code:
        assert found.fields.reason_code == code
