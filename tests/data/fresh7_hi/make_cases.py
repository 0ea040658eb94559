"""Fresh held-out round 7, Hindi (Devanagari + Hinglish). Written by QA pass qa7c from POLICY_SPEC.md alone. MIT."""
LANG = "hi"
PREFIX = "h7"
# ---- engine (stdlib only) ----
import json, os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO_TO = "support@leadsoptima.com"
OWD_TO = "optimawebdesigns12@gmail.com"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
_n = [0]


def cust(email, plan, ps, pe, name="", status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name or email.split("@")[0],
                                "plan": plan, "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def pay(inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    _n[0] += 1
    LEDGER["payments"].append({"brand": "leadsoptima", "id": "%s_p%d" % (PREFIX, _n[0]), "invoice": inv,
                               "customer_email": email, "kind": "subscription", "plan": plan,
                               "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
                               "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, work_started_at=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": work_started_at})


def opay(inv, project, kind, amount, paid_at, tax="0.00", setup_fee=None, service_start=None,
         next_billing_at=None, period_start=None, period_end=None, milestone_status=None, status="paid"):
    _n[0] += 1
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": "%s_p%d" % (PREFIX, _n[0]), "invoice": inv,
                               "project": project, "kind": kind, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "status": status,
                               "setup_fee": setup_fee, "service_start": service_start,
                               "next_billing_at": next_billing_at, "period_start": period_start,
                               "period_end": period_end, "milestone_status": milestone_status})


def mail(cid, k, frm, to, subject, when, body, html=False, headers=None, reply_to_id=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    y, mo, d, h, mi = when
    m["Date"] = format_datetime(datetime(y, mo, d, h, mi, tzinfo=IST))
    mid = "<%s-%d@mail.%s.example>" % (cid, k, PREFIX)
    m["Message-ID"] = mid
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for hk, hv in (headers or {}).items():
        m[hk] = hv
    if html:
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
    name = "emails/%s-%d.eml" % (cid, k)
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(m.as_bytes())
    return name, mid


def case(cid, brand, status, rules, decisions, spec, msgs, missing=None, ambiguous=None, extra_ok=False, note=""):
    """msgs: list of (from, subject, when, body, opts)."""
    files = []
    prev = None
    to = LO_TO if brand == "leadsoptima" else OWD_TO
    for k, msg in enumerate(msgs, 1):
        frm, subject, when, body = msg[:4]
        opts = msg[4] if len(msg) > 4 else {}
        name, mid = mail(cid, k, frm, opts.get("to", to), subject, when, body, html=opts.get("html", False),
                         headers=opts.get("headers"), reply_to_id=prev if k > 1 else None)
        files.append(name)
        prev = mid
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": rules}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_note"] = note
    CASES.append(c)


def R(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    return d


def C(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


def write():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump(LEDGER, f, ensure_ascii=False, indent=1)
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs)), "duplicate invoice"
    out = []
    for c in CASES:
        c = dict(c)
        c.pop("_note")
        out.append(c)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": out}, f, ensure_ascii=False, indent=1)
    print(len(out), "cases")
# ---- end engine ----

# ================= LeadsOptima =================
cust("sunita.kulkarni@rediffmail.com", "monthly", "2025-09-20", "2025-10-19", "Sunita Kulkarni")
pay("LO-INV-71001", "sunita.kulkarni@rediffmail.com", "monthly", "1499.00", "2025-09-20T08:10:00", "2025-09-20", "2025-10-19")
pay("LO-INV-71002", "sunita.kulkarni@rediffmail.com", "monthly", "1499.00", "2025-09-20T08:11:30", "2025-09-20", "2025-10-19")
case("l01-dup-devanagari", "leadsoptima", "decided", [], [R("approve", "1499.00")],
     "L2 duplicate_payment; two paid monthly charges 1499.00 on 2025-09-20 same period; request 2025-09-23 = day 3 <= 7 (L3); L4 approve the later charge LO-INV-71002, 1499.00",
     [("Sunita Kulkarni <sunita.kulkarni@rediffmail.com>", "पेमेंट दो बार कट गया", (2025, 9, 23, 11, 40),
       "नमस्ते टीम,\n\n20 सितम्बर को मेरे कार्ड से LeadsOptima के मंथली प्लान के ₹1,499 दो बार कट गए हैं, दो मिनट के अंतर पर। "
       "बैंक स्टेटमेंट में दोनों एंट्री दिख रही हैं। दूसरी वाली इनवॉइस LO-INV-71002 है, कृपया उसका पैसा वापस कर दीजिए।\n\n"
       "धन्यवाद,\nसुनीता कुलकर्णी\nकुलकर्णी होम ट्यूशन्स, पुणे")])

cust("rakesh.bansal@bansaltraders.in", "quarterly", "2025-09-05", "2025-12-04", "Rakesh Bansal")
pay("LO-INV-71010", "rakesh.bansal@bansaltraders.in", "quarterly", "3999.00", "2025-09-05T12:00:00", "2025-09-05", "2025-12-04")
pay("LO-INV-71011", "rakesh.bansal@bansaltraders.in", "quarterly", "3999.00", "2025-09-05T12:02:00", "2025-09-05", "2025-12-04")
case("l02-dup-day8", "leadsoptima", "decided", [], [R("deny")],
     "L2 duplicate_payment but charges 2025-09-05, request 2025-09-13 = day 8 > 7: L3 deny",
     [("Rakesh Bansal <rakesh.bansal@bansaltraders.in>", "quarterly plan ka double payment", (2025, 9, 13, 18, 5),
       "Hello sir,\n\nmera quarterly plan ka payment 5 sept ko do baar ho gaya tha, Rs 3999 + Rs 3999. abhi hisaab milate waqt pata chala. "
       "inv no LO INV 71011 wala extra hai, please woh paise wapas kar dijiye.\n\nRegards\nRakesh Bansal\nBansal Traders, Ludhiana\nMob 98140xxxxx")])

