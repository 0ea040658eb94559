"""Generate the held-out cases (ledger, .eml files, expected.json) from POLICY_SPEC alone.

Run: python3 tests/data/heldout/make_cases.py   (rewrites everything in this folder)
"""

from __future__ import annotations

import email.policy
import json
import sys
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAIL = HERE / "emails"
sys.path.insert(0, str(HERE.parent))  # casekit.py
from casekit import LO, LOB, OWB, OWD, A, M, Q, cust, lopay, owpay, proj  # noqa: E402

# --------------------------------------------------------------------------------------------
# Ledger (spec section 6). Amounts before tax; naive date-times are Asia/Kolkata.
# --------------------------------------------------------------------------------------------


LEDGER = {
    "customers": [
        cust("priya.sharma@gmail.com", "Priya Sharma", "monthly", start="2025-09-10", end="2025-10-09"),
        cust("arjun.nair@outlook.com", "Arjun Nair", "quarterly", start="2025-09-20", end="2025-12-19"),
        cust("farhan.qureshi@gmail.com", "Farhan Qureshi", "monthly", start="2025-09-11", end="2025-10-10"),
        cust("sneha.kulkarni@yahoo.co.in", "Sneha Kulkarni", "annual", start="2025-09-25", end="2026-09-24"),
        cust("karthik@techsprout.in", "Karthik Subramanian", "monthly", start="2025-09-05", end="2025-10-04"),
        cust("ananya.rao@gmail.com", "Ananya Rao", None, status="trial", trial_ends="2025-10-05"),
        cust("vivek.bansal@bansalexports.com", "Vivek Bansal", "annual"),
        cust("deepa.iyer@iyerfoods.in", "Deepa Iyer", "quarterly"),
        cust("rahul.mehta@mehtatraders.in", "Rahul Mehta", "annual", start="2025-04-01", end="2026-03-31"),
        cust("rohan.das@gmail.com", "Rohan Das", "monthly", start="2025-09-24", end="2025-10-23"),
        cust("mohit.jain@jainandco.in", "Mohit Jain", "monthly", start="2025-09-01", end="2025-09-30"),
        cust("tanvi.shah@gmail.com", "Tanvi Shah", "monthly", start="2025-09-21", end="2025-10-20"),
        cust("kabir.singh@gmail.com", "Kabir Singh", "monthly", start="2025-09-15", end="2025-10-14"),
        cust("nisha.verma@gmail.com", "Nisha Verma", "monthly", start="2025-09-18", end="2025-10-17"),
        cust("sanjay.gupta@rediffmail.com", "Sanjay Gupta", "quarterly", start="2025-09-27", end="2025-12-26"),
    ],
    "projects": [
        proj("Sharma Sweets Website", "rohit@sharmasweets.in", None),
        proj("GreenLeaf Organics App", "accounts@greenleaf.co.in", "2025-09-17T10:00:00"),
        proj("Mehta Consultancy Rebrand", "neha@mehtaconsultancy.com", None),
        proj("Kapoor Clinic Portal", "dr.kapoor@kapoorclinic.in", "2025-09-22T11:00:00"),
        proj("Sunrise Travels Site", "bookings@sunrisetravels.in", "2025-10-06T10:00:00"),
        proj("Bharat Logistics Portal", "it@bharatlogistics.in", "2025-08-01T10:00:00"),
        proj("Zenith Fitness", "marketing@zenithfitness.in", "2025-06-01T10:00:00"),
        proj("Lotus Yoga Studio", "hello@lotusyoga.in", "2025-05-10T10:00:00"),
        proj("Patel Hardware Store", "amit@patelhardware.in", "2025-08-20T10:00:00"),
        proj("Verma Dental Care", "admin@vermadental.in", "2025-07-01T10:00:00"),
        proj("Desai Jewellers", "sales@desaijewellers.in", "2025-08-10T10:00:00"),
        proj("Rao Interiors", "studio@raointeriors.in", "2025-09-01T10:00:00"),
        proj("Aditi Boutique", "aditi@aditidesigns.in", None),
        proj("Aditi Blog", "aditi@aditidesigns.in", "2025-08-01T10:00:00"),
        proj("Orbit Analytics", "finance@orbitanalytics.in", "2025-06-01T10:00:00"),
    ],
    "payments": [
        lopay("pay_lo_101", "LO-INV-1101", "priya.sharma@gmail.com", "monthly", *M, "2025-09-10T08:00:00", "2025-09-10", "2025-10-09"),
        lopay("pay_lo_102", "LO-INV-1102", "priya.sharma@gmail.com", "monthly", *M, "2025-09-10T08:03:00", "2025-09-10", "2025-10-09"),
        lopay("pay_lo_111", "LO-INV-1111", "arjun.nair@outlook.com", "quarterly", *Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19"),
        lopay("pay_lo_112", "LO-INV-1112", "arjun.nair@outlook.com", "quarterly", *Q, "2025-09-20T10:01:00", "2025-09-20", "2025-12-19"),
        # explicit UTC offsets: 2025-09-11 01:30 IST (day 0 is the 11th in the brand's time zone)
        lopay("pay_lo_121", "LO-INV-1121", "farhan.qureshi@gmail.com", "monthly", *M, "2025-09-10T20:00:00+00:00", "2025-09-11", "2025-10-10"),
        lopay("pay_lo_122", "LO-INV-1122", "farhan.qureshi@gmail.com", "monthly", *M, "2025-09-10T20:02:00+00:00", "2025-09-11", "2025-10-10"),
        lopay("pay_lo_131", "LO-INV-1131", "sneha.kulkarni@yahoo.co.in", "annual", *A, "2025-09-25T09:00:00", "2025-09-25", "2026-09-24"),
        lopay("pay_lo_140", "LO-INV-1140", "karthik@techsprout.in", "monthly", *M, "2025-08-05T11:00:00", "2025-08-05", "2025-09-04"),
        lopay("pay_lo_141", "LO-INV-1141", "karthik@techsprout.in", "monthly", *M, "2025-09-05T11:00:00", "2025-09-05", "2025-10-04"),
        lopay("pay_lo_161", "LO-INV-1161", "vivek.bansal@bansalexports.com", "annual", *A, "2025-03-15T10:00:00", None, None),
        lopay("pay_lo_171", "LO-INV-1171", "deepa.iyer@iyerfoods.in", "quarterly", *Q, "2025-08-12T16:20:00", None, None),
        lopay("pay_lo_181", "LO-INV-1181", "rahul.mehta@mehtatraders.in", "annual", *A, "2025-04-01T12:00:00", "2025-04-01", "2026-03-31"),
        lopay("pay_lo_191", "LO-INV-1191", "rohan.das@gmail.com", "monthly", *M, "2025-09-24T19:45:00", "2025-09-24", "2025-10-23"),
        lopay("pay_lo_192", "LO-INV-1192", "rohan.das@gmail.com", "monthly", *M, "2025-09-24T19:46:00", "2025-09-24", "2025-10-23"),
        lopay("pay_lo_201", "LO-INV-1201", "mohit.jain@jainandco.in", "monthly", *M, "2025-09-01T09:30:00", "2025-09-01", "2025-09-30"),
        lopay("pay_lo_211", "LO-INV-1211", "tanvi.shah@gmail.com", "monthly", *M, "2025-08-21T10:00:00", "2025-08-21", "2025-09-20"),
        lopay("pay_lo_221", "LO-INV-1221", "kabir.singh@gmail.com", "monthly", *M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14"),
        dict(lopay("pay_lo_222", "LO-INV-1222", "kabir.singh@gmail.com", "monthly", *M, "2025-09-15T10:02:00", "2025-09-15", "2025-10-14"), status="refunded"),
        lopay("pay_lo_231", "LO-INV-1231", "nisha.verma@gmail.com", "monthly", *M, "2025-09-18T12:00:00", "2025-09-18", "2025-10-17"),
        lopay("pay_lo_232", "LO-INV-1232", "nisha.verma@gmail.com", "quarterly", *Q, "2025-09-18T12:01:00", "2025-09-18", "2025-12-17"),
        lopay("pay_lo_241", "LO-INV-1241", "sanjay.gupta@rediffmail.com", "quarterly", *Q, "2025-09-27T23:50:00", "2025-09-27", "2025-12-26"),
        lopay("pay_lo_242", "LO-INV-1242", "sanjay.gupta@rediffmail.com", "quarterly", *Q, "2025-09-27T23:52:00", "2025-09-27", "2025-12-26"),
        lopay("pay_lo_212", "LO-INV-1212", "tanvi.shah@gmail.com", "monthly", *M, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20"),

        owpay("pay_owd_201", "OWD-2025-201", "Sharma Sweets Website", "deposit", "25000.00", "4500.00", "2025-09-15T21:30:00"),
        owpay("pay_owd_211", "OWD-2025-211", "GreenLeaf Organics App", "deposit", "18000.00", "3240.00", "2025-09-16T10:00:00"),
        owpay("pay_owd_221", "OWD-2025-221", "Mehta Consultancy Rebrand", "discovery", "15000.00", "2700.00", "2025-09-20T12:00:00"),
        owpay("pay_owd_231", "OWD-2025-231", "Kapoor Clinic Portal", "discovery", "12000.00", "2160.00", "2025-09-19T15:00:00"),
        owpay("pay_owd_241", "OWD-2025-241", "Sunrise Travels Site", "discovery", "10000.00", "1800.00", "2025-09-26T11:00:00"),
        owpay("pay_owd_251", "OWD-2025-251", "Bharat Logistics Portal", "milestone", "40000.00", "7200.00", "2025-08-01T10:00:00", milestone_status="approved"),
        owpay("pay_owd_252", "OWD-2025-252", "Bharat Logistics Portal", "milestone", "60000.00", "10800.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
        owpay("pay_owd_253", "OWD-2025-253", "Bharat Logistics Portal", "milestone", "30000.00", "5400.00", "2025-09-20T10:00:00", milestone_status="not_started"),
        owpay("pay_owd_254", "OWD-2025-254", "Bharat Logistics Portal", "milestone", "20000.00", "3600.00", "2025-09-05T10:00:00", milestone_status="completed"),
        owpay("pay_owd_261", "OWD-2025-261", "Zenith Fitness", "retainer", "30000.00", "5400.00", "2025-09-01T10:00:00",
              period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00"),
        # next billing 2025-11-15 00:00 IST, written in UTC
        owpay("pay_owd_271", "OWD-2025-271", "Lotus Yoga Studio", "retainer", "45000.00", "8100.00", "2025-08-15T10:00:00",
              period_start="2025-08-15", period_end="2025-11-14", next_billing_at="2025-11-14T18:30:00+00:00"),
        owpay("pay_owd_281", "OWD-2025-281", "Patel Hardware Store", "hosting_annual", "18000.00", "3240.00", "2025-09-09T14:00:00",
              setup_fee="2400.00", service_start="2025-09-10", period_start="2025-09-10", period_end="2026-09-09"),
        owpay("pay_owd_291", "OWD-2025-291", "Verma Dental Care", "maintenance_annual", "10000.00", "1800.00", "2025-09-21T18:00:00",
              setup_fee="999.00", service_start="2025-09-22", period_start="2025-09-22", period_end="2026-09-21"),
        owpay("pay_owd_301", "OWD-2025-301", "Desai Jewellers", "third_party", "3500.00", "630.00", "2025-09-25T12:00:00"),
        owpay("pay_owd_311", "OWD-2025-311", "Rao Interiors", "rush", "8000.00", "1440.00", "2025-09-24T12:00:00"),
        owpay("pay_owd_312", "OWD-2025-312", "Rao Interiors", "setup", "5000.00", "900.00", "2025-09-02T12:00:00"),
        owpay("pay_owd_313", "OWD-2025-313", "Rao Interiors", "change_request", "6500.00", "1170.00", "2025-09-26T12:00:00"),
        owpay("pay_owd_321", "OWD-2025-321", "Aditi Boutique", "deposit", "22000.00", "3960.00", "2025-09-26T11:00:00"),
        owpay("pay_owd_331", "OWD-2025-331", "Orbit Analytics", "retainer", "20000.00", "3600.00", "2025-09-01T10:00:00",
              period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00"),
        owpay("pay_owd_332", "OWD-2025-332", "Orbit Analytics", "retainer", "20000.00", "3600.00", "2025-09-01T10:05:00",
              period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00"),
        owpay("pay_owd_333", "OWD-2025-333", "Orbit Analytics", "retainer", "20000.00", "3600.00", "2025-09-01T10:10:00",
              period_start="2025-11-01", period_end="2025-11-30", next_billing_at="2025-12-01T00:00:00"),
        owpay("pay_owd_322", "OWD-2025-322", "Aditi Blog", "deposit", "9000.00", "1620.00", "2025-07-20T11:00:00"),
    ],
}

# --------------------------------------------------------------------------------------------
# Email builders
# --------------------------------------------------------------------------------------------

CASES: list[dict] = []


def _base(sender, to, subject, date, mid, headers):
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = mid
    for k, v in (headers or {}).items():
        msg[k] = v
    return msg


def write(name, msg):
    path = MAIL / f"{name}.eml"
    path.write_bytes(msg.as_bytes(policy=email.policy.SMTP))
    return f"emails/{name}.eml"


def mid(name):
    return f"<{name}.{abs(hash(name)) % 10**8}@mail.heldout.example>"


def plain(name, sender, to, subject, date, body, headers=None, charset="utf-8"):
    msg = _base(sender, to, subject, date, f"<{name}@mail.heldout.example>", headers)
    msg.set_content(body, charset=charset)
    return write(name, msg)


def html(name, sender, to, subject, date, body_html, headers=None, charset="utf-8"):
    msg = _base(sender, to, subject, date, f"<{name}@mail.heldout.example>", headers)
    msg.set_content(body_html, subtype="html", charset=charset)
    return write(name, msg)


def alt(name, sender, to, subject, date, text, body_html, headers=None):
    msg = _base(sender, to, subject, date, f"<{name}@mail.heldout.example>", headers)
    msg.set_content(text)
    msg.add_alternative(body_html, subtype="html")
    return write(name, msg)


def raw(name, text):
    path = MAIL / f"{name}.eml"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return f"emails/{name}.eml"


def case(cid, files, status, brand, decisions=None, rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec=""):
    c = {"id": cid, "files": files if isinstance(files, list) else [files], "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    if decisions is not None:
        c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def d(intent, outcome, amount="__", eff="__"):
    x = {"intent": intent, "outcome": outcome}
    if amount != "__":
        x["amount"] = amount
    elif outcome != "approve":
        x["amount"] = None
    if eff != "__":
        x["effective_date"] = eff
    return x



OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);} o\\:* {behavior:url(#default#VML);}</style><![endif]-->
<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-family:"Calibri",sans-serif;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1" /></o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-IN" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def outlook(paragraphs):
    out = []
    for p in paragraphs:
        if p == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{p}<o:p></o:p></p>')
    return OUTLOOK_HEAD + "\n".join(out) + "\n" + OUTLOOK_TAIL


# ============================================================================================
# LeadsOptima
# ============================================================================================


def leadsoptima():
    f = plain("lo01-dup-day7-evening", "Priya Sharma <priya.sharma@gmail.com>", LO, "Charged twice for September",
              "Wed, 17 Sep 2025 22:00:00 +0530",
              "Hi team,\n\nI have been charged twice for my monthly plan this month - Rs 1,768 got debited two times "
              "from my card on 10th Sept. Invoice numbers LO-INV-1101 and LO-INV-1102.\nKindly refund the extra "
              "payment.\n\nRegards,\nPriya Sharma\n")
    case("lo01-dup-day7-evening", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="L3: day 7 is inside (payment's local date 2025-09-10 is day 0; request 2025-09-17 22:00 IST); "
              "L4: refund is the duplicate's amount before tax (customer's Rs 1,768 ignored)")

    f = plain("lo02-dup-utc-header-day8", "Priya Sharma <priya.sharma@gmail.com>", LO, "Double charge - refund please",
              "Wed, 17 Sep 2025 19:00:00 +0000",
              "Hello,\n\nThere is a double charge on my account for the monthly plan (LO-INV-1102). Please refund "
              "the duplicate.\n\nThanks\nPriya\n")
    case("lo02-dup-utc-header-day8", f, "decided", LOB, [d("refund", "deny")],
         spec="Date 19:00 UTC on 17 Sep = 2025-09-18 00:30 IST = day 8 -> L3 deny (windows count dates in the brand's "
              "time zone)")

    f = plain("lo03-dup-minus0700-day7", "Priya Sharma <priya.sharma@gmail.com>", LO, "paid two times",
              "Wed, 17 Sep 2025 10:00:00 -0700",
              "Hi, I am travelling in the US right now and noticed that I paid two times for my LeadsOptima monthly "
              "subscription (invoice LO-INV-1101). Please return one payment.\n\nPriya\n")
    case("lo03-dup-minus0700-day7", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="10:00 -0700 = 17:00 UTC = 22:30 IST on 2025-09-17 = day 7, inside L3; L4 approve 1499.00")

    f = plain("lo04-hinglish-dup", "Arjun Nair <arjun.nair@outlook.com>", LO, "paise do baar kat gaye",
              "Mon, 22 Sep 2025 11:15:00 +0530",
              "Hello sir/madam,\n\nMere quarterly plan ke paise do baar kat gaye hain, Rs 4,718.82 do baar. "
              "Invoice LO-INV-1112 hai. Please ek payment refund kar dijiye.\n\nDhanyavaad\nArjun\n")
    case("lo04-hinglish-dup", f, "decided", LOB, [d("refund", "approve", "3999.00")],
         spec="L2 duplicate_payment (Hinglish), day 2; L4 amount from ledger before tax, not the stated 4,718.82")

    body = outlook([
        "Dear LeadsOptima Support,", "",
        "I see a <b>double charge</b> for our quarterly subscription on 20-Sep-2025 (invoice no. LO-INV-1111 and "
        "LO-INV-1112). The amount of INR&nbsp;5,000 was taken twice from the company card.",
        "", "Request you to kindly refund the duplicate payment at the earliest.", "",
        "Thanks &amp; Regards,", "Arjun Nair", "<span style='color:#7F7F7F'>Head of Growth | Nair Digital</span>"])
    f = html("lo05-outlook-html-dup", "Arjun Nair <arjun.nair@outlook.com>", LO, "Duplicate payment - quarterly plan",
             "Tue, 23 Sep 2025 04:30:00 +0000", body,
             headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdwsYxS1mXyAbCdEfGhIjKlMnOpQrA=="})
    case("lo05-outlook-html-dup", f, "decided", LOB, [d("refund", "approve", "3999.00")],
         spec="HTML-only Outlook mail; L4 approve 3999.00 (stated INR 5,000 ignored)")

    f = plain("lo06-ledger-utc-payment-day7", "Farhan Qureshi <farhan.qureshi@gmail.com>", LO,
              "Charged twice", "Thu, 18 Sep 2025 21:00:00 +0530",
              "Hi,\n\nMy card was charged twice for the monthly plan (invoice LO-INV-1122). Please refund the "
              "duplicate charge.\n\nFarhan\n")
    case("lo06-ledger-utc-payment-day7", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Ledger paid_at 2025-09-10T20:00Z = 2025-09-11 01:30 IST -> day 0 is 09-11; request 09-18 is day 7 -> "
              "inside L3 (would be day 8 if counted in UTC)")

    f = plain("lo07-changed-mind", "Sneha Kulkarni <sneha.kulkarni@yahoo.co.in>", LO, "Refund request",
              "Sat, 27 Sep 2025 12:00:00 +0530",
              "Hi,\n\nI bought the annual plan two days back (invoice LO-INV-1131) but I have changed my mind, it is "
              "too expensive for my small business. Please refund the full amount.\n\nSneha\n")
    case("lo07-changed-mind", f, "decided", LOB, [d("refund", "deny")],
         spec="L1: changed mind / too expensive -> deny, cancellation offered")

    f = plain("lo08-claims-dup-single-charge", "Sneha Kulkarni <sneha.kulkarni@yahoo.co.in>", LO,
              "Charged twice for annual plan", "Sun, 28 Sep 2025 09:30:00 +0530",
              "Hello,\n\nI think I was charged twice for my annual plan, invoice LO-INV-1131. Please check and refund "
              "the extra charge.\n\nRegards\nSneha\n")
    case("lo08-claims-dup-single-charge", f, "decided", LOB, [d("refund", "escalate")],
         spec="L4: duplicate claimed but no such pair in the ledger -> escalate")

    f = plain("lo09-cancel-and-refund-changed-mind", "Sneha Kulkarni <sneha.kulkarni@yahoo.co.in>", LO,
              "Cancel subscription and refund", "Mon, 29 Sep 2025 10:00:00 +0530",
              "Hi team,\n\nPlease cancel my annual subscription and refund my money (invoice LO-INV-1131). I "
              "changed my mind, we are not going to use it.\n\nThanks,\nSneha Kulkarni\n")
    case("lo09-cancel-and-refund-changed-mind", f, "decided", LOB,
         [d("refund", "deny"), d("cancellation", "cancel", eff="2026-09-24")],
         spec="Refund: L1 deny; cancellation: L8 effective current_period_end 2026-09-24; 'both parts decided'")

    f = plain("lo10-hinglish-cancel-no-plan", "Karthik S <karthik@techsprout.in>", LO, "plan band kar do",
              "Tue, 23 Sep 2025 18:45:00 +0530",
              "Hi,\n\nMera LeadsOptima plan band kar do please. Ab humko zarurat nahi hai, team chhoti ho gayi.\n\n"
              "Karthik\n")
    case("lo10-hinglish-cancel-no-plan", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-04")],
         spec="L8; plan filled from the ledger for the verified sender (section 1, 'Fields that the ledger holds ... "
              "are filled from it and not asked for'); effective current_period_end 2025-10-04")

    f = plain("lo11-access-failure-inside", "Karthik S <karthik@techsprout.in>", LO, "Cannot log in - refund",
              "Thu, 11 Sep 2025 16:20:00 +0530",
              "Hello,\n\nI cannot log in to LeadsOptima since Monday, the platform is not loading at all (blank "
              "screen after login). I paid for the monthly plan on 5th (invoice LO-INV-1141). Please refund if this "
              "cannot be fixed.\n\nKarthik\n")
    case("lo11-access-failure-inside", f, "decided", LOB, [d("refund", "escalate")],
         spec="L6: access_failure inside 7 days -> escalate")

    f = plain("lo12-access-failure-day15", "Karthik S <karthik@techsprout.in>", LO, "No access - refund",
              "Sat, 20 Sep 2025 10:00:00 +0530",
              "Hi,\n\nNo access to my dashboard since last week, platform not loading. Refund for invoice "
              "LO-INV-1141 please, monthly plan.\n\nKarthik\n")
    case("lo12-access-failure-day15", f, "decided", LOB, [d("refund", "deny")],
         spec="L3: charge 2025-09-05, request 2025-09-20 = day 15 -> deny")

    f = plain("lo13-wrong-plan-billing-error", "Karthik S <karthik@techsprout.in>", LO, "Wrong amount charged",
              "Mon, 08 Sep 2025 12:00:00 +0530",
              "Hi,\n\nI was charged for the wrong plan this month - I am on monthly but the amount looks wrong. "
              "Invoice LO-INV-1141. Please correct and refund the difference.\n\nKarthik\n")
    case("lo13-wrong-plan-billing-error", f, "decided", LOB, [d("refund", "escalate")],
         spec="L5: billing_error inside the window -> escalate")

    f = plain("lo14-trial-refund", "Ananya Rao <ananya.rao@gmail.com>", LO, "Refund for trial",
              "Fri, 26 Sep 2025 15:00:00 +0530",
              "Hi,\n\nI started the free trial last week but LeadsOptima is not for us. Please refund me, I don't "
              "want to pay anything.\n\nAnanya\n")
    case("lo14-trial-refund", f, "decided", LOB, [d("refund", "deny")],
         ambiguous="Refunds require invoice_number and plan (section 3); a trial account has none. L7 says deny; "
                   "a literal reading could ask for the invoice first",
         spec="L7: account on a free trial has no charges -> deny")

    f = plain("lo15-cancel-annual-fallback-date", "Vivek Bansal <vivek.bansal@bansalexports.com>", LO,
              "Cancellation of annual plan", "Wed, 24 Sep 2025 11:00:00 +0530",
              "Dear Team,\n\nKindly cancel our annual plan. Reason: we are closing the export lead-gen division.\n\n"
              "Regards,\nVivek Bansal\nBansal Exports\n")
    case("lo15-cancel-annual-fallback-date", f, "decided", LOB, [d("cancellation", "cancel", eff="2026-03-14")],
         spec="L8: no current_period_end -> last charge 2025-03-15 + 12 months - 1 day = 2026-03-14")

    f = plain("lo16-cancel-quarterly-fallback-date", "Deepa Iyer <deepa.iyer@iyerfoods.in>", LO,
              "Please cancel", "Thu, 25 Sep 2025 17:30:00 +0530",
              "Hi,\n\nPlease cancel my quarterly plan, we are moving to another CRM.\n\nDeepa\n")
    case("lo16-cancel-quarterly-fallback-date", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-11-11")],
         spec="L8: no current_period_end -> last charge 2025-08-12 + 3 months - 1 day = 2025-11-11")

    f = plain("lo17-cancel-wrong-plan-stated", "Rahul Mehta <rahul.mehta@mehtatraders.in>", LO,
              "Cancel monthly plan", "Fri, 26 Sep 2025 09:00:00 +0530",
              "Hello,\n\nPlease cancel my monthly plan from this month itself. Reason: budget cuts.\n\nRahul Mehta\n")
    case("lo17-cancel-wrong-plan-stated", f, "decided", LOB, [d("cancellation", "cancel", eff="2026-03-31")],
         spec="L8: effective_date is current_period_end from the ledger (annual, 2026-03-31); the ledger decides, "
              "not the customer's 'monthly'")

    f = plain("lo18-c2-other-address", "Rahul <rahul.mehta.1985@gmail.com>", LO, "Refund - charged twice",
              "Fri, 26 Sep 2025 21:00:00 +0530",
              "Hi, my registered email is rahul.mehta@mehtatraders.in. I was charged twice for the annual plan, "
              "invoice LO-INV-1181. Please refund.\n\nRahul\n")
    case("lo18-c2-other-address", f, "need_info", LOB, rules=["C2"],
         spec="C2: request from an address other than the registered email -> need_info, rules C2")

    f = plain("lo19-c2-hinglish", "Priya S <priya.s.work@infosys-partner.example>", LO, "refund chahiye",
              "Thu, 11 Sep 2025 10:00:00 +0530",
              "Namaste,\n\nMera registered email priya.sharma@gmail.com hai. Paise do baar kat gaye hain monthly plan "
              "ke, invoice LO-INV-1102. Refund chahiye.\n\nPriya\n")
    case("lo19-c2-hinglish", f, "need_info", LOB, rules=["C2"],
         spec="C2: stated registered email differs from sender -> need_info C2 (no approval)")

    f = plain("lo20-c4-consumer-court", "Karthik S <karthik@techsprout.in>", LO, "Wrong amount charged - final notice",
              "Tue, 09 Sep 2025 20:00:00 +0530",
              "This is the third time I am writing. I was charged the wrong amount on invoice LO-INV-1141 for my "
              "monthly plan. If this is not refunded I will file a complaint in the consumer court.\n\nKarthik\n")
    case("lo20-c4-consumer-court", f, "decided", LOB, [d("refund", "escalate")], rules=["C4"],
         spec="C4: mention of consumer court -> escalate")

    f = plain("lo21-c4-hinglish-chargeback", "Arjun Nair <arjun.nair@outlook.com>", LO, "Double payment",
              "Wed, 24 Sep 2025 13:00:00 +0530",
              "Bhai mera payment double ho gaya, LO-INV-1112 quarterly plan. Jaldi refund karo warna bank se "
              "chargeback karwa dunga.\n\nArjun\n")
    case("lo21-c4-hinglish-chargeback", f, "decided", LOB, [d("refund", "escalate")], rules=["C4"],
         spec="C4: chargeback threat -> escalate, even though L4 would approve")

    f = plain("lo22-c4-lawyer", "Sneha Kulkarni <sneha.kulkarni@yahoo.co.in>", LO, "Refund or legal action",
              "Tue, 30 Sep 2025 10:00:00 +0530",
              "I want a full refund of my annual plan (LO-INV-1131). I no longer want this product. My lawyer will "
              "send you a legal notice if this is not refunded, I know my statutory rights.\n\nSneha\n")
    case("lo22-c4-lawyer", f, "decided", LOB, [d("refund", "escalate")], rules=["C4"],
         spec="C4: lawyer / statutory rights -> escalate (not the L1 deny)")

    # thread: missing invoice, then the answer
    f1 = plain("lo23-thread-1-no-invoice", "Rohan Das <rohan.das@gmail.com>", LO, "Charged twice this month",
               "Thu, 25 Sep 2025 09:00:00 +0530",
               "Hi,\n\nI got charged twice yesterday evening for my monthly plan. Please refund one of them.\n\n"
               "Rohan\n")
    case("lo23-thread-need-invoice", f1, "need_info", LOB, missing=["invoice_number"],
         spec="Section 3: refund requires invoice_number; two charges on the account so it cannot be filled")
    msg = _base("Rohan Das <rohan.das@gmail.com>", LO, "Re: Charged twice this month [LO-1207]",
                "Fri, 26 Sep 2025 14:10:00 +0530", "<lo24-thread-2-answer@mail.heldout.example>",
                {"In-Reply-To": "<bot-reply-lo23@leadsoptima.com>",
                 "References": "<lo23-thread-1-no-invoice@mail.heldout.example> <bot-reply-lo23@leadsoptima.com>"})
    msg.set_content("Hi,\n\nThe invoice number is LO-INV-1192 (the second one).\n\nThanks\nRohan\n\n"
                    "On Thu, 25 Sept 2025 at 10:02, LeadsOptima Support <support@leadsoptima.com> wrote:\n"
                    "> Hello Rohan,\n> \n> Thanks for writing. To look into the charge, please send us your invoice "
                    "number.\n> \n> We understood: refund, reason: charged twice, plan: monthly.\n> \n"
                    "> LeadsOptima Support\n")
    msg.add_alternative(
        '<div dir="ltr">Hi,<div><br></div><div>The invoice number is LO-INV-1192 (the second one).</div><div><br>'
        '</div><div>Thanks</div><div>Rohan</div></div><br><div class="gmail_quote"><div dir="ltr" '
        'class="gmail_attr">On Thu, 25 Sept 2025 at 10:02, LeadsOptima Support &lt;support@leadsoptima.com&gt; '
        'wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        'rgb(204,204,204);padding-left:1ex">Hello Rohan,<br><br>Thanks for writing. To look into the charge, please '
        'send us your invoice number.<br><br>LeadsOptima Support</blockquote></div>', subtype="html")
    f2 = write("lo24-thread-2-answer", msg)
    case("lo24-thread-answer-approve", [f1, f2], "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="C3 merge by In-Reply-To/References; L4 approve 1499.00 (request time = first email, day 1)")

    f1 = plain("lo25-thread-1-no-reason", "Karthik S <karthik@techsprout.in>", LO, "Refund request LO-INV-1141",
               "Tue, 09 Sep 2025 09:00:00 +0530",
               "Hello,\n\nPlease process a refund for invoice LO-INV-1141, monthly plan.\n\nKarthik\n")
    case("lo25-thread-need-reason", f1, "need_info", LOB, missing=["reason"],
         spec="Section 3: reason is required; not stated")
    msg = _base("Karthik S <karthik@techsprout.in>", LO, "RE: Refund request LO-INV-1141 [LO-1210]",
                "Wed, 10 Sep 2025 07:40:00 +0000", "<lo26-thread-2-reason@mail.heldout.example>",
                {"In-Reply-To": "<bot-reply-lo25@leadsoptima.com>",
                 "References": "<lo25-thread-1-no-reason@mail.heldout.example> <bot-reply-lo25@leadsoptima.com>"})
    msg.set_content("Reason: I cannot log in since 6th Sept, the dashboard does not load at all. Your chat support "
                    "also could not fix it.\n\n-----Original Message-----\nFrom: LeadsOptima Support "
                    "<support@leadsoptima.com>\nSent: Tuesday, September 9, 2025 11:00 AM\nTo: Karthik S "
                    "<karthik@techsprout.in>\nSubject: Re: Refund request LO-INV-1141 [LO-1210]\n\nHello Karthik,\n"
                    "Please tell us the reason for your refund request.\n")
    f2 = write("lo26-thread-2-reason", msg)
    case("lo26-thread-answer-access-failure", [f1, f2], "decided", LOB, [d("refund", "escalate")],
         spec="C3 merge; reason access_failure inside window (charge 09-05, request 09-09) -> L6 escalate")

    f = plain("lo27-gmail-forwarded-receipt", "Rohan Das <rohan.das@gmail.com>", LO, "Fwd: Your LeadsOptima receipt",
              "Thu, 25 Sep 2025 19:30:00 +0530",
              "Hi team, I got charged twice, see the forwarded receipt below. Please refund the extra payment.\n\n"
              "---------- Forwarded message ---------\nFrom: LeadsOptima Billing <billing@leadsoptima.com>\n"
              "Date: Wed, 24 Sept 2025 at 19:46\nSubject: Your LeadsOptima receipt\nTo: <rohan.das@gmail.com>\n\n\n"
              "Thank you for your payment.\n\nInvoice: LO-INV-1192\nPlan: Monthly\nAmount: INR 1,768.82 (incl. GST)\n"
              "Payment method: Visa **** 4421\n\nThis is an automatically generated email, please do not reply.\n")
    case("lo27-gmail-forwarded-receipt", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Forwarded receipt from our billing address is content, not the sender (C7 only on the real sender); "
              "L4 approve 1499.00 (before tax, not 1,768.82)")

    f = plain("lo28-outlook-quoted-reminder", "Deepa Iyer <deepa.iyer@iyerfoods.in>", LO,
              "RE: Your quarterly plan renews soon", "Fri, 26 Sep 2025 08:15:00 +0000",
              "Please cancel it, we don't need it anymore. Reason: switched to a different tool.\n\nDeepa Iyer\n"
              "Iyer Foods Pvt Ltd\n\nFrom: LeadsOptima <noreply@leadsoptima.com>\nSent: Thursday, September 25, 2025 "
              "9:00 AM\nTo: Deepa Iyer <deepa.iyer@iyerfoods.in>\nSubject: Your quarterly plan renews soon\n\n"
              "Hi Deepa,\nYour quarterly plan renews on 12 November. You will be charged INR 4,718.82. If you were "
              "charged twice or see a wrong amount, contact us within 7 days for a refund. Unauthorised chargebacks "
              "may lead to suspension.\n")
    case("lo28-outlook-quoted-reminder", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-11-11")],
         spec="Only the new text counts: cancellation only (no refund, no C4 from quoted 'chargebacks'); L8 fallback "
              "2025-11-11")

    f = plain("lo29-other-add-user", "Rahul Mehta <rahul.mehta@mehtatraders.in>", LO, "How do I add a user?",
              "Mon, 22 Sep 2025 12:00:00 +0530",
              "Hi,\n\nHow do I add a new user to our LeadsOptima account? Our sales manager needs access.\n\nRahul\n")
    case("lo29-other-add-user", f, "other", LOB, spec="Section 1: neither refund nor cancellation -> other")

    f = plain("lo30-other-hinglish-gst", "Tanvi Shah <tanvi.shah@gmail.com>", LO, "GST invoice chahiye",
              "Tue, 23 Sep 2025 11:00:00 +0530",
              "Hi, September ke payment ki GST invoice ki copy bhej do please, company ka GSTIN add karke. "
              "GSTIN 27ABCDE1234F1Z5.\n\nTanvi\n")
    case("lo30-other-hinglish-gst", f, "other", LOB, spec="Neither refund nor cancellation -> other")

    f = plain("lo31-charged-after-cancel-day11", "Mohit Jain <mohit.jain@jainandco.in>", LO,
              "Charged after I cancelled", "Fri, 12 Sep 2025 10:00:00 +0530",
              "Hi,\n\nI was charged after I cancelled my monthly plan in August. Invoice LO-INV-1201. Please refund "
              "this charge.\n\nMohit\n")
    case("lo31-charged-after-cancel-day11", f, "decided", LOB, [d("refund", "deny")],
         spec="L3: charge 2025-09-01, request 2025-09-12 = day 11 -> deny citing the 7-day rule")

    f = plain("lo32-dup-claim-renewals", "Tanvi Shah <tanvi.shah@gmail.com>", LO, "Charged two times?",
              "Tue, 23 Sep 2025 20:00:00 +0530",
              "Hello,\n\nI see two charges of Rs 1768.82 on my card statement for LeadsOptima, I think I paid two "
              "times. Latest invoice is LO-INV-1212. Please refund the duplicate.\n\nTanvi\n")
    case("lo32-dup-claim-renewals", f, "decided", LOB, [d("refund", "escalate")],
         spec="L4: the two charges are for different billing periods (Aug and Sep) -> no duplicate pair -> escalate")

    f = plain("lo33-unknown-invoice", "Rahul Mehta <rahul.mehta@mehtatraders.in>", LO, "Double charge",
              "Sat, 27 Sep 2025 10:00:00 +0530",
              "Hi, I was charged twice on invoice LO-INV-9999 for the annual plan. Please refund the duplicate.\n\n"
              "Rahul\n")
    case("lo33-unknown-invoice", f, "decided", LOB, [d("refund", "escalate")],
         spec="Section 1: 'when the ledger has no matching record, the case is escalated, never approved'")

    f = plain("lo34-unknown-sender-others-invoice", "Ravi <ravi.accounts@gmail.com>", LO, "Refund duplicate",
              "Thu, 11 Sep 2025 12:00:00 +0530",
              "Hello, we were charged twice for the monthly plan, invoice LO-INV-1101. Please refund the extra "
              "charge.\n\nRavi\n")
    case("lo34-unknown-sender-others-invoice", f, "need_info", LOB, rules=["C2"],
         ambiguous="Sender not in the ledger and no registered email stated; the invoice belongs to another customer. "
                   "C2 (another address than the one on record) vs escalate (no matching record). Never approve.",
         spec="C2 / section 1 'no matching record -> escalated'")

    f = plain("lo35-delivered-to-routing", "Karthik S <karthik@techsprout.in>", "undisclosed-recipients:;",
              "Cancel my subscription", "Wed, 24 Sep 2025 10:00:00 +0530",
              "Hi,\n\nPlease cancel my monthly subscription. Reason: we are pausing outbound campaigns.\n\nKarthik\n",
              headers={"Delivered-To": "support@leadsoptima.com"})
    case("lo35-delivered-to-routing", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-04")],
         spec="C1: brand from Delivered-To; L8 effective 2025-10-04")

    f = plain("lo36-hinglish-refund-and-cancel", "Tanvi Shah <tanvi.shah@gmail.com>", LO,
              "refund chahiye aur plan band", "Wed, 24 Sep 2025 22:40:00 +0530",
              "Hi,\n\nMaine is mahine LeadsOptima use hi nahi kiya. Refund chahiye (invoice LO-INV-1212) aur plan "
              "band kar do, monthly wala.\n\nTanvi\n")
    case("lo36-hinglish-refund-and-cancel", f, "decided", LOB,
         [d("refund", "deny"), d("cancellation", "cancel", eff="2025-10-20")],
         spec="L1: did not use the product -> deny; L8 cancel effective 2025-10-20")

    f = plain("lo37-access-ist-day8-utc-day7", "Karthik S <karthik@techsprout.in>", LO, "Platform not loading",
              "Sat, 13 Sep 2025 00:15:00 +0530",
              "Hi, the platform is not loading for me for the last 4 days. I want a refund of invoice LO-INV-1141 "
              "(monthly).\n\nKarthik\n")
    case("lo37-access-ist-day8-utc-day7", f, "decided", LOB, [d("refund", "deny")],
         spec="Request 2025-09-13 00:15 IST = day 8 of the 09-05 charge (day 7 only in UTC) -> L3 deny")

    f = plain("lo38-auto-submitted-no-human", "Karthik S <karthik@techsprout.in>", LO, "Cancellation",
              "Thu, 25 Sep 2025 10:00:00 +0530",
              "Hello,\n\nPlease cancel my monthly plan. Reason: moving to a cheaper tool.\n\nKarthik\n",
              headers={"Auto-Submitted": "no"})
    case("lo38-auto-submitted-no-human", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-04")],
         spec="C7: only Auto-Submitted other than 'no' is ignored; L8 cancel 2025-10-04")

    f = plain("lo39-cancel-only-unused-days", "Mohit Jain <mohit.jain@jainandco.in>", LO, "Stop my plan",
              "Mon, 15 Sep 2025 09:00:00 +0530",
              "Hi team,\n\nPlease stop my monthly subscription, I do not want to be charged again. Reason: not "
              "getting enough leads.\n\nMohit\n")
    case("lo39-cancel-only-unused-days", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-09-30")],
         spec="L8: current_period_end 2025-09-30")

    f = plain("lo40-dup-wrong-date-stated-late", "Arjun Nair <arjun.nair@outlook.com>", LO,
              "Charged twice yesterday", "Mon, 29 Sep 2025 09:00:00 +0530",
              "Hi, I was charged twice yesterday for the quarterly plan, invoice LO-INV-1112. Please refund the "
              "duplicate payment.\n\nArjun\n")
    case("lo40-dup-wrong-date-stated-late", f, "decided", LOB, [d("refund", "deny")],
         spec="Ledger: charge 2025-09-20; request 2025-09-29 = day 9 -> L3 deny ('yesterday' is not trusted over the "
              "ledger)")


# ============================================================================================
# C7 auto-generated mail
# ============================================================================================


def auto_mail():
    f = plain("c701-out-of-office", "Amit Patel <amit@patelhardware.in>", OWD, "Automatic reply: Invoice OWD-2025-281",
              "Wed, 10 Sep 2025 09:00:00 +0530",
              "Thank you for your email. I am out of office till 15th Sept with limited access to email. For urgent "
              "refund or billing matters contact accounts@patelhardware.in.\n",
              headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case("c701-out-of-office", f, "ignore", OWB, rules=["C7"], spec="C7 Auto-Submitted: auto-replied")

    bounce = """Return-Path: <>
From: Mail Delivery Subsystem <MAILER-DAEMON@mx.leadsoptima.com>
To: support@leadsoptima.com
Subject: Undelivered Mail Returned to Sender
Date: Thu, 18 Sep 2025 10:05:00 +0530
Message-ID: <c702-bounce@mx.leadsoptima.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY-c702"

--BOUNDARY-c702
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.leadsoptima.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<karthik@old-techsprout.in>: host mx.old-techsprout.in said: 550 5.1.1 User unknown

--BOUNDARY-c702
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.leadsoptima.com
Arrival-Date: Thu, 18 Sep 2025 10:05:00 +0530

Final-Recipient: rfc822; karthik@old-techsprout.in
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--BOUNDARY-c702
Content-Type: message/rfc822

From: LeadsOptima Support <support@leadsoptima.com>
To: karthik@old-techsprout.in
Subject: Re: Refund request - charged twice
Date: Thu, 18 Sep 2025 10:04:00 +0530
Message-ID: <bot-c702@leadsoptima.com>

Hello, your refund of INR 1,499.00 for the duplicate charge has been approved.

--BOUNDARY-c702--
"""
    f = raw("c702-bounce-multipart-report", bounce)
    case("c702-bounce-multipart-report", f, "ignore", LOB, rules=["C7"],
         spec="C7: MAILER-DAEMON sender, null Return-Path, RFC 3464 delivery-status report")

    f = plain("c703-mailing-list", "Indian SaaS Founders <saas-founders@googlegroups.com>", LO,
              "[saas-founders] Anyone got a refund from LeadsOptima?", "Fri, 19 Sep 2025 18:00:00 +0530",
              "Vikas wrote: I was charged twice by LeadsOptima last week, how do I get a refund? Also thinking of "
              "cancelling.\n\n--\nYou received this message because you are subscribed to the Google Groups group.\n",
              headers={"List-Id": "<saas-founders.googlegroups.com>", "Mailing-list": "list saas-founders@googlegroups.com",
                       "List-Unsubscribe": "<mailto:saas-founders+unsubscribe@googlegroups.com>",
                       "Precedence": "list"})
    case("c703-mailing-list", f, "ignore", LOB, rules=["C7"], spec="C7: List-Id / Precedence: list")

    f = html("c704-precedence-bulk-newsletter", "Razorpay Updates <newsletter@razorpay.example>", OWD,
             "Refunds made easy: instant refunds now live!", "Mon, 22 Sep 2025 07:00:00 +0000",
             "<html><body><h1>Instant refunds</h1><p>Issue a refund to your customers in seconds. Cancel anytime.</p>"
             "<p><a href='https://razorpay.example/unsub'>Unsubscribe</a></p></body></html>",
             headers={"Precedence": "bulk"})
    case("c704-precedence-bulk-newsletter", f, "ignore", OWB, rules=["C7"], spec="C7: Precedence: bulk")

    f = plain("c705-own-address", "LeadsOptima Support <support@leadsoptima.com>", LO,
              "Fwd: Refund request - charged twice", "Mon, 22 Sep 2025 12:00:00 +0530",
              "Forwarding to the shared inbox for tracking.\n\n---------- Forwarded message ---------\nFrom: Priya "
              "Sharma <priya.sharma@gmail.com>\nSubject: Charged twice\n\nPlease refund the duplicate charge, "
              "invoice LO-INV-1102.\n")
    case("c705-own-address", f, "ignore", LOB, rules=["C7"], spec="C7: the brand's own address as sender")

    f = plain("c706-postmaster-plain", "postmaster@bharatlogistics.in", OWD,
              "Delivery Status Notification (Failure)", "Tue, 23 Sep 2025 10:00:00 +0530",
              "Delivery has failed to these recipients or groups:\n\nfinance@bharatlogistics.in\nThe email address "
              "you entered couldn't be found.\n\nOriginal message subject: Re: Refund Request - Bharat Logistics "
              "Portal\n")
    case("c706-postmaster-plain", f, "ignore", OWB, rules=["C7"], spec="C7: postmaster sender")

    f = plain("c707-auto-generated-payment", "Razorpay <no-reply@razorpay.example>", LO,
              "Payment refund initiated for order_PX91", "Wed, 24 Sep 2025 09:00:00 +0530",
              "A refund of INR 1,499.00 has been initiated for payment pay_PX91. Cancel this refund from the "
              "dashboard if it was issued by mistake.\n",
              headers={"Auto-Submitted": "auto-generated"})
    case("c707-auto-generated-payment", f, "ignore", LOB, rules=["C7"], spec="C7: Auto-Submitted: auto-generated")

    f = plain("c708-precedence-junk", "Deals Desk <offers@cheap-leads.example>", LO,
              "Cancel your LeadsOptima plan and switch - get refund of 3 months!", "Wed, 24 Sep 2025 06:00:00 +0000",
              "Switch today and we refund 3 months of your current subscription.\n",
              headers={"Precedence": "junk"})
    case("c708-precedence-junk", f, "ignore", LOB, rules=["C7"], spec="C7: Precedence: junk")

    f = plain("c709-owd-own-address", "Optima WebDesign <optimawebdesigns12@gmail.com>", OWD,
              "Re: Refund Request - Sharma Sweets Website", "Thu, 18 Sep 2025 12:00:00 +0530",
              "Hello Rohit,\n\nYour refund of INR 25,000.00 for invoice OWD-2025-201 has been approved.\n\n"
              "Billing & Refunds Desk\n")
    case("c709-owd-own-address", f, "ignore", OWB, rules=["C7"], spec="C7: the brand's own address as sender")

    f = raw("c710-null-sender", """Return-Path: <>
From: Google Workspace <mail-noreply@google.example>
To: optimawebdesigns12@gmail.com
Subject: Message blocked: Refund Request - Desai Jewellers
Date: Thu, 25 Sep 2025 16:00:00 +0530
Message-ID: <c710-null-sender@google.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Your message to sales@desaijewellers.in has been blocked. See technical details below.
Original subject: Refund Request - Desai Jewellers
""")
    case("c710-null-sender", f, "ignore", OWB, rules=["C7"], spec="C7: null sender (Return-Path <>)")


# ============================================================================================
# Optima WebDesign
# ============================================================================================


def optima():
    f = plain("o01-deposit-71h", "Rohit Sharma <rohit@sharmasweets.in>", OWD,
              "Refund Request \u2014 Sharma Sweets Website / OWD-2025-201", "Thu, 18 Sep 2025 20:30:00 +0530",
              "Hello Optima team,\n\nWe have decided not to go ahead with the website right now due to a family "
              "matter. Please refund the booking deposit of Rs 29,500 paid on 15th (invoice OWD-2025-201).\n\n"
              "Contract email: rohit@sharmasweets.in\n\nRegards,\nRohit Sharma\nSharma Sweets\n")
    case("o01-deposit-71h", f, "decided", OWB, [d("refund", "approve", "25000.00")],
         spec="O2: paid 2025-09-15 21:30, request 71 h later, no work started -> approve 25,000.00 before tax "
              "(C6; stated 29,500 ignored)")

    f = plain("o02-deposit-73h", "Rohit Sharma <rohit@sharmasweets.in>", OWD,
              "Refund Request \u2014 Sharma Sweets Website / OWD-2025-201", "Thu, 18 Sep 2025 22:30:00 +0530",
              "Hello,\n\nPlease refund our deposit for Sharma Sweets Website, invoice OWD-2025-201. Reason: project "
              "postponed indefinitely.\n\nRohit\n")
    case("o02-deposit-73h", f, "decided", OWB, [d("refund", "deny")], spec="O2: 73 h after paid_at -> deny")

    f = plain("o03-deposit-utc-71h-hinglish", "Rohit Sharma <rohit@sharmasweets.in>", OWD,
              "deposit wapas chahiye - OWD-2025-201", "Thu, 18 Sep 2025 15:45:00 +0000",
              "Namaste,\n\nSharma Sweets Website ka project abhi nahi karna hai, budget nahi hai. Deposit wapas kar "
              "dijiye please, invoice OWD-2025-201.\n\nRohit\n")
    case("o03-deposit-utc-71h-hinglish", f, "decided", OWB, [d("refund", "approve", "25000.00")],
         spec="15:45 UTC = 21:15 IST = 71.75 h after 2025-09-15 21:30 IST -> O2 approve")

    f = plain("o04-deposit-utc-72h15", "Rohit Sharma <rohit@sharmasweets.in>", OWD,
              "Refund of deposit", "Thu, 18 Sep 2025 16:15:00 +0000",
              "Hi,\n\nPlease refund the deposit for Sharma Sweets Website (OWD-2025-201), we are not proceeding.\n\n"
              "Rohit\n")
    case("o04-deposit-utc-72h15", f, "decided", OWB, [d("refund", "deny")],
         spec="16:15 UTC = 21:45 IST = 72.25 h -> O2 deny (72-hour window is elapsed time)")

    f = plain("o05-deposit-work-started", "GreenLeaf Accounts <accounts@greenleaf.co.in>", OWD,
              "Refund Request \u2014 GreenLeaf Organics App / OWD-2025-211", "Wed, 17 Sep 2025 15:00:00 +0530",
              "Hi,\n\nThe board has decided to pause the app. Please refund the deposit (invoice OWD-2025-211), it "
              "is only 29 hours since we paid.\n\nGreenLeaf Accounts\n")
    case("o05-deposit-work-started", f, "decided", OWB, [d("refund", "deny")],
         spec="O2: work_started_at 2025-09-17 10:00 is before the request (whichever occurs first) -> deny")

    f = plain("o06-deposit-before-work", "GreenLeaf Accounts <accounts@greenleaf.co.in>", OWD,
              "Refund Request \u2014 GreenLeaf Organics App / OWD-2025-211", "Wed, 17 Sep 2025 09:00:00 +0530",
              "Hi,\n\nThe board has decided to pause the app. Please refund the deposit paid yesterday for GreenLeaf "
              "Organics App (invoice OWD-2025-211).\n\nGreenLeaf Accounts\n")
    case("o06-deposit-before-work", f, "decided", OWB, [d("refund", "approve", "18000.00")],
         spec="O2: 23 h after payment and before work_started_at -> approve 18,000.00")

    f = plain("o07-discovery-no-work", "Neha Mehta <neha@mehtaconsultancy.com>", OWD,
              "Refund Request \u2014 Mehta Consultancy Rebrand", "Wed, 24 Sep 2025 11:00:00 +0530",
              "Hi,\n\nWe paid the discovery/strategy fee (invoice OWD-2025-221) for the Mehta Consultancy Rebrand "
              "but have decided to handle branding internally. No session has happened yet. Please refund.\n\n"
              "Neha\n")
    case("o07-discovery-no-work", f, "decided", OWB, [d("refund", "approve", "15000.00")],
         spec="O1: work_started_at empty -> refundable in full (15,000.00 before tax)")

    f = plain("o08-discovery-work-started", "Dr. Kapoor <dr.kapoor@kapoorclinic.in>", OWD,
              "Refund of strategy fee", "Thu, 25 Sep 2025 10:00:00 +0530",
              "Dear team,\n\nPlease refund the strategy fee for Kapoor Clinic Portal, invoice OWD-2025-231. We did "
              "not like the direction of the first workshop.\n\nDr. Kapoor\n")
    case("o08-discovery-work-started", f, "decided", OWB, [d("refund", "deny")],
         spec="O1: work started 2025-09-22, before the request -> deny")

    f = plain("o09-discovery-start-later", "Sunrise Travels <bookings@sunrisetravels.in>", OWD,
              "Refund Request \u2014 Sunrise Travels Site / OWD-2025-241", "Mon, 29 Sep 2025 12:00:00 +0530",
              "Hello,\n\nWe would like to cancel the discovery engagement for Sunrise Travels Site and get a refund "
              "of the discovery fee (OWD-2025-241). The owner has decided to postpone the website.\n\nThanks\n")
    case("o09-discovery-start-later", f, "decided", OWB, [d("refund", "approve", "10000.00")], extra_ok=True,
         spec="O1: work_started_at 2025-10-06 is later than the request time -> refundable in full")

    f = plain("o10-milestone-not-started", "Bharat Logistics IT <it@bharatlogistics.in>", OWD,
              "Refund Request \u2014 Bharat Logistics Portal / OWD-2025-253", "Fri, 26 Sep 2025 10:00:00 +0530",
              "Hello,\n\nWe have dropped the mobile app milestone from scope. Please refund milestone 3 (invoice "
              "OWD-2025-253), amount Rs 35,400, as the work has not started.\n\nIT Team\nBharat Logistics\n")
    case("o10-milestone-not-started", f, "decided", OWB, [d("refund", "approve", "30000.00")],
         spec="O3: milestone not_started -> refund its amount before tax 30,000.00")

    f = plain("o11-milestone-in-progress", "Bharat Logistics IT <it@bharatlogistics.in>", OWD,
              "Refund Request \u2014 Bharat Logistics Portal / OWD-2025-252", "Fri, 26 Sep 2025 11:00:00 +0530",
              "Hello,\n\nThe development milestone is going too slowly. Please refund milestone 2 (OWD-2025-252) for "
              "Bharat Logistics Portal.\n\nIT Team\n")
    case("o11-milestone-in-progress", f, "decided", OWB, [d("refund", "escalate")],
         spec="O3: in_progress -> escalate")

    f = plain("o12-milestone-approved", "Bharat Logistics IT <it@bharatlogistics.in>", OWD,
              "Refund for design milestone", "Fri, 26 Sep 2025 12:00:00 +0530",
              "Hi,\n\nWe want a refund of the design milestone (invoice OWD-2025-251) for Bharat Logistics Portal, "
              "our new CEO does not like the design.\n\nIT Team\n")
    case("o12-milestone-approved", f, "decided", OWB, [d("refund", "deny")],
         spec="O3/O6: approved milestone -> deny")

    f = plain("o13-retainer-7days-notice", "Zenith Marketing <marketing@zenithfitness.in>", OWD,
              "Cancel SEO retainer - Zenith Fitness", "Wed, 24 Sep 2025 23:50:00 +0530",
              "Hi,\n\nPlease cancel our monthly retainer for Zenith Fitness (invoice OWD-2025-261). Reason: we are "
              "hiring an in-house marketer.\n\nZenith Fitness\n")
    case("o13-retainer-7days-notice", f, "decided", OWB, [d("cancellation", "cancel", eff="2025-09-30")],
         spec="O4: request 2025-09-24 = next_billing 2025-10-01 minus 7 days -> next charge avoided; effective "
              "2025-09-30")

    f = plain("o14-retainer-utc-6days", "Zenith Marketing <marketing@zenithfitness.in>", OWD,
              "Cancel retainer", "Wed, 24 Sep 2025 19:30:00 +0000",
              "Hi,\n\nPlease cancel our retainer for Zenith Fitness, invoice OWD-2025-261. Reason: budget cut.\n\n"
              "Zenith Fitness\n")
    case("o14-retainer-utc-6days", f, "decided", OWB, [d("cancellation", "cancel", eff="2025-10-31")],
         spec="19:30 UTC 24 Sep = 2025-09-25 01:00 IST, after the cut-off 2025-09-24 -> next cycle billed; "
              "effective = last day of next cycle 2025-10-31 (O4)")

    body = outlook([
        "Hi Optima team,", "",
        "Please treat this email as our notice to <b>cancel the monthly SEO retainer</b> for Zenith Fitness "
        "(Invoice # OWD-2025-261).",
        "Reason: we are consolidating agencies.", "", "Regards,", "Kavya Menon", "Marketing Lead, Zenith Fitness"])
    f = html("o15-retainer-outlook-6days", "Kavya Menon <marketing@zenithfitness.in>", OWD, "Retainer cancellation",
             "Thu, 25 Sep 2025 10:00:00 +0530", body, headers={"X-Mailer": "Microsoft Outlook 16.0"})
    case("o15-retainer-outlook-6days", f, "decided", OWB, [d("cancellation", "cancel", eff="2025-10-31")],
         spec="O4: 6 days' notice -> next cycle billed, effective 2025-10-31")

    f = plain("o16-retainer-quarterly-utc-next-billing", "Lotus Yoga <hello@lotusyoga.in>", OWD,
              "Cancel retainer - Lotus Yoga Studio", "Mon, 29 Sep 2025 09:00:00 +0530",
              "Hello,\n\nPlease cancel the quarterly maintenance retainer for Lotus Yoga Studio (OWD-2025-271). "
              "Reason: studio is closing its online classes.\n\nLotus Yoga Studio\n")
    case("o16-retainer-quarterly-utc-next-billing", f, "decided", OWB, [d("cancellation", "cancel", eff="2025-11-14")],
         spec="O4: next_billing_at 2025-11-14T18:30Z = 2025-11-15 IST; long notice -> effective the day before, "
              "2025-11-14")

    f = plain("o17-retainer-cancel-and-refund-current", "Zenith Marketing <marketing@zenithfitness.in>", OWD,
              "Cancel retainer and refund September", "Sat, 20 Sep 2025 10:00:00 +0530",
              "Hi,\n\nPlease cancel the Zenith Fitness retainer (OWD-2025-261) and refund this month's fee, we hardly "
              "used any hours. Reason: switching agency.\n\nZenith\n")
    case("o17-retainer-cancel-and-refund-current", f, "decided", OWB,
         [d("refund", "deny"), d("cancellation", "cancel", eff="2025-09-30")],
         spec="O4: 'The current period is never refunded' -> refund deny; 11 days' notice -> effective 2025-09-30")

    f = plain("o18-hosting-day14", "Amit Patel <amit@patelhardware.in>", OWD,
              "Refund Request \u2014 Patel Hardware Store / OWD-2025-281", "Wed, 24 Sep 2025 23:00:00 +0530",
              "Hello,\n\nWe want to cancel the annual hosting for Patel Hardware Store (invoice OWD-2025-281) and get "
              "the prorated refund. Reason: moving to our own server.\n\nAmit\n")
    case("o18-hosting-day14", f, "decided", OWB, [d("refund", "approve", "14300.00")], extra_ok=True,
         spec="O5: service_start 2025-09-10, request day 14 -> 18000 - 2400 - 1300x1 = 14,300.00")

    f = plain("o19-hosting-utc-day15", "Amit Patel <amit@patelhardware.in>", OWD,
              "Refund hosting", "Wed, 24 Sep 2025 20:00:00 +0000",
              "Hi,\n\nPlease cancel the hosting for Patel Hardware Store and refund us (OWD-2025-281). We are moving "
              "to our own server.\n\nAmit\n")
    case("o19-hosting-utc-day15", f, "decided", OWB, [d("refund", "deny")], extra_ok=True,
         spec="20:00 UTC 24 Sep = 2025-09-25 01:30 IST = day 15 -> O5 deny")

    f = plain("o20-maintenance-rounding", "Verma Dental <admin@vermadental.in>", OWD,
              "Refund Request \u2014 Verma Dental Care / OWD-2025-291", "Thu, 25 Sep 2025 12:00:00 +0530",
              "Dear team,\n\nWe would like to cancel the annual maintenance plan for Verma Dental Care (invoice "
              "OWD-2025-291) and request the prorated refund. Reason: the clinic has signed with a group IT "
              "provider.\n\nAdmin\nVerma Dental Care\n")
    case("o20-maintenance-rounding", f, "decided", OWB, [d("refund", "approve", "8250.92")], extra_ok=True,
         spec="O5: (10000-999)/12 = 750.0833..; 10000-999-750.0833.. = 8250.9166.. -> rounded once, half-up: 8250.92")

    f = plain("o21-third-party-ssl", "Desai Jewellers <sales@desaijewellers.in>", OWD,
              "Refund for SSL", "Fri, 26 Sep 2025 10:00:00 +0530",
              "Hi,\n\nPlease refund the SSL certificate charge for Desai Jewellers (invoice OWD-2025-301). We "
              "already have an SSL from our host.\n\nDesai Jewellers\n")
    case("o21-third-party-ssl", f, "decided", OWB, [d("refund", "deny")], spec="O6: third_party -> deny")

    f = plain("o22-rush-fee", "Rao Interiors <studio@raointeriors.in>", OWD,
              "Refund Request \u2014 Rao Interiors / OWD-2025-311", "Thu, 25 Sep 2025 10:00:00 +0530",
              "Hello,\n\nThe rush delivery was not really needed after all. Please refund the rush fee (invoice "
              "OWD-2025-311) for Rao Interiors.\n\nStudio Rao\n")
    case("o22-rush-fee", f, "decided", OWB, [d("refund", "deny")], spec="O6: rush -> deny")

    f = plain("o23-setup-fee", "Rao Interiors <studio@raointeriors.in>", OWD,
              "Refund of setup charge", "Thu, 25 Sep 2025 11:00:00 +0530",
              "Hi, please refund the setup/activation charge for Rao Interiors, invoice OWD-2025-312. We feel it "
              "was too expensive.\n\nStudio Rao\n")
    case("o23-setup-fee", f, "decided", OWB, [d("refund", "deny")], spec="O6: setup -> deny")

    f = plain("o24-change-request", "Rao Interiors <studio@raointeriors.in>", OWD,
              "Refund change request", "Sat, 27 Sep 2025 10:00:00 +0530",
              "Hi, we no longer want the extra gallery page. Please refund the change request invoice OWD-2025-313 "
              "for Rao Interiors.\n\nStudio Rao\n")
    case("o24-change-request", f, "decided", OWB, [d("refund", "deny")], spec="O6: change_request -> deny")

    f = plain("o25-c2-personal-gmail", "Rohit Sharma <rohit.sharma1988@gmail.com>", OWD,
              "Refund Request \u2014 Sharma Sweets Website / OWD-2025-201", "Wed, 17 Sep 2025 10:00:00 +0530",
              "Hello,\n\nWriting from my personal id. My contract email is rohit@sharmasweets.in. Please refund the "
              "deposit for Sharma Sweets Website, invoice OWD-2025-201, we are not going ahead.\n\nRohit\n")
    case("o25-c2-personal-gmail", f, "need_info", OWB, rules=["C2"],
         spec="C2 (explicit for Optima): must be emailed from the contracting email -> need_info C2")

    f = plain("o26-c4-lawyer", "Bharat Logistics IT <it@bharatlogistics.in>", OWD,
              "Refund Request \u2014 Bharat Logistics Portal / OWD-2025-252", "Sat, 27 Sep 2025 10:00:00 +0530",
              "Hello,\n\nWe demand a refund of milestone 2 (OWD-2025-252) for Bharat Logistics Portal. Our lawyer "
              "has advised us to send a legal notice if this is not resolved this week.\n\nIT Team\n")
    case("o26-c4-lawyer", f, "decided", OWB, [d("refund", "escalate")], rules=["C4"], spec="C4: lawyer -> escalate")

    f = plain("o27-c4-hinglish-consumer-forum", "Dr. Kapoor <dr.kapoor@kapoorclinic.in>", OWD,
              "Refund nahi mila", "Sat, 27 Sep 2025 18:00:00 +0530",
              "Aapne strategy fee ka refund nahi diya (Kapoor Clinic Portal, OWD-2025-231). Agar refund nahi kiya "
              "toh main consumer court mein case file karunga.\n\nDr. Kapoor\n")
    case("o27-c4-hinglish-consumer-forum", f, "decided", OWB, [d("refund", "escalate")], rules=["C4"],
         spec="C4: consumer court -> escalate (instead of O1 deny)")

    f1 = plain("o28-thread-1-missing", "Aditi Desai <aditi@aditidesigns.in>", OWD, "Refund of deposit",
               "Sat, 27 Sep 2025 10:00:00 +0530",
               "Hi,\n\nWe want to hold off on the project for now because of cash flow, so please refund the deposit "
               "I paid.\n\nAditi\n")
    case("o28-thread-need-project-invoice", f1, "need_info", OWB, missing=["project_name", "invoice_number"],
         spec="Section 4: project name and invoice required; sender has two projects with deposits, so the ledger "
              "cannot fill them")
    msg = _base("Aditi Desai <aditi@aditidesigns.in>", OWD, "Re: Refund of deposit",
                "Mon, 29 Sep 2025 18:00:00 +0530", "<o29-thread-2-answer@mail.heldout.example>",
                {"In-Reply-To": "<bot-reply-o28@optimawebdesign.example>",
                 "References": "<o28-thread-1-missing@mail.heldout.example> <bot-reply-o28@optimawebdesign.example>"})
    msg.set_content("Hi,\n\nProject: Aditi Boutique\nInvoice: OWD-2025-321\n\nThanks,\nAditi\n\n"
                    "On Sat, 27 Sep 2025 at 11:00, Optima WebDesign <optimawebdesigns12@gmail.com> wrote:\n"
                    "> Hello Aditi,\n> Please tell us the project name and the invoice / payment reference.\n"
                    "> Deposits are non-refundable after 72 hours from payment.\n")
    f2 = write("o29-thread-2-answer", msg)
    case("o29-thread-answer-deposit-approve", [f1, f2], "decided", OWB, [d("refund", "approve", "22000.00")],
         spec="C3 merge; request time = first email (2025-09-27 10:00, 23 h after payment) even though the answer "
              "is 79 h after -> O2 approve 22,000.00")

    f = plain("o30-gmail-forwarded-invoice", "Neha Mehta <neha@mehtaconsultancy.com>", OWD,
              "Fwd: Invoice OWD-2025-221 from Optima WebDesign", "Thu, 25 Sep 2025 16:00:00 +0530",
              "Hi, forwarding the invoice below. We are not going ahead with the rebrand, please refund this "
              "discovery fee. No sessions have been held.\n\nNeha\n\n---------- Forwarded message ---------\n"
              "From: Optima WebDesign <optimawebdesigns12@gmail.com>\nDate: Sat, 20 Sept 2025 at 12:05\nSubject: "
              "Invoice OWD-2025-221 from Optima WebDesign\nTo: <neha@mehtaconsultancy.com>\n\n\nDear Neha,\n\n"
              "Please find attached invoice OWD-2025-221 for the Mehta Consultancy Rebrand discovery & strategy "
              "sessions.\nAmount: INR 17,700.00 (incl. GST 18%)\n\nOptima WebDesign\n")
    case("o30-gmail-forwarded-invoice", f, "decided", OWB, [d("refund", "approve", "15000.00")],
         spec="Forwarded content from our own address is not the sender (C7 not applicable); O1 approve 15,000.00 "
              "before tax")

    f = plain("o31-project-cancel-no-refund", "Rohit Sharma <rohit@sharmasweets.in>", OWD,
              "Cancel project - Sharma Sweets Website", "Fri, 19 Sep 2025 10:00:00 +0530",
              "Hello,\n\nPlease cancel the Sharma Sweets Website project (invoice OWD-2025-201). Reason: we are "
              "shutting the online ordering plan for this year.\n\nRohit\n")
    case("o31-project-cancel-no-refund", f, "decided", OWB, [d("cancellation", "cancel")],
         spec="O8: cancellation without a refund request -> cancel")

    f = plain("o32-unknown-invoice", "Neha Mehta <neha@mehtaconsultancy.com>", OWD,
              "Refund Request \u2014 Mehta Consultancy Rebrand / OWD-2025-999", "Fri, 26 Sep 2025 10:00:00 +0530",
              "Hi, please refund invoice OWD-2025-999 for the Mehta Consultancy Rebrand, we were charged for "
              "photography we never ordered.\n\nNeha\n")
    case("o32-unknown-invoice", f, "decided", OWB, [d("refund", "escalate")],
         spec="Section 1: no matching ledger record -> escalate, never approve")

    f = plain("o33-other-banner", "Amit Patel <amit@patelhardware.in>", OWD, "Homepage banner change",
              "Fri, 26 Sep 2025 10:00:00 +0530",
              "Hi team,\n\nCan you please update the homepage banner for Patel Hardware Store with the Diwali offer? "
              "Image attached in the next mail.\n\nAmit\n")
    case("o33-other-banner", f, "other", OWB, spec="Neither refund nor cancellation -> other")

    f = plain("o34-unknown-brand", "Suresh Kumar <suresh@kumarcorp.in>", "Billing <billing@someothersaas.example>",
              "Refund request", "Fri, 26 Sep 2025 10:00:00 +0530",
              "Hi, I was charged twice for my plan, please refund. Invoice SOS-4411.\n\nSuresh\n")
    case("o34-unknown-brand", f, "other", None, spec="Section 7: email for no configured brand -> brand null, other")

    body = outlook([
        "Dear Sir/Madam,", "",
        "This is regarding <b>Patel Hardware Store</b> &#8211; annual hosting, Invoice No. OWD-2025-281.",
        "We have moved our website to our own server and request you to cancel the hosting plan and refund the "
        "amount as per your prorated policy.", "",
        "Thanks &amp; Regards,", "Amit Patel", "Patel Hardware Store, Pune"])
    f = html("o35-outlook-hosting-day10", "Amit Patel <amit@patelhardware.in>", OWD,
             "Refund Request - Patel Hardware Store / OWD-2025-281", "Sat, 20 Sep 2025 05:30:00 +0000", body,
             headers={"X-Mailer": "Microsoft Outlook 16.0"})
    case("o35-outlook-hosting-day10", f, "decided", OWB, [d("refund", "approve", "14300.00")], extra_ok=True,
         spec="O5: day 10 of service -> 14,300.00; HTML-only Outlook mail")

    f = plain("o36-c2-colleague-address", "Finance Team <finance@greenleaf.co.in>", OWD,
              "Refund Request \u2014 GreenLeaf Organics App / OWD-2025-211", "Wed, 17 Sep 2025 08:00:00 +0530",
              "Hi,\n\nOn behalf of GreenLeaf Organics, please refund the deposit for GreenLeaf Organics App (invoice "
              "OWD-2025-211). The contract is with accounts@greenleaf.co.in.\n\nFinance\n")
    case("o36-c2-colleague-address", f, "need_info", OWB, rules=["C2"],
         spec="C2: Optima requires the contracting email; same domain is still another address")

    f = plain("o37-retainer-cutoff-exact-utc-header", "Lotus Yoga <hello@lotusyoga.in>", OWD,
              "Retainer cancellation notice", "Tue, 30 Sep 2025 06:00:00 +0000",
              "Hello,\n\nWe want to end our retainer for Lotus Yoga Studio (invoice OWD-2025-271) at the end of this "
              "quarter. Reason: we are winding down the online business. Please confirm.\n\nLotus\n")
    case("o37-retainer-cutoff-exact-utc-header", f, "decided", OWB, [d("cancellation", "cancel", eff="2025-11-14")],
         spec="O4: notice well before the 2025-11-08 cut-off -> effective 2025-11-14")

    f = plain("o38-hosting-cancel-only", "Verma Dental <admin@vermadental.in>", OWD,
              "Do not renew hosting/maintenance", "Fri, 26 Sep 2025 12:00:00 +0530",
              "Hello,\n\nPlease refund our maintenance plan for Verma Dental Care (OWD-2025-291), Rs 11,800 paid on "
              "21st. Reason: we changed our mind about outsourcing IT.\n\nAdmin\n")
    case("o38-maintenance-changed-mind-day4", f, "decided", OWB, [d("refund", "approve", "8250.92")], extra_ok=True,
         spec="O5 has no reason condition: within 14 days of service_start -> approve 8,250.92 (stated 11,800 "
              "ignored)")


from extra_cases import extra  # noqa: E402


def main():
    MAIL.mkdir(parents=True, exist_ok=True)
    for old in MAIL.glob("*.eml"):
        old.unlink()
    leadsoptima()
    auto_mail()
    optima()
    extra(globals())
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    print(len(CASES), "cases,", len(list(MAIL.glob("*.eml"))), "files")


if __name__ == "__main__":
    main()
