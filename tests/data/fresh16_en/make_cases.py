"""fresh16_en: hard English held-out cases (qa16c). Run: python3 make_cases.py"""
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

L = "en"
W = "support@leadsoptima.com"
B = "billing@optimawebdesign.com"
n = 0


def cid(short):
    global n
    n += 1
    return f"l{n:02d}-{short}", f"{L}-l{n:02d}-{short}"


ledger = {"customers": [], "projects": [], "payments": []}
C, P, Y = ledger["customers"], ledger["projects"], ledger["payments"]

# ---------------- LeadsOptima ----------------
C.append(cust("mike.okafor@zenithlogix.ng", "Mike Okafor", "monthly", start="2025-09-20", end="2025-10-19"))
Y += [lopay("e_p01", "LO-INV-5101", "mike.okafor@zenithlogix.ng", "monthly", *M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19"),
      lopay("e_p02", "LO-INV-5102", "mike.okafor@zenithlogix.ng", "monthly", *M, "2025-09-20T10:02:00", "2025-09-20", "2025-10-19")]
f, c = cid("ng-double-debit-typed-ref")
p, _ = mail(f, "Mike Okafor <Mike.Okafor@ZenithLogix.NG>", W, "debit alert x2 ??", when(2025, 9, 24, 9, 12, "+01:00"),
    "Good morning Sir/Ma,\n\nPlease I got two debit alerts from my GTBank on the same day for your monthly plan, "
    "same amount both times, NGN equivalent of Rs 1,768.82 each (it's showing on my statement as LEADSOPTIMA). "
    "The second one is lo inv 5102. I only subscribed once abeg.\n\nKindly reverse the extra one.\n\nMike\nSent from my Tecno")
case(c, L, [p], LOB, "decided", [R("approve", "1499.00")],
     spec="L2 duplicate + L4: two paid monthly charges 2025-09-20 same period; request 2025-09-24 IST day 4; 'lo inv 5102' matches LO-INV-5102 (sec 8); From compared case-insensitively; amount before tax 1499.00, not the 1,768.82 stated.")

C.append(cust("d.fraser@northshorefitness.ca", "Dana Fraser", "annual", start="2025-09-05", end="2026-09-04"))
Y += [lopay("e_p03", "LO-INV-5110", "d.fraser@northshorefitness.ca", "annual", *A, "2025-09-05T11:00:00", "2025-09-05", "2026-09-04"),
      lopay("e_p04", "LO-INV-5111", "d.fraser@northshorefitness.ca", "annual", *A, "2025-09-05T11:01:00", "2025-09-05", "2026-09-04")]
f, c = cid("ca-evening-is-day8")
p, _ = mail(f, "Dana Fraser <d.fraser@northshorefitness.ca>", W, "Charged twice for annual - LO-INV-5111", when(2025, 9, 12, 22, 0, "-03:00"),
    "Hi there,\n\nJust going through the books tonight and I see we were charged twice for the annual plan on Sept 5. "
    "Invoice LO-INV-5111 is the duplicate. Could you send that one back to the card?\n\nThanks eh,\nDana Fraser\nNorthshore Fitness, Halifax NS")
case(c, L, [p], LOB, "decided", [R("deny")],
     spec="L3: Date 2025-09-12 22:00 -03:00 (Halifax, ADT) is 2025-09-13 06:30 Asia/Kolkata; charge local date 2025-09-05 is day 0, request day 8 > 7: deny although the customer's own date is day 7.")

C.append(cust("jen.kowalski@brightpath.us", "Jen Kowalski", "quarterly", start="2025-09-10", end="2025-12-09"))
Y += [lopay("e_p05", "LO-INV-5120", "jen.kowalski@brightpath.us", "quarterly", *Q, "2025-09-10T23:30:00", "2025-09-10", "2025-12-09"),
      lopay("e_p06", "LO-INV-5121", "jen.kowalski@brightpath.us", "quarterly", *Q, "2025-09-10T23:31:00", "2025-09-10", "2025-12-09")]
f, c = cid("us-day7-late-ist")
p, _ = mail(f, "Jen Kowalski <jen.kowalski@brightpath.us>", W, "Re: your receipt", when(2025, 9, 17, 9, 45, "-06:00"),
    "hey - so our AP person flagged that the quarterly got run TWICE back to back (INV 5121 + 5120). "
    "pretty sure thats a glitch on your end?? can you refund the dupe one, LO-INV-5121. thx\n\n-- \nJen K | Ops | BrightPath | Boise, ID",
    irt="<receipt.LO-INV-5121.20250910@billing.leadsoptima.com>")
case(c, L, [p], LOB, "decided", [R("approve", "3999.00")],
     spec="L3 day 7 inside: charge 2025-09-10 23:31 IST day 0; email 2025-09-17 09:45 -06:00 (Boise, MDT) = 21:15 IST 2025-09-17, day 7; L4 pair same period; 3999.00.")

C.append(cust("raj.malhotra@kavyaexports.in", "Raj Malhotra", "monthly", start="2025-09-15", end="2025-10-14"))
Y += [lopay(f"e_p0{i}", f"LO-INV-513{i-7}", "raj.malhotra@kavyaexports.in", "monthly", *M, t, "2025-09-15", "2025-10-14")
      for i, t in [(7, "2025-09-15T08:00:00"), (8, "2025-09-15T08:00:40"), (9, "2025-09-15T08:01:10")]]
f, c = cid("in-thrice-deducted")
p, _ = mail(f, "Raj Malhotra <raj.malhotra@kavyaexports.in>", W, "Amount deducted thrice - LO-INV-5132", when(2025, 9, 18, 11, 5, "+05:30"),
    "Dear Team,\n\nThis is to bring to your kind notice that an amount of Rs.1499/- plus GST has been deducted THRICE from our "
    "HDFC current account on 15/09 for the monthly plan (LO-INV-5130, 5131 and 5132). Only one deduction is correct. "
    "Request you to revert the excess deductions at the earliest.\n\nThanks & Regards,\nRaj Malhotra\nKavya Exports, Surat")
case(c, L, [p], LOB, "decided", [R("approve", "2998.00")],
     spec="Sec 8 three identical charges: 5131 and 5132 are duplicates, both day 3 inside L3: 2 x 1499.00 = 2998.00.")

C.append(cust("aisha.siddiqui@tarangsoft.pk", "Aisha Siddiqui", "quarterly", start="2025-09-01", end="2025-11-30"))
Y += [lopay("e_p10", "LO-INV-5140", "aisha.siddiqui@tarangsoft.pk", "quarterly", *Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30"),
      lopay("e_p11", "LO-INV-5141", "aisha.siddiqui@tarangsoft.pk", "quarterly", *Q, "2025-09-02T10:00:00", "2025-09-01", "2025-11-30"),
      lopay("e_p12", "LO-INV-5142", "aisha.siddiqui@tarangsoft.pk", "quarterly", *Q, "2025-09-10T10:00:00", "2025-09-01", "2025-11-30")]
f, c = cid("pk-three-charges-one-late")
p, _ = mail(f, "Aisha Siddiqui <aisha.siddiqui@tarangsoft.pk>", W, "quarterly subscription charged 3 times", when(2025, 9, 10, 14, 0, "+05:00"),
    "Assalam o Alaikum,\n\nOur quarterly subscription for the same quarter (Sep-Nov) has now been charged three times: 1st Sept, "
    "2nd Sept and again this morning (LO-INV-5142). I had noticed the second one but was busy, now there is a third one. "
    "Kindly return the extra payments.\n\nJazakAllah,\nAisha Siddiqui\nTarangSoft, Lahore")
case(c, L, [p], LOB, "decided", [R("approve", "3999.00")],
     spec="Sec 8 three charges: 5141 and 5142 are duplicates; request 2025-09-10 14:30 IST: 5141 (2025-09-02) is day 8, outside L3; 5142 is day 0, inside: refund 3999.00 only.")

C.append(cust("siobhan.kelly@kellyflorists.ie", "Siobhan Kelly", "monthly", start="2025-09-22", end="2025-10-21"))
Y += [lopay("e_p13", "LO-INV-5150", "siobhan.kelly@kellyflorists.ie", "monthly", *M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21")]
f, c = cid("ie-claims-double-ledger-single")
p, _ = mail(f, "Siobhan Kelly <siobhan.kelly@kellyflorists.ie>", W, "Double charge?", when(2025, 9, 25, 10, 30, "+01:00"),
    "Hiya,\n\nI think ye've charged me twice this month, the bank app is showing it twice anyway. Invoice LO-INV-5150. "
    "Would ye sort it out and give me back the second one.\n\nGo raibh maith agat,\nSiobhan\nKelly's Florists, Ennis")
case(c, L, [p], LOB, "decided", [R("escalate")],
     spec="L2 duplicate claimed, L4: the ledger holds a single charge (LO-INV-5150), no pair: escalate, no amount.")

C.append(cust("thabo.nkosi@ubuntulogistics.co.za", "Thabo Nkosi", "monthly", status="cancelled", start="2025-08-26", end="2025-09-25"))
Y += [lopay("e_p14", "LO-INV-5160", "thabo.nkosi@ubuntulogistics.co.za", "monthly", *M, "2025-09-26T06:00:00", "2025-09-26", "2025-10-25")]
f, c = cid("za-charged-after-cancelling")
p, _ = mail(f, "Thabo Nkosi <thabo.nkosi@ubuntulogistics.co.za>", W, "Charged after I cancelled!!", when(2025, 9, 27, 8, 15, "+02:00"),
    "Howzit,\n\nI cancelled the plan last month already, I even have the confirmation, and then yesterday there was another debit "
    "on my FNB card. LO-INV-5160. Ag man. Please pay it back.\n\nThabo")
case(c, L, [p], LOB, "decided", [R("escalate")],
     spec="L2 billing_error ('charged after I cancelled'), charge 2025-09-26, request day 1: L5 escalate.")

C.append(cust("maria.santos@islandbytes.ph", "Maria Santos", "monthly", start="2025-09-19", end="2025-10-18"))
Y += [lopay("e_p15", "LO-INV-5170", "maria.santos@islandbytes.ph", "monthly", *M, "2025-09-19T12:00:00", "2025-09-19", "2025-10-18")]
f, c = cid("ph-cant-login-html")
p, _ = mail(f, "Maria Santos <maria.santos@islandbytes.ph>", W, "cannot access po", when(2025, 9, 23, 16, 40, "+08:00"), None,
    html="<div dir='ltr'>Good afternoon po,<br><br>Since Saturday I <b>cannot log in</b> to my account, it just keeps loading then "
         "goes back to the login page. I already cleared cache and tried other browser. Kindly refund my payment for this month "
         "(LO-INV-5170) since I cannot use it.<br><br>Thank you po and God bless,<br>Maria<br></div>")
case(c, L, [p], LOB, "decided", [R("escalate")],
     spec="HTML-only; L2 access_failure inside L3 (charge 2025-09-19, request day 4): L6 escalate.")

C.append(cust("liam.oconnor@sunburntsurf.com.au", "Liam O'Connor", "annual", start="2025-08-28", end="2026-08-27"))
Y += [lopay("e_p16", "LO-INV-5180", "liam.oconnor@sunburntsurf.com.au", "annual", *A, "2025-08-28T07:00:00", "2025-08-28", "2026-08-27")]
f, c = cid("au-no-access-too-late")
p, _ = mail(f, "Liam O'Connor <liam.oconnor@sunburntsurf.com.au>", W, "no access since renewal", when(2025, 9, 10, 9, 0, "+10:00"),
    "G'day,\n\nHaven't been able to get into the dashboard since the annual renewal went through (LO-INV-5180) - "
    "blank white screen every time. Fair dinkum, I want that money back.\n\nLiam")
case(c, L, [p], LOB, "decided", [R("deny")],
     spec="L2 access_failure but L3: charge 2025-08-28, request 2025-09-10 04:30 IST = day 13 > 7: deny citing the 7-day rule.")

C.append(cust("priya.iyer@chennaicrafts.in", "Priya Iyer", "quarterly", start="2025-09-25", end="2025-12-24"))
Y += [lopay("e_p17", "LO-INV-5190", "priya.iyer@chennaicrafts.in", "quarterly", *Q, "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")]
f, c = cid("in-too-costly-not-exception")
p, _ = mail(f, "Priya Iyer <priya.iyer@chennaicrafts.in>", W, "Refund request LO-INV-5190", when(2025, 9, 27, 19, 20, "+05:30"),
    "Hello,\n\nI took the quarterly plan two days back (LO-INV-5190). After discussing with my husband we feel it is too costly "
    "for a small shop like ours, we will manage with WhatsApp only. Please refund the amount. Platform is working fine, no complaints.\n\nPriya")
case(c, L, [p], LOB, "decided", [R("deny")],
     spec="L1: 'too costly' is not an exception reason (explicitly 'platform is working fine'); inside window but deny, cancellation offered in reply.")

C.append(cust("tom.hargreaves@hargreavesjoinery.co.uk", "Tom Hargreaves", "monthly", start="2025-09-14", end="2025-10-13"))
Y += [lopay("e_p18", "LO-INV-5200", "tom.hargreaves@hargreavesjoinery.co.uk", "monthly", *M, "2025-09-14T09:00:00", "2025-09-14", "2025-10-13")]
f, c = cid("uk-close-and-prorata")
p, _ = mail(f, "Tom Hargreaves <tom.hargreaves@hargreavesjoinery.co.uk>", W, "Closing the account", when(2025, 9, 21, 18, 5, "+01:00"),
    "Evening,\n\nWe're winding the joinery down at the end of the month so please close our account, and I'd expect a "
    "pro-rata refund for the weeks we won't be using (invoice LO-INV-5200).\n\nCheers,\nTom Hargreaves")
case(c, L, [p], LOB, "decided", [R("deny"), X("cancel", "2025-10-13")],
     spec="L1 'unused days' not refundable (clause 2): refund deny; L8 cancel, current_period_end 2025-10-13.")

C.append(cust("grace.wambui@nyotaboutique.co.ke", "Grace Wambui", "monthly", status="trial", trial_ends="2025-10-03"))
f, c = cid("ke-trial-refund")
p, _ = mail(f, "Grace Wambui <grace.wambui@nyotaboutique.co.ke>", W, "refund", when(2025, 9, 26, 13, 0, "+03:00"),
    "Hallo, I am on the trial and I have seen it is not for me, the leads are not for Kenya market. Kindly refund my money "
    "I do not want to be billed.\nGrace")
case(c, L, [p], LOB, "decided", [R("deny")], extra_ok=True,
     spec="L7: account status trial, no charges in the ledger: deny, nothing to refund; reply says no billing unless they subscribe. No invoice_number is asked: the interp. behind it is 'the charge must be identified' and a trial has no charge (cf. worked example 3: an L1 deny is decided, not held for an invoice). extra_ok: 'I do not want to be billed' may add a cancellation (cannot approve).")

C.append(cust("kenneth.otieno@savannahagri.co.ke", "Kenneth Otieno", "quarterly", start="2025-08-01", end="2025-10-31"))
Y += [lopay("e_p19", "LO-INV-5210", "kenneth.otieno@savannahagri.co.ke", "quarterly", *Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")]
f, c = cid("ke-terminate-services")
p, _ = mail(f, "Kenneth Otieno <kenneth.otieno@savannahagri.co.ke>", W, "TERMINATION OF SERVICES", when(2025, 9, 15, 10, 0, "+03:00"),
    "Dear Sir/Madam,\n\nRE: TERMINATION OF SERVICES\n\nThe above subject matter refers.\n\nKindly note that Savannah Agri Ltd "
    "wishes to terminate the services with effect from the end of the current quarter.\n\nYours faithfully,\nKenneth Otieno\nFinance Manager")
case(c, L, [p], LOB, "decided", [X("cancel", "2025-10-31")],
     spec="L8: formal 'terminate the services' is a cancellation; quarterly current_period_end 2025-10-31; reason not needed (sec 3).")

C.append(cust("hassan.raza@indusmart.pk", "Hassan Raza", "monthly"))
Y += [lopay("e_p20", "LO-INV-5220", "hassan.raza@indusmart.pk", "monthly", *M, "2025-08-31T20:00:00Z")]
f, c = cid("pk-fallback-utc-charge")
p, _ = mail(f, "Hassan Raza <hassan.raza@indusmart.pk>", W, "Subscription", when(2025, 9, 20, 11, 0, "+05:00"),
    "Dear Support, I want to discontinue the subscription from next billing. Don't charge me again please. Regards Hassan")
case(c, L, [p], LOB, "decided", [X("cancel", "2025-09-30")],
     spec="L8 fallback: no current_period_end; last charge 2025-08-31T20:00Z = 2025-09-01 01:30 IST (sec 8), + 1 month - 1 day = 2025-09-30.")

C.append(cust("sarah.levesque@fleurdelys.ca", "Sarah Levesque", "quarterly"))
Y += [lopay("e_p21", "LO-INV-5225", "sarah.levesque@fleurdelys.ca", "quarterly", *Q, "2025-07-15T12:00:00")]
f, c = cid("ca-stop-lead-gen-thing")
p, _ = mail(f, "Sarah Levesque <sarah.levesque@fleurdelys.ca>", W, "stop the lead thing", when(2025, 9, 16, 8, 30, "-04:00"),
    "Bonjour / hello, we would like to stop the lead-generation subscription, we found another tool. Merci, Sarah")
case(c, L, [p], LOB, "decided", [X("cancel", "2025-10-14")],
     spec="Service named by what it covers = cancellation; L8 fallback: last charge 2025-07-15 + 3 months - 1 day = 2025-10-14.")

C.append(cust("jo.nguyen@wattlecafe.com.au", "Jo Nguyen", "annual", start="2025-03-01", end="2026-02-28"))
f, c = cid("au-one-word-cancel")
p, _ = mail(f, "Jo Nguyen <jo.nguyen@wattlecafe.com.au>", W, "(no subject)", when(2025, 9, 18, 7, 2, "+10:00"),
    "Cancel.\n\nSent from my iPhone")
case(c, L, [p], LOB, "decided", [X("cancel", "2026-02-28")],
     spec="Intent verb with no object; sender verified, plan from ledger; L8 current_period_end 2026-02-28.")

C.append(cust("ana.reyes@sariwa.ph", "Ana Reyes", "monthly", start="2025-09-12", end="2025-10-11"))
f, c = cid("ph-fw-own-mail-wrong-box")
p, _ = mail(f, "Ana Reyes <ana.reyes@sariwa.ph>", W, "FW: cancel subscription", when(2025, 9, 22, 9, 10, "+08:00"),
    "Resending to the correct email, no reply from the other one.\n\n"
    "________________________________\nFrom: Ana Reyes <ana.reyes@sariwa.ph>\nSent: Thursday, September 18, 2025 3:02 PM\n"
    "To: info@leads-optima.net\nSubject: cancel subscription\n\nHi, please cancel my monthly subscription, we are closing the "
    "online store. Thank you.\nAna")
case(c, L, [p], LOB, "decided", [X("cancel", "2025-10-11")],
     spec="Forward (Outlook FW:) read for the request it carries; the forwarded request is the sender's own: L8 cancel, current_period_end 2025-10-11.")

C.append(cust("ops@lumenprint.co.za", "Lumen Print", "annual", start="2025-06-01", end="2026-05-31"))
f, c = cid("za-gmail-states-work-address")
p, _ = mail(f, "Lerato M <lerato.lumenprint@gmail.com>", W, "cancel our plan", when(2025, 9, 19, 12, 0, "+02:00"),
    "Hi, writing from my gmail because the office server is down. Our account is ops@lumenprint.co.za, annual plan. "
    "Please cancel it and tell me when it runs out. Lerato")
case(c, L, [p], LOB, "need_info", rules=["C2"],
     spec="C2: sender is not the registered email it names (ops@lumenprint.co.za): ask to write from it, disclose nothing.")

C.append(cust("director@okonkwoholdings.com", "Chika Okonkwo", "annual", start="2025-09-20", end="2026-09-19"))
Y += [lopay("e_p22", "LO-INV-5240", "director@okonkwoholdings.com", "annual", *A, "2025-09-20T10:00:00", "2025-09-20", "2026-09-19"),
      lopay("e_p23", "LO-INV-5241", "director@okonkwoholdings.com", "annual", *A, "2025-09-20T10:05:00", "2025-09-20", "2026-09-19")]
f, c = cid("ng-pa-forwards-boss")
p, _ = mail(f, "Blessing Eze <blessing.eze@okonkwoholdings.com>", W, "Fwd: double charge", when(2025, 9, 22, 10, 0, "+01:00"),
    "Good day, see below from my principal. Kindly treat urgently.\n\nBlessing\nPA to the MD\n\n"
    "---------- Forwarded message ---------\nFrom: Chika Okonkwo <director@okonkwoholdings.com>\nDate: Mon, 22 Sept 2025 at 08:41\n"
    "Subject: double charge\nTo: Blessing Eze <blessing.eze@okonkwoholdings.com>\n\nBlessing, LeadsOptima charged our annual "
    "plan twice on Saturday, LO-INV-5241 is the extra one. Get them to refund it.\n")
case(c, L, [p], LOB, "need_info", rules=["C2"],
     spec="Sec 8 forwards + C2: the forwarded request is from registered director@okonkwoholdings.com, the sender is the PA: ask for the request from the registered address; no approval.")

C.append(cust("ben.carter@carterhvac.com", "Ben Carter", "monthly", start="2025-09-01", end="2025-09-30"))
Y += [lopay("e_p24", "LO-INV-5230", "ben.carter@carterhvac.com", "monthly", *M, "2025-09-01T09:00:00", "2025-09-01", "2025-09-30")]
f, c = cid("us-amex-dispute-threat")
p, _ = mail(f, "Ben Carter <ben.carter@carterhvac.com>", W, "Refund or I call Amex", when(2025, 9, 24, 7, 50, "-05:00"),
    "Your platform has been garbage all month, leads are junk. Refund LO-INV-5230 by Friday or I'm disputing the charge with "
    "Amex. Not kidding.\nBen Carter\nCarter HVAC, Tulsa OK")
case(c, L, [p], LOB, "decided", [R("escalate")], rules=["C4"],
     spec="C4: payment-dispute threat escalates the case (even though the charge is outside L3); no amount.")

C.append(cust("niamh.byrne@byrnephysio.ie", "Niamh Byrne", "quarterly", start="2025-08-10", end="2025-11-09"))
f, c = cid("ie-cancel-solicitor")
p, _ = mail(f, "Niamh Byrne <niamh.byrne@byrnephysio.ie>", W, "Cancellation", when(2025, 9, 17, 15, 0, "+01:00"),
    "To whom it concerns,\n\nPlease cancel my quarterly plan with immediate effect. I have asked three times through the chat. "
    "If this isn't confirmed in writing this week my solicitor will be in touch.\n\nNiamh Byrne")
case(c, L, [p], LOB, "decided", [X("escalate")], rules=["C4"],
     spec="Sec 8 'C4 covers the whole case': a lawyer (solicitor) mention escalates the cancellation too.")

C.append(cust("vikram.rao@raotraders.in", "Vikram Rao", "monthly", start="2025-09-23", end="2025-10-22"))
Y += [lopay("e_p25", "LO-INV-5235", "vikram.rao@raotraders.in", "monthly", *M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")]
f, c = cid("in-consumer-forum")
p, _ = mail(f, "Vikram Rao <vikram.rao@raotraders.in>", W, "Final reminder - LO-INV-5235", when(2025, 9, 26, 21, 10, "+05:30"),
    "Sir, dashboard not opening since payment. Third mail I am writing. Refund my money for LO-INV-5235 otherwise I will approach "
    "consumer forum, I am not bluffing.\nVikram Rao")
case(c, L, [p], LOB, "decided", [R("escalate")], rules=["C4"],
     spec="C4: consumer forum (consumer court) mention escalates; access failure inside window would escalate anyway.")

f, c = cid("ooo-auto-reply")
p, _ = mail(f, "Mike Okafor <mike.okafor@zenithlogix.ng>", W, "Automatic reply: Your LeadsOptima invoice", when(2025, 9, 25, 8, 0, "+01:00"),
    "I am out of office until 6 October with limited access to email. For urgent refunds or billing matters contact accounts@zenithlogix.ng.",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case(c, L, [p], LOB, "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-replied, although it mentions refunds.")

f, c = cid("mailer-daemon-bounce")
p, _ = mail(f, "Mail Delivery Subsystem <MAILER-DAEMON@mx.brightpath.us>", W, "Undelivered Mail Returned to Sender",
    when(2025, 9, 25, 3, 0, "-06:00"),
    "This is the mail system at host mx.brightpath.us.\n\nI'm sorry to have to inform you that your message could not be delivered.\n"
    "<jen.k@brightpath.us>: user unknown\n\n--- original message ---\nSubject: Re: cancel and refund request")
case(c, L, [p], LOB, "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender (bounce quoting 'cancel and refund').")

f, c = cid("bulk-newsletter")
p, _ = mail(f, "SaaS Weekly <news@saasweekly.example>", W, "This week: how to get refunds from SaaS vendors", when(2025, 9, 23, 6, 0, "+00:00"),
    "Top story: 7 ways to cancel subscriptions and get a refund. Unsubscribe here.",
    headers={"Precedence": "bulk", "List-Id": "<weekly.saasweekly.example>", "List-Unsubscribe": "<mailto:unsub@saasweekly.example>"})
case(c, L, [p], LOB, "ignore", rules=["C7"], spec="C7: Precedence bulk + List-Id.")

C.append(cust("accounts@meridianpharma.in", "Meridian Pharma", "annual", start="2025-09-24", end="2026-09-23"))
Y += [lopay("e_p26", "LO-INV-5250", "accounts@meridianpharma.in", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")]
f, c = cid("in-refund-with-disclaimer-only")
p, _ = mail(f, "Accounts Meridian <accounts@meridianpharma.in>", W, "Refund - Invoice LO-INV-5250", when(2025, 9, 26, 12, 0, "+05:30"),
    "Dear Sir/Madam,\n\nKindly process the refund against invoice no. LO-INV-5250 and do the needful at the earliest.\n\n"
    "Thanks and regards,\nAccounts Department\nMeridian Pharma Pvt. Ltd., Ahmedabad\n\n"
    "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the "
    "intended recipient, please notify the sender and delete it. Meridian Pharma accepts no liability for any loss or damage "
    "caused by viruses or errors.")
case(c, L, [p], LOB, "need_info", missing=["reason"],
     spec="Sec 8 'what a reason is': request restated, 'do the needful', signature and disclaimer are not reasons: ask for the reason (C3).")

C.append(cust("nisha.kapoor@kapoordesigns.in", "Nisha Kapoor", "annual", start="2025-09-22", end="2026-09-21"))
Y += [lopay("e_p27", "LO-INV-5260", "nisha.kapoor@kapoordesigns.in", "annual", *A, "2025-09-22T10:00:00", "2025-09-22", "2026-09-21"),
      lopay("e_p28", "LO-INV-5261", "nisha.kapoor@kapoordesigns.in", "annual", *A, "2025-09-22T10:00:30", "2025-09-22", "2026-09-21")]
f, c = cid("in-thread-reason-later")
p1, mid1 = mail(f + "-a", "Nisha Kapoor <nisha.kapoor@kapoordesigns.in>", W, "Refund for LO/INV/5261", when(2025, 9, 26, 10, 0, "+05:30"),
    "Hi team, please refund LO/INV/5261. Thanks, Nisha")
p2, _ = mail(f + "-b", "Nisha Kapoor <nisha.kapoor@kapoordesigns.in>", W, "Re: Refund for LO/INV/5261 [LO-7731]", when(2025, 9, 30, 9, 30, "+05:30"),
    "Oh sorry, thought it was obvious - the annual got debited twice on 22nd, this one is the extra.\n\nOn Fri, 26 Sept 2025, "
    "LeadsOptima Support wrote:\n> Could you tell us why you are asking for a refund?\n",
    irt="<LO-7731.1@leadsoptima.com>", refs=f"{mid1} <LO-7731.1@leadsoptima.com>")
case(c, L, [p1, p2], LOB, "decided", [R("approve", "11988.00")],
     spec="C3 thread: the reply gives the reason (duplicate); request time is the first email 2025-09-26 (day 4), not the reply (day 8); 'LO/INV/5261' matches; L4 11988.00.")

C.append(cust("chidi.obi@obiventures.ng", "Chidi Obi", "monthly", start="2025-09-27", end="2025-10-26"))
Y += [lopay("e_p29", "LO-INV-5270", "chidi.obi@obiventures.ng", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
      lopay("e_p30", "LO-INV-5271", "chidi.obi@obiventures.ng", "monthly", *M, "2025-09-27T10:00:05", "2025-09-27", "2025-10-26")]
f, c = cid("ng-reply-to-trick")
p, _ = mail(f, "Chidi <chidiobi1988@yahoo.com>", W, "Paid two times", when(2025, 9, 28, 9, 0, "+01:00"),
    "Hello, I paid two times for monthly plan, invoice LO-INV-5271. Refund the second one please.",
    reply_to="Chidi Obi <chidi.obi@obiventures.ng>")
case(c, L, [p], LOB, "need_info", rules=["C2"],
     spec="Sec 8: the sender is the From address; Reply-To (the registered one) never verifies: C2.")

f, c = cid("ng-dup-plus-cancel")
p, _ = mail(f, "Chidi Obi <chidi.obi@obiventures.ng>", W, "Paid two times - from company email", when(2025, 9, 29, 10, 0, "+01:00"),
    "Writing now from my company email as you people like. I was debited twice on 27th for the monthly (LO-INV-5271 is the second). "
    "Refund that one. And after this month just end the subscription, we no longer need it.\nChidi Obi, CEO")
case(c, L, [p], LOB, "decided", [R("approve", "1499.00"), X("cancel", "2025-10-26")],
     spec="Refund L4 (pair 2025-09-27, request day 2): 1499.00; cancellation L8 current_period_end 2025-10-26; one reply.")

C.append(cust("rachel.tan@kopitiamcloud.com", "Rachel Tan", "monthly", start="2025-09-21", end="2025-10-20"))
f, c = cid("plus-tag-address")
p, _ = mail(f, "Rachel Tan <rachel.tan+billing@kopitiamcloud.com>", W, "cancel please", when(2025, 9, 25, 10, 0, "+08:00"),
    "Please cancel my subscription (rachel.tan+billing is my filter alias). Thanks Rachel")
case(c, L, [p], LOB, "need_info", rules=["C2"],
     spec="Sec 8: a +tag makes another address; sender rachel.tan+billing@ is not the registered rachel.tan@: C2.")

C.append(cust("omar.farooq@crescentmotors.pk", "Omar Farooq", "annual", start="2025-09-19", end="2026-09-18"))
Y += [lopay("e_p31", "LO-INV-5280", "omar.farooq@crescentmotors.pk", "annual", *A, "2025-09-19T10:00:00", "2025-09-19", "2026-09-18")]
f, c = cid("pk-wrong-plan-charged")
p, _ = mail(f, "Omar Farooq <omar.farooq@crescentmotors.pk>", W, "wrong plan charged", when(2025, 9, 22, 13, 0, "+05:00"),
    "Dear team I selected MONTHLY in the checkout but system has charged me annual amount i.e. 11,988 + tax under LO-INV-5280. "
    "Kindly reverse the difference. Omar Farooq")
case(c, L, [p], LOB, "decided", [R("escalate")],
     spec="L2 billing_error ('charged for the wrong plan'), request day 3: L5 escalate, no amount.")

C.append(cust("zoe.mitchell@mitchellvets.com.au", "Zoe Mitchell", "monthly", start="2025-09-24", end="2025-10-23"))
Y += [lopay("e_p32", "LO-INV-5290", "zoe.mitchell@mitchellvets.com.au", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23", status="refunded")]
f, c = cid("au-refund-already-refunded-charge")
p, _ = mail(f, "Zoe Mitchell <zoe.mitchell@mitchellvets.com.au>", W, "platform down", when(2025, 9, 26, 9, 0, "+10:00"),
    "Hi, platform hasn't loaded for us since Wednesday. Want a refund of LO-INV-5290 please. Zoe")
case(c, L, [p], LOB, "decided", [R("escalate")],
     spec="Sec 8 payments not 'paid': LO-INV-5290 has status refunded: escalate (also L6 access failure inside window).")

f, c = cid("not-asking-refund-invoice-copy")
p, _ = mail(f, "Tom Hargreaves <tom.hargreaves@hargreavesjoinery.co.uk>", W, "invoice copy", when(2025, 9, 16, 10, 0, "+01:00"),
    "Hi, I'm not after a refund or anything, my accountant just needs a PDF of LO-INV-5200 with our VAT number on it. Ta, Tom")
case(c, L, [p], LOB, "other",
     spec="Sec 8 negation: 'not after a refund'; an invoice copy is neither refund nor cancellation: other.")

f, c = cid("prospect-hypothetical")
p, _ = mail(f, "Kwame Mensah <kwame@accrafreshfoods.com>", W, "question before we sign up", when(2025, 9, 20, 14, 0, "+00:00"),
    "Hello, we are thinking about the annual plan. If we pay for the year and after two months it's not giving results, "
    "would we get a refund for the remaining months? Or could we cancel anytime? Just want to know before signing. Kwame")
case(c, L, [p], LOB, "other", spec="Sec 8 hypotheticals: a policy question before buying: other.")

f, c = cid("thanks-after-refund")
p, _ = mail(f, "Jen Kowalski <jen.kowalski@brightpath.us>", W, "Re: refund processed", when(2025, 9, 29, 11, 0, "-06:00"),
    "Saw the refund hit our card this morning, super quick. Thanks for sorting the double charge out, you guys rock.\n\nJen",
    irt="<refund.LO-INV-5121.20250926@leadsoptima.com>")
case(c, L, [p], LOB, "other", spec="A thank-you closing a past refund story asks nothing: other (no new refund intent).")

f, c = cid("declines-both")
p, _ = mail(f, "Dana Fraser <d.fraser@northshorefitness.ca>", W, "not cancelling", when(2025, 9, 26, 9, 0, "-03:00"),
    "Just so we're clear - I don't want to cancel and I don't need a refund. I just want the CSV export to stop timing out. "
    "Can someone look at it?\nDana")
case(c, L, [p], LOB, "other", spec="Sec 8 negation of both intents; a support question: other.")

f, c = cid("past-cancel-story-question")
p, _ = mail(f, "Kenneth Otieno <kenneth.otieno@savannahagri.co.ke>", W, "adding users", when(2025, 9, 16, 9, 0, "+03:00"),
    "Hello, back in 2023 we cancelled with you and got refunded, no issues. We came back this year. Question: how many users can "
    "we add on the quarterly plan? Regards, Kenneth")
case(c, L, [p], LOB, "other", spec="Past events (an old cancellation/refund) are not requests; a plan question: other.")

f, c = cid("what-if-cancel-data")
p, _ = mail(f, "Siobhan Kelly <siobhan.kelly@kellyflorists.ie>", W, "quick q", when(2025, 9, 27, 11, 0, "+01:00"),
    "If I were to cancel at some point, would I lose all my saved leads or can I export them first? Not cancelling now, just asking. S")
case(c, L, [p], LOB, "other", spec="Hypothetical cancellation question, explicitly not now: other.")

f, c = cid("complaint-no-ask")
p, _ = mail(f, "Vikram Rao <vikram.rao@raotraders.in>", W, "very poor leads quality", when(2025, 9, 29, 18, 0, "+05:30"),
    "Leads quality this week very poor, half numbers are switched off. Just informing you so you improve. Vikram")
case(c, L, [p], LOB, "other", spec="A complaint that asks for nothing: other.")

f, c = cid("ie-owd-client-writes-lo")
p, _ = mail(f, "Fiona Grant <fiona@corkcraftales.ie>", W, "refund", when(2025, 9, 18, 10, 0, "+01:00"),
    "Hi, the deposit we paid you on Monday, invoice OWD-2025-306 - we've changed our minds and want it back. Fiona")
case(c, L, [p], LOB, "need_info", rules=["C2"],
     spec="C1 picks LeadsOptima by the To address; sec 8 'the other brand's customer': the ledger is searched in LeadsOptima only, the sender is unknown there and treated as any unknown sender (C2, C3): need_info. Sec 1's 'no matching record -> escalate' is about a claim of a known customer; sec 8 settles this case.")

# ---------------- Optima WebDesign ----------------
P.append(proj("Harbourview Dental", "admin@harbourviewdental.com.au"))
Y.append(owpay("e_o01", "OWD-2025-301", "Harbourview Dental", "discovery", "15000.00", "2700.00", "2025-09-15T10:00:00"))
f, c = cid("au-discovery-nothing-booked")
p, _ = mail(f, "Harbourview Dental <admin@harbourviewdental.com.au>", B, "Refund Request — Harbourview Dental / OWD-2025-301",
    when(2025, 9, 18, 14, 0, "+10:00"),
    "Hi team,\n\nWe paid the discovery fee (OWD-2025-301) on Monday for the Harbourview Dental site, but the practice has been "
    "sold and the new owners have their own agency. No workshop has been booked yet. Could we please have it refunded?\n\nKind regards,\nMeg, Practice Manager")
case(c, L, [p], OWB, "decided", [R("approve", "15000.00")],
     spec="O1: discovery, work_started_at empty: full refund of amount before tax 15000.00 (C6); O7 timeline in reply.")

P.append(proj("Kestrel Outdoor", "hello@kestreloutdoor.co.uk", "2025-09-12T11:00:00"))
Y.append(owpay("e_o02", "OWD-2025-302", "Kestrel Outdoor", "discovery", "12000.00", "2160.00", "2025-09-10T10:00:00"))
f, c = cid("uk-discovery-after-workshop")
p, _ = mail(f, "Kestrel Outdoor <hello@kestreloutdoor.co.uk>", B, "Discovery fee", when(2025, 9, 20, 10, 0, "+01:00"),
    "Hello,\n\nHonestly the discovery workshop on the 12th was a bit underwhelming, we didn't get much we didn't already know. "
    "We'd like the discovery fee for Kestrel Outdoor (OWD-2025-302) refunded please.\n\nBest,\nHarriet")
case(c, L, [p], OWB, "decided", [R("deny")],
     spec="O1: the session started 2025-09-12, before the request: deny.")

P.append(proj("Mabuhay Eats", "owner@mabuhayeats.ph", "2025-09-30T10:00:00"))
Y.append(owpay("e_o03", "OWD-2025-303", "Mabuhay Eats", "discovery", "8000.00", "1440.00", "2025-09-19T10:00:00"))
f, c = cid("ph-discovery-scheduled-later")
p, _ = mail(f, "Mabuhay Eats <owner@mabuhayeats.ph>", B, "refund discovery Mabuhay Eats", when(2025, 9, 22, 18, 0, "+08:00"),
    "Hi Optima,\n\nOur session is scheduled on Sept 30 but we have decided to postpone the website until next year because of budget "
    "cuts. Can we get back the discovery payment OWD 2025 303? Salamat!\n\nJoy")
case(c, L, [p], OWB, "decided", [R("approve", "8000.00")],
     spec="O1: work_started_at 2025-09-30 is later than the request 2025-09-22: nothing started: approve 8000.00; 'OWD 2025 303' matches.")

P.append(proj("Lagos Loft Rentals", "bookings@lagoslofts.ng"))
Y.append(owpay("e_o04", "OWD-2025-304", "Lagos Loft Rentals", "deposit", "40000.00", "7200.00", "2025-09-22T10:00:00"))
f, c = cid("ng-deposit-50h")
p, _ = mail(f, "Lagos Loft Rentals <bookings@lagoslofts.ng>", B, "Deposit refund - Lagos Loft Rentals", when(2025, 9, 24, 8, 0, "+01:00"),
    "Good morning,\n\nWe made the deposit of Forty Thousand Rupees (OWD-2025-304) on Monday for the Lagos Loft Rentals website. "
    "Our investors have pulled out so the project cannot continue. Please refund the deposit.\n\nRegards,\nTunde")
case(c, L, [p], OWB, "decided", [R("approve", "40000.00")],
     spec="O2: paid 2025-09-22 10:00 IST, email 2025-09-24 08:00 +01:00 = 12:30 IST = 50.5 h < 72 h, no work started: approve 40000.00.")

P.append(proj("Bondi Physio", "practice@bondiphysio.com.au"))
Y.append(owpay("e_o05", "OWD-2025-305", "Bondi Physio", "deposit", "25000.00", "4500.00", "2025-09-08T09:00:00"))
f, c = cid("au-deposit-exactly-72h")
p, _ = mail(f, "Bondi Physio <practice@bondiphysio.com.au>", B, "Refund Request — Bondi Physio [OWD-2025-305]", when(2025, 9, 11, 13, 30, "+10:00"),
    "Hi,\n\nWe've decided to go with a template builder instead, so we'd like our deposit back for Bondi Physio, invoice "
    "OWD-2025-305. Nothing has been started I believe.\n\nThanks,\nSam")
case(c, L, [p], OWB, "decided", [R("deny")],
     spec="O2 + sec 8: paid 2025-09-08 09:00 IST; 2025-09-11 13:30 +10:00 = 09:00 IST, exactly 72 h, not before: deny.")

P.append(proj("Cork Craft Ales", "fiona@corkcraftales.ie", "2025-09-16T09:00:00"))
Y.append(owpay("e_o06", "OWD-2025-306", "Cork Craft Ales", "deposit", "30000.00", "5400.00", "2025-09-15T10:00:00"))
f, c = cid("ie-deposit-work-started")
p, _ = mail(f, "Fiona Grant <fiona@corkcraftales.ie>", B, "deposit", when(2025, 9, 17, 10, 0, "+01:00"),
    "Hi lads, we've had a change of heart on the rebrand so we won't go ahead with Cork Craft Ales site. Can the deposit "
    "OWD-2025-306 come back to us? It's only been two days. Fiona")
case(c, L, [p], OWB, "decided", [R("deny")],
     spec="O2: 52.5 h after payment but work started 2025-09-16 09:00, before the request: whichever first: deny.")

P.append(proj("Karachi Textiles Portal", "it@karachitextiles.pk", "2025-08-01T10:00:00"))
Y.append(owpay("e_o07", "OWD-2025-307", "Karachi Textiles Portal", "milestone", "45000.00", "8100.00", "2025-09-01T10:00:00", milestone_status="not_started"))
f, c = cid("pk-milestone-not-started")
p, _ = mail(f, "IT Dept Karachi Textiles <it@karachitextiles.pk>", B, "Refund of Milestone-2 payment", when(2025, 9, 23, 11, 0, "+05:00"),
    "Dear Optima Team,\n\nWith reference to the Karachi Textiles Portal project, management has decided to drop the B2B ordering "
    "module from scope. We had paid Milestone 2 in advance (Invoice OWD-2025-307, Rs. 53,100/- incl. tax). As work on it has not "
    "begun, kindly refund the same.\n\nRegards,\nSyed Ali Naqvi\nIT Manager")
case(c, L, [p], OWB, "decided", [R("approve", "45000.00")],
     spec="O3: milestone not_started: refund its amount before tax 45000.00 (not the 53,100 with tax, C6).")

P.append(proj("Nairobi Agritech", "pm@nairobiagritech.co.ke", "2025-08-15T10:00:00"))
Y.append(owpay("e_o08", "OWD-2025-308", "Nairobi Agritech", "milestone", "60000.00", "10800.00", "2025-09-05T10:00:00", milestone_status="in_progress"))
f, c = cid("ke-milestone-in-progress")
p, _ = mail(f, "Nairobi Agritech PM <pm@nairobiagritech.co.ke>", B, "Milestone 3 refund", when(2025, 9, 25, 9, 0, "+03:00"),
    "Hello,\n\nThe mobile dashboard milestone (OWD-2025-308) for Nairobi Agritech is way behind and the designs we saw don't match "
    "the brief at all. We want our money back for this milestone.\n\nBest regards,\nAchieng")
case(c, L, [p], OWB, "decided", [R("escalate")],
     spec="O3: milestone in_progress: escalate (billable value of work not started needs a person).")

P.append(proj("Maple Grove Realty", "office@maplegroverealty.ca", "2025-07-01T10:00:00"))
Y.append(owpay("e_o09", "OWD-2025-309", "Maple Grove Realty", "milestone", "35000.00", "0.00", "2025-08-20T10:00:00", milestone_status="completed"))
f, c = cid("ca-milestone-completed")
p, _ = mail(f, "Maple Grove Realty <office@maplegroverealty.ca>", B, "refund - listings milestone", when(2025, 9, 15, 9, 0, "-04:00"),
    "Hi,\n\nThe listings page milestone for Maple Grove Realty (invoice OWD-2025-309) was delivered but our agents find it confusing "
    "to use. We'd like a refund on that milestone.\n\nThanks,\nPriya Sharma, Office Manager")
case(c, L, [p], OWB, "decided", [R("deny")], spec="O3/O6: completed milestone: deny, non-refundable.")

P.append(proj("Stellenbosch Wines", "marketing@stellenboschwines.co.za", "2025-06-01T10:00:00"))
Y.append(owpay("e_o10", "OWD-2025-310", "Stellenbosch Wines", "retainer", "12000.00", "2160.00", "2025-09-01T10:00:00",
               period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00"))
f, c = cid("za-retainer-exactly-7-days")
p, _ = mail(f, "Stellenbosch Wines Marketing <marketing@stellenboschwines.co.za>", B, "Ending our retainer", when(2025, 9, 24, 8, 0, "+02:00"),
    "Dear Optima,\n\nWe've hired an in-house web developer, so we will not need the monthly retainer (OWD-2025-310) for "
    "Stellenbosch Wines any more. Please end it.\n\nKind regards,\nAnnelie")
case(c, L, [p], OWB, "decided", [X("cancel", "2025-09-30")],
     spec="O4/O8: request 2025-09-24 11:30 IST; next_billing_at 2025-10-01 minus 7 days = 2025-09-24: notice enough; effective 2025-09-30.")

P.append(proj("Manila Coworks", "admin@manilacoworks.ph", "2025-05-01T10:00:00"))
Y.append(owpay("e_o11", "OWD-2025-311", "Manila Coworks", "retainer", "9000.00", "1620.00", "2025-09-05T10:00:00",
               period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00"))
f, c = cid("ph-retainer-short-notice")
p, _ = mail(f, "Manila Coworks <admin@manilacoworks.ph>", B, "retainer", when(2025, 9, 29, 10, 0, "+08:00"),
    "hi po, we will stop the maintenance retainer for Manila Coworks (OWD-2025-311) because our company is merging with another one "
    "and they have their own IT. thank u")
case(c, L, [p], OWB, "decided", [X("cancel", "2025-11-04")],
     spec="O4: request 2025-09-29 < 2025-10-05 minus 7 = 2025-09-28: next cycle (2025-10-05..2025-11-04) is billed; effective 2025-11-04.")

P.append(proj("Galway Surf School", "info@galwaysurf.ie", "2025-04-01T10:00:00"))
Y += [owpay("e_o12", "OWD-2025-312", "Galway Surf School", "retainer", "8000.00", "1440.00", "2025-09-01T10:00:00",
            period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-11-01T00:00:00"),
      owpay("e_o13", "OWD-2025-313", "Galway Surf School", "retainer", "8000.00", "1440.00", "2025-09-20T10:00:00",
            period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")]
f, c = cid("ie-retainer-prepaid")
p, _ = mail(f, "Galway Surf School <info@galwaysurf.ie>", B, "cancel retainer", when(2025, 9, 22, 9, 0, "+01:00"),
    "Hi, the season's over and we're shutting for the winter, so please cancel the Galway Surf School retainer. We paid October "
    "already last week (OWD-2025-313). Cheers, Ciaran")
case(c, L, [p], OWB, "decided", [X("escalate")],
     spec="Sec 8 retainer paid in advance: next cycle (October, OWD-2025-313) already paid and notice >= 7 days: escalate.")

P.append(proj("Toronto Bakehouse", "orders@torontobakehouse.ca"))
Y.append(owpay("e_o14", "OWD-2025-314", "Toronto Bakehouse", "hosting_annual", "18000.00", "3240.00", "2025-09-15T10:00:00",
               setup_fee="2400.00", service_start="2025-09-15"))
f, c = cid("ca-hosting-within-14")
p, _ = mail(f, "Toronto Bakehouse <orders@torontobakehouse.ca>", B, "Hosting refund + cancel", when(2025, 9, 22, 9, 0, "-04:00"),
    "Hello, our franchise HQ is moving all locations to their own hosting, so please cancel the annual hosting for Toronto Bakehouse "
    "(OWD-2025-314) and refund what you can. Thanks, Marc")
case(c, L, [p], OWB, "decided", [R("approve", "14300.00")], extra_ok=True,
     spec="O5: request 2025-09-22 IST, day 7 of service_start 2025-09-15: (18000-2400)/12 = 1300; 18000-2400-1300 = 14300.00; cancellation part may also be decided.")

P.append(proj("Joburg Auto Parts", "sales@joburgautoparts.co.za"))
Y.append(owpay("e_o15", "OWD-2025-315", "Joburg Auto Parts", "maintenance_annual", "7777.00", "1399.86", "2025-09-10T10:00:00",
               setup_fee="500.00", service_start="2025-09-10"))
f, c = cid("za-maintenance-day14-rounding")
p, _ = mail(f, "Joburg Auto Parts <sales@joburgautoparts.co.za>", B, "refund maintenance plan", when(2025, 9, 24, 20, 0, "+02:00"),
    "Hi. We are shutting the online shop, so the annual maintenance (OWD-2025-315) for Joburg Auto Parts is no longer needed. "
    "Refund please. Regards Pieter")
case(c, L, [p], OWB, "decided", [R("approve", "6670.58")], extra_ok=True,
     spec="O5: 2025-09-24 20:00 +02:00 = 23:30 IST, day 14 inside; (7777-500)/12 = 606.41666..; 7777-500-606.41666.. = 6670.5833 -> 6670.58 (rounded once).")

P.append(proj("Cebu Dive Center", "dive@cebudive.ph"))
Y.append(owpay("e_o16", "OWD-2025-316", "Cebu Dive Center", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
               setup_fee="1200.00", service_start="2025-09-01"))
f, c = cid("ph-hosting-day19")
p, _ = mail(f, "Cebu Dive Center <dive@cebudive.ph>", B, "Hosting refund", when(2025, 9, 20, 9, 0, "+08:00"),
    "Good day! We found cheaper hosting with our new booking system so we'd like to refund the annual hosting of Cebu Dive Center "
    "OWD-2025-316. Thank you!")
case(c, L, [p], OWB, "decided", [R("deny")], extra_ok=True,
     spec="O5: service_start 2025-09-01, request 2025-09-20 = day 19 > 14: deny.")

P.append(proj("Lahore Bridal House", "studio@lahorebridal.pk"))
Y.append(owpay("e_o17", "OWD-2025-317", "Lahore Bridal House", "hosting_annual", "9600.00", "1728.00", "2025-09-25T10:00:00",
               service_start="2025-10-05"))
f, c = cid("pk-hosting-before-start")
p, _ = mail(f, "Lahore Bridal House <studio@lahorebridal.pk>", B, "Hosting not needed", when(2025, 9, 27, 12, 0, "+05:00"),
    "Respected Sir,\n\nWe paid annual hosting for Lahore Bridal House (OWD-2025-317) but my brother has arranged free hosting "
    "through his company. Service has not even started yet. Please refund.\n\nRegards\nMehwish")
case(c, L, [p], OWB, "decided", [R("approve", "8800.00")], extra_ok=True,
     spec="O5 + sec 8: before service_start, consumed_months = 1; no setup fee: 9600 - 800 = 8800.00.")

P.append(proj("Brooklyn Vinyl Co", "dave@brooklynvinyl.com", "2025-08-01T10:00:00"))
Y.append(owpay("e_o18", "OWD-2025-318", "Brooklyn Vinyl Co", "third_party", "3500.00", "630.00", "2025-09-25T10:00:00"))
f, c = cid("us-domain-ssl")
p, _ = mail(f, "Dave Russo <dave@brooklynvinyl.com>", B, "domain + ssl charge", when(2025, 9, 26, 9, 0, "-04:00"),
    "Yo, you guys billed me for the domain and the SSL cert (OWD-2025-318) for Brooklyn Vinyl Co but I already own the domain at "
    "GoDaddy, didn't need it. Refund that.\n-Dave")
case(c, L, [p], OWB, "decided", [R("deny")], spec="O6: third_party (domain/SSL): non-refundable: deny.")

P.append(proj("Dublin Tutors", "office@dublintutors.ie", "2025-09-01T10:00:00"))
Y.append(owpay("e_o19", "OWD-2025-319", "Dublin Tutors", "rush", "6000.00", "1080.00", "2025-09-20T10:00:00"))
f, c = cid("ie-rush-fee")
p, _ = mail(f, "Dublin Tutors <office@dublintutors.ie>", B, "Rush fee", when(2025, 9, 24, 11, 0, "+01:00"),
    "Hi, we paid the rush fee (OWD-2025-319) for Dublin Tutors so the site would be ready for the new term but the launch slipped "
    "anyway by a week. We'd like the rush fee back. Thanks, Aoife")
case(c, L, [p], OWB, "decided", [R("deny")], spec="O6: rush fees never refundable: deny.")

P.append(proj("Mombasa Spice Traders", "info@mombasaspice.co.ke"))
Y.append(owpay("e_o20", "OWD-2025-320", "Mombasa Spice Traders", "deposit", "20000.00", "3600.00", "2025-09-25T10:00:00"))
f, c = cid("ke-gmail-not-contract")
p, _ = mail(f, "Yusuf Mombasa Spice <yusuf.spices@gmail.com>", B, "deposit refund", when(2025, 9, 26, 9, 0, "+03:00"),
    "Hello, I am the owner of Mombasa Spice Traders. We paid deposit OWD-2025-320 yesterday, but we want to cancel the project "
    "because of a family matter. Please refund. Yusuf")
case(c, L, [p], OWB, "need_info", rules=["C2"],
     spec="C2 explicit for Optima: the request must come from the contract email info@mombasaspice.co.ke: ask, disclose nothing.")

P.append(proj("Sunshine Coast Yoga", "namaste@sunshinecoastyoga.com.au", "2025-05-01T10:00:00"))
Y.append(owpay("e_o21", "OWD-2025-321", "Sunshine Coast Yoga", "retainer", "7000.00", "1260.00", "2025-09-10T10:00:00",
               period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00"))
f, c = cid("au-cancel-no-reason")
p, _ = mail(f, "Sunshine Coast Yoga <namaste@sunshinecoastyoga.com.au>", B, "Cancel retainer - Sunshine Coast Yoga OWD-2025-321",
    when(2025, 9, 23, 8, 0, "+10:00"),
    "Hi there,\n\nPlease cancel our monthly retainer for Sunshine Coast Yoga, invoice OWD-2025-321.\n\nMany thanks and namaste,\nBec\n"
    "Sunshine Coast Yoga | Mooloolaba QLD | Follow us on Instagram!")
case(c, L, [p], OWB, "need_info", missing=["reason"],
     spec="Sec 8: Optima requires a reason for cancellations too; courtesy lines and signature are not reasons: ask for it.")

P.append(proj("Hyderabad Pearl Mart", "accounts@pearlmart.in"))
Y.append(owpay("e_o22", "OWD-2025-322", "Hyderabad Pearl Mart", "deposit", "50000.00", "9000.00", "2025-09-29T10:00:00"))
f, c = cid("in-fw-do-the-needful")
p, _ = mail(f, "Accounts Pearl Mart <accounts@pearlmart.in>", B, "Fw: Refund of advance - Hyderabad Pearl Mart", when(2025, 9, 30, 11, 0, "+05:30"),
    "PFB. Kindly do the needful.\n\nRegards,\nAccounts Team\n\n"
    "-----Original Message-----\nFrom: Accounts Pearl Mart <accounts@pearlmart.in>\nSent: 29 September 2025 16:20\n"
    "To: optima.webdesign@outlook.com\nSubject: Refund of advance - Hyderabad Pearl Mart\n\n"
    "Dear Sir, Please refund the advance paid against OWD-2025-322 for the Hyderabad Pearl Mart project. Regards, Accounts")
case(c, L, [p], OWB, "need_info", missing=["reason"],
     spec="Forward read for its request; 'PFB', 'do the needful' and restating the request are not reasons (sec 8): ask for the reason.")

P.append(proj("Gold Coast Realty", "admin@gcrealty.com.au"))
Y.append(owpay("e_o23", "OWD-2025-323", "Gold Coast Realty", "deposit", "20000.00", "3600.00", "2025-09-26T10:00:00"))
f, c = cid("au-deposit-chargeback")
p, _ = mail(f, "Gold Coast Realty <admin@gcrealty.com.au>", B, "URGENT deposit", when(2025, 9, 27, 9, 0, "+10:00"),
    "We paid a deposit yesterday (OWD-2025-323, Gold Coast Realty) and nobody has even called us. We've lost confidence. Refund it "
    "today or I'm lodging a chargeback with the bank.\nRegards, Kylie")
case(c, L, [p], OWB, "decided", [R("escalate")], rules=["C4"],
     spec="C4: chargeback threat escalates, even though O2 alone (paid 2025-09-26 10:00 IST, mail 2025-09-27 09:00 +10:00 = 04:30 IST: 18.5 h, no work) would approve.")

f, c = cid("prospect-deposit-question")
p, _ = mail(f, "Rohan Mehta <rohan@chaiwalaco.in>", B, "Before we sign", when(2025, 9, 18, 16, 0, "+05:30"),
    "Hi, we are about to sign your proposal for a Shopify store. Quick one: if we pay the deposit and then the board doesn't approve "
    "the budget, would the deposit be refunded? Thanks, Rohan")
case(c, L, [p], OWB, "other", spec="Sec 8 hypothetical before signing: a policy question: other.")

P.append(proj("Accra Fresh Foods", "kwame@accrafreshfoods.com"))
Y.append(owpay("e_o24", "OWD-2025-324", "Accra Fresh Foods", "discovery", "10000.00", "1800.00", "2025-09-20T10:00:00", status="refunded"))
f, c = cid("gh-discovery-already-refunded")
p, _ = mail(f, "Kwame Mensah <kwame@accrafreshfoods.com>", B, "discovery refund", when(2025, 9, 23, 9, 0, "+00:00"),
    "Hi, please refund the discovery fee for Accra Fresh Foods (OWD-2025-324), we chose to delay the project to 2026. Kwame")
case(c, L, [p], OWB, "decided", [R("escalate")],
     spec="Sec 8 payments not 'paid': OWD-2025-324 is already refunded: escalate.")

P.append(proj("Chicago Deep Dish Co", "owner@chideepdish.com"))
Y.append(owpay("e_o25", "OWD-2025-325", "Chicago Deep Dish Co", "deposit", "30000.00", "5400.00", "2025-09-28T10:00:00"))
f, c = cid("us-fwd-names-contract-c2")
p, _ = mail(f, "Marco Bianchi <marco@bianchiconsulting.com>", B, "Fwd: deposit - Chicago Deep Dish Co", when(2025, 9, 29, 8, 0, "-05:00"),
    "Forwarding on behalf of my client, please action.\n\nBegin forwarded message:\n\nFrom: Tony Russo <owner@chideepdish.com>\n"
    "Subject: deposit - Chicago Deep Dish Co\nDate: September 29, 2025 at 7:12:09 AM CDT\nTo: Marco Bianchi <marco@bianchiconsulting.com>\n\n"
    "Marco - tell Optima we're out. Lease on the second store fell through. Get the deposit back, OWD-2025-325. -T\n")
case(c, L, [p], OWB, "need_info", rules=["C2"],
     spec="Sec 8 forward (Apple Mail): the carried request names contract owner@chideepdish.com, sender is a consultant: C2.")

P.append(proj("Perth Pet Grooming", "hello@perthpetgroom.com.au", "2025-08-01T10:00:00"))
Y.append(owpay("e_o26", "OWD-2025-326", "Perth Pet Grooming", "change_request", "4500.00", "810.00", "2025-09-22T10:00:00"))
f, c = cid("au-change-request")
p, _ = mail(f, "Perth Pet Grooming <hello@perthpetgroom.com.au>", B, "charge for booking widget change", when(2025, 9, 24, 12, 0, "+08:00"),
    "Hi, we were billed OWD-2025-326 for changing the booking widget colours for Perth Pet Grooming. Honestly that should've been "
    "part of the original build. Please refund it. Ta, Kim")
case(c, L, [p], OWB, "decided", [R("deny")], spec="O6: change_request non-refundable: deny.")

P.append(proj("Quezon Literary Review", "editor@quezonreview.ph"))
f, c = cid("ph-thanks-story-closes")
p, _ = mail(f, "Quezon Literary Review <editor@quezonreview.ph>", B, "Re: refund received", when(2025, 9, 25, 10, 0, "+08:00"),
    "Hi Optima, just confirming the refund for the cancelled discovery came through yesterday. Thanks for handling it so quickly, "
    "and sorry again for the back and forth. All the best, Jessa",
    irt="<OWD-refund.20250923@optimawebdesign.com>")
case(c, L, [p], OWB, "other", spec="A thank-you after a refund closes the story; no new request: other.")

P.append(proj("Ottawa Hockey Camps", "camps@ottawahockey.ca", "2025-07-01T10:00:00"))
Y.append(owpay("e_o27", "OWD-2025-327", "Ottawa Hockey Camps", "retainer", "10000.00", "1800.00", "2025-09-12T10:00:00",
               period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00"))
f, c = cid("ca-retainer-thread-reason")
p1, mid1 = mail(f + "-a", "Ottawa Hockey Camps <camps@ottawahockey.ca>", B, "Cancel - Ottawa Hockey Camps OWD-2025-327",
    when(2025, 9, 26, 17, 0, "-04:00"), "Hi, please cancel our retainer, OWD-2025-327, Ottawa Hockey Camps. Thanks, Luc")
p2, _ = mail(f + "-b", "Ottawa Hockey Camps <camps@ottawahockey.ca>", B, "Re: Cancel - Ottawa Hockey Camps OWD-2025-327 [OWD-3318]",
    when(2025, 9, 29, 9, 0, "-04:00"),
    "Sure - the camps are being taken over by the city rec department and they run their own website.\n\nLuc\n\n"
    "> On Sep 27, 2025, Optima WebDesign wrote:\n> Could you tell us the reason for the cancellation?",
    irt="<OWD-3318.1@optimawebdesign.com>", refs=f"{mid1} <OWD-3318.1@optimawebdesign.com>")
case(c, L, [p1, p2], OWB, "decided", [X("cancel", "2025-10-11")],
     spec="C3 thread: reason supplied in reply; request time = first email 2025-09-26 17:00 -04:00 = 2025-09-27 02:30 IST; 2025-10-12 minus 7 = 2025-10-05: enough notice; effective 2025-10-11.")

f, c = cid("own-noreply-loop")
p, _ = mail(f, "LeadsOptima <noreply@leadsoptima.com>", W, "Your refund request has been received", when(2025, 9, 26, 10, 0, "+05:30"),
    "Hi, we received your request to cancel and refund your plan. Our team will reply within 2-3 business days.")
case(c, L, [p], LOB, "ignore", rules=["C7"], spec="C7: the brand's own address (noreply@leadsoptima.com) looping into support.")

write(ledger)
