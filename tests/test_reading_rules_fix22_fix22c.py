"""Reading rules generalised from the fourteenth fresh round's misses (fix22c), each with sentences of its own
(none copied from any round), in every language where the same rule exists.

- A duplicate charge in regional or colloquial words: the Austrian and Swiss "verrechnet", "eingehoben",
  "kassiert", a count typed "2x" ("charged 2x", "me cobraron 2x", "débité 2x", "2x charge"), two identical
  amounts ("zwei idente Beträge"), a fee that "came out twice".  The ledger still decides: the reason
  read lets L2 look for the pair.
"""

from __future__ import annotations

import pytest

from mailbot.models import CANCELLATION, REFUND
from tests.helpers import LO_ADDRESS, ist, read_body

read = read_body  # the helper every reading-rule test shares (tests/helpers.py)


# -- a duplicate charge in regional words or counted "2x" -------------------------------------------------

@pytest.mark.parametrize("body", [
    "Grüezi, das Monatsabo wurde uns im August zweimal verrechnet. Bitte erstatten Sie LO-INV-5521.",
    "Ihr habt letzte Woche doppelt kassiert, ich bitte um Erstattung von LO-INV-5521.",
    "Das Abo ist 2x verrechnet worden, bitte die zweite Rechnung LO-INV-5521 gutschreiben.",
    "Auf dem Kontoauszug finde ich zwei idente Beträge von 1.499,00. Bitte erstatten Sie LO-INV-5521.",
    "Der Beitrag wurde zweimal eingehoben, bitte um Rückzahlung für LO-INV-5521.",
    "Es gab eine Doppelverrechnung im September, bitte erstatten Sie LO-INV-5521.",
    "You guys billed me 2x for October, please refund LO-INV-5521.",
    "Got charged 2x this month. Please reverse LO-INV-5521.",
    "The annual fee came out of our account twice on Monday. Please refund LO-INV-5521.",
    "Our subscription went out twice this week, refund LO-INV-5521 please.",
    "Nos cobraron 2x la mensualidad, por favor reembolsen LO-INV-5521.",
    "On m'a prélevé 2x l'abonnement ce mois-ci, merci de rembourser LO-INV-5521.",
    "Mujhe is mahine 2x charge hua hai, LO-INV-5521 ka refund kar dijiye.",
])
def test_a_duplicate_charge_in_regional_words(body):
    found = read(body)
    assert REFUND in found.intents
    assert found.fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Ich habe das Passwort zweimal zurückgesetzt, aber die Anmeldung geht nicht. Bitte erstatten Sie LO-INV-5521.",
    "Wir haben den Kurs zweimal gebucht und möchten kündigen.",
    "I tried 2x to log in and it failed, please refund LO-INV-5521, the tool never worked for us.",
    "The fee came out on the 3rd, please refund LO-INV-5521, we no longer use the tool.",
    "We upgraded 2x in one year and now want to cancel the plan.",
])
def test_no_duplicate_charge_in_near_misses(body):
    assert read(body).fields.reason_code != "duplicate_payment"


# -- an answer to our question: an invoice reversed is no cancellation; money asked "retour" ---------------

@pytest.mark.parametrize("body", [
    "Guten Tag, bitte die Rechnung LO-INV-5521 stornieren und den Betrag zurücküberweisen.",
    "Bitte stornieren Sie die Rechnung LO-INV-5521 und erstatten Sie uns das Geld.",
    "Please cancel invoice LO-INV-5521 and refund the money to our card.",
    "Could you cancel the duplicate invoice LO-INV-5521 and refund it?",
    "Merci d'annuler la facture LO-INV-5521 et de nous rembourser.",
    "Por favor cancelen la factura LO-INV-5521 y devuélvannos el importe.",
    "Por favor cancelem a fatura LO-INV-5521 e devolvam o valor.",
    "Invoice LO-INV-5521 cancel karke paise wapas kar dijiye.",
])
def test_an_invoice_reversed_asks_a_refund_not_a_cancellation(body):
    found = read(body)
    assert REFUND in found.intents
    assert CANCELLATION not in found.intents


