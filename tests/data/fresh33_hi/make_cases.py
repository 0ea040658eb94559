"""fresh33 Hindi and Hinglish cases (qa33c): regenerate with `python3 make_cases.py`."""
# ---- kit (stdlib only) ----
import json, sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import message_from_bytes
from email.policy import SMTP, default
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
            mid = f"<{lang}.{num}.{i}.fresh33@mail.example>"
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
            name = f"emails/{num}-{short}" + (f"-{i + 1}" if len(c["msgs"]) > 1 else "") + ".eml"
            raw = msg.as_bytes(policy=SMTP)
            assert str(message_from_bytes(raw, policy=default)["Subject"]) == m["subj"], m["subj"]
            (HERE / name).write_bytes(raw)
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

IST, NPT, SGT = 330, 345, 480
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")
AUTO = {"Auto-Submitted": "auto-replied"}

# ---------------- LeadsOptima ----------------
cust("kasera.brass.vns@gmail.com", "Kasera Bartan Bhandar", "monthly", start="2025-09-25", end="2025-10-24")
lopay("hi_p01", "LO-INV-34101", "kasera.brass.vns@gmail.com", "monthly", *Mo, "2025-09-25T11:20:00", "2025-09-25", "2025-10-24")
lopay("hi_p02", "LO-INV-34102", "kasera.brass.vns@gmail.com", "monthly", *Mo, "2025-09-25T11:21:00", "2025-09-25", "2025-10-24")
case("l01-vns-thatheri-do-baar", LOB, "decided", [M("Kasera Bartan Bhandar <kasera.brass.vns@gmail.com>",
     "पैसा दो बार कटा",
     "महोदय,\n\nहम ठठेरी बाजार, वाराणसी में पीतल-तांबे के बर्तन की पुरानी दुकान चलाते हैं। गुरुवार 25 तारीख को आपका मासिक प्लान लिया तो खाते से 1499 रुपये दो बार कट गए, "
     "एक LO-INV-34101 और दूसरा LO-INV-34102। दुकान एक ही है, खाता एक ही है। दूसरा वाला पैसा वापस कर दीजिए।\n\n"
     "हर हर महादेव,\nरमेशचंद्र कसेरा\nकसेरा बर्तन भंडार, ठठेरी बाजार",
     (2025, 9, 27, 12, 40), IST)], [R("approve", "1499.00")], clauses="L4",
     spec="Two paid monthly charges 2025-09-25, same period; request 2025-09-27 IST day 2: refund LO-INV-34102 1499.00 (L4).")

cust("bundelkhand.agro.jhs@gmail.com", "Bundelkhand Agro Kendra", "annual", start="2025-09-22", end="2026-09-21")
lopay("hi_p03", "LO-INV-34111", "bundelkhand.agro.jhs@gmail.com", "annual", *A, "2025-09-22T18:45:00", "2025-09-22", "2026-09-21")
lopay("hi_p04", "LO-INV-34112", "bundelkhand.agro.jhs@gmail.com", "annual", *A, "2025-09-22T18:47:00", "2025-09-22", "2026-09-21")
case("l02-jhs-bundeli-day7", LOB, "decided", [M("Bundelkhand Agro Kendra <bundelkhand.agro.jhs@gmail.com>",
     "annual plan ka paisa 2 baar",
     "Ram Ram bhaiya,\n\nHamaao annual plan ko paisa 22 tarikh ki saanjh ko do baar kat gao, LO-INV-34111 aur LO-INV-34112, dono 11988 ke. "
     "Ek to humne hi liyo thao, doosro galti se kato hai. Doosro waalo wapas kar deo, bahut mehrbani.\n\n"
     "Halke Ram Yadav\nBundelkhand Agro Kendra, Sipri Bazar, Jhansi",
     (2025, 9, 29, 22, 15), IST)], [R("approve", "11988.00")], clauses="L3 day 7, L4",
     spec="Charges 2025-09-22 18:45/18:47 IST; request 2025-09-29 IST = day 7, inside (L3): refund LO-INV-34112 11988.00 (L4).")

cust("sengupta.prints.asn@gmail.com", "Sengupta Prints", "quarterly", start="2025-09-21", end="2025-12-20")
lopay("hi_p05", "LO-INV-34121", "sengupta.prints.asn@gmail.com", "quarterly", *Q, "2025-09-21T10:00:00", "2025-09-21", "2025-12-20")
lopay("hi_p06", "LO-INV-34122", "sengupta.prints.asn@gmail.com", "quarterly", *Q, "2025-09-21T10:01:00", "2025-09-21", "2025-12-20")
case("l03-asn-bengali-day8", LOB, "decided", [M("Sengupta Prints <sengupta.prints.asn@gmail.com>",
     "Double payment - please refund",
     "Nomoskar,\n\nAmi Asansol theke likhchi... sorry, Hindi me likhta hu. Mahalaya ke din, 21 tarik ko, quarterly plan ka payment do baar hua hai, LO-INV-34121 aur LO-INV-34122. "
     "Pujo ka bhid me dekh nahi paya, aaj statement dekha. Please second wala refund kar dijiye, Pujo ka kharcha bahut hai.\n\n"
     "Dhonnobad,\nSubrata Sengupta\nSengupta Prints, GT Road, Asansol",
     (2025, 9, 29, 11, 0), IST)], [R("deny")], clauses="L3",
     spec="Charges 2025-09-21; request 2025-09-29 IST = day 8, outside the 7-day window: deny (L3).")

cust("thamel.pashmina@wlink.example", "Thamel Pashmina House", "monthly", start="2025-09-22", end="2025-10-21")
lopay("hi_p07", "LO-INV-34131", "thamel.pashmina@wlink.example", "monthly", *Mo, "2025-09-22T15:00:00", "2025-09-22", "2025-10-21")
lopay("hi_p08", "LO-INV-34132", "thamel.pashmina@wlink.example", "monthly", *Mo, "2025-09-22T15:00:50", "2025-09-22", "2025-10-21")
case("l04-ktm-midnight-day7", LOB, "decided", [M("Thamel Pashmina House <thamel.pashmina@wlink.example>",
     "Do baar paisa katyo - refund",
     "Namaste ji,\n\nHum Kathmandu se likh rahe hain, Hindi thoda kamjor hai maaf kijiye. Ghatasthapana ke din (22 tarikh) aapka monthly plan ka paisa do baar kaat gaya, "
     "LO-INV-34131 aur LO-INV-34132. Abhi Dashain ka kaam khatam karke raat ko mail kar raha hun. Ek wala wapas dijiye na.\n\n"
     "Dhanyabad,\nPemba Sherpa\nThamel Pashmina House, Kathmandu",
     (2025, 9, 30, 0, 10), NPT)], [R("approve", "1499.00")], clauses="L3 counted in IST, L4",
     spec="Sent 2025-09-30 00:10 +05:45 = 2025-09-29 23:55 IST: request day 7 after the 2025-09-22 charges (inside, L3); refund LO-INV-34132 1499.00 (L4).")

cust("ravi.pillay.sg@singnet.example", "Ravi Pillay", "monthly", start="2025-09-21", end="2025-10-20")
lopay("hi_p09", "LO-INV-34141", "ravi.pillay.sg@singnet.example", "monthly", *Mo, "2025-09-21T16:30:00", "2025-09-21", "2025-10-20")
case("l05-sg-login-day7-by-ist", LOB, "decided", [M("Ravi Pillay <ravi.pillay.sg@singnet.example>",
     "cannot login lah - paisa wapas chahiye",
     "Hi team,\n\nMain Singapore se hun, Little India mein spice shop hai. 21st ko monthly plan liya, uske baad se login nahi ho raha, OTP aata hi nahi. "
     "Already one week plus liao, I know. Par aapka platform ek din bhi use nahi kar paya, so please refund the month.\n\nThanks ah,\nRavi Pillay\nPillay Spice Traders, Serangoon Road",
     (2025, 9, 29, 0, 30), SGT)], [R("escalate")], clauses="L3 counted in IST, L6",
     spec="Sent 2025-09-29 00:30 +08:00 = 2025-09-28 22:00 IST: request day 7 after the 2025-09-21 charge (inside); access failure: escalate (L6); the one charge fills the invoice.")

