"""Reading rules of fix26b (German, Hindi/Hinglish) behind fresh19's misses, each with sentences of its own
(none copied from any round or from the phrasebook).

- An abbreviation written with a full stop inside a sentence ('zzgl.', 'inkl.', 'bzw.', 'z.B.', 'e.g.', 'Rs. 999',
  'Nr. 4711') closes no sentence (sentences.clauses): the tail cut after it ('USt.) auf das Konto.') was read as
  the customer's reason, so a bare request with a signature and a disclaimer was denied instead of asked (C3).
- A sentence that only says where the refund should go ('Die Gutschrift bitte auf das ursprüngliche
  Zahlungsmittel.') restates the request: no reason (de, section 8).
- The deposit asked back in Bavarian/Austrian dialect with a long qualifier before 'zruck' ('mia mechtn de
  Anzahlung <Rechnung> fia de <Projekt> zruck') is a refund; 'ned zruck' declines it (de).
- Twice told in Punjabi-flavoured Hinglish ('do vaari paise nikal gaye') is a duplicate payment (hi).
- The account out of reach in Devanagari ('खाते में घुस ही नहीं पा रहा'), an app that does not open with the verb
  before the negation ('app khulta ich nahi', Hyderabadi 'ich'), only a white screen: an access failure (hi).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailbot.reading.sentences import clauses
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist, ledger, read_body, same_month_charges


def read(body: str, brand: str = "lo", subject: str = "Hello"):
    return read_body(body, subject=subject, brand=brand)


# -- abbreviations close no sentence --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Bitte erstatten Sie 2.999,00 INR zzgl. USt. auf meine Karte. Danke.",
     ["Bitte erstatten Sie 2.999,00 INR zzgl. USt. auf meine Karte.", "Danke."]),
    ("Gemeint ist bzw. Der Jahresplan von letzter Woche.", ["Gemeint ist bzw. Der Jahresplan von letzter Woche."]),
    ("Wir meinen z.B. Das Dashboard ab Montag.", ["Wir meinen z.B. Das Dashboard ab Montag."]),
    ("Features e.g. The lead export never worked.", ["Features e.g. The lead export never worked."]),
    ("I paid Rs. 1499 two times.", ["I paid Rs. 1499 two times."]),
    ("Gebucht wurde Nr. 4711 zweimal.", ["Gebucht wurde Nr. 4711 zweimal."]),
])
def test_an_abbreviation_closes_no_sentence(text, expected):
    assert list(clauses(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("We paid 1499 rs. Please refund.", ["We paid 1499 rs.", "Please refund."]),       # no number follows
    ("Preis 99 € inkl. MwSt. Bitte erstatten.", ["Preis 99 € inkl. MwSt.", "Bitte erstatten."]),
    ("Das ist alles. Danke.", ["Das ist alles.", "Danke."]),
    ("Der Plan läuft bis zum 15. Danach nicht.", ["Der Plan läuft bis zum 15.", "Danach nicht."]),  # capital after the ordinal, as before (fix27l: a month name goes on)
])
def test_other_full_stops_still_close_a_sentence(text, expected):
    assert list(clauses(text)) == expected


@pytest.mark.parametrize("body", [
    "Guten Tag,\n\nbitte erstatten Sie die Rechnung LO-INV-5512 über 2.999,00 INR zzgl. USt. auf unsere hinterlegte Firmenkarte bei der Sparkasse.\n\n"
    "Besten Dank im Voraus.\n\nMit freundlichen Grüßen\n\nKarin Vogt\nProkuristin\nVogt Immobilien GmbH | Marktplatz 3 | 50667 Köln",
    "Hallo,\n\nbitte erstatten Sie die Rechnung LO-INV-5512 inkl. MwSt. auf das Konto der Firma Vogt.\n\nGruß\nKarin",
    "Guten Tag,\n\nbitte erstatten Sie die Rechnung LO-INV-5512. Die Gutschrift bitte auf das ursprüngliche Zahlungsmittel.\n\n"
    "Viele Grüße\nKarin",
    "Hallo,\n\nbitte erstatten Sie die Rechnung LO-INV-5512. Das Geld bitte auf mein Geschäftskonto überweisen.\n\nDanke\nKarin",
])
def test_a_bare_request_with_its_details_gives_no_reason(body):
    fields = read(body).fields
    assert fields.reason is None


@pytest.mark.parametrize("body", [
    "Hallo,\n\nbitte erstatten Sie die Rechnung LO-INV-5512. Auf mein Konto kommen seit Wochen keine Leads mehr an.\n\nKarin",
    "Hallo,\n\nbitte erstatten Sie die Rechnung LO-INV-5512 (zzgl. USt.). Wir haben das Büro geschlossen.\n\nKarin",
])
def test_a_reason_beside_the_details_is_still_read(body):
    assert read(body).fields.reason is not None


def test_bare_request_with_disclaimer_asks_for_the_reason_end_to_end():
    from mailbot.clock import FixedClock
    from mailbot.pipeline import Triage

    cfg = config()
    triage = Triage(cfg, same_month_charges({"LO-INV-5512": "2025-09-05T09:00:00"}, cfg),
                    FixedClock(ist(2025, 9, 8, 10, 0)))
    text = ("Sehr geehrte Damen und Herren,\n\nbitte erstatten Sie uns die Rechnung LO-INV-5512 (1.499,00 INR zzgl. "
            "USt.) auf die hinterlegte Karte.\n\nMit freundlichen Grüßen\n\nNora Keller\nVertraulichkeitshinweis: "
            "Diese E-Mail enthält vertrauliche Informationen und ist nur für den Empfänger bestimmt.")
    verdict = triage.decide([inbound("nora@example.com", LO_ADDRESS, "Erstattung", ist(2025, 9, 7, 10, 0),
                                     text)]).verdict
    assert (verdict.status, list(verdict.missing)) == ("need_info", ["reason"])


# -- de: the deposit asked back in dialect ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Servus, mia mechtn de Anzahlung für des Projekt Seewirt Homepage zruck, weil da Wirt zuagsperrt hod.",
    "Griaß Gott, mia mechtn de Anzahlung OWD-2025-77 fia de Bäckerei Moser Seitn zruck.",
    "I hätt gern de Anzahlung vom Projekt Alm Homepage (Rechnung OWD-2025-9) wieder zrugg.",
])
def test_dialect_deposit_asked_back_with_a_qualifier(body):
    assert "refund" in read(body, "owd").intents


@pytest.mark.parametrize("body", [
    "Mia mechtn de Anzahlung fia de Website ned zruck, passt scho.",
    "I mecht des Geld ned zruck.",
    "Mia mechtn de Anzahlung fia de Metzgerei Seitn zahln und dann ruaf i zruck.",
    "Mia woin de Anzahlung fia de Website zahln, i ruaf morgn zruck.",
    "Des Geld fia de Website is scho lang zruck, danke.",
])
def test_dialect_near_misses_ask_no_refund(body):
    assert "refund" not in read(body, "owd").intents


def test_dialect_deposit_already_refunded_escalates_end_to_end():
    from mailbot.clock import FixedClock
    from mailbot.pipeline import Triage

    cfg = config()
    data = {"projects": [{"brand": "optima_webdesign", "name": "Seewirt Homepage", "contract_email": "wirt@example.at",
                          "work_started_at": None}],
            "payments": [{"brand": "optima_webdesign", "id": "p1", "invoice": "OWD-2025-8801",
                          "project": "Seewirt Homepage", "kind": "deposit", "amount": "15000.00", "currency": "INR",
                          "tax": "0.00", "status": "refunded", "paid_at": "2025-09-20T10:00:00"}]}
    when = ist(2025, 9, 25, 10, 0)
    triage = Triage(cfg, ledger(data, cfg), FixedClock(when + timedelta(hours=1)))
    body = "Griaß Eana,\n\nmia mechtn de Anzahlung OWD-2025-8801 fia de Seewirt Homepage zruck, mia brauchn nix mehr.\n\nPfiat Eana"
    verdict = triage.decide([inbound("wirt@example.at", OWD_ADDRESS, "Anzahlung", when, body)]).verdict
    assert [(d.intent, d.outcome) for d in verdict.decisions] == [("refund", "escalate")]


# -- hi: 'do vaari' (Punjabi) is twice ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "ji mera monthly plan si, card ton do vaari paise nikal gaye, ik wapas kar do",
    "sat sri akal, 5 tarikh nu do vaari charge ho gaya, ek payment refund karo ji",
    "bhaji paise do vaari katte gaye ne ek hi mahine de, refund chahida",
])
def test_punjabi_twice_is_a_duplicate(body):
    assert read(body).fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "ji main do vaari login try kita par refund chahida hai, plan pasand nahi aaya",
    "do vaari call kiti si tuhanu, koi jawab nahi aaya, paise wapas karo",
])
def test_punjabi_twice_without_a_payment_is_no_duplicate(body):
    assert read(body).fields.reason_code != "duplicate_payment"


# -- hi: access failures in Devanagari and Hyderabadi Hinglish --------------------------------------------------

@pytest.mark.parametrize("body", [
    "कल पैसे भरे थे, तब से अकाउंट में एंटर ही नहीं हो पा रहा। पैसा वापस कीजिए।",
    "प्लान लिया पर खाते में घुस नहीं पा रहे हैं, रिफंड चाहिए।",
    "भुगतान के बाद से ऐप खुलता ही नहीं है, पैसे वापस करो।",
    "bhai plan liya tab se site chalti ich nahi, refund karo",
    "payment kiya, ab dashboard khulta hi nahi, paisa wapas do",
    "login karte hi sirf white screen aata hai, refund chahiye",
])
def test_access_failure_in_new_words(body):
    assert read(body).fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "खाते में पैसा नहीं आया अभी तक, रिफंड चाहिए क्योंकि प्लान पसंद नहीं आया।",
    "मैं ऐप खोलता ही नहीं हूँ, ज़रूरत नहीं है, पैसे वापस करो।",
    "bhai app kholta hi nahi main, zarurat nahi, refund karo",
    "hume white screen wala theme pasand nahi aaya, refund karo",
    "mujhe app chalana nahi aata, refund karo",
])
def test_access_failure_near_misses(body):
    assert read(body).fields.reason_code != "access_failure"


def test_devanagari_access_failure_escalates_end_to_end():
    from mailbot.clock import FixedClock
    from mailbot.pipeline import Triage

    cfg = config()
    triage = Triage(cfg, same_month_charges({"LO-INV-5513": "2025-09-05T09:00:00"}, cfg),
                    FixedClock(ist(2025, 9, 7, 11, 0)))
    text = "नमस्ते,\n\nपरसों पैसा भरा था (LO-INV-5513), तब से खाते में घुस ही नहीं पा रही हूँ। पैसा वापस कीजिए।\n\nनोरा"
    verdict = triage.decide([inbound("nora@example.com", LO_ADDRESS, "लॉगिन", ist(2025, 9, 7, 10, 0),
                                     text)]).verdict
    assert [(d.intent, d.outcome) for d in verdict.decisions] == [("refund", "escalate")]
