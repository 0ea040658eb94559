"""Fresh held-out round 13, Hindi / Hinglish: writes ledger.json, emails/*.eml and expected.json.

Written by QA pass qa13c from POLICY_SPEC.md alone (MIT licence, all text written for this
project).  Deterministic: no randomness.  Run: python3 make_cases.py
"""

import json
import os
from datetime import datetime
from decimal import Decimal, ROUND_HALF_UP
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "hi"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
EMAILS = {}


def tax18(amount):
    return str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01"), ROUND_HALF_UP))


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax18(amount),
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, work_started_at=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": work_started_at})


def owdpay(pid, inv, project, kind, amount, paid_at, status="paid", **extra):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax18(amount), "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(extra)
    LEDGER["payments"].append(rec)


def mail(name, frm, to, subject, date, body=None, html=None, headers=None, reply_to=None):
    """Write emails/<name>.eml; date is 'YYYY-MM-DD HH:MM +hhmm'.  Returns (file, message-id)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.strptime(date, "%Y-%m-%d %H:%M %z"))
    domain = frm.split("@")[-1].strip(">") if "@" in frm else "localhost"
    mid = f"<{name}.{LANG}13@{domain}>"
    msg["Message-ID"] = mid
    if reply_to:
        first_mid, support_mid = reply_to
        msg["In-Reply-To"] = support_mid
        msg["References"] = f"{first_mid} {support_mid}"
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None and html is not None:
        msg.set_content(body)
        msg.add_alternative(html, subtype="html")
        msg.set_boundary(f"=_{name}_{LANG}13_alt")  # fixed boundary: deterministic output
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
    fname = f"emails/{name}.eml"
    EMAILS[fname] = msg.as_bytes()
    return fname, mid


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    CASES.append(c)


def D(intent, outcome, amount=None, effective_date=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve" or amount is not None:
        d["amount"] = amount
    if effective_date is not None:
        d["effective_date"] = effective_date
    return d


LOB, OWB = "leadsoptima", "optima_webdesign"


# ---------------------------------------------------------------- LeadsOptima
def lo_cases():
    # l01 duplicate inside window, Devanagari formal
    cust("priyanka.joshi@rediffmail.com", "Priyanka Joshi", "monthly", "2025-09-22", "2025-10-21")
    lopay("lo_h_83101", "LO-INV-83101", "priyanka.joshi@rediffmail.com", "monthly", "2999.00", "2025-09-22T08:14:00", "2025-09-22", "2025-10-21")
    lopay("lo_h_83102", "LO-INV-83102", "priyanka.joshi@rediffmail.com", "monthly", "2999.00", "2025-09-22T08:15:40", "2025-09-22", "2025-10-21")
    f, _ = mail("l01-dup-inside", "Priyanka Joshi <priyanka.joshi@rediffmail.com>", LO, "दोहरा भुगतान – मासिक प्लान",
                "2025-09-24 10:20 +0530",
                "नमस्ते LeadsOptima टीम,\n\n22 सितंबर को मेरे मासिक प्लान का भुगतान मेरे कार्ड से दो बार कट गया है – "
                "₹2,999 + GST, दोनों एक ही मिनट के अंदर। बैंक स्टेटमेंट में दोनों एंट्री साफ़ दिख रही हैं।\n"
                "दूसरी रसीद का नंबर LO-INV-83102 है। कृपया यह अतिरिक्त भुगतान वापस कर दें।\n\n"
                "धन्यवाद,\nप्रियंका जोशी\nपंजीकृत ईमेल: priyanka.joshi@rediffmail.com\n")
    case("l01-dup-inside", [f], LOB, "decided", [D("refund", "approve", "2999.00")],
         spec="L2 duplicate_payment ('दो बार कट गया'); two paid monthly charges 2999.00 on 2025-09-22, same period; request 2025-09-24 = day 2 (L3 inside); L4 approve the duplicate's amount before tax 2999.00 (C6)")

    # l02 duplicate, day 7 exactly, Hinglish chatty
    cust("tarun.bhatia@outlook.com", "Tarun Bhatia", "quarterly", "2025-09-15", "2025-12-14")
    lopay("lo_h_83111", "LO-INV-83111", "tarun.bhatia@outlook.com", "quarterly", "7497.00", "2025-09-15T09:10:00", "2025-09-15", "2025-12-14")
    lopay("lo_h_83112", "LO-INV-83112", "tarun.bhatia@outlook.com", "quarterly", "7497.00", "2025-09-15T09:12:00", "2025-09-15", "2025-12-14")
    f, _ = mail("l02-dup-day7", "Tarun Bhatia <tarun.bhatia@outlook.com>", LO, "payment 2 baar cut gaya yaar",
                "2025-09-22 23:40 +0530",
                "Hi team,\n\n15 sept ko quarterly plan ka payment do baar ho gaya, 7497 + GST dono baar card se gaya. "
                "Pehle socha auto reverse ho jayega par nahi hua. lo inv 83112 wala extra hai, woh wapas kar do pls.\n\n"
                "thx\nTarun\n\nSent from my iPhone\n")
    case("l02-dup-day7", [f], LOB, "decided", [D("refund", "approve", "7497.00")],
         spec="L2 duplicate_payment ('payment do baar ho gaya'); charges 2025-09-15 (day 0), request 2025-09-22 23:40 IST = day 7, inside (L3: day 7 is inside); invoice 'lo inv 83112' = LO-INV-83112 (section 8); L4 approve 7497.00")

    # l03 duplicate, day 8 in IST although day 7 in London
    cust("nandini.rao@yahoo.co.in", "Nandini Rao", "annual", "2025-09-12", "2026-09-11")
    lopay("lo_h_83121", "LO-INV-83121", "nandini.rao@yahoo.co.in", "annual", "11988.00", "2025-09-12T18:30:00", "2025-09-12", "2026-09-11")
    lopay("lo_h_83122", "LO-INV-83122", "nandini.rao@yahoo.co.in", "annual", "11988.00", "2025-09-12T18:31:00", "2025-09-12", "2026-09-11")
    f, _ = mail("l03-dup-day8-tz", "Nandini Rao <nandini.rao@yahoo.co.in>", LO, "Annual plan - double charge",
                "2025-09-19 20:15 +0100",
                "Namaste,\n\nMain abhi London mein hoon, aaj statement dekha toh annual plan ke ₹11,988 do baar kate hue hain "
                "(12 September). Doosra charge LO-INV-83122 hai. Kripya usko refund kar dijiye.\n\n"
                "Shukriya,\nNandini Rao\n")
    case("l03-dup-day8-tz", [f], LOB, "decided", [D("refund", "deny")],
         spec="Request time in the brand's zone (section 1): 2025-09-19 20:15 +01:00 = 2025-09-20 00:45 IST; charge local date 2025-09-12 = day 0, so day 8 > 7: L3 deny, although the sender's own date is day 7")

    # l04 negation: no refund, just cancel
    cust("vikas.chauhan@gmail.com", "Vikas Chauhan", "monthly", "2025-09-12", "2025-10-11")
    lopay("lo_h_83131", "LO-INV-83131", "vikas.chauhan@gmail.com", "monthly", "2999.00", "2025-09-12T10:05:00", "2025-09-12", "2025-10-11")
    f, _ = mail("l04-negation-cancel", "Vikas Chauhan <vikas.chauhan@gmail.com>", LO, "Plan band karna hai",
                "2025-09-27 16:45 +0530",
                "Hello,\n\nRefund nahi chahiye, is mahine ka use ho gaya hai. Bas agle mahine se paise na katein, "
                "plan cancel kar dijiye. Hum ab apne distributor wale CRM pe shift ho rahe hain.\n\nVikas Chauhan\n9876501234\n")
    case("l04-negation-cancel", [f], LOB, "decided", [D("cancellation", "cancel", effective_date="2025-10-11")],
         spec="Section 8: 'refund nahi chahiye' adds no refund intent; L8 cancel, effective current_period_end 2025-10-11")

    # l05 L1 deny, Devanagari formal, too expensive
    cust("meenakshi.iyer@gmail.com", "Meenakshi Iyer", "annual", "2025-09-25", "2026-09-24")
    lopay("lo_h_83141", "LO-INV-83141", "meenakshi.iyer@gmail.com", "annual", "11988.00", "2025-09-25T12:00:00", "2025-09-25", "2026-09-24")
    f, _ = mail("l05-expensive-deny", "Meenakshi Iyer <meenakshi.iyer@gmail.com>", LO, "वार्षिक प्लान की राशि वापसी हेतु",
                "2025-09-27 11:30 +0530",
                "आदरणीय महोदय/महोदया,\n\nमैंने 25 सितंबर को वार्षिक प्लान लिया था, किंतु हमारे छोटे व्यवसाय के लिए यह बहुत महंगा "
                "सिद्ध हो रहा है। इतनी राशि हम एक साथ वहन नहीं कर सकते।\nकृपया चालान संख्या LO-INV-83141 की राशि लौटा दें।\n\n"
                "सादर,\nमीनाक्षी अय्यर\n")
    case("l05-expensive-deny", [f], LOB, "decided", [D("refund", "deny")],
         spec="L1: 'too expensive' is not one of the L2 exceptions -> deny (inside the window, day 2, but not an exception); the reply offers cancellation")

    # l06 L1 deny + cancel
    cust("sahil.mehra@protonmail.com", "Sahil Mehra", "monthly", "2025-09-20", "2025-10-19")
    lopay("lo_h_83151", "LO-INV-83151", "sahil.mehra@protonmail.com", "monthly", "2999.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
    f, _ = mail("l06-unused-refund-cancel", "Sahil Mehra <sahil.mehra@protonmail.com>", LO, "refund + cancel",
                "2025-09-23 13:05 +0530",
                "Hey,\n\nSubscription le toh liya tha par meri team ne ek baar bhi login karke use nahi kiya, sab purane excel pe hi kaam kar rahe hain. "
                "Invoice LO-INV-83151 ka refund de do aur account bhi cancel kar do.\n\nSahil\n")
    case("l06-unused-refund-cancel", [f], LOB, "decided",
         [D("refund", "deny"), D("cancellation", "cancel", effective_date="2025-10-19")],
         spec="L1: not used is not an exception -> refund deny; L8 cancel effective current_period_end 2025-10-19")

    # l07 access failure inside window
    cust("gurpreet.kaur@hotmail.com", "Gurpreet Kaur", "monthly", "2025-09-26", "2025-10-25")
    lopay("lo_h_83161", "LO-INV-83161", "gurpreet.kaur@hotmail.com", "monthly", "2999.00", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
    f, _ = mail("l07-access-inside", "Gurpreet Kaur <gurpreet.kaur@hotmail.com>", LO, "Dashboard khul hi nahi raha",
                "2025-09-29 09:50 +0530",
                "Sat Sri Akal ji,\n\n26 tareekh ko renewal hua aur usi din se login nahi ho raha, password dalte hi blank page aa jata hai. "
                "Support ko do ticket bheje, koi reply nahi. Jab use hi nahi kar pa rahe toh LO-INV-83161 ka paisa wapas chahiye.\n\n"
                "Gurpreet Kaur\nKaur Boutique, Ludhiana\n")
    case("l07-access-inside", [f], LOB, "decided", [D("refund", "escalate")],
         spec="L2 access_failure ('login nahi ho raha'); charge 2025-09-26, request 2025-09-29 = day 3 inside (L3); L6 escalate, no amount")

    # l08 charged after cancelling (past event), Devanagari
    cust("arvind.saxena@gmail.com", "Arvind Saxena", "monthly", "2025-09-18", "2025-10-17", status="cancelled")
    lopay("lo_h_83171", "LO-INV-83171", "arvind.saxena@gmail.com", "monthly", "2999.00", "2025-08-18T10:00:00", "2025-08-18", "2025-09-17")
    lopay("lo_h_83172", "LO-INV-83172", "arvind.saxena@gmail.com", "monthly", "2999.00", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
    f, _ = mail("l08-charged-after-cancel", "Arvind Saxena <arvind.saxena@gmail.com>", LO, "कैंसल करने के बाद भी पैसे कटे",
                "2025-09-20 19:10 +0530",
                "नमस्कार,\n\nमैंने 12 सितंबर को ही Billing में जाकर प्लान कैंसल कर दिया था, फिर भी 18 सितंबर को ₹2,999 + GST काट "
                "लिए गए (LO-INV-83172)। यह गलत कटौती है, कृपया पैसे वापस करें।\n\nअरविंद सक्सेना\n")
    case("l08-charged-after-cancel", [f], LOB, "decided", [D("refund", "escalate")],
         spec="L2 billing_error ('कैंसल करने के बाद भी पैसे कटे' = charged after I cancelled); charge 2025-09-18, request 2025-09-20 day 2 inside; L5 escalate. The past cancellation is a fact, not a new cancellation request")

    # l09 access failure outside window
    cust("deepak.nair@gmail.com", "Deepak Nair", "annual", "2025-09-01", "2026-08-31")
    lopay("lo_h_83181", "LO-INV-83181", "deepak.nair@gmail.com", "annual", "11988.00", "2025-09-01T11:00:00", "2025-09-01", "2026-08-31")
    f, _ = mail("l09-access-outside", "Deepak Nair <deepak.nair@gmail.com>", LO, "Account access issue - refund",
                "2025-09-15 12:40 +0530",
                "Hello Sir,\n\n10 Sept se hum log account access nahi kar pa rahe, har baar 'session expired' aa jata hai. "
                "Annual plan ka paisa (LO-INV-83181) phasa hua hai, kripya refund kar dijiye.\n\nRegards,\nDeepak Nair\n")
    case("l09-access-outside", [f], LOB, "decided", [D("refund", "deny")],
         spec="L2 access_failure, but charge 2025-09-01 and request 2025-09-15 = day 14 > 7: L3 deny")

    # l10 C2: other address, names registered email
    cust("rajesh@kumarsteels.in", "Rajesh Kumar", "quarterly", "2025-09-10", "2025-12-09")
    lopay("lo_h_83186", "LO-INV-83186", "rajesh@kumarsteels.in", "quarterly", "7497.00", "2025-09-10T10:00:00", "2025-09-10", "2025-12-09")
    f, _ = mail("l10-c2-personal-gmail", "Rajesh Kumar <rajesh.k.personal@gmail.com>", LO, "प्लान रद्द करें",
                "2025-09-25 08:30 +0530",
                "नमस्ते,\n\nमेरा पंजीकृत ईमेल rajesh@kumarsteels.in है, पर उसका सर्वर अभी बंद है इसलिए इस पते से लिख रहा हूँ। "
                "हमारा त्रैमासिक प्लान रद्द कर दीजिए, फ़ैक्टरी का काम कुछ महीनों के लिए रुका है।\n\nराजेश कुमार\n")
    case("l10-c2-personal-gmail", [f], LOB, "need_info", rules=["C2"],
         spec="C2: sender rajesh.k.personal@gmail.com is not the registered email rajesh@kumarsteels.in it names -> need_info asking to write from the address on record, no account details")

    # l11 thread: duplicate without invoice, then the invoice
    cust("ayesha.khan@gmail.com", "Ayesha Khan", "monthly", "2025-09-27", "2025-10-26")
    lopay("lo_h_83191", "LO-INV-83191", "ayesha.khan@gmail.com", "monthly", "1499.00", "2025-08-27T07:00:00", "2025-08-27", "2025-09-26")
    lopay("lo_h_83192", "LO-INV-83192", "ayesha.khan@gmail.com", "monthly", "1499.00", "2025-09-27T07:00:00", "2025-09-27", "2025-10-26")
    lopay("lo_h_83193", "LO-INV-83193", "ayesha.khan@gmail.com", "monthly", "1499.00", "2025-09-27T07:03:00", "2025-09-27", "2025-10-26")
    f1, m1 = mail("l11-thread-1", "Ayesha Khan <ayesha.khan@gmail.com>", LO, "Monthly payment do baar",
                  "2025-09-28 21:15 +0530",
                  "Hi,\n\nMera monthly payment is baar do baar cut gaya hai, SMS bhi do aaye the. Please check karke ek wapas kar do.\n\nAyesha\n")
    f2, _ = mail("l11-thread-2", "Ayesha Khan <ayesha.khan@gmail.com>", LO, "Re: Monthly payment do baar",
                 "2025-09-29 10:05 +0530",
                 "Hi,\n\nInvoice number ye raha: LO-INV-83193. Screenshot attach karna tha par ho nahi raha, sorry.\n\nAyesha\n\n"
                 "On Mon, 29 Sept 2025 at 09:30, LeadsOptima Support wrote:\n> Please share the invoice number of the charge.\n",
                 reply_to=(m1, "<l11-support-reply.hi13@leadsoptima.com>"))
    case("l11-thread-invoice-later", [f1, f2], LOB, "decided", [D("refund", "approve", "1499.00")],
         spec="C3: the invoice asked for arrives in the reply (In-Reply-To/References) and the case is decided again; duplicate pair 83192/83193 (2025-09-27, same period); request time = first email 2025-09-28 = day 1; L4 approve 1499.00")

    # l12 cancellation, no current period in the customer record: fallback
    cust("manoj.tiwari@gmail.com", "Manoj Tiwari", "quarterly")
    lopay("lo_h_83201", "LO-INV-83201", "manoj.tiwari@gmail.com", "quarterly", "4497.00", "2025-08-10T10:30:00", "2025-08-10", "2025-11-09")
    f, _ = mail("l12-cancel-fallback", "Manoj Tiwari <manoj.tiwari@gmail.com>", LO, "cancel",
                "2025-09-30 18:20 +0530",
                "bhai quarterly wala plan cancel kar do, next renewal nahi chahiye. client kam ho gaye hain aajkal toh leads ka kya karenge.\n\nmanoj\n")
    case("l12-cancel-fallback", [f], LOB, "decided", [D("cancellation", "cancel", effective_date="2025-11-09")],
         spec="L8: no current_period_end on the customer; last charge 2025-08-10 + 3 months - 1 day = 2025-11-09 (also the payment's period_end)")

    # l13 hypothetical from a prospect
    f, _ = mail("l13-hypothetical-prospect", "Kavya Reddy <kavya.startups@gmail.com>", LO, "Annual plan ke baare mein",
                "2025-09-26 15:00 +0530",
                "Hello,\n\nHum annual plan lene ka soch rahe hain. Agar 2-3 hafte baad team ko tool pasand nahi aaya toh kya refund milega? "
                "Ya pehle monthly se start karein? Guide kar dijiye.\n\nKavya\nFounder, KR Startups\n")
    case("l13-hypothetical-prospect", [f], LOB, "other",
         spec="Section 8: 'agar ... pasand nahi aaya toh kya refund milega?' before buying is a policy question, not a request -> other")

    # l14 how-to question
    cust("rohit.agarwal@agarwaltraders.in", "Rohit Agarwal", "monthly", "2025-09-05", "2025-10-04")
    lopay("lo_h_83211", "LO-INV-83211", "rohit.agarwal@agarwaltraders.in", "monthly", "2999.00", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
    f, _ = mail("l14-howto-gst-invoice", "Rohit Agarwal <rohit.agarwal@agarwaltraders.in>", LO, "GST इनवॉइस",
                "2025-09-24 11:11 +0530",
                "नमस्ते,\n\nहमें अपने अकाउंटेंट को GST वाला इनवॉइस देना है। यह डैशबोर्ड में कहाँ से डाउनलोड होगा? "
                "और कंपनी का GSTIN बाद में कैसे जोड़ें?\n\nरोहित अग्रवाल\nअग्रवाल ट्रेडर्स, जयपुर\n")
    case("l14-howto-gst-invoice", [f], LOB, "other",
         spec="Section 1 outcomes: a how-to question, neither refund nor cancellation -> other")

    # l15 C4: consumer court threat on a duplicate
    cust("harish.pandey@gmail.com", "Harish Pandey", "monthly", "2025-09-25", "2025-10-24")
    lopay("lo_h_83221", "LO-INV-83221", "harish.pandey@gmail.com", "monthly", "2999.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    lopay("lo_h_83222", "LO-INV-83222", "harish.pandey@gmail.com", "monthly", "2999.00", "2025-09-25T10:01:00", "2025-09-25", "2025-10-24")
    f, _ = mail("l15-c4-consumer-court", "Harish Pandey <harish.pandey@gmail.com>", LO, "DOUBLE PAYMENT!!!",
                "2025-09-26 22:30 +0530",
                "Aap logon ne do baar paisa kaat liya, LO-INV-83222 wala extra hai. Agar 2 din mein wapas nahi aaya toh "
                "consumer court mein complaint karunga, mazaak bana rakha hai.\n\nHarish Pandey\n")
    case("l15-c4-consumer-court", [f], LOB, "decided", [D("refund", "escalate")], rules=["C4"],
         spec="C4: mention of consumer court -> escalate the whole case, even though L4 alone would approve")

    # l16 C7 out-of-office in Devanagari
    f, _ = mail("l16-c7-ooo", "Anjali Deshpande <anjali.deshpande@deshpandeagro.in>", LO, "स्वचालित उत्तर: आपका बिल",
                "2025-09-25 09:00 +0530",
                "नमस्ते,\n\nमैं 24 से 30 सितंबर तक अवकाश पर हूँ। तत्काल कार्य के लिए कृपया accounts@deshpandeagro.in पर लिखें।\n\nअंजली देशपांडे\n",
                headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
    case("l16-c7-ooo", [f], LOB, "ignore", rules=["C7"],
         spec="C7: Auto-Submitted: auto-replied -> ignore, never answered")

    # l17 forward by an assistant naming the owner's registered email
    cust("kunal@sharmaassociates.in", "Kunal Sharma", "quarterly", "2025-08-05", "2025-11-04")
    lopay("lo_h_83226", "LO-INV-83226", "kunal@sharmaassociates.in", "quarterly", "7497.00", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
    f, _ = mail("l17-fwd-assistant", "Accounts Sharma Associates <accounts@sharmaassociates.in>", LO, "Fwd: LeadsOptima band karna hai",
                "2025-09-23 12:00 +0530",
                "Sir ne bola hai aapko forward karun. Please do the needful.\n\nRegards,\nNeha (Accounts)\n\n"
                "---------- Forwarded message ---------\nFrom: Kunal Sharma <kunal@sharmaassociates.in>\n"
                "Date: Tue, 23 Sept 2025 at 11:20\nSubject: LeadsOptima band karna hai\nTo: Accounts Sharma Associates <accounts@sharmaassociates.in>\n\n"
                "Neha, LeadsOptima ko mail kar do ki hamara quarterly plan cancel karna hai, registered id kunal@sharmaassociates.in hai. "
                "Ab hum leads sirf referral se le rahe hain.\n\nKunal\n")
    case("l17-fwd-assistant", [f], LOB, "need_info", rules=["C2"],
         spec="Section 8 Forwards: the forwarded request names the registered email kunal@sharmaassociates.in, the sender is accounts@... -> C2 need_info")

    # l18 claims double charge but the ledger has one charge
    cust("pooja.bansal@gmail.com", "Pooja Bansal", "annual", "2025-09-21", "2026-09-20")
    lopay("lo_h_83231", "LO-INV-83231", "pooja.bansal@gmail.com", "annual", "11988.00", "2025-09-21T16:00:00", "2025-09-21", "2026-09-20")
    f, _ = mail("l18-dup-no-pair", "Pooja Bansal <pooja.bansal@gmail.com>", LO, "दो बार भुगतान",
                "2025-09-23 14:25 +0530",
                "नमस्ते,\n\nमेरे खाते से 21 तारीख को ₹14,145.84 दो बार कटे हैं, एक बार नेटबैंकिंग से और फिर कार्ड से। "
                "चालान LO-INV-83231 है। दूसरा पैसा लौटाइए।\n\nपूजा बंसल\n")
    case("l18-dup-no-pair", [f], LOB, "decided", [D("refund", "escalate")],
         spec="L2 duplicate_payment inside the window (day 2), but the ledger holds one charge only: L4 'no such pair in the ledger: escalate'")

    # l19 reason missing: only a forwarding-style note
    cust("sanjay.ghosh@gmail.com", "Sanjay Ghosh", "monthly", "2025-09-24", "2025-10-23")
    lopay("lo_h_83241", "LO-INV-83241", "sanjay.ghosh@gmail.com", "monthly", "2999.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    f, _ = mail("l19-no-reason", "Sanjay Ghosh <sanjay.ghosh@gmail.com>", LO, "Refund request",
                "2025-09-25 10:45 +0530",
                "Sir,\n\nInvoice LO-INV-83241 ka refund jaldi se process kar dijiye. Please do the needful.\n\n"
                "Dhanyavaad,\nSanjay Ghosh\nKolkata\n\n--\nThis e-mail and any attachments are confidential.\n")
    case("l19-no-reason", [f], LOB, "need_info", missing=["reason"],
         spec="Section 8 What a reason is: restating the request and 'do the needful' are not reasons; registered email = sender, plan from the ledger, invoice given -> C3 need_info missing reason")

    # l20 +tag address
    cust("rahul.verma@gmail.com", "Rahul Verma", "annual", "2025-04-02", "2026-04-01")
    f, _ = mail("l20-plus-tag", "Rahul Verma <rahul.verma+leads@gmail.com>", LO, "Auto renew band",
                "2025-09-29 08:05 +0530",
                "Hi, mera annual plan cancel kar do, next year renew nahi karna. Humari agency band ho rahi hai.\nRahul\n")
    case("l20-plus-tag", [f], LOB, "need_info", rules=["C2"],
         spec="Section 8 Addresses: a +tag makes another address; rahul.verma+leads@gmail.com is not on record -> C2 need_info")

    # l21 the other brand's customer writes to LeadsOptima
    proj("Kalakriti Art Gallery", "studio@kalakriti.in", "2025-07-01T10:00:00")
    owdpay("owd_h_290", "OWD-2025-290", "Kalakriti Art Gallery", "milestone", "20000.00", "2025-07-01T10:00:00", milestone_status="completed")
    f, _ = mail("l21-other-brand-customer", "Kalakriti Studio <studio@kalakriti.in>", LO, "subscription cancel",
                "2025-09-22 17:00 +0530",
                "Namaste, humara monthly subscription cancel kar dijiye, gallery ka season khatam ho gaya hai. Dhanyavaad.\nKalakriti\n")
    case("l21-other-brand-customer", [f], LOB, "need_info", rules=["C2"],
         spec="Section 8 The other brand's customer: C1 picks LeadsOptima, the ledger is searched in it only, studio@kalakriti.in is unknown there -> C2/C3 need_info")

    # l22 access failure refund + cancellation
    cust("farhan.qureshi@gmail.com", "Farhan Qureshi", "quarterly", "2025-09-19", "2025-12-18")
    lopay("lo_h_83251", "LO-INV-83251", "farhan.qureshi@gmail.com", "quarterly", "7497.00", "2025-09-19T14:00:00", "2025-09-19", "2025-12-18")
    f, _ = mail("l22-access-refund-cancel", "Farhan Qureshi <farhan.qureshi@gmail.com>", LO, "App open nahi ho rahi",
                "2025-09-24 20:00 +0530",
                "Assalamualaikum,\n\n19 se lead import tool chal hi nahi raha, app open nahi ho rahi, bas loading aata rehta hai. "
                "LO-INV-83251 ka refund chahiye aur plan bhi band kar dijiye, ab aur intezaar nahi kar sakte.\n\nFarhan\n")
    case("l22-access-refund-cancel", [f], LOB, "decided",
         [D("refund", "escalate"), D("cancellation", "cancel", effective_date="2025-12-18")],
         spec="Refund: L2 access_failure, charge 2025-09-19, request 2025-09-24 day 5 -> L6 escalate; cancellation: L8 cancel, current_period_end 2025-12-18")

    # l23 three identical charges
    cust("lakshmi.menon@gmail.com", "Lakshmi Menon", "monthly", "2025-09-18", "2025-10-17")
    for i, t in enumerate(["09:00:10", "09:01:05", "09:02:30"]):
        lopay(f"lo_h_8326{i + 1}", f"LO-INV-8326{i + 1}", "lakshmi.menon@gmail.com", "monthly", "1499.00", f"2025-09-18T{t}", "2025-09-18", "2025-10-17")
    f, _ = mail("l23-triple-charge", "Lakshmi Menon <lakshmi.menon@gmail.com>", LO, "UPI से तीन बार पेमेंट",
                "2025-09-19 08:40 +0530",
                "नमस्ते,\n\nकल UPI ऐप हैंग हो गया और मैंने तीन बार 'Pay' दबाया — एक ही मासिक पेमेंट ₹1,499 तीन बार कट गया। "
                "आखिरी रसीद LO-INV-83263 है। कृपया फालतू कटे दोनों पेमेंट लौटा दें।\n\nलक्ष्मी मेनन\n")
    case("l23-triple-charge", [f], LOB, "decided", [D("refund", "approve", "2998.00")],
         spec="Section 8 Three or more identical charges: every charge after the first is a duplicate, refund = sum inside L3 window: 2 x 1499.00 = 2998.00 (charges 2025-09-18, request day 1)")

    # l24 formal cancellation of the annual plan
    cust("sunita.kulkarni@kulkarniclinic.in", "Dr. Sunita Kulkarni", "annual", "2025-03-14", "2026-03-13")
    lopay("lo_h_83271", "LO-INV-83271", "sunita.kulkarni@kulkarniclinic.in", "annual", "11988.00", "2025-03-14T10:00:00", "2025-03-14", "2026-03-13")
    f, _ = mail("l24-annual-cancel-formal", "Dr. Sunita Kulkarni <sunita.kulkarni@kulkarniclinic.in>", LO, "वार्षिक सदस्यता समाप्त करने हेतु",
                "2025-09-30 12:15 +0530",
                "महोदय,\n\nहम अपनी वार्षिक सदस्यता का नवीनीकरण नहीं करना चाहते। क्लिनिक के मरीज़ अब केवल रेफ़रल से आते हैं, "
                "इसलिए लीड टूल की आवश्यकता नहीं रही। कृपया सदस्यता रद्द कर दें और आगे कोई राशि न काटें।\n\n"
                "डॉ. सुनीता कुलकर्णी\nकुलकर्णी क्लिनिक, पुणे\n")
    case("l24-annual-cancel-formal", [f], LOB, "decided", [D("cancellation", "cancel", effective_date="2026-03-13")],
         spec="L8 cancel, effective current_period_end 2026-03-13; no refund asked")

    # l25 wrong amount charged (billing error), Hinglish
    cust("kiran.patil@patilsolar.in", "Kiran Patil", "monthly", "2025-09-26", "2025-10-25")
    lopay("lo_h_83281", "LO-INV-83281", "kiran.patil@patilsolar.in", "monthly", "4497.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    f, _ = mail("l25-wrong-amount", "Kiran Patil <kiran.patil@patilsolar.in>", LO, "galat amount kata hai",
                "2025-09-27 12:30 +0530",
                "Namaskar,\n\nMera monthly plan ₹2,999 ka hai, par is baar ₹4,497 + GST kaat liya (LO-INV-83281). Maine koi upgrade nahi kiya. "
                "Extra paisa wapas kijiye ya poora refund karke sahi amount charge kijiye.\n\nKiran Patil\nPatil Solar, Kolhapur\n")
    case("l25-wrong-amount", [f], LOB, "decided", [D("refund", "escalate")],
         spec="L2 billing_error (wrong amount charged); charge 2025-09-26, request 2025-09-27 day 1 -> L5 escalate, a person verifies")

    # l26 chargeback threat in Hinglish on a plain cancellation
    cust("ajay.thakur@thakurtravels.in", "Ajay Thakur", "quarterly", "2025-08-20", "2025-11-19")
    lopay("lo_h_83291", "LO-INV-83291", "ajay.thakur@thakurtravels.in", "quarterly", "7497.00", "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
    f, _ = mail("l26-c4-chargeback-cancel", "Ajay Thakur <ajay.thakur@thakurtravels.in>", LO, "Account band karo warna chargeback",
                "2025-09-28 09:15 +0530",
                "Teen baar bol chuka hoon, mera quarterly plan abhi ke abhi cancel karo. Agar agla payment kata toh seedha bank mein "
                "chargeback daal dunga. Travel season khatam, leads ki zarurat nahi.\n\nAjay Thakur\n")
    case("l26-c4-chargeback-cancel", [f], LOB, "decided", [D("cancellation", "escalate")], rules=["C4"],
         spec="C4: chargeback threat; section 8 'C4 covers the whole case' -> the cancellation is escalated too")

    # l27 duplicate with the amount in words, Devanagari
    cust("rekha.srivastava@gmail.com", "Rekha Srivastava", "annual", "2025-09-24", "2026-09-23")
    lopay("lo_h_83301", "LO-INV-83301", "rekha.srivastava@gmail.com", "annual", "11988.00", "2025-09-24T15:00:00", "2025-09-24", "2026-09-23")
    lopay("lo_h_83302", "LO-INV-83302", "rekha.srivastava@gmail.com", "annual", "11988.00", "2025-09-24T15:04:00", "2025-09-24", "2026-09-23")
    f, _ = mail("l27-dup-amount-in-words", "Rekha Srivastava <rekha.srivastava@gmail.com>", LO, "एक ही सदस्यता का दोहरा शुल्क",
                "2025-09-27 17:40 +0530",
                "प्रिय सहायता दल,\n\n24 सितंबर को वार्षिक सदस्यता के ग्यारह हज़ार नौ सौ अठासी रुपये (जीएसटी अलग) मेरे कार्ड से दो बार लिए गए हैं। "
                "दूसरी रसीद LO-INV-83302 की है। कृपया दूसरा शुल्क मूल भुगतान माध्यम पर लौटा दें।\n\nसधन्यवाद,\nरेखा श्रीवास्तव, लखनऊ\n")
    case("l27-dup-amount-in-words", [f], LOB, "decided", [D("refund", "approve", "11988.00")],
         spec="L2 duplicate (amount in words, section 8 local formats); pair 83301/83302 same period 2025-09-24; request 2025-09-27 day 3 -> L4 approve 11988.00")


# ---------------------------------------------------------------- Optima WebDesign
def owd_cases():
    # o01 deposit inside 72 h, no work
    proj("Shree Ganesh Sweets Website", "orders@shreeganeshsweets.in")
    owdpay("owd_h_301", "OWD-2025-301", "Shree Ganesh Sweets Website", "deposit", "25000.00", "2025-09-26T11:00:00")
    f, _ = mail("o01-deposit-inside", "Shree Ganesh Sweets <orders@shreeganeshsweets.in>", OWD,
                "Refund Request — Shree Ganesh Sweets Website / OWD-2025-301", "2025-09-28 18:00 +0530",
                "नमस्ते,\n\nहमने 26 सितंबर को Shree Ganesh Sweets Website के लिए ₹25,000 + GST अग्रिम राशि दी थी "
                "(इनवॉइस OWD-2025-301)। परिवार में तय हुआ है कि इस साल ऑनलाइन ऑर्डर शुरू नहीं करेंगे, इसलिए प्रोजेक्ट अभी नहीं चाहिए। "
                "कृपया अग्रिम राशि लौटा दें।\n\nगणेश अग्रवाल\norders@shreeganeshsweets.in\n")
    case("o01-deposit-inside", [f], OWB, "decided", [D("refund", "approve", "25000.00")],
         spec="O2: paid 2025-09-26 11:00, request 2025-09-28 18:00 = 55 h < 72 h, work not started -> approve 25000.00 before tax (C6)")

    # o02 deposit, exactly 72 h
    proj("FitZone Gym App", "owner@fitzonegym.in")
    owdpay("owd_h_302", "OWD-2025-302", "FitZone Gym App", "deposit", "15000.00", "2025-09-20T15:30:00")
    f, _ = mail("o02-deposit-72h", "Vikram Singh <owner@fitzonegym.in>", OWD, "FitZone app advance wapas",
                "2025-09-23 15:30 +0530",
                "Hi Optima team,\n\nFitZone Gym App project ka advance (OWD-2025-302) wapas chahiye. Gym ka doosra branch khulna tha, "
                "woh plan drop ho gaya toh app ki zarurat nahi hai.\n\nThanks,\nVikram\n")
    case("o02-deposit-72h", [f], OWB, "decided", [D("refund", "deny")],
         spec="Section 8: exactly 72 hours (2025-09-20 15:30 -> 2025-09-23 15:30) is not 'before 72 hours': O2 deny")

    # o03 deposit inside 72 h but work started
    proj("Narmada Tours Portal", "info@narmadatours.com", "2025-09-25T12:00:00")
    owdpay("owd_h_303", "OWD-2025-303", "Narmada Tours Portal", "deposit", "30000.00", "2025-09-24T10:00:00")
    f, _ = mail("o03-deposit-work-started", "Narmada Tours <info@narmadatours.com>", OWD, "Booking amount refund - Narmada Tours Portal",
                "2025-09-26 09:00 +0530",
                "Namaskar,\n\nNarmada Tours Portal ke liye jo booking amount diya tha (OWD-2025-303), woh refund kar dijiye. "
                "Hamare partner ne kaha hai ki pehle season dekh lete hain, portal baad mein banayenge.\n\nSunil Yadav\n")
    case("o03-deposit-work-started", [f], OWB, "decided", [D("refund", "deny")],
         spec="O2: request 2025-09-26 09:00 is 47 h after payment but after work_started_at 2025-09-25 12:00 ('whichever occurs first') -> deny")

    # o04 discovery, nothing started
    proj("Chai Point Franchise Site", "rohan@chaipointfranchise.in")
    owdpay("owd_h_304", "OWD-2025-304", "Chai Point Franchise Site", "discovery", "8000.00", "2025-09-22T10:00:00")
    f, _ = mail("o04-discovery-not-started", "Rohan Malhotra <rohan@chaipointfranchise.in>", OWD, "discovery fee refund",
                "2025-09-25 13:30 +0530",
                "Hey team,\n\nChai Point Franchise Site ki discovery call abhi hui nahi hai. Investor ke saath deal cancel ho gayi, "
                "isliye project hold pe hai. Discovery fee (inv OWD-2025-304) wapas kar do please.\n\nRohan\n")
    case("o04-discovery-not-started", [f], OWB, "decided", [D("refund", "approve", "8000.00")],
         spec="O1: work_started_at empty, so no session or deliverable started -> approve 8000.00 in full (before tax)")

    # o05 discovery sessions held
    proj("Aarogya Diagnostics Rebrand", "marketing@aarogyadiagnostics.in", "2025-09-10T11:00:00")
    owdpay("owd_h_305", "OWD-2025-305", "Aarogya Diagnostics Rebrand", "discovery", "12000.00", "2025-09-08T10:00:00")
    f, _ = mail("o05-discovery-started", "Aarogya Marketing <marketing@aarogyadiagnostics.in>", OWD, "Aarogya Diagnostics Rebrand – शुल्क वापसी",
                "2025-09-18 16:00 +0530",
                "नमस्ते,\n\nAarogya Diagnostics Rebrand की स्ट्रैटेजी वर्कशॉप 10 तारीख को हुई थी, पर उसमें जो दिशा तय हुई वह हमारे "
                "प्रबंधन को ठीक नहीं लगी। कृपया डिस्कवरी शुल्क (OWD-2025-305) वापस करें।\n\nमार्केटिंग टीम, आरोग्य डायग्नोस्टिक्स\n")
    case("o05-discovery-started", [f], OWB, "decided", [D("refund", "deny")],
         spec="O1: work_started_at 2025-09-10 is before the request 2025-09-18 (session held) -> deny")

    # o06 milestone not started
    proj("Desi Threads Store", "hello@desithreads.in", "2025-08-01T10:00:00")
    owdpay("owd_h_306", "OWD-2025-306", "Desi Threads Store", "milestone", "18000.00", "2025-08-01T10:00:00", milestone_status="completed")
    owdpay("owd_h_307", "OWD-2025-307", "Desi Threads Store", "milestone", "22000.00", "2025-09-15T10:00:00", milestone_status="not_started")
    f, _ = mail("o06-milestone-not-started", "Desi Threads <hello@desithreads.in>", OWD, "Milestone 3 refund - Desi Threads Store",
                "2025-09-27 12:10 +0530",
                "Hi,\n\nDesi Threads Store ka milestone 3 (mobile app screens, OWD-2025-307) hum drop kar rahe hain, abhi sirf website se "
                "kaam chal jayega. Us milestone pe kaam shuru bhi nahi hua hai, toh uska payment refund kar dijiye.\n\nMegha\nDesi Threads\n")
    case("o06-milestone-not-started", [f], OWB, "decided", [D("refund", "approve", "22000.00")],
         spec="O3: milestone OWD-2025-307 status not_started -> approve its amount 22000.00 before tax")

    # o07 milestone in progress
    proj("Vidya Coaching LMS", "admin@vidyacoaching.org", "2025-08-20T10:00:00")
    owdpay("owd_h_308", "OWD-2025-308", "Vidya Coaching LMS", "milestone", "35000.00", "2025-09-01T10:00:00", milestone_status="in_progress")
    f, _ = mail("o07-milestone-in-progress", "Vidya Coaching <admin@vidyacoaching.org>", OWD, "Vidya Coaching LMS — बचा हुआ भुगतान",
                "2025-09-24 10:30 +0530",
                "नमस्ते,\n\nVidya Coaching LMS के कोर्स मॉड्यूल वाले माइलस्टोन (OWD-2025-308) का काम बहुत धीमा चल रहा है और "
                "हमारा बैच अक्टूबर में शुरू है। हम बाकी काम किसी और से करवाएँगे, कृपया जो काम नहीं हुआ उसका पैसा लौटाएँ।\n\nप्रशासक\n")
    case("o07-milestone-in-progress", [f], OWB, "decided", [D("refund", "escalate")],
         spec="O3: milestone in_progress -> escalate (value of the work not started needs a person), no amount")

    # o08 milestone approved
    proj("Spice Route Restaurant", "manager@spiceroute.co.in", "2025-08-10T10:00:00")
    owdpay("owd_h_309", "OWD-2025-309", "Spice Route Restaurant", "milestone", "15000.00", "2025-08-25T10:00:00", milestone_status="approved")
    f, _ = mail("o08-milestone-approved", "Spice Route <manager@spiceroute.co.in>", OWD, "Design milestone refund",
                "2025-09-22 15:45 +0530",
                "Hello,\n\nSpice Route Restaurant ka design milestone (OWD-2025-309) humne approve toh kar diya tha, par ab naye partner ko "
                "woh colours bilkul pasand nahi. Uska paisa refund karo, hum naya design kisi aur se banwayenge.\n\nManager, Spice Route\n")
    case("o08-milestone-approved", [f], OWB, "decided", [D("refund", "deny")],
         spec="O3/O6: approved milestone -> deny ('Completed deliverables, approved milestones')")

    # o09 retainer, 7+ days notice
    proj("Kisan Mandi SEO", "seo@kisanmandi.in", "2025-06-15T10:00:00")
    owdpay("owd_h_310", "OWD-2025-310", "Kisan Mandi SEO", "retainer", "18000.00", "2025-09-15T10:00:00",
           period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
    f, _ = mail("o09-retainer-notice-ok", "Kisan Mandi <seo@kisanmandi.in>", OWD, "SEO retainer बंद करने हेतु — Kisan Mandi SEO",
                "2025-09-29 11:00 +0530",
                "नमस्कार,\n\nहमने अब इन-हाउस डिजिटल मार्केटिंग प्रबंधक रख लिया है, इसलिए Kisan Mandi SEO का मासिक रिटेनर "
                "(अंतिम इनवॉइस OWD-2025-310) बंद करना चाहते हैं। अगला बिल न बनाएँ।\n\nधन्यवाद,\nकिसान मंडी टीम\n")
    case("o09-retainer-notice-ok", [f], OWB, "decided", [D("cancellation", "cancel", effective_date="2025-10-14")],
         spec="O4/O8: next_billing_at 2025-10-15; cut-off 2025-10-15 - 7 = 2025-10-08; request 2025-09-29 is on/before it -> cancel, effective the day before next billing 2025-10-14")

    # o10 retainer, less than 7 days notice
    proj("Urban Nest Interiors Care", "studio@urbannestinteriors.in", "2025-05-05T10:00:00")
    owdpay("owd_h_311", "OWD-2025-311", "Urban Nest Interiors Care", "retainer", "12000.00", "2025-09-05T10:00:00",
           period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
    f, _ = mail("o10-retainer-late-notice", "Urban Nest Interiors <studio@urbannestinteriors.in>", OWD, "retainer cancel karna hai",
                "2025-09-29 19:30 +0530",
                "Hi guys,\n\nUrban Nest Interiors Care wala monthly retainer (OWD-2025-311) band karna hai. Is quarter budget cut ho gaya hai "
                "aur website updates ab hum khud kar lenge.\n\nCheers,\nAnkita\n")
    case("o10-retainer-late-notice", [f], OWB, "decided", [D("cancellation", "cancel", effective_date="2025-11-04")],
         spec="O4: next_billing_at 2025-10-05, cut-off 2025-09-28; request 2025-09-29 is late -> next cycle (2025-10-05..2025-11-04, monthly like the current 09-05..10-04) is billed, effective 2025-11-04")

    # o11 annual hosting inside 14 days
    proj("Bharat Auto Parts Hosting", "it@bharatautoparts.com", "2025-09-20T10:00:00")
    owdpay("owd_h_312", "OWD-2025-312", "Bharat Auto Parts Hosting", "hosting_annual", "18000.00", "2025-09-19T16:00:00",
           setup_fee="2400.00", service_start="2025-09-20")
    f, _ = mail("o11-hosting-inside", "Bharat Auto Parts IT <it@bharatautoparts.com>", OWD, "Hosting refund – Bharat Auto Parts Hosting (OWD-2025-312)",
                "2025-09-30 10:30 +0530",
                "Hello Optima,\n\nManagement ne decide kiya hai ki saari websites company ke AWS account pe shift hongi, "
                "isliye Bharat Auto Parts Hosting ka annual plan (OWD-2025-312) cancel karke refund chahiye.\n\nRegards,\nIT Dept., Bharat Auto Parts\n")
    case("o11-hosting-inside", [f], OWB, "decided", [D("refund", "approve", "14300.00")], extra_ok=True,
         spec="O5: service_start 2025-09-20, request 2025-09-30 = day 10 <= 14; monthly_value = (18000 - 2400)/12 = 1300; refund = 18000 - 2400 - 1300 x 1 = 14300.00 (cancellation part, if listed, not checked: extra_ok)")

    # o12 annual maintenance after 14 days
    proj("Sai Hospital Website Care", "admin@saihospitalnagpur.in", "2025-09-01T10:00:00")
    owdpay("owd_h_313", "OWD-2025-313", "Sai Hospital Website Care", "maintenance_annual", "24000.00", "2025-08-30T10:00:00",
           setup_fee="3000.00", service_start="2025-09-01")
    f, _ = mail("o12-maintenance-late", "Sai Hospital Admin <admin@saihospitalnagpur.in>", OWD, "वार्षिक मेंटेनेंस की राशि वापसी",
                "2025-09-20 12:00 +0530",
                "आदरणीय महोदय,\n\nSai Hospital Website Care का वार्षिक मेंटेनेंस (OWD-2025-313) हमारे ट्रस्ट ने अस्वीकार कर दिया है; "
                "अब वेबसाइट सरकारी पोर्टल पर चलेगी। कृपया पूरी राशि लौटा दें।\n\nप्रशासक, साई हॉस्पिटल, नागपुर\n")
    case("o12-maintenance-late", [f], OWB, "decided", [D("refund", "deny")], extra_ok=True,
         spec="O5: service_start 2025-09-01, request 2025-09-20 = day 19 > 14 -> deny")

    # o13 third-party domain
    proj("Gupta Jewellers Site", "gupta.jewellers@gmail.com", "2025-09-01T10:00:00")
    owdpay("owd_h_314", "OWD-2025-314", "Gupta Jewellers Site", "third_party", "2499.00", "2025-09-10T10:00:00")
    f, _ = mail("o13-domain-third-party", "Gupta Jewellers <gupta.jewellers@gmail.com>", OWD, "domain ka paisa",
                "2025-09-16 17:20 +0530",
                "Namaste ji,\n\nGupta Jewellers Site ke liye domain humne pehle hi khud GoDaddy se le liya tha, aapne bhi kharid liya. "
                "Ek hi naam ke do domain kya karenge? OWD-2025-314 ka ₹2,499 wapas kar dijiye.\n\nRamesh Gupta\n")
    case("o13-domain-third-party", [f], OWB, "decided", [D("refund", "deny")],
         spec="O6: third_party (domain) fees are never refundable -> deny citing Non-refundable items")

    # o14 rush fee
    proj("Rangoli Diwali Sale Page", "ecom@rangoliretail.in", "2025-09-05T10:00:00")
    owdpay("owd_h_315", "OWD-2025-315", "Rangoli Diwali Sale Page", "rush", "5000.00", "2025-09-05T10:00:00")
    f, _ = mail("o14-rush-fee", "Rangoli Retail <ecom@rangoliretail.in>", OWD, "अर्जेंट चार्ज वापसी – Rangoli Diwali Sale Page",
                "2025-09-19 10:00 +0530",
                "नमस्ते,\n\nRangoli Diwali Sale Page समय पर बन गया, धन्यवाद। पर हमारी सेल नवंबर तक टल गई, इसलिए जल्दी बनवाने का "
                "जो अतिरिक्त शुल्क (OWD-2025-315) दिया था वह अब बेकार गया। कृपया उसे लौटा दें।\n\nई-कॉमर्स टीम, रंगोली रिटेल\n")
    case("o14-rush-fee", [f], OWB, "decided", [D("refund", "deny")],
         spec="O6: rush (expedited) fees are never refundable -> deny")

    # o15 C2: personal gmail instead of the contract email
    proj("Patel Exports Catalogue", "accounts@patelexports.com")
    owdpay("owd_h_316", "OWD-2025-316", "Patel Exports Catalogue", "deposit", "20000.00", "2025-09-28T10:00:00")
    f, _ = mail("o15-c2-gmail", "Mitesh Patel <mitesh.patel1988@gmail.com>", OWD, "Patel Exports Catalogue deposit",
                "2025-09-29 09:00 +0530",
                "Hi, main Mitesh, Patel Exports se. Patel Exports Catalogue ka deposit OWD-2025-316 wapas chahiye, "
                "export order cancel ho gaya toh catalogue ki zarurat nahi. Office mail abhi chal nahi raha isliye personal se likh raha hoon.\n")
    case("o15-c2-gmail", [f], OWB, "need_info", rules=["C2"],
         spec="C2 (Optima, explicit): the request must come from the contract email accounts@patelexports.com; sender is a gmail -> need_info, no project details")

    # o16 cancellation with no reason
    proj("Yoga Sutra Studio Site", "namaste@yogasutrastudio.in", "2025-04-01T10:00:00")
    owdpay("owd_h_317", "OWD-2025-317", "Yoga Sutra Studio Site", "retainer", "6000.00", "2025-09-10T10:00:00",
           period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
    f, _ = mail("o16-cancel-no-reason", "Ritu Sharma <namaste@yogasutrastudio.in>", OWD, "Cancel retainer",
                "2025-09-24 07:45 +0530",
                "Namaste,\n\nKripya project Yoga Sutra Studio Site ka retainer (OWD-2025-317) cancel kar dijiye.\n\n"
                "Dhanyavaad,\nRitu\nYoga Sutra Studio\n")
    case("o16-cancel-no-reason", [f], OWB, "need_info", missing=["reason"],
         spec="Section 8: Optima requires a reason for cancellations too; contract email, project and invoice are given -> C3 need_info missing reason")

    # o17 C4 in Devanagari
    proj("Anand Dairy Portal", "md@ananddairy.in", "2025-07-01T10:00:00")
    owdpay("owd_h_318", "OWD-2025-318", "Anand Dairy Portal", "milestone", "40000.00", "2025-08-01T10:00:00", milestone_status="completed")
    f, _ = mail("o17-c4-hindi", "Anand Dairy MD <md@ananddairy.in>", OWD, "Anand Dairy Portal – भुगतान वापसी",
                "2025-09-25 18:00 +0530",
                "महोदय,\n\nAnand Dairy Portal का दूसरा चरण (OWD-2025-318) आपने पूरा बताया, पर पोर्टल पर दूध की बुकिंग आज भी ठीक से "
                "नहीं होती। यह पैसा वापस कीजिए, वरना हम उपभोक्ता फोरम में शिकायत करेंगे और अपने वकील से कानूनी नोटिस भिजवाएँगे।\n\n"
                "प्रबंध निदेशक, आनंद डेयरी\n")
    case("o17-c4-hindi", [f], OWB, "decided", [D("refund", "escalate")], rules=["C4"],
         spec="C4: consumer forum and lawyer's legal notice (उपभोक्ता फोरम, वकील, कानूनी नोटिस) -> escalate, whatever O3/O6 would say")

    # o18 thread: deposit without invoice, then the invoice
    proj("Zaika Cloud Kitchen", "founder@zaikakitchen.in")
    owdpay("owd_h_319", "OWD-2025-319", "Zaika Cloud Kitchen", "deposit", "10000.00", "2025-09-27T12:00:00")
    owdpay("owd_h_320", "OWD-2025-320", "Zaika Cloud Kitchen", "third_party", "1800.00", "2025-09-27T12:05:00")
    f1, m1 = mail("o18-thread-1", "Imran Sheikh <founder@zaikakitchen.in>", OWD, "Zaika Cloud Kitchen advance",
                  "2025-09-28 10:00 +0530",
                  "Hello,\n\nZaika Cloud Kitchen project ka advance wapas chahiye. Humne Andheri wala kitchen location hi band kar diya, "
                  "landlord ne agreement cancel kar diya.\n\nImran\n")
    f2, _ = mail("o18-thread-2", "Imran Sheikh <founder@zaikakitchen.in>", OWD, "Re: Zaika Cloud Kitchen advance",
                 "2025-09-29 11:00 +0530",
                 "Invoice no. OWD 2025 319 hai. Jaldi kar dijiye please.\n\nImran\n\n> Kindly share the invoice or payment reference.\n",
                 reply_to=(m1, "<o18-support-reply.hi13@optimawebdesign.com>"))
    case("o18-thread-invoice-later", [f1, f2], OWB, "decided", [D("refund", "approve", "10000.00")],
         spec="C3: invoice given in the reply ('OWD 2025 319' = OWD-2025-319, section 8); request time = first email 2025-09-28 10:00, 22 h after payment 2025-09-27 12:00, no work -> O2 approve 10000.00")

    # o19 retainer already paid for the next cycle
    proj("Metro Realty Listings", "ops@metrorealty.in", "2025-03-10T10:00:00")
    owdpay("owd_h_321", "OWD-2025-321", "Metro Realty Listings", "retainer", "20000.00", "2025-09-10T10:00:00",
           period_start="2025-09-10", period_end="2025-10-09")
    owdpay("owd_h_322", "OWD-2025-322", "Metro Realty Listings", "retainer", "20000.00", "2025-09-25T10:00:00",
           period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T00:00:00")
    f, _ = mail("o19-retainer-prepaid", "Metro Realty Ops <ops@metrorealty.in>", OWD, "Metro Realty Listings retainer band",
                "2025-09-29 15:00 +0530",
                "Hi team,\n\nMetro Realty Listings ka retainer band karna hai (latest invoice OWD-2025-322, October ka advance). "
                "Hamari company ka merger ho raha hai aur listings ab parent company ki site pe jayengi.\n\nOps Team\n")
    case("o19-retainer-prepaid", [f], OWB, "decided", [D("cancellation", "escalate")],
         spec="Section 8 Retainer paid in advance: the next cycle 2025-10-10..11-09 is already paid and notice is >= 7 days -> escalate")

    # o20 HTML-only, setup fee
    proj("Swadesh Handloom Store", "care@swadeshhandloom.in", "2025-09-02T10:00:00")
    owdpay("owd_h_323", "OWD-2025-323", "Swadesh Handloom Store", "setup", "3500.00", "2025-09-02T10:00:00")
    f, _ = mail("o20-html-setup-fee", "Swadesh Handloom <care@swadeshhandloom.in>", OWD, "सेटअप शुल्क",
                "2025-09-12 14:00 +0530",
                html="<html><body><p>नमस्ते,</p><p><b>Swadesh Handloom Store</b> का सेटअप/एक्टिवेशन शुल्क (<b>OWD-2025-323</b>, ₹3,500) "
                     "हमें वापस चाहिए, क्योंकि स्टोर का लॉन्च हमने अगले साल तक टाल दिया है।</p>"
                     "<p>सादर,<br>स्वदेश हैंडलूम</p></body></html>")
    case("o20-html-setup-fee", [f], OWB, "decided", [D("refund", "deny")],
         spec="O6: setup/activation fees are never refundable -> deny (HTML-only mail)")

    # o21 C7 mailing list newsletter
    f, _ = mail("o21-c7-newsletter", "Digital Bharat Newsletter <news@digitalbharat-weekly.in>", OWD, "इस हफ्ते: वेबसाइट रिफंड नीति कैसे लिखें",
                "2025-09-26 07:00 +0530",
                "नमस्ते पाठकों,\n\nइस हफ्ते: अपनी एजेंसी की रिफंड और कैंसलेशन नीति कैसे लिखें, और ग्राहक को पैसा कब लौटाएँ।\n\n"
                "अनसब्सक्राइब करने के लिए यहाँ क्लिक करें।\n",
                headers={"List-Id": "Digital Bharat Weekly <weekly.digitalbharat-weekly.in>", "Precedence": "list",
                         "List-Unsubscribe": "<mailto:unsubscribe@digitalbharat-weekly.in>"})
    case("o21-c7-newsletter", [f], OWB, "ignore", rules=["C7"],
         spec="C7: List-Id and Precedence: list -> ignore, though it talks about refunds")

    # o22 how-to question from a client
    proj("Rasoi Ghar Recipes", "team@rasoighar.in", "2025-06-01T10:00:00")
    f, _ = mail("o22-howto", "Rasoi Ghar <team@rasoighar.in>", OWD, "naya recipe kaise dalein",
                "2025-09-23 12:30 +0530",
                "Hi,\n\nRasoi Ghar Recipes site pe naya recipe post kaise dalte hain? Photo upload karte waqt size error aa raha hai. "
                "Koi video guide ho toh bhej dijiye.\n\nShweta\n")
    case("o22-howto", [f], OWB, "other",
         spec="Neither refund nor cancellation: a how-to question -> other")

    # o23 negation + retainer cancellation with notice
    proj("Shakti Steel Intranet", "it.head@shaktisteel.co.in", "2025-02-20T10:00:00")
    owdpay("owd_h_324", "OWD-2025-324", "Shakti Steel Intranet", "retainer", "9000.00", "2025-09-20T10:00:00",
           period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
    f, _ = mail("o23-negation-retainer", "IT Head Shakti Steel <it.head@shaktisteel.co.in>", OWD, "Shakti Steel Intranet – maintenance retainer",
                "2025-09-26 16:10 +0530",
                "Dear Optima team,\n\nRefund ki koi zarurat nahi hai, September ka kaam ho chuka hai. Bas Shakti Steel Intranet ka retainer "
                "(OWD-2025-324) aage mat chalaiye – intranet ab hamare SAP portal mein merge ho raha hai.\n\nRegards,\nIT Head\n")
    case("o23-negation-retainer", [f], OWB, "decided", [D("cancellation", "cancel", effective_date="2025-10-19")],
         spec="Section 8 negation: 'refund ki koi zarurat nahi' adds no refund; O4: next_billing_at 2025-10-20, cut-off 2025-10-13, request 2025-09-26 in time -> cancel effective 2025-10-19")

    # o24 hosting bought before it starts, Hinglish
    proj("Maa Durga Caterers Hosting", "maadurgacaterers@gmail.com", "2025-09-29T10:00:00")
    owdpay("owd_h_325", "OWD-2025-325", "Maa Durga Caterers Hosting", "hosting_annual", "6000.00", "2025-09-29T10:00:00",
           setup_fee="600.00", service_start="2025-10-10")
    f, _ = mail("o24-hosting-not-started", "Maa Durga Caterers <maadurgacaterers@gmail.com>", OWD, "hosting plan nahi chahiye – OWD-2025-325",
                "2025-09-30 13:00 +0530",
                "Pranam,\n\nKal Maa Durga Caterers Hosting ka saal bhar ka plan liya tha (OWD-2025-325), par mere bhatije ne bataya ki "
                "Instagram page se hi orders aa jaate hain, website ki zarurat nahi. Hosting abhi shuru bhi nahi hui, plan cancel karke "
                "jitna ban sake utna paisa lauta dijiye.\n\nSubhash Ghosh\n")
    case("o24-hosting-not-started", [f], OWB, "decided", [D("refund", "approve", "4950.00")], extra_ok=True,
         spec="O5 + section 8 (before service_start 2025-10-10, consumed_months = 1): monthly_value = (6000 - 600)/12 = 450; refund = 6000 - 600 - 450 = 4950.00")

    # o25 auto-reply of a CA office, Hinglish
    f, _ = mail("o25-c7-autoreply", "Mehrotra & Co CA <office@mehrotraca.in>", OWD, "Auto reply: Invoice OWD-2025-3xx",
                "2025-09-25 10:00 +0530",
                "Dhanyavaad, aapka mail mil gaya hai. Audit season ki wajah se hum 7 October ke baad jawab denge. "
                "Urgent kaam ke liye 98xxxxxx10 par call karein.\n\nMehrotra & Co, Chartered Accountants\n",
                headers={"Auto-Submitted": "auto-replied"})
    case("o25-c7-autoreply", [f], OWB, "ignore", rules=["C7"],
         spec="C7: Auto-Submitted: auto-replied -> ignore")

    # o26 not a refund, not a cancellation: put the project on hold
    proj("Sharda Girls School Website", "principal@shardaschool.edu.in")
    owdpay("owd_h_326", "OWD-2025-326", "Sharda Girls School Website", "deposit", "20000.00", "2025-09-29T11:00:00")
    f, _ = mail("o26-hold-not-refund", "Principal Sharda School <principal@shardaschool.edu.in>", OWD, "Sharda Girls School Website – project hold",
                "2025-09-30 11:00 +0530",
                "नमस्ते,\n\nहमें पैसे वापस नहीं चाहिए और प्रोजेक्ट रद्द भी नहीं करना है। बस परीक्षाओं के कारण Sharda Girls School Website "
                "का काम दो महीने के लिए रोक दीजिए, दिसंबर में फिर शुरू करेंगे।\n\nप्रधानाचार्या\nशारदा कन्या विद्यालय\n")
    case("o26-hold-not-refund", [f], OWB, "other",
         spec="Section 8 negation: 'पैसे वापस नहीं चाहिए', 'रद्द भी नहीं करना' add no refund and no cancellation; a pause request is neither -> other (even though O2 would still allow a deposit refund)")

    # o27 retainer cancellation from Dubai: in time in Dubai, late in IST
    proj("Zari Crafts Export Marketing", "sales@zaricrafts.in", "2025-05-07T10:00:00")
    owdpay("owd_h_327", "OWD-2025-327", "Zari Crafts Export Marketing", "retainer", "14000.00", "2025-09-07T10:00:00",
           period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00")
    f, _ = mail("o27-retainer-dubai-late", "Salim Ansari <sales@zaricrafts.in>", OWD, "Zari Crafts Export Marketing retainer band karna hai",
                "2025-09-30 23:00 +0400",
                "Salaam,\n\nMain abhi Dubai expo mein hoon. Zari Crafts Export Marketing ka retainer (OWD-2025-327) band kar dijiye – "
                "yahan ek distributor mil gaya hai jo marketing khud karega.\n\nSalim\n")
    case("o27-retainer-dubai-late", [f], OWB, "decided", [D("cancellation", "cancel", effective_date="2025-11-06")],
         spec="O4: next_billing_at 2025-10-07, cut-off 2025-09-30; request 2025-09-30 23:00 +04:00 = 2025-10-01 00:30 IST, one day late in the brand's zone -> next cycle 2025-10-07..2025-11-06 billed, effective 2025-11-06")


def main():
    lo_cases()
    owd_cases()
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    for name in os.listdir(os.path.join(HERE, "emails")):
        if name.endswith(".eml"):
            os.remove(os.path.join(HERE, "emails", name))
    for fname, data in sorted(EMAILS.items()):
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case id"
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs)), "duplicate invoice"
    print(f"{len(CASES)} cases, {len(EMAILS)} emails")


if __name__ == "__main__":
    main()
