"""fresh29_de: German held-out cases (Rhineland: Cologne, Düsseldorf, Bonn; Hesse: Frankfurt; Munich corporate
procurement and legal departments; Thuringia: Erfurt, Jena, Weimar, Gera; Vorarlberg; Upper Austria: Linz, Wels,
Steyr, Mühlviertel). Stdlib only, deterministic.
Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (names, firms and addresses are invented)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, Mail, K, R, Round, at, cust, lopay, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
DE = 2      # CEST (Germany, Austria) in September 2025

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]


def lo(email, name, plan, charges, start=None, end=None, status="active", trial_ends=None):
    """A LeadsOptima customer and its charges: (invoice, paid_at, amount/tax pair, payment status)."""
    C.append(cust(email, name, plan, status=status, start=start, end=end, trial_ends=trial_ends))
    for inv, paid, money, *st in charges:
        ps, pe = (start, end) if start else (None, None)
        if len(st) > 1:
            ps, pe = st[1]
        PAY.append(lopay(f"de29_{inv[-5:]}", inv, email, plan, *money, paid, ps, pe, status=st[0] if st else "paid"))


def ow(name, contract, started, *payments):
    P.append(proj(name, contract, started))
    for inv, kind, amount, tax, paid, kw in payments:
        PAY.append(owpay(f"de29_{inv[-4:]}", inv, name, kind, amount, tax, paid, **kw))


r = Round(HERE, "de")
SIG_MUC = ("\n\n--\nIsarwerk AG · Zentraleinkauf · Leopoldstraße 210 · 80807 München\nVorstand: Dr. Florian Haberl (Vors.), "
           "Sabine Ortner · Vorsitzender des Aufsichtsrats: Klaus Wimmer\nSitz der Gesellschaft: München · Registergericht: "
           "Amtsgericht München HRB 219874\n\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. "
           "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.")

# ======================= LeadsOptima =======================
lo("jupp.schmitz@netcologne.de", "Josef Schmitz", "monthly",
   [("LO-INV-29101", "2025-09-24T09:00:00", M), ("LO-INV-29102", "2025-09-24T09:01:00", M)], "2025-09-24", "2025-10-23")
r.case("koelsch-doppelt-abgebucht", LOB, [Mail(
    "Jupp Schmitz <jupp.schmitz@netcologne.de>", "zwei mal abgebucht??", at("2025-09-26 08:15", DE),
    "Morje zesamme,\n\nich han gestern op der Kontoauszuch jeguckt un da sinn zwei mal 1.499 von üch abgegangen, "
    "am selben Daach, beide für et Monatsabo. Dat is doch doppelt, oder? Die zweite Rechnung hat de Nummer "
    "lo-inv 29102.\nMaacht dat bitte widder retour, et hätt noch immer jot jejange.\n\nJrööß us Ehrenfeld\n"
    "Jupp\n\nVon meinem iPhone gesendet")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate (Kölsch 'zwei mal abgebucht') + L4: LO-INV-29101/29102 same account, amount, period on 2025-09-24; request 2025-09-26 = day 2; refund the later charge 1499.00; 'lo-inv 29102' normalised (s.8).")

lo("m.fink@vol.at", "Martina Fink", "quarterly",
   [("LO-INV-29111", "2025-09-15T10:00:00", Q), ("LO-INV-29112", "2025-09-15T10:02:00", Q)], "2025-09-15", "2025-12-14")
r.case("vorarlberg-tag7-abends", LOB, [Mail(
    "Martina Fink <m.fink@vol.at>", "Doppelbelastung Quartal - LO-INV-29112", at("2025-09-22 20:00", DE),
    "Griaß Gott,\n\nbeim Durchschauen vom Kreditkartenauszug hab i gsehen, dass ihr das Quartalsabo am 15. "
    "September zweimal verrechnet habt (zwei mal EUR-Gegenwert von 3.999,00 INR). Die Rechnung LO-INV-29112 ist "
    "doppelt. Bitte um Gutschrift der zweiten Abbuchung auf die Karte.\n\nSchöne Grüße aus Dornbirn\nMartina Fink\n"
    "Fink Bürobedarf KG, Marktstraße 18, 6850 Dornbirn")],
    "decided", [R("approve", "3999.00")],
    spec="L3 boundary: charge 2025-09-15 IST (day 0); email 2025-09-22 20:00 +02:00 = 23:30 IST, local date 2025-09-22 = day 7, inside; L4 duplicate LO-INV-29112 -> 3999.00.")

lo("c.becker@becker-werbetechnik.de", "Carsten Becker", "annual",
   [("LO-INV-29121", "2025-09-14T08:00:00", A), ("LO-INV-29122", "2025-09-14T08:01:00", A)], "2025-09-14", "2026-09-13")
r.case("duesseldorf-tag8-nach-mitternacht-ist", LOB, [Mail(
    "Carsten Becker <c.becker@becker-werbetechnik.de>", "Jahreslizenz doppelt berechnet", at("2025-09-21 21:15", DE),
    "Guten Abend,\n\nich sitze gerade an der Buchhaltung fürs Quartal und sehe: Die Jahreslizenz wurde am 14.09. "
    "zweimal abgebucht (LO-INV-29121 und LO-INV-29122, je 11.988,00). Bitte die doppelte Belastung LO-INV-29122 "
    "erstatten. Heute ist ja erst der siebte Tag, also noch in Ihrer Frist.\n\nMit freundlichen Grüßen aus "
    "Düsseldorf-Flingern\nCarsten Becker\nBecker Werbetechnik e.K.")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-14 IST; email Sun 2025-09-21 21:15 +02:00 = 2025-09-22 00:45 IST, local date day 8 > 7 -> deny, although the customer counts day 7 in Düsseldorf.")

lo("buchhaltung@mainblick-consulting.de", "Mainblick Consulting GmbH", "quarterly",
   [("LO-INV-29131", "2025-09-27T11:00:00", Q), ("LO-INV-29132", "2025-09-27T11:01:00", Q),
    ("LO-INV-29133", "2025-09-27T11:02:00", Q)], "2025-09-27", "2025-12-26")
r.case("frankfurt-dreifach", LOB, [Mail(
    "Buchhaltung Mainblick <buchhaltung@mainblick-consulting.de>", "Dreifachbelastung Quartalsabo 27.09.",
    at("2025-09-29 09:40", DE),
    "Ei gude,\n\nda hat euer System wohl geschluckt: Am Samstag wurde das Quartalsabo drei Mal von der Firmenkarte "
    "abgebucht, LO-INV-29131, LO-INV-29132 und LO-INV-29133, jeweils 3.999,00 netto. Eine Buchung ist richtig, die anderen zwei bitte "
    "zurück.\n\nViele Grüße aus Sachsenhausen\nPetra Schäfer\nBuchhaltung\n\nMainblick Consulting GmbH · "
    "Schweizer Str. 54 · 60594 Frankfurt am Main · HRB 118834 AG Frankfurt")],
    "decided", [R("approve", "7998.00")],
    spec="s.8 three identical charges on 2025-09-27, request 2025-09-29 (day 2): every charge after the first is a duplicate: 2 x 3999.00 = 7998.00.")

lo("info@rostbratwurst-erfurt.de", "Erfurter Rostbratwurst-Stand", "monthly",
   [("LO-INV-29141", "2025-09-25T12:00:00", M)], "2025-09-25", "2025-10-24")
r.case("erfurt-doppelt-ohne-paar", LOB, [Mail(
    "Uwe Kallenbach <info@rostbratwurst-erfurt.de>", "Abbuchung doppelt", at("2025-09-27 14:30", DE),
    "Hallo,\n\nmeine Bank zeigt zwei Abbuchungen von LeadsOptima über je 1.768,82, beide am 25.09. Ich habe aber "
    "nur eine Rechnung bekommen, LO-INV-29141. Da ist doch was doppelt gelaufen. Bitte prüfen und das doppelte "
    "Geld zurück.\n\nUwe Kallenbach\nErfurt, Domplatz")],
    "decided", [R("escalate")],
    spec="L4: duplicate claimed inside the window (charge 2025-09-25, request 2025-09-27), but the ledger holds one paid charge only -> no pair -> escalate, no amount.")

lo("einkauf@isarwerk-ag.de", "Isarwerk AG", "annual",
   [("LO-INV-29151", "2025-09-23T10:30:00", A)], "2025-09-23", "2026-09-22")
r.case("muenchen-einkauf-falscher-tarif", LOB, [Mail(
    "Isarwerk AG Zentraleinkauf <einkauf@isarwerk-ag.de>", "Reklamation Rechnung LO-INV-29151 / Bestellung 4500381122",
    at("2025-09-25 11:05", DE),
    "Sehr geehrte Damen und Herren,\n\nmit Bestellung 4500381122 haben wir ausschließlich den Monatstarif "
    "freigegeben. Mit Rechnung LO-INV-29151 vom 23.09.2025 wurde jedoch der Jahrestarif (11.988,00 INR zzgl. "
    "Steuer) belastet. Es wurde uns somit der falsche Tarif berechnet.\n\nWir bitten um Erstattung des "
    "Differenzbetrags bzw. um Korrektur der Belastung.\n\nMit freundlichen Grüßen\ni. A. Stefanie Lechner\n"
    "Strategischer Einkauf IT" + SIG_MUC)],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged for the wrong plan) inside L3 (charge 2025-09-23, request 2025-09-25) -> L5 escalate with the charge LO-INV-29151; the disclaimer is no threat.")

lo("office@donau-druck.at", "Donau Druck OG", "monthly",
   [("LO-INV-29161", "2025-09-26T08:00:00", M)], "2025-09-26", "2025-10-25")
r.case("linz-kein-zugang", LOB, [Mail(
    "Donau Druck - Office <office@donau-druck.at>", "Zugang funktioniert nicht - Rückerstattung",
    at("2025-09-29 16:20", DE),
    "Grüß Gott,\n\nseit Freitag, dem Tag der Abbuchung (LO-INV-29161), kann sich bei uns niemand mehr einloggen. "
    "Es kommt nur \"Session expired\" und dann wieder die Anmeldemaske. Drei Rechner, zwei Browser, Passwort zwei Mal "
    "zurückgesetzt. Wir ersuchen um Rückerstattung, wenn das nicht bis Mittwoch behoben ist, gehts um unsere "
    "Herbstaktion.\n\nMit freundlichen Grüßen\nIng. Herbert Leitner\nDonau Druck OG · Linz-Urfahr")],
    "decided", [R("escalate")],
    spec="L2 access_failure (nobody can log in) inside L3 (charge 2025-09-26, request 2025-09-29, day 3) -> L6 escalate.")

lo("paul.kessler@jenapost.de", "Paul Keßler", "monthly",
   [("LO-INV-29171", "2025-09-10T09:00:00", M)], "2025-09-10", "2025-10-09")
r.case("jena-zugang-zu-spaet", LOB, [Mail(
    "Paul Keßler <paul.kessler@jenapost.de>", "Kein Login möglich", at("2025-09-22 18:10", DE),
    "Sehr geehrtes LeadsOptima-Team,\n\nich kann mich seit der Verlängerung am 10. September nicht mehr anmelden, "
    "die Seite lädt endlos. Ich hatte gehofft, es löst sich von selbst. Da ich den Dienst nun fast zwei Wochen "
    "nicht nutzen konnte, bitte ich um Erstattung der Rechnung LO-INV-29171.\n\nFreundliche Grüße\nPaul Keßler, Jena")],
    "decided", [R("deny")],
    spec="L2 access_failure, but L3: charge 2025-09-10, request 2025-09-22 = day 12 > 7 -> deny citing the 7-day rule.")

lo("web@apfelwein-krause.de", "Kelterei Krause", "quarterly",
   [("LO-INV-29181", "2025-09-25T09:30:00", Q)], "2025-09-25", "2025-12-24")
r.case("hessisch-zu-teuer", LOB, [Mail(
    "Kelterei Krause <web@apfelwein-krause.de>", "Geld zurück fürs Quartal", at("2025-09-27 10:00", DE),
    "Ei gude wie?\n\nMei Sohn hat das Quartalsabo abgeschlosse, LO-INV-29181. Ehrlich gesagt is uns des viel zu "
    "deuer fer so e klaa Kelterei, mir babbele lieber direkt mit de Kunde. Bitte des Geld zurück, mir habbe des "
    "Ding noch kaum benutzt.\n\nGrüß aus Bornheim\nHeinz Krause")],
    "decided", [R("deny")],
    spec="L1: too expensive / hardly used is none of the L2 reasons -> deny and offer cancellation (inside the window does not matter).")

lo("lea.wolff@posteo.de", "Lea Wolff", "monthly", [], status="trial", trial_ends="2025-10-08")
r.case("bonn-testphase", LOB, [Mail(
    "Lea Wolff <lea.wolff@posteo.de>", "Erstattung Testzeitraum?", at("2025-09-30 12:45", DE),
    "Hallo,\n\nich teste LeadsOptima gerade (Monatsplan, Testphase). Ich möchte das nicht weiterführen und hätte "
    "gern mein Geld zurück, falls schon etwas abgebucht wurde. Auf dem Konto sehe ich noch nichts, aber sicher ist "
    "sicher.\n\nViele Grüße aus Bonn-Beuel\nLea Wolff")],
    "decided", [R("deny")], extra_ok=True,
    spec="L7: trial account (trial_ends 2025-10-08), no charges in the ledger -> deny, nothing to refund; no billing unless she subscribes.")

lo("procurement@brenner-medtech.de", "Brenner Medtech GmbH", "annual",
   [("LO-INV-29191", "2025-04-01T10:00:00", A)], "2025-04-01", "2026-03-31")
r.case("muenchen-beschaffung-kuendigung", LOB, [Mail(
    "Brenner Medtech Procurement <procurement@brenner-medtech.de>",
    "Kündigung Rahmenvertrag / Software-Abonnement LeadsOptima (Jahresplan) - Bestell-Nr. 4700012931",
    at("2025-09-19 13:20", DE),
    "Sehr geehrte Damen und Herren,\n\nim Zuge der Konsolidierung unserer Marketing-Tools kündigen wir hiermit das "
    "oben genannte Abonnement (Jahresplan, Kundenkonto procurement@brenner-medtech.de) fristgerecht zum Ende der "
    "laufenden Vertragslaufzeit. Eine Verlängerung ist nicht gewünscht.\n\nBitte senden Sie uns eine schriftliche "
    "Kündigungsbestätigung mit Angabe des Vertragsendes an diese Adresse.\n\nMit freundlichen Grüßen\n\ni. A. "
    "Dr. Johannes Rieger\nSenior Buyer Indirect Procurement\nBrenner Medtech GmbH · Frankfurter Ring 81 · "
    "80807 München\nAmtsgericht München HRB 104512 · Geschäftsführer: Maximilian Brenner")],
    "decided", [K("cancel", "2026-03-31")],
    spec="L8: cancel, active until current_period_end 2026-03-31 (annual period 2025-04-01 - 2026-03-31).")

lo("kasse@tc-gruenweiss-oberkassel.de", "TC Grün-Weiß Oberkassel e.V.", "monthly",
   [("LO-INV-29195", "2025-08-05T09:00:00", M), ("LO-INV-29196", "2025-09-05T09:00:00", M)])
r.case("duesseldorf-verein-kuendigung-fallback", LOB, [Mail(
    "TC Grün-Weiß Oberkassel - Kassenwart <kasse@tc-gruenweiss-oberkassel.de>", "Kündigung Monatsabo Verein",
    at("2025-09-23 21:50", DE),
    "Liebes LeadsOptima-Team,\n\nauf der Mitgliederversammlung am Freitag wurde beschlossen, die Mitgliederwerbung "
    "künftig wieder über den Vereinsnewsletter zu machen. Ich kündige deshalb im Auftrag des Vorstands unser "
    "Monatsabo.\n\nSportliche Grüße\nWolfgang Pesch\nKassenwart\nTC Grün-Weiß Oberkassel e.V. · Vereinsregister "
    "Düsseldorf VR 4471")],
    "decided", [K("cancel", "2025-10-04")],
    spec="L8 fallback: no current period in the ledger; last charge LO-INV-29196 on 2025-09-05 + 1 month - 1 day = 2025-10-04.")

lo("hallo@brauhaus-klaaf.de", "Brauhaus Klaaf", "quarterly",
   [("LO-INV-29201", "2025-08-20T10:00:00", Q)], "2025-08-20", "2025-11-19")
r.case("koeln-kuendigen-und-rest-zurueck", LOB, [Mail(
    "Brauhaus Klaaf <hallo@brauhaus-klaaf.de>", "Kündigung + Rest zurück", at("2025-09-24 15:10", DE),
    "Hallo zusammen,\n\nwir stellen das Online-Marketing ein, der Köbes macht jetzt Instagram. Bitte kündigt unser "
    "Quartalsabo sofort und überweist uns die restlichen Wochen bis November anteilig zurück, wir nutzen es ab "
    "heute nicht mehr.\n\nKölle Alaaf\nGereon Klaaf\nBrauhaus Klaaf, Severinsviertel")],
    "decided", [R("deny"), K("cancel", "2025-11-19")],
    spec="L1/L8: refund of unused weeks is no L2 reason -> deny; cancellation -> active until current_period_end 2025-11-19, no partial refund.")

lo("info@autohaus-gerber.de", "Autohaus Gerber", "monthly",
   [("LO-INV-29211", "2025-09-18T09:00:00", M)], "2025-09-18", "2025-10-17")
r.case("gera-steuerberater-fuer-mandant", LOB, [Mail(
    "Steuerkanzlei Vogt <kanzlei@stb-vogt-gera.de>", "Mandant Autohaus Gerber - Kündigung", at("2025-09-24 10:30", DE),
    "Sehr geehrte Damen und Herren,\n\nwir betreuen das Autohaus Gerber (Kundenkonto info@autohaus-gerber.de) "
    "steuerlich. Unser Mandant bittet uns, sein Monatsabo bei Ihnen zu kündigen, und wir benötigen für die "
    "Buchhaltung eine Aufstellung aller Zahlungen 2025.\n\nMit freundlichen Grüßen\nDipl.-Kfm. Rainer Vogt\n"
    "Steuerberater\nSteuerkanzlei Vogt · Sorge 12 · 07545 Gera")],
    "need_info", rules=["C2"],
    spec="C2: the tax adviser writes from the firm's address for the registered account info@autohaus-gerber.de -> ask for the request from the registered address; no payment list disclosed.")

lo("m.kronberg@kronberg-capital.de", "Dr. Maximilian Kronberg", "monthly",
   [("LO-INV-29221", "2025-09-26T07:00:00", M), ("LO-INV-29222", "2025-09-26T07:01:00", M)], "2025-09-26", "2025-10-25")
r.case("frankfurt-wg-assistenz", LOB, [Mail(
    "Sekretariat Kronberg Capital <sekretariat@kronberg-capital.de>", "WG: doppelte Abbuchung LeadsOptima",
    at("2025-09-29 08:55", DE),
    "Sehr geehrte Damen und Herren,\n\nanbei die Nachricht von Herrn Dr. Kronberg mit der Bitte um Bearbeitung.\n\n"
    "Mit freundlichen Grüßen\nJasmin Weber\nAssistenz der Geschäftsführung\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Kronberg, Maximilian <m.kronberg@kronberg-capital.de>\n"
    "Gesendet: Samstag, 27. September 2025 22:14\nAn: Sekretariat <sekretariat@kronberg-capital.de>\n"
    "Betreff: doppelte Abbuchung LeadsOptima\n\nFrau Weber, bitte an LeadsOptima: das Monatsabo wurde am 26.9. "
    "doppelt abgebucht (LO-INV-29222), mein Konto dort ist m.kronberg@kronberg-capital.de. Erstattung der zweiten "
    "Abbuchung. MK\n\nVon meinem iPad gesendet")],
    "need_info", rules=["C2"],
    spec="s.8 forward: the Outlook 'WG:' block carries a request naming the registered m.kronberg@kronberg-capital.de; the assistant's address is not it -> C2, ask for the request from that address.")

r.case("plus-tag-adresse", LOB, [Mail(
    "Jupp Schmitz <jupp.schmitz+leads@netcologne.de>", "Kündigung", at("2025-09-28 19:30", DE),
    "Hallo,\n\nbitte mein Monatsabo zum Ende kündigen. Ich mach nächstes Jahr Rente.\n\nJupp Schmitz")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: a +tag makes another address; jupp.schmitz+leads@netcologne.de is not the registered jupp.schmitz@netcologne.de -> C2.")

lo("rechnungswesen@muehlviertler-holz.at", "Mühlviertler Holzbau GmbH", "monthly",
   [("LO-INV-29231", "2025-09-27T09:00:00", M)], "2025-09-27", "2025-10-26")
r.case("muehlviertel-ohne-grund", LOB, [Mail(
    "Rechnungswesen Mühlviertler Holzbau <rechnungswesen@muehlviertler-holz.at>", "Rückerstattung LO-INV-29231",
    at("2025-09-29 07:45", DE),
    "Sehr geehrte Damen und Herren,\n\nwir ersuchen höflich um Rückerstattung der Rechnung LO-INV-29231 auf das "
    "ursprüngliche Zahlungsmittel.\n\nWir bitten um Erledigung.\n\nMit freundlichen Grüßen\nMag. (FH) Theresa "
    "Hölzl\nRechnungswesen\n\nMühlviertler Holzbau GmbH · Hauptplatz 3 · 4240 Freistadt\nFN 318224x, LG Linz · "
    "UID ATU66918821\n\nDer Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten "
    "Adressaten bestimmt.")],
    "need_info", missing=["reason"],
    spec="C3/s.8: registered sender, plan from the ledger, invoice given; the courtesy formulas, register line and confidentiality notice are not reasons -> ask for reason.")

lo("info@veedel-fahrraeder.de", "Veedel Fahrräder", "monthly",
   [("LO-INV-29241", "2025-08-28T09:00:00", M, "paid", ("2025-08-28", "2025-09-27")), ("LO-INV-29242", "2025-09-28T09:00:00", M)], "2025-09-28", "2025-10-27")
r.case("koeln-falscher-betrag-ohne-rechnung", LOB, [Mail(
    "Veedel Fahrräder <info@veedel-fahrraeder.de>", "falscher Betrag", at("2025-09-29 12:10", DE),
    "Hi,\n\nihr habt uns einen falschen Betrag abgebucht, auf dem Kontoauszug steht deutlich mehr als die 1.499 "
    "die wir mal vereinbart hatten. Bitte korrigieren und die Differenz erstatten. Die Rechnungsnummer hab ich "
    "grad nicht, bin in der Werkstatt.\n\nCiao\nNico vom Veedel Fahrräder, Nippes")],
    "need_info", missing=["invoice_number"],
    spec="C3: refund for a billing error from the registered sender, plan from the ledger, reason given; two charges on the account, so the charge is not identified -> ask for invoice_number.")

roth1 = Mail("Anja Roth <anja.roth@roth-events.de>", "Doppelte Zahlung", at("2025-09-25 17:20", DE),
             "Hallo,\n\nich wurde für mein Monatsabo am 20.09. zweimal belastet. Bitte einmal zurückerstatten.\n\n"
             "Danke und Gruß\nAnja Roth\nRoth Events · Bonn-Bad Godesberg")
lo("anja.roth@roth-events.de", "Anja Roth", "monthly",
   [("LO-INV-29251", "2025-09-20T10:00:00", M), ("LO-INV-29252", "2025-09-20T10:02:00", M)], "2025-09-20", "2025-10-19")
r.case("bonn-thread-rechnung-nachgereicht", LOB, [roth1, Mail(
    "Anja Roth <anja.roth@roth-events.de>", "AW: Doppelte Zahlung [LO-2931]", at("2025-09-29 09:05", DE),
    "Hallo,\n\nhier die Nummer der zweiten Rechnung: LO-INV-29252.\n\nGruß\nAnja Roth\n\n"
    "Am 26.09.2025 um 10:12 schrieb LeadsOptima Support <support@leadsoptima.com>:\n> Bitte nennen Sie uns die "
    "Rechnungsnummer der doppelten Abbuchung.", reply=roth1, refs_extra=["<lo-2931-ask@leadsoptima.com>"])],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: the answer gives LO-INV-29252; request time is the first email 2025-09-25 = day 5 of the charge 2025-09-20 (the answer on day 9 does not move it) -> L4 approve 1499.00.")

weimar1 = Mail("Weimarer Buchbinderei <post@weimarer-buchbinderei.de>", "Rechnung LO-INV-29261",
               at("2025-09-26 11:00", DE),
               "Guten Tag,\n\nbitte erstatten Sie uns die Rechnung LO-INV-29261.\n\nMit freundlichen Grüßen\n"
               "Katrin Göbel\nWeimarer Buchbinderei, Weimar")
lo("post@weimarer-buchbinderei.de", "Weimarer Buchbinderei", "monthly",
   [("LO-INV-29261", "2025-09-24T09:00:00", M)], "2025-09-24", "2025-10-23")
r.case("weimar-thread-grund-login", LOB, [weimar1, Mail(
    "Weimarer Buchbinderei <post@weimarer-buchbinderei.de>", "Re: Rechnung LO-INV-29261 [LO-2932]",
    at("2025-09-30 10:15", DE),
    "Guten Tag,\n\nder Grund: Wir kommen seit dem 25. September nicht mehr in das Dashboard, es lädt einfach nicht. "
    "Ihr Support hat sich dazu noch nicht gemeldet.\n\nK. Göbel", reply=weimar1,
    refs_extra=["<lo-2932-ask@leadsoptima.com>"])],
    "decided", [R("escalate")],
    spec="C3 thread: the reason given in the answer is access_failure; request time = first email 2025-09-26 (day 2 of charge 2025-09-24) -> L6 escalate.")

lo("finanzen@ffm-startup-hub.de", "FFM Startup Hub", "monthly",
   [("LO-INV-29271", "2025-09-28T08:00:00", M), ("LO-INV-29272", "2025-09-28T08:01:00", M)], "2025-09-28", "2025-10-27")
r.case("frankfurt-chargeback-drohung", LOB, [Mail(
    "FFM Startup Hub Finance <finanzen@ffm-startup-hub.de>", "Double charge / doppelte Abbuchung", at("2025-09-29 18:30", DE),
    "Hi team,\n\nkurz und knapp: Monatsabo am 28.09. doppelt abgebucht, LO-INV-29272 ist die doppelte. Wenn das "
    "bis Freitag nicht zurück ist, machen wir ein Chargeback über die Kreditkarte.\n\nBest\nTim Hofmann\n"
    "Finance Lead · FFM Startup Hub · Hanauer Landstraße")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat -> escalate, although L4 alone would approve (pair on 2025-09-28, request day 1).")

lo("b.huber@bregenzerwald-kaese.at", "Bernhard Huber", "monthly",
   [("LO-INV-29281", "2025-09-27T09:00:00", M), ("LO-INV-29282", "2025-09-27T09:01:00", M)], "2025-09-27", "2025-10-26")
r.case("vorarlberg-keine-rueckbuchung", LOB, [Mail(
    "Bernhard Huber <b.huber@bregenzerwald-kaese.at>", "zweimal verrechnet", at("2025-09-28 17:40", DE),
    "Hoi mitanand,\n\nihr habts mir das Monatsabo am 27. zweimal verrechnet, LO-INV-29281 und LO-INV-29282. "
    "Über die Bank zurückholen will ich das ned, das ist mir zu umständlich, und ich bin sicher ihr regelts das "
    "selber. Bitte die zweite Abbuchung (29282) zurück.\n\nPfiat eich\nBernhard Huber, Käserei Egg")],
    "decided", [R("approve", "1499.00")],
    spec="L4 duplicate on 2025-09-27, request day 1 -> approve the later charge 1499.00; the bank reversal is ruled out by the customer, not threatened (s.8 negation), so C4 does not fire.")

lo("r.schulz@schulz-immobilien-ddorf.de", "Ralf Schulz", "quarterly",
   [("LO-INV-29291", "2025-09-10T09:00:00", Q)], "2025-09-10", "2025-12-09")
r.case("duesseldorf-kuendigung-anwalt", LOB, [Mail(
    "Ralf Schulz <r.schulz@schulz-immobilien-ddorf.de>", "Kündigung - mit sofortiger Wirkung", at("2025-09-25 14:00", DE),
    "Guten Tag,\n\nich kündige das Quartalsabo. Die versprochenen Leads aus Düsseldorf sind nie gekommen. Mein "
    "Anwalt prüft bereits, ob die Werbeversprechen auf Ihrer Seite haltbar sind.\n\nRalf Schulz\n"
    "Schulz Immobilien, Königsallee")],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): the lawyer mention escalates the cancellation too.")

r.case("muenchen-abwesenheitsnotiz", LOB, [Mail(
    "\"Lechner, Stefanie\" <einkauf@isarwerk-ag.de>", "Automatische Antwort: Ihre Anfrage [LO-2927]", at("2025-09-26 07:02", DE),
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.10.2025 nicht im Büro. In dringenden Fällen "
    "wenden Sie sich bitte an einkauf-team@isarwerk-ag.de.\n\nMit freundlichen Grüßen\nStefanie Lechner",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied (Outlook out-of-office) -> ignore, although it comes from a registered address.")

r.case("netcologne-unzustellbar", LOB, [Mail(
    "Mail Delivery System <MAILER-DAEMON@mx.netcologne.de>", "Unzustellbar: Ihre Kündigungsbestätigung",
    at("2025-09-27 03:14", DE),
    "Diese Nachricht wurde automatisch erstellt.\nDie Nachricht konnte nicht zugestellt werden an:\n"
    "  jupp.schmitz@netcologne.de\nGrund: Postfach voll.",
    dsn=[[("Reporting-MTA", "dns; mx.netcologne.de")],
         [("Final-Recipient", "rfc822; jupp.schmitz@netcologne.de"), ("Action", "failed"), ("Status", "4.2.2")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON delivery-status report (RFC 3464) -> ignore.")

r.case("muenchen-rechnungsanschrift", LOB, [Mail(
    "Isarwerk AG Zentraleinkauf <einkauf@isarwerk-ag.de>", "Änderung Rechnungsanschrift / Bestellbezug",
    at("2025-09-30 09:30", DE),
    "Sehr geehrte Damen und Herren,\n\nbitte stellen Sie künftige Rechnungen an folgende Anschrift aus: Isarwerk AG, "
    "Kreditorenbuchhaltung, Postfach 40 12 20, 80712 München, und geben Sie stets unsere Bestellnummer 4500381122 an. "
    "Rechnungen ohne Bestellbezug können wir leider nicht bearbeiten.\n\nDies ist keine Kündigung; der Vertrag "
    "läuft unverändert weiter.\n\nMit freundlichen Grüßen\ni. A. Stefanie Lechner" + SIG_MUC)],
    "other", spec="Invoice address and PO reference request; the cancellation is explicitly negated (s.8) -> other.")

r.case("thueringen-keine-erstattung-nur-frage", LOB, [Mail(
    "Paul Keßler <paul.kessler@jenapost.de>", "Frage zum Betrag", at("2025-09-15 20:05", DE),
    "Hallo,\n\nauf der Kreditkarte stehen 1.768,82 statt der 1.499, die auf der Webseite stehen. Ich will kein Geld "
    "zurück, ich möchte nur verstehen, woraus sich der Betrag zusammensetzt, ist das die Steuer?\n\nGruß Paul Keßler")],
    "other", spec="s.8 negation: 'ich will kein Geld zurück'; a question about the amount (1499.00 + 269.82 tax) is no refund or cancellation -> other.")

r.case("suhl-verein-vor-dem-kauf", LOB, [Mail(
    "Kleingartenverein Am Domberg Suhl <vorstand@kgv-domberg-suhl.de>", "Frage vor Abschluss Jahresabo",
    at("2025-09-23 19:40", DE),
    "Sehr geehrte Damen und Herren,\n\nunser Verein überlegt, das Jahresabo abzuschließen, um neue Pächter zu "
    "gewinnen. Bekämen wir das Geld zurück, wenn wir nach zwei Monaten merken, dass es nichts für uns ist? Und "
    "gibt es einen Vereinsrabatt?\n\nMit freundlichen Grüßen\nGisela Rudolph\n1. Vorsitzende")],
    "other", spec="s.8 hypothetical before buying: a policy question, no account, nothing requested -> other.")

r.case("linz-danke-geht-wieder", LOB, [Mail(
    "Donau Druck - Office <office@donau-druck.at>", "AW: Zugang funktioniert nicht - Rückerstattung",
    at("2025-09-30 11:30", DE),
    "Grüß Gott,\n\nkurze Rückmeldung: seit heute früh klappt das Login wieder, danke an euren Techniker! Die "
    "Rückerstattung brauchen wir damit nicht mehr, das Thema ist für uns erledigt.\n\nMfG\nHerbert Leitner",
    refs_extra=["<del07-1.202509291620@donau-druck.at>", "<lo-2936-tech@leadsoptima.com>"])],
    "other", spec="A past access problem now solved; the refund is withdrawn ('brauchen wir nicht mehr') -> thanks, other. One-email case.")

lo("kontakt@bembel-design.de", "Bembel Design", "monthly",
   [("LO-INV-29301", "2025-09-29T09:00:00", M), ("LO-INV-29302", "2025-09-29T09:01:00", M)], "2025-09-29", "2025-10-28")
r.case("frankfurt-nur-html", LOB, [Mail(
    "Bembel Design <kontakt@bembel-design.de>", "Doppelbuchung", at("2025-09-30 13:25", DE), None,
    html="<html><body><div style=\"font-family:Calibri\"><p>Hallo LeadsOptima,</p><p>gestern wurde unser "
         "Monatsabo <b>doppelt abgebucht</b>:</p><ul><li>LO-INV-29301 &ndash; 1.499,00</li><li>LO-INV-29302 "
         "&ndash; 1.499,00</li></ul><p>Bitte die zweite Buchung (LO-INV-29302) erstatten.</p><p>Viele "
         "Gr&uuml;&szlig;e<br>Lisa Brandt<br>Bembel Design &middot; Offenbach/Frankfurt</p></div></body></html>")],
    "decided", [R("approve", "1499.00")],
    spec="HTML-only mail: L4 duplicate pair on 2025-09-29, request day 1 -> approve LO-INV-29302 = 1499.00.")

lo("k.gruber@gruber-steyr.at", "Karin Gruber", "monthly",
   [("LO-INV-29311", "2025-09-23T09:00:00", M), ("LO-INV-29312", "2025-09-23T09:01:00", M, "refunded")],
   "2025-09-23", "2025-10-22")
r.case("steyr-schon-erstattet", LOB, [Mail(
    "Karin Gruber <k.gruber@gruber-steyr.at>", "Doppelt abgebucht 23.9.", at("2025-09-25 10:10", DE),
    "Grüß Gott,\n\nam 23. wurde mein Monatsabo zwei Mal abgebucht, die zweite Rechnung ist LO-INV-29312. Ich "
    "ersuche um Rückerstattung.\n\nMfG Karin Gruber, Steyr")],
    "decided", [R("escalate")],
    spec="s.8 payments not paid: LO-INV-29312 is 'refunded' in the ledger; a refund of it is escalated (and no pair of paid charges exists: L4 escalate too).")

lo("buero@koelner-dachdecker.de", "Dachdeckerei Hamacher", "monthly",
   [("LO-INV-29321", "2025-09-15T09:00:00", M)], "2025-09-15", "2025-10-14")
r.case("koeln-mehrere-anliegen-kuendigung", LOB, [Mail(
    "Dachdeckerei Hamacher - Büro <buero@koelner-dachdecker.de>", "Diverses", at("2025-09-26 16:45", DE),
    "Hallo,\n\nich hab drei Sachen, der Chef ist auf dem Dach und ich mach das Büro:\n\n1. Unsere Adresse hat sich "
    "geändert, neu ist Vogelsanger Str. 300, 50827 Köln.\n2. Können Sie mir die Rechnung vom September nochmal "
    "schicken? Die ist im Spam gelandet.\n3. Und dann sollen wir das Monatsabo kündigen, der Chef sagt, wir haben "
    "eh mehr Aufträge als Leute.\n\nDanke!\nSandra Hamacher")],
    "decided", [K("cancel", "2025-10-14")],
    spec="Several requests; the cancellation (point 3) -> L8 cancel, active until current_period_end 2025-10-14; address change and invoice copy are not intents.")

lo("f.pichler@pichler-landtechnik.at", "Franz Pichler", "quarterly",
   [("LO-INV-29331", "2025-07-20T09:00:00", Q)], "2025-07-20", "2025-10-19")
r.case("wels-diktiert", LOB, [Mail(
    "Franz Pichler <f.pichler@pichler-landtechnik.at>", "Kündigung", at("2025-09-24 06:50", DE),
    "hallo komma\nhier ist der franz pichler von pichler landtechnik in wels punkt ich moechte das abo kuendigen "
    "das quartals abo punkt wir haben das heuer probiert aber die bauern kaufen halt beim haendler den sie kennen "
    "punkt bitte bestaetigen punkt\ndanke franz pichler\n\n--\nDiktiert mit Siri, bitte Fehler entschuldigen")],
    "decided", [K("cancel", "2025-10-19")],
    spec="Dictated mail (no punctuation, spoken 'punkt'): L8 cancel, active until current_period_end 2025-10-19.")

lo("info@bonner-sprachschule.de", "Bonner Sprachschule", "annual",
   [("LO-INV-29341", "2025-06-10T09:00:00", A)], "2025-06-10", "2026-06-09")
r.case("bonn-jahresabo-login-kuendigen", LOB, [Mail(
    "Bonner Sprachschule <info@bonner-sprachschule.de>", "Login geht nicht - kündigen und Geld zurück",
    at("2025-09-20 11:20", DE),
    "Sehr geehrte Damen und Herren,\n\nseit Wochen können wir uns nicht einloggen, die Plattform lädt nicht. Wir "
    "möchten das Jahresabo kündigen und das Geld für die Rechnung LO-INV-29341 zurück.\n\nMit freundlichen "
    "Grüßen\nElena Marković\nSchulleitung")],
    "decided", [R("deny"), K("cancel", "2026-06-09")],
    spec="Refund: access_failure but L3, charge 2025-06-10, request 2025-09-20 = day 102 -> deny; cancellation: L8 active until current_period_end 2026-06-09.")

r.case("falsches-postfach-owd-kunde", LOB, [Mail(
    "Kölner Zahnwerk <praxis@koelner-zahnwerk.de>", "Kündigung", at("2025-09-26 13:00", DE),
    "Guten Tag,\n\nhiermit kündigen wir unser Abo bei Ihnen, wir haben uns intern umorganisiert.\n\n"
    "Praxis Dr. Nguyen, Köln")],
    "need_info", rules=["C2"],
    spec="s.8 the other brand's customer: the sender is an Optima WebDesign contract email writing to the LeadsOptima inbox (C1); unknown in LeadsOptima's ledger -> C2/C3, nothing cancelled; missing not asserted.")

lo("t.lange@lange-kfz-erfurt.de", "Thomas Lange", "monthly",
   [("LO-INV-29351", "2025-09-08T09:00:00", M)], "2025-09-08", "2025-10-07")
r.case("erfurt-nach-kuendigung-zu-spaet", LOB, [Mail(
    "Thomas Lange <t.lange@lange-kfz-erfurt.de>", "Abbuchung trotz Kündigung", at("2025-09-24 08:30", DE),
    "Hallo,\n\nich hatte im August gekündigt und trotzdem wurde am 8. September abgebucht (LO-INV-29351). Das "
    "ist eine Abbuchung nach meiner Kündigung, also bitte Geld zurück.\n\nThomas Lange\nKfz-Meisterbetrieb Lange, Erfurt")],
    "decided", [R("deny")], extra_ok=True,
    spec="L2 billing_error (charged after cancelling) but L3: charge 2025-09-08, request 2025-09-24 = day 16 > 7 -> deny.")

lo("legal@alpenblick-versicherung.de", "Alpenblick Versicherung AG", "quarterly",
   [("LO-INV-29361", "2025-08-01T09:00:00", Q)], "2025-08-01", "2025-10-31")
r.case("muenchen-rechtsabteilung-kuendigung", LOB, [Mail(
    "Alpenblick Versicherung AG - Recht <legal@alpenblick-versicherung.de>", "Kündigung Quartalsabonnement",
    at("2025-09-18 15:30", DE),
    "Sehr geehrte Damen und Herren,\n\nnamens und im Auftrag der Alpenblick Versicherung AG kündigen wir das "
    "Quartalsabonnement zum Ende der laufenden Abrechnungsperiode, da die Marketingabteilung auf ein "
    "konzerneigenes Tool umstellt. Wir bitten um schriftliche Bestätigung.\n\nMit freundlichen Grüßen\n\n"
    "Dr. Katharina Obermaier\nSyndikusrechtsanwältin · Rechtsabteilung\nAlpenblick Versicherung AG · "
    "Maximilianstraße 12 · 80539 München")],
    "decided", [K("cancel", "2025-10-31")],
    ambiguous="The signature names the writer's job (in-house lawyer, legal department); C4 escalates 'mentions of lawyers', which a literal reading could apply here, though nothing is threatened.",
    spec="L8 cancel, active until current_period_end 2025-10-31; the in-house lawyer's signature threatens nothing (C4 arguably not).")

# ======================= Optima WebDesign =======================
ow("Kölner Zahnwerk Website", "praxis@koelner-zahnwerk.de", None,
   ("OWD-2025-2901", "discovery", "9500.00", "1710.00", "2025-09-22T11:00:00", {}))
r.case("owd-koeln-discovery-ohne-start", OWB, [Mail(
    "Kölner Zahnwerk <praxis@koelner-zahnwerk.de>", "Refund Request — Kölner Zahnwerk Website / OWD-2025-2901",
    at("2025-09-25 12:30", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nwir haben am 22.09. die Discovery-Gebühr (9.500,00 INR netto) für das "
    "Projekt \"Kölner Zahnwerk Website\" gezahlt. Der erste Workshop hat noch nicht stattgefunden. Die Praxis "
    "wird zum Jahresende verkauft, das Projekt entfällt daher. Wir bitten um Rückerstattung.\n\nMit freundlichen "
    "Grüßen\nDr. Minh Nguyen\nKölner Zahnwerk · Aachener Str. 1 · 50674 Köln")],
    "decided", [R("approve", "9500.00")], extra_ok=True,
    spec="O1: discovery fee, work_started_at empty -> approve in full 9500.00 (before tax).")

ow("Jenaer Optikhaus Blog", "marketing@jenaer-optikhaus.de", "2025-09-18T10:00:00",
   ("OWD-2025-2902", "discovery", "7000.00", "1260.00", "2025-09-15T10:00:00", {}))
r.case("owd-jena-discovery-begonnen", OWB, [Mail(
    "Jenaer Optikhaus Marketing <marketing@jenaer-optikhaus.de>", "Erstattung Strategie-Workshop", at("2025-09-24 09:15", DE),
    brand=OWB, body=
    "Guten Morgen,\n\nden Strategie-Workshop für den \"Jenaer Optikhaus Blog\" hatten wir am 18. September. Ehrlich "
    "gesagt hat er uns nicht viel gebracht. Wir möchten die Gebühr (OWD-2025-2902) zurück und das Projekt nicht "
    "weiterverfolgen.\n\nFreundliche Grüße\nSusanne Walther")],
    "decided", [R("deny")], extra_ok=True,
    spec="O1: discovery session held on 2025-09-18 (work_started_at before the request 2025-09-24) -> deny.")

ow("Grüne-Soße-Festival Frankfurt", "orga@gruene-sosse-fest.de", None,
   ("OWD-2025-2903", "deposit", "20000.00", "3600.00", "2025-09-28T10:00:00", {}))
r.case("owd-frankfurt-anzahlung-in-frist", OWB, [Mail(
    "Orga Grüne-Soße-Festival <orga@gruene-sosse-fest.de>", "Anzahlung zurück - Festival abgesagt",
    at("2025-09-30 09:00", DE), brand=OWB, body=
    "Ei gude,\n\ndie Stadt hat uns den Platz am Roßmarkt nicht genehmigt, das Festival 2026 fällt aus. Bitte die "
    "Anzahlung für \"Grüne-Soße-Festival Frankfurt\", Rechnung OWD-2025-2903, zurück. Angefangen habt ihr ja noch "
    "nix, oder?\n\nGrüß\nMichael Bender\nFestivalverein Grie Soß e.V.")],
    "decided", [R("approve", "20000.00")], extra_ok=True,
    spec="O2: deposit paid 2025-09-28 10:00 IST; request 2025-09-30 09:00 +02:00 = 12:30 IST (50.5 h < 72 h), no work started -> approve 20000.00 (before tax).")

ow("Linzer Torten Shop", "shop@linzer-torten.at", None,
   ("OWD-2025-2904", "deposit", "15000.00", "2700.00", "2025-09-22T10:00:00", {}))
r.case("owd-linz-genau-72-stunden", OWB, [Mail(
    "Linzer Torten <shop@linzer-torten.at>", "Stornierung Anzahlung OWD-2025-2904", at("2025-09-25 06:30", DE),
    brand=OWB, body=
    "Grüß Gott,\n\nwir ersuchen um Rückerstattung der Anzahlung für den \"Linzer Torten Shop\" (OWD-2025-2904). "
    "Unser Geschäftsführer hat sich doch für eine Shop-Lösung vom Bäckereiverband entschieden.\n\nMit "
    "freundlichen Grüßen\nMonika Aigner\nLinzer Torten GmbH")],
    "decided", [R("deny")], extra_ok=True,
    spec="s.8 exactly 72 hours: paid 2025-09-22 10:00 IST; email 2025-09-25 06:30 +02:00 = 10:00 IST, exactly 72 h, not 'before 72 hours' -> deny (O2).")

ow("Dornbirn Messe Portal", "web@dornbirn-messe.at", "2025-09-28T09:00:00",
   ("OWD-2025-2905", "deposit", "24000.00", "4320.00", "2025-09-27T12:00:00", {}))
r.case("owd-dornbirn-anzahlung-arbeit-begonnen", OWB, [Mail(
    "Messe Dornbirn Web <web@dornbirn-messe.at>", "Rückerstattung Anzahlung Dornbirn Messe Portal", at("2025-09-29 15:00", DE),
    brand=OWB, body=
    "Hoi,\n\nwir haben am Samstag die Anzahlung (OWD-2025-2905) überwiesen. Gestern hat uns euer Team schon die ersten "
    "Wireframes geschickt, aber der Vorstand hat das Budget heute gestrichen. Bitte die Anzahlung zurück, sind ja "
    "noch keine 72 Stunden.\n\nSchöne Grüße\nLukas Mathis")],
    "decided", [R("deny")], extra_ok=True,
    spec="O2 'whichever occurs first': paid 2025-09-27 12:00, work started 2025-09-28 09:00 IST, before the request 2025-09-29 -> deny although within 72 h.")

ow("Isarwerk Intranet", "projekte@isarwerk-ag.de", "2025-07-01T10:00:00",
   ("OWD-2025-2906", "milestone", "30000.00", "5400.00", "2025-07-01T10:00:00", {"milestone_status": "approved"}),
   ("OWD-2025-2907", "milestone", "45000.00", "8100.00", "2025-09-01T10:00:00", {"milestone_status": "not_started"}))
r.case("owd-muenchen-meilenstein-nicht-begonnen", OWB, [Mail(
    "Isarwerk AG Projekte <projekte@isarwerk-ag.de>", "Refund Request — Isarwerk Intranet / OWD-2025-2907",
    at("2025-09-23 10:00", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nim Projekt \"Isarwerk Intranet\" wurde Meilenstein 2 (Rechnung OWD-2025-2907, "
    "45.000,00 INR netto) vorausbezahlt. Aufgrund einer Konzernentscheidung wird das Intranet auf eine SharePoint-"
    "Lösung migriert; Meilenstein 2 wird daher nicht mehr benötigt. Die Arbeiten hierzu haben nach unserem Kenntnis"
    "stand noch nicht begonnen. Wir bitten um Rückerstattung des Meilensteinbetrags.\n\nMeilenstein 1 wurde "
    "abgenommen und ist hiervon nicht berührt.\n\nMit freundlichen Grüßen\ni. A. Andreas Huber\nIT-Projekt"
    "management" + SIG_MUC)],
    "decided", [R("approve", "45000.00")],
    spec="O3: milestone OWD-2025-2907 not_started -> approve its amount 45000.00 (before tax); the approved milestone 1 is not asked for.")

ow("Wartburg Reisen Relaunch", "web@wartburg-reisen.de", "2025-09-01T10:00:00",
   ("OWD-2025-2909", "milestone", "18000.00", "3240.00", "2025-09-01T10:00:00", {"milestone_status": "in_progress"}))
r.case("owd-eisenach-meilenstein-laufend", OWB, [Mail(
    "Wartburg Reisen <web@wartburg-reisen.de>", "Rechnung OWD-2025-2909 Erstattung", at("2025-09-26 13:40", DE),
    brand=OWB, body=
    "Guten Tag,\n\nfür den Wartburg Reisen Relaunch läuft gerade der Meilenstein Buchungsstrecke (OWD-2025-2909). "
    "Wir haben entschieden, die Buchung weiter über unseren Reiseveranstalter-Partner abzuwickeln, daher bitte "
    "stoppen und den noch nicht geleisteten Teil erstatten.\n\nMit freundlichen Grüßen\nFrank Oehler\n"
    "Wartburg Reisen GmbH, Eisenach")],
    "decided", [R("escalate")], extra_ok=True,
    spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person), no amount.")

ow("Rheinuferlauf Website", "orga@rheinuferlauf-ddorf.de", "2025-07-10T10:00:00",
   ("OWD-2025-2910", "milestone", "12000.00", "2160.00", "2025-07-10T10:00:00", {"milestone_status": "approved"}))
r.case("owd-duesseldorf-meilenstein-abgenommen", OWB, [Mail(
    "Rheinuferlauf e.V. <orga@rheinuferlauf-ddorf.de>", "Erstattung Design", at("2025-09-22 19:45", DE), brand=OWB, body=
    "Hallo,\n\nfür die \"Rheinuferlauf Website\" haben wir als Verein im Juli das Design abgenommen, aber jetzt "
    "gefällt es dem neuen Vorstand nicht mehr. Wir hätten gern die 12.000 für den Meilenstein OWD-2025-2910 zurück.\n\n"
    "Sportliche Grüße\nBirgit Lohmann, Schriftführerin")],
    "decided", [R("deny")],
    spec="O3/O6: milestone approved -> deny (approved milestones are non-refundable).")

ow("Apfelwein Krause SEO", "web@apfelwein-krause.de", "2025-06-15T10:00:00",
   ("OWD-2025-2911", "retainer", "9000.00", "1620.00", "2025-09-15T09:00:00",
    {"period_start": "2025-09-15", "period_end": "2025-10-14", "next_billing_at": "2025-10-15T09:00:00"}))
r.case("owd-frankfurt-retainer-fristgerecht", OWB, [Mail(
    "Kelterei Krause <web@apfelwein-krause.de>", "Kündigung SEO-Betreuung", at("2025-09-24 10:20", DE), brand=OWB, body=
    "Ei gude,\n\nwir kündige die SEO-Betreuung \"Apfelwein Krause SEO\" (letzte Rechnung OWD-2025-2911). Grund: "
    "mir verkaafe eh nur an Stammkunde und uff em Wochenmarkt, des Google-Zeugs bringt uns nix.\n\nGrüß\nHeinz Krause")],
    "decided", [K("cancel", "2025-10-14")],
    spec="O4/O8: retainer, next_billing_at 2025-10-15; request 2025-09-24 <= 2025-10-08 (7 days' notice) -> cancel effective 2025-10-14, no next charge.")

ow("Domplatz Immobilien Social", "marketing@domplatz-immo.de", "2025-05-05T10:00:00",
   ("OWD-2025-2912", "retainer", "11000.00", "1980.00", "2025-09-05T09:00:00",
    {"period_start": "2025-09-05", "period_end": "2025-10-04", "next_billing_at": "2025-10-05T09:00:00"}))
r.case("owd-koeln-retainer-zu-kurzfristig", OWB, [Mail(
    "Domplatz Immobilien Marketing <marketing@domplatz-immo.de>", "Kündigung Social-Media-Retainer",
    at("2025-09-30 17:00", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nwir kündigen den Retainer \"Domplatz Immobilien Social\" (OWD-2025-2912), da "
    "wir eine eigene Marketingkraft eingestellt haben. Bitte zum 04.10. beenden.\n\nMit freundlichen Grüßen\n"
    "Yvonne Pütz\nDomplatz Immobilien GmbH, Köln")],
    "decided", [K("cancel", "2025-11-04")],
    spec="O4 short notice: next_billing_at 2025-10-05, cut-off 2025-09-28; request 2025-09-30 is later -> the next cycle (2025-10-05 - 2025-11-04) is billed; effective 2025-11-04.")

ow("Salzkammergut Hotels Betreuung", "marketing@skg-hotels.at", "2025-04-10T10:00:00",
   ("OWD-2025-2913", "retainer", "16000.00", "2880.00", "2025-09-10T09:00:00",
    {"period_start": "2025-09-10", "period_end": "2025-10-09", "next_billing_at": "2025-10-10T09:00:00"}),
   ("OWD-2025-2914", "retainer", "16000.00", "2880.00", "2025-09-25T09:00:00",
    {"period_start": "2025-10-10", "period_end": "2025-11-09", "next_billing_at": "2025-11-10T09:00:00"}))
r.case("owd-salzkammergut-vorausbezahlt", OWB, [Mail(
    "SKG Hotels Marketing <marketing@skg-hotels.at>", "Kündigung Betreuungsvertrag", at("2025-09-26 08:40", DE),
    brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir die \"Salzkammergut Hotels Betreuung\" (Rechnungen "
    "OWD-2025-2913 und OWD-2025-2914), weil unsere Hotelgruppe ab November von der Zentrale in Wien betreut wird. "
    "Den Oktober haben wir versehentlich schon bezahlt.\n\nMit freundlichen Grüßen\nMag. Eva Leitner\nBad Ischl")],
    "decided", [K("escalate")], extra_ok=True,
    spec="s.8 retainer paid in advance: OWD-2025-2914 (2025-10-10 - 2025-11-09) already paid and notice >= 7 days before 2025-10-10 -> escalate the cancellation.")

ow("Pension Seeblick Bregenz Hosting", "info@pension-seeblick-bregenz.at", "2025-09-20T10:00:00",
   ("OWD-2025-2915", "hosting_annual", "15999.00", "2879.82", "2025-09-18T09:00:00",
    {"setup_fee": "2000.00", "service_start": "2025-09-20"}))
r.case("owd-bregenz-hosting-14-tage", OWB, [Mail(
    "Pension Seeblick <info@pension-seeblick-bregenz.at>", "Hosting kündigen + Erstattung", at("2025-09-29 19:10", DE),
    brand=OWB, body=
    "Grüß Gott,\n\nwir kündigen das Jahreshosting \"Pension Seeblick Bregenz Hosting\" (OWD-2025-2915) und bitten "
    "um anteilige Rückerstattung. Grund: Der Tourismusverband Bodensee bietet uns Hosting im Buchungsportal "
    "gratis an.\n\nSchöne Grüße vom See\nAnna Rinderer")],
    "decided", [R("approve", "12832.42")], extra_ok=True,
    spec="O5: request 2025-09-29 is day 9 of service_start 2025-09-20 (<= 14); monthly = (15999.00 - 2000.00)/12 = 1166.5833; refund = 15999.00 - 2000.00 - 1166.5833 x 1 = 12832.4167 -> 12832.42.")

ow("Domstufen Erfurt Wartung", "technik@domstufen-erfurt.de", "2025-09-01T10:00:00",
   ("OWD-2025-2916", "maintenance_annual", "9000.00", "1620.00", "2025-08-30T09:00:00",
    {"setup_fee": "1500.00", "service_start": "2025-09-01"}))
r.case("owd-erfurt-wartung-zu-spaet", OWB, [Mail(
    "Domstufen-Festspiele Technik <technik@domstufen-erfurt.de>", "Wartungsvertrag Rückerstattung", at("2025-09-24 11:00", DE),
    brand=OWB, body=
    "Guten Tag,\n\nfür die \"Domstufen Erfurt Wartung\" (OWD-2025-2916) bitten wir um anteilige Rückerstattung, die "
    "Stadt übernimmt die Website ab 2026 in ihr eigenes CMS.\n\nMit freundlichen Grüßen\nJörg Ebert")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-24 = day 23 > 14 -> deny.")

ow("Pitter Kneipe Website", "wirt@kneipe-zum-pitter.de", "2025-08-01T10:00:00",
   ("OWD-2025-2917", "third_party", "2400.00", "432.00", "2025-09-20T09:00:00", {}))
r.case("owd-koeln-domain-ssl", OWB, [Mail(
    "Kneipe zum Pitter <wirt@kneipe-zum-pitter.de>", "Domain + SSL Geld zurück", at("2025-09-25 23:10", DE),
    brand=OWB, body=
    "n abend\n\nihr habt mir 2.400 fuer domain und ssl berechnet (OWD-2025-2917) fuer die Pitter Kneipe Website, die "
    "domain hatte mein neffe aber schon bei nem anderen anbieter. brauch ich also nicht, bitte zurueck.\n\npitter")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-2917 is third_party (domain, SSL) -> never refundable: deny.")

ow("Bankenviertel Event Microsite", "events@bv-events-ffm.de", "2025-09-15T10:00:00",
   ("OWD-2025-2918", "rush", "8000.00", "1440.00", "2025-09-15T09:00:00", {}))
r.case("owd-frankfurt-express", OWB, [Mail(
    "BV Events <events@bv-events-ffm.de>", "Expresszuschlag OWD-2025-2918", at("2025-09-23 12:00", DE), brand=OWB, body=
    "Hallo,\n\nder Expresszuschlag für die Bankenviertel Event Microsite war umsonst, das Event wurde um drei "
    "Monate verschoben. Wir hätten die Seite also gar nicht so schnell gebraucht. Bitte den Zuschlag erstatten.\n\n"
    "Beste Grüße\nNadine Roth")],
    "decided", [R("deny")],
    spec="O6: rush fee -> never refundable: deny.")

ow("Steyr Bikes Shop", "shop@steyr-bikes.at", "2025-09-10T10:00:00",
   ("OWD-2025-2919", "setup", "5000.00", "900.00", "2025-09-10T09:00:00", {}))
r.case("owd-steyr-einrichtungsgebuehr", OWB, [Mail(
    "Steyr Bikes <shop@steyr-bikes.at>", "Einrichtungsgebühr", at("2025-09-22 08:00", DE), brand=OWB, body=
    "Servus,\n\nwarum zahlen wir 5.000 Einrichtungsgebühr (OWD-2025-2919) für den Steyr Bikes Shop, wenn wir das "
    "Shopsystem eh schon hatten? Das wollen wir zurück, der Aufwand war ja minimal.\n\nLG Stefan")],
    "decided", [R("deny")],
    spec="O6: setup/activation fee -> never refundable: deny.")

r.case("owd-koeln-private-adresse", OWB, [Mail(
    "Minh Nguyen <dr.nguyen.koeln@gmail.com>", "Erstattung Discovery Kölner Zahnwerk", at("2025-09-25 21:30", DE),
    brand=OWB, body=
    "Hallo,\n\nich schreibe von privat, weil die Praxisadresse gerade umzieht. Bitte erstatten Sie die "
    "Discovery-Gebühr OWD-2025-2901 für das Projekt Kölner Zahnwerk Website, die Praxis wird verkauft.\n\n"
    "Dr. Minh Nguyen")],
    "need_info", rules=["C2"],
    spec="C2 (Optima): the contract email is praxis@koelner-zahnwerk.de; a private gmail address -> ask to write from the contract email, disclose nothing.")

ow("Brenner Medtech Produktseiten", "c.brenner@brenner-medtech.de", None,
   ("OWD-2025-2920", "deposit", "28000.00", "5040.00", "2025-09-29T10:00:00", {}))
r.case("owd-muenchen-wg-assistenz", OWB, [Mail(
    "Assistenz GF Brenner Medtech <assistenz@brenner-medtech.de>", "WG: Stornierung Produktseiten",
    at("2025-09-30 09:10", DE), brand=OWB, body=
    "Guten Morgen,\n\nim Auftrag von Frau Brenner leite ich Ihnen die untenstehende Nachricht weiter.\n\n"
    "Freundliche Grüße\nMelanie Schuster\nAssistenz der Geschäftsführung\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Brenner, Christine <c.brenner@brenner-medtech.de>\n"
    "Gesendet: Montag, 29. September 2025 19:02\nAn: Assistenz GF <assistenz@brenner-medtech.de>\n"
    "Betreff: Stornierung Produktseiten\n\nBitte an Optima schicken: Projekt \"Brenner Medtech Produktseiten\" "
    "stornieren, Anzahlung OWD-2025-2920 zurück. Die Produktlinie wird eingestellt. Vertragsadresse ist meine, "
    "c.brenner@brenner-medtech.de.\nCB")],
    "need_info", rules=["C2"],
    spec="s.8 forward: the Outlook 'WG:' block carries the request of the contract email c.brenner@brenner-medtech.de; the assistant's address is not it -> C2.")

klassik1 = Mail("Klassikfreunde Weimar e.V. <vorstand@klassikfreunde-weimar.de>", "Kündigung Newsletter-Betreuung",
                at("2025-09-25 18:00", DE), brand=OWB, body=
                "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir die \"Weimar Klassik Newsletter\"-Betreuung, "
                "Rechnung OWD-2025-2921.\n\nBitte bestätigen Sie uns die Kündigung.\n\nMit freundlichen Grüßen\n"
                "Dr. Ingrid Sommer\n1. Vorsitzende\nKlassikfreunde Weimar e.V. · Amtsgericht Jena VR 120334")
ow("Weimar Klassik Newsletter", "vorstand@klassikfreunde-weimar.de", "2025-03-20T10:00:00",
   ("OWD-2025-2921", "retainer", "6000.00", "1080.00", "2025-09-20T09:00:00",
    {"period_start": "2025-09-20", "period_end": "2025-10-19", "next_billing_at": "2025-10-20T09:00:00"}))
r.case("owd-weimar-kuendigung-ohne-grund", OWB, [klassik1], "need_info", missing=["reason"],
       spec="s.8 Optima requires a reason for cancellations: contract sender, project and invoice given; 'bitte bestätigen' and the signature are not reasons -> ask for reason.")

klassik1b = Mail(klassik1.frm, klassik1.subject, klassik1.when, klassik1.body, brand=OWB)
r.case("owd-weimar-thread-grund", OWB, [klassik1b, Mail(
    "Klassikfreunde Weimar e.V. <vorstand@klassikfreunde-weimar.de>", "AW: Kündigung Newsletter-Betreuung [OWD-2921]",
    at("2025-09-27 10:45", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nzum Grund: Unser Mitglied Herr Voigt, pensionierter Lehrer, übernimmt den "
    "Newsletter ab Oktober ehrenamtlich.\n\nMit freundlichen Grüßen\nI. Sommer\n\n> Bitte teilen Sie uns den Grund "
    "Ihrer Kündigung mit.", reply=klassik1b, refs_extra=["<owd-2921-ask@optimawebdesign.com>"])],
    "decided", [K("cancel", "2025-10-19")],
    spec="C3 thread: reason supplied; request time = first email 2025-09-25 <= 2025-10-13 (next_billing_at 2025-10-20 minus 7) -> cancel effective 2025-10-19.")

ow("Drei-Länder-Media Imagefilm-Seite", "info@drei-laender-media.at", None,
   ("OWD-2025-2922", "deposit", "12000.00", "2160.00", "2025-09-26T10:00:00", {}))
ow("Drei-Länder-Media Podcast-Seite", "info@drei-laender-media.at", None,
   ("OWD-2025-2923", "deposit", "9000.00", "1620.00", "2025-09-26T10:05:00", {}))
r.case("owd-feldkirch-welches-projekt", OWB, [Mail(
    "Drei-Länder-Media <info@drei-laender-media.at>", "Anzahlung zurück", at("2025-09-27 09:00", DE), brand=OWB, body=
    "Hoi zäma,\n\ndie Förderung vom Land ist leider abgelehnt worden, wir bitten um Rückerstattung der Anzahlung.\n\n"
    "Liebe Grüße aus Feldkirch\nSimon Tschofen")],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: contract sender, reason given (funding refused); the address holds two projects with a deposit each -> ask for project_name and invoice_number.")

ow("Hessen Handwerk Portal", "info@hessen-handwerk-portal.de", "2025-08-15T10:00:00",
   ("OWD-2025-2924", "milestone", "22000.00", "3960.00", "2025-09-15T10:00:00", {"milestone_status": "not_started"}))
r.case("owd-wiesbaden-anwalt", OWB, [Mail(
    "Hessen Handwerk Portal <info@hessen-handwerk-portal.de>", "Letzte Aufforderung: Rückzahlung OWD-2025-2924",
    at("2025-09-26 16:30", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nwir fordern die Rückzahlung des Meilensteins OWD-2025-2924 (Hessen Handwerk "
    "Portal), da das Projekt gestoppt wurde. Sollte bis 03.10. keine Zahlung eingehen, wird unser Rechtsanwalt "
    "die Angelegenheit übernehmen.\n\nMit freundlichen Grüßen\nKarl-Heinz Jung\nWiesbaden")],
    "decided", [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: lawyer threat -> escalate, although O3 alone would approve (milestone not_started).")

r.case("owd-muenchen-rechnung-neu", OWB, [Mail(
    "Isarwerk AG Projekte <projekte@isarwerk-ag.de>", "Rechnungskorrektur OWD-2025-2906", at("2025-09-30 14:00", DE),
    brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nunsere Kreditorenbuchhaltung bittet darum, die Rechnung OWD-2025-2906 (Isarwerk "
    "Intranet, Meilenstein 1) mit der Bestellnummer 4500379001 neu auszustellen. Mit der Abnahme ist alles in "
    "Ordnung.\n\nMit freundlichen Grüßen\ni. A. Andreas Huber" + SIG_MUC)],
    "other", spec="Invoice re-issue with a PO number, no refund or cancellation -> other.")

r.case("owd-vereins-newsletter", OWB, [Mail(
    "Handwerkskammer Newsletter <newsletter@hwk-rheinland.example>", "Newsletter Oktober: Digitalisierung im Handwerk",
    at("2025-09-30 06:00", DE), brand=OWB, body=
    "Liebe Mitglieder,\n\nin unserem Oktober-Newsletter: Förderprogramm Digitalbonus, Website-Check, Termine.\n\n"
    "Abmelden: https://hwk-rheinland.example/abmelden",
    headers={"Precedence": "bulk", "List-Id": "<newsletter.hwk-rheinland.example>",
             "List-Unsubscribe": "<https://hwk-rheinland.example/abmelden>"})],
    "ignore", rules=["C7"], spec="C7: Precedence: bulk and List-Id (mailing list) -> ignore.")

ow("Kulturverein Linz Wartung", "it@kulturverein-linz.at", None,
   ("OWD-2025-2925", "maintenance_annual", "12000.00", "2160.00", "2025-09-26T09:00:00",
    {"setup_fee": "0.00", "service_start": "2025-10-06"}))
r.case("owd-linz-wartung-vor-start", OWB, [Mail(
    "Kulturverein Linz IT <it@kulturverein-linz.at>", "Stornierung Wartungsvertrag vor Beginn", at("2025-09-29 17:30", DE),
    brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nder Wartungsvertrag \"Kulturverein Linz Wartung\" (OWD-2025-2925) beginnt laut "
    "Vertrag erst am 6. Oktober. Da unsere Generalversammlung das Budget gekürzt hat, ersuchen wir um Stornierung und "
    "Rückerstattung.\n\nMit freundlichen Grüßen\nDI Markus Hofer\nKassier")],
    "decided", [R("approve", "11000.00")], extra_ok=True,
    spec="O5 before the service starts (s.8): consumed_months = 1; monthly = (12000.00 - 0.00)/12 = 1000.00; refund = 12000.00 - 0.00 - 1000.00 = 11000.00.")

# ---- later additions: forwards by the account holder, mixed language, amounts in words, negated refund ----
lo("dr.m.ulbrich@t-online.de", "Dr. Martin Ulbrich", "monthly",
   [("LO-INV-29371", "2025-09-27T09:00:00", M), ("LO-INV-29372", "2025-09-27T09:01:00", M)], "2025-09-27", "2025-10-26")
r.case("jena-thunderbird-bankmitteilung", LOB, [Mail(
    "Dr. Martin Ulbrich <dr.m.ulbrich@t-online.de>", "Fwd: Umsatzbenachrichtigung Kreditkarte", at("2025-09-29 07:05", DE),
    "Guten Morgen,\n\nsiehe unten die Mitteilung meiner Bank: zwei identische Belastungen am 27.09. für das "
    "Monatsabo. Die zweite gehört zu Rechnungsnr. LO INV 29372. Bitte erstatten Sie die doppelte Belastung.\n\n"
    "Mit freundlichen Grüßen\nM. Ulbrich\n\n-------- Weitergeleitete Nachricht --------\n"
    "Betreff: \tUmsatzbenachrichtigung Kreditkarte\nDatum: \tSat, 27 Sep 2025 06:12:44 +0200\n"
    "Von: \tSparkasse Jena-Saale-Holzland <benachrichtigung@sparkasse-jsh.example>\n"
    "An: \tdr.m.ulbrich@t-online.de\n\nUmsätze Ihrer Kreditkarte ****4471:\n27.09.2025  LEADSOPTIMA.COM  INR "
    "1.768,82\n27.09.2025  LEADSOPTIMA.COM  INR 1.768,82\n\nDiese Nachricht wurde automatisch erstellt.")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 forward: the registered customer forwards his bank's notice (which names no other account) -> no C2; L4 pair on 2025-09-27, request 2025-09-29 (day 2) -> approve LO INV 29372 = 1499.00 before tax (the bank shows 1768.82 incl. tax, C6).")

lo("j.hartig@mainfinanz-partners.de", "Julia Hartig", "quarterly",
   [("LO-INV-29381", "2025-08-25T09:00:00", Q)], "2025-08-25", "2025-11-24")
r.case("frankfurt-apple-mail-denglisch", LOB, [Mail(
    "Julia Hartig <j.hartig@mainfinanz-partners.de>", "Fwd: Your LeadsOptima quarterly plan", at("2025-09-26 22:40", DE),
    "Hi,\n\nplease cancel, bitte kündigen. We are moving the whole lead gen to our group CRM in Q4, das Tool wird "
    "nicht mehr gebraucht.\n\nThanks & best\nJulia\n\nJulia Hartig | Director Business Development\nMainFinanz "
    "Partners GmbH | Taunusanlage 8 | 60329 Frankfurt\n\nAnfang der weitergeleiteten Nachricht:\n\n"
    "> Von: LeadsOptima <noreply@leadsoptima.com>\n> Betreff: Your LeadsOptima quarterly plan\n> Datum: 25. "
    "August 2025 um 05:31:02 MESZ\n> An: j.hartig@mainfinanz-partners.de\n>\n> Thanks for renewing your quarterly "
    "plan. Your next billing date is 25 November 2025.")],
    "decided", [K("cancel", "2025-11-24")],
    spec="Mixed English/German, Apple Mail forward ('Fwd:') of our own noreply renewal notice (the forwarded block is ours, not the sender): L8 cancel, active until current_period_end 2025-11-24.")

lo("buero@weingut-schlossberg-ahr.de", "Weingut Schlossberg", "annual",
   [("LO-INV-29391", "2025-09-28T10:00:00", A), ("LO-INV-29392", "2025-09-28T10:00:40", A)], "2025-09-28", "2026-09-27")
r.case("ahr-betrag-in-worten-vorgestern", LOB, [Mail(
    "Weingut Schlossberg - Büro <buero@weingut-schlossberg-ahr.de>", "Jahresbeitrag zweimal", at("2025-09-30 10:30", DE),
    "Hallo,\n\nvorgestern ist unser Jahresbeitrag zweimal abgegangen, jeweils elftausendneunhundertachtundachtzig "
    "Rupien, einmal mit Rechnung LO-INV-29391 und einmal mit LO-INV-29392. Das zweite Mal bitte zurückbuchen, "
    "mein Mann hat wohl zweimal auf Bezahlen gedrückt.\n\nGruß von der Ahr\nBrigitte Schlossberg")],
    "decided", [R("approve", "11988.00")],
    spec="Amount in words, relative date ('vorgestern'): ledger pair on 2025-09-28, request 2025-09-30 (day 2) -> L4 approve the later LO-INV-29392 = 11988.00 ('zurückbuchen' asks us, no bank threat).")

ow("Traunsee Segelschule Website", "info@segelschule-traunsee.at", None,
   ("OWD-2025-2926", "deposit", "16500.00", "2970.00", "2025-09-29T15:00:00", {}))
r.case("owd-gmunden-anzahlung-schraegstriche", OWB, [Mail(
    "Segelschule Traunsee <info@segelschule-traunsee.at>", "Anzahlung retour", at("2025-09-30 08:00", DE), brand=OWB, body=
    "Grüß Gott,\n\ngestern Vormittag haben wir die Anzahlung (sechzehntausendfünfhundert plus Steuer, Beleg "
    "OWD/2025/2926) für die \"Traunsee Segelschule Website\" überwiesen. Gestern Abend hat uns der Verpächter gekündigt, "
    "wir sperren zu. Wir ersuchen höflich um Rückerstattung.\n\nMit freundlichen Grüßen\nJohann Loidl, Gmunden")],
    "decided", [R("approve", "16500.00")], extra_ok=True,
    spec="s.8 reference 'OWD/2025/2926' matches OWD-2025-2926; O2: paid 2025-09-29 15:00 IST, request 2025-09-30 08:00 +02:00 = 11:30 IST (20.5 h), no work -> approve 16500.00 before tax.")

ow("Rhein-Sieg Kanu Social", "vorstand@rhein-sieg-kanu.de", "2025-06-28T10:00:00",
   ("OWD-2025-2927", "retainer", "7000.00", "1260.00", "2025-09-28T09:00:00",
    {"period_start": "2025-09-28", "period_end": "2025-10-27", "next_billing_at": "2025-10-28T09:00:00"}))
r.case("owd-siegburg-kein-geld-nur-kuendigung", OWB, [Mail(
    "Rhein-Sieg Kanu e.V. <vorstand@rhein-sieg-kanu.de>", "Kündigung Social-Media-Betreuung OWD-2025-2927",
    at("2025-09-30 19:15", DE), brand=OWB, body=
    "Hallo zusammen,\n\nwir kündigen die Betreuung \"Rhein-Sieg Kanu Social\" (OWD-2025-2927). Grund: Der Verein "
    "hat zu wenig Mitglieder für die Beiträge, wir machen das wieder selbst. Geld zurück wollen wir ausdrücklich "
    "nicht, der laufende Monat war ja okay.\n\nAhoi\nStefan Mertens, 1. Vorsitzender")],
    "decided", [K("cancel", "2025-10-27")],
    spec="s.8 negation ('Geld zurück wollen wir nicht'): no refund intent; O4 retainer next_billing_at 2025-10-28, cut-off 2025-10-21, request 2025-09-30 -> cancel effective 2025-10-27.")

r.write(ledger)
