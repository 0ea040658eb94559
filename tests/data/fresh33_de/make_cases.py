"""fresh33_de: German held-out cases (Carinthia/Salzburg, the Allgäu, Eifel/Hunsrück, Lusatia, Banat and
Transylvanian Saxons, Mennonites in Paraguay and Manitoba, Dutch and Danish writers of German). Stdlib only,
deterministic. Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (names, firms and addresses are invented)."""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, Mail, K, R, Round, at, cust, lopay, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
AT = 2      # CEST: Austria, Germany, the Netherlands, Denmark in September 2025
RO = 3      # EEST: Banat, Transylvania
PY = -3     # Paraguay (permanent UTC-3)
MB = -5     # Manitoba, CDT
IST = timezone(timedelta(hours=5, minutes=30))

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "de")
n = [0]
m = [0]


def pay(email, plan, amt, paid_at, ps, pe, inv, status="paid"):
    n[0] += 1
    PAY.append(lopay(f"de33_p{n[0]:02d}", inv, email, plan, *amt, paid_at, ps, pe, status=status))


def opay(inv, project, kind, amount, tax, paid_at, **kw):
    m[0] += 1
    PAY.append(owpay(f"de33_o{m[0]:02d}", inv, project, kind, amount, tax, paid_at, **kw))


def day(paid_at, when):
    """L3/O5 day index: the request's IST date minus the charge's IST date."""
    p = datetime.fromisoformat(paid_at)
    p = p.replace(tzinfo=IST) if p.tzinfo is None else p.astimezone(IST)
    return (when.astimezone(IST).date() - p.date()).days


def hours(paid_at, when):
    return (when - datetime.fromisoformat(paid_at).replace(tzinfo=IST)).total_seconds() / 3600


def ist(when):
    return when.astimezone(IST).strftime("%Y-%m-%d %H:%M")


def B(frm, subj, when, body, **kw):
    kw.setdefault("brand", OWB)
    return Mail(frm, subj, when, body, **kw)


# ======================= LeadsOptima =======================

# l01 Carinthia, plumbing firm, duplicate, day 2
C.append(cust("buero@wutte-installationen.at", "Wutte Installationen GmbH", "monthly", start="2025-09-22", end="2025-10-21"))
pay("buero@wutte-installationen.at", "monthly", M, "2025-09-22T08:14:00", "2025-09-22", "2025-10-21", "LO-INV-33101")
pay("buero@wutte-installationen.at", "monthly", M, "2025-09-22T08:15:00", "2025-09-22", "2025-10-21", "LO-INV-33102")
w = at("2025-09-24 07:40", AT)
assert day("2025-09-22T08:14:00", w) == 2
r.case("villach-installateur-doppelt", LOB, [Mail(
    "Wutte Installationen Büro <buero@wutte-installationen.at>", "Doppelte Abbuchung Monatsbeitrag", w,
    "Grüß Gott,\n\nbei der Durchsicht vom Bankkonto hat unsere Buchhaltung gesehen, dass der Monatsbeitrag am "
    "22.09. zweimal abgebucht worden ist, beide Male 1.499,00 INR plus Steuer, im Abstand von einer Minute. "
    "Die zweite Rechnung (LO-INV-33102) ist also doppelt, wir ersuchen um Rücküberweisung.\n\n"
    "Die Monteure verwenden das Programm eh jeden Tag, also bitte nix kündigen!\n\n"
    "Mit freundlichen Grüßen\nSilvia Wutte\nWutte Installationen GmbH\nGas - Wasser - Heizung\n"
    "Italiener Straße 14, 9500 Villach\nFN 412877 p")],
    "decided", [R("approve", "1499.00")],
    spec="L4: two paid 1499.00 charges 2025-09-22 same period; request 2025-09-24 07:40 CEST = 11:10 IST, day 2; refund the duplicate LO-INV-33102 = 1499.00 (before tax). 'bitte nix kündigen' is a negation.")

# l02 Salzburg, property manager, day 7 late evening (still day 7 in IST)
C.append(cust("office@hv-lackner.at", "Hausverwaltung Lackner", "annual", start="2025-09-16", end="2026-09-15"))
pay("office@hv-lackner.at", "annual", A, "2025-09-16T10:00:00", "2025-09-16", "2026-09-15", "LO-INV-33111")
pay("office@hv-lackner.at", "annual", A, "2025-09-16T10:00:20", "2025-09-16", "2026-09-15", "LO-INV-33112")
w = at("2025-09-23 19:45", AT)
assert day("2025-09-16T10:00:00", w) == 7 and ist(w) == "2025-09-23 23:15"
r.case("salzburg-hausverwaltung-tag7", LOB, [Mail(
    "Hausverwaltung Lackner <office@hv-lackner.at>", "Jahreslizenz doppelt verrechnet - lo inv 33112", w,
    "Guten Abend,\n\nich sitze noch über der Monatsabrechnung für die Eigentümergemeinschaften und sehe, dass die "
    "Jahreslizenz am 16. September zweimal verrechnet wurde (11.988,00 + 11.988,00). Die zweite Buchung, lo inv 33112, "
    "bitte stornieren und rücküberweisen. Die erste ist selbstverständlich korrekt.\n\nDanke und schönen Abend\n"
    "Ing. Thomas Lackner\nHausverwaltung Lackner\nLinzer Gasse 7, 5020 Salzburg")],
    "decided", [R("approve", "11988.00")],
    spec="L3 boundary: charge 2025-09-16 IST (day 0); email 2025-09-23 19:45 CEST = 23:15 IST, day 7, inside. L4: duplicate 'lo inv 33112' = LO-INV-33112 (s.8 invoice matching) -> 11988.00.")

# l03 Manitoba Mennonite, duplicate, day 8 in IST though day 7 at home (charged 19:00 IST = 08:30 CDT the same date)
C.append(cust("office@friesen-holzbau.ca", "Friesen Holzbau Ltd.", "monthly", start="2025-09-15", end="2025-10-14"))
pay("office@friesen-holzbau.ca", "monthly", M, "2025-09-15T19:00:00", "2025-09-15", "2025-10-14", "LO-INV-33121")
pay("office@friesen-holzbau.ca", "monthly", M, "2025-09-15T19:01:00", "2025-09-15", "2025-10-14", "LO-INV-33122")
w = at("2025-09-22 21:10", MB)
assert day("2025-09-15T19:00:00", w) == 8 and ist(w) == "2025-09-23 07:40"
assert (w.date() - at("2025-09-15 08:30", MB).date()).days == 7   # day 7 at home
r.case("steinbach-mennonit-tag8", LOB, [Mail(
    "Abe Friesen <office@friesen-holzbau.ca>", "Zweimal bezahlt", w,
    "Guten Abend,\n\nich schreibe auf Deutsch, das geht bei mir besser als Englisch. Am 15. September frueh (bei uns "
    "in Manitoba) ist das Geld fuer das Monatsabo zweimal von der Kreditkarte abgegangen, Rechnungen LO-INV-33121 "
    "und LO-INV-33122. Ich bitte, die zweite zurueckzuzahlen. Heute ist genau eine Woche um, hoffentlich ist es "
    "nicht zu spaet.\n\nMit freundlichem Gruss\nAbe Friesen\nFriesen Holzbau Ltd., Steinbach MB")],
    "decided", [R("deny")],
    spec="L3: charge 2025-09-15 19:00 IST (= 2025-09-15 08:30 CDT, the date the customer quotes); email 2025-09-22 21:10 CDT = 2025-09-23 07:40 IST: day 7 in Manitoba but day 8 in the brand's zone (section 1) > 7 -> deny, citing the 7-day rule.")

# l04 Paraguay farm shop, three identical charges
C.append(cust("hofladen.penner@gmail.com", "Hofladen Penner", "quarterly", start="2025-09-26", end="2025-12-25"))
for i, t in enumerate(("18:00", "18:01", "18:03")):
    pay("hofladen.penner@gmail.com", "quarterly", Q, f"2025-09-26T{t}:00", "2025-09-26", "2025-12-25", f"LO-INV-3314{i+1}")
w = at("2025-09-27 08:30", PY)
assert day("2025-09-26T18:00:00", w) == 1
r.case("chaco-hofladen-dreimal", LOB, [Mail(
    "Hofladen Penner <hofladen.penner@gmail.com>", "Quartalsbeitrag 3 mal abgebucht!!", w,
    "Guten Morgen,\n\ngestern Vormittag (26. September) ist der Quartalsbeitrag dreimal von unserer Karte abgegangen, "
    "jedes Mal 3.999 Rupien. Die Bank in Filadelfia hat es mir heute frueh gezeigt. Die Rechnungen sind LO-INV-33141, "
    "LO-INV-33142 und LO-INV-33143. Wir brauchen natuerlich nur ein Abo, bitte die zwei zuviel bezahlten zurueck.\n\n"
    "Der Herr segne euch\nHelena Penner\nHofladen Penner - Kaese, Wurst, Honig\nKolonie Fernheim, Chaco")],
    "decided", [R("approve", "7998.00")],
    spec="s.8 three identical charges 2025-09-26 (18:00 IST = 09:30 PYT the same day); request 2025-09-27 08:30 PYT = 17:00 IST, day 1; every charge after the first is a duplicate: 2 x 3999.00 = 7998.00.")

# l05 Lusatia: duplicate claimed, ledger shows one charge
C.append(cust("info@elektro-noack.de", "Elektro Noack", "monthly", start="2025-09-25", end="2025-10-24"))
pay("info@elektro-noack.de", "monthly", M, "2025-09-25T12:30:00", "2025-09-25", "2025-10-24", "LO-INV-33151")
w = at("2025-09-27 09:15", AT)
r.case("cottbus-doppelt-nur-einmal-im-ledger", LOB, [Mail(
    "Elektro Noack <info@elektro-noack.de>", "Doppelbuchung?", w,
    "Guten Morgen,\n\nauf unserem Kontoauszug bei der Sparkasse stehen zwei Buchungen von LeadsOptima "
    "über je 1.499,00 INR vom 25.09., einmal als \"vorgemerkt\". Wir wurden also doppelt belastet. Bitte die "
    "zweite Buchung erstatten.\n\nDanke und Glück auf aus der Lausitz\nRené Noack\nElektro Noack, Spremberg")],
    "decided", [R("escalate")],
    spec="L2 duplicate claimed, inside L3 (2025-09-25 -> 2025-09-27, day 2), but the ledger holds a single paid charge LO-INV-33151 (the one payment identifies the invoice): no pair -> L4 escalate, no amount.")

