"""Reading rules of fix26c (English) behind fresh19's misses, each with sentences of its own (none copied from
any round or from the phrasebook).

- An access failure told in new words (L2, then L6 escalate): the login page never passed ('I can't get past the
  sign-in screen'), a page that 'keeps on spinning' or is 'loading and loading', only a white screen.  Not: a
  pricing page or a video not got past, 'keeps on loading new leads', a white screen saver.
- A billing error told in new words (L2, then L5 escalate): the charge said not to exist or not to have happened
  ('this payment should never have been taken'), a cancellation told and another charge showing up in the next
  sentence.  Not: 'the charge shouldn't be more than ...', a cancellation told and another invoice asked for.
- A refund declined with a contracted negation ('we aren't after a refund', 'I wasn't looking for money back'):
  no refund is asked.  Not: 'aren't we owed a refund?'.
- A reason after 'as our ...' with a longer subject ('as our newly hired office manager has ...')
  ('as our in-house marketing lead has joined') is the customer's reason (no need_info).  Not: 'as discussed'.
"""

from __future__ import annotations

import pytest

from tests.helpers import OWD_ADDRESS, config, inbound, ist, read_body


# -- access failure -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please refund LO-INV-9001. Since Monday I cannot get past the sign-in screen on any browser.",
    "Please refund LO-INV-9001. We couldn't even get beyond the login page after paying.",
    "Please refund LO-INV-9001, the reports page just keeps on spinning every time we open it.",
    "Please refund LO-INV-9001, everything is loading and loading and nothing ever appears.",
    "Please refund LO-INV-9001. When I open it there is only a white screen, nothing else.",
])
def test_en_access_failure_told_otherwise(body):
    assert read_body(body).fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "Please refund LO-INV-9001. I honestly can't get past the pricing page, it is too expensive for us.",
    "Please refund LO-INV-9001. The integration keeps on loading new leads we never asked for.",
    "Please refund LO-INV-9001. We only got a white screen saver design from the agency, too basic for us.",
    "Please refund LO-INV-9001. Our intern could not get past the onboarding video, too long for us.",
])
def test_en_no_access_failure_near_misses(body):
    assert read_body(body).fields.reason_code != "access_failure"


# -- billing error --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please refund LO-INV-9002. This payment should never have been taken, we had closed the account.",
    "Please look at LO-INV-9002 and refund it. That renewal shouldn't even exist.",
    "We ended our subscription in July via the settings page. This week another $49 came through from you, "
    "invoice LO-INV-9002. Please refund it.",
])
def test_en_billing_error_told_otherwise(body):
    assert read_body(body).fields.reason_code == "billing_error"


@pytest.mark.parametrize("body", [
    "Please refund LO-INV-9002, the charge shouldn't be more than what the website says and the tool is slow.",
    "We cancelled the old seat in July. Please send another invoice for the new seat, then refund LO-INV-9002 "
    "because the tool is slow.",
])
def test_en_no_billing_error_near_misses(body):
    assert read_body(body).fields.reason_code != "billing_error"


# -- a refund declined with a contracted negation -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Invoice LO-INV-9003 lists a tax line we do not understand. We aren't after a refund, just an explanation.",
    "About LO-INV-9003: I wasn't really looking for money back, only a copy of the receipt.",
])
def test_en_contracted_refund_negation_asks_none(body):
    assert "refund" not in read_body(body).intents


def test_en_contracted_question_still_asks():
    assert "refund" in read_body("We paid LO-INV-9003 twice. Please refund the second payment, aren't we owed it?").intents


# -- a reason after 'as our' with a longer subject ------------------------------------------------------------------

def _owd(body: str):
    from mailbot.reading.extract import Extractor
    reader = Extractor(config().brands["optima_webdesign"], project_names=["Lotus Yoga Loft"])
    return reader.extract(inbound("nora@example.com", OWD_ADDRESS, "Hello", ist(2025, 9, 10, 10, 0), body))


@pytest.mark.parametrize("body,said", [
    ("Please end the monthly maintenance retainer for Lotus Yoga Loft as our newly hired web coordinator will look "
     "after the site.", "web coordinator"),
    ("Please end the monthly maintenance retainer for Lotus Yoga Loft as my sister in law is taking over "
     "the updates.", "sister in law"),
])
def test_en_reason_with_a_longer_subject(body, said):
    assert said in (_owd(body).fields.reason or "")


