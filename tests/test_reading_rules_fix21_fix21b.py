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
from mailbot.reading.extract import Extractor
from mailbot.reading.quotes import is_header_field_line
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hello", brand: str = "lo"):
    reader, to = (LO, LO_ADDRESS) if brand == "lo" else (OWD, OWD_ADDRESS)
    return reader.extract(inbound("nora@example.com", to, subject, ist(2025, 9, 10, 10, 0), body))


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
