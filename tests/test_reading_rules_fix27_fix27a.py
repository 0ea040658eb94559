"""Reading rules of fix27a (French, Portuguese, German, Hindi; the courtesy family in every pack) behind fresh20's
misses, each with sentences of its own (none copied from any round or from the phrasebook).

- An offer of further help or of being at the reader's disposal ('Restant à votre disposition pour tout
  renseignement, je vous prie d'agréer ...', 'I remain at your disposal for any further information', 'Quedo a su
  disposición para cualquier aclaración', 'Fico à disposição para qualquer esclarecimento', 'Bei Fragen können Sie
  sich gerne an mich wenden', 'Koi bhi sawal ho to sampark karein') is no reason: ``text.courtesy_words`` in every
  pack, and en ``text.not_reason`` for 'do not hesitate to contact me'.  End to end: a deposit refund whose only
  other sentence is such a line asks for the reason, it never approves.  A sentence with a word of its own is read.
- A short disclaimer line after the request ('यह ईमेल गोपनीय है।') closes what the customer says, as a long one does
  (unlabelled_reason.py); the Hindi 'सादर धन्यवाद,' is a sign-off line and a closing; a disclaimer to a wrong
  recipient ('सही प्राप्तकर्ता नहीं') is boilerplate.  'सादर निवेदन है कि ...' opening a letter is still read.
- A cancellation notified in the third person by the customer's organisation ('Par la présente, l'association
  résilie le contrat ...') asks to cancel (fr), so it is no reason either; 'ne résilie pas' and 'a résilié' do not.
- Money asked back with 'ravoir' ('ravoir notre dépôt') asks a refund (fr, Québec); declined ('je ne veux pas ravoir
  mon argent') it does not; 'ravoir l'accès' is no refund; 'récupérer notre dépôt Git' is no refund.
- The dashboard named as not loading ('o painel não carrega', 'el panel no abre') is an access failure (pt es);
  'a página de preços não carrega' and 'el panel funciona bien' are not.
- A greeting opening an asking sentence ('hi ihr lieben, <reason>, bitte kündigen') is passed over for the reason
  before the ask (unlabelled_reason.py); 'hi ihr lieben, bitte kündigen (...)' has no reason.
"""

from __future__ import annotations

import functools

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import OWD_ADDRESS, config, inbound, ist, ledger, read_body

PROJECT = "Jardin Bleu Yoga"


def _deposit_ledger(cfg):
    return ledger({"customers": [], "projects": [
        {"brand": "optima_webdesign", "name": PROJECT, "contract_email": "nora@example.com", "work_started_at": None}],
        "payments": [{"brand": "optima_webdesign", "id": "d1", "invoice": "OWD-2025-7702", "project": PROJECT,
                      "kind": "deposit", "amount": "15000.00", "tax": "2700.00", "currency": "INR",
                      "paid_at": "2025-09-09T10:00:00", "status": "paid", "setup_fee": None, "service_start": None,
                      "next_billing_at": None, "period_start": None, "period_end": None,
                      "milestone_status": None}]}, cfg)


def _decide(body: str, subject: str = "OWD-2025-7702"):
    cfg = config()
    triage = Triage(cfg, _deposit_ledger(cfg), FixedClock(ist(2025, 9, 10, 12, 0)))
    msg = inbound("nora@example.com", OWD_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body,
                  message_id="<deposit.fix27a@example.com>")
    return triage.decide([msg]).verdict


def reason(body: str, brand: str = "lo") -> str | None:
    return read_body(body, brand=brand).fields.reason


@functools.cache
def _owd_reader():
    from mailbot.reading.extract import Extractor
    return Extractor(config().brands["optima_webdesign"], project_names=[PROJECT])


def _owd_reason(body: str) -> str | None:
    """The reason read with the ledger's project name known, as triage reads it."""
    return _owd_reader().extract(inbound("nora@example.com", OWD_ADDRESS, "Hallo", ist(2025, 9, 10, 10, 0),
                                         body)).fields.reason


