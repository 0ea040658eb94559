"""Rules of fix44x behind fresh33's and fresh34's cross-language misses, each family with sentences of its own (none
copied from the rounds), in at least two languages, and a negative that must keep reading as before.

- A. No reason given (POLICY_SPEC section 8, what a reason is): a blessing or a festival wish closing the letter ("Thanks
  and stay blessed.", "Que Dios los bendiga", "Fiquem com Deus", "Frohe Weihnachten", "Joyeux Noël", "Diwali ki dher
  sari shubhkamnayein") ends what the customer says, as a sign-off does (``text.closings``, ``text.sign_offs``): the
  company and address lines under it are the signature.  A wish for the reader's day and an acknowledgement of receipt
  asked for are courtesy words (``text.courtesy_words``: "que tengan un lindo día", "Wir bitten um
  Empfangsbestätigung", "acusar o recebimento"); a line of office hours is no reason (``text.not_reason``); an initial
  inside a name ("Parroquia N. Sra. del Carmen") cuts no sentence (``sentences.initial_dot``), so the request's tail is
  never read as a reason.  Where the brand requires a reason, C3 asks for it.  A reason written beside a blessing, or
  after a thanks on the same line, is still read.
- B. A question before buying from someone not on the ledger is a policy question (section 8, hypotheticals): the
  purchase weighed by its noun ("estamos estudando a contratação de", "evaluating the purchase of", "nous réfléchissons
  à la souscription d'un site") and a condition of paying or taking in the subjunctive or after "in case" ("caso a
  gente pague o sinal", "si lo pagamos", "au cas où nous verserions l'acompte", "falls wir die Anzahlung leisten
  sollten").  A request beside such words still asks.
- C. A lawyer invoked in local words (C4): a relative or a friend who is a lawyer ("Mi papá es abogado", "Minha irmã é
  advogada") and the consumer office named as where the case goes ("lo pasamos a Consumo").  A lawyer only as
  a client, or a relative only studying law, is no dispute.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.helpers import read_body


def reason(body: str, subject: str = "Hello", brand: str = "lo"):
    return read_body(body, subject, brand).fields.reason


# -- A. no reason given ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("brand, subject, body", [
    ("lo", "Refund", "Good morning,\n\nI write to request a refund of invoice LO-INV-1234.\n\nThanks and stay blessed.\n\n"
                     "Grace Achieng\nNairobi Office Furniture and Fittings Ltd"),
    ("lo", "Refund", "Hi team,\n\nPlease refund LO-INV-1234 on our annual plan.\n\nWishing you all a very happy Diwali "
                     "and a prosperous new year!\n\nRavi\nShree Ganesh Traders, Indore"),
    ("lo", "Reembolso", "Hola:\n\nSolicito el reembolso de la factura LO-INV-1234 del plan mensual.\n\nQue Dios los "
                        "bendiga, feliz semana.\n\nMarta Ríos\nPanadería La Espiga · Cali"),
    ("lo", "Reembolso", "Buenos días,\n\nSolicito el reembolso de la factura LO-INV-1234.\n\nAgradeceremos nos acusen "
                        "recibo de este correo.\n\nMarta"),
    ("owd", "Cancelamento", "Olá,\n\nPeço o cancelamento da manutenção mensal do site Padaria Pão Quente, fatura "
                            "OWD-2025-1111.\n\nFiquem com Deus e tenham um ótimo dia!\n\nDona Cida\nPadaria Pão Quente"),
    ("owd", "Cancelamento", "Prezados,\n\nSolicitamos o cancelamento da manutenção do site, fatura OWD-2025-1111.\n\n"
                            "Solicitamos a gentileza de acusar o recebimento deste e-mail.\n\nAtenciosamente,\nJoana"),
    ("owd", "Cancelamento", "Olá,\n\nPeço o cancelamento da manutenção, fatura OWD-2025-1111.\n\nSecretaria\n"
                            "Horário de atendimento: segunda a sexta, das 9h às 18h"),
    ("owd", "Baja", "Hola,\n\nSolicito la baja del mantenimiento, factura OWD-2025-1000.\n\nSecretaría\nHorario de "
                    "atención: lunes a viernes de 9 a 14 h"),
    ("owd", "Cancelación", "Hola,\n\nSolicitamos la baja del mantenimiento de la web Parroquia N. Sra. del Carmen, "
                           "factura OWD-2025-1212.\n\nBendiciones,\nSecretaría Parroquial"),
    ("owd", "Kündigung", "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den Wartungsvertrag (Rechnung "
                         "OWD-2025-2222) zum nächstmöglichen Termin.\n\nWir bitten um Empfangsbestätigung.\n\nMit "
                         "freundlichen Grüßen\nJan Meyer"),
    ("lo", "Rückerstattung", "Hallo,\n\nbitte erstatten Sie die Rechnung LO-INV-1234.\n\nEinen schönen Tag noch und "
                             "Gottes Segen!\n\nHerbert Maier\nMaier Landtechnik GmbH & Co. KG"),
    ("owd", "Résiliation", "Madame, Monsieur,\n\nPar la présente, je résilie le contrat de maintenance (facture "
                           "OWD-2025-3333).\n\nJe vous saurais gré de bien vouloir accuser réception de la présente."
                           "\n\nPaul"),
    ("lo", "Remboursement", "Bonjour,\n\nJe demande le remboursement de la facture LO-INV-1234.\n\nJoyeux Noël à toute "
                            "l'équipe !\n\nClaire Dubois\nCave Dubois et Fils, Beaune"),
    ("lo", "refund", "Namaste ji,\n\nLO-INV-1234 ka refund kar dijiye.\n\nAapko aur aapke parivar ko Diwali ki dher sari "
                     "shubhkamnayein 🪔\n\nMahesh Agarwal\nAgarwal Sweets, Mathura"),
])
def test_a_blessing_a_wish_a_receipt_or_office_hours_give_no_reason(brand, subject, body):
    assert reason(body, subject, brand) is None


@pytest.mark.parametrize("brand, subject, body, said", [
    ("lo", "Refund", "Hi,\n\nPlease refund LO-INV-1234, we closed the shop last month and no longer need the tool.\n\n"
                     "God bless,\nJohn", "closed the shop"),
    ("lo", "Reembolso", "Hola,\n\nQuiero el reembolso de LO-INV-1234. Cerramos la tienda el mes pasado y ya no usamos "
                        "la herramienta.\n\nQue Dios los bendiga,\nAna", "Cerramos la tienda"),
    ("owd", "Kündigung", "Hallo,\n\nbitte kündigen Sie die Wartung (OWD-2025-2222). Wir haben die Praxis an einen "
                         "Nachfolger übergeben, der eine eigene Website hat.\n\nFrohe Weihnachten\nMarion",
     "Nachfolger"),
    ("lo", "refund", "Namaste,\n\nLO-INV-1234 ka refund chahiye, hamari dukaan band ho gayi hai aur ab software ki "
                     "zarurat nahi.\n\nJai Shri Ram\nMahesh", "dukaan band"),
    ("owd", "Cancel", "Hi, please cancel. We open a new office at 9 on Monday and moved everything in-house.",
     "in-house"),
    ("owd", "Baja", "Hola,\n\nCancelen mi plan por favor. Muchas gracias por todo el apoyo de estos años. Mi sobrino se "
                    "encarga ahora de la web.\n\nNora", "Mi sobrino"),
    ("owd", "Kündigung", "Hallo,\n\nbitte kündigen Sie den Vertrag. Vielen Dank für die gute Zusammenarbeit in den "
                         "letzten Jahren. Unser Neffe kümmert sich jetzt um die Website.\n\nNora", "Neffe"),
])
def test_a_reason_beside_a_blessing_or_hours_is_still_read(brand, subject, body, said):
    assert said in (reason(body, subject, brand) or "")


def test_an_initial_cuts_no_sentence_but_plan_b_still_ends_one():
    from mailbot.reading.sentences import clauses
    assert list(clauses("Cancel the site Studio J. Weber Fotografie, please.")) == [
        "Cancel the site Studio J. Weber Fotografie, please."]
    assert len(list(clauses("We moved to Plan B. Please cancel the old one."))) == 2


def _refund_without_reason(body: str, subject: str):
    from mailbot.clock import FixedClock
    from mailbot.pipeline import Triage
    from tests.helpers import LO_ADDRESS, config, inbound, ist, ledger
    cfg = config()
    when = ist(2025, 9, 30, 10, 0)
    data = {"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora", "plan": "monthly",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-05",
                           "current_period_end": "2025-10-04"}],
            "payments": [{"brand": "leadsoptima", "id": "pay_1", "invoice": "LO-INV-1234",
                          "customer_email": "nora@example.com", "kind": "subscription", "plan": "monthly",
                          "amount": "1499.00", "tax": "269.82", "currency": "INR", "paid_at": "2025-09-05T10:00:00",
                          "period_start": "2025-09-05", "period_end": "2025-10-04", "status": "paid"}]}
    triage = Triage(cfg, ledger(data, cfg), FixedClock(when + timedelta(hours=1)))
    return triage.decide([inbound("nora@example.com", LO_ADDRESS, subject, when, body)]).verdict


@pytest.mark.parametrize("subject, body", [
    ("Refund request", "Dear Sir/Madam,\n\nI hereby request the refund of invoice LO-INV-1234.\n\nThanks and God bless "
                       "you.\n\nNora Achebe\nManaging Partner\nLagos Printing and Packaging Company Limited"),
    ("Reembolso", "Buenas tardes,\n\nQuisiera el reembolso de la factura LO-INV-1234, por favor.\n\nQuedamos "
                  "pendientes, que tengan una linda semana.\n\nNora Gil\nDistribuidora Gil Hermanos, Medellín"),
])
def test_a_refund_with_only_a_blessing_asks_for_the_reason(subject, body):
    verdict = _refund_without_reason(body, subject)
    assert verdict.status == "need_info" and verdict.missing == ["reason"]


def test_a_refund_with_a_reason_under_a_blessing_is_not_asked_for_one():
    verdict = _refund_without_reason("Hi,\n\nPlease refund LO-INV-1234. We sold the shop and the new owner "
                                     "has his own software.\n\nGod bless,\nNora", "Refund")
    assert "reason" not in (verdict.missing or [])


# -- B. a question before buying ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("brand, subject, body", [
    ("owd", "Dúvida", "Prezados,\n\nEstamos estudando a contratação de uma loja virtual para a cooperativa. Caso a "
                      "gente pague o sinal e a diretoria não aprove, haveria reembolso? E a hospedagem pode ser "
                      "cancelada depois?\n\nAtenciosamente,\nCarlos"),
    ("owd", "Dúvida", "Olá,\n\nTô pensando pegar o plano de manutenção para o site da escola. Caso eu contrate o plano "
                      "e não goste, dá para cancelar e ter o dinheiro de volta?\n\nBia"),
    ("lo", "pregunta", "Hola, estamos evaluando la contratación del plan anual. Si lo pagamos y en tres meses no nos "
                       "funciona, ¿nos regresan el dinero de los meses que quedan?"),
    ("lo", "Question", "Hi,\n\nWe are evaluating the purchase of your annual plan for our clinic. Should we take the "
                       "annual plan and the staff hate it, could we cancel and get a refund?\n\nAnna"),
    ("owd", "Question", "Bonjour,\n\nNous réfléchissons à la souscription d'un site vitrine pour l'association. Au cas "
                        "où nous verserions l'acompte et que le bureau refuse, serait-il remboursé ? Et la "
                        "maintenance, peut-on l'annuler ?\n\nMarc"),
    ("owd", "Frage", "Guten Tag,\n\nwir prüfen derzeit die Beauftragung einer neuen Website für den Verein. Falls wir "
                     "die Anzahlung leisten sollten und die Mitgliederversammlung lehnt ab, wird sie erstattet? Und "
                     "kann man die Wartung jederzeit kündigen?\n\nGruß\nJens"),
    ("lo", "sawal", "Namaste,\n\nHum annual plan lene ke baare mein soch rahe hain. Agar hum advance de dein aur team "
                    "ko pasand na aaye to refund milega kya? Aur cancel kar sakte hain?\n\nRavi"),
])
def test_a_purchase_weighed_or_a_payment_supposed_asks_nothing(brand, subject, body):
    assert read_body(body, subject, brand).intents == set()


@pytest.mark.parametrize("brand, body, expected", [
    ("lo", "Hola, estamos evaluando la contratación de otro proveedor, así que reembolsen la factura LO-INV-1234 del "
           "plan mensual porque el plan no funciona.", {"refund"}),
    ("owd", "Olá, caso paguemos a fatura em atraso, podem cancelar o plano de manutenção? Queremos cancelar já.",
     {"cancellation"}),
    ("lo", "Hi, we are evaluating the purchase of a different CRM. Please cancel our plan and refund LO-INV-1234, the "
           "dashboard has been down for a week.", {"refund", "cancellation"}),
])
def test_a_request_beside_a_purchase_weighed_still_asks(brand, body, expected):
    assert read_body(body, "Account", brand).intents == expected


# -- C. a lawyer invoked in local words --------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola, queremos la baja y el reembolso de LO-INV-1234. Mi cuñada, que es abogada, ya revisó el contrato y dice que "
    "si no nos lo devuelven lo pasamos a consumo.",
    "Hola, devuélvanme LO-INV-1234. Mi papá es abogado y dice que tenemos derecho.",
    "Hola, devuélvanme LO-INV-1234. Si no, lo llevamos a Consumo.",
    "Bom dia, quero o reembolso de LO-INV-1234. Minha irmã é advogada e disse que temos direito.",
    "Bom dia, quero o reembolso de LO-INV-1234. Meu primo, que é advogado, leu o contrato.",
])
def test_a_relatives_lawyer_or_the_consumer_office_is_a_dispute(body):
    assert read_body(body, "reembolso").dispute is not None


@pytest.mark.parametrize("body", [
    "Hola, tenemos un cliente que es abogado y le gustó la web. Cancelen el plan por favor, cerramos la sucursal.",
    "Hola, mi hija estudia para ser abogada; cancelen el plan, ya no lo usamos.",
    "Olá, cancelem o plano: o escritório fechou e a equipe mudou de cidade.",
])
def test_a_lawyer_only_as_a_client_or_a_study_is_no_dispute(body):
    assert read_body(body, "baja").dispute is None
