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


# ---------------------------------------------------------------- Hindi / Hinglish cases
S = "support@leadsoptima.com"
OW = "Optima WebDesign <optimawebdesigns12@gmail.com>"

case(1, "do-baar-kata-devanagari", LOB, "decided", [msg(
    "Neha Kulkarni <neha.kulkarni84@gmail.com>", S, "2025-09-25 09:40", "पेमेंट दो बार कट गया",
    "नमस्ते टीम,\n\nकल मेरे कार्ड से LeadsOptima के मंथली प्लान का पैसा एक ही मिनट में दो बार कटा है। "
    "बैंक SMS में दोनों बार ₹1,768.82 दिख रहा है। दूसरा वाला बिल lo inv 71002 है।\n"
    "कृपया एक्स्ट्रा वाला पैसा वापस कर दीजिए।\n\nधन्यवाद\nनेहा कुलकर्णी\nपुणे")],
    "L4: two paid monthly charges of 1499.00 for the same period on 2025-09-24; request 2025-09-25 (day 1); refund the later one (LO-INV-71002) 1499.00 before tax; invoice typed 'lo inv 71002'.",
    "L2, L3, L4, C6, s8 invoice refs", [ref("refund", "approve", "1499.00")])

case(2, "annual-double-day7", LOB, "decided", [msg(
    "Shree Ganesh Traders <accounts@shreeganeshtraders.in>", S, "2025-09-22 18:30",
    "Annual plan double debit - LO/INV/71012",
    "Respected Sir/Madam,\n\nWith reference to above subject, our annual subscription amount of Rs. 14,145.84/- "
    "(incl. GST) has been debited twice from our HDFC current account on 15.09.2025. Second debit invoice no. "
    "LO/INV/71012.\n\nKindly reverse the extra debit at the earliest.\n\nThanking you,\nYours faithfully,\n"
    "for Shree Ganesh Traders\nAuthorised Signatory\nIndore (M.P.)")],
    "L3/L4: duplicate annual charges on 2025-09-15, request 2025-09-22 = day 7 (inside); refund 11988.00 (before tax) for LO-INV-71012.",
    "L3 day 7, L4, C6", [ref("refund", "approve", "11988.00")])

case(3, "quarterly-double-day8", LOB, "decided", [msg(
    "Imran Qureshi <imran.qureshi@yahoo.co.in>", S, "2025-09-20 21:15",
    "quarterly plan ka paisa 2 baar",
    "assalam alaikum\nbhai maine abhi statement dekha 12 tareekh ko quarterly plan ka paisa do baar deduct hua hai "
    "LO-INV-71022 wala extra hai. ek wapas kar do please\nImran\nLucknow")],
    "L3: duplicate quarterly charges on 2025-09-12, request 2025-09-20 = day 8, outside the 7-day window: deny.",
    "L2, L3", [ref("refund", "deny")])

case(4, "teen-baar-kata", LOB, "decided", [msg(
    "Pooja Bhatt <pooja.b@rediffmail.com>", S, "2025-09-27 08:05",
    "3 baar charge!!!",
    "Hello LeadsOptima,\n\nKal payment page hang ho gaya tha toh maine refresh kiya aur ab dekha ki 1499 + GST teen baar "
    "kat gaya hai. Ek hi plan hai mera, monthly. Invoice LO-INV-71032 aur LO-INV-71033 extra hain. Dono ka paisa "
    "wapas chahiye.\n\nPooja Bhatt\nAhmedabad")],
    "s8 three identical charges: 2025-09-26 x3, same period; every charge after the first is a duplicate, both inside the window (day 1): 2 x 1499.00 = 2998.00.",
    "L4, s8 three identical charges", [ref("refund", "approve", "2998.00")])

case(5, "double-claim-no-pair", LOB, "decided", [msg(
    "Vikram Sethi <vikram.sethi@outlook.com>", S, "2025-09-22 13:20", "Double charge??",
    "Hi,\nMujhe lagta hai aapne mujhe double charge kiya hai, mere PhonePe mein do entries dikh rahi hain 20 Sept ki. "
    "Invoice LO-INV-71041. Refund process kar do.\n\nThanks\nVikram\n\n-- \nSent from Outlook for Android")],
    "L4: the ledger shows only one charge (LO-INV-71041) for this account and period: no pair, so escalate.",
    "L2, L4 (no pair)", [ref("refund", "escalate")])

