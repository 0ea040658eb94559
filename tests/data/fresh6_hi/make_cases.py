# Shared scaffolding, inlined into make_cases.py (kept self-contained).
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
_SEEN_INV = set()


def when(s, tz=IST):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def cust(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, tax="0.00", status="paid"):
    assert inv not in _SEEN_INV, inv
    _SEEN_INV.add(inv)
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, email, work_started_at=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": work_started_at})


def owpay(pid, inv, project, kind, amount, paid_at, tax, status="paid", setup_fee=None,
          service_start=None, next_billing_at=None, period_start=None, period_end=None,
          milestone_status=None):
    assert inv not in _SEEN_INV, inv
    _SEEN_INV.add(inv)
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": period_start, "period_end": period_end,
                               "milestone_status": milestone_status})


def mail(frm, to, subject, date, body=None, html=None, headers=None):
    return {"from": frm, "to": to, "subject": subject, "date": date, "body": body, "html": html,
            "headers": headers or {}}


def _build(cid, n, m, prev_ids, domain):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = m["from"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    mid = f"<{cid}.{n}.{m['date'].strftime('%Y%m%d%H%M')}@{domain}>"
    msg["Message-ID"] = mid
    if prev_ids:
        # the support desk's reply sat between the customer's emails
        support_id = f"<reply.{cid}.{n}@{ 'leadsoptima.com' if 'leadsoptima' in m['to'] else 'optimawebdesign.com'}>"
        msg["In-Reply-To"] = support_id
        msg["References"] = " ".join(prev_ids + [support_id])
        prev_ids = prev_ids + [support_id]
    for k, v in m["headers"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if m["body"] is not None and m["html"] is not None:
        msg.set_content(m["body"])
        msg.add_alternative(m["html"], subtype="html")
        msg.set_boundary(f"=_alt_{cid}_{n}")  # fixed boundary: deterministic output
    elif m["html"] is not None:
        msg.set_content(m["html"], subtype="html")
    else:
        msg.set_content(m["body"])
    return msg, prev_ids + [mid]


def case(cid, brand, emails, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    files = []
    ids = []
    for n, m in enumerate(emails, 1):
        domain = m["from"].split("@")[-1].strip(">").strip() if "@" in m["from"] else "localhost"
        msg, ids = _build(cid, n, m, ids, domain)
        name = f"{cid}.eml" if len(emails) == 1 else f"{cid}-{n}.eml"
        with open(os.path.join(HERE, "emails", name), "wb") as fh:
            fh.write(bytes(msg))
        files.append(f"emails/{name}")
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    CASES.append(c)


def D(intent, outcome, amount=None, effective_date=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    if effective_date is not None:
        d["effective_date"] = effective_date
    return d


def write_all():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(CASES)} cases written")


def setup():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "emails")):
        os.remove(os.path.join(HERE, "emails", f))


LANG = "hi"


def build():
    setup()
    # ---------------------------------------------------------------- LeadsOptima
    cust("ravi.khanna@khannatraders.in", "Ravi Khanna", "monthly", "2025-09-20", "2025-10-19")
    lopay("hpay_101", "LO-INV-71001", "ravi.khanna@khannatraders.in", "monthly", "1499.00", "2025-09-20T10:15:00", "2025-09-20", "2025-10-19", "269.82")
    lopay("hpay_102", "LO-INV-71002", "ravi.khanna@khannatraders.in", "monthly", "1499.00", "2025-09-20T10:16:40", "2025-09-20", "2025-10-19", "269.82")
    case("l01-do-baar-kata", "leadsoptima", [mail(
        "Ravi Khanna <ravi.khanna@khannatraders.in>", LO, "20 sept ko payment do baar kat gaya",
        when("2025-09-23 18:40"),
        "Hi LeadsOptima team,\n\n20 Sept ko mere card se do baar paise kat gaye, dono baar Rs 1,499 + GST. "
        "Bank app mein dono entries dikh rahi hain, 1 minute ke gap pe.\n"
        "Doosra wala invoice LO-INV-71002 hai, wo extra hai. Please uska refund kar dijiye.\n"
        "Plan monthly hai, registered mail yahi hai.\n\nThanks\nRavi Khanna\nKhanna Traders, Ludhiana\n")],
        "decided", [D("refund", "approve", "1499.00")],
        spec="L2 duplicate_payment; two paid monthly charges 1499.00 on 2025-09-20, same period; request 2025-09-23 = day 3 (L3 inside) -> L4 approve the duplicate LO-INV-71002's amount 1499.00 before tax (C6)")

    cust("sunita.agarwal@agarwalcloth.com", "Sunita Agarwal", "quarterly", "2025-09-15", "2025-12-14")
    lopay("hpay_111", "LO-INV-71011", "sunita.agarwal@agarwalcloth.com", "quarterly", "3999.00", "2025-09-15T09:02:00", "2025-09-15", "2025-12-14", "719.82")
    lopay("hpay_112", "LO-INV-71012", "sunita.agarwal@agarwalcloth.com", "quarterly", "3999.00", "2025-09-15T09:03:10", "2025-09-15", "2025-12-14", "719.82")
    case("l02-devanagari-din-saat", "leadsoptima", [mail(
        "सुनीता अग्रवाल <sunita.agarwal@agarwalcloth.com>", LO, "एक ही प्लान का पैसा दो बार लिया गया",
        when("2025-09-22 21:30"),
        "नमस्ते,\n\nमेरे क्वार्टरली प्लान के लिए 15 सितंबर को ₹3,999 दो बार कट गए हैं। "
        "दूसरी रसीद का नंबर lo inv 71012 है।\n"
        "कृपया दूसरी बार कटी राशि वापस कर दीजिए।\n\nधन्यवाद,\nसुनीता अग्रवाल\nअग्रवाल क्लॉथ हाउस, जयपुर\n")],
        "decided", [D("refund", "approve", "3999.00")],
        spec="L2 duplicate (दो बार); charges 2025-09-15 (day 0), request 2025-09-22 21:30 IST = day 7, inside (section 3 L3: day 7 is inside); 'lo inv 71012' matches LO-INV-71012 (section 8) -> L4 approve 3999.00")

    cust("farhan.q@qureshilogistics.in", "Farhan Qureshi", "annual", "2025-09-10", "2026-09-09")
    lopay("hpay_121", "LO-INV-71021", "farhan.q@qureshilogistics.in", "annual", "11988.00", "2025-09-10T14:00:00", "2025-09-10", "2026-09-09", "2157.84")
    lopay("hpay_122", "LO-INV-71022", "farhan.q@qureshilogistics.in", "annual", "11988.00", "2025-09-10T14:01:00", "2025-09-10", "2026-09-09", "2157.84")
    case("l03-dup-aath-din", "leadsoptima", [mail(
        "Farhan Qureshi <farhan.q@qureshilogistics.in>", LO, "Annual plan double charge - LO-INV-71022",
        when("2025-09-18 09:05"),
        "Assalam alaikum / Hello,\n\nAccounts team ne abhi reconcile kiya to pata chala ki annual plan ka "
        "₹11,988 do baar debit hua hai 10 tareekh ko. Second invoice LO-INV-71022. Isko reverse kar dijiye please.\n\n"
        "Farhan Qureshi\nQureshi Logistics\n")],
        "decided", [D("refund", "deny")],
        spec="L2 duplicate; charges 2025-09-10 (day 0), request 2025-09-18 = day 8 > 7 -> L3 deny")

    cust("pooja.iyer@chaiandcode.in", "Pooja Iyer", "monthly", "2025-09-27", "2025-10-26")
    lopay("hpay_131", "LO-INV-71031", "pooja.iyer@chaiandcode.in", "monthly", "2499.00", "2025-09-27T08:00:00", "2025-09-27", "2025-10-26", "449.82")
    case("l04-dusra-crm", "leadsoptima", [mail(
        "Pooja Iyer <pooja.iyer@chaiandcode.in>", LO, "refund for this month",
        when("2025-09-29 12:10"),
        "Hi,\n\nHumne team ke liye dusra CRM finalise kar liya hai, toh LeadsOptima ki ab zarurat nahi rahi. "
        "27 ko jo ₹2,499 kata (invoice LO-INV-71031) wo wapas kar dijiye, abhi to sirf 2 din hue hain.\n\n"
        "Regards,\nPooja\n")],
        "decided", [D("refund", "deny")],
        spec="Reason 'switched to another CRM, no longer needed' is none of the L2 exceptions -> L1 deny (cancellation offered in the reply), even inside the 7-day window")

    cust("deepak.soni@sonielectricals.com", "Deepak Soni", "monthly", "2025-09-12", "2025-10-11")
    lopay("hpay_141", "LO-INV-71041", "deepak.soni@sonielectricals.com", "monthly", "1499.00", "2025-09-12T11:30:00", "2025-09-12", "2025-10-11", "269.82")
    case("l05-refund-nahi-chahiye", "leadsoptima", [mail(
        "Deepak Soni <deepak.soni@sonielectricals.com>", LO, "plan band karna hai",
        when("2025-09-26 19:45"),
        "Namaste,\n\nMujhe refund nahi chahiye, jo mahina chal raha hai wo use kar lunga. "
        "Bas agle mahine se auto renew band kar do, plan cancel kar dijiye. Dukaan ka kaam ab WhatsApp se hi chal jata hai.\n\n"
        "Deepak Soni\nSoni Electricals, Indore\n")],
        "decided", [D("cancellation", "cancel", effective_date="2025-10-11")],
        spec="Section 8: 'refund nahi chahiye' adds no refund intent; cancellation -> L8 cancel, effective current_period_end 2025-10-11")

    cust("meenakshi.pillai@pillaiclinic.in", "Meenakshi Pillai", "quarterly", None, None)
    lopay("hpay_151", "LO-INV-71051", "meenakshi.pillai@pillaiclinic.in", "quarterly", "3999.00", "2025-08-12T11:00:00", None, None, "719.82")
    case("l06-devanagari-cancel-fallback", "leadsoptima", [mail(
        "Dr. Meenakshi Pillai <meenakshi.pillai@pillaiclinic.in>", LO, "सदस्यता रद्द करने हेतु",
        when("2025-09-24 10:20"),
        "महोदय/महोदया,\n\nमैं अपनी क्लिनिक के लिए लिया गया LeadsOptima का तिमाही प्लान आगे जारी नहीं रखना चाहती। "
        "कृपया इसे रद्द कर दें ताकि अगली बार कोई राशि न कटे। मरीज़ों की बुकिंग अब अस्पताल के सिस्टम से होगी।\n\n"
        "सादर,\nडॉ. मीनाक्षी पिल्लै\nपिल्लै क्लिनिक, कोच्चि\n")],
        "decided", [D("cancellation", "cancel", effective_date="2025-11-11")],
        spec="L8 cancel; no current_period_end in the ledger -> last charge local date 2025-08-12 + 3 months (quarterly) - 1 day = 2025-11-11")

    cust("aman.batra@batrafitness.in", "Aman Batra", "monthly", "2025-09-26", "2025-10-25")
    lopay("hpay_161", "LO-INV-71061", "aman.batra@batrafitness.in", "monthly", "1999.00", "2025-09-26T07:45:00", "2025-09-26", "2025-10-25", "359.82")
    case("l07-login-nahi-ho-raha", "leadsoptima", [mail(
        "Aman Batra <aman.batra@batrafitness.in>", LO, "3 din se dashboard khul hi nahi raha",
        when("2025-09-30 08:55"),
        "hello support,\n\npichle 3 din se login karta hun to dashboard pe sirf loading wala circle ghoomta rehta hai, "
        "kuch khulta hi nahi. 2 baar ticket bhi daala, koi reply nahi. 26 tareekh ko renew hua tha (LO-INV-71061), "
        "jab tool chal hi nahi raha to is mahine ke paise wapas karo.\n\nAman\nBatra Fitness Studio\n")],
        "decided", [D("refund", "escalate")],
        spec="L2 access_failure (platform not loading, cannot use); charge 2025-09-26, request 2025-09-30 = day 4 inside -> L6 escalate (no amount)")

    cust("kavita.rao@raoassociates.co.in", "Kavita Rao", "monthly", "2025-09-25", "2025-10-24")
    lopay("hpay_171", "LO-INV-71071", "kavita.rao@raoassociates.co.in", "annual", "11988.00", "2025-09-25T10:00:00", "2025-09-25", "2026-09-24", "2157.84")
    case("l08-galat-plan", "leadsoptima", [mail(
        "Kavita Rao <kavita.rao@raoassociates.co.in>", LO, "Galat plan ka charge - INV 71071",
        when("2025-09-27 15:30"),
        "Hi,\n\nMaine monthly plan hi select kiya tha, lekin card se poore saal ka ₹11,988 kaat liya gaya. "
        "Yeh galat amount hai. Invoice no. LO-INV-71071. Please annual ka charge refund karke monthly pe daal do.\n\n"
        "Kavita Rao\nRao & Associates (CA firm)\n")],
        "decided", [D("refund", "escalate")],
        spec="L2 billing_error (charged for the wrong plan / wrong amount); charge 2025-09-25, request day 2 inside -> L5 escalate")

    cust("harpreet.gill@gillmotors.in", "Harpreet Gill", "monthly", "2025-09-28", "2025-10-27", status="cancelled")
    lopay("hpay_181", "LO-INV-71081", "harpreet.gill@gillmotors.in", "monthly", "2499.00", "2025-09-28T06:00:00", "2025-09-28", "2025-10-27", "449.82")
    case("l09-cancel-ke-baad-bhi-kata", "leadsoptima", [mail(
        "Harpreet Gill <harpreet.gill@gillmotors.in>", LO, "Cancel karne ke baad bhi paise kaate",
        when("2025-09-29 20:15"),
        "Sat Sri Akal ji,\n\nMaine 14 September ko hi Billing section se plan cancel kar diya tha, screenshot bhi hai. "
        "Phir bhi 28 ko ₹2,499 + GST kat gaye (LO-INV-71081). Ye paise wapas chahiye.\n\n"
        "Harpreet Singh Gill\nGill Motors, Amritsar\n")],
        "decided", [D("refund", "escalate")],
        spec="Past event: 'cancelled on the 14th, charged on the 28th' = L2 billing_error ('charged after I cancelled'); request day 1 inside -> L5 escalate. The earlier cancellation is history, not a new cancellation request")

    cust("accounts@mehtaexports.com", "Mehta Exports", "annual", "2025-04-01", "2026-03-31")
    lopay("hpay_191", "LO-INV-71091", "accounts@mehtaexports.com", "annual", "11988.00", "2025-04-01T10:00:00", "2025-04-01", "2026-03-31", "2157.84")
    case("l10-gmail-se-cancel", "leadsoptima", [mail(
        "Rahul Mehta <rahul.m1988@gmail.com>", LO, "cancel our plan",
        when("2025-09-25 23:10"),
        "Hi team\n\nHumara registered email accounts@mehtaexports.com hai, abhi office laptop nahi hai isliye personal id se likh raha hun. "
        "Annual plan cancel kar do aur batao kab tak active rahega.\n\nRahul Mehta\n")],
        "need_info", rules=["C2"],
        spec="C2: the sender rahul.m1988@gmail.com is not the registered email accounts@mehtaexports.com it names -> need_info asking to write from the address on record, no account details")

    cust("nisha.kapoor@kapoordesigns.in", "Nisha Kapoor", "monthly", "2025-09-24", "2025-10-23")
    lopay("hpay_201", "LO-INV-71201", "nisha.kapoor@kapoordesigns.in", "monthly", "1499.00", "2025-09-24T12:00:00", "2025-09-24", "2025-10-23", "269.82")
    case("l11-sirf-refund-karo", "leadsoptima", [mail(
        "Nisha Kapoor <nisha.kapoor@kapoordesigns.in>", LO, "Refund request LO-INV-71201",
        when("2025-09-26 11:00"),
        "Dear Team,\n\nKindly refund invoice LO-INV-71201 at the earliest. Please do the needful.\n\n"
        "Thanks & Regards\nNisha Kapoor\nKapoor Designs | +91 98xxxxxx21\n"
        "Disclaimer: Is email ki jaankari gopniya hai.\n")],
        "need_info", missing=["reason"],
        spec="Section 8: restating the request, 'do the needful', signature and disclaimer are not a reason; LO refund requires a reason (section 3) -> need_info [reason]; plan from the ledger for the verified sender, invoice stated")

    cust("vikas.jain@jainjewellers.com", "Vikas Jain", "monthly", "2025-09-25", "2025-10-24")
    lopay("hpay_211", "LO-INV-71211", "vikas.jain@jainjewellers.com", "monthly", "2499.00", "2025-09-25T09:30:00", "2025-09-25", "2025-10-24", "449.82")
    lopay("hpay_212", "LO-INV-71212", "vikas.jain@jainjewellers.com", "monthly", "2499.00", "2025-09-25T09:31:00", "2025-09-25", "2025-10-24", "449.82")
    case("l12-thread-reason-baad-mein", "leadsoptima", [
        mail("Vikas Jain <vikas.jain@jainjewellers.com>", LO, "Refund - LO-INV-71212", when("2025-09-26 10:05"),
             "Hello,\n\nLO-INV-71212 ka refund chahiye.\n\nVikas Jain\n"),
        mail("Vikas Jain <vikas.jain@jainjewellers.com>", LO, "Re: Refund - LO-INV-71212", when("2025-09-27 13:40"),
             "Ji reason ye hai ki 25 tareekh ko payment 2 baar ho gaya, ek hi monthly plan ka. Statement mein do entry hain ₹2,499 ki.\n\n"
             "Vikas\n\n> Please tell us the reason for your refund request.\n")],
        "decided", [D("refund", "approve", "2499.00")],
        spec="C3 thread: reason asked, answer merged ('payment 2 baar ho gaya'); L2 duplicate, pair of 2499.00 on 2025-09-25 same period; request time = first email 2025-09-26 (day 1) -> L4 approve 2499.00")

    cust("ankit.verma@vermastudio.in", "Ankit Verma", None, status="trial", trial_ends="2025-10-06")
    case("l13-trial-refund", "leadsoptima", [mail(
        "Ankit Verma <ankit.verma@vermastudio.in>", LO, "trial ka paisa wapas",
        when("2025-09-29 17:25"),
        "Hi,\n\nMain abhi free trial pe hun. Tool mere photography business ke liye thoda complicated lag raha hai, "
        "jo bhi charge hua ho wo refund kar dena aur trial ke baad mujhe upgrade nahi karna.\n\nAnkit\n")],
        "decided", [D("refund", "deny")], extra_ok=True,
        ambiguous="The ledger has no charge at all (trial account): L7 says deny (nothing to refund) though no invoice is given; 'upgrade nahi karna' may also be read as a cancellation of the trial, so extra decisions are allowed",
        spec="L7: account on a free trial (status trial, no payments) -> refund deny, reply says no billing occurs unless they subscribe (policy clause 4)")

    case("l14-agar-kaam-na-kare", "leadsoptima", [mail(
        "Shalini Bose <shalini.bose@boseacademy.in>", LO, "annual plan lene se pehle ek sawaal",
        when("2025-09-28 11:50"),
        "Namaste,\n\nHum coaching institute ke liye annual plan lene ki soch rahe hain. "
        "Agar 2-3 hafte baad lage ki leads nahi aa rahi, to kya paisa wapas milega? Ya kam se kam baaki mahino ka?\n\n"
        "Shalini Bose\nBose Academy, Kolkata\n")],
        "other",
        spec="Section 8: 'would I get a refund if…' before buying is a policy question -> other (nothing else asked)")

    cust("rajesh.tiwari@tiwaritravels.com", "Rajesh Tiwari", "quarterly", "2025-08-05", "2025-11-04")
    lopay("hpay_231", "LO-INV-71231", "rajesh.tiwari@tiwaritravels.com", "quarterly", "3999.00", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04", "719.82")
    case("l15-gst-kaise-badlein", "leadsoptima", [mail(
        "राजेश तिवारी <rajesh.tiwari@tiwaritravels.com>", LO, "इनवॉइस पर GST नंबर",
        when("2025-09-23 16:05"),
        "नमस्कार,\n\nहमारी फर्म का GSTIN बदल गया है। आगे के इनवॉइस पर नया GST नंबर कैसे डालें? "
        "सेटिंग्स में कहीं ऑप्शन नहीं मिल रहा।\n\nराजेश तिवारी\nतिवारी ट्रैवल्स, वाराणसी\n")],
        "other",
        spec="Neither refund nor cancellation (how-to question about invoices) -> other (section 1)")

    cust("sanjay.dubey@dubeyhardware.in", "Sanjay Dubey", "monthly", "2025-09-22", "2025-10-21")
    lopay("hpay_241", "LO-INV-71241", "sanjay.dubey@dubeyhardware.in", "monthly", "1999.00", "2025-09-22T13:00:00", "2025-09-22", "2025-10-21", "359.82")
    case("l16-consumer-forum", "leadsoptima", [mail(
        "Sanjay Dubey <sanjay.dubey@dubeyhardware.in>", LO, "LAST WARNING - refund nahi mila",
        when("2025-09-27 22:05"),
        "Mera 1999 wapas karo (LO-INV-71241). Aapka software mere kaam ka nahi hai, sales wale ne kuch aur bataya tha. "
        "Agar 2 din mein paisa nahi aaya to main consumer forum mein complaint daal dunga, "
        "mere paas sab screenshots hain.\n\nSanjay Dubey\n")],
        "decided", [D("refund", "escalate")], rules=["C4"],
        spec="C4: a consumer forum complaint threatened -> escalate (section 8: C4 covers the whole case)")

    cust("arjun.nair@nairspices.com", "Arjun Nair", "monthly", "2025-09-18", "2025-10-17")
    case("l17-chhutti-autoreply", "leadsoptima", [mail(
        "Arjun Nair <arjun.nair@nairspices.com>", LO, "स्वचालित उत्तर: Your LeadsOptima invoice",
        when("2025-09-24 09:00"),
        "नमस्ते,\n\nमैं 22 से 30 सितंबर तक छुट्टी पर हूँ। इस दौरान ईमेल नहीं देख पाऊँगा। "
        "ज़रूरी काम के लिए कृपया office@nairspices.com पर लिखें।\n\nअर्जुन नायर\n",
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})],
        "ignore", rules=["C7"],
        spec="C7: Auto-Submitted: auto-replied (out-of-office) -> ignore")

    cust("neha@bloomsalon.in", "Neha Arora", "quarterly", "2025-07-20", "2025-10-19")
    lopay("hpay_261", "LO-INV-71261", "neha@bloomsalon.in", "quarterly", "3999.00", "2025-07-20T10:00:00", "2025-07-20", "2025-10-19", "719.82")
    case("l18-ca-ka-forward", "leadsoptima", [mail(
        "CA Manoj Sharma <sharma.ca.office@gmail.com>", LO, "Fwd: LeadsOptima band karwana hai",
        when("2025-09-25 14:30"),
        "Please see below and do the needful.\n\nCA Manoj Sharma\nSharma & Co., Chartered Accountants\n\n"
        "---------- Forwarded message ---------\nFrom: Neha Arora <neha@bloomsalon.in>\n"
        "Date: Wed, 24 Sept 2025 at 19:02\nSubject: LeadsOptima band karwana hai\nTo: <sharma.ca.office@gmail.com>\n\n"
        "Manoj ji, salon ka LeadsOptima wala quarterly plan band karwa dijiye, ab uska koi use nahi. "
        "Mera login email neha@bloomsalon.in hai.\n\nNeha\n")],
        "need_info", rules=["C2"],
        spec="Section 8 forwards: the forwarded request names the registered email neha@bloomsalon.in, the sender is the accountant's gmail -> C2 need_info (ask for the request from the address on record)")

    cust("imran.shaikh@shaikhcaterers.in", "Imran Shaikh", "monthly", "2025-09-21", "2025-10-20")
    lopay("hpay_271", "LO-INV-71271", "imran.shaikh@shaikhcaterers.in", "monthly", "1499.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20", "269.82")
    case("l19-cancel-aur-bache-din", "leadsoptima", [mail(
        "Imran Shaikh <imran.shaikh@shaikhcaterers.in>", LO, "Cancel + refund",
        when("2025-09-30 13:15"),
        "Hi,\n\nShaadi ka season khatam, ab leads ki zarurat nahi. Plan cancel kar do aur bache hue 20 din ka paisa "
        "lauta do, invoice LO-INV-71271.\n\nImran\nShaikh Caterers, Pune\n")],
        "decided", [D("refund", "deny"), D("cancellation", "cancel", effective_date="2025-10-20")],
        spec="Refund for unused days is not an L2 exception -> L1 deny (policy clause 2: no partial refunds); cancellation -> L8 cancel, effective current_period_end 2025-10-20")

    cust("gurmeet.kaur@kaurboutique.com", "Gurmeet Kaur", "annual", "2025-04-01", "2026-03-31")
    lopay("hpay_281", "LO-INV-71281", "gurmeet.kaur@kaurboutique.com", "annual", "11988.00", "2025-04-01T10:00:00", "2025-04-01", "2026-03-31", "2157.84")
    case("l20-varshik-band", "leadsoptima", [mail(
        "गुरमीत कौर <gurmeet.kaur@kaurboutique.com>", LO, "वार्षिक प्लान समाप्त करें",
        when("2025-09-19 12:00"),
        "आदरणीय टीम,\n\nहमारा बुटीक अगले महीने से बंद हो रहा है, इसलिए LeadsOptima का सालाना प्लान आगे रिन्यू न करें और इसे रद्द कर दें। "
        "पैसे वापस नहीं चाहिए, बस अगले साल कोई शुल्क न कटे।\n\nधन्यवाद\nगुरमीत कौर\n"
        "--\nकौर बुटीक | लुधियाना\nयह ईमेल गोपनीय है।\n")],
        "decided", [D("cancellation", "cancel", effective_date="2026-03-31")],
        spec="Cancellation, 'पैसे वापस नहीं चाहिए' adds no refund (section 8) -> L8 cancel, effective current_period_end 2026-03-31")

    cust("rohit.saxena@saxenaprops.in", "Rohit Saxena", "monthly", "2025-09-08", "2025-10-07")
    lopay("hpay_291", "LO-INV-71291", "rohit.saxena@saxenaprops.in", "monthly", "1999.00", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07", "359.82")
    case("l21-html-cancel", "leadsoptima", [mail(
        "Rohit Saxena <rohit.saxena@saxenaprops.in>", LO, "Subscription cancel",
        when("2025-09-20 10:40"),
        html="<html><body><div dir=\"ltr\"><p>Hi Team,</p><p>Mera monthly subscription <b>cancel</b> kar dijiye. "
             "Property market slow hai, abhi marketing budget cut kar rahe hain.</p>"
             "<p>Thanks,<br>Rohit Saxena<br><i>Saxena Properties, Lucknow</i></p></div></body></html>")],
        "decided", [D("cancellation", "cancel", effective_date="2025-10-07")],
        spec="HTML-only cancellation -> L8 cancel, effective current_period_end 2025-10-07")


    cust("suresh.pandit@panditprinters.in", "Suresh Pandit", "monthly", "2025-09-22", "2025-10-21")
    lopay("hpay_301", "LO-INV-71301", "suresh.pandit@panditprinters.in", "monthly", "2499.00", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21", "449.82")
    case("l22-vakil-notice", "leadsoptima", [mail(
        "सुरेश पंडित <suresh.pandit@panditprinters.in>", LO, "अंतिम चेतावनी — रिफंड और कैंसिल",
        when("2025-09-28 20:30"),
        "आपकी टीम ने डेमो में जो वादा किया था वो कुछ भी नहीं मिला। मेरा प्लान तुरंत बंद करो और 22 तारीख़ वाला ₹2,499 "
        "(LO-INV-71301) वापस करो। वरना मैं अपने वकील के ज़रिए लीगल नोटिस भिजवाऊँगा।\n\nसुरेश पंडित\nपंडित प्रिंटर्स, कानपुर\n")],
        "decided", [D("refund", "escalate"), D("cancellation", "escalate")], rules=["C4"],
        spec="C4: a lawyer / legal notice threatened (वकील, लीगल नोटिस) -> escalate; section 8: C4 covers the whole case, the cancellation included")

    cust("alka.mathur@mathurtutorials.in", "Alka Mathur", "monthly", "2025-09-11", "2025-10-10")
    lopay("hpay_311", "LO-INV-71311", "alka.mathur@mathurtutorials.in", "monthly", "1499.00", "2025-09-11T10:00:00", "2025-09-11", "2025-10-10", "269.82")
    case("l23-apna-forward", "leadsoptima", [mail(
        "Alka Mathur <alka.mathur@mathurtutorials.in>", LO, "Fwd: प्लान रद्द करें",
        when("2025-09-27 09:10"),
        "दोबारा भेज रही हूँ, पिछली मेल का कोई जवाब नहीं आया।\n\n---------- अग्रेषित संदेश ---------\n"
        "प्रेषक: Alka Mathur <alka.mathur@mathurtutorials.in>\nतारीख: मंगल, 23 सित॰ 2025 को 6:40 pm\nविषय: प्लान रद्द करें\n"
        "प्रति: <info@leadsoptima.com>\n\nनमस्ते, मेरा मासिक प्लान रद्द कर दीजिए। ट्यूशन के बच्चे अब रेफ़रल से ही आ जाते हैं, "
        "विज्ञापन की ज़रूरत नहीं है।\n\nअलका माथुर\n")],
        "decided", [D("cancellation", "cancel", effective_date="2025-10-10")],
        spec="Section 8: a forward (Hindi Gmail marker 'अग्रेषित संदेश') is read for the request it carries; her own request from the registered address -> L8 cancel, effective current_period_end 2025-10-10")

    cust("naveen.kumar@kumarsteel.co.in", "Naveen Kumar", "quarterly", "2025-09-08", "2025-12-07")
    lopay("hpay_321", "LO-INV-71321", "naveen.kumar@kumarsteel.co.in", "quarterly", "3999.00", "2025-09-08T10:00:00", "2025-09-08", "2025-12-07", "719.82")
    case("l24-login-der-se", "leadsoptima", [mail(
        "नवीन कुमार <naveen.kumar@kumarsteel.co.in>", LO, "लॉगिन नहीं हो रहा — पैसे वापस करें",
        when("2025-09-22 11:00"),
        "नमस्ते,\n\n10 तारीख़ से मैं अपने अकाउंट में लॉगिन नहीं कर पा रहा हूँ, हर बार 'invalid session' आता है। "
        "त्रैमासिक प्लान का भुगतान 8 सितंबर को हुआ था (LO-INV-71321)। जब इस्तेमाल ही नहीं हुआ तो रकम वापस कीजिए।\n\nनवीन कुमार\n")],
        "decided", [D("refund", "deny")],
        spec="L2 access_failure, but charge 2025-09-08, request 2025-09-22 = day 14 > 7 -> L3 deny")

    cust("zoya.khan@khanperfumes.ae", "Zoya Khan", "monthly", "2025-09-17", "2025-10-16")
    lopay("hpay_331", "LO-INV-71331", "zoya.khan@khanperfumes.ae", "monthly", "1999.00", "2025-09-17T12:00:00", "2025-09-17", "2025-10-16", "359.82")
    lopay("hpay_332", "LO-INV-71332", "zoya.khan@khanperfumes.ae", "monthly", "1999.00", "2025-09-17T12:01:00", "2025-09-17", "2025-10-16", "359.82")
    case("l25-dubai-din-aath", "leadsoptima", [mail(
        "Zoya Khan <zoya.khan@khanperfumes.ae>", LO, "17 ko 2 baar payment - abhi 7 din ke andar hai",
        when("2025-09-24 23:15", timezone(timedelta(hours=4))),
        "Hi team,\n\nDubai se likh rahi hun. 17 Sept ko mera monthly plan ka payment 2 baar ho gaya (LO-INV-71332 extra hai). "
        "Aaj 24 hai to 7 din ke andar hi hai, please refund kar dijiye.\n\nZoya Khan\nKhan Perfumes LLC\n")],
        "decided", [D("refund", "deny")],
        spec="Section 1: days count in the brand's zone: 2025-09-24 23:15 +04:00 = 2025-09-25 00:45 IST; charge day 0 = 2025-09-17 -> day 8 > 7 -> L3 deny")

    # ---------------------------------------------------------------- Optima WebDesign
    proj("Sharma Sweets Website", "info@sharmasweets.in", None)
    owpay("hpay_501", "OWD-2025-601", "Sharma Sweets Website", "deposit", "25000.00", "2025-09-27T16:00:00", "4500.00")
    case("o01-deposit-andar", "optima_webdesign", [mail(
        "Sharma Sweets <info@sharmasweets.in>", OWD, "Refund Request — Sharma Sweets Website / OWD-2025-601",
        when("2025-09-29 11:20"),
        "Namaste Optima team,\n\nParso humne Sharma Sweets Website ke liye ₹25,000 + GST booking amount diya tha (OWD-2025-601). "
        "Ghar mein shaadi fix ho gayi hai aur abhi paisa wahan lagana padega, isliye website ka kaam abhi nahi karwa payenge. "
        "Kaam shuru nahi hua hai, please deposit wapas kar dijiye.\n\nDhanyavaad\nPramod Sharma\nSharma Sweets\n")],
        "decided", [D("refund", "approve", "25000.00")], extra_ok=True,
        spec="O2: deposit paid 2025-09-27 16:00, request 2025-09-29 11:20 = 43h20m < 72h, work not started -> approve 25000.00 (tax 4500.00 not refunded, C6) (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    proj("Gupta Dental Care", "drgupta@guptadental.in", None)
    owpay("hpay_511", "OWD-2025-611", "Gupta Dental Care", "deposit", "18000.00", "2025-09-25T12:00:00", "3240.00")
    case("o02-deposit-theek-72", "optima_webdesign", [mail(
        "Dr. Alok Gupta <drgupta@guptadental.in>", OWD, "Booking amount refund - Gupta Dental Care",
        when("2025-09-28 12:00"),
        "Hello,\n\nGupta Dental Care project (invoice OWD-2025-611) ke liye diya booking amount refund kar dijiye. "
        "Humne decide kiya hai ki clinic ki website hospital group wale hi banayenge.\n\nDr. Alok Gupta\n")],
        "decided", [D("refund", "deny")], extra_ok=True,
        spec="O2 + section 8: paid 2025-09-25 12:00, request 2025-09-28 12:00 = exactly 72 hours, not 'before 72 hours' -> deny (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    proj("Malhotra Realty Portal", "director@malhotrarealty.com", "2025-09-29T11:00:00")
    owpay("hpay_521", "OWD-2025-621", "Malhotra Realty Portal", "deposit", "30000.00", "2025-09-28T10:00:00", "5400.00")
    case("o03-deposit-kaam-shuru", "optima_webdesign", [mail(
        "Vinod Malhotra <director@malhotrarealty.com>", OWD, "deposit wapas - Malhotra Realty Portal",
        when("2025-09-30 09:00"),
        "Hi team,\n\nMalhotra Realty Portal ka deposit OWD-2025-621 please refund karein. Board ne is quarter ka IT budget "
        "rok diya hai. Abhi to 48 ghante bhi nahi hue.\n\nVinod Malhotra\nDirector\n")],
        "decided", [D("refund", "deny")],
        spec="O2 'whichever occurs first': paid 2025-09-28 10:00, work started 2025-09-29 11:00, request 2025-09-30 09:00 is after work began though within 72h -> deny")

    proj("Chauhan Agro Brand Strategy", "chauhan.agro@chauhanagro.in", "2025-10-06T11:00:00")
    owpay("hpay_531", "OWD-2025-631", "Chauhan Agro Brand Strategy", "discovery", "15000.00", "2025-09-22T15:00:00", "2700.00")
    case("o04-discovery-shuru-nahi", "optima_webdesign", [mail(
        "चौहान एग्रो <chauhan.agro@chauhanagro.in>", OWD, "डिस्कवरी फीस वापसी — OWD-2025-631",
        when("2025-09-26 17:30"),
        "नमस्ते,\n\n'Chauhan Agro Brand Strategy' के लिए हमने ₹15,000 की डिस्कवरी फीस दी थी (इनवॉइस OWD-2025-631)। "
        "हमारी पहली मीटिंग 6 अक्टूबर को तय है, पर कंपनी में मालिकाना बदलाव के कारण हम यह काम अभी नहीं कराना चाहते। "
        "कृपया पूरी फीस लौटा दें।\n\nभवदीय,\nसुरेंद्र चौहान\n")],
        "decided", [D("refund", "approve", "15000.00")], extra_ok=True,
        spec="O1: discovery fee, work_started_at 2025-10-06 is later than the request 2025-09-26 -> refundable in full: approve 15000.00 (before tax) (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    proj("Reddy Interiors Discovery", "sridevi@reddyinteriors.in", "2025-09-18T11:00:00")
    owpay("hpay_541", "OWD-2025-641", "Reddy Interiors Discovery", "discovery", "12000.00", "2025-09-16T10:00:00", "2160.00")
    case("o05-discovery-session-ho-gaya", "optima_webdesign", [mail(
        "Sridevi Reddy <sridevi@reddyinteriors.in>", OWD, "Discovery fee refund Reddy Interiors",
        when("2025-09-25 18:00"),
        "Hi,\n\n18 ko jo strategy session hua tha woh humare expectation ke hisaab se nahi tha, bahut generic laga. "
        "Reddy Interiors Discovery ka ₹12,000 (OWD-2025-641) refund kar dijiye.\n\nSridevi\n")],
        "decided", [D("refund", "deny")],
        spec="O1: discovery session started 2025-09-18, before the request -> deny")

    proj("Joshi Ayurveda Store", "joshi.ayurveda@gmail.com", "2025-08-20T10:00:00")
    owpay("hpay_551", "OWD-2025-651", "Joshi Ayurveda Store", "milestone", "40000.00", "2025-09-15T10:00:00", "7200.00", milestone_status="not_started")
    case("o06-milestone-not-started", "optima_webdesign", [mail(
        "Joshi Ayurveda <joshi.ayurveda@gmail.com>", OWD, "Refund Request — Joshi Ayurveda Store / OWD-2025-651",
        when("2025-09-24 13:00"),
        "Namaskar,\n\nJoshi Ayurveda Store ka design wala hissa ho gaya, lekin payment gateway + checkout wala milestone "
        "(₹40,000 + GST, invoice OWD-2025-651) hum abhi nahi karwana chahte kyunki hum Shopify pe shift ho rahe hain. "
        "Us milestone pe kaam shuru nahi hua hai, uska paisa wapas kar dijiye.\n\nHemant Joshi\n")],
        "decided", [D("refund", "approve", "40000.00")], extra_ok=True,
        spec="O3: milestone status not_started -> approve that milestone's amount 40000.00 (before tax) (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    proj("Bansal School ERP Site", "admin@bansalschool.edu.in", "2025-08-01T10:00:00")
    owpay("hpay_561", "OWD-2025-661", "Bansal School ERP Site", "milestone", "35000.00", "2025-09-05T10:00:00", "6300.00", milestone_status="in_progress")
    case("o07-milestone-chal-raha", "optima_webdesign", [mail(
        "Bansal School Admin <admin@bansalschool.edu.in>", OWD, "Milestone 2 refund - Bansal School ERP Site",
        when("2025-09-26 11:45"),
        "Dear Sir,\n\nBansal School ERP Site ke milestone 2 (OWD-2025-661) ka kaam bahut slow chal raha hai, "
        "aadha bhi nahi hua aur deadline nikal gayi. Management ne bola hai ki is milestone ka refund maango.\n\n"
        "Regards\nAdmin Office, Bansal Public School\n")],
        "decided", [D("refund", "escalate")],
        spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person)")

    proj("Kulkarni Bakery Rebrand", "kulkarnibakery@gmail.com", "2025-08-10T10:00:00")
    owpay("hpay_571", "OWD-2025-671", "Kulkarni Bakery Rebrand", "milestone", "20000.00", "2025-09-02T10:00:00", "3600.00", milestone_status="approved")
    case("o08-milestone-approved", "optima_webdesign", [mail(
        "Kulkarni Bakery <kulkarnibakery@gmail.com>", OWD, "logo milestone ka refund",
        when("2025-09-23 19:20"),
        "Hi,\n\nKulkarni Bakery Rebrand mein logo wala milestone (OWD-2025-671) humne approve to kar diya tha, "
        "par ab customers ko naya logo pasand nahi aa raha. Uska paisa refund ho sakta hai kya? Please kar dijiye.\n\nSwati Kulkarni\n")],
        "decided", [D("refund", "deny")],
        spec="O3/O6: milestone status approved -> deny (approved milestones are non-refundable)")

    proj("Patel Pharma SEO Retainer", "marketing@patelpharma.in", "2025-06-01T10:00:00")
    owpay("hpay_581", "OWD-2025-681", "Patel Pharma SEO Retainer", "retainer", "22000.00", "2025-09-15T10:00:00", "3960.00",
          next_billing_at="2025-10-15T00:00:00", period_start="2025-09-15", period_end="2025-10-14")
    case("o09-retainer-notice-theek", "optima_webdesign", [mail(
        "Patel Pharma Marketing <marketing@patelpharma.in>", OWD, "SEO retainer cancel - Patel Pharma",
        when("2025-09-29 16:10"),
        "Hello Optima team,\n\nPatel Pharma SEO Retainer (last invoice OWD-2025-681) ko hum is cycle ke baad band karna chahte hain. "
        "Humne in-house SEO executive hire kar liya hai. Agla billing nahi hona chahiye.\n\nNiraj Patel\nMarketing Head\n")],
        "decided", [D("cancellation", "cancel", effective_date="2025-10-14")],
        spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-29 <= 2025-10-15 - 7 = 2025-10-08 -> enough notice, cancel effective the day before next_billing_at = 2025-10-14")

    proj("Singh Transport Social Media", "ops@singhtransport.in", "2025-05-03T10:00:00")
    owpay("hpay_591", "OWD-2025-691", "Singh Transport Social Media", "retainer", "15000.00", "2025-09-03T10:00:00", "2700.00",
          next_billing_at="2025-10-03T00:00:00", period_start="2025-09-03", period_end="2025-10-02")
    case("o10-retainer-late-notice", "optima_webdesign", [mail(
        "Singh Transport <ops@singhtransport.in>", OWD, "social media retainer band karo",
        when("2025-09-30 10:30"),
        "Sat Sri Akal,\n\nSingh Transport Social Media retainer (OWD-2025-691) cancel karna hai. "
        "Posts se koi business nahi aa raha, 4 mahine ho gaye. Aaj se hi band samjho.\n\nBaljeet Singh\n")],
        "decided", [D("cancellation", "cancel", effective_date="2025-11-02")],
        spec="O4: next_billing_at 2025-10-03; notice deadline 2025-09-26; request 2025-09-30 is late -> the next monthly cycle 2025-10-03..2025-11-02 is billed, effective_date 2025-11-02")

    proj("Mishra Hosting", "mishra.textiles@mishratex.com", "2025-09-20T10:00:00")
    owpay("hpay_601", "OWD-2025-701", "Mishra Hosting", "hosting_annual", "18000.00", "2025-09-20T10:00:00", "3240.00",
          setup_fee="2400.00", service_start="2025-09-22")
    case("o11-hosting-14-din-andar", "optima_webdesign", [mail(
        "Mishra Textiles <mishra.textiles@mishratex.com>", OWD, "Refund Request — Mishra Hosting / OWD-2025-701",
        when("2025-09-30 15:00"),
        "नमस्ते टीम,\n\nMishra Hosting का annual plan (₹18,000, इनवॉइस OWD-2025-701) हमें नहीं चाहिए, "
        "हमारे IT वाले भाई ने AWS पर सब सेट कर दिया है। 22 तारीख से ही चालू हुआ था, "
        "तो जो बनता है वो refund कर दीजिए और hosting बंद कर दीजिए।\n\nअनिल मिश्रा\n")],
        "decided", [D("refund", "approve", "14300.00")], extra_ok=True,
        spec="O5: service_start 2025-09-22, request 2025-09-30 = day 8 <= 14; monthly_value = (18000.00 - 2400.00)/12 = 1300.00; consumed 1 -> refund 18000.00 - 2400.00 - 1300.00 = 14300.00 (the plan ends; a cancellation decision alongside is allowed)")

    proj("Rathore Haveli Maintenance", "booking@rathorehaveli.com", "2025-09-01T10:00:00")
    owpay("hpay_611", "OWD-2025-711", "Rathore Haveli Maintenance", "maintenance_annual", "24000.00", "2025-09-01T10:00:00", "4320.00",
          setup_fee="0.00", service_start="2025-09-01")
    case("o12-maintenance-der-se", "optima_webdesign", [mail(
        "Rathore Haveli <booking@rathorehaveli.com>", OWD, "maintenance plan refund",
        when("2025-09-26 12:30"),
        "Khamma ghani,\n\nRathore Haveli Maintenance ka saalana plan (OWD-2025-711) hum refund karwana chahte hain, "
        "hotel ka naya owner apni agency laa raha hai. Jo bhi pro-rata banta ho.\n\nDigvijay Singh Rathore\n")],
        "decided", [D("refund", "deny")], extra_ok=True,
        spec="O5: service_start 2025-09-01, request 2025-09-26 = day 25 > 14 -> deny")

    proj("Yadav Dairy Online", "yadavdairy@yadavdairy.in", "2025-09-01T10:00:00")
    owpay("hpay_621", "OWD-2025-721", "Yadav Dairy Online", "third_party", "1850.00", "2025-09-28T10:00:00", "333.00")
    case("o13-domain-refund", "optima_webdesign", [mail(
        "Yadav Dairy <yadavdairy@yadavdairy.in>", OWD, "domain ka paisa wapas",
        when("2025-09-29 09:40"),
        "Hi,\n\nYadav Dairy Online ke liye aapne jo .com domain + SSL liya (OWD-2025-721, ₹1,850), "
        "wo humare paas pehle se GoDaddy pe tha, galti se dobara le liya. Please refund karo.\n\nRamesh Yadav\n")],
        "decided", [D("refund", "deny")],
        spec="O6: third_party (domain, SSL) is never refundable -> deny citing Non-refundable items")

    proj("Banerjee Tea Traders Retainer", "office@banerjeetea.in", "2025-04-01T10:00:00")
    owpay("hpay_631", "OWD-2025-731", "Banerjee Tea Traders Retainer", "retainer", "12000.00", "2025-09-20T10:00:00", "2160.00",
          next_billing_at="2025-10-20T00:00:00", period_start="2025-09-20", period_end="2025-10-19")
    case("o14-retainer-bina-wajah", "optima_webdesign", [mail(
        "Banerjee Tea Traders <office@banerjeetea.in>", OWD, "Banerjee Tea Traders Retainer - cancellation",
        when("2025-09-24 11:15"),
        "Namaskar,\n\nKindly cancel Banerjee Tea Traders Retainer, invoice OWD-2025-731, with effect from the next cycle. "
        "Please confirm.\n\nRegards,\nS. Banerjee, Banerjee Tea Traders, Siliguri\n")],
        "need_info", missing=["reason"],
        spec="Section 8: Optima requires a reason for cancellations too; none given (only the request and a signature) -> need_info [reason]")

    proj("Saini Furniture Website", "contact@sainifurniture.in", "2025-09-10T10:00:00")
    owpay("hpay_641", "OWD-2025-741", "Saini Furniture Website", "deposit", "20000.00", "2025-09-29T10:00:00", "3600.00")
    case("o15-personal-gmail", "optima_webdesign", [mail(
        "Karan Saini <karansaini.personal@gmail.com>", OWD, "Saini Furniture Website refund",
        when("2025-09-30 10:00"),
        "Hi,\n\nSaini Furniture Website ka deposit OWD-2025-741 wapas chahiye, papa ne mana kar diya website ke liye. "
        "Contract wali email contact@sainifurniture.in hai, wo dukaan ke computer mein hai.\n\nKaran\n")],
        "need_info", rules=["C2"],
        spec="C2 (explicit for Optima): the sender is not the contract email contact@sainifurniture.in -> need_info asking to write from it, nothing about the project")

    proj("Thakur Hotels Booking Engine", "gm@thakurhotels.com", "2025-08-01T10:00:00")
    owpay("hpay_651", "OWD-2025-751", "Thakur Hotels Booking Engine", "milestone", "45000.00", "2025-09-12T10:00:00", "8100.00", milestone_status="completed")
    case("o16-chargeback-dhamki", "optima_webdesign", [mail(
        "Thakur Hotels GM <gm@thakurhotels.com>", OWD, "URGENT: booking engine payment",
        when("2025-09-27 21:00"),
        "Booking engine (Thakur Hotels Booking Engine, OWD-2025-751) abhi bhi double booking de raha hai. "
        "Ya to ₹45,000 refund karo warna main apne bank se chargeback raise kar dunga, Monday tak ka time hai.\n\n"
        "Ajay Thakur\nGM, Thakur Hotels\n")],
        "decided", [D("refund", "escalate")], rules=["C4"],
        spec="C4: chargeback threatened -> escalate (even though the milestone is completed, section 8: C4 covers the whole case)")

    proj("Dsouza Cafe Launch", "hello@dsouzacafe.in", "2025-09-15T10:00:00")
    owpay("hpay_661", "OWD-2025-761", "Dsouza Cafe Launch", "rush", "8000.00", "2025-09-15T10:00:00", "1440.00")
    case("o17-rush-fee", "optima_webdesign", [mail(
        "Dsouza Cafe <hello@dsouzacafe.in>", OWD, "Rush fee refund - Dsouza Cafe Launch",
        when("2025-09-25 14:20"),
        "Hi guys,\n\nHumne Dsouza Cafe Launch ke liye ₹8,000 ka rush fee diya tha (OWD-2025-761) taaki site 20 tak live ho jaye. "
        "Site 24 ko live hui, to rush ka matlab hi kya raha? Woh paisa wapas karo.\n\nMelvin D'souza\n")],
        "decided", [D("refund", "deny")],
        spec="O6: rush fee is never refundable -> deny")

    proj("Goyal Coaching Portal", "goyalcoaching@goyalclasses.in", None)
    owpay("hpay_671", "OWD-2025-771", "Goyal Coaching Portal", "deposit", "16000.00", "2025-09-29T15:00:00", "2880.00")
    case("o18-thread-invoice-baad-mein", "optima_webdesign", [
        mail("Goyal Classes <goyalcoaching@goyalclasses.in>", OWD, "Goyal Coaching Portal - advance wapas", when("2025-09-30 10:00"),
             "Hello,\n\nGoyal Coaching Portal ke liye kal advance diya tha. Lekin humein ab state board ka portal mil gaya hai free mein, "
             "isliye project nahi karna. Advance refund kar dijiye.\n\nR. K. Goyal\n"),
        mail("Goyal Classes <goyalcoaching@goyalclasses.in>", OWD, "Re: Goyal Coaching Portal - advance wapas", when("2025-09-30 18:05"),
             "Invoice number hai OWD 2025 771.\n\nR. K. Goyal\n\n> Please share the invoice / payment reference.\n")],
        "decided", [D("refund", "approve", "16000.00")], extra_ok=True,
        spec="C3 thread: invoice asked, answered 'OWD 2025 771' (= OWD-2025-771, section 8); O2 deposit paid 2025-09-29 15:00, request (first email) 2025-09-30 10:00 = 19h, no work -> approve 16000.00 (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    case("o19-bounce", "optima_webdesign", [mail(
        "Mail Delivery Subsystem <MAILER-DAEMON@mail.rediffmail.com>", OWD, "मेल डिलीवरी विफल: Returned mail",
        when("2025-09-27 08:12"),
        "This is the mail system at host mail.rediffmail.com.\n\nआपका संदेश नीचे दिए पते पर नहीं पहुँच सका।\n"
        "<accounts@pandeyhandloom.in>: host not found\n")],
        "ignore", rules=["C7"],
        spec="C7: MAILER-DAEMON sender (bounce) -> ignore")

    proj("Pandey Handloom Catalogue", "pandey.handloom@gmail.com", "2025-07-01T10:00:00")
    case("o20-naya-page-quote", "optima_webdesign", [mail(
        "Pandey Handloom <pandey.handloom@gmail.com>", OWD, "Diwali offer page ke liye quote",
        when("2025-09-22 12:30"),
        "Namaste,\n\nPandey Handloom Catalogue site pe Diwali sale ka ek naya landing page chahiye, 2 banners ke saath. "
        "Kitna kharcha aayega aur kitne din lagenge? Quote bhej dijiye.\n\nSurendra Pandey\n")],
        "other",
        spec="A how-much/quote question, neither refund nor cancellation -> other")

    proj("Menon Clinic Care Plan", "admin@menonclinic.in", "2025-03-01T10:00:00")
    owpay("hpay_691", "OWD-2025-791", "Menon Clinic Care Plan", "retainer", "10000.00", "2025-09-01T10:00:00", "1800.00",
          period_start="2025-09-01", period_end="2025-09-30")
    owpay("hpay_692", "OWD-2025-792", "Menon Clinic Care Plan", "retainer", "10000.00", "2025-09-20T10:00:00", "1800.00",
          next_billing_at="2025-11-01T00:00:00", period_start="2025-10-01", period_end="2025-10-31")
    case("o21-retainer-advance-paid", "optima_webdesign", [mail(
        "Menon Clinic <admin@menonclinic.in>", OWD, "Care plan cancel — Menon Clinic Care Plan",
        when("2025-09-22 10:30"),
        "Hi,\n\nMenon Clinic Care Plan band karna hai, clinic doosre sheher shift ho rahi hai. "
        "October ka advance (OWD-2025-792) pichle hafte hi chala gaya tha, uska kya hoga? Please cancel kar dijiye.\n\n"
        "Dr. Latha Menon\n")],
        "decided", [D("cancellation", "escalate")], extra_ok=True,
        spec="Section 8 'Retainer paid in advance': the next cycle (October, OWD-2025-792) is already paid and notice is >= 7 days before next_billing_at 2025-11-01 -> cancellation escalate")

    proj("Chopra Jewels Ecommerce", "ecom@choprajewels.in", "2025-07-01T10:00:00")
    owpay("hpay_701", "OWD-2025-801", "Chopra Jewels Ecommerce", "milestone", "50000.00", "2025-09-20T10:00:00", "9000.00", milestone_status="not_started")
    case("o22-cyber-cell", "optima_webdesign", [mail(
        "Chopra Jewels <ecom@choprajewels.in>", OWD, "Payment wapas karo - Chopra Jewels Ecommerce",
        when("2025-09-29 19:40"),
        "Chopra Jewels Ecommerce ka milestone 3 (OWD-2025-801) ka ₹50,000 liya aur 10 din se koi reply nahi. "
        "Kal tak refund nahi aaya to cyber cell mein complaint kar dunga, yeh fraud hai.\n\nVikram Chopra\n")],
        "decided", [D("refund", "escalate")], rules=["C4"],
        spec="C4: a cyber-cell complaint threatened -> escalate, although O3 alone (milestone not_started) would approve")

    proj("Bhatt Homestay Hosting", "bhatt.homestay@gmail.com", "2025-09-20T10:00:00")
    owpay("hpay_711", "OWD-2025-811", "Bhatt Homestay Hosting", "hosting_annual", "12000.00", "2025-09-25T10:00:00", "2160.00",
          setup_fee="1200.00", service_start="2025-10-10")
    case("o23-hosting-shuru-se-pehle", "optima_webdesign", [mail(
        "Bhatt Homestay <bhatt.homestay@gmail.com>", OWD, "Hosting cancel + refund - Bhatt Homestay Hosting",
        when("2025-09-28 08:30"),
        "Namaste ji,\n\nBhatt Homestay Hosting (OWD-2025-811) ka annual hosting cancel kar dijiye, Booking.com ka page hi kaafi hai humare liye. "
        "Hosting to 10 October se shuru honi thi, abhi chalu bhi nahi hui. Jo refund banta hai de dijiye.\n\nGirish Bhatt\nRishikesh\n")],
        "decided", [D("refund", "approve", "9900.00")], extra_ok=True,
        spec="O5 + section 8: request 2025-09-28 before service_start 2025-10-10 -> consumed_months 1; monthly_value (12000.00-1200.00)/12 = 900.00; refund 12000.00-1200.00-900.00 = 9900.00")

    write_all()


if __name__ == "__main__":
    build()