# -- an offer of further help is no reason (every pack) --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour,\n\nMerci de rembourser la facture LO-INV-5561.\n\nRestant à votre disposition pour toute précision "
    "supplémentaire, je vous prie de recevoir mes salutations distinguées.\n\nAline Roux",
    "Bonjour,\n\nMerci de rembourser la facture LO-INV-5561.\n\nN'hésitez pas à me joindre si vous avez besoin de "
    "renseignements.\n\nAline Roux",
    "Hello,\n\nPlease refund invoice LO-INV-5561.\n\nRemaining at your disposal for any additional information, "
    "I remain yours sincerely.\n\nAlan Reed",
    "Hello,\n\nPlease refund invoice LO-INV-5561.\n\nShould you require any more information, please do not "
    "hesitate to call me.\n\nAlan Reed",
    "Estimados,\n\nPido el reembolso de la factura LO-INV-5561.\n\nQuedando a su disposición para cualquier duda o "
    "aclaración, les saluda atentamente.\n\nAna Ruiz",
    "Prezados,\n\nPeço o reembolso da fatura LO-INV-5561.\n\nFicando ao dispor para qualquer esclarecimento "
    "adicional, subscrevo-me com cordiais saudações.\n\nAna Rocha",
    "Guten Tag,\n\nbitte erstatten Sie die Rechnung LO-INV-5561.\n\nBei weiteren Fragen können Sie sich jederzeit "
    "gerne an mich wenden.\n\nAnna Roth",
    "Namaste,\n\nKripya invoice LO-INV-5561 ka refund kar dijiye.\n\nKisi bhi aur jaankari ki zarurat ho to mujhse "
    "sampark karein.\n\nAnil",
    "नमस्ते,\n\nकृपया इनवॉइस LO-INV-5561 का रिफंड कर दें।\n\nकिसी भी और जानकारी के लिए मैं आपकी सेवा में उपलब्ध हूँ।\n\nअनिल",
])
def test_an_offer_of_further_help_is_no_reason(body):
    assert reason(body) is None


@pytest.mark.parametrize("body,own", [
    ("Bonjour,\n\nMerci de rembourser la facture LO-INV-5561.\n\nRestant sans réponse de votre service depuis "
     "trois semaines, nous avons choisi un autre outil.\n\nAline Roux", "outil"),
    ("Hello,\n\nPlease refund invoice LO-INV-5561.\n\nWe remain unconvinced by the lead quality after the trial "
     "month.\n\nAlan Reed", "lead quality"),
    ("Estimados,\n\nPido el reembolso de la factura LO-INV-5561.\n\nCualquier aclaración sobra: cerramos la "
     "agencia este mes.\n\nAna Ruiz", "agencia"),
    ("Prezados,\n\nPeço o reembolso da fatura LO-INV-5561.\n\nFicamos sem clientes depois que a agência "
     "fechou.\n\nAna Rocha", "clientes"),
    ("Guten Tag,\n\nbitte erstatten Sie die Rechnung LO-INV-5561.\n\nBei uns hat sich die Firma leider komplett "
     "aufgelöst.\n\nAnna Roth", "aufgelöst"),
    ("Namaste,\n\nKripya invoice LO-INV-5561 ka refund kar dijiye.\n\nHumari agency is mahine se band ho rahi "
     "hai.\n\nAnil", "agency"),
])
def test_a_sentence_with_words_of_its_own_is_still_the_reason(body, own):
    assert own in (reason(body) or "")


def test_a_deposit_refund_with_only_a_courtesy_offer_asks_for_the_reason():
    verdict = _decide("Bonjour,\n\nMerci de rembourser l'acompte OWD-2025-7702 (Jardin Bleu Yoga).\n\nDemeurant à "
                      "votre disposition pour tout renseignement, je vous prie d'agréer mes salutations "
                      "distinguées.\n\nNora")
    assert not any(d.intent == "refund" and d.outcome == "approve" for d in verdict.decisions)
    assert "reason" in verdict.missing


def test_a_deposit_refund_with_a_reason_before_the_courtesy_is_decided():
    verdict = _decide("Bonjour,\n\nMerci de rembourser l'acompte OWD-2025-7702 (Jardin Bleu Yoga) : notre "
                      "association a perdu sa subvention.\n\nRestant à votre disposition, je vous prie d'agréer mes "
                      "salutations distinguées.\n\nNora")
    assert {(d.intent, d.outcome) for d in verdict.decisions if d.intent == "refund"} == {("refund", "approve")}


# -- a short disclaimer and the Hindi respectful sign-off close the request -------------------------------------------

HI_DISCLAIMED = ("महोदय,\n\nकृपया Jardin Bleu Yoga का एडवांस OWD-2025-7702 वापस कर दें।\n\n{close}\nप्रबंधक\n"
                 "यह संदेश गोपनीय है। अगर आप इसके सही प्राप्तकर्ता नहीं हैं तो कृपया इसे मिटा कर हमें सूचित करें।")


@pytest.mark.parametrize("close", ["सादर धन्यवाद,", "सादर,", "शुभकामनाओं सहित"])
def test_a_hindi_disclaimer_after_the_request_is_no_reason(close):
    assert reason(HI_DISCLAIMED.format(close=close), brand="owd") is None


