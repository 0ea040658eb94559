"""fresh28 English cases (qa28c): regenerate with `python3 make_cases.py`."""
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
            mid = f"<{lang}.{num}.{i}.fresh28@mail.example>"
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


SAST, PKT, BST6, SLT, AEST, AWST, NZST, NZDT, CDT, EDT, PDT, MDT, ADT, NDT, JAM, TTO, IST = (
    120, 300, 360, 330, 600, 480, 720, 780, -300, -240, -420, -360, -180, -150, -300, -240, 330)
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")
DISC = ("\n\n--\nThis e-mail and any attachments are confidential and may be legally privileged. If you are not the "
        "intended recipient, please notify the sender and delete it. Views expressed are those of the individual sender.")

# ======================= LeadsOptima =======================
cust("pieter.vanwyk@telkomsa.net", "Pieter van Wyk", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e28_p01", "LO-INV-81101", "pieter.vanwyk@telkomsa.net", "monthly", *Mo, "2025-09-26T11:15:00", "2025-09-26", "2025-10-25")
lopay("e28_p02", "LO-INV-81102", "pieter.vanwyk@telkomsa.net", "monthly", *Mo, "2025-09-26T11:16:00", "2025-09-26", "2025-10-25")
case("l01-za-lowercase-ref-ja-nee", LOB, "decided", [M("Pieter van Wyk <pieter.vanwyk@telkomsa.net>",
     "double debit on my card??",
     "Morning guys\n\nJa no, my FNB app shows you took R1499 twice on Friday, two identical debits a minute apart. "
     "The second one is lo inv 81102 according to your email. I'm only on the one monthly plan, so please reverse that one, "
     "the first one can stay.\n\nCheers\nPieter\n\nSent from my Huawei phone",
     (2025, 9, 29, 8, 5), SAST)], [R("approve", "1499.00")],
     spec="Two paid monthly charges 2025-09-26 same period; request 2025-09-29 IST = day 3: refund the later charge LO-INV-81102 1499.00 (L4, section 8 invoice spacing).")

cust("aroha.ngata@xtra.co.nz", "Aroha Ngata", "annual", start="2025-09-23", end="2026-09-22")
lopay("e28_p03", "LO-INV-81111", "aroha.ngata@xtra.co.nz", "annual", *A, "2025-09-23T14:00:00", "2025-09-23", "2026-09-22")
lopay("e28_p04", "LO-INV-81112", "aroha.ngata@xtra.co.nz", "annual", *A, "2025-09-23T14:02:00", "2025-09-23", "2026-09-22")
case("l02-nz-local-day8-ist-day7", LOB, "decided", [M("Aroha Ngata <aroha.ngata@xtra.co.nz>",
     "Kia ora - annual sub charged twice",
     "Kia ora team,\n\nSorry to email so late, just got home from the marae. I was going through the business account and the "
     "annual subscription has gone out twice on the 23rd, LO-INV-81111 and LO-INV-81112, both $11,988 (well, INR). "
     "Can you please refund the second one? I only signed up once.\n\nNgā mihi,\nAroha",
     (2025, 10, 1, 0, 30), NZDT)], [R("approve", "11988.00")],
     spec="Sent 2025-10-01 00:30 +13:00 = 2025-09-30 17:00 IST: day 7 after the 2025-09-23 charges (inside, L3, counted in IST, not the sender's day 8); refund LO-INV-81112 11988.00 (L4).")

cust("nuwan.perera@sltnet.lk", "Nuwan Perera", "monthly", start="2025-09-21", end="2025-10-20")
lopay("e28_p05", "LO-INV-81121", "nuwan.perera@sltnet.lk", "monthly", *Mo, "2025-09-21T23:40:00", "2025-09-21", "2025-10-20")
lopay("e28_p06", "LO-INV-81122", "nuwan.perera@sltnet.lk", "monthly", *Mo, "2025-09-21T23:41:00", "2025-09-21", "2025-10-20")
case("l03-lk-kind-notice-day8", LOB, "decided", [M("Nuwan Perera <nuwan.perera@sltnet.lk>",
     "Duplicate Payment - Kind Attention",
     "Dear Sir/Madam,\n\nI wish to bring to your kind notice that an amount of Rs. 1,499.00 has been debited twice from my "
     "Commercial Bank credit card on 21.09.2025 night for the monthly package (LO-INV-81121 and LO-INV-81122).\n\n"
     "I was out of station for a family wedding in Galle and hence the delay in writing. I kindly request you to refund the duplicate amount.\n\n"
     "Thanking you,\nYours faithfully,\nNuwan Perera\nKandy",
     (2025, 9, 29, 0, 10), SLT)], [R("deny")],
     spec="Charges 2025-09-21 23:40 IST; request 2025-09-29 00:10 (+05:30) = day 8: outside the 7-day window (L3): deny.")

cust("kylie.brennan@iinet.net.au", "Kylie Brennan", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("e28_p07", "LO-INV-81131", "kylie.brennan@iinet.net.au", "quarterly", *Q, "2025-09-20T06:00:00", "2025-09-20", "2025-12-19")
lopay("e28_p08", "LO-INV-81132", "kylie.brennan@iinet.net.au", "quarterly", *Q, "2025-09-20T06:03:00", "2025-09-20", "2025-12-19")
lopay("e28_p09", "LO-INV-81133", "kylie.brennan@iinet.net.au", "quarterly", *Q, "2025-09-25T06:00:00", "2025-09-20", "2025-12-19")
case("l04-perth-three-charges-one-late", LOB, "decided", [M("Kylie Brennan <kylie.brennan@iinet.net.au>",
     "3x quarterly charges??",
     "Hi there,\n\nNot impressed. Quarterly plan, ONE account, and I've been charged three times: 20/9 (twice, LO-INV-81131 and "
     "LO-INV-81132) and again 25/9 (LO-INV-81133). Bank's already flagged it as suspicious. Refund the extras please, "
     "at least the one from the 25th asap.\n\nKylie\nBrennan Mobile Dog Wash, Joondalup",
     (2025, 9, 28, 13, 0), AWST)], [R("approve", "3999.00")],
     spec="Three paid charges same period; request 2025-09-28 10:30 IST: the 09-20 duplicate is day 8 (out), the 09-25 one day 3 (in): refund 3999.00 (section 8 three or more).")

cust("faisal.siddiqui@cyber.net.pk", "Faisal Siddiqui", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("e28_p10", "LO-INV-81141", "faisal.siddiqui@cyber.net.pk", "quarterly", *A, "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
case("l05-pk-annual-price-for-quarterly", LOB, "decided", [M("Faisal Siddiqui <faisal.siddiqui@cyber.net.pk>",
     "Wrong amount charged against Invoice # LO-INV-81141",
     "AoA,\n\nI subscribed for Quarterly package but system has charged Rs 11,988/- which is annual price instead of 3,999/-. "
     "Kindly check and refund the excess amount at the earliest as this was not the amount we agreed.\n\nJazakAllah\n"
     "Faisal Siddiqui\nSiddiqui Traders, Saddar, Karachi\n+92 300 1234567",
     (2025, 9, 26, 11, 30), PKT)], [R("escalate")],
     spec="Charged the annual price for a quarterly plan (billing error) on 2025-09-24, request day 2: escalate with the charge (L5).")

cust("tanvir.hossain@bracnet.net", "Tanvir Hossain", "monthly", status="cancelled", start="2025-09-10", end="2025-10-09")
lopay("e28_p11", "LO-INV-81151", "tanvir.hossain@bracnet.net", "monthly", *Mo, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
case("l06-bd-charged-after-cancel-late", LOB, "decided", [M("Tanvir Hossain <tanvir.hossain@bracnet.net>",
     "Charged after cancellation",
     "Dear Concern,\n\nI had cancelled my monthly subscription in August but still I was charged after I cancelled, "
     "on 10th September, invoice LO-INV-81151. I noticed only today while doing the office accounts. Please refund.\n\n"
     "Best regards,\nTanvir Hossain\nMirpur DOHS, Dhaka",
     (2025, 9, 24, 15, 0), BST6)], [R("deny")],
     spec="Billing error but the charge is 2025-09-10 and the request 2025-09-24 IST (day 14): outside 7 days, deny (L3).")

cust("bobby.ray.tillman@bellsouth.net", "Bobby Ray Tillman", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e28_p12", "LO-INV-81161", "bobby.ray.tillman@bellsouth.net", "monthly", *Mo, "2025-09-25T19:00:00", "2025-09-25", "2025-10-24")
case("l07-alabama-locked-out", LOB, "decided", [M("Bobby Ray Tillman <bobby.ray.tillman@bellsouth.net>",
     "cant get in",
     "hey yall\n\nim locked out of the dashboard since Saturday, keeps saying session expired and kicks me right back "
     "to the login page. tried chrome and my wifes ipad. paid you good money on the 25th (LO/INV/81161) and cant use it. "
     "either fix it or refund it\n\nBobby Ray\nTillman Pest Control, Dothan AL",
     (2025, 9, 29, 7, 45), CDT)], [R("escalate")],
     spec="Access failure (locked out) inside 7 days of the 2025-09-25 charge (request 2025-09-29 IST): escalate (L6); LO/INV/81161 matches (section 8).")

cust("megan.leblanc@rogers.com", "Megan LeBlanc", "monthly", start="2025-09-20", end="2025-10-19")
lopay("e28_p13", "LO-INV-81171", "megan.leblanc@rogers.com", "monthly", *Mo, "2025-09-20T19:00:00", "2025-09-20", "2025-10-19")
case("l08-toronto-evening-day7", LOB, "decided", [M("Megan LeBlanc <megan.leblanc@rogers.com>",
     "Platform not loading - refund request LO-INV-81171",
     "Hello,\n\nSince my payment on September 20 the platform has not loaded past the spinning wheel on any browser, "
     "and your chat bot just loops. I've lost a full week of outreach. I'd like a refund for this month, please.\n\n"
     "Thanks,\nMegan LeBlanc\nLeBlanc Realty Group | Toronto, ON",
     (2025, 9, 27, 13, 50), EDT)], [R("escalate")],
     spec="Sent 2025-09-27 13:50 -04:00 = 23:20 IST, day 7 after the 2025-09-20 charge (inside): access failure, escalate (L6).")

cust("andre.campbell@flowja.com", "Andre Campbell", "monthly", start="2025-09-24", end="2025-10-23")
lopay("e28_p14", "LO-INV-81181", "andre.campbell@flowja.com", "monthly", *Mo, "2025-09-24T20:00:00", "2025-09-24", "2025-10-23")
case("l09-jamaica-business-slow", LOB, "decided", [M("Andre Campbell <andre.campbell@flowja.com>",
     "Refund pls",
     "Good day,\n\nI signed up on Wednesday (invoice LO-INV-81181) but business slow down bad since the hurricane warning, "
     "so mi nah go use it this month at all. Beg you refund the money please.\n\nRespect,\nAndre\nCampbell Auto Parts, Spanish Town",
     (2025, 9, 27, 9, 0), JAM)], [R("deny")],
     spec="Business slow / will not use it is not an L2 exception: refund denied (L1), cancellation offered.")

cust("hamish.walker@slingshot.co.nz", "Hamish Walker", "annual", start="2025-05-12", end="2026-05-11")
lopay("e28_p15", "LO-INV-81191", "hamish.walker@slingshot.co.nz", "annual", *A, "2025-05-12T10:00:00", "2025-05-12", "2026-05-11")
case("l10-nz-unused-months-cancel", LOB, "decided", [M("Hamish Walker <hamish.walker@slingshot.co.nz>",
     "Cancel + refund remaining months",
     "Gidday,\n\nWe're selling the farmstay so we won't need LeadsOptima after this month. Please cancel the annual plan and "
     "refund the unused months (invoice LO-INV-81191) - that's roughly 7 months we won't touch.\n\nCheers,\nHamish",
     (2025, 9, 24, 16, 0), NZST)], [R("deny"), X("cancel", "2026-05-11")],
     spec="Unused months are not refunded (L1, clause 2 'no partial refunds'); cancellation active until current_period_end 2026-05-11 (L8).")

cust("lindiwe.zulu@webmail.co.za", "Lindiwe Zulu", "monthly", status="trial", trial_ends="2025-10-06")
case("l11-za-trial-refund", LOB, "decided", [M("Lindiwe Zulu <lindiwe.zulu@webmail.co.za>",
     "Refund",
     "Hi\n\nI'm still on the free trial but I am scared I will be charged. If anything was taken from my Capitec card please "
     "refund it, I never chose a paid plan.\n\nThanks\nLindiwe",
     (2025, 9, 28, 18, 0), SAST)], [R("deny")], extra_ok=True,
     spec="Free trial, no charges in the ledger: nothing to refund (L7); 'never chose a paid plan' might be read as a cancellation (extra_ok).")

cust("jess.moran@bigpond.com", "Jess Moran", "monthly", start="2025-09-18", end="2025-10-17")
lopay("e28_p16", "LO-INV-81201", "jess.moran@bigpond.com", "monthly", *Mo, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("l12-au-iphone-one-liner", LOB, "decided", [M("Jess Moran <jess.moran@bigpond.com>",
     "cancel",
     "pls cancel my sub, going back to spreadsheets lol\n\nSent from my iPhone",
     (2025, 9, 25, 19, 12), AEST)], [X("cancel", "2025-10-17")],
     spec="Cancellation from the registered email; plan filled from the ledger: active until current_period_end 2025-10-17 (L8).")

cust("genevieve.tremblay@videotron.ca", "Geneviève Tremblay", "quarterly")
lopay("e28_p17", "LO-INV-81211", "genevieve.tremblay@videotron.ca", "quarterly", *Q, "2025-08-14T18:00:00")
case("l13-montreal-franglais-fallback", LOB, "decided", [M("Geneviève Tremblay <genevieve.tremblay@videotron.ca>",
     "Annulation / cancellation",
     "Bonjour/Hi,\n\nPlease cancel my quarterly plan at the end of the current period. On ferme la boutique en novembre "
     "(we are closing the shop). Merci de confirmer par courriel.\n\nGeneviève Tremblay\nBoutique Les Trois Pommes, Montréal",
     (2025, 9, 26, 10, 0), EDT)], [X("cancel", "2025-11-13")],
     spec="No current_period_end: last charge 2025-08-14 + 3 months - 1 day = 2025-11-13 (L8 fallback).")

cust("wade.fontenot@cox.net", "Wade Fontenot", "annual")
lopay("e28_p18", "LO-INV-81221", "wade.fontenot@cox.net", "annual", *A, "2025-01-31T19:45:00Z")
case("l14-louisiana-utc-fallback", LOB, "decided", [M("Wade Fontenot <wade.fontenot@cox.net>",
     "Cancel my plan",
     "Howdy,\n\nGo ahead and cancel my annual LeadsOptima plan, no auto renew. The crawfish business is seasonal and "
     "I'll just come back in spring if I need it. No refund needed.\n\nWade Fontenot\nBreaux Bridge, LA",
     (2025, 9, 24, 8, 0), CDT)], [X("cancel", "2026-01-31")],
     spec="Charge 2025-01-31T19:45Z = 2025-02-01 01:15 IST: local date 2025-02-01 + 12 months - 1 day = 2026-01-31 (L8, section 8 ledger offsets); 'No refund needed' adds no refund.")

cust("accounts@mughalfoods.pk", "Mughal Foods", "annual", start="2025-09-25", end="2026-09-24")
lopay("e28_p19", "LO-INV-81231", "accounts@mughalfoods.pk", "annual", *A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
lopay("e28_p20", "LO-INV-81232", "accounts@mughalfoods.pk", "annual", *A, "2025-09-25T10:01:00", "2025-09-25", "2026-09-24")
case("l15-lahore-gmail-names-official", LOB, "need_info", [M("Asad Mughal <asad.mughal1987@gmail.com>",
     "Double charge - Mughal Foods",
     "Dear Team,\n\nOur company account (registered email accounts@mughalfoods.pk) has been charged twice for annual plan "
     "on 25-09-2025, LO-INV-81232 is the duplicate. I am the director, writing from my personal email as office email is down. "
     "Kindly refund.\n\nRegards,\nAsad Mughal\nDirector, Mughal Foods, Lahore",
     (2025, 9, 27, 12, 0), PKT)], rules=["C2"],
     spec="Sender is not the registered email he names: ask for the request from accounts@mughalfoods.pk, nothing disclosed (C2).")

cust("chaminda@ceylonspice.lk", "Chaminda Fernando", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("e28_p21", "LO-INV-81241", "chaminda@ceylonspice.lk", "quarterly", *Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
case("l16-colombo-outlook-forward-secretary", LOB, "need_info", [M("Dilani Secretary <dilani.ceylonspice@gmail.com>",
     "FW: LeadsOptima cancellation",
     "Dear Sir,\n\nPlease see below mail from our Chairman and do the needful.\n\nDilani\n\n"
     "________________________________\nFrom: Chaminda Fernando <chaminda@ceylonspice.lk>\nSent: Thursday, September 25, 2025 9:14 AM\n"
     "To: Dilani <dilani.ceylonspice@gmail.com>\nSubject: LeadsOptima cancellation\n\n"
     "Dilani, please write to LeadsOptima and cancel our quarterly subscription. We are moving to the group CRM from next quarter.\n\nCF\n",
     (2025, 9, 25, 11, 0), SLT)], rules=["C2"],
     spec="Forward carrying the chairman's registered address, sent from the secretary's gmail: C2, ask for the request from chaminda@ceylonspice.lk (section 8 Forwards).")

cust("sipho.khumalo@mweb.co.za", "Sipho Khumalo", "monthly", start="2025-09-27", end="2025-10-26")
lopay("e28_p22", "LO-INV-81251", "sipho.khumalo@mweb.co.za", "monthly", *Mo, "2025-09-27T08:00:00", "2025-09-27", "2025-10-26")
lopay("e28_p23", "LO-INV-81252", "sipho.khumalo@mweb.co.za", "monthly", *Mo, "2025-09-27T08:00:45", "2025-09-27", "2025-10-26")
case("l17-za-forwards-bank-sms", LOB, "decided", [M("Sipho Khumalo <sipho.khumalo@mweb.co.za>",
     "Fwd: Absa notification",
     "See below bru, you guys debited me twice on Saturday. Second one is LO-INV-81252. Please refund that one.\n\n"
     "---------- Forwarded message ---------\nFrom: Absa Notify <notify@absa.example>\nDate: Sat, 27 Sept 2025 at 04:31\n"
     "Subject: Absa notification\nTo: <sipho.khumalo@mweb.co.za>\n\n"
     "Absa: CHEQ4412, Card purchase, R1499.00, LEADSOPTIMA. Available R3 211.44.\n"
     "Absa: CHEQ4412, Card purchase, R1499.00, LEADSOPTIMA. Available R1 712.44.\n",
     (2025, 9, 28, 9, 0), SAST)], [R("approve", "1499.00")],
     spec="The registered sender forwards his bank's alert (no other address named in a request): duplicate 2025-09-27, request day 1: refund LO-INV-81252 1499.00 (L4).")

cust("shirin@dhakaknit.com.bd", "Shirin Akhter", "monthly", start="2025-09-22", end="2025-10-21")
lopay("e28_p24", "LO-INV-81261", "shirin@dhakaknit.com.bd", "monthly", *Mo, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
case("l18-bd-plus-tag", LOB, "need_info", [M("Shirin Akhter <shirin+billing@dhakaknit.com.bd>",
     "Cancel subscription",
     "Dear Sir,\n\nKindly cancel the monthly subscription of Dhaka Knit. We have moved our lead management to the buyer's portal.\n\n"
     "With thanks,\nShirin Akhter\nMerchandising, Dhaka Knit Composite Ltd.",
     (2025, 9, 26, 10, 0), BST6)], rules=["C2"],
     spec="shirin+billing@ is another address than the registered shirin@ (section 8 +tag): C2.")

cust("trent.howard@optusnet.com.au", "Trent Howard", "monthly", start="2025-09-24", end="2025-10-23")
lopay("e28_p25", "LO-INV-81271", "trent.howard@optusnet.com.au", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l19-brisbane-reply-to", LOB, "need_info", [M("Trent H <trent.howard.tradie@gmail.com>",
     "cancel LeadsOptima",
     "G'day, cancel my monthly thanks, I've hired an office girl who does it all by phone now. Reply to my work email.\n\nTrent",
     (2025, 9, 26, 6, 30), AEST, hdr={"Reply-To": "trent.howard@optusnet.com.au"})], rules=["C2"],
     spec="From a gmail address; Reply-To is the registered email but never verifies anyone (section 8): C2.")

cust("procurement@karoominerals.co.za", "Karoo Minerals (Pty) Ltd", "annual", start="2025-04-01", end="2026-03-31")
lopay("e28_p26", "LO-INV-81281", "procurement@karoominerals.co.za", "annual", *A, "2025-04-01T10:00:00", "2025-04-01", "2026-03-31")
case("l20-za-procurement-notice", LOB, "decided", [M("Group Procurement <procurement@karoominerals.co.za>",
     "NOTICE OF NON-RENEWAL: LeadsOptima annual subscription (Vendor No. V-20931)",
     "Dear Supplier,\n\nKaroo Minerals (Pty) Ltd hereby gives notice that it will not renew, and wishes to cancel, the "
     "LeadsOptima annual subscription held under this address. Reason: vendor consolidation following the group's "
     "2026 sourcing review.\n\nPlease confirm the cancellation and the final date of service in writing, quoting our "
     "Vendor No. on all correspondence.\n\nKind regards\nN. Botha\nCategory Manager: IT & Software\nGroup Procurement | "
     "Karoo Minerals (Pty) Ltd | Reg. 1998/004512/07" + DISC,
     (2025, 9, 23, 14, 0), SAST)], [X("cancel", "2026-03-31")],
     spec="Formal procurement cancellation from the registered email: active until current_period_end 2026-03-31 (L8); no threat.")

cust("tammy.sue.pickett@windstream.net", "Tammy Sue Pickett", "monthly", start="2025-09-19", end="2025-10-18")
lopay("e28_p27", "LO-INV-81291", "tammy.sue.pickett@windstream.net", "monthly", *Mo, "2025-09-19T20:00:00", "2025-09-19", "2025-10-18")
case("l21-georgia-amex-chargeback-cancel", LOB, "decided", [M("Tammy Sue Pickett <tammy.sue.pickett@windstream.net>",
     "CANCEL NOW",
     "I want this cancelled TODAY and my money back for invoice LO-INV-81291. Your software has been nothing but a headache. "
     "If I don't hear back by Friday I'm calling Amex and doing a chargeback, bless your heart.\n\nTammy Sue\nPickett's Pies, Macon GA",
     (2025, 9, 23, 9, 0), EDT)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="Chargeback threat: every intent escalated, the cancellation included (C4, section 8).")

cust("nadia.adams@vodamail.co.za", "Nadia Adams", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("e28_p28", "LO-INV-81301", "nadia.adams@vodamail.co.za", "quarterly", *Q, "2025-09-26T09:00:00", "2025-09-26", "2025-12-25")
lopay("e28_p29", "LO-INV-81302", "nadia.adams@vodamail.co.za", "quarterly", *Q, "2025-09-26T09:00:30", "2025-09-26", "2025-12-25")
case("l22-cpt-bank-suggested-dispute-declined", LOB, "decided", [M("Nadia Adams <nadia.adams@vodamail.co.za>",
     "Charged twice - LO-INV-81302",
     "Hi LeadsOptima team\n\nI was billed twice for the quarterly plan on 26 September (LO-INV-81301 and LO-INV-81302). "
     "The lady at Nedbank said I could lodge a dispute, but honestly I'd much rather sort it out with you directly, "
     "no need for all that. Please just refund the second charge.\n\nKind regards\nNadia Adams\nBo-Kaap Bakes, Cape Town",
     (2025, 9, 29, 10, 0), SAST)], [R("approve", "3999.00")],
     spec="The dispute is only mentioned as the bank's suggestion and ruled out (section 8): no C4. Duplicate day 3: refund LO-INV-81302 3999.00 (L4).")

cust("rafiq.islam@agni.com", "Rafiqul Islam", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e28_p30", "LO-INV-81311", "rafiq.islam@agni.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l23-bd-consumer-rights-directorate", LOB, "decided", [M("Rafiqul Islam <rafiq.islam@agni.com>",
     "Complaint regarding wrong billing",
     "To\nThe Manager, LeadsOptima\n\nSub: Charged wrong amount vide LO-INV-81311\n\nSir,\nThe amount deducted is not "
     "the amount we agreed on the sales call. If this is not resolved within 3 working days I shall be compelled to lodge "
     "a complaint with the Directorate of National Consumer Rights Protection and the consumer court.\n\nRafiqul Islam\nChattogram",
     (2025, 9, 27, 11, 0), BST6)], [R("escalate")], rules=["C4"],
     spec="Threat of a consumer court complaint: escalate (C4).")

cust("bec.oconnell@tpg.com.au", "Bec O'Connell", "annual", start="2025-09-24", end="2026-09-23")
lopay("e28_p31", "LO-INV-81321", "bec.oconnell@tpg.com.au", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
case("l24-melb-acl-rights", LOB, "decided", [M("Bec O'Connell <bec.oconnell@tpg.com.au>",
     "No access since payment - refund",
     "Hi,\n\nPaid for the annual plan on Wednesday (LO-INV-81321) and have had no access since - every login attempt "
     "errors out. Under the Australian Consumer Law a service has to be delivered with due care and skill, and I know my "
     "statutory rights. Please refund in full.\n\nBec",
     (2025, 9, 27, 12, 0), AEST)], [R("escalate")], rules=["C4"],
     spec="Mention of statutory rights (Australian Consumer Law): escalate (C4), whatever L6 would say.")

case("l25-nz-before-signing-up", LOB, "other", [M("Tama Rewiti <tama.rewiti@outlook.co.nz>",
     "Question before I sign up",
     "Kia ora,\n\nThinking of going annual for my landscaping business. If I pay for the year and it turns out not to "
     "suit, would I get a refund for the rest of it? Just want to know before I commit.\n\nCheers, Tama",
     (2025, 9, 27, 9, 0), NZST)],
     spec="A hypothetical question before buying: other (section 8).")

cust("keisha.browne@tstt.net.tt", "Keisha Browne", "monthly", start="2025-09-14", end="2025-10-13")
lopay("e28_p32", "LO-INV-81331", "keisha.browne@tstt.net.tt", "monthly", *Mo, "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
case("l26-trinidad-thanks-refund-came", LOB, "other", [M("Keisha Browne <keisha.browne@tstt.net.tt>",
     "Re: duplicate charge",
     "Good afternoon,\n\nJust to say the refund for the double charge reach my account this morning. Thank you so much, "
     "allyuh real quick with it. Have a blessed weekend!\n\nKeisha\nPort of Spain",
     (2025, 9, 26, 14, 0), TTO)],
     spec="A thank-you after a refund (past event) asks for nothing: other.")

cust("darnell.jackson@att.net", "Darnell Jackson", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("e28_p33", "LO-INV-81341", "darnell.jackson@att.net", "quarterly", *Q, "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
case("l27-memphis-cpa-invoice-copy", LOB, "other", [M("Darnell Jackson <darnell.jackson@att.net>",
     "Invoice for my accountant",
     "Hey there,\n\nMy CPA needs an itemized invoice for LO-INV-81341 showing the tax separately, for my quarterly filing. "
     "Can y'all send that over? Back in the summer y'all refunded a charge for me real quick, appreciate that.\n\n"
     "Darnell\nJackson Lawn Care, Memphis TN",
     (2025, 9, 24, 10, 0), CDT)],
     spec="Invoice copy request and a past refund mentioned: neither refund nor cancellation: other.")

cust("liam.mcdonald@shaw.ca", "Liam McDonald", "annual", start="2025-06-10", end="2026-06-09")
lopay("e28_p34", "LO-INV-81351", "liam.mcdonald@shaw.ca", "annual", *A, "2025-06-10T10:00:00", "2025-06-10", "2026-06-09")
case("l28-calgary-no-refund-just-cancel", LOB, "decided", [M("Liam McDonald <liam.mcdonald@shaw.ca>",
     "Cancellation - no refund needed",
     "Hi folks,\n\nI know the policy, I'm not asking for a refund of the annual fee. Just please make sure it doesn't "
     "renew next June - cancel the plan. We've merged with another brokerage that has its own CRM.\n\nAll the best,\nLiam\nCalgary, AB",
     (2025, 9, 25, 15, 0), MDT)], [X("cancel", "2026-06-09")],
     spec="'Not asking for a refund' adds no refund intent (section 8): cancel, active until 2026-06-09 (L8).")

case("l29-za-out-of-office", LOB, "ignore", [M("Pieter van Wyk <pieter.vanwyk@telkomsa.net>",
     "Automatic reply: Re: double debit on my card?? [LO-1201]",
     "Thank you for your email. I am on leave until 6 October with limited access to email. For urgent matters "
     "please contact the office on 021 555 0199.\n\nPieter",
     (2025, 9, 30, 9, 0), SAST, hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied out-of-office: ignore (C7).")

case("l30-pk-mailer-daemon", LOB, "ignore", [M("Mail Delivery Subsystem <MAILER-DAEMON@mail.cyber.net.pk>",
     "Undelivered Mail Returned to Sender",
     "This is the mail system at host mail.cyber.net.pk.\n\nI'm sorry to have to inform you that your message could not "
     "be delivered to one or more recipients.\n\n<f.siddiqui@cyber.net.pk>: host mail.cyber.net.pk said: 550 5.1.1 "
     "User unknown\n\nOriginal subject: Re: Wrong amount charged against Invoice # LO-INV-81141 [LO-1205]",
     (2025, 9, 26, 12, 0), PKT)], rules=["C7"],
     spec="A bounce from MAILER-DAEMON: ignore (C7).")

case("l31-au-chamber-newsletter", LOB, "ignore", [M("Perth Small Business Network <news@psbn.org.au>",
     "This month: refunds, cancellations and your consumer rights",
     "Hi member,\n\nIn this issue: how to handle customer refund requests, cancelling subscriptions you no longer use, "
     "and a refresher on the Australian Consumer Law. Unsubscribe: https://psbn.org.au/u",
     (2025, 9, 25, 8, 0), AWST, hdr={"List-Id": "PSBN members <members.psbn.org.au>", "Precedence": "list",
                                      "List-Unsubscribe": "<https://psbn.org.au/u>"})], rules=["C7"],
     spec="Mailing-list newsletter (List-Id, Precedence: list) full of refund words: ignore (C7).")

cust("ops@colombocargo.lk", "Colombo Cargo Services", "monthly", start="2025-09-27", end="2025-10-26")
lopay("e28_p35", "LO-INV-81361", "ops@colombocargo.lk", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
case("l32-lk-refund-no-reason", LOB, "need_info", [M("Operations <ops@colombocargo.lk>",
     "Refund Request - LO-INV-81361",
     "Dear Team,\n\nWith reference to the above invoice, kindly process a full refund to the original card at your "
     "earliest convenience and revert with confirmation.\n\nThanks & Best Regards,\nOperations Team\nColombo Cargo Services (Pvt) Ltd\n"
     "No. 42, Baseline Road, Colombo 09" + DISC,
     (2025, 9, 29, 10, 0), SLT)], missing=["reason"],
     spec="Refund restated with invoice, no reason (signature and disclaimer are not reasons, section 8): ask for the reason (C3); plan from the ledger.")

cust("usha.ramlal@telkomsa.net", "Usha Ramlal", "quarterly", start="2025-09-18", end="2025-12-17")
lopay("e28_p36", "LO-INV-81371", "usha.ramlal@telkomsa.net", "quarterly", *Q, "2025-06-18T10:00:00", "2025-06-18", "2025-09-17")
lopay("e28_p37", "LO-INV-81372", "usha.ramlal@telkomsa.net", "quarterly", *Q, "2025-09-18T10:00:00", "2025-09-18", "2025-12-17")
case("l33-durban-overcharged-no-invoice", LOB, "need_info", [M("Usha Ramlal <usha.ramlal@telkomsa.net>",
     "Overcharged",
     "Hi\n\nI think I've been overcharged on my quarterly plan, the amount on my statement doesn't look right to me "
     "compared to what the sales person quoted. Please refund the difference.\n\nUsha\nRamlal Spice Emporium, Durban",
     (2025, 9, 22, 11, 0), SAST)], missing=["invoice_number"],
     spec="Verified sender with two charges (June, September) and no invoice named: the charge cannot be filled; ask for the invoice number (C3).")

cust("kamal.uddin@gmail.com", "Kamal Uddin", "monthly", start="2025-09-23", end="2025-10-22")
lopay("e28_p38", "LO-INV-81381", "kamal.uddin@gmail.com", "monthly", *Mo, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lopay("e28_p39", "LO-INV-81382", "kamal.uddin@gmail.com", "monthly", *Mo, "2025-09-23T10:01:00", "2025-09-23", "2025-10-22")
case("l34-sylhet-thread-reason-day9", LOB, "decided", [
     M("Kamal Uddin <kamal.uddin@gmail.com>", "Refund LO-INV-81382",
       "Dear Sir,\n\nPlease refund LO-INV-81382 at the earliest.\n\nKamal Uddin", (2025, 9, 29, 18, 0), BST6),
     M("Kamal Uddin <kamal.uddin@gmail.com>", "Re: Refund LO-INV-81382 [LO-1217]",
       "Dear Sir,\n\nSorry for late reply. Reason is I was charged two times on 23 Sept for the same monthly plan, "
       "LO-INV-81381 and LO-INV-81382. The second is the one to refund.\n\nKamal\n\n> On 29 Sep, LeadsOptima Support wrote:\n"
       "> Could you tell us why you are asking for this refund?", (2025, 10, 1, 9, 0), BST6)],
     [R("approve", "1499.00")],
     spec="The window counts from the first email (2025-09-29 17:30 IST, day 6), not the reply on day 8: duplicate, refund LO-INV-81382 1499.00 (L3, L4, C3 merge).")

cust("hassan.raza@wateen.net", "Hassan Raza", "monthly", start="2025-09-24", end="2025-10-23")
lopay("e28_p40", "LO-INV-81391", "hassan.raza@wateen.net", "monthly", *Mo, "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
lopay("e28_p41", "LO-INV-81392", "hassan.raza@wateen.net", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l35-pk-thread-invoice-later", LOB, "decided", [
     M("Hassan Raza <hassan.raza@wateen.net>", "Unable to login - refund",
       "Hello,\n\nSince the renewal I am not able to login, it says account suspended. Have raised a ticket also. "
       "Want refund of this month.\n\nHassan", (2025, 9, 27, 20, 0), PKT),
     M("Hassan Raza <hassan.raza@wateen.net>", "Re: Unable to login - refund [LO-1220]",
       "Invoice no is LO INV 81392.\n\nHassan\n\nOn Sun, 28 Sep 2025, LeadsOptima Support wrote:\n> Please send us the invoice number.",
       (2025, 9, 28, 10, 0), PKT)],
     [R("escalate")],
     spec="Access failure; invoice LO-INV-81392 (2025-09-24) given in the reply; request 2025-09-27 20:30 IST (day 3): escalate (L6).")

cust("crystal.dupree@comcast.net", "Crystal Dupree", "monthly", start="2025-09-12", end="2025-10-11")
lopay("e28_p42", "LO-INV-81401", "crystal.dupree@comcast.net", "monthly", *Mo, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("l36-nashville-html-only-cancel", LOB, "decided", [M("Crystal Dupree <crystal.dupree@comcast.net>",
     "Cancel subscription",
     "", (2025, 9, 24, 16, 0), CDT,
     html="<html><body><div style='font-family:Calibri'>Hi there,<br><br>Please <b>cancel</b> my LeadsOptima monthly plan "
          "effective end of this billing cycle. Our salon is switching to the booking system's built-in marketing.<br><br>"
          "Thanks so much!<br>Crystal Dupree<br><i>Dupree Hair Studio &middot; Nashville, TN</i></div></body></html>")],
     [X("cancel", "2025-10-11")],
     spec="HTML-only cancellation: active until current_period_end 2025-10-11 (L8).")

cust("marcia.baptiste@gmail.com", "Marcia Baptiste", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("e28_p43", "LO-INV-81411", "marcia.baptiste@gmail.com", "quarterly", *Q, "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
lopay("e28_p44", "LO-INV-81412", "marcia.baptiste@gmail.com", "quarterly", *Q, "2025-09-25T10:04:00", "2025-09-25", "2025-12-24")
case("l37-barbados-rambling-duplicate", LOB, "decided", [M("Marcia Baptiste <marcia.baptiste@gmail.com>",
     "Few things",
     "Hi LeadsOptima people,\n\nHope all is well over there. First off I want to say the new email templates are lovely, my "
     "customers at the guesthouse have been commenting on them. We had a busy few weeks with the Crop Over leftovers and "
     "then the cruise ships starting back.\n\nAnyway the reason I'm writing - my bank statement shows the quarterly fee "
     "came out twice on the 25th, I think the website hung when I was paying and I pressed the button again. The invoices "
     "are LO-INV-81411 and LO-INV-81412. Could you please send back the second one?\n\nAlso, is there a way to add my "
     "sister as a second user? She helps with bookings. No rush on that one.\n\nWarmly,\nMarcia\nCoral Breeze Guesthouse, St. Lawrence Gap",
     (2025, 9, 28, 11, 0), TTO)], [R("approve", "3999.00")],
     spec="Request in the middle of a long mail: duplicate quarterly charges 2025-09-25, request day 3: refund LO-INV-81412 3999.00 (L4); the user question adds no intent.")

cust("accounts@bluewaveimports.com.au", "Bluewave Imports", "annual", start="2025-07-01", end="2026-06-30")
lopay("e28_p45", "LO-INV-81421", "accounts@bluewaveimports.com.au", "annual", *A, "2025-07-01T10:00:00", "2025-07-01", "2026-06-30")
case("l38-au-tax-invoice-and-cancel", LOB, "decided", [M("Bluewave Accounts <accounts@bluewaveimports.com.au>",
     "Tax invoice + cancellation",
     "Hi,\n\nTwo things:\n1. Can you please re-issue LO-INV-81421 with our ABN 53 004 085 616 on it for the BAS?\n"
     "2. Please cancel the annual plan so it doesn't auto-renew in July - the directors have decided to bring marketing "
     "in-house.\n\nThanks,\nPriya (Accounts)\nBluewave Imports Pty Ltd",
     (2025, 9, 24, 11, 0), AEST)], [X("cancel", "2026-06-30")],
     spec="Two requests: an invoice re-issue (no intent) and a cancellation: active until 2026-06-30 (L8).")

cust("imtiaz.baig@gmail.com", "Imtiaz Baig", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("e28_p46", "LO-INV-81431", "imtiaz.baig@gmail.com", "quarterly", *Q, "2025-09-27T10:00:00", "2025-09-27", "2025-12-26")
lopay("e28_p47", "LO-INV-81432", "imtiaz.baig@gmail.com", "quarterly", *Q, "2025-09-27T10:00:10", "2025-09-27", "2025-12-26")
case("l39-rawalpindi-rs-slash-dash", LOB, "decided", [M("Imtiaz Baig <imtiaz.baig@gmail.com>",
     "Same amount deducted two times",
     "Respected Sir,\n\nRs. 3,999/- was deducted two times from my HBL debit card on 27/09/2025 against quarterly package. "
     "Second deduction ref: LO-INV-81432. Humbly request you to kindly return the second deduction.\n\n"
     "Regards,\nImtiaz Baig\nSatellite Town, Rawalpindi\nCell: 0333-5551212",
     (2025, 9, 30, 12, 0), PKT)], [R("approve", "3999.00")],
     spec="Two paid quarterly charges 2025-09-27; request 2025-09-30 IST (day 3): refund LO-INV-81432 3999.00 (L4).")

cust("rehana.begum@yahoo.com", "Rehana Begum", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e28_p48", "LO-INV-81441", "rehana.begum@yahoo.com", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25", status="failed")
case("l40-bd-failed-but-debited", LOB, "decided", [M("Rehana Begum <rehana.begum@yahoo.com>",
     "Payment failed but money cut",
     "Hello,\n\nOn 26 Sept your site showed payment failed (LO-INV-81441) but my bKash / card statement shows Tk equivalent "
     "debited. So I was charged but the plan shows unpaid. This is a billing error. Please refund or activate.\n\nRehana",
     (2025, 9, 28, 10, 0), BST6)], [R("escalate")],
     spec="The ledger shows the payment as failed: a refund of a payment not paid is escalated (section 8; L5 would escalate too).")

cust("josh.fraser@gmail.com", "Josh Fraser", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e28_p49", "LO-INV-81451", "josh.fraser@gmail.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l41-halifax-dup-claim-one-charge", LOB, "decided", [M("Josh Fraser <josh.fraser@gmail.com>",
     "double charged",
     "Hey,\n\nLooks like I got double charged for September, invoice LO-INV-81451 and another pending on my Scotiabank "
     "visa. Please refund the double.\n\nJosh\nHalifax, NS",
     (2025, 9, 27, 9, 0), ADT)], [R("escalate")],
     spec="Duplicate claimed but the ledger has one paid charge (the other is at most a pending hold): no pair, escalate (L4).")

proj("Galle Fort Villas", "stay@gallefortvillas.lk", "2025-08-01T10:00:00")
case("l42-owd-client-writes-lo", LOB, "need_info", [M("Galle Fort Villas <stay@gallefortvillas.lk>",
     "Refund for last invoice",
     "Dear LeadsOptima,\n\nWe were charged twice for our plan last week. Please refund the duplicate.\n\nRegards,\nManagement\nGalle Fort Villas",
     (2025, 9, 27, 10, 0), SLT)], rules=["C2"],
     spec="An Optima client writes to LeadsOptima: unknown in the LeadsOptima ledger, treated as any unknown sender (C2, C3).")

cust("ruwan.silva@dialog.lk", "Ruwan Silva", "annual", start="2025-09-20", end="2026-09-19")
lopay("e28_p50", "LO-INV-81461", "ruwan.silva@dialog.lk", "annual", *A, "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
case("l43-lk-too-costly-refund-and-cancel", LOB, "decided", [M("Ruwan Silva <ruwan.silva@dialog.lk>",
     "Refund and cancel - LO-INV-81461",
     "Dear Sir/Madam,\n\nAfter discussing with our partners, the annual package is too costly for a small firm like ours "
     "given the rupee situation. Hence I request you to cancel the subscription and refund the annual fee paid on 20th September.\n\n"
     "Thank you,\nRuwan Silva\nSilva & Sons Hardware, Negombo",
     (2025, 9, 24, 14, 0), SLT)], [R("deny"), X("cancel", "2026-09-19")],
     spec="Too costly is not an L2 exception: refund deny (L1); cancel, active until 2026-09-19 (L8).")

cust("beau.guidry@yahoo.com", "Beau Guidry", "monthly", start="2025-09-27", end="2025-10-26")
lopay("e28_p51", "LO-INV-81471", "beau.guidry@yahoo.com", "monthly", *Mo, "2025-09-27T20:00:00", "2025-09-27", "2025-10-26")
case("l44-texas-dictated-cant-login", LOB, "decided", [M("Beau Guidry <beau.guidry@yahoo.com>",
     "Login",
     "Hey this is Beau dictating from the truck so excuse the typos. I cant sign in since I paid Saturday invoice L O dash "
     "I N V dash 81471 comma it just keeps saying wrong password even after reset period. Need my money back if it dont "
     "get fixed period thanks\n\nSent from my iPhone",
     (2025, 9, 29, 17, 0), CDT)], [R("escalate")],
     spec="Dictated mail: access failure within 7 days of the 2025-09-27 charge (request 2025-09-30 03:30 IST, day 3); the single charge fills the invoice: escalate (L6).")

cust("jake.morrison@telus.net", "Jake Morrison", "quarterly", start="2025-08-20", end="2025-11-19")
lopay("e28_p52", "LO-INV-81481", "jake.morrison@telus.net", "quarterly", *Q, "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
case("l45-vancouver-apple-mail-self-forward", LOB, "decided", [M("Jake Morrison <jake.morrison@telus.net>",
     "Fwd: Cancel my plan",
     "Sent this from my personal iCloud by mistake last week and never heard back - resending from my account email. "
     "Please action.\n\nJake\n\nBegin forwarded message:\n\nFrom: Jake Morrison <jakem77@icloud.com>\n"
     "Subject: Cancel my plan\nDate: September 19, 2025 at 4:12:55 PM PDT\nTo: support@leadsoptima.com\n\n"
     "Hi, please cancel my quarterly LeadsOptima plan at the end of this term. We're shutting down the Kelowna office.\n\nJake\n",
     (2025, 9, 26, 9, 0), PDT)], [X("cancel", "2025-11-19")],
     spec="Apple Mail forward sent from the registered email; the forwarded mail came from his own other address and names no other registered email: decided: cancel until 2025-11-19 (L8, section 8 Forwards).")

# ======================= Optima WebDesign =======================
proj("Stellenbosch Wine Tours", "bookings@stellwinetours.co.za", None)
owpay("e28_w01", "OWD-2025-401", "Stellenbosch Wine Tours", "deposit", "25000.00", "4500.00", "2025-09-26T10:00:00")
case("o01-za-deposit-55h", OWB, "decided", [M("Stellenbosch Wine Tours <bookings@stellwinetours.co.za>",
     "Refund Request — Stellenbosch Wine Tours / OWD-2025-401",
     "Good afternoon\n\nWe paid the booking deposit (OWD-2025-401) on Friday morning. Unfortunately our main investor has "
     "pulled out and we must put the new website on ice until next season. Please refund the deposit - as far as I know "
     "nobody has started on anything yet.\n\nKind regards\nAnnelie du Toit\nStellenbosch Wine Tours",
     (2025, 9, 28, 14, 0), SAST)], [R("approve", "25000.00")], extra_ok=True,
     spec="Deposit paid 2025-09-26 10:00 IST; request 2025-09-28 17:30 IST = 55.5 h, no work started: full refund 25000.00 before tax (O2).")

proj("Multan Mango Exports", "export@multanmango.pk", None)
owpay("e28_w02", "OWD-2025-402", "Multan Mango Exports", "deposit", "30000.00", "5400.00", "2025-09-25T15:30:00")
case("o02-pk-deposit-exactly-72h", OWB, "decided", [M("Multan Mango Exports <export@multanmango.pk>",
     "Deposit refund - Multan Mango Exports (OWD-2025-402)",
     "Dear Sir,\n\nDue to the export ban on our variety this season we are unable to proceed with the website project. "
     "Kindly refund the booking deposit OWD-2025-402 paid on 25th September.\n\nRegards,\nM. Arshad\nMultan Mango Exports",
     (2025, 9, 28, 15, 0), PKT)], [R("deny")], extra_ok=True,
     spec="Paid 2025-09-25 15:30 IST; request 2025-09-28 15:00 PKT = 15:30 IST: exactly 72 h is not before 72 h: deny (O2, section 8).")

proj("Byron Bay Yoga Retreat", "namaste@byronyoga.com.au", "2025-09-27T09:00:00")
owpay("e28_w03", "OWD-2025-403", "Byron Bay Yoga Retreat", "deposit", "20000.00", "3600.00", "2025-09-26T10:00:00")
case("o03-au-deposit-work-started", OWB, "decided", [M("Byron Bay Yoga Retreat <namaste@byronyoga.com.au>",
     "Refund of deposit OWD-2025-403",
     "Hi lovely people,\n\nAfter a lot of reflection we've decided to keep our old Squarespace site, it just feels more "
     "aligned for us right now. Could we please have the deposit (OWD-2025-403) for the Byron Bay Yoga Retreat project back?\n\n"
     "Peace & light,\nSaffron",
     (2025, 9, 27, 20, 0), AEST)], [R("deny")], extra_ok=True,
     spec="Request 2025-09-27 15:30 IST (29.5 h) but work started 2025-09-27 09:00 IST, earlier: deposit non-refundable (O2 whichever first).")

proj("Kandy Tea Bungalow", "manager@kandyteabungalow.lk", "2025-10-06T10:00:00")
owpay("e28_w04", "OWD-2025-404", "Kandy Tea Bungalow", "deposit", "18500.00", "3330.00", "2025-09-28T12:00:00")
case("o04-lk-deposit-kickoff-scheduled", OWB, "decided", [M("Kandy Tea Bungalow <manager@kandyteabungalow.lk>",
     "Refund Request — Kandy Tea Bungalow / OWD-2025-404",
     "Dear Optima Team,\n\nWe paid the deposit yesterday for the bungalow website. The owners have now decided to sell the "
     "property, so the project is no longer required. The kickoff call was scheduled for 6th October so I believe no work "
     "has been done. Please refund the deposit.\n\nBest regards,\nShehan Wickramasinghe\nManager",
     (2025, 9, 29, 9, 0), SLT)], [R("approve", "18500.00")], extra_ok=True,
     spec="Paid 2025-09-28 12:00; request 2025-09-29 09:00 IST (21 h); work_started_at 2025-10-06 is later than the request: full refund 18500.00 (O2).")

proj("Dunedin Craft Brewery", "ops@dunedinbrew.co.nz", None)
owpay("e28_w05", "OWD-2025-405", "Dunedin Craft Brewery", "discovery", "15000.00", "2700.00", "2025-09-15T10:00:00")
case("o05-nz-discovery-not-started", OWB, "decided", [M("Dunedin Craft Brewery <ops@dunedinbrew.co.nz>",
     "Discovery workshop - refund OWD-2025-405",
     "Kia ora,\n\nWe paid for the discovery/strategy workshop for Dunedin Craft Brewery but never got round to booking a "
     "date. We've since been bought out by a bigger brewery and their marketing team runs the web. Please refund.\n\nCheers,\nRuby",
     (2025, 9, 26, 10, 0), NZST)], [R("approve", "15000.00")], extra_ok=True,
     spec="Discovery with no session or deliverable started (work_started_at empty): refundable in full, 15000.00 before tax (O1).")

proj("Houston Taqueria", "owner@houstontaqueria.com", "2025-09-18T20:30:00")
owpay("e28_w06", "OWD-2025-406", "Houston Taqueria", "discovery", "12000.00", "2160.00", "2025-09-12T10:00:00")
case("o06-texas-discovery-held", OWB, "decided", [M("Rosa Delgado <owner@houstontaqueria.com>",
     "discovery refund",
     "Hi y'all, we did that strategy call on the 18th for Houston Taqueria but honestly it wasn't what I expected, a lot "
     "of talk about personas. I'd like the discovery fee refunded, invoice OWD-2025-406.\n\nRosa",
     (2025, 9, 24, 10, 0), CDT)], [R("deny")],
     spec="The discovery session was held on 2025-09-18: non-refundable once sessions have commenced (O1).")

proj("Sydney Physio Hub", "admin@sydneyphysiohub.com.au", "2025-08-01T10:00:00")
owpay("e28_w07", "OWD-2025-407", "Sydney Physio Hub", "milestone", "42000.00", "7560.00", "2025-09-10T10:00:00", milestone_status="not_started")
case("o07-au-milestone-not-started", OWB, "decided", [M("Sydney Physio Hub <admin@sydneyphysiohub.com.au>",
     "Refund Request — Sydney Physio Hub / OWD-2025-407",
     "Hi team,\n\nWe prepaid milestone 3 (online booking integration, OWD-2025-407) but our practice software vendor now "
     "includes booking for free, so we'd like to drop that milestone and get the payment back. My understanding is work "
     "on it hasn't begun.\n\nThanks,\nDr. Lachlan Hughes",
     (2025, 9, 25, 11, 0), AEST)], [R("approve", "42000.00")], extra_ok=True,
     spec="Milestone not_started: refund the milestone amount 42000.00 before tax (O3).")

proj("Karachi Couture", "studio@karachicouture.pk", "2025-07-15T10:00:00")
owpay("e28_w08", "OWD-2025-408", "Karachi Couture", "milestone", "36000.00", "6480.00", "2025-09-05T10:00:00", milestone_status="in_progress")
case("o08-pk-milestone-in-progress", OWB, "decided", [M("Karachi Couture <studio@karachicouture.pk>",
     "Refund of milestone payment - Karachi Couture",
     "Dear Optima WebDesign,\n\nThe lookbook milestone (invoice OWD-2025-408) is running three weeks late and the bridal "
     "season launch has passed. We would like the milestone payment refunded.\n\nRegards,\nSana Khan\nCreative Director",
     (2025, 9, 26, 12, 0), PKT)], [R("escalate")],
     spec="Milestone in_progress: the billable value of work not started needs a person (O3, interp.): escalate.")

proj("Charleston Inn", "frontdesk@charlestoninn.com", "2025-07-01T10:00:00")
owpay("e28_w09", "OWD-2025-409", "Charleston Inn", "milestone", "28000.00", "5040.00", "2025-08-20T10:00:00", milestone_status="completed")
case("o09-sc-milestone-completed", OWB, "decided", [M("Charleston Inn <frontdesk@charlestoninn.com>",
     "Refund Request — Charleston Inn / OWD-2025-409",
     "Good morning,\n\nThe homepage redesign milestone was delivered but our new owners in Savannah don't care for the "
     "colors at all. We'd like a refund of that milestone payment please.\n\nRespectfully,\nLouisa Harper\nGeneral Manager",
     (2025, 9, 25, 9, 0), EDT)], [R("deny")],
     spec="Milestone completed: completed deliverables are non-refundable (O3, O6).")

proj("Winnipeg Plumbing Co", "office@wpgplumbing.ca", "2025-03-01T10:00:00")
owpay("e28_w10", "OWD-2025-410", "Winnipeg Plumbing Co", "retainer", "16000.00", "2880.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
case("o10-winnipeg-retainer-notice-ok", OWB, "decided", [M("Winnipeg Plumbing Co <office@wpgplumbing.ca>",
     "Cancel SEO retainer - Winnipeg Plumbing Co (OWD-2025-410)",
     "Hi there,\n\nPlease cancel our monthly SEO retainer for Winnipeg Plumbing Co, last invoice OWD-2025-410. We've "
     "hired a marketing coordinator in-house so we don't need the outside help anymore. Thanks for everything.\n\nDenise\nOffice Manager",
     (2025, 9, 26, 9, 0), -300)], [X("cancel", "2025-10-11")],
     spec="next_billing_at 2025-10-12; request 2025-09-26 IST <= 2025-10-05: notice met, effective 2025-10-11 (O4, O8).")

proj("Hobart Harbour Charters", "skipper@hobartcharters.com.au", "2025-02-01T10:00:00")
owpay("e28_w11", "OWD-2025-411", "Hobart Harbour Charters", "retainer", "14000.00", "2520.00", "2025-09-04T10:00:00",
      period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04")
case("o11-tas-retainer-short-notice", OWB, "decided", [M("Hobart Harbour Charters <skipper@hobartcharters.com.au>",
     "Cancelling maintenance retainer",
     "Hi Optima,\n\nWe're winding up the charter business at the end of the season so please cancel the website "
     "retainer for Hobart Harbour Charters (inv OWD-2025-411).\n\nRegards,\nCraig",
     (2025, 9, 29, 8, 0), AEST)], [X("cancel", "2025-11-03")],
     spec="next_billing_at 2025-10-04; request 2025-09-29 03:30 IST, after 2025-09-27: less than 7 days, next cycle 2025-10-04..2025-11-03 billed; effective 2025-11-03 (O4).")

proj("Oklahoma Roofing Pros", "billing@okroofingpros.com", "2025-01-15T10:00:00")
owpay("e28_w12", "OWD-2025-412", "Oklahoma Roofing Pros", "retainer", "11000.00", "1980.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05")
case("o12-okc-retainer-late-by-ist", OWB, "decided", [M("Oklahoma Roofing Pros <billing@okroofingpros.com>",
     "Cancel retainer before renewal",
     "Evening,\n\nPlease cancel the marketing retainer for Oklahoma Roofing Pros (OWD-2025-412) before it renews Oct 5. "
     "Storm season's over and we're cutting overhead for winter. Today's the 28th so that's a week's notice.\n\nJimmy Don",
     (2025, 9, 28, 22, 30), CDT)], [X("cancel", "2025-11-04")],
     spec="Sent 2025-09-28 22:30 CDT = 2025-09-29 09:00 IST; next_billing_at 2025-10-05 needs the request on or before 2025-09-28 IST: short notice, next cycle billed, effective 2025-11-04 (O4).")

proj("Doha Desert Safaris", "ops@dohadesertsafaris.qa", "2025-01-10T10:00:00")
owpay("e28_w13", "OWD-2025-413", "Doha Desert Safaris", "retainer", "20000.00", "3600.00", "2025-09-14T10:00:00",
      period_start="2025-09-14", period_end="2025-10-13", next_billing_at="2025-10-14")
owpay("e28_w14", "OWD-2025-414", "Doha Desert Safaris", "retainer", "20000.00", "3600.00", "2025-09-22T10:00:00",
      period_start="2025-10-14", period_end="2025-11-13", next_billing_at="2025-11-14")
case("o13-doha-retainer-prepaid", OWB, "decided", [M("Doha Desert Safaris <ops@dohadesertsafaris.qa>",
     "Cancellation of retainer - Doha Desert Safaris",
     "Dear Team,\n\nWe paid October in advance on Monday (OWD-2025-414) but management has decided to move all digital work "
     "to our Dubai head office. Please cancel the retainer for Doha Desert Safaris.\n\nBest Regards,\nJoseph Mathew\nOperations Manager",
     (2025, 9, 24, 10, 0), 180)], [X("escalate")],
     spec="The next cycle (2025-10-14..2025-11-13) is already paid and the notice is more than 7 days: escalate (section 8 retainer paid in advance).")

proj("Port Elizabeth Surf Shop", "shop@pesurf.co.za", "2025-09-16T10:00:00")
owpay("e28_w15", "OWD-2025-415", "Port Elizabeth Surf Shop", "hosting_annual", "15000.00", "2700.00", "2025-09-15T10:00:00",
      setup_fee="1800.00", service_start="2025-09-16")
case("o14-za-hosting-day13", OWB, "decided", [M("Port Elizabeth Surf Shop <shop@pesurf.co.za>",
     "Cancel hosting + refund (OWD-2025-415)",
     "Howzit\n\nPlease cancel the annual hosting for Port Elizabeth Surf Shop and refund what's due, invoice OWD-2025-415. "
     "Our franchisor has told us all stores must use the group e-commerce platform from October.\n\nShane",
     (2025, 9, 29, 12, 0), SAST)], [R("approve", "12100.00")], extra_ok=True,
     spec="Service start 2025-09-16; request 2025-09-29 IST (day 13, within 14): 15000 - 1800 - (13200/12 = 1100) x 1 = 12100.00 (O5).")

proj("Lahore Law Chambers", "admin@lahorelawchambers.pk", "2025-09-20T10:00:00")
owpay("e28_w16", "OWD-2025-416", "Lahore Law Chambers", "maintenance_annual", "20999.00", "3779.82", "2025-09-19T10:00:00",
      setup_fee="1500.00", service_start="2025-09-20")
case("o15-pk-maintenance-odd-rounding", OWB, "decided", [M("Lahore Law Chambers <admin@lahorelawchambers.pk>",
     "Refund Request — Lahore Law Chambers / OWD-2025-416",
     "Dear Sir/Madam,\n\nWe subscribed to the annual maintenance plan on 19.09.2025. Our IT has now been outsourced to "
     "our parent firm's vendor, hence we wish to cancel the plan and request the prorated refund as per your policy.\n\n"
     "Regards,\nOffice Administrator\nLahore Law Chambers",
     (2025, 9, 30, 11, 0), PKT)], [R("approve", "17874.08")], extra_ok=True,
     spec="Day 10 of the service (start 2025-09-20): 20999.00 - 1500.00 - 19499/12 x 1 = 17874.0833 -> 17874.08 (O5, rounded once). A law firm's name is no legal threat.")

proj("Negombo Beach Hotel", "gm@negombobeachhotel.lk", "2025-08-01T10:00:00")
owpay("e28_w17", "OWD-2025-417", "Negombo Beach Hotel", "hosting_annual", "16800.00", "3024.00", "2025-09-11T10:00:00",
      setup_fee="1200.00", service_start="2025-09-12")
case("o16-lk-hosting-day15", OWB, "decided", [M("Negombo Beach Hotel <gm@negombobeachhotel.lk>",
     "Hosting refund OWD-2025-417",
     "Dear Sir,\n\nPlease cancel our annual hosting and refund the balance. Our group has signed a regional hosting "
     "contract.\n\nThanks and regards,\nGeneral Manager\nNegombo Beach Hotel",
     (2025, 9, 27, 10, 0), SLT)], [R("deny")], extra_ok=True,
     spec="Service start 2025-09-12; request 2025-09-27 = day 15, after 14 days: deny (O5).")

proj("Austin Food Trucks", "hello@austinfoodtrucks.com", None)
owpay("e28_w18", "OWD-2025-418", "Austin Food Trucks", "hosting_annual", "12000.00", "2160.00", "2025-09-25T10:00:00",
      setup_fee="1200.00", service_start="2025-10-15")
case("o17-austin-hosting-not-started", OWB, "decided", [M("Austin Food Trucks <hello@austinfoodtrucks.com>",
     "Refund Request — Austin Food Trucks / OWD-2025-418",
     "Hey Optima team,\n\nWe paid for a year of hosting that doesn't even start till Oct 15, and the city just yanked our "
     "vendor permits, so the whole thing's on hold. Please cancel and refund.\n\nMarisol",
     (2025, 9, 27, 11, 0), CDT)], [R("approve", "9900.00")], extra_ok=True,
     spec="Before service start: consumed_months 1 (section 8): 12000 - 1200 - 900 = 9900.00 (O5).")

proj("Toronto Dental Group", "it@torontodental.ca", "2025-05-01T10:00:00")
owpay("e28_w19", "OWD-2025-419", "Toronto Dental Group", "third_party", "3200.00", "576.00", "2025-09-24T10:00:00")
case("o18-toronto-domain-renewal", OWB, "decided", [M("Toronto Dental Group <it@torontodental.ca>",
     "Refund - domain renewal OWD-2025-419",
     "Hi,\n\nYou renewed torontodental.ca for two years (OWD-2025-419) but we had already moved the domain to our "
     "registrar in the spring. Please refund the renewal.\n\nThanks,\nKevin Oduya, IT",
     (2025, 9, 25, 10, 0), EDT)], [R("deny")],
     spec="Domain renewal is a third-party fee: non-refundable (O6).")

proj("Kingston Reggae Fest", "info@kingstonreggaefest.com", "2025-06-01T10:00:00")
owpay("e28_w20", "OWD-2025-420", "Kingston Reggae Fest", "rush", "9500.00", "1710.00", "2025-09-10T10:00:00")
case("o19-jamaica-rush-fee", OWB, "decided", [M("Kingston Reggae Fest <info@kingstonreggaefest.com>",
     "Rush fee refund",
     "Wah gwaan Optima,\n\nWe paid the rush fee (OWD-2025-420) to get the ticket page up before the festival but "
     "it went live only one day early. Want that rush fee back, it neva help we much.\n\nOne love,\nDesmond",
     (2025, 9, 23, 10, 0), JAM)], [R("deny")],
     spec="Expedited/rush fees are non-refundable (O6).")

proj("Auckland Kiwi Kitchens", "accounts@akkitchens.co.nz", "2025-09-01T10:00:00")
owpay("e28_w21", "OWD-2025-421", "Auckland Kiwi Kitchens", "setup", "6000.00", "1080.00", "2025-09-20T10:00:00")
case("o20-nz-setup-fee", OWB, "decided", [M("Auckland Kiwi Kitchens <accounts@akkitchens.co.nz>",
     "Refund of setup fee OWD-2025-421",
     "Hi,\n\nWe were charged a setup/activation fee of $6,000 (INR, OWD-2025-421) for the Auckland Kiwi Kitchens "
     "store which we feel should have been included in the package price. Please refund it.\n\nThanks, Hemi",
     (2025, 9, 26, 10, 0), NZST)], [R("deny")],
     spec="Setup/activation fees are non-refundable (O6).")

proj("Savannah Antiques", "sales@savannahantiques.com", "2025-08-01T10:00:00")
owpay("e28_w22", "OWD-2025-422", "Savannah Antiques", "milestone", "24000.00", "4320.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("o21-ga-gmail-not-contract", OWB, "need_info", [M("Eleanor Whitfield <ellie.whitfield54@gmail.com>",
     "Savannah Antiques - refund milestone OWD-2025-422",
     "Hello,\n\nI own Savannah Antiques (our contract email is sales@savannahantiques.com, but I'm at home today). "
     "We'd like to cancel the catalogue milestone OWD-2025-422 and get a refund, the estate sale fell through.\n\nEleanor",
     (2025, 9, 25, 10, 0), EDT)], rules=["C2"],
     spec="Written from a personal gmail, not the contract email: ask for the request from sales@savannahantiques.com (C2).")

proj("Islamabad Montessori", "principal@islamabadmontessori.edu.pk", "2025-07-01T10:00:00")
owpay("e28_w23", "OWD-2025-423", "Islamabad Montessori", "retainer", "9000.00", "1620.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
case("o22-pk-it-vendor-forward", OWB, "need_info", [M("Bilal (IT Support) <bilal@pixelsoft.pk>",
     "FW: Website retainer cancellation",
     "Dear Optima,\n\nForwarding on behalf of our client, please process.\n\nBilal\nPixelsoft IT Services\n\n"
     "-----Original Message-----\nFrom: Principal <principal@islamabadmontessori.edu.pk>\nSent: Wednesday, September 24, 2025 10:12 AM\n"
     "To: bilal@pixelsoft.pk\nSubject: Website retainer cancellation\n\n"
     "Bilal sahib, please get the Optima website retainer (OWD-2025-423) cancelled, the school board has decided to use "
     "the Education Department's free portal.\n",
     (2025, 9, 24, 12, 0), PKT)], rules=["C2"],
     spec="A vendor forwards the principal's request from his own address; the contract email is the principal's: C2 (section 8 Forwards).")

proj("Calgary Dance Academy", "studio@calgarydance.ca", "2025-04-01T10:00:00")
owpay("e28_w24", "OWD-2025-424", "Calgary Dance Academy", "retainer", "8000.00", "1440.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
case("o23-calgary-cancel-no-reason", OWB, "need_info", [M("Calgary Dance Academy <studio@calgarydance.ca>",
     "Cancel retainer - Calgary Dance Academy - OWD-2025-424",
     "Hello,\n\nPlease cancel the monthly retainer for Calgary Dance Academy, invoice OWD-2025-424. Kindly confirm "
     "by email.\n\nThank you!\nMiss Tanya\nCalgary Dance Academy | 403-555-0142",
     (2025, 9, 25, 10, 0), MDT)], missing=["reason"],
     spec="Project, invoice and contract email, no reason: Optima requires a reason for cancellations too (section 8): ask for it (C3).")

proj("Chittagong Shipping Lines", "it@ctgshipping.com.bd", "2025-06-01T10:00:00")
proj("CSL Crew Portal", "it@ctgshipping.com.bd", "2025-07-01T10:00:00")
owpay("e28_w25", "OWD-2025-425", "Chittagong Shipping Lines", "milestone", "30000.00", "5400.00", "2025-09-15T10:00:00", milestone_status="not_started")
owpay("e28_w26", "OWD-2025-426", "CSL Crew Portal", "milestone", "26000.00", "4680.00", "2025-09-18T10:00:00", milestone_status="not_started")
case("o24-bd-which-project", OWB, "need_info", [M("CSL IT <it@ctgshipping.com.bd>",
     "Refund of milestone",
     "Dear Sir,\n\nManagement has frozen all IT capex for this quarter, so we request refund of the milestone that has "
     "not been started.\n\nRegards,\nIT Department",
     (2025, 9, 26, 10, 0), BST6)], missing=["project_name", "invoice_number"],
     spec="The contract email holds two projects, each with a not-started milestone; neither is named: ask for project and invoice (C3).")

proj("Cairns Reef Divers", "dive@cairnsreefdivers.com.au", None)
owpay("e28_w27", "OWD-2025-427", "Cairns Reef Divers", "deposit", "22000.00", "3960.00", "2025-09-27T16:00:00")
case("o25-qld-thread-invoice-later", OWB, "decided", [
     M("Cairns Reef Divers <dive@cairnsreefdivers.com.au>", "Refund - Cairns Reef Divers deposit",
       "Hi team,\n\nThe boat's engine has packed it in, so we're closing for repairs till next year, so we can't go ahead with the "
       "Cairns Reef Divers website. Please refund the deposit we paid on Saturday.\n\nMick", (2025, 9, 29, 9, 0), AEST),
     M("Cairns Reef Divers <dive@cairnsreefdivers.com.au>", "Re: Refund - Cairns Reef Divers deposit [OWD-1301]",
       "Sorry mate, it's owd 2025 427.\n\nMick\n\n> Please send the invoice or payment reference.", (2025, 10, 1, 8, 0), AEST)],
     [R("approve", "22000.00")], extra_ok=True,
     spec="Request time is the first email 2025-09-29 04:30 IST = 36.5 h after 2025-09-27 16:00, no work: approve 22000.00 (O2); the reply (past 72 h) only supplies the invoice (C3, section 8 references).")

proj("Peshawar Dry Fruits", "orders@peshawardryfruits.pk", "2025-08-15T10:00:00")
owpay("e28_w28", "OWD-2025-428", "Peshawar Dry Fruits", "milestone", "27000.00", "4860.00", "2025-09-01T10:00:00", milestone_status="approved")
case("o26-pk-advocate-notice", OWB, "decided", [M("Peshawar Dry Fruits <orders@peshawardryfruits.pk>",
     "Final notice - OWD-2025-428",
     "Sir,\n\nThe product catalogue you delivered has wrong prices on half the items and our customers are complaining. "
     "Refund the milestone OWD-2025-428 immediately, otherwise my advocate will send you a legal notice.\n\nHaji Gul Khan\nPeshawar Dry Fruits",
     (2025, 9, 24, 10, 0), PKT)], [R("escalate")], rules=["C4"],
     spec="Threat of a legal notice through an advocate: escalate (C4), though O3 would deny an approved milestone.")

case("o27-ca-question-before-signing", OWB, "other", [M("Olivia Chen <olivia@vancouverbakeryco.ca>",
     "Question about your refund policy",
     "Hi,\n\nWe're comparing agencies for our bakery site. If we pay the deposit and then change our minds a couple of "
     "days later, would we get it back? And how long do refunds usually take to land in a Canadian account?\n\nOlivia",
     (2025, 9, 26, 10, 0), PDT)],
     spec="A question before signing (hypothetical): other (section 8).")

case("o28-client-auto-ack", OWB, "ignore", [M("Toronto Dental Group Helpdesk <it@torontodental.ca>",
     "[Ticket #44821] Re: Refund - domain renewal OWD-2025-419",
     "This is an automated response. Your message has been received and ticket #44821 has been created. "
     "A member of our IT team will respond within 1 business day.",
     (2025, 9, 26, 10, 0), EDT, hdr={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})], rules=["C7"],
     spec="The client's helpdesk auto-acknowledgement: Auto-Submitted auto-generated: ignore (C7).")

proj("Colombo Cricket Academy", "coach@colombocricket.lk", None)
owpay("e28_w29", "OWD-2025-429", "Colombo Cricket Academy", "deposit", "15000.00", "2700.00", "2025-09-27T10:00:00", status="refunded")
case("o29-lk-deposit-already-refunded", OWB, "decided", [M("Colombo Cricket Academy <coach@colombocricket.lk>",
     "Refund Request — Colombo Cricket Academy / OWD-2025-429",
     "Dear Sir,\n\nThe academy committee voted against the new website, so please refund the deposit OWD-2025-429 "
     "paid on 27th.\n\nRegards,\nCoach Asanka",
     (2025, 9, 28, 16, 0), SLT)], [R("escalate")], extra_ok=True,
     spec="The ledger shows the deposit already refunded (status not paid): a refund of it is escalated (section 8).")

proj("Gqeberha Port Logistics", "ap@gqeberhaport.co.za", "2025-06-01T10:00:00")
owpay("e28_w30", "OWD-2025-430", "Gqeberha Port Logistics", "milestone", "48500.50", "8730.09", "2025-09-18T10:00:00", milestone_status="not_started")
case("o30-za-accounts-payable-thunderbird", OWB, "decided", [M("Accounts Payable <ap@gqeberhaport.co.za>",
     "Fwd: PO 7781 / OWD-2025-430 - credit note required",
     "Good day\n\nPlease see the note from our project sponsor below. In terms of our Procurement Policy s4.2 we require "
     "either a credit note or a refund for the milestone in question. Kindly advise.\n\nRegards\nAccounts Payable\n"
     "Gqeberha Port Logistics (Pty) Ltd\n\n-------- Forwarded Message --------\nSubject: \tTracking portal milestone\n"
     "Date: \tTue, 23 Sep 2025 15:02:40 +0200\nFrom: \tLwazi Mthembu <lwazi.mthembu@gqeberhaport.co.za>\n"
     "To: \tAccounts Payable <ap@gqeberhaport.co.za>\n\nHi AP, the container tracking portal milestone (OWD-2025-430, "
     "Gqeberha Port Logistics) was paid upfront but Transnet is now giving us their tracking API for free, so we are dropping "
     "that milestone before Optima starts on it. Please recover the money.\n\nLwazi\n",
     (2025, 9, 24, 9, 0), SAST)], [R("approve", "48500.50")], extra_ok=True,
     spec="Thunderbird forward by the contract address (AP); the colleague's note names no other contract email; milestone not_started: refund 48500.50 before tax (O3).")


if __name__ == "__main__":
    out = build("en")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
