"""Reading rules generalised from the ninth fresh round's French and Hindi misses (fix17b), each with
sentences of its own (none copied from any round), in every language where the same rule exists.

- A signature line that is mostly numbers (a phone number) is never the customer's reason.
- A sentence opening with a closing word that asks ("Merci d'arrêter ... : ...", "Thanks for cancelling
  ...: ...") is a request, not a closing: the reason beside the ask is read.
- Asking to stop the service the agency runs ("merci d'arrêter le référencement", "SEO ka kaam rok
  dijiye") asks for the cancellation; a stop told as done or declined does not.
- A cause after the French "suite à" ("suite à un souci de santé") and a health, family or money reason
  named are reasons; "suite à notre échange" stays a reference.
- "cancel" in Devanagari typed with the i-matra or a half n ("कैंसिल", "कैन्सल") reads like "कैंसल".
- The customer's own selling or trade closed ("hum online bikri band kar rahe hain") is their news, a
  reason, not a second cancellation request.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from mailbot.reading.unlabelled_reason import mostly_numbers
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, extractor: Extractor = LO, subject: str = "Hello"):
    to = LO_ADDRESS if extractor is LO else OWD_ADDRESS
    return extractor.extract(inbound("nora@example.com", to, subject, ist(2025, 9, 10, 10, 0), body))


# -- a signature's phone line is no reason ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "salut\n\nje veux un remboursement stp\n\nJules Martin\nBoulangerie Martin\n07 98 76 54 32\n",
    "hi\n\nrefund please\n\nKiran Rao\nRao Traders\n+91 98200 12345 / 022 2345 6789\n",
    "hola\n\nquiero el reembolso\n\nLucía Gil\nTel. 612 34 56 78 91\n",
    "namaste\n\nrefund chahiye\n\nGaurav\nMob 98765 43210 / 98765 43211\n",
])
def test_a_phone_line_is_no_reason(body):
    found = read(body)
    assert found.intents == {"refund"}
    assert found.fields.reason is None


@pytest.mark.parametrize(("words", "expected"), [
    ("06 12 34 56 78", True),
    ("Tel. +33 6 12 34 56 78", True),
    ("Mob: 98765 43210, 98765 43211", True),
    ("Ordered on 12 09 2025 by mistake", False),
    ("we moved to 2 other tools this year", False),
])
def test_mostly_numbers(words, expected):
    assert mostly_numbers(words.split()) is expected


def test_a_sentence_with_dates_is_still_a_reason():
    found = read("Hi,\n\nPlease refund me.\nOrdered the tool on 12 09 2025 by pure mistake.\n\nKiran")
    assert found.fields.reason == "Ordered the tool on 12 09 2025 by pure mistake."


# -- a closing word that asks ----------------------------------------------------------------------

@pytest.mark.parametrize(("body", "reason"), [
    ("Bonjour,\n\nMerci d'annuler l'hébergement (facture OWD-2025-7001) : nous fermons la boutique en "
     "novembre.\n\nJules", "nous fermons la boutique en novembre"),
    ("Bonjour,\n\nMerci de résilier la maintenance du site Jardin Bleu : le site sera refait par mon "
     "neveu.\n\nJules", "le site sera refait par mon neveu"),
    ("Hello,\n\nThanks for cancelling the hosting (invoice OWD-2025-7001): we are moving to another "
     "town.\n\nKiran", "we are moving to another town"),
    ("Hola,\n\nGracias por cancelar el mantenimiento (factura OWD-2025-7001): cerramos la tienda en "
     "noviembre.\n\nLucía", "cerramos la tienda en noviembre"),
])
def test_a_closing_word_that_asks_keeps_its_reason(body, reason):
    found = read(body, OWD)
    assert found.intents == {"cancellation"}
    assert found.fields.reason == reason


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nMerci de confirmer l'annulation du forfait OWD-2025-7001.\n\nJules",
    "Hello,\n\nPlease cancel the hosting OWD-2025-7001.\nThanks for all the help, it was a pleasure.\n\nKiran",
    "Hello,\n\nPlease cancel the hosting OWD-2025-7001.\nThanks in advance for cancelling it.\n\nKiran",
])
def test_a_plain_closing_gives_no_reason(body):
    assert read(body, OWD).fields.reason is None


# -- asking to stop the service -----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour,\n\nMerci d'arrêter le référencement du site Jardin Bleu, nous vendons le fonds.\n\nJules",
    "Bonjour,\n\nPourriez-vous stopper la gestion de nos réseaux sociaux dès octobre ?\n\nJules",
    "Bonjour,\n\nArrêtez le suivi SEO à la fin du mois, nous n'en avons plus l'usage.\n\nJules",
    "Bonjour,\n\nNous souhaitons mettre un terme à notre collaboration à la fin du mois.\n\nJules",
    "Bonjour,\n\nJe vous demande d'interrompre définitivement les campagnes Google de la boutique.\n\nJules",
    "Namaste,\n\nhumare SEO ka kaam rok dijiye, ab zarurat nahi hai.\n\nKiran",
    "Namaste,\n\nsocial media posting stop kar dijiye next month se, hum khud karenge.\n\nKiran",
    "नमस्ते,\n\nहमारी सोशल मीडिया सर्विस रोक दीजिए, अब ज़रूरत नहीं है।\n\nकिरण",
])
def test_asking_to_stop_the_service_asks_to_cancel(body):
    assert read(body, OWD).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    # a stop told as done, asked about, declined, or of something that is no service
    "Bonjour,\n\nPourquoi avez-vous arrêté le suivi SEO le mois dernier ? Nous voulons continuer.\n\nJules",
    "Bonjour,\n\nNous ne souhaitons pas arrêter le référencement, seulement changer de mots-clés.\n\nJules",
    "Bonjour,\n\nMerci d'arrêter de m'appeler le soir, écrivez-moi plutôt.\n\nJules",
    "Namaste,\n\nSEO ka kaam kyun rok diya? Hum continue karna chahte hain.\n\nKiran",
    "Namaste,\n\nphone calls rok dijiye, email par baat karte hain.\n\nKiran",
])
def test_no_stop_of_the_service_asks_nothing(body):
    assert "cancellation" not in read(body, OWD).intents


# -- a cause after 'suite à', health and family reasons -----------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour,\n\nSuite à une hospitalisation je ferme le cabinet quelques mois, merci d'annuler le projet "
    "Jardin Bleu.\n\nJules",
    "Bonjour,\n\nPour des raisons de santé je dois tout arrêter, je résilie donc le contrat de maintenance."
    "\n\nJules",
    "Bonjour,\n\nJe dois mettre la boutique en pause, merci d'annuler l'hébergement.\n\nJules",
])
def test_a_cause_is_a_reason(body):
    found = read(body, OWD)
    assert found.intents == {"cancellation"}
    assert found.fields.reason is not None


def test_suite_a_notre_echange_is_no_reason():
    found = read("Bonjour,\n\nSuite à notre échange téléphonique, merci d'annuler le projet Jardin Bleu."
                 "\n\nJules", OWD)
    assert found.intents == {"cancellation"}
    assert found.fields.reason is None


# -- Devanagari spellings of 'cancel' ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "नमस्ते,\n\nअगले महीने से मेरा प्लान कैंसिल कर दीजिए, अब ज़रूरत नहीं है।\n\nकिरण",
    "नमस्ते,\n\nकृपया सब्सक्रिप्शन कैन्सल कर दें।\n\nकिरण",
    "नमस्ते,\n\nमेरा अकाउंट केंसल करना है।\n\nकिरण",
])
def test_cancel_spellings_ask_to_cancel(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "नमस्ते,\n\nप्लान कैंसिल करने के बाद भी ₹999 कट गए, वो वापस कर दीजिए।\n\nकिरण",
    "नमस्ते,\n\nमैंने पिछले हफ़्ते प्लान कैन्सल कर दिया, फिर भी पैसे कटे, रिफंड कीजिए।\n\nकिरण",
])
def test_cancel_spellings_told_as_done_ask_no_new_cancellation(body):
    found = read(body)
    assert "cancellation" not in found.intents
    assert "refund" in found.intents


# -- the customer's own trade closed is their reason ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "Namaste,\n\nhumara maintenance plan cancel kar dijiye, agle mahine se hum online bikri band kar rahe hain."
    "\n\nKiran",
    "Namaste,\n\nhosting band kar dijiye, Holi ke baad hum apna vyapar band kar denge.\n\nKiran",
    "नमस्ते,\n\nहोस्टिंग कैंसल कर दीजिए, हम अपना व्यापार बंद कर रहे हैं।\n\nकिरण",
])
def test_own_trade_closed_is_the_reason(body):
    found = read(body, OWD)
    assert found.intents == {"cancellation"}
    assert found.fields.reason is not None
    assert "band" in found.fields.reason or "बंद" in found.fields.reason


# -- a negation after a comma belongs to its own clause (Hindi) ----------------------------------------

@pytest.mark.parametrize("body", [
    "Namaste,\n\nhosting band karo, ab zarurat nahi hai.\n\nKiran",
    "Namaste,\n\nmaintenance band kar do, website ki koi zarurat nahi hai.\n\nKiran",
    "नमस्ते,\n\nहोस्टिंग बंद करो, ज़रूरत नहीं है।\n\nकिरण",
])
def test_a_reason_clause_with_a_negation_leaves_the_request(body):
    assert read(body, OWD).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Namaste,\n\nhosting cancel nahi karna, bas plan change karna hai.\n\nKiran",
    "Namaste,\n\nplan cancel mat karo please.\n\nKiran",
    "नमस्ते,\n\nहोस्टिंग रद्द मत करो, बस प्लान बदल दो।\n\nकिरण",
    "Namaste,\n\nmaintenance abhi band nahi karna hai.\n\nKiran",
])
def test_a_negation_in_the_requests_own_clause_still_declines(body):
    assert "cancellation" not in read(body, OWD).intents


@pytest.mark.parametrize("body", [
    "Namaste,\n\nrefund, nahi chahiye. Bas plan band kar do.\n\nKiran",
    "Namaste,\n\nrefund bilkul nahi chahiye, bas hosting band kar do.\n\nKiran",
])
def test_a_declined_refund_stays_declined(body):
    assert read(body, OWD).intents == {"cancellation"}


# -- the same rules in the other packs -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello,\n\nPlease stop our SEO work at the end of the month, we are selling the bakery.\n\nAl",
    "Hello,\n\nCould you discontinue the social media management from November?\n\nAl",
    "Hola,\n\nPor favor detengan el posicionamiento SEO de la panadería, vendemos el local.\n\nAl",
    "Hola,\n\n¿Pueden parar la gestión de redes sociales a final de mes?\n\nAl",
    "Olá,\n\nPor favor parem o serviço de SEO da padaria, vamos vender o espaço.\n\nAl",
    "Olá,\n\nPodem interromper a gestão das redes sociais no fim do mês?\n\nAl",
    "Hallo,\n\nbitte stellen Sie die SEO-Betreuung zum Monatsende ein, wir verkaufen die Bäckerei.\n\nAl",
    "Hallo,\n\nbitte stoppen Sie die Social-Media-Betreuung für die Bäckerei.\n\nAl",
    "Hallo,\n\nwir möchten die Zusammenarbeit zum Jahresende einstellen.\n\nAl",
])
def test_asking_to_stop_the_service_asks_to_cancel_in_every_pack(body):
    assert read(body, OWD).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hello,\n\nWhy did you stop our SEO work last month? Please resume it.\n\nAl",
    "Hello,\n\nPlease do not stop the SEO work, we only want new keywords.\n\nAl",
    "Hola,\n\nNo queremos parar el posicionamiento, solo cambiar las palabras clave.\n\nAl",
    "Olá,\n\nNão queremos parar a gestão das redes sociais, só mudar o horário.\n\nAl",
    "Hallo,\n\nwir möchten einen eigenen Entwickler einstellen und brauchen Hilfe bei der Übergabe.\n\nAl",
    "Hallo,\n\nbitte stellen Sie die Betreuung auch im Urlaub sicher.\n\nAl",
])
def test_no_stop_of_the_service_asks_nothing_in_every_pack(body):
    assert "cancellation" not in read(body, OWD).intents


@pytest.mark.parametrize("body", [
    "Hola,\n\nCancelo el proyecto Pan de Oro porque cierro el obrador.\n\nAl",
    "Olá,\n\nCancelo o projeto Pão de Ouro porque vou fechar a padaria.\n\nAl",
    "Hallo,\n\nhiermit storniere ich das Projekt Goldbrot, da ich die Bäckerei schließe.\n\nAl",
    "Bonjour,\n\nNous annulons le projet Pain d'Or car nous fermons la boulangerie.\n\nAl",
])
def test_the_present_that_performs_the_cancellation(body):
    assert read(body, OWD).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hello,\n\nFor health reasons I am closing the practice, please cancel the Oak Table project.\n\nAl",
    "Hallo,\n\nAus gesundheitlichen Gründen bitte das Projekt Eichentisch stornieren.\n\nAl",
    "Namaste,\n\nhealth issues ke chalte Oak Table project cancel kar dijiye.\n\nAl",
    "नमस्ते,\n\nस्वास्थ्य कारणों से Oak Table प्रोजेक्ट कैंसल कर दीजिए।\n\nAl",
])
def test_a_health_reason_is_a_reason_in_every_pack(body):
    found = read(body, OWD)
    assert found.intents == {"cancellation"}
    assert found.fields.reason is not None


@pytest.mark.parametrize(("body", "words"), [
    ("Hello,\n\nWe paid the deposit OWD-2025-9 yesterday, but we have found a local developer and cancel the "
     "project. Refund the deposit please; if it is not back in two days, I will call my bank.\n\nAl",
     "local developer"),
    ("Hola,\n\nAyer pagamos el depósito (factura OWD-2025-9), pero hemos contratado a una diseñadora local y "
     "cancelamos el proyecto. Quiero la devolución; si en dos días no la veo, llamo al banco.\n\nAl",
     "diseñadora local"),
    ("Olá,\n\nOntem pagámos o sinal (fatura OWD-2025-9), mas encontrámos um designer local e cancelamos o "
     "projeto. Quero a devolução; se em dois dias não a vir, ligo ao banco.\n\nAl", "designer local"),
    ("Bonjour,\n\nNous avons payé l'acompte hier (facture OWD-2025-9), mais nous avons trouvé un graphiste "
     "local et annulons le projet. Remboursez l'acompte ; si je ne le vois pas sous deux jours, j'appelle ma "
     "banque.\n\nAl", "graphiste local"),
])
def test_another_provider_is_the_reason_not_the_threat(body, words):
    found = read(body, OWD)
    assert found.intents == {"cancellation", "refund"}
    assert words in found.fields.reason


@pytest.mark.parametrize("body", [
    "Hello,\n\nPlease refund the deposit OWD-2025-9.\nIf it is not back in two days, I will call my bank.\n\nAl",
    "Hola,\n\nDevuélvanme el depósito OWD-2025-9.\nSi en dos días no lo veo, llamo a mi banco.\n\nAl",
])
def test_a_conditional_sentence_is_no_reason(body):
    assert read(body, OWD).fields.reason is None
