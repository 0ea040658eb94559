"""Families of customer writing the fresh27 round's Spanish and Portuguese misses belong to (fix39a), each in the
languages where it exists, with sentences of its own (none copied from the round) and near misses that must keep
reading as before.

- A reference dictated with its separators said as words ("LO guion INV guion ...", "lo dash inv dash ...",
  ``labels.spoken_separators``): the invoice number, as typed with hyphens (es-l01).
- The negation in a regional, dialect or texting spelling (Galician "non ... nin", Asturian "nun", Brazilian "num",
  "ñ", German "ned", "nit", English "dnt", "aint", Hinglish "nhin"): it declines as "no" does (es-l27).
- The end of a contract given as notice after a verb of informing ("les informamos la finalización del contrato",
  "comunicamos a finalização do contrato", "notify you of the end of", "teilen die Beendigung ... mit"): a
  cancellation (es-o09), of a contract-like object or a service with its period ("del soporte mensual"); the end
  of a maintenance job told, or asking to be informed of the end date, names none.
- A refund asked about as what the offer has, under a condition ("¿tienen reembolso si ...?", "existe estorno caso
  ...?", "Bieten Sie eine Erstattung an, falls ...?"): a policy question, no request (pt-o27).
- A purchase still being considered, told as a wish with the business ("estamos querendo contratar vocês", "queremos
  hacer nuestra web con ustedes", "wir möchten unsere Website bei Ihnen erstellen lassen"): the email's questions
  ask about the terms (section 8, before buying) (pt-o27); a cancellation asked of a plan held still asks.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def intents(body: str, brand: str = "lo", subject: str = "Hello") -> set:
    return read_body(body + "\n\nNora", subject=subject, brand=brand).intents


def invoice(body: str, brand: str = "lo") -> str | None:
    return read_body(body + "\n\nNora", brand=brand).fields.invoice_number


@pytest.mark.parametrize("body, brand, expected", [
    ("hola me cobraron dos veces el plan mensual punto la factura repetida es LO guion INV guion 48213 devuelvanmela", "lo",
     "LO-INV-48213"),
    ("Bom dia, paguei duas vezes a mensalidade. A fatura duplicada é LO hífen INV hífen 55190, quero o estorno.", "lo",
     "LO-INV-55190"),
    ("hi i got billed twice this month the second one is invoice lo dash inv dash 77321 please refund it", "lo",
     "LO-INV-77321"),
    ("Hallo, doppelt abgebucht, die zweite Rechnung ist LO Bindestrich INV Bindestrich 66012, bitte erstatten.", "lo",
     "LO-INV-66012"),
    ("Buenas, la factura del anticipo es OWD guion 2025 guion 318 y queremos el reembolso, no empezaron nada.", "owd",
     "OWD-2025-318"),
])
def test_a_reference_dictated_with_its_separators_said(body, brand, expected):
    assert invoice(body, brand) == expected


@pytest.mark.parametrize("body, expected", [
    ("Quiero el reembolso de la factura LO-INV-48213, me cobraron dos veces.", "LO-INV-48213"),
    ("El guion del video no se entiende, la factura es LO INV 48213 y me cobraron dos veces.", "LO-INV-48213"),
    ("Quero o estorno, a fatura é LO-INV-55190. A barra de menu sumiu também.", "LO-INV-55190"),
])
def test_a_reference_typed_or_a_separator_word_elsewhere_reads_as_before(body, expected):
    assert invoice(body) == expected


@pytest.mark.parametrize("body", [
    "Bo día. Non queremos cancelar a conta, só saber cando se renova o plan.",
    "Nun quiero dar de baja nada, solo saber cuándo se cobra el plan anual.",
    "Non quero devolución nin cancelar, só a data da renovación, grazas.",
    "oi num quero cancelar nada nao, so queria saber quando renova",
    "Ñ vou cancelar o plano, só preciso da data da próxima cobrança.",
    "Naum quero reembolso, só saber se posso pagar no boleto.",
    "Servus, ich will ned kündigen, ich wollt nur wissen wann das Abo verlängert wird.",
    "Mir wend nöd kündige, nur wüsse wenn s Abo verlängeret wird.",
    "hey i dnt want to cancel, just wanna know when it renews",
    "we aint cancelling, only need the renewal date",
    "main plan cancel nhin karunga, bas renewal date bata dijiye",
])
def test_the_negation_in_a_regional_or_texting_spelling_declines(body):
    assert intents(body) == set()


@pytest.mark.parametrize("body, expected", [
    ("Quero cancelar o plano num prazo de sete dias, se possível.", {"cancellation"}),
    ("Cancelem o plano por favor, num quero mais.", {"cancellation"}),
    ("Num sei se vocês receberam meu email, quero cancelar o plano.", {"cancellation"}),
    ("Bitte die Domain meinefirma.net kündigen, wir brauchen sie nicht mehr.", {"cancellation"}),
    ("Quiero cancelar mi plan, no funciona el panel desde hace días.", {"cancellation"}),
])
def test_near_misses_of_the_regional_negation_still_ask(body, expected):
    assert intents(body) == expected


@pytest.mark.parametrize("body", [
    "Buenos días. Les informamos de la finalización del contrato de mantenimiento web a partir del próximo ciclo.",
    "Por la presente hacemos saber la rescisión del contrato de hosting de nuestra empresa.",
    "Prezados, comunicamos a finalização do contrato de manutenção do site da clínica, pois fechamos a unidade.",
    "Olá, vimos por meio desta informar o fim do contrato de suporte mensal do nosso projeto.",
    "Dear team, this is to notify you of the end of our maintenance retainer, as we now have an in-house developer.",
    "Sehr geehrte Damen und Herren, hiermit teilen wir Ihnen die Beendigung unseres Betreuungsvertrags mit.",
    "Bonjour, nous vous informons de la fin de notre contrat de maintenance, notre société a été rachetée.",
    "Hum aapko maintenance contract khatam karne ki soochna de rahe hain, company band ho gayi hai.",
])
def test_the_end_of_a_contract_given_as_notice_is_a_cancellation(body):
    assert intents(body, brand="owd") == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hola, ¿me pueden informar la fecha de terminación del contrato de soporte?",
    "Olá, podem me informar a data de término do contrato de manutenção do site?",
    "Hi, can you inform me of the end date of my maintenance plan?",
    "Guten Tag, können Sie mir das Datum der Beendigung des Wartungsvertrags mitteilen?",
    "Les informamos la terminación del proyecto de rediseño, todo quedó perfecto, gracias.",
    "Les informamos la finalización del mantenimiento programado, todo funciona de nuevo.",
    "Olá, informamos o término da manutenção programada, o site já voltou ao ar.",
    "We inform you of the end of the maintenance window, the site is back up.",
    "Wir teilen Ihnen die Beendigung der Wartungsarbeiten mit, alles läuft wieder.",
    "Nous vous informons de la fin de la maintenance, le site est de nouveau en ligne.",
])
def test_asking_about_the_end_or_telling_a_project_done_names_no_cancellation(body):
    assert intents(body, brand="owd") == set()


@pytest.mark.parametrize("body", [
    "Olá! Antes de fechar, uma dúvida: existe estorno caso a gente desista no primeiro mês?",
    "Oi, vocês oferecem reembolso se o layout não agradar a minha sócia?",
    "Hola, una consulta: ¿tienen reembolso si el diseño final no nos convence?",
    "Buenas, ¿dan reembolso si cancelamos en el primer mes?",
    "Guten Tag, bieten Sie eine Erstattung an, falls uns der Entwurf nicht gefällt?",
    "Gibt's Geld zurück, wenn wir nach dem ersten Entwurf abspringen?",
    "Bonjour, proposez-vous un remboursement si la maquette ne convient pas ?",
])
def test_a_refund_asked_about_as_what_the_offer_has_under_a_condition_is_no_request(body):
    assert intents(body, brand="owd") == set()


@pytest.mark.parametrize("body", [
    "Fui cobrada duas vezes na fatura OWD-2025-512. Vocês fazem o estorno se eu mandar o comprovante?",
    "Me cobraron doble el anticipo, quiero el reembolso. ¿Tienen el comprobante del segundo cargo?",
])
def test_a_refund_asked_beside_a_question_still_asks(body):
    assert intents(body, brand="owd") == {"refund"}


@pytest.mark.parametrize("body", [
    "Olá, estamos querendo contratar vocês para a loja virtual da padaria. Dá pra cancelar a hospedagem depois?",
    "Oi! Queremos fazer nosso site com vocês ainda este mês. Dá pra cancelar a hospedagem anual no meio?",
    "Hola, queremos hacer nuestra web con ustedes el mes que viene. ¿Se puede cancelar el hosting luego?",
    "Buenas, estamos queriendo contratar el sitio de la ferretería con ustedes. ¿Y si cancelo al segundo mes?",
    "Hallo, wir möchten unsere Website bei Ihnen erstellen lassen. Kann man das Hosting später kündigen?",
    "Namaste, main apni bakery ki website aapse banwana chahti hoon. Annual hosting baad mein cancel ho sakta hai?",
])
def test_a_purchase_still_considered_makes_the_questions_policy_questions(body):
    assert intents(body, brand="owd") == set()


@pytest.mark.parametrize("body", [
    "Quero fazer o cancelamento do plano com vocês, como faço?",
    "Estamos querendo cancelar o suporte mensal. Vocês podem cancelar ainda hoje?",
    "Queremos hacer la baja del mantenimiento con ustedes. ¿Pueden cancelarlo hoy?",
])
def test_a_cancellation_of_a_plan_held_still_asks(body):
    assert intents(body, brand="owd") == {"cancellation"}
