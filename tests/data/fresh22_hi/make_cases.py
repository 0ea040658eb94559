"""fresh22 Hindi held-out cases (qa22c): Devanagari and romanised Hinglish mail from across India
and from NRIs. Run: python3 make_cases.py (stdlib only, deterministic)."""

LANG = "hi"
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

# ============================ LeadsOptima ledger ============================
def dup(prefix, inv1, inv2, email, plan, amt, tax, t1, t2, ps, pe):
    lopay(prefix + "a", inv1, email, plan, amt, tax, t1, ps, pe)
    lopay(prefix + "b", inv2, email, plan, amt, tax, t2, ps, pe)


M, Q, A = ("monthly", "1499.00", "269.82"), ("quarterly", "3999.00", "719.82"), ("annual", "11988.00", "2157.84")

cust("rakesh.verma@vermatraders.in", "राकेश वर्मा", "monthly", start="2025-09-20", end="2025-10-19")
dup("lo_h01", "LO-INV-80211", "LO-INV-80212", "rakesh.verma@vermatraders.in", *M, "2025-09-20T11:00:00", "2025-09-20T11:01:00", "2025-09-20", "2025-10-19")
cust("pooja.agarwal@agarwalsweets.in", "Pooja Agarwal", "quarterly", start="2025-09-24", end="2025-12-23")
dup("lo_h02", "LO-INV-80301", "LO-INV-80302", "pooja.agarwal@agarwalsweets.in", *Q, "2025-09-24T16:20:00", "2025-09-24T16:21:00", "2025-09-24", "2025-12-23")
cust("amit.singh@singhhardware.in", "अमित सिंह", "annual", start="2025-09-08", end="2026-09-07")
dup("lo_h03", "LO-INV-80101", "LO-INV-80102", "amit.singh@singhhardware.in", *A, "2025-09-08T10:00:00", "2025-09-08T10:02:00", "2025-09-08", "2026-09-07")
cust("sunita.yadav@yadavcoaching.in", "Sunita Yadav", "monthly", start="2025-09-15", end="2025-10-14")
dup("lo_h04", "LO-INV-80150", "LO-INV-80151", "sunita.yadav@yadavcoaching.in", *M, "2025-09-15T23:50:00", "2025-09-15T23:51:00", "2025-09-15", "2025-10-14")
cust("gurpreet.kaur@kaurboutique.in", "Gurpreet Kaur", "monthly", start="2025-09-27", end="2025-10-26")
for i in range(3):
    lopay(f"lo_h05{'abc'[i]}", f"LO-INV-8040{i + 1}", "gurpreet.kaur@kaurboutique.in", *M, f"2025-09-27T14:0{i}:00", "2025-09-27", "2025-10-26")
