"""fresh22 English held-out cases (qa22c): hard English mail from India, UK, US, Australia, Nigeria,
Singapore, Kenya, Ghana, UAE. Run: python3 make_cases.py (stdlib only, deterministic)."""

LANG = "en"
# ---- shared helpers (stdlib only, deterministic) ----
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"


def TZ(h, m=0):
    return timezone(timedelta(hours=h, minutes=m if h >= 0 else -m))


IST, BST, WAT, SGT, AEST, AWST = TZ(5, 30), TZ(1), TZ(1), TZ(8), TZ(10), TZ(8)
EDT, PDT, CDT, GST, EAT, SAST, NPT = TZ(-4), TZ(-7), TZ(-5), TZ(4), TZ(3), TZ(2), TZ(5, 45)


def D(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []
FILES = {}


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    PROJECTS.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    PAYMENTS.append(base)


def msg(frm, to, subject, body, date, html=None, html_only=False, headers=None):
    """One email as a dict; the thread builder gives it ids."""
    return {"from": frm, "to": to, "subject": subject, "body": body, "date": date, "html": html,
            "html_only": html_only, "headers": headers or {}}


def _domain(addr):
    a = addr.split("<")[-1].rstrip(">").strip()
    return a.split("@")[-1] if "@" in a else "localhost"


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False, ambiguous=None,
         spec="", lang=None):
    short = cid.split("-", 1)[1]          # l01-name
    files, refs, prev = [], [], None
    for i, m in enumerate(msgs):
        stem = short if len(msgs) == 1 else f"{short}-{i + 1}"
        e = EmailMessage(policy=policy.SMTP)
        e["From"] = m["from"]
        e["To"] = m["to"]
        e["Subject"] = m["subject"]
        e["Date"] = format_datetime(m["date"])
        mid = f"<{stem}.{LANG}22@{_domain(m['from'])}>"
        e["Message-ID"] = mid
        if prev:
            # the customer answers our reply to the previous mail of the thread
            ours = f"<reply-{prev}.{LANG}22@{'leadsoptima.com' if brand == LOB else 'optimawebdesign.com'}>"
            refs.append(ours)
            e["In-Reply-To"] = ours
            e["References"] = " ".join(refs)
        for k, v in m["headers"].items():
            e[k] = v
        if m["html_only"]:
            e.set_content(m["html"], subtype="html")
        else:
            e.set_content(m["body"])
            if m["html"]:
                e.add_alternative(m["html"], subtype="html")
                e.set_boundary(f"=_alt_{stem}")  # deterministic output
        refs.append(mid)
        prev = stem
        fname = f"emails/{stem}.eml"
        FILES[fname] = e.as_bytes(policy=policy.SMTP)
        files.append(fname)
    c = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = list(decisions)
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def CX(outcome="cancel", date=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if date:
        d["effective_date"] = date
    return d


def write_all():
    out = os.path.join(HERE, "emails")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for name, data in sorted(FILES.items()):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": CASES}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    print(f"{len(CASES)} cases, {len(FILES)} emails")
# ---- end of helpers ----

GMT = TZ(0)
NZST = TZ(12)

# ============================ LeadsOptima ledger ============================
cust("priya.nair@kochiexports.in", "Priya Nair", "monthly", start="2025-09-14", end="2025-10-13")
lopay("lo_e01a", "LO-INV-70411", "priya.nair@kochiexports.in", "monthly", "1499.00", "269.82", "2025-09-14T10:02:00", "2025-09-14", "2025-10-13")
lopay("lo_e01b", "LO-INV-70412", "priya.nair@kochiexports.in", "monthly", "1499.00", "269.82", "2025-09-14T10:03:00", "2025-09-14", "2025-10-13")
cust("oliver.bennett@bennettjoinery.co.uk", "Oliver Bennett", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("lo_e02a", "LO-INV-70532", "oliver.bennett@bennettjoinery.co.uk", "quarterly", "3999.00", "719.82", "2025-09-22T15:40:00", "2025-09-22", "2025-12-21")
lopay("lo_e02b", "LO-INV-70533", "oliver.bennett@bennettjoinery.co.uk", "quarterly", "3999.00", "719.82", "2025-09-22T15:41:00", "2025-09-22", "2025-12-21")
cust("hannah.cole@coleandco.com.au", "Hannah Cole", "annual", start="2025-09-05", end="2026-09-04")
lopay("lo_e03a", "LO-INV-70319", "hannah.cole@coleandco.com.au", "annual", "11988.00", "2157.84", "2025-09-05T11:00:00", "2025-09-05", "2026-09-04")
lopay("lo_e03b", "LO-INV-70320", "hannah.cole@coleandco.com.au", "annual", "11988.00", "2157.84", "2025-09-05T11:01:00", "2025-09-05", "2026-09-04")
cust("marcus.reed@reedfitnessco.com", "Marcus Reed", "monthly", start="2025-09-11", end="2025-10-10")
lopay("lo_e04a", "LO-INV-70371", "marcus.reed@reedfitnessco.com", "monthly", "1499.00", "269.82", "2025-09-11T20:00:00", "2025-09-11", "2025-10-10")
lopay("lo_e04b", "LO-INV-70372", "marcus.reed@reedfitnessco.com", "monthly", "1499.00", "269.82", "2025-09-11T20:01:00", "2025-09-11", "2025-10-10")
cust("chidi.okafor@okaforlogistics.ng", "Chidi Okafor", "monthly", start="2025-09-23", end="2025-10-22")
lopay("lo_e05", "LO-INV-70610", "chidi.okafor@okaforlogistics.ng", "monthly", "1499.00", "269.82", "2025-09-23T12:00:00", "2025-09-23", "2025-10-22")
cust("weiling.tan@tanbakery.sg", "Tan Wei Ling", "monthly", start="2025-09-25", end="2025-10-24")
for i, t in enumerate(["09:00:05", "09:00:40", "09:01:10"]):
    lopay(f"lo_e06{'abc'[i]}", f"LO-INV-7070{i + 1}", "weiling.tan@tanbakery.sg", "monthly", "1499.00", "269.82", f"2025-09-25T{t}", "2025-09-25", "2025-10-24")
cust("ana.fernandes@goapropertyhub.in", "Ana Fernandes", "quarterly", status="cancelled", start="2025-06-20", end="2025-09-19")
lopay("lo_e07", "LO-INV-70655", "ana.fernandes@goapropertyhub.in", "quarterly", "3999.00", "719.82", "2025-09-20T06:00:00", "2025-09-20", "2025-12-19")
cust("liam.obrien@obrienplumbing.com.au", "Liam O'Brien", "annual", start="2025-09-27", end="2026-09-26")
lopay("lo_e08", "LO-INV-70801", "liam.obrien@obrienplumbing.com.au", "annual", "11988.00", "2157.84", "2025-09-27T05:10:00", "2025-09-27", "2026-09-26")
cust("rohan.mehta@mehtaimpex.in", "Rohan Mehta", "monthly", start="2025-08-30", end="2025-09-29")
lopay("lo_e09", "LO-INV-69990", "rohan.mehta@mehtaimpex.in", "monthly", "1499.00", "269.82", "2025-08-30T09:00:00", "2025-08-30", "2025-09-29")
cust("sophie.turner@turnerflorals.co.uk", "Sophie Turner", "monthly", start="2025-09-24", end="2025-10-23")
lopay("lo_e10", "LO-INV-70720", "sophie.turner@turnerflorals.co.uk", "monthly", "1499.00", "269.82", "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
cust("kwame.mensah@mensahagro.com.gh", "Kwame Mensah", "monthly", start="2025-09-01", end="2025-09-30")
lopay("lo_e11", "LO-INV-70201", "kwame.mensah@mensahagro.com.gh", "monthly", "1499.00", "269.82", "2025-09-01T10:00:00", "2025-09-01", "2025-09-30")
cust("aisha.bello@bellohomes.ng", "Aisha Bello", "monthly", start="2025-09-26", end="2025-10-25")
lopay("lo_e12", "LO-INV-70760", "aisha.bello@bellohomes.ng", "monthly", "1499.00", "269.82", "2025-09-26T09:30:00", "2025-09-26", "2025-10-25")
cust("james.whitfield@whitfieldcpa.com", "James Whitfield", "annual", start="2025-06-10", end="2026-06-09")
lopay("lo_e13", "LO-INV-68810", "james.whitfield@whitfieldcpa.com", "annual", "11988.00", "2157.84", "2025-06-10T19:00:00", "2025-06-10", "2026-06-09")
cust("meera.iyer@iyerdesignstudio.in", "Meera Iyer", "monthly", status="trial", trial_ends="2025-10-05")
cust("ethan.clarke@clarkephoto.ca", "Ethan Clarke", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("lo_e15", "LO-INV-70150", "ethan.clarke@clarkephoto.ca", "quarterly", "3999.00", "719.82", "2025-09-01T18:30:00", "2025-09-01", "2025-11-30")
cust("nkechi.eze@ezebeauty.ng", "Nkechi Eze", "quarterly")
lopay("lo_e16", "LO-INV-69300", "nkechi.eze@ezebeauty.ng", "quarterly", "3999.00", "719.82", "2025-07-15T10:00:00", None, None)
cust("daniel.kim@kimrealty.com", "Daniel Kim", "monthly")
lopay("lo_e16b", "LO-INV-70190", "daniel.kim@kimrealty.com", "monthly", "1499.00", "269.82", "2025-08-31T20:00:00Z", None, None)
cust("tom.harris@harrisautos.com.au", "Tom Harris", "monthly", start="2025-09-20", end="2025-10-19")
lopay("lo_e17", "LO-INV-70630", "tom.harris@harrisautos.com.au", "monthly", "1499.00", "269.82", "2025-09-20T08:00:00", "2025-09-20", "2025-10-19")
cust("deepak@raoagritech.in", "Deepak Rao", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("lo_e18", "LO-INV-70355", "deepak@raoagritech.in", "quarterly", "3999.00", "719.82", "2025-09-10T11:00:00", "2025-09-10", "2025-12-09")
cust("vikram@sethitextiles.com", "Vikram Sethi", "annual", start="2025-02-01", end="2026-01-31")
lopay("lo_e19", "LO-INV-61200", "vikram@sethitextiles.com", "annual", "11988.00", "2157.84", "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
cust("grace.wong@wongcatering.sg", "Grace Wong", "monthly", start="2025-09-24", end="2025-10-23")
lopay("lo_e20a", "LO-INV-70730", "grace.wong@wongcatering.sg", "monthly", "1499.00", "269.82", "2025-09-24T07:00:00", "2025-09-24", "2025-10-23")
lopay("lo_e20b", "LO-INV-70731", "grace.wong@wongcatering.sg", "monthly", "1499.00", "269.82", "2025-09-24T07:01:00", "2025-09-24", "2025-10-23")
cust("r.venkatesh@venkateshsteel.in", "R. Venkatesh", "monthly", start="2025-09-26", end="2025-10-25")
lopay("lo_e21", "LO-INV-70770", "r.venkatesh@venkateshsteel.in", "monthly", "1499.00", "269.82", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
cust("sanjay.kulkarni@punetraders.in", "Sanjay Kulkarni", "annual", start="2025-09-18", end="2026-09-17")
lopay("lo_e22a", "LO-INV-70560", "sanjay.kulkarni@punetraders.in", "annual", "11988.00", "2157.84", "2025-09-18T12:00:00", "2025-09-18", "2026-09-17")
lopay("lo_e22b", "LO-INV-70561", "sanjay.kulkarni@punetraders.in", "annual", "11988.00", "2157.84", "2025-09-18T12:04:00", "2025-09-18", "2026-09-17")
cust("fatima.sheikh@sheikhpharma.in", "Fatima Sheikh", "monthly", start="2025-09-27", end="2025-10-26")
lopay("lo_e23", "LO-INV-70840", "fatima.sheikh@sheikhpharma.in", "monthly", "1499.00", "269.82", "2025-09-27T11:00:00", "2025-09-27", "2025-10-26")
cust("arjun.pillai@pillaimarine.in", "Arjun Pillai", "monthly", start="2025-09-10", end="2025-10-09")
lopay("lo_e24a", "LO-INV-70380", "arjun.pillai@pillaimarine.in", "monthly", "1499.00", "269.82", "2025-09-10T08:00:00", "2025-09-10", "2025-10-09")
lopay("lo_e24b", "LO-INV-70381", "arjun.pillai@pillaimarine.in", "monthly", "1499.00", "269.82", "2025-09-10T08:02:00", "2025-09-10", "2025-10-09")
cust("kavita.joshi@joshiedu.in", "Kavita Joshi", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("lo_e25", "LO-INV-70300", "kavita.joshi@joshiedu.in", "quarterly", "3999.00", "719.82", "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
cust("ben.carter@carterbuild.co.uk", "Ben Carter", "monthly", start="2025-09-18", end="2025-10-17")
lopay("lo_e27a", "LO-INV-70570", "ben.carter@carterbuild.co.uk", "monthly", "1499.00", "269.82", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
lopay("lo_e27b", "LO-INV-70571", "ben.carter@carterbuild.co.uk", "monthly", "1499.00", "269.82", "2025-09-18T10:01:00", "2025-09-18", "2025-10-17", status="refunded")
cust("rachel.green@greenleafyoga.com", "Rachel Green", "annual", start="2025-04-01", end="2026-03-31")
lopay("lo_e29", "LO-INV-64410", "rachel.green@greenleafyoga.com", "annual", "11988.00", "2157.84", "2025-04-01T10:00:00", "2025-04-01", "2026-03-31")
cust("brandon.miller@millerhvac.com", "Brandon Miller", "monthly", start="2025-09-25", end="2025-10-24")
lopay("lo_e30", "LO-INV-70705", "brandon.miller@millerhvac.com", "monthly", "1499.00", "269.82", "2025-09-25T21:00:00", "2025-09-25", "2025-10-24")
cust("suresh.reddy@reddyinfra.in", "Suresh Reddy", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("lo_e31", "LO-INV-70744", "suresh.reddy@reddyinfra.in", "quarterly", "3999.00", "719.82", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
cust("tunde.bakare@bakaremedia.ng", "Tunde Bakare", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("lo_e32", "LO-INV-69620", "tunde.bakare@bakaremedia.ng", "quarterly", "3999.00", "719.82", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
cust("neha.kapoor@kapoorjewels.in", "Neha Kapoor", "monthly", start="2025-09-25", end="2025-10-24")
lopay("lo_e37", "LO-INV-70712", "neha.kapoor@kapoorjewels.in", "monthly", "1499.00", "269.82", "2025-09-25T18:00:00", "2025-09-25", "2025-10-24")
cust("kayla.brooks@brookspetcare.com", "Kayla Brooks", "monthly", start="2025-09-29", end="2025-10-28")
lopay("lo_e40a", "LO-INV-70901", "kayla.brooks@brookspetcare.com", "monthly", "1499.00", "269.82", "2025-09-29T09:15:00", "2025-09-29", "2025-10-28")
lopay("lo_e40b", "LO-INV-70902", "kayla.brooks@brookspetcare.com", "monthly", "1499.00", "269.82", "2025-09-29T09:16:00", "2025-09-29", "2025-10-28")

# ============================ Optima WebDesign ledger ============================
proj("Brightwater Dental Website", "practice.manager@brightwaterdental.co.uk")
owpay("ow_e01", "OWD-2025-301", "Brightwater Dental Website", "deposit", "25000.00", "4500.00", "2025-09-15T11:00:00")
proj("Harbour Lane Cafe Site", "hello@harbourlanecafe.com.au")
owpay("ow_e02", "OWD-2025-302", "Harbour Lane Cafe Site", "deposit", "20000.00", "3600.00", "2025-09-15T11:00:00")
proj("Al Noor Trading Portal", "it@alnoortrading.ae")
owpay("ow_e03", "OWD-2025-303", "Al Noor Trading Portal", "deposit", "30000.00", "5400.00", "2025-09-15T11:00:00")
proj("Kaveri Ayurveda Store", "founder@kaveriayurveda.in", "2025-09-16T10:00:00")
owpay("ow_e04", "OWD-2025-304", "Kaveri Ayurveda Store", "deposit", "20000.00", "3600.00", "2025-09-15T14:00:00")
proj("Lumen Analytics Rebrand", "ops@lumenanalytics.io", "2025-09-29T10:00:00")
owpay("ow_e05", "OWD-2025-305", "Lumen Analytics Rebrand", "discovery", "15000.00", "2700.00", "2025-09-20T10:00:00")
proj("Mokoena Physio Practice Site", "admin@mokoenaphysio.co.za", "2025-09-10T11:00:00")
owpay("ow_e06", "OWD-2025-306", "Mokoena Physio Practice Site", "discovery", "12000.00", "2160.00", "2025-09-08T10:00:00")
proj("Greenleaf Organics Shop", "accounts@greenleaforganics.sg", "2025-08-25T10:00:00")
owpay("ow_e07a", "OWD-2025-310", "Greenleaf Organics Shop", "deposit", "20000.00", "3600.00", "2025-08-20T10:00:00")
owpay("ow_e07b", "OWD-2025-311", "Greenleaf Organics Shop", "milestone", "40000.00", "7200.00", "2025-09-10T10:00:00", milestone_status="not_started")
proj("Pemberton Estates Portal", "finance@pembertonestates.co.uk", "2025-08-01T10:00:00")
owpay("ow_e08", "OWD-2025-320", "Pemberton Estates Portal", "milestone", "55000.00", "9900.00", "2025-09-05T10:00:00", milestone_status="in_progress")
proj("Adebayo Fashion House", "ceo@adebayofashion.ng", "2025-07-01T10:00:00")
owpay("ow_e09", "OWD-2025-330", "Adebayo Fashion House", "milestone", "45000.00", "8100.00", "2025-08-28T10:00:00", milestone_status="approved")
proj("Sunrise Clinics SEO Retainer", "marketing@sunriseclinics.in", "2025-06-15T10:00:00")
owpay("ow_e10", "OWD-2025-340", "Sunrise Clinics SEO Retainer", "retainer", "18000.00", "3240.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T10:00:00")
proj("Koala Coffee Co Retainer", "owner@koalacoffee.com.au", "2025-05-01T10:00:00")
owpay("ow_e11", "OWD-2025-341", "Koala Coffee Co Retainer", "retainer", "12000.00", "2160.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T10:00:00")
proj("Hudson Yoga Studio Retainer", "studio@hudsonyoga.com", "2025-04-03T10:00:00")
owpay("ow_e12", "OWD-2025-342", "Hudson Yoga Studio Retainer", "retainer", "10000.00", "1800.00", "2025-09-03T10:00:00",
      period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T10:00:00")
proj("Chen & Partners Accounting Site", "office@chenpartners.sg", "2025-08-01T10:00:00")
owpay("ow_e13", "OWD-2025-350", "Chen & Partners Accounting Site", "hosting_annual", "14999.00", "2699.82", "2025-09-15T10:00:00",
      setup_fee="1500.00", service_start="2025-09-15")
proj("Okonkwo Motors Website", "it@okonkwomotors.ng", "2025-07-01T10:00:00")
owpay("ow_e14", "OWD-2025-351", "Okonkwo Motors Website", "hosting_annual", "18000.00", "3240.00", "2025-09-01T10:00:00",
      setup_fee="2400.00", service_start="2025-09-01")
proj("Bluebell Nursery Site", "bluebellnursery@btinternet.com", "2025-07-10T10:00:00")
owpay("ow_e15", "OWD-2025-352", "Bluebell Nursery Site", "maintenance_annual", "9999.00", "1799.82", "2025-09-22T10:00:00",
      setup_fee="999.00", service_start="2025-10-01")
proj("Riverside Community Church Website", "office@riversidecc.org", "2025-03-01T10:00:00")
owpay("ow_e16", "OWD-2025-360", "Riverside Community Church Website", "third_party", "1299.00", "233.82", "2025-09-18T10:00:00")
proj("Monsoon Run Microsite", "events@monsoonrun.in", "2025-09-01T10:00:00")
owpay("ow_e17", "OWD-2025-361", "Monsoon Run Microsite", "rush", "8000.00", "1440.00", "2025-09-02T10:00:00")
proj("Kiwi Trails Booking Site", "bookings@kiwitrails.co.nz", "2025-08-05T10:00:00")
owpay("ow_e18", "OWD-2025-362", "Kiwi Trails Booking Site", "change_request", "6500.00", "1170.00", "2025-09-19T10:00:00")
proj("Sharma Interiors Portfolio", "studio@sharmainteriors.in", "2025-08-12T10:00:00")
owpay("ow_e19", "OWD-2025-370", "Sharma Interiors Portfolio", "milestone", "30000.00", "5400.00", "2025-09-20T10:00:00", milestone_status="not_started")
proj("Patel Family Dental Retainer", "dr.patel@pateldental.co.uk", "2025-03-01T10:00:00")
owpay("ow_e20", "OWD-2025-371", "Patel Family Dental Retainer", "retainer", "9000.00", "1620.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T10:00:00")
proj("Ashworth Bespoke Tailoring", "accounts@ashworthtailoring.co.uk", "2025-09-20T10:00:00")
owpay("ow_e21", "OWD-2025-372", "Ashworth Bespoke Tailoring", "deposit", "22000.00", "3960.00", "2025-09-18T10:00:00")
proj("Zaveri Gems Catalogue", "info@zaverigems.in")
owpay("ow_e22", "OWD-2025-373", "Zaveri Gems Catalogue", "deposit", "15000.00", "2700.00", "2025-09-19T10:00:00", status="refunded")
proj("Lakeside Montessori Website", "admin@lakesidemontessori.com", "2025-08-18T10:00:00")
owpay("ow_e23a", "OWD-2025-380", "Lakeside Montessori Website", "deposit", "18000.00", "3240.00", "2025-08-14T10:00:00")
owpay("ow_e23b", "OWD-2025-381", "Lakeside Montessori Website", "milestone", "35000.00", "6300.00", "2025-09-12T10:00:00", milestone_status="not_started")
proj("Northgate Logistics Site", "ceo@northgatelogistics.co.ke", "2025-08-01T10:00:00")
owpay("ow_e25", "OWD-2025-390", "Northgate Logistics Site", "hosting_annual", "24000.00", "4320.00", "2025-09-20T10:00:00",
      setup_fee="3000.00", service_start="2025-09-20")
proj("Osei Bakery Website", "orders@oseibakery.com.gh", "2025-06-01T10:00:00")
owpay("ow_e28", "OWD-2025-391", "Osei Bakery Website", "milestone", "25000.00", "4500.00", "2025-07-01T10:00:00", milestone_status="completed")


# ================================ cases: LeadsOptima ================================
case("en-l01-kochi-debited-two-times", LOB, "decided", [msg(
    "Priya Nair <priya.nair@kochiexports.in>", LO_TO, "Amount debited 2 times - LO-INV-70412",
    """Dear Sir/Madam,

Greetings of the day.

This is to bring to your kind notice that Rs.1,499/- + GST got debited 2 times from my HDFC
credit card on 14/09 for the monthly subscription, within one minute. Two SMS alerts came.
The second invoice no. is LO-INV-70412. Kindly refund the extra amount at the earliest.

Thanks & Regards,
Priya Nair
Kochi Exports | Willingdon Island, Kochi 682003
Mob: +91 98470 12345
""", D(2025, 9, 16, 9, 40, IST))],
    decisions=[R("approve", "1499.00")],
    spec="L2 duplicate ('debited 2 times'), L3 day 2 (09-14 -> 09-16), L4 pair lo_e01a/lo_e01b same period: refund the duplicate's 1499.00 before tax (C6).")

case("en-l02-uk-statement-taken-twice", LOB, "decided", [msg(
    "Oliver Bennett <oliver.bennett@bennettjoinery.co.uk>", LO_TO, "You've taken the quarterly fee twice",
    """Hi there,

Just going through the business account and you've taken the quarterly payment twice on Monday,
two lines of 4,718.82 INR each (that's 3,999 plus GST I assume). Card statement attached.

Could you refund the second one please - the reference on it is lo inv 70533.

Cheers,
Oliver

--
Oliver Bennett | Bennett Joinery Ltd | Unit 4, Mill Lane, Leeds LS10 1AB
Registered in England & Wales No. 08812345
""", D(2025, 9, 24, 10, 15, BST))],
    decisions=[R("approve", "3999.00")],
    spec="Invoice written 'lo inv 70533' = LO-INV-70533 (s.8); paid twice 09-22, request 09-24 14:45 IST = day 2 (L3); pair in ledger (L4): 3999.00 before tax, not the 4,718.82 incl. GST the customer quotes.")

case("en-l03-melbourne-duplicate-day-eight", LOB, "decided", [msg(
    "Hannah Cole <hannah.cole@coleandco.com.au>", LO_TO, "Double charge on annual plan",
    """Hello LeadsOptima team,

I've only just noticed (been interstate for a week) that our annual subscription went through twice
on the 5th - invoices LO-INV-70319 and LO-INV-70320. Obviously we only need one year!
Please refund the duplicate LO-INV-70320.

Kind regards,
Hannah Cole
Cole & Co Bookkeeping, Fitzroy VIC
""", D(2025, 9, 13, 14, 30, AEST))],
    decisions=[R("deny")],
    spec="Duplicate charged 2025-09-05; request 2025-09-13 14:30 AEST = 10:00 IST, day 8 > 7: deny (L3) although the pair exists.")

case("en-l04-california-evening-is-day-eight-in-india", LOB, "decided", [msg(
    "Marcus Reed <marcus.reed@reedfitnessco.com>", LO_TO, "charged twice??",
    """hey guys, looking at my chase app and I got charged twice for the monthly plan last thursday,
invoice LO-INV-70372 is the dupe. pls refund asap, thx

Marcus
Reed Fitness Co. - San Diego, CA
Sent from my iPhone""", D(2025, 9, 18, 19, 0, PDT))],
    decisions=[R("deny")],
    spec="Charges 2025-09-11 20:00 IST (day 0). Sent 2025-09-18 19:00 PDT = 2025-09-19 07:30 IST: day 8 in the brand's zone (s.1), so deny (L3) though the sender's local date is day 7.")

case("en-l05-lagos-kindly-reverse-double-debit", LOB, "decided", [msg(
    "Chidi Okafor <chidi.okafor@okaforlogistics.ng>", LO_TO, "DOUBLE DEBIT ON MY CARD",
    """Good morning,

Please I was debited twice for my LeadsOptima monthly subscription yesterday, I received two debit
alerts of the same amount from my bank. Invoice number is LO-INV-70610.

Kindly reverse the second debit to my card. Thanks for your anticipated cooperation.

Chidi Okafor
MD/CEO, Okafor Logistics Ltd, Apapa, Lagos
""", D(2025, 9, 24, 9, 20, WAT))],
    decisions=[R("escalate")],
    spec="Duplicate claimed inside the window (09-23 -> 09-24, L3) but the ledger holds one charge only: no pair, escalate (L4). 'Kindly reverse' is Nigerian English for refund, not a chargeback threat (no C4).")

case("en-l06-singapore-three-times-leh", LOB, "decided", [msg(
    "Tan Wei Ling <weiling.tan@tanbakery.sg>", LO_TO, "Charged 3 times for same month",
    """Hi, your system charge me three times yesterday morning for the same monthly plan leh.
Invoices LO-INV-70701, 70702 and 70703. I only subscribe once. Pls refund the extra two, thank you!

Wei Ling
Tan's Bakery, Tiong Bahru""", D(2025, 9, 26, 11, 0, SGT))],
    decisions=[R("approve", "2998.00")],
    spec="Three identical charges 2025-09-25 same period (s.8): every charge after the first is a duplicate, both inside L3 (day 1): 2 x 1499.00 = 2998.00 (L4).")

case("en-l07-goa-charged-after-cancelling", LOB, "decided", [msg(
    "Ana Fernandes <ana.fernandes@goapropertyhub.in>", LO_TO, "Charged even after cancellation!!",
    """Hello,

I cancelled my LeadsOptima quarterly plan in August itself from the Billing page, and still on 20th
Sept I have been charged Rs 4,718.82 (invoice LO-INV-70655). I was charged after I cancelled, please
refund this amount.

Ana Fernandes
Goa Property Hub, Panjim""", D(2025, 9, 23, 12, 10, IST))],
    decisions=[R("escalate")],
    spec="billing_error ('charged after I cancelled', L2), charge 09-20, request 09-23 day 3 inside L3: escalate for a person to verify (L5), no amount.")

case("en-l08-sydney-wrong-plan-annual", LOB, "decided", [msg(
    "Liam O'Brien <liam.obrien@obrienplumbing.com.au>", LO_TO, "Wrong plan charged - want monthly not annual",
    """G'day,

Went to upgrade from the trial yesterday and picked monthly, but I've been stung for the full annual
price - 11,988 rupees plus GST. That's the wrong plan, I only wanted monthly. Can you sort out a
refund on that and I'll redo it as monthly.

Cheers mate,
Liam
O'Brien Plumbing & Gas - Parramatta NSW""", D(2025, 9, 28, 9, 30, AEST))],
    decisions=[R("escalate")],
    spec="billing_error (charged for the wrong plan, L2); charge 2025-09-27 05:10 IST, request 2025-09-28 05:00 IST day 1 (L3): escalate (L5). One charge on record, so the invoice is filled from the ledger (s.1).")

case("en-l09-overcharged-outside-window", LOB, "decided", [msg(
    "Rohan Mehta <rohan.mehta@mehtaimpex.in>", LO_TO, "Overcharged in August invoice LO-INV-69990",
    """Hi,

I was going through our books for the GST filing and found that the August invoice LO-INV-69990
shows a wrong amount - we were charged more than the 1499 we agreed. Please refund the difference.

Regards,
Rohan Mehta
Accounts, Mehta Impex, Surat""", D(2025, 9, 10, 17, 45, IST))],
    decisions=[R("deny")],
    spec="billing_error (L2) but charge 2025-08-30, request 2025-09-10 = day 11 > 7: deny (L3).")

case("en-l10-uk-html-dashboard-not-loading", LOB, "decided", [msg(
    "Sophie Turner <sophie.turner@turnerflorals.co.uk>", LO_TO, "Dashboard not loading since Wednesday",
    None, D(2025, 9, 26, 16, 20, BST), html_only=True,
    html="""<html><body><div style="font-family:Calibri">Hello,<br><br>I paid for the monthly plan on
Wednesday (LO-INV-70720) and the dashboard has not loaded once since &mdash; it just sits on the spinning
logo. I&#39;ve tried Chrome, Edge and my phone. Your chat bot keeps telling me to clear my cache.<br><br>
If you can&#39;t get me in, I&#39;d like my money back please.<br><br>Many thanks,<br>Sophie<br>
<i>Turner Florals, Bath</i></div></body></html>""")],
    decisions=[R("escalate")],
    spec="HTML-only mail. access_failure (dashboard not loading, L2), charge 09-24, request 2025-09-26 20:50 IST day 2 (L3): escalate (L6).")

case("en-l11-ghana-no-access-too-late", LOB, "decided", [msg(
    "Kwame Mensah <kwame.mensah@mensahagro.com.gh>", LO_TO, "Refund request - cannot access account",
    """Dear Support,

Since the beginning of the month I cannot log in to my LeadsOptima account. It says my session is
invalid. I paid for September (LO-INV-70201) and have not been able to use it. Kindly refund me.

Yours faithfully,
Kwame Mensah
Mensah Agro Ventures, Kumasi""", D(2025, 9, 19, 11, 0, GMT))],
    decisions=[R("deny")],
    spec="access_failure (L2) but charge 2025-09-01, request 2025-09-19 16:30 IST = day 18: deny (L3).")

case("en-l12-lagos-went-with-another-crm", LOB, "decided", [msg(
    "Aisha Bello <aisha.bello@bellohomes.ng>", LO_TO, "Refund",
    """Hello,

Our team has decided to go with another CRM that our parent company already pays for, so we won't
be needing LeadsOptima after all. The payment for this month just went through yesterday
(LO-INV-70760). Please refund it.

Thank you.
Aisha Bello
Head of Sales, Bello Homes, Lekki""", D(2025, 9, 27, 10, 5, WAT))],
    decisions=[R("deny")],
    spec="Reason is a changed mind, not one of the L2 exceptions: deny (L1), the reply offers cancellation; she does not ask to cancel, so no cancellation decision.")

case("en-l13-ny-prorate-unused-months-and-cancel", LOB, "decided", [msg(
    "James Whitfield <james.whitfield@whitfieldcpa.com>", LO_TO, "Cancellation and prorated refund",
    """Good morning,

Please cancel our LeadsOptima annual subscription effective immediately. We are merging with another
firm and will consolidate on their tooling. Since we paid in June for a full year, please refund the
unused portion (roughly nine months) on a prorated basis.

Best regards,
James Whitfield, CPA
Managing Partner | Whitfield CPA LLC | 1250 Broadway, New York, NY

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the addressee.""",
    D(2025, 9, 15, 10, 0, EDT))],
    decisions=[R("deny"), CX("cancel", "2026-06-09")],
    spec="Refund of unused days: deny (L1, clause 2 'no partial refunds'); cancellation: cancel, active until current_period_end 2026-06-09 (L8).")

case("en-l14-trial-refund", LOB, "decided", [msg(
    "Meera Iyer <meera.iyer@iyerdesignstudio.in>", LO_TO, "Please refund & don't bill me",
    """Hi,

I signed up for the free trial last week to try the WhatsApp integration and honestly it isn't what
I needed. Please refund whatever I have been charged and make sure I am not billed.

Meera""", D(2025, 9, 29, 13, 20, IST))],
    decisions=[R("deny")],
    extra_ok=True,
    spec="Account on a free trial (trial_ends 2025-10-05), no charges on record: deny, nothing to refund; the reply says no billing unless she subscribes (L7).")

case("en-l15-toronto-closing-studio-cancel", LOB, "decided", [msg(
    "Ethan Clarke <ethan.clarke@clarkephoto.ca>", LO_TO, "Cancel subscription",
    """Hi,

I'm closing my photography studio at the end of the year, so please cancel my LeadsOptima quarterly
plan. No need to refund anything, just make sure it doesn't renew.

Thanks,
Ethan Clarke""", D(2025, 9, 22, 11, 30, EDT))],
    decisions=[CX("cancel", "2025-11-30")],
    spec="Cancellation (L8): current_period_end 2025-11-30 from the ledger. 'No need to refund anything' adds no refund intent (s.8 negation).")

case("en-l16-lagos-cancel-fallback-quarterly", LOB, "decided", [msg(
    "Nkechi Eze <nkechi.eze@ezebeauty.ng>", LO_TO, "Cancellation of my plan",
    """Good afternoon,

I want to cancel my quarterly LeadsOptima plan. The business is relocating to Abuja and we will
pause all marketing for now.

Regards,
Nkechi Eze
Eze Beauty Lounge""", D(2025, 9, 29, 14, 0, WAT))],
    decisions=[CX("cancel", "2025-10-14")],
    spec="No current_period_end on record: L8 fallback = last charge 2025-07-15 + 3 months - 1 day = 2025-10-14.")

case("en-l17-utc-charge-fallback-local-date", LOB, "decided", [msg(
    "Daniel Kim <daniel.kim@kimrealty.com>", LO_TO, "Cancel monthly plan",
    """Hello,

Please cancel my monthly subscription. We are switching brokerages and the new one provides its own
lead system.

Daniel Kim | Kim Realty Group | Seattle, WA""", D(2025, 9, 22, 8, 45, PDT))],
    decisions=[CX("cancel", "2025-09-30")],
    spec="Ledger charge '2025-08-31T20:00:00Z' = 2025-09-01 01:30 IST (s.8 offsets); L8 fallback uses the local date: 2025-09-01 + 1 month - 1 day = 2025-09-30 (not 2025-09-29).")

case("en-l18-perth-cancel-one-liner", LOB, "decided", [msg(
    "Tom Harris <tom.harris@harrisautos.com.au>", LO_TO, "cancel",
    "cancel my sub. cheers\n\nTom\n", D(2025, 9, 30, 8, 10, AWST))],
    decisions=[CX("cancel", "2025-10-19")],
    spec="LeadsOptima cancellation without a reason is not held up (section 3); plan filled from the ledger; cancel effective current_period_end 2025-10-19 (L8).")

case("en-l19-gmail-names-work-address", LOB, "need_info", [msg(
    "Deepak Rao <deepak.rao.personal@gmail.com>", LO_TO, "Refund for double charge",
    """Hi team, writing from my personal id as office mail is down. My registered email is
deepak@raoagritech.in, quarterly plan. I think I got charged twice this month, please check and
refund. Invoice LO-INV-70355.
Deepak""", D(2025, 9, 15, 20, 30, IST))],
    rules=["C2"],
    spec="Sender is not the registered email it names: need_info asking him to write from deepak@raoagritech.in, nothing about the account (C2).")

case("en-l20-forwarded-by-accounts-team", LOB, "need_info", [msg(
    "Accounts - Sethi Textiles <accounts@sethitextiles.com>", LO_TO, "FW: LeadsOptima cancellation",
    """Dear Team,

Please see below mail from our MD and do the needful.

Regards,
Accounts Dept.

-----Original Message-----
From: Vikram Sethi <vikram@sethitextiles.com>
Sent: Friday, September 19, 2025 6:12 PM
To: accounts@sethitextiles.com
Subject: LeadsOptima cancellation

Please write to LeadsOptima and cancel our annual plan (registered on vikram@sethitextiles.com).
We are moving to the Zoho suite group-wide.

Vikram""", D(2025, 9, 20, 10, 5, IST))],
    rules=["C2"],
    spec="Forward (FW:) read for the request it carries; it names registered email vikram@sethitextiles.com, not the sender: C2 via a forward, need_info.")

case("en-l21-plus-tag-is-another-address", LOB, "need_info", [msg(
    "Grace Wong <grace.wong+billing@wongcatering.sg>", LO_TO, "Duplicate charge",
    """Hi, I see two identical charges of INR 1,768.82 on 24 Sep for LeadsOptima monthly, invoice
LO-INV-70731 is the duplicate. Please refund. My account email is grace.wong@wongcatering.sg.
Thanks, Grace""", D(2025, 9, 25, 9, 15, SGT))],
    rules=["C2"],
    spec="grace.wong+billing@ is another address than grace.wong@ (s.8 addresses): C2 need_info, no approval although the pair exists.")

case("en-l22-reply-to-does-not-verify", LOB, "need_info", [msg(
    "Venkatesh Steel Office <office@venkateshsteel.in>", LO_TO, "LeadsOptima login problem - refund",
    """Sir,
On behalf of Mr. R. Venkatesh (registered ID r.venkatesh@venkateshsteel.in), we are unable to login
to LeadsOptima since the payment on 26th. Kindly refund Rs.1499. Reply to sir directly.
Office Assistant""", D(2025, 9, 27, 11, 40, IST), headers={"Reply-To": "r.venkatesh@venkateshsteel.in"})],
    rules=["C2"],
    spec="From office@ with Reply-To the registered address: Reply-To never verifies (s.8): need_info, write from r.venkatesh@venkateshsteel.in (C2).")

case("en-l23-mixed-case-sender-annual-duplicate", LOB, "decided", [msg(
    "SANJAY KULKARNI <Sanjay.Kulkarni@PuneTraders.IN>", LO_TO, "DOUBLE PAYMENT ANNUAL PLAN",
    """DEAR TEAM
ANNUAL PLAN PAYMENT OF RS. 11,988 + GST DONE TWICE ON 18-SEP (PAYMENT GATEWAY HUNG AND I PRESSED
PAY AGAIN). DUPLICATE INVOICE LO-INV-70561. PLEASE REFUND.
SANJAY KULKARNI
PUNE TRADERS""", D(2025, 9, 20, 11, 0, IST))],
    decisions=[R("approve", "11988.00")],
    spec="Addresses compare case-insensitively (s.8): verified. Paid twice 09-18, request 09-20 day 2 (L3), pair (L4): 11988.00.")

case("en-l24-do-the-needful-no-reason", LOB, "need_info", [msg(
    "Fatima Sheikh <fatima.sheikh@sheikhpharma.in>", LO_TO, "Refund request - LO-INV-70840",
    """Dear Sir,

Kindly process the refund for invoice LO-INV-70840 at the earliest. Please do the needful.

Thanks and regards,
Fatima Sheikh
Sheikh Pharma Distributors, Hyderabad

DISCLAIMER: The information in this e-mail is confidential and intended solely for the addressee.
If you have received it in error please notify the sender and delete it. Sheikh Pharma accepts no
liability for any damage caused by viruses.""", D(2025, 9, 28, 10, 20, IST))],
    missing=["reason"],
    spec="Verified sender, plan and invoice known; 'do the needful', the signature and the disclaimer are not reasons (s.8): need_info for reason (C3).")

case("en-l25-thread-reason-given-on-day-nine", LOB, "decided", [
    msg("Arjun Pillai <arjun.pillai@pillaimarine.in>", LO_TO, "Refund LO-INV-70381",
        "Hi,\nPlease refund LO-INV-70381.\nArjun\n", D(2025, 9, 16, 9, 0, IST)),
    msg("Arjun Pillai <arjun.pillai@pillaimarine.in>", LO_TO, "Re: Refund LO-INV-70381",
        """It's a duplicate - you charged me twice on the 10th, two minutes apart. 70380 is the real one.

Arjun

On Tue, 16 Sept 2025 at 11:02, LeadsOptima Support <support@leadsoptima.com> wrote:
> Hello Arjun,
> Thank you for writing. To look into your request we need the reason for the refund.
> LeadsOptima Support Team
>
> > Hi,
> > Please refund LO-INV-70381.
""", D(2025, 9, 19, 18, 30, IST))],
    decisions=[R("approve", "1499.00")],
    spec="Thread (C3): request time is the first mail, 2025-09-16 = day 6 after the 09-10 charges, so the reason given on day 9 still falls inside L3; pair in ledger (L4): 1499.00.")

case("en-l26-not-asking-refund-gst-question", LOB, "other", [msg(
    "Kavita Joshi <kavita.joshi@joshiedu.in>", LO_TO, "Query on invoice LO-INV-70300",
    """Hello,

I am not asking for a refund or anything, I just want to understand why the invoice LO-INV-70300
shows IGST instead of CGST + SGST when we are both in Maharashtra? Our CA is asking.

Thanks,
Kavita Joshi
Joshi Education Services, Nashik""", D(2025, 9, 12, 15, 0, IST))],
    spec="Negation ('not asking for a refund', s.8) and an invoice question that asks for nothing: other.")

case("en-l27-nairobi-presale-hypothetical", LOB, "other", [msg(
    "Wanjiru Kamau <wanjiru@kamauconsult.co.ke>", LO_TO, "Question before subscribing",
    """Hello,

We are evaluating LeadsOptima for our consultancy. If we take the annual plan and after a month find
it doesn't work for the Kenyan market, would we get a refund for the remaining months? Or is it better
to start monthly?

Kind regards,
Wanjiru Kamau""", D(2025, 9, 23, 10, 0, EAT))],
    spec="Hypothetical before buying (s.8): a policy question, not a request: other.")

case("en-l28-thank-you-after-refund", LOB, "other", [msg(
    "Ben Carter <ben.carter@carterbuild.co.uk>", LO_TO, "Re: Duplicate charge - refunded",
    """Just a quick note to say the refund for the double charge has landed in my account this morning.
Thanks for sorting it so quickly, much appreciated.

Ben""", D(2025, 9, 29, 9, 5, BST))],
    spec="Thank-you after a refund (the duplicate LO-INV-70571 is already 'refunded' in the ledger); asks for nothing: other.")

case("en-l29-past-refund-mention-cancel-renewal", LOB, "decided", [msg(
    "Rachel Green <rachel.green@greenleafyoga.com>", LO_TO, "Please don't renew next year",
    """Hi LeadsOptima,

Last year you kindly refunded a double charge for me, so thank you for that. This time I'd just like
to cancel so the annual plan does not renew at the end of March - we're scaling the studio down to one location.

Namaste,
Rachel""", D(2025, 9, 17, 9, 0, EDT))],
    decisions=[CX("cancel", "2026-03-31")],
    spec="The refund is a past event, not a request (s.8); cancellation only: cancel, active until current_period_end 2026-03-31 (L8).")

case("en-l30-amex-chargeback-threat", LOB, "decided", [msg(
    "Brandon Miller <brandon.miller@millerhvac.com>", LO_TO, "Refund now or chargeback",
    """I was charged the wrong amount on LO-INV-70705 - your pricing page said $15/mo. Refund it and cancel
my account. If I don't hear back by Friday I'm filing a chargeback with Amex.

Brandon Miller, Miller HVAC, Houston TX""", D(2025, 9, 26, 8, 0, CDT))],
    rules=["C4"], decisions=[R("escalate"), CX("escalate")],
    spec="Chargeback threat: C4 covers the whole case (s.8), so the refund and the cancellation are both escalate.")

case("en-l31-consumer-forum-wrong-charge", LOB, "decided", [msg(
    "Suresh Reddy <suresh.reddy@reddyinfra.in>", LO_TO, "Excess amount charged - LO-INV-70744",
    """To,
The Customer Support Manager,
LeadsOptima

Sub: Incorrect amount charged on quarterly plan

Respected Sir/Madam,
An incorrect amount was charged to my card on 24.09.2025 for the quarterly plan. I request you to
refund the same immediately, failing which I shall be constrained to approach the Consumer Forum.

Yours truly,
Suresh Reddy
Reddy Infra Projects, Vijayawada""", D(2025, 9, 25, 11, 0, IST))],
    rules=["C4"], decisions=[R("escalate")],
    spec="Mention of the consumer forum: C4 escalate (it would be L5 escalate anyway, but the rule is C4).")

case("en-l32-lagos-lawyer-cancel", LOB, "decided", [msg(
    "Tunde Bakare <tunde.bakare@bakaremedia.ng>", LO_TO, "Cancel my subscription immediately",
    """Cancel my LeadsOptima subscription immediately. Your platform has been a waste of money and
my lawyer will be in touch about the leads you promised and never delivered.

Tunde Bakare
Bakare Media""", D(2025, 9, 18, 16, 0, WAT))],
    rules=["C4"], decisions=[CX("escalate")],
    spec="Legal threat (lawyer): C4 covers the whole case, the cancellation included: escalate (s.8).")

case("en-l33-out-of-office", LOB, "ignore", [msg(
    "Priya Nair <priya.nair@kochiexports.in>", LO_TO, "Automatic reply: Amount debited 2 times - LO-INV-70412",
    """Thank you for your email. I am out of office till 22nd September with limited access to mail.
For urgent matters please contact accounts@kochiexports.in.

Priya""", D(2025, 9, 17, 11, 3, IST), headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    rules=["C7"], spec="Auto-Submitted: auto-replied: ignore (C7), even from a known customer quoting a refund subject.")

case("en-l34-mailer-daemon-bounce", LOB, "ignore", [msg(
    "Mail Delivery Subsystem <MAILER-DAEMON@mx.kochiexports.in>", LO_TO, "Undelivered Mail Returned to Sender",
    """This is the mail system at host mx.kochiexports.in.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<old.accounts@kochiexports.in>: host mx.kochiexports.in said: 550 5.1.1 User unknown

Subject: Re: Your refund request [LO-1178]""", D(2025, 9, 20, 10, 0, IST))],
    rules=["C7"], spec="MAILER-DAEMON sender (bounce): ignore (C7).")

case("en-l35-list-newsletter", LOB, "ignore", [msg(
    "SaaS India Weekly <newsletter@saasindiaweekly.com>", LO_TO, "This week: refund policies that cut churn",
    """SaaS India Weekly - Issue 212

Why 'no refunds' policies backfire, and how to cancel gracefully.
Unsubscribe: https://saasindiaweekly.com/u/1234""", D(2025, 9, 24, 7, 0, IST),
    headers={"List-Id": "SaaS India Weekly <weekly.saasindiaweekly.com>", "List-Unsubscribe": "<https://saasindiaweekly.com/u/1234>", "Precedence": "list"})],
    rules=["C7"], spec="List-Id / Precedence: list: ignore (C7), though it talks about refunds and cancelling.")

case("en-l36-own-noreply-address", LOB, "ignore", [msg(
    "LeadsOptima <noreply@leadsoptima.com>", LO_TO, "Payment receipt: LO-INV-70712",
    """Hi Neha, we received your payment of Rs. 1,768.82 for the monthly plan. If you were charged twice,
contact support@leadsoptima.com within 7 days.""", D(2025, 9, 25, 18, 1, IST))],
    rules=["C7"], spec="From the brand's own address noreply@leadsoptima.com: ignore (C7).")

case("en-l37-dictated-cant-login", LOB, "decided", [msg(
    "Neha Kapoor <neha.kapoor@kapoorjewels.in>", LO_TO, "login issue",
    """hi team i am not able to login since 2 days it is showing something went wrong please try again
i paid on 25th evening monthly plan 1768 rupees please refund if not fixed today my whole diwali
campaign is stuck

sent from my mi phone""", D(2025, 9, 28, 22, 15, IST))],
    decisions=[R("escalate")],
    spec="Dictated without punctuation. access_failure ('not able to login', L2), charge 09-25, request 09-28 day 3: escalate (L6).")

case("en-l38-not-cancelling-just-refund-dupe", LOB, "decided", [msg(
    "Kayla Brooks <kayla.brooks@brookspetcare.com>", LO_TO, "Duplicate charge - NOT cancelling",
    """Hi!

To be clear I'm NOT looking to cancel, we love the tool :) - but my card got billed twice last night
for the monthly plan (LO-INV-70901 and LO-INV-70902). Could you refund the second one?

Thanks so much,
Kayla | Brooks Pet Care | Austin, TX""", D(2025, 9, 29, 10, 0, CDT))],
    decisions=[R("approve", "1499.00")],
    spec="Negated cancellation adds no cancellation intent (s.8). Billed twice 2025-09-29, request 2025-09-29 20:30 IST day 0 (L3), pair (L4): 1499.00.")


# ================================ cases: Optima WebDesign ================================
case("en-o01-uk-dental-deposit-51h", OWB, "decided", [msg(
    "Claire Hughes <practice.manager@brightwaterdental.co.uk>", OWD_TO, "Refund Request — Brightwater Dental Website / OWD-2025-301",
    """Dear Optima WebDesign,

I'm afraid we need to withdraw from the Brightwater Dental Website project. The partners accepted an
offer for the practice on Tuesday and the new owners have their own group website.

We paid the deposit (OWD-2025-301) on Monday morning your time. As I understand nothing has started
yet, could you please refund it to the card we paid with?

Kind regards,
Claire Hughes
Practice Manager, Brightwater Dental, Bristol""", D(2025, 9, 17, 10, 0, BST))],
    decisions=[R("approve", "25000.00")],
    extra_ok=True,
    spec="Deposit paid 2025-09-15 11:00 IST; request 2025-09-17 14:30 IST = 51.5 h < 72 h and no work started (O2): approve 25000.00 before tax (C6).")

case("en-o02-aussie-deposit-exactly-72h", OWB, "decided", [msg(
    "Jess Parker <hello@harbourlanecafe.com.au>", OWD_TO, "Harbour Lane Cafe Site - deposit refund",
    """Hi team,

After a long chat with my business partner we've decided to build the site ourselves on Squarespace,
so we'd like to cancel the Harbour Lane Cafe Site project and get the deposit back (OWD-2025-302).
Sorry for the hassle!

Jess
Harbour Lane Cafe, Manly""", D(2025, 9, 18, 15, 30, AEST))],
    decisions=[R("deny")], extra_ok=True,
    spec="Deposit paid 2025-09-15 11:00 IST; request 2025-09-18 15:30 AEST = 11:00 IST, exactly 72 h: not 'before 72 hours', deny (O2, s.8). Cancelling the one-off project is the refund asked for (lead: fix13 decision, REVIEW.md): an extra cancellation is harmless (extra_ok).")

case("en-o03-dubai-deposit-71h59", OWB, "decided", [msg(
    "Faisal Rahman <it@alnoortrading.ae>", OWD_TO, "Refund Request — Al Noor Trading Portal",
    """Dear Sir,

Management has put the Al Noor Trading Portal on hold for budget reasons until next year. Kindly
refund our booking deposit, invoice OWD-2025-303, AED equivalent paid by card.

Best regards,
Faisal Rahman
IT Manager, Al Noor General Trading LLC, Deira, Dubai""", D(2025, 9, 18, 9, 29, GST))],
    decisions=[R("approve", "30000.00")],
    extra_ok=True,
    spec="Paid 2025-09-15 11:00 IST; request 2025-09-18 09:29 GST = 10:59 IST = 71 h 59 min, before 72 h, no work started (O2): approve 30000.00.")

case("en-o04-deposit-work-already-started", OWB, "decided", [msg(
    "Lakshmi Narayanan <founder@kaveriayurveda.in>", OWD_TO, "Deposit refund - Kaveri Ayurveda Store",
    """Hi,

We paid the deposit (OWD-2025-304) only yesterday but our investor has pulled out, so we cannot go
ahead with the Kaveri Ayurveda Store. Please refund the deposit - it's been barely a day.

Lakshmi""", D(2025, 9, 16, 15, 0, IST))],
    decisions=[R("deny")],
    extra_ok=True,
    spec="25 h after payment but work_started_at 2025-09-16 10:00 is before the request (15:00): 'whichever occurs first', deny (O2).")

case("en-o05-us-discovery-before-session", OWB, "decided", [msg(
    "Rebecca Stone <ops@lumenanalytics.io>", OWD_TO, "Refund Request — Lumen Analytics Rebrand",
    """Hi Optima team,

Our board froze all brand spend this quarter, so we need to back out of the Lumen Analytics Rebrand
discovery engagement. The kickoff workshop isn't until the 29th, so nothing has happened yet.
Could you refund the discovery fee (OWD-2025-305)?

Thanks,
Rebecca Stone
Head of Operations, Lumen Analytics, Austin TX""", D(2025, 9, 24, 8, 0, CDT))],
    decisions=[R("approve", "15000.00")],
    extra_ok=True,
    spec="Discovery fee; work_started_at 2025-09-29 is later than the request (2025-09-24 18:30 IST): no session started, full refund 15000.00 (O1).")

case("en-o06-sa-discovery-sessions-done", OWB, "decided", [msg(
    "Thandi Mokoena <admin@mokoenaphysio.co.za>", OWD_TO, "Discovery fee refund",
    """Good day,

We had two strategy sessions with your team for the Mokoena Physio Practice Site but we honestly did
not find them useful and have decided not to proceed. Please refund the discovery fee, OWD-2025-306.

Regards,
Thandi Mokoena, Durban""", D(2025, 9, 22, 10, 0, SAST))],
    decisions=[R("deny")],
    extra_ok=True,
    spec="Discovery sessions started 2025-09-10 before the request: deny (O1).")

case("en-o07-singapore-milestone-not-started", OWB, "decided", [msg(
    "Greenleaf Accounts <accounts@greenleaforganics.sg>", OWD_TO, "Refund Request — Greenleaf Organics Shop / OWD-2025-311",
    """Hi Optima,

We have cut the subscription-box module from the Greenleaf Organics Shop scope (the client decided
against recurring orders). That module is milestone 2, invoice OWD-2025-311, which per your last update
has not been started. Please refund that milestone.

Regards,
Melissa Goh
Finance, Greenleaf Organics Pte Ltd""", D(2025, 9, 23, 14, 0, SGT))],
    decisions=[R("approve", "40000.00")],
    spec="Milestone not_started (O3): refund that milestone's amount before tax, 40000.00 (tax 7200 kept, C6).")

case("en-o08-uk-milestone-in-progress", OWB, "decided", [msg(
    "Pemberton Finance <finance@pembertonestates.co.uk>", OWD_TO, "Pemberton Estates Portal - milestone 3",
    """Good afternoon,

Further to our call, we'd like to stop work on the property search milestone of the Pemberton Estates
Portal (invoice OWD-2025-320) as we're moving to Rightmove's white-label search. I appreciate your
developers have made a start. Please let us know what can be refunded.

Kind regards,
Edward Pemberton""", D(2025, 9, 19, 14, 0, BST))],
    decisions=[R("escalate")],
    extra_ok=True,
    spec="Milestone in_progress: escalate, a person values the work not started (O3 interp.), no amount.")

case("en-o09-lagos-milestone-approved", OWB, "decided", [msg(
    "Folake Adebayo <ceo@adebayofashion.ng>", OWD_TO, "Refund of design milestone",
    """Good day Optima team,

I approved the homepage design for Adebayo Fashion House in a hurry last month but my customers are
saying it does not look premium. I would like a refund of that milestone, OWD-2025-330.

God bless,
Folake Adebayo""", D(2025, 9, 12, 12, 0, WAT))],
    decisions=[R("deny")],
    spec="Milestone approved: deny (O3, O6 'approved milestones').")

case("en-o10-retainer-cancel-with-notice", OWB, "decided", [msg(
    "Sunrise Marketing <marketing@sunriseclinics.in>", OWD_TO, "Cancellation of SEO retainer - Sunrise Clinics",
    """Hi Team,

We have hired an in-house digital marketing executive, so we would like to discontinue the Sunrise
Clinics SEO Retainer after the current month. Last invoice OWD-2025-340.

Thanks & Regards,
Dr. Anil Deshpande
Sunrise Clinics, Pune""", D(2025, 9, 25, 11, 0, IST))],
    decisions=[CX("cancel", "2025-10-14")],
    spec="Retainer, next_billing_at 2025-10-15; request 2025-09-25 <= 2025-10-08 (7 days' notice, O4/O8): cancel effective 2025-10-14, the day before.")

case("en-o11-aussie-retainer-short-notice", OWB, "decided", [msg(
    "Sam Nguyen <owner@koalacoffee.com.au>", OWD_TO, "Koala Coffee Co Retainer - cancel",
    """Hi guys,

We're selling the Brisbane store and don't need the monthly retainer any more. Please cancel the
Koala Coffee Co Retainer (last invoice OWD-2025-341).

Ta,
Sam""", D(2025, 9, 26, 10, 0, AEST))],
    decisions=[CX("cancel", "2025-10-31")],
    spec="next_billing_at 2025-10-01; request 2025-09-26 (05:30 IST) is after 2025-09-24: less than 7 days' notice, the next cycle (10-01 to 10-31) is billed, effective 2025-10-31 (O4).")

case("en-o12-ny-retainer-notice-lost-to-timezone", OWB, "decided", [msg(
    "Hudson Yoga <studio@hudsonyoga.com>", OWD_TO, "Cancel Hudson Yoga Studio Retainer",
    """Hi,

We're moving our website to the franchise's central platform, so please cancel the Hudson Yoga Studio
Retainer before the next billing on October 3 (one week from today). Invoice OWD-2025-342.

Namaste,
Jenna Morales, Studio Manager, Brooklyn NY""", D(2025, 9, 26, 16, 0, EDT))],
    decisions=[CX("cancel", "2025-11-02")],
    spec="Sent 2025-09-26 16:00 EDT = 2025-09-27 01:30 IST; the cut-off is 2025-10-03 - 7 = 2025-09-26, so notice is short (s.1): next cycle 10-03..11-02 billed, effective 2025-11-02 (O4).")

case("en-o13-singapore-hosting-day-11", OWB, "decided", [msg(
    "Chen & Partners <office@chenpartners.sg>", OWD_TO, "Refund Request — Chen & Partners Accounting Site hosting",
    """Dear Optima WebDesign,

Our group IT has mandated that all sites move to the group's AWS account, so we must cancel the annual
managed hosting for the Chen & Partners Accounting Site (invoice OWD-2025-350) which started on
15 September. Please refund the prorated amount as per your policy.

Yours sincerely,
Jonathan Chen, Partner""", D(2025, 9, 26, 15, 0, SGT))],
    decisions=[R("approve", "12374.08"), CX("cancel")],
    spec="Hosting started 2025-09-15, request 2025-09-26 day 11 <= 14 (O5): 14999.00 - 1500.00 - (13499.00/12 = 1124.9166..) x 1 = 12374.0833 -> 12374.08. The email also explicitly asks to cancel: both parts are decided (s.1), cancellation `cancel` (O8; no effective date checked).")

case("en-o14-lagos-hosting-day-19", OWB, "decided", [msg(
    "Okonkwo Motors IT <it@okonkwomotors.ng>", OWD_TO, "Hosting refund Okonkwo Motors Website",
    """Dear Sir/Ma,

We wish to cancel the annual hosting for Okonkwo Motors Website (OWD-2025-351) and request a refund.
Our new parent company has its own servers in Abuja.

Regards,
Emeka, IT Unit""", D(2025, 9, 20, 9, 0, WAT))],
    decisions=[R("deny"), CX("cancel")],
    spec="Hosting service_start 2025-09-01, request 2025-09-20 = day 19 > 14: deny (O5). The email also explicitly asks to cancel: both parts are decided (s.1), cancellation `cancel` (O8; no effective date checked).")

case("en-o15-uk-maintenance-before-start", OWB, "decided", [msg(
    "Margaret Ellis <bluebellnursery@btinternet.com>", OWD_TO, "maintenance plan",
    """Hello dear,

My grandson says he can look after the Bluebell Nursery Site for us so we shan't need the yearly
maintenance plan we paid for on Monday (OWD-2025-352). I gather it hasn't started yet. Could you
cancel it and send back what you can please.

With thanks,
Margaret Ellis
Bluebell Nursery, Nr. Shrewsbury""", D(2025, 9, 24, 11, 0, BST))],
    decisions=[R("approve", "8250.00"), CX("cancel")],
    spec="maintenance_annual, service_start 2025-10-01 after the request: consumed_months = 1 (s.8): 9999.00 - 999.00 - 9000.00/12 = 8250.00 (O5). The email also explicitly asks to cancel: both parts are decided (s.1), cancellation `cancel` (O8; no effective date checked).")

case("en-o16-us-domain-renewal", OWB, "decided", [msg(
    "Riverside Church Office <office@riversidecc.org>", OWD_TO, "Domain renewal refund",
    """Hello,

We were charged for the domain renewal of riversidecc.org on the Riverside Community Church Website
(OWD-2025-360), but the church council voted to move to a new .church domain. Please refund it.

Blessings,
Pastor Dave Wilson""", D(2025, 9, 19, 9, 0, CDT))],
    decisions=[R("deny")],
    spec="third_party (domain): never refundable, deny (O6).")

case("en-o17-rush-fee-late", OWB, "decided", [msg(
    "Monsoon Run Events <events@monsoonrun.in>", OWD_TO, "Refund of rush charges - Monsoon Run Microsite",
    """Hi,

We paid express charges (OWD-2025-361) for the Monsoon Run Microsite to go live by 5th Sept but it
went live on 8th. The whole point of paying rush fee was lost, please refund the rush fee.

Regards,
Karan Malhotra
Monsoon Run, Mumbai""", D(2025, 9, 11, 12, 0, IST))],
    decisions=[R("deny")],
    spec="Rush fee: never refundable (O6): deny; a complaint about lateness does not change the kind.")

case("en-o18-nz-change-request", OWB, "decided", [msg(
    "Kiwi Trails <bookings@kiwitrails.co.nz>", OWD_TO, "Change request refund",
    """Kia ora,

We asked for and paid the change request (OWD-2025-362) on Kiwi Trails Booking Site to add a Maori
language toggle, but our board now wants to do it properly with a translator next year. Can we have
that money back?

Nga mihi,
Aroha Ngata""", D(2025, 9, 23, 10, 0, NZST))],
    decisions=[R("deny")],
    spec="change_request fee: never refundable (O6): deny.")

case("en-o19-gmail-not-contract-email", OWB, "need_info", [msg(
    "Anjali Sharma <anjali.sharma1987@gmail.com>", OWD_TO, "Refund Request — Sharma Interiors Portfolio",
    """Hi,

This is Anjali from Sharma Interiors. Our contract email is studio@sharmainteriors.in but I am
travelling. We have decided to drop the 3D walkthrough milestone (OWD-2025-370) since our clients
don't use it. Please refund.

Anjali""", D(2025, 9, 22, 21, 0, IST))],
    rules=["C2"],
    spec="Optima requires the mail from the contract email (C2): need_info, write from studio@sharmainteriors.in.")

case("en-o20-retainer-cancel-no-reason", OWB, "need_info", [msg(
    "Dr Raj Patel <dr.patel@pateldental.co.uk>", OWD_TO, "Patel Family Dental Retainer",
    """Hi,

Please cancel the Patel Family Dental Retainer with effect from the next billing date. Invoice
OWD-2025-371.

Thank you,
Dr Raj Patel BDS
Patel Family Dental

Sent from my iPad""", D(2025, 9, 21, 19, 0, BST))],
    missing=["reason"],
    spec="Optima requires a reason for cancellations too (s.8); the sign-off and 'Sent from my iPad' are not reasons: need_info for reason.")

case("en-o21-uk-statutory-rights", OWB, "decided", [msg(
    "Ashworth Accounts <accounts@ashworthtailoring.co.uk>", OWD_TO, "Deposit refund - Ashworth Bespoke Tailoring",
    """Dear Sirs,

We wish to cancel the Ashworth Bespoke Tailoring project as the proposed timeline no longer suits
our launch, and we require a full refund of the deposit OWD-2025-372. We remind you of our statutory
rights under the Consumer Rights Act 2015.

Yours faithfully,
G. Ashworth""", D(2025, 9, 22, 10, 0, BST))],
    rules=["C4"], decisions=[R("escalate"), CX("escalate")],
    spec="'statutory rights': C4 escalates the whole case (s.8), the project cancellation included (the deposit itself would be denied by O2: work started 2025-09-20, request 100.5 h after payment).")

case("en-o22-deposit-already-refunded", OWB, "decided", [msg(
    "Zaveri Gems <info@zaverigems.in>", OWD_TO, "Refund Request — Zaveri Gems Catalogue / OWD-2025-373",
    """Dear Team,

As discussed on phone, we are not going ahead with the Zaveri Gems Catalogue as our family has decided
to sell only through Instagram for now. Kindly refund the booking deposit OWD-2025-373.

Regards,
Hitesh Zaveri, Zaveri Bazaar, Mumbai""", D(2025, 9, 20, 16, 0, IST))],
    decisions=[R("escalate")],
    extra_ok=True,
    spec="The ledger shows the deposit as 'refunded', not 'paid': a refund of it is escalate (s.8), not a second approval.")

case("en-o23-milestone-no-reference", OWB, "need_info", [msg(
    "Lakeside Montessori <admin@lakesidemontessori.com>", OWD_TO, "Refund for parent portal milestone",
    """Hi,

For the Lakeside Montessori Website, the school board has dropped the parent portal (we'll use
Brightwheel instead). Could you refund the milestone for it? I don't have the invoice to hand.

Thanks,
Karen Doyle, School Administrator""", D(2025, 9, 17, 9, 0, EDT))],
    missing=["invoice_number"],
    spec="Project has two payments (deposit, milestone), so the invoice cannot be filled from the ledger (s.1): need_info for invoice_number (C3).")

case("en-o24-milestone-reference-in-reply", OWB, "decided", [
    msg("Lakeside Montessori <admin@lakesidemontessori.com>", OWD_TO, "Refund for parent portal milestone",
        """Hi,

For the Lakeside Montessori Website, the school board has dropped the parent portal (we'll use
Brightwheel instead). Could you refund the milestone for it? I don't have the invoice to hand.

Thanks,
Karen Doyle, School Administrator""", D(2025, 9, 17, 9, 0, EDT)),
    msg("Lakeside Montessori <admin@lakesidemontessori.com>", OWD_TO, "Re: Refund for parent portal milestone [OWD-1290]",
        """Found it - OWD-2025-381.

Karen

-----
From: Optima WebDesign <optimawebdesigns12@gmail.com>
Sent: Wednesday, September 17, 2025 11:40 PM
Subject: Re: Refund for parent portal milestone [OWD-1290]

Dear Karen, please send us the invoice / PO / payment reference for the milestone.""", D(2025, 9, 18, 8, 30, EDT))],
    decisions=[R("approve", "35000.00")],
    spec="Thread answers the need_info (C3) with OWD-2025-381: milestone not_started, approve 35000.00 before tax (O3).")

case("en-o25-lo-customer-writes-to-optima", OWB, "need_info", [msg(
    "Priya Nair <priya.nair@kochiexports.in>", OWD_TO, "Cancel my subscription",
    """Hello,

Please cancel my monthly subscription, we are shifting to a different lead tool from next month.

Priya Nair, Kochi Exports""", D(2025, 9, 30, 10, 0, IST))],
    rules=["C2"],
    spec="A LeadsOptima customer writes to Optima's mailbox: C1 picks Optima, the sender is unknown there (s.8 other brand's customer): need_info (C2, C3).")

case("en-o26-kenya-ceo-forwards-cfo-memo", OWB, "decided", [msg(
    "David Otieno <ceo@northgatelogistics.co.ke>", OWD_TO, "FW: Hosting - Northgate Logistics Site",
    """Optima team - see below from our CFO. Please process.

David Otieno
CEO, Northgate Logistics Ltd, Nairobi

________________________________
From: Mary Wambui <cfo@northgatelogistics.co.ke>
Sent: Monday, September 29, 2025 9:12 AM
To: David Otieno <ceo@northgatelogistics.co.ke>
Subject: Hosting - Northgate Logistics Site

David, the group has decided all subsidiaries will host on the group's Nairobi data centre from
October. Please ask Optima to cancel the annual hosting on the Northgate Logistics Site (invoice
OWD-2025-390, started 20 Sept) and refund us per their 14-day policy.

Mary""", D(2025, 9, 29, 11, 0, EAT))],
    decisions=[R("approve", "19250.00"), CX("cancel")],
    spec="Forward from the contract email itself carrying the request (s.8). Hosting started 2025-09-20, request 2025-09-29 day 9 (O5): 24000.00 - 3000.00 - 21000.00/12 (1750.00) = 19250.00. The email also explicitly asks to cancel: both parts are decided (s.1), cancellation `cancel` (O8; no effective date checked).")

case("en-o27-auto-reply-from-client", OWB, "ignore", [msg(
    "Claire Hughes <practice.manager@brightwaterdental.co.uk>", OWD_TO, "Automatic reply: Refund Request — Brightwater Dental Website",
    """I am on annual leave until Monday 29th September. For urgent enquiries please call reception.""",
    D(2025, 9, 18, 9, 1, BST), headers={"Auto-Submitted": "auto-replied"})],
    rules=["C7"], spec="Auto-reply from a client: ignore (C7).")

case("en-o28-presale-deposit-question", OWB, "other", [msg(
    "Kofi Osei <orders@oseibakery.com.gh>", OWD_TO, "Question about your deposit policy",
    """Hello,

We are very happy with the Osei Bakery Website so far and we want you to do our catering site next.
Before I pay the deposit: if we changed our minds after two days, would the deposit be refunded?
I am not asking for any refund now, just want to understand.

Thank you,
Kofi""", D(2025, 9, 25, 10, 0, GMT))],
    spec="Hypothetical about a future deposit plus an explicit 'not asking for any refund' (s.8): other.")

write_all()
