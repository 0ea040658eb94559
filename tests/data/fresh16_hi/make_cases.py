"""fresh16_hi: Hindi (Devanagari) and Hinglish held-out cases (qa16c). Run: python3 make_cases.py"""
# ---- engine (stdlib only, deterministic) ----
import json, re
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy as _policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <billing@optimawebdesign.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
CASES, FILES = [], {}


def when(y, mo, d, h, mi, off):
    sign = -1 if off.startswith("-") else 1
    hh, mm = off.lstrip("+-").split(":")
    return datetime(y, mo, d, h, mi, tzinfo=timezone(sign * timedelta(hours=int(hh), minutes=int(mm))))


def mail(name, frm, to, subj, dt, body, html=None, headers=None, reply_to=None, irt=None, refs=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = f"<{name}.{dt.strftime('%Y%m%d%H%M')}@mail.example>"
    if reply_to:
        m["Reply-To"] = reply_to
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    path = f"emails/{name}.eml"
    FILES[path] = m.as_bytes(policy=_policy.SMTP)
    return path, m["Message-ID"]


def case(cid, lang, files, brand, status, decisions=(), rules=(), missing=None, spec="", **kw):
    c = {"id": cid, "lang": lang, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules), "decisions": list(decisions)}
    if missing is not None:
        c["missing"] = list(missing)
    c.update(kw)
    c["spec"] = spec
    CASES.append(c)


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None or outcome == "cancel":
        d["effective_date"] = eff
    return d


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


def write(ledger):
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    for p, data in FILES.items():
        (HERE / p).write_bytes(data)
    (HERE / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(FILES)} emails")
# ---- end engine ----

L = "hi"
W = "support@leadsoptima.com"
B = "billing@optimawebdesign.com"
I = "+05:30"
n = 0


def cid(short):
    global n
    n += 1
    return f"l{n:02d}-{short}", f"{L}-l{n:02d}-{short}"


ledger = {"customers": [], "projects": [], "payments": []}
C, P, Y = ledger["customers"], ledger["projects"], ledger["payments"]

# ---------------- LeadsOptima ----------------
C.append(cust("rohit.sharma@karolbaghmobiles.in", "Rohit Sharma", "monthly", start="2025-09-21", end="2025-10-20"))
Y += [lopay("h_p01", "LO-INV-6601", "rohit.sharma@karolbaghmobiles.in", "monthly", *M, "2025-09-21T11:00:00", "2025-09-21", "2025-10-20"),
      lopay("h_p02", "LO-INV-6602", "rohit.sharma@karolbaghmobiles.in", "monthly", *M, "2025-09-21T11:00:20", "2025-09-21", "2025-10-20")]
f, c = cid("delhi-do-baar-kata")
p, _ = mail(f, "Rohit Sharma <rohit.sharma@karolbaghmobiles.in>", W, "paisa 2 baar kat gaya", when(2025, 9, 23, 22, 40, I),
    "bhai sahab namaste\nmonthly plan ka paisa do baar kat gaya hai 21 tarikh ko ek hi din me, dusra wala LO INV 6602 hai "
    "kripya wo wapas kar do mera account me\nrohit sharma karol bagh delhi\nsent from my redmi")
case(c, L, [p], LOB, "decided", [R("approve", "1499.00")],
     spec="L2 duplicate ('do baar kat gaya') + L4 pair 2025-09-21 same period; request 2025-09-23 day 2; 'LO INV 6602' matches; 1499.00 before tax.")

C.append(cust("sneha.patil@patilcaterers.in", "Sneha Patil", "annual", start="2025-09-15", end="2026-09-14"))
Y += [lopay("h_p03", "LO-INV-6610", "sneha.patil@patilcaterers.in", "annual", *A, "2025-09-15T23:50:00", "2025-09-15", "2026-09-14"),
      lopay("h_p04", "LO-INV-6611", "sneha.patil@patilcaterers.in", "annual", *A, "2025-09-15T23:52:00", "2025-09-15", "2026-09-14")]
f, c = cid("mumbai-devanagari-day7")
p, _ = mail(f, "स्नेहा पाटिल <sneha.patil@patilcaterers.in>", W, "दोहरा भुगतान - LO-INV-6611", when(2025, 9, 22, 23, 55, I),
    "नमस्ते,\n\nहमारे वार्षिक प्लान का भुगतान 15 सितंबर की रात को दो बार हो गया। दूसरा बिल LO-INV-6611 है। कृपया यह "
    "अतिरिक्त राशि वापस कर दीजिए।\n\nधन्यवाद,\nस्नेहा पाटिल\nपाटिल कैटरर्स, दादर, मुंबई")
case(c, L, [p], LOB, "decided", [R("approve", "11988.00")],
     spec="L3 day 7 inside: charge local date 2025-09-15, request 2025-09-22 23:55 IST = day 7; L4 pair: 11988.00.")

C.append(cust("imran.qureshi@qureshiperfumes.in", "Imran Qureshi", "quarterly", start="2025-09-10", end="2025-12-09"))
Y += [lopay("h_p05", "LO-INV-6620", "imran.qureshi@qureshiperfumes.in", "quarterly", *Q, "2025-09-10T10:00:00", "2025-09-10", "2025-12-09"),
      lopay("h_p06", "LO-INV-6621", "imran.qureshi@qureshiperfumes.in", "quarterly", *Q, "2025-09-10T10:03:00", "2025-09-10", "2025-12-09")]
f, c = cid("dubai-nri-day8")
p, _ = mail(f, "Imran Qureshi <imran.qureshi@qureshiperfumes.in>", W, "Double payment quarterly plan", when(2025, 9, 17, 23, 0, "+04:00"),
    "Assalam alaikum,\nMain Dubai se likh raha hun. Lucknow wali dukaan ke quarterly plan ka payment 10 September ko do dafa "
    "cut gaya, LO-INV-6621 extra hai. Meherbani karke wapas kar dijiye.\nImran Qureshi, Aminabad")
case(c, L, [p], LOB, "decided", [R("deny")],
     spec="L3: 2025-09-17 23:00 +04:00 = 2025-09-18 00:30 IST = day 8 from 2025-09-10: deny although it is day 7 in Dubai.")

