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
    # other verbs and registers, and accents left out
    ("es", "Espero que me puedan ayudar lo antes posible."),
    ("es", "Agradezco su pronta atencion a este asunto."),
    ("pt", "Peço que confirmem a receção deste pedido."),
    ("pt", "Desde ja agradeco a atencao."),
    ("de", "Wir sind auf Ihre Rückmeldung gespannt."),
    ("fr", "Nous comptons sur vous pour un retour rapide."),
    ("fr", "Dans l'attente de votre reponse rapide."),
    ("en", "Eagerly awaiting your positive response."),
    ("hi", "Kripya jald se jald uttar dein."),
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


# -- ending a service told in the future, the conditional or the infinitive after a decision ----------------------

def read(body: str, brand: Extractor = OWD, to: str = OWD_ADDRESS, subject: str = "Hola"):
    return brand.extract(inbound("nora@example.com", to, subject, ist(2025, 9, 10, 10, 0), body))


@pytest.mark.parametrize("body", [
    "Buenos días, la clínica dará por terminado el contrato de soporte web a fin de mes.",
    "Buenos días, daremos por concluida la iguala de redes sociales en octubre.",
    "Buenos días, la dirección daría por finalizado el servicio de mantenimiento este mes.",
    "Bom dia, a associação dará por encerrado o contrato de manutenção no fim do mês.",
    "Bom dia, daremos por terminada a avença de redes sociais em outubro.",
    "Bom dia, decidimos terminar a avença de SEO, a empresa vai ter uma equipa interna.",
    "Bom dia, queremos encerrar o contrato de suporte mensal da loja.",
    "Bom dia, resolvemos rescindir o serviço de manutenção do site.",
])
def test_ending_a_service_in_the_future_or_after_a_decision_is_a_cancellation(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Bom dia, não queremos terminar o contrato de suporte, só mudar o horário das reuniões.",
    "Buenos días, ¿qué pasa con los archivos cuando el contrato se dé por terminado?",
    "Bom dia, quando o contrato terminar, o domínio continua nosso?",
    "Buenos días, el proveedor anterior dio por terminado su contrato y ahora trabajamos con ustedes.",
])
def test_a_service_ending_told_otherwise_is_no_cancellation(body):
    assert "cancellation" not in read(body).intents


# -- the proportional or undelivered part asked back ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bom dia, queremos cancelar a hospedagem anual e receber o valor proporcional.",
    "Bom dia, gostaríamos de reaver a parte não utilizada do plano de hospedagem.",
    "Bom dia, queremos recuperar a parte da etapa que ainda não foi feita.",
    "Buenos días, queremos cancelar el hosting anual y recibir la parte proporcional.",
    "Buenos días, quisiéramos recuperar la parte del hito que no se ha desarrollado.",
    "Bonjour, nous souhaitons résilier l'hébergement et recevoir le prorata restant.",
    "Bonjour, nous aimerions récupérer la partie du jalon qui n'a pas été livrée.",
    "Hello, we would like to recover the part of the milestone that was never started.",
    "Hello, please cancel the hosting; we want to receive the prorated amount.",
    "Hallo, wir möchten den offenen Teil des Meilensteins zurückbekommen, der nicht umgesetzt wurde.",
])
def test_the_proportional_or_undelivered_part_asked_back_is_a_refund(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "Bom dia, não queremos receber o valor proporcional, apenas cancelar a hospedagem.",
    "Buenos días, no queremos recibir la parte proporcional, solo cancelar el hosting.",
    "Bonjour, la partie du jalon déjà livrée nous convient très bien.",
    "Hello, the milestone is going well, thanks for the update.",
])
def test_the_proportional_part_declined_or_only_named_asks_nothing_back(body):
    assert "refund" not in read(body).intents


# -- Hindi: money back declined with the negation after the ask word ------------------------------------------------

