#!/usr/bin/env python3
"""Held-out round fresh23 (writer qa23c): writes ledger.json, emails/*.eml, expected.json and
README.md beside this file. Standard library only, deterministic. Cases written from
POLICY_SPEC.md alone; NOW for the harness is 2025-10-01T10:00:00+05:30."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amt, paid_at, ps, pe, status="paid"):
    amount, tax = amt
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

CUSTOMERS = [
    cust("neha.kulkarni84@gmail.com", "Neha Kulkarni", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("accounts@shreeganeshtraders.in", "Shree Ganesh Traders", "annual", start="2025-09-15", end="2026-09-14"),
    cust("imran.qureshi@yahoo.co.in", "Imran Qureshi", "quarterly", start="2025-09-12", end="2025-12-11"),
    cust("pooja.b@rediffmail.com", "Pooja Bhatt", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("vikram.sethi@outlook.com", "Vikram Sethi", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("sunita.agarwal@gmail.com", "Sunita Agarwal", "quarterly", start="2025-09-25", end="2025-12-24"),
    cust("kamal.joshi@hotmail.com", "Kamal Joshi", "annual", start="2025-09-23", end="2026-09-22"),
    cust("deepak.rawat@gmail.com", "Deepak Rawat", "monthly", start="2025-09-05", end="2025-10-04"),
    cust("anjali.menon@gmail.com", "Anjali Menon", "monthly", start="2025-09-18", end="2025-10-17"),
    cust("rahul.s.trial@gmail.com", "Rahul Srivastava", "monthly", status="trial", trial_ends="2025-10-05"),
    cust("meera.iyer@gmail.com", "Meera Iyer", "quarterly", start="2025-08-10", end="2025-11-09"),
    cust("harpreet.gill@gmail.com", "Harpreet Gill", "monthly"),
    cust("arjun.nair@gmail.com", "Arjun Nair", "annual", start="2025-03-01", end="2026-02-28"),
    cust("sourav.banerjee@gmail.com", "Sourav Banerjee", "quarterly", start="2025-08-01", end="2025-10-31"),
    cust("kavita.reddy@gmail.com", "Kavita Reddy", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("nitin.chopra@gmail.com", "Nitin Chopra", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("farah.khan@gmail.com", "Farah Khan", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("gaurav.mishra@gmail.com", "Gaurav Mishra", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("manoj.tiwari@gmail.com", "Manoj Tiwari", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("ritu.saxena@gmail.com", "Ritu Saxena", "annual", start="2025-06-12", end="2026-06-11"),
    cust("abhishek.pandey@gmail.com", "Abhishek Pandey", "monthly", start="2025-09-10", end="2025-10-09"),
    cust("sneha.pillai@gmail.com", "Sneha Pillai", "monthly", start="2025-09-14", end="2025-10-13"),
    cust("rajesh.gupta@gmail.com", "Rajesh Gupta", "quarterly", start="2025-09-02", end="2025-12-01"),
    cust("tanvi.deshpande@gmail.com", "Tanvi Deshpande", "quarterly", start="2025-09-01", end="2025-11-30"),
    cust("md@agrawalexports.co.in", "Suresh Agrawal", "annual", start="2025-09-25", end="2026-09-24"),
    cust("yash.malhotra@gmail.com", "Yash Malhotra", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("lakshmi.n@gmail.com", "Lakshmi Narayanan", "monthly", start="2025-09-24", end="2025-10-23"),
    # English-speaking customers (UK, US, AU, NG, SG, IN)
    cust("oliver.hughes@btinternet.com", "Oliver Hughes", "annual", start="2025-09-23", end="2026-09-22"),
    cust("jen.ramirez@gmail.com", "Jennifer Ramirez", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("liam.obrien@bigpond.com", "Liam O'Brien", "quarterly", start="2025-07-20", end="2025-10-19"),
    cust("chidi.okafor@yahoo.com", "Chidi Okafor", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("weiling.tan@singnet.com.sg", "Tan Wei Ling", "quarterly", start="2025-09-24", end="2025-12-23"),
    cust("priya.raman@gmail.com", "Priya Raman", "monthly", start="2025-09-16", end="2025-10-15"),
    cust("sarah.mitchell@outlook.com", "Sarah Mitchell", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("tunde.adeyemi@gmail.com", "Tunde Adeyemi", "annual", start="2025-09-01", end="2026-08-31"),
    cust("mike.kowalski@comcast.net", "Mike Kowalski", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("hannah.clarke@gmail.com", "Hannah Clarke", "monthly", status="trial", trial_ends="2025-10-04"),
    cust("ops@brightpathtutors.com.au", "Bright Path Tutors", "annual", start="2025-05-14", end="2026-05-13"),
    cust("james.whitfield@gmail.com", "James Whitfield", "quarterly"),
    cust("ngozi.eze@gmail.com", "Ngozi Eze", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("darren.lim@gmail.com", "Darren Lim", "monthly", start="2025-09-09", end="2025-10-08"),
    cust("emily.watson@yahoo.co.uk", "Emily Watson", "annual", start="2025-09-21", end="2026-09-20"),
    cust("karthik.s@zohomail.in", "Karthik Subramanian", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("finance@northwindlogistics.com", "Northwind Logistics", "annual", start="2025-09-24", end="2026-09-23"),
    cust("ade.bello@outlook.com", "Adebayo Bello", "quarterly", start="2025-09-21", end="2025-12-20"),
    cust("grace.lee@gmail.com", "Grace Lee", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("tom.fletcher@gmail.com", "Tom Fletcher", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("rohan.kapoor@gmail.com", "Rohan Kapoor", "annual", start="2025-01-10", end="2026-01-09"),
    cust("chloe.nguyen@gmail.com", "Chloe Nguyen", "monthly", start="2025-09-24", end="2025-10-23"),
]

LO_PAYMENTS = [
    lopay("lo_101", "LO-INV-71001", "neha.kulkarni84@gmail.com", "monthly", M, "2025-09-24T10:02:00", "2025-09-24", "2025-10-23"),
    lopay("lo_102", "LO-INV-71002", "neha.kulkarni84@gmail.com", "monthly", M, "2025-09-24T10:03:00", "2025-09-24", "2025-10-23"),
    lopay("lo_111", "LO-INV-71011", "accounts@shreeganeshtraders.in", "annual", A, "2025-09-15T16:40:00", "2025-09-15", "2026-09-14"),
    lopay("lo_112", "LO-INV-71012", "accounts@shreeganeshtraders.in", "annual", A, "2025-09-15T16:41:00", "2025-09-15", "2026-09-14"),
    lopay("lo_121", "LO-INV-71021", "imran.qureshi@yahoo.co.in", "quarterly", Q, "2025-09-12T08:30:00", "2025-09-12", "2025-12-11"),
    lopay("lo_122", "LO-INV-71022", "imran.qureshi@yahoo.co.in", "quarterly", Q, "2025-09-12T08:31:00", "2025-09-12", "2025-12-11"),
    lopay("lo_131", "LO-INV-71031", "pooja.b@rediffmail.com", "monthly", M, "2025-09-26T11:00:00", "2025-09-26", "2025-10-25"),
    lopay("lo_132", "LO-INV-71032", "pooja.b@rediffmail.com", "monthly", M, "2025-09-26T11:01:00", "2025-09-26", "2025-10-25"),
    lopay("lo_133", "LO-INV-71033", "pooja.b@rediffmail.com", "monthly", M, "2025-09-26T11:05:00", "2025-09-26", "2025-10-25"),
    lopay("lo_141", "LO-INV-71041", "vikram.sethi@outlook.com", "monthly", M, "2025-09-20T07:45:00", "2025-09-20", "2025-10-19"),
    lopay("lo_151", "LO-INV-71051", "sunita.agarwal@gmail.com", "quarterly", Q, "2025-09-25T12:00:00", "2025-09-25", "2025-12-24"),
    lopay("lo_161", "LO-INV-71061", "kamal.joshi@hotmail.com", "annual", A, "2025-09-23T09:00:00", "2025-09-23", "2026-09-22"),
    lopay("lo_171", "LO-INV-71071", "deepak.rawat@gmail.com", "monthly", M, "2025-09-05T06:10:00", "2025-09-05", "2025-10-04"),
    lopay("lo_181", "LO-INV-71081", "anjali.menon@gmail.com", "monthly", M, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17"),
    lopay("lo_191", "LO-INV-71091", "meera.iyer@gmail.com", "quarterly", Q, "2025-08-10T09:00:00", "2025-08-10", "2025-11-09"),
    lopay("lo_201", "LO-INV-71101", "harpreet.gill@gmail.com", "monthly", M, "2025-08-02T20:15:00Z", None, None),
    lopay("lo_202", "LO-INV-71102", "harpreet.gill@gmail.com", "monthly", M, "2025-09-02T20:15:00Z", None, None),
    lopay("lo_211", "LO-INV-71111", "arjun.nair@gmail.com", "annual", A, "2025-03-01T10:00:00", "2025-03-01", "2026-02-28"),
    lopay("lo_221", "LO-INV-71121", "sourav.banerjee@gmail.com", "quarterly", Q, "2025-08-01T09:00:00", "2025-08-01", "2025-10-31"),
    lopay("lo_231", "LO-INV-71131", "kavita.reddy@gmail.com", "monthly", M, "2025-09-21T18:20:00", "2025-09-21", "2025-10-20"),
    lopay("lo_241", "LO-INV-71141", "nitin.chopra@gmail.com", "monthly", M, "2025-08-19T10:00:00", "2025-08-19", "2025-09-18"),
    lopay("lo_242", "LO-INV-71142", "nitin.chopra@gmail.com", "monthly", M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18"),
    lopay("lo_251", "LO-INV-71151", "farah.khan@gmail.com", "monthly", M, "2025-09-22T13:00:00", "2025-09-22", "2025-10-21", status="failed"),
    lopay("lo_261", "LO-INV-71161", "gaurav.mishra@gmail.com", "monthly", M, "2025-09-26T09:30:00", "2025-09-26", "2025-10-25"),
    lopay("lo_262", "LO-INV-71162", "gaurav.mishra@gmail.com", "monthly", M, "2025-09-26T09:31:00", "2025-09-26", "2025-10-25"),
    lopay("lo_271", "LO-INV-71171", "manoj.tiwari@gmail.com", "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
    lopay("lo_281", "LO-INV-71181", "ritu.saxena@gmail.com", "annual", A, "2025-06-12T10:00:00", "2025-06-12", "2026-06-11"),
    lopay("lo_291", "LO-INV-71191", "abhishek.pandey@gmail.com", "monthly", M, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09"),
    lopay("lo_301", "LO-INV-71201", "sneha.pillai@gmail.com", "monthly", M, "2025-09-14T10:00:00", "2025-09-14", "2025-10-13"),
    lopay("lo_311", "LO-INV-71211", "rajesh.gupta@gmail.com", "quarterly", Q, "2025-09-02T10:00:00", "2025-09-02", "2025-12-01"),
    lopay("lo_321", "LO-INV-71221", "tanvi.deshpande@gmail.com", "quarterly", Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30"),
    lopay("lo_331", "LO-INV-71231", "md@agrawalexports.co.in", "annual", A, "2025-09-25T11:00:00", "2025-09-25", "2026-09-24"),
    lopay("lo_332", "LO-INV-71232", "md@agrawalexports.co.in", "annual", A, "2025-09-25T11:02:00", "2025-09-25", "2026-09-24"),
    lopay("lo_341", "LO-INV-71241", "yash.malhotra@gmail.com", "monthly", M, "2025-09-28T08:00:00", "2025-09-28", "2025-10-27"),
    lopay("lo_351", "LO-INV-71251", "lakshmi.n@gmail.com", "monthly", M, "2025-09-23T19:00:00Z", "2025-09-24", "2025-10-23"),
    lopay("lo_352", "LO-INV-71252", "lakshmi.n@gmail.com", "monthly", M, "2025-09-23T19:02:00Z", "2025-09-24", "2025-10-23"),
    # English
    lopay("lo_501", "LO-INV-72001", "oliver.hughes@btinternet.com", "annual", A, "2025-09-23T14:05:00", "2025-09-23", "2026-09-22"),
    lopay("lo_502", "LO-INV-72002", "oliver.hughes@btinternet.com", "annual", A, "2025-09-23T14:06:00", "2025-09-23", "2026-09-22"),
    lopay("lo_511", "LO-INV-72011", "jen.ramirez@gmail.com", "monthly", M, "2025-09-19T21:30:00", "2025-09-19", "2025-10-18"),
    lopay("lo_521", "LO-INV-72021", "liam.obrien@bigpond.com", "quarterly", Q, "2025-07-20T05:00:00", "2025-07-20", "2025-10-19"),
    lopay("lo_531", "LO-INV-72031", "chidi.okafor@yahoo.com", "monthly", M, "2025-09-25T15:00:00", "2025-09-25", "2025-10-24"),
    lopay("lo_532", "LO-INV-72032", "chidi.okafor@yahoo.com", "monthly", M, "2025-09-25T15:00:30", "2025-09-25", "2025-10-24"),
    lopay("lo_533", "LO-INV-72033", "chidi.okafor@yahoo.com", "monthly", M, "2025-09-25T15:01:10", "2025-09-25", "2025-10-24"),
    lopay("lo_541", "LO-INV-72041", "weiling.tan@singnet.com.sg", "quarterly", Q, "2025-09-24T07:30:00", "2025-09-24", "2025-12-23"),
    lopay("lo_551", "LO-INV-72051", "priya.raman@gmail.com", "monthly", M, "2025-08-16T10:00:00", "2025-08-16", "2025-09-15"),
    lopay("lo_552", "LO-INV-72052", "priya.raman@gmail.com", "monthly", M, "2025-09-16T10:00:00", "2025-09-16", "2025-10-15"),
    lopay("lo_561", "LO-INV-72061", "sarah.mitchell@outlook.com", "monthly", M, "2025-09-22T16:00:00", "2025-09-22", "2025-10-21"),
    lopay("lo_571", "LO-INV-72071", "tunde.adeyemi@gmail.com", "annual", A, "2025-09-01T12:00:00", "2025-09-01", "2026-08-31"),
    lopay("lo_572", "LO-INV-72072", "tunde.adeyemi@gmail.com", "annual", A, "2025-09-01T12:01:00", "2025-09-01", "2026-08-31"),
    lopay("lo_581", "LO-INV-72081", "mike.kowalski@comcast.net", "monthly", M, "2025-09-27T03:00:00", "2025-09-27", "2025-10-26"),
    lopay("lo_591", "LO-INV-72091", "ops@brightpathtutors.com.au", "annual", A, "2025-05-14T09:00:00", "2025-05-14", "2026-05-13"),
    lopay("lo_601", "LO-INV-72101", "james.whitfield@gmail.com", "quarterly", Q, "2025-06-20T11:00:00", None, None),
    lopay("lo_602", "LO-INV-72102", "james.whitfield@gmail.com", "quarterly", Q, "2025-09-20T11:00:00", None, None),
    lopay("lo_611", "LO-INV-72111", "ngozi.eze@gmail.com", "monthly", M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22"),
    lopay("lo_612", "LO-INV-72112", "ngozi.eze@gmail.com", "monthly", M, "2025-09-23T10:01:00", "2025-09-23", "2025-10-22"),
    lopay("lo_621", "LO-INV-72121", "darren.lim@gmail.com", "monthly", M, "2025-09-09T10:00:00", "2025-09-09", "2025-10-08"),
    lopay("lo_631", "LO-INV-72131", "emily.watson@yahoo.co.uk", "annual", A, "2025-09-21T12:00:00", "2025-09-21", "2026-09-20"),
    lopay("lo_641", "LO-INV-72141", "karthik.s@zohomail.in", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19"),
    lopay("lo_651", "LO-INV-72151", "finance@northwindlogistics.com", "annual", A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23"),
    lopay("lo_652", "LO-INV-72152", "finance@northwindlogistics.com", "annual", A, "2025-09-24T10:04:00", "2025-09-24", "2026-09-23"),
    lopay("lo_661", "LO-INV-72161", "ade.bello@outlook.com", "quarterly", Q, "2025-09-21T10:00:00", "2025-09-21", "2025-12-20", status="refunded"),
    lopay("lo_671", "LO-INV-72171", "grace.lee@gmail.com", "monthly", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
    lopay("lo_681", "LO-INV-72181", "tom.fletcher@gmail.com", "monthly", M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"),
    lopay("lo_691", "LO-INV-72191", "rohan.kapoor@gmail.com", "annual", A, "2025-01-10T10:00:00", "2025-01-10", "2026-01-09"),
    lopay("lo_701", "LO-INV-72201", "chloe.nguyen@gmail.com", "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
    lopay("lo_702", "LO-INV-72202", "chloe.nguyen@gmail.com", "monthly", M, "2025-09-24T10:00:40", "2025-09-24", "2025-10-23"),
]

PROJECTS = [
    proj("Kesar Sweets Website", "orders@kesarsweets.in"),
    proj("Patel Dental Clinic", "drpatel.dental@gmail.com", "2025-09-18T11:00:00"),
    proj("Shaadi Frames Portfolio", "frames.shaadi@gmail.com"),
    proj("Gupta Hardware Store", "guptahardware@yahoo.co.in"),
    proj("Yoga With Ritu", "hello@yogawithritu.in", "2025-09-24T09:00:00"),
    proj("Lakshmi Silks eStore", "sales@lakshmisilks.com", "2025-08-01T10:00:00"),
    proj("Banjara Travels Portal", "info@banjaratravels.in", "2025-08-20T10:00:00"),
    proj("Mehta CA Associates", "office@mehtaca.in", "2025-07-01T10:00:00"),
    proj("Bombay Bakes Social", "bombaybakes@gmail.com", "2025-06-10T10:00:00"),
    proj("Sharma Physio SEO", "dr.sharmaphysio@gmail.com", "2025-05-03T10:00:00"),
    proj("Green Leaf Organics", "team@greenleaforganics.in", "2025-04-06T10:00:00"),
    proj("Tiffin Express App", "cto@tiffinexpress.in", "2025-03-01T10:00:00"),
    proj("Anand Jewellers", "anandjewellers.jaipur@gmail.com", "2025-08-01T10:00:00"),
    proj("Sai Coaching Classes", "saicoaching.nashik@gmail.com", "2025-08-01T10:00:00"),
    proj("Coastal Homestay", "coastalhomestay.goa@gmail.com", "2025-08-01T10:00:00"),
    proj("Nagpur Oranges Co-op", "secretary@nagpuroranges.org", "2025-09-01T10:00:00"),
    proj("Pahadi Treks", "bookings@pahaditreks.in", "2025-08-01T10:00:00"),
    proj("Ek Onkar Caterers", "ekonkarcaterers@gmail.com", "2025-09-01T10:00:00"),
    proj("Blue Lotus Spa", "manager@bluelotusspa.in", "2025-07-01T10:00:00"),
    proj("Desi Crafts Hub", "desicraftshub@gmail.com", "2025-09-10T10:00:00"),
    proj("Hotel Sagar Inn", "gm@hotelsagarinn.com", "2025-09-01T10:00:00"),
    proj("Kiran Boutique", "kiranboutique@gmail.com"),
    proj("Kolkata Kitchen", "kolkatakitchen@gmail.com", "2025-02-12T10:00:00"),
    proj("Rathore Motors", "rathoremotors.jodhpur@gmail.com"),
    proj("Saffron Dhaba", "saffrondhaba@gmail.com"),
    # English
    proj("Harbour Lane Florist", "orders@harbourlaneflorist.co.uk"),
    proj("Lagos Fit Club", "admin@lagosfitclub.ng", "2025-09-15T10:00:00"),
    proj("Maple Street Dental", "frontdesk@maplestreetdental.com"),
    proj("Koala Kids Daycare", "director@koalakids.com.au", "2025-08-01T10:00:00"),
    proj("Marina Bay Bistro", "mgmt@marinabaybistro.sg", "2025-06-01T10:00:00"),
    proj("Thames Valley Plumbing", "office@tvplumbing.co.uk", "2025-05-09T10:00:00"),
    proj("Sunrise Realty", "broker@sunriserealty.com", "2025-08-01T10:00:00"),
    proj("Abuja Legal Partners", "it@abujalegal.ng", "2025-08-01T10:00:00"),
    proj("Bondi Surf School", "crew@bondisurf.com.au", "2025-09-01T10:00:00"),
    proj("Chennai Book House", "accounts@chennaibookhouse.in", "2025-08-01T10:00:00"),
    proj("Orchard Road Optics", "hello@orchardoptics.sg", "2025-07-01T10:00:00"),
    proj("Brooklyn Bagel Co", "owner@brooklynbagel.com", "2025-06-15T10:00:00"),
    proj("Yorkshire Tea Rooms", "bookings@yorkshiretearooms.co.uk", "2025-08-10T10:00:00"),
    proj("Pune Pet Clinic", "drjoshi@punepetclinic.in", "2025-07-20T10:00:00"),
    proj("Cape Coast Crafts", "kofi@capecoastcrafts.com"),
]

OWD_PAYMENTS = [
    owpay("ow_101", "OWD-2025-101", "Kesar Sweets Website", "discovery", "15000.00", "2700.00", "2025-09-20T12:00:00"),
    owpay("ow_102", "OWD-2025-102", "Patel Dental Clinic", "discovery", "12000.00", "2160.00", "2025-09-15T12:00:00"),
    owpay("ow_103", "OWD-2025-103", "Shaadi Frames Portfolio", "deposit", "25000.00", "4500.00", "2025-09-26T14:00:00"),
    owpay("ow_104", "OWD-2025-104", "Gupta Hardware Store", "deposit", "20000.00", "3600.00", "2025-09-22T10:30:00"),
    owpay("ow_105", "OWD-2025-105", "Yoga With Ritu", "deposit", "18000.00", "3240.00", "2025-09-23T12:00:00"),
    owpay("ow_106a", "OWD-2025-106", "Lakshmi Silks eStore", "milestone", "30000.00", "5400.00", "2025-08-01T10:00:00", milestone_status="completed"),
    owpay("ow_106b", "OWD-2025-116", "Lakshmi Silks eStore", "milestone", "30000.00", "5400.00", "2025-09-10T10:00:00", milestone_status="not_started"),
    owpay("ow_107", "OWD-2025-107", "Banjara Travels Portal", "milestone", "18000.00", "3240.00", "2025-09-05T10:00:00", milestone_status="in_progress"),
    owpay("ow_108", "OWD-2025-108", "Mehta CA Associates", "milestone", "22000.00", "3960.00", "2025-08-05T10:00:00", milestone_status="approved"),
    owpay("ow_109", "OWD-2025-109", "Bombay Bakes Social", "retainer", "8000.00", "1440.00", "2025-09-10T09:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T09:00:00"),
    owpay("ow_110", "OWD-2025-110", "Sharma Physio SEO", "retainer", "9500.00", "1710.00", "2025-09-03T09:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T09:00:00"),
    owpay("ow_111", "OWD-2025-111", "Green Leaf Organics", "retainer", "12000.00", "2160.00", "2025-09-06T09:00:00",
          period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T09:00:00"),
    owpay("ow_112a", "OWD-2025-112", "Tiffin Express App", "retainer", "15000.00", "2700.00", "2025-09-01T09:00:00",
          period_start="2025-09-01", period_end="2025-09-30"),
    owpay("ow_112b", "OWD-2025-122", "Tiffin Express App", "retainer", "15000.00", "2700.00", "2025-09-20T09:00:00",
          period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T09:00:00"),
    owpay("ow_113", "OWD-2025-113", "Anand Jewellers", "hosting_annual", "17999.00", "3239.82", "2025-09-20T10:00:00",
          setup_fee="2000.00", service_start="2025-09-20"),
    owpay("ow_114", "OWD-2025-114", "Sai Coaching Classes", "maintenance_annual", "24000.00", "4320.00", "2025-09-01T10:00:00",
          setup_fee="0.00", service_start="2025-09-01"),
    owpay("ow_115", "OWD-2025-115", "Coastal Homestay", "maintenance_annual", "10000.00", "1800.00", "2025-09-15T10:00:00",
          setup_fee="0.00", service_start="2025-09-15"),
    owpay("ow_117", "OWD-2025-117", "Nagpur Oranges Co-op", "hosting_annual", "6000.00", "1080.00", "2025-09-25T10:00:00",
          setup_fee="600.00", service_start="2025-10-15"),
    owpay("ow_118", "OWD-2025-118", "Pahadi Treks", "third_party", "1200.00", "216.00", "2025-09-22T10:00:00"),
    owpay("ow_119", "OWD-2025-119", "Ek Onkar Caterers", "rush", "5000.00", "900.00", "2025-09-24T10:00:00"),
    owpay("ow_120", "OWD-2025-120", "Blue Lotus Spa", "change_request", "3500.00", "630.00", "2025-09-23T10:00:00"),
    owpay("ow_121", "OWD-2025-121", "Desi Crafts Hub", "setup", "2500.00", "450.00", "2025-09-10T10:00:00"),
    owpay("ow_123", "OWD-2025-123", "Hotel Sagar Inn", "deposit", "30000.00", "5400.00", "2025-08-25T10:00:00"),
    owpay("ow_124", "OWD-2025-124", "Kiran Boutique", "deposit", "15000.00", "2700.00", "2025-09-29T11:00:00"),
    owpay("ow_125", "OWD-2025-125", "Kolkata Kitchen", "retainer", "7000.00", "1260.00", "2025-09-12T09:00:00",
          period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00"),
    owpay("ow_126", "OWD-2025-126", "Rathore Motors", "deposit", "22000.00", "3960.00", "2025-09-27T10:00:00"),
    owpay("ow_127", "OWD-2025-127", "Saffron Dhaba", "deposit", "10000.00", "1800.00", "2025-09-26T10:00:00", status="refunded"),
    # English
    owpay("ow_501", "OWD-2025-501", "Harbour Lane Florist", "deposit", "40000.00", "7200.00", "2025-09-25T15:30:00"),
    owpay("ow_502", "OWD-2025-502", "Lagos Fit Club", "discovery", "9000.00", "1620.00", "2025-09-12T10:00:00"),
    owpay("ow_503", "OWD-2025-503", "Maple Street Dental", "discovery", "20000.00", "3600.00", "2025-09-24T20:00:00"),
    owpay("ow_504a", "OWD-2025-504", "Koala Kids Daycare", "milestone", "16000.00", "2880.00", "2025-08-01T10:00:00", milestone_status="approved"),
    owpay("ow_504b", "OWD-2025-514", "Koala Kids Daycare", "milestone", "16000.00", "2880.00", "2025-09-15T10:00:00", milestone_status="not_started"),
    owpay("ow_505", "OWD-2025-505", "Marina Bay Bistro", "retainer", "11000.00", "1980.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00"),
    owpay("ow_506", "OWD-2025-506", "Thames Valley Plumbing", "retainer", "6500.00", "1170.00", "2025-09-04T09:00:00",
          period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04T09:00:00"),
    owpay("ow_507", "OWD-2025-507", "Sunrise Realty", "hosting_annual", "14400.00", "2592.00", "2025-09-18T10:00:00",
          setup_fee="1200.00", service_start="2025-09-18"),
    owpay("ow_508", "OWD-2025-508", "Abuja Legal Partners", "third_party", "8500.00", "1530.00", "2025-09-20T10:00:00"),
    owpay("ow_509", "OWD-2025-509", "Bondi Surf School", "milestone", "25000.00", "4500.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
    owpay("ow_510", "OWD-2025-510", "Chennai Book House", "maintenance_annual", "9000.00", "1620.00", "2025-09-08T10:00:00",
          setup_fee="1500.00", service_start="2025-09-08"),
    owpay("ow_511", "OWD-2025-511", "Orchard Road Optics", "rush", "7500.00", "1350.00", "2025-09-19T10:00:00"),
    owpay("ow_512", "OWD-2025-512", "Brooklyn Bagel Co", "retainer", "10000.00", "1800.00", "2025-09-20T09:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00"),
    owpay("ow_513", "OWD-2025-513", "Yorkshire Tea Rooms", "milestone", "12500.00", "2250.00", "2025-09-01T10:00:00", milestone_status="completed"),
    owpay("ow_515", "OWD-2025-515", "Pune Pet Clinic", "maintenance_annual", "12000.00", "2160.00", "2025-09-10T10:00:00",
          setup_fee="0.00", service_start="2025-09-10"),
    owpay("ow_516", "OWD-2025-516", "Cape Coast Crafts", "deposit", "18000.00", "3240.00", "2025-09-26T10:00:00+00:00"),
]

TZ = {"IST": (5, 30), "BST": (1, 0), "EDT": (-4, 0), "CDT": (-5, 0), "PDT": (-7, 0), "AEST": (10, 0),
      "WAT": (1, 0), "SGT": (8, 0), "GST": (4, 0), "CEST": (2, 0)}
CASES: list[dict] = []


def msg(frm, to, when, subject, body, tz="IST", html=None, headers=None, cc=None, reply_to=None):
    """when: 'YYYY-MM-DD HH:MM' local time of the sender in zone tz."""
    return {"from": frm, "to": to, "when": when, "tz": tz, "subject": subject, "body": body,
            "html": html, "headers": headers or {}, "cc": cc, "reply_to": reply_to}


def case(n, name, brand, status, msgs, spec, clause, decisions=(), rules=(), missing=None,
         extra_ok=False, ambiguous=None):
    CASES.append({"n": n, "name": name, "brand": brand, "status": status, "msgs": msgs, "spec": spec,
                  "clause": clause, "decisions": list(decisions), "rules": list(rules), "missing": missing,
                  "extra_ok": extra_ok, "ambiguous": ambiguous})


def ref(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome, "amount": amount}
    if intent == "cancellation":
        d["effective_date"] = eff
    return d


def build(lang, title, varieties):
    emails = HERE / "emails"
    if emails.exists():
        shutil.rmtree(emails)
    emails.mkdir()
    (HERE / "ledger.json").write_text(json.dumps(
        {"customers": CUSTOMERS, "projects": PROJECTS, "payments": LO_PAYMENTS + OWD_PAYMENTS},
        indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    out, readme = [], []
    for c in CASES:
        cid = f"{lang}-l{c['n']:02d}-{c['name']}"
        files, prev_ids = [], []
        brand_addr = "leadsoptima.com" if c["brand"] == LOB else "optimawebdesign.com"
        for i, m in enumerate(c["msgs"]):
            e = EmailMessage()
            e["From"] = m["from"]
            e["To"] = m["to"]
            if m["cc"]:
                e["Cc"] = m["cc"]
            if m["reply_to"]:
                e["Reply-To"] = m["reply_to"]
            e["Subject"] = m["subject"]
            h, mi = TZ[m["tz"]]
            sign = 1 if h >= 0 else -1
            tzinfo = timezone(timedelta(hours=h, minutes=sign * mi))
            dt = datetime.strptime(m["when"], "%Y-%m-%d %H:%M").replace(tzinfo=tzinfo)
            e["Date"] = format_datetime(dt)
            mid = f"<{lang}{c['n']:02d}.{i}.{dt.strftime('%Y%m%d%H%M')}@mail.qa23c.example>"
            e["Message-ID"] = mid
            if i > 0:
                bot = f"<reply.{lang}{c['n']:02d}.{i}@{brand_addr}>"
                e["In-Reply-To"] = bot
                e["References"] = " ".join(prev_ids + [bot])
            for k, v in m["headers"].items():
                e[k] = v
            if m["html"] is not None and m["body"] is None:
                e.set_content(m["html"], subtype="html")
            else:
                e.set_content(m["body"])
                if m["html"] is not None:
                    e.add_alternative(m["html"], subtype="html")
            prev_ids.append(mid)
            suffix = f"-{chr(97 + i)}" if len(c["msgs"]) > 1 else ""
            fname = f"emails/l{c['n']:02d}-{c['name']}{suffix}.eml"
            (HERE / fname).write_bytes(e.as_bytes(policy=SMTP))
            files.append(fname)
        exp = {"id": cid, "lang": lang, "files": files, "brand": c["brand"], "status": c["status"],
               "rules": c["rules"]}
        if c["missing"] is not None:
            exp["missing"] = c["missing"]
        exp["decisions"] = c["decisions"]
        if c["extra_ok"]:
            exp["extra_ok"] = True
        if c["ambiguous"]:
            exp["ambiguous"] = c["ambiguous"]
        exp["spec"] = c["spec"]
        out.append(exp)
        ans = c["status"]
        if c["decisions"]:
            ans = "; ".join(f"{d['intent']} {d['outcome']}" + (f" {d['amount']}" if d.get("amount") else "")
                            + (f" until {d['effective_date']}" if d.get("effective_date") else "")
                            for d in c["decisions"])
        if c["rules"]:
            ans += " [" + ",".join(c["rules"]) + "]"
        if c["missing"]:
            ans += " missing=" + ",".join(c["missing"])
        readme.append(f"- `{cid}` | {c['brand']} | {ans} | {c['clause']}")
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    (HERE / "README.md").write_text(
        f"# fresh23_{lang}: {title}\n\n{varieties}\n\n"
        "Licence: MIT, like the project; all text written for this project.\n\n"
        "Written by QA writer qa23c from POLICY_SPEC.md alone (no mailbot code, language packs or earlier rounds read).\n"
        "Harness NOW = 2025-10-01T10:00:00+05:30; ledger in `ledger.json` (Asia/Kolkata, INR, amounts before tax).\n\n"
        "Regenerate: `python3 make_cases.py` (stdlib only, deterministic; rewrites ledger.json, emails/, "
        "expected.json and this README).\n\n## Cases (id | brand | expected | spec clauses)\n\n"
        + "\n".join(readme) + "\n", encoding="utf-8")
    print(f"{len(out)} cases written to {HERE}")


# ---------------------------------------------------------------- English cases (hard)
TZ["GMT"] = (0, 0)
S = "support@leadsoptima.com"
OW = "Optima WebDesign <optimawebdesigns12@gmail.com>"
OWB2 = "Optima WebDesign Billing <billing@optimawebdesign.com>"

case(1, "uk-annual-double", LOB, "decided", [msg(
    "Oliver Hughes <oliver.hughes@btinternet.com>", S, "2025-09-24 08:15", "Charged twice for annual subscription",
    "Morning,\n\nHaving a look at my Barclaycard statement this morning I can see two identical payments to "
    "LeadsOptima yesterday morning for the annual plan, a minute apart. I only clicked 'pay' once, honest. The second "
    "one is invoice LO-INV-72002.\n\nCould you refund the duplicate please?\n\nCheers,\nOllie Hughes\nLeeds", tz="BST")],
    "L4: two paid annual charges 2025-09-23 14:05/14:06 IST, same period; request 2025-09-24 08:15 BST = 12:45 IST (day 1): approve 11988.00 (before tax).",
    "L2, L3, L4, C6", [ref("refund", "approve", "11988.00")])

case(2, "us-pacific-day8-in-ist", LOB, "decided", [msg(
    "Jennifer Ramirez <jen.ramirez@gmail.com>", S, "2025-09-26 21:00", "can't log in - need refund",
    "hi there so I paid for the monthly plan last Friday and I have not been able to log in ONCE. it just says "
    "'something went wrong' and kicks me out. tried chrome safari incognito everything. your chatbot is useless. "
    "invoice LO-INV-72011. I want my money back\n\nJen\nSan Diego CA", tz="PDT")],
    "L3 in the brand zone: charge 2025-09-19 21:30 IST; request 2025-09-26 21:00 PDT = 2025-09-27 09:30 IST = day 8 (day 7 in her zone): deny.",
    "L3, s1 windows in brand zone", [ref("refund", "deny")])

case(3, "aus-cancel-quarterly", LOB, "decided", [msg(
    "Liam O'Brien <liam.obrien@bigpond.com>", S, "2025-09-25 08:00", "Cancelling",
    "G'day,\n\nCan you please cancel my quarterly sub. Business is winding down for the year and I won't need the lead "
    "lists till at least autumn next year. Happy for it to run out at the end of the current quarter.\n\nCheers mate,\n"
    "Liam\nBallarat VIC", tz="AEST")],
    "L8: cancel, last active day = current_period_end 2025-10-19.", "L8",
    [ref("cancellation", "cancel", None, "2025-10-19")])

case(4, "nigeria-debited-thrice", LOB, "decided", [msg(
    "Chidi Okafor <chidi.okafor@yahoo.com>", S, "2025-09-26 08:00", "URGENT: DEBITED THRICE FOR ONE SUBSCRIPTION",
    "Good morning Sir/Ma,\n\nPlease I need your urgent assistance. I subscribed to the monthly plan yesterday and my "
    "account was debited thrice for the same subscription, ₹1,768.82 each. The network was bad so the page "
    "kept reloading. Kindly reverse the two extra debits (LO-INV-72032 and LO-INV-72033).\n\nThanks and God bless.\n"
    "Chidi Okafor\nEnugu, Nigeria", tz="WAT")],
    "s8 three identical charges (2025-09-25, same period): charges 2 and 3 are duplicates, both inside the window (day 1): 2 x 1499.00 = 2998.00.",
    "L4, s8 three charges", [ref("refund", "approve", "2998.00")])

case(5, "singapore-wrong-plan", LOB, "decided", [msg(
    "Tan Wei Ling <weiling.tan@singnet.com.sg>", S, "2025-09-25 09:45", "Wrong plan charged leh",
    "Hi,\n\nI signed up for monthly one but your system charged me for quarterly instead, 3999 + tax. Not the plan I "
    "signed up for lah. Invoice LO-INV-72041. Can check and refund the difference or whole thing? Thanks ah.\n\nWei Ling",
    tz="SGT")],
    "L5: billing error (wrong plan), charge 2025-09-24, request 2025-09-25 (day 1): escalate.",
    "L2 billing_error, L5", [ref("refund", "escalate")])

case(6, "cancel-not-refund", LOB, "decided", [msg(
    "Priya Raman <priya.raman@gmail.com>", S, "2025-09-29 18:20", "Please cancel - no refund needed",
    "Hi,\n\nI'd like to cancel my monthly subscription. To be clear, I'm NOT asking for a refund for this month - I "
    "know the policy and I'll use it till it runs out.\n\nThanks,\nPriya\nChennai")],
    "s8 negation: no refund intent; L8 cancel until current_period_end 2025-10-15.",
    "L8, s8 negation", [ref("cancellation", "cancel", None, "2025-10-15")])

case(7, "why-amount-higher-no-refund", LOB, "other", [msg(
    "Sarah Mitchell <sarah.mitchell@outlook.com>", S, "2025-09-23 10:30", "Question about my invoice",
    "Hello,\n\nQuick question, not a complaint and I'm not after a refund: my invoice says 1,499.00 but my card shows "
    "1,768.82. Is the difference GST? Just need to explain it to my bookkeeper.\n\nThank you!\nSarah", tz="EDT")],
    "An invoice question (tax line) that asks for nothing and disclaims a refund: other.",
    "tricky negative, s8 negation")

case(8, "annual-double-too-late", LOB, "decided", [msg(
    "Tunde Adeyemi <tunde.adeyemi@gmail.com>", S, "2025-09-20 19:40", "Duplicate payment - annual plan",
    "Dear LeadsOptima,\n\nI just noticed while reconciling my books that your company collected my annual subscription "
    "twice on 1st September. This is not acceptable. The duplicate is LO-INV-72072. Kindly refund.\n\nRegards,\n"
    "Tunde Adeyemi\nIkeja, Lagos", tz="WAT")],
    "L3: duplicate annual charges 2025-09-01; request 2025-09-20 19:40 WAT = 2025-09-21 00:10 IST = day 20: deny.", "L3",
    [ref("refund", "deny")])

case(9, "too-expensive", LOB, "decided", [msg(
    "Mike Kowalski <mike.kowalski@comcast.net>", S, "2025-09-27 10:00", "refund",
    "Signed up yesterday afternoon after a couple beers, looked at it again this morning and honestly it's way too pricey for a "
    "one-man roofing outfit. Can I get my money back? LO-INV-72081.\n\nMike\nKowalski Roofing, Milwaukee WI", tz="CDT")],
    "L1: too expensive / changed mind is not an exception: deny (cancellation offered in the reply).",
    "L1", [ref("refund", "deny")])

case(10, "trial-refund-uk", LOB, "decided", [msg(
    "Hannah Clarke <hannah.clarke@gmail.com>", S, "2025-09-28 20:00", "Refund please",
    "Hiya, I'm on the free trial of the monthly plan and it's not for me, the UI is a bit much. Can you refund whatever "
    "you've taken and make sure I'm not billed?\nThanks\nHannah", tz="BST")],
    "L7: account on free trial, no charges: refund deny (no billing unless they subscribe).",
    "L7", [ref("refund", "deny")], extra_ok=True)

case(11, "aus-cancel-plus-prorata", LOB, "decided", [msg(
    "Bright Path Tutors <ops@brightpathtutors.com.au>", S, "2025-09-30 11:00", "Cancellation and pro-rata refund",
    "Hi LeadsOptima team,\n\nWe're consolidating our marketing tools after a merger, so please cancel our annual "
    "subscription. Given there are over seven months left, we'd appreciate a pro-rata refund for the unused portion.\n\n"
    "Kind regards,\nMegan Duffy\nOperations Manager, Bright Path Tutors\nParramatta NSW", tz="AEST")],
    "L8 cancel until current_period_end 2026-05-13; L1 pro-rata refund of unused months: deny.",
    "L1, L8", [ref("cancellation", "cancel", None, "2026-05-13"), ref("refund", "deny")])

case(12, "cancel-fallback-quarterly", LOB, "decided", [msg(
    "James Whitfield <james.whitfield@gmail.com>", S, "2025-09-30 17:30", "Cancel subscription",
    "Hello,\n\nPlease cancel my quarterly plan. I'm retiring at the end of the year.\n\nBest wishes,\nJames Whitfield\n"
    "Bath, Somerset", tz="BST")],
    "L8 fallback: no current period in the ledger; last charge 2025-09-20 (IST) + 3 months - 1 day = 2025-12-19.",
    "L8 fallback", [ref("cancellation", "cancel", None, "2025-12-19")])

case(13, "yahoo-names-gmail-c2", LOB, "need_info", [msg(
    "Ngozi Eze <ngozi.eze@yahoo.com>", S, "2025-09-24 12:00", "Double charge",
    "Hello,\n\nMy account email with you is ngozi.eze@gmail.com but I can't access that inbox on my work laptop. I was "
    "charged twice on 23rd for the monthly plan (LO-INV-72112). Please refund one.\n\nNgozi", tz="WAT")],
    "C2: sender differs from the registered email she names: ask her to write from it, no account details.",
    "C2", rules=["C2"])

case(14, "sg-refund-no-reason", LOB, "need_info", [msg(
    "Darren Lim <darren.lim@gmail.com>", S, "2025-09-12 10:00", "Refund request for monthly plan",
    "Hi,\n\nI would like to request a refund for my monthly plan payment. Please process the refund to my card.\n\n"
    "Thank you for your help.\n\nBest regards,\nDarren Lim\nSenior Manager | Marketing\n"
    "This e-mail is confidential. If you are not the intended recipient, please delete it.", tz="SGT")],
    "s8 reason: a restated request, courtesy line, signature and disclaimer give no reason; plan and invoice from the ledger (one charge): ask for the reason.",
    "C3, s8 what a reason is", missing=["reason"])

case(15, "uk-login-day7", LOB, "decided", [msg(
    "Emily Watson <emily.watson@yahoo.co.uk>", S, "2025-09-28 09:00", "Still locked out - 1 week on",
    "Dear Sir or Madam,\n\nI purchased the annual plan on Sunday 21st and have been unable to get past the login "
    "screen since. Your support chap, Rakesh, tried twice to reset things but it still won't let me in. A week of "
    "paying for nothing. I'd like a full refund.\n\nYours faithfully,\nEmily Watson (Mrs)\nCheltenham", tz="BST")],
    "L6 at the boundary: charge 2025-09-21 IST; request 2025-09-28 09:00 BST = 13:30 IST = day 7, inside: escalate.",
    "L3 day 7, L6", [ref("refund", "escalate")])

case(16, "html-only-access", LOB, "decided", [msg(
    "Karthik Subramanian <karthik.s@zohomail.in>", S, "2025-09-24 22:10", "Dashboard not loading since payment",
    None, html="<html><body><div style=\"font-family:Verdana\"><p>Hi Team,</p><p>Since I paid on 20th the dashboard "
    "is <b>not loading at all</b> - only a blank white page with a spinner. Cleared cache, tried on Jio and Airtel "
    "networks, same thing. Raised ticket #55821 on 21st, no resolution.</p><p>Please refund invoice "
    "<u>LO-INV-72141</u>.</p><p>Regards,<br>Karthik S<br>Madurai</p></div></body></html>")],
    "L6: HTML-only mail; access failure, charge 2025-09-20, request 2025-09-24 (day 4): escalate.",
    "L2 access_failure, L6", [ref("refund", "escalate")])

case(17, "outlook-forward-own-team", LOB, "decided", [msg(
    "Northwind Finance <finance@northwindlogistics.com>", S, "2025-09-26 10:00", "FW: Duplicate LeadsOptima charge",
    "Hi LeadsOptima,\n\nPlease see our AP clerk's note below and refund the duplicate.\n\nRegards,\nDana Whitaker, "
    "Controller\n\n________________________________\nFrom: Luis Ortega <lortega@northwindlogistics.com>\nSent: Thursday, "
    "September 25, 2025 4:12 PM\nTo: Northwind Finance <finance@northwindlogistics.com>\nSubject: Duplicate "
    "LeadsOptima charge\n\nDana - the Amex feed shows two identical charges from LeadsOptima on 9/24 for the annual "
    "plan (INR 14,145.84 each). Second one is LO-INV-72152. Looks like a duplicate payment.\n\nLuis", tz="EDT")],
    "s8 forwards: FW from the registered address itself carrying a duplicate claim; charges 2025-09-24, request 2025-09-26 19:30 IST (day 2): approve 11988.00.",
    "L4, s8 forwards", [ref("refund", "approve", "11988.00")])

case(18, "refunded-payment-wrong-plan", LOB, "decided", [msg(
    "Adebayo Bello <ade.bello@outlook.com>", S, "2025-09-24 14:00", "Wrong plan charged",
    "Hello,\n\nYou charged me for quarterly when I picked monthly. Wrong amount taken from my card, LO-INV-72161. "
    "Please refund.\n\nAde", tz="WAT")],
    "s8 not paid: LO-INV-72161 is already 'refunded' in the ledger; a refund of it is escalated.",
    "L5, s8 payments not paid", [ref("refund", "escalate")])

case(19, "lawyer-cc-cancel", LOB, "decided", [msg(
    "Grace Lee <grace.lee@gmail.com>", S, "2025-09-25 16:00", "Cancel immediately",
    "Cancel my account effective immediately. Your sales rep promised exclusive leads and they're being sold to four "
    "other agencies. I've cc'd my lawyer and expect written confirmation.\n\nGrace Lee", tz="PDT",
    cc="Daniel Park <dpark@parklegal.example>")],
    "C4 covers the whole case: a lawyer is involved, so the cancellation is escalated too.",
    "C4, s8 C4 whole case", [ref("cancellation", "escalate")], rules=["C4"])

case(20, "aussie-just-cancel", LOB, "decided", [msg(
    "Tom Fletcher <tom.fletcher@gmail.com>", S, "2025-09-29 07:30", "cancel",
    "no need for a refund mate just cancel it ta\n\nSent from my iPhone", tz="AEST")],
    "s8 negation; LO cancellations need no reason (s3): cancel until current_period_end 2025-10-24.",
    "L8, s8 negation, s3 no reason for cancellation", [ref("cancellation", "cancel", None, "2025-10-24")])

case(21, "what-if-i-cancel", LOB, "other", [msg(
    "Rohan Kapoor <rohan.kapoor@gmail.com>", S, "2025-09-27 13:10", "Query on cancellation",
    "Hi,\n\nHypothetically, if I were to cancel my annual plan today, would I get anything back for the remaining three "
    "months? Not cancelling yet, just weighing options with my co-founder.\n\nThanks,\nRohan")],
    "s8 hypotheticals: a question, nothing requested: other.", "s8 hypothetical")

case(22, "thread-reason-in-reply", LOB, "decided", [
    msg("Chloe Nguyen <chloe.nguyen@gmail.com>", S, "2025-09-25 19:00", "Refund LO-INV-72202",
        "Hi, please refund LO-INV-72202. Thanks, Chloe", tz="AEST"),
    msg("Chloe Nguyen <chloe.nguyen@gmail.com>", S, "2025-09-26 08:40", "RE: Refund LO-INV-72202 [LO-3310]",
        "Sorry, should have said - I got billed twice for the same month, 72201 and 72202 went through 40 seconds apart.\n\n"
        "-----Original Message-----\nFrom: LeadsOptima Support <support@leadsoptima.com>\nSent: Thursday, 25 September 2025 "
        "7:30 PM\nSubject: Re: Refund LO-INV-72202 [LO-3310]\n\nCould you tell us why you are asking for a refund?\n",
        tz="AEST")],
    "C3 thread: reason (billed twice) arrives in the answer; request time is the first email 2025-09-25 14:30 IST (day 1); L4 approve 1499.00.",
    "C3 merge, L4", [ref("refund", "approve", "1499.00")])

case(23, "prospect-question", LOB, "other", [msg(
    "Brandon Hayes <brandon@hayesmedia.example>", S, "2025-09-29 11:00", "Refunds on annual?",
    "Hey folks - thinking about the annual plan for my agency. Before I pull the trigger: if it doesn't work out in the "
    "first couple weeks, would I get a refund? Thanks!\n\nBrandon", tz="CDT")],
    "s8 hypothetical before buying: policy question only: other.", "s8 hypothetical")

case(24, "reply-to-does-not-verify", LOB, "need_info", [msg(
    "Oliver Hughes <o.hughes@hughesandco.co.uk>", S, "2025-09-24 09:30", "Duplicate annual payment",
    "Hi,\n\nWriting from my work account; please reply to my personal address which is the one on the account. "
    "Annual plan taken twice yesterday, LO-INV-72002 is the duplicate. Please refund.\n\nOllie",
    tz="BST", reply_to="oliver.hughes@btinternet.com")],
    "s8 addresses: the sender is the From address; Reply-To never verifies: C2, ask him to write from the registered email.",
    "C2, s8 addresses", rules=["C2"])

case(25, "plus-tag-address", LOB, "need_info", [msg(
    "Jennifer Ramirez <jen.ramirez+leads@gmail.com>", S, "2025-09-29 09:00", "cancel my plan",
    "Please cancel the monthly plan on this account, moving to a competitor. Thx, Jen", tz="PDT")],
    "s8 addresses: a +tag makes another address; not the registered jen.ramirez@gmail.com: C2.",
    "C2, s8 addresses", rules=["C2"])

case(26, "mixed-case-address", LOB, "decided", [msg(
    "Sarah Mitchell <Sarah.Mitchell@Outlook.com>", S, "2025-09-23 12:15", "Charged after I cancelled!",
    "Hi,\n\nI cancelled through the app on the 20th (I have the confirmation screenshot) and you still took a payment "
    "on the 22nd - LO-INV-72061. That's a billing error on your side. Please refund it.\n\nSarah", tz="EDT")],
    "s8 addresses compare case-insensitively: verified; charged after cancelling = billing error, day 1: escalate (L5).",
    "L5, s8 addresses", [ref("refund", "escalate")])

case(27, "top-posted-withdrawal", LOB, "other", [msg(
    "Karthik Subramanian <karthik.s@zohomail.in>", S, "2025-09-26 09:05", "Re: Dashboard not loading since payment",
    "Hi team, the dashboard is working now after your engineer's fix. Please ignore my refund request below, "
    "I'm keeping the plan. Thanks!\nKarthik\n\nOn Wed, 24 Sep 2025 at 22:10, Karthik Subramanian <karthik.s@zohomail.in> "
    "wrote:\n> Hi Team,\n> Since I paid on 20th the dashboard is not loading at all.\n> Please refund invoice LO-INV-72141.\n",
    headers={"In-Reply-To": "<en16.0.202509242210@mail.qa23c.example>",
             "References": "<en16.0.202509242210@mail.qa23c.example>"})],
    "Top-posted withdrawal: the new text asks for nothing and withdraws the quoted refund request: other.",
    "tricky negative, s8 negation")

case(28, "amount-in-words-double", LOB, "decided", [msg(
    "Ngozi Eze <ngozi.eze@gmail.com>", S, "2025-09-24 13:00", "Double deduction",
    "Good afternoon,\n\nOne thousand four hundred and ninety-nine rupees plus VAT was deducted two times from my card "
    "on Tuesday for the same monthly subscription. Please return the second one, lo-inv-72112.\n\nWarm regards,\nNgozi",
    tz="WAT")],
    "L4: amount in words is flavour (ledger rules); charges 2025-09-23 x2, request day 1: approve 1499.00.",
    "L4, s8 amounts, s8 invoice refs", [ref("refund", "approve", "1499.00")])

case(29, "chargeback-already-filed", LOB, "decided", [msg(
    "Chidi Okafor <chidi.okafor@yahoo.com>", S, "2025-09-27 10:00", "Re: URGENT: DEBITED THRICE FOR ONE SUBSCRIPTION",
    "Since nobody replied I have filed a chargeback with my bank for the extra debits LO-INV-72032 and LO-INV-72033. "
    "You can still refund directly if you want it resolved faster.\nChidi", tz="WAT",
    headers={"In-Reply-To": "<en04.0.202509260800@mail.qa23c.example>",
             "References": "<en04.0.202509260800@mail.qa23c.example>"})],
    "C4: a chargeback is filed: escalate, even though L4 would otherwise approve.",
    "C4", [ref("refund", "escalate")], rules=["C4"])

case(30, "sg-dashboard-day8", LOB, "decided", [msg(
    "Darren Lim <darren.lim@gmail.com>", S, "2025-09-17 10:30", "Platform not working",
    "Hi, since last Friday your dashboard keeps spinning and never loads, my whole team can't use it. Raised 2 tickets. "
    "Refund pls, LO-INV-72121.\nDarren", tz="SGT")],
    "L3: access failure, charge 2025-09-09, request 2025-09-17 08:00 IST = day 8: deny.",
    "L3", [ref("refund", "deny")])

case(31, "auto-reply-ooo", LOB, "ignore", [msg(
    "Megan Duffy <ops@brightpathtutors.com.au>", S, "2025-09-30 11:05", "Automatic reply: Cancellation and pro-rata refund",
    "Thanks for your email. I'm out of the office until Monday 6 October with limited access to email. For urgent "
    "billing matters please contact accounts@brightpathtutors.com.au.", tz="AEST",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "C7: Auto-Submitted auto-replied from a real customer: ignore.", "C7", rules=["C7"])

case(32, "own-address-notification", LOB, "ignore", [msg(
    "LeadsOptima Billing <billing@leadsoptima.com>", S, "2025-09-25 09:00", "Refund processed for LO-INV-71002",
    "Internal notice: refund of INR 1,499.00 processed for invoice LO-INV-71002. Customer: neha.kulkarni84@gmail.com.")],
    "C7: mail from the brand's own address: ignore.", "C7", rules=["C7"])

case(33, "precedence-junk-promo", LOB, "ignore", [msg(
    "GrowthHacks Weekly <promo@growthhacks.example>", S, "2025-09-23 06:00", "Cancel your old CRM and get 50% off!",
    "Tired of paying for tools you don't use? Cancel today and ask for a refund! Click here for our guide.",
    tz="EDT", headers={"Precedence": "junk"})],
    "C7: Precedence junk, whatever the words say: ignore.", "C7", rules=["C7"])

case(34, "dsn-report", LOB, "ignore", [msg(
    "postmaster@comcast.net", S, "2025-09-27 10:05", "Delivery Status Notification (Failure)",
    "Delivery to the following recipient failed permanently:\n\n     mike@kowalskiroofing.example\n\n"
    "Reporting-MTA: dns; mx.comcast.net\nAction: failed\nStatus: 5.1.1", tz="CDT",
    headers={"Auto-Submitted": "auto-replied"})],
    "C7: postmaster sender, delivery status report: ignore.", "C7", rules=["C7"])

case(35, "wrong-amount-no-invoice", LOB, "need_info", [msg(
    "Priya Raman <priya.raman@gmail.com>", S, "2025-09-18 20:30", "Overcharged",
    "Hello,\n\nI was overcharged this month - the amount is more than my usual monthly charge, looks like the wrong "
    "amount. Please check and refund.\n\nPriya")],
    "C3: billing error refund, but the sender has two charges (Aug, Sep) and names none: ask for the invoice number.",
    "C3, L2", missing=["invoice_number"])

# ------------------------------------------------------------------ Optima WebDesign, English
case(36, "uk-deposit-71h", OWB, "decided", [msg(
    "Harbour Lane Florist <orders@harbourlaneflorist.co.uk>", OW, "2025-09-28 10:30",
    "Refund Request — Harbour Lane Florist / OWD-2025-501",
    "Hello,\n\nWe paid the booking deposit on Thursday morning for the new shop website. Sadly our landlord has "
    "served notice on the premises so we're putting the rebrand on ice. Nothing's been started on your side as far as "
    "I know. Could we have the deposit back please?\n\nMany thanks,\nRosie Pembroke\nHarbour Lane Florist, Whitby",
    tz="BST")],
    "O2: deposit 2025-09-25 15:30 IST; request 2025-09-28 10:30 BST = 15:00 IST = 71.5 h, no work: approve 40000.00 (before tax).",
    "O2, s1 zones, C6", [ref("refund", "approve", "40000.00")])

case(37, "uk-deposit-72h15", OWB, "decided", [msg(
    "Harbour Lane Florist <orders@harbourlaneflorist.co.uk>", OW, "2025-09-28 11:15",
    "Deposit refund - OWD-2025-501",
    "Hi there, Rosie from Harbour Lane again (different laptop, sorry if you get this twice). We've had to shelve the "
    "website because of a lease problem. Please refund the deposit on OWD-2025-501.\nRosie", tz="BST")],
    "O2: deposit 2025-09-25 15:30 IST; request 11:15 BST = 15:45 IST = 72 h 15 min, not before 72 h: deny.",
    "O2, s1 zones", [ref("refund", "deny")])

case(38, "discovery-before-kickoff", OWB, "decided", [msg(
    "Lagos Fit Club <admin@lagosfitclub.ng>", OW, "2025-09-14 09:00", "Discovery fee refund - Lagos Fit Club",
    "Dear Optima,\n\nOur board has voted against the website budget this quarter, so we will not go ahead with the "
    "strategy session scheduled for Monday 15th. Please refund the discovery fee OWD-2025-502.\n\nYours sincerely,\n"
    "Folake Adeyemi\nAdmin Secretary, Lagos Fit Club", tz="WAT")],
    "O1: work_started_at 2025-09-15 is later than the request (2025-09-14 13:30 IST): refund in full 9000.00.",
    "O1", [ref("refund", "approve", "9000.00")])

case(39, "discovery-after-kickoff", OWB, "decided", [msg(
    "Lagos Fit Club <admin@lagosfitclub.ng>", OW, "2025-09-19 09:00", "Discovery fee - OWD-2025-502",
    "Dear Optima,\n\nFollowing the session on Monday our board has decided not to proceed due to cost. We request a "
    "refund of the discovery fee.\n\nYours sincerely,\nFolake Adeyemi", tz="WAT")],
    "O1: the session started 2025-09-15, before the request: deny.", "O1", [ref("refund", "deny")])

case(40, "us-discovery-no-work", OWB, "decided", [msg(
    "Maple Street Dental <frontdesk@maplestreetdental.com>", OW, "2025-09-25 09:00",
    "Maple Street Dental - discovery refund",
    "Hi Optima team,\n\nDr. Alvarez decided to sell the practice, so the website redesign is off. We paid the discovery "
    "fee yesterday morning (invoice OWD-2025-503) and haven't had any session yet. Please refund to the same card.\n\n"
    "Best,\nTanya\nFront Desk, Maple Street Dental, Columbus OH", tz="EDT")],
    "O1: no work started: full refund 20000.00 before tax.", "O1, C5", [ref("refund", "approve", "20000.00")])

case(41, "milestone-not-started-typed-ref", OWB, "decided", [msg(
    "Koala Kids Daycare <director@koalakids.com.au>", OW, "2025-09-24 10:00", "Milestone 2 - please refund",
    "Hi team,\n\nThe parents' booking portal (milestone 2, inv owd 2025 514) isn't needed any more - the council "
    "provides one free for registered centres from November. Work on it hasn't begun as far as I know. Milestone 1 "
    "(the main site) is fine and approved.\n\nThanks heaps,\nKylie\nDirector, Koala Kids Daycare, Geelong", tz="AEST")],
    "O3: milestone OWD-2025-514 not_started: refund 16000.00; reference typed with spaces.",
    "O3, s8 invoice refs", [ref("refund", "approve", "16000.00")])

case(42, "milestone-approved", OWB, "decided", [msg(
    "Koala Kids Daycare <director@koalakids.com.au>", OW, "2025-09-26 10:00", "Refund milestone 1 OWD-2025-504",
    "Hi again,\n\nLooking at it more, the main site isn't really what we pictured even though I signed it off. Could "
    "we get milestone 1 (OWD-2025-504) refunded?\n\nKylie", tz="AEST")],
    "O3/O6: approved milestone: deny.", "O3, O6", [ref("refund", "deny")])

case(43, "sg-retainer-enough-notice", OWB, "decided", [msg(
    "Marina Bay Bistro <mgmt@marinabaybistro.sg>", OW, "2025-09-30 15:00", "Stop social retainer - OWD-2025-505",
    "Hi Optima,\n\nWe're closing the Marina Bay outlet end of October, so please stop the Marina Bay Bistro social "
    "media retainer from the next cycle. Thanks for the good work.\n\nRegards,\nJonathan Koh", tz="SGT")],
    "O4: next_billing_at 2025-10-15, deadline 2025-10-08; request 2025-09-30: cancel, effective 2025-10-14.",
    "O4, O8", [ref("cancellation", "cancel", None, "2025-10-14")])

case(44, "uk-retainer-exactly-7-days", OWB, "decided", [msg(
    "Thames Valley Plumbing <office@tvplumbing.co.uk>", OW, "2025-09-27 19:00", "Cancel SEO retainer",
    "Evening,\n\nPlease cancel the Thames Valley Plumbing SEO retainer, invoice OWD-2025-506. We've been taken over by "
    "a bigger firm who do their own marketing.\n\nRegards,\nGareth Jones\nOffice Manager", tz="BST")],
    "O4: next_billing_at 2025-10-04; 19:00 BST = 23:30 IST on 2025-09-27 = exactly the 7-day deadline: cancel, effective 2025-10-03.",
    "O4 boundary, s1 zones", [ref("cancellation", "cancel", None, "2025-10-03")])

case(45, "uk-retainer-late-after-midnight-ist", OWB, "decided", [msg(
    "Thames Valley Plumbing <office@tvplumbing.co.uk>", OW, "2025-09-27 21:30", "Cancel SEO retainer OWD-2025-506",
    "Hello,\n\nPlease cancel our SEO retainer (Thames Valley Plumbing). Company has been acquired and marketing moves "
    "in-house.\n\nGareth", tz="BST")],
    "O4: 21:30 BST = 2025-09-28 02:00 IST, after the 2025-09-27 deadline: next cycle (2025-10-04..2025-11-03) is billed, effective 2025-11-03.",
    "O4 boundary, s1 zones", [ref("cancellation", "cancel", None, "2025-11-03")])

case(46, "us-hosting-prorata", OWB, "decided", [msg(
    "Sunrise Realty <broker@sunriserealty.com>", OW, "2025-09-26 14:00",
    "Hosting refund + cancel - Sunrise Realty OWD-2025-507",
    "Hi,\n\nOur franchisor requires us to host on their platform, so we need to cancel the annual hosting we bought on "
    "the 18th and get whatever is refundable.\n\nThanks,\nMarcus Bell\nSunrise Realty, Tampa FL", tz="EDT")],
    "O5: day 8 of service: 14400.00 - 1200.00 setup - (13200/12 = 1100.00) x 1 = 12100.00; cancellation beside it harmless.",
    "O5, C6", [ref("refund", "approve", "12100.00")], extra_ok=True)

case(47, "ssl-licences", OWB, "decided", [msg(
    "Abuja Legal Partners IT <it@abujalegal.ng>", OWB2, "2025-09-22 11:00", "Refund: SSL and plugin licences OWD-2025-508",
    "Good day,\n\nWe were billed for an SSL certificate and premium plugin licences under OWD-2025-508. Our parent firm "
    "already holds a wildcard certificate, so these were unnecessary. Kindly refund.\n\nRegards,\nEmeka Nwosu\nIT Unit",
    tz="WAT")],
    "O6: third_party (SSL, licences): never refundable: deny. Arrives at billing@optimawebdesign.com (C1).",
    "O6, C1", [ref("refund", "deny")])

case(48, "milestone-in-progress", OWB, "decided", [msg(
    "Bondi Surf School <crew@bondisurf.com.au>", OW, "2025-09-23 08:00", "Booking system milestone",
    "Hey guys,\n\nThe booking system milestone (OWD-2025-509) is half done but honestly we've found an off-the-shelf "
    "app that does it. Can we get a refund for what hasn't been built yet?\n\nCheers,\nJosh", tz="AEST")],
    "O3: milestone in_progress: escalate.", "O3", [ref("refund", "escalate")])

case(49, "maintenance-day15", OWB, "decided", [msg(
    "Chennai Book House <accounts@chennaibookhouse.in>", OW, "2025-09-23 11:30", "Refund of AMC - OWD-2025-510",
    "Sir,\n\nWe wish to discontinue the annual maintenance contract for Chennai Book House started on 08-09-2025 as "
    "our nephew will be maintaining the site henceforth. Kindly refund the balance amount after deducting charges.\n\n"
    "Thanking you,\nR. Venkatesan\nAccounts")],
    "O5: service_start 2025-09-08, request 2025-09-23 = day 15, after 14 days: deny.",
    "O5", [ref("refund", "deny")], extra_ok=True)

case(50, "rush-fee", OWB, "decided", [msg(
    "Orchard Road Optics <hello@orchardoptics.sg>", OW, "2025-09-22 16:00", "Rush fee refund",
    "Hi, we paid the express fee (OWD-2025-511) to get the promo page up by the 20th, but the launch got pushed anyway "
    "due to our supplier. Since we didn't need it rushed in the end, can refund the rush fee?\nThanks, Mei", tz="SGT")],
    "O6: rush fees are never refundable: deny.", "O6", [ref("refund", "deny")])

case(51, "completed-milestone-statutory", OWB, "decided", [msg(
    "Yorkshire Tea Rooms <bookings@yorkshiretearooms.co.uk>", OW, "2025-09-22 14:00", "Unacceptable work - refund",
    "To whom it may concern,\n\nThe menu and booking pages you delivered under OWD-2025-513 are riddled with errors. "
    "I want the milestone refunded. I am fully aware of my statutory rights under the Consumer Rights Act 2015 and will "
    "use them.\n\nMargaret Ellison\nProprietor, Yorkshire Tea Rooms, Harrogate", tz="BST")],
    "C4: statutory rights invoked: escalate (even though O3 would deny the completed milestone).",
    "C4", [ref("refund", "escalate")], rules=["C4"])

case(52, "maintenance-day14", OWB, "decided", [msg(
    "Pune Pet Clinic <drjoshi@punepetclinic.in>", OW, "2025-09-24 18:45", "Cancel maintenance plan",
    "Hello,\n\nWe are closing the Kothrud branch and merging with a hospital group which has its own IT team, so "
    "please cancel the annual maintenance plan (OWD-2025-515) and refund as per policy.\n\nDr. Sameer Joshi")],
    "O5: service_start 2025-09-10, request 2025-09-24 = day 14, inside: 12000.00 - 0 - 1000.00 x 1 = 11000.00.",
    "O5 day 14", [ref("refund", "approve", "11000.00")], extra_ok=True)

case(53, "ghana-deposit-exactly-72h", OWB, "decided", [msg(
    "Kofi Mensah <kofi@capecoastcrafts.com>", OW, "2025-09-29 10:00", "Cape Coast Crafts - deposit refund",
    "Hello Optima,\n\nI paid the deposit for the Cape Coast Crafts shop on Friday morning. My export licence has been "
    "delayed so I cannot launch this year. Please refund OWD-2025-516; no work has started.\n\nKofi Mensah\nCape Coast, "
    "Ghana", tz="GMT")],
    "s8 72 h exactly: deposit 2025-09-26T10:00Z = 15:30 IST; request 2025-09-29 10:00 GMT = 15:30 IST = exactly 72 h: deny.",
    "O2, s8 72 h exactly, s8 ledger offsets", [ref("refund", "deny")])

case(54, "office-manager-personal-c2", OWB, "need_info", [msg(
    "Tanya Brooks <tanyab1988@gmail.com>", OW, "2025-09-25 10:00", "Maple Street Dental refund",
    "Hi, I manage the front desk at Maple Street Dental. Writing from my personal Gmail as the office one "
    "(frontdesk@maplestreetdental.com) is down. Practice is being sold, please refund the discovery fee OWD-2025-503.\n"
    "Tanya", tz="EDT")],
    "C2: Optima requires the contract email; sender is another address: ask to write from it, no details.",
    "C2", rules=["C2"])

case(55, "gmail-forward-c2", OWB, "need_info", [msg(
    "Priya Shah CPA <priya@shahbookkeeping.example>", OW, "2025-09-29 12:00", "Fwd: Cancel retainer",
    "Hi Optima, forwarding on behalf of my client. Please action.\n\n---------- Forwarded message ---------\nFrom: "
    "Sam Goldberg <owner@brooklynbagel.com>\nDate: Mon, Sep 29, 2025 at 9:14 AM\nSubject: Cancel retainer\nTo: Priya "
    "Shah <priya@shahbookkeeping.example>\n\nPriya, can you tell Optima to cancel the Brooklyn Bagel Co retainer "
    "(OWD-2025-512)? We're cutting costs before winter. The contract is under owner@brooklynbagel.com.\n\nSam", tz="EDT")],
    "s8 forwards + C2: the forwarded request names contract email owner@brooklynbagel.com; the sender is the bookkeeper: ask for it from that address.",
    "C2, s8 forwards", rules=["C2"])

case(56, "owner-cancels-retainer", OWB, "decided", [msg(
    "Sam Goldberg <owner@brooklynbagel.com>", OW, "2025-09-29 09:30", "Cancel retainer OWD-2025-512",
    "Hi - please cancel the Brooklyn Bagel Co retainer. We're cutting costs heading into winter. Thanks, Sam", tz="EDT")],
    "O4: next_billing_at 2025-10-20, deadline 2025-10-13; request 2025-09-29: cancel, effective 2025-10-19.",
    "O4, O8", [ref("cancellation", "cancel", None, "2025-10-19")])

case(57, "apple-mail-forward-own", OWB, "decided", [msg(
    "Orchard Road Optics <hello@orchardoptics.sg>", OW, "2025-09-24 10:00", "Fwd: Rush fee refund",
    "Resending as I didn't get any reply.\n\nBegin forwarded message:\n\nFrom: Orchard Road Optics "
    "<hello@orchardoptics.sg>\nSubject: Rush fee refund\nDate: 22 September 2025 at 4:00:00 PM SGT\nTo: "
    "optimawebdesigns12@gmail.com\n\nHi, we paid the express fee (OWD-2025-511) to get the promo page up by the 20th "
    "but our launch was postponed anyway. Please refund the rush fee.\nMei\n\nSent from my iPad", tz="SGT")],
    "s8 forwards from the contract email itself: read the carried request; rush fee: deny (O6).",
    "O6, s8 forwards", [ref("refund", "deny")])

case(58, "cancel-retainer-no-reason", OWB, "need_info", [msg(
    "Marina Bay Bistro <mgmt@marinabaybistro.sg>", OW, "2025-09-24 15:00", "Cancellation - Marina Bay Bistro OWD-2025-505",
    "Dear Optima,\n\nPlease cancel the Marina Bay Bistro retainer (OWD-2025-505) from the next billing cycle. Kindly "
    "confirm.\n\nBest regards,\nJonathan Koh\nGeneral Manager\nMarina Bay Bistro Pte Ltd", tz="SGT")],
    "s8 reason: Optima requires a reason for cancellations too; none given (request, courtesy, signature): ask for it.",
    "C3, s8 what a reason is", missing=["reason"])

case(59, "thread-invoice-later", OWB, "decided", [
    msg("Koala Kids Daycare <director@koalakids.com.au>", OW, "2025-09-23 09:00", "Refund portal milestone",
        "Hi, the council now gives us a free parent booking portal, so we don't need the portal milestone on the Koala "
        "Kids Daycare project. Please refund it. Kylie", tz="AEST"),
    msg("Koala Kids Daycare <director@koalakids.com.au>", OW, "2025-09-23 16:20", "Re: Refund portal milestone [OWD-4471]",
        "It's OWD-2025-514.\n\nOn 23 Sep 2025, at 2:05 pm, Optima WebDesign <optimawebdesigns12@gmail.com> wrote:\n"
        "> Please send the invoice or payment reference of the payment.\n", tz="AEST")],
    "C3 thread: the project has two payments, so the first email lacked the invoice; the answer gives OWD-2025-514 (not_started): O3 approve 16000.00.",
    "C3 merge, O3", [ref("refund", "approve", "16000.00")])

case(60, "ssl-question-not-cancelling", OWB, "other", [msg(
    "Sunrise Realty <broker@sunriserealty.com>", OW, "2025-09-19 11:00", "Hosting question",
    "Hi, we are NOT cancelling anything - the hosting has been great. Just checking whether the SSL certificate renewal "
    "is included in the annual hosting or billed separately next year?\n\nMarcus", tz="EDT")],
    "s8 negation; a question that asks for no refund or cancellation: other.",
    "tricky negative, s8 negation")

case(61, "hosting-before-start", OWB, "decided", [msg(
    "Nagpur Oranges Co-op <secretary@nagpuroranges.org>", OW, "2025-09-28 12:00",
    "Refund of hosting - Nagpur Oranges Co-op (OWD-2025-117)",
    "Dear Sir,\n\nOur society's general body has resolved to use the state cooperative portal instead of a private "
    "website. Therefore we request refund of the annual hosting which has not even started (starts 15 October).\n\n"
    "Yours faithfully,\nP. D. Wankhede\nHon. Secretary")],
    "s8 O5 before the service starts: consumed_months = 1: 6000.00 - 600.00 - 450.00 = 4950.00.",
    "O5, s8 O5 before start", [ref("refund", "approve", "4950.00")], extra_ok=True)

case(62, "discovery-as-discussed-no-reason", OWB, "need_info", [msg(
    "Maple Street Dental <frontdesk@maplestreetdental.com>", OW, "2025-09-25 11:30", "RE: refund",
    "Hi,\n\nAs discussed on the phone with your team, please go ahead and refund the discovery fee OWD-2025-503 for "
    "Maple Street Dental.\n\nThank you,\nTanya\n\nCONFIDENTIALITY NOTICE: This message may contain protected health "
    "information under HIPAA.", tz="EDT",
    headers={"In-Reply-To": "<reply.en62.0@optimawebdesign.com>", "References": "<reply.en62.0@optimawebdesign.com>"})],
    "s8 reason: 'as discussed' plus a restated request and a disclaimer are no reason: ask for it.",
    "C3, s8 what a reason is", missing=["reason"])

case(63, "thank-you-after-refund", OWB, "other", [msg(
    "Kesar Sweets <orders@kesarsweets.in>", OW, "2025-09-30 17:00", "Re: Refund Request — Kesar Sweets Website",
    "Dear Optima team, received the refund in our SBI account today. Thank you for the quick and courteous handling. "
    "Will surely come back after Diwali for the website.\nWarm regards, Mahesh",
    headers={"In-Reply-To": "<reply.en63.0@optimawebdesign.com>", "References": "<reply.en63.0@optimawebdesign.com>"})],
    "A thank-you after a refund asks for nothing: other.", "tricky negative")

case(64, "receipt-auto-generated", OWB, "ignore", [msg(
    "Razorpay Receipts <no-reply@razorpay.example>", OWB2, "2025-09-26 14:01", "Payment receipt: OWD-2025-103 refund initiated",
    "This is an automated receipt. Refund of INR 25,000.00 has been initiated for payment pay_XYZ. Do not reply.",
    headers={"Auto-Submitted": "auto-generated"})],
    "C7: Auto-Submitted auto-generated payment receipt: ignore.", "C7", rules=["C7"])

case(65, "other-brand-customer", OWB, "need_info", [msg(
    "Oliver Hughes <oliver.hughes@btinternet.com>", OW, "2025-09-24 08:30", "Refund - charged twice",
    "Hello, I was charged twice for my annual subscription yesterday, LO-INV-72002. Please refund the duplicate. "
    "Ollie", tz="BST")],
    "s8 other brand's customer: a LeadsOptima customer writes to Optima; C1 picks Optima, he is unknown there: C2/C3 (asked to write from the contract email).",
    "C1, C2, s8 other brand", rules=["C2"])

if __name__ == "__main__":
    build("en", "English (hard cases)",
          "Language: English as customers in India, the UK, the US, Australia, Nigeria, Ghana and Singapore write it: "
          "British formal letters, US one-liners, Aussie slang, Nigerian 'Sir/Ma' registers, Singlish particles, "
          "Indian English ('do the needful', 'kindly'); HTML-only webmail, Outlook/Gmail/Apple Mail forwards, "
          "top-posted replies, disclaimers. Hard points: windows across time zones (day 7/day 8 and 72 h decided in "
          "Asia/Kolkata), negation, hypotheticals, withdrawals, Reply-To and +tag addresses, missing reasons.")
