"""fresh36 English cases (qa36c): regenerate with `python3 make_cases.py`."""
# ---- kit (stdlib only) ----
import json, sys
from decimal import Decimal, ROUND_HALF_UP
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
            mid = f"<{lang}.{num}.{i}.fresh36@mail.example>"
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

IST = timezone(timedelta(hours=5, minutes=30))
PL = {"monthly": ("1499.00", "269.82", 1), "quarterly": ("3999.00", "719.82", 3), "annual": ("11988.00", "2157.84", 12)}
_PID = [0]


def add_months(d, n):
    from datetime import date
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, d.day)


def period(ps, plan):
    from datetime import date
    d = date.fromisoformat(ps)
    return ps, (add_months(d, PL[plan][2]) - timedelta(days=1)).isoformat()


def lo(email, name, plan, pays=(), status="active", start=None, end=None, trial=None):
    """pays: (invoice, paid_at IST, period_start or None, amount or None, status or None)"""
    cust(email, name, plan, status, start, end, trial)
    for p in pays:
        inv, paid = p[0], p[1]
        ps = p[2] if len(p) > 2 and p[2] else paid[:10]
        amt = p[3] if len(p) > 3 and p[3] else PL[plan][0]
        tax = PL[plan][1] if amt == PL[plan][0] else str((Decimal(amt) * Decimal("0.18")).quantize(Decimal("0.01")))
        st = p[4] if len(p) > 4 and p[4] else "paid"
        _PID[0] += 1
        lopay(f"p{_PID[0]}", inv, email, plan, amt, tax, paid, *period(ps, plan), status=st)


def ow(pid, inv, project, kind, amount, paid_at, **kw):
    tax = str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01")))
    owpay(pid, inv, project, kind, amount, tax, paid_at, **kw)


def ist(when, off):
    return datetime(*when, tzinfo=timezone(timedelta(minutes=off))).astimezone(IST)


def days(paid, when, off):
    """L3/O5 day count: the request's IST date minus the payment's local date."""
    return (ist(when, off).date() - datetime.fromisoformat(paid[:10]).date()).days


def hours(paid, when, off):
    return (ist(when, off) - datetime.fromisoformat(paid).replace(tzinfo=IST)).total_seconds() / 3600


def o5(amount, setup):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
# ---- end helpers ----

IN, DE, NL, BC = 330, 120, 120, -420

# ================= LeadsOptima =================
lo("rajesh.tiwari@narmadahardware.example", "Rajesh Tiwari", "monthly",
   [("LO-INV-72011", "2025-09-25T15:00:00"), ("LO-INV-72012", "2025-09-25T15:02:00")])
case("l01-jabalpur-do-baar", LOB, "decided", [M("Rajesh Tiwari <rajesh.tiwari@narmadahardware.example>", "paise do baar kat gaye",
     "namaste ji\n\n25 tarikh ko monthly plan ka paisa do baar kat gaya hai, dono receipt aayi hai. dusri wali ka number lo inv 72012 hai. "
     "kripya wo wapas kar dijiye, baaki plan chalta rahe.\n\nRajesh Tiwari\nNarmada Hardware, Napier Town, Jabalpur\nMob. 98XXXXXX21",
     (2025, 9, 28, 11, 0), IN)],
     [R("approve", "1499.00")], spec="Duplicate monthly charge 2025-09-25, request 2025-09-28 (day 3): refund LO-INV-72012 1499.00 (L4; 'lo inv 72012' read per section 8).")

lo("sahu.traders@arpaagro.example", "Dinesh Sahu", "quarterly",
   [("LO-INV-72021", "2025-09-21T15:00:00"), ("LO-INV-72022", "2025-09-21T15:01:00")])
assert days("2025-09-21", (2025, 9, 29, 10, 0), IN) == 8
case("l02-bilaspur-day8", LOB, "decided", [M("दिनेश साहू <sahu.traders@arpaagro.example>", "दो बार भुगतान - रिफंड",
     "आदरणीय महोदय,\n\nदिनांक 21.09.2025 को हमारे खाते से तिमाही प्लान का भुगतान दो बार हो गया (LO-INV-72021 एवं LO-INV-72022)। "
     "कृपया दूसरा भुगतान वापस करने का कष्ट करें।\n\nधन्यवाद\nदिनेश साहू\nअरपा एग्रो ट्रेडर्स, बिलासपुर (छ.ग.)", (2025, 9, 29, 10, 0), IN)],
     [R("deny")], spec="Duplicate of 2025-09-21, request 2025-09-29: day 8, outside the 7-day window (L3): deny.")

lo("jha.makhana@mithilafoods.example", "Shyam Sundar Jha", "annual", [("LO-INV-72030", "2025-03-01T15:00:00")], start="2025-03-01", end="2026-02-28")
case("l03-darbhanga-maithili-cancel", LOB, "decided", [M("श्याम सुंदर झा <jha.makhana@mithilafoods.example>", "प्लान बंद करू",
     "प्रणाम,\n\nहमर मखाना के कारोबार में अहाँ के सॉफ्टवेयर से कोनो खास फायदा नहि भेल, सब ग्राहक त मंडी से अबैत अछि। "
     "तैं हम सालाना प्लान बंद करय चाहैत छी, आगू रिन्यू नहि करू।\n\nश्याम सुंदर झा\nमिथिला फूड्स, लहेरियासराय, दरभंगा", (2025, 9, 26, 12, 0), IN)],
     [X("cancel", "2026-02-28")], spec="Maithili-flavoured Hindi cancellation: active until current_period_end 2026-02-28 (L8).")

lo("kale.paithani@godavarisilks.example", "Sunita Kale", "monthly",
   [("LO-INV-72040", "2025-08-17T15:00:00"), ("LO-INV-72041", "2025-09-17T15:00:00")])
case("l04-aurangabad-cancel-fallback", LOB, "decided", [M("Sunita Kale <kale.paithani@godavarisilks.example>", "subscription cancel karna hai",
     "Namaskar,\n\nHumari Paithani saree ki dukaan hai Aurangabad mein. Navratri-Diwali ki bheed mein saara staff counter par hai, leads ka follow up nahi ho pata. "
     "Isliye monthly subscription cancel kar dijiye please.\n\nDhanyawad\nSunita Kale\nGodavari Silks, Gulmandi", (2025, 9, 27, 13, 0), IN)],
     [X("cancel", "2025-10-16")], spec="No current_period_end: last charge 2025-09-17 + 1 month - 1 day = 2025-10-16 (L8).")

lo("qureshi@tajleathercraft.example", "Imran Qureshi", "monthly", [("LO-INV-72050", "2025-09-26T15:00:00")])
case("l05-agra-leather-login", LOB, "decided", [M("Imran Qureshi <qureshi@tajleathercraft.example>", "login nahi ho raha - paisa wapas",
     "Assalam alaikum sir\n\n26 ko payment kiya tha, usi shaam se login nahi ho raha, password reset ka mail bhi nahi aata. "
     "Export ka season hai, jooton ke buyers ke leads chahiye the. Aisa hai to is mahine ka paisa wapas kijiye.\n\n"
     "Imran Qureshi\nTaj Leather Craft, Hing ki Mandi, Agra", (2025, 9, 29, 12, 30), IN)],
     [R("escalate")], spec="Cannot log in (access failure) 3 days after the one charge (invoice from the ledger): escalate (L6).")