@pytest.mark.parametrize("body", [
    "नमस्ते, सर्विस अगले महीने से बंद कर दीजिए। इस महीने का पैसा वापस नहीं माँग रहे।",
    "नमस्ते, प्लान बंद कर दीजिए, रकम वापस माँग नहीं रहे हैं।",
    "Namaste, care plan band kar dijiye, paisa wapas maang nahi rahe.",
    "Namaste, maintenance band kar do, fees wapas le nahi rahe hum.",
])
def test_hindi_money_back_declined_after_the_ask_word_adds_no_refund(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Olá, terminem a manutenção no fim do mês. Não estamos a pedir nenhum reembolso deste mês.",
    "Olá, terminem a manutenção no fim do mês. A mensalidade de outubro não queremos de volta.",
    "Hello, please end the care plan at month end. I'm not asking for the September money back.",
])
def test_money_back_declined_in_the_progressive_or_object_first_adds_no_refund(body):
    assert read(body).intents == {"cancellation"}



@pytest.mark.parametrize("body", [
    "नमस्ते, सर्विस बंद कर दीजिए और इस महीने का पैसा वापस चाहिए।",
    "Namaste, care plan band kar dijiye aur is mahine ka paisa wapas chahiye.",
])
def test_hindi_money_back_asked_is_still_a_refund(body):
    assert read(body).intents == {"cancellation", "refund"}


# -- thanks for a cancellation already confirmed ---------------------------------------------------------------------

LO = Extractor(CFG.brands["leadsoptima"])
LO_TO = "support@leadsoptima.com"


@pytest.mark.parametrize("body", [
    "Dhanyavaad! Cancellation ka confirmation mil gaya, mahine ke end tak use karungi.",
    "Thanks ji, plan cancel confirm ho gaya hai, aapki team helpful thi.",
    "शुक्रिया, कैंसिलेशन का कन्फर्मेशन मिल गया, अच्छी सेवा के लिए धन्यवाद।",
    "Muchas gracias, recibí la confirmación de la cancelación y todo en orden.",
    "Muito obrigada, recebi a confirmação do cancelamento, foi tudo rápido.",
    "Merci, j'ai bien reçu la confirmation de la résiliation, tout est clair.",
    "Thanks a lot, I received the cancellation confirmation and all is clear.",
    "Thank you for confirming the cancellation, have a nice week.",
])
def test_thanks_for_a_confirmed_cancellation_asks_nothing_new(body):
    assert read(body, LO, LO_TO).intents == set()


@pytest.mark.parametrize("body", [
    "Namaste, plan cancel kar dijiye aur cancellation ka confirmation bhej dijiye.",
    "Hola, cancelen mi plan y envíenme la confirmación de la cancelación.",
    "Olá, cancelem o plano e mandem a confirmação do cancelamento.",
    "Bonjour, merci de résilier mon abonnement et d'envoyer la confirmation de la résiliation.",
    "Hi, please cancel my plan and email me the cancellation confirmation.",
])
def test_a_cancellation_asked_with_its_confirmation_is_still_a_cancellation(body):
    assert "cancellation" in read(body, LO, LO_TO).intents


# -- a signature written without a sign-off line, and what follows a closing courtesy --------------------------------

@pytest.mark.parametrize("body", [
    "Buenas tardes,\n\nTal como lo hablamos, les envío la solicitud de reembolso de la factura OWD-2025-61 del proyecto "
    "Casa Azul.\n\nMarisol Peña\nDirectora de Compras\nMuebles Peña · Mérida, Yuc.\n\"Madera tallada con alma desde 1958\"",
    "Boa tarde,\n\nComo combinado, envio o pedido de reembolso da fatura OWD-2025-61 do projeto Casa Azul.\n\n"
    "Joana Reis\nCerâmicas Reis · Caldas da Rainha\nwww.ceramicasreis.pt",
    "Guten Tag,\n\nwie besprochen sende ich Ihnen den Erstattungsantrag zur Rechnung OWD-2025-61 (Projekt Casa Azul).\n\n"
    "Karl Brandt\nBrandt Möbel GmbH | Passau | www.brandt-moebel.de",
    "Bonjour,\n\nComme convenu, voici la demande de remboursement de la facture OWD-2025-61 (projet Casa Azul).\n\n"
    "Anne Morel\nMorel Tissus • Lyon\n« Le fil de l'élégance depuis 1962 »",
    "Hello,\n\nAs agreed on the phone, here is the refund request for invoice OWD-2025-61 (Casa Azul project).\n\n"
    "Tom Hale\nHale Timber | Leeds | halet.example\n“Crafted by hand since 1962”",
    "Namaste,\n\nJaisa call par tay hua tha, Casa Azul project ki invoice OWD-2025-61 ka refund request bhej raha hoon.\n\n"
    "Sunil Mehta\nMehta Handicrafts · Jaipur",
])
def test_a_signature_without_a_sign_off_is_no_reason(body):
    found = owd(body)
    assert found.intents == {"refund"}
    assert found.fields.reason is None


