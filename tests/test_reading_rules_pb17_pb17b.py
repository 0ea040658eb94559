"""Reading rules generalised from the German and French phrasebook misses (pb17b), each with sentences
of its own (none copied from the phrasebook), with near-miss negatives that must not trigger.

- Money asked back in other words: German separable verbs with "zurück" ("überweisen Sie ... zurück",
  "buchen Sie das zurück", "schickt mir die 49 € zurück"), refund nouns ("Rücküberweisung",
  "Refundierung", "Rückforderung"), the Denglisch "den Charge reversen"; French "rendre ces 360 €",
  "récupérer le mois", "reverser la différence", "remettre l'argent sur ma carte", "rendre ce qui n'a pas
  été utilisé".  A charge reversed ("stornieren Sie die Belastung", "annulez ce prélèvement") is a
  refund, not a cancellation of the plan.
- Ending the plan, account or project in other words: "Account löschen", "raus aus dem Vertrag",
  "auslaufen lassen", "Vertrag auflösen", "Projekt stoppen", "Abo beendet haben"; "couper
  l'abonnement", "on ne prolonge pas", "clôturer le projet", "mettez un terme à", "fermer mon compte",
  "me désinscrire de LeadsOptima".
- Declines: the German verb-first negation ("Ich kündige nicht", "wir kündigen den Vertrag nicht"),
  a cancellation misread or withdrawn ("als Kündigung verstanden", "j'annule ma demande de
  résiliation"), money declined ("nichts zurückfordern", "verzichte auf die Erstattung", "ni être
  remboursé", "nous ne réclamerons pas l'acompte"), and the no-refund rule stated ("ne sont pas
  remboursables") names the policy, it asks nothing.
- A French negation after the intent word stays in its sentence ("... couper l'abonnement. Pas de
  temps à perdre." still asks).
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hello", brand=LO, to=LO_ADDRESS):
    return brand.extract(inbound("nora@example.com", to, subject, ist(2025, 9, 10, 10, 0), body))


def owd(body: str, subject: str = "Hello"):
    return read(body, subject, OWD, OWD_ADDRESS)


# -- money asked back in other words -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\ndas Tool passt nicht zu uns. Überweisen Sie mir bitte die 59 € vom 3. zurück.\n\nGruß\nKai",
    "Hallo,\n\nwir nutzen das Abo nicht. Bitte buchen Sie das auf meine Karte zurück.\n\nGruß\nKai",
    "Hallo,\n\nschickt uns die 49 Euro vom letzten Monat zurück, das Tool passt nicht.\n\nGruß\nKai",
    "Hallo,\n\nwir bitten um Rücküberweisung der Vorauszahlung, das Budget wurde gestrichen.\n\nGruß\nKai",
    "Hallo,\n\nwir ersuchen um Refundierung der Gebühr für das zweite Quartal.\n\nGruß\nKai",
    "Hi,\n\nkönnt ihr die Zahlung von Montag reversen? Das Team hat sich anders entschieden.\n\nCheers\nKai",
    "Hallo,\n\ndie Quartalsgebühr von letzter Woche zurück auf meine Karte, wir schließen den Laden.\n\nGruß\nKai",
])
def test_german_money_sent_back_asks_for_a_refund(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich habe die Rechnung an Sie zurückgeschickt, weil die Adresse falsch war.\n\nGruß\nKai",
    "Hallo,\n\nbitte rufen Sie mich zurück, ich habe eine Frage zum Tarif.\n\nGruß\nKai",
    "Hallo,\n\nich zahle die Rechnung morgen, ich bin gerade erst zurück aus dem Urlaub.\n\nGruß\nKai",
])
def test_german_back_without_money_is_no_refund(body):
    assert "refund" not in read(body).intents


def test_german_charge_reversed_is_a_refund_not_a_cancellation():
    found = read("Grüezi\n\nIch wollte den Monatsplan, belastet wurde der Jahresplan. "
                 "Bitte stornieren Sie diese Belastung.\n\nGruss\nUrs")
    assert found.intents == {"refund"}
    assert read("Hallo,\n\nbitte stornieren Sie mein Abo zum Monatsende.\n\nGruß\nUrs").intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nvotre outil ne nous a rien apporté. Merci de me rendre ces 89 € au plus vite.\n\nCordialement\nLéa",
    "Bonjour,\n\non n'a pas utilisé la plateforme ce mois-ci, je voudrais récupérer le mois payé.\n\nCordialement\nLéa",
    "Bonjour,\n\nle tarif appliqué n'est pas le bon : merci de nous reverser la différence.\n\nCordialement\nLéa",
    "Bonjour,\n\nremettez l'argent sur ma carte s'il vous plaît, je ne suis pas satisfaite.\n\nCordialement\nLéa",
    "Bonjour,\n\nnous arrêtons tout : pouvez-vous nous rendre ce qui n'a pas été consommé ?\n\nCordialement\nLéa",
])
def test_french_money_given_back_asks_for_a_refund(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "Bonjour,\n\npouvez-vous me rendre un service et m'envoyer la facture ?\n\nCordialement\nLéa",
    "Bonjour,\n\nje voudrais récupérer mes contacts avant la fin du mois.\n\nCordialement\nLéa",
])
def test_french_give_back_without_money_is_no_refund(body):
    assert "refund" not in read(body).intents


def test_french_charge_reversed_is_a_refund_not_a_cancellation():
    found = read("Bonjour,\n\nj'étais encore en essai et vous m'avez prélevé 49 €. Merci d'annuler ce prélèvement.\n\nCordialement\nLéa")
    assert found.intents == {"refund"}


# -- ending the plan, account or project in other words ------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nbitte löschen Sie meinen Account, ich habe mein Gewerbe abgemeldet.\n\nGruß\nKai",
    "Hallo,\n\nich will raus aus dem Vertrag, das Tool bringt uns nichts.\n\nGruß\nKai",
    "Hallo,\n\nwir möchten das Abo zum Quartalsende auslaufen lassen, das Budget ist weg.\n\nGruß\nKai",
    "Hallo,\n\nbitte stoppen Sie alle weiteren Abbuchungen, wir schließen das Büro.\n\nGruß\nKai",
    "Hallo,\n\nwir möchten das Abo zum Monatsende beendet haben.\n\nGruß\nKai",
])
def test_german_ending_in_other_words_is_a_cancellation(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hallo,\n\nbitte stoppen Sie das Projekt, unser Investor ist abgesprungen.\n\nGruß\nKai",
    "Hallo,\n\nden Wartungsvertrag möchten wir auflösen, wir haben jetzt eine eigene IT.\n\nGruß\nKai",
    "Hallo,\n\nwir werden das Projekt nicht fortführen, der Verein hat anders entschieden.\n\nGruß\nKai",
])
def test_german_project_stopped_is_a_cancellation(body):
    assert owd(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich möchte den Account nicht löschen, nur die Rechnungsadresse ändern.\n\nGruß\nKai",
    "Hallo,\n\nwie kann ich alte Kampagnen löschen?\n\nGruß\nKai",
    "Hallo,\n\nden Vertrag wollen wir auf keinen Fall auflösen, nur den Tarif wechseln.\n\nGruß\nKai",
])
def test_german_near_misses_are_no_cancellation(body):
    assert "cancellation" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nmerci de couper l'abonnement, je change d'activité.\n\nCordialement\nLéa",
    "Bonjour,\n\nje vous confirme qu'on ne prolonge pas le contrat au-delà de mars.\n\nCordialement\nLéa",
    "Bonjour,\n\nmettez un terme à mon abonnement dès maintenant.\n\nCordialement\nLéa",
    "Bonjour,\n\npouvez-vous fermer mon compte ? Je pars à la retraite.\n\nCordialement\nLéa",
    "Bonjour,\n\nje souhaite me désinscrire de LeadsOptima, nous changeons de stratégie.\n\nCordialement\nLéa",
])
def test_french_ending_in_other_words_is_a_cancellation(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nmerci de clôturer le projet dès à présent, le budget a été coupé.\n\nCordialement\nLéa",
    "Bonjour,\n\nnous abandonnons le projet de boutique, la levée de fonds a échoué.\n\nCordialement\nLéa",
])
def test_french_project_closed_is_a_cancellation(body):
    assert owd(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Bonjour,\n\ncomment me désinscrire de la newsletter marketing ?\n\nCordialement\nLéa",
    "Bonjour,\n\npouvez-vous couper le son des notifications dans l'appli ?\n\nCordialement\nLéa",
])
def test_french_near_misses_are_no_cancellation(body):
    assert "cancellation" not in read(body).intents


def test_french_negation_after_the_ask_stays_in_its_sentence():
    assert read("Merci de couper l'abonnement. Pas de temps à perdre.", "Fin").intents == {"cancellation"}


# -- declines and withdrawals --------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nich kündige nicht! Ich will nur die doppelte Abbuchung zurück.\n\nGruß\nKai",
    "Hallo,\n\nwir kündigen den Vertrag nicht, aber die doppelte Zahlung hätten wir gern zurück.\n\nGruß\nKai",
])
def test_german_verb_first_negation_declines_the_cancellation(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Hallo,\n\nmeine Kündigung von letzter Woche ziehe ich zurück, wir machen weiter.\n\nGruß\nKai",
    "Hallo,\n\nIhre Kollegin hat meine Frage als Kündigung verstanden. Ich wollte nur den Preis wissen.\n\nGruß\nKai",
    "Hallo,\n\nwir wollen den Auftrag nicht stornieren und auch nichts zurückfordern.\n\nGruß\nKai",
])
def test_german_withdrawn_or_misread_cancellation_asks_nothing(body):
    assert read(body).intents == set()


def test_german_refund_waived_leaves_the_cancellation():
    found = read("Hallo,\n\nauf eine Erstattung verzichte ich. Bitte kündigen Sie das Abo zum Monatsende.\n\nGruß\nKai")
    assert found.intents == {"cancellation"}


@pytest.mark.parametrize("body, intents", [
    ("Bonjour,\n\nj'annule ma demande de résiliation, nous restons finalement.\n\nCordialement\nLéa", set()),
    ("Bonjour,\n\nje n'ai aucune intention d'arrêter l'abonnement, je voulais juste une facture.\n\nCordialement\nLéa", set()),
    ("Bonjour,\n\nje ne veux ni résilier ni être remboursée, seulement changer de carte.\n\nCordialement\nLéa", set()),
    ("Bonjour,\n\nje sais que vos abonnements ne sont pas remboursables. Merci de ne pas renouveler mon plan.\n\nCordialement\nLéa",
     {"cancellation"}),
])
def test_french_declines_and_withdrawals(body, intents):
    assert read(body).intents == intents


# -- the three exception reasons in other words ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\ndie Plattform lädt seit Dienstag nicht mehr, nur eine leere Seite. Bitte Geld zurück.\n\nGruß\nKai",
    "Hallo,\n\nseit Tagen kann ich mich nicht mehr einloggen. Ich möchte die Gebühr erstattet haben.\n\nGruß\nKai",
    "Hallo,\n\ndirekt nach der Zahlung wurde mein Account gesperrt. Bitte erstatten Sie den Monat.\n\nGruß\nKai",
    "Bonjour,\n\nnotre équipe ne peut plus se connecter depuis lundi. Merci de nous rembourser le mois.\n\nCordialement\nLéa",
    "Bonjour,\n\nimpossible d'ouvrir la plateforme depuis la mise à jour. Je demande le remboursement.\n\nCordialement\nLéa",
    "Bonjour,\n\nle tableau de bord tourne en boucle depuis une semaine. Remboursez-moi la période.\n\nCordialement\nLéa",
])
def test_access_failure_in_other_words(body):
    found = read(body)
    assert found.intents == {"refund"} and found.fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "Hallo,\n\nder Export lädt etwas langsam, aber sonst alles gut. Wie ändere ich die Rechnungsadresse?\n\nGruß\nKai",
    "Bonjour,\n\nle site est très lent le matin mais fonctionne. Comment changer de carte ?\n\nCordialement\nLéa",
])
def test_no_access_failure_in_a_slow_page(body):
    assert read(body).fields.reason_code != "access_failure"


@pytest.mark.parametrize("body, code", [
    ("Hallo,\n\ndie Jahresgebühr ist zweimal rausgegangen, per Karte und per Überweisung. Eine davon bitte zurück.\n\nGruß\nKai",
     "duplicate_payment"),
    ("Hallo,\n\nunsere Buchhaltung hat die Rechnung versehentlich doppelt überwiesen. Bitte die zweite Zahlung zurück.\n\nGruß\nKai",
     "duplicate_payment"),
    ("Hallo,\n\nvereinbart waren 80 € im Monat, aber berechnet wurden 95 €. Bitte erstatten Sie die Differenz.\n\nGruß\nKai",
     "billing_error"),
    ("Bonjour,\n\nle devis indique 60 €/h alors que notre contrat prévoit 50 €/h. Merci de nous reverser la différence.\n\nCordialement\nLéa",
     "billing_error"),
    ("Bonjour,\n\nj'étais en période d'essai et vous m'avez déjà prélevé 49 €. Merci de me rembourser.\n\nCordialement\nLéa",
     "billing_error"),
])
def test_duplicate_and_billing_error_in_other_words(body, code):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason_code == code


def test_a_charge_after_the_trial_is_no_billing_error():
    found = read("Bonjour,\n\naprès la période d'essai vous m'avez prélevé 49 €, je n'utilise plus l'outil. Merci de me rembourser.\n\nCordialement\nLéa")
    assert found.fields.reason_code != "billing_error"


def test_a_lotus_notes_forward_line_opens_the_forwarded_request():
    body = ("Guten Tag,\n\nich leite Ihnen die Nachricht meiner Mandantin weiter.\n\nMit freundlichen Grüßen\nKanzlei Roth\n\n"
            "----- Weitergeleitet von Anna Roth am 02.10.2025 -----\n"
            "Ich habe die Rechnung aus Versehen doppelt bezahlt. Können Sie das Geld zurückholen?")
    found = read(body, "WG: Rechnung")
    assert found.intents == {"refund"} and found.fields.reason_code == "duplicate_payment"


# -- hypotheticals, policy questions and past events -----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nwenn ich das Abo kündige, sind dann meine Vorlagen gelöscht?\n\nGruß\nKai",
    "Hallo,\n\nangenommen, ich buche das Jahresabo – darf ich dann monatlich kündigen?\n\nGruß\nKai",
    "Hallo,\n\nwäre eine Erstattung grundsätzlich möglich, wenn der Entwurf nicht gefällt?\n\nGruß\nKai",
    "Hallo,\n\nfalls die Preise im März steigen, kündige ich. Ist das schon entschieden?\n\nGruß\nKai",
    "Bonjour,\n\nsi nous changeons d'hébergeur en juin, vous remboursez les mois restants ?\n\nCordialement\nLéa",
    "Bonjour,\n\nsi l'outil ne convient pas, auraient-ils droit à un remboursement ?\n\nCordialement\nLéa",
    "Bonjour,\n\nl'abonnement annuel, on peut le résilier quand on veut ?\n\nCordialement\nLéa",
    "Bonjour,\n\npour un dossier, quelles sommes seraient remboursables en cas d'abandon du projet.\n\nCordialement\nLéa",
])
def test_conditional_and_policy_questions_ask_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body, intents", [
    ("Hallo,\n\nwäre es trotzdem möglich, dass ich das Geld zurückbekomme? Ich nutze das Tool nicht.\n\nGruß\nKai",
     {"refund"}),
    ("Hallo,\n\nwenn möglich, kündigen Sie bitte das Abo zum Monatsende.\n\nGruß\nKai", {"cancellation"}),
    ("Bonjour,\n\nje crois avoir payé deux fois ce mois-ci, merci de me rembourser.\n\nCordialement\nLéa", {"refund"}),
    ("Bonjour,\n\nOui, je confirme : je veux bien le remboursement.\n\nCordialement\nLéa", {"refund"}),
])
def test_polite_asks_still_ask(body, intents):
    assert read(body).intents == intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich hatte im Mai gekündigt. Ist die Kündigung durch?\n\nGruß\nKai",
    "Hallo,\n\ndie 59 € wurden mir schon erstattet, danke. Bekomme ich noch eine Rechnung?\n\nGruß\nKai",
    "Hallo,\n\nSie hatten die Erstattung am 3. zugesagt. Wo bleibt mein Geld?\n\nGruß\nKai",
    "Bonjour,\n\nbien reçu le remboursement, merci. Comment exporter mes contacts ?\n\nCordialement\nLéa",
    "Bonjour,\n\nvotre collègue m'a confirmé le remboursement lundi. Rien reçu pour l'instant, pouvez-vous vérifier ?\n\nCordialement\nLéa",
    "Bonjour,\n\nje crois avoir résilié en mars. Pouvez-vous me dire si mon compte est bien fermé ?\n\nCordialement\nLéa",
])
def test_done_or_granted_is_no_new_request(body):
    assert read(body).intents == set()


# -- what is no reason ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Sehr geehrte Damen und Herren,\n\nwie bereits telefonisch besprochen, kündige ich hiermit das Abo.\n\nMit freundlichen Grüßen\nKai",
    "Hallo,\n\nbitte kündigen Sie das Abo. Ich bitte um kurze Bestätigung.\n\nGruß\nKai",
    "Hallo,\n\nbitte kündigen, auch wenn ich damit den Treuerabatt verliere.\n\nGruß\nKai",
    "Bonjour,\n\nje résilie mon abonnement, conformément aux conditions générales.\n\nCordialement\nLéa",
    "Bonjour,\n\nmerci de résilier mon abonnement. Je vous en remercie par avance.\n\nCordialement\nLéa",
])
def test_formalities_and_concessions_are_no_reason(body):
    found = read(body)
    assert found.intents == {"cancellation"} and found.fields.reason is None


def test_a_concession_does_not_hide_the_real_reason():
    found = read("Hallo,\n\nbitte kündigen, auch wenn ich damit den Rabatt verliere. Wir schließen das Geschäft zum Jahresende.\n\nGruß\nKai")
    assert found.fields.reason is not None and "schließen" in found.fields.reason


# -- the same rules in the other packs ----------------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Hi,\n\nI was still on my free trial and you already charged me $49. Please refund it.\n\nThanks\nNora", "billing_error"),
    ("Hola,\n\ndurante el periodo de prueba me cobraron 49 €. Quiero el reembolso.\n\nSaludos\nNora", "billing_error"),
    ("Olá,\n\ndurante o período de teste fui cobrada em 49 €. Quero o reembolso.\n\nAtt\nNora", "billing_error"),
    ("Hi,\n\nthe dashboard is stuck on loading since Monday. Please refund this month.\n\nThanks\nNora", "access_failure"),
    ("Hola,\n\nla plataforma se queda cargando desde el lunes. Quiero el reembolso del mes.\n\nSaludos\nNora", "access_failure"),
    ("Olá,\n\na plataforma fica carregando desde segunda. Quero o reembolso do mês.\n\nAtt\nNora", "access_failure"),
])
def test_trial_charges_and_endless_loading_in_other_languages(body, code):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason_code == code


@pytest.mark.parametrize("body", [
    "Hi,\n\nyou charged me twice on the 3rd. Please cancel the duplicate charge.\n\nThanks\nNora",
    "Hola,\n\nme cobraron dos veces. Por favor cancelen este cargo.\n\nSaludos\nNora",
    "Olá,\n\nfui cobrada duas vezes. Por favor cancelem a cobrança duplicada.\n\nAtt\nNora",
])
def test_a_charge_cancelled_is_a_refund_in_other_languages(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Hola,\n\nreembolso recibido, gracias. ¿Cómo descargo la factura?\n\nSaludos\nNora",
    "Olá,\n\nestorno recebido, obrigada. Como baixo a fatura?\n\nAtt\nNora",
    "Hola,\n\nretiro mi solicitud de cancelación, seguimos con ustedes.\n\nSaludos\nNora",
    "Olá,\n\nretiro o pedido de cancelamento, vamos continuar.\n\nAtt\nNora",
])
def test_received_refunds_and_withdrawn_cancellations_in_other_languages(body):
    assert read(body).intents == set()


# -- a dispute already filed with the bank ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nich habe der Abbuchung vom Mai bei meiner Sparkasse widersprochen. Das Abo könnt ihr beenden.\n\nGruß\nKai",
    "Hallo,\n\nder Lastschrift über 59 € habe ich widersprochen. Bitte kündigen Sie das Abo.\n\nGruß\nKai",
    "Bonjour,\n\nj'ai contesté le paiement de 49 € auprès de ma banque. Merci de résilier mon abonnement.\n\nCordialement\nLéa",
])
def test_a_dispute_filed_with_the_bank_is_a_dispute_and_no_reason(body):
    found = read(body)
    assert found.dispute and found.intents == {"cancellation"} and found.fields.reason is None


@pytest.mark.parametrize("body", [
    "Hallo,\n\nmeine Bank hat die Lastschrift korrekt ausgeführt, danke. Wie lade ich die Rechnung herunter?\n\nGruß\nKai",
    "Bonjour,\n\nma banque a bien accepté le prélèvement. Comment télécharger la facture ?\n\nCordialement\nLéa",
])
def test_a_bank_named_without_a_dispute_is_no_dispute(body):
    assert not read(body).dispute


def test_a_french_company_footer_is_no_reason():
    body = ("Madame, Monsieur,\n\nnous vous notifions la résiliation de notre abonnement. Nous vous remercions de bien vouloir "
            "confirmer la date de fin.\n\nSalutations distinguées,\nAnne Roux\n\nSAS Les Érables – au capital de 5 000 € – "
            "RCS Lyon 801 234 567\nCe courriel et ses annexes sont confidentiels et réservés à leurs destinataires.")
    found = owd(body)
    assert found.intents == {"cancellation"} and found.fields.reason is None


@pytest.mark.parametrize("body, intents", [
    ("Bonjour,\n\nrésiliation déjà faite ? Je ne retrouve plus le mail de confirmation.\n\nCordialement\nLéa", set()),
    ("Hallo,\n\nist meine Kündigung schon erfolgt? Ich habe keine Bestätigung.\n\nGruß\nKai", set()),
    ("Bonjour,\n\nmerci de résilier mon abonnement. La résiliation doit être faite avant le 30.\n\nCordialement\nLéa",
     {"cancellation"}),
])
def test_a_cancellation_asked_about_as_done_is_no_new_request(body, intents):
    assert read(body).intents == intents