lo("info@ratnagemhouse.example", "Manish Kothari", "quarterly", [("LO-INV-72060", "2025-09-27T15:00:00")])
case("l06-jaipur-gems-mehenga", LOB, "decided", [M("Manish Kothari <info@ratnagemhouse.example>", "refund for quarterly plan",
     "Jai Shree Krishna,\n\nQuarterly plan le liya tha par ab lag raha hai bahut mehenga hai humare jaise chhote gem dealer ke liye, "
     "Johari Bazaar mein sab kaam jaan-pehchaan se chalta hai. Paise wapas kar do please.\n\nManish Kothari\nRatna Gem House, Jaipur", (2025, 9, 28, 18, 0), IN)],
     [R("deny")], spec="Too expensive is no L2 exception: refund denied (L1), cancellation offered.")

lo("th.bembem@imphalweaves.example", "Thokchom Bembem Devi", "monthly", [("LO-INV-72070", "2025-09-24T15:00:00", None, "11988.00")])
case("l07-imphal-galat-plan", LOB, "decided", [M("Bembem Devi <th.bembem@imphalweaves.example>", "galat plan ka paisa kata",
     "Khurumjari. Hum monthly plan mein hai lekin 24 September ko annual ka paisa 11988 kat gaya. Humne annual nahi chuna tha, yeh galat plan ka charge hai. "
     "Kripya check karke wapas kijiye. Invoice LO-INV-72070.\n\nThokchom Bembem Devi\nImphal Weaves, Khwairamband Keithel", (2025, 9, 26, 16, 0), IN)],
     [R("escalate")], spec="Charged for the wrong plan (billing error) 2 days after the charge: escalate with the charge found (L5).")

lo("vikho.angami@kohimahomestays.example", "Vikho Angami", "monthly",
   [("LO-INV-72080", "2025-08-12T15:00:00"), ("LO-INV-72081", "2025-09-12T15:00:00")])
assert days("2025-09-12", (2025, 9, 26, 11, 0), IN) == 14
case("l08-kohima-access-late", LOB, "decided", [M("Vikho Angami <vikho.angami@kohimahomestays.example>", "access problem refund LO-INV-72081",
     "Sir,\nHornbill festival booking ke liye plan liya tha. 12 September payment ke baad se dashboard open nahi ho raha. Refund chahiye LO-INV-72081 ka.\n"
     "Vikho Angami\nKohima Homestays, Nagaland", (2025, 9, 26, 11, 0), IN)],
     [R("deny")], spec="Access failure, but the charge of 2025-09-12 is 14 days before the request: outside 7 days, deny (L3).")

lo("arora.imports@rheinmaingewuerze.example", "Kunal Arora", "monthly",
   [("LO-INV-72091", "2025-09-23T15:00:00"), ("LO-INV-72092", "2025-09-23T15:01:00")])
assert days("2025-09-23", (2025, 9, 30, 21, 0), DE) == 8
case("l09-frankfurt-day8-by-ist", LOB, "decided", [M("Kunal Arora <arora.imports@rheinmaingewuerze.example>", "Doppelte Zahlung / double payment",
     "Hallo team,\n\nmere account se 23.09. ko monthly plan ke liye 2 baar payment hua, LO-INV-72091 aur LO-INV-72092. Aaj bhi abhi 30 tarikh hi hai yahan, "
     "to 7 din ke andar hoon. Dusra wala refund kar dijiye.\n\nViele Grüße / dhanyavaad\nKunal Arora\nRhein-Main Gewürze GmbH, Offenbach am Main",
     (2025, 9, 30, 21, 0), DE)],
     [R("deny")], spec="Sent 2025-09-30 21:00 CEST = 2025-10-01 00:30 IST: day 8 after 2025-09-23 in the brand's zone, outside 7 days: deny (L3).")

lo("preeti@haagsespices.example", "Preeti Ramdin", "annual",
   [("LO-INV-72101", "2025-09-23T15:00:00"), ("LO-INV-72102", "2025-09-23T15:02:00")])
assert days("2025-09-23", (2025, 9, 30, 19, 30), NL) == 7
case("l10-denhaag-day7", LOB, "decided", [M("Preeti Ramdin <preeti@haagsespices.example>", "annual plan do baar charge",
     "Hello ji,\n\nDen Haag se likh rahi hoon. Annual plan ka charge 23 Sept ko do baar hua hai (LO-INV-72101 aur LO-INV-72102). "
     "Second wala refund kar dijiye, usi card par.\n\nGroetjes,\nPreeti Ramdin\nHaagse Spices, Den Haag", (2025, 9, 30, 19, 30), NL)],
     [R("approve", "11988.00")], spec="Sent 2025-09-30 19:30 CEST = 23:00 IST: day 7 after 2025-09-23, inside: refund LO-INV-72102 11988.00 (L4).")

lo("gill.trucking@fraserlogistics.example", "Harjit Gill", "quarterly",
   [("LO-INV-72111", "2025-09-22T15:00:00"), ("LO-INV-72112", "2025-09-22T15:01:00")])
assert days("2025-09-22", (2025, 9, 29, 18, 0), BC) == 8
case("l11-surrey-bc-day8-by-ist", LOB, "decided", [M("Harjit Gill <gill.trucking@fraserlogistics.example>", "double charge quarterly",
     "Sat Sri Akal ji,\n\nSurrey BC se likh raha haan. Quarterly plan 22 Sept nu do baar charge hoya, LO-INV-72111 te LO-INV-72112. "
     "Ajj 29 hai, saat din ho gaye bas. Dooja wala wapas kar do ji.\n\nHarjit Gill\nFraser Logistics Ltd., Surrey BC", (2025, 9, 29, 18, 0), BC)],
     [R("deny")], spec="Sent 2025-09-29 18:00 PDT = 2025-09-30 06:30 IST: day 8 after 2025-09-22, outside the 7-day window: deny (L3).")

lo("ramesh.yadav@calangutetours.example", "Ramesh Yadav", "quarterly", [("LO-INV-72120", "2025-09-01T15:00:00")], start="2025-09-01", end="2025-11-30")
case("l12-goa-migrant-cancel", LOB, "decided", [M("Ramesh Yadav <ramesh.yadav@calangutetours.example>", "plan cancel",
     "Namaste sir, main Calangute mein taxi aur tour ka kaam karta hoon, mool roop se Gorakhpur se hoon. Season abhi shuru hi hua hai par "
     "saare booking ab hotel wale dilwa dete hain, to aapka quarterly plan cancel kar dijiye.\n\nRamesh Yadav\nCalangute Tours & Travels, Goa",
     (2025, 9, 27, 10, 0), IN)],
     [X("cancel", "2025-11-30")], spec="Cancel: active until current_period_end 2025-11-30 (L8).")

lo("owner@sanjeevanimedicos.example", "Dr. Alok Shrivastava", "monthly", [("LO-INV-72130", "2025-09-20T15:00:00")])
case("l13-pharmacy-clerk-forward", LOB, "need_info", [M("Sanjeevani Medicos Billing <billing.counter2@webmail.example>", "Fwd: LeadsOptima band karwana hai",
     "sir niche sethji ka mail hai, kripya karwai karein.\n\nPawan (billing counter)\nSanjeevani Medicos - Branch 2\n\n"
     "---------- Forwarded message ---------\nFrom: Alok Shrivastava <owner@sanjeevanimedicos.example>\nDate: Sat, 27 Sept 2025, 9:15 am\n"
     "Subject: LeadsOptima band karwana hai\nTo: <billing.counter2@webmail.example>\n\n"
     "Pawan, LeadsOptima wala monthly plan band karwa do, registered email owner@sanjeevanimedicos.example hai. Teeno branch ke liye app alag se le liya hai.",
     (2025, 9, 27, 11, 0), IN)],
     rules=["C2"], spec="A Gmail-style forward by the clerk carrying the owner's request that names the registered email owner@sanjeevanimedicos.example: ask for it from that address (C2, section 8 Forwards).")