case(6, "galat-plan-charge", LOB, "decided", [msg(
    "Sunita Agarwal <sunita.agarwal@gmail.com>", S, "2025-09-26 11:02", "गलत प्लान का पैसा कटा",
    "Namaste,\n\nMaine monthly plan select kiya tha lekin aapne quarterly ka ₹4,718.82 kaat liya. Ye galat plan ka "
    "charge hai. Invoice LO-INV-71051. Please isko check karke refund kijiye.\n\nSunita Agarwal")],
    "L5: billing error (charged for the wrong plan), charge 2025-09-25, request 2025-09-26 (day 1): escalate with the charge.",
    "L2 billing_error, L5", [ref("refund", "escalate")])

case(7, "login-nahi-devanagari", LOB, "decided", [msg(
    "कमल जोशी <kamal.joshi@hotmail.com>", S, "2025-09-27 22:45", "अकाउंट नहीं खुल रहा",
    "प्रिय सपोर्ट टीम,\n\n23 तारीख को सालाना प्लान लिया था, उसी दिन से डैशबोर्ड में लॉगिन नहीं हो पा रहा। पासवर्ड रीसेट "
    "भी किया, OTP भी आता है पर अंदर जाते ही फिर से लॉगिन पेज पर भेज देता है। आपकी चैट वालों से दो बार बात हुई, "
    "कुछ हल नहीं हुआ। ऐसे में पैसे वापस कर दीजिए।\n\nकमल जोशी\nदेहरादून")],
    "L6: access failure, annual charge 2025-09-23, request 2025-09-27 (day 4): escalate; invoice filled from the single charge.",
    "L2 access_failure, L6, s1 ledger fill", [ref("refund", "escalate")])

case(8, "access-late", LOB, "decided", [msg(
    "Deepak Rawat <deepak.rawat@gmail.com>", S, "2025-09-25 10:10", "refund - app nahi chal raha",
    "sir 5 sept ko monthly liya tha tab se app khul hi nahi raha, leads export nahi ho rahe. invoice LO-INV-71071. "
    "mujhe refund chahiye\ndeepak rawat\nhaldwani")],
    "L3: access failure but charge 2025-09-05, request 2025-09-25 = day 20, outside 7 days: deny.",
    "L2, L3", [ref("refund", "deny")])

case(9, "mann-badal-gaya", LOB, "decided", [msg(
    "Anjali Menon <anjali.menon@gmail.com>", S, "2025-09-24 16:30", "Refund request",
    "Hi team, maine 18 ko monthly plan liya tha but honestly ab iski zarurat nahi hai, hamari company ne dusra CRM le "
    "liya. Ek bhi lead use nahi kiya. Baaki din ka paisa wapas kar dijiye please, invoice LO-INV-71081.\n\nAnjali")],
    "L1: not needed any more / unused: not an exception reason; refund deny (cancellation offered in the reply, not decided).",
    "L1", [ref("refund", "deny")])

case(10, "trial-refund", LOB, "decided", [msg(
    "Rahul Srivastava <rahul.s.trial@gmail.com>", S, "2025-09-29 19:00", "trial refund",
    "Hello, main abhi free trial pe hoon (monthly plan ka trial). Software mujhe kuch khaas pasand nahi aaya. "
    "Jo bhi paisa liya hai refund kar dijiye aur account band kar dena trial ke baad.\nRahul")],
    "L7: account on free trial, no charges in the ledger: refund deny (nothing to refund; no billing unless they subscribe).",
    "L7", [ref("refund", "deny")], extra_ok=True)

case(11, "cancel-quarterly-devanagari", LOB, "decided", [msg(
    "Meera Iyer <meera.iyer@gmail.com>", S, "2025-09-19 07:50", "सब्सक्रिप्शन रद्द करें",
    "नमस्कार,\nमेरा quarterly प्लान कृपया cancel कर दीजिए, अगले महीने से हमारा बिज़नेस बंद हो रहा है। "
    "अगला चार्ज नहीं कटना चाहिए।\nमीरा अय्यर\nचेन्नई")],
    "L8: cancellation; current_period_end 2025-11-09 from the ledger is the last active day.",
    "L8", [ref("cancellation", "cancel", None, "2025-11-09")])

case(12, "cancel-fallback-utc", LOB, "decided", [msg(
    "Harpreet Gill <harpreet.gill@gmail.com>", S, "2025-09-20 12:30", "Subscription band karni hai",
    "Sat Sri Akal ji,\nMera monthly subscription cancel kar do ji. Bachon ki exams chal rahi hain, kaam pe dhyan nahi "
    "de pa raha. Auto debit band kar dena.\nHarpreet Singh Gill\nLudhiana", tz="IST")],
    "L8 fallback: no current_period_end; last charge 2025-09-02T20:15Z = 2025-09-03 01:45 IST; + 1 month - 1 day = 2025-10-02.",
    "L8 fallback, s8 ledger offsets", [ref("cancellation", "cancel", None, "2025-10-02")])