cust("neha.iyer@gmail.com", "annual", "2025-09-10", "2026-09-09", "Neha Iyer")
pay("LO-INV-71020", "neha.iyer@gmail.com", "annual", "11988.00", "2025-09-10T23:20:00", "2025-09-10", "2026-09-09")
pay("LO-INV-71021", "neha.iyer@gmail.com", "annual", "11988.00", "2025-09-10T23:25:00", "2025-09-10", "2026-09-09")
case("l03-dup-day7-edge", "leadsoptima", "decided", [], [R("approve", "11988.00")],
     "L2 duplicate; charges local date 2025-09-10 (23:20 IST), request 2025-09-17 21:45 IST = day 7, inside (day 7 is inside, section 1); L4 approve 11988.00",
     [("Neha Iyer <neha.iyer@gmail.com>", "annual subscription - 2 baar debit", (2025, 9, 17, 21, 45),
       "Hi LeadsOptima team,\n\nRaat ko annual plan renew karte time payment page hang ho gaya aur maine dobara click kiya, ab account se "
       "₹11,988 do baar debit ho gaye hain (10 Sept). Dusra invoice LO-INV-71021 hai. Ek plan hi chahiye mujhe, dusre ka refund kar dijiye pls.\n\n"
       "Thanks\nNeha\n\nSent from my iPhone")])