C.append(cust("manoj.sinha@sinhacoaching.in", "Manoj Kumar Sinha", "quarterly", start="2025-09-24", end="2025-12-23"))
Y += [lopay(f"h_p0{7+i}", f"LO-INV-663{i}", "manoj.sinha@sinhacoaching.in", "quarterly", *Q, t, "2025-09-24", "2025-12-23")
      for i, t in enumerate(["2025-09-24T09:00:00", "2025-09-24T09:01:00", "2025-09-24T09:02:00"])]
f, c = cid("patna-teen-baar")
p, _ = mail(f, "Manoj Kumar Sinha <manoj.sinha@sinhacoaching.in>", W, "तीन बार पैसा कटा", when(2025, 9, 26, 8, 15, I),
    "महोदय,\n\nसविनय निवेदन है कि दिनांक 24/09/2025 को हमारे त्रैमासिक प्लान का पैसा तीन बार कट गया (LO-INV-6630, "
    "LO-INV-6631, LO-INV-6632)। एक ही बार का भुगतान सही है, बाकी दो का पैसा लौटाने की कृपा करें।\n\nभवदीय\nमनोज कुमार सिन्हा\n"
    "सिन्हा कोचिंग सेंटर, बोरिंग रोड, पटना")
case(c, L, [p], LOB, "decided", [R("approve", "7998.00")],
     spec="Sec 8 three identical charges: 6631 and 6632 duplicates, day 2: 2 x 3999.00 = 7998.00.")

C.append(cust("ankit.jain@jainnamkeen.in", "Ankit Jain", "monthly", start="2025-09-25", end="2025-10-24"))
Y += [lopay("h_p10", "LO-INV-6640", "ankit.jain@jainnamkeen.in", "monthly", *M, "2025-09-25T12:00:00", "2025-09-25", "2025-10-24")]
f, c = cid("indore-double-claim-single")
p, _ = mail(f, "Ankit Jain <ankit.jain@jainnamkeen.in>", W, "double charge hua hai", when(2025, 9, 27, 13, 0, I),
    "Hello sir, mere card statement me LeadsOptima do baar dikh raha hai. Invoice LO-INV-6640. Extra wala refund kardo please. "
    "Ankit Jain, Jain Namkeen, Sarafa Indore")
case(c, L, [p], LOB, "decided", [R("escalate")],
     spec="L4: duplicate claimed but the ledger holds one charge only: escalate.")

C.append(cust("kavita.rathore@rathorehandicrafts.in", "Kavita Rathore", "monthly", status="cancelled", start="2025-08-28", end="2025-09-27"))
Y += [lopay("h_p11", "LO-INV-6650", "kavita.rathore@rathorehandicrafts.in", "monthly", *M, "2025-09-28T06:00:00", "2025-09-28", "2025-10-27")]
f, c = cid("jaipur-cancel-ke-baad-kata")
p, _ = mail(f, "Kavita Rathore <kavita.rathore@rathorehandicrafts.in>", W, "Cancel ke baad bhi paisa kata", when(2025, 9, 29, 10, 30, I),
    "Namaskar ji,\nMaine pichle mahine hi plan cancel kar diya tha, confirmation mail bhi aaya tha. Fir bhi kal 28 ko paisa kat "
    "gaya LO-INV-6650. Ye galat hai ji, wapas kijiye.\nKavita Rathore\nRathore Handicrafts, Johari Bazaar, Jaipur")
case(c, L, [p], LOB, "decided", [R("escalate")],
     spec="L2 billing_error ('cancel ke baad bhi paisa kata') inside window: L5 escalate.")