lo("glamour.parlour@nehasalon.example", "Neha Chouhan", "monthly", status="trial", trial="2025-10-04")
case("l14-beauty-parlour-trial", LOB, "decided", [M("Neha Chouhan <glamour.parlour@nehasalon.example>", "ट्रायल का पैसा वापस",
     "नमस्ते,\n\nमैंने अपने ब्यूटी पार्लर के लिए फ्री ट्रायल लिया था। करवा चौथ की बुकिंग वैसे ही फुल है तो मुझे ये नहीं चाहिए। "
     "जो पैसा लगा है वो वापस कर दीजिए।\n\nनेहा चौहान\nग्लैमर ब्यूटी पार्लर, बिलासपुर", (2025, 9, 27, 14, 0), IN)],
     [R("deny")], extra_ok=True, spec="Free trial, no charge on record: nothing to refund (L7); 'mujhe ye nahi chahiye' may be read as a cancellation (harmless extra, extra_ok).")

lo("coach@gwarighatcricket.example", "Sanjay Dubey", "quarterly", [("LO-INV-72150", "2025-08-10T15:00:00")], start="2025-08-10", end="2025-11-09")
case("l15-cricket-academy-unused", LOB, "decided", [M("Sanjay Dubey <coach@gwarighatcricket.example>", "Cancel + bache hue din ka refund",
     "Namaste,\n\nGwarighat Cricket Academy ka quarterly plan cancel karna hai. Monsoon mein ground band tha, admission ke leads ka koi fayda nahi hua. "
     "Jo din bache hain unka refund bhi de dijiye.\n\nSanjay Dubey\nHead Coach, Gwarighat Cricket Academy, Jabalpur", (2025, 9, 25, 17, 0), IN)],
     [R("deny"), X("cancel", "2025-11-09")], spec="No partial refund for unused days (L1/L8): deny; cancel until current_period_end 2025-11-09 (L8).")

case("l16-jabalpur-hypothetical", LOB, "other", [M("Ankit Patel <ankit.dairy@bhedaghatmilk.example>", "refund policy sawal",
     "Namaste, hum dairy ke liye LeadsOptima lena soch rahe hain. Agar annual plan lene ke baad pasand na aaye to kya refund milega? "
     "Lene se pehle pakka karna tha.\n\nAnkit Patel", (2025, 9, 28, 12, 0), IN)],
     spec="Hypothetical before buying: policy question, other (section 8).")

lo("agrawal.steel@bilaspursteel.example", "Praveen Agrawal", "annual", [("LO-INV-72170", "2025-01-15T15:00:00")], start="2025-01-15", end="2026-01-14")
case("l17-bilaspur-refund-nahi-chahiye", LOB, "decided", [M("Praveen Agrawal <agrawal.steel@bilaspursteel.example>", "annual band karna",
     "Namaskar, refund nahi chahiye, saal ka paisa diya hai to chalne do. Bas January mein renew mat karna, plan band kar do. "
     "Naya ERP aa gaya hai usme CRM hai.\n\nPraveen Agrawal\nBilaspur Steel Traders, Vyapar Vihar", (2025, 9, 26, 15, 0), IN)],
     [X("cancel", "2026-01-14")], spec="'Refund nahi chahiye' adds no refund (section 8); cancel until current_period_end 2026-01-14 (L8).")

lo("rathore.marbles@makranaexports.example", "Vikram Rathore", "monthly",
   [("LO-INV-72180", "2025-08-22T15:00:00"), ("LO-INV-72181", "2025-09-22T15:00:00")])
case("l18-need-reason-invoice", LOB, "need_info", [M("Vikram Rathore <rathore.marbles@makranaexports.example>", "मेरा पैसा वापस करो",
     "महोदय,\n\nकृपया मेरा भुगतान वापस करने की कृपा करें। आवश्यक कार्यवाही करें।\n\nभवदीय\nविक्रम राठौड़\nमकराना एक्सपोर्ट्स, जयपुर", (2025, 9, 27, 11, 0), IN)],
     missing=["reason", "invoice_number"], spec="Registered sender (plan from the ledger), two payments and no reason: ask for the reason and the invoice number (C3); 'aavashyak karyavahi karein' is no reason.")

lo("mishra.sweets@madanmahalmithai.example", "Kavita Mishra", "monthly",
   [("LO-INV-72190", "2025-08-26T15:00:00"), ("LO-INV-72191", "2025-09-26T15:00:00"), ("LO-INV-72192", "2025-09-26T15:04:00", "2025-09-26")])
case("l19-jabalpur-thread-answer", LOB, "decided", [
    M("Kavita Mishra <mishra.sweets@madanmahalmithai.example>", "refund", "refund chahiye please jaldi", (2025, 9, 28, 20, 0), IN),
    M("Kavita Mishra <mishra.sweets@madanmahalmithai.example>", "Re: refund",
      "ji 26 sept ko ek hi mahine ka paisa do baar kata. dusri receipt LO-INV-72192.\n\nKavita\nMadan Mahal Mithai Bhandar\n\n"
      "On Sun, 28 Sept 2025 at 8:00 pm Kavita Mishra wrote:\n> refund chahiye please jaldi", (2025, 9, 29, 9, 30), IN)],
    [R("approve", "1499.00")], spec="Thread: the answer gives the reason (do baar) and invoice; request time 2025-09-28 (day 2): refund LO-INV-72192 1499.00 (L4).")

lo("bansal.shoes@agrafootwear.example", "Rohit Bansal", "quarterly", [("LO-INV-72200", "2025-09-24T15:00:00")])
case("l20-agra-consumer-court", LOB, "decided", [M("Rohit Bansal <bansal.shoes@agrafootwear.example>", "REFUND WARNA CONSUMER COURT",
     "Aapke software se ek bhi order nahi aaya, quarterly ka pura paisa wapas chahiye. Agar 3 din mein refund nahi hua to consumer court mein case karunga.\n\n"
     "Rohit Bansal\nAgra Footwear, Bijlighar", (2025, 9, 27, 13, 0), IN)],
     [R("escalate")], rules=["C4"], spec="Threatens the consumer court: escalate (C4).")

lo("desai.tiles@cidcotiles.example", "Hemant Desai", "monthly", [("LO-INV-72210", "2025-09-05T15:00:00")], start="2025-09-05", end="2025-10-04")
case("l21-aurangabad-vakil-cancel", LOB, "decided", [M("हेमंत देसाई <desai.tiles@cidcotiles.example>", "प्लान रद्द और पैसा वापस",
     "मेरा मंथली प्लान तुरंत रद्द करें और सितंबर का पैसा लौटाएं। आपकी टीम ने झूठे वादे किए थे। मेरे वकील से बात हो चुकी है।\n\nहेमंत देसाई\nसिडको टाइल्स, औरंगाबाद",
     (2025, 9, 26, 16, 0), IN)],
     [R("escalate"), X("escalate")], rules=["C4"], spec="Mentions his lawyer (vakil): C4 covers the whole case, refund and cancellation both escalate (section 8).")