@pytest.mark.parametrize("body", [
    "Bitte die Rechnung LO-INV-5521 stornieren und das Abo zum Monatsende kündigen, Geld zurück bitte.",
    "Please cancel my plan and refund the last invoice LO-INV-5521.",
    "Merci d'annuler mon abonnement et de rembourser la facture LO-INV-5521.",
    "Bitte stornieren Sie mein Abo, die Rechnung LO-INV-5521 war die letzte.",
    "Por favor cancelen mi plan y reembolsen la factura LO-INV-5521.",
])
def test_a_plan_cancelled_beside_an_invoice_is_still_a_cancellation(body):
    assert CANCELLATION in read(body).intents


@pytest.mark.parametrize("body", [
    "Servus, wir haben das Projekt abgesagt, weil der Hof verkauft wird. Bitte die Anzahlung OWD-2025-4411 retour.",
    "Bitte überweisen Sie uns das Geld retour, der Auftrag OWD-2025-4411 ist hinfällig, wir schließen den Laden.",
    "Grüezi, bitte den Betrag für OWD-2025-4411 retour, der Verein hat kein Budget mehr für die Website.",
])
def test_money_asked_back_retour(body):
    assert REFUND in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "Die Ware ging retour an den Lieferanten, das Projekt OWD-2025-4411 läuft weiter.",
    "Wir haben die Muster retour geschickt und warten auf den Entwurf für OWD-2025-4411.",
])
def test_retour_without_money_asks_nothing(body):
    assert REFUND not in read(body, brand="owd").intents


# -- a retainer named by its full project name asked to stop -----------------------------------------------

@pytest.mark.parametrize("body", [
    "We would like to end the Harbour Lane Bakery Social Media Retainer, ref OWD-2025-4411. Sales are down and we cannot afford it.",
    "We have decided to discontinue the Blue Fern Dental Monthly SEO Retainer OWD-2025-4411 as we hired someone in-house.",
    "Hello, please stop the Willow Creek Vets Google Ads Retainer OWD-2025-4411. The practice is being sold next month.",
])
def test_a_long_named_retainer_asked_to_stop(body):
    assert CANCELLATION in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "We stopped the Harbour Lane Bakery Social Media Retainer last year; now we want a quote for a new shop.",
    "We don't want to stop the Harbour Lane Bakery Social Media Retainer, only pause the blog posts for a month.",
    "If we end the Harbour Lane Bakery Social Media Retainer now, would we still pay for October?",
])
def test_a_long_named_retainer_not_asked_to_stop(body):
    assert CANCELLATION not in read(body, brand="owd").intents


# -- nothing asked: a mail that says it is no refund request, a refund received ------------------------------

@pytest.mark.parametrize("body", [
    "This is not a cancellation or refund request. Could you split the tax on LO-INV-5521 into CGST and SGST?",
    "This isn't a refund or cancellation request, just a question about the VAT on LO-INV-5521.",
    "This is neither a refund nor a cancellation request: please resend invoice LO-INV-5521 with our GSTIN.",
    "Das ist keine Kündigung und kein Erstattungsantrag, ich brauche nur eine Kopie der Rechnung LO-INV-5521.",
    "Dies ist weder eine Kündigung noch eine Erstattungsanfrage: bitte schicken Sie LO-INV-5521 mit unserer USt-ID.",
    "Esto no es una solicitud de cancelación ni de reembolso, solo necesito la factura LO-INV-5521 con nuestro RFC.",
    "Isto não é um pedido de cancelamento nem de reembolso, só preciso da nota fiscal da LO-INV-5521.",
    "Ce n'est pas une demande d'annulation ni de remboursement : pouvez-vous renvoyer la facture LO-INV-5521 ?",
    "Ye refund ya cancellation request nahi hai, bas LO-INV-5521 ka GST invoice chahiye.",
    "Ye cancellation ya refund request nahi hai, bas LO-INV-5521 ki copy bhej dijiye.",
])
def test_a_mail_that_says_it_asks_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body,asked", [
    ("This is not a cancellation request: please refund LO-INV-5521, you charged us twice.", {REFUND}),
    ("Not a refund request, but please cancel my plan at the end of the month.", {CANCELLATION}),
    ("Das ist keine Kündigung, aber bitte erstatten Sie LO-INV-5521, Sie haben doppelt abgebucht.", {REFUND}),
    ("No es una solicitud de cancelación: quiero el reembolso de LO-INV-5521, me cobraron dos veces.", {REFUND}),
    ("Ye cancellation request nahi hai, bas LO-INV-5521 ka refund chahiye, do baar paise kat gaye.", {REFUND}),
    ("I'm not sure this is a refund request, but you charged me twice for LO-INV-5521.", {REFUND}),
])
def test_the_other_request_beside_a_denial_is_still_read(body, asked):
    assert read(body).intents == asked