cust("manoj.tiwari@tiwariclasses.in", "monthly", "2025-09-18", "2025-10-17", "Manoj Tiwari")
pay("LO-INV-71030", "manoj.tiwari@tiwariclasses.in", "monthly", "1499.00", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("l04-not-using-deny", "leadsoptima", "decided", [], [R("deny")],
     "L1: reason 'abhi use nahi kar raha / students kam hain' is not an exception -> deny, cancellation offered",
     [("Manoj Tiwari <manoj.tiwari@tiwariclasses.in>", "Refund request", (2025, 9, 21, 9, 30),
       "Namaste,\n\nIs mahine coaching mein admissions bahut kam hue hain isliye main abhi LeadsOptima use hi nahi kar raha. "
       "18 tareekh ko jo Rs.1499 kata tha (LO-INV-71030) woh wapas kar do, agle mahine zarurat hogi to phir le lunga.\n\n"
       "Manoj Tiwari\nTiwari Classes, Prayagraj")])

cust("farah.qureshi@qureshiexports.com", "quarterly", "2025-09-25", "2025-12-24", "Farah Qureshi")
pay("LO-INV-71040", "farah.qureshi@qureshiexports.com", "quarterly", "3999.00", "2025-09-25T14:00:00", "2025-09-25", "2025-12-24")
case("l05-access-escalate", "leadsoptima", "decided", [], [R("escalate")],
     "L2 access_failure (dashboard nahi khul raha, login nahi ho raha) inside window (charge 2025-09-25, request 2025-09-28 = day 3): L6 escalate",
     [("Farah Qureshi <farah.qureshi@qureshiexports.com>", "login problem + refund", (2025, 9, 28, 16, 20),
       "Assalam-o-alaikum,\n\nPayment ke baad se hi mera login nahi ho raha. Password reset bhi kiya, OTP aata hai par dashboard khulta hi nahi, "
       "blank screen. Teen din se koi kaam nahi hua. Agar theek nahi ho sakta to invoice LO-INV-71040 ka refund kar dijiye.\n\n"
       "Farah Qureshi\nQureshi Exports")])

cust("deepak.rawat@himalayanstays.in", "monthly", "2025-09-24", "2025-10-23", "Deepak Rawat")
pay("LO-INV-71050", "deepak.rawat@himalayanstays.in", "quarterly", "3999.00", "2025-09-24T09:00:00", "2025-09-24", "2025-12-23")
case("l06-wrong-plan-escalate", "leadsoptima", "decided", [], [R("escalate")],
     "L2 billing_error (charged for quarterly while on monthly: 'galat plan') inside window (2025-09-24 -> 2025-09-26, day 2): L5 escalate",
     [("Deepak Rawat <deepak.rawat@himalayanstays.in>", "गलत प्लान का चार्ज", (2025, 9, 26, 12, 0),
       "नमस्कार,\n\nमेरा मंथली प्लान है, लेकिन 24 तारीख को मुझसे quarterly के ₹3,999 काट लिए गए। यह billing error है, मैंने प्लान बदला ही नहीं। "
       "इनवॉइस नंबर LO-INV-71050. कृपया जाँच करके अतिरिक्त पैसा लौटाएँ।\n\nदीपक रावत\nहिमालयन स्टेज़, ऋषिकेश")])

cust("kavita.joshi@joshiinteriors.co.in", "quarterly", "2025-08-15", "2025-11-14", "Kavita Joshi")
pay("LO-INV-71060", "kavita.joshi@joshiinteriors.co.in", "quarterly", "3999.00", "2025-08-15T11:00:00", "2025-08-15", "2025-11-14")
case("l07-cancel-devanagari", "leadsoptima", "decided", [], [C("cancel", "2025-11-14")],
     "L8 cancel: effective_date = current_period_end 2025-11-14; LO cancellation needs no reason",
     [("Kavita Joshi <kavita.joshi@joshiinteriors.co.in>", "सदस्यता बंद करनी है", (2025, 9, 22, 15, 10),
       "नमस्ते,\n\nकृपया मेरी LeadsOptima की सदस्यता रद्द कर दें। अगली बार से कोई भुगतान नहीं कटना चाहिए।\n\nसादर,\nकविता जोशी")])

cust("arjun.menon@menonfitness.in", "monthly", "2025-09-12", "2025-10-11", "Arjun Menon")
pay("LO-INV-71070", "arjun.menon@menonfitness.in", "monthly", "1499.00", "2025-09-12T07:30:00", "2025-09-12", "2025-10-11")
case("l08-negated-refund-cancel", "leadsoptima", "decided", [], [C("cancel", "2025-10-11")],
     "Section 8 negation: 'refund nahi chahiye' adds no refund intent; L8 cancel effective current_period_end 2025-10-11",
     [("Arjun Menon <arjun.menon@menonfitness.in>", "plan cancel", (2025, 9, 27, 20, 15),
       "hi,\nrefund nahi chahiye, is mahine ka paisa rakh lo koi baat nahi. bas auto renew band karke plan cancel kar do, gym ke liye ab alag CRM le liya hai.\n"
       "thx\narjun")])

cust("pooja.agarwal@agarwalsweets.in", "annual", "2025-05-01", "2026-04-30", "Pooja Agarwal")
pay("LO-INV-71080", "pooja.agarwal@agarwalsweets.in", "annual", "11988.00", "2025-05-01T10:00:00", "2025-05-01", "2026-04-30")
case("l09-c2-gmail", "leadsoptima", "need_info", ["C2"], [],
     "C2: From pooja.sweets.personal@gmail.com is not on record; the mail names the registered pooja.agarwal@agarwalsweets.in -> need_info, write from the registered address (section 5 ex. 5)",
     [("Pooja <pooja.sweets.personal@gmail.com>", "account cancel karna hai", (2025, 9, 24, 13, 0),
       "Namaste, mera registered email pooja.agarwal@agarwalsweets.in hai, woh office wala hai aur abhi access nahi hai. "
       "Annual plan cancel kar dijiye aur batayein kitne din ka balance hai.\nPooja Agarwal")])

cust("sandeep.gill@gillautoparts.in", "monthly", "2025-09-26", "2025-10-25", "Sandeep Gill")
pay("LO-INV-71090", "sandeep.gill@gillautoparts.in", "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
pay("LO-INV-71091", "sandeep.gill@gillautoparts.in", "monthly", "1499.00", "2025-09-26T10:04:00", "2025-09-26", "2025-10-25")
m1 = ("Sandeep Gill <sandeep.gill@gillautoparts.in>", "refund chahiye", (2025, 9, 27, 10, 30),
      "Sat sri akal ji,\n\ninvoice LO-INV-71091 ka refund kar do please.\n\nSandeep Gill\nGill Auto Parts")
m2 = ("Sandeep Gill <sandeep.gill@gillautoparts.in>", "Re: refund chahiye", (2025, 9, 29, 9, 0),
      "ji reason yeh hai ki 26 ko 1499 do baar kat gaya tha, ek hi plan hai mera.\n\n> Please tell us the reason for your refund.\n\nSandeep")
case("l10-thread-reason-later", "leadsoptima", "decided", [], [R("approve", "1499.00")],
     "C3 thread: first mail has no reason (restating the request is not one, section 8); answer 'do baar kat gaya' = duplicate_payment; request time = first mail 2025-09-27, day 1 after 2025-09-26; L4 approve LO-INV-71091 1499.00",
     [m1, m2])

cust("gurpreet.sodhi@sodhiprinters.in", "monthly", "2025-09-24", "2025-10-23", "Gurpreet Sodhi")
pay("LO-INV-71095", "gurpreet.sodhi@sodhiprinters.in", "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l11-reason-missing", "leadsoptima", "need_info", [], [], 
     "C3: refund with invoice but no reason (only greeting/'do the needful'/signature, section 8) -> need_info missing reason; plan filled from ledger for the verified sender",
     [("Gurpreet Sodhi <gurpreet.sodhi@sodhiprinters.in>", "Refund - LO-INV-71095", (2025, 9, 28, 11, 0),
       "Respected Sir/Madam,\n\nKindly refund the amount of invoice LO-INV-71095 at the earliest. Please do the needful.\n\n"
       "Thanks & Regards,\nGurpreet Sodhi\nSodhi Printers | GST 03ABCDE1234F1Z5\n\nThis email and attachments are confidential.")],
     missing=["reason"])

cust("harish.nair@nairlogistics.in", "monthly", "2025-09-16", "2025-10-15", "Harish Nair")
pay("LO-INV-71100", "harish.nair@nairlogistics.in", "monthly", "1499.00", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
case("l12-consumer-court", "leadsoptima", "decided", ["C4"], [R("escalate"), C("escalate")],
     "C4: 'consumer court mein complaint' -> escalate every intent, the cancellation included (section 8)",
     [("Harish Nair <harish.nair@nairlogistics.in>", "LAST WARNING", (2025, 9, 19, 22, 40),
       "Teen din se software chal hi nahi raha aur support se koi jawab nahi. Mera paisa (LO-INV-71100, Rs 1,499) wapas karo aur account cancel karo, "
       "warna main consumer court mein complaint kar dunga. Screenshots sab hain mere paas.\n\nHarish Nair")])

cust("meenakshi.s@srisaitextiles.com", "monthly", "2025-09-20", "2025-10-19", "Meenakshi S", status="cancelled")
pay("LO-INV-71110", "meenakshi.s@srisaitextiles.com", "monthly", "1499.00", "2025-09-20T06:00:00", "2025-09-20", "2025-10-19")
case("l13-charged-after-cancel", "leadsoptima", "decided", [], [R("escalate")],
     "Past event: 'maine 14 ko cancel kiya phir bhi paise kaat liye' = billing_error (charged after cancelling); charge 2025-09-20, request 2025-09-22 day 2: L5 escalate",
     [("Meenakshi S <meenakshi.s@srisaitextiles.com>", "cancel ke baad bhi charge", (2025, 9, 22, 10, 10),
       "Hello,\n\nMaine 14 September ko hi Billing mein jaake plan cancel kar diya tha, confirmation mail bhi aaya tha. Phir bhi 20 ko ₹1499 kaat liye "
       "(LO-INV-71110). Cancel karne ke baad bhi charge kyun hua? Yeh paise lauta dijiye.\n\nMeenakshi\nSri Sai Textiles, Erode")])

cust("vivek.saxena@saxenaca.in", "annual", "2025-06-10", "2026-06-09", "Vivek Saxena")
pay("LO-INV-71120", "vivek.saxena@saxenaca.in", "annual", "11988.00", "2025-06-10T10:00:00", "2025-06-10", "2026-06-09")
case("l14-hypothetical-other", "leadsoptima", "other", [], [],
     "Section 8: a hypothetical 'agar ... to kya refund milega?' is a policy question, not a request; nothing else asked -> other",
     [("Vivek Saxena <vivek.saxena@saxenaca.in>", "ek sawaal", (2025, 9, 25, 17, 45),
       "Namaskar,\n\nHum team ke liye 3 aur seats lene ka soch rahe hain. Agar naya WhatsApp integration hamare kaam ka na nikla to kya "
       "uska paisa wapas mil sakta hai? Pehle policy samajhna chahte hain, abhi kuch kharida nahi hai.\n\nCA Vivek Saxena")])

cust("anita.deshpande@deshpandeclinic.in", "monthly", "2025-09-08", "2025-10-07", "Anita Deshpande")
pay("LO-INV-71130", "anita.deshpande@deshpandeclinic.in", "monthly", "1499.00", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
case("l15-howto-other", "leadsoptima", "other", [], [],
     "Not a refund or cancellation: how to download GST invoices -> other",
     [("Dr. Anita Deshpande <anita.deshpande@deshpandeclinic.in>", "GST invoice कैसे डाउनलोड करें?", (2025, 9, 26, 8, 50),
       "नमस्ते,\nमुझे अपने CA को पिछले तीन महीनों के GST इनवॉइस भेजने हैं। डैशबोर्ड में ये कहाँ मिलेंगे? PDF में चाहिए।\nधन्यवाद\nडॉ. अनिता देशपांडे")])

cust("imran.shaikh@shaikhtravels.in", "annual", "2025-03-18", None, "Imran Shaikh")
LEDGER["customers"][-1]["current_period_start"] = None
pay("LO-INV-71140", "imran.shaikh@shaikhtravels.in", "annual", "11988.00", "2025-03-18T12:00:00", "2025-03-18", "2026-03-17")
case("l16-cancel-fallback", "leadsoptima", "decided", [], [C("cancel", "2026-03-17")],
     "L8: no current_period_end; last charge 2025-03-18 + 12 months - 1 day = 2026-03-17",
     [("Imran Shaikh <imran.shaikh@shaikhtravels.in>", "Annual plan cancel karna hai", (2025, 9, 29, 19, 0),
       "Salaam,\nHamne travel business ka CRM badal diya hai. LeadsOptima ka annual plan renew nahi karna, please cancel kar dijiye. "
       "Jitne din bache hain utne din chalne dijiye.\nImran Shaikh\nShaikh Tours & Travels, Nashik")])

cust("ritu.malhotra@malhotraboutique.in", "monthly", "2025-09-22", "2025-10-21", "Ritu Malhotra")
pay("LO-INV-71150", "ritu.malhotra@malhotraboutique.in", "monthly", "1499.00", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
pay("LO-INV-71151", "ritu.malhotra@malhotraboutique.in", "monthly", "1499.00", "2025-09-22T10:01:00", "2025-09-22", "2025-10-21")
case("l17-html-dup-and-cancel", "leadsoptima", "decided", [], [R("approve", "1499.00"), C("cancel", "2025-10-21")],
     "HTML-only mail; duplicate (2025-09-22 twice, request 2025-09-24 day 2): L4 approve LO-INV-71151 1499.00; plus cancel, L8 current_period_end 2025-10-21",
     [("Ritu Malhotra <ritu.malhotra@malhotraboutique.in>", "Double charge + cancel", (2025, 9, 24, 14, 30),
       "<html><body><p>Hello team,</p><p>22 Sept ko mere card se <b>₹1,499 do baar</b> charge hua hai (LO-INV-71150 aur LO-INV-71151). "
       "Dusre wale ka refund kijiye.</p><p>Aur saath mein plan bhi cancel kar dijiye, boutique ka season khatam ho gaya hai.</p>"
       "<p>Regards,<br>Ritu Malhotra<br><i>Malhotra Boutique</i></p></body></html>", {"html": True})])

# ================= Optima WebDesign =================
proj("Chaiwala Cafe Website", "owner@chaiwalacafe.in", None)
opay("OWD-2025-301", "Chaiwala Cafe Website", "deposit", "25000.00", "2025-09-22T11:00:00", tax="4500.00")
case("o01-deposit-47h", "optima_webdesign", "decided", [], [R("approve", "25000.00")],
     "O2: deposit paid 2025-09-22 11:00, request 2025-09-24 10:00 = 47 h < 72 h, no work started -> approve 25000.00 (tax 4500 not refunded, C6)",
     [("Rohit Chawla <owner@chaiwalacafe.in>", "Refund Request — Chaiwala Cafe Website / OWD-2025-301", (2025, 9, 24, 10, 0),
       "नमस्ते Optima टीम,\n\nहमने 22 तारीख को Chaiwala Cafe Website के लिए ₹25,000 + GST का एडवांस दिया था (OWD-2025-301)। "
       "पार्टनर से बात करने के बाद हमने तय किया है कि अभी कैफ़े की दूसरी ब्रांच पर पैसा लगाना है, वेबसाइट अगले साल बनवाएँगे। "
       "कृपया एडवांस लौटा दें।\n\nरोहित चावला")])

proj("Vedanta Yoga Studio", "hello@vedantayoga.in", None)
opay("OWD-2025-302", "Vedanta Yoga Studio", "deposit", "18000.00", "2025-09-15T15:00:00", tax="3240.00")
case("o02-deposit-exactly-72h", "optima_webdesign", "decided", [], [R("deny")],
     "O2 + section 8: paid 2025-09-15 15:00, request 2025-09-18 15:00 = exactly 72 h, not before 72 h -> deny",
     [("Vedanta Yoga <hello@vedantayoga.in>", "Deposit refund - Vedanta Yoga Studio", (2025, 9, 18, 15, 0),
       "Hi,\nVedanta Yoga Studio project ke liye jo booking amount diya tha (invoice OWD-2025-302), woh refund chahiye. "
       "Humne decide kiya hai ki website ki jagah abhi sirf Instagram pe focus karenge.\nNamaste\nAditi, Vedanta Yoga")])

proj("Lakshmi Jewellers Catalogue", "accounts@lakshmijewellers.in", "2025-09-26T09:00:00")
opay("OWD-2025-303", "Lakshmi Jewellers Catalogue", "deposit", "30000.00", "2025-09-25T10:00:00", tax="5400.00")
case("o03-deposit-work-started", "optima_webdesign", "decided", [], [R("deny")],
     "O2: request 2025-09-26 18:00 is within 72 h of payment but after work_started_at 2025-09-26 09:00 -> deny (whichever occurs first)",
     [("Lakshmi Jewellers Accounts <accounts@lakshmijewellers.in>", "booking amount wapas", (2025, 9, 26, 18, 0),
       "Dear Optima,\n\nLakshmi Jewellers Catalogue ke liye kal ₹30,000 diye the, inv OWD-2025-303. Seth ji ne ab mana kar diya hai, "
       "unko lagta hai catalogue ka kharcha abhi zaroori nahi. Paise refund kar do.\n\nMunim ji\nLakshmi Jewellers, Jaipur")])

proj("Gupta Hardware Online Store", "gupta.hardware@outlook.com", "2025-08-01T10:00:00")
opay("OWD-2025-304", "Gupta Hardware Online Store", "milestone", "40000.00", "2025-08-20T10:00:00", tax="7200.00", milestone_status="not_started")
case("o04-milestone-not-started", "optima_webdesign", "decided", [], [R("approve", "40000.00")],
     "O3: milestone OWD-2025-304 not_started -> approve its amount 40000.00 before tax",
     [("Naresh Gupta <gupta.hardware@outlook.com>", "Milestone 3 ka refund", (2025, 9, 25, 12, 30),
       "Namaste,\n\nGupta Hardware Online Store ka milestone 3 (payment gateway + inventory sync) ke liye ₹40,000 advance diya tha, OWD-2025-304. "
       "Humne ab tay kiya hai ki online payment nahi lenge, sirf COD chalega, isliye woh milestone ki zarurat nahi. Uska kaam shuru nahi hua hai, "
       "paise refund kar dijiye.\n\nNaresh Gupta")])

proj("Sharma Dental Care Portal", "drsharma@sharmadental.in", "2025-08-10T10:00:00")
opay("OWD-2025-305", "Sharma Dental Care Portal", "milestone", "35000.00", "2025-09-01T10:00:00", tax="6300.00", milestone_status="in_progress")
case("o05-milestone-in-progress", "optima_webdesign", "decided", [], [R("escalate")],
     "O3: milestone in_progress -> escalate (a person judges work not started)",
     [("Dr. Vikas Sharma <drsharma@sharmadental.in>", "appointment module refund", (2025, 9, 27, 13, 15),
       "नमस्ते,\nSharma Dental Care Portal के appointment booking milestone (OWD-2025-305) का काम बहुत धीमा चल रहा है और हमें Practo से ही "
       "booking मिल रही है, इसलिए यह module अब नहीं चाहिए। जो हिस्सा बाकी है उसका पैसा वापस कर दें।\nडॉ. विकास शर्मा")])

proj("Green Leaf Organics Hosting", "admin@greenleaforganics.in", "2025-09-20T10:00:00")
opay("OWD-2025-306", "Green Leaf Organics Hosting", "hosting_annual", "18000.00", "2025-09-19T10:00:00", tax="3240.00", setup_fee="2400.00", service_start="2025-09-20")
case("o06-hosting-prorated", "optima_webdesign", "decided", [], [R("approve", "14300.00")], 
     "O5: service_start 2025-09-20, request 2025-09-27 = 7 days <= 14; monthly_value = (18000-2400)/12 = 1300; refund = 18000-2400-1300x1 = 14300.00",
     [("Green Leaf Organics <admin@greenleaforganics.in>", "Hosting plan band karke refund", (2025, 9, 27, 11, 0),
       "Hello Optima team,\n\nGreen Leaf Organics Hosting ka annual plan (OWD-2025-306) humne 20 Sept se shuru kiya tha. Hamare bhai ka apna server hai, "
       "wahi site host karega, to yeh plan ab nahi chahiye. Policy ke hisaab se jo prorated refund banta hai woh de dijiye.\n\nPrakash\nGreen Leaf Organics")],
     extra_ok=True)

proj("Bhatia Sports Hosting", "bhatiasports@yahoo.co.in", "2025-08-25T10:00:00")
opay("OWD-2025-307", "Bhatia Sports Hosting", "hosting_annual", "14400.00", "2025-08-25T10:00:00", tax="2592.00", setup_fee="1200.00", service_start="2025-08-25")
case("o07-hosting-after-14", "optima_webdesign", "decided", [], [R("deny")],
     "O5: service_start 2025-08-25, request 2025-09-23 = 29 days > 14 -> deny",
     [("Amit Bhatia <bhatiasports@yahoo.co.in>", "hosting refund", (2025, 9, 23, 17, 30),
       "sir hosting plan (Bhatia Sports Hosting, OWD-2025-307) ka refund chahiye, site pe traffic hi nahi aa raha aur hum shop band karne ki soch rahe hain.\n"
       "Amit Bhatia")], extra_ok=True)

proj("Saraswati School AMC", "principal@saraswatividyalaya.edu.in", None)
opay("OWD-2025-308", "Saraswati School AMC", "maintenance_annual", "9600.00", "2025-09-26T10:00:00", tax="1728.00", setup_fee="0.00", service_start="2025-10-10")
case("o08-maintenance-before-start", "optima_webdesign", "decided", [], [R("approve", "8800.00")],
     "O5 + section 8: request 2025-09-29 before service_start 2025-10-10 -> consumed_months 1; refund = 9600 - 0 - 800 = 8800.00",
     [('"Principal, Saraswati Vidyalaya" <principal@saraswatividyalaya.edu.in>', "वार्षिक मेंटेनेंस रद्द करने हेतु", (2025, 9, 29, 10, 30),
       "महोदय,\n\nसविनय निवेदन है कि विद्यालय की प्रबंध समिति ने Saraswati School AMC (इनवॉइस OWD-2025-308) को मंज़ूरी नहीं दी है, "
       "क्योंकि वेबसाइट का काम अब शिक्षा विभाग का पोर्टल करेगा। अतः वार्षिक अनुबंध रद्द कर राशि लौटाने की कृपा करें।\n\nभवदीय,\nप्रधानाचार्य")],
     extra_ok=True)

proj("Kisan Mandi App", "tech@kisanmandi.in", "2025-07-01T10:00:00")
opay("OWD-2025-309", "Kisan Mandi App", "third_party", "2800.00", "2025-09-24T10:00:00", tax="504.00")
case("o09-domain-deny", "optima_webdesign", "decided", [], [R("deny")],
     "O6: third_party (domain renewal) never refundable -> deny",
     [("Kisan Mandi Tech <tech@kisanmandi.in>", "domain renewal galti se", (2025, 9, 25, 9, 40),
       "Hi,\nKisan Mandi App ke liye kisanmandi.co.in domain renew ka ₹2,800 charge kiya (OWD-2025-309), par humne woh domain use karna band kar diya tha. "
       "Iska refund kar dijiye.\nRavi, Tech team")])

proj("Rajput Properties SEO", "info@rajputproperties.in", "2025-05-01T10:00:00")
opay("OWD-2025-310", "Rajput Properties SEO", "retainer", "15000.00", "2025-09-15T10:00:00", tax="2700.00", next_billing_at="2025-10-15", period_start="2025-09-15", period_end="2025-10-14")
case("o10-retainer-notice-ok", "optima_webdesign", "decided", [], [C("cancel", "2025-10-14")],
     "O4/O8: next_billing_at 2025-10-15; request 2025-09-26 <= 2025-10-08 (7 days' notice) -> cancel, effective the day before next billing 2025-10-14",
     [("Rajput Properties <info@rajputproperties.in>", "SEO retainer band karna hai", (2025, 9, 26, 12, 0),
       "Namaste,\n\nRajput Properties SEO retainer (last invoice OWD-2025-310) agle mahine se band kar dijiye. Real estate market slow hai "
       "aur marketing budget aadha kar diya gaya hai. Is mahine ka kaam poora kar dena.\n\nThanks\nVikram Rajput")])

proj("Mehta CA Office Retainer", "office@mehtaandco.in", "2025-04-01T10:00:00")
opay("OWD-2025-311", "Mehta CA Office Retainer", "retainer", "12000.00", "2025-09-03T10:00:00", tax="2160.00", next_billing_at="2025-10-03", period_start="2025-09-03", period_end="2025-10-02")
case("o11-retainer-short-notice", "optima_webdesign", "decided", [], [C("cancel", "2025-11-02")],
     "O4: next_billing_at 2025-10-03; request 2025-09-29 > 2025-09-26 (less than 7 days' notice): next cycle billed, effective last day of that cycle 2025-11-02 (monthly cycle 2025-10-03..2025-11-02)",
     [("Mehta & Co <office@mehtaandco.in>", "Retainer discontinue", (2025, 9, 29, 16, 0),
       "Dear Team,\n\nPlease discontinue our website maintenance retainer for Mehta CA Office Retainer (OWD-2025-311). Humne apna in-house IT banda rakh liya hai, "
       "ab bahar se kaam nahi karwana.\n\nRegards,\nCA Paresh Mehta\nMehta & Co., Chartered Accountants")])

proj("Anand Sweets Ecommerce", "anand.sweets@gmail.com", None)
opay("OWD-2025-312", "Anand Sweets Ecommerce", "deposit", "20000.00", "2025-09-29T10:00:00", tax="3600.00")
case("o12-c2-forward-nephew", "optima_webdesign", "need_info", ["C2"], [],
     "C2 + section 8 forwards: forwarded from nephew's address; the request names the contract email anand.sweets@gmail.com -> need_info, write from that address",
     [("Karan Anand <karan.anand.dev@gmail.com>", "Fwd: advance refund", (2025, 9, 30, 9, 0),
       "Bhaiya please dekh lo, chacha ji ne bheja hai.\n\n---------- Forwarded message ---------\nFrom: Anand Sweets <anand.sweets@gmail.com>\n"
       "Date: Tue, 30 Sept 2025 at 08:12\nSubject: advance refund\nTo: Karan Anand <karan.anand.dev@gmail.com>\n\n"
       "Karan beta, Optima waalon ko bol do Anand Sweets Ecommerce ka ₹20,000 advance (OWD-2025-312) wapas kar dein, Diwali ke baad website banwayenge, "
       "abhi dukaan mein bahut kaam hai.\n")])

proj("Pandey Coaching Social Retainer", "pandeycoaching@gmail.com", "2025-06-01T10:00:00")
opay("OWD-2025-313", "Pandey Coaching Social Retainer", "retainer", "8000.00", "2025-09-20T10:00:00", tax="1440.00", next_billing_at="2025-10-20", period_start="2025-09-20", period_end="2025-10-19")
case("o13-retainer-no-reason", "optima_webdesign", "need_info", [], [],
     "Section 8: Optima requires a reason for cancellations too; only 'do the needful' + signature -> need_info missing reason",
     [("Pandey Coaching <pandeycoaching@gmail.com>", "Cancel retainer - Pandey Coaching Social Retainer", (2025, 9, 24, 11, 0),
       "Sir,\nKindly cancel the Pandey Coaching Social Retainer, invoice OWD-2025-313. Please do the needful and confirm.\n\nRegards\nS. K. Pandey\nDirector")],
     missing=["reason"])

proj("Yadav Dairy Website", "yadavdairy@rediffmail.com", "2025-08-01T10:00:00")
opay("OWD-2025-314", "Yadav Dairy Website", "milestone", "22000.00", "2025-09-10T10:00:00", tax="3960.00", milestone_status="completed")
case("o14-chargeback-hinglish", "optima_webdesign", "decided", ["C4"], [R("escalate")],
     "C4: 'bank mein chargeback daal dunga' -> escalate (milestone status irrelevant)",
     [("Ramesh Yadav <yadavdairy@rediffmail.com>", "paise wapas karo", (2025, 9, 28, 21, 30),
       "Yadav Dairy Website ka design bilkul waisa nahi hai jaisa bola tha, mobile pe photo toot rahi hai. Milestone OWD-2025-314 ke ₹22,000 wapas karo "
       "nahi to bank mein chargeback daal dunga.\nRamesh Yadav")])

proj("Kapoor Events Landing Page", "kapoorevents@hotmail.com", "2025-09-01T10:00:00")
opay("OWD-2025-315", "Kapoor Events Landing Page", "rush", "5000.00", "2025-09-02T10:00:00", tax="900.00")
case("o15-rush-deny", "optima_webdesign", "decided", [], [R("deny")],
     "O6: rush fee never refundable -> deny",
     [("Simran Kapoor <kapoorevents@hotmail.com>", "rush charge refund", (2025, 9, 22, 14, 0),
       "Hi,\nKapoor Events Landing Page ke liye ₹5,000 rush fee (OWD-2025-315) isliye di thi ki page 5 tareekh tak live ho, par woh 9 ko hua. "
       "Event to nikal gaya, rush fee ka koi fayda nahi hua. Refund karein.\nSimran")])

proj("Dhaba Express Brand Strategy", "founder@dhabaexpress.in", None)
opay("OWD-2025-316", "Dhaba Express Brand Strategy", "discovery", "12000.00", "2025-09-23T10:00:00", tax="2160.00")
case("o16-discovery-not-started", "optima_webdesign", "decided", [], [R("approve", "12000.00")],
     "O1: discovery, work_started_at empty -> refundable in full 12000.00",
     [("Jaspreet Singh <founder@dhabaexpress.in>", "Discovery session cancel + refund", (2025, 9, 26, 15, 20),
       "नमस्ते जी,\nDhaba Express Brand Strategy का discovery session अभी हुआ नहीं है (OWD-2025-316, ₹12,000)। हमारे investor पीछे हट गए हैं "
       "तो फ़िलहाल rebranding रोक रहे हैं। पूरा पैसा वापस कर दीजिए।\nजसप्रीत")], extra_ok=True)

# ================= hard cases =================
case("x01-auto-reply", "leadsoptima", "ignore", ["C7"], [],
     "C7: Auto-Submitted: auto-replied out-of-office -> ignore",
     [("Kavita Joshi <kavita.joshi@joshiinteriors.co.in>", "स्वचालित उत्तर: सदस्यता बंद करनी है", (2025, 9, 22, 15, 12),
       "नमस्ते, मैं 5 अक्टूबर तक छुट्टी पर हूँ। ज़रूरी काम के लिए 98xxxxxx10 पर कॉल करें।\nकविता", {"headers": {"Auto-Submitted": "auto-replied"}})])

case("x02-bulk-newsletter", "optima_webdesign", "ignore", ["C7"], [],
     "C7: Precedence: bulk + List-Id (a newsletter mentioning refunds) -> ignore",
     [("Udyam Samachar <news@udyamsamachar.in>", "MSME samachar: refund aur GST ke naye niyam", (2025, 9, 25, 7, 0),
       "Is hafte: GST refund ke naye niyam, chhote vyapariyon ke liye digital marketing tips. Unsubscribe karne ke liye yahan click karein.",
       {"headers": {"Precedence": "bulk", "List-Id": "<weekly.udyamsamachar.in>"}})])

cust("suresh.pillai@pillaiconsulting.in", "monthly", "2025-09-15", "2025-10-14", "Suresh Pillai")
pay("LO-INV-71160", "suresh.pillai@pillaiconsulting.in", "monthly", "1499.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("x03-accountant-forward-c2", "leadsoptima", "need_info", ["C2"], [],
     "Section 8 forwards: accountant forwards the client's refund request naming suresh.pillai@pillaiconsulting.in -> C2 need_info",
     [("Ashok & Associates <accounts@ashokassociates.in>", "FW: LeadsOptima double charge", (2025, 9, 17, 12, 0),
       "Dear Sir,\nPlease see below mail from our client Mr Pillai and do the needful.\n\nRegards\nAshok Kumar\nAshok & Associates\n\n"
       "________________________________\nFrom: Suresh Pillai <suresh.pillai@pillaiconsulting.in>\nSent: 16 September 2025 18:40\n"
       "To: accounts@ashokassociates.in\nSubject: LeadsOptima double charge\n\n"
       "Ashok ji, LeadsOptima ne 15 ko 1499 do baar kaata hai lagta hai, aap unse baat kar lo refund ke liye. Mera registered email yahi hai.\n")])

case("x04-unknown-sender-refund", "leadsoptima", "need_info", ["C2"], [],
     "C2/C3: sender not on record and names no registered email -> need_info with C2 (nothing disclosed)",
     [("Bittu <bittu.mobiles99@gmail.com>", "refund karo", (2025, 9, 26, 23, 50),
       "bhai mera paisa kat gaya 1499 do baar, refund karo jaldi")])

cust("geeta.bhargava@bhargavaayurveda.in", "monthly", "2025-09-19", "2025-10-18", "Geeta Bhargava")
pay("LO-INV-71170", "geeta.bhargava@bhargavaayurveda.in", "monthly", "1499.00", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
case("x05-past-refund-thanks-other", "leadsoptima", "other", [], [],
     "Past event + thanks: refund already received, asks only for a receipt copy -> no refund or cancellation intent -> other",
     [("Geeta Bhargava <geeta.bhargava@bhargavaayurveda.in>", "धन्यवाद + रसीद", (2025, 9, 30, 12, 0),
       "नमस्ते,\nपिछले महीने जो रिफंड आपने किया था वह मेरे खाते में आ गया है, धन्यवाद। बस उसकी एक रसीद/credit note भेज दीजिए ताकि CA को दे सकूँ।\nगीता भार्गव")])

cust("tarun.mishra@mishraelectricals.in", "quarterly", "2025-07-10", "2025-10-09", "Tarun Mishra")
pay("LO-INV-71180", "tarun.mishra@mishraelectricals.in", "quarterly", "3999.00", "2025-07-10T10:00:00", "2025-07-10", "2025-10-09")
case("x06-hypothetical-then-cancel", "leadsoptima", "decided", [], [C("cancel", "2025-10-09")],
     "Hypothetical 'agar ... kya refund milega' adds no refund intent (section 8); the cancellation is a request: L8 effective 2025-10-09",
     [("Tarun Mishra <tarun.mishra@mishraelectricals.in>", "renewal se pehle cancel", (2025, 9, 30, 18, 20),
       "Hello,\n\nMaine suna hai ki renewal ke baad refund nahi milta. Agar main kal tak cancel na kar paya to kya refund milega? Khair, risk nahi lena, "
       "isliye abhi hi mera quarterly plan cancel kar do, 9 tareekh tak chalne do bas.\n\nTarun Mishra\nMishra Electricals")])

cust("lalita.verma@vermaflorist.in", "monthly", "2025-09-25", "2025-10-24", "Lalita Verma")
pay("LO-INV-71190", "lalita.verma@vermaflorist.in", "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
pay("LO-INV-71191", "lalita.verma@vermaflorist.in", "monthly", "1499.00", "2025-09-25T10:02:00", "2025-09-25", "2025-10-24")
case("x07-lawyer-devanagari", "leadsoptima", "decided", ["C4"], [R("escalate")],
     "C4: 'वकील से legal notice' -> escalate even though the duplicate would be approvable (section 8, C4 covers the whole case)",
     [("Lalita Verma <lalita.verma@vermaflorist.in>", "दोहरी कटौती - कानूनी नोटिस", (2025, 9, 27, 10, 0),
       "आपने 25 तारीख को मेरे खाते से ₹1,499 दो बार काटे (LO-INV-71191)। तीन ईमेल के बाद भी कोई जवाब नहीं। अगर दो दिन में पैसा वापस नहीं आया तो "
       "मेरे lawyer आपको legal notice भेजेंगे।\nललिता वर्मा")])

cust("nikhil.jain@jainpharma.in", "monthly", "2025-09-14", "2025-10-13", "Nikhil Jain")
pay("LO-INV-71200", "nikhil.jain@jainpharma.in", "monthly", "1499.00", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
case("x08-reason-in-middle-access", "leadsoptima", "decided", [], [R("escalate"), C("cancel", "2025-10-13")],
     "Long mail; reason in the middle ('unable to login since 15th'); charge 2025-09-14, request 2025-09-20 day 6: L6 escalate refund; cancellation L8 2025-10-13",
     [("Nikhil Jain <nikhil.jain@jainpharma.in>", "LO-INV-71200 refund aur cancellation", (2025, 9, 20, 19, 30),
       "Good evening,\n\nHope you are well. Hum pharma distribution mein hain aur pichle saal se aapka tool use kar rahe the, mostly ache experience rahe. "
       "Lekin is baar 14 ko renewal ke agle din se hi I am unable to login, har baar 'session expired' aata hai, chahe Chrome ho ya mobile app, aur aapke "
       "chat support ne ticket kholke chhod diya. Isliye LO-INV-71200 ka paisa wapas chahiye aur plan bhi cancel kar dijiye.\n\n"
       "Baaki aap log ki team achhi hai, koi personal shikayat nahi.\n\nWarm regards,\nNikhil Jain\nJain Pharma Distributors, Indore")])

proj("Shree Ganesh Tiles Website", "shreeganeshtiles@gmail.com", "2025-08-05T10:00:00")
opay("OWD-2025-317", "Shree Ganesh Tiles Website", "change_request", "6500.00", "2025-09-18T10:00:00", tax="1170.00")
case("x09-change-request-deny", "optima_webdesign", "decided", [], [R("deny")],
     "O6: change_request never refundable -> deny",
     [("Shree Ganesh Tiles <shreeganeshtiles@gmail.com>", "extra changes ka paisa", (2025, 9, 21, 12, 0),
       "Namaste,\nShree Ganesh Tiles Website mein jo extra changes (gallery filter) ke ₹6,500 liye the, OWD-2025-317, woh changes humne baad mein use hi nahi kiye, "
       "purana design hi rakh liya. To woh paisa lauta do.\nRegards\nMahesh Patel")])

proj("Kumar Tutorials LMS", "kumartutorials@gmail.com", "2025-08-01T10:00:00")
opay("OWD-2025-318", "Kumar Tutorials LMS", "retainer", "10000.00", "2025-09-05T10:00:00", tax="1800.00", next_billing_at="2025-10-05", period_start="2025-09-05", period_end="2025-10-04")
case("x10-owd-howto-other", "optima_webdesign", "other", [], [],
     "Not a refund or cancellation (how to add a teacher login) -> other",
     [("Kumar Tutorials <kumartutorials@gmail.com>", "naya teacher add kaise karein", (2025, 9, 29, 11, 0),
       "Hello,\nKumar Tutorials LMS mein naye teacher ka login kaise banayein? Admin panel mein option nahi dikh raha. Retainer chal raha hai to please help kar dijiye.\nAnil Kumar")])

proj("Patil Agro Hosting", "patilagro@gmail.com", "2025-09-22T10:00:00")
opay("OWD-2025-319", "Patil Agro Hosting", "hosting_annual", "12000.00", "2025-09-22T10:00:00", tax="2160.00", setup_fee="1200.00", service_start="2025-09-22")
case("x11-hosting-policy-refund", "optima_webdesign", "decided", [], [R("approve", "9900.00")],
     "Ambiguous wording: customer asks to stop hosting and 'jo policy mein banta ho woh refund'; O5: service_start 2025-09-22, request 2025-09-30 = 8 days; (12000-1200)/12 = 900; refund = 12000-1200-900 = 9900.00",
     [("Sachin Patil <patilagro@gmail.com>", "hosting nako - cancel", (2025, 9, 30, 14, 0),
       "Namaskar,\nPatil Agro Hosting (OWD-2025-319) chalu karke ek hafta hua. Humari co-operative society ne government portal pe free hosting de di hai, "
       "isliye yeh plan band karna hai. Policy ke hisaab se jo refund banta hai wahi dijiye, setup fee nahi maang raha.\nSachin Patil")],
     extra_ok=True)

cust("zoya.khan@zoyamakeovers.in", "monthly", "2025-09-29", "2025-10-28", "Zoya Khan")
pay("LO-INV-71210", "zoya.khan@zoyamakeovers.in", "monthly", "1499.00", "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
case("x12-too-expensive-hinglish", "leadsoptima", "decided", [], [R("deny")],
     "L1: 'bahut mehenga' is not an exception -> deny (inside window does not matter)",
     [("Zoya Khan <zoya.khan@zoyamakeovers.in>", "refund plz", (2025, 9, 30, 10, 5),
       "hii, kal 1499 kata hai LO-INV-71210. honestly mere chhote salon ke liye yeh bahut mehenga hai, pura paisa wapas kar do na plz 🙏")])

case("x13-own-address", "leadsoptima", "ignore", ["C7"], [],
     "C7: From is the brand's own address noreply@leadsoptima.com -> ignore",
     [("LeadsOptima <noreply@leadsoptima.com>", "आपकी सदस्यता रद्द कर दी गई है", (2025, 9, 28, 9, 0),
       "नमस्ते, आपकी सदस्यता रद्द कर दी गई है। रिफंड नीति के लिए हमारी वेबसाइट देखें।")])

cust("prakash.reddy@reddytextiles.in", "monthly", "2025-09-10", "2025-10-09", "Prakash Reddy")
pay("LO-INV-71220", "prakash.reddy@reddytextiles.in", "monthly", "1499.00", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
pay("LO-INV-71221", "prakash.reddy@reddytextiles.in", "monthly", "1499.00", "2025-09-10T10:03:00", "2025-09-10", "2025-10-09")
pay("LO-INV-71222", "prakash.reddy@reddytextiles.in", "monthly", "1499.00", "2025-09-10T10:05:00", "2025-09-10", "2025-10-09")
case("x14-three-charges", "leadsoptima", "decided", [], [R("approve", "2998.00")],
     "Section 8: three identical charges 2025-09-10 same period; request 2025-09-15 day 5; every charge after the first is a duplicate: 1499.00 x 2 = 2998.00",
     [("Prakash Reddy <prakash.reddy@reddytextiles.in>", "teen baar payment", (2025, 9, 15, 9, 15),
       "Namaste,\n\n10 Sept ko network slow tha aur payment teen baar ho gaya, total ₹4,497 kat gaye. Sirf ek plan chahiye. "
       "Extra do payments (LO-INV-71221 aur LO-INV-71222) ka refund kijiye, double charge hai yeh.\n\nPrakash Reddy")],
     )

write()