@pytest.mark.parametrize("body", [
    "Buenas tardes,\n\nSolicito el reembolso de la factura OWD-2025-61 del proyecto Casa Azul.\n\n"
    "Quedo en espera de su respuesta.\n\nMarisol Peña\nGerente General de Ventas y Atención al Cliente Corporativo",
    "Hello,\n\nPlease refund invoice OWD-2025-61 for the Casa Azul project.\n\nLooking forward to your reply.\n\n"
    "Tom Hale\nHead of Purchasing and Supplier Relations for the North Region",
])
def test_what_follows_the_courtesy_closing_the_request_is_the_signature(body):
    assert owd(body).fields.reason is None


@pytest.mark.parametrize("body, reason", [
    ("Hello,\n\nThanks for your help so far. Please refund invoice OWD-2025-61. Our investor withdrew last month.\n\n"
     "Tom", "Our investor withdrew last month."),
    ("Hola,\n\nNuestro cliente dijo “no” al diseño y el proyecto queda parado. Pido el reembolso de la factura "
     "OWD-2025-61.\n\nQuedo en espera de su respuesta.\n\nMarisol", "Nuestro cliente dijo “no” al diseño y el proyecto queda "
     "parado."),
    ("Bom dia,\n\nPeço o reembolso da fatura OWD-2025-61. A loja física fecha já em novembro.\n\nAguardo notícias.\n\n"
     "Joana", "A loja física fecha já em novembro."),
])
def test_a_reason_written_before_the_courtesy_is_still_read(body, reason):
    assert owd(body).fields.reason == reason


@pytest.mark.parametrize("body", [
    "Bonjour, le cabinet mettra fin au contrat de référencement à la fin d'octobre.",
    "Bonjour, nous résilierons l'abonnement d'hébergement au 31 octobre.",
    "Bonjour, l'association mettrait un terme à la maintenance du site dès novembre.",
    "Buenos días, la asociación pondrá fin al contrato de mantenimiento en noviembre.",
    "Bom dia, a associação porá fim ao contrato de suporte em novembro.",
    "Namaste, society ka maintenance contract agle mahine khatam kar degi.",
])
def test_a_service_ended_in_the_future_in_other_languages_is_a_cancellation(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Bonjour, nous ne résilierons pas le contrat, tout se passe bien.",
    "Buenos días, no pondremos fin al contrato, solo cambia la persona de contacto.",
    "Namaste, website ki ye problem jaldi khatam kar dijiye.",
])
def test_a_future_ending_denied_or_a_problem_ended_is_no_cancellation(body):
    assert "cancellation" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Olá, terminem a avença de redes sociais no fim de outubro.",
    "Hola, finalicen el contrato de soporte a fin de mes.",
    "Bonjour, terminez l'abonnement d'hébergement à la fin du mois.",
])
def test_a_service_ended_in_the_imperative_is_a_cancellation(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Bom dia, antes que terminem o site, enviem o orçamento final.",
    "Bonjour, quand vous aurez terminé le site, envoyez la facture.",
])
def test_finishing_the_work_is_no_cancellation(body):
    assert "cancellation" not in read(body).intents
