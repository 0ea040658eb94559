"""Third QA round (tests/data/heldout3/): the `fields` object, Optima flows in depth, LeadsOptima dates.

Written from POLICY_SPEC.md and the policy texts alone (not from mailbot's source).
Run: python3 tests/data/heldout3/make_cases.py   (rewrites ledger.json, emails/ and expected.json here)

Expectation format (expected.json, one object per case):
  status, brand, rules (subset of C2/C4/C7 that must be exactly present), missing (need_info only),
  decisions [{intent, outcome | outcome_in, amount, effective_date}], extra_ok,
  fields {name: value | "NONNULL"}   -- counted in "decisions+fields" accuracy,
  fields_soft {name: value}          -- reported only (the spec does not settle it),
  ambiguous (why), spec (the deciding sentence).
"""

from __future__ import annotations

import email.policy
import json
import sys
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAIL = HERE / "emails"
sys.path.insert(0, str(HERE.parent))  # casekit.py
from casekit import LO, LOB, OWB, OWD, A, M, Q, cust, lopay, owpay, proj  # noqa: E402
NN = "NONNULL"


# --------------------------------------------------------------------------------------------
# Ledger (spec section 6). Amounts before tax; naive date-times are Asia/Kolkata.
# --------------------------------------------------------------------------------------------

