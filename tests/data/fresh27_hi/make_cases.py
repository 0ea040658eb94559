"""fresh27 Hindi/Hinglish cases (qa27c): regenerate with `python3 make_cases.py`."""
# ---- kit (stdlib only) ----
import json, sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
            "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
            "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
            "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def M(frm, subj, body, when, off, to=None, html=None, hdr=None):
    """when = (y, m, d, H, M) local time of the sender; off = UTC offset in minutes."""
    return {"frm": frm, "subj": subj, "body": body, "when": when, "off": off, "to": to, "html": html,
            "hdr": hdr or {}}


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
         ambiguous=None, clauses=""):
    CASES.append({"cid": cid, "brand": brand, "status": status, "msgs": msgs, "decisions": list(decisions),
                  "rules": list(rules), "missing": missing, "spec": spec, "extra_ok": extra_ok,
                  "ambiguous": ambiguous, "clauses": clauses})


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


def build(lang):
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    out = []
    for c in CASES:
        num, short = c["cid"].split("-", 1)
        files, ids = [], []
        for i, m in enumerate(c["msgs"]):
            msg = EmailMessage()
            msg["From"] = m["frm"]
            msg["To"] = m["to"] or (LO_TO if c["brand"] == LOB else OW_TO)
            msg["Subject"] = m["subj"]
            tz = timezone(timedelta(minutes=m["off"]))
            msg["Date"] = format_datetime(datetime(*m["when"], tzinfo=tz))
            mid = f"<{lang}.{num}.{i}.fresh27@mail.example>"
            msg["Message-ID"] = mid
            if ids:
                msg["In-Reply-To"] = ids[-1]
                msg["References"] = " ".join(ids)
            for k, v in m["hdr"].items():
                msg[k] = v
            if m["html"] and not m["body"]:
                msg.set_content(m["html"], subtype="html")
            else:
                msg.set_content(m["body"])
                if m["html"]:
                    msg.add_alternative(m["html"], subtype="html")
            ids.append(mid)
            name = f"emails/{num}-{i + 1}.eml"
            (HERE / name).write_bytes(msg.as_bytes(policy=SMTP))
            files.append(name)
        e = {"id": f"{lang}-{c['cid']}", "lang": lang, "files": files, "brand": c["brand"],
             "status": c["status"], "rules": c["rules"]}
        if c["missing"] is not None:
            e["missing"] = c["missing"]
        e["decisions"] = c["decisions"]
        if c["extra_ok"]:
            e["extra_ok"] = True
        if c["ambiguous"]:
            e["ambiguous"] = c["ambiguous"]
        e["spec"] = c["spec"]
        out.append(e)
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    return out


def readme_lines(out):
    lines = []
    for e in out:
        ans = e["status"]
        if e["decisions"]:
            ans += " " + ", ".join(f"{d['intent']}:{d['outcome']}" + (f" {d['amount']}" if d.get("amount") else "")
                                   + (f" until {d['effective_date']}" if d.get("effective_date") else "")
                                   for d in e["decisions"])
        if e.get("missing"):
            ans += " missing=" + ",".join(e["missing"])
        if e["rules"]:
            ans += " rules=" + ",".join(e["rules"])
        lines.append(f"- `{e['id']}` ({e['brand']}): {ans}. {e['spec']}")
    return lines
# ---- end kit ----
from datetime import date as _date


def _plus_months(d, n):
    import calendar
    y, m = divmod(d.month - 1 + n, 12)
    return _date(d.year + y, m + 1, min(d.day, calendar.monthrange(d.year + y, m + 1)[1]))


def sub(email, name, plan, charges, start=None, end=None, status="active", pfx="x"):
    """A LeadsOptima customer and charges [(id, invoice, paid_at, period_start, status?)...];
    period_end is computed from the plan length."""
    cust(email, name, plan, status=status, start=start, end=end)
    price = {"monthly": ("1499.00", "269.82"), "quarterly": ("3999.00", "719.82"), "annual": ("11988.00", "2157.84")}
    months = {"monthly": 1, "quarterly": 3, "annual": 12}
    for ch in charges:
        pid, inv, paid, ps = ch[:4]
        st = ch[4] if len(ch) > 4 else "paid"
        pl = ch[5] if len(ch) > 5 else plan
        pe = None
        if ps:
            d = _date.fromisoformat(ps)
            pe = (_plus_months(d, months[pl]) - timedelta(days=1)).isoformat()
        lopay(pid, inv, email, pl, *price[pl], paid, ps, pe, status=st)

IN, QA, UK = 330, 180, 60

# ---------------- LeadsOptima ----------------
sub("rk.srivastava@srivastavatraders.in", "Rajesh Kumar Srivastava", "annual",
    [("h01a", "LO-INV-92001", "2025-09-24T11:00:00", "2025-09-24"), ("h01b", "LO-INV-92002", "2025-09-24T11:01:00", "2025-09-24")],
    start="2025-09-24", end="2026-09-23")
case("l01-lko-sewa-mein-dohra-bhugtan", LOB, "decided", [M("R K Srivastava <rk.srivastava@srivastavatraders.in>",
     "वार्षिक प्लान का दोहरा भुगतान - वापसी हेतु प्रार्थना पत्र",
     "सेवा में,\nग्राहक सेवा विभाग,\nLeadsOptima\n\nविषय: वार्षिक सदस्यता शुल्क का दोहरा भुगतान।\n\nमहोदय,\n\n"
     "सविनय निवेदन है कि दिनांक २४/०९/२०२५ को मेरे खाते से वार्षिक प्लान हेतु ₹11,988/- की राशि दो बार काट ली गई है "
     "(बीजक संख्या LO-INV-92001 एवं LO-INV-92002)। अतः आपसे अनुरोध है कि दूसरी कटौती की राशि मेरे खाते में वापस करने की कृपा करें।\n\n"
     "धन्यवाद सहित,\nभवदीय\nराजेश कुमार श्रीवास्तव\nश्रीवास्तव ट्रेडर्स, अमीनाबाद, लखनऊ",
     (2025, 9, 26, 11, 0), IN)], [R("approve", "11988.00")],
     spec="Two paid annual charges 2025-09-24, same period; request 2025-09-26 (day 2): refund the later charge LO-INV-92002 11988.00 before tax (L4).")

sub("pintu.gupta.knp@gmail.com", "Pintu Gupta", "monthly",
    [("h02a", "LO-INV-92011", "2025-09-22T23:50:00", "2025-09-22"), ("h02b", "LO-INV-92012", "2025-09-22T23:52:00", "2025-09-22")],
    start="2025-09-22", end="2025-10-21")
case("l02-knp-whatsapp-day7-raat", LOB, "decided", [M("Pintu Gupta <pintu.gupta.knp@gmail.com>",
     "paisa 2 bar kata",
     "bhaiya namaste\nmonthly plan ka paisa 2 baar kat gaya hai 22 tarikh raat ko, 1499 + 1499. dusra wala LO-INV-92012 hai. "
     "wapas kar do pls jaldi\nPintu, Kidwai Nagar Kanpur",
     (2025, 9, 29, 23, 40), IN)], [R("approve", "1499.00")],
     spec="Charges 2025-09-22 23:50 IST; request 2025-09-29 23:40 IST = day 7, inside (L3): refund LO-INV-92012 1499.00 (L4).")

sub("ashutosh.tiwari@kashisilk.in", "Ashutosh Tiwari", "monthly",
    [("h03a", "LO-INV-92021", "2025-09-21T10:00:00", "2025-09-21"), ("h03b", "LO-INV-92022", "2025-09-21T10:02:00", "2025-09-21")],
    start="2025-09-21", end="2025-10-20")
case("l03-vns-aadhi-raat-day8", LOB, "decided", [M("Ashutosh Tiwari <ashutosh.tiwari@kashisilk.in>",
     "Double payment LO-INV-92022",
     "Pranam,\n\n21 September ko monthly plan ka payment do baar ho gaya tha, LO-INV-92021 aur LO-INV-92022. Kal din bhar ghat pe puja thi to mail nahi kar paya, "
     "abhi raat ko kar raha hun. Dusra payment lauta dijiye.\n\nHar Har Mahadev\nAshutosh Tiwari\nKashi Silk Emporium, Godowlia, Varanasi",
     (2025, 9, 29, 0, 20), IN)], [R("deny")],
     spec="Charges 2025-09-21; request 2025-09-29 00:20 IST = day 8 (just after midnight): outside the 7-day window: deny (L3).")

sub("sinha.ranjeet@yahoo.co.in", "Ranjeet Sinha", "monthly",
    [("h04a", "LO-INV-92031", "2025-09-20T10:00:00", "2025-09-20"), ("h04b", "LO-INV-92032", "2025-09-22T10:00:00", "2025-09-20"),
     ("h04c", "LO-INV-92033", "2025-09-25T10:00:00", "2025-09-20")], start="2025-09-20", end="2025-10-19")