lo("lal.stones@johariratna.example", "Sunil Lal", "monthly",
   [("LO-INV-72221", "2025-09-27T15:00:00"), ("LO-INV-72222", "2025-09-27T15:03:00")])
case("l22-jaipur-chargeback-nahi", LOB, "decided", [M("Sunil Lal <lal.stones@johariratna.example>", "double payment 27 sept",
     "Namaskar ji, 27 sept ko do baar payment ho gaya (LO-INV-72221, LO-INV-72222). Bank wale bole chargeback daal do, par main chargeback nahi karunga, "
     "aapse seedha baat karna theek hai. Dusra wala wapas bhej dijiye.\n\nSunil Lal\nJohari Ratna, Jaipur", (2025, 9, 29, 12, 0), IN)],
     [R("approve", "1499.00")], spec="The chargeback is only the bank's suggestion, ruled out: no C4. Duplicate day 2: refund LO-INV-72222 1499.00 (L4).")

case("l23-ooo-devanagari", LOB, "ignore", [M("Rajesh Tiwari <rajesh.tiwari@narmadahardware.example>", "स्वचालित उत्तर: आपका बिल",
     "मैं 5 अक्टूबर तक बाहर हूँ। ज़रूरी काम के लिए दुकान पर फोन करें।", (2025, 9, 29, 9, 0), IN,
     hdr={"Auto-Submitted": "auto-replied"})],
     rules=["C7"], spec="Auto-Submitted: auto-replied: ignore (C7).")

case("l24-postmaster-bounce", LOB, "ignore", [M("postmaster@imphalweaves.example", "Delivery Status Notification (Failure)",
     "Delivery to the following recipient failed permanently:\n\n    accounts@imphalweaves.example\n\nTechnical details: 550 5.1.1 user unknown (re: galat plan ka paisa kata)",
     (2025, 9, 26, 16, 5), IN)],
     rules=["C7"], spec="A postmaster delivery failure: ignore (C7).")

lo("accounts@margaoseafood.example", "Anil Verma", "monthly",
   [("LO-INV-72251", "2025-09-24T15:00:00"), ("LO-INV-72252", "2025-09-26T15:00:00", "2025-09-24"), ("LO-INV-72253", "2025-09-29T15:00:00", "2025-09-24")])
assert days("2025-09-26", (2025, 9, 30, 11, 0), IN) == 4 and days("2025-09-29", (2025, 9, 30, 11, 0), IN) == 1
case("l25-goa-three-charges", LOB, "decided", [M("Anil Verma <accounts@margaoseafood.example>", "teen baar paisa kata",
     "Sir, ek hi mahine ke liye teen baar paisa kata: 24, 26 aur 29 September. Invoice LO-INV-72251, LO-INV-72252, LO-INV-72253. "
     "Pehla sahi hai, baaki do wapas kariye.\n\nAnil Verma\nAccounts, Margao Seafood Exports, Goa", (2025, 9, 30, 11, 0), IN)],
     [R("approve", "2998.00")], spec="Three identical monthly charges of one period: 09-26 (day 4) and 09-29 (day 1) are duplicates inside the window: refund 1499.00 + 1499.00 = 2998.00 (section 8).")

lo("gupta.gems@jaipurratna.example", "Ashok Gupta", "quarterly", [("LO-INV-72260", "2025-09-15T15:00:00")], start="2025-09-15", end="2025-12-14")
case("l26-jaipur-caps-address", LOB, "decided", [M("Ashok Gupta <Gupta.Gems@JaipurRatna.example>", "Quarterly plan cancel",
     "Namaste, humara quarterly plan cancel kar dijiye. Dec ke baad Bangkok ki fair mein jaana hai, wahan se hi buyers milte hain.\n\nAshok Gupta\nJaipur Ratna",
     (2025, 9, 28, 17, 0), IN)],
     [X("cancel", "2025-12-14")], spec="The From address differs only in case from the registered email (addresses compare case-insensitively, section 8): cancel until 2025-12-14 (L8).")

lo("ops@katnilimestone.example", "Rakesh Pandey", "monthly", [("LO-INV-72270", "2025-09-26T15:00:00")])
case("l27-reply-to-no-verify", LOB, "need_info", [M("Rakesh Pandey <rakesh.pandey.katni@webmail.example>", "duplicate payment",
     "Sir, 26 ko do baar paisa kata lagta hai, LO-INV-72270. Wapas kariye. Jawab company mail pe dena.\n\nRakesh Pandey\nKatni Limestone Co.",
     (2025, 9, 28, 10, 0), IN, hdr={"Reply-To": "ops@katnilimestone.example"})],
     rules=["C2"], spec="Sent from a personal webmail address not on record; a Reply-To with the registered address never verifies (section 8): ask him to write from the registered email (C2).")

lo("shinde.auto@waluj-parts.example", "Ganesh Shinde", "monthly",
   [("LO-INV-72280", "2025-08-25T15:00:00"), ("LO-INV-72281", "2025-09-25T15:00:00")])
case("l28-aurangabad-charged-after-cancel", LOB, "decided", [M("Ganesh Shinde <shinde.auto@waluj-parts.example>", "cancel ke baad bhi charge LO-INV-72281",
     "Namaskar,\n\nMaine August mein hi Billing > Cancel Plan se plan band kar diya tha, phir bhi 25 September ko 1,499 + GST kat gaya (LO-INV-72281). "
     "Ye billing error hai, kripya wapas karein.\n\nGanesh Shinde\nWaluj Auto Parts, MIDC Aurangabad", (2025, 9, 27, 11, 0), IN)],
     [R("escalate")], extra_ok=True, spec="Charged after cancelling (billing error) 2 days after the charge: escalate with the charge found (L5). He meant the plan closed in August: a cancellation read from that can only do what he wants (extra_ok).")

lo("sema.tours@dzukouvalley.example", "Kiho Sema", "quarterly", [("LO-INV-72290", "2025-09-01T15:00:00")])
case("l29-dimapur-question", LOB, "other", [M("Kiho Sema <sema.tours@dzukouvalley.example>", "SMS integration ke baare mein",
     "Hello sir, hum Dimapur se hain. Kya quarterly plan mein bulk SMS integration bhi aata hai? Trekking groups ke liye chahiye. Refund ya cancel kuch nahi chahiye, sirf jaankari.\n\nKiho Sema",
     (2025, 9, 27, 13, 0), IN)],
     spec="A product question; refund and cancellation ruled out: other.")

proj("Bhedaghat Marble Crafts Site", "marble@bhedaghatcrafts.example", "2025-09-01T10:00:00")
case("l30-owd-client-writes-to-lo", LOB, "need_info", [M("Mahesh Soni <marble@bhedaghatcrafts.example>", "plan cancel kar do",
     "Namaste, mera plan cancel kar dijiye, website ka kaam ho gaya.\n\nMahesh Soni, Bhedaghat", (2025, 9, 28, 12, 0), IN)],
     rules=["C2"], spec="The sender is a customer of the other brand only; unknown in the LeadsOptima ledger: ask for the registered email (C2, section 8).")

