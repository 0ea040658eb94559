"""Reading rules behind fresh18's Spanish and French misses, carried into Portuguese (fix25a), each with
sentences of its own (none copied from any round or from the phrasebook).

- The vosotros imperative 'daos de baja' asks to cancel.
- es ', entonces' before the ask ends the reason, as pt ', então' and fr ', alors'; a filler 'entonces'
  right after the greeting gives none.
- Money asked back by its amount with 'regresar' (es) or with 'rendez-nous' and no currency (fr); 'regresen
  en 3 días' and 'rendez-vous le 3' name no money.
- The monthly support retainer ended with a wish (es 'queremos terminar el soporte mensual'); the social-media
  retainer ended in the first person (fr 'on arrête le community management', es, pt); one support job
  finished names no retainer.
- A formal closing opened by thanks or waiting in a participle ('Vous en remerciant par avance, nous vous
  prions d'agréer ...', 'Quedando a la espera ..., reciban ...', 'Agradecendo desde já ..., subscrevemo-nos')
  is a sign-off, never the reason.
- The notice period honoured ('dans le respect du préavis', 'respetando el preaviso', 'cumprindo o aviso
  prévio') is how the customer ends, never the reason.
- A duplicate called 'un doublon' (fr) or 'un duplicado' with the same day or amount (es, pt) is a duplicate
  payment; duplicated contacts are not.
- The work late or too slow, no time left, the project on hold or the scope cut is a reason (es, pt, fr, as en
  'delay', 'on hold', 'scope'), even with the invoice in brackets in the same sentence; the invoice alone
  with the ask is none.
- A greeting written with a colon ('Estimados:', 'Prezados:') is no header line: the words after it are read as
  the reason; a quoted header ('Enviado: ...') still is none.
- Carried into en and de where the family exists: the en closing 'Thanking you in advance, we remain ...', en
  'a duplicate: same day, same amount', en 'we're stopping the community management', de delay cues
  ('verzögert', 'zu spät', 'auf Eis').
- A thread: the reply that names a project the ledger knows replaces a project the first email was read to
  name and the ledger does not know, so the case is decided on the answer.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist, ledger, read_body


def read(body: str, brand: str = "lo", subject: str = "Hello"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


def intents(body: str, brand: str = "lo") -> set:
    return read(body, brand).intents


# -- es: 'daos de baja' ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Daos de baja la suscripción, que me paso a otro proveedor.",
    "Por favor, daos de baja el plan mensual desde hoy.",
])
def test_daos_de_baja_asks_to_cancel(body):
    assert "cancellation" in intents(body)


@pytest.mark.parametrize("body", [
    "Daos prisa con la factura del mes, por favor, que la necesita la gestoría.",
    "Ya me disteis de baja la semana pasada y todo bien, gracias.",
])
def test_other_dar_phrases_ask_no_cancellation(body):
    assert "cancellation" not in intents(body)


# -- es: ', entonces' before the ask ---------------------------------------------------------------------------------

def test_the_part_before_entonces_and_the_ask_is_the_reason():
    found = read("Buenas, pagamos el alojamiento anual hace poco pero mi sobrina se ocupará de la web, entonces "
                 "queremos cancelarlo y que nos devuelvan lo proporcional.", brand="owd").fields
    assert found.reason and "sobrina" in found.reason


def test_a_filler_entonces_after_the_greeting_gives_no_reason():
    found = read("Hola, entonces queremos cancelar el alojamiento y que nos devuelvan lo proporcional.",
                 brand="owd").fields
    assert found.reason is None


# -- money asked back by its amount ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Pagamos la entrega exprés y llegó tarde igual, regrésenme esos 4 mil.",
    "Les pedimos que nos regresen los 900 del anticipo, el proyecto no arrancó.",
    "Nous avons payé l'option express et la livraison est arrivée comme d'habitude, rendez-nous les 2 500.",
    "Livraison express inutile, restituez-nous les 1 200.",
])
def test_money_asked_back_by_its_amount(body):
    assert "refund" in intents(body, brand="owd")


@pytest.mark.parametrize("body", [
    "Regresen en 3 días, por favor, la oficina está cerrada por obras.",
    "Nous avons pris rendez-vous le 3 octobre pour la mise en ligne.",
])
def test_coming_back_or_a_meeting_names_no_money(body):
    assert "refund" not in intents(body, brand="owd")


# -- retainers ended ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Solo queremos terminar el soporte mensual de la librería porque cerramos en diciembre.",
    "Dejamos el community management, mi hija se encarga del Instagram desde ahora.",
    "Bonjour, on arrête le community management, ma fille reprend nos réseaux.",
    "Paramos o community management, a nossa filha assume o Instagram.",    "Hi, we're stopping the community management, our new barista will run Instagram.",
])
def test_a_retainer_ended_asks_to_cancel(body):
    assert "cancellation" in intents(body, brand="owd")


@pytest.mark.parametrize("body", [
    "Queremos terminar el soporte de la migración esta semana con su técnico.",
    "Le community management est très bien, merci pour les nouvelles photos.",
])
def test_one_support_job_or_praise_asks_no_cancellation(body):
    assert "cancellation" not in intents(body, brand="owd")


# -- formal closings and the notice period are no reason ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour,\n\nNous vous demandons le remboursement de la facture LO-INV-4411.\n\nVous en remerciant d'avance, "
    "nous vous prions d'agréer l'expression de nos salutations.",
    "Hola:\n\nSolicito el reembolso de la factura LO-INV-4411.\n\nQuedando a la espera de su respuesta, reciban un "
    "cordial saludo.",
    "Olá,\n\nSolicitamos o reembolso da fatura LO-INV-4411.\n\nAgradecendo desde já a atenção, subscrevemo-nos "
    "atenciosamente.",
    "Olá,\n\nSolicito o reembolso da fatura LO-INV-4411.\n\nAgradeço antecipadamente a vossa atenção e apresento os "
    "melhores cumprimentos.",    "Dear team,\n\nPlease refund invoice LO-INV-4411.\n\nThanking you in advance, we remain yours faithfully.",
])
def test_a_formal_closing_with_a_participle_is_no_reason(body):
    assert read(body).fields.reason is None


def test_a_reason_after_thanks_in_a_sentence_is_still_read():
    found = read("Hola:\n\nSolicito el reembolso de la factura LO-INV-4411. Agradeciendo su ayuda, les cuento que "
                 "nos cobraron dos veces el mismo mes.").fields
    assert found.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Madame, Monsieur,\n\nPar la présente, nous résilions le contrat de maintenance du site, facture OWD-2025-9901, "
    "en respectant le préavis de sept jours.\nMerci de confirmer.",
    "Estimados,\n\nPor medio de la presente rescindimos el contrato de mantenimiento, factura OWD-2025-9901, "
    "respetando el preaviso de siete días.",
    "Prezados,\n\nPela presente rescindimos o contrato de manutenção, fatura OWD-2025-9901, cumprindo o aviso "
    "prévio de sete dias.",
])
def test_the_notice_period_honoured_is_no_reason(body):
    assert read(body, brand="owd").fields.reason is None


def test_a_reason_after_the_contract_is_still_read():
    found = read("Par la présente, nous résilions le contrat de maintenance, facture OWD-2025-9901, car notre "
                 "cabinet a été racheté par un groupe qui a ses prestataires.", brand="owd").fields
    assert found.reason and "racheté" in found.reason


# -- 'doublon', 'duplicado' ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Merci de rembourser la LO-INV-4411. C'est un doublon : deux factures le même jour, même montant.",
    "Merci de rembourser la LO-INV-4411, prélèvement en doublon.",
    "Reembolsen la LO-INV-4411, es un duplicado: las dos el mismo día, mismo importe.",
    "Reembolsem a LO-INV-4411, é um duplicado: as duas no mesmo dia, mesmo valor.",    "Please refund LO-INV-4411, it's a duplicate: same day, same amount.",
])
def test_a_doublon_or_duplicado_of_a_charge_is_a_duplicate_payment(body):
    assert read(body).fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Merci de rembourser la LO-INV-4411, j'ai des doublons dans mes contacts et l'outil ne sert à rien.",
    "Reembolsem a LO-INV-4411, tenho contatos duplicados com o mesmo nome e a ferramenta não serve.",    "Please refund LO-INV-4411, I have duplicate contacts with the same name and the tool is useless.",
])
def test_duplicated_contacts_are_no_duplicate_payment(body):
    assert read(body).fields.reason_code != "duplicate_payment"


# -- delay, time, on hold, scope --------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Qué tal, la etapa del blog (OWD-2025-9001) va lentísima y ya no nos da tiempo para la campaña de Navidad, "
    "queremos que nos reembolsen lo que falta de esa etapa.",
    "Estimados: hemos resuelto sacar del alcance la tienda en línea (hito 2, factura OWD-2025-9002). Solicitamos el "
    "reembolso de ese hito.",
    "Prezados: a etapa do aplicativo (OWD-2025-9003) está muito atrasada e já não dá tempo para o lançamento, "
    "queremos o reembolso dessa etapa.",
    "Bonjour, le jalon de la boutique (OWD-2025-9004) a pris trop de retard et ne sera pas prêt à temps pour les "
    "soldes, merci de nous rembourser ce jalon.",    "Hallo, die Etappe (OWD-2025-9005) ist stark verzögert und kommt für den Launch zu spät, bitte erstatten Sie die "
    "Etappe.",
])
def test_a_delay_or_a_scope_cut_is_the_reason(body):
    assert read(body, brand="owd").fields.reason is not None


@pytest.mark.parametrize("body", [
    "Qué tal, la etapa del blog (OWD-2025-9001) ya está pagada, queremos que nos reembolsen lo que falta de esa etapa.",
    "Bonjour, merci de nous rembourser le jalon de la boutique (OWD-2025-9004).",    "Hallo, bitte erstatten Sie die Etappe (OWD-2025-9005).",
])
def test_the_invoice_with_the_ask_is_no_reason(body):
    assert read(body, brand="owd").fields.reason is None


# -- a greeting with a colon -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Prezados: a loja fechou as portas no mês passado. Pedimos o reembolso do hosting.",
    "Estimados: el local cerró sus puertas el mes pasado. Pedimos el reembolso del hosting.",
])
def test_the_words_after_a_greeting_with_a_colon_are_the_reason(body):
    assert read(body, brand="owd").fields.reason is not None


@pytest.mark.parametrize("body", [
    "Pedimos el reembolso del hosting.\n\nEnviado: lunes, 8 de septiembre de 2025 10:00\nAsunto: hosting anual",
    "Estimados: pedimos el reembolso del hosting.",
])
def test_a_header_line_or_a_bare_ask_after_the_greeting_is_no_reason(body):
    assert read(body, brand="owd").fields.reason is None


# -- a thread: the answer names the project ---------------------------------------------------------------------------

def _workshop_ledger(cfg):
    return ledger({"customers": [], "projects": [
        {"brand": "optima_webdesign", "name": "Atelier Moreau Paysages", "contract_email": "nora@example.com",
         "work_started_at": None},
        {"brand": "optima_webdesign", "name": "Boutique Moreau", "contract_email": "nora@example.com",
         "work_started_at": None}],
        "payments": [{"brand": "optima_webdesign", "id": "w1", "invoice": "OWD-2025-9911",
                      "project": "Atelier Moreau Paysages", "kind": "discovery", "amount": "12000.00",
                      "tax": "2160.00", "currency": "INR", "paid_at": "2025-09-08T10:00:00", "status": "paid",
                      "setup_fee": None, "service_start": None, "next_billing_at": None, "period_start": None,
                      "period_end": None, "milestone_status": None}]}, cfg)


def _thread(answer_body: str):
    cfg = config()
    first = ist(2025, 9, 9, 10, 0)
    triage = Triage(cfg, _workshop_ledger(cfg), FixedClock(first + timedelta(days=2)))
    ask = inbound("nora@example.com", OWD_ADDRESS, "Remboursement atelier", first,
                  "Bonjour,\nNous voulons être remboursés de l'atelier de découverte : notre associée part et le "
                  "projet est en suspens.\nNora", message_id="<ask.fix25a@example.com>")
    answer = inbound("nora@example.com", OWD_ADDRESS, "Re: Remboursement atelier", first + timedelta(days=1),
                     answer_body, message_id="<answer.fix25a@example.com>",
                     In_Reply_To="<reply.fix25a@mailbot.invalid>",
                     References="<ask.fix25a@example.com> <reply.fix25a@mailbot.invalid>")
    return triage.decide([ask, answer]).verdict


def test_the_answer_naming_the_project_decides_the_thread():
    verdict = _thread("Projet : Atelier Moreau Paysages\nFacture : OWD 2025 9911\n\nNora")
    assert {(d.intent, d.outcome, str(d.amount)) for d in verdict.decisions if d.intent == "refund"} == \
        {("refund", "approve", "12000.00")}


def test_an_answer_naming_another_project_still_escalates():
    verdict = _thread("Projet : Boutique Moreau\nFacture : OWD 2025 9911\n\nNora")
    assert {(d.intent, d.outcome) for d in verdict.decisions if d.intent == "refund"} == {("refund", "escalate")}
