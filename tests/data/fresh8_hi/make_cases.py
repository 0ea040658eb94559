#!/usr/bin/env python3
"""Fresh held-out round 8 generator (QA pass qa8c, written from POLICY_SPEC.md alone).

Stdlib only, deterministic. Writes ledger.json, emails/*.eml and expected.json beside itself.
MIT licence, like the project; all text written for this project.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LANG = "hi"

ledger = {"customers": [], "projects": [], "payments": []}
cases = []
_n = [0]


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    ledger["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, paid_at, ps=None, pe=None, tax="0.00", status="paid"):
    ledger["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, email, work_started_at=None):
    ledger["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": work_started_at})


def owpay(pid, inv, project, kind, amount, paid_at, tax="0.00", status="paid", setup_fee=None,
          service_start=None, next_billing_at=None, ps=None, pe=None, ms=None):
    ledger["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": ms})


def mail(name, frm, to, subject, body, when, html=None, headers=None, reply_to=None, parent=None,
         tz=IST):
    """when: 'YYYY-MM-DD HH:MM' local time in tz. Returns (relative file path, message-id)."""
    _n[0] += 1
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    msg["Date"] = format_datetime(dt)
    mid = f"<{LANG}-{name}-{_n[0]}@mail.qa8c.example>"
    msg["Message-ID"] = mid
    if parent:
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    if reply_to:
        msg["Reply-To"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    rel = f"emails/{name}.eml"
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    with open(os.path.join(HERE, rel), "wb") as fh:
        fh.write(msg.as_bytes(policy=SMTP))
    return rel, mid


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    ds = []
    for d in decisions:
        intent, outcome = d[0], d[1]
        e = {"intent": intent, "outcome": outcome}
        if outcome == "approve":
            e["amount"] = d[2]
        if intent == "cancellation" and outcome == "cancel" and len(d) > 2:
            e["effective_date"] = d[2]
        ds.append(e)
    c["decisions"] = ds
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def one(cid, brand, status, decisions, spec, **kw):
    """Single-email case: kw holds mail() args plus case() extras."""
    ckw = {k: kw.pop(k) for k in ("rules", "missing", "ambiguous", "extra_ok") if k in kw}
    rel, _ = mail(cid, **kw)
    case(cid, [rel], brand, status, decisions, spec=spec, **ckw)


def write():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(ledger, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": cases}, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    invs = [p["invoice"] for p in ledger["payments"]]
    assert len(invs) == len(set(invs)), "duplicate invoice numbers"
    ids = [p["id"] for p in ledger["payments"]]
    assert len(ids) == len(set(ids))
    print(len(cases), "cases")


D = "decided"


# ============================ LeadsOptima ============================
cust("sunil.yadav@yadavtravels.in", "Sunil Yadav", "monthly", "2025-09-25", "2025-10-24")
lopay("hi_p01a", "LO-INV-90101", "sunil.yadav@yadavtravels.in", "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24", tax="269.82")
lopay("hi_p01b", "LO-INV-90102", "sunil.yadav@yadavtravels.in", "monthly", "1499.00", "2025-09-25T10:01:00", "2025-09-25", "2025-10-24", tax="269.82")
one("l01-hinglish-do-baar", "leadsoptima", D, [("refund", "approve", "1499.00")],
    "L2 duplicate_payment ('do baar paise kat gaye'); charges 2025-09-25, request 2025-09-27 day 2; L4 approve 1499.00 before tax (C6)",
    frm="Sunil Yadav <sunil.yadav@yadavtravels.in>", to=LO, subject="payment do baar kat gaya",
    body="Namaste sir,\n\n25 tareekh ko monthly plan ke liye mere account se do baar paise kat gaye, ₹1,768.82 dono baar. Doosra wala invoice LO-INV-90102 hai, kripya wo refund kar dijiye.\n\nDhanyavaad\nSunil Yadav\nYadav Tours & Travels, Rewari\n",
    when="2025-09-27 11:00")

cust("pallavi.mishra@mishracoaching.in", "Pallavi Mishra", "quarterly", "2025-09-22", "2025-12-21")
lopay("hi_p02a", "LO-INV-90111", "pallavi.mishra@mishracoaching.in", "quarterly", "3999.00", "2025-09-22T09:00:00", "2025-09-22", "2025-12-21")
lopay("hi_p02b", "LO-INV-90112", "pallavi.mishra@mishracoaching.in", "quarterly", "3999.00", "2025-09-22T09:04:00", "2025-09-22", "2025-12-21")
one("l02-devanagari-dup-day7", "leadsoptima", D, [("refund", "approve", "3999.00")],
    "L2 duplicate ('दो बार'); charges 2025-09-22 day 0, request 2025-09-29 21:30 IST = day 7, inside (L3); L4 approve 3999.00",
    frm="पल्लवी मिश्रा <pallavi.mishra@mishracoaching.in>", to=LO, subject="एक ही भुगतान दो बार",
    body="नमस्ते,\n\nहमारे त्रैमासिक (quarterly) प्लान का भुगतान 22 सितंबर को दो बार कट गया है। दूसरा चालान LO-INV-90112 है। कृपया दूसरी राशि वापस कर दें।\n\nधन्यवाद,\nपल्लवी मिश्रा\nमिश्रा कोचिंग सेंटर, प्रयागराज\n",
    when="2025-09-29 21:30")

cust("manoj.tiwari@tiwarielectricals.in", "Manoj Tiwari", "annual", "2025-09-10", "2026-09-09")
lopay("hi_p03a", "LO-INV-90121", "manoj.tiwari@tiwarielectricals.in", "annual", "11988.00", "2025-09-10T09:00:00", "2025-09-10", "2026-09-09")
lopay("hi_p03b", "LO-INV-90122", "manoj.tiwari@tiwarielectricals.in", "annual", "11988.00", "2025-09-10T09:02:00", "2025-09-10", "2026-09-09")
one("l03-dup-day8-late", "leadsoptima", D, [("refund", "deny")],
    "L3: charges 2025-09-10 day 0, request 2025-09-18 day 8 > 7 -> deny",
    frm="manoj.tiwari@tiwarielectricals.in", to=LO, subject="Double payment annual plan",
    body="Sir ji,\n\nannual plan ka ₹11,988 do baar debit hua hai 10/09 ko. Invoice LO-INV-90122 wala refund karo please. Thoda late likh raha hoon, shaadi mein busy tha.\n\nManoj Tiwari\n",
    when="2025-09-18 10:00")

cust("rekha.chauhan@chauhanboutique.in", "Rekha Chauhan", "monthly", "2025-09-24", "2025-10-23")
lopay("hi_p04", "LO-INV-90131", "rekha.chauhan@chauhanboutique.in", "monthly", "2499.00", "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
one("l04-galat-amount", "leadsoptima", D, [("refund", "escalate")],
    "L2 billing_error ('galat amount', charged 2499 for a 999 plan); charge 2025-09-24, request 2025-09-26 day 2 -> L5 escalate",
    frm="Rekha Chauhan <rekha.chauhan@chauhanboutique.in>", to=LO, subject="galat amount kata hai",
    body="Hello team,\n\nMera plan ₹999 wala monthly hai lekin is baar ₹2,499 kat gaye (LO-INV-90131). Ye galat amount hai, billing error lagta hai. Extra paise wapas kijiye.\n\nRekha\nChauhan Boutique\n",
    when="2025-09-26 15:00")

cust("imran.sheikh@sheikhmobiles.in", "Imran Sheikh", "monthly", "2025-09-26", "2025-10-25")
lopay("hi_p05", "LO-INV-90141", "imran.sheikh@sheikhmobiles.in", "monthly", "1499.00", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
one("l05-login-nahi", "leadsoptima", D, [("refund", "escalate")],
    "L2 access_failure ('login nahi ho raha'); charge 2025-09-26, request 2025-09-30 day 4 -> L6 escalate",
    frm="imran.sheikh@sheikhmobiles.in", to=LO, subject="login nahi ho raha - refund chahiye",
    body="Bhai 26 ko renew hua aur tab se login nahi ho raha, OTP hi nahi aata. Support pe 2 baar bola, kuch nahi hua. LO-INV-90141 ka refund chahiye.\n\nImran\nSheikh Mobiles, Bhiwandi\n",
    when="2025-09-30 19:00")

cust("geeta.saxena@saxenaclinic.in", "Geeta Saxena", "monthly", "2025-09-03", "2025-10-02")
lopay("hi_p06", "LO-INV-90151", "geeta.saxena@saxenaclinic.in", "monthly", "999.00", "2025-09-03T09:00:00", "2025-09-03", "2025-10-02")
one("l06-access-outside", "leadsoptima", D, [("refund", "deny")],
    "L2 access_failure but charge 2025-09-03, request 2025-09-20 day 17 > 7 -> L3 deny",
    frm="डॉ. गीता सक्सेना <geeta.saxena@saxenaclinic.in>", to=LO, subject="डैशबोर्ड नहीं खुल रहा",
    body="नमस्कार,\n\nपिछले दो हफ़्तों से डैशबोर्ड नहीं खुल रहा, dashboard not loading. इस महीने का पैसा (LO-INV-90151) वापस कीजिए।\n\nडॉ. गीता सक्सेना\n",
    when="2025-09-20 12:00")

cust("deepak.chaudhary@chaudharyagro.in", "Deepak Chaudhary", "quarterly", "2025-09-24", "2025-12-23")
lopay("hi_p07", "LO-INV-90161", "deepak.chaudhary@chaudharyagro.in", "quarterly", "3999.00", "2025-09-24T09:00:00", "2025-09-24", "2025-12-23")
one("l07-mann-badal-gaya", "leadsoptima", D, [("refund", "deny")],
    "L1: 'mann badal gaya, use nahi kiya' is not an exception -> deny",
    frm="Deepak Chaudhary <deepak.chaudhary@chaudharyagro.in>", to=LO, subject="refund",
    body="Namaskar,\n\nHumne quarterly plan le liya tha par ab mann badal gaya, abhi tak ek baar bhi use nahi kiya. Please LO-INV-90161 ka paisa wapas kar do.\n\nDeepak Chaudhary\n",
    when="2025-09-25 10:00")

cust("sneha.kapoor@kapoorcakes.in", "Sneha Kapoor", "monthly", "2025-09-14", "2025-10-13")
lopay("hi_p08", "LO-INV-90171", "sneha.kapoor@kapoorcakes.in", "monthly", "999.00", "2025-09-14T09:00:00", "2025-09-14", "2025-10-13")
one("l08-mehenga-refund-cancel", "leadsoptima", D, [("refund", "deny"), ("cancellation", "cancel", "2025-10-13")],
    "L1 'bahut mehenga' not an exception -> refund deny; L8 cancel effective current_period_end 2025-10-13",
    frm="sneha.kapoor@kapoorcakes.in", to=LO, subject="Plan band karo",
    body="Hi,\n\nPlan bahut mehenga pad raha hai hamari chhoti bakery ke liye. Subscription cancel kar do aur bache hue dino ka paisa (LO-INV-90171) refund kar do.\n\nThanks\nSneha\nKapoor Cakes\n",
    when="2025-09-21 16:00")

cust("ajay.pandey@pandeyproperties.in", "Ajay Pandey", "annual", "2025-05-20", "2026-05-19")
lopay("hi_p09", "LO-INV-90181", "ajay.pandey@pandeyproperties.in", "annual", "11988.00", "2025-05-20T09:00:00", "2025-05-20", "2026-05-19")
one("l09-refund-nahi-chahiye", "leadsoptima", D, [("cancellation", "cancel", "2026-05-19")],
    "Section 8 negation: 'refund nahi chahiye' adds no refund intent; L8 cancel effective 2026-05-19",
    frm="Ajay Pandey <ajay.pandey@pandeyproperties.in>", to=LO, subject="auto renewal band karna hai",
    body="Namaste,\n\nMujhe refund nahi chahiye, bas annual plan cancel kar dijiye taaki agle saal auto-renew na ho. Ab hum leads ke liye apni website use karenge.\n\nAjay Pandey\nPandey Properties, Lucknow\n",
    when="2025-09-23 09:00")

cust("kiran.bhatt@bhattstationers.in", "Kiran Bhatt", "monthly")
lopay("hi_p10", "LO-INV-90191", "kiran.bhatt@bhattstationers.in", "monthly", "999.00", "2025-09-17T12:00:00")
one("l10-cancel-fallback", "leadsoptima", D, [("cancellation", "cancel", "2025-10-16")],
    "L8 fallback (no current_period_end): last charge 2025-09-17 + 1 month - 1 day = 2025-10-16",
    frm="kiran.bhatt@bhattstationers.in", to=LO, subject="सदस्यता रद्द करें",
    body="नमस्ते जी,\n\nकृपया मेरी मासिक सदस्यता रद्द कर दें। दुकान का काम अब बेटा देखेगा और उसे इसकी ज़रूरत नहीं है।\n\nकिरण भट्ट\nभट्ट स्टेशनर्स\n",
    when="2025-09-24 10:00")

cust("rakesh.soni@sonijewellers.in", "Rakesh Soni", "monthly", "2025-09-26", "2025-10-25")
lopay("hi_p11", "LO-INV-90201", "rakesh.soni@sonijewellers.in", "monthly", "1499.00", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
one("l11-c4-consumer-court", "leadsoptima", D, [("refund", "escalate")], rules=["C4"],
    spec="C4: 'consumer court' threat -> escalate",
    frm="Rakesh Soni <rakesh.soni@sonijewellers.in>", to=LO, subject="paisa wapas karo warna",
    body="Aapke software se ek bhi lead nahi aayi. LO-INV-90201 ka paisa 3 din mein wapas karo warna main consumer court mein complaint karunga.\n\nRakesh Soni\n",
    when="2025-09-28 20:00")

cust("anjali.thakur@thakurtuition.in", "Anjali Thakur", "quarterly", "2025-08-05", "2025-11-04")
lopay("hi_p12", "LO-INV-90211", "anjali.thakur@thakurtuition.in", "quarterly", "3999.00", "2025-08-05T09:00:00", "2025-08-05", "2025-11-04")
one("l12-c2-gmail", "leadsoptima", "need_info", [], rules=["C2"],
    spec="C2: sender anjali.t.1987@gmail.com is not the registered anjali.thakur@thakurtuition.in (named in the mail) -> need_info, write from the registered address",
    frm="Anjali <anjali.t.1987@gmail.com>", to=LO, subject="cancel my plan",
    body="Hello, main apne personal gmail se likh rahi hoon. Registered email anjali.thakur@thakurtuition.in hai. Quarterly plan cancel karna hai, tuition centre band ho raha hai.\nAnjali\n",
    when="2025-09-20 10:00")

cust("vivek.agnihotri@agnihotrimedia.in", "Vivek Agnihotri", "monthly", "2025-09-25", "2025-10-24")
lopay("hi_p13", "LO-INV-90221", "vivek.agnihotri@agnihotrimedia.in", "monthly", "2499.00", "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
one("l13-c2-forward-hinglish", "leadsoptima", "need_info", [], rules=["C2"],
    spec="Section 8 forwards: accountant forwards the registered user's duplicate-charge mail; it names vivek.agnihotri@agnihotrimedia.in, sender differs -> C2",
    frm="Accounts <accounts@agnihotrimedia.in>", to=LO, subject="Fwd: double charge",
    body="Neeche dekhiye, jaldi kar dijiye.\n\n---------- Forwarded message ---------\nFrom: Vivek Agnihotri <vivek.agnihotri@agnihotrimedia.in>\nDate: Fri, 26 Sept 2025 at 09:40\nSubject: double charge\nTo: Accounts <accounts@agnihotrimedia.in>\n\nLeadsOptima ne 25 ko 2499 do baar kaat liya. Unko bolo refund karein. Mera registered email yahi hai.\nVivek\n",
    when="2025-09-26 12:00")

one("l14-c7-ooo-hindi", "leadsoptima", "ignore", [], rules=["C7"],
    spec="C7: Auto-Submitted: auto-replied -> ignore",
    frm="Sunil Yadav <sunil.yadav@yadavtravels.in>", to=LO, subject="स्वतः उत्तर: Your LeadsOptima receipt",
    body="नमस्ते, मैं 5 अक्टूबर तक छुट्टी पर हूँ। ज़रूरी काम के लिए 98xxxxxx21 पर कॉल करें।\nI am on leave till 5 Oct.\n",
    when="2025-09-29 08:00", headers={"Auto-Submitted": "auto-replied"})

one("l15-hypothetical", "leadsoptima", "other", [],
    "Section 8 hypotheticals: 'agar pasand na aaye to refund milega?' before buying -> other",
    frm="Harpreet Singh <harpreet@singhdhaba.in>", to=LO, subject="annual plan lene se pehle ek sawal",
    body="Sat Sri Akal ji,\n\nAnnual plan lene ka soch raha hoon dhabe ke liye. Agar pehle mahine mein pasand na aaye to kya refund milega? Ya sirf monthly lena theek rahega?\n\nHarpreet Singh\n",
    when="2025-09-24 13:00")

cust("nitin.goyal@goyaltraders.in", "Nitin Goyal", "monthly", "2025-09-12", "2025-10-11")
lopay("hi_p16", "LO-INV-90231", "nitin.goyal@goyaltraders.in", "monthly", "999.00", "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")
one("l16-howto", "leadsoptima", "other", [],
    "Non-request: how to add a team member -> other",
    frm="nitin.goyal@goyaltraders.in", to=LO, subject="team member kaise add karein?",
    body="Hello,\nMere staff ko bhi dashboard access dena hai. Naya user kaise add karte hain? Settings mein option nahi mil raha.\nNitin Goyal\n",
    when="2025-09-22 11:00")

cust("shalini.dubey@dubeydecor.in", "Shalini Dubey", "monthly", "2025-09-27", "2025-10-26")
lopay("hi_p17", "LO-INV-90241", "shalini.dubey@dubeydecor.in", "monthly", "1499.00", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
one("l17-no-reason", "leadsoptima", "need_info", [], missing=["reason"],
    spec="LO refund needs a reason; 'kripya refund karein' restates the request, greeting/signature not reasons (section 8) -> need_info reason",
    frm="Shalini Dubey <shalini.dubey@dubeydecor.in>", to=LO, subject="Refund LO-INV-90241",
    body="आदरणीय महोदय,\n\nकृपया चालान LO-INV-90241 का रिफंड करें।\n\nसधन्यवाद,\nशालिनी दुबे\nदुबे डेकोर\n",
    when="2025-09-28 10:00")

cust("arvind.rathore@rathorefitness.in", "Arvind Rathore", "monthly", "2025-09-26", "2025-10-25")
lopay("hi_p18a", "LO-INV-90251", "arvind.rathore@rathorefitness.in", "monthly", "2499.00", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
lopay("hi_p18b", "LO-INV-90252", "arvind.rathore@rathorefitness.in", "monthly", "2499.00", "2025-09-26T09:03:00", "2025-09-26", "2025-10-25")
r1, m1 = mail("l18-thread-1", "Arvind Rathore <arvind.rathore@rathorefitness.in>", LO, "refund chahiye",
              "Hi, mera payment 2 baar ho gaya hai is mahine. Ek wapas kar do.\nArvind\n", "2025-09-27 09:00")
r2, _ = mail("l18-thread-2", "Arvind Rathore <arvind.rathore@rathorefitness.in>", LO, "Re: refund chahiye [LO-4410]",
             "Invoice no. lo-inv-90252 hai (doosra wala).\nArvind\n\n> Kripya us charge ka invoice number bataiye.\n", "2025-09-27 13:00", parent=m1)
case("l18-thread-invoice", [r1, r2], "leadsoptima", D, [("refund", "approve", "2499.00")],
     spec="C3: invoice answered in the reply ('lo-inv-90252' = LO-INV-90252, section 8 matching); request 2025-09-27 day 1; L4 approve 2499.00")

cust("mohit.arora@arorasweets.in", "Mohit Arora", "monthly", "2025-09-28", "2025-10-27")
lopay("hi_p19a", "LO-INV-90261", "mohit.arora@arorasweets.in", "monthly", "999.00", "2025-09-28T09:00:00", "2025-09-28", "2025-10-27")
lopay("hi_p19b", "LO-INV-90262", "mohit.arora@arorasweets.in", "monthly", "999.00", "2025-09-28T09:01:00", "2025-09-28", "2025-10-27")
one("l19-html-devanagari-dup", "leadsoptima", D, [("refund", "approve", "999.00")],
    "HTML-only, Devanagari; L2 duplicate ('दो बार'); charges 2025-09-28, request 09-29 day 1; L4 approve 999.00",
    frm="मोहित अरोड़ा <mohit.arora@arorasweets.in>", to=LO, subject="दोहरा भुगतान",
    body=None, html="<html><body><p>नमस्ते LeadsOptima,</p><p>28 सितंबर को मेरे कार्ड से ₹999 <b>दो बार</b> कटे हैं। दूसरा चालान: LO-INV-90262</p><p>कृपया डुप्लिकेट राशि लौटा दें।</p><p>मोहित अरोड़ा<br>अरोड़ा स्वीट्स, अमृतसर</p></body></html>",
    when="2025-09-29 18:00")

cust("sarita.jha@jhahandloom.in", "Sarita Jha", "monthly", "2025-09-27", "2025-10-26", status="cancelled")
lopay("hi_p20", "LO-INV-90271", "sarita.jha@jhahandloom.in", "monthly", "999.00", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
one("l20-cancel-ke-baad-charge", "leadsoptima", D, [("refund", "escalate")],
    "L2 billing_error: past event 'maine 15 ko cancel kiya tha, phir bhi 27 ko paisa kata' (charged after cancelling); charge 2025-09-27, request 09-28 day 1 -> L5 escalate",
    frm="Sarita Jha <sarita.jha@jhahandloom.in>", to=LO, subject="cancel karne ke baad bhi charge",
    body="Namaste,\n\nMaine 15 September ko hi plan cancel kar diya tha, phir bhi 27 ko ₹999 kaat liye (LO-INV-90271). Cancel karne ke baad charge kyun hua? Ye billing error hai, paisa wapas chahiye.\n\nSarita Jha\nJha Handloom, Madhubani\n",
    when="2025-09-28 11:00")

cust("prakash.naidu@naiducaterers.in", "Prakash Naidu", "monthly", status="trial", trial_ends="2025-10-08")
one("l21-trial", "leadsoptima", D, [("refund", "deny")],
    "L7: free-trial account, no charges in the ledger -> deny; no billing unless they subscribe",
    frm="prakash.naidu@naiducaterers.in", to=LO, subject="trial - refund",
    body="Hello,\nMain abhi free trial pe hoon. Mera paisa wapas kar do, humein ye tool catering business ke liye suit nahi kar raha.\nPrakash\n",
    when="2025-09-26 10:00",
    ambiguous="A trial has no invoice to quote; read as L7 deny (nothing to refund) rather than need_info for invoice_number.")

one("l22-c7-list", "leadsoptima", "ignore", [], rules=["C7"],
    spec="C7: List-Id / Precedence: list (a Google Group digest) -> ignore",
    frm="Indian SaaS Founders <saas-founders@googlegroups.com>", to=LO, subject="[saas-founders] refund policy kaisi honi chahiye?",
    body="Digest: 3 naye messages. 'Refund policy kaise likhein', 'cancel flow best practices'...\n",
    when="2025-09-25 06:00", headers={"Precedence": "list", "List-Id": "<saas-founders.googlegroups.com>"})

cust("ritu.khanna@khannaeducation.in", "Ritu Khanna", "annual", "2025-09-29", "2026-09-28")
lopay("hi_p23", "LO-INV-90281", "ritu.khanna@khannaeducation.in", "annual", "11988.00", "2025-09-29T09:00:00", "2025-09-29", "2026-09-28")
one("l23-c4-chargeback-and-cancel", "leadsoptima", D, [("refund", "escalate"), ("cancellation", "escalate")], rules=["C4"],
    spec="Section 8: C4 (chargeback) covers the whole case: both refund and cancellation escalate",
    frm="Ritu Khanna <ritu.khanna@khannaeducation.in>", to=LO, subject="annual plan cancel + refund, warna chargeback",
    body="Mujhe monthly chahiye tha, aapne annual ka ₹11,988 kaat liya (LO-INV-90281). Plan cancel karo aur paisa wapas karo, nahi to main bank mein chargeback daal dungi.\n\nRitu Khanna\n",
    when="2025-09-30 10:00")

cust("sachin.pawar@pawarauto.in", "Sachin Pawar", "quarterly", "2025-07-15", "2025-10-14")
lopay("hi_p24", "LO-INV-90291", "sachin.pawar@pawarauto.in", "quarterly", "3999.00", "2025-07-15T09:00:00", "2025-07-15", "2025-10-14")
one("l24-cancel-typos-mixed", "leadsoptima", D, [("cancellation", "cancel", "2025-10-14")],
    "L8 cancel effective current_period_end 2025-10-14; typo-heavy Hinglish",
    frm="sachin.pawar@pawarauto.in", to=LO, subject="subscripton cancle",
    body="sir plz mera quartrly plan cancle kr do, garage ka kaam slow h abhi. agle quarter ka paisa mat katna\nsachin pawar\npawar auto works\n\nSent from my Redmi\n",
    when="2025-09-27 22:00")

# ============================ Optima WebDesign ============================
proj("Shri Ram Sweets Website", "owner@shriramsweets.in")
owpay("hi_o01", "OWD-2025-901", "Shri Ram Sweets Website", "deposit", "25000.00", "2025-09-28T12:00:00", tax="4500.00")
one("o01-deposit-inside", "optima_webdesign", D, [("refund", "approve", "25000.00")],
    "O2: paid 2025-09-28 12:00, request 2025-09-30 09:00 = 45h < 72h, no work started -> approve 25000.00 (tax 4500 not refunded, C6)",
    frm="Shri Ram Sweets <owner@shriramsweets.in>", to=OWD, subject="Refund Request — Shri Ram Sweets Website / OWD-2025-901",
    body="Namaste Optima team,\n\nParso humne Shri Ram Sweets Website ke liye ₹29,500 (GST ke saath) booking deposit diya tha, invoice OWD-2025-901. Ghar mein shaadi ki wajah se ye project abhi nahi kar paayenge, isliye deposit wapas chahiye.\n\nDhanyavaad\nRamesh Agarwal\n",
    when="2025-09-30 09:00")

proj("Ganesh Tiffin Service App", "ganeshtiffin@ganeshtiffin.in")
owpay("hi_o02", "OWD-2025-902", "Ganesh Tiffin Service App", "deposit", "18000.00", "2025-09-22T09:00:00")
one("o02-deposit-after-72h", "optima_webdesign", D, [("refund", "deny")],
    "O2: paid 2025-09-22 09:00, request 2025-09-25 11:00 = 74h >= 72h -> deny",
    extra_ok=True,
    frm="ganeshtiffin@ganeshtiffin.in", to=OWD, subject="deposit wapas",
    body="Hello,\nGanesh Tiffin Service App ka project hum cancel kar rahe hain kyunki partner alag ho gaya. Deposit OWD-2025-902 refund kar dijiye.\nGanesh Patil\n",
    when="2025-09-25 11:00")

proj("Vrindavan Ashram Portal", "seva@vrindavanashram.org", work_started_at="2025-09-10T10:00:00")
owpay("hi_o03", "OWD-2025-903", "Vrindavan Ashram Portal", "discovery", "10000.00", "2025-09-05T10:00:00")
one("o03-discovery-started", "optima_webdesign", D, [("refund", "deny")],
    "O1: discovery session started 2025-09-10, before request 2025-09-24 -> deny",
    frm="सेवा विभाग <seva@vrindavanashram.org>", to=OWD, subject="रिफंड अनुरोध — Vrindavan Ashram Portal",
    body="जय श्री कृष्ण,\n\nVrindavan Ashram Portal के लिए स्ट्रेटेजी सेशन (OWD-2025-903) हुआ था, पर ट्रस्ट ने अब बजट रोक दिया है। कृपया शुल्क लौटा दें।\n\nसेवा विभाग\n",
    when="2025-09-24 10:00")

proj("Maa Durga Jewellers Store", "info@maadurgajewellers.in")
owpay("hi_o04", "OWD-2025-904", "Maa Durga Jewellers Store", "discovery", "9500.00", "2025-09-21T10:00:00", tax="1710.00")
one("o04-discovery-not-started", "optima_webdesign", D, [("refund", "approve", "9500.00")],
    "O1: discovery fee, no session/deliverable started (work_started_at empty) -> approve 9500.00",
    frm="info@maadurgajewellers.in", to=OWD, subject="discovery fee refund - Maa Durga Jewellers Store",
    body="Namaskar,\n\nDiscovery call abhi tak schedule nahi hui aur humne ab Instagram shop hi chalane ka faisla kiya hai. Discovery fee OWD-2025-904 (Maa Durga Jewellers Store) wapas kar dijiye.\n\nSuresh Soni\n",
    when="2025-09-25 12:00")

proj("Himachal Homestays Portal", "book@himachalhomestays.in", work_started_at="2025-08-01T10:00:00")
owpay("hi_o05", "OWD-2025-905", "Himachal Homestays Portal", "milestone", "32000.00", "2025-09-12T10:00:00", tax="5760.00", ms="not_started")
one("o05-milestone-not-started", "optima_webdesign", D, [("refund", "approve", "32000.00")],
    "O3: milestone not_started -> approve its amount 32000.00 before tax",
    frm="Himachal Homestays <book@himachalhomestays.in>", to=OWD, subject="Refund Request — Himachal Homestays Portal / OWD-2025-905",
    body="Namaste,\n\nPayment gateway wala milestone (OWD-2025-905) humein nahi chahiye, kyunki hum ab Airbnb se hi booking lenge. Wo kaam abhi shuru nahi hua hai, to uska paisa refund kar dijiye.\n\nVikas Thakur\n",
    when="2025-09-26 10:00")

proj("Bharat Steel Corporate Site", "marketing@bharatsteel.in", work_started_at="2025-07-01T10:00:00")
owpay("hi_o06", "OWD-2025-906", "Bharat Steel Corporate Site", "milestone", "40000.00", "2025-08-20T10:00:00", ms="completed")
one("o06-milestone-completed", "optima_webdesign", D, [("refund", "deny")],
    "O3/O6: milestone completed -> deny",
    frm="marketing@bharatsteel.in", to=OWD, subject="milestone refund",
    body="Hi,\n\nDesign milestone (OWD-2025-906) complete ho gaya tha par naye MD ko design pasand nahi aaya. Iska refund chahiye, Bharat Steel Corporate Site.\n\nMarketing Team\n",
    when="2025-09-19 10:00")

proj("Rajasthan Crafts Retainer", "admin@rajasthancrafts.in")
owpay("hi_o07", "OWD-2025-907", "Rajasthan Crafts Retainer", "retainer", "14000.00", "2025-09-10T10:00:00", next_billing_at="2025-10-10T10:00:00", ps="2025-09-10", pe="2025-10-09")
one("o07-retainer-notice-ok", "optima_webdesign", D, [("cancellation", "cancel", "2025-10-09")],
    "O4/O8: next_billing_at 2025-10-10, cut-off 2025-10-03; request 2025-09-26 on time -> effective 2025-10-09",
    frm="admin@rajasthancrafts.in", to=OWD, subject="retainer band karna hai — Rajasthan Crafts Retainer",
    body="Namaste Optima,\n\nRajasthan Crafts Retainer (OWD-2025-907) band kar dijiye. Hum apni website ab khud manage karenge, humne ek trainee rakh liya hai.\n\nAdmin\n",
    when="2025-09-26 10:00")

proj("Kashi Silk Retainer", "it@kashisilk.in")
owpay("hi_o08", "OWD-2025-908", "Kashi Silk Retainer", "retainer", "11000.00", "2025-09-04T10:00:00", next_billing_at="2025-10-04T10:00:00", ps="2025-09-04", pe="2025-10-03")
one("o08-retainer-short-notice", "optima_webdesign", D, [("cancellation", "cancel", "2025-11-03")],
    "O4: next_billing_at 2025-10-04, cut-off 2025-09-27; request 2025-09-28 is late (6 days) -> next cycle 2025-10-04..2025-11-03 billed; effective 2025-11-03",
    frm="Kashi Silk IT <it@kashisilk.in>", to=OWD, subject="रिटेनर रद्द करें — OWD-2025-908",
    body="नमस्ते,\n\nकृपया Kashi Silk Retainer (OWD-2025-908) रद्द कर दें। कंपनी ने सारे डिजिटल काम एक ही एजेंसी को देने का फ़ैसला किया है।\n\nआईटी विभाग, काशी सिल्क\n",
    when="2025-09-28 10:00")

proj("Gomti Riverside Hotel Hosting", "fo@gomtiriverside.in")
owpay("hi_o09", "OWD-2025-909", "Gomti Riverside Hotel Hosting", "hosting_annual", "21000.00", "2025-09-19T10:00:00", tax="3780.00", setup_fee="2100.00", service_start="2025-09-20")
one("o09-hosting-within-14", "optima_webdesign", D, [("refund", "approve", "17325.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-29 day 9; monthly (21000-2100)/12 = 1575; 21000-2100-1575 = 17325.00",
    frm="Front Office <fo@gomtiriverside.in>", to=OWD, subject="hosting plan cancel aur refund",
    body="Namaste,\n\nGomti Riverside Hotel Hosting ka annual plan (OWD-2025-909) hum cancel karna chahte hain, hotel chain ka apna server hai. Jo bhi refund banta hai wo de dijiye.\n\nFront Office Manager\n",
    when="2025-09-29 10:00")

proj("Narmada School Maintenance", "office@narmadaschool.in")
owpay("hi_o10", "OWD-2025-910", "Narmada School Maintenance", "maintenance_annual", "12000.00", "2025-08-28T10:00:00", setup_fee="1200.00", service_start="2025-09-01")
one("o10-maintenance-day16", "optima_webdesign", D, [("refund", "deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-17 = day 16 > 14 -> deny",
    frm="office@narmadaschool.in", to=OWD, subject="maintenance refund",
    body="Sir,\n\nNarmada School Maintenance plan (OWD-2025-910) ki zarurat nahi hai, school ka IT teacher sab sambhal lega. Refund kar dijiye.\n\nPrincipal Office\n",
    when="2025-09-17 10:00")

proj("Desi Ghee Store", "orders@desigheestore.in", work_started_at="2025-06-01T10:00:00")
owpay("hi_o11", "OWD-2025-911", "Desi Ghee Store", "third_party", "4200.00", "2025-09-24T10:00:00")
one("o11-plugin-licence", "optima_webdesign", D, [("refund", "deny")],
    "O6: third_party (premium plugin licence) -> deny",
    frm="orders@desigheestore.in", to=OWD, subject="plugin ka paisa wapas",
    body="Hi,\nDesi Ghee Store ke liye jo premium plugin licence kharida (OWD-2025-911) wo hum use hi nahi kar rahe. Uska paisa wapas kijiye.\nAnkit\n",
    when="2025-09-27 10:00")

proj("Lakshmi Textiles Site", "contact@lakshmitextiles.in")
owpay("hi_o12", "OWD-2025-912", "Lakshmi Textiles Site", "deposit", "15000.00", "2025-09-29T10:00:00")
one("o12-c2-personal-email", "optima_webdesign", "need_info", [], rules=["C2"],
    spec="C2: sender lakshmi.textiles.owner@yahoo.in is not the contract email -> need_info",
    frm="lakshmi.textiles.owner@yahoo.in", to=OWD, subject="deposit refund",
    body="Namaste, Lakshmi Textiles Site ka deposit OWD-2025-912 wapas chahiye, diwali ke baad shuru karenge. Main personal email se likh raha hoon.\n",
    when="2025-09-30 10:00")

proj("Awadh Kebabs Ordering", "manager@awadhkebabs.in", work_started_at="2025-07-10T10:00:00")
owpay("hi_o13", "OWD-2025-913", "Awadh Kebabs Ordering", "milestone", "26000.00", "2025-09-01T10:00:00", ms="approved")
one("o13-c4-vakeel", "optima_webdesign", D, [("refund", "escalate")], rules=["C4"],
    spec="C4: 'lawyer ... legal notice' -> escalate",
    frm="Awadh Kebabs <manager@awadhkebabs.in>", to=OWD, subject="paisa wapas karo — Awadh Kebabs Ordering",
    body="Aapki banayi ordering site (OWD-2025-913) roz crash hoti hai. Paisa wapas karo, warna hamare lawyer aapko legal notice bhejenge.\n\nManager, Awadh Kebabs\n",
    when="2025-09-23 10:00")

proj("Sai Clinic Retainer", "drsai@saiclinic.in")
owpay("hi_o14", "OWD-2025-914", "Sai Clinic Retainer", "retainer", "10000.00", "2025-09-15T10:00:00", next_billing_at="2025-10-15T10:00:00", ps="2025-09-15", pe="2025-10-14")
one("o14-cancel-no-reason", "optima_webdesign", "need_info", [], missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations; 'kripya dekh lijiye' is a forwarding/courtesy note, not a reason -> need_info reason",
    frm="Dr Sai <drsai@saiclinic.in>", to=OWD, subject="Sai Clinic Retainer cancel",
    body="Namaste,\n\nSai Clinic Retainer (OWD-2025-914) cancel kar dijiye. Kripya dekh lijiye.\n\nDr. Sai Prasad\nSai Clinic\n",
    when="2025-09-22 10:00")

proj("Ujjain Temple Trust Site", "trust@ujjaintemple.org")
owpay("hi_o15", "OWD-2025-915", "Ujjain Temple Trust Site", "retainer", "8000.00", "2025-09-20T10:00:00", next_billing_at="2025-10-20T10:00:00", ps="2025-09-20", pe="2025-10-19")
r1, m1 = mail("o15-thread-1", "Ujjain Temple Trust <trust@ujjaintemple.org>", OWD, "retainer cancel — Ujjain Temple Trust Site",
              "नमस्ते,\nकृपया हमारा रिटेनर (Ujjain Temple Trust Site, OWD-2025-915) बंद कर दें।\nट्रस्ट कार्यालय\n", "2025-09-24 10:00")
r2, _ = mail("o15-thread-2", "Ujjain Temple Trust <trust@ujjaintemple.org>", OWD, "Re: retainer cancel — Ujjain Temple Trust Site [OWD-5120]",
             "नमस्ते,\nकारण: ट्रस्ट की नई समिति ने सरकारी पोर्टल पर जाने का निर्णय लिया है, इसलिए अब हमें अलग वेबसाइट रखरखाव की ज़रूरत नहीं।\nट्रस्ट कार्यालय\n\n> कृपया रद्द करने का कारण बताइए।\n", "2025-09-25 11:00", parent=m1)
case("o15-thread-reason", [r1, r2], "optima_webdesign", D, [("cancellation", "cancel", "2025-10-19")],
     spec="C3 reason answered in the reply; request time = first email 2025-09-24; next_billing_at 2025-10-20, cut-off 2025-10-13 -> on time; effective 2025-10-19")

proj("Pahadi Organics Shop", "hello@pahadiorganics.in", work_started_at="2025-06-15T10:00:00")
owpay("hi_o16", "OWD-2025-916", "Pahadi Organics Shop", "milestone", "22000.00", "2025-09-05T10:00:00", ms="in_progress")
one("o16-milestone-in-progress", "optima_webdesign", D, [("refund", "escalate")],
    "O3: milestone in_progress -> escalate",
    frm="hello@pahadiorganics.in", to=OWD, subject="Fwd: milestone refund",
    body="Dekh lijiye please.\n\n-----Original Message-----\nFrom: hello@pahadiorganics.in\nSent: Tuesday, September 16, 2025 10:00 AM\nTo: support@optimawebdesign.com\nSubject: milestone refund\n\nPahadi Organics Shop ka subscription-box milestone (OWD-2025-916) aadha hi bana hai aur ab hum wo feature nahi chahte kyunki courier partner ne service band kar di. Jo kaam nahi hua uska refund dijiye.\n",
    when="2025-09-23 10:00")

proj("Goa Beach Shacks Site", "shack@goabeachshacks.in", work_started_at="2025-08-01T10:00:00")
owpay("hi_o17", "OWD-2025-917", "Goa Beach Shacks Site", "rush", "6000.00", "2025-09-15T10:00:00")
one("o17-rush-devanagari", "optima_webdesign", D, [("refund", "deny")],
    "O6: rush fee -> deny",
    frm="shack@goabeachshacks.in", to=OWD, subject="रश फ़ीस वापसी",
    body="नमस्ते,\n\nGoa Beach Shacks Site के लिए हमने जल्दी डिलीवरी की अतिरिक्त फ़ीस (OWD-2025-917) दी थी, पर सीज़न देर से शुरू हुआ तो उसका कोई फ़ायदा नहीं हुआ। वह फ़ीस लौटा दीजिए।\n\nरॉड्रिग्स\n",
    when="2025-09-22 10:00")

one("o18-c7-mailer-daemon", "optima_webdesign", "ignore", [], rules=["C7"],
    spec="C7: MAILER-DAEMON bounce -> ignore",
    frm="MAILER-DAEMON@mx.rediffmail.example", to=OWD, subject="Failure Notice",
    body="Sorry, we were unable to deliver your message to the following address.\n<purana.client@rediffmail.com>: mailbox full\n--- Below this line is a copy of the message.\nSubject: Re: Refund Request\n",
    when="2025-09-26 03:00")

one("o19-other-question", "optima_webdesign", "other", [],
    "Non-request: asks for a GST invoice copy -> other",
    frm="Shri Ram Sweets <owner@shriramsweets.in>", to=OWD, subject="GST bill chahiye",
    body="Namaste, pichhle mahine ke payment ka GST invoice PDF bhej dijiye, CA maang raha hai. Dhanyavaad.\nRamesh\n",
    when="2025-09-12 10:00")

proj("Mithila Paintings Store", "shop@mithilapaintings.in", work_started_at="2025-05-01T10:00:00")
owpay("hi_o20", "OWD-2025-918", "Mithila Paintings Store", "change_request", "5500.00", "2025-09-20T10:00:00")
one("o20-change-request", "optima_webdesign", D, [("refund", "deny")],
    "O6: change_request -> deny",
    frm="shop@mithilapaintings.in", to=OWD, subject="change request ka refund",
    body="Hi team,\nMithila Paintings Store pe jo extra gallery filter ka change request (OWD-2025-918) diya tha wo ab nahi chahiye, artist ne collection hata liya. Uska paisa wapas kar do.\nPooja\n",
    when="2025-09-24 10:00")

proj("Chambal Safari Retainer", "ops@chambalsafari.in")
owpay("hi_o21", "OWD-2025-919", "Chambal Safari Retainer", "retainer", "9500.00", "2025-09-06T10:00:00", next_billing_at="2025-10-06T10:00:00", ps="2025-09-06", pe="2025-10-05")
one("o21-c4-cancel-consumer-forum", "optima_webdesign", D, [("cancellation", "escalate")], rules=["C4"],
    spec="Section 8: C4 covers the whole case; 'consumer forum' threat escalates the cancellation",
    frm="ops@chambalsafari.in", to=OWD, subject="retainer turant band karo",
    body="Chambal Safari Retainer (OWD-2025-919) turant band karo, 3 hafte se koi update nahi. Agar October ka bill aaya to consumer forum jaayenge.\nOps Team\n",
    when="2025-09-25 10:00")


# ---------------- more hard cases ----------------
cust("zoya.khan@khanperfumes.in", "Zoya Khan", "monthly", "2025-09-23", "2025-10-22")
lopay("hi_p25", "LO-INV-90301", "zoya.khan@khanperfumes.in", "monthly", "1499.00", "2025-09-23T09:00:00", "2025-09-23", "2025-10-22")
one("l25-access-nahi-khul-raha", "leadsoptima", D, [("refund", "escalate")],
    "L2 access_failure ('no access' / app nahi khul raha); charge 2025-09-23, request 2025-09-30 day 7 (inside, L3) -> L6 escalate",
    frm="Zoya Khan <zoya.khan@khanperfumes.in>", to=LO, subject="account access nahi",
    body="Assalamualaikum,\n\n23 tareekh ko payment ke baad se mere account mein no access aa raha hai, app khulta hi nahi. Aapki team ne bola tha check karenge, abhi tak theek nahi hua. LO INV 90301 ka refund chahiye.\n\nZoya Khan\nKhan Perfumes, Hyderabad\n",
    when="2025-09-30 20:00")

cust("bhavesh.shah@shahinsurance.in", "Bhavesh Shah", "quarterly", "2025-09-01", "2025-11-30")
lopay("hi_p26", "LO-INV-90311", "bhavesh.shah@shahinsurance.in", "quarterly", "3999.00", "2025-09-01T09:00:00", "2025-09-01", "2025-11-30")
one("l26-past-cancel-question", "leadsoptima", D, [("cancellation", "cancel", "2025-11-30")],
    "Hinglish cancellation with 'refund ki zarurat nahi' (negation); L8 cancel effective current_period_end 2025-11-30",
    frm="Bhavesh Shah <bhavesh.shah@shahinsurance.in>", to=LO, subject="Re: quarterly plan",
    body="Hello team,\n\nQuarterly plan ko cancel kar dijiye, November ke baad renew nahi karna. Refund ki zarurat nahi hai, bas agla charge nahi aana chahiye. Insurance leads ab hum direct agents se le rahe hain.\n\nBhavesh Shah\n",
    when="2025-09-15 10:00", headers={"In-Reply-To": "<renewal-reminder-90311@leadsoptima.com>", "References": "<renewal-reminder-90311@leadsoptima.com>"})

proj("Panchkula Pet Clinic Site", "vet@panchkulapets.in")
owpay("hi_o22", "OWD-2025-920", "Panchkula Pet Clinic Site", "setup", "3500.00", "2025-09-20T10:00:00")
one("o22-setup-devanagari", "optima_webdesign", D, [("refund", "deny")],
    "O6: setup/activation fee -> deny",
    frm="vet@panchkulapets.in", to=OWD, subject="सेटअप शुल्क वापसी — Panchkula Pet Clinic Site",
    body="नमस्ते,\n\nहमें बताया गया था कि सेटअप मुफ़्त है, फिर भी ₹3,500 का सेटअप शुल्क (OWD-2025-920) लगाया गया। कृपया यह राशि वापस करें।\n\nडॉ. मनप्रीत\n",
    when="2025-09-23 10:00")

proj("Kutch Handicrafts Maintenance", "care@kutchhandicrafts.in")
owpay("hi_o23", "OWD-2025-921", "Kutch Handicrafts Maintenance", "maintenance_annual", "9600.00", "2025-09-24T10:00:00", setup_fee="600.00", service_start="2025-09-25")
one("o23-maintenance-hinglish-approve", "optima_webdesign", D, [("refund", "approve", "8250.00")], extra_ok=True,
    spec="O5: service_start 2025-09-25, request 2025-09-30 day 5; monthly (9600-600)/12 = 750; 9600-600-750 = 8250.00",
    frm="care@kutchhandicrafts.in", to=OWD, subject="maintenance plan refund — Kutch Handicrafts Maintenance",
    body="Namaste,\n\nKutch Handicrafts Maintenance ka annual plan (OWD-2025-921) galti se le liya, humara marketplace partner hi maintenance karta hai. Plan band karke jo banta hai wo refund kar dijiye.\n\nJignesh\n",
    when="2025-09-30 10:00")

one("o24-c7-auto-generated-hindi", "optima_webdesign", "ignore", [], rules=["C7"],
    spec="C7: Auto-Submitted: auto-generated ticket acknowledgement -> ignore",
    frm="Helpdesk <helpdesk@bharatsteel.in>", to=OWD, subject="आपका टिकट #7781 प्राप्त हुआ",
    body="धन्यवाद! आपका संदेश मिल गया है। हमारी टीम 48 घंटे में जवाब देगी।\n",
    when="2025-09-20 10:00", headers={"Auto-Submitted": "auto-generated"})


write()