lo("fernandes.yadav@panjimcatering.example", "Sushma Yadav", "monthly",
   [("LO-INV-72311", "2025-09-28T15:00:00"), ("LO-INV-72312", "2025-09-28T15:02:00")], start="2025-09-28", end="2025-10-27")
case("l31-goa-dup-and-cancel", LOB, "decided", [M("Sushma Yadav <fernandes.yadav@panjimcatering.example>", "Do kaam: refund aur cancel",
     "Namaste,\n\n1. 28 tarikh ko do baar paisa kata hai, LO-INV-72311 aur LO-INV-72312. Dusra wapas kijiye.\n"
     "2. Aur plan bhi cancel kar dijiye, shaadi ka season hum Panjim ke hall wale ke saath share kar rahe hain, unka system hai.\n\n"
     "Sushma Yadav\nPanjim Catering Services", (2025, 9, 30, 10, 0), IN)],
     [R("approve", "1499.00"), X("cancel", "2025-10-27")], spec="Duplicate day 2: refund LO-INV-72312 1499.00 (L4); cancel until current_period_end 2025-10-27 (L8).")

lo("info@kanhasafaristay.example", "Priyanka Thakur", "monthly",
   [("LO-INV-72320", "2025-08-08T15:00:00"), ("LO-INV-72321", "2025-09-08T15:00:00")])
case("l32-html-only-cancel", LOB, "decided", [M("Priyanka Thakur <info@kanhasafaristay.example>", "सदस्यता समाप्त करें",
     "", (2025, 9, 27, 12, 0), IN,
     html="<div dir='ltr'><p>नमस्ते टीम,</p><p>कान्हा नेशनल पार्क 1 अक्टूबर से खुल रहा है पर हमारी सारी बुकिंग वन विभाग की साइट से आती है। "
          "कृपया हमारी <b>मासिक सदस्यता समाप्त</b> कर दें।</p><p>धन्यवाद,<br>प्रियंका ठाकुर<br>कान्हा सफारी स्टे, मंडला</p></div>")],
     [X("cancel", "2025-10-07")], spec="HTML-only Devanagari cancellation; no current_period_end: last charge 2025-09-08 + 1 month - 1 day = 2025-10-07 (L8).")

lo("accounts@chambalpetro.example", "Yogesh Bhadoria", "annual", [("LO-INV-72330", "2025-05-20T15:00:00")], start="2025-05-20", end="2026-05-19")
case("l33-past-refund-gst", LOB, "other", [M("Yogesh Bhadoria <accounts@chambalpetro.example>", "GST invoice chahiye",
     "Sir, pichhle saal aapne double payment ka refund jaldi de diya tha, dhanyavaad. Abhi sirf itna chahiye ki May wale annual payment ka GST invoice "
     "humare GSTIN ke saath dobara bhej dein, CA maang raha hai.\n\nYogesh Bhadoria\nAccounts, Chambal Petro Services", (2025, 9, 29, 11, 0), IN)],
     spec="A past refund mentioned, asks for a GST invoice: no request, other (section 8 past events).")

lo("kaur.boutique@utrechtfashion.example", "Simran Kaur", "monthly",
   [("LO-INV-72341", "2025-09-27T15:00:00"), ("LO-INV-72342", "2025-09-27T15:01:00", None, None, "failed")])
case("l34-utrecht-second-failed", LOB, "decided", [M("Simran Kaur <kaur.boutique@utrechtfashion.example>", "2 baar payment LO-INV-72342",
     "Hoi / namaste, 27 Sept ko mere card se do baar payment hua dikh raha hai, dusri receipt LO-INV-72342 hai. Uska refund karo please.\n\nSimran Kaur\nKaur Boutique, Utrecht",
     (2025, 9, 28, 10, 0), NL)],
     [R("escalate")], spec="The second charge LO-INV-72342 has status failed: no pair of paid charges (L4), and a refund of a payment not paid is escalated (section 8).")

lo("sandhu.farms@cloverdaleberries.example", "Jaspreet Sandhu", "monthly",
   [("LO-INV-72350", "2025-08-23T15:00:00"), ("LO-INV-72351", "2025-09-23T15:00:00")])
assert days("2025-09-23", (2025, 9, 29, 21, 0), BC) == 7
case("l35-surrey-dashboard-day7", LOB, "decided", [M("Jaspreet Sandhu <sandhu.farms@cloverdaleberries.example>", "dashboard khul hi nahi raha",
     "Hello ji, 23 Sept wali payment (LO-INV-72351) ke baad se dashboard khul hi nahi raha, blank screen aati hai. Blueberry season khatam hone se pehle "
     "wholesale buyers dhoondhne the, poora hafta barbaad. Is payment ka refund chahiye.\n\nJaspreet Sandhu\nCloverdale Berries, Surrey BC",
     (2025, 9, 29, 21, 0), BC)],
     [R("escalate")], spec="Sent 2025-09-29 21:00 PDT = 2025-09-30 09:30 IST: day 7 after 2025-09-23, inside; access failure: escalate (L6).")

lo("maithili.art@madhubanikala.example", "Kanchan Karn", "monthly", [("LO-INV-72360", "2025-09-27T15:00:00")])
case("l36-madhubani-no-reason", LOB, "need_info", [M("कंचन कर्ण <maithili.art@madhubanikala.example>", "रिफंड LO-INV-72360",
     "नमस्कार,\n\nकृपया LO-INV-72360 का रिफंड कर दीजिए। जल्दी करें।\n\nकंचन कर्ण\nमधुबनी कला केंद्र, दरभंगा", (2025, 9, 29, 12, 0), IN)],
     missing=["reason"], spec="Registered sender, invoice given, plan from the ledger, but no reason: ask for the reason (C3).")

# ================= Optima WebDesign =================
proj("Pink City Gem Gallery", "sales@pinkcitygems.example", None)
ow("w1", "OWD-2025-401", "Pink City Gem Gallery", "deposit", "30000.00", "2025-09-28T15:00:00")
assert 0 < hours("2025-09-28T15:00:00", (2025, 9, 30, 11, 0), IN) < 72
case("o01-jaipur-deposit-44h", OWB, "decided", [M("Neeraj Khandelwal <sales@pinkcitygems.example>", "Refund Request — Pink City Gem Gallery / OWD-2025-401",
     "Namaste Optima team,\n\nParso Pink City Gem Gallery ke liye deposit OWD-2025-401 diya tha. Ghar mein baat hui, bade bhaiya ka kehna hai ki abhi "
     "naya showroom pehle khulega, website baad mein. Isliye deposit wapas kar dijiye, kaam shuru nahi hua hai.\n\nNeeraj Khandelwal", (2025, 9, 30, 11, 0), IN)],
     [R("approve", "30000.00")], spec="Deposit paid 2025-09-28 15:00, request 2025-09-30 11:00 IST = 44 h, no work started: refund 30000.00 before tax (O2).")

proj("Agra Leather Export Catalogue", "export@agraleatherhouse.example", "2025-09-26T11:00:00")
ow("w2", "OWD-2025-402", "Agra Leather Export Catalogue", "deposit", "20000.00", "2025-09-25T15:00:00")
case("o02-agra-deposit-work-started", OWB, "decided", [M("Farhan Siddiqui <export@agraleatherhouse.example>", "deposit wapas - Agra Leather Export Catalogue",
     "Sir, 25 ko deposit OWD-2025-402 diya tha Agra Leather Export Catalogue ke liye. Abhi 72 ghante nahi hue, to poora paisa wapas chahiye. "
     "Humare German buyer ne apna portal de diya hai, alag catalogue nahi chahiye.\n\nFarhan Siddiqui", (2025, 9, 27, 18, 0), IN)],
     [R("deny")], spec="Inside 72 h (51 h) but work started 2025-09-26 11:00 before the request: whichever occurs first, deny (O2).")