@pytest.mark.parametrize("body", [
    "Got the refund for the double charge this morning, thanks for the quick help.",
    "Received the refund yesterday, thank you so much.",
    "Hi team, just got the refund for LO-INV-5521 - much appreciated!",
    "Erstattung für die doppelte Abbuchung heute erhalten, vielen Dank!",
    "Rückzahlung dankend erhalten.",
    "Der refund für LO-INV-5521 ist schon angekommen, danke.",
])
def test_a_refund_received_asks_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Got the refund for one charge, but you billed me twice again this month, please refund LO-INV-5521 too.",
    "Got the invoice, but you charged me twice - please refund LO-INV-5521.",
    "Still haven't got the refund for the double charge, please send it. LO-INV-5521",
    "Erstattung noch nicht erhalten, bitte überweisen Sie LO-INV-5521, Sie haben doppelt abgebucht.",
    "Der refund für LO-INV-5521 ist noch nicht angekommen, bitte prüfen, Sie haben doppelt abgebucht.",
])
def test_a_refund_still_awaited_is_still_asked(body):
    assert REFUND in read(body).intents


# -- English loanwords in German mail ------------------------------------------------------------------------

@pytest.mark.parametrize("body,asked", [
    ("Seit dem Update bin ich locked out, der Reset-Link kommt nie an. Bitte refund für LO-INV-5521 und dann cancel das Abo.",
     {REFUND, CANCELLATION}),
    ("Ich will einen refund für LO-INV-5521, der Login geht seit Tagen nicht, und das Abo bitte gleich cancellen.",
     {REFUND, CANCELLATION}),
    ("Wir brauchen keinen refund, aber bitte cancel den Vertrag zum Monatsende.", {CANCELLATION}),
    ("Bitte kein refund, nur das Abo canceln.", {CANCELLATION}),
])
def test_english_loanwords_in_german_mail(body, asked):
    assert read(body).intents == asked


def test_locked_out_in_german_mail_is_an_access_failure():
    body = "Hallo, seit Samstag bin ich locked out und die Reset-Mail kommt nie an. Bitte refund für LO-INV-5521."
    found = read(body)
    assert found.intents == {REFUND}
    assert found.fields.reason_code == "access_failure"


# -- more duplicate-charge words in each pack (fix22c follow-up) -------------------------------------------

@pytest.mark.parametrize("body", [
    "The quarterly renewal hit our company card twice, please refund LO-INV-5521.",
    "Vous m'avez prélevé à deux reprises ce mois-ci, merci de rembourser LO-INV-5521.",
    "Me cobraron por partida doble la cuota de octubre, reembolsen LO-INV-5521.",
    "Fui cobrado em duplicidade neste mês, quero o reembolso da LO-INV-5521.",
])
def test_more_duplicate_words(body):
    assert read(body).fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "J'ai essayé à deux reprises de me connecter, en vain ; merci de rembourser LO-INV-5521.",
    "The charge hit my card on Monday, please refund LO-INV-5521, we never used the tool.",
])
def test_more_duplicate_words_near_misses(body):
    assert read(body).fields.reason_code != "duplicate_payment"