case(13, "cancel-plus-unused-refund", LOB, "decided", [msg(
    "Arjun Nair <arjun.nair@gmail.com>", S, "2025-09-23 14:12", "Cancel annual + refund remaining months",
    "Hi,\n\nPlease cancel my annual plan. We have moved our sales team to Bangalore office and they use a different "
    "tool. Jo 5 mahine bache hain unka pro-rata refund bhi kar dijiye.\n\nRegards,\nArjun Nair\nKochi")],
    "L8 cancel until current_period_end 2026-02-28; L1 refund of unused months is not an exception: deny.",
    "L1, L8", [ref("cancellation", "cancel", None, "2026-02-28"), ref("refund", "deny")])

case(14, "office-id-se-c2", LOB, "need_info", [msg(
    "Sourav Banerjee <sourav.banerjee.office@outlook.com>", S, "2025-09-24 11:00", "Plan cancel",
    "Hello,\nAmar registered email sourav.banerjee@gmail.com hai, but wo abhi phone mein login nahi hai isliye office "
    "id se likh raha hoon. Quarterly plan cancel kar dijiye, aur batayein ki last date kya hai.\nSourav\nKolkata")],
    "C2: sender is not the registered email it names; ask to write from sourav.banerjee@gmail.com, no account details.",
    "C2", rules=["C2"])

case(15, "do-the-needful-no-reason", LOB, "need_info", [msg(
    "Kavita Reddy <kavita.reddy@gmail.com>", S, "2025-09-23 10:05", "Refund",
    "Dear Sir,\n\nKindly refund my payment for this month at the earliest. Please do the needful.\n\nThanks & Regards,\n"
    "Kavita Reddy\nHyderabad\n\nSent from my iPhone")],
    "s8 reason: a restated request, courtesy line and signature are not reasons; plan and invoice come from the ledger (one monthly charge); ask for the reason.",
    "C3, s8 what a reason is", missing=["reason"])

case(16, "login-issue-no-invoice", LOB, "need_info", [msg(
    "Nitin Chopra <nitin.chopra@gmail.com>", S, "2025-09-22 17:40", "login problem - refund",
    "Team,\nPichle 3 din se login nahi ho raha, 'session expired' error aata hai har baar. Support chat pe ticket bhi "
    "dala tha koi reply nahi. Is mahine ka paisa refund karo.\nNitin")],
    "C3: refund for access failure, but the sender has two charges (Aug and Sep) and names none: ask for the invoice number.",
    "C3, L2", missing=["invoice_number"])

case(17, "failed-payment-debited", LOB, "decided", [msg(
    "Farah Khan <farah.khan@gmail.com>", S, "2025-09-23 09:15", "paisa kata but payment failed",
    "Hello,\nKal 22 Sept ko plan renew karte waqt mere account se ₹1768.82 kat gaye lekin app mein 'payment failed' "
    "dikha raha hai. Invoice number LO-INV-71151. Ye billing error hai, please paise wapas kijiye.\n\nFarah")],
    "s8 payments not paid: the ledger shows LO-INV-71151 as failed; a refund of it is escalated.",
    "L5, s8 not paid", [ref("refund", "escalate")])

case(18, "thread-reason-later", LOB, "decided", [
    msg("Gaurav Mishra <gaurav.mishra@gmail.com>", S, "2025-09-27 12:00", "Refund chahiye - LO-INV-71162",
        "Hi,\nInvoice LO-INV-71162 ka refund chahiye.\nGaurav Mishra"),
    msg("Gaurav Mishra <gaurav.mishra@gmail.com>", S, "2025-09-29 20:10", "Re: Refund chahiye - LO-INV-71162 [LO-1187]",
        "Reason ye hai ki 26 ko mera payment do baar kat gaya, ek hi monthly plan hai.\n\nOn Sat, 27 Sep 2025 at 14:05, "
        "LeadsOptima Support <support@leadsoptima.com> wrote:\n> Please tell us the reason for your refund request.\n")],
    "C3 thread: the answer gives the reason (charged twice 2025-09-26); request time is the first email 2025-09-27 (day 1); L4 approve 1499.00.",
    "C3 merge, L4", [ref("refund", "approve", "1499.00")])

