"""fresh36_de: German held-out cases (East Tyrol, Waldviertel, North Frisia/Sylt, Ruegen/Vorpommern, Oldenburg,
Kassel/North Hesse, Augsburg/Ulm/Ingolstadt, Leipzig, Potsdam, German Chileans in Valdivia/Osorno, Texas Germans;
German written by Japanese, Albanian and Serbian speakers). Stdlib only, deterministic.
Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (every person, firm and body is invented)."""
from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, K, Mail, R, Round, at, cust, day_no, hours, lopay, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
DE = 2      # CEST: Germany, Austria in September 2025
CL = -3     # Chile (CLST since 2025-09-07)
TX = -5     # Texas (CDT)
JP = 9      # Japan

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "de")


def o5(amount, setup):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12).quantize(Decimal("0.01"), ROUND_HALF_UP))


# ======================= LeadsOptima =======================
C.append(cust("leitung@kita-loewenzahnwiese.de", "Kita Löwenzahnwiese", "monthly", start="2025-09-26", end="2025-10-25"))
PAY += [lopay("d36_p01", "LO-INV-36101", "leitung@kita-loewenzahnwiese.de", "monthly", *M, "2025-09-26T09:15:00", "2025-09-26", "2025-10-25"),
        lopay("d36_p02", "LO-INV-36102", "leitung@kita-loewenzahnwiese.de", "monthly", *M, "2025-09-26T09:16:00", "2025-09-26", "2025-10-25")]