# -- nothing asked, more forms (fix22c follow-up) ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "No refund or cancellation needed, I only want to know how the GST on LO-INV-5521 was split.",
    "I'm not requesting a refund or a cancellation - just the tax breakdown of LO-INV-5521.",
    "Wir wollen weder kündigen noch eine Erstattung, wir brauchen nur die Rechnung LO-INV-5521 mit USt-ID.",
    "Gracias por el reembolso, ya lo recibimos.",
    "Merci pour le remboursement, bien reçu.",
    "Bien reçu votre remboursement pour LO-INV-5521, merci.",
])
def test_more_mails_that_ask_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body,asked", [
    ("No refund needed, but please cancel my plan.", {CANCELLATION}),
    ("No cancellation needed, but please refund LO-INV-5521, you charged us twice.", {REFUND}),
    ("El reembolso todavía no lo recibimos, por favor revisen LO-INV-5521, nos cobraron dos veces.", {REFUND}),
    ("Le remboursement n'est pas encore bien reçu, merci de vérifier LO-INV-5521, prélevé deux fois.", {REFUND}),
])
def test_more_requests_beside_a_denial(body, asked):
    assert read(body).intents == asked


# -- more loanword forms in German mail (fix22c follow-up) ----------------------------------------------------

@pytest.mark.parametrize("body,asked", [
    ("Könnt ihr mir das bitte refunden? LO-INV-5521, ich komme seit Tagen nicht ins Konto.", {REFUND}),
    ("Bitte cancelt mein Abo zum Monatsende.", {CANCELLATION}),
    ("Cancelt bitte das Abo, danke.", {CANCELLATION}),
    ("Wir möchten unser money back für LO-INV-5521, das Tool läuft nicht.", {REFUND}),
    ("Bitte das Abo sofort canceln und refund für LO-INV-5521.", {REFUND, CANCELLATION}),
    ("Ihr müsst nichts refunden, alles gut, danke.", set()),
    ("Wir wollen kein money back, nur eine Kopie der Rechnung.", set()),
])
def test_more_loanword_forms_in_german_mail(body, asked):
    assert read(body).intents == asked


def test_a_cancellation_told_with_the_loanword_asks_no_new_one():
    assert CANCELLATION not in read("Ich hab das Abo schon gecancelt, warum wurde trotzdem abgebucht?").intents


# -- a retainer the customer will not continue (fix22c follow-up) --------------------------------------------

@pytest.mark.parametrize("body", [
    "We won't be continuing with the Harbour Lane Bakery SEO Retainer after this cycle, sales have dropped.",
    "No vamos a continuar con el retainer de SEO de Panadería Luna después de este ciclo, bajaron las ventas.",
    "No renovaremos el contrato de mantenimiento de la web de Panadería Luna, cerramos la tienda.",
    "Nous ne poursuivrons pas le forfait SEO de la Boulangerie Martin après ce cycle, les ventes ont baissé.",
    "Nous ne souhaitons pas renouveler le contrat de maintenance du site Martin, la boutique ferme.",
])
def test_a_retainer_not_continued_is_a_cancellation(body):
    assert CANCELLATION in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "If we don't continue with the Harbour Lane Bakery SEO Retainer, what happens to the blog posts?",
    "Si no renovamos el contrato de mantenimiento, ¿qué pasa con la web?",
    "Si nous ne renouvelons pas le contrat de maintenance, que se passe-t-il ?",
])
def test_a_retainer_not_continued_only_asked_about(body):
    assert CANCELLATION not in read(body, brand="owd").intents


# -- a thread: the customer's answer to our question gives the reason (end to end, fix22c) --------------------

CUSTOMER = "ana@bakery-example.com"