# l06 Banat: charged for the wrong plan
C.append(cust("office@musikschule-lenauheim.ro", "Musikschule Lenauheim", "quarterly", start="2025-09-25", end="2025-12-24"))
pay("office@musikschule-lenauheim.ro", "annual", A, "2025-09-25T11:00:00", "2025-09-25", "2026-09-24", "LO-INV-33161")
w = at("2025-09-26 10:20", RO)
r.case("banat-musikschule-falscher-tarif", LOB, [Mail(
    "Musikschule Lenauheim <office@musikschule-lenauheim.ro>", "Falscher Tarif verrechnet", w,
    "Sehr geehrte Damen und Herren,\n\nwir haben bei Ihnen das Quartalsabo bestellt, abgebucht wurde gestern aber der "
    "Jahresbetrag von 11.988 INR (Rechnung LO-INV-33161). Wir sind eine kleine Musikschule im Banat mit 40 Kindern "
    "und koennen so einen Betrag nicht vorstrecken. Bitte korrigieren und die Differenz zurueckzahlen.\n\n"
    "Mit freundlichen Gruessen\nKatharina Schwarz\nMusikschule Lenauheim, Kreis Timisch")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged the annual instead of the quarterly plan), charge 2025-09-25, request 2025-09-26 (day 1) -> L5 escalate with the charge LO-INV-33161.")

# l07 Transylvania: charged after cancelling
C.append(cust("kanzlei@ev-pfarramt-heltau.ro", "Ev. Pfarramt Heltau", "monthly", start="2025-09-28", end="2025-10-27"))
pay("kanzlei@ev-pfarramt-heltau.ro", "monthly", M, "2025-08-28T09:00:00", "2025-08-28", "2025-09-27", "LO-INV-33171")
pay("kanzlei@ev-pfarramt-heltau.ro", "monthly", M, "2025-09-28T09:00:00", "2025-09-28", "2025-10-27", "LO-INV-33172")
w = at("2025-09-29 11:00", RO)
r.case("heltau-pfarramt-nach-kuendigung", LOB, [Mail(
    "Pfarramt Heltau <kanzlei@ev-pfarramt-heltau.ro>", "Abbuchung trotz Kündigung", w,
    "Sehr geehrte Damen und Herren,\n\ndas Pfarramt hat das Monatsabo schon Anfang September über die Einstellungen "
    "gekündigt (die Bestätigung haben wir leider nicht aufgehoben). Trotzdem wurde am 28.09. wieder abgebucht, "
    "Rechnung LO-INV-33172. Wir bitten um Prüfung und Rückzahlung dieses Betrages.\n\n"
    "Mit herzlichen Grüßen aus Heltau\nAnnemarie Binder, Pfarrkanzlei\nEvangelische Kirchengemeinde A.B. Heltau")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged after they cancelled; the cancellation is a past event, no new request), charge 2025-09-28, request 2025-09-29 (day 1) -> L5 escalate.")

# l08 Eifel music school: access failure inside the window
C.append(cust("verwaltung@musikschule-kylltal.de", "Musikschule Oberes Kylltal", "monthly", start="2025-09-24", end="2025-10-23"))
pay("verwaltung@musikschule-kylltal.de", "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23", "LO-INV-33181")
w = at("2025-09-27 16:30", AT)
r.case("eifel-musikschule-kein-login", LOB, [Mail(
    "Musikschule Oberes Kylltal <verwaltung@musikschule-kylltal.de>", "Kein Zugang seit Bezahlung", w,
    "Hallo,\n\nseit Donnerstag komme ich nicht mehr ins Dashboard. Nach dem Login dreht sich nur der Kreis, dann "
    "kommt eine weiße Seite. Anderer Browser, anderer Rechner, Handy: alles dasselbe. Ihr Chat-Support hat mir "
    "geraten, den Cache zu leeren, hat nichts gebracht. Für die Anmeldungen zum Wintersemester brauche ich das "
    "dringend. Wenn ich nicht reinkomme, möchte ich den Beitrag vom 24.09. zurück.\n\nViele Grüße aus Gerolstein\n"
    "Monika Thelen\nSchulverwaltung")],
    "decided", [R("escalate")],
    spec="L2 access_failure (cannot get into the dashboard since Thursday), one charge 2025-09-24 identifies the invoice; request 2025-09-27 (day 3) -> L6 escalate.")

# l09 Hunsrück: access failure but too late
C.append(cust("info@dachdeckerei-gillen.de", "Dachdeckerei Gillen", "quarterly", start="2025-09-10", end="2025-12-09"))
pay("info@dachdeckerei-gillen.de", "quarterly", Q, "2025-09-10T09:30:00", "2025-09-10", "2025-12-09", "LO-INV-33191")
w = at("2025-09-26 06:50", AT)
assert day("2025-09-10T09:30:00", w) == 16
r.case("hunsrueck-login-zu-spaet", LOB, [Mail(
    "Dachdeckerei Gillen <info@dachdeckerei-gillen.de>", "login geht nich", w,
    "moin\nich kann mich seit zwei wochen nich einloggen, passwort zurücksetzen kommt keine mail. hab jetzt "
    "keine lust mehr, will das geld vom quartal zurück (LO-INV-33191).\ngruß aus simmern\nmarco gillen\n\n"
    "Von meinem Samsung Galaxy Smartphone gesendet")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-10, request 2025-09-26 06:50 CEST = 10:20 IST, day 16 > 7 -> deny.")

# l10 Danish writer, changed mind
C.append(cust("kontor@aabenraa-tandklinik.dk", "Tandklinik Aabenraa", "annual", start="2025-09-25", end="2026-09-24"))
pay("kontor@aabenraa-tandklinik.dk", "annual", A, "2025-09-25T13:00:00", "2025-09-25", "2026-09-24", "LO-INV-33201")
w = at("2025-09-26 14:10", AT)
r.case("aabenraa-zahnklinik-bereut", LOB, [Mail(
    "Tandklinik Aabenraa <kontor@aabenraa-tandklinik.dk>", "Rückzahlung Jahresabo", w,
    "Hallo,\n\nentschuldigen Sie mein Deutsch, ich bin Dänin. Wir haben gestern das Jahresabo gekauft (LO-INV-33201), "
    "aber nach dem Gespräch mit meinem Kollegen haben wir es bereut: wir bleiben bei unserem alten System, es ist "
    "für uns einfacher. Wir möchten gerne das Geld zurück haben.\n\nMed venlig hilsen / Mit freundlichen Grüßen\n"
    "Mette Sørensen\nTandklinik Aabenraa, Sønderjylland")],
    "decided", [R("deny")],
    spec="L1: a change of mind is not one of the three exceptions -> refund deny (cancellation offered in the reply; no cancellation asked).")

# l11 Dutch writer, too expensive: refund + cancel
C.append(cust("info@kwekerij-vanbeek.nl", "Kwekerij van Beek", "monthly", start="2025-09-19", end="2025-10-18"))
pay("info@kwekerij-vanbeek.nl", "monthly", M, "2025-09-19T08:00:00", "2025-09-19", "2025-10-18", "LO-INV-33211")
w = at("2025-09-23 12:05", AT)
r.case("venlo-kwekerij-zu-teuer-kuendigen", LOB, [Mail(
    "Kwekerij van Beek <info@kwekerij-vanbeek.nl>", "Abo beenden und Geld zurück", w,
    "Guten Tag,\n\nwir sind eine Gärtnerei bei Venlo und verkaufen viel nach Deutschland, darum schreibe ich auf "
    "Deutsch. Ihr Programm ist für uns leider zu teuer, die 1.499 pro Monat bekommen wir nicht wieder herein. "
    "Wir wollen das Abo kündigen und gerne das Geld vom 19. September zurück, wir haben es fast nicht benutzt.\n\n"
    "Met vriendelijke groet / Mit freundlichen Grüßen\nJoost van Beek")],
    "decided", [R("deny"), K("cancel", "2025-10-18")],
    spec="L1: too expensive / hardly used is no exception -> refund deny; L8 cancel, active until current_period_end 2025-10-18.")

# l12 Carinthian dental practice on a trial
C.append(cust("ordination@zahnarzt-kofler.at", "Zahnarztpraxis Kofler", "monthly", status="trial", trial_ends="2025-10-08"))
w = at("2025-09-29 12:40", AT)
r.case("klagenfurt-zahnarzt-testphase", LOB, [Mail(
    "Ordination Kofler <ordination@zahnarzt-kofler.at>", "Rückerstattung Testzugang", w,
    "Sehr geehrte Damen und Herren,\n\nwir testen Ihr Programm seit zwei Wochen in der Ordination. Es passt leider "
    "nicht zu unserer Terminsoftware. Bitte erstatten Sie uns, was wir für den Testzugang bezahlt haben, und "
    "schalten Sie ihn ab.\n\nMit freundlichen Grüßen\nSandra Kofler, Ordinationsassistentin\nZahnarztpraxis Kofler, "
    "Klagenfurt am Wörthersee")],
    "decided", [R("deny")], extra_ok=True,
    spec="L7: the account is on a free trial with no charges -> refund deny (nothing was billed). 'schalten Sie ihn ab' may also be read as ending the trial: extra_ok.")

# l13 parish office: cancel monthly
C.append(cust("pfarramt@pfarre-bleiburg.at", "Pfarramt Bleiburg", "monthly", start="2025-09-13", end="2025-10-12"))
pay("pfarramt@pfarre-bleiburg.at", "monthly", M, "2025-09-13T09:00:00", "2025-09-13", "2025-10-12", "LO-INV-33221")
w = at("2025-09-30 10:30", AT)
r.case("bleiburg-pfarramt-kuendigung", LOB, [Mail(
    "Pfarramt Bleiburg <pfarramt@pfarre-bleiburg.at>", "Kündigung", w,
    "Grüß Gott,\n\nmit der Zusammenlegung zum Pfarrverband Unterkärnten übernimmt die Diözese die Verwaltung der "
    "Termine und Spender. Wir kündigen daher unser Monatsabo. Bitte um kurze Bestätigung.\n\n"
    "Mit freundlichen Grüßen\nMaria Kumer, Pfarrsekretärin\nPfarramt Bleiburg / Pliberk")],
    "decided", [K("cancel", "2025-10-12")],
    spec="L8: cancel, active until current_period_end 2025-10-12.")

# l14 Lusatia property manager: quarterly, fallback date
C.append(cust("verwaltung@hv-budissin.de", "Hausverwaltung Budissin", "quarterly"))
pay("verwaltung@hv-budissin.de", "quarterly", Q, "2025-05-05T10:00:00", None, None, "LO-INV-33231")
pay("verwaltung@hv-budissin.de", "quarterly", Q, "2025-08-05T10:00:00", None, None, "LO-INV-33232")
w = at("2025-09-25 08:20", AT)
r.case("bautzen-hausverwaltung-quartal-fallback", LOB, [Mail(
    "Hausverwaltung Budissin <verwaltung@hv-budissin.de>", "Kündigung Quartalsabo zum nächstmöglichen Zeitpunkt", w,
    "Dobry dźeń / Guten Tag,\n\nhiermit kündigen wir unser Quartalsabo zum nächstmöglichen Zeitpunkt. Wir haben die "
    "Verwaltung von 12 Objekten an einen größeren Verwalter in Dresden abgegeben und brauchen die Software nicht "
    "mehr.\n\nZ přećelnym postrowom / Mit freundlichen Grüßen\nJan Nowak\nHausverwaltung Budissin, Bautzen/Budyšin")],
    "decided", [K("cancel", "2025-11-04")],
    spec="L8 fallback: no current_period_end; last charge 2025-08-05 + 3 months - 1 day = 2025-11-04.")

# l15 Allgäu farm shop: annual, fallback from a ledger time with an offset
C.append(cust("hofladen@alpe-moosbach.de", "Hofladen Alpe Moosbach", "annual"))
pay("hofladen@alpe-moosbach.de", "annual", A, "2025-01-30T22:45:00+01:00", None, None, "LO-INV-33241")
r.case("allgaeu-hofladen-jahr-fallback", LOB, [Mail(
    "Hofladen Alpe Moosbach <hofladen@alpe-moosbach.de>", "Abo kündigen", at("2025-09-28 18:10", AT),
    "Griaß di,\n\ni mog des Jahresabo kündigen. Mir machen den Hofladen im Winter zu und ab nächstem Jahr verkauft "
    "mei Schwiegersohn den Kas übern Automaten, do braucht ma des nimma.\n\nPfiat di\nXaver Kögel\n"
    "Hofladen Alpe Moosbach, Oberstdorf")],
    "decided", [K("cancel", "2026-01-30")],
    spec="L8 fallback + s.8: last charge 2025-01-30T22:45+01:00 = 2025-01-31 03:15 IST (local date 2025-01-31) + 12 months - 1 day = 2026-01-30.")

# l16 Salzburg: bare cancellation, no reason
C.append(cust("m.gruber@sbg-net.at", "Michael Gruber", "quarterly", start="2025-09-21", end="2025-12-20"))
pay("m.gruber@sbg-net.at", "quarterly", Q, "2025-09-21T09:00:00", "2025-09-21", "2025-12-20", "LO-INV-33251")
r.case("salzburg-kuendigung-ohne-grund", LOB, [Mail(
    "Michael Gruber <m.gruber@sbg-net.at>", "Kündigung", at("2025-09-30 21:55", AT),
    "Servus,\nbitte mein Abo kündigen. Danke\nMichael\n\nGesendet von meinem iPad")],
    "decided", [K("cancel", "2025-12-20")],
    spec="L8: a cancellation is not held up by a missing reason -> cancel at current_period_end 2025-12-20.")

# l17 Transylvanian Saxon, gmail, names the registered address
C.append(cust("info@kirchenburg-tours.ro", "Kirchenburg Tours SRL", "monthly", start="2025-09-24", end="2025-10-23"))
pay("info@kirchenburg-tours.ro", "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23", "LO-INV-33261")
pay("info@kirchenburg-tours.ro", "monthly", M, "2025-09-24T10:00:30", "2025-09-24", "2025-10-23", "LO-INV-33262")
r.case("schaessburg-gmail-c2", LOB, [Mail(
    "Hans-Georg Kloos <hg.kloos.sighisoara@gmail.com>", "Doppelte Zahlung LO-INV-33262", at("2025-09-26 20:15", RO),
    "Guten Abend,\n\nich schreibe vom privaten Konto, weil unser Firmenpostfach (info@kirchenburg-tours.ro) seit dem "
    "Serverumzug spinnt. Das Monatsabo wurde am 24.09. zweimal abgebucht, die doppelte Rechnung ist LO-INV-33262. "
    "Bitte zurückzahlen.\n\nBeste Grüße aus Schäßburg\nHans-Georg Kloos\nKirchenburg Tours SRL")],
    "need_info", rules=["C2"],
    spec="C2: the sender (gmail) is not the registered info@kirchenburg-tours.ro named in the mail -> ask for the request from the registered address, nothing about the account.")

# l18 Outlook forward (WG:) from a secretary
C.append(cust("chef@sanitaer-pirker.at", "Sanitär Pirker", "annual", start="2025-09-27", end="2026-09-26"))
pay("chef@sanitaer-pirker.at", "annual", A, "2025-09-27T09:00:00", "2025-09-27", "2026-09-26", "LO-INV-33271")
r.case("spittal-wg-sekretariat-c2", LOB, [Mail(
    "Sekretariat Pirker <sekretariat@sanitaer-pirker.at>", "WG: Kündigung LeadsOptima", at("2025-09-29 08:05", AT),
    "Sehr geehrte Damen und Herren,\n\nanbei die Kündigung von unserem Chef, bitte um Erledigung.\n\nLG Tanja\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Pirker Gerhard <chef@sanitaer-pirker.at>\n"
    "Gesendet: Sonntag, 28. September 2025 17:32\nAn: sekretariat@sanitaer-pirker.at\nBetreff: Kündigung LeadsOptima\n\n"
    "Tanja, kündig bitte das LeadsOptima, mir haben eh zu wenig Anfragen über das Ding. Danke G.")],
    "need_info", rules=["C2"],
    spec="s.8 forward: the Outlook 'Ursprüngliche Nachricht' carries a request from the registered chef@sanitaer-pirker.at; the sender is sekretariat@ -> C2.")

# l19 +tag address
C.append(cust("buchhaltung@weinhof-ahrtal-eifel.de", "Weinhof Ahrtal-Eifel", "monthly", start="2025-09-18", end="2025-10-17"))
pay("buchhaltung@weinhof-ahrtal-eifel.de", "monthly", M, "2025-09-18T09:00:00", "2025-09-18", "2025-10-17", "LO-INV-33281")
r.case("ahr-plus-adresse-c2", LOB, [Mail(
    "Weinhof Buchhaltung <buchhaltung+saas@weinhof-ahrtal-eifel.de>", "Kündigung Monatsabo", at("2025-09-27 10:45", AT),
    "Guten Tag,\n\nwir kündigen hiermit das Monatsabo von LeadsOptima, die Weinlese frisst gerade alle Zeit und "
    "im Winter machen wir keine Werbung.\n\nFreundliche Grüße\nBuchhaltung Weinhof")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: buchhaltung+saas@ is another address than the registered buchhaltung@; unknown sender -> C2.")

# l20 C3: refund with no reason
C.append(cust("praxis@physio-lienz.at", "Physiotherapie Lienz", "monthly", start="2025-09-25", end="2025-10-24"))
pay("praxis@physio-lienz.at", "monthly", M, "2025-09-25T11:00:00", "2025-09-25", "2025-10-24", "LO-INV-33291")
r.case("lienz-erstattung-ohne-grund", LOB, [Mail(
    "Physiotherapie Lienz <praxis@physio-lienz.at>", "Rückerstattung", at("2025-09-26 13:20", AT),
    "Guten Tag,\n\nbitte erstatten Sie uns die Abbuchung vom 25. September auf unser Konto zurück.\n\n"
    "Danke und liebe Grüße\nVerena Oberwalder\nPhysiotherapie Lienz\nTel. +43 4852 61 220")],
    "need_info", missing=["reason"],
    spec="C3: a refund from the registered sender; plan and the one charge (LO-INV-33291) come from the ledger, but no reason is given (restating the request is no reason, s.8) -> ask for reason.")

# l21 C3: wrong amount, invoice unknown (Dutch writer)
C.append(cust("admin@fietsverhuur-dekoning.nl", "Fietsverhuur de Koning", "monthly", start="2025-09-20", end="2025-10-19"))
for i, (ps, pe) in enumerate((("2025-07-20", "2025-08-19"), ("2025-08-20", "2025-09-19"), ("2025-09-20", "2025-10-19"))):
    pay("admin@fietsverhuur-dekoning.nl", "monthly", M, f"{ps}T09:00:00", ps, pe, f"LO-INV-3330{i+1}")
r.case("nijmegen-falscher-betrag-ohne-rechnung", LOB, [Mail(
    "Fietsverhuur de Koning <admin@fietsverhuur-dekoning.nl>", "Falsches Betrag", at("2025-09-24 15:30", AT),
    "Hallo,\n\nbei einer von die letzte Abbuchungen war das Betrag zu hoch, glaube ich, mehr als die 1.499 wo wir "
    "vereinbart haben. Ich weiss nicht mehr genau welche, meine Frau macht die Buchhaltung und sie ist diese Woche "
    "in Urlaub. Können Sie das pruefen und das zu viel zurückzahlen?\n\nGroeten,\nPieter de Koning\n"
    "Fietsverhuur de Koning, Nijmegen")],
    "need_info", missing=["invoice_number"],
    spec="C3: billing_error from the registered sender, plan known, but three monthly charges on the account and the mail names none ('one of the last debits') -> ask for invoice_number.")

# l22 C3 thread: access failure, invoice sent in the answer
C.append(cust("info@notenhaus-sacher.at", "Notenhaus Sacher", "monthly", start="2025-09-27", end="2025-10-26"))
pay("info@notenhaus-sacher.at", "monthly", M, "2025-08-27T09:00:00", "2025-08-27", "2025-09-26", "LO-INV-33311")
pay("info@notenhaus-sacher.at", "monthly", M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26", "LO-INV-33312")
t1 = Mail("Notenhaus Sacher <info@notenhaus-sacher.at>", "Plattform lädt nicht", at("2025-09-29 09:10", AT),
          "Grüß Gott,\n\nseit Samstag lädt die Plattform bei uns nicht mehr, nur eine Fehlermeldung \"503\". Wir "
          "zahlen nicht für etwas, das nicht geht: bitte um Rückerstattung.\n\nMfG\nLukas Sacher\nNotenhaus Sacher, "
          "Hallein", msgid="<de33-sacher.20250929@notenhaus-sacher.at>")
t_bot = Mail("LeadsOptima Support <support@leadsoptima.com>", "Re: Plattform lädt nicht [LO-3322]",
             at("2025-09-29 16:00", (5, 30)), "Guten Tag,\nbitte nennen Sie uns die Rechnungsnummer.\nLeadsOptima Support",
             reply=t1, to="info@notenhaus-sacher.at")
t_bot.build("de-l-bot")
r.case("hallein-thread-rechnung-nachgereicht", LOB, [t1, Mail(
    "Notenhaus Sacher <info@notenhaus-sacher.at>", "Re: Plattform lädt nicht [LO-3322]", at("2025-09-30 08:00", AT),
    "Gerne: LO-INV-33312 (die vom 27. September). Die Seite geht immer noch nicht.\n\nLukas Sacher\n\n"
    "Am 29.09.2025 um 12:30 schrieb LeadsOptima Support <support@leadsoptima.com>:\n"
    "> Guten Tag,\n> bitte nennen Sie uns die Rechnungsnummer.", reply=t_bot)],
    "decided", [R("escalate")],
    spec="C3 thread: first mail lacks the invoice (two charges); the answer names LO-INV-33312 (2025-09-27); request time is the first mail 2025-09-29 (day 2) -> L2 access_failure, L6 escalate.")

# l23 C3 thread: reason given in the answer
C.append(cust("info@baeckerei-wieser.at", "Bäckerei Wieser", "quarterly", start="2025-09-25", end="2025-12-24"))
pay("info@baeckerei-wieser.at", "quarterly", Q, "2025-09-25T07:00:00", "2025-09-25", "2025-12-24", "LO-INV-33321")
pay("info@baeckerei-wieser.at", "quarterly", Q, "2025-09-25T07:00:45", "2025-09-25", "2025-12-24", "LO-INV-33322")
u1 = Mail("Bäckerei Wieser <info@baeckerei-wieser.at>", "Rückerstattung LO-INV-33322", at("2025-09-27 05:40", AT),
          "Guten Morgen,\n\nbitte die Rechnung LO-INV-33322 rückerstatten.\n\nGrüße\nJohann Wieser\nBäckerei Wieser, St. Johann im Pongau",
          msgid="<de33-wieser.20250927@baeckerei-wieser.at>")
u_bot = Mail("LeadsOptima Support <support@leadsoptima.com>", "Re: Rückerstattung LO-INV-33322 [LO-3323]",
             at("2025-09-27 14:00", (5, 30)), "Guten Tag,\nbitte nennen Sie uns den Grund.\nLeadsOptima Support",
             reply=u1, to="info@baeckerei-wieser.at")
u_bot.build("de-l-bot2")
r.case("pongau-thread-grund-nachgereicht", LOB, [u1, Mail(
    "Bäckerei Wieser <info@baeckerei-wieser.at>", "AW: Re: Rückerstattung LO-INV-33322 [LO-3323]", at("2025-09-30 05:15", AT),
    "Der Grund: das Quartal ist am 25. zweimal abgebucht worden, 33321 und 33322, einmal reicht.\n\nJ. Wieser\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Support <support@leadsoptima.com>\n"
    "Gesendet: Samstag, 27. September 2025 10:30\nAn: info@baeckerei-wieser.at\n"
    "Betreff: Re: Rückerstattung LO-INV-33322 [LO-3323]\n\nGuten Tag,\nbitte nennen Sie uns den Grund.", reply=u_bot)],
    "decided", [R("approve", "3999.00")],
    spec="C3 thread: the reason (charged twice) comes in the answer; request time is the first mail 2025-09-27 05:40 CEST (day 2) -> L4 approve the duplicate LO-INV-33322 = 3999.00.")

# l24 other brand's customer writes to LeadsOptima
r.case("gmuend-falsche-marke-c2", LOB, [Mail(
    "Gästehaus Liesertal <info@gaestehaus-liesertal.at>", "Stornierung Hosting", at("2025-09-25 11:30", AT),
    "Sehr geehrte Damen und Herren,\n\nwir möchten unser Webhosting-Paket (Rechnung OWD-2025-4471) stornieren und "
    "bitten um anteilige Rückerstattung, da wir das Gästehaus verkauft haben.\n\nMit freundlichen Grüßen\n"
    "Familie Egger\nGästehaus Liesertal, Gmünd in Kärnten")],
    "need_info", rules=["C2"],
    spec="s.8 the other brand's customer: sent to the LeadsOptima inbox (C1), the sender has no LeadsOptima account -> unknown sender, C2 (and C3): need_info.")

# l25 C4: chargeback threat on a real duplicate
C.append(cust("info@tischlerei-mostboeck.at", "Tischlerei Mostböck", "monthly", start="2025-09-28", end="2025-10-27"))
pay("info@tischlerei-mostboeck.at", "monthly", M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27", "LO-INV-33331")
pay("info@tischlerei-mostboeck.at", "monthly", M, "2025-09-28T10:01:00", "2025-09-28", "2025-10-27", "LO-INV-33332")
r.case("pinzgau-chargeback-drohung", LOB, [Mail(
    "Tischlerei Mostböck <info@tischlerei-mostboeck.at>", "Doppelt abgebucht - LETZTE Aufforderung", at("2025-09-29 17:45", AT),
    "Hallo!\n\nZweimal 1.499 am 28.09. abgebucht (LO-INV-33331 und LO-INV-33332). Wenn das Geld bis Freitag nicht "
    "da ist, mach ich bei der Kreditkartenfirma einen Chargeback, das ist mir dann wurscht.\n\nMostböck\nTischlerei, Zell am See")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: a chargeback threat escalates the case, although the duplicate (day 1) would otherwise be approved.")

# l26 C4: lawyer on a cancellation
C.append(cust("office@hausbetreuung-rainer.at", "Hausbetreuung Rainer", "annual", start="2025-03-15", end="2026-03-14"))
pay("office@hausbetreuung-rainer.at", "annual", A, "2025-03-15T09:00:00", "2025-03-15", "2026-03-14", "LO-INV-33341")
r.case("wolfsberg-anwalt-kuendigung", LOB, [Mail(
    "Hausbetreuung Rainer <office@hausbetreuung-rainer.at>", "Kündigung Jahresvertrag", at("2025-09-24 10:00", AT),
    "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich den Jahresvertrag. Ihr Programm hat uns in sechs Monaten "
    "keinen einzigen Auftrag gebracht. Ich habe die Unterlagen bereits meinem Anwalt übergeben, der prüft, ob Sie "
    "uns mit falschen Versprechungen in den Vertrag gelockt haben.\n\nHochachtungsvoll\nErwin Rainer\n"
    "Hausbetreuung Rainer, Wolfsberg")],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): the lawyer escalates the cancellation too.")

# l27 threat ruled out
C.append(cust("info@imkerei-fluhr.de", "Imkerei Fluhr", "annual", start="2025-09-26", end="2026-09-25"))
pay("info@imkerei-fluhr.de", "annual", A, "2025-09-26T14:00:00", "2025-09-26", "2026-09-25", "LO-INV-33351")
pay("info@imkerei-fluhr.de", "annual", A, "2025-09-26T14:00:50", "2025-09-26", "2026-09-25", "LO-INV-33352")
r.case("kempten-imker-keine-rueckbuchung", LOB, [Mail(
    "Imkerei Fluhr <info@imkerei-fluhr.de>", "Jahresbeitrag zwei mal", at("2025-09-28 11:20", AT),
    "Grüß Gott,\n\nder Jahresbeitrag ist am 26.09. zweimal abgegangen, LO-INV-33351 und LO-INV-33352. Meine Bank "
    "meinte, ich soll das einfach zurückbuchen lassen, aber das mach ich nicht, ich red lieber mit Ihnen. Bitte "
    "die zweite Buchung zurück.\n\nViele Grüße aus dem Allgäu\nAlois Fluhr, Imkerei")],
    "decided", [R("approve", "11988.00")],
    spec="The bank's suggestion to reverse the debit is ruled out by the customer: no C4 (as earlier rounds). L4 duplicate 2025-09-26, request 2025-09-28 (day 2): refund the later LO-INV-33352 = 11988.00.")

# l28 C7 out of office
r.case("abwesenheit-hausverwaltung", LOB, [Mail(
    "Hausverwaltung Lackner <office@hv-lackner.at>", "Abwesenheitsnotiz: Re: Ihre Anfrage [LO-3302]", at("2025-09-29 07:00", AT),
    "Vielen Dank für Ihre Nachricht. Ich bin bis 6. Oktober auf Urlaub und habe keinen Zugriff auf meine E-Mails. "
    "In dringenden Fällen (Rohrbruch, Aufzug) wenden Sie sich bitte an 0662 87 11 40.\n\nThomas Lackner",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    refs_extra=["<lo-3302.20250926@leadsoptima.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

# l29 C7 bounce
r.case("unzustellbar-mailer-daemon", LOB, [Mail(
    "Mail Delivery System <MAILER-DAEMON@mail.sanitaer-pirker.at>", "Unzustellbar: Kündigung", at("2025-09-27 03:12", AT),
    "Ihre Nachricht konnte nicht zugestellt werden.\n\n<chef@sanitaer-pirker.at>: Postfach voll",
    dsn=[[("Reporting-MTA", "dns; mail.sanitaer-pirker.at")],
         [("Final-Recipient", "rfc822; chef@sanitaer-pirker.at"), ("Action", "failed"), ("Status", "5.2.2")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender and a delivery-status report -> ignore.")

# l30 C7 newsletter
r.case("musikschulwerk-newsletter", LOB, [Mail(
    "Arbeitskreis Musikschulleitungen Oberkärnten <rundbrief@ak-musikschulen-oberkaernten.at>", "Rundbrief Oktober: Software, Kündigungsfristen, Förderungen",
    at("2025-09-30 06:00", AT),
    "Liebe Musikschulleitungen,\n\nin diesem Rundbrief: welche Verwaltungssoftware wir empfehlen, wie Sie Abos "
    "rechtzeitig kündigen und Rückerstattungen bei Doppelabbuchungen verlangen.\n\nAbmelden: Link unten.",
    headers={"Precedence": "bulk", "List-Id": "<rundbrief.ak-musikschulen-oberkaernten.at>",
             "List-Unsubscribe": "<mailto:abmelden@ak-musikschulen-oberkaernten.at>"})],
    "ignore", rules=["C7"], spec="C7: Precedence bulk and List-Id -> ignore, although it talks about cancelling and refunds.")

# l31 other: UID number on the invoice
C.append(cust("buero@steuerberatung-huber-spittal.at", "Huber Steuerberatung", "monthly", start="2025-09-12", end="2025-10-11"))
pay("buero@steuerberatung-huber-spittal.at", "monthly", M, "2025-09-12T09:00:00", "2025-09-12", "2025-10-11", "LO-INV-33361")
r.case("spittal-uid-nummer-rechnung", LOB, [Mail(
    "Huber Steuerberatung <buero@steuerberatung-huber-spittal.at>", "Rechnung LO-INV-33361 - UID fehlt", at("2025-09-25 14:00", AT),
    "Sehr geehrte Damen und Herren,\n\nauf der Rechnung LO-INV-33361 fehlt unsere UID-Nummer ATU71234560. Für den "
    "Vorsteuerabzug brauchen wir eine korrigierte Rechnung. Sonst ist alles in Ordnung, wir sind zufrieden.\n\n"
    "Mit freundlichen Grüßen\nMag. Andrea Huber")],
    "other", spec="An invoice correction (VAT number), no refund or cancellation: other.")

# l32 other: thanks for a past cancellation
C.append(cust("info@alpakahof-eifel.de", "Alpakahof Eifel", "monthly", status="cancelled", start="2025-09-05", end="2025-10-04"))
pay("info@alpakahof-eifel.de", "monthly", M, "2025-09-05T09:00:00", "2025-09-05", "2025-10-04", "LO-INV-33371")
r.case("daun-alpakahof-danke", LOB, [Mail(
    "Alpakahof Eifel <info@alpakahof-eifel.de>", "Re: Ihre Kündigung ist bestätigt [LO-3288]", at("2025-09-26 19:00", AT),
    "Hallo zusammen,\n\ndanke für die schnelle Bestätigung der Kündigung letzte Woche, passt alles so. Falls wir im "
    "Frühjahr wieder Wanderungen anbieten, kommen wir gern zurück.\n\nHerzliche Grüße vom Alpakahof\nSusanne Weber",
    refs_extra=["<lo-3288.20250919@leadsoptima.com>"])],
    "other", spec="Thanks for a cancellation already confirmed (a past event): other.")

# l33 other: explicitly no refund
C.append(cust("kontakt@fahrschule-schadow.de", "Fahrschule Schadow", "monthly", start="2025-09-23", end="2025-10-22"))
pay("kontakt@fahrschule-schadow.de", "monthly", M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22", "LO-INV-33381")
r.case("hoyerswerda-keine-erstattung-frage", LOB, [Mail(
    "Fahrschule Schadow <kontakt@fahrschule-schadow.de>", "Frage zur Rechnung", at("2025-09-24 17:20", AT),
    "Guten Tag,\n\ndie Rechnung LO-INV-33381 kam bei uns zweimal per Mail an, einmal um 11:30 und einmal um 11:31. "
    "Abgebucht wurde aber nur einmal, ich habe nachgeschaut. Ich will also keine Erstattung, nur wissen, ob ich "
    "beide Mails ablegen muss oder ob eine reicht.\n\nMit freundlichen Grüßen\nDieter Schadow\nFahrschule Schadow, Hoyerswerda")],
    "other", spec="s.8 negation: 'ich will keine Erstattung', the invoice mail arrived twice but one debit; a question only -> other.")

# l34 other: hypothetical before buying (Paraguay)
r.case("loma-plata-vor-dem-kauf", LOB, [Mail(
    "Kooperative Viehzucht Nord <verwaltung@vz-nord.com.py>", "Frage vor dem Kauf", at("2025-09-25 10:00", PY),
    "Guten Tag,\n\nwir überlegen, das Jahresabo zu nehmen. Wenn es nach einem Monat nicht zu uns passt, bekommen wir "
    "dann das Geld für die restlichen Monate zurück? Und gibt es eine Rechnung auf Spanisch für das Finanzamt in "
    "Paraguay?\n\nMit freundlichen Grüßen\nPeter Giesbrecht\nLoma Plata, Chaco")],
    "other", spec="s.8 hypothetical before buying ('if it does not suit us, do we get the money back?'): a policy question -> other.")

# l35 payment already refunded
C.append(cust("info@reitstall-kirchberg.de", "Reitstall Kirchberg", "monthly", start="2025-09-22", end="2025-10-21"))
pay("info@reitstall-kirchberg.de", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21", "LO-INV-33391")
pay("info@reitstall-kirchberg.de", "monthly", M, "2025-09-22T09:00:40", "2025-09-22", "2025-10-21", "LO-INV-33392", status="refunded")
r.case("kirchberg-hunsrueck-schon-erstattet", LOB, [Mail(
    "Reitstall Kirchberg <info@reitstall-kirchberg.de>", "Erstattung LO-INV-33392 fehlt noch", at("2025-09-25 09:30", AT),
    "Guten Morgen,\n\nam 22.09. wurde doppelt abgebucht. Die doppelte Rechnung LO-INV-33392 bitte erstatten, auf "
    "unserem Konto ist noch nichts angekommen.\n\nGrüße\nLea Hahn, Reitstall Kirchberg (Hunsrück)")],
    "decided", [R("escalate")],
    spec="s.8: the charge LO-INV-33392 has status 'refunded' (not paid) -> a refund of it is escalated.")

# l36 HTML-only (Apple Mail), duplicate + cancel
C.append(cust("studio@tanzschule-mallnitz.at", "Tanzschule Mallnitz", "monthly", start="2025-09-28", end="2025-10-27"))
pay("studio@tanzschule-mallnitz.at", "monthly", M, "2025-09-28T13:00:00", "2025-09-28", "2025-10-27", "LO-INV-33401")
pay("studio@tanzschule-mallnitz.at", "monthly", M, "2025-09-28T13:02:00", "2025-09-28", "2025-10-27", "LO-INV-33402")
r.case("mallnitz-html-doppelt-und-kuendigung", LOB, [Mail(
    "Tanzschule Mallnitz <studio@tanzschule-mallnitz.at>", "Doppelt + Kündigung", at("2025-09-30 11:15", AT), None,
    html="<html><body><div style=\"font-family: Helvetica\">Liebes LeadsOptima-Team,<br><br>am 28.09. wurde der "
    "Monatsbeitrag <b>zweimal</b> abgebucht (LO-INV-33401 und LO-INV-33402). Bitte die zweite zurücküberweisen."
    "<br><br>Außerdem kündigen wir das Abo zum Ende der laufenden Periode, wir sperren die Tanzschule über den "
    "Winter zu.<br><br>Liebe Grüße<br>Birgit Lackner-Rauter</div><div>Von meinem iPhone gesendet</div></body></html>")],
    "decided", [R("approve", "1499.00"), K("cancel", "2025-10-27")],
    spec="HTML-only: L4 duplicate 2025-09-28, request 2025-09-30 (day 2): refund LO-INV-33402 = 1499.00; L8 cancel at current_period_end 2025-10-27.")

# l37 Sorbian-German annual cancel, no refund wanted
C.append(cust("kontakt@kamenzer-orgelbau.de", "Orgelbau Kamenz", "annual", start="2025-04-01", end="2026-03-31"))
pay("kontakt@kamenzer-orgelbau.de", "annual", A, "2025-04-01T09:00:00", "2025-04-01", "2026-03-31", "LO-INV-33411")
r.case("kamenz-jahr-kuendigung-ohne-erstattung", LOB, [Mail(
    "Orgelbau Kamenz <kontakt@kamenzer-orgelbau.de>", "Kündigung Jahresabo", at("2025-09-29 14:40", AT),
    "Sehr geehrte Damen und Herren,\n\nwir kündigen das Jahresabo. Eine Rückerstattung für die restlichen Monate "
    "erwarten wir nicht, das ist uns klar. Grund: unser Meister geht in Rente und die Werkstatt schließt Ende März.\n\n"
    "Mit freundlichen Grüßen\nMarja Šołćina\nOrgelbau Kamenz")],
    "decided", [K("cancel", "2026-03-31")],
    spec="L8 cancel at current_period_end 2026-03-31; 'eine Rückerstattung erwarten wir nicht' adds no refund intent (s.8).")

# l38 long rambling music school mail, the cancellation in the middle
C.append(cust("leitung@musikschule-drautal.at", "Musikschule Drautal", "quarterly", start="2025-07-10", end="2025-10-09"))
pay("leitung@musikschule-drautal.at", "quarterly", Q, "2025-07-10T09:00:00", "2025-07-10", "2025-10-09", "LO-INV-33421")
r.case("drautal-musikschule-lange-mail", LOB, [Mail(
    "Musikschule Drautal <leitung@musikschule-drautal.at>", "Einiges zu besprechen", at("2025-09-26 22:10", AT),
    "Liebes Team,\n\nzuerst einmal danke für das Webinar letzte Woche, die Kollegin aus Spittal war begeistert. "
    "Wir hatten dann eine lange Sitzung im Vorstand, und nach viel Hin und Her haben wir beschlossen, das "
    "Quartalsabo zu kündigen: das Land Kärnten stellt ab Jänner allen Musikschulen eine gemeinsame Software zur "
    "Verfügung, da müssen wir mitmachen. Die Lehrer fragen noch, ob man die Kontaktlisten als Excel herunterladen "
    "kann, bevor der Zugang endet. Und eine Kleinigkeit: im Export fehlen bei den Umlauten manchmal Zeichen.\n\n"
    "Herzliche Grüße und nochmals danke\nElisabeth Moser, Leitung\nMusikschule Drautal, Sachsenburg")],
    "decided", [K("cancel", "2025-10-09")],
    spec="L8: the cancellation sits in the middle of a long mail with questions; cancel at current_period_end 2025-10-09.")


# ======================= Optima WebDesign =======================

# o01 discovery, nothing started -> full refund
P.append(proj("Zahnwerk Hallein Website", "praxis@zahnwerk-hallein.at", None))
opay("OWD-2025-3301", "Zahnwerk Hallein Website", "discovery", "15000.00", "2700.00", "2025-09-24T11:00:00")
r.case("hallein-zahnpraxis-discovery", OWB, [B(
    "Zahnwerk Hallein <praxis@zahnwerk-hallein.at>", "Refund Request — Zahnwerk Hallein Website / OWD-2025-3301",
    at("2025-09-26 12:00", AT),
    "Sehr geehrte Damen und Herren,\n\nwir haben am 24.09. die Discovery-Phase für das Projekt \"Zahnwerk Hallein "
    "Website\" bezahlt (OWD-2025-3301). Der Termin für den Workshop war für 8. Oktober geplant. Leider wird die "
    "Praxis an eine Kette verkauft, die eine eigene Website hat. Wir ersuchen daher um volle Rückerstattung.\n\n"
    "Mit freundlichen Grüßen\nDr. Petra Hofer\nZahnwerk Hallein")],
    "decided", [R("approve", "15000.00")],
    spec="O1: discovery OWD-2025-3301, work_started_at empty -> full refund 15000.00 (before tax).")

# o02 discovery, workshop held -> deny
P.append(proj("Mosel-Eifel Ferienhäuser Relaunch", "buchung@mosel-eifel-fewo.de", "2025-09-18T10:00:00"))
opay("OWD-2025-3302", "Mosel-Eifel Ferienhäuser Relaunch", "discovery", "9500.00", "1710.00", "2025-09-12T10:00:00")
r.case("cochem-discovery-schon-workshop", OWB, [B(
    "Mosel-Eifel Ferienhäuser <buchung@mosel-eifel-fewo.de>", "Rückerstattung Strategiephase", at("2025-09-25 09:40", AT),
    "Guten Morgen,\n\nnach dem Workshop vom 18. September sind wir uns intern nicht mehr einig, ob wir den Relaunch "
    "überhaupt machen. Für \"Mosel-Eifel Ferienhäuser Relaunch\" bitten wir daher um Erstattung der Strategiephase "
    "(Rechnung OWD-2025-3302).\n\nBeste Grüße\nUlrike Hens")],
    "decided", [R("deny")],
    spec="O1: the discovery session started 2025-09-18, before the request -> deny.")

# o03 deposit within 72 h
P.append(proj("Schmiede Löbau Onlineshop", "shop@schmiede-loebau.de", None))
opay("OWD-2025-3303", "Schmiede Löbau Onlineshop", "deposit", "30000.00", "5400.00", "2025-09-27T11:00:00")
w = at("2025-09-29 09:00", AT)
assert hours("2025-09-27T11:00:00", w) == 49.5
r.case("loebau-anzahlung-49h", OWB, [B(
    "Schmiede Löbau <shop@schmiede-loebau.de>", "Anzahlung zurück - Schmiede Löbau Onlineshop", w,
    "Guten Morgen,\n\nam Samstag haben wir die Anzahlung für den Onlineshop überwiesen (OWD-2025-3303). Heute früh hat "
    "uns die Sparkasse den Förderkredit abgelehnt, wir können das Projekt nicht machen. Bitte die Anzahlung "
    "zurück.\n\nMit freundlichen Grüßen\nKarl Zschornack\nKunstschmiede Löbau, Oberlausitz")],
    "decided", [R("approve", "30000.00")],
    spec="O2: paid 2025-09-27 11:00 IST (07:30 CEST Saturday), request 2025-09-29 09:00 CEST = 12:30 IST = 49.5 h < 72, no work started -> 30000.00.")

# o04 deposit exactly 72 h
P.append(proj("Bergbauernhof Rauris Website", "hof@bergbauer-rauris.at", None))
opay("OWD-2025-3304", "Bergbauernhof Rauris Website", "deposit", "12000.00", "2160.00", "2025-09-25T14:30:00")
w = at("2025-09-28 11:00", AT)
assert hours("2025-09-25T14:30:00", w) == 72
r.case("rauris-anzahlung-genau-72h", OWB, [B(
    "Bergbauernhof Rauris <hof@bergbauer-rauris.at>", "Anzahlung Website", w,
    "Servus,\n\nwir haben am Donnerstag um 11 Uhr die Anzahlung für die Website \"Bergbauernhof Rauris Website\" "
    "bezahlt (OWD-2025-3304). Mein Bruder macht die Seite jetzt doch selber. Bitte um Rückzahlung, es sind ja noch "
    "keine drei Tage.\n\nPfiat eich\nSepp Gruber")],
    "decided", [R("deny")],
    spec="O2 + s.8: paid 2025-09-25 14:30 IST (11:00 CEST Thursday), request 2025-09-28 11:00 CEST = 14:30 IST: exactly 72 h is not before 72 h -> deny.")

# o05 deposit within 72 h but work started
P.append(proj("Café Neiße Zittau", "cafe@cafe-zittau.de", "2025-09-29T09:00:00"))
opay("OWD-2025-3305", "Café Neiße Zittau", "deposit", "8000.00", "1440.00", "2025-09-28T10:00:00")
w = at("2025-09-29 16:00", AT)
assert hours("2025-09-28T10:00:00", w) == 33.5
r.case("zittau-anzahlung-arbeit-begonnen", OWB, [B(
    "Café Neiße <cafe@cafe-zittau.de>", "Storno Anzahlung OWD-2025-3305", w,
    "Hallo,\n\nwir ziehen das Projekt \"Café Neiße Zittau\" zurück, der Pachtvertrag fürs Café wurde nicht "
    "verlängert. Die Anzahlung von gestern bitte zurück (OWD-2025-3305). Ihr Designer hat heute früh schon Entwürfe "
    "geschickt, die brauchen wir aber nicht.\n\nGrüße\nJana Wenzel")],
    "decided", [R("deny")], extra_ok=True,
    spec="O2: 33.5 h after payment, but work started 2025-09-29 09:00 IST, before the request (19:30 IST) -> deny (whichever first). extra_ok: the mail also withdraws the project/session explicitly; an extra cancellation decision (cancel or escalate) cannot hurt either side.")

# o06 milestone not started
P.append(proj("Chorgemeinschaft Tauernblick Portal", "sekretariat@chorgemeinschaft-tauernblick.at", "2025-07-01T10:00:00"))
opay("OWD-2025-3306", "Chorgemeinschaft Tauernblick Portal", "milestone", "18500.00", "3330.00", "2025-09-20T10:00:00",
     milestone_status="not_started")
r.case("salzburg-chorverband-meilenstein-offen", OWB, [B(
    "Chorgemeinschaft Sekretariat <sekretariat@chorgemeinschaft-tauernblick.at>", "Meilenstein 3 (Mitgliederbereich) zurück",
    at("2025-09-29 15:00", AT),
    "Sehr geehrtes Team,\n\nder Vorstand hat beschlossen, den Mitgliederbereich doch nicht umzusetzen: die "
    "Mitglieder wollen keine Logins. Wir bitten daher um Rückerstattung der Zahlung für Meilenstein 3 im Projekt "
    "\"Chorgemeinschaft Tauernblick Portal\", Rechnung OWD-2025-3306 (18.500,00 netto). Mit diesem Teil wurde laut "
    "Projektplan noch nicht begonnen.\n\nMit musikalischen Grüßen\nBrigitte Eder, Sekretariat")],
    "decided", [R("approve", "18500.00")],
    spec="O3: milestone OWD-2025-3306 status not_started -> refund the milestone amount 18500.00 (before tax).")

# o07 milestone in progress
P.append(proj("Agrar Banat Export Katalog", "export@agrar-banat.ro", "2025-08-01T10:00:00"))
opay("OWD-2025-3307", "Agrar Banat Export Katalog", "milestone", "22000.00", "3960.00", "2025-09-10T10:00:00",
     milestone_status="in_progress")
r.case("banat-meilenstein-in-arbeit", OWB, [B(
    "Agrar Banat Export <export@agrar-banat.ro>", "Erstattung Meilenstein Produktkatalog", at("2025-09-26 13:30", RO),
    "Sehr geehrte Damen und Herren,\n\nfür das Projekt \"Agrar Banat Export Katalog\" haben wir den Meilenstein "
    "Produktkatalog bezahlt (OWD-2025-3307). Wir haben den Export nach Deutschland eingestellt, der Katalog wird "
    "nicht mehr gebraucht. Bitte erstatten Sie den Teil, der noch nicht gemacht ist.\n\nMit freundlichen Grüßen\n"
    "Stefan Lahner\nAgrar Banat SRL, Großsanktnikolaus")],
    "decided", [R("escalate")],
    spec="O3: milestone OWD-2025-3307 in_progress -> escalate (value of the work not done needs a person).")

# o08 milestone approved
P.append(proj("Tonstudio Kleve Relaunch", "studio@tonstudio-kleve.de", "2025-07-15T10:00:00"))
opay("OWD-2025-3308", "Tonstudio Kleve Relaunch", "milestone", "14000.00", "2520.00", "2025-08-30T10:00:00",
     milestone_status="approved")
r.case("kleve-niederlaender-meilenstein-abgenommen", OWB, [B(
    "Tonstudio Kleve <studio@tonstudio-kleve.de>", "Geld zurück Design-Meilenstein", at("2025-09-24 11:10", AT),
    "Guten Tag,\n\nwir haben das Design im August abgenommen, aber jetzt gefällt es uns nicht mehr, der neue "
    "Partner von mir (Holländer wie ich) findet es zu dunkel. Wir möchten das Geld für den Meilenstein OWD-2025-3308 "
    "vom Projekt Tonstudio Kleve Relaunch zurück.\n\nMet vriendelijke groet\nDaan Visser")],
    "decided", [R("deny")],
    spec="O3/O6: the milestone is approved -> deny (non-refundable items).")

# o09 retainer, enough notice
P.append(proj("Hofkäserei Allgäu Social Media", "marketing@hofkaeserei-allgaeu.de", "2025-03-01T10:00:00"))
opay("OWD-2025-3309", "Hofkäserei Allgäu Social Media", "retainer", "11000.00", "1980.00", "2025-09-15T09:00:00",
     period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00")
r.case("allgaeu-kaeserei-retainer-rechtzeitig", OWB, [B(
    "Hofkäserei Marketing <marketing@hofkaeserei-allgaeu.de>", "Kündigung Social-Media-Betreuung",
    at("2025-09-29 10:30", AT),
    "Grüß Gott,\n\nwir kündigen die monatliche Betreuung \"Hofkäserei Allgäu Social Media\" (zuletzt Rechnung "
    "OWD-2025-3309). Grund: unsere Tochter hat die Ausbildung fertig und macht Instagram ab jetzt selbst.\n\n"
    "Freundliche Grüße\nRosi Hartmann\nHofkäserei, Wertach")],
    "decided", [K("cancel", "2025-10-14")],
    spec="O4/O8: request 2025-09-29 <= next_billing 2025-10-15 - 7 = 2025-10-08 -> cancel, effective the day before: 2025-10-14.")

# o10 retainer, short notice (Manitoba, late evening crosses the date)
P.append(proj("Steinbach Bakery Online", "orders@steinbach-bakery.ca", "2025-05-01T10:00:00"))
opay("OWD-2025-3310", "Steinbach Bakery Online", "retainer", "9000.00", "1620.00", "2025-09-07T09:00:00",
     period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T09:00:00")
w = at("2025-09-29 22:30", MB)
assert ist(w) == "2025-09-30 09:00"
r.case("steinbach-baeckerei-retainer-stichtag", OWB, [B(
    "Steinbach Bakery <orders@steinbach-bakery.ca>", "Kuendigung Webpflege", w,
    "Guten Abend,\n\nhiermit kuendigen wir die Webseitenbetreuung \"Steinbach Bakery Online\" (Rechnung "
    "OWD-2025-3310). Die Backstube wird an die Nachbargemeinde verkauft und die haben ihren eigenen Webmaster. "
    "Bei uns ist es noch der 29., das sind also gut acht Tage bis zur naechsten Abrechnung.\n\n"
    "Gruss\nTina Reimer")],
    "decided", [K("cancel", "2025-10-06")],
    spec="O4: email 2025-09-29 22:30 CDT = 2025-09-30 09:00 IST; cut-off next_billing 2025-10-07 - 7 = 2025-09-30 -> the request date is on the cut-off, so 7 days' notice: cancel effective the day before next billing, 2025-10-06.")

# o11 retainer paid in advance
P.append(proj("Weinblog Recas", "redaktion@weinblog-banat.ro", "2025-04-01T10:00:00"))
opay("OWD-2025-3311", "Weinblog Recas", "retainer", "7000.00", "1260.00", "2025-09-18T09:00:00",
     period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T09:00:00")
opay("OWD-2025-3312", "Weinblog Recas", "retainer", "7000.00", "1260.00", "2025-09-25T09:00:00",
     period_start="2025-10-18", period_end="2025-11-17", next_billing_at="2025-11-18T09:00:00")
r.case("recas-weinblog-vorausbezahlt", OWB, [B(
    "Weinblog Recas Redaktion <redaktion@weinblog-banat.ro>", "Kündigung Blogbetreuung", at("2025-09-27 12:00", RO),
    "Sehr geehrte Damen und Herren,\n\nwir kündigen die Betreuung \"Weinblog Recas\" (Rechnungen OWD-2025-3311 und "
    "OWD-2025-3312, die zweite haben wir aus Versehen schon im Voraus bezahlt). Die Kellerei wurde an einen "
    "italienischen Konzern verkauft, der Blog wird eingestellt. Die im Voraus bezahlte Rechnung OWD-2025-3312 "
    "erstatten Sie uns bitte zurück.\n\nMit freundlichen Grüßen\nIngrid Sauer")],
    "decided", [R("escalate"), K("escalate")],
    spec="s.8 retainer paid in advance: next cycle 2025-10-18..2025-11-17 already paid (OWD-2025-3312), notice 2025-09-27 <= 2025-10-11 -> cancellation escalate; the refund of that paid-ahead cycle, asked for explicitly, is the person's call too (s.8 'a person refunds that cycle or not', O4) -> refund escalate, no amount.")

# o12 hosting within 14 days
P.append(proj("Gasthof Katschberg Hosting", "info@gasthof-katschberg.at", "2025-09-20T10:00:00"))
opay("OWD-2025-3313", "Gasthof Katschberg Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-19T10:00:00",
     setup_fee="2400.00", service_start="2025-09-20")
r.case("katschberg-hosting-anteilig", OWB, [B(
    "Gasthof Katschberg <info@gasthof-katschberg.at>", "Hosting stornieren + Rückerstattung", at("2025-09-27 16:00", AT),
    "Sehr geehrte Damen und Herren,\n\nwir haben am 19.09. das Jahreshosting für den Gasthof gebucht (OWD-2025-3313, "
    "Projekt Gasthof Katschberg Hosting). Der Tourismusverband bietet uns jetzt Hosting gratis im Regionsportal an. "
    "Wir möchten das Hosting daher stornieren und den anteiligen Betrag zurück.\n\nMit freundlichen Grüßen\n"
    "Familie Pirker-Mayr")],
    "decided", [R("approve", "14300.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-27 (day 7 <= 14): 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00.")

# o13 maintenance after 14 days
P.append(proj("Weingut Ahr Wartung", "wein@ahr-weingut-lenz.de", "2025-09-05T10:00:00"))
opay("OWD-2025-3314", "Weingut Ahr Wartung", "maintenance_annual", "9600.00", "1728.00", "2025-09-04T10:00:00",
     setup_fee="1200.00", service_start="2025-09-05")
w = at("2025-09-24 10:00", AT)
assert day("2025-09-05T00:00:00", w) == 19
r.case("ahr-wartung-zu-spaet", OWB, [B(
    "Weingut Lenz <wein@ahr-weingut-lenz.de>", "Wartungsvertrag zurückgeben", w,
    "Hallo,\n\nden Wartungsvertrag (Weingut Ahr Wartung, OWD-2025-3314) brauchen wir doch nicht, unser Neffe "
    "studiert Informatik und kümmert sich. Bitte erstatten Sie uns den Jahresbetrag anteilig.\n\nViele Grüße\nMartin Lenz")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-05, request 2025-09-24 = day 19 > 14 -> deny.")

# o14 maintenance with rounding
P.append(proj("Orgelfreunde Lausitz Wartung", "vorstand@orgelfreunde-lausitz.de", "2025-09-22T10:00:00"))
opay("OWD-2025-3315", "Orgelfreunde Lausitz Wartung", "maintenance_annual", "9999.00", "1799.82", "2025-09-21T10:00:00",
     setup_fee="1111.00", service_start="2025-09-22")
r.case("goerlitz-wartung-krumm", OWB, [B(
    "Orgelfreunde Lausitz e.V. <vorstand@orgelfreunde-lausitz.de>", "Rücktritt Wartungsvertrag", at("2025-09-30 18:30", AT),
    "Sehr geehrte Damen und Herren,\n\nder Verein tritt vom Wartungsvertrag \"Orgelfreunde Lausitz Wartung\" zurück "
    "(Rechnung OWD-2025-3315 über 9.999,00 netto). Die Mitgliederversammlung hat die Ausgabe nicht genehmigt. Wir "
    "bitten um die anteilige Erstattung.\n\nMit freundlichen Grüßen\nGottfried Paulick, Vorsitzender\nOrgelfreunde "
    "Lausitz e.V., Görlitz")],
    "decided", [R("approve", "8147.33")], extra_ok=True,
    spec="O5: service_start 2025-09-22, request 2025-09-30 (day 8): 9999 - 1111 - 8888/12 (740.666...) = 8147.333... -> 8147.33 (rounded once).")

# o15 domain (third party)
P.append(proj("Pfarrverband Gailtal Website", "pfarrverband@gailtal-pfarren.at", "2025-06-01T10:00:00"))
opay("OWD-2025-3316", "Pfarrverband Gailtal Website", "third_party", "1800.00", "324.00", "2025-09-23T10:00:00")
r.case("gailtal-pfarrverband-domain", OWB, [B(
    "Pfarrverband Gailtal <pfarrverband@gailtal-pfarren.at>", "Domain zurückgeben", at("2025-09-25 09:00", AT),
    "Grüß Gott,\n\nSie haben für den Pfarrverband Gailtal Website die Domain verlängert (OWD-2025-3316). Die Diözese "
    "stellt uns aber eine Subdomain zur Verfügung. Bitte erstatten Sie die Domaingebühr.\n\nMit freundlichen Grüßen\n"
    "Pfarrsekretariat Hermagor")],
    "decided", [R("deny")],
    spec="O6: third_party (domain renewal) never refundable -> deny.")

# o16 rush fee
P.append(proj("Zahnklinik Sønderborg Landingpage", "marketing@zahnklinik-sonderborg.dk", "2025-09-15T10:00:00"))
opay("OWD-2025-3317", "Zahnklinik Sønderborg Landingpage", "rush", "6000.00", "1080.00", "2025-09-15T10:00:00")
r.case("soenderborg-eilzuschlag", OWB, [B(
    "Zahnklinik Sønderborg <marketing@zahnklinik-sonderborg.dk>", "Eilzuschlag zurück?", at("2025-09-26 10:20", AT),
    "Hej,\n\nwir haben für die Landingpage (Zahnklinik Sønderborg Landingpage) den Eilzuschlag bezahlt, OWD-2025-3317, "
    "damit sie zur Messe fertig ist. Die Messe wurde abgesagt, also brauchten wir die Eile gar nicht. Bitte das Geld "
    "für den Zuschlag zurück.\n\nVenlig hilsen\nLars Holm")],
    "decided", [R("deny")],
    spec="O6: rush fee never refundable -> deny.")

# o17 C2: private address
P.append(proj("Physio Maria Saal Website", "praxis@physio-mariasaal.at", "2025-09-01T10:00:00"))
opay("OWD-2025-3318", "Physio Maria Saal Website", "deposit", "10000.00", "1800.00", "2025-09-28T10:00:00")
r.case("maria-saal-privatadresse-c2", OWB, [B(
    "Andrea Kraßnig <a.krassnig@aon.at>", "Anzahlung zurück", at("2025-09-29 07:30", AT),
    "Guten Morgen,\n\nich schreibe privat, in der Praxis ist das Internet ausgefallen. Für \"Physio Maria Saal "
    "Website\" haben wir gestern die Anzahlung überwiesen (OWD-2025-3318), wir möchten sie zurück, weil wir die "
    "Praxis doch nicht vergrößern. Vertragsadresse ist praxis@physio-mariasaal.at.\n\nAndrea Kraßnig")],
    "need_info", rules=["C2"],
    spec="C2: the contract email is praxis@physio-mariasaal.at; the mail comes from a private aon.at address -> ask for the request from the contract email.")

# o18 C2: Thunderbird forward
P.append(proj("Hunsrücker Bauernmarkt Shop", "vorstand@bauernmarkt-hunsrueck.de", None))
opay("OWD-2025-3319", "Hunsrücker Bauernmarkt Shop", "discovery", "7000.00", "1260.00", "2025-09-25T10:00:00")
r.case("hunsrueck-thunderbird-weiterleitung-c2", OWB, [B(
    "Kassenwart Bauernmarkt <kasse@bauernmarkt-hunsrueck.de>", "Fwd: Erstattung Discovery Hunsrücker Bauernmarkt Shop",
    at("2025-09-27 20:00", AT),
    "Bitte bearbeiten, der Vorstand ist im Urlaub. Die Überweisung soll aufs Vereinskonto.\n\n"
    "-------- Weitergeleitete Nachricht --------\nBetreff: Erstattung Discovery Hunsrücker Bauernmarkt Shop\n"
    "Datum: Fri, 26 Sep 2025 18:12:40 +0200\nVon: Vorstand Bauernmarkt <vorstand@bauernmarkt-hunsrueck.de>\n"
    "An: kasse@bauernmarkt-hunsrueck.de\n\nHallo Bernd, schreib bitte an Optima: wir wollen die Discovery "
    "(OWD-2025-3319) zurück, der Markt findet 2026 nicht statt, weil die Gemeinde den Platz braucht. Gruß Hermann")],
    "need_info", rules=["C2"],
    spec="s.8 forward: the request comes from the contract email vorstand@; the sender kasse@ is not it -> C2.")

# o19 C3: project and invoice missing (two projects on the contract email)
P.append(proj("Pinselstrich Relaunch", "info@maler-kuhn.de", "2025-07-01T10:00:00"))
P.append(proj("Serverpaket Farbraum", "info@maler-kuhn.de", "2025-08-01T10:00:00"))
opay("OWD-2025-3320", "Pinselstrich Relaunch", "milestone", "9000.00", "1620.00", "2025-09-10T10:00:00",
     milestone_status="not_started")
opay("OWD-2025-3321", "Serverpaket Farbraum", "hosting_annual", "6000.00", "1080.00", "2025-08-01T10:00:00",
     setup_fee="600.00", service_start="2025-08-01")
r.case("morbach-maler-projekt-fehlt", OWB, [B(
    "Malermeister Kuhn <info@maler-kuhn.de>", "Erstattung", at("2025-09-24 07:10", AT),
    "Guten Morgen,\n\nich hätte gerne mein Geld zurück. Die Auftragslage ist so schlecht, dass ich mir das gerade "
    "nicht leisten kann.\n\nMfG\nThomas Kuhn\nMalermeister, Morbach")],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: contract sender with a reason, but two projects on the address and neither project nor invoice named -> ask for project_name and invoice_number.")

# o20 C3 thread: invoice in the answer -> discovery approve
P.append(proj("Schreinerei Friesen Chaco Katalog", "schreinerei@friesen-chaco.com.py", None))
opay("OWD-2025-3322", "Schreinerei Friesen Chaco Katalog", "discovery", "6500.00", "1170.00", "2025-09-22T10:00:00")
opay("OWD-2025-3323", "Schreinerei Friesen Chaco Katalog", "third_party", "2500.00", "450.00", "2025-09-22T10:05:00")
v1 = B("Schreinerei Friesen <schreinerei@friesen-chaco.com.py>", "Rueckzahlung Schreinerei Friesen Chaco Katalog",
       at("2025-09-25 09:00", PY),
       "Guten Tag,\n\nwir moechten fuer das Projekt Schreinerei Friesen Chaco Katalog die Zahlung fuer die "
       "Strategie-Phase zurueck. Der Katalog wird doch von der Kooperative gedruckt, wir brauchen keinen eigenen.\n\n"
       "Gruss\nJakob Friesen", msgid="<de33-friesen.20250925@friesen-chaco.com.py>")
v_bot = B("Optima WebDesign <optimawebdesigns12@gmail.com>", "Re: Rueckzahlung Schreinerei Friesen Chaco Katalog [OWD-3330]",
          at("2025-09-25 20:00", (5, 30)), "Guten Tag,\nbitte nennen Sie uns die Rechnungsnummer.\nOptima WebDesign",
          reply=v1, to="schreinerei@friesen-chaco.com.py")
v_bot.build("de-o-bot")
r.case("chaco-schreinerei-thread-rechnung", OWB, [v1, B(
    "Schreinerei Friesen <schreinerei@friesen-chaco.com.py>", "Re: Rueckzahlung Schreinerei Friesen Chaco Katalog [OWD-3330]",
    at("2025-09-26 07:30", PY),
    "Guten Morgen, die Rechnung ist OWD-2025-3322. Gruss J. Friesen\n\n"
    "El jue, 25 sept 2025 a las 11:30, Optima WebDesign <optimawebdesigns12@gmail.com> escribió:\n"
    "> Guten Tag,\n> bitte nennen Sie uns die Rechnungsnummer.", reply=v_bot)],
    "decided", [R("approve", "6500.00")],
    spec="C3 thread: the project has two payments, the answer names OWD-2025-3322 (discovery, no work started) -> O1 approve 6500.00. The Spanish Gmail quote line is from the customer's client.")

# o21 C3: retainer cancel without reason
P.append(proj("Hausverwaltung Spittal Portal", "portal@hv-spittal.at", "2025-02-01T10:00:00"))
opay("OWD-2025-3324", "Hausverwaltung Spittal Portal", "retainer", "8500.00", "1530.00", "2025-09-20T09:00:00",
     period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00")
r.case("spittal-hausverwaltung-kuendigung-ohne-grund", OWB, [B(
    "HV Spittal Portal <portal@hv-spittal.at>", "Kündigung Hausverwaltung Spittal Portal / OWD-2025-3324", at("2025-09-25 11:00", AT),
    "Sehr geehrte Damen und Herren,\n\nwir kündigen die Betreuung \"Hausverwaltung Spittal Portal\" (OWD-2025-3324) "
    "zum nächstmöglichen Termin. Bitte bestätigen Sie uns das Enddatum schriftlich.\n\nMit freundlichen Grüßen\n"
    "Hausverwaltung Spittal\nSchillerstraße 4, 9800 Spittal an der Drau")],
    "need_info", missing=["reason"],
    spec="C3 + s.8: Optima requires a reason for cancellations too; contract sender, project and invoice given, no reason -> ask for reason.")

# o22 C4: cancellation with a consumer-protection threat
P.append(proj("Surfschule Rømø Website", "info@surfschule-romo.dk", "2025-05-01T10:00:00"))
opay("OWD-2025-3325", "Surfschule Rømø Website", "retainer", "7500.00", "1350.00", "2025-09-12T09:00:00",
     period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00")
r.case("romo-surfschule-anwalt", OWB, [B(
    "Surfschule Rømø <info@surfschule-romo.dk>", "Kündigung und Beschwerde", at("2025-09-28 13:00", AT),
    "Hallo,\n\nich kündige die Betreuung \"Surfschule Rømø Website\" (OWD-2025-3325). Die Seite war den ganzen Sommer "
    "langsam und wir haben Buchungen verloren. Wenn das nicht ordentlich abgewickelt wird, geht die Sache an meinen "
    "Anwalt in Tønder.\n\nMed venlig hilsen\nKasper Nielsen")],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4: a lawyer is mentioned as a threat -> escalate the whole case, the cancellation included.")

# o23 C7 auto-reply
r.case("abwesenheit-zahnwerk", OWB, [B(
    "Zahnwerk Hallein <praxis@zahnwerk-hallein.at>", "Automatische Antwort: Re: Refund Request [OWD-3301]",
    at("2025-09-27 08:00", AT),
    "Die Ordination ist von 29.09. bis 03.10. geschlossen. Ihre Nachricht wird nicht weitergeleitet. "
    "Zahnärztlicher Notdienst: 141.",
    headers={"Auto-Submitted": "auto-replied"}, refs_extra=["<owd-3301.20250926@gmail.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-replied -> ignore.")

# o24 other: question about moving the site
P.append(proj("Notenverlag Drau Website", "verlag@notenverlag-drau.at", "2025-03-01T10:00:00"))
opay("OWD-2025-3326", "Notenverlag Drau Website", "milestone", "12000.00", "2160.00", "2025-06-01T10:00:00",
     milestone_status="completed")
r.case("drau-notenverlag-frage-umzug", OWB, [B(
    "Notenverlag Drau <verlag@notenverlag-drau.at>", "Frage zum Umzug der Website", at("2025-09-30 14:30", AT),
    "Guten Tag,\n\nwir sind mit der Website (Notenverlag Drau Website) sehr zufrieden. Eine Frage: wenn wir nächstes "
    "Jahr zu einem österreichischen Hoster wechseln, bekommen wir dann alle Dateien und die Datenbank? Und was würde "
    "das kosten?\n\nBeste Grüße\nFlorian Unterkircher")],
    "other", spec="A question, no refund or cancellation: other.")

# o25 discovery: work starts after the request
P.append(proj("Siebenbürgen Reisen Website", "buero@siebenbuergen-reisen.de", "2025-10-06T10:00:00"))
opay("OWD-2025-3327", "Siebenbürgen Reisen Website", "discovery", "11000.00", "1980.00", "2025-09-26T10:00:00")
r.case("siebenbuergen-reisen-discovery-geplant", OWB, [B(
    "Siebenbürgen Reisen <buero@siebenbuergen-reisen.de>", "Discovery stornieren", at("2025-09-29 12:15", RO),
    "Sehr geehrte Damen und Herren,\n\nunser erster Termin für die Discovery (Projekt \"Siebenbürgen Reisen Website\", "
    "Rechnung OWD-2025-3327) wäre am 6. Oktober. Wir sagen ab: die Busreisen nach Hermannstadt werden nächstes Jahr "
    "nicht mehr angeboten, der Partnerbetrieb hört auf. Bitte die Gebühr zurückerstatten.\n\nMit freundlichen Grüßen\n"
    "Helga Schuller")],
    "decided", [R("approve", "11000.00")], extra_ok=True,
    spec="O1: work_started_at 2025-10-06 is later than the request (2025-09-29) -> nothing started yet: full refund 11000.00. extra_ok: the mail also withdraws the project/session explicitly; an extra cancellation decision (cancel or escalate) cannot hurt either side.")

# o26 hosting: refund before the service starts
P.append(proj("Musikschule Lienz Hosting", "verwaltung@musikschule-lienz.at", None))
opay("OWD-2025-3328", "Musikschule Lienz Hosting", "hosting_annual", "7200.00", "1296.00", "2025-09-26T10:00:00",
     setup_fee="960.00", service_start="2025-10-15")
r.case("lienz-musikschule-hosting-vor-start", OWB, [B(
    "Musikschule Lienz <verwaltung@musikschule-lienz.at>", "Hosting OWD-2025-3328 - Rücktritt", at("2025-09-29 10:00", AT),
    "Sehr geehrte Damen und Herren,\n\nwir treten vom Jahreshosting \"Musikschule Lienz Hosting\" (OWD-2025-3328) "
    "zurück, die Stadtgemeinde hostet ab sofort alle Schulseiten kostenlos. Das Hosting hätte erst am 15. Oktober "
    "begonnen. Bitte um Rückerstattung.\n\nMit freundlichen Grüßen\nKarin Wallensteiner, Verwaltung")],
    "decided", [R("approve", "5720.00")], extra_ok=True,
    spec="O5 + s.8: service starts 2025-10-15, after the request -> consumed_months 1: 7200 - 960 - 6240/12 (520) = 5720.00.")

# ---- additions: O6 setup / change_request, a payment not paid, C7 own address, L1 with a slashed invoice ----
P.append(proj("Zahnarztpraxis Leibnitz Termine", "praxis@zahnarzt-leibnitz.at", "2025-09-10T10:00:00"))
opay("OWD-2025-3329", "Zahnarztpraxis Leibnitz Termine", "setup", "4500.00", "810.00", "2025-09-10T10:00:00")
r.case("leibnitz-einrichtungsgebuehr", OWB, [B(
    "Zahnarztpraxis Leibnitz <praxis@zahnarzt-leibnitz.at>", "Einrichtungsgebühr OWD-2025-3329", at("2025-09-24 13:10", AT),
    "Sehr geehrte Damen und Herren,\n\ndie Online-Terminbuchung (Projekt \"Zahnarztpraxis Leibnitz Termine\") nutzen "
    "wir kaum, die Patienten rufen lieber an. Wir ersuchen um Rückerstattung der Einrichtungsgebühr, Rechnung "
    "OWD-2025-3329.\n\nMit freundlichen Grüßen\nOrdinationsteam Leibnitz")],
    "decided", [R("deny")],
    spec="O6: a setup fee is never refundable -> deny.")

P.append(proj("Pfarrei Prüm Website", "pfarrbuero@pfarrei-pruem.de", "2025-06-01T10:00:00"))
opay("OWD-2025-3330", "Pfarrei Prüm Website", "change_request", "3500.00", "630.00", "2025-09-22T10:00:00")
r.case("pruem-pfarrbuero-zusatzwunsch", OWB, [B(
    "Pfarrbüro Prüm <pfarrbuero@pfarrei-pruem.de>", "Zusatzauftrag Gottesdienstkalender", at("2025-09-26 09:20", AT),
    "Guten Morgen,\n\nfür die Pfarrei Prüm Website hatten wir den Gottesdienstkalender als Zusatzauftrag bestellt "
    "(OWD-2025-3330). Das Bistum stellt jetzt einen zentralen Kalender bereit, den wir nur einbinden müssen. "
    "Bitte den Zusatzauftrag stornieren und das Geld zurück.\n\nMit freundlichen Grüßen\nGabi Schmitz, Pfarrsekretärin")],
    "decided", [R("deny")], extra_ok=True,
    spec="O6: change_request outside the original scope -> never refundable: deny.")

P.append(proj("Eifeler Hofladen Shop", "shop@eifeler-hofladen.de", None))
opay("OWD-2025-3331", "Eifeler Hofladen Shop", "deposit", "9000.00", "1620.00", "2025-09-28T10:00:00", status="failed")
r.case("bitburg-hofladen-anzahlung-fehlgeschlagen", OWB, [B(
    "Eifeler Hofladen <shop@eifeler-hofladen.de>", "Anzahlung zurück bitte", at("2025-09-29 08:40", AT),
    "Guten Morgen,\n\nwir haben gestern die Anzahlung für den \"Eifeler Hofladen Shop\" gemacht (OWD-2025-3331). Die "
    "Bank zeigt sie als abgebucht. Wir bauen den Hofladen doch erst 2027 um, bitte die Anzahlung zurück.\n\n"
    "Viele Grüße\nAnke Hoffmann, Bitburg")],
    "decided", [R("escalate")],
    spec="s.8: the ledger shows OWD-2025-3331 as 'failed' (not paid) -> a refund of it is escalated, whatever O2 would say.")

r.case("eigene-adresse-billing", LOB, [Mail(
    "LeadsOptima Billing <billing@leadsoptima.com>", "Ihre Rechnung LO-INV-33101 / Zahlungsbestätigung",
    at("2025-09-22 08:20", (5, 30)),
    "Hallo,\n\nvielen Dank für Ihre Zahlung von 1.499,00 INR. Kündigen können Sie jederzeit unter Billing > Cancel Plan.\n\n"
    "Ihr LeadsOptima-Team", to="support@leadsoptima.com")],
    "ignore", rules=["C7"], spec="C7: mail from the brand's own address billing@leadsoptima.com -> ignore.")

C.append(cust("ordination@tierarzt-feldkirchen.at", "Tierarztpraxis Feldkirchen", "annual", start="2025-09-26", end="2026-09-25"))
pay("ordination@tierarzt-feldkirchen.at", "annual", A, "2025-09-26T11:00:00", "2025-09-26", "2026-09-25", "LO-INV-33431")
r.case("feldkirchen-tierarzt-ungenutzte-monate", LOB, [Mail(
    "Tierarztpraxis Feldkirchen <ordination@tierarzt-feldkirchen.at>", "Rückzahlung lo/inv/33431", at("2025-09-29 18:20", AT),
    "Guten Abend,\n\nwir haben das Jahresabo wegen des Rabatts genommen, jetzt ist klar: der Tierarzt geht im "
    "Jänner in Pension und die Praxis sperrt zu. Die "
    "Rechnung lo/inv/33431 über elftausendneunhundertachtundachtzig Rupien ist für uns zu viel, wir werden es höchstens "
    "drei Monate verwenden. Bitte die ungenutzten Monate zurückzahlen, das Abo soll weiterlaufen bis wir entscheiden.\n\n"
    "Mit freundlichen Grüßen\nMag. med. vet. Christina Pichler")],
    "decided", [R("deny")],
    spec="L1: refund of unused months (the practice closes; no exception) -> deny; no cancellation asked ('soll weiterlaufen'). s.8: 'lo/inv/33431' is LO-INV-33431.")

r.write(ledger)
