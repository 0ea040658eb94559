#!/usr/bin/env python3
"""Fresh held-out round 9, Hindi and Hinglish (QA pass qa9c, written from POLICY_SPEC.md alone).

Writes ledger.json, emails/*.eml and expected.json beside this file. Deterministic, stdlib only.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "hi"
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "billing@optimawebdesign.com"
OWDG = "optimawebdesigns12@gmail.com"

ledger = {"customers": [], "projects": [], "payments": []}
cases = []
_inv = set()


def cust(email, plan, ps=None, pe=None, status="active", trial_ends=None, name=None):
    ledger["customers"].append({"brand": "leadsoptima", "email": email, "name": name or email.split("@")[0],
                                "plan": plan, "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid", tax=None):
    assert inv not in _inv, inv
    _inv.add(inv)
    tax = tax if tax is not None else "%.2f" % (float(amount) * 0.18)
    ledger["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, started=None):
    ledger["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, period_start=None, period_end=None, milestone_status=None):
    assert inv not in _inv, inv
    _inv.add(inv)
    ledger["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": "%.2f" % (float(amount) * 0.18),
                               "currency": "INR", "paid_at": paid_at, "status": status,
                               "setup_fee": setup_fee, "service_start": service_start,
                               "next_billing_at": next_billing_at, "period_start": period_start,
                               "period_end": period_end, "milestone_status": milestone_status})


def when(s, off=(5, 30)):
    tz = timezone(timedelta(hours=off[0], minutes=off[1])) if off != (0, 0) else timezone.utc
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


def mail(cid, n, frm, to, subj, date, body, html=None, headers=None, reply_to=None, off=(5, 30)):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = when(date, off)
    m["Message-ID"] = "<%s.%d@mail.fresh9.example>" % (cid, n)
    if n > 1:
        prev = " ".join("<%s.%d@mail.fresh9.example>" % (cid, k) for k in range(1, n))
        m["In-Reply-To"] = "<%s.%d@mail.fresh9.example>" % (cid, n - 1)
        m["References"] = prev
    for k, v in (headers or {}).items():
        m[k] = v
    if html == "only":
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    fn = "emails/%s%s.eml" % (cid, "" if n == 1 else "-%d" % n)
    with open(os.path.join(HERE, fn), "wb") as f:
        f.write(m.as_bytes())
    return fn


def case(cid, files, brand, status, rules, decisions, spec, missing=None, extra_ok=False, ambiguous=None):
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
    cases.append(c)


def dec(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    if eff:
        d["effective_date"] = eff
    return d


LO_B, OW_B = "leadsoptima", "optima_webdesign"
os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
for f in os.listdir(os.path.join(HERE, "emails")):
    os.remove(os.path.join(HERE, "emails", f))

# ---------------------------------------------------------------- LeadsOptima
e = "rajesh.gupta@shreeramtraders.in"
cust(e, "monthly", "2025-09-19", "2025-10-18")
lopay("p_hi01a", "LO-INV-92101", e, "monthly", "1499.00", "2025-09-19T12:10:00", "2025-09-19", "2025-10-18")
lopay("p_hi01b", "LO-INV-92102", e, "monthly", "1499.00", "2025-09-19T12:10:40", "2025-09-19", "2025-10-18")
f = mail("l01", 1, "Rajesh Gupta <%s>" % e, LO, "paise do baar kat gaye", "2025-09-22 10:45",
         "Namaste sir,\n\nMere account se 19 tarikh ko monthly plan ke paise do baar kat gaye hain, Rs 1,768.82 "
         "do baar (GST ke saath). Dusra wala invoice LO-INV-92102 hai. Kripya ek payment wapas kar dijiye.\n\n"
         "Dhanyavaad\nRajesh Gupta\nShree Ram Traders, Indore")
case("l01-hinglish-dup", [f], LO_B, "decided", [], [dec("refund", "approve", "1499.00")],
     "L2 duplicate_payment ('do baar kat gaye'); two paid charges 1499.00 on 2025-09-19 same period; request day 3 <= 7; L4 refund the duplicate's amount before tax 1499.00 (C6)")

e = "sunita.verma@vermaclinic.in"
cust(e, "annual", "2025-09-24", "2026-09-23")
lopay("p_hi02a", "LO-INV-92110", e, "annual", "14988.00", "2025-09-24T09:00:00", "2025-09-24", "2026-09-23")
lopay("p_hi02b", "LO-INV-92111", e, "annual", "14988.00", "2025-09-24T09:01:00", "2025-09-24", "2026-09-23")
f = mail("l02", 1, "डॉ. सुनीता वर्मा <%s>" % e, LO, "वार्षिक प्लान का भुगतान दो बार हुआ", "2025-09-30 20:15",
         "नमस्ते,\n\nमेरे वार्षिक प्लान का भुगतान 24 सितंबर को दो बार कट गया है। दूसरा इनवॉइस LO-INV-92111 है। "
         "कृपया दूसरा भुगतान वापस कर दें।\n\nधन्यवाद,\nडॉ. सुनीता वर्मा\nवर्मा क्लिनिक, लखनऊ")
case("l02-devanagari-dup-day6", [f], LO_B, "decided", [], [dec("refund", "approve", "14988.00")],
     "L2 duplicate ('दो बार'); charge 2025-09-24 day 0, request 2025-09-30 = day 6 <= 7; L4 approve 14988.00")

e = "mohit.agarwal@agarwalsweets.com"
cust(e, "quarterly", "2025-09-02", "2025-12-01")
lopay("p_hi03a", "LO-INV-92120", e, "quarterly", "3999.00", "2025-09-02T18:00:00", "2025-09-02", "2025-12-01")
lopay("p_hi03b", "LO-INV-92121", e, "quarterly", "3999.00", "2025-09-02T18:00:30", "2025-09-02", "2025-12-01")
f = mail("l03", 1, "Mohit Agarwal <%s>" % e, LO, "double payment ho gaya", "2025-09-11 11:00",
         "Hello team,\nquarterly plan ka payment 2 baar ho gaya tha 2 Sept ko, LO-INV-92121 wala extra hai. "
         "Abhi statement dekha to pata chala. Refund kar do please.\nMohit")
case("l03-hinglish-dup-day9", [f], LO_B, "decided", [], [dec("refund", "deny")],
     "Duplicate, but charge 2025-09-02 and request 2025-09-11 = day 9 > 7: L3 deny")

e = "anjali.mishra@gyanpeethclasses.in"
cust(e, "monthly", "2025-09-27", "2025-10-26")
lopay("p_hi04", "LO-INV-92130", e, "monthly", "1999.00", "2025-09-27T08:00:00", "2025-09-27", "2025-10-26")
f = mail("l04", 1, "अंजलि मिश्रा <%s>" % e, LO, "लॉगिन नहीं हो रहा", "2025-09-29 09:20",
         "नमस्कार,\n\n27 तारीख को पेमेंट करने के बाद से मैं अपने अकाउंट में लॉगिन नहीं कर पा रही हूँ, login nahi ho raha, "
         "हर बार error आता है। आपकी सपोर्ट टीम को दो बार लिखा, कुछ नहीं हुआ। "
         "इनवॉइस LO-INV-92130 का रिफंड चाहिए।\n\nअंजलि मिश्रा\nज्ञानपीठ क्लासेज़")
case("l04-devanagari-access", [f], LO_B, "decided", [], [dec("refund", "escalate")],
     "L2 access_failure (login fails, unresolved); day 2 inside L3; L6 escalate")

e = "imran.qureshi@qureshiexports.in"
cust(e, "monthly", "2025-09-25", "2025-10-24")
lopay("p_hi05", "LO-INV-92140", e, "monthly", "2999.00", "2025-09-25T08:00:00", "2025-09-25", "2025-10-24")
f = mail("l05", 1, "Imran Qureshi <%s>" % e, LO, "galat amount charge kiya", "2025-09-29 14:30",
         "Assalam o alaikum,\n\nMera plan 1,999 wala tha lekin aapne 2,999 kaat liye (LO-INV-92140). Ye galat amount hai, "
         "zyada paise wapas kijiye.\n\nShukriya\nImran")
case("l05-hinglish-wrong-amount", [f], LO_B, "decided", [], [dec("refund", "escalate")],
     "L2 billing_error ('galat amount'); day 4; L5 escalate")

e = "pooja.saxena@saxenaboutique.in"
cust(e, "quarterly", "2025-09-26", "2025-12-25")
lopay("p_hi06", "LO-INV-92150", e, "quarterly", "3999.00", "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
f = mail("l06", 1, "Pooja Saxena <%s>" % e, LO, "refund chahiye", "2025-09-27 16:00",
         "Hi,\nmaine kal quarterly plan liya tha (LO-INV-92150) par ab mann badal gaya hai, humein abhi iski zarurat "
         "nahi lag rahi. Paise wapas mil jayenge?\nPooja")
case("l06-changed-mind", [f], LO_B, "decided", [], [dec("refund", "deny")],
     "L1: changed mind is not an exception reason: deny, cancellation offered")

e = "vinod.tiwari@tiwariconstructions.in"
cust(e, "quarterly", "2025-08-05", "2025-11-04")
lopay("p_hi07", "LO-INV-92160", e, "quarterly", "3999.00", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
f = mail("l07", 1, "विनोद तिवारी <%s>" % e, LO, "सदस्यता रद्द करें", "2025-09-23 12:00",
         "महोदय,\n\nकृपया मेरी त्रैमासिक सदस्यता (quarterly plan) रद्द कर दें। हमारी कंपनी अब नया सॉफ्टवेयर इस्तेमाल कर रही है।\n\n"
         "सधन्यवाद,\nविनोद तिवारी")
case("l07-devanagari-cancel", [f], LO_B, "decided", [], [dec("cancellation", "cancel", eff="2025-11-04")],
     "L8 cancel effective current_period_end 2025-11-04")

e = "kunal.jain@jainopticals.in"
cust(e, "monthly", "2025-09-14", "2025-10-13")
lopay("p_hi08", "LO-INV-92170", e, "monthly", "1499.00", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
f = mail("l08", 1, "Kunal Jain <%s>" % e, LO, "plan band karna hai", "2025-09-25 18:30",
         "Hello,\nrefund nahi chahiye, bas monthly plan cancel kar do. Dukaan ka kaam kam ho gaya hai.\nKunal Jain")
case("l08-negated-refund", [f], LO_B, "decided", [], [dec("cancellation", "cancel", eff="2025-10-13")],
     "'refund nahi chahiye' adds no refund intent (section 8); L8 cancel effective 2025-10-13")

e = "shalini.pandey@pandeytravels.in"
cust(e, "quarterly")
lopay("p_hi09", "LO-INV-92180", e, "quarterly", "3999.00", "2025-07-15T10:00:00", None, None)
f = mail("l09", 1, "Shalini Pandey <%s>" % e, LO, "cancel my subscription", "2025-09-26 10:00",
         "Hi team, hamara travel season khatam ho gaya, please quarterly subscription cancel kar dijiye.\nShalini")
case("l09-cancel-fallback", [f], LO_B, "decided", [], [dec("cancellation", "cancel", eff="2025-10-14")],
     "L8 fallback: no current_period_end; last charge 2025-07-15 + 3 months = 2025-10-15, minus one day = 2025-10-14")

e = "accounts@bansalsteel.in"
cust(e, "annual", "2025-09-23", "2026-09-22")
lopay("p_hi10", "LO-INV-92190", e, "annual", "14988.00", "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
f = mail("l10", 1, "अमित बंसल <amitbansal1982@gmail.com>", LO, "रिफंड के बारे में", "2025-09-25 11:00",
         "नमस्ते,\n\nहमारा रजिस्टर्ड ईमेल accounts@bansalsteel.in है, मैं अपनी निजी आईडी से लिख रहा हूँ। "
         "वार्षिक प्लान का पैसा दो बार कटा है, इनवॉइस LO-INV-92190। कृपया रिफंड करें।\n\nअमित बंसल")
case("l10-c2-devanagari", [f], LO_B, "need_info", ["C2"], [],
     "C2: sender amitbansal1982@gmail.com, states registered email accounts@bansalsteel.in -> need_info, no account details")

e = "director@sethiinfra.in"
cust(e, "monthly", "2025-09-26", "2025-10-25")
lopay("p_hi11", "LO-INV-92200", e, "monthly", "2999.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f = mail("l11", 1, "CA Ramesh Khanna <ramesh@khannaassociates.in>", LO, "Fwd: LeadsOptima refund", "2025-09-28 12:00",
         "Sir/Madam,\nNeeche client ka mail dekhiye aur jaldi needful kijiye.\n\nRegards\nCA Ramesh Khanna\n\n"
         "---------- Forwarded message ---------\nFrom: Sethi Infra <director@sethiinfra.in>\n"
         "Date: Sat, 27 Sep 2025 at 7:30 PM\nSubject: LeadsOptima refund\nTo: Ramesh <ramesh@khannaassociates.in>\n\n"
         "Ramesh ji, LeadsOptima ne 26 ko 2,999 kaat liye jabki plan 1,999 ka tha, galat amount hai. Invoice LO-INV-92200. "
         "Aap unse refund le lijiye. Registered email director@sethiinfra.in hai.\n")
case("l11-c2-ca-forward", [f], LO_B, "need_info", ["C2"], [],
     "Section 8 Forwards: forwarded request names registered email director@sethiinfra.in, sender is the CA -> C2")

e = "deepika.rawat@rawathomestay.in"
cust(e, "monthly", "2025-09-28", "2025-10-27")
lopay("p_hi12", "LO-INV-92210", e, "monthly", "1499.00", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
f = mail("l12", 1, "Deepika Rawat <%s>" % e, LO, "Refund warna chargeback", "2025-09-29 21:00",
         "Dekhiye, 28 ko paise do baar kate hain (LO-INV-92210). Agar 2 din mein refund nahi aaya to main bank mein "
         "chargeback daal dungi.\nDeepika")
case("l12-c4-chargeback-hinglish", [f], LO_B, "decided", ["C4"], [dec("refund", "escalate")],
     "C4 chargeback threat -> escalate (no amount)")

e = "harish.chandra@chandrajewellers.in"
cust(e, "annual", "2025-09-20", "2026-09-19")
lopay("p_hi13", "LO-INV-92220", e, "annual", "14988.00", "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
f = mail("l13", 1, "हरीश चंद्र <%s>" % e, LO, "शिकायत - पैसा वापस करें", "2025-09-24 10:00",
         "आपका सॉफ्टवेयर 20 तारीख से खुल ही नहीं रहा, platform not loading. इनवॉइस LO-INV-92220 का पूरा पैसा वापस कीजिए, "
         "नहीं तो मैं consumer court में शिकायत करूँगा।\nहरीश चंद्र")
case("l13-c4-consumer-court", [f], LO_B, "decided", ["C4"], [dec("refund", "escalate")],
     "C4 'consumer court' -> escalate (L6 would escalate too)")

f = mail("l14", 1, "Neha Sharma <neha.sharma@rathiindustries.in>", LO, "स्वचालित उत्तर: Re: आपका रिफंड [LO-5120]",
         "2025-09-26 09:00", "मैं 3 अक्टूबर तक छुट्टी पर हूँ। I am on leave till 3 Oct, limited email access.\nNeha",
         headers={"Auto-Submitted": "auto-replied"})
case("l14-c7-auto-reply", [f], LO_B, "ignore", ["C7"], [], "C7 Auto-Submitted: auto-replied -> ignore")

e = "rahul.yadav@yadavdairy.in"
cust(e, "monthly", "2025-09-10", "2025-10-09")
lopay("p_hi15", "LO-INV-92230", e, "monthly", "1499.00", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
f = mail("l15", 1, "Rahul Yadav <%s>" % e, LO, "leads whatsapp pe kaise bheje", "2025-09-24 10:00",
         "Namaste, mujhe naye leads ka notification WhatsApp pe chahiye. Settings mein kahan option hai? "
         "Thoda guide kar dijiye.\nRahul")
case("l15-howto-other", [f], LO_B, "other", [], [], "Neither refund nor cancellation: other")

f = mail("l16", 1, "Sanjay Thakur <sanjay.thakur@thakurmotors.in>", LO, "annual plan ke baare mein", "2025-09-27 10:00",
         "Hello, hum annual plan lene ka soch rahe hain. Agar software humare kaam ka nahi nikla to kya paise wapas "
         "milenge? Pehle confirm kar dijiye.\nSanjay")
case("l16-hypothetical-other", [f], LO_B, "other", [], [],
     "Section 8: 'would I get a refund if...' before buying is a policy question -> other")

e = "manish.goyal@goyalpackers.in"
cust(e, "quarterly", "2025-09-26", "2025-12-25")
lopay("p_hi17a", "LO-INV-92240", e, "quarterly", "3999.00", "2025-09-26T11:00:00", "2025-09-26", "2025-12-25")
lopay("p_hi17b", "LO-INV-92241", e, "quarterly", "3999.00", "2025-09-26T11:00:25", "2025-09-26", "2025-12-25")
f1 = mail("l17", 1, "Manish Goyal <%s>" % e, LO, "payment 2 baar", "2025-09-27 10:00",
          "Hi, quarterly ka payment 2 baar hua hai kal. Ek wapas kijiye.\nManish")
f2 = mail("l17", 2, "Manish Goyal <%s>" % e, LO, "Re: payment 2 baar [LO-5133]", "2025-09-28 11:30",
          "Ji, dusre payment ka invoice lo-inv-92241 hai.\n\nManish\n\n> Kripya invoice number bhejiye.\n")
case("l17-thread-invoice", [f1, f2], LO_B, "decided", [], [dec("refund", "approve", "3999.00")],
     "C3 invoice asked then answered (In-Reply-To); 'lo-inv-92241' matches LO-INV-92241 case-insensitively; L4 pair day 1 -> approve 3999.00")

e = "ritu.kapoor@kapoorfashion.in"
cust(e, "monthly", "2025-09-27", "2025-10-26")
lopay("p_hi18", "LO-INV-92250", e, "monthly", "2999.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
f = mail("l18", 1, "Ritu Kapoor <%s>" % e, LO, "refund LO-INV-92250", "2025-09-28 10:00",
         "Namaste,\nkripya mera payment LO-INV-92250 refund kar dijiye.\n\nDhanyavaad\nRitu Kapoor\nKapoor Fashion House\n"
         "Sent from my Redmi")
case("l18-no-reason", [f], LO_B, "need_info", [], [], missing=["reason"],
     spec="Section 8: restating the request and sign-off are not a reason; plan from ledger, invoice given -> missing reason")

e = "gaurav.malhotra@malhotraauto.in"
cust(e, "monthly", "2025-09-29", "2025-10-28")
lopay("p_hi19a", "LO-INV-92260", e, "monthly", "2999.00", "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
lopay("p_hi19b", "LO-INV-92261", e, "monthly", "2999.00", "2025-09-29T10:00:15", "2025-09-29", "2025-10-28")
f = mail("l19", 1, "गौरव मल्होत्रा <%s>" % e, LO, "डबल पेमेंट और कैंसिल", "2025-09-30 12:00",
         "नमस्ते,\n29 सितंबर को ₹2,999 का भुगतान दो बार हुआ (दूसरा LO-INV-92261), वो वापस कर दीजिए। "
         "और इस महीने के बाद प्लान कैंसिल कर दीजिए, शोरूम बंद हो रहा है।\nगौरव")
case("l19-dup-and-cancel", [f], LO_B, "decided", [],
     [dec("refund", "approve", "2999.00"), dec("cancellation", "cancel", eff="2025-10-28")],
     "L4 duplicate pair day 1 -> approve 2999.00; L8 cancel effective current_period_end 2025-10-28")

e = "savita.joshi@joshicaterers.in"
cust(e, "monthly", "2025-09-05", "2025-10-04")
lopay("p_hi20", "LO-INV-92270", e, "monthly", "1499.00", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
f = mail("l20", 1, "सविता जोशी <%s>" % e, LO, "अकाउंट नहीं खुल रहा", "2025-09-20 10:00",
         "पिछले दो हफ़्ते से डैशबोर्ड खुल ही नहीं रहा, no access. इनवॉइस LO-INV-92270 का रिफंड दें।\nसविता")
case("l20-access-outside", [f], LO_B, "decided", [], [dec("refund", "deny")],
     "Access failure but charge 2025-09-05, request 2025-09-20 = day 15 > 7: L3 deny")

e = "arvind.nair@nairspices.in"
cust(e, "monthly", "2025-09-24", "2025-10-23")
lopay("p_hi21", "LO-INV-92280", e, "monthly", "1999.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f = mail("l21", 1, "Arvind Nair <%s>" % e, LO, "cancel ke baad bhi paise kaate", "2025-09-25 10:00",
         "Maine 10 tarikh ko hi plan cancel kar diya tha, phir bhi 24 ko aapne 1,999 + GST kaat liye (LO-INV-92280). "
         "Ye billing error hai, paise wapas kijiye.\nArvind")
case("l21-past-cancel-charged", [f], LO_B, "decided", [], [dec("refund", "escalate")], extra_ok=True,
     spec="Past event 'cancelled on the 10th, charged on the 24th' = L2 billing_error; day 1; L5 escalate (a cancellation decision may also appear: extra_ok)")

e = "megha.arora@aroradesigns.in"
cust(e, "annual", "2025-04-12", "2026-04-11")
lopay("p_hi22", "LO-INV-92290", e, "annual", "14988.00", "2025-04-12T10:00:00", "2025-04-12", "2026-04-11")
f = mail("l22", 1, "Megha Arora <%s>" % e, LO, "Plan cancel", "2025-09-29 10:00",
         "<div dir='ltr'>Hi team,<br><br>Hamari agency band ho rahi hai, isliye <b>annual plan cancel</b> kar dijiye, "
         "renewal nahi chahiye.<br><br>Thanks<br>Megha Arora<br><span style='color:gray'>Arora Designs, Chandigarh</span>"
         "</div>", html="only")
case("l22-html-only-cancel", [f], LO_B, "decided", [], [dec("cancellation", "cancel", eff="2026-04-11")],
     "HTML-only; L8 cancel effective current_period_end 2026-04-11")

e = "sachin.patil@patilagro.in"
cust(e, "monthly", "2025-09-20", "2025-10-19")
lopay("p_hi23a", "LO-INV-92300", e, "monthly", "1499.00", "2025-08-20T10:00:00", "2025-08-20", "2025-09-19")
lopay("p_hi23b", "LO-INV-92301", e, "monthly", "1499.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = mail("l23", 1, "Sachin Patil <%s>" % e, LO, "do baar paise kaate", "2025-09-22 10:00",
         "Namaskar, mere account se 1,499 do baar kat gaye hain - ek August mein aur ek September mein. "
         "Dusra LO-INV-92301 hai, wapas kijiye.\nSachin")
case("l23-dup-claim-different-periods", [f], LO_B, "decided", [], [dec("refund", "escalate")],
     "Duplicate claimed inside window (day 2) but the two charges cover different billing periods (monthly renewals): no pair of same account, amount and period -> L4 escalate")

f = mail("l24", 1, "Kamal Singh <kamalsingh.biz@rediffmail.com>", LO, "refund chahiye", "2025-09-26 10:00",
         "Sir mere monthly plan ka payment do baar kata hai, invoice LO-INV-97777. Refund kar dijiye.\nKamal Singh")
case("l24-unknown-sender", [f], LO_B, "need_info", ["C2"], [],
     "Sender not on record (no customer, invoice unknown): unknown sender, C2/C3 need_info; never approve without a ledger match")

f = mail("l25", 1, "Vyapar Samachar <newsletter@vyaparsamachar.in>", LO, "इस हफ्ते की व्यापार खबरें", "2025-09-27 06:00",
         "नमस्ते पाठक, इस हफ्ते: GST रिफंड के नए नियम, छोटे व्यापारियों के लिए CRM...\nUnsubscribe करें: https://vyaparsamachar.in/u",
         headers={"List-Id": "Vyapar Samachar <weekly.vyaparsamachar.in>", "Precedence": "list"})
case("l25-c7-list", [f], LO_B, "ignore", ["C7"], [], "C7 List-Id / Precedence: list -> ignore")

e = "tanvi.desai@desaitutorials.in"
cust(e, "monthly", None, None, status="trial", trial_ends="2025-10-06")
f = mail("l26", 1, "Tanvi Desai <%s>" % e, LO, "trial band karo", "2025-09-28 10:00",
         "Hi, main free trial use kar rahi thi, pasand nahi aaya. Mera account band kar do, aur koi charge mat karna.\nTanvi")
case("l26-trial-cancel", [f], LO_B, "decided", [], [dec("cancellation", "cancel")], extra_ok=True,
     spec="L8/L7: a trial account asking to close: cancellation acknowledged; no billing occurs unless they subscribe",
     ambiguous="A trial has no billing cycle; the spec does not give the effective date for a trial cancellation (trial_ends 2025-10-06 is plausible), so only the outcome is checked")

# ---------------------------------------------------------------- Optima WebDesign
proj("Shubh Vivah Matrimony", "contact@shubhvivah.in")
owpay("q_hi01", "OWD-2025-401", "Shubh Vivah Matrimony", "deposit", "25000.00", "2025-09-24T16:00:00")
f = mail("o01", 1, "Shubh Vivah <contact@shubhvivah.in>", OWD, "Refund Request — Shubh Vivah Matrimony / OWD-2025-401",
         "2025-09-25 22:00",
         "Namaste Optima team,\n\nKal humne Shubh Vivah Matrimony project ke liye ₹29,500 (25,000 + GST) booking amount "
         "diya tha. Ghar mein kuch emergency aa gayi hai, project abhi nahi kar payenge. Kaam shuru nahi hua hai, "
         "kripya deposit wapas kar dijiye.\n\nDhanyavaad\nPrakash Jha")
case("o01-deposit-30h", [f], OW_B, "decided", [], [dec("refund", "approve", "25000.00")],
     "O2: paid 2025-09-24 16:00, request 2025-09-25 22:00 = 30h < 72h, no work started -> approve 25000.00 before tax (C6)")

proj("Gangotri Ayurvedic", "info@gangotriayurveda.in")
owpay("q_hi02", "OWD-2025-402", "Gangotri Ayurvedic", "deposit", "18000.00", "2025-09-20T10:00:00")
f = mail("o02", 1, "गंगोत्री आयुर्वेदिक <info@gangotriayurveda.in>", OWD, "जमा राशि वापसी OWD-2025-402", "2025-09-23 18:00",
         "नमस्कार,\n\nहमने 20 सितंबर को गंगोत्री आयुर्वेदिक वेबसाइट के लिए ₹18,000 + GST जमा किए थे। हमारे पार्टनर ने "
         "प्रोजेक्ट रोकने का फैसला किया है, इसलिए कृपया पूरी राशि लौटा दें।\n\nभवदीय,\nरमेश पांडे")
case("o02-deposit-80h", [f], OW_B, "decided", [], [dec("refund", "deny")],
     "O2: paid 2025-09-20 10:00, request 2025-09-23 18:00 = 80h >= 72h -> deny")

proj("Kisan Mandi App", "founder@kisanmandi.in")
owpay("q_hi03", "OWD-2025-403", "Kisan Mandi App", "discovery", "20000.00", "2025-09-15T10:00:00")
f = mail("o03", 1, "Kisan Mandi <founder@kisanmandi.in>", OWD, "discovery fee wapas", "2025-09-26 10:00",
         "Hello Optima,\nKisan Mandi App ke discovery package ka payment (OWD-2025-403) kiya tha lekin abhi tak koi "
         "session hua hi nahi. Humein investor se funding nahi mili, isliye poora paisa wapas chahiye.\nVikas Chauhan")
case("o03-discovery-not-started", [f], OW_B, "decided", [], [dec("refund", "approve", "20000.00")],
     "O1: work_started_at empty -> full refund 20000.00 before tax")

proj("Saraswati Vidya Mandir", "principal@svmschool.in", started="2025-07-01T10:00:00")
owpay("q_hi04", "OWD-2025-404", "Saraswati Vidya Mandir", "milestone", "35000.00", "2025-09-01T10:00:00",
      milestone_status="not_started")
f = mail("o04", 1, "प्रधानाचार्य <principal@svmschool.in>", OWD, "माइलस्टोन रिफंड - सरस्वती विद्या मंदिर", "2025-09-25 11:00",
         "आदरणीय महोदय,\n\nसरस्वती विद्या मंदिर प्रोजेक्ट का तीसरा माइलस्टोन (ऑनलाइन फीस पोर्टल, इनवॉइस OWD-2025-404) "
         "अभी शुरू नहीं हुआ है। प्रबंधन समिति ने बैंक का पोर्टल इस्तेमाल करने का निर्णय लिया है, अतः इस माइलस्टोन की राशि "
         "वापस करने की कृपा करें।\n\nभवदीय\nप्रधानाचार्य")
case("o04-milestone-not-started", [f], OW_B, "decided", [], [dec("refund", "approve", "35000.00")],
     "O3 not_started -> refund the milestone's amount 35000.00 before tax")

proj("Rajdhani Caterers", "owner@rajdhanicaterers.in", started="2025-06-01T10:00:00")
owpay("q_hi05", "OWD-2025-405", "Rajdhani Caterers", "milestone", "22000.00", "2025-08-20T10:00:00",
      milestone_status="completed")
f = mail("o05", 1, "Rajdhani Caterers <owner@rajdhanicaterers.in>", OWD, "menu page refund", "2025-09-22 10:00",
         "Hi, menu page wala milestone (OWD-2025-405) Rajdhani Caterers ke liye complete ho gaya tha par design humein "
         "pasand nahi aaya. Uske paise wapas kar do.\nSuresh")
case("o05-milestone-completed", [f], OW_B, "decided", [], [dec("refund", "deny")],
     "O3/O6: completed deliverable -> deny")

proj("Himalaya Treks", "booking@himalayatreks.in", started="2025-07-01T10:00:00")
owpay("q_hi06", "OWD-2025-406", "Himalaya Treks", "milestone", "30000.00", "2025-09-05T10:00:00",
      milestone_status="in_progress")
f = mail("o06", 1, "Himalaya Treks <booking@himalayatreks.in>", OWD, "booking engine milestone", "2025-09-24 10:00",
         "Namaste, Himalaya Treks ka booking engine milestone (OWD-2025-406) bahut dheere chal raha hai, season nikal jayega. "
         "Hum isko rokna chahte hain aur refund chahte hain.\nTenzing")
case("o06-milestone-in-progress", [f], OW_B, "decided", [], [dec("refund", "escalate")], extra_ok=True,
     spec="O3 in_progress -> escalate (interp.); 'rokna chahte hain' may add a cancellation (extra_ok)")

proj("Annapurna Tiffin Service", "annapurna.tiffin@gmail.com", started="2025-02-01T10:00:00")
owpay("q_hi07", "OWD-2025-407", "Annapurna Tiffin Service", "retainer", "8000.00", "2025-09-12T10:00:00",
      next_billing_at="2025-10-12", period_start="2025-09-12", period_end="2025-10-11")
f = mail("o07", 1, "Annapurna Tiffin <annapurna.tiffin@gmail.com>", OWDG, "retainer band karna hai", "2025-10-01 08:30",
         "Hello Optima,\nAnnapurna Tiffin Service ka monthly retainer (OWD-2025-407) band kar dijiye. Ab hum sirf Swiggy "
         "aur Zomato se orders lete hain, website ki zarurat nahi.\nLata")
case("o07-retainer-11days", [f], OW_B, "decided", [], [dec("cancellation", "cancel", eff="2025-10-11")],
     "O4: next_billing_at 2025-10-12 minus 7 = 2025-10-05; request 2025-10-01 is on or before -> cancel, effective 2025-10-11")

proj("Bharat Hardware Store", "bharathardware@yahoo.in", started="2025-01-01T10:00:00")
owpay("q_hi08", "OWD-2025-408", "Bharat Hardware Store", "retainer", "10000.00", "2025-09-03T10:00:00",
      next_billing_at="2025-10-03", period_start="2025-09-03", period_end="2025-10-02")
f = mail("o08", 1, "भारत हार्डवेयर <bharathardware@yahoo.in>", OWD, "रिटेनर रद्द करें", "2025-09-30 10:00",
         "नमस्ते,\nभारत हार्डवेयर स्टोर का मासिक रिटेनर (OWD-2025-408) रद्द करना है, दुकान का काम बेटे ने संभाल लिया है "
         "और वो खुद वेबसाइट देखेगा।\nधन्यवाद")
case("o08-retainer-3days", [f], OW_B, "decided", [], [dec("cancellation", "cancel", eff="2025-11-02")],
     "O4: next_billing_at 2025-10-03 minus 7 = 2025-09-26; request 2025-09-30 is later -> next cycle 2025-10-03..2025-11-02 is billed, effective 2025-11-02")

proj("Lakshmi Silk Sarees", "sales@lakshmisilks.in", started="2025-08-01T10:00:00")
owpay("q_hi09", "OWD-2025-409", "Lakshmi Silk Sarees", "hosting_annual", "16800.00", "2025-09-15T10:00:00",
      setup_fee="2400.00", service_start="2025-09-15")
f = mail("o09", 1, "Lakshmi Silks <sales@lakshmisilks.in>", OWD, "hosting cancel + refund", "2025-09-29 19:00",
         "Namaste,\nLakshmi Silk Sarees ki annual hosting (OWD-2025-409) cancel karke refund dijiye. Humne Shopify pe "
         "store bana liya hai.\nMeenakshi")
case("o09-hosting-day14", [f], OW_B, "decided", [],
     [dec("refund", "approve", "13200.00"), dec("cancellation", "cancel")], extra_ok=True,
     spec="O5: service_start 2025-09-15, request 2025-09-29 = day 14 (inside); monthly_value (16800 - 2400)/12 = 1200; refund 16800 - 2400 - 1200 = 13200.00. 'cancel karke refund dijiye': both intents, an O5 refund ends the plan -> cancellation cancel (effective date not checked)")

proj("Om Sai Clinic", "omsaiclinic@gmail.com", started="2025-08-01T10:00:00")
owpay("q_hi10", "OWD-2025-410", "Om Sai Clinic", "hosting_annual", "12000.00", "2025-09-10T10:00:00",
      setup_fee="1200.00", service_start="2025-09-10")
f = mail("o10", 1, "ओम साई क्लिनिक <omsaiclinic@gmail.com>", OWDG, "होस्टिंग रिफंड", "2025-09-25 10:00",
         "नमस्ते, ओम साई क्लिनिक की वार्षिक होस्टिंग (OWD-2025-410) हमें नहीं चाहिए, क्लिनिक दूसरे शहर में शिफ्ट हो रहा है। "
         "कृपया रिफंड करें।\nडॉ. साई प्रसाद")
case("o10-hosting-day15", [f], OW_B, "decided", [], [dec("refund", "deny")], extra_ok=True,
     spec="O5: service_start 2025-09-10, request 2025-09-25 = day 15 > 14 -> deny")

proj("Desi Rasoi Blog", "desirasoi.blog@gmail.com", started="2025-05-01T10:00:00")
owpay("q_hi11", "OWD-2025-411", "Desi Rasoi Blog", "third_party", "4500.00", "2025-09-22T10:00:00")
f = mail("o11", 1, "Desi Rasoi <desirasoi.blog@gmail.com>", OWDG, "theme ka refund", "2025-09-23 10:00",
         "Hi, Desi Rasoi Blog ke liye jo premium theme license kharida (OWD-2025-411) wo humein pasand nahi aaya, "
         "uske paise wapas kar do please.\nKavya")
case("o11-theme-license", [f], OW_B, "decided", [], [dec("refund", "deny")],
     "O6: third_party (premium theme licence) never refundable -> deny")

proj("Maa Durga Transport", "maadurgatransport@gmail.com")
owpay("q_hi12", "OWD-2025-412", "Maa Durga Transport", "deposit", "15000.00", "2025-09-29T10:00:00")
f = mail("o12", 1, "Santosh (Maa Durga) <santosh.kumar.mdt@gmail.com>", OWD, "deposit refund", "2025-09-30 10:00",
         "Sir, Maa Durga Transport ka deposit (OWD-2025-412) wapas chahiye, malik ne project cancel kar diya.\nSantosh")
case("o12-c2-not-contract", [f], OW_B, "need_info", ["C2"], [],
     "C2: sender is not the contract email maadurgatransport@gmail.com -> need_info")

proj("Royal Rajasthan Tours", "md@royalrajasthantours.in")
owpay("q_hi13", "OWD-2025-413", "Royal Rajasthan Tours", "deposit", "40000.00", "2025-09-28T10:00:00")
f = mail("o13", 1, "Royal Rajasthan Tours <md@royalrajasthantours.in>", OWD, "Deposit wapas karo", "2025-09-29 10:00",
         "Aapke sales wale ne jo timeline batayi thi wo jhooth nikli. Royal Rajasthan Tours ka deposit OWD-2025-413 turant "
         "wapas karo warna consumer court mein case karunga aur advocate se notice bhijwaunga.\nMahendra Singh")
case("o13-c4-hinglish", [f], OW_B, "decided", ["C4"], [dec("refund", "escalate")],
     "C4 consumer court / advocate -> escalate even though O2 would approve")

proj("Neelkanth Pharma", "it@neelkanthpharma.in")
owpay("q_hi14", "OWD-2025-414", "Neelkanth Pharma", "deposit", "30000.00", "2025-09-29T10:00:00")
f = mail("o14", 1, "नीलकंठ फार्मा <it@neelkanthpharma.in>", OWD, "रिफंड अनुरोध", "2025-09-30 10:00",
         "नमस्ते,\n\nकृपया नीलकंठ फार्मा प्रोजेक्ट का डिपॉज़िट OWD-2025-414 रिफंड कर दें।\n\nसधन्यवाद,\nआईटी विभाग\n"
         "नीलकंठ फार्मा प्रा. लि.\nयह ईमेल गोपनीय है।")
case("o14-no-reason", [f], OW_B, "need_info", [], [], missing=["reason"],
     spec="Section 8: restating the request, sign-off and disclaimer are not reasons; contract email, project and invoice given -> missing reason")

proj("Ganga Sagar Hotel", "gm@gangasagarhotel.in")
owpay("q_hi15", "OWD-2025-415", "Ganga Sagar Hotel", "deposit", "45000.00", "2025-09-26T10:00:00")
f1 = mail("o15", 1, "Ganga Sagar Hotel <gm@gangasagarhotel.in>", OWD, "Refund - Ganga Sagar Hotel OWD-2025-415",
          "2025-09-27 10:00", "Namaste,\nGanga Sagar Hotel ka deposit OWD-2025-415 refund kar dijiye.\nGM")
f2 = mail("o15", 2, "Ganga Sagar Hotel <gm@gangasagarhotel.in>", OWD, "Re: Refund - Ganga Sagar Hotel OWD-2025-415 [OWD-1388]",
          "2025-09-30 12:00",
          "Reason ye hai ki hotel ki renovation 6 mahine ke liye tal gayi hai, isliye website abhi nahi banwani.\nGM\n\n"
          "> Kripya refund ka karan batayein.\n")
case("o15-thread-reason-later", [f1, f2], OW_B, "decided", [], [dec("refund", "approve", "45000.00")],
     "C3 reason asked then answered; request time is the case's first email 2025-09-27 10:00 = 24h after paid_at 2025-09-26 10:00 (< 72h), no work started -> O2 approve 45000.00 (the answer 2025-09-30 does not move the request time, section 1)")

f = mail("o16", 1, "Prerna Joshi <prerna@joshiarchitects.in>", OWD, "Out of office / कार्यालय से बाहर", "2025-09-29 10:00",
         "Thank you for your mail. I am travelling till 5 Oct. मैं 5 अक्टूबर तक यात्रा पर हूँ।",
         headers={"Auto-Submitted": "auto-replied"})
case("o16-c7-ooo", [f], OW_B, "ignore", ["C7"], [], "C7 Auto-Submitted: auto-replied -> ignore")

f = mail("o17", 1, "रवि शंकर <ravishankar.art@gmail.com>", OWD, "होस्टिंग के बारे में सवाल", "2025-09-28 10:00",
         "नमस्ते, मैं अपनी पेंटिंग्स की वेबसाइट के लिए आपकी सालाना होस्टिंग लेना चाहता हूँ। अगर बाद में पसंद न आए तो क्या "
         "पैसे वापस मिल सकते हैं? कृपया बताएं।\nरवि")
case("o17-hypothetical-other", [f], OW_B, "other", [], [],
     "Section 8: hypothetical before buying -> other")

proj("Patel Dairy Farm", "pateldairy@gmail.com", started="2025-04-01T10:00:00")
f = mail("o18", 1, "Patel Dairy <pateldairy@gmail.com>", OWDG, "website pe photo kaise badle", "2025-09-26 10:00",
         "Namaste, Patel Dairy Farm ki website pe homepage ki photo badalni hai. Admin panel mein kahan se karein? "
         "Thoda bata dijiye.\nHitesh Patel")
case("o18-howto-other", [f], OW_B, "other", [], [], "How-to question: neither refund nor cancellation -> other")

proj("Shiv Shakti Gym", "shivshaktigym@gmail.com")
owpay("q_hi19", "OWD-2025-419", "Shiv Shakti Gym", "deposit", "12000.00", "2025-09-29T10:00:00", status="failed")
f = mail("o19", 1, "Shiv Shakti Gym <shivshaktigym@gmail.com>", OWDG, "deposit refund OWD-2025-419", "2025-09-30 10:00",
         "Sir, Shiv Shakti Gym ke deposit ke paise account se kat gaye par aapke yahan payment fail dikha raha hai "
         "(OWD-2025-419). Humne plan drop kar diya hai, paise wapas kijiye.\nVikram")
case("o19-payment-failed", [f], OW_B, "decided", [], [dec("refund", "escalate")],
     "Section 8 'Payments not paid': the deposit's status is failed -> refund escalated")

proj("Krishna Sweets Online", "krishnasweets.online@gmail.com", started="2025-03-01T10:00:00")
owpay("q_hi20", "OWD-2025-420", "Krishna Sweets Online", "retainer", "6000.00", "2025-09-18T10:00:00",
      next_billing_at="2025-10-18", period_start="2025-09-18", period_end="2025-10-17")
f = mail("o20", 1, "Krishna Sweets <krishnasweets.online@gmail.com>", OWDG, "Fwd: retainer cancel", "2025-09-29 10:00",
         "Pichla mail dobara bhej raha hoon, jawab nahi aaya.\n\n---------- Forwarded message ---------\n"
         "From: Krishna Sweets <krishnasweets.online@gmail.com>\nDate: Wed, 24 Sep 2025 at 6:12 PM\n"
         "Subject: retainer cancel\nTo: <optimawebdesigns12@gmail.com>\n\n"
         "Krishna Sweets Online ka SEO retainer (OWD-2025-420) cancel kar dijiye, Diwali ke baad hum online bikri band "
         "kar rahe hain.\nGopal\n")
case("o20-self-forward-retainer", [f], OW_B, "decided", [], [dec("cancellation", "cancel", eff="2025-10-17")],
     "Forward from the contract email itself; request time is this email 2025-09-29 (section 1); next_billing_at 2025-10-18 minus 7 = 2025-10-11 -> cancel effective 2025-10-17")

proj("Vedic Astro Portal", "admin@vedicastro.in")
owpay("q_hi21", "OWD-2025-421", "Vedic Astro Portal", "maintenance_annual", "7000.00", "2025-09-22T10:00:00",
      setup_fee="500.00", service_start="2025-09-22")
f = mail("o21", 1, "Vedic Astro <admin@vedicastro.in>", OWD, "maintenance plan cancel", "2025-09-26 10:00",
         "Namaskar, Vedic Astro Portal ka saalana maintenance plan (OWD-2025-421, ₹7,000 + GST) cancel karke bacha hua "
         "paisa lauta dijiye. Humare bhai ne maintenance ka kaam le liya hai.\nPt. Sharma")
case("o21-maintenance-rounding", [f], OW_B, "decided", [],
     [dec("refund", "approve", "5958.33"), dec("cancellation", "cancel")], extra_ok=True,
     spec="O5: day 4 <= 14; monthly_value (7000 - 500)/12 = 541.6666...; refund 7000 - 500 - 541.6666... = 5958.3333... -> 5958.33 (C6 half-up, once). 'cancel karke bacha hua paisa lauta dijiye': both intents, an O5 refund ends the plan -> cancellation cancel (effective date not checked)")

proj("Sai Baba Travels", "saibabatravels@gmail.com", started="2025-09-01T10:00:00")
owpay("q_hi22", "OWD-2025-422", "Sai Baba Travels", "rush", "7500.00", "2025-09-20T10:00:00")
f = mail("o22", 1, "साई बाबा ट्रेवल्स <saibabatravels@gmail.com>", OWDG, "रश फीस वापसी", "2025-09-22 10:00",
         "नमस्ते, साई बाबा ट्रेवल्स के लिए हमने जल्दी डिलीवरी की फीस (OWD-2025-422) दी थी, पर अब लॉन्च नवंबर में होगा तो "
         "जल्दी की ज़रूरत नहीं रही। वो फीस वापस कर दें।\nसंजय")
case("o22-rush-fee", [f], OW_B, "decided", [], [dec("refund", "deny")], "O6: rush fee never refundable -> deny")

e = "owner@chaiwalla.in"
cust(e, "monthly", "2025-09-20", "2025-10-19")
lopay("p_hi23", "LO-INV-92310", e, "monthly", "1499.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = mail("o23", 1, "Chaiwalla <owner@chaiwalla.in>", OWD, "subscription cancel", "2025-09-27 10:00",
         "Hi, hamara subscription cancel kar dijiye, cafe band ho raha hai.\nRohit")
case("o23-other-brand-customer", [f], OW_B, "need_info", ["C2"], [],
     "Section 8 'The other brand's customer': the sender is a LeadsOptima customer; Optima's ledger has no project for it -> unknown sender, C2")

with open(os.path.join(HERE, "ledger.json"), "w") as fh:
    json.dump(ledger, fh, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "expected.json"), "w") as fh:
    json.dump({"cases": cases}, fh, indent=1, ensure_ascii=False)
print(len(cases), "cases")