def _ledger_file(tmp_path):
    import json

    def pay(n: int, minute: int) -> dict:
        return {"brand": "leadsoptima", "id": f"pay_t_{n}", "invoice": f"LO-INV-5552{n}", "customer_email": CUSTOMER,
                "kind": "subscription", "plan": "monthly", "amount": "1499.00", "tax": "269.82", "currency": "INR",
                "paid_at": f"2025-09-24T18:0{minute}:00", "period_start": "2025-09-24", "period_end": "2025-10-23",
                "status": "paid"}
    data = {"customers": [{"brand": "leadsoptima", "email": CUSTOMER, "name": "Ana", "plan": "monthly", "status": "active",
                           "trial_ends": None, "current_period_start": "2025-09-24", "current_period_end": "2025-10-23"}],
            "projects": [], "payments": [pay(1, 0), pay(2, 3)]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize("ask,answer", [
    ("Hallo, bitte die Rechnung LO-INV-55522 stornieren und das Geld zurück. Danke, Ana",
     "Hallo,\n\nentschuldigung, das hätte ich gleich schreiben sollen: ihr habt am 24. zweimal verrechnet, "
     "die 55522 ist die zweite Buchung.\n\nLG Ana"),
    ("Hi, please refund LO-INV-55522. Thanks, Ana",
     "Sorry, should have said: the monthly fee came out of our account twice on the 24th, 55522 is the second one.\n\nAna"),
    ("Hola, por favor reembolsen LO-INV-55522. Gracias, Ana",
     "Perdón, lo olvidé: nos cobraron 2x la mensualidad el día 24, la 55522 es el segundo cargo.\n\nAna"),
])
def test_the_reason_given_in_the_answer_decides(tmp_path, capsys, ask, answer):
    import json

    from mailbot.cli import main
    from tests.helpers import email_bytes
    from tests.heldout import CONFIG

    first = tmp_path / "a.eml"
    first.write_bytes(email_bytes(CUSTOMER, LO_ADDRESS, "LO-INV-55522", ist(2025, 9, 25, 15, 30), ask,
                                  message_id="<a.1@bakery-example.com>"))
    second = tmp_path / "b.eml"
    second.write_bytes(email_bytes(CUSTOMER, LO_ADDRESS, "Re: LO-INV-55522 [LO-7001]", ist(2025, 9, 29, 23, 0), answer,
                                   message_id="<b.1@bakery-example.com>", In_Reply_To="<a.1@bakery-example.com>",
                                   References="<a.1@bakery-example.com>"))
    code = main(["--config", str(CONFIG), "triage", "--ledger", str(_ledger_file(tmp_path)),
                 "--now", "2025-10-01T10:00:00+05:30", "--json", str(first), str(second)])
    assert code == 0
    got = json.loads(capsys.readouterr().out)
    assert got["status"] == "decided"
    assert [(d["intent"], d["outcome"], d["amount"]) for d in got["decisions"]] == [("refund", "approve", "1499.00")]


def test_an_answer_without_an_exception_is_no_approval(tmp_path, capsys):
    import json

    from mailbot.cli import main
    from tests.helpers import email_bytes
    from tests.heldout import CONFIG

    first = tmp_path / "a.eml"
    first.write_bytes(email_bytes(CUSTOMER, LO_ADDRESS, "LO-INV-55522", ist(2025, 9, 25, 15, 30),
                                  "Hallo, bitte die Rechnung LO-INV-55522 stornieren und das Geld zurück. Ana",
                                  message_id="<a.2@bakery-example.com>"))
    second = tmp_path / "b.eml"
    second.write_bytes(email_bytes(CUSTOMER, LO_ADDRESS, "Re: LO-INV-55522 [LO-7002]", ist(2025, 9, 29, 23, 0),
                                   "Wir nutzen das Tool im Winter kaum, deshalb wollen wir das Geld zurück.\n\nAna",
                                   message_id="<b.2@bakery-example.com>", In_Reply_To="<a.2@bakery-example.com>",
                                   References="<a.2@bakery-example.com>"))
    assert main(["--config", str(CONFIG), "triage", "--ledger", str(_ledger_file(tmp_path)),
                 "--now", "2025-10-01T10:00:00+05:30", "--json", str(first), str(second)]) == 0
    got = json.loads(capsys.readouterr().out)
    assert all(d["outcome"] != "approve" for d in got["decisions"])
    assert "cancellation" not in {d["intent"] for d in got["decisions"]}
