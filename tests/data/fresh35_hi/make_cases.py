"""fresh35 hi cases (qa35c): regenerate with `python3 make_cases.py`."""
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
            mid = f"<{lang}.{num}.{i}.fresh35@mail.example>"
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

IN = 330
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

# ---------------- LeadsOptima ----------------
cust("marudhara.tours.bkn@gmail.com", "Bhanwar Lal Saran", "annual", start="2025-09-26", end="2026-09-25")
lopay("hi_p01", "LO-INV-36101", "marudhara.tours.bkn@gmail.com", "annual", *A, "2025-09-26T11:14:00", "2025-09-26", "2026-09-25")
lopay("hi_p02", "LO-INV-36102", "marudhara.tours.bkn@gmail.com", "annual", *A, "2025-09-26T11:16:00", "2025-09-26", "2026-09-25")
case("l01-bikaner-tour-operator-do-baar", LOB, "decided", [M("Marudhara Camel Safari <marudhara.tours.bkn@gmail.com>",
     "सालाना प्लान का पैसा दो बार कट गया",
     "नमस्ते सर,\n\nहम बीकानेर से ऊँट सफारी और डेज़र्ट कैंप चलाते हैं। 26 सितंबर को सुबह सवा ग्यारह बजे आपका annual plan लिया, "
     "11,988 रुपये दो बार कट गए, दो मिनट के अंतर पर। बिल नंबर LO-INV-36101 और LO-INV-36102 हैं। दूसरा वाला गलती से कटा है, "
     "कृपया वो वापस उसी कार्ड में डाल दीजिए।\n\nसीज़न शुरू होने वाला है, जल्दी कर दें तो मेहरबानी।\n\nभंवर लाल सारण\nमरुधरा कैमल सफारी, बीकानेर",
     (2025, 9, 29, 16, 20), IN)], [R("approve", "11988.00")],
     spec="Two paid annual charges 2025-09-26 11:14/11:16, same period; request 2025-09-29 (day 3): refund the later LO-INV-36102 11988.00 (L4).")

cust("sonarqila.haveli@rediffmail.com", "Sawai Singh Bhati", "monthly", start="2025-09-22", end="2025-10-21")
lopay("hi_p03", "LO-INV-36111", "sonarqila.haveli@rediffmail.com", "monthly", *Mo, "2025-09-22T13:00:00", "2025-09-22", "2025-10-21")
lopay("hi_p04", "LO-INV-36112", "sonarqila.haveli@rediffmail.com", "monthly", *Mo, "2025-09-22T13:01:00", "2025-09-22", "2025-10-21")
case("l02-jaisalmer-day7", LOB, "decided", [M("Sawai Singh Bhati <sonarqila.haveli@rediffmail.com>",
     "double payment ho gaya",
     "Khamma ghani ji,\n\nSonar Qila Haveli, Jaisalmer se Sawai Singh. 22 tareekh ko dopahar mein monthly plan ka 1499 do baar kat gaya "
     "- LO-INV-36111 aur LO-INV-36112. Account ek hi hai to ek payment double hai. Dusra wala wapas kar dijiye.\n\nDhanyawad\nSawai Singh Bhati",
     (2025, 9, 29, 22, 45), IN)], [R("approve", "1499.00")],
     spec="Charges 2025-09-22; request 2025-09-29 22:45 = day 7, inside (L3); duplicate LO-INV-36112 1499.00 (L4).")

