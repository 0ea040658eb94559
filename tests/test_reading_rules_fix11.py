"""Reading rules generalised from the third fresh round's misses (fix11), each with sentences of its own
(none copied from any round): three or more charges in German, English and French wording, hypothetical
questions before buying (a condition word that opens the sentence, an "or only ...?" alternative, a
subject that only names the topic), money asked back without a refund word, cancellations in the
French present tense, lawyers named in compounds, exception reasons in more words, a closing "nothing
else needed", and the O4 notice rule when the next cycle is already paid."""

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


def read(body: str, subject: str = "Hello", reader=LO, to=LO_ADDRESS, sender="nora@example.com", **headers):
    return reader.extract(inbound(sender, to, subject, ist(2025, 9, 10, 10, 0), body, **headers))


def owd(body: str, subject: str = "Hello"):
    return read(body, subject, reader=OWD, to=OWD_ADDRESS)


# -- three or more charges, and "twice" in other words --------------------------------------

@pytest.mark.parametrize("body, subject", [
    ("Guten Tag, unser Monatsbeitrag wurde gestern 3-fach abgebucht, bitte korrigieren.", "Abo"),
    ("Hallo, die Rechnungen vom Montag sind doppelt bzw. dreifach, bitte prüfen.", "Abrechnung"),
    ("Hallo, auf meinem Kontoauszug erscheint Ihre Firma dreimal mit dem gleichen Betrag.", "Frage"),
    ("Hello, this is the fourth time we have been charged for the June cycle.", "Billing"),
    ("Hi, please refund the duplicates, the plan shows up three times on my card.", "Billing"),
    ("Bonjour, j'ai été chargé trois fois pour le même mois, merci de corriger.", "Facture"),
])
def test_three_charges_or_more_in_other_words_are_a_duplicate_payment(body, subject):
    found = read(body, subject)
    assert found.fields.reason_code == "duplicate_payment"
    assert "refund" in found.intents


def test_a_double_sized_price_is_no_duplicate_payment():
    assert read("Hallo, der Preis ist doppelt so hoch wie letztes Jahr.").fields.reason_code != "duplicate_payment"


# -- hypothetical questions before buying ------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, wir denken über das Quartalsabo nach. Angenommen, die Berichte passen nicht zu uns: "
    "bekämen wir dann das Geld zurück?",
    "Hello, assuming the CRM sync fails for our team, would we get a refund?",
    "Bonjour, au cas où l'outil ne marcherait pas chez nous, pourrais-je être remboursé ?",
    "Hola, suponiendo que la herramienta no funcione para mi tienda, ¿me devuelven el dinero?",
    "Olá, supondo que a ferramenta não sirva para a clínica, eu recebo o valor de volta?",
    "Olá! Se eu contratar o plano anual e não gostar, consigo o dinheiro de volta?",
])
def test_a_condition_and_a_question_about_the_outcome_is_no_request(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Hola, si pago el plan anual y no me sirve, ¿me devolverían algo? ¿O solo podría cancelar?",
    "Olá, se eu assinar e não der certo, teria reembolso? Ou só posso cancelar a assinatura?",
    "Bonjour, si ça ne va pas, serais-je remboursé ? Ou seulement annuler le plan ?",
])
def test_an_or_only_alternative_after_a_hypothetical_question_is_no_request(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("subject, body", [
    ("Dúvida sobre reembolso", "Oi, estou no teste grátis. Se eu assinar e não usar, teria direito a algo?"),
    ("Consulta sobre devolución", "Hola, si contrato el plan y no lo uso, ¿tendría derecho a algo?"),
    ("Question about refunds", "Hi, if we subscribe and the import fails, would we get anything back?"),
])
def test_a_subject_that_only_names_the_topic_asks_nothing(subject, body):
    assert read(body, subject).intents == set()


def test_a_subject_naming_the_topic_does_not_hide_a_request_in_the_body():
    assert "refund" in read("Hi, I was billed for a plan I never chose, please refund it.",
                            "Question about refunds").intents


# -- money asked back, without a refund word -----------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, das Projekt fällt aus. Bitte die Anzahlung für die Bäckerei-Seite zurueck.",
    "Hallo, wir möchten die Anzahlung (OWD-2025-901) zurück, weil der Umbau abgesagt ist.",
    "Guten Tag, wir hätten gern die 4.200 € aus der letzten Rechnung zurück.",
    "Bonjour, est-ce qu'on peut récupérer l'acompte du projet ? Le salon a fermé.",
    "Hola, queremos recuperar el anticipo del proyecto, el local se vendió.",
    "Oi, quero de volta o valor da taxa de hospedagem, mudamos de servidor.",
    "Hi, we are not cancelling the site build, but we want the express fee back - it shipped late.",
])
def test_money_asked_back_is_a_refund(body):
    assert "refund" in owd(body).intents


