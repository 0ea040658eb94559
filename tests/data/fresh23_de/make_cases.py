"""fresh23_de: German held-out cases (Germany, Austria, Switzerland). Stdlib only, deterministic.
Run `python3 make_cases.py` to write ledger.json, emails/*.eml and expected.json beside this file."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from casekit import LO, OWD, LOB, OWB, cust, lopay, proj, owpay, M, Q, A  # noqa: E402
from kit23 import Round, tz  # noqa: E402

R = Round(HERE, "de", "mail.fresh23-de.example")
L = R.ledger
CEST = tz(2)  # Germany, Austria, Switzerland in September 2025


def rf(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def cn(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome, "amount": None}
    if outcome == "cancel":
        d["effective_date"] = eff
    return d


def c(*a, **k):
    L["customers"].append(cust(*a, **k))


def p(*a, **k):
    L["payments"].append(lopay(*a, **k))


def pj(*a):
    L["projects"].append(proj(*a))


def op(*a, **k):
    L["payments"].append(owpay(*a, **k))


SIG_GMBH = """
--
Mit freundlichen Grüßen

Dr. Ralf Engel
Geschäftsführer

Engel Logistik GmbH | Hafenstraße 12 | 20457 Hamburg
Tel. +49 40 555 0199 | www.engel-logistik.example
Sitz der Gesellschaft: Hamburg | Amtsgericht Hamburg HRB 123456
Geschäftsführer: Dr. Ralf Engel | USt-IdNr. DE123456789

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der
richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den
Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser
Mail ist nicht gestattet. Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.
"""

# ---------------------------------------------------------------- LeadsOptima
# l01 duplicate inside window -> approve
c("anna.becker@web.de", "Anna Becker", "annual", start="2025-09-22", end="2026-09-21")
p("de_p01a", "LO-INV-52001", "anna.becker@web.de", "annual", *A, "2025-09-22T09:10:00", "2025-09-22", "2026-09-21")
p("de_p01b", "LO-INV-52002", "anna.becker@web.de", "annual", *A, "2025-09-22T09:14:00", "2025-09-22", "2026-09-21")
m = R.mail("l01-doppelt", "Anna Becker <anna.becker@web.de>", LO, "Doppelte Abbuchung Jahresabo",
           "Hallo zusammen,\n\nmir ist heute auf dem Kontoauszug aufgefallen, dass Ihr das Jahresabo zweimal "
           "abgebucht habt, beide Male am 22.09., jeweils 11.988 Rs plus Steuer. Das zweite ist die Rechnung "
           "LO-INV-52002. Bitte die doppelte Zahlung zurückerstatten.\n\nViele Grüße\nAnna Becker\n\n"
           "Von meinem iPhone gesendet", "2025-09-25 08:45", CEST)
R.case("l01-jahresabo-doppelt", LOB, [m], "decided", [rf("approve", "11988.00")],
       spec="L2 duplicate_payment, L4: two paid annual charges 2025-09-22 same period; request 2025-09-25 IST = day 3 <= 7 (L3); refund the later charge LO-INV-52002, 11988.00 before tax (C6).")

# l02 duplicate outside window -> deny
c("jonas.wagner@gmx.de", "Jonas Wagner", "monthly", start="2025-09-08", end="2025-10-07")
p("de_p02a", "LO-INV-52011", "jonas.wagner@gmx.de", "monthly", *M, "2025-09-08T07:30:00", "2025-09-08", "2025-10-07")
p("de_p02b", "LO-INV-52012", "jonas.wagner@gmx.de", "monthly", *M, "2025-09-08T07:31:00", "2025-09-08", "2025-10-07")
m = R.mail("l02-zu-spaet", "jonas.wagner@gmx.de", LO, "Re: Ihre Rechnung LO-INV-52012",
           "moin,\nhab grad erst gesehen dass ihr am 8.9. zweimal 1499 abgezogen habt (rechnung lo-inv-52012 ist die "
           "zweite). war im urlaub deshalb meld ich mich erst jetzt. bitte eine davon zurück.\njonas",
           "2025-09-16 10:20", CEST,
           headers={"In-Reply-To": "<inv-LO-INV-52012@billing.leadsoptima.com>",
                    "References": "<inv-LO-INV-52012@billing.leadsoptima.com>"})
R.case("l02-doppelt-nach-7-tagen", LOB, [m], "decided", [rf("deny")],
       spec="L3: charges 2025-09-08 (day 0); request 2025-09-16 13:50 IST = day 8 > 7 -> deny citing the 7-day rule.")

# l03 claimed duplicate, ledger shows one charge -> escalate
c("petra.schulz@t-online.de", "Petra Schulz", "quarterly", start="2025-09-24", end="2025-12-23")
p("de_p03", "LO-INV-52021", "petra.schulz@t-online.de", "quarterly", *Q, "2025-09-24T12:00:00", "2025-09-24", "2025-12-23")
m = R.mail("l03-bank-zeigt-zwei", "Petra Schulz <petra.schulz@t-online.de>", LO, "Zwei Abbuchungen?",
           "Sehr geehrte Damen und Herren,\n\nin meinem Online-Banking sehe ich für das Quartalsabo zwei Buchungen "
           "über je 4.718,82 INR. Ich habe aber nur einmal bezahlt. Ich bitte um Erstattung des doppelt "
           "abgebuchten Betrags.\n\nMit freundlichen Grüßen\nPetra Schulz", "2025-09-26 17:05", CEST)
R.case("l03-doppelt-aber-ledger-einfach", LOB, [m], "decided", [rf("escalate")],
       spec="L4: duplicate claimed on day 2, but the ledger holds one quarterly charge LO-INV-52021 (filled for the verified sender, section 1) -> no pair -> escalate, no amount.")

# l04 three identical charges -> sum of duplicates
c("markus.hoffmann@posteo.de", "Markus Hoffmann", "monthly", start="2025-09-05", end="2025-10-04")
for i, t in enumerate(["10:00", "10:01", "10:03"]):
    p(f"de_p04{'abc'[i]}", f"LO-INV-5203{i + 1}", "markus.hoffmann@posteo.de", "monthly", *M,
      f"2025-09-05T{t}:00", "2025-09-05", "2025-10-04")
m = R.mail("l04-dreimal", "Markus Hoffmann <markus.hoffmann@posteo.de>", LO, "DREIMAL abgebucht!!",
           "Hallo,\n\nIhr habt mir das Monatsabo am 05.09. DREIMAL abgebucht, Rechnungen LO-INV-52031, LO-INV-52032 "
           "und LO-INV-52033. Bezahlt habe ich natürlich nur einmal gewollt. Bitte die zwei zu viel "
           "abgebuchten Beträge zurück aufs Konto.\n\nGruß Markus", "2025-09-08 21:10", CEST)
R.case("l04-dreifach-abbuchung", LOB, [m], "decided", [rf("approve", "2998.00")],
       spec="Section 8 three identical charges: 52032 and 52033 are duplicates, both day 4 <= 7 (request 2025-09-09 00:40 IST) -> 2 x 1499.00 = 2998.00.")

# l05 billing error (charged after cancelling), Austria -> escalate
c("sabine.krueger@gmx.at", "Sabine Krüger", "monthly", status="cancelled", start="2025-09-27", end="2025-10-26")
p("de_p05", "LO-INV-52041", "sabine.krueger@gmx.at", "monthly", *M, "2025-09-27T06:00:00", "2025-09-27", "2025-10-26")
m = R.mail("l05-nach-kuendigung", "Sabine Krüger <sabine.krueger@gmx.at>", LO, "Abbuchung trotz Kündigung",
           "Grüß Gott,\n\nich hab mein Abo schon im August über die Einstellungen gekündigt, trotzdem wurde am "
           "27. September wieder abgebucht (LO-INV-52041). Das ist eine Fehlbuchung, bitte rückerstatten.\n\n"
           "Liebe Grüße aus Graz\nSabine Krüger", "2025-09-28 09:30", CEST)
R.case("l05-abbuchung-trotz-kuendigung", LOB, [m], "decided", [rf("escalate")],
       spec="L2 billing_error ('charged after I cancelled'), day 1 <= 7 -> L5 escalate with charge LO-INV-52041.")

# l06 access failure inside window -> escalate
c("thomas.bauer@bauer-haustechnik.de", "Thomas Bauer", "quarterly", start="2025-09-20", end="2025-12-19")
p("de_p06", "LO-INV-52051", "thomas.bauer@bauer-haustechnik.de", "quarterly", *Q, "2025-09-20T11:00:00", "2025-09-20", "2025-12-19")
m = R.mail("l06-kein-zugang", "Thomas Bauer <thomas.bauer@bauer-haustechnik.de>", LO, "Kein Zugang seit Samstag",
           "Guten Tag,\n\nseit Samstag lädt die Plattform bei uns nicht mehr, nur ein weißer Bildschirm, auf "
           "allen Rechnern und auch am Handy. Login geht nicht. Wir haben gerade erst das Quartal bezahlt "
           "(LO-INV-52051). Unter diesen Umständen möchte ich mein Geld zurück.\n\nMfG\nT. Bauer\n"
           "Bauer Haustechnik", "2025-09-24 07:55", CEST)
R.case("l06-plattform-laedt-nicht", LOB, [m], "decided", [rf("escalate")],
       spec="L2 access_failure ('Plattform lädt nicht', 'Login geht nicht'), charge 2025-09-20, request day 4 -> L6 escalate.")

# l07 access failure outside window, Switzerland -> deny
c("lukas.meier@bluewin.ch", "Lukas Meier", "monthly", start="2025-08-29", end="2025-09-28")
p("de_p07", "LO-INV-52061", "lukas.meier@bluewin.ch", "monthly", *M, "2025-08-29T10:00:00", "2025-08-29", "2025-09-28")
m = R.mail("l07-login-ch", "Lukas Meier <lukas.meier@bluewin.ch>", LO, "Login funktioniert nicht - Rückvergütung",
           "Grüezi\n\nIch kann mich seit dem 1. September nicht mehr einloggen, es kommt immer 'session expired'. "
           "Ich möchte deshalb eine Rückvergütung der Zahlung LO-INV-52061.\n\nFreundliche Grüsse\nLukas Meier",
           "2025-09-12 14:00", CEST)
R.case("l07-login-ausserhalb-frist", LOB, [m], "decided", [rf("deny")],
       spec="L2 access_failure but L3: charge 2025-08-29, request 2025-09-12 = day 14 > 7 -> deny.")

# l08 L1 unused month -> deny only
c("julia.fischer@web.de", "Julia Fischer", "monthly", start="2025-09-25", end="2025-10-24")
p("de_p08", "LO-INV-52071", "julia.fischer@web.de", "monthly", *M, "2025-09-25T08:00:00", "2025-09-25", "2025-10-24")
m = R.mail("l08-kaum-genutzt", "Julia Fischer <julia.fischer@web.de>", LO, "Erstattung Restmonat",
           "Hallo liebes LeadsOptima-Team,\n\nich hab das Tool diesen Monat ehrlich gesagt kaum genutzt, "
           "mein Projekt ist ins Wasser gefallen. Könnt ihr mir den Rest vom Monat erstatten? Wäre super lieb.\n\n"
           "LG Julia", "2025-09-27 11:12", CEST)
R.case("l08-restmonat-nicht-genutzt", LOB, [m], "decided", [rf("deny")],
       spec="L1: 'kaum genutzt' is not an L2 reason -> deny, cancellation offered in the reply (no cancellation requested); invoice filled from the one charge.")

# l09 trial account -> deny L7
c("felix.schneider@outlook.de", "Felix Schneider", "monthly", status="trial", trial_ends="2025-10-05")
m = R.mail("l09-testphase", "Felix Schneider <felix.schneider@outlook.de>", LO, "Geld zurück",
           "Hallo, ich bin gerade in der Testphase und will auf keinen Fall ein Abo. Bitte erstattet mir "
           "alles was ihr abgebucht habt, ich wollte nur testen, ob das Tool für unseren Verein passt.\nFelix",
           "2025-09-30 19:40", CEST)
R.case("l09-testphase-erstattung", LOB, [m], "decided", [rf("deny")],
       spec="L7: the account is on a free trial (trial_ends 2025-10-05), no charges -> deny; reply says no billing unless they subscribe.")

# l10 cancel monthly (formal letter) -> cancel at period end
c("katrin.wolf@gmx.de", "Katrin Wolf", "monthly", start="2025-09-15", end="2025-10-14")
p("de_p10", "LO-INV-52091", "katrin.wolf@gmx.de", "monthly", *M, "2025-09-15T09:00:00", "2025-09-15", "2025-10-14")
m = R.mail("l10-kuendigung-brief", "Katrin Wolf <katrin.wolf@gmx.de>", LO, "Kündigung meines Abonnements",
           "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich mein Abonnement (Monatstarif) fristgerecht "
           "zum nächstmöglichen Zeitpunkt.\n\nBitte bestätigen Sie mir die Kündigung sowie das Datum, zu dem "
           "sie wirksam wird, schriftlich.\n\nMit freundlichen Grüßen\n\nKatrin Wolf\nLindenweg 4\n50667 Köln",
           "2025-09-22 10:00", CEST)
R.case("l10-kuendigung-monatsabo", LOB, [m], "decided", [cn("cancel", "2025-10-14")],
       spec="L8: cancel; effective_date = current_period_end 2025-10-14 from the ledger; reason not needed for LO cancellations.")

# l11 cancel, L8 fallback with a UTC ledger time -> local date shifts
c("stefan.zimmermann@zimmermann-it.de", "Stefan Zimmermann", "quarterly")
p("de_p11", "LO-INV-52101", "stefan.zimmermann@zimmermann-it.de", "quarterly", *Q, "2025-07-31T20:00:00+00:00", None, None)
m = R.mail("l11-kuendigen-quartal", "Stefan Zimmermann <stefan.zimmermann@zimmermann-it.de>", LO, "kündigen",
           "Hi,\n\nbitte unser Quartalsabo kündigen, wir steigen auf ein CRM mit eingebautem Lead-Tool um.\n\n"
           "Danke & Gruß\nStefan\n\n-- \nZimmermann IT-Service | Stuttgart", "2025-09-29 16:20", CEST)
R.case("l11-kuendigung-fallback-utc", LOB, [m], "decided", [cn("cancel", "2025-10-31")],
       spec="L8 fallback (no current_period_end): last charge 2025-07-31T20:00Z = 2025-08-01 01:30 IST (section 8), + 3 months - 1 day = 2025-10-31.")

# l12 negation: no refund wanted, only cancel
c("claudia.richter@arcor.de", "Claudia Richter", "annual", start="2025-03-10", end="2026-03-09")
p("de_p12", "LO-INV-52111", "claudia.richter@arcor.de", "annual", *A, "2025-03-10T12:00:00", "2025-03-10", "2026-03-09")
m = R.mail("l12-kein-geld-zurueck", "Claudia Richter <claudia.richter@arcor.de>", LO, "Jahresabo nicht verlängern",
           "Guten Morgen,\n\nich möchte KEIN Geld zurück, mir ist klar, dass das Jahr bezahlt ist. Ich will nur, "
           "dass das Jahresabo nicht automatisch verlängert wird, also bitte kündigen.\n\nBeste Grüße\n"
           "Claudia Richter", "2025-09-23 08:05", CEST)
R.case("l12-keine-erstattung-nur-kuendigung", LOB, [m], "decided", [cn("cancel", "2026-03-09")],
       spec="Section 8 negation ('KEIN Geld zurück') adds no refund; L8 cancel at current_period_end 2026-03-09.")

# l13 C2: private gmail, names registered address
c("michael.braun@braun-consulting.de", "Michael Braun", "monthly", start="2025-09-20", end="2025-10-19")
p("de_p13a", "LO-INV-52121", "michael.braun@braun-consulting.de", "monthly", *M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
p("de_p13b", "LO-INV-52122", "michael.braun@braun-consulting.de", "monthly", *M, "2025-09-20T10:02:00", "2025-09-20", "2025-10-19")
m = R.mail("l13-privatadresse", "Michael Braun <m.braun1987@gmail.com>", LO, "doppelte Zahlung",
           "Hallo,\nschreibe von meiner privaten Adresse, weil ich im Büro gerade nicht rankomme. Mein Konto "
           "läuft auf michael.braun@braun-consulting.de, da wurde am 20.9. doppelt abgebucht (LO-INV-52122). "
           "Bitte zurückzahlen.\nMichael Braun", "2025-09-21 12:30", CEST)
R.case("l13-c2-private-adresse", LOB, [m], "need_info", rules=["C2"],
       spec="C2: sender m.braun1987@gmail.com is not the registered michael.braun@braun-consulting.de -> ask to write from it, disclose nothing.")

# l14 C2 via an Outlook forward (WG:)
c("dr.lang@kanzlei-lang.de", "Dr. Eva Lang", "annual", start="2025-02-01", end="2026-01-31")
p("de_p14", "LO-INV-52131", "dr.lang@kanzlei-lang.de", "annual", *A, "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
m = R.mail("l14-wg-assistenz", "Sekretariat Kanzlei Lang <assistenz@kanzlei-lang.de>", LO, "WG: Kündigung LeadsOptima",
           "Sehr geehrte Damen und Herren,\n\nanbei die Nachricht von Frau Dr. Lang mit der Bitte um Erledigung.\n\n"
           "Mit freundlichen Grüßen\nM. Kühn, Sekretariat\n\n"
           "Von: Dr. Eva Lang <dr.lang@kanzlei-lang.de>\nGesendet: Montag, 22. September 2025 18:02\n"
           "An: Sekretariat <assistenz@kanzlei-lang.de>\nBetreff: Kündigung LeadsOptima\n\n"
           "Frau Kühn, bitte kündigen Sie unser LeadsOptima-Jahresabo (Konto dr.lang@kanzlei-lang.de), "
           "wir nutzen es seit dem Frühjahr nicht mehr. Danke, E. Lang", "2025-09-23 09:15", CEST)
R.case("l14-c2-weiterleitung", LOB, [m], "need_info", rules=["C2"],
       spec="Section 8 forwards: the forwarded cancellation names the registered dr.lang@kanzlei-lang.de, sender is assistenz@ -> C2 need_info.")

# l15 C4 SEPA return threat + cancellation -> both escalate
c("daniel.koch@web.de", "Daniel Koch", "monthly", start="2025-09-26", end="2025-10-25")
p("de_p15", "LO-INV-52141", "daniel.koch@web.de", "monthly", *M, "2025-09-26T05:00:00", "2025-09-26", "2025-10-25")
m = R.mail("l15-ruecklastschrift", "Daniel Koch <daniel.koch@web.de>", LO, "Kündigung + Geld zurück sonst Rücklastschrift",
           "Ich kündige hiermit mein Abo. Und die 1499 von letzter Woche will ich zurück, ihr habt mir nie "
           "gesagt dass das automatisch verlängert. Wenn das Geld bis Freitag nicht da ist lass ich die "
           "Lastschrift bei meiner Bank zurückgehen.\n\nD. Koch", "2025-09-29 22:40", CEST)
R.case("l15-c4-ruecklastschrift", LOB, [m], "decided", [rf("escalate"), cn("escalate")], rules=["C4"],
       spec="C4: threat to return the direct debit (chargeback) covers the whole case (section 8): refund and cancellation both escalate.")

# l16 C4 lawyer / consumer protection, Switzerland
c("reto.baumann@sunrise.ch", "Reto Baumann", "quarterly", start="2025-09-25", end="2025-12-24")
p("de_p16", "LO-INV-52151", "reto.baumann@sunrise.ch", "quarterly", *Q, "2025-09-25T09:00:00", "2025-09-25", "2025-12-24")
m = R.mail("l16-anwalt-ch", "Reto Baumann <reto.baumann@sunrise.ch>", LO, "Falscher Betrag abgebucht",
           "Sehr geehrte Damen und Herren\n\nSie haben mir am 25.9. den falschen Betrag belastet (LO-INV-52151), "
           "ich hatte den Monatstarif gewählt. Ich verlange die Rückzahlung. Sollte ich bis Ende Woche nichts "
           "hören, übergebe ich die Sache meinem Anwalt und der Stiftung für Konsumentenschutz.\n\n"
           "Freundliche Grüsse\nReto Baumann", "2025-09-27 10:45", CEST)
R.case("l16-c4-anwalt", LOB, [m], "decided", [rf("escalate")], rules=["C4"],
       spec="C4: lawyer and consumer-protection threat -> escalate (also an L5 billing error inside the window).")

# l17 C7 out-of-office
m = R.mail("l17-abwesend", "Anna Becker <anna.becker@web.de>", LO, "Abwesenheitsnotiz: Ihre Anfrage [LO-2210]",
           "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.10.2025 nicht im Büro und habe keinen "
           "Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@becker-design.example.",
           "2025-09-26 06:00", CEST, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
R.case("l17-c7-abwesenheit", LOB, [m], "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied out-of-office -> ignore.")

# l18 C7 bounce from MAILER-DAEMON
m = R.mail("l18-unzustellbar", "Mail Delivery System <MAILER-DAEMON@mout.gmx.net>", LO,
           "Unzustellbar: Ihre Kündigungsbestätigung",
           "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht konnte an folgende Empfänger nicht "
           "zugestellt werden:\n\n  jonas.wagner@gmx.de\n    Mailbox voll / mailbox full\n\n--- Kündigung, "
           "Erstattung ---", "2025-09-24 13:00", CEST, headers={"Auto-Submitted": "auto-replied"})
R.case("l18-c7-bounce", LOB, [m], "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender (bounce) -> ignore even though it quotes 'Kündigung, Erstattung'.")

# l19 C7 newsletter
m = R.mail("l19-newsletter", "SaaS-Insider Newsletter <news@saas-insider.example>", LO,
           "Kündigungswelle bei SaaS-Abos: So holen Sie Ihr Geld zurück",
           "Liebe Leserinnen und Leser,\n\ndiese Woche: Warum immer mehr Kunden ihre Abos kündigen und eine "
           "Erstattung verlangen, und was Anbieter dagegen tun.\n\nAbmelden: https://saas-insider.example/abmelden",
           "2025-09-25 07:00", CEST, headers={"List-Id": "<weekly.saas-insider.example>", "Precedence": "bulk",
                                              "List-Unsubscribe": "<https://saas-insider.example/abmelden>"})
R.case("l19-c7-newsletter", LOB, [m], "ignore", rules=["C7"], spec="C7: List-Id + Precedence: bulk -> ignore.")

# l20 hypothetical before buying -> other
m = R.mail("l20-vorab-frage", "Sandra Huber <s.huber@huber-immobilien.example>", LO, "Frage vor Abschluss Jahresabo",
           "Hallo,\n\nbevor ich das Jahresabo abschließe: Würde ich mein Geld zurückbekommen, wenn das Tool für "
           "unsere Branche nicht passt? Und kann man monatlich kündigen?\n\nDanke und schönen Gruß\nSandra Huber",
           "2025-09-24 15:30", CEST)
R.case("l20-frage-vor-kauf", LOB, [m], "other", spec="Section 8 hypotheticals: a policy question before buying, nothing requested -> other.")

# l21 thanks after a refund -> other
c("tobias.lange@mailbox.org", "Tobias Lange", "monthly", start="2025-09-10", end="2025-10-09")
p("de_p21", "LO-INV-52161", "tobias.lange@mailbox.org", "monthly", *M, "2025-09-10T08:00:00", "2025-09-10", "2025-10-09")
m = R.mail("l21-danke", "Tobias Lange <tobias.lange@mailbox.org>", LO, "Re: Ihre Erstattung [LO-2188]",
           "Hallo,\n\ndie Erstattung für die doppelte Abbuchung ist heute auf meinem Konto eingegangen. Danke "
           "für die schnelle Bearbeitung, alles bestens!\n\nGruß Tobias\n\n> Ihre Erstattung über 1.499,00 INR "
           "wurde veranlasst.", "2025-09-30 18:00", CEST,
           headers={"In-Reply-To": "<LO-2188.refund@leadsoptima.com>", "References": "<LO-2188.refund@leadsoptima.com>"})
R.case("l21-danke-nach-erstattung", LOB, [m], "other", spec="A thank-you after a refund asks for nothing -> other.")

# l22 invoice question -> other
m = R.mail("l22-rechnung-ustid", "Buchhaltung Engel Logistik <buchhaltung@engel-logistik.example>", LO,
           "Rechnungskorrektur LO-INV-52171",
           "Sehr geehrte Damen und Herren,\n\nauf der Rechnung LO-INV-52171 fehlt unsere USt-IdNr. DE123456789. "
           "Bitte senden Sie uns eine korrigierte Rechnung, an der Zahlung selbst ist nichts auszusetzen.\n\n"
           "Mit freundlichen Grüßen\nBuchhaltung", "2025-09-26 09:20", CEST)
R.case("l22-rechnung-ohne-ustid", LOB, [m], "other", spec="An invoice correction request: neither refund nor cancellation -> other.")

# l23 missing reason: signature and disclaimer are not reasons
c("r.engel@engel-logistik.example", "Ralf Engel", "annual", start="2025-09-24", end="2026-09-23")
p("de_p23", "LO-INV-52171", "r.engel@engel-logistik.example", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
m = R.mail("l23-ohne-grund", "Dr. Ralf Engel <r.engel@engel-logistik.example>", LO, "Erstattung LO-INV-52171",
           "Sehr geehrte Damen und Herren,\n\nwir bitten um Erstattung der Zahlung zur Rechnung LO-INV-52171.\n\n"
           "Vielen Dank im Voraus für Ihre Bemühungen." + SIG_GMBH, "2025-09-26 11:00", CEST)
R.case("l23-fehlender-grund-signatur", LOB, [m], "need_info", missing=["reason"],
       spec="Section 8 'what a reason is': a restated request, courtesy line, signature and disclaimer are no reason -> need_info reason (plan and invoice known).")

# l24 thread: need_info answered with a reason -> approve
c("lea.krause@freenet.de", "Lea Krause", "monthly", start="2025-09-23", end="2025-10-22")
p("de_p24a", "LO-INV-52181", "lea.krause@freenet.de", "monthly", *M, "2025-09-23T14:00:00", "2025-09-23", "2025-10-22")
p("de_p24b", "LO-INV-52182", "lea.krause@freenet.de", "monthly", *M, "2025-09-23T14:01:00", "2025-09-23", "2025-10-22")
m1 = R.mail("l24-1-erstattung", "Lea Krause <lea.krause@freenet.de>", LO, "Erstattung lo inv 52182",
            "Hallo, bitte um Erstattung von lo inv 52182. Danke!\nLea", "2025-09-24 19:00", CEST)
m2 = R.mail("l24-2-antwort", "Lea Krause <lea.krause@freenet.de>", LO, "Re: Erstattung lo inv 52182 [LO-2231]",
            "Sorry, hätte ich dazuschreiben sollen: das wurde doppelt abgebucht, am 23.9. zweimal direkt "
            "hintereinander.\n\nLea\n\nAm 25.09.2025 um 06:31 schrieb LeadsOptima Support <support@leadsoptima.com>:\n"
            "> Bitte nennen Sie uns den Grund für Ihre Erstattungsanfrage.", "2025-09-25 08:10", CEST, parent=m1)
R.case("l24-thread-grund-nachgereicht", LOB, [m1, m2], "decided", [rf("approve", "1499.00")],
       spec="C3: the answer gives the reason (duplicate); L4 pair on 2025-09-23, request time = first email 2025-09-24 22:30 IST (day 1); 'lo inv 52182' = LO-INV-52182 -> 1499.00.")

# l25 day 7 exactly (evening in Switzerland, still the same IST date) -> approve
c("nadine.keller@hispeed.ch", "Nadine Keller", "quarterly", start="2025-09-19", end="2025-12-18")
p("de_p25a", "LO-INV-52191", "nadine.keller@hispeed.ch", "quarterly", *Q, "2025-09-19T10:00:00", "2025-09-19", "2025-12-18")
p("de_p25b", "LO-INV-52192", "nadine.keller@hispeed.ch", "quarterly", *Q, "2025-09-19T10:02:00", "2025-09-19", "2025-12-18")
m = R.mail("l25-tag7", "Nadine Keller <nadine.keller@hispeed.ch>", LO, "Doppelbelastung Quartal",
           "Guten Abend\n\nAuf meiner Kreditkartenabrechnung ist das Quartalsabo zweimal belastet, 2 x INR 3'999.00 "
           "am 19.9. Bitte die zweite Belastung (Rechnung LO-INV-52192) zurückerstatten.\n\nMerci und e schöne "
           "Obig\nNadine", "2025-09-26 20:00", CEST)
R.case("l25-tag-7-noch-drin", LOB, [m], "decided", [rf("approve", "3999.00")],
       spec="L3 day 7 is inside: charge 2025-09-19, request 2025-09-26 20:00 +02:00 = 23:30 IST on 2025-09-26 (day 7) -> L4 approve 3999.00.")

# l26 day 8 because of the time zone -> deny
c("ben.schroeder@gmx.net", "Ben Schröder", "monthly", start="2025-09-19", end="2025-10-18")
p("de_p26a", "LO-INV-52201", "ben.schroeder@gmx.net", "monthly", *M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
p("de_p26b", "LO-INV-52202", "ben.schroeder@gmx.net", "monthly", *M, "2025-09-19T10:05:00", "2025-09-19", "2025-10-18")
m = R.mail("l26-tag8-spaet", "Ben Schröder <ben.schroeder@gmx.net>", LO, "doppelt gezahlt",
           "sorry für die späte mail, hab grad die kreditkartenabrechnung gemacht: ihr habt am 19.9. zwei mal "
           "abgebucht, LO-INV-52202 ist doppelt. bitte zurück. danke ben", "2025-09-26 22:15", CEST)
R.case("l26-tag-8-zeitzone", LOB, [m], "decided", [rf("deny")],
       spec="L3: 2025-09-26 22:15 +02:00 = 2025-09-27 01:45 IST = day 8 after the 2025-09-19 charge -> deny.")

# l27 wrong plan charged, HTML-only webmail -> escalate L5
c("hanna.schmitt@web.de", "Hanna Schmitt", "annual", start="2025-09-27", end="2026-09-26")
p("de_p27", "LO-INV-52211", "hanna.schmitt@web.de", "annual", *A, "2025-09-27T16:00:00", "2025-09-27", "2026-09-26")
m = R.mail("l27-falscher-tarif-html", "Hanna Schmitt <hanna.schmitt@web.de>", LO, "Falscher Tarif abgebucht", None,
           "2025-09-28 13:25", CEST,
           html="<html><body><div style=\"font-family:Arial\">Hallo,<br><br>ich habe beim Upgrade den "
                "<b>Monatstarif</b> ausgewählt, abgebucht wurde aber das <b>Jahresabo</b> (11.988,00 INR, "
                "Rechnung LO-INV-52211). Da wurde der falsche Tarif berechnet, bitte erstatten und korrekt "
                "abrechnen.<br><br>Viele Grüße<br>Hanna Schmitt</div><div>Gesendet mit der WEB.DE Mail App</div>"
                "</body></html>")
R.case("l27-falscher-tarif", LOB, [m], "decided", [rf("escalate")],
       spec="L2 billing_error ('charged for the wrong plan'), day 1 -> L5 escalate; HTML-only body.")

# l28 access failure refund + cancellation
c("oliver.hahn@hahn-events.example", "Oliver Hahn", "quarterly", start="2025-09-18", end="2025-12-17")
p("de_p28", "LO-INV-52221", "oliver.hahn@hahn-events.example", "quarterly", *Q, "2025-09-18T09:00:00", "2025-09-18", "2025-12-17")
m = R.mail("l28-zugang-und-kuendigung", "Oliver Hahn <oliver.hahn@hahn-events.example>", LO, "Zugang tot -> Kündigung",
           "Hallo,\n\nseit der Zahlung am 18.9. kommen wir nicht mehr ins Dashboard (Fehler 503). Ihr Support hat "
           "bisher nicht geholfen. Ich kündige das Quartalsabo und will das Geld für LO-INV-52221 zurück.\n\n"
           "Oliver Hahn", "2025-09-23 14:00", CEST)
R.case("l28-zugang-kuendigung", LOB, [m], "decided", [rf("escalate"), cn("cancel", "2025-12-17")],
       spec="L6 access_failure day 5 -> refund escalate; L8 cancellation -> cancel at current_period_end 2025-12-17.")

# l29 mobile dictation: changed mind + cancel
c("kevin.schulte@gmx.de", "Kevin Schulte", "monthly", start="2025-09-12", end="2025-10-11")
p("de_p29", "LO-INV-52231", "kevin.schulte@gmx.de", "monthly", *M, "2025-09-12T18:00:00", "2025-09-12", "2025-10-11")
m = R.mail("l29-diktiert", "kevin.schulte@gmx.de", LO, "Abo",
           "hallo ich brauch das nicht mehr hab jetzt nen anderen job bitte kündigen und geld zurück für den "
           "monat danke kevin\n\nVon meinem Samsung Galaxy Smartphone gesendet.", "2025-09-14 17:48", CEST)
R.case("l29-diktat-kuendigen-erstatten", LOB, [m], "decided", [rf("deny"), cn("cancel", "2025-10-11")],
       spec="L1: a new job is not an L2 reason -> refund deny; L8 cancel at current_period_end 2025-10-11.")

# l30 payment already refunded -> escalate
c("monika.frank@t-online.de", "Monika Frank", "monthly", start="2025-09-20", end="2025-10-19")
p("de_p30", "LO-INV-52241", "monika.frank@t-online.de", "monthly", *M, "2025-09-20T07:00:00", "2025-09-20", "2025-10-19",
  status="refunded")
m = R.mail("l30-bereits-erstattet", "Monika Frank <monika.frank@t-online.de>", LO, "Betrag zu hoch LO-INV-52241",
           "Guten Tag,\n\ndie Abbuchung LO-INV-52241 war zu hoch, Sie haben einen anderen Betrag berechnet als "
           "angezeigt. Bitte erstatten.\n\nFreundliche Grüße\nMonika Frank", "2025-09-24 10:10", CEST)
R.case("l30-zahlung-nicht-paid", LOB, [m], "decided", [rf("escalate")],
       spec="Section 8: payment status 'refunded' (not paid) -> escalate (also an L5 billing error inside the window).")

# l31 +tag address is another address -> C2
c("nina.vogel@gmail.com", "Nina Vogel", "monthly", start="2025-09-22", end="2025-10-21")
p("de_p31", "LO-INV-52251", "nina.vogel@gmail.com", "monthly", *M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
m = R.mail("l31-plus-adresse", "Nina Vogel <nina.vogel+leads@gmail.com>", LO, "Kündigung",
           "Hi, bitte mein Abo kündigen. Registriert bin ich mit nina.vogel@gmail.com. LG Nina",
           "2025-09-25 21:00", CEST)
R.case("l31-c2-plus-tag", LOB, [m], "need_info", rules=["C2"],
       spec="Section 8 addresses: nina.vogel+leads@gmail.com is another address than the registered nina.vogel@gmail.com -> C2.")

# l32 Austrian one-liner cancel annual
c("florian.gruber@aon.at", "Florian Gruber", "annual", start="2025-01-20", end="2026-01-19")
p("de_p32", "LO-INV-52261", "florian.gruber@aon.at", "annual", *A, "2025-01-20T10:00:00", "2025-01-20", "2026-01-19")
m = R.mail("l32-servus", "Florian Gruber <florian.gruber@aon.at>", LO, "Abo",
           "Servus, bitte das Jahresabo nimmer verlängern, ich kündige. Pfiat eich, Florian", "2025-09-30 07:30", CEST)
R.case("l32-oesterreich-kuendigung", LOB, [m], "decided", [cn("cancel", "2026-01-19")],
       spec="L8: Austrian wording ('nimmer verlängern, ich kündige') -> cancel at current_period_end 2026-01-19.")

# l33 L1 too expensive, Swiss, amount in Swiss format
c("simone.frei@gmx.ch", "Simone Frei", "monthly", start="2025-09-29", end="2025-10-28")
p("de_p33", "LO-INV-52271", "simone.frei@gmx.ch", "monthly", *M, "2025-09-29T09:00:00", "2025-09-29", "2025-10-28")
m = R.mail("l33-zu-teuer", "Simone Frei <simone.frei@gmx.ch>", LO, "Rückerstattung",
           "Grüezi mitenand\n\nIhr Tool ist mir mit INR 1'499.- pro Monat schlicht zu teuer, ich hätte gerne die "
           "Zahlung von gestern zurück. Kündigen müsst ihr nicht, ich überlege es mir noch.\n\nEs Grüessli\nSimone",
           "2025-09-30 09:00", CEST)
R.case("l33-zu-teuer-ohne-kuendigung", LOB, [m], "decided", [rf("deny")],
       spec="L1: 'zu teuer' is no exception -> deny; she explicitly does not cancel (negation) so no cancellation decision.")

# l34 C7: the brand's own address (a copy of our own confirmation)
m = R.mail("l34-eigene-mail", "LeadsOptima <noreply@leadsoptima.com>", LO, "Ihre Kündigung wurde bestätigt [LO-2240]",
           "Hallo Katrin,\n\nwir bestätigen die Kündigung Ihres Monatsabos. Ihr Konto bleibt bis 14.10.2025 aktiv. "
           "Eine Erstattung für ungenutzte Tage erfolgt nicht.\n\nIhr LeadsOptima-Team", "2025-09-22 12:00", tz(5, 30))
R.case("l34-c7-eigene-adresse", LOB, [m], "ignore", rules=["C7"],
       spec="C7: mail from the brand's own address noreply@leadsoptima.com -> ignore (mentions Kündigung/Erstattung).")

# ---------------------------------------------------------------- Optima WebDesign
# o01 discovery, nothing started -> approve
pj("Bäckerei Huber Relaunch", "info@baeckerei-huber.at", None)
op("de_w01", "OWD-2025-301", "Bäckerei Huber Relaunch", "discovery", "15000.00", "2700.00", "2025-09-24T15:00:00")
m = R.mail("o01-discovery", "Bäckerei Huber <info@baeckerei-huber.at>", OWD, "Refund Request — Bäckerei Huber Relaunch / OWD-2025-301",
           "Sehr geehrtes Optima-Team,\n\nwir haben uns intern umentschieden: der Relaunch wird auf nächstes Jahr "
           "verschoben, weil unser Filialumbau Vorrang hat. Der Discovery-Workshop hat noch nicht stattgefunden. "
           "Wir bitten daher um Rückerstattung der Rechnung OWD-2025-301.\n\nMit freundlichen Grüßen\n"
           "Maria Huber\nBäckerei Huber, Linz", "2025-09-26 10:00", CEST)
R.case("o01-discovery-nicht-begonnen", OWB, [m], "decided", [rf("approve", "15000.00")],
       spec="O1: discovery, work_started_at empty -> full refund 15000.00 before tax (C6).")

# o02 discovery already started -> deny
pj("Praxis Dr. Sommer", "praxis@dr-sommer.example", "2025-09-18T11:00:00")
op("de_w02", "OWD-2025-302", "Praxis Dr. Sommer", "discovery", "12000.00", "2160.00", "2025-09-15T10:00:00")
m = R.mail("o02-discovery-begonnen", "Praxis Dr. Sommer <praxis@dr-sommer.example>", OWD, "Rückerstattung Discovery",
           "Guten Tag,\n\nnach dem ersten Workshop am 18.09. haben wir gemerkt, dass wir die Website doch lieber "
           "mit unserer Agentur vor Ort machen. Bitte erstatten Sie die Rechnung OWD 2025 302 für das Projekt "
           "Praxis Dr. Sommer.\n\nMfG\nDr. med. K. Sommer", "2025-09-22 12:00", CEST)
R.case("o02-discovery-begonnen", OWB, [m], "decided", [rf("deny")],
       spec="O1: work_started_at 2025-09-18 is before the request -> deny.")

# o03 deposit inside 72 h, amount in the email differs -> ledger amount
pj("Weingut Keller Shop", "kontakt@weingut-keller.example", None)
op("de_w03", "OWD-2025-303", "Weingut Keller Shop", "deposit", "40000.00", "7200.00", "2025-09-27T10:00:00")
m = R.mail("o03-anzahlung", "Weingut Keller <kontakt@weingut-keller.example>", OWD, "Anzahlung Weingut Keller Shop zurück",
           "Hallo,\n\nwir haben am Samstag die Anzahlung (Rechnung OWD-2025-303, ca. 48.000 Rs inkl. MwSt) "
           "überwiesen. Leider hat unser Gesellschafter das Budget gestrichen, der Shop kommt dieses Jahr nicht. "
           "Es wurde ja noch nichts gemacht, daher bitte Rückzahlung.\n\nGruß aus der Pfalz\nJens Keller",
           "2025-09-29 08:00", CEST)
R.case("o03-anzahlung-48h", OWB, [m], "decided", [rf("approve", "40000.00")],
       spec="O2: paid 2025-09-27 10:00 IST, request 2025-09-29 11:30 IST = 49.5 h < 72 h, no work -> 40000.00 from the ledger (not the 48.000 in the email, section 1).")

# o04 deposit exactly 72 h -> deny
pj("Fahrschule Brandt", "info@fahrschule-brandt.example", None)
op("de_w04", "OWD-2025-304", "Fahrschule Brandt", "deposit", "25000.00", "4500.00", "2025-09-15T11:00:00")
m = R.mail("o04-genau-72h", "Fahrschule Brandt <info@fahrschule-brandt.example>", OWD, "Storno Anzahlung OWD-2025-304",
           "Guten Morgen,\n\nwir müssen das Projekt Fahrschule Brandt leider stornieren, mein Partner steigt aus "
           "und die Fahrschule wird verkauft. Bitte die Anzahlung OWD-2025-304 zurücküberweisen.\n\n"
           "Viele Grüße\nKarl Brandt", "2025-09-18 07:30", CEST)
R.case("o04-anzahlung-genau-72h", OWB, [m], "decided", [rf("deny")],
       spec="O2 + section 8: paid 2025-09-15 11:00 IST, request 2025-09-18 07:30 +02:00 = 11:00 IST = exactly 72 h -> not before 72 h -> deny.")

# o05 deposit, work already started -> deny
pj("Zahnarztpraxis Kuhn", "verwaltung@zahnarzt-kuhn.example", "2025-09-26T09:00:00")
op("de_w05", "OWD-2025-305", "Zahnarztpraxis Kuhn", "deposit", "30000.00", "5400.00", "2025-09-25T10:00:00")
m = R.mail("o05-arbeit-begonnen", "Praxis Kuhn Verwaltung <verwaltung@zahnarzt-kuhn.example>", OWD,
           "Anzahlung Zahnarztpraxis Kuhn",
           "Sehr geehrte Damen und Herren,\n\nwir möchten vom Auftrag zurücktreten, da wir ein günstigeres Angebot "
           "erhalten haben, und bitten um Erstattung der Anzahlung (OWD-2025-305).\n\nMit freundlichen Grüßen\n"
           "Praxisverwaltung", "2025-09-27 09:00", CEST)
R.case("o05-anzahlung-arbeit-begonnen", OWB, [m], "decided", [rf("deny")],
       spec="O2: request 2025-09-27 12:30 IST is within 72 h but after work_started_at 2025-09-26 09:00 -> deny (whichever first).")

# o06 milestone not started -> approve milestone amount
pj("TSV Grünwald Website", "vorstand@tsv-gruenwald.example", "2025-09-01T10:00:00")
op("de_w06", "OWD-2025-306", "TSV Grünwald Website", "milestone", "20000.00", "3600.00", "2025-09-10T10:00:00",
   milestone_status="not_started")
m = R.mail("o06-meilenstein", "TSV Grünwald Vorstand <vorstand@tsv-gruenwald.example>", OWD,
           "Meilenstein 2 TSV Grünwald Website stornieren",
           "Hallo Optima-Team,\n\nder Vorstand hat beschlossen, den Mitgliederbereich (Meilenstein 2, Rechnung "
           "OWD-2025-306) nicht umzusetzen, weil wir dafür jetzt eine Vereins-App nutzen. Da mit dem Meilenstein "
           "noch nicht angefangen wurde, bitten wir um Erstattung.\n\nSportliche Grüße\nAndreas Pichler, Kassier",
           "2025-09-26 19:30", CEST)
R.case("o06-meilenstein-nicht-begonnen", OWB, [m], "decided", [rf("approve", "20000.00")],
       spec="O3: milestone status not_started -> refund the milestone amount 20000.00 before tax.")

# o07 milestone in progress -> escalate (Switzerland)
pj("Hotel Alpenblick", "direktion@hotel-alpenblick.example", "2025-09-01T10:00:00")
op("de_w07", "OWD-2025-307", "Hotel Alpenblick", "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00",
   milestone_status="in_progress")
m = R.mail("o07-meilenstein-laufend", "Direktion Hotel Alpenblick <direktion@hotel-alpenblick.example>", OWD,
           "Buchungsmodul Hotel Alpenblick - Abbruch",
           "Grüezi\n\nWir brechen das Buchungsmodul (OWD-2025-307) ab, unser Channel-Manager bietet das inzwischen "
           "selber an. Bitte erstatten Sie uns den Betrag für die noch nicht geleistete Arbeit.\n\nFreundliche "
           "Grüsse\nUrs Imhof, Direktor", "2025-09-25 16:00", CEST)
R.case("o07-meilenstein-in-arbeit", OWB, [m], "decided", [rf("escalate")],
       spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person).")

# o08 milestone completed -> deny
pj("Modehaus Berger", "shop@modehaus-berger.example", "2025-08-01T10:00:00")
op("de_w08", "OWD-2025-308", "Modehaus Berger", "milestone", "22000.00", "3960.00", "2025-08-20T10:00:00",
   milestone_status="completed")
m = R.mail("o08-meilenstein-fertig", "Modehaus Berger <shop@modehaus-berger.example>", OWD, "Design gefällt nicht",
           "Hallo,\n\ndas abgelieferte Design (Projekt Modehaus Berger, Rechnung OWD-2025-308) gefällt unserer "
           "Chefin im Nachhinein doch nicht, es wirkt zu kühl. Wir möchten das Geld dafür zurück.\n\nLG\nTanja",
           "2025-09-24 11:00", CEST)
R.case("o08-meilenstein-abgeschlossen", OWB, [m], "decided", [rf("deny")],
       spec="O3/O6: milestone completed -> deny.")

# o09 retainer, >= 7 days notice -> cancel day before next billing
pj("Kanzlei Roth SEO", "roth@kanzlei-roth.example", "2025-06-01T10:00:00")
op("de_w09", "OWD-2025-309", "Kanzlei Roth SEO", "retainer", "18000.00", "3240.00", "2025-09-15T10:00:00",
   next_billing_at="2025-10-15", period_start="2025-09-15", period_end="2025-10-14")
m = R.mail("o09-retainer-kuendigung", "RA Thomas Roth <roth@kanzlei-roth.example>", OWD, "Kündigung SEO-Betreuung",
           "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich die laufende SEO-Betreuung (Projekt Kanzlei Roth "
           "SEO, zuletzt Rechnung OWD-2025-309), da wir die Kanzlei zum Jahresende mit einer anderen "
           "zusammenlegen und deren Marketing übernehmen.\n\nMit freundlichen Grüßen\nThomas Roth\nRechtsanwalt",
           "2025-09-24 10:00", CEST)
R.case("o09-retainer-7-tage-vorher", OWB, [m], "decided", [cn("cancel", "2025-10-14")],
       spec="O4/O8: request 2025-09-24 <= 2025-10-15 - 7 = 2025-10-08 -> next charge avoided, effective 2025-10-14. (A lawyer as sender is not a C4 threat.)",
       ambiguous='The sender signs as Rechtsanwalt; C4 names "mentions of lawyers", meant as threats: here no threat is made, so C4 should not fire, but a literal reading could escalate.')

# o10 retainer, < 7 days notice -> next cycle billed
pj("Autohaus Lehmann Social Media", "marketing@autohaus-lehmann.example", "2025-05-01T10:00:00")
op("de_w10", "OWD-2025-310", "Autohaus Lehmann Social Media", "retainer", "12000.00", "2160.00", "2025-09-01T10:00:00",
   next_billing_at="2025-10-01", period_start="2025-09-01", period_end="2025-09-30")
m = R.mail("o10-retainer-kurzfristig", "Autohaus Lehmann Marketing <marketing@autohaus-lehmann.example>", OWD,
           "Social Media Betreuung beenden",
           "Hallo zusammen,\n\nbitte beendet die Social-Media-Betreuung (Projekt Autohaus Lehmann Social Media, OWD-2025-310). "
           "Grund: wir machen das ab Oktober mit einer Azubine im Haus.\n\nBeste Grüße\nLisa Lehmann",
           "2025-09-26 15:00", CEST)
R.case("o10-retainer-weniger-7-tage", OWB, [m], "decided", [cn("cancel", "2025-10-31")],
       spec="O4: 2025-09-26 is after 2025-10-01 - 7 = 2025-09-24 -> the next cycle (2025-10-01..2025-10-31) is billed; effective 2025-10-31.")

# o11 retainer with the next cycle already paid -> escalate
pj("Architekturbüro Stein", "buero@architektur-stein.example", "2025-04-01T10:00:00")
op("de_w11a", "OWD-2025-311", "Architekturbüro Stein", "retainer", "15000.00", "2700.00", "2025-09-01T10:00:00",
   next_billing_at="2025-10-01", period_start="2025-09-01", period_end="2025-09-30")
op("de_w11b", "OWD-2025-312", "Architekturbüro Stein", "retainer", "15000.00", "2700.00", "2025-09-15T10:00:00",
   next_billing_at="2025-11-01", period_start="2025-10-01", period_end="2025-10-31")
m = R.mail("o11-retainer-vorausbezahlt", "Architekturbüro Stein <buero@architektur-stein.example>", OWD,
           "Kündigung Wartungsvertrag Architekturbüro Stein",
           "Sehr geehrte Damen und Herren,\n\nwir kündigen den monatlichen Betreuungsvertrag (Architekturbüro Stein, "
           "Rechnungen OWD-2025-311 und OWD-2025-312), da wir unsere Website künftig intern pflegen. Den Oktober "
           "haben wir bereits im Voraus bezahlt.\n\nMit freundlichen Grüßen\nDipl.-Ing. Petra Stein",
           "2025-09-17 09:00", CEST)
R.case("o11-retainer-vorausbezahlt", OWB, [m], "decided", [cn("escalate")],
       spec="Section 8 retainer paid in advance: October already paid (OWD-2025-312) and the notice is >= 7 days (2025-09-17 <= 2025-09-24) -> escalate.")

# o12 hosting annual within 14 days, refund + cancel
pj("Physio Lenz Hosting", "team@physio-lenz.example", None)
op("de_w12", "OWD-2025-313", "Physio Lenz Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-19T10:00:00",
   setup_fee="1800.00", service_start="2025-09-20")
m = R.mail("o12-hosting-14-tage", "Physio Lenz <team@physio-lenz.example>", OWD, "Hosting kündigen + Erstattung",
           "Hallo,\n\nwir ziehen mit der Website zu dem Anbieter, über den auch unsere Praxissoftware läuft. Bitte "
           "das Jahreshosting (Physio Lenz Hosting, OWD-2025-313) kündigen und den Rest erstatten.\n\nDanke, "
           "Jana Lenz", "2025-09-29 12:00", CEST)
R.case("o12-hosting-innerhalb-14-tage", OWB, [m], "decided", [rf("approve", "14850.00")], extra_ok=True,
       spec="O5: request day 9 after service_start 2025-09-20; monthly_value (18000-1800)/12 = 1350; 18000 - 1800 - 1350 x 1 = 14850.00. The refund ends the plan, so a cancellation decision is harmless.")

# o13 maintenance annual, uneven amount
pj("Blumen Maier Wartung", "blumen.maier@t-online.de", None)
op("de_w13", "OWD-2025-314", "Blumen Maier Wartung", "maintenance_annual", "9999.00", "1799.82", "2025-09-21T10:00:00",
   setup_fee="0.00", service_start="2025-09-22")
m = R.mail("o13-wartung", "Blumen Maier <blumen.maier@t-online.de>", OWD, "Wartungsvertrag Blumen Maier",
           "Guten Tag,\n\nich schließe meinen Laden zum Jahresende, deshalb brauche ich den Wartungsvertrag "
           "(Blumen Maier Wartung, Rechnung OWD-2025-314, 9.999,00) nicht mehr. Bitte erstatten Sie den Jahresbeitrag anteilig.\n\n"
           "Freundliche Grüße\nRosi Maier", "2025-09-30 10:00", CEST)
R.case("o13-wartung-ungerade", OWB, [m], "decided", [rf("approve", "9165.75")], extra_ok=True,
       spec="O5: day 8 after 2025-09-22; monthly_value 9999/12 = 833.25; 9999 - 0 - 833.25 = 9165.75.")

# o14 hosting after 14 days -> deny
pj("Kfz Wimmer Hosting", "wimmer@kfz-wimmer.example", None)
op("de_w14", "OWD-2025-315", "Kfz Wimmer Hosting", "hosting_annual", "12000.00", "2160.00", "2025-08-31T10:00:00",
   setup_fee="1200.00", service_start="2025-09-01")
m = R.mail("o14-hosting-spaet", "Kfz Wimmer <wimmer@kfz-wimmer.example>", OWD, "Hosting Kfz Wimmer zurück",
           "Servus, wir haben die Seite jetzt doch bei unserem Cousin gehostet, der macht das gratis. Bitte das "
           "Hosting (Kfz Wimmer Hosting, OWD-2025-315) zurückzahlen. Pfiat di, Sepp Wimmer", "2025-09-19 18:00", CEST)
R.case("o14-hosting-nach-14-tagen", OWB, [m], "decided", [rf("deny")],
       spec="O5: service_start 2025-09-01, request 2025-09-19 = day 18 > 14 -> deny.")

# o15 third-party domain -> deny
pj("Metzgerei Kraus", "info@metzgerei-kraus.example", "2025-08-01T10:00:00")
op("de_w15", "OWD-2025-316", "Metzgerei Kraus", "third_party", "1800.00", "324.00", "2025-09-25T10:00:00")
m = R.mail("o15-domain", "Metzgerei Kraus <info@metzgerei-kraus.example>", "Optima WebDesign Buchhaltung <billing@optimawebdesign.com>", "Domain nicht gewollt",
           "Hallo, ihr habt für uns die Domain metzgerei-kraus-shop.de registriert und berechnet (Projekt Metzgerei Kraus, OWD-2025-316), "
           "die wollten wir aber gar nicht, wir haben schon eine. Bitte Geld zurück. Gruß Kraus",
           "2025-09-26 07:45", CEST)
R.case("o15-domain-third-party", OWB, [m], "decided", [rf("deny")],
       spec="O6: kind third_party (domain) is never refundable -> deny citing Non-refundable items. C1: sent to billing@optimawebdesign.com, an Optima address.")

# o16 rush fee -> deny
pj("Eventagentur Blitz", "hallo@eventagentur-blitz.example", "2025-09-10T10:00:00")
op("de_w16", "OWD-2025-317", "Eventagentur Blitz", "rush", "8000.00", "1440.00", "2025-09-10T10:00:00")
m = R.mail("o16-expresszuschlag", "Eventagentur Blitz <hallo@eventagentur-blitz.example>", OWD, "Expresszuschlag erstatten",
           "Hi, die Landingpage war trotz Expresszuschlag (OWD-2025-317) erst einen Tag nach unserem Event "
           "online. Den Zuschlag hätten wir gern zurück, Projekt Eventagentur Blitz. Danke, Chris",
           "2025-09-23 13:00", CEST)
R.case("o16-rush-nicht-erstattbar", OWB, [m], "decided", [rf("deny")], spec="O6: kind rush -> deny.")

# o17 C2 Optima: private address
pj("Hausverwaltung Ernst", "verwaltung@hausverwaltung-ernst.example", None)
op("de_w17", "OWD-2025-318", "Hausverwaltung Ernst", "deposit", "20000.00", "3600.00", "2025-09-29T10:00:00")
m = R.mail("o17-c2-privat", "Gerd Ernst <gerd.ernst@gmx.de>", OWD, "Anzahlung Hausverwaltung Ernst",
           "Guten Tag,\n\nich schreibe privat, unser Firmenpostfach (verwaltung@hausverwaltung-ernst.example) spinnt "
           "gerade. Wir treten vom Auftrag zurück, die Eigentümerversammlung hat das Budget nicht freigegeben. "
           "Bitte Anzahlung OWD-2025-318 erstatten.\n\nG. Ernst", "2025-09-30 08:00", CEST)
R.case("o17-c2-privatadresse", OWB, [m], "need_info", rules=["C2"],
       spec="C2 (explicit for Optima): the sender is not the contract email verwaltung@hausverwaltung-ernst.example -> need_info, nothing disclosed.")

# o18 missing reason, one payment for the project -> need_info reason
pj("Café Sonnenschein", "cafe@sonnenschein-cafe.example", None)
op("de_w18", "OWD-2025-319", "Café Sonnenschein", "deposit", "18000.00", "3240.00", "2025-09-29T16:00:00")
m = R.mail("o18-ohne-grund", "Café Sonnenschein <cafe@sonnenschein-cafe.example>", OWD, "Refund Request — Café Sonnenschein",
           "Sehr geehrte Damen und Herren,\n\nhiermit bitte ich um Rückerstattung der Anzahlung für das Projekt "
           "Café Sonnenschein.\n\nVielen Dank im Voraus und einen schönen Tag!\n\nHerzliche Grüße\nAylin Demir\n"
           "Inhaberin\n\nCafé Sonnenschein | Friedrichstraße 8 | 10117 Berlin\nDiese Nachricht ist vertraulich.",
           "2025-09-30 11:00", CEST)
R.case("o18-fehlender-grund", OWB, [m], "need_info", missing=["reason"],
       spec="Section 8: courtesy lines and signature are no reason -> need_info reason; the invoice is filled from the project's one payment (section 1).")

# o19 C4 credit-card dispute
pj("Yoga Studio Licht", "namaste@yoga-licht.example", "2025-09-20T10:00:00")
op("de_w19", "OWD-2025-320", "Yoga Studio Licht", "milestone", "16000.00", "2880.00", "2025-09-12T10:00:00",
   milestone_status="in_progress")
m = R.mail("o19-c4-kreditkarte", "Yoga Studio Licht <namaste@yoga-licht.example>", OWD, "Reklamation OWD-2025-320",
           "Hallo,\n\ndas Projekt Yoga Studio Licht ist seit drei Wochen überfällig und niemand antwortet. Ich "
           "will mein Geld für OWD-2025-320 zurück. Ich habe bereits bei meiner Kreditkartengesellschaft "
           "Widerspruch gegen die Zahlung eingelegt.\n\nSarah Licht", "2025-09-27 20:30", CEST)
R.case("o19-c4-widerspruch-kreditkarte", OWB, [m], "decided", [rf("escalate")], rules=["C4"],
       spec="C4: a payment dispute with the card issuer -> escalate.")

# o20 Optima cancellation without reason -> need_info reason
pj("Gärtnerei Roth Pflege", "gaertnerei.roth@gmx.de", "2025-03-01T10:00:00")
op("de_w20", "OWD-2025-321", "Gärtnerei Roth Pflege", "retainer", "9000.00", "1620.00", "2025-09-10T10:00:00",
   next_billing_at="2025-10-10", period_start="2025-09-10", period_end="2025-10-09")
m = R.mail("o20-kuendigung-ohne-grund", "Gärtnerei Roth <gaertnerei.roth@gmx.de>", OWD, "Kündigung",
           "Hallo, hiermit kündigen wir die Website-Pflege für Gärtnerei Roth Pflege. Bitte kurz bestätigen.\n"
           "Gruß Heinz Roth", "2025-09-25 17:00", CEST)
R.case("o20-kuendigung-ohne-grund", OWB, [m], "need_info", missing=["reason"],
       spec="Section 8: Optima requires a reason for cancellations too -> need_info reason (invoice filled from the one payment).")

# o21 thread: Optima need_info answered -> approve deposit
pj("Tischlerei Vogt", "info@tischlerei-vogt.example", None)
op("de_w21", "OWD-2025-322", "Tischlerei Vogt", "deposit", "22000.00", "3960.00", "2025-09-28T12:00:00")
m1 = R.mail("o21-1-anzahlung", "Tischlerei Vogt <info@tischlerei-vogt.example>", OWD, "Anzahlung Tischlerei Vogt",
            "Hallo, bitte die Anzahlung OWD-2025-322 für Tischlerei Vogt zurück. Danke\nMartin Vogt",
            "2025-09-29 09:00", CEST)
m2 = R.mail("o21-2-grund", "Tischlerei Vogt <info@tischlerei-vogt.example>", OWD, "AW: Anzahlung Tischlerei Vogt",
            "Grund: mein Schwager baut uns die Seite jetzt doch, wir haben das im Familienrat so beschlossen.\n\n"
            "Martin Vogt\n\n-----Ursprüngliche Nachricht-----\nVon: Optima WebDesign <optimawebdesigns12@gmail.com>\n"
            "Gesendet: Montag, 29. September 2025 10:15\nBetreff: Re: Anzahlung Tischlerei Vogt\n\n"
            "Bitte nennen Sie uns den Grund Ihrer Anfrage.", "2025-09-29 13:00", CEST, parent=m1)
R.case("o21-thread-grund-nachgereicht", OWB, [m1, m2], "decided", [rf("approve", "22000.00")],
       spec="C3 thread: reason supplied in the reply; O2 request time = first email 2025-09-29 12:30 IST = 24.5 h after payment, no work -> 22000.00.")

# o22 C2 through a Thunderbird forward
pj("Druckerei Schmitt", "gf@druckerei-schmitt.example", None)
op("de_w22", "OWD-2025-323", "Druckerei Schmitt", "discovery", "10000.00", "1800.00", "2025-09-26T10:00:00")
m = R.mail("o22-weitergeleitet", "Sekretariat Druckerei Schmitt <sekretariat@druckerei-schmitt.example>", OWD,
           "Fwd: Discovery Druckerei Schmitt stornieren",
           "Bitte siehe unten.\n\n-------- Weitergeleitete Nachricht --------\nBetreff: Discovery Druckerei Schmitt "
           "stornieren\nDatum: Mon, 29 Sep 2025 08:12:44 +0200\nVon: Klaus Schmitt <gf@druckerei-schmitt.example>\n"
           "An: Sekretariat <sekretariat@druckerei-schmitt.example>\n\nBitte schreiben Sie Optima, dass wir die "
           "Discovery (OWD-2025-323) stornieren und das Geld zurück möchten, wir verkaufen die Druckerei. "
           "Vertragsadresse ist gf@druckerei-schmitt.example.\nK. Schmitt", "2025-09-29 09:00", CEST)
R.case("o22-c2-weiterleitung", OWB, [m], "need_info", rules=["C2"],
       spec="Section 8 forwards: the forwarded request names the contract email gf@..., the sender is sekretariat@ -> C2.")

# o23 change request -> deny
pj("Hofladen Brunner", "hofladen@brunner-hof.example", "2025-07-01T10:00:00")
op("de_w23", "OWD-2025-324", "Hofladen Brunner", "change_request", "4500.00", "810.00", "2025-09-22T10:00:00")
m = R.mail("o23-aenderungswunsch", "Hofladen Brunner <hofladen@brunner-hof.example>", OWD, "Änderung zurückbuchen",
           "Grüß Gott, die Änderung mit dem neuen Öffnungszeiten-Modul (OWD-2025-324, Hofladen Brunner) brauchen "
           "wir nicht mehr, weil wir im Winter eh zu haben. Bitte zurückbuchen. Danke, Resi Brunner",
           "2025-09-24 08:30", CEST)
R.case("o23-change-request", OWB, [m], "decided", [rf("deny")], spec="O6: kind change_request -> deny.")

R.write()
