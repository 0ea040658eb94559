"""fresh20 English cases (qa20c): writers from India, the UK, the US, Australia, Nigeria, the Philippines
and Singapore.  stdlib only, deterministic: writes ledger.json, emails/*.eml and expected.json beside itself."""

import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LOA = "LeadsOptima Support <support@leadsoptima.com>"
OWA = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
# UTC offsets in minutes for September 2025 (UK on BST, US on daylight time, Sydney before DST).
TZ = {"IN": 330, "UK": 60, "NY": -240, "CHI": -300, "LA": -420, "SYD": 600, "PER": 480, "NG": 60,
      "PH": 480, "SG": 480}
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
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


def when(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(minutes=TZ[zone])))


def build(cid, i, m, prev_ids, brand):
    e = EmailMessage()
    e["From"] = m["f"]
    e["To"] = m.get("t") or (LOA if brand == LOB else OWA)
    if m.get("cc"):
        e["Cc"] = m["cc"]
    e["Subject"] = m["s"]
    e["Date"] = format_datetime(when(*m["d"]))
    dom = m["f"].split("@")[-1].strip(">").strip() or "localhost"
    mid = "<%s.%d@%s>" % (cid, i, dom)
    e["Message-ID"] = mid
    if prev_ids:
        bot = "<%s.draft@%s>" % (cid, "leadsoptima.com" if brand == LOB else "optimawebdesign.com")
        parent = m.get("parent", bot)
        e["In-Reply-To"] = parent
        e["References"] = " ".join(prev_ids + ([bot] if bot not in prev_ids else []))
    for k, v in m.get("h", {}).items():
        e[k] = v
    if m.get("html") and not m.get("b"):
        e.set_content(m["html"], subtype="html")
    else:
        e.set_content(m["b"])
        if m.get("html"):
            e.add_alternative(m["html"], subtype="html")
    if m.get("dsn"):
        e.make_mixed()
        e.set_type("multipart/report")
        e.set_param("report-type", "delivery-status")
        part = EmailMessage()
        part["Content-Type"] = "message/delivery-status"
        blocks = []
        for chunk in m["dsn"].strip().split("\n\n"):
            blk = EmailMessage()
            for line in chunk.splitlines():
                k, v = line.split(":", 1)
                blk[k] = v.strip()
            blocks.append(blk)
        part.set_payload(blocks)
        e.attach(part)
    for n, part in enumerate(p for p in e.walk() if p.get_content_maintype() == "multipart"):
        part.set_boundary("=_qa20c_%s_%d_%d" % (cid, i, n))
    return e, mid


def case(cid, brand, msgs, status, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
         ambiguous=None):
    files, ids = [], []
    short = cid.split("-", 1)[1]
    for i, m in enumerate(msgs):
        e, mid = build(cid, i, m, list(ids), brand)
        name = "emails/%s%s.eml" % (short, "" if len(msgs) == 1 else "-%d" % (i + 1))
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(e.as_bytes(policy=policy.SMTP))
        files.append(name)
        ids.append(mid)
    c = {"id": cid, "lang": cid.split("-")[0], "files": files, "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


def start():
    shutil.rmtree(os.path.join(HERE, "emails"), ignore_errors=True)
    os.makedirs(os.path.join(HERE, "emails"))


def finish():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(CASES), "cases written")