w = at("2025-09-29 08:10", DE)
assert day_no("2025-09-26", w) == 3
r.case("leipzig-kita-doppelt", LOB, [Mail(
    "Kita Löwenzahnwiese - Leitung <leitung@kita-loewenzahnwiese.de>", "Abbuchung doppelt - bitte prüfen", w,
    "Guten Morgen,\n\nich bin die Leiterin der Kita Löwenzahnwiese in Leipzig-Gohlis. Wir nutzen Ihr Programm für die "
    "Anmeldungen der neuen Familien, das läuft soweit gut.\n\nBeim Abgleich mit dem Förderverein ist unserer Kassenwartin "
    "aber aufgefallen, dass am Freitag (26.9.) das Monatsabo zweimal vom Konto gegangen ist, kurz hintereinander. "
    "Die zweite Rechnung hat die Nummer LO INV 36102.\n\nKönnten Sie den doppelten Betrag bitte zurückbuchen? Für so "
    "eine kleine Einrichtung wie uns ist das viel Geld.\n\nViele Grüße aus Gohlis\nSteffi Lindner\nKita-Leitung\n\n"
    "Kita Löwenzahnwiese · Träger: Elterninitiative Gohlis e.V.\nTel. 0341 / 91 22 07 (Mo-Fr 7-16 Uhr)")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: d36_p01/p02 same account, amount, period on 2025-09-26; request 2025-09-29 08:10 CEST = 11:40 IST (day 3); refund the later LO INV 36102 (s.8 matching) = 1499.00.")

C.append(cust("m.rehwinkel@ferreteria-rehwinkel.cl", "Matthias Rehwinkel", "quarterly", start="2025-09-20", end="2025-12-19"))
PAY += [lopay("d36_p03", "LO-INV-36111", "m.rehwinkel@ferreteria-rehwinkel.cl", "quarterly", *Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19"),
        lopay("d36_p04", "LO-INV-36112", "m.rehwinkel@ferreteria-rehwinkel.cl", "quarterly", *Q, "2025-09-20T10:02:00", "2025-09-20", "2025-12-19")]
w = at("2025-09-27 22:15", CL)
assert day_no("2025-09-20", w) == 8
r.case("valdivia-doppelt-tag8", LOB, [Mail(
    "Matthias Rehwinkel <m.rehwinkel@ferreteria-rehwinkel.cl>", "Doble cobro / doppelte Abbuchung", w,
    "Guten Abend aus Valdivia,\n\nich schreibe Ihnen auf Deutsch, wir sind hier eine deutschstämmige Familie und im "
    "Geschäft sprechen wir beides. Auf der Kreditkarte (la cuenta de la Visa) sehe ich, dass am 20. September das "
    "Quartalsabo zweimal belastet wurde, zwei Mal derselbe Betrag. Die zweite Rechnung ist LO-INV-36112.\n\n"
    "Ich weiss, Sie sagen 7 Tage, heute ist bei uns der 27., also genau noch der siebte Tag, po. Bitte erstatten Sie "
    "die doppelte Belastung.\n\nMit herzlichen Grüssen\nMatthias Rehwinkel\nFerretería Rehwinkel Ltda., Valdivia")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-20 10:00 IST (01:30 on the 20th in Chile); email Sat 2025-09-27 22:15 -03:00 = 2025-09-28 06:45 IST = day 8 > 7 -> deny, although the customer counts day 7.")

C.append(cust("office@pfluger-haus.us", "Pfluger Haus Bakery", "quarterly", start="2025-09-24", end="2025-12-23"))
PAY += [lopay("d36_p05", "LO-INV-36121", "office@pfluger-haus.us", "quarterly", *Q, "2025-09-24T20:00:00", "2025-09-24", "2025-12-23"),
        lopay("d36_p06", "LO-INV-36122", "office@pfluger-haus.us", "quarterly", *Q, "2025-09-24T20:00:40", "2025-09-24", "2025-12-23"),
        lopay("d36_p07", "LO-INV-36123", "office@pfluger-haus.us", "quarterly", *Q, "2025-09-24T20:01:30", "2025-09-24", "2025-12-23")]
w = at("2025-09-25 07:45", TX)
assert day_no("2025-09-24", w) == 1
r.case("texas-dreimal-gecharged", LOB, [Mail(
    "Pfluger Haus Bakery <office@pfluger-haus.us>", "dreimal gecharged!!", w,
    "Howdy,\n\nmir hen gestern morgen das Quartal-Abo abgeschlossen und jetzt seh ich auf der Bank, dass ihr uns dreimal "
    "gecharged habt, alle drei am gleichen Tag, same amount. Das erste ist okay, aber LO-INV-36122 und LO-INV-36123 "
    "sollen zurück auf die Karte.\n\nMei Grossvater hat immer gesagt, a Rechnung zahlt man einmal :)\n\nDanke schön,\n"
    "Earl Pfluger\nPfluger Haus Bakery, New Braunfels, Texas\n\nSent from my iPhone")],
    "decided", [R("approve", "7998.00")],
    spec="s.8 three identical charges: d36_p05/06/07 on 2025-09-24 IST (09:30-09:31 CDT); email 2025-09-25 07:45 CDT = 18:15 IST (day 1); every charge after the first is a duplicate: 2 x 3999.00 = 7998.00.")

C.append(cust("werkstatt@tischlerei-wiegand-kassel.de", "Tischlerei Wiegand", "monthly", start="2025-09-25", end="2025-10-24"))
PAY += [lopay("d36_p08", "LO-INV-36131", "werkstatt@tischlerei-wiegand-kassel.de", "monthly", *M, "2025-09-25T11:00:00", "2025-09-25", "2025-10-24")]
w = at("2025-09-27 10:05", DE)
assert day_no("2025-09-25", w) == 2
r.case("kassel-tischlerei-doppelt-ohne-paar", LOB, [Mail(
    "Tischlerei Wiegand <werkstatt@tischlerei-wiegand-kassel.de>", "Doppelt bezahlt? Rechnung LO-INV-36131", w,
    "Hallo zusammen,\n\nbei uns in der Werkstatt ist Samstag Büro-Tag. Auf dem Kontoauszug steht Ihr Abo zweimal, "
    "einmal am Donnerstag und nochmal, sieht für mich nach doppelt bezahlt aus. Rechnung haben wir nur eine, die "
    "LO-INV-36131.\nBitte das doppelt Bezahlte zurück.\n\nGruß aus Wehlheiden\nHeiner Wiegand\nTischlermeister\n"
    "Tischlerei Wiegand · Möbel, Treppen, Innenausbau · Kassel")],
    "decided", [R("escalate")],
    spec="L2 duplicate inside L3 (charge 2025-09-25, request 2025-09-27, day 2) but the ledger holds one charge only -> L4 no pair: escalate, no amount.")

C.append(cust("info@optik-lechblick.de", "Optik Lechblick", "annual", start="2025-09-28", end="2026-09-27"))
PAY += [lopay("d36_p09", "LO-INV-36141", "info@optik-lechblick.de", "annual", *A, "2025-09-28T12:30:00", "2025-09-28", "2026-09-27")]
w = at("2025-09-29 09:20", DE)
assert day_no("2025-09-28", w) == 1
r.case("augsburg-optiker-falscher-tarif", LOB, [Mail(
    "Optik Lechblick <info@optik-lechblick.de>", "Falscher Tarif abgerechnet", w,
    "Sehr geehrte Damen und Herren,\n\nich habe am Sonntag online das Monatsabo ausgewählt, abgebucht wurde aber der "
    "Jahrestarif: 11.988,00 statt 1.499,00 (Rechnung LO-INV-36141). Das ist ein falscher Tarif und nicht das, was ich "
    "bestellt habe. Bitte korrigieren Sie die Abrechnung und erstatten Sie mir den zu viel belasteten Betrag.\n\n"
    "Mit freundlichen Grüßen\nAugenoptikermeisterin Carina Zettl\nOptik Lechblick · Augsburg-Lechhausen\n"
    "Sehtest nur mit Termin")],
    "decided", [R("escalate")],
    spec="L2 billing_error ('charged for the wrong plan') inside the window (2025-09-28 -> 2025-09-29, day 1) -> L5 escalate with LO-INV-36141, no amount.")

C.append(cust("founder@kranich-labs.io", "Kranich Labs UG", "quarterly", start="2025-09-23", end="2025-12-22"))
PAY += [lopay("d36_p10", "LO-INV-36151", "founder@kranich-labs.io", "quarterly", *Q, "2025-09-23T14:00:00", "2025-09-23", "2025-12-22")]
w = at("2025-09-25 23:30", DE)
assert day_no("2025-09-23", w) == 3
r.case("potsdam-startup-login", LOB, [Mail(
    "Jonas Albrecht | Kranich Labs <founder@kranich-labs.io>", "Login broken since Tuesday -> refund Q-Plan", w,
    "Hi LeadsOptima Team,\n\nkurzes Update von unserer Seite: seit Dienstag, direkt nach dem Upgrade auf den Quarterly "
    "Plan, kommen wir nicht mehr ins Dashboard. Login läuft in einen Redirect-Loop, danach \"Session expired\". "
    "Incognito, anderer Browser, Passwort-Reset, alles durch. Euer Chat-Support hat am Mittwoch ein Ticket "
    "aufgemacht, seitdem Funkstille.\n\nWir sind ein 4-Personen-Startup in Potsdam, jeder Euro zählt. Ohne Zugang "
    "zahlen wir nicht für das Quartal: bitte Refund für LO-INV-36151.\n\nCheers\nJonas\n--\nJonas Albrecht, "
    "Co-Founder & CEO\nKranich Labs UG (haftungsbeschränkt) · Babelsberg")],
    "decided", [R("escalate")],
    spec="L2 access_failure (no login since Tuesday) inside L3: charge 2025-09-23, email 2025-09-25 23:30 CEST = 2025-09-26 03:00 IST (day 3) -> L6 escalate.")

C.append(cust("vermietung@ferienhof-bakenberg.de", "Ferienhof Bakenberg", "annual", start="2025-09-10", end="2026-09-09"))
PAY += [lopay("d36_p11", "LO-INV-36161", "vermietung@ferienhof-bakenberg.de", "annual", *A, "2025-09-10T10:00:00", "2025-09-10", "2026-09-09")]
w = at("2025-09-22 18:40", DE)
assert day_no("2025-09-10", w) == 12
r.case("ruegen-kein-zugang-zu-spaet", LOB, [Mail(
    "Ferienhof Bakenberg <vermietung@ferienhof-bakenberg.de>", "Kein Zugang seit Abschluss", w,
    "Guten Abend,\n\nseit wir das Jahresabo am 10. September abgeschlossen haben, kommen wir nicht auf die Plattform, "
    "die Seite bleibt einfach weiß. Wir haben auf Rügen manchmal schlechtes Netz, aber auch im Café in Bergen ging "
    "es nicht. Da wir das so nicht nutzen können, möchten wir die Rechnung LO-INV-36161 erstattet haben.\n\n"
    "Mit freundlichen Grüßen\nFamilie Rathke\nFerienhof Bakenberg, Wittow")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-10, request 2025-09-22 = day 12 > 7 -> deny citing the 7-day rule.")

C.append(cust("stall@reithof-duenenwind.de", "Reithof Dünenwind", "monthly", start="2025-09-16", end="2025-10-15"))
PAY += [lopay("d36_p12", "LO-INV-36171", "stall@reithof-duenenwind.de", "monthly", *M, "2025-09-16T09:00:00", "2025-09-16", "2025-10-15")]
w = at("2025-09-26 20:05", DE)
r.case("sylt-reitstall-saison-vorbei", LOB, [Mail(
    "Reithof Dünenwind <stall@reithof-duenenwind.de>", "Saisonende - Kündigung + Geld zurück", w,
    "Moin moin,\n\ndie Saison ist bei uns auf Sylt durch, die Feriengäste sind weg und Strandausritte gibt es erst "
    "wieder ab Ostern. Wir brauchen das Programm also den Winter über nicht. Bitte kündigt das Monatsabo und "
    "erstattet uns den Monat, der am 16. abgebucht wurde (LO-INV-36171), wir haben ihn ja kaum genutzt.\n\n"
    "Beste Grüße aus Keitum\nInken Hansen\nReithof Dünenwind\nAusritte · Reitstunden · Pensionsboxen")],
    "decided", [R("deny"), K("cancel", "2025-10-15")],
    spec="L1: 'season over, hardly used' is no L2 reason -> refund deny (no partial refund for unused days); L8 cancel, effective current_period_end 2025-10-15.")

C.append(cust("r.haberl@haberl-elektro.de", "Haberl Elektrotechnik", "monthly", start="2025-09-19", end="2025-10-18"))
PAY += [lopay("d36_p13", "LO-INV-36181", "r.haberl@haberl-elektro.de", "monthly", *M, "2025-09-19T08:00:00", "2025-09-19", "2025-10-18")]
w = at("2025-09-24 16:10", DE)
r.case("ingolstadt-zu-teuer-rueckbuchung", LOB, [Mail(
    "Robert Haberl <r.haberl@haberl-elektro.de>", "Rechnung LO-INV-36181", w,
    "Servus,\n\nIhr Programm ist uns für einen 3-Mann-Betrieb schlicht zu teuer, das haben wir beim Abschluss "
    "unterschätzt. Ich will die 1.499 zurück. Wenn bis Ende nächster Woche nichts passiert, lasse ich die Zahlung über "
    "meine Kreditkartenfirma zurückbuchen, das ist schneller als jede Diskussion.\n\nRobert Haberl\nHaberl "
    "Elektrotechnik, Ingolstadt-Friedrichshofen")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat ('über meine Kreditkartenfirma zurückbuchen') -> escalate, although 'zu teuer' alone would be an L1 deny.")

C.append(cust("laden@buchhandlung-hunteblick.de", "Buchhandlung Hunteblick", "monthly", status="trial", trial_ends="2025-10-06"))
w = at("2025-09-30 11:15", DE)
r.case("oldenburg-buchhandlung-probephase", LOB, [Mail(
    "Buchhandlung Hunteblick <laden@buchhandlung-hunteblick.de>", "Erstattung bitte", w,
    "Guten Tag,\n\nwir haben uns vor einer Woche für die kostenlose Probephase angemeldet, um Lesungen zu bewerben. "
    "Ehrlich gesagt ist das für eine kleine Buchhandlung in Oldenburg doch zu viel Technik. Bitte erstatten Sie uns "
    "alles, was Sie eventuell abgebucht haben, wir möchten nichts bezahlen.\n\nFreundliche Grüße\nHelga Brüning\n"
    "Buchhandlung Hunteblick · Bücher, Karten, Lesungen")],
    "decided", [R("deny")],
    spec="L7: trial account (trial_ends 2025-10-06), no charges in the ledger -> refund deny, nothing to refund; no billing unless they subscribe.")

C.append(cust("bestellung@buecherstube-donnerschwee.de", "Bücherstube Donnerschwee", "quarterly", start="2025-09-01", end="2025-11-30"))
PAY += [lopay("d36_p14", "LO-INV-36191", "bestellung@buecherstube-donnerschwee.de", "quarterly", *Q, "2025-09-01T09:00:00", "2025-09-01", "2025-11-30")]
w = at("2025-09-25 14:30", DE)
r.case("oldenburg-kuendigung-quartal", LOB, [Mail(
    "Bücherstube Donnerschwee <bestellung@buecherstube-donnerschwee.de>", "Kündigung Quartalsabo", w,
    "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir unser Quartalsabo fristgerecht. Wir schließen den "
    "Laden zum Jahresende, die Inhaberin geht in Rente. Bitte bestätigen Sie uns das Ende des Abos schriftlich.\n\n"
    "Mit freundlichen Grüßen\ni. A. Gesa Oltmanns\nBücherstube Donnerschwee, Oldenburg (Oldb)")],
    "decided", [K("cancel", "2025-11-30")],
    spec="L8 cancel: effective current_period_end 2025-11-30 from the ledger; reason given (shop closes).")

C.append(cust("hof@mohnhof-schremser.at", "Mohnhof Schremser", "quarterly"))
PAY += [lopay("d36_p15", "LO-INV-36201", "hof@mohnhof-schremser.at", "quarterly", *Q, "2025-08-12T22:00:00+02:00", None, None)]
w = at("2025-09-26 07:40", DE)
r.case("waldviertel-kuendigung-ohne-periode", LOB, [Mail(
    "Mohnhof Schremser <hof@mohnhof-schremser.at>", "Kündigung", w,
    "Guten Morgen,\n\nwir möchten unser Abo bei Ihnen kündigen. Die Mohnernte ist eingebracht, den Verkauf machen "
    "wir ab jetzt wieder selber am Bauernmarkt in Zwettl, dafür brauchen wir kein Programm. Abgebucht wurde zuletzt "
    "am 12. August am Abend.\n\nMit freundlichen Grüßen\nJosef und Maria Schremser\nMohnhof Schremser, Waldviertel")],
    "decided", [K("cancel", "2025-11-12")],
    spec="L8 fallback (no current_period_end): last charge 2025-08-12T22:00+02:00 = 2025-08-13 01:30 IST (s.8 offset converted), quarterly: 2025-08-13 + 3 months - 1 day = 2025-11-12.")

C.append(cust("k.morimoto@hoshizora-seimitsu.jp", "Hoshizora Seimitsu", "annual", start="2025-04-01", end="2026-03-31"))
PAY += [lopay("d36_p16", "LO-INV-36211", "k.morimoto@hoshizora-seimitsu.jp", "annual", *A, "2025-04-01T06:00:00", "2025-04-01", "2026-03-31")]
w = at("2025-09-29 17:20", JP)
r.case("japanisch-gmail-c2", LOB, [Mail(
    "Kenji Morimoto <kenji.morimoto.de@gmail.com>", "Kündigung von Jahresvertrag", w,
    "Sehr geehrte Damen und Herren,\n\nmein Name ist Kenji Morimoto. Ich habe Deutsch in Heidelberg studiert, "
    "deshalb ich schreibe auf Deutsch, bitte entschuldigen Sie Fehler.\n\nUnsere Firma möchte den Jahresvertrag "
    "kündigen. Die registrierte Adresse ist k.morimoto@hoshizora-seimitsu.jp, aber diese Adresse funktioniert heute "
    "wegen Serverumzug nicht, deshalb ich benutze private Adresse. Bitte teilen Sie mir mit, bis wann der Vertrag "
    "läuft und wie viel wir schon bezahlt haben.\n\nMit freundlichen Grüßen\nKenji Morimoto\nHoshizora Seimitsu K.K., Nagoya")],
    "need_info", rules=["C2"],
    spec="C2: the mail names the registered k.morimoto@hoshizora-seimitsu.jp but comes from a private gmail address -> ask to write from the registered address; disclose nothing about the contract.")

C.append(cust("buergermeister@gemeinde-foehrenzell.at", "Marktgemeinde Föhrenzell", "annual", start="2025-01-15", end="2026-01-14"))
PAY += [lopay("d36_p17", "LO-INV-36221", "buergermeister@gemeinde-foehrenzell.at", "annual", *A, "2025-01-15T10:00:00", "2025-01-15", "2026-01-14")]
w = at("2025-09-30 08:55", DE)
r.case("waldviertel-gemeindeamt-wg-c2", LOB, [Mail(
    "Sekretariat Gemeindeamt Föhrenzell <sekretariat@gemeinde-foehrenzell.at>", "WG: LeadsOptima Vertrag beenden", w,
    "Sehr geehrte Damen und Herren,\n\nim Auftrag des Herrn Bürgermeisters leite ich Ihnen sein Schreiben weiter. "
    "Er ist diese Woche auf Klausur, ich erledige die Post.\n\nMit freundlichen Grüßen\nAndrea Leitgeb\n"
    "Sekretariat, Marktgemeinde Föhrenzell\n\n"
    "Von: Bürgermeister Föhrenzell <buergermeister@gemeinde-foehrenzell.at>\nGesendet: Montag, 29. September "
    "2025 16:42\nAn: Sekretariat Gemeindeamt <sekretariat@gemeinde-foehrenzell.at>\nBetreff: LeadsOptima Vertrag "
    "beenden\n\nAndrea, bitte an LeadsOptima schicken: Die Gemeinde kündigt den Jahresvertrag (registriert auf "
    "buergermeister@gemeinde-foehrenzell.at), der Gemeinderat hat die Mittel für 2026 gestrichen.\nFG, Leopold Hahn")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the Outlook WG: carries a cancellation naming the registered buergermeister@...; the sender is sekretariat@ -> ask for the request from the registered address.")

w = at("2025-09-28 19:30", DE)
r.case("leipzig-falsche-marke", LOB, [Mail(
    "Chor Lindenauer Spatzen <kasse@chor-lindenauer-spatzen.de>", "Rückerstattung Hosting OWD-2025-9034", w,
    "Guten Abend,\n\nunser Chor hat bei Ihnen das Hosting-Jahrespaket gebucht (Rechnung OWD-2025-9034). Der Vorstand "
    "hat sich inzwischen für eine kostenlose Vereinsplattform entschieden, die Seite wird nicht mehr gebraucht. "
    "Wir bitten um Rückerstattung.\n\nMit musikalischen Grüßen\nUte Sommer, Kassiererin\nChor Lindenauer Spatzen e.V., Leipzig")],
    "need_info", rules=["C2"],
    spec="s.8 the other brand's customer: sent to the LeadsOptima inbox (C1), about an Optima hosting invoice; no LeadsOptima account for the sender -> unknown sender: C2 (and C3), need_info.")

C.append(cust("info@fahrradwerk-ulm.de", "Fahrradwerk Ulm", "monthly", start="2025-09-27", end="2025-10-26"))
PAY += [lopay("d36_p18", "LO-INV-36231", "info@fahrradwerk-ulm.de", "monthly", *M, "2025-08-27T09:30:00", "2025-08-27", "2025-09-26"),
        lopay("d36_p19", "LO-INV-36232", "info@fahrradwerk-ulm.de", "monthly", *M, "2025-09-27T09:30:00", "2025-09-27", "2025-10-26"),
        lopay("d36_p20", "LO-INV-36233", "info@fahrradwerk-ulm.de", "monthly", *M, "2025-09-27T09:31:00", "2025-09-27", "2025-10-26")]
w1 = at("2025-09-29 12:40", DE)
ulm1 = Mail("Fahrradwerk Ulm <info@fahrradwerk-ulm.de>", "Doppelte Abbuchung", w1,
            "Hallo,\n\nam Samstag wurde euer Abo zweimal abgebucht, einmal wäre richtig. Bitte den doppelten Betrag zurück "
            "auf unser Konto.\n\nGrüße vom Donauufer\nMarco Pfister\nFahrradwerk Ulm · Verkauf & Werkstatt")
r.case("ulm-rechnungsnummer-fehlt", LOB, [ulm1], "need_info", missing=["invoice_number"],
       spec="C3: registered sender, plan from the ledger, reason duplicate; the account holds three charges (August and two in September) -> the charge is not identified: ask for invoice_number.")
ulm2 = Mail("Fahrradwerk Ulm <info@fahrradwerk-ulm.de>", "Re: Doppelte Abbuchung", at("2025-09-30 17:05", DE),
            "Hallo,\n\ndie zweite Rechnung vom Samstag hat die Nummer LO-INV 36233.\n\nGruß\nMarco Pfister\n\n"
            "> Bitte nennen Sie uns die Rechnungsnummer der Abbuchung.", reply=ulm1)
assert day_no("2025-09-27", w1) == 2
r.case("ulm-rechnungsnummer-nachgereicht", LOB, [ulm1, ulm2], "decided", [R("approve", "1499.00")],
       spec="C3 thread: the answer names the duplicate LO-INV 36233 (s.8 matching); request time = first email 2025-09-29 (day 2 after 2025-09-27); L4 pair d36_p19/p20 -> approve 1499.00.")

C.append(cust("studio@tonkeller-plagwitz.de", "Tonkeller Plagwitz", "monthly", start="2025-09-24", end="2025-10-23"))
PAY += [lopay("d36_p21", "LO-INV-36241", "studio@tonkeller-plagwitz.de", "monthly", *M, "2025-09-24T15:00:00", "2025-09-24", "2025-10-23")]
w1 = at("2025-09-26 13:00", DE)
ton1 = Mail("Tonkeller Plagwitz <studio@tonkeller-plagwitz.de>", "Erstattung LO-INV-36241", w1,
            "Hallo,\n\nbitte erstatten Sie die Rechnung LO-INV-36241.\n\nBesten Dank und Grüße\nRico Brandt\n"
            "Tonkeller Plagwitz · Aufnahme, Mix, Mastering · Leipzig")
r.case("leipzig-tonstudio-grund-fehlt", LOB, [ton1], "need_info", missing=["reason"],
       spec="C3/s.8: restating the request is no reason; registered sender, plan from the ledger, invoice given -> ask for the reason.")
ton2 = Mail("Tonkeller Plagwitz <studio@tonkeller-plagwitz.de>", "Re: Erstattung LO-INV-36241", at("2025-09-30 10:20", DE),
            "Hi,\n\nder Grund: wir kommen seit dem 25. nicht mehr rein, nach dem Login kommt nur \"Fehler 500\". "
            "Wir haben also nix von dem Monat.\n\nRico\n\n> Bitte nennen Sie uns den Grund Ihres Erstattungswunsches.",
            reply=ton1)
assert day_no("2025-09-24", w1) == 2
r.case("leipzig-tonstudio-grund-nachgereicht", LOB, [ton1, ton2], "decided", [R("escalate")],
       spec="C3 thread: reason = access failure; request time = first email 2025-09-26 (day 2 after 2025-09-24) -> L6 escalate.")

C.append(cust("kanzleibedarf@weidner-neuulm.de", "Weidner Bürobedarf", "monthly", start="2025-09-22", end="2025-10-21"))
PAY += [lopay("d36_p22", "LO-INV-36251", "kanzleibedarf@weidner-neuulm.de", "monthly", *M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")]
w = at("2025-09-27 11:30", DE)
r.case("neu-ulm-kuendigung-anwalt", LOB, [Mail(
    "Weidner Bürobedarf <kanzleibedarf@weidner-neuulm.de>", "Kündigung zum nächstmöglichen Termin", w,
    "Sehr geehrte Damen und Herren,\n\nwir kündigen das Monatsabo zum nächstmöglichen Termin, weil die versprochenen "
    "Schnittstellen zu unserem Warenwirtschaftssystem nicht existieren. Ich habe die Angelegenheit außerdem meinem "
    "Anwalt übergeben, der prüft, ob hier eine Täuschung vorliegt.\n\nMit freundlichen Grüßen\nKlaus Weidner\n"
    "Weidner Bürobedarf, Neu-Ulm")],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): the lawyer mention escalates the cancellation too.")

C.append(cust("kontor@boddenfisch-greifswald.de", "Boddenfisch Handels GmbH", "annual", start="2025-09-28", end="2026-09-27"))
PAY += [lopay("d36_p23", "LO-INV-36261", "kontor@boddenfisch-greifswald.de", "annual", *A, "2025-09-28T11:00:00", "2025-09-28", "2026-09-27"),
        lopay("d36_p24", "LO-INV-36262", "kontor@boddenfisch-greifswald.de", "annual", *A, "2025-09-28T11:00:50", "2025-09-28", "2026-09-27")]
w = at("2025-09-30 09:45", DE)
assert day_no("2025-09-28", w) == 2
r.case("greifswald-keine-rueckbuchung", LOB, [Mail(
    "Boddenfisch Kontor <kontor@boddenfisch-greifswald.de>", "Jahresabo doppelt - LO-INV-36262", w,
    "Guten Morgen,\n\nunsere Hausbank hat uns angerufen: das Jahresabo wurde am Sonntag zweimal belastet, "
    "LO-INV-36261 und LO-INV-36262. Die Bank hat gleich angeboten, die zweite Belastung zurückzuholen, das wollen wir "
    "aber ausdrücklich nicht, wir klären das lieber direkt mit Ihnen. Bitte erstatten Sie die doppelte Zahlung.\n\n"
    "Mit freundlichen Grüßen aus Greifswald-Wieck\nBirte Lüdtke\nBuchhaltung Boddenfisch Handels GmbH")],
    "decided", [R("approve", "11988.00")],
    spec="No C4: the bank's offer of a chargeback is ruled out by the customer. L4 duplicate 2025-09-28, request 2025-09-30 (day 2): refund the later LO-INV-36262 = 11988.00.")

w = at("2025-09-29 07:02", DE)
r.case("leipzig-abwesenheit", LOB, [Mail(
    "Steffi Lindner <leitung@kita-loewenzahnwiese.de>", "Abwesenheitsnotiz: Ihre Nachricht", w,
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 3. Oktober in der Kita-Schließzeit nicht erreichbar. "
    "In dringenden Fällen wenden Sie sich bitte an den Elternrat.\n\nSteffi Lindner",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied (an Outlook out-of-office) -> ignore, though from a registered address.")

w = at("2025-09-28 03:12", DE)
r.case("potsdam-unzustellbar", LOB, [Mail(
    "Mail Delivery System <MAILER-DAEMON@mx.kranich-labs.io>", "Unzustellbar: Ihre Anfrage [LO-2291]", w,
    "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht konnte nicht zugestellt werden an:\n"
    "  jonas@kranich-labs.io\nDas Postfach existiert nicht.",
    dsn=[[("Reporting-MTA", "dns; mx.kranich-labs.io")],
         [("Final-Recipient", "rfc822; jonas@kranich-labs.io"), ("Action", "failed"), ("Status", "5.1.1")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON delivery-status report (RFC 3464) -> ignore.")

w = at("2025-09-30 06:00", DE)
r.case("nordhessen-rundbrief", LOB, [Mail(
    "Gewerbering Ahnetal-Nord <rundbrief@gewerbering-ahnetal-nord.de>", "Rundbrief Oktober: Herbstmarkt & Rückerstattung Standgebühren", w,
    "Liebe Mitglieder,\n\nder Herbstmarkt am 12. Oktober findet statt! Wer 2024 zu viel Standgebühr gezahlt hat, "
    "bekommt die Erstattung mit der nächsten Abrechnung. Bitte kündigen Sie Ihre Teilnahme nicht kurzfristig.\n\n"
    "Abmelden: https://gewerbering-ahnetal-nord.example/abmelden",
    headers={"List-Id": "Rundbrief Gewerbering <rundbrief.gewerbering-ahnetal-nord.de>", "Precedence": "bulk"})],
    "ignore", rules=["C7"], spec="C7: List-Id and Precedence: bulk (a trade association newsletter that mentions refunds and cancelling) -> ignore.")

C.append(cust("office@petrovic-bau-augsburg.de", "Petrović Bau GmbH", "annual", start="2025-04-01", end="2026-03-31"))
PAY += [lopay("d36_p25", "LO-INV-36271", "office@petrovic-bau-augsburg.de", "annual", *A, "2025-04-01T09:00:00", "2025-04-01", "2026-03-31")]
w = at("2025-09-24 15:15", DE)
r.case("serbisch-rechnung-firmenadresse", LOB, [Mail(
    "Petrović Bau GmbH <office@petrovic-bau-augsburg.de>", "Rechnung mit neue Firmenadresse", w,
    "Sehr geehrte Damen und Herren,\n\nwir sind umgezogen in neue Büro, jetzt Haunstetter Straße 51, 86161 Augsburg. "
    "Bitte können Sie die Rechnung LO-INV-36271 neu ausstellen mit die neue Adresse und unsere USt-IdNr., der "
    "Steuerberater braucht das für die Buchhaltung. Sonst alles gut mit Programm, danke.\n\nSrdačan pozdrav / "
    "Mit freundlichen Grüßen\nDragan Petrović\nGeschäftsführer")],
    "other", spec="Invoice re-issue with a new address: neither refund nor cancellation -> other.")

C.append(cust("info@gjoka-gastro.de", "Gjoka Gastro", "monthly", start="2025-09-18", end="2025-10-17"))
PAY += [lopay("d36_p26", "LO-INV-36281", "info@gjoka-gastro.de", "monthly", *M, "2025-09-18T09:00:00", "2025-09-18", "2025-10-17"),
        lopay("d36_p27", "LO-INV-36282", "info@gjoka-gastro.de", "monthly", *M, "2025-09-18T09:01:00", "2025-09-18", "2025-10-17", status="refunded")]
w = at("2025-09-29 22:10", DE)
r.case("albanisch-danke-erstattet", LOB, [Mail(
    "Gjoka Gastro <info@gjoka-gastro.de>", "Danke für Erstattung", w,
    "Guten Abend,\n\nich wollte nur sagen danke. Letzte Woche war doppelt abgebucht, ich habe geschrieben und Sie haben "
    "das Geld schon zurück gegeben, heute auf Konto gesehen. Sehr schnell, so soll es sein.\n\nFaleminderit und "
    "schöne Grüße\nArben Gjoka\nRestaurant Gjoka, Ingolstadt")],
    "other", spec="s.8 past event: thanks for a refund already made (d36_p27 refunded); nothing asked -> other.")

C.append(cust("verwaltung@schlossberg-kassel.de", "Hausverwaltung Schlossberg", "quarterly", start="2025-08-01", end="2025-10-31"))
PAY += [lopay("d36_p28", "LO-INV-36291", "verwaltung@schlossberg-kassel.de", "quarterly", *Q, "2025-08-01T09:00:00", "2025-08-01", "2025-10-31")]
w = at("2025-09-26 10:50", DE)
r.case("kassel-keine-erstattung-nur-hinweis", LOB, [Mail(
    "Hausverwaltung Schlossberg <verwaltung@schlossberg-kassel.de>", "Langsame Ladezeiten im Dashboard", w,
    "Hallo,\n\nseit ein paar Tagen lädt das Dashboard morgens sehr langsam, manchmal 30 Sekunden. Es funktioniert aber, "
    "wir kommen rein. Ich möchte keine Erstattung und auch nicht kündigen, nur dass Ihre Technik Bescheid weiß.\n\n"
    "Freundliche Grüße\nSabine Heußner\nHausverwaltung Schlossberg, Kassel-Bad Wilhelmshöhe")],
    "other", spec="s.8 negation: 'keine Erstattung und auch nicht kündigen'; a slow dashboard that still works is feedback -> other.")

w = at("2025-09-27 16:40", CL)
r.case("osorno-hypothetisch", LOB, [Mail(
    "Ingrid Schwerter <ingrid.schwerter@gmail.com>", "Frage vor dem Kauf", w,
    "Guten Tag,\n\nwir betreiben eine kleine Käserei bei Osorno und überlegen, Ihr Jahresabo zu kaufen. Bevor wir "
    "bezahlen: würden wir das Geld zurückbekommen, wenn wir nach zwei Monaten merken, dass es nichts für uns ist? "
    "Und kann man monatlich kündigen?\n\nSaludos y liebe Grüße\nIngrid Schwerter\nQuesería Schwerter, Osorno")],
    "other", spec="s.8 hypothetical before buying: policy question, nothing to refund or cancel -> other.")

C.append(cust("buero@kuestenkutter-husum.de", "Küstenkutter Husum", "monthly", start="2025-09-25", end="2025-10-24"))
PAY += [lopay("d36_p29", "LO-INV-36301", "buero@kuestenkutter-husum.de", "monthly", *M, "2025-09-25T13:00:00", "2025-09-25", "2025-10-24"),
        lopay("d36_p30", "LO-INV-36302", "buero@kuestenkutter-husum.de", "monthly", *M, "2025-09-25T13:00:30", "2025-09-25", "2025-10-24")]
w = at("2025-09-28 10:00", DE)
assert day_no("2025-09-25", w) == 3
r.case("husum-doppelt-und-kuendigen", LOB, [Mail(
    "Küstenkutter Husum <buero@kuestenkutter-husum.de>", "Zwei Sachen", w,
    "Moin,\n\nzwei Sachen:\n1) Am Donnerstag habt ihr zweimal abgebucht (LO-INV-36301 und LO-INV-36302). Bitte die "
    "zweite zurück.\n2) Danach bitte das Abo beenden. Die Krabbenkutter-Touren sind ab Oktober vorbei und im "
    "Frühjahr machen wir die Buchungen über den Tourismusverein.\n\nTschüß\nHauke Jessen\nKüstenkutter Husum")],
    "decided", [R("approve", "1499.00"), K("cancel", "2025-10-24")],
    spec="Two requests: L4 duplicate 2025-09-25, request 2025-09-28 (day 3) -> approve the later LO-INV-36302 = 1499.00; L8 cancel effective current_period_end 2025-10-24.")

C.append(cust("hallo@kaffeeroesterei-bornstedt.de", "Kaffeerösterei Bornstedt", "monthly", start="2025-09-23", end="2025-10-22"))
PAY += [lopay("d36_p31", "LO-INV-36311", "hallo@kaffeeroesterei-bornstedt.de", "monthly", *M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22"),
        lopay("d36_p32", "LO-INV-36312", "hallo@kaffeeroesterei-bornstedt.de", "monthly", *M, "2025-09-23T10:00:40", "2025-09-23", "2025-10-22", status="refunded")]
w = at("2025-09-26 15:30", DE)
r.case("potsdam-doppelt-schon-erstattet", LOB, [Mail(
    "Kaffeerösterei Bornstedt <hallo@kaffeeroesterei-bornstedt.de>", "Doppelzahlung LO-INV-36312", w,
    "Hallo,\n\nam Dienstag wurden wir doppelt belastet, die zweite Rechnung ist LO-INV-36312. Ich sehe die Gutschrift "
    "bisher nicht auf unserem Konto, bitte erstatten Sie die doppelte Zahlung.\n\nGrüße aus Bornstedt\nLea Vogt")],
    "decided", [R("escalate")],
    spec="s.8 payments not paid: LO-INV-36312 is already 'refunded' in the ledger -> a refund of it is escalated (no paid pair for L4 either).")

C.append(cust("info@stankovic-reinigung.de", "Stanković Gebäudereinigung", "annual", start="2025-04-01", end="2026-03-31"))
PAY += [lopay("d36_p33", "LO-INV-36321", "info@stankovic-reinigung.de", "annual", *A, "2025-04-01T09:00:00", "2025-04-01", "2026-03-31")]
w = at("2025-09-25 13:10", DE)
html = ("<html><body><p>Sehr geehrte Damen und Herren,</p><p>wir möchten unser Jahresabo <b>kündigen</b>, "
        "wir arbeiten jetzt mit Software von unserem Franchise-Partner. Bitte keine Verlängerung im April.</p>"
        "<p>Lijep pozdrav,<br>Milica Stanković<br><span style='color:#888'>Stanković Gebäudereinigung · Augsburg-Oberhausen"
        "</span></p></body></html>")
r.case("serbisch-html-kuendigung", LOB, [Mail(
    "Milica Stanković <info@stankovic-reinigung.de>", "Kündigung", w, None, html=html)],
    "decided", [K("cancel", "2026-03-31")],
    spec="HTML-only mail; L8 cancel, effective current_period_end 2026-03-31.")

C.append(cust("kontakt@berisha-transporte.de", "Berisha Transporte", "monthly", start="2025-09-15", end="2025-10-14"))
PAY += [lopay("d36_p34", "LO-INV-36331", "kontakt@berisha-transporte.de", "monthly", *M, "2025-09-15T09:00:00", "2025-09-15", "2025-10-14")]
w = at("2025-09-29 18:20", DE)
assert day_no("2025-09-15", w) == 14
r.case("albanisch-nach-kuendigung-zu-spaet", LOB, [Mail(
    "Berisha Transporte <kontakt@berisha-transporte.de>", "Falsch abgebucht LO-INV-36331", w,
    "Guten Abend,\n\nich habe im August gekündigt und trotzdem am 15.09. wieder abgebucht worden, Rechnung "
    "LO-INV-36331. Das ist falsch, bitte Geld zurück. Ich war zwei Wochen in Kosovo bei Familie, darum schreibe erst "
    "jetzt.\n\nMit freundlichen Grüßen\nFatmir Berisha\nBerisha Transporte, Kassel")],
    "decided", [R("deny")], extra_ok=True,
    spec="L2 billing_error ('charged after I cancelled') but L3: charge 2025-09-15, request 2025-09-29 = day 14 > 7 -> deny. The August cancellation is a past event, no new request; an extra L8 cancel would only confirm what the customer says he did (extra_ok, chk36b).")

C.append(cust("einkauf@holzbau-reitmeier.de", "Holzbau Reitmeier", "monthly", start="2025-09-25", end="2025-10-24"))
PAY += [lopay("d36_p35", "LO-INV-36341", "einkauf@holzbau-reitmeier.de", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"),
        lopay("d36_p36", "LO-INV-36342", "einkauf@holzbau-reitmeier.de", "monthly", *M, "2025-09-25T09:01:00", "2025-09-25", "2025-10-24")]
w = at("2025-09-27 09:10", DE)
r.case("plus-adresse-c2", LOB, [Mail(
    "Holzbau Reitmeier <einkauf+saas@holzbau-reitmeier.de>", "Doppelabbuchung LO-INV-36342", w,
    "Guten Morgen,\n\nam 25.09. wurde zweimal abgebucht, bitte die LO-INV-36342 erstatten.\n\nGruß\nFranz Reitmeier\n"
    "Holzbau Reitmeier, Ingolstadt")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: einkauf+saas@ is another address than the registered einkauf@holzbau-reitmeier.de -> C2, disclose nothing.")

C.append(cust("hof@oberwalder-lienz.at", "Oberwalder Hof", "monthly", start="2025-09-21", end="2025-10-20"))
PAY += [lopay("d36_p37", "LO-INV-36351", "hof@oberwalder-lienz.at", "monthly", *M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")]
w = at("2025-09-30 19:45", DE)
r.case("osttirol-diktiert-kuendigung", LOB, [Mail(
    "Oberwalder Hof <hof@oberwalder-lienz.at>", "Kündigung", w,
    "Grüß Gott Komma ich möchte das Abo kündigen Punkt der Sohn macht die Vermietung jetzt über eine andere Seite "
    "Punkt bitte mit Monatsende aufhören und nix mehr abbuchen Punkt danke Komma Alois Oberwalder Lienz\n\n"
    "Von meinem iPhone gesendet (diktiert)")],
    "decided", [K("cancel", "2025-10-20")],
    spec="Dictated text with spoken punctuation; L8 cancel effective current_period_end 2025-10-20 (not the calendar month end the customer wishes).")

C.append(cust("info@almhuette-kals.at", "Almhütte Kals", "monthly", start="2025-09-20", end="2025-10-19"))
PAY += [lopay("d36_p38", "LO-INV-36361", "info@almhuette-kals.at", "monthly", *M, "2025-08-20T09:00:00", "2025-08-20", "2025-09-19"),
        lopay("d36_p39", "LO-INV-36362", "info@almhuette-kals.at", "monthly", *M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")]
w = at("2025-09-24 12:00", DE)
assert day_no("2025-09-20", w) == 4
r.case("osttirol-zweimal-verschiedene-monate", LOB, [Mail(
    "Almhütte Kals <info@almhuette-kals.at>", "zweimal abgebucht LO-INV-36362", w,
    "Servus,\n\nauf unserem Konto sehe ich, dass Ihr zweimal abgebucht habt, zwei Mal 1.499. Die zweite Abbuchung, "
    "Rechnung LO-INV-36362 vom 20. September, möchten wir zurück, wir haben ja schon bezahlt.\n\nPfiat eich\n"
    "Hannes Gratz\nAlmhütte Kals am Großglockner")],
    "decided", [R("escalate")],
    spec="L2 duplicate claim inside L3 (2025-09-20 -> 2025-09-24, day 4) but the two charges are for different periods (August and September): no L4 pair -> escalate.")

C.append(cust("kontakt@lingner-fotodesign.de", "Lingner Fotodesign", "quarterly", start="2025-09-25", end="2025-12-24"))
PAY += [lopay("d36_p40", "LO-INV-36371", "kontakt@lingner-fotodesign.de", "quarterly", *Q, "2025-09-25T09:00:00", "2025-09-25", "2025-12-24")]
w = at("2025-09-28 20:10", DE)
r.case("ulm-widerrufsrecht", LOB, [Mail(
    "Lingner Fotodesign <kontakt@lingner-fotodesign.de>", "Rückzahlung LO-INV-36371", w,
    "Guten Abend,\n\nich verlange die Rückzahlung von LO-INV-36371 (Quartalsabo vom 25.09.), das Programm ist nicht, was auf Ihrer Seite versprochen wurde. Als "
    "Verbraucherin steht mir das gesetzliche Widerrufsrecht von 14 Tagen zu, das können Sie mit Ihren AGB nicht "
    "aushebeln.\n\nJana Lingner")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: statutory rights ('gesetzliches Widerrufsrecht') -> escalate.")

C.append(cust("t.hayashi@hayashi-trading.de", "Hayashi Trading", "monthly", start="2025-09-26", end="2025-10-25"))
PAY += [lopay("d36_p41", "LO-INV-36381", "t.hayashi@hayashi-trading.de", "monthly", *M, "2025-09-26T11:00:00", "2025-09-26", "2025-10-25")]
w = at("2025-09-29 14:00", DE)
r.case("japanisch-nicht-benutzt", LOB, [Mail(
    "Takeshi Hayashi <t.hayashi@hayashi-trading.de>", "Bitte Rückerstattung", w,
    "Sehr geehrte Damen und Herren,\n\nich habe am 26.09. Monatsplan gekauft (LO-INV-36381). Leider unsere Zentrale "
    "in Osaka hat entschieden, andere Software zu benutzen. Wir haben Ihre Software noch nicht benutzt. Deshalb "
    "bitte ich höflich um Rückerstattung. Es tut mir leid für die Umstände.\n\nHochachtungsvoll\nTakeshi Hayashi\n"
    "Hayashi Trading GmbH, Niederlassung Ingolstadt")],
    "decided", [R("deny")], extra_ok=True,
    spec="L1: head office chose other software / not used is no L2 reason -> deny, offer cancellation. The mail says the firm moves to other software: an extra L8 cancel (end of cycle, no charge) cannot hurt (extra_ok, chk36b).")

C.append(cust("info@segelhof-zingst.de", "Segelhof Zingst", "monthly", start="2025-09-24", end="2025-10-23"))
PAY += [lopay("d36_p42", "LO-INV-36391", "info@segelhof-zingst.de", "monthly", *M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")]
w = at("2025-09-27 17:00", DE)
r.case("vorpommern-kuendigen-nicht-erstatten", LOB, [Mail(
    "Segelhof Zingst <info@segelhof-zingst.de>", "Abo beenden", w,
    "Hallo,\n\nbitte zum Ende der Laufzeit beenden. Eine Erstattung für den laufenden Monat will ich nicht, der ist "
    "ja bezahlt und den nutzen wir noch für die Herbstferien. Grund: im Winter ist die Segelschule zu.\n\n"
    "Gruß von der Boddenküste\nOle Kröger")],
    "decided", [K("cancel", "2025-10-23")],
    spec="s.8 negation: 'Eine Erstattung ... will ich nicht' adds no refund; L8 cancel effective 2025-10-23.")

# ======================= Optima WebDesign =======================
P.append(proj("Brillenwerk Ulm Relaunch", "info@brillenwerk-ulm.de", None))
PAY.append(owpay("d36_o01", "OWD-2025-3601", "Brillenwerk Ulm Relaunch", "discovery", "9000.00", "1620.00", "2025-09-25T12:00:00"))
w = at("2025-09-27 10:30", DE)
r.case("ulm-optiker-discovery", OWB, [Mail(
    "Brillenwerk Ulm <info@brillenwerk-ulm.de>", "Refund Request — Brillenwerk Ulm Relaunch / OWD-2025-3601", w,
    "Sehr geehrtes Team von Optima WebDesign,\n\nwir haben am 25.09. die Discovery-Phase für den Relaunch unserer "
    "Website bezahlt (OWD-2025-3601). Ein Termin hat noch nicht stattgefunden. Leider hat unser Franchisegeber "
    "gestern eine zentrale Website für alle Filialen angekündigt, wir dürfen keine eigene mehr betreiben. Wir bitten "
    "daher um Rückerstattung.\n\nMit freundlichen Grüßen\nSandra Kübler\nAugenoptik Brillenwerk Ulm", brand=OWB)],
    "decided", [R("approve", "9000.00")],
    spec="O1: discovery with work_started_at empty -> full refund 9000.00 (before tax, C6).")

P.append(proj("Hopfengarten Ingolstadt Website", "marketing@hopfengarten-in.de", "2025-09-22T14:00:00"))
PAY.append(owpay("d36_o02", "OWD-2025-3602", "Hopfengarten Ingolstadt Website", "discovery", "7500.00", "1350.00", "2025-09-19T12:00:00"))
w = at("2025-09-26 11:00", DE)
r.case("ingolstadt-discovery-begonnen", OWB, [Mail(
    "Hopfengarten Marketing <marketing@hopfengarten-in.de>", "Discovery OWD-2025-3602 stornieren", w,
    "Hallo,\n\nfür das Projekt Hopfengarten Ingolstadt Website hatten wir am Montag den ersten Workshop mit Ihnen. "
    "Intern hat sich nun ergeben, dass wir erst 2026 Budget haben. Bitte erstatten Sie die Discovery-Rechnung "
    "OWD-2025-3602.\n\nBeste Grüße\nTheresa Eichinger", brand=OWB)],
    "decided", [R("deny")],
    spec="O1: work_started_at 2025-09-22 (the first workshop) is before the request 2025-09-26 -> deny.")

P.append(proj("Kita Sonnenkäfer Website", "verwaltung@kita-sonnenkaefer.de", None))
PAY.append(owpay("d36_o03", "OWD-2025-3603", "Kita Sonnenkäfer Website", "deposit", "25000.00", "4500.00", "2025-09-29T10:00:00"))
w = at("2025-09-30 09:00", DE)
assert hours("2025-09-29T10:00:00", w) == 26.5
r.case("leipzig-kita-anzahlung", OWB, [Mail(
    "Kita Sonnenkäfer Verwaltung <verwaltung@kita-sonnenkaefer.de>", "Anzahlung Kita Sonnenkäfer Website zurück", w,
    "Guten Morgen,\n\ngestern haben wir die Anzahlung für unsere neue Kita-Website überwiesen (OWD-2025-3603, "
    "Projekt Kita Sonnenkäfer Website). Leider hat unser Träger uns heute früh mitgeteilt, dass er "
    "die Website zentral stellt und wir kein eigenes Budget dafür ausgeben dürfen. Bitte erstatten Sie die "
    "Anzahlung.\n\nViele Grüße\nCornelia Haase\nVerwaltung Kita Sonnenkäfer, Leipzig-Schönefeld", brand=OWB)],
    "decided", [R("approve", "25000.00")],
    spec="O2: deposit paid 2025-09-29 10:00 IST; request 2025-09-30 09:00 CEST = 12:30 IST = 26.5 h < 72 h, work not started -> approve 25000.00.")

P.append(proj("Nordlicht App Landing", "team@nordlicht-app.de", None))
PAY.append(owpay("d36_o04", "OWD-2025-3604", "Nordlicht App Landing", "deposit", "18000.00", "3240.00", "2025-09-26T14:30:00"))
w = at("2025-09-29 11:00", DE)
assert hours("2025-09-26T14:30:00", w) == 72
r.case("potsdam-anzahlung-genau-72h", OWB, [Mail(
    "Nordlicht App <team@nordlicht-app.de>", "Anzahlung Nordlicht App Landing - Storno", w,
    "Hi,\n\nwir haben am Freitag die Anzahlung für Nordlicht App Landing überwiesen (OWD-2025-3604). Unser "
    "Lead-Investor ist am Wochenende abgesprungen, wir müssen alle Ausgaben stoppen. Bitte erstattet die Anzahlung, "
    "ihr habt ja noch nicht angefangen.\n\nBest\nMerle Schuster\nCo-Founder, Nordlicht App (Potsdam)", brand=OWB)],
    "decided", [R("deny")],
    spec="O2 + s.8: paid 2025-09-26 14:30 IST; request 2025-09-29 11:00 CEST = 14:30 IST = exactly 72 h -> not before 72 h: deny.")

P.append(proj("Schafhof Hiddensee Shop", "shop@schafhof-hiddensee.de", "2025-09-28T09:00:00"))
PAY.append(owpay("d36_o05", "OWD-2025-3605", "Schafhof Hiddensee Shop", "deposit", "20000.00", "3600.00", "2025-09-27T10:00:00"))
w = at("2025-09-29 10:00", DE)
assert hours("2025-09-27T10:00:00", w) < 72
r.case("ruegen-anzahlung-arbeit-begonnen", OWB, [Mail(
    "Schafhof Hiddensee <shop@schafhof-hiddensee.de>", "Anzahlung Schafhof Hiddensee Shop", w,
    "Moin,\n\nwir möchten die Anzahlung OWD-2025-3605 für den Schafhof Hiddensee Shop zurück. Mein Mann meint, "
    "Wolle verkaufen wir lieber weiter auf dem Markt in Vitte statt online.\n\nGrüße von der Insel\nWiebke Dornbusch", brand=OWB)],
    "decided", [R("deny")],
    spec="O2: work_started_at 2025-09-28 09:00 came before the request (2025-09-29) and before the 72 h -> 'whichever occurs first': deny.")

P.append(proj("Schreinerei Kapfhammer Relaunch", "info@kapfhammer-schreinerei.de", "2025-08-18T10:00:00"))
PAY += [owpay("d36_o06", "OWD-2025-3606", "Schreinerei Kapfhammer Relaunch", "milestone", "28000.00", "5040.00", "2025-08-18T10:00:00", milestone_status="approved"),
        owpay("d36_o07", "OWD-2025-3607", "Schreinerei Kapfhammer Relaunch", "milestone", "32000.00", "5760.00", "2025-09-20T10:00:00", milestone_status="not_started"),
        owpay("d36_o08", "OWD-2025-3608", "Schreinerei Kapfhammer Relaunch", "milestone", "16000.00", "2880.00", "2025-09-20T10:05:00", milestone_status="in_progress")]
w = at("2025-09-26 14:20", DE)
r.case("augsburg-meilenstein-nicht-begonnen", OWB, [Mail(
    "Schreinerei Kapfhammer <info@kapfhammer-schreinerei.de>", "Meilenstein 3 - OWD-2025-3607", w,
    "Grüß Gott,\n\nbeim Relaunch (Schreinerei Kapfhammer Relaunch) haben wir Meilenstein 3 \"Online-Konfigurator für "
    "Einbauschränke\" schon bezahlt, OWD-2025-3607. Den brauchen wir nicht mehr, unser Lieferant stellt uns einen "
    "fertigen Konfigurator. Bitte erstatten Sie den Meilenstein, soweit ich weiß, ist da noch nichts passiert.\n\n"
    "Mit freundlichen Grüßen\nMichael Kapfhammer\nSchreinermeister, Augsburg-Göggingen", brand=OWB)],
    "decided", [R("approve", "32000.00")],
    spec="O3: milestone OWD-2025-3607 not_started -> refund its amount 32000.00 (before tax).")

w = at("2025-09-29 08:40", DE)
r.case("augsburg-meilenstein-in-arbeit", OWB, [Mail(
    "Schreinerei Kapfhammer <info@kapfhammer-schreinerei.de>", "Meilenstein OWD-2025-3608 Bildergalerie", w,
    "Guten Morgen,\n\nnoch eine Sache zum Schreinerei Kapfhammer Relaunch: die Bildergalerie (OWD-2025-3608) wollen "
    "wir auch nicht mehr, die Fotos macht jetzt der Fotograf mit eigener Galerie. Ihr Kollege sagt, da sei schon "
    "angefangen worden. Bitte erstatten Sie, was noch nicht gemacht ist.\n\nMichael Kapfhammer", brand=OWB)],
    "decided", [R("escalate")],
    spec="O3: milestone OWD-2025-3608 in_progress -> escalate (billable value of work not started needs a person).")

w = at("2025-09-29 09:30", DE)
r.case("augsburg-meilenstein-abgenommen", OWB, [Mail(
    "Schreinerei Kapfhammer <info@kapfhammer-schreinerei.de>", "OWD-2025-3606 Design", w,
    "Hallo nochmal,\n\nund das Design aus dem ersten Meilenstein (OWD-2025-3606) gefällt meiner Frau inzwischen "
    "doch nicht mehr. Wir hatten es im August abgenommen, aber bitte das Geld dafür zurück, Projekt Schreinerei "
    "Kapfhammer Relaunch.\n\nMichael Kapfhammer", brand=OWB)],
    "decided", [R("deny")],
    spec="O3/O6: milestone OWD-2025-3606 approved -> deny (completed or approved deliverables are non-refundable).")

P.append(proj("Pferdehof Ammerland Social", "stall@pferdehof-ammerland.de", "2025-06-01T10:00:00"))
PAY.append(owpay("d36_o09", "OWD-2025-3609", "Pferdehof Ammerland Social", "retainer", "11000.00", "1980.00", "2025-09-20T09:00:00",
                 period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00"))
w = at("2025-09-29 19:00", DE)
assert day_no("2025-10-13", w) <= 0
r.case("oldenburg-reiterhof-retainer-frist", OWB, [Mail(
    "Pferdehof Ammerland <stall@pferdehof-ammerland.de>", "Kündigung Betreuung Pferdehof Ammerland Social", w,
    "Guten Abend,\n\nwir kündigen die monatliche Social-Media-Betreuung (Pferdehof Ammerland Social, zuletzt "
    "Rechnung OWD-2025-3609). Grund: unsere Tochter hat die Instagram-Seite übernommen und macht das jetzt selbst.\n\n"
    "Mit freundlichen Grüßen\nHeike Gerdes\nPferdehof Ammerland, Bad Zwischenahn", brand=OWB)],
    "decided", [K("cancel", "2025-10-19")],
    spec="O4/O8: next_billing_at 2025-10-20; request 2025-09-29 (IST 22:30) <= 2025-10-13 -> cancel, effective 2025-10-19.")

P.append(proj("Tanzschule Leipzig-Süd SEO", "info@tanzschule-lsued.de", "2025-05-05T10:00:00"))
PAY.append(owpay("d36_o10", "OWD-2025-3610", "Tanzschule Leipzig-Süd SEO", "retainer", "9000.00", "1620.00", "2025-09-05T09:00:00",
                 period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T09:00:00"))
w = at("2025-09-30 13:00", DE)
r.case("leipzig-tanzschule-retainer-kurzfristig", OWB, [Mail(
    "Tanzschule Leipzig-Süd <info@tanzschule-lsued.de>", "Kündigung SEO-Betreuung", w,
    "Hallo,\n\nhiermit kündigen wir die SEO-Betreuung für Tanzschule Leipzig-Süd SEO (Rechnung OWD-2025-3610). Die "
    "Anmeldungen für die Herbstkurse sind voll, wir brauchen keine Werbung mehr. Mir ist klar, dass das kurzfristig "
    "ist.\n\nBeste Grüße\nDaniel Wendt", brand=OWB)],
    "decided", [K("cancel", "2025-11-04")],
    spec="O4: next_billing_at 2025-10-05; request 2025-09-30 > 2025-09-28 (less than 7 days) -> the next cycle is billed; effective 2025-11-04 (last day of the cycle 2025-10-05..2025-11-04).")

P.append(proj("Weinhaus Fulda-Aue Betreuung", "kontor@weinhaus-fulda-aue.de", "2025-04-01T10:00:00"))
PAY += [owpay("d36_o11", "OWD-2025-3611", "Weinhaus Fulda-Aue Betreuung", "retainer", "12500.00", "2250.00", "2025-09-12T09:00:00",
              period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00"),
        owpay("d36_o12", "OWD-2025-3612", "Weinhaus Fulda-Aue Betreuung", "retainer", "12500.00", "2250.00", "2025-09-26T09:00:00",
              period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12T09:00:00")]
w = at("2025-09-30 10:15", DE)
assert day_no("2025-10-05", w) <= 0
r.case("kassel-weinhaus-retainer-vorausbezahlt", OWB, [Mail(
    "Weinhaus Fulda-Aue <kontor@weinhaus-fulda-aue.de>", "Kündigung Weinhaus Fulda-Aue Betreuung", w,
    "Sehr geehrte Damen und Herren,\n\nwir kündigen die Betreuung für Weinhaus Fulda-Aue Betreuung. Der Grund: wir "
    "verkaufen den Betrieb zum Jahresende. Die Oktober-Rechnung OWD-2025-3612 haben wir versehentlich schon "
    "im Voraus bezahlt.\n\nMit freundlichen Grüßen\nKonrad Fenner\nWeinhaus Fulda-Aue, Kassel", brand=OWB)],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: the next cycle (2025-10-12..11-11, OWD-2025-3612) is already paid and the notice is >= 7 days (2025-09-30 <= 2025-10-05) -> escalate.")

P.append(proj("Gästehaus Matrei Hosting", "info@gaestehaus-matrei.at", "2025-09-22T10:00:00"))
PAY.append(owpay("d36_o13", "OWD-2025-3613", "Gästehaus Matrei Hosting", "hosting_annual", "15600.00", "2808.00", "2025-09-20T09:00:00",
                 setup_fee="1800.00", service_start="2025-09-22"))
w = at("2025-09-30 15:00", DE)
assert day_no("2025-09-22", w) == 8 and o5("15600.00", "1800.00") == "12650.00"
r.case("osttirol-hosting-anteilig", OWB, [Mail(
    "Gästehaus Matrei <info@gaestehaus-matrei.at>", "Refund Request — Gästehaus Matrei Hosting / OWD-2025-3613", w,
    "Grüß Gott,\n\nunser Hosting-Jahrespaket (Gästehaus Matrei Hosting, OWD-2025-3613) hätten wir gerne "
    "zurückerstattet. Der örtliche Tourismusverein bietet uns ab sofort eine Seite auf seinem Portal gratis an.\n\n"
    "Mit freundlichen Grüßen\nMaria Ganzer\nGästehaus Matrei in Osttirol", brand=OWB)],
    "decided", [R("approve", "12650.00")], extra_ok=True,
    spec="O5: service_start 2025-09-22, request 2025-09-30 = day 8 <= 14; 15600 - 1800 - 13800/12 (1150) x 1 = 12650.00.")

P.append(proj("Kletterhalle Nordhessen Wartung", "info@kletterhalle-nordhessen.de", "2025-09-08T10:00:00"))
PAY.append(owpay("d36_o14", "OWD-2025-3614", "Kletterhalle Nordhessen Wartung", "maintenance_annual", "10800.00", "1944.00", "2025-09-05T09:00:00",
                 setup_fee="1200.00", service_start="2025-09-08"))
w = at("2025-09-26 12:00", DE)
assert day_no("2025-09-08", w) == 18
r.case("kassel-wartung-zu-spaet", OWB, [Mail(
    "Kletterhalle Nordhessen <info@kletterhalle-nordhessen.de>", "Wartungsvertrag Kletterhalle Nordhessen Wartung", w,
    "Hallo,\n\nwir möchten den Wartungsvertrag (OWD-2025-3614) zurückgeben und das Geld erstattet haben, der neue "
    "Hallenbetreiber hat einen eigenen IT-Dienstleister.\n\nSportliche Grüße\nTill Möller\nKletterhalle Nordhessen, Baunatal", brand=OWB)],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-08, request 2025-09-26 = day 18 > 14 -> deny.")

P.append(proj("Sylter Strandkorbverleih Website", "info@strandkorb-sylt-verleih.de", "2025-08-10T10:00:00"))
PAY.append(owpay("d36_o15", "OWD-2025-3615", "Sylter Strandkorbverleih Website", "third_party", "2800.00", "504.00", "2025-09-24T09:00:00"))
w = at("2025-09-26 09:15", DE)
r.case("sylt-domain-ssl", OWB, [Mail(
    "Strandkorbverleih Sylt <info@strandkorb-sylt-verleih.de>", "Domain + SSL OWD-2025-3615", w,
    "Moin,\n\nfür die Sylter Strandkorbverleih Website habt ihr Domain-Verlängerung und SSL-Zertifikat berechnet "
    "(OWD-2025-3615). Die Domain läuft aber schon über unseren Neffen. Bitte Geld zurück.\n\nBeste Grüße\nKnut Paulsen", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: third_party (domain, SSL) -> deny, 'Non-refundable items'.")

P.append(proj("Messe Ingolstadt Microsite", "events@messe-ingolstadt-sued.de", "2025-09-15T10:00:00"))
PAY.append(owpay("d36_o16", "OWD-2025-3616", "Messe Ingolstadt Microsite", "rush", "6500.00", "1170.00", "2025-09-22T09:00:00"))
w = at("2025-09-25 16:30", DE)
r.case("ingolstadt-eilzuschlag", OWB, [Mail(
    "Messe Ingolstadt-Süd Events <events@messe-ingolstadt-sued.de>", "Eilzuschlag OWD-2025-3616", w,
    "Sehr geehrte Damen und Herren,\n\ndie Microsite (Messe Ingolstadt Microsite) ist zwar rechtzeitig online "
    "gegangen, aber die Messe wurde jetzt um vier Wochen verschoben. Den Eilzuschlag OWD-2025-3616 hätten wir also "
    "nicht gebraucht: bitte erstatten.\n\nMit freundlichen Grüßen\nPetra Lanzl", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: rush fee -> deny, 'Non-refundable items'.")

P.append(proj("Saftladen Potsdam Shop", "kontakt@saftladen-potsdam.de", "2025-09-01T10:00:00"))
PAY.append(owpay("d36_o17", "OWD-2025-3617", "Saftladen Potsdam Shop", "deposit", "15000.00", "2700.00", "2025-09-28T10:00:00"))
w = at("2025-09-29 21:00", DE)
r.case("potsdam-privatadresse-c2", OWB, [Mail(
    "Johanna Saft <johanna.saft@web.de>", "Anzahlung Saftladen Potsdam Shop zurück", w,
    "Guten Abend,\n\nich schreibe von privat, weil ich nicht im Laden bin. Für den Saftladen Potsdam Shop haben wir am "
    "Sonntag die Anzahlung gezahlt (OWD-2025-3617). Wir ziehen die Sache zurück, die Ladenmiete wurde erhöht und "
    "wir haben kein Budget mehr. Bitte überweisen Sie das Geld zurück.\n\nJohanna Saft", brand=OWB)],
    "need_info", rules=["C2"],
    spec="C2 (Optima explicit): sender johanna.saft@web.de is not the contract email kontakt@saftladen-potsdam.de -> ask to write from the contract email, nothing about the project.")

P.append(proj("Imkerei Waldviertel Shop", "honig@imkerei-wv.at", "2025-07-01T10:00:00"))
PAY += [owpay("d36_o18", "OWD-2025-3618", "Imkerei Waldviertel Shop", "milestone", "14000.00", "2520.00", "2025-07-01T10:00:00", milestone_status="completed"),
        owpay("d36_o19", "OWD-2025-3619", "Imkerei Waldviertel Shop", "milestone", "11000.00", "1980.00", "2025-09-15T10:00:00", milestone_status="not_started"),
        owpay("d36_o20", "OWD-2025-3620", "Imkerei Waldviertel Shop", "third_party", "3000.00", "540.00", "2025-07-02T10:00:00")]
w1 = at("2025-09-26 18:30", DE)
imk1 = Mail("Imkerei Waldviertel <honig@imkerei-wv.at>", "Rückerstattung Imkerei Waldviertel Shop", w1,
            "Guten Abend,\n\nfür unseren Imkerei Waldviertel Shop möchten wir den bezahlten Teil für den Abo-Versand "
            "zurück, weil wir den Zahlungsanbieter wechseln und der Abo-Versand so nicht mehr gebraucht wird.\n\n"
            "Mit freundlichen Grüßen\nRupert Hollerer, Imkermeister\nImkerei Waldviertel, Groß Gerungs", brand=OWB)
r.case("waldviertel-imkerei-rechnung-fehlt", OWB, [imk1], "need_info", missing=["invoice_number"],
       spec="C3: contract sender, project and reason given; the project holds three payments and 'den bezahlten Teil für den Abo-Versand' names no invoice -> ask for invoice_number.")
imk2 = Mail("Imkerei Waldviertel <honig@imkerei-wv.at>", "AW: Rückerstattung Imkerei Waldviertel Shop", at("2025-09-29 08:05", DE),
            "Guten Morgen,\n\ndie Rechnung ist die OWD 2025 3619 (Abo-Versand).\n\nR. Hollerer\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Optima WebDesign <optimawebdesigns12@gmail.com>\nBetreff: Re: "
            "Rückerstattung Imkerei Waldviertel Shop\n\nBitte nennen Sie uns die Rechnungsnummer.", brand=OWB, reply=imk1)
r.case("waldviertel-imkerei-rechnung-nachgereicht", OWB, [imk1, imk2], "decided", [R("approve", "11000.00")],
       spec="C3 thread: 'OWD 2025 3619' (s.8 matching) is the not_started milestone -> O3 approve 11000.00.")

P.append(proj("Landjugend Uckermark Website", "vorstand@landjugend-um.de", "2025-03-01T10:00:00"))
PAY.append(owpay("d36_o21", "OWD-2025-3621", "Landjugend Uckermark Website", "retainer", "6000.00", "1080.00", "2025-09-18T09:00:00",
                 period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T09:00:00"))
w1 = at("2025-09-25 20:00", DE)
lj1 = Mail("Landjugend Uckermark <vorstand@landjugend-um.de>", "Kündigung Betreuung", w1,
           "Hallo,\n\nhiermit kündigen wir die monatliche Betreuung der Landjugend Uckermark Website, Rechnung "
           "OWD-2025-3621.\n\nMit freundlichen Grüßen\nder Vorstand\nLandjugend Uckermark e.V., Prenzlau", brand=OWB)
r.case("uckermark-kuendigung-ohne-grund", OWB, [lj1], "need_info", missing=["reason"],
       spec="s.8: Optima requires a reason for cancellations too; contract sender, project and invoice given -> ask for the reason.")
lj2 = Mail("Landjugend Uckermark <vorstand@landjugend-um.de>", "Re: Kündigung Betreuung", at("2025-09-29 19:10", DE),
           "Hallo,\n\nGrund: die Mitgliederversammlung hat beschlossen, dass ein Mitglied die Seite ehrenamtlich "
           "pflegt.\n\nGruß\nLena Krüger, 1. Vorsitzende", brand=OWB, reply=lj1)
assert day_no("2025-10-11", w1) <= 0
r.case("uckermark-grund-nachgereicht", OWB, [lj1, lj2], "decided", [K("cancel", "2025-10-17")],
       spec="C3 thread: reason supplied; request time = first email 2025-09-25 (IST 23:30) <= 2025-10-11 (next_billing_at 2025-10-18 minus 7) -> cancel effective 2025-10-17.")

P.append(proj("Bäckerei Osterkamp Social", "filiale@baeckerei-osterkamp.de", "2025-05-01T10:00:00"))
PAY.append(owpay("d36_o22", "OWD-2025-3622", "Bäckerei Osterkamp Social", "retainer", "8500.00", "1530.00", "2025-09-25T09:00:00",
                 period_start="2025-09-25", period_end="2025-10-24", next_billing_at="2025-10-25T09:00:00"))
w = at("2025-09-29 12:30", DE)
r.case("oldenburg-baeckerei-anwalt", OWB, [Mail(
    "Bäckerei Osterkamp <filiale@baeckerei-osterkamp.de>", "Kündigung Bäckerei Osterkamp Social", w,
    "Sehr geehrte Damen und Herren,\n\nwir kündigen die Betreuung Bäckerei Osterkamp Social (OWD-2025-3622), weil "
    "seit Wochen kaum Beiträge erscheinen. Sollten Sie uns den Oktober noch berechnen wollen, geht die Sache an "
    "unseren Rechtsanwalt.\n\nMit freundlichen Grüßen\nHinrich Osterkamp\nBäckerei Osterkamp, Oldenburg-Eversten", brand=OWB)],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4 covers the whole case: the lawyer threat escalates the retainer cancellation.")

w = at("2025-09-27 07:30", DE)
r.case("owd-abwesend", OWB, [Mail(
    "Heike Gerdes <stall@pferdehof-ammerland.de>", "Automatische Antwort: Kündigung Betreuung", w,
    "Ich bin bis 5.10. auf dem Turnier in Vechta. Bei Fragen zu Einstellern bitte an den Stallmeister.",
    brand=OWB, headers={"Auto-Submitted": "auto-replied"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

w = at("2025-09-24 11:20", DE)
r.case("owd-frage-hosting-verlaengerung", OWB, [Mail(
    "Gästehaus Matrei <info@gaestehaus-matrei.at>", "Frage Hosting", w,
    "Grüß Gott,\n\nkurze Frage: verlängert sich das Hosting-Paket Gästehaus Matrei Hosting nach einem Jahr "
    "automatisch, oder bekommen wir vorher eine Erinnerung? Und kann man dann auf ein kleineres Paket wechseln?\n\n"
    "Danke und Grüße\nMaria Ganzer", brand=OWB)],
    "other", spec="Question about renewal terms; no refund or cancellation -> other.")

P.append(proj("Gründerzentrum Ulm Portal", "it@gz-ulm-donau.de", "2025-09-10T10:00:00"))
PAY.append(owpay("d36_o23", "OWD-2025-3623", "Gründerzentrum Ulm Portal", "hosting_annual", "9000.00", "1620.00", "2025-09-26T09:00:00",
                 setup_fee="1500.00", service_start="2025-10-15"))
w = at("2025-09-29 16:00", DE)
assert o5("9000.00", "1500.00") == "6875.00"
r.case("ulm-hosting-vor-start", OWB, [Mail(
    "Gründerzentrum Ulm/Donau IT <it@gz-ulm-donau.de>", "Erstattung Hosting Gründerzentrum Ulm Portal OWD-2025-3623", w,
    "Hallo,\n\ndas Hosting für das Gründerzentrum Ulm Portal (OWD-2025-3623) sollte am 15. Oktober starten. Unser "
    "Trägerverein übernimmt das Hosting jetzt doch auf eigenen Servern, wir bitten daher um Rückerstattung.\n\n"
    "Viele Grüße\nDr. Felix Baur\nGründerzentrum Ulm/Donau", brand=OWB)],
    "decided", [R("approve", "6875.00")], extra_ok=True,
    spec="O5 + s.8: service starts 2025-10-15, after the request -> consumed_months 1: 9000 - 1500 - 7500/12 (625) = 6875.00.")

P.append(proj("Draženović Fliesen Website", "info@drazenovic-fliesen.de", "2025-08-01T10:00:00"))
PAY.append(owpay("d36_o24", "OWD-2025-3624", "Draženović Fliesen Website", "change_request", "4200.00", "756.00", "2025-09-23T09:00:00"))
w = at("2025-09-25 10:40", DE)
r.case("serbisch-aenderung", OWB, [Mail(
    "Draženović Fliesen <info@drazenovic-fliesen.de>", "Änderungswunsch OWD-2025-3624", w,
    "Guten Tag,\n\nwir haben für Draženović Fliesen Website eine Änderung bestellt und bezahlt (OWD-2025-3624, neue "
    "Galerie mit Badezimmer). Jetzt sehen wir, das alte war eigentlich besser. Bitte Geld zurück und alte Version "
    "wieder machen.\n\nPozdrav\nNenad Draženović\nAugsburg", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: change_request -> deny, 'Non-refundable items'.")

P.append(proj("Hof Wendland Texas Ranch Site", "ranch@wendland-ranch.us", None))
PAY.append(owpay("d36_o25", "OWD-2025-3625", "Hof Wendland Texas Ranch Site", "discovery", "6000.00", "1080.00", "2025-09-27T20:00:00"))
w = at("2025-09-29 07:30", TX)
r.case("texas-discovery-fwd-c2", OWB, [Mail(
    "Gus Wendland <gus.wendland1958@outlook.com>", "Fwd: Refund Request — Hof Wendland Texas Ranch Site", w,
    "Bitte schaut da mal drauf, mei Tochter hat das geschrieben.\nGus\n\n"
    "Begin forwarded message:\n\nFrom: Wendland Ranch <ranch@wendland-ranch.us>\nDate: September 28, 2025 at 6:10:22 PM CDT\n"
    "To: Gus Wendland <gus.wendland1958@outlook.com>\nSubject: Refund Request — Hof Wendland Texas Ranch Site\n\n"
    "Dad, schick des bitte an die Optima Leut: wir wollen die Discovery OWD-2025-3625 zurück, die Ranch wird "
    "verkauft und wir brauchen keine Website mehr.\nKatie", brand=OWB)],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: an Apple Mail forward carrying a request from the contract email ranch@wendland-ranch.us; the sender is the father's outlook address -> ask for the request from the contract email.")

w = at("2025-09-27 12:00", DE)
r.case("owd-projekt-fehlt", OWB, [Mail(
    "Jelena Marković <jelena@kafe-markovic.de>", "Rückerstattung", w,
    "Hallo,\n\nich habe im September bei Ihnen etwas bezahlt, aber mein Cousin macht jetzt die Website gratis. Bitte "
    "zurücküberweisen.\n\nJelena Marković\nKafe Marković, Leipzig", brand=OWB)],
    "need_info", rules=["C2"],
    spec="Unknown sender (no project with this contract email) -> C2 and C3 (project, invoice) : need_info.")

r.write(ledger)