case(19, "consumer-court-cancel", LOB, "decided", [msg(
    "Manoj Tiwari <manoj.tiwari@gmail.com>", S, "2025-09-26 23:05", "ये धोखाधड़ी है",
    "aapka software bilkul bekaar hai, leads sab fake nikli. mera monthly plan turant cancel karo aur pura paisa wapas "
    "karo warna main consumer court mein case karunga. invoice LO-INV-71171\n- Manoj Tiwari, Kanpur")],
    "C4 covers the whole case: consumer court threat escalates both the refund and the cancellation.",
    "C4, s8 C4 whole case", [ref("refund", "escalate"), ref("cancellation", "escalate")], rules=["C4"])

case(20, "refund-nahi-chahiye", LOB, "decided", [msg(
    "Ritu Saxena <ritu.saxena@gmail.com>", S, "2025-09-25 15:45", "annual plan renew mat karna",
    "Hello team,\n\nMujhe refund nahi chahiye, main jaanti hoon annual plan ka paisa wapas nahi hota. Bas itna karo ki "
    "plan cancel kar do aur June mein auto-renew na ho. Hum in-house team bana rahe hain.\n\nThanks,\nRitu Saxena")],
    "s8 negation: 'refund nahi chahiye' adds no refund; L8 cancel until current_period_end 2026-06-11.",
    "L8, s8 negation", [ref("cancellation", "cancel", None, "2026-06-11")])

case(21, "agar-cancel-karun", LOB, "other", [msg(
    "Abhishek Pandey <abhishek.pandey@gmail.com>", S, "2025-09-28 21:30", "ek sawaal",
    "Hi, ek doubt tha. Agar main beech mahine mein plan cancel karun toh kya bache hue din ka refund milega ya nahi? "
    "Abhi cancel nahi kar raha, bas jaana chahta hoon.\nAbhishek")],
    "s8 hypotheticals: a question about what would happen, nothing asked now: other.",
    "s8 hypothetical")

case(22, "shukriya-refund-mil-gaya", LOB, "other", [msg(
    "Sneha Pillai <sneha.pillai@gmail.com>", S, "2025-09-30 11:20", "Re: refund",
    "Hi team, refund mil gaya account mein, bahut bahut shukriya jaldi help karne ke liye! 🙏\nSneha",
    headers={"In-Reply-To": "<reply.hi22.0@leadsoptima.com>", "References": "<reply.hi22.0@leadsoptima.com>"})],
    "A thank-you after a refund asks for nothing: other.", "tricky negative")

case(23, "gst-invoice-copy", LOB, "other", [msg(
    "Rajesh Gupta <rajesh.gupta@gmail.com>", S, "2025-09-18 12:40", "GST invoice chahiye",
    "Namaskar,\nHumein September wale quarterly payment ka GST invoice chahiye company ke naam se - Gupta Enterprises, "
    "GSTIN 09AAAPG1234C1Z5. CA ko file karna hai. Refund ya cancel kuch nahi chahiye bas invoice bhej dijiye.\n"
    "Dhanyavaad\nRajesh Gupta\nNoida")],
    "An invoice question that asks for no refund or cancellation: other.", "tricky negative, s8 negation")

case(24, "kharidne-se-pehle", LOB, "other", [msg(
    "Vivek Chauhan <vivek.chauhan91@gmail.com>", S, "2025-09-26 19:15", "plan lene se pehle",
    "Namaste, main aapka annual plan lene ki soch raha hoon. Agar 2-3 din mein pasand nahi aaya toh kya refund milega? "
    "Aur kya monthly se annual mein baad mein switch kar sakte hain?\nVivek")],
    "s8 hypothetical before buying: a policy question, nothing else asked: other.", "s8 hypothetical")

case(25, "pichli-baar-refund-ab-cancel", LOB, "decided", [msg(
    "Tanvi Deshpande <tanvi.deshpande@gmail.com>", S, "2025-09-21 10:30", "Cancellation",
    "Hi,\n\nPichhle saal aapne mera duplicate payment refund kiya tha, uske liye thanks. Is baar koi refund nahi chahiye. "
    "Bas quarterly plan cancel kar dijiye, humari agency band ho rahi hai Diwali ke baad.\n\nTanvi Deshpande\nNagpur")],
    "s8 past events: last year's refund is history, refund explicitly not wanted; L8 cancel until 2025-11-30.",
    "L8, s8 past events, s8 negation", [ref("cancellation", "cancel", None, "2025-11-30")])

