"""fresh38_de: German held-out cases (Klagenfurt/Villach, the Pinzgau, the Bregenzerwald, Thurgau, Aargau,
Solothurn, Regensburg, Passau, Bamberg/Bayreuth, Koblenz, Kiel/Flensburg, Lübeck, Cottbus, Jena/Erfurt,
Wolfsburg/Braunschweig; German written by Czech, Bosnian and Indian speakers). Stdlib only, deterministic.
Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (every person, firm, club and body is invented)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, A, M, Q, K, Mail, R, Round, at, cust, ist_day, ist_hours, lopay, owpay,  # noqa: E402
                 proj)

DE = 2   # CEST / Central European Summer Time (Germany, Austria, Switzerland) in September 2025
ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "de")


def day(paid, sent, n):
    assert ist_day(paid, sent) == n, (paid, sent, ist_day(paid, sent))
    return sent


def hours(paid, sent, lo, hi):
    h = ist_hours(paid, sent)
    assert lo <= h <= hi, (paid, sent, h)
    return sent


# ======================= LeadsOptima =======================
C.append(cust("m.woschitz@aon.at", "Markus Woschitz", "monthly", start="2025-09-22", end="2025-10-21"))
PAY += [lopay("dl01", "LO-INV-38101", "m.woschitz@aon.at", "monthly", *M, "2025-09-22T10:15:00", "2025-09-22", "2025-10-21"),
        lopay("dl02", "LO-INV-38102", "m.woschitz@aon.at", "monthly", *M, "2025-09-22T10:16:00", "2025-09-22", "2025-10-21")]
r.case("klagenfurt-doppelt", LOB, [Mail(
    "Markus Woschitz <m.woschitz@aon.at>", "2x abgebucht ?!", day("2025-09-22T10:15:00", at("2025-09-24 08:40", DE), 2),
    "Servus,\n\ni hab grad im Online-Banking gschaut und ihr habts ma am Montag (22.9.) zweimal 1.499,- abgebucht, "
    "einmal LO-INV-38101 und einmal LO-INV-38102, beides fürs Monatsabo. Des zweite is wohl a Doppelbuchung, "
    "bitte die 38102 zurück auf die Karte.\n\nDanke und liebe Grüße aus Klagenfurt\nMarkus\n\n--\nWoschitz "
    "Malerei & Anstrich · Völkermarkter Straße 19 · 9020 Klagenfurt am Wörthersee")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: dl01/dl02 same account, amount, period on 2025-09-22; request 2025-09-24 IST (day 2); refund the later charge LO-INV-38102 = 1499.00 before tax (C6).")

C.append(cust("einkauf@autoteile-fallersleben.example", "Autoteile Fallersleben GmbH", "quarterly", start="2025-09-18", end="2025-12-17"))
PAY += [lopay("dl03", "LO-INV-38111", "einkauf@autoteile-fallersleben.example", "quarterly", *Q, "2025-09-18T14:00:00", "2025-09-18", "2025-12-17"),
        lopay("dl04", "LO-INV-38112", "einkauf@autoteile-fallersleben.example", "quarterly", *Q, "2025-09-18T14:02:00", "2025-09-18", "2025-12-17")]
r.case("wolfsburg-tag7-outlook", LOB, [Mail(
    "Einkauf Autoteile Fallersleben <einkauf@autoteile-fallersleben.example>", "AW: Ihre Rechnung LO-INV-38112 – Doppelbelastung",
    day("2025-09-18T14:00:00", at("2025-09-25 19:30", DE), 7),
    "Sehr geehrte Damen und Herren,\n\nwie telefonisch besprochen (leider ohne Ergebnis): Unser Quartalsabonnement wurde "
    "am 18.09.2025 zweimal mit je 3.999,00 INR zzgl. Steuer belastet. Die Rechnung LO-INV-38112 ist die Doppelbelastung. "
    "Wir bitten um Gutschrift dieses Betrags auf die ursprüngliche Kreditkarte.\n\nMit freundlichen Grüßen\ni. A. "
    "Dennis Wöhler\nEinkauf / Kreditorenbuchhaltung\n\nAutoteile Fallersleben GmbH\nHoffmannstraße 41, 38442 Wolfsburg\n"
    "Sitz der Gesellschaft: Wolfsburg · Registergericht Braunschweig HRB 208877\n\nDiese E-Mail enthält vertrauliche "
    "Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und "
    "vernichten Sie diese Mail.\n\n-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Billing <billing@leadsoptima.com>\n"
    "Gesendet: Donnerstag, 18. September 2025 10:32\nAn: einkauf@autoteile-fallersleben.example\nBetreff: Ihre Rechnung "
    "LO-INV-38112\n\nVielen Dank für Ihre Zahlung.")],
    "decided", [R("approve", "3999.00")],
    spec="L3 boundary: charge 2025-09-18 IST (day 0); email Thu 2025-09-25 19:30 CEST = 23:00 IST, local date day 7, inside; L4 duplicate LO-INV-38112 -> 3999.00. Quoted 'AW:' history is our own billing mail, not a forward.")

C.append(cust("kassenwart@foerde-segler.example", "Seglerkameradschaft Förde e.V.", "annual", start="2025-09-16", end="2026-09-15"))
PAY += [lopay("dl05", "LO-INV-38121", "kassenwart@foerde-segler.example", "annual", *A, "2025-09-16T11:00:00", "2025-09-16", "2026-09-15"),
        lopay("dl06", "LO-INV-38122", "kassenwart@foerde-segler.example", "annual", *A, "2025-09-16T11:01:00", "2025-09-16", "2026-09-15")]
r.case("kiel-tag8-abends", LOB, [Mail(
    "Kassenwart SKF <kassenwart@foerde-segler.example>", "Jahresbeitrag doppelt",
    day("2025-09-16T11:00:00", at("2025-09-23 21:15", DE), 8),
    "Moin,\n\nbeim Kassensturz nach der Regatta ist mir aufgefallen, dass Ihr den Jahresbeitrag für LeadsOptima am "
    "16.09. zweimal eingezogen habt (LO-INV-38121 und LO-INV-38122, je 11.988 Rupien). Heute ist ja noch der siebte "
    "Tag, also bitte die zweite Buchung erstatten.\n\nMast- und Schotbruch\nUwe Carstensen\nKassenwart, "
    "Seglerkameradschaft Förde e.V., Kiel-Friedrichsort")],
    "decided", [R("deny")],
    spec="L3 counted in Asia/Kolkata: charge 2025-09-16 IST; email Tue 21:15 CEST = Wed 2025-09-24 00:45 IST = day 8 > 7: deny, although it is day 7 in Kiel.")

C.append(cust("praxis@zahnarzt-greiner-jena.example", "Zahnarztpraxis Dr. Greiner", "monthly", start="2025-09-27", end="2025-10-26"))
PAY += [lopay("dl07", "LO-INV-38131", "praxis@zahnarzt-greiner-jena.example", "monthly", *M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26"),
        lopay("dl08", "LO-INV-38132", "praxis@zahnarzt-greiner-jena.example", "monthly", *M, "2025-09-27T09:01:00", "2025-09-27", "2025-10-26"),
        lopay("dl09", "LO-INV-38133", "praxis@zahnarzt-greiner-jena.example", "monthly", *M, "2025-09-27T09:02:00", "2025-09-27", "2025-10-26")]
r.case("jena-dreifach-praxis", LOB, [Mail(
    "Zahnarztpraxis Dr. Greiner <praxis@zahnarzt-greiner-jena.example>", "Rückfrage Abbuchungen vom Wochenende",
    day("2025-09-27T09:00:00", at("2025-09-29 08:10", DE), 2),
    "Guten Morgen,\n\nich bin die Praxismanagerin von Dr. Greiner. Beim Abgleich der Kreditkarte heute früh: das "
    "Monatsabo wurde am Samstag, 27.09., dreimal abgebucht. Richtig ist nur die LO-INV-38131, die 38132 und die 38133 "
    "sind zu viel (also 2 x 1.499,00). Bitte beide erstatten.\n\nFreundliche Grüße\nAnett Kühn\nPraxismanagement\n"
    "Zahnarztpraxis Dr. med. dent. Falk Greiner · Löbdergraben 22 · 07743 Jena")],
    "decided", [R("approve", "2998.00")],
    spec="s.8 three identical charges dl07/08/09 (2025-09-27), request 2025-09-29 (day 2): every charge after the first is a duplicate, 2 x 1499.00 = 2998.00.")

C.append(cust("r.kschischo@lausitz-online.example", "Ralf Kschischo", "monthly", start="2025-09-26", end="2025-10-25"))
PAY += [lopay("dl10", "LO-INV-38141", "r.kschischo@lausitz-online.example", "monthly", *M, "2025-09-26T12:00:00", "2025-09-26", "2025-10-25")]
r.case("cottbus-doppelt-ohne-paar", LOB, [Mail(
    "Ralf Kschischo <r.kschischo@lausitz-online.example>", "zweimal bezahlt?",
    day("2025-09-26T12:00:00", at("2025-09-28 16:20", DE), 2),
    "Hallo,\n\nauf meinem Kontoauszug steht die Zahlung für LeadsOptima zweimal drauf, beide am Freitag. Rechnung hab ich "
    "nur eine bekommen, LO-INV-38141. Ich hab also doppelt bezahlt, bitte das zweite Mal zurückzahlen.\n\n"
    "Gruß aus Cottbus-Sandow\nRalf Kschischo\nFahrradwerkstatt Kschischo")],
    "decided", [R("escalate")],
    spec="L4: duplicate claimed inside the window (charge 2025-09-26, request 2025-09-28, day 2) but the ledger holds only one charge (dl10), no pair -> escalate, no amount.")

C.append(cust("info@donaukajak-regensburg.example", "Donau Kajak Verleih Regensburg", "annual", start="2025-09-25", end="2026-09-24"))
PAY += [lopay("dl11", "LO-INV-38151", "info@donaukajak-regensburg.example", "annual", *A, "2025-09-25T10:30:00", "2025-09-25", "2026-09-24")]
r.case("regensburg-falscher-tarif", LOB, [Mail(
    "Donau Kajak Verleih <info@donaukajak-regensburg.example>", "Falscher Tarif abgebucht - Jahr statt Monat",
    day("2025-09-25T10:30:00", at("2025-09-26 14:00", DE), 1),
    "Grüß Gott,\n\nich hab gestern beim Upgrade eindeutig den Monatstarif ausgewählt, abgebucht wurde aber der Jahrestarif "
    "mit 11.988 Rupien (LO-INV-38151). Das ist der falsche Tarif, so viel haben wir nie bestellt. Bitte korrigieren und "
    "den zu viel abgebuchten Betrag erstatten.\n\nPfiat Eana\nMichaela Dirnberger\nDonau Kajak Verleih, Regensburg-Stadtamhof")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged for the wrong plan) inside the window (day 1) -> L5 escalate with the charge dl11, no amount.")

C.append(cust("rezeption@dreifluessehof-passau.example", "Hotel Dreiflüssehof", "monthly", start="2025-09-29", end="2025-10-28"))
PAY += [lopay("dl12", "LO-INV-38161", "rezeption@dreifluessehof-passau.example", "monthly", *M, "2025-09-29T07:00:00", "2025-09-29", "2025-10-28")]
r.case("passau-nach-kuendigung", LOB, [Mail(
    "Hotel Dreiflüssehof - Rezeption <rezeption@dreifluessehof-passau.example>", "Abbuchung trotz Kündigung",
    day("2025-09-29T07:00:00", at("2025-09-30 09:15", DE), 1),
    "Sehr geehrte Damen und Herren,\n\nunser Chef hat das Abo schon am 10. September im Billing-Bereich gekündigt, "
    "die Bestätigung liegt uns vor. Trotzdem wurde in der Nacht auf Montag wieder abgebucht (LO-INV-38161, 1.499,00 INR). Diese "
    "Buchung nach der Kündigung ist nicht in Ordnung, wir bitten um Rückzahlung.\n\nMit freundlichen Grüßen aus der "
    "Dreiflüssestadt\nTheresa Gaisbauer\nRezeption\nHotel Dreiflüssehof · Ortspitze · Passau")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside the window (charge 2025-09-29 07:00 IST = 03:30 CEST, 'in der Nacht auf Montag'; request day 1) -> L5 escalate. The cancellation is a past event, not a new request.")

C.append(cust("kontakt@it-doerfler.example", "Sebastian Dörfler IT-Service", "quarterly", start="2025-09-24", end="2025-12-23"))
PAY += [lopay("dl13", "LO-INV-38171", "kontakt@it-doerfler.example", "quarterly", *Q, "2025-09-24T16:00:00", "2025-09-24", "2025-12-23")]
r.case("bamberg-freelancer-502", LOB, [Mail(
    "Sebastian Dörfler <kontakt@it-doerfler.example>", "Dashboard 502 / kein Login seit Do",
    day("2025-09-24T16:00:00", at("2025-09-27 11:00", DE), 3),
    "Hi,\n\nkurzer Bugreport + Bitte: seit Donnerstag komme ich nicht mehr ins Dashboard. Login-Seite -> nach dem Submit "
    "HTTP 502, Cache geleert, Inkognito, anderer Browser (FF 130 / Chromium), sogar übers Handy-Netz: immer das Gleiche. "
    "Euer Status-Widget zeigt 'all systems operational', lol.\n\nIch hab am Mittwoch das Quartal bezahlt (LO-INV-38171) "
    "und kann seitdem nix damit machen. Wenn ihr das nicht fixen könnt, hätte ich gern das Geld zurück.\n\nViele Grüße\n"
    "Sebastian\n\n-- \nSebastian Dörfler · IT-Service & Netzwerke · Bamberg-Gaustadt\nPGP: 0x7E21 9A0C")],
    "decided", [R("escalate")],
    spec="L2 access_failure (no login, HTTP 502 since Thursday) inside L3 (charge 2025-09-24, request 2025-09-27, day 3) -> L6 escalate.")

C.append(cust("susanne.pfaffenberger@gmx.de", "Susanne Pfaffenberger", "monthly", start="2025-09-08", end="2025-10-07"))
PAY += [lopay("dl14", "LO-INV-38181", "susanne.pfaffenberger@gmx.de", "monthly", *M, "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")]
r.case("bayreuth-zugang-zu-spaet", LOB, [Mail(
    "Susanne Pfaffenberger <susanne.pfaffenberger@gmx.de>", "kann mich nicht anmelden",
    day("2025-09-08T10:00:00", at("2025-09-19 18:00", DE), 11),
    "hallo zusammen\nseit der abbuchung am 8. september kann ich mich nicht anmelden es kommt immer passwort falsch "
    "obwohl ich es schon dreimal zurückgesetzt habe punkt ich möchte mein geld zurück für den monat rechnung LO-INV-38181\n"
    "gruß susanne pfaffenberger\n\nGesendet mit der Sprachfunktion meines Samsung Galaxy")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-08, request 2025-09-19 = day 11 > 7 -> deny citing the 7-day rule. Dictated text ('punkt').")

C.append(cust("info@blumen-kettig.example", "Blumen Kettig", "monthly", start="2025-09-28", end="2025-10-27"))
PAY += [lopay("dl15", "LO-INV-38191", "info@blumen-kettig.example", "monthly", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")]
r.case("koblenz-floristin-umentschieden", LOB, [Mail(
    "Blumen Kettig <info@blumen-kettig.example>", "Erstattung LO-INV-38191",
    day("2025-09-28T10:00:00", at("2025-09-29 07:45", DE), 1),
    "Guten Morgen,\n\nmein Sohn hatte mir LeadsOptima empfohlen, aber ehrlich gesagt ist mir das zu kompliziert, und "
    "unsere Kundschaft kommt eh über Mundpropaganda und den Wochenmarkt. Wir haben uns umentschieden. Bitte erstatten "
    "Sie die Abbuchung von gestern (LO-INV-38191), benutzt haben wir es kaum.\n\nMit freundlichen Grüßen\n"
    "Gisela Kettig\nBlumen Kettig · Am Plan 6 · 56068 Koblenz")],
    "decided", [R("deny")],
    spec="L1: changed mind / too complicated / barely used is none of the L2 reasons -> deny, cancellation offered (inside the window does not matter).")

C.append(cust("vorstand@kita-sternschnuppe-hl.example", "Kita Sternschnuppe e.V.", "quarterly", start="2025-09-20", end="2025-12-19"))
PAY += [lopay("dl16", "LO-INV-38201", "vorstand@kita-sternschnuppe-hl.example", "quarterly", *Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")]
r.case("luebeck-kita-kuendigen-und-rest", LOB, [Mail(
    "Vorstand Kita Sternschnuppe <vorstand@kita-sternschnuppe-hl.example>", "Kündigung + Erstattung Restzeitraum",
    day("2025-09-20T10:00:00", at("2025-09-23 20:00", DE), 3),
    "Liebes LeadsOptima-Team,\n\nwir sind ein kleiner Elternverein in Lübeck-St. Jürgen und haben das Quartalsabo für "
    "die Platzvergabe und den Newsletter ausprobiert. Auf der Mitgliederversammlung gestern wurde beschlossen, dass es "
    "für unseren Verein zu teuer ist. Daher kündigen wir hiermit das Abo. Für die restlichen Wochen des Quartals "
    "hätten wir gern das Geld anteilig zurück (LO-INV-38201).\n\nHerzliche Grüße\nJana Reimers\n1. Vorsitzende\n"
    "Kita Sternschnuppe e.V. · Vereinsregister Lübeck VR 3391")],
    "decided", [R("deny"), K("cancel", "2025-12-19")],
    spec="L1 (too expensive, unused weeks: no partial refunds) -> refund deny; L8 cancel effective current_period_end 2025-12-19.")

C.append(cust("tom.heyder@web.de", "Tom Heyder", "monthly", status="trial", trial_ends="2025-10-05"))
r.case("erfurt-testphase", LOB, [Mail(
    "Tom Heyder <tom.heyder@web.de>", "Test-Account / Geld zurück",
    at("2025-09-30 13:00", DE),
    "Hallo,\n\nich teste euer Tool gerade (Testzugang bis 5.10.), jetzt sehe ich auf meiner Kreditkarte eine ausstehende "
    "Autorisierung von euch. Ich möchte in der Testphase nichts bezahlen, bitte erstattet mir das.\n\n"
    "Grüße aus Erfurt\nTom")],
    "decided", [R("deny")],
    spec="L7: trial account (trial_ends 2025-10-05), no charge in the ledger: nothing to refund -> deny; no billing occurs unless they subscribe.")

C.append(cust("m.hunziker@bluewin.ch", "Martin Hunziker", "annual", start="2025-03-15", end="2026-03-14"))
PAY += [lopay("dl17", "LO-INV-38211", "m.hunziker@bluewin.ch", "annual", *A, "2025-03-15T09:00:00", "2025-03-15", "2026-03-14")]
r.case("aargau-kuendigung-jahresabo", LOB, [Mail(
    "Martin Hunziker <m.hunziker@bluewin.ch>", "Kündigung Jahresabo",
    at("2025-09-22 10:00", DE),
    "Grüezi mitenand\n\nIch gebe mein Treuhandbüro in Lenzburg per Ende Jahr altershalber auf und kündige deshalb das "
    "Jahresabonnement. Bitte bestätigen Sie mir, bis wann der Zugang noch läuft.\n\nFreundliche Grüsse\nMartin Hunziker\n"
    "Hunziker Treuhand, Lenzburg AG")],
    "decided", [K("cancel", "2026-03-14")],
    spec="L8: cancel, active until current_period_end 2026-03-14; no refund asked.")

C.append(cust("info@mosterei-thurblick.example", "Mosterei Thurblick", "monthly"))
PAY += [lopay("dl18", "LO-INV-38221", "info@mosterei-thurblick.example", "monthly", *M, "2025-08-12T10:00:00", None, None),
        lopay("dl19", "LO-INV-38222", "info@mosterei-thurblick.example", "monthly", *M, "2025-09-12T10:00:00", None, None)]
r.case("thurgau-kuendigung-fallback", LOB, [Mail(
    "Mosterei Thurblick <info@mosterei-thurblick.example>", "Abo beenden",
    at("2025-09-26 17:10", DE),
    "Grüezi\n\nDie Mostsaison läuft, wir haben schlicht keine Zeit für Online-Werbung. Bitte das Monatsabo beenden.\n\n"
    "Mit freundlichem Gruss\nBeat Stäheli\nMosterei Thurblick, Bürglen TG")],
    "decided", [K("cancel", "2025-10-11")],
    spec="L8 fallback: no current_period_end; last charge dl19 2025-09-12 + 1 month - 1 day = 2025-10-11.")

C.append(cust("verwaltung@aare-liegenschaften.example", "Aare Liegenschaften AG", "annual"))
PAY += [lopay("dl20", "LO-INV-38231", "verwaltung@aare-liegenschaften.example", "annual", *A, "2024-10-03T22:30:00+00:00", None, None)]
r.case("solothurn-fallback-utc", LOB, [Mail(
    "Aare Liegenschaften AG <verwaltung@aare-liegenschaften.example>", "Kündigung Jahreslizenz LeadsOptima",
    at("2025-09-25 09:00", DE),
    "Sehr geehrte Damen und Herren\n\nWir stellen die Vermarktung unserer Mietobjekte auf ein anderes System um und "
    "kündigen hiermit die Jahreslizenz auf den nächstmöglichen Termin. Die letzte Rechnung datiert vom 4. Oktober 2024.\n\n"
    "Freundliche Grüsse\nCorinne Flury\nBewirtschaftung\nAare Liegenschaften AG · Hauptgasse 12 · 4500 Solothurn")],
    "decided", [K("cancel", "2025-10-03")],
    spec="L8 fallback with an offset: dl20 paid 2024-10-03T22:30Z = 2024-10-04 04:00 IST; local date 2024-10-04 + 12 months - 1 day = 2025-10-03 (s.8: converted before counting).")

C.append(cust("h.gruber@gruber-installationen.example", "Hannes Gruber", "monthly", start="2025-09-15", end="2025-10-14"))
PAY += [lopay("dl21", "LO-INV-38241", "h.gruber@gruber-installationen.example", "monthly", *M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")]
r.case("villach-privatadresse-c2", LOB, [Mail(
    "Hannes Gruber <hannes.gruber.vil@gmail.com>", "Kündigung Abo Gruber Installationen",
    at("2025-09-27 12:30", DE),
    "Servus,\n\ni schreib vom privaten Handy, weil das Firmenpostfach grad spinnt. Bitte kündigts unser Monatsabo, "
    "registriert is es auf h.gruber@gruber-installationen.example. Und schickts ma bitte a Aufstellung, was ma heuer schon "
    "alles zahlt haben.\n\nDanke, Hannes\nGruber Installationen, Villach-Landskron")],
    "need_info", rules=["C2"],
    spec="C2: sent from a gmail address, naming the registered h.gruber@gruber-installationen.example -> ask for the request from the registered address; no account details.")

C.append(cust("gf@fahrschule-okerblick.example", "Fahrschule Okerblick", "quarterly", start="2025-08-01", end="2025-10-31"))
PAY += [lopay("dl22", "LO-INV-38251", "gf@fahrschule-okerblick.example", "quarterly", *Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")]
r.case("braunschweig-wg-sekretariat", LOB, [Mail(
    "Sekretariat Fahrschule Okerblick <buero@fahrschule-okerblick.example>", "WG: Kündigung LeadsOptima",
    at("2025-09-29 11:20", DE),
    "Hallo,\n\nanbei die Kündigung von unserem Chef zur Erledigung.\n\nMfG\nBirgit Sander\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Okerblick Geschäftsführung <gf@fahrschule-okerblick.example>\n"
    "Gesendet: Montag, 29. September 2025 10:54\nAn: buero@fahrschule-okerblick.example\nBetreff: Kündigung LeadsOptima\n\n"
    "Birgit, bitte das LeadsOptima-Quartalsabo kündigen (Konto gf@fahrschule-okerblick.example), die Anmeldungen laufen "
    "inzwischen über die Innung.\nKlaus")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the forwarded request names the registered gf@fahrschule-okerblick.example; the sender buero@ is another address (same domain does not verify) -> ask from the registered address.")

C.append(cust("sabine.rauch@posteo.de", "Sabine Rauch", "monthly", start="2025-09-10", end="2025-10-09"))
PAY += [lopay("dl23", "LO-INV-38261", "sabine.rauch@posteo.de", "monthly", *M, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")]
r.case("flensburg-plus-tag", LOB, [Mail(
    "Sabine Rauch <sabine.rauch+leadsoptima@posteo.de>", "Kündigung",
    at("2025-09-24 18:45", DE),
    "Moin moin,\n\nich kündige mein Monatsabo. Ich hab meine Nähkurse jetzt an die VHS abgegeben und brauch keine "
    "Kundenakquise mehr.\n\nSabine Rauch, Flensburg-Mürwik")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: sabine.rauch+leadsoptima@posteo.de is another address than the registered sabine.rauch@posteo.de (a +tag makes another address) -> C2.")

P.append(proj("Pinzgauer Bergführer Website", "office@bergfuehrer-pinzgau.example", "2025-09-01T10:00:00"))
r.case("andere-marke-kunde", LOB, [Mail(
    "Bergführerbüro Pinzgau <office@bergfuehrer-pinzgau.example>", "Rückerstattung bitte",
    at("2025-09-26 15:00", DE),
    "Grüß Gott,\n\nihr habt uns letzte Woche zweimal abgebucht, bitte eine Zahlung zurückerstatten. Rechnungsnummer "
    "hab ich grad nicht zur Hand.\n\nBeste Grüße aus Saalfelden\nFlorian Hörl")],
    "need_info", rules=["C2"],
    spec="s.8 the other brand's customer: the sender is an Optima WebDesign contract email, unknown in the LeadsOptima ledger (C1 picks LeadsOptima) -> treated as any unknown sender: C2, need_info.")

C.append(cust("kontor@flensburger-rumhandel.example", "Flensburger Rumkontor", "monthly", start="2025-09-25", end="2025-10-24"))
PAY += [lopay("dl24", "LO-INV-38271", "kontor@flensburger-rumhandel.example", "monthly", *M, "2025-07-25T10:00:00", "2025-07-25", "2025-08-24"),
        lopay("dl25", "LO-INV-38272", "kontor@flensburger-rumhandel.example", "monthly", *M, "2025-08-25T10:00:00", "2025-08-25", "2025-09-24"),
        lopay("dl26", "LO-INV-38273", "kontor@flensburger-rumhandel.example", "monthly", *M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")]
r.case("flensburg-falscher-betrag-ohne-rechnung", LOB, [Mail(
    "Flensburger Rumkontor <kontor@flensburger-rumhandel.example>", "Betrag stimmt nicht",
    at("2025-09-27 10:30", DE),
    "Moin,\n\nder Betrag, den Ihr uns abbucht, stimmt nicht mit dem Preis überein, den wir beim Abschluss zugesagt "
    "bekommen haben (da war von einem Einführungsrabatt die Rede). Das ist ein falscher Betrag. Bitte erstattet die "
    "Differenz.\n\nMit freundlichem Gruß\nHauke Jessen\nFlensburger Rumkontor, Rote Straße")],
    "need_info", missing=["invoice_number"],
    spec="C3: refund for billing_error (wrong amount) from the registered email (plan from the ledger), but the account holds three charges and none is named -> ask for the invoice number.")

C.append(cust("hotel@alpenhof-zell.example", "Hotel Alpenhof Zell", "monthly", start="2025-09-26", end="2025-10-25"))
PAY += [lopay("dl27", "LO-INV-38281", "hotel@alpenhof-zell.example", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")]
r.case("pinzgau-ohne-grund", LOB, [Mail(
    "Hotel Alpenhof Zell <hotel@alpenhof-zell.example>", "Rückerstattung LO-INV-38281",
    at("2025-09-28 09:30", DE),
    "Sehr geehrte Damen und Herren,\n\nwir ersuchen um Rückerstattung der Rechnung LO-INV-38281.\n\nMit "
    "freundlichen Grüßen\nFamilie Oberlader\nHotel Alpenhof ****\nSeeuferstraße 8, 5700 Zell am See\n"
    "www.alpenhof-zell.example · UID ATU77123456")],
    "need_info", missing=["reason"],
    spec="C3 + s.8 reason: only the request restated, no reason given -> need_info asking for the reason (plan from the ledger, invoice named).")

C.append(cust("info@metzgerei-bereuter.example", "Metzgerei Bereuter", "monthly", start="2025-09-23", end="2025-10-22"))
PAY += [lopay("dl28", "LO-INV-38290", "info@metzgerei-bereuter.example", "monthly", *M, "2025-08-23T09:00:00", "2025-08-23", "2025-09-22"),
        lopay("dl29", "LO-INV-38291", "info@metzgerei-bereuter.example", "monthly", *M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22"),
        lopay("dl30", "LO-INV-38292", "info@metzgerei-bereuter.example", "monthly", *M, "2025-09-23T09:01:00", "2025-09-23", "2025-10-22")]
r.case("bregenzerwald-thread-rechnung", LOB, [
    Mail("Metzgerei Bereuter <info@metzgerei-bereuter.example>", "doppelt abbucht",
         day("2025-09-23T09:01:00", at("2025-09-26 19:00", DE), 3),
         "Hoi,\n\nam Dienstag hond ihr üs zwoamol des gliche Monatsabo abbucht, mir hond also doppelt zahlt. Bitte oamol zruck.\n\n"
         "Griaß\nAnton Bereuter, Egg im Bregenzerwald"),
    Mail("Metzgerei Bereuter <info@metzgerei-bereuter.example>", "Re: doppelt abbucht [LO-2291]",
         at("2025-09-27 08:05", DE),
         "Hallo, d'Nummer vo dr zwoata Rechnung isch LO-INV-38292.\nAnton\n\n> Bitte nennen Sie uns die Rechnungsnummer.")],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: first mail (dialect, 'doppelt zahlt', request time 2025-09-26, day 3) lacks the invoice (three charges on the account); the answer names LO-INV-38292, the later of the pair dl29/dl30 (same period) -> L4 approve 1499.00.")

C.append(cust("arjun.menon@menon-consulting.example", "Arjun Menon", "quarterly", start="2025-09-24", end="2025-12-23"))
PAY += [lopay("dl31", "LO-INV-38301", "arjun.menon@menon-consulting.example", "quarterly", *Q, "2025-09-24T11:00:00", "2025-09-24", "2025-12-23")]
r.case("braunschweig-indisch-thread-grund", LOB, [
    Mail("Arjun Menon <arjun.menon@menon-consulting.example>", "Refund / Rückerstattung LO-INV-38301",
         at("2025-09-25 09:10", DE),
         "Dear team / Liebes Team,\n\nich bitte um Rückerstattung für die Rechnung LO-INV-38301 (Quartal).\n\n"
         "Vielen Dank and regards\nArjun Menon\nMenon Consulting · SAP & Data · Braunschweig"),
    Mail("Arjun Menon <arjun.menon@menon-consulting.example>", "Re: Refund / Rückerstattung LO-INV-38301",
         at("2025-09-26 20:40", DE),
         "Hallo,\n\nder Grund: seit Mittwoch kann ich mich nicht einloggen, die Plattform lädt nicht, nur ein Spinner. "
         "Ich habe Chrome und Edge probiert. So kann ich es nicht benutzen.\n\nBest, Arjun\n\n"
         "-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Support <support@leadsoptima.com>\n"
         "Betreff: Re: Refund / Rückerstattung LO-INV-38301\n\nBitte nennen Sie den Grund Ihrer Anfrage.")],
    "decided", [R("escalate")],
    spec="C3 thread: first mail without a reason; the answer gives access_failure (cannot log in) -> window from the first mail (charge 2025-09-24, request 2025-09-25, day 1) -> L6 escalate.")

C.append(cust("pavel.dvorak@seznam.cz", "Pavel Dvořák", "monthly", start="2025-09-25", end="2025-10-24"))
PAY += [lopay("dl32", "LO-INV-38311", "pavel.dvorak@seznam.cz", "monthly", *M, "2025-09-25T08:00:00", "2025-09-25", "2025-10-24"),
        lopay("dl33", "LO-INV-38312", "pavel.dvorak@seznam.cz", "monthly", *M, "2025-09-25T08:01:00", "2025-09-25", "2025-10-24")]
r.case("tschechisch-chargeback", LOB, [Mail(
    "Pavel Dvořák <pavel.dvorak@seznam.cz>", "Doppel Zahlung !!!",
    at("2025-09-27 22:10", DE),
    "Guten Tag,\n\nSie haben von meine Karte zwei mal abgebucht am 25.9., Rechnung LO-INV-38312 ist doppelt. Ich habe "
    "schon zwei Tage gewartet auf Antwort. Wenn nicht kommt Geld zurück bis Montag, ich mache Chargeback bei meine "
    "Bank, das ist klar.\n\nS pozdravem\nPavel Dvořák\nPension U Mlýna, Cheb")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat escalates the whole case, although the duplicate (dl32/dl33, request 2025-09-28 01:40 IST, day 3) would be approved; no amount.")

C.append(cust("info@kfz-lindner-gifhorn.example", "KFZ Lindner", "quarterly", start="2025-09-22", end="2025-12-21"))
PAY += [lopay("dl34", "LO-INV-38321", "info@kfz-lindner-gifhorn.example", "quarterly", *Q, "2025-09-22T09:00:00", "2025-09-22", "2025-12-21")]
r.case("gifhorn-anwalt-kuendigung", LOB, [Mail(
    "KFZ Lindner <info@kfz-lindner-gifhorn.example>", "Kündigung und Rückzahlung",
    at("2025-09-25 16:40", DE),
    "Hallo,\n\nIhr Vertriebler hat am Telefon versprochen, dass wir jederzeit ohne Kosten aussteigen können. Jetzt sind "
    "3.999 Rupien weg. Ich kündige hiermit und will das Geld zurück (LO-INV-38321). Die Sache liegt schon bei meinem "
    "Anwalt, der meldet sich, falls bis Freitag nichts passiert.\n\nUwe Lindner\nKFZ-Meisterbetrieb Lindner, Gifhorn")],
    "decided", [R("escalate"), K("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): a lawyer (Anwalt) is brought in -> refund and cancellation both escalate.")

C.append(cust("emina.hodzic@t-online.de", "Emina Hodžić", "monthly", start="2025-09-27", end="2025-10-26"))
PAY += [lopay("dl35", "LO-INV-38331", "emina.hodzic@t-online.de", "monthly", *M, "2025-09-27T12:00:00", "2025-09-27", "2025-10-26"),
        lopay("dl36", "LO-INV-38332", "emina.hodzic@t-online.de", "monthly", *M, "2025-09-27T12:00:20", "2025-09-27", "2025-10-26")]
r.case("bosnisch-keine-rueckbuchung", LOB, [Mail(
    "Emina Hodzic <emina.hodzic@t-online.de>", "zwei mal bezahlt",
    day("2025-09-27T12:00:20", at("2025-09-29 12:15", DE), 2),
    "Sehr geehrte Damen und Herren,\n\nich habe am Samstag für das Monatsabo zwei mal bezahlt, die Rechnung "
    "LO-INV-38332 ist die doppelte. Meine Freundin sagt, ich soll es über die Bank zurückholen, aber das will ich "
    "nicht, ich möchte keine Rückbuchung bei der Bank machen, ich denke wir klären das normal mit Ihnen.\n\n"
    "Bitte überweisen Sie den doppelten Betrag zurück.\n\nLijep pozdrav / Viele Grüße\nEmina Hodžić\n"
    "Friseursalon Emina, Regensburg-Kumpfmühl")],
    "decided", [R("approve", "1499.00")],
    spec="Duplicate dl35/dl36 (2025-09-27), request day 2 -> L4 approve 1499.00. The bank reversal is explicitly ruled out (no other threat in the mail): no C4.")

C.append(cust("info@fewo-mainblick-bamberg.example", "Ferienwohnungen Mainblick", "monthly", start="2025-09-26", end="2025-10-25"))
PAY += [lopay("dl37", "LO-INV-38341", "info@fewo-mainblick-bamberg.example", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")]
r.case("bamberg-verbraucherrechte", LOB, [Mail(
    "FeWo Mainblick <info@fewo-mainblick-bamberg.example>", "Widerruf / Erstattung",
    at("2025-09-28 11:30", DE),
    "Guten Tag,\n\nich nutze das Programm nicht mehr, weil die Buchungen über die Portale reichen. Ich möchte mein Geld "
    "für LO-INV-38341 zurück und berufe mich ausdrücklich auf meine gesetzlichen Rechte als Verbraucherin.\n\n"
    "Mit freundlichen Grüßen\nHeidi Schrüfer\nFerienwohnungen Mainblick, Bamberg")],
    "decided", [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: statutory consumer rights invoked (gesetzliche Rechte als Verbraucherin) -> escalate, although the L1 reason alone would be denied. extra_ok: 'Widerruf' (subject) withdraws from the contract and may be read as a cancellation too; under C4 it can only be escalated, which cannot hurt.")

C.append(cust("l.novak@novak-holzbau.example", "Lukas Novak", "monthly", start="2025-09-20", end="2025-10-19"))
r.case("auto-abwesenheit", LOB, [Mail(
    "Lukas Novak <l.novak@novak-holzbau.example>", "Automatische Antwort: Ihre Rechnung LO-INV-38xx",
    at("2025-09-26 07:02", DE),
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.10.2025 auf Urlaub und habe keinen Zugriff auf "
    "meine E-Mails. In dringenden Fällen wenden Sie sich bitte an office@novak-holzbau.example.\n\nLukas Novak\n"
    "Novak Holzbau GmbH, Villach", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied (out-of-office) -> ignore.")

r.case("bounce-mailer-daemon", LOB, [Mail(
    "Mail Delivery System <MAILER-DAEMON@mx.lausitz-online.example>", "Unzustellbar: Re: zweimal bezahlt? [LO-2277]",
    at("2025-09-29 04:12", DE),
    "Dies ist eine automatisch erstellte Nachricht des Mailservers mx.lausitz-online.example.\n\nIhre Nachricht konnte an "
    "einen oder mehrere Empfänger nicht zugestellt werden:\n\n<r.kschischo@lausitz-online.example>: Postfach voll "
    "(552 5.2.2 mailbox full)\n")],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender (delivery failure) -> ignore.")

r.case("newsletter-liste", LOB, [Mail(
    "Handwerkerverbund Oberfranken <newsletter@hwv-oberfranken.example>", "Rundbrief 09/2025: Digitalisierung im Handwerk",
    at("2025-09-30 06:00", DE),
    "Liebe Mitglieder,\n\nim neuen Rundbrief: Fördergelder, Online-Terminbuchung und warum sich Kündigungsfristen bei "
    "Software-Abos lohnen zu prüfen. Abmelden: hier klicken.\n\nIhr Handwerkerverbund",
    headers={"List-Id": "Rundbrief <rundbrief.hwv-oberfranken.example>", "Precedence": "list",
             "List-Unsubscribe": "<mailto:unsubscribe@hwv-oberfranken.example>"})],
    "ignore", rules=["C7"], spec="C7: List-Id / Precedence: list mailing -> ignore, although it talks about cancellations.")

C.append(cust("buchhaltung@weinbau-ottiger.example", "Weinbau Ottiger", "annual", start="2025-06-01", end="2026-05-31"))
PAY += [lopay("dl38", "LO-INV-38351", "buchhaltung@weinbau-ottiger.example", "annual", *A, "2025-06-01T09:00:00", "2025-06-01", "2026-05-31")]
r.case("aargau-mwst-frage", LOB, [Mail(
    "Weinbau Ottiger Buchhaltung <buchhaltung@weinbau-ottiger.example>", "Rechnung mit UID für Vorsteuer",
    at("2025-09-23 14:20", DE),
    "Grüezi\n\nFür unsere Mehrwertsteuerabrechnung bräuchten wir die Rechnung LO-INV-38351 nochmals mit unserer "
    "UID-Nummer CHE-109.883.412 MWST und der Adresse Weinbau Ottiger, Seetalstrasse 5, 5616 Meisterschwanden. Geht das?\n\n"
    "Freundliche Grüsse\nRegula Ottiger")],
    "other", spec="An invoice re-issue with a VAT number: neither refund nor cancellation -> other.")

C.append(cust("kontakt@pc-hilfe-erfurt.example", "PC-Hilfe Erfurt-Nord", "monthly", start="2025-09-24", end="2025-10-23"))
PAY += [lopay("dl39", "LO-INV-38361", "kontakt@pc-hilfe-erfurt.example", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")]
r.case("erfurt-kein-geld-zurueck", LOB, [Mail(
    "PC-Hilfe Erfurt-Nord <kontakt@pc-hilfe-erfurt.example>", "Login geht wieder - danke",
    at("2025-09-27 15:45", DE),
    "Hallo Support,\n\nnur zur Info: das Login-Problem von Donnerstag hat sich erledigt, seit heute Mittag läuft alles. "
    "Eine Erstattung möchte ich deshalb nicht, das hat sich erledigt. Danke für die schnelle Hilfe per Chat!\n\n"
    "Gruß\nRené Volkmar\nPC-Hilfe Erfurt-Nord")],
    "other", spec="s.8 negation: 'Eine Erstattung möchte ich nicht' and a past, solved access problem: no request -> other.")

r.case("jena-vorab-frage", LOB, [Mail(
    "Yoga Saaletal <hallo@yoga-saaletal.example>", "Frage vor Abschluss",
    at("2025-09-30 09:20", DE),
    "Hallo,\n\nwir überlegen, das Jahresabo für unser Yogastudio abzuschließen. Falls wir nach zwei Monaten merken, "
    "dass es nichts für uns ist: Bekämen wir dann einen Teil zurück? Und kann man vom Jahres- auf den Monatstarif "
    "wechseln?\n\nNamaste und viele Grüße\nKatrin Wünsche\nYoga Saaletal, Jena-Lobeda")],
    "other", spec="s.8 hypothetical before buying (no account, 'Bekämen wir ... zurück?') -> other; nothing to decide.")

C.append(cust("office@schlosserei-moertl.example", "Schlosserei Mörtl", "monthly", start="2025-09-24", end="2025-10-23"))
PAY += [lopay("dl40", "LO-INV-38371", "office@schlosserei-moertl.example", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
        lopay("dl41", "LO-INV-38372", "office@schlosserei-moertl.example", "monthly", *M, "2025-09-24T10:00:40", "2025-09-24", "2025-10-23",
              status="refunded")]
r.case("villach-schon-erstattet", LOB, [Mail(
    "Schlosserei Mörtl <office@schlosserei-moertl.example>", "Doppelbuchung LO-INV-38372",
    at("2025-09-27 08:00", DE),
    "Guten Morgen,\n\nam 24.9. wurde zweimal abgebucht. Die Rechnung LO-INV-38372 ist doppelt, bitte um Rückerstattung "
    "auf das Firmenkonto.\n\nMfG\nIng. Peter Mörtl\nSchlosserei Mörtl, Villach-Auen")],
    "decided", [R("escalate")],
    spec="s.8 payments not paid: the named LO-INV-38372 (dl41) has status refunded -> escalate, never a second refund. ")

C.append(cust("info@kanu-saale.example", "Kanuverleih Saale", "annual", start="2025-09-26", end="2026-09-25"))
PAY += [lopay("dl42", "LO-INV-38381", "info@kanu-saale.example", "annual", *A, "2025-09-26T15:00:00", "2025-09-26", "2026-09-25"),
        lopay("dl43", "LO-INV-38382", "info@kanu-saale.example", "annual", *A, "2025-09-26T15:01:00", "2025-09-26", "2026-09-25")]
r.case("jena-doppelt-und-kuendigen", LOB, [Mail(
    "Kanuverleih Saale <info@kanu-saale.example>", "Doppelte Abbuchung + Kündigung zum Laufzeitende",
    day("2025-09-26T15:01:00", at("2025-09-30 17:30", DE), 4),
    "Hallo,\n\nzwei Dinge:\n1) Das Jahresabo wurde am 26.09. doppelt abgebucht (LO-INV-38381 und LO-INV-38382). Bitte "
    "die 38382 erstatten.\n2) Da die Saison vorbei ist und wir den Verleih verkaufen, kündigen wir das Abo gleich zum "
    "Ende der Laufzeit, damit es nächstes Jahr nicht verlängert wird.\n\nDanke!\nJens Ahrens\nKanuverleih Saale, Dornburg")],
    "decided", [R("approve", "11988.00"), K("cancel", "2026-09-25")],
    spec="Refund: duplicate dl42/dl43 (2025-09-26), request day 4 -> L4 approve 11988.00. Cancellation: L8 effective current_period_end 2026-09-25.")

C.append(cust("info@radsport-fichtelgebirge.example", "Radsport Fichtelgebirge e.V.", "monthly", start="2025-09-28", end="2025-10-27"))
PAY += [lopay("dl44", "LO-INV-38391", "info@radsport-fichtelgebirge.example", "monthly", *M, "2025-09-28T09:00:00", "2025-09-28", "2025-10-27"),
        lopay("dl45", "LO-INV-38392", "info@radsport-fichtelgebirge.example", "monthly", *M, "2025-09-28T09:00:50", "2025-09-28", "2025-10-27")]
r.case("bayreuth-html-verein", LOB, [Mail(
    "Radsport Fichtelgebirge e.V. <info@radsport-fichtelgebirge.example>", "Doppelbuchung Vereinskonto",
    at("2025-09-29 19:05", DE), "",
    html="<html><body><div style='font-family:Calibri'><p>Hallo LeadsOptima,</p><p>unser Vereinskonto wurde gestern "
         "<b>doppelt belastet</b> (zweimal 1.499,00 für den Monatsplan). Die zweite Buchung hat die Rechnungsnummer "
         "<span style='color:#1f497d'>lo/inv/38392</span>.</p><p>Bitte diese erstatten.</p><p>Sportliche Grüße<br>"
         "Kai Wunderlich<br>Kassier, Radsport Fichtelgebirge e.V.</p><hr><p style='font-size:8pt'>Gesendet mit "
         "Vereinsmail</p></div></body></html>")],
    "decided", [R("approve", "1499.00")],
    spec="HTML-only mail; s.8 invoice 'lo/inv/38392' is LO-INV-38392, the later of dl44/dl45 (2025-09-28), request day 1 -> L4 approve 1499.00.")

C.append(cust("info@steuerbuero-hadlich.example", "Steuerbüro Hadlich", "quarterly", start="2025-09-23", end="2025-12-22"))
PAY += [lopay("dl46", "LO-INV-38401", "info@steuerbuero-hadlich.example", "quarterly", *Q, "2025-09-23T11:00:00", "2025-09-23", "2025-12-22")]
r.case("kiel-langer-text-in-der-mitte", LOB, [Mail(
    "Steuerbüro Hadlich <info@steuerbuero-hadlich.example>", "Verschiedenes",
    at("2025-09-26 16:55", DE),
    "Moin zusammen,\n\nich fasse mal alles zusammen, was sich bei uns diese Woche angesammelt hat. Erstens: Die "
    "Vorlage für die Mandantenbriefe gefällt uns gut, danke an Frau Lorenz aus dem Onboarding. Zweitens: Wir hatten "
    "gehofft, die Integration mit unserem Lohnbuchhaltungs-Export geht schneller, aber das ist ein anderes Thema.\n\n"
    "Drittens, und deshalb schreibe ich eigentlich: Für das Quartal wurde uns ein falscher Betrag berechnet. "
    "Angeboten wurden uns 2.999, abgebucht wurden 3.999 (LO-INV-38401). Das ist ein Abrechnungsfehler, bitte die "
    "Differenz erstatten.\n\nViertens: Gibt es eine Schulung für neue Mitarbeiter im November?\n\nBeste Grüße von "
    "der Förde\nMaren Hadlich\nSteuerbüro Hadlich · Holtenauer Straße 80 · Kiel")],
    "decided", [R("escalate")],
    spec="Long mail, request in the middle: L2 billing_error (falscher Betrag / Abrechnungsfehler) inside window (charge 2025-09-23, request 2025-09-26, day 3) -> L5 escalate; the other points are questions.")

C.append(cust("bestellung@baeckerei-wiesent.example", "Bäckerei Wiesent", "monthly", start="2025-09-15", end="2025-10-14"))
PAY += [lopay("dl47", "LO-INV-38411", "bestellung@baeckerei-wiesent.example", "monthly", *M, "2025-09-15T09:00:00", "2025-09-15", "2025-10-14"),
        lopay("dl48", "LO-INV-38412", "bestellung@baeckerei-wiesent.example", "monthly", *M, "2025-09-15T09:01:00", "2025-09-15", "2025-10-14")]
r.case("regensburg-doppelt-zu-spaet", LOB, [Mail(
    "Bäckerei Wiesent <bestellung@baeckerei-wiesent.example>", "Doppelabbuchung September",
    day("2025-09-15T09:01:00", at("2025-09-25 05:10", DE), 10),
    "Grüß Gott,\n\nbeim Monatsabschluss gesehen: am 15.09. zweimal 1.499 abgebucht, LO-INV-38411 und LO-INV-38412. "
    "Bitte die doppelte zurück.\n\nMfG\nAlois Wiesent, Bäckermeister, Regensburg")],
    "decided", [R("deny")],
    spec="L3: duplicate dl47/dl48 on 2025-09-15, but request 2025-09-25 = day 10 > 7 -> deny citing the 7-day rule.")

C.append(cust("vertrieb@tiefbau-poehlmann.example", "Tiefbau Pöhlmann", "annual", start="2025-09-29", end="2026-09-28"))
PAY += [lopay("dl49", "LO-INV-38421", "vertrieb@tiefbau-poehlmann.example", "annual", *A, "2025-09-29T10:00:00", "2025-09-29", "2026-09-28")]
r.case("cottbus-zu-teuer-nur-erstattung", LOB, [Mail(
    "Tiefbau Pöhlmann Vertrieb <vertrieb@tiefbau-poehlmann.example>", "Rücknahme Jahresabo",
    at("2025-09-30 07:20", DE),
    "Guten Morgen,\n\nunser Juniorchef hat gestern ohne Absprache das Jahresabo gebucht. Für einen Tiefbaubetrieb in der "
    "Lausitz brauchen wir so etwas nicht, das war ein Fehlkauf. Bitte erstatten Sie die LO-INV-38421.\n\n"
    "Mit freundlichem Gruß\nGerd Pöhlmann\nTiefbau Pöhlmann GmbH, Cottbus")],
    "decided", [R("deny")], extra_ok=True,
    spec="L1: a purchase regretted (Fehlkauf, not needed) is none of the L2 reasons -> deny, cancellation offered. extra_ok: 'Rücknahme Jahresabo' in the subject may be read as the cancellation they ask for.")

# ======================= Optima WebDesign =======================
P.append(proj("Rheinbrück Mieterportal", "verwaltung@rheinbrueck-hv.example", None))
PAY += [owpay("do01", "OWD-2025-3801", "Rheinbrück Mieterportal", "discovery", "15000.00", "2700.00", "2025-09-24T11:00:00")]
r.case("koblenz-discovery-vor-start", OWB, [Mail(
    "Hausverwaltung Rheinbrück <verwaltung@rheinbrueck-hv.example>", "Refund Request — Rheinbrück Mieterportal / OWD-2025-3801",
    at("2025-09-26 10:15", DE),
    "Sehr geehrte Damen und Herren,\n\ndie Eigentümerversammlung hat das Mieterportal am Mittwochabend abgelehnt. Wir "
    "treten daher vom Projekt 'Rheinbrück Mieterportal' zurück und bitten um Rückerstattung der Discovery-Gebühr "
    "(Rechnung OWD-2025-3801). Ein Termin hat noch nicht stattgefunden.\n\nMit freundlichen Grüßen\nPetra Leinen\n"
    "Hausverwaltung Rheinbrück GmbH · Koblenz-Ehrenbreitstein")],
    "decided", [R("approve", "15000.00")], extra_ok=True,
    spec="O1: discovery do01, work_started_at empty -> approve full 15000.00 before tax. extra_ok: 'treten vom Projekt zurück' may also be read as the cancellation they ask for.")

P.append(proj("Brauhaus Zum Schwarzen Kater", "wirt@brauhaus-kater.example", "2025-09-18T15:00:00"))
PAY += [owpay("do02", "OWD-2025-3802", "Brauhaus Zum Schwarzen Kater", "discovery", "9000.00", "1620.00", "2025-09-15T10:00:00")]
r.case("bamberg-discovery-gestartet", OWB, [Mail(
    "Brauhaus Zum Schwarzen Kater <wirt@brauhaus-kater.example>", "Strategiegebühr zurück",
    at("2025-09-25 22:00", DE),
    "Servus,\n\nder Workshop letzte Woche war nett, aber uns hat die Richtung nicht gefallen, zu modern für ein "
    "fränkisches Brauhaus. Projekt Brauhaus Zum Schwarzen Kater, Rechnung OWD-2025-3802. Bitte die 9.000 zurück.\n\n"
    "Prost\nGünther Hümmer")],
    "decided", [R("deny")],
    spec="O1: discovery do02, work started 2025-09-18 (the workshop) before the request (2025-09-26 01:30 IST) -> deny.")

P.append(proj("Seehotel Ermatingen Relaunch", "direktion@seehotel-ermatingen.example", None))
PAY += [owpay("do03", "OWD-2025-3803", "Seehotel Ermatingen Relaunch", "deposit", "25000.00", "4500.00", "2025-09-27T15:00:00")]
r.case("thurgau-anzahlung-48h", OWB, [Mail(
    "Seehotel Ermatingen Direktion <direktion@seehotel-ermatingen.example>", "Rückerstattung Anzahlung OWD-2025-3803",
    hours("2025-09-27T15:00:00", at("2025-09-29 09:00", DE), 40, 50),
    "Grüezi\n\nDer Verwaltungsrat hat am Sonntag beschlossen, den Relaunch des Seehotel Ermatingen auf 2026 zu "
    "verschieben, weil der Umbau der Seeterrasse Vorrang hat. Wir bitten deshalb um Rückerstattung der Anzahlung "
    "(Rechnung OWD-2025-3803, Projekt Seehotel Ermatingen Relaunch). Mit der Arbeit wurde noch nicht begonnen.\n\n"
    "Freundliche Grüsse\nClaudia Brüschweiler\nDirektion")],
    "decided", [R("approve", "25000.00")],
    spec="O2: deposit do03 paid 2025-09-27 15:00 IST, request 2025-09-29 09:00 CEST = 12:30 IST (45.5 h), no work -> approve 25000.00 before tax.")

P.append(proj("Physio Aarau Buchungsportal", "praxis@physio-aarau.example", None))
PAY += [owpay("do04", "OWD-2025-3804", "Physio Aarau Buchungsportal", "deposit", "18000.00", "3240.00", "2025-09-26T10:00:00")]
r.case("aargau-anzahlung-72-5h", OWB, [Mail(
    "Physiotherapie Aarau <praxis@physio-aarau.example>", "Anzahlung Buchungsportal zurück",
    hours("2025-09-26T10:00:00", at("2025-09-29 07:00", DE), 72.4, 72.6),
    "Guten Morgen\n\nWir haben die Anzahlung am Freitagmorgen um 06:30 überwiesen; jetzt ist es 07:00 am Montag, also "
    "knapp 72 Stunden. Wir haben uns für ein Standardprodukt unseres Verbands entschieden und möchten die Anzahlung "
    "zurück (Physio Aarau Buchungsportal, OWD-2025-3804).\n\nFreundliche Grüsse\nSimone Keller")],
    "decided", [R("deny")],
    spec="O2: paid 2025-09-26 10:00 IST (06:30 CEST, as the customer says); request 2025-09-29 07:00 CEST = 10:30 IST = 72.5 h > 72 -> deny.")

P.append(proj("Weingut Hochrhein Shop", "office@weingut-hochrhein.example", None))
PAY += [owpay("do05", "OWD-2025-3805", "Weingut Hochrhein Shop", "deposit", "20000.00", "3600.00", "2025-09-25T14:30:00")]
r.case("aargau-anzahlung-genau-72h", OWB, [Mail(
    "Weingut Hochrhein <office@weingut-hochrhein.example>", "Storno Anzahlung",
    hours("2025-09-25T14:30:00", at("2025-09-28 11:00", DE), 72, 72),
    "Grüezi\n\nLeider müssen wir das Projekt Weingut Hochrhein Shop stornieren, der Hagel im August hat die Ernte "
    "halbiert und wir haben kein Budget mehr. Bitte die Anzahlung OWD-2025-3805 zurückerstatten, die Arbeit hat noch "
    "nicht begonnen.\n\nMit freundlichen Grüssen\nReto Zehnder, Zurzach")],
    "decided", [R("deny")], extra_ok=True,
    spec="O2 + s.8: paid 2025-09-25 14:30 IST, request 2025-09-28 11:00 CEST = 14:30 IST, exactly 72 h, not 'before 72 hours' -> deny. extra_ok: 'stornieren' is a cancellation they ask for.")

P.append(proj("Elektro Schwaiger Website", "info@elektro-schwaiger.example", "2025-09-29T09:00:00"))
PAY += [owpay("do06", "OWD-2025-3806", "Elektro Schwaiger Website", "deposit", "16000.00", "2880.00", "2025-09-28T10:00:00")]
r.case("passau-anzahlung-arbeit-begonnen", OWB, [Mail(
    "Elektro Schwaiger <info@elektro-schwaiger.example>", "Anzahlung zurück – Projekt Elektro Schwaiger Website",
    hours("2025-09-28T10:00:00", at("2025-09-30 10:00", DE), 50, 52),
    "Hallo,\n\nwir haben am Sonntag die Anzahlung bezahlt (OWD-2025-3806), aber mein Bruder hat jetzt einen Bekannten, "
    "der uns die Seite billiger macht. Bitte die Anzahlung zurück, sind ja noch keine 72 Stunden.\n\nGruß\n"
    "Stefan Schwaiger, Passau-Hals")],
    "decided", [R("deny")],
    spec="O2 'whichever first': 51.5 h after payment, but work started 2025-09-29 09:00 IST before the request (2025-09-30 13:30 IST) -> deny.")

P.append(proj("Donaustrudel Eventagentur", "projekte@donaustrudel-events.example", "2025-07-01T10:00:00"))
PAY += [owpay("do07", "OWD-2025-3807", "Donaustrudel Eventagentur", "milestone", "30000.00", "5400.00", "2025-07-01T10:00:00", milestone_status="approved"),
        owpay("do08", "OWD-2025-3808", "Donaustrudel Eventagentur", "milestone", "22000.00", "3960.00", "2025-09-10T10:00:00", milestone_status="not_started"),
        owpay("do09", "OWD-2025-3809", "Donaustrudel Eventagentur", "milestone", "12500.00", "2250.00", "2025-09-10T10:05:00", milestone_status="in_progress")]
r.case("regensburg-meilenstein-offen", OWB, [Mail(
    "Donaustrudel Events - Projekte <projekte@donaustrudel-events.example>", "Meilenstein 3 (Buchungsmodul) stornieren",
    at("2025-09-24 13:40", DE),
    "Hallo Optima-Team,\n\nfür das Projekt Donaustrudel Eventagentur brauchen wir das Buchungsmodul nun doch nicht, "
    "weil unser Ticketpartner das übernimmt. Bitte erstattet die Zahlung für diesen Meilenstein, Rechnung "
    "OWD-2025-3808 (22.000 INR). Design und Seiten (Meilenstein 1) sind abgenommen, das passt.\n\nViele Grüße\n"
    "Lea Bachmeier\nDonaustrudel Eventagentur, Regensburg")],
    "decided", [R("approve", "22000.00")],
    spec="O3: milestone do08 not_started -> approve its amount 22000.00 before tax.")

r.case("regensburg-meilenstein-laufend", OWB, [Mail(
    "Donaustrudel Events - Projekte <projekte@donaustrudel-events.example>", "Meilenstein Newsletter-Integration",
    at("2025-09-25 09:05", DE),
    "Hallo nochmal,\n\nauch die Newsletter-Integration (OWD-2025-3809, Donaustrudel Eventagentur) wollen wir nicht mehr, "
    "unser Ticketpartner macht auch den Versand. Ich weiß, dass ihr schon angefangen habt. Bitte erstattet, was noch "
    "nicht gemacht ist.\n\nLea Bachmeier")],
    "decided", [R("escalate")],
    spec="O3: milestone do09 in_progress -> escalate (the value of work not yet done needs a person).")

r.case("regensburg-meilenstein-abgenommen", OWB, [Mail(
    "Donaustrudel Events - Projekte <projekte@donaustrudel-events.example>", "Nochmal Meilenstein 1",
    at("2025-09-26 11:30", DE),
    "Hallo,\n\nunsere Geschäftsführung findet das Design im Nachhinein doch zu bunt. Wir möchten die Zahlung für "
    "Meilenstein 1 (OWD-2025-3807) zurück, das Projekt Donaustrudel Eventagentur gestalten wir selbst neu.\n\n"
    "Lea Bachmeier")],
    "decided", [R("deny")],
    spec="O3/O6: milestone do07 approved -> deny (approved milestones are non-refundable).")

P.append(proj("Förde Physio Social Media", "team@foerde-physio.example", "2025-05-20T10:00:00"))
PAY += [owpay("do10", "OWD-2025-3810", "Förde Physio Social Media", "retainer", "12000.00", "2160.00", "2025-09-20T09:00:00",
              period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00")]
r.case("kiel-retainer-fristgerecht", OWB, [Mail(
    "Förde Physio <team@foerde-physio.example>", "Kündigung Social-Media-Betreuung",
    at("2025-09-26 12:00", DE),
    "Moin,\n\nhiermit kündigen wir die monatliche Social-Media-Betreuung (Projekt Förde Physio Social Media, letzte "
    "Rechnung OWD-2025-3810). Grund: Wir haben eine Werkstudentin eingestellt, die das intern übernimmt.\n\n"
    "Danke für die Zusammenarbeit!\nNele Brodersen\nFörde Physio, Kiel")],
    "decided", [K("cancel", "2025-10-19")],
    spec="O4/O8: next_billing_at 2025-10-20; request 2025-09-26 <= 2025-10-13 (7 days' notice) -> cancel effective the day before, 2025-10-19.")

P.append(proj("Zahnwerk Lübeck Betreuung", "praxis@zahnwerk-luebeck.example", "2025-03-05T10:00:00"))
PAY += [owpay("do11", "OWD-2025-3811", "Zahnwerk Lübeck Betreuung", "retainer", "9000.00", "1620.00", "2025-09-05T09:00:00",
              period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T09:00:00")]
r.case("luebeck-retainer-zu-kurz", OWB, [Mail(
    "Zahnwerk Lübeck <praxis@zahnwerk-luebeck.example>", "Kündigung Betreuungsvertrag",
    at("2025-09-30 18:30", DE),
    "Sehr geehrte Damen und Herren,\n\nwir kündigen den Betreuungsvertrag für das Projekt Zahnwerk Lübeck Betreuung "
    "(Rechnung OWD-2025-3811) zum nächstmöglichen Termin. Grund: Die Praxis wird zum Jahresende an eine MVZ-Gruppe "
    "übergeben, die eine eigene Agentur hat.\n\nMit freundlichen Grüßen\nDr. Henrike Voß")],
    "decided", [K("cancel", "2025-11-04")],
    spec="O4: next_billing_at 2025-10-05; request 2025-09-30 is after 2025-09-28 (less than 7 days' notice) -> the next cycle (2025-10-05..2025-11-04) is billed; effective 2025-11-04.")

P.append(proj("Cottbuser Stadtwerkstatt Portal", "info@stadtwerkstatt-cottbus.example", "2025-06-12T10:00:00"))
PAY += [owpay("do12", "OWD-2025-3812", "Cottbuser Stadtwerkstatt Portal", "retainer", "15000.00", "2700.00", "2025-09-12T09:00:00",
              period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00"),
        owpay("do13", "OWD-2025-3813", "Cottbuser Stadtwerkstatt Portal", "retainer", "15000.00", "2700.00", "2025-09-27T09:00:00",
              period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12T09:00:00")]
r.case("cottbus-retainer-vorausbezahlt", OWB, [Mail(
    "Stadtwerkstatt Cottbus <info@stadtwerkstatt-cottbus.example>", "Kündigung Portal-Betreuung",
    at("2025-09-29 14:00", DE),
    "Guten Tag,\n\nwir kündigen die Betreuung für Cottbuser Stadtwerkstatt Portal (zuletzt OWD-2025-3813). Die "
    "Fördermittel der Stadt laufen aus, wir können die Betreuung nicht mehr finanzieren. Wir haben gesehen, dass der "
    "Oktober-Zeitraum schon abgebucht wurde.\n\nMit freundlichen Grüßen\nKatrin Noack\nVereinsvorstand")],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: the next cycle (do13, 2025-10-12..11-11) is already paid and the notice (2025-09-29 <= 2025-10-05) is >= 7 days -> escalate.")

P.append(proj("Gasthof Zur Linde Hosting", "wirtin@gasthof-linde-mariaalm.example", "2025-09-20T10:00:00"))
PAY += [owpay("do14", "OWD-2025-3814", "Gasthof Zur Linde Hosting", "hosting_annual", "14400.00", "2592.00", "2025-09-18T10:00:00",
              setup_fee="1800.00", service_start="2025-09-20")]
r.case("pinzgau-hosting-14-tage", OWB, [Mail(
    "Gasthof Zur Linde <wirtin@gasthof-linde-mariaalm.example>", "Hosting Rücktritt OWD-2025-3814",
    at("2025-09-29 20:15", DE),
    "Grüß Gott,\n\nunser Neffe hat uns jetzt doch einen Server über einen Nachbarn mit IT-Firma besorgt. Deshalb treten "
    "wir vom Hosting-Jahresvertrag zurück (Gasthof Zur Linde Hosting, OWD-2025-3814) und bitten um die anteilige "
    "Rückerstattung laut Ihren Bedingungen.\n\nMit freundlichen Grüßen\nRosi Gschwandtner, Maria Alm")],
    "decided", [R("approve", "11550.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-29 23:45 IST (day 9 <= 14); monthly (14400-1800)/12 = 1050; 14400 - 1800 - 1050 x 1 = 11550.00. extra_ok: the cancellation of the plan they ask for.")

P.append(proj("Flensburg Fischhalle Hosting", "kontor@fischhalle-flensburg.example", "2025-09-05T10:00:00"))
PAY += [owpay("do15", "OWD-2025-3815", "Flensburg Fischhalle Hosting", "hosting_annual", "12000.00", "2160.00", "2025-09-04T10:00:00",
              setup_fee="1200.00", service_start="2025-09-05")]
r.case("flensburg-hosting-zu-spaet", OWB, [Mail(
    "Fischhalle Flensburg <kontor@fischhalle-flensburg.example>", "Hosting-Erstattung",
    at("2025-09-25 10:00", DE),
    "Moin,\n\nwir wollen aus dem Hosting raus (Flensburg Fischhalle Hosting, OWD-2025-3815), weil unsere neue "
    "Kassensoftware einen eigenen Webshop mitbringt. Bitte den Rest vom Jahr erstatten.\n\nGruß\nOle Petersen")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-05, request 2025-09-25 = day 20 > 14 -> deny. extra_ok: 'raus aus dem Hosting' is a cancellation they ask for.")

P.append(proj("Lohnsteuerhilfe Okertal Wartung", "verein@lohnsteuerhilfe-brsw.example", None))
PAY += [owpay("do16", "OWD-2025-3816", "Lohnsteuerhilfe Okertal Wartung", "maintenance_annual", "9000.00", "1620.00", "2025-09-26T10:00:00",
              setup_fee="1200.00", service_start="2025-10-15")]
r.case("braunschweig-wartung-vor-start", OWB, [Mail(
    "Lohnsteuerhilfe Braunschweig <verein@lohnsteuerhilfe-brsw.example>", "Wartungsvertrag zurückgeben",
    at("2025-09-28 12:00", DE),
    "Guten Tag,\n\nder Vorstand hat den Wartungsvertrag (Lohnsteuerhilfe Okertal Wartung, Rechnung OWD-2025-3816) "
    "nicht genehmigt, weil unser Dachverband eine Sammellösung anbietet. Wir geben den Vertrag zurück und bitten um "
    "Erstattung nach Ihren Regeln.\n\nMit freundlichen Grüßen\nBernd Tacke, Kassenwart")],
    "decided", [R("approve", "7150.00")], extra_ok=True,
    spec="O5 before service_start (2025-10-15) + s.8: consumed_months = 1; monthly (9000-1200)/12 = 650; 9000 - 1200 - 650 = 7150.00. extra_ok: returning the contract is the cancellation they ask for.")

P.append(proj("Sportverein Wörthersee Website", "vorstand@sv-woerthersee.example", "2025-08-10T10:00:00"))
PAY += [owpay("do17", "OWD-2025-3817", "Sportverein Wörthersee Website", "third_party", "4200.00", "756.00", "2025-09-22T10:00:00")]
r.case("klagenfurt-domain-ssl", OWB, [Mail(
    "SV Wörthersee Vorstand <vorstand@sv-woerthersee.example>", "Domain + SSL Rechnung OWD-2025-3817",
    at("2025-09-24 19:45", DE),
    "Servus,\n\ndie Domain und das SSL-Zertifikat (OWD-2025-3817, Sportverein Wörthersee Website) hätten wir gar nicht "
    "gebraucht, die Domain hatte unser Obmann schon privat registriert. Bitte erstattets uns den Betrag.\n\n"
    "Sportliche Grüße\nMichael Ogris, Schriftführer")],
    "decided", [R("deny")],
    spec="O6: third_party (domain, SSL) -> deny citing Non-refundable items.")

P.append(proj("Jenaer Optik Messe-Microsite", "marketing@jenaer-feinoptik.example", "2025-09-15T10:00:00"))
PAY += [owpay("do18", "OWD-2025-3818", "Jenaer Optik Messe-Microsite", "rush", "6500.00", "1170.00", "2025-09-16T10:00:00")]
r.case("jena-eilzuschlag", OWB, [Mail(
    "Jenaer Feinoptik Marketing <marketing@jenaer-feinoptik.example>", "Eilzuschlag zurück?",
    at("2025-09-26 14:30", DE),
    "Hallo,\n\ndie Messe-Microsite (Jenaer Optik Messe-Microsite) wurde zwar rechtzeitig fertig, aber die Messe wurde "
    "abgesagt. Den Eilzuschlag (OWD-2025-3818) hätten wir deshalb gern zurück.\n\nBeste Grüße\nFranziska Rößler")],
    "decided", [R("deny")],
    spec="O6: rush fee -> deny (Non-refundable items).")

P.append(proj("Hofladen Solothurn Shop", "hofladen@bio-weissenstein.example", "2025-08-01T10:00:00"))
PAY += [owpay("do19", "OWD-2025-3819", "Hofladen Solothurn Shop", "change_request", "5500.00", "990.00", "2025-09-23T10:00:00")]
r.case("solothurn-aenderungswunsch", OWB, [Mail(
    "Bio-Hof Weissenstein <hofladen@bio-weissenstein.example>", "Rechnung Zusatzwunsch",
    at("2025-09-25 08:20", DE),
    "Grüessech\n\nDie Zusatzfunktion Abo-Gemüsekiste (Änderungswunsch, Rechnung OWD-2025-3819, Hofladen Solothurn Shop) "
    "benützen unsere Kunden nicht. Wir möchten das Geld dafür zurück.\n\nFreundliche Grüsse\nUrs Gerber")],
    "decided", [R("deny")],
    spec="O6: change_request -> deny (Non-refundable items).")

P.append(proj("Praxis Hrubesch Website", "praxis@hrubesch-ortho.example", None))
PAY += [owpay("do20", "OWD-2025-3820", "Praxis Hrubesch Website", "deposit", "15000.00", "2700.00", "2025-09-29T10:00:00")]
r.case("bayreuth-privat-c2", OWB, [Mail(
    "Dr. Jana Hrubesch <jana.hrubesch@gmail.com>", "Anzahlung Praxis Hrubesch Website zurück",
    at("2025-09-30 08:00", DE),
    "Guten Morgen,\n\nich schreibe von meiner privaten Adresse. Der Vertrag läuft über praxis@hrubesch-ortho.example. Wir "
    "haben uns gegen den Relaunch entschieden und bitten um Erstattung der Anzahlung OWD-2025-3820.\n\nJana Hrubesch")],
    "need_info", rules=["C2"],
    spec="C2: the contract email is praxis@hrubesch-ortho.example; the request comes from a gmail address -> ask for it from the contract email, nothing about the project.")

P.append(proj("Tanzschule Allerpark Website", "info@tanzschule-wolfsburg.example", "2025-09-01T10:00:00"))
PAY += [owpay("do21", "OWD-2025-3821", "Tanzschule Allerpark Website", "milestone", "20000.00", "3600.00", "2025-09-10T10:00:00", milestone_status="not_started")]
r.case("wolfsburg-thunderbird-weiterleitung", OWB, [Mail(
    "Marco Wendt <m.wendt@wendt-steuerberatung.example>", "Fwd: Meilenstein-Erstattung Tanzschule",
    at("2025-09-27 10:10", DE),
    "Hallo, ich betreue die Buchhaltung der Tanzschule und leite Ihnen das weiter.\nMarco Wendt\n\n"
    "-------- Weitergeleitete Nachricht --------\nBetreff: \tMeilenstein-Erstattung Tanzschule\nDatum: \t"
    "Fri, 26 Sep 2025 18:02:11 +0200\nVon: \tTanzschule Allerpark <info@tanzschule-wolfsburg.example>\nAn: \t"
    "m.wendt@wendt-steuerberatung.example\n\nHallo Marco, bitte an Optima schicken: wir wollen den Meilenstein "
    "Kursbuchung (OWD-2025-3821, Tanzschule Allerpark Website) zurück, weil wir die Kursbuchung über den "
    "Landesverband machen.\nLG Sandra")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: Thunderbird forward of a request from the contract email info@tanzschule-wolfsburg.example, sent by an accountant's address -> ask for the request from the contract email.")

P.append(proj("Biergarten Domblick Social", "chef@biergarten-domblick.example", "2025-04-01T10:00:00"))
PAY += [owpay("do22", "OWD-2025-3822", "Biergarten Domblick Social", "retainer", "8000.00", "1440.00", "2025-09-22T09:00:00",
              period_start="2025-09-22", period_end="2025-10-21", next_billing_at="2025-10-22T09:00:00")]
r.case("passau-retainer-ohne-grund", OWB, [Mail(
    "Biergarten Domblick <chef@biergarten-domblick.example>", "Kündigung",
    at("2025-09-27 23:10", DE),
    "Servus,\n\nhiermit kündige ich die Social-Media-Betreuung Biergarten Domblick Social, Rechnung OWD-2025-3822.\n\n"
    "Pfiad eich\nSepp Kronawitter\n\nVon meinem iPad gesendet")],
    "need_info", missing=["reason"],
    spec="s.8: Optima WebDesign requires a reason for cancellations too; project and invoice given, no reason -> need_info [reason].")

P.append(proj("Ferienhof Mühlbach Website", "info@ferienhof-muehlbach.example", None))
P.append(proj("Ferienhof Mühlbach Prospekt", "info@ferienhof-muehlbach.example", None))
PAY += [owpay("do23", "OWD-2025-3823", "Ferienhof Mühlbach Website", "deposit", "12000.00", "2160.00", "2025-09-20T10:00:00"),
        owpay("do24", "OWD-2025-3824", "Ferienhof Mühlbach Prospekt", "deposit", "6000.00", "1080.00", "2025-09-21T10:00:00")]
r.case("bregenzerwald-ohne-projekt", OWB, [Mail(
    "Ferienhof Mühlbach <info@ferienhof-muehlbach.example>", "Erstattung",
    at("2025-09-23 09:40", DE),
    "Grüß Gott,\n\nwir möchten die Anzahlung zurück, unser Sohn übernimmt den Hof erst 2027 und will dann selber "
    "entscheiden, wie das aussehen soll.\n\nMit freundlichen Grüßen\nIrmgard Feuerstein, Andelsbuch")],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: the contract email holds two projects with one deposit each; the mail names neither project nor invoice -> ask for project_name and invoice_number (reason given).")

P.append(proj("Zweirad Kröger Onlineshop", "info@zweirad-kroeger.example", None))
PAY += [owpay("do25", "OWD-2025-3825", "Zweirad Kröger Onlineshop", "deposit", "22000.00", "3960.00", "2025-09-29T11:00:00"),
        owpay("do26", "OWD-2025-3826", "Zweirad Kröger Onlineshop", "third_party", "3800.00", "684.00", "2025-09-29T11:05:00")]
r.case("koblenz-thread-rechnungsnummer", OWB, [
    Mail("Zweirad Kröger <info@zweirad-kroeger.example>", "Refund Request — Zweirad Kröger Onlineshop",
         hours("2025-09-29T11:00:00", at("2025-09-30 18:00", DE), 34, 35),
         "Hallo,\n\nwir ziehen den Auftrag für den Zweirad Kröger Onlineshop zurück: unser Großhändler stellt uns einen "
         "fertigen Shop kostenlos zur Verfügung. Bitte die Anzahlung erstatten.\n\nGruß\nFrank Kröger, Koblenz-Lützel"),
     Mail("Zweirad Kröger <info@zweirad-kroeger.example>", "Re: Refund Request — Zweirad Kröger Onlineshop [OWD-1187]",
          at("2025-09-30 21:30", DE),
          "Die Rechnungsnummer der Anzahlung ist OWD-2025-3825.\nFrank Kröger\n\n"
          "Am 30.09.2025 um 19:55 schrieb Optima WebDesign:\n> Bitte nennen Sie die Rechnungs- oder Zahlungsreferenz.")],
    "decided", [R("approve", "22000.00")], extra_ok=True,
    spec="C3 thread: first mail lacks the invoice (the project holds two payments); the answer names deposit do25. O2 from the first mail: 2025-09-30 21:30 IST, 34.5 h after payment, no work -> approve 22000.00. extra_ok: withdrawing the order is the cancellation they ask for.")

P.append(proj("Fahrradhaus Ilmenau Relaunch", "buero@fahrradhaus-ilmenau.example", "2025-09-10T10:00:00"))
PAY += [owpay("do27", "OWD-2025-3827", "Fahrradhaus Ilmenau Relaunch", "milestone", "18000.00", "3240.00", "2025-09-10T10:00:00", milestone_status="not_started")]
r.case("ilmenau-rueckbuchung-anwalt", OWB, [Mail(
    "Fahrradhaus Ilmenau <buero@fahrradhaus-ilmenau.example>", "Letzte Aufforderung: Erstattung OWD-2025-3827",
    at("2025-09-28 17:00", DE),
    "Sehr geehrte Damen und Herren,\n\nseit zwei Wochen warten wir auf eine Antwort zum Meilenstein OWD-2025-3827 "
    "(Fahrradhaus Ilmenau Relaunch), den wir wegen der Insolvenz unseres Lieferanten nicht mehr brauchen. Wenn bis "
    "Mittwoch keine Erstattung kommt, lassen wir die Zahlung über unsere Kreditkarte zurückbuchen und schalten einen "
    "Anwalt ein.\n\nMit freundlichen Grüßen\nThomas Ebert")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: card reversal (chargeback) and lawyer threatened -> escalate, although milestone do27 not_started would be approved.")

r.case("owd-auto-antwort", OWB, [Mail(
    "Donaustrudel Events - Projekte <projekte@donaustrudel-events.example>", "Abwesenheitsnotiz: Re: Meilenstein 3",
    at("2025-09-25 08:00", DE),
    "Ich bin bis zum 6. Oktober im Urlaub. Ihre Nachricht wird nicht weitergeleitet.\n\nLea Bachmeier",
    headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-replied + Precedence: bulk -> ignore (even from a contract email).")

r.case("owd-rechnungsadresse", OWB, [Mail(
    "Förde Physio <team@foerde-physio.example>", "Neue Rechnungsadresse",
    at("2025-09-22 10:30", DE),
    "Moin,\n\nwir sind umgezogen: ab sofort bitte alle Rechnungen an Förde Physio, Knooper Weg 140, 24118 Kiel. "
    "Könnt ihr die Rechnung OWD-2025-3810 mit der neuen Adresse noch einmal schicken?\n\nDanke\nNele Brodersen")],
    "other", spec="Address change and invoice re-issue: neither refund nor cancellation -> other.")

r.write(ledger)
