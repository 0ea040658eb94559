"""fresh22_es: held-out cases in Spanish (Spain, Mexico, Argentina, Colombia, Chile).

Stdlib only, deterministic: `python3 make_cases.py` writes ledger.json, emails/*.eml and
expected.json beside this file. MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"

ES, MX, AR, CO, CL = 2, -6, -3, -5, -3  # September 2025 offsets (Spain CEST; Chile after 6 Sep DST)


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started):
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
    cust("lucia.fernandez@telefonica.net", "Lucía Fernández", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("jorge.ramirez@prodigy.net.mx", "Jorge Ramírez", "quarterly", start="2025-09-10", end="2025-12-09"),
    cust("valeria.sosa@fibertel.com.ar", "Valeria Sosa", "annual", start="2025-09-15", end="2026-09-14"),
    cust("andres.mejia@une.net.co", "Andrés Mejía", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("camila.rojas@vtr.net", "Camila Rojas", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("pablo.herrero@movistar.es", "Pablo Herrero", "annual", start="2025-09-23", end="2026-09-22"),
    cust("sebastian.ortiz@gmail.com", "Sebastián Ortiz", "quarterly", start="2025-09-24", end="2025-12-23"),
    cust("rocio.gimenez@yahoo.es", "Rocío Giménez", "annual", start="2025-09-05", end="2026-09-04"),
    cust("diego.navarro@outlook.es", "Diego Navarro", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("florencia.acosta@gmail.com", "Florencia Acosta", "quarterly", start="2025-09-03", end="2025-12-02"),
    cust("tomas.vidal@gmail.com", "Tomás Vidal", "monthly", status="trial", trial_ends="2025-10-05"),
    cust("ignacio.pardo@euskaltel.net", "Ignacio Pardo", "quarterly", start="2025-09-01", end="2025-11-30"),
    cust("martin.quiroga@gmail.com", "Martín Quiroga", "monthly"),
    cust("smendez@constructoramendez.mx", "Sofía Méndez", "annual", start="2025-04-01", end="2026-03-31"),
    cust("alberto.ruiz@despachoruiz.es", "Alberto Ruiz", "monthly", start="2025-09-18", end="2025-10-17"),
    cust("elena.castro@castroasociados.cl", "Elena Castro", "quarterly", start="2025-08-20", end="2025-11-19"),
    cust("carlos.ibarra@gmail.com", "Carlos Ibarra", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("laura.quintero@gmail.com", "Laura Quintero", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("federico.paz@gmail.com", "Federico Paz", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("hernan.molina@gmail.com", "Hernán Molina", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("gabriela.torres@hotmail.com", "Gabriela Torres", "annual", start="2025-03-14", end="2026-03-13"),
    cust("pilar.urrutia@gmail.com", "Pilar Urrutia", "quarterly", start="2025-07-20", end="2025-10-19"),
    cust("mariana.lopez@hotmail.com", "Mariana López", "monthly", start="2025-09-19", end="2025-10-18"),
]

LO_PAYMENTS = [
    lopay("es_p01", "LO-INV-50101", "lucia.fernandez@telefonica.net", "monthly", *M, "2025-09-22T09:40:00", "2025-09-22", "2025-10-21"),
    lopay("es_p02", "LO-INV-50102", "lucia.fernandez@telefonica.net", "monthly", *M, "2025-09-22T09:41:00", "2025-09-22", "2025-10-21"),
    lopay("es_p03", "LO-INV-50111", "jorge.ramirez@prodigy.net.mx", "quarterly", *Q, "2025-09-10T12:00:00", "2025-09-10", "2025-12-09"),
    lopay("es_p04", "LO-INV-50112", "jorge.ramirez@prodigy.net.mx", "quarterly", *Q, "2025-09-10T12:02:00", "2025-09-10", "2025-12-09"),
    lopay("es_p05", "LO-INV-50121", "valeria.sosa@fibertel.com.ar", "annual", *A, "2025-09-15T09:00:00", "2025-09-15", "2026-09-14"),
    lopay("es_p06", "LO-INV-50122", "valeria.sosa@fibertel.com.ar", "annual", *A, "2025-09-15T09:03:00", "2025-09-15", "2026-09-14"),
    lopay("es_p07", "LO-INV-50131", "andres.mejia@une.net.co", "monthly", *M, "2025-09-25T18:00:00", "2025-09-25", "2025-10-24"),
    lopay("es_p08", "LO-INV-50132", "andres.mejia@une.net.co", "monthly", *M, "2025-09-25T18:01:00", "2025-09-25", "2025-10-24"),
    lopay("es_p09", "LO-INV-50133", "andres.mejia@une.net.co", "monthly", *M, "2025-09-25T18:03:00", "2025-09-25", "2025-10-24"),
    lopay("es_p10", "LO-INV-50141", "camila.rojas@vtr.net", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("es_p11", "LO-INV-50151", "pablo.herrero@movistar.es", "annual", *A, "2025-09-23T08:15:00", "2025-09-23", "2026-09-22"),
    lopay("es_p12", "LO-INV-50161", "sebastian.ortiz@gmail.com", "quarterly", *Q, "2025-09-24T07:30:00", "2025-09-24", "2025-12-23"),
    lopay("es_p13", "LO-INV-50171", "rocio.gimenez@yahoo.es", "annual", *A, "2025-09-05T10:00:00", "2025-09-05", "2026-09-04"),
    lopay("es_p14", "LO-INV-50181", "diego.navarro@outlook.es", "monthly", *M, "2025-09-26T11:00:00", "2025-09-26", "2025-10-25"),
    lopay("es_p15", "LO-INV-50191", "florencia.acosta@gmail.com", "quarterly", *Q, "2025-09-03T10:00:00", "2025-09-03", "2025-12-02"),
    lopay("es_p16", "LO-INV-50201", "ignacio.pardo@euskaltel.net", "quarterly", *Q, "2025-09-01T09:00:00", "2025-09-01", "2025-11-30"),
    lopay("es_p17", "LO-INV-50211", "martin.quiroga@gmail.com", "monthly", *M, "2025-08-12T20:30:00-03:00", "2025-08-13", "2025-09-12"),
    lopay("es_p18", "LO-INV-50212", "martin.quiroga@gmail.com", "monthly", *M, "2025-09-12T20:30:00-03:00", "2025-09-13", "2025-10-12"),
    lopay("es_p19", "LO-INV-50221", "smendez@constructoramendez.mx", "annual", *A, "2025-04-01T10:00:00", "2025-04-01", "2026-03-31"),
    lopay("es_p20", "LO-INV-50231", "alberto.ruiz@despachoruiz.es", "monthly", *M, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17"),
    lopay("es_p21", "LO-INV-50241", "elena.castro@castroasociados.cl", "quarterly", *Q, "2025-08-20T10:00:00", "2025-08-20", "2025-11-19"),
    lopay("es_p22", "LO-INV-50251", "carlos.ibarra@gmail.com", "monthly", *M, "2025-09-25T12:00:00", "2025-09-25", "2025-10-24"),
    lopay("es_p23", "LO-INV-50261", "laura.quintero@gmail.com", "monthly", *M, "2025-09-20T19:00:00", "2025-09-20", "2025-10-19"),
    lopay("es_p24", "LO-INV-50262", "laura.quintero@gmail.com", "monthly", *M, "2025-09-20T19:02:00", "2025-09-20", "2025-10-19"),
    lopay("es_p25", "LO-INV-50271", "federico.paz@gmail.com", "monthly", *M, "2025-08-28T10:00:00", "2025-08-28", "2025-09-27"),
    lopay("es_p26", "LO-INV-50272", "federico.paz@gmail.com", "monthly", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
    lopay("es_p27", "LO-INV-50281", "hernan.molina@gmail.com", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("es_p28", "LO-INV-50291", "gabriela.torres@hotmail.com", "annual", *A, "2025-03-14T10:00:00", "2025-03-14", "2026-03-13"),
    lopay("es_p29", "LO-INV-50301", "pilar.urrutia@gmail.com", "quarterly", *Q, "2025-07-20T10:00:00", "2025-07-20", "2025-10-19"),
    lopay("es_p30", "LO-INV-50311", "mariana.lopez@hotmail.com", "monthly", *M, "2025-09-19T06:00:00", "2025-09-19", "2025-10-18"),
]

PROJECTS = [
    proj("Tienda Alfajores Sur", "compras@alfajoressur.com.ar", None),
    proj("Clínica Dental Sonrisa", "admin@clinicasonrisa.es", None),
    proj("Ferretería El Tornillo", "ventas@ferreteriaeltornillo.mx", "2025-09-23T10:00:00"),
    proj("Café Montaña Andina", "gerencia@cafemontana.co", None),
    proj("Inmobiliaria Costa Brava", "info@inmocostabrava.es", "2025-09-12T11:00:00"),
    proj("Viña Los Robles", "contacto@vinalosrobles.cl", "2025-09-01T10:00:00"),
    proj("Academia de Baile Ritmo", "hola@ritmoacademia.es", "2025-06-01T10:00:00"),
    proj("Gimnasio Fuerza Total", "admin@fuerzatotal.com.mx", "2025-05-01T10:00:00"),
    proj("Revista Pampa", "redaccion@revistapampa.com.ar", "2025-03-01T10:00:00"),
    proj("Hotel Mirador del Lago", "reservas@hotelmirador.cl", "2025-09-15T00:00:00"),
    proj("Distribuidora Yerba Norte", "admin@yerbanorte.com.ar", "2025-09-17T00:00:00"),
    proj("Panadería San Telmo", "panaderiasantelmo@gmail.com", "2025-09-01T00:00:00"),
    proj("Librería El Quijote", "libreria@elquijote.es", "2025-08-01T10:00:00"),
    proj("Taller Mecánico Hermanos Ruiz", "tallerhnosruiz@gmail.com", "2025-09-05T10:00:00"),
    proj("Óptica Visión Clara", "direccion@opticavisionclara.co", None),
    proj("Consultora Andes", "operaciones@consultoraandes.cl", "2025-02-01T10:00:00"),
    proj("Cervecería Patagonia", "socios@cerveceriapatagonia.com.ar", None),
    proj("Agencia de Viajes Caribe", "gerencia@viajescaribe.mx", "2025-09-01T10:00:00"),
]

OW_PAYMENTS = [
    owpay("es_w01", "OWD-2025-301", "Tienda Alfajores Sur", "deposit", "20000.00", "3600.00", "2025-09-20T10:00:00"),
    owpay("es_w02", "OWD-2025-302", "Clínica Dental Sonrisa", "deposit", "15000.00", "2700.00", "2025-09-15T11:00:00"),
    owpay("es_w03", "OWD-2025-303", "Ferretería El Tornillo", "deposit", "12500.00", "2250.00", "2025-09-22T16:00:00"),
    owpay("es_w04", "OWD-2025-304", "Café Montaña Andina", "discovery", "8000.00", "1440.00", "2025-09-24T12:00:00"),
    owpay("es_w05", "OWD-2025-305", "Inmobiliaria Costa Brava", "discovery", "9500.00", "1710.00", "2025-09-10T12:00:00"),
    owpay("es_w06", "OWD-2025-306", "Viña Los Robles", "milestone", "25000.00", "4500.00", "2025-08-25T12:00:00", milestone_status="completed"),
    owpay("es_w07", "OWD-2025-307", "Viña Los Robles", "milestone", "25000.00", "4500.00", "2025-09-05T12:00:00", milestone_status="in_progress"),
    owpay("es_w08", "OWD-2025-308", "Viña Los Robles", "milestone", "30000.00", "5400.00", "2025-09-20T12:00:00", milestone_status="not_started"),
    owpay("es_w09", "OWD-2025-309", "Academia de Baile Ritmo", "retainer", "18000.00", "3240.00", "2025-09-01T09:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00"),
    owpay("es_w10", "OWD-2025-310", "Gimnasio Fuerza Total", "retainer", "15000.00", "2700.00", "2025-09-01T09:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00"),
    owpay("es_w11", "OWD-2025-311", "Revista Pampa", "retainer", "22000.00", "3960.00", "2025-09-01T09:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-11-01T00:00:00"),
    owpay("es_w12", "OWD-2025-312", "Revista Pampa", "retainer", "22000.00", "3960.00", "2025-09-15T09:00:00",
          period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00"),
    owpay("es_w13", "OWD-2025-313", "Hotel Mirador del Lago", "hosting_annual", "18000.00", "3240.00", "2025-09-14T12:00:00",
          setup_fee="2400.00", service_start="2025-09-15"),
    owpay("es_w14", "OWD-2025-314", "Distribuidora Yerba Norte", "maintenance_annual", "10000.00", "1800.00", "2025-09-16T12:00:00",
          setup_fee="1500.00", service_start="2025-09-17"),
    owpay("es_w15", "OWD-2025-315", "Panadería San Telmo", "hosting_annual", "12000.00", "2160.00", "2025-08-30T12:00:00",
          setup_fee="1200.00", service_start="2025-09-01"),
    owpay("es_w16", "OWD-2025-316", "Librería El Quijote", "third_party", "3500.00", "630.00", "2025-09-20T12:00:00"),
    owpay("es_w17", "OWD-2025-317", "Taller Mecánico Hermanos Ruiz", "rush", "5000.00", "900.00", "2025-09-18T12:00:00"),
    owpay("es_w18", "OWD-2025-318", "Óptica Visión Clara", "deposit", "16000.00", "2880.00", "2025-09-26T15:00:00"),
    owpay("es_w19", "OWD-2025-319", "Consultora Andes", "retainer", "20000.00", "3600.00", "2025-09-05T09:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00"),
    owpay("es_w20", "OWD-2025-320", "Cervecería Patagonia", "deposit", "24000.00", "4320.00", "2025-09-26T12:00:00"),
    owpay("es_w21", "OWD-2025-321", "Cervecería Patagonia", "third_party", "4200.00", "756.00", "2025-09-26T12:05:00"),
    owpay("es_w22", "OWD-2025-322", "Agencia de Viajes Caribe", "milestone", "28000.00", "5040.00", "2025-09-10T12:00:00",
          milestone_status="not_started"),
]

LEDGER = {"customers": CUSTOMERS, "projects": PROJECTS, "payments": LO_PAYMENTS + OW_PAYMENTS}

# ---------------------------------------------------------------------------------------------

EMAILS: dict[str, EmailMessage] = {}
CASES: list[dict] = []


def when(y, mo, d, h, mi, off):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off)))


def mail(fname, frm, to, subject, dt, body, *, html=None, headers=None, irt=None, refs=None, reply_to=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(dt)
    dom = frm.split("@")[-1].strip(">").strip() or "localhost"
    m["Message-ID"] = f"<{LANG}.{fname}@{dom}>"
    if irt:
        m["In-Reply-To"] = irt if irt.startswith("<") else f"<{irt}>"
    if refs:
        m["References"] = " ".join(refs)
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    EMAILS[fname] = m
    return f"emails/{fname}.eml"


def mid(fname):
    m = EMAILS[fname]
    return m["Message-ID"]


def case(n, short, brand, status, files, decisions=(), rules=(), missing=None, extra_ok=False, spec="",
         ambiguous=None):
    c = {"id": f"{LANG}-l{n:02d}-{short}", "lang": LANG, "files": list(files), "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def refund(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def cancel(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


LOA = "support@leadsoptima.com"
OWA = "optimawebdesigns12@gmail.com"

# ============================ LeadsOptima ============================

f = mail("l01-cobro-doble-madrid", "Lucía Fernández <lucia.fernandez@telefonica.net>", LOA,
         "Me habéis cobrado dos veces este mes", when(2025, 9, 24, 10, 15, ES),
         "Hola, buenos días:\n\nAcabo de mirar el extracto del banco y me habéis cobrado dos veces la cuota "
         "mensual el lunes 22, dos cargos de 1.499,00 casi seguidos. Tengo el plan mensual, nada más.\n"
         "La factura repetida es la LO-INV-50102 (la otra es la 50101, esa está bien).\n\n"
         "¿Me podéis devolver el cargo de más? Gracias de antemano.\n\nUn saludo,\nLucía Fernández\n"
         "Enviado desde mi iPhone")
case(1, "cobro-doble-madrid", LOB, "decided", [f], [refund("approve", "1499.00")],
     spec="L2 duplicate + L4: two paid 1499.00 charges 2025-09-22 same period; email 2025-09-24 12:15 +02 = "
          "13:45 IST day 2; refund the duplicate LO-INV-50102 1499.00.")

f = mail("l02-doble-cargo-cdmx-dia8", "Jorge Ramírez <jorge.ramirez@prodigy.net.mx>", LOA,
         "doble cargo en mi tarjeta", when(2025, 9, 17, 19, 5, MX),
         "que tal buenas tardes\n\nles escribo porque me aparecen 2 cargos iguales de su plataforma del dia 10 "
         "de septiembre, el plan trimestral me lo cobraron doble. facturas LO-INV-50111 y LO-INV-50112\n"
         "quisiera que me reembolsen el segundo cargo por favor\n\nsaludos\nJorge Ramírez\nGuadalajara, Jal.")
case(2, "doble-cargo-cdmx-dia8", LOB, "decided", [f], [refund("deny")],
     spec="L3: charge 2025-09-10 IST; email 2025-09-17 19:05 -06:00 = 2025-09-18 06:35 IST = day 8 (the "
          "sender's own date is day 7, but windows count in the brand's zone) -> deny.")

f = mail("l03-cobro-duplicado-dia7-bsas", "Valeria Sosa <valeria.sosa@fibertel.com.ar>", LOA,
         "Cobro duplicado plan anual", when(2025, 9, 22, 13, 50, AR),
         "Hola chicos, cómo va?\n\nLes cuento que el lunes 15 me debitaron el plan anual dos veces de la tarjeta "
         "Visa. Dos débitos de $11.988 cada uno, un disparate. La factura que sobra es la lo inv 50122.\n"
         "Necesito que me devuelvan la plata de ese segundo débito, porfa.\n\nMil gracias!\nVale\n"
         "--\nValeria Sosa | Estudio Contable Sosa & Asoc. | CABA")
case(3, "cobro-duplicado-dia7-bsas", LOB, "decided", [f], [refund("approve", "11988.00")],
     spec="L3 day 7 inside: charges 2025-09-15 IST; email 2025-09-22 13:50 -03:00 = 22:20 IST on 09-22 = day 7; "
          "L4 duplicate pair; invoice 'lo inv 50122' matches LO-INV-50122 (section 8); refund 11988.00.")

f = mail("l04-tres-cobros-medellin", "Andrés Mejía <andres.mejia@une.net.co>", LOA,
         "Me cobraron TRES veces", when(2025, 9, 26, 8, 30, CO),
         "Buenos días, qué pena molestarlos tan temprano.\n\nAyer me llegaron tres notificaciones del banco "
         "por el mismo cobro del plan mensual (1.499 cada una). O sea me cobraron tres veces la misma "
         "mensualidad. Las facturas de más son LO-INV-50132 y LO-INV-50133.\n\nLes agradezco devolverme los dos "
         "cobros repetidos.\n\nAndrés Mejía\nMedellín")
case(4, "tres-cobros-medellin", LOB, "decided", [f], [refund("approve", "2998.00")],
     spec="Section 8 three identical charges: 50131, 50132, 50133 all 1499.00 same period 2025-09-25; email "
          "2025-09-26 19:00 IST day 1; every charge after the first is a duplicate: 2 x 1499.00 = 2998.00.")

f = mail("l05-doble-sin-par-santiago", "Camila Rojas <camila.rojas@vtr.net>", LOA,
         "cobro doble??", when(2025, 9, 28, 11, 0, CL),
         "Hola, me llegó un correo del banco y creo que me cobraron doble la mensualidad, po. Revisen porfa y "
         "devuélvanme lo que corresponda.\n\nCamila\nSantiago")
case(5, "doble-sin-par-santiago", LOB, "decided", [f], [refund("escalate")],
     spec="L4: duplicate claimed inside the window (charge 2025-09-27, email 2025-09-28 19:30 IST) but the ledger "
          "has one charge only (LO-INV-50141, filled from the ledger): escalate, no amount.")

f = mail("l06-plan-equivocado-valencia", "Pablo Herrero <pablo.herrero@movistar.es>", LOA,
         "Cargo del plan anual en lugar del mensual", when(2025, 9, 25, 17, 40, ES),
         "Buenas tardes:\n\nEl día 23 contraté el plan MENSUAL, pero en la tarjeta me han cargado 11.988 rupias, "
         "que es el plan anual. Me han cobrado el plan equivocado. Factura LO-INV-50151.\n"
         "Solicito que se corrija y se me devuelva la diferencia.\n\nAtentamente,\nPablo Herrero Soler\nValencia")
case(6, "plan-equivocado-valencia", LOB, "decided", [f], [refund("escalate")],
     spec="L2 billing_error (charged the wrong plan) inside the window (charge 2025-09-23, email 2025-09-25): "
          "L5 escalate with the charge LO-INV-50151, no amount.")

html = ("<div dir=\"ltr\"><p>Hola,</p><p>Desde el <b>miércoles</b> no puedo iniciar sesión en la plataforma. "
        "Me tira error 500 y no carga el panel, ya probé en Chrome y en el celular.</p>"
        "<p>Pagué el trimestral hace dos días (factura LO-INV-50161) y no lo pude usar ni un minuto. "
        "Quiero que me devuelvan el pago.</p><p>Saludos<br>Sebastián Ortiz<br>Rosario, Santa Fe</p></div>")
f = mail("l07-no-puedo-entrar-html", "Sebastián Ortiz <sebastian.ortiz@gmail.com>", LOA,
         "No puedo entrar a la plataforma", when(2025, 9, 26, 9, 10, AR), None, html=html)
case(7, "no-puedo-entrar-html", LOB, "decided", [f], [refund("escalate")],
     spec="HTML-only webmail. L2 access_failure inside the window (charge 2025-09-24, email 2025-09-26 17:40 "
          "IST): L6 escalate, no amount.")

f = mail("l08-no-carga-fuera-plazo", "Rocío Giménez <rocio.gimenez@yahoo.es>", LOA,
         "La plataforma no carga - reembolso", when(2025, 9, 19, 20, 30, ES),
         "Hola,\n\nLlevo días que la plataforma no carga, se queda la pantalla en blanco. Pagué el plan anual "
         "(LO-INV-50171) y así no me sirve. Pido el reembolso.\n\nRocío Giménez\nSevilla")
case(8, "no-carga-fuera-plazo", LOB, "decided", [f], [refund("deny")],
     spec="L3: charge 2025-09-05; email 2025-09-19 20:30 +02 = 2025-09-20 00:00 IST, day 15 > 7: deny "
          "(access failure, but outside the window).")

f = mail("l09-ya-no-lo-uso", "Diego Navarro <diego.navarro@outlook.es>", LOA,
         "Devolución de la cuota", when(2025, 9, 27, 12, 5, ES),
         "Hola, la verdad es que ya no lo uso, me he pasado a otra herramienta que me regala mi gestoría. "
         "Devolvedme lo que queda del mes, que no lo voy a usar (factura LO-INV-50181).\n\nDiego")
case(9, "ya-no-lo-uso", LOB, "decided", [f], [refund("deny")],
     spec="L1: 'ya no lo uso', unused days are no exception reason: deny (inside the window, reply offers "
          "cancellation); no cancellation was asked for.")

f = mail("l10-caro-cancelar-y-devolver", "Florencia Acosta <florencia.acosta@gmail.com>", LOA,
         "Baja y devolución", when(2025, 9, 25, 22, 15, AR),
         "Hola! Sinceramente me resulta carísimo para lo que lo uso, así que quiero dar de baja el plan "
         "trimestral y que me reintegren lo que no voy a usar.\n\nGracias\nFlor Acosta")
case(10, "caro-cancelar-y-devolver", LOB, "decided", [f], [refund("deny"), cancel(eff="2025-12-02")],
     spec="L1 'too expensive' -> refund deny; L8 cancel, current_period_end 2025-12-02 from the ledger.")

f = mail("l11-prueba-gratis", "Tomás Vidal <tomas.vidal@gmail.com>", LOA,
         "reembolso prueba", when(2025, 9, 29, 16, 20, CL),
         "Hola, estoy usando la prueba gratis y no me convenció, la verdad no me sirve para mi negocio. Quiero "
         "que me hagan el reembolso de lo que me hayan cobrado.\nTomás")
case(11, "prueba-gratis", LOB, "decided", [f], [refund("deny")],
     spec="L7: the account is on a free trial (status trial, no charges): deny, nothing was billed.")

f = mail("l12-baja-formal-bilbao", "Ignacio Pardo <ignacio.pardo@euskaltel.net>", LOA,
         "Solicitud de baja del servicio", when(2025, 9, 23, 9, 0, ES),
         "Estimados señores:\n\nPor la presente les comunico mi decisión de dar de baja la suscripción "
         "trimestral asociada a esta dirección de correo, dado que la empresa ha decidido centralizar la "
         "captación de clientes en otra herramienta.\n\nRuego confirmación por escrito.\n\n"
         "Atentamente,\nIgnacio Pardo Etxeberria\nDirector Comercial\nPardo Suministros Industriales S.L.\n\n"
         "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su "
         "destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.")
case(12, "baja-formal-bilbao", LOB, "decided", [f], [cancel(eff="2025-11-30")],
     spec="L8: cancellation, quarterly, current_period_end 2025-11-30 from the ledger; the legal notice is no "
          "C4 threat.")

f = mail("l13-baja-sin-periodo", "Martín Quiroga <martin.quiroga@gmail.com>", LOA,
         "dar de baja", when(2025, 9, 30, 18, 45, AR),
         "buenas, quiero dar de baja mi suscripcion mensual, cierro el emprendimiento. gracias\nMartín")
case(13, "baja-sin-periodo", LOB, "decided", [f], [cancel(eff="2025-10-12")],
     spec="L8 fallback (no current_period_end): last charge 2025-09-12T20:30-03:00 = 2025-09-13 05:00 IST, "
          "local date 2025-09-13 + 1 month - 1 day = 2025-10-12.")

f = mail("l14-gmail-otra-cuenta", "Sofía Méndez <sofia.mendez.personal@gmail.com>", LOA,
         "Cancelación de cuenta", when(2025, 9, 24, 11, 30, MX),
         "Buen día,\n\nLes escribo desde mi correo personal porque no tengo a la mano el de la empresa. "
         "La cuenta está registrada con smendez@constructoramendez.mx, plan anual. Quiero cancelarla porque "
         "la constructora se fusionó y ya no la vamos a ocupar.\n\nSaludos,\nSofía Méndez")
case(14, "gmail-otra-cuenta", LOB, "need_info", [f], rules=["C2"],
     spec="C2: the sender is not the registered email she names: ask her to write from it, nothing about the "
          "account.")

fwd = ("Buenos días:\n\nOs reenvío la petición de Alberto Ruiz, que está de viaje.\n\n"
       "-----Mensaje original-----\n"
       "De: Alberto Ruiz <alberto.ruiz@despachoruiz.es>\n"
       "Enviado el: lunes, 22 de septiembre de 2025 18:02\n"
       "Para: Marta Gil <secretaria@despachoruiz.es>\n"
       "Asunto: LeadsOptima\n\n"
       "Marta, escribe por favor a LeadsOptima: me han cobrado el mensual dos veces (factura LO-INV-50231 "
       "y otra igual). Mi usuario es alberto.ruiz@despachoruiz.es. Que lo devuelvan.\n")
f = mail("l15-rv-secretaria", "Marta Gil <secretaria@despachoruiz.es>", LOA,
         "RV: LeadsOptima", when(2025, 9, 23, 9, 12, ES), fwd)
case(15, "rv-secretaria", LOB, "need_info", [f], rules=["C2"],
     spec="Section 8 forwards: Outlook 'RV:' carries a refund request naming alberto.ruiz@despachoruiz.es; the "
          "sender is secretaria@ -> C2, ask for the request from the registered address.")

f = mail("l16-reply-to-santiago", "Elena Castro <elena.castro.m@gmail.com>", LOA,
         "Cancelar suscripción trimestral", when(2025, 9, 26, 10, 0, CL),
         "Hola, necesito cancelar la suscripción trimestral, cambiamos de proveedor. Respondan a mi correo de la "
         "oficina, por favor.\n\nElena Castro\nCastro & Asociados",
         reply_to="elena.castro@castroasociados.cl")
case(16, "reply-to-santiago", LOB, "need_info", [f], rules=["C2"],
     spec="Section 8 addresses: From is a gmail not on record; Reply-To (the registered address) never verifies "
          "anyone -> C2.")

f = mail("l17-sin-motivo-disclaimer", "Lic. Carlos Ibarra <carlos.ibarra@gmail.com>", LOA,
         "Solicitud de reembolso", when(2025, 9, 27, 10, 10, MX),
         "Estimado equipo de LeadsOptima:\n\nPor medio del presente, me permito solicitar el reembolso de mi "
         "último pago.\n\nSin más por el momento, quedo atento a sus comentarios.\n\nSaludos cordiales,\n"
         "Lic. Carlos Ibarra Garza\nConsultor independiente | Monterrey, N.L.\nTel. 81 1234 5678\n\n"
         "AVISO DE PRIVACIDAD: La información contenida en este correo es confidencial y para uso exclusivo "
         "del destinatario. Si usted no es el destinatario, favor de notificarlo y borrarlo.")
case(17, "sin-motivo-disclaimer", LOB, "need_info", [f], missing=["reason"],
     spec="Section 8 what a reason is: only a restated request, courtesy lines, signature and privacy notice; "
          "plan and invoice filled from the ledger (one charge, LO-INV-50251) -> ask for the reason (C3).")

f1 = mail("l18a-pedido", "Laura Quintero <laura.quintero@gmail.com>", LOA,
          "Reembolso factura LO-INV-50262", when(2025, 9, 26, 7, 50, CO),
          "Buenos días, solicito el reembolso de la factura LO-INV-50262, plan mensual.\nMuchas gracias\n"
          "Laura Quintero")
f2 = mail("l18b-respuesta-bot", LO, "Laura Quintero <laura.quintero@gmail.com>",
          "Re: Reembolso factura LO-INV-50262 [LO-2291]", when(2025, 9, 26, 19, 0, 5.5),
          "Hola Laura:\n\nGracias por escribirnos. Para revisar su solicitud necesitamos el motivo del "
          "reembolso.\n\nLeadsOptima Support Team",
          irt=f"es.l18a-pedido@gmail.com", refs=["<es.l18a-pedido@gmail.com>"])
f3 = mail("l18c-motivo", "Laura Quintero <laura.quintero@gmail.com>", LOA,
          "Re: Reembolso factura LO-INV-50262 [LO-2291]", when(2025, 9, 29, 8, 5, CO),
          "Hola, perdón la demora. El motivo es que me cobraron dos veces el mismo mes, el 20 de septiembre, "
          "ese es el cobro repetido.\n\nLaura\n\nEl vie, 26 sept 2025 a las 8:30 a.m., LeadsOptima Support "
          "<support@leadsoptima.com> escribió:\n> Hola Laura:\n> Para revisar su solicitud necesitamos el "
          "motivo del reembolso.\n",
          irt="es.l18b-respuesta-bot@leadsoptima.com",
          refs=["<es.l18a-pedido@gmail.com>", "<es.l18b-respuesta-bot@leadsoptima.com>"])
case(18, "hilo-motivo-despues", LOB, "decided", [f1, f2, f3], [refund("approve", "1499.00")],
     spec="C3 thread: first email 2025-09-26 18:20 IST (day 6) lacks the reason; the answer on 2025-09-29 "
          "(day 9) says charged twice; request time is the first email -> L4 approve duplicate LO-INV-50262 "
          "1499.00.")

f = mail("l19-monto-incorrecto-sin-factura", "Federico Paz <federico.paz@gmail.com>", LOA,
         "Monto incorrecto", when(2025, 9, 29, 12, 0, AR),
         "Hola, me cobraron un monto incorrecto, más de lo que figura en la web para el plan mensual. "
         "Quiero la devolución de la diferencia.\nFederico Paz")
case(19, "monto-incorrecto-sin-factura", LOB, "need_info", [f], missing=["invoice_number"],
     spec="L2 billing_error, but the account has two charges (2025-08-28 and 2025-09-28) and no invoice is named: "
          "ask for invoice_number (C3); plan filled from the ledger.")

f = mail("l20-contracargo-y-baja", "Hernán Molina <hernan.molina@gmail.com>", LOA,
         "RECLAMO", when(2025, 9, 28, 21, 10, AR),
         "Miren, no me anda nada desde que pagué y nadie me contesta. O me devuelven la plata o hago el "
         "contracargo con la tarjeta, y de paso denuncio en Defensa del Consumidor. Y cancelen la suscripción "
         "YA.\nHernán Molina")
case(20, "contracargo-y-baja", LOB, "decided", [f], [refund("escalate"), cancel("escalate")], rules=["C4"],
     spec="C4 chargeback + consumer-protection threat covers the whole case (section 8): refund and "
          "cancellation both escalate.")

f = mail("l21-fuera-oficina", "Lucía Fernández <lucia.fernandez@telefonica.net>", LOA,
         "Respuesta automática: Re: Me habéis cobrado dos veces este mes", when(2025, 9, 25, 8, 0, ES),
         "Estoy fuera de la oficina hasta el 6 de octubre con acceso limitado al correo. Para temas urgentes "
         "llamad al 91 555 12 34.\n\nLucía",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case(21, "fuera-oficina", LOB, "ignore", [f], rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied (out of office), even from a registered customer: ignore.")

f = mail("l22-rebote", "Mail Delivery Subsystem <MAILER-DAEMON@smtp.prodigy.net.mx>", LOA,
         "Notificación de estado de entrega (error)", when(2025, 9, 25, 3, 14, MX),
         "No se pudo entregar el mensaje a jorge.ramirez.old@prodigy.net.mx.\n\nEl servidor respondió: 550 5.1.1 "
         "Usuario desconocido.\n\n----- Mensaje original -----\nDe: LeadsOptima Support <support@leadsoptima.com>\n"
         "Asunto: Re: doble cargo en mi tarjeta\n\nHola Jorge: sobre su solicitud de reembolso del cargo duplicado, "
         "le confirmamos que la estamos revisando.\n",
         headers={"Auto-Submitted": "auto-replied"})
case(22, "rebote", LOB, "ignore", [f], rules=["C7"],
     spec="C7: MAILER-DAEMON sender, delivery failure report: ignore, whatever words it quotes.")

f = mail("l23-no-quiero-reembolso", "Valeria Sosa <valeria.sosa@fibertel.com.ar>", LOA,
         "consulta renovación", when(2025, 9, 30, 10, 20, AR),
         "Hola de nuevo! Aclaro que NO quiero reembolso ni cancelar nada, estoy re contenta con la plataforma. "
         "Solo quería saber en qué fecha se renueva el plan anual así lo anoto.\nBesos\nVale")
case(23, "no-quiero-reembolso", LOB, "other", [f],
     spec="Section 8 negation: 'NO quiero reembolso ni cancelar nada' adds no intent; a question about the "
          "renewal date -> other.")

f = mail("l24-pregunta-antes-comprar", "Panadería La Espiga <contacto@panaderialaespiga.com.ar>", LOA,
         "Consulta antes de contratar", when(2025, 9, 24, 15, 0, AR),
         "Buenas tardes. Estamos pensando contratar el plan anual. Si lo contratamos y en un mes vemos que no "
         "nos sirve, ¿nos devolverían el dinero? ¿Y se puede pagar con Mercado Pago?\nGracias, Norma")
case(24, "pregunta-antes-comprar", LOB, "other", [f],
     spec="Section 8 hypotheticals: 'si lo contratamos ... ¿nos devolverían el dinero?' before buying is a "
          "policy question -> other.")

f = mail("l25-gracias-reembolso", "Andrés Mejía <andres.mejia@une.net.co>", LOA,
         "Re: Me cobraron TRES veces", when(2025, 9, 30, 9, 0, CO),
         "Muchas gracias, ya vi en el extracto la devolución de los dos cobros repetidos. Muy amables, "
         "excelente servicio.\n\nAndrés",
         irt="es.l04-tres-cobros-medellin@une.net.co", refs=["<es.l04-tres-cobros-medellin@une.net.co>"])
case(25, "gracias-reembolso", LOB, "other", [f],
     spec="A thank-you after a refund (past event) asks for nothing -> other.")

f = mail("l26-factura-rfc", "Mariana López <mariana.lopez@hotmail.com>", LOA,
         "Factura con RFC", when(2025, 9, 22, 13, 0, MX),
         "Hola buenas tardes, me pueden enviar la factura de septiembre (LO-INV-50311) con mis datos fiscales? "
         "RFC LOPM850312AB1, razón social Mariana López Martínez, uso CFDI G03.\nGracias!")
case(26, "factura-rfc", LOB, "other", [f],
     spec="An invoice question (Mexican tax data) that asks for no refund or cancellation -> other.")

f = mail("l27-cobro-tras-cancelar", "Mariana López <mariana.lopez@hotmail.com>", LOA,
         "Me siguen cobrando", when(2025, 9, 23, 20, 0, MX),
         "Hola, yo cancelé desde agosto y aun así me cobraron el 18 de septiembre la mensualidad (LO-INV-50311). "
         "Me cobraron después de haber cancelado, quiero mi dinero de vuelta.\nMariana")
case(27, "cobro-tras-cancelar", LOB, "decided", [f], [refund("escalate")],
     spec="L2 billing_error (charged after cancelling) inside the window (charge 2025-09-19, email 2025-09-24 "
          "07:30 IST): L5 escalate, no amount.")

f = mail("l28-ya-me-devolvieron-baja", "Pilar Urrutia <pilar.urrutia@gmail.com>", LOA,
         "Baja", when(2025, 9, 29, 17, 30, CL),
         "Hola. En julio ya me devolvieron un cobro duplicado (gracias por eso). Ahora les pido dar de baja el "
         "plan trimestral porque cerramos la tienda online a fin de mes.\nSaludos, Pilar Urrutia")
case(28, "ya-me-devolvieron-baja", LOB, "decided", [f], [cancel(eff="2025-10-19")],
     spec="Section 8 past events: a past refund adds no refund intent; L8 cancel, current_period_end 2025-10-19.")

f = mail("l29-cancelar-dictado", "Gabriela Torres <gabriela.torres@hotmail.com>", LOA,
         "cancelar", when(2025, 9, 27, 19, 40, CO),
         "hola buenas necesito cancelar el plan anual ya no lo necesito porque me cambie de trabajo gracias "
         "gabriela torres enviado desde mi samsung")
case(29, "cancelar-dictado", LOB, "decided", [f], [cancel(eff="2026-03-13")],
     spec="Mobile dictation, no punctuation. L8 cancel, annual, current_period_end 2026-03-13.")

f = mail("l30-cliente-de-optima", "Compras Alfajores Sur <compras@alfajoressur.com.ar>", LOA,
         "Reembolso", when(2025, 9, 22, 11, 0, AR),
         "Hola, me cobraron dos veces la factura LO-INV-50102, por favor reintégrenla.\nCompras - Alfajores Sur")
case(30, "cliente-de-optima", LOB, "need_info", [f], rules=["C2"],
     spec="Section 8 other brand's customer: the sender is Optima's client, unknown in LeadsOptima's ledger, and "
          "quotes someone else's invoice: C2, nothing about the account.")

# ============================ Optima WebDesign ============================

fwd = ("---------- Mensaje reenviado ---------\n"
       "De: Compras Alfajores Sur <compras@alfajoressur.com.ar>\n"
       "Date: dom, 21 sept 2025 a las 22:40\n"
       "Subject: Anticipo Tienda Alfajores Sur\n"
       "To: <optimawebdesigns12@gmail.com>\n\n"
       "Buenas noches. Pagamos ayer el anticipo de la Tienda Alfajores Sur (factura OWD-2025-301) pero los "
       "socios decidieron postergar la tienda online hasta el año que viene por la situación económica. "
       "Pedimos la devolución del anticipo.\n")
f = mail("l31-fwd-anticipo-48h", "Compras Alfajores Sur <compras@alfajoressur.com.ar>", OWA,
         "Fwd: Anticipo Tienda Alfajores Sur", when(2025, 9, 21, 23, 0, AR),
         "Reenvío por las dudas, no sé si llegó.\n\n" + fwd)
case(31, "fwd-anticipo-48h", OWB, "decided", [f], [refund("approve", "20000.00")],
     spec="Gmail forward from the contract email itself. O2: deposit paid 2025-09-20 10:00 IST, email 2025-09-21 "
          "23:00 -03 = 09-22 07:30 IST (45.5 h), no work started: approve 20000.00 before tax (C6).")

f = mail("l32-anticipo-72h-exactas", "Clínica Dental Sonrisa <admin@clinicasonrisa.es>", OWA,
         "Refund Request — Clínica Dental Sonrisa / OWD-2025-302", when(2025, 9, 18, 7, 30, ES),
         "Buenos días:\n\nSolicitamos la devolución de la señal abonada el lunes (factura OWD-2025-302) para el "
         "proyecto Clínica Dental Sonrisa: la junta de socios no ha aprobado el presupuesto de la web.\n\n"
         "Un cordial saludo,\nAdministración - Clínica Dental Sonrisa\nC/ Mayor 12, Zaragoza")
case(32, "anticipo-72h-exactas", OWB, "decided", [f], [refund("deny")],
     spec="Section 8 exactly 72 h: paid 2025-09-15 11:00 IST; email 2025-09-18 07:30 +02 = 11:00 IST, exactly "
          "72 h, not before: O2 deny.")

f = mail("l33-anticipo-obra-iniciada", "Ventas Ferretería El Tornillo <ventas@ferreteriaeltornillo.mx>", OWA,
         "Devolución de anticipo", when(2025, 9, 23, 12, 0, MX),
         "Buenas tardes, ayer pagamos el anticipo del proyecto Ferretería El Tornillo, factura OWD-2025-303. "
         "El dueño cambió de opinión, prefiere seguir vendiendo por WhatsApp. ¿Nos pueden regresar el anticipo?\n"
         "Atte. Rubén, Ventas")
case(33, "anticipo-obra-iniciada", OWB, "decided", [f], [refund("deny")],
     spec="O2 whichever first: paid 2025-09-22 16:00 IST, email 2025-09-23 23:30 IST (31.5 h) but work started "
          "2025-09-23 10:00 IST before the request: deny.")

f = mail("l34-discovery-sin-iniciar", "Gerencia Café Montaña <gerencia@cafemontana.co>", OWA,
         "Solicitud de reembolso - Café Montaña Andina", when(2025, 9, 26, 10, 30, CO),
         "Buen día. Pagamos la fase de descubrimiento (factura OWD-2025-304) del proyecto Café Montaña Andina, "
         "pero todavía no hemos tenido ninguna sesión. Nos salió un inversionista que trae su propia agencia, "
         "entonces pedimos el reembolso completo.\nCordialmente,\nJuliana Restrepo, Gerente")
case(34, "discovery-sin-iniciar", OWB, "decided", [f], [refund("approve", "8000.00")],
     spec="O1: discovery, work_started_at empty: full refund of the amount before tax, 8000.00.")

f = mail("l35-discovery-ya-empezada", "Info Costa Brava <info@inmocostabrava.es>", OWA,
         "Reembolso fase estrategia", when(2025, 9, 25, 18, 20, ES),
         "Hola,\n\nTras la primera reunión de estrategia del proyecto Inmobiliaria Costa Brava no nos convence "
         "el enfoque. Queremos que nos devolváis la factura OWD-2025-305.\n\nGràcies,\nJordi")
case(35, "discovery-ya-empezada", OWB, "decided", [f], [refund("deny")],
     spec="O1: sessions began 2025-09-12, before the request: discovery not refundable, deny.")

f = mail("l36-hito-no-iniciado", "Viña Los Robles <contacto@vinalosrobles.cl>", OWA,
         "Reembolso hito 3 - Viña Los Robles", when(2025, 9, 24, 12, 0, CL),
         "Estimados, les escribo por el proyecto Viña Los Robles. Decidimos no hacer la tienda de vinos online "
         "(hito 3, factura OWD-2025-308) porque no obtuvimos el permiso de venta de alcohol por internet. Como "
         "ese hito no ha partido, solicitamos su reembolso.\nSaludos cordiales,\nIsidora Lagos")
case(36, "hito-no-iniciado", OWB, "decided", [f], [refund("approve", "30000.00")],
     spec="O3: milestone OWD-2025-308 not_started: refund its amount before tax 30000.00.")

f = mail("l37-hito-en-curso", "Viña Los Robles <contacto@vinalosrobles.cl>", OWA,
         "Hito 2 a medias", when(2025, 9, 24, 12, 30, CL),
         "Y sobre el hito 2 (OWD-2025-307) del proyecto Viña Los Robles: va a medias y la verdad el avance no "
         "nos gusta nada. Pedimos la devolución de ese pago.\nIsidora Lagos")
case(37, "hito-en-curso", OWB, "decided", [f], [refund("escalate")],
     spec="O3: milestone OWD-2025-307 in_progress: escalate, no amount.")

f = mail("l38-hito-completado", "Viña Los Robles <contacto@vinalosrobles.cl>", OWA,
         "Hito 1", when(2025, 9, 25, 9, 0, CL),
         "Por último, el hito 1 (OWD-2025-306, proyecto Viña Los Robles) quedó entregado pero el diseño no nos "
         "representa. Queremos reembolso.\nIsidora")
case(38, "hito-completado", OWB, "decided", [f], [refund("deny")],
     spec="O3/O6: milestone OWD-2025-306 completed: deny.")

f = mail("l39-iguala-7-dias-justos", "Academia Ritmo <hola@ritmoacademia.es>", OWA,
         "Cancelación cuota mensual - Academia de Baile Ritmo", when(2025, 9, 24, 9, 0, ES),
         "Hola equipo:\n\nOs comunicamos que cancelamos el mantenimiento mensual del proyecto Academia de Baile "
         "Ritmo (factura OWD-2025-309): a partir de octubre la web la llevará una sobrina que estudia "
         "informática.\n\nUn abrazo,\nNerea")
case(39, "iguala-7-dias-justos", OWB, "decided", [f], [cancel(eff="2025-09-30")],
     spec="O4/O8: next_billing_at 2025-10-01; request 2025-09-24 12:30 IST, exactly 7 days' notice: cancel, "
          "effective 2025-09-30 (day before next billing).")

f = mail("l40-iguala-aviso-corto", "Gimnasio Fuerza Total <admin@fuerzatotal.com.mx>", OWA,
         "Cancelar retainer Gimnasio Fuerza Total", when(2025, 9, 24, 22, 0, MX),
         "Buenas noches, queremos cancelar el servicio mensual del Gimnasio Fuerza Total, factura OWD-2025-310. "
         "El motivo: vamos a cerrar la sucursal en noviembre.\nSaludos, Lic. Fernanda Ochoa")
case(40, "iguala-aviso-corto", OWB, "decided", [f], [cancel(eff="2025-10-31")],
     spec="O4: email 2025-09-24 22:00 -06 = 2025-09-25 09:30 IST; cut-off 2025-09-24; less than 7 days before "
          "2025-10-01: next cycle billed, effective its last day 2025-10-31.")

f = mail("l41-iguala-pagada-adelantada", "Revista Pampa <redaccion@revistapampa.com.ar>", OWA,
         "Baja del servicio mensual - Revista Pampa", when(2025, 9, 22, 16, 0, AR),
         "Hola, por recorte de presupuesto tenemos que dar de baja el abono mensual de Revista Pampa "
         "(OWD-2025-311). Octubre ya lo pagamos por adelantado (OWD-2025-312).\nSaludos, Redacción")
case(41, "iguala-pagada-adelantada", OWB, "decided", [f], [cancel("escalate")],
     spec="Section 8 retainer paid in advance: the next cycle (October, OWD-2025-312) is paid, notice >= 7 days "
          "before 2025-11-01: cancellation escalated. No refund is asked; an extra refund escalate is harmless.",
     extra_ok=True)

f = mail("l42-hosting-14-dias", "Hotel Mirador del Lago <reservas@hotelmirador.cl>", OWA,
         "Refund Request — Hotel Mirador del Lago / OWD-2025-313", when(2025, 9, 25, 10, 0, CL),
         "Estimados:\n\nQueremos cancelar el hosting anual del Hotel Mirador del Lago (factura OWD-2025-313) y "
         "pedir el reembolso proporcional: la cadena que nos compró tiene su propio servidor.\n\n"
         "Atentamente,\nGonzalo Pérez, Administrador")
case(42, "hosting-14-dias", OWB, "decided", [f], [refund("approve", "14300.00")], extra_ok=True,
     spec="O5: service_start 2025-09-15, email 2025-09-25 (day 10): 18000 - 2400 - (15600/12 = 1300) x 1 = "
          "14300.00. A cancellation decision beside it is harmless.")

f = mail("l43-mantenimiento-dia-14", "Yerba Norte <admin@yerbanorte.com.ar>", OWA,
         "Cancelación mantenimiento anual + devolución", when(2025, 9, 30, 22, 0, AR),
         "Buenas noches, les pido cancelar el mantenimiento anual de Distribuidora Yerba Norte (OWD-2025-314) y "
         "el reembolso que corresponda. Vendimos la distribuidora y el nuevo dueño no quiere la web.\n"
         "Saludos, Ramiro")
case(43, "mantenimiento-dia-14", OWB, "decided", [f], [refund("approve", "7791.67")], extra_ok=True,
     spec="O5 day 14: service_start 2025-09-17; email 2025-09-30 22:00 -03 = 2025-10-01 06:30 IST = day 14: "
          "10000 - 1500 - 8500/12 (708.333...) = 7791.666... -> 7791.67 (rounded once, C6).")

f = mail("l44-hosting-pasado-plazo", "Panadería San Telmo <panaderiasantelmo@gmail.com>", OWA,
         "devolucion hosting", when(2025, 9, 20, 11, 0, AR),
         "hola, quiero que me devuelvan el hosting anual de Panadería San Telmo factura OWD-2025-315, casi no "
         "entra gente a la pagina y no lo justifica. gracias")
case(44, "hosting-pasado-plazo", OWB, "decided", [f], [refund("deny")],
     spec="O5: service_start 2025-09-01, email 2025-09-20 (day 19 > 14): deny.")

f = mail("l45-dominio-ssl", "Librería El Quijote <libreria@elquijote.es>", OWA,
         "Devolución dominio y certificado", when(2025, 9, 26, 13, 0, ES),
         "Buenas,\n\nNos cobrasteis la renovación del dominio y el SSL de Librería El Quijote (OWD-2025-316), "
         "pero ya no vamos a vender por internet. Queremos la devolución.\n\nSaludos,\nMercedes")
case(45, "dominio-ssl", OWB, "decided", [f], [refund("deny")],
     spec="O6: third_party (domain, SSL): never refundable, deny.")

f = mail("l46-urgencia", "Taller Hnos Ruiz <tallerhnosruiz@gmail.com>", OWA,
         "reembolso cargo urgente", when(2025, 9, 22, 10, 0, MX),
         "Que onda, nos cobraron un cargo por urgencia (OWD-2025-317) del proyecto Taller Mecánico Hermanos Ruiz "
         "y al final la pagina salio igual que si no fuera urgente, no vimos la diferencia. Queremos que nos "
         "regresen ese cargo.\nJosé Ruiz")
case(46, "urgencia", OWB, "decided", [f], [refund("deny")],
     spec="O6: rush fee: never refundable, deny.")

f = mail("l47-gmail-no-contrato", "Juliana Restrepo <juli.restrepo88@gmail.com>", OWA,
         "Reembolso Café Montaña Andina", when(2025, 9, 26, 11, 0, CO),
         "Hola, soy la gerente de Café Montaña Andina. Les escribo desde mi personal: pedimos el reembolso de la "
         "factura OWD-2025-304, ya no seguimos con el proyecto porque llegó un socio con otra agencia.\nJuliana")
case(47, "gmail-no-contrato", OWB, "need_info", [f], rules=["C2"],
     spec="C2 (explicit for Optima): not sent from the contract email gerencia@cafemontana.co: ask her to write "
          "from it.")

fwd = ("\n\nInicio del mensaje reenviado:\n\n"
       "De: Gerencia Viajes Caribe <gerencia@viajescaribe.mx>\n"
       "Asunto: Cancelación proyecto\n"
       "Fecha: 23 de septiembre de 2025, 18:10:22 GMT-6\n"
       "Para: Paola Núñez <asistente@viajescaribe.mx>\n\n"
       "Paola, manda a Optima la cancelación del proyecto Agencia de Viajes Caribe con reembolso del hito que "
       "no han empezado (OWD-2025-322): la temporada de huracanes nos tumbó las ventas.\n")
f = mail("l48-reenvio-asistente", "Paola Núñez <asistente@viajescaribe.mx>", OWA,
         "Fwd: Cancelación proyecto", when(2025, 9, 24, 9, 0, MX),
         "Buen día, les reenvío lo que me indicó mi jefe." + fwd)
case(48, "reenvio-asistente", OWB, "need_info", [f], rules=["C2"],
     spec="Section 8 forwards (Apple Mail block): the request comes from the contract email's owner but is "
          "sent by asistente@, not the contract email: C2.")

f = mail("l49-sin-motivo-optica", "Dirección Óptica Visión Clara <direccion@opticavisionclara.co>", OWA,
         "Refund Request — Óptica Visión Clara / OWD-2025-318", when(2025, 9, 27, 9, 0, CO),
         "Buenos días,\n\nPor favor reembolsar el anticipo del proyecto Óptica Visión Clara, factura "
         "OWD-2025-318.\n\nQuedo atento.\nCordialmente,\nMauricio Giraldo\nDirector\n"
         "Este mensaje es confidencial. Si usted lo recibió por error, por favor bórrelo.")
case(49, "sin-motivo-optica", OWB, "need_info", [f], missing=["reason"],
     spec="Section 8: restating the request and a confidentiality line are no reason; Optima requires one: "
          "missing reason (C3).")

f = mail("l50-baja-sin-motivo", "Consultora Andes <operaciones@consultoraandes.cl>", OWA,
         "Cancelación servicio mensual Consultora Andes", when(2025, 9, 22, 15, 0, CL),
         "Hola, por favor cancelar el servicio mensual del proyecto Consultora Andes, factura OWD-2025-319.\n"
         "Gracias, saludos.\nOperaciones")
case(50, "baja-sin-motivo", OWB, "need_info", [f], missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations too; none given -> need_info reason.")

f = mail("l51-devolucion-sin-factura", "Revista Pampa <redaccion@revistapampa.com.ar>", OWA,
         "devolución octubre", when(2025, 9, 23, 12, 0, AR),
         "Hola, ¿nos pueden devolver el pago del proyecto Revista Pampa? Se cayó la pauta publicitaria y no "
         "tenemos cómo sostenerlo.\nRedacción")
case(51, "devolucion-sin-factura", OWB, "need_info", [f], missing=["invoice_number"],
     spec="Project Revista Pampa has two payments and no invoice is named: ask for the invoice (C3).")

f1 = mail("l52a-anticipo-sin-factura", "Cervecería Patagonia <socios@cerveceriapatagonia.com.ar>", OWA,
          "Devolución anticipo Cervecería Patagonia", when(2025, 9, 27, 10, 0, AR),
          "Hola, pagamos ayer el anticipo del proyecto Cervecería Patagonia y no arrancaron todavía. Nos "
          "rechazaron el crédito del banco para la ampliación, así que queremos la devolución del anticipo.\n"
          "Saludos, Tomás y Agus")
f2 = mail("l52b-pedido-factura", OWD, "Cervecería Patagonia <socios@cerveceriapatagonia.com.ar>",
          "Re: Devolución anticipo Cervecería Patagonia [OWD-3107]", when(2025, 9, 27, 20, 0, 5.5),
          "Hola:\n\nPara continuar necesitamos el número de factura del pago.\n\nBilling & Refunds Desk — "
          "Optima WebDesign",
          irt="es.l52a-anticipo-sin-factura@cerveceriapatagonia.com.ar",
          refs=["<es.l52a-anticipo-sin-factura@cerveceriapatagonia.com.ar>"])
f3 = mail("l52c-factura", "Cervecería Patagonia <socios@cerveceriapatagonia.com.ar>", OWA,
          "Re: Devolución anticipo Cervecería Patagonia [OWD-3107]", when(2025, 9, 30, 9, 30, AR),
          "Perdón, se nos pasó: es la OWD 2025 320.\n\nTomás",
          irt="es.l52b-pedido-factura@gmail.com",
          refs=["<es.l52a-anticipo-sin-factura@cerveceriapatagonia.com.ar>", "<es.l52b-pedido-factura@gmail.com>"])
case(52, "hilo-factura-despues", OWB, "decided", [f1, f2, f3], [refund("approve", "24000.00")],
     spec="C3 thread: deposit paid 2025-09-26 12:00 IST; first email 2025-09-27 18:30 IST (30.5 h, no work); the "
          "invoice 'OWD 2025 320' comes after 72 h but the request time is the first email: O2 approve 24000.00.")

f = mail("l53-profeco-abogado", "Gerencia Viajes Caribe <gerencia@viajescaribe.mx>", OWA,
         "Reembolso hito no iniciado", when(2025, 9, 25, 10, 0, MX),
         "Señores Optima WebDesign: pedimos el reembolso del hito no iniciado del proyecto Agencia de Viajes "
         "Caribe (OWD-2025-322), la temporada de huracanes nos dejó sin ventas. Si no recibimos respuesta en 48 "
         "horas, nuestro abogado presentará una queja ante PROFECO.\nLic. Arturo Peña, Director")
case(53, "profeco-abogado", OWB, "decided", [f], [refund("escalate")], rules=["C4"],
     spec="C4: lawyer and consumer-protection (PROFECO) threat: escalate even though O3 would approve.")


def write():
    for p in ("emails",):
        shutil.rmtree(HERE / p, ignore_errors=True)
    (HERE / "emails").mkdir()
    for name, m in EMAILS.items():
        (HERE / "emails" / f"{name}.eml").write_bytes(m.as_bytes(policy=SMTP))
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")


if __name__ == "__main__":
    write()
    print(f"{len(CASES)} cases, {len(EMAILS)} emails")
