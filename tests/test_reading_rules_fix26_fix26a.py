"""Reading rules of fix26a (Spanish, Portuguese, French; number words in every pack) behind fresh19's misses,
each with sentences of its own (none copied from any round or from the phrasebook).

- An amount restated in words ('..., soit douze mille roupies', 'that is twelve thousand rupees', 'o sea doce mil
  rupias', 'ou seja, doze mil rupias', 'also zwölftausend Rupien', 'yaani barah hazaar rupaye') is no reason:
  ``text.number_words`` (numerals, multipliers, currency names) count like a word holding a digit in
  mailbot/reading/purpose.py, in every pack.  End to end: a deposit refund asked with only its amount in words
  asks for the reason, it never approves.  A part with a word of its own ('le studio a fermé') stays the reason.
- A use no longer planned told in the future ('ya no lo vamos a usar', 'não vamos usar mais', 'on ne va plus s'en
  servir') is a reason (es pt fr, as en 'not going to use'); ', asi q' (chat 'que') is a consequence connector.
- The cancellation demanded ('exigimos la baja', 'la baja definitiva del servicio') asks to cancel (es); a price
  drop demanded ('la baja de las tarifas') does not.
- The money named by its pronoun asked back with 'regresar' ('¿me lo regresan?', 'regrésenmelo') asks a refund
  (es, Mexico); a site or a design restored ('nos lo regresan a la versión anterior') does not.
- Leaving the plan asked as a bare noun with a please word ('Désabonnement svp', 'Baja por favor', 'Descadastramento,
  por favor') or asked for ('je demande mon désabonnement') is a cancellation (fr es pt); a newsletter's
  'lien de désabonnement' is not.
- A reason hard-wrapped over two lines by the mail client is read with the wrap joined (unlabelled_reason.py),
  only when the lines as written give none.
- A refund not sought with the verbs of wishing, intending and expecting ('não pretendemos qualquer reembolso', 'no
  deseamos reembolso alguno', 'nous n'attendons aucun remboursement') asks no refund (pt es fr).
"""

from __future__ import annotations

import functools

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import OWD_ADDRESS, config, inbound, ist, ledger, read_body

PROJECT = "Jardin Bleu Yoga"


@functools.cache
def _owd_reader():
    from mailbot.reading.extract import Extractor
    return Extractor(config().brands["optima_webdesign"], project_names=[PROJECT])


def _owd(body: str):
    return _owd_reader().extract(inbound("nora@example.com", OWD_ADDRESS, "Hello", ist(2025, 9, 10, 10, 0), body))


def intents(body: str, brand: str = "lo") -> set:
    return set(read_body(body, brand=brand).intents)


# -- an amount restated in words is no reason (every pack) -----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Could you refund the deposit OWD-2025-8801 for Jardin Bleu Yoga, that is twelve thousand rupees.",
    "Kindly refund our advance OWD-2025-8801 for Jardin Bleu Yoga, namely Rupees twelve thousand five hundred only.",
    "Les ruego reembolsar el anticipo OWD-2025-8801 del proyecto Jardin Bleu Yoga, o sea doce mil rupias.",
    "Peço que devolvam o sinal OWD-2025-8801 do projeto Jardin Bleu Yoga, ou seja, doze mil rupias.",
    "Merci de rembourser l'acompte OWD-2025-8801 du projet Jardin Bleu Yoga, soit douze mille cinq cents roupies.",
    "Bitte erstatten Sie die Anzahlung OWD-2025-8801 für Jardin Bleu Yoga, also zwölftausendfünfhundert Rupien.",
    "Jardin Bleu Yoga ka advance OWD-2025-8801 refund kar dijiye please, yaani barah hazaar rupaye.",
    "Merci de rembourser l'acompte OWD-2025-8801. Il s'agit de douze mille roupies.",
    "Les pido el reembolso del anticipo OWD-2025-8801. Se trata de doce mil rupias.",
    "Peço o reembolso do sinal OWD-2025-8801. Trata-se de doze mil rupias.",
    "Please refund the deposit OWD-2025-8801. The amount is twelve thousand rupees.",
])
def test_an_amount_in_words_is_no_reason(body):
    assert _owd(body).fields.reason is None


