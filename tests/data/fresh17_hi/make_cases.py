"""fresh17_hi: Hindi and Hinglish held-out cases (UP, Bihar, MP, Rajasthan, Haryana, Uttarakhand,
Jharkhand, Chhattisgarh; Hindi as a second language in Gujarat, Maharashtra, Punjab, Kolkata,
Chennai). Stdlib only, deterministic: writes ledger.json, emails/*.eml, expected.json
beside this file. Written from POLICY_SPEC.md alone."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "hi"
LO = "LeadsOptima Support <support@leadsoptima.com>"
LOADDR = "support@leadsoptima.com"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"

TZ = {"BR": -3 * 60, "PT": 60, "AZ": 0, "CV": -60, "GW": 0, "ST": 0, "TL": 9 * 60, "MO": 8 * 60, "IN": 330}


def dt(s: str, zone: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=timezone(timedelta(minutes=TZ[zone])))


# ---------------------------------------------------------------- ledger
def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started=None):
    return {"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started}


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    return base


M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

CUSTOMERS, PROJECTS, PAYMENTS = [], [], []


def C(*a, **k):
    CUSTOMERS.append(cust(*a, **k))


def P(*a, **k):
    PAYMENTS.append(lopay(*a, **k))


def J(*a, **k):
    PROJECTS.append(proj(*a, **k))


def W(*a, **k):
    PAYMENTS.append(owpay(*a, **k))


# ---------------------------------------------------------------- mail
FILES: dict[str, bytes] = {}
CASES: list[dict] = []


def mail(fn, frm, to, when, subject, body, *, html=None, reply_to=None, irt=None, refs=None, headers=None,
         cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    dom = frm.split("@")[-1].strip(">").strip() or "localhost"
    m["Message-ID"] = f"<{fn}.{when.strftime('%Y%m%d%H%M')}@{dom}>"
    if reply_to:
        m["Reply-To"] = reply_to
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = " ".join(refs or [irt])
    for k, v in (headers or {}).items():
        m[k] = v
    if html is not None and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    name = f"emails/{fn}.eml"
    FILES[name] = m.as_bytes(policy=SMTP)
    return m["Message-ID"]


def case(cid, brand, status, files, spec, decisions=(), rules=(), missing=None, extra_ok=False, ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": [f"emails/{f}.eml" for f in files], "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


# ================================================================ LeadsOptima cases
def lo_cases():
    # l01 duplicate, approve (Lucknow, Hinglish)
    e = "rajat.srivastava@awadhtraders.in"
    C(e, "Rajat Srivastava", "monthly", start="2025-09-20", end="2025-10-19")
    P("hi_p0101", "LO-INV-80101", e, "monthly", *M, "2025-09-20T09:05:00", "2025-09-20", "2025-10-19")
    P("hi_p0102", "LO-INV-80102", e, "monthly", *M, "2025-09-20T09:07:00", "2025-09-20", "2025-10-19")
    mail("l01-do-baar-kata", f"Rajat Srivastava <{e}>", LO, dt("2025-09-24T11:12", "IN"),
         "paise do baar kat gaye",
         "Namaste sir,\n\nMere card se 20 tareekh ko monthly plan ke paise do baar kat gaye, Rs 1,499 + GST "
         "dono baar, 2 minute ke gap mein. Doosri invoice LO-INV-80102 hai. Kripya extra wala payment wapas "
         "kar dijiye.\n\nDhanyawaad\nRajat Srivastava\nAwadh Traders, Lucknow\nSent from my Redmi\n")
    case("l01-do-baar-kata", LOB, "decided", ["l01-do-baar-kata"],
         "L2 duplicate + L4: two paid 1499.00 charges, same period; request 2025-09-24 = day 4 (L3): approve "
         "1499.00 before GST (C6).", [R("approve", "1499.00")])

    # l02 duplicate, day 8 just after midnight
    e = "accounts@maheshwaritextiles.in"
    C(e, "Maheshwari Textiles", "annual", start="2025-09-05", end="2026-09-04")
    P("hi_p0201", "LO-INV-80111", e, "annual", *A, "2025-09-05T11:00:00", "2025-09-05", "2026-09-04")
    P("hi_p0202", "LO-INV-80112", e, "annual", *A, "2025-09-05T11:00:40", "2025-09-05", "2026-09-04")
    mail("l02-saal-ka-plan-do-baar", f"Accounts Maheshwari Textiles <{e}>", LO, dt("2025-09-13T00:20", "IN"),
         "वार्षिक प्लान का भुगतान दो बार - LO-INV-80112",
         "महोदय,\n\nहमारे खाते से 5 सितंबर को वार्षिक प्लान का भुगतान दो बार कट गया है (₹11,988 + GST प्रत्येक)। "
         "दूसरी रसीद LO-INV-80112 है। कृपया दूसरा भुगतान वापस करें।\n\nसधन्यवाद\nलेखा विभाग\nमाहेश्वरी "
         "टेक्सटाइल्स, भीलवाड़ा (राजस्थान)\n")
    case("l02-saal-ka-plan-do-baar", LOB, "decided", ["l02-saal-ka-plan-do-baar"],
         "L3: charged 2025-09-05; email 2025-09-13 00:20 IST = day 8 > 7: deny despite a real duplicate.",
         [R("deny")])

    # l03 duplicate, day 7 late night
    e = "neha.bisht@doonhomestays.in"
    C(e, "Neha Bisht", "monthly", start="2025-09-10", end="2025-10-09")
    P("hi_p0301", "LO-INV-80121", e, "monthly", *M, "2025-09-10T08:30:00", "2025-09-10", "2025-10-09")
    P("hi_p0302", "LO-INV-80122", e, "monthly", *M, "2025-09-10T08:31:00", "2025-09-10", "2025-10-09")
    mail("l03-din-saat-raat", f"Neha Bisht <{e}>", LO, dt("2025-09-17T23:50", "IN"),
         "double charge LO/INV/80122",
         "hello team\naaj raat statement dekha to 10 sept ko 1499 do baar debit hua hai, invoice LO/INV/80121 aur "
         "LO/INV/80122. second wala refund kar do please\nneha\ndoon homestays, dehradun\n")
    case("l03-din-saat-raat", LOB, "decided", ["l03-din-saat-raat"],
         "L3 edge: charged 2025-09-10, email 2025-09-17 23:50 IST = day 7, inside; references typed with slashes; "
         "L4 approve 1499.00.", [R("approve", "1499.00")])

    # l04 three identical charges
    e = "billing@ranchimedico.in"
    C(e, "Ranchi Medico", "quarterly", start="2025-09-22", end="2025-12-21")
    for i, t in enumerate(["10:00:00", "10:00:30", "10:01:10"]):
        P(f"hi_p040{i + 1}", f"LO-INV-8013{i + 1}", e, "quarterly", *Q, f"2025-09-22T{t}",
          "2025-09-22", "2025-12-21")
    mail("l04-teen-baar", f"Ranchi Medico <{e}>", LO, dt("2025-09-25T13:03", "IN"),
         "3 baar paisa kata quarterly ka!!",
         "sir hamara quarterly plan ka paisa teen baar kat gaya 22 ko, 3999 teeno baar. invoice lo inv 80131, "
         "lo inv 80132, lo inv 80133. ek hi baar lena tha na. baaki do ka paisa lautaiye jaldi\n"
         "- Sunil Mahto, Ranchi Medico, Ranchi\n")
    case("l04-teen-baar", LOB, "decided", ["l04-teen-baar"],
         "Section 8 three identical charges: 2nd and 3rd (3999.00 each, same period) are duplicates inside L3 "
         "(day 3): approve 7998.00.", [R("approve", "7998.00")])

    # l05 duplicate claimed, one charge in the ledger
    e = "prakash.sahu@raipurhardware.in"
    C(e, "Prakash Sahu", "monthly", start="2025-09-18", end="2025-10-17")
    P("hi_p0501", "LO-INV-80141", e, "monthly", *M, "2025-09-18T12:00:00", "2025-09-18", "2025-10-17")
    mail("l05-upi-aur-card", f"Prakash Sahu <{e}>", LO, dt("2025-09-21T16:20", "IN"),
         "payment 2 baar ho gaya",
         "Namaskar, maine pehle UPI se payment kiya, wo pending dikha to card se bhi kar diya. Lagta hai payment "
         "2 baar ho gaya. Portal mein sirf LO-INV-80141 dikh raha hai. Extra wala wapas kijiye.\nPrakash Sahu, "
         "Raipur (CG)\n")
    case("l05-upi-aur-card", LOB, "decided", ["l05-upi-aur-card"],
         "L4: duplicate claimed (day 3) but the ledger holds one paid charge: escalate, no amount.",
         [R("escalate")])

    # l06 wrong plan
    e = "kavita.yadav@rohtakcoaching.in"
    C(e, "Kavita Yadav", "annual", start="2025-09-25", end="2026-09-24")
    P("hi_p0601", "LO-INV-80151", e, "annual", *A, "2025-09-25T16:00:00", "2025-09-25", "2026-09-24")
    mail("l06-galat-plan", f"Kavita Yadav <{e}>", LO, dt("2025-09-26T09:40", "IN"),
         "GALAT PLAN KA PAISA KATA",
         "Maine monthly liya tha, aapne annual ka 11988 + GST kaat liya (LO-INV-80151). Ye galat plan ka charge "
         "hai, theek karo aur paisa wapas karo. Coaching ka budget itna nahi hai.\nKavita Yadav, Rohtak\n")
    case("l06-galat-plan", LOB, "decided", ["l06-galat-plan"],
         "L2 billing_error (wrong plan) day 1, inside L3: L5 escalate.", [R("escalate")])

    # l07 charged after cancelling
    e = "arvind.patel@suratdiamonds.in"
    C(e, "Arvind Patel", "monthly", status="cancelled", start="2025-08-26", end="2025-09-25")
    P("hi_p0701", "LO-INV-80161", e, "monthly", *M, "2025-09-26T07:00:00", "2025-09-26", "2025-10-25")
    mail("l07-cancel-ke-baad-charge", f"Arvind Patel <{e}>", LO, dt("2025-09-27T11:15", "IN"),
         "Cancel karne ke baad bhi charge",
         "Hello sir, maine August ma j plan cancel karyu hatu, still 26 tarikh ko 1499 kat gaya (LO-INV-80161). "
         "Cancel karne ke baad charge kaise hua? Refund aapo please.\nArvind Patel, Surat\n")
    case("l07-cancel-ke-baad-charge", LOB, "decided", ["l07-cancel-ke-baad-charge"],
         "L2 billing_error (charged after cancelling; Gujarati-flavoured Hinglish), day 1: L5 escalate.",
         [R("escalate")])

    # l08 access failure
    e = "info@indoreinteriors.in"
    C(e, "Indore Interiors", "quarterly", start="2025-09-23", end="2025-12-22")
    P("hi_p0801", "LO-INV-80171", e, "quarterly", *Q, "2025-09-23T10:10:00", "2025-09-23", "2025-12-22")
    mail("l08-login-nahi-ho-raha", f"Indore Interiors <{e}>", LO, dt("2025-09-28T19:30", "IN"),
         "लॉगिन नहीं हो रहा",
         "नमस्ते,\n23 तारीख को quarterly plan का पेमेंट किया (LO-INV-80171), उसके बाद से login नहीं हो रहा। "
         "पासवर्ड रीसेट भी किया, फिर भी dashboard खुलता ही नहीं। आपकी support team को 3 बार बोला, कुछ नहीं हुआ। "
         "इसका refund चाहिए।\nसौरभ जैन\nइंदौर इंटीरियर्स\n")
    case("l08-login-nahi-ho-raha", LOB, "decided", ["l08-login-nahi-ho-raha"],
         "L2 access_failure (Devanagari), day 5 inside L3: L6 escalate.", [R("escalate")])

    # l09 access failure, outside window
    e = "manoj.kumar@gayaagencies.in"
    C(e, "Manoj Kumar", "monthly", start="2025-08-30", end="2025-09-29")
    P("hi_p0901", "LO-INV-80181", e, "monthly", *M, "2025-08-30T09:00:00", "2025-08-30", "2025-09-29")
    mail("l09-purana-access", f"Manoj Kumar <{e}>", LO, dt("2025-09-15T10:05", "IN"),
         "refund",
         "sir 2 hafte se software open nahi ho raha. 30 august ko paisa diye the lo-inv-80181. refund kariye\n"
         "manoj kumar gaya bihar\n")
    case("l09-purana-access", LOB, "decided", ["l09-purana-access"],
         "L3: charge 2025-08-30, request 2025-09-15 = day 16 > 7: deny though access_failure.", [R("deny")])

    # l10 changed mind
    e = "shruti.deshmukh@puneevents.in"
    C(e, "Shruti Deshmukh", "annual", start="2025-09-24", end="2026-09-23")
    P("hi_p1001", "LO-INV-80191", e, "annual", *A, "2025-09-24T15:00:00", "2025-09-24", "2026-09-23")
    mail("l10-mann-badal-gaya", f"Shruti Deshmukh <{e}>", LO, dt("2025-09-26T16:20", "IN"),
         "Refund for annual plan - LO-INV-80191",
         "Hi,\n\nMaine Wednesday ko annual plan liya tha par ab mera mann badal gaya hai, humari team ne doosra "
         "CRM choose kar liya. Please mera paisa refund kar dijiye, invoice LO-INV-80191.\n\nThanks,\nShruti "
         "Deshmukh\nPune\n")
    case("l10-mann-badal-gaya", LOB, "decided", ["l10-mann-badal-gaya"],
         "L1: changed mind is no exception: deny (cancellation offered).", [R("deny")])

    # l11 ultimatum, too expensive
    e = "gurpreet.sandhu@ludhianahosiery.in"
    C(e, "Gurpreet Sandhu", "monthly", start="2025-09-27", end="2025-10-26")
    P("hi_p1101", "LO-INV-80201", e, "monthly", *M, "2025-09-27T08:00:00", "2025-09-27", "2025-10-26")
    mail("l11-mehenga-ultimatum", f"Gurpreet Sandhu <{e}>", LO, dt("2025-09-28T09:00", "IN"),
         "last warning",
         "Bahut mehenga hai ji ye tool, 1499 mahina humare liye zyada hai. Monday tak LO-INV-80201 ke paise wapas "
         "nahi kiye to review mein sab likh dunga.\nGurpreet, Ludhiana\n")
    case("l11-mehenga-ultimatum", LOB, "decided", ["l11-mehenga-ultimatum"],
         "L1: 'too expensive' is no exception; a review threat is not C4: deny.", [R("deny")])

    # l12 cancellation phrased as a question
    e = "amit.tiwari@bhopalbuilders.in"
    C(e, "Amit Tiwari", "monthly", start="2025-09-12", end="2025-10-11")
    P("hi_p1201", "LO-INV-80211", e, "monthly", *M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    mail("l12-kya-cancel-kar-denge", f"Amit Tiwari <{e}>", LO, dt("2025-09-22T11:00", "IN"),
         "क्या आप मेरा सब्सक्रिप्शन बंद कर देंगे?",
         "नमस्कार, क्या आप मेरा सब्सक्रिप्शन अपनी तरफ से बंद कर देंगे? हमारी भोपाल वाली साइट का काम ख़त्म हो गया "
         "है, अब ज़रूरत नहीं रहेगी। धन्यवाद।\nअमित तिवारी\n")
    case("l12-kya-cancel-kar-denge", LOB, "decided", ["l12-kya-cancel-kar-denge"],
         "L8: request phrased as a question: cancel effective current_period_end 2025-10-11.",
         [X("cancel", "2025-10-11")])

    # l13 fallback date from UTC ledger time
    e = "chennai.office@kaveriexports.in"
    C(e, "Kaveri Exports", "quarterly")
    P("hi_p1301", "LO-INV-80221", e, "quarterly", *Q, "2025-07-14T20:00:00Z")
    mail("l13-chennai-band-karo", f"Kaveri Exports Chennai <{e}>", LO, dt("2025-09-19T09:30", "IN"),
         "plan band karna hai",
         "Sir, hamara quarterly plan band karna hai. Hindi thoda kam aata hai sorry. Hamara team Tamil leads ke "
         "liye alag software use karega, isliye zaroorat nahi.\nThanks\nKarthik R.\nKaveri Exports, Chennai\n")
    case("l13-chennai-band-karo", LOB, "decided", ["l13-chennai-band-karo"],
         "L8 fallback: no current_period_end; last charge 2025-07-14T20:00Z = 2025-07-15 01:30 IST; +3 months "
         "-1 day = 2025-10-14.", [X("cancel", "2025-10-14")])

    # l14 one-word cancellation
    e = "vikas.negi@almorahandicrafts.in"
    C(e, "Vikas Negi", "annual", start="2025-03-01", end="2026-02-28")
    P("hi_p1401", "LO-INV-80231", e, "annual", *A, "2025-03-01T09:00:00", "2025-03-01", "2026-02-28")
    mail("l14-cancel-ek-shabd", f"Vikas Negi <{e}>", LO, dt("2025-09-20T13:02", "IN"),
         "cancel", "cancel\n\nSent from my iPhone\n")
    case("l14-cancel-ek-shabd", LOB, "decided", ["l14-cancel-ek-shabd"],
         "L8: bare intent verb from the registered address; plan from ledger; no reason needed: cancel "
         "effective 2026-02-28.", [X("cancel", "2026-02-28")])

    # l15 duplicate + cancel
    e = "deepak.agarwal@kanpurleather.in"
    C(e, "Deepak Agarwal", "monthly", start="2025-09-25", end="2025-10-24")
    P("hi_p1501", "LO-INV-80241", e, "monthly", *M, "2025-09-25T11:00:00", "2025-09-25", "2025-10-24")
    P("hi_p1502", "LO-INV-80242", e, "monthly", *M, "2025-09-25T11:02:00", "2025-09-25", "2025-10-24")
    mail("l15-double-aur-band", f"Deepak Agarwal <{e}>", LO, dt("2025-09-26T17:45", "IN"),
         "double payment + account band karo",
         "Bhai sahab, ek to aapne double charge kar diya (LO-INV-80241 aur LO-INV-80242, same month), upar se "
         "chat pe koi jawab nahi. Duplicate wala paisa lautao aur account bhi band kar do. Bas.\nDeepak "
         "Agarwal, Kanpur\n")
    case("l15-double-aur-band", LOB, "decided", ["l15-double-aur-band"],
         "L4 approve 1499.00 (LO-INV-80242, day 1) and L8 cancel effective 2025-10-24.",
         [R("approve", "1499.00"), X("cancel", "2025-10-24")])

    # l16 negation
    e = "dr.pooja.mishra@varanasiclinic.in"
    C(e, "Dr Pooja Mishra", "quarterly", start="2025-08-05", end="2025-11-04")
    P("hi_p1601", "LO-INV-80251", e, "quarterly", *Q, "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
    mail("l16-refund-nahi-chahiye", f"Dr Pooja Mishra <{e}>", LO, dt("2025-09-23T08:50", "IN"),
         "renewal band",
         "Refund nahi chahiye, quarter ka paisa de diya hai koi baat nahi. Bas agli baar renew mat karna, "
         "subscription khatam kar dijiye period ke end mein.\nDr. Pooja Mishra, Varanasi\n")
    case("l16-refund-nahi-chahiye", LOB, "decided", ["l16-refund-nahi-chahiye"],
         "Section 8 negation 'refund nahi chahiye': no refund intent; L8 cancel effective 2025-11-04.",
         [X("cancel", "2025-11-04")])

    # l17 unused days + cancel
    e = "rohit.chauhan@gurgaonrealty.in"
    C(e, "Rohit Chauhan", "monthly", start="2025-09-21", end="2025-10-20")
    P("hi_p1701", "LO-INV-80261", e, "monthly", *M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")
    mail("l17-bache-din-ka-paisa", f"Rohit Chauhan <{e}>", LO, dt("2025-09-24T15:30", "IN"),
         "Cancel + baaki dino ka refund",
         "Hi team, aaj se plan cancel kar do aur jo din bache hain unka paisa wapas kar do (LO-INV-80261). Company "
         "ne Salesforce le liya hai.\nRohit Chauhan, Gurugram\n")
    case("l17-bache-din-ka-paisa", LOB, "decided", ["l17-bache-din-ka-paisa"],
         "L1/L8: no partial refund for unused days: refund deny; cancel effective 2025-10-20.",
         [R("deny"), X("cancel", "2025-10-20")])

    # l18 thanks closing a story
    e = "sanjay.jha@darbhangamart.in"
    C(e, "Sanjay Jha", "monthly", start="2025-09-02", end="2025-10-01")
    P("hi_p1801", "LO-INV-80271", e, "monthly", *M, "2025-09-02T09:00:00", "2025-09-02", "2025-10-01")
    mail("l18-dhanyavad", f"Sanjay Jha <{e}>", LO, dt("2025-09-19T10:10", "IN"),
         "Re: refund",
         "प्रणाम, पिछले हफ़्ते जो दो बार पैसा कटा था उसका refund कल खाते में आ गया। पहले तो डर गए थे कि पैसा डूब गया, "
         "लेकिन आप लोगों ने जल्दी सुलझा दिया। बहुत बहुत धन्यवाद!\nसंजय झा, दरभंगा\n",
         irt="<lo-6402.reply@leadsoptima.com>")
    case("l18-dhanyavad", LOB, "other", ["l18-dhanyavad"],
         "Thanks after a refund already credited (past event, 'दो बार' only in the story): other.")

    # l19 GST invoice question
    e = "ca.office@jodhpurmarbles.in"
    C(e, "Jodhpur Marbles", "annual", start="2025-06-10", end="2026-06-09")
    P("hi_p1901", "LO-INV-80281", e, "annual", *A, "2025-06-10T09:00:00", "2025-06-10", "2026-06-09")
    mail("l19-gst-invoice", f"Jodhpur Marbles Accounts <{e}>", LO, dt("2025-09-17T09:20", "IN"),
         "GST invoice mein GSTIN update - LO-INV-80281",
         "Respected Sir/Madam,\n\nInvoice LO-INV-80281 mein hamara GSTIN nahi aaya hai, isliye ITC claim nahi ho "
         "pa raha. Kripya GSTIN 08AAACJ1234F1Z5 ke saath revised invoice bhej dijiye.\n\nRegards\nAccounts "
         "Dept., Jodhpur Marbles Pvt Ltd\n")
    case("l19-gst-invoice", LOB, "other", ["l19-gst-invoice"],
         "An invoice question (GSTIN on the invoice) asking for no refund or cancellation: other.")

    # l20 C2 from gmail naming the registered address
    e = "owner@patnasweets.in"
    C(e, "Patna Sweets", "monthly", start="2025-09-20", end="2025-10-19")
    P("hi_p2001", "LO-INV-80291", e, "monthly", *M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
    P("hi_p2002", "LO-INV-80292", e, "monthly", *M, "2025-09-20T09:01:00", "2025-09-20", "2025-10-19")
    mail("l20-gmail-se", "Alok Gupta <alokgupta.patna@gmail.com>", LO, dt("2025-09-22T21:00", "IN"),
         "double payment account owner@patnasweets.in",
         "sir main apne gmail se likh raha hu, office wala mail khul nahi raha. account owner@patnasweets.in "
         "hai, 20 ko 2 baar payment hua LO-INV-80292. wapas kijiye\nalok\n")
    case("l20-gmail-se", LOB, "need_info", ["l20-gmail-se"],
         "C2: the sender is not the registered email it names: ask to write from it, disclose nothing.",
         rules=["C2"])

    # l21 C2 via a Gmail forward (Hindi UI)
    e = "director@bokarosteelparts.in"
    C(e, "Bokaro Steel Parts", "annual", start="2025-09-23", end="2026-09-22")
    P("hi_p2101", "LO-INV-80301", e, "annual", *A, "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
    mail("l21-forward-c2", "Ritu Kumari <ritu.kumari.bks@gmail.com>", LO, dt("2025-09-25T12:40", "IN"),
         "Fwd: account cancel",
         "sir ka mail forward kar rahi hu, do the needful.\n\n---------- अग्रेषित संदेश ---------\n"
         "प्रेषक: Bokaro Steel Parts <director@bokarosteelparts.in>\nदिनांक: बुध, 24 सित॰ 2025, 6:02 pm\n"
         "विषय: account cancel\nप्रति: Ritu Kumari <ritu.kumari.bks@gmail.com>\n\nRitu, LeadsOptima ko bolo "
         "hamara account director@bokarosteelparts.in cancel kar de. Plant shutdown hai teen mahine.\n"
         "R.K. Singh\n")
    case("l21-forward-c2", LOB, "need_info", ["l21-forward-c2"],
         "Section 8 forwards: a Gmail (Hindi UI) forward whose request names director@bokarosteelparts.in, sent "
         "from another address: C2 need_info.", rules=["C2"])

    # l22 no reason
    e = "purchase@nagpurorange.in"
    C(e, "Nagpur Orange Co", "annual", start="2025-09-26", end="2026-09-25")
    P("hi_p2201", "LO-INV-80311", e, "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
    mail("l22-bina-karan", f"Purchase Nagpur Orange <{e}>", LO, dt("2025-09-27T10:00", "IN"),
         "Refund request - LO-INV-80311",
         "Dear Sir,\n\nKripya invoice LO-INV-80311 ki rashi jald se jald refund karne ki kripa karein. Please "
         "do the needful and oblige.\n\nThanking you,\nYours faithfully,\nPurchase Dept.\nNagpur Orange Co., Nagpur\n"
         "DISCLAIMER: This e-mail is confidential. If received in error please delete it.\n")
    case("l22-bina-karan", LOB, "need_info", ["l22-bina-karan"],
         "Section 8: 'kindly refund', 'do the needful and oblige', signature, disclaimer are no reason: need_info "
         "reason.", missing=["reason"])

    # l23 thread answers need_info
    e = "kiran.verma@haldwanipets.in"
    C(e, "Kiran Verma", "monthly", start="2025-09-19", end="2025-10-18")
    P("hi_p2301", "LO-INV-80321", e, "monthly", *M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
    P("hi_p2302", "LO-INV-80322", e, "monthly", *M, "2025-09-19T10:03:00", "2025-09-19", "2025-10-18")
    m1 = mail("l23a-pehla-mail", f"Kiran Verma <{e}>", LO, dt("2025-09-23T09:00", "IN"),
              "refund LO-INV-80322", "Namaste, LO-INV-80322 ka refund chahiye. Dhanyawad\nKiran, Haldwani\n")
    mail("l23b-jawab", f"Kiran Verma <{e}>", LO, dt("2025-09-29T18:30", "IN"),
         "Re: refund LO-INV-80322 [LO-6631]",
         "Der se reply ke liye sorry. Karan: 19 tareekh ko monthly ka payment do baar kat gaya tha, 80321 aur "
         "80322.\n\nOn Tue, 23 Sept 2025 at 14:20, LeadsOptima Support <support@leadsoptima.com> wrote:\n> "
         "Namaste Kiran, kripya refund ka karan bataiye. [LO-6631]\n",
         irt="<lo-6631.draft@leadsoptima.com>", refs=[m1, "<lo-6631.draft@leadsoptima.com>"])
    case("l23-thread-karan", LOB, "decided", ["l23a-pehla-mail", "l23b-jawab"],
         "C3 merge: first email 2025-09-23 (day 4) lacked a reason; the reply gives duplicate_payment; request "
         "time stays the first email: L4 approve 1499.00.", [R("approve", "1499.00")])

    # l24 chargeback covers the cancellation
    e = "harish.rawat@rishikeshyoga.in"
    C(e, "Harish Rawat", "monthly", start="2025-09-15", end="2025-10-14")
    P("hi_p2401", "LO-INV-80331", e, "monthly", *M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
    mail("l24-chargeback-band", f"Harish Rawat <{e}>", LO, dt("2025-09-18T09:30", "IN"),
         "account turant band karo",
         "Account turant band karo aur LO-INV-80331 ka paisa wapas karo, software kisi kaam ka nahi. Friday tak "
         "jawab nahi aaya to bank mein chargeback daal dunga.\nHarish Rawat, Rishikesh\n")
    case("l24-chargeback-band", LOB, "decided", ["l24-chargeback-band"],
         "C4 covers the whole case: chargeback threat escalates the refund and the cancellation.",
         [R("escalate"), X("escalate")], rules=["C4"])

    # l25 consumer court, Devanagari
    e = "sunita.chaturvedi@mathuraprints.in"
    C(e, "Sunita Chaturvedi", "annual", start="2025-09-20", end="2026-09-19")
    P("hi_p2501", "LO-INV-80341", e, "annual", *A, "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
    mail("l25-upbhokta-adalat", f"Sunita Chaturvedi <{e}>", LO, dt("2025-09-22T16:00", "IN"),
         "शिकायत - LO-INV-80341",
         "मैंने 20 तारीख़ को सालाना प्लान लिया था, अब मुझे नहीं चाहिए, पैसा वापस कीजिए। अगर पैसा नहीं लौटाया तो "
         "मैं उपभोक्ता अदालत (consumer court) में केस करूँगी, मेरे वकील से बात हो चुकी है।\nसुनीता चतुर्वेदी, मथुरा\n")
    case("l25-upbhokta-adalat", LOB, "decided", ["l25-upbhokta-adalat"],
         "C4: consumer court and a lawyer named: escalate (not an L1 deny).", [R("escalate")], rules=["C4"])

    # l26 second charge failed
    e = "naveen.das@kolkatabooks.in"
    C(e, "Naveen Das", "monthly", start="2025-09-24", end="2025-10-23")
    P("hi_p2601", "LO-INV-80351", e, "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    P("hi_p2602", "LO-INV-80352", e, "monthly", *M, "2025-09-24T10:05:00", "2025-09-24", "2025-10-23",
      status="failed")
    mail("l26-doosra-fail", f"Naveen Das <{e}>", LO, dt("2025-09-26T10:00", "IN"),
         "duplicate payment LO-INV-80352",
         "Dada, bank statement mein 24 ko do payment dikha raha hai same amount ka. Second wala LO-INV-80352 hai, "
         "woh refund kar dijiye please.\nNaveen Das, Kolkata\n")
    case("l26-doosra-fail", LOB, "decided", ["l26-doosra-fail"],
         "Section 8: the quoted charge is 'failed' (not paid) and no paid pair exists: escalate.",
         [R("escalate")])

    # l27 past story, then cancel
    e = "mukesh.meena@kotacoaching.in"
    C(e, "Mukesh Meena", "monthly", start="2025-09-14", end="2025-10-13")
    P("hi_p2701", "LO-INV-80361", e, "monthly", *M, "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
    mail("l27-kahani-phir-cancel", f"Mukesh Meena <{e}>", LO, dt("2025-09-25T07:40", "IN"),
         "subscription khatam",
         "July mein aapne do baar paisa kaata tha, bahut baat karne ke baad refund mila tha, wo sab theek ho gaya. "
         "Ab coaching ka admission season khatam hai isliye subscription cancel karna hai.\nMukesh Meena, Kota\n")
    case("l27-kahani-phir-cancel", LOB, "decided", ["l27-kahani-phir-cancel"],
         "Section 8 past events: the July double charge is history (refunded); L8 cancel effective 2025-10-13.",
         [X("cancel", "2025-10-13")])

    # l28 declines both
    e = "anjali.saxena@bareillyfurnishing.in"
    C(e, "Anjali Saxena", "annual", start="2025-05-01", end="2026-04-30")
    P("hi_p2801", "LO-INV-80371", e, "annual", *A, "2025-05-01T10:00:00", "2025-05-01", "2026-04-30")
    mail("l28-na-cancel-na-refund", f"Anjali Saxena <{e}>", LO, dt("2025-09-24T11:11", "IN"),
         "card change",
         "Hello, na to cancel karna hai na refund chahiye. Bas mera credit card expire ho gaya hai, naya card "
         "kahan update karun taaki renewal fail na ho?\nAnjali Saxena, Bareilly\n")
    case("l28-na-cancel-na-refund", LOB, "other", ["l28-na-cancel-na-refund"],
         "Section 8 negation of both intents; a card-update question: other.")

    # l29 what-if, existing customer
    e = "tarun.sharma@ahmedabadtiles.in"
    C(e, "Tarun Sharma", "quarterly", start="2025-08-20", end="2025-11-19")
    P("hi_p2901", "LO-INV-80381", e, "quarterly", *Q, "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
    mail("l29-agar-cancel-karun", f"Tarun Sharma <{e}>", LO, dt("2025-09-18T15:00", "IN"),
         "ek sawal",
         "Agar main beech quarter mein cancel karun to bache hue mahino ka paisa milega kya? Abhi decide nahi "
         "kiya hai, bas jaanna tha.\nTarun, Ahmedabad\n")
    case("l29-agar-cancel-karun", LOB, "other", ["l29-agar-cancel-karun"],
         "Section 8 hypotheticals: 'agar cancel karun to paisa milega kya?', undecided: other.")

    # l30 out of office
    mail("l30-out-of-office", "Meenakshi Iyer <meenakshi@chennaisilks.in>", LO, dt("2025-09-26T08:00", "IN"),
         "स्वचालित उत्तर: Re: Your LeadsOptima invoice",
         "मैं 6 अक्टूबर तक छुट्टी पर हूँ। I am on leave till 6 October, limited access to mail.\n",
         headers={"Auto-Submitted": "auto-replied"},
         irt="<lo-inv-notice.80402@leadsoptima.com>")
    case("l30-out-of-office", LOB, "ignore", ["l30-out-of-office"], "C7: Auto-Submitted auto-replied: ignore.",
         rules=["C7"])

    # l31 mailing list
    mail("l31-mailing-list", "Udyam Samachar <news@udyamsamachar.in>", LO, dt("2025-09-21T07:00", "IN"),
         "इस हफ़्ते: SaaS में refund और cancel कैसे करें",
         "प्रिय पाठक, इस अंक में: कैसे अपना subscription cancel करें और refund माँगें। Unsubscribe करने के लिए यहाँ "
         "क्लिक करें।\n", headers={"List-Id": "Udyam Samachar <weekly.udyamsamachar.in>", "Precedence": "bulk"})
    case("l31-mailing-list", LOB, "ignore", ["l31-mailing-list"],
         "C7: List-Id and Precedence bulk newsletter: ignore.", rules=["C7"])


# ================================================================ Optima WebDesign cases
def owd_cases():
    # o01 deposit approve
    e = "contact@shreeramsweets.in"
    J("Shree Ram Sweets Online", e)
    W("hi_w0101", "OWD-2025-401", "Shree Ram Sweets Online", "deposit", "20000.00", "3600.00", "2025-09-22T15:00:00")
    mail("o01-advance-wapas", f"Shree Ram Sweets <{e}>", OWD, dt("2025-09-24T10:00", "IN"),
         "Refund Request — Shree Ram Sweets Online / OWD-2025-401",
         "नमस्ते Optima टीम,\n\nहमने सोमवार को वेबसाइट का advance ₹20,000 + GST (invoice OWD-2025-401) दिया था। "
         "लेकिन दुकान के बँटवारे को लेकर परिवार में फ़ैसला बदल गया है, अभी online store नहीं खोलेंगे। काम अभी शुरू "
         "नहीं हुआ है, कृपया advance वापस कर दें।\n\nरामनिवास गोयल\nश्री राम स्वीट्स, अलीगढ़\n")
    case("o01-advance-wapas", OWB, "decided", ["o01-advance-wapas"],
         "O2: deposit paid 2025-09-22 15:00, request 2025-09-24 10:00 (43 h), no work: approve 20000.00 (GST "
         "kept, C6).", [R("approve", "20000.00")])

    # o02 exactly 72 h
    e = "office@jaipurjewels.in"
    J("Jaipur Jewels Catalogue", e)
    W("hi_w0201", "OWD-2025-402", "Jaipur Jewels Catalogue", "deposit", "15000.00", "2700.00", "2025-09-10T10:00:00")
    mail("o02-theek-72-ghante", f"Jaipur Jewels <{e}>", OWD, dt("2025-09-13T10:00", "IN"),
         "Advance refund OWD-2025-402",
         "Namaskar, Jaipur Jewels Catalogue project hum aage nahi badha rahe, partners alag ho gaye hain. "
         "Booking amount (OWD-2025-402) wapas kar dijiye.\nManish Soni, Jaipur\n")
    case("o02-theek-72-ghante", OWB, "decided", ["o02-theek-72-ghante"],
         "O2 + section 8: paid 2025-09-10 10:00, email 2025-09-13 10:00 IST = exactly 72 h, not before: deny.",
         [R("deny")])

    # o03 work started
    e = "hello@nainitalstays.in"
    J("Nainital Stays", e, "2025-09-26T10:00:00")
    W("hi_w0301", "OWD-2025-403", "Nainital Stays", "deposit", "25000.00", "4500.00", "2025-09-25T12:00:00")
    mail("o03-kaam-shuru", f"Nainital Stays <{e}>", OWD, dt("2025-09-27T09:00", "IN"),
         "deposit wapas chahiye",
         "Hello, Nainital Stays ka deposit (OWD-2025-403) wapas chahiye. Mere bhatije ne bola wo free mein bana "
         "dega. Aapne kal wireframe bheja tha par humne dekha bhi nahi.\nDeepa Joshi\n")
    case("o03-kaam-shuru", OWB, "decided", ["o03-kaam-shuru"],
         "O2: 45 h after payment but work started 2025-09-26 10:00, first: deny.", [R("deny")])

    # o04 work starts after the request
    e = "admin@bilaspurcement.in"
    J("Bilaspur Cement Portal", e, "2025-09-29T10:00:00")
    W("hi_w0401", "OWD-2025-404", "Bilaspur Cement Portal", "deposit", "18000.00", "3240.00", "2025-09-26T09:00:00")
    mail("o04-kaam-baad-mein", f"Bilaspur Cement <{e}>", OWD, dt("2025-09-28T20:00", "IN"),
         "रिफंड अनुरोध – Bilaspur Cement Portal – OWD-2025-404",
         "महोदय,\n\nबैंक से लोन मंज़ूर नहीं हुआ, इसलिए हम पोर्टल का बाकी भुगतान नहीं कर पाएँगे। कृपया OWD-2025-404 "
         "का अग्रिम भुगतान लौटा दें।\n\nभवदीय\nराजेश साहू\nबिलासपुर (छ.ग.)\n")
    case("o04-kaam-baad-mein", OWB, "decided", ["o04-kaam-baad-mein"],
         "O2: paid 2025-09-26 09:00, request 2025-09-28 20:00 (59 h); work starts 2025-09-29: approve 18000.00.",
         [R("approve", "18000.00")])

    # o05 discovery approve
    e = "principal@sunrisepublicschool.in"
    J("Sunrise Public School Website", e)
    W("hi_w0501", "OWD-2025-405", "Sunrise Public School Website", "discovery", "8000.00", "1440.00",
      "2025-09-20T10:00:00")
    mail("o05-discovery-bina-session", f"Principal Sunrise <{e}>", OWD, dt("2025-09-23T14:00", "IN"),
         "Discovery fees refund",
         "Sir,\nManagement committee ne naye website ka budget is saal approve nahi kiya. Sunrise Public School "
         "Website ki discovery fees (OWD-2025-405) ka refund kar dijiye, pehli meeting abhi hui nahi hai.\n"
         "Principal, Sunrise Public School, Hazaribagh\n")
    case("o05-discovery-bina-session", OWB, "decided", ["o05-discovery-bina-session"],
         "O1: discovery, work_started_at empty: approve 8000.00. Only a refund is asked (no cancellation).",
         [R("approve", "8000.00")])

    # o06 discovery after a session
    e = "it@haryanadairy.in"
    J("Haryana Dairy Portal", e, "2025-09-18T15:00:00")
    W("hi_w0601", "OWD-2025-406", "Haryana Dairy Portal", "discovery", "12000.00", "2160.00", "2025-09-15T10:00:00")
    mail("o06-session-ho-gaya", f"IT Haryana Dairy <{e}>", OWD, dt("2025-09-24T09:10", "IN"),
         "workshop ka paisa wapas",
         "Bhai pichle hafte Haryana Dairy Portal ka pehla discovery session hua, kuch khaas nahi laga, sab "
         "generic tha. OWD-2025-406 ka paisa wapas karo.\nSandeep, IT, Karnal\n")
    case("o06-session-ho-gaya", OWB, "decided", ["o06-session-ho-gaya"],
         "O1: session started 2025-09-18, before the request: deny.", [R("deny")])

    # o07 milestone not started
    e = "projects@jharkhandpower.in"
    J("Jharkhand Power Customer Portal", e, "2025-08-01T10:00:00")
    W("hi_w0701", "OWD-2025-407", "Jharkhand Power Customer Portal", "milestone", "35000.00", "6300.00",
      "2025-09-15T10:00:00", milestone_status="not_started")
    mail("o07-milestone-shuru-nahi", f"Projects JPCP <{e}>", OWD, dt("2025-09-25T11:30", "IN"),
         "Milestone 3 refund",
         "Dear Team,\n\nAs discussed, milestone 3 (customer login area) of Jharkhand Power Customer Portal ab scope "
         "se bahar hai kyunki naya ERP ye module de raha hai. Ye milestone shuru nahi hua hai, isliye invoice "
         "OWD-2025-407 ka refund process karein.\n\nRegards\nEr. Abhishek Oraon, Ranchi\n")
    case("o07-milestone-shuru-nahi", OWB, "decided", ["o07-milestone-shuru-nahi"],
         "O3: milestone not_started: approve 35000.00 before tax.", [R("approve", "35000.00")])

    # o08 milestone in progress
    e = "marketing@bhopalbakery.in"
    J("Bhopal Bakery App", e, "2025-08-20T10:00:00")
    W("hi_w0801", "OWD-2025-408", "Bhopal Bakery App", "milestone", "22000.00", "3960.00", "2025-09-10T10:00:00",
      milestone_status="in_progress")
    mail("o08-milestone-chal-raha", f"Bhopal Bakery <{e}>", OWD, dt("2025-09-26T16:00", "IN"),
         "app milestone slow",
         "Bhopal Bakery App wala milestone (OWD-2025-408) bahut dheere chal raha hai, 15 din mein 2 screen. Jo kaam "
         "abhi hua hi nahi uska paisa wapas karo.\nAyesha Khan, Bhopal\n")
    case("o08-milestone-chal-raha", OWB, "decided", ["o08-milestone-chal-raha"],
         "O3: milestone in_progress: escalate.", [R("escalate")])

    # o09 milestone approved
    e = "office@gwaliorschool.in"
    J("Gwalior Vidyalaya Site", e, "2025-07-01T10:00:00")
    W("hi_w0901", "OWD-2025-409", "Gwalior Vidyalaya Site", "milestone", "16000.00", "2880.00",
      "2025-08-05T10:00:00", milestone_status="approved")
    mail("o09-milestone-approved", f"Gwalior Vidyalaya <{e}>", OWD, dt("2025-09-19T10:00", "IN"),
         "डिज़ाइन का पैसा वापस",
         "अगस्त में Gwalior Vidyalaya Site का design हमने approve किया था, पर नए प्रबंधक जी को रंग पसंद नहीं। "
         "OWD-2025-409 का पैसा वापस कीजिए।\nकार्यालय, ग्वालियर विद्यालय\n")
    case("o09-milestone-approved", OWB, "decided", ["o09-milestone-approved"],
         "O3/O6: approved milestone: deny.", [R("deny")])

    # o10 retainer, notice on the cut-off date
    e = "admin@mussoorietreks.in"
    J("Mussoorie Treks Social", e, "2025-03-01T10:00:00")
    W("hi_w1001", "OWD-2025-410", "Mussoorie Treks Social", "retainer", "6000.00", "1080.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00")
    mail("o10-retainer-saat-din", f"Mussoorie Treks <{e}>", OWD, dt("2025-09-29T22:00", "IN"),
         "monthly retainer band karna hai - Mussoorie Treks Social",
         "Namaste, trekking season khatam, ab social media posts hum khud karenge. Mussoorie Treks Social ka "
         "monthly retainer band kar dijiye (last invoice OWD-2025-410).\nYogesh Rawat\n")
    case("o10-retainer-saat-din", OWB, "decided", ["o10-retainer-saat-din"],
         "O4/O8: next_billing 2025-10-06, cut-off 2025-09-29; email 2025-09-29 22:00 IST: on time, cancel "
         "effective 2025-10-05.", [X("cancel", "2025-10-05")])

    # o11 retainer short notice, just after midnight
    e = "contact@patnafc.in"
    J("Patna FC Website", e, "2025-02-01T10:00:00")
    W("hi_w1101", "OWD-2025-411", "Patna FC Website", "retainer", "8000.00", "1440.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
    mail("o11-retainer-der-se", f"Patna FC <{e}>", OWD, dt("2025-09-29T00:15", "IN"),
         "website maintenance band",
         "sponsor chala gaya isliye Patna FC Website ka monthly maintenance contract (OWD-2025-411) band karna hai\n"
         "- club secretary\n")
    case("o11-retainer-der-se", OWB, "decided", ["o11-retainer-der-se"],
         "O4: next_billing 2025-10-05, cut-off 2025-09-28; email 2025-09-29 00:15 IST: short notice, next cycle "
         "billed, effective its last day 2025-11-04.", [X("cancel", "2025-11-04")])

    # o12 retainer paid ahead
    e = "team@lucknowfoodblog.in"
    J("Lucknow Food Blog", e, "2025-01-10T10:00:00")
    W("hi_w1201", "OWD-2025-412", "Lucknow Food Blog", "retainer", "5000.00", "900.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-11-01T00:00:00")
    W("hi_w1202", "OWD-2025-413", "Lucknow Food Blog", "retainer", "5000.00", "900.00", "2025-09-01T10:05:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
    mail("o12-advance-retainer", f"Lucknow Food Blog <{e}>", OWD, dt("2025-09-18T17:00", "IN"),
         "retainer cancel (Lucknow Food Blog)",
         "Hi, blogger Mumbai shift ho rahi hain, September ke baad blog band. Retainer cancel karna hai. October ka "
         "advance already diya hua hai (OWD-2025-413).\nShadab\n")
    case("o12-advance-retainer", OWB, "decided", ["o12-advance-retainer"],
         "Section 8: October paid in advance, notice > 7 days before 2025-11-01: cancellation escalated. No "
         "refund is asked (the advance is only mentioned).",
         [X("escalate")])

    # o13 hosting within 14 days
    e = "bookings@udaipurhaveli.in"
    J("Udaipur Haveli Hotel", e, "2025-08-01T10:00:00")
    W("hi_w1301", "OWD-2025-414", "Udaipur Haveli Hotel", "hosting_annual", "18000.00", "3240.00",
      "2025-09-15T10:00:00", setup_fee="2400.00", service_start="2025-09-15")
    mail("o13-hosting-14-din", f"Udaipur Haveli <{e}>", OWD, dt("2025-09-22T08:00", "IN"),
         "Annual hosting cancel + refund",
         "Namaste, 15 tareekh ko Udaipur Haveli Hotel ki annual hosting li thi (OWD-2025-414). Ab hamari hotel chain "
         "apne server par website rakhegi. Hosting cancel karke pro-rata refund de dijiye.\nVikram Singh Rathore\n")
    case("o13-hosting-14-din", OWB, "decided", ["o13-hosting-14-din"],
         "O5: day 7: 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00; 'Hosting cancel karke': the cancellation "
         "asked is acknowledged (O5 refund ends the plan): cancel.", [R("approve", "14300.00"), X("cancel")])

    # o14 maintenance, day 14 late night
    e = "it@sewaclinic.in"
    J("Sewa Clinic Site", e, "2025-06-01T10:00:00")
    W("hi_w1401", "OWD-2025-415", "Sewa Clinic Site", "maintenance_annual", "9600.00", "1728.00",
      "2025-09-01T10:00:00", setup_fee="600.00", service_start="2025-09-01")
    mail("o14-maintenance-din-14", f"IT Sewa Clinic <{e}>", OWD, dt("2025-09-15T23:30", "IN"),
         "annual maintenance refund OWD-2025-415",
         "Sir, management ne Sewa Clinic Site ka maintenance in-house IT team ko de diya hai. Annual maintenance "
         "plan cancel karke bacha hua paisa refund kar dijiye, invoice OWD-2025-415.\nRavi, IT\n")
    case("o14-maintenance-din-14", OWB, "decided", ["o14-maintenance-din-14"],
         "O5: email 2025-09-15 23:30 IST = day 14, inside: 9600 - 600 - 750 x 1 = 8250.00; 'plan cancel karke': "
         "cancel.",
         [R("approve", "8250.00"), X("cancel")])

    # o15 hosting day 15
    e = "it@punjabdhaba.in"
    J("Punjab Da Dhaba", e, "2025-08-01T10:00:00")
    W("hi_w1501", "OWD-2025-416", "Punjab Da Dhaba", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
    mail("o15-hosting-din-15", f"Punjab Da Dhaba <{e}>", OWD, dt("2025-09-16T00:05", "IN"),
         "hosting refund",
         "ji Punjab Da Dhaba ki site ab franchise wale server pe jaegi. jo saal bhar website ko online rakhne "
         "wala plan liya tha (OWD-2025-416) uska refund kar do ji\nBalwinder, Amritsar\n")
    case("o15-hosting-din-15", OWB, "decided", ["o15-hosting-din-15"],
         "O5: email 2025-09-16 00:05 IST = day 15 after 2025-09-01: deny. Only a refund is asked.", [R("deny")])

    # o16 rounding, HTML only
    e = "admin@arogyaclinic.in"
    J("Arogya Clinic", e, "2025-08-01T10:00:00")
    W("hi_w1601", "OWD-2025-417", "Arogya Clinic", "hosting_annual", "14999.00", "2699.82", "2025-09-20T10:00:00",
      setup_fee="1000.00", service_start="2025-09-20")
    mail("o16-hosting-rounding", f"Arogya Clinic Admin <{e}>", OWD, dt("2025-09-26T10:00", "IN"),
         "Re: Hosting", None,
         html="<div dir=\"auto\">नमस्ते,<br><br>हम <b>Arogya Clinic</b> की annual hosting <b>cancel</b> करना चाहते "
         "हैं और बचे हुए पैसे का <b>refund</b> चाहिए (invoice OWD-2025-417)। कारण: हमारा clinic एक hospital chain "
         "से जुड़ गया है जिसका अपना portal है।<br><br>धन्यवाद<br><i>Arogya Clinic, Nashik</i></div>",
         irt="<owd-3276.reply@gmail.com>")
    case("o16-hosting-rounding", OWB, "decided", ["o16-hosting-rounding"],
         "O5 + C6 (HTML-only): day 6; 14999 - 1000 - 13999/12 (1166.5833...) = 12832.41667 -> 12832.42; "
         "hosting cancel asked: cancel.",
         [R("approve", "12832.42"), X("cancel")])

    # o17 domain
    e = "info@kashividya.in"
    J("Kashi Vidya Peeth", e, "2025-05-01T10:00:00")
    W("hi_w1701", "OWD-2025-418", "Kashi Vidya Peeth", "third_party", "1299.00", "233.82", "2025-09-24T10:00:00")
    mail("o17-domain", f"Kashi Vidya Peeth <{e}>", OWD, dt("2025-09-25T10:00", "IN"),
         "domain renewal ka paisa",
         "Aapne kal Kashi Vidya Peeth ka domain renew kar diya (OWD-2025-418) jabki hum use doosre registrar pe "
         "transfer karne wale the. Renewal ka paisa refund ho sakta hai?\nAcharya ji ka karyalay\n")
    case("o17-domain", OWB, "decided", ["o17-domain"], "O6: third_party domain renewal: deny.", [R("deny")])

    # o18 rush fee
    e = "events@dussehramela.in"
    J("Kota Dussehra Mela 2025", e, "2025-08-20T10:00:00")
    W("hi_w1801", "OWD-2025-419", "Kota Dussehra Mela 2025", "rush", "5000.00", "900.00", "2025-09-10T10:00:00")
    mail("o18-rush-fee", f"Dussehra Mela Samiti <{e}>", OWD, dt("2025-09-20T10:00", "IN"),
         "urgent fee wapas karo",
         "Kota Dussehra Mela 2025 ki site 15 sept tak chahiye thi isliye rush fee (OWD-2025-419) di thi, site 17 "
         "ko live hui. Rush fee wapas karo.\nMela Samiti\n")
    case("o18-rush-fee", OWB, "decided", ["o18-rush-fee"], "O6: rush fees are never refundable: deny.",
         [R("deny")])

    # o19 chargeback
    e = "finance@muzaffarpurlitchi.in"
    J("Muzaffarpur Litchi Exports", e, "2025-09-20T10:00:00")
    W("hi_w1901", "OWD-2025-420", "Muzaffarpur Litchi Exports", "deposit", "10000.00", "1800.00",
      "2025-09-19T10:00:00")
    mail("o19-bank-dispute", f"Finance Litchi Exports <{e}>", OWD, dt("2025-09-21T10:00", "IN"),
         "deposit refund OWD-2025-420",
         "Muzaffarpur Litchi Exports ka project board ne rok diya hai. Deposit wapas kijiye warna hum apne bank "
         "ke saath payment dispute raise karenge.\nFinance Team\n")
    case("o19-bank-dispute", OWB, "decided", ["o19-bank-dispute"],
         "C4: bank payment-dispute threat: escalate.", [R("escalate")], rules=["C4"])

    # o20 C2 from personal mail
    e = "office@alfamobiles.in"
    J("Alfa Mobiles Store", e, "2025-09-01T10:00:00")
    W("hi_w2001", "OWD-2025-421", "Alfa Mobiles Store", "milestone", "9000.00", "1620.00", "2025-09-15T10:00:00",
      milestone_status="not_started")
    mail("o20-personal-mail", "Imran Qureshi <imranq1988@yahoo.co.in>", OWD, dt("2025-09-23T12:00", "IN"),
         "milestone 2 refund - Alfa Mobiles Store",
         "Office wali ID ka password bhool gaya, isliye yahoo se likh raha hoon. Alfa Mobiles Store ka milestone "
         "2 (OWD-2025-421) abhi shuru nahi hua aur ab zaroorat nahi, dukaan band ho rahi hai. Paisa wapas karein.\n"
         "Imran\n")
    case("o20-personal-mail", OWB, "need_info", ["o20-personal-mail"],
         "C2: Optima requires the contract email office@alfamobiles.in; written from another address.",
         rules=["C2"])

    # o21 cancellation without a reason
    e = "editor@dehradunkhabar.in"
    J("Dehradun Khabar Online", e, "2025-01-01T10:00:00")
    W("hi_w2101", "OWD-2025-422", "Dehradun Khabar Online", "retainer", "7000.00", "1260.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
    mail("o21-bina-karan-cancel", f"Dehradun Khabar <{e}>", OWD, dt("2025-09-22T15:00", "IN"),
         "Cancellation — Dehradun Khabar Online / OWD-2025-422",
         "सेवा में,\nबिलिंग विभाग, Optima WebDesign\n\nविषय: मासिक अनुबंध रद्द करने हेतु।\n\nमहोदय, निवेदन है कि "
         "Dehradun Khabar Online परियोजना का मासिक maintenance अनुबंध (OWD-2025-422) रद्द करने की कृपा करें।\n\n"
         "सधन्यवाद,\nभवदीय\nसंपादक, देहरादून ख़बर\n")
    case("o21-bina-karan-cancel", OWB, "need_info", ["o21-bina-karan-cancel"],
         "Section 8: Optima requires a reason for cancellations; an application-format letter with no why: "
         "need_info reason.", missing=["reason"])

    # o22 thread answering need_info
    e = "studio@rajkotclicks.in"
    J("Rajkot Clicks Studio", e)
    W("hi_w2201", "OWD-2025-423", "Rajkot Clicks Studio", "deposit", "12000.00", "2160.00", "2025-09-27T11:00:00")
    m1 = mail("o22a-pehla", f"Rajkot Clicks <{e}>", OWD, dt("2025-09-28T21:00", "IN"),
              "Refund Request — Rajkot Clicks Studio / OWD-2025-423",
              "Rajkot Clicks Studio na advance nu refund karo please, OWD-2025-423. Thank you.\nHardik\n")
    mail("o22b-jawab", f"Rajkot Clicks <{e}>", OWD, dt("2025-09-30T20:00", "IN"),
         "Re: Refund Request — Rajkot Clicks Studio / OWD-2025-423 [OWD-3310]",
         "Reason: accident ho gaya hai, 3 mahine studio band rahega, doctor ne rest bola hai.\nHardik\n\n"
         "On Mon, 29 Sept 2025, Optima WebDesign wrote:\n> Kripya refund ka karan batayein. [OWD-3310]\n",
         irt="<owd-3310.draft@gmail.com>", refs=[m1, "<owd-3310.draft@gmail.com>"])
    case("o22-thread-karan", OWB, "decided", ["o22a-pehla", "o22b-jawab"],
         "C3 merge; request time = first email 2025-09-28 21:00 (34 h, no work): O2 approve 12000.00 though the "
         "answer came after 72 h.", [R("approve", "12000.00")])

    # o23 postmaster bounce
    mail("o23-postmaster", "postmaster@rediffmail.com", OWD, dt("2025-09-24T10:00", "IN"),
         "Undeliverable: Refund Request",
         "Delivery has failed to these recipients: accounts@oldfirm.in. Original message: please refund deposit\n")
    case("o23-postmaster", OWB, "ignore", ["o23-postmaster"],
         "C7: postmaster sender: ignore.", rules=["C7"])

    # o24 before signing
    mail("o24-sign-karne-se-pehle", "Nidhi Kapoor <nidhikapoor.designs@gmail.com>", OWD,
         dt("2025-09-20T11:00", "IN"), "contract se pehle ek doubt",
         "Hi! Main apne boutique ki website ke liye aapko hire karne ka soch rahi hoon. Agar advance dene ke baad "
         "mera plan change ho gaya to refund milega? Aur annual hosting pasand na aaye to?\nNidhi, Chandigarh\n")
    case("o24-sign-karne-se-pehle", OWB, "other", ["o24-sign-karne-se-pehle"],
         "Section 8 hypotheticals before signing: other.")

    # o25 LO customer writing to the Optima mailbox
    mail("o25-doosra-brand", "Rajat Srivastava <rajat.srivastava@awadhtraders.in>", OWD,
         dt("2025-09-24T11:30", "IN"), "paise do baar kat gaye",
         "Sir mere 1499 do baar kat gaye 20 tareekh ko, LO-INV-80102. Wapas kijiye.\nRajat\n")
    case("o25-doosra-brand", OWB, "need_info", ["o25-doosra-brand"],
         "Section 8 other brand's customer: C1 picks Optima; sender unknown in Optima's ledger: C2 need_info.",
         rules=["C2"])

    # o26 change request
    e = "mkt@fitzonegym.in"
    J("FitZone Gym Site", e, "2025-07-01T10:00:00")
    W("hi_w2601", "OWD-2025-424", "FitZone Gym Site", "change_request", "4500.00", "810.00", "2025-09-18T10:00:00")
    mail("o26-change-request", f"FitZone Gym <{e}>", OWD, dt("2025-09-23T07:00", "IN"),
         "extra page ka refund OWD-2025-424",
         "jo extra pricing page banwaya tha (change request OWD-2025-424) wo acha nahi bana, use bhi nahi karenge, "
         "paisa wapas kar do. FitZone Gym, Indore\n")
    case("o26-change-request", OWB, "decided", ["o26-change-request"],
         "O6: change requests outside the original scope: deny.", [R("deny")])


def main():
    lo_cases()
    owd_cases()
    ledger = {"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}
    out = HERE / "emails"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    for name, data in FILES.items():
        (HERE / name).write_bytes(data)
    (HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(FILES)} emails")


if __name__ == "__main__":
    main()
