"""Reading rules generalised from the thirteenth fresh round's 'a refund declined next to a cancellation'
misses (fix21a), each with sentences of its own (none copied from any round), in every language where
the same rule exists.

- A refund decline cut by a mail client's hard wrap ("Eine Erstattung wollen\\nwir nicht") still declines:
  the sentence of a refund word that spans a single line break is read again as one line.
- English loanwords in other languages' mail ("No refund needed", "don't need a refund", "cancel my
  subscription", "fazer o cancel do plano") are read by the German, Portuguese, Spanish and French packs.
- A refund withdrawn in passing ("never mind the refund", "forget about my refund", "vergessen Sie die
  Rückerstattung", "esqueçam o reembolso", "oubliez le remboursement", "refund rehne dijiye") declines it.
- A service not to be carried on ("retainer aage mat chalaiye") asks to cancel it.
- With two references named, the one named in the sentence that declines a refund is not the request's
  reference: the cancellation asked in another sentence is about the other one.
- Near misses: a refund really asked ("no refund yet", "the refund has not arrived", a refund asked over a
  wrapped line) is still read.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hello", brand=LO, to: str = LO_ADDRESS):
    return brand.extract(inbound("nora@example.com", to, subject, ist(2025, 9, 10, 10, 0), body))


# -- a decline cut by a hard line wrap -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Guten Tag,\n\nich kündige hiermit unser Jahresabo zum Laufzeitende. Eine Erstattung wollen\nwir ganz "
    "bewusst nicht, wir wechseln nur den Anbieter.\n\nGrüße\nJonas Weber",
    "Hallo,\n\nbitte kündigen Sie meinen Vertrag. Geld zurück brauche\nich keines.\n\nDanke\nJonas",
    "Hallo zusammen,\n\ndas Monatsabo bitte zum Monatsende beenden, also kündigen. Die Rückzahlung\n"
    "möchten wir nicht.\n\nViele Grüße\nJonas",
    "Hi,\n\nplease cancel my monthly plan at the end of the cycle. We do not\nwant a refund, the tool "
    "just isn't for us.\n\nThanks\nMaya",
    "Bom dia,\n\nquero cancelar a assinatura mensal. Não precisamos\nde reembolso nenhum.\n\nObrigado\nTiago",
])
def test_a_decline_cut_by_a_hard_wrap_adds_no_refund(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    # the refund is asked over the wrap: still read
    "Hallo,\n\nbitte kündigen Sie das Abo und überweisen Sie die Rückzahlung\nfür den doppelten Betrag.\n\n"
    "Grüße\nJonas",
    "Hi,\n\nplease cancel and refund the duplicate charge, the refund\nhas not reached us yet.\n\nThanks\nMaya",
    # a refund not received is no decline, even over a wrap
    "Hallo,\n\nbitte das Abo kündigen. Die Rückerstattung für die doppelte Abbuchung ist noch\nnicht "
    "eingegangen, bitte überweisen Sie sie.\n\nGrüße\nJonas",
])
def test_a_refund_asked_over_a_wrap_is_still_read(body):
    assert read(body).intents == {"refund", "cancellation"}


# -- English loanwords in other languages' mail --------------------------------------------------------

@pytest.mark.parametrize("body,subject", [
    ("Hallo Team,\n\nbitte cancel my subscription zum Monatsende, wir nutzen jetzt ein anderes Tool. "
     "No refund needed.\n\nLG\nSarah", "Abo"),
    ("Servus,\n\nkönnt ihr bitte das Abo canceln? Wir brauchen es nicht mehr, and we don't need a refund."
     "\n\nLG\nSarah", "Frage"),
    ("Oi pessoal,\n\nqueria fazer o cancel da assinatura mensal, não usamos mais. Não precisa de refund."
     "\n\nValeu\nBruno", "assinatura"),
    ("Hola,\n\nnecesito hacer el cancel de mi cuenta, ya no la usamos. No refund needed, gracias."
     "\n\nSaludos\nLucía", "cuenta"),
    ("Bonjour,\n\nmerci de canceller mon abonnement à la fin du mois. No refund needed.\n\nMerci\nLéa",
     "abonnement"),
])
def test_english_loanwords_cancel_without_a_refund(body, subject):
    assert read(body, subject).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    # a refund asked in the loanword, or still awaited: read
    "Hallo Team,\n\nbitte cancel my subscription und ich möchte eine Rückerstattung für die doppelte Abbuchung."
    "\n\nLG\nSarah",
    "Oi pessoal,\n\nquero fazer o cancel do plano e quero o reembolso da cobrança duplicada, no refund yet."
    "\n\nValeu\nBruno",
])
def test_a_refund_asked_beside_a_loanword_cancel_is_read(body):
    assert read(body).intents == {"refund", "cancellation"}


# -- a refund withdrawn in passing -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nforget about my refund, the export works again. I'd still like to cancel the plan though."
    "\n\nBest\nOwen",
    "Hi,\n\nNever mind the refund - it was my card, not your system. Please cancel my subscription anyway."
    "\n\nBest\nOwen",
    "Hallo,\n\nvergessen Sie bitte die Rückerstattung, ich möchte aber das Abo kündigen.\n\nGrüße\nJonas",
    "Bom dia,\n\nesqueçam o reembolso, mas quero cancelar a assinatura.\n\nObrigado\nTiago",
    "Hola,\n\nolvídense del reembolso, pero quiero cancelar la suscripción.\n\nSaludos\nMarta",
    "Bonjour,\n\noubliez le remboursement, mais je veux résilier mon abonnement.\n\nCordialement\nLuc",
    "Namaste,\n\nrefund rehne dijiye, bas plan cancel kar dijiye.\n\nDhanyavaad\nRavi",
])
def test_a_refund_withdrawn_in_passing_leaves_the_cancellation(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    # "never mind" about something else: the refund is still asked
    "Hi,\n\nnever mind the delay, I want a refund for the double charge and please cancel.\n\nBest\nOwen",
    "Hi,\n\nforget the upgrade, please refund the duplicate charge and cancel my plan.\n\nBest\nOwen",
])
def test_never_mind_about_something_else_still_asks_the_refund(body):
    assert read(body).intents == {"refund", "cancellation"}


# -- the need for a refund denied, a service not carried on (Hinglish) ---------------------------------

@pytest.mark.parametrize("body", [
    "Namaste,\n\nrefund ki bhi zarurat nahi hai. Hamara maintenance retainer aage mat chalaiye, website ab "
    "andar se sambhalenge.\n\nDhanyavaad\nRavi",
    "Namaste,\n\nrefund ki to koi need nahi. Plan aage na badhaiye please.\n\nDhanyavaad\nRavi",
])
def test_hinglish_no_refund_and_a_service_not_carried_on(body):
    assert read(body).intents == {"cancellation"}


def test_a_service_carried_on_asks_nothing():
    body = "Namaste,\n\nretainer aage bhi chalaiye, kaam accha hai.\n\nDhanyavaad\nRavi"
    assert read(body).intents == set()


# -- the reference named in the refund decline ---------------------------------------------------------

def test_the_reference_of_a_declined_refund_is_not_the_requests():
    body = ("Hi,\n\nI don't need a refund for the hosting (OWD-2025-611), that one is fine. Please cancel "
            "the SEO retainer, OWD-2025-612, from next month.\n\nThanks\nNick")
    found = read(body, "Cancel SEO", OWD, OWD_ADDRESS)
    assert found.intents == {"cancellation"}
    assert found.fields.invoice_number == "OWD-2025-612"


def test_with_no_decline_the_first_reference_stays_first():
    body = ("Hi,\n\nplease cancel the hosting (OWD-2025-611). The SEO retainer, OWD-2025-612, stays.\n\n"
            "Thanks\nNick")
    assert read(body, "Cancel hosting", OWD, OWD_ADDRESS).fields.invoice_number == "OWD-2025-611"


@pytest.mark.parametrize("body", [
    # "no refund yet" still waits for the refund; "don't mind the refund" asks it
    "Hi,\n\nI was charged twice. No refund yet for the second charge, please send it and cancel my plan.\n\n"
    "Thanks\nMaya",
    "Hallo,\n\nwir wurden doppelt belastet. Bisher no refund, bitte die Rückerstattung überweisen und das Abo "
    "kündigen.\n\nGrüße\nJonas",
    "Hi,\n\nI don't mind the refund taking a week, but please refund the double charge and cancel.\n\n"
    "Thanks\nMaya",
])
def test_a_refund_still_awaited_is_read(body):
    assert read(body).intents == {"refund", "cancellation"}