def test_en_as_discussed_is_no_reason():
    assert _owd("Please end the monthly maintenance retainer for Lotus Yoga Loft as discussed on the phone.")\
        .fields.reason is None


# -- the same access failures in the other packs ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Por favor reembolsen LO-INV-9004. Desde el lunes no paso de la pantalla de inicio de sesión en ningún navegador.",
    "Por favor reembolsen LO-INV-9004. El panel carga y carga, nunca aparece nada.",
    "Por favor reembolsem LO-INV-9004. Desde segunda não consigo passar da tela de login em nenhum navegador.",
    "Por favor reembolsem LO-INV-9004. O painel carrega e carrega, nunca aparece nada.",
    "Merci de rembourser LO-INV-9004. Depuis lundi je reste bloqué sur la page de connexion, quel que soit le navigateur.",
    "Merci de rembourser LO-INV-9004. Le tableau de bord, ça charge et ça charge, rien ne s'affiche.",
    "Bitte erstatten Sie LO-INV-9004. Seit Montag komme ich nicht über die Anmeldeseite hinaus, in keinem Browser.",
    "Bitte erstatten Sie LO-INV-9004. Das Dashboard lädt und lädt, es erscheint nie etwas.",
])
def test_access_failure_told_otherwise_in_other_packs(body):
    assert read_body(body).fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "Por favor reembolsen LO-INV-9004. Sinceramente no paso de la página de precios, es muy caro para nosotros.",
    "Por favor reembolsem LO-INV-9004. Sinceramente não passo da página de preços, é caro demais para nós.",
    "Merci de rembourser LO-INV-9004. Je suis resté bloqué sur la page des tarifs, c'est trop cher pour nous.",
    "Bitte erstatten Sie LO-INV-9004. Ehrlich gesagt komme ich nicht über die Preisseite hinaus, zu teuer für uns.",
])
def test_no_access_failure_near_misses_in_other_packs(body):
    assert read_body(body).fields.reason_code != "access_failure"


# -- the same billing errors in the other packs -----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Dimos de baja la suscripción en julio por la web. Esta semana llegó otro cargo de 49 $, factura LO-INV-9005. "
    "Devuélvanlo, por favor.",
    "Devuélvanme LO-INV-9005, por favor. Este cobro nunca debió haberse hecho.",
    "Encerramos a assinatura em julho pelo site. Esta semana caiu outra cobrança de 49 $, fatura LO-INV-9005. "
    "Devolvam, por favor.",
    "Devolvam LO-INV-9005, por favor. Esse débito nem deveria ter existido.",
    "Nous avons bien annulé l'abonnement en juillet par le site. Cette semaine un nouveau prélèvement de 49 $ est "
    "tombé, facture LO-INV-9005. Remboursez-le, s'il vous plaît.",
    "Remboursez LO-INV-9005, s'il vous plaît. Ce débit n'aurait jamais dû avoir lieu.",
    "Wir haben das Abo im Juli online gekündigt. Gestern kam noch eine Lastschrift über 49 $, Rechnung LO-INV-9005. "
    "Bitte erstatten.",
    "Bitte erstatten Sie LO-INV-9005. Diese Lastschrift hätte es überhaupt nicht geben dürfen, die Zahlung hätte nie "
    "erfolgen dürfen.",
])
def test_billing_error_told_otherwise_in_other_packs(body):
    assert read_body(body).fields.reason_code == "billing_error"


@pytest.mark.parametrize("body", [
    "Dimos de baja el plan anual en julio. ¿Habrá otro cargo este mes? Devuelvan LO-INV-9005, la herramienta es lenta.",
    "Devuélvanme LO-INV-9005, la herramienta es lenta. Ese cargo no debería superar 30 $ al mes.",
    "Encerramos o plano anual em julho. Vai haver outra cobrança este mês? Devolvam LO-INV-9005, a ferramenta é lenta.",
    "Nous avons annulé le plan annuel en juillet. Y aura-t-il un autre prélèvement ? Remboursez LO-INV-9005, l'outil "
    "est lent.",
    "Bitte erstatten Sie LO-INV-9005, das Tool ist langsam. Die Zahlung sollte 30 $ nicht übersteigen.",
])
def test_no_billing_error_near_misses_in_other_packs(body):
    assert read_body(body).fields.reason_code != "billing_error"