def test_money_coming_back_by_itself_is_no_refund_request():
    assert "refund" not in owd("Hallo, die Lastschrift ging an uns zurück, wir zahlen neu.").intents
    assert "cancellation" not in owd("Hi, we are not cancelling the site build, but we want the express "
                                     "fee back - it shipped late.").intents


# -- French cancellations in the present tense ----------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, nous arrêtons la gestion de la page LinkedIn à la fin du mois : le budget est coupé.",
    "Bonjour, on arrête la lettre d'information : notre boutique déménage.",
    "Bonjour, je résilie le suivi SEO, nous avons embauché quelqu'un.",
    "Bonjour, nous mettons fin à la maintenance du site vitrine, l'association ferme.",
])
def test_french_cancellations_in_the_present_tense(body):
    assert "cancellation" in owd(body).intents


def test_a_french_present_tense_negated_is_no_cancellation():
    assert "cancellation" not in owd("Bonjour, on n'arrête pas la gestion des réseaux, tout va bien.").intents


# -- legal threats in compounds --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Ich verlange die Erstattung, sonst übergebe ich die Sache meiner Rechtsanwältin.",
    "Ohne Erstattung bis Freitag veranlasse ich eine Rücklastschrift.",
])
def test_german_lawyers_and_returned_debits_are_a_dispute(body):
    assert owd(body).dispute


# -- exception reasons in more words ------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Bonjour, mon compte est suspendu depuis lundi, merci de me rembourser.", "access_failure"),
    ("Bonjour, nous n'avons plus accès aux rapports depuis la mise à jour, remboursez-nous svp.", "access_failure"),
    ("Namaste, dashboard open hi nahi ho raha teen din se, refund kar dijiye.", "access_failure"),
    ("Olá, houve uma cobrança indevida no cartão, quero o estorno.", "billing_error"),
])
def test_exception_reasons_in_more_words(body, code):
    assert read(body).fields.reason_code == code


def test_not_using_a_tool_is_no_access_failure():
    assert read("Namaste, main app use hi nahi kar raha, refund kar dijiye.").fields.reason_code != "access_failure"


@pytest.mark.parametrize("body", [
    "Bonjour, suite à la fermeture de notre cabinet, nous annulons le projet et demandons le remboursement.",
    "Olá, não vamos usar o tema premium, encontramos um gratuito que atende. Podem reembolsar?",
    "Namaste, hosting plan ka refund chahiye, ab hum khud server sambhal lenge.",
])
def test_reasons_said_beside_the_request_are_read(body):
    found = owd(body)
    assert found.fields.reason


# -- a closing "nothing else needed" -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Perfect, thanks a lot! Nothing more needed from our side.",
    "¡Genial, gracias! No hace falta nada más.",
])
def test_a_reply_that_closes_the_matter_asks_nothing(body):
    found = read(body, "Re: Charged two times [LO-77]", in_reply_to="<bot-77@leadsoptima.com>")
    assert found.intents == set()


