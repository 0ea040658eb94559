"""fresh23_es: Spanish held-out cases (Spain, Mexico, Argentina, Colombia, Chile, Peru).

Stdlib only, deterministic: `python3 make_cases.py` writes ledger.json, emails/*.eml and
expected.json beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, money, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": money[0], "tax": money[1], "currency": "INR", "paid_at": paid_at,
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


# ---------------------------------------------------------------- ledger
CUSTOMERS = [
    cust("maria.lopez@telefonica.net", "María López", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("jorge.ramirez@prodigy.net.mx", "Jorge Ramírez", "monthly", start="2025-09-05", end="2025-10-04"),
    cust("lucia.fernandez@fibertel.com.ar", "Lucía Fernández", "quarterly", start="2025-09-24", end="2025-12-23"),
    cust("andres.gomez@une.net.co", "Andrés Gómez", "monthly"),
    cust("camila.rojas@vtr.net", "Camila Rojas", "annual", start="2025-09-22", end="2026-09-21"),
    cust("diego.quispe@gmail.com", "Diego Quispe", "monthly", start="2025-09-01", end="2025-09-30"),
    cust("sofia.martin@yahoo.es", "Sofía Martín", "monthly", start="2025-09-10", end="2025-10-09"),
    cust("valentina.torres@hotmail.com", "Valentina Torres", "quarterly", start="2025-08-15", end="2025-11-14"),
    cust("pablo.sanchez@sanchezyasociados.es", "Pablo Sánchez", "quarterly", start="2025-09-01", end="2025-11-30"),
    cust("rodrigo.mendez@outlook.com", "Rodrigo Méndez", "monthly"),
    cust("isabel.castro@gmail.com", "Isabel Castro", "monthly", status="trial", trial_ends="2025-10-05"),
    cust("javier.ortega@ortegaasesores.es", "Javier Ortega", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("dr.herrera@clinicasonrisa.com.co", "Mauricio Herrera", "annual", start="2025-03-01", end="2026-02-28"),
    cust("martin.acosta@speedy.com.ar", "Martín Acosta", "annual", start="2025-09-18", end="2026-09-17"),
    cust("gabriela.nunez@gmail.com", "Gabriela Núñez", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("elena.prieto@gmail.com", "Elena Prieto", "annual", start="2025-04-01", end="2026-03-31"),
    cust("tomas.vidal@movistar.cl", "Tomás Vidal", "monthly", start="2025-09-08", end="2025-10-07"),
    cust("facturacion@laestrella.com.mx", "Distribuidora La Estrella", "quarterly", start="2025-07-10", end="2025-10-09"),
    cust("carmen.ruiz@gmail.com", "Carmen Ruiz", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("luis.herrera.co@gmail.com", "Luis Herrera", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("ricardo.paredes@gmail.com", "Ricardo Paredes", "quarterly", start="2025-09-17", end="2025-12-16"),
    cust("beatriz.gil@hotmail.es", "Beatriz Gil", "annual", start="2025-01-15", end="2026-01-14"),
    cust("oscar.delgado@gmail.com", "Óscar Delgado", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("natalia.vega@gmail.com", "Natalia Vega", "monthly", status="cancelled", start="2025-08-19", end="2025-09-18"),
    cust("alejandro.rivas@gmail.com", "Alejandro Rivas", "monthly", start="2025-09-30", end="2025-10-29"),
    cust("laura.campos@estudiocampos.es", "Laura Campos", "quarterly", start="2025-08-01", end="2025-10-31"),
    cust("ignacio.ferrer@gmail.com", "Ignacio Ferrer", "monthly", start="2025-09-15", end="2025-10-14"),
    cust("hector.salazar@cantv.net", "Héctor Salazar", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("patricia.luna@gmail.com", "Patricia Luna", "quarterly", start="2025-09-05", end="2025-12-04"),
    cust("ventas@panaderiasanjose.es", "Panadería San José", "annual", start="2025-09-19", end="2026-09-18"),
    cust("fernando.iglesias@movistar.es", "Fernando Iglesias", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("valeria.cardenas@icloud.com", "Valeria Cárdenas", "quarterly", start="2025-08-28", end="2025-11-27"),
]
LO_PAYMENTS = [
    lopay("es_lo_101", "LO-INV-23101", "maria.lopez@telefonica.net", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19"),
    lopay("es_lo_102", "LO-INV-23102", "maria.lopez@telefonica.net", "monthly", M, "2025-09-20T10:03:00", "2025-09-20", "2025-10-19"),
    lopay("es_lo_201", "LO-INV-23201", "jorge.ramirez@prodigy.net.mx", "monthly", M, "2025-09-05T09:00:00", "2025-09-05", "2025-10-04"),
    lopay("es_lo_202", "LO-INV-23202", "jorge.ramirez@prodigy.net.mx", "monthly", M, "2025-09-05T09:01:00", "2025-09-05", "2025-10-04"),
    lopay("es_lo_301", "LO-INV-23301", "lucia.fernandez@fibertel.com.ar", "quarterly", Q, "2025-09-24T08:00:00", "2025-09-24", "2025-12-23"),
    lopay("es_lo_302", "LO-INV-23302", "lucia.fernandez@fibertel.com.ar", "quarterly", Q, "2025-09-24T08:02:00", "2025-09-24", "2025-12-23"),
    lopay("es_lo_303", "LO-INV-23303", "lucia.fernandez@fibertel.com.ar", "quarterly", Q, "2025-09-24T08:05:00", "2025-09-24", "2025-12-23"),
    lopay("es_lo_401", "LO-INV-23401", "andres.gomez@une.net.co", "annual", A, "2025-09-26T11:00:00", "2025-09-26", "2026-09-25"),
    lopay("es_lo_501", "LO-INV-23501", "camila.rojas@vtr.net", "annual", A, "2025-09-22T12:00:00", "2025-09-22", "2026-09-21"),
    lopay("es_lo_601", "LO-INV-23601", "diego.quispe@gmail.com", "monthly", M, "2025-09-01T10:00:00", "2025-09-01", "2025-09-30"),
    lopay("es_lo_701", "LO-INV-23701", "sofia.martin@yahoo.es", "monthly", M, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09"),
    lopay("es_lo_801", "LO-INV-23801", "valentina.torres@hotmail.com", "quarterly", Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14"),
    lopay("es_lo_901", "LO-INV-23901", "pablo.sanchez@sanchezyasociados.es", "quarterly", Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30"),
    # paid_at with an offset: 2025-09-13 20:00 UTC is 2025-09-14 01:30 in Kolkata
    lopay("es_lo_1001", "LO-INV-24001", "rodrigo.mendez@outlook.com", "monthly", M, "2025-09-13T20:00:00Z", None, None),
    lopay("es_lo_1201", "LO-INV-24201", "javier.ortega@ortegaasesores.es", "monthly", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
    lopay("es_lo_1301", "LO-INV-24301", "dr.herrera@clinicasonrisa.com.co", "annual", A, "2025-03-01T10:00:00", "2025-03-01", "2026-02-28"),
    lopay("es_lo_1401", "LO-INV-24401", "martin.acosta@speedy.com.ar", "annual", A, "2025-09-18T10:00:00", "2025-09-18", "2026-09-17"),
    lopay("es_lo_1501", "LO-INV-24501", "gabriela.nunez@gmail.com", "monthly", ("1999.00", "359.82"), "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"),
    lopay("es_lo_1601", "LO-INV-24601", "elena.prieto@gmail.com", "annual", A, "2025-04-01T10:00:00", "2025-04-01", "2026-03-31"),
    lopay("es_lo_1701", "LO-INV-24701", "tomas.vidal@movistar.cl", "monthly", M, "2025-09-08T10:00:00", "2025-09-08", "2025-10-07"),
    lopay("es_lo_1801", "LO-INV-24801", "facturacion@laestrella.com.mx", "quarterly", Q, "2025-07-10T10:00:00", "2025-07-10", "2025-10-09"),
    lopay("es_lo_1901", "LO-INV-24901", "carmen.ruiz@gmail.com", "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("es_lo_2001", "LO-INV-25001", "luis.herrera.co@gmail.com", "monthly", M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22"),
    lopay("es_lo_2002", "LO-INV-25002", "luis.herrera.co@gmail.com", "monthly", M, "2025-09-23T09:04:00", "2025-09-23", "2025-10-22"),
    lopay("es_lo_2101", "LO-INV-25101", "ricardo.paredes@gmail.com", "quarterly", Q, "2025-09-17T11:00:00", "2025-09-17", "2025-12-16"),
    lopay("es_lo_2102", "LO-INV-25102", "ricardo.paredes@gmail.com", "quarterly", Q, "2025-09-17T11:02:00", "2025-09-17", "2025-12-16"),
    lopay("es_lo_2201", "LO-INV-25201", "beatriz.gil@hotmail.es", "annual", A, "2025-01-15T10:00:00", "2025-01-15", "2026-01-14"),
    lopay("es_lo_2301", "LO-INV-25301", "oscar.delgado@gmail.com", "monthly", M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
    lopay("es_lo_2302", "LO-INV-25302", "oscar.delgado@gmail.com", "monthly", M, "2025-09-28T10:01:00", "2025-09-28", "2025-10-27", status="refunded"),
    lopay("es_lo_2401", "LO-INV-25401", "natalia.vega@gmail.com", "monthly", M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18"),
    lopay("es_lo_2501", "LO-INV-25501", "alejandro.rivas@gmail.com", "monthly", M, "2025-09-30T07:00:00", "2025-09-30", "2025-10-29"),
    lopay("es_lo_2502", "LO-INV-25502", "alejandro.rivas@gmail.com", "monthly", M, "2025-09-30T07:02:00", "2025-09-30", "2025-10-29"),
    lopay("es_lo_2601", "LO-INV-25601", "laura.campos@estudiocampos.es", "quarterly", Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31"),
    lopay("es_lo_2701", "LO-INV-25701", "ignacio.ferrer@gmail.com", "monthly", M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14"),
    lopay("es_lo_2801", "LO-INV-25801", "hector.salazar@cantv.net", "monthly", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
    lopay("es_lo_2901", "LO-INV-25901", "patricia.luna@gmail.com", "quarterly", Q, "2025-09-05T10:00:00", "2025-09-05", "2025-12-04"),
    lopay("es_lo_3001", "LO-INV-26001", "ventas@panaderiasanjose.es", "annual", A, "2025-09-19T10:00:00", "2025-09-19", "2026-09-18"),
    lopay("es_lo_3101", "LO-INV-26101", "fernando.iglesias@movistar.es", "monthly", M, "2025-09-26T13:00:00", "2025-09-26", "2025-10-25"),
    lopay("es_lo_3102", "LO-INV-26102", "fernando.iglesias@movistar.es", "monthly", M, "2025-09-26T13:01:00", "2025-09-26", "2025-10-25"),
    lopay("es_lo_3201", "LO-INV-26201", "valeria.cardenas@icloud.com", "quarterly", Q, "2025-08-28T10:00:00", "2025-08-28", "2025-11-27"),
]
PROJECTS = [
    proj("Tienda Online Olivares", "admin@olivaresgourmet.es"),
    proj("Portal Inmobiliaria Cóndor", "direccion@condorinmobiliaria.es"),
    proj("App Reservas Sabores", "operaciones@saboresdemexico.mx", "2025-09-19T10:00:00"),
    proj("Estrategia Digital Pampa", "marketing@pampacampo.com.ar"),
    proj("Rediseño Café Altura", "gerencia@cafealtura.co", "2025-09-12T11:00:00"),
    proj("Ecommerce Textiles Andinos", "ventas@textilesandinos.pe", "2025-08-01T10:00:00"),
    proj("Mantenimiento Web Clínica Vital", "administracion@clinicavital.cl", "2025-06-01T10:00:00"),
    proj("Soporte SEO Grupo Norte", "compras@gruponorte.mx", "2025-05-01T10:00:00"),
    proj("Marketing Brisa", "hola@brisaestudio.es", "2025-06-05T10:00:00"),
    proj("Hosting Bodega Los Andes", "it@bodegalosandes.com.ar"),
    proj("Mantenimiento Ferretería El Sol", "contabilidad@ferreteriaelsol.pe", "2025-09-01T10:00:00"),
    proj("Web Estudio Ibáñez", "secretaria@estudioibanez.es", "2025-07-01T10:00:00"),
    proj("Landing Fiesta Patria", "eventos@fiestapatria.cl", "2025-09-10T10:00:00"),
    proj("Catálogo Muebles Roble", "pedidos@mueblesroble.mx", "2025-09-01T10:00:00"),
    proj("Community Manager Tacos Don Beto", "donbeto.tacos@gmail.com", "2025-04-01T10:00:00"),
    proj("Web Colegio San Martín", "direccion@colegiosanmartin.edu.co", "2025-07-15T10:00:00"),
    proj("Hosting Consultora Austral", "sistemas@consultoraaustral.cl"),
    proj("Sitio Vinos del Valle", "enologia@vinosdelvalle.cl", "2025-08-20T10:00:00"),
]
OW_PAYMENTS = [
    owpay("es_ow_01", "OWD-2025-301", "Tienda Online Olivares", "deposit", "30000.00", "5400.00", "2025-09-15T12:00:00"),
    owpay("es_ow_02", "OWD-2025-302", "Portal Inmobiliaria Cóndor", "deposit", "25000.00", "4500.00", "2025-09-18T15:00:00"),
    owpay("es_ow_03", "OWD-2025-303", "App Reservas Sabores", "deposit", "20000.00", "3600.00", "2025-09-18T18:00:00"),
    owpay("es_ow_04", "OWD-2025-304", "Estrategia Digital Pampa", "discovery", "15000.00", "2700.00", "2025-09-24T10:00:00"),
    owpay("es_ow_05", "OWD-2025-305", "Rediseño Café Altura", "discovery", "12000.00", "2160.00", "2025-09-08T10:00:00"),
    owpay("es_ow_11", "OWD-2025-311", "Ecommerce Textiles Andinos", "milestone", "40000.00", "7200.00", "2025-08-01T10:00:00", milestone_status="approved"),
    owpay("es_ow_12", "OWD-2025-312", "Ecommerce Textiles Andinos", "milestone", "35000.00", "6300.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
    owpay("es_ow_13", "OWD-2025-313", "Ecommerce Textiles Andinos", "milestone", "28000.00", "5040.00", "2025-09-20T10:00:00", milestone_status="not_started"),
    owpay("es_ow_21", "OWD-2025-321", "Mantenimiento Web Clínica Vital", "retainer", "12000.00", "2160.00", "2025-09-10T10:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00"),
    owpay("es_ow_22", "OWD-2025-322", "Soporte SEO Grupo Norte", "retainer", "18000.00", "3240.00", "2025-09-01T10:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00"),
    owpay("es_ow_23", "OWD-2025-323", "Marketing Brisa", "retainer", "15000.00", "2700.00", "2025-09-05T10:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00"),
    owpay("es_ow_24", "OWD-2025-324", "Marketing Brisa", "retainer", "15000.00", "2700.00", "2025-09-05T10:05:00",
          period_start="2025-10-05", period_end="2025-11-04", next_billing_at="2025-11-05T00:00:00"),
    owpay("es_ow_31", "OWD-2025-331", "Hosting Bodega Los Andes", "hosting_annual", "18000.00", "3240.00", "2025-09-09T10:00:00",
          setup_fee="2400.00", service_start="2025-09-10"),
    owpay("es_ow_32", "OWD-2025-332", "Mantenimiento Ferretería El Sol", "maintenance_annual", "24000.00", "4320.00", "2025-08-30T10:00:00",
          setup_fee="3000.00", service_start="2025-09-01"),
    owpay("es_ow_41", "OWD-2025-341", "Web Estudio Ibáñez", "third_party", "3500.00", "630.00", "2025-09-20T10:00:00"),
    owpay("es_ow_42", "OWD-2025-342", "Landing Fiesta Patria", "rush", "8000.00", "1440.00", "2025-09-10T10:00:00"),
    owpay("es_ow_51", "OWD-2025-351", "Catálogo Muebles Roble", "milestone", "22000.00", "3960.00", "2025-09-15T10:00:00", milestone_status="in_progress"),
    owpay("es_ow_52", "OWD-2025-352", "Community Manager Tacos Don Beto", "retainer", "9000.00", "1620.00", "2025-09-15T10:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00"),
    owpay("es_ow_53", "OWD-2025-353", "Web Colegio San Martín", "change_request", "6500.00", "1170.00", "2025-09-16T10:00:00"),
    owpay("es_ow_54", "OWD-2025-354", "Hosting Consultora Austral", "hosting_annual", "9600.00", "1728.00", "2025-09-22T10:00:00",
          setup_fee="1200.00", service_start="2025-10-05"),
    owpay("es_ow_55", "OWD-2025-355", "Sitio Vinos del Valle", "milestone", "16000.00", "2880.00", "2025-09-20T10:00:00",
          milestone_status="not_started", status="refunded"),
]

# ---------------------------------------------------------------- emails
CASES: list[dict] = []
TZ = {"ES": 2, "MX": -6, "AR": -3, "CO": -5, "CL": -3, "PE": -5, "VE": -4}


def when(y, mo, d, h, mi, zone):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=TZ[zone])))


def build(cid, i, m, prev_ids):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(m["date"])
    dom = m["frm"].split("@")[-1].rstrip(">").strip()
    mid = f"<{cid}.{i}.{m['date'].strftime('%Y%m%d%H%M')}@{dom}>"
    msg["Message-ID"] = mid
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    refs = list(prev_ids) + list(m.get("extra_refs", []))
    if refs:
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    if m.get("html_only"):
        msg.set_content(m["body"], subtype="html")
    else:
        msg.set_content(m["body"])
        if m.get("html"):
            msg.add_alternative(m["html"], subtype="html")
    return msg, mid


def case(short, brand, status, decisions=(), rules=(), spec="", msgs=(), **extra):
    n = len(CASES) + 1
    cid = f"{LANG}-l{n:02d}-{short}"
    files, ids = [], []
    for i, m in enumerate(msgs):
        msg, mid = build(cid, i, m, ids)
        suffix = "" if len(msgs) == 1 else f"-{i + 1}"
        fname = f"emails/l{n:02d}-{short}{suffix}.eml"
        (HERE / fname).write_bytes(msg.as_bytes())
        files.append(fname)
        ids.append(mid)
    exp = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status, "rules": list(rules)}
    if "missing" in extra:
        exp["missing"] = extra.pop("missing")
    exp["decisions"] = [dict(d) for d in decisions]
    exp.update(extra)
    exp["spec"] = spec
    CASES.append(exp)


def ref(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def can(outcome="cancel", date=None):
    return {"intent": "cancellation", "outcome": outcome, "effective_date": date}


def m(frm, to, subj, date, body, **kw):
    d = {"frm": frm, "to": to, "subj": subj, "date": date, "body": body}
    d.update(kw)
    return d


def write_all():
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    define_cases()
    ledger = {"customers": CUSTOMERS, "projects": PROJECTS, "payments": LO_PAYMENTS + OW_PAYMENTS}
    (HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")


def define_cases():
    # ===================================================== LeadsOptima
    case("cobro-duplicado-espana", LOB, "decided", [ref("approve", "1499.00")],
         spec="L2 duplicate + L4: two paid 1499.00 monthly charges 2025-09-20 same period; request 2025-09-22 (day 2); refund the later one, lo inv 23102 = LO-INV-23102.",
         msgs=[m("María López <maria.lopez@telefonica.net>", LO, "Cobro duplicado este mes",
                 when(2025, 9, 22, 11, 5, "ES"),
                 "Buenos días:\n\nOs escribo porque al revisar el extracto del banco veo que me habéis cobrado "
                 "dos veces la cuota mensual de LeadsOptima el sábado 20, dos cargos de 1.768,82 con IVA incluido, "
                 "uno detrás de otro.\n\nEl segundo es la factura lo inv 23102. Plan mensual, correo de registro "
                 "este mismo. ¿Me podéis devolver el cargo repetido?\n\nUn saludo,\nMaría López\nValencia\n")])

    case("cobro-doble-fuera-plazo-mx", LOB, "decided", [ref("deny")],
         spec="L3: charges 2025-09-05; email 2025-09-12 19:40 -06:00 = 2025-09-13 07:10 Asia/Kolkata, day 8 > 7: deny although it is still the 12th in Mexico.",
         msgs=[m("Jorge Ramirez <jorge.ramirez@prodigy.net.mx>", LO, "me cobraron doble!!",
                 when(2025, 9, 12, 19, 40, "MX"),
                 "que tal buenas tardes\n\nme cobraron doble la mensualidad la noche del 4 de septiembre, aparecen dos "
                 "cargos de $1,768.82 en mi tarjeta BBVA. la factura repetida es LO-INV-23202. plan mensual.\n"
                 "les pido de favor me regresen uno de los dos cargos\n\nsaludos\nJorge Ramírez\n"
                 "Enviado desde mi iPhone\n")])

    case("tres-cargos-ar", LOB, "decided", [ref("approve", "7998.00")],
         spec="Section 8 three identical charges: 3 x 3999.00 quarterly 2025-09-24 same period; request 2025-09-25 (day 1); every charge after the first refunded: 2 x 3999.00 = 7998.00.",
         msgs=[m("Lucía Fernández <lucia.fernandez@fibertel.com.ar>", LO, "Me debitaron TRES veces el plan trimestral",
                 when(2025, 9, 25, 10, 15, "AR"),
                 "Hola, ¿cómo andan?\n\nLes escribo re preocupada: el martes a la noche me debitaron tres veces el plan "
                 "trimestral, tres cargos iguales de $3.999 + IVA cada uno (facturas LO-INV-23301, LO-INV-23302 y "
                 "LO-INV-23303). Obviamente contraté una sola vez, se ve que el botón de pago se colgó y cobró "
                 "de más.\n\nNecesito que me reintegren los dos cargos duplicados a la tarjeta.\n\nMuchas gracias,\n"
                 "Lucía Fernández\nlucia.fernandez@fibertel.com.ar\n")])

    case("plan-equivocado-co", LOB, "decided", [ref("escalate")],
         spec="L2 billing_error (charged annual 11988.00 instead of monthly) 2025-09-26, request 2025-09-27 (day 1): L5 escalate, no amount.",
         msgs=[m("Andres Gomez <andres.gomez@une.net.co>", LO, "Cobro del plan anual por error",
                 when(2025, 9, 27, 8, 30, "CO"),
                 "Buenos días señores LeadsOptima,\n\nMuy amablemente les solicito revisar un cobro: yo tengo el "
                 "plan mensual pero el 26 de septiembre me cargaron el plan anual, $11.988 más IVA, factura "
                 "LO-INV-23401. Yo nunca cambié de plan, es un error en la facturación. Les agradezco "
                 "me devuelvan ese valor.\n\nQuedo atento,\n\nAndrés Gómez\nMedellín\n")])

    case("sin-acceso-dia7-cl", LOB, "decided", [ref("escalate")],
         spec="L2 access_failure; one charge 2025-09-22 12:00 (invoice filled from ledger, section 1); email 2025-09-29 09:10 -03:00 = 17:40 IST on 09-29, day 7 inside (L3): L6 escalate.",
         msgs=[m("Camila Rojas <camila.rojas@vtr.net>", LO, "No puedo entrar a la plataforma",
                 when(2025, 9, 29, 9, 10, "CL"),
                 "Hola,\n\nDesde el miércoles que no puedo entrar a la plataforma, pongo mi correo y clave y se "
                 "queda cargando, ya probé en otro computador y en el celular y nada. Le escribí al chat de "
                 "soporte y no me han solucionado nada.\n\nPagué el plan anual hace una semana y no lo he podido "
                 "usar, así que quiero que me devuelvan la plata.\n\nSaludos cordiales,\nCamila Rojas\n")])

    case("sin-acceso-fuera-plazo-pe", LOB, "decided", [ref("deny")],
         spec="L2 access_failure but the only charge was 2025-09-01, email 2025-09-15 18:20 -05:00 = 2025-09-16 04:50 IST (day 15 > 7): L3 deny.",
         msgs=[m("Diego Quispe <diego.quispe@gmail.com>", LO, "reembolso por falla",
                 when(2025, 9, 15, 18, 20, "PE"),
                 "Estimados, buenas tardes. La plataforma no carga desde hace dias, el dashboard sale en blanco "
                 "y no puedo trabajar con mis leads. Solicito la devolución de mi pago del plan mensual.\n\n"
                 "Atte.\nDiego Quispe\nLima - Perú\n")])

    case("ya-no-lo-uso-es", LOB, "decided", [ref("deny")],
         spec="L1: 'ya no lo uso / lo que queda del mes' is not an exception reason; one charge 2025-09-10, invoice filled from ledger: deny, cancellation offered.",
         msgs=[m("Sofia Martin <sofia.martin@yahoo.es>", LO, "devolucion",
                 when(2025, 9, 14, 22, 45, "ES"),
                 "hola buenas noches, la verdad es que ya no lo uso, lo contraté para una campaña que al final "
                 "no salió. me podeis devolver la parte que queda del mes? gracias\nsofia\n")])

    case("caro-baja-y-reembolso-ar", LOB, "decided", [ref("deny"), can("cancel", "2025-11-14")],
         spec="Refund: 'muy caro' is L1 (and charge 2025-08-15 is outside L3): deny. Cancellation: L8 current_period_end 2025-11-14.",
         msgs=[m("Valentina Torres <valentina.torres@hotmail.com>", LO, "Baja + devolución",
                 when(2025, 9, 20, 16, 0, "AR"),
                 "Buenas! Quiero dar de baja mi suscripción trimestral. Con el dólar como está me sale carísimo "
                 "y no lo puedo justificar. También quisiera que me devuelvan lo que pagué en agosto, aunque sea "
                 "una parte.\n\nSaludos,\nVale Torres\n")])

    case("baja-trimestral-formal", LOB, "decided", [can("cancel", "2025-11-30")],
         spec="L8: quarterly, current_period_end 2025-11-30: cancel, active until 2025-11-30; no refund asked.",
         msgs=[m("Pablo Sánchez <pablo.sanchez@sanchezyasociados.es>", LO, "Solicitud de cancelación de suscripción",
                 when(2025, 9, 23, 9, 30, "ES"),
                 "Estimados señores:\n\nPor medio de la presente les comunico nuestra decisión de cancelar la "
                 "suscripción trimestral de LeadsOptima asociada a esta dirección de correo, dado que hemos "
                 "integrado la captación de clientes en nuestro CRM corporativo.\n\nAtentamente,\n\n"
                 "Pablo Sánchez Ruiz\nDirector Comercial\nSánchez y Asociados, S.L.\n\n"
                 "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a "
                 "su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y "
                 "proceda a su eliminación.\n")])

    case("baja-sin-periodo-offset-mx", LOB, "decided", [can("cancel", "2025-10-13")],
         spec="L8 fallback (no current_period_end): last charge 2025-09-13T20:00Z = 2025-09-14 01:30 Kolkata; monthly: 2025-09-14 + 1 month - 1 day = 2025-10-13 (section 8, ledger offsets).",
         msgs=[m("Rodrigo Méndez <rodrigo.mendez@outlook.com>", LO, "Cancelar",
                 when(2025, 9, 24, 13, 12, "MX"),
                 "Hola, me pueden ayudar a cancelar mi plan mensual por favor? ya no lo vamos a ocupar porque "
                 "cerramos la sucursal. Gracias\n\nRodrigo\n")])

    case("prueba-gratis-reembolso", LOB, "decided", [ref("deny")],
         spec="L7: the account is on a free trial (status trial, no charges in the ledger): deny, nothing to refund (docs/ledger.md: status trial with trial_ends gives L7; the invoice requirement of section 3 exists to identify a charge, and a trial account has none to identify, so it is not asked for).",
         msgs=[m("Isabel Castro <isabel.castro@gmail.com>", LO, "Quiero mi reembolso",
                 when(2025, 9, 26, 17, 30, "CO"),
                 "Buenas tardes, estoy probando LeadsOptima y no me convenció para nada, es muy complicado de "
                 "configurar. Quiero que me hagan el reembolso.\n\nIsabel Castro\n")])

    case("gmail-otro-registro-c2", LOB, "need_info", rules=["C2"],
         spec="C2: sender javi.ortega84@gmail.com names registered javier.ortega@ortegaasesores.es: ask to write from the registered address, nothing about the account.",
         msgs=[m("Javi Ortega <javi.ortega84@gmail.com>", LO, "Darme de baja",
                 when(2025, 9, 21, 12, 0, "ES"),
                 "Hola, os escribo desde mi correo personal porque el del despacho lo tengo caído. Quiero "
                 "cancelar la suscripción mensual registrada con javier.ortega@ortegaasesores.es, no la "
                 "estamos aprovechando.\n\nGracias,\nJavier Ortega\n")])

    case("reenvio-secretaria-c2", LOB, "need_info", rules=["C2"],
         spec="Section 8 forwards + C2: RV: forwarded by the assistant; the forwarded request names registered dr.herrera@clinicasonrisa.com.co, not the sender.",
         msgs=[m("Recepción Clínica Sonrisa <recepcion@clinicasonrisa.com.co>", LO,
                 "RV: cancelación LeadsOptima", when(2025, 9, 25, 15, 20, "CO"),
                 "Buenas tardes, les reenvío la solicitud del doctor.\n\n"
                 "________________________________\n"
                 "De: Mauricio Herrera <dr.herrera@clinicasonrisa.com.co>\n"
                 "Enviado: jueves, 25 de septiembre de 2025 9:02\n"
                 "Para: Recepción Clínica Sonrisa <recepcion@clinicasonrisa.com.co>\n"
                 "Asunto: cancelación LeadsOptima\n\n"
                 "Sandra, porfa escríbales a los de LeadsOptima que cancelen el plan anual de la cuenta "
                 "dr.herrera@clinicasonrisa.com.co, ya no vamos a hacer pauta digital este año.\n\nDr. Herrera\n")])

    case("contracargo-baja-ar", LOB, "decided", [ref("escalate"), can("escalate")], rules=["C4"],
         spec="C4 covers the whole case: 'contracargo con la tarjeta' escalates both the refund and the cancellation (section 8).",
         msgs=[m("Martín Acosta <martin.acosta@speedy.com.ar>", LO, "URGENTE - baja y devolución",
                 when(2025, 9, 22, 21, 30, "AR"),
                 "Les escribo por tercera vez. Quiero la BAJA del plan anual y la devolución de los $11.988 que me "
                 "cobraron el 18. La plataforma no hace lo que prometieron en la demo.\n\nSi no me responden en 48 "
                 "horas inicio el contracargo con la tarjeta y hago la denuncia en Defensa del Consumidor.\n\n"
                 "Martín Acosta\n")])

    case("profeco-monto-mal-mx", LOB, "decided", [ref("escalate")], rules=["C4"],
         spec="C4: 'PROFECO' + 'mis derechos como consumidor' (consumer authority / statutory rights): escalate, whatever L5 would say.",
         msgs=[m("Gabriela Núñez <gabriela.nunez@gmail.com>", LO, "Cobro incorrecto factura LO-INV-24501",
                 when(2025, 9, 26, 10, 45, "MX"),
                 "Buen día. Antier en la noche me cobraron $1,999 más IVA cuando mi plan mensual cuesta $1,499, el monto es "
                 "incorrecto. Exijo que me devuelvan la diferencia o el cobro completo. Conozco mis derechos como "
                 "consumidora y si no se resuelve voy a levantar una queja ante PROFECO.\n\nGabriela Núñez\n")])

    case("no-quiero-reembolso-solo-baja", LOB, "decided", [can("cancel", "2026-03-31")],
         spec="Section 8 negation: 'no quiero reembolso' adds no refund intent; L8 cancel, current_period_end 2026-03-31.",
         msgs=[m("Elena Prieto <elena.prieto@gmail.com>", LO, "baja del plan anual",
                 when(2025, 9, 27, 10, 20, "ES"),
                 "Hola:\n\nQue conste que no quiero reembolso ni nada parecido, sé que el plan anual no se "
                 "devuelve. Solo quiero que no se me renueve en marzo: dadme de baja, por favor. Me jubilo y "
                 "cierro la consulta.\n\nGracias por todo,\nElena\n")])

    case("pregunta-antes-de-comprar-pe", LOB, "other",
         spec="Section 8 hypothetical: 'si contrato... ¿me devuelven?' before buying is a policy question: other.",
         msgs=[m("Ferretería El Sol <contacto@ferreteriaelsol-lima.pe>", LO, "Consulta antes de contratar",
                 when(2025, 9, 24, 11, 0, "PE"),
                 "Buenos días, estamos evaluando contratar el plan anual. Una consulta: si lo contratamos y a los "
                 "dos meses vemos que no nos sirve, ¿nos devolverían el dinero? ¿o hay algún plan mensual para "
                 "probar primero?\n\nSaludos,\nRosa Huamán\nFerretería El Sol\n")])

    case("gracias-tras-reembolso-cl", LOB, "other",
         spec="A thank-you for a refund already received asks for nothing: other, no decision.",
         msgs=[m("Tomás Vidal <tomas.vidal@movistar.cl>", LO, "Re: Reembolso procesado [LO-3391]",
                 when(2025, 9, 29, 12, 5, "CL"),
                 "Hola, les escribo solo para darles las gracias, hoy me llegó el reembolso a la tarjeta. "
                 "Súper rápido, bacán.\n\nSaludos\nTomás\n\n"
                 "El lun, 22 sept 2025 a las 10:14, LeadsOptima Support <support@leadsoptima.com> escribió:\n"
                 "> Hola Tomás, hemos aprobado el reembolso del cargo duplicado...\n",
                 extra_refs=["<lo-3391.reply@leadsoptima.com>"])])

    case("factura-cfdi-mx", LOB, "other",
         spec="Invoice question (CFDI with RFC) that asks for no refund or cancellation: other.",
         msgs=[m("Facturación La Estrella <facturacion@laestrella.com.mx>", LO, "Solicitud de CFDI julio",
                 when(2025, 9, 23, 9, 50, "MX"),
                 "Buenos días,\n\nPara nuestra contabilidad necesitamos la factura LO-INV-24801 de julio con "
                 "nuestros datos fiscales: RFC DLE980312AB1, uso de CFDI G03. ¿Nos la podrían reenviar con esos "
                 "datos?\n\nQuedamos atentos.\n\nC.P. Adriana Solís\nDistribuidora La Estrella S.A. de C.V.\n")])

    case("sin-motivo-firma", LOB, "need_info", missing=["reason"],
         spec="LO refund needs a reason (section 3); greeting, restated request and signature/disclaimer are not reasons (section 8). Plan and invoice come from the ledger (one charge).",
         msgs=[m("Carmen Ruiz <carmen.ruiz@gmail.com>", LO, "Solicitud de reembolso",
                 when(2025, 9, 28, 11, 40, "ES"),
                 "Buenos días,\n\nPor la presente solicito el reembolso del último pago realizado a LeadsOptima.\n\n"
                 "Quedo a la espera de su respuesta.\n\nUn cordial saludo,\n\nCarmen Ruiz Beltrán\n"
                 "Tel. 654 321 987\n\n"
                 "Antes de imprimir este correo, piense en el medio ambiente.\n"
                 "Este correo es confidencial. Si no es usted el destinatario, bórrelo.\n")])

    case("hilo-responde-motivo-co", LOB, "decided", [ref("approve", "1499.00")],
         spec="C3 thread: first mail names LO-INV-25002 without a reason; the answer ('me cobraron dos veces') is merged; two paid 1499.00 charges 2025-09-23 same period; request time = first mail 2025-09-24 (day 1): L4 approve 1499.00.",
         msgs=[m("Luis Herrera <luis.herrera.co@gmail.com>", LO, "Reembolso factura LO-INV-25002",
                 when(2025, 9, 24, 9, 15, "CO"),
                 "Buenos días, solicito el reembolso de la factura LO-INV-25002 del plan mensual. Gracias.\n\nLuis Herrera\n"),
               m("Luis Herrera <luis.herrera.co@gmail.com>", LO, "Re: Reembolso factura LO-INV-25002 [LO-4410]",
                 when(2025, 9, 25, 8, 2, "CO"),
                 "Claro, el motivo es que me cobraron dos veces el mismo mes, la LO-INV-25001 y la LO-INV-25002 "
                 "el mismo día, por eso pido que me devuelvan la segunda.\n\nLuis\n\n"
                 "El mié, 24 sept 2025 a las 12:40, LeadsOptima Support <support@leadsoptima.com> escribió:\n"
                 "> Hola Luis: para revisar su solicitud necesitamos el motivo del reembolso.\n"
                 "> Referencia del caso: [LO-4410]\n",
                 extra_refs=["<lo-4410.reply@leadsoptima.com>"])])

    case("duplicado-dia7-pe", LOB, "decided", [ref("approve", "3999.00")],
         spec="L3 day 7 is inside: charges 2025-09-17 11:00 IST; email 2025-09-24 08:05 -05:00 = 18:35 IST on 09-24 (day 7): L4 approve 3999.00.",
         msgs=[m("Ricardo Paredes <ricardo.paredes@gmail.com>", LO, "Doble cargo plan trimestral",
                 when(2025, 9, 24, 8, 5, "PE"),
                 "Buenos días. Recién reviso mi estado de cuenta del BCP y figura que me han cobrado dos veces el "
                 "plan trimestral el 17/09 (3,999 rupias cada uno, más IGV). El segundo cobro es la factura "
                 "LO INV 25102. Les agradeceré se sirvan devolver el importe duplicado.\n\nAtentamente,\n"
                 "Ricardo Paredes\nArequipa\n")])

    case("html-solo-baja-anual", LOB, "decided", [can("cancel", "2026-01-14")],
         spec="HTML-only webmail; L8: annual, current_period_end 2026-01-14: cancel.",
         msgs=[m("Beatriz Gil <beatriz.gil@hotmail.es>", LO, "Cancelación",
                 when(2025, 9, 18, 19, 25, "ES"), html_only=True,
                 body="<html><body><div style=\"font-family:Calibri\">Hola,<br><br>Quiero <b>cancelar</b> mi "
                      "suscripción anual de LeadsOptima. Hemos cambiado de herramienta en la empresa.<br><br>"
                      "Gracias,<br>Beatriz Gil<br><br><span style=\"color:#888\">Enviado desde "
                      "<a href=\"https://outlook.live.com\">Outlook</a></span></div></body></html>")])

    case("segundo-cargo-ya-reembolsado", LOB, "decided", [ref("escalate")],
         spec="Duplicate claimed, but LO-INV-25302 has status refunded: no two paid charges (L4) and section 8 'payments not paid': escalate.",
         msgs=[m("Óscar Delgado <oscar.delgado@gmail.com>", LO, "cobro doble mensualidad",
                 when(2025, 9, 29, 10, 0, "MX"),
                 "Hola buen día, el sábado en la noche me cobraron dos veces la mensualidad, el segundo cargo es el "
                 "LO-INV-25302. Plan mensual. Me lo pueden devolver?\n\nGracias\nÓscar\n")])

    case("cobro-tras-baja-ar", LOB, "decided", [ref("escalate")],
         spec="L2 billing_error 'me cobraron después de darme de baja'; only charge 2025-09-19 (invoice filled), request 2025-09-21 (day 2): L5 escalate.",
         msgs=[m("Natalia Vega <natalia.vega@gmail.com>", LO, "Me cobraron después de cancelar",
                 when(2025, 9, 21, 11, 30, "AR"),
                 "Hola! Yo me di de baja en agosto desde Billing y aun así el 19 me volvieron a cobrar la "
                 "mensualidad. Me cobraron después de cancelar, no corresponde. Pido que me reintegren ese "
                 "cobro.\n\nNatalia\n")])

    case("spanglish-double-charge-mx", LOB, "decided", [ref("approve", "1499.00")],
         spec="Code-switching; L4: two paid 1499.00 charges 2025-09-30 07:00 IST; email 2025-09-29 21:10 -06:00 = 2025-09-30 08:40 IST (day 0): approve 1499.00; 'lo-inv-25502' matches.",
         msgs=[m("Alejandro Rivas <alejandro.rivas@gmail.com>", LO, "double charge!! cobro doble",
                 when(2025, 9, 29, 21, 10, "MX"),
                 "hey que onda, acabo de ver que me hicieron double charge, me llegaron 2 notificaciones del "
                 "banco de $1,499 + IVA por el monthly plan. el repetido es lo-inv-25502. pls refund it asap, "
                 "gracias!!\n\nAlex\nSent from my Galaxy\n")])

    case("reply-to-no-verifica", LOB, "need_info", rules=["C2"],
         spec="Section 8: the sender is the From address; Reply-To (the registered address) never verifies anyone: C2.",
         msgs=[m("Laura Campos <lauracampos.personal@gmail.com>", LO, "Baja suscripción trimestral",
                 when(2025, 9, 22, 18, 40, "ES"),
                 "Hola, quiero dar de baja la suscripción trimestral del estudio. Respondedme al correo del "
                 "estudio, que es el registrado.\n\nLaura Campos\nEstudio Campos Arquitectura\n",
                 reply_to="laura.campos@estudiocampos.es")])

    case("direccion-con-etiqueta", LOB, "need_info", rules=["C2"],
         spec="Section 8: ignacio.ferrer+leads@gmail.com is another address than the registered ignacio.ferrer@gmail.com: C2.",
         msgs=[m("Ignacio Ferrer <ignacio.ferrer+leads@gmail.com>", LO, "cancelar plan",
                 when(2025, 9, 26, 13, 15, "AR"),
                 "Buenas, quiero cancelar el plan mensual. No lo estoy usando. Gracias.\nIgnacio\n")])

    case("mayusculas-baja-ve", LOB, "decided", [can("cancel", "2025-10-11")],
         spec="Section 8: addresses compare case-insensitively (Hector.Salazar@CANTV.net is the registered one); L8 cancel at current_period_end 2025-10-11.",
         msgs=[m("HECTOR SALAZAR <Hector.Salazar@CANTV.net>", LO, "CANCELACION",
                 when(2025, 9, 20, 9, 45, "VE"),
                 "BUENOS DIAS FAVOR CANCELAR MI PLAN MENSUAL YA QUE EL NEGOCIO ESTA CERRADO POR REMODELACION.\n"
                 "GRACIAS\nHECTOR SALAZAR\n")])

    case("reembolso-pasado-baja-ahora", LOB, "decided", [can("cancel", "2025-12-04")],
         spec="Past event: a refund received last year is history, not a request; the request is a cancellation: L8 cancel at 2025-12-04.",
         msgs=[m("Patricia Luna <patricia.luna@gmail.com>", LO, "cancelación de la suscripción",
                 when(2025, 9, 30, 16, 20, "CO"),
                 "Hola, el año pasado tuve un problema con un cobro y ustedes me hicieron el reembolso sin "
                 "problema, muy amables. Ahora les escribo porque quiero cancelar la suscripción trimestral, "
                 "vamos a manejar todo con una agencia. Gracias.\n\nPatricia Luna\n")])

    case("dictado-sin-puntuacion-baja-y-devolucion", LOB, "decided", [ref("deny"), can("cancel", "2026-09-18")],
         spec="Dictated mail; refund reason 'lo pagamos sin querer / no lo necesitamos' is L1 (changed mind): deny; cancel L8 at current_period_end 2026-09-18.",
         msgs=[m("Panadería San José <ventas@panaderiasanjose.es>", LO, "baja",
                 when(2025, 9, 21, 8, 10, "ES"),
                 "hola buenos dias soy Paco de la panaderia san jose mi hija contrato el plan anual sin "
                 "consultarme y la verdad no lo necesitamos para nada asi que quiero darlo de baja y que me "
                 "devolvais el dinero del año por favor gracias\n\nEnviado desde mi móvil\n")])

    case("reenvio-thunderbird-aviso-banco", LOB, "decided", [ref("approve", "1499.00")],
         spec="Forward (Thunderbird) of the bank's alert by the registered customer himself: duplicate 1499.00 monthly 2025-09-26, request 2025-09-27 (day 1), duplicate LO-INV-26102: L4 approve 1499.00.",
         msgs=[m("Fernando Iglesias <fernando.iglesias@movistar.es>", LO, "Fwd: Aviso de cargo en su tarjeta",
                 when(2025, 9, 27, 12, 40, "ES"),
                 "Buenas, os reenvío el aviso del banco. Me habéis cobrado dos veces la mensualidad el mismo día; "
                 "el cargo repetido es el de la factura LO-INV-26102. Devolvedme ese, por favor.\n\nFernando\n\n"
                 "-------- Mensaje reenviado --------\n"
                 "Asunto: \tAviso de cargo en su tarjeta\n"
                 "Fecha: \tFri, 26 Sep 2025 09:31:12 +0200\n"
                 "De: \tBanco Ejemplo <alertas@bancoejemplo.es>\n"
                 "Para: \tfernando.iglesias@movistar.es\n\n"
                 "Se han realizado dos cargos de 1.768,82 INR en su tarjeta terminada en 4421 en LEADSOPTIMA.COM.\n"
                 "Si no reconoce estas operaciones, llame al 900 000 000.\n")])

    case("respuesta-arriba-apple-mail-baja", LOB, "decided", [can("cancel", "2025-11-27")],
         spec="Top-posted Apple Mail reply over the welcome mail; the new text asks to cancel: L8 cancel at current_period_end 2025-11-27.",
         msgs=[m("Valeria Cárdenas <valeria.cardenas@icloud.com>", LO, "Re: Bienvenida a LeadsOptima",
                 when(2025, 9, 26, 19, 5, "PE"),
                 "Hola, aprovecho este correo para pedirles que cancelen mi plan trimestral, me voy a vivir a "
                 "España y cierro la tienda.\n\nValeria\n\nEnviado desde mi iPhone\n\n"
                 "> El 28 ago 2025, a las 10:14, LeadsOptima Support <support@leadsoptima.com> escribió:\n>\n"
                 "> Hola Valeria, ¡bienvenida! Tu plan trimestral ya está activo.\n"
                 "> Puedes cancelar cuando quieras desde Billing > Cancel Plan.\n",
                 extra_refs=["<welcome.2819@leadsoptima.com>"])])

    # ===================================================== Optima WebDesign
    case("anticipo-24h-es", OWB, "decided", [ref("approve", "30000.00")], extra_ok=True,
         spec="O2: deposit 30000.00 + 5400.00 tax paid 2025-09-15 12:00 IST, no work; email 2025-09-16 10:00 +02:00 = 13:30 IST (25.5 h): approve 30000.00 (tax kept, C6).",
         msgs=[m("Juan Olivares <admin@olivaresgourmet.es>", OWD, "Refund Request — Tienda Online Olivares / OWD-2025-301",
                 when(2025, 9, 16, 10, 0, "ES"),
                 "Buenos días:\n\nAyer abonamos la señal de la Tienda Online Olivares (factura OWD-2025-301, "
                 "30.000 INR + impuestos). Anoche el consejo decidió aplazar el proyecto al año que viene por "
                 "un tema de presupuesto, así que solicitamos la devolución de la señal. Entendemos que no "
                 "habéis empezado nada todavía.\n\nSaludos,\nJuan Olivares\nOlivares Gourmet\n")])

    case("anticipo-72h-exactas", OWB, "decided", [ref("deny")],
         spec="Section 8 exactly 72 h: deposit paid 2025-09-18 15:00 IST; email 2025-09-21 11:30 +02:00 = 15:00 IST, exactly 72 h: not before: O2 deny.",
         msgs=[m("Dirección Cóndor <direccion@condorinmobiliaria.es>", OWD, "Devolución señal Portal Inmobiliaria Cóndor",
                 when(2025, 9, 21, 11, 30, "ES"),
                 "Hola, pedimos la devolución de la señal del proyecto Portal Inmobiliaria Cóndor, factura "
                 "OWD-2025-302. El socio que impulsaba la web se ha ido de la empresa y ya no vamos a hacerla.\n\n"
                 "Gracias,\nElena Ruiz\nInmobiliaria Cóndor\n")])

    case("anticipo-trabajo-empezado-mx", OWB, "decided", [ref("deny")],
         spec="O2: deposit paid 2025-09-18 18:00 IST; work started 2025-09-19 10:00 IST, before the request 2025-09-20 (< 72 h): 'whichever occurs first': deny.",
         msgs=[m("Operaciones Sabores <operaciones@saboresdemexico.mx>", OWD, "reembolso anticipo app reservas",
                 when(2025, 9, 19, 19, 30, "MX"),
                 "Buenas noches, queremos el reembolso del anticipo de la App Reservas Sabores (OWD-2025-303). "
                 "Encontramos otra solución ya hecha que nos sale más barata.\n\nSaludos\nLic. Fernando Ortiz\n")])

    case("discovery-sin-empezar-ar", OWB, "decided", [ref("approve", "15000.00")],
         spec="O1: discovery 15000.00 paid 2025-09-24, no session started (work_started_at empty): approve 15000.00.",
         msgs=[m("Marketing Pampa <marketing@pampacampo.com.ar>", OWD, "Devolución sesión de estrategia - Estrategia Digital Pampa",
                 when(2025, 9, 26, 12, 0, "AR"),
                 "Hola equipo de Optima, ¿qué tal?\n\nPagamos la consultoría de estrategia (factura OWD-2025-304) "
                 "pero la gerencia congeló todo el presupuesto de marketing hasta fin de año, así que no vamos a "
                 "poder hacer las sesiones. Todavía no agendamos ninguna. ¿Nos pueden devolver lo abonado?\n\n"
                 "Abrazo,\nFlorencia Benítez\nPampa Campo S.A.\n")])

    case("discovery-ya-empezado-co", OWB, "decided", [ref("deny")],
         spec="O1: discovery session started 2025-09-12, request 2025-09-20: deny.",
         msgs=[m("Gerencia Café Altura <gerencia@cafealtura.co>", OWD, "Solicitud de devolución",
                 when(2025, 9, 20, 10, 10, "CO"),
                 "Buen día. Tuvimos la primera sesión de estrategia para el Rediseño Café Altura pero no nos "
                 "gustó el enfoque, sentimos que no entendieron la marca. Solicitamos la devolución de la factura "
                 "OWD-2025-305.\n\nCordialmente,\nSantiago Mejía\n")])

    case("hito-no-empezado-pe", OWB, "decided", [ref("approve", "28000.00")], extra_ok=True,
         spec="O3: milestone OWD-2025-313 not_started: approve its amount 28000.00 (tax 5040.00 kept, C6).",
         msgs=[m("Ventas Textiles Andinos <ventas@textilesandinos.pe>", OWD, "Reembolso hito 3 - Ecommerce Textiles Andinos",
                 when(2025, 9, 27, 9, 20, "PE"),
                 "Estimados:\n\nHemos decidido no implementar la pasarela de pagos internacional (hito 3, factura "
                 "OWD 2025 313) porque por ahora solo venderemos en Perú. Como ese trabajo aún no empieza, les "
                 "solicitamos la devolución de dicho hito.\n\nAtentamente,\nCarla Mamani\nJefa de Ventas\n")])

    case("hito-en-curso-pe", OWB, "decided", [ref("escalate")],
         spec="O3: milestone OWD-2025-312 in_progress: escalate (billable value of work not started needs a person), no amount.",
         msgs=[m("Ventas Textiles Andinos <ventas@textilesandinos.pe>", OWD, "Devolución parcial hito 2",
                 when(2025, 9, 29, 15, 0, "PE"),
                 "Estimados, respecto al hito 2 (OWD-2025-312, catálogo y fichas de producto): hemos reducido "
                 "el catálogo a la mitad, así que pedimos que nos devuelvan la parte del hito que ya no "
                 "necesitamos.\n\nSaludos,\nCarla Mamani\n")])

    case("hito-aprobado-pe", OWB, "decided", [ref("deny")],
         spec="O3/O6: milestone OWD-2025-311 approved: deny (approved milestones are non-refundable).",
         msgs=[m("Ventas Textiles Andinos <ventas@textilesandinos.pe>", OWD, "Hito 1",
                 when(2025, 9, 30, 11, 30, "PE"),
                 "Buenos días, el diseño de la tienda (hito 1, OWD-2025-311) lo aprobamos en agosto pero ahora "
                 "el directorio dice que no le gusta cómo quedó. Queremos el reembolso de ese hito.\n\n"
                 "Carla Mamani\n")])

    case("retainer-aviso-suficiente-cl", OWB, "decided", [can("cancel", "2025-10-09")],
         spec="O4/O8: next_billing_at 2025-10-10; request 2025-09-25 <= 2025-10-03 (7 days' notice): cancel, effective 2025-10-09.",
         msgs=[m("Administración Clínica Vital <administracion@clinicavital.cl>", OWD,
                 "Término contrato mantención - Mantenimiento Web Clínica Vital", when(2025, 9, 25, 10, 0, "CL"),
                 "Estimados:\n\nJunto con saludar, informamos que no renovaremos el servicio de mantención "
                 "mensual (última factura OWD-2025-321), ya que la clínica contrató un área de TI interna.\n\n"
                 "Saludos cordiales,\nMaría José Fuentes\nJefa de Administración\n")])

    case("retainer-poco-aviso-mx", OWB, "decided", [can("cancel", "2025-10-31")],
         spec="O4: next_billing_at 2025-10-01; email 2025-09-26 17:45 -06:00 = 2025-09-27 05:15 IST > 2025-09-24 (less than 7 days): next cycle 2025-10-01..2025-10-31 billed, effective 2025-10-31.",
         msgs=[m("Compras Grupo Norte <compras@gruponorte.mx>", OWD, "Cancelación servicio SEO",
                 when(2025, 9, 26, 17, 45, "MX"),
                 "Buenas tardes, por instrucciones de dirección cancelamos el Soporte SEO Grupo Norte (factura "
                 "OWD-2025-322). Se recortó el presupuesto de marketing para el último trimestre.\n\n"
                 "Saludos,\nIng. Raúl Treviño\nCompras\n")])

    case("retainer-pagado-adelantado-es", OWB, "decided", [can("escalate")],
         spec="Section 8 retainer paid in advance: the next cycle (2025-10-05..11-04, OWD-2025-324) is already paid and the notice (2025-09-20 <= 2025-09-28) is >= 7 days: escalate.",
         msgs=[m("Brisa Estudio <hola@brisaestudio.es>", OWD, "Cancelar retainer Marketing Brisa",
                 when(2025, 9, 20, 12, 30, "ES"),
                 "¡Hola chicos!\n\nOs escribo para cancelar el retainer de Marketing Brisa. Vamos a traer el "
                 "marketing in-house porque hemos contratado a una persona. Sé que pagamos octubre por adelantado "
                 "(OWD-2025-324), ya me decís cómo lo hacemos.\n\nUn abrazo,\nNuria\n")])

    case("hosting-anual-14dias-ar", OWB, "decided", [ref("approve", "14300.00")], extra_ok=True,
         spec="O5: hosting 18000.00 incl. setup 2400.00, start 2025-09-10, email 2025-09-18 15:40 -03:00 = 2025-09-19 00:10 IST (day 9 <= 14): (18000-2400)/12 = 1300; 18000-2400-1300 = 14300.00.",
         msgs=[m("IT Bodega Los Andes <it@bodegalosandes.com.ar>", OWD, "Baja hosting anual y reintegro",
                 when(2025, 9, 18, 15, 40, "AR"),
                 "Hola, buenas tardes.\n\nContratamos el hosting anual para la web de la bodega (Hosting Bodega Los "
                 "Andes, factura OWD-2025-331) pero el grupo nos obliga a usar el servidor corporativo. Queremos "
                 "cancelarlo y que nos reintegren lo que corresponda según la política de los 14 días.\n\n"
                 "Saludos,\nGonzalo Ferreyra\nSistemas\n")])

    case("mantenimiento-anual-tarde-pe", OWB, "decided", [ref("deny")], extra_ok=True,
         spec="O5: maintenance_annual started 2025-09-01, request 2025-09-22 (21 days > 14): deny.",
         msgs=[m("Contabilidad Ferretería El Sol <contabilidad@ferreteriaelsol.pe>", OWD,
                 "Devolución mantenimiento anual", when(2025, 9, 22, 10, 0, "PE"),
                 "Señores Optima WebDesign:\n\nSolicitamos la devolución proporcional del plan de mantenimiento anual "
                 "del proyecto Mantenimiento Ferretería El Sol (factura OWD-2025-332), debido a que la empresa "
                 "atraviesa una reestructuración y no podemos sostener el gasto.\n\nAtte.\nCPC Jorge Huamán\n")])

    case("dominio-ssl-terceros-es", OWB, "decided", [ref("deny")],
         spec="O6: third_party (domain + SSL renewal OWD-2025-341): never refundable: deny.",
         msgs=[m("Secretaría Estudio Ibáñez <secretaria@estudioibanez.es>", OWD, "Renovación dominio",
                 when(2025, 9, 24, 12, 15, "ES"),
                 "Buenos días,\n\nNos ha llegado el cargo de la renovación del dominio y el certificado SSL de la Web "
                 "Estudio Ibáñez (OWD-2025-341). No sabíamos que se renovaba solo y no lo queremos: el despacho "
                 "va a cerrar la web. Solicitamos la devolución.\n\nAtentamente,\nPilar\n")])

    case("tarifa-urgencia-cl", OWB, "decided", [ref("deny")],
         spec="O6: rush fee (OWD-2025-342) is never refundable: deny.",
         msgs=[m("Eventos Fiesta Patria <eventos@fiestapatria.cl>", OWD, "cobro urgencia landing",
                 when(2025, 9, 23, 11, 0, "CL"),
                 "Hola, pagamos el recargo por urgencia de la Landing Fiesta Patria (OWD-2025-342) para que "
                 "estuviera antes del 18, pero igual la entregaron el 17 en la noche y casi no alcanzamos a "
                 "promocionarla. Queremos que nos devuelvan ese recargo.\n\nSaludos, Pía\n")])

    case("correo-personal-c2-owd", OWB, "need_info", rules=["C2"],
         spec="C2 (explicit for Optima): request for Tienda Online Olivares from a personal gmail, not the contract email admin@olivaresgourmet.es.",
         msgs=[m("Juan Olivares <juan.olivares.m@gmail.com>", OWD, "Devolución señal tienda online",
                 when(2025, 9, 16, 8, 30, "ES"),
                 "Hola, os escribo desde mi Gmail porque estoy de viaje. Queremos la devolución de la señal de la "
                 "Tienda Online Olivares (OWD-2025-301), hemos aplazado el proyecto.\n\nJuan\n")])

    case("abogado-hito-mx", OWB, "decided", [ref("escalate")], rules=["C4"],
         spec="C4: 'turné el asunto a mi abogado' + 'procedemos legalmente' (lawyer / legal threat): escalate, whatever O3 would say for the in_progress milestone (policy: contact us first / statutory rights).",
         msgs=[m("Pedidos Muebles Roble <pedidos@mueblesroble.mx>", OWD, "Catálogo Muebles Roble - reembolso",
                 when(2025, 9, 28, 12, 20, "MX"),
                 "Llevamos tres semanas esperando el catálogo y no han entregado nada funcional. Quiero el "
                 "reembolso del hito OWD-2025-351 porque no cumplieron las fechas. Ya turné el asunto a mi "
                 "abogado y si no hay respuesta esta semana procedemos legalmente.\n\nArq. Luis Robles\n")])

    case("baja-retainer-sin-motivo", OWB, "need_info", missing=["reason"],
         spec="Section 8: Optima requires a reason for cancellations too; project and invoice given, sender is the contract email; 'Saludos' etc. are no reason.",
         msgs=[m("Tacos Don Beto <donbeto.tacos@gmail.com>", OWD, "cancelación",
                 when(2025, 9, 27, 14, 0, "MX"),
                 "Buenas tardes, por medio de este correo solicito la cancelación del servicio Community Manager "
                 "Tacos Don Beto, factura OWD-2025-352.\n\nSaludos y gracias por todo.\nAlberto (Don Beto)\n")])

    case("hito-sin-factura-pe", OWB, "need_info", missing=["invoice_number"],
         spec="The project Ecommerce Textiles Andinos has three payments and the mail names none: invoice_number missing (C3); reason given.",
         msgs=[m("Ventas Textiles Andinos <ventas@textilesandinos.pe>", OWD, "consulta devolución",
                 when(2025, 9, 26, 16, 30, "PE"),
                 "Estimados, del proyecto Ecommerce Textiles Andinos queremos que nos devuelvan lo pagado por el "
                 "módulo que ya no vamos a usar, porque el cliente mayorista se retiró.\n\nCarla\n")])

    case("rv-outlook-cambio-alcance-co", OWB, "decided", [ref("deny")],
         spec="Forward (RV:) of the contract holder's own earlier request; change_request OWD-2025-353 is never refundable (O6): deny.",
         msgs=[m("Dirección Colegio San Martín <direccion@colegiosanmartin.edu.co>", OWD,
                 "RV: Devolución cambio de alcance", when(2025, 9, 22, 7, 50, "CO"),
                 "Reenvío mi correo del viernes, que no ha tenido respuesta.\n\n"
                 "De: Dirección Colegio San Martín <direccion@colegiosanmartin.edu.co>\n"
                 "Enviado el: viernes, 19 de septiembre de 2025 16:10\n"
                 "Para: optimawebdesigns12@gmail.com\n"
                 "Asunto: Devolución cambio de alcance\n\n"
                 "Buenas tardes. Pagamos el cambio de alcance de la Web Colegio San Martín (OWD-2025-353) para "
                 "agregar el módulo de matrículas, pero el Ministerio cambió los requisitos y ya no lo "
                 "necesitamos. Solicitamos la devolución.\n\nHna. Gloria Patiño\nRectora\n")])

    case("rebote-mailer-daemon", OWB, "ignore", rules=["C7"],
         spec="C7: delivery-status report from MAILER-DAEMON (RFC 3464): ignore.",
         msgs=[m("Mail Delivery Subsystem <MAILER-DAEMON@mx.gruponorte.mx>", "optimawebdesigns12@gmail.com",
                 "Mensaje no entregado: Re: Cancelación servicio SEO", when(2025, 9, 27, 3, 12, "MX"),
                 "No se ha podido entregar el mensaje a compras2@gruponorte.mx.\n\n"
                 "El servidor remoto respondió: 550 5.1.1 usuario desconocido\n",
                 headers={"Auto-Submitted": "auto-replied"})])

    case("fuera-de-oficina-lo", LOB, "ignore", rules=["C7"],
         spec="C7: out-of-office with Auto-Submitted: auto-replied: ignore, never answered.",
         msgs=[m("Pablo Sánchez <pablo.sanchez@sanchezyasociados.es>", LO,
                 "Respuesta automática: Re: Su solicitud [LO-4398]", when(2025, 9, 24, 9, 31, "ES"),
                 "Gracias por su mensaje. Estaré fuera de la oficina hasta el 6 de octubre con acceso limitado "
                 "al correo. Para asuntos urgentes contacte con administracion@sanchezyasociados.es.\n",
                 headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
                 extra_refs=["<lo-4398.reply@leadsoptima.com>"])])

    case("newsletter-lista", LOB, "ignore", rules=["C7"],
         spec="C7: mailing list (List-Id, Precedence: bulk) mentioning 'reembolso': ignore.",
         msgs=[m("Boletín Marketing LatAm <boletin@marketinglatam.news>", "support@leadsoptima.com",
                 "5 trucos para pedir reembolsos a tus proveedores SaaS", when(2025, 9, 25, 6, 0, "CO"),
                 "Boletín semanal. Esta semana: cómo pedir un reembolso cuando te cobran dos veces, y por qué "
                 "cancelar a tiempo te ahorra dinero.\n\nPara darte de baja de esta lista haz clic aquí.\n",
                 headers={"List-Id": "Marketing LatAm <boletin.marketinglatam.news>", "Precedence": "bulk",
                          "List-Unsubscribe": "<mailto:baja@marketinglatam.news>"})])

    case("hosting-antes-de-iniciar-cl", OWB, "decided", [ref("approve", "7700.00")], extra_ok=True,
         spec="O5 before the service starts (section 8): consumed_months 1; (9600-1200)/12 = 700; 9600-1200-700 = 7700.00.",
         msgs=[m("Sistemas Consultora Austral <sistemas@consultoraaustral.cl>", OWD, "Anular hosting anual",
                 when(2025, 9, 25, 17, 10, "CL"),
                 "Hola, contratamos el Hosting Consultora Austral (OWD-2025-354) que parte el 5 de octubre, pero "
                 "la casa matriz en Santiago nos va a dar hosting propio. Pedimos anularlo y la devolución que "
                 "corresponda.\n\nSaludos,\nFelipe Contreras\n")])

    case("pago-ya-reembolsado-owd", OWB, "decided", [ref("escalate")],
         spec="Section 8: the payment OWD-2025-355 has status refunded (not paid): a refund of it is escalated.",
         msgs=[m("Enología Vinos del Valle <enologia@vinosdelvalle.cl>", OWD, "devolución hito sitio web",
                 when(2025, 9, 28, 11, 0, "CL"),
                 "Hola, solicito la devolución del hito OWD-2025-355 del Sitio Vinos del Valle, porque "
                 "finalmente la viña se vendió y el nuevo dueño no quiere la web.\n\nCristián\n")])

    case("propio-buzon-owd", OWB, "ignore", rules=["C7"],
         spec="C7: mail from the brand's own address (our own mail): ignore.",
         msgs=[m("Optima WebDesign <optimawebdesigns12@gmail.com>", "optimawebdesigns12@gmail.com",
                 "Recordatorio: política de devoluciones", when(2025, 9, 22, 10, 0, "ES"),
                 "Recordatorio interno: revisar las solicitudes de reembolso pendientes antes del viernes.\n")])


if __name__ == "__main__":
    write_all()
    print(f"{len(CASES)} cases written to {HERE}")
