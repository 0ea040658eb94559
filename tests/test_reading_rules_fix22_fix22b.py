"""Reading rules generalised from the fourteenth fresh round's misses (fix22b), each with sentences of its own
(none copied from any round), in every language where the same rule exists.

- A sentence made only of courtesy words (awaiting a reply, looking forward to hearing, thanks in advance,
  hoping for a quick resolution, please confirm receipt: ``text.courtesy_words``) carries no content beyond the
  courtesy: it is never the customer's reason, in any word order or register, so Optima WebDesign, which
  requires a reason, asks for it (C3) and never approves a refund on it.  A sentence with a word of its own
  is still read as the reason.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from mailbot.reading.extract import Extractor
from tests.helpers import OWD_ADDRESS, config, inbound, ist, ledger

CFG = config()
OWD = Extractor(CFG.brands["optima_webdesign"])

ASKS = {
    "es": ("Buenas tardes,", "Mediante este correo pido la devolución de la factura OWD-2025-61 del proyecto Casa Azul.",
           "Saludos cordiales,\nMarisol Peña"),
    "pt": ("Boa tarde,", "Peço por este meio o reembolso da fatura OWD-2025-61 do projeto Casa Azul.",
           "Atenciosamente,\nJoana Reis"),
    "de": ("Sehr geehrte Damen und Herren,", "wir bitten um Erstattung der Rechnung OWD-2025-61 zum Projekt Casa Azul.",
           "Mit freundlichen Grüßen\nKarl Brandt"),
    "fr": ("Madame, Monsieur,", "Je sollicite le remboursement de la facture OWD-2025-61 du projet Casa Azul.",
           "Bien cordialement,\nAnne Morel"),
    "en": ("Dear team,", "This email is a formal request for a refund of invoice OWD-2025-61 (Casa Azul project).",
           "Kind regards,\nTom Hale"),
    "hi": ("Namaste ji,", "Casa Azul project ki invoice OWD-2025-61 ka paisa wapas kar dijiye.",
           "Regards,\nSunil"),
}


def owd(body: str, subject: str = "Refund"):
    return OWD.extract(inbound("nora@example.com", OWD_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


def mail(lang: str, line: str) -> str:
    greeting, ask, sign_off = ASKS[lang]
    return f"{greeting}\n\n{ask}\n\n{line}\n\n{sign_off}"


COURTESY_LINES = [
    ("es", "Quedamos en espera de su amable contestación."),
    ("es", "Quedo en espera de sus comentarios."),
    ("es", "Esperando una rápida solución a este asunto, me despido."),
    ("es", "Agradecería que me confirmaran la recepción de este mensaje."),
    ("es", "Sin más por el momento, quedo a sus órdenes."),
    ("es", "Espero que podamos resolverlo lo antes posible."),
    ("pt", "Ficamos a aguardar as suas notícias."),
    ("pt", "Fico aguardando um retorno de vocês."),
    ("pt", "Agradeço desde já pela vossa atenção."),
    ("pt", "Conto com uma resolução rápida deste assunto."),
    ("pt", "Espero uma resposta breve da vossa parte."),
    ("pt", "Agradecia que confirmassem a receção desta mensagem."),
    ("de", "Über eine schnelle Rückmeldung würden wir uns sehr freuen."),
    ("de", "Für eine kurze Bestätigung des Eingangs wäre ich Ihnen dankbar."),
    ("de", "Wir hoffen auf eine zeitnahe Klärung dieser Angelegenheit."),
    ("de", "Wir danken Ihnen schon vorab für Ihre Mühe."),
    ("de", "Ich sehe Ihrer Antwort mit Interesse entgegen."),
    ("fr", "Nous restons dans l'attente de votre réponse."),
    ("fr", "En vous remerciant par avance de votre aide."),
    ("fr", "J'attends votre retour dans les plus brefs délais."),
    ("fr", "Dans l'espoir d'un règlement rapide de ce dossier."),
    ("fr", "Je vous saurais gré de bien vouloir confirmer la réception de ce courriel."),
    ("en", "We are awaiting your reply on this matter."),
    ("en", "Hoping for a speedy resolution of this issue."),
    ("en", "I await your prompt response."),
    ("en", "Kindly acknowledge receipt of this email at your earliest convenience."),
    ("en", "We would appreciate a quick reply."),
    ("hi", "Aapke reply ka intezaar rahega."),
    ("hi", "Jawab ka wait karenge, jaldi batayein."),
    ("hi", "Advance mein shukriya aapki madad ke liye."),
    ("hi", "आपके उत्तर की प्रतीक्षा रहेगी।"),
    ("hi", "आपकी सहायता के लिए अग्रिम धन्यवाद।"),
]


@pytest.mark.parametrize("lang, line", COURTESY_LINES)
def test_a_courtesy_line_is_no_reason(lang, line):
    found = owd(mail(lang, line))
    assert found.intents == {"refund"}
    assert found.fields.reason is None


REASON_LINES = [
    # a word of the customer's own beside the courtesy words: still the reason
    ("es", "Esperamos cerrar la tienda física antes de diciembre."),
    ("es", "La respuesta de nuestro socio inversor fue negativa y el proyecto se detiene."),
    ("pt", "A resposta do banco foi negativa e o projeto parou."),
    ("pt", "Esperamos fechar o restaurante em dezembro e não vamos precisar do site."),
    ("de", "Wir warten auf die Insolvenz unseres Hauptkunden und stoppen alle Projekte."),
    ("de", "Die Antwort unseres Investors kam negativ zurück, das Projekt ruht."),
    ("fr", "Nous attendons la fermeture définitive du magasin en décembre."),
    ("fr", "La réponse de notre banque a été négative, le projet est arrêté."),
    ("en", "We are waiting for the shop to close and will not need the website."),
    ("en", "The response from our investors was negative, so the project is shelved."),
    ("hi", "Humari dukaan agle mahine band ho rahi hai, website ki zaroorat nahi."),
    ("hi", "हमारी दुकान अगले महीने बंद हो रही है, वेबसाइट की ज़रूरत नहीं।"),
]


@pytest.mark.parametrize("lang, line", REASON_LINES)
def test_a_sentence_with_words_of_its_own_is_still_the_reason(lang, line):
    found = owd(mail(lang, line))
    assert found.fields.reason is not None
    assert found.fields.reason.split()[-1].strip(".।") in line


def test_a_courtesy_after_the_reason_leaves_the_reason():
    found = owd(mail("es", "Cerramos el local por la jubilación del dueño. Quedo en espera de su respuesta."))
    assert found.fields.reason == "Cerramos el local por la jubilación del dueño."


OWD_LEDGER = {
    "projects": [{"brand": "optima_webdesign", "name": "Casa Azul", "contract_email": "nora@example.com",
                  "work_started_at": None}],
    "payments": [{"brand": "optima_webdesign", "id": "pay_m1", "invoice": "OWD-2025-61", "project": "Casa Azul",
                  "kind": "milestone", "amount": "20000.00", "tax": "0.00", "currency": "INR",
                  "paid_at": "2025-09-01T10:00:00", "status": "paid", "milestone_status": "not_started"}],
}


@pytest.mark.parametrize("lang, line", [COURTESY_LINES[0], COURTESY_LINES[7], COURTESY_LINES[12],
                                        COURTESY_LINES[17], COURTESY_LINES[22], COURTESY_LINES[27]])
def test_optima_asks_for_the_reason_and_never_approves_on_a_courtesy(lang, line):
    when = ist(2025, 9, 10, 10, 0)
    triage = Triage(CFG, ledger(OWD_LEDGER, CFG), FixedClock(when + timedelta(hours=1)))
    result = triage.decide([inbound("nora@example.com", OWD_ADDRESS, "Refund", when, mail(lang, line))])
    assert not any(d.outcome == "approve" for d in result.verdict.decisions)
    assert result.verdict.status == "need_info" and "reason" in result.verdict.missing


def test_the_same_milestone_with_a_reason_is_approved():
    """The ledger above is approvable: only the missing reason holds the refunds above back."""
    when = ist(2025, 9, 10, 10, 0)
    triage = Triage(CFG, ledger(OWD_LEDGER, CFG), FixedClock(when + timedelta(hours=1)))
    body = mail("en", "Our investor pulled out and the shop will not open. I look forward to your reply.")
    result = triage.decide([inbound("nora@example.com", OWD_ADDRESS, "Refund", when, body)])
    assert [(d.intent, d.outcome) for d in result.verdict.decisions] == [("refund", "approve")]