cust("chambal.agro.gwl@gmail.com", "Rajendra Singh Tomar", "monthly", start="2025-09-21", end="2025-10-20")
lopay("hi_p05", "LO-INV-36121", "chambal.agro.gwl@gmail.com", "monthly", *Mo, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
lopay("hi_p06", "LO-INV-36122", "chambal.agro.gwl@gmail.com", "monthly", *Mo, "2025-09-21T10:02:00", "2025-09-21", "2025-10-20")
case("l03-gwalior-day8", LOB, "decided", [M("Rajendra Singh Tomar <chambal.agro.gwl@gmail.com>",
     "paisa do bar kata - wapas karo",
     "Ram Ram sahab,\n\nChambal Agro Seeds, Gwalior. 21 sitambar ko hamare account se 1499 do baar kata hai, LO-INV-36121 aur LO-INV-36122. "
     "Bahar gaye the isliye ab likh rahe hain. Ek wala wapas karo.\n\nRajendra Singh Tomar",
     (2025, 9, 29, 9, 15), IN)], [R("deny")],
     spec="Charges 2025-09-21; request 2025-09-29 09:15 = day 8, outside 7 days: deny (L3).")

cust("meerut.sportsgoods@yahoo.co.in", "Anil Tyagi", "monthly", start="2025-09-20", end="2025-10-19")
lopay("hi_p07", "LO-INV-36131", "meerut.sportsgoods@yahoo.co.in", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("hi_p08", "LO-INV-36132", "meerut.sportsgoods@yahoo.co.in", "monthly", *Mo, "2025-09-22T10:00:00", "2025-09-20", "2025-10-19")
lopay("hi_p09", "LO-INV-36133", "meerut.sportsgoods@yahoo.co.in", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-20", "2025-10-19")
case("l04-meerut-teen-baar", LOB, "decided", [M("Anil Tyagi <meerut.sportsgoods@yahoo.co.in>",
     "एक महीने का तीन बार पैसा??",
     "भाई साहब,\n\nमेरठ स्पोर्ट्स गुड्स से अनिल त्यागी। इस महीने आपने monthly plan का पैसा तीन बार लिया है - 20 तारीख, 22 तारीख और 26 तारीख। "
     "बिल LO-INV-36131, LO-INV-36132, LO-INV-36133. लॉगिन एक ही है। बाकी के दो वापस करो।\n\nअनिल त्यागी\nसूरजकुंड रोड, मेरठ",
     (2025, 9, 29, 12, 0), IN)], [R("approve", "2998.00")],
     spec="Three paid monthly charges of one period (09-20, 09-22, 09-26); request 2025-09-29: 09-22 is day 7 and 09-26 day 3, both inside: 1499.00 x 2 = 2998.00 (section 8).")

cust("saharanpur.woodcraft@gmail.com", "Irfan Qureshi", "monthly", start="2025-09-24", end="2025-10-23")
lopay("hi_p10", "LO-INV-36141", "saharanpur.woodcraft@gmail.com", "quarterly", *Q, "2025-09-24T12:00:00", "2025-09-24", "2025-12-23")
case("l05-saharanpur-galat-plan", LOB, "decided", [M("Irfan Qureshi <saharanpur.woodcraft@gmail.com>",
     "galat plan ka charge LO-INV-36141",
     "Assalam alaikum,\n\nHum Saharanpur ke wood carving wale hain. Hamara plan monthly hai lekin 24 ko aapne quarterly ka 3,999 kaat liya "
     "(LO-INV-36141). Humne koi plan change nahi kiya. Ye galat charge hai, isko theek karke paise lautaiye.\n\nIrfan Qureshi\nSaharanpur Woodcraft",
     (2025, 9, 27, 11, 0), IN)], [R("escalate")],
     spec="Charged for the wrong plan = billing error inside 7 days of 2025-09-24: escalate with the charge (L5).")

cust("gkp.medicalagency@gmail.com", "Shailesh Tripathi", "monthly", status="cancelled", start="2025-09-25", end="2025-10-24")
lopay("hi_p11", "LO-INV-36151", "gkp.medicalagency@gmail.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l06-gorakhpur-cancel-ke-baad-charge", LOB, "decided", [M("Shailesh Tripathi <gkp.medicalagency@gmail.com>",
     "cancel karne ke baad bhi paisa kata",
     "महोदय,\n\nमैंने अगस्त में ही Billing में जाकर plan cancel कर दिया था, confirmation भी आया था। फिर भी 25 सितंबर को 1499 + GST कट गया "
     "(LO-INV-36151)। Cancel ke baad charge kaise? Kripya paise wapas kijiye.\n\nशैलेश त्रिपाठी\nत्रिपाठी मेडिकल एजेंसी, गोलघर, गोरखपुर",
     (2025, 9, 27, 18, 30), IN)], [R("escalate")],
     spec="'Charged after I cancelled' is a billing error; charge 2025-09-25, request 09-27 (day 2): escalate (L5).")

cust("mahakal.yatra.ujjain@gmail.com", "Pt. Devendra Vyas", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("hi_p12", "LO-INV-36161", "mahakal.yatra.ujjain@gmail.com", "quarterly", *Q, "2025-09-23T14:00:00", "2025-09-23", "2025-12-22")
case("l07-ujjain-login-nahi", LOB, "decided", [M("Devendra Vyas <mahakal.yatra.ujjain@gmail.com>",
     "लॉगिन नहीं हो रहा - पैसा वापस",
     "जय महाकाल,\n\n23 तारीख को quarterly renewal हुआ उसके बाद से login ही नहीं हो रहा, पेज घूमता रहता है फिर 'session expired' आता है। "
     "मोबाइल और कंप्यूटर दोनों पर try किया। आपकी chat पर बोला देखेंगे पर कुछ नहीं हुआ। जब से पैसा दिया तब से access नहीं है, तो पैसा वापस कीजिए।\n\n"
     "पं. देवेन्द्र व्यास\nमहाकाल यात्रा सेवा, उज्जैन",
     (2025, 9, 27, 10, 0), IN)], [R("escalate")],
     spec="Access failure; the account's one charge LO-INV-36161 (2025-09-23) identifies the invoice; request day 4: escalate (L6).")

cust("hisar.kisan.seeds@gmail.com", "Satbir Punia", "monthly", start="2025-09-10", end="2025-10-09")
lopay("hi_p13", "LO-INV-36171", "hisar.kisan.seeds@gmail.com", "monthly", *Mo, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
case("l08-hisar-late-access", LOB, "decided", [M("Satbir Punia <hisar.kisan.seeds@gmail.com>",
     "platform khulta nahi",
     "Ram Ram ji, Satbir Punia, Hisar te. Do hafte te thara dashboard khul ni raha, safed screen aa jaave. 10 tareek ne paise bhare the, "
     "bill LO-INV-36171. Paise waapis kar do.\n\nSatbir\nPunia Beej Bhandar, Hisar",
     (2025, 9, 24, 19, 0), IN)], [R("deny")],
     spec="Charge 2025-09-10; request 2025-09-24 = day 14, outside the 7-day window: deny (L3).")

cust("doondeodar.publicschool@gmail.com", "Mrs. Kavita Negi", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p14", "LO-INV-36181", "doondeodar.publicschool@gmail.com", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
case("l09-dehradun-school-use-nahi", LOB, "decided", [M("Kavita Negi <doondeodar.publicschool@gmail.com>",
     "Refund request - Doon Deodar Public School",
     "Respected Sir/Madam,\n\nहमारे विद्यालय ने 27.09.2025 को monthly subscription लिया था (LO-INV-36181)। Admissions season खत्म हो गया है और "
     "management ने decide किया है कि अभी leads की ज़रूरत नहीं। हमने service का उपयोग भी नहीं किया। अतः राशि वापस करने की कृपा करें।\n\n"
     "सधन्यवाद\nश्रीमती कविता नेगी\nप्रशासनिक अधिकारी, दून देवदार पब्लिक स्कूल, देहरादून",
     (2025, 9, 29, 11, 0), IN)], [R("deny")],
     spec="Not needed / not used is not an L2 exception: refund denied (L1), cancellation offered.")

cust("ludhiana.hosiery.works@gmail.com", "Gurpreet Singh Sandhu", "annual", start="2025-06-15", end="2026-06-14")
lopay("hi_p15", "LO-INV-36191", "ludhiana.hosiery.works@gmail.com", "annual", *A, "2025-06-15T10:00:00", "2025-06-15", "2026-06-14")
case("l10-ludhiana-mehnga-cancel", LOB, "decided", [M("Gurpreet Singh Sandhu <ludhiana.hosiery.works@gmail.com>",
     "plan band karna hai aur baaki paise",
     "Sat Sri Akal ji,\n\nSandhu Hosiery Works, Ludhiana se. Aapka annual plan hamare liye bahut mehnga pad raha hai ji, is saal woollen ka kaam "
     "thanda hai. Plan band kar do ji, aur jo mahine bache hain unke paise wapas kar do.\n\nGurpreet Singh Sandhu",
     (2025, 9, 29, 15, 0), IN)], [R("deny"), X("cancel", "2026-06-14")],
     spec="Too expensive / unused months: refund deny (L1, no partial refunds); cancel, active until current_period_end 2026-06-14 (L8).")

cust("ulhas.textile.mart@gmail.com", "Haresh Lalwani", "quarterly", start="2025-08-05", end="2025-11-04")
lopay("hi_p16", "LO-INV-36201", "ulhas.textile.mart@gmail.com", "quarterly", *Q, "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
case("l11-ulhasnagar-sindhi-cancel", LOB, "decided", [M("Haresh Lalwani <ulhas.textile.mart@gmail.com>",
     "subscription band karo",
     "Namaste saain,\n\nUlhasnagar Camp 2 se Haresh Lalwani, Lalwani Textile Mart. Hamara quarterly plan aage renew mat karna, band kar do. "
     "Diwali ke baad dekhenge. Baaki sab theek hai.\n\nHaresh Lalwani",
     (2025, 9, 30, 12, 0), IN)], [X("cancel", "2025-11-04")],
     spec="Cancel: active until current_period_end 2025-11-04 (L8); no refund asked.")

cust("rishikesh.yogpeeth@gmail.com", "Swami Anantbodh", "annual")
lopay("hi_p17", "LO-INV-36211", "rishikesh.yogpeeth@gmail.com", "annual", *A, "2025-03-13T20:00:00Z", "2025-03-14", "2026-03-13")
case("l12-rishikesh-ashram-fallback", LOB, "decided", [M("Ashram Karyalaya <rishikesh.yogpeeth@gmail.com>",
     "सदस्यता समाप्त करने हेतु",
     "हरि ॐ,\n\nगंगा योगपीठ आश्रम, ऋषिकेश के कार्यालय से निवेदन है कि हमारी वार्षिक सदस्यता अगले वर्ष नवीनीकृत न की जाए। "
     "आश्रम की ट्रस्ट समिति ने निर्णय लिया है कि विज्ञापन का कार्य अब स्वयंसेवक देखेंगे।\n\nप्रशासक\nगंगा योगपीठ आश्रम, तपोवन, ऋषिकेश",
     (2025, 9, 30, 11, 0), IN)], [X("cancel", "2026-03-13")],
     spec="No current_period_end in the ledger: last charge 2025-03-13T20:00Z = 2025-03-14 01:30 IST, plus 12 months minus one day = 2026-03-13 (L8, section 8 offsets).")

cust("haridwar.dharamshala@gmail.com", "Mahant Giridhar Das", "monthly", status="trial", trial_ends="2025-10-06")
case("l13-haridwar-trial-refund", LOB, "decided", [M("Giridhar Das <haridwar.dharamshala@gmail.com>",
     "trial ka paisa wapas",
     "Jai Shri Ram,\n\nHumne pichhle hafte free trial shuru kiya tha dharamshala ki booking ke liye. Trial ke liye jo bhi paisa liya ho wo wapas "
     "kar dijiye, hume paid plan nahi chahiye.\n\nGiridhar Das\nShri Ganga Dharamshala, Har ki Pauri, Haridwar",
     (2025, 9, 29, 10, 0), IN)], [R("deny")],
     spec="Free trial, no charges: nothing to refund (L7); the reply says no billing occurs unless he subscribes.")

cust("kothari.jewellers.bkn@gmail.com", "Manish Kothari", "monthly", start="2025-09-20", end="2025-10-19")
lopay("hi_p18", "LO-INV-36221", "kothari.jewellers.bkn@gmail.com", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l14-bikaner-beta-gmail-c2", LOB, "need_info", [M("Yash Kothari <yashkothari2004@gmail.com>",
     "papa ka plan cancel karna hai",
     "Hello, main Yash, Manish Kothari ji ka beta. Papa ka registered email kothari.jewellers.bkn@gmail.com hai, unka password nahi mil raha "
     "isliye apne email se likh raha hoon. Unka monthly plan cancel kar do please, shop mein ab hum Instagram se kaam chala rahe hain.\n\nYash",
     (2025, 9, 29, 20, 0), IN)], rules=["C2"],
     spec="Sent from the son's gmail, not the registered kothari.jewellers.bkn@ he names: C2, ask for it from the registered address; nothing disclosed.")

cust("principal@himgiriacademy.in", "Dr. R. S. Bisht", "annual", start="2025-02-01", end="2026-01-31")
lopay("hi_p19", "LO-INV-36231", "principal@himgiriacademy.in", "annual", *A, "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
case("l15-dehradun-office-manager-fw", LOB, "need_info", [M("Office Himgiri Academy <office@himgiriacademy.in>",
     "Fwd: LeadsOptima subscription",
     "Sir/Ma'am,\n\nPrincipal sir ki tabiyat kharab hai, wo chhutti par hain. Unhone neeche wala mail bhejne ko kaha tha. Kripya action lein.\n\n"
     "Regards\nSunita Rawat\nOffice Manager, Himgiri Academy, Dehradun\n\n"
     "---------- Forwarded message ---------\nFrom: Dr. R. S. Bisht <principal@himgiriacademy.in>\nDate: Mon, 29 Sept 2025 at 08:05\n"
     "Subject: LeadsOptima subscription\nTo: Office Himgiri Academy <office@himgiriacademy.in>\n\n"
     "Sunita ji, LeadsOptima ka annual plan (mere email principal@himgiriacademy.in par hai) cancel karwa dijiye. Admissions ab counselling se hi ho rahe hain.\nR.S. Bisht",
     (2025, 9, 29, 11, 30), IN)], rules=["C2"],
     spec="Gmail forward: the forwarded cancellation names the registered principal@; the sender is office@: C2 (section 8 forwards).")

cust("gwalior.printers@gmail.com", "Vikas Jain", "monthly", start="2025-09-28", end="2025-10-27")
lopay("hi_p20", "LO-INV-36241", "gwalior.printers@gmail.com", "monthly", *Mo, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lopay("hi_p21", "LO-INV-36242", "gwalior.printers@gmail.com", "monthly", *Mo, "2025-09-28T10:04:00", "2025-09-28", "2025-10-27")
case("l16-gwalior-plus-tag", LOB, "need_info", [M("Vikas Jain <gwalior.printers+leads@gmail.com>",
     "do baar payment",
     "Namaskar, 28 tareekh ko monthly ka payment do baar ho gaya, LO-INV-36241 aur LO-INV-36242. Dusra wala refund kar dijiye.\n\nVikas Jain\nJain Printers, Lashkar, Gwalior",
     (2025, 9, 29, 10, 0), IN)], rules=["C2"],
     spec="gwalior.printers+leads@ is another address than the registered gwalior.printers@ (section 8, +tag): C2.")

cust("accounts@sahnifreight.in", "Harjit Sahni", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("hi_p22", "LO-INV-36251", "accounts@sahnifreight.in", "quarterly", *Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
case("l17-ludhiana-reply-to-c2", LOB, "need_info", [M("Harjit Sahni <harjitsahni.ldh@yahoo.com>",
     "plan cancel",
     "plan cancel kar do ji. account accounts@sahnifreight.in wala hai, jawab ussi pe bhejna. kaam di cheez nahi nikli saade layi.\n\nHarjit\nSahni Freight Carriers, Ludhiana",
     (2025, 9, 29, 12, 0), IN, hdr={"Reply-To": "accounts@sahnifreight.in"})], rules=["C2"],
     spec="From a yahoo address with Reply-To set to the registered one; Reply-To never verifies (section 8): C2.")

cust("bhrigu.trust.hdw@gmail.com", "Sh. Om Prakash Sharma", "annual", start="2025-09-25", end="2026-09-24")
lopay("hi_p23", "LO-INV-36261", "bhrigu.trust.hdw@gmail.com", "annual", *A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
case("l18-haridwar-trust-no-reason", LOB, "need_info", [M("Om Prakash Sharma <bhrigu.trust.hdw@gmail.com>",
     "धनवापसी हेतु प्रार्थना पत्र - LO-INV-36261",
     "सेवा में,\nश्रीमान प्रबंधक महोदय,\nLeadsOptima\n\nविषय: बिल संख्या LO-INV-36261 की धनवापसी हेतु।\n\nमहोदय, सविनय निवेदन है कि उपरोक्त बिल की "
     "राशि वापस करने की कृपा करें। आवश्यक कार्यवाही करने का कष्ट करें।\n\nधन्यवाद सहित\nभवदीय\nओम प्रकाश शर्मा\nकोषाध्यक्ष, भृगु सेवा ट्रस्ट, कनखल, हरिद्वार\n\n"
     "यह ईमेल एवं संलग्नक गोपनीय हैं।",
     (2025, 9, 29, 11, 0), IN)], missing=["reason"],
     spec="Formal application with only the request, sign-off, designation and confidentiality line: no reason (section 8); invoice given, plan from the ledger: ask for the reason (C3).")

cust("meerut.tiles@gmail.com", "Sachin Goyal", "monthly", start="2025-09-24", end="2025-10-23")
lopay("hi_p24", "LO-INV-36271", "meerut.tiles@gmail.com", "monthly", *Mo, "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
lopay("hi_p25", "LO-INV-36272", "meerut.tiles@gmail.com", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l19-meerut-wrong-amount-no-invoice", LOB, "need_info", [M("Sachin Goyal <meerut.tiles@gmail.com>",
     "zyada paisa kata",
     "Sir, card se jo amount kata hai wo website pe likhe price se zyada hai. Galat amount kaata hai aapne. Check karke extra paisa wapas karo.\n\nSachin Goyal\nGoyal Tiles, Meerut",
     (2025, 9, 27, 13, 0), IN)], missing=["invoice_number"],
     spec="Billing error from the registered email; two charges on the account (Aug and Sep), none named: ask for the invoice number (C3).")

cust("purvanchal.tractors@gmail.com", "Ramesh Yadav", "monthly", start="2025-09-25", end="2025-10-24")
lopay("hi_p26", "LO-INV-36281", "purvanchal.tractors@gmail.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("hi_p27", "LO-INV-36282", "purvanchal.tractors@gmail.com", "monthly", *Mo, "2025-09-25T10:05:00", "2025-09-25", "2025-10-24")
case("l20-gorakhpur-thread-reason", LOB, "decided", [
     M("Ramesh Yadav <purvanchal.tractors@gmail.com>", "Refund LO-INV-36282",
       "LO-INV-36282 ka refund kar dijiye.\n\nRamesh Yadav\nPurvanchal Tractors, Gorakhpur", (2025, 9, 28, 19, 0), IN),
     M("Ramesh Yadav <purvanchal.tractors@gmail.com>", "Re: Refund LO-INV-36282",
       "Maaf kijiye, batana bhool gaye. 25 ko monthly ka paisa do baar kat gaya tha, paanch minute ke fark pe, ye dusra wala hai.\n\nRamesh\n\n"
       "> Kripya refund ka kaaran batayein.", (2025, 9, 29, 9, 30), IN)], [R("approve", "1499.00")],
     spec="First mail gives no reason (C3); the answer says charged twice: pair of 2025-09-25 charges, request 2025-09-28 (day 3): refund LO-INV-36282 1499.00 (L4).")

cust("ujjain.namkeen@gmail.com", "Lokesh Agrawal", "monthly", start="2025-09-29", end="2025-12-28")
lopay("hi_p28", "LO-INV-36291", "ujjain.namkeen@gmail.com", "monthly", *Mo, "2025-08-29T10:00:00", "2025-08-29", "2025-09-28")
lopay("hi_p29", "LO-INV-36292", "ujjain.namkeen@gmail.com", "quarterly", *Q, "2025-09-29T10:00:00", "2025-09-29", "2025-12-28")
case("l21-ujjain-thread-invoice", LOB, "decided", [
     M("Lokesh Agrawal <ujjain.namkeen@gmail.com>", "galat plan",
       "Namaste, aapne mera galat plan charge kiya hai, main monthly wala hoon quarterly nahi. Paisa wapas kijiye.\nLokesh, Ujjain",
       (2025, 9, 30, 9, 0), IN),
     M("Lokesh Agrawal <ujjain.namkeen@gmail.com>", "Re: galat plan",
       "Ji bill number LO-INV-36292 hai.\n\n> Kripya invoice number batayein.", (2025, 9, 30, 17, 0), IN)], [R("escalate")],
     spec="Two charges on the account, none named: C3 asks the invoice; the answer names LO-INV-36292 (2025-09-29, wrong plan = billing error, day 1): escalate (L5).")

cust("chambal.safari@gmail.com", "Dinesh Gurjar", "annual", start="2025-09-26", end="2026-09-25")
lopay("hi_p30", "LO-INV-36301", "chambal.safari@gmail.com", "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
case("l22-chambal-chargeback", LOB, "decided", [M("Dinesh Gurjar <chambal.safari@gmail.com>",
     "annual renewal galat amount - chargeback karunga",
     "Aapne 26 ko annual plan galat amount pe renew kar diya (LO-INV-36301), jo tay hua tha usse zyada. Is hafte paisa wapas nahi aaya to "
     "main bank mein chargeback daal dunga aur dispute karunga.\n\nDinesh Gurjar\nChambal River Safari, Dholpur road, Morena",
     (2025, 9, 29, 14, 0), IN)], [R("escalate")], rules=["C4"],
     spec="Chargeback / dispute threat: escalate (C4), whatever L5 says.")

cust("ludhiana.cycleparts@gmail.com", "Parminder Kaur", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p31", "LO-INV-36311", "ludhiana.cycleparts@gmail.com", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lopay("hi_p32", "LO-INV-36312", "ludhiana.cycleparts@gmail.com", "monthly", *Mo, "2025-09-27T10:01:00", "2025-09-27", "2025-10-26")
case("l23-ludhiana-no-chargeback", LOB, "decided", [M("Parminder Kaur <ludhiana.cycleparts@gmail.com>",
     "Duplicate payment LO-INV-36312",
     "Sat Sri Akal ji,\n\nBank wale keh rahe the chargeback kar do, par main nahi karna chahti, koi dispute nahi - aap hi theek kar do ji. "
     "27 September ko monthly fee do baar kat gayi, LO-INV-36312 duplicate hai. Uska refund kar do ji.\n\nParminder Kaur\nKaur Cycle Parts, Giaspura, Ludhiana",
     (2025, 9, 29, 10, 0), IN)], [R("approve", "1499.00")],
     spec="Chargeback ruled out (section 8 negation): no C4; pair of 2025-09-27 charges, request day 2: refund LO-INV-36312 1499.00 (L4).")

cust("hisar.dairyfarm@gmail.com", "Jagdish Godara", "quarterly", start="2025-08-15", end="2025-11-14")
lopay("hi_p33", "LO-INV-36321", "hisar.dairyfarm@gmail.com", "quarterly", *Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
case("l24-hisar-consumer-court-cancel", LOB, "decided", [M("Jagdish Godara <hisar.dairyfarm@gmail.com>",
     "plan cancel karo",
     "Mhara quarterly plan band karo. Gaam mein net ni chaalta, platform kade khulta kade ni. Je thamne gadbad kari to upbhokta adalat "
     "(consumer court) mein jaanga, yo yaad rakhiyo.\n\nJagdish Godara\nGodara Dairy Farm, Hisar",
     (2025, 9, 29, 10, 0), IN)], [X("escalate")], rules=["C4"],
     spec="Mention of consumer court: C4 covers the whole case, the cancellation is escalated (section 8).")

cust("saharanpur.fruitco@gmail.com", "Naveen Saini", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p34", "LO-INV-36331", "saharanpur.fruitco@gmail.com", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l25-saharanpur-vakil-access", LOB, "decided", [M("Naveen Saini <saharanpur.fruitco@gmail.com>",
     "no access - refund",
     "26/9 ko payment kiya (LO-INV-36331) tab se platform access nahi hai. Teen ticket daale, koi jawab nahi. Maine ye mail apne vakil ko "
     "bhi bhej diya hai, refund nahi hua to wo notice bhejenge.\n\nNaveen Saini\nSaini Fruit Co., Saharanpur",
     (2025, 9, 29, 11, 0), IN)], [R("escalate")], rules=["C4"],
     spec="Mention of a lawyer (vakil) and a legal notice: C4 escalate.")

case("l26-dehradun-ooo", LOB, "ignore", [M("Rohit Thapliyal <rohit@doonhomestays.in>",
     "स्वचालित उत्तर: आपकी LeadsOptima रसीद",
     "नमस्ते, मैं 6 अक्टूबर तक चकराता में हूँ, नेटवर्क कम है। ज़रूरी काम हो तो ऑफिस पर फोन करें।\n\nरोहित",
     (2025, 9, 29, 15, 0), IN, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied out-of-office: ignore (C7).")

case("l27-bounce", LOB, "ignore", [M("Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
     "Delivery Status Notification (Failure)",
     "Address not found\n\nYour message wasn't delivered to accounts@bikanerbhujia-traders.in because the address couldn't be found.",
     (2025, 9, 29, 3, 0), IN)], rules=["C7"],
     spec="MAILER-DAEMON sender (a bounce): ignore (C7).")

case("l28-list-mandi-bhav", LOB, "ignore", [M("Haryana Mandi Bhav <news@mandibhav.example>",
     "आज के मंडी भाव और रिफंड योजना",
     "हिसार मंडी: नरमा 7,450 रुपये क्विंटल... बीज कंपनी से रिफंड कैसे लें, पूरी खबर पढ़ें।\n\nसदस्यता छोड़ें: https://mandibhav.example/u",
     (2025, 9, 29, 6, 0), IN, hdr={"List-Id": "Mandi Bhav <daily.mandibhav.example>", "Precedence": "bulk"})], rules=["C7"],
     spec="List-Id / Precedence: bulk newsletter that mentions refunds: ignore (C7).")

cust("ulhas.electronics@gmail.com", "Kishore Motwani", "monthly", start="2025-09-15", end="2025-10-14")
lopay("hi_p35", "LO-INV-36351", "ulhas.electronics@gmail.com", "monthly", *Mo, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("l29-ulhasnagar-card-badalna", LOB, "other", [M("Kishore Motwani <ulhas.electronics@gmail.com>",
     "naya card kaise daalein",
     "Saain, bank ne naya debit card bheja hai, purana block ho gaya. Account mein naya card kaise daalein taaki agla payment fail na ho? "
     "Cancel nahi karna hai, leads achhe aa rahe hain.\n\nKishore Motwani\nMotwani Electronics, Ulhasnagar 3",
     (2025, 9, 29, 19, 0), IN)],
     spec="A question about updating the card; cancellation ruled out: other.")

cust("gorakhpur.terracotta@gmail.com", "Sunita Prajapati", "monthly", start="2025-09-12", end="2025-10-11")
lopay("hi_p36", "LO-INV-36361", "gorakhpur.terracotta@gmail.com", "monthly", *Mo, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("l30-gorakhpur-dhanyawad", LOB, "other", [M("Sunita Prajapati <gorakhpur.terracotta@gmail.com>",
     "Re: आपका रिफंड प्रोसेस हो गया है",
     "बहुत बहुत धन्यवाद! डबल चार्ज वाला पैसा आज सुबह खाते में आ गया। इतनी जल्दी काम करने के लिए शुक्रिया।\n\nसुनीता प्रजापति\nऔरंगाबाद टेराकोटा, गोरखपुर",
     (2025, 9, 30, 13, 0), IN)],
     spec="Thanks for a refund already made, no request: other.")

cust("gwalior.sweets@gmail.com", "Alok Gupta", "annual", start="2025-09-18", end="2026-09-17")
lopay("hi_p37", "LO-INV-36371", "gwalior.sweets@gmail.com", "annual", *A, "2025-09-18T10:00:00", "2025-09-18", "2026-09-17")
case("l31-gwalior-refund-nahi-chahiye", LOB, "other", [M("Alok Gupta <gwalior.sweets@gmail.com>",
     "GST invoice chahiye",
     "Namaste,\n\nRefund nahi chahiye, service badhiya hai. Bas LO-INV-36371 wala bill hamare GSTIN 23ABCDE1234F1Z5 ke saath dobara bhej dijiye, "
     "CA sahab maang rahe hain.\n\nAlok Gupta\nGupta Mishthan Bhandar, Gwalior",
     (2025, 9, 29, 10, 0), IN)],
     spec="'Refund nahi chahiye' adds no refund intent (section 8); a request for a GST invoice copy: other.")

case("l32-phd-hypothetical", LOB, "other", [M("Neha Chauhan <neha.chauhan.phd@univmail.example>",
     "subscribe karne se pehle sawal",
     "नमस्ते,\n\nमैं मेरठ में PhD कर रही हूँ (small retailers की digital marketing पर)। Annual plan लेने से पहले पूछना था - अगर "
     "subscribe करूँ और data मेरे research के काम का न निकले, तो क्या refund मिलेगा? और students के लिए कोई discount है?\n\nनेहा चौहान\nशोधार्थी",
     (2025, 9, 29, 14, 0), IN)],
     spec="Hypothetical before buying (section 8): a policy question, no request: other.")

cust("jaisalmer.deserttents@gmail.com", "Kamal Khatri", "annual", start="2025-09-28", end="2026-09-27")
lopay("hi_p38", "LO-INV-36381", "jaisalmer.deserttents@gmail.com", "annual", *A, "2025-09-28T10:00:00", "2025-09-28", "2026-09-27")
lopay("hi_p39", "LO-INV-36382", "jaisalmer.deserttents@gmail.com", "annual", *A, "2025-09-28T10:02:00", "2025-09-28", "2026-09-27")
case("l33-jaisalmer-refund-aur-cancel", LOB, "decided", [M("Kamal Khatri <jaisalmer.deserttents@gmail.com>",
     "double payment + plan band",
     "Namaste,\n\nDo kaam hain:\n1. Ravivar ko annual fee do baar kati (LO-INV-36381 aur LO-INV-36382). Dusri wali wapas karo.\n"
     "2. Partner se baat ki, humein ye plan aage nahi chahiye, to cancel bhi kar do. Videshi tourist ki leads hamare kaam ki nahi, "
     "aapki list mein sab Dilli-Mumbai wale hain.\n\nKamal Khatri\nSam Sand Dunes Desert Tents, Jaisalmer",
     (2025, 9, 29, 15, 0), IN)], [R("approve", "11988.00"), X("cancel", "2026-09-27")],
     spec="Pair of 2025-09-28 (Sunday) annual charges, request day 1: refund LO-INV-36382 11988.00 (L4); cancel, active until 2026-09-27 (L8).")

cust("morena.mustardoil@gmail.com", "Brijesh Sikarwar", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("hi_p40", "LO-INV-36391", "morena.mustardoil@gmail.com", "quarterly", *Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
case("l34-morena-late-access-cancel", LOB, "decided", [M("Brijesh Sikarwar <morena.mustardoil@gmail.com>",
     "platform nahi khul raha, paisa wapas aur band karo",
     "महोदय, इस महीने की शुरुआत से आपका platform हमारे दफ्तर के कंप्यूटर पर खुल नहीं रहा, error 502 आता है। बिल LO-INV-36391 का पैसा वापस करें "
     "और subscription भी बंद करें ताकि आगे पैसा न कटे।\n\nबृजेश सिकरवार\nसिकरवार सरसों तेल मिल, मुरैना",
     (2025, 9, 29, 10, 0), IN)], [R("deny"), X("cancel", "2025-11-30")],
     spec="Access failure but charge 2025-09-01, request 09-29 (day 28): refund deny (L3); cancel until current_period_end 2025-11-30 (L8).")

cust("dehradun.basmati@gmail.com", "Pooja Rawat", "monthly", start="2025-09-19", end="2025-10-18")
lopay("hi_p41", "LO-INV-36401", "dehradun.basmati@gmail.com", "monthly", *Mo, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
case("l35-dehradun-html-only-cancel", LOB, "decided", [M("Pooja Rawat <dehradun.basmati@gmail.com>",
     "मासिक प्लान बंद करें",
     None, (2025, 9, 29, 16, 0), IN,
     html="<html><body><div dir='ltr'><p>नमस्ते,</p><p>कृपया हमारा monthly LeadsOptima plan <b>बंद</b> कर दीजिए। "
     "बासमती की फसल का सीज़न है, अगले साल तक नई leads नहीं चाहिए।</p><p>धन्यवाद<br>पूजा रावत<br>दून बासमती स्टोर, देहरादून</p></div></body></html>")],
     [X("cancel", "2025-10-18")],
     spec="HTML-only mail; cancel, active until current_period_end 2025-10-18 (L8).")

cust("ulhas.furniture@gmail.com", "Deepak Chandnani", "monthly", start="2025-09-25", end="2025-10-24")
lopay("hi_p42", "LO-INV-36411", "ulhas.furniture@gmail.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("hi_p43", "LO-INV-36412", "ulhas.furniture@gmail.com", "monthly", *Mo, "2025-09-25T10:01:00", "2025-09-25", "2025-10-24", status="failed")
case("l36-ulhasnagar-second-failed", LOB, "decided", [M("Deepak Chandnani <ulhas.furniture@gmail.com>",
     "do baar charge LO-INV-36412",
     "Saain, 25 ko payment ke do mail aaye, LO-INV-36411 aur LO-INV-36412, to lagta hai do baar paisa kata. Dusra wapas karo.\nDeepak, Chandnani Furniture, Ulhasnagar",
     (2025, 9, 27, 11, 0), IN)], [R("escalate")],
     spec="The second charge has status failed: no pair of paid charges (L4), a refund of a non-paid payment is escalated (section 8).")

cust("bikaner.bhujia.house@gmail.com", "Gopal Agarwal", "monthly", start="2025-09-24", end="2025-10-23")
lopay("hi_p44", "LO-INV-36421", "bikaner.bhujia.house@gmail.com", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lopay("hi_p45", "LO-INV-36422", "bikaner.bhujia.house@gmail.com", "monthly", *Mo, "2025-09-24T10:03:00", "2025-09-24", "2025-10-23")
case("l37-bikaner-spaced-invoice", LOB, "decided", [M("Gopal Agarwal <bikaner.bhujia.house@gmail.com>",
     "दो बार भुगतान",
     "नमस्कार,\n24/09/2025 को आपने दो बार पैसा लिया है। दूसरी रसीद का नंबर lo inv 36422 है। कृपया वापस करें।\n\nगोपाल अग्रवाल\nबीकानेर भुजिया हाउस",
     (2025, 9, 26, 10, 0), IN)], [R("approve", "1499.00")],
     spec="Invoice typed 'lo inv 36422' matches LO-INV-36422 (section 8); pair of 2025-09-24 charges, request day 2: refund 1499.00 (L4).")

cust("meerut.bandbaaja@gmail.com", "Sonu Kumar", "monthly", start="2025-09-25", end="2025-10-24")
lopay("hi_p46", "LO-INV-36431", "meerut.bandbaaja@gmail.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l38-meerut-voice-typing-bad-leads", LOB, "decided", [M("Sonu Kumar <meerut.bandbaaja@gmail.com>",
     "refund",
     "नमस्ते सर मैं सोनू बोल रहा हूं मेरठ से बैंड बाजा वाला आपने जो लीड भेजी है इस महीने वो बिल्कुल बेकार है आधे नंबर बंद है और बाकी "
     "शादी वाले नहीं है मुझे मेरा 1499 वापस चाहिए बिल नंबर LO-INV-36431 धन्यवाद\n\nSent from my phone",
     (2025, 9, 27, 8, 30), IN)], [R("deny")],
     spec="Poor lead quality is not an L2 exception: refund denied (L1), cancellation offered.")

case("l39-other-brand-unknown", LOB, "need_info", [M("Ritu Arora <ritu.boutique.ldh@gmail.com>",
     "website advance wapas chahiye",
     "Namaste, pichhle hafte boutique ki website ke liye advance diya tha, ab humne design agency badalne ka socha hai. Advance wapas kar dijiye.\n\nRitu Arora\nRitu's Boutique, Sarabha Nagar, Ludhiana",
     (2025, 9, 29, 10, 0), IN)], rules=["C2"],
     spec="Written to LeadsOptima by someone not in its ledger (an agency request, section 8 other brand): unknown sender, C2.")

# ---------------- Optima WebDesign ----------------
proj("Thar Heritage Stays", "booking@tharheritagestays.in", None)
owpay("hi_w01", "OWD-2025-3601", "Thar Heritage Stays", "deposit", "25000.00", "4500.00", "2025-09-28T10:00:00")
case("o01-jaisalmer-deposit-in-time", OWB, "decided", [M("Thar Heritage Stays <booking@tharheritagestays.in>",
     "Refund Request — Thar Heritage Stays / OWD-2025-3601",
     "नमस्ते Optima टीम,\n\n28 सितंबर को Thar Heritage Stays की नई website के लिए 25,000 advance दिया था (OWD-2025-3601)। हमारे partner ने "
     "हवेली बेचने का फैसला कर लिया है, इसलिए project अभी नहीं होगा। काम शुरू नहीं हुआ है। कृपया advance उसी card में वापस कर दें।\n\nमहेंद्र सिंह भाटी",
     (2025, 9, 30, 18, 0), IN)], [R("approve", "25000.00")],
     spec="Deposit 2025-09-28 10:00, no work started; request 2025-09-30 18:00 = 56 h < 72 h: refund 25000.00 before tax (O2).")

proj("Gwalior Fort Light Show Tours", "info@gwaliorforttours.in", None)
owpay("hi_w02", "OWD-2025-3602", "Gwalior Fort Light Show Tours", "deposit", "18000.00", "3240.00", "2025-09-26T10:30:00")
case("o02-gwalior-deposit-exactly-72h", OWB, "decided", [M("Gwalior Fort Light Show Tours <info@gwaliorforttours.in>",
     "advance wapas - Gwalior Fort Light Show Tours",
     "Namaskar, hamare board ne tay kiya hai ki tourism vibhag ki free listing hi kaafi hai. Project Gwalior Fort Light Show Tours ka advance "
     "OWD-2025-3602 wapas kar dijiye.\n\nAshok Bhadoriya",
     (2025, 9, 29, 10, 30), IN)], [R("deny")],
     spec="Deposit 2025-09-26 10:30; request 2025-09-29 10:30 = exactly 72 h, not before: deny (O2, section 8).")

proj("Ganga Aarti Homestay", "stay@gangaartihomestay.in", "2025-09-28T11:00:00")
owpay("hi_w03", "OWD-2025-3603", "Ganga Aarti Homestay", "deposit", "30000.00", "5400.00", "2025-09-27T20:00:00")
case("o03-rishikesh-deposit-work-started", OWB, "decided", [M("Ganga Aarti Homestay <stay@gangaartihomestay.in>",
     "project cancel aur advance wapas",
     "Namaste, kal raat humne Ganga Aarti Homestay ke liye advance diya tha (OWD-2025-3603) par baadh ki wajah se is saal budget nahi bacha. "
     "Advance wapas kar dijiye.\n\nDeepa Negi, Tapovan",
     (2025, 9, 28, 20, 0), IN)], [R("deny")], extra_ok=True,
     spec="Request 2025-09-28 20:00 is 24 h after payment but after work_started_at 2025-09-28 11:00 (whichever first): deny (O2). The subject also cancels the project: an extra cancellation decision is allowed (extra_ok).")

proj("Hisar Krishi Yantra", "office@hisarkrishiyantra.in", None)
owpay("hi_w04", "OWD-2025-3604", "Hisar Krishi Yantra", "discovery", "8000.00", "1440.00", "2025-09-20T10:00:00")
case("o04-hisar-discovery-not-started", OWB, "decided", [M("Hisar Krishi Yantra <office@hisarkrishiyantra.in>",
     "discovery session ka paisa",
     "Ram Ram, humne discovery session ka 8,000 bhara tha (OWD-2025-3604, Hisar Krishi Yantra) par session kade hua hi ni, koi call ni aaya. "
     "Ib hum dealer ki website pe hi apna maal daalenge. Paise wapas kar do.\n\nSandeep Beniwal",
     (2025, 9, 29, 10, 0), IN)], [R("approve", "8000.00")],
     spec="Discovery paid, no session started (work_started_at empty): refund in full 8000.00 (O1).")

proj("Meerut Scissors House", "sales@meerutscissors.in", "2025-09-22T15:00:00")
owpay("hi_w05", "OWD-2025-3605", "Meerut Scissors House", "discovery", "8000.00", "1440.00", "2025-09-18T10:00:00")
case("o05-meerut-discovery-held", OWB, "decided", [M("Meerut Scissors House <sales@meerutscissors.in>",
     "discovery call refund",
     "Sir 22 ko discovery call hui thi par usme kuch naya nahi bataya, sab humein pata tha. Fees wapas kijiye, OWD-2025-3605, Meerut Scissors House.\n\nFaizan",
     (2025, 9, 29, 10, 0), IN)], [R("deny")],
     spec="The discovery session took place (work_started_at 2025-09-22): deny (O1).")

proj("Ujjain Pooja Samagri", "orders@ujjainpoojasamagri.in", "2025-08-01T10:00:00")
owpay("hi_w06", "OWD-2025-3606", "Ujjain Pooja Samagri", "milestone", "15000.00", "2700.00", "2025-09-10T10:00:00", milestone_status="not_started")
case("o06-ujjain-milestone-not-started", OWB, "decided", [M("Ujjain Pooja Samagri <orders@ujjainpoojasamagri.in>",
     "Refund Request — Ujjain Pooja Samagri [OWD-2025-3606]",
     "जय श्री महाकाल,\n\nहमने तय किया है कि online payment gateway वाला हिस्सा (milestone, OWD-2025-3606) अभी नहीं करवाना, मंदिर ट्रस्ट की "
     "अनुमति नहीं मिली। आपकी टीम ने उस पर काम शुरू नहीं किया है, कृपया उस milestone की राशि लौटा दें।\n\nरवि शर्मा",
     (2025, 9, 29, 10, 0), IN)], [R("approve", "15000.00")],
     spec="Milestone not_started: refund its amount 15000.00 before tax (O3).")

proj("Gorakhpur Vidya Book Depot", "depot@gkpbookdepot.in", "2025-08-01T10:00:00")
owpay("hi_w07", "OWD-2025-3607", "Gorakhpur Vidya Book Depot", "milestone", "20000.00", "3600.00", "2025-09-05T10:00:00", milestone_status="in_progress")
case("o07-gorakhpur-milestone-in-progress", OWB, "decided", [M("Gorakhpur Vidya Book Depot <depot@gkpbookdepot.in>",
     "catalogue milestone band",
     "Namaskar, Gorakhpur Vidya Book Depot ka online catalogue wala hissa (OWD-2025-3607) rok dijiye. Aapke designer ne do-teen page hi banaye hain, "
     "humein ek sasta app mil gaya. Jo kaam nahi hua uska paisa wapas kijiye.\n\nVivek Mishra",
     (2025, 9, 29, 9, 0), IN)], [R("escalate")],
     spec="Milestone in_progress: the value of work not started needs a person: escalate (O3).")

proj("Doon Buransh School", "admin@doonburanshschool.in", "2025-06-01T10:00:00")
owpay("hi_w08", "OWD-2025-3608", "Doon Buransh School", "milestone", "12000.00", "2160.00", "2025-08-20T10:00:00", milestone_status="completed")
case("o08-dehradun-milestone-completed", OWB, "decided", [M("Doon Buransh School <admin@doonburanshschool.in>",
     "admission form milestone - refund",
     "महोदय,\n\nआपके द्वारा बनाया गया online admission form (milestone OWD-2025-3608) पूरा हो गया है, परंतु प्रबंधन समिति को रंग पसंद नहीं आए "
     "और कई अभिभावकों को भरने में दिक्कत हुई। अतः Doon Buransh School के इस milestone की राशि वापस करें।\n\nभवदीय\nप्रशासनिक अधिकारी",
     (2025, 9, 29, 10, 0), IN)], [R("deny")],
     spec="Milestone completed: non-refundable (O3, O6).")

proj("Triveni Tat Seva Ashram", "karyalaya@trivenitatseva.in", "2025-03-01T10:00:00")
owpay("hi_w09", "OWD-2025-3609", "Triveni Tat Seva Ashram", "retainer", "5000.00", "900.00", "2025-09-20T10:00:00",
      next_billing_at="2025-10-20T00:00:00", period_start="2025-09-20", period_end="2025-10-19")
case("o09-haridwar-ashram-retainer-notice", OWB, "decided", [M("Triveni Tat Seva Ashram <karyalaya@trivenitatseva.in>",
     "वेबसाइट रखरखाव सेवा समाप्त करने हेतु",
     "हरि ॐ,\n\nआश्रम की प्रबंध समिति की बैठक में निर्णय हुआ कि अब Triveni Tat Seva Ashram की वेबसाइट की देखरेख आश्रम के एक सेवक करेंगे, ताकि खर्च "
     "कम हो। अतः मासिक retainer (अंतिम बिल OWD-2025-3609) बंद करने की सूचना दी जाती है।\n\nआभार सहित\nव्यवस्थापक, त्रिवेणी तट सेवा आश्रम, हरिद्वार",
     (2025, 9, 30, 10, 0), IN)], [X("cancel", "2025-10-19")],
     spec="Retainer, next_billing_at 2025-10-20; request 2025-09-30 <= 10-13: notice >= 7 days: cancel effective 2025-10-19 (O4/O8).")

proj("Ludhiana Knitwear Exports", "export@ldhknitwear.in", "2025-04-01T10:00:00")
owpay("hi_w10", "OWD-2025-3610", "Ludhiana Knitwear Exports", "retainer", "7000.00", "1260.00", "2025-09-05T10:00:00",
      next_billing_at="2025-10-05T00:00:00", period_start="2025-09-05", period_end="2025-10-04")
case("o10-ludhiana-retainer-short-notice", OWB, "decided", [M("Ludhiana Knitwear Exports <export@ldhknitwear.in>",
     "monthly website plan band karo",
     "Sat Sri Akal ji, hamara bhatija ab website aur social media sambhalega, is liye Ludhiana Knitwear Exports ka monthly retainer band kar do ji. "
     "Last bill OWD-2025-3610. Aapka bahut dhanvaad.\n\nAmarjit Singh",
     (2025, 9, 29, 9, 0), IN)], [X("cancel", "2025-11-04")],
     spec="Next billing 2025-10-05; request 2025-09-29 is after 09-28 (less than 7 days): next cycle 10-05..11-04 billed, effective 2025-11-04 (O4).")

proj("Ulhasnagar Jeans Hub", "hub@ulhasjeans.in", "2025-03-01T10:00:00")
owpay("hi_w11", "OWD-2025-3611", "Ulhasnagar Jeans Hub", "retainer", "6000.00", "1080.00", "2025-09-16T10:00:00",
      next_billing_at="2025-10-16T00:00:00", period_start="2025-09-16", period_end="2025-10-15")
owpay("hi_w12", "OWD-2025-3612", "Ulhasnagar Jeans Hub", "retainer", "6000.00", "1080.00", "2025-09-16T10:05:00",
      next_billing_at="2025-11-16T00:00:00", period_start="2025-10-16", period_end="2025-11-15")
case("o11-ulhasnagar-retainer-prepaid", OWB, "decided", [M("Ulhasnagar Jeans Hub <hub@ulhasjeans.in>",
     "care plan band karna",
     "Saain, dukaan bech rahe hain, naye maalik ka apna web wala hai. Ulhasnagar Jeans Hub ka care plan band kar do. Humne September aur "
     "October dono ek saath bhare the (OWD-2025-3611 aur OWD-2025-3612).\n\nJitu Khubchandani",
     (2025, 9, 29, 12, 0), IN)], [X("escalate")],
     spec="Next cycle 10-16..11-15 already paid (OWD-2025-3612) and notice >= 7 days (09-29 <= 10-09): escalate (section 8, O4).")

proj("Bikaner Camel Festival Crafts", "crafts@bikanercamelcrafts.in", "2025-09-10T10:00:00")
owpay("hi_w13", "OWD-2025-3613", "Bikaner Camel Festival Crafts", "hosting_annual", "15600.00", "2808.00", "2025-09-20T10:00:00",
      setup_fee="1200.00", service_start="2025-09-20")
case("o12-bikaner-hosting-day9", OWB, "decided", [M("Bikaner Camel Festival Crafts <crafts@bikanercamelcrafts.in>",
     "hosting refund aur account band",
     "Namaste, humein hastshilp vibhag ke portal pe free hosting mil gayi hai, isliye Bikaner Camel Festival Crafts ki annual hosting jo 20 ko "
     "shuru hui thi (OWD-2025-3613) band kar dijiye aur 14 din wale niyam ke hisaab se jo paisa banta hai wapas kijiye.\n\nLeela Devi",
     (2025, 9, 29, 9, 0), IN)], [R("approve", "13200.00")], extra_ok=True,
     spec="Hosting started 2025-09-20, request 09-29 (day 9 <= 14): 15600 - 1200 - (14400/12 = 1200) x 1 = 13200.00 (O5); the ended plan may add a cancellation (extra_ok).")

proj("Chambal Ravines Resort", "stay@chambalravines.in", "2025-08-01T10:00:00")
owpay("hi_w14", "OWD-2025-3614", "Chambal Ravines Resort", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
case("o13-chambal-hosting-late", OWB, "decided", [M("Chambal Ravines Resort <stay@chambalravines.in>",
     "hosting refund OWD-2025-3614",
     "Suprabhat, Chambal Ravines Resort ki hosting bahut dheemi hai, gaon ke net pe site khulti nahi. Annual hosting (OWD-2025-3614) ka paisa wapas karo.\n\nVirendra Singh",
     (2025, 9, 29, 8, 0), IN)], [R("deny")],
     spec="Hosting started 2025-09-01; request 2025-09-29 = day 28 > 14: deny (O5).")

proj("Saharanpur Kath Kala", "info@saharanpurkathkala.in", "2025-07-01T10:00:00")
owpay("hi_w15", "OWD-2025-3615", "Saharanpur Kath Kala", "maintenance_annual", "24000.00", "4320.00", "2025-09-25T10:00:00",
      setup_fee="0.00", service_start="2025-10-15")
case("o14-saharanpur-maintenance-not-started", OWB, "decided", [M("Saharanpur Kath Kala <info@saharanpurkathkala.in>",
     "annual maintenance nahi chahiye - refund",
     "Assalam alaikum, Saharanpur Kath Kala ka annual maintenance (OWD-2025-3615) pichhle hafte bhara tha, par mera bhanja developer hai, wo "
     "muft mein dekh lega. Waise bhi 15 October se shuru hona hai. Refund karke band kar dijiye.\n\nShahid Ansari",
     (2025, 9, 30, 11, 0), IN)], [R("approve", "22000.00")], extra_ok=True,
     spec="Service starts 2025-10-15, request 2025-09-30: consumed_months is 1 (section 8): 24000 - 0 - 2000 x 1 = 22000.00 (O5).")

proj("Meerut Band Company", "band@meerutbandco.in", "2025-08-01T10:00:00")
owpay("hi_w16", "OWD-2025-3616", "Meerut Band Company", "third_party", "2500.00", "450.00", "2025-09-27T10:00:00")
case("o15-meerut-domain", OWB, "decided", [M("Meerut Band Company <band@meerutbandco.in>",
     "domain ka paisa",
     "Aapne .com domain khareeda (OWD-2025-3616) par humein .in hi chahiye tha. Domain ka paisa wapas kar do. Project Meerut Band Company.\n\nSalim",
     (2025, 9, 29, 14, 0), IN)], [R("deny")],
     spec="Domain registration is third_party: never refundable (O6).")

proj("Gwalior Stone Crafts", "orders@gwaliorstone.in", "2025-08-01T10:00:00")
owpay("hi_w17", "OWD-2025-3617", "Gwalior Stone Crafts", "rush", "6000.00", "1080.00", "2025-09-24T10:00:00")
case("o16-gwalior-rush-fee", OWB, "decided", [M("Gwalior Stone Crafts <orders@gwaliorstone.in>",
     "rush fee wapas",
     "Humne rush fee (OWD-2025-3617) di thi taaki Tansen Samaroh se pehle catalogue page ban jaaye, par hamara stall is baar cancel ho gaya. "
     "Ab jaldi ki zaroorat nahi, rush fee lauta dijiye. Gwalior Stone Crafts.\n\nPrakash Soni",
     (2025, 9, 28, 10, 0), IN)], [R("deny")],
     spec="Rush fee: never refundable (O6).")

proj("Haridwar Ayurveda Kendra", "kendra@hdwayurveda.in", "2025-07-01T10:00:00")
owpay("hi_w18", "OWD-2025-3618", "Haridwar Ayurveda Kendra", "change_request", "3500.00", "630.00", "2025-09-26T10:00:00")
case("o17-haridwar-change-request", OWB, "decided", [M("Haridwar Ayurveda Kendra <kendra@hdwayurveda.in>",
     "change request ka refund",
     "नमस्ते, हमने product page का layout बदलवाया था (OWD-2025-3618, Haridwar Ayurveda Kendra) पर वैद्य जी को पुराना ही पसंद है। "
     "ये बदलाव बेकार गया, पैसा वापस करें।\n\nमनोज सैनी",
     (2025, 9, 29, 10, 0), IN)], [R("deny")],
     spec="Change request: never refundable (O6).")

proj("Rishikesh Rafting Camp", "camp@rishikeshrafting.in", "2025-08-01T10:00:00")
owpay("hi_w19", "OWD-2025-3619", "Rishikesh Rafting Camp", "milestone", "10000.00", "1800.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o18-rishikesh-gmail-c2", OWB, "need_info", [M("Ankit Rana <ankitrana.rafting@gmail.com>",
     "Refund Request — Rishikesh Rafting Camp",
     "Hi, main Ankit, Rishikesh Rafting Camp ka manager. Apne gmail se likh raha hoon. Booking calendar wala milestone (OWD-2025-3619) hata do, "
     "malik online booking nahi chahte. Refund kar do.\n\nAnkit",
     (2025, 9, 29, 10, 0), IN)], rules=["C2"],
     spec="Sent from a personal gmail, not the contract email camp@rishikeshrafting.in: C2, disclose nothing.")

proj("Ujjain Mahakal Prasad", "prasad@ujjainmahakalprasad.in", "2025-06-01T10:00:00")
owpay("hi_w20", "OWD-2025-3620", "Ujjain Mahakal Prasad", "retainer", "4000.00", "720.00", "2025-09-18T10:00:00",
      next_billing_at="2025-10-18T00:00:00", period_start="2025-09-18", period_end="2025-10-17")
case("o19-ujjain-ca-forward-c2", OWB, "need_info", [M("CA Rakesh Joshi <rakesh.joshi.ca@gmail.com>",
     "Fwd: website retainer",
     "Optima team, mere client ka mail neeche hai, kripya karyavahi karein.\n\nCA Rakesh Joshi\n\n---------- Forwarded message ---------\n"
     "From: Ujjain Mahakal Prasad <prasad@ujjainmahakalprasad.in>\nDate: Mon, 29 Sept 2025 at 09:02\nSubject: website retainer\n"
     "To: CA Rakesh Joshi <rakesh.joshi.ca@gmail.com>\n\nJoshi ji, Optima ko boliye Ujjain Mahakal Prasad ka website retainer (OWD-2025-3620) band kar dein, "
     "online order ab mandir samiti ke portal se hoga.\nGopal",
     (2025, 9, 29, 11, 0), IN)], rules=["C2"],
     spec="Forward: the forwarded cancellation is from the contract email prasad@ujjainmahakalprasad.in; the sender is the accountant: C2.")

proj("Dehradun Litchi Farms", "farm@doonlitchi.in", "2025-04-01T10:00:00")
owpay("hi_w21", "OWD-2025-3621", "Dehradun Litchi Farms", "retainer", "4500.00", "810.00", "2025-09-25T10:00:00",
      next_billing_at="2025-10-25T00:00:00", period_start="2025-09-25", period_end="2025-10-24")
case("o20-dehradun-cancel-no-reason", OWB, "need_info", [M("Dehradun Litchi Farms <farm@doonlitchi.in>",
     "रद्दीकरण - Dehradun Litchi Farms - OWD-2025-3621",
     "नमस्ते,\n\nकृपया Dehradun Litchi Farms का retainer, बिल OWD-2025-3621, रद्द कर दें।\n\nधन्यवाद\nहिमानी थापा",
     (2025, 9, 29, 10, 0), IN)], missing=["reason"],
     spec="Project, invoice and contract email given, no reason; Optima requires one for cancellations too: ask for it (C3, section 8).")

proj("Hisar Cotton Ginning", "ops@hisargroup.in", "2025-06-01T10:00:00")
proj("Hisar Dairy Products", "ops@hisargroup.in", "2025-06-01T10:00:00")
owpay("hi_w22", "OWD-2025-3622", "Hisar Cotton Ginning", "milestone", "9000.00", "1620.00", "2025-09-20T10:00:00", milestone_status="not_started")
owpay("hi_w23", "OWD-2025-3623", "Hisar Dairy Products", "milestone", "9000.00", "1620.00", "2025-09-20T10:05:00", milestone_status="not_started")
case("o21-hisar-two-projects-vague", OWB, "need_info", [M("Hisar Group Office <ops@hisargroup.in>",
     "refund",
     "Ram Ram, jo milestone aapne abhi shuru ni kiya uske paise wapas kar do. Is baar narme ka bhaav kam hai, kharcha kam karna hai.\n\nSunil",
     (2025, 9, 29, 10, 0), IN)], missing=["project_name", "invoice_number"],
     spec="The contract email holds two projects with an unstarted milestone each; neither project nor invoice named: ask for both (C3).")

proj("Gorakhpur Terracotta Gallery", "gallery@gkpterracotta.in", "2025-08-01T10:00:00")
owpay("hi_w24", "OWD-2025-3624", "Gorakhpur Terracotta Gallery", "milestone", "14000.00", "2520.00", "2025-09-12T10:00:00", milestone_status="not_started")
case("o22-gorakhpur-thread-invoice", OWB, "decided", [
     M("Gorakhpur Terracotta Gallery <gallery@gkpterracotta.in>", "blog milestone refund",
       "Namaste, Gorakhpur Terracotta Gallery ka blog wala milestone refund kar dijiye, humare paas post likhne ka samay nahi hai.\n\nArchana Prajapati",
       (2025, 9, 29, 10, 0), IN),
     M("Gorakhpur Terracotta Gallery <gallery@gkpterracotta.in>", "Re: blog milestone refund",
       "Maaf kijiye, bill number OWD-2025-3624 hai.\n\nArchana\n\n> Kripya invoice ya payment reference batayein.",
       (2025, 9, 29, 15, 0), IN)], [R("approve", "14000.00")],
     spec="First mail lacks the invoice; the answer gives OWD-2025-3624; milestone not_started: refund 14000.00 (O3).")

proj("Jaisalmer Sam Dunes Camp", "camp@samdunescamp.in", "2025-07-01T10:00:00")
owpay("hi_w25", "OWD-2025-3625", "Jaisalmer Sam Dunes Camp", "milestone", "11000.00", "1980.00", "2025-09-10T10:00:00", milestone_status="approved")
case("o23-jaisalmer-chargeback", OWB, "decided", [M("Jaisalmer Sam Dunes Camp <camp@samdunescamp.in>",
     "refund nahi to chargeback",
     "Gallery page (OWD-2025-3625) jaisa bola tha waisa nahi bana, photo chhoti hain. Refund nahi kiya to bank se chargeback karwa dunga.\n\nHukam Singh",
     (2025, 9, 29, 10, 0), IN)], [R("escalate")], rules=["C4"],
     spec="Chargeback threat: escalate (C4), whatever O3 says of the approved milestone.")

proj("Ulhasnagar Sindhi Papad", "papad@ulhaspapad.in", None)
owpay("hi_w26", "OWD-2025-3626", "Ulhasnagar Sindhi Papad", "deposit", "20000.00", "3600.00", "2025-09-29T10:00:00")
case("o24-ulhasnagar-no-court-deposit", OWB, "decided", [M("Ulhasnagar Sindhi Papad <papad@ulhaspapad.in>",
     "advance OWD-2025-3626 wapas",
     "Saain, aaj subah Ulhasnagar Sindhi Papad ke liye advance bhara (OWD-2025-3626), phir bhai ne bataya usne already local agency ko de diya. "
     "Galti hamari hai, hum koi court-kachehri ya bank dispute nahi karenge, bas request hai, advance lauta dijiye.\n\nMohan Vaswani",
     (2025, 9, 29, 13, 0), IN)], [R("approve", "20000.00")],
     spec="Court and bank dispute ruled out (section 8 negation): no C4; deposit 2025-09-29 10:00, request 13:00 (3 h), no work: refund 20000.00 (O2).")

case("o25-auto-reply", OWB, "ignore", [M("Nitin Garg <nitin@ludhianaauto.in>",
     "Out of Office: Re: आपका बिल",
     "I am out of office till 6 October for the Navratri and Dussehra holidays. For urgent matters call the showroom.\n",
     (2025, 9, 29, 10, 0), IN, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Out-of-office with Auto-Submitted: auto-replied: ignore (C7).")

proj("Meerut Harvest Foods", "info@meerutharvest.in", "2025-05-01T10:00:00")
case("o26-meerut-hosting-question", OWB, "other", [M("Meerut Harvest Foods <info@meerutharvest.in>",
     "hosting renewal kab hai",
     "नमस्ते, Meerut Harvest Foods की annual hosting का renewal कब है, और क्या इस बार UPI / NEFT से payment कर सकते हैं?\n\nराजीव",
     (2025, 9, 29, 9, 0), IN)],
     spec="A question about the renewal date and payment method: other.")


if __name__ == "__main__":
    out = build("hi")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