case(26, "fwd-accountant-c2", LOB, "need_info", [msg(
    "Accounts Agrawal Exports <accounts.agrawalexports@gmail.com>", S, "2025-09-27 15:10",
    "Fwd: LeadsOptima annual double charge",
    "Sir, kripya neeche MD sahab ka mail dekhein aur refund kar dein.\n\n---------- Forwarded message ---------\n"
    "From: Suresh Agrawal <md@agrawalexports.co.in>\nDate: Sat, 27 Sep 2025 at 13:02\nSubject: LeadsOptima annual double "
    "charge\nTo: Accounts Agrawal Exports <accounts.agrawalexports@gmail.com>\n\nAnil, LeadsOptima ne annual plan ka "
    "paisa do baar kaata hai 25 tareekh ko (LO-INV-71232). Unko likh ke refund mangwao. Registered id "
    "md@agrawalexports.co.in hai.\n\nSuresh Agrawal\nManaging Director")],
    "s8 forwards + C2: the forwarded request names registered email md@agrawalexports.co.in, sender is another address: ask for it from that address.",
    "C2, s8 forwards", rules=["C2"])

case(27, "fwd-own-mail-cancelled", LOB, "decided", [msg(
    "Yash Malhotra <yash.malhotra@gmail.com>", S, "2025-09-29 09:55", "Fwd: charged after cancelling",
    "Koi reply nahi aaya is mail ka, dobara bhej raha hoon.\n\n---------- Forwarded message ---------\nFrom: Yash "
    "Malhotra <yash.malhotra@gmail.com>\nDate: Sun, 28 Sep 2025 at 10:20\nSubject: charged after cancelling\nTo: "
    "support@leadsoptima.com\n\nHello, maine 25 Sept ko hi Billing > Cancel Plan se plan cancel kar diya tha fir bhi aaj "
    "monthly ka ₹1,768.82 kat gaya (LO-INV-71241). Charged after I cancelled - refund please.\nYash")],
    "s8 forwards: own earlier mail forwarded; billing error (charged after cancelling), charge 2025-09-28, request 2025-09-29: L5 escalate.",
    "L5, s8 forwards", [ref("refund", "escalate")])

case(28, "utc-ledger-day7", LOB, "decided", [msg(
    "Lakshmi Narayanan <lakshmi.n@gmail.com>", S, "2025-10-01 09:00", "Same payment twice - LO INV 71252",
    "Vanakkam/Namaste,\nMonthly subscription same payment twice cut aaya hai, 24 Sept subah 12:30 baje. Second one is "
    "LO INV 71252. Kindly refund.\nLakshmi N\nCoimbatore")],
    "s8 ledger offsets: charges 2025-09-23T19:00Z = 2025-09-24 00:30 IST (day 0); request 2025-10-01 = day 7, inside; L4 approve 1499.00.",
    "L3 day 7, L4, s8 offsets", [ref("refund", "approve", "1499.00")])

case(29, "out-of-office-hindi", LOB, "ignore", [msg(
    "Ramesh Yadav <ramesh.yadav@gmail.com>", S, "2025-09-24 08:00", "स्वचालित उत्तर: आपका इनवॉइस",
    "नमस्ते, मैं 30 सितंबर तक छुट्टी पर हूँ। ज़रूरी काम के लिए 98xxxxxx10 पर कॉल करें। रिफंड से जुड़े मेल लौटकर देखूंगा।",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})],
    "C7: Auto-Submitted auto-replied: ignore, even though it mentions a refund.", "C7", rules=["C7"])

case(30, "hindi-newsletter", LOB, "ignore", [msg(
    "Digital Marketing Hindi <newsletter@digitalhindi-news.in>", S, "2025-09-25 07:00",
    "इस हफ़्ते: लीड जनरेशन के 5 नुस्खे",
    "प्रिय पाठक,\nइस अंक में: CRM कैसे चुनें, रिफंड पॉलिसी क्यों ज़रूरी है, और त्योहारी सीज़न के ऑफ़र।\n"
    "सदस्यता समाप्त करने के लिए यहाँ क्लिक करें।",
    headers={"List-Id": "Digital Hindi <weekly.digitalhindi-news.in>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:unsub@digitalhindi-news.in>"})],
    "C7: List-Id and Precedence bulk: ignore.", "C7", rules=["C7"])

case(31, "discovery-shaadi-postpone", OWB, "decided", [msg(
    "Kesar Sweets <orders@kesarsweets.in>", OW, "2025-09-24 13:15", "Refund Request — Kesar Sweets Website / OWD-2025-101",
    "Namaste Optima team,\n\nHumne 20 Sept ko Kesar Sweets Website ke discovery session ke liye ₹17,700 pay kiya tha "
    "(invoice OWD-2025-101). Ghar mein achanak shaadi fix ho gayi hai aur website ka kaam hum Diwali ke baad hi "
    "shuru kar payenge, isliye abhi yeh project hold pe rakh rahe hain. Session abhi tak hua nahi hai. Kripya refund "
    "kar dein.\n\nDhanyavaad,\nMahesh Agarwal\nKesar Sweets, Bikaner")],
    "O1: discovery, no session or deliverable started (work_started_at empty): full refund 15000.00 before tax (C6).",
    "O1, C6", [ref("refund", "approve", "15000.00")])