proj("Koeln Chaat Corner", "chaat@koelnchaat.example", None)
ow("w3", "OWD-2025-403", "Koeln Chaat Corner", "deposit", "15000.00", "2025-09-25T14:30:00")
assert hours("2025-09-25T14:30:00", (2025, 9, 28, 11, 0), DE) == 72
case("o03-koeln-deposit-exactly-72h", OWB, "decided", [M("Amit Saxena <chaat@koelnchaat.example>", "Deposit zurück / deposit refund OWD-2025-403",
     "Namaste,\n\nKoeln Chaat Corner ka deposit OWD-2025-403 (25.09.) wapas chahiye. Restaurant ki location ka Mietvertrag cancel ho gaya, to abhi website ka koi matlab nahi.\n\n"
     "Amit Saxena, Köln", (2025, 9, 28, 11, 0), DE)],
     [R("deny")], spec="Deposit paid 2025-09-25 14:30 IST; request 2025-09-28 11:00 CEST = 14:30 IST, exactly 72 h: not before 72 h, deny (O2, section 8).")

proj("Narmada Riverside Resort", "gm@narmadariverside.example", None)
ow("w4", "OWD-2025-404", "Narmada Riverside Resort", "discovery", "18000.00", "2025-09-23T15:00:00")
case("o04-jabalpur-discovery-not-started", OWB, "decided", [M("Ravi Shukla <gm@narmadariverside.example>", "डिस्कवरी शुल्क वापसी - Narmada Riverside Resort",
     "महोदय,\n\nNarmada Riverside Resort के लिए डिस्कवरी/स्ट्रैटेजी शुल्क (इनवॉइस OWD-2025-404) 23 सितंबर को दिया था। अभी तक कोई सेशन नहीं हुआ है। "
     "मालिकों ने रिसॉर्ट का नवीनीकरण अगले वर्ष तक टाल दिया है, अतः शुल्क वापस करें।\n\nरवि शुक्ला\nमहाप्रबंधक", (2025, 9, 29, 12, 0), IN)],
     [R("approve", "18000.00")], spec="Discovery fee, no session started (work_started_at empty): full refund 18000.00 before tax (O1).")

proj("Loktak Homestay Network", "contact@loktakhomestays.example", "2025-09-22T16:00:00")
ow("w5", "OWD-2025-405", "Loktak Homestay Network", "discovery", "12000.00", "2025-09-19T15:00:00")
case("o05-imphal-discovery-held", OWB, "decided", [M("Laishram Tomba <contact@loktakhomestays.example>", "discovery fee refund OWD-2025-405",
     "Sir, Loktak Homestay Network ka discovery session 22 ko ho gaya tha, par internet band hone ki wajah se aage kaam karna mushkil hai. "
     "Discovery fee OWD-2025-405 wapas kar dijiye.\n\nLaishram Tomba, Moirang", (2025, 9, 28, 13, 0), IN)],
     [R("deny")], spec="The discovery session was held on 2025-09-22, before the request: non-refundable once commenced, deny (O1).")

proj("Bilaspur Pharma Distributors Portal", "it@bilaspurpharma.example", "2025-08-01T10:00:00")
ow("w6", "OWD-2025-406", "Bilaspur Pharma Distributors Portal", "milestone", "45000.00", "2025-09-15T15:00:00", milestone_status="not_started")
case("o06-bilaspur-milestone-not-started", OWB, "decided", [M("Sandeep Kashyap <it@bilaspurpharma.example>", "Milestone 3 refund - Bilaspur Pharma Distributors Portal",
     "Dear Team,\n\nMilestone 3 (chemist ordering app, OWD-2025-406) ka advance diya tha, lekin company ne decide kiya hai ki ordering app distributor ka hi use karenge. "
     "Is milestone ka kaam abhi shuru nahi hua hai, please refund process karein.\n\nSandeep Kashyap\nIT In-charge, Bilaspur Pharma Distributors", (2025, 9, 26, 11, 0), IN)],
     [R("approve", "45000.00")], spec="Milestone not_started: refund its amount 45000.00 before tax (O3).")

proj("Aurangabad Caves Heritage Walks", "walks@ellorawalks.example", "2025-08-15T10:00:00")
ow("w7", "OWD-2025-407", "Aurangabad Caves Heritage Walks", "milestone", "25000.00", "2025-09-10T15:00:00", milestone_status="in_progress")
case("o07-aurangabad-milestone-in-progress", OWB, "decided", [M("Prashant Jadhav <walks@ellorawalks.example>", "booking module band karo, refund",
     "Namaskar, Aurangabad Caves Heritage Walks ke booking module (OWD-2025-407) ka kaam aapki team ne shuru kiya hai par hume ab iski zaroorat nahi, "
     "sarkari online ticket site se hi kaam chal jaayega. Jo kaam baaki hai uska paisa lauta dijiye.\n\nPrashant Jadhav", (2025, 9, 27, 12, 0), IN)],
     [R("escalate")], extra_ok=True, spec="Milestone in_progress: the value of unstarted work needs a person: escalate (O3). 'Band karo' may add a harmless cancellation (extra_ok).")

proj("Glow & Grace Beauty Parlour", "glowgrace.parlour@salonmail.example", "2025-07-01T10:00:00")
ow("w8", "OWD-2025-408", "Glow & Grace Beauty Parlour", "milestone", "16000.00", "2025-08-20T15:00:00", milestone_status="completed")
case("o08-parlour-milestone-completed", OWB, "decided", [M("Rekha Malhotra <glowgrace.parlour@salonmail.example>", "website ka paisa wapas",
     "Hello, Glow & Grace Beauty Parlour ki website ka design milestone (OWD-2025-408) complete ho gaya hai par mujhe colour bilkul pasand nahi, "
     "bridal makeup ki photos dhang se nahi dikhti. Us milestone ka paisa wapas chahiye.\n\nRekha Malhotra, Goa", (2025, 9, 28, 15, 0), IN)],
     [R("deny")], spec="Milestone completed: completed deliverables are non-refundable, deny (O3/O6).")