LEDGER = {
    "customers": [
        cust("arjun.mehta@gmail.com", "Arjun Mehta", "monthly", start="2025-09-25", end="2025-10-24"),
        cust("kavya.iyer@outlook.com", "Kavya Iyer", "quarterly", start="2025-09-23", end="2025-12-22"),
        cust("rohan.desai@desaitech.in", "Rohan Desai", "monthly", start="2025-09-23", end="2025-10-22"),
        cust("sneha.kapoor@gmail.com", "Sneha Kapoor", "monthly", start="2025-09-28", end="2025-10-27"),
        cust("manoj.verma@vermatraders.in", "Manoj Verma", "quarterly", start="2025-09-26", end="2025-12-25"),
        cust("priya.nair@nairconsult.in", "Priya Nair", "monthly", start="2025-09-27", end="2025-10-26"),
        cust("karan.singh@singhlogistics.in", "Karan Singh", "annual", start="2025-09-26", end="2026-09-25"),
        cust("anjali.gupta@gmail.com", "Anjali Gupta", "annual", start="2025-09-10", end="2026-09-09"),
        cust("deepak.rao@raoinfotech.com", "Deepak Rao", "quarterly", start="2025-09-29", end="2025-12-28"),
        cust("nisha.patel@yahoo.com", "Nisha Patel", "monthly", start="2025-09-05", end="2025-10-04"),
        cust("harish.kumar@kumarfoods.in", "Harish Kumar", None, status="trial", trial_ends="2025-10-10"),
        cust("sameer.joshi@joshiarch.in", "Sameer Joshi", "monthly"),
        cust("ritu.sharma@sharmaevents.in", "Ritu Sharma", "quarterly"),
        cust("vivek.bansal@bansalco.in", "Vivek Bansal", "quarterly"),
        cust("meenakshi.s@gmail.com", "Meenakshi Sundaram", "annual"),
        cust("farhan.ali@alifashions.in", "Farhan Ali", "annual"),
        cust("gita.reddy@gmail.com", "Gita Reddy", "annual"),
        cust("tanvi.shah@shahdesigns.in", "Tanvi Shah", "monthly", start="2025-09-13", end="2025-10-12"),
        cust("omkar.pawar@pawarelectricals.in", "Omkar Pawar", "monthly"),
        cust("aditya.kulkarni@gmail.com", "Aditya Kulkarni", "monthly", start="2025-09-28", end="2025-10-27"),
        cust("suresh.iyer@iyerpharma.in", "Suresh Iyer", "monthly", start="2025-09-29", end="2025-10-28"),
        cust("lata.menon@menonclinic.in", "Lata Menon", "monthly", status="cancelled", start="2025-09-27",
             end="2025-10-26"),
        cust("yash.agarwal@agarwalexports.com", "Yash Agarwal", "annual", start="2025-09-30", end="2026-09-29"),
        cust("bhavna.trivedi@gmail.com", "Bhavna Trivedi", "quarterly", start="2025-08-15", end="2025-11-14"),
    ],
    "projects": [
        proj("Konkan Resorts Website", "gm@konkanresorts.in", None),
        proj("Indore Bakes", "owner@indorebakes.in", "2025-09-27T10:00:00"),
        proj("Mysore Silk Emporium", "info@mysoresilk.in", "2025-10-06T10:00:00"),
        proj("Goa Surf School", "hello@goasurf.in", "2025-09-20T10:00:00"),
        proj("Lucknow Chikan House", "orders@lucknowchikan.in", None),
        proj("Vizag Ports CRM", "it@vizagports.in", "2025-07-01T10:00:00"),
        proj("Surat Gems Portal", "web@suratgems.in", "2025-05-01T10:00:00"),
        proj("Nashik Vineyards", "admin@nashikvineyards.in", "2025-05-01T10:00:00"),
        proj("Kochi Boatworks", "office@kochiboatworks.in", "2025-05-01T10:00:00"),
        proj("Amritsar Foods", "md@amritsarfoods.in", "2025-05-01T10:00:00"),
        proj("Ooty Tea Estates", "estate@ootytea.in", "2025-05-01T10:00:00"),
        proj("Bhopal Lakes Hotel", "fo@bhopallakes.in", "2025-05-01T10:00:00"),
        proj("Ranchi Motors", "sales@ranchimotors.in", "2025-05-01T10:00:00"),
        proj("Shimla Apple Co", "care@shimlaapple.in", "2025-05-01T10:00:00"),
        proj("Pondy Cafe", "hello@pondycafe.in", "2025-08-01T10:00:00"),
        proj("Jodhpur Havelis", "stay@jodhpurhavelis.in", "2025-08-01T10:00:00"),
        proj("Agra Marble Works", "accounts@agramarble.in", "2025-08-01T10:00:00"),
        proj("Raipur Steel", "purchase@raipursteel.in", None),
        proj("Tirupati Temple Tours", "founder@tirupativentures.in", None),
        proj("Tirupati Laddu Online", "founder@tirupativentures.in", None),
        proj("Madurai Textiles", "md@maduraitextiles.in", None),
    ],
    "payments": [
        # --- LeadsOptima
        lopay("pay_lo_3001", "LO-INV-3001", "arjun.mehta@gmail.com", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"),
        lopay("pay_lo_3002", "LO-INV-3002", "arjun.mehta@gmail.com", "monthly", *M, "2025-09-25T09:02:00", "2025-09-25", "2025-10-24"),
        lopay("pay_lo_3011", "LO-INV-3011", "kavya.iyer@outlook.com", "quarterly", *Q, "2025-09-23T23:30:00", "2025-09-23", "2025-12-22"),
        lopay("pay_lo_3012", "LO-INV-3012", "kavya.iyer@outlook.com", "quarterly", *Q, "2025-09-23T23:31:00", "2025-09-23", "2025-12-22"),
        lopay("pay_lo_3021", "LO-INV-3021", "rohan.desai@desaitech.in", "monthly", *M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22"),
        lopay("pay_lo_3022", "LO-INV-3022", "rohan.desai@desaitech.in", "monthly", *M, "2025-09-23T10:01:00", "2025-09-23", "2025-10-22"),
        lopay("pay_lo_3031", "LO-INV-3031", "sneha.kapoor@gmail.com", "monthly", *M, "2025-08-28T10:00:00", "2025-08-28", "2025-09-27"),
        lopay("pay_lo_3032", "LO-INV-3032", "sneha.kapoor@gmail.com", "monthly", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
        lopay("pay_lo_3041", "LO-INV-3041", "manoj.verma@vermatraders.in", "quarterly", "3999.00", "719.82", "2025-09-26T11:00:00", "2025-09-26", "2025-12-25"),
        lopay("pay_lo_3042", "LO-INV-3042", "manoj.verma@vermatraders.in", "quarterly", "3599.00", "647.82", "2025-09-26T11:05:00", "2025-09-26", "2025-12-25"),
        lopay("pay_lo_3051", "LO-INV-3051", "priya.nair@nairconsult.in", "monthly", *M, "2025-09-27T12:00:00", "2025-09-27", "2025-10-26"),
        lopay("pay_lo_3052", "LO-INV-3052", "priya.nair@nairconsult.in", "monthly", *M, "2025-09-27T12:01:00", "2025-09-27", "2025-10-26"),
        lopay("pay_lo_3053", "LO-INV-3053", "priya.nair@nairconsult.in", "monthly", *M, "2025-09-27T12:02:00", "2025-09-27", "2025-10-26"),
        lopay("pay_lo_3061", "LO-INV-3061", "karan.singh@singhlogistics.in", "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25"),
        lopay("pay_lo_3071", "LO-INV-3071", "anjali.gupta@gmail.com", "annual", *A, "2025-09-10T10:00:00", "2025-09-10", "2026-09-09"),
        lopay("pay_lo_3081", "LO-INV-3081", "deepak.rao@raoinfotech.com", "quarterly", *Q, "2025-09-29T10:00:00", "2025-09-29", "2025-12-28"),
        lopay("pay_lo_3091", "LO-INV-3091", "nisha.patel@yahoo.com", "monthly", *M, "2025-09-05T10:00:00", "2025-09-05", "2025-10-04"),
        lopay("pay_lo_3101", "LO-INV-3101", "sameer.joshi@joshiarch.in", "monthly", *M, "2025-01-31T10:00:00", None, None),
        lopay("pay_lo_3111", "LO-INV-3111", "ritu.sharma@sharmaevents.in", "quarterly", *Q, "2025-08-20T10:00:00", None, None),
        lopay("pay_lo_3121", "LO-INV-3121", "vivek.bansal@bansalco.in", "quarterly", *Q, "2025-07-31T10:00:00", None, None),
        lopay("pay_lo_3131", "LO-INV-3131", "meenakshi.s@gmail.com", "annual", *A, "2024-10-15T10:00:00", None, None),
        lopay("pay_lo_3141", "LO-INV-3141", "farhan.ali@alifashions.in", "annual", *A, "2023-03-01T10:00:00", None, None),
        lopay("pay_lo_3151", "LO-INV-3151", "gita.reddy@gmail.com", "annual", *A, "2024-02-29T10:00:00", None, None),
        lopay("pay_lo_3161", "LO-INV-3161", "tanvi.shah@shahdesigns.in", "monthly", *M, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09"),
        lopay("pay_lo_3171", "LO-INV-3171", "omkar.pawar@pawarelectricals.in", "monthly", *M, "2025-08-12T10:00:00", None, None),
        lopay("pay_lo_3172", "LO-INV-3172", "omkar.pawar@pawarelectricals.in", "monthly", *M, "2025-09-12T10:00:00", None, None),
        lopay("pay_lo_3181", "LO-INV-3181", "aditya.kulkarni@gmail.com", "monthly", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
        lopay("pay_lo_3191", "LO-INV-3191", "suresh.iyer@iyerpharma.in", "monthly", *M, "2025-09-29T08:00:00", "2025-09-29", "2025-10-28"),
        lopay("pay_lo_3192", "LO-INV-3192", "suresh.iyer@iyerpharma.in", "monthly", *M, "2025-09-29T08:00:30", "2025-09-29", "2025-10-28"),
        lopay("pay_lo_3201", "LO-INV-3201", "lata.menon@menonclinic.in", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
        lopay("pay_lo_3211", "LO-INV-3211", "yash.agarwal@agarwalexports.com", "annual", *A, "2025-09-30T10:00:00", "2025-09-30", "2026-09-29"),
        lopay("pay_lo_3212", "LO-INV-3212", "yash.agarwal@agarwalexports.com", "annual", *A, "2025-09-30T10:03:00", "2025-09-30", "2026-09-29"),
        lopay("pay_lo_3221", "LO-INV-3221", "bhavna.trivedi@gmail.com", "quarterly", *Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14"),

        # --- Optima WebDesign
        owpay("pay_owd_601", "OWD-2025-601", "Konkan Resorts Website", "deposit", "20000.00", "3600.00", "2025-09-26T10:00:00"),
        owpay("pay_owd_602", "OWD-2025-602", "Indore Bakes", "deposit", "15000.00", "2700.00", "2025-09-26T12:00:00"),
        owpay("pay_owd_603", "OWD-2025-603", "Mysore Silk Emporium", "discovery", "12000.00", "2160.00", "2025-09-25T10:00:00"),
        owpay("pay_owd_604", "OWD-2025-604", "Goa Surf School", "discovery", "10000.00", "1800.00", "2025-09-18T10:00:00"),
        owpay("pay_owd_605", "OWD-2025-605", "Lucknow Chikan House", "discovery", "9000.00", "1620.00", "2025-09-01T10:00:00"),
        owpay("pay_owd_611", "OWD-2025-611", "Vizag Ports CRM", "milestone", "30000.00", "5400.00", "2025-07-01T10:00:00", milestone_status="approved"),
        owpay("pay_owd_612", "OWD-2025-612", "Vizag Ports CRM", "milestone", "35000.00", "6300.00", "2025-08-01T10:00:00", milestone_status="completed"),
        owpay("pay_owd_613", "OWD-2025-613", "Vizag Ports CRM", "milestone", "40000.00", "7200.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
        owpay("pay_owd_614", "OWD-2025-614", "Vizag Ports CRM", "milestone", "45000.00", "8100.00", "2025-09-20T10:00:00", milestone_status="not_started"),
        owpay("pay_owd_621", "OWD-2025-621", "Surat Gems Portal", "retainer", "30000.00", "5400.00", "2025-09-09T10:00:00",
              period_start="2025-09-09", period_end="2025-10-08", next_billing_at="2025-10-09T00:00:00"),
        owpay("pay_owd_622", "OWD-2025-622", "Nashik Vineyards", "retainer", "28000.00", "5040.00", "2025-09-08T10:00:00",
              period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-08T00:00:00"),
        owpay("pay_owd_623", "OWD-2025-623", "Kochi Boatworks", "retainer", "26000.00", "4680.00", "2025-09-07T10:00:00",
              period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00"),
        owpay("pay_owd_624", "OWD-2025-624", "Amritsar Foods", "retainer", "24000.00", "4320.00", "2025-09-01T10:00:00",
              period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00"),
        owpay("pay_owd_625", "OWD-2025-625", "Ooty Tea Estates", "retainer", "22000.00", "3960.00", "2025-09-08T23:30:00",
              period_start="2025-09-09", period_end="2025-10-08", next_billing_at="2025-10-08T23:30:00"),
        owpay("pay_owd_626", "OWD-2025-626", "Bhopal Lakes Hotel", "retainer", "21000.00", "3780.00", "2025-09-08T10:00:00",
              period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-07T19:00:00Z"),
        owpay("pay_owd_627", "OWD-2025-627", "Ranchi Motors", "retainer", "20000.00", "3600.00", "2025-09-07T10:00:00",
              period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00"),
        owpay("pay_owd_628", "OWD-2025-628", "Shimla Apple Co", "retainer", "18000.00", "3240.00", "2025-09-09T10:00:00",
              period_start="2025-09-09", period_end="2025-10-08", next_billing_at="2025-10-09T00:00:00"),
        owpay("pay_owd_631", "OWD-2025-631", "Pondy Cafe", "hosting_annual", "18000.00", "3240.00", "2025-09-15T10:00:00",
              setup_fee="1800.00", service_start="2025-09-16", period_start="2025-09-16", period_end="2026-09-15"),
        owpay("pay_owd_632", "OWD-2025-632", "Jodhpur Havelis", "maintenance_annual", "13200.18", "2376.03", "2025-09-24T10:00:00",
              setup_fee="1200.00", service_start="2025-09-25", period_start="2025-09-25", period_end="2026-09-24"),
        owpay("pay_owd_641", "OWD-2025-641", "Agra Marble Works", "third_party", "1800.00", "324.00", "2025-09-29T10:00:00"),
        owpay("pay_owd_642", "OWD-2025-642", "Agra Marble Works", "rush", "8000.00", "1440.00", "2025-09-29T10:00:00"),
        owpay("pay_owd_643", "OWD-2025-643", "Agra Marble Works", "setup", "5000.00", "900.00", "2025-09-29T10:00:00"),
        owpay("pay_owd_644", "OWD-2025-644", "Agra Marble Works", "change_request", "6500.00", "1170.00", "2025-09-29T10:00:00"),
        owpay("pay_owd_651", "OWD-2025-651", "Raipur Steel", "deposit", "25000.00", "4500.00", "2025-09-29T10:00:00", status="refunded"),
        owpay("pay_owd_652", "OWD-2025-652", "Raipur Steel", "discovery", "8000.00", "1440.00", "2025-09-29T11:00:00", status="failed"),
        owpay("pay_owd_661", "OWD-2025-661", "Tirupati Temple Tours", "deposit", "25000.00", "4500.00", "2025-09-29T10:00:00"),
        owpay("pay_owd_662", "OWD-2025-662", "Tirupati Laddu Online", "deposit", "18000.00", "3240.00", "2025-09-20T10:00:00"),
        owpay("pay_owd_671", "OWD-2025-671", "Madurai Textiles", "hosting_annual", "24000.00", "4320.00", "2025-09-20T10:00:00",
              setup_fee="2400.00", service_start="2025-09-22", period_start="2025-09-22", period_end="2026-09-21"),
    ],
}

# --------------------------------------------------------------------------------------------
# Email builders
# --------------------------------------------------------------------------------------------

CASES: list[dict] = []


def mid(name):
    return f"<{name}@mail.heldout3.example>"


def mail(name, sender, to, subject, date, body, headers=None):
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    if subject is not None:
        msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = mid(name)
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    (MAIL / f"{name}.eml").write_bytes(msg.as_bytes(policy=email.policy.SMTP))
    return f"emails/{name}.eml"


def d(intent, outcome, amount="__", eff="__", outcome_in=None):
    x = {"intent": intent, "outcome": outcome}
    if outcome_in:
        x["outcome_in"] = outcome_in
    if amount != "__":
        x["amount"] = amount
    elif outcome not in ("approve", None):
        x["amount"] = None
    if eff != "__":
        x["effective_date"] = eff
    return x


def lof(reg, plan, code, inv, reason=NN):
    """LeadsOptima field expectations: contract_email and project_name are the other brand's: null."""
    return {"registered_email": reg, "contract_email": None, "plan": plan, "reason": reason,
            "reason_code": code, "invoice_number": inv, "project_name": None}


def owf(contract, project, inv, code="other", reason=NN):
    """Optima field expectations: registered_email and plan are the other brand's: null."""
    return {"registered_email": None, "contract_email": contract, "plan": None, "reason": reason,
            "reason_code": code, "invoice_number": inv, "project_name": project}


def case(cid, files, status, brand, decisions=None, rules=(), missing=None, fields=None, fields_soft=None,
         extra_ok=False, ambiguous=None, spec=""):
    if brand == OWB and fields and fields.get("plan", 0) is None:
        text = b"".join((HERE / f).read_bytes() for f in (files if isinstance(files, list) else [files])).lower()
        if b"monthly" in text or b"annual" in text or b"quarterly" in text:
            fields_soft = dict(fields_soft or {}, plan=None)
    c = {"id": cid, "files": files if isinstance(files, list) else [files], "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    if decisions is not None:
        c["decisions"] = decisions
    if fields is not None:
        c["fields"] = fields
    if fields_soft:
        for k in fields_soft:
            c.get("fields", {}).pop(k, None)
        c["fields_soft"] = fields_soft
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


SIG = "\n\nRegards,\n{}\n"


# --------------------------------------------------------------------------------------------
# LeadsOptima
# --------------------------------------------------------------------------------------------

def leadsoptima():
    f = mail("p01-dup-names-first-invoice", "Arjun Mehta <arjun.mehta@gmail.com>", LO, "Charged twice this month",
             "Sat, 27 Sep 2025 11:00:00 +0530",
             "Hi,\n\nI was charged twice for my monthly plan on 25 September. The first charge is invoice "
             "LO-INV-3001 and there is a second one a few minutes later. Please refund the extra charge."
             + SIG.format("Arjun"))
    case("p01-dup-names-first-invoice", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         fields=lof("arjun.mehta@gmail.com", "monthly", "duplicate_payment", "LO-INV-3001"),
         spec="L4: two paid charges same account/amount/period (3001/3002), day 2 -> approve 1499.00; the customer "
              "naming the first charge does not change the amount; invoice_number as written")

    f = mail("p02-dup-names-second-no-plan", "Arjun Mehta <arjun.mehta@gmail.com>", LO, "Duplicate payment",
             "Sat, 27 Sep 2025 12:00:00 +0530",
             "Hello team,\n\nMy card shows a duplicate payment. Invoice LO-INV-3002 is the second debit for the same "
             "period, please reverse it to my card." + SIG.format("Arjun Mehta"))
    case("p02-dup-names-second-no-plan", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         fields=lof("arjun.mehta@gmail.com", "monthly", "duplicate_payment", "LO-INV-3002"),
         spec="Plan not stated: section 1 'Fields that the ledger holds for a verified sender (the plan of their one "
              "active subscription) are filled from it and not asked for' -> plan monthly; L4 approve 1499.00")

    f = mail("p03-dup-late-night-day7", "Kavya Iyer <kavya.iyer@outlook.com>", LO, "Double charge quarterly plan",
             "Tue, 30 Sep 2025 23:00:00 +0530",
             "Hi, I got a double charge for my quarterly plan (LO-INV-3012). Both were on the night of 23 Sept. "
             "Please refund one." + SIG.format("Kavya"))
    case("p03-dup-late-night-day7", f, "decided", LOB, [d("refund", "approve", "3999.00")],
         fields=lof("kavya.iyer@outlook.com", "quarterly", "duplicate_payment", "LO-INV-3012"),
         spec="L3: charge 2025-09-23 23:30 IST = day 0; request 2025-09-30 local = day 7, 'day 7 is inside' -> L4 "
              "approve 3999.00 (an elapsed-hours count would be 6d23.5h, also inside; a 168h cut is not the rule)")

    f = mail("p04-dup-utc-header-day8", "Rohan Desai <rohan.desai@desaitech.in>", LO, "charged twice",
             "Tue, 30 Sep 2025 19:00:00 +0000",
             "Hi support, I was charged twice on 23 Sep for my monthly plan, invoice LO-INV-3022. Kindly refund."
             + SIG.format("Rohan"))
    case("p04-dup-utc-header-day8", f, "decided", LOB, [d("refund", "deny")],
         fields=lof("rohan.desai@desaitech.in", "monthly", "duplicate_payment", "LO-INV-3022"),
         spec="Request 2025-09-30T19:00Z = 2025-10-01 00:30 IST -> local date day 8 ('in the brand's time zone') -> "
              "L3 deny. A UTC-date count (day 7) would approve: unsafe")

    f = mail("p05-dup-different-periods", "Sneha Kapoor <sneha.kapoor@gmail.com>", LO, "Charged twice?",
             "Mon, 29 Sep 2025 10:00:00 +0530",
             "Hi, I think I have been charged twice - I see 1499 in August and again 1499 yesterday (LO-INV-3032). "
             "Please refund the duplicate payment. Monthly plan." + SIG.format("Sneha"))
    case("p05-dup-different-periods", f, "decided", LOB, [d("refund", "escalate")],
         fields=lof("sneha.kapoor@gmail.com", "monthly", "duplicate_payment", "LO-INV-3032"),
         spec="L4: charges 3031 (Aug period) and 3032 (Sep period) are different billing periods -> no duplicate pair "
              "-> 'No such pair in the ledger: escalate'")

    f = mail("p06-dup-different-amounts", "Manoj Verma <manoj.verma@vermatraders.in>", LO, "Paid two times",
             "Sat, 27 Sep 2025 09:30:00 +0530",
             "Dear LeadsOptima,\n\nI paid two times for the quarterly plan yesterday: 3999 and then 3599 "
             "(invoice LO-INV-3042). Please refund the second payment." + SIG.format("Manoj Verma"))
    case("p06-dup-different-amounts", f, "decided", LOB, [d("refund", "escalate")],
         fields=lof("manoj.verma@vermatraders.in", "quarterly", "duplicate_payment", "LO-INV-3042"),
         spec="L4 needs 'same account, amount and billing period'; 3999.00 vs 3599.00 -> no pair -> escalate")

    f = mail("p07-dup-three-charges", "Priya Nair <priya.nair@nairconsult.in>", LO, "Charged three times!",
             "Sun, 28 Sep 2025 10:00:00 +0530",
             "Hello, my card was debited three times for the monthly plan yesterday - a duplicate charge, twice over. "
             "Invoices LO-INV-3052 and LO-INV-3053 are the extra ones. Please refund." + SIG.format("Priya"))
    case("p07-dup-three-charges", f, "decided", LOB, [d("refund", "approve")],
         fields=lof("priya.nair@nairconsult.in", "monthly", "duplicate_payment", None),
         fields_soft={"invoice_number": "LO-INV-3052"},
         ambiguous="Three identical charges: L4 approves when 'two or more' match, but 'the refund is the duplicate "
                   "charge's amount' (singular): 1499.00 or 2998.00? Amount not asserted; which invoice fills "
                   "invoice_number with two named is also open",
         spec="L4 'two or more paid charges' -> approve")

    f = mail("p08-billing-error-wrong-plan", "Karan Singh <karan.singh@singhlogistics.in>", LO,
             "Charged for the wrong plan", "Mon, 29 Sep 2025 15:00:00 +0530",
             "Hi,\n\nI was charged for the wrong plan: I selected monthly but invoice LO-INV-3061 is for the annual "
             "plan (11988). Please refund." + SIG.format("Karan Singh"))
    case("p08-billing-error-wrong-plan", f, "decided", LOB, [d("refund", "escalate")],
         fields=lof("karan.singh@singhlogistics.in", None, "billing_error", "LO-INV-3061"),
         fields_soft={"plan": "annual"},
         ambiguous=None,
         spec="L2 billing_error ('charged for the wrong plan'), day 3 -> L5 escalate. Plan: customer names both "
              "monthly (wanted) and annual (charged); ledger says annual -> soft")

    f = mail("p09-billing-error-outside", "Anjali Gupta <anjali.gupta@gmail.com>", LO, "Wrong amount charged",
             "Tue, 30 Sep 2025 10:00:00 +0530",
             "Hello, you charged the wrong amount on my annual plan renewal, invoice LO-INV-3071 - I was quoted "
             "a lower price. Please refund the difference." + SIG.format("Anjali"))
    case("p09-billing-error-outside", f, "decided", LOB, [d("refund", "deny")],
         fields=lof("anjali.gupta@gmail.com", "annual", "billing_error", "LO-INV-3071"),
         spec="billing_error but charge 2025-09-10, request 09-30 = day 20 > 7 -> L3 'Outside the window: deny'")

    f = mail("p10-access-failure-inside", "Deepak Rao <deepak.rao@raoinfotech.com>", LO, "Cannot log in",
             "Wed, 01 Oct 2025 09:00:00 +0530",
             "Hi, since the renewal I cannot log in to the dashboard at all. Quarterly plan, invoice LO-INV-3081. "
             "I want a refund if this can't be fixed." + SIG.format("Deepak Rao"))
    case("p10-access-failure-inside", f, "decided", LOB, [d("refund", "escalate")],
         fields=lof("deepak.rao@raoinfotech.com", "quarterly", "access_failure", "LO-INV-3081"),
         spec="L2 access_failure ('cannot log in'), day 2 -> L6 escalate")

    f = mail("p11-access-failure-outside", "Nisha Patel <nisha.patel@yahoo.com>", LO, "platform not loading",
             "Tue, 30 Sep 2025 12:00:00 +0530",
             "Hello, the platform is not loading for me for the last few days. I'd like a refund of my monthly "
             "payment LO-INV-3091." + SIG.format("Nisha"))
    case("p11-access-failure-outside", f, "decided", LOB, [d("refund", "deny")],
         fields=lof("nisha.patel@yahoo.com", "monthly", "access_failure", "LO-INV-3091"),
         spec="access_failure, charge 2025-09-05, request 09-30 = day 25 -> L3 deny")

    f = mail("p12-trial-refund", "Harish Kumar <harish.kumar@kumarfoods.in>", LO, "Refund please",
             "Mon, 29 Sep 2025 10:00:00 +0530",
             "Hi, I started the free trial last week and the dashboard does not load. I want a refund of whatever "
             "was charged." + SIG.format("Harish"))
    case("p12-trial-refund", f, "decided", LOB, [d("refund", "deny")],
         fields={"registered_email": "harish.kumar@kumarfoods.in", "contract_email": None, "reason": NN,
                 "project_name": None, "invoice_number": None},
         fields_soft={"plan": None, "reason_code": "access_failure"},
         ambiguous="L7 denies ('no charges: nothing to refund'), but section 3 also requires plan and invoice "
                   "number for a refund: a bot could ask first (need_info). Deny per L7 expected",
         spec="L7: trial account, no charges -> deny; reply says no billing occurs unless they subscribe")

    f = mail("p13-trial-cancel", "Harish Kumar <harish.kumar@kumarfoods.in>", LO, "Cancel my trial",
             "Mon, 29 Sep 2025 11:00:00 +0530",
             "Hi, please cancel my trial, I won't be subscribing. Thanks." + SIG.format("Harish"))
    case("p13-trial-cancel", f, "decided", LOB, [d("cancellation", "cancel")],
         fields={"registered_email": "harish.kumar@kumarfoods.in", "contract_email": None, "project_name": None,
                 "invoice_number": None},
         ambiguous="A trial has no billing cycle: L8's effective date (current_period_end / last charge + plan) is "
                   "undefined; trial_ends 2025-10-10 is a plausible reading; cancellation requires plan (section 3 "
                   "header) which a trial has not. Effective date not asserted",
         spec="L8 cancel; L7 no billing unless they subscribe")

    f = mail("p14-cancel-monthly-from-jan31", "Sameer Joshi <sameer.joshi@joshiarch.in>", LO, "Cancel subscription",
             "Mon, 10 Feb 2025 10:00:00 +0530",
             "Please cancel my monthly plan. We are closing the office." + SIG.format("Sameer"))
    case("p14-cancel-monthly-from-jan31", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-02-27")],
         fields=lof("sameer.joshi@joshiarch.in", "monthly", "other", None),
         ambiguous="Last charge 2025-01-31 + 1 month: 2025-02-28 (clamped) - 1 day = 2025-02-27; a reading of the "
                   "period as 'through end of February' gives 2025-02-28",
         spec="L8: no current_period_end -> last charge's date + plan length - 1 day")

    f = mail("p15-cancel-quarterly-computed", "Ritu Sharma <ritu.sharma@sharmaevents.in>", LO, "Cancellation",
             "Tue, 30 Sep 2025 10:00:00 +0530",
             "Hi, kindly cancel my LeadsOptima quarterly subscription. Reason: budget cuts." + SIG.format("Ritu Sharma"))
    case("p15-cancel-quarterly-computed", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-11-19")],
         fields=lof("ritu.sharma@sharmaevents.in", "quarterly", "other", None),
         spec="L8: no current_period_end; last charge 2025-08-20 + 3 months - 1 day = 2025-11-19")

    f = mail("p16-cancel-quarterly-jul31", "Vivek Bansal <vivek.bansal@bansalco.in>", LO, "Stop my plan",
             "Tue, 30 Sep 2025 16:00:00 +0530",
             "Hello, please cancel. We have moved to another tool." + SIG.format("Vivek"))
    case("p16-cancel-quarterly-jul31", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-30")],
         fields=lof("vivek.bansal@bansalco.in", "quarterly", "other", None),
         spec="L8: last charge 2025-07-31 + 3 months = 2025-10-31, - 1 day = 2025-10-30; plan filled from the ledger "
              "(section 1) so not asked for")

    f = mail("p17-cancel-annual-computed", "Meenakshi Sundaram <meenakshi.s@gmail.com>", LO, "Please cancel annual plan",
             "Tue, 30 Sep 2025 09:00:00 +0530",
             "Dear team, I do not want the annual plan to renew. Please cancel it. Registered email "
             "meenakshi.s@gmail.com." + SIG.format("Meenakshi"))
    case("p17-cancel-annual-computed", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-14")],
         fields_soft={"reason": None, "reason_code": None},
         fields=lof("meenakshi.s@gmail.com", "annual", None, None, reason=None),
         spec="L8: last charge 2024-10-15 + 12 months - 1 day = 2025-10-14")

    f = mail("p18-cancel-annual-into-leap", "Farhan Ali <farhan.ali@alifashions.in>", LO, "Cancel",
             "Sat, 10 Feb 2024 10:00:00 +0530",
             "Hi, please cancel my annual subscription at the end of the term. Not needed any more."
             + SIG.format("Farhan"))
    case("p18-cancel-annual-into-leap", f, "decided", LOB, [d("cancellation", "cancel", eff="2024-02-29")],
         fields=lof("farhan.ali@alifashions.in", "annual", "other", None),
         spec="L8: 2023-03-01 + 12 months = 2024-03-01, - 1 day = 2024-02-29 (leap year)")

    f = mail("p19-cancel-annual-from-feb29", "Gita Reddy <gita.reddy@gmail.com>", LO, "Cancel annual",
             "Mon, 20 Jan 2025 10:00:00 +0530",
             "Please cancel my annual plan, thank you. Reason: we are shutting down." + SIG.format("Gita"))
    case("p19-cancel-annual-from-feb29", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-02-27")],
         fields=lof("gita.reddy@gmail.com", "annual", "other", None),
         ambiguous="2024-02-29 + 12 months = 2025-02-28 (clamped) - 1 day = 2025-02-27; 'the day before the same "
                   "date next year' could be read as 2025-02-28",
         spec="L8 last charge + 12 months - 1 day")

    f = mail("p20-cancel-uses-period-end", "Tanvi Shah <tanvi.shah@shahdesigns.in>", LO, "Cancel monthly plan",
             "Wed, 01 Oct 2025 10:00:00 +0530",
             "Hi, please cancel my monthly plan. Thanks." + SIG.format("Tanvi"))
    case("p20-cancel-uses-period-end", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-12")],
         fields=lof("tanvi.shah@shahdesigns.in", "monthly", None, None, reason=None),
         spec="L8: 'effective_date is current_period_end from the ledger, or else ...' -> 2025-10-12 (customer record) "
              "even though the last charge + 1 month - 1 day would be 2025-10-09; no reason -> reason/reason_code null")

    f = mail("p21-cancel-last-of-two-charges", "Omkar Pawar <omkar.pawar@pawarelectricals.in>", LO,
             "cancel my plan", "Thu, 25 Sep 2025 10:00:00 +0530",
             "Hello, cancel my monthly LeadsOptima plan please. Too expensive for us." + SIG.format("Omkar"))
    case("p21-cancel-last-of-two-charges", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-11")],
         fields=lof("omkar.pawar@pawarelectricals.in", "monthly", "other", None),
         spec="L8: 'the last charge's date' = 2025-09-12 (not 08-12) + 1 month - 1 day = 2025-10-11")

    f = mail("p22-changed-mind-refund", "Aditya Kulkarni <aditya.kulkarni@gmail.com>", LO, "Refund request",
             "Tue, 30 Sep 2025 10:00:00 +0530",
             "Hi, I subscribed on 28th (invoice LO-INV-3181, monthly) but I changed my mind, we don't need the tool. "
             "Please refund." + SIG.format("Aditya"))
    case("p22-changed-mind-refund", f, "decided", LOB, [d("refund", "deny")],
         fields=lof("aditya.kulkarni@gmail.com", "monthly", "other", "LO-INV-3181"),
         spec="L1: changed mind is not an exception -> deny (cancellation offered); reason_code 'other'")

    f = mail("p23-changed-mind-refund-and-cancel", "Aditya Kulkarni <aditya.kulkarni@gmail.com>", LO,
             "Refund and cancel", "Tue, 30 Sep 2025 11:00:00 +0530",
             "Hello, please cancel my monthly subscription and refund LO-INV-3181 - we haven't used it at all."
             + SIG.format("Aditya"))
    case("p23-changed-mind-refund-and-cancel", f, "decided", LOB,
         [d("refund", "deny"), d("cancellation", "cancel", eff="2025-10-27")],
         fields=lof("aditya.kulkarni@gmail.com", "monthly", "other", "LO-INV-3181"),
         spec="L1 deny (did not use the product); L8 cancel at current_period_end 2025-10-27; both parts decided")

    f = mail("p24-dup-refund-and-cancel", "Yash Agarwal <yash.agarwal@agarwalexports.com>", LO,
             "Double charged - also cancel", "Wed, 01 Oct 2025 09:30:00 +0530",
             "Hi, I was billed twice for the annual plan yesterday (LO-INV-3212 is the extra one). Refund it please, "
             "and cancel my subscription so it does not renew next year." + SIG.format("Yash Agarwal"))
    case("p24-dup-refund-and-cancel", f, "decided", LOB,
         [d("refund", "approve", "11988.00"), d("cancellation", "cancel", eff="2026-09-29")],
         fields=lof("yash.agarwal@agarwalexports.com", "annual", "duplicate_payment", "LO-INV-3212"),
         spec="L4 approve 11988.00 (pair 3211/3212, day 1); L8 cancel at current_period_end 2026-09-29")

    f = mail("p25-c2-stated-registered", "Arjun M <arjun.personal99@gmail.com>", LO, "charged twice",
             "Sat, 27 Sep 2025 13:00:00 +0530",
             "Hi, writing from my personal email. My registered email is arjun.mehta@gmail.com. I was charged "
             "twice for the monthly plan, invoice LO-INV-3002." + SIG.format("Arjun"))
    case("p25-c2-stated-registered", f, "need_info", LOB, rules=["C2"],
         fields={"registered_email": "arjun.mehta@gmail.com", "contract_email": None, "project_name": None},
         spec="C2 / worked example 5: sender is not the registered address -> need_info, rules C2; the stated "
              "registered email is the field (section 1: the sender counts only 'when the customer does not state')")

    f = mail("p26-invoice-lowercase", "Arjun Mehta <arjun.mehta@gmail.com>", LO, "duplicate charge",
             "Sat, 27 Sep 2025 14:00:00 +0530",
             "hi, duplicate charge on my monthly plan, the second one is lo-inv-3002. pls refund"
             + SIG.format("arjun"))
    case("p26-invoice-lowercase", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         fields=lof("arjun.mehta@gmail.com", "monthly", "duplicate_payment", None),
         fields_soft={"invoice_number": "LO-INV-3002"},
         spec="L4 approve 1499.00; invoice written in lower case: 'as written' vs the ledger's form is open (soft)")

    f1 = mail("p27a-thread-dup-no-invoice", "Suresh Iyer <suresh.iyer@iyerpharma.in>", LO, "Charged twice",
              "Tue, 30 Sep 2025 09:00:00 +0530",
              "Hi, I was charged twice for my monthly plan yesterday. Please refund the extra one."
              + SIG.format("Suresh"))
    case("p27a-thread-dup-no-invoice", f1, "need_info", LOB, missing=["invoice_number"],
         fields=lof("suresh.iyer@iyerpharma.in", "monthly", "duplicate_payment", None),
         ambiguous="Invoice is required for a LO refund (section 3), but the ledger holds one duplicate pair for "
                   "this verified sender; a bot could fill it (section 1) and approve",
         spec="Section 3: for a refund also the invoice number -> need_info [invoice_number]")
    f2 = mail("p27b-thread-dup-reply", "Suresh Iyer <suresh.iyer@iyerpharma.in>", LO,
              "Re: Charged twice [LO-3191]", "Tue, 30 Sep 2025 12:00:00 +0530",
              "Invoice is LO-INV-3192.\n\n> Please tell us the invoice number of the charge." + SIG.format("Suresh"),
              headers={"In-Reply-To": mid("p27a-thread-dup-no-invoice"),
                       "References": mid("p27a-thread-dup-no-invoice")})
    case("p27b-thread-dup-reply", [f1, f2], "decided", LOB, [d("refund", "approve", "1499.00")],
         fields=lof("suresh.iyer@iyerpharma.in", "monthly", "duplicate_payment", "LO-INV-3192"),
         spec="C3 merge; L4 pair 3191/3192 (day 1) -> approve 1499.00; reason from the first email")

    f = mail("p28-charged-after-cancel", "Lata Menon <lata.menon@menonclinic.in>", LO, "Charged after I cancelled",
             "Mon, 29 Sep 2025 10:00:00 +0530",
             "Hello, I was charged after I cancelled my monthly plan - invoice LO-INV-3201 on 27 Sep. Please refund."
             + SIG.format("Dr. Lata Menon"))
    case("p28-charged-after-cancel", f, "decided", LOB, [d("refund", "escalate")],
         fields=lof("lata.menon@menonclinic.in", "monthly", "billing_error", "LO-INV-3201"),
         spec="L2 billing_error ('charged after I cancelled'), day 2 -> L5 escalate")

    f = mail("p29-dup-outside-window", "Bhavna Trivedi <bhavna.trivedi@gmail.com>", LO, "Double payment",
             "Tue, 30 Sep 2025 10:00:00 +0530",
             "Hi, double payment on my quarterly plan in August, invoice LO-INV-3221. Please check and refund."
             + SIG.format("Bhavna"))
    case("p29-dup-outside-window", f, "decided", LOB, [d("refund", "deny")],
         fields=lof("bhavna.trivedi@gmail.com", "quarterly", "duplicate_payment", "LO-INV-3221"),
         spec="duplicate_payment claimed, charge 2025-08-15 -> day 46 -> L3 deny (window checked before the pair)")

    f = mail("p30-plan-only-cancel-no-reason", "Kavya Iyer <kavya.iyer@outlook.com>", LO, "cancel",
             "Wed, 01 Oct 2025 08:00:00 +0530",
             "Please cancel my subscription.\n\nKavya\n")
    case("p30-plan-only-cancel-no-reason", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-12-22")],
         fields=lof("kavya.iyer@outlook.com", "quarterly", None, None, reason=None),
         spec="L8 cancel at current_period_end 2025-12-22; reason does not hold a cancellation up (section 3); "
              "reason/reason_code null ('a field not stated is null'); plan from the ledger")

    f = mail("p31-access-utc-boundary-day7", "Deepak Rao <deepak.rao@raoinfotech.com>", LO, "no access",
             "Mon, 06 Oct 2025 18:00:00 +0000",
             "Still no access to my account since the renewal (LO-INV-3081, quarterly). Refund please."
             + SIG.format("Deepak"))
    case("p31-access-utc-boundary-day7", f, "decided", LOB, [d("refund", "escalate")],
         fields=lof("deepak.rao@raoinfotech.com", "quarterly", "access_failure", "LO-INV-3081"),
         spec="Charge 2025-09-29 (day 0); request 2025-10-06T18:00Z = 2025-10-06 23:30 IST = day 7, 'day 7 is "
              "inside' -> access_failure L6 escalate")


# --------------------------------------------------------------------------------------------
# Optima WebDesign
# --------------------------------------------------------------------------------------------

def optima():
    kon = "Konkan Resorts GM <gm@konkanresorts.in>"
    body_dep = ("Hello,\n\nWe have decided not to go ahead with the Konkan Resorts Website project - the board "
                "has frozen the budget. Please refund our deposit, invoice OWD-2025-601." + SIG.format("GM, Konkan Resorts"))
    for cid, date, dec, spec, amb in [
        ("q01-deposit-71h", "Mon, 29 Sep 2025 09:00:00 +0530", d("refund", "approve", "20000.00"),
         "O2: paid 2025-09-26 10:00, request 09-29 09:00 = 71h < 72h, no work started -> approve 20000.00 (before tax)", None),
        ("q02-deposit-71h59-utc-header", "Mon, 29 Sep 2025 04:29:00 +0000", d("refund", "approve", "20000.00"),
         "O2: 04:29Z = 09:59 IST = 71h59m -> approve 20000.00", None),
        ("q03-deposit-exactly-72h", "Mon, 29 Sep 2025 10:00:00 +0530", d("refund", "deny"),
         "O2 'request time is before ... 72 hours after paid_at': exactly 72h is not before -> deny",
         "Exactly 72h: spec O2 says 'before' (deny); the policy says 'Non-refundable after 72 hours' (at 72h not yet "
         "after -> refundable)"),
        ("q04-deposit-73h", "Mon, 29 Sep 2025 11:00:00 +0530", d("refund", "deny"),
         "O2 / worked example 7: 73h -> deny", None),
    ]:
        f = mail(cid, kon, OWD, "Refund Request \u2014 Konkan Resorts Website / OWD-2025-601", date, body_dep)
        case(cid, f, "decided", OWB, [dec], extra_ok=True,
             fields=owf("gm@konkanresorts.in", "Konkan Resorts Website", "OWD-2025-601"), ambiguous=amb, spec=spec)

    f = mail("q05-deposit-after-work-started", "Indore Bakes <owner@indorebakes.in>", OWD, "Refund deposit",
             "Sun, 28 Sep 2025 10:00:00 +0530",
             "Hi, please refund the deposit for Indore Bakes (OWD-2025-602). We found a cheaper vendor."
             + SIG.format("Owner"))
    case("q05-deposit-after-work-started", f, "decided", OWB, extra_ok=True, decisions= [d("refund", "deny")],
         fields=owf("owner@indorebakes.in", "Indore Bakes", "OWD-2025-602"),
         spec="O2: 46h after payment but work_started_at 2025-09-27 10:00 is before the request -> deny "
              "('whichever occurs first')")

    f = mail("q06-discovery-work-starts-later", "Mysore Silk <info@mysoresilk.in>", OWD,
             "Refund Request \u2014 Mysore Silk Emporium", "Tue, 30 Sep 2025 10:00:00 +0530",
             "Dear Optima team,\n\nWe would like a refund of the discovery fee (invoice OWD-2025-603) for Mysore Silk "
             "Emporium. Our owner wants to postpone the redesign to next year." + SIG.format("Mysore Silk Emporium"))
    case("q06-discovery-work-starts-later", f, "decided", OWB, extra_ok=True, decisions= [d("refund", "approve", "12000.00")],
         fields=owf("info@mysoresilk.in", "Mysore Silk Emporium", "OWD-2025-603"),
         spec="O1: work_started_at 2025-10-06 is 'later than the request time' -> refundable in full 12000.00")

    f = mail("q07-discovery-after-start", "Goa Surf School <hello@goasurf.in>", OWD, "Discovery fee refund",
             "Tue, 30 Sep 2025 10:00:00 +0530",
             "Hi, the discovery sessions were not useful for us. Please refund OWD-2025-604 for Goa Surf School."
             + SIG.format("Goa Surf School"))
    case("q07-discovery-after-start", f, "decided", OWB, [d("refund", "deny")],
         fields=owf("hello@goasurf.in", "Goa Surf School", "OWD-2025-604"),
         spec="O1: work_started_at 2025-09-20 before the request -> deny")

    f = mail("q08-discovery-no-work-old-payment", "Lucknow Chikan <orders@lucknowchikan.in>", OWD,
             "Refund of discovery fee", "Tue, 30 Sep 2025 10:00:00 +0530",
             "Hello, we paid the discovery fee for Lucknow Chikan House (OWD-2025-605) a month ago, but no session "
             "was ever scheduled. We no longer need the project; please refund." + SIG.format("Orders desk"))
    case("q08-discovery-no-work-old-payment", f, "decided", OWB, extra_ok=True, decisions= [d("refund", "approve", "9000.00")],
         fields=owf("orders@lucknowchikan.in", "Lucknow Chikan House", "OWD-2025-605"),
         spec="O1 has no time limit: work_started_at empty -> approve 9000.00 (29 days after payment)")

    f = mail("q09-project-named-invoice-filled", "Lucknow Chikan <orders@lucknowchikan.in>", OWD,
             "Refund - Lucknow Chikan House", "Tue, 30 Sep 2025 11:00:00 +0530",
             "Hello, for our project Lucknow Chikan House please refund the discovery fee - no session ever took "
             "place and we have dropped the plan." + SIG.format("Orders desk"))
    case("q09-project-named-invoice-filled", f, "decided", OWB, extra_ok=True, decisions= [d("refund", "approve", "9000.00")],
         fields=owf("orders@lucknowchikan.in", "Lucknow Chikan House", "OWD-2025-605"),
         ambiguous="Invoice not stated; the verified contract email's project has exactly one payment. Section 1 "
                   "('Fields that the ledger holds for a verified sender ... are filled from it and not asked for') "
                   "supports filling it; section 4 lists the invoice as required -> a bot asking for it is defensible",
         spec="Section 1 ledger fill -> invoice OWD-2025-605; O1 approve 9000.00")

    viz = "Vizag Ports IT <it@vizagports.in>"
    for cid, inv, dec, spec in [
        ("q10-milestone-approved", "OWD-2025-611", d("refund", "deny"), "O3: approved milestone -> deny (O6 too)"),
        ("q11-milestone-completed", "OWD-2025-612", d("refund", "deny"), "O3: completed -> deny"),
        ("q12-milestone-in-progress", "OWD-2025-613", d("refund", "escalate"), "O3: in_progress -> escalate"),
        ("q13-milestone-not-started", "OWD-2025-614", d("refund", "approve", "45000.00"),
         "O3: not_started -> approve the milestone amount 45000.00 before tax (not 53100)"),
    ]:
        f = mail(cid, viz, OWD, f"Refund Request \u2014 Vizag Ports CRM / {inv}", "Tue, 30 Sep 2025 15:00:00 +0530",
                 f"Dear Optima,\n\nManagement has decided to stop the Vizag Ports CRM engagement. Please refund the "
                 f"milestone payment {inv}.\n\nThanks,\nIT Head, Vizag Ports\n")
        case(cid, f, "decided", OWB, [dec], fields=owf("it@vizagports.in", "Vizag Ports CRM", inv), spec=spec,
             extra_ok=True)

    f = mail("q14-project-named-several-payments", viz, OWD, "Refund Request \u2014 Vizag Ports CRM",
             "Tue, 30 Sep 2025 16:00:00 +0530",
             "Hello, please refund the milestone we paid for Vizag Ports CRM; the work was never started. We are "
             "winding down the engagement." + SIG.format("IT Head"))
    case("q14-project-named-several-payments", f, "need_info", OWB, missing=["invoice_number"],
         fields=owf("it@vizagports.in", "Vizag Ports CRM", None),
         ambiguous="'the milestone ... never started' matches only OWD-2025-614 (the one not_started) - a bot could "
                   "pick it; the spec requires the invoice/payment reference",
         spec="Section 4: invoice required; the project has four payments -> need_info [invoice_number]")

    def ret(cid, proj_name, addr, inv, date, dec, spec, body=None, amb=None, decisions=None):
        f = mail(cid, f"{proj_name} <{addr}>", OWD, f"Cancel retainer \u2014 {proj_name}", date,
                 body or (f"Hello Optima team,\n\nPlease cancel our monthly retainer for {proj_name} (last invoice "
                          f"{inv}). Reason: we are bringing the work in-house.\n\nRegards,\n{proj_name}\n"))
        case(cid, f, "decided", OWB, decisions or [dec], fields=owf(addr, proj_name, inv), ambiguous=amb, spec=spec)

    ret("q15-retainer-8-days", "Surat Gems Portal", "web@suratgems.in", "OWD-2025-621",
        "Wed, 01 Oct 2025 10:00:00 +0530", d("cancellation", "cancel", eff="2025-10-08"),
        "O4: 10-01 <= 10-09 - 7 = 10-02 -> cancel, effective the day before next_billing_at = 2025-10-08")
    ret("q16-retainer-7-days", "Nashik Vineyards", "admin@nashikvineyards.in", "OWD-2025-622",
        "Wed, 01 Oct 2025 10:00:00 +0530", d("cancellation", "cancel", eff="2025-10-07"),
        "O4: next 10-08; 10-01 <= 10-08 - 7 = 10-01 -> exactly 7 days is enough -> effective 2025-10-07")
    ret("q17-retainer-6-days", "Kochi Boatworks", "office@kochiboatworks.in", "OWD-2025-623",
        "Wed, 01 Oct 2025 10:00:00 +0530", d("cancellation", "cancel", eff="2025-11-06"),
        "O4: next 10-07; 6 days' notice -> next cycle (2025-10-07 - 2025-11-06, one month like the current "
        "09-07 - 10-06) is billed -> effective 2025-11-06")
    ret("q18-retainer-0-days", "Amritsar Foods", "md@amritsarfoods.in", "OWD-2025-624",
        "Wed, 01 Oct 2025 10:00:00 +0530", d("cancellation", "cancel", eff="2025-10-31"),
        "O4: next_billing_at 2025-10-01 00:00, request 10-01 -> 0 days' notice -> the next cycle "
        "(10-01 - 10-31) is billed -> effective 2025-10-31",
        amb="The next billing moment (10-01 00:00) has already passed at request time; the ledger has no charge for "
            "the new cycle. 'The next cycle' could be read as the one after 10-01 (effective 2025-11-30) or the bot "
            "could escalate")
    ret("q19-retainer-late-evening-ist", "Ooty Tea Estates", "estate@ootytea.in", "OWD-2025-625",
        "Wed, 01 Oct 2025 10:00:00 +0530", d("cancellation", "cancel", eff="2025-10-07"),
        "O4: next_billing_at 2025-10-08T23:30 (naive = IST) -> date 10-08; 10-01 <= 10-01 -> cancel, effective "
        "2025-10-07 (the day before next_billing_at's date)")
    ret("q20-retainer-next-billing-utc", "Bhopal Lakes Hotel", "fo@bhopallakes.in", "OWD-2025-626",
        "Wed, 01 Oct 2025 10:00:00 +0530", d("cancellation", "cancel", eff="2025-10-07"),
        "O4: next_billing_at 2025-10-07T19:00Z = 2025-10-08 00:30 IST -> date 10-08 (brand time zone) -> 7 days -> "
        "cancel, effective 2025-10-07; reading the UTC date (10-07) would wrongly bill the next cycle")
    ret("q21-retainer-request-utc-crosses-midnight", "Ranchi Motors", "sales@ranchimotors.in", "OWD-2025-627",
        "Tue, 30 Sep 2025 20:00:00 +0000", d("cancellation", "cancel", eff="2025-11-06"),
        "Request 2025-09-30T20:00Z = 2025-10-01 01:30 IST; next 10-07 -> 6 days -> next cycle billed -> "
        "effective 2025-11-06 (a UTC-date count would give 7 days and 2025-10-06)")
    ret("q22-retainer-refund-and-cancel", "Shimla Apple Co", "care@shimlaapple.in", "OWD-2025-628",
        "Wed, 01 Oct 2025 10:00:00 +0530", None,
        "O4: 'The current period is never refunded' -> refund deny; 8 days' notice -> cancel, effective 2025-10-08",
        body=("Hi,\n\nPlease cancel the Shimla Apple Co retainer (invoice OWD-2025-628) and refund this month's "
              "retainer fee - we barely used any hours. Reason: the season is over and we are pausing marketing."
              + SIG.format("Shimla Apple Co")),
        decisions=[d("refund", "deny"), d("cancellation", "cancel", eff="2025-10-08")])

    pon = "Pondy Cafe <hello@pondycafe.in>"
    body_h = ("Hi,\n\nWe are moving our site to another host. Please cancel the annual hosting for Pondy Cafe and "
              "refund the prorated amount - invoice OWD-2025-631." + SIG.format("Pondy Cafe"))
    for cid, date, refund, spec, amb in [
        ("q23-hosting-day0", "Tue, 16 Sep 2025 18:00:00 +0530", d("refund", "approve", "14850.00"),
         "O5: day 0 of service_start 2025-09-16 -> 18000 - 1800 - 1350 x 1 = 14850.00", None),
        ("q24-hosting-day13", "Mon, 29 Sep 2025 10:00:00 +0530", d("refund", "approve", "14850.00"),
         "O5: day 13 -> approve 14850.00", None),
        ("q25-hosting-day14-late-utc", "Tue, 30 Sep 2025 18:20:00 +0000", d("refund", "approve", "14850.00"),
         "O5: 18:20Z = 2025-09-30 23:50 IST = day 14 ('at most day N') -> approve 14850.00", None),
        ("q26-hosting-day15-just-after-midnight", "Tue, 30 Sep 2025 18:40:00 +0000", d("refund", "deny"),
         "O5: 18:40Z = 2025-10-01 00:10 IST = day 15 -> deny; a UTC-date count (day 14) would approve: unsafe", None),
        ("q27-hosting-before-service-start", "Mon, 15 Sep 2025 18:00:00 +0530", d("refund", "approve"),
         "O5: request before service_start (paid 09-15, service 09-16) -> within 14 days -> approve",
         "consumed_months = 'months started since service_start': none started yet -> 0 -> 16200.00? or the spec's "
         "'within 14 days this is 1' -> 14850.00. Amount not asserted"),
    ]:
        f = mail(cid, pon, OWD, "Refund Request \u2014 Pondy Cafe hosting", date, body_h)
        case(cid, f, "decided", OWB, [refund, d("cancellation", "cancel")],
             fields=owf("hello@pondycafe.in", "Pondy Cafe", "OWD-2025-631"), ambiguous=amb,
             spec=spec + "; the cancellation is decided too (effective date not asserted: O5 sets none)")

    f = mail("q28-maintenance-rounding-once", "Jodhpur Havelis <stay@jodhpurhavelis.in>", OWD,
             "Refund Request \u2014 Jodhpur Havelis / OWD-2025-632", "Mon, 29 Sep 2025 10:00:00 +0530",
             "Hello, please refund our annual maintenance plan for Jodhpur Havelis, invoice OWD-2025-632. The "
             "property is being sold." + SIG.format("Jodhpur Havelis"))
    case("q28-maintenance-rounding-once", f, "decided", OWB, [d("refund", "approve", "11000.17")],
         fields=owf("stay@jodhpurhavelis.in", "Jodhpur Havelis", "OWD-2025-632"), extra_ok=True,
         spec="O5: (13200.18 - 1200.00) x 11/12 = 11000.165 -> 'rounded once at the end', half-up (C6) -> 11000.17 "
              "(rounding monthly_value 1000.015 first gives 11000.16; banker's rounding gives 11000.16)")

    agra = "Agra Marble Accounts <accounts@agramarble.in>"
    for cid, inv, what in [
        ("q29-third-party-domain", "OWD-2025-641", "the domain and SSL charge"),
        ("q30-rush-fee", "OWD-2025-642", "the rush fee"),
        ("q31-setup-fee", "OWD-2025-643", "the setup fee"),
        ("q32-change-request", "OWD-2025-644", "the change request charge"),
    ]:
        f = mail(cid, agra, OWD, f"Refund Request \u2014 Agra Marble Works / {inv}", "Tue, 30 Sep 2025 10:00:00 +0530",
                 f"Hello,\n\nPlease refund {what} on invoice {inv} for Agra Marble Works, paid yesterday. We "
                 f"feel it was not needed.\n\nAccounts, Agra Marble Works\n")
        case(cid, f, "decided", OWB, [d("refund", "deny")],
             fields=owf("accounts@agramarble.in", "Agra Marble Works", inv),
             spec="O6: kinds third_party/rush/setup/change_request are never refundable -> deny (1 day after payment)")

    rai = "Raipur Steel Purchase <purchase@raipursteel.in>"
    f = mail("q33-payment-status-refunded", rai, OWD, "Refund Request \u2014 Raipur Steel / OWD-2025-651",
             "Tue, 30 Sep 2025 09:00:00 +0530",
             "Hi, please refund our deposit OWD-2025-651 for Raipur Steel; the project is off." + SIG.format("Purchase"))
    case("q33-payment-status-refunded", f, "decided", OWB, extra_ok=True, decisions= [d("refund", None, outcome_in=["escalate", "deny"])],
         fields=owf("purchase@raipursteel.in", "Raipur Steel", "OWD-2025-651"),
         spec="Ledger payment status 'refunded' (23h after payment, no work): already refunded, not a paid charge -> "
              "must not be approved again (escalate or deny)")

    f = mail("q34-payment-status-failed", rai, OWD, "Refund Request \u2014 Raipur Steel / OWD-2025-652",
             "Tue, 30 Sep 2025 09:30:00 +0530",
             "Hi, please refund the discovery fee OWD-2025-652 for Raipur Steel; the project is off."
             + SIG.format("Purchase"))
    case("q34-payment-status-failed", f, "decided", OWB, extra_ok=True, decisions= [d("refund", None, outcome_in=["escalate", "deny"])],
         fields=owf("purchase@raipursteel.in", "Raipur Steel", "OWD-2025-652"),
         spec="Ledger payment status 'failed': no money taken -> nothing to refund; never approve")

    f = mail("q35-unknown-invoice", kon, OWD, "Refund Request \u2014 Konkan Resorts Website / OWD-2025-699",
             "Sat, 27 Sep 2025 10:00:00 +0530",
             "Hello, please refund invoice OWD-2025-699 for Konkan Resorts Website - we will not proceed with the "
             "project." + SIG.format("GM"))
    case("q35-unknown-invoice", f, "decided", OWB, extra_ok=True, decisions= [d("refund", "escalate")],
         fields=owf("gm@konkanresorts.in", "Konkan Resorts Website", "OWD-2025-699"),
         spec="Section 1: 'when the ledger has no matching record, the case is escalated, never approved'")

    tir = "Tirupati Ventures <founder@tirupativentures.in>"
    f = mail("q36-two-projects-invoice-only", tir, OWD, "Refund of deposit OWD-2025-661",
             "Tue, 30 Sep 2025 10:00:00 +0530",
             "Hello, please refund deposit OWD-2025-661 - the temple tours idea is shelved." + SIG.format("Founder"))
    case("q36-two-projects-invoice-only", f, "decided", OWB, extra_ok=True, decisions= [d("refund", "approve", "25000.00")],
         fields=owf("founder@tirupativentures.in", "Tirupati Temple Tours", "OWD-2025-661"),
         ambiguous="Project name not stated; the invoice identifies the project in the ledger (section 1 fill). A bot "
                   "asking for the project name is defensible",
         spec="O2: 24h after payment, no work -> approve 25000.00; project filled from the invoice's ledger record")

    f = mail("q37-two-projects-project-only", tir, OWD, "Refund Request \u2014 Tirupati Laddu Online",
             "Tue, 30 Sep 2025 11:00:00 +0530",
             "Hello, please refund the booking deposit for Tirupati Laddu Online. We are not launching it."
             + SIG.format("Founder"))
    case("q37-two-projects-project-only", f, "decided", OWB, extra_ok=True, decisions= [d("refund", "deny")],
         fields=owf("founder@tirupativentures.in", "Tirupati Laddu Online", "OWD-2025-662"),
         ambiguous="Invoice not stated; the named project has one payment (filled per section 1) - asking is "
                   "defensible",
         spec="O2: deposit 2025-09-20, request 09-30 (240h) -> deny")

    f = mail("q38-two-projects-neither", tir, OWD, "Refund please", "Tue, 30 Sep 2025 12:00:00 +0530",
             "Hi, please refund our deposit, we are not going ahead after all." + SIG.format("Founder"))
    case("q38-two-projects-neither", f, "need_info", OWB, missing=["project_name", "invoice_number"],
         fields=owf("founder@tirupativentures.in", None, None),
         spec="Two projects (and two deposits) for this contract email: the ledger cannot fill project or invoice "
              "-> need_info [project_name, invoice_number]")

    f = mail("q39-c2-contract-email-stated", "Rahul (GM) <rahul.konkan@gmail.com>", OWD,
             "Refund Request \u2014 Konkan Resorts Website", "Sat, 27 Sep 2025 15:00:00 +0530",
             "Hello, our contract email is gm@konkanresorts.in but I am writing from my own address. Please refund the "
             "deposit OWD-2025-601, we are cancelling the project." + SIG.format("Rahul"))
    case("q39-c2-contract-email-stated", f, "need_info", OWB, rules=["C2"],
         fields={"registered_email": None, "contract_email": "gm@konkanresorts.in", "plan": None},
         spec="C2 (Optima explicit: 'emailed from the contracting email'): sender differs -> need_info, rules C2; "
              "contract_email is the stated one")

    f = mail("q40-c2-unknown-sender-no-statement", "Rahul <rahul.konkan@gmail.com>", OWD,
             "Refund Request \u2014 Konkan Resorts Website / OWD-2025-601", "Sat, 27 Sep 2025 15:30:00 +0530",
             "Hello, please refund the deposit OWD-2025-601 for Konkan Resorts Website, we are cancelling the "
             "project." + SIG.format("Rahul"))
    case("q40-c2-unknown-sender-no-statement", f, "need_info", OWB, rules=["C2"],
         fields={"registered_email": None, "contract_email": "rahul.konkan@gmail.com", "plan": None},
         spec="Section 1: sender address counts as the contract email; the project's contract email is "
              "gm@konkanresorts.in -> C2 need_info")

    f = mail("q41-cancel-project-deposit-only", kon, OWD, "Cancellation \u2014 Konkan Resorts Website",
             "Wed, 01 Oct 2025 10:00:00 +0530",
             "Hello,\n\nPlease cancel the Konkan Resorts Website project (invoice OWD-2025-601). Reason: change in "
             "management priorities. We understand the deposit is non-refundable now." + SIG.format("GM"))
    case("q41-cancel-project-deposit-only", f, "decided", OWB, [d("cancellation", "cancel")],
         fields=owf("gm@konkanresorts.in", "Konkan Resorts Website", "OWD-2025-601"),
         spec="O8: cancellation without a refund request -> cancel, acknowledged with project, invoice and reason; "
              "no refund decision (the customer does not ask for one)")

    f = mail("q42-cancel-milestone-project", viz, OWD, "Cancellation \u2014 Vizag Ports CRM / OWD-2025-614",
             "Tue, 30 Sep 2025 17:00:00 +0530",
             "Hello, we wish to cancel the remaining work on Vizag Ports CRM (milestone OWD-2025-614). Reason: the "
             "port authority changed vendors. No refund needed." + SIG.format("IT Head"))
    case("q42-cancel-milestone-project", f, "decided", OWB, [d("cancellation", "cancel")],
         fields=owf("it@vizagports.in", "Vizag Ports CRM", "OWD-2025-614"),
         spec="O8: cancel only ('No refund needed')")

    f = mail("q43-missing-reason", "Madurai Textiles <md@maduraitextiles.in>", OWD,
             "Refund Request \u2014 Madurai Textiles / OWD-2025-671", "Mon, 29 Sep 2025 10:00:00 +0530",
             "Hello,\n\nPlease refund the annual hosting for Madurai Textiles, invoice OWD-2025-671.\n\nMD\n")
    case("q43-missing-reason", f, "need_info", OWB, missing=["reason"],
         fields=owf("md@maduraitextiles.in", "Madurai Textiles", "OWD-2025-671", code=None, reason=None),
         spec="Section 4 required fields include reason; none given -> need_info [reason]; reason/reason_code null")

    f2 = mail("q44-missing-reason-reply", "Madurai Textiles <md@maduraitextiles.in>", OWD,
              "Re: Refund Request \u2014 Madurai Textiles / OWD-2025-671", "Mon, 29 Sep 2025 14:00:00 +0530",
              "Reason: we are moving all our hosting to our parent company's servers.\n\nMD\n",
              headers={"In-Reply-To": mid("q43-missing-reason"), "References": mid("q43-missing-reason")})
    case("q44-missing-reason-reply", [f, f2], "decided", OWB, [d("refund", "approve", "19800.00")], extra_ok=True,
         fields=owf("md@maduraitextiles.in", "Madurai Textiles", "OWD-2025-671"),
         spec="C3 merge; O5: service_start 09-22, request time = first email 09-29 (day 7) -> 24000 - 2400 - 1800 = "
              "19800.00")

    f = mail("q45-c4-consumer-court-hosting", "Madurai Textiles <md@maduraitextiles.in>", OWD,
             "Refund Request \u2014 Madurai Textiles / OWD-2025-671", "Mon, 29 Sep 2025 11:00:00 +0530",
             "Please refund the hosting plan OWD-2025-671 for Madurai Textiles - we are moving servers. If this is "
             "not done quickly I will approach the consumer court." + SIG.format("MD"))
    case("q45-c4-consumer-court-hosting", f, "decided", OWB, [d("refund", "escalate")], rules=["C4"],
         fields=owf("md@maduraitextiles.in", "Madurai Textiles", "OWD-2025-671"),
         spec="C4: consumer court mention -> escalate even though O5 would approve")

    f = mail("q46-c7-auto-reply", "Konkan Resorts GM <gm@konkanresorts.in>", OWD,
             "Automatic reply: Refund Request \u2014 Konkan Resorts Website", "Mon, 29 Sep 2025 09:05:00 +0530",
             "I am out of office until 6 October with limited access to email.",
             headers={"Auto-Submitted": "auto-replied"})
    case("q46-c7-auto-reply", f, "ignore", OWB, rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore")

    f = mail("q47-hosting-refund-only-no-cancel-word", "Madurai Textiles <md@maduraitextiles.in>", OWD,
             "Refund Request \u2014 OWD-2025-671", "Mon, 29 Sep 2025 12:00:00 +0530",
             "Hello, please refund invoice OWD-2025-671 (annual hosting, Madurai Textiles). Reason: the parent company "
             "will host our site." + SIG.format("MD"))
    case("q47-hosting-refund-only-no-cancel-word", f, "decided", OWB, [d("refund", "approve", "19800.00")],
         extra_ok=True, fields=owf("md@maduraitextiles.in", "Madurai Textiles", "OWD-2025-671"),
         spec="O5: day 7 -> approve 24000 - 2400 - 1800 = 19800.00 ('Such a refund ends the plan': a cancellation "
              "decision alongside is allowed, extra_ok)")


def extra():
    """Field-centric extras: subject-only references, address case, Optima cancellation without refund."""
    f = mail("r01-owd-invoice-in-subject-only", "Konkan Resorts GM <gm@konkanresorts.in>", OWD,
             "Refund Request \u2014 Konkan Resorts Website / OWD-2025-601", "Sat, 27 Sep 2025 16:00:00 +0530",
             "Hello,\n\nAs per the subject, please refund the deposit. Reason: our funding round fell through, so "
             "we cannot start the website now." + SIG.format("GM"))
    case("r01-owd-invoice-in-subject-only", f, "decided", OWB, [d("refund", "approve", "20000.00")], extra_ok=True,
         fields=owf("gm@konkanresorts.in", "Konkan Resorts Website", "OWD-2025-601"),
         spec="Policy subject form 'Refund Request \u2014 [Project/Invoice #]' carries project and invoice; O2: 30h, no "
              "work -> approve 20000.00")

    f = mail("r02-lo-invoice-in-subject-only", "Arjun Mehta <arjun.mehta@gmail.com>", LO,
             "Refund for LO-INV-3002 (charged twice)", "Sat, 27 Sep 2025 17:00:00 +0530",
             "Hi,\n\nSee subject - the same monthly fee was taken two times on 25 Sep. Please refund the extra one."
             + SIG.format("Arjun"))
    case("r02-lo-invoice-in-subject-only", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         fields=lof("arjun.mehta@gmail.com", "monthly", "duplicate_payment", "LO-INV-3002"),
         spec="Invoice and reason in the subject; L4 approve 1499.00")

    f = mail("r03-lo-sender-mixed-case", "Arjun Mehta <Arjun.Mehta@Gmail.com>", LO, "Charged twice",
             "Sat, 27 Sep 2025 18:00:00 +0530",
             "Hi, I was charged twice for my monthly plan, invoice LO-INV-3002. Please refund the duplicate."
             + SIG.format("Arjun"))
    case("r03-lo-sender-mixed-case", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         fields=lof("arjun.mehta@gmail.com", "monthly", "duplicate_payment", "LO-INV-3002"),
         fields_soft={"registered_email": "arjun.mehta@gmail.com"},
         spec="Mail addresses are case-insensitive in practice (domain by RFC): the sender is the registered "
              "address -> L4 approve 1499.00 (not C2); the field's case is soft")

    f = mail("r04-owd-cancel-hosting-no-refund", "Madurai Textiles <md@maduraitextiles.in>", OWD,
             "Cancellation \u2014 Madurai Textiles / OWD-2025-671", "Wed, 01 Oct 2025 09:00:00 +0530",
             "Hello,\n\nPlease cancel our hosting for Madurai Textiles (OWD-2025-671) at the end of the term; no "
             "refund needed. Reason: moving to the parent company's servers next year." + SIG.format("MD"))
    case("r04-owd-cancel-hosting-no-refund", f, "decided", OWB, [d("cancellation", "cancel")],
         fields=owf("md@maduraitextiles.in", "Madurai Textiles", "OWD-2025-671"),
         spec="O8: cancellation without a refund request -> cancel (no refund decision: 'no refund needed')")

    f = mail("r05-owd-hosting-day15-refund-only", "Pondy Cafe <hello@pondycafe.in>", OWD,
             "Refund Request \u2014 Pondy Cafe / OWD-2025-631", "Wed, 01 Oct 2025 10:00:00 +0530",
             "Hi, please refund the hosting invoice OWD-2025-631. Reason: the site is moving to another provider."
             + SIG.format("Pondy Cafe"))
    case("r05-owd-hosting-day15-refund-only", f, "decided", OWB, [d("refund", "deny")], extra_ok=True,
         fields=owf("hello@pondycafe.in", "Pondy Cafe", "OWD-2025-631"),
         spec="O5: service_start 2025-09-16, request 10-01 = day 15 -> 'After 14 days: deny'")

    f = mail("r06-lo-stated-registered-same-as-sender", "Ritu Sharma <ritu.sharma@sharmaevents.in>", LO,
             "Refund - double payment", "Mon, 25 Aug 2025 10:00:00 +0530",
             "Registered email: ritu.sharma@sharmaevents.in\nPlan: quarterly\nInvoice: LO-INV-3111\nReason: "
             "I was charged twice on 20 August.\n" + SIG.format("Ritu"))
    case("r06-lo-stated-registered-same-as-sender", f, "decided", LOB, [d("refund", "escalate")],
         fields=lof("ritu.sharma@sharmaevents.in", "quarterly", "duplicate_payment", "LO-INV-3111"),
         spec="All policy fields stated (form style); day 5; the ledger holds one charge only -> L4 'No such pair in "
              "the ledger: escalate'")


def dash_reasons():
    """Reasons joined to the request by a dash or a semicolon (real mail rarely says 'Reason:')."""
    f = mail("s01-owd-retainer-cancel-semicolon-reason", "Surat Gems <web@suratgems.in>", OWD,
             "Cancel retainer \u2014 Surat Gems Portal", "Wed, 01 Oct 2025 11:00:00 +0530",
             "Hi, please cancel the retainer for Surat Gems Portal (OWD-2025-621); we are pausing all marketing "
             "spend until April." + SIG.format("Surat Gems"))
    case("s01-owd-retainer-cancel-semicolon-reason", f, "decided", OWB,
         [d("cancellation", "cancel", eff="2025-10-08")],
         fields=owf("web@suratgems.in", "Surat Gems Portal", "OWD-2025-621"),
         spec="Reason stated after ';' -> not missing; O4/O8: 8 days' notice -> effective 2025-10-08")

    f = mail("s02-lo-cancel-dash-reason", "Tanvi Shah <tanvi.shah@shahdesigns.in>", LO, "Cancel",
             "Wed, 01 Oct 2025 12:00:00 +0530",
             "Hi, please cancel my monthly plan - we have hired an in-house sales team." + SIG.format("Tanvi"))
    case("s02-lo-cancel-dash-reason", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-10-12")],
         fields=lof("tanvi.shah@shahdesigns.in", "monthly", "other", None),
         spec="L8 cancel at current_period_end 2025-10-12; the reason after ' - ' is stated -> reason non-null, "
              "reason_code 'other'")

    f = mail("s03-lo-refund-dash-reason-too-expensive", "Aditya Kulkarni <aditya.kulkarni@gmail.com>", LO,
             "Refund LO-INV-3181", "Tue, 30 Sep 2025 12:00:00 +0530",
             "Hello, please refund LO-INV-3181 for my monthly plan - it is too expensive for a small shop like ours."
             + SIG.format("Aditya"))
    case("s03-lo-refund-dash-reason-too-expensive", f, "decided", LOB, [d("refund", "deny")],
         fields=lof("aditya.kulkarni@gmail.com", "monthly", "other", "LO-INV-3181"),
         spec="L1: 'too expensive' is named in L1 -> deny (cancellation offered); reason after ' - ' is stated")


def main():
    MAIL.mkdir(parents=True, exist_ok=True)
    for p in MAIL.glob("*.eml"):
        p.unlink()
    leadsoptima()
    optima()
    extra()
    dash_reasons()
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n")
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(CASES)} cases")


if __name__ == "__main__":
    main()
