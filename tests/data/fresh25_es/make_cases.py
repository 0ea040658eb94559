"""fresh25_es: held-out Spanish cases (Colombia, Chile, Peru, Spain; some Mexico/Argentina).

Stdlib only, deterministic.  Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json
"""
from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
LO = "LeadsOptima Soporte <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

# UTC offsets, September 2025
CO = PE = -5
CL = -3      # Chile on summer time from 2025-09-07
ES = 2       # CEST
MX = -6
AR = -3


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started):
    return {"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started}


def owpay(pid, inv, project, kind, amount, tax, paid_at, currency="INR", **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": currency, "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    return base


LEDGER = {
    "customers": [
        cust("valentina.rojas.m@gmail.com", "Valentina Rojas", "annual", start="2025-09-18", end="2026-09-17"),
        cust("jordi.puig@puigassessors.es", "Jordi Puig", "monthly", start="2025-09-03", end="2025-10-02"),
        cust("rquispe@andesexport.pe", "Rosa Quispe", "monthly", start="2025-09-25", end="2025-10-24"),
        cust("cmunoz@ferreteriaelroble.cl", "Cristián Muñoz", "quarterly", start="2025-09-24", end="2025-12-23"),
        cust("lupita.hdz88@hotmail.com", "Guadalupe Hernández", "monthly", start="2025-09-20", end="2025-10-19"),
        cust("facu.benitez@estudiobenitez.com.ar", "Facundo Benítez", "monthly", start="2025-09-01", end="2025-09-30"),
        cust("marta.ilundain@gmail.com", "Marta Ilundain", "monthly", start="2025-09-15", end="2025-10-14"),
        cust("andres.caicedo@outlook.com", "Andrés Caicedo", "monthly", status="trial", trial_ends="2025-10-05"),
        cust("kflores@limatours.pe", "Karina Flores", "monthly", start="2025-09-15", end="2025-10-14"),
        cust("pvaldes@valdesyasociados.cl", "Patricio Valdés", "annual"),
        cust("nuria.campos@campos-interiorismo.es", "Nuria Campos", "quarterly", start="2025-09-10", end="2025-12-09"),
        cust("gerencia@inmobiliariasabana.co", "Inmobiliaria La Sabana", "annual", start="2025-02-01", end="2026-01-31"),
        cust("lorena.tapia@tapiaconsultores.cl", "Lorena Tapia", "monthly", start="2025-09-12", end="2025-10-11"),
        cust("ventas@confeccionesmaribel.com.co", "Maribel Ospina", "monthly", start="2025-09-19", end="2025-10-18"),
        cust("diego.salazar@salazarabogados.pe", "Diego Salazar", "quarterly", start="2025-09-21", end="2025-12-20"),
        cust("info@clinicadentalsonrisa.es", "Clínica Dental Sonrisa", "monthly", start="2025-09-16", end="2025-10-15"),
        cust("hgomez@gomezlogistica.com.co", "Hernán Gómez", "monthly", start="2025-09-08", end="2025-10-07"),
        cust("bea.lozano@lozanofotografia.es", "Beatriz Lozano", "annual", start="2025-09-19", end="2026-09-18"),
        cust("contacto@panaderiasanjose.cl", "Panadería San José", "quarterly", start="2025-08-01", end="2025-10-31"),
        cust("mtorres@torresymolina.pe", "Miguel Torres", "annual", start="2025-09-26", end="2026-09-25"),
        cust("sofia.arango@arangodiseno.co", "Sofía Arango", "monthly", start="2025-09-05", end="2025-10-04"),
        cust("pablo.ortiz@ortizmotor.es", "Pablo Ortiz", "monthly", start="2025-09-10", end="2025-10-09"),
        cust("ximena.rios@gmail.com", "Ximena Ríos", "quarterly", start="2025-09-02", end="2025-12-01"),
        cust("admin@hostalcuzcoinn.pe", "Hostal Cuzco Inn", "monthly", start="2025-09-24", end="2025-10-23"),
        cust("elena.marin@marinabogados.es", "Elena Marín", "monthly", start="2025-09-22", end="2025-10-21"),
    ],
    "projects": [
        proj("Tienda Café Huila", "compras@cafehuila.co", None),
        proj("Web Bodega Rioja Alta", "admin@bodegariojaalta.es", None),
        proj("Portal Colegio San Marcos", "rectoria@colegiosanmarcos.edu.pe", "2025-09-16T11:00:00"),
        proj("Rebranding Pisco Elqui", "marketing@piscoelqui.cl", None),
        proj("App Reservas Surf Máncora", "hola@surfmancora.pe", "2025-08-20T10:00:00"),
        proj("Ecommerce Moda Medellín", "gerencia@modamedellin.co", "2025-08-01T10:00:00"),
        proj("Web Clínica Veterinaria Ñuñoa", "contacto@vetnunoa.cl", "2025-07-15T10:00:00"),
        proj("Landing Academia Flamenco", "academia@flamencotriana.es", "2025-06-01T10:00:00"),
        proj("Mantenimiento Hotel Cartagena", "sistemas@hotelcartagenaplaya.co", "2025-05-01T10:00:00"),
        proj("SEO Gestoría Valladolid", "info@gestoriapisuerga.es", "2025-04-01T10:00:00"),
        proj("Hosting Restaurante Chifa Lima", "chifadragon@gmail.com", "2025-09-10T10:00:00"),
        proj("Hosting Cervecería Patagonia", "admin@cervezapatagona.cl", "2025-08-01T10:00:00"),
        proj("Soporte Óptica Zaragoza", "optica@opticaebro.es", None),
        proj("Tienda Artesanías Cusco", "ventas@artesaniascusco.pe", "2025-09-05T10:00:00"),
        proj("Web Inmobiliaria Chapinero", "gerencia@chapineroprop.co", "2025-08-10T10:00:00"),
        proj("Catálogo Muebles Valdivia", "muebles@maderasvaldivia.cl", "2025-09-01T10:00:00"),
        proj("Web Despacho Castellana", "socios@despachocastellana.es", None),
        proj("Intranet Minera Atacama", "ti@mineraatacama.cl", "2025-07-01T10:00:00"),
        proj("Web Fundación Sembrar", "direccion@fundacionsembrar.org.co", None),
        proj("Rediseño Revista Altiplano", "editor@revistaaltiplano.pe", "2025-09-20T10:00:00"),
        proj("Tienda Vinos Mendoza", "ventas@vinosdelvalle.com.ar", None),
        proj("Web Taller Mecánico Vallecas", "tallerpaco@gmail.com", "2025-09-01T10:00:00"),
    ],
    "payments": [
        # LeadsOptima
        lopay("es_lo01a", "LO-INV-70311", "valentina.rojas.m@gmail.com", "annual", *A, "2025-09-18T10:05:00", "2025-09-18", "2026-09-17"),
        lopay("es_lo01b", "LO-INV-70312", "valentina.rojas.m@gmail.com", "annual", *A, "2025-09-18T10:06:00", "2025-09-18", "2026-09-17"),
        lopay("es_lo02a", "LO-INV-70320", "jordi.puig@puigassessors.es", "monthly", *M, "2025-09-03T09:00:00", "2025-09-03", "2025-10-02"),
        lopay("es_lo02b", "LO-INV-70321", "jordi.puig@puigassessors.es", "monthly", *M, "2025-09-03T09:01:00", "2025-09-03", "2025-10-02"),
        lopay("es_lo03", "LO-INV-70330", "rquispe@andesexport.pe", "monthly", *M, "2025-09-25T12:00:00", "2025-09-25", "2025-10-24"),
        lopay("es_lo04", "LO-INV-70340", "cmunoz@ferreteriaelroble.cl", "annual", *A, "2025-09-24T18:30:00", "2025-09-24", "2026-09-23"),
        lopay("es_lo05", "LO-INV-70350", "lupita.hdz88@hotmail.com", "monthly", *M, "2025-09-20T20:00:00", "2025-09-20", "2025-10-19"),
        lopay("es_lo06", "LO-INV-70360", "facu.benitez@estudiobenitez.com.ar", "monthly", *M, "2025-09-01T10:00:00", "2025-09-01", "2025-09-30"),
        lopay("es_lo07", "LO-INV-70370", "marta.ilundain@gmail.com", "monthly", *M, "2025-09-15T11:00:00", "2025-09-15", "2025-10-14"),
        lopay("es_lo09", "LO-INV-70390", "kflores@limatours.pe", "monthly", *M, "2025-09-15T09:00:00", "2025-09-15", "2025-10-14"),
        lopay("es_lo10", "LO-INV-70400", "pvaldes@valdesyasociados.cl", "annual", *A, "2025-03-10T10:00:00", "2025-03-10", "2026-03-09"),
        lopay("es_lo11", "LO-INV-70410", "nuria.campos@campos-interiorismo.es", "quarterly", *Q, "2025-09-10T10:00:00", "2025-09-10", "2025-12-09"),
        lopay("es_lo12", "LO-INV-70420", "gerencia@inmobiliariasabana.co", "annual", *A, "2025-02-01T10:00:00", "2025-02-01", "2026-01-31"),
        lopay("es_lo13", "LO-INV-70430", "lorena.tapia@tapiaconsultores.cl", "monthly", *M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
        lopay("es_lo14a", "LO-INV-70440", "ventas@confeccionesmaribel.com.co", "monthly", *M, "2025-08-19T10:00:00", "2025-08-19", "2025-09-18"),
        lopay("es_lo14b", "LO-INV-70441", "ventas@confeccionesmaribel.com.co", "monthly", "1799.00", "323.82", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18"),
        lopay("es_lo15", "LO-INV-70450", "diego.salazar@salazarabogados.pe", "quarterly", *Q, "2025-09-21T10:00:00", "2025-09-21", "2025-12-20"),
        lopay("es_lo16", "LO-INV-70460", "info@clinicadentalsonrisa.es", "monthly", *M, "2025-09-16T10:00:00", "2025-09-16", "2025-10-15"),
        lopay("es_lo17a", "LO-INV-70470", "hgomez@gomezlogistica.com.co", "monthly", *M, "2025-09-08T20:00:00", "2025-09-08", "2025-10-07"),
        lopay("es_lo17b", "LO-INV-70471", "hgomez@gomezlogistica.com.co", "monthly", *M, "2025-09-08T20:02:00", "2025-09-08", "2025-10-07"),
        lopay("es_lo17c", "LO-INV-70472", "hgomez@gomezlogistica.com.co", "monthly", *M, "2025-09-16T20:00:00", "2025-09-08", "2025-10-07"),
        lopay("es_lo18a", "LO-INV-70480", "bea.lozano@lozanofotografia.es", "annual", *A, "2025-09-19T23:40:00", "2025-09-19", "2026-09-18"),
        lopay("es_lo18b", "LO-INV-70481", "bea.lozano@lozanofotografia.es", "annual", *A, "2025-09-19T23:42:00", "2025-09-19", "2026-09-18"),
        lopay("es_lo19", "LO-INV-70490", "contacto@panaderiasanjose.cl", "quarterly", *Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31"),
        lopay("es_lo20a", "LO-INV-70500", "mtorres@torresymolina.pe", "annual", *A, "2025-09-26T20:00:00", "2025-09-26", "2026-09-25"),
        lopay("es_lo20b", "LO-INV-70501", "mtorres@torresymolina.pe", "annual", *A, "2025-09-26T20:03:00", "2025-09-26", "2026-09-25", status="refunded"),
        lopay("es_lo21", "LO-INV-70510", "sofia.arango@arangodiseno.co", "monthly", *M, "2025-09-05T10:00:00", "2025-09-05", "2025-10-04"),
        lopay("es_lo22", "LO-INV-70520", "pablo.ortiz@ortizmotor.es", "monthly", *M, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09"),
        lopay("es_lo23", "LO-INV-70530", "ximena.rios@gmail.com", "quarterly", *Q, "2025-09-02T10:00:00", "2025-09-02", "2025-12-01"),
        lopay("es_lo24", "LO-INV-70540", "admin@hostalcuzcoinn.pe", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
        lopay("es_lo25", "LO-INV-70550", "elena.marin@marinabogados.es", "monthly", *M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21"),
        # Optima WebDesign
        owpay("es_ow01", "OWD-2025-301", "Tienda Café Huila", "deposit", "20000.00", "3600.00", "2025-09-22T11:00:00"),
        owpay("es_ow02", "OWD-2025-302", "Web Bodega Rioja Alta", "deposit", "850.00", "178.50", "2025-09-15T14:30:00", currency="EUR"),
        owpay("es_ow03", "OWD-2025-303", "Portal Colegio San Marcos", "deposit", "25000.00", "4500.00", "2025-09-15T20:00:00"),
        owpay("es_ow04", "OWD-2025-304", "Rebranding Pisco Elqui", "discovery", "15000.00", "2700.00", "2025-09-12T10:00:00"),
        owpay("es_ow05", "OWD-2025-305", "App Reservas Surf Máncora", "discovery", "18000.00", "3240.00", "2025-08-18T10:00:00"),
        owpay("es_ow06a", "OWD-2025-306", "Ecommerce Moda Medellín", "milestone", "40000.00", "7200.00", "2025-08-01T10:00:00", milestone_status="approved"),
        owpay("es_ow06b", "OWD-2025-307", "Ecommerce Moda Medellín", "milestone", "35000.00", "6300.00", "2025-09-02T10:00:00", milestone_status="not_started"),
        owpay("es_ow07", "OWD-2025-308", "Web Clínica Veterinaria Ñuñoa", "milestone", "30000.00", "5400.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
        owpay("es_ow08", "OWD-2025-309", "Landing Academia Flamenco", "milestone", "600.00", "126.00", "2025-07-01T10:00:00", currency="EUR", milestone_status="approved"),
        owpay("es_ow09", "OWD-2025-310", "Mantenimiento Hotel Cartagena", "retainer", "12000.00", "2160.00", "2025-09-10T10:00:00",
              period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00"),
        owpay("es_ow10", "OWD-2025-311", "SEO Gestoría Valladolid", "retainer", "450.00", "94.50", "2025-09-01T10:00:00", currency="EUR",
              period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00"),
        owpay("es_ow11", "OWD-2025-312", "Hosting Restaurante Chifa Lima", "hosting_annual", "18000.00", "3240.00", "2025-09-10T10:00:00",
              setup_fee="2400.00", service_start="2025-09-15"),
        owpay("es_ow12", "OWD-2025-313", "Hosting Cervecería Patagonia", "hosting_annual", "12000.00", "2160.00", "2025-08-01T10:00:00",
              setup_fee="1200.00", service_start="2025-08-01"),
        owpay("es_ow13", "OWD-2025-314", "Soporte Óptica Zaragoza", "maintenance_annual", "1000.00", "210.00", "2025-09-20T10:00:00", currency="EUR",
              setup_fee=None, service_start="2025-10-15"),
        owpay("es_ow14", "OWD-2025-315", "Tienda Artesanías Cusco", "third_party", "2500.00", "450.00", "2025-09-20T10:00:00"),
        owpay("es_ow15", "OWD-2025-316", "Web Inmobiliaria Chapinero", "rush", "8000.00", "1440.00", "2025-09-22T10:00:00"),
        owpay("es_ow16", "OWD-2025-317", "Catálogo Muebles Valdivia", "change_request", "6500.00", "1170.00", "2025-09-24T10:00:00"),
        owpay("es_ow17", "OWD-2025-318", "Web Despacho Castellana", "deposit", "1200.00", "252.00", "2025-09-25T10:00:00", currency="EUR"),
        owpay("es_ow18a", "OWD-2025-319", "Intranet Minera Atacama", "retainer", "30000.00", "5400.00", "2025-09-05T10:00:00",
              period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00"),
        owpay("es_ow18b", "OWD-2025-320", "Intranet Minera Atacama", "retainer", "30000.00", "5400.00", "2025-09-20T10:00:00",
              period_start="2025-10-05", period_end="2025-11-04", next_billing_at="2025-11-05T00:00:00"),
        owpay("es_ow19", "OWD-2025-321", "Web Fundación Sembrar", "discovery", "12000.00", "2160.00", "2025-09-24T10:00:00"),
        owpay("es_ow20a", "OWD-2025-322", "Rediseño Revista Altiplano", "deposit", "15000.00", "2700.00", "2025-09-10T10:00:00"),
        owpay("es_ow20b", "OWD-2025-323", "Rediseño Revista Altiplano", "milestone", "22000.00", "3960.00", "2025-09-18T10:00:00", milestone_status="not_started"),
        owpay("es_ow21", "OWD-2025-324", "Tienda Vinos Mendoza", "deposit", "20000.00", "3600.00", "2025-09-26T10:00:00", status="failed"),
        owpay("es_ow22", "OWD-2025-325", "Web Taller Mecánico Vallecas", "retainer", "300.00", "63.00", "2025-09-01T10:00:00", currency="EUR",
              period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00"),
    ],
}


def at(y, mo, d, h, mi, off):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off)))  # off may be 5.5 (IST)


def mail(frm, to, subject, body, when, mid, reply_to_ids=(), html=None, headers=(), cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{mid}>"
    if reply_to_ids:
        m["In-Reply-To"] = f"<{reply_to_ids[-1]}>"
        m["References"] = " ".join(f"<{r}>" for r in reply_to_ids)
    for k, v in headers:
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    return m


CASES = []


def case(cid, brand, status, emails, decisions=(), rules=(), missing=None, spec="", extra_ok=False, ambiguous=None):
    files = []
    for i, m in enumerate(emails):
        name = f"emails/{cid}{'' if len(emails) == 1 else '-' + str(i + 1)}.eml"
        files.append((name, m))
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": [f for f, _ in files],
         "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append((c, files))


def ref(amount=None):
    return {"intent": "refund", "outcome": "approve", "amount": amount} if amount else None


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def C(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


LOTO = LO

DISC = ("\n\n--\nAVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y para uso exclusivo "
        "del destinatario. Si usted no es el destinatario, le rogamos lo comunique al remitente y lo elimine. "
        "Antes de imprimir este correo piense en el medio ambiente.")

# ---------------------------------------------------------------- LeadsOptima
case("l01-cobro-doble-anual-bogota", LOB, "decided", [mail(
    "Valentina Rojas <valentina.rojas.m@gmail.com>", "support@leadsoptima.com",
    "Cobro doble plan anual!!",
    "Buenos días,\n\nLes escribo porque revisando el extracto de Bancolombia me di cuenta que me cobraron dos veces "
    "el plan anual, el mismo día y con un minuto de diferencia. Obviamente solo contraté una suscripción.\n"
    "La factura del segundo cobro es la LO INV 70312.\n\nLes agradezco la devolución del cobro repetido.\n\n"
    "Valentina Rojas M.\nCel. 310 555 2291",
    at(2025, 9, 22, 8, 15, CO), "es-l01@mail.gmail.com")],
    [R("approve", "11988.00")],
    spec="L2 duplicate_payment + L4: two paid annual charges 2025-09-18 same period; request 2025-09-22 IST (day 4); refund the duplicate LO-INV-70312, 11988.00 before tax (C6); reference typed 'LO INV 70312' (s.8).")

case("l02-cobro-duplicado-fuera-plazo-barcelona", LOB, "decided", [mail(
    "Jordi Puig <jordi.puig@puigassessors.es>", "billing@leadsoptima.com",
    "Cargo duplicado septiembre",
    "Hola,\n\nOs escribo porque en la cuenta de La Caixa veo dos cargos de 1.499,00 por la cuota mensual del 3 de "
    "septiembre (facturas LO-INV-70320 y LO-INV-70321). Estaba de vacaciones y no lo he visto hasta hoy. "
    "¿Me podéis devolver el cargo duplicado?\n\nSalut,\nJordi Puig\nPuig Assessors · Sabadell",
    at(2025, 9, 12, 17, 40, ES), "es-l02@puigassessors.es")],
    [R("deny")],
    spec="L3: duplicate charges paid 2025-09-03 IST; request 2025-09-12 21:10 IST = day 9 > 7: deny, citing the 7-day rule.")

case("l03-dice-doble-pero-un-cobro-lima", LOB, "decided", [mail(
    "Rosa Quispe <rquispe@andesexport.pe>", "support@leadsoptima.com",
    "me cobraron 2 veces",
    "Señores LeadsOptima buenas tardes\n\nen mi tarjeta Interbank me aparecen dos consumos de LeadsOptima del 25/09 "
    "por el plan mensual, me han cobrado doble. Adjunto captura (no la adjunté, disculpen, la mando luego). "
    "Solicito la devolución del cobro repetido.\n\nAtte.\nRosa Quispe\nAndes Export SAC",
    at(2025, 9, 27, 15, 20, PE), "es-l03@andesexport.pe")],
    [R("escalate")],
    spec="L4: duplicate claimed inside the window (charge 2025-09-25, request 2025-09-28 IST) but the ledger holds only one charge LO-INV-70330 (invoice filled from the ledger, s.1): escalate, no amount.")

case("l04-plan-equivocado-santiago", LOB, "decided", [mail(
    "Cristián Muñoz <cmunoz@ferreteriaelroble.cl>", "support@leadsoptima.com",
    "Cobro plan anual en vez de trimestral - factura LO-INV-70340",
    "Estimados:\n\nJunto con saludar, les cuento que yo tengo el plan trimestral y el 24 me llegó un cobro de "
    "$11.988 que corresponde al plan anual. O sea me cobraron por el plan equivocado. Necesito que me reembolsen "
    "ese cargo y me dejen en el trimestral como estaba.\n\nQuedo atento,\nCristián Muñoz\nFerretería El Roble Ltda.\nPuente Alto",
    at(2025, 9, 26, 10, 5, CL), "es-l04@ferreteriaelroble.cl")],
    [R("escalate")],
    spec="L2 billing_error ('cobraron por el plan equivocado') inside the window (charge 2025-09-24, request 2025-09-26) -> L5 escalate with LO-INV-70340.")

case("l05-no-puedo-entrar-dictado-cdmx", LOB, "decided", [mail(
    "Lupita Hdz <lupita.hdz88@hotmail.com>", "support@leadsoptima.com",
    "ayuda no puedo entrar",
    "hola buenas tardes fíjense que desde el lunes no puedo iniciar sesión en la plataforma me sale error y ya le "
    "moví a todo borré caché cambié de navegador y nada ya les había mandado whats y no contestan pagué el mensual "
    "el sábado y no lo he podido usar ni un día quiero que me regresen mi dinero por favor\n\n"
    "Enviado desde mi iPhone",
    at(2025, 9, 23, 16, 45, MX), "es-l05@hotmail.com")],
    [R("escalate")],
    spec="L2 access_failure ('no puedo iniciar sesión') inside the window (charge 2025-09-20, request 2025-09-24 04:15 IST, day 4) -> L6 escalate; invoice and plan filled from the ledger's one charge (s.1).")

case("l06-sin-acceso-fuera-plazo-rosario", LOB, "decided", [mail(
    "Facundo Benítez <facu.benitez@estudiobenitez.com.ar>", "support@leadsoptima.com",
    "Reintegro - no puedo acceder",
    "Hola, qué tal. Les escribo porque hace rato que no puedo acceder al panel, me tira error 500 cada vez que "
    "quiero loguearme. Pagué el mes el 1/9 y la verdad no lo pude usar casi nada. Quiero el reintegro de la "
    "factura LO-INV-70360.\n\nSaludos\nFacu\nEstudio Contable Benítez",
    at(2025, 9, 19, 11, 0, AR), "es-l06@estudiobenitez.com.ar")],
    [R("deny")],
    spec="L3: access failure but the charge is 2025-09-01 and the request 2025-09-19 IST (day 18 > 7): deny.")

case("l07-ya-no-lo-uso-madrid", LOB, "decided", [mail(
    "Marta Ilundain <marta.ilundain@gmail.com>", "support@leadsoptima.com",
    "Devolución parte del mes",
    "Buenas,\n\nContraté el plan mensual el lunes pero al final mi jefa ha decidido que usamos otra herramienta, "
    "así que no lo vamos a usar. ¿Me podéis devolver lo que queda de mes? Total no he llegado ni a importar "
    "contactos.\n\nUn saludo,\nMarta",
    at(2025, 9, 17, 9, 30, ES), "es-l07@mail.gmail.com")],
    [R("deny")],
    spec="L1: 'no lo vamos a usar' / unused days is not an exception reason: deny, the reply offers cancellation; invoice LO-INV-70370 and plan filled from the ledger (s.1).")

case("l08-prueba-gratis-cali", LOB, "decided", [mail(
    "Andrés Caicedo <andres.caicedo@outlook.com>", "support@leadsoptima.com",
    "Reembolso",
    "Buenas noches, estoy en la prueba gratis de LeadsOptima, plan mensual, y no me convenció para nada, la "
    "herramienta no sirve para lo que yo necesito. Quiero que me devuelvan lo que me hayan cobrado y que no me "
    "cobren nada más.\n\nGracias\nAndrés Caicedo",
    at(2025, 9, 25, 20, 10, CO), "es-l08@outlook.com")],
    [R("deny")], extra_ok=True,
    spec="L7: the account is on a free trial (trial_ends 2025-10-05) with no charges: deny, nothing to refund; no billing unless they subscribe. extra_ok: 'que no me cobren nada más' may be read as a cancellation.")

case("l09-cancelar-mensual-arequipa", LOB, "decided", [mail(
    "Karina Flores <kflores@limatours.pe>", "support@leadsoptima.com",
    "Cancelación de suscripción",
    "Estimados señores:\n\nPor medio de la presente les solicito la cancelación de mi suscripción mensual a "
    "LeadsOptima a partir del próximo ciclo. La agencia está reduciendo gastos por la temporada baja.\n\n"
    "Atentamente,\nKarina Flores Paredes\nLima Tours & Travel - Arequipa",
    at(2025, 9, 24, 12, 0, PE), "es-l09@limatours.pe")],
    [C("cancel", "2025-10-14")],
    spec="L8: cancellation from the registered email, monthly plan; effective_date = current_period_end 2025-10-14.")

case("l10-cancelar-anual-sin-periodo-concepcion", LOB, "decided", [mail(
    "Patricio Valdés <pvaldes@valdesyasociados.cl>", "support@leadsoptima.com",
    "Dar de baja plan anual",
    "Buenas tardes,\n\nFavor dar de baja nuestra cuenta al término del período anual que pagamos en marzo. "
    "No vamos a renovar, el equipo comercial se cambió a otro CRM.\n\nSaludos cordiales,\nPatricio Valdés S.\n"
    "Valdés y Asociados - Concepción",
    at(2025, 9, 15, 15, 10, CL), "es-l10@valdesyasociados.cl")],
    [C("cancel", "2026-03-09")],
    spec="L8 fallback: no current_period_end in the ledger; last charge 2025-03-10 annual -> 2025-03-10 + 12 months - 1 day = 2026-03-09.")

case("l11-reembolso-y-baja-valencia", LOB, "decided", [mail(
    "Nuria Campos <nuria.campos@campos-interiorismo.es>", "support@leadsoptima.com",
    "Baja y devolución trimestre",
    "Hola equipo,\n\nQuiero daros de baja y que me devolváis el trimestre que se cobró el día 10 (LO-INV-70410). "
    "Hemos cambiado de proveedor y no lo vamos a seguir usando.\n\nGracias,\nNuria Campos\nCampos Interiorismo · València",
    at(2025, 9, 14, 18, 0, ES), "es-l11@campos-interiorismo.es")],
    [R("deny"), C("cancel", "2025-12-09")],
    spec="L1: change of provider is no exception -> refund deny; L8: cancel effective current_period_end 2025-12-09; one reply.")

case("l12-c2-correo-personal-bucaramanga", LOB, "need_info", [mail(
    "Ximena Ríos <ximena.rios@colegioandino.edu.co>", "support@leadsoptima.com",
    "Reembolso cobro repetido",
    "Buen día. Les escribo desde el correo del trabajo porque no tengo a la mano el mío. Mi cuenta está a nombre "
    "de ximena.rios@gmail.com, plan trimestral. Me cobraron dos veces la factura LO-INV-70530, necesito la "
    "devolución.\n\nXimena Ríos",
    at(2025, 9, 5, 7, 50, CO), "es-l12@colegioandino.edu.co")],
    rules=["C2"],
    spec="C2: the request names the registered email ximena.rios@gmail.com but comes from another address: need_info, ask to write from the address on record, nothing about the account.")

case("l13-sin-motivo-firma-larga-lima", LOB, "need_info", [mail(
    "Karina Flores <kflores@limatours.pe>", "support@leadsoptima.com",
    "SOLICITUD DE REEMBOLSO - LO-INV-70390",
    "Estimados señores de LeadsOptima:\n\nPor medio del presente solicito el reembolso del importe cobrado según "
    "factura LO-INV-70390.\n\nQuedo atenta a su pronta respuesta.\n\nCordialmente,\n\nKarina Flores Paredes\n"
    "Jefa de Operaciones | Lima Tours & Travel\nAv. Ejército 710, Yanahuara - Arequipa\nTel. (054) 555-123" + DISC,
    at(2025, 9, 18, 9, 5, PE), "es-l13@limatours.pe")],
    missing=["reason"],
    spec="s.8 'what a reason is': greetings, restatement and signature/disclaimer are no reason; plan filled from the ledger, invoice given: need_info reason only.")

case("l14-monto-incorrecto-sin-factura-medellin", LOB, "need_info", [mail(
    "Maribel Ospina <ventas@confeccionesmaribel.com.co>", "support@leadsoptima.com",
    "cobro de mas",
    "Hola buenas, me cobraron un monto incorrecto este mes, siempre pago 1.499 y ahora me salió por 1.799 y yo no "
    "cambié nada del plan. Me devuelven la diferencia o todo y me cobran bien? gracias\n\nMaribel\nConfecciones Maribel",
    at(2025, 9, 21, 10, 30, CO), "es-l14@confeccionesmaribel.com.co")],
    missing=["invoice_number"],
    spec="L2 billing_error, but the verified sender has two charges (2025-08-19 and 2025-09-19) and names no invoice: s.1 fills the invoice only when the sender has exactly one charge (s.3: the charge must be identified; s.8: no correction of references): need_info invoice_number.")

case("l15-hilo-responde-motivo-lima", LOB, "decided", [
    mail("Karina Flores <kflores@limatours.pe>", "support@leadsoptima.com",
         "Reembolso factura LO-INV-70390",
         "Buenos días, solicito el reembolso de la factura LO-INV-70390. Gracias.\n\nKarina Flores",
         at(2025, 9, 20, 9, 0, PE), "es-l15a@limatours.pe"),
    mail("Karina Flores <kflores@limatours.pe>", "support@leadsoptima.com",
         "Re: Reembolso factura LO-INV-70390 [LO-4471]",
         "Claro, el motivo es que desde el mismo día del pago la plataforma no carga, se queda en la pantalla de "
         "carga y no me deja entrar a mi cuenta. Ya probé en dos computadoras.\n\nKarina\n\n"
         "El sáb, 20 sept 2025 a las 11:02, LeadsOptima Soporte <support@leadsoptima.com> escribió:\n"
         "> Para continuar, indíquenos el motivo de su solicitud de reembolso.",
         at(2025, 9, 22, 8, 40, PE), "es-l15b@limatours.pe", reply_to_ids=["es-l15a@limatours.pe", "lo-4471@leadsoptima.com"])],
    [R("escalate")],
    spec="C3 thread: the answer gives the reason (access failure, 'no me deja entrar'); request time is the first email 2025-09-20 IST, day 5 from the 2025-09-15 charge -> L6 escalate.")

case("l16-contracargo-cali", LOB, "decided", [mail(
    "Maribel Ospina <ventas@confeccionesmaribel.com.co>", "support@leadsoptima.com",
    "URGENTE cobro indebido LO-INV-70441",
    "Llevo 3 correos y nadie me responde. Me cobraron 1.799 cuando mi plan vale 1.499. Si hoy no me devuelven la "
    "plata voy a pedir el contracargo con el banco y listo, ya hablé con mi asesora de Davivienda.\n\nMaribel Ospina",
    at(2025, 9, 22, 11, 15, CO), "es-l16@confeccionesmaribel.com.co")],
    [R("escalate")], rules=["C4"],
    spec="C4: a chargeback threat ('contracargo con el banco') escalates the case whatever the billing-error merits.")

case("l17-sernac-baja-santiago", LOB, "decided", [mail(
    "Panadería San José <contacto@panaderiasanjose.cl>", "support@leadsoptima.com",
    "Reclamo formal",
    "Señores:\n\nQuiero dar de baja el servicio YA y que me devuelvan lo del trimestre, nunca funcionó como "
    "prometieron en la demo. Si no tengo respuesta esta semana hago el reclamo en el SERNAC y lo veo con mi "
    "abogado.\n\nJuan Carlos Sepúlveda\nPanadería San José, Maipú",
    at(2025, 9, 29, 19, 20, CL), "es-l17@panaderiasanjose.cl")],
    [R("escalate"), C("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): consumer-agency (SERNAC) and lawyer threat -> both the refund and the cancellation escalate.")

case("l18-respuesta-automatica", LOB, "ignore", [mail(
    "Diego Salazar <diego.salazar@salazarabogados.pe>", "support@leadsoptima.com",
    "Respuesta automática: Su factura LO-INV-70450",
    "Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 6 de octubre con acceso limitado al correo. "
    "Para temas urgentes comuníquese con mi asistente al (01) 555-8800.\n\nDiego Salazar",
    at(2025, 9, 24, 8, 0, PE), "es-l18@salazarabogados.pe",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])],
    rules=["C7"], spec="C7: Auto-Submitted: auto-replied out-of-office: ignore, never answered.")

case("l19-rebote-mailer-daemon", LOB, "ignore", [mail(
    "Mail Delivery Subsystem <MAILER-DAEMON@mx.telefonica.net>", "support@leadsoptima.com",
    "Notificación de estado de entrega (error)",
    "No se ha podido entregar el mensaje a pablo.ortiz@ortizmotor.es porque el buzón está lleno.\n\n"
    "Mensaje original:\nAsunto: Su factura LO-INV-70520\n",
    at(2025, 9, 11, 6, 30, ES), "es-l19@mx.telefonica.net")],
    rules=["C7"], spec="C7: MAILER-DAEMON sender (delivery-status report): ignore.")

case("l20-boletin-lista", LOB, "ignore", [mail(
    "Cámara de Comercio de Lima <boletin@camaralima.org.pe>", "info@leadsoptima.com",
    "Boletín semanal: ¿reembolsos y cancelaciones? Lo que su empresa debe saber",
    "Estimado socio:\nEn esta edición: cómo gestionar solicitudes de reembolso y cancelación de sus clientes, "
    "novedades tributarias de SUNAT y agenda de eventos.\n\nPara darse de baja de este boletín haga clic aquí.",
    at(2025, 9, 18, 7, 0, PE), "es-l20@camaralima.org.pe",
    headers=[("List-Id", "Boletin CCL <boletin.camaralima.org.pe>"), ("Precedence", "bulk"),
             ("List-Unsubscribe", "<mailto:baja@camaralima.org.pe>")])],
    rules=["C7"], spec="C7: List-Id / Precedence: bulk newsletter, although it talks about refunds: ignore.")

case("l21-no-quiero-reembolso-factura-nit", LOB, "other", [mail(
    "Pablo Ortiz <pablo.ortiz@ortizmotor.es>", "billing@leadsoptima.com",
    "Factura a nombre de la empresa",
    "Buenos días,\n\nNo quiero ningún reembolso ni cancelar nada, estamos contentos con la herramienta. Solo "
    "necesito que la factura LO-INV-70520 salga a nombre de Ortiz Motor S.L. con el CIF B-12345678 para "
    "que la pueda meter mi gestor en el trimestre.\n\nGracias,\nPablo Ortiz",
    at(2025, 9, 12, 10, 0, ES), "es-l21@ortizmotor.es")],
    spec="s.8 negation: 'no quiero ningún reembolso ni cancelar nada' adds no intent; an invoice-data request is other.")

case("l22-pregunta-antes-de-comprar-bogota", LOB, "other", [mail(
    "Camilo Herrera <camiloherrera.mkt@gmail.com>", "info@leadsoptima.com",
    "Pregunta antes de contratar",
    "Hola, estoy pensando en tomar el plan anual para mi agencia. Una pregunta: si lo compro y a las dos semanas "
    "veo que no me sirve, ¿me devolverían la plata o por lo menos una parte? Gracias por la info.\n\nCamilo",
    at(2025, 9, 26, 14, 0, CO), "es-l22@mail.gmail.com")],
    spec="s.8 hypothetical: 'si lo compro... ¿me devolverían?' before buying is a policy question: other.")

case("l23-gracias-reembolso-recibido", LOB, "other", [mail(
    "Sofía Arango <sofia.arango@arangodiseno.co>", "support@leadsoptima.com",
    "Re: Reembolso aprobado [LO-4380]",
    "Muchas gracias!! Ya me apareció el reembolso en la tarjeta esta mañana. Súper amables, feliz semana 🙌\n\nSofi",
    at(2025, 9, 29, 9, 10, CO), "es-l23@arangodiseno.co", reply_to_ids=["lo-4380@leadsoptima.com"])],
    spec="Thank-you after a refund asks for nothing: other.")

case("l24-pregunta-igv-factura-cusco", LOB, "other", [mail(
    "Hostal Cuzco Inn <admin@hostalcuzcoinn.pe>", "billing@leadsoptima.com",
    "Consulta sobre factura LO-INV-70540",
    "Buenas tardes, en la factura LO-INV-70540 me figura un impuesto de 269.82, mi contador pregunta si eso es el "
    "IGST de India y si es posible que nos manden la factura también en PDF con RUC. Solo es consulta, el cobro "
    "está conforme.\n\nSaludos,\nAdministración Hostal Cuzco Inn",
    at(2025, 9, 25, 16, 0, PE), "es-l24@hostalcuzcoinn.pe")],
    spec="An invoice question that asks for neither refund nor cancellation ('el cobro está conforme'): other.")

case("l25-contadora-reenvia-c2-outlook", LOB, "need_info", [mail(
    "Claudia Pardo - Contadora <cpardo@pardocontadores.co>", "support@leadsoptima.com",
    "RV: Cobro duplicado LeadsOptima",
    "Buenas tardes,\n\nLes reenvío la solicitud de mi cliente, la Inmobiliaria La Sabana, para que por favor "
    "gestionen la devolución. Yo llevo la contabilidad de ellos.\n\nCordialmente,\nClaudia Pardo\nContadora Pública T.P. 123456-T\n\n"
    "________________________________\nDe: Gerencia Inmobiliaria La Sabana <gerencia@inmobiliariasabana.co>\n"
    "Enviado: lunes, 29 de septiembre de 2025 8:12\nPara: Claudia Pardo <cpardo@pardocontadores.co>\n"
    "Asunto: Cobro duplicado LeadsOptima\n\nClaudia, LeadsOptima nos cobró dos veces la renovación del plan anual "
    "(cuenta gerencia@inmobiliariasabana.co). ¿Les puedes escribir para que nos devuelvan uno?\n\nGracias",
    at(2025, 9, 29, 15, 30, CO), "es-l25@pardocontadores.co")],
    rules=["C2"],
    spec="s.8 forwards: the forwarded request names the registered email gerencia@inmobiliariasabana.co, not the accountant's sender: C2 need_info, ask for the request from that address.")

case("l26-reenvio-propio-gmail-dia7-madrid", LOB, "decided", [mail(
    "Beatriz Lozano <bea.lozano@lozanofotografia.es>", "support@leadsoptima.com",
    "Fwd: cobro duplicado",
    "Os reenvío lo que os acabo de mandar a una dirección que no era (hola@leadsoptima.es en vez de support@)."
    "\n\n---------- Forwarded message ---------\nDe: Beatriz Lozano <bea.lozano@lozanofotografia.es>\n"
    "Date: vie, 26 sept 2025 a las 20:00\nSubject: cobro duplicado\nTo: <hola@leadsoptima.es>\n\n"
    "Hola, me habéis cobrado dos veces el plan anual el 19 de septiembre, facturas LO-INV-70480 y LO-INV-70481. "
    "Quiero la devolución del segundo cargo.\nBea",
    at(2025, 9, 26, 20, 5, ES), "es-l26@lozanofotografia.es")],
    [R("approve", "11988.00")],
    spec="Forward of the customer's own request from the registered address: read for its request. Charges 2025-09-19 23:40/23:42 IST (day 0); request 2025-09-26 23:35 IST = day 7, inside (L3); L4 refund of LO-INV-70481 = 11988.00.")

case("l27-tres-cobros-iguales-barranquilla", LOB, "decided", [mail(
    "Hernán Gómez <hgomez@gomezlogistica.com.co>", "support@leadsoptima.com",
    "tres cobros del mismo mes",
    "Buenas, ajá, les cuento que me llegaron TRES cobros del plan mensual por el mismo periodo, dos el 8 y otro hoy "
    "16, facturas 70470, 70471 y LO-INV-70472. Esto es un cobro repetido evidente. Por favor devuélvanme los cobros "
    "de más.\n\nHernán Gómez\nGómez Logística SAS - Barranquilla",
    at(2025, 9, 16, 10, 0, CO), "es-l27@gomezlogistica.com.co")],
    [R("approve", "1499.00")],
    spec="s.8 three identical charges: the 2nd (2025-09-08, day 8 at request 2025-09-16 IST) is outside L3, the 3rd (2025-09-16 20:00 IST, day 0, request 20:30 IST) inside; refund = 1499.00.")

case("l28-duplicado-ya-reembolsado-trujillo", LOB, "decided", [mail(
    "Miguel Torres <mtorres@torresymolina.pe>", "support@leadsoptima.com",
    "Doble cobro anual LO-INV-70501",
    "Buenos días, el 26 se me cobró dos veces el plan anual (LO-INV-70500 y LO-INV-70501). Solicito la devolución "
    "del segundo cobro a mi tarjeta.\n\nMiguel Torres\nTorres & Molina Contadores - Trujillo",
    at(2025, 9, 28, 11, 0, PE), "es-l28@torresymolina.pe")],
    [R("escalate")],
    spec="s.8 payments not paid: LO-INV-70501 has status refunded, so there is no pair of paid charges (L4) and a refund of a non-paid payment is escalated.")

case("l29-whatsapp-cancelar-cusco", LOB, "decided", [mail(
    "Hostal Cuzco Inn <admin@hostalcuzcoinn.pe>", "support@leadsoptima.com",
    "cancelar",
    "buenas noches quiero cancelar el plan ya no lo vamos a necesitar porque el hostal lo estamos traspasando "
    "gracias por todo igual\n\nenviado desde mi celular Huawei",
    at(2025, 9, 28, 21, 0, PE), "es-l29@hostalcuzcoinn.pe")],
    [C("cancel", "2025-10-23")],
    spec="L8: cancellation, monthly plan from the ledger; effective_date current_period_end 2025-10-23.")

case("l30-baja-sin-motivo-vigo", LOB, "decided", [mail(
    "Pablo Ortiz <pablo.ortiz@ortizmotor.es>", "support@leadsoptima.com",
    "Baja",
    "Buenas, por favor tramitad la baja de la suscripción.\n\nUn saludo\n\nPablo Ortiz\nGerente · Ortiz Motor S.L.\n"
    "Rúa do Príncipe 12, Vigo" + DISC,
    at(2025, 9, 23, 12, 0, ES), "es-l30@ortizmotor.es")],
    [C("cancel", "2025-10-09")],
    spec="Section 3: the reason does not hold a LeadsOptima cancellation up; L8 effective current_period_end 2025-10-09.")

case("l31-html-solo-abogado-lima", LOB, "decided", [mail(
    "Diego Salazar <diego.salazar@salazarabogados.pe>", "support@leadsoptima.com",
    "Cobro no reconocido",
    None,
    at(2025, 9, 24, 18, 30, PE), "es-l31@salazarabogados.pe",
    html="<html><body><p>Señores LeadsOptima:</p><p>Se me ha cobrado el plan trimestral <b>dos veces</b>: en "
         "mi estado de cuenta figuran dos cargos de LeadsOptima y no entiendo la factura LO-INV-70450.</p>"
         "<p>Exijo la devolución inmediata. De no tener respuesta en 48 horas, presentaré una denuncia ante "
         "INDECOPI y tomaré acciones legales.</p><p>Diego Salazar</p></body></html>")],
    [R("escalate")], rules=["C4"],
    spec="C4: HTML-only mail threatening a consumer-agency complaint (INDECOPI) and legal action: escalate.")

case("l32-cobro-de-mas-cupon-madrid", LOB, "decided", [mail(
    "Elena Marín <elena.marin@marinabogados.es>", "support@leadsoptima.com",
    "Cargo 22/09",
    "Hola,\n\nEl día 22 me cobrasteis 1.499,00 + IVA... Me cobrasteis de más: tenía un cupón del 50 % para el primer "
    "mes que apliqué al darme de alta y no se ha descontado. Solicito que me abonéis el importe cobrado de más.\n\n"
    "Elena",
    at(2025, 9, 24, 13, 0, ES), "es-l32@marinabogados.es")],
    [R("escalate")],
    spec="L2 billing_error ('me cobrasteis de más') inside the window (charge 2025-09-22, request 2025-09-24): L5 escalate; invoice LO-INV-70550 filled from the one charge.")

# ---------------------------------------------------------------- Optima WebDesign
case("o01-deposito-72h-aprobado-neiva", OWB, "decided", [mail(
    "Compras Café Huila <compras@cafehuila.co>", "optimawebdesigns12@gmail.com",
    "Solicitud de reembolso — Tienda Café Huila / OWD-2025-301",
    "Buenos días equipo de Optima,\n\nAyer pagamos el anticipo de la Tienda Café Huila (factura OWD-2025-301, "
    "$20.000 + IVA). Hoy la junta de socios decidió aplazar el proyecto de tienda en línea para el próximo año "
    "por temas de caja, así que les pedimos la devolución del anticipo. Entendemos que todavía no han empezado.\n\n"
    "Mil gracias,\nLuz Dary Perdomo\nCompras - Café Huila SAS",
    at(2025, 9, 23, 9, 0, CO), "es-o01@cafehuila.co")],
    [R("approve", "20000.00")],
    spec="O2: deposit paid 2025-09-22 11:00 IST, request 2025-09-23 19:30 IST (32.5 h), no work started: approve 20000.00 before the 3600 tax (C6).")

case("o02-deposito-72h-exactas-logrono", OWB, "decided", [mail(
    "Bodega Rioja Alta <admin@bodegariojaalta.es>", "billing@optimawebdesign.com",
    "Devolución de la señal - Web Bodega Rioja Alta",
    "Buenos días:\n\nLes escribo en relación con la señal de 850,00 € (más IVA) abonada el lunes por la web de la "
    "bodega, factura OWD-2025-302. Hemos recibido una subvención que nos obliga a contratar con una empresa de la "
    "comunidad, por lo que les rogamos nos devuelvan la señal.\n\nReciban un cordial saludo,\nAdministración\n"
    "Bodegas Rioja Alta, S.A. - Haro (La Rioja)",
    at(2025, 9, 18, 11, 0, ES), "es-o02@bodegariojaalta.es")],
    [R("deny")],
    spec="O2 / s.8: deposit paid 2025-09-15 14:30 IST, request 2025-09-18 11:00 CEST = 14:30 IST, exactly 72 h: not 'before 72 hours', deny.")

case("o03-deposito-trabajo-iniciado-lima", OWB, "decided", [mail(
    "Rectoría Colegio San Marcos <rectoria@colegiosanmarcos.edu.pe>", "optimawebdesigns12@gmail.com",
    "Anulación del proyecto Portal Colegio San Marcos",
    "Estimados señores:\n\nMediante el presente les comunicamos que la promotoría ha decidido no continuar con el "
    "Portal Colegio San Marcos, debido a un cambio de gestión. Solicitamos la devolución del adelanto (factura "
    "OWD-2025-303) pagado el 15 de setiembre.\n\nAtentamente,\nHna. María Elena Cárdenas\nDirectora",
    at(2025, 9, 16, 20, 0, PE), "es-o03@colegiosanmarcos.edu.pe")],
    [R("deny")],
    spec="O2 'whichever occurs first': request 2025-09-17 06:30 IST is within 72 h but after work_started_at 2025-09-16 11:00: deny.")

case("o04-discovery-sin-iniciar-la-serena", OWB, "decided", [mail(
    "Marketing Pisco Elqui <marketing@piscoelqui.cl>", "optimawebdesigns12@gmail.com",
    "Rebranding Pisco Elqui - reembolso fee de descubrimiento",
    "Hola equipo Optima, ¿cómo están?\n\nLes escribo por el fee de discovery del Rebranding Pisco Elqui "
    "(OWD-2025-304). Al final la gerencia general contrató a una agencia de Santiago que ya trabaja con el holding, "
    "así que vamos a tener que bajarnos. Como todavía no agendamos ninguna sesión, ¿nos pueden devolver el pago?\n\n"
    "Saludos!\nFernanda Rojas\nMarketing - Pisco Elqui",
    at(2025, 9, 19, 11, 30, CL), "es-o04@piscoelqui.cl")],
    [R("approve", "15000.00")],
    spec="O1: discovery fee, work_started_at empty (no session held): refundable in full, 15000.00 before tax.")

case("o05-discovery-ya-iniciado-mancora", OWB, "decided", [mail(
    "Surf Máncora <hola@surfmancora.pe>", "optimawebdesigns12@gmail.com",
    "reembolso app reservas",
    "hola chicos, al final no vamos a hacer la App Reservas Surf Máncora este año, la temporada estuvo floja. "
    "queremos la devolución de lo que pagamos por la consultoría inicial, factura OWD-2025-305. sé que hicimos "
    "un par de reuniones pero no nos sirvió de mucho la verdad\n\nabrazo\nRenzo",
    at(2025, 9, 8, 10, 0, PE), "es-o05@surfmancora.pe")],
    [R("deny")],
    spec="O1: discovery sessions already started (work_started_at 2025-08-20): deny.")

case("o06-hito-no-iniciado-medellin", OWB, "decided", [mail(
    "Gerencia Moda Medellín <gerencia@modamedellin.co>", "optimawebdesigns12@gmail.com",
    "Reembolso hito 2 - Ecommerce Moda Medellín (OWD-2025-307)",
    "Hola parceros, buen día.\n\nDel Ecommerce Moda Medellín el hito 1 quedó muy bien y ya lo aprobamos. Pero el "
    "hito 2 (pasarela de pagos y catálogo mayorista, factura OWD-2025-307) lo vamos a hacer con el equipo interno "
    "que acabamos de contratar, entonces les pedimos devolvernos ese pago. Entiendo que ese hito no lo han empezado.\n\n"
    "Gracias!\nSantiago Restrepo\nGerente",
    at(2025, 9, 20, 9, 45, CO), "es-o06@modamedellin.co")],
    [R("approve", "35000.00")],
    spec="O3: milestone OWD-2025-307 not_started: refund its amount 35000.00 before tax; the approved milestone 1 is not asked for.")

case("o07-hito-en-curso-nunoa", OWB, "decided", [mail(
    "Veterinaria Ñuñoa <contacto@vetnunoa.cl>", "optimawebdesigns12@gmail.com",
    "Web Clínica Veterinaria Ñuñoa - devolución",
    "Estimados, junto con saludar:\n\nEl avance de la web de la clínica va muy lento y la verdad no nos gusta lo que "
    "llevamos. Queremos la devolución del pago del hito en curso (OWD-2025-308) y conversar cómo cerramos.\n\n"
    "Saludos,\nDra. Camila Fuentes",
    at(2025, 9, 23, 17, 0, CL), "es-o07@vetnunoa.cl")],
    [R("escalate")],
    spec="O3: milestone in_progress: the billable value of the work not started needs a person: escalate, no amount.")

case("o08-hito-aprobado-sevilla", OWB, "decided", [mail(
    "Academia Flamenco Triana <academia@flamencotriana.es>", "optimawebdesigns12@gmail.com",
    "Reembolso landing",
    "Hola,\n\nLa Landing Academia Flamenco que nos hicisteis en julio (factura OWD-2025-309) no nos ha traído ni una "
    "alumna nueva en todo el verano. Queremos que nos devolváis los 600 euros porque no ha funcionado.\n\n"
    "Olé y gracias,\nRocío\nAcademia de Flamenco de Triana",
    at(2025, 9, 10, 12, 0, ES), "es-o08@flamencotriana.es")],
    [R("deny")],
    spec="O3/O6: the milestone is approved (completed deliverable): deny, citing non-refundable items.")

case("o09-retainer-aviso-suficiente-cartagena", OWB, "decided", [mail(
    "Sistemas Hotel Cartagena Playa <sistemas@hotelcartagenaplaya.co>", "optimawebdesigns12@gmail.com",
    "Terminación contrato mantenimiento - Mantenimiento Hotel Cartagena",
    "Buenas tardes,\n\nPor instrucción de gerencia les informamos que no renovaremos el contrato de mantenimiento "
    "mensual (Mantenimiento Hotel Cartagena, última factura OWD-2025-310). El hotel pasa a ser administrado por una "
    "cadena que tiene su propio equipo de TI. Favor no generar más cobros.\n\nCordialmente,\nIng. Rafael Mendoza\n"
    "Jefe de Sistemas",
    at(2025, 9, 25, 15, 0, CO), "es-o09@hotelcartagenaplaya.co")],
    [C("cancel", "2025-10-09")],
    spec="O4/O8: next_billing_at 2025-10-10; request 2025-09-26 IST <= 2025-10-03 (>=7 days' notice): cancel, effective the day before, 2025-10-09.")

case("o10-retainer-aviso-corto-valladolid", OWB, "decided", [mail(
    "Gestoría Pisuerga <info@gestoriapisuerga.es>", "optimawebdesigns12@gmail.com",
    "Baja servicio SEO",
    "Buenos días,\n\nComunicamos la baja del servicio mensual SEO Gestoría Valladolid (factura OWD-2025-311). "
    "El posicionamiento no ha mejorado en los seis meses de contrato y preferimos invertir en otra cosa.\n\n"
    "Atentamente,\nAna Belén Prieto\nGestoría Pisuerga, S.L.",
    at(2025, 9, 27, 10, 0, ES), "es-o10@gestoriapisuerga.es")],
    [C("cancel", "2025-10-31")],
    spec="O4: next_billing_at 2025-10-01, request 2025-09-27 (< 7 days' notice, cut-off 2025-09-24): the next cycle 2025-10-01..2025-10-31 is billed; effective_date 2025-10-31.")

case("o11-hosting-14-dias-lima", OWB, "decided", [mail(
    "Chifa Dragón <chifadragon@gmail.com>", "optimawebdesigns12@gmail.com",
    "Cancelar hosting y devolución",
    "Buenas tardes señores de Optima,\n\nQueremos cancelar el Hosting Restaurante Chifa Lima (factura OWD-2025-312) "
    "porque mi sobrino nos va a alojar la página en el servidor de su empresa sin costo. Solicitamos la devolución "
    "que corresponda.\n\nGracias\nSr. Wong\nChifa Dragón - Barranco",
    at(2025, 9, 24, 16, 0, PE), "es-o11@mail.gmail.com")],
    [R("approve", "14300.00")], extra_ok=True,
    spec="O5: service_start 2025-09-15, request 2025-09-25 IST (day 10 <= 14): 18000 - 2400 - (15600/12)*1 = 14300.00; extra_ok: the cancellation part of the plan ending is harmless.")

case("o12-hosting-fuera-plazo-puerto-montt", OWB, "decided", [mail(
    "Cervecería Patagonia <admin@cervezapatagona.cl>", "optimawebdesigns12@gmail.com",
    "Reembolso hosting anual",
    "Hola, queremos el reembolso proporcional del Hosting Cervecería Patagonia (OWD-2025-313), nos vamos a "
    "Shopify y ya no lo necesitamos.\n\nSaludos desde Puerto Varas\nTomás",
    at(2025, 9, 10, 12, 0, CL), "es-o12@cervezapatagona.cl")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-08-01, request 2025-09-10: more than 14 days: deny. extra_ok: a cancellation reading is harmless.")

case("o13-mantenimiento-antes-inicio-zaragoza", OWB, "decided", [mail(
    "Óptica Ebro <optica@opticaebro.es>", "optimawebdesigns12@gmail.com",
    "Solicitud de reembolso — Soporte Óptica Zaragoza / OWD-2025-314",
    "Buenos días,\n\nContratamos el plan anual de mantenimiento Soporte Óptica Zaragoza, que empieza el 15 de octubre. "
    "Nos han comprado la óptica una cadena y la web la gestionará su departamento central, por lo que solicitamos "
    "el reembolso y la cancelación del plan.\n\nSaludos,\nCarmen Lasheras",
    at(2025, 9, 26, 9, 30, ES), "es-o13@opticaebro.es")],
    [R("approve", "916.67")], extra_ok=True,
    spec="O5 + s.8: before service_start, consumed_months = 1: 1000.00 - 0 - 1000/12 = 916.666... -> 916.67 (rounded once, C6). extra_ok for the cancellation part.")

case("o14-dominio-ssl-cusco", OWB, "decided", [mail(
    "Artesanías Cusco <ventas@artesaniascusco.pe>", "optimawebdesigns12@gmail.com",
    "devolucion dominio",
    "Buenas, nos cobraron el dominio y el certificado SSL de la Tienda Artesanías Cusco (OWD-2025-315) pero ya "
    "teníamos un dominio comprado por nuestra cuenta, no lo necesitábamos. Pedimos la devolución.\n\nYolanda Huamán",
    at(2025, 9, 22, 10, 0, PE), "es-o14@artesaniascusco.pe")],
    [R("deny")],
    spec="O6: third_party (domain, SSL): never refundable: deny citing 'Non-refundable items'.")

case("o15-tarifa-urgencia-chapinero", OWB, "decided", [mail(
    "Gerencia Chapinero Propiedades <gerencia@chapineroprop.co>", "optimawebdesigns12@gmail.com",
    "Cobro urgencia Web Inmobiliaria Chapinero",
    "Buenas. Pagamos el recargo por entrega urgente (OWD-2025-316) y la verdad la entrega fue apenas un día antes "
    "de lo normal. No vale la pena lo que cobraron, pedimos que nos devuelvan ese recargo.\n\nCarolina Vélez",
    at(2025, 9, 25, 11, 0, CO), "es-o15@chapineroprop.co")],
    [R("deny")],
    spec="O6: rush fee: never refundable: deny.")

case("o16-cambio-alcance-valdivia", OWB, "decided", [mail(
    "Maderas Valdivia <muebles@maderasvaldivia.cl>", "optimawebdesigns12@gmail.com",
    "Reembolso cambio catálogo",
    "Estimados, el cambio que pedimos al Catálogo Muebles Valdivia (agregar filtro por tipo de madera, factura "
    "OWD-2025-317) al final no lo vamos a usar porque cambiamos el catálogo completo. Solicito reembolso.\n\n"
    "Atte.\nHéctor Vidal",
    at(2025, 9, 26, 10, 0, CL), "es-o16@maderasvaldivia.cl")],
    [R("deny")],
    spec="O6: change_request outside the original scope: never refundable: deny.")

case("o17-c2-socio-gmail-madrid", OWB, "need_info", [mail(
    "Álvaro de la Fuente <alvarodelafuente.abog@gmail.com>", "optimawebdesigns12@gmail.com",
    "Señal Web Despacho Castellana",
    "Buenas tardes,\n\nSoy socio del despacho. Os escribo desde mi correo personal: queremos anular la Web Despacho "
    "Castellana y recuperar la señal de la factura OWD-2025-318; hemos decidido encargarla a una agencia de "
    "un cliente nuestro.\n\nSaludos,\nÁlvaro de la Fuente",
    at(2025, 9, 26, 18, 0, ES), "es-o17@mail.gmail.com")],
    rules=["C2"],
    spec="C2 (explicit for Optima): the contract email is socios@despachocastellana.es; a personal gmail gets need_info asking to write from it, nothing about the project.")

case("o18-gestoria-reenvia-c2", OWB, "need_info", [mail(
    "Asesoría Fiscal Huila <contabilidad@asesoriahuila.co>", "optimawebdesigns12@gmail.com",
    "RV: Solicitud de reembolso — Tienda Café Huila",
    "Señores Optima WebDesign,\n\nActuamos como contadores de Café Huila SAS. Reenviamos la solicitud del cliente y "
    "agradecemos nos confirmen la devolución a nosotros.\n\nAsesoría Fiscal Huila\n\n"
    "-----Mensaje original-----\nDe: Compras Café Huila <compras@cafehuila.co>\nEnviado el: martes, 23 de "
    "septiembre de 2025 9:00\nPara: contabilidad@asesoriahuila.co\nAsunto: Solicitud de reembolso — Tienda Café Huila\n\n"
    "Por favor soliciten a Optima la devolución del anticipo OWD-2025-301 de la Tienda Café Huila; la junta aplazó "
    "el proyecto al otro año.",
    at(2025, 9, 23, 11, 0, CO), "es-o18@asesoriahuila.co")],
    rules=["C2"],
    spec="s.8 forwards + C2: the forwarded request carries contract email compras@cafehuila.co, sender is the accountants: need_info asking for the request from the contract email.")

case("o19-sin-motivo-optima-neiva", OWB, "need_info", [mail(
    "Compras Café Huila <compras@cafehuila.co>", "optimawebdesigns12@gmail.com",
    "Refund Request — Tienda Café Huila",
    "Buenos días,\n\nDe manera atenta solicitamos el reembolso del anticipo de la Tienda Café Huila.\n\n"
    "Quedamos atentos a sus comentarios.\n\nCordial saludo,\n\nLuz Dary Perdomo\nCompras - Café Huila SAS\n"
    "Neiva, Huila - Colombia" + DISC,
    at(2025, 9, 23, 8, 0, CO), "es-o19@cafehuila.co")],
    missing=["reason"],
    spec="s.8: no reason (courtesy lines, restatement, signature, disclaimer); invoice filled from the project's one payment (s.1): need_info reason.")

case("o20-falta-factura-dos-pagos-puno", OWB, "need_info", [mail(
    "Revista Altiplano <editor@revistaaltiplano.pe>", "optimawebdesigns12@gmail.com",
    "Devolución Rediseño Revista Altiplano",
    "Buenas tardes. Solicitamos la devolución del pago por el Rediseño Revista Altiplano porque la revista deja de "
    "salir en papel y la fundación que la financiaba se retiró.\n\nSaludos,\nWilber Mamani\nEditor",
    at(2025, 9, 24, 15, 0, PE), "es-o20@revistaaltiplano.pe")],
    missing=["invoice_number"],
    spec="The project has two payments (deposit OWD-2025-322 and milestone OWD-2025-323) and none is named: need_info invoice_number.")

case("o21-pago-fallido-mendoza", OWB, "decided", [mail(
    "Vinos del Valle <ventas@vinosdelvalle.com.ar>", "optimawebdesigns12@gmail.com",
    "Devolución seña Tienda Vinos Mendoza",
    "Hola, ¿cómo va? Les escribo por la seña de la Tienda Vinos Mendoza, factura OWD-2025-324. Al final con la "
    "suba del dólar no nos da para encarar el proyecto ahora, así que les pido que nos devuelvan la seña.\n\n"
    "Saludos,\nMartín Giménez\nVinos del Valle - Luján de Cuyo",
    at(2025, 9, 27, 12, 0, AR), "es-o21@vinosdelvalle.com.ar")],
    [R("escalate")],
    spec="s.8 payments not paid: OWD-2025-324 is failed: a refund of it is escalated.")

case("o22-baja-sin-motivo-vallecas", OWB, "need_info", [mail(
    "Taller Paco <tallerpaco@gmail.com>", "optimawebdesigns12@gmail.com",
    "baja mantenimiento web",
    "buenas q quiero dar de baja lo de la Web Taller Mecánico Vallecas\n\nun saludo paco",
    at(2025, 9, 20, 9, 0, ES), "es-o22@mail.gmail.com")],
    missing=["reason"],
    spec="s.8: Optima requires a reason for cancellations too; none given; invoice filled from the project's one payment: need_info reason.")

case("o23-hilo-discovery-motivo-bogota", OWB, "decided", [
    mail("Fundación Sembrar <direccion@fundacionsembrar.org.co>", "optimawebdesigns12@gmail.com",
         "Solicitud de reembolso — Web Fundación Sembrar",
         "Buenas tardes, solicitamos el reembolso del discovery de la Web Fundación Sembrar, factura OWD-2025-321.\n\n"
         "Gracias,\nDirección Ejecutiva",
         at(2025, 9, 25, 14, 0, CO), "es-o23a@fundacionsembrar.org.co"),
    mail("Fundación Sembrar <direccion@fundacionsembrar.org.co>", "optimawebdesigns12@gmail.com",
         "RE: Solicitud de reembolso — Web Fundación Sembrar [OWD-2291]",
         "Buenos días,\n\nEl motivo: el donante que iba a financiar la página retiró el aporte para este año, así que "
         "no tenemos presupuesto para el proyecto.\n\nCordialmente,\nAdriana Beltrán\nDirectora Ejecutiva\n\n"
         "De: Optima WebDesign <optimawebdesigns12@gmail.com>\nEnviado: jueves, 25 de septiembre de 2025 23:10\n"
         "Asunto: Re: Solicitud de reembolso — Web Fundación Sembrar [OWD-2291]\n\n> Para continuar necesitamos el motivo...",
         at(2025, 9, 26, 9, 0, CO), "es-o23b@fundacionsembrar.org.co",
         reply_to_ids=["es-o23a@fundacionsembrar.org.co", "owd-2291@optimawebdesign.com"])],
    [R("approve", "12000.00")],
    spec="C3 thread: the reply gives the reason; O1 discovery with no work started: approve 12000.00.")

case("o24-sic-abogado-retainer-antofagasta", OWB, "decided", [mail(
    "TI Minera Atacama <ti@mineraatacama.cl>", "optimawebdesigns12@gmail.com",
    "Término contrato Intranet Minera Atacama y devolución mes pagado",
    "Estimados:\n\nTerminamos el contrato de soporte de la Intranet Minera Atacama por incumplimiento reiterado de "
    "los tiempos de respuesta. Exigimos la devolución del período ya pagado por adelantado (OWD-2025-320). El área "
    "legal ya está al tanto y, de no haber solución, iniciaremos acciones legales.\n\nJefatura TI\nMinera Atacama",
    at(2025, 9, 22, 9, 0, CL), "es-o24@mineraatacama.cl")],
    [R("escalate"), C("escalate")], rules=["C4"],
    spec="C4 covers the whole case: 'acciones legales' escalates the refund and the cancellation.")

case("o25-retainer-prepagado-antofagasta", OWB, "decided", [mail(
    "TI Minera Atacama <ti@mineraatacama.cl>", "optimawebdesigns12@gmail.com",
    "Cancelación Intranet Minera Atacama",
    "Estimados:\n\nLes informamos que cancelamos el servicio de soporte de la Intranet Minera Atacama desde el "
    "próximo ciclo, factura OWD-2025-320. La compañía centralizó todo el soporte TI en Santiago.\n\nSaludos,\n"
    "Jefatura TI",
    at(2025, 9, 22, 9, 30, CL), "es-o25@mineraatacama.cl")],
    [C("escalate")],
    spec="s.8 retainer paid in advance: the next cycle (2025-10-05..2025-11-04) is already paid and the notice is >= 7 days: escalate.")

case("o26-contracargo-hito-medellin", OWB, "decided", [mail(
    "Gerencia Moda Medellín <gerencia@modamedellin.co>", "optimawebdesigns12@gmail.com",
    "RE: RE: RE: hito 2",
    "Ya van 10 días y nada. O me devuelven el hito 2 (OWD-2025-307) esta semana o hago el contracargo con la "
    "tarjeta, así de simple.\n\nSantiago Restrepo\n\n-----Mensaje original-----\nDe: Optima WebDesign\n"
    "Enviado el: jueves, 18 de septiembre de 2025\nAsunto: RE: RE: hito 2\n> Estamos revisando su caso...",
    at(2025, 9, 29, 8, 30, CO), "es-o26@modamedellin.co", reply_to_ids=["owd-2250@optimawebdesign.com"])],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat ('contracargo con la tarjeta'): escalate even though the milestone is not_started.")

case("o27-pregunta-antes-contratar-quito", OWB, "other", [mail(
    "Gabriela Andrade <gabi.andrade@andradeeventos.com>", "support@optimawebdesign.com",
    "Consulta antes de firmar",
    "Hola, estamos por contratar una web con ustedes. Antes de firmar quería preguntar: si pagamos el anticipo y "
    "a los dos días nos arrepentimos, ¿se puede recuperar? ¿Y el hosting anual se puede cancelar?\n\nGracias,\nGabriela",
    at(2025, 9, 24, 11, 0, CO), "es-o27@andradeeventos.com")],
    spec="s.8 hypothetical questions before buying: other.")

case("o28-gracias-no-quiero-reembolso", OWB, "other", [mail(
    "Marketing Pisco Elqui <marketing@piscoelqui.cl>", "optimawebdesigns12@gmail.com",
    "Re: Rebranding Pisco Elqui",
    "Hola! Les aviso que finalmente seguimos con ustedes, no queremos la devolución. Olviden mi correo "
    "anterior :) ¿Cuándo podemos agendar la primera sesión?\n\nFernanda",
    at(2025, 9, 22, 10, 0, CL), "es-o28@piscoelqui.cl", reply_to_ids=["es-o04@piscoelqui.cl"])],
    spec="s.8 negation: 'no queremos la devolución'; the question is about scheduling: other.")

case("o29-autorespuesta-optima", OWB, "ignore", [mail(
    "Óptica Ebro <optica@opticaebro.es>", "optimawebdesigns12@gmail.com",
    "Fuera de la oficina: Re: Soporte Óptica Zaragoza",
    "Estaré de vacaciones hasta el 29 de septiembre. Para cualquier devolución o incidencia urgente llamen al "
    "976 555 111.",
    at(2025, 9, 22, 9, 0, ES), "es-o29@opticaebro.es",
    headers=[("Auto-Submitted", "auto-replied")])],
    rules=["C7"], spec="C7: out-of-office auto-reply: ignore.")

case("o30-hito-no-iniciado-importe-escrito-puno", OWB, "decided", [mail(
    "Revista Altiplano <editor@revistaaltiplano.pe>", "optimawebdesigns12@gmail.com",
    "Reembolso hito OWD 2025 323",
    "Señores Optima:\n\nSolicitamos la devolución del pago del hito de diseño interior (veintidós mil rupias, "
    "factura owd 2025 323) del Rediseño Revista Altiplano, que aún no empieza, porque la revista deja de salir "
    "en papel.\n\nWilber Mamani",
    at(2025, 9, 25, 10, 0, PE), "es-o30@revistaaltiplano.pe")],
    [R("approve", "22000.00")],
    spec="s.8 references as typed ('owd 2025 323' = OWD-2025-323) and amounts in words; O3 milestone not_started: approve 22000.00.")

case("l33-copia-propia-noreply", LOB, "ignore", [mail(
    "LeadsOptima <noreply@leadsoptima.com>", "support@leadsoptima.com",
    "Copia: Hemos recibido su solicitud de reembolso [LO-4471]",
    "Hola Karina,\n\nHemos recibido su solicitud sobre la factura LO-INV-70390. Le responderemos en 2–3 días hábiles.\n\n"
    "Equipo LeadsOptima",
    at(2025, 9, 21, 6, 0, 5.5), "lo-4471-copy@leadsoptima.com")],
    rules=["C7"], spec="C7: mail from the brand's own address (noreply@leadsoptima.com): ignore.")


def main():
    out = HERE / "emails"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    seen = set()
    for c, files in CASES:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        for name, m in files:
            (HERE / name).write_bytes(m.as_bytes(policy=policy.SMTP))
    cases = [c for c, _ in CASES]
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(cases)} cases")


if __name__ == "__main__":
    main()
