"""Reading rules generalised from the twelfth fresh round's L2 misses (fix20a), each with sentences of its own
(none copied from any round), in every language where the same rule exists.

An L2 exception reason that was not recognised made the bot deny a refund under L1 instead of escalating it
(POLICY_SPEC section 4, L2/L5/L6).  The families, now read in all six packs:

- access failure: nobody on the team can get in ("none of us can log in", "personne ne peut se connecter",
  "nadie puede entrar", "ninguém consegue entrar", "niemand kann sich einloggen"), the customer has not been
  able to since paying ("I haven't been able to log in", "je n'ai pas pu me connecter", "ich konnte mich
  ... nicht anmelden"), a spinner or a blank page where the dashboard should be, a workspace suspended.
  Decision: another service's account ("my Gmail account is locked", "mein Gmail-Konto ist gesperrt") is no
  access failure: the account must be the customer's own with us (a determiner before it) or the workspace.
- billing error: a wrong amount ("the amount you charged is wrong", "o valor veio errado", "le montant
  prélevé est incorrect", "der Betrag stimmt nicht"), an agreed price followed by another figure charged
  (a figure must stand between the two words: "charged as agreed" is no error), a plan named and another one
  charged ("our plan is quarterly but the renewal charged the annual price", "plan quarterly hai par annual
  ka charge", "monthly ki jagah annual"), a plan never chosen, and a charge after the customer cancelled
  ("I cancelled ... you took another payment anyway").
- The reason given in the answer of a C3 thread counts like one given in the first email.

Optima retainer cancellations (O4):

- Leaving the service the agency runs, wished or decided ("queremos dejar la gestión de redes", "queremos
  deixar a gestão", "we want to drop the social media management", "we have decided to give up the SEO
  retainer", "wir möchten die Betreuung aufgeben", "management chhodna hai") asks to cancel; negated, asked
  about under a condition, or another thing left ("dejar un comentario") it does not.
- A reason after a colon in the asking sentence that holds a bare count of how long ("Nous résilions le
  contrat (...) : aucun client depuis 6 mois") is read; a figure of the payment there (an invoice, an
  amount, a date) still is not (same decision as fix18 for the part after the last comma).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, config, inbound, ist, ledger

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])


def code(body: str) -> str | None:
    text = "Hello,\n\n" + body + "\n\nRegards\nNora"
    return LO.extract(inbound("nora@example.com", LO_ADDRESS, "Hello", ist(2025, 9, 10, 10, 0), text)).fields.reason_code


# -- access failure ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Since the renewal the dashboard only shows a spinning wheel and nobody on the team can get in. Please refund this month.",
    "None of us can log in since Tuesday, so I want a refund of the last payment.",
    "I haven't been able to log in since the day I paid. Refund please.",
    "We have not been able to access the platform for a week now. I want my money back.",
    "Our workspace got suspended right after we paid and support did not fix it. Refund please.",
    "The app keeps showing a blank screen, I could not get in once this month. Refund please.",
    "No one in our office can access the account since we renewed. Refund please.",
    "I can't get in to my account, it just spins. Please give me a refund.",
    "I couldn't log in to the dashboard since Monday. Refund please.",
    "We cannot sign in, it says the session expired every time. Refund please.",
    "Personne dans l'équipe ne peut se connecter depuis lundi. Je veux un remboursement.",
    "Depuis le paiement, le tableau de bord reste vide et tourne sans fin. Remboursez-moi.",
    "Je n'ai pas pu me connecter depuis le jour du paiement. Remboursement svp.",
    "Notre espace de travail a été suspendu juste après le paiement. Remboursez-nous.",
    "Le tableau de bord affiche une page blanche depuis la mise à jour. Remboursez svp.",
    "L'écran blanc s'affiche depuis lundi, remboursez-moi.",
    "Aucun de nous n'arrive à accéder au compte. Je demande un remboursement.",
    "Ninguém da equipe consegue entrar desde segunda. Quero reembolso.",
    "Desde o pagamento o painel fica só carregando. Quero reembolso.",
    "Nosso espaço de trabalho foi suspenso logo depois do pagamento. Quero reembolso.",
    "O painel aparece em branco desde a atualização. Quero reembolso.",
    "Não estou conseguindo acessar a conta. Quero reembolso.",
    "Nadie del equipo puede entrar desde el lunes. Quiero reembolso.",
    "Nuestro espacio de trabajo fue suspendido justo después del pago. Quiero reembolso.",
    "El panel sale en blanco desde la actualización. Quiero reembolso.",
    "No estoy pudiendo acceder a la cuenta. Quiero reembolso.",
    "Niemand im Team kann sich seit Montag einloggen. Bitte erstatten.",
    "Seit der Zahlung lädt das Dashboard nur noch endlos. Bitte erstatten.",
    "Ich konnte mich seit dem Tag der Zahlung nicht anmelden. Bitte erstatten.",
    "Unser Workspace wurde direkt nach der Zahlung gesperrt. Bitte erstatten.",
    "Das Dashboard zeigt seit dem Update nur eine weiße Seite. Bitte erstatten.",
    "Wir kommen nicht mehr in das Konto rein. Bitte erstatten.",
    "Humara workspace payment ke baad suspend ho gaya. Refund chahiye.",
    "Payment ke baad dashboard par sirf blank screen aa rahi hai, kuch bhi nahi dikh raha. Paise wapas kijiye.",
])
def test_access_failure_in_other_words_is_read(body):
    assert code(body) == "access_failure"


@pytest.mark.parametrize("body", [
    "The dashboard is great but we don't need it any more. Refund please.",
    "I haven't logged in for months, so please refund the renewal.",
    "Please refund, I never used the dashboard since I paid.",
    "My Gmail account is locked so I'm writing from my phone; please refund the plan.",
    "Mein Gmail-Konto ist gesperrt, deshalb schreibe ich von hier; bitte erstatten.",
    "Je ne me suis pas connecté depuis des mois, merci de rembourser.",
    "Não entro na plataforma há meses, por isso quero reembolso.",
    "No entro en la plataforma desde hace meses, así que quiero reembolso.",
    "Ich habe mich seit Monaten nicht eingeloggt, bitte erstatten.",
    "I'm writing from my Gmail because I can't get into the office mailbox. Please refund the renewal.",
    "I could not log into my Outlook, so this comes from my phone. Refund the last payment please.",
    "Nous arrêtons le projet de la Librairie Page Blanche, merci de rembourser l'acompte.",
])
def test_not_using_the_tool_or_another_account_is_no_access_failure(body):
    assert code(body) not in ("access_failure", "billing_error", "duplicate_payment")


# -- billing error -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "I cancelled the plan on the 3rd and you still took the payment on the 10th anyway. Refund please.",
    "I had already cancelled but another payment went out on the 21st. I want it back.",
    "Even though I ended my subscription in August you renewed it and billed me. Refund please.",
    "The agreed price was 49.00 a month but you charged 59.00 on LO-INV-2. Please refund the difference.",
    "The amount you charged is wrong: it should be 1,499 not 3,999. Refund please.",
    "The invoice amount is incorrect, we were billed 3,999 instead of 1,499. Refund the extra please.",
    "Our plan is quarterly but the renewal charged the annual price. Refund please.",
    "The charge was higher than my plan price. Please refund.",
    "Le prix convenu était de 39,00 € par mois, or vous avez prélevé 49,00 €. Merci de me rembourser la différence.",
    "Le montant prélevé est incorrect. Merci de rembourser.",
    "Le montant est erroné, merci de rembourser.",
    "Vous m'avez facturé le mauvais montant sur la facture LO-INV-5. Remboursez-moi svp.",
    "Le montant facturé n'est pas le bon : 59 € au lieu de 49 €. Je demande le remboursement.",
    "Vous m'avez surfacturé ce mois-ci, je veux être remboursé.",
    "Notre forfait est trimestriel mais vous avez prélevé le tarif annuel. Remboursez-nous.",
    "Nous avions résilié l'abonnement, et un nouveau prélèvement est passé le 21. Remboursez-le.",
    "Je n'ai jamais choisi la formule annuelle, merci de me rembourser.",
    "O valor da fatura veio errado, cobraram 2.999 e o meu plano é de 999. Quero o reembolso.",
    "O valor cobrado está incorreto. Quero reembolso.",
    "Cobraram 3.999 sendo que meu plano é o mensal de 1.499. Reembolso, por favor.",
    "O preço combinado era 49 por mês, mas debitaram 59. Devolvam a diferença.",
    "Meu plano é trimestral mas cobraram o anual. Quero reembolso.",
    "Eu já tinha cancelado a assinatura e veio outra cobrança no dia 21. Quero reembolso.",
    "Nunca escolhi o plano anual. Quero reembolso.",
    "El importe cobrado es incorrecto. Quiero el reembolso.",
    "El precio acordado era 49 € al mes, pero me cobrasteis 59 €. Devolvedme la diferencia.",
    "Me cobraron 3.999 cuando mi plan es el mensual de 1.499. Quiero reembolso.",
    "Mi plan es trimestral pero me cobraron el anual. Quiero reembolso.",
    "Ya había dado de baja la suscripción y me llegó otro cargo el 21. Quiero reembolso.",
    "Cancelé la suscripción y aun así me llegó otro cargo. Quiero reembolso.",
    "Nunca elegí el plan anual. Quiero reembolso.",
    "El importe de la factura está mal. Quiero reembolso.",
    "Nos han cobrado mal la cuota de septiembre. Quiero reembolso.",
    "Der abgebuchte Betrag ist falsch. Bitte erstatten.",
    "Vereinbart waren 49 € im Monat, abgebucht haben Sie 59 €. Bitte erstatten Sie die Differenz.",
    "Den Jahresplan habe ich nie ausgewählt. Bitte erstatten.",
    "Der Rechnungsbetrag stimmt nicht. Bitte erstatten.",
    "Hamara plan monthly hai lekin renewal mein quarterly ka charge kat gaya. Refund kijiye.",
    "Mera plan annual hai par aapne monthly ka paisa kaat liya. Refund chahiye.",
    "Monthly ki jagah annual ka charge ho gaya. Refund kijiye.",
    "Ye plan maine kabhi select nahi kiya. Refund kijiye.",
    "Tay hua price 49 tha, aapne 59 kaat liya. Difference refund kijiye.",
])
def test_billing_error_in_other_words_is_read(body):
    assert code(body) == "billing_error"


@pytest.mark.parametrize("body", [
    "I cancelled last month and I want a refund of my last payment because I don't use it.",
    "The amount is not wrong, I just don't need the plan. Refund please.",
    "I was charged the correct amount, but I want a refund because we closed the shop.",
    "The agreed price was charged correctly, but we no longer need the tool. Refund please.",
    "Le montant est correct, mais nous n'utilisons plus l'outil. Merci de rembourser.",
    "Le tarif convenu a bien été prélevé, mais nous n'utilisons plus l'outil. Remboursez-nous.",
    "J'ai résilié le mois dernier, merci de rembourser le dernier mois car je ne l'utilise pas.",
    "O valor está certo, mas não usamos mais a ferramenta. Quero reembolso.",
    "Cancelei no mês passado e quero o reembolso porque não uso.",
    "El importe es correcto, pero ya no usamos la herramienta. Quiero reembolso.",
    "Cancelé el mes pasado y quiero reembolso porque no lo uso.",
    "El precio no está mal, pero ya no lo usamos. Quiero reembolso.",
    "El importe de la factura no está mal, pero ya no usamos la herramienta. Quiero reembolso.",
    "Der Betrag stimmt, aber wir nutzen das Tool nicht mehr. Bitte erstatten.",
    "Der Betrag wurde wie vereinbart abgebucht, wir nutzen es aber nicht mehr. Bitte erstatten.",
    "Amount sahi hai, bas ab tool use nahi karte. Refund kijiye.",
    "Ye plan humne kabhi use nahi kiya. Refund kijiye.",
])
def test_an_ordinary_charge_or_past_cancellation_is_no_billing_error(body):
    assert code(body) not in ("access_failure", "billing_error", "duplicate_payment")


# -- the reason answered in a C3 thread --------------------------------------------------------------------

def test_an_access_failure_answered_in_the_thread_escalates_the_refund():
    first = ist(2025, 9, 11, 10, 0)
    data = {"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora", "plan": "monthly",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-10",
                           "current_period_end": "2025-10-09"}],
            "payments": [{"brand": "leadsoptima", "id": "p1", "invoice": "LO-INV-55210", "customer_email": "nora@example.com",
                          "kind": "subscription", "plan": "monthly", "amount": "1499.00", "tax": "0.00",
                          "currency": "INR", "paid_at": "2025-09-10T10:00:00", "period_start": "2025-09-10",
                          "period_end": "2025-10-09", "status": "paid"}]}
    triage = Triage(CFG, ledger(data, CFG), FixedClock(first + timedelta(days=2)))
    ask = inbound("nora@example.com", LO_ADDRESS, "refund LO-INV-55210", first,
                  "Hi, I need a refund of LO-INV-55210 please.\n\nNora", message_id="<ask.fix20a@example.com>")
    answer = inbound("nora@example.com", LO_ADDRESS, "Re: refund LO-INV-55210", first + timedelta(days=1),
                     "Of course: none of us has been able to log in since we paid, the page just spins.\n\nNora",
                     message_id="<answer.fix20a@example.com>", In_Reply_To="<reply.fix20a@mailbot.invalid>",
                     References="<ask.fix20a@example.com> <reply.fix20a@mailbot.invalid>")
    result = triage.decide([ask, answer])
    assert {(d.intent, d.outcome) for d in result.verdict.decisions} == {("refund", "escalate")}


# -- Optima: leaving the service the agency runs; a reason after a colon with a count of months -------------

OWD = Extractor(CFG.brands["optima_webdesign"])


def owd(body: str):
    text = "Hello,\n\n" + body + "\n\nRegards\nNora"
    return OWD.extract(inbound("nora@example.com", "optimawebdesigns12@gmail.com", "Hello", ist(2025, 9, 10, 10, 0), text))


@pytest.mark.parametrize("body", [
    "Queremos dejar la gestión de redes sociales a partir del mes que viene porque la llevará alguien de la casa.",
    "Quiero dejar el mantenimiento de la web, ya lo hará mi hijo.",
    "Hemos decidido dejar el servicio de posicionamiento SEO, no vemos resultados.",
    "Vamos a dejar la iguala mensual de redes porque cerramos la tienda.",
    "Queremos deixar a gestão das redes sociais porque a minha sobrinha vai tratar disso.",
    "We want to drop the social media management because my niece will handle it.",
    "We have decided to give up the SEO retainer, we see no results.",
    "Wir möchten die Social-Media-Betreuung aufgeben, meine Nichte übernimmt das.",
    "Social media management chhodna hai, ab meri bhatiji sambhalegi.",
])
def test_leaving_the_service_asks_to_cancel(body):
    assert "cancellation" in owd(body).intents


@pytest.mark.parametrize("body", [
    "No queremos dejar la gestión de redes, solo cambiar la factura.",
    "Quiero dejar un comentario sobre el diseño de la web.",
    "Si dejamos el mantenimiento, ¿qué pasa con el hosting?",
    "Não queremos deixar a gestão das redes, só mudar o horário das publicações.",
    "We don't want to drop the social media management, just change the posting times.",
    "We have decided not to give up the SEO retainer.",
    "Wir wollen die Betreuung nicht aufgeben, nur die Zeiten ändern.",
])
def test_staying_or_another_leave_asks_no_cancellation(body):
    assert "cancellation" not in owd(body).intents


@pytest.mark.parametrize("body", [
    "Nous résilions le contrat de maintenance du site (Boulangerie Petit, facture OWD-2025-12) : aucun client ne "
    "vient du site depuis 6 mois.",
    "We are ending the social media retainer (last invoice OWD-2025-411): the posts have brought nothing for 4 months.",
    "Kündigen hiermit den Wartungsvertrag (Rechnung OWD-2025-77): seit 5 Monaten keine einzige Anfrage über die Seite.",
    "Cancelamos la iguala de redes (factura OWD-2025-9): en 3 meses no ha entrado ni un cliente.",
])
def test_a_reason_after_the_colon_with_a_count_of_months_is_read(body):
    found = owd(body)
    assert "cancellation" in found.intents
    assert found.fields.reason and any(ch.isdigit() for ch in found.fields.reason)


@pytest.mark.parametrize("body", [
    "Please cancel the hosting plan: invoice OWD-2025-4410.",
    "Cancelen el mantenimiento: factura OWD-2025-118 del 12.09.2025.",
])
def test_a_figure_of_the_payment_after_the_colon_is_no_reason(body):
    assert owd(body).fields.reason is None
