"""fresh34 cases (qa34c): regenerate with `python3 make_cases.py`."""
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
            mid = f"<{lang}.{num}.{i}.fresh34@mail.example>"
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

IST, EAT, NZST, NZDT = 330, 180, 720, 780
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

# ======================= LeadsOptima =======================
cust("agarwal.textiles.bbz@gmail.com", "Shyamsundar Agarwal", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p01", "LO-INV-35011", "agarwal.textiles.bbz@gmail.com", "monthly", *Mo, "2025-09-27T11:10:00", "2025-09-27", "2025-10-26")
lopay("hi_p02", "LO-INV-35012", "agarwal.textiles.bbz@gmail.com", "monthly", *Mo, "2025-09-27T11:11:00", "2025-09-27", "2025-10-26")
case("l01-burrabazar-do-baar-kata", LOB, "decided", [M("Shyamsundar Agarwal <agarwal.textiles.bbz@gmail.com>",
     "paisa 2 baar kata - monthly plan",
     "Jai Shri Krishna ji,\n\nHum Burrabazar me kapde ka karobar karte hai. 27 tareekh ko aapka monthly plan ka paisa do baar kat gaya, "
     "ek minute ke fark se. दूसरी रसीद का नंबर lo/inv/35012 hai. Kripya dusra wala wapas kar dijiye, hisab me farak aa raha hai.\n\n"
     "Dhanyawad\nShyamsundar Agarwal\nAgarwal Textiles, 14 Armenian Street, Kolkata",
     (2025, 9, 29, 11, 0), IST)], [R("approve", "1499.00")],
     spec="L4 pair 2025-09-27, request 09-29 (day 2); 'lo/inv/35012' = LO-INV-35012 (sec.8 separators): refund 1499.00 before tax.")

cust("jalan.tea.traders@rediffmail.com", "Ramesh Jalan", "annual", start="2025-09-21", end="2026-09-20")
lopay("hi_p03", "LO-INV-35021", "jalan.tea.traders@rediffmail.com", "annual", *A, "2025-09-21T10:00:00", "2025-09-21", "2026-09-20")
lopay("hi_p04", "LO-INV-35022", "jalan.tea.traders@rediffmail.com", "annual", *A, "2025-09-21T10:01:00", "2025-09-21", "2026-09-20")
case("l02-fancybazar-day8", LOB, "decided", [M("Ramesh Jalan <jalan.tea.traders@rediffmail.com>",
     "annual plan double payment LO-INV-35022",
     "नमस्कार,\n\nहमारी फर्म जालान टी ट्रेडर्स, फैंसी बाज़ार गुवाहाटी। 21 सितम्बर को annual plan का पेमेंट दो बार हो गया (LO-INV-35021 और LO-INV-35022)। "
     "पूजा की छुट्टियों की वजह से देर से लिख रहे हैं। दूसरा पेमेंट वापस करने की कृपा करें।\n\nराम राम\nरमेश जालान",
     (2025, 9, 29, 10, 30), IST)], [R("deny")],
     spec="Charges 2025-09-21, request 2025-09-29: day 8, outside the 7-day window (L3): deny.")

cust("bajaj.hardware.tsk@gmail.com", "Vinod Bajaj", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("hi_p05", "LO-INV-35031", "bajaj.hardware.tsk@gmail.com", "quarterly", *Q, "2025-09-23T18:00:00", "2025-09-23", "2025-12-22")
lopay("hi_p06", "LO-INV-35032", "bajaj.hardware.tsk@gmail.com", "quarterly", *Q, "2025-09-23T18:02:00", "2025-09-23", "2025-12-22")
case("l03-tinsukia-day7-raat", LOB, "decided", [M("Vinod Bajaj <bajaj.hardware.tsk@gmail.com>",
     "quarterly ka double charge",
     "Namaste,\n\nDukaan band karke ab hisab dekh raha hu. 23 ko quarterly plan ka 3999 + GST do baar laga hai, LO-INV-35031 aur LO-INV-35032. "
     "Ek hi plan liya tha. Dusra wala refund kar do please, aaj hi likh raha hu taaki 7 din ke andar ho jaye.\n\nVinod Bajaj\nBajaj Hardware, Tinsukia",
     (2025, 9, 30, 21, 0), IST)], [R("approve", "3999.00")],
     spec="Charges 2025-09-23, request 09-30 21:00 IST: day 7 (inside L3); L4 pair: refund LO-INV-35032 3999.00.")

cust("mirza.attar.lko@gmail.com", "Mirza Asif Beg", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p07", "LO-INV-35041", "mirza.attar.lko@gmail.com", "monthly", *Mo, "2025-09-26T12:00:00", "2025-09-26", "2025-10-25")
case("l04-lucknow-adaab-login", LOB, "decided", [M("Mirza Asif Beg <mirza.attar.lko@gmail.com>",
     "Login mein dushwari",
     "Adaab arz hai,\n\nJanab-e-aali, guzarish yeh hai ki humne 26 tareekh ko aapka monthly plan liya tha, apni itr ki dukaan ke liye. "
     "Magar afsos ki baat hai ki us din se aaj tak hum login nahi kar paaye, har martaba 'invalid session' aa jata hai. "
     "Aap se iltija hai ki jo raqam adaa ki gayi hai woh wapas farma dein.\n\nKhuda hafiz\nMirza Asif Beg\nChowk, Lucknow",
     (2025, 9, 28, 17, 0), IST)], [R("escalate")],
     spec="Access failure from the registered email, one payment (LO-INV-35041, 2025-09-26) fills the invoice; day 2: escalate (L6).")

cust("kazmi.chikan@yahoo.co.in", "Syed Hasan Kazmi", "annual", start="2025-04-01", end="2026-03-31")
lopay("hi_p08", "LO-INV-35051", "kazmi.chikan@yahoo.co.in", "annual", *A, "2025-04-01T10:00:00", "2025-04-01", "2026-03-31")
case("l05-aminabad-tehzeeb-cancel", LOB, "decided", [M("Syed Hasan Kazmi <kazmi.chikan@yahoo.co.in>",
     "सब्सक्रिप्शन बंद करने की गुज़ारिश",
     "आदाब,\n\nमोहतरम, बड़े अदब के साथ गुज़ारिश है कि हमारी चिकनकारी की दुकान का सालाना प्लान बंद फ़रमा दें। वालिद साहब की तबीयत नासाज़ रहती है "
     "और अब कारोबार छोटा कर दिया है, इसलिए इस सॉफ्टवेयर की ज़रूरत नहीं रही। जितने दिन बाक़ी हैं उतने दिन चलता रहे, कोई एतराज़ नहीं।\n\n"
     "शुक्रिया के साथ,\nसैयद हसन काज़मी\nअमीनाबाद, लखनऊ",
     (2025, 9, 27, 12, 0), IST)], [X("cancel", "2026-03-31")],
     spec="Cancellation with a reason: active until current_period_end 2026-03-31 (L8).")

cust("stanzin.homestay@gmail.com", "Stanzin Dolma", "monthly", start="2025-09-12", end="2025-10-11")
lopay("hi_p09", "LO-INV-35061", "stanzin.homestay@gmail.com", "monthly", *Mo, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("l06-leh-access-late", LOB, "decided", [M("Stanzin Dolma <stanzin.homestay@gmail.com>",
     "Julley - platform nahi khulta",
     "Julley!\n\nMain Leh mein homestay chalati hu. 12 September ko monthly plan liya (LO-INV-35061) par tab se platform khulta hi nahi, "
     "sirf loading. Pehle socha yahan ka internet hai, par Delhi mein bhai ne bhi try kiya, wahan bhi nahi khula. Season khatam ho gaya, "
     "paisa wapas chahiye.\n\nStanzin Dolma\nChangspa, Leh",
     (2025, 9, 29, 14, 0), IST)], [R("deny")],
     spec="Access failure, but charge 2025-09-12 and request 09-29: day 17, outside the 7-day window (L3): deny.")

cust("padma.angmo.leh@gmail.com", "Padma Angmo", "monthly", status="trial", trial_ends="2025-10-06")
case("l07-leh-trial", LOB, "decided", [M("Padma Angmo <padma.angmo.leh@gmail.com>",
     "trial ka paisa wapas",
     "नमस्ते जी, मैंने trial लिया था अपने travel desk के लिए। मुझे नहीं चाहिए अब, जो भी पैसा लगा हो वापस कर दीजिए।\n\nPadma, Leh",
     (2025, 9, 29, 16, 0), IST)], [R("deny")], extra_ok=True,
     spec="Free trial, no charges on record: nothing to refund (L7); the reply says no billing occurs unless she subscribes. 'Mujhe nahi chahiye ab' may also be read as ending the trial: an extra cancellation decision is allowed (extra_ok).")

cust("andaman.seashell@gmail.com", "Joseph Minj", "monthly", status="cancelled", start="2025-08-26", end="2025-09-25")
lopay("hi_p10", "LO-INV-35081", "andaman.seashell@gmail.com", "monthly", *Mo, "2025-08-26T10:00:00", "2025-08-26", "2025-09-25")
lopay("hi_p11", "LO-INV-35082", "andaman.seashell@gmail.com", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l08-portblair-cancel-ke-baad-charge", LOB, "decided", [M("Joseph Minj <andaman.seashell@gmail.com>",
     "cancel karne ke baad bhi paisa kata",
     "Namaskar,\n\nMaine 20 September ko hi Billing > Cancel Plan se plan cancel kar diya tha, screenshot bhi hai. Phir bhi 26 ko "
     "LO-INV-35082 ka paisa kaat liya. Yeh galat hai, cancel ke baad charge kiya gaya hai. Wapas kijiye.\n\nJoseph Minj\nAberdeen Bazaar, Port Blair",
     (2025, 9, 28, 10, 0), IST)], [R("escalate")],
     spec="'Charged after I cancelled' = billing_error, charge 2025-09-26, request day 2: escalate (L5).")

cust("shah.electricals.nbo@gmail.com", "Hitesh Shah", "monthly", start="2025-09-24", end="2025-10-23")
lopay("hi_p12", "LO-INV-35091", "shah.electricals.nbo@gmail.com", "monthly", *Mo, "2025-09-24T12:00:00", "2025-09-24", "2025-10-23")
lopay("hi_p13", "LO-INV-35092", "shah.electricals.nbo@gmail.com", "monthly", *Mo, "2025-09-24T12:01:00", "2025-09-24", "2025-10-23")
case("l09-nairobi-subah-day7", LOB, "decided", [M("Hitesh Shah <shah.electricals.nbo@gmail.com>",
     "Double debit monthly plan",
     "Jambo / Namaste,\n\nHum Nairobi (Ngara) se likh rahe hai. 24 Sept ko monthly plan do baar charge hua, LO-INV-35091 aur LO-INV-35092, "
     "bank card pe dono entries dikh rahi hai. Doosri entry ka refund kar dijiye.\n\nAsante,\nHitesh Shah\nShah Electricals Ltd, Nairobi",
     (2025, 10, 1, 6, 0), EAT)], [R("approve", "1499.00")],
     spec="Sent 2025-10-01 06:00 +03:00 = 08:30 IST: day 7 after the 09-24 charges (inside L3); L4: refund LO-INV-35092 1499.00.")

cust("patel.spares.mba@gmail.com", "Kiran Patel", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("hi_p14", "LO-INV-35101", "patel.spares.mba@gmail.com", "quarterly", *Q, "2025-09-22T10:00:00", "2025-09-22", "2025-12-21")
lopay("hi_p15", "LO-INV-35102", "patel.spares.mba@gmail.com", "quarterly", *Q, "2025-09-22T10:01:00", "2025-09-22", "2025-12-21")
case("l10-mombasa-raat-day8", LOB, "decided", [M("Kiran Patel <patel.spares.mba@gmail.com>",
     "quarterly 2 baar - LO-INV-35102",
     "Namaste ji, Mombasa se. 22 tareekh ko quarterly plan 2 baar kata (LO-INV-35101, LO-INV-35102). Aaj 29 hai yahan, 7 din ke andar "
     "hi likh raha hu. Doosra refund karo please.\n\nKiran Patel\nPatel Motor Spares, Mombasa",
     (2025, 9, 29, 22, 0), EAT)], [R("deny")],
     spec="Sent 2025-09-29 22:00 +03:00 = 09-30 00:30 IST: day 8 counted in the brand's zone: outside L3, deny.")

cust("accounts@mehtagroupdar.co.tz", "Mehta Group", "annual", start="2025-09-26", end="2026-09-25")
lopay("hi_p16", "LO-INV-35111", "accounts@mehtagroupdar.co.tz", "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
lopay("hi_p17", "LO-INV-35112", "accounts@mehtagroupdar.co.tz", "annual", *A, "2025-09-26T10:02:00", "2025-09-26", "2026-09-25")
case("l11-dar-c2-gmail", LOB, "need_info", [M("Nilesh Mehta <nileshmehta.dar@gmail.com>",
     "annual plan double payment",
     "Namaste, office ka mail abhi nahi chal raha isliye personal se likh raha hu. Hamara registered email accounts@mehtagroupdar.co.tz hai. "
     "Annual plan do baar charge hua 26 ko, LO-INV-35112 wapas karo.\n\nNilesh Mehta, Dar es Salaam",
     (2025, 9, 29, 11, 0), EAT)], rules=["C2"],
     spec="Sender is not the registered email he names: C2, ask for the request from accounts@mehtagroupdar.co.tz; nothing about the account.")

cust("gurpreet.kaur.akl@xtra.co.nz", "Gurpreet Kaur", "monthly", start="2025-09-23", end="2025-10-22")
lopay("hi_p18", "LO-INV-35121", "gurpreet.kaur.akl@xtra.co.nz", "monthly", *Mo, "2025-09-23T20:00:00", "2025-09-23", "2025-10-22")
lopay("hi_p19", "LO-INV-35122", "gurpreet.kaur.akl@xtra.co.nz", "monthly", *Mo, "2025-09-23T20:01:00", "2025-09-23", "2025-10-22")
case("l12-auckland-nz-day8", LOB, "decided", [M("Gurpreet Kaur <gurpreet.kaur.akl@xtra.co.nz>",
     "24 ko do baar charge - LO-INV-35122",
     "Sat Sri Akal ji,\n\nMain Auckland (Papatoetoe) se likh rahi hu. Mere card pe 24 September ki subah 2:30 baje do charges aaye, monthly "
     "plan ke, LO-INV-35121 aur LO-INV-35122. Aaj 1 October hai yahan, matlab 7 din hi hue. Doosra wala refund kar dijiye.\n\nGurpreet Kaur",
     (2025, 10, 1, 9, 0), NZDT)], [R("deny")],
     spec="Charges 2025-09-23 20:00 IST (= 09-24 02:30 NZST her time); sent 10-01 09:00 +13:00 = 10-01 01:30 IST: day 8 in the brand's zone: deny (L3).")

cust("srinivas.rao.vzg@gmail.com", "Srinivas Rao", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p20", "LO-INV-35131", "srinivas.rao.vzg@gmail.com", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
case("l13-vizag-telugu-wrong-amount", LOB, "decided", [M("Srinivas Rao <srinivas.rao.vzg@gmail.com>",
     "wrong amount cut andi",
     "Namaskaram andi,\n\nMonthly plan 1499 + GST ani website lo undi, kaani mere account se 2,499 kata hai andi, LO-INV-35131. "
     "Ye wrong amount hai, billing mistake. Extra paisa wapas kijiye please. Emi cheyyali cheppandi.\n\nSrinivas Rao\nDwaraka Nagar, Visakhapatnam",
     (2025, 9, 29, 12, 0), IST)], [R("escalate")],
     spec="Wrong amount = billing_error inside the window (charge 2025-09-27, day 2): escalate with the charge (L5); the amount in the mail is not trusted.")

cust("manjunath.gowda.blr@gmail.com", "Manjunath Gowda", "monthly")
lopay("hi_p21", "LO-INV-35141", "manjunath.gowda.blr@gmail.com", "monthly", *Mo, "2025-09-05T10:00:00")
case("l14-mysuru-kannada-cancel-fallback", LOB, "decided", [M("Manjunath Gowda <manjunath.gowda.blr@gmail.com>",
     "plan cancel maadi",
     "Namaskara sir,\n\nMonthly plan cancel kar dijiye please, swalpa budget problem hai is season. Aage zaroorat padi to phir lenge. "
     "Dhanyavadagalu.\n\nManjunath Gowda\nGowda Silks, Mysuru",
     (2025, 9, 29, 15, 0), IST)], [X("cancel", "2025-10-04")],
     spec="No period in the ledger: L8 fallback, last charge 2025-09-05 + 1 month - 1 day = 2025-10-04.")

cust("subedar.rathore.retd@gmail.com", "Bhanwar Singh Rathore", "annual", start="2025-09-25", end="2026-09-24")
lopay("hi_p22", "LO-INV-35151", "subedar.rathore.retd@gmail.com", "annual", *A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
lopay("hi_p23", "LO-INV-35152", "subedar.rathore.retd@gmail.com", "annual", *A, "2025-09-25T10:03:00", "2025-09-25", "2026-09-24")
case("l15-subedar-formal-dup", LOB, "decided", [M("Sub. Bhanwar Singh Rathore (Retd) <subedar.rathore.retd@gmail.com>",
     "वार्षिक योजना की दोहरी कटौती",
     "सेवा में,\nप्रबंधक महोदय,\nलीड्सऑप्टिमा सपोर्ट।\n\nमहोदय,\n\nसविनय निवेदन है कि अधोहस्ताक्षरी सेना से सेवानिवृत्त सूबेदार है तथा पूर्व सैनिकों की "
     "सिक्योरिटी एजेंसी का संचालन करता है। दिनांक 25.09.2025 को वार्षिक योजना हेतु ग्यारह हज़ार नौ सौ अठासी रुपये (जीएसटी अतिरिक्त) की राशि "
     "मेरे खाते से दो बार काटी गई, रसीद संख्या LO-INV-35151 तथा LO-INV-35152। अतः निवेदन है कि दूसरी कटौती की राशि शीघ्र लौटाने की कृपा करें।\n\n"
     "जय हिंद।\n\nभवदीय,\nसूबेदार भँवर सिंह राठौड़ (से.नि.)\nराठौड़ एक्स-सर्विसमेन सिक्योरिटी सर्विसेज़",
     (2025, 9, 29, 9, 0), IST)], [R("approve", "11988.00")],
     spec="L4 pair 2025-09-25, request 09-29 (day 4): refund LO-INV-35152 11988.00 (amount in words not trusted over the ledger).")

cust("sardar.dhaba.nh37@gmail.com", "Kulwant Singh", "monthly", start="2025-09-28", end="2025-10-27")
lopay("hi_p24", "LO-INV-35161", "sardar.dhaba.nh37@gmail.com", "monthly", *Mo, "2025-09-28T13:00:00", "2025-09-28", "2025-10-27")
lopay("hi_p25", "LO-INV-35162", "sardar.dhaba.nh37@gmail.com", "monthly", *Mo, "2025-09-28T13:01:00", "2025-09-28", "2025-10-27")
case("l16-dhaba-thread-invoice", LOB, "decided", [
    M("Kulwant Singh <sardar.dhaba.nh37@gmail.com>", "paisa do baar",
      "bhaji sat sri akal\napne dhabe ke liye monthly plan liya tha kal, paisa do baar kat gaya. ek wapas karo ji. bill number mere munde ke phone me hai, "
      "woh shaam ko bhejega\nKulwant Singh\nSardar Punjabi Dhaba, NH37 Jorabat",
      (2025, 9, 29, 13, 0), IST),
    M("Kulwant Singh <sardar.dhaba.nh37@gmail.com>", "Re: paisa do baar",
      "ji doosri parchi ka number LO-INV-35162 hai\n\n> apne dhabe ke liye monthly plan liya tha kal, paisa do baar kat gaya.",
      (2025, 9, 29, 20, 30), IST)], [R("approve", "1499.00")],
     spec="Thread: the answer names the duplicate LO-INV-35162; L4 pair 2025-09-28, request 09-29 (day 1): refund 1499.00.")

cust("sharma.tuitions.agt@gmail.com", "Meenakshi Sharma", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("hi_p26", "LO-INV-35171", "sharma.tuitions.agt@gmail.com", "quarterly", *Q, "2025-09-24T19:00:00", "2025-09-24", "2025-12-23")
case("l17-tuition-teacher-refund-cancel", LOB, "decided", [M("Meenakshi Sharma <sharma.tuitions.agt@gmail.com>",
     "Refund aur cancel - LO-INV-35171",
     "Namaste sir/ma'am,\n\nMain ghar pe class 9-10 ke bachchon ko tuition padhati hu. Socha tha is software se naye students milenge, par "
     "is baar admission hi kam hue aur fees bhi nahi aayi. Mujhse ab yeh kharcha nahi uthega. Please quarterly plan cancel kar dijiye aur "
     "LO-INV-35171 ka paisa wapas kar dijiye, maine ise use bhi nahi kiya.\n\nMeenakshi Sharma\nAgartala",
     (2025, 9, 27, 18, 30), IST)], [R("deny"), X("cancel", "2025-12-23")],
     spec="Can't afford / not used is no L2 exception: refund deny (L1); cancel, active until current_period_end 2025-12-23 (L8).")

cust("goyal.properties.nsk@gmail.com", "Pankaj Goyal", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p27", "LO-INV-35181", "goyal.properties.nsk@gmail.com", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l18-broker-bank-dispute", LOB, "decided", [M("Pankaj Goyal <goyal.properties.nsk@gmail.com>",
     "Wrong charge LO-INV-35181 !!!",
     "Dekhiye, main property dealer hu, mera time kimti hai. Aapne mere plan se zyada amount kaata hai, yeh wrong billing hai. "
     "48 ghante me refund nahi aaya to main bank me dispute daal dunga aur chargeback karwa dunga. Samjhe?\n\nPankaj Goyal\nGoyal Properties & Estates, Nashik",
     (2025, 9, 29, 12, 30), IST)], [R("escalate")], rules=["C4"],
     spec="A chargeback / bank-dispute threat: escalate (C4).")

cust("info@jeevandhara-ngo.org", "Jeevandhara Seva Samiti", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("hi_p28", "LO-INV-35191", "info@jeevandhara-ngo.org", "quarterly", *Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
case("l19-ngo-funding-cancel", LOB, "decided", [M("Jeevandhara Seva Samiti <info@jeevandhara-ngo.org>",
     "क्वार्टरली प्लान बंद करने हेतु",
     "आदरणीय महोदय/महोदया,\n\nहमारी संस्था जीवनधारा सेवा समिति सुंदरबन में महिलाओं के स्वयं सहायता समूहों के साथ काम करती है। CSR फंडिंग का "
     "प्रोजेक्ट अक्टूबर में खत्म हो रहा है, इसलिए हमें अपना क्वार्टरली प्लान बंद करना है। आगे नवीनीकरण न करें।\n\nसधन्यवाद,\n"
     "सुप्रिया घोष-अग्रवाल\nकार्यक्रम समन्वयक",
     (2025, 9, 26, 15, 0), IST)], [X("cancel", "2025-10-31")],
     spec="Cancellation with a reason (funding ends): active until current_period_end 2025-10-31 (L8).")

cust("choudhary.cement.dbr@gmail.com", "Rajkumar Choudhary", "monthly", start="2025-09-28", end="2025-10-27")
lopay("hi_p29", "LO-INV-35201", "choudhary.cement.dbr@gmail.com", "monthly", *Mo, "2025-09-28T16:00:00", "2025-09-28", "2025-10-27")
lopay("hi_p30", "LO-INV-35202", "choudhary.cement.dbr@gmail.com", "monthly", *Mo, "2025-09-28T16:02:00", "2025-09-28", "2025-10-27")
case("l20-dibrugarh-chargeback-nahi", LOB, "decided", [M("Rajkumar Choudhary <choudhary.cement.dbr@gmail.com>",
     "monthly ka 2 baar payment",
     "Namaskar,\n\nKal monthly plan ka payment do baar ho gaya, LO-INV-35201 aur LO-INV-35202. Bank wale bol rahe the chargeback daal do, "
     "par hum chargeback-vargeback nahi karna chahte, aap se seedha baat karke suljha lenge. Doosra payment wapas kar dijiye.\n\n"
     "Rajkumar Choudhary\nChoudhary Cement Agency, Dibrugarh",
     (2025, 9, 29, 10, 0), IST)], [R("approve", "1499.00")],
     spec="The chargeback is ruled out (sec.8 negation): no C4. L4 pair 2025-09-28, request day 1: refund LO-INV-35202 1499.00.")

cust("tiwari.medicals.lko@gmail.com", "Anil Tiwari", "monthly", start="2025-09-20", end="2025-10-19")
lopay("hi_p31", "LO-INV-35211", "tiwari.medicals.lko@gmail.com", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l21-consumer-forum-refund-cancel", LOB, "decided", [M("Anil Tiwari <tiwari.medicals.lko@gmail.com>",
     "शिकायत - प्लान बंद करें और पैसा लौटाएँ",
     "महोदय,\n\nआपका सॉफ्टवेयर हमारे मेडिकल स्टोर के किसी काम का नहीं निकला। तुरंत मेरा मंथली प्लान बंद करें और LO-INV-35211 का पैसा लौटाएँ, "
     "वरना मैं उपभोक्ता फोरम में शिकायत दर्ज कराऊँगा।\n\nअनिल तिवारी\nतिवारी मेडिकल्स, कपूरथला, लखनऊ",
     (2025, 9, 27, 13, 0), IST)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="Consumer forum threat: C4 escalates every intent of the mail, the cancellation included (sec.8).")

case("l22-hindi-out-of-office", LOB, "ignore", [M("Ramesh Jalan <jalan.tea.traders@rediffmail.com>",
     "स्वचालित उत्तर: Re: annual plan double payment LO-INV-35022 [LO-5102]",
     "नमस्कार, मैं 5 अक्टूबर तक दुर्गा पूजा की छुट्टी पर हूँ। ज़रूरी काम के लिए गद्दी पर फ़ोन करें।",
     (2025, 9, 29, 10, 31), IST, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied: ignore (C7).")

cust("rao.coaching.gnt@gmail.com", "Lakshmi Prasanna Rao", "monthly", start="2025-09-15", end="2025-10-14")
lopay("hi_p32", "LO-INV-35231", "rao.coaching.gnt@gmail.com", "monthly", *Mo, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("l23-guntur-refund-nahi-bas-cancel", LOB, "decided", [M("Lakshmi Prasanna Rao <rao.coaching.gnt@gmail.com>",
     "cancel only andi",
     "Namaste andi,\n\nRefund nahi chahiye, is mahine ka paisa theek hai. Bas monthly plan ko aage renew mat kijiye, cancel kar dijiye. "
     "Humara coaching centre ab naye building me shift ho raha hai.\n\nLakshmi Prasanna\nRao Coaching Centre, Guntur",
     (2025, 9, 28, 11, 0), IST)], [X("cancel", "2025-10-14")],
     spec="'Refund nahi chahiye' adds no refund (sec.8); cancel, active until current_period_end 2025-10-14 (L8).")

case("l24-hypothetical-annual", LOB, "other", [M("Deepak Kejriwal <deepak.kejriwal.ccu@gmail.com>",
     "annual plan ke baare me sawal",
     "Namaste,\n\nHum Kolkata me steel trading karte hai. Agar hum annual plan le aur 2 mahine baad pasand na aaye, to kya refund milega? "
     "Ya sirf cancel hoga? Pehle clear kar lete hai, phir payment karenge.\n\nDeepak Kejriwal",
     (2025, 9, 29, 11, 30), IST)],
     spec="Hypothetical question before buying (sec.8), no account: other.")

cust("darjee.andaman@gmail.com", "Mohan Darjee", "monthly", start="2025-09-10", end="2025-10-09")
lopay("hi_p33", "LO-INV-35251", "darjee.andaman@gmail.com", "monthly", *Mo, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
case("l25-havelock-thanks", LOB, "other", [M("Mohan Darjee <darjee.andaman@gmail.com>",
     "dhanyavaad",
     "नमस्ते, पिछले महीने जो login की दिक्कत थी वो आपकी टीम ने ठीक कर दी थी, अब सब बढ़िया चल रहा है। बहुत बहुत धन्यवाद।\n\nMohan, Havelock Island",
     (2025, 9, 28, 18, 0), IST)],
     spec="Thanks for a past fix, nothing asked: other.")

cust("reddy.traders.hyd@gmail.com", "Venkat Reddy", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p34", "LO-INV-35261", "reddy.traders.hyd@gmail.com", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
case("l26-no-reason-refund", LOB, "need_info", [M("Venkat Reddy <reddy.traders.hyd@gmail.com>",
     "Refund LO-INV-35261",
     "Sir,\nKripya LO-INV-35261 ka refund kar dijiye.\nDhanyavaad.\n\nRegards,\nVenkat Reddy\nReddy Traders, Kurnool\nMob: 98xxxxxx21\n"
     "*** Please consider the environment before printing this email ***",
     (2025, 9, 28, 12, 0), IST)], missing=["reason"],
     spec="Only the request, a sign-off and a signature: no reason (sec.8); plan from the ledger, invoice given: ask for the reason (C3).")

cust("director@sunriseacademy-shl.in", "Sunrise Academy", "annual", start="2025-09-27", end="2026-09-26")
lopay("hi_p35", "LO-INV-35271", "director@sunriseacademy-shl.in", "annual", *A, "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
lopay("hi_p36", "LO-INV-35272", "director@sunriseacademy-shl.in", "annual", *A, "2025-09-27T10:02:00", "2025-09-27", "2026-09-26")
case("l27-shillong-gmail-hindi-fwd-c2", LOB, "need_info", [M("Ritu Agarwala <ritu.agarwala.office@gmail.com>",
     "Fwd: LeadsOptima double payment",
     "नीचे सर का मेल है, कृपया देख लें।\n\n---------- अग्रेषित संदेश ---------\nप्रेषक: Director Sunrise Academy <director@sunriseacademy-shl.in>\n"
     "दिनांक: रवि, 28 सित॰ 2025, 7:15 pm\nविषय: LeadsOptima double payment\nप्रति: Ritu <ritu.agarwala.office@gmail.com>\n\n"
     "Ritu, LeadsOptima ko likho ki annual plan do baar kata hai (LO-INV-35272 doosra hai), hamara account director@sunriseacademy-shl.in pe hai. "
     "Doosra paisa wapas mangwao.\n",
     (2025, 9, 29, 10, 0), IST)], rules=["C2"],
     spec="Gmail forward (Hindi client wording); the forwarded request names the registered email director@sunriseacademy-shl.in, the sender is another address: C2.")

cust("rk.srivastava1951@gmail.com", "Rajkishore Srivastava", "monthly", start="2025-09-18", end="2025-10-17")
lopay("hi_p37", "LO-INV-35281", "rk.srivastava1951@gmail.com", "monthly", *Mo, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("l28-lucknow-beta-carer-c2", LOB, "need_info", [M("Abhishek Srivastava <abhishek.sri.pune@gmail.com>",
     "Papa ka plan band karna hai",
     "Namaste,\n\nMain Abhishek, Pune se likh raha hu. Mere pitaji Shri Rajkishore Srivastava (74 varsh) ne Lucknow me apni purani "
     "typing-photocopy dukaan ke liye aapka monthly plan le liya tha. Unki tabiyat theek nahi rehti aur ab dukaan band hai. Unka email "
     "rk.srivastava1951@gmail.com hai, woh khud mail nahi kar paate. Kripya plan band kar dijiye.\n\nAbhishek Srivastava",
     (2025, 9, 27, 20, 0), IST)], rules=["C2"],
     spec="A son writes for his elderly father from his own address, naming the registered email: C2, ask for the request from rk.srivastava1951@gmail.com.")

cust("nightdesk@coralreefresort-pb.in", "Coral Reef Resort", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p38", "LO-INV-35291", "nightdesk@coralreefresort-pb.in", "monthly", *Mo, "2025-09-27T21:00:00", "2025-09-27", "2025-10-26")
case("l29-portblair-night-manager-html", LOB, "decided", [M("Coral Reef Resort Night Desk <nightdesk@coralreefresort-pb.in>",
     "Dashboard login nahi ho raha", None, (2025, 9, 30, 2, 40), IST,
     html="<div dir='ltr'><p>Namaste,</p><p>Main Coral Reef Resort ka night manager bol raha hu. Raat ke 2:40 baj rahe hai aur GM sahab ko "
          "subah tak leads ki report chahiye, par dashboard pe login <b>hota hi nahi</b>, 'account suspended' dikha raha hai. Shanivaar raat "
          "payment kiya tha tab se yahi haal hai. Jab use hi nahi kar pa rahe to is mahine ka paisa wapas kijiye.</p>"
          "<p>Shukriya,<br>Ravi Ekka<br>Night Manager, Coral Reef Resort, Port Blair</p></div>")], [R("escalate")],
     spec="HTML-only mail; access failure from the registered email, one payment (LO-INV-35291, 2025-09-27 21:00, Saturday night), request day 3: escalate (L6).")

cust("maheshwari.yarn.ccu@gmail.com", "Sushil Maheshwari", "quarterly", start="2025-09-28", end="2025-12-27")
lopay("hi_p39", "LO-INV-35301", "maheshwari.yarn.ccu@gmail.com", "quarterly", *Q, "2025-09-28T12:00:00", "2025-09-28", "2025-12-27")
lopay("hi_p40", "LO-INV-35302", "maheshwari.yarn.ccu@gmail.com", "quarterly", *Q, "2025-09-28T12:01:00", "2025-09-28", "2025-12-27")
case("l30-posta-dup-and-cancel", LOB, "decided", [M("Sushil Maheshwari <maheshwari.yarn.ccu@gmail.com>",
     "do kaam hai",
     "Namaskar ji,\n\nDo baat hai. (1) Parso quarterly plan ka paisa do baar gaya, LO-INV-35301 aur LO-INV-35302 - doosra lauta dijiye. "
     "(2) Humara dhandha Posta se Howrah shift ho raha hai aur naya partner apna software laayega, to plan ko bhi band kar dijiye, "
     "is quarter ke baad renew mat karna.\n\nSushil Maheshwari\nMaheshwari Yarn Agency, Posta Bazar, Kolkata",
     (2025, 9, 30, 11, 0), IST)], [R("approve", "3999.00"), X("cancel", "2025-12-27")],
     spec="Refund: L4 pair 2025-09-28, request 09-30 (day 2): 3999.00 (LO-INV-35302). Cancel: active until current_period_end 2025-12-27 (L8).")

cust("kamath.printers.udupi@gmail.com", "Raghavendra Kamath", "annual", start="2025-06-01", end="2026-05-31")
lopay("hi_p41", "LO-INV-35311", "kamath.printers.udupi@gmail.com", "annual", *A, "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
case("l31-udupi-gst-question", LOB, "other", [M("Raghavendra Kamath <kamath.printers.udupi@gmail.com>",
     "GST invoice chahiye",
     "Namaskara,\n\nLO-INV-35311 ka GST invoice chahiye, hamara GSTIN us me nahi aaya hai. CA ne maanga hai. Payment me koi problem nahi hai, "
     "sirf sahi invoice bhej dijiye.\n\nRaghavendra Kamath\nKamath Printers, Udupi",
     (2025, 9, 29, 11, 0), IST)],
     spec="A request for a corrected GST invoice, neither refund nor cancellation: other.")

case("l32-vyapari-sangh-bulletin", LOB, "ignore", [M("Marwari Vyapari Sangh <bulletin@vyaparisangh.org.in>",
     "सदस्य बुलेटिन: दिवाली मेला स्टॉल बुकिंग",
     "सभी सदस्यों को सूचित किया जाता है कि दिवाली मेला स्टॉल की बुकिंग 10 अक्टूबर तक रद्द करने पर पूरा पैसा वापस मिलेगा।\n\nसदस्यता छोड़ने हेतु यहाँ क्लिक करें।",
     (2025, 9, 29, 8, 0), IST, hdr={"Precedence": "list", "List-Id": "Sangh bulletin <bulletin.vyaparisangh.org.in>"})], rules=["C7"],
     spec="Precedence: list and a List-Id: ignore (C7), although it speaks of cancelling and refunds.")

cust("desai.hardware.ksm@gmail.com", "Jayesh Desai", "monthly", start="2025-09-06", end="2025-10-05")
lopay("hi_p42", "LO-INV-35331", "desai.hardware.ksm@gmail.com", "monthly", *Mo, "2025-09-06T10:00:00", "2025-09-06", "2025-10-05")
case("l33-kisumu-old-wrong-amount", LOB, "decided", [M("Jayesh Desai <desai.hardware.ksm@gmail.com>",
     "purana galat charge LO-INV-35331",
     "Namaste,\n\nKisumu se likh raha hu. Hisab milate waqt dekha ki 6 September wala charge, LO-INV-35331, galat amount ka tha, plan se zyada. "
     "Billing error hai. Use refund kar dijiye.\n\nJayesh Desai\nDesai Hardware, Kisumu",
     (2025, 9, 29, 10, 0), EAT)], [R("deny")],
     spec="Billing error on the 2025-09-06 charge; request 2025-09-29 12:30 IST: day 23, outside L3: deny.")

cust("harjit.sandhu.nz@gmail.com", "Harjit Sandhu", "annual", start="2025-03-15", end="2026-03-14")
lopay("hi_p44", "LO-INV-35341", "harjit.sandhu.nz@gmail.com", "annual", *A, "2025-03-15T10:00:00", "2025-03-15", "2026-03-14")
case("l34-hamilton-nz-cancel", LOB, "decided", [M("Harjit Sandhu <harjit.sandhu.nz@gmail.com>",
     "annual plan cancel",
     "Sat Sri Akal,\n\nHamilton (NZ) se. Humne apna kiwifruit contracting ka kaam bhai ko de diya hai, to annual plan ki zaroorat nahi. "
     "Isko cancel kar do, March me renew nahi hona chahiye.\n\nHarjit Sandhu",
     (2025, 9, 30, 19, 0), NZDT)], [X("cancel", "2026-03-14")],
     spec="Cancellation with a reason: active until current_period_end 2026-03-14 (L8).")

cust("naidu.agencies.nlr@gmail.com", "Suresh Naidu", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p45", "LO-INV-35351", "naidu.agencies.nlr@gmail.com", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("hi_p46", "LO-INV-35352", "naidu.agencies.nlr@gmail.com", "monthly", *Mo, "2025-09-26T10:02:00", "2025-09-26", "2025-10-25", status="refunded")
case("l35-nellore-second-already-refunded", LOB, "decided", [M("Suresh Naidu <naidu.agencies.nlr@gmail.com>",
     "double charge andi - LO-INV-35352",
     "Namaskaram,\n\n26 ko monthly 2 times charge ayyindi, LO-INV-35351 and LO-INV-35352. Bank wale bol rahe hai ek reverse ho gaya shayad, "
     "par mujhe pakka nahi pata. Please check karke doosra refund kar dijiye.\n\nSuresh Naidu, Nellore",
     (2025, 9, 28, 12, 0), IST)], [R("escalate")],
     spec="The second charge has status refunded: no pair of paid charges (L4), and a refund of a non-paid payment is escalated (sec.8).")

cust("bhat.spices.skl@gmail.com", "Ganesh Bhat", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p47", "LO-INV-35361", "bhat.spices.skl@gmail.com", "monthly", *Mo, "2025-08-27T10:00:00", "2025-08-27", "2025-09-26")
lopay("hi_p48", "LO-INV-35362", "bhat.spices.skl@gmail.com", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
case("l36-sakleshpur-thread-access", LOB, "decided", [
    M("Ganesh Bhat <bhat.spices.skl@gmail.com>", "login aagtilla - access problem",
      "Namaskara,\n\nRenewal ke baad se login hi nahi ho raha, 'account locked' bolta hai. Do din se try kar raha hu. Is baar ka paisa wapas chahiye.\n\nGanesh Bhat",
      (2025, 9, 29, 9, 0), IST),
    M("Ganesh Bhat <bhat.spices.skl@gmail.com>", "Re: login aagtilla - access problem",
      "Invoice number LO-INV-35362 hai (27 Sept wala).\n\nGanesh",
      (2025, 9, 30, 10, 0), IST)], [R("escalate")],
     spec="Thread: first mail lacks the invoice (two charges on record); the answer names LO-INV-35362 (2025-09-27); request time 09-29, day 2: access failure, escalate (L6).")

# ======================= Optima WebDesign =======================
proj("Lohia Saree Kendra", "lohia.sarees@gmail.com", None)
owpay("hi_w01", "OWD-2025-501", "Lohia Saree Kendra", "deposit", "20000.00", "3600.00", "2025-09-27T11:00:00")
case("o01-kolkata-deposit-50h", OWB, "decided", [M("Lohia Saree Kendra <lohia.sarees@gmail.com>",
     "Refund Request — Lohia Saree Kendra / OWD-2025-501",
     "Pranam,\n\nHumne Lohia Saree Kendra ki website ke liye parso booking deposit diya tha (OWD-2025-501). Ghar me baat hui, bade bhaiya "
     "bol rahe hai abhi Diwali ka season hai, website baad me banayenge. Isliye deposit wapas kar dijiye. Abhi tak kuch kaam shuru nahi hua hai.\n\n"
     "Dhanyawad\nPradeep Lohia",
     (2025, 9, 29, 13, 0), IST)], [R("approve", "20000.00")],
     spec="Deposit paid 2025-09-27 11:00, request 09-29 13:00 = 50 h, no work: full refund 20000.00 before tax (O2).")

proj("Brahmaputra Tea Estates", "accounts@brahmaputratea.in", None)
owpay("hi_w02", "OWD-2025-502", "Brahmaputra Tea Estates", "deposit", "35000.00", "6300.00", "2025-09-26T19:00:00")
case("o02-dibrugarh-deposit-71h30", OWB, "decided", [M("Brahmaputra Tea Estates <accounts@brahmaputratea.in>",
     "deposit wapas - Brahmaputra Tea Estates OWD-2025-502",
     "नमस्कार,\n\nहमने शुक्रवार शाम Brahmaputra Tea Estates की वेबसाइट का डिपॉज़िट (OWD-2025-502) दिया था। बोर्ड मीटिंग में तय हुआ कि इस साल "
     "नई वेबसाइट नहीं बनेगी, बजट बाग़ान की मरम्मत में जाएगा। कृपया डिपॉज़िट लौटा दें, 72 घंटे अभी पूरे नहीं हुए।\n\nभवदीय,\nअरुण सेठिया\nलेखा विभाग",
     (2025, 9, 29, 18, 30), IST)], [R("approve", "35000.00")],
     spec="Deposit paid 2025-09-26 19:00, request 09-29 18:30 = 71.5 h (< 72), no work: full refund 35000.00 (O2).")

proj("Nawabi Dastarkhwan", "nawabidastarkhwan@gmail.com", "2025-09-20T11:00:00")
owpay("hi_w03", "OWD-2025-503", "Nawabi Dastarkhwan", "discovery", "10000.00", "1800.00", "2025-09-18T10:00:00")
case("o03-lucknow-discovery-started", OWB, "decided", [M("Nawabi Dastarkhwan <nawabidastarkhwan@gmail.com>",
     "Discovery fees ki wapsi - OWD-2025-503",
     "Adaab,\n\nJanab, Nawabi Dastarkhwan ke liye humne discovery ki fees ada ki thi (OWD-2025-503). Aapke sahab ke saath ek mulaqat (video call) "
     "20 tareekh ko hui bhi, magar hamein unki baatein kuch jami nahi. Guzarish hai ki fees wapas farma di jaaye.\n\nKhuda hafiz\nNawab Zafar Ali",
     (2025, 9, 29, 16, 0), IST)], [R("deny")],
     spec="The discovery session took place 2025-09-20, before the request: non-refundable (O1), deny.")

proj("Ladakh Sky Camps", "bookings@ladakhskycamps.in", "2025-08-20T10:00:00")
owpay("hi_w04", "OWD-2025-504", "Ladakh Sky Camps", "hosting_annual", "24000.00", "4320.00", "2025-09-24T10:00:00",
      setup_fee="3000.00", service_start="2025-09-25")
case("o04-leh-hosting-refund", OWB, "decided", [M("Ladakh Sky Camps <bookings@ladakhskycamps.in>",
     "Refund Request — Ladakh Sky Camps / OWD-2025-504",
     "Julley,\n\nHumne Ladakh Sky Camps ke liye annual hosting li thi (OWD-2025-504), 25 Sept se shuru. Ab pata chala ki hamara booking "
     "partner free hosting de raha hai. Hosting band kar dijiye aur jo refund banta hai woh de dijiye.\n\nTsering Norboo\nNubra Valley",
     (2025, 9, 30, 12, 0), IST)], [R("approve", "19250.00")], extra_ok=True,
     spec="Hosting from 2025-09-25, request 09-30 (day 5 <= 14): 24000 - 3000 - (21000/12 = 1750) x 1 = 19250.00 (O5); the ended plan may add a cancellation (extra_ok).")

proj("Andaman Dive Shack", "info@andamandiveshack.com", "2025-08-01T10:00:00")
owpay("hi_w05", "OWD-2025-505", "Andaman Dive Shack", "maintenance_annual", "18000.00", "3240.00", "2025-09-12T10:00:00",
      setup_fee="1200.00", service_start="2025-09-12")
case("o05-havelock-maintenance-late", OWB, "decided", [M("Andaman Dive Shack <info@andamandiveshack.com>",
     "maintenance plan refund",
     "Namaste team,\n\nAndaman Dive Shack ka annual maintenance (OWD-2025-505) 12 September se chal raha hai. Monsoon me booking nahi aati, "
     "aur site ko hum khud update kar lete hai. Maintenance ka refund de dijiye.\n\nArjun Pillai\nHavelock",
     (2025, 9, 29, 17, 0), IST)], [R("deny")],
     spec="Maintenance from 2025-09-12, request 09-29: day 17 > 14: deny (O5).")

proj("Sanghvi Jewellers Nairobi", "info@sanghvijewellers.co.ke", "2025-08-15T10:00:00")
owpay("hi_w06", "OWD-2025-506", "Sanghvi Jewellers Nairobi", "milestone", "40000.00", "7200.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("o06-nairobi-milestone-not-started", OWB, "decided", [M("Sanghvi Jewellers Nairobi <info@sanghvijewellers.co.ke>",
     "Refund Request — Sanghvi Jewellers Nairobi / OWD-2025-506",
     "Namaste,\n\nHumne Sanghvi Jewellers Nairobi ke project me online catalogue wala milestone (OWD-2025-506) advance me pay kiya tha. "
     "Ab yahan ke naye tax rules ki wajah se online sale abhi nahi karenge. Yeh milestone abhi shuru nahi hua hai, uska paisa lauta dijiye.\n\n"
     "Regards,\nBhavesh Sanghvi\nMoi Avenue, Nairobi",
     (2025, 9, 29, 9, 30), EAT)], [R("approve", "40000.00")],
     spec="Milestone not_started: refund its amount 40000.00 before tax (O3).")

proj("Kariakoo Wholesale Mart", "admin@kariakoomart.co.tz", "2025-08-01T10:00:00")
owpay("hi_w07", "OWD-2025-507", "Kariakoo Wholesale Mart", "milestone", "28000.00", "5040.00", "2025-09-10T10:00:00", milestone_status="in_progress")
case("o07-dar-milestone-in-progress", OWB, "decided", [M("Kariakoo Wholesale Mart <admin@kariakoomart.co.tz>",
     "milestone 2 ka refund",
     "Namaste,\n\nKariakoo Wholesale Mart ka milestone 2 (OWD-2025-507) bahut dheere chal raha hai, aadha bhi nahi hua. Hum baaki kaam local "
     "developer se karwa lenge. Jo kaam nahi hua uska paisa wapas chahiye.\n\nAmit Thakkar\nDar es Salaam",
     (2025, 9, 29, 11, 0), EAT)], [R("escalate")],
     spec="Milestone in_progress: a person values the work not started (O3): escalate.")

proj("Kiwi Desi Grocers", "orders@kiwidesigrocers.co.nz", "2025-05-01T10:00:00")
owpay("hi_w08", "OWD-2025-508", "Kiwi Desi Grocers", "retainer", "8000.00", "1440.00", "2025-09-16T10:00:00",
      next_billing_at="2025-10-16T00:00:00", period_start="2025-09-16", period_end="2025-10-15")
case("o08-auckland-retainer-notice-ok", OWB, "decided", [M("Kiwi Desi Grocers <orders@kiwidesigrocers.co.nz>",
     "Retainer band karna hai - Kiwi Desi Grocers OWD-2025-508",
     "Namaste ji,\n\nKiwi Desi Grocers (Papatoetoe) ka monthly retainer band kar dijiye. Humne ek ready-made online store platform le liya hai aur unki team hi site sambhalegi. "
     "Agli billing se pehle band ho jaana chahiye.\n\nDhanyavaad,\nManpreet Gill",
     (2025, 9, 29, 20, 0), NZDT)], [X("cancel", "2025-10-15")],
     spec="Retainer, next billing 2025-10-16; request 09-29 12:30 IST <= 10-09: notice >= 7 days: cancel effective 2025-10-15 (O4/O8).")

proj("Godavari Pickles", "godavaripickles@gmail.com", "2025-04-01T10:00:00")
owpay("hi_w09", "OWD-2025-509", "Godavari Pickles", "retainer", "6000.00", "1080.00", "2025-09-03T10:00:00",
      next_billing_at="2025-10-03T00:00:00", period_start="2025-09-03", period_end="2025-10-02")
case("o09-rajahmundry-retainer-short", OWB, "decided", [M("Godavari Pickles <godavaripickles@gmail.com>",
     "retainer cancel andi - OWD-2025-509",
     "Namaskaram andi,\n\nGodavari Pickles website ka monthly retainer cancel cheyandi. Beta ab US se khud website dekhega. Turant band kar dijiye.\n\n"
     "Padmavathi\nRajahmundry",
     (2025, 9, 29, 11, 0), IST)], [X("cancel", "2025-11-02")],
     spec="Next billing 2025-10-03; request 09-29 is after 09-26 (less than 7 days): the next cycle 10-03..11-02 is billed, effective 2025-11-02 (O4).")

proj("Coorg Coffee Trails", "stay@coorgcoffeetrails.in", "2025-08-01T10:00:00")
owpay("hi_w10", "OWD-2025-510", "Coorg Coffee Trails", "third_party", "3500.00", "630.00", "2025-09-26T10:00:00")
case("o10-coorg-domain", OWB, "decided", [M("Coorg Coffee Trails <stay@coorgcoffeetrails.in>",
     "domain ka paisa wapas",
     "Namaskara,\n\nCoorg Coffee Trails ke liye aapne .com domain renew kiya (OWD-2025-510), par hum .in domain hi use karte hai. Yeh domain "
     "hamare kaam ka nahi, paisa wapas kijiye.\n\nKaveri Ponnappa\nMadikeri",
     (2025, 9, 29, 10, 0), IST)], [R("deny")],
     spec="Domain renewal is a third-party item: non-refundable (O6).")

proj("Fauji Security Services", "faujisecurity.jdh@gmail.com", "2025-09-01T10:00:00")
owpay("hi_w11", "OWD-2025-511", "Fauji Security Services", "rush", "8000.00", "1440.00", "2025-09-22T10:00:00")
case("o11-fauji-rush-fee", OWB, "decided", [M("Capt. Devendra Singh (Retd) <faujisecurity.jdh@gmail.com>",
     "शीघ्र सेवा शुल्क की वापसी",
     "सेवा में,\nऑप्टिमा वेबडिज़ाइन।\n\nमहोदय,\n\nनिवेदन है कि फ़ौजी सिक्योरिटी सर्विसेज़ की वेबसाइट हेतु हमने शीघ्र सेवा (rush) शुल्क OWD-2025-511 का "
     "भुगतान किया था, किंतु वेबसाइट निर्धारित तिथि से केवल एक दिन पहले तैयार हुई। अतः उक्त शुल्क लौटाने की कृपा करें।\n\nजय हिंद।\n\n"
     "भवदीय,\nकैप्टन देवेंद्र सिंह (से.नि.)\nप्रबंध निदेशक",
     (2025, 9, 29, 10, 0), IST)], [R("deny")],
     spec="Expedited/rush fee: non-refundable (O6).")

proj("Pahalwan Dhaba", "pahalwandhaba.official@gmail.com", None)
owpay("hi_w12", "OWD-2025-512", "Pahalwan Dhaba", "deposit", "12000.00", "2160.00", "2025-09-29T14:00:00")
case("o12-dhaba-c2-personal", OWB, "need_info", [M("Balwinder Pahalwan <balli.pahalwan1978@gmail.com>",
     "dhabe ki website ka advance wapas",
     "Sat sri akal ji,\n\nKal Pahalwan Dhaba ki website ka advance diya tha (OWD-2025-512), par ab munda bolta hai social media page hi kaafi hai. "
     "Advance wapas kar do ji. Contract wala mail pahalwandhaba.official@gmail.com hai, woh munde ke phone me khulta hai.\n\nBalwinder",
     (2025, 9, 30, 11, 0), IST)], rules=["C2"],
     spec="Sent from a personal gmail, not the contract email he names: C2, ask for the request from pahalwandhaba.official@gmail.com.")

proj("Gyan Jyoti Tuition Classes", "gyanjyoti.classes@gmail.com", "2025-07-01T10:00:00")
owpay("hi_w13", "OWD-2025-513", "Gyan Jyoti Tuition Classes", "retainer", "4000.00", "720.00", "2025-09-20T10:00:00",
      next_billing_at="2025-10-20T00:00:00", period_start="2025-09-20", period_end="2025-10-19")
case("o13-tuition-cancel-no-reason", OWB, "need_info", [M("Gyan Jyoti Tuition Classes <gyanjyoti.classes@gmail.com>",
     "Retainer cancel - Gyan Jyoti Tuition Classes - OWD-2025-513",
     "नमस्ते,\nGyan Jyoti Tuition Classes का monthly retainer (OWD-2025-513) cancel कर दीजिए।\nधन्यवाद\n\nरेखा मिश्रा\nसंचालिका, ज्ञान ज्योति ट्यूशन क्लासेज़",
     (2025, 9, 29, 16, 0), IST)], missing=["reason"],
     spec="Project, invoice and contract email are there, no reason: Optima requires one for cancellations too: ask for the reason (C3).")

proj("Dream Homes Realty", "dreamhomes.realty.vzg@gmail.com", "2025-08-01T10:00:00")
owpay("hi_w14", "OWD-2025-514", "Dream Homes Realty", "milestone", "30000.00", "5400.00", "2025-09-15T10:00:00", milestone_status="completed")
case("o14-broker-vakil-notice", OWB, "decided", [M("Dream Homes Realty <dreamhomes.realty.vzg@gmail.com>",
     "OWD-2025-514 refund warna legal action",
     "Suno, Dream Homes Realty ki listing website (OWD-2025-514) me property search chalta hi nahi. Aapne complete bol diya, main nahi maanta. "
     "Paisa wapas karo, nahi to mere vakil aapko notice bhejenge.\n\nK. Ramana Murthy\nDream Homes Realty, MVP Colony, Visakhapatnam",
     (2025, 9, 29, 13, 0), IST)], [R("escalate")], rules=["C4"],
     spec="Threat of a lawyer's notice: C4 escalate, whatever O3/O6 would say of the completed milestone.")

proj("Asha Kiran Foundation", "contact@ashakiranfoundation.org", "2025-08-01T10:00:00")
owpay("hi_w15", "OWD-2025-515", "Asha Kiran Foundation", "milestone", "22000.00", "3960.00", "2025-09-05T10:00:00", milestone_status="approved")
case("o15-ngo-milestone-approved", OWB, "decided", [M("Asha Kiran Foundation <contact@ashakiranfoundation.org>",
     "Donation page milestone ka refund",
     "आदरणीय ऑप्टिमा टीम,\n\nआशा किरण फ़ाउंडेशन की donation page (OWD-2025-515) हमने पिछले महीने approve कर दी थी, पर अब हमारे trustees "
     "चाहते हैं कि दान सिर्फ़ बैंक ट्रांसफ़र से लिया जाए। कृपया उस milestone की राशि लौटा दें, हम NGO हैं, बजट बहुत सीमित है।\n\nसादर,\nसिस्टर मरियम\nसचिव",
     (2025, 9, 29, 11, 0), IST)], [R("deny")],
     spec="Milestone approved by the client: non-refundable (O3/O6), deny.")

case("o16-hindi-autoreply", OWB, "ignore", [M("Lohia Saree Kendra <lohia.sarees@gmail.com>",
     "स्वतः उत्तर: Re: Refund Request — Lohia Saree Kendra / OWD-2025-501 [OWD-5116]",
     "धन्यवाद। आपका मेल मिल गया है। दशहरे के कारण दुकान 3 अक्टूबर तक बंद है।",
     (2025, 9, 29, 13, 5), IST, hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied: ignore (C7).")

proj("Mysore Silk Emporium", "sales@mysoresilkemporium.in", "2025-07-01T10:00:00")
owpay("hi_w16", "OWD-2025-516", "Mysore Silk Emporium", "milestone", "25000.00", "4500.00", "2025-09-10T10:00:00", milestone_status="in_progress")
case("o25-mysuru-question", OWB, "other", [M("Mysore Silk Emporium <sales@mysoresilkemporium.in>",
     "Deepavali sale page kab tak?",
     "Namaskara,\n\nRefund ya cancel ki koi baat nahi hai, kaam achha chal raha hai. Bas itna batayiye ki Deepavali sale wala page kab tak live "
     "hoga? 15 October se sale shuru hai.\n\nNagaraj\nMysore Silk Emporium",
     (2025, 9, 29, 10, 0), IST)],
     spec="Refund and cancellation negated; a schedule question: other.")

proj("Barak Valley Agro", "office@barakvalleyagro.in", "2025-09-01T10:00:00")
owpay("hi_w17", "OWD-2025-517", "Barak Valley Agro", "retainer", "5000.00", "900.00", "2025-09-18T10:00:00",
      next_billing_at="2025-10-18T00:00:00", period_start="2025-09-18", period_end="2025-10-17")
case("o17-silchar-outlook-fw-c2", OWB, "need_info", [M("Bikash Kedia <bikash.kedia.slc@gmail.com>",
     "FW: retainer band karna",
     "Bhaiya ka mail neeche hai, dekh lijiye.\n\n-----Original Message-----\nFrom: Barak Valley Agro <office@barakvalleyagro.in>\n"
     "Sent: Monday, September 29, 2025 9:40 AM\nTo: Bikash Kedia <bikash.kedia.slc@gmail.com>\nSubject: retainer band karna\n\n"
     "Bikash, Optima ko bolo Barak Valley Agro ka retainer OWD-2025-517 band kare, hum ab website ka kaam Guwahati wali agency ko de rahe hai. "
     "Contract office@barakvalleyagro.in pe hai.\n",
     (2025, 9, 29, 11, 0), IST)], rules=["C2"],
     spec="Outlook-style forward whose request names the contract email office@barakvalleyagro.in; the sender is another address: C2.")

proj("Teesta Valley Resort", "gm@teestavalleyresort.in", None)
owpay("hi_w18", "OWD-2025-518", "Teesta Valley Resort", "hosting_annual", "15000.00", "2700.00", "2025-09-26T10:00:00",
      setup_fee="1800.00", service_start="2025-09-27")
case("o18-thread-invoice-hosting", OWB, "decided", [
    M("Teesta Valley Resort <gm@teestavalleyresort.in>", "hosting refund - Teesta Valley Resort",
      "नमस्ते,\n\nTeesta Valley Resort की annual hosting हमें नहीं चाहिए, हमारी होटल चेन का head office अपना सर्वर देगा। hosting बंद करके refund कर दीजिए।\n\nअनुराग थापा\nGM",
      (2025, 9, 29, 9, 0), IST),
    M("Teesta Valley Resort <gm@teestavalleyresort.in>", "Re: hosting refund - Teesta Valley Resort",
      "Invoice number OWD-2025-518 है।\n\nअनुराग",
      (2025, 9, 29, 15, 0), IST)], [R("approve", "12100.00")], extra_ok=True,
     spec="Thread: invoice given in the answer; hosting from 2025-09-27, request 09-29 (day 2): 15000 - 1800 - (13200/12 = 1100) x 1 = 12100.00 (O5).")

proj("Agrawal Marble House", "agrawalmarble.ghy@gmail.com", "2025-07-01T10:00:00")
proj("Agrawal Granite Depot", "agrawalmarble.ghy@gmail.com", "2025-07-15T10:00:00")
owpay("hi_w19", "OWD-2025-519", "Agrawal Marble House", "milestone", "15000.00", "2700.00", "2025-09-20T10:00:00", milestone_status="not_started")
owpay("hi_w20", "OWD-2025-520", "Agrawal Granite Depot", "milestone", "15000.00", "2700.00", "2025-09-21T10:00:00", milestone_status="not_started")
case("o19-two-projects-vague", OWB, "need_info", [M("Omprakash Agrawal <agrawalmarble.ghy@gmail.com>",
     "milestone ka paisa wapas",
     "Ram Ram sa,\n\nJo milestone abhi shuru nahi hua uska paisa wapas kar dijiye, GST ke naye rate aane ke baad hisab bigad gaya hai, kharcha kam karna hai.\n\nOmprakash Agrawal, Guwahati",
     (2025, 9, 29, 12, 0), IST)], missing=["project_name", "invoice_number"],
     spec="The contract email holds two projects, each with an unstarted milestone; neither project nor invoice named: ask for both (C3).")

proj("Sahyog Gramin Vikas Sanstha", "admin@sahyoggramin.org", "2025-04-01T10:00:00")
owpay("hi_w21", "OWD-2025-521", "Sahyog Gramin Vikas Sanstha", "retainer", "5000.00", "900.00", "2025-09-15T10:00:00",
      next_billing_at="2025-10-15T00:00:00", period_start="2025-09-15", period_end="2025-10-14")
owpay("hi_w22", "OWD-2025-522", "Sahyog Gramin Vikas Sanstha", "retainer", "5000.00", "900.00", "2025-09-15T10:10:00",
      next_billing_at="2025-11-15T00:00:00", period_start="2025-10-15", period_end="2025-11-14")
case("o20-ngo-retainer-prepaid", OWB, "decided", [M("Sahyog Gramin Vikas Sanstha <admin@sahyoggramin.org>",
     "रिटेनर बंद करने बाबत - सहयोग ग्रामीण विकास संस्था",
     "नमस्कार,\n\nसहयोग ग्रामीण विकास संस्था की वेबसाइट का मासिक रिटेनर बंद करना है, क्योंकि डोनर एजेंसी ने अगले साल से वेबसाइट अपने पोर्टल पर ले ली है। "
     "ध्यान दें, हमने सितंबर में ही दो महीने का भुगतान एक साथ किया था (OWD-2025-521 और OWD-2025-522)।\n\nसादर,\nरमेश बघेल\nसचिव",
     (2025, 9, 27, 12, 0), IST)], [X("escalate")],
     spec="Next cycle 10-15..11-14 already paid (OWD-2025-522) and notice >= 7 days (09-27 <= 10-08): escalate (sec.8, O4).")

proj("Hussainabad Heritage Walks", "walks@hussainabadheritage.in", "2025-09-10T10:00:00")
owpay("hi_w23", "OWD-2025-523", "Hussainabad Heritage Walks", "setup", "4000.00", "720.00", "2025-09-24T10:00:00")
case("o21-lucknow-setup-fee", OWB, "decided", [M("Hussainabad Heritage Walks <walks@hussainabadheritage.in>",
     "Setup fees ki wapsi ki iltija",
     "Adaab,\n\nHussainabad Heritage Walks ke silsile mein aapne setup/activation fees (OWD-2025-523) li thi. Hamara khayal hai ki yeh fees "
     "zaroori nahi thi, lihaza mehrbani karke lauta dijiye.\n\nShukriya\nMeher Naqvi",
     (2025, 9, 29, 15, 0), IST)], [R("deny")],
     spec="Setup/activation fee: non-refundable (O6).")

case("o22-lo-customer-to-optima", OWB, "need_info", [M("Sushil Maheshwari <maheshwari.yarn.ccu@gmail.com>",
     "plan band aur refund",
     "Namaskar ji, quarterly plan ka paisa do baar gaya tha (LO-INV-35302), lauta dijiye aur plan band kar dijiye, dhandha shift ho raha hai.\n\nSushil Maheshwari",
     (2025, 9, 30, 11, 30), IST)], rules=["C2"],
     spec="Sent to the Optima mailbox (C1): the ledger is searched in Optima only, the sender is unknown there: C2/C3 (sec.8 other brand's customer).")

proj("Sundarban Eco Crafts", "sundarbanecocrafts@gmail.com", None)
owpay("hi_w24", "OWD-2025-524", "Sundarban Eco Crafts", "discovery", "8000.00", "1440.00", "2025-09-24T10:00:00")
case("o23-discovery-no-chargeback", OWB, "decided", [M("Sundarban Eco Crafts <sundarbanecocrafts@gmail.com>",
     "Refund Request — Sundarban Eco Crafts / OWD-2025-524",
     "नमस्ते,\n\nसुंदरबन इको क्राफ्ट्स के लिए discovery fee (OWD-2025-524) दी थी, पर अभी तक कोई session नहीं हुआ। हमारी कारीगर दीदियों का "
     "मेला रद्द हो गया, इसलिए अभी वेबसाइट नहीं बनवा पाएँगे। बैंक वाले कह रहे थे chargeback कर दो, पर हम ऐसा नहीं करेंगे, आप से ही निवेदन है।\n\n"
     "सादर,\nमौसमी मंडल",
     (2025, 9, 29, 12, 0), IST)], [R("approve", "8000.00")],
     spec="Discovery with no session started: full refund 8000.00 (O1); the chargeback is ruled out (sec.8 negation), no C4.")

proj("Nagpur Road Dhaba", "nagpurroaddhaba@gmail.com", None)
owpay("hi_w25", "OWD-2025-525", "Nagpur Road Dhaba", "deposit", "10000.00", "1800.00", "2025-09-30T09:00:00")
case("o24-deposit-no-reason", OWB, "need_info", [M("Nagpur Road Dhaba <nagpurroaddhaba@gmail.com>",
     "Refund Request — Nagpur Road Dhaba / OWD-2025-525",
     "Namaste ji\nNagpur Road Dhaba ka advance OWD-2025-525 wapas kar do ji.\nDhanyawad\nGurdeep",
     (2025, 9, 30, 20, 0), IST)], missing=["reason"],
     spec="Contract email, project and invoice given, no reason: ask for it (C3); nothing decided yet.")


if __name__ == "__main__":
    out = build("hi")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