@pytest.mark.parametrize("body,said", [
    ("Merci de rembourser l'acompte OWD-2025-8801 du projet Jardin Bleu Yoga, soit douze mille roupies, le studio a "
     "fermé.", "fermé"),
    ("Could you refund the deposit OWD-2025-8801 for Jardin Bleu Yoga, twelve thousand rupees, we closed the studio.",
     "closed"),
    ("Merci de rembourser l'acompte OWD-2025-8801. Il s'agit d'un changement de prestataire.", "prestataire"),
    ("Les pido el reembolso del anticipo OWD-2025-8801. Se trata de un cambio de proveedor.", "proveedor"),
    ("Please refund the deposit OWD-2025-8801. Two partners left the business.", "partners left"),
])
def test_a_word_of_its_own_beside_the_amount_stays_the_reason(body, said):
    assert said in (_owd(body).fields.reason or "")


def _deposit_ledger(cfg):
    return ledger({"customers": [], "projects": [
        {"brand": "optima_webdesign", "name": PROJECT, "contract_email": "nora@example.com", "work_started_at": None}],
        "payments": [{"brand": "optima_webdesign", "id": "d1", "invoice": "OWD-2025-8801", "project": PROJECT,
                      "kind": "deposit", "amount": "12000.00", "tax": "2160.00", "currency": "INR",
                      "paid_at": "2025-09-09T10:00:00", "status": "paid", "setup_fee": None, "service_start": None,
                      "next_billing_at": None, "period_start": None, "period_end": None,
                      "milestone_status": None}]}, cfg)


def _decide(body: str):
    cfg = config()
    triage = Triage(cfg, _deposit_ledger(cfg), FixedClock(ist(2025, 9, 10, 12, 0)))
    msg = inbound("nora@example.com", OWD_ADDRESS, "Acompte OWD-2025-8801", ist(2025, 9, 10, 10, 0), body,
                  message_id="<deposit.fix26a@example.com>")
    return triage.decide([msg]).verdict


def test_a_deposit_refund_with_only_its_amount_in_words_asks_for_the_reason():
    verdict = _decide("Bonjour,\n\nMerci de rembourser l'acompte OWD-2025-8801 (Jardin Bleu Yoga), soit douze mille "
                      "roupies.\n\nBonne journée,\nNora")
    assert not any(d.intent == "refund" and d.outcome == "approve" for d in verdict.decisions)
    assert "reason" in verdict.missing


def test_a_deposit_refund_with_a_reason_beside_the_amount_is_still_decided():
    verdict = _decide("Bonjour,\n\nMerci de rembourser l'acompte OWD-2025-8801 (Jardin Bleu Yoga), soit douze mille "
                      "roupies : notre associée quitte le projet.\n\nBonne journée,\nNora")
    assert {(d.intent, d.outcome) for d in verdict.decisions if d.intent == "refund"} == {("refund", "approve")}


# -- a use no longer planned, told in the future, is a reason (es pt fr) ---------------------------------------------

@pytest.mark.parametrize("body,said", [
    ("buenas, pues ya no lo vamos a usar y devuélvanme lo de septiembre", "usar"),
    ("bom dia, não vamos usar mais e queremos o reembolso de setembro", "usar"),
    ("bonjour, on ne va plus l'utiliser et je veux le remboursement de septembre", "utiliser"),
])
def test_a_use_no_longer_planned_is_the_reason(body, said):
    assert said in (read_body(body).fields.reason or "")


@pytest.mark.parametrize("body", [
    "buenas, pues no lo vamos a cambiar y devuélvanme lo de septiembre",
    "bom dia, não vamos esperar mais e queremos o reembolso de setembro",
])
def test_another_future_is_no_reason(body):
    assert read_body(body).fields.reason is None


@pytest.mark.parametrize("body,said", [
    ("Pido el reembolso de los meses que no vamos a usar. Cerramos la oficina de Quito en octubre.", "oficina"),
    ("Quero de volta o proporcional dos dias que não vamos usar. A nossa loja do centro fechou de vez.", "loja"),
])
def test_the_unused_part_asked_back_is_no_reason(body, said):
    assert said in (read_body(body).fields.reason or "")