case("l04-patna-teen-baar-ek-bahar", LOB, "decided", [M("Ranjeet Sinha <sinha.ranjeet@yahoo.co.in>",
     "ek mahine ka paisa teen baar",
     "Sir,\n\nEe ka ho raha hai? Ek hi mahina ka plan ka paisa teen baar kaat liye hain - 20, 22 aur 25 September ko, LO-INV-92031, LO-INV-92032, LO-INV-92033. "
     "Pahila wala theek hai, baaki dono lautaiye.\n\nRanjeet Sinha\nBoring Road, Patna",
     (2025, 9, 30, 10, 0), IN)], [R("approve", "1499.00")],
     spec="Three identical monthly charges, same period; request 2025-09-30: 09-22 is day 8 (out), 09-25 day 5 (in): refund 1499.00 (section 8).")

sub("manoj.yadav.gaya@gmail.com", "Manoj Yadav", "monthly",
    [("h05a", "LO-INV-92041", "2025-09-26T10:00:00", "2025-09-26", "paid", "quarterly")], start="2025-09-26", end="2025-10-25")
case("l05-gaya-galat-plan-devanagari", LOB, "decided", [M("Manoj Yadav <manoj.yadav.gaya@gmail.com>",
     "गलत प्लान का पैसा कटा",
     "नमस्ते जी,\n\nहमने मासिक प्लान लिया था लेकिन आपने तिमाही प्लान का ₹3,999 काट लिया (LO-INV-92041)। यह बिलिंग की गलती है, "
     "गलत प्लान का चार्ज वापस कीजिए और मासिक वाला ही चालू रखिए।\n\nमनोज यादव\nबोधगया रोड, गया",
     (2025, 9, 28, 12, 0), IN)], [R("escalate")],
     spec="Charged for the wrong plan inside the window (charge 2025-09-26, request 2025-09-28): billing error, escalate (L5).")

sub("neha.chouhan.bpl@gmail.com", "Neha Chouhan", "quarterly", [("h06a", "LO-INV-92051", "2025-09-25T10:00:00", "2025-09-25")],
    start="2025-09-25", end="2025-12-24")
case("l06-bpl-login-nahi-ho-pa-raha", LOB, "decided", [M("Neha Chouhan <neha.chouhan.bpl@gmail.com>",
     "Login problem - refund chahiye",
     "Hello team,\n\nQuarterly plan liya 25 ko (LO-INV-92051), tab se login nahi ho pa raha. OTP aata hi nahi, aur password reset ka link bhi expire bata raha hai. "
     "Support ko 2 baar likha, koi jawab nahi. Agar theek nahi ho sakta to refund kar dijiye.\n\nNeha Chouhan\nArera Colony, Bhopal",
     (2025, 9, 28, 16, 0), IN)], [R("escalate")],
     spec="Access failure inside 7 days of the charge 2025-09-25: escalate, to be verified by support (L6).")

sub("sanjay.jain.idr@rediffmail.com", "Sanjay Jain", "monthly", [("h07a", "LO-INV-92061", "2025-09-16T10:00:00", "2025-09-16")],
    start="2025-09-16", end="2025-10-15")
case("l07-idr-access-day10", LOB, "decided", [M("Sanjay Jain <sanjay.jain.idr@rediffmail.com>",
     "dashboard nahi khul raha",
     "Jai Jinendra,\n\nLeadsOptima ka dashboard 18 tarikh se khul hi nahi raha, sirf loading loading. Payment 16 September ko kiya tha (LO-INV-92061). "
     "Paise wapas chahiye.\n\nSanjay Jain\nSiyaganj, Indore",
     (2025, 9, 26, 10, 0), IN)], [R("deny")],
     spec="Access failure, but the charge 2025-09-16 is day 10 at the request 2025-09-26: outside 7 days: deny (L3).")

sub("vikas.sharma.gwl@gmail.com", "Vikas Sharma", "annual", [("h08a", "LO-INV-92071", "2025-09-27T10:00:00", "2025-09-27")],
    start="2025-09-27", end="2026-09-26")
case("l08-gwl-mann-badal-gaya", LOB, "decided", [M("Vikas Sharma <vikas.sharma.gwl@gmail.com>",
     "refund annual plan",
     "Namaskar,\n\nKal annual plan le liya tha (LO-INV-92071) par ghar pe baat ki to papa bole abhi itna kharcha mat karo, dukaan ka kaam "
     "waise bhi WhatsApp se chal raha hai. Isliye refund kar dijiye please.\n\nVikas Sharma\nLashkar, Gwalior",
     (2025, 9, 28, 11, 0), IN)], [R("deny")],
     spec="Changed mind / family decided against the cost: not an L2 exception: refund denied (L1), cancellation offered.")

sub("pooja.patel.jbp@gmail.com", "Pooja Patel", "quarterly", [("h09a", "LO-INV-92081", "2025-09-24T10:00:00", "2025-09-24")],
    start="2025-09-24", end="2025-12-23")
case("l09-jbp-mehenga-band-aur-refund", LOB, "decided", [M("Pooja Patel <pooja.patel.jbp@gmail.com>",
     "प्लान बंद करें और पैसे लौटाएँ",
     "नमस्ते,\n\nआपका सॉफ्टवेयर हमारे छोटे कोचिंग सेंटर के लिए बहुत महंगा पड़ रहा है। कृपया मेरा quarterly प्लान बंद कर दीजिए और "
     "LO-INV-92081 का पैसा वापस कर दीजिए।\n\nपूजा पटेल\nनेपियर टाउन, जबलपुर",
     (2025, 9, 27, 10, 0), IN)], [R("deny"), X("cancel", "2025-12-23")],
     spec="Too expensive is not an exception: refund deny (L1); cancel, active until current_period_end 2025-12-23 (L8).")

sub("mahesh.agarwal@jaipurgems.in", "Mahesh Agarwal", "quarterly", [("h10a", "LO-INV-92091", "2025-08-10T10:00:00", "2025-08-10")],
    start="2025-08-10", end="2025-11-09")
case("l10-jpr-khamma-ghani-cancel", LOB, "decided", [M("Mahesh Agarwal <mahesh.agarwal@jaipurgems.in>",
     "Subscription band karna hai",
     "Khamma Ghani sa,\n\nHum ek family business hain, Johari Bazaar mein. Bete ne apna CRM bana liya hai isliye LeadsOptima ka quarterly plan band kar dijiye sa. "
     "Jitne din ka paisa diya hai utne din chalne dijiye, uske baad aur paisa mat kaatna.\n\nJai Shree Krishna\nMahesh Agarwal\nJaipur Gems, Jaipur",
     (2025, 9, 25, 12, 0), IN)], [X("cancel", "2025-11-09")],
     spec="Cancellation: active until current_period_end 2025-11-09 (L8).")

cust("bhanwar.lal@jodhpurhandicrafts.in", "Bhanwar Lal", "quarterly")
lopay("h11a", "LO-INV-92101", "bhanwar.lal@jodhpurhandicrafts.in", "quarterly", "3999.00", "719.82", "2025-07-28T20:00:00", None, None)
case("l11-jdh-cancel-fallback", LOB, "decided", [M("Bhanwar Lal <bhanwar.lal@jodhpurhandicrafts.in>",
     "plan cancel",
     "Ram Ram sa,\n\nHamara quarterly plan cancel kar dijiye sa. Export order band ho gaya hai, ab leads ki zarurat nahi.\n\nBhanwar Lal\nJodhpur Handicrafts, Basni",
     (2025, 9, 26, 9, 0), IN)], [X("cancel", "2025-10-27")],
     spec="No current period in the ledger: last charge 2025-07-28 + 3 months - 1 day = 2025-10-27 (L8 fallback).")

sub("kota.coaching.hub@gmail.com", "Kota Coaching Hub", "monthly", [("h12a", "LO-INV-92111", "2025-09-12T10:00:00", "2025-09-12")],
    start="2025-09-12", end="2025-10-11")
case("l12-kota-do-shabd", LOB, "decided", [M("Kota Coaching Hub <kota.coaching.hub@gmail.com>",
     "प्लान बंद",
     "मेरा प्लान बंद कर दो।\n\nमेरे iPhone से भेजा गया",
     (2025, 9, 28, 21, 0), IN)], [X("cancel", "2025-10-11")],
     spec="LeadsOptima cancellation without a reason is not held up: cancel until 2025-10-11 (L8).")