case(32, "discovery-session-ho-chuka", OWB, "decided", [msg(
    "Dr. Bhavesh Patel <drpatel.dental@gmail.com>", OW, "2025-09-22 20:40", "Discovery fee refund",
    "Hello,\nPatel Dental Clinic - invoice OWD-2025-102. Aapke saath ek strategy call hua tha 18 ko, but jo plan diya "
    "woh humare budget se bahar hai. Isliye hum aage nahi badhna chahte. Discovery fee wapas kar dijiye.\nDr. Bhavesh Patel\nSurat")],
    "O1: the discovery session started 2025-09-18, before the request: deny.", "O1",
    [ref("refund", "deny")])

case(33, "deposit-52-ghante", OWB, "decided", [msg(
    "Shaadi Frames <frames.shaadi@gmail.com>", OW, "2025-09-28 18:00", "booking amount wapas - Shaadi Frames Portfolio",
    "hi optima\nparso shaadi frames portfolio ke liye 25000+GST booking amount diya tha OWD-2025-103. humare partner "
    "ne business se exit le liya hai toh abhi website nahi banwa rahe. kaam shuru nahi hua hai toh pura paisa wapas "
    "kar do plz\nrohit\nsent from mobile")],
    "O2: deposit paid 2025-09-26 14:00, request 2025-09-28 18:00 (52 h) and no work started: approve 25000.00 before tax.",
    "O2, C6", [ref("refund", "approve", "25000.00")])

case(34, "deposit-theek-72-ghante", OWB, "decided", [msg(
    "Gupta Hardware <guptahardware@yahoo.co.in>", OW, "2025-09-25 10:30", "गुप्ता हार्डवेयर स्टोर - अग्रिम राशि वापसी",
    "महोदय,\nहमने 22 सितंबर सुबह 10:30 बजे Gupta Hardware Store वेबसाइट के लिए ₹23,600 अग्रिम (OWD-2025-104) जमा "
    "किया था। दुकान का नवीनीकरण चल रहा है और पार्टनर सहमत नहीं हैं, इसलिए प्रोजेक्ट नहीं करवाना। राशि लौटा दें।\n"
    "भवदीय\nओमप्रकाश गुप्ता\nजयपुर")],
    "s8 exactly 72 hours: deposit 2025-09-22 10:30, request 2025-09-25 10:30 = 72 h exactly, not before 72 h: deny (O2).",
    "O2, s8 72 h exactly", [ref("refund", "deny")])

case(35, "deposit-kaam-shuru", OWB, "decided", [msg(
    "Ritu Sharma <hello@yogawithritu.in>", OW, "2025-09-24 20:05", "Yoga With Ritu - deposit refund",
    "Hi team,\nKal deposit diya tha (OWD-2025-105). Aaj subah aapke designer ne wireframe bheja but mujhe samajh aaya "
    "ki mujhe abhi Instagram page hi kaafi hai, website ki zarurat nahi. Deposit refund kar dijiye please.\nRitu")],
    "O2: within 72 h (32 h) but work started 2025-09-24 09:00, before the request: deny (whichever first).",
    "O2", [ref("refund", "deny")])

case(36, "milestone-shuru-nahi", OWB, "decided", [msg(
    "Lakshmi Silks <sales@lakshmisilks.com>", OW, "2025-09-26 12:30", "Milestone 2 refund - Lakshmi Silks eStore",
    "Dear Optima WebDesign,\n\nLakshmi Silks eStore project ka milestone-2 (payment gateway + shipping) humne advance "
    "pay kiya tha, invoice OWD 2025 116. Ab humne Shopify pe jaane ka decide kiya hai, toh yeh milestone nahi chahiye. "
    "Iska kaam abhi shuru nahi hua hai. Milestone-1 theek hai, uska koi issue nahi.\n\nRegards,\nS. Lakshmi\nKanchipuram")],
    "O3: milestone OWD-2025-116 not_started: refund its amount 30000.00 before tax; invoice typed with spaces.",
    "O3, s8 invoice refs", [ref("refund", "approve", "30000.00")])

case(37, "milestone-chal-raha", OWB, "decided", [msg(
    "Banjara Travels <info@banjaratravels.in>", OW, "2025-09-23 16:45", "Refund - Banjara Travels Portal OWD-2025-107",
    "Hello,\nBooking engine wala milestone (OWD-2025-107) abhi chal raha hai but bahut slow hai, 3 hafte ho gaye. "
    "Hum is milestone ka paisa wapas chahte hain aur kisi aur se karwa lenge.\nJaved, Banjara Travels, Jaisalmer")],
    "O3: milestone in_progress: escalate (billable value of work not started needs a person).",
    "O3", [ref("refund", "escalate")])