def lo_cases():
    # l01 duplicate, India, invoice typed loosely
    cust("priya.nair@gmail.com", "Priya Nair", "monthly", start="2025-09-20", end="2025-10-19")
    lopay("e01a", "LO-INV-70101", "priya.nair@gmail.com", "monthly", "1499.00", "269.82", "2025-09-20T10:02:00", "2025-09-20", "2025-10-19")
    lopay("e01b", "LO-INV-70102", "priya.nair@gmail.com", "monthly", "1499.00", "269.82", "2025-09-20T10:03:00", "2025-09-20", "2025-10-19")
    case("en-l01-kochi-double-debit", LOB, [dict(f="Priya Nair <priya.nair@gmail.com>", s="double debit on my card",
         d=("2025-09-22 09:40", "IN"),
         b="Hi team,\n\nGood morning. I got two SMS alerts from HDFC on 20th, Rs. 1,768.82 each, both LeadsOptima. "
           "Seems the payment went through twice when the page hung. The second one is lo inv 70102. Kindly reverse the extra one.\n\n"
           "Monthly plan, same login as this mail id.\n\nThanks & regards\nPriya Nair\nKochi")],
         "decided", [R("approve", "1499.00")],
         spec="L2 duplicate, L3 day 2, L4: two paid 1499.00 charges same period; refund the later (LO-INV-70102) before tax (C6).")

    # l02 duplicate, New York, day 7 only in IST
    cust("dwight.okafor@brightlinehvac.com", "Dwight Okafor", "annual", start="2025-09-10", end="2026-09-09")
    lopay("e02a", "LO-INV-70201", "dwight.okafor@brightlinehvac.com", "annual", "11988.00", "2157.84", "2025-09-10T09:00:00", "2025-09-10", "2026-09-09")
    lopay("e02b", "LO-INV-70202", "dwight.okafor@brightlinehvac.com", "annual", "11988.00", "2157.84", "2025-09-10T09:01:30", "2025-09-10", "2026-09-09")
    case("en-l02-ny-annual-twice-day7", LOB, [dict(f="Dwight Okafor <dwight.okafor@brightlinehvac.com>",
         s="Annual plan billed two times", d=("2025-09-17 08:00", "NY"),
         b="Hello,\n\nOur Amex shows the annual LeadsOptima subscription posted twice last Wednesday (two charges of INR 14,145.84 each, about $160 apiece). "
           "We only have one account. The second invoice number is LO-INV-70202. Please refund the duplicate.\n\n"
           "Dwight Okafor | Operations Manager\nBrightline HVAC | Newark, NJ\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee.")],
         "decided", [R("approve", "11988.00")],
         spec="Sent 08:00 -04:00 = 17:30 IST on 2025-09-17, day 7 of the 2025-09-10 charge (L3 day 7 inside); L4 pair -> 11988.00.")

    # l03 duplicate, LA, day 7 locally but day 8 in IST
    cust("megan.liu@fogcitydental.com", "Megan Liu", "quarterly", start="2025-09-05", end="2025-12-04")
    lopay("e03a", "LO-INV-70301", "megan.liu@fogcitydental.com", "quarterly", "3999.00", "719.82", "2025-09-05T11:00:00", "2025-09-05", "2025-12-04")
    lopay("e03b", "LO-INV-70302", "megan.liu@fogcitydental.com", "quarterly", "3999.00", "719.82", "2025-09-05T11:00:40", "2025-09-05", "2025-12-04")
    case("en-l03-la-twice-day8-ist", LOB, [dict(f="Megan Liu <megan.liu@fogcitydental.com>", s="charged twice??",
         d=("2025-09-12 19:00", "LA"),
         b="hey - just noticed you guys charged us twice for the quarterly plan, exactly a week ago. invoice LO-INV-70302 is the extra one. "
           "can you refund it pls\n\nmegan\nFog City Dental, SF")],
         "decided", [R("deny")],
         spec="19:00 -07:00 on 09-12 is 07:30 IST on 2025-09-13 = day 8 after the 2025-09-05 charge: outside L3 -> deny.")

    # l04 three identical charges, UK
    cust("tom.ashworth@ashworthjoinery.co.uk", "Tom Ashworth", "quarterly", start="2025-09-24", end="2025-12-23")
    for n, t in (("1", "14:00"), ("2", "14:01"), ("3", "14:05")):
        lopay("e04" + n, "LO-INV-7040" + n, "tom.ashworth@ashworthjoinery.co.uk", "quarterly", "3999.00", "719.82", "2025-09-24T%s:00" % t, "2025-09-24", "2025-12-23")
    case("en-l04-uk-three-charges", LOB, [dict(f="Tom Ashworth <tom.ashworth@ashworthjoinery.co.uk>", s="Taken three times for one subscription",
         d=("2025-09-26 11:15", "UK"),
         b="Morning,\n\nYour checkout page kept spinning on Wednesday so I pressed pay again - twice. Bank statement now shows three payments for the "
           "quarterly plan, all the same amount. I only want the one. The extra ones are LO-INV-70402 and LO-INV-70403.\n\n"
           "Could you sort the money back for the two spare ones please.\n\nCheers,\nTom\n--\nAshworth Joinery Ltd, Halifax\nRegistered in England & Wales No. 08812345")],
         "decided", [R("approve", "7998.00")],
         spec="Three identical charges same period (s.8): the 2nd and 3rd are duplicates, both day 2 -> 2 x 3999.00 = 7998.00 (L4, C6).")

    # l05 three charges, one duplicate outside the window, Singapore
    cust("wei.ling.tan@orchidtutors.sg", "Tan Wei Ling", "monthly", start="2025-09-05", end="2025-10-04")
    for n, day in (("a", "05"), ("b", "07"), ("c", "15")):
        lopay("e05" + n, "LO-INV-7050" + {"a": "1", "b": "2", "c": "3"}[n], "wei.ling.tan@orchidtutors.sg", "monthly", "1499.00", "269.82",
              "2025-09-%sT09:00:00" % day, "2025-09-05", "2025-10-04")
    case("en-l05-sg-third-retry", LOB, [dict(f="Tan Wei Ling <wei.ling.tan@orchidtutors.sg>", s="Monthly plan charged 3 times",
         d=("2025-09-15 20:00", "SG"),
         b="Hi LeadsOptima,\n\nMy card kena charged 3 times for the same month already. First on 5 Sep ok, then 7 Sep and today 15 Sep again "
           "(LO-INV-70502, LO-INV-70503). Same plan, same period. Pls refund the extra ones.\n\nThanks\nWei Ling\nOrchid Tutors Pte Ltd")],
         "decided", [R("approve", "1499.00")],
         spec="Email 17:30 IST 09-15. Duplicates e05b (09-07, day 8: outside L3) and e05c (day 0): refund only those inside = 1499.00 (s.8 three charges).")

    # l06 'debited twice' but ledger has one charge, Nigeria
    cust("chinedu.eze@lagosfreshmart.ng", "Chinedu Eze", "monthly", start="2025-09-18", end="2025-10-17")
    lopay("e06a", "LO-INV-70601", "chinedu.eze@lagosfreshmart.ng", "monthly", "1499.00", "269.82", "2025-09-18T12:00:00", "2025-09-18", "2025-10-17")
    case("en-l06-ng-debited-twice-no-pair", LOB, [dict(f="Chinedu Eze <chinedu.eze@lagosfreshmart.ng>", s="DOUBLE DEBIT - URGENT",
         d=("2025-09-20 10:00", "NG"),
         b="Good morning Sir/Ma,\n\nI was debited twice by my bank for LeadsOptima monthly subscription on 18th September. Invoice no LO-INV-70601. "
           "Please kindly look into it and refund the second debit.\n\nThanks and God bless.\nChinedu Eze\nLagos Fresh Mart")],
         "decided", [R("escalate")],
         spec="L2 duplicate inside L3 (day 2) but the ledger holds one charge only: no pair -> escalate (L4), amount null.")

    # l07 wrong plan, Philippines
    cust("maricel.santos@yahoo.com", "Maricel Santos", "annual", start="2025-09-25", end="2026-09-24")
    lopay("e07a", "LO-INV-70701", "maricel.santos@yahoo.com", "annual", "11988.00", "2157.84", "2025-09-25T15:20:00", "2025-09-25", "2026-09-24")
    case("en-l07-ph-annual-instead-monthly", LOB, [dict(f="Maricel Santos <maricel.santos@yahoo.com>", s="Wrong plan charged po",
         d=("2025-09-27 13:05", "PH"),
         b="Good day po!\n\nI selected the MONTHLY plan but I was charged for the annual plan instead, Rs 14,145.84 (around 9,300 pesos) "
           "(invoice LO-INV-70701). That's a billing error po, I did not choose annual. Hoping for your kind assistance.\n\nThank you and God bless,\nMaricel")],
         "decided", [R("escalate")],
         spec="L2 billing_error (wrong plan) inside L3 (day 2): L5 escalate with the charge found.")

    # l08 charged after cancelling, outside the window, Sydney
    cust("liam.obrien@bondiwaxshop.com.au", "Liam O'Brien", "monthly", status="cancelled", start="2025-09-08", end="2025-10-07")
    lopay("e08a", "LO-INV-70801", "liam.obrien@bondiwaxshop.com.au", "monthly", "1499.00", "269.82", "2025-09-08T06:00:00", "2025-09-08", "2025-10-07")
    case("en-l08-syd-charged-after-cancel-day10", LOB, [dict(f="Liam O'Brien <liam.obrien@bondiwaxshop.com.au>", s="Still being billed after I cancelled mate",
         d=("2025-09-18 09:00", "SYD"),
         b="G'day,\n\nCancelled back in August, still got charged on the 8th (LO-INV-70801). Pretty ordinary. Want that back please.\n\nLiam\nBondi Wax Shop")],
         "decided", [R("deny")],
         spec="billing_error, but 09:00 +10:00 on 09-18 = 04:30 IST 09-18, day 10 after 2025-09-08: outside L3 -> deny.")

    # l09 access failure, invoice not given, one payment -> filled from ledger
    cust("raj.pillai@merlionlogistics.sg", "Raj Pillai", "quarterly", start="2025-09-23", end="2025-12-22")
    lopay("e09a", "LO-INV-70901", "raj.pillai@merlionlogistics.sg", "quarterly", "3999.00", "719.82", "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
    case("en-l09-sg-cannot-login-no-invoice", LOB, [dict(f="Raj Pillai <raj.pillai@merlionlogistics.sg>", s="Cannot log in since renewal",
         d=("2025-09-26 16:45", "SG"),
         b="Hello,\n\nSince we renewed on Tuesday I cannot log in at all - the dashboard just spins and then says session expired. "
           "Tried Chrome, Edge, incognito. Two of your agents tried on chat already, still same. We paid for a service we cannot use, please refund.\n\nRegards,\nRaj Pillai\nMerlion Logistics")],
         "decided", [R("escalate")],
         spec="access_failure inside L3 (day 3): L6 escalate. Invoice not stated but the verified sender has exactly one payment, so it is filled from the ledger (s.1).")

    # l10 access failure, outside window via tz, Chicago
    cust("brandon.kowalski@windyprint.com", "Brandon Kowalski", "monthly", start="2025-09-03", end="2025-10-02")
    lopay("e10a", "LO-INV-71001", "brandon.kowalski@windyprint.com", "monthly", "1499.00", "269.82", "2025-09-03T08:00:00", "2025-09-03", "2025-10-02")
    case("en-l10-chi-no-access-day10", LOB, [dict(f="Brandon Kowalski <brandon.kowalski@windyprint.com>", s="platform not loading - refund",
         d=("2025-09-12 16:00", "CHI"),
         b="Your platform is not loading for us, haven't been able to use it since we paid on the 3rd. Refund invoice LO-INV-71001.\n\n-- \nBrandon\nWindy City Print Co.")],
         "decided", [R("deny")],
         spec="16:00 -05:00 on 09-12 = 02:30 IST 2025-09-13, day 10 after 2025-09-03: outside L3 -> deny.")

    # l11 changed mind, Bengaluru
    cust("arjun.shetty@outlook.com", "Arjun Shetty", "annual", start="2025-09-25", end="2026-09-24")
    lopay("e11a", "LO-INV-71101", "arjun.shetty@outlook.com", "annual", "11988.00", "2157.84", "2025-09-25T12:00:00", "2025-09-25", "2026-09-24")
    case("en-l11-blr-changed-mind", LOB, [dict(f="Arjun Shetty <arjun.shetty@outlook.com>", s="Refund for annual plan LO-INV-71101",
         d=("2025-09-27 18:20", "IN"),
         b="Hi,\n\nWe took the annual plan on Thursday but management has decided to go with HubSpot instead, so we won't be using LeadsOptima. "
           "Barely logged in. Request you to refund the full amount.\n\nRegards,\nArjun Shetty\nGrowth Lead, Bengaluru")],
         "decided", [R("deny")],
         spec="Changed mind / not used is not an L2 exception: L1 deny (inside the window does not matter); reply offers cancellation.")

    # l12 too expensive: refund + cancel, UK
    cust("fiona.mackay@highlandweave.co.uk", "Fiona Mackay", "monthly", start="2025-09-14", end="2025-10-13")
    lopay("e12a", "LO-INV-71201", "fiona.mackay@highlandweave.co.uk", "monthly", "1499.00", "269.82", "2025-09-14T09:30:00", "2025-09-14", "2025-10-13")
    case("en-l12-uk-too-dear-cancel-refund", LOB, [dict(f="Fiona Mackay <fiona.mackay@highlandweave.co.uk>", s="Cancel + refund remaining weeks",
         d=("2025-09-29 21:10", "UK"),
         b="Hello,\n\nIt's just too dear for a wee business like ours. Please cancel the subscription and refund the weeks I won't use.\n\nMany thanks,\nFiona\nHighland Weave, Inverness")],
         "decided", [R("deny"), X("cancel", "2025-10-13")],
         spec="Refund for unused days: L1 deny (also day 16, L3). Cancellation L8: current_period_end 2025-10-13.")

    # l13 free trial, Perth
    cust("jess.nguyen@swanriverpilates.com.au", "Jess Nguyen", "monthly", status="trial", trial_ends="2025-10-05")
    case("en-l13-per-trial-refund", LOB, [dict(f="Jess Nguyen <jess.nguyen@swanriverpilates.com.au>", s="refund pls",
         d=("2025-09-24 12:30", "PER"),
         b="Hi there, I've been trialling LeadsOptima for a couple of weeks and honestly it's just not for us. Can I get my money back? Ta, Jess")],
         "decided", [R("deny")],
         spec="Trial account with no charges: L7 deny, nothing to refund; reply says no billing unless they subscribe.")

    # l14 plain cancel, address in capitals
    cust("marcus.bell@bellandcofinancial.com", "Marcus Bell", "quarterly", start="2025-08-01", end="2025-10-31")
    lopay("e14a", "LO-INV-71401", "marcus.bell@bellandcofinancial.com", "quarterly", "3999.00", "719.82", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
    case("en-l14-ny-caps-address-cancel", LOB, [dict(f="Marcus Bell <Marcus.Bell@BellAndCoFinancial.com>", s="cancel",
         d=("2025-09-23 07:55", "NY"),
         b="Cancel my subscription effective end of term. We're consolidating vendors.\n\nSent from my iPhone")],
         "decided", [X("cancel", "2025-10-31")],
         spec="Address compares case-insensitively (s.8): verified. L8 cancel, current_period_end 2025-10-31; plan filled from ledger.")

    # l15 cancel, fallback date with a UTC ledger time
    cust("ngozi.adebayo@gmail.com", "Ngozi Adebayo", "monthly")
    lopay("e15a", "LO-INV-71501", "ngozi.adebayo@gmail.com", "monthly", "1499.00", "269.82", "2025-08-11T20:00:00Z", "2025-08-12", "2025-09-11")
    lopay("e15b", "LO-INV-71502", "ngozi.adebayo@gmail.com", "monthly", "1499.00", "269.82", "2025-09-11T20:00:00Z", "2025-09-12", "2025-10-11")
    case("en-l15-ng-cancel-utc-charge", LOB, [dict(f="Ngozi Adebayo <ngozi.adebayo@gmail.com>", s="Please stop my subscription",
         d=("2025-09-21 14:00", "NG"),
         b="Hello LeadsOptima,\n\nPlease I want to stop my monthly subscription. Business is slow this season so I can't keep paying. "
           "Don't debit me again.\n\nRegards\nNgozi")],
         "decided", [X("cancel", "2025-10-11")],
         spec="No current_period_end: L8 fallback. Last charge 2025-09-11T20:00Z = 2025-09-12 01:30 IST (s.8 offsets); + 1 month - 1 day = 2025-10-11.")

    # l16 annual fallback, Philippines
    cust("jun.delacruz@manilabaybikes.ph", "Jun Dela Cruz", "annual")
    lopay("e16a", "LO-INV-71601", "jun.delacruz@manilabaybikes.ph", "annual", "11988.00", "2157.84", "2025-03-15T10:00:00", None, None)
    case("en-l16-ph-annual-cancel-fallback", LOB, [dict(f="Jun Dela Cruz <jun.delacruz@manilabaybikes.ph>", s="Cancellation of subscription",
         d=("2025-09-19 08:10", "PH"),
         b="Good day!\n\nKindly cancel our LeadsOptima subscription, we will not renew anymore since we are closing the shop by December. "
           "Please confirm until when we can still use the account.\n\nThank you po,\nJun Dela Cruz\nManila Bay Bikes")],
         "decided", [X("cancel", "2026-03-14")],
         spec="No period in ledger: L8 fallback, annual charge 2025-03-15 + 12 months - 1 day = 2026-03-14.")

    # l17 C2: gmail names a different registered address
    cust("hannah@wrightsbakery.co.uk", "Hannah Wright", "monthly", start="2025-09-09", end="2025-10-08")
    lopay("e17a", "LO-INV-71701", "hannah@wrightsbakery.co.uk", "monthly", "1499.00", "269.82", "2025-09-09T09:00:00", "2025-09-09", "2025-10-08")
    case("en-l17-uk-personal-gmail-c2", LOB, [dict(f="Hannah Wright <hannah.r.wright@gmail.com>", s="cancelling",
         d=("2025-09-20 19:40", "UK"),
         b="Hi, writing from my personal email as I'm locked out of the work one. The account is hannah@wrightsbakery.co.uk, monthly. "
           "Please cancel, the bakery is closing.\n\nHannah")],
         "need_info", rules=["C2"],
         spec="Request from an address other than the registered one it names: C2, draft asks to write from hannah@wrightsbakery.co.uk, no account details.")

    # l18 C2 via an Outlook forward
    cust("ramesh.kumar@kumarassociates.in", "Ramesh Kumar", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("e18a", "LO-INV-71801", "ramesh.kumar@kumarassociates.in", "monthly", "1499.00", "269.82", "2025-09-24T11:00:00", "2025-09-24", "2025-10-23")
    lopay("e18b", "LO-INV-71802", "ramesh.kumar@kumarassociates.in", "monthly", "1499.00", "269.82", "2025-09-24T11:02:00", "2025-09-24", "2025-10-23")
    case("en-l18-in-pa-forward-c2", LOB, [dict(f="Office Kumar Associates <pa.office@kumarassociates.in>", s="FW: Refund - charged twice",
         d=("2025-09-26 10:05", "IN"),
         b="Dear Sir/Madam,\n\nPlease see below mail from our MD and do the needful.\n\nRegards,\nSunita (PA to MD)\n\n"
           "________________________________\nFrom: Ramesh Kumar <ramesh.kumar@kumarassociates.in>\nSent: Thursday, September 25, 2025 6:14 PM\n"
           "To: Office Kumar Associates <pa.office@kumarassociates.in>\nSubject: Refund - charged twice\n\n"
           "Sunita, LeadsOptima has charged us twice for the monthly plan on 24th. Registered email is ramesh.kumar@kumarassociates.in. "
           "Duplicate invoice LO-INV-71802. Pls write to them for refund.\n\nRamesh")],
         "need_info", rules=["C2"],
         spec="s.8 forwards: the forwarded request names registered email ramesh.kumar@ but the sender is pa.office@: C2, nothing about the account.")

    # l19 own forward from the registered address
    cust("sarah.jenkins@cotswoldcandles.co.uk", "Sarah Jenkins", "quarterly", start="2025-07-20", end="2025-10-19")
    lopay("e19a", "LO-INV-71901", "sarah.jenkins@cotswoldcandles.co.uk", "quarterly", "3999.00", "719.82", "2025-07-20T09:00:00", "2025-07-20", "2025-10-19")
    case("en-l19-uk-self-forward-cancel", LOB, [dict(f="Sarah Jenkins <sarah.jenkins@cotswoldcandles.co.uk>", s="Fwd: Cancel quarterly plan",
         d=("2025-09-24 08:30", "UK"),
         b="Sent this to the wrong address last week, I think - forwarding.\n\nBegin forwarded message:\n\n"
           "From: Sarah Jenkins <sarah.jenkins@cotswoldcandles.co.uk>\nSubject: Cancel quarterly plan\nDate: 17 September 2025 at 10:02:11 BST\n"
           "To: hello@leadsoptima.co\n\nHello, please cancel my quarterly plan at the end of this quarter. We've moved our leads into Shopify's own tools. Thanks, Sarah")],
         "decided", [X("cancel", "2025-10-19")],
         spec="Apple Mail forward from the registered address itself: read for the request it carries (s.8). L8 cancel, current_period_end 2025-10-19.")

    # l20 +tag address
    cust("ravi.menon@gmail.com", "Ravi Menon", "monthly", start="2025-09-25", end="2025-10-24")
    lopay("e20a", "LO-INV-72001", "ravi.menon@gmail.com", "monthly", "1499.00", "269.82", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    lopay("e20b", "LO-INV-72002", "ravi.menon@gmail.com", "monthly", "1499.00", "269.82", "2025-09-25T10:00:50", "2025-09-25", "2025-10-24")
    case("en-l20-in-plus-tag-sender", LOB, [dict(f="Ravi Menon <ravi.menon+leads@gmail.com>", s="Charged twice LO-INV-72002",
         d=("2025-09-27 11:00", "IN"),
         b="Hi, you've charged me twice on 25 Sep for the monthly plan. Please refund LO-INV-72002.\nRavi")],
         "need_info", rules=["C2"],
         spec="s.8: a +tag makes another address; ravi.menon+leads@ is not on record (unknown sender): C2, no account details.")

    # l21 Reply-To does not verify
    cust("daniel.harper@harperroofing.com.au", "Daniel Harper", "annual", start="2025-04-02", end="2026-04-01")
    lopay("e21a", "LO-INV-72101", "daniel.harper@harperroofing.com.au", "annual", "11988.00", "2157.84", "2025-04-02T09:00:00", "2025-04-02", "2026-04-01")
    case("en-l21-syd-reply-to-trick", LOB, [dict(f="Dan H <d.harper1987@yahoo.com.au>", s="cancel my plan",
         h={"Reply-To": "daniel.harper@harperroofing.com.au"}, d=("2025-09-16 20:15", "SYD"),
         b="Hi, please cancel the annual subscription on daniel.harper@harperroofing.com.au - work email's playing up so sending from my yahoo. "
           "We've sold the business. Cheers, Dan")],
         "need_info", rules=["C2"],
         spec="Sender is From (yahoo), not the registered address; Reply-To never verifies (s.8): C2.")

    # l22 chargeback threat + cancel
    cust("tyler.brooks@brooksauto.com", "Tyler Brooks", "monthly", start="2025-09-19", end="2025-10-18")
    lopay("e22a", "LO-INV-72201", "tyler.brooks@brooksauto.com", "monthly", "1499.00", "269.82", "2025-09-19T09:00:00", "2025-09-19", "2025-10-18")
    case("en-l22-us-amex-chargeback", LOB, [dict(f="Tyler Brooks <tyler.brooks@brooksauto.com>", s="Cancel NOW",
         d=("2025-09-22 22:40", "CHI"),
         b="Your software is garbage, half the leads are duplicates. Cancel my account and refund the money you took on the 19th (LO-INV-72201) "
           "or I'm calling Amex and doing a chargeback. Your call.\n\nT. Brooks")],
         "decided", [R("escalate"), X("escalate")], rules=["C4"],
         spec="Chargeback threat: C4 escalates the whole case, refund and cancellation (s.8).")

    # l23 consumer forum, India
    cust("sunil.verma@rediffmail.com", "Sunil Verma", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("e23a", "LO-INV-72301", "sunil.verma@rediffmail.com", "monthly", "1499.00", "269.82", "2025-09-24T16:00:00", "2025-09-24", "2025-10-23")
    case("en-l23-in-consumer-forum", LOB, [dict(f="Sunil Verma <sunil.verma@rediffmail.com>", s="Excess amount deducted - LO-INV-72301",
         d=("2025-09-25 12:10", "IN"),
         b="Respected Sir,\n\nWith reference to the above invoice, excess amount is deducted from my account compared to the rate shown on website. "
           "Kindly refund the difference within 3 days failing which I shall be constrained to approach the Consumer Forum.\n\nYours faithfully,\nSunil Verma\nLucknow")],
         "decided", [R("escalate")], rules=["C4"],
         spec="Consumer forum threat: C4 escalate (billing_error inside the window would escalate anyway, L5).")

    # l24 statutory rights, UK
    cust("oliver.grant@grantandpartners.co.uk", "Oliver Grant", "annual", start="2025-09-21", end="2026-09-20")
    lopay("e24a", "LO-INV-72401", "oliver.grant@grantandpartners.co.uk", "annual", "11988.00", "2157.84", "2025-09-21T10:00:00", "2025-09-21", "2026-09-20")
    case("en-l24-uk-statutory-rights", LOB, [dict(f="Oliver Grant <oliver.grant@grantandpartners.co.uk>", s="Refund of annual subscription LO-INV-72401",
         d=("2025-09-23 09:00", "UK"),
         b="Dear Sir or Madam,\n\nWe subscribed on 21 September in error; the annual tier was purchased by a junior colleague without authorisation. "
           "We would like a full refund. I would remind you that our statutory rights are not affected by your terms.\n\nYours faithfully,\nOliver Grant\nPartner")],
         "decided", [R("escalate")], rules=["C4"],
         spec="Mention of statutory rights: C4 escalate (otherwise L1 deny).")

    # l25 negation: no refund, just cancel (Nigeria)
    cust("aisha.bello@kanoagrotech.ng", "Aisha Bello", "quarterly", start="2025-09-02", end="2025-12-01")
    lopay("e25a", "LO-INV-72501", "aisha.bello@kanoagrotech.ng", "quarterly", "3999.00", "719.82", "2025-09-02T10:00:00", "2025-09-02", "2025-12-01")
    case("en-l25-ng-no-refund-just-cancel", LOB, [dict(f="Aisha Bello <aisha.bello@kanoagrotech.ng>", s="Cancellation",
         d=("2025-09-25 09:30", "NG"),
         b="Good morning,\n\nI am not asking for any refund o, I know the quarter is paid. I just want to cancel so it does not renew in December. "
           "We are moving to a cheaper tool.\n\nThank you,\nAisha Bello")],
         "decided", [X("cancel", "2025-12-01")],
         spec="Negation (s.8) adds no refund intent; L8 cancel at current_period_end 2025-12-01.")

    # l26 hypothetical before buying
    case("en-l26-au-would-i-get-refund", LOB, [dict(f="Chloe Martin <chloe.martin.designs@gmail.com>", s="Question before I sign up",
         d=("2025-09-18 15:00", "SYD"),
         b="Hi! Thinking about the annual plan for my studio. If I sign up and it turns out not to be a fit after a month, would I get a refund? "
           "Also do you integrate with Xero?\n\nThanks heaps,\nChloe")],
         "other",
         spec="Hypothetical before buying (s.8): a policy question, no request -> other.")

    # l27 thank-you after a refund
    cust("grace.lim@sgbakes.sg", "Grace Lim", "monthly", start="2025-09-10", end="2025-10-09")
    lopay("e27a", "LO-INV-72701", "grace.lim@sgbakes.sg", "monthly", "1499.00", "269.82", "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
    case("en-l27-sg-thanks-refund-received", LOB, [dict(f="Grace Lim <grace.lim@sgbakes.sg>", s="Re: Your refund has been processed",
         h={"In-Reply-To": "<refund-72701.notice@leadsoptima.com>", "References": "<refund-72701.notice@leadsoptima.com>"},
         d=("2025-09-29 10:20", "SG"),
         b="Hi team, just to say the refund for the double charge came in today. Thanks for the fast help! Nothing else needed.\n\nGrace\n\n"
           "> Your refund of INR 1,499.00 has been initiated.")],
         "other",
         spec="Thank-you for a past refund: no request (s.8 past events) -> other.")

    # l28 invoice question asking for nothing
    cust("patrick.oneill@oneillhvac.com", "Patrick O'Neill", "quarterly", start="2025-09-01", end="2025-11-30")
    lopay("e28a", "LO-INV-72801", "patrick.oneill@oneillhvac.com", "quarterly", "3999.00", "719.82", "2025-09-01T09:00:00", "2025-09-01", "2025-11-30")
    case("en-l28-us-invoice-fyi", LOB, [dict(f="Patrick O'Neill <patrick.oneill@oneillhvac.com>", s="LO-INV-72801",
         d=("2025-09-15 11:00", "NY"),
         b="Hi - our bookkeeper asked me to confirm that LO-INV-72801 covers the quarterly plan Sept-Nov. I checked the PDF and it does, so we're all set. "
           "No action needed, just closing the loop.\n\nPat")],
         "other",
         spec="Invoice remark that asks for nothing: neither refund nor cancellation -> other.")

    # l29 out of office
    case("en-l29-ooo-autoreply", LOB, [dict(f="Megan Liu <megan.liu@fogcitydental.com>", s="Automatic reply: Your LeadsOptima receipt",
         h={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, d=("2025-09-25 09:00", "LA"),
         b="I'm out of the office until Monday Sept 29 with limited access to email. For billing emergencies contact frontdesk@fogcitydental.com.")],
         "ignore", rules=["C7"], spec="Auto-Submitted: auto-replied -> C7 ignore.")

    # l30 bounce
    case("en-l30-mailer-daemon-bounce", LOB, [dict(f="Mail Delivery Subsystem <MAILER-DAEMON@mx.leadsoptima-mail.net>",
         s="Undelivered Mail Returned to Sender", d=("2025-09-24 03:12", "IN"),
         b="This is the mail system at host mx.leadsoptima-mail.net.\n\nI'm sorry to have to inform you that your message could not be delivered. "
           "<old.client@defunct-co.in>: host said: 550 5.1.1 User unknown (refund request)",
         dsn="Reporting-MTA: dns; mx.leadsoptima-mail.net\n\nFinal-Recipient: rfc822; old.client@defunct-co.in\nAction: failed\nStatus: 5.1.1\n")],
         "ignore", rules=["C7"], spec="MAILER-DAEMON sender, multipart/report delivery-status (RFC 3464) -> C7 ignore.")

    # l31 mailing list
    case("en-l31-list-newsletter", LOB, [dict(f="SaaS Weekly <digest@saasweekly.io>", s="This week: how to cancel a subscription without churn",
         h={"List-Id": "SaaS Weekly <weekly.saasweekly.io>", "Precedence": "bulk", "List-Unsubscribe": "<mailto:unsub@saasweekly.io>"},
         d=("2025-09-23 06:00", "NY"),
         b="Top stories: refund policies that work; cancel flows; why double charges happen.\n\nUnsubscribe any time.")],
         "ignore", rules=["C7"], spec="List-Id and Precedence: bulk -> C7 ignore.")

    # l32 the brand's own address
    case("en-l32-own-noreply", LOB, [dict(f="LeadsOptima <noreply@leadsoptima.com>", s="Your subscription was cancelled",
         d=("2025-09-22 12:00", "IN"),
         b="Hi, your LeadsOptima subscription has been cancelled and will end on 2025-10-21. Need a refund? Reply to this email.")],
         "ignore", rules=["C7"], spec="From the brand's own address noreply@leadsoptima.com -> C7 ignore.")

    # l33 missing reason, Nigerian formal mail with disclaimer
    cust("olumide.ajayi@zenithcourier.ng", "Olumide Ajayi", "monthly", start="2025-09-25", end="2025-10-24")
    lopay("e33a", "LO-INV-73301", "olumide.ajayi@zenithcourier.ng", "monthly", "1499.00", "269.82", "2025-09-25T11:00:00", "2025-09-25", "2025-10-24")
    case("en-l33-ng-do-the-needful-no-reason", LOB, [dict(f="Olumide Ajayi <olumide.ajayi@zenithcourier.ng>", s="REQUEST FOR REFUND - LO-INV-73301",
         d=("2025-09-26 08:45", "NG"),
         b="Dear Sir/Ma,\n\nREQUEST FOR REFUND\n\nI write to request a refund of the payment made on invoice LO-INV-73301 for my monthly subscription. "
           "Kindly treat as urgent and do the needful.\n\nThank you for your anticipated cooperation.\n\nYours faithfully,\nOlumide Ajayi\nHead, Admin\n"
           "Zenith Courier Services Ltd\n\nDISCLAIMER: This email and its attachments are confidential and intended for the addressee only. "
           "If you are not the intended recipient, please delete it. Zenith Courier accepts no liability for viruses.")],
         "need_info", missing=["reason"],
         spec="s.8: restating the request, 'do the needful', courtesy lines and disclaimer are not reasons; plan from ledger, invoice stated -> ask reason (C3).")

    # l34 missing reason, angry restatement, one payment
    cust("kayla.jefferson@gmail.com", "Kayla Jefferson", "monthly", start="2025-09-27", end="2025-10-26")
    lopay("e34a", "LO-INV-73401", "kayla.jefferson@gmail.com", "monthly", "1499.00", "269.82", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
    case("en-l34-us-money-back-no-reason", LOB, [dict(f="Kayla Jefferson <kayla.jefferson@gmail.com>", s="refund",
         d=("2025-09-28 23:50", "CHI"),
         b="I want my money back. Refund the payment please. REFUND.\n\nSent from my iPhone")],
         "need_info", missing=["reason"],
         spec="Only restatements (s.8): no reason. Plan and the one invoice come from the ledger (s.1) -> missing reason only.")

    # l35 thread: reason supplied after need_info, reply after the window
    cust("ana.reyes@cebucoffee.ph", "Ana Reyes", "monthly", start="2025-09-19", end="2025-10-18")
    lopay("e35a", "LO-INV-73501", "ana.reyes@cebucoffee.ph", "monthly", "1499.00", "269.82", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
    lopay("e35b", "LO-INV-73502", "ana.reyes@cebucoffee.ph", "monthly", "1499.00", "269.82", "2025-09-19T10:02:00", "2025-09-19", "2025-10-18")
    case("en-l35-ph-thread-reason-later", LOB, [
        dict(f="Ana Reyes <ana.reyes@cebucoffee.ph>", s="Refund LO-INV-73502", d=("2025-09-25 10:00", "PH"),
             b="Hi po, requesting refund for LO-INV-73502. Thank you po!\n\nAna\nCebu Coffee Co."),
        dict(f="Ana Reyes <ana.reyes@cebucoffee.ph>", s="Re: Refund LO-INV-73502 [LO-4518]", d=("2025-09-28 09:15", "PH"),
             b="Sorry po for the late reply. Reason: I was charged two times on Sept 19 for the same month, the card shows two debits.\n\nAna\n\n"
               "On Thu, Sep 25, 2025 at 2:05 PM LeadsOptima Support <support@leadsoptima.com> wrote:\n> Thank you for writing. To look into this we need:\n> - the reason for the refund\n")],
         "decided", [R("approve", "1499.00")],
         spec="C3 thread: the answer merges; request time is the first email (09-25 07:30 IST, day 6), so L3 holds though the reply is day 9; L4 -> 1499.00.")

    # l36 HTML-only cancel
    cust("rebecca.stone@outlook.com.au", "Rebecca Stone", "annual", start="2025-02-10", end="2026-02-09")
    lopay("e36a", "LO-INV-73601", "rebecca.stone@outlook.com.au", "annual", "11988.00", "2157.84", "2025-02-10T09:00:00", "2025-02-10", "2026-02-09")
    case("en-l36-au-html-only-cancel", LOB, [dict(f="Rebecca Stone <rebecca.stone@outlook.com.au>", s="Don't renew please",
         d=("2025-09-17 10:10", "SYD"),
         html="<html><body><div style=\"font-family:Calibri\"><p>Hi LeadsOptima team,</p><p>Please <b>cancel</b> our annual plan so it "
              "doesn&rsquo;t auto-renew in February. We&rsquo;re winding down the agency side of things.</p><p>Kind regards,<br>Bec Stone</p>"
              "<p style=\"color:#888\">Get <a href=\"https://aka.ms/o0ukef\">Outlook for iOS</a></p></div></body></html>")],
         "decided", [X("cancel", "2026-02-09")],
         spec="HTML-only mail; L8 cancel at current_period_end 2026-02-09.")

    # l37 duplicate already refunded (payment not paid)
    cust("kiran.rao@gmail.com", "Kiran Rao", "monthly", start="2025-09-21", end="2025-10-20")
    lopay("e37a", "LO-INV-73701", "kiran.rao@gmail.com", "monthly", "1499.00", "269.82", "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")
    lopay("e37b", "LO-INV-73702", "kiran.rao@gmail.com", "monthly", "1499.00", "269.82", "2025-09-21T09:01:00", "2025-09-21", "2025-10-20", status="refunded")
    case("en-l37-in-dup-already-refunded", LOB, [dict(f="Kiran Rao <kiran.rao@gmail.com>", s="charged twice - LO-INV-73702",
         d=("2025-09-23 19:00", "IN"),
         b="Hello, I was charged twice on 21st for my monthly plan. The extra invoice is LO-INV-73702. Please refund it asap.\nKiran, Hyderabad")],
         "decided", [R("escalate")],
         spec="The charge quoted has status refunded: a refund of a payment not 'paid' is escalate (s.8); no paid pair either (L4).")

    # l38 amounts as people write them, GST-inclusive figure
    cust("nikhil.joshi@joshitextiles.in", "Nikhil Joshi", "annual", start="2025-09-29", end="2026-09-28")
    lopay("e38a", "LO-INV-73801", "nikhil.joshi@joshitextiles.in", "annual", "11988.00", "2157.84", "2025-09-29T09:00:00", "2025-09-29", "2026-09-28")
    lopay("e38b", "LO-INV-73802", "nikhil.joshi@joshitextiles.in", "annual", "11988.00", "2157.84", "2025-09-29T09:05:00", "2025-09-29", "2026-09-28")
    case("en-l38-mum-rs-slash-dash", LOB, [dict(f="Nikhil Joshi <nikhil.joshi@joshitextiles.in>", s="Rs.14,145.84/- deducted two times!!",
         d=("2025-09-30 11:30", "IN"),
         b="Hello team\nyesterday Rs.14,145.84/- got deducted two times from our ICICI current a/c for annual plan. only one plan we took. "
           "2nd invoice LO INV 73802. pls refund the excess amt of Rs. 14,145.84/- at the earliest\nthanks\nNikhil Joshi\nJoshi Textiles, Bhiwandi")],
         "decided", [R("approve", "11988.00")],
         spec="L4 pair on 2025-09-29, day 1; 'LO INV 73802' matches LO-INV-73802 (s.8). Refund before tax 11988.00, not the GST-inclusive 14,145.84 (C6).")

    # l39 the other brand's customer
    cust("sophie.turner@turnerevents.com.au", "Sophie Turner", "monthly", start="2025-09-12", end="2025-10-11")
    lopay("e39a", "LO-INV-73901", "sophie.turner@turnerevents.com.au", "monthly", "1499.00", "269.82", "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")
    case("en-l39-lo-customer-writes-owd", OWB, [dict(f="Sophie Turner <sophie.turner@turnerevents.com.au>", t=OWA, s="Cancel LeadsOptima monthly",
         d=("2025-09-20 11:00", "SYD"),
         b="Hi, please cancel my LeadsOptima monthly plan. We've stopped running events this year.\nThanks, Sophie")],
         "need_info", rules=["C2"],
         spec="C1: sent to the Optima mailbox, so brand optima_webdesign; ledger searched there only, sender unknown -> C2/C3 (s.8 other brand's customer).")

    # l40 access failure + cancel
    cust("femi.adeyemi@ibadanprints.ng", "Femi Adeyemi", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("e40a", "LO-INV-74001", "femi.adeyemi@ibadanprints.ng", "monthly", "1499.00", "269.82", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    case("en-l40-ng-not-loading-refund-cancel", LOB, [dict(f="Femi Adeyemi <femi.adeyemi@ibadanprints.ng>", s="Platform not loading since payment",
         d=("2025-09-27 17:00", "NG"),
         b="Hello,\nSince I paid on Wednesday (LO-INV-74001) the platform is not loading at all, just white screen. Your support said they will check, nothing till now. "
           "Please refund me and cancel the subscription, I can't continue like this.\nFemi")],
         "decided", [R("escalate"), X("cancel", "2025-10-23")],
         spec="access_failure inside L3 (day 3): L6 escalate; cancellation L8 at current_period_end 2025-10-23.")

    # l41 mobile dictation, no punctuation
    cust("joy.villanueva@gmail.com", "Joy Villanueva", "monthly", start="2025-09-09", end="2025-10-08")
    lopay("e41a", "LO-INV-74101", "joy.villanueva@gmail.com", "monthly", "1499.00", "269.82", "2025-09-09T09:00:00", "2025-09-09", "2025-10-08")
    case("en-l41-ph-dictated-cancel", LOB, [dict(f="Joy Villanueva <joy.villanueva@gmail.com>", s="cancel",
         d=("2025-09-22 21:37", "PH"),
         b="hi pls cancel my leadsoptima acct we closed the shop na thank u joy")],
         "decided", [X("cancel", "2025-10-08")],
         spec="Dictated one-liner from the registered address: L8 cancel at 2025-10-08.")

    # l42 past event + new unrelated question
    cust("ethan.cole@colelandscaping.com", "Ethan Cole", "annual", start="2025-01-20", end="2026-01-19")
    case("en-l42-us-past-refund-new-question", LOB, [dict(f="Ethan Cole <ethan.cole@colelandscaping.com>", s="second user seat?",
         d=("2025-09-19 13:00", "CHI"),
         b="Hi folks, back in January you refunded a double charge for us within a day, appreciated. "
           "Quick one: can I add my office manager as a second user on the annual plan, and what does that cost?\n\nEthan")],
         "other",
         spec="Past refund is history, not a request (s.8 past events); the question is neither refund nor cancellation -> other.")

    # l43 top-posted reply with quoted history
    cust("laura.kim@windycitydental.com", "Laura Kim", "quarterly", start="2025-08-15", end="2025-11-14")
    lopay("e43a", "LO-INV-74301", "laura.kim@windycitydental.com", "quarterly", "3999.00", "719.82", "2025-08-15T09:00:00", "2025-08-15", "2025-11-14")
    case("en-l43-chi-top-posted-cancel", LOB, [dict(f="Laura Kim <laura.kim@windycitydental.com>", s="Re: CSV export on quarterly plan",
         h={"In-Reply-To": "<support-reply-7430.1@leadsoptima.com>",
            "References": "<csv-question.laura.kim@windycitydental.com> <support-reply-7430.1@leadsoptima.com>"},
         d=("2025-09-24 09:05", "CHI"),
         b="Ok, if exports aren't on our tier then there's no point - please just cancel the plan at the end of the quarter.\n\nLaura\n\n"
           "On Tue, Sep 23, 2025 at 10:12 AM LeadsOptima Support <support@leadsoptima.com> wrote:\n"
           "> Hi Laura, CSV export is available on the annual plan only.\n>\n> > Does the quarterly plan include CSV export?")],
         "decided", [X("cancel", "2025-11-14")],
         spec="Top-posted answer above quoted history: L8 cancel at current_period_end 2025-11-14.")

    # l44 solicitor (UK word for lawyer), refund + cancel
    cust("james.whitfield@whitfieldgarages.co.uk", "James Whitfield", "monthly", start="2025-09-20", end="2025-10-19")
    lopay("e44a", "LO-INV-74401", "james.whitfield@whitfieldgarages.co.uk", "monthly", "1499.00", "269.82", "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
    case("en-l44-uk-solicitor", LOB, [dict(f="James Whitfield <james.whitfield@whitfieldgarages.co.uk>", s="Formal complaint",
         d=("2025-09-24 16:20", "UK"),
         b="To whom it may concern,\n\nYour platform has been unusable for days. I want the subscription cancelled and the September fee (LO-INV-74401) returned. "
           "I have passed the correspondence to my solicitor, who will be in touch if this is not resolved.\n\nJ. Whitfield")],
         "decided", [R("escalate"), X("escalate")], rules=["C4"],
         spec="A solicitor is a lawyer (C4): the legal threat escalates every intent, the cancellation included (s.8).")


def owd_cases():
    # o01 deposit inside 72h, New York
    proj("Hudson Pilates Studio Site", "ops@hudsonpilates.com")
    owpay("eo01", "OWD-2025-301", "Hudson Pilates Studio Site", "deposit", "50000.00", "9000.00", "2025-09-22T11:00:00")
    case("en-o01-ny-deposit-56h", OWB, [dict(f="Hudson Pilates Ops <ops@hudsonpilates.com>", s="Refund Request — Hudson Pilates Studio Site / OWD-2025-301",
         d=("2025-09-24 10:00", "NY"),
         b="Hi Optima team,\n\nOur board froze all capex this morning, so we have to pull out of the website project before it starts. "
           "Please refund the booking deposit (OWD-2025-301, project Hudson Pilates Studio Site).\n\nBest,\nNora Feld\nOperations, Hudson Pilates")],
         "decided", [R("approve", "50000.00")], extra_ok=True,
         spec="10:00 -04:00 on 09-24 = 19:30 IST; paid 09-22 11:00: 56.5 h < 72 h, no work started (O2) -> 50000.00 before tax (C6). "
              "They pull out of the project: a cancellation part would be harmless.")

    # o02 deposit exactly 72h
    proj("Kestrel Prints Rebrand", "hello@kestrelprints.co.uk")
    owpay("eo02", "OWD-2025-302", "Kestrel Prints Rebrand", "deposit", "30000.00", "5400.00", "2025-09-15T10:00:00")
    case("en-o02-uk-deposit-exactly-72h", OWB, [dict(f="Kestrel Prints <hello@kestrelprints.co.uk>", s="Deposit refund - Kestrel Prints Rebrand",
         d=("2025-09-18 05:30", "UK"),
         b="Morning,\n\nSorry to do this - our investor has pulled out so we can't go ahead with the rebrand. Could we have the deposit back please? "
           "Invoice OWD-2025-302.\n\nKind regards,\nAlfie Brennan\nKestrel Prints, Bristol")],
         "decided", [R("deny")],
         spec="05:30 +01:00 = 10:00 IST on 09-18, exactly 72 h after 2025-09-15 10:00: not 'before 72 hours' (s.8) -> deny O2.")

    # o03 deposit inside 72h but work already started
    proj("Lagos Eats Landing Page", "team@lagoseats.ng", "2025-09-21T10:00:00")
    owpay("eo03", "OWD-2025-303", "Lagos Eats Landing Page", "deposit", "25000.00", "4500.00", "2025-09-20T15:00:00")
    case("en-o03-ng-deposit-work-started", OWB, [dict(f="Lagos Eats <team@lagoseats.ng>", s="Refund of deposit OWD-2025-303",
         d=("2025-09-22 09:00", "NG"),
         b="Good morning,\n\nWe paid deposit on Saturday for Lagos Eats Landing Page. We have decided to use in-house developer, please refund the deposit.\n\nRegards,\nTobi")],
         "decided", [R("deny")],
         spec="Request 13:30 IST 09-22 is within 72 h, but work started 09-21 10:00 first: 'whichever occurs first' -> deny O2.")

    # o04 discovery, nothing started
    proj("Byron Surf Co Website", "admin@byronsurfco.com.au")
    owpay("eo04", "OWD-2025-304", "Byron Surf Co Website", "discovery", "15000.00", "2700.00", "2025-09-18T12:00:00")
    case("en-o04-au-discovery-not-started", OWB, [dict(f="Byron Surf Co <admin@byronsurfco.com.au>", s="Refund — Byron Surf Co Website (OWD-2025-304)",
         d=("2025-09-23 14:00", "SYD"),
         b="Hey team,\n\nWe paid for the discovery workshop last week but the owners have decided to sell the shop, so no website. "
           "We haven't had any session yet. Can we get that refunded?\n\nCheers,\nMia")],
         "decided", [R("approve", "15000.00")],
         spec="O1: discovery with work_started_at empty -> full refund 15000.00 before tax.")

    # o05 discovery, work start scheduled after the request
    proj("Makati Dental Portal", "clinic@makatidental.ph", "2025-09-29T11:00:00")
    owpay("eo05", "OWD-2025-305", "Makati Dental Portal", "discovery", "20000.00", "3600.00", "2025-09-19T10:00:00")
    case("en-o05-ph-discovery-before-kickoff", OWB, [dict(f="Makati Dental Clinic <clinic@makatidental.ph>", s="Cancel discovery and refund",
         d=("2025-09-26 15:30", "PH"),
         b="Good afternoon po,\n\nRe: Makati Dental Portal, invoice OWD-2025-305. Our doctors decided to postpone the portal until next year due to budget, "
           "so please cancel the discovery workshop scheduled on Sept 29 and refund our payment.\n\nThank you po,\nDra. Lim")],
         "decided", [R("approve", "20000.00")], extra_ok=True,
         spec="O1: work_started_at 2025-09-29 is later than the request (09-26) -> full refund 20000.00; a cancellation part would be harmless.")

    # o06 discovery session held
    proj("Thames Valley Physio", "info@tvphysio.co.uk", "2025-09-10T14:00:00")
    owpay("eo06", "OWD-2025-306", "Thames Valley Physio", "discovery", "12000.00", "2160.00", "2025-09-05T10:00:00")
    case("en-o06-uk-discovery-held", OWB, [dict(f="TV Physio <info@tvphysio.co.uk>", s="Refund Request — Thames Valley Physio / OWD-2025-306",
         d=("2025-09-24 12:00", "UK"),
         b="Hello,\n\nWe had the strategy session on the 10th but honestly didn't find it useful - it was mostly things we already knew. "
           "We'd like the discovery fee refunded.\n\nRegards,\nDr Ellie Shaw")],
         "decided", [R("deny")], spec="O1: the session started 2025-09-10, before the request -> deny.")

    # o07 milestone not started, invoice with slashes
    proj("Raffles Wealth Microsite", "digital@raffleswealth.sg", "2025-08-01T10:00:00")
    owpay("eo07a", "OWD-2025-307", "Raffles Wealth Microsite", "milestone", "30000.00", "5400.00", "2025-08-01T10:00:00", milestone_status="approved")
    owpay("eo07b", "OWD-2025-308", "Raffles Wealth Microsite", "milestone", "40000.00", "7200.00", "2025-09-15T10:00:00", milestone_status="not_started")
    case("en-o07-sg-milestone-not-started", OWB, [dict(f="Raffles Wealth Digital <digital@raffleswealth.sg>", s="Milestone 2 refund",
         d=("2025-09-25 11:00", "SG"),
         b="Dear Optima,\n\nFor Raffles Wealth Microsite, compliance has blocked phase 2 (the calculator tools), so we would like to stop there. "
           "Please refund milestone 2, our ref OWD/2025/308. Phase 1 we are happy with.\n\nBest regards,\nKelvin Ong\nDigital, Raffles Wealth")],
         "decided", [R("approve", "40000.00")], extra_ok=True,
         spec="O3: milestone OWD-2025-308 not_started -> 40000.00 before tax; 'OWD/2025/308' matches ignoring slashes (s.8). "
              "They stop the project after phase 1: a cancellation part would be harmless.")

    # o08 milestone in progress
    proj("Sunset Yoga Booking", "owner@sunsetyogala.com", "2025-09-01T10:00:00")
    owpay("eo08", "OWD-2025-309", "Sunset Yoga Booking", "milestone", "35000.00", "6300.00", "2025-09-10T10:00:00", milestone_status="in_progress")
    case("en-o08-la-milestone-in-progress", OWB, [dict(f="Sunset Yoga <owner@sunsetyogala.com>", s="refund for booking milestone",
         d=("2025-09-24 18:00", "LA"),
         b="Hi, the booking system milestone (OWD-2025-309, Sunset Yoga Booking) is going way slower than promised and we've found an off-the-shelf tool. "
           "Please refund what's left of that milestone.\n\nThanks,\nKai")],
         "decided", [R("escalate")], spec="O3: milestone in_progress -> escalate, amount null.")

    # o09 milestone approved
    proj("Pune Spices Store", "accounts@punespices.in", "2025-08-10T10:00:00")
    owpay("eo09", "OWD-2025-310", "Pune Spices Store", "milestone", "25000.00", "4500.00", "2025-08-20T10:00:00", milestone_status="approved")
    case("en-o09-in-approved-milestone", OWB, [dict(f="Pune Spices Accounts <accounts@punespices.in>", s="Refund for design milestone OWD-2025-310",
         d=("2025-09-19 15:00", "IN"),
         b="Dear Team,\n\nThe homepage design milestone for Pune Spices Store was approved by our previous marketing head but the new head does not like it. "
           "Hence please refund the milestone amount.\n\nThanks and Regards,\nAccounts Dept.")],
         "decided", [R("deny")], spec="O3/O6: approved milestone -> deny.")

    # o10 retainer, enough notice
    proj("Bellweather Law SEO Retainer", "admin@bellweatherlaw.com", "2025-06-15T10:00:00")
    owpay("eo10", "OWD-2025-311", "Bellweather Law SEO Retainer", "retainer", "20000.00", "3600.00", "2025-09-15T10:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
    case("en-o10-ny-retainer-notice-ok", OWB, [dict(f="Bellweather Admin <admin@bellweatherlaw.com>", s="Ending SEO retainer",
         d=("2025-09-25 09:30", "NY"),
         b="Hello,\n\nPlease treat this as notice to end the Bellweather Law SEO Retainer (last invoice OWD-2025-311). We're bringing SEO in-house with a new hire. "
           "No refund needed for September.\n\nRegards,\nDana Whitlock, Office Administrator")],
         "decided", [X("cancel", "2025-10-14")],
         spec="O4/O8: request 09-25 (IST 19:00) is on/before 2025-10-15 - 7 = 10-08: next charge avoided, effective 2025-10-14. 'No refund needed': no refund intent.")

    # o11 retainer, short notice
    proj("Clyde Coffee Social Retainer", "hello@clydecoffee.co.uk", "2025-05-01T10:00:00")
    owpay("eo11", "OWD-2025-312", "Clyde Coffee Social Retainer", "retainer", "15000.00", "2700.00", "2025-09-01T10:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
    case("en-o11-uk-retainer-short-notice", OWB, [dict(f="Clyde Coffee <hello@clydecoffee.co.uk>", s="Cancel social media retainer",
         d=("2025-09-26 17:45", "UK"),
         b="Hiya,\n\nWe're going to have to stop the Clyde Coffee Social Retainer (OWD-2025-312), cash flow's tight over winter. Please cancel.\n\nCheers\nIsla")],
         "decided", [X("cancel", "2025-10-31")],
         spec="O4: 09-26 is after 2025-10-01 - 7 = 09-24: next cycle (10-01..10-31) is billed, effective 2025-10-31.")

    # o12 retainer: 7 days' notice locally, 6 in IST
    proj("Hoboken Dentistry Ads Retainer", "frontdesk@hobokensmiles.com", "2025-07-07T10:00:00")
    owpay("eo12", "OWD-2025-313", "Hoboken Dentistry Ads Retainer", "retainer", "18000.00", "3240.00", "2025-09-07T10:00:00",
          period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00")
    case("en-o12-ny-retainer-notice-lost-in-tz", OWB, [dict(f="Hoboken Smiles <frontdesk@hobokensmiles.com>", s="Cancellation notice - ads retainer",
         d=("2025-09-30 15:00", "NY"),
         b="Hi,\n\nGiving our 7 days' notice today to cancel the Hoboken Dentistry Ads Retainer, invoice OWD-2025-313. The ads haven't brought new patients in three months.\n\nThanks,\nRosa")],
         "decided", [X("cancel", "2025-11-06")],
         spec="15:00 -04:00 on 09-30 = 00:30 IST 2025-10-01, after 2025-10-07 - 7 = 09-30: short notice (O4), next cycle 10-07..11-06 billed, effective 2025-11-06.")

    # o13 retainer, next cycle paid in advance
    proj("Harbour Dental Care Retainer", "practice@harbourdental.com.au", "2025-06-10T10:00:00")
    owpay("eo13a", "OWD-2025-314", "Harbour Dental Care Retainer", "retainer", "12000.00", "2160.00", "2025-09-10T10:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
    owpay("eo13b", "OWD-2025-315", "Harbour Dental Care Retainer", "retainer", "12000.00", "2160.00", "2025-09-20T10:00:00",
          period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T00:00:00")
    case("en-o13-au-retainer-prepaid", OWB, [dict(f="Harbour Dental <practice@harbourdental.com.au>", s="Ending our retainer",
         d=("2025-09-22 09:00", "SYD"),
         b="Hi Optima,\n\nWe'd like to end the Harbour Dental Care Retainer. The practice has been bought by a group with its own marketing team. "
           "We paid October in advance (OWD-2025-315) - what happens with that?\n\nKind regards,\nPractice Manager")],
         "decided", [X("escalate")], extra_ok=True,
         spec="s.8: next cycle already paid (OWD-2025-315) and notice >= 7 days -> the cancellation is escalate (O4).")

    # o14 hosting, day 14 reached only in IST
    proj("Bondi Physio Hosting", "hello@bondiphysio.com.au", "2025-09-10T10:00:00")
    owpay("eo14", "OWD-2025-316", "Bondi Physio Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-10T10:00:00",
          setup_fee="2400.00", service_start="2025-09-10")
    case("en-o14-syd-hosting-day14", OWB, [dict(f="Bondi Physio <hello@bondiphysio.com.au>", s="Cancel hosting + refund",
         d=("2025-09-25 03:00", "SYD"),
         b="Hi guys, we're moving everything to Squarespace, so please cancel the annual hosting for Bondi Physio Hosting (OWD-2025-316) and refund what you can. Ta, Sam")],
         "decided", [R("approve", "14300.00")], extra_ok=True,
         spec="03:00 +10:00 on 09-25 = 22:30 IST 09-24 = day 14 of service_start 09-10 (inside O5). 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00.")

    # o15 maintenance, amount that does not divide evenly
    proj("Abuja Realty Maintenance", "it@abujarealty.ng", "2025-09-20T10:00:00")
    owpay("eo15", "OWD-2025-317", "Abuja Realty Maintenance", "maintenance_annual", "9999.00", "1799.82", "2025-09-20T10:00:00",
          setup_fee="1000.00", service_start="2025-09-20")
    case("en-o15-ng-maintenance-odd-amount", OWB, [dict(f="Abuja Realty IT <it@abujarealty.ng>", s="Cancellation of annual maintenance plan",
         d=("2025-09-26 12:00", "NG"),
         b="Dear Sir,\n\nWe wish to cancel the annual maintenance for Abuja Realty Maintenance (invoice OWD-2025-317) and request the prorated refund. "
           "Our parent company has an IT team that will now handle it.\n\nBest regards,\nIbrahim Musa\nIT Officer")],
         "decided", [R("approve", "8249.08")], extra_ok=True,
         spec="O5 day 6: 9999.00 - 1000.00 - 8999.00/12 (749.9166...) x 1 = 8249.0833 -> 8249.08, rounded once at the end (C6).")

    # o16 hosting after 14 days
    proj("Quezon Print Hub Hosting", "admin@qcprinthub.ph", "2025-09-01T10:00:00")
    owpay("eo16", "OWD-2025-318", "Quezon Print Hub Hosting", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
          setup_fee="1200.00", service_start="2025-09-01")
    case("en-o16-ph-hosting-day15", OWB, [dict(f="QC Print Hub <admin@qcprinthub.ph>", s="Hosting refund",
         d=("2025-09-16 09:00", "PH"),
         b="Hello po, we'd like to refund the annual hosting of Quezon Print Hub Hosting, OWD-2025-318, because the site is too slow for our customers.\n\nSalamat,\nRonnie")],
         "decided", [R("deny")],
         spec="09:00 +08:00 09-16 = 06:30 IST 09-16 = day 15 of service_start 09-01: after 14 days -> deny O5. No extra_ok: the refund is denied "
              "and no cancellation is asked for, so an extra cancellation would end hosting the customer keeps.")

    # o17 hosting before service start
    proj("Marina Bay Yoga Hosting", "studio@mbyoga.sg")
    owpay("eo17", "OWD-2025-319", "Marina Bay Yoga Hosting", "hosting_annual", "24000.00", "4320.00", "2025-09-24T10:00:00",
          setup_fee="3000.00", service_start="2025-10-15")
    case("en-o17-sg-hosting-not-started", OWB, [dict(f="Marina Bay Yoga <studio@mbyoga.sg>", s="Refund hosting plan OWD-2025-319",
         d=("2025-09-27 10:00", "SG"),
         b="Hi Optima, for Marina Bay Yoga Hosting - our landlord is not renewing the lease so the studio will close. Please cancel the hosting before it starts and refund. Thanks!\nMei")],
         "decided", [R("approve", "19250.00")], extra_ok=True,
         spec="s.8 O5 before the service starts: consumed_months 1. 24000 - 3000 - 21000/12 (1750) = 19250.00.")

    # o18 domain (third party)
    proj("Maple Street Bakery", "orders@maplestreetbakery.com", "2025-06-01T10:00:00")
    owpay("eo18", "OWD-2025-320", "Maple Street Bakery", "third_party", "1500.00", "270.00", "2025-09-20T10:00:00")
    case("en-o18-us-domain-renewal", OWB, [dict(f="Maple Street Bakery <orders@maplestreetbakery.com>", s="didn't ask for domain renewal",
         d=("2025-09-22 08:00", "CHI"),
         b="Hi, we got invoice OWD-2025-320 for Maple Street Bakery, a domain renewal. We're moving the domain to GoDaddy ourselves so we don't need it. Please refund.\n\nJen")],
         "decided", [R("deny")], spec="O6: third_party (domain) is never refundable -> deny.")

    # o19 rush fee
    proj("Chennai Silks Festive Campaign", "marketing@chennaisilkhouse.in", "2025-09-01T10:00:00")
    owpay("eo19", "OWD-2025-321", "Chennai Silks Festive Campaign", "rush", "8000.00", "1440.00", "2025-09-02T10:00:00")
    case("en-o19-in-rush-fee", OWB, [dict(f="Chennai Silk House <marketing@chennaisilkhouse.in>", s="Rush charges refund OWD-2025-321",
         d=("2025-09-23 11:00", "IN"),
         b="Dear Sir,\n\nWe paid express charges of Rs. 9,440/- (incl. GST) for the Chennai Silks Festive Campaign but site went live only 2 days early. "
           "So the rush fee was not worth it. Please refund the same.\n\nRegards,\nMarketing Team")],
         "decided", [R("deny")], spec="O6: rush fee never refundable -> deny.")

    # o20 change request
    proj("Leeds Tutors Portal", "office@leedstutors.co.uk", "2025-08-01T10:00:00")
    owpay("eo20", "OWD-2025-322", "Leeds Tutors Portal", "change_request", "6000.00", "1080.00", "2025-09-12T10:00:00")
    case("en-o20-uk-change-request", OWB, [dict(f="Leeds Tutors <office@leedstutors.co.uk>", s="CR refund",
         d=("2025-09-18 10:00", "UK"),
         b="Hi,\n\nWe asked for the extra booking calendar on Leeds Tutors Portal (CR invoice OWD-2025-322) but we've now decided we don't need it after all. "
           "Can the change request fee be refunded?\n\nThanks, Rob")],
         "decided", [R("deny")], spec="O6: change_request fee never refundable -> deny.")

    # o21 C2: personal gmail for a company contract
    proj("Perth Pet Grooming Site", "bookings@perthpetgrooming.com.au")
    owpay("eo21", "OWD-2025-323", "Perth Pet Grooming Site", "deposit", "20000.00", "3600.00", "2025-09-23T10:00:00")
    case("en-o21-per-gmail-not-contract", OWB, [dict(f="Kylie <kylie.grooms@gmail.com>", s="Refund Request — Perth Pet Grooming Site / OWD-2025-323",
         d=("2025-09-24 13:00", "PER"),
         b="Hi, I'm the owner of Perth Pet Grooming - please refund the deposit OWD-2025-323, we've decided to stay with Wix. Writing from my gmail, the bookings inbox is with my staff. Kylie")],
         "need_info", rules=["C2"],
         spec="Optima: the email must come from the contract email bookings@perthpetgrooming.com.au (C2) -> ask to write from it, nothing about the project.")

    # o22 lawyer threat + cancellation, Nigeria
    proj("Port Harcourt Clinic Site", "admin@phclinic.ng", "2025-08-01T10:00:00")
    owpay("eo22", "OWD-2025-324", "Port Harcourt Clinic Site", "milestone", "40000.00", "7200.00", "2025-09-01T10:00:00", milestone_status="in_progress")
    case("en-o22-ng-lawyer-cancel", OWB, [dict(f="PH Clinic Admin <admin@phclinic.ng>", s="TERMINATION OF CONTRACT",
         d=("2025-09-25 11:00", "NG"),
         b="Sirs,\n\nRe: Port Harcourt Clinic Site (OWD-2025-324). You have missed three deadlines. We hereby terminate the contract and demand a refund of the milestone paid. "
           "Our lawyer has been briefed and will write to you formally.\n\nDr. Amadi")],
         "decided", [R("escalate"), X("escalate")], rules=["C4"],
         spec="Lawyer mentioned: C4 escalates the refund and the cancellation (s.8).")

    # o23 cancellation without a reason
    proj("Westfield Tutors Retainer", "hello@westfieldtutors.co.uk", "2025-06-01T10:00:00")
    owpay("eo23", "OWD-2025-325", "Westfield Tutors Retainer", "retainer", "10000.00", "1800.00", "2025-09-05T10:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
    case("en-o23-uk-retainer-cancel-no-reason", OWB, [dict(f="Westfield Tutors <hello@westfieldtutors.co.uk>", s="Cancellation — Westfield Tutors Retainer / OWD-2025-325",
         d=("2025-09-19 09:00", "UK"),
         b="Dear Optima WebDesign,\n\nPlease accept this email as formal notice to cancel the Westfield Tutors Retainer (invoice OWD-2025-325).\n\n"
           "Kind regards,\n\nHelen Price\nDirector | Westfield Tutors Ltd\nT: 0113 496 0000\n\nThis email is confidential. If you have received it in error please notify the sender.")],
         "need_info", missing=["reason"],
         spec="Optima requires a reason for cancellations too (s.8); 'formal notice' and signature are not reasons -> ask reason (C3).")

    # o24 refund, project with two milestones, none named
    proj("Davao Eco Tours Site", "hello@davaoecotours.ph", "2025-09-01T10:00:00")
    owpay("eo24a", "OWD-2025-326", "Davao Eco Tours Site", "milestone", "20000.00", "3600.00", "2025-09-05T10:00:00", milestone_status="not_started")
    owpay("eo24b", "OWD-2025-327", "Davao Eco Tours Site", "milestone", "20000.00", "3600.00", "2025-09-12T10:00:00", milestone_status="not_started")
    case("en-o24-ph-milestone-which", OWB, [dict(f="Davao Eco Tours <hello@davaoecotours.ph>", s="Refund for Davao Eco Tours Site",
         d=("2025-09-24 14:00", "PH"),
         b="Hi po! Because of the typhoon season we are pausing the website for Davao Eco Tours Site. Please refund our milestone payment. Salamat po!\nCarlo")],
         "need_info", missing=["invoice_number"],
         spec="Reason given; the project has two payments and none is named, so the invoice cannot be filled from the ledger -> ask invoice_number (C3).")

    # o25 refund without invoice, project with exactly one payment
    proj("Cebu Dive Resort Booking", "reservations@cebudiveresort.ph")
    owpay("eo25", "OWD-2025-328", "Cebu Dive Resort Booking", "deposit", "25000.00", "4500.00", "2025-09-28T09:00:00")
    case("en-o25-ph-deposit-no-invoice", OWB, [dict(f="Cebu Dive Resort <reservations@cebudiveresort.ph>", s="deposit refund pls",
         d=("2025-09-29 11:00", "PH"),
         b="Hello Optima, we paid the deposit yesterday for the Cebu Dive Resort Booking project but our GM just told us the resort group already bought a booking engine. "
           "Please refund the deposit. Thank you!\nJoanna")],
         "decided", [R("approve", "25000.00")],
         spec="Invoice not stated but the named project has exactly one payment: filled from the ledger (s.1). 11:00 +08:00 = 08:30 IST 09-29, 23.5 h, no work -> O2 25000.00.")

    # o26 thread: reason given after need_info, after 72 h
    proj("Melbourne Florist Shop", "orders@collinsflorist.com.au")
    owpay("eo26", "OWD-2025-329", "Melbourne Florist Shop", "deposit", "40000.00", "7200.00", "2025-09-23T10:00:00")
    case("en-o26-au-thread-deposit-reason-later", OWB, [
        dict(f="Collins Florist <orders@collinsflorist.com.au>", s="Refund Request — Melbourne Florist Shop / OWD-2025-329", d=("2025-09-24 15:30", "SYD"),
             b="Hi, please refund the deposit for Melbourne Florist Shop, OWD-2025-329. Thanks, Georgia"),
        dict(f="Collins Florist <orders@collinsflorist.com.au>", s="Re: Refund Request — Melbourne Florist Shop / OWD-2025-329 [OWD-2211]", d=("2025-09-27 10:00", "SYD"),
             b="Sorry, reason: my business partner is leaving and we're closing the online side.\n\nGeorgia\n\n"
               "On 24 Sep 2025, at 8:10 pm, Optima WebDesign <optimawebdesigns12@gmail.com> wrote:\n> Please tell us the reason for the refund.")],
        "decided", [R("approve", "40000.00")],
        spec="First email 15:30 +10:00 = 11:00 IST 09-24, 25 h after payment, no work: O2 40000.00; request time is the first email though the reply comes after 72 h (C3, s.1).")

    # o27 helpdesk auto-acknowledgement
    case("en-o27-helpdesk-autoack", OWB, [dict(f="Kestrel Prints Helpdesk <support@kestrelprints.co.uk>", s="[Ticket #88213] Re: Deposit refund",
         h={"Auto-Submitted": "auto-generated", "Precedence": "junk", "In-Reply-To": "<en-o02-uk-deposit-exactly-72h.draft@optimawebdesign.com>",
            "References": "<en-o02-uk-deposit-exactly-72h.draft@optimawebdesign.com>"}, d=("2025-09-18 05:31", "UK"),
         b="Thanks for contacting Kestrel Prints. Your request (#88213) has been received and will be reviewed by our team.")],
         "ignore", rules=["C7"], spec="Auto-Submitted: auto-generated, Precedence: junk -> C7 ignore.")

    # o28 C2 through a forward from a consultant
    proj("Mumbai Bistro Revamp", "owner@mumbaibistro.in", "2025-09-01T10:00:00")
    owpay("eo28", "OWD-2025-330", "Mumbai Bistro Revamp", "milestone", "30000.00", "5400.00", "2025-09-10T10:00:00", milestone_status="not_started")
    case("en-o28-in-consultant-forward-c2", OWB, [dict(f="Deepak Menon (Consultant) <deepak.menon.consult@gmail.com>", s="Fwd: Refund — Mumbai Bistro Revamp",
         d=("2025-09-23 12:00", "IN"),
         b="Forwarding on behalf of my client. Please process.\n\n---------- Forwarded message ---------\nFrom: Farhan Shaikh <owner@mumbaibistro.in>\n"
           "Date: Tue, 23 Sept 2025 at 10:41\nSubject: Refund — Mumbai Bistro Revamp\nTo: Deepak Menon <deepak.menon.consult@gmail.com>\n\n"
           "Deepak, pls ask Optima to refund milestone OWD-2025-330 of Mumbai Bistro Revamp, we're shutting the Bandra outlet. Contract email is owner@mumbaibistro.in.\n")],
         "need_info", rules=["C2"],
         spec="s.8 forwards: request names contract email owner@mumbaibistro.in, sender is the consultant -> C2, nothing about the project.")

    # o29 stop a project, explicitly no refund
    proj("Kaduna Schools Portal", "ict@kadunaschools.ng", "2025-08-01T10:00:00")
    owpay("eo29a", "OWD-2025-331", "Kaduna Schools Portal", "milestone", "30000.00", "5400.00", "2025-08-01T10:00:00", milestone_status="approved")
    case("en-o29-ng-stop-project-no-refund", OWB, [dict(f="Kaduna Schools ICT <ict@kadunaschools.ng>", s="Stopping Kaduna Schools Portal after phase 1",
         d=("2025-09-22 10:00", "NG"),
         b="Good morning,\n\nThe state board has withdrawn funding, so we must cancel the Kaduna Schools Portal after phase 1 (invoice OWD-2025-331). "
           "We are not asking for a refund of phase 1, the work was good.\n\nRegards,\nMr. Yusuf, ICT Unit")],
         "decided", [X("cancel")],
         spec="O8: cancellation without a refund request (the negation adds no refund, s.8), with project, invoice and reason -> cancel.")

    # o30 question before paying
    case("en-o30-sg-deposit-question", OWB, [dict(f="Lim Boon Keat <boonkeat@tiongbahrubakery.sg>", s="Question on deposit",
         d=("2025-09-20 16:00", "SG"),
         b="Hi, we're considering your web package. If we pay the deposit and then change our minds within a week, can we get it back? Want to check before we sign.\n\nThanks,\nBoon Keat")],
         "other", spec="Hypothetical before buying (s.8): a policy question -> other.")


if __name__ == "__main__":
    start()
    lo_cases()
    owd_cases()
    finish()
