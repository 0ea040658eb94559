"""Reading rules generalised from the eleventh fresh round's Portuguese and English misses and the French
phrasebook (fix19b), each with sentences of its own (none copied from any round or the phrasebook), in
every language where the same rule exists.

- The recurring fee asked to stop ("só quero parar a mensalidade", "I just want to stop paying the
  monthly fee", "dejen de cobrarme la cuota mensual", "merci de stopper les prélèvements mensuels",
  "bitte die Monatszahlung einstellen", "monthly fee rok dijiye") asks to cancel the plan; the same
  words negated, told as done or asked about ask nothing.
- An amount asked back by its figure ("send back the second 999", "return the extra ₹499") asks for
  a refund, and a charge told in the -ing form ("charging my card twice") is a duplicate payment;
  a figure that counts things ("return the 2 signed forms") asks for nothing.
- French "avoir" is a credit note (a refund) only as a noun ("un avoir", "facture d'avoir"); the verb
  ("pour avoir une trace", "merci d'avoir répondu") asks for nothing.
- The policy quoted from the site ("votre site dit « aucun remboursement sauf ... »") and a refund's
  timing named as a topic or asked in general ("Délais de remboursement", "how long does a refund
  take?") ask for nothing, in every language.
- A cancellation named as old ("Ancienne annulation", "our previous cancellation") tells history.
- An explanation declined ("Pas le temps d'expliquer", "No time to explain") and a sentence that only
  refuses further charges ("Je ne veux plus de frais") are no reason; a reason label that opens its
  sentence may end with a question mark ("Raison ? chômage", "Reason? job loss").
- A reason written in a postscript below the signature ("P.-S. on a trouvé moins cher", "P.S. we
  moved to ...", "P.D. cerramos la tienda") is the customer's reason when the request gave none; the
  rest of a signature, or a postscript that is no reason, never is.
- A greeting written without a comma ("bonjour mon fils a cliqué ...", "hola cerramos ...") is set
  aside like "Bonjour," before the reason that follows it on the same line.
- Telegraphic mail that runs on after a one-word "please" ("résilier svp je change de métier",
  "cancel sub pls moving abroad") gives the words after it as the reason, as after a colon.
- The writer introducing themselves ("c'est la gérante du salon X", "I am the owner of Y") is no
  reason; a reason told in the same part ("I am the owner and I am selling it") still is.
- A refund never asked for or not wished ("je n'ai jamais demandé de remboursement", "je ne désire pas
  être remboursée", "I do not wish to be refunded", "you don't have to refund me", "nunca pedí un
  reembolso", "ich habe nie eine Erstattung verlangt") is declined, in all six packs; a refund never
  received, or a threat "if you don't refund me", still asks for it.
- The plan no longer wished to continue ("je ne souhaite plus continuer l'abonnement", "we no longer
  wish to continue the subscription", "no deseamos continuar con la suscripción", "não queremos
  continuar com a assinatura", "plan aage continue nahi karna") asks to cancel; wishing to continue
  it asks nothing.
- Unsubscribing from the plan or the service ("je me désabonne", "désabonnez-moi svp", "desuscribirme
  del plan", "me descadastrar do plano", "mich vom Abo abmelden") asks to cancel; unsubscribing from a
  newsletter does not.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hello", brand: Extractor = LO):
    address = LO_ADDRESS if brand is LO else "support@optimawebdesign.com"
    return brand.extract(inbound("nora@example.com", address, subject, ist(2025, 9, 10, 10, 0), body))


# -- the recurring fee asked to stop --------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Olá, tudo bem? Só quero parar a mensalidade do nosso site, porque a empresa vai mudar de ramo.\nAbraço, Rui",
    "Bom dia. Queremos parar de pagar a mensalidade da hospedagem, já que a loja vai fechar em dezembro.\nRui",
    "Boa tarde, por favor parem a mensalidade do plano de SEO, a clínica foi vendida.\nObrigado, Rui",
    "Hi team, I just want to stop paying the monthly fee, as we are closing the bakery.\nThanks, Nora",
    "Hello, please stop the monthly payments for our account, the studio is shutting down.\nNora",
    "Hello, could you stop all future charges on my card? We have moved to an in-house team.\nNora",
    "Hola, quiero dejar de pagar la cuota mensual porque cerramos el taller en enero.\nGracias, Nora",
    "Buenas, por favor paren los cargos mensuales de la suscripción, vendimos el negocio.\nNora",
    "Bonjour, je veux juste arrêter de payer l'abonnement mensuel car je ferme mon cabinet.\nMerci, Nora",
    "Bonjour, merci de stopper les prélèvements mensuels, notre association est dissoute.\nNora",
    "Hallo, ich möchte die monatliche Zahlung stoppen, weil wir unser Geschäft aufgeben.\nGrüße, Nora",
    "Guten Tag, bitte die Monatszahlungen einstellen, da wir die Praxis schließen.\nNora",
    "Namaste, monthly fee rok dijiye, hamari dukaan band ho rahi hai.\nNora",
    "नमस्ते, मासिक शुल्क रोक दीजिए, हमारी दुकान बंद हो रही है।\nनोरा",
])
def test_a_recurring_fee_asked_to_stop_is_a_cancellation(body):
    assert read(body, brand=OWD).intents == {"cancellation"}
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Olá, não quero parar a mensalidade do site, só trocar o cartão de crédito cadastrado.\nRui",
    "Hello, I don't want to stop the monthly payments, I only need to update the card on file.\nNora",
    "Hello, why did you stop the monthly billing on our account last week?\nNora",
    "Hola, no quiero parar la mensualidad, solo cambiar la tarjeta registrada.\nNora",
    "Bonjour, je ne veux pas arrêter les prélèvements mensuels, juste changer de carte bancaire.\nNora",
    "Hallo, ich will die monatliche Zahlung nicht stoppen, nur die hinterlegte Karte ändern.\nNora",
    "Namaste, monthly fee mat rokiye, bas card badalna hai.\nNora",
])
def test_a_recurring_fee_kept_or_asked_about_is_no_cancellation(body):
    assert "cancellation" not in read(body).intents


def test_a_negated_refund_beside_a_fee_asked_to_stop_keeps_only_the_cancellation():
    body = ("Olá! Não quero reembolso nenhum, a fatura de agosto está paga e certo. Só queremos parar a "
            "mensalidade da loja virtual porque vamos vender apenas pelo aplicativo.\nMarta")
    found = read(body, brand=OWD)
    assert found.intents == {"cancellation"}
    assert found.fields.reason


# -- an amount asked back by its figure; the -ing form of a duplicate charge ----------------------------

@pytest.mark.parametrize("body", [
    "Lovely, you billed me twice this month. Please send back the second 1,499 (LO-INV-20001).\nNora",
    "Hi, kindly return the extra ₹499 you took on the 3rd.\nNora",
    "Hello, please give us back the other $49 before Friday.\nNora",
    "Hello, please send the duplicate 2,999 back to my card.\nNora",
])
def test_an_amount_asked_back_by_its_figure_is_a_refund(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "Hello, please return the 2 signed forms by Friday.\nNora",
    "Hi, send back the 3 documents when you can.\nNora",
])
def test_a_figure_that_counts_things_asks_for_no_refund(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Great service, charging my card twice for the same renewal. Send back the second 999 please.\nNora",
    "Brilliant: billing us two times for September. Please refund one of them.\nNora",
])
def test_a_charge_told_in_the_ing_form_is_a_duplicate_payment(body):
    found = read(body)
    assert found.intents == {"refund"}
    assert found.fields.reason_code == "duplicate_payment"


# -- French 'avoir': the noun is a credit note, the verb asks nothing -----------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, je vous écris pour avoir une confirmation de mon changement d'adresse.\nMerci, Léa",
    "Bonjour, merci d'avoir corrigé la facture si vite. Pouvez-vous m'envoyer le reçu ?\nLéa",
    "Bonjour, je voudrais avoir accès au tableau de bord de mon collègue.\nLéa",
])
def test_the_verb_avoir_asks_for_no_refund(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Bonjour, le mois de mai a été prélevé deux fois, merci de m'établir un avoir.\nLéa",
    "Bonjour, je souhaite un avoir de 39 € sur la prochaine facture, le double prélèvement est une erreur.\nLéa",
    "Bonjour, pourriez-vous émettre une facture d'avoir pour le doublon de juin ?\nLéa",
])
def test_a_credit_note_asked_is_a_refund(body):
    assert "refund" in read(body).intents


# -- the quoted policy and a refund's timing in general ask nothing -------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Question", "Bonjour, vos CGV disent « pas de remboursement après 14 jours ». Est-ce valable pour le plan annuel ?\nLéa"),
    ("Question", "Hello, your website says \"refunds only for duplicate charges\". Does that include taxes?\nNora"),
    ("Pregunta", "Hola, su web dice «no hay reembolsos salvo cargos duplicados». ¿Aplica también al plan trimestral?\nNora"),
    ("Dúvida", "Olá, o site de vocês diz “sem reembolso após 14 dias”. Isso vale para o plano anual?\nNora"),
    ("Frage", "Hallo, auf Ihrer Seite steht „keine Erstattung nach 14 Tagen“. Gilt das auch für den Jahresplan?\nNora"),
    ("Délais de remboursement", "Bonjour, simple curiosité avant de souscrire : comment fonctionnent vos factures ?\nLéa"),
    ("Refund timelines", "Hello, just curious before we sign up: how long does a refund usually take to show on a card?\nNora"),
    ("Plazos de reembolso", "Hola, por curiosidad: ¿cuánto tarda un reembolso en llegar a la tarjeta?\nNora"),
    ("Prazo de estorno", "Olá, só por curiosidade: quanto tempo demora um estorno para aparecer no cartão?\nNora"),
    ("Dauer der Erstattung", "Hallo, rein interessehalber: wie werden Ihre Rechnungen verschickt?\nNora"),
    ("Refund timelines", "Hello, just curious before we sign up: how do your invoices work?\nNora"),
])
def test_a_quoted_policy_or_a_refund_timing_question_asks_nothing(subject, body):
    assert read(body, subject).intents == set()


@pytest.mark.parametrize("subject, body", [
    ("Remboursement", "Bonjour, vos CGV disent « remboursement en cas de double prélèvement » : j'ai été prélevé deux fois en mai, remboursez-moi.\nLéa"),
    ("Refund timelines", "Hello, you charged me twice for June. Please refund the duplicate.\nNora"),
    ("Hello", "Hello, kindly share the refund timeline for my order, the amount matters a lot to us.\nNora"),
    ("Délai de remboursement", "Bonjour, j'attends toujours mon remboursement du doublon de mai.\nLéa"),
])
def test_a_request_beside_a_quoted_policy_or_timing_topic_is_read(subject, body):
    assert "refund" in read(body, subject).intents


# -- a cancellation named as old tells history ----------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Ancienne résiliation", "Bonjour, nous revenons vers vous pour un nouveau site vitrine : pouvez-vous nous rappeler ?\nLéa"),
    ("Old cancellation", "Hello, we are back with a new landing page project: could you call us this week?\nNora"),
    ("Antigua cancelación", "Hola, volvemos con un nuevo proyecto de tienda online: ¿nos pueden llamar?\nNora"),
    ("Antigo cancelamento", "Olá, voltamos com um novo projeto de loja online: podem nos ligar?\nNora"),
    ("Alte Kündigung", "Hallo, wir kommen mit einem neuen Shop-Projekt zurück: können Sie uns anrufen?\nNora"),
])
def test_a_cancellation_named_as_old_asks_nothing(subject, body):
    assert read(body, subject, OWD).intents == set()


@pytest.mark.parametrize("body", [
    "Bonjour, ma précédente demande de résiliation est restée sans réponse. Merci de résilier mon abonnement.\nLéa",
    "Hello, my previous cancellation request was ignored. Please cancel my plan now.\nNora",
])
def test_a_new_request_after_an_old_one_is_read(body):
    assert read(body).intents == {"cancellation"}


# -- explanations declined, further charges refused, a label with a question mark -----------------------

@pytest.mark.parametrize("body", [
    "Bonjour, merci de résilier mon abonnement. Pas le temps de me justifier.\nLéa",
    "Bonjour, résiliez mon forfait. Je préfère ne pas entrer dans les détails.\nLéa",
    "Hello, please cancel my plan. I'd rather not go into details.\nNora",
    "Hola, por favor den de baja mi plan. Prefiero no entrar en detalles.\nNora",
    "Olá, cancelem o meu plano por favor. Prefiro não entrar em detalhes.\nNora",
    "Hallo, bitte kündigen Sie meinen Vertrag. Ich möchte das nicht näher begründen.\nNora",
    "Bonjour, pouvez-vous clôturer mon compte ? Je ne veux plus aucun prélèvement.\nLéa",
    "Hello, can you close my account? We don't want any further charges.\nNora",
])
def test_a_declined_explanation_or_refused_charges_is_no_reason(body):
    found = read(body)
    assert found.intents == {"cancellation"}
    assert found.fields.reason is None


@pytest.mark.parametrize("body, reason", [
    ("Bonjour, résiliez mon abonnement svp. Raison ? départ à la retraite.\nLéa", "retraite"),
    ("Hello, cancel my plan please. Reason? we merged with another agency.\nNora", "merged"),
    ("Hola, den de baja mi plan por favor. ¿Motivo? cerramos la tienda.\nNora", "cerramos"),
    ("Bonjour, merci de résilier l'abonnement. Je n'ai pas le temps de gérer la boutique en ligne.\nLéa", "boutique"),
])
def test_a_reason_after_a_question_label_or_a_real_reason_is_kept(body, reason):
    found = read(body)
    assert found.intents == {"cancellation"}
    assert reason in (found.fields.reason or "")


# -- a reason in a postscript --------------------------------------------------------------------------

@pytest.mark.parametrize("body, reason", [
    ("Bonjour,\n\nMerci de résilier mon abonnement.\n\nCordialement,\nLéa Martin\n\nP.-S. Nous partons à la retraite en janvier.", "retraite"),
    ("Hello,\n\nPlease cancel my subscription.\n\nRegards,\nNora Patel\n\nP.S. Our agency merged with a bigger group last month.", "merged"),
    ("Hola,\n\nPor favor den de baja mi suscripción.\n\nSaludos,\nNora\n\nP.D. Cerramos el estudio a fin de año.", "Cerramos"),
    ("Olá,\n\nPor favor cancelem a minha assinatura.\n\nAtenciosamente,\nNora\n\nP.S. Vamos fechar o escritório em dezembro.", "fechar"),
    ("Hallo,\n\nbitte kündigen Sie mein Abo.\n\nViele Grüße\nNora\n\nPS: Wir schließen das Büro zum Jahresende.", "schließen"),
])
def test_a_reason_in_a_postscript_is_read(body, reason):
    found = read(body)
    assert found.intents == {"cancellation"}
    assert reason in (found.fields.reason or "")


@pytest.mark.parametrize("body", [
    "Hello,\n\nPlease cancel my subscription.\n\nRegards,\nNora Patel\nAcme Studio, 12 High Street\n\nPS: sent from my phone",
    "Hello,\n\nPlease cancel my subscription.\n\nRegards,\nNora Patel\nHead of Marketing, Acme Studio",
])
def test_a_signature_or_an_empty_postscript_is_no_reason(body):
    found = read(body)
    assert found.intents == {"cancellation"}
    assert found.fields.reason is None


# -- a greeting without a comma before the reason -------------------------------------------------------

@pytest.mark.parametrize("body, reason", [
    ("bonjour ma fille a pris le plan annuel par erreur au lieu du mensuel. vous pouvez me rendre l'argent ?\nLéa", "erreur"),
    ("hola mi socio contrató el plan anual sin consultarme. pueden devolverme el dinero?\nNora", "socio"),
    ("olá o meu sócio contratou o plano anual sem me consultar. podem devolver o dinheiro?\nNora", "sócio"),
])
def test_a_reason_after_a_bare_greeting_is_read(body, reason):
    found = read(body)
    assert "refund" in found.intents
    assert reason in (found.fields.reason or "")


@pytest.mark.parametrize("body", [
    "bonjour j'espère que vous allez bien. Merci de résilier mon abonnement.\nLéa",
    "hello please cancel my plan thanks\nNora",
])
def test_a_bare_greeting_with_no_reason_after_it_gives_none(body):
    found = read(body)
    assert found.intents == {"cancellation"}
    assert found.fields.reason is None


# -- the reason after a one-word 'please' in telegraphic mail -------------------------------------------

@pytest.mark.parametrize("body, reason", [
    ("résilier mon abonnement svp je pars vivre à l'étranger\nLéa", "étranger"),
    ("Hello, cancel my subscription pls we are moving the team to another tool next month.\nNora", "another tool"),
    ("cancela mi plan porfa nos mudamos a otra herramienta\nNora", "herramienta"),
])
def test_a_reason_after_a_one_word_please_is_read(body, reason):
    found = read(body)
    assert found.intents == {"cancellation"}
    assert reason in (found.fields.reason or "")


@pytest.mark.parametrize("body", [
    "Hello, could you please cancel my plan.\nNora",
    "Hello, please cancel my plan please thanks.\nNora",
    "Bonjour, résiliez svp mon abonnement.\nLéa",
])
def test_a_please_with_no_reason_after_it_gives_none(body):
    found = read(body)
    assert found.intents == {"cancellation"}
    assert found.fields.reason is None


# -- the writer introducing themselves is no reason -----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour c'est le gérant de la boulangerie Durand, on annule le site, merci de rembourser l'acompte.\nPaul",
    "Bonjour, ici la comptable de la société Lumen, merci de résilier l'abonnement et de rembourser le mois.\nLéa",
    "Hi, this is the office manager at Bloom Dental, we are cancelling the site, please refund the deposit.\nNora",
    "Hola, soy la gerente de la Clínica Sol, cancelamos la web, por favor devuelvan el anticipo.\nNora",
    "Olá, aqui é a gerente do salão Bela, cancelamos o site, por favor devolvam o sinal.\nNora",
    "Hallo, hier schreibt die Inhaberin vom Salon Nora, wir stornieren die Website, bitte erstatten Sie die Anzahlung.\nNora",
])
def test_a_self_introduction_is_no_reason(body):
    found = read(body, brand=OWD)
    assert found.intents == {"cancellation", "refund"}
    assert found.fields.reason is None


def test_a_reason_told_with_the_introduction_is_kept():
    found = read("Hi, I am the owner of Bloom Salon and I am selling it, please cancel the site and refund the "
                 "deposit.\nNora", brand=OWD)
    assert "selling" in (found.fields.reason or "")


# -- a refund never asked for or not wished is declined -------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, je n'ai jamais demandé de remboursement, je veux seulement résilier car l'association ferme.\nLéa",
    "Bonjour, nous ne souhaitons pas être remboursés, merci juste de résilier, l'association ferme.\nLéa",
    "Bonjour, vous n'avez pas besoin de me rembourser, résiliez simplement, l'association ferme.\nLéa",
    "Hello, we never requested a refund, please just cancel the plan, the charity is closing.\nNora",
    "Hello, I don't want to be reimbursed, just cancel the plan, the charity is closing.\nNora",
    "Hello, you don't need to refund us, just cancel the plan, the charity is closing.\nNora",
    "Hola, nunca hemos pedido un reembolso, solo cancelen el plan porque la asociación cierra.\nNora",
    "Olá, nunca pedimos estorno, só cancelem o plano porque a associação vai fechar.\nNora",
    "Hallo, wir haben nie eine Rückerstattung verlangt, bitte nur kündigen, der Verein löst sich auf.\nNora",
    "Namaste, humne kabhi refund nahi maanga, bas plan cancel kar do, sanstha band ho rahi hai.\nNora",
])
def test_a_refund_never_asked_or_not_wished_is_declined(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hello, I never got my refund for the duplicate charge, please send it.\nNora",
    "Hello, if you don't refund me by Friday I will file a chargeback.\nNora",
    "Bonjour, je n'ai pas reçu de remboursement, merci de me rembourser le doublon.\nLéa",
    "Bonjour, je n'ai pas demandé ce prélèvement, remboursez-moi.\nLéa",
])
def test_a_refund_still_awaited_or_demanded_is_read(body):
    assert "refund" in read(body).intents


# -- the plan no longer wished to continue --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, nous ne voulons plus poursuivre notre contrat de maintenance, le cabinet déménage.\nLéa",
    "Hello, we do not intend to continue with our maintenance plan, the clinic is relocating.\nNora",
    "Hello, we won't be continuing with the hosting package, the clinic is relocating.\nNora",
    "Hola, no queremos seguir con el plan de mantenimiento, la clínica se traslada.\nNora",
    "Olá, não pretendemos continuar com o plano de manutenção, a clínica vai mudar de cidade.\nNora",
    "Namaste, subscription aage jaari nahi rakhna, clinic shift ho raha hai.\nNora",
])
def test_a_plan_no_longer_continued_is_a_cancellation(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Bonjour, nous voulons poursuivre notre contrat de maintenance mais changer de carte.\nLéa",
    "Hello, we intend to continue with our maintenance plan, please update the card.\nNora",
    "Hola, queremos seguir con el plan de mantenimiento, solo cambiar la tarjeta.\nNora",
])
def test_a_plan_continued_is_no_cancellation(body):
    assert "cancellation" not in read(body).intents


# -- unsubscribing from the plan, not from a newsletter -------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, nous nous désabonnons à compter de ce mois, le cabinet ferme.\nLéa",
    "Bonjour, désabonnez-nous de votre service, le cabinet ferme.\nLéa",
    "Hola, queremos desinscribirnos de la suscripción, el despacho cierra.\nNora",
    "Olá, queremos nos descadastrar da assinatura, o escritório vai fechar.\nNora",
    "Hallo, bitte melden Sie uns vom Abo ab, wir melden uns vom Tarif ab, die Kanzlei schließt.\nNora",
])
def test_unsubscribing_from_the_plan_is_a_cancellation(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Bonjour, je me désabonne de la newsletter, trop de courriels.\nLéa",
    "Hola, quiero desuscribirme del boletín de novedades.\nNora",
    "Olá, quero me descadastrar da newsletter semanal.\nNora",
    "Hallo, ich möchte mich vom Newsletter abmelden.\nNora",
])
def test_unsubscribing_from_a_newsletter_is_no_cancellation(body):
    assert "cancellation" not in read(body).intents