case(38, "retainer-notice-ok", OWB, "decided", [msg(
    "Bombay Bakes <bombaybakes@gmail.com>", OW, "2025-09-26 11:00", "Retainer band karna hai - Bombay Bakes Social",
    "Hi Optima,\nBombay Bakes Social ka monthly social media retainer (OWD-2025-109) cancel karna hai. Humne apni "
    "niece ko hire kar liya hai jo ab Instagram sambhalegi. Is mahine ka kaam poora kar dena, next month se band.\n"
    "Thanks\nFiroza, Bombay Bakes, Bandra")],
    "O4/O8: next_billing_at 2025-10-10; 2025-09-26 is on or before 2025-10-03 (7 days' notice): cancel, effective 2025-10-09.",
    "O4, O8", [ref("cancellation", "cancel", None, "2025-10-09")])

case(39, "retainer-late-notice", OWB, "decided", [msg(
    "Dr. Anil Sharma <dr.sharmaphysio@gmail.com>", OW, "2025-09-29 21:10", "SEO retainer stop",
    "Namaste,\nSharma Physio SEO retainer - OWD-2025-110 - isko rok dijiye. Clinic shift ho raha hai dusre sheher, "
    "abhi SEO ka koi fayda nahi.\nDr Anil Sharma")],
    "O4: next_billing_at 2025-10-03; notice deadline 2025-09-26; request 2025-09-29 is late: next cycle (2025-10-03..2025-11-02) is billed, effective 2025-11-02.",
    "O4, O8", [ref("cancellation", "cancel", None, "2025-11-02")])

case(40, "hosting-14-din-ke-andar", OWB, "decided", [msg(
    "Anand Jewellers <anandjewellers.jaipur@gmail.com>", OW, "2025-09-27 17:20", "Hosting plan refund - Anand Jewellers",
    "Respected team,\n\nAnand Jewellers ka annual hosting plan (OWD-2025-113) 20 Sept se start hua tha. Humare bete ne "
    "apne dost ke server pe site shift kar di hai, isliye hosting band karke jo banta hai woh refund kar dijiye.\n\n"
    "Regards,\nAnand Soni\nJohari Bazaar, Jaipur")],
    "O5: day 7 of service: 17999.00 - 2000.00 setup - (15999.00/12 = 1333.25) x 1 = 14665.75; a cancellation decision beside it is harmless.",
    "O5, C6", [ref("refund", "approve", "14665.75")], extra_ok=True)

case(41, "domain-renewal", OWB, "decided", [msg(
    "Pahadi Treks <bookings@pahaditreks.in>", OW, "2025-09-24 09:30", "domain ka paisa",
    "Hello,\nPahadi Treks ke domain renewal ka ₹1,416 (OWD-2025-118) kata hai, par hum naya domain le chuke hain "
    "GoDaddy se. Ye wala domain nahi chahiye, refund kar do.\nKunal Negi\nManali")],
    "O6: third_party (domain) is never refundable: deny citing Non-refundable items.",
    "O6", [ref("refund", "deny")])

case(42, "personal-gmail-c2", OWB, "need_info", [msg(
    "Sagar Shetty <sagar.shetty77@gmail.com>", OW, "2025-09-25 14:00", "Hotel Sagar Inn deposit",
    "Hi, main Hotel Sagar Inn ka owner hoon. Contract gm@hotelsagarinn.com se sign hua tha par wo manager ke paas hai. "
    "Deposit OWD-2025-123 wapas chahiye kyunki hotel bik raha hai.\nSagar Shetty, Udupi")],
    "C2: Optima requires the request from the contract email (gm@hotelsagarinn.com); ask for it from there, no project details.",
    "C2", rules=["C2"])

case(43, "thread-cancel-reason-baad-mein", OWB, "decided", [
    msg("Kolkata Kitchen <kolkatakitchen@gmail.com>", OW, "2025-09-22 12:15",
        "Kolkata Kitchen retainer cancel - OWD-2025-125",
        "Namaskar,\nKolkata Kitchen er retainer (OWD-2025-125) cancel kar dijiye please.\nSubhadip"),
    msg("Kolkata Kitchen <kolkatakitchen@gmail.com>", OW, "2025-09-23 10:40",
        "Re: Kolkata Kitchen retainer cancel - OWD-2025-125 [OWD-2210]",
        "Reason: Durga Puja ke baad restaurant renovation ke liye 3 mahine band rahega, tab tak marketing ka koi kaam nahi.\n\n"
        "> Please let us know the reason for your cancellation.\n")],
    "s8 Optima needs a reason for cancellations; the answer gives it. Request time 2025-09-22; next_billing_at 2025-10-12 (deadline 2025-10-05): cancel effective 2025-10-11.",
    "C3 merge, O4, O8, s8 reason", [ref("cancellation", "cancel", None, "2025-10-11")])