def test_a_hindi_disclaimer_never_approves_a_deposit_refund():
    verdict = _decide(HI_DISCLAIMED.format(close="शुभकामनाओं सहित"))
    assert not any(d.intent == "refund" and d.outcome == "approve" for d in verdict.decisions)
    assert "reason" in verdict.missing


def test_a_letter_opening_with_sadar_nivedan_is_still_read():
    said = reason("सादर निवेदन है कि हमारा योग स्टूडियो अगले महीने से बंद हो रहा है। कृपया Jardin Bleu Yoga का "
                  "रिटेनर रद्द कर दें।", brand="owd") or ""
    assert "स्टूडियो" in said


def test_a_long_sentence_after_a_short_plain_line_is_still_the_reason():
    said = reason("कृपया Jardin Bleu Yoga का रिटेनर रद्द कर दें।\nबहुत अफ़सोस है।\nहमारा योग स्टूडियो अगले महीने "
                  "से हमेशा के लिए बंद हो रहा है।", brand="owd") or ""
    assert "स्टूडियो" in said


# -- a cancellation notified in the third person (fr) ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour,\n\nPar la présente, l'amicale résilie le contrat d'hébergement Jardin Bleu Yoga.\n\nLe bureau",
    "Bonjour,\n\nLe conseil d'administration résilie la maintenance du site Jardin Bleu Yoga.\n\nLe secrétaire",
    "Bonjour,\n\nNotre cabinet résilie par la présente l'abonnement de référencement.\n\nMaître Ravel",
])
def test_a_cancellation_in_the_third_person_asks_to_cancel_and_is_no_reason(body):
    found = read_body(body, brand="owd")
    assert "cancellation" in found.intents
    assert found.fields.reason is None


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nPar la présente, l'amicale ne résilie pas le contrat d'hébergement, elle le prolonge.",
    "Bonjour,\n\nLe conseil d'administration a résilié la maintenance d'un autre prestataire l'an dernier.",
    "Bonjour,\n\nLe club résilie souvent ses contrats trop vite, disait notre trésorier.",
])
def test_a_third_person_sentence_that_ends_nothing_is_no_cancellation(body):
    assert "cancellation" not in read_body(body, brand="owd").intents


# -- money asked back with 'ravoir' (fr) -----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Allô, serait-ce possible de ravoir notre acompte pour Jardin Bleu Yoga? Le projet tombe à l'eau.",
    "Bonjour, on aimerait ravoir notre dépôt (Jardin Bleu Yoga), le bailleur a vendu la bâtisse.",
])
def test_ravoir_the_money_asks_a_refund(body):
    assert "refund" in read_body(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "Bonjour, je ne cherche pas à ravoir notre acompte, arrêtez seulement la maintenance de Jardin Bleu Yoga.",
    "Bonjour, est-ce qu'on pourrait ravoir le mot de passe administrateur de Jardin Bleu Yoga?",
    "Bonjour, nous voulons récupérer notre dépôt GitHub de Jardin Bleu Yoga avant la mise en ligne.",
])
def test_ravoir_declined_or_of_something_else_is_no_refund(body):
    assert "refund" not in read_body(body, brand="owd").intents


# -- the dashboard not loading is an access failure (pt es) ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Pagamos na segunda e desde então o painel não carrega. Queremos o reembolso.",
    "A plataforma simplesmente não abre no nosso escritório. Queremos o reembolso.",
    "Pagamos el lunes y desde entonces el panel ya no abre. Queremos el reembolso.",
    "Nuestra cuenta sigue sin abrir desde el pago. Queremos el reembolso.",
])
def test_the_dashboard_not_loading_is_an_access_failure(body):
    assert read_body(body).fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "O painel carrega bem, mas os leads são fracos. Queremos o reembolso.",
    "A página de preços não carrega no celular, mas isso tanto faz. Queremos o reembolso.",
    "El panel funciona perfecto, pero los contactos no sirven. Queremos el reembolso.",
])
def test_a_dashboard_that_works_is_no_access_failure(body):
    assert read_body(body).fields.reason_code != "access_failure"


# -- a greeting opening an asking sentence is passed over (de) -------------------------------------------------------

def test_the_reason_after_a_chatty_greeting_in_the_asking_sentence_is_read():
    said = _owd_reason("hey ihr lieben, unser yogastudio zieht nach hamburg und braucht euch nicht mehr, bitte "
                       "kündigen (rechnung OWD-2025-7702, projekt Jardin Bleu Yoga). lg nora") or ""
    assert "hamburg" in said and "hey" not in said


def test_a_chatty_greeting_and_the_ask_alone_give_no_reason():
    assert _owd_reason("hey ihr lieben, bitte kündigen (rechnung OWD-2025-7702, projekt Jardin Bleu Yoga). lg nora") \
        is None