# -- O4: the next cycle already paid, with short notice --------------------------------------

@pytest.mark.parametrize("notice_days, paid_cycles, outcome, end", [
    (3, 1, "cancel", "2025-10-31"),   # short notice: the paid next cycle runs; nothing beyond it is paid
    (3, 2, "escalate", None),         # a cycle beyond the next one is paid too: a person decides
    (12, 1, "escalate", None),        # enough notice and the next cycle paid: a person decides (section 8)
])
def test_a_paid_next_cycle_with_short_notice_runs_to_its_end(notice_days, paid_cycles, outcome, end):
    current = {"brand": "optima_webdesign", "id": "pay_c1", "invoice": "OWD-2025-701", "project": "Lotus Spa Site",
               "currency": "INR", "tax": "0.00", "status": "paid", "paid_at": "2025-09-01T10:00:00",
               "kind": "retainer", "amount": "9000.00", "period_start": "2025-09-01", "period_end": "2025-09-30",
               "next_billing_at": "2025-10-01T00:00:00"}
    cycles = [dict(current, id="pay_c2", invoice="OWD-2025-702", paid_at="2025-09-20T10:00:00",
                   period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00"),
              dict(current, id="pay_c3", invoice="OWD-2025-703", paid_at="2025-09-20T10:05:00",
                   period_start="2025-11-01", period_end="2025-11-30", next_billing_at="2025-12-01T00:00:00")]
    data = {"projects": [{"brand": "optima_webdesign", "name": "Lotus Spa Site",
                          "contract_email": "desk@lotusspa.example", "work_started_at": None}],
            "payments": [current, *cycles[:paid_cycles]]}
    when = ist(2025, 10, 1, 10, 0) - timedelta(days=notice_days)
    triage = Triage(CFG, ledger(data, CFG), FixedClock(when + timedelta(hours=1)))
    result = triage.decide([inbound("desk@lotusspa.example", OWD_ADDRESS, "Retainer", when,
                                    "Please cancel the Lotus Spa Site retainer, invoice OWD-2025-701. "
                                    "Reason: the spa is being sold.")])
    cancel = [d for d in result.verdict.decisions if d.intent == "cancellation"][0]
    assert cancel.outcome == outcome
    assert (cancel.effective_date.isoformat() if cancel.effective_date else None) == end


def test_no_access_to_something_else_is_no_access_failure():
    found = read("Bonjour, je n'ai plus accès à ma messagerie du bureau, je voudrais résilier l'abonnement.")
    assert found.fields.reason_code != "access_failure"


# -- a charge that is not paid ------------------------------------------------------------

@pytest.mark.parametrize("status, outcome", [("failed", "escalate"), ("paid", "deny")])
def test_a_refund_of_a_charge_not_paid_goes_to_a_person_whatever_the_reason(status, outcome):
    data = {"customers": [{"brand": "leadsoptima", "email": "ravi@studio.example", "plan": "monthly",
                           "status": "active", "current_period_start": "2025-09-05",
                           "current_period_end": "2025-10-04"}],
            "payments": [{"brand": "leadsoptima", "id": "pay_f1", "invoice": "LO-INV-5501",
                          "customer_email": "ravi@studio.example", "kind": "subscription", "plan": "monthly",
                          "amount": "1499.00", "tax": "0.00", "currency": "INR", "paid_at": "2025-09-05T09:00:00",
                          "period_start": "2025-09-05", "period_end": "2025-10-04", "status": status}]}
    when = ist(2025, 9, 8, 10, 0)
    triage = Triage(CFG, ledger(data, CFG), FixedClock(when + timedelta(hours=1)))
    result = triage.decide([inbound("ravi@studio.example", LO_ADDRESS, "Refund", when,
                                    "Hi, please refund LO-INV-5501, we changed our mind about the tool.")])
    refund = [d for d in result.verdict.decisions if d.intent == "refund"][0]
    assert refund.outcome == outcome


# -- the same rules in the other shipped languages -------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, falls das Tool bei uns nicht läuft, würden wir das Geld zurückbekommen? Oder nur kündigen?",
    "Namaste, agar tool kaam nahi aaya to refund milega kya? Ya sirf cancel kar sakte hain?",
])
def test_an_or_only_alternative_in_german_and_hinglish_is_no_request(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Hola, dejamos el servicio de mantenimiento a fin de mes, la tienda cierra.",
    "Olá, encerramos o contrato de gestão de redes, a loja vai fechar.",
    "Hallo, ich beende hiermit den Wartungsvertrag, wir schließen das Geschäft.",
    "Hi, we're stopping the monthly SEO retainer, our budget moved to print.",
])
def test_present_tense_cancellations_in_other_languages(body):
    assert "cancellation" in owd(body).intents