sub("bikaner.namkeen@bikanerbhujia.in", "Bikaner Bhujia Bhandar", "annual",
    [("h13a", "LO-INV-92121", "2025-09-26T10:00:00", "2025-09-26"), ("h13b", "LO-INV-92122", "2025-09-26T10:00:40", "2025-09-26")],
    start="2025-09-26", end="2026-09-25")
case("l13-bkn-munim-gmail-c2", LOB, "need_info", [M("Munim Ji <omprakash.munim1962@gmail.com>",
     "Refund - Bikaner Bhujia Bhandar",
     "Sriman ji,\n\nHamari firm ka account bikaner.namkeen@bikanerbhujia.in se bana hai. 26 tarikh ko annual plan ka paisa do baar kat gaya, "
     "LO-INV-92122 dusra hai. Seth ji ne kaha hai aapko likhun. Kripya wapas karein.\n\nOmprakash, Munim\nBikaner Bhujia Bhandar",
     (2025, 9, 27, 10, 0), IN)], rules=["C2"],
     spec="Sender is not the registered email he names: ask for the request from bikaner.namkeen@bikanerbhujia.in, disclose nothing (C2).")

sub("ramashankar.jha@gmail.com", "Ramashankar Jha", "monthly", [("h14a", "LO-INV-92131", "2025-09-14T10:00:00", "2025-09-14")],
    start="2025-09-14", end="2025-10-13")
case("l14-mzp-beta-forward-hindi-gmail", LOB, "need_info", [M("Abhishek Jha <abhishek.jha.dev@gmail.com>",
     "Fwd: प्लान बंद करवाना है",
     "Hi team, papa ka mail neeche hai, unka plan band kar dijiye. Wo email check nahi karte.\nAbhishek\n\n"
     "---------- अग्रेषित संदेश ---------\nप्रेषक: Ramashankar Jha <ramashankar.jha@gmail.com>\nदिनांक: गुरु, 25 सित॰ 2025, 9:14 am\n"
     "विषय: प्लान बंद करवाना है\nप्रति: Abhishek Jha <abhishek.jha.dev@gmail.com>\n\n"
     "बेटा, वो LeadsOptima वाला मासिक प्लान बंद करवा दो, अब दुकान तुम्हारे चाचा देखेंगे, हमसे नहीं चलता।\n",
     (2025, 9, 25, 20, 0), IN)], rules=["C2"],
     spec="A forward (Hindi Gmail) carrying a request from ramashankar.jha@gmail.com (registered) sent by the son's address: C2 (section 8 forwards).")

sub("dubey.kirana.dbg@gmail.com", "Dubey Kirana Store", "quarterly", [("h15a", "LO-INV-92141", "2025-09-25T10:00:00", "2025-09-25")],
    start="2025-09-25", end="2025-12-24")
case("l15-dbg-bas-paisa-wapas", LOB, "need_info", [M("Dubey Kirana <dubey.kirana.dbg@gmail.com>",
     "पैसा वापसी",
     "श्रीमान जी,\n\nकृपया मेरा पैसा वापस करने की कृपा करें। इनवॉइस नंबर LO-INV-92141 है।\n\nआवश्यक कार्यवाही करने की कृपा करें।\n\n"
     "धन्यवाद\nसुरेश दुबे\nदुबे किराना स्टोर, लहेरियासराय, दरभंगा",
     (2025, 9, 27, 10, 0), IN)], missing=["reason"],
     spec="Only the request, 'do the needful' and a signature: no reason (section 8): ask for it (C3); plan from the ledger, invoice given.")

sub("sweta.kumari.bgp@gmail.com", "Sweta Kumari", "monthly",
    [("h16a", "LO-INV-92151", "2025-09-26T18:00:00", "2025-09-26"), ("h16b", "LO-INV-92152", "2025-09-26T18:01:00", "2025-09-26")],
    start="2025-09-26", end="2025-10-25")
E16 = M("Sweta Kumari <sweta.kumari.bgp@gmail.com>", "refund LO-INV-92152",
        "Namaste, LO-INV-92152 ka refund chahiye. Dhanyavaad\nSweta, Bhagalpur", (2025, 9, 27, 9, 0), IN)
case("l16-bgp-thread-karan-baad-mein", LOB, "decided", [E16, M("Sweta Kumari <sweta.kumari.bgp@gmail.com>",
     "Re: refund LO-INV-92152 [LO-1016]",
     "Ji, karan ye hai ki ek hi mahine ke liye do baar payment ho gaya, 92151 aur 92152 dono 1499 ke.\n\n> Kripya refund ka karan batayein.",
     (2025, 9, 28, 10, 0), IN)], [R("approve", "1499.00")],
     spec="The answer gives the reason (paid twice for one month); request 2025-09-27 (day 1): refund LO-INV-92152 1499.00 (L4).")

sub("alok.mishra.bgp@gmail.com", "Alok Mishra", "monthly", [("h17a", "LO-INV-92161", "2025-09-26T10:00:00", "2025-09-26")],
    start="2025-09-26", end="2025-10-25")
case("l17-bgp-upbhokta-nyayalay", LOB, "decided", [M("Alok Mishra <alok.mishra.bgp@gmail.com>",
     "अंतिम चेतावनी",
     "महोदय,\n\nआपके प्लेटफ़ॉर्म पर २६ तारीख से लॉगिन नहीं हो रहा है और तीन मेल का कोई जवाब नहीं आया। पैसा (LO-INV-92161) तुरंत वापस करें "
     "वरना मैं उपभोक्ता न्यायालय (consumer court) में शिकायत दर्ज करूँगा।\n\nआलोक मिश्र, भागलपुर",
     (2025, 9, 29, 10, 0), IN)], [R("escalate")], rules=["C4"],
     spec="Consumer court threat: escalate (C4).")

sub("shukla.enterprises.lko@gmail.com", "Shukla Enterprises", "quarterly",
    [("h18a", "LO-INV-92171", "2025-09-23T10:00:00", "2025-09-23"), ("h18b", "LO-INV-92172", "2025-09-23T10:01:00", "2025-09-23")],
    start="2025-09-23", end="2025-12-22")
