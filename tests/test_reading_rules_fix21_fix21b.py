"""Reading rules generalised from the thirteenth fresh round's misses (fix21b), each with sentences of its own
(none copied from any round), in every language where the same rule exists.

- A forward whose quoted header block is quoted with "> " (Apple Mail: "Anfang der weitergeleiteten
  Nachricht:", "Begin forwarded message:") keeps its header lines out of the reason, even when a dotted date
  ("27. September 2025") cuts such a line in two; the line that opens a forward ("Début du message
  réexpédié :") is no reason either.  A forwarding note ("please handle", "bitte um Erledigung", "favor de
  atender", "merci de traiter", "do the needful") and the restated request are no reason: C3 asks for it.
"""

from __future__ import annotations

import pytest

from mailbot.models import CANCELLATION, REFUND
from mailbot.reading.quote_lines import is_header_field_line
from tests.helpers import read_body

read = read_body  # the helper every reading-rule test shares (tests/helpers.py)


# -- a forward's note and quoted header block are no reason ------------------------------------------------

APPLE = "{note}\n\nSent from my iPhone\n\n{marker}\n\n> {src}: Nora <nora@example.com>\n> {date}\n> {subj}: x\n>\n> {ask}\n>\n> Nora\n"
FORWARDS = [
    ("Please handle.", "Begin forwarded message:", "From", "Date: 14. March 2025 at 09:12:40 GMT+1", "Subject",
     "Please refund the deposit OWD-2025-4411 for the Harbour Cafe project."),
    ("Kindly do the needful.", "Begin forwarded message:", "From", "Date: 3. Oct. 2025 at 11:02", "Subject",
     "Please refund the deposit OWD-2025-4411 for the Harbour Cafe project."),
    ("Bitte um Erledigung.", "Anfang der weitergeleiteten Nachricht:", "Von",
     "Datum: 14. März 2025 um 09:12:40 MEZ", "Betreff", "Bitte erstatten Sie uns die Anzahlung OWD-2025-4411."),
    ("Zur Bearbeitung, danke.", "Anfang der weitergeleiteten Nachricht:", "Von",
     "Datum: 2. Oktober 2025 um 17:05:00 MESZ", "Betreff", "Wir bitten um Rückerstattung der Anzahlung OWD-2025-4411."),
    ("Favor de atender.", "Inicio del mensaje reenviado:", "De", "Fecha: 14. marzo 2025, 09:12", "Asunto",
     "Por favor reembolsen el anticipo OWD-2025-4411."),
    ("Merci de traiter.", "Début du message réexpédié :", "De", "Date: 14. mars 2025 à 09:12:40 UTC+1", "Objet",
     "Merci de rembourser l'acompte OWD-2025-4411."),
    ("Favor providenciar.", "---------- Mensagem encaminhada ---------", "De", "Data: 14. março 2025 09:12", "Assunto",
     "Por favor reembolsem o sinal OWD-2025-4411."),
    ("Please needful karo.", "Begin forwarded message:", "From", "Date: 14. March 2025 at 09:12", "Subject",
     "Advance OWD-2025-4411 ka refund kar dijiye."),
]


@pytest.mark.parametrize("note,marker,src,date,subj,ask", FORWARDS)
def test_a_forward_without_a_reason_gives_none(note, marker, src, date, subj, ask):
    body = APPLE.format(note=note, marker=marker, src=src, date=date, subj=subj, ask=ask)
    found = read(body, "Fwd: deposit", brand="owd")
    assert REFUND in found.intents
    assert found.fields.reason is None


@pytest.mark.parametrize("note,marker,src,date,subj,ask,reason", [
    ("Bitte um Erledigung.", "Anfang der weitergeleiteten Nachricht:", "Von", "Datum: 14. März 2025 um 09:12:40 MEZ",
     "Betreff", "Bitte erstatten Sie die Anzahlung OWD-2025-4411. Wir schließen die Praxis zum Jahresende.",
     "Wir schließen die Praxis zum Jahresende."),
    ("Please handle.", "Begin forwarded message:", "From", "Date: 14. March 2025 at 09:12:40 GMT+1", "Subject",
     "Please refund the deposit OWD-2025-4411. The owner has decided to sell the cafe.",
     "The owner has decided to sell the cafe."),
])
def test_the_forwarded_reason_is_still_read(note, marker, src, date, subj, ask, reason):
    body = APPLE.format(note=note, marker=marker, src=src, date=date, subj=subj, ask=ask)
    assert read(body, "Fwd: deposit", brand="owd").fields.reason == reason


@pytest.mark.parametrize("line", [
    "> Datum: 27. September 2025 um 18:40:12 MESZ", "> > Date: 3. Oct. 2025 at 11:02", "Von: Nora <nora@example.com>",
    "> Betreff: Anzahlung", "Début du message réexpédié :", "> Subject: deposit",
])
def test_header_lines_of_a_quoted_block(line):
    assert is_header_field_line(line)


@pytest.mark.parametrize("line", [
    "Wir schließen die Praxis zum 27. September.", "The owner sold the cafe: we no longer need the site.",
    "Grund: wir ziehen nach Berlin", "> we closed the shop on 27. September",
])
def test_not_header_lines(line):
    assert not is_header_field_line(line)