cust("kavitha.rao.kl@tmnet.example", "Kavitha Rao", "annual", start="2025-09-24", end="2026-09-23")
lopay("hi_p10", "LO-INV-34151", "kavitha.rao.kl@tmnet.example", "annual", *A, "2025-09-24T09:30:00", "2025-09-24", "2026-09-23")
case("l06-kl-galat-plan", LOB, "decided", [M("Kavitha Rao <kavitha.rao.kl@tmnet.example>",
     "Galat plan charge hua - LO-INV-34151",
     "Namaste,\n\nMera naam Kavitha hai, Brickfields, Kuala Lumpur se. Humne quarterly select kiya tha lekin aapne annual ka 11,988 charge kar diya (LO-INV-34151). "
     "Yeh galat plan hai, please difference wapas kijiye. Malaysia mein Deepavali sale aa raha hai, cash flow tight hai.\n\nTerima kasih / dhanyavaad,\nKavitha Rao\nRao Silks & Sarees, Jalan Tun Sambanthan",
     (2025, 9, 26, 15, 0), SGT)], [R("escalate")], clauses="L5",
     spec="Charged for the wrong plan (billing error) inside the window (charge 2025-09-24, request 2025-09-26 IST): escalate (L5).")

cust("ramlakhan.textile.surat@gmail.com", "Ramlakhan Textiles", "monthly", start="2025-09-20", end="2025-10-19")
for pid, inv, t in [("hi_p11", "LO-INV-34161", "2025-09-20T19:00:00"), ("hi_p12", "LO-INV-34162", "2025-09-21T19:00:00"), ("hi_p13", "LO-INV-34163", "2025-09-26T19:00:00")]:
    lopay(pid, inv, "ramlakhan.textile.surat@gmail.com", "monthly", *Mo, t, "2025-09-20", "2025-10-19")
case("l07-surat-bhojpuri-teen-baar", LOB, "decided", [M("Ramlakhan Textiles <ramlakhan.textile.surat@gmail.com>",
     "tin baar paisa kat gail",
     "Pranam sir,\n\nHum Ramlakhan, Surat ke Udhna mein kapda ka chhota karobar ba. Ee mahina ke plan ke paisa teen baar kat gail: 20 tarikh, 21 tarikh aur 26 tarikh, "
     "LO-INV-34161, LO-INV-34162, LO-INV-34163. Ek hi plan ba hamar. Baaki do baar ke paisa lautaa dijiye.\n\n"
     "Ramlakhan Yadav\nRamlakhan Textiles, Udhna, Surat (ghar: Ballia)",
     (2025, 9, 29, 20, 0), IST)], [R("approve", "1499.00")], clauses="section 8 three identical charges, L3",
     spec="Three paid monthly charges of one period: 09-21 and 09-26 are duplicates; request 2025-09-29 IST: 09-21 is day 8 (out), 09-26 day 3 (in): refund 1499.00 (section 8).")