case("l18-lko-chargeback-aur-band", LOB, "decided", [M("Shukla Enterprises <shukla.enterprises.lko@gmail.com>",
     "Double payment + band karo",
     "Dekhiye,\n\nQuarterly ka paisa 2 baar kata hai (LO-INV-92172 extra hai). Extra paisa wapas karo aur plan bhi band karo. "
     "Do din mein paisa nahi aaya to bank mein chargeback daal dunga.\n\nAnurag Shukla\nHazratganj, Lucknow",
     (2025, 9, 25, 10, 0), IN)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="Chargeback threat: C4 covers the whole case: refund and cancellation both escalated (section 8).")

sub("deepak.verma.knp@gmail.com", "Deepak Verma", "monthly",
    [("h19a", "LO-INV-92181", "2025-09-27T12:00:00", "2025-09-27"), ("h19b", "LO-INV-92182", "2025-09-27T12:00:30", "2025-09-27")],
    start="2025-09-27", end="2025-10-26")
case("l19-knp-chargeback-nahi-karna", LOB, "decided", [M("Deepak Verma <deepak.verma.knp@gmail.com>",
     "do baar payment",
     "Namaste ji,\n\n27 ko monthly plan ka payment do baar ho gaya (LO-INV-92181, LO-INV-92182). Bank wale bol rahe the chargeback kar do, "
     "par mujhe chargeback ka jhanjhat nahi karna, aap log seedhe dusra wala lauta do bas.\n\nDeepak Verma\nSwaroop Nagar, Kanpur",
     (2025, 9, 29, 10, 0), IN)], [R("approve", "1499.00")],
     spec="The customer rules out a chargeback (no threat, section 8 negation): duplicate inside the window (day 2): refund LO-INV-92182 1499.00 (L4).")

sub("anita.rathore.ujn@gmail.com", "Anita Rathore", "monthly", [("h20a", "LO-INV-92191", "2025-09-08T10:00:00", "2025-09-08")],
    start="2025-09-08", end="2025-10-07")
case("l20-ujn-refund-nahi-chahiye", LOB, "decided", [M("Anita Rathore <anita.rathore.ujn@gmail.com>",
     "अगले महीने से बंद",
     "नमस्ते,\n\nमुझे refund नहीं चाहिए, बस अगले महीने से पैसा मत काटिए, प्लान बंद कर दीजिए। बेटी की शादी है, कुछ महीने बुटीक बंद रहेगा।\n\nअनीता राठौर, उज्जैन",
     (2025, 9, 24, 10, 0), IN)], [X("cancel", "2025-10-07")],
     spec="'Refund nahi chahiye' adds no refund intent (section 8); cancel, active until 2025-10-07 (L8).")

case("l21-prayag-agar-refund-mile", LOB, "other", [M("Rohit Pandey <rohit.pandey.ald@gmail.com>",
     "annual plan lene se pehle sawal",
     "Namaskar, main Prayagraj mein ek chhota real estate office chalata hun. Annual plan lene ki soch raha hun. Agar 2 mahine baad pasand nahi aaya "
     "to kya refund milega? Aur kya UPI se payment ho sakta hai?\nRohit Pandey",
     (2025, 9, 27, 10, 0), IN)],
     spec="A hypothetical before buying: a policy question (section 8): other.")

sub("kavita.singh.ptn@gmail.com", "Kavita Singh", "monthly", [("h22a", "LO-INV-92201", "2025-09-15T10:00:00", "2025-09-15")],
    start="2025-09-15", end="2025-10-14")
case("l22-ptn-refund-mil-gaya", LOB, "other", [M("Kavita Singh <kavita.singh.ptn@gmail.com>",
     "Re: रिफंड प्रक्रिया पूर्ण",
     "जी धन्यवाद, पैसा खाते में आ गया। आप लोगों ने बहुत जल्दी मदद की। 🙏\n\nकविता सिंह, पटना",
     (2025, 9, 28, 10, 0), IN, hdr={"In-Reply-To": "<lo.refund.92201@leadsoptima.com>", "References": "<lo.refund.92201@leadsoptima.com>"})],
     spec="Thanks for a refund already received: no request: other.")

sub("accounts@malwaagro.in", "Malwa Agro", "annual", [("h23a", "LO-INV-92211", "2025-05-05T10:00:00", "2025-05-05")],
    start="2025-05-05", end="2026-05-04")
case("l23-idr-gst-bill-chahiye", LOB, "other", [M("Malwa Agro Accounts <accounts@malwaagro.in>",
     "GST invoice required - LO-INV-92211",
     "Dear Sir,\n\nHamare CA ko annual subscription (LO-INV-92211, May 2025) ka GST wala tax invoice chahiye, jisme hamara GSTIN 23AAACM1234F1Z5 ho. "
     "Kripya PDF bhej dijiye.\n\nRegards\nAccounts Dept., Malwa Agro, Dewas Road, Indore",
     (2025, 9, 25, 10, 0), IN)],
     spec="A request for a tax invoice, neither refund nor cancellation: other.")

case("l24-ooo-hindi", LOB, "ignore", [M("Ravi Prakash <ravi.prakash@gorakhpurprinters.in>",
     "स्वचालित उत्तर: Re: आपका LeadsOptima प्लान",
     "नमस्कार, मैं 5 अक्टूबर तक दुर्गा पूजा और दशहरा के लिए अवकाश पर हूँ। रिफंड या बिलिंग संबंधी कार्य हेतु कृपया कार्यालय से संपर्क करें।",
     (2025, 9, 28, 10, 0), IN, hdr={"In-Reply-To": "<lo.plan.92401@leadsoptima.com>", "References": "<lo.plan.92401@leadsoptima.com>", "Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied: ignore (C7).")
case("l25-navratri-offer-list", LOB, "ignore", [M("Dainik Vyapar Offers <offers@dainikvyapar.in>",
     "नवरात्रि धमाका: सभी CRM पर 50% छूट, रिफंड गारंटी",
     "इस नवरात्रि पाइए सभी सॉफ्टवेयर पर भारी छूट। पैसा वापसी गारंटी। सदस्यता रद्द करने के लिए यहाँ क्लिक करें।",
     (2025, 9, 27, 6, 0), IN, hdr={"List-Id": "Dainik Vyapar Offers <offers.dainikvyapar.in>", "Precedence": "list"})], rules=["C7"],
     spec="List-Id / Precedence: list: ignore (C7), though it speaks of refunds.")

cust("suman.devi.mzp@gmail.com", "Suman Devi", "monthly", status="trial", trial_ends="2025-10-03")
case("l26-mzp-trial-paisa-wapas", LOB, "decided", [M("Suman Devi <suman.devi.mzp@gmail.com>",
     "trial ka paisa",
     "Namaste, maine free trial shuru kiya tha. Mera paisa wapas kar dijiye, mujhe ye software samajh nahi aaya.\nSuman, Muzaffarpur",
     (2025, 9, 28, 10, 0), IN)], [R("deny")], extra_ok=True,
     spec="Free trial, no charges: nothing to refund (L7); the reply says no billing occurs unless she subscribes. A cancellation read into it approves nothing (extra_ok).")

sub("arvind.kushwaha.rewa@gmail.com", "Arvind Kushwaha", "quarterly", [("h27a", "LO-INV-92221", "2025-09-24T10:00:00", "2025-09-24")],
    start="2025-09-24", end="2025-12-23")
case("l27-rewa-do-baar-ledger-ek", LOB, "decided", [M("Arvind Kushwaha <arvind.kushwaha.rewa@gmail.com>",
     "दो बार पैसा कटा",
     "सर, मेरे SBI खाते से तिमाही प्लान का पैसा दो बार कटा है 24 तारीख को। इनवॉइस LO-INV-92221। दूसरा वापस कीजिए।\nअरविंद कुशवाहा, रीवा",
     (2025, 9, 26, 10, 0), IN)], [R("escalate")],
     spec="Duplicate claimed, but the ledger holds one charge: no pair: escalate (L4).")

sub("shabnam.khan.bpl@gmail.com", "Shabnam Khan", "monthly",
    [("h28a", "LO-INV-92231", "2025-09-27T10:00:00", "2025-09-27", "failed")])
case("l28-bpl-failed-par-kata", LOB, "decided", [M("Shabnam Khan <shabnam.khan.bpl@gmail.com>",
     "Payment failed but amount debited",
     "Assalam alaikum,\n\nMonthly plan ka payment karte waqt 'payment failed' aaya (LO-INV-92231) lekin mere account se 1499 + GST kat gaya. "
     "Mehrbani karke wapas kar dijiye.\n\nShabnam Khan\nPeer Gate, Bhopal",
     (2025, 9, 29, 10, 0), IN)], [R("escalate")],
     spec="The payment's status is failed: a refund of a payment not paid is escalated (section 8).")

sub("ramniwas.meena@gmail.com", "Ramniwas Meena", "quarterly",
    [("h29a", "LO-INV-92241", "2025-09-28T10:00:00", "2025-09-28"), ("h29b", "LO-INV-92242", "2025-09-28T10:04:00", "2025-09-28")],
    start="2025-09-28", end="2025-12-27")
case("l29-dausa-rashi-shabdon-mein", LOB, "decided", [M("Ramniwas Meena <ramniwas.meena@gmail.com>",
     "राशि दो बार कटने बाबत",
     "श्रीमान,\n\nनिवेदन है कि दिनांक २८ सितंबर २०२५ को तिमाही सदस्यता हेतु तीन हजार नौ सौ निन्यानवे रुपये मात्र की राशि मेरे खाते से दो बार काटी गई है "
     "(LO-INV-92241 व LO-INV-92242)। दूसरी बार काटी गई राशि लौटाने का कष्ट करें।\n\nप्रार्थी\nरामनिवास मीणा\nग्राम पोस्ट लालसोट, दौसा (राज.)",
     (2025, 9, 30, 11, 0), IN)], [R("approve", "3999.00")],
     spec="Two paid quarterly charges 2025-09-28; request 2025-09-30 (day 2): refund LO-INV-92242 3999.00 (L4); amount in Hindi words, Devanagari date digits.")

sub("gupta.medicals.ald@gmail.com", "Gupta Medicals", "monthly", [("h30a", "LO-INV-92251", "2025-09-09T10:00:00", "2025-09-09")],
    start="2025-09-09", end="2025-10-08")
case("l30-prayag-voice-typing", LOB, "decided", [M("Gupta Medicals <gupta.medicals.ald@gmail.com>",
     "प्लान बंद",
     "नमस्कार मैं गुप्ता मेडिकल्स से बोल रहा हूं कटरा प्रयागराज से हमारा जो लीड्स ऑप्टिमा का मंथली प्लान है उसको बंद करना है क्योंकि अब हम ऑनलाइन "
     "ऑर्डर नहीं ले रहे हैं धन्यवाद",
     (2025, 9, 26, 19, 0), IN)], [X("cancel", "2025-10-08")],
     spec="Voice-typed Devanagari with no punctuation, the brand name transliterated: cancel, active until 2025-10-08 (L8).")

sub("tripathi.sweets@rediffmail.com", "Tripathi Sweets", "annual", [("h31a", "LO-INV-92261", "2025-02-14T10:00:00", "2025-02-14")],
    start="2025-02-14", end="2026-02-13")
case("l31-stn-html-only-rediff", LOB, "decided", [M("Tripathi Sweets <tripathi.sweets@rediffmail.com>",
     "Cancellation of plan", None, (2025, 9, 24, 18, 0), IN,
     html="<html><body><font face='Mangal'><p>आदरणीय महोदय,</p><p>हमारी दुकान का ऑनलाइन काम अब <b>Zomato</b> से हो रहा है, इसलिए "
          "LeadsOptima का annual plan cancel कर दीजिए। अगले साल renew न करें।</p><p>त्रिपाठी स्वीट्स, सतना (म.प्र.)</p></font>"
          "<br><a href='http://www.rediff.com'>Get your own FREE website, FREE domain &amp; FREE mobile app with Company email.</a></body></html>")],
     [X("cancel", "2026-02-13")],
     spec="HTML-only Rediffmail cancellation with the webmail footer: active until current_period_end 2026-02-13 (L8).")

sub("nitish.kumar.doha@gmail.com", "Nitish Kumar", "annual",
    [("h32a", "LO-INV-92271", "2025-09-23T08:00:00", "2025-09-23"), ("h32b", "LO-INV-92272", "2025-09-23T08:00:50", "2025-09-23")],
    start="2025-09-23", end="2026-09-22")
case("l32-doha-nri-day7", LOB, "decided", [M("Nitish Kumar <nitish.kumar.doha@gmail.com>",
     "Annual plan double debit",
     "Namaste,\n\nMain Doha (Qatar) mein kaam karta hun, Siwan mein papa ki dukaan ke liye annual plan liya tha 23 Sept ko. QNB card se do baar "
     "11988 kat gaya (LO-INV-92271, LO-INV-92272). Duty khatam karke abhi likh raha hun, dusra wala refund kar dijiye.\n\nNitish",
     (2025, 9, 30, 20, 45), QA)], [R("approve", "11988.00")],
     spec="Sent 2025-09-30 20:45 +03:00 = 23:15 IST: day 7 after 2025-09-23 (inside): refund LO-INV-92272 11988.00 (L4).")

sub("ankit.bajpai.london@gmail.com", "Ankit Bajpai", "monthly",
    [("h33a", "LO-INV-92281", "2025-09-22T10:00:00", "2025-09-22"), ("h33b", "LO-INV-92282", "2025-09-22T10:03:00", "2025-09-22")],
    start="2025-09-22", end="2025-10-21")
case("l33-london-knp-day8-ist", LOB, "decided", [M("Ankit Bajpai <ankit.bajpai.london@gmail.com>",
     "Charged twice - LO-INV-92282",
     "Hi team,\n\nMaine Kanpur mein apne bhai ke business ke liye monthly plan liya tha last Monday, payment do baar ho gaya (LO-INV-92281 & LO-INV-92282). "
     "Aaj hi ek hafta hua hai, please dusra wala wapas kar do.\n\nThanks\nAnkit (London)",
     (2025, 9, 29, 20, 30), UK)], [R("deny")],
     spec="Sent 2025-09-29 20:30 +01:00 = 2025-09-30 01:00 IST: day 8 after the 2025-09-22 charges: outside the window: deny (L3).")

sub("pradeep.saxena.brl@gmail.com", "Pradeep Saxena", "monthly", [("h34a", "LO-INV-92291", "2025-09-25T10:00:00", "2025-09-25")],
    start="2025-09-25", end="2025-10-24")
case("l34-bly-cancel-ke-baad-bhi", LOB, "decided", [M("Pradeep Saxena <pradeep.saxena.brl@gmail.com>",
     "Cancel karne ke baad bhi paisa kata",
     "Sir,\n\nMaine August mein hi Billing > Cancel Plan se plan cancel kar diya tha, screenshot bhi hai. Phir bhi 25 September ko 1499 kaat liya (LO-INV-92291). "
     "Ye galat hai, paisa wapas karo.\n\nPradeep Saxena\nCivil Lines, Bareilly",
     (2025, 9, 27, 10, 0), IN)], [R("escalate")],
     spec="Charged after cancelling: billing error inside the window (day 2): escalate (L5).")

sub("rajeev.ranjan.hjp@gmail.com", "Rajeev Ranjan", "annual",
    [("h35a", "LO-INV-92301", "2025-09-21T10:00:00", "2025-09-21", "paid", "monthly"),
     ("h35b", "LO-INV-92302", "2025-09-26T10:00:00", "2025-09-26")], start="2025-09-26", end="2026-09-25")
E35 = M("Rajeev Ranjan <rajeev.ranjan.hjp@gmail.com>", "galat amount kata hai",
        "Namaskar,\n\nIs mahine mere account se galat amount kata hai, billing mein koi gadbad hai. Kripya check karke paisa wapas kijiye.\n\nRajeev Ranjan, Hajipur",
        (2025, 9, 27, 10, 0), IN)
case("l35-hjp-kaunsa-invoice", LOB, "need_info", [E35], missing=["invoice_number"],
     spec="Billing error claimed, two different charges this month (LO-INV-92301 monthly, LO-INV-92302 annual): ask for the invoice number (C3).")
case("l36-hjp-thread-invoice-diya", LOB, "decided", [E35, M("Rajeev Ranjan <rajeev.ranjan.hjp@gmail.com>",
     "Re: galat amount kata hai [LO-1035]",
     "Ji, LO-INV-92302 wala, annual ka. Maine to sirf monthly liya tha.\n\n> Kripya invoice number batayein.",
     (2025, 9, 28, 9, 0), IN)], [R("escalate")],
     spec="The answer names LO-INV-92302 (2025-09-26); request time 2025-09-27 (first email): billing error inside 7 days: escalate (L5).")

sub("info@banarasibunkar.in", "Banarasi Bunkar Sangh", "annual", [("h37a", "LO-INV-92311", "2025-03-01T10:00:00", "2025-03-01")],
    start="2025-03-01", end="2026-02-28")
case("l37-vns-sawal-aur-band", LOB, "decided", [M("Banarasi Bunkar Sangh <info@banarasibunkar.in>",
     "Do kaam - export aur cancel",
     "Namaskar,\n\n1. Hamare saare leads ka data Excel mein kaise niklega? Button nahi mil raha.\n"
     "2. Data nikalne ke baad हमारा annual plan बंद कर दीजिए, संघ का नया अध्यक्ष आया है और वो ये खर्चा नहीं चाहते।\n\nDhanyavaad\nMohd. Irfan Ansari, Sachiv\nBanarasi Bunkar Sangh, Madanpura, Varanasi",
     (2025, 9, 25, 10, 0), IN)], [X("cancel", "2026-02-28")],
     spec="Mixed-script mail with a question and a cancellation: cancel, active until 2026-02-28 (L8).")

case("l38-postmaster-bounce", LOB, "ignore", [M("postmaster@bsnl.in", "Delivery Status Notification (Failure)",
     "Delivery to the following recipient failed permanently:\n\n     sharma.electricals@bsnl.in\n\nTechnical details: 552 mailbox full\n\n"
     "----- Original message -----\nSubject: Re: रिफंड अनुरोध [LO-1038]",
     (2025, 9, 28, 10, 0), IN)], rules=["C7"],
     spec="postmaster sender, delivery failure: ignore (C7).")

# ---------------- Optima WebDesign ----------------
proj("Awadh Caterers Website", "bookings@awadhcaterers.in")
owpay("v01", "OWD-2025-401", "Awadh Caterers Website", "deposit", "20000.00", "3600.00", "2025-09-27T12:00:00")
case("o01-lko-deposit-50-ghante", OWB, "decided", [M("Awadh Caterers <bookings@awadhcaterers.in>",
     "Refund Request — Awadh Caterers Website / OWD-2025-401",
     "आदाब,\n\nहमने 27 सितंबर को Awadh Caterers Website के लिए advance deposit दिया था (OWD-2025-401)। अब्बा की तबीयत अचानक खराब हो गई है, "
     "कुछ महीने काम आगे नहीं बढ़ा सकते। मेहरबानी करके deposit वापस कर दीजिए।\n\nशुक्रिया\nफ़ैज़ान अहमद, चौक, लखनऊ",
     (2025, 9, 29, 14, 0), IN)], [R("approve", "20000.00")], extra_ok=True,
     spec="Deposit paid 2025-09-27 12:00, request 2025-09-29 14:00 IST (50 h), no work: full refund 20000.00 before tax (O2).")

proj("Kanpur Leather Exports Site", "export@kanpurleather.in")
owpay("v02", "OWD-2025-402", "Kanpur Leather Exports Site", "deposit", "35000.00", "6300.00", "2025-09-25T10:00:00")
case("o02-knp-deposit-73-ghante", OWB, "decided", [M("Kanpur Leather Exports <export@kanpurleather.in>",
     "Deposit wapas - Kanpur Leather Exports Site (OWD-2025-402)",
     "Sir,\n\nHumne 25 ko subah 10 baje deposit diya tha. Ab buyer ne order cancel kar diya hai to website abhi nahi banwani. Deposit lauta dijiye, "
     "abhi teen din hi to hue hain.\n\nIqbal Qureshi\nJajmau, Kanpur",
     (2025, 9, 28, 11, 0), IN)], [R("deny")], extra_ok=True,
     spec="Paid 2025-09-25 10:00, request 2025-09-28 11:00 IST = 73 h: past 72 h: deny (O2).")

proj("Patna Sahib Tours", "info@patnasahibtours.in", "2025-09-27T15:00:00")
owpay("v03", "OWD-2025-403", "Patna Sahib Tours", "deposit", "18000.00", "3240.00", "2025-09-27T10:00:00")
case("o03-patna-deposit-kaam-shuru", OWB, "decided", [M("Patna Sahib Tours <info@patnasahibtours.in>",
     "Refund Request — Patna Sahib Tours",
     "Sat Sri Akal ji,\n\nKal deposit diya tha Patna Sahib Tours website ke liye (OWD-2025-403). Ab partner bol rahe hain Instagram page kaafi hai. "
     "72 ghante abhi nahi hue, to pura deposit wapas kijiye.\n\nGurpreet Singh\nPatna City",
     (2025, 9, 28, 18, 0), IN)], [R("deny")], extra_ok=True,
     spec="Request 32 h after payment, but work started 2025-09-27 15:00: deny, whichever occurs first (O2).")

proj("Bhopal Lake View Resort Branding", "gm@lakeviewresort.in")
owpay("v04", "OWD-2025-404", "Bhopal Lake View Resort Branding", "discovery", "14000.00", "2520.00", "2025-09-19T10:00:00")
case("o04-bpl-discovery-shuru-nahi", OWB, "decided", [M("Lake View Resort GM <gm@lakeviewresort.in>",
     "Refund Request — Bhopal Lake View Resort Branding / OWD-2025-404",
     "नमस्कार,\n\nहमने discovery/strategy session की fee 19 सितंबर को दी थी, पर अब तक कोई session नहीं हुआ। Owners ने resort बेचने का फ़ैसला कर लिया है, "
     "इसलिए branding की ज़रूरत नहीं रही। कृपया पूरी fee वापस करें।\n\nविनय दुबे, GM",
     (2025, 9, 29, 10, 0), IN)], [R("approve", "14000.00")], extra_ok=True,
     spec="Discovery fee, no session or deliverable started: full refund 14000.00 (O1).")

proj("Indore Namkeen Co Strategy", "owner@indorenamkeen.in", "2025-09-23T11:00:00")
owpay("v05", "OWD-2025-405", "Indore Namkeen Co Strategy", "discovery", "16000.00", "2880.00", "2025-09-20T10:00:00")
case("o05-idr-discovery-ho-chuka", OWB, "decided", [M("Indore Namkeen Co <owner@indorenamkeen.in>",
     "discovery fee refund",
     "Namaste,\n\nIndore Namkeen Co Strategy ke liye 23 ko aapki team ke saath workshop hua tha, par jo presentation mila wo hamare kaam ka nahi. "
     "Discovery fee (OWD-2025-405) wapas kijiye.\n\nSunil Khandelwal",
     (2025, 9, 27, 10, 0), IN)], [R("deny")],
     spec="Discovery sessions commenced 2025-09-23, before the request: non-refundable (O1).")

proj("Jaipur Block Print Store", "shop@jaipurblockprint.in", "2025-09-01T10:00:00")
owpay("v06", "OWD-2025-406", "Jaipur Block Print Store", "milestone", "24000.00", "4320.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o06-jpr-milestone-shuru-nahi", OWB, "decided", [M("Jaipur Block Print <shop@jaipurblockprint.in>",
     "Refund Request — Jaipur Block Print Store / OWD-2025-406",
     "Khamma Ghani sa,\n\nJaipur Block Print Store ka teesra milestone (mobile app, OWD-2025-406) humne advance mein de diya tha. App ka kaam abhi shuru "
     "nahi hua hai aur humne decide kiya hai ki app nahi banwani, sirf website kaafi hai. Wo milestone ka paisa wapas kar do sa.\n\nLalit Sharma, Sanganer",
     (2025, 9, 27, 10, 0), IN)], [R("approve", "24000.00")],
     spec="Milestone not_started: refund its amount 24000.00 before tax (O3).")

proj("Jodhpur Heritage Haveli", "stay@heritagehaveli.in", "2025-08-01T10:00:00")
owpay("v07", "OWD-2025-407", "Jodhpur Heritage Haveli", "milestone", "32000.00", "5760.00", "2025-09-05T10:00:00", milestone_status="in_progress")
case("o07-jdh-milestone-chal-raha", OWB, "decided", [M("Heritage Haveli <stay@heritagehaveli.in>",
     "milestone 2 refund",
     "Ram Ram sa,\n\nJodhpur Heritage Haveli ka booking module (milestone 2, OWD-2025-407) adha bana hai, par ab hum OTA se hi booking lenge. "
     "Jo kaam baaki hai uska paisa wapas kijiye sa.\n\nThakur Devendra Singh",
     (2025, 9, 28, 10, 0), IN)], [R("escalate")],
     spec="Milestone in_progress: a person judges the value of work not started: escalate (O3).")

proj("Kota Hostel Finder", "admin@kotahostelfinder.in", "2025-07-10T10:00:00")
owpay("v08", "OWD-2025-408", "Kota Hostel Finder", "milestone", "26000.00", "4680.00", "2025-08-20T10:00:00", milestone_status="completed")
case("o08-kota-milestone-poora", OWB, "decided", [M("Kota Hostel Finder <admin@kotahostelfinder.in>",
     "Refund Request — Kota Hostel Finder / OWD-2025-408",
     "सर,\n\nKota Hostel Finder की listing वाली milestone (OWD-2025-408) आपने पूरी कर दी थी, पर अब बच्चे कम आ रहे हैं और हमें ये फीचर नहीं चाहिए। "
     "उसका पैसा वापस कर दीजिए।\n\nहर्ष गोयल, तलवंडी, कोटा",
     (2025, 9, 26, 10, 0), IN)], [R("deny")],
     spec="Milestone completed: non-refundable (O3, O6).")

proj("Udaipur Lake Cafe Retainer", "hello@udaipurlakecafe.in", "2025-05-12T10:00:00")
owpay("v09", "OWD-2025-409", "Udaipur Lake Cafe Retainer", "retainer", "7500.00", "1350.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00")
case("o09-udr-retainer-notice-theek", OWB, "decided", [M("Udaipur Lake Cafe <hello@udaipurlakecafe.in>",
     "Retainer band - Udaipur Lake Cafe Retainer (OWD-2025-409)",
     "Khamma Ghani,\n\nHum apna monthly retainer band karna chahte hain, cafe ka renovation 4 mahine chalega aur tab tak website update ki zarurat nahi. "
     "Agli billing mat karna.\n\nPriyanka Mehta, Lal Ghat, Udaipur",
     (2025, 9, 28, 10, 0), IN)], [X("cancel", "2025-10-11")],
     spec="next_billing_at 2025-10-12; request 2025-09-28, 14 days' notice: cancel, effective 2025-10-11 (O4).")

proj("Kashi Ghat Homestay Retainer", "kashighat.homestay@gmail.com", "2025-04-03T10:00:00")
owpay("v10", "OWD-2025-410", "Kashi Ghat Homestay Retainer", "retainer", "15000.00", "2700.00", "2025-07-03T10:00:00",
      period_start="2025-07-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00")
case("o10-vns-quarterly-retainer-kam-notice", OWB, "decided", [M("Kashi Ghat Homestay <kashighat.homestay@gmail.com>",
     "retainer cancel karna hai",
     "Pranam,\n\nKashi Ghat Homestay Retainer (OWD-2025-410) ka teen mahine wala retainer band karna hai. Homestay ab bhai sambhalega aur wo "
     "khud website dekh lega.\n\nSaurabh Pandey, Assi Ghat, Varanasi",
     (2025, 9, 29, 10, 0), IN)], [X("cancel", "2026-01-02")],
     spec="Quarterly retainer, next_billing_at 2025-10-03, request 2025-09-29 (4 days' notice < 7): next cycle 2025-10-03..2026-01-02 is billed; effective 2026-01-02 (O4).")

proj("Gwalior Fort Tours Hosting", "it@gwaliorforttours.in")
owpay("v11", "OWD-2025-411", "Gwalior Fort Tours Hosting", "hosting_annual", "15000.00", "2700.00", "2025-09-22T10:00:00",
      setup_fee="1500.00", service_start="2025-09-22")
case("o11-gwl-hosting-prorata", OWB, "decided", [M("Gwalior Fort Tours <it@gwaliorforttours.in>",
     "Refund Request — Gwalior Fort Tours Hosting / OWD-2025-411",
     "नमस्कार,\n\n22 सितंबर से शुरू हुई annual hosting (OWD-2025-411) हमें बंद करनी है, पर्यटन विभाग ने हमें अपनी सरकारी hosting पर आने को कहा है। "
     "नियम के अनुसार बचा हुआ पैसा लौटा दीजिए।\n\nअमित तोमर",
     (2025, 9, 30, 10, 0), IN)], [R("approve", "12375.00")], extra_ok=True,
     spec="Annual hosting, day 8: 15000 - 1500 - (13500/12 = 1125) x 1 = 12375.00 (O5).")

proj("Jabalpur Marble Works Maintenance", "office@jabalpurmarble.in")
owpay("v12", "OWD-2025-412", "Jabalpur Marble Works Maintenance", "maintenance_annual", "8000.00", "1440.00", "2025-09-16T10:00:00",
      setup_fee="500.00", service_start="2025-09-16")
case("o12-jbp-maintenance-din-14", OWB, "decided", [M("Jabalpur Marble Works <office@jabalpurmarble.in>",
     "maintenance plan refund",
     "Namaskar,\n\nJabalpur Marble Works Maintenance (OWD-2025-412) 16 September se chalu hua tha. Ab hamara bhatija IT sambhalega to maintenance plan "
     "band karke pro-rata refund kar dijiye. Aaj 14va din hai.\n\nRakesh Namdev, Bhedaghat",
     (2025, 9, 30, 19, 0), IN)], [R("approve", "6875.00")], extra_ok=True,
     spec="Maintenance annual, request 2025-09-30 = day 14, inside: 8000 - 500 - (7500/12 = 625) x 1 = 6875.00 (O5).")

proj("Bikaner Camel Safari Hosting", "safari@bikanercamel.in")
owpay("v13", "OWD-2025-413", "Bikaner Camel Safari Hosting", "hosting_annual", "10000.00", "1800.00", "2025-09-08T10:00:00",
      setup_fee="1000.00", service_start="2025-09-08")
case("o13-bkn-hosting-din-20", OWB, "decided", [M("Bikaner Camel Safari <safari@bikanercamel.in>",
     "hosting refund",
     "Sa, Bikaner Camel Safari Hosting (OWD-2025-413) cancel karke refund de do, hum dusri company ki sasti hosting le rahe hain.\n\nMoolchand",
     (2025, 9, 28, 10, 0), IN)], [R("deny")], extra_ok=True,
     spec="Service started 2025-09-08, request 2025-09-28 = day 20: after 14 days: deny (O5).")

proj("Gaya Pind Daan Services", "info@gayapinddaan.in", "2025-08-01T10:00:00")
owpay("v14", "OWD-2025-414", "Gaya Pind Daan Services", "third_party", "1800.00", "324.00", "2025-09-25T10:00:00")
case("o14-gaya-domain-renewal", OWB, "decided", [M("Gaya Pind Daan Services <info@gayapinddaan.in>",
     "डोमेन का पैसा वापस - Gaya Pind Daan Services",
     "महोदय,\n\nआपने gayapinddaan.in डोमेन का renewal कर दिया (OWD-2025-414) जबकि हमने कहा नहीं था, हम .com पर जा रहे हैं। ₹1,800 वापस कीजिए।\n\n"
     "पं. श्याम सुंदर पाठक, विष्णुपद, गया",
     (2025, 9, 27, 10, 0), IN)], [R("deny")],
     spec="Domain renewal is a third-party item: non-refundable (O6).")

proj("Muzaffarpur Litchi Mart", "sales@litchimart.in", "2025-08-10T10:00:00")
owpay("v15", "OWD-2025-415", "Muzaffarpur Litchi Mart", "third_party", "5500.00", "990.00", "2025-09-20T10:00:00")
case("o15-mzp-premium-theme", OWB, "decided", [M("Litchi Mart <sales@litchimart.in>",
     "Refund Request — Muzaffarpur Litchi Mart / OWD-2025-415",
     "Hello sir, jo premium theme aapne kharida (OWD-2025-415) wo hamein pasand nahi aaya, free wala theme hi theek tha. Theme ka paisa refund kijiye.\n\nRitesh",
     (2025, 9, 26, 10, 0), IN)], [R("deny")],
     spec="Premium theme is a third-party item: non-refundable (O6).")

proj("Ujjain Mahakal Prasad Store", "orders@mahakalprasad.in", "2025-09-15T10:00:00")
owpay("v16", "OWD-2025-416", "Ujjain Mahakal Prasad Store", "setup", "3000.00", "540.00", "2025-09-15T10:00:00")
case("o16-ujn-setup-fee", OWB, "decided", [M("Mahakal Prasad Store <orders@mahakalprasad.in>",
     "setup fee wapas",
     "Jai Mahakal,\n\nUjjain Mahakal Prasad Store ki setup/activation fee (OWD-2025-416) ₹3000 wapas chahiye, store abhi live bhi nahi hua aur "
     "mandir samiti ne online prasad ki anumati nahi di.\n\nMahesh Vyas",
     (2025, 9, 27, 10, 0), IN)], [R("deny")],
     spec="Setup/activation fee: non-refundable (O6).")

proj("Varanasi Saree Sadan", "contact@varanasisareesadan.in")
owpay("v17", "OWD-2025-417", "Varanasi Saree Sadan", "deposit", "18000.00", "3240.00", "2025-09-28T10:00:00")
case("o17-vns-dusre-email-se-c2", OWB, "need_info", [M("Rahul Maurya <rahulmaurya.vns@gmail.com>",
     "Refund - Varanasi Saree Sadan deposit",
     "Namaste,\n\nMain Varanasi Saree Sadan ki taraf se likh raha hun. Contract wala email contact@varanasisareesadan.in hai par uska password "
     "manager ke paas hai. Deposit OWD-2025-417 wapas kar dijiye, seth ji ne project rok diya hai.\n\nRahul Maurya",
     (2025, 9, 29, 10, 0), IN)], rules=["C2"],
     spec="The request must come from the contract email contact@varanasisareesadan.in: C2.")

proj("Lucknow Chikan Boutique", "owner@lucknowchikan.in", "2025-08-20T10:00:00")
owpay("v18", "OWD-2025-418", "Lucknow Chikan Boutique", "milestone", "22000.00", "3960.00", "2025-09-10T10:00:00", milestone_status="in_progress")
case("o18-lko-vakil-notice", OWB, "decided", [M("Lucknow Chikan Boutique <owner@lucknowchikan.in>",
     "कानूनी नोटिस से पहले अंतिम अनुरोध",
     "महोदय,\n\nLucknow Chikan Boutique की milestone (OWD-2025-418) का काम एक महीने से अटका है। पैसा वापस कीजिए, अन्यथा मेरे वकील आपको legal notice भेजेंगे।\n\n"
     "नाज़िया परवीन",
     (2025, 9, 27, 10, 0), IN)], [R("escalate")], rules=["C4"],
     spec="Legal notice through a lawyer threatened: escalate (C4).")

proj("Ajmer Dargah Guest House Retainer", "guesthouse.ajmer@gmail.com", "2025-06-25T10:00:00")
owpay("v19", "OWD-2025-419", "Ajmer Dargah Guest House Retainer", "retainer", "6500.00", "1170.00", "2025-09-25T10:00:00",
      period_start="2025-09-25", period_end="2025-10-24", next_billing_at="2025-10-25T00:00:00")
case("o19-ajm-retainer-bina-karan", OWB, "need_info", [M("Ajmer Guest House <guesthouse.ajmer@gmail.com>",
     "Cancel - Ajmer Dargah Guest House Retainer / OWD-2025-419",
     "Assalam alaikum,\n\nAjmer Dargah Guest House Retainer (OWD-2025-419) cancel kar dijiye.\n\nKhuda Hafiz\nSalim Chishti\nDargah Bazaar, Ajmer",
     (2025, 9, 27, 10, 0), IN)], missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8): project and invoice given: ask for the reason (C3).")

proj("Sharma Sweets Gwalior Website", "sharmasweets.gwl@gmail.com")
proj("Sharma Sweets Catering App", "sharmasweets.gwl@gmail.com")
owpay("v20a", "OWD-2025-420", "Sharma Sweets Gwalior Website", "deposit", "15000.00", "2700.00", "2025-09-28T11:00:00")
owpay("v20b", "OWD-2025-421", "Sharma Sweets Catering App", "deposit", "25000.00", "4500.00", "2025-09-28T11:10:00")
E20 = M("Sharma Sweets <sharmasweets.gwl@gmail.com>", "deposit refund",
        "नमस्ते,\n\nहमने आपके यहाँ दो काम बुक किए थे। उनमें से एक अभी नहीं करवाना, दिवाली के ऑर्डर में पूरा स्टाफ लगा है, बजट नहीं बचा। "
        "उसका deposit वापस कर दीजिए।\n\nगिरीश शर्मा, ग्वालियर", (2025, 9, 29, 9, 0), IN)
case("o20-gwl-do-project-kaunsa", OWB, "need_info", [E20], missing=["project_name", "invoice_number"],
     spec="Reason given; two projects under the contract email and neither is named: ask for project name and invoice (C3).")
case("o21-gwl-thread-jawab-72-ke-baad", OWB, "decided", [E20, M("Sharma Sweets <sharmasweets.gwl@gmail.com>",
     "Re: deposit refund [OWD-1020]",
     "Sharma Sweets Catering App wala, OWD-2025-421.\n\n> कृपया प्रोजेक्ट का नाम और इनवॉइस नंबर बताइए।",
     (2025, 10, 1, 9, 40), IN)], [R("approve", "25000.00")],
     spec="Request time is the first email 2025-09-29 09:00 (21.8 h after payment 2025-09-28 11:10), not the answer 2025-10-01 09:40 (beyond 72 h): refund 25000.00 (O2, C3).")

case("o22-ptn-pehle-poochh-raha", OWB, "other", [M("Amrita Kumari <amrita.kumari.ptn@gmail.com>",
     "website banwane ke baare mein",
     "Namaste, hum Patna mein coaching institute chalate hain. Agar hum deposit de dein aur baad mein cancel karna pade to kya paisa wapas milega? "
     "Aur website banane mein kitna time lagega?\nAmrita",
     (2025, 9, 27, 10, 0), IN)],
     spec="A question before buying: other (section 8).")

proj("Jaipur Rugs Gallery Retainer", "admin@jaipurrugsgallery.in", "2025-06-15T10:00:00")
owpay("v23a", "OWD-2025-423", "Jaipur Rugs Gallery Retainer", "retainer", "9000.00", "1620.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
owpay("v23b", "OWD-2025-424", "Jaipur Rugs Gallery Retainer", "retainer", "9000.00", "1620.00", "2025-09-26T10:00:00",
      period_start="2025-10-15", period_end="2025-11-14", next_billing_at="2025-11-15T00:00:00")
case("o23-jpr-retainer-advance-diya", OWB, "decided", [M("Jaipur Rugs Gallery <admin@jaipurrugsgallery.in>",
     "Retainer cancel - Jaipur Rugs Gallery Retainer",
     "Namaskar sa,\n\nJaipur Rugs Gallery Retainer cancel karna hai, gallery Delhi shift ho rahi hai aur wahan ki agency kaam karegi. "
     "Dhyan dein: agle mahine (15 Oct - 14 Nov) ka retainer humne advance mein de diya tha, OWD-2025-424.\n\nRenu Agarwal",
     (2025, 9, 29, 10, 0), IN)], [X("escalate")],
     spec="At least 7 days before 2025-10-15 but the next cycle is already paid (OWD-2025-424): escalate (section 8 retainer paid in advance).")

case("o24-auto-reply-hindi", OWB, "ignore", [M("Shree Ganesh Traders <accounts@ganeshtraders-kota.in>",
     "स्वचालित उत्तर: Refund Request — OWD-2025-425",
     "यह एक स्वचालित संदेश है। आपका ईमेल प्राप्त हो गया है, हम 48 घंटे में उत्तर देंगे।",
     (2025, 9, 28, 10, 0), IN, hdr={"In-Reply-To": "<owd.refund.425@mail.gmail.com>", "References": "<owd.refund.425@mail.gmail.com>", "Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied: ignore (C7).")

proj("Bhagalpur Silk Emporium", "silk@bhagalpursilk.in", "2025-09-10T10:00:00")
owpay("v25", "OWD-2025-426", "Bhagalpur Silk Emporium", "deposit", "20000.00", "3600.00", "2025-09-03T10:00:00")
case("o25-bgp-project-band-refund-nahi", OWB, "decided", [M("Bhagalpur Silk Emporium <silk@bhagalpursilk.in>",
     "Project cancel - Bhagalpur Silk Emporium / OWD-2025-426",
     "नमस्कार,\n\nBhagalpur Silk Emporium का website project हम बंद कर रहे हैं, बुनकरों की हड़ताल के कारण दुकान का काम ठप है। "
     "Deposit (OWD-2025-426) का refund नहीं चाहिए, काम शुरू हो चुका था। बस project बंद कर दीजिए और जो design बने हैं भेज दीजिए।\n\nअजय झुनझुनवाला",
     (2025, 9, 27, 10, 0), IN)], [X("cancel")],
     spec="Cancellation with project, invoice and reason; 'refund nahi chahiye' adds no refund (section 8): cancel (O8).")

sub("yogesh.rastogi@rastogijewellers.in", "Yogesh Rastogi", "quarterly",
    [("h39a", "LO-INV-92321", "2025-09-26T21:15:00", "2025-09-26"), ("h39b", "LO-INV-92322", "2025-09-26T21:16:00", "2025-09-26")],
    start="2025-09-26", end="2025-12-25")
case("l39-lko-outlook-hindi-self-forward", LOB, "decided", [M("Yogesh Rastogi <yogesh.rastogi@rastogijewellers.in>",
     "अग्रेषित: दो बार भुगतान",
     "ये मेल गलती से billing वाले पते की जगह अपने CA को चला गया था, दोबारा भेज रहा हूँ।\n\n"
     "प्रेषक: Yogesh Rastogi <yogesh.rastogi@rastogijewellers.in>\nभेजा गया: शनिवार, 27 सितंबर 2025 10:05 पूर्वाह्न\n"
     "प्रति: CA Office <office@guptaandco.in>\nविषय: दो बार भुगतान\n\n"
     "नमस्ते, कल रात LeadsOptima के तिमाही प्लान का ₹3,999.00 दो बार कट गया, LO-INV-92321 और LO-INV-92322। दूसरा वाला वापस करवाना है।\n"
     "योगेश रस्तोगी, रस्तोगी ज्वैलर्स, अमीनाबाद, लखनऊ\n",
     (2025, 9, 29, 12, 0), IN)], [R("approve", "3999.00")],
     spec="Outlook forward (Hindi UI) by the registered customer of his own mail: no C2; charges 2025-09-26, request 2025-09-29 (day 3): refund LO-INV-92322 3999.00 (L4).")

sub("irfan.siddiqui.gkp@gmail.com", "Irfan Siddiqui", "monthly",
    [("h40a", "LO-INV-92331", "2025-09-29T22:40:00", "2025-09-29"), ("h40b", "LO-INV-92332", "2025-09-29T22:41:00", "2025-09-29")],
    start="2025-09-29", end="2025-10-28")
case("l40-gkp-kal-raat-mixed-script", LOB, "decided", [M("Irfan Siddiqui <irfan.siddiqui.gkp@gmail.com>",
     "kal raat double payment हुआ",
     "Hello sir,\n\nकल रात monthly plan का payment करते time app hang हो गया और ₹1,499.00 do baar kat gaya (LO-INV-92331, LO-INV-92332). "
     "Dusra wala refund kar dijiye, same card mein.\n\nIrfan Siddiqui\nGolghar, Gorakhpur",
     (2025, 9, 30, 9, 15), IN)], [R("approve", "1499.00")],
     spec="'Kal raat' = 2025-09-29 evening; two paid monthly charges, request 2025-09-30 (day 1): refund LO-INV-92332 1499.00 (L4).")

proj("Alwar Kalakand Online", "orders@alwarkalakand.in")
owpay("v27", "OWD-2025-427", "Alwar Kalakand Online", "deposit", "12500.00", "2250.00", "2025-09-29T12:00:00")
case("o26-alw-invoice-chhote-akshar", OWB, "decided", [M("Alwar Kalakand <orders@alwarkalakand.in>",
     "Refund Request — Alwar Kalakand Online / owd 2025 427",
     "Ram Ram sa,\n\nAlwar Kalakand Online ke liye kal dopahar deposit diya tha, ref owd 2025 427. FSSAI wale online delivery ka license abhi nahi de rahe, "
     "isliye project abhi rokna padega. Deposit wapas kar dijiye sa.\n\nGhanshyam Sharma, Hope Circus, Alwar",
     (2025, 9, 30, 16, 0), IN)], [R("approve", "12500.00")], extra_ok=True,
     spec="Invoice typed lower-case with spaces matches OWD-2025-427 (section 8); paid 2025-09-29 12:00, request 2025-09-30 16:00 IST (28 h), no work: refund 12500.00 (O2).")


if __name__ == "__main__":
    out = build("hi")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