C.append(cust("srinivas.reddy@reddypharma.in", "Srinivas Reddy", "quarterly", start="2025-09-20", end="2025-12-19"))
Y += [lopay("h_p12", "LO-INV-6660", "srinivas.reddy@reddypharma.in", "quarterly", *Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")]
f, c = cid("hyderabad-login-nahi-hota")
p, _ = mail(f, "Srinivas Reddy <srinivas.reddy@reddypharma.in>", W, "login problem", when(2025, 9, 24, 15, 0, I),
    "Sir namaskaram, hamara account me login nahi hota hai 3 din se, password reset bhi kiya fir bhi nahi hota. Payment kiya "
    "LO-INV-6660 par use nahi kar sakte. Hum ko paisa wapas chahiye. Srinivas Reddy, Kukatpally")
case(c, L, [p], LOB, "decided", [R("escalate")],
     spec="L2 access_failure ('login nahi hota') inside window (day 4): L6 escalate. Hindi as second language.")

C.append(cust("ramesh.gowda@gowdasilks.in", "Ramesh Gowda", "monthly", start="2025-09-01", end="2025-09-30"))
Y += [lopay("h_p13", "LO-INV-6670", "ramesh.gowda@gowdasilks.in", "monthly", *M, "2025-09-01T10:00:00", "2025-09-01", "2025-09-30")]
f, c = cid("bengaluru-access-late")
p, _ = mail(f, "Ramesh Gowda <ramesh.gowda@gowdasilks.in>", W, "platform open nahi hota", when(2025, 9, 12, 11, 0, I),
    "Namaskara sir, one week se platform open nahi ho raha, loading only. Payment LO-INV-6670 ka refund karo please. Ramesh")
case(c, L, [p], LOB, "decided", [R("deny")],
     spec="L2 access_failure but L3: charge 2025-09-01, request 2025-09-12 = day 11: deny.")

C.append(cust("pooja.mehta@mehtaboutique.in", "Pooja Mehta", "quarterly", start="2025-09-26", end="2025-12-25"))
Y += [lopay("h_p14", "LO-INV-6680", "pooja.mehta@mehtaboutique.in", "quarterly", *Q, "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")]
f, c = cid("mumbai-mann-badal-gaya")
p, _ = mail(f, "Pooja Mehta <pooja.mehta@mehtaboutique.in>", W, "refund LO-INV-6680", when(2025, 9, 27, 18, 0, I),
    "Hii, kal quarterly plan le liya tha but ab mann badal gaya hai, abhi itna budget nahi hai. Refund kar do na please "
    "LO-INV-6680 🙏 Pooja")
case(c, L, [p], LOB, "decided", [R("deny")], spec="L1: changed mind / budget is not an exception reason: deny, cancellation offered.")

C.append(cust("deepak.verma@vermaelectricals.in", "Deepak Verma", "monthly", start="2025-09-18", end="2025-10-17"))
Y += [lopay("h_p15", "LO-INV-6690", "deepak.verma@vermaelectricals.in", "monthly", *M, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")]
f, c = cid("lucknow-use-nahi-kiya-band")
p, _ = mail(f, "दीपक वर्मा <deepak.verma@vermaelectricals.in>", W, "प्लान बंद करें", when(2025, 9, 22, 12, 0, I),
    "नमस्कार,\nहमने इस महीने आपका प्लान बिल्कुल इस्तेमाल नहीं किया। कृपया प्लान बंद कर दीजिए और जो दिन बचे हैं उनका पैसा "
    "(LO-INV-6690) लौटा दीजिए।\nदीपक वर्मा, हज़रतगंज, लखनऊ")
case(c, L, [p], LOB, "decided", [R("deny"), X("cancel", "2025-10-17")],
     spec="L1 unused days/not used: refund deny; L8 cancel at current_period_end 2025-10-17.")

C.append(cust("neha.gupta@guptasweets.in", "Neha Gupta", "annual", start="2025-04-10", end="2026-04-09"))
f, c = cid("delhi-band-kar-do")
p, _ = mail(f, "Neha Gupta <neha.gupta@guptasweets.in>", W, "Re:", when(2025, 9, 19, 9, 5, I), "band kar do plz\n\nneha",
    irt="<notice.20250918.guptasweets@mail.leadsoptima.com>")
case(c, L, [p], LOB, "decided", [X("cancel", "2026-04-09")],
     spec="Intent verb with no object ('band kar do'); verified sender, plan from ledger: L8 cancel at 2026-04-09.")

C.append(cust("sunil.yadav@yadavtransport.in", "Sunil Yadav", "monthly"))
Y += [lopay("h_p16", "LO-INV-6700", "sunil.yadav@yadavtransport.in", "monthly", *M, "2025-08-31T19:00:00Z")]
f, c = cid("patna-sadasyata-radd-fallback")
p, _ = mail(f, "सुनील यादव <sunil.yadav@yadavtransport.in>", W, "सदस्यता रद्द करने हेतु", when(2025, 9, 15, 10, 0, I),
    "श्रीमान,\nकृपया मेरी मासिक सदस्यता रद्द कर दें। आगे से कोई भुगतान न काटा जाए।\nसुनील यादव\nयादव ट्रांसपोर्ट, पटना")
case(c, L, [p], LOB, "decided", [X("cancel", "2025-09-30")],
     spec="L8 fallback: no current_period_end; last charge 2025-08-31T19:00Z = 2025-09-01 00:30 IST; +1 month -1 day = 2025-09-30.")

C.append(cust("arjun.malviya@malviyatiles.in", "Arjun Malviya", "quarterly"))
Y += [lopay("h_p17", "LO-INV-6710", "arjun.malviya@malviyatiles.in", "quarterly", *Q, "2025-08-05T10:00:00")]
f, c = cid("indore-leads-wala-plan")
p, _ = mail(f, "Arjun Malviya <arjun.malviya@malviyatiles.in>", W, "leads wala plan", when(2025, 9, 20, 17, 0, I),
    "Sir ye leads wala jo plan hai wo aage continue nahi karna hai. Agla renewal mat karna. Arjun, Malviya Tiles, Indore")
case(c, L, [p], LOB, "decided", [X("cancel", "2025-11-04")],
     spec="Service named by what it covers = cancellation; L8 fallback: 2025-08-05 + 3 months - 1 day = 2025-11-04.")

C.append(cust("info@tiwarijewellers.in", "Tiwari Jewellers", "annual", start="2025-07-01", end="2026-06-30"))
f, c = cid("lucknow-gmail-c2")
p, _ = mail(f, "Alok Tiwari <aloktiwari1975@gmail.com>", W, "account cancel", when(2025, 9, 21, 20, 0, I),
    "Namaste, hamara account info@tiwarijewellers.in par hai (annual plan). Office wala mail nahi chal raha isliye gmail se "
    "likh raha hun. Plan cancel kar dijiye aur batayein kab tak chalega. Alok Tiwari")
case(c, L, [p], LOB, "need_info", rules=["C2"],
     spec="C2: the named registered email is not the sender: ask to write from info@tiwarijewellers.in; nothing about the account.")

C.append(cust("rk.agarwal@agarwalsteel.in", "R K Agarwal", "annual", start="2025-09-25", end="2026-09-24"))
Y += [lopay("h_p18", "LO-INV-6720", "rk.agarwal@agarwalsteel.in", "annual", *A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24"),
      lopay("h_p19", "LO-INV-6721", "rk.agarwal@agarwalsteel.in", "annual", *A, "2025-09-25T10:04:00", "2025-09-25", "2026-09-24")]
f, c = cid("jaipur-beta-forwards-papa")
p, _ = mail(f, "Vaibhav Agarwal <vaibhav.agarwal@outlook.com>", W, "Fwd: double payment", when(2025, 9, 26, 11, 0, I),
    "Papa ka mail neeche hai, please dekh lijiye.\n\n---------- अग्रेषित संदेश ---------\nप्रेषक: R K Agarwal <rk.agarwal@agarwalsteel.in>\n"
    "दिनांक: शुक्र, 26 सित॰ 2025, 9:10 am\nविषय: double payment\nप्रति: Vaibhav Agarwal <vaibhav.agarwal@outlook.com>\n\n"
    "Beta, LeadsOptima ne annual ka paisa do baar kaat liya 25 ko. LO-INV-6721 wala wapas karwao.\n")
case(c, L, [p], LOB, "need_info", rules=["C2"],
     spec="Sec 8 forward (Gmail Hindi wording): the forwarded request is from registered rk.agarwal@; the sender (son) is not: C2, no approval.")

C.append(cust("harish.chauhan@chauhanmotors.in", "Harish Chauhan", "monthly", start="2025-09-02", end="2025-10-01"))
Y += [lopay("h_p20", "LO-INV-6730", "harish.chauhan@chauhanmotors.in", "monthly", *M, "2025-09-02T10:00:00", "2025-09-02", "2025-10-01")]
f, c = cid("delhi-consumer-court")
p, _ = mail(f, "Harish Chauhan <harish.chauhan@chauhanmotors.in>", W, "LAST WARNING", when(2025, 9, 25, 19, 30, I),
    "Tumhara software bekaar hai, ek bhi lead kaam ki nahi. LO-INV-6730 ka paisa wapas karo warna consumer court me case "
    "karunga. Harish Chauhan")
case(c, L, [p], LOB, "decided", [R("escalate")], rules=["C4"],
     spec="C4: consumer court threat escalates (L1/L3 would otherwise deny).")

C.append(cust("farah.khan@khanchikan.in", "Farah Khan", "quarterly", start="2025-08-15", end="2025-11-14"))
f, c = cid("lucknow-cancel-chargeback")
p, _ = mail(f, "फ़राह ख़ान <farah.khan@khanchikan.in>", W, "प्लान रद्द", when(2025, 9, 23, 16, 0, I),
    "आदाब,\nमेरा त्रैमासिक प्लान तुरंत रद्द कीजिए। अगर अगले महीने फिर पैसा कटा तो मैं बैंक में chargeback डाल दूँगी।\nफ़राह ख़ान, चौक, लखनऊ")
case(c, L, [p], LOB, "decided", [X("escalate")], rules=["C4"],
     spec="Sec 8: C4 covers the whole case: a chargeback threat escalates the cancellation too.")

f, c = cid("auto-reply-devanagari")
p, _ = mail(f, "Rohit Sharma <rohit.sharma@karolbaghmobiles.in>", W, "स्वचालित उत्तर: आपका बिल", when(2025, 9, 24, 9, 0, I),
    "मैं 5 अक्टूबर तक कार्यालय से बाहर हूँ। रिफंड या भुगतान संबंधी मामलों के लिए कृपया 98xxxxxx10 पर संपर्क करें।",
    headers={"Auto-Submitted": "auto-replied"})
case(c, L, [p], LOB, "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-replied (Hindi out-of-office mentioning refund).")

f, c = cid("postmaster-bounce")
p, _ = mail(f, "postmaster@mail.sinhacoaching.in", W, "Delivery Status Notification (Failure)", when(2025, 9, 27, 2, 0, I),
    "Delivery to the following recipient failed permanently:\n\n    accounts@sinhacoaching.in\n\n----- Original message -----\n"
    "Subject: Re: तीन बार पैसा कटा - refund")
case(c, L, [p], LOB, "ignore", rules=["C7"], spec="C7: postmaster sender, delivery failure report.")

C.append(cust("accounts@bansaltextiles.in", "Bansal Textiles", "annual", start="2025-09-24", end="2026-09-23"))
Y += [lopay("h_p21", "LO-INV-6740", "accounts@bansaltextiles.in", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")]
f, c = cid("delhi-refund-only-courtesy")
p, _ = mail(f, "Accounts Bansal Textiles <accounts@bansaltextiles.in>", W, "Refund ke sambandh me - LO-INV-6740", when(2025, 9, 26, 11, 30, I),
    "Respected Sir/Madam,\n\nKripya hamare invoice no. LO-INV-6740 ka refund process karne ki kripa karein. Aapka sahyog "
    "apekshit hai.\n\nDhanyavaad sahit,\nLekha Vibhag\nBansal Textiles Pvt. Ltd., Chandni Chowk, Delhi-6\n\n"
    "Note: Yeh email gopniya hai. Yadi aap iske sahi prapt-karta nahi hain to kripya ise delete karein.")
case(c, L, [p], LOB, "need_info", missing=["reason"],
     spec="Sec 8: restated request, courtesy and confidentiality note are not reasons: ask for the reason (C3).")

C.append(cust("vijay.shukla@shuklaprinters.in", "Vijay Shukla", "monthly", start="2025-09-23", end="2025-10-22"))
Y += [lopay("h_p22", "LO-INV-6750", "vijay.shukla@shuklaprinters.in", "monthly", *M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")]
f, c = cid("kanpur-thread-galat-amount")
p1, mid1 = mail(f + "-a", "Vijay Shukla <vijay.shukla@shuklaprinters.in>", W, "refund chahiye", when(2025, 9, 25, 10, 0, I),
    "Sir LO-INV-6750 ka refund chahiye. Vijay Shukla")
p2, _ = mail(f + "-b", "Vijay Shukla <vijay.shukla@shuklaprinters.in>", W, "Re: refund chahiye [LO-8812]", when(2025, 9, 30, 12, 0, I),
    "Reason ye hai ki galat amount kata hai, humara offer price 999 tha lekin 1499 kata.\n\nVijay\n\n"
    "-----Original Message-----\nFrom: LeadsOptima Support\n> Kripya refund ka kaaran batayein.",
    irt="<LO-8812.1@leadsoptima.com>", refs=f"{mid1} <LO-8812.1@leadsoptima.com>")
case(c, L, [p1, p2], LOB, "decided", [R("escalate")],
     spec="C3 thread: reason in the reply is 'wrong amount' (billing_error); request time = first email 2025-09-25 (day 2): L5 escalate.")

f, c = cid("refund-nahi-chahiye-gst-bill")
p, _ = mail(f, "Pooja Mehta <pooja.mehta@mehtaboutique.in>", W, "GST bill", when(2025, 9, 29, 11, 0, I),
    "Hi, refund nahi chahiye ab, plan continue rakhenge. Bas LO-INV-6680 ka GST wala bill hamare GSTIN ke saath bhej do. Thanks")
case(c, L, [p], LOB, "other", spec="Sec 8 negation 'refund nahi chahiye'; a GST invoice request: other.")

f, c = cid("agar-annual-lu")
p, _ = mail(f, "Gaurav Saxena <gaurav.saxena@saxenaclinic.in>", W, "annual plan ke baare me", when(2025, 9, 22, 14, 0, I),
    "Namaste, agar main annual plan le lun aur 2-3 mahine baad pasand na aaye to kya baki paisa wapas milega? Lene se pehle "
    "puchh raha hun. Dr. Gaurav Saxena, Gwalior")
case(c, L, [p], LOB, "other", spec="Sec 8 hypothetical before buying: other.")

f, c = cid("shukriya-paise-aa-gaye")
p, _ = mail(f, "स्नेहा पाटिल <sneha.patil@patilcaterers.in>", W, "Re: दोहरा भुगतान - LO-INV-6611", when(2025, 9, 30, 10, 0, I),
    "पैसे खाते में वापस आ गए हैं। इतनी जल्दी मदद के लिए बहुत-बहुत धन्यवाद! 🙏\nस्नेहा",
    irt="<refund.LO-INV-6611.20250929@leadsoptima.com>")
case(c, L, [p], LOB, "other", spec="A thank-you after a refund: asks nothing: other.")

f, c = cid("shikayat-bina-maang")
p, _ = mail(f, "Ankit Jain <ankit.jain@jainnamkeen.in>", W, "leads bekar", when(2025, 9, 29, 21, 0, I),
    "bhaiya is hafte ki leads ekdum bekar thi aadhe number galat the. bas bata raha hun sudhaar karo")
case(c, L, [p], LOB, "other", spec="Complaint that asks for nothing: other.")

f, c = cid("na-cancel-na-refund")
p, _ = mail(f, "Srinivas Reddy <srinivas.reddy@reddypharma.in>", W, "report download", when(2025, 9, 29, 10, 0, I),
    "Sir, humko cancel nahi karna, refund bhi nahi chahiye. Sirf report download ka button kaam nahi karta, woh theek karo. Thanks")
case(c, L, [p], LOB, "other", spec="Sec 8 negation of both intents: a support question: other.")

f, c = cid("pichle-saal-cancel-tha")
p, _ = mail(f, "Neha Gupta <neha.gupta@guptasweets.in>", W, "team members", when(2025, 9, 17, 12, 0, I),
    "Hi, pichle saal humne ek baar cancel kiya tha aur refund bhi mil gaya tha, sab theek tha. Ab wapas aaye hain. Annual plan me "
    "kitne team members add kar sakte hain? Neha")
case(c, L, [p], LOB, "other", spec="Past cancellation/refund told as a story; the ask is a plan question: other.")

C.append(cust("kiran.naik@naikseafoods.in", "Kiran Naik", "monthly", start="2025-09-26", end="2025-10-25"))
Y += [lopay("h_p23", "LO-INV-6760", "kiran.naik@naikseafoods.in", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"),
      lopay("h_p24", "LO-INV-6761", "kiran.naik@naikseafoods.in", "monthly", *M, "2025-09-26T10:00:09", "2025-09-26", "2025-10-25")]
f, c = cid("mumbai-amount-in-words-plus-cancel")
p, _ = mail(f, "Kiran Naik <kiran.naik@naikseafoods.in>", W, "Do baar payment + plan band", when(2025, 9, 28, 9, 0, I),
    "Hello team, 26 tarikh ko monthly plan ka paisa do baar gaya, ek hazaar chaar sau ninyanve rupaye plus GST, dono baar. "
    "Doosra wala (lo-inv-6761) refund karo. Aur is mahine ke baad plan band kar dena, ab zarurat nahi hai. Kiran Naik, Versova")
case(c, L, [p], LOB, "decided", [R("approve", "1499.00"), X("cancel", "2025-10-25")],
     spec="Refund L4 (pair 2025-09-26, day 2) 1499.00, amount in words; cancellation L8 current_period_end 2025-10-25.")

C.append(cust("ravi.kumar@kumartechblr.in", "Ravi Kumar", "monthly", start="2025-09-24", end="2025-10-23"))
Y += [lopay("h_p25", "LO-INV-6770", "ravi.kumar@kumartechblr.in", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
      lopay("h_p26", "LO-INV-6771", "ravi.kumar@kumartechblr.in", "monthly", *M, "2025-09-24T10:01:00", "2025-09-24", "2025-10-23")]
f, c = cid("bengaluru-reply-to-trick")
p, _ = mail(f, "Ravi <ravikumar.blr88@gmail.com>", W, "2 times payment", when(2025, 9, 25, 10, 0, I),
    "Hello sir, 2 times payment hua hai monthly ka, LO-INV-6771 refund kijiye. Ravi",
    reply_to="Ravi Kumar <ravi.kumar@kumartechblr.in>")
case(c, L, [p], LOB, "need_info", rules=["C2"], spec="Sec 8: Reply-To never verifies; the From address is not registered: C2.")

C.append(cust("meena.joshi@joshiayurved.in", "Meena Joshi", "monthly", status="trial", trial_ends="2025-10-04"))
f, c = cid("indore-trial-paisa-wapas")
p, _ = mail(f, "Meena Joshi <meena.joshi@joshiayurved.in>", W, "trial", when(2025, 9, 27, 12, 0, I),
    "Namaste, maine trial liya tha, hamare kaam ka nahi laga. Mera paisa wapas kar dijiye aur aage koi charge mat lagana. Meena Joshi")
case(c, L, [p], LOB, "decided", [R("deny")], extra_ok=True,
     spec="L7: trial account, no charges: deny; reply says no billing unless they subscribe. No invoice_number is asked: the interp. behind it is 'the charge must be identified' and a trial has no charge (cf. worked example 3). extra_ok: 'aage koi charge mat lagana' may add a cancellation (cannot approve).")

# ---------------- Optima WebDesign ----------------
P.append(proj("Shree Ganesh Sweets", "orders@shreeganeshsweets.in"))
Y.append(owpay("h_o01", "OWD-2025-601", "Shree Ganesh Sweets", "discovery", "10000.00", "1800.00", "2025-09-20T10:00:00"))
f, c = cid("jaipur-discovery-shuru-nahi")
p, _ = mail(f, "Shree Ganesh Sweets <orders@shreeganeshsweets.in>", B, "Refund Request — Shree Ganesh Sweets / OWD-2025-601",
    when(2025, 9, 23, 11, 0, I),
    "Namaste Optima team,\nHumne Shree Ganesh Sweets ki website ke liye discovery fee di thi (OWD-2025-601). Ghar me shaadi hai "
    "isliye abhi website ka kaam 6 mahine ke liye rok rahe hain. Abhi tak koi meeting nahi hui hai. Kripya paisa lauta dein.\n"
    "Dhanyavaad, Mahesh Agrawal")
case(c, L, [p], OWB, "decided", [R("approve", "10000.00")], spec="O1: discovery, no work started: approve 10000.00 before tax (C6).")

P.append(proj("Patna Book Depot", "patnabookdepot@rediffmail.com", "2025-09-15T11:00:00"))
Y.append(owpay("h_o02", "OWD-2025-602", "Patna Book Depot", "discovery", "8000.00", "1440.00", "2025-09-12T10:00:00"))
f, c = cid("patna-discovery-meeting-ho-gayi")
p, _ = mail(f, "पटना बुक डिपो <patnabookdepot@rediffmail.com>", B, "डिस्कवरी शुल्क वापसी", when(2025, 9, 22, 10, 0, I),
    "महोदय,\nपटना बुक डिपो परियोजना के लिए हमने डिस्कवरी शुल्क (OWD-2025-602) जमा किया था। 15 तारीख की बैठक से हमें कोई "
    "विशेष लाभ नहीं हुआ, अतः शुल्क वापस करने की कृपा करें।\nभवदीय, राजेश प्रसाद")
case(c, L, [p], OWB, "decided", [R("deny")], spec="O1: the session started 2025-09-15, before the request: deny.")

P.append(proj("Rathore Haveli Stays", "bookings@rathorehaveli.in"))
Y.append(owpay("h_o03", "OWD-2025-603", "Rathore Haveli Stays", "deposit", "35000.00", "6300.00", "2025-09-24T18:00:00"))
f, c = cid("jaipur-deposit-24h")
p, _ = mail(f, "Rathore Haveli Stays <bookings@rathorehaveli.in>", B, "advance wapas", when(2025, 9, 25, 17, 30, I),
    "Hukum namaste, kal Rathore Haveli Stays ke liye pantees hazaar ka advance diya tha (OWD-2025-603). Partners ke beech "
    "vivaad ho gaya hai, project abhi nahi chalega. Advance lauta dijiye. Vikram Singh Rathore")
case(c, L, [p], OWB, "decided", [R("approve", "35000.00")],
     spec="O2: 23.5 h after payment, no work started: approve 35000.00; amount in words ('pantees hazaar').")

P.append(proj("Indori Poha House", "hello@indoripoha.in"))
Y.append(owpay("h_o04", "OWD-2025-604", "Indori Poha House", "deposit", "20000.00", "3600.00", "2025-09-15T11:00:00"))
f, c = cid("indore-deposit-exact-72")
p, _ = mail(f, "Indori Poha House <hello@indoripoha.in>", B, "deposit refund OWD-2025-604", when(2025, 9, 18, 11, 0, I),
    "Hi team, Indori Poha House ka project hum nahi karenge, franchise wale apni website denge. Deposit OWD-2025-604 refund "
    "kar dijiye, kaam shuru nahi hua hai. Thanks, Saurabh")
case(c, L, [p], OWB, "decided", [R("deny")], spec="O2 + sec 8: paid 2025-09-15 11:00, request 2025-09-18 11:00 = exactly 72 h: deny.")

P.append(proj("Lucknow Chikan Bazaar", "admin@lkochikanbazaar.in", "2025-07-01T10:00:00"))
Y.append(owpay("h_o05", "OWD-2025-605", "Lucknow Chikan Bazaar", "milestone", "40000.00", "7200.00", "2025-09-05T10:00:00", milestone_status="not_started"))
f, c = cid("lucknow-milestone-not-started")
p, _ = mail(f, "Lucknow Chikan Bazaar <admin@lkochikanbazaar.in>", B, "माइलस्टोन 3 का रिफंड", when(2025, 9, 24, 13, 0, I),
    "आदाब/नमस्ते,\nलखनऊ चिकन बाज़ार प्रोजेक्ट में हमने माइलस्टोन 3 (मोबाइल ऐप) का भुगतान OWD-2025-605 पहले ही कर दिया था। "
    "अब हमने ऐप बनवाने का इरादा छोड़ दिया है, क्योंकि खर्च बहुत बढ़ गया है। इस पर काम शुरू नहीं हुआ है, कृपया ₹47,200 लौटा दें।\nसलमान")
case(c, L, [p], OWB, "decided", [R("approve", "40000.00")],
     spec="O3: milestone not_started: refund its amount before tax 40000.00, not the 47,200 with tax (C6).")

P.append(proj("Bihar Kisan Mandi", "it@biharkisanmandi.in", "2025-08-01T10:00:00"))
Y.append(owpay("h_o06", "OWD-2025-606", "Bihar Kisan Mandi", "milestone", "55000.00", "9900.00", "2025-09-01T10:00:00", milestone_status="in_progress"))
f, c = cid("patna-milestone-chal-raha")
p, _ = mail(f, "Bihar Kisan Mandi IT <it@biharkisanmandi.in>", B, "Milestone payment refund", when(2025, 9, 26, 15, 0, I),
    "Sir, Bihar Kisan Mandi ke payment gateway milestone (OWD-2025-606) me bahut deri ho rahi hai aur jo demo dikhaya wo "
    "requirement ke hisaab se nahi hai. Is milestone ka paisa wapas chahiye. Amit Kumar")
case(c, L, [p], OWB, "decided", [R("escalate")], spec="O3: milestone in_progress: escalate.")

P.append(proj("Mumbai Dabba Express", "ops@dabbaexpress.in", "2025-06-01T10:00:00"))
Y.append(owpay("h_o07", "OWD-2025-607", "Mumbai Dabba Express", "milestone", "30000.00", "5400.00", "2025-08-10T10:00:00", milestone_status="approved"))
f, c = cid("mumbai-milestone-approved")
p, _ = mail(f, "Mumbai Dabba Express <ops@dabbaexpress.in>", B, "refund for design milestone", when(2025, 9, 16, 12, 0, I),
    "Hi, design milestone (OWD-2025-607) humne approve toh kiya tha but ab humare naye marketing head ko design pasand nahi aa "
    "raha. Uska refund chahiye. Regards, Farhan")
case(c, L, [p], OWB, "decided", [R("deny")], spec="O3/O6: approved deliverable: deny.")

P.append(proj("Saraswati Public School", "principal@saraswatips.in", "2025-04-01T10:00:00"))
Y.append(owpay("h_o08", "OWD-2025-608", "Saraswati Public School", "retainer", "8000.00", "1440.00", "2025-09-10T10:00:00",
               period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00"))
f, c = cid("indore-retainer-7plus-days")
p, _ = mail(f, "प्रधानाचार्य <principal@saraswatips.in>", B, "रिटेनर समाप्ति हेतु", when(2025, 9, 25, 9, 30, I),
    "आदरणीय महोदय,\nसरस्वती पब्लिक स्कूल की वेबसाइट का मासिक रिटेनर (OWD-2025-608) हम समाप्त करना चाहते हैं, क्योंकि "
    "विद्यालय ने अब अपना आईटी शिक्षक नियुक्त कर लिया है।\nसधन्यवाद\nप्रधानाचार्य, इंदौर")
case(c, L, [p], OWB, "decided", [X("cancel", "2025-10-09")],
     spec="O4/O8: request 2025-09-25 <= 2025-10-10 minus 7 = 2025-10-03: enough notice; effective 2025-10-09.")

P.append(proj("Hyderabad Biryani Point", "manager@biryanipoint.in", "2025-05-01T10:00:00"))
Y.append(owpay("h_o09", "OWD-2025-609", "Hyderabad Biryani Point", "retainer", "6000.00", "1080.00", "2025-09-03T10:00:00",
               period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00"))
f, c = cid("hyderabad-retainer-short")
p, _ = mail(f, "Biryani Point Manager <manager@biryanipoint.in>", B, "retainer stop", when(2025, 9, 28, 16, 0, I),
    "Sir, Hyderabad Biryani Point ka retainer (OWD-2025-609) stop karna hai, hamara owner ka bhai ab website dekhta hai. Thanks. Sanjay")
case(c, L, [p], OWB, "decided", [X("cancel", "2025-11-02")],
     spec="O4: request 2025-09-28 > 2025-10-03 minus 7 = 2025-09-26: next cycle 2025-10-03..2025-11-02 billed; effective 2025-11-02.")

P.append(proj("Dilli Haat Crafts", "contact@dillihaatcrafts.in"))
Y.append(owpay("h_o10", "OWD-2025-610", "Dilli Haat Crafts", "hosting_annual", "24000.00", "4320.00", "2025-09-20T10:00:00",
               setup_fee="3000.00", service_start="2025-09-20"))
f, c = cid("delhi-hosting-within-14")
p, _ = mail(f, "Dilli Haat Crafts <contact@dillihaatcrafts.in>", B, "Hosting cancel aur refund", when(2025, 9, 27, 12, 0, I),
    "Namaste, Dilli Haat Crafts ki annual hosting (OWD-2025-610) hum band kar rahe hain kyunki humne Shopify pe shift kar liya. "
    "Jo refund banta hai wo de dijiye. Regards, Nidhi Arora")
case(c, L, [p], OWB, "decided", [R("approve", "19250.00")], extra_ok=True,
     spec="O5: day 7 of service_start: (24000-3000)/12 = 1750; 24000-3000-1750 = 19250.00.")

P.append(proj("Malwa Agro Tools", "info@malwaagro.in"))
Y.append(owpay("h_o11", "OWD-2025-611", "Malwa Agro Tools", "maintenance_annual", "15000.00", "2700.00", "2025-09-05T10:00:00",
               service_start="2025-09-05"))
f, c = cid("indore-maintenance-day20")
p, _ = mail(f, "Malwa Agro Tools <info@malwaagro.in>", B, "maintenance refund", when(2025, 9, 25, 10, 0, I),
    "Sir Malwa Agro Tools ka annual maintenance (OWD-2025-611) hume nahi chahiye, hum website khud sambhal lenge. Refund karein. "
    "Pradeep Patidar")
case(c, L, [p], OWB, "decided", [R("deny")], extra_ok=True, spec="O5: service_start 2025-09-05, request day 20 > 14: deny.")

P.append(proj("Ganga Aarti Tours", "tours@gangaaarti.in", "2025-08-01T10:00:00"))
Y.append(owpay("h_o12", "OWD-2025-612", "Ganga Aarti Tours", "third_party", "4200.00", "756.00", "2025-09-22T10:00:00"))
f, c = cid("plugin-licence")
p, _ = mail(f, "Ganga Aarti Tours <tours@gangaaarti.in>", B, "plugin ka paisa", when(2025, 9, 24, 10, 0, I),
    "Namaste, Ganga Aarti Tours ke liye booking plugin licence ka jo charge (OWD-2025-612) lagaya, uski zarurat nahi thi, humara "
    "purana plugin chal raha tha. Wapas kijiye. Alok Mishra, Varanasi")
case(c, L, [p], OWB, "decided", [R("deny")], spec="O6: third_party (plugin licence): non-refundable: deny.")

P.append(proj("Bengaluru Filter Coffee", "owner@blrfiltercoffee.in", "2025-09-01T10:00:00"))
Y.append(owpay("h_o13", "OWD-2025-613", "Bengaluru Filter Coffee", "setup", "5000.00", "900.00", "2025-09-01T10:00:00"))
f, c = cid("bengaluru-fw-setup-fee")
p, _ = mail(f, "Bengaluru Filter Coffee <owner@blrfiltercoffee.in>", B, "Fwd: setup charge refund", when(2025, 9, 22, 10, 0, I),
    "Forwarding again, no reply came.\n\n---------- Forwarded message ---------\nFrom: Bengaluru Filter Coffee <owner@blrfiltercoffee.in>\n"
    "Date: Fri, 19 Sept 2025 at 18:02\nSubject: setup charge refund\nTo: <optimawebdesign@yahoo.com>\n\n"
    "Sir, Bengaluru Filter Coffee project me setup charge OWD-2025-613 liya, but hosting humne dusre company se liya hai, setup "
    "aap ne kuch kiya nahi. Wo paisa wapas karo please. Manjunath\n")
case(c, L, [p], OWB, "decided", [R("deny")], spec="Forward from the contract address, read for its request; O6: setup fees never refundable: deny.")

P.append(proj("Awadh Kebab Corner", "awadhkebab@awadhfoods.in"))
Y.append(owpay("h_o14", "OWD-2025-614", "Awadh Kebab Corner", "deposit", "25000.00", "4500.00", "2025-09-28T10:00:00"))
f, c = cid("lucknow-gmail-owd-c2")
p, _ = mail(f, "Shahid Ali <shahidali.lko@gmail.com>", B, "deposit wapas", when(2025, 9, 29, 9, 0, I),
    "Janab, Awadh Kebab Corner ka deposit OWD-2025-614 kal diya tha, par dukaan ki jagah badal rahi hai isliye abhi project nahi "
    "hoga. Paisa wapas kar dijiye. Shahid Ali (owner)")
case(c, L, [p], OWB, "need_info", rules=["C2"], spec="C2: sender is not the contract email awadhkebab@awadhfoods.in: ask, disclose nothing.")

P.append(proj("Pink City Jewels", "care@pinkcityjewels.in", "2025-03-01T10:00:00"))
Y.append(owpay("h_o15", "OWD-2025-615", "Pink City Jewels", "retainer", "9000.00", "1620.00", "2025-09-15T10:00:00",
               period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00"))
f, c = cid("jaipur-cancel-bina-karan")
p, _ = mail(f, "Pink City Jewels <care@pinkcityjewels.in>", B, "Retainer cancel - Pink City Jewels - OWD-2025-615", when(2025, 9, 22, 11, 0, I),
    "Namaskar,\nPink City Jewels ka monthly retainer OWD-2025-615 cancel kar dijiye.\nDhanyavaad, aapka din shubh ho!\n"
    "Team Pink City Jewels | Johari Bazaar, Jaipur | www.pinkcityjewels.in")
case(c, L, [p], OWB, "need_info", missing=["reason"],
     spec="Sec 8: Optima requires a reason for cancellations; greetings and signature are not reasons: ask for it.")

P.append(proj("Marine Drive Studios", "studio@marinedrivestudios.in"))
Y.append(owpay("h_o16", "OWD-2025-616", "Marine Drive Studios", "discovery", "15000.00", "2700.00", "2025-09-24T10:00:00"))
f, c = cid("mumbai-vakil-notice")
p, _ = mail(f, "Marine Drive Studios <studio@marinedrivestudios.in>", B, "Refund OWD-2025-616 - legal action", when(2025, 9, 26, 20, 0, I),
    "Aapki team ne 2 din se phone nahi uthaya. Marine Drive Studios ki discovery fee OWD-2025-616 turant wapas karo, hume aap par "
    "bharosa nahi raha. Nahi to hamare vakil aapko legal notice bhejenge. - Karan Malhotra")
case(c, L, [p], OWB, "decided", [R("escalate")], rules=["C4"],
     spec="C4: lawyer / legal notice threat escalates (O1 alone would approve).")

f, c = cid("sign-karne-se-pehle")
p, _ = mail(f, "Nitin Chaudhary <nitin@chaudharydairy.in>", B, "proposal ke baare me", when(2025, 9, 19, 13, 0, I),
    "Hello, aapka proposal mil gaya. Sign karne se pehle ek sawaal: agar deposit dene ke baad hum project cancel karein to kya "
    "deposit wapas milega? Nitin Chaudhary, Meerut")
case(c, L, [p], OWB, "other", spec="Sec 8 hypothetical before signing: other.")

P.append(proj("Narmada Yoga Kendra", "yoga@narmadayoga.in"))
Y.append(owpay("h_o17", "OWD-2025-617", "Narmada Yoga Kendra", "discovery", "7000.00", "1260.00", "2025-09-22T10:00:00"))
f, c = cid("thread-karan-baad-me")
p1, mid1 = mail(f + "-a", "Narmada Yoga Kendra <yoga@narmadayoga.in>", B, "Refund — Narmada Yoga Kendra / OWD-2025-617",
    when(2025, 9, 24, 9, 0, I), "नमस्ते, नर्मदा योग केंद्र की डिस्कवरी फीस OWD-2025-617 का रिफंड कर दीजिए। धन्यवाद।")
p2, _ = mail(f + "-b", "Narmada Yoga Kendra <yoga@narmadayoga.in>", B, "Re: Refund — Narmada Yoga Kendra / OWD-2025-617 [OWD-3391]",
    when(2025, 9, 29, 10, 0, I),
    "कारण यह है कि संस्था के ट्रस्टियों ने इस साल वेबसाइट का बजट मंज़ूर नहीं किया।\n\n> कृपया रिफंड का कारण बताएं।",
    irt="<OWD-3391.1@optimawebdesign.com>", refs=f"{mid1} <OWD-3391.1@optimawebdesign.com>")
case(c, L, [p1, p2], OWB, "decided", [R("approve", "7000.00")],
     spec="C3 thread: reason given in the reply; O1 discovery, no work started: approve 7000.00.")

P.append(proj("Chandigarh Fitness Hub", "gym@chdfitness.in"))
f, c = cid("shukriya-owd")
p, _ = mail(f, "Chandigarh Fitness Hub <gym@chdfitness.in>", B, "Re: refund", when(2025, 9, 26, 18, 0, I),
    "Refund mil gaya ji, bahut bahut shukriya. Aage kabhi zaroorat hui to aapse hi website banwayenge. Gurpreet",
    irt="<OWD-refund.20250925.chdfitness@optimawebdesign.com>")
case(c, L, [p], OWB, "other", spec="Thanks closing a refund story: other.")

f, c = cid("owd-own-gmail-loop")
p, _ = mail(f, "Optima WebDesign <optimawebdesigns12@gmail.com>", B, "रिफंड अनुरोध प्राप्त हुआ / Refund request received",
    when(2025, 9, 27, 10, 0, I),
    "नमस्ते, आपका रिफंड/कैंसलेशन अनुरोध हमें मिल गया है। हमारी टीम 2-3 कार्यदिवस में उत्तर देगी। - Optima WebDesign")
case(c, L, [p], OWB, "ignore", rules=["C7"], spec="C7: mail from the brand's own address (optimawebdesigns12@gmail.com).")

write(ledger)
