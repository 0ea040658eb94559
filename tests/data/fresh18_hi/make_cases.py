"""fresh18 held-out round: cases written from POLICY_SPEC alone.  stdlib only, deterministic:
running this file writes ledger.json, emails/*.eml and expected.json beside it."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m if h >= 0 else -m))


IST, BST, EDT, CDT, PDT, AEST, WAT, PHT, GST = tz(5, 30), tz(1), tz(-4), tz(-5), tz(-7), tz(10), tz(1), tz(8), tz(4)
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

customers: list = []
projects: list = []
payments: list = []
cases: list = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    customers.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, price, paid_at, ps, pe, status="paid"):
    payments.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": price[0], "tax": price[1], "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    projects.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    payments.append(base)


def d(day, hh, mm, zone, month=9):
    return datetime(2025, month, day, hh, mm, tzinfo=zone)


def msg(frm, to, subject, when, body=None, html=None, headers=None):
    return {"from": frm, "to": to, "subject": subject, "when": when, "body": body, "html": html,
            "headers": headers or {}}


def build(m, mid, parents):
    e = EmailMessage()
    e["From"] = m["from"]
    e["To"] = m["to"]
    e["Subject"] = m["subject"]
    e["Date"] = format_datetime(m["when"])
    e["Message-ID"] = mid
    via = m["headers"].get("_via")  # our reply the customer answers (not a file of the case)
    if parents:
        e["In-Reply-To"] = via or parents[-1]
        e["References"] = " ".join(parents + ([via] if via else []))
    for k, v in m["headers"].items():
        if k.startswith("_"):
            continue
        e[k] = v
    if m.get("dsn"):  # a delivery-status report (RFC 3464): multipart/report parsed into an EmailMessage
        b = "dsn-boundary-" + mid.strip("<>").split("@")[0].replace(".", "-")
        raw = "".join(f"{k}: {v}\r\n" for k, v in e.items())
        raw += (f"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\r\n\r\n"
                f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{m['body']}\r\n"
                f"--{b}\r\nContent-Type: message/delivery-status\r\n\r\n{m['dsn']}\r\n--{b}--\r\n")
        return message_from_bytes(raw.replace("\r\n", "\n").replace("\n", "\r\n").encode(), policy=SMTP)
    elif m["html"] and not m["body"]:
        e.set_content(m["html"], subtype="html")
    else:
        e.set_content(m["body"])
        if m["html"]:
            e.add_alternative(m["html"], subtype="html")
    return e


def case(cid, brand, msgs, status, decisions=(), rules=(), missing=None, spec="", extra_ok=False, ambiguous=None):
    cases.append({"cid": cid, "brand": brand, "msgs": msgs, "status": status, "decisions": list(decisions),
                  "rules": list(rules), "missing": missing, "spec": spec, "extra_ok": extra_ok,
                  "ambiguous": ambiguous})


def dec(intent, outcome, amount=None, eff=None):
    x = {"intent": intent, "outcome": outcome, "amount": amount}
    if intent == "cancellation":
        x["effective_date"] = eff
    return x


def write(lang):
    shutil.rmtree(HERE / "emails", ignore_errors=True)
    (HERE / "emails").mkdir()
    out = []
    for c in cases:
        files, parents = [], []
        num = c["cid"].split("-")[0]
        for i, m in enumerate(c["msgs"]):
            dom = m["from"].split("@")[-1].strip(">").strip()
            mid = f"<{lang}.{c['cid']}.{i}@{dom}>"
            e = build(m, mid, parents)
            parents.append(mid)
            name = f"emails/{c['cid']}{'' if len(c['msgs']) == 1 else '-' + str(i + 1)}.eml"
            (HERE / name).write_bytes(e.as_bytes(policy=SMTP))
            files.append(name)
        x = {"id": f"{lang}-{c['cid']}", "lang": lang, "files": files, "brand": c["brand"], "status": c["status"],
             "rules": c["rules"]}
        if c["missing"] is not None:
            x["missing"] = c["missing"]
        x["decisions"] = c["decisions"]
        if c["extra_ok"]:
            x["extra_ok"] = True
        if c["ambiguous"]:
            x["ambiguous"] = c["ambiguous"]
        x["spec"] = c["spec"]
        out.append(x)
    ledger = {"customers": customers, "projects": projects, "payments": payments}
    (HERE / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    print(f"{len(out)} cases")


# ---------------------------------------------------------------- LeadsOptima (Hindi / Hinglish)
TO = "LeadsOptima Support <support@leadsoptima.com>"

cust("ramesh.agarwal@agarwaltraders.in", "रमेश अग्रवाल", "monthly", start="2025-09-22", end="2025-10-21")
lopay("h_p01a", "LO-INV-81101", "ramesh.agarwal@agarwaltraders.in", "monthly", M, "2025-09-22T10:30:00", "2025-09-22", "2025-10-21")
lopay("h_p01b", "LO-INV-81102", "ramesh.agarwal@agarwaltraders.in", "monthly", M, "2025-09-22T10:31:00", "2025-09-22", "2025-10-21")
case("l01-devanagari-formal-double", LOB, [msg("रमेश अग्रवाल <ramesh.agarwal@agarwaltraders.in>", TO,
     "दोहरी कटौती के संबंध में - LO-INV-81102", d(24, 11, 0, IST),
     "आदरणीय महोदय/महोदया,\n\nसविनय निवेदन है कि दिनांक 22.09.2025 को मेरे खाते से LeadsOptima के मासिक प्लान के लिए\n"
     "एक ही राशि दो बार काटी गई है (बिल संख्या LO-INV-81101 एवं LO-INV-81102)। मैंने केवल एक ही सदस्यता ली है।\n"
     "अतः आपसे अनुरोध है कि दूसरी कटौती की राशि मेरे कार्ड में वापस करने की कृपा करें।\n\n"
     "धन्यवाद सहित,\nभवदीय\nरमेश अग्रवाल\nअग्रवाल ट्रेडर्स, जयपुर\n")],
     "decided", [dec("refund", "approve", "1499.00")],
     spec="L2 duplicate ('दो बार काटी'), L4: pair 81101/81102 on 09-22, request 09-24 (day 2): approve 1499.00.")

cust("sunny.gill@gillcarriers.in", "Sunny Gill", "quarterly", start="2025-09-19", end="2025-12-18")
lopay("h_p02a", "LO-INV-81201", "sunny.gill@gillcarriers.in", "quarterly", Q, "2025-09-19T09:00:00", "2025-09-19", "2025-12-18")
lopay("h_p02b", "LO-INV-81202", "sunny.gill@gillcarriers.in", "quarterly", Q, "2025-09-19T09:02:00", "2025-09-19", "2025-12-18")
case("l02-punjabi-hinglish-double", LOB, [msg("Sunny Gill <sunny.gill@gillcarriers.in>", TO,
     "paise do baar kat gaye ji", d(21, 19, 45, IST),
     "Sat sri akal ji,\n\nmera quarterly plan ka payment 19 tareek nu do baar kat gaya, 3999 + GST dono baar. invoice\n"
     "LO-INV-81201 te LO-INV-81202. ek hi account hai sadda. doosra wala wapas kar do ji jaldi, business wich\n"
     "cash flow tight chal reha hai.\n\nSunny Gill\nGill Carriers, Ludhiana\n")],
     "decided", [dec("refund", "approve", "3999.00")],
     spec="L4: pair 81201/81202 same period, request 09-21 (day 2): approve 3999.00 before tax.")

cust("bunty.shaikh@shaikhmobiles.in", "Bunty Shaikh", "monthly", start="2025-09-10", end="2025-10-09")
lopay("h_p03a", "LO-INV-81301", "bunty.shaikh@shaikhmobiles.in", "monthly", M, "2025-09-10T12:00:00", "2025-09-10", "2025-10-09")
lopay("h_p03b", "LO-INV-81302", "bunty.shaikh@shaikhmobiles.in", "monthly", M, "2025-09-10T12:01:00", "2025-09-10", "2025-10-09")
case("l03-bambaiya-day8", LOB, [msg("Bunty Shaikh <bunty.shaikh@shaikhmobiles.in>", TO,
     "boss double kat gaya", d(18, 9, 15, IST),
     "boss aapka monthly ka paisa 10 tareek ko double kat gaya apun ke card se, 81301 aur 81302 dono same. abhi\n"
     "statement dekha toh pata chala. ek wapas karo na yaar LO-INV-81302 wala. monthly plan hai.\n\nbunty\nShaikh Mobiles, Kurla\n")],
     "decided", [dec("refund", "deny")],
     spec="L3: charge 09-10 = day 0, request 09-18 = day 8 > 7: deny even though the pair exists.")

cust("faisal.qureshi@qureshispices.com", "Faisal Qureshi", "monthly", start="2025-09-15", end="2025-10-14")
lopay("h_p04a", "LO-INV-81401", "faisal.qureshi@qureshispices.com", "monthly", M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
lopay("h_p04b", "LO-INV-81402", "faisal.qureshi@qureshispices.com", "monthly", M, "2025-09-15T10:00:50", "2025-09-15", "2025-10-14")
case("l04-dubai-night-day8-ist", LOB, [msg("Faisal Qureshi <faisal.qureshi@qureshispices.com>", TO,
     "Double payment - LO-INV-81402", d(22, 23, 0, GST),
     "Assalamualaikum,\n\nMain Dubai se likh raha hoon. 15 September ko monthly plan ka charge do baar hua hai, LO-INV-81401\n"
     "aur LO-INV-81402. Yahan abhi 22 tareek hi hai, 7 din ke andar hoon. Dusra wala refund kar dijiye.\n\n"
     "Shukriya,\nFaisal Qureshi\nQureshi Spices LLC, Deira\n")],
     "decided", [dec("refund", "deny")],
     spec="s1 windows in the brand zone: 09-22 23:00 +04:00 = 09-23 00:30 IST = day 8 from 09-15: deny (L3), whatever the sender's local date.")

cust("meenakshi.iyer@iyercatering.in", "Meenakshi Iyer", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h_p05a", "LO-INV-81501", "meenakshi.iyer@iyercatering.in", "monthly", M, "2025-09-25T08:00:00", "2025-09-25", "2025-10-24")
lopay("h_p05b", "LO-INV-81502", "meenakshi.iyer@iyercatering.in", "monthly", M, "2025-09-25T08:01:00", "2025-09-25", "2025-10-24")
lopay("h_p05c", "LO-INV-81503", "meenakshi.iyer@iyercatering.in", "monthly", M, "2025-09-25T08:03:00", "2025-09-25", "2025-10-24")
case("l05-three-times-devanagari", LOB, [msg("Meenakshi Iyer <meenakshi.iyer@iyercatering.in>", TO,
     "एक ही प्लान के लिए तीन बार पेमेंट", d(26, 8, 20, IST),
     "नमस्ते,\n\nकल सुबह आपकी साइट पर पेमेंट अटक गया था, मैंने तीन बार \"Pay\" दबाया और तीनों बार पैसे कट गए:\n"
     "LO-INV-81501, LO-INV-81502, LO-INV-81503. प्लान monthly ही है। दो पेमेंट वापस कर दीजिए, आख़िरी वाला LO-INV-81503 है।\n\n"
     "मीनाक्षी अय्यर\nअय्यर कैटरिंग, चेम्बूर\n")],
     "decided", [dec("refund", "approve", "2998.00")],
     spec="s8 three identical charges: 81502 and 81503 are duplicates of 81501, both inside L3 (day 1): 2 x 1499.00 = 2998.00.")

cust("pappu.yadav@yadavhardware.in", "Pappu Yadav", "monthly", start="2025-09-18", end="2025-10-17")
lopay("h_p06a", "LO-INV-81601", "pappu.yadav@yadavhardware.in", "monthly", M, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("l06-bihari-claims-double-one-charge", LOB, [msg("Pappu Yadav <pappu.yadav@yadavhardware.in>", TO,
     "paisa 2 bar kat gya hai", d(20, 14, 0, IST),
     "sir ji pranam\nhamra account se 18 tarikh ko do bar paisa kat gya hai aap log ka software ka. bank wala SMS\n"
     "bhi 2 go aaya. invoice LO-INV-81601 hai hamra pas. monthly wala plan hai. dusra wala paisa lauta dijiye.\n"
     "\nPappu Yadav\nYadav Hardware, Patna\n")],
     "decided", [dec("refund", "escalate")],
     spec="L4: the ledger holds one paid charge for the period: no pair, escalate.")

cust("neha.kapoor@kapoorboutique.in", "Neha Kapoor", "monthly", status="cancelled", start="2025-08-24", end="2025-09-23")
lopay("h_p07a", "LO-INV-81701", "neha.kapoor@kapoorboutique.in", "monthly", M, "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
lopay("h_p07b", "LO-INV-81702", "neha.kapoor@kapoorboutique.in", "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l07-charged-after-cancel-hinglish", LOB, [msg("Neha Kapoor <neha.kapoor@kapoorboutique.in>", TO,
     "Cancel karne ke baad bhi charge??", d(25, 22, 10, IST),
     "Hi team,\n\nMaine 5 Sept ko hi Billing > Cancel Plan se cancel kar diya tha, confirmation mail bhi aaya tha. Fir bhi\n"
     "kal 24 ko 1499+GST kat gaya (LO-INV-81702). Ye toh billing ki galti hai aapki. Please ye paisa wapas karo.\nMonthly plan tha.\n\n"
     "Neha\nKapoor Boutique, Rajouri Garden\n")],
     "decided", [dec("refund", "escalate")],
     spec="L2 billing_error (charged after cancelling), L5: charge 09-24, request 09-25 day 1: escalate.")

cust("anil.jain@jainelectricals.in", "Anil Jain", "quarterly", start="2025-09-20", end="2026-09-19")
lopay("h_p08a", "LO-INV-81801", "anil.jain@jainelectricals.in", "annual", A, "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
case("l08-wrong-plan-annual", LOB, [msg("Anil Jain <anil.jain@jainelectricals.in>", TO,
     "quarterly ki jagah annual charge kar diya", d(22, 10, 5, IST),
     "Namaskar,\n\nMaine quarterly plan select kiya tha, lekin aapne annual ka 11,988 + GST kaat liya (LO-INV-81801).\n"
     "Galat plan ka charge hua hai. Kripya isko theek karke annual ka paisa wapas karein aur quarterly lagaiye.\n\n"
     "Anil Jain\nJain Electricals, Indore\n")],
     "decided", [dec("refund", "escalate")],
     spec="L2 billing_error (wrong plan), L5: day 2: escalate.")

cust("sunita.devi@devihandlooms.in", "सुनीता देवी", "monthly", start="2025-09-23", end="2025-10-22")
lopay("h_p09a", "LO-INV-81901", "sunita.devi@devihandlooms.in", "monthly", M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
case("l09-login-nahi-devanagari", LOB, [msg("सुनीता देवी <sunita.devi@devihandlooms.in>", TO,
     "लॉगिन नहीं हो रहा", d(27, 16, 40, IST),
     "नमस्कार जी,\n23 तारीख को पैसे भरे (LO-INV-81901, मासिक प्लान) उसके बाद से लॉगिन ही नहीं हो रहा। पासवर्ड\n"
     "बदल कर भी देखा, हर बार \"Something went wrong\" आता है। चार दिन से काम रुका पड़ा है। ठीक नहीं हो सकता तो पैसा वापस करो।\n\n"
     "सुनीता देवी\nदेवी हैंडलूम्स, वाराणसी\n")],
     "decided", [dec("refund", "escalate")],
     spec="L2 access_failure, L6: day 4: escalate.")

cust("rahul.deshmukh@deshmukhagro.in", "Rahul Deshmukh", "monthly", start="2025-08-28", end="2025-09-27")
lopay("h_p10a", "LO-INV-82001", "rahul.deshmukh@deshmukhagro.in", "monthly", M, "2025-08-28T10:00:00", "2025-08-28", "2025-09-27")
case("l10-access-outside-window", LOB, [msg("Rahul Deshmukh <rahul.deshmukh@deshmukhagro.in>", TO,
     "dashboard open nahi ho raha - refund", d(12, 11, 0, IST),
     "Namaskar, 28 August ko payment kiya tha uske baad se dashboard khul hi nahi raha, bas loading dikhata hai.\n"
     "Do hafte se wait kar raha hoon. LO-INV-82001 ka refund karo. monthly plan.\n\nRahul Deshmukh, Nashik\n")],
     "decided", [dec("refund", "deny")],
     spec="L3: charge 08-28, request 09-12 = day 15 > 7: deny.")

cust("gaurav.mishra@mishraclasses.in", "Gaurav Mishra", "monthly", start="2025-09-21", end="2025-10-20")
lopay("h_p11a", "LO-INV-82101", "gaurav.mishra@mishraclasses.in", "monthly", M, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
case("l11-ab-zarurat-nahi", LOB, [msg("Gaurav Mishra <gaurav.mishra@mishraclasses.in>", TO,
     "refund chahiye", d(23, 13, 0, IST),
     "Sir ab hume aapke software ki zarurat nahi hai, coaching ke admissions khatam ho gaye. Is mahine use bhi nahi\n"
     "kiya. LO-INV-82101 ka paisa wapas kar dijiye. monthly plan.\n\nGaurav Mishra\nMishra Classes, Prayagraj\n")],
     "decided", [dec("refund", "deny")],
     spec="L1: no need / did not use: deny (reply offers cancellation); no cancellation asked.")

cust("harpreet.kaur@kaurfitness.in", "Harpreet Kaur", "annual", start="2025-04-10", end="2026-04-09")
lopay("h_p12a", "LO-INV-82201", "harpreet.kaur@kaurfitness.in", "annual", A, "2025-04-10T10:00:00", "2025-04-10", "2026-04-09")
case("l12-mehenga-cancel-bache-din", LOB, [msg("Harpreet Kaur <harpreet.kaur@kaurfitness.in>", TO,
     "plan band karna hai", d(15, 18, 30, IST),
     "Hello ji, annual plan bahut mehenga pad raha hai gym ke liye. Isko band kar do aur jo mahine bache hain\n"
     "(lagbhag 6-7) unka paisa wapas kar do. Invoice LO-INV-82201.\n\nHarpreet\nKaur Fitness, Amritsar\n")],
     "decided", [dec("refund", "deny"), dec("cancellation", "cancel", eff="2026-04-09")],
     spec="L1 deny (too expensive; no partial refunds for unused days); L8 cancel at current_period_end 2026-04-09.")

cust("trial.pooja@gmail.com", "Pooja Nair", None, status="trial", trial_ends="2025-10-03")
case("l13-trial-no-charge", LOB, [msg("Pooja Nair <trial.pooja@gmail.com>", TO,
     "trial ke baad paisa katega kya? refund", d(26, 12, 0, IST),
     "Hi, maine free trial liya tha. Card details daale the toh dar lag raha hai. Agar koi paisa kata hai toh\n"
     "refund kar do please, main subscribe nahi karna chahti.\nPooja\n")],
     "decided", [dec("refund", "deny")],
     spec="L7: trial account with no charges: deny, nothing to refund; no billing unless they subscribe. "
          "Not ambiguous (chk18c): L7 decides a trial refund outright; there is no charge whose invoice could be asked for.")

cust("kamla.prasad@prasadsweets.in", "Kamla Prasad", "monthly", start="2025-09-12", end="2025-10-11")
lopay("h_p14a", "LO-INV-82401", "kamla.prasad@prasadsweets.in", "monthly", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("l14-voice-devanagari-cancel", LOB, [msg("Kamla Prasad <kamla.prasad@prasadsweets.in>", TO,
     "सदस्यता रद्द", d(28, 7, 5, IST),
     "नमस्ते मेरा लीड्स ऑप्टिमा का मंथली प्लान कैंसिल कर दीजिए बेटा विदेश चला गया है अब दुकान का ऑनलाइन काम कोई\n"
     "नहीं देखता धन्यवाद कमला प्रसाद\n\nमेरे Samsung Galaxy से भेजा गया\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-10-11")],
     spec="L8: monthly, current_period_end 2025-10-11.")

cust("vinod.tiwari@tiwaritravels.in", "Vinod Tiwari", "quarterly", start=None, end=None)
lopay("h_p15a", "LO-INV-82501", "vinod.tiwari@tiwaritravels.in", "quarterly", Q, "2025-07-31T18:00:00", "2025-07-31", None)
case("l15-cancel-fallback-month-end", LOB, [msg("Vinod Tiwari <vinod.tiwari@tiwaritravels.in>", TO,
     "Quarterly subscription cancel karein", d(19, 10, 0, IST),
     "Mahoday,\nKripya hamara quarterly subscription cancel karein. Season khatam ho gaya hai, booking kam hai.\n"
     "Agla charge nahi hona chahiye.\n\nVinod Tiwari\nTiwari Tour & Travels, Haridwar\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-10-30")],
     spec="L8 fallback: no current_period_end; last charge 2025-07-31 + 3 months = 2025-10-31, minus one day = 2025-10-30.")

cust("chotu.haryana@chaudharydairy.in", "Sandeep Chaudhary", "monthly", start="2025-09-03", end="2025-10-02")
lopay("h_p16a", "LO-INV-82601", "chotu.haryana@chaudharydairy.in", "monthly", M, "2025-09-03T10:00:00", "2025-09-03", "2025-10-02")
case("l16-haryanvi-one-liner", LOB, [msg("chotu.haryana@chaudharydairy.in", TO,
     "band kar do", d(29, 21, 0, IST), "bhai yo plan band kar do mhara. bas.\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-10-02")],
     spec="L8: LeadsOptima needs no reason for a cancellation; plan from the ledger; effective 2025-10-02.")

cust("office@bansalcorp.in", "Alok Bansal", "annual", start="2025-06-01", end="2026-05-31")
lopay("h_p17a", "LO-INV-82701", "office@bansalcorp.in", "annual", A, "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
case("l17-c2-personal-gmail", LOB, [msg("Alok Bansal <alokbansal.personal@gmail.com>", TO,
     "Account details chahiye + cancel", d(17, 20, 0, IST),
     "Hello, main apne personal mail se likh raha hoon, office wala abhi khul nahi raha. Hamara account\n"
     "office@bansalcorp.in pe registered hai, annual plan. Isko cancel karo aur batao last payment kitna aur kab hua tha.\n\nAlok\n")],
     "need_info", rules=["C2"],
     spec="C2: sender is not the registered office@bansalcorp.in: ask to write from it; disclose nothing.")

cust("papa.sharma@sharmaopticals.in", "Om Prakash Sharma", "monthly", start="2025-09-20", end="2025-10-19")
lopay("h_p18a", "LO-INV-82801", "papa.sharma@sharmaopticals.in", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("h_p18b", "LO-INV-82802", "papa.sharma@sharmaopticals.in", "monthly", M, "2025-09-20T10:00:20", "2025-09-20", "2025-10-19")
case("l18-son-forwards-fathers-mail", LOB, [msg("Ankit Sharma <ankit.sharma.dev@gmail.com>", TO,
     "Fwd: LeadsOptima payment", d(22, 23, 30, IST),
     "Hi, ye papa ka mail forward kar raha hoon, unko email bhejna nahi aata. please dekh lo.\nAnkit\n\n"
     "---------- Forwarded message ---------\nFrom: Om Prakash Sharma <papa.sharma@sharmaopticals.in>\n"
     "Date: Mon, 22 Sept 2025 at 21:14\nSubject: LeadsOptima payment\nTo: Ankit <ankit.sharma.dev@gmail.com>\n\n"
     "बेटा LeadsOptima वालों ने 20 तारीख को दो बार पैसे काट लिए हैं LO-INV-82801 और LO-INV-82802. रजिस्टर्ड ईमेल\n"
     "papa.sharma@sharmaopticals.in है, मंथली प्लान। दूसरा वाला वापस करवा दो।\n")],
     "need_info", rules=["C2"],
     spec="s8 forwards + C2: the forwarded request names papa.sharma@... as registered email; the sender is the son: ask for it from that address.")

cust("sales@guptaprinters.in", "Manoj Gupta", "monthly", start="2025-09-14", end="2025-10-13")
lopay("h_p19a", "LO-INV-82901", "sales@guptaprinters.in", "monthly", M, "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
case("l19-plus-tag-and-reply-to", LOB, [msg("Manoj Gupta <sales+leads@guptaprinters.in>", TO,
     "cancel karo", d(24, 12, 0, IST),
     "Namaste, hamara monthly plan cancel kar dijiye. Ab WhatsApp se hi leads aa rahi hain.\nManoj Gupta\n",
     headers={"Reply-To": "sales@guptaprinters.in"})],
     "need_info", rules=["C2"],
     spec="s8 addresses: sales+leads@ is another address; Reply-To never verifies: C2.")

cust("ca.verma@vermaassociates.in", "CA Suresh Verma", "monthly", start="2025-09-22", end="2025-10-21")
lopay("h_p20a", "LO-INV-83001", "ca.verma@vermaassociates.in", "monthly", M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
case("l20-devanagari-no-reason-signature", LOB, [msg("सुरेश वर्मा <ca.verma@vermaassociates.in>", TO,
     "रिफंड हेतु अनुरोध - LO-INV-83001", d(24, 10, 30, IST),
     "महोदय,\n\nकृपया बिल संख्या LO-INV-83001 (मासिक प्लान) की राशि का रिफंड शीघ्र करने की कृपा करें।\n\n"
     "सधन्यवाद,\nसीए सुरेश वर्मा\nवर्मा एंड एसोसिएट्स, चार्टर्ड अकाउंटेंट्स, भोपाल\n\n"
     "अस्वीकरण: यह ईमेल एवं इसके संलग्नक गोपनीय हैं। यदि आप इसके इच्छित प्राप्तकर्ता नहीं हैं तो कृपया इसे नष्ट करें।\n"
     "जय हिंद\n")],
     "need_info", missing=["reason"],
     spec="s8 what a reason is: courtesy lines, signature, disclaimer and 'जय हिंद' are not reasons: need_info [reason].")

cust("rocky.dhillon@dhillonmotors.in", "Rocky Dhillon", "monthly", start="2025-09-24", end="2025-10-23")
lopay("h_p21a", "LO-INV-83101", "rocky.dhillon@dhillonmotors.in", "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l21-reason-kya-batau", LOB, [msg("Rocky Dhillon <rocky.dhillon@dhillonmotors.in>", TO,
     "refund do", d(25, 17, 0, IST),
     "reason vagera kya batau, bas refund chahiye. LO-INV-83101 monthly. refund karo mera payment please. jaldi.\n")],
     "need_info", missing=["reason"],
     spec="s8: restating the request is not a reason: need_info [reason].")

cust("shalini.rao@raofoods.in", "Shalini Rao", "monthly", start="2025-09-16", end="2025-10-15")
lopay("h_p22a", "LO-INV-83201", "shalini.rao@raofoods.in", "monthly", M, "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
lopay("h_p22b", "LO-INV-83202", "shalini.rao@raofoods.in", "monthly", M, "2025-09-16T10:01:00", "2025-09-16", "2025-10-15")
case("l22-thread-reason-later", LOB, [
     msg("Shalini Rao <shalini.rao@raofoods.in>", TO, "Refund LO-INV-83202", d(20, 11, 0, IST),
         "Hello, LO-INV-83202 ka refund kar dijiye please. Monthly plan. Dhanyavaad.\nShalini\n"),
     msg("Shalini Rao <shalini.rao@raofoods.in>", TO, "Re: Refund LO-INV-83202 [LO-2290]", d(25, 19, 0, IST),
         "Sorry late reply, Navratri ki taiyari me busy thi. Reason ye hai ki 16 ko payment do baar hua tha, 83201 aur\n"
         "83202 same hai. Dusra wala wapas karo.\n\nShalini\n\n"
         "On Sun, 21 Sept 2025, 10:05 am LeadsOptima Support, <support@leadsoptima.com> wrote:\n"
         "> Namaste Shalini, refund dekhne ke liye humein aapka reason chahiye. Kripya is mail ka jawab dein. [LO-2290]\n",
         headers={"_via": "<case.LO-2290.ask1@leadsoptima.com>"})],
     "decided", [dec("refund", "approve", "1499.00")],
     spec="C3 thread: reason supplied later; request time is the first email 09-20 (day 4); answer 09-25 would be day 9: approve 1499.00.")

cust("imran.khan@khanleathers.in", "Imran Khan", "annual", start="2025-09-23", end="2026-09-22")
lopay("h_p23a", "LO-INV-83301", "imran.khan@khanleathers.in", "annual", A, "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
lopay("h_p23b", "LO-INV-83302", "imran.khan@khanleathers.in", "annual", A, "2025-09-23T10:00:45", "2025-09-23", "2026-09-22")
case("l23-thread-invoice-typed", LOB, [
     msg("Imran Khan <imran.khan@khanleathers.in>", TO, "annual ka paisa do baar", d(24, 12, 0, IST),
         "Janab, annual plan ka paisa do baar kat gaya kal. ek wapas kijiye. Imran, Khan Leathers Kanpur\n"),
     msg("Imran Khan <imran.khan@khanleathers.in>", TO, "Re: annual ka paisa do baar", d(24, 16, 0, IST),
         "dusre wale ka number: lo.inv.83302\n\nImran\n\n> Kripya jis charge ka refund chahiye uska invoice number bhejiye.\n",
         headers={"_via": "<case.LO-2295.ask1@leadsoptima.com>"})],
     "decided", [dec("refund", "approve", "11988.00")],
     spec="C3 thread + s8 invoice refs: 'lo.inv.83302' is LO-INV-83302 (later of the pair); L4 approve 11988.00.")

cust("ramkishan@ramkishanjewellers.in", "Ram Kishan", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("h_p24a", "LO-INV-83401", "ramkishan@ramkishanjewellers.in", "quarterly", Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
case("l24-upbhokta-adalat", LOB, [msg("राम किशन <ramkishan@ramkishanjewellers.in>", TO,
     "शिकायत - गलत राशि काटी गई", d(23, 15, 0, IST),
     "आपने quarterly प्लान के लिए 3999 + GST काटे जबकि ऑफ़र में 2499 बताया गया था (LO-INV-83401)। गलत राशि\n"
     "काटी गई है। तीन दिन में बाकी पैसा वापस नहीं हुआ तो मैं उपभोक्ता अदालत में केस करूँगा और वकील से नोटिस भिजवाऊँगा।\n\n"
     "राम किशन\nराम किशन ज्वैलर्स, अलवर\n")],
     "decided", [dec("refund", "escalate")], rules=["C4"],
     spec="C4: consumer court (उपभोक्ता अदालत) and lawyer threat: escalate.")

cust("dev.malhotra@malhotraestates.in", "Dev Malhotra", "monthly", start="2025-09-26", end="2025-10-25")
lopay("h_p25a", "LO-INV-83501", "dev.malhotra@malhotraestates.in", "monthly", M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l25-chargeback-cancel-hinglish", LOB, [msg("Dev Malhotra <dev.malhotra@malhotraestates.in>", TO,
     "LAST WARNING", d(28, 11, 0, IST),
     "Teen mail kar chuka hoon. Platform chal hi nahi raha renewal ke baad se. Account cancel karo aur LO-INV-83501 ka\n"
     "paisa wapas karo warna bank me chargeback daal dunga, phir mat bolna. Monthly plan.\n\nDev Malhotra\n")],
     "decided", [dec("refund", "escalate"), dec("cancellation", "escalate")], rules=["C4"],
     spec="C4 covers the whole case (s8): the chargeback threat escalates both the refund and the cancellation.")

cust("priyanka.ghosh@ghoshsarees.in", "Priyanka Ghosh", "monthly", start="2025-09-07", end="2025-10-06")
lopay("h_p26a", "LO-INV-83601", "priyanka.ghosh@ghoshsarees.in", "monthly", M, "2025-09-07T10:00:00", "2025-09-07", "2025-10-06")
case("l26-refund-nahi-chahiye-cancel", LOB, [msg("Priyanka Ghosh <priyanka.ghosh@ghoshsarees.in>", TO,
     "plan cancel - refund nahi chahiye", d(16, 18, 0, IST),
     "Nomoshkar, monthly plan cancel kar dijiye please. Refund nahi chahiye, is mahine use kiya hai theek hai. Puja ke\n"
     "baad shop ka kaam Instagram se hi chalega.\n\nPriyanka\nGhosh Sarees, Gariahat\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-10-06")],
     spec="s8 negation: 'refund nahi chahiye' adds no refund intent; L8 cancel 2025-10-06.")

case("l27-agar-annual-liya-to", LOB, [msg("Sameer Patel <sameer.patel.biz@gmail.com>", TO,
     "annual plan lene se pehle sawal", d(14, 13, 0, IST),
     "Hello, main annual plan lene ka soch raha hoon. Agar 2 mahine baad pasand nahi aaya toh kya bache hue\n"
     "mahino ka refund milega? Aur galti se do baar paisa kat jaye toh kya hoga? Pehle clear kar lena chahta hoon.\n\nSameer\n")],
     "other",
     spec="s8 hypotheticals: a question before buying ('agar ... toh refund milega?'): other.")

cust("tanvi.joshi@joshiclinic.in", "Tanvi Joshi", "monthly", start="2025-09-05", end="2025-10-04")
case("l28-refund-mil-gaya-dhanyavaad", LOB, [msg("Tanvi Joshi <tanvi.joshi@joshiclinic.in>", TO,
     "Re: Refund approved - LO-INV-70999 [LO-2011]", d(19, 9, 0, IST),
     "Refund mil gaya account me, bahut bahut dhanyavaad aap logon ka! Jawab dene ki zarurat nahi.\n\nTanvi\n\n"
     "> Namaste Tanvi, aapka INR 1,499.00 ka refund approve ho gaya hai.\n",
     headers={"In-Reply-To": "<case.LO-2011.reply2@leadsoptima.com>",
              "References": "<case.LO-2011.reply1@leadsoptima.com> <case.LO-2011.reply2@leadsoptima.com>"})],
     "other",
     spec="Tricky negative: thanks after a refund; asks for nothing: other.")

cust("accounts@singhlogistics.in", "Jaspreet Singh", "annual", start="2025-08-01", end="2026-07-31")
lopay("h_p29a", "LO-INV-83901", "accounts@singhlogistics.in", "annual", A, "2025-08-01T10:00:00", "2025-08-01", "2026-07-31")
case("l29-gst-invoice-question", LOB, [msg("Jaspreet Singh <accounts@singhlogistics.in>", TO,
     "GST invoice me GSTIN add karna hai", d(11, 12, 0, IST),
     "Namaste,\nLO-INV-83901 wale invoice me hamara GSTIN (03ABCDE1234F1Z5) nahi aaya hai, ITC claim karna hai. Kripya\n"
     "GSTIN ke saath invoice dobara bhej dein. Payment me koi dikkat nahi hai.\n\nJaspreet Singh\nAccounts, Singh Logistics\n")],
     "other",
     spec="Tricky negative: invoice correction request, no refund or cancellation: other.")

case("l30-hindi-out-of-office", LOB, [msg("Ajay Saxena <ajay.saxena@saxenapharma.in>", TO,
     "स्वचालित उत्तर: Your LeadsOptima receipt", d(21, 9, 0, IST),
     "नमस्ते, मैं 30 सितंबर तक छुट्टी पर हूँ। जरूरी काम के लिए श्री रवि से संपर्क करें। कृपया मेरा प्लान कैंसिल न करें।\n"
     "I am on leave till 30 Sept.\n", headers={"Auto-Submitted": "auto-replied"})],
     "ignore", rules=["C7"],
     spec="C7: Auto-Submitted auto-replied: ignore.")

case("l31-diwali-promo-bulk", LOB, [msg("Diwali Dhamaka Offers <offers@dealsbazaar.in>", TO,
     "दिवाली धमाका! 70% छूट, full refund guarantee", d(27, 8, 0, IST),
     "इस दिवाली पाएं 70% तक की छूट! पसंद न आए तो full refund. Unsubscribe करने के लिए यहाँ क्लिक करें।\n",
     headers={"Precedence": "junk", "List-Unsubscribe": "<mailto:unsub@dealsbazaar.in>"})],
     "ignore", rules=["C7"],
     spec="C7: Precedence junk: ignore.")

cust("ravi.teja@tejaconstructions.in", "Ravi Teja", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h_p32a", "LO-INV-84201", "ravi.teja@tejaconstructions.in", "monthly", M, "2025-09-25T19:00:00", "2025-09-25", "2025-10-24")
lopay("h_p32b", "LO-INV-84202", "ravi.teja@tejaconstructions.in", "monthly", M, "2025-09-25T19:01:00", "2025-09-25", "2025-10-24")
case("l32-hyderabadi-html-only", LOB, [msg("Ravi Teja <ravi.teja@tejaconstructions.in>", TO,
     "payment 2 baar hua", d(27, 10, 0, IST), html=
     "<div>Namaste sir,</div><div>Parso sham ku monthly plan ka payment <b>2 baar</b> hogaya, nakko itta. Invoice"
     " <b>LO-INV-84201</b> aur <b>LO-INV-84202</b>. Dusra wala wapas karo na.</div><div><br></div>"
     "<div>Ravi Teja<br>Teja Constructions, Hyderabad</div>")],
     "decided", [dec("refund", "approve", "1499.00")],
     spec="HTML-only; L4 pair on 09-25, request 09-27 (day 2): approve 1499.00.")

cust("kiran.bedi@bediautoparts.in", "Kiran Bedi", "monthly", start="2025-09-22", end="2025-10-21")
lopay("h_p33a", "LO-INV-84301", "kiran.bedi@bediautoparts.in", "monthly", M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21", status="failed")
lopay("h_p33b", "LO-INV-84302", "kiran.bedi@bediautoparts.in", "monthly", M, "2025-09-22T10:05:00", "2025-09-22", "2025-10-21")
case("l33-failed-but-deducted", LOB, [msg("Kiran Bedi <kiran.bedi@bediautoparts.in>", TO,
     "failed payment ka paisa bhi kat gaya", d(23, 12, 0, IST),
     "Hi, 22 ko pehla payment (LO-INV-84301) \"failed\" dikhaya toh maine dobara kiya (LO-INV-84302). Lekin bank se\n"
     "dono baar paise kat gaye. Failed wale ka paisa wapas karo. Monthly plan.\n\nKiran\n")],
     "decided", [dec("refund", "escalate")],
     spec="s8 payments not paid: 84301 is 'failed' in the ledger, so no paid pair (L4) and a refund of it is escalated.")

cust("mohan.lal@mohanlalsons.in", "Mohan Lal", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("h_p34a", "LO-INV-84401", "mohan.lal@mohanlalsons.in", "quarterly", Q, "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
case("l34-bhool-gaya-cancel-karna", LOB, [msg("Mohan Lal <mohan.lal@mohanlalsons.in>", TO,
     "Re: Aapka subscription renew ho gaya", d(27, 9, 30, IST),
     "Cancel karna bhool gaya tha, renew ho gaya. Please cancel karo aur LO-INV-84401 ka paisa lauta do. quarterly.\n\n"
     "Mohan Lal & Sons, Chandni Chowk\n\nOn 26/09/2025 LeadsOptima <noreply@leadsoptima.com> wrote:\n> Aapka quarterly subscription renew ho gaya hai.\n",
     headers={"In-Reply-To": "<renewal.LO-INV-84401@leadsoptima.com>", "References": "<renewal.LO-INV-84401@leadsoptima.com>"})],
     "decided", [dec("refund", "deny"), dec("cancellation", "cancel", eff="2025-12-25")],
     spec="L1: forgot to cancel is no exception: deny; L8 cancel 2025-12-25.")

cust("deepak.negi@negihomestay.in", "Deepak Negi", "monthly", start="2025-09-16", end="2025-10-15")
lopay("h_p35a", "LO-INV-84501", "deepak.negi@negihomestay.in", "monthly", M, "2025-09-16T23:55:00", "2025-09-16", "2025-10-15")
lopay("h_p35b", "LO-INV-84502", "deepak.negi@negihomestay.in", "monthly", M, "2025-09-16T23:56:00", "2025-09-16", "2025-10-15")
case("l35-pahadi-day7-late-night", LOB, [msg("Deepak Negi <deepak.negi@negihomestay.in>", TO,
     "double charge - LO-INV-84502", d(23, 23, 50, IST),
     "Namaskar ji, pahad me network ka bada lafda hai isliye late likh raha hoon. 16 ki raat monthly plan ka\n"
     "charge do baar hua, LO-INV-84501 aur LO-INV-84502. Dusra wala wapas kar dijiye.\n\nDeepak Negi\nNegi Homestay, Chopta\n")],
     "decided", [dec("refund", "approve", "1499.00")],
     spec="L3: charge 09-16 23:56 IST = day 0 (its local date), request 09-23 23:50 = day 7: inside; approve 1499.00.")

# ---------------------------------------------------------------- Optima WebDesign (Hindi / Hinglish)
TW = "Optima WebDesign <optimawebdesigns12@gmail.com>"

proj("Annapurna Bhojanalaya Website", "annapurna.bhojanalaya@gmail.com", None)
owpay("h_w01", "OWD-2025-501", "Annapurna Bhojanalaya Website", "discovery", "10000.00", "1800.00", "2025-09-18T10:00:00")
case("o01-discovery-refund-devanagari", OWB, [msg("अन्नपूर्णा भोजनालय <annapurna.bhojanalaya@gmail.com>", TW,
     "रिफंड अनुरोध — Annapurna Bhojanalaya Website / OWD-2025-501", d(22, 12, 0, IST),
     "नमस्कार,\n\nहमने Annapurna Bhojanalaya Website के लिए डिस्कवरी फीस (OWD-2025-501) जमा की थी। अभी तक कोई मीटिंग\n"
     "नहीं हुई है। घर में शादी है और अगले छह महीने नया काम शुरू नहीं कर पाएंगे, इसलिए यह राशि वापस कर दीजिए।\n\n"
     "धन्यवाद\nविजय शुक्ला\n")],
     "decided", [dec("refund", "approve", "10000.00")],
     spec="O1: work not started: full discovery fee before tax 10000.00.")

proj("Shree Balaji Tiles Site", "info@balajitiles.in", "2025-09-15T11:00:00")
owpay("h_w02", "OWD-2025-502", "Shree Balaji Tiles Site", "discovery", "15000.00", "2700.00", "2025-09-12T10:00:00")
case("o02-discovery-meeting-ho-gayi", OWB, [msg("Balaji Tiles <info@balajitiles.in>", TW,
     "discovery fee wapas", d(19, 16, 0, IST),
     "Namaste, 15 tareek ko aapki team ke saath strategy meeting hui thi Shree Balaji Tiles Site ke liye. Lekin\n"
     "partner ne mana kar diya, website abhi nahi banani. OWD-2025-502 ka paisa wapas kar do.\n\nMahesh Choudhary\n")],
     "decided", [dec("refund", "deny")],
     spec="O1: session started 09-15 before the request 09-19: deny.")

proj("Lakshmi Silk House Store", "lakshmisilk.house@gmail.com", None)
owpay("h_w03", "OWD-2025-503", "Lakshmi Silk House Store", "deposit", "25000.00", "4500.00", "2025-09-20T11:00:00")
case("o03-deposit-48h", OWB, [msg("Lakshmi Silk House <lakshmisilk.house@gmail.com>", TW,
     "Deposit refund - Lakshmi Silk House Store (OWD-2025-503)", d(22, 11, 0, IST),
     "Namaskaram,\nParso humne Lakshmi Silk House Store ke liye booking deposit diya tha, OWD-2025-503. Abhi GST registration\n"
     "me problem aa gayi hai isliye online store abhi shuru nahi kar sakte. Deposit wapas kar dijiye please.\n\nVenkatesh\nKanchipuram\n")],
     "decided", [dec("refund", "approve", "25000.00")],
     spec="O2: paid 09-20 11:00, request 09-22 11:00 = 48 h, no work: approve 25000.00 (tax kept, C6).")

proj("Mittal Packers Site", "mittalpackers@yahoo.in", None)
owpay("h_w04", "OWD-2025-504", "Mittal Packers Site", "deposit", "20000.00", "3600.00", "2025-09-15T10:00:00")
case("o04-deposit-73h", OWB, [msg("Mittal Packers <mittalpackers@yahoo.in>", TW,
     "deposit cancel", d(18, 11, 0, IST),
     "Sir deposit OWD-2025-504 (Mittal Packers Site) wapas kar dijiye, humne apne bhatije se website banwa li.\n"
     "Aapne abhi kaam shuru nahi kiya hai.\n\nR.K. Mittal\n")],
     "decided", [dec("refund", "deny")],
     spec="O2: paid 09-15 10:00, request 09-18 11:00 = 73 h >= 72 h: deny (example 7).")

proj("Saraswati Vidya Mandir Portal", "principal@svmschool.in", None)
owpay("h_w05", "OWD-2025-505", "Saraswati Vidya Mandir Portal", "deposit", "30000.00", "5400.00", "2025-09-22T14:15:00")
case("o05-deposit-exactly-72h-london", OWB, [msg("Principal SVM <principal@svmschool.in>", TW,
     "Booking amount vapsi hetu - OWD-2025-505", d(25, 9, 45, BST),
     "Adarniya Mahoday,\n\nVidyalaya prabandhan samiti ne Saraswati Vidya Mandir Portal ka kaam is varsh sthagit karne ka\n"
     "nirnay liya hai kyunki board se anudan nahi mila. Kripya booking rashi lautane ki kripa karein.\n"
     "(Main abhi London me ek seminar me hoon.)\n\nPradhanacharya\n")],
     "decided", [dec("refund", "deny")],
     spec="s8: paid 09-22 14:15 IST; email 09-25 09:45 BST = 14:15 IST = exactly 72 h: not before 72 h: deny (O2).")

proj("Chauhan Dhaba Online", "chauhandhaba@gmail.com", "2025-08-01T10:00:00")
owpay("h_w06", "OWD-2025-506", "Chauhan Dhaba Online", "milestone", "18000.00", "3240.00", "2025-09-10T10:00:00", milestone_status="not_started")
case("o06-milestone-not-started", OWB, [msg("Chauhan Dhaba <chauhandhaba@gmail.com>", TW,
     "online order wala milestone nahi chahiye", d(17, 20, 0, IST),
     "Ram ram ji,\nChauhan Dhaba Online me jo online order wala hissa tha (milestone, OWD-2025-506) wo hume nahi chahiye,\n"
     "Zomato Swiggy pe hi order le lenge. Aapne abhi shuru nahi kiya hai, toh iska paisa wapas kar do.\n\nBalwant Chauhan, Murthal\n")],
     "decided", [dec("refund", "approve", "18000.00")],
     spec="O3: milestone not_started: refund its amount 18000.00.")

proj("Goyal Hospital Website", "admin@goyalhospital.in", "2025-08-05T10:00:00")
owpay("h_w07", "OWD-2025-507", "Goyal Hospital Website", "milestone", "40000.00", "7200.00", "2025-09-01T10:00:00", milestone_status="in_progress")
case("o07-milestone-in-progress", OWB, [msg("Dr. Goyal <admin@goyalhospital.in>", TW,
     "OWD-2025-507 - kaam se santusht nahi", d(21, 9, 0, IST),
     "Namaste,\nGoyal Hospital Website ka doctor-appointment milestone (OWD-2025-507) bahut slow chal raha hai aur design\n"
     "bhi waisa nahi hai jaisa tay hua tha. Is milestone ko rok dijiye aur jo kaam nahi hua uska paisa wapas kijiye.\n\nDr. Sanjeev Goyal\n")],
     "decided", [dec("refund", "escalate")],
     spec="O3: in_progress: escalate (value of work not started needs a person).")

proj("Rathore Handicrafts Store", "rathore.handicrafts@gmail.com", "2025-07-01T10:00:00")
owpay("h_w08", "OWD-2025-508", "Rathore Handicrafts Store", "milestone", "22000.00", "3960.00", "2025-08-20T10:00:00", milestone_status="completed")
case("o08-milestone-completed-rajasthani", OWB, [msg("Rathore Handicrafts <rathore.handicrafts@gmail.com>", TW,
     "homepage pasand nahi aayo", d(23, 14, 0, IST),
     "Khamma ghani sa,\nRathore Handicrafts Store ko homepage wala kaam (OWD-2025-508) poora ho gayo, par mhane bilkul pasand\n"
     "nahi aayo. Grahak bole ki purano lage. Iko paiso wapas karo sa.\n\nVikram Singh Rathore, Jodhpur\n")],
     "decided", [dec("refund", "deny")],
     spec="O3/O6: completed milestone: deny.")

proj("Bhatia Clinic Retainer", "bhatiaclinic@gmail.com", "2025-01-01T10:00:00")
owpay("h_w09", "OWD-2025-509", "Bhatia Clinic Retainer", "retainer", "8000.00", "1440.00", "2025-09-08T10:00:00",
      period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-08T00:00:00")
case("o09-retainer-enough-notice", OWB, [msg("Bhatia Clinic <bhatiaclinic@gmail.com>", TW,
     "retainer band karna hai - OWD-2025-509", d(25, 18, 0, IST),
     "Namaste, Bhatia Clinic Retainer agle mahine se band kar dijiye. Clinic ka kaam ab mera bhanja sambhal lega,\n"
     "wo web developer hai.\n\nDr. Meena Bhatia\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-10-07")],
     spec="O4/O8: request 09-25 <= 10-08 minus 7 = 10-01: next charge avoided, effective 10-07.")

proj("Patil Builders Retainer", "accounts@patilbuilders.in", "2025-02-01T10:00:00")
owpay("h_w10", "OWD-2025-510", "Patil Builders Retainer", "retainer", "14000.00", "2520.00", "2025-09-02T10:00:00",
      period_start="2025-09-02", period_end="2025-10-01", next_billing_at="2025-10-02T00:00:00")
case("o10-retainer-short-notice", OWB, [msg("Patil Builders Accounts <accounts@patilbuilders.in>", TW,
     "Retainer band karne babat", d(27, 12, 0, IST),
     "Namaskar,\nPatil Builders Retainer (OWD-2025-510) band karaycha aahe. Naya project launch nahi hoga is saal,\n"
     "budget cut ho gaya hai. Kripya confirm karein.\n\nSachin Patil\nPatil Builders, Pune\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-11-01")],
     spec="O4: request 09-27 is < 7 days before 10-02: next cycle 10-02..11-01 is billed; effective 2025-11-01.")

proj("Sethi Exports Retainer", "it@sethiexports.in", "2025-01-15T10:00:00")
owpay("h_w11a", "OWD-2025-511", "Sethi Exports Retainer", "retainer", "12000.00", "2160.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
owpay("h_w11b", "OWD-2025-512", "Sethi Exports Retainer", "retainer", "12000.00", "2160.00", "2025-09-10T10:00:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
case("o11-retainer-advance-paid", OWB, [msg("Sethi Exports IT <it@sethiexports.in>", TW,
     "Retainer discontinue + October advance", d(20, 15, 0, IST),
     "Hello team,\nSethi Exports Retainer discontinue karna hai, company ne group ki central IT team ko web ka kaam de\n"
     "diya hai. October ka advance (OWD-2025-512) already de diya tha, uska kya hoga bataiye.\n\nHarsh Sethi\n")],
     "decided", [dec("cancellation", "escalate")],
     spec="s8 retainer paid in advance: October already paid, notice >= 7 days before 11-01: escalate.")

proj("Kerala Ayurveda Stay Hosting", "bookings@keralaayurvedastay.in", "2025-09-05T10:00:00")
owpay("h_w12", "OWD-2025-513", "Kerala Ayurveda Stay Hosting", "hosting_annual", "24000.00", "4320.00", "2025-09-04T10:00:00",
      setup_fee="3000.00", service_start="2025-09-05")
case("o12-hosting-within-14", OWB, [msg("Anoop Menon <bookings@keralaayurvedastay.in>", TW,
     "hosting cancel aur refund - OWD-2025-513", d(18, 10, 0, GST),
     "Namaste, main Dubai office se likh raha hoon. Kerala Ayurveda Stay Hosting ka annual plan (OWD-2025-513) cancel\n"
     "karna hai, hamare naye investor ka apna server hai. Jo refund banta hai wo kar dijiye.\n\nAnoop Menon\n")],
     "decided", [dec("refund", "approve", "19250.00")], extra_ok=True,
     spec="O5: start 09-05, request 09-18 11:30 IST = day 13 <= 14: 24000 - 3000 - (21000/12 = 1750) x 1 = 19250.00.")

proj("Sahu Traders Maintenance", "sahutraders@rediffmail.com", "2025-09-01T10:00:00")
owpay("h_w13", "OWD-2025-514", "Sahu Traders Maintenance", "maintenance_annual", "12000.00", "2160.00", "2025-08-30T10:00:00",
      setup_fee="600.00", service_start="2025-09-01")
case("o13-maintenance-after-14", OWB, [msg("Sahu Traders <sahutraders@rediffmail.com>", TW,
     "maintenance plan ka refund", d(20, 12, 0, IST),
     "namaste sir, Sahu Traders Maintenance plan (OWD-2025-514) ab nahi chahiye, dukan bechne ka plan hai. bache hue\n"
     "mahino ka paisa wapas kar dijiye. Raipur se, Santosh Sahu\n")],
     "decided", [dec("refund", "deny")], extra_ok=True,
     spec="O5: start 09-01, request 09-20 = day 19 > 14: deny. extra_ok kept (chk18c): 'plan ab nahi chahiye' asks to stop the plan, and a cancellation decision approves nothing.")

proj("Arora Sweets Site", "arorasweets@gmail.com", "2025-08-01T10:00:00")
owpay("h_w14", "OWD-2025-515", "Arora Sweets Site", "third_party", "3500.00", "630.00", "2025-09-18T10:00:00")
case("o14-ssl-third-party", OWB, [msg("Arora Sweets <arorasweets@gmail.com>", TW,
     "SSL ka paisa kyun liya", d(20, 19, 0, IST),
     "Ji Arora Sweets Site ke liye SSL certificate ka 3500 + GST liya (OWD-2025-515), lekin hosting wale toh free SSL\n"
     "dete hain. Ye paisa wapas karo ji.\n\nRajiv Arora, Karol Bagh\n")],
     "decided", [dec("refund", "deny")],
     spec="O6: third_party (SSL) never refundable: deny.")

proj("Dwarka Dental Site", "dwarkadental@gmail.com", "2025-09-01T10:00:00")
owpay("h_w15", "OWD-2025-516", "Dwarka Dental Site", "setup", "5000.00", "900.00", "2025-09-20T10:00:00")
case("o15-setup-fee", OWB, [msg("Dwarka Dental <dwarkadental@gmail.com>", TW,
     "setup charge refund", d(22, 11, 0, IST),
     "Hello, Dwarka Dental Site ka setup fee (OWD-2025-516) refund kar dijiye. Mujhe laga tha ye package me included\n"
     "hai, alag se charge hona hi nahi chahiye tha.\n\nDr. Ritu Sehgal\n")],
     "decided", [dec("refund", "deny")],
     spec="O6: setup fee non-refundable: deny.")

proj("Oswal Textiles Website", "md@oswaltextiles.in", "2025-09-01T10:00:00")
owpay("h_w16", "OWD-2025-517", "Oswal Textiles Website", "milestone", "32000.00", "5760.00", "2025-09-12T10:00:00", milestone_status="not_started")
case("o16-c2-personal-gmail", OWB, [msg("Nitin Oswal <nitin.oswal81@gmail.com>", TW,
     "Oswal Textiles Website - milestone refund", d(24, 21, 0, IST),
     "Hi, main apne personal mail se likh raha hoon. Oswal Textiles Website ka catalogue milestone (OWD-2025-517)\n"
     "cancel karke refund karo, hum B2B portal le rahe hain. Aur abhi tak ki saari payments ki list bhi bhej dena.\n\nNitin\n")],
     "need_info", rules=["C2"],
     spec="C2: sender is not the contract email md@oswaltextiles.in: ask to write from it; no details.")

proj("Gupta Coaching Retainer", "guptacoaching@gmail.com", "2025-03-01T10:00:00")
owpay("h_w17", "OWD-2025-518", "Gupta Coaching Retainer", "retainer", "7000.00", "1260.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
case("o17-cancel-no-reason", OWB, [msg("Gupta Coaching <guptacoaching@gmail.com>", TW,
     "retainer cancel", d(21, 10, 0, IST),
     "Namaste ji,\nGupta Coaching Retainer (OWD-2025-518) cancel kar dijiye.\nDhanyavaad\nGupta Coaching Centre, Kota\n")],
     "need_info", missing=["reason"],
     spec="s8: Optima requires a reason for cancellations too; none given: need_info [reason].")

proj("Saini Furniture Store", "owner@sainifurniture.in", None)
owpay("h_w18", "OWD-2025-519", "Saini Furniture Store", "deposit", "15000.00", "2700.00", "2025-09-26T10:00:00")
case("o18-do-the-needful-forward", OWB, [msg("Rakesh Saini <owner@sainifurniture.in>", TW,
     "FW: Saini Furniture Store deposit OWD-2025-519", d(27, 9, 0, IST),
     "Neeche dekhiye, do the needful.\n\nRakesh Saini\n\n-------- Original Message --------\nSubject: Saini Furniture Store deposit\n"
     "Date: 26-09-2025 18:20\nFrom: Munim ji <munim.sainifurniture@gmail.com>\nTo: owner@sainifurniture.in\n\n"
     "Seth ji, Optima wale deposit OWD-2025-519 ka refund mang lo, Saini Furniture Store ke liye.\n")],
     "need_info", missing=["reason"],
     spec="s8: 'do the needful' and a forward asking for the refund are no reason; sender is the contract email: need_info [reason] only.")

proj("Yadav Gaushala Trust Site", "trust@yadavgaushala.org", "2025-08-01T10:00:00")
owpay("h_w19", "OWD-2025-520", "Yadav Gaushala Trust Site", "milestone", "26000.00", "4680.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o19-kanooni-notice", OWB, [msg("यादव गौशाला ट्रस्ट <trust@yadavgaushala.org>", TW,
     "कानूनी नोटिस से पहले अंतिम सूचना - OWD-2025-520", d(22, 11, 0, IST),
     "महोदय,\n\nYadav Gaushala Trust Site का दान-पोर्टल वाला माइलस्टोन (OWD-2025-520) ट्रस्ट ने रद्द कर दिया है क्योंकि\n"
     "ट्रस्टियों में सहमति नहीं बनी। सात दिन में राशि वापस न होने पर हमारे अधिवक्ता द्वारा कानूनी नोटिस भेजा जाएगा।\n\n"
     "मंत्री, यादव गौशाला ट्रस्ट, रेवाड़ी\n")],
     "decided", [dec("refund", "escalate")], rules=["C4"],
     spec="C4: legal notice / advocate (अधिवक्ता, कानूनी नोटिस) threat: escalate even though O3 would approve.")

proj("Kashyap Studio Portfolio", "kashyapstudio@gmail.com", "2025-08-01T10:00:00")
owpay("h_w20", "OWD-2025-521", "Kashyap Studio Portfolio", "milestone", "16000.00", "2880.00", "2025-09-18T10:00:00", milestone_status="not_started")
case("o20-thread-top-posted-reason", OWB, [
     msg("Kashyap Studio <kashyapstudio@gmail.com>", TW, "Refund - Kashyap Studio Portfolio OWD-2025-521", d(22, 10, 0, IST),
         "Hi, Kashyap Studio Portfolio ke video-gallery milestone (OWD-2025-521) ka refund chahiye. Thanks.\nAkash Kashyap\n"),
     msg("Kashyap Studio <kashyapstudio@gmail.com>", TW, "Re: Refund - Kashyap Studio Portfolio OWD-2025-521 [OWD-3377]", d(23, 18, 0, IST),
         "Reason: humne videos YouTube pe daal diye hain, gallery ki zarurat hi nahi rahi.\n\nAkash\n\n"
         "On Mon, 22 Sept 2025 at 15:30, Optima WebDesign <optimawebdesigns12@gmail.com> wrote:\n"
         "> Namaste, aapki request aage badhane ke liye humein refund ka reason chahiye. [OWD-3377]\n",
         headers={"_via": "<CAowd3377ask1@mail.gmail.com>"})],
     "decided", [dec("refund", "approve", "16000.00")],
     spec="C3 thread: reason answered; O3 not_started: approve 16000.00.")

proj("Bose Sweets Maintenance", "bosesweets@gmail.com", "2025-09-20T10:00:00")
owpay("h_w21", "OWD-2025-522", "Bose Sweets Maintenance", "maintenance_annual", "15000.00", "2700.00", "2025-09-19T10:00:00",
      setup_fee="1000.50", service_start="2025-09-20")
case("o21-maintenance-half-up", OWB, [msg("Subhash Bose <bosesweets@gmail.com>", TW,
     "maintenance plan cancel + refund (OWD-2025-522)", d(26, 13, 0, IST),
     "Nomoskar,\nBose Sweets Maintenance ka annual plan cancel korte chai - amader website ta Swiggy Minis e shift\n"
     "korchi, maintenance lagbe na. Jo refund hota hai kar dijiye please.\n\nSubhash Bose, Kolkata\n")],
     "decided", [dec("refund", "approve", "12832.88")], extra_ok=True,
     spec="O5 + C6: (15000 - 1000.50)/12 = 1166.625; 15000 - 1000.50 - 1166.625 = 12832.875 -> half-up 12832.88.")

proj("Singhania Realty Site", "info@singhaniarealty.in", None)
owpay("h_w22", "OWD-2025-523", "Singhania Realty Site", "deposit", "20000.00", "3600.00", "2025-09-23T16:00:00")
case("o22-amount-in-words", OWB, [msg("Singhania Realty <info@singhaniarealty.in>", TW,
     "bees hazaar ka deposit wapas", d(25, 10, 0, IST),
     "Namaste,\nSinghania Realty Site ke liye parso jo bees hazaar rupaye (plus GST) ka deposit diya tha, OWD 2025 523,\n"
     "wo wapas kar dijiye. RERA approval atak gaya hai, project aage nahi badhega abhi.\n\nAmit Singhania\n")],
     "decided", [dec("refund", "approve", "20000.00")],
     spec="O2: paid 09-23 16:00, request 09-25 10:00 = 42 h, no work: approve 20000.00; 'OWD 2025 523' matches OWD-2025-523.")


if __name__ == "__main__":
    write("hi")
