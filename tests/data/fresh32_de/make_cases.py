"""fresh32_de: German held-out cases (Westphalia/Münsterland, Bremen, Baden/Freiburg, Vienna officialese,
Kazakhstan Germans, Brazilian German from Santa Catarina, German written by Arabic and English speakers).
Stdlib only, deterministic.  Run: python3 make_cases.py -> ledger.json, emails/*.eml, expected.json.
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
DE = 2       # CEST: Germany, Vienna in September 2025
KZ = 5       # Kazakhstan (one zone since 2024)
BR = -3      # Santa Catarina, Brazil
UK = 1       # BST
JO = 3       # Jordan

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "de")
n = [0]


def pay(email, plan, amt, paid_at, ps, pe, inv, status="paid"):
    n[0] += 1
    PAY.append(lopay(f"de32_p{n[0]:02d}", inv, email, plan, *amt, paid_at, ps, pe, status=status))


m = [0]


def opay(inv, project, kind, amount, tax, paid_at, **kw):
    m[0] += 1
    PAY.append(owpay(f"de32_o{m[0]:02d}", inv, project, kind, amount, tax, paid_at, **kw))


SIG_STB = ("\n\n--\nSteuerberatung Hölscher & Kollegen PartG mbB\nLudgeristraße 41, 48143 Münster\n"
           "Tel. 0251 / 48 29 10\n\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. "
           "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie "
           "diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.")

# =============================== LeadsOptima =================================
C.append(cust("hofladen@schulze-wierling.de", "Hofladen Schulze Wierling", "monthly", start="2025-09-24", end="2025-10-23"))
pay("hofladen@schulze-wierling.de", "monthly", M, "2025-09-24T08:10:00", "2025-09-24", "2025-10-23", "LO-INV-80101")
pay("hofladen@schulze-wierling.de", "monthly", M, "2025-09-24T08:11:00", "2025-09-24", "2025-10-23", "LO-INV-80102")
r.case("muensterland-hofladen-doppelt", LOB, [Mail(
    "Hofladen Schulze Wierling <hofladen@schulze-wierling.de>", "zweimal abgebucht!!", at("2025-09-26 07:12", DE),
    "Moin zusammen,\n\nbei uns aufm Hof in Havixbeck ist grad Kartoffelernte, deshalb kurz: ihr habt am 24.9. zweimal "
    "1.499 (in Worten: eintausendvierhundertneunundneunzig!) abgebucht fürs Monatsabo, steht beides auf dem Kontoauszug. Die zweite Rechnung is die lo inv 80102, "
    "die erste is ja richtig. Bitte die doppelte zurück.\n\nSchöne Grüße vom Hof\nHeinz-Bernd Schulze Wierling\n\n"
    "Von meinem iPad gesendet")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: two paid monthly charges 2025-09-24 same period; request 2025-09-26 (day 2); refund the later LO-INV-80102 = 1499.00 (typed 'lo inv 80102', s.8).")

C.append(cust("info@spedition-kroeger.de", "Spedition Kröger Bremen", "quarterly", start="2025-09-19", end="2025-12-18"))
pay("info@spedition-kroeger.de", "quarterly", Q, "2025-09-19T14:00:00", "2025-09-19", "2025-12-18", "LO-INV-80111")
pay("info@spedition-kroeger.de", "quarterly", Q, "2025-09-19T14:02:00", "2025-09-19", "2025-12-18", "LO-INV-80112")
r.case("bremen-tag7-abends", LOB, [Mail(
    "Spedition Kröger Disposition <info@spedition-kroeger.de>", "Doppelte Belastung Quartalsabo / LO-INV-80112",
    at("2025-09-26 20:05", DE),
    "Guten Abend,\n\nbeim Monatsabschluss ist unserer Buchhaltung aufgefallen, dass das Quartalsabo am 19.09.2025 "
    "doppelt belastet wurde (LO-INV-80111 und LO-INV-80112, je 3.999,00 INR netto). Wir bitten um Erstattung der "
    "zweiten Belastung LO-INV-80112.\n\nMit freundlichen Grüßen aus der Überseestadt\ni. A. Wiebke Ahlers\n"
    "Spedition Kröger GmbH, Am Speicher XI, 28217 Bremen\nAmtsgericht Bremen HRB 28811")],
    "decided", [R("approve", "3999.00")],
    spec="L3 boundary: charge 2025-09-19 IST (day 0); email 2025-09-26 20:05 CEST = 23:35 IST, day 7, inside; L4 duplicate LO-INV-80112 -> 3999.00.")

C.append(cust("viktor.reimer@mail.kz", "Viktor Reimer", "annual", start="2025-09-18", end="2026-09-17"))
pay("viktor.reimer@mail.kz", "annual", A, "2025-09-18T09:30:00", "2025-09-18", "2026-09-17", "LO-INV-80121")
pay("viktor.reimer@mail.kz", "annual", A, "2025-09-18T09:31:00", "2025-09-18", "2026-09-17", "LO-INV-80122")
r.case("kasachstan-tag8-mitternacht", LOB, [Mail(
    "Viktor Reimer <viktor.reimer@mail.kz>", "Geld zweimal genommen", at("2025-09-25 23:50", KZ),
    "Guten Abend,\n\nich schreibe aus Pawlodar, entschuldigen Sie mein Deutsch, zu Hause sprechen wir Plautdietsch "
    "und Russisch. Am 18. September haben Sie von meiner Karte zwei mal das Jahresabo genommen, Rechnung LO-INV-80122 "
    "ist zuviel. Bitte zurückgeben das Geld. Heute ist genau eine Woche.\n\nMit Gruß\nViktor Reimer")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-18 IST; email 2025-09-25 23:50 +05:00 = 2025-09-26 00:20 IST, day 8 > 7 -> deny although it is still day 7 in Pavlodar.")

C.append(cust("loja@padaria-schmitt.com.br", "Padaria Schmitt", "monthly", start="2025-09-23", end="2025-10-22"))
pay("loja@padaria-schmitt.com.br", "monthly", M, "2025-09-23T02:00:00", "2025-09-23", "2025-10-22", "LO-INV-80131")
pay("loja@padaria-schmitt.com.br", "monthly", M, "2025-09-23T02:01:00", "2025-09-23", "2025-10-22", "LO-INV-80132")
r.case("pomerode-zweimal-nachts", LOB, [Mail(
    "Padaria e Confeitaria Schmitt <loja@padaria-schmitt.com.br>", "Zweimal bezahlt / cobrança duplicada",
    at("2025-09-29 22:00", BR),
    "Gute Abend,\n\nhier schreibt Ingrid Schmitt aus Pomerode, Santa Catarina. Mein Deutsch ist vom Großvater, bitte "
    "entschuldigen. Am 22. September am Nachmittag hat die Karte zweimal 1.499 Rupien bezahlt fur das Monat, ich hab "
    "zwei Rechnungen bekommen, die zweite ist LO-INV-80132. Die zweite bitte zuruck.\n\nObrigada und liebe Grüße\n"
    "Ingrid Schmitt\nPadaria e Confeitaria Schmitt - desde 1931")],
    "decided", [R("approve", "1499.00")],
    spec="Charges 2025-09-23 02:00 IST = 2025-09-22 17:30 in Brazil (the date the customer quotes); email 2025-09-29 22:00 -03:00 = 2025-09-30 06:30 IST = day 7 -> inside; L4 duplicate LO-INV-80132 = 1499.00.")

C.append(cust("buero@weserblick-ferien.de", "Weserblick Ferienwohnungen", "annual", start="2025-09-25", end="2026-09-24"))
pay("buero@weserblick-ferien.de", "annual", A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24", "LO-INV-80141")
r.case("bremen-falscher-tarif", LOB, [Mail(
    "Weserblick Ferienwohnungen <buero@weserblick-ferien.de>", "Falscher Tarif abgerechnet",
    at("2025-09-29 11:20", DE),
    "Hallo,\n\nich hatte beim Upgrade ausdrücklich das Quartalsabo angeklickt, abgebucht wurde aber am Donnerstag "
    "das Jahresabo (Rechnung LO-INV-80141). Das ist der falsche Tarif, bitte erstatten Sie den Betrag bzw. "
    "korrigieren Sie das.\n\nViele Grüße\nFrauke Meyer-Lüerßen\nWeserblick Ferienwohnungen, Vegesack")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged for the wrong plan) inside L3 (charge Thu 2025-09-25, request 2025-09-29, day 4) -> L5 escalate, no amount.")

C.append(cust("m.pfefferle@kaiserstuhl-wein.de", "Markus Pfefferle", "monthly", start="2025-09-15", end="2025-10-14"))
pay("m.pfefferle@kaiserstuhl-wein.de", "monthly", M, "2025-08-15T09:00:00", "2025-08-15", "2025-09-14", "LO-INV-80150")
pay("m.pfefferle@kaiserstuhl-wein.de", "monthly", M, "2025-09-15T09:00:00", "2025-09-15", "2025-10-14", "LO-INV-80151")
r.case("kaiserstuhl-nach-kuendigung-zu-spaet", LOB, [Mail(
    "Markus Pfefferle <m.pfefferle@kaiserstuhl-wein.de>", "Abbuchung trotz Kündigung LO-INV-80151",
    at("2025-09-27 16:45", DE),
    "Grüß Gott,\n\nich hab im August schon telefonisch gekündigt, trotzdem isch am 15. September wieder abgebucht "
    "worden (LO-INV-80151). Des isch nach der Kündigung belastet worden, ich will des Geld zrück.\n\n"
    "Gruß aus Ihringen am Kaiserstuhl\nMarkus Pfefferle")],
    "decided", [R("deny")], extra_ok=True,
    spec="L2 billing_error ('nach der Kündigung belastet') but L3: charge 2025-09-15, request 2025-09-27 = day 12 > 7 -> deny citing the 7-day rule (the August cancellation is a past event). extra_ok: the customer says they already cancelled, so a cancellation decision added beside the refund (effective at the end of the paid cycle) cannot hurt them or the business.")

C.append(cust("info@velo-dreisam.de", "Velo Dreisam Freiburg", "quarterly", start="2025-09-24", end="2025-12-23"))
pay("info@velo-dreisam.de", "quarterly", Q, "2025-09-24T12:00:00", "2025-09-24", "2025-12-23", "LO-INV-80161")
r.case("freiburg-kein-login", LOB, [Mail(
    "Velo Dreisam <info@velo-dreisam.de>", "Kein Zugang seit Freitag", at("2025-09-28 18:30", DE),
    "Hallo LeadsOptima-Team,\n\nseit Freitag komm ich nicht mehr ins Dashboard, es kommt nur \"Fehler 500\" und dann "
    "lädt die Plattform ewig. Passwort zurücksetzen hab ich zweimal probiert. Wir haben am Mittwoch fürs Quartal "
    "bezahlt und können seither nix machen. Bitte das Geld zurück, wenn ihr das nicht hinkriegt.\n\n"
    "Merci und Gruß aus der Wiehre\nJonas Ketterer, Velo Dreisam")],
    "decided", [R("escalate")],
    spec="L2 access_failure (cannot log in, platform not loading) inside L3 (charge Wed 2025-09-24, request 2025-09-28, day 4) -> L6 escalate; one payment identifies the invoice.")

C.append(cust("kanzlei@hoelscher-stb.de", "Steuerberatung Hölscher & Kollegen", "monthly", start="2025-09-20", end="2025-10-19"))
pay("kanzlei@hoelscher-stb.de", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19", "LO-INV-80171")
r.case("stb-muenster-zu-teuer-kuendigung", LOB, [Mail(
    "Steuerberatung Hölscher <kanzlei@hoelscher-stb.de>", "Kündigung Monatsabo und Erstattung",
    at("2025-09-23 09:15", DE),
    "Sehr geehrte Damen und Herren,\n\nnach Abschluss der Testphase mussten wir feststellen, dass das Tool für eine "
    "Kanzlei unserer Größe schlicht zu teuer ist. Wir kündigen daher das Monatsabo und bitten um Erstattung der "
    "Rechnung LO-INV-80171 vom 20.09.2025.\n\nMit freundlichen Grüßen\nDipl.-Kffr. Annette Hölscher\nSteuerberaterin"
    + SIG_STB)],
    "decided", [R("deny"), K("cancel", "2025-10-19")],
    spec="L1: 'zu teuer' is no exception reason -> refund deny; L8 cancel effective current_period_end 2025-10-19.")

C.append(cust("kassenwart@sc-preussen-gievenbeck.de", "SC Preußen Gievenbeck e.V.", "monthly", start="2025-09-26", end="2025-10-25"))
pay("kassenwart@sc-preussen-gievenbeck.de", "monthly", M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25", "LO-INV-80181")
r.case("sportverein-nicht-genutzt", LOB, [Mail(
    "Kassenwart SC Preußen Gievenbeck <kassenwart@sc-preussen-gievenbeck.de>", "Rückerstattung Monatsbeitrag",
    at("2025-09-29 21:10", DE),
    "Hallo,\n\nich bin Kassenwart beim SC Preußen Gievenbeck (Fußball, Jugendabteilung). Unser Jugendleiter hat das "
    "Monatsabo abgeschlossen, aber wir haben es im September kein einziges Mal genutzt, der Vorstand hat das nicht "
    "abgesegnet. Das Abo läuft weiter, das regeln wir in der Mitgliederversammlung, aber die 1.499 vom 26.09. hätten "
    "wir gern zurück.\n\nSportliche Grüße\nUlrich Tenbrink\nKassenwart")],
    "decided", [R("deny")],
    spec="L1: not used is no exception reason -> refund deny (cancellation offered in the reply; the subscription is explicitly kept for now, no cancellation intent).")

C.append(cust("hallo@cafe-schlachte.de", "Café an der Schlachte", "monthly", status="trial", trial_ends="2025-10-08"))
r.case("bremen-testphase-erstattung", LOB, [Mail(
    "Café an der Schlachte <hallo@cafe-schlachte.de>", "Geld zurück?", at("2025-09-30 15:40", DE),
    "Moin,\n\nwir probieren gerade die Testversion aus (Monatstarif), finden das aber zu kompliziert für so ein "
    "kleines Café. Ich glaube, es ist schon was für den Monatstarif abgebucht worden, das hätte ich bitte zurück.\n\nSchönen Gruß von der Weser\n"
    "Tjark Bruns")],
    "decided", [R("deny")],
    spec="L7: account on a free trial (trial_ends 2025-10-08) has no charges -> refund deny; the reply says no billing occurs unless they subscribe.")

C.append(cust("office@immobilien-haberl.at", "Haberl Immobilien GmbH", "quarterly", start="2025-08-01", end="2025-10-31"))
pay("office@immobilien-haberl.at", "quarterly", Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31", "LO-INV-80191")
r.case("wien-amtsdeutsch-kuendigung", LOB, [Mail(
    "Haberl Immobilien GmbH <office@immobilien-haberl.at>", "Kündigung des Vertragsverhältnisses (Quartalstarif)",
    at("2025-09-22 10:05", DE),
    "Sehr geehrte Damen und Herren!\n\nUnter Bezugnahme auf das mit Ihnen bestehende Vertragsverhältnis (Quartalstarif, "
    "registrierte E-Mail-Adresse office@immobilien-haberl.at) ersuchen wir höflich um Kündigung desselben zum "
    "nächstmöglichen Termin. Als Grund dürfen wir die Umstellung auf ein konzerninternes CRM-System anführen.\n\n"
    "Um schriftliche Bestätigung wird ersucht.\n\nMit vorzüglicher Hochachtung\nMag. Friederike Haberl\n"
    "Geschäftsführerin\nHaberl Immobilien GmbH, Wiedner Hauptstraße 62, 1040 Wien\nFN 381224 m, Handelsgericht Wien")],
    "decided", [K("cancel", "2025-10-31")],
    spec="L8: cancel, registered sender; effective current_period_end 2025-10-31.")

C.append(cust("r.wessels@wessels-landtechnik.de", "Wessels Landtechnik", "monthly"))
pay("r.wessels@wessels-landtechnik.de", "monthly", M, "2025-09-05T20:00:00+00:00", None, None, "LO-INV-80201")
r.case("borken-fallback-utc-ledger", LOB, [Mail(
    "Reinhard Wessels <r.wessels@wessels-landtechnik.de>", "Abo beenden", at("2025-09-30 07:30", DE),
    "Guten Morgen,\n\nwir stellen den Betrieb in Borken zum Jahresende ein, deshalb bitte das Monatsabo kündigen.\n\n"
    "Danke und Gruß\nReinhard Wessels\nWessels Landtechnik, Borken-Weseke")],
    "decided", [K("cancel", "2025-10-05")],
    spec="L8 fallback (no current_period_end): last charge 2025-09-05T20:00Z = 2025-09-06 01:30 IST (s.8 converts ledger offsets) + 1 month - 1 day = 2025-10-05.")

C.append(cust("filiale.zentrale@baeckerei-tiemann.de", "Bäckerei Tiemann", "annual", start="2025-04-01", end="2026-03-31"))
pay("filiale.zentrale@baeckerei-tiemann.de", "annual", A, "2025-04-01T06:00:00", "2025-04-01", "2026-03-31", "LO-INV-80211")
r.case("baeckereikette-ohne-grund", LOB, [Mail(
    "Bäckerei Tiemann Zentrale <filiale.zentrale@baeckerei-tiemann.de>", "AW: Ihr Jahresabo",
    at("2025-09-24 05:40", DE),
    "Guten Morgen,\n\nhiermit kündigen wir unser Jahresabo bei LeadsOptima.\n\nMit freundlichen Grüßen\n"
    "Bäckerei Tiemann GmbH & Co. KG – 14 Filialen im Münsterland\nZentrale Lüdinghausen\n\n"
    "Unsere Brötchentüten sind jetzt aus Graspapier – der Umwelt zuliebe.",
    refs_extra=["<lo-80211-verlaengerung.20250922@leadsoptima.com>"])],
    "decided", [K("cancel", "2026-03-31")],
    spec="L8: a cancellation is not held up for a missing reason (s.3); effective current_period_end 2026-03-31.")

C.append(cust("yusuf.haddad@web.de", "Yusuf Haddad", "monthly", start="2025-09-21", end="2025-10-20"))
pay("yusuf.haddad@web.de", "monthly", M, "2025-09-21T11:00:00", "2025-09-21", "2025-10-20", "LO-INV-80221")
r.case("c2-arabisch-andere-adresse", LOB, [Mail(
    "Yusuf Haddad <haddad.yusuf1987@gmail.com>", "Kündigen bitte", at("2025-09-27 13:00", DE),
    "Sehr geehrte Damen und Herren,\n\nich möchte mein Abo kündigen. Mein angemeldete E-Mail ist yusuf.haddad@web.de, "
    "aber das Passwort ich habe vergessen, deshalb schreibe ich von diese Adresse. Ich habe jetzt andere Arbeit in "
    "Dortmund und brauche nicht mehr das Programm.\n\nVielen Dank im voraus\nMit freundlichen Grüßen\nYusuf Haddad")],
    "need_info", rules=["C2"],
    spec="C2: sender gmail address, registered email yusuf.haddad@web.de -> ask to write from the registered address; nothing about the account.")

C.append(cust("praxis@physio-lammers.de", "Physiotherapie Lammers", "quarterly", start="2025-09-10", end="2025-12-09"))
pay("praxis@physio-lammers.de", "quarterly", Q, "2025-09-10T09:00:00", "2025-09-10", "2025-12-09", "LO-INV-80231")
r.case("stb-wg-weiterleitung-c2", LOB, [Mail(
    "Kanzlei Hölscher – Sekretariat <sekretariat@hoelscher-stb.de>", "WG: LeadsOptima kündigen", at("2025-09-25 14:20", DE),
    "Sehr geehrte Damen und Herren,\n\nanbei leiten wir Ihnen das Schreiben unserer Mandantin weiter mit der Bitte um "
    "Erledigung.\n\nMit freundlichen Grüßen\nBirgit Terhorst\nSekretariat" + SIG_STB +
    "\n\n-----Ursprüngliche Nachricht-----\nVon: Physiotherapie Lammers <praxis@physio-lammers.de>\n"
    "Gesendet: Mittwoch, 24. September 2025 17:02\nAn: sekretariat@hoelscher-stb.de\nBetreff: LeadsOptima kündigen\n\n"
    "Hallo Frau Terhorst,\nkönnen Sie bitte das LeadsOptima-Quartalsabo (angemeldet mit praxis@physio-lammers.de) "
    "kündigen, wir bekommen darüber kaum Patienten.\nDanke! Carina Lammers")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the forwarded request names the registered email praxis@physio-lammers.de, the sender is the tax office -> ask for the request from that address.")

C.append(cust("einkauf@stahlbau-niemeyer.de", "Stahlbau Niemeyer", "monthly", start="2025-09-22", end="2025-10-21"))
pay("einkauf@stahlbau-niemeyer.de", "monthly", M, "2025-07-22T09:00:00", "2025-07-22", "2025-08-21", "LO-INV-80241")
pay("einkauf@stahlbau-niemeyer.de", "monthly", M, "2025-08-22T09:00:00", "2025-08-22", "2025-09-21", "LO-INV-80242")
pay("einkauf@stahlbau-niemeyer.de", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21", "LO-INV-80243")
r.case("guetersloh-falscher-betrag-ohne-rechnung", LOB, [Mail(
    "Stahlbau Niemeyer Einkauf <einkauf@stahlbau-niemeyer.de>", "Falscher Betrag abgebucht", at("2025-09-26 08:50", DE),
    "Guten Morgen,\n\nbei einer der Abbuchungen der letzten Monate für unser Monatsabo wurde ein falscher Betrag "
    "eingezogen, deutlich mehr als vereinbart. Welche es war, kann ich erst sagen, wenn unsere Buchhalterin aus dem "
    "Urlaub zurück ist. Bitte prüfen und den Differenzbetrag erstatten.\n\nMit freundlichen Grüßen\nDirk Niemeyer\n"
    "Stahlbau Niemeyer GmbH, Gütersloh")],
    "need_info", missing=["invoice_number"],
    spec="C3: billing_error from the registered sender, plan and reason known, but the account has three identical monthly charges (July, August, September), the mail names none of them ('one of the debits of the last months') and no invoice is given -> ask for invoice_number.")

C.append(cust("info@fischhandel-grotheer.de", "Fischhandel Grotheer", "monthly", start="2025-09-27", end="2025-10-26"))
pay("info@fischhandel-grotheer.de", "monthly", M, "2025-08-27T09:00:00", "2025-08-27", "2025-09-26", "LO-INV-80251")
pay("info@fischhandel-grotheer.de", "monthly", M, "2025-09-27T07:00:00", "2025-09-27", "2025-10-26", "LO-INV-80252")
pay("info@fischhandel-grotheer.de", "monthly", M, "2025-09-27T07:02:00", "2025-09-27", "2025-10-26", "LO-INV-80253")
t1 = Mail("Fischhandel Grotheer <info@fischhandel-grotheer.de>", "Doppelt abgebucht", at("2025-09-28 10:10", DE),
          "Moin,\n\nam Samstag habt ihr uns fürs Monatsabo zweimal abgebucht. Bitte eine Buchung zurück.\n\n"
          "Gruß aus Bremerhaven\nHauke Grotheer", msgid="<de32-grotheer.20250928@fischhandel-grotheer.de>")
t_bot = Mail("LeadsOptima Support <support@leadsoptima.com>", "Re: Doppelt abgebucht [LO-3201]", at("2025-09-28 15:00", (5, 30)),
             "Hallo Hauke,\nbitte nennen Sie uns die Rechnungsnummer der doppelten Abbuchung.\nLeadsOptima Support",
             reply=t1, to="info@fischhandel-grotheer.de")
t_bot.build("de-l-bot")
r.case("bremerhaven-thread-rechnung-nachgereicht", LOB, [t1, Mail(
    "Fischhandel Grotheer <info@fischhandel-grotheer.de>", "Re: Doppelt abgebucht [LO-3201]", at("2025-09-29 09:05", DE),
    "Moin,\n\ndie doppelte is die LO-INV-80253, die erste Abbuchung is richtig.\n\nGruß\nHauke Grotheer\n\n"
    "Am 28.09.2025 um 11:30 schrieb LeadsOptima Support <support@leadsoptima.com>:\n> Hallo Hauke,\n"
    "> bitte nennen Sie uns die Rechnungsnummer der doppelten Abbuchung.", reply=t_bot)],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: first mail lacks the invoice (three charges on the account); the answer names LO-INV-80253, the later of the 2025-09-27 pair; request time is the first mail (2025-09-28, day 1) -> L4 approve 1499.00.")

C.append(cust("buchhaltung@ems-kies.de", "Ems Kieswerk", "annual", start="2025-09-23", end="2026-09-22"))
pay("buchhaltung@ems-kies.de", "annual", A, "2025-09-23T10:00:00", "2025-09-23", "2026-09-22", "LO-INV-80261")
pay("buchhaltung@ems-kies.de", "annual", A, "2025-09-23T10:00:40", "2025-09-23", "2026-09-22", "LO-INV-80262")
r.case("rheine-rueckbuchung-drohung", LOB, [Mail(
    "Ems Kieswerk Buchhaltung <buchhaltung@ems-kies.de>", "LO-INV-80262 doppelt – letzte Aufforderung",
    at("2025-09-25 16:00", DE),
    "Sehr geehrte Damen und Herren,\n\ndas Jahresabo wurde am 23.09. doppelt berechnet (LO-INV-80261 und LO-INV-80262). "
    "Sollte die doppelte Zahlung nicht bis Freitag erstattet sein, veranlassen wir eine Rückbuchung über unsere "
    "Kreditkartengesellschaft.\n\nMit freundlichen Grüßen\nKieswerk Ems GmbH, Rheine\nBuchhaltung")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat ('Rückbuchung über die Kreditkartengesellschaft') -> escalate even though L4 would approve.")

C.append(cust("lea.brunner@gmx.at", "Lea Brunner", "monthly", start="2025-09-12", end="2025-10-11"))
pay("lea.brunner@gmx.at", "monthly", M, "2025-09-12T09:00:00", "2025-09-12", "2025-10-11", "LO-INV-80271")
r.case("wien-anwalt-kuendigung", LOB, [Mail(
    "Lea Brunner <lea.brunner@gmx.at>", "Kündigung + Rückforderung", at("2025-09-29 19:30", DE),
    "Sehr geehrte Damen und Herren,\n\nich kündige hiermit mein Monatsabo und verlange die Rückzahlung des "
    "Septemberbeitrags, da mir das Produkt beim Verkaufsgespräch völlig anders dargestellt wurde. Die Angelegenheit "
    "habe ich bereits meinem Rechtsanwalt übergeben, ebenso die Arbeiterkammer Wien (Konsumentenschutz) informiert.\n\n"
    "Hochachtungsvoll\nLea Brunner, 1160 Wien")],
    "decided", [R("escalate"), K("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): lawyer and consumer protection -> refund and cancellation both escalate.")

C.append(cust("t.everding@everding-elektro.de", "Thomas Everding", "quarterly", start="2025-09-25", end="2025-12-24"))
pay("t.everding@everding-elektro.de", "quarterly", Q, "2025-09-25T08:00:00", "2025-09-25", "2025-12-24", "LO-INV-80281")
pay("t.everding@everding-elektro.de", "quarterly", Q, "2025-09-25T08:03:00", "2025-09-25", "2025-12-24", "LO-INV-80282")
r.case("coesfeld-keine-rueckbuchung", LOB, [Mail(
    "Thomas Everding <t.everding@everding-elektro.de>", "Quartalsabo doppelt bezahlt", at("2025-09-27 10:30", DE),
    "Hallo,\n\ndas Quartalsabo wurde am 25.09. zweimal eingezogen, die zweite Buchung ist LO-INV-80282. Keine Sorge, "
    "ich will da keinen Ärger machen und auch nichts über die Bank zurückbuchen lassen, bitte einfach die doppelte "
    "Zahlung erstatten.\n\nGruß aus Coesfeld\nThomas Everding\nElektro Everding")],
    "decided", [R("approve", "3999.00")],
    spec="s.8 negation: the customer rules out a chargeback ('nichts über die Bank zurückbuchen') -> no C4; L4 duplicate inside window (day 2): approve LO-INV-80282 = 3999.00.")

r.case("abwesenheitsnotiz", LOB, [Mail(
    "Sabine Kötter <s.koetter@stadtwerke-emsdetten.de>", "Abwesenheitsnotiz: Ihre Anfrage bei LeadsOptima",
    at("2025-09-29 08:00", DE),
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.10.2025 nicht im Büro. In dringenden Fällen wenden "
    "Sie sich bitte an zentrale@stadtwerke-emsdetten.de.\n\nMit freundlichen Grüßen\nSabine Kötter",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    refs_extra=["<lo-3188.20250929@leadsoptima.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

r.case("unzustellbar-dsn", LOB, [Mail(
    "Mail Delivery System <MAILER-DAEMON@mx01.ewetel.net>", "Unzustellbar: Ihre Kündigungsbestätigung",
    at("2025-09-27 03:12", DE),
    "Dies ist eine automatisch erstellte Nachricht des Mailservers.\n\nIhre Nachricht konnte an folgende Empfänger "
    "nicht zugestellt werden:\n\n  j.hinrichs@ewetel.net\n    Postfach voll / mailbox full",
    dsn=[[("Reporting-MTA", "dns; mx01.ewetel.net")],
         [("Final-Recipient", "rfc822; j.hinrichs@ewetel.net"), ("Action", "failed"), ("Status", "5.2.2")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender and a delivery-status report -> ignore.")

r.case("vereinsnewsletter-list-id", LOB, [Mail(
    "TuS Freiburg-Zähringen Newsletter <newsletter@tus-zaehringen.de>", "Vereinsnews Oktober: Kündigung Hallenzeiten",
    at("2025-09-30 18:00", DE),
    "Liebe Mitglieder,\n\nwegen der Sanierung der Sporthalle kündigt die Stadt unsere Hallenzeiten im Oktober. "
    "Rückerstattungen von Kursgebühren gibt es über die Geschäftsstelle.\n\nEuer Vorstand",
    headers={"List-Id": "TuS Zaehringen News <news.tus-zaehringen.de>", "Precedence": "list",
             "List-Unsubscribe": "<mailto:leave@tus-zaehringen.de>"})],
    "ignore", rules=["C7"], spec="C7: List-Id and Precedence: list -> ignore, whatever words it contains.")

C.append(cust("kanzlei@stb-voss-bremen.de", "Steuerbüro Voss", "annual", start="2025-06-02", end="2026-06-01"))
pay("kanzlei@stb-voss-bremen.de", "annual", A, "2025-06-02T09:00:00", "2025-06-02", "2026-06-01", "LO-INV-80291")
r.case("stb-bremen-rechnung-ustid", LOB, [Mail(
    "Steuerbüro Voss <kanzlei@stb-voss-bremen.de>", "Rechnungskorrektur LO-INV-80291", at("2025-09-24 11:00", DE),
    "Sehr geehrte Damen und Herren,\n\nfür den Vorsteuerabzug benötigen wir die Rechnung LO-INV-80291 mit unserer "
    "USt-IdNr. DE 312 884 017 und der vollständigen Anschrift (Contrescarpe 12, 28203 Bremen). Eine Erstattung "
    "wollen wir ausdrücklich nicht, das Abo läuft selbstverständlich weiter.\n\nMit freundlichen Grüßen\n"
    "Steuerbüro Voss, Bremen")],
    "other", spec="Invoice correction; refund explicitly declined (s.8 negation), subscription continues -> other.")

r.case("frage-vor-dem-kauf", LOB, [Mail(
    "Fachschaft Informatik Uni Münster <fachschaft-info@uni-muenster.de>", "Frage zum Jahresabo für die Fachschaft",
    at("2025-09-30 12:30", DE),
    "Hallo,\n\nwir sind die Fachschaft Informatik und überlegen, das Jahresabo für unsere Erstiwoche-Werbung "
    "abzuschließen. Bekommen wir Geld zurück, falls der AStA das Budget im Dezember doch nicht freigibt? Oder kann "
    "man dann wenigstens vorzeitig kündigen?\n\nViele Grüße\nLukas für die Fachschaft")],
    "other", spec="s.8 hypothetical before buying: a policy question from a non-customer -> other.")

C.append(cust("info@friseur-lindenhof.de", "Friseur Lindenhof", "monthly", start="2025-09-18", end="2025-10-17"))
pay("info@friseur-lindenhof.de", "monthly", M, "2025-09-18T09:00:00", "2025-09-18", "2025-10-17", "LO-INV-80301")
r.case("danke-erstattung-angekommen", LOB, [Mail(
    "Friseur Lindenhof <info@friseur-lindenhof.de>", "Re: Erstattung", at("2025-09-30 16:20", DE),
    "Hallo,\n\nnur kurz: die Erstattung, die Sie uns zugesagt hatten, ist heute auf unserem Konto angekommen. Vielen Dank "
    "für die schnelle Hilfe letzte Woche, wir bleiben gern Kunde!\n\nLiebe Grüße aus Paderborn\nNadine",
    refs_extra=["<lo-3150.20250923@leadsoptima.com>"])],
    "other", spec="Thanks for a past refund (past event, s.8): no request -> other.")

C.append(cust("contato@schroeder-madeiras.com.br", "Schroeder Madeiras", "annual", start="2025-02-14", end="2026-02-13"))
pay("contato@schroeder-madeiras.com.br", "annual", A, "2025-02-14T09:00:00", "2025-02-14", "2026-02-13", "LO-INV-80311")
r.case("blumenau-html-kuendigung", LOB, [Mail(
    "Schroeder Madeiras Ltda. <contato@schroeder-madeiras.com.br>", "Kundigung Jahresplan", at("2025-09-26 09:10", BR),
    None, html=
    "<html><body><div style='font-family:Calibri'>Guten Tag,<br><br>wir mochten den <b>Jahresplan</b> kundigen. "
    "Unser Vertrieb in Blumenau und Joinville arbeitet jetzt mit einem brasilianischen System, das besser mit "
    "WhatsApp Business geht.<br><br>Mit freundlichen Grussen<br>Rodrigo Schroeder<br>"
    "<span style='color:#888'>Schroeder Madeiras Ltda. &ndash; Rua XV de Novembro 1200, Blumenau/SC</span>"
    "</div></body></html>")],
    "decided", [K("cancel", "2026-02-13")],
    spec="HTML-only mail; L8 cancel, registered sender; effective current_period_end 2026-02-13.")

C.append(cust("tanja.brueggemann@osnanet.de", "Tanja Brüggemann", "quarterly", start="2025-09-26", end="2025-12-25"))
pay("tanja.brueggemann@osnanet.de", "quarterly", Q, "2025-09-26T09:00:00", "2025-09-26", "2025-12-25", "LO-INV-80321")
r.case("tecklenburg-login-und-kuendigung", LOB, [Mail(
    "Tanja Brüggemann <tanja.brueggemann@osnanet.de>", "geht nicht", at("2025-09-30 22:15", DE),
    "hallo\n\nseit der zahlung am freitag komm ich nicht rein, login geht nicht, immer 'session abgelaufen'. "
    "hab keine lust mehr. kündigt das quartalsabo und das geld will ich zurück\n\ntanja\n\n"
    "Gesendet von Mail für Windows")],
    "decided", [R("escalate"), K("cancel", "2025-12-25")],
    spec="L2 access_failure inside L3 (charge Fri 2025-09-26; email 2025-09-30 22:15 CEST = 2025-10-01 01:45 IST, day 5) -> L6 escalate; L8 cancel effective 2025-12-25.")

C.append(cust("kontakt@bio-metzgerei-ahaus.de", "Bio-Metzgerei Ahaus", "monthly", start="2025-09-25", end="2025-10-24"))
pay("kontakt@bio-metzgerei-ahaus.de", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24", "LO-INV-80331")
r.case("ahaus-doppelt-aber-kein-paar", LOB, [Mail(
    "Bio-Metzgerei Ahaus <kontakt@bio-metzgerei-ahaus.de>", "Zweimal bezahlt?", at("2025-09-27 12:00", DE),
    "Hallo,\n\nauf unserer Kreditkartenabrechnung stehen zwei Posten von LeadsOptima vom 25.09. Wir haben das "
    "Monatsabo doch nur einmal. Bitte die doppelte Zahlung erstatten.\n\nGruß\nMartina Hesping")],
    "decided", [R("escalate")],
    spec="L2 duplicate_payment inside the window, but the ledger holds only one charge (LO-INV-80331, the only payment) -> L4 no pair: escalate.")

C.append(cust("info@hafenbar-vegesack.de", "Hafenbar Vegesack", "monthly", start="2025-09-24", end="2025-10-23"))
pay("info@hafenbar-vegesack.de", "monthly", M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23", "LO-INV-80341")
pay("info@hafenbar-vegesack.de", "monthly", M, "2025-09-24T09:01:00", "2025-09-24", "2025-10-23", "LO-INV-80342", status="failed")
r.case("vegesack-fehlgeschlagene-zahlung", LOB, [Mail(
    "Hafenbar Vegesack <info@hafenbar-vegesack.de>", "Doppelte Rechnung LO-INV-80342", at("2025-09-26 13:15", DE),
    "Moin,\n\nwir haben zwei Rechnungen fürs Monatsabo bekommen, LO-INV-80341 und LO-INV-80342, beide vom 24.9. Das "
    "ist doppelt berechnet, bitte die 80342 zurück.\n\nGruß\nOle Hinrichs")],
    "decided", [R("escalate")],
    spec="s.8: LO-INV-80342 has status 'failed' (not paid); a refund of a payment not paid -> escalate.")

C.append(cust("verwaltung@gymnasium-paulinum-verein.de", "Förderverein Paulinum", "quarterly", start="2025-09-29", end="2025-12-28"))
for i, t in enumerate(["09:00:00", "09:00:30", "09:01:10"], 1):
    pay("verwaltung@gymnasium-paulinum-verein.de", "quarterly", Q, f"2025-09-29T{t}", "2025-09-29", "2025-12-28", f"LO-INV-8035{i}")
r.case("foerderverein-dreifach", LOB, [Mail(
    "Förderverein Paulinum <verwaltung@gymnasium-paulinum-verein.de>", "Dreifache Abbuchung Quartalsbeitrag",
    at("2025-09-30 17:45", DE),
    "Sehr geehrte Damen und Herren,\n\nals Schatzmeisterin des Fördervereins muss ich Ihnen mitteilen, dass der "
    "Quartalsbeitrag am 29. September dreimal abgebucht wurde: LO-INV-80351, LO-INV-80352 und LO-INV-80353, "
    "jeweils 3.999,00 INR zzgl. Steuer. Bitte erstatten Sie die zwei überzähligen Zahlungen.\n\n"
    "Mit freundlichen Grüßen\nDr. Gertrud Uhlenbrock\nSchatzmeisterin")],
    "decided", [R("approve", "7998.00")],
    spec="s.8 three identical charges on 2025-09-29, request 2025-09-30 (day 1): every charge after the first is a duplicate -> 2 x 3999.00 = 7998.00.")

C.append(cust("james.whitfield@whitfield-consulting.co.uk", "James Whitfield", "monthly", start="2025-09-14", end="2025-10-13"))
pay("james.whitfield@whitfield-consulting.co.uk", "monthly", M, "2025-09-14T09:00:00", "2025-09-14", "2025-10-13", "LO-INV-80361")
r.case("englaender-kuendigt-auf-deutsch", LOB, [Mail(
    "James Whitfield <james.whitfield@whitfield-consulting.co.uk>", "Kündigung meines Abonnement",
    at("2025-09-25 17:40", UK),
    "Sehr geehrte Damen und Herren,\n\nich möchte gern mein monatlich Abonnement kündigen, bitte. Wir haben jetzt "
    "eine Partnerfirma in Freiburg die das macht für uns. Ich hoffe mein Deutsch ist verständlich, ich lerne noch "
    "(VHS Kurs, Stufe B1).\n\nMit freundlichen Grüßen / Kind regards\nJames Whitfield\nWhitfield Consulting Ltd, Bristol")],
    "decided", [K("cancel", "2025-10-13")],
    spec="L8 cancel from the registered sender; effective current_period_end 2025-10-13.")

C.append(cust("dr.salameh@praxis-salameh.de", "Dr. Rami Salameh", "monthly", start="2025-09-16", end="2025-10-15"))
pay("dr.salameh@praxis-salameh.de", "monthly", M, "2025-09-16T09:00:00", "2025-09-16", "2025-10-15", "LO-INV-80371")
r.case("arabisch-zugang-zu-spaet", LOB, [Mail(
    "Dr. Rami Salameh <dr.salameh@praxis-salameh.de>", "Kein Zugriff auf Plattform", at("2025-09-26 10:00", DE),
    "Sehr geehrte Team,\n\nseit dem 16.09. die Plattform lädt nicht, immer weiße Seite. Ich habe für diesen Monat "
    "bezahlt (LO-INV-80371) und nichts benutzt wegen diese Fehler. Ich bitte um Rückerstattung.\n\n"
    "Mit freundliche Grüße\nDr. med. Rami Salameh\nFacharzt für Allgemeinmedizin, Bielefeld")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-16, request 2025-09-26 = day 10 > 7 -> deny citing the 7-day rule.")

C.append(cust("info@eiscafe-dolomiti-freiburg.de", "Eiscafé Dolomiti", "monthly", start="2025-09-27", end="2025-10-26"))
pay("info@eiscafe-dolomiti-freiburg.de", "monthly", ("1899.00", "341.82"), "2025-09-27T09:00:00", "2025-09-27", "2025-10-26", "LO-INV-80381")
r.case("freiburg-betrag-schraegstriche", LOB, [Mail(
    "Eiscafé Dolomiti <info@eiscafe-dolomiti-freiburg.de>", "Rechnung lo/inv/80381 falsch", at("2025-09-29 14:10", DE),
    "Grüß Gott,\n\nauf der Rechnung lo/inv/80381 stehen 1.899 Rupien netto, unser Monatsabo kostet aber 1.499. Da ist "
    "ein falscher Betrag abgebucht worden. Bitte die Differenz zurück.\n\nGruß aus der Altstadt\nValentina Brenneisen")],
    "decided", [R("escalate")],
    spec="L2 billing_error (wrong amount) inside L3 (charge 2025-09-27, day 2); 'lo/inv/80381' is LO-INV-80381 (s.8) -> L5 escalate.")

C.append(cust("marketing@werder-fanshop-bremen.de", "Fanshop Bremen", "monthly", start="2025-09-20", end="2025-10-19"))
pay("marketing@werder-fanshop-bremen.de", "monthly", M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19", "LO-INV-80391")
r.case("plus-tag-adresse", LOB, [Mail(
    "Fanshop Bremen <marketing+leadsoptima@werder-fanshop-bremen.de>", "Abo kündigen", at("2025-09-25 12:40", DE),
    "Moin,\n\nbitte unser Monatsabo kündigen, die Saison läuft schlecht und das Budget ist weg.\n\nGrün-weiße Grüße\n"
    "Kai")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: marketing+leadsoptima@ is another address than the registered marketing@werder-fanshop-bremen.de -> C2.")

C.append(cust("irina.wall@inbox.kz", "Irina Wall", "annual", start="2025-09-22", end="2026-09-21"))
pay("irina.wall@inbox.kz", "annual", A, "2025-09-22T09:00:00", "2025-09-22", "2026-09-21", "LO-INV-80401")
r.case("karaganda-umgemeinung-jahresabo", LOB, [Mail(
    "Irina Wall <irina.wall@inbox.kz>", "Rückgabe Geld Jahresabo", at("2025-09-24 09:20", KZ),
    "Guten Morgen,\n\nich habe am Montag das Jahresabo bezahlt, aber jetzt hat mein Mann gesagt, wir ziehen im "
    "Frühling nach Deutschland (Spätaussiedler, Aufnahmebescheid ist gekommen!) und dann brauchen wir das nicht. "
    "Ich habe meine Meinung geändert. Bitte das Geld zurück, es ist erst zwei Tage.\n\nMit freundlichen Grüßen\n"
    "Irina Wall, Karaganda")],
    "decided", [R("deny")],
    spec="L1: changed mind is no exception reason -> deny (inside the window does not matter); cancellation offered in the reply.")

C.append(cust("info@tischlerei-overbeck.de", "Tischlerei Overbeck", "quarterly", start="2025-09-15", end="2025-12-14"))
pay("info@tischlerei-overbeck.de", "quarterly", Q, "2025-09-15T09:00:00", "2025-09-15", "2025-12-14", "LO-INV-80411")
r.case("warendorf-kein-grund-erstattung", LOB, [Mail(
    "Tischlerei Overbeck <info@tischlerei-overbeck.de>", "Erstattung LO-INV-80411", at("2025-09-19 07:50", DE),
    "Guten Morgen,\n\nbitte erstatten Sie uns die Zahlung zur Rechnung LO-INV-80411 (Quartalsabo).\n\n"
    "Mit freundlichen Grüßen\nBernhard Overbeck\nTischlermeister\nTischlerei Overbeck, Warendorf\n"
    "www.tischlerei-overbeck.de")],
    "need_info", missing=["reason"],
    spec="C3 / s.8 reason: only a restated request and a signature, no explanation -> ask for the reason (sender, plan and invoice known).")

C.append(cust("schulleitung@musikschule-wiehre.de", "Musikschule Wiehre", "monthly", start="2025-09-22", end="2025-10-21"))
pay("schulleitung@musikschule-wiehre.de", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21", "LO-INV-80421")
r.case("freiburg-mehrere-anliegen", LOB, [Mail(
    "Musikschule Wiehre <schulleitung@musikschule-wiehre.de>", "Diverses", at("2025-09-24 16:30", DE),
    "Hallo zusammen,\n\nein paar Dinge auf einmal, sorry für die lange Mail:\n\n1) Die Integration mit unserem "
    "Kalender klappt prima, danke an Herrn Sharma für die Hilfe am Telefon.\n2) Am Montag wurde für unser Monatsabo "
    "der Jahrespreis abgebucht, das ist eindeutig ein falscher Betrag (LO-INV-80421 sagt 1.499, auf dem Konto sind "
    "es 14.145,84). Bitte korrigieren und die Differenz erstatten.\n3) Können Sie mir sagen, ob es einen "
    "Bildungsrabatt gibt?\n\nViele Grüße und einen schönen Abend\nCornelia Faller\nSchulleitung")],
    "decided", [R("escalate")],
    spec="Request in the middle of a long mail: L2 billing_error (wrong amount) inside L3 (charge Mon 2025-09-22, request 2025-09-24, day 2) -> L5 escalate; the ledger amount is not trusted over the email either way.")

C.append(cust("kontakt@friedhofsgaertnerei-hiltrup.de", "Friedhofsgärtnerei Hiltrup", "quarterly", start="2025-07-05", end="2025-10-04"))
pay("kontakt@friedhofsgaertnerei-hiltrup.de", "quarterly", Q, "2025-07-05T09:00:00", "2025-07-05", "2025-10-04", "LO-INV-80431")
r.case("hiltrup-diktiert-kuendigung", LOB, [Mail(
    "Friedhofsgärtnerei Hiltrup <kontakt@friedhofsgaertnerei-hiltrup.de>", "Kündigung", at("2025-09-23 15:05", DE),
    "Sehr geehrte Damen und Herren Komma\n\nhiermit kündige ich das Quartalsabo Punkt Grund ist Komma dass wir den "
    "Betrieb an meinen Sohn übergeben Punkt Neuer Absatz Bitte bestätigen Sie mir die Kündigung schriftlich Punkt\n\n"
    "Mit freundlichen Grüßen\nHeinrich Feldkamp\n\n(diktiert mit Siri, bitte Fehler entschuldigen)")],
    "decided", [K("cancel", "2025-10-04")],
    spec="Dictated text with spoken punctuation; L8 cancel effective current_period_end 2025-10-04.")

# The other brand's customer (s.8): the rowing club has an Optima WebDesign hosting package and no LeadsOptima
# account, and mails the LeadsOptima inbox.  C1 picks LeadsOptima, whose ledger does not know the sender.
P.append(proj("Bremer Ruderverein Website", "s.mohr@bremer-ruderverein.de", "2025-04-01T10:00:00"))
PAY.append(owpay("de32_o28", "OWD-2025-3128", "Bremer Ruderverein Website", "hosting_annual", "9600.00", "1728.00",
                 "2025-04-01T09:00:00", setup_fee="1200.00", service_start="2025-04-01"))
r.case("ruderverein-falsche-marke", LOB, [Mail(
    "Sönke Mohr <s.mohr@bremer-ruderverein.de>", "Hosting-Paket kündigen", at("2025-09-26 11:00", DE),
    "Moin,\n\nwir möchten das Hosting-Jahrespaket für unsere Vereinswebseite kündigen (Rechnung OWD-2025-3128), "
    "die Seite habt ihr im Frühjahr für uns aufgesetzt. Der neue Vorstand hat einen eigenen Server. Ich hoffe, das "
    "ist die richtige Adresse, bei den ganzen Optima-Adressen blicke ich nicht mehr durch.\n\nGruß\nSönke Mohr\n"
    "Schriftwart, Bremer Ruderverein e.V.")],
    "need_info", rules=["C2"],
    spec="s.8 the other brand's customer: mailed to the LeadsOptima inbox (C1: the brand is LeadsOptima) about an Optima "
         "WebDesign hosting package (OWD-2025-3128); the sender has no LeadsOptima account and the ledger is searched in "
         "LeadsOptima only -> treated as any unknown sender (C2, C3): need_info with C2, nothing about any account.")

# =============================== Optima WebDesign ==============================
P.append(proj("Weingut Kiefer Relaunch", "info@weingut-kiefer-ihringen.de", None))
opay("OWD-2025-3101", "Weingut Kiefer Relaunch", "discovery", "15000.00", "2700.00", "2025-09-22T11:00:00")
r.case("kaiserstuhl-discovery-erstattet", OWB, [Mail(
    "Weingut Kiefer <info@weingut-kiefer-ihringen.de>", "Refund Request — Weingut Kiefer Relaunch / OWD-2025-3101",
    at("2025-09-25 10:20", DE),
    "Sehr geehrte Damen und Herren,\n\nwir haben am 22.09. die Discovery-Pauschale für das Projekt \"Weingut Kiefer "
    "Relaunch\" bezahlt (Rechnung OWD-2025-3101). Ein Workshop-Termin ist noch nicht vereinbart. Leider hat uns der "
    "Hagel im August die halbe Lese gekostet, wir müssen das Budget streichen. Wir bitten um Rückerstattung.\n\n"
    "Mit freundlichen Grüßen aus Ihringen\nSusanne Kiefer", brand=OWB)],
    "decided", [R("approve", "15000.00")],
    spec="O1: discovery, work_started_at empty -> full refund of the amount before tax: 15000.00.")

P.append(proj("Bremer Stadtmusikanten Tours", "office@stadtmusikanten-tours.de", "2025-09-18T10:00:00"))
opay("OWD-2025-3102", "Bremer Stadtmusikanten Tours", "discovery", "9000.00", "1620.00", "2025-09-15T10:00:00")
r.case("bremen-discovery-begonnen", OWB, [Mail(
    "Stadtmusikanten Tours <office@stadtmusikanten-tours.de>", "Rückerstattung Strategiephase OWD-2025-3102",
    at("2025-09-29 09:40", DE),
    "Moin,\n\nnach dem ersten Strategie-Workshop am 18.09. haben wir gemerkt, dass wir erst unser Angebot neu "
    "aufstellen müssen. Das Projekt \"Bremer Stadtmusikanten Tours\" pausiert deshalb, bitte die Discovery-Gebühr "
    "zurückerstatten.\n\nBeste Grüße\nGesa Wübbenhorst", brand=OWB)],
    "decided", [R("deny")],
    spec="O1: discovery session started 2025-09-18 (work_started_at) before the request -> deny.")

P.append(proj("Kanzlei Terbrack Website", "sekretariat@terbrack-anwaelte.de", None))
opay("OWD-2025-3103", "Kanzlei Terbrack Website", "deposit", "20000.00", "3600.00", "2025-09-27T12:00:00")
r.case("genau-72-stunden", OWB, [Mail(
    "Sekretariat Terbrack <sekretariat@terbrack-anwaelte.de>", "Storno Anzahlung Kanzlei Terbrack Website",
    at("2025-09-30 08:30", DE),
    "Sehr geehrte Damen und Herren,\n\nfür das Projekt \"Kanzlei Terbrack Website\" haben wir am Samstag die Anzahlung "
    "geleistet (OWD-2025-3103). Die Sozietät hat sich gestern entschieden, mit der Website der Kammer zu arbeiten. "
    "Wir bitten um Erstattung der Anzahlung.\n\nMit freundlichen Grüßen\nim Auftrag Petra Lütke-Wöstmann\n"
    "Kanzlei Terbrack, Münster", brand=OWB)],
    "decided", [R("deny")],
    spec="O2 + s.8: paid 2025-09-27 12:00 IST; email 2025-09-30 08:30 CEST = 12:00 IST, exactly 72 hours -> not before 72 hours: deny. (Law firm as customer, no legal threat.)")

P.append(proj("Hofcafé Große Kleimann", "hofcafe@grosse-kleimann.de", None))
opay("OWD-2025-3104", "Hofcafé Große Kleimann", "deposit", "12500.00", "2250.00", "2025-09-28T10:00:00")
r.case("hofcafe-anzahlung-24h", OWB, [Mail(
    "Hofcafé Große Kleimann <hofcafe@grosse-kleimann.de>", "Anzahlung zurück bitte – OWD-2025-3104",
    at("2025-09-29 09:00", DE),
    "Guten Morgen,\n\ngestern haben wir für das Projekt Hofcafé Große Kleimann die Anzahlung von 12.500 INR plus "
    "Steuer überwiesen. Über Nacht hat uns ein Gast, der Webdesigner ist, angeboten, das für uns zu machen. Wir "
    "möchten deshalb zurücktreten und bitten um Rückzahlung der Anzahlung.\n\nHerzliche Grüße aus Nottuln\n"
    "Maria Große Kleimann", brand=OWB)],
    "decided", [R("approve", "12500.00")],
    spec="O2: paid 2025-09-28 10:00 IST; email 2025-09-29 09:00 CEST = 12:30 IST (26.5 h), no work started -> approve 12500.00 (before tax).")

P.append(proj("Ostsee Reisen Wall Portal", "info@wall-reisen.kz", "2025-09-29T09:00:00"))
opay("OWD-2025-3105", "Ostsee Reisen Wall Portal", "deposit", "18000.00", "3240.00", "2025-09-28T09:00:00")
r.case("almaty-anzahlung-arbeit-begonnen", OWB, [Mail(
    "Wall Reisen <info@wall-reisen.kz>", "Anzahlung OWD-2025-3105 zurück", at("2025-09-30 10:00", KZ),
    "Guten Tag,\n\nwir haben am 28. die Anzahlung bezahlt für \"Ostsee Reisen Wall Portal\". Jetzt unser Partner in "
    "Rostock hat abgesagt, die Reisen nach Deutschland fallen aus. Bitte Anzahlung zurückzahlen, es ist noch unter "
    "72 Stunden.\n\nMit freundlichen Grüßen\nAlexander Wall, Almaty", brand=OWB)],
    "decided", [R("deny")],
    spec="O2 'whichever first': email 2025-09-30 10:00 +05 = 10:30 IST is within 72 h of payment, but work started 2025-09-29 09:00 -> deny.")

P.append(proj("Klinikum Nord Karriereportal", "web@klinikum-nord-bremen.de", "2025-08-01T10:00:00"))
opay("OWD-2025-3106", "Klinikum Nord Karriereportal", "milestone", "30000.00", "5400.00", "2025-08-01T10:00:00", milestone_status="approved")
opay("OWD-2025-3107", "Klinikum Nord Karriereportal", "milestone", "22000.00", "3960.00", "2025-09-05T10:00:00", milestone_status="not_started")
opay("OWD-2025-3108", "Klinikum Nord Karriereportal", "milestone", "18000.00", "3240.00", "2025-09-05T10:05:00", milestone_status="in_progress")
r.case("klinikum-meilenstein-nicht-begonnen", OWB, [Mail(
    "Klinikum Nord – Online-Redaktion <web@klinikum-nord-bremen.de>", "Refund Request — Klinikum Nord Karriereportal / OWD-2025-3107",
    at("2025-09-24 13:30", DE),
    "Sehr geehrte Damen und Herren,\n\nder Meilenstein 3 (Bewerbermanagement-Schnittstelle, Rechnung OWD-2025-3107) "
    "entfällt, weil der Träger ein zentrales Bewerbermanagement einführt. Nach unserem Stand wurde damit noch nicht "
    "begonnen. Wir bitten um Erstattung dieses Meilensteins; Meilenstein 2 (OWD-2025-3108) läuft bitte normal weiter.\n\n"
    "Mit freundlichen Grüßen\nDr. Henrike Lohmann\nUnternehmenskommunikation\n\nKlinikum Nord gGmbH · Sitz Bremen · "
    "HRB 24390 HB\nDiese Nachricht ist ausschließlich für den Adressaten bestimmt.", brand=OWB)],
    "decided", [R("approve", "22000.00")],
    spec="O3: OWD-2025-3107 milestone not_started -> approve its amount before tax 22000.00; the in-progress milestone is explicitly kept.")

r.case("klinikum-meilenstein-in-arbeit", OWB, [Mail(
    "Klinikum Nord – Online-Redaktion <web@klinikum-nord-bremen.de>", "Meilenstein 2 OWD 2025 3108 stornieren",
    at("2025-09-26 15:10", DE),
    "Sehr geehrte Damen und Herren,\n\nauch den Meilenstein 2 (Stellenbörse) zum Karriereportal, Rechnung "
    "OWD 2025 3108, möchten wir nun doch zurückziehen, weil die Stellenbörse künftig vom Träger zentral gestellt "
    "wird. Bitte erstatten Sie den Betrag.\n\nMit freundlichen Grüßen\nDr. Henrike Lohmann", brand=OWB)],
    "decided", [R("escalate")],
    spec="O3: OWD-2025-3108 (typed with spaces, s.8) is in_progress -> escalate (value of unstarted work needs a person).")

r.case("klinikum-meilenstein-abgenommen", OWB, [Mail(
    "Klinikum Nord – Online-Redaktion <web@klinikum-nord-bremen.de>", "Rückforderung OWD-2025-3106",
    at("2025-09-29 11:00", DE),
    "Sehr geehrte Damen und Herren,\n\ndas Design (Meilenstein 1, OWD-2025-3106) gefällt der neuen Geschäftsführung "
    "nicht mehr, obwohl wir es im August abgenommen hatten. Wir bitten um Rückerstattung für das Karriereportal.\n\n"
    "Mit freundlichen Grüßen\nDr. Henrike Lohmann", brand=OWB)],
    "decided", [R("deny")],
    spec="O3/O6: milestone OWD-2025-3106 is approved -> deny (approved milestones are non-refundable).")

P.append(proj("Vienna Opera Tours Retainer", "marketing@opera-tours.at", "2025-03-01T10:00:00"))
opay("OWD-2025-3109", "Vienna Opera Tours Retainer", "retainer", "16000.00", "2880.00", "2025-09-20T09:00:00",
     period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00")
r.case("wien-retainer-kuendigung-rechtzeitig", OWB, [Mail(
    "Opera Tours Marketing <marketing@opera-tours.at>", "Kündigung Betreuungsvertrag Vienna Opera Tours Retainer",
    at("2025-09-29 11:15", DE),
    "Sehr geehrte Damen und Herren!\n\nWir beehren uns mitzuteilen, dass wir den Betreuungsvertrag \"Vienna Opera Tours "
    "Retainer\" (zuletzt verrechnet mit Rechnung OWD-2025-3109) mit nächstmöglichem Termin aufkündigen. Grund: die "
    "Agenturbetreuung wird ab der Wintersaison von unserer Konzernmutter übernommen.\n\nMit besten Grüßen\n"
    "Mag. Konstantin Wurmbrand-Eder\nLeitung Marketing", brand=OWB)],
    "decided", [K("cancel", "2025-10-19")],
    spec="O4/O8: request 2025-09-29 is on or before next_billing_at 2025-10-20 minus 7 days (2025-10-13) -> cancel, effective the day before: 2025-10-19.")

P.append(proj("Schwarzwald Bike Social", "team@schwarzwald-bike.de", "2025-05-07T10:00:00"))
opay("OWD-2025-3110", "Schwarzwald Bike Social", "retainer", "11000.00", "1980.00", "2025-09-07T09:00:00",
     period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T09:00:00")
r.case("freiburg-retainer-spaet-abends", OWB, [Mail(
    "Schwarzwald Bike <team@schwarzwald-bike.de>", "Kündigung Social-Media-Betreuung", at("2025-09-30 22:00", DE),
    "Hallo ihr Lieben,\n\nschweren Herzens kündigen wir die Betreuung \"Schwarzwald Bike Social\" (letzte Rechnung "
    "OWD-2025-3110). Die Saison war mies, der Laden in Kirchzarten schließt über den Winter. Wir haben ja noch eine "
    "Woche bis zur nächsten Abbuchung, das sollte passen.\n\nLiebe Grüße\nFlo & Mia", brand=OWB)],
    "decided", [K("cancel", "2025-11-06")],
    spec="O4: email 2025-09-30 22:00 CEST = 2025-10-01 01:30 IST; next_billing 2025-10-07, cut-off 2025-09-30 -> less than 7 days' notice: next cycle (2025-10-07 to 2025-11-06) is billed, effective 2025-11-06.")

P.append(proj("Bremer Kaffeerösterei Content", "marketing@kaffeeroesterei-hb.de", "2025-04-10T10:00:00"))
opay("OWD-2025-3111", "Bremer Kaffeerösterei Content", "retainer", "13000.00", "2340.00", "2025-09-12T09:00:00",
     period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00")
opay("OWD-2025-3112", "Bremer Kaffeerösterei Content", "retainer", "13000.00", "2340.00", "2025-09-26T09:00:00",
     period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12T09:00:00")
r.case("kaffeeroesterei-vorausbezahlt", OWB, [Mail(
    "Kaffeerösterei Marketing <marketing@kaffeeroesterei-hb.de>", "Kündigung Content-Retainer", at("2025-09-29 10:00", DE),
    "Moin,\n\nwir kündigen den Retainer \"Bremer Kaffeerösterei Content\" (Rechnungen OWD-2025-3111 und "
    "OWD-2025-3112), weil wir ab Oktober eine eigene Content-Managerin eingestellt haben.\n\nBeste Grüße\n"
    "Jan-Hendrik Dreyer", brand=OWB)],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: next cycle (2025-10-12 to 2025-11-11) already paid by OWD-2025-3112 and notice >= 7 days (2025-09-29 <= 2025-10-05) -> escalate.")

P.append(proj("Pension Feldberg Hosting", "info@pension-feldberg.de", "2025-09-20T10:00:00"))
opay("OWD-2025-3113", "Pension Feldberg Hosting", "hosting_annual", "14400.00", "2592.00", "2025-09-19T09:00:00",
     setup_fee="2400.00", service_start="2025-09-20")
r.case("feldberg-hosting-anteilig", OWB, [Mail(
    "Pension Feldberg <info@pension-feldberg.de>", "Hosting kündigen und Rückerstattung OWD-2025-3113",
    at("2025-09-30 17:00", DE),
    "Grüß Gott,\n\nwir kündigen das Hosting-Jahrespaket für die Pension Feldberg Hosting und bitten um anteilige "
    "Rückerstattung, weil unser Sohn die Seite jetzt über den Tourismusverband hostet. Uns ist klar, dass die "
    "Einrichtung nicht erstattet wird.\n\nFreundliche Grüße vom Feldberg\nHildegard Faller", brand=OWB)],
    "decided", [R("approve", "11000.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-30 (10 days) -> 14400 - 2400 - (12000/12) x 1 = 11000.00.")

P.append(proj("Autohaus Sievers Wartung", "it@autohaus-sievers.de", "2025-09-01T10:00:00"))
opay("OWD-2025-3114", "Autohaus Sievers Wartung", "maintenance_annual", "10000.00", "1800.00", "2025-08-29T09:00:00",
     setup_fee="1500.00", service_start="2025-09-01")
r.case("sievers-wartung-zu-spaet", OWB, [Mail(
    "Autohaus Sievers IT <it@autohaus-sievers.de>", "Wartungsvertrag – Kündigung und Erstattung",
    at("2025-09-22 08:45", DE),
    "Guten Morgen,\n\nwir kündigen den Wartungsvertrag \"Autohaus Sievers Wartung\" (OWD-2025-3114) und bitten um "
    "anteilige Erstattung, da der Hersteller uns eine Konzern-Website vorschreibt.\n\nMit freundlichen Grüßen\n"
    "Olaf Sievers, Autohaus Sievers, Osterholz-Scharmbeck", brand=OWB)],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-22 = 21 days > 14 -> deny.")

P.append(proj("Praxis Al-Khatib Wartung", "praxis@al-khatib-zahn.de", "2025-09-24T10:00:00"))
opay("OWD-2025-3115", "Praxis Al-Khatib Wartung", "maintenance_annual", "10000.00", "1800.00", "2025-09-23T09:00:00",
     setup_fee="1500.00", service_start="2025-09-24")
r.case("al-khatib-wartung-krumm", OWB, [Mail(
    "Zahnarztpraxis Al-Khatib <praxis@al-khatib-zahn.de>", "Erstattung Wartungsvertrag", at("2025-09-26 12:30", DE),
    "Sehr geehrte Damen und Herren,\n\nich möchte den Wartungsvertrag \"Praxis Al-Khatib Wartung\" wieder beenden, "
    "Rechnung OWD-2025-3115. Mein Schwager hat eine IT-Firma in Essen und macht das jetzt für die Praxis kostenlos. "
    "Bitte erstatten Sie was möglich ist nach Ihre Regeln.\n\nMit freundliche Grüßen\nDr. Samir Al-Khatib", brand=OWB)],
    "decided", [R("approve", "7791.67")], extra_ok=True,
    spec="O5: 2 days after service_start 2025-09-24: 10000 - 1500 - (8500/12 = 708.333...) x 1 = 7791.666... -> 7791.67 (rounded once, half-up).")

P.append(proj("Weltladen Freiburg Shop", "laden@weltladen-freiburg.de", "2025-07-01T10:00:00"))
opay("OWD-2025-3116", "Weltladen Freiburg Shop", "third_party", "3200.00", "576.00", "2025-09-25T09:00:00")
r.case("weltladen-ssl-lizenz", OWB, [Mail(
    "Weltladen Freiburg <laden@weltladen-freiburg.de>", "Rechnung OWD-2025-3116 Plugin-Lizenz", at("2025-09-27 11:30", DE),
    "Hallo,\n\nauf der Rechnung OWD-2025-3116 für den Weltladen Freiburg Shop stehen eine Shop-Plugin-Lizenz und ein "
    "SSL-Zertifikat. Wir nutzen jetzt doch das kostenlose Let's Encrypt. Bitte erstattet uns die Lizenzkosten.\n\n"
    "Fair gehandelte Grüße\nMirjam Schätzle", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: third_party (licence, SSL) -> never refundable: deny.")

P.append(proj("Schützenfest Telgte Microsite", "vorstand@schuetzen-telgte.de", "2025-09-10T10:00:00"))
opay("OWD-2025-3117", "Schützenfest Telgte Microsite", "rush", "5000.00", "900.00", "2025-09-10T09:00:00")
r.case("telgte-eilzuschlag", OWB, [Mail(
    "Schützenverein Telgte Vorstand <vorstand@schuetzen-telgte.de>", "Eilzuschlag zurück?", at("2025-09-26 19:00", DE),
    "Guten Abend,\n\nfür die Schützenfest Telgte Microsite haben wir den Eilzuschlag (OWD-2025-3117) bezahlt, weil "
    "die Seite vor dem Fest online sein sollte. Das Fest wurde wegen Unwetter abgesagt, der Eilzuschlag war also "
    "umsonst. Wir bitten um Rückzahlung.\n\nMit Schützengruß\nHubert Pöppelmann, 1. Vorsitzender", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: rush fee -> never refundable: deny.")

P.append(proj("Bäckerei Tiemann Filialfinder", "marketing@baeckerei-tiemann.de", "2025-09-01T10:00:00"))
opay("OWD-2025-3118", "Bäckerei Tiemann Filialfinder", "deposit", "16000.00", "2880.00", "2025-09-25T10:00:00")
r.case("tiemann-c2-private-adresse", OWB, [Mail(
    "Karin Tiemann <karin.tiemann@t-online.de>", "Filialfinder stornieren", at("2025-09-26 20:30", DE),
    "Guten Abend,\n\nich bin Mitinhaberin der Bäckerei Tiemann und schreibe von zu Hause. Bitte stornieren Sie das "
    "Projekt \"Bäckerei Tiemann Filialfinder\" (OWD-2025-3118) und erstatten die Anzahlung, wir eröffnen 2026 doch "
    "keine neuen Filialen. Die Vertragsadresse ist marketing@baeckerei-tiemann.de.\n\nKarin Tiemann", brand=OWB)],
    "need_info", rules=["C2"],
    spec="C2: sender is not the contract email marketing@baeckerei-tiemann.de -> ask to write from it; nothing about the project.")

P.append(proj("Stadtbücherei Ahlen Relaunch", "buecherei@stadt-ahlen.de", "2025-06-01T10:00:00"))
opay("OWD-2025-3119", "Stadtbücherei Ahlen Relaunch", "retainer", "8000.00", "1440.00", "2025-09-15T09:00:00",
     period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00")
r.case("ahlen-kuendigung-ohne-grund", OWB, [Mail(
    "Stadtbücherei Ahlen <buecherei@stadt-ahlen.de>", "Kündigung Stadtbücherei Ahlen Relaunch – OWD-2025-3119",
    at("2025-09-25 10:30", DE),
    "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den Betreuungsvertrag für das Projekt \"Stadtbücherei "
    "Ahlen Relaunch\" (OWD-2025-3119) fristgerecht.\n\nMit freundlichen Grüßen\nIm Auftrag\nR. Bröskamp\n"
    "Stadt Ahlen – Fachbereich Kultur\nDer Bürgermeister", brand=OWB)],
    "need_info", missing=["reason"],
    spec="s.8: Optima requires a reason for cancellations too; contract sender, project and invoice given, no reason -> ask for reason.")

P.append(proj("Yoga Loft Münster", "hallo@yogaloft-ms.de", "2025-08-01T10:00:00"))
P.append(proj("Yoga Loft Kursbuchung", "hallo@yogaloft-ms.de", "2025-08-15T10:00:00"))
opay("OWD-2025-3120", "Yoga Loft Münster", "milestone", "9000.00", "1620.00", "2025-09-20T09:00:00", milestone_status="not_started")
opay("OWD-2025-3121", "Yoga Loft Kursbuchung", "milestone", "7000.00", "1260.00", "2025-09-20T09:10:00", milestone_status="not_started")
y1 = Mail("Yoga Loft <hallo@yogaloft-ms.de>", "Erstattung", at("2025-09-24 08:00", DE),
          "Namasté ihr Lieben,\n\nwir müssen leider einen offenen Meilenstein zurückziehen, unsere Mitinhaberin ist "
          "ausgestiegen und wir verkleinern. Bitte erstattet uns den.\n\nAlles Liebe\nSvenja", brand=OWB,
          msgid="<de32-yoga.20250924@yogaloft-ms.de>")
r.case("yogaloft-welches-projekt", OWB, [y1],
       "need_info", missing=["project_name", "invoice_number"],
       spec="C3: contract sender with two projects and two milestone invoices; reason given, neither project nor invoice named -> ask for project_name and invoice_number.")
y_bot = Mail("Optima WebDesign <optimawebdesigns12@gmail.com>", "Re: Erstattung [OWD-3207]", at("2025-09-24 14:00", (5, 30)),
             "Bitte nennen Sie Projekt und Rechnungsnummer.", reply=y1, to="hallo@yogaloft-ms.de", brand=OWB)
y_bot.build("de-o-bot")
y2 = Mail("Yoga Loft <hallo@yogaloft-ms.de>", "Re: Erstattung [OWD-3207]", at("2025-09-25 07:45", DE),
          "Guten Morgen,\n\nes geht um die Kursbuchung, Rechnung OWD-2025-3121.\n\nSvenja\n\n"
          "Am Mi., 24. Sept. 2025 um 10:30 Uhr schrieb Optima WebDesign <optimawebdesigns12@gmail.com>:\n"
          "> Bitte nennen Sie Projekt und Rechnungsnummer.", reply=y_bot, brand=OWB)
r.case("yogaloft-thread-antwort", OWB, [y1, y2],
       "decided", [R("approve", "7000.00")],
       spec="C3 thread: the answer names 'Kursbuchung' (project Yoga Loft Kursbuchung) and OWD-2025-3121, milestone not_started -> O3 approve 7000.00.")

P.append(proj("Kulturverein Schlachthof Website", "vorstand@kulturverein-schlachthof.de", "2025-07-15T10:00:00"))
opay("OWD-2025-3122", "Kulturverein Schlachthof Website", "milestone", "14000.00", "2520.00", "2025-09-10T09:00:00", milestone_status="not_started")
r.case("schlachthof-verbraucherrecht", OWB, [Mail(
    "Kulturverein Schlachthof <vorstand@kulturverein-schlachthof.de>", "Rückforderung OWD-2025-3122",
    at("2025-09-24 20:00", DE),
    "Sehr geehrte Damen und Herren,\n\nwir treten vom Meilenstein OWD-2025-3122 (Kulturverein Schlachthof Website) "
    "zurück, da die Förderung der Stadt Bremen gestrichen wurde. Sollten Sie nicht erstatten, werden wir unsere "
    "gesetzlichen Rechte geltend machen und die Verbraucherzentrale Bremen einschalten.\n\nMit freundlichen Grüßen\n"
    "Der Vorstand", brand=OWB)],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: statutory rights and the consumer centre are invoked -> escalate (O3 would approve otherwise).")

r.case("owd-autoreply-urlaub", OWB, [Mail(
    "Hofcafé Große Kleimann <hofcafe@grosse-kleimann.de>", "Automatische Antwort: Ihre Rechnung OWD-2025-3104",
    at("2025-09-29 12:00", DE),
    "Danke für Ihre Nachricht! Wir sind bis zum 6. Oktober im Betriebsurlaub. Erstattungen und Rechnungen bearbeiten "
    "wir danach.\n\nIhr Hofcafé-Team", brand=OWB, headers={"Auto-Submitted": "auto-replied", "Precedence": "junk"},
    refs_extra=["<CAOWDx3104.20250929@mail.gmail.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-replied (and Precedence: junk) -> ignore.")

P.append(proj("Mosteiro Hering Website", "contato@hering-hotel.com.br", "2025-08-01T10:00:00"))
opay("OWD-2025-3123", "Mosteiro Hering Website", "hosting_annual", "12000.00", "2160.00", "2025-08-01T09:00:00",
     setup_fee="1200.00", service_start="2025-08-01")
r.case("blumenau-hosting-frage", OWB, [Mail(
    "Hotel Mosteiro Hering <contato@hering-hotel.com.br>", "Frage Hosting Verlängerung", at("2025-09-29 08:30", BR),
    "Guten Morgen,\n\nunser Hosting für \"Mosteiro Hering Website\" läuft bis Juli 2026. Können wir dann auf zwei "
    "Jahre verlängern und gibt es dafür Rabatt? Wir sind sehr zufrieden, keine Kündigung und keine Erstattung "
    "gewünscht!\n\nAbraços aus Blumenau\nCarla Hering", brand=OWB)],
    "other", spec="Question about renewal; refund and cancellation explicitly declined (s.8 negation) -> other.")

P.append(proj("Bremer Tafel Spendenportal", "it@bremer-tafel-ev.de", "2025-09-15T10:00:00"))
opay("OWD-2025-3124", "Bremer Tafel Spendenportal", "change_request", "4500.00", "810.00", "2025-09-22T09:00:00")
r.case("tafel-change-request", OWB, [Mail(
    "Bremer Tafel IT <it@bremer-tafel-ev.de>", "Fwd: Zusatzfunktion Spendenquittung – Erstattung", at("2025-09-26 10:10", DE),
    "Hallo,\n\nunten nochmal meine Mail vom Mittwoch, bisher kam keine Antwort. Bitte um Erledigung.\n\nBernd\n\n"
    "---------- Forwarded message ---------\n"
    "Von: Bremer Tafel IT <it@bremer-tafel-ev.de>\nDate: Mi., 24. Sept. 2025 um 16:12 Uhr\n"
    "Subject: Zusatzfunktion Spendenquittung\nTo: <optimawebdesigns12@gmail.com>\n\n"
    "Die Zusatzfunktion Spendenquittung fürs \"Bremer Tafel Spendenportal\" (Rechnung OWD-2025-3124) brauchen wir "
    "nicht mehr, das Finanzamt akzeptiert jetzt die Sammelbestätigung. Bitte erstatten Sie uns den Betrag.",
    brand=OWB)],
    "decided", [R("deny")],
    spec="Forward of the sender's own earlier mail (s.8: read for the request it carries; no other address named); OWD-2025-3124 is a change_request -> O6 deny.")

P.append(proj("Sprachschule Lingua Viva", "info@linguaviva-freiburg.de", None))
opay("OWD-2025-3125", "Sprachschule Lingua Viva", "discovery", "7500.00", "1350.00", "2025-09-29T09:00:00")
r.case("englisch-deutsch-discovery", OWB, [Mail(
    "Lingua Viva Freiburg <info@linguaviva-freiburg.de>", "Refund Request — Sprachschule Lingua Viva",
    at("2025-09-30 09:15", DE),
    "Hallo,\n\nI'm the owner, sorry, mein Deutsch ist nicht perfekt. Wir haben gestern die Discovery-Gebühr für "
    "\"Sprachschule Lingua Viva\" bezahlt (OWD-2025-3125), aber unser Vermieter hat den Mietvertrag gekündigt und wir "
    "wissen nicht, ob die Schule weiterläuft. Kein Termin war bis jetzt. Können Sie bitte das Geld zurückgeben?\n\n"
    "Thanks / Danke\nEmily Hartford", brand=OWB)],
    "decided", [R("approve", "7500.00")],
    spec="O1: discovery with no work started (work_started_at empty) -> full refund 7500.00 before tax.")

P.append(proj("Halal Grill Bielefeld", "info@halalgrill-bielefeld.de", "2025-09-22T10:00:00"))
opay("OWD-2025-3126", "Halal Grill Bielefeld", "setup", "3000.00", "540.00", "2025-09-22T09:00:00")
opay("OWD-2025-3127", "Halal Grill Bielefeld", "retainer", "6000.00", "1080.00", "2025-09-22T09:05:00",
     period_start="2025-09-22", period_end="2025-10-21", next_billing_at="2025-10-22T09:00:00")
r.case("halalgrill-setup-und-kuendigung", OWB, [Mail(
    "Halal Grill Bielefeld <info@halalgrill-bielefeld.de>", "Kündigung und Einrichtungsgebühr", at("2025-09-27 23:30", DE),
    "Salam und guten Abend,\n\nwir kündigen die Betreuung für \"Halal Grill Bielefeld\" (Rechnung OWD-2025-3127), weil "
    "wir den Laden an meinen Cousin verkaufen. Und die Einrichtungsgebühr OWD-2025-3126 möchten wir auch zurück, "
    "die Seite hat noch keiner benutzt.\n\nMit freundlichen Grüßen\nMahmoud Darwish", brand=OWB)],
    "decided", [R("deny"), K("cancel", "2025-10-21")],
    spec="O6: setup fee OWD-2025-3126 never refundable -> deny; O4: email 2025-09-27 23:30 CEST = 2025-09-28 03:00 IST <= 2025-10-22 - 7 = 2025-10-15 -> cancel effective 2025-10-21.")

r.write(ledger)
