"""Held-out language round, German (tests/data/heldout_de/): customers in Germany, Austria and Switzerland
writing to LeadsOptima and Optima WebDesign in German.  The facts and the expected decisions are the shared
scenarios of tests/data/langkit.py (written from POLICY_SPEC.md alone); this file gives the people and the mail.

Run: python3 tests/data/heldout_de/make_cases.py   (rewrites ledger.json, emails/ and expected.json here)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # langkit.py, casekit.py
from langkit import Lang  # noqa: E402

PEOPLE = {
    "dup": ("Julia Schneider", "gmx.de"), "dup7": ("Thomas Becker", "becker-beratung.de"),
    "dup8": ("Sabine Hoffmann", "web.de"), "dup1": ("Markus Wagner", "wagner-it.at"),
    "dup3": ("Katrin Schulz", "gmail.com"), "berr": ("Stefan Koch", "koch-immobilien.de"),
    "berrout": ("Claudia Richter", "t-online.de"), "past": ("Michael Wolf", "gmail.com"),
    "acc": ("Anna Bauer", "bauer-consulting.de"), "accout": ("Lukas Meyer", "gmx.ch"),
    "l1": ("Sandra Klein", "gmail.com"), "l1c": ("Jörg Neumann", "neumann-bau.de"),
    "trial": ("Lena Schwarz", "gmail.com"), "hypo": ("Florian Zimmermann", "zimmermann-marketing.de"),
    "cm": ("Nicole Braun", "braun-studio.de"), "ca": ("Frank Krüger", "krueger-partner.de"),
    "cq": ("Melanie Hartmann", "gmail.com"), "cnr": ("Tobias Lange", "lange-autohaus.de"),
    "thr": ("Laura Werner", "gmail.com"), "mreason": ("Martin Schmitz", "schmitz-versicherungen.de"),
    "c2": ("Birgit Krause", "physio-krause.de"), "fwdok": ("Dennis Lehmann", "lehmann-logistik.de"),
    "fwdboss": ("Dr. Klaus Köhler", "koehler-architekten.de"), "cb": ("Vanessa Huber", "gmail.com"),
    "legal": ("Uwe Fischer", "fischer-import.at"),
}
PROJECTS = {
    "disc": ("Weingut Sonnenhang", "info@weingut-sonnenhang.de", "Weingut Sonnenhang"),
    "disc2": ("Zahnarztpraxis Dr. Lächeln", "praxis@dr-laecheln.de", "Dr. Petra Vogel"),
    "dep": ("Café Kranzler Online", "hallo@cafe-kranzler-online.de", "Monika Engel"),
    "dep72": ("Pension Seeblick", "buchung@pension-seeblick.at", "Pension Seeblick"),
    "depw": ("Baumarkt Gebrüder Keller", "einkauf@baumarkt-keller.de", "Georg Keller"),
    "ms": ("Immobilienportal Nordsee", "it@immo-nordsee.de", "IT-Abteilung Immo Nordsee"),
    "host": ("Sprachschule Babel", "leitung@sprachschule-babel.de", "Sprachschule Babel"),
    "maint": ("Buchhandlung am Markt", "buch@buchhandlung-am-markt.de", "Buchhandlung am Markt"),
    "maintr": ("Bäckerei Sonnenkorn", "bestellung@sonnenkorn.de", "Rosi - Bäckerei Sonnenkorn"),
    "nonref": ("Onlineshop Schwarzwald-Handwerk", "shop@schwarzwald-handwerk.de", "Schwarzwald-Handwerk"),
    "ret8": ("Fitnessstudio KraftWerk", "verwaltung@kraftwerk-fitness.de", "Verwaltung KraftWerk"),
    "ret7": ("Optik Klarblick", "kontakt@optik-klarblick.ch", "Optik Klarblick"),
    "ret5": ("Autowerkstatt Räderwerk", "werkstatt@raederwerk.de", "Werkstatt Räderwerk"),
    "cproj": ("Blumenhaus Frühling", "blumen@blumenhaus-fruehling.de", "Blumenhaus Frühling"),
    "thr": ("Surfschule Welle", "info@surfschule-welle.de", "Surfschule Welle"),
    "failed": ("Kaffeehaus Central Wien", "office@kaffeehaus-central.at", "Kaffeehaus Central"),
}
EXTRA = {"c2_personal": "birgit.krause1975@web.de", "unknown": "ralf.paulsen@paulsen-events.de",
         "assistant": "sekretariat@koehler-architekten.de", "ow_personal": "markus.sonnenhang@gmail.com",
         "prospect": "sophie.lorenz@lorenz-wohnideen.de"}

FWD_ATTACH = dict(
    sender="Dennis Lehmann <{e[fwdok]}>", to="info@leadsoptima.com", subject="Doppelte Abbuchung Jahresplan",
    date="Mon, 29 Sep 2025 18:40:00 +0530",
    body="Hallo,\n\nheute wurde der Jahresplan zweimal abgebucht, jeweils 11.988,00 ₹. Die zweite Buchung ist "
         "{i[typed_fwdok_2]}. Bitte erstatten Sie die doppelte Abbuchung.\n\nDennis Lehmann\n")

T = {
    # ---------------- LeadsOptima
    "l01-dup-inside": dict(
        subject="Doppelte Abbuchung meines Abos",
        body="Hallo,\n\nam 3. September wurde mir der Monatsbeitrag von 1.499,00 ₹ zweimal im Abstand von ein "
             "paar Minuten abgebucht. Die zweite Rechnung ist {i[dup_2]}. Können Sie mir die doppelte Zahlung "
             "bitte zurückerstatten?\n\nViele Grüße\nJulia Schneider\n"),
    "l02-dup-day7": dict(
        subject="Quartalsplan zweimal berechnet",
        body="Guten Abend,\n\nbeim Prüfen meiner Kreditkartenabrechnung sehe ich, dass am 20.08.2025 zweimal "
             "INR 3.999,00 für den Quartalsplan belastet wurden (Rechnungen {i[dup7]} und {i[dup7_2]}). Ich "
             "habe nur ein Konto. Ich bitte um Erstattung der doppelten Belastung, Rechnung {i[dup7_2]}.\n\n"
             "Mit freundlichen Grüßen\nThomas Becker\nBecker Beratung GmbH\n"),
    "l03-dup-day8": dict(
        subject="Jahresabo doppelt bezahlt",
        body="Guten Tag,\n\nam 10. Juli wurde der Jahresplan zweimal abgebucht (je 11.988,00 ₹). Die doppelte "
             "Rechnung ist {i[dup8_2]}. Bitte erstatten Sie die zweite Zahlung.\n\nMfG\nSabine Hoffmann\n"),
    "l04-dup-no-pair": dict(
        subject="Doppelte Zahlung",
        body="Servus,\n\nauf meiner Karte sehe ich, dass der Monatsbeitrag vom 22.09.2025 zweimal abgebucht "
             "wurde. Ich bitte um Rückerstattung der doppelten Zahlung. Rechnung: {i[dup1]}.\n\nLG\n"
             "Markus Wagner\nWagner IT, Graz\n"),
    "l05-dup-three-charges": dict(
        subject="Dreimal derselbe Betrag abgebucht!",
        body="Hallo LeadsOptima-Team,\n\nam 15. September hat euer System das Monatsabo dreimal abgebucht: "
             "{i[dup3]}, {i[dup3_2]} und {i[dup3_3]}, jeweils 1.499,00 ₹. Richtig wäre natürlich nur eine "
             "Abbuchung. Bitte erstattet mir die doppelten Beträge.\n\nKatrin Schulz\n"),
    "l06-billing-error-wrong-plan": dict(
        subject="Falscher Tarif abgerechnet",
        body="Hallo,\n\nam Freitag, den 26. September, wurden mir 3.999,00 ₹ für den Quartalsplan berechnet, "
             "obwohl ich den Monatsplan gewählt hatte. Das ist ein Abrechnungsfehler. Rechnung {i[berr]}. "
             "Ich bitte um Erstattung dieses Betrags.\n\nMit freundlichen Grüßen\nStefan Koch\n"
             "Koch Immobilien\n"),
    "l07-billing-error-outside": dict(
        subject="Falscher Betrag auf Rechnung {i[berrout]}",
        body="Hallo,\n\nam 1. August wurden mir 11.988,00 ₹ für den Jahresplan abgebucht, vereinbart war mit "
             "Ihrem Vertrieb aber ein niedrigerer Preis; der Betrag ist falsch. Ich bitte um Erstattung der "
             "Rechnung {i[berrout]}.\n\nDanke\nClaudia Richter\n"),
    "l08-charged-after-cancelled": dict(
        subject="Abbuchung trotz Kündigung",
        body="Hallo,\n\nich habe mein Abo bereits im August unter Billing > Cancel Plan gekündigt, und trotzdem "
             "haben Sie am 18. September wieder 1.499,00 ₹ abgebucht (Rechnung {i[past]}). Ich möchte das "
             "Geld zurück.\n\nMichael Wolf\n"),
    "l09-access-inside": dict(
        subject="Kein Zugriff auf die Plattform",
        body="Hallo,\n\nich habe am 24. September den Jahresplan bezahlt (Rechnung {i[acc]}) und kann mich seit "
             "dem nächsten Tag nicht mehr einloggen: die Seite lädt ewig und zeigt dann einen Fehler. Der "
             "Chat hat nicht geholfen. Ich beantrage die Rückerstattung der Zahlung.\n\nMit freundlichen "
             "Grüßen\nAnna Bauer\nBauer Consulting\n"),
    "l10-access-outside": dict(
        subject="Kein Zugang - Rückerstattung",
        body="Grüezi,\n\nseit Wochen komme ich nicht mehr in mein Konto, das Dashboard lädt nicht. Bezahlt "
             "habe ich am 5. August (Rechnung {i[accout]}, Monatsplan). Ich möchte eine Rückerstattung.\n\n"
             "Lukas Meyer\n"),
    "l11-not-using-refund": dict(
        subject="Bitte um Rückerstattung",
        body="Hallo,\n\nich nutze das Tool leider gar nicht, ich hatte keine Zeit, es einzurichten. Ich hätte "
             "gern die Zahlung vom 20. September zurück, Rechnung {i[l1]}, Monatsplan.\n\nDanke\n"
             "Sandra Klein\n"),
    "l12-unused-months-refund-and-cancel": dict(
        subject="Kündigung und Erstattung der Restmonate",
        body="Hallo,\n\nich kündige hiermit meinen Quartalsplan, weil wir die Firma zum Monatsende schließen. "
             "Außerdem bitte ich um Erstattung des Anteils für Oktober und November, den ich nicht mehr nutze "
             "(Rechnung {i[l1c]}).\n\nGruß\nJörg Neumann\nNeumann Bau GmbH\n"),
    "l13-trial-refund": dict(
        subject="Erstattung",
        body="Hallo, ich bin in der Testphase und das Produkt überzeugt mich nicht. Bitte erstatten Sie mir, "
             "was Sie abgebucht haben.\n\nLena Schwarz\n"),
    "l14-hypothetical-before-buying": dict(
        subject="Frage vor Abschluss des Jahresplans",
        body="Hallo,\n\nich teste gerade LeadsOptima und überlege, den Jahresplan zu buchen. Wenn ich ihn buche "
             "und nach zwei Monaten merke, dass er nicht passt – würde ich dann das Geld für die ungenutzten "
             "Monate zurückbekommen? Das möchte ich vor dem Bezahlen wissen.\n\nDanke\nFlorian Zimmermann\n"
             "Zimmermann Marketing\n"),
    "l15-cancel-period-end": dict(
        subject="Kündigung meines Abos",
        body="Hallo,\n\nbitte kündigen Sie meinen Monatsplan. Wir verwalten unsere Leads künftig wieder in "
             "unserem eigenen CRM.\n\nViele Grüße\nNicole Braun\nBraun Studio\n"),
    "l16-cancel-annual-fallback": dict(
        subject="Kündigung Jahresplan",
        body="Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir unser Jahresabonnement bei LeadsOptima. "
             "Wir verlängern nicht, da unser Vertrieb auf ein anderes Tool umsteigt.\n\nMit freundlichen "
             "Grüßen\nFrank Krüger\nKrüger & Partner\n"),
    "l17-cancel-quarterly-month-end-html": dict(
        subject="Quartalsplan kündigen", body=None,
        html="<html><body><div style='font-family:Arial'><p>Hallo,</p><p>ich möchte mein Quartalsabo "
             "<b>kündigen</b>. Der Grund: wir brauchen die automatische Akquise nicht mehr.</p><p>Danke<br>"
             "Melanie Hartmann</p><p style='color:#888'>Von meinem iPhone gesendet</p></div></body></html>"),
    "l18-cancel-negated-refund": dict(
        subject="Kündigung",
        body="Hallo, ich möchte keine Rückerstattung, nur das Monatsabo kündigen, damit es sich nicht "
             "verlängert.\n\nTobias Lange\nAutohaus Lange\n"),
    "l19a-thread-dup-no-invoice": dict(
        subject="Doppelte Abbuchung",
        body="Hallo,\n\ngestern (26.09.) habt ihr den Monatsbeitrag zweimal abgebucht. Bitte erstattet mir "
             "eine der beiden Zahlungen.\n\nLaura Werner\n"),
    "l19b-thread-dup-answer": dict(
        subject="AW: Doppelte Abbuchung",
        body="Hallo nochmal,\n\ndie Rechnung der doppelten Abbuchung ist {i[thr_2]}.\n\nDanke\nLaura\n\n"
             "Am Sa., 27. Sept. 2025 um 10:00 schrieb Laura Werner:\n> Hallo,\n> gestern (26.09.) habt ihr "
             "den Monatsbeitrag zweimal abgebucht.\n"),
    "l20-missing-reason": dict(
        subject="Erstattung Rechnung {i[mreason]}",
        body="Sehr geehrte Damen und Herren,\n\nich bitte um Erstattung der Rechnung {i[mreason]}.\n\n"
             "Mit freundlichen Grüßen\nMartin Schmitz\nSchmitz Versicherungen\n"),
    "l21-c2-other-address": dict(
        subject="Doppelt abgebucht", sender="Birgit Krause <{e[c2_personal]}>",
        body="Hallo, ich schreibe von meiner privaten Adresse. Meine bei LeadsOptima registrierte E-Mail ist "
             "{e[c2]}. Am 10. September wurde zweimal abgebucht, Rechnung {i[c2]}. Können Sie mir sagen, "
             "welche Zahlungen auf meinem Konto sind, und die doppelte erstatten?\n\nBirgit Krause\n"),
    "l22-unknown-sender": dict(
        subject="Konto kündigen", sender="Ralf Paulsen <{e[unknown]}>",
        body="Hallo, ich möchte mein LeadsOptima-Konto kündigen, wir brauchen es nicht mehr.\n\nRalf Paulsen\n"
             "Paulsen Events\n"),
    "l23-forward-own-request": dict(
        subject="WG: Doppelte Abbuchung Jahresplan",
        body="Hallo, anbei meine Mail von gestern Abend, die ich versehentlich an info@ geschickt habe.\n\n"
             "Dennis Lehmann\n", attach=FWD_ATTACH),
    "l24-forward-by-assistant-c2": dict(
        subject="WG: Erstattung LeadsOptima", sender="Sekretariat Köhler Architekten <{e[assistant]}>",
        body="Guten Tag, anbei die Anfrage von Herrn Dr. Köhler.\n\n"
             "-----Ursprüngliche Nachricht-----\nVon: Dr. Klaus Köhler\nGesendet: Sonntag, 7. September 2025\n"
             "Betreff: Erstattung LeadsOptima\n\nFrau Berger, bitte an LeadsOptima weiterleiten: meine "
             "registrierte E-Mail ist {e[fwdboss]}, Quartalsplan. Seit dem 6. September kann ich nicht auf die "
             "Plattform zugreifen, das Dashboard lädt nicht. Ich möchte die Rechnung {i[fwdboss]} erstattet "
             "haben.\n"),
    "l25-chargeback-threat": dict(
        subject="Sofortige Erstattung oder Rückbuchung",
        body="Hallo,\n\nam 10. September haben Sie 1.499,00 ₹ abgebucht (Rechnung {i[cb]}), und das Tool ist "
             "nicht das, was ich erwartet habe. Wenn ich das Geld nicht diese Woche zurückbekomme, veranlasse "
             "ich eine Rückbuchung (Chargeback) über meine Bank.\n\nVanessa Huber\n"),
    "l26-legal-threat-cancel-and-refund": dict(
        subject="Kündigung und Erstattung - letzte Aufforderung",
        body="Sehr geehrte Damen und Herren,\n\nhiermit kündige ich meinen Quartalsplan und verlange die "
             "vollständige Erstattung der Rechnung {i[legal]}. Die Leistung entspricht nicht dem Versprochenen. "
             "Ohne Antwort binnen 48 Stunden übergebe ich die Sache meinem Anwalt und wende mich an die "
             "Verbraucherzentrale.\n\nUwe Fischer\nFischer Import GmbH\n"),
    "l27-auto-reply": dict(
        subject="Automatische Antwort: Ihre LeadsOptima-Rechnung",
        body="Vielen Dank für Ihre Nachricht. Ich bin bis zum 6. Oktober nicht im Büro und habe keinen Zugriff "
             "auf meine E-Mails. In dringenden Fällen wenden Sie sich an buchhaltung@braun-studio.de.\n\n"
             "Nicole Braun\n"),

    # ---------------- Optima WebDesign
    "o01-discovery-not-started": dict(
        subject="Erstattungsantrag — Weingut Sonnenhang / {i[ow_disc]}",
        body="Hallo,\n\nwir haben die Discovery-Phase (12.000,00 ₹ zzgl. Steuern) am 22. September bezahlt, "
             "aber es hat noch keine Sitzung stattgefunden. Die Geschäftsführung hat das Website-Projekt auf "
             "2026 verschoben, daher bitten wir um Erstattung der Rechnung {i[ow_disc]}.\n\nMit freundlichen "
             "Grüßen\nWeingut Sonnenhang\n"),
    "o02-discovery-started": dict(
        subject="Erstattung Strategiephase",
        body="Hallo,\n\nwir möchten die Rechnung {i[ow_disc2]} (Strategiephase für das Projekt Zahnarztpraxis "
             "Dr. Lächeln) erstattet haben. Nach der ersten Sitzung am 5. September sehen wir, dass es nicht "
             "zu uns passt.\n\nDr. Petra Vogel\n"),
    "o03-deposit-48h-html": dict(
        subject="Erstattung der Anzahlung — Café Kranzler Online", body=None,
        html="<html><body><p>Hallo Optima-Team,</p><p>am Freitag, 26. September, haben wir die Anzahlung von "
             "<b>20.000,00 ₹</b> (Rechnung {i[ow_dep]}) für das Projekt <i>Café Kranzler Online</i> "
             "bezahlt. Aus finanziellen Gründen machen wir nicht weiter und bitten um Rückzahlung der "
             "Anzahlung. Sie haben noch nicht mit der Arbeit begonnen.</p><p>Viele Grüße<br>Monika Engel</p>"
             "</body></html>"),
    "o04-deposit-exactly-72h": dict(
        subject="Erstattung Anzahlung Pension Seeblick",
        body="Guten Tag,\n\nwir bitten um Rückerstattung der Anzahlung, Rechnung {i[ow_dep72]}, Projekt Pension "
             "Seeblick: der Eigentümer hat entschieden, die Pension zu verkaufen.\n\nPension Seeblick\n"),
    "o05-deposit-work-started": dict(
        subject="Storno und Erstattung der Anzahlung",
        body="Hallo,\n\nwir haben gestern die Anzahlung (Rechnung {i[ow_depw]}) für das Projekt Baumarkt "
             "Gebrüder Keller bezahlt, aber mein Bruder hat eine günstigere Agentur gefunden. Wir bitten um "
             "Erstattung der Anzahlung.\n\nGeorg Keller\n"),
    "o06-milestone-not-started": dict(
        subject="Erstattung Meilenstein 4 Immobilienportal Nordsee",
        body="Hallo,\n\nMeilenstein 4 (CRM-Anbindung), Rechnung {i[typed_ow_ms_4]}, ist noch nicht begonnen und "
             "wir setzen die Anbindung jetzt intern um. Wir bitten um Erstattung dieses Meilensteins.\n\n"
             "IT-Abteilung Immo Nordsee\n"),
    "o07-milestone-in-progress": dict(
        subject="Erstattung Meilenstein 3",
        body="Hallo,\n\nzum Projekt Immobilienportal Nordsee: wir möchten Meilenstein 3 (Rechnung "
             "{i[ms_in_progress]}) erstattet haben, da die Objektsuche Wochen im Verzug ist und sich unsere "
             "Prioritäten geändert haben.\n\nIT-Abteilung Immo Nordsee\n"),
    "o08-milestone-completed": dict(
        subject="Rückerstattung Meilenstein 2",
        body="Hallo,\n\nwir bitten um Rückerstattung der Rechnung {i[ms_completed]} für das Immobilienportal "
             "Nordsee (Meilenstein 2, Exposé-Design). Wir verwenden das Design am Ende doch nicht, weil die "
             "neue Geschäftsleitung einen anderen Stil will.\n\nIT-Abteilung Immo Nordsee\n"),
    "o09-milestone-approved": dict(
        subject="Erstattung Meilenstein 1",
        body="Hallo,\n\nwir hätten gern die Zahlung für Meilenstein 1 ({i[ms_approved]}) des Immobilienportal "
             "Nordsee zurück: wir haben ihn zwar im Juni abgenommen, aber der Endkunde hat seine Meinung zur "
             "Startseite geändert.\n\nIT-Abteilung Immo Nordsee\n"),
    "o10-milestone-no-invoice": dict(
        subject="Erstattung eines Meilensteins",
        body="Hallo,\n\nwir möchten eine der Zahlungen für das Projekt Immobilienportal Nordsee erstattet "
             "bekommen, weil unser Budget für dieses Quartal gekürzt wurde.\n\nIT-Abteilung Immo Nordsee\n"),
    "o11-hosting-within-14-days": dict(
        subject="Jahres-Hosting kündigen und erstatten — Sprachschule Babel",
        body="Hallo,\n\nwir haben am 19. September das Jahres-Hosting gebucht (Rechnung {i[ow_host]}), aber "
             "die Unternehmensgruppe schreibt uns jetzt ihren eigenen Server vor. Bitte kündigen Sie das "
             "Hosting und erstatten Sie uns den anteiligen Betrag.\n\nSprachschule Babel\n"),
    "o12-maintenance-day15": dict(
        subject="Erstattung Jahreswartung Buchhandlung am Markt",
        body="Guten Tag,\n\nwir möchten die Jahreswartung, die am 1. September begonnen hat, kündigen und den "
             "anteiligen Betrag zurück (Rechnung {i[ow_maint]}). Wir haben jetzt einen IT-Dienstleister vor "
             "Ort.\n\nBuchhandlung am Markt\n"),
    "o13-maintenance-rounding": dict(
        subject="Erstattung Wartung — Bäckerei Sonnenkorn / {i[ow_maintr]}",
        body="Hallo,\n\nwir haben die Jahreswartung über 10.000,01 ₹ versehentlich gebucht: sie ist bereits in "
             "unserem Franchise-Paket enthalten. Wir bitten um anteilige Erstattung der Rechnung "
             "{i[ow_maintr]}.\n\nRosi - Bäckerei Sonnenkorn\n"),
    "o14-third-party-domain-ssl": dict(
        subject="Erstattung Domain und SSL",
        body="Hallo,\n\nwir bitten um Erstattung der Rechnung {i[tp]} (.de-Domain und SSL-Zertifikat) für das "
             "Projekt Onlineshop Schwarzwald-Handwerk, weil wir doch unsere alte Domain weiter nutzen.\n\n"
             "Schwarzwald-Handwerk\n"),
    "o15-rush-fee": dict(
        subject="Rückerstattung Express-Zuschlag",
        body="Hallo,\n\nSie haben uns 8.000,00 ₹ Express-Zuschlag berechnet (Rechnung {i[rush]}) für den "
             "Onlineshop Schwarzwald-Handwerk, und die Seite kam nur einen Tag früher als geplant. Wir bitten "
             "um Rückerstattung dieses Zuschlags.\n\nSchwarzwald-Handwerk\n"),
    "o16-setup-fee": dict(
        subject="Erstattung Einrichtungsgebühr",
        body="Hallo,\n\nwir bitten um Erstattung der Einrichtungsgebühr, Rechnung {i[setup]}, für den "
             "Onlineshop Schwarzwald-Handwerk: für das, was gemacht wurde, ist sie viel zu hoch.\n\n"
             "Schwarzwald-Handwerk\n"),
    "o17-change-request": dict(
        subject="Erstattung Änderungsauftrag",
        body="Hallo,\n\nden Änderungsauftrag aus Rechnung {i[cr]} (neuer Zahlungsanbieter) für den Onlineshop "
             "Schwarzwald-Handwerk brauchen wir nicht mehr, weil wir die Bank gewechselt haben. Wir bitten um "
             "Erstattung.\n\nSchwarzwald-Handwerk\n"),
    "o18-retainer-11-days-no-refund": dict(
        subject="Kündigung Retainer — Fitnessstudio KraftWerk",
        body="Hallo,\n\nhiermit kündigen wir den monatlichen Retainer für das Projekt Fitnessstudio KraftWerk "
             "(letzte Rechnung {i[ow_ret8]}). Eine Erstattung für den laufenden Monat wollen wir nicht. Grund: "
             "wir stellen eine eigene Marketingkraft ein.\n\nVerwaltung KraftWerk\n"),
    "o19-retainer-exactly-7-days": dict(
        subject="Kündigung Retainer Optik Klarblick",
        body="Grüezi,\n\nwir kündigen den monatlichen Retainer für Optik Klarblick, Rechnung {i[ow_ret7]}. "
             "Grund: Kostensenkung wegen des Ladenumbaus.\n\nOptik Klarblick\n"),
    "o20-retainer-5-days": dict(
        subject="Retainer Autowerkstatt Räderwerk kündigen",
        body="Guten Tag,\n\nwir möchten den Retainer für das Projekt Autowerkstatt Räderwerk (Rechnung "
             "{i[ow_ret5]}) kündigen, da die Umsätze in diesem Quartal stark eingebrochen sind.\n\n"
             "Werkstatt Räderwerk\n"),
    "o21-cancel-project-o8": dict(
        subject="Stornierung Projekt Blumenhaus Frühling",
        body="Hallo,\n\nleider müssen wir das Projekt Blumenhaus Frühling stornieren (Rechnung der Anzahlung "
             "{i[ow_cproj]}). Der Grund: wir schließen die zweite Filiale und brauchen den Onlineshop nicht "
             "mehr.\n\nBlumenhaus Frühling\n"),
    "o22-cancel-no-reason": dict(
        subject="Kündigung Retainer",
        body="Hallo,\n\nbitte kündigen Sie den Retainer für das Projekt Fitnessstudio KraftWerk, Rechnung "
             "{i[ow_ret8]}.\n\nDanke.\nVerwaltung KraftWerk\n"),
    "o23a-thread-deposit-no-reason": dict(
        subject="Erstattungsantrag — Surfschule Welle / {i[ow_thr]}",
        body="Hallo,\n\nwir bitten um Erstattung der gestern gezahlten Anzahlung für das Projekt Surfschule "
             "Welle, Rechnung {i[ow_thr]}.\n\nViele Grüße\nSurfschule Welle\n"),
    "o23b-thread-deposit-answer": dict(
        subject="AW: Erstattungsantrag — Surfschule Welle / {i[ow_thr]}",
        body="Hallo,\n\nder Grund ist, dass die Gemeinde unsere Strandlizenz nicht verlängert hat und die "
             "Schule nächste Saison nicht öffnet.\n\nViele Grüße\nSurfschule Welle\n"),
    "o24-c2-personal-address": dict(
        subject="Erstattung Weingut Sonnenhang", sender="Markus Sonnenhang <{e[ow_personal]}>",
        body="Hallo, hier Markus vom Weingut Sonnenhang. Ich schreibe von meinem Gmail, weil ich gerade keinen "
             "Zugriff auf die Weingut-Adresse ({e[ow_disc]}) habe. Wir möchten die Rechnung {i[ow_disc]} für "
             "die Discovery erstattet haben, da wir das Projekt verschieben. Können Sie mir auch sagen, wie "
             "viel wir insgesamt schon bezahlt haben?\n"),
    "o25-chargeback-threat": dict(
        subject="DRINGEND: Erstattung Anzahlung oder Rückbuchung",
        body="Hallo,\n\nwenn Sie die Anzahlung aus Rechnung {i[ow_depw]} (Baumarkt Gebrüder Keller) nicht heute "
             "zurückzahlen, lasse ich die Zahlung über meine Kreditkarte zurückbuchen (Chargeback). Wir sind "
             "mit dem Projektstart nicht zufrieden.\n\nGeorg Keller\n"),
    "o26-legal-threat-cancel": dict(
        subject="Kündigung Retainer - Optik Klarblick",
        body="Guten Tag,\n\nwir kündigen den Retainer (Rechnung {i[ow_ret7]}), weil die Leistung diesen Monat "
             "mangelhaft war. Unser Anwalt wird den Vertrag prüfen, und wir behalten uns rechtliche Schritte "
             "vor.\n\nOptik Klarblick\n"),
    "o27-forward-own-request": dict(
        subject="WG: Erstattung Discovery Weingut Sonnenhang",
        body="Anbei unsere Anfrage von gestern, sie ging wohl an die falsche Adresse.\n\n"
             "-----Ursprüngliche Nachricht-----\nVon: Weingut Sonnenhang <{e[ow_disc]}>\nGesendet: Mittwoch, "
             "24. September 2025 10:05\nAn: optimawebdesign@gmail.com\nBetreff: Erstattung Discovery Weingut "
             "Sonnenhang\n\nHallo, wir bitten um Erstattung der Rechnung {i[ow_disc]} (Discovery-Phase des "
             "Projekts Weingut Sonnenhang). Es hat noch keine Sitzung stattgefunden und die Geschäftsführung "
             "hat die Website auf 2026 verschoben.\n"),
    "o28-hypothetical-deposit": dict(
        subject="Frage zur Anzahlung", sender="Sophie Lorenz <{e[prospect]}>",
        body="Hallo,\n\nwir überlegen, Sie mit der Website für unser Einrichtungsgeschäft zu beauftragen. Wenn "
             "wir die Anzahlung leisten und es uns zwei Tage später anders überlegen, bekämen wir sie zurück? "
             "Und wenn Sie schon angefangen haben?\n\nDanke\nSophie Lorenz\n"),
    "o29-auto-reply": dict(
        subject="Abwesenheitsnotiz: Rechnung Optima WebDesign",
        body="Dies ist eine automatische Antwort. Die Verwaltung von KraftWerk ist bis zum 13. Oktober im "
             "Urlaub. Ihre Nachricht wird nach unserer Rückkehr bearbeitet.\n"),
    "o30-payment-failed": dict(
        subject="Erstattung Discovery Kaffeehaus Central",
        body="Hallo,\n\nam 28. September haben wir die Discovery-Phase für das Projekt Kaffeehaus Central Wien "
             "bezahlt (Rechnung {i[ow_failed]}). Die Bank meldet, die Zahlung sei fehlgeschlagen, aber der "
             "Betrag ist vom Konto abgegangen. Da wir nicht weitermachen, bitten wir um Erstattung.\n\n"
             "Kaffeehaus Central\n"),
}

if __name__ == "__main__":
    Lang("de", HERE, 5300, 5300, PEOPLE, PROJECTS, T, EXTRA,
         latin1=("l16-cancel-annual-fallback", "o20-retainer-5-days", "l11-not-using-refund")).build()
