"""Fresh held-out round 12, Hindi and Hinglish (Devanagari and romanised): writes ledger.json, emails/*.eml and
expected.json beside this file. Written by QA pass qa12b from POLICY_SPEC.md alone. MIT licence.
Deterministic: no randomness, fixed Message-IDs and dates."""

import json
import os
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "hi"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
IST = timezone(timedelta(hours=5, minutes=30))
GST = timezone(timedelta(hours=4))    # Dubai
EDT = timezone(timedelta(hours=-4))   # New York, summer time

customers, projects, payments, cases = [], [], [], []


def cust(email, name, plan, status="active", cps=None, cpe=None, trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": cps, "current_period_end": cpe})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, ps=None, pe=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


def eml(name, frm, to, subject, when, body=None, html=None, headers=None, reply_to=None, irt=None):
    """when = (y, m, d, hh, mm, tz); returns the relative file name."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    y, m, d, hh, mm, tz = when
    msg["Date"] = format_datetime(datetime(y, m, d, hh, mm, 0, tzinfo=tz))
    msg["Message-ID"] = f"<{name}.hi12@mail.example>"
    if irt:
        msg["In-Reply-To"] = f"<{irt}>"
        msg["References"] = f"<{irt}>"
    if reply_to:
        msg["Reply-To"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
            msg.set_boundary("=_alt_{name}_hi12")
    else:
        msg.set_content(html, subtype="html")
    rel = f"emails/{name}.eml"
    with open(os.path.join(HERE, rel), "wb") as fh:
        fh.write(msg.as_bytes())
    return rel


def case(cid, files, brand, status, decisions, spec, rules=(), missing=None, extra_ok=False, ambiguous=None):
    c = {"id": f"hi-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def dec(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    if eff is not None:
        d["effective_date"] = eff
    return d


os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
for old in os.listdir(os.path.join(HERE, "emails")):
    os.remove(os.path.join(HERE, "emails", old))

LOB, OWB = "leadsoptima", "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima
# k01 annual duplicate via UPI, Hinglish
cust("rohit.khandelwal@khandelwaltextiles.in", "Rohit Khandelwal", "annual", cps="2025-09-28", cpe="2026-09-27")
lopay("pay_hi_8201", "LO-INV-82001", "rohit.khandelwal@khandelwaltextiles.in", "annual", "11988.00", "2157.84",
      "2025-09-28T11:15:00", "2025-09-28", "2026-09-27")
lopay("pay_hi_8202", "LO-INV-82002", "rohit.khandelwal@khandelwaltextiles.in", "annual", "11988.00", "2157.84",
      "2025-09-28T11:16:00", "2025-09-28", "2026-09-27")
f = eml("k01-dup-upi", "Rohit Khandelwal <rohit.khandelwal@khandelwaltextiles.in>", LO,
        "annual plan ke paise 2 baar kat gaye", (2025, 9, 29, 10, 20, IST),
        "Hello sir/madam,\n\nKal annual plan renew kiya UPI se, app hang ho gaya to dobara try kiya aur ab dono "
        "transaction successful dikha rahe hain. Account se ₹11,988 + GST do baar debit hua hai. Doosri wali "
        "inv no. LO/INV/82002 hai. Kripya ek payment wapas kar dijiye.\n\nThanks & Regards\nRohit Khandelwal\n"
        "Khandelwal Textiles, Surat\nMob: 98250 11223")
case("k01-dup-upi", [f], LOB, "decided", [dec("refund", "approve", "11988.00")],
     "L2 duplicate_payment ('do baar debit'); two paid annual charges 11988.00 same period 2025-09-28; request "
     "2025-09-29 = day 1 (L3); L4 approve the duplicate's amount before tax 11988.00 (C6); 'LO/INV/82002' = "
     "LO-INV-82002 (section 8)")

# k02 Devanagari, charge time in UTC crosses midnight IST: day 7 inside
cust("sunita.agarwal@agarwalsweets.co.in", "सुनीता अग्रवाल", "monthly", cps="2025-09-23", cpe="2025-10-22")
lopay("pay_hi_8211", "LO-INV-82011", "sunita.agarwal@agarwalsweets.co.in", "monthly", "1499.00", "269.82",
      "2025-09-22T19:00:00Z", "2025-09-23", "2025-10-22")
lopay("pay_hi_8212", "LO-INV-82012", "sunita.agarwal@agarwalsweets.co.in", "monthly", "1499.00", "269.82",
      "2025-09-22T19:00:45Z", "2025-09-23", "2025-10-22")
f = eml("k02-dup-day7-utc", "Sunita Agarwal <sunita.agarwal@agarwalsweets.co.in>", LO,
        "एक ही महीने का पैसा दो बार", (2025, 9, 30, 21, 0, IST),
        "नमस्ते,\n\nमेरे कार्ड से LeadsOptima का मासिक शुल्क 23 सितंबर की रात दो बार कट गया है (₹1,499 + GST, दोनों बार)। "
        "दूसरी रसीद का नंबर LO-INV-82012 है। कृपया दूसरा भुगतान वापस करें।\n\nधन्यवाद,\nसुनीता अग्रवाल\n"
        "अग्रवाल स्वीट्स, जयपुर")
case("k02-dup-day7-utc", [f], LOB, "decided", [dec("refund", "approve", "1499.00")],
     "Ledger paid_at 2025-09-22T19:00Z = 2025-09-23 00:30 IST (section 8: offsets converted), local date 09-23 "
     "= day 0; request 2025-09-30 21:00 IST = day 7, inside (L3; the UTC date would give day 8); L4 approve 1499.00")

# k03 Devanagari duplicate, day 8
cust("manoj.tiwari@tiwaricoaching.in", "मनोज तिवारी", "quarterly", cps="2025-09-15", cpe="2025-12-14")
lopay("pay_hi_8221", "LO-INV-82021", "manoj.tiwari@tiwaricoaching.in", "quarterly", "3999.00", "719.82",
      "2025-09-15T09:00:00", "2025-09-15", "2025-12-14")
lopay("pay_hi_8222", "LO-INV-82022", "manoj.tiwari@tiwaricoaching.in", "quarterly", "3999.00", "719.82",
      "2025-09-15T09:00:50", "2025-09-15", "2025-12-14")
f = eml("k03-dup-day8", "मनोज तिवारी <manoj.tiwari@tiwaricoaching.in>", LO,
        "डबल भुगतान - तिमाही प्लान", (2025, 9, 23, 11, 0, IST),
        "महोदय,\n\nसविनय निवेदन है कि दिनांक 15/09/2025 को हमारे तिमाही प्लान का भुगतान दो बार हो गया। रसीद संख्या "
        "LO-INV-82022 की राशि ₹3,999/- वापस करने की कृपा करें।\n\nभवदीय\nमनोज तिवारी\nतिवारी कोचिंग सेंटर, प्रयागराज")
case("k03-dup-day8", [f], LOB, "decided", [dec("refund", "deny")],
     "L2 duplicate, charge 2025-09-15 = day 0, request 2025-09-23 = day 8 > 7 -> L3 deny")

# k04 'charged twice' but the two charges are consecutive months
cust("neha.kapoor.hr@gmail.com", "Neha Kapoor", "monthly", cps="2025-09-26", cpe="2025-10-25")
lopay("pay_hi_8231", "LO-INV-82031", "neha.kapoor.hr@gmail.com", "monthly", "1499.00", "269.82",
      "2025-08-26T10:00:00", "2025-08-26", "2025-09-25")
lopay("pay_hi_8232", "LO-INV-82032", "neha.kapoor.hr@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f = eml("k04-dup-not-same-period", "Neha Kapoor <neha.kapoor.hr@gmail.com>", LO, "double charge??",
        (2025, 9, 27, 18, 45, IST),
        "Hi,\nmere statement mein LeadsOptima ke 2 charges dikh rahe hain, lag raha hai double charge ho gaya. "
        "Latest wala LO-INV-82032 hai. Please check karke refund kar do.\nNeha")
case("k04-dup-not-same-period", [f], LOB, "decided", [dec("refund", "escalate")],
     "L2 duplicate_payment claimed; LO-INV-82032 (2025-09-26) is inside L3 (day 1) but the ledger's two charges "
     "are for different billing periods (08-26..09-25, 09-26..10-25): no pair of same account, amount and "
     "period -> L4 escalate")

# k05 duplicate already refunded (payment not paid)
cust("arjun@arjunphotography.in", "Arjun Mehta", "annual", cps="2025-09-25", cpe="2026-09-24")
lopay("pay_hi_8241", "LO-INV-82041", "arjun@arjunphotography.in", "annual", "11988.00", "2157.84",
      "2025-09-25T12:00:00", "2025-09-25", "2026-09-24")
lopay("pay_hi_8242", "LO-INV-82042", "arjun@arjunphotography.in", "annual", "11988.00", "2157.84",
      "2025-09-25T12:00:30", "2025-09-25", "2026-09-24", status="refunded")
f = eml("k05-dup-already-refunded", "Arjun Mehta <arjun@arjunphotography.in>", LO, "Duplicate payment refund",
        (2025, 9, 27, 12, 30, IST),
        "Hey team, 25 tareekh ko annual plan ka payment twice ho gaya tha. LO-INV-82042 wala duplicate hai, uska "
        "refund abhi tak account mein nahi aaya. Jaldi process karo please.\n\n-- \nArjun Mehta | Wedding & Candid\n"
        "insta: @arjunclicks")
case("k05-dup-already-refunded", [f], LOB, "decided", [dec("refund", "escalate")],
     "Section 8 'Payments not paid': LO-INV-82042 has status refunded -> refund escalate (never a second approval)")

# k06 wrong amount
cust("accounts@sharmaelectricals.in", "Sharma Electricals", "quarterly", cps="2025-09-24", cpe="2025-12-23")
lopay("pay_hi_8251", "LO-INV-82051", "accounts@sharmaelectricals.in", "quarterly", "4999.00", "899.82",
      "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
f = eml("k06-wrong-amount", "Accounts - Sharma Electricals <accounts@sharmaelectricals.in>", LO,
        "Galat amount charge hua - LO-INV-82051", (2025, 9, 26, 15, 10, IST),
        "Dear Support,\n\nHamara quarterly plan Rs. 3,999 ka hai lekin is baar Rs. 4,999 + GST kaat liya gaya "
        "(LO-INV-82051). Galat amount ka refund/adjustment chahiye.\n\nRegards,\nVikas Sharma\nAccounts Dept.")
case("k06-wrong-amount", [f], LOB, "decided", [dec("refund", "escalate")],
     "L2 billing_error ('galat amount'); charge 2025-09-24, request 2025-09-26 = day 2 (L3) -> L5 escalate")

# k07 access failure, Devanagari
cust("dr.rakesh.jain@jainclinic.in", "डॉ. राकेश जैन", "monthly", cps="2025-09-29", cpe="2025-10-28")
lopay("pay_hi_8261", "LO-INV-82061", "dr.rakesh.jain@jainclinic.in", "monthly", "1499.00", "269.82",
      "2025-09-29T08:00:00", "2025-09-29", "2025-10-28")
f = eml("k07-access-failure", "Dr Rakesh Jain <dr.rakesh.jain@jainclinic.in>", LO,
        "लॉगिन नहीं हो रहा", (2025, 9, 30, 19, 30, IST),
        "नमस्कार,\n\nकल रिन्यूअल हुआ (LO-INV-82061) और उसके बाद से डैशबोर्ड खुल ही नहीं रहा, लॉगिन करते ही "
        "'session expired' आ जाता है। मोबाइल और लैपटॉप दोनों पर यही हाल है। ठीक नहीं हुआ तो पैसे वापस चाहिए।\n\n"
        "डॉ. राकेश जैन\nजैन क्लिनिक, इंदौर")
case("k07-access-failure", [f], LOB, "decided", [dec("refund", "escalate")],
     "L2 access_failure (cannot log in); charge 2025-09-29, request 2025-09-30 = day 1 -> L6 escalate")

# k08 L1, business closed
cust("pooja.boutique@gmail.com", "Pooja Verma", "monthly", cps="2025-09-27", cpe="2025-10-26")
lopay("pay_hi_8271", "LO-INV-82071", "pooja.boutique@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
f = eml("k08-business-closed", "Pooja Verma <pooja.boutique@gmail.com>", LO, "refund pls",
        (2025, 9, 28, 13, 0, IST),
        "hii, maine apna boutique band kar diya hai is mahine se, toh leads ki zarurat nahi hai. kal jo 1499 kata "
        "(LO-INV-82071) wo refund kar do pls 🙏\npooja")
case("k08-business-closed", [f], LOB, "decided", [dec("refund", "deny")],
     spec="L1: business closed / no longer needed is not an L2 exception -> deny, reply offers cancellation "
          "(day 1, so the reason decides). Only a refund is asked: L1 says the reply offers cancellation, so a "
          "cancellation decision would act on a request never made (no extra_ok)")

# k09 L1 and outside window
cust("imran.qureshi@qureshitravels.com", "Imran Qureshi", "quarterly", cps="2025-07-20", cpe="2025-10-19")
lopay("pay_hi_8281", "LO-INV-82081", "imran.qureshi@qureshitravels.com", "quarterly", "3999.00", "719.82",
      "2025-07-20T10:00:00", "2025-07-20", "2025-10-19")
f = eml("k09-unused-outside", "Imran Qureshi <imran.qureshi@qureshitravels.com>", LO,
        "Refund for unused period", (2025, 9, 25, 11, 0, IST),
        "Assalam alaikum,\n\nPichhle 2 mahine se software use hi nahi kiya, season off chal raha hai. Quarterly plan "
        "LO-INV-82081 ka jo bacha hua period hai uska refund de dijiye.\n\nShukriya\nImran Qureshi\nQureshi Tours & Travels")
case("k09-unused-outside", [f], LOB, "decided", [dec("refund", "deny")],
     spec="L1 (unused days, no partial refunds) and L3 (charge 2025-07-20, request day 67): deny either way. "
          "No cancellation asked (an off season): no extra_ok, a cancellation decision would be unrequested")

# k10 trial
cust("kavya.nair.designs@gmail.com", "Kavya Nair", "monthly", status="trial", trial_ends="2025-10-05")
f = eml("k10-trial", "Kavya Nair <kavya.nair.designs@gmail.com>", LO, "Refund request",
        (2025, 9, 29, 16, 0, IST),
        "Hi, maine free trial liya tha aur mujhe tool samajh nahi aaya, bahut complicated hai. Please mera refund "
        "process kar dijiye.\nKavya")
case("k10-trial", [f], LOB, "decided", [dec("refund", "deny")],
     "L7: account status trial, no charges in the ledger -> refund deny; the reply says no billing occurs unless "
     "they subscribe")

# k11 Devanagari cancellation
cust("gupta.hardware@rediffmail.com", "रमेश गुप्ता", "quarterly", cps="2025-08-01", cpe="2025-10-31")
lopay("pay_hi_8291", "LO-INV-82091", "gupta.hardware@rediffmail.com", "quarterly", "3999.00", "719.82",
      "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
f = eml("k11-cancel-devanagari", "Ramesh Gupta <gupta.hardware@rediffmail.com>", LO, "प्लान बंद करना है",
        (2025, 9, 24, 10, 30, IST),
        "नमस्ते जी,\n\nहमारा तिमाही प्लान बंद कर दीजिए। दुकान का सारा काम अब बेटा व्हाट्सऐप से ही संभालता है, इस "
        "सॉफ्टवेयर की ज़रूरत नहीं रही।\n\nरमेश गुप्ता\nगुप्ता हार्डवेयर, कानपुर")
case("k11-cancel-devanagari", [f], LOB, "decided", [dec("cancellation", "cancel", eff="2025-10-31")],
     "L8 cancel, effective current_period_end 2025-10-31")

# k12 Hinglish negation + cancel
cust("siddharth@growthwala.in", "Siddharth Rao", "annual", cps="2025-04-15", cpe="2026-04-14")
lopay("pay_hi_8301", "LO-INV-82101", "siddharth@growthwala.in", "annual", "11988.00", "2157.84",
      "2025-04-15T10:00:00", "2025-04-15", "2026-04-14")
f = eml("k12-no-refund-just-cancel", "Siddharth Rao <siddharth@growthwala.in>", LO, "auto renew band karo",
        (2025, 9, 26, 22, 15, IST),
        "Hi team,\n\nRefund nahi chahiye, bas annual plan aage renew nahi hona chahiye. Cancel kar do please. Hum "
        "apna in-house CRM bana rahe hain.\n\nCheers,\nSid")
case("k12-no-refund-just-cancel", [f], LOB, "decided", [dec("cancellation", "cancel", eff="2026-04-14")],
     "Section 8 negation 'refund nahi chahiye' adds no refund; L8 cancel effective 2026-04-14")

# k13 cancellation fallback, UTC charge crossing into next IST day
cust("harpreet.kaur@punjabdhaba.ca", "Harpreet Kaur", "monthly")
lopay("pay_hi_8311", "LO-INV-82111", "harpreet.kaur@punjabdhaba.ca", "monthly", "1499.00", "269.82",
      "2025-08-31T19:00:00Z")
lopay("pay_hi_8312", "LO-INV-82112", "harpreet.kaur@punjabdhaba.ca", "monthly", "1499.00", "269.82",
      "2025-09-30T19:00:00Z")
f = eml("k13-cancel-fallback-utc", "Harpreet Kaur <harpreet.kaur@punjabdhaba.ca>", LO, "Cancel subscription",
        (2025, 9, 30, 23, 30, EDT),
        "Sat Sri Akal ji,\n\nMujhe apni monthly subscription cancel karwani hai. Dhaba ab sirf walk-in customers "
        "se chalta hai, online leads ki zarurat nahi rahi.\n\nHarpreet Kaur\nPunjab Da Dhaba, Brampton")
case("k13-cancel-fallback-utc", [f], LOB, "decided", [dec("cancellation", "cancel", eff="2025-10-31")],
     "L8 fallback (no current_period_end): last charge 2025-09-30T19:00Z = 2025-10-01 00:30 IST, local date "
     "2025-10-01 + 1 month - 1 day = 2025-10-31 (section 8: the charge's local date; the UTC date would give "
     "2025-10-29). Email Tue 2025-09-30 23:30 -04:00 = 2025-10-01 09:00 IST, before now")

# k14 charged after cancelling
cust("anjali.deshmukh@deshmukhdental.in", "Anjali Deshmukh", "monthly", status="cancelled",
     cps="2025-08-24", cpe="2025-09-23")
lopay("pay_hi_8321", "LO-INV-82121", "anjali.deshmukh@deshmukhdental.in", "monthly", "1499.00", "269.82",
      "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
lopay("pay_hi_8322", "LO-INV-82122", "anjali.deshmukh@deshmukhdental.in", "monthly", "1499.00", "269.82",
      "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f = eml("k14-charged-after-cancel", "Dr. Anjali Deshmukh <anjali.deshmukh@deshmukhdental.in>", LO,
        "Cancel karne ke baad bhi charge", (2025, 9, 25, 9, 40, IST),
        "Hello,\n\nMaine 12 September ko hi apna monthly plan cancel kar diya tha, confirmation mail bhi aaya tha. Phir bhi 24 ko "
        "₹1,499 + GST kat gaye (LO-INV-82122). Ye galat hai, paise wapas kijiye.\n\nDr. Anjali Deshmukh\n"
        "Deshmukh Dental Care, Pune")
case("k14-charged-after-cancel", [f], LOB, "decided", [dec("refund", "escalate")],
     "L2 billing_error (charged after cancelling; the cancellation is a past event, not a new request); charge "
     "2025-09-24, request day 1 -> L5 escalate. The email names the plan (monthly) itself, since the account is "
     "no longer active and section 1 fills the plan from 'their one active subscription'")

# k15 access failure + cancellation
cust("vivek.menon@menonrealty.in", "Vivek Menon", "monthly", cps="2025-09-26", cpe="2025-10-25")
lopay("pay_hi_8331", "LO-INV-82131", "vivek.menon@menonrealty.in", "monthly", "1499.00", "269.82",
      "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f = eml("k15-access-and-cancel", "Vivek Menon <vivek.menon@menonrealty.in>", LO,
        "Platform not loading - refund + cancel", (2025, 9, 28, 12, 0, IST),
        "Hi,\n\n3 din se platform load hi nahi ho raha, sirf spinner ghoomta rehta hai. Support chat pe bhi koi "
        "reply nahi. Is mahine ka payment (LO-INV-82131) wapas karo aur account cancel kar do, bahut ho gaya.\n\nVivek")
case("k15-access-and-cancel", [f], LOB, "decided",
     [dec("refund", "escalate"), dec("cancellation", "cancel", eff="2025-10-25")],
     "Refund: L2 access_failure, day 2 -> L6 escalate. Cancellation: L8 effective 2025-10-25. Both decided")

# k16 billing error without invoice, three charges on record
cust("ritu.bansal@bansalcaterers.in", "Ritu Bansal", "monthly", cps="2025-09-27", cpe="2025-10-26")
for i, (d, a, t) in enumerate([("07-27", "1499.00", "269.82"), ("08-27", "1499.00", "269.82"),
                               ("09-27", "1999.00", "359.82")]):
    lopay(f"pay_hi_834{i}", f"LO-INV-8214{i}", "ritu.bansal@bansalcaterers.in", "monthly", a, t,
          f"2025-{d}T10:00:00")
f = eml("k16-no-invoice", "Ritu Bansal <ritu.bansal@bansalcaterers.in>", LO, "zyada paise kate",
        (2025, 9, 29, 11, 0, IST),
        "Namaste, is baar monthly plan mein zyada paise kate hain, pehle kam aate the. Jo extra kata hai wo refund "
        "kar dijiye.\nRitu Bansal\nBansal Caterers")
case("k16-no-invoice", [f], LOB, "need_info", [], missing=["invoice_number"],
     spec="Section 3: a LeadsOptima refund needs the invoice number; three charges on record and none named -> "
          "need_info invoice_number (C3). Plan comes from the ledger, reason is given ('zyada paise kate')",
     ambiguous="The spec does not say whether the bot may pick the latest charge itself when the invoice is "
               "not named; the required-field list says to ask")

# k17 thread: no reason, no invoice -> answered: duplicate
cust("deepak.chauhan@chauhanmotors.in", "Deepak Chauhan", "monthly", cps="2025-09-25", cpe="2025-10-24")
lopay("pay_hi_8351", "LO-INV-82151", "deepak.chauhan@chauhanmotors.in", "monthly", "1499.00", "269.82",
      "2025-09-25T14:00:00", "2025-09-25", "2025-10-24")
lopay("pay_hi_8352", "LO-INV-82152", "deepak.chauhan@chauhanmotors.in", "monthly", "1499.00", "269.82",
      "2025-09-25T14:01:00", "2025-09-25", "2025-10-24")
f1 = eml("k17-thread-1", "Deepak Chauhan <deepak.chauhan@chauhanmotors.in>", LO, "रिफंड",
         (2025, 9, 26, 10, 0, IST), "मुझे रिफंड चाहिए। जल्दी करें।\nदीपक चौहान")
f2 = eml("k17-thread-2", "Deepak Chauhan <deepak.chauhan@chauhanmotors.in>", LO, "Re: रिफंड [LO-5521]",
         (2025, 9, 29, 17, 0, IST),
         "जी, 25 तारीख को एक ही महीने के पैसे दो बार कटे हैं। दूसरी रसीद LO-INV-82152 है।\nदीपक\n\n"
         "On Fri, 26 Sept 2025 at 12:10, LeadsOptima Support <support@leadsoptima.com> wrote:\n"
         "> Namaste Deepak ji, kripya invoice number aur refund ka kaaran batayein.",
         irt="k17-thread-1.hi12@mail.example")
case("k17-thread-answered", [f1, f2], LOB, "decided", [dec("refund", "approve", "1499.00")],
     "C3 thread merged by In-Reply-To; L2 duplicate ('दो बार कटे'); request time = first email 2025-09-26 = "
     "day 1 (L3); two paid charges same period -> L4 approve 1499.00")

# k18 Dubai NRI, duplicate, day 8 in IST
cust("faisal.shaikh@shaikhtrading.ae", "Faisal Shaikh", "quarterly", cps="2025-09-21", cpe="2025-12-20")
lopay("pay_hi_8361", "LO-INV-82161", "faisal.shaikh@shaikhtrading.ae", "quarterly", "3999.00", "719.82",
      "2025-09-21T10:00:00", "2025-09-21", "2025-12-20")
lopay("pay_hi_8362", "LO-INV-82162", "faisal.shaikh@shaikhtrading.ae", "quarterly", "3999.00", "719.82",
      "2025-09-21T10:00:40", "2025-09-21", "2025-12-20")
f = eml("k18-dup-dubai-day8", "Faisal Shaikh <faisal.shaikh@shaikhtrading.ae>", LO,
        "Payment deducted twice", (2025, 9, 28, 23, 30, GST),
        "Bhai, 21 Sept ko quarterly plan ka payment do baar deduct hua card se. LO-INV-82162 duplicate hai. "
        "Aaj hi 7 din pure hue hain, jaldi refund karo.\nFaisal\nSent from Dubai")
case("k18-dup-dubai-day8", [f], LOB, "decided", [dec("refund", "deny")],
     "Date Sun 2025-09-28 23:30 +04:00 = Mon 2025-09-29 01:00 IST: day 8 after the 2025-09-21 charge (the "
     "brand's zone counts, section 1; Dubai's date would be day 7) -> L3 deny")

# k19 hypothetical
f = eml("k19-hypothetical", "Manish Arora <manisharora.ca@gmail.com>", LO, "annual plan query",
        (2025, 9, 27, 14, 0, IST),
        "Hello, main apne clients ke liye annual plan lene ki soch raha hoon. Agar 2-3 hafte baad laga ki kaam ka "
        "nahi hai, to kya refund milega? Ya monthly se start karna better hai?\nManish Arora, CA")
case("k19-hypothetical", [f], LOB, "other", [],
     "Section 8: a hypothetical policy question before buying -> other")

# k20 how-to, Devanagari
cust("office@yadavagro.in", "यादव एग्रो", "annual", cps="2025-06-01", cpe="2026-05-31")
lopay("pay_hi_8371", "LO-INV-82171", "office@yadavagro.in", "annual", "11988.00", "2157.84",
      "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
f = eml("k20-howto-gst", "Yadav Agro Office <office@yadavagro.in>", LO, "बिल में GST नंबर",
        (2025, 9, 30, 12, 0, IST),
        "नमस्ते, हमारे इनवॉइस पर GSTIN गलत छपा है। नया GSTIN 09AABCY1234F1Z5 है, इसे अकाउंट में कहाँ बदलें? "
        "धन्यवाद।\nयादव एग्रो")
case("k20-howto-gst", [f], LOB, "other", [],
     "A how-to question about invoices (no refund, no cancellation) -> other")

# k21 C2: yahoo address names corporate registered address
cust("accounts@patelpharma.co.in", "Patel Pharma", "quarterly", cps="2025-09-25", cpe="2025-12-24")
lopay("pay_hi_8381", "LO-INV-82181", "accounts@patelpharma.co.in", "quarterly", "3999.00", "719.82",
      "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
lopay("pay_hi_8382", "LO-INV-82182", "accounts@patelpharma.co.in", "quarterly", "3999.00", "719.82",
      "2025-09-25T10:00:30", "2025-09-25", "2025-12-24")
f = eml("k21-c2-yahoo", "Hitesh Patel <hitesh_patel77@yahoo.co.in>", LO, "double payment",
        (2025, 9, 26, 20, 0, IST),
        "Sir, hamari company ka registered id accounts@patelpharma.co.in hai, main personal mail se likh raha hoon "
        "kyunki office band hai. Quarterly ka payment do baar hua, LO-INV-82182 refund karein.\nHitesh Patel")
case("k21-c2-yahoo", [f], LOB, "need_info", [], rules=["C2"],
     spec="C2: sender hitesh_patel77@yahoo.co.in is not the registered email it names -> need_info asking to "
          "write from the address on record, no account details (worked example 5)")

# k22 C2: CA forwards client's request (Gmail forward), 'do the needful'
cust("srinivas@srinivasexports.com", "K. Srinivas", "monthly", cps="2025-09-05", cpe="2025-10-04")
lopay("pay_hi_8391", "LO-INV-82191", "srinivas@srinivasexports.com", "monthly", "1499.00", "269.82",
      "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
f = eml("k22-fwd-ca-c2", "CA Ramesh Iyer <ramesh@iyerassociates.in>", LO, "Fwd: Cancel LeadsOptima",
        (2025, 9, 29, 11, 30, IST),
        "Dear Team,\nPlease find below mail from our client. Kindly do the needful.\n\nRegards\nCA Ramesh Iyer\n\n"
        "---------- Forwarded message ---------\nFrom: K. Srinivas <srinivas@srinivasexports.com>\n"
        "Date: Mon, 29 Sept 2025 at 09:02\nSubject: Cancel LeadsOptima\nTo: Ramesh Iyer <ramesh@iyerassociates.in>\n\n"
        "Ramesh ji, LeadsOptima ka monthly plan band karwa dijiye, account mere mail srinivas@srinivasexports.com "
        "pe hai. Export orders ab sirf distributors se aa rahe hain.\nSrinivas")
case("k22-fwd-ca-c2", [f], LOB, "need_info", [], rules=["C2"],
     spec="Section 8 'Forwards': the forwarded request names registered email srinivas@srinivasexports.com, "
          "not the sender ramesh@iyerassociates.in -> C2 need_info; 'do the needful' is not a reason")

# k23 C4 consumer court
cust("amit.saxena@saxenaclasses.in", "Amit Saxena", "monthly", cps="2025-09-27", cpe="2025-10-26")
lopay("pay_hi_8401", "LO-INV-82201", "amit.saxena@saxenaclasses.in", "monthly", "2499.00", "449.82",
      "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
f = eml("k23-c4-consumer-court", "Amit Saxena <amit.saxena@saxenaclasses.in>", LO,
        "Galat charge - consumer court jaunga", (2025, 9, 28, 21, 0, IST),
        "Mera plan 1,499 ka tha, aapne 2,499 kaat liye (LO-INV-82201). 48 ghante mein paisa wapas nahi aaya to "
        "consumer court mein case karunga aur cyber cell mein bhi complaint dunga.\nAmit Saxena")
case("k23-c4-consumer-court", [f], LOB, "decided", [dec("refund", "escalate")], rules=["C4"],
     spec="C4: consumer court / cyber cell threat -> escalate (L5 would escalate too; the rule C4 must be named)")

# k24 C4 Devanagari chargeback, refund + cancel
cust("sanjay.mishra@mishraprinters.in", "संजय मिश्रा", "monthly", cps="2025-09-22", cpe="2025-10-21")
lopay("pay_hi_8411", "LO-INV-82211", "sanjay.mishra@mishraprinters.in", "monthly", "1499.00", "269.82",
      "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
f = eml("k24-c4-chargeback-both", "Sanjay Mishra <sanjay.mishra@mishraprinters.in>", LO,
        "अकाउंट बंद करो और पैसे लौटाओ", (2025, 9, 24, 18, 0, IST),
        "एक हफ्ते से लॉगिन नहीं हो रहा। मेरा अकाउंट तुरंत बंद करो और LO-INV-82211 का पैसा लौटाओ, वरना बैंक में "
        "chargeback डाल दूँगा।\nसंजय मिश्रा, मिश्रा प्रिंटर्स")
case("k24-c4-chargeback-both", [f], LOB, "decided",
     [dec("refund", "escalate"), dec("cancellation", "escalate")], rules=["C4"],
     spec="Section 8 'C4 covers the whole case': chargeback threat escalates the refund and the cancellation")

# k25 C7 Hindi out-of-office
f = eml("k25-c7-ooo", "Sneha Kulkarni <sneha.k@kulkarniinteriors.in>", LO,
        "स्वचालित उत्तर: Re: आपका रिफंड अनुरोध [LO-5530]", (2025, 9, 30, 9, 0, IST),
        "नमस्ते, मैं 6 अक्टूबर तक छुट्टी पर हूँ। रिफंड या बिलिंग से जुड़े मामलों के लिए accounts@kulkarniinteriors.in "
        "पर लिखें।\nस्नेहा",
        headers={"Auto-Submitted": "auto-replied"})
case("k25-c7-ooo", [f], LOB, "ignore", [], rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore")

# k26 C7 postmaster DSN
msg = EmailMessage(policy=policy.SMTP)
msg["From"] = "postmaster@mail.bsnl.in"
msg["To"] = LO
msg["Subject"] = "Undeliverable: Re: Refund request [LO-5502]"
msg["Date"] = format_datetime(datetime(2025, 9, 29, 14, 5, 0, tzinfo=IST))
msg["Message-ID"] = "<k26-c7-postmaster.hi12@mail.example>"
msg.set_content("Delivery has failed to these recipients: old.user@bsnl.in\n\nMail box full / mailbox bhara hua hai.")
dsn = EmailMessage(policy=policy.SMTP)
dsn["Content-Type"] = "message/delivery-status"
per_msg, per_rcpt = EmailMessage(policy=policy.SMTP), EmailMessage(policy=policy.SMTP)
per_msg["Reporting-MTA"] = "dns; mail.bsnl.in"
per_rcpt["Final-Recipient"] = "rfc822; old.user@bsnl.in"
per_rcpt["Action"] = "failed"
per_rcpt["Status"] = "5.2.2"
dsn.set_payload([per_msg, per_rcpt])
msg.make_mixed()
msg.attach(dsn)
msg.set_type("multipart/report")
msg.set_param("report-type", "delivery-status")
msg.set_boundary("=_dsn_k26-c7-postmaster")
with open(os.path.join(HERE, "emails", "k26-c7-postmaster.eml"), "wb") as fh:
    fh.write(msg.as_bytes())
case("k26-c7-postmaster", ["emails/k26-c7-postmaster.eml"], LOB, "ignore", [], rules=["C7"],
     spec="C7: postmaster sender, delivery-status report -> ignore")

# k27 HTML-only Hinglish, wrong plan charged (annual instead of quarterly)
cust("marketing@lotusayurveda.in", "Lotus Ayurveda", "quarterly", cps="2025-09-30", cpe="2025-12-29")
lopay("pay_hi_8421", "LO-INV-82221", "marketing@lotusayurveda.in", "annual", "11988.00", "2157.84",
      "2025-09-30T10:00:00", "2025-09-30", "2026-09-29")
f = eml("k27-html-wrong-plan", "Lotus Ayurveda Marketing <marketing@lotusayurveda.in>", LO,
        "Quarterly ki jagah annual charge", (2025, 9, 30, 18, 0, IST), None,
        "<html><body><div>Hello LeadsOptima team,</div><div><br></div><div>Humara plan <b>quarterly</b> hai par "
        "aaj renewal mein <b>annual</b> ka ₹11,988 + GST charge ho gaya (LO-INV-82221). Ye plan humne kabhi select "
        "nahi kiya. Extra amount refund kijiye aur quarterly hi continue rakhiye.</div><div><br></div>"
        "<div>Warm regards,<br>Team Lotus Ayurveda<br><i>Pure. Natural. Trusted.</i></div></body></html>")
case("k27-html-wrong-plan", [f], LOB, "decided", [dec("refund", "escalate")],
     "HTML-only. L2 billing_error (charged for the wrong plan); charge 2025-09-30, request day 0 -> L5 escalate")

# ---------------------------------------------------------------- Optima WebDesign
# w01 deposit inside 72 h, lakh format
proj("Shree Balaji Jewellers", "info@shreebalajijewellers.in")
owpay("pay_hi_w01", "OWD-2025-801", "Shree Balaji Jewellers", "deposit", "120000.00", "21600.00",
      "2025-09-27T16:00:00")
f = eml("w01-deposit-inside", "Shree Balaji Jewellers <info@shreebalajijewellers.in>", OWD,
        "Refund Request — Shree Balaji Jewellers / OWD-2025-801", (2025, 9, 28, 11, 0, IST),
        "Namaskar Optima team,\n\nKal humne e-commerce website ke liye ₹1,20,000 + GST advance diya tha (OWD-2025-801). "
        "Ghar mein baat hui, papa chahte hain pehle Diwali season nikal jaye, abhi website nahi banwani. Koi kaam shuru "
        "nahi hua hai, to advance wapas kar dijiye.\n\nDhanyavaad\nNikhil Soni\nShree Balaji Jewellers, Jaipur")
case("w01-deposit-inside", [f], OWB, "decided", [dec("refund", "approve", "120000.00")], extra_ok=True,
     spec="O2: paid 2025-09-27 16:00, request 2025-09-28 11:00 IST = 19 h < 72 h, no work started -> approve "
          "120000.00 before tax")

# w02 deposit at 71.5 h
proj("Green Leaf Cafe", "owner@greenleafcafe.in")
owpay("pay_hi_w02", "OWD-2025-802", "Green Leaf Cafe", "deposit", "50000.00", "9000.00", "2025-09-26T18:00:00")
f = eml("w02-deposit-71h", "Green Leaf Cafe <owner@greenleafcafe.in>", OWD, "booking amount wapas chahiye",
        (2025, 9, 29, 17, 30, IST),
        "Hi Optima,\nGreen Leaf Cafe ki website ka booking amount (inv OWD-2025-802) Friday shaam ko diya tha. Lease "
        "cancel ho gayi hai, cafe ab open hi nahi hoga. Please booking amount refund kar dijiye.\nKaran")
case("w02-deposit-71h", [f], OWB, "decided", [dec("refund", "approve", "50000.00")], extra_ok=True,
     spec="O2: paid Fri 2025-09-26 18:00, request Mon 2025-09-29 17:30 IST = 71 h 30 min < 72 h, no work "
          "started -> approve 50000.00")

# w03 deposit after 75 h
proj("Royal Rajputana Tours", "booking@royalrajputanatours.com")
owpay("pay_hi_w03", "OWD-2025-803", "Royal Rajputana Tours", "deposit", "40000.00", "7200.00",
      "2025-09-20T10:00:00")
f = eml("w03-deposit-75h", "Royal Rajputana Tours <booking@royalrajputanatours.com>", OWD,
        "Deposit refund - Royal Rajputana Tours", (2025, 9, 23, 13, 0, IST),
        "Dear Sir,\nHumne 20 tareekh ko deposit diya tha (OWD-2025-803). Ab humein lag raha hai quote zyada hai, "
        "doosri agency sasta bana rahi hai. Deposit refund kar dijiye.\nThakur Vikram Singh")
case("w03-deposit-75h", [f], OWB, "decided", [dec("refund", "deny")], extra_ok=True,
     spec="O2: paid 2025-09-20 10:00, request 2025-09-23 13:00 IST = 75 h >= 72 h -> deny")

# w04 discovery, session done (Devanagari)
proj("आरोग्य आयुर्वेद केंद्र", "contact@aarogyakendra.in", started="2025-09-15T11:00:00")
owpay("pay_hi_w04", "OWD-2025-804", "आरोग्य आयुर्वेद केंद्र", "discovery", "18000.00", "3240.00",
      "2025-09-12T10:00:00")
f = eml("w04-discovery-started", "आरोग्य आयुर्वेद केंद्र <contact@aarogyakendra.in>", OWD,
        "रणनीति शुल्क की वापसी", (2025, 9, 25, 12, 0, IST),
        "आदरणीय महोदय,\n\nआरोग्य आयुर्वेद केंद्र प्रोजेक्ट की स्ट्रैटेजी मीटिंग 15 तारीख को हुई, पर जो सुझाव दिए गए वे हमारे "
        "काम के नहीं हैं। कृपया इनवॉइस OWD-2025-804 का पूरा शुल्क लौटा दें।\n\nवैद्य शंकर दत्त")
case("w04-discovery-started", [f], OWB, "decided", [dec("refund", "deny")],
     "O1: a session started 2025-09-15, before the request -> deny")

# w05 milestone not started
proj("Mehta Furniture Mart", "mehtafurniture@gmail.com", started="2025-08-01T10:00:00")
owpay("pay_hi_w05", "OWD-2025-805", "Mehta Furniture Mart", "milestone", "75000.00", "13500.00",
      "2025-09-18T10:00:00", milestone_status="not_started")
f = eml("w05-milestone-not-started", "Mehta Furniture <mehtafurniture@gmail.com>", OWD,
        "Phase 3 refund", (2025, 9, 26, 16, 30, IST),
        "Namaste,\n\nMehta Furniture Mart project ka Phase 3 (3D product viewer, OWD-2025-805) ke liye ₹75,000 + 18% "
        "GST pay kiya tha. Humne decide kiya hai ki 3D viewer nahi chahiye, budget showroom renovation mein jaa raha "
        "hai. Ye phase abhi start nahi hua hai, to iska paisa wapas kar dijiye.\n\nRajesh Mehta")
case("w05-milestone-not-started", [f], OWB, "decided", [dec("refund", "approve", "75000.00")],
     "O3: milestone not_started -> approve its amount before tax 75000.00 (GST not refunded, C6)")

# w06 milestone completed
proj("Little Stars Playschool", "admin@littlestarsplayschool.in", started="2025-07-01T10:00:00")
owpay("pay_hi_w06", "OWD-2025-806", "Little Stars Playschool", "milestone", "25000.00", "4500.00",
      "2025-08-10T10:00:00", milestone_status="completed")
f = eml("w06-milestone-completed", "Little Stars Admin <admin@littlestarsplayschool.in>", OWD,
        "Refund for admission form module", (2025, 9, 24, 10, 0, IST),
        "Hello, admission form wala module (OWD-2025-806, Little Stars Playschool) ban gaya hai but hum abhi bhi "
        "Google Form hi use kar rahe hain, parents ko wahi aasaan lagta hai. Is module ka paisa refund kijiye.\nShalini")
case("w06-milestone-completed", [f], OWB, "decided", [dec("refund", "deny")],
     "O3/O6: milestone completed -> deny (completed deliverables are non-refundable)")

# w07 milestone in progress (Devanagari)
proj("कृषि मित्र पोर्टल", "krishimitra.ngo@gmail.com", started="2025-07-15T10:00:00")
owpay("pay_hi_w07", "OWD-2025-807", "कृषि मित्र पोर्टल", "milestone", "55000.00", "9900.00",
      "2025-09-05T10:00:00", milestone_status="in_progress")
f = eml("w07-milestone-in-progress", "कृषि मित्र <krishimitra.ngo@gmail.com>", OWD,
        "मोबाइल ऐप चरण रोकें", (2025, 9, 27, 15, 0, IST),
        "नमस्ते,\n\nकृषि मित्र पोर्टल का मोबाइल ऐप वाला चरण (इनवॉइस OWD-2025-807) अभी बीच में है। हमारी फंडिंग अगले "
        "साल तक रुक गई है, इसलिए इस चरण का जो काम अभी नहीं हुआ उसका पैसा वापस चाहिए।\n\nसुरेश पाटिल\nसचिव, कृषि मित्र संस्था")
case("w07-milestone-in-progress", [f], OWB, "decided", [dec("refund", "escalate")], extra_ok=True,
     spec="O3: milestone in_progress -> escalate (value of work not started needs a person)")

# w08 hosting annual with setup
proj("Sai Krupa Hospital", "it@saikrupahospital.in", started="2025-05-01T10:00:00")
owpay("pay_hi_w08", "OWD-2025-808", "Sai Krupa Hospital", "hosting_annual", "11999.00", "2159.82",
      "2025-09-25T10:00:00", setup_fee="1499.00", service_start="2025-09-26")
f = eml("w08-hosting-inside", "IT Sai Krupa Hospital <it@saikrupahospital.in>", OWD,
        "Annual hosting cancel + refund", (2025, 9, 29, 14, 0, IST),
        "Dear Optima team,\n\nSai Krupa Hospital website ki annual hosting (OWD-2025-808) hum cancel karna chahte hain "
        "kyunki hospital group ne central AWS server le liya hai. Policy ke hisaab se 14 din ke andar prorated "
        "refund bana dijiye.\n\nRegards,\nPrakash Naik, IT In-charge")
case("w08-hosting-inside", [f], OWB, "decided", [dec("refund", "approve", "9625.00")], extra_ok=True,
     spec="O5: service_start 2025-09-26, request 2025-09-29 = day 3; monthly_value = (11999.00 - 1499.00)/12 = "
          "875.00; refund = 11999.00 - 1499.00 - 875.00 x 1 = 9625.00; cancellation part tolerated")

# w09 maintenance annual, HTML-only, rounding, day 13
proj("Vidya Niketan School", "principal@vidyaniketan.edu.in", started="2025-04-01T10:00:00")
owpay("pay_hi_w09", "OWD-2025-809", "Vidya Niketan School", "maintenance_annual", "17777.00", "3199.86",
      "2025-09-17T10:00:00", setup_fee="0.00", service_start="2025-09-18")
f = eml("w09-maintenance-rounding", "Principal Vidya Niketan <principal@vidyaniketan.edu.in>", OWD,
        "वार्षिक मेंटेनेंस रद्द करें - Vidya Niketan School", (2025, 10, 1, 8, 30, IST), None,
        "<html><body><p>महोदय,</p><p>Vidya Niketan School की वेबसाइट का वार्षिक मेंटेनेंस प्लान (OWD-2025-809) रद्द "
        "करना है, क्योंकि शिक्षा विभाग ने सभी स्कूलों के लिए सरकारी पोर्टल अनिवार्य कर दिया है। कृपया नीति के अनुसार "
        "आनुपातिक राशि लौटाएँ।</p><p>सादर,<br>प्रधानाचार्य<br>विद्या निकेतन स्कूल, भोपाल</p></body></html>")
case("w09-maintenance-rounding", [f], OWB, "decided", [dec("refund", "approve", "16295.58")], extra_ok=True,
     spec="HTML-only. O5: service_start 2025-09-18, request 2025-10-01 08:30 IST = day 13; monthly_value = "
          "17777.00/12 = 1481.41666...; refund = 17777.00 - 0 - 1481.41666... = 16295.58333... -> 16295.58 "
          "(rounded once, C6)")

# w10 hosting day 20
proj("Ganga Sagar Resorts", "gm@gangasagarresorts.com", started="2025-04-01T10:00:00")
owpay("pay_hi_w10", "OWD-2025-810", "Ganga Sagar Resorts", "hosting_annual", "15000.00", "2700.00",
      "2025-09-04T10:00:00", setup_fee="3000.00", service_start="2025-09-05")
f = eml("w10-hosting-day20", "GM Ganga Sagar <gm@gangasagarresorts.com>", OWD, "hosting refund",
        (2025, 9, 25, 10, 0, IST),
        "Hello, Ganga Sagar Resorts ki annual hosting OWD-2025-810 cancel karke bache hue mahino ka refund chahiye. "
        "Resort ka naya management apna vendor la raha hai.\nR. K. Tripathi, GM")
case("w10-hosting-day20", [f], OWB, "decided", [dec("refund", "deny")], extra_ok=True,
     spec="O5: service_start 2025-09-05, request 2025-09-25 = day 20 > 14 -> deny")

# w11 third party (premium theme licence)
proj("Bhatia Properties", "sales@bhatiaproperties.in", started="2025-08-01T10:00:00")
owpay("pay_hi_w11", "OWD-2025-811", "Bhatia Properties", "third_party", "5900.00", "1062.00",
      "2025-09-28T10:00:00")
f = eml("w11-third-party-theme", "Bhatia Properties <sales@bhatiaproperties.in>", OWD,
        "Premium theme ka refund", (2025, 9, 29, 12, 0, IST),
        "Hi, Bhatia Properties ke liye jo premium theme licence kharida gaya (OWD-2025-811), wo design hume pasand "
        "nahi aaya. Uska refund kar do, hum free theme se kaam chala lenge.\nGaurav Bhatia")
case("w11-third-party-theme", [f], OWB, "decided", [dec("refund", "deny")],
     "O6: third_party (premium theme licence) never refundable -> deny citing Non-refundable items")

# w12 setup fee
proj("Fit India Gym Chain", "ops@fitindiagyms.in", started="2025-09-01T10:00:00")
owpay("pay_hi_w12", "OWD-2025-812", "Fit India Gym Chain", "setup", "8000.00", "1440.00", "2025-09-24T10:00:00")
f = eml("w12-setup-fee", "Fit India Ops <ops@fitindiagyms.in>", OWD, "Activation charges refund",
        (2025, 9, 26, 17, 0, IST),
        "Team Optima,\nFit India Gym Chain ke membership portal ke setup/activation charges (OWD-2025-812) wapas "
        "chahiye, hum portal launch postpone kar rahe hain next year tak.\nOps Team")
case("w12-setup-fee", [f], OWB, "decided", [dec("refund", "deny")],
     "O6: setup/activation fee never refundable -> deny")

# w13 retainer, enough notice
proj("Desi Tadka Restaurants", "marketing@desitadka.co.in", started="2025-01-15T10:00:00")
owpay("pay_hi_w13", "OWD-2025-813", "Desi Tadka Restaurants", "retainer", "30000.00", "5400.00",
      "2025-09-15T10:00:00", next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
f = eml("w13-retainer-notice-ok", "Desi Tadka Marketing <marketing@desitadka.co.in>", OWD,
        "Retainer band karna hai - Desi Tadka", (2025, 9, 25, 11, 0, IST),
        "Hi Optima,\n\nDesi Tadka Restaurants ka monthly social media retainer (last invoice OWD-2025-813) band karna "
        "hai. Humne in-house social media manager hire kar liya hai. Is mahine ka kaam pura kar dijiye, uske baad "
        "renew mat kijiye.\n\nThanks,\nSimran Kohli")
case("w13-retainer-notice-ok", [f], OWB, "decided", [dec("cancellation", "cancel", eff="2025-10-14")],
     "O4/O8: next_billing_at 2025-10-15; request 2025-09-25 <= 2025-10-08 -> cancel, effective the day before "
     "next_billing_at = 2025-10-14")

# w14 retainer, short notice (Devanagari)
proj("सरस्वती प्रकाशन", "saraswatiprakashan@gmail.com", started="2025-02-03T10:00:00")
owpay("pay_hi_w14", "OWD-2025-814", "सरस्वती प्रकाशन", "retainer", "10000.00", "1800.00",
      "2025-09-03T10:00:00", next_billing_at="2025-10-03T00:00:00", ps="2025-09-03", pe="2025-10-02")
f = eml("w14-retainer-short-notice", "सरस्वती प्रकाशन <saraswatiprakashan@gmail.com>", OWD,
        "मासिक अनुबंध समाप्त करें", (2025, 9, 30, 16, 0, IST),
        "नमस्कार,\n\nसरस्वती प्रकाशन का मासिक सपोर्ट अनुबंध (OWD-2025-814) समाप्त करना है। प्रकाशन का ऑनलाइन बिक्री "
        "का काम अब Amazon से ही होगा।\n\nओमप्रकाश शर्मा\nप्रबंधक")
case("w14-retainer-short-notice", [f], OWB, "decided", [dec("cancellation", "cancel", eff="2025-11-02")],
     "O4: next_billing_at 2025-10-03; request 2025-09-30 is after 2025-09-26 (10-03 minus 7) -> the next cycle "
     "2025-10-03..2025-11-02 (monthly like 09-03..10-02) is billed; effective 2025-11-02")

# w15 retainer cancel + refund of the current month
proj("TechNova Solutions", "admin@technovasolutions.in", started="2025-03-20T10:00:00")
owpay("pay_hi_w15", "OWD-2025-815", "TechNova Solutions", "retainer", "22000.00", "3960.00",
      "2025-09-20T10:00:00", next_billing_at="2025-10-20T00:00:00", ps="2025-09-20", pe="2025-10-19")
f = eml("w15-retainer-refund-current", "TechNova Admin <admin@technovasolutions.in>", OWD,
        "Cancel retainer and refund September", (2025, 9, 26, 10, 0, IST),
        "Hello,\n\nTechNova Solutions ka SEO retainer cancel kar dijiye (OWD-2025-815). Company ka merger ho raha hai "
        "aur marketing parent company dekhegi. Is mahine ka bhi refund chahiye kyunki 20 tareekh se koi kaam hua "
        "hi nahi dikh raha.\n\nAbhinav Joshi\nAdmin Manager")
case("w15-retainer-refund-current", [f], OWB, "decided",
     [dec("refund", "deny"), dec("cancellation", "cancel", eff="2025-10-19")],
     "O4: 'The current period is never refunded' -> refund deny; notice: request 2025-09-26 <= 2025-10-13 "
     "(10-20 minus 7) -> cancel effective 2025-10-19")

# w16 C2 personal address (Devanagari)
proj("श्री गणेश कैटरर्स", "ganeshcaterers.official@gmail.com")
owpay("pay_hi_w16", "OWD-2025-816", "श्री गणेश कैटरर्स", "deposit", "25000.00", "4500.00", "2025-09-29T12:00:00")
f = eml("w16-c2-personal", "महेश जोशी <mahesh.joshi1975@gmail.com>", OWD, "एडवांस वापस करें",
        (2025, 9, 30, 10, 0, IST),
        "नमस्ते, मैं श्री गणेश कैटरर्स का मालिक हूँ। कल वेबसाइट का एडवांस (OWD-2025-816) दिया था पर अब बजट नहीं है, "
        "कृपया वापस कर दें। कंपनी का ईमेल बेटा चलाता है इसलिए अपने ईमेल से लिख रहा हूँ।\nमहेश जोशी")
case("w16-c2-personal", [f], OWB, "need_info", [], rules=["C2"],
     spec="C2 (Optima explicit): not emailed from the contract email ganeshcaterers.official@gmail.com -> need_info "
          "asking to write from it; no account details")

# w17 refund, no reason
proj("Omkar Logistics", "billing@omkarlogistics.in")
owpay("pay_hi_w17", "OWD-2025-817", "Omkar Logistics", "deposit", "30000.00", "5400.00", "2025-09-29T10:00:00")
f = eml("w17-no-reason", "Omkar Logistics Billing <billing@omkarlogistics.in>", OWD,
        "Refund Request — Omkar Logistics / OWD-2025-817", (2025, 9, 30, 11, 0, IST),
        "Dear Sir/Madam,\n\nKindly refund the deposit paid against invoice OWD-2025-817 for project Omkar Logistics. "
        "Please do the needful at the earliest.\n\nThanks & Regards,\nAccounts Team\nOmkar Logistics Pvt. Ltd.\n\n"
        "DISCLAIMER: This e-mail is confidential and intended only for the addressee.")
case("w17-no-reason", [f], OWB, "need_info", [], missing=["reason"],
     spec="Section 8: restating the request, 'do the needful', signature and disclaimer are not reasons; Optima "
          "requires a reason -> need_info missing reason (C3)")

# w18 thread: invoice missing, answered with a PO number
proj("Annapurna Foods", "purchase@annapurnafoods.in", started="2025-08-01T10:00:00")
owpay("pay_hi_w18", "PO-4471", "Annapurna Foods", "milestone", "36000.00", "6480.00",
      "2025-09-10T10:00:00", milestone_status="not_started")
owpay("pay_hi_w18b", "OWD-2025-818", "Annapurna Foods", "milestone", "36000.00", "6480.00",
      "2025-08-10T10:00:00", milestone_status="approved")
f1 = eml("w18-thread-1", "Annapurna Purchase <purchase@annapurnafoods.in>", OWD,
         "Annapurna Foods - milestone refund", (2025, 9, 24, 12, 0, IST),
         "Hello,\nAnnapurna Foods project mein distributor login wala milestone hum drop kar rahe hain, distributors "
         "WhatsApp ordering hi chahte hain. Us milestone ka paisa refund kar dijiye, kaam shuru nahi hua hai.\nAnil Rathi")
f2 = eml("w18-thread-2", "Annapurna Purchase <purchase@annapurnafoods.in>", OWD,
         "Re: Annapurna Foods - milestone refund [OWD-4432]", (2025, 9, 25, 10, 30, IST),
         "Hi, humare PO ka number PO 4471 hai.\nAnil\n\n> Please share the invoice / PO / payment reference.",
         irt="w18-thread-1.hi12@mail.example")
case("w18-thread-po", [f1, f2], OWB, "decided", [dec("refund", "approve", "36000.00")],
     "C3 thread: the project has two milestone payments, so the first email lacks the payment reference; the "
     "answer 'PO 4471' = PO-4471 (section 8 separators), milestone not_started -> O3 approve 36000.00")

# w19 C4 legal notice
proj("Kesari Fashion House", "kesarifashion@gmail.com", started="2025-09-25T10:00:00")
owpay("pay_hi_w19", "OWD-2025-819", "Kesari Fashion House", "deposit", "45000.00", "8100.00",
      "2025-09-24T10:00:00")
f = eml("w19-c4-legal-notice", "Kesari Fashion <kesarifashion@gmail.com>", OWD,
        "Advance refund nahi hua to legal action", (2025, 9, 27, 19, 0, IST),
        "Aapki team ne jo mockup bheja wo bilkul bekaar hai. Kesari Fashion House ka advance OWD-2025-819 turant wapas "
        "karo warna mera lawyer aapko legal notice bhejega.\nSandeep Kesari")
case("w19-c4-legal-notice", [f], OWB, "decided", [dec("refund", "escalate")], rules=["C4"], extra_ok=True,
     spec="C4: lawyer / legal notice -> escalate (O2 alone would deny: work started 2025-09-25)")

# w20 C7 auto-generated helpdesk acknowledgement
f = eml("w20-c7-helpdesk", "Zoho Desk <support@shreeramsoftware.zohodesk.in>", OWD,
        "[##84421##] Aapki request mil gayi hai: Refund / cancellation", (2025, 9, 29, 9, 0, IST),
        "Dhanyavaad! Aapki ticket #84421 register ho gayi hai. Hamari team 24 ghante mein sampark karegi.\n"
        "Ye ek automated mail hai, kripya reply na karein.",
        headers={"Auto-Submitted": "auto-generated"})
case("w20-c7-helpdesk", [f], OWB, "ignore", [], rules=["C7"], spec="C7: Auto-Submitted: auto-generated -> ignore")

# w21 other: GST invoice copy
proj("Navkar Tiles", "navkartiles@gmail.com", started="2025-06-01T10:00:00")
owpay("pay_hi_w21", "OWD-2025-821", "Navkar Tiles", "milestone", "20000.00", "3600.00",
      "2025-09-01T10:00:00", milestone_status="approved")
f = eml("w21-other-gst-copy", "Navkar Tiles <navkartiles@gmail.com>", OWD, "GST invoice copy chahiye",
        (2025, 9, 29, 15, 0, IST),
        "Hello, Navkar Tiles project ke OWD-2025-821 ka GST invoice PDF dobara bhej dijiye, CA ko filing ke liye "
        "chahiye. Refund ya kuch aur nahi chahiye, bas copy.\nJain saab")
case("w21-other-gst-copy", [f], OWB, "other", [],
     "Request for an invoice copy, with negation 'Refund ... nahi chahiye' -> neither refund nor cancellation: other")

# w22 Outlook forward by a manager naming the director's contract address
proj("Pinnacle Realtors", "director@pinnaclerealtors.in", started="2025-03-01T10:00:00")
owpay("pay_hi_w22", "OWD-2025-822", "Pinnacle Realtors", "retainer", "18000.00", "3240.00",
      "2025-09-12T10:00:00", next_billing_at="2025-10-12T00:00:00", ps="2025-09-12", pe="2025-10-11")
f = eml("w22-fwd-manager-c2", "Marketing Manager <marketing@pinnaclerealtors.in>", OWD,
        "FW: Retainer cancellation - Pinnacle Realtors", (2025, 9, 26, 12, 0, IST),
        "PFB director sir ka mail. Please process.\n\nNeeraj\n\n"
        "From: Director Pinnacle Realtors <director@pinnaclerealtors.in>\nSent: Friday, September 26, 2025 10:15 AM\n"
        "To: Marketing Manager <marketing@pinnaclerealtors.in>\nSubject: Retainer cancellation - Pinnacle Realtors\n\n"
        "Neeraj, Optima ka monthly retainer (OWD-2025-822) cancel karwa do. Contract mere email "
        "director@pinnaclerealtors.in pe hai. Leads quality theek nahi aa rahi.\nR. Malhotra")
case("w22-fwd-manager-c2", [f], OWB, "need_info", [], rules=["C2"],
     spec="Section 8 'Forwards': the forwarded request names contract email director@pinnaclerealtors.in, not "
          "the sender marketing@pinnaclerealtors.in -> C2 need_info")

# w23 contract email in other letter case: verified; discovery not started
proj("Sunrise Physiotherapy", "care@sunrisephysio.in")
owpay("pay_hi_w23", "OWD-2025-823", "Sunrise Physiotherapy", "discovery", "12500.00", "2250.00",
      "2025-09-22T10:00:00")
f = eml("w23-case-insensitive", "Sunrise Physio <Care@SunrisePhysio.in>", OWD,
        "Discovery fee refund - Sunrise Physiotherapy", (2025, 9, 26, 18, 0, IST),
        "Hello team,\n\nSunrise Physiotherapy ke liye discovery/strategy fee (OWD-2025-823) pay ki thi, session abhi "
        "schedule bhi nahi hua. Dr. Kulkarni ne clinic doosre shehar shift karne ka decide kiya hai, isliye abhi "
        "website nahi banwani. Poori fee refund kar dijiye.\n\nDr. Aditi Kulkarni")
case("w23-case-insensitive", [f], OWB, "decided", [dec("refund", "approve", "12500.00")], extra_ok=True,
     spec="Section 8: addresses compare case-insensitively (Care@SunrisePhysio.in = care@sunrisephysio.in); O1: "
          "work_started_at empty -> approve 12500.00")


# ---------------------------------------------------------------- write
with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
    json.dump({"customers": customers, "projects": projects, "payments": payments}, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump({"cases": cases}, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(len(cases), "cases")
