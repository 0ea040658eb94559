"""Reading rules generalised from the thirteenth fresh round's last misses and the phrasebook (fix22a),
each with sentences of its own (none copied from any round or from the phrasebook), in every language
where the same rule exists.

- A request cut by a mail client's hard wrap ("möchten die Anzahlung für das\\nProjekt X zurück",
  "queremos o dinheiro de\\nvolta") is read: an email that asks nothing is read again with its hard
  wraps joined, and that reading is kept only when it finds a request (mailbot.reading.rewrap).
- German: the money asked back after a long qualifier naming the project and the invoice.
- Quitting idioms ("pulling the pin on the ... retainer", "calling it quits on") and a wish or an
  intention to end the service ("we intend to terminate the newsletter service", "pretendemos terminar
  o serviço", "nous comptons terminer le service", "tenemos la intención de finalizar el contrato").
- The unused or proportional part asked back without the refund word ("que nos regresen la parte
  proporcional", "devolvam-nos a parte proporcional", "reversez-nous le prorata", "give us back the
  prorated amount").
- Hindi: the fee named before and asked back with a pronoun ("कृपया उसे लौटा दें", "please use lauta
  dijiye"); a shop or a plan shut told in the plain perfect ("location hi band kar diya.") is the
  customer's news, not a cancellation, while "band kar diya jaye" still asks.
- English: a cause after "since" with a possessive ("since our IT department will now handle it") is a
  reason.
- Near misses: the same words that ask nothing ("pulled the plug on our router", "plan to end the year",
  "vocês terminaram o serviço", "rendre le site plus rapide", "the remaining balance on my account?").
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from mailbot.reading.rewrap import joined_wraps
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hello", brand=OWD, to: str = OWD_ADDRESS):
    return brand.extract(inbound("nora@example.com", to, subject, ist(2025, 9, 10, 10, 0), body))


# -- a request cut by a hard wrap ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Guten Tag,\n\nwir haben uns nun doch für eine andere Agentur in unserer Nähe entschieden und möchten "
    "die Anzahlung für das\nProjekt Bäckerei Sonnenschein (Rechnung OWD-2025-333) zurück. Es sind ja erst "
    "zwei Tage.\n\nViele Grüße\nPaul",
    "Guten Tag,\n\nder Start unseres Ladens verschiebt sich auf das nächste Jahr, daher hätten wir das Geld\n"
    "bitte zurück, mit der Arbeit wurde ja noch nicht begonnen.\n\nViele Grüße\nPaul",
    "Olá equipa,\n\no lançamento foi adiado para o próximo ano e por isso queremos o dinheiro de\nvolta do "
    "sinal pago pelo redesenho da padaria. Nada foi começado.\n\nObrigado\nPaulo",
])
def test_a_request_cut_by_a_hard_wrap_is_read(body):
    found = read(body)
    assert found.intents == {"refund"}
    assert "a request read across a hard line wrap" in found.notes


@pytest.mark.parametrize("body", [
    # a decline cut by the wrap stays a decline
    "Guten Tag,\n\nwir haben uns nun doch für eine andere Agentur in unserer Nähe entschieden und möchten\n"
    "die Anzahlung nicht zurück, das ist fair so. Bitte nur die Rechnung schicken.\n\nViele Grüße\nPaul",
    # short lines are no wrap: a greeting and a name are not joined into a request
    "Hallo,\nGeld\nzurück\nist unser Motto im Laden.\n\nPaul",
])
def test_a_wrap_adds_no_request_that_is_not_asked(body):
    assert read(body).intents == set()


def test_joining_a_wrap_keeps_every_position():
    body = ("Hallo,\n\nwir haben uns doch für eine andere Agentur entschieden und möchten die Anzahlung für das\n"
            "Projekt X zurück.\n\nGrüße\nGeorg")
    joined = joined_wraps(body)
    assert joined is not None and len(joined) == len(body)
    assert "für das Projekt X" in joined
    assert joined.endswith("zurück.\n\nGrüße\nGeorg")  # short lines and blank lines are kept
    assert joined_wraps("Hallo,\n\nkurz.\nDanke\nGeorg") is None


# -- ending the service: idioms and intentions -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi team,\n\nWe're pulling the pin on the Harbour Bakery Instagram and Facebook retainer -- sales are flat."
    "\n\nCheers,\nTom",
    "Hello,\n\nTime to pull the plug on our monthly local SEO plan, we're closing the shop.\n\nBest,\nTom",
    "Hi,\n\nWe are calling it quits on the website care plan, as the owner is retiring.\n\nThanks,\nTom",
    "Dear team,\n\nWe intend to terminate the monthly newsletter service since our marketing lead has left."
    "\n\nRegards,\nTom",
    "Dear team,\n\nWe plan to end the social media management service at the end of this cycle because sales "
    "are flat.\n\nRegards,\nTom",
    "Boa tarde,\n\nPretendemos terminar o serviço de gestão de redes sociais, o orçamento acabou.\n\n"
    "Cumprimentos,\nRita",
    "Olá,\n\nQueremos encerrar a manutenção mensal do site porque vamos fechar a loja.\n\nObrigada,\nRita",
    "Buenos días,\n\nPretendemos terminar el servicio mensual de redes sociales porque cerramos el local.\n\n"
    "Saludos,\nLuis",
    "Hola,\n\nTenemos la intención de finalizar el contrato de mantenimiento, ya no lo usamos.\n\nSaludos,\nLuis",
    "Bonjour,\n\nNous comptons terminer le service mensuel de gestion des réseaux sociaux, le budget est "
    "épuisé.\n\nCordialement,\nLéa",
    "Bonjour,\n\nNous avons l'intention de clôturer le contrat de maintenance car nous fermons la boutique."
    "\n\nCordialement,\nLéa",
])
def test_ending_the_service_in_other_words_cancels(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hi,\n\nThe power cut pulled the plug on our router yesterday, so the site was slow. Nothing needed, just "
    "FYI.\n\nTom",
    "Dear team,\n\nWe plan to end the year with a new logo. Can you send a quote?\n\nRegards,\nTom",
    "Olá,\n\nVocês terminaram o serviço de manutenção ontem, ficou ótimo. Obrigada!\n\nRita",
    "Hola,\n\nQueremos terminar el diseño del logo antes de marzo, ¿nos ayudan con un presupuesto?\n\n"
    "Saludos,\nLuis",
    "Bonjour,\n\nVous comptez terminer le site pour quand ? Nous avons hâte.\n\nCordialement,\nLéa",
])
def test_the_same_words_that_end_nothing_of_ours(body):
    assert read(body).intents == set()


# -- the unused or proportional part asked back ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola,\n\nCancelen el plan trimestral y que nos regresen la parte proporcional de los meses que no usaremos, "
    "es muy caro.\n\nSaludos,\nAna",
    "Hola,\n\nDen de baja la suscripción y devuélvanme el importe prorrateado, ya no lo usamos.\n\nSaludos,\nAna",
    "Olá,\n\nCancelem a assinatura e devolvam-nos a parte proporcional dos meses não usados, ficou caro.\n\n"
    "Abraço,\nJoão",
    "Bonjour,\n\nRésiliez l'abonnement et reversez-nous le prorata des mois restants, nous fermons.\n\n"
    "Cordialement,\nLéa",
    "Bonjour,\n\nMerci de résilier et de nous rendre la partie non utilisée, l'outil ne nous sert plus.\n\n"
    "Cordialement,\nLéa",
    "Hi,\n\nPlease cancel the annual plan and give us back the prorated amount, we are closing the office.\n\n"
    "Thanks,\nMaya",
    "Hi,\n\nCancel my subscription and pay back the unused portion, the tool is too expensive.\n\nThanks,\nMaya",
])
def test_the_unused_part_asked_back_is_a_refund(body):
    assert read(body, brand=LO, to=LO_ADDRESS).intents == {"cancellation", "refund"}


@pytest.mark.parametrize("body", [
    "Hola,\n\n¿Me explican cómo se calcula la parte proporcional del primer mes en la factura? Gracias.\n\n"
    "Saludos,\nAna",
    "Bonjour,\n\nPouvez-vous nous rendre le site plus rapide ? Les pages chargent lentement.\n\n"
    "Cordialement,\nLéa",
    "Hi,\n\nWhat is the remaining balance on my account for this quarter? I want to plan my budget.\n\n"
    "Thanks,\nMaya",
])
def test_the_proportional_part_named_asks_nothing(body):
    assert read(body, brand=LO, to=LO_ADDRESS).intents == set()


# -- Hindi: a fee asked back with a pronoun; a shop shut, told -----------------------------------------------

@pytest.mark.parametrize("body", [
    "नमस्ते,\n\nलैंडिंग पेज के लिए जो एक्सप्रेस शुल्क दिया था, वह बेकार गया क्योंकि लॉन्च टल गया। कृपया उसे "
    "लौटा दें।\n\nधन्यवाद,\nरीना",
    "नमस्ते,\n\nहमने गलती से दूसरा प्लान खरीद लिया। उसे जल्दी लौटा दीजिए।\n\nरीना",
    "Hi,\n\nExtra rush fee diya tha par launch postpone ho gaya. Please use lauta dijiye.\n\nReena",
])
def test_a_fee_asked_back_with_a_pronoun_is_a_refund(body):
    assert read(body).intents == {"refund"}


def test_a_pronoun_with_another_verb_asks_nothing():
    body = "नमस्ते,\n\nआपने जो डिज़ाइन भेजा था, मैंने उसे टीम को दिखा दिया। बहुत अच्छा है।\n\nरीना"
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Hello,\n\nProject ka advance wapas chahiye. Humne Pune wali location hi band kar diya, ab website nahi "
    "chahiye.\n\nImran",
    "Hello,\n\nAdvance wapas kar dijiye. Hum apna godown band kar rahe hain.\n\nImran",
])
def test_the_customers_own_premises_shut_is_a_reason_not_a_cancellation(body):
    found = read(body)
    assert found.intents == {"refund"}
    assert found.fields.reason is not None and "band" in found.fields.reason


@pytest.mark.parametrize("body,intents", [
    ("Hello,\n\nHosting plan band kar diya jaye, ab zarurat nahi hai.\n\nImran", {"cancellation"}),
    ("Hello,\n\nAapne kal server band kar diya, site down thi. Ab theek hai, dhanyavaad.\n\nImran", set()),
])
def test_band_kar_diya_told_or_asked(body, intents):
    assert read(body).intents == intents


# -- English: a cause after 'since' ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Dear Sir,\n\nWe wish to discontinue the annual website maintenance since our head office will now manage "
    "all sites centrally.\n\nRegards,\nK. Rao",
    "Dear Sir,\n\nKindly refund the setup fee since our board has decided to pause the rebrand.\n\nRegards,\n"
    "K. Rao",
])
def test_a_cause_after_since_is_a_reason(body):
    found = read(body)
    assert found.intents and found.fields.reason is not None


# -- the customer's own legal trade is no threat (C4) ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nich bin selbst Rechtsanwältin und brauche für meine Kanzlei eine neue Startseite. Was kostet das?"
    "\n\nGrüße\nEva",
    "Sehr geehrte Damen und Herren,\n\nwir sind eine kleine Anwaltskanzlei in Köln und kündigen das Hosting zum "
    "Laufzeitende, da wir zu einem Verbund wechseln.\n\nMit freundlichen Grüßen\nEva Roth",
    "Bonjour,\n\nJe suis avocate et je voudrais un devis pour le site de mon cabinet.\n\nCordialement,\nMarie",
    "Bonjour,\n\nNotre cabinet d'avocats déménage à Nantes, nous résilions donc la maintenance du site à son "
    "échéance.\n\nCordialement,\nMarie",
    "Hi,\n\nI'm building a booking page for a lawyer client of mine. Could you quote for the integration?\n\n"
    "Steve",
    "Hello,\n\nWe are a small law firm and we would like to cancel the hosting at the end of the term, as we are "
    "merging with another practice.\n\nRegards,\nAnn",
    "Hi,\n\nMain ek lawyer client ke liye site bana raha hoon, contact form ka rate kya hoga?\n\nVivek",
    "नमस्ते,\n\nमैं वकील हूँ, अपने दफ़्तर के लिए नई वेबसाइट चाहिए। कीमत बताइए।\n\nविवेक",
    "Hola,\n\nSoy abogada y necesito una web para mi despacho. ¿Cuánto cuesta?\n\nLucía",
    "Olá,\n\nSomos um escritório de advocacia e queremos cancelar a manutenção do site no fim do contrato, vamos "
    "fundir com outro escritório.\n\nAna",
])
def test_the_customers_own_legal_trade_is_no_threat(body):
    assert read(body).dispute is None


@pytest.mark.parametrize("body", [
    # a lawyer asking money back, or a lawyer brought in: still a threat
    "Hallo,\n\nich bin Rechtsanwältin und fordere die Rückzahlung der Anzahlung bis Freitag.\n\nGrüße\nEva",
    "Hallo,\n\nbitte kündigen Sie den Vertrag. Mein Anwalt ist informiert.\n\nGrüße\nEva",
    "Bonjour,\n\nJe suis avocate : remboursez l'acompte sous huit jours.\n\nMarie",
    "Bonjour,\n\nRésiliez le contrat, sinon je contacte mon avocat.\n\nMarie",
    "Hello,\n\nI am a lawyer and I want a full refund of the deposit by Monday.\n\nAnn",
    "Hello,\n\nPlease cancel the plan. My lawyer has the paperwork ready.\n\nAnn",
    "Hi,\n\nAdvance wapas kijiye warna vakil se baat karunga.\n\nVivek",
])
def test_a_lawyer_brought_in_or_asking_money_back_is_still_a_threat(body):
    assert read(body).dispute is not None


# -- the reason written in the subject beside the request ---------------------------------------------------

def read_subject(subject: str, body: str):
    return read(body, subject, brand=LO, to=LO_ADDRESS)


@pytest.mark.parametrize("subject,body,reason", [
    ("Kündigung – Umzug nach Neuseeland", "Hallo, bitte das Jahresabo kündigen.\nDanke, Tim", "Umzug nach Neuseeland"),
    ("Erstattung? Die Plattform hat uns keinen einzigen Kunden gebracht",
     "Hallo,\nsiehe Betreff. Bitte das Geld zurück.\nGruß Tim", "Die Plattform hat uns keinen einzigen Kunden gebracht"),
    ("Refund: the tool never worked for our team at all", "Hi, see subject. Please refund my last payment.\nTim",
     "the tool never worked for our team at all"),
    ("Résiliation : la boutique change de propriétaire",
     "Bonjour, merci de résilier mon abonnement mensuel.\nCordialement, Tim", "la boutique change de propriétaire"),
    ("Cancelación - el socio se va a otro país", "Hola, por favor cancelen mi plan mensual.\nGracias, Tim",
     "el socio se va a otro país"),
    ("Cancelamento - a sócia mudou-se para o Porto", "Olá, por favor cancelem o meu plano mensal.\nObrigado, Tim",
     "a sócia mudou-se para o Porto"),
    ("Cancel - shaadi ke baad Pune shift ho rahe", "Hi, mera monthly plan cancel kar dijiye.\nTim",
     "shaadi ke baad Pune shift ho rahe"),
])
def test_a_reason_written_in_the_subject_is_read(subject, body, reason):
    assert read_subject(subject, body).fields.reason == reason


@pytest.mark.parametrize("subject,body", [
    ("Refund - LeadsOptima Pro Annual", "Hi, please refund my last payment.\nTim"),  # a product's name
    ("Refund - please reply asap", "Hi, please refund my last payment.\nTim"),  # a courtesy
    ("Erstattung – bitte schnell bearbeiten", "Hallo, bitte das Geld zurück.\nTim"),  # an ask
    ("Refund: the team left", "Hi, please refund my last payment.\nTim"),  # too short beside a refund
    ("Cancellation - invoice LO-INV-7788", "Hi, please cancel my monthly plan.\nThanks, Tim"),  # a reference
    ("AW: Kündigung – Umzug nach Neuseeland", "Hallo, bitte das Jahresabo kündigen.\nDanke, Tim"),  # a reply
    ("Kündigung – was muss ich tun?", "Hallo, bitte das Jahresabo kündigen.\nDanke, Tim"),  # a question
    ("Cancel – quarterly plan ✔️", "Hi, please cancel.\nRavi"),  # the plan named
    ("Kündigung – Jahresabo ab Oktober", "Hallo, bitte kündigen.\nTim"),  # the plan named
])
def test_a_subject_that_gives_no_reason_adds_none(subject, body):
    assert read_subject(subject, body).fields.reason is None


# -- 'please' and 'if you would be so kind' set no condition ------------------------------------------------

@pytest.mark.parametrize("body,intents", [
    ("Bonjour,\n\nPourriez-vous, s'il vous plaît, résilier mon abonnement et rembourser le dernier prélèvement ? "
     "Merci.\n\nBien à vous,\nAnne", {"cancellation", "refund"}),
    ("Bonjour,\n\nMerci de bien vouloir, s il vous plait, mettre fin à mon abonnement mensuel.\n\nAnne",
     {"cancellation"}),
    ("Bom dia,\n\nSe faz favor, cancelem a minha assinatura e devolvam o último pagamento.\n\nCumprimentos,\nAna",
     {"cancellation", "refund"}),
    ("Hola,\n\nSi es tan amable, cancele mi suscripción y devuélvame el último cobro, ¿de acuerdo?\n\nSaludos,\n"
     "Luis", {"cancellation", "refund"}),
    ("Hi,\n\nIf you would be so kind, could you cancel my plan and refund the last payment?\n\nThanks,\nAnn",
     {"cancellation", "refund"}),
    ("Hallo,\n\nwenn Sie so freundlich wären, könnten Sie mein Abo kündigen und die letzte Zahlung erstatten?\n\n"
     "Grüße\nAnn", {"cancellation", "refund"}),
    # a real condition with a question about the outcome is still a policy question
    ("Bonjour,\n\nSi je résilie maintenant, serai-je remboursée ?\n\nAnne", set()),
    ("Bom dia,\n\nSe eu cancelar hoje, recebo o reembolso?\n\nAna", set()),
    ("Hi,\n\nIf I cancel today, would I get a refund?\n\nThanks,\nAnn", set()),
    ("Hallo,\n\nwenn ich jetzt kündige, bekomme ich dann eine Erstattung?\n\nGrüße\nAnn", set()),
])
def test_please_sets_no_condition(body, intents):
    assert read(body, brand=LO, to=LO_ADDRESS).intents == intents


@pytest.mark.parametrize("body,code", [
    # 'cancele' (please cancel) and the noun 'cobro' (the charge) are no charge made after a cancellation
    ("Hola,\n\nCancele mi suscripción y devuélvame el último cobro, por favor.\n\nSaludos,\nLuis", None),
    ("Hola,\n\nSi es tan amable, cancele el plan y anule el cargo pendiente.\n\nSaludos,\nLuis", None),
    # told in the past, with the verb's pronoun, it still is
    ("Hola,\n\nCancele mi suscripción en agosto y luego me cobro otra vez 49 euros.\n\nSaludos,\nLuis",
     "billing_error"),
    ("Hola,\n\nCancelé mi suscripción en agosto y luego me cobraron otra vez.\n\nSaludos,\nLuis", "billing_error"),
])
def test_a_charge_noun_after_please_cancel_is_no_billing_error(body, code):
    assert read(body, brand=LO, to=LO_ADDRESS).fields.reason_code == code


# -- a reason labelled below the signature; a pointer to the reason is none ----------------------------------

@pytest.mark.parametrize("subject,body,reason", [
    ("Kündigung", "Guten Tag,\n\nbitte das Monatsabo kündigen. Den Grund finden Sie unten.\n\nViele Grüße\nJan Berg\n"
     "Grund: Wir verkaufen den Laden an einen Nachfolger.", "Wir verkaufen den Laden an einen Nachfolger."),
    ("Refund", "Hi,\n\nplease refund the last charge. The reason is below.\n\nBest,\nJan\n\nReason: the tool never synced "
     "with our CRM in three months", "the tool never synced with our CRM in three months"),
    ("Résiliation", "Bonjour,\n\nmerci de résilier mon abonnement, motif ci-dessous.\n\nCordialement,\nJan\nMotif : "
     "nous vendons la boutique à un repreneur.", "nous vendons la boutique à un repreneur."),
])
def test_a_reason_labelled_below_the_signature_is_read(subject, body, reason):
    assert read_subject(subject, body).fields.reason == reason


@pytest.mark.parametrize("body", [
    "Hi,\n\nplease cancel my plan. Reason below.\n\nBest,\nJan\nJan Berg | Owner | Berg Bakery",
    "Hi,\n\nplease cancel my plan. Reason: below.\n\nBest,\nJan",
    "Guten Tag,\n\nbitte das Monatsabo kündigen. Den Grund finden Sie unten.\n\nViele Grüße\nJan Berg",
    "Bonjour,\n\nmerci de résilier mon abonnement, motif ci-dessous.\n\nCordialement,\nJan",
    "Hola,\n\ncancelen mi plan mensual, el motivo va más abajo.\n\nSaludos,\nJan",
    "Olá,\n\ncancelem o meu plano mensal, o motivo está mais abaixo.\n\nObrigado,\nJan",
])
def test_a_pointer_to_a_reason_that_is_not_there_is_no_reason(body):
    assert read_subject("Hello", body).fields.reason is None


# -- English loanwords in German mail: 'cancellen', 'cancelln' ----------------------------------------------

@pytest.mark.parametrize("body,intents", [
    ("Hallo,\n\nbitte das Abo zum Monatsende cancellen, wir wechseln den Anbieter.\n\nLG\nSarah", {"cancellation"}),
    ("Hi zusammen,\n\nkönnt ihr den Vertrag bitte cancelln? Wir machen das jetzt inhouse.\n\nLG\nSarah",
     {"cancellation"}),
    ("Hallo,\n\nwir wollen das Abo nicht cancellen, nur pausieren.\n\nLG\nSarah", set()),
    ("Hallo,\n\nwir haben das Abo letzte Woche gecancelt, alles gut, danke.\n\nLG\nSarah", set()),
])
def test_the_denglisch_cancel_in_its_spellings(body, intents):
    assert read(body, brand=LO, to=LO_ADDRESS).intents == intents


# -- giving up the website or the project, told beside a refund, is the customer's news ----------------------
# (the held-out rounds read 'desistimos do site ... queremos o sinal de volta' as a refund only; fix22 tried a
# cancellation there and took it back)

@pytest.mark.parametrize("body", [
    "Hallo,\n\nwir verzichten auf eine Erstattung, alles gut.\n\nGrüße\nRui",
    "Hi,\n\nI almost gave up on the booking form but your support fixed it. Thanks!\n\nRui",
])
def test_giving_up_something_else_cancels_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Olá,\n\npagámos a entrada na segunda e desistimos do projeto porque o sócio saiu da empresa. Queremos o "
    "dinheiro de volta.\n\nRui",
    "Olá,\n\ndesistimos do site da padaria, o ponto foi vendido. Queremos o sinal de volta.\n\nRui",
])
def test_a_project_given_up_told_beside_a_refund_is_the_customers_news(body):
    assert read(body).intents == {"refund"}


# -- a how-to question about doing it oneself asks us for nothing -------------------------------------------

@pytest.mark.parametrize("body,intents", [
    ("Hi,\n\nHow do I turn off the auto-renewal myself? I can't see it in the dashboard.\n\nWill", set()),
    ("Namaste,\n\nSettings me auto-renew khud kaise band karein? Option nahi mil raha.\n\nVivek", set()),
    ("Hallo,\n\nwie kann ich die automatische Verlängerung selbst abschalten? Ich finde es nicht in den "
     "Einstellungen.\n\nTim", set()),
    ("Bonjour,\n\ncomment désactiver moi-même le renouvellement automatique ? Je ne trouve pas l'option.\n\nTim",
     set()),
    ("Olá,\n\ncomo desativo eu mesmo a renovação automática? Não encontro a opção no painel.\n\nTim", set()),
    # asked of us, it is still a request
    ("Hi,\n\nPlease cancel my plan. How do I make sure it doesn't renew?\n\nWill", {"cancellation"}),
    ("Hi,\n\nI want to cancel my subscription, how do I do that?\n\nWill", {"cancellation"}),
    ("Namaste,\n\nmera plan cancel kar dijiye, khud se nahi ho raha.\n\nVivek", {"cancellation"}),
    ("Hallo,\n\nbitte kündigen Sie mein Abo. Wie kann ich selbst prüfen, ob es durch ist?\n\nTim", {"cancellation"}),
    ("Olá,\n\ncancelem a minha assinatura, por favor. Como confirmo eu mesmo que foi feito?\n\nTim", {"cancellation"}),
])
def test_a_how_to_question_about_doing_it_oneself(body, intents):
    assert read(body, brand=LO, to=LO_ADDRESS).intents == intents


# -- a concession that the deposit may be kept is no reason -------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nbitte stornieren Sie den Auftrag. Gegen die Einbehaltung der Anzahlung habe ich nichts, das ist fair."
    "\n\nMarion",
    "Hi,\n\nplease cancel the project. We don't mind you keeping the deposit, that is fair.\n\nMarion",
    "Bonjour,\n\nannulez le projet svp. Je ne conteste pas la retenue de l'acompte.\n\nMarion",
    "Olá,\n\ncancelem o projeto, por favor. Não nos importamos que fiquem com o sinal.\n\nMarion",
])
def test_a_concession_on_the_deposit_is_no_reason(body):
    found = read(body)
    assert found.intents == {"cancellation"} and found.fields.reason is None