def test_asi_q_ends_the_reason_before_the_ask():
    said = read_body("buenas, se nos acabó el presupuesto, asi q devuélvanme lo de septiembre").fields.reason or ""
    assert "presupuesto" in said and "devu" not in said


# -- the cancellation demanded (es) ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Exigimos la baja. Nadie responde desde hace un mes.",
    "Exijo la baja definitiva del servicio hoy mismo.",
])
def test_the_cancellation_demanded_asks_to_cancel(body):
    assert "cancellation" in intents(body)


@pytest.mark.parametrize("body", [
    "Exigimos la baja de las tarifas, son abusivas.",
    "Exijo la baja inmediata de los precios del plan anual.",
])
def test_a_price_drop_demanded_asks_no_cancellation(body):
    assert "cancellation" not in intents(body)


# -- the money named by its pronoun, asked back with 'regresar' (es) -------------------------------------------------

@pytest.mark.parametrize("body", [
    "Pagué el anticipo ayer y cambiamos de planes. ¿Me lo regresan por favor?",
    "Pagué el anticipo ayer y cambiamos de planes. Regrésenmelo completo.",
])
def test_the_money_asked_back_with_regresar(body):
    assert "refund" in intents(body, brand="owd")


@pytest.mark.parametrize("body", [
    "El banner nuevo no nos convence. ¿Nos lo regresan a la versión anterior?",
    "La portada quedó rara, ¿me la regresan como estaba?",
])
def test_a_design_restored_is_no_refund(body):
    assert "refund" not in intents(body, brand="owd")


# -- leaving the plan asked as a bare noun (fr es pt) ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Désabonnement immédiat svp. Merci. MD",
    "Je demande mon désabonnement. MD",
    "Baja por favor. MD",
    "Descadastramento, por favor. MD",
])
def test_a_bare_unsubscribing_noun_asks_to_cancel(body):
    assert "cancellation" in intents(body)


@pytest.mark.parametrize("body", [
    "Le lien de désabonnement de votre newsletter ne marche pas.",
    "Désabonnement de la newsletter svp.",
    "La baja de precios fue una buena noticia.",
])
def test_an_unsubscribe_link_or_a_price_drop_asks_no_cancellation(body):
    assert "cancellation" not in intents(body)


# -- a reason hard-wrapped over two lines ----------------------------------------------------------------------------

def test_a_reason_cut_by_a_hard_wrap_is_read():
    body = ("Bonjour,\n\nNous demandons le remboursement de la partie non utilisée du forfait de maintenance annuel. "
            "Notre fille s'en\nchargera dorénavant.\n\nCordialement,\nNora")
    assert read_body(body, brand="owd").fields.reason == "Notre fille s'en chargera dorénavant."


def test_a_wrapped_courtesy_is_still_no_reason():
    body = ("Bonjour,\n\nNous demandons le remboursement de la partie non utilisée du forfait de maintenance annuel.\n"
            "Dans l'attente de votre retour, je vous prie d'agréer\nmes salutations distinguées.\n\nNora")
    assert read_body(body, brand="owd").fields.reason is None


# -- a refund not sought (pt es fr) ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Peço o cancelamento do plano anual. Não pretendemos qualquer reembolso, só que parem de cobrar.",
    "Peço o cancelamento do plano anual. Não desejamos reembolso.",
    "Pido la baja del plan anual. No deseamos reembolso alguno.",
    "Je demande la résiliation du forfait annuel. Nous n'attendons aucun remboursement.",
    "Je demande la résiliation du forfait annuel. Nous ne prétendons à aucun remboursement.",
])
def test_a_refund_not_sought_asks_no_refund(body):
    assert intents(body) == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Não pretendemos continuar. Queremos o reembolso do mês.",
    "No deseamos esperar más: exigimos el reembolso.",
    "Nous n'attendons pas la fin du mois : remboursez-nous.",
])
def test_a_refund_asked_after_another_negation_is_still_read(body):
    assert "refund" in intents(body)