cust("manoj.tiwari@tiwaritravels.in", "मनोज तिवारी", "monthly", start="2025-09-25", end="2025-10-24")
lopay("lo_h06", "LO-INV-80350", "manoj.tiwari@tiwaritravels.in", *M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
cust("neeraj.chauhan@chauhanestates.in", "Neeraj Chauhan", "annual", start="2025-09-26", end="2026-09-25")
lopay("lo_h07", "LO-INV-80370", "neeraj.chauhan@chauhanestates.in", *A, "2025-09-26T12:00:00", "2025-09-26", "2026-09-25")
cust("anjali.mishra@mishraclinic.in", "अंजलि मिश्रा", "quarterly", status="cancelled", start="2025-06-21", end="2025-09-20")
lopay("lo_h08", "LO-INV-80250", "anjali.mishra@mishraclinic.in", *Q, "2025-09-21T06:00:00", "2025-09-21", "2025-12-20")
cust("vivek.pandey@pandeyelectricals.in", "Vivek Pandey", "monthly", start="2025-09-25", end="2025-10-24")
lopay("lo_h09", "LO-INV-80360", "vivek.pandey@pandeyelectricals.in", *M, "2025-09-25T19:00:00", "2025-09-25", "2025-10-24")
cust("deepika.rawat@rawathomestays.in", "Deepika Rawat", "monthly", start="2025-09-02", end="2025-10-01")
lopay("lo_h10", "LO-INV-80020", "deepika.rawat@rawathomestays.in", *M, "2025-09-02T10:00:00", "2025-09-02", "2025-10-01")
cust("sanjay.gupta@guptagarments.in", "Sanjay Gupta", "monthly", start="2025-09-28", end="2025-10-27")
lopay("lo_h11", "LO-INV-80420", "sanjay.gupta@guptagarments.in", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
cust("kamal.joshi@joshihandicrafts.in", "कमल जोशी", "annual", start="2025-05-01", end="2026-04-30")
lopay("lo_h12", "LO-INV-75010", "kamal.joshi@joshihandicrafts.in", *A, "2025-05-01T10:00:00", "2025-05-01", "2026-04-30")
cust("ritu.malhotra@malhotrasalon.in", "Ritu Malhotra", "monthly", status="trial", trial_ends="2025-10-03")
cust("harish.bhatt@bhattpackers.in", "हरीश भट्ट", "quarterly", start="2025-09-15", end="2025-12-14")
lopay("lo_h14", "LO-INV-80160", "harish.bhatt@bhattpackers.in", *Q, "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
cust("suman.das@dasmedicos.in", "Suman Das", "monthly")
lopay("lo_h15", "LO-INV-80050", "suman.das@dasmedicos.in", *M, "2025-09-05T10:00:00", None, None)
cust("ajay.kumar@kumarmobiles.in", "Ajay Kumar", "monthly", start="2025-09-18", end="2025-10-17")
lopay("lo_h16", "LO-INV-80190", "ajay.kumar@kumarmobiles.in", *M, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
cust("prakash@saxenaauto.in", "Prakash Saxena", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("lo_h17", "LO-INV-80330", "prakash@saxenaauto.in", *Q, "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
cust("ramesh.chandra@chandrafurniture.in", "रमेश चंद्र", "monthly", start="2025-09-19", end="2025-10-18")
lopay("lo_h18", "LO-INV-80200", "ramesh.chandra@chandrafurniture.in", *M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
cust("shalini.srivastava@srivastavalaw.in", "शालिनी श्रीवास्तव", "monthly", start="2025-09-26", end="2025-10-25")
lopay("lo_h19", "LO-INV-80650", "shalini.srivastava@srivastavalaw.in", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
cust("rahul.jain@jainjewellers.in", "Rahul Jain", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("lo_h20", "LO-INV-80660", "rahul.jain@jainjewellers.in", *Q, "2025-09-27T10:00:00", "2025-09-27", "2025-12-26")
cust("nitin.sharma@sharmadairy.in", "Nitin Sharma", "monthly", start="2025-09-12", end="2025-10-11")
dup("lo_h21", "LO-INV-80120", "LO-INV-80121", "nitin.sharma@sharmadairy.in", *M, "2025-09-12T09:00:00", "2025-09-12T09:03:00", "2025-09-12", "2025-10-11")
cust("kiran.bedi@bedistationers.in", "Kiran Bedi", "monthly", start="2025-09-10", end="2025-10-09")
lopay("lo_h23", "LO-INV-80090", "kiran.bedi@bedistationers.in", *M, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
cust("arvind.kumar@kumarseeds.in", "Arvind Kumar", "monthly", start="2025-09-16", end="2025-10-15")
dup("lo_h25", "LO-INV-80170", "LO-INV-80171", "arvind.kumar@kumarseeds.in", *M, "2025-09-16T10:00:00", "2025-09-16T10:01:00", "2025-09-16", "2025-10-15")
cust("usha.thakur@thakurfoods.in", "उषा ठाकुर", "annual", start="2025-03-10", end="2026-03-09")
lopay("lo_h26", "LO-INV-72100", "usha.thakur@thakurfoods.in", *A, "2025-03-10T10:00:00", "2025-03-10", "2026-03-09")
cust("vinod.yadav@yadavtransport.in", "Vinod Yadav", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("lo_h27", "LO-INV-80380", "vinod.yadav@yadavtransport.in", *Q, "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
cust("mahesh.patel@patelceramics.in", "महेश पटेल", "monthly", start="2025-09-22", end="2025-10-21")
lopay("lo_h28", "LO-INV-80280", "mahesh.patel@patelceramics.in", *M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
cust("rajesh.khanna@khannamotors.in", "Rajesh Khanna", "monthly", start="2025-09-24", end="2025-10-23")
lopay("lo_h29", "LO-INV-80340", "rajesh.khanna@khannamotors.in", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
cust("farhan.qureshi@qureshiexports.com", "Farhan Qureshi", "monthly", start="2025-09-12", end="2025-10-11")
dup("lo_h32", "LO-INV-80125", "LO-INV-80126", "farhan.qureshi@qureshiexports.com", *M, "2025-09-12T10:00:00", "2025-09-12T10:01:00", "2025-09-12", "2025-10-11")
cust("ankit.bansal@bansalsoftech.com", "Ankit Bansal", "quarterly", start="2025-08-10", end="2025-11-09")
lopay("lo_h33", "LO-INV-79100", "ankit.bansal@bansalsoftech.com", *Q, "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")

# ============================ Optima WebDesign ledger ============================
proj("Shree Balaji Sweets Website", "info@shreebalajisweets.in")
owpay("ow_h01", "OWD-2025-501", "Shree Balaji Sweets Website", "deposit", "20000.00", "3600.00", "2025-09-22T12:00:00")
proj("Rathore Heritage Hotel Site", "gm@rathoreheritage.in")
owpay("ow_h02", "OWD-2025-502", "Rathore Heritage Hotel Site", "deposit", "20000.00", "3600.00", "2025-09-10T10:00:00")
proj("Maa Durga Caterers Site", "maadurgacaterers@yahoo.co.in")
owpay("ow_h03", "OWD-2025-503", "Maa Durga Caterers Site", "deposit", "15000.00", "2700.00", "2025-09-16T18:30:00")
proj("Saraswati Coaching Brand", "director@saraswaticoaching.in", "2025-10-03T11:00:00")
owpay("ow_h04", "OWD-2025-504", "Saraswati Coaching Brand", "discovery", "10000.00", "1800.00", "2025-09-24T10:00:00")
proj("Ganga Ayurveda Rebrand", "team@gangaayurveda.in", "2025-09-12T11:00:00")
owpay("ow_h05", "OWD-2025-505", "Ganga Ayurveda Rebrand", "discovery", "12000.00", "2160.00", "2025-09-09T10:00:00")
proj("Kisan Mandi App Site", "admin@kisanmandi.in", "2025-08-01T10:00:00")
owpay("ow_h06a", "OWD-2025-506", "Kisan Mandi App Site", "deposit", "25000.00", "4500.00", "2025-07-28T10:00:00")
owpay("ow_h06b", "OWD-2025-507", "Kisan Mandi App Site", "milestone", "28750.50", "5175.09", "2025-09-18T10:00:00", milestone_status="not_started")
proj("Bhardwaj Dental Care Site", "dr.bhardwaj@bhardwajdental.in", "2025-07-15T10:00:00")
owpay("ow_h07", "OWD-2025-508", "Bhardwaj Dental Care Site", "milestone", "30000.00", "5400.00", "2025-08-20T10:00:00", milestone_status="completed")
proj("Punjab Da Dhaba Online Orders", "orders@punjabdadhaba.in", "2025-08-10T10:00:00")
owpay("ow_h08", "OWD-2025-509", "Punjab Da Dhaba Online Orders", "milestone", "40000.00", "7200.00", "2025-09-05T10:00:00", milestone_status="in_progress")
proj("Agarwal Realty SEO Retainer", "marketing@agarwalrealty.in", "2025-04-20T10:00:00")
owpay("ow_h09", "OWD-2025-510", "Agarwal Realty SEO Retainer", "retainer", "15000.00", "2700.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T10:00:00")
proj("Chaudhary Agro Social Media Retainer", "chaudharyagro@gmail.com", "2025-05-05T10:00:00")
owpay("ow_h10", "OWD-2025-511", "Chaudhary Agro Social Media Retainer", "retainer", "12000.00", "2160.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T10:00:00")
proj("Verma Classes Website Retainer", "vermaclasses@rediffmail.com", "2025-03-06T10:00:00")
owpay("ow_h11", "OWD-2025-512", "Verma Classes Website Retainer", "retainer", "8000.00", "1440.00", "2025-09-06T09:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T09:00:00")
proj("Om Sai Hospital Portal", "it@omsaihospital.in", "2025-07-01T10:00:00")
owpay("ow_h12", "OWD-2025-513", "Om Sai Hospital Portal", "hosting_annual", "11999.00", "2159.82", "2025-09-18T10:00:00",
      setup_fee="1199.00", service_start="2025-09-18")
proj("Jodhpur Handloom Store", "sales@jodhpurhandloom.in", "2025-07-01T10:00:00")
owpay("ow_h13", "OWD-2025-514", "Jodhpur Handloom Store", "hosting_annual", "18000.00", "3240.00", "2025-09-10T10:00:00",
      setup_fee="2400.00", service_start="2025-09-10")
proj("Mehta Tiles Catalogue", "info@mehtatiles.in", "2025-08-01T10:00:00")
owpay("ow_h14", "OWD-2025-515", "Mehta Tiles Catalogue", "third_party", "4500.00", "810.00", "2025-09-20T10:00:00")
proj("Sunrise Public School Site", "principal@sunrisepublicschool.in", "2025-09-01T10:00:00")
owpay("ow_h15", "OWD-2025-516", "Sunrise Public School Site", "setup", "5000.00", "900.00", "2025-09-25T10:00:00")
proj("Tripathi Associates Site", "office@tripathiassociates.in", "2025-08-15T10:00:00")
owpay("ow_h16", "OWD-2025-517", "Tripathi Associates Site", "milestone", "20000.00", "3600.00", "2025-09-22T10:00:00", milestone_status="not_started")
proj("Goyal Pharma Distributors Site", "accounts@goyalpharma.in")
owpay("ow_h17", "OWD-2025-518", "Goyal Pharma Distributors Site", "deposit", "18000.00", "3240.00", "2025-09-27T10:00:00")
proj("Himalayan Treks Booking", "booking@himalayantreks.in")
owpay("ow_h18", "OWD-2025-519", "Himalayan Treks Booking", "deposit", "16000.00", "2880.00", "2025-09-26T10:00:00")
proj("Kapoor Furnishings Store", "kapoorfurnishings@gmail.com", "2025-09-15T10:00:00")
owpay("ow_h19", "OWD-2025-520", "Kapoor Furnishings Store", "deposit", "22000.00", "3960.00", "2025-09-12T10:00:00")
proj("Singhania Textiles Portal", "md@singhaniatextiles.in", "2025-08-01T10:00:00")
owpay("ow_h20", "OWD-2025-521", "Singhania Textiles Portal", "maintenance_annual", "15000.00", "2700.00", "2025-09-22T10:00:00",
      setup_fee="0.00", service_start="2025-09-22")
proj("Lucknow Chikan House Site", "lucknowchikanhouse@gmail.com", "2025-06-01T10:00:00")
owpay("ow_h22", "OWD-2025-522", "Lucknow Chikan House Site", "milestone", "20000.00", "3600.00", "2025-08-01T10:00:00", milestone_status="approved")


# ================================ cases: LeadsOptima ================================
case("hi-l01-lucknow-do-baar-paise-kate", LOB, "decided", [msg(
    "राकेश वर्मा <rakesh.verma@vermatraders.in>", LO_TO, "दो बार पैसे कट गए - LO-INV-80212",
    """नमस्ते सर,

मेरे खाते से 20 तारीख को मंथली प्लान के लिए ₹1,499 + GST दो बार कट गए हैं, एक मिनट के अंदर।
बैंक से दो मैसेज आए। दूसरा इनवॉइस नंबर LO-INV-80212 है। कृपया एक्स्ट्रा पैसा वापस कर दीजिए।

धन्यवाद
राकेश वर्मा
वर्मा ट्रेडर्स, अमीनाबाद, लखनऊ""", D(2025, 9, 22, 10, 30, IST))],
    decisions=[R("approve", "1499.00")],
    spec="Duplicate (L2, 'दो बार कट गए'), charge 09-20, request 09-22 day 2 (L3), pair lo_h01a/b (L4): 1499.00 before tax.")

case("hi-l02-jaipur-hinglish-quarterly-double", LOB, "decided", [msg(
    "Pooja Agarwal <pooja.agarwal@agarwalsweets.in>", LO_TO, "payment 2 baar ho gaya",
    """Hello team,

kal quarterly plan ka payment karte time UPI atak gaya aur maine dobara try kiya, ab dekha toh
paise 2 baar kat gaye hain - 4718.82 + 4718.82. Doosri wali invoice lo-inv 80302 hai, usko refund
kar dijiye please.

Thanks
Pooja Agarwal
Agarwal Sweets, Johari Bazaar, Jaipur""", D(2025, 9, 25, 12, 0, IST))],
    decisions=[R("approve", "3999.00")],
    spec="Invoice 'lo-inv 80302' = LO-INV-80302 (s.8); paid twice 09-24, request 09-25 day 1 (L3); pair (L4): 3999.00 before tax, not the 4718.82 incl. GST.")

case("hi-l03-patna-double-day-eight", LOB, "decided", [msg(
    "अमित सिंह <amit.singh@singhhardware.in>", LO_TO, "डबल पेमेंट रिफंड",
    """महोदय,

हमारे सालाना प्लान का भुगतान 8 सितंबर को दो बार हो गया (LO-INV-80101 और LO-INV-80102)। मैं बाहर
गया हुआ था इसलिए आज देखा। कृपया दूसरा भुगतान LO-INV-80102 लौटाने की कृपा करें।

भवदीय
अमित सिंह, सिंह हार्डवेयर, पटना""", D(2025, 9, 16, 11, 0, IST))],
    decisions=[R("deny")],
    spec="Charged twice 2025-09-08; request 2025-09-16 = day 8 > 7: deny (L3) although the pair exists.")

case("hi-l04-bhopal-day-seven-late-night-charge", LOB, "decided", [msg(
    "Sunita Yadav <sunita.yadav@yadavcoaching.in>", LO_TO, "Double charge monthly plan",
    """Namaste,

15 tarikh raat ko monthly plan renew hua aur do baar paisa kat gaya (LO-INV-80150 aur LO-INV-80151).
Aaj bank statement mein dekha. 80151 wala duplicate hai, refund kar dein.

Sunita Yadav
Yadav Coaching Centre, Bhopal""", D(2025, 9, 22, 21, 0, IST))],
    decisions=[R("approve", "1499.00")],
    spec="Charges 2025-09-15 23:50 IST = day 0; request 2025-09-22 21:00 = day 7, the last day inside (L3): approve 1499.00 (L4).")

case("hi-l05-ludhiana-teen-baar", LOB, "decided", [msg(
    "Gurpreet Kaur <gurpreet.kaur@kaurboutique.in>", LO_TO, "3 baar payment kat gaya!!",
    """Sat Sri Akal ji,

kal dopahar mera monthly payment ek nahi teen baar kat gaya, teen invoices aayi hain LO-INV-80401,
80402, 80403. Main ek hi plan le rahi hoon. Baaki do ka paisa wapas karo please.

Gurpreet
Kaur Boutique, Model Town Ludhiana""", D(2025, 9, 28, 11, 0, IST))],
    decisions=[R("approve", "2998.00")],
    spec="Three identical charges 2025-09-27 (s.8): the 2nd and 3rd are duplicates, both inside L3 (day 1): 2 x 1499.00 = 2998.00.")

case("hi-l06-varanasi-double-claim-one-charge", LOB, "decided", [msg(
    "मनोज तिवारी <manoj.tiwari@tiwaritravels.in>", LO_TO, "पैसा दो बार कटा",
    """सेवा में,
LeadsOptima सपोर्ट टीम

मेरे कार्ड से 25 सितंबर को मासिक प्लान के लिए दो बार पैसा कटा है। इनवॉइस LO-INV-80350। कृपया जाँच कर
अतिरिक्त राशि वापस करें।

मनोज तिवारी
तिवारी टूर एंड ट्रेवल्स, वाराणसी""", D(2025, 9, 26, 10, 0, IST))],
    decisions=[R("escalate")],
    spec="Duplicate claimed inside the window (day 1) but the ledger has one charge: no pair, escalate (L4).")

case("hi-l07-dehradun-galat-plan", LOB, "decided", [msg(
    "Neeraj Chauhan <neeraj.chauhan@chauhanestates.in>", LO_TO, "galat plan ka charge",
    """Hi,

maine quarterly plan select kiya tha lekin mujhse annual ka poora 11,988 + GST le liya gaya. Ye galat
plan ka charge hai, please refund karke quarterly laga do.

Neeraj Chauhan, Chauhan Estates, Dehradun""", D(2025, 9, 27, 9, 30, IST))],
    decisions=[R("escalate")],
    spec="billing_error (wrong plan, L2), charge 09-26, request 09-27 day 1: escalate (L5); one charge, invoice filled from the ledger.")

case("hi-l08-kanpur-cancel-ke-baad-bhi", LOB, "decided", [msg(
    "अंजलि मिश्रा <anjali.mishra@mishraclinic.in>", LO_TO, "कैंसल करने के बाद भी चार्ज",
    """नमस्कार,

मैंने अगस्त में ही Billing > Cancel Plan से अपना प्लान कैंसल कर दिया था, फिर भी 21 सितंबर को मेरे कार्ड से
₹4,718.82 काट लिए गए (LO-INV-80250)। कैंसल के बाद चार्ज करना गलत है, कृपया पैसे वापस करें।

डॉ. अंजलि मिश्रा
मिश्रा क्लिनिक, कानपुर""", D(2025, 9, 24, 13, 0, IST))],
    decisions=[R("escalate")],
    spec="billing_error (charged after cancelling, L2), charge 09-21, request 09-24 day 3: escalate (L5).")

case("hi-l09-ranchi-login-nahi-ho-raha", LOB, "decided", [msg(
    "Vivek Pandey <vivek.pandey@pandeyelectricals.in>", LO_TO, "login nahi ho raha",
    """sir 25 ko payment kiya tha monthly ka uske baad se login nahi ho raha password reset bhi kiya
fir bhi error aa raha hai kuch karo ya paisa wapas karo

vivek
sent from my redmi""", D(2025, 9, 27, 20, 0, IST))],
    decisions=[R("escalate")],
    spec="access_failure (L2), charge 09-25, request 09-27 day 2: escalate (L6).")

case("hi-l10-mussoorie-access-too-late", LOB, "decided", [msg(
    "Deepika Rawat <deepika.rawat@rawathomestays.in>", LO_TO, "Account access nahi mil raha - refund",
    """Namaste,

2 September ko payment ke baad se mera dashboard khul hi nahi raha. Kaafi baar chat pe bola. Ab mujhe
is mahine ka refund chahiye (LO-INV-80020).

Deepika Rawat, Rawat Homestays, Mussoorie""", D(2025, 9, 20, 18, 0, IST))],
    decisions=[R("deny")],
    spec="access_failure (L2) but charge 2025-09-02, request 2025-09-20 = day 18: deny (L3).")

case("hi-l11-indore-ab-zarurat-nahi", LOB, "decided", [msg(
    "Sanjay Gupta <sanjay.gupta@guptagarments.in>", LO_TO, "refund chahiye",
    """Hello,

kal hi monthly plan renew hua hai lekin ab hamein iski zarurat nahi hai, hamara naya manager khud
WhatsApp pe leads sambhal lega. Is mahine ka paisa wapas kar dijiye.

Sanjay Gupta, Gupta Garments, Indore""", D(2025, 9, 29, 11, 0, IST))],
    decisions=[R("deny")],
    spec="No longer needed is not an L2 exception: deny (L1), reply offers cancellation; no cancellation asked.")

case("hi-l12-nainital-bache-mahine-aur-band", LOB, "decided", [msg(
    "कमल जोशी <kamal.joshi@joshihandicrafts.in>", LO_TO, "प्लान बंद करें और बाकी महीनों का पैसा",
    """आदरणीय महोदय,

हमारा सालाना प्लान मई में शुरू हुआ था। अब हम दुकान बंद कर रहे हैं क्योंकि पहाड़ पर सीजन खत्म हो गया है।
कृपया प्लान बंद कर दें और बचे हुए सात महीनों का पैसा लौटा दें।

सादर,
कमल जोशी
जोशी हैंडीक्राफ्ट्स, मॉल रोड, नैनीताल""", D(2025, 9, 19, 10, 0, IST))],
    decisions=[R("deny"), CX("cancel", "2026-04-30")],
    spec="Refund of unused months: deny (L1, no partial refunds); cancellation: cancel, active until current_period_end 2026-04-30 (L8).")

case("hi-l13-trial-paise-wapas", LOB, "decided", [msg(
    "Ritu Malhotra <ritu.malhotra@malhotrasalon.in>", LO_TO, "trial",
    """Hi,

maine free trial liya tha pichle hafte, mere kaam ka nahi hai. jo bhi paisa kata ho wapas kar do aur
aage se kuch mat kaatna.

Ritu, Malhotra Salon, Karol Bagh""", D(2025, 9, 29, 17, 0, IST))],
    decisions=[R("deny")], extra_ok=True,
    spec="Account on a free trial, no charges: deny, nothing to refund; no billing unless she subscribes (L7).")

case("hi-l14-haldwani-plan-band", LOB, "decided", [msg(
    "हरीश भट्ट <harish.bhatt@bhattpackers.in>", LO_TO, "प्लान कैंसिल",
    """नमस्ते,

मेरा तिमाही प्लान कैंसिल कर दीजिए। हमारी कंपनी अब ग्रुप के CRM पर शिफ्ट हो रही है।

हरीश भट्ट
भट्ट पैकर्स एंड मूवर्स, हल्द्वानी""", D(2025, 9, 23, 12, 0, IST))],
    decisions=[CX("cancel", "2025-12-14")],
    spec="Cancellation: cancel, active until current_period_end 2025-12-14 (L8).")

case("hi-l15-dhanbad-cancel-fallback", LOB, "decided", [msg(
    "Suman Das <suman.das@dasmedicos.in>", LO_TO, "Subscription cancel karna hai",
    """Namaskar,

Hamara monthly subscription cancel kar dijiye. Medical store ka kaam ab beta dekhega aur wo ye software
use nahi karta.

Suman Das, Das Medicos, Dhanbad""", D(2025, 9, 24, 10, 0, IST))],
    decisions=[CX("cancel", "2025-10-04")],
    spec="No current_period_end on record: L8 fallback = last charge 2025-09-05 + 1 month - 1 day = 2025-10-04.")

case("hi-l16-cancel-karo-bas", LOB, "decided", [msg(
    "Ajay Kumar <ajay.kumar@kumarmobiles.in>", LO_TO, "cancel",
    "plan cancel karo\n", D(2025, 9, 30, 19, 0, IST))],
    decisions=[CX("cancel", "2025-10-17")],
    spec="LeadsOptima cancellation is not held up for a missing reason (section 3): cancel, active until 2025-10-17 (L8).")

case("hi-l17-gmail-se-registered-alag", LOB, "need_info", [msg(
    "Prakash Saxena <prakashsaxena64@gmail.com>", LO_TO, "Refund - galat amount",
    """Namaste, main Prakash Saxena, mera registered email prakash@saxenaauto.in hai, office ka mail abhi
band hai isliye gmail se likh raha hoon. Quarterly plan mein galat amount kata hai, LO-INV-80330,
refund kar dijiye.""", D(2025, 9, 24, 20, 0, IST))],
    rules=["C2"],
    spec="Sender differs from the registered email he names: need_info, write from prakash@saxenaauto.in (C2), nothing about the account.")

case("hi-l18-beta-ne-forward-kiya", LOB, "need_info", [msg(
    "Rohit Chandra <rohit.chandra.95@gmail.com>", LO_TO, "Fwd: LeadsOptima band karna hai",
    """Papa ka mail neeche hai, please dekh lijiye.

---------- फ़ॉरवर्ड किया गया संदेश ---------
प्रेषक: रमेश चंद्र <ramesh.chandra@chandrafurniture.in>
तारीख: शनि, 20 सित॰ 2025 को 7:45 pm बजे
विषय: LeadsOptima band karna hai
प्रति: Rohit Chandra <rohit.chandra.95@gmail.com>

बेटा, LeadsOptima वालों को लिख दो कि मेरा मंथली प्लान बंद कर दें, मेरा ईमेल
ramesh.chandra@chandrafurniture.in है। अब दुकान पर इसका कोई काम नहीं।""", D(2025, 9, 21, 9, 0, IST))],
    rules=["C2"],
    spec="Forward (Fwd: / Hindi Gmail block) carrying a cancellation that names registered email ramesh.chandra@...; the sender is the son: C2 via a forward, need_info.")

case("hi-l19-bhavdiya-no-reason", LOB, "need_info", [msg(
    "शालिनी श्रीवास्तव <shalini.srivastava@srivastavalaw.in>", LO_TO, "रिफंड हेतु आवेदन",
    """सेवा में,
प्रबंधक महोदय,
LeadsOptima

विषय: रिफंड हेतु

महोदय, निवेदन है कि मेरे इनवॉइस संख्या LO-INV-80650 की राशि वापस करने की कृपा करें।

धन्यवाद सहित,
भवदीया
शालिनी श्रीवास्तव

यह ईमेल गोपनीय है। यदि आप इसके इच्छित प्राप्तकर्ता नहीं हैं तो कृपया इसे हटा दें।""", D(2025, 9, 29, 11, 30, IST))],
    missing=["reason"],
    spec="Formal application restating the request; salutation, signature and confidentiality line are not reasons (s.8): need_info for reason. Plan and invoice known (one charge).")

case("hi-l20-jaldi-refund-do-the-needful", LOB, "need_info", [msg(
    "Rahul Jain <rahul.jain@jainjewellers.in>", LO_TO, "URGENT refund",
    """Hi team
refund chahiye jaldi LO-INV-80660 ka. plz do the needful asap.
Thanks & Regards
Rahul Jain | Jain Jewellers | Chandni Chowk, Delhi-6 | 98110xxxxx""", D(2025, 9, 28, 12, 15, IST))],
    missing=["reason"],
    spec="Hinglish restatement plus 'do the needful' and signature, no reason (s.8): need_info for reason (C3).")

case("hi-l21-thread-karan-baad-mein", LOB, "decided", [
    msg("Nitin Sharma <nitin.sharma@sharmadairy.in>", LO_TO, "Refund LO-INV-80121",
        "Namaste, LO-INV-80121 ka refund process kar dijiye.\nNitin\n", D(2025, 9, 17, 10, 0, IST)),
    msg("Nitin Sharma <nitin.sharma@sharmadairy.in>", LO_TO, "Re: Refund LO-INV-80121",
        """Karan ye hai ki 12 tarikh ko mera payment do baar ho gaya tha, 80120 sahi wala hai aur 80121 extra.

Nitin

On Wed, 17 Sep 2025, 11:05 am LeadsOptima Support <support@leadsoptima.com> wrote:
> Namaste Nitin ji, kripya refund ka karan batayein.
""", D(2025, 9, 20, 18, 0, IST))],
    decisions=[R("approve", "1499.00")],
    spec="Thread (C3): request time is the first mail 2025-09-17 = day 5 after the 09-12 charges; the reason arrives on day 8 but the window is measured from the first mail (L3): approve 1499.00 (L4).")

case("hi-l22-refund-nahi-chahiye-gst", LOB, "other", [msg(
    "Kiran Bedi <kiran.bedi@bedistationers.in>", LO_TO, "Invoice mein GSTIN",
    """Namaste,

refund nahi chahiye, bas invoice LO-INV-80090 mein hamara GSTIN 09AAACB1234F1Z5 add karke dobara bhej
dijiye, CA ne maanga hai.

Kiran""", D(2025, 9, 15, 12, 0, IST))],
    spec="'refund nahi chahiye' is a negation (s.8); an invoice correction asks for no refund or cancellation: other.")

case("hi-l23-kharidne-se-pehle-sawal", LOB, "other", [msg(
    "विकास ठाकुर <vikas.thakur.hp@gmail.com>", LO_TO, "सालाना प्लान के बारे में जानकारी",
    """नमस्ते,

मैं शिमला से हूँ और होटल के लिए LeadsOptima लेने की सोच रहा हूँ। अगर मैं सालाना प्लान लूँ और दो महीने
बाद पसंद न आए तो क्या बाकी पैसे वापस मिलेंगे? या पहले मंथली लेना ठीक रहेगा?

विकास ठाकुर""", D(2025, 9, 18, 16, 0, IST))],
    spec="Hypothetical before buying (s.8): a policy question: other.")

case("hi-l24-refund-mil-gaya-dhanyavaad", LOB, "other", [msg(
    "Arvind Kumar <arvind.kumar@kumarseeds.in>", LO_TO, "Re: double payment refund",
    """Namaste ji,

double payment wala refund aaj account mein aa gaya. Bahut bahut dhanyavaad, aapki team ne jaldi kaam
kiya.

Arvind Kumar, Kumar Seeds, Karnal""", D(2025, 9, 27, 10, 0, IST))],
    spec="Thank-you after a refund; asks for nothing: other.")

case("hi-l25-pichli-baar-refund-ab-band", LOB, "decided", [msg(
    "उषा ठाकुर <usha.thakur@thakurfoods.in>", LO_TO, "अगले साल रिन्यू न करें",
    """नमस्ते,

पिछले साल आपने डबल चार्ज का पैसा लौटा दिया था, उसके लिए धन्यवाद। इस बार बस इतना है कि हमारा सालाना
प्लान बंद कर दीजिए, मार्च में रिन्यू न हो। हम अपना ऑनलाइन काम कम कर रहे हैं।

उषा ठाकुर, ठाकुर फूड्स, ग्वालियर""", D(2025, 9, 16, 11, 0, IST))],
    decisions=[CX("cancel", "2026-03-09")],
    spec="A past refund is not a request (s.8); cancellation only: cancel, active until current_period_end 2026-03-09 (L8).")

case("hi-l26-consumer-court-jaunga", LOB, "decided", [msg(
    "Vinod Yadav <vinod.yadav@yadavtransport.in>", LO_TO, "galat charge - LO-INV-80380",
    """Aapne quarterly plan ke liye zyada paise kaat liye hain, website pe kuch aur rate tha. Paisa wapas
karo warna main consumer court jaunga.

Vinod Yadav, Yadav Transport, Gurugram""", D(2025, 9, 26, 9, 0, IST))],
    rules=["C4"], decisions=[R("escalate")],
    spec="Consumer court threat: C4 escalate.")

case("hi-l27-vakil-legal-notice", LOB, "decided", [msg(
    "महेश पटेल <mahesh.patel@patelceramics.in>", LO_TO, "प्लान बंद करो और पैसा लौटाओ",
    """आपका सॉफ्टवेयर किसी काम का नहीं। तुरंत मेरा प्लान बंद करो और इस महीने का पैसा लौटाओ, वरना मेरे वकील
की तरफ से लीगल नोटिस आएगा।

महेश पटेल, पटेल सिरेमिक्स, मोरबी""", D(2025, 9, 24, 15, 0, IST))],
    rules=["C4"], decisions=[R("escalate"), CX("escalate")],
    spec="Lawyer / legal notice threat: C4 covers the whole case, refund and cancellation both escalate (s.8).")

case("hi-l28-chargeback-kar-dunga", LOB, "decided", [msg(
    "Rajesh Khanna <rajesh.khanna@khannamotors.in>", LO_TO, "Refund",
    """24 ko payment kiya, tab se dashboard load hi nahi ho raha. 2 din mein refund nahi mila toh bank se
chargeback kar dunga.

Rajesh Khanna, Khanna Motors, Ambala""", D(2025, 9, 26, 18, 0, IST))],
    rules=["C4"], decisions=[R("escalate")],
    spec="Chargeback threat: C4 escalate (the access failure would be L6 escalate anyway, but the rule is C4).")

case("hi-l29-out-of-office-hindi", LOB, "ignore", [msg(
    "राकेश वर्मा <rakesh.verma@vermatraders.in>", LO_TO, "स्वतः उत्तर: दो बार पैसे कट गए - LO-INV-80212",
    """नमस्कार, मैं 25 सितंबर तक शहर से बाहर हूँ। ज़रूरी काम के लिए 0522-2xxxxxx पर संपर्क करें।""",
    D(2025, 9, 23, 8, 0, IST), headers={"Auto-Submitted": "auto-replied"})],
    rules=["C7"], spec="Hindi out-of-office with Auto-Submitted: auto-replied: ignore (C7).")

case("hi-l30-bulk-festive-offer", LOB, "ignore", [msg(
    "Digital Vyapar Offers <offers@digitalvyapar.in>", LO_TO, "नवरात्रि ऑफर: CRM पर 50% छूट, रिफंड गारंटी!",
    """नवरात्रि धमाका! अपना पुराना CRM कैंसल करें और हमारे साथ जुड़ें। 7 दिन में पूरा रिफंड गारंटी।
अनसब्सक्राइब करने के लिए यहाँ क्लिक करें।""", D(2025, 9, 22, 9, 0, IST), headers={"Precedence": "bulk"})],
    rules=["C7"], spec="Precedence: bulk promotional mail talking about cancelling and refunds: ignore (C7).")

case("hi-l31-dubai-raat-ko-day-eight", LOB, "decided", [msg(
    "Farhan Qureshi <farhan.qureshi@qureshiexports.com>", LO_TO, "Double payment hua hai",
    """Assalam alaikum,

Main Dubai se likh raha hoon. 12 tarikh ko monthly plan ka payment do baar cut gaya - LO-INV-80125 aur
LO-INV-80126. Doosra wala refund kar dijiye please.

Farhan Qureshi, Qureshi Exports (Moradabad / Dubai)""", D(2025, 9, 19, 22, 45, GST))],
    decisions=[R("deny")],
    spec="Charges 2025-09-12 IST. Sent 2025-09-19 22:45 GST = 2025-09-20 00:15 IST: day 8 in the brand's zone (s.1): deny (L3), though his local date is day 7.")

case("hi-l32-new-jersey-cancel-hinglish", LOB, "decided", [msg(
    "Ankit Bansal <ankit.bansal@bansalsoftech.com>", LO_TO, "Cancel quarterly plan",
    """Hi team,

main abhi New Jersey shift ho gaya hoon aur India wala business band kar raha hoon, toh please
quarterly plan cancel kar do. Refund ki zarurat nahi hai.

Thanks,
Ankit""", D(2025, 9, 22, 9, 0, EDT))],
    decisions=[CX("cancel", "2025-11-09")],
    spec="Cancellation with a reason; 'Refund ki zarurat nahi' is a negation (s.8). cancel, active until current_period_end 2025-11-09 (L8).")

case("hi-l33-postmaster-bounce", LOB, "ignore", [msg(
    "postmaster@jainjewellers.in", LO_TO, "Delivery Status Notification (Failure)",
    """आपका संदेश rahul.j@jainjewellers.in पर नहीं पहुँचाया जा सका। पता मौजूद नहीं है।
Original subject: Re: URGENT refund [LO-1321]""", D(2025, 9, 28, 12, 20, IST))],
    rules=["C7"], spec="postmaster sender (bounce): ignore (C7).")


# ================================ cases: Optima WebDesign ================================
case("hi-o01-mathura-deposit-wapas", OWB, "decided", [msg(
    "श्री बालाजी स्वीट्स <info@shreebalajisweets.in>", OWD_TO, "Refund Request — Shree Balaji Sweets Website",
    """नमस्ते,

हमने कल Shree Balaji Sweets Website के लिए ₹23,600 (बीस हज़ार रुपये + GST) एडवांस दिया था (OWD-2025-501)।
घर में शादी की वजह से अभी हम वेबसाइट का काम नहीं करवा पाएँगे। काम अभी शुरू नहीं हुआ है, कृपया एडवांस
वापस कर दें।

गोपाल अग्रवाल
श्री बालाजी स्वीट्स, मथुरा""", D(2025, 9, 23, 11, 0, IST))],
    decisions=[R("approve", "20000.00")], extra_ok=True,
    spec="Deposit paid 2025-09-22 12:00, request 2025-09-23 11:00 = 23 h, no work started (O2): approve 20000.00 before tax (C6), not the 23,600 incl. GST.")

case("hi-o02-udaipur-deposit-73-ghante", OWB, "decided", [msg(
    "Rathore Heritage <gm@rathoreheritage.in>", OWD_TO, "Deposit refund - Rathore Heritage Hotel Site",
    """Hello Optima team,

hamare owner ne decide kiya hai ki website ab Booking.com wale partner se banwayenge, isliye Rathore
Heritage Hotel Site ka project cancel karke deposit OWD-2025-502 refund kar dijiye.

Regards,
Bhawani Singh, GM""", D(2025, 9, 13, 11, 0, IST))],
    decisions=[R("deny")], extra_ok=True,
    spec="Deposit paid 2025-09-10 10:00, request 2025-09-13 11:00 = 73 h >= 72 h: deny (O2). Cancelling the one-off project is the refund asked for (lead: fix13 decision, REVIEW.md): an extra cancellation is harmless (extra_ok).")

case("hi-o03-kolkata-deposit-theek-72", OWB, "decided", [msg(
    "Maa Durga Caterers <maadurgacaterers@yahoo.co.in>", OWD_TO, "advance wapas chahiye",
    None, D(2025, 9, 19, 18, 30, IST), html_only=True,
    html="""<div dir="ltr"><div>Namaskar,</div><div><br></div><div>Maa Durga Caterers Site ka advance
(OWD-2025-503) wapas kar dijiye. Durga Puja ka season aa gaya hai, abhi website pe dhyan nahi de payenge,
agle saal dekhenge.</div><div><br></div><div>Subrata Ghosh</div><div>Maa Durga Caterers, Behala, Kolkata</div>
<div><br></div><div style="color:#888">Sent from Yahoo Mail on Android</div></div>""")],
    decisions=[R("deny")], extra_ok=True,
    spec="HTML-only Yahoo mail. Deposit paid 2025-09-16 18:30, request 2025-09-19 18:30 = exactly 72 h: not before 72 h, deny (O2, s.8).")

case("hi-o04-prayagraj-discovery-shuru-nahi", OWB, "decided", [msg(
    "Saraswati Coaching <director@saraswaticoaching.in>", OWD_TO, "Refund Request — Saraswati Coaching Brand / OWD-2025-504",
    """नमस्ते,

हमने Saraswati Coaching Brand के लिए discovery/strategy session की फीस (OWD-2025-504) दी थी। पहला सेशन
3 अक्टूबर को होना था, पर हमारे डायरेक्टर का तबादला हो गया है और अब ब्रांडिंग का काम टल गया है। सेशन
अभी हुआ नहीं है, कृपया फीस वापस कर दें।

डॉ. आर. के. त्रिपाठी, प्रयागराज""", D(2025, 9, 26, 10, 0, IST))],
    decisions=[R("approve", "10000.00")], extra_ok=True,
    spec="Discovery; work_started_at 2025-10-03 is later than the request 2025-09-26 (O1): full refund 10000.00.")

case("hi-o05-rishikesh-discovery-ho-chuka", OWB, "decided", [msg(
    "Ganga Ayurveda <team@gangaayurveda.in>", OWD_TO, "Discovery fee refund",
    """Hi,

Ganga Ayurveda Rebrand ke do strategy sessions ho chuke hain lekin humein wo direction pasand nahi aayi.
Discovery fee OWD-2025-505 refund kar dijiye.

Swati, Ganga Ayurveda, Rishikesh""", D(2025, 9, 20, 12, 0, IST))],
    decisions=[R("deny")],
    spec="Discovery sessions started 2025-09-12, before the request: deny (O1).")

case("hi-o06-nagpur-milestone-paise-mein", OWB, "decided", [msg(
    "Kisan Mandi <admin@kisanmandi.in>", OWD_TO, "Refund Request — Kisan Mandi App Site / OWD-2025-507",
    """नमस्कार,

Kisan Mandi App Site में SMS alert वाला milestone (OWD-2025-507, ₹28,750.50 + GST) अब हमें नहीं चाहिए,
क्योंकि सरकार का अपना किसान ऐप यह सुविधा मुफ्त दे रहा है। आपकी टीम ने यह काम अभी शुरू नहीं किया है।
कृपया इस milestone की राशि वापस करें।

धन्यवाद,
संदीप ठाकरे, नागपुर""", D(2025, 9, 24, 12, 0, IST))],
    decisions=[R("approve", "28750.50")],
    spec="Milestone not_started (O3): refund that milestone's amount before tax, 28750.50 (tax 5175.09 kept, C6).")

case("hi-o07-ambala-milestone-complete", OWB, "decided", [msg(
    "Dr. Bhardwaj <dr.bhardwaj@bhardwajdental.in>", OWD_TO, "design milestone refund",
    """Hello,

aapne jo Bhardwaj Dental Care Site ka design milestone complete kiya (OWD-2025-508) wo mere patients ko
pasand nahi aa raha, colours bahut dull hain. Uska paisa wapas karo.

Dr. Bhardwaj""", D(2025, 9, 18, 14, 0, IST))],
    decisions=[R("deny")],
    spec="Milestone completed: deny (O3, O6 completed deliverables).")

case("hi-o08-amritsar-milestone-chal-raha", OWB, "decided", [msg(
    "Punjab Da Dhaba <orders@punjabdadhaba.in>", OWD_TO, "Online order milestone band karo",
    """Sat Sri Akal,

Punjab Da Dhaba Online Orders ka jo online payment wala milestone chal raha hai (OWD-2025-509), use rok do.
Hum Zomato/Swiggy se hi orders lenge. Jitna kaam nahi hua uska refund de do.

Harjeet Singh, Amritsar""", D(2025, 9, 17, 12, 0, IST))],
    decisions=[R("escalate")], extra_ok=True,
    spec="Milestone in_progress: escalate, a person values the work not started (O3), no amount.")

case("hi-o09-noida-retainer-notice", OWB, "decided", [msg(
    "Agarwal Realty Marketing <marketing@agarwalrealty.in>", OWD_TO, "SEO retainer cancel",
    """Hi Optima team,

Agarwal Realty SEO Retainer ko agle billing se pehle band kar dijiye (last invoice OWD-2025-510). Humne
ek in-house SEO executive rakh liya hai.

Thanks,
Mohit Agarwal, Noida""", D(2025, 9, 29, 11, 0, IST))],
    decisions=[CX("cancel", "2025-10-19")],
    spec="Retainer, next_billing_at 2025-10-20; request 2025-09-29 <= 2025-10-13 (7 days' notice, O4/O8): cancel effective 2025-10-19.")

case("hi-o10-meerut-retainer-kam-notice", OWB, "decided", [msg(
    "चौधरी एग्रो <chaudharyagro@gmail.com>", OWD_TO, "सोशल मीडिया रिटेनर बंद करें",
    """नमस्ते,

Chaudhary Agro Social Media Retainer (OWD-2025-511) बंद कर दीजिए। फसल का सीजन है, अभी सोशल मीडिया पर
खर्च नहीं कर सकते।

सुरेंद्र चौधरी, मेरठ""", D(2025, 9, 30, 10, 0, IST))],
    decisions=[CX("cancel", "2025-11-04")],
    spec="next_billing_at 2025-10-05; request 2025-09-30 is after 2025-09-28: less than 7 days' notice, the next cycle 10-05..11-04 is billed, effective 2025-11-04 (O4).")

case("hi-o11-gaya-retainer-theek-saat-din", OWB, "decided", [msg(
    "Verma Classes <vermaclasses@rediffmail.com>", OWD_TO, "Retainer cancellation - Verma Classes",
    """Respected Sir,

Kindly cancel the Verma Classes Website Retainer (OWD-2025-512) from next cycle. Hamare yahan ab
students online se zyada offline aa rahe hain, website maintenance ki zarurat nahi.

Thanking you,
S. K. Verma, Gaya""", D(2025, 9, 29, 9, 0, IST))],
    decisions=[CX("cancel", "2025-10-05")],
    spec="next_billing_at 2025-10-06; cut-off 2025-10-06 - 7 = 2025-09-29 and the request is on 2025-09-29: exactly 7 days is enough (s.1): cancel effective 2025-10-05 (O4).")

case("hi-o12-hospital-hosting-12-din", OWB, "decided", [msg(
    "Om Sai Hospital IT <it@omsaihospital.in>", OWD_TO, "Hosting refund request - Om Sai Hospital Portal",
    """Dear Sir,

Hospital management ne decide kiya hai ki portal ab state health mission ke server pe host hoga.
Isliye Om Sai Hospital Portal ki annual hosting (OWD-2025-513, 18 Sept se shuru) cancel karke policy ke
hisaab se prorated refund de dijiye.

Regards,
Amol Kulkarni, IT In-charge, Om Sai Hospital, Shirdi""", D(2025, 9, 30, 11, 0, IST))],
    decisions=[R("approve", "9900.00"), CX("cancel")],
    spec="Hosting service_start 2025-09-18, request 2025-09-30 day 12 <= 14 (O5): 11999.00 - 1199.00 - (10800.00/12 = 900.00) x 1 = 9900.00. The email also explicitly asks to cancel: both parts are decided (s.1), cancellation `cancel` (O8; no effective date checked).")

case("hi-o13-jodhpur-hosting-15-din", OWB, "decided", [msg(
    "जोधपुर हैंडलूम <sales@jodhpurhandloom.in>", OWD_TO, "होस्टिंग का पैसा वापस",
    """नमस्ते,

Jodhpur Handloom Store की सालाना होस्टिंग (OWD-2025-514) कैंसिल करके पैसा वापस कर दीजिए। हमारा भांजा
अब सर्वर खुद संभालेगा।

मनीष, जोधपुर""", D(2025, 9, 25, 12, 0, IST))],
    decisions=[R("deny"), CX("cancel")],
    spec="Hosting service_start 2025-09-10, request 2025-09-25 = day 15 > 14: deny (O5). The email also explicitly asks to cancel: both parts are decided (s.1), cancellation `cancel` (O8; no effective date checked).")

case("hi-o14-morbi-plugin-license", OWB, "decided", [msg(
    "Mehta Tiles <info@mehtatiles.in>", OWD_TO, "plugin ka refund",
    """Hello,

Mehta Tiles Catalogue ke liye aapne jo premium catalogue plugin ka license kharida (OWD-2025-515) wo
humein use nahi karna, simple gallery chalegi. Plugin ka paisa refund kar do.

Jignesh Mehta""", D(2025, 9, 22, 13, 0, IST))],
    decisions=[R("deny")],
    spec="third_party (premium plugin licence): never refundable, deny (O6).")

case("hi-o15-school-setup-fee", OWB, "decided", [msg(
    "प्रधानाचार्य <principal@sunrisepublicschool.in>", OWD_TO, "सेटअप शुल्क वापसी हेतु",
    """महोदय,

Sunrise Public School Site के लिए लिया गया सेटअप शुल्क (OWD-2025-516) वापस करने की कृपा करें, क्योंकि
विद्यालय प्रबंधन समिति ने ERP कंपनी की वेबसाइट लेने का निर्णय लिया है।

प्रधानाचार्य, सनराइज़ पब्लिक स्कूल, सीकर""", D(2025, 9, 27, 11, 0, IST))],
    decisions=[R("deny")],
    spec="setup fee: never refundable, deny (O6).")

case("hi-o16-gmail-se-contract-alag", OWB, "need_info", [msg(
    "R K Tripathi <tripathi.rk.1970@gmail.com>", OWD_TO, "Refund Request — Tripathi Associates Site",
    """Namaste,

Main Tripathi & Associates (CA firm) se hoon, contract email office@tripathiassociates.in hai. Website mein client
login wala milestone (OWD-2025-517) ab nahi chahiye kyunki clients documents ab seedha
WhatsApp pe bhejte hain. Refund kar dijiye.""", D(2025, 9, 24, 19, 0, IST))],
    rules=["C2"],
    spec="Optima requires the mail from the contract email office@tripathiassociates.in (C2): need_info, nothing about the account.")

case("hi-o17-kripya-refund-no-reason", OWB, "need_info", [msg(
    "Goyal Pharma Accounts <accounts@goyalpharma.in>", OWD_TO, "Refund Request — Goyal Pharma Distributors Site / OWD-2025-518",
    """Dear Sir,

Kindly refund the deposit of Goyal Pharma Distributors Site, invoice OWD-2025-518. Please do the needful.

Thanks & Regards,
Accounts Dept.
Goyal Pharma Distributors, Aminabad, Lucknow
GSTIN: 09AABCG1234H1Z2""", D(2025, 9, 28, 11, 0, IST))],
    missing=["reason"],
    spec="Contract email, project and invoice given; 'do the needful', signature and GSTIN are not reasons (s.8): need_info for reason (C3).")

case("hi-o18-thread-karan-72-ghante-baad", OWB, "decided", [
    msg("Himalayan Treks <booking@himalayantreks.in>", OWD_TO, "Refund Request — Himalayan Treks Booking / OWD-2025-519",
        """Namaste,
Himalayan Treks Booking ka deposit OWD-2025-519 refund kar dijiye.
Thanks, Tenzin""", D(2025, 9, 27, 11, 0, IST)),
    msg("Himalayan Treks <booking@himalayantreks.in>", OWD_TO, "Re: Refund Request — Himalayan Treks Booking / OWD-2025-519 [OWD-1402]",
        """Karan: Uttarakhand mein landslide ki wajah se is saal ke saare treks cancel ho gaye hain, website ka abhi
koi fayda nahi.

Tenzin

-----Original Message-----
From: Optima WebDesign <optimawebdesigns12@gmail.com>
Sent: 27 September 2025 14:10
Subject: Re: Refund Request — Himalayan Treks Booking / OWD-2025-519 [OWD-1402]

Namaste Tenzin ji, kripya refund ka karan batayein.""", D(2025, 9, 30, 9, 0, IST))],
    decisions=[R("approve", "16000.00")], extra_ok=True,
    spec="Thread (C3): request time is the first mail 2025-09-27 11:00 = 25 h after the 2025-09-26 10:00 deposit, no work started (O2); the reason comes after 72 h but the first mail counts: approve 16000.00.")

case("hi-o19-consumer-forum-deposit", OWB, "decided", [msg(
    "Kapoor Furnishings <kapoorfurnishings@gmail.com>", OWD_TO, "Deposit refund warna consumer forum",
    """Kapoor Furnishings Store ka kaam bahut slow chal raha hai, hum project cancel kar rahe hain. Deposit
OWD-2025-520 poora wapas karo, warna consumer forum mein complaint karenge.

Vikas Kapoor, Lajpat Nagar, Delhi""", D(2025, 9, 25, 17, 0, IST))],
    rules=["C4"], decisions=[R("escalate"), CX("escalate")],
    spec="Consumer forum threat: C4 escalates the whole case (s.8), the project cancellation ('project cancel kar rahe hain') included (O2 alone would deny: work started 09-15).")

case("hi-o20-outlook-agreshit-maintenance", OWB, "decided", [msg(
    "Singhania MD <md@singhaniatextiles.in>", OWD_TO, "अग्रेषित करें: Maintenance plan - Singhania Textiles Portal",
    """कृपया नीचे देखें और प्रक्रिया करें।

आलोक सिंघानिया
प्रबंध निदेशक

-----मूल संदेश-----
प्रेषक: Accounts <accounts@singhaniatextiles.in>
भेजा गया: सोमवार, 29 सितंबर 2025 10:15
प्रति: md@singhaniatextiles.in
विषय: Maintenance plan - Singhania Textiles Portal

सर, हमारी ग्रुप IT टीम अब Singhania Textiles Portal का रखरखाव खुद करेगी, इसलिए Optima का सालाना
maintenance plan (OWD-2025-521, 22 सितंबर से शुरू) रद्द करवाकर 14 दिन वाली पॉलिसी के हिसाब से
रिफंड ले लीजिए।""", D(2025, 9, 29, 12, 0, IST))],
    decisions=[R("approve", "13750.00"), CX("cancel")],
    spec="Outlook forward in Hindi from the contract email itself (s.8). maintenance_annual started 2025-09-22, request 09-29 day 7 (O5): 15000.00 - 0.00 - 15000.00/12 (1250.00) = 13750.00. The email also explicitly asks to cancel: both parts are decided (s.1), cancellation `cancel` (O8; no effective date checked).")

case("hi-o21-auto-reply-owd", OWB, "ignore", [msg(
    "Kisan Mandi <admin@kisanmandi.in>", OWD_TO, "स्वतः उत्तर: Re: Refund Request — Kisan Mandi App Site",
    """धन्यवाद, आपका मेल मिल गया है। हम 48 घंटे में जवाब देंगे। - किसान मंडी टीम""",
    D(2025, 9, 24, 16, 1, IST), headers={"Auto-Submitted": "auto-replied", "Precedence": "junk"})],
    rules=["C7"], spec="Auto-reply (Auto-Submitted, Precedence: junk): ignore (C7).")

case("hi-o22-naya-page-quote", OWB, "other", [msg(
    "Lucknow Chikan House <lucknowchikanhouse@gmail.com>", OWD_TO, "naya page add karna hai",
    """Namaste,

website bahut acchi bani hai. Ab Diwali collection ke liye ek naya page add karna hai, kitna kharcha
aayega? Quote bhej dijiye.

Nazia, Lucknow Chikan House""", D(2025, 9, 26, 13, 0, IST))],
    spec="A quote request, neither refund nor cancellation: other.")

case("hi-o23-cancel-nahi-bas-deadline", OWB, "other", [msg(
    "Kisan Mandi <admin@kisanmandi.in>", OWD_TO, "Kisan Mandi App Site - timeline",
    """नमस्ते,

हम प्रोजेक्ट कैंसिल नहीं कर रहे हैं और कोई रिफंड भी नहीं चाहिए। बस बाकी काम की डेडलाइन दिवाली के बाद तक
बढ़ा दीजिए, हमारी टीम अभी व्यस्त है।

संदीप ठाकरे""", D(2025, 9, 27, 11, 0, IST))],
    spec="Both intents negated (s.8): a scheduling request: other.")

write_all()
