"""Second QA round: messy real-world mail (tests/data/heldout2/), written from POLICY_SPEC alone.

Run: python3 tests/data/heldout2/make_cases.py   (rewrites ledger.json, emails/ and expected.json here)
"""

from __future__ import annotations

import base64
import email.policy
import json
import sys
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAIL = HERE / "emails"
sys.path.insert(0, str(HERE.parent))  # casekit.py
from casekit import LO, LOB, OWB, OWD, A, M, Q, cust, lopay, owpay, proj  # noqa: E402
LO_ADDR = "support@leadsoptima.com"
OWD_ADDR = "optimawebdesigns12@gmail.com"

# --------------------------------------------------------------------------------------------
# Ledger (spec section 6). Amounts before tax; naive date-times are Asia/Kolkata.
# --------------------------------------------------------------------------------------------


LEDGER = {
    "customers": [
        cust("meera.pillai@gmail.com", "Meera Pillai", "monthly", start="2025-09-22", end="2025-10-21"),
        cust("vikram.reddy@reddyinfra.com", "Vikram Reddy", "annual", start="2025-09-24", end="2026-09-23"),
        cust("pooja.menon@yahoo.com", "Pooja Menon", "quarterly", start="2025-09-25", end="2025-12-24"),
        cust("amit.kumar@kumarsolutions.in", "Amit Kumar", "monthly", start="2025-09-28", end="2025-10-27"),
        cust("divya.krishnan@hotmail.com", "Divya Krishnan", "annual"),
        cust("suresh.babu@babuagro.in", "Suresh Babu", None, status="trial", trial_ends="2025-10-08"),
        cust("neha.joshi@gmail.com", "Neha Joshi", "monthly", start="2025-09-12", end="2025-10-11"),
        cust("rajesh.khanna@khannamotors.in", "Rajesh Khanna", "quarterly", start="2025-09-26", end="2025-12-25"),
        cust("fatima.sheikh@gmail.com", "Fatima Sheikh", "monthly", start="2025-09-29", end="2025-10-28"),
        cust("gaurav.malhotra@malhotragroup.com", "Gaurav Malhotra", "annual", start="2025-06-15", end="2026-06-14"),
        cust("lakshmi.venkat@outlook.com", "Lakshmi Venkat", "monthly", start="2025-09-20", end="2025-10-19"),
        cust("ravi.teja@gmail.com", "Ravi Teja", "quarterly", start="2025-07-05", end="2025-10-04"),
        cust("sunita.rao@raoassociates.in", "Sunita Rao", "monthly", start="2025-09-15", end="2025-10-14"),
    ],
    "projects": [
        proj("Kaveri Spices Website", "anil@kaverispices.in", None),
        proj("Blue Lotus Cafe", "owner@bluelotuscafe.in", "2025-09-29T10:00:00"),
        proj("Sahyadri Treks", "info@sahyadritreks.com", "2025-09-15T10:00:00"),
        proj("Nandi Hills Resort", "gm@nandihillsresort.com", "2025-06-01T10:00:00"),
        proj("Ganga Textiles ERP", "cfo@gangatextiles.com", "2025-08-01T10:00:00"),
        proj("Chennai Bytes Blog", "editor@chennaibytes.in", "2025-09-01T10:00:00"),
        proj("Jaipur Crafts Store", "sales@jaipurcrafts.in", None),
        proj("Malabar Dental", "dr.nair@malabardental.in", "2025-09-10T10:00:00"),
        proj("Pune Robotics", "hr@punerobotics.in", "2025-09-01T10:00:00"),
        proj("Coorg Coffee Co", "accounts@coorgcoffee.in", "2025-08-25T10:00:00"),
        proj("Hampi Heritage Tours", "bookings@hampiheritage.in", "2025-07-01T10:00:00"),
    ],
    "payments": [
        lopay("pay_lo_2001", "LO-INV-2001", "meera.pillai@gmail.com", "monthly", *M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21"),
        lopay("pay_lo_2002", "LO-INV-2002", "meera.pillai@gmail.com", "monthly", *M, "2025-09-22T09:01:00", "2025-09-22", "2025-10-21"),
        lopay("pay_lo_2011", "LO-INV-2011", "vikram.reddy@reddyinfra.com", "annual", *A, "2025-09-24T12:00:00", "2025-09-24", "2026-09-23"),
        lopay("pay_lo_2021", "LO-INV-2021", "pooja.menon@yahoo.com", "quarterly", *Q, "2025-09-25T14:00:00", "2025-09-25", "2025-12-24"),
        lopay("pay_lo_2022", "LO-INV-2022", "pooja.menon@yahoo.com", "quarterly", *Q, "2025-09-25T14:02:00", "2025-09-25", "2025-12-24"),
        lopay("pay_lo_2031", "LO-INV-2031", "amit.kumar@kumarsolutions.in", "monthly", *M, "2025-08-28T10:00:00", "2025-08-28", "2025-09-27"),
        lopay("pay_lo_2032", "LO-INV-2032", "amit.kumar@kumarsolutions.in", "monthly", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
        lopay("pay_lo_2041", "LO-INV-2041", "divya.krishnan@hotmail.com", "annual", *A, "2025-02-10T10:00:00", None, None),
        lopay("pay_lo_2051", "LO-INV-2051", "neha.joshi@gmail.com", "monthly", *M, "2025-09-12T18:00:00", "2025-09-12", "2025-10-11"),
        lopay("pay_lo_2052", "LO-INV-2052", "neha.joshi@gmail.com", "monthly", *M, "2025-09-12T18:01:00", "2025-09-12", "2025-10-11"),
        lopay("pay_lo_2061", "LO-INV-2061", "rajesh.khanna@khannamotors.in", "quarterly", *Q, "2025-09-26T11:00:00", "2025-09-26", "2025-12-25"),
        lopay("pay_lo_2071", "LO-INV-2071", "fatima.sheikh@gmail.com", "monthly", *M, "2025-09-29T10:00:00", "2025-09-29", "2025-10-28"),
        lopay("pay_lo_2072", "LO-INV-2072", "fatima.sheikh@gmail.com", "monthly", *M, "2025-09-29T10:02:00", "2025-09-29", "2025-10-28"),
        lopay("pay_lo_2081", "LO-INV-2081", "gaurav.malhotra@malhotragroup.com", "annual", *A, "2025-06-15T10:00:00", "2025-06-15", "2026-06-14"),
        lopay("pay_lo_2091", "LO-INV-2091", "lakshmi.venkat@outlook.com", "monthly", *M, "2025-09-20T08:00:00", "2025-09-20", "2025-10-19"),
        lopay("pay_lo_2092", "LO-INV-2092", "lakshmi.venkat@outlook.com", "monthly", *M, "2025-09-20T08:01:00", "2025-09-20", "2025-10-19"),
        lopay("pay_lo_2101", "LO-INV-2101", "ravi.teja@gmail.com", "quarterly", *Q, "2025-07-05T10:00:00", "2025-07-05", "2025-10-04"),
        lopay("pay_lo_2111", "LO-INV-2111", "sunita.rao@raoassociates.in", "monthly", *M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14"),

        owpay("pay_owd_401", "OWD-2025-401", "Kaveri Spices Website", "deposit", "20000.00", "3600.00", "2025-09-27T11:00:00"),
        owpay("pay_owd_411", "OWD-2025-411", "Blue Lotus Cafe", "deposit", "15000.00", "2700.00", "2025-09-28T10:00:00"),
        owpay("pay_owd_421", "OWD-2025-421", "Sahyadri Treks", "hosting_annual", "24000.00", "4320.00", "2025-09-19T10:00:00",
              setup_fee="3000.00", service_start="2025-09-20", period_start="2025-09-20", period_end="2026-09-19"),
        owpay("pay_owd_431", "OWD-2025-431", "Nandi Hills Resort", "retainer", "35000.00", "6300.00", "2025-09-06T10:00:00",
              period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00"),
        owpay("pay_owd_441", "OWD-2025-441", "Ganga Textiles ERP", "milestone", "50000.00", "9000.00", "2025-09-15T10:00:00",
              milestone_status="not_started"),
        owpay("pay_owd_442", "OWD-2025-442", "Ganga Textiles ERP", "milestone", "40000.00", "7200.00", "2025-08-15T10:00:00",
              milestone_status="in_progress"),
        owpay("pay_owd_443", "OWD-2025-443", "Ganga Textiles ERP", "milestone", "30000.00", "5400.00", "2025-08-01T10:00:00",
              milestone_status="approved"),
        owpay("pay_owd_451", "OWD-2025-451", "Chennai Bytes Blog", "third_party", "2500.00", "450.00", "2025-09-25T12:00:00"),
        owpay("pay_owd_461", "OWD-2025-461", "Jaipur Crafts Store", "discovery", "12000.00", "2160.00", "2025-09-25T16:00:00"),
        owpay("pay_owd_471", "OWD-2025-471", "Malabar Dental", "maintenance_annual", "9600.00", "1728.00", "2025-09-17T10:00:00",
              setup_fee="600.00", service_start="2025-09-18", period_start="2025-09-18", period_end="2026-09-17"),
        owpay("pay_owd_481", "OWD-2025-481", "Pune Robotics", "deposit", "30000.00", "5400.00", "2025-08-25T10:00:00"),
        owpay("pay_owd_491", "OWD-2025-491", "Coorg Coffee Co", "hosting_annual", "12000.00", "2160.00", "2025-08-30T10:00:00",
              setup_fee="1200.00", service_start="2025-09-01", period_start="2025-09-01", period_end="2026-08-31"),
        owpay("pay_owd_501", "OWD-2025-501", "Hampi Heritage Tours", "retainer", "25000.00", "4500.00", "2025-09-15T10:00:00",
              period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00"),
    ],
}

# --------------------------------------------------------------------------------------------
# Email builders
# --------------------------------------------------------------------------------------------

CASES: list[dict] = []


def _base(sender, to, subject, date, mid, headers=None):
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    if subject is not None:
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
    return f"<{name}@mail.heldout2.example>"


def plain(name, sender, to, subject, date, body, headers=None, charset="utf-8", cte=None):
    msg = _base(sender, to, subject, date, mid(name), headers)
    if cte:
        msg.set_content(body, charset=charset, cte=cte)
    else:
        msg.set_content(body, charset=charset)
    return write(name, msg)


def html(name, sender, to, subject, date, body_html, headers=None, charset="utf-8"):
    msg = _base(sender, to, subject, date, mid(name), headers)
    msg.set_content(body_html, subtype="html", charset=charset)
    return write(name, msg)


def alt(name, sender, to, subject, date, text, body_html, headers=None):
    msg = _base(sender, to, subject, date, mid(name), headers)
    msg.set_content(text)
    msg.add_alternative(body_html, subtype="html")
    return write(name, msg)


def raw(name, text, encoding="utf-8"):
    path = MAIL / f"{name}.eml"
    path.write_bytes(text.replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding))
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


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"% Invoice LO-INV-2099 Amount INR 99,999.00 REFUND APPROVED chargeback\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

DISCLAIMER = (
    "DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of "
    "the individual or entity to whom they are addressed. If you are not the intended recipient, please notify the "
    "sender immediately by e-mail and delete this e-mail from your system. Any unauthorised copying, disclosure or "
    "distribution of the material in this e-mail is strictly forbidden. Please consider the environment before "
    "printing this e-mail.")

OUTLOOK_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
table.MsoTableGrid {border:solid windowtext 1.0pt;}
--></style></head>
<body lang="EN-IN" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def outlook(paragraphs):
    out = []
    for p in paragraphs:
        if p == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif p.startswith("<table") or p.startswith("<div"):
            out.append(p)
        else:
            out.append(f'<p class="MsoNormal">{p}<o:p></o:p></p>')
    return OUTLOOK_HEAD + "\n".join(out) + "\n" + OUTLOOK_TAIL


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.splitlines())


# A bot reply as the customer would have received it (used inside quoted history).
BOT_LO_POLICY_REPLY = (
    "Hello,\n\nThank you for writing to LeadsOptima Support.\n\n"
    "As per our Refund & Cancellation Policy, all payments are non-refundable. Exceptions are only made for "
    "duplicate payments, technical billing errors and platform access failure, within 7 days of the charge. "
    "Please note our chargeback policy: please contact us first before raising a chargeback or a payment dispute "
    "with your bank.\n\nFor reference, a refund for a duplicate charge (for example invoice LO-INV-2001) is "
    "credited to the original payment method.\n\nYou can cancel at any time under Billing > Cancel Plan.\n\n"
    "LeadsOptima Support Team\n")


# ============================================================================================
# LeadsOptima
# ============================================================================================


def leadsoptima():
    body = ("Hi LeadsOptima team,\n\nHope you are doing well. I noticed on my HDFC credit card statement today that "
            "the monthly subscription fee was charged twice on 22nd September (two identical transactions a minute "
            "apart). I only have one account and one plan, so one of them is clearly a duplicate.\n\n"
            "Invoice of the second charge: LO-INV-2002\n\nCould you please refund the duplicate payment to the same "
            "card? Let me know if you need anything else from my side.\n\n"
            "Warm regards,\nMeera Pillai\nFounder & CEO | Pillai Home Bakers\nMob: +91 98470 12345 | Office: "
            "0484-2345678\n2nd Floor, Marine Drive Towers, Ernakulam, Kochi - 682031, Kerala\nwww.pillaihomebakers.in\n"
            "\n" + DISCLAIMER + "\n\nSent from my iPhone\n")
    f = plain("m01-long-sig-disclaimer-dup", "Meera Pillai <meera.pillai@gmail.com>", LO,
              "Duplicate charge on my card", "Wed, 24 Sep 2025 10:15:00 +0530", body)
    case("m01-long-sig-disclaimer-dup", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="L2 duplicate_payment ('charged twice'), day 2 (L3); L4 pair LO-INV-2001/2002 -> approve 1499.00; "
              "signature/phones/disclaimer are noise")

    f = plain("m02-allcaps-angry-dup", "POOJA MENON <pooja.menon@yahoo.com>", LO,
              "WHAT IS THIS??? CHARGED TWICE", "Fri, 26 Sep 2025 23:10:00 +0530",
              "YOU PEOPLE CHARGED ME TWICE FOR MY QUARTERLY PLAN YESTERDAY INVOICE LO-INV-2022 THIS IS UNACCEPTABLE "
              "I WANT MY MONEY BACK FOR THE EXTRA PAYMENT NOW\n\nPOOJA\n")
    case("m02-allcaps-angry-dup", f, "decided", LOB, [d("refund", "approve", "3999.00")],
         spec="ALL CAPS, no punctuation; L2 'charged twice', day 1; L4 pair 2021/2022 -> approve 3999.00")

    f = plain("m03-typos-refnd-dup", "fatima sheikh <fatima.sheikh@gmail.com>", LO, "refnd",
              "Tue, 30 Sep 2025 08:40:00 +0530",
              "hii i paid 2 times for my montly plan yesterday, pls refnd one of them. inv LO-INV-2072 thx\n")
    case("m03-typos-refnd-dup", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Typos ('refnd', 'montly'); L2 duplicate ('paid 2 times'), day 1; L4 pair 2071/2072 -> approve 1499.00")

    f = plain("m04-typos-cancle-anual", "Divya Krishnan <divya.krishnan@hotmail.com>", LO, "cancle subscription",
              "Thu, 25 Sep 2025 19:05:00 +0530",
              "Hello\n\npls cancle my anual plan, we r not using leadsoptima anymore\n\nDivya\n")
    case("m04-typos-cancle-anual", f, "decided", LOB, [d("cancellation", "cancel", eff="2026-02-09")],
         spec="Typos 'cancle', 'anual'; L8 no current_period_end -> last charge 2025-02-10 + 12 months - 1 day "
              "= 2026-02-09")

    f = plain("m05-one-line-cancel", "amit.kumar@kumarsolutions.in", LO, "cancel",
              "Mon, 29 Sep 2025 07:02:00 +0530", "cancel my subscription pls\n")
    case("m05-one-line-cancel", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-27")],
         spec="One-line mail; L8 effective current_period_end 2025-10-27; plan filled from the ledger (section 1); "
              "reason does not hold a cancellation up (section 3)")

    f = plain("m06-subject-only-cancel", "Ravi Teja <ravi.teja@gmail.com>", LO,
              "Please cancel my LeadsOptima quarterly plan", "Sat, 27 Sep 2025 16:30:00 +0530", "")
    case("m06-subject-only-cancel", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-04")],
         spec="Subject only, empty body; L8 effective current_period_end 2025-10-04")

    quoted = quote(BOT_LO_POLICY_REPLY)
    f = plain("m07-gmail-quoted-bot-policy-cancel", "Gaurav Malhotra <gaurav.malhotra@malhotragroup.com>", LO,
              "Re: Question about my annual plan [LO-3050]", "Sun, 28 Sep 2025 11:20:00 +0530",
              "Thanks for the explanation. In that case please cancel my plan, we will not renew next year.\n\n"
              "Gaurav\n\nOn Fri, 26 Sep 2025 at 14:02, LeadsOptima Support <support@leadsoptima.com> wrote:\n\n"
              + quoted + "\n",
              headers={"In-Reply-To": "<bot-3050@leadsoptima.com>", "References": "<bot-3050@leadsoptima.com>"})
    case("m07-gmail-quoted-bot-policy-cancel", f, "decided", LOB, [d("cancellation", "cancel", eff="2026-06-14")],
         spec="Only the new text counts: cancellation, L8 effective 2026-06-14. The quoted bot reply's 'refund', "
              "'chargeback', 'payment dispute' and another customer's LO-INV-2001 must not add a refund or C4")

    f = plain("m08-outlook-original-message-dup", "Fatima Sheikh <fatima.sheikh@gmail.com>", LO,
              "RE: Your LeadsOptima enquiry", "Tue, 30 Sep 2025 09:00:00 +0530",
              "Hi,\n\nPlease check - I was charged twice for the monthly plan yesterday, invoices LO-INV-2071 and "
              "LO-INV-2072. Kindly refund one.\n\nRegards\nFatima\n\n-----Original Message-----\n"
              "From: LeadsOptima Support <support@leadsoptima.com>\nSent: 12 August 2025 15:44\n"
              "To: fatima.sheikh@gmail.com\nSubject: Your LeadsOptima enquiry\n\n" + BOT_LO_POLICY_REPLY)
    case("m08-outlook-original-message-dup", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Outlook '-----Original Message-----' quote (no '>'): the quoted 'chargeback' must not trigger C4, the "
              "quoted LO-INV-2001 (another customer) must not be used; L4 pair 2071/2072 day 1 -> approve 1499.00")

    f = plain("m09-outlook-from-sent-block-cancel", "Neha Joshi <neha.joshi@gmail.com>", LO,
              "RE: Double charge [LO-3071]", "Sat, 27 Sep 2025 10:30:00 +0530",
              "Fine. Then cancel the subscription, I don't want to be charged again.\n\nNeha Joshi\n\n"
              "________________________________\n"
              "From: LeadsOptima Support <support@leadsoptima.com>\nSent: Friday, September 26, 2025 4:05 PM\n"
              "To: Neha Joshi <neha.joshi@gmail.com>\nSubject: Re: Double charge [LO-3071]\n\n"
              "Hello Neha,\n\nWe are sorry, but your refund request for invoice LO-INV-2052 cannot be approved: it "
              "was received more than 7 days after the charge (clause 3: refund requests must reach us within 7 "
              "days of the charge).\n\nIf you wish, you can cancel your plan at any time under Billing > Cancel Plan."
              "\n\nLeadsOptima Support Team\n",
              headers={"In-Reply-To": "<bot-3071@leadsoptima.com>", "Thread-Topic": "Double charge [LO-3071]"})
    case("m09-outlook-from-sent-block-cancel", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-11")],
         spec="Outlook 'From:/Sent:/To:/Subject:' block is quoted history; new text is a cancellation only -> L8 "
              "effective 2025-10-11; no refund decision from the quoted 'refund request'",
         ambiguous=None)

    # 3-email thread: request (no invoice) -> bot need_info -> Apple Mail bottom-posted answer
    f1 = plain("m10a-thread-access-request", "Rajesh Khanna <rajesh.khanna@khannamotors.in>", LO,
               "Cannot login - want refund", "Mon, 29 Sep 2025 12:10:00 +0530",
               "Hello,\n\nI cannot log in to my LeadsOptima dashboard since Saturday, it keeps showing an error after "
               "the OTP. We paid for this quarter only a few days back. Please refund if you can't fix it.\n\n"
               "Rajesh Khanna\nKhanna Motors, Ludhiana\n+91 98140 55555\n")
    f2 = plain("m10b-thread-access-bot-reply", LO, "Rajesh Khanna <rajesh.khanna@khannamotors.in>",
               "Re: Cannot login - want refund [LO-3101]", "Mon, 29 Sep 2025 12:20:00 +0530",
               "Hello Rajesh,\n\nThank you for writing to us. We understood: refund request; plan: quarterly; reason: "
               "cannot log in.\n\nTo look into it, please send us the invoice number of the charge.\n\n"
               "LeadsOptima Support Team\n",
               headers={"In-Reply-To": mid("m10a-thread-access-request"), "References": mid("m10a-thread-access-request"),
                        "Auto-Submitted": "auto-replied"})
    f3 = plain("m10c-thread-access-answer", "Rajesh Khanna <rajesh.khanna@khannamotors.in>", LO,
               "Re: Cannot login - want refund [LO-3101]", "Fri, 03 Oct 2025 18:00:00 +0530",
               "On 29-Sep-2025, at 12:20 PM, LeadsOptima Support <support@leadsoptima.com> wrote:\n\n"
               "> Hello Rajesh,\n>\n> Thank you for writing to us. We understood: refund request; plan: quarterly; "
               "reason: cannot log in.\n>\n> To look into it, please send us the invoice number of the charge.\n>\n"
               "> LeadsOptima Support Team\n\nInvoice is LO-INV-2061. Still no access.\n\nSent from my iPad\n",
               headers={"In-Reply-To": mid("m10b-thread-access-bot-reply"),
                        "References": f"{mid('m10a-thread-access-request')} {mid('m10b-thread-access-bot-reply')}"})
    case("m10-thread3-apple-bottom-access", [f1, f2, f3], "decided", LOB, [d("refund", "escalate")],
         spec="3-email thread with our own reply in the middle; request time = first email 2025-09-29 (day 3; the "
              "answer on 10-03 is day 7 anyway); L6 access_failure inside window -> escalate")

    # 3-email thread on the day-7 boundary: the answer arrives on day 8
    f1 = plain("m11a-thread-dup-day7", "Lakshmi Venkat <lakshmi.venkat@outlook.com>", LO,
               "double charge monthly plan", "Sat, 27 Sep 2025 23:50:00 +0530",
               "Hi, there is a double charge for my monthly plan on 20th Sept. Please refund the extra one.\n"
               "Lakshmi\n")
    f2 = plain("m11b-thread-dup-bot-reply", LO, "lakshmi.venkat@outlook.com",
               "Re: double charge monthly plan [LO-3111]", "Sun, 28 Sep 2025 00:02:00 +0530",
               "Hello,\n\nWe understood: refund request for a duplicate payment, monthly plan. Please send us the "
               "invoice number of the charge you want refunded.\n\nLeadsOptima Support Team\n",
               headers={"In-Reply-To": mid("m11a-thread-dup-day7")})
    f3 = plain("m11c-thread-dup-yahoo-answer", "Lakshmi Venkat <lakshmi.venkat@outlook.com>", LO,
               "Re: double charge monthly plan [LO-3111]", "Sun, 28 Sep 2025 11:00:00 +0530",
               "It is LO-INV-2092\n\n----- Original Message -----\nFrom: \"LeadsOptima Support\" "
               "<support@leadsoptima.com>\nTo: <lakshmi.venkat@outlook.com>\nSent: Sunday, September 28, 2025 "
               "12:02 AM\nSubject: Re: double charge monthly plan [LO-3111]\n\nHello,\n\nWe understood: refund "
               "request for a duplicate payment, monthly plan. Please send us the invoice number of the charge you "
               "want refunded.\n\nLeadsOptima Support Team\n",
               headers={"In-Reply-To": mid("m11b-thread-dup-bot-reply")})
    case("m11-thread3-yahoo-day7-answer-day8", [f1, f2, f3], "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Request time = first email (2025-09-27 23:50 IST = day 7, inside L3); our reply (00:02 on day 8) and "
              "the answer (day 8) must not move it; L4 pair 2091/2092 -> approve 1499.00")

    f = plain("m12-forwarded-receipt-dup", "Pooja Menon <pooja.menon@yahoo.com>", LO,
              "Fwd: Payment receipt LO-INV-2022", "Sat, 27 Sep 2025 09:15:00 +0530",
              "You charged me twice for the quarterly plan, see receipt below (and there is another identical one "
              "for LO-INV-2021). Please refund the duplicate.\n\nPooja\n\n"
              "---------- Forwarded message ---------\nFrom: LeadsOptima Billing <billing@leadsoptima.com>\n"
              "Date: Thu, 25 Sep 2025 at 14:02\nSubject: Payment receipt LO-INV-2022\nTo: <pooja.menon@yahoo.com>\n\n"
              "Thank you for your payment!\n\nInvoice: LO-INV-2022\nPlan: Quarterly\nAmount: INR 3,999.00\n"
              "GST (18%): INR 719.82\nTotal: INR 4,718.82\nPeriod: 25 Sep 2025 - 24 Dec 2025\n\n"
              "Need help? Reply to this email. To stop receiving receipts, unsubscribe in your account settings.\n")
    case("m12-forwarded-receipt-dup", f, "decided", LOB, [d("refund", "approve", "3999.00")],
         spec="Customer forwards our receipt (billing@ address inside the forward is not the sender: not C7); "
              "L4 pair 2021/2022 -> approve 3999.00 before tax (C6)")

    f = plain("m13-colleague-forwards-for-owner", "Accounts Team <accounts@reddyinfra.com>", LO,
              "Fwd: LeadsOptima cancellation", "Fri, 26 Sep 2025 11:00:00 +0530",
              "Hi,\n\nForwarding on behalf of our MD Mr. Vikram Reddy (registered email vikram.reddy@reddyinfra.com)."
              " Please process the cancellation below.\n\nThanks,\nSrinivas\nAccounts, Reddy Infra Pvt Ltd\n\n"
              "---------- Forwarded message ---------\nFrom: Vikram Reddy <vikram.reddy@reddyinfra.com>\n"
              "Date: Fri, 26 Sep 2025 at 09:30\nSubject: LeadsOptima cancellation\nTo: Accounts Team "
              "<accounts@reddyinfra.com>\n\nSrinivas, please write to LeadsOptima and cancel our annual plan.\n")
    case("m13-colleague-forwards-for-owner", f, "need_info", LOB, rules=["C2"],
         spec="C2: the request comes from accounts@ (not the registered address); the forwarded owner's mail does "
              "not make it his -> ask to write from the registered address, no account details")

    f = plain("m14-customer-forwards-own-request", "Lakshmi Venkat <lakshmi.venkat@outlook.com>", LO,
              "FW: Charged twice", "Wed, 24 Sep 2025 10:00:00 +0530",
              "Sending again, my first mail bounced (I typed the address wrong).\n\nLakshmi\n\n"
              "________________________________\nFrom: Lakshmi Venkat <lakshmi.venkat@outlook.com>\n"
              "Sent: Monday, September 22, 2025 6:10 PM\nTo: support@leadoptima.com\nSubject: Charged twice\n\n"
              "Hello,\n\nI was charged twice for my monthly plan on 20 Sep (invoice LO-INV-2092). Please refund the "
              "duplicate.\n\nThanks\nLakshmi\n")
    case("m14-customer-forwards-own-request", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Customer forwards her own earlier request (same address): content is hers; day 4 (or day 2) -> L4 "
              "approve 1499.00")

    f = plain("m15-several-invoices-one-unknown", "Meera Pillai <meera.pillai@gmail.com>", LO,
              "Two identical charges this month", "Thu, 25 Sep 2025 14:00:00 +0530",
              "Hello,\n\nThis month I see two identical charges: LO-INV-2001 and LO-INV-2002, same amount, same "
              "day. Last month's invoice LO-INV-1987 was fine. Please refund the duplicate payment.\n\nMeera\n")
    case("m15-several-invoices-one-unknown", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Several invoices; the target pair 2001/2002 is in the ledger (L4, day 3) -> approve 1499.00; "
              "LO-INV-1987 is only mentioned as fine")

    f = plain("m16-invoice-lowercase-spaces", "Neha Joshi <neha.joshi@gmail.com>", LO,
              "charged twice", "Thu, 18 Sep 2025 20:00:00 +0530",
              "Hi team, I got charged twice on 12th for the monthly plan. invoice no lo-inv-2052 (the other one is "
              "LO INV 2051). please refund the duplicate charge. thanks, neha\n")
    case("m16-invoice-lowercase-spaces", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         ambiguous="Invoice typed in lower case / with spaces: a literal reader may not recognise it and ask for "
                   "invoice_number (need_info) - not unsafe, but a miss",
         spec="Day 6 inside L3; L4 pair 2051/2052 -> approve 1499.00")

    f = plain("m17-other-customers-invoice", "Rajesh Khanna <rajesh.khanna@khannamotors.in>", LO,
              "Charged twice", "Sat, 27 Sep 2025 10:00:00 +0530",
              "Hello,\n\nI was charged twice for my plan, invoice LO-INV-2001. Please refund.\n\nRajesh\n")
    case("m17-other-customers-invoice", f, "decided", LOB, [d("refund", "escalate")],
         ambiguous="The invoice belongs to another customer (meera); spec: 'when the ledger has no matching record, "
                   "the case is escalated, never approved'; C2 (asking not to disclose) is also defensible",
         spec="No matching record for this sender -> escalate; never approve (Rajesh has a single charge)")

    f = plain("m18-wrong-plan-stated-cancel", "Vikram Reddy <vikram.reddy@reddyinfra.com>", LO,
              "Cancel monthly plan", "Sat, 27 Sep 2025 09:00:00 +0530",
              "Hi,\n\nPlease cancel my monthly plan. Reason: we have moved lead-gen in-house.\n\nVikram Reddy\n"
              "Managing Director, Reddy Infra Pvt Ltd\nPlot 42, HITEC City, Hyderabad 500081\nT: +91 40 6666 7777\n")
    case("m18-wrong-plan-stated-cancel", f, "decided", LOB, [d("cancellation", "cancel", eff="2026-09-23")],
         spec="L8: ledger says annual, current_period_end 2026-09-23; the stated 'monthly' is not trusted")

    f = plain("m19-wrong-amount-yesterday", "Meera Pillai <meera.pillai@gmail.com>", LO,
              "Debited twice yesterday", "Tue, 23 Sep 2025 08:30:00 +0530",
              "Hi,\n\nYesterday Rs 2,000 was debited twice from my account for LeadsOptima. Invoice LO-INV-2002. "
              "Please refund the duplicate amount of Rs 2,000.\n\nMeera\n")
    case("m19-wrong-amount-yesterday", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Stated amount Rs 2,000 ignored (section 1: never trust an amount in an email); L4 -> 1499.00")

    f = plain("m20-last-month-but-inside", "Fatima Sheikh <fatima.sheikh@gmail.com>", LO,
              "Double payment", "Wed, 01 Oct 2025 09:00:00 +0530",
              "Hello, last month I was charged twice for the monthly plan - LO-INV-2072. I'd like a refund of the "
              "duplicate payment please.\nFatima\n")
    case("m20-last-month-but-inside", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="'last month' = 29 Sep; the ledger decides: day 2 -> L4 approve 1499.00")

    f = plain("m21-claims-within-7-but-day8", "Neha Joshi <neha.joshi@gmail.com>", LO,
              "Refund - duplicate payment (within 7 days)", "Sat, 20 Sep 2025 09:00:00 +0530",
              "Hi,\n\nI am writing within 7 days as per your policy. I was charged twice for my monthly plan "
              "(LO-INV-2052). Please refund the duplicate.\n\nNeha\n")
    case("m21-claims-within-7-but-day8", f, "decided", LOB, [d("refund", "deny")],
         spec="Charge 2025-09-12 (day 0), request 2025-09-20 = day 8 -> L3 deny, whatever the customer claims")

    f = plain("m22-optima-client-to-lo-address", "Anil Kumar <anil@kaverispices.in>", LO,
              "Refund of deposit", "Mon, 29 Sep 2025 10:00:00 +0530",
              "Hello,\n\nWe paid a deposit of Rs 23,600 for the Kaveri Spices Website (invoice OWD-2025-401) on "
              "Saturday. The project is on hold, please refund the deposit.\n\nAnil\n")
    case("m22-optima-client-to-lo-address", f, "need_info", LOB, rules=["C2"],
         ambiguous="C1 makes it a LeadsOptima case (arrived at support@leadsoptima.com); the sender is not a "
                   "LeadsOptima customer: need_info+C2 or escalate/other are all defensible; never approve",
         spec="C1: brand by the address it arrived at -> leadsoptima; sender not on record -> C2")

    f = plain("m23-both-brands-delivered-to", "Meera Pillai <meera.pillai@gmail.com>", LO,
              "charged twice", "Wed, 24 Sep 2025 12:00:00 +0530",
              "Hi, I was charged twice for the monthly plan (LO-INV-2002). Please refund the duplicate.\nMeera\n",
              headers={"Cc": OWD, "Delivered-To": LO_ADDR})
    case("m23-both-brands-delivered-to", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="To: LeadsOptima, Cc: Optima, Delivered-To: support@leadsoptima.com -> C1 leadsoptima; L4 approve")

    f = plain("m24-auto-submitted-no-cancel", "Amit Kumar <amit.kumar@kumarsolutions.in>", LO,
              "Cancellation request", "Tue, 30 Sep 2025 10:00:00 +0530",
              "Hi,\n\nPlease cancel my LeadsOptima subscription. Reason: switching tools.\n\nAmit\n",
              headers={"Auto-Submitted": "no", "X-Mailer": "Thunderbird 128.2"})
    case("m24-auto-submitted-no-cancel", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-27")],
         spec="C7: 'Auto-Submitted other than no' -> 'no' is a person; L8 effective 2025-10-27")

    f = plain("m25-ooo-subject-human-cancel", "Amit Kumar <amit.kumar@kumarsolutions.in>", LO,
              "Out of office from 5 Oct - cancel my plan", "Tue, 30 Sep 2025 18:00:00 +0530",
              "Hi,\n\nI will be out of office for two months from 5th October, so please cancel my LeadsOptima "
              "monthly plan, no point paying for it.\n\nAmit\n")
    case("m25-ooo-subject-human-cancel", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-27")],
         spec="'Out of office' in the subject but no C7 signal (no Auto-Submitted/Precedence/List-Id, a person's "
              "address): a human cancellation -> L8 2025-10-27")

    f = plain("m26-ooo-subject-no-headers", "Sunita Rao <sunita.rao@raoassociates.in>", LO,
              "Out of Office: Re: Your LeadsOptima invoice", "Mon, 22 Sep 2025 09:00:00 +0530",
              "Thank you for your email. I am out of the office until 6 October with limited access to email. For "
              "urgent matters please contact my assistant Kavya at +91 98450 11111.\n\nSunita Rao\n")
    case("m26-ooo-subject-no-headers", f, "other", LOB,
         ambiguous="An out-of-office text with none of C7's listed signals: the outcome list says 'ignore: "
                   "auto-replies', C7 lists the signals that identify them. Per C7's list: not ignored, and not a "
                   "refund/cancellation -> other",
         spec="C7 signals absent -> not ignore; no refund/cancellation -> other")

    f = plain("m27-precedence-list-only", "Growth Hackers India <growth-hackers@lists.example.org>", LO,
              "[growth-hackers] cancel LeadsOptima or not?", "Sun, 21 Sep 2025 20:00:00 +0530",
              "Ravi wrote: thinking of cancelling my LeadsOptima plan and asking for a refund, was charged twice.\n",
              headers={"Precedence": "list"})
    case("m27-precedence-list-only", f, "ignore", LOB, rules=["C7"], spec="C7: Precedence: list (no List-Id)")

    body = ("<html><body><table width='600'><tr><td><h1>SaaS Weekly &#x1F680;</h1>"
            "<p>This week: 10 lead-gen tools compared. Cancel anytime, no refund hassles with our partners!</p>"
            "<p>Special offer: 40% off annual plans.</p>"
            "<p style='font-size:10px'>You are receiving this because you signed up at saasweekly.io. "
            "<a href='https://saasweekly.io/unsub?u=123'>Unsubscribe</a> | Manage preferences</p>"
            "</td></tr></table></body></html>")
    f = html("m28-list-unsubscribe-only-newsletter", "SaaS Weekly <news@saasweekly.io>", LO,
             "This week in SaaS: cancel anytime deals", "Mon, 22 Sep 2025 06:00:00 +0000", body,
             headers={"List-Unsubscribe": "<https://saasweekly.io/unsub?u=123>, <mailto:unsub@saasweekly.io>",
                      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})
    case("m28-list-unsubscribe-only-newsletter", f, "other", LOB,
         ambiguous="List-Unsubscribe alone is not a C7 signal (spec lists List-Id, Precedence); a bot that also "
                   "ignores it would say 'ignore'. Either way, no decision may be made",
         spec="Not C7 by the listed signals; a newsletter is neither refund nor cancellation -> other")

    bounce = f"""From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: {LO_ADDR}
Subject: Delivery Status Notification (Failure)
Date: Thu, 25 Sep 2025 10:06:00 +0530
Message-ID: <m29-dsn@mx.google.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B-m29"

--B-m29
Content-Type: text/plain; charset=UTF-8

** Address not found **

Your message wasn't delivered to meera.pilai@gmail.com because the address couldn't be found.

--B-m29
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 25 Sep 2025 10:05:59 +0530

Final-Recipient: rfc822; meera.pilai@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--B-m29
Content-Type: message/rfc822

From: LeadsOptima Support <support@leadsoptima.com>
To: meera.pilai@gmail.com
Subject: Re: Duplicate charge on my card [LO-3001]
Date: Thu, 25 Sep 2025 10:05:00 +0530
Message-ID: <bot-3001@leadsoptima.com>

Hello Meera, your refund of INR 1,499.00 for invoice LO-INV-2002 has been approved. Please cancel any
chargeback you may have raised.

--B-m29--
"""
    f = raw("m29-dsn-bounce-of-bot-reply", bounce)
    case("m29-dsn-bounce-of-bot-reply", f, "ignore", LOB, rules=["C7"],
         spec="C7: MAILER-DAEMON sender and RFC 3464 delivery-status report (of our own reply)")

    f = plain("m30-postmaster-undeliverable", "postmaster@outlook.com", LO,
              "Undeliverable: RE: Cancel my plan [LO-3010]", "Fri, 26 Sep 2025 15:00:00 +0000",
              "Delivery has failed to these recipients or groups:\n\namit.k@kumarsolutions.in\nThe email address you "
              "entered couldn't be found.\n\nOriginal message: Your cancellation is confirmed; your plan stays "
              "active until 2025-10-27. Refund requests: within 7 days.\n")
    case("m30-postmaster-undeliverable", f, "ignore", LOB, rules=["C7"], spec="C7: postmaster sender")

    msg = _base("Pooja Menon <pooja.menon@yahoo.com>", LO, "Duplicate payment proof attached",
                "Sat, 27 Sep 2025 13:00:00 +0530", mid("m32-pdf-and-screenshot-attachments"))
    msg.set_content("Hello,\n\nAttached are both invoices and a screenshot of my bank statement showing the "
                    "duplicate payment for my quarterly plan (LO-INV-2021 and LO-INV-2022). Please refund one.\n\n"
                    "Pooja Menon\n")
    msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename="LO-INV-2021.pdf")
    msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename="LO-INV-2022.pdf")
    msg.add_attachment(FAKE_PNG, maintype="image", subtype="png", filename="Screenshot 2025-09-27 at 12.58.png")
    f = write("m32-pdf-and-screenshot-attachments", msg)
    case("m32-pdf-and-screenshot-attachments", f, "decided", LOB, [d("refund", "approve", "3999.00")],
         spec="multipart/mixed with PDFs and PNG; L4 pair 2021/2022 day 2 -> approve 3999.00 (attachment bytes "
              "mentioning LO-INV-2099/99,999/chargeback must not be read)")

    body = outlook([
        "Dear Support,", "",
        "Please find below the charges from my card statement. The monthly plan was charged twice:",
        "<table class='MsoTableGrid' border='1' cellspacing='0' cellpadding='4'>"
        "<tr><td><b>Date</b></td><td><b>Description</b></td><td><b>Invoice</b></td><td><b>Amount</b></td></tr>"
        "<tr><td>22-09-2025</td><td>LEADSOPTIMA SUBSCRIPTION</td><td>LO-INV-2001</td><td>&#8377;1,768.82</td></tr>"
        "<tr><td>22-09-2025</td><td>LEADSOPTIMA SUBSCRIPTION</td><td>LO-INV-2002</td><td>&#8377;1,768.82</td></tr>"
        "</table>", "",
        "Kindly refund the duplicate payment.", "",
        "Regards,", "Meera"])
    f = html("m33-html-table-dup", "Meera Pillai <meera.pillai@gmail.com>", LO, "Duplicate payment",
             "Fri, 26 Sep 2025 11:00:00 +0530", body, headers={"X-Mailer": "Microsoft Outlook 16.0"})
    case("m33-html-table-dup", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="HTML-only with a table; L4 pair, day 4 -> approve 1499.00 (not the 1,768.82 incl. tax)")

    f = plain("m34-qp-cp1252-smart-quotes-cancel", "Gaurav Malhotra <gaurav.malhotra@malhotragroup.com>", LO,
              "Cancellation \u2013 Malhotra Group", "Tue, 30 Sep 2025 12:00:00 +0530",
              "Dear Team,\n\nWe\u2019ve decided to \u201ccancel\u201d our LeadsOptima annual\u00a0plan with immediate "
              "effect \u2013 please don\u2019t renew it.\u00a0Reason: budget re-allocation.\n\nBest,\u00a0Gaurav "
              "Malhotra\nDirector \u2022 Malhotra Group\n",
              charset="windows-1252", cte="quoted-printable")
    case("m34-qp-cp1252-smart-quotes-cancel", f, "decided", LOB, [d("cancellation", "cancel", eff="2026-06-14")],
         spec="windows-1252 quoted-printable, smart quotes, NBSP; L8 effective current_period_end 2026-06-14 ('with "
              "immediate effect' does not change L8: active until the end of the cycle)")

    f = plain("m35-iso8859-base64-cancel", "Divya Krishnan <divya.krishnan@hotmail.com>", LO,
              "Annulation / cancel", "Wed, 24 Sep 2025 21:00:00 +0530",
              "Bonjour / Hello,\n\nI run a small café in Pondichéry. Please cancel my annual plan, the café is "
              "closing. Merci!\n\nDivya Krishnan\n", charset="iso-8859-1", cte="base64")
    case("m35-iso8859-base64-cancel", f, "decided", LOB, [d("cancellation", "cancel", eff="2026-02-09")],
         spec="iso-8859-1 base64 body; L8 fallback 2025-02-10 + 12 months - 1 day = 2026-02-09")

    f = plain("m36-rfc2047-subject-name-cancel", "R\u00e1vi T\u00e9ja \u0930\u0935\u093f <ravi.teja@gmail.com>", LO,
              "Cancel \u2013 quarterly plan \u2714\ufe0f", "Thu, 25 Sep 2025 08:00:00 +0530",
              "Hi team, as per subject. Thanks, Ravi\n")
    case("m36-rfc2047-subject-name-cancel", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-04")],
         spec="RFC 2047 encoded name and subject; intent from the subject; L8 effective 2025-10-04")

    f = plain("m37-emoji-dup", "Fatima \U0001F338 <fatima.sheikh@gmail.com>", LO,
              "\U0001F621\U0001F621 charged TWICE", "Mon, 29 Sep 2025 20:00:00 +0530",
              "\U0001F621\U0001F621 you guys charged me TWICE today for the monthly plan!!! \U0001F4B8\U0001F4B8 "
              "LO-INV-2071 & LO-INV-2072 \U0001F440 refund one pls \U0001F64F\n")
    case("m37-emoji-dup", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Emoji everywhere; L4 pair 2071/2072 day 0 -> approve 1499.00")

    f = plain("m38-c4-chargeback-messy", "sunita rao <sunita.rao@raoassociates.in>", LO,
              "wrong charge", "Sat, 20 Sep 2025 22:00:00 +0530",
              "you charged me the wrong amount on 15th LO-INV-2111 monthly plan. fix it and refund or im doing a "
              "charge back thru my bank tmrw\n")
    case("m38-c4-chargeback-messy", f, "decided", LOB, [d("refund", "escalate")], rules=["C4"],
         spec="C4: chargeback threat ('charge back', spaced) -> escalate")

    body = ("Hello,\n\nPlease cancel our monthly LeadsOptima subscription. Reason: the firm is consolidating "
            "software vendors.\n\nRegards,\nSunita Rao\nOffice Manager\nRao & Associates\n"
            "12 MG Road, Bengaluru 560001 | +91 80 4123 4567\n\n" + DISCLAIMER + "\n")
    f = plain("m39-disclaimer-cancel", "Sunita Rao <sunita.rao@raoassociates.in>", LO, "Cancellation",
              "Tue, 23 Sep 2025 11:00:00 +0530", body)
    case("m39-disclaimer-cancel", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-14")],
         spec="Standard confidentiality disclaimer is not a C4 threat; L8 effective 2025-10-14")

    body = ("Hello,\n\nPlease cancel my monthly plan, we no longer need it.\n\nThanks,\nSunita Rao\n"
            "Partner | Rao & Associates, Advocates & Solicitors\n12 MG Road, Bengaluru 560001\n\n"
            "This communication may contain legally privileged information. Nothing in this email affects your "
            "statutory rights.\n")
    f = plain("m40-advocate-signature-cancel", "Sunita Rao <sunita.rao@raoassociates.in>", LO, "Cancel plan",
              "Wed, 24 Sep 2025 11:00:00 +0530", body)
    case("m40-advocate-signature-cancel", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-14")],
         ambiguous="Signature 'Advocates' and footer 'statutory rights' are words C4 lists ('mentions of ... "
                   "lawyers or statutory rights'), but no threat is made; escalate is defensible",
         spec="No threat -> L8 cancel 2025-10-14; C4 literal reading would escalate")

    f = plain("m41-iphone-one-liner-dup", "Lakshmi <lakshmi.venkat@outlook.com>", LO, "",
              "Sun, 21 Sep 2025 07:45:00 +0530",
              "refund pls charged 2 times this month LO-INV-2092\n\nSent from my iPhone\n")
    case("m41-iphone-one-liner-dup", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Empty subject, one line, 'Sent from my iPhone'; L4 pair day 1 -> approve 1499.00")

    f = plain("m42-c2-personal-gmail-signature", "Vikram Reddy <vikram.reddy.personal@gmail.com>", LO,
              "Cancel our plan", "Sat, 27 Sep 2025 19:00:00 +0530",
              "Hi,\n\nPlease cancel our annual plan and tell me until when it stays active.\n\nVikram Reddy\n"
              "Managing Director, Reddy Infra Pvt Ltd\nE: vikram.reddy@reddyinfra.com | M: +91 98490 22222\n\n"
              "Sent from Gmail Mobile\n")
    case("m42-c2-personal-gmail-signature", f, "need_info", LOB, rules=["C2"],
         spec="C2 / worked example 5: written from another address, the registered one only in the signature -> "
              "need_info, ask to write from the registered address, disclose nothing")

    f = plain("m43-own-noreply-address", "LeadsOptima <noreply@leadsoptima.com>", LO,
              "Your subscription has been cancelled", "Fri, 26 Sep 2025 10:00:00 +0530",
              "Hi Amit, your LeadsOptima subscription has been cancelled. Refunds: see our policy.\n")
    case("m43-own-noreply-address", f, "ignore", LOB, rules=["C7"], spec="C7: the brand's own address")

    f1 = plain("m45a-request-no-invoice", "Rajesh Khanna <rajesh.khanna@khannamotors.in>", LO,
               "Login not working - refund", "Sun, 28 Sep 2025 10:00:00 +0530",
               "Hi, I am unable to log in to LeadsOptima since yesterday. Quarterly plan. Refund please.\nRajesh\n")
    f2 = plain("m45b-bot-need-info", LO, "rajesh.khanna@khannamotors.in",
               "Re: Login not working - refund [LO-3145]", "Sun, 28 Sep 2025 10:05:00 +0530",
               "Hello Rajesh,\n\nWe understood: refund, quarterly plan, reason: unable to log in. Please send us "
               "the invoice number (for example LO-INV-2072).\n\nLeadsOptima Support Team\n",
               headers={"In-Reply-To": mid("m45a-request-no-invoice")})
    case("m45-thread-request-plus-own-reply", [f1, f2], "decided", LOB, [d("refund", "escalate")],
         ambiguous="A thread whose last email is our own: C7 ignores our own mail, but the case is the customer's "
                   "request; the example invoice in our reply must not be taken",
         spec="The customer's access failure inside L3, the invoice of the sender's only charge filled from the "
              "ledger (section 1; stop 26 correction, was need_info [invoice_number]): L6 escalate; our reply adds nothing")

    f = plain("m47-typos-unused-refund", "Gaurav Malhotra <gaurav.malhotra@malhotragroup.com>", LO,
              "refnd for remaining months", "Mon, 22 Sep 2025 12:00:00 +0530",
              "hi we dont use leadsoptima anymore since july, pls refnd the remaining months of the anual plan "
              "LO-INV-2081\n")
    case("m47-typos-unused-refund", f, "decided", LOB, [d("refund", "deny")],
         spec="L1 unused days ('dont use it') -> deny (and L3: charge 2025-06-15 is far outside 7 days)")

    f = plain("m48-charged-after-cancel", "Amit Kumar <amit.kumar@kumarsolutions.in>", LO,
              "Charged after I cancelled!", "Mon, 29 Sep 2025 09:30:00 +0530",
              "Hello,\n\nI was charged after I cancelled my monthly plan in August - LO-INV-2032 on 28 Sept. This is "
              "a billing error, please refund it.\n\nAmit Kumar\nKumar Solutions | +91 99999 12345\n")
    case("m48-charged-after-cancel", f, "decided", LOB, [d("refund", "escalate")],
         spec="L2 billing_error ('charged after I cancelled'), day 1 -> L5 escalate")

    f = plain("m49-allcaps-access", "RAJESH KHANNA <rajesh.khanna@khannamotors.in>", LO,
              "CANT LOGIN!!!", "Tue, 30 Sep 2025 08:00:00 +0530",
              "CANT LOGIN SINCE 3 DAYS!!! PLATFORM NOT LOADING. REFUND MY QUARTERLY PAYMENT LO-INV-2061\n")
    case("m49-allcaps-access", f, "decided", LOB, [d("refund", "escalate")],
         spec="L2 access_failure (ALL CAPS, 'CANT LOGIN', 'NOT LOADING'), day 4 -> L6 escalate")

    f = plain("m50-nbsp-dup", "Meera Pillai <meera.pillai@gmail.com>", LO,
              "Charged\u00a0twice", "Fri, 26 Sep 2025 18:00:00 +0530",
              "Hi,\u00a0I\u00a0was\u00a0charged\u00a0twice for my monthly\u00a0plan.\nInvoice:\u00a0LO-INV-2001"
              "\nPlease\u00a0refund the duplicate.\nMeera\n")
    case("m50-nbsp-dup", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Non-breaking spaces between words; L4 pair day 4 -> approve 1499.00")

    f = plain("m51-thread-c4-in-quoted-bot-reply", "Pooja Menon <pooja.menon@yahoo.com>", LO,
              "Re: Double charge [LO-3121]", "Sun, 28 Sep 2025 10:00:00 +0530",
              "Hi, it is LO-INV-2022, the quarterly plan. Thanks\n\n"
              "On Sunday, 28 September 2025 at 09:40:12 am IST, LeadsOptima Support <support@leadsoptima.com> "
              "wrote:\n\n" + quote("Hello Pooja,\n\nWe understood: duplicate payment. Please send us the invoice "
                                   "number. Please contact us first before raising a chargeback or a payment "
                                   "dispute with your bank.\n\nLeadsOptima Support Team") +
              "\n\n" + quote(quote("I was charged two times for my plan, please refund the extra one. Pooja"), ">") +
              "\n",
              headers={"In-Reply-To": "<bot-3121@leadsoptima.com>"})
    case("m51-yahoo-answer-quotes-bot-chargeback", f, "decided", LOB, [d("refund", "approve", "3999.00")],
         spec="Yahoo-style 'On ..., wrote:' quote; quoted bot text says 'chargeback' -> must not trigger C4; "
              "L4 pair 2021/2022, day 3 -> approve 3999.00")

    f = plain("m52-trial-refund", "Suresh Babu <suresh.babu@babuagro.in>", LO, "dont want to continue",
              "Tue, 30 Sep 2025 09:00:00 +0530",
              "Hi, I am on the free trial. I dont want to continue after the trial, pls make sure I am not charged "
              "anything. Can u refund whatever I paid?\nSuresh\n")
    case("m52-trial-refund", f, "decided", LOB, [d("refund", "deny")], extra_ok=True,
         ambiguous="Trial account: L7 deny; the required plan/invoice are absent (need_info is a literal reading); "
                   "a cancellation part may or may not be decided",
         spec="L7: free trial, no charges -> deny")

    f = plain("m53-c4-charge-back-two-words-dup", "Fatima Sheikh <fatima.sheikh@gmail.com>", LO, "charged twice",
              "Tue, 30 Sep 2025 10:00:00 +0530",
              "I was charged twice for my monthly plan yesterday, LO-INV-2072. Refund the duplicate today or I will "
              "do a charge back with my bank.\n\nFatima\n")
    case("m53-c4-charge-back-two-words-dup", f, "decided", LOB, [d("refund", "escalate")], rules=["C4"],
         spec="C4: 'Chargeback ... threats ... are escalate' - 'charge back' written as two words is the same threat; "
              "approving here (L4 alone) is an approval the spec does not allow")

    f = plain("m54-c4-bank-reverse-dup", "Pooja Menon <pooja.menon@yahoo.com>", LO, "Duplicate payment - last warning",
              "Sat, 27 Sep 2025 18:00:00 +0530",
              "Hello,\n\nMy quarterly plan was charged twice (LO-INV-2022). If the duplicate is not refunded by "
              "Monday I will ask my bank to reverse both payments.\n\nPooja\n")
    case("m54-c4-bank-reverse-dup", f, "decided", LOB, [d("refund", "escalate")], rules=["C4"],
         spec="C4: asking the bank to reverse a card payment is a chargeback / payment-dispute threat -> escalate "
              "(not L4 approve)")

    msg = _base("Neha Joshi <neha.joshi@gmail.com>", LO, "Duplicate charge on 12 September",
                "Wed, 17 Sep 2025 12:00:00 +0530", mid("m55-qp-soft-break-invoice"))
    msg.set_content("Hello LeadsOptima support team, I hope this message finds you well. I am writing because my "
                    "card was charged twice for the monthly plan on the 12th of September; the second charge is "
                    "invoice LO-INV-2052 and I would like the duplicate payment refunded to my card please.\n\nNeha\n",
                    charset="utf-8", cte="quoted-printable")
    f = write("m55-qp-soft-break-invoice", msg)
    case("m55-qp-soft-break-invoice", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="quoted-printable with soft line breaks (=) inside long lines; L4 pair, day 5 -> approve 1499.00")

    f = html("m56-html-split-spans", "Fatima Sheikh <fatima.sheikh@gmail.com>", LO, "Double charge",
             "Tue, 30 Sep 2025 12:00:00 +0530",
             "<div dir='ltr'><div>Hi,</div><div><br></div><div>I was <b>charged</b>&nbsp;<b>twice</b> for my "
             "monthly plan yesterday. Invoice: <span style='font-family:monospace'>LO-INV-</span><span "
             "style='font-family:monospace'>2071</span></div><div>Please refund the duplicate.</div><div><br></div>"
             "<div>-- <br><div dir='ltr' class='gmail_signature'>Fatima Sheikh<br>+91 90000 00000</div></div></div>")
    case("m56-html-split-spans", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="HTML-only; words split by tags/&nbsp; ('charged</b>&nbsp;<b>twice', 'LO-INV-</span><span>2071'); "
              "L4 pair, day 1 -> approve 1499.00")

    f1 = plain("m57a-inline-request", "Meera Pillai <meera.pillai@gmail.com>", LO, "Refund please",
               "Tue, 23 Sep 2025 09:00:00 +0530",
               "Hi, I need a refund of one payment please.\nMeera\n")
    f2 = plain("m57b-inline-bot-reply", LO, "meera.pillai@gmail.com", "Re: Refund please [LO-3157]",
               "Tue, 23 Sep 2025 09:05:00 +0530",
               "Hello Meera,\n\nWe understood: refund request. Please tell us:\n- the reason for your request\n"
               "- the invoice number of the charge\n\nLeadsOptima Support Team\n",
               headers={"In-Reply-To": mid("m57a-inline-request")})
    f3 = plain("m57c-inline-answer", "Meera Pillai <meera.pillai@gmail.com>", LO, "Re: Refund please [LO-3157]",
               "Tue, 23 Sep 2025 13:00:00 +0530",
               "Answers inline.\n\nOn Tue, 23 Sep 2025 at 09:05, LeadsOptima Support <support@leadsoptima.com> wrote:\n"
               "> Hello Meera,\n>\n> We understood: refund request. Please tell us:\n"
               "> - the reason for your request\n\nI was charged twice on 22 Sept.\n\n"
               "> - the invoice number of the charge\n\nLO-INV-2002\n\n> LeadsOptima Support Team\n",
               headers={"In-Reply-To": mid("m57b-inline-bot-reply")})
    case("m57-thread3-inline-answers", [f1, f2, f3], "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Answers interleaved with the quoted questions; C3 merge -> duplicate_payment + LO-INV-2002, request "
              "time 09-23 (day 1) -> L4 approve 1499.00")

    f = plain("m58-footer-refund-words-other", "Rajesh Khanna <rajesh.khanna@khannamotors.in>", LO,
              "How to export leads to Excel?", "Mon, 29 Sep 2025 15:00:00 +0530",
              "Hi team,\n\nHow can I export all my leads to an Excel/CSV file? I could not find the option.\n\n"
              "Thanks,\nRajesh Khanna\nKhanna Motors | Ludhiana | +91 98140 55555\n"
              "-----------------------------------------------\nBook a test drive today! Easy cancellation of "
              "bookings anytime, full refund of booking amount within 7 days. T&C apply.\n")
    case("m58-footer-refund-words-other", f, "other", LOB,
         spec="A how-to question; 'cancellation'/'refund' appear only in the sender's marketing footer -> other "
              "(section 1: 'a human request that is neither refund nor cancellation')")


# ============================================================================================
# Optima WebDesign
# ============================================================================================


def optima():
    body = ("Dear Optima WebDesign Billing Team,\n\nGreetings from Kaveri Spices!\n\nWe paid the booking deposit "
            "for the Kaveri Spices Website on Saturday (invoice OWD-2025-401). Due to a change in our management's "
            "plans, we have decided to put the website project on hold indefinitely, and no work has begun yet. "
            "We therefore request a refund of the deposit to our original payment method.\n\n"
            "Thanks & Regards,\nAnil Kumar\nGeneral Manager - Marketing\nKaveri Spices Pvt. Ltd.\n"
            "P.O. Box 4521, Mysuru Road, Bengaluru - 560026\nGSTIN: 29AAACK1234F1Z5 | CIN: U15122KA2010PTC012345\n"
            "Tel: +91 80 2670 1234 | Mob: +91 98450 67890\nwww.kaverispices.in\n\n"
            "\u2709 Please consider the environment before printing this email.\n\n" + DISCLAIMER + "\n")
    f = plain("o01-long-sig-deposit-approve", "Anil Kumar <anil@kaverispices.in>", OWD,
              "Refund Request \u2014 Kaveri Spices Website / OWD-2025-401", "Mon, 29 Sep 2025 10:00:00 +0530", body)
    case("o01-long-sig-deposit-approve", f, "decided", OWB, [d("refund", "approve", "20000.00")],
         spec="O2: paid 2025-09-27 11:00, request 09-29 10:00 (47 h), no work started -> approve 20000.00 (tax "
              "not refunded, C6)")

    f = plain("o02-deposit-work-started", "Blue Lotus Cafe <owner@bluelotuscafe.in>", OWD,
              "Refund Request - Blue Lotus Cafe", "Tue, 30 Sep 2025 09:00:00 +0530",
              "Hi,\n\nWe paid the deposit (OWD-2025-411) on Sunday for the Blue Lotus Cafe website. We would like to "
              "cancel and get the deposit back, we found a cheaper freelancer.\n\nPriya\nBlue Lotus Cafe, Goa\n")
    case("o02-deposit-work-started", f, "decided", OWB, [d("refund", "deny")], extra_ok=True,
         spec="O2: within 72 h (47 h) but work_started_at 2025-09-29 10:00 is before the request -> deny "
              "('whichever occurs first')")

    body = outlook([
        "Dear Team,", "",
        "We would like to cancel the annual hosting plan for Sahyadri Treks and request the prorated refund as per "
        "your policy. Details:",
        "<table class='MsoTableGrid' border='1' cellspacing='0' cellpadding='4'>"
        "<tr><td>Project</td><td>Sahyadri Treks</td></tr>"
        "<tr><td>Invoice</td><td>OWD-2025-421</td></tr>"
        "<tr><td>Service start</td><td>20-Sep-2025</td></tr>"
        "<tr><td>Reason</td><td>Moving hosting to our parent company&#8217;s AWS account</td></tr>"
        "</table>", "",
        "Thanks &amp; Regards,", "Sandeep Kulkarni", "Sahyadri Treks &amp; Expeditions, Pune",
        "<span style='color:#7F7F7F;font-size:8pt'>" + DISCLAIMER + "</span>"])
    f = html("o03-outlook-html-table-hosting", "Sahyadri Treks <info@sahyadritreks.com>", OWD,
             "Cancellation of hosting - Sahyadri Treks", "Tue, 30 Sep 2025 15:00:00 +0530", body,
             headers={"X-Mailer": "Microsoft Outlook 16.0"})
    case("o03-outlook-html-table-hosting", f, "decided", OWB, [d("refund", "approve", "19250.00")], extra_ok=True,
         spec="O5: day 10 of service; 24000 - 3000 - (21000/12)*1 = 19250.00; cancellation part not checked")

    f = plain("o04-hosting-late-deny", "Coorg Coffee Co <accounts@coorgcoffee.in>", OWD,
              "Refund Request \u2014 Coorg Coffee Co hosting OWD-2025-491", "Sat, 20 Sep 2025 10:00:00 +0530",
              "Hello,\n\nPlease cancel our annual hosting (invoice OWD-2025-491) and refund the unused months. We "
              "are shifting to Shopify.\n\nAccounts Team\nCoorg Coffee Co\n")
    case("o04-hosting-late-deny", f, "decided", OWB, [d("refund", "deny")], extra_ok=True,
         spec="O5: service_start 2025-09-01, request 2025-09-20 = day 19 > 14 -> deny")

    f = plain("o05-retainer-yahoo-7days", "GM Nandi Hills <gm@nandihillsresort.com>", OWD,
              "Re: Retainer invoice OWD-2025-431", "Mon, 29 Sep 2025 23:30:00 +0530",
              "Hello,\n\nPlease stop the monthly retainer for Nandi Hills Resort after the current month. Reason: "
              "we are building an in-house team.\n\nRegards,\nGeneral Manager\n\n"
              "----- Original Message -----\nFrom: \"Optima WebDesign Billing\" <billing@optimawebdesign.com>\n"
              "To: <gm@nandihillsresort.com>\nSent: Saturday, September 6, 2025 10:05 AM\n"
              "Subject: Retainer invoice OWD-2025-431\n\nDear client, please find attached invoice OWD-2025-431 for "
              "your monthly retainer (06 Sep - 05 Oct). Next billing: 06 Oct 2025. Refunds and cancellations are "
              "governed by our Cancellation & Refunds policy.\n")
    case("o05-retainer-yahoo-7days", f, "decided", OWB, [d("cancellation", "cancel", eff="2025-10-05")],
         spec="O4: next_billing_at 2025-10-06; request date 2025-09-29 <= 10-06 minus 7 days (09-29) -> on time -> "
              "effective 2025-10-05 (day before next billing)")

    f = plain("o06-retainer-utc-late", "GM Nandi Hills <gm@nandihillsresort.com>", OWD,
              "Cancel retainer - Nandi Hills Resort", "Mon, 29 Sep 2025 19:00:00 +0000",
              "Hello,\n\nPlease cancel our monthly retainer for Nandi Hills Resort (OWD-2025-431). Reason: in-house "
              "team.\n\nGM\n")
    case("o06-retainer-utc-late", f, "decided", OWB, [d("cancellation", "cancel", eff="2025-11-05")],
         spec="O4: 19:00 UTC = 2025-09-30 00:30 IST > 09-29 -> less than 7 days' notice -> next cycle billed, "
              "effective last day of next cycle 2025-11-05")

    f = plain("o07-milestone-several-invoices", "CFO Ganga Textiles <cfo@gangatextiles.com>", OWD,
              "Refund Request \u2014 Ganga Textiles ERP / OWD-2025-441", "Sat, 27 Sep 2025 12:00:00 +0530",
              "Dear Optima team,\n\nWe are happy with the design milestone (OWD-2025-443, approved) and the ongoing "
              "module work (OWD-2025-442). However, we have decided to drop the reporting module: please refund the "
              "milestone payment OWD-2025-441, which has not been started.\n\nRegards,\nR. Iyer, CFO\n")
    case("o07-milestone-several-invoices", f, "decided", OWB, [d("refund", "approve", "50000.00")],
         spec="Three invoices, one refund target (441, not_started) -> O3 approve 50000.00 before tax")

    f = plain("o08-milestone-in-progress-outlook", "CFO Ganga Textiles <cfo@gangatextiles.com>", OWD,
              "RE: Ganga Textiles ERP - module status", "Sun, 28 Sep 2025 10:00:00 +0530",
              "Team,\n\nGiven the delays, please refund the milestone OWD-2025-442 for Ganga Textiles ERP. Reason: "
              "timeline slipped by 3 weeks.\n\nR. Iyer\n\n-----Original Message-----\n"
              "From: Optima WebDesign <optimawebdesigns12@gmail.com>\nSent: Friday, September 26, 2025 6:00 PM\n"
              "To: cfo@gangatextiles.com\nSubject: Ganga Textiles ERP - module status\n\n"
              "Hi, the inventory module (OWD-2025-442) is in progress; the reporting module (OWD-2025-441) has not "
              "started. Refunds for not-started milestones are possible as per policy.\n")
    case("o08-milestone-in-progress-outlook", f, "decided", OWB, [d("refund", "escalate")],
         spec="O3: milestone in_progress -> escalate; the quoted 441 (not_started) must not be the target")

    f = plain("o09-third-party-one-line-lowercase", "editor@chennaibytes.in", OWD, "domain refund",
              "Fri, 26 Sep 2025 22:00:00 +0530",
              "pls refund domain charge owd-2025-451 for chennai bytes blog we dont need it\n")
    case("o09-third-party-one-line-lowercase", f, "decided", OWB, [d("refund", "deny")],
         ambiguous="Invoice in lower case: a literal reader may ask for invoice_number (need_info); not unsafe",
         spec="O6: third_party (domain) -> deny")

    msg = _base("Jaipur Crafts <sales@jaipurcrafts.in>", OWD,
                "Refund Request \u2014 Jaipur Crafts Store / OWD-2025-461", "Tue, 30 Sep 2025 11:00:00 +0530",
                mid("o10-discovery-pdf-attachment"))
    msg.set_content("Hello,\n\nWe paid the discovery/strategy fee for Jaipur Crafts Store (OWD-2025-461, receipt "
                    "attached). No session has been scheduled yet and we have decided not to go ahead this year. "
                    "Please refund.\n\nRegards,\nMahesh Sharma\nJaipur Crafts\n")
    msg.add_attachment(FAKE_PDF, maintype="application", subtype="pdf", filename="OWD-2025-461-receipt.pdf")
    f = write("o10-discovery-pdf-attachment", msg)
    case("o10-discovery-pdf-attachment", f, "decided", OWB, [d("refund", "approve", "12000.00")],
         spec="O1: discovery, work_started_at empty -> approve 12000.00 before tax; PDF attachment ignored")

    f = plain("o11-colleague-forward-c2", "Ravi (Accounts) <accounts@kaverispices.in>", OWD,
              "Fwd: Refund Request \u2014 Kaveri Spices Website", "Mon, 29 Sep 2025 12:00:00 +0530",
              "Dear team, forwarding Anil's request below; please process and send the refund details to me.\n\n"
              "Ravi\n\nBegin forwarded message:\n\nFrom: Anil Kumar <anil@kaverispices.in>\n"
              "Subject: Refund Request \u2014 Kaveri Spices Website\nDate: 29 September 2025 at 09:00:00 IST\n"
              "To: Ravi <accounts@kaverispices.in>\n\nRavi, please ask Optima to refund our deposit OWD-2025-401 for "
              "the Kaveri Spices Website - the project is on hold.\n")
    case("o11-colleague-forward-c2", f, "need_info", OWB, rules=["C2"],
         spec="C2 (explicit for Optima: 'emailed from the contracting email'): the sender is accounts@, not the "
              "contract email anil@ -> need_info C2")

    f1 = plain("o12a-thread-deposit-request", "Anil Kumar <anil@kaverispices.in>", OWD,
               "Refund of deposit - Kaveri Spices Website", "Mon, 29 Sep 2025 18:00:00 +0530",
               "Hello,\n\nThe Kaveri Spices Website project is on hold, so please refund the deposit we paid on "
               "Saturday.\n\nAnil\n")
    f2 = plain("o12b-thread-deposit-bot-reply", "Optima WebDesign Billing & Refunds <optimawebdesigns12@gmail.com>",
               "anil@kaverispices.in", "Re: Refund of deposit - Kaveri Spices Website [OWD-4012]",
               "Mon, 29 Sep 2025 18:10:00 +0530",
               "Dear Anil,\n\nWe understood: refund request; project: Kaveri Spices Website; reason: project on hold."
               "\nPlease send us the invoice / PO / payment reference.\n\nBilling & Refunds Desk - Optima WebDesign\n",
               headers={"In-Reply-To": mid("o12a-thread-deposit-request")})
    f3 = plain("o12c-thread-deposit-answer", "Anil Kumar <anil@kaverispices.in>", OWD,
               "Re: Refund of deposit - Kaveri Spices Website [OWD-4012]", "Wed, 01 Oct 2025 09:00:00 +0530",
               "Invoice no. OWD-2025-401.\n\nOn Mon, 29 Sept 2025 at 18:10, Optima WebDesign Billing & Refunds "
               "<optimawebdesigns12@gmail.com> wrote:\n" +
               quote("Dear Anil,\n\nWe understood: refund request; project: Kaveri Spices Website; reason: project "
                     "on hold.\nPlease send us the invoice / PO / payment reference.") + "\n",
               headers={"In-Reply-To": mid("o12b-thread-deposit-bot-reply"),
                        "References": f"{mid('o12a-thread-deposit-request')} {mid('o12b-thread-deposit-bot-reply')}"})
    case("o12-thread3-deposit-answer-after-72h", [f1, f2, f3], "decided", OWB, [d("refund", "approve", "20000.00")],
         spec="Request time = first email 2025-09-29 18:00 (55 h after payment, before 72 h; no work started) -> O2 "
              "approve 20000.00, although the answer (10-01 09:00, 94 h) comes after 72 h")

    f = plain("o13-c4-allcaps-consumer-court", "Blue Lotus Cafe <owner@bluelotuscafe.in>", OWD,
              "REFUND MY DEPOSIT", "Tue, 30 Sep 2025 20:00:00 +0530",
              "I PAID RS 17,700 DEPOSIT FOR BLUE LOTUS CAFE OWD-2025-411 AND NOW YOU SAY NO REFUND?? I WILL TAKE "
              "THIS TO CONSUMER COURT IF MY MONEY IS NOT RETURNED\n")
    case("o13-c4-allcaps-consumer-court", f, "decided", OWB, [d("refund", "escalate")], rules=["C4"],
         spec="C4: consumer court threat -> escalate")

    f = plain("o14-deposit-late-iso8859-qp", "Pune Robotics HR <hr@punerobotics.in>", OWD,
              "Refund Request \u2013 Pune Robotics / OWD-2025-481", "Wed, 24 Sep 2025 11:00:00 +0530",
              "Bonjour,\n\nOur French parent company (Société Robotique) has cancelled the project. Please refund "
              "the deposit OWD-2025-481 for Pune Robotics.\n\nCordialement,\nHélène Dubois\n",
              charset="iso-8859-1", cte="quoted-printable")
    case("o14-deposit-late-iso8859-qp", f, "decided", OWB, [d("refund", "deny")], extra_ok=True,
         spec="O2: deposit paid 2025-08-25, 30 days ago and work started 09-01 -> deny")

    f = plain("o15-own-address-billing", "Optima WebDesign Billing <billing@optimawebdesign.com>", OWD,
              "Fwd: Refund Request - Kaveri Spices Website", "Mon, 29 Sep 2025 13:00:00 +0530",
              "FYI - client asks for a deposit refund on OWD-2025-401.\n")
    case("o15-own-address-billing", f, "ignore", OWB, rules=["C7"], spec="C7: the brand's own address")

    f = plain("o16-rfc2047-subject-discovery", "=?utf-8?q?Mah=C3=A9sh?= <sales@jaipurcrafts.in>", OWD,
              "Refund Request \u2014 Jaipur Crafts Store / OWD-2025-461 \U0001F64F", "Sat, 27 Sep 2025 09:00:00 +0530",
              "Hi, please see subject. No session has started; we are not going ahead. Thanks\n")
    case("o16-rfc2047-subject-discovery", f, "decided", OWB, [d("refund", "approve", "12000.00")],
         spec="RFC 2047 subject with em dash + emoji carries project and invoice; O1 no work -> approve 12000.00")

    f = plain("o17-wrong-amount-date-hosting", "Sahyadri Treks <info@sahyadritreks.com>", OWD,
              "Hosting refund", "Wed, 01 Oct 2025 10:00:00 +0530",
              "Hello,\n\nWe paid Rs 30,000 on 1st September for the Sahyadri Treks annual hosting (invoice "
              "OWD-2025-421). We no longer need it as we are moving to AWS. Please cancel and refund as per your "
              "14-day policy.\n\nSandeep\n")
    case("o17-wrong-amount-date-hosting", f, "decided", OWB, [d("refund", "approve", "19250.00")], extra_ok=True,
         spec="Stated 30,000 / 1 Sep ignored; ledger: service_start 2025-09-20, request day 11 -> O5 19250.00")

    f = plain("o18-maintenance-gmail-quote", "Dr. Nair <dr.nair@malabardental.in>", OWD,
              "Re: Malabar Dental - maintenance plan", "Wed, 01 Oct 2025 20:00:00 +0530",
              "Hello,\n\nOn second thought we will manage the website maintenance ourselves. Please cancel the "
              "annual maintenance plan for Malabar Dental (OWD-2025-471) and refund as applicable.\n\nDr. Suresh "
              "Nair\nMalabar Dental Clinic, Kozhikode\n\nOn Thu, 18 Sept 2025 at 10:00, Optima WebDesign "
              "<optimawebdesigns12@gmail.com> wrote:\n" +
              quote("Dear Dr. Nair,\n\nYour annual maintenance plan (invoice OWD-2025-471) starts today. For "
                    "reference, our hosting client invoice OWD-2025-421 had the same terms.\n\nOptima WebDesign") +
              "\n")
    case("o18-maintenance-gmail-quote", f, "decided", OWB, [d("refund", "approve", "8250.00")], extra_ok=True,
         spec="O5: service_start 2025-09-18, request 10-01 = day 13 -> 9600 - 600 - 750*1 = 8250.00; the quoted "
              "OWD-2025-421 must not be used")

    f = plain("o19-retainer-cancel-typos", "Hampi Heritage Tours <bookings@hampiheritage.in>", OWD,
              "cancle retainer", "Wed, 01 Oct 2025 11:00:00 +0530",
              "hi pls cancle our montly retainer for hampi heritage tours, inv OWD-2025-501, reason budget issues\n")
    case("o19-retainer-cancel-typos", f, "decided", OWB, [d("cancellation", "cancel", eff="2025-10-14")],
         spec="O4: next_billing_at 2025-10-15; 10-01 <= 10-08 -> effective 2025-10-14")

    f = plain("o20-lo-client-to-optima-address", "Meera Pillai <meera.pillai@gmail.com>", OWD,
              "Charged twice", "Wed, 24 Sep 2025 10:00:00 +0530",
              "Hi, I was charged twice for my LeadsOptima monthly plan (LO-INV-2002). Please refund.\nMeera\n")
    case("o20-lo-client-to-optima-address", f, "need_info", OWB, rules=["C2"],
         ambiguous="C1 makes it an Optima case; the sender is no Optima contract email: need_info+C2 (or escalate/"
                   "other) defensible; never approve",
         spec="C1 -> optima_webdesign; sender not on record -> C2")

    f = plain("o21-c2-personal-gmail", "Anil Kumar <anil.kaveri@gmail.com>", OWD,
              "Refund Request \u2014 Kaveri Spices Website / OWD-2025-401", "Mon, 29 Sep 2025 08:00:00 +0530",
              "Hello, please refund our deposit for Kaveri Spices Website (OWD-2025-401), the project is on hold.\n\n"
              "Anil Kumar | anil@kaverispices.in | +91 98450 67890\n\nSent from my iPhone\n")
    case("o21-c2-personal-gmail", f, "need_info", OWB, rules=["C2"],
         spec="C2 (Optima: 'emailed from the contracting email'): personal gmail, contract email only in signature")

    f = plain("o22-auto-generated-gateway", "Razorpay <no-reply@razorpay.example>", OWD,
              "Refund processed for payment OWD-2025-401", "Tue, 30 Sep 2025 10:00:00 +0530",
              "A refund of INR 20,000.00 has been initiated for payment OWD-2025-401 (Kaveri Spices Website).\n",
              headers={"Auto-Submitted": "auto-generated"})
    case("o22-auto-generated-gateway", f, "ignore", OWB, rules=["C7"], spec="C7: Auto-Submitted: auto-generated")

    bounce = f"""From: MAILER-DAEMON@mail.optimawebdesign.com (Mail Delivery System)
To: {OWD_ADDR}
Subject: Undelivered Mail Returned to Sender
Date: Tue, 30 Sep 2025 11:00:00 +0530
Message-ID: <o23-dsn@mail.optimawebdesign.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B-o23"

--B-o23
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.optimawebdesign.com.
Your message could not be delivered to cfo@gangatextile.com: Host or domain name not found.

--B-o23
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.optimawebdesign.com

Final-Recipient: rfc822; cfo@gangatextile.com
Action: failed
Status: 5.4.4

--B-o23
Content-Type: text/rfc822-headers

From: Optima WebDesign Billing & Refunds <optimawebdesigns12@gmail.com>
To: cfo@gangatextile.com
Subject: Re: Refund Request [OWD-4441] - approved, 50,000.00

--B-o23--
"""
    f = raw("o23-dsn-bounce-optima", bounce)
    case("o23-dsn-bounce-optima", f, "ignore", OWB, rules=["C7"],
         spec="C7: MAILER-DAEMON sender, RFC 3464 report")

    f = plain("o24-retainer-refund-current-and-cancel", "Hampi Heritage Tours <bookings@hampiheritage.in>", OWD,
              "Cancel retainer + refund", "Tue, 30 Sep 2025 10:00:00 +0530",
              "Hello,\n\nWe have not used the retainer hours much this month. Please cancel our retainer for Hampi "
              "Heritage Tours (OWD-2025-501) and refund this month's fee. Reason: season is over.\n\nBookings Desk\n")
    case("o24-retainer-refund-current-and-cancel", f, "decided", OWB,
         [d("refund", "deny"), d("cancellation", "cancel", eff="2025-10-14")],
         spec="O4: 'The current period is never refunded' -> deny; 09-30 <= 10-08 -> cancel effective 2025-10-14")

    f = plain("o25-milestone-approved-emoji", "CFO Ganga Textiles <cfo@gangatextiles.com>", OWD,
              "Refund for design milestone \U0001F914", "Mon, 29 Sep 2025 10:00:00 +0530",
              "Hi \U0001F44B we approved the design milestone (OWD-2025-443) for Ganga Textiles ERP but the board now "
              "wants a different look \U0001F615 Can we get that money back? Reason: board changed direction.\n")
    case("o25-milestone-approved-emoji", f, "decided", OWB, [d("refund", "deny")],
         spec="O3/O6: approved milestone -> deny")

    f = plain("o27-subject-only-project-cancel", "Jaipur Crafts <sales@jaipurcrafts.in>", OWD,
              "Cancel project Jaipur Crafts Store - OWD-2025-461 - budget cut, no refund needed",
              "Wed, 01 Oct 2025 12:00:00 +0530", "")
    case("o27-subject-only-project-cancel", f, "decided", OWB, [d("cancellation", "cancel")],
         spec="O8: cancellation without a refund request -> cancel, acknowledged with project, invoice, reason; "
              "'no refund needed' is not a refund request")

    f = plain("o28-precedence-junk", "Web Offers <offers@webdeals.example>", OWD,
              "Refund guaranteed hosting - cancel anytime!", "Sun, 28 Sep 2025 05:00:00 +0000",
              "Switch your hosting today. Refund guaranteed. Cancel anytime.\n", headers={"Precedence": "junk"})
    case("o28-precedence-junk", f, "ignore", OWB, rules=["C7"], spec="C7: Precedence: junk")

    f = plain("o29-lo-address-cc-optima-delivered", "Anil Kumar <anil@kaverispices.in>",
              f"{LO}, {OWD}", "Refund Request \u2014 Kaveri Spices Website / OWD-2025-401",
              "Mon, 29 Sep 2025 09:30:00 +0530",
              "Hello,\n\nPlease refund our deposit OWD-2025-401 for the Kaveri Spices Website; the project is on "
              "hold and no work has started.\n\nAnil Kumar\n",
              headers={"Delivered-To": OWD_ADDR})
    case("o29-both-brands-delivered-to-optima", f, "decided", OWB, [d("refund", "approve", "20000.00")],
         spec="Sent to both brands; Delivered-To optimawebdesigns12@gmail.com -> C1 Optima; O2 46.5 h, no work -> "
              "approve 20000.00")

    f = plain("o30-c4-dispute-it-with-card-company", "Anil Kumar <anil@kaverispices.in>", OWD,
              "Refund Request \u2014 Kaveri Spices Website / OWD-2025-401", "Mon, 29 Sep 2025 11:00:00 +0530",
              "Hello,\n\nThe Kaveri Spices Website project is on hold, please refund our deposit OWD-2025-401. If it "
              "is not refunded this week we will dispute it with our credit card company.\n\nAnil Kumar\n")
    case("o30-c4-dispute-it-with-card-company", f, "decided", OWB, [d("refund", "escalate")], rules=["C4"],
         spec="C4: payment-dispute threat ('dispute it with our credit card company') -> escalate, not O2 approve")

    f = plain("o31-literal-placeholder-subject", "Jaipur Crafts <sales@jaipurcrafts.in>", OWD,
              "Refund Request \u2014 [Project/Invoice #]", "Sun, 28 Sep 2025 10:00:00 +0530",
              "Hello,\n\nProject: Jaipur Crafts Store\nInvoice: OWD-2025-461\nContract email: sales@jaipurcrafts.in\n"
              "Reason: we are not going ahead with the online store this year; no session has taken place.\n\n"
              "Mahesh\n")
    case("o31-literal-placeholder-subject", f, "decided", OWB, [d("refund", "approve", "12000.00")],
         spec="Subject copied from the policy with the placeholder; body has all fields; O1 no work -> 12000.00")

    raw_nodate = ("From: Anil Kumar <anil@kaverispices.in>\nTo: optimawebdesigns12@gmail.com\n"
                  "Subject: Refund Request - Kaveri Spices Website / OWD-2025-401\n"
                  "Message-ID: <o32-no-date@mail.heldout2.example>\nMIME-Version: 1.0\n"
                  "Content-Type: text/plain; charset=utf-8\n\nPlease refund our deposit OWD-2025-401 for the Kaveri "
                  "Spices Website. Reason: project on hold, no work started.\n\nAnil\n")
    f = raw("o32-no-date-header", raw_nodate)
    case("o32-no-date-header", f, "decided", OWB, [d("refund", "escalate")],
         ambiguous="No Date header: the request time is unknown (spec: 'for files, the Date: header'); deciding on "
                   "--now (95 h -> deny) or escalating are both defensible; approving is not",
         spec="Request time unknown -> a person decides; must not crash")

    raw_baddate = ("From: Anil Kumar <anil@kaverispices.in>\nTo: optimawebdesigns12@gmail.com\n"
                   "Subject: Refund Request - Kaveri Spices Website / OWD-2025-401\nDate: 30/09/2025 08:00 IST\n"
                   "Message-ID: <o33-bad-date@mail.heldout2.example>\nMIME-Version: 1.0\n"
                   "Content-Type: text/plain; charset=utf-8\n\nPlease refund our deposit OWD-2025-401 for the Kaveri "
                   "Spices Website. Reason: project on hold, no work started.\n\nAnil\n")
    f = raw("o33-malformed-date-header", raw_baddate)
    case("o33-malformed-date-header", f, "decided", OWB, [d("refund", "approve", "20000.00")],
         ambiguous="Non-RFC Date header '30/09/2025 08:00 IST': read as IST it is 69 h after payment (approve); "
                   "read with IST unknown (UTC) it is 74.5 h (deny); escalating an unreadable date is also defensible",
         spec="Must not crash; the header names IST -> 2025-09-30 08:00 IST = 69 h < 72 h, no work -> O2 approve")

    f = plain("o34-windows1252-html-base64-retainer", "GM Nandi Hills <gm@nandihillsresort.com>", OWD,
              "Cancellation \u2013 Nandi Hills Resort retainer", "Sun, 28 Sep 2025 10:00:00 +0530",
              "<html><body><p>Dear Optima team,</p><p>Please cancel our monthly retainer for <b>Nandi Hills "
              "Resort</b> (invoice OWD\u20112025\u2011431 &ndash; sorry, OWD-2025-431). Reason: we\u2019re moving "
              "to an in\u2011house team.</p><p>Regards,<br>General Manager</p></body></html>".replace("\u2011", "-"),
              charset="windows-1252", cte="base64")
    case("o34-windows1252-retainer", f, "decided", OWB, [d("cancellation", "cancel", eff="2025-10-05")],
         spec="windows-1252 base64 body; O4: 09-28 <= 09-29 -> effective 2025-10-05")


def main():
    MAIL.mkdir(parents=True, exist_ok=True)
    for p in MAIL.glob("*.eml"):
        p.unlink()
    leadsoptima()
    optima()
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n")
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(CASES)} cases")


if __name__ == "__main__":
    main()
