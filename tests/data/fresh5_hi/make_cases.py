"""Generator for fresh held-out round 5 (hi). Stdlib only; deterministic.
Written by a QA pass from POLICY_SPEC.md alone (sections 1-8). MIT licence."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy as _policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LANG = "hi"
PFX = "f5hi"

customers, projects, payments, cases = [], [], [], []
_files = {}


def cust(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                      "status": status, "trial_ends": trial_ends,
                      "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                     "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                     "status": status})


def proj(name, email, work_started_at=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": work_started_at})


def owdpay(pid, inv, project, kind, amount, paid_at, tax="0.00", status="paid", setup_fee=None,
           service_start=None, next_billing_at=None, ps=None, pe=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                     "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                     "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


def mail(name, frm, to, subject, when, body, html=None, headers=None, reply_to=None):
    """when: (y, m, d, H, M) in IST. reply_to: name of an earlier mail this one answers."""
    m = EmailMessage(policy=_policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(*when, tzinfo=IST))
    mid = "<%s.%s@mail.example>" % (PFX, name)
    m["Message-ID"] = mid
    if reply_to:
        prev = _files[reply_to]
        m["In-Reply-To"] = prev
        m["References"] = prev
    for k, v in (headers or {}).items():
        m[k] = v
    if body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    _files[name] = mid
    path = os.path.join(HERE, "emails", name + ".eml")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = m.as_bytes()
    # deterministic MIME boundaries
    import re
    bounds = sorted(set(re.findall(rb'boundary="([^"]+)"', data)))
    for i, b in enumerate(bounds):
        data = data.replace(b, ("==%s_%s_%d==" % (PFX, name, i)).encode())
    with open(path, "wb") as f:
        f.write(data)
    return "emails/%s.eml" % name


def case(cid, files, brand, status, decisions=(), rules=(), spec="", missing=None,
         extra_ok=None, ambiguous=None, title=""):
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": list(files), "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_title"] = title
    cases.append(c)


def R(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    return d


def X(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


def finish():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": customers, "projects": projects, "payments": payments}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    titles = [(c["id"], c.pop("_title")) for c in cases]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case id"
    invs = [p["invoice"] for p in payments if p.get("invoice")]
    assert len(invs) == len(set(invs)), "duplicate invoice"
    pids = [p["id"] for p in payments]
    assert len(pids) == len(set(pids)), "duplicate payment id"
    for cid, t in titles:
        print("- `%s`: %s" % (cid, t))
    print(len(cases), "cases")


# ---------------------------------------------------------------- LeadsOptima
T = LO_TO

cust("rohit.khanna84@gmail.com", "Rohit Khanna", "monthly", "2025-09-20", "2025-10-19")
lopay("h_p101", "LO-INV-51101", "rohit.khanna84@gmail.com", "monthly", "1299.00", "2025-09-20T10:02:00", "2025-09-20", "2025-10-19")
lopay("h_p102", "LO-INV-51102", "rohit.khanna84@gmail.com", "monthly", "1299.00", "2025-09-20T10:04:00", "2025-09-20", "2025-10-19")
f = mail("h01", "Rohit Khanna <rohit.khanna84@gmail.com>", T, "paise do baar kat gaye", (2025, 9, 24, 11, 15),
         "Hello team,\n\nmera monthly plan ka payment do baar kat gaya hai 20 sept ko, Rs 1299 + Rs 1299. "
         "Bank statement me dono entries dikh rahi hai. Dusra wala invoice LO-INV-51102 hai, uska refund kar do pls.\n\n"
         "Thanks\nRohit\n\nSent from my iPhone")
case("l01-do-baar-inside", [f], "leadsoptima", "decided", [R("approve", "1299.00")],
     spec="L2 duplicate_payment ('do baar kat gaya'); two paid 1299.00 charges 2025-09-20, same period; request 2025-09-24 = day 4 <= 7 (L3); L4 approve the duplicate's amount 1299.00",
     title="Hinglish, monthly charged twice, day 4, approve 1299.00")

cust("sunita.verma@vermatextiles.in", "Sunita Verma", "quarterly", "2025-09-10", "2025-12-09")
lopay("h_p111", "LO-INV-51111", "sunita.verma@vermatextiles.in", "quarterly", "3597.00", "2025-09-10T09:00:00", "2025-09-10", "2025-12-09")
lopay("h_p112", "LO-INV-51112", "sunita.verma@vermatextiles.in", "quarterly", "3597.00", "2025-09-10T09:01:00", "2025-09-10", "2025-12-09")
f = mail("h02", "Sunita Verma <sunita.verma@vermatextiles.in>", T, "दो बार भुगतान - रिफंड चाहिए", (2025, 9, 18, 16, 40),
         "नमस्ते,\n\nहमारे क्वार्टरली प्लान का पैसा 10 सितम्बर को दो बार कट गया है (₹3,597 दो बार)। "
         "कृपया दूसरे चार्ज LO-INV-51112 का पैसा वापस करें।\n\nधन्यवाद,\nसुनीता वर्मा\nवर्मा टेक्सटाइल्स, सूरत")
case("l02-do-baar-day8", [f], "leadsoptima", "decided", [R("deny")],
     spec="L2 duplicate_payment ('दो बार'); charges 2025-09-10 (day 0), request 2025-09-18 = day 8 > 7: L3 deny",
     title="Devanagari, quarterly charged twice, day 8, deny (L3)")

cust("imran.sheikh@sheikhtours.com", "Imran Sheikh", "annual", "2025-09-15", "2026-09-14")
lopay("h_p121", "LO-INV-51121", "imran.sheikh@sheikhtours.com", "annual", "12990.00", "2025-09-15T23:30:00", "2025-09-15", "2026-09-14")
lopay("h_p122", "LO-INV-51122", "imran.sheikh@sheikhtours.com", "annual", "12990.00", "2025-09-15T23:41:00", "2025-09-15", "2026-09-14")
f = mail("h03", "Imran Sheikh <imran.sheikh@sheikhtours.com>", T, "Annual plan - double charge",
         (2025, 9, 22, 21, 5),
         "Assalamualaikum / Namaste,\n\nannual plan renew karte waqt card se ₹12,990 do baar deduct ho gaye (15/09 raat ko). "
         "Ek hi plan hai, ek hi period. Second invoice no. lo-inv-51122. Please double charge wala amount return karein.\n\n"
         "Regards,\nImran Sheikh\nSheikh Tours & Travels, Lucknow")
case("l03-double-day7", [f], "leadsoptima", "decided", [R("approve", "12990.00")],
     spec="L2 duplicate_payment ('double charge'); charges 2025-09-15 23:30/23:41 IST (day 0), request 2025-09-22 21:05 IST = day 7, inside (L3 'day 7 is inside'); L4 approve 12990.00; invoice matched case-insensitively (section 8)",
     title="Hinglish, annual charged twice late at night, request on day 7, approve 12990.00")

cust("pooja.iyer.blr@gmail.com", "Pooja Iyer", "monthly", "2025-09-26", "2025-10-25")
lopay("h_p131", "LO-INV-51131", "pooja.iyer.blr@gmail.com", "annual", "12990.00", "2025-09-26T08:15:00", "2025-09-26", "2026-09-25")
f = mail("h04", "Pooja Iyer <pooja.iyer.blr@gmail.com>", T, "galat plan ka charge", (2025, 9, 27, 10, 30),
         "Hi,\n\nMaine monthly plan hi rakha tha but kal mujhse annual ka 12,990 le liya gaya. Ye galat plan charge hua hai. "
         "Invoice LO-INV-51131. Please isko theek karke refund kijiye.\n\nPooja")
case("l04-galat-plan", [f], "leadsoptima", "decided", [R("escalate")],
     spec="L2 billing_error ('galat plan charge'/'charged for the wrong plan'); charge 2025-09-26, request day 1 (L3); L5 escalate, no amount (section 8)",
     title="Hinglish, charged annual instead of monthly, escalate (L5)")

cust("vikas.jain@jainmetals.co.in", "Vikas Jain", "monthly", "2025-09-23", "2025-10-22")
lopay("h_p141", "LO-INV-51141", "vikas.jain@jainmetals.co.in", "monthly", "1299.00", "2025-09-23T12:00:00", "2025-09-23", "2025-10-22")
f = mail("h05", "Vikas Jain <vikas.jain@jainmetals.co.in>", T, "login nahi ho raha 4 din se", (2025, 9, 27, 18, 20),
         "Sir,\n\n23 ko payment kiya tha (inv LO INV 51141) uske baad se dashboard open nahi ho raha, login nahi ho raha. "
         "Aapki chat pe 2 baar bola, koi solution nahi mila. Paise wapas kar do.\n\nVikas Jain\n98290xxxxx")
case("l05-login-nahi", [f], "leadsoptima", "decided", [R("escalate")],
     spec="L2 access_failure ('login nahi ho raha'); charge 2025-09-23, request 2025-09-27 = day 4 (L3); L6 escalate; 'LO INV 51141' matches LO-INV-51141 (section 8)",
     title="Hinglish, cannot log in since payment, escalate (L6)")

cust("meenakshi.rao@raoclinic.in", "Meenakshi Rao", "monthly", "2025-09-25", "2025-10-24")
lopay("h_p151", "LO-INV-51151", "meenakshi.rao@raoclinic.in", "monthly", "1299.00", "2025-09-25T09:30:00", "2025-09-25", "2025-10-24")
f = mail("h06", "Dr. Meenakshi Rao <meenakshi.rao@raoclinic.in>", T, "refund for this month", (2025, 9, 28, 13, 0),
         "Namaskar,\n\nHumne clinic ke liye liya tha but staff use hi nahi kar raha, ab zarurat nahi lag rahi. "
         "Is mahine ka 1299 (LO-INV-51151) wapas kar dijiye please.\n\nDr. Meenakshi Rao")
case("l06-zarurat-nahi", [f], "leadsoptima", "decided", [R("deny")],
     spec="Reason 'staff not using it / no longer needed' is none of the L2 exceptions: L1 deny (reply offers cancellation); day 3 so L3 not the cause",
     title="Hinglish, not using it, refund deny (L1)")

cust("arjun.mehta@mehtaconsult.in", "Arjun Mehta", "quarterly", "2025-08-05", "2025-11-04")
lopay("h_p161", "LO-INV-51161", "arjun.mehta@mehtaconsult.in", "quarterly", "3597.00", "2025-08-05T11:00:00", "2025-08-05", "2025-11-04")
f = mail("h07", "Arjun Mehta <arjun.mehta@mehtaconsult.in>", T, "Subscription cancel karna hai", (2025, 9, 29, 9, 45),
         "Hi team,\n\nmera quarterly subscription cancel kar dijiye. Refund nahi chahiye, bas aage se auto renew nahi hona chahiye.\n\n"
         "Thanks & regards,\nArjun Mehta\nMehta Consulting")
case("l07-cancel-refund-nahi", [f], "leadsoptima", "decided", [X("cancel", "2025-11-04")],
     spec="Negation 'Refund nahi chahiye' adds no refund intent (section 8); L8 cancel, effective current_period_end 2025-11-04; reason not needed for a cancellation (section 3)",
     title="Hinglish, cancel only, 'refund nahi chahiye', cancel to 2025-11-04 (L8)")

cust("neha.agarwal22@yahoo.co.in", "Neha Agarwal", "monthly", None, None, status="trial", trial_ends="2025-10-05")
f = mail("h08", "Neha Agarwal <neha.agarwal22@yahoo.co.in>", T, "trial - refund?", (2025, 9, 28, 20, 10),
         "Hello,\n\nMaine free trial start kiya tha, mujhe lag raha hai card se paise cut gaye honge. Tool mere kaam ka nahi hai, "
         "mera jo bhi paisa laga ho wo refund kar do aur account band kar do.\n\nNeha")
case("l08-trial", [f], "leadsoptima", "decided", [R("deny"), X("cancel")],
     spec="Account status trial, no charges in the ledger: L7 deny (nothing to refund; no billing unless they subscribe); the cancellation part is acknowledged (L8)",
     extra_ok=None,
     ambiguous="A trial refund has no invoice to ask for; L7 is read as deciding without one. The cancellation of a trial has no billing cycle, so no effective_date is asserted.",
     title="Hinglish, free-trial user asks refund + close, refund deny (L7)")

cust("karan.malhotra@kmdigital.in", "Karan Malhotra", "monthly", "2025-09-21", "2025-10-20")
lopay("h_p181", "LO-INV-51181", "karan.malhotra@kmdigital.in", "monthly", "1299.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
lopay("h_p182", "LO-INV-51182", "karan.malhotra@kmdigital.in", "monthly", "1299.00", "2025-09-21T10:00:30", "2025-09-21", "2025-10-20")
f = mail("h09", "Karan Malhotra <karan.malhotra@kmdigital.in>", T, "payment 2 baar hua", (2025, 9, 23, 12, 0),
         "Hi, 21 tarikh ko payment 2 baar hua hai mere account pe. Refund chahiye. Invoice number abhi mere paas nahi hai, mail dhundh raha hoon.\n\nKaran")
case("l09-no-invoice", [f], "leadsoptima", "need_info", missing=["invoice_number"],
     spec="Refund needs invoice_number (section 3); plan filled from the verified sender's ledger record (section 1); reason given ('payment 2 baar hua'); C3 asks for invoice_number only",
     ambiguous="Section 1 fills from the ledger the fields it holds for a verified sender ('the plan of their one active subscription, say'), and section 8 ('Which invoice') names the later charge of the pair; the ledger holds exactly one duplicate pair, so a reading that fills invoice_number and approves 1299.00 (L4, day 2) is also open. Asking for it (section 3: 'the charge must be identified') is the reading asserted.",
     title="Hinglish, duplicate payment without invoice, need_info invoice_number (C3)")

cust("deepak.s@shuklaprint.in", "Deepak Shukla", "monthly", "2025-09-25", "2025-10-24")
lopay("h_p191", "LO-INV-51191", "deepak.s@shuklaprint.in", "monthly", "1299.00", "2025-09-25T15:00:00", "2025-09-25", "2025-10-24")
lopay("h_p192", "LO-INV-51192", "deepak.s@shuklaprint.in", "monthly", "1299.00", "2025-09-25T15:02:00", "2025-09-25", "2025-10-24")
f1 = mail("h10a", "Deepak Shukla <deepak.s@shuklaprint.in>", T, "double payment", (2025, 9, 26, 10, 0),
          "Namaste, 25 tarikh ko mera 1299 do baar debit hua hai. Ek wapas kijiye.\nDeepak")
f2 = mail("h10b", "Deepak Shukla <deepak.s@shuklaprint.in>", T, "Re: double payment", (2025, 9, 27, 11, 30),
          "Ji invoice dekh liya, dusra wala hai lo inv51192\n\nDeepak\n\n> On Fri, 26 Sep 2025 LeadsOptima Support wrote:\n> Please share the invoice number.",
          reply_to="h10a")
case("l10-thread-invoice", [f1, f2], "leadsoptima", "decided", [R("approve", "1299.00")],
     spec="Thread (C3): invoice given in the reply 'lo inv51192' = LO-INV-51192 (section 8: case, spaces and hyphens ignored); duplicate pair 2025-09-25, request time = first mail 2025-09-26 = day 1 (L3); L4 approve 1299.00",
     title="Hinglish thread, invoice sent in the reply as 'lo inv51192', approve 1299.00")

cust("anil.kapoor.accounts@kapoorgroup.in", "Anil Kapoor", "annual", "2025-09-12", "2026-09-11")
lopay("h_p201", "LO-INV-51201", "anil.kapoor.accounts@kapoorgroup.in", "annual", "12990.00", "2025-09-12T10:00:00", "2025-09-12", "2026-09-11")
lopay("h_p202", "LO-INV-51202", "anil.kapoor.accounts@kapoorgroup.in", "annual", "12990.00", "2025-09-12T10:03:00", "2025-09-12", "2026-09-11")
f = mail("h11", "Anil Kapoor <anilkapoor1971@gmail.com>", T, "charged twice", (2025, 9, 15, 8, 40),
         "Hello,\n\nHamara registered email anil.kapoor.accounts@kapoorgroup.in hai, wo office me hai isliye gmail se likh raha hoon. "
         "Annual plan ka payment do baar kata hai, LO-INV-51202 ka refund chahiye.\n\nAnil Kapoor")
case("l11-c2-gmail", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Sender anilkapoor1971@gmail.com is not the registered email stated (anil.kapoor.accounts@...): C2 need_info, ask to write from the address on record, no account details",
     title="Hinglish, writes from personal gmail naming office registered email, C2")

cust("ravi.pandey@pandeyhomes.in", "Ravi Pandey", "monthly", "2025-09-24", "2025-10-23")
lopay("h_p211", "LO-INV-51211", "ravi.pandey@pandeyhomes.in", "monthly", "1299.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f = mail("h12", "Ravi Pandey <ravi.pandey@pandeyhomes.in>", T, "शिकायत - पैसा वापस नहीं किया तो", (2025, 9, 26, 17, 0),
         "महोदय,\n\n24 तारीख को ₹1,299 कटे (LO-INV-51211), पर सॉफ्टवेयर चल ही नहीं रहा, लॉगिन नहीं हो रहा। "
         "दो दिन में पैसा वापस नहीं हुआ तो मैं उपभोक्ता फोरम में शिकायत करूँगा और वकील से नोटिस भिजवाऊँगा।\n\nरवि पाण्डेय")
case("l12-upbhokta-forum", [f], "leadsoptima", "decided", [R("escalate")], rules=["C4"],
     spec="C4: 'उपभोक्ता फोरम' (consumer forum) and 'वकील से नोटिस' (lawyer's notice) -> escalate the whole case (section 8)",
     title="Devanagari, consumer forum + lawyer threat, escalate (C4)")

f = mail("h13", "Sanjay Gupta <sanjay.gupta@guptaelectricals.in>", T, "स्वचालित उत्तर: Re: आपका इनवॉइस", (2025, 9, 29, 9, 0),
         "नमस्ते,\nमैं 6 अक्टूबर तक छुट्टी पर हूँ। ज़रूरी काम के लिए 98xxxxxx01 पर कॉल करें।\nधन्यवाद\nसंजय गुप्ता",
         headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
case("l13-auto-reply", [f], "leadsoptima", "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied -> ignore",
     title="Devanagari out-of-office auto-reply, ignore (C7)")

cust("farah.khan@khanbakes.in", "Farah Khan", "monthly", "2025-09-18", "2025-10-17")
lopay("h_p231", "LO-INV-51231", "farah.khan@khanbakes.in", "monthly", "1299.00", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
f = mail("h14", "Farah Khan <farah.khan@khanbakes.in>", T, "invoice pe GST number kaise daalein", (2025, 9, 27, 15, 0),
         "Hi,\n\nInvoice pe hamara GSTIN nahi aa raha. Billing settings me GST number kahan update karna hai? "
         "Purane invoice bhi update ho jayenge kya?\n\nFarah, Khan Bakes")
case("l14-gst-howto", [f], "leadsoptima", "other",
     spec="How-to question about GSTIN on invoices: neither refund nor cancellation -> other (section 1)",
     title="Hinglish how-to (GST number on invoice), other")

f = mail("h15", "Tarun Bhatia <tarun.bhatia.pune@gmail.com>", T, "annual plan lene se pehle ek sawal", (2025, 9, 25, 19, 0),
         "Hello,\n\nMain annual plan lene ka soch raha hoon. Agar ek mahine baad pasand nahi aaya to kya refund milega? "
         "Ya sirf monthly se start karun?\n\nTarun")
case("l15-agar-refund", [f], "leadsoptima", "other",
     spec="Hypothetical before buying ('agar pasand nahi aaya to kya refund milega?') is a policy question, no request: other (section 8)",
     title="Hinglish hypothetical before buying, other")

cust("gurpreet.singh@singhmotors.in", "Gurpreet Singh", "monthly", "2025-09-25", "2025-10-24", status="cancelled")
lopay("h_p251", "LO-INV-51251", "gurpreet.singh@singhmotors.in", "monthly", "1299.00", "2025-09-25T06:00:00", "2025-09-25", "2025-10-24")
f = mail("h16", "Gurpreet Singh <gurpreet.singh@singhmotors.in>", T, "cancel ke baad bhi charge", (2025, 9, 27, 12, 10),
         "Sat Sri Akal ji,\n\nMaine 12 tarikh ko hi plan cancel kar diya tha, screenshot bhi hai. Fir bhi 25 ko 1299 kat gaye "
         "(invoice LO-INV-51251). Ye to cancel ke baad charge hua hai, paise wapas karo.\n\nGurpreet Singh")
case("l16-cancel-ke-baad", [f], "leadsoptima", "decided", [R("escalate")],
     spec="Past event: 'cancelled on the 12th, charged on the 25th' = L2 billing_error ('charged after I cancelled'); day 2 (L3); L5 escalate. No new cancellation is asked",
     title="Hinglish, charged after cancelling, escalate (L5)")

cust("lata.deshpande@deshpandeca.in", "Lata Deshpande", "monthly", "2025-09-22", "2025-10-21")
lopay("h_p261", "LO-INV-51261", "lata.deshpande@deshpandeca.in", "monthly", "1299.00", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
f = mail("h17", "Lata Deshpande <lata.deshpande@deshpandeca.in>", T, "Fwd: Transaction alert", (2025, 9, 24, 10, 5),
         "pls check and refund\n\n---------- Forwarded message ---------\nFrom: HDFC Bank InstaAlerts <alerts@hdfcbank.net>\n"
         "Date: Mon, 22 Sep 2025 at 10:01\nSubject: Transaction alert\nTo: <lata.deshpande@deshpandeca.in>\n\n"
         "Dear Customer, Rs.1299.00 has been debited from account **4521 to LEADSOPTIMA on 22-09-25. Ref LO-INV-51261.\n\n"
         "--\nLata Deshpande | Deshpande & Co., Chartered Accountants | Pune")
case("l17-fwd-pls-check", [f], "leadsoptima", "need_info", missing=["reason"],
     spec="Forward of a bank alert with only 'pls check and refund': a forwarding note and restating the request are not a reason (section 8); invoice given, plan from ledger; C3 asks for reason",
     title="Gmail forward of bank SMS, 'pls check and refund' only, need_info reason")

cust("sameer.qureshi@qureshiexports.com", "Sameer Qureshi", "quarterly")
lopay("h_p271", "LO-INV-51271", "sameer.qureshi@qureshiexports.com", "quarterly", "3597.00", "2025-08-14T12:00:00", None, None)
f = mail("h18", "Sameer Qureshi <sameer.qureshi@qureshiexports.com>", T, "plan band karna hai", (2025, 9, 30, 11, 0),
         "Hello,\nhumara business model change ho gaya hai, isliye quarterly plan band kar dijiye. Next renewal pe charge na ho.\n\nSameer")
case("l18-cancel-fallback", [f], "leadsoptima", "decided", [X("cancel", "2025-11-13")],
     spec="L8 with no current_period_end: last charge 2025-08-14 + 3 months (quarterly) - 1 day = 2025-11-13",
     title="Hinglish quarterly cancel, no period in ledger, fallback 2025-11-13 (L8)")

cust("priya.nair@nairdesigns.in", "Priya Nair", "monthly", "2025-09-15", "2025-10-14")
lopay("h_p281", "LO-INV-51281", "priya.nair@nairdesigns.in", "monthly", "1299.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
f = mail("h19", "Priya Nair <priya.nair@nairdesigns.in>", T, "cancel + bache hue din ka refund", (2025, 9, 26, 14, 0),
         "Hi,\n\nPlan cancel kar do aur jo din bache hain (26 sept se 14 oct) unka refund bhi de do. Invoice LO-INV-51281. "
         "Ab hum dusra tool use kar rahe hain.\n\nPriya")
case("l19-cancel-unused-days", [f], "leadsoptima", "decided", [R("deny"), X("cancel", "2025-10-14")],
     spec="Refund for unused days / moved to another tool: L1 deny ('no partial refunds for unused days'); cancellation L8 effective current_period_end 2025-10-14",
     title="Hinglish, cancel + refund of unused days, refund deny (L1) + cancel 2025-10-14")

cust("harish.chandra@chandralogistics.in", "Harish Chandra", "monthly", "2025-09-01", "2025-09-30")
lopay("h_p291", "LO-INV-51291", "harish.chandra@chandralogistics.in", "monthly", "1299.00", "2025-09-01T10:00:00", "2025-09-01", "2025-09-30")
f = mail("h20", "Harish Chandra <harish.chandra@chandralogistics.in>", T, "प्लेटफॉर्म नहीं खुल रहा", (2025, 9, 12, 16, 0), None,
         html="<html><body><div dir=\"ltr\"><p>नमस्ते,</p><p>1 सितम्बर से आपका <b>dashboard not loading</b> है, कुछ भी नहीं खुल रहा। "
         "इनवॉइस LO-INV-51291 का पूरा पैसा वापस चाहिए।</p><p>हरीश चन्द्र<br>चन्द्रा लॉजिस्टिक्स</p></div></body></html>")
case("l20-html-access-day11", [f], "leadsoptima", "decided", [R("deny")],
     spec="L2 access_failure ('dashboard not loading'), but charge 2025-09-01 and request 2025-09-12 = day 11 > 7: L3 deny",
     title="HTML-only Devanagari, access failure after 11 days, deny (L3)")

# ---------------------------------------------------------------- Optima WebDesign
O = OWD_TO

proj("Saffron Kitchen Website", "owner@saffronkitchen.in")
owdpay("h_o301", "OWD-2025-501", "Saffron Kitchen Website", "deposit", "25000.00", "2025-09-22T11:00:00", tax="4500.00")
f = mail("h21", "Kavita Reddy <owner@saffronkitchen.in>", O, "Refund Request — Saffron Kitchen Website / OWD-2025-501", (2025, 9, 24, 9, 30),
         "Namaste Optima team,\n\nHumne 22 ko booking deposit Rs. 25,000/- + GST diya tha Saffron Kitchen Website ke liye. "
         "Partner ke saath baat hui, abhi restaurant shift ho raha hai to website abhi nahi banwani. Deposit wapas kar dijiye. "
         "Invoice OWD-2025-501.\n\nKavita Reddy")
case("o01-deposit-46h", [f], "optima_webdesign", "decided", [R("approve", "25000.00")],
     spec="O2 deposit paid 2025-09-22 11:00, request 2025-09-24 09:30 = 46.5 h < 72 h, no work started: approve 25000.00 (before tax; 4500.00 GST kept, C6)",
     title="Hinglish, deposit refund after 46.5 h, no work, approve 25000.00 (O2)")

proj("Shubh Jewellers Catalogue", "accounts@shubhjewellers.in")
owdpay("h_o311", "OWD-2025-511", "Shubh Jewellers Catalogue", "deposit", "30000.00", "2025-09-15T10:00:00", tax="5400.00")
f = mail("h22", "Shubh Jewellers Accounts <accounts@shubhjewellers.in>", O, "deposit refund - OWD-2025-511", (2025, 9, 18, 10, 0),
         "Dear Sir/Madam,\n\nShubh Jewellers Catalogue project ke liye 15 Sept ko jo ₹30,000 deposit diya tha wo refund karein. "
         "Management ne budget cut kar diya hai.\n\nRegards\nAccounts Dept.\nShubh Jewellers")
case("o02-deposit-exact-72h", [f], "optima_webdesign", "decided", [R("deny")],
     spec="O2: paid 2025-09-15 10:00, request 2025-09-18 10:00 = exactly 72 h, not 'before 72 hours' (section 8): deny",
     title="Hinglish, deposit refund at exactly 72 h, deny (O2)")

proj("Ganga Ayurveda Store", "hello@gangaayurveda.in", "2025-09-23T11:00:00")
owdpay("h_o321", "OWD-2025-521", "Ganga Ayurveda Store", "deposit", "20000.00", "2025-09-22T16:00:00", tax="3600.00")
f = mail("h23", "Ganga Ayurveda <hello@gangaayurveda.in>", O, "deposit wapas", (2025, 9, 24, 12, 0),
         "Hello,\n\nGanga Ayurveda Store ka deposit (OWD-2025-521) wapas chahiye, humne Shopify khud set karne ka socha hai.\n\nTeam Ganga Ayurveda")
case("o03-deposit-work-started", [f], "optima_webdesign", "decided", [R("deny")],
     spec="O2: request 2025-09-24 12:00 is 44 h after payment but after work_started_at 2025-09-23 11:00 ('whichever occurs first'): deny",
     title="Hinglish, deposit within 72 h but work already started, deny (O2)")

proj("Dhanvantri Clinic Branding", "dr.sinha@dhanvantriclinic.in")
owdpay("h_o331", "OWD-2025-531", "Dhanvantri Clinic Branding", "discovery", "15000.00", "2025-09-20T10:00:00", tax="2700.00")
f = mail("h24", "Dr. Alok Sinha <dr.sinha@dhanvantriclinic.in>", O, "discovery session cancel - refund", (2025, 9, 25, 18, 0),
         "नमस्ते,\n\nDhanvantri Clinic Branding के लिए discovery fee ₹15,000 (OWD-2025-531) दी थी। अभी तक कोई session नहीं हुआ है "
         "और हमारा clinic expansion रुक गया है, इसलिए refund कर दीजिए।\n\nडॉ. आलोक सिन्हा")
case("o04-discovery-not-started", [f], "optima_webdesign", "decided", [R("approve", "15000.00")],
     spec="O1 discovery, work_started_at empty: refundable in full, approve 15000.00 (before tax)",
     title="Devanagari/Hinglish, discovery fee, no session yet, approve 15000.00 (O1)")

proj("Patel Agro Portal", "nikhil@patelagro.in", "2025-09-19T10:00:00")
owdpay("h_o341", "OWD-2025-541", "Patel Agro Portal", "discovery", "18000.00", "2025-09-16T10:00:00", tax="3240.00")
f = mail("h25", "Nikhil Patel <nikhil@patelagro.in>", O, "Refund Request — Patel Agro Portal", (2025, 9, 26, 11, 0),
         "Hi,\n\nStrategy session me jo plan diya wo hamare kaam ka nahi tha. Patel Agro Portal ka discovery payment OWD 2025 541 refund karo.\n\nNikhil")
case("o05-discovery-started", [f], "optima_webdesign", "decided", [R("deny")],
     spec="O1: sessions commenced (work_started_at 2025-09-19) before the request: deny; 'OWD 2025 541' matches OWD-2025-541 (section 8)",
     title="Hinglish, discovery after session held, deny (O1)")

proj("Rangoli Events App", "pm@rangolievents.in")
owdpay("h_o351", "OWD-2025-551", "Rangoli Events App", "milestone", "40000.00", "2025-09-05T10:00:00", tax="7200.00", milestone_status="not_started")
f = mail("h26", "Ritu Saxena <pm@rangolievents.in>", O, "Milestone 3 refund", (2025, 9, 27, 15, 0),
         "Hi Optima team,\n\nRangoli Events App ka milestone 3 (payment gateway module) humne advance me pay kiya tha, invoice OWD-2025-551, ₹40,000. "
         "Ab hum Razorpay ki jagah existing vendor use karenge, to ye module nahi chahiye. Ye milestone abhi start bhi nahi hua hai, please refund.\n\nRitu Saxena\nProject Manager")
case("o06-milestone-not-started", [f], "optima_webdesign", "decided", [R("approve", "40000.00")],
     spec="O3 milestone_status not_started: approve the milestone amount 40000.00 (before tax)",
     title="Hinglish, milestone not started, approve 40000.00 (O3)")

proj("Kaveri Realty CRM", "it@kaverirealty.in")
owdpay("h_o361", "OWD-2025-561", "Kaveri Realty CRM", "milestone", "55000.00", "2025-09-01T10:00:00", tax="9900.00", milestone_status="in_progress")
f = mail("h27", "Kaveri Realty IT <it@kaverirealty.in>", O, "CRM milestone - paisa wapas", (2025, 9, 28, 10, 0),
         "Namaskar,\n\nKaveri Realty CRM ka milestone 2 (OWD-2025-561) bahut slow chal raha hai, 4 hafte me aadha bhi nahi hua. "
         "Hum is milestone ko yahin rok rahe hain, jo kaam nahi hua uska refund do.\n\nIT Team, Kaveri Realty")
case("o07-milestone-in-progress", [f], "optima_webdesign", "decided", [R("escalate")],
     spec="O3 milestone_status in_progress: escalate (billable value of work not started needs a person)",
     title="Hinglish, milestone in progress, escalate (O3)")

proj("Bharat Tiles Showroom Site", "marketing@bharattiles.in")
owdpay("h_o371", "OWD-2025-571", "Bharat Tiles Showroom Site", "milestone", "35000.00", "2025-08-20T10:00:00", tax="6300.00", milestone_status="approved")
f = mail("h28", "Bharat Tiles Marketing <marketing@bharattiles.in>", O, "रिफंड अनुरोध — Bharat Tiles Showroom Site", (2025, 9, 26, 12, 0),
         "नमस्ते,\n\nडिज़ाइन milestone (OWD-2025-571) हमने approve तो किया था, पर अब मालिक को डिज़ाइन पसंद नहीं आ रहा। "
         "इस milestone का ₹35,000 वापस कर दीजिए।\n\nमार्केटिंग टीम, भारत टाइल्स")
case("o08-milestone-approved", [f], "optima_webdesign", "decided", [R("deny")],
     spec="O3/O6: milestone_status approved -> deny (approved milestones are non-refundable)",
     title="Devanagari, approved design milestone, deny (O3/O6)")

proj("Mehndi Studio Retainer", "studio@mehndiart.in")
owdpay("h_o381", "OWD-2025-581", "Mehndi Studio Retainer", "retainer", "12000.00", "2025-09-15T10:00:00", tax="2160.00",
       next_billing_at="2025-10-15T10:00:00", ps="2025-09-15", pe="2025-10-14")
f = mail("h29", "Mehndi Art Studio <studio@mehndiart.in>", O, "retainer cancel - Mehndi Studio", (2025, 9, 26, 16, 0),
         "Hi,\n\nMehndi Studio Retainer (last invoice OWD-2025-581) ko cancel karna hai. Shaadi season khatam, ab social media "
         "ka kaam hum khud sambhal lenge. Next month se billing band kar dijiye.\n\nShabnam\nMehndi Art Studio")
case("o09-retainer-notice-ok", [f], "optima_webdesign", "decided", [X("cancel", "2025-10-14")],
     spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-26 <= 2025-10-08 (15 - 7): notice enough, effective day before next billing 2025-10-14",
     title="Hinglish, retainer cancel with 19 days' notice, cancel 2025-10-14 (O4)")

proj("Sharma Sweets Social Media", "sharmasweets.jaipur@gmail.com")
owdpay("h_o391", "OWD-2025-591", "Sharma Sweets Social Media", "retainer", "9000.00", "2025-09-03T10:00:00", tax="1620.00",
       next_billing_at="2025-10-03T10:00:00", ps="2025-09-03", pe="2025-10-02")
f = mail("h30", "Sharma Sweets <sharmasweets.jaipur@gmail.com>", O, "social media retainer band karo", (2025, 9, 29, 13, 0),
         "Namaste ji,\n\nSharma Sweets Social Media wala retainer band kar dijiye, invoice OWD-2025-591. Diwali ke baad "
         "budget nahi hai. Agli billing 3 October ko hai shayad.\n\nRamesh Sharma")
case("o10-retainer-short-notice", [f], "optima_webdesign", "decided", [X("cancel", "2025-11-02")],
     spec="O4: next_billing_at 2025-10-03; request 2025-09-29 > 2025-09-26 (3 - 7): less than 7 days' notice, next cycle (2025-10-03..2025-11-02, monthly like the paid period 09-03..10-02) is billed; effective 2025-11-02",
     title="Hinglish, retainer cancel 4 days before billing, next cycle billed, cancel 2025-11-02 (O4)")

proj("Yatra Homestays Hosting", "bookings@yatrahomestays.in")
owdpay("h_o401", "OWD-2025-601", "Yatra Homestays Hosting", "hosting_annual", "18000.00", "2025-09-20T10:00:00", tax="3240.00",
       setup_fee="2400.00", service_start="2025-09-20")
f = mail("h31", "Yatra Homestays <bookings@yatrahomestays.in>", O, "hosting plan cancel + refund", (2025, 9, 26, 10, 0),
         "Hello,\n\nYatra Homestays Hosting ka annual plan (OWD-2025-601, ₹18,000) 20 sept se start hua. Humne hosting "
         "group company ke server pe shift kar li hai, isliye plan cancel karke pro-rata refund de dijiye.\n\nAditya, Yatra Homestays")
case("o11-hosting-14d", [f], "optima_webdesign", "decided", [R("approve", "14300.00"), X("cancel")],
     spec="O5: service_start 2025-09-20, request 2025-09-26 = day 6 <= 14; monthly_value = (18000 - 2400)/12 = 1300.00; consumed 1; refund = 18000 - 2400 - 1300 = 14300.00; the plan ends (cancellation part)",
     title="Hinglish, hosting annual within 14 days, approve 14300.00 + cancel (O5)")

proj("Lotus School Maintenance", "admin@lotusschool.edu.in")
owdpay("h_o411", "OWD-2025-611", "Lotus School Maintenance", "maintenance_annual", "24000.00", "2025-09-01T10:00:00", tax="4320.00",
       setup_fee="0.00", service_start="2025-09-01")
f = mail("h32", "Lotus School Admin <admin@lotusschool.edu.in>", O, "वार्षिक मेंटेनेंस रद्द करें", (2025, 9, 19, 11, 0),
         "आदरणीय महोदय,\n\nLotus School Maintenance का वार्षिक प्लान (OWD-2025-611) रद्द करके बची राशि लौटा दें। "
         "ट्रस्ट ने इन-हाउस IT स्टाफ रख लिया है।\n\nप्रधानाचार्य कार्यालय\nलोटस स्कूल")
case("o12-maintenance-day18", [f], "optima_webdesign", "decided", [R("deny"), X("cancel")],
     spec="O5: service_start 2025-09-01, request 2025-09-19 = day 18 > 14: refund deny; the cancellation part is acknowledged",
     title="Devanagari, annual maintenance after 18 days, refund deny (O5) + cancel")

proj("Chai Point Franchise Site", "franchise@chaipointindia.in")
owdpay("h_o421", "OWD-2025-621", "Chai Point Franchise Site", "third_party", "1499.00", "2025-09-25T10:00:00", tax="269.82")
f = mail("h33", "Franchise Desk <franchise@chaipointindia.in>", O, "domain refund", (2025, 9, 27, 12, 0),
         "Hi,\n\nChai Point Franchise Site ke liye aapne .in domain renew kiya (OWD-2025-621, Rs 1,499). Humne galti se "
         "purana domain chhod diya hai, naya naam le rahe hain. Ye renewal refund kar dijiye.\n\nFranchise Desk")
case("o13-domain", [f], "optima_webdesign", "decided", [R("deny")],
     spec="O6: kind third_party (domain renewal) is never refundable: deny",
     title="Hinglish, domain renewal refund, deny (O6)")

proj("Zoya Boutique Launch", "zoya@zoyaboutique.in")
owdpay("h_o431", "OWD-2025-631", "Zoya Boutique Launch", "rush", "8000.00", "2025-09-24T10:00:00", tax="1440.00")
f = mail("h34", "Zoya Ahmed <zoya@zoyaboutique.in>", O, "rush fee wapas karo", (2025, 9, 26, 19, 0),
         "Hi,\n\nZoya Boutique Launch ke liye express delivery ka 8000 extra liya (OWD-2025-631) lekin site sirf 1 din pehle hi mili, "
         "2 din late. To ye rush charge refund karo.\n\nZoya")
case("o14-rush", [f], "optima_webdesign", "decided", [R("deny")],
     spec="O6: kind rush (expedited fee) is never refundable: deny",
     title="Hinglish, rush fee refund after late delivery, deny (O6)")

proj("Agarwal Steel ERP Site", "md@agarwalsteel.in")
owdpay("h_o441", "OWD-2025-641", "Agarwal Steel ERP Site", "deposit", "50000.00", "2025-09-25T10:00:00", tax="9000.00")
f = mail("h35", "Rahul Agarwal <rahul.agarwal.personal@gmail.com>", O, "Fwd: Refund Request — Agarwal Steel ERP Site", (2025, 9, 26, 10, 0),
         "pls check and do the needful\n\n---------- Forwarded message ---------\nFrom: Sushil Agarwal <md@agarwalsteel.in>\n"
         "Date: Fri, 26 Sep 2025 at 09:20\nSubject: Refund Request — Agarwal Steel ERP Site\nTo: Rahul Agarwal <rahul.agarwal.personal@gmail.com>\n\n"
         "Rahul, Optima ko bolo deposit OWD-2025-641 wapas kare, board ne ERP project postpone kar diya hai. "
         "Contract md@agarwalsteel.in se hai.\n\nSushil Agarwal, MD")
case("o15-fwd-c2", [f], "optima_webdesign", "need_info", rules=["C2"],
     spec="Forward (section 8): the forwarded request names contract email md@agarwalsteel.in, sender is a personal gmail: C2, ask for the request from the contract address, nothing about the project",
     title="Gmail forward from son's gmail naming MD's contract email, C2")

proj("Shree Ganesh Traders Site", "shreeganeshtraders@rediffmail.com")
owdpay("h_o451", "OWD-2025-651", "Shree Ganesh Traders Site", "milestone", "20000.00", "2025-09-10T10:00:00", tax="3600.00", milestone_status="not_started")
f = mail("h36", "Shree Ganesh Traders <shreeganeshtraders@rediffmail.com>", O, "REFUND NAHI TO CHARGEBACK", (2025, 9, 27, 20, 0),
         "Sir,\n\nShree Ganesh Traders Site ka milestone payment OWD-2025-651 (Rs 20,000) abhi tak kaam start nahi hua, 3 hafte ho gaye. "
         "Refund karo warna bank me chargeback daal dunga.\n\nMukesh")
case("o16-chargeback", [f], "optima_webdesign", "decided", [R("escalate")], rules=["C4"],
     spec="C4: 'chargeback daal dunga' -> escalate the whole case, though O3 alone would approve",
     title="Hinglish, chargeback threat on a not-started milestone, escalate (C4)")

proj("Kumar Dental Website", "drkumar@kumardental.in")
proj("Kumar Dental Google Ads", "drkumar@kumardental.in")
owdpay("h_o461", "OWD-2025-661", "Kumar Dental Website", "deposit", "15000.00", "2025-09-20T10:00:00", tax="2700.00")
owdpay("h_o462", "OWD-2025-662", "Kumar Dental Google Ads", "retainer", "10000.00", "2025-09-20T10:00:00", tax="1800.00",
       next_billing_at="2025-10-20T10:00:00", ps="2025-09-20", pe="2025-10-19")
f = mail("h37", "Dr. Kumar <drkumar@kumardental.in>", O, "refund chahiye", (2025, 9, 28, 9, 0),
         "Hello,\n\nAapke saath jo kaam chal raha hai usme se ek ka refund chahiye, clinic doosre sheher shift ho rahi hai.\n\nDr. Kumar")
case("o17-no-project-no-invoice", [f], "optima_webdesign", "need_info", missing=["project_name", "invoice_number"],
     spec="Contract email verified, reason given (clinic moving); two projects on record so neither project nor invoice can be filled: C3 asks project_name and invoice_number",
     title="Hinglish, refund with no project or invoice (two projects on record), need_info")

proj("Naidu Hardware SEO", "naiduhardware@gmail.com")
owdpay("h_o471", "OWD-2025-671", "Naidu Hardware SEO", "retainer", "7500.00", "2025-09-18T10:00:00", tax="1350.00",
       next_billing_at="2025-10-18T10:00:00", ps="2025-09-18", pe="2025-10-17")
f = mail("h38", "Naidu Hardware <naiduhardware@gmail.com>", O, "SEO retainer cancel", (2025, 9, 25, 11, 0),
         "Hi team,\n\nNaidu Hardware SEO retainer cancel kar dijiye. Invoice OWD-2025-671.\n\nThanks & Regards,\nSrinivas Naidu\nNaidu Hardware, Vijayawada")
case("o18-cancel-no-reason", [f], "optima_webdesign", "need_info", missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8); the signature is not a reason: C3 asks reason",
     title="Hinglish, retainer cancel with no reason (signature only), need_info reason")

proj("Joshi Coaching Portal", "joshicoaching@gmail.com")
owdpay("h_o481", "OWD-2025-681", "Joshi Coaching Portal", "retainer", "6000.00", "2025-09-22T10:00:00", tax="1080.00",
       next_billing_at="2025-10-22T10:00:00", ps="2025-09-22", pe="2025-10-21")
f1 = mail("h39a", "Joshi Coaching <joshicoaching@gmail.com>", O, "portal maintenance retainer band karein", (2025, 9, 27, 10, 0),
          "Namaste,\nJoshi Coaching Portal ka retainer band karna hai, invoice OWD-2025-681.\nDhanyavaad\nMahesh Joshi")
f2 = mail("h39b", "Joshi Coaching <joshicoaching@gmail.com>", O, "Re: portal maintenance retainer band karein", (2025, 9, 28, 12, 0),
          "Reason: hamara coaching centre online se offline ho gaya hai, ab portal ki zarurat nahi.\n\nMahesh Joshi\n\n"
          "> Optima WebDesign ne likha:\n> Please tell us the reason for the cancellation.", reply_to="h39a")
case("o19-thread-reason", [f1, f2], "optima_webdesign", "decided", [X("cancel", "2025-10-21")],
     spec="Thread (C3): reason given in the reply; request time = first mail 2025-09-27 <= 2025-10-15 (22 - 7): notice enough, effective 2025-10-21 (O4/O8)",
     title="Hinglish thread, retainer cancel, reason in reply, cancel 2025-10-21")

f = mail("h40", "Manoj Tiwari <manoj@tiwaricaterers.in>", O, "hosting renewal date?", (2025, 9, 29, 17, 0),
         "Namaste,\n\nHamari website ki hosting kab renew hogi? Aur pichle saal ki invoice ki copy mil sakti hai kya, CA maang raha hai.\n\nManoj Tiwari")
case("o20-renewal-question", [f], "optima_webdesign", "other",
     spec="Question about renewal date and invoice copy: neither refund nor cancellation -> other",
     title="Hinglish question about hosting renewal date, other")

f = mail("h41", "Mail Delivery Subsystem <MAILER-DAEMON@mail.optimawebdesign.com>", O, "Undelivered Mail Returned to Sender", (2025, 9, 29, 8, 0),
         "This is the mail system at host mail.optimawebdesign.com.\n\nI'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients.\n\n<accounts@bansalmart.in>: host mx.bansalmart.in said: 550 5.1.1 mailbox unavailable\n")
case("o21-bounce", [f], "optima_webdesign", "ignore", rules=["C7"],
     spec="C7: MAILER-DAEMON sender (bounce) -> ignore",
     title="Bounce from MAILER-DAEMON, ignore (C7)")

proj("Sai Krupa Hospital Portal", "it.head@saikrupahospital.in")
owdpay("h_o491", "OWD-2025-691", "Sai Krupa Hospital Portal", "setup", "5000.00", "2025-09-24T10:00:00", tax="900.00")
f = mail("h42", "IT Head <it.head@saikrupahospital.in>", O, "FW: setup charge refund", (2025, 9, 26, 15, 0), None,
         html="<html><body><p>Hi Optima,</p><p>Sai Krupa Hospital Portal ka setup/activation charge Rs.5,000/- (OWD-2025-691) "
         "refund kar dijiye, humara server hi activate nahi hua aur hum project band kar rahe hain.</p>"
         "<p>Regards,<br>IT Head</p><hr><p><b>From:</b> Accounts Saikrupa<br><b>Sent:</b> Thursday, September 25, 2025 4:10 PM<br>"
         "<b>To:</b> IT Head<br><b>Subject:</b> setup charge refund</p><p>Sir, Optima ko setup charge ka refund bolna hai.</p></body></html>")
case("o22-setup-html-outlook", [f], "optima_webdesign", "decided", [R("deny")],
     spec="O6: kind setup (setup/activation fee) is never refundable: deny. Outlook forward from the contract address itself; the inner note names no other contract email",
     extra_ok=True,
     title="HTML Outlook FW from the contract address, setup fee refund, deny (O6)")

finish()