case(44, "chargeback-dhamki", OWB, "decided", [msg(
    "Rathore Motors <rathoremotors.jodhpur@gmail.com>", OW, "2025-09-28 12:00", "DEPOSIT WAPAS KARO",
    "Rathore Motors ki website ka deposit OWD-2025-126 turant wapas karo. Aapke sales wale ne jo delivery date boli "
    "thi wo ab badal rahe ho. Kal tak paisa nahi aaya toh bank mein chargeback daal dunga.\nVikram Singh Rathore")],
    "C4: chargeback threat: escalate (whatever O2 would say).", "C4",
    [ref("refund", "escalate")], rules=["C4"])

case(45, "deposit-no-reason", OWB, "need_info", [msg(
    "Kiran Boutique <kiranboutique@gmail.com>", OW, "2025-09-30 10:20", "Refund Request — Kiran Boutique",
    "Dear Sir/Madam,\n\nPlease refund the advance paid for Kiran Boutique project. Kindly process at the earliest.\n\n"
    "Warm regards,\nKiran Mehta\nKiran Boutique | Ethnic Wear | Vadodara\n\nThis email and any attachments are "
    "confidential and intended solely for the addressee.")],
    "s8 reason: restated request, courtesy line, signature and disclaimer are no reason; invoice filled from the project's single payment: ask for the reason.",
    "C3, s8 what a reason is", missing=["reason"])

case(46, "maintenance-din-14", OWB, "decided", [msg(
    "Coastal Homestay <coastalhomestay.goa@gmail.com>", OW, "2025-09-29 20:00", "Maintenance plan refund",
    "Hi Optima,\nCoastal Homestay ka annual maintenance plan OWD-2025-115 (15 Sept se) cancel karke refund chahiye. "
    "Property lease khatam ho rahi hai, homestay band kar rahe hain.\nCheers,\nAlisha D'Souza\nCalangute, Goa")],
    "O5: service_start 2025-09-15, request 2025-09-29 = day 14, inside: 10000.00 - 0 - 10000/12 x 1 = 9166.666... rounded once = 9166.67.",
    "O5 day 14, C6 rounding", [ref("refund", "approve", "9166.67")], extra_ok=True)

case(47, "retainer-advance-paid", OWB, "decided", [msg(
    "Tiffin Express <cto@tiffinexpress.in>", OW, "2025-09-22 15:30", "App support retainer - cancel",
    "Hi team,\nTiffin Express App support retainer ko 30 Sept ke baad cancel karna hai, humne in-house developer rakh "
    "liya hai. Humne October ka payment (OWD-2025-122) galti se pehle hi kar diya tha, uska kya hoga bata dijiye.\nNaveen")],
    "s8 retainer paid in advance: next cycle (2025-10-01..10-31) already paid and notice is >= 7 days: escalate the cancellation.",
    "O4, s8 retainer paid in advance", [ref("cancellation", "escalate")], extra_ok=True)

case(48, "bounce-mailer-daemon", OWB, "ignore", [msg(
    "Mail Delivery Subsystem <MAILER-DAEMON@mail.kesarsweets.in>", OW, "2025-09-24 13:20",
    "Undelivered Mail Returned to Sender",
    "This is the mail system at host mail.kesarsweets.in.\n\nI'm sorry to have to inform you that your message could not "
    "be delivered.\n\n<accounts@kesarsweets.in>: mailbox full (refund request)",
    headers={"Auto-Submitted": "auto-generated"})],
    "C7: MAILER-DAEMON sender, delivery failure: ignore.", "C7", rules=["C7"])

if __name__ == "__main__":
    build("hi", "Hindi (Devanagari) and romanised Hinglish",
          "Language: Hindi as Indian customers write it: Devanagari, romanised Hinglish, and code-switching with "
          "English. Regional flavour from Pune, Indore, Lucknow, Ahmedabad, Dehradun, Ludhiana (Punjabi greetings), "
          "Kolkata (Bengali words), Coimbatore (Tamil greeting), Jaipur, Goa, Bikaner; registers from formal "
          "'Respected Sir' letters to one-line mobile texts.")