proj("Gwarighat Cricket Academy Care", "coach@gwarighatcricket.example", "2025-04-01T10:00:00")
ow("w9", "OWD-2025-409", "Gwarighat Cricket Academy Care", "retainer", "5000.00", "2025-09-12T15:00:00",
   period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
case("o09-cricket-retainer-notice-ok", OWB, "decided", [M("Sanjay Dubey <coach@gwarighatcricket.example>", "Retainer band - Gwarighat Cricket Academy Care / OWD-2025-409",
     "Namaste, Gwarighat Cricket Academy Care wala monthly retainer band karna hai (last invoice OWD-2025-409). Academy ka naya sponsor apni agency se website sambhalega.\n\n"
     "Sanjay Dubey, Head Coach", (2025, 9, 28, 18, 0), IN)],
     [X("cancel", "2025-10-11")], spec="Retainer, next_billing_at 2025-10-12, request 2025-09-28 on or before the cut-off 2025-10-05: cancel, effective 2025-10-11 (O4).")

proj("Amsterdam Desi Groceries Retainer", "winkel@adamdesigroceries.example", "2025-03-01T10:00:00")
ow("w10", "OWD-2025-410", "Amsterdam Desi Groceries Retainer", "retainer", "9000.00", "2025-09-04T15:00:00",
   period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04")
case("o10-amsterdam-retainer-short-notice", OWB, "decided", [M("Ritu Baldewsingh <winkel@adamdesigroceries.example>", "retainer stop karna",
     "Namaste/hallo,\n\nAmsterdam Desi Groceries Retainer (OWD-2025-410) band karna hai. Hum apni winkel ka webshop ab ek bade marketplace ke partner program pe chala rahe hain, "
     "alag maintenance ki zaroorat nahi.\n\nRitu Baldewsingh, Amsterdam-Zuidoost", (2025, 9, 29, 10, 0), NL)],
     [X("cancel", "2025-11-03")], spec="Request 2025-09-29 13:30 IST, next_billing_at 2025-10-04: less than 7 days' notice, the next cycle 10-04..11-03 is billed; effective 2025-11-03 (O4).")

proj("Johari Bazaar Jewellers SEO", "seo@joharijewellers.example", "2025-02-01T10:00:00")
ow("w11", "OWD-2025-411", "Johari Bazaar Jewellers SEO", "retainer", "35000.00", "2025-09-05T15:00:00",
   period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05")
ow("w12", "OWD-2025-412", "Johari Bazaar Jewellers SEO", "retainer", "35000.00", "2025-09-20T15:00:00",
   period_start="2025-10-05", period_end="2025-11-04", next_billing_at="2025-11-05")
case("o11-jaipur-retainer-paid-ahead", OWB, "decided", [M("Mohit Soni <seo@joharijewellers.example>", "SEO retainer band karna - Johari Bazaar Jewellers SEO",
     "Namaste ji, Johari Bazaar Jewellers SEO retainer band karna hai, humare CA ne kaha hai ki Diwali ke baad marketing ka kharcha kam karna hai. "
     "Dhyan dijiye: October cycle ka paisa (OWD-2025-412) accountant ne pehle hi de diya tha, current invoice OWD-2025-411 hai.\n\nMohit Soni", (2025, 9, 26, 12, 0), IN)],
     [X("escalate")], spec="The next cycle (10-05..11-04) is already paid and the notice is 9 days: the cancellation is escalated (section 8).")

proj("Mandla Forest Lodge Hosting", "stay@mandlaforestlodge.example", "2025-09-15T10:00:00")
ow("w13", "OWD-2025-413", "Mandla Forest Lodge Hosting", "hosting_annual", "30000.00", "2025-09-19T15:00:00", setup_fee="3000.00", service_start="2025-09-20")
assert days("2025-09-20", (2025, 9, 29, 12, 0), IN) == 9 and o5("30000.00", "3000.00") == "24750.00"
case("o12-mandla-hosting-day9", OWB, "decided", [M("Aditi Pathak <stay@mandlaforestlodge.example>", "होस्टिंग रद्द एवं धनवापसी - Mandla Forest Lodge Hosting",
     "नमस्कार,\n\nMandla Forest Lodge Hosting (OWD-2025-413) की वार्षिक होस्टिंग 20 सितंबर से शुरू हुई थी। लॉज अब एक होटल समूह ने ले लिया है जिसकी अपनी वेबसाइट है। "
     "कृपया होस्टिंग रद्द करें और नियम अनुसार धनवापसी करें।\n\nअदिति पाठक", (2025, 9, 29, 12, 0), IN)],
     [R("approve", "24750.00")], extra_ok=True, spec="Hosting annual, start 2025-09-20, day 9: 30000 - 3000 - (27000/12 = 2250) x 1 = 24750.00 (O5); cancellation allowed (extra_ok).")

proj("Fraser Valley Dhaba Care", "dhaba@fraservalleydhaba.example", "2025-09-10T10:00:00")
ow("w14", "OWD-2025-414", "Fraser Valley Dhaba Care", "maintenance_annual", "18000.00", "2025-09-15T15:00:00", setup_fee="0.00", service_start="2025-09-16")
assert days("2025-09-16", (2025, 9, 29, 20, 0), BC) == 14
case("o13-surrey-maintenance-day14", OWB, "decided", [M("Gurpreet Dhillon <dhaba@fraservalleydhaba.example>", "Maintenance plan cancel + refund OWD-2025-414",
     "Sat Sri Akal,\n\nFraser Valley Dhaba Care wala annual maintenance plan (OWD-2025-414) cancel karna hai, 16 Sept nu shuru hoya si. "
     "Dhaba di website hun mera bhatija aap sambhalega. 14 din de andar hi likh reha haan, refund kar do ji.\n\nGurpreet Dhillon, Surrey BC",
     (2025, 9, 29, 20, 0), BC)],
     [R("approve", "16500.00")], extra_ok=True, spec="Sent 2025-09-29 20:00 PDT = 2025-09-30 08:30 IST: day 14 after service_start 2025-09-16, inside; 18000 - 0 - 1500 x 1 = 16500.00 (O5); cancellation allowed (extra_ok).")

proj("Darbhanga Makhana Mart", "mart@makhanamart.example", "2025-08-25T10:00:00")
ow("w15", "OWD-2025-415", "Darbhanga Makhana Mart", "maintenance_annual", "12000.00", "2025-08-31T15:00:00", setup_fee="1200.00", service_start="2025-09-01")
case("o14-darbhanga-maintenance-late", OWB, "decided", [M("Pankaj Mishra <mart@makhanamart.example>", "maintenance ke paisa wapas",
     "Pranam, Darbhanga Makhana Mart ke annual maintenance (OWD-2025-415) 1 September se chalu bhel. Hamra ee nai chahi, website hum ek online bazaar par shift ka rahal chhi. "
     "Paisa wapas karu.\n\nPankaj Mishra", (2025, 9, 26, 11, 0), IN)],
     [R("deny")], extra_ok=True, spec="Maintenance annual, service_start 2025-09-01, request 2025-09-26 = day 25, after 14 days: deny (O5).")

proj("Kohima Coffee Roasters Shop", "roast@kohimacoffee.example", "2025-08-01T10:00:00")
ow("w16", "OWD-2025-416", "Kohima Coffee Roasters Shop", "third_party", "3500.00", "2025-09-24T15:00:00")
case("o15-kohima-ssl", OWB, "decided", [M("Neikhrienuo Meru <roast@kohimacoffee.example>", "SSL refund OWD-2025-416",
     "Hello sir, Kohima Coffee Roasters Shop ke liye SSL certificate ka charge OWD-2025-416 laga hai. Hamara hosting company free SSL deta hai, to ye wapas karo please.\n\nNeikhrienuo",
     (2025, 9, 27, 10, 0), IN)],
     [R("deny")], spec="SSL certificate is a third-party fee: non-refundable (O6).")

proj("Aurangabad Himroo Shawls", "himroo@himrooshawls.example", "2025-09-01T10:00:00")
ow("w17", "OWD-2025-417", "Aurangabad Himroo Shawls", "rush", "8000.00", "2025-09-18T15:00:00")
case("o16-aurangabad-rush", OWB, "decided", [M("Sameer Shaikh <himroo@himrooshawls.example>", "rush charge refund",
     "Sir, Aurangabad Himroo Shawls ki site Navratri se pehle live karne ke liye rush charge OWD-2025-417 diya tha. Site to live ho gayi par "
     "payment gateway do din baad chala. Rush charge wapas kijiye.\n\nSameer Shaikh", (2025, 9, 28, 11, 0), IN)],
     [R("deny")], spec="Rush fees are non-refundable (O6).")

proj("Ratlam Namkeen Online", "orders@ratlamnamkeen.example", None)
ow("w18", "OWD-2025-418", "Ratlam Namkeen Online", "deposit", "10000.00", "2025-09-29T15:00:00")
case("o17-c2-personal-gmail", OWB, "need_info", [M("Govind Agrawal <govind.agrawal1971@webmail.example>", "Ratlam Namkeen Online deposit refund",
     "Namaste, Ratlam Namkeen Online ka deposit OWD-2025-418 wapas chahiye, beta ne kaha hai wo khud website banayega. Contract orders@ratlamnamkeen.example se hua tha, "
     "abhi mobile se personal id se likh raha hoon.\n\nGovind Agrawal", (2025, 9, 30, 9, 0), IN)],
     rules=["C2"], spec="Not from the contract email orders@ratlamnamkeen.example: ask for the request from that address (C2).")

proj("Panaji Spice Plantation Tours", "tours@panajispice.example", "2025-08-10T10:00:00")
ow("w19", "OWD-2025-419", "Panaji Spice Plantation Tours", "milestone", "20000.00", "2025-09-15T15:00:00", milestone_status="not_started")
case("o18-goa-forward-contract", OWB, "need_info", [M("Office Panaji Spice <office.panajispice@webmail.example>", "Fwd: milestone refund",
     "Sir please see below from Malik sahab.\n\n---------- Forwarded message ---------\nFrom: Suresh Pal <tours@panajispice.example>\n"
     "Date: Sun, 28 Sept 2025, 7:40 pm\nSubject: milestone refund\nTo: <office.panajispice@webmail.example>\n\n"
     "Optima ko bolo Panaji Spice Plantation Tours ka milestone OWD-2025-419 refund karein, wo phase ab nahi karna, monsoon mein tourist aaye hi nahi. "
     "Contract email tours@panajispice.example hai.", (2025, 9, 29, 10, 0), IN)],
     rules=["C2"], spec="A Gmail-style forward carrying the owner's request that names the contract email tours@panajispice.example: ask for it from that address (C2, section 8 Forwards).")

proj("Jabalpur Marble Rocks Cafe Care", "cafe@marblerockscafe.example", "2025-04-01T10:00:00")
ow("w20", "OWD-2025-420", "Jabalpur Marble Rocks Cafe Care", "retainer", "4000.00", "2025-09-20T15:00:00",
   period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
case("o19-retainer-no-reason", OWB, "need_info", [M("Alka Jain <cafe@marblerockscafe.example>", "Retainer cancel - Jabalpur Marble Rocks Cafe Care / OWD-2025-420",
     "नमस्ते,\n\nJabalpur Marble Rocks Cafe Care का retainer cancel कर दीजिए। Invoice OWD-2025-420.\n\nधन्यवाद\nअलका जैन", (2025, 9, 27, 12, 0), IN)],
     missing=["reason"], spec="Optima requires a reason for a cancellation too (section 8): project and invoice given, ask for the reason (C3).")

proj("Naga Handloom Collective", "weave@nagahandloom.example", "2025-08-01T10:00:00")
proj("Naga Honey Cooperative", "weave@nagahandloom.example", "2025-08-01T10:00:00")
ow("w21", "OWD-2025-421", "Naga Handloom Collective", "milestone", "22000.00", "2025-09-18T15:00:00", milestone_status="not_started")
ow("w22", "OWD-2025-422", "Naga Honey Cooperative", "milestone", "22000.00", "2025-09-18T15:05:00", milestone_status="completed")
case("o20-naga-thread-project-later", OWB, "decided", [
    M("Akum Jamir <weave@nagahandloom.example>", "milestone refund",
      "Sir, ek milestone ka refund chahiye, hamari samiti ki funding NGO ne rok di hai, to ye phase nahi kar sakte.\n\nAkum Jamir, Mokokchung", (2025, 9, 26, 11, 0), IN),
    M("Akum Jamir <weave@nagahandloom.example>", "Re: milestone refund",
      "Sir, project Naga Handloom Collective hai, invoice OWD-2025-421.\n\nAkum\n\n> Sir, ek milestone ka refund chahiye", (2025, 9, 27, 10, 0), IN)],
    [R("approve", "22000.00")], spec="Thread: the answer names the project and invoice; milestone not_started: refund 22000.00 before tax (O3, C3).")

proj("Jaipur Blue Pottery Store", "pottery@jaipurbluepottery.example", None)
ow("w23", "OWD-2025-423", "Jaipur Blue Pottery Store", "deposit", "14000.00", "2025-09-28T15:00:00")
case("o21-jaipur-chargeback", OWB, "decided", [M("Kamal Kumawat <pottery@jaipurbluepottery.example>", "deposit wapas warna chargeback",
     "Jaipur Blue Pottery Store ka deposit OWD-2025-423 turant wapas karo, humne plan badal diya hai. Kal tak nahi aaya to bank mein chargeback daal dunga.\n\nKamal Kumawat",
     (2025, 9, 29, 16, 0), IN)],
     [R("escalate")], rules=["C4"], spec="Chargeback threat: escalate (C4).")

proj("Bilaspur Cricket League Site Care", "league@bilaspurcricket.example", "2025-04-01T10:00:00")
ow("w24", "OWD-2025-424", "Bilaspur Cricket League Site Care", "retainer", "6000.00", "2025-09-15T15:00:00",
   period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
case("o22-bilaspur-consumer-forum-cancel", OWB, "decided", [M("Vinod Kaushik <league@bilaspurcricket.example>", "retainer cancel - Bilaspur Cricket League Site Care",
     "Bilaspur Cricket League Site Care ka retainer (OWD-2025-424) cancel kijiye. Scorecard page teen match se update nahi hua, aapki service bekaar hai. "
     "Agar aage ka charge laga to consumer forum jaaunga.\n\nVinod Kaushik, Secretary", (2025, 9, 27, 19, 0), IN)],
     [X("escalate")], rules=["C4"], spec="Mentions the consumer forum: C4 covers the whole case, the cancellation is escalated (section 8).")

case("o23-hypothetical-before", OWB, "other", [M("Renu Kashyap <renu.herbals@webmail.example>", "deposit refund ke baare mein sawal",
     "Namaste, hum apne herbal products ke liye website banwana chahte hain. Agar deposit dene ke baad hum mann badal lein to kya deposit wapas milega? "
     "Pehle samajhna tha.\n\nRenu Kashyap, Dhamtari", (2025, 9, 28, 11, 0), IN)],
     spec="Hypothetical before buying: policy question, other (section 8).")

case("o24-auto-generated-receipt", OWB, "ignore", [M("PayGate Receipts <no-reply@receipts.paygate.example>", "Payment receipt: OWD-2025-424 refund status",
     "Aapka bhugtan safal raha. Ye ek swachalit email hai, kripya uttar na dein.", (2025, 9, 27, 19, 5), IN,
     hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})],
     rules=["C7"], spec="Auto-Submitted: auto-generated, Precedence: bulk: ignore (C7).")


if __name__ == "__main__":
    out = build("hi")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