cust("sonu.mobile.kurla@gmail.com", "Sonu Mobile Point", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p14", "LO-INV-34171", "sonu.mobile.kurla@gmail.com", "monthly", *Mo, "2025-09-26T13:00:00", "2025-09-26", "2025-10-25")
case("l08-kurla-bhojpuri-login", LOB, "decided", [M("Sonu Mobile Point <sonu.mobile.kurla@gmail.com>",
     "login na hot ba",
     "sir ji\n\nham Kurla se Sonu bol rahe hain. parso paisa bhara tab se login nahi ho raha, password dalte hi page ghoom ke wapas aa jaata hai. "
     "dukaan pe customer ka number sab usi me rakha tha. ya to chalu karo ya paisa wapas karo.\n\nSonu Gupta\nSonu Mobile Point, Kurla West",
     (2025, 9, 28, 21, 30), IST)], [R("escalate")], clauses="L6",
     spec="Access failure; single charge LO-INV-34171 2025-09-26, request 2025-09-28 IST day 2: escalate (L6).")

cust("accounts@dwivedisweets.example", "Dwivedi Sweets", "annual", start="2025-04-01", end="2026-03-31")
lopay("hi_p15", "LO-INV-34181", "accounts@dwivedisweets.example", "annual", *A, "2025-04-01T11:00:00", "2025-04-01", "2026-03-31")
case("l09-ca-junior-for-client", LOB, "need_info", [M("Agarwal & Jain Associates <audit.junior@agarwaljainca.example>",
     "Client: Dwivedi Sweets - LeadsOptima cancellation",
     "Respected Sir/Madam,\n\nWe are the Chartered Accountants of M/s Dwivedi Sweets. Our client wishes to cancel the annual LeadsOptima subscription registered with accounts@dwivedisweets.example, "
     "as they are reducing software expenses this financial year. Kindly confirm the last date of access to us for our records.\n\n"
     "Regards,\nCA Article Assistant\nAgarwal & Jain Associates, Chartered Accountants",
     (2025, 9, 26, 17, 30), IST)], rules=["C2"], clauses="C2",
     spec="The CA firm writes from its own address for the client's account: C2, ask for the request from accounts@dwivedisweets.example; nothing disclosed.")

case("l10-ca-junior-three-clients", LOB, "need_info", [M("Agarwal & Jain Associates <audit.junior@agarwaljainca.example>",
     "3 clients - subscription band karna hai",
     "Sir,\n\nHamare teen clients ke LeadsOptima plan band karne hain, partner sir ne bola ek hi mail me bhej do:\n"
     "1) M/s Dwivedi Sweets - accounts@dwivedisweets.example\n2) M/s Shukla Tent House - shuklatent@example.in\n3) M/s Banaras Silk Emporium - silk.emporium@example.in\n"
     "Sab clients budget kam kar rahe hain. Teeno ka last date bata dijiye.\n\nDhanyavaad,\nAnkit (Article)\nAgarwal & Jain Associates",
     (2025, 9, 29, 16, 0), IST)], rules=["C2"], clauses="C2, several accounts from a third party",
     spec="A third party (the CA firm) writes for three accounts, none from its registered address: C2, each must write from its registered email; nothing disclosed.")

cust("director@gyanjyoticlasses.example", "Gyan Jyoti Classes", "annual", start="2025-06-10", end="2026-06-09")
lopay("hi_p16", "LO-INV-34191", "director@gyanjyoticlasses.example", "annual", *A, "2025-06-10T10:00:00", "2025-06-10", "2026-06-09")
case("l11-sagar-coaching-batch-band", LOB, "decided", [M("Gyan Jyoti Classes <director@gyanjyoticlasses.example>",
     "plan cancel + refund",
     "Namaskar,\n\nHamara coaching centre (Sagar, MP ke Bundelkhand side) ka evening batch band ho gaya hai kyunki students Indore shift ho gaye. "
     "LeadsOptima ke leads ki ab zarurat nahi. Annual plan cancel kar dijiye aur jo mahine bache hain unka paisa refund kar dijiye.\n\n"
     "Director\nGyan Jyoti Classes, Katra Bazar, Sagar",
     (2025, 9, 27, 18, 0), IST)], [R("deny"), X("cancel", "2026-06-09")], clauses="L1, L8",
     spec="Unused months are not an exception: refund denied (L1); cancel, active until current_period_end 2026-06-09 (L8).")

cust("nyas@kamadgiritrust.example", "Kamadgiri Seva Nyas", "quarterly", start="2025-08-15", end="2025-11-14")
lopay("hi_p17", "LO-INV-34201", "nyas@kamadgiritrust.example", "quarterly", *Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
case("l12-chitrakoot-temple-trust", LOB, "decided", [M("Kamadgiri Seva Nyas <nyas@kamadgiritrust.example>",
     "सदस्यता समाप्ति हेतु",
     "सेवा में,\nलीड्सऑप्टिमा सहायता विभाग\n\nविषय: त्रैमासिक सदस्यता समाप्त करने हेतु\n\nमहोदय,\n\nसविनय निवेदन है कि न्यास की बैठक दिनांक 25.09.2025 में निर्णय लिया गया कि "
     "दीपदान मेले की सूचना अब केवल मंदिर के सूचना पटल एवं समाचार पत्र से दी जाएगी। अतः न्यास की त्रैमासिक सदस्यता समाप्त करने की कृपा करें।\n\n"
     "भवदीय,\nसचिव\nकामदगिरि सेवा न्यास, चित्रकूट",
     (2025, 9, 26, 11, 0), IST)], [X("cancel", "2025-11-14")], clauses="L8",
     spec="Formal Devanagari cancellation: active until current_period_end 2025-11-14 (L8).")

cust("annapurna.caterers.vns@gmail.com", "Annapurna Caterers", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p18", "LO-INV-34211", "annapurna.caterers.vns@gmail.com", "monthly", *Mo, "2025-09-27T12:00:00", "2025-09-27", "2025-10-26")
case("l13-vns-caterer-saadi-season", LOB, "decided", [M("Annapurna Caterers <annapurna.caterers.vns@gmail.com>",
     "urgent - dashboard khul hi nahi raha",
     "Sir,\n\nShaadi ka season shuru hone wala hai, November ki 40 booking ki enquiry aapke system me aani thi. Saturday ko monthly renew kiya, "
     "tab se dashboard not loading, bas circle ghoomta rehta hai. Do din se ek bhi enquiry nahi dekh paye. Paise wapas kijiye, hum purane register pe chale jayenge.\n\n"
     "Manoj Jaiswal\nAnnapurna Caterers, Lanka, Varanasi",
     (2025, 9, 29, 10, 0), IST)], [R("escalate")], clauses="L6",
     spec="Access failure ('dashboard not loading'); single charge 2025-09-27, request 2025-09-29 IST day 2: escalate (L6).")

cust("jaimatadi.tent@gmail.com", "Jai Mata Di Tent House", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p19", "LO-INV-34221", "jaimatadi.tent@gmail.com", "monthly", *Mo, "2025-09-26T12:00:00", "2025-09-26", "2025-10-25")
case("l14-banda-no-reason", LOB, "need_info", [M("Jai Mata Di Tent House <jaimatadi.tent@gmail.com>",
     "Refund LO-INV-34221",
     "Sriman ji,\n\nLO-INV-34221 ka refund karne ki kripa karein. Jaldi karwa dijiye.\n\nJai Mata Di 🙏\nNavratri ki hardik shubhkamnayein\n\nRajkumar Gupta\nJai Mata Di Tent House, Banda (UP)",
     (2025, 9, 28, 10, 0), IST)], missing=["reason"], clauses="section 8 what a reason is",
     spec="Only the request, a blessing and festival greetings: no reason; invoice given, plan from the ledger: ask for the reason (C3).")

cust("basak.electricals.bdn@gmail.com", "Basak Electricals", "monthly", start="2025-09-24", end="2025-10-23")
lopay("hi_p20", "LO-INV-34231", "basak.electricals.bdn@gmail.com", "monthly", *Mo, "2025-08-24T12:00:00", "2025-08-24", "2025-09-23")
lopay("hi_p21", "LO-INV-34232", "basak.electricals.bdn@gmail.com", "monthly", *Mo, "2025-09-24T12:00:00", "2025-09-24", "2025-10-23")
case("l15-bardhaman-no-invoice", LOB, "need_info", [M("Basak Electricals <basak.electricals.bdn@gmail.com>",
     "wrong amount",
     "Namaskar,\n\nHum Bardhaman, BC Road se likh rahe hai. Aapka salesman bola tha ki Pujo offer me 999 lagega, lekin account se zyada paise kate. "
     "Ye galat amount hai, please baaki paisa wapas kijiye.\n\nDhonnobad\nTapas Basak",
     (2025, 9, 26, 12, 0), IST)], missing=["invoice_number"], clauses="C3",
     spec="Verified sender with two charges (Aug and Sep), billing error claimed, no invoice named: ask for the invoice number (C3).")

cust("pandey.stationers.vns@gmail.com", "Pandey Stationers", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("hi_p22", "LO-INV-34241", "pandey.stationers.vns@gmail.com", "quarterly", *Q, "2025-09-25T17:00:00", "2025-09-25", "2025-12-24")
lopay("hi_p23", "LO-INV-34242", "pandey.stationers.vns@gmail.com", "quarterly", *Q, "2025-09-25T17:00:30", "2025-09-25", "2025-12-24")
case("l16-vns-thread-reason", LOB, "decided", [
    M("Pandey Stationers <pandey.stationers.vns@gmail.com>", "LO-INV-34242 wapas karein",
      "Namaskar,\n\nLO-INV-34242 wala payment wapas kar dijiye.\n\nVishwanath Pandey\nPandey Stationers, Godowlia",
      (2025, 9, 26, 11, 0), IST),
    M("Pandey Stationers <pandey.stationers.vns@gmail.com>", "Re: LO-INV-34242 wapas karein",
      "Ji, karan yeh hai ki ek hi quarterly plan ka payment do baar ho gaya, 34241 aur 34242, dono 25 tarikh shaam ke. 34242 doosra hai.\n\nPandey",
      (2025, 9, 30, 12, 0), IST)], [R("approve", "3999.00")], clauses="C3 thread, L4",
     spec="First mail (2025-09-26, day 1) has no reason; the answer says paid twice: pair of paid quarterly charges 2025-09-25: refund 3999.00 (L4).")

cust("mishra.medical.jhs@gmail.com", "Mishra Medical Hall", "annual", start="2025-09-24", end="2026-09-23")
lopay("hi_p24", "LO-INV-34251", "mishra.medical.jhs@gmail.com", "quarterly", *Q, "2025-06-24T12:00:00", "2025-06-24", "2025-09-23")
lopay("hi_p25", "LO-INV-34252", "mishra.medical.jhs@gmail.com", "annual", *A, "2025-09-24T12:00:00", "2025-09-24", "2026-09-23")
case("l17-jhs-thread-invoice", LOB, "decided", [
    M("Mishra Medical Hall <mishra.medical.jhs@gmail.com>", "galat plan ka paisa",
      "सर,\n\nहमें quarterly ही continue करना था, पर इस बार annual का पैसा काट लिया गया। ये wrong plan है। अंतर का पैसा लौटाइए।\n\nडॉ. सुरेश मिश्रा\nमिश्रा मेडिकल हॉल, झाँसी",
      (2025, 9, 27, 19, 0), IST),
    M("Mishra Medical Hall <mishra.medical.jhs@gmail.com>", "Re: galat plan ka paisa",
      "Invoice number: lo-inv-34252\n\nDr. Mishra\n\n> सर, हमें quarterly ही continue करना था, पर इस बार annual का पैसा काट लिया गया।",
      (2025, 9, 30, 9, 0), IST)], [R("escalate")], clauses="C3 thread, L5",
     spec="First mail: wrong plan, two charges on the account, no invoice; the answer names LO-INV-34252. Request 2025-09-27 IST day 3 after 2025-09-24: escalate (L5).")

cust("tripathi.jewellers.vns@gmail.com", "Tripathi Jewellers", "monthly", start="2025-09-25", end="2025-10-24")
lopay("hi_p26", "LO-INV-34261", "tripathi.jewellers.vns@gmail.com", "monthly", *Mo, "2025-09-25T12:00:00", "2025-09-25", "2025-10-24")
lopay("hi_p27", "LO-INV-34262", "tripathi.jewellers.vns@gmail.com", "monthly", *Mo, "2025-09-25T12:00:40", "2025-09-25", "2025-10-24")
case("l18-vns-upbhokta-forum", LOB, "decided", [M("Tripathi Jewellers <tripathi.jewellers.vns@gmail.com>",
     "दोहरा भुगतान - LO-INV-34262",
     "महोदय,\n\n25 सितंबर को मासिक योजना का भुगतान दो बार हुआ (LO-INV-34261 व LO-INV-34262)। सात दिन के भीतर दूसरा भुगतान वापस न हुआ तो "
     "हम उपभोक्ता फोरम में शिकायत दर्ज करेंगे।\n\nअनिल त्रिपाठी\nत्रिपाठी ज्वेलर्स, चौक, वाराणसी",
     (2025, 9, 27, 13, 0), IST)], [R("escalate")], rules=["C4"], clauses="C4 consumer forum (Devanagari)",
     spec="A threat to complain to the consumer forum (उपभोक्ता फोरम): escalate (C4), though L4 would approve.")

cust("shyam.transport.mirzapur@gmail.com", "Shyam Transport", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("hi_p28", "LO-INV-34271", "shyam.transport.mirzapur@gmail.com", "quarterly", *Q, "2025-09-26T12:00:00", "2025-09-26", "2025-12-25")
case("l19-mzp-chargeback", LOB, "decided", [M("Shyam Transport <shyam.transport.mirzapur@gmail.com>",
     "paisa wapas karo warna chargeback",
     "Bhai sahab,\n\n26 ko plan renew hua aur tab se login nahi ho raha. Teen din se truck ki booking atki padi hai. Kal tak paisa wapas nahi aaya to "
     "bank me chargeback daal denge, bank manager se baat ho gayi hai.\n\nShyam Sundar\nShyam Transport, Mirzapur",
     (2025, 9, 29, 9, 30), IST)], [R("escalate")], rules=["C4"], clauses="C4",
     spec="A chargeback threat: escalate (C4); L6 would also escalate the access failure.")

cust("bajaj.hardware.orai@gmail.com", "Bajaj Hardware", "monthly", start="2025-09-28", end="2025-10-27")
lopay("hi_p29", "LO-INV-34281", "bajaj.hardware.orai@gmail.com", "monthly", *Mo, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lopay("hi_p30", "LO-INV-34282", "bajaj.hardware.orai@gmail.com", "monthly", *Mo, "2025-09-28T10:00:30", "2025-09-28", "2025-10-27")
case("l20-orai-chargeback-nahi", LOB, "decided", [M("Bajaj Hardware <bajaj.hardware.orai@gmail.com>",
     "2 baar payment hua",
     "Namaste,\n\nKal monthly plan ka payment 2 baar ho gaya, LO-INV-34281 aur LO-INV-34282. Bank wale bol rahe the chargeback daal do, par hum chargeback nahi karna chahte, "
     "aapse seedha baat karna theek hai. Doosra wala wapas kar dijiye.\n\nPawan Bajaj\nBajaj Hardware, Orai (Jalaun)",
     (2025, 9, 29, 11, 30), IST)], [R("approve", "1499.00")], clauses="C4 ruled out, L4",
     spec="The chargeback is ruled out by the customer (no threat); pair of paid charges 2025-09-28, request day 1: refund LO-INV-34282 1499.00 (L4).")

cust("gupta.tent.hamirpur@gmail.com", "Gupta Tent House", "monthly", start="2025-09-10", end="2025-10-09")
lopay("hi_p31", "LO-INV-34291", "gupta.tent.hamirpur@gmail.com", "monthly", *Mo, "2025-09-10T12:00:00", "2025-09-10", "2025-10-09")
case("l21-hamirpur-cancel-vakil", LOB, "decided", [M("Gupta Tent House <gupta.tent.hamirpur@gmail.com>",
     "plan band karo turant",
     "Plan abhi ke abhi band karo. Do mahine se bol rahe hain. Agli baar paisa kata to seedha vakil se notice bhijwa denge, samjhe.\n\nGupta Tent House, Hamirpur",
     (2025, 9, 25, 20, 0), IST)], [X("escalate")], rules=["C4"], clauses="C4 covers the whole case",
     spec="A threat of a lawyer's (vakil's) notice: the cancellation is escalated too (C4, section 8).")

cust("khushi.boutique.datia@gmail.com", "Khushi Boutique", "monthly", status="trial", trial_ends="2025-10-04")
case("l22-datia-trial", LOB, "decided", [M("Khushi Boutique <khushi.boutique.datia@gmail.com>",
     "refund chahiye",
     "Hello,\n\nMaine free trial liya tha pichhle hafte. Mujhe samajh nahi aaya kaise chalana hai aur boutique ke liye kaam ka nahi laga. Mera paisa refund kar do please.\n\nKhushi\nDatia",
     (2025, 9, 30, 16, 0), IST)], [R("deny")], extra_ok=True, clauses="L7",
     spec="Free-trial account, no charges: nothing to refund (L7); the reply says no billing occurs unless she subscribes.")

case("l23-auto-reply-hindi", LOB, "ignore", [M("Kasera Bartan Bhandar <kasera.brass.vns@gmail.com>",
     "स्वचालित उत्तर: पैसा दो बार कटा",
     "नमस्कार, दुकान नवरात्रि में 2 अक्टूबर तक बंद है। भुगतान या रिफंड संबंधी बात के लिए बाद में संपर्क करें।",
     (2025, 9, 28, 9, 0), IST, hdr=AUTO)], rules=["C7"], clauses="C7",
     spec="Auto-Submitted: auto-replied: ignore (C7).")

case("l24-list-newsletter", LOB, "ignore", [M("Vyapari Samachar <news@vyaparisamachar.example>",
     "Vyapari Samachar: online software ka refund kaise len",
     "Is hafte: GST ke naye niyam, software subscription cancel kaise karein, do baar payment kat jaye to kya karein.\n\nUnsubscribe: https://vyaparisamachar.example/u",
     (2025, 9, 29, 7, 0), IST, hdr={"List-Id": "<saptahik.vyaparisamachar.example>", "Precedence": "bulk"})], rules=["C7"], clauses="C7 List-Id",
     spec="Mailing-list mail (List-Id, Precedence: bulk): ignore (C7).")

case("l25-gst-bill-refund-nahi", LOB, "other", [M("Tripathi Jewellers <tripathi.jewellers.vns@gmail.com>",
     "GST bill chahiye",
     "Namaskar,\n\nRefund nahi chahiye, sab theek hai. Bas LO-INV-34261 ka GST wala bill hamare GSTIN ke saath bhej dijiye, CA sahab maang rahe hain.\n\nAnil Tripathi",
     (2025, 9, 30, 12, 0), IST)], clauses="section 8 negation",
     spec="'Refund nahi chahiye' plus a GST invoice request: other.")

case("l26-hypothetical-annual", LOB, "other", [M("Neha Chaurasia <neha.paan.vns@example.in>",
     "annual lene se pehle ek sawal",
     "Hi,\n\nHum annual plan lene ki soch rahe hain. Agar lene ke baad pasand nahi aaya to kya paise wapas milenge? Ya sirf monthly lena sahi rahega? Bata dijiye.\n\nNeha\nChaurasia Paan Bhandar, Varanasi",
     (2025, 9, 28, 17, 0), IST)], clauses="section 8 hypotheticals",
     spec="A policy question before buying: other.")

case("l27-dhanyavad", LOB, "other", [M("Sonu Mobile Point <sonu.mobile.kurla@gmail.com>",
     "thank you sir",
     "sir ji login chalu ho gaya, aapke banda ne phone pe help kiya. bahut dhanyavaad, ab koi dikkat nahi.\n\nSonu",
     (2025, 9, 30, 13, 0), IST)], clauses="thanks",
     spec="A thank-you; nothing asked: other.")

cust("lalit.kirana.lalitpur@gmail.com", "Lalit Kirana Store", "monthly")
lopay("hi_p32", "LO-INV-34301", "lalit.kirana.lalitpur@gmail.com", "monthly", *Mo, "2025-08-19T18:00:00")
lopay("hi_p33", "LO-INV-34302", "lalit.kirana.lalitpur@gmail.com", "monthly", *Mo, "2025-09-19T18:00:00")
case("l28-lalitpur-fallback", LOB, "decided", [M("Lalit Kirana Store <lalit.kirana.lalitpur@gmail.com>",
     "मासिक प्लान बंद करना है",
     "नमस्ते,\n\nहमारा मासिक प्लान बंद कर दीजिए। दुकान पर बेटा बैठता है, उसे ये सॉफ्टवेयर समझ नहीं आता।\n\nललित जैन\nललित किराना स्टोर, ललितपुर",
     (2025, 9, 27, 10, 0), IST)], [X("cancel", "2025-10-18")], clauses="L8 fallback",
     spec="No current_period_end on record: last charge 2025-09-19 + 1 month - 1 day = 2025-10-18 (L8).")

cust("meena.sg.sweets@singnet.example", "Meena Sweets Singapore", "quarterly")
lopay("hi_p34", "LO-INV-34311", "meena.sg.sweets@singnet.example", "quarterly", *Q, "2025-08-01T01:00:00+08:00")
case("l29-sg-offset-fallback", LOB, "decided", [M("Meena Sweets <meena.sg.sweets@singnet.example>",
     "Quarterly plan cancel karna hai",
     "Hello ji,\n\nHumara quarterly plan 1 August ko renew hua tha (raat 1 baje Singapore time, auto-debit). Ab humne shop ka online order wala kaam band kar diya hai, "
     "so please cancel kar dijiye. Diwali ke orders ab sirf phone pe lenge.\n\nThanks,\nMeena Krishnan\nMeena Sweets, Race Course Road, Singapore",
     (2025, 9, 24, 14, 0), SGT)], [X("cancel", "2025-10-30")], clauses="section 8 ledger offsets, L8 fallback",
     spec="Charge 2025-08-01 01:00 +08:00 = 2025-07-31 22:30 IST; no period end on record: 2025-07-31 + 3 months - 1 day = 2025-10-30 (L8).")

case("l30-reply-to-not-verify", LOB, "need_info", [M("Rajkumar Gupta <rajkumar.gupta.banda@yahoo.example>",
     "plan cancel",
     "Namaste, Jai Mata Di Tent House ka plan band kar dijiye, shaadi season ke baad dekhenge. Reply isi mail pe mat karna, dukaan wali id pe karna.\n\nRajkumar",
     (2025, 9, 29, 18, 0), IST, hdr={"Reply-To": "jaimatadi.tent@gmail.com"})], rules=["C2"], clauses="section 8 addresses, Reply-To",
     spec="From a personal address; Reply-To the registered email never verifies anyone (section 8): C2.")

cust("rathore.dairy.tikamgarh@gmail.com", "Rathore Dairy", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("hi_p35", "LO-INV-34321", "rathore.dairy.tikamgarh@gmail.com", "quarterly", *Q, "2025-09-27T08:00:00", "2025-09-27", "2025-12-26")
lopay("hi_p36", "LO-INV-34322", "rathore.dairy.tikamgarh@gmail.com", "quarterly", *Q, "2025-09-27T08:01:00", "2025-09-27", "2025-12-26")
case("l31-tikamgarh-refund-and-cancel", LOB, "decided", [M("Rathore Dairy <rathore.dairy.tikamgarh@gmail.com>",
     "दो बार पैसा + plan बंद",
     "Namaskar,\n\nदो बातें हैं। पहली, शनिवार सुबह quarterly plan का पैसा दो बार कट गया, LO-INV-34321 और LO-INV-34322, दूसरा वापस कीजिए। "
     "दूसरी, अब आगे ये plan नहीं चलाना, दूध का काम सहकारी समिति को दे दिया है, तो plan बंद कर दीजिए।\n\nमहेंद्र सिंह राठौर\nराठौर डेयरी, टीकमगढ़",
     (2025, 9, 30, 8, 0), IST)], [R("approve", "3999.00"), X("cancel", "2025-12-26")], clauses="L4, L8",
     spec="Pair of paid quarterly charges 2025-09-27, request 2025-09-30 day 3: refund LO-INV-34322 3999.00 (L4); cancel, active until 2025-12-26 (L8).")

cust("ojha.books.ballia@gmail.com", "Ojha Book Depot", "monthly", start="2025-09-25", end="2025-10-24")
lopay("hi_p37", "LO-INV-34331", "ojha.books.ballia@gmail.com", "monthly", *Mo, "2025-09-25T12:00:00", "2025-09-25", "2025-10-24")
lopay("hi_p38", "LO-INV-34332", "ojha.books.ballia@gmail.com", "monthly", *Mo, "2025-09-25T12:00:20", "2025-09-25", "2025-10-24", status="failed")
case("l32-mumbai-second-failed", LOB, "decided", [M("Ojha Book Depot <ojha.books.ballia@gmail.com>",
     "do baar paisa kata - LO-INV-34332",
     "Pranam,\n\nHum Ballia ke hain, abhi Mumbai Ghatkopar me kitab ka stall lagate hain. 25 ko monthly ka paisa do baar kata dikha raha hai passbook me, LO-INV-34331 aur LO-INV-34332. "
     "Doosra wala wapas kar dijiye.\n\nRamji Ojha",
     (2025, 9, 27, 19, 0), IST)], [R("escalate")], clauses="section 8 payments not paid",
     spec="LO-INV-34332 is recorded as failed: no pair of paid charges, and a refund of a payment not paid is escalated (section 8).")

cust("kesarwani.oil.prayag@gmail.com", "Kesarwani Oil Mill", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p39", "LO-INV-34341", "kesarwani.oil.prayag@gmail.com", "monthly", *Mo, "2025-08-26T12:00:00", "2025-08-26", "2025-09-25")
lopay("hi_p40", "LO-INV-34342", "kesarwani.oil.prayag@gmail.com", "monthly", *Mo, "2025-09-26T12:00:00", "2025-09-26", "2025-10-25")
case("l33-cancel-ke-baad-charge", LOB, "decided", [M("Kesarwani Oil Mill <kesarwani.oil.prayag@gmail.com>",
     "cancel ke baad bhi paisa kata",
     "Sir,\n\nMaine 20 tarikh ko Billing > Cancel Plan se plan cancel kiya tha, screenshot bhi hai. Phir bhi 26 ko paisa kat gaya, invoice lo inv 34342. "
     "Ye billing mistake hai, paisa lautaiye.\n\nRakesh Kesarwani\nKesarwani Oil Mill, Mughalsarai",
     (2025, 9, 28, 15, 0), IST)], [R("escalate")], clauses="L5, section 8 invoice references",
     spec="'lo inv 34342' is LO-INV-34342; charged after cancelling (billing error), charge 2025-09-26, request 2025-09-28 day 2: escalate (L5).")

cust("mahoba.paan@gmail.com", "Mahoba Paan Bhandar", "monthly", start="2025-09-19", end="2025-10-18")
lopay("hi_p41", "LO-INV-34351", "mahoba.paan@gmail.com", "monthly", *Mo, "2025-09-19T12:00:00", "2025-09-19", "2025-10-18")
lopay("hi_p42", "LO-INV-34352", "mahoba.paan@gmail.com", "monthly", *Mo, "2025-09-19T12:02:00", "2025-09-19", "2025-10-18")
case("l34-mahoba-day10", LOB, "decided", [M("Mahoba Paan Bhandar <mahoba.paan@gmail.com>",
     "do baar kata, pitrapaksh me dekh nahi paye",
     "Namaskar,\n\nPitru paksh chal raha tha to hisaab nahi dekha. Ab dekha ki 19 tarikh ko monthly ka 1499 do baar kata hai, LO-INV-34351 aur LO-INV-34352. "
     "Thoda late ho gaya par wapas kar dijiye.\n\nChhote Lal Chaurasia\nMahoba",
     (2025, 9, 29, 11, 0), IST)], [R("deny")], clauses="L3",
     spec="Charges 2025-09-19; request 2025-09-29 = day 10: outside the 7-day window: deny (L3).")

case("l35-other-brand-client", LOB, "need_info", [M("Shree Ganesh Caterers <ganesh.caterers.surat@gmail.com>",
     "website ka advance wapas",
     "Namaste,\n\nHumne website banwane ke liye advance diya tha, ab shaadi season me time nahi hai to website nahi banwani. Advance wapas kar dijiye.\n\nGanesh Caterers, Surat",
     (2025, 9, 29, 12, 0), IST)], rules=["C2"], clauses="section 8 other brand's customer",
     spec="Sent to LeadsOptima by a sender unknown in its ledger: any unknown sender (C2, C3).")

cust("bhola.dhaba.chhatarpur@gmail.com", "Bhola Dhaba", "quarterly", start="2025-08-05", end="2025-11-04")
lopay("hi_p43", "LO-INV-34361", "bhola.dhaba.chhatarpur@gmail.com", "quarterly", *Q, "2025-08-05T12:00:00", "2025-08-05", "2025-11-04")
case("l36-chhatarpur-band-karo", LOB, "decided", [M("Bhola Dhaba <bhola.dhaba.chhatarpur@gmail.com>",
     "band karo",
     "plan band kar do bhaiya\n\nBhola",
     (2025, 9, 26, 22, 0), IST)], [X("cancel", "2025-11-04")], clauses="L8, reason not required",
     spec="Cancellation with no reason is not held up: cancel, active until current_period_end 2025-11-04 (L8).")

case("l37-own-billing-address-loop", LOB, "ignore", [M("LeadsOptima Billing <billing@leadsoptima.com>",
     "Bhugtan prapt hua / Payment received LO-INV-34322",
     "प्रिय ग्राहक, आपका भुगतान ₹3,999.00 (Quarterly plan) प्राप्त हुआ। रिफंड या रद्द करने के लिए 7 दिन के भीतर support@leadsoptima.com पर लिखें।\n\nLeadsOptima Billing",
     (2025, 9, 27, 8, 5), IST)], rules=["C7"], clauses="C7 brand's own address",
     spec="Mail from the brand's own billing address (a Hindi receipt looped back into the inbox): ignore (C7).")

# ---------------- Optima WebDesign ----------------
proj("Rasoi Booking Site", "shahi.rasoi.caterers@gmail.com")
owpay("hi_w01", "OWD-2025-401", "Rasoi Booking Site", "deposit", "20000.00", "3600.00", "2025-09-27T11:00:00")
case("w01-caterer-deposit-in-time", OWB, "decided", [M("Shahi Rasoi Caterers <shahi.rasoi.caterers@gmail.com>",
     "Refund Request — Rasoi Booking Site / OWD-2025-401",
     "Namaste,\n\nShanivaar ko Rasoi Booking Site ke liye 20,000 + GST advance diya tha (OWD-2025-401). Ab shaadi season ke order itne aa gaye ki website ka kaam dekhne ka time hi nahi hai, "
     "agle saal karwayenge. Advance wapas kar dijiye, abhi kaam shuru nahi hua hoga.\n\nDhanyavaad,\nIrfan Qureshi\nShahi Rasoi Caterers, Madanpura, Varanasi",
     (2025, 9, 29, 18, 0), IST)], [R("approve", "20000.00")], extra_ok=True, clauses="O2",
     spec="Deposit paid 2025-09-27 11:00 IST, request 2025-09-29 18:00 IST (55 h), no work started: full refund 20000.00 before tax (O2).")

proj("Banarasi Saree Catalogue", "vishwanath.sarees@gmail.com")
owpay("hi_w02", "OWD-2025-402", "Banarasi Saree Catalogue", "deposit", "25000.00", "4500.00", "2025-09-26T10:30:00")
case("w02-vns-deposit-73h", OWB, "decided", [M("Vishwanath Sarees <vishwanath.sarees@gmail.com>",
     "advance wapas - Banarasi Saree Catalogue OWD-2025-402",
     "सर,\n\nशुक्रवार सुबह साढ़े दस बजे Banarasi Saree Catalogue का advance दिया था (OWD-2025-402)। बड़े भाई साहब नहीं माने, कह रहे हैं गद्दी का काम पुराने तरीके से ही चलेगा। "
     "कृपया advance लौटा दीजिए।\n\nशिवप्रसाद\nविश्वनाथ साड़ी, कुंजगली, वाराणसी",
     (2025, 9, 29, 11, 30), IST)], [R("deny")], extra_ok=True, clauses="O2",
     spec="Deposit paid 2025-09-26 10:30 IST; request 2025-09-29 11:30 IST = 73 hours: not before 72 hours: deny (O2).")

proj("Seva Portal", "trust@sevanyas-datia.example")
owpay("hi_w03", "OWD-2025-403", "Seva Portal", "discovery", "12000.00", "2160.00", "2025-09-18T12:00:00")
case("w03-datia-trust-discovery", OWB, "decided", [M("Seva Nyas Datia <trust@sevanyas-datia.example>",
     "डिस्कवरी शुल्क वापसी - Seva Portal - OWD-2025-403",
     "सेवा में,\nऑप्टिमा वेबडिज़ाइन\n\nमहोदय,\n\nन्यास ने Seva Portal हेतु डिस्कवरी शुल्क (OWD-2025-403) दिनांक 18.09.2025 को जमा किया था। न्यासियों की बैठक में निर्णय हुआ कि "
     "दान हेतु पोर्टल फिलहाल नहीं बनेगा, क्योंकि ट्रस्ट डीड में संशोधन लंबित है। अभी तक आपके साथ कोई बैठक या कार्य आरंभ नहीं हुआ है। कृपया शुल्क वापस करने की कृपा करें।\n\n"
     "भवदीय,\nकोषाध्यक्ष\nसेवा न्यास, दतिया",
     (2025, 9, 26, 12, 0), IST)], [R("approve", "12000.00")], extra_ok=True, clauses="O1",
     spec="Discovery with no session or deliverable started: full refund 12000.00 before tax (O1).")

proj("Toppers Admission Portal", "admin@lakshyacoaching.example", "2025-09-22T16:00:00")
owpay("hi_w04", "OWD-2025-404", "Toppers Admission Portal", "discovery", "15000.00", "2700.00", "2025-09-19T12:00:00")
case("w04-coaching-discovery-started", OWB, "decided", [M("Lakshya Coaching <admin@lakshyacoaching.example>",
     "discovery fees refund OWD-2025-404",
     "Sir,\n\nToppers Admission Portal ke liye discovery call 22 ko ho gayi thi, aapki team ne sitemap bhi bhej diya. Par director sir ab bol rahe hain ki admission "
     "phone aur register se hi lenge. Discovery fees OWD-2025-404 refund kar dijiye.\n\nRegards,\nAdmin\nLakshya Coaching, Banda",
     (2025, 9, 27, 12, 0), IST)], [R("deny")], extra_ok=True, clauses="O1",
     spec="The discovery session was held 2025-09-22 (work_started_at before the request): deny (O1).")

proj("Mithai Online Order", "orders@gopalmishthan.example", "2025-08-01T10:00:00")
owpay("hi_w05", "OWD-2025-405", "Mithai Online Order", "milestone", "30000.00", "5400.00", "2025-09-15T12:00:00", milestone_status="not_started")
case("w05-sweets-milestone-not-started", OWB, "decided", [M("Gopal Mishthan Bhandar <orders@gopalmishthan.example>",
     "Milestone 3 refund - Mithai Online Order - OWD-2025-405",
     "Namaskar,\n\nMithai Online Order project ka payment gateway wala milestone (OWD-2025-405) humne advance me de diya tha. Ab Diwali se pehle gateway ka KYC nahi ho payega, "
     "to ye hissa hum nahi karwayenge. Aapki team ne bola tha ki abhi shuru nahi kiya hai. Iska paisa (tees hazaar) wapas kar dijiye.\n\nAlok Agrawal",
     (2025, 9, 28, 12, 0), IST)], [R("approve", "30000.00")], extra_ok=True, clauses="O3",
     spec="Milestone not_started: refund its amount 30000.00 before tax (O3).")

proj("Bhojpuri Music Label Site", "label@purvaiyarecords.example", "2025-07-01T10:00:00")
owpay("hi_w06", "OWD-2025-406", "Bhojpuri Music Label Site", "milestone", "45000.00", "8100.00", "2025-09-01T12:00:00", milestone_status="in_progress")
case("w06-surat-label-in-progress", OWB, "decided", [M("Purvaiya Records <label@purvaiyarecords.example>",
     "OWD-2025-406 ka refund",
     "Bhaiya pranam,\n\nHamaar Bhojpuri Music Label Site ke milestone OWD-2025-406 abhi aadha bana hai. Singer log ke saath jhagda ho gayil, label band karat baani. "
     "Jo kaam na bhail ba, oh ke paisa lautaa di.\n\nMunna Tiwari\nPurvaiya Records, Surat (mool: Chhapra)",
     (2025, 9, 25, 20, 0), IST)], [R("escalate")], extra_ok=True, clauses="O3 in_progress",
     spec="Milestone in_progress: the value of the work not done needs a person: escalate (O3).")

proj("Ghat Tour Booking", "ganga.ghat.tours@gmail.com", "2025-06-01T10:00:00")
owpay("hi_w07", "OWD-2025-407", "Ghat Tour Booking", "milestone", "22000.00", "3960.00", "2025-08-10T12:00:00", milestone_status="approved")
case("w07-ghat-milestone-approved", OWB, "decided", [M("Ganga Ghat Tours <ganga.ghat.tours@gmail.com>",
     "design wala paisa wapas",
     "Namaste,\n\nGhat Tour Booking ka design milestone (OWD-2025-407) humne August me approve kar diya tha, par ab hamare partner ko colours pasand nahi aa rahe. "
     "Is milestone ka paisa wapas chahiye, naya designer dekhenge.\n\nSanjay Nishad\nGanga Ghat Tours, Assi Ghat",
     (2025, 9, 24, 17, 0), IST)], [R("deny")], extra_ok=True, clauses="O3 approved, O6",
     spec="Milestone approved: deny (O3; approved deliverables are non-refundable, O6).")

proj("Chaat Corner Hosting", "chaatcorner.kl@tmnet.example", "2025-08-01T10:00:00")
owpay("hi_w08", "OWD-2025-408", "Chaat Corner Hosting", "hosting_annual", "15000.00", "2700.00", "2025-09-21T12:00:00",
      setup_fee="1500.00", service_start="2025-09-22")
case("w08-kl-hosting-refund", OWB, "decided", [M("Chaat Corner KL <chaatcorner.kl@tmnet.example>",
     "Hosting band aur refund - Chaat Corner Hosting - OWD-2025-408",
     "Hello ji,\n\nHum Brickfields KL mein chaat ka stall chalate hain. 22 Sept se annual hosting shuru hui (OWD-2025-408) lekin mall management ne apna food-court app de diya, "
     "to alag website ki zarurat nahi. Hosting band karke jo banta hai refund dijiye.\n\nThank you ah,\nSuresh Nair",
     (2025, 9, 30, 12, 0), SGT)], [R("approve", "12375.00")], extra_ok=True, clauses="O5",
     spec="Hosting started 2025-09-22; request 2025-09-30 IST (day 8): 15000 - 1500 - (13500/12 = 1125) x 1 = 12375.00 (O5).")

proj("Gaushala Donation Site", "gaushala@shriramseva.example", "2025-08-01T10:00:00")
owpay("hi_w09", "OWD-2025-409", "Gaushala Donation Site", "maintenance_annual", "18000.00", "3240.00", "2025-09-14T12:00:00",
      setup_fee="0.00", service_start="2025-09-15")
case("w09-gaushala-maintenance-day15", OWB, "decided", [M("Shri Ram Seva Gaushala <gaushala@shriramseva.example>",
     "maintenance plan wapas - Gaushala Donation Site OWD-2025-409",
     "Jai Shri Ram,\n\nGaushala Donation Site ka saal bhar ka maintenance 15 September se shuru hua tha (OWD-2025-409). Ek sevak ka beta ab computer engineer ban gaya hai, "
     "wahi dekhega. Maintenance ka paisa wapas kar dijiye, abhi to pandrah din hi hue hain.\n\nPrabandhak\nShri Ram Seva Gaushala, Lalitpur",
     (2025, 9, 30, 10, 0), IST)], [R("deny")], extra_ok=True, clauses="O5 after 14 days",
     spec="Maintenance started 2025-09-15; request 2025-09-30 = day 15, beyond 14 days: deny (O5).")

proj("Pooja Samagri Shop Hosting", "shop@kashipoojasamagri.example", "2025-08-01T10:00:00")
owpay("hi_w10", "OWD-2025-410", "Pooja Samagri Shop Hosting", "hosting_annual", "9999.00", "1799.82", "2025-09-15T12:00:00",
      setup_fee="999.00", service_start="2025-09-16")
case("w10-samagri-hosting-day14", OWB, "decided", [M("Kashi Pooja Samagri <shop@kashipoojasamagri.example>",
     "होस्टिंग रिफंड - Pooja Samagri Shop Hosting - OWD-2025-410",
     "नमस्कार,\n\nPooja Samagri Shop Hosting की सालाना होस्टिंग 16 सितंबर से चालू हुई थी (OWD-2025-410)। दुकान अब एक बड़े marketplace पर चली गई है, इसलिए होस्टिंग की ज़रूरत नहीं। "
     "नियम के अनुसार जो बनता है वह वापस कर दीजिए और प्लान बंद कर दीजिए।\n\nरवि शंकर पाठक\nकाशी पूजा सामग्री, विश्वनाथ गली",
     (2025, 9, 30, 19, 0), IST)], [R("approve", "8250.00")], extra_ok=True, clauses="O5 day 14 inside",
     spec="Hosting started 2025-09-16; request 2025-09-30 = day 14, inside: 9999 - 999 - (9000/12 = 750) x 1 = 8250.00 (O5).")

proj("Tuition App Support", "office@vidyapeethtutorials.example", "2025-03-01T10:00:00")
owpay("hi_w11", "OWD-2025-411", "Tuition App Support", "retainer", "10000.00", "1800.00", "2025-09-12T12:00:00",
      next_billing_at="2025-10-12", period_start="2025-09-12", period_end="2025-10-11")
case("w11-tutorials-retainer-ok", OWB, "decided", [M("Vidyapeeth Tutorials <office@vidyapeethtutorials.example>",
     "retainer band karna - Tuition App Support OWD-2025-411",
     "Namaskar,\n\nTuition App Support ka monthly retainer (OWD-2025-411) band karna hai. Reason: board exam ke baad hum offline classes pe hi focus karenge, app ka kharcha nahi utha sakte.\n\n"
     "Dhanyavaad,\nOffice Incharge\nVidyapeeth Tutorials, Jhansi",
     (2025, 9, 29, 13, 0), IST)], [X("cancel", "2025-10-11")], clauses="O4",
     spec="Next billing 2025-10-12; request 2025-09-29 is on or before 2025-10-05: next charge avoided, effective 2025-10-11 (O4).")

proj("Halwai Order Portal", "halwai.orders.mzp@gmail.com", "2025-02-01T10:00:00")
owpay("hi_w12", "OWD-2025-412", "Halwai Order Portal", "retainer", "8000.00", "1440.00", "2025-09-04T12:00:00",
      next_billing_at="2025-10-04", period_start="2025-09-04", period_end="2025-10-03")
case("w12-mzp-retainer-short", OWB, "decided", [M("Halwai Orders <halwai.orders.mzp@gmail.com>",
     "Halwai Order Portal retainer stop - OWD-2025-412",
     "Sir,\n\nHalwai Order Portal ka retainer (OWD-2025-412) ab band karna hai, bhatija Delhi se aa gaya hai wahi website sambhalega. Isi mahine se band kar dijiye.\n\nGopal Halwai\nMirzapur",
     (2025, 9, 29, 11, 0), IST)], [X("cancel", "2025-11-03")], clauses="O4 short notice",
     spec="Next billing 2025-10-04; request 2025-09-29 is after 2025-09-27 (less than 7 days' notice): the cycle 2025-10-04..2025-11-03 is billed; effective 2025-11-03 (O4).")

proj("Mandap Decor Gallery", "decor@shubhmangalmandap.example", "2025-04-01T10:00:00")
owpay("hi_w13", "OWD-2025-413", "Mandap Decor Gallery", "retainer", "9000.00", "1620.00", "2025-09-10T12:00:00",
      next_billing_at="2025-12-10", period_start="2025-09-10", period_end="2025-10-09")
owpay("hi_w14", "OWD-2025-414", "Mandap Decor Gallery", "retainer", "9000.00", "1620.00", "2025-09-10T12:05:00",
      next_billing_at="2025-12-10", period_start="2025-10-10", period_end="2025-11-09")
owpay("hi_w15", "OWD-2025-415", "Mandap Decor Gallery", "retainer", "9000.00", "1620.00", "2025-09-10T12:10:00",
      next_billing_at="2025-12-10", period_start="2025-11-10", period_end="2025-12-09")
case("w13-mandap-retainer-prepaid", OWB, "decided", [M("Shubh Mangal Mandap <decor@shubhmangalmandap.example>",
     "retainer cancel - Mandap Decor Gallery",
     "Namaste,\n\nHumne Mandap Decor Gallery ka retainer shaadi season ke liye teen mahine ka ek saath bhar diya tha (OWD-2025-413, 414, 415). "
     "Ab decor ka kaam hum ek bade wedding planner ko de rahe hain, to retainer cancel kar dijiye.\n\nVinod Sahu\nShubh Mangal Mandap, Surat",
     (2025, 9, 25, 16, 0), IST)], [X("escalate")], clauses="O4 periods paid in advance, section 8",
     spec="October and November are already paid beyond the current cycle; notice well over 7 days before 2025-12-10: the cancellation is escalated (O4, section 8).")

proj("Dharamshala Booking", "manager@ramghatdharamshala.example", "2025-06-01T10:00:00")
owpay("hi_w16", "OWD-2025-416", "Dharamshala Booking", "third_party", "3500.00", "630.00", "2025-09-20T12:00:00")
case("w14-dharamshala-ssl", OWB, "decided", [M("Ram Ghat Dharamshala <manager@ramghatdharamshala.example>",
     "SSL ka paisa wapas - OWD-2025-416",
     "सर,\n\nDharamshala Booking के लिए आपने SSL certificate का 3500 + GST लिया (OWD-2025-416)। हमें बताया गया कि ये free में भी मिल जाता है। इसलिए ये पैसा वापस कीजिए।\n\nप्रबंधक\nराम घाट धर्मशाला, चित्रकूट",
     (2025, 9, 26, 10, 0), IST)], [R("deny")], clauses="O6 third_party",
     spec="An SSL certificate is a third-party cost: non-refundable (O6).")

proj("Kirana Delivery App", "kirana.app.orai@gmail.com", "2025-09-01T10:00:00")
owpay("hi_w17", "OWD-2025-417", "Kirana Delivery App", "setup", "5000.00", "900.00", "2025-09-01T12:00:00")
case("w15-orai-setup-fee", OWB, "decided", [M("Kirana Delivery App <kirana.app.orai@gmail.com>",
     "setup fee wapas karo OWD-2025-417",
     "Namaste,\n\nKirana Delivery App ka setup fee (OWD-2025-417) diya tha par delivery boy milna band ho gaya, app chalu hi nahi karenge. Setup fee wapas de do.\n\nDeepak Soni, Orai",
     (2025, 9, 23, 19, 0), IST)], [R("deny")], extra_ok=True, clauses="O6 setup",
     spec="Setup fees are non-refundable (O6). 'app chalu hi nahi karenge' drops the project: a cancellation may also be decided (extra_ok).")

proj("Silk House Webshop", "banarasisilkhouse@gmail.com", "2025-08-15T10:00:00")
owpay("hi_w18", "OWD-2025-418", "Silk House Webshop", "milestone", "25000.00", "4500.00", "2025-09-20T12:00:00", milestone_status="not_started")
case("w16-ca-firm-for-silk-house", OWB, "need_info", [M("Srivastava & Co. <office@srivastavaco-ca.example>",
     "Client M/s Banarasi Silk House - refund of milestone OWD-2025-418",
     "Respected Sir,\n\nOn behalf of our client M/s Banarasi Silk House (contract email banarasisilkhouse@gmail.com), we request refund of milestone OWD-2025-418 for project Silk House Webshop, "
     "as the client has deferred the online store to next financial year due to GST notices. Kindly process and share the credit note with us.\n\n"
     "Thanking you,\nFor Srivastava & Co.\nChartered Accountants\n(Article Clerk)",
     (2025, 9, 29, 15, 0), IST)], rules=["C2"], clauses="C2",
     spec="A CA firm writes from its own address for the client: the email must come from the contract email (C2); nothing disclosed.")

proj("Coaching Result Portal", "director@pragaticlasses.example", "2025-05-01T10:00:00")
owpay("hi_w19", "OWD-2025-419", "Coaching Result Portal", "retainer", "7000.00", "1260.00", "2025-09-18T12:00:00",
      next_billing_at="2025-10-18", period_start="2025-09-18", period_end="2025-10-17")
case("w17-manager-forward-director", OWB, "need_info", [M("Pragati Classes Manager <manager@pragaticlasses.example>",
     "Fwd: retainer band karo",
     "Sir, director sahab ka mail neeche hai, please dekh lijiye.\n\nManager\n\n---------- अग्रेषित संदेश ---------\n"
     "प्रेषक: Director Pragati Classes <director@pragaticlasses.example>\nDate: सोम, 29 सित॰ 2025, 9:10 am\nविषय: retainer band karo\n"
     "प्रति: <manager@pragaticlasses.example>\n\nOptima walon ko bolo Coaching Result Portal ka retainer OWD-2025-419 band karein. Result ab board ki site pe hi aata hai, hamara portal koi nahi dekhta.\n",
     (2025, 9, 29, 10, 0), IST)], rules=["C2"], clauses="section 8 forwards, C2",
     spec="The forwarded cancellation is from the contract email director@pragaticlasses.example; the sender is the manager: C2, ask for it from the contract address.")

proj("Dhaba Menu Site", "yadav.dhaba.banda@gmail.com", "2025-04-01T10:00:00")
owpay("hi_w20", "OWD-2025-420", "Dhaba Menu Site", "retainer", "5000.00", "900.00", "2025-09-20T12:00:00",
      next_billing_at="2025-10-20", period_start="2025-09-20", period_end="2025-10-19")
case("w18-dhaba-cancel-no-reason", OWB, "need_info", [M("Yadav Dhaba <yadav.dhaba.banda@gmail.com>",
     "retainer cancel OWD-2025-420",
     "Namaste ji,\n\nDhaba Menu Site ka retainer OWD-2025-420 cancel kar dijiye. Kripya jaldi karein.\n\nJai Hind\nRamesh Yadav\nYadav Dhaba, NH-35, Banda",
     (2025, 9, 24, 12, 0), IST)], missing=["reason"], clauses="section 8 what a reason is",
     spec="Project, invoice and contract email given; no reason: Optima requires one for cancellations too: ask for it (C3).")

proj("Shamiana Catalogue", "laxmi.tent.jhs@gmail.com", "2025-05-01T10:00:00")
owpay("hi_w21", "OWD-2025-421", "Shamiana Catalogue", "milestone", "16000.00", "2880.00", "2025-09-10T12:00:00", milestone_status="not_started")
proj("Generator Rental Page", "laxmi.tent.jhs@gmail.com", "2025-06-01T10:00:00")
owpay("hi_w22", "OWD-2025-422", "Generator Rental Page", "milestone", "9000.00", "1620.00", "2025-09-12T12:00:00", milestone_status="not_started")
case("w19-jhs-two-projects", OWB, "need_info", [M("Laxmi Tent House <laxmi.tent.jhs@gmail.com>",
     "paisa wapas chahiye",
     "Namaskar,\n\nBhai ki tabiyat kharab hai, ab kaam aage nahi badhayenge. Jo aage ka kaam ka paisa diya hai wo wapas kar dijiye.\n\nLaxmi Narayan\nJhansi",
     (2025, 9, 27, 12, 0), IST)], missing=["project_name", "invoice_number"], clauses="C3",
     spec="The contract email holds two projects; neither project nor invoice is named: ask for both (C3).")

proj("Pustak Bhandar Store", "pustakbhandar.ktm@wlink.example")
owpay("hi_w23", "OWD-2025-423", "Pustak Bhandar Store", "discovery", "10000.00", "1800.00", "2025-09-20T12:00:00")
case("w20-ktm-thread-reason", OWB, "decided", [
    M("Pustak Bhandar <pustakbhandar.ktm@wlink.example>", "Refund - Pustak Bhandar Store OWD-2025-423",
      "Namaste ji,\n\nPustak Bhandar Store ka discovery fee OWD-2025-423 refund kar dijiye.\n\nRam Bahadur Thapa\nAsan, Kathmandu",
      (2025, 9, 25, 11, 0), NPT),
    M("Pustak Bhandar <pustakbhandar.ktm@wlink.example>", "Re: Refund - Pustak Bhandar Store OWD-2025-423",
      "Namaste,\n\nKaran: Dashain-Tihar ke season me ghar paisa bhejna hai, dukaan ka naya kaam abhi rok diya hai. Aapke saath koi meeting bhi nahi hui thi.\n\nRam Bahadur",
      (2025, 9, 28, 12, 0), NPT)], [R("approve", "10000.00")], extra_ok=True, clauses="C3 thread, O1",
     spec="First mail has no reason; the answer gives it. Discovery with no work started: full refund 10000.00 (O1).")

proj("Wedding Menu Planner", "rajbhog.caterers@gmail.com", "2025-07-01T10:00:00")
owpay("hi_w24", "OWD-2025-424", "Wedding Menu Planner", "milestone", "20000.00", "3600.00", "2025-09-05T12:00:00", milestone_status="completed")
case("w21-caterer-upbhokta-adalat", OWB, "decided", [M("Rajbhog Caterers <rajbhog.caterers@gmail.com>",
     "Wedding Menu Planner - OWD-2025-424 - शिकायत",
     "महोदय,\n\nWedding Menu Planner का milestone (OWD-2025-424) आपने पूरा बताया, पर menu calculator गलत हिसाब देता है, दो शादियों में नुकसान हुआ। "
     "इस milestone का पैसा वापस कीजिए, अन्यथा हम उपभोक्ता अदालत जाएंगे।\n\nराजेश अग्रहरि\nराजभोग कैटरर्स, वाराणसी",
     (2025, 9, 26, 18, 0), IST)], [R("escalate")], rules=["C4"], clauses="C4 consumer court (Devanagari)",
     spec="A threat to go to the consumer court (उपभोक्ता अदालत): escalate (C4), whatever O3 would say of the completed milestone.")

case("w22-auto-reply", OWB, "ignore", [M("Vidyapeeth Tutorials <office@vidyapeethtutorials.example>",
     "स्वचालित उत्तर: retainer band karna",
     "आपका ईमेल प्राप्त हुआ। नवरात्रि अवकाश के कारण कार्यालय 3 अक्टूबर तक बंद है।",
     (2025, 9, 30, 9, 0), IST, hdr={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})], rules=["C7"], clauses="C7",
     spec="Auto-Submitted: auto-replied (and Precedence: bulk): ignore (C7).")

case("w23-hypothetical-website", OWB, "other", [M("Anjali Banerjee <anjali.boutique.dgp@example.in>",
     "website banwane se pehle",
     "Namaskar,\n\nAmi Durgapur theke... Hindi me likhti hun. Boutique ke liye website banwana hai. Agar advance dene ke baad hum mann badal dein to kya advance wapas milega? "
     "Aur hosting beech me band karni ho to kya hoga? Pujo ke baad decide karenge.\n\nAnjali",
     (2025, 9, 27, 16, 0), IST)], clauses="section 8 hypotheticals",
     spec="Questions about refunds before buying: other.")

proj("Little India Spice Webshop", "orders@serangoonspices.example")
owpay("hi_w25", "OWD-2025-425", "Little India Spice Webshop", "deposit", "18000.00", "3240.00", "2025-09-27T10:00:00")
case("w24-sg-deposit-71h", OWB, "decided", [M("Serangoon Spices <orders@serangoonspices.example>",
     "Refund Request — Little India Spice Webshop / OWD-2025-425",
     "Hi ji,\n\nSaturday 12:30 pm (Singapore time) ko deposit OWD-2025-425 pay kiya tha Little India Spice Webshop ke liye. Landlord ne lease renew nahi kiya, shop shift karni padegi, "
     "website abhi nahi chahiye. Deposit refund please, abhi 72 ghante poore nahi hue.\n\nThanks lah,\nMuthu Raman",
     (2025, 9, 30, 12, 20), SGT)], [R("approve", "18000.00")], extra_ok=True, clauses="O2",
     spec="Deposit paid 2025-09-27 10:00 IST; sent 2025-09-30 12:20 +08:00 = 09:50 IST: 71 h 50 min, before 72 hours, no work: full refund 18000.00 (O2).")


if __name__ == "__main__":
    out = build("hi")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
