"""Reading rules generalised from the eleventh fresh round's German misses and the German phrasebook (fix19a),
each with sentences of its own (none copied from any round or the phrasebook), in every language where the
same rule exists.

- Money named first and the wish after it ("Den Betrag von 1.800,00 EUR (Rechnung X) möchten wir gern
  zurück"): the thousands dot of an amount no longer ends the span between the money and the wish.
- Money asked back beside another ask with its verb left out ("wir wollen den Vertrag kündigen und unser
  Geld zurück, weil ..."): the second object of the ask is a refund.
- The customer's own business closed in the first person or as the subject ("ich schließe mein Atelier",
  "unsere Praxis schließt") is a reason cue.
- A connector after 'und' / 'and' / 'y' / 'e' / 'et' with no comma ("... und kündige daher den Vertrag",
  "... and therefore cancel the plan") ends the reason, like the connector after a comma did.
- A sign-off with its own adjective or place ("Mit sonnigen Grüßen", "Herbstliche Grüße aus Kiel",
  "Warmest regards") ends the text before the signature, and a postal line of a signature ("Am Hang 7 ·
  24103 Kiel", "Bandra West · Mumbai 400050", "08012 Barcelona") is never the reason.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hallo"):
    return LO.extract(inbound("nora@example.com", LO_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


def read_owd(body: str, subject: str = "Hallo"):
    return OWD.extract(inbound("nora@example.com", OWD_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


# -- money named first, the wish after it, over an amount with a thousands dot ---------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nden Betrag von 1.800,00 EUR (Rechnung OWD-2025-77) möchten wir gern zurück. Der Kunde ist "
    "abgesprungen.\n\nGruß\nTim",
    "Hallo,\n\ndie Anzahlung über 12.500 Rs haetten wir gerne zurueck, da das Projekt gestrichen wurde.\n\n"
    "Gruß\nTim",
    "Hallo,\n\nunsere Gebühr für den Oktober wollen wir zurückhaben, weil nichts geliefert wurde.\n\nGruß\nTim",
    "Hallo,\n\ndie Pauschale von 2.000 € (OWD-2025-78) bräuchten wir bitte zurück.\n\nGruß\nTim",
])
def test_money_named_first_then_wished_back_is_a_refund(body):
    assert "refund" in read_owd(body).intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\ndie Anzahlung von 3.000 € möchten wir nicht zurück, sie soll für das nächste Projekt bleiben."
    "\n\nGruß\nTim",
    "Hallo,\n\ndie Anzahlung von 3.000 € hätten wir gern zurück gehabt, aber das ist nun vorbei. Wie "
    "exportiere ich die Dateien?\n\nGruß\nTim",
    "Hallo,\n\ndie Zahlung von 1.500 € möchten wir nächste Woche leisten. Passt das?\n\nGruß\nTim",
])
def test_money_first_declined_or_told_is_no_refund(body):
    assert "refund" not in read_owd(body).intents


# -- money asked back beside another ask, the verb left out -------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nwir möchten die Bestellung der Website stornieren und die Anzahlung zurück, weil der Umbau "
    "abgesagt ist.\n\nGruß\nIna",
    "Hallo,\n\nich will den Vertrag für das Logo kündigen und mein Geld zurück, da die Entwürfe nie kamen."
    "\n\nGruß\nIna",
    "Hallo,\n\nbitte beenden Sie das Projekt Seeblick sofort und unsere Anzahlung bitte zurück.\n\nGruß\nIna",
])
def test_money_asked_back_beside_another_ask_is_a_refund(body):
    assert "refund" in read_owd(body).intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\nwir möchten den Vertrag kündigen und die Anzahlung zurückgezahlt wissen wir schon.\n\nGruß\nIna",
    "Hallo,\n\nwir möchten den Vertrag kündigen und die Anzahlung zurücklassen, sie ist verrechnet.\n\nGruß\nIna",
])
def test_and_money_without_back_alone_is_no_refund(body):
    assert "refund" not in read_owd(body).intents


# -- the customer's own business closed in the first person ------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nich schließe mein Atelier Ende des Jahres und kündige daher den Wartungsvertrag.\n\nGruß\nEva",
    "Hallo,\n\nwir geben unseren Laden auf. Bitte kündigen Sie den Pflegevertrag.\n\nGruß\nEva",
    "Hallo,\n\nunsere Praxis schließt im Dezember. Bitte kündigen Sie den Betreuungsvertrag.\n\nGruß\nEva",
    "Hallo,\n\nwir verkaufen unser Café an einen Nachfolger und kündigen deshalb die Betreuung.\n\nGruß\nEva",
])
def test_own_business_closed_is_the_reason(body):
    found = read_owd(body)
    assert "cancellation" in found.intents
    assert found.fields.reason is not None


# -- a connector after 'and' without a comma ends the reason -------------------------------------------

@pytest.mark.parametrize("body, words", [
    ("Hallo,\n\nunser Team zieht nach Wien um und kündigt deshalb den Hostingvertrag.\n\nTschüss\nEva",
     "unser Team zieht nach Wien um"),
    ("Hi,\n\nour studio is moving to another city and therefore we cancel the hosting plan.\n\nThanks\nEva",
     "our studio is moving to another city"),
    ("Hola,\n\nnos mudamos a otra ciudad y por eso cancelamos el plan de hosting.\n\nGracias\nEva",
     "nos mudamos a otra ciudad"),
    ("Oi,\n\nvamos mudar para outra cidade e por isso cancelamos o plano de hospedagem.\n\nObrigada\nEva",
     "vamos mudar para outra cidade"),
    ("Bonjour,\n\nje déménage dans une autre ville et je résilie donc le contrat d'hébergement.\n\nMerci\nEva",
     "je déménage dans une autre ville"),
])
def test_connector_after_and_ends_the_reason(body, words):
    found = read_owd(body)
    assert "cancellation" in found.intents
    assert found.fields.reason == words


# -- a sign-off with its own adjective or place, and a postal line, are no reason ------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nhiermit kündigen wir den Wartungsvertrag Kieler Hof (OWD-2025-91).\n\nMit sonnigen Grüßen\n"
    "Ihr Kieler Hof\nAm Hang 7 · 24103 Kiel",
    "Hallo,\n\nhiermit kündigen wir den Wartungsvertrag Kieler Hof (OWD-2025-91).\n\nHerbstliche Grüße aus Kiel\n"
    "Familie Hof\nHafenstraße 2",
    "Hallo,\n\nhiermit kündigen wir den Wartungsvertrag Kieler Hof (OWD-2025-91).\n\nKieler Hof GmbH\n"
    "Am Hang 7 · 24103 Kiel",
    "Hi,\n\nPlease cancel the Sea Breeze care plan (OWD-2025-92).\n\nWarmest regards\nSea Breeze Resort\n"
    "Bandra West · Mumbai 400050",
    "Hola,\n\nCancelen el plan de mantenimiento Brisa (OWD-2025-93).\n\nSaludos desde Barcelona\nHotel Brisa\n"
    "Carrer Gran 5 · 08012 Barcelona",
])
def test_sign_off_and_postal_line_are_no_reason(body):
    found = read_owd(body)
    assert "cancellation" in found.intents
    assert found.fields.reason is None


@pytest.mark.parametrize("body", [
    "Hallo,\n\nhiermit kündigen wir den Wartungsvertrag (OWD-2025-91). Wir ziehen mit dem Hotel nach Lübeck um."
    "\n\nMit sonnigen Grüßen\nIhr Kieler Hof",
    "Hallo,\n\nwir wurden zweimal belastet, 12000 Rupien statt 6000. Bitte erstatten Sie den doppelten Betrag."
    "\n\nGruß\nTim",
])
def test_a_real_reason_beside_a_signature_is_kept(body):
    assert read_owd(body).fields.reason is not None


# -- a German ordinal or date dot does not end the sentence ---------------------------------------------

@pytest.mark.parametrize("text, index, sentence", [
    ("Bitte sorgen Sie dafür, dass das Abo am 30. endet. Danke.", 5, "Bitte sorgen Sie dafür, dass das Abo am 30. endet."),
    ("Erstatten Sie bis zum 03.11. den Betrag. Sonst melde ich mich.", 0, "Erstatten Sie bis zum 03.11. den Betrag."),
    ("Wir zahlten 499. Please refund.", 0, "Wir zahlten 499."),
    ("Der Plan endet am 30. Danach bleibt es offen.", 0, "Der Plan endet am 30."),  # fix27l: a month name goes on
])
def test_an_ordinal_dot_before_a_lower_case_word_goes_on(text, index, sentence):
    from mailbot.reading.sentences import clauses, sentence_around
    assert sentence_around(text, index) == sentence
    assert next(iter(clauses(text))) == sentence


def test_a_request_with_a_date_dot_is_no_reason():
    found = read("Hallo,\n\nich verzichte auf eine Erstattung. Bitte stellen Sie nur sicher, dass das Abo am 30. endet "
                 "und danach nichts mehr abgebucht wird.\n\nGruß\nUte")
    assert found.intents == {"cancellation"}
    assert found.fields.reason is None


# -- a demand opening the sentence, or 'otherwise', is no reason -------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nich fordere Sie hiermit ein letztes Mal auf, die doppelte Abbuchung bis zum 12.10. zu erstatten. "
    "Andernfalls gebe ich die Sache an meine Bank.\n\nGruß\nUte",
    "Hi,\n\nPlease refund the renewal by Friday. Otherwise I will take this further with my bank.\n\nRegards\nUte",
    "Hola,\n\nDevuélvanme el importe de la renovación antes del viernes. De lo contrario acudiré a mi banco."
    "\n\nSaludos\nUte",
])
def test_a_demand_or_its_otherwise_is_no_reason(body):
    found = read(body)
    assert "refund" in found.intents
    assert found.fields.reason is None or found.fields.reason_code == "duplicate_payment"


# -- the subject's cancellation word over a body that tells it as done ---------------------------------

@pytest.mark.parametrize("body, subject", [
    ("Hallo,\n\nich habe schon im Juni gekündigt und es wurde bestätigt, trotzdem wurde der Juli abgebucht. "
     "Ich möchte das Geld zurück.\n\nUte", "Kündigung – nochmal"),
    ("Hi,\n\nWe cancelled the plan back in June and you confirmed it, but you still charged us for July. I want that "
     "money back.\n\nUte", "Cancellation - follow up"),
])
def test_subject_cancellation_over_a_cancellation_told_as_done_asks_none(body, subject):
    found = read(body, subject)
    assert found.intents == {"refund"}
    assert found.fields.reason_code == "billing_error"


@pytest.mark.parametrize("body, subject", [
    ("Hallo,\n\nbitte kündigen Sie zum Monatsende, wir brauchen das Tool nicht mehr.\n\nUte", "Kündigung"),
    ("Hallo,\n\nich hatte im Juni schon gekündigt, aber es ist noch aktiv. Bitte kündigen Sie es jetzt.\n\nUte",
     "Kündigung"),
    ("Hallo,\n\nwir schließen das Büro zum Jahresende.\n\nUte", "Kündigung des Jahresplans"),
])
def test_subject_cancellation_stays_when_the_body_tells_none_or_asks_again(body, subject):
    assert "cancellation" in read(body, subject).intents


# -- an invoice that came anyway after the cancellation is a billing error --------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nwir haben den Vertrag im Oktober gekündigt. Nun kam dennoch eine Rechnung für November. Bitte "
    "erstatten.\n\nUte",
    "Hallo,\n\nes gab eine Abbuchung nach der Kündigung, bitte erstatten Sie sie.\n\nUte",
])
def test_invoice_after_the_cancellation_is_a_billing_error(body):
    assert read(body).fields.reason_code == "billing_error"


def test_an_invoice_wished_anyway_is_no_billing_error():
    assert read("Hallo,\n\nich hätte trotzdem gern die Rechnung als PDF.\n\nUte").fields.reason_code != "billing_error"


# -- a refund asked for before and refused is history --------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nich hatte letztes Jahr einmal um eine Rückerstattung gebeten, die wurde abgelehnt. Jetzt nur "
    "eine Frage: wie ändere ich meine Rechnungsadresse?\n\nUte",
    "Hallo,\n\nmeine Erstattung wurde im Mai verweigert, schon gut. Wo finde ich die Exportfunktion?\n\nUte",
    "Hi,\n\nMy refund request was turned down in May, no problem. Where do I find the export button?\n\nUte",
    "Olá,\n\nO meu reembolso foi recusado em maio, tudo bem. Onde fica o botão de exportar?\n\nUte",
])
def test_a_refund_refused_before_is_no_new_request(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\nmeine Erstattung wurde im Mai verweigert. Jetzt wurde ich doppelt belastet: bitte erstatten Sie "
    "die zweite Abbuchung.\n\nUte",
    "Hallo,\n\nich habe um Erstattung gebeten und warte noch. Bitte erstatten Sie den Betrag.\n\nUte",
])
def test_a_new_refund_beside_an_old_one_is_asked(body):
    assert "refund" in read(body).intents


# -- a firm wound up is a reason, also in a forwarder's note ------------------------------------------

@pytest.mark.parametrize("body", [
    "Guten Tag\n\nich leite Ihnen die Anweisung unserer Geschäftsleitung weiter. Hintergrund: Die Delta AG ist "
    "insolvent.\n\nFreundliche Grüsse\nUte\n\n---------- Weitergeleitete Nachricht ----------\nVon: Max Delta\n"
    "Betreff: Hosting\n\nBitte das Hosting kündigen.",
    "Hallo,\n\nbitte kündigen Sie das Hosting. Unsere Firma wird liquidiert.\n\nUte",
    "Hi,\n\nPlease cancel the hosting. The company is being liquidated.\n\nUte",
    "Hola,\n\nCancelen el hosting, por favor. La empresa está en quiebra.\n\nUte",
])
def test_a_firm_wound_up_is_the_reason(body):
    found = read_owd(body, "WG: Hosting" if "Weitergeleitete" in body else "Hosting")
    assert "cancellation" in found.intents
    assert found.fields.reason is not None


@pytest.mark.parametrize("body, subject", [
    ("Hallo,\n\nbitte beendet das Jahreshosting zum Monatsende, wir ziehen zum Verband um.\n\nGruß\nUte",
     "Hosting beenden"),
    ("Hallo,\n\nbitte storniert unseren Auftrag für die Website, das Budget wurde gestrichen.\n\nGruß\nUte",
     "Auftrag stornieren"),
    ("Hallo,\n\nich möchte nur, dass der Jahresplan gekündigt wird und sich nicht verlängert. Wir nutzen jetzt ein "
     "CRM.\n\nGruß\nUte", "Jahresplan nicht verlängern"),
])
def test_subject_cancellation_stays_under_an_imperative_or_a_wish(body, subject):
    assert "cancellation" in read_owd(body, subject).intents


# -- the ihr imperative asks to cancel ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nbitte beendet die Wartung für unsere Seite zum Monatsende. Wir machen es intern.\n\nGruß\nUte",
    "Hallo,\n\nStorniert bitte unseren Auftrag für das Logo, der Kunde ist abgesprungen.\n\nGruß\nUte",
])
def test_the_ihr_imperative_asks_to_cancel(body):
    assert "cancellation" in read_owd(body).intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\nwir haben die Wartung im Mai beendet. Wie bekomme ich die Dateien?\n\nGruß\nUte",
    "Hallo,\n\nbitte beendet ihr das Projekt nicht, wir brauchen es noch.\n\nGruß\nUte",
    "Hallo,\n\nBeendet ist die Arbeit noch nicht. Wann geht es weiter?\n\nGruß\nUte",
])
def test_a_participle_told_or_declined_asks_no_cancellation(body):
    assert "cancellation" not in read_owd(body).intents


# -- other German words that end the plan or ask the money back ------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nich möchte mein Jahresabo abbestellen, wir nutzen es kaum.\n\nGruß\nUte",
    "Hallo,\n\nhiermit melden wir uns vom Premium-Tarif ab.\n\nGruß\nUte",
    "Hallo,\n\nwir wollen einfach kein Abo mehr, bitte zum Monatsende.\n\nGruß\nUte",
    "Hallo,\n\nbitte löscht meinen Account zum Ende der Laufzeit.\n\nGruß\nUte",
    "Hallo,\n\nich möchte meinen Vertrag hiermit widerrufen.\n\nGruß\nUte",
])
def test_other_words_that_end_the_plan(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich möchte den Newsletter abbestellen.\n\nGruß\nUte",
    "Hallo,\n\nich möchte das Abo nicht abbestellen, nur die Karte ändern.\n\nGruß\nUte",
    "Hallo,\n\nkönnen Sie meine Kündigung bitte rückgängig machen? Ich bleibe doch.\n\nGruß\nUte",
    "Hallo,\n\nich melde mich vom Webinar ab, der Termin passt nicht.\n\nGruß\nUte",
])
def test_near_words_end_no_plan(body):
    assert "cancellation" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich hätte gerne mein Geld wieder, das Tool lädt seit Tagen nicht.\n\nGruß\nUte",
    "Hallo,\n\nbitte zahlt mir die 59 € aus, die doppelt abgebucht wurden.\n\nGruß\nUte",
    "Hallo,\n\nich bitte um Rückvergütung der Quartalsgebühr.\n\nGruß\nUte",
    "Hallo,\n\nbitte machen Sie die doppelte Abbuchung rückgängig.\n\nGruß\nUte",
])
def test_other_words_that_ask_the_money_back(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich habe mein Geld wieder, vielen Dank für die schnelle Hilfe.\n\nGruß\nUte",
    "Hallo,\n\nwann zahlen Sie mir die Provision aus? Das ist keine Erstattung, nur eine Frage.\n\nGruß\nUte",
])
def test_money_told_back_or_a_payout_asks_no_refund(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body, asks", [
    ("Hallo,\n\nHosting bitte zum nächstmöglichen Termin kündigen.\n\nGruß\nUte", True),
    ("Hallo,\n\nbitte kündigen Sie den Wartungsvertrag zum nächsten Kündigungstermin.\n\nGruß\nUte", True),
    ("Hallo,\n\nbitte den Termin am Montag stornieren, ich bin krank.\n\nGruß\nUte", False),
    ("Hallo,\n\nbitte nicht zum nächsten Termin kündigen, erst im Frühjahr.\n\nGruß\nUte", False),
])
def test_the_next_possible_date_of_a_cancellation_is_no_appointment(body, asks):
    assert ("cancellation" in read_owd(body).intents) is asks


# -- a subject that opens with a condition asks nothing by itself -------------------------------------

@pytest.mark.parametrize("body, subject", [
    ("Hallo,\n\nbleiben dann meine Kampagnen erhalten oder sind die weg?\n\nGruß\nUte", "Wenn ich kündige..."),
    ("Hallo,\n\nwas passiert dann mit den Leads?\n\nGruß\nUte", "Falls wir kündigen"),
    ("Hi,\n\nwhat happens to my saved lists then?\n\nThanks\nUte", "If I cancel now..."),
])
def test_a_subject_opening_with_a_condition_asks_nothing(body, subject):
    assert "cancellation" not in read(body, subject).intents


@pytest.mark.parametrize("body, subject", [
    ("Hallo,\n\nzum Monatsende bitte.\n\nGruß\nUte", "Kündigung, falls möglich"),
    ("Hallo,\n\nbitte kündigen Sie mein Abo zum Monatsende.\n\nGruß\nUte", "Wenn ich kündige..."),
    ("Hi,\n\nIt has been broken for a week.\n\nThanks\nUte", "Cancel if possible"),
])
def test_a_polite_or_later_condition_in_the_subject_still_asks(body, subject):
    assert "cancellation" in read(body, subject).intents


# -- the Konjunktiv: a polite wish asks, a thought or a condition in the future does not ------------------

@pytest.mark.parametrize("body, intent", [
    ("Hallo,\n\nich hätte gerne meinen Monatsplan gekündigt, zum Ende der Laufzeit.\n\nGruß\nUte", "cancellation"),
    ("Hallo,\n\nes wäre nett, wenn Sie mir die doppelte Abbuchung erstatten könnten.\n\nGruß\nUte", "refund"),
    ("Hallo,\n\nich wäre Ihnen sehr dankbar, wenn Sie mein Abo zum Monatsende kündigen würden.\n\nGruß\nUte",
     "cancellation"),
])
def test_a_polite_konjunktiv_wish_asks(body, intent):
    found = read(body)
    assert intent in found.intents
    assert found.fields.reason is None or "dankbar" not in found.fields.reason


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich denke ernsthaft über eine Kündigung nach. Was kostet der kleinere Plan?\n\nGruß\nUte",
    "Hallo,\n\nwir erwägen eine Kündigung zum Jahresende, entschieden ist aber nichts.\n\nGruß\nUte",
    "Hallo,\n\nsollte der Export weiter hängen, werden wir wohl kündigen.\n\nGruß\nUte",
    "Hallo,\n\neine Kündigung kommt für uns derzeit nicht in Frage, wir brauchen nur eine Rechnungskopie.\n\nGruß\nUte",
])
def test_a_cancellation_thought_about_ruled_out_or_conditional_asks_nothing(body):
    assert "cancellation" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Hi,\n\nIf the export is still broken on Monday, we will cancel the plan.\n\nThanks\nUte",
    "Hi,\n\nCancelling is out of the question for now, we only need last month's invoice.\n\nThanks\nUte",
    "Hola,\n\nSi el panel sigue sin cargar el lunes, cancelaremos el plan.\n\nGracias\nUte",
    "Olá,\n\nSe o painel continuar fora do ar na segunda, vamos cancelar o plano.\n\nObrigado\nUte",
])
def test_a_conditional_or_ruled_out_cancellation_in_other_packs_asks_nothing(body):
    assert "cancellation" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Hi,\n\nIf possible, please cancel the plan today.\n\nThanks\nUte",
    "Hi,\n\nAs the tool never worked, I will cancel now. Please confirm.\n\nThanks\nUte",
])
def test_a_polite_condition_or_a_reason_still_asks(body):
    assert "cancellation" in read(body).intents


# -- a reversal asked of the brand is the refund, not a chargeback ---------------------------------------

def test_a_reversal_asked_of_the_brand_is_no_dispute():
    found = read("Sehr geehrtes Team,\n\ndie Quartalsgebühr wurde zweimal abgebucht. Ich bitte um Rückbuchung der "
                 "zweiten Belastung.\n\nMit freundlichen Grüßen\nUte")
    assert "refund" in found.intents
    assert found.dispute is None


@pytest.mark.parametrize("body", [
    "Hallo,\n\nohne Antwort bis Freitag veranlasse ich eine Rückbuchung über meine Bank.\n\nGruß\nUte",
    "Hallo,\n\nkommt bis Montag nichts, hole ich mir das Geld per Chargeback über die Kreditkarte zurück.\n\nGruß\nUte",
    "Hallo,\n\nbitte erstatten Sie die Gebühr, sonst gebe ich die Lastschrift zurück und schalte einen Anwalt ein."
    "\n\nGruß\nUte",
])
def test_a_reversal_through_the_bank_stays_a_dispute(body):
    assert read(body).dispute is not None


# -- a project called off, and a sentence that only points to a right ------------------------------------

@pytest.mark.parametrize("body, asks", [
    ("Hallo,\n\nwir sagen den Auftrag leider ab, das Budget ist gestrichen.\n\nGruß\nUte", True),
    ("Hallo,\n\nbitte das Projekt komplett absagen, der Investor ist weg.\n\nGruß\nUte", True),
    ("Hallo,\n\nbitte das Projekt nicht absagen, wir brauchen nur mehr Zeit.\n\nGruß\nUte", False),
    ("Hallo,\n\nbitte den Termin am Montag absagen, ich bin krank.\n\nGruß\nUte", False),
])
def test_a_project_called_off_asks_to_cancel(body, asks):
    assert ("cancellation" in read_owd(body).intents) is asks


@pytest.mark.parametrize("body", [
    "Hallo,\n\nhiermit widerrufe ich den Vertrag über die Website. Auf mein gesetzliches Widerrufsrecht weise ich "
    "hin.\n\nGruß\nUte",
    "Hi,\n\nPlease cancel the contract and refund the deposit. I refer you to my statutory rights.\n\nRegards\nUte",
])
def test_a_sentence_pointing_to_a_right_is_no_reason(body):
    found = read_owd(body)
    assert found.dispute is not None
    assert found.fields.reason is None