# -- a refund told as received, in a hard-wrapped sentence or seen on the account ---------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\ndie Gutschrift für die doppelte Lastschrift vom Juli ist gestern auf unserem\nGeschäftskonto "
    "eingegangen. Danke euch!\n\nOle",
    "Hallo,\n\nich sehe die Erstattung der doppelten Abbuchung jetzt auf meinem Konto. Danke!\n\nOle",
    "Hi,\n\nthe refund for the second charge in May has\nlanded in our account. Cheers!\n\nDev",
    "Hi,\n\nJust saw the refund for the double charge in my account. Thanks a lot!\n\nDev",
    "Bonjour,\n\nje vois sur notre relevé le remboursement du prélèvement en double. Merci !\n\nLéa",
    "Bonjour,\n\nle virement pour le double paiement de juin est bien\narrivé ce matin. Merci.\n\nLéa",
    "Hola,\n\nhe visto en mi cuenta el reembolso del cargo duplicado. ¡Gracias!\n\nIker",
    "Olá,\n\nacabei de ver na minha conta o estorno da cobrança em duplicado. Obrigado!\n\nRui",
    "Namaste,\n\ndouble charge ka refund account mein dikh gaya. Dhanyavaad!\n\nRavi",
])
def test_a_refund_seen_or_received_asks_for_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich sehe die Erstattung der doppelten Abbuchung noch nicht auf meinem Konto. Bitte prüfen.\n\nOle",
    "Hallo,\n\ndie Gutschrift für die doppelte Lastschrift ist bis heute nicht auf unserem\nKonto eingegangen.\n\nOle",
    "Hi,\n\nI can't see the refund for the double charge in my account. Please send it.\n\nDev",
    "Bonjour,\n\nje ne vois pas sur mon compte le remboursement du prélèvement en double.\n\nLéa",
    "Hola,\n\nno veo en mi cuenta el reembolso del cargo duplicado.\n\nIker",
    "Olá,\n\nnão vejo na minha conta o estorno da cobrança em duplicado.\n\nRui",
    "Namaste,\n\ndouble charge ka refund account mein abhi tak nahi dikh raha.\n\nRavi",
])
def test_a_refund_not_seen_is_still_asked(body):
    assert REFUND in read(body).intents


# -- a refund or a cancellation said not to be the matter ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nbitte schicken Sie die Rechnung OWD-2025-612 an unsere neue Anschrift. Eine Rückzahlung oder "
    "Kündigung ist damit nicht gemeint.\n\nGruß, Ute",
    "Hallo,\n\nbitte die Rechnung OWD-2025-612 auf die neue Firma umschreiben. Mit einer Erstattung oder Kündigung "
    "hat das nichts zu tun.\n\nGruß, Ute",
    "Hi,\n\ncould you send invoice OWD-2025-612 again with the new VAT number? This has nothing to do with a refund "
    "or a cancellation.\n\nKen",
    "Hi,\n\ncould you send invoice OWD-2025-612 again with the new VAT number? No refund or cancellation is "
    "intended.\n\nKen",
    "Bonjour,\n\npourriez-vous corriger l'adresse sur la facture OWD-2025-612 ? Il ne s'agit pas d'un remboursement "
    "ni d'une résiliation.\n\nAnne",
    "Hola,\n\n¿pueden corregir el NIF en la factura OWD-2025-612? No se trata de un reembolso ni de una "
    "cancelación.\n\nPaco",
    "Olá,\n\npodem corrigir o NIF na fatura OWD-2025-612? Não se trata de reembolso nem de cancelamento.\n\nRita",
    "Namaste,\n\ninvoice OWD-2025-612 par GST number galat hai, sahi karke bhej dijiye. Refund ya cancellation ki "
    "koi baat nahi hai.\n\nRavi",
])
def test_a_refund_or_cancellation_said_not_to_be_the_matter_asks_nothing(body):
    assert read(body, brand="owd").intents == set()


@pytest.mark.parametrize("body,intent", [
    ("Hallo,\n\nbitte kündigen Sie den Wartungsvertrag OWD-2025-612. Eine Erstattung ist damit nicht verbunden.\n\nUte",
     CANCELLATION),
    ("Hallo,\n\ndie Rechnung ist falsch. Wir bitten um Erstattung der Anzahlung OWD-2025-612, das ist damit "
     "verbunden.\n\nUte", REFUND),
    ("Hi,\n\nplease cancel the care plan OWD-2025-612. This has nothing to do with the refund we got last year.\n\nKen",
     CANCELLATION),
    ("Bonjour,\n\nje souhaite résilier le contrat OWD-2025-612. Il ne s'agit pas d'un remboursement.\n\nAnne",
     CANCELLATION),
    ("Hola,\n\nquiero cancelar el mantenimiento OWD-2025-612. No se trata de un reembolso.\n\nPaco", CANCELLATION),
])
def test_the_other_request_beside_it_is_still_read(body, intent):
    found = read(body, brand="owd").intents
    assert intent in found


# -- an access failure in franglais; money wanted back as 'that' or 'it' -----------------------------------

@pytest.mark.parametrize("body", [
    "Allo,\n\nchu pu capable de me loguer depuis lundi, je veux être remboursé.\n\nJo",
    "Salut,\n\nmon compte est tout barré depuis la mise à jour, je demande le remboursement du mois.\n\nJo",
])
def test_a_franglais_access_failure_is_read(body):
    found = read(body)
    assert found.fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "Hi,\n\nThe dashboard has been down all week. I paid for the month and got nothing, so I need it back.\n\nSam",
    "Hi,\n\nYou charged me for the annual renewal I never wanted, I expect that back asap.\n\nSam",
])
def test_money_paid_wanted_back_as_it_is_a_refund(body):
    assert REFUND in read(body).intents


@pytest.mark.parametrize("body", [
    "Hi,\n\nThe old dashboard layout was better, we want it back.\n\nSam",
    "Hi,\n\nI paid for the month and the tool works now, I don't want it back, just fix the export.\n\nSam",
    "Bonjour,\n\nje suis capable de me logger mais les rapports sont vides.\n\nJo",
])
def test_near_misses_ask_no_refund_or_read_no_access_failure(body):
    found = read(body)
    assert REFUND not in found.intents and found.fields.reason_code != "access_failure"