def test_a_present_tense_cancellation_that_is_negated_is_none():
    assert "cancellation" not in owd("Hi, we're not stopping the hosting plan, just asking about invoices.").intents


def test_money_wanted_back_in_spanish_is_a_refund():
    assert "refund" in owd("Hola, queremos de vuelta el anticipo, el proyecto se canceló por falta de fondos.").intents


@pytest.mark.parametrize("body", [
    "Hola, mi cuenta está bloqueada desde el martes, necesito el reembolso.",
    "Olá, a minha conta foi suspensa sem motivo, quero reembolso.",
    "Hallo, mein Konto ist gesperrt seit Montag, bitte erstatten.",
    "Hi, our account has been locked since Monday, please refund us.",
    "Namaste, account block ho gaya hai, refund chahiye.",
    "Hola, ya no tengo acceso al panel desde la actualización, quiero el reembolso.",
])
def test_a_blocked_account_is_an_access_failure(body):
    assert read(body).fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "Hola, es la tercera vez que me cobran el mismo mes, devuélvanme lo de más.",
    "Olá, é a terceira vez que cobram a mesma mensalidade, quero o reembolso.",
    "Bonjour, c'est la troisième fois que vous prélevez le même mois, remboursez-moi.",
    "Hallo, das ist das dritte Mal abgebucht für denselben Monat, bitte erstatten.",
    "Namaste, teesri baar paise kat gaye same mahine ke, refund kar do.",
])
def test_the_third_charge_is_a_duplicate_payment(body):
    assert read(body).fields.reason_code == "duplicate_payment"


def test_a_lawyer_in_romanised_hindi_is_a_dispute():
    assert owd("Refund nahi mila to mera vakil baat karega.").dispute


@pytest.mark.parametrize("body", [
    "Hola, no tengo acceso a mi correo del trabajo, por eso escribo desde Gmail; quiero cancelar.",
    "Olá, não tenho acesso ao e-mail da empresa, escrevo do pessoal; quero cancelar.",
    "Hi, my Gmail account is locked so I'm writing from work; please cancel the plan.",
])
def test_no_access_to_ones_own_mailbox_is_no_access_failure(body):
    assert read(body).fields.reason_code != "access_failure"


def test_back_in_another_clause_is_no_money_back():
    assert "refund" not in owd("Hi, I have the payment receipt; can you write back with the next steps?").intents
    assert "refund" in owd("Hi, we need the design deposit (paid in June) back, the shop closed.").intents


def test_a_call_back_about_a_payment_is_no_money_back():
    assert "refund" not in owd("Hallo, bitte rufen Sie mich wegen der Zahlung heute zurück, ich bin im Büro.").intents


def test_putting_an_end_to_a_service_in_portuguese_and_spanish_is_a_cancellation():
    assert "cancellation" in owd("Olá, vamos pôr fim à manutenção do site no fim do mês, a loja fechou.").intents
    assert "cancellation" in owd("Hola, ponemos fin al mantenimiento de la web, la tienda cerró.").intents
