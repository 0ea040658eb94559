"""fresh21_es: held-out Spanish cases (Spain, Mexico, Argentina, Colombia, Chile, Peru, Uruguay,
Venezuela). Stdlib only, deterministic: writes ledger.json, emails/*.eml and expected.json here."""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
IST = timezone(timedelta(hours=5, minutes=30))
LO = "LeadsOptima Soporte <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
M, Q, A = ("1499.00", "269.82"), ("3999.00", "719.82"), ("11988.00", "2157.84")
# regional UTC offsets in September 2025
ES, MX, AR, CO, CL, PE, UY, VE = 2, -6, -3, -5, -3, -5, -3, -4


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amt, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": amt[0], "tax": amt[1], "currency": "INR", "paid_at": paid_at,
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


customers = [
    cust("lucia.fdez@telefonica.es", "Lucía Fernández", "annual", start="2025-09-20", end="2026-09-19"),
    cust("mtorres.gdl@gmail.com", "Marco Torres", "monthly", start="2025-09-05", end="2025-10-04"),
    cust("sofi.acosta@fibertel.com.ar", "Sofía Acosta", "monthly", start="2025-09-10", end="2025-10-09"),
    cust("jcamilo.rios@outlook.com", "Juan Camilo Ríos", "quarterly", start="2025-09-22", end="2025-12-21"),
    cust("contacto@ferreteriaandes.cl", "Ferretería Andes", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("r.quispe@pucp.pe", "Rosa Quispe", "annual", start="2025-09-21", end="2026-09-20"),
    cust("nico.pereyra@adinet.com.uy", "Nicolás Pereyra", "monthly", start="2025-09-18", end="2025-10-17"),
    cust("daniela.mtz@prodigy.net.mx", "Daniela Martínez", "monthly", status="trial", trial_ends="2025-10-05"),
    cust("gestion@inmoherrera.es", "Inmobiliaria Herrera", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("pablo.urdaneta@cantv.net", "Pablo Urdaneta", "quarterly"),
    cust("marketing@clinicadentalsur.co", "Clínica Dental Sur", "monthly", start="2025-09-08", end="2025-10-07"),
    cust("carla.vidal@vtr.net", "Carla Vidal", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("ventas@mueblesroble.com.mx", "Muebles Roble", "monthly", start="2025-09-08", end="2025-10-07"),
    cust("info@academiacervantes.es", "Academia Cervantes", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("f.benitez@speedy.com.ar", "Federico Benítez", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("admin@estudiocontablelima.pe", "Estudio Contable Lima", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("valeria.ochoa@une.net.co", "Valeria Ochoa", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("hugo.salinas@entelchile.net", "Hugo Salinas", "monthly", start="2025-09-02", end="2025-10-01"),
    cust("ops@logisticaplata.com.uy", "Logística Plata", "quarterly", start="2025-08-01", end="2025-10-31"),
    cust("ana.belen.ruiz@yahoo.es", "Ana Belén Ruiz", "annual", start="2025-08-30", end="2026-08-29"),
    cust("gerencia@hotelcaribe.com.ve", "Hotel Caribe", "annual", start="2025-03-01", end="2026-02-28"),
    cust("compras@grupoalba.mx", "Grupo Alba", "monthly", start="2025-09-14", end="2025-10-13"),
    cust("jperez.bogota@gmail.com", "Jorge Pérez", "monthly", start="2025-09-20", end="2025-10-19"),
]
payments = [
    lopay("es_p01", "LO-INV-72101", "lucia.fdez@telefonica.es", "annual", A, "2025-09-20T11:05:00", "2025-09-20", "2026-09-19"),
    lopay("es_p02", "LO-INV-72102", "lucia.fdez@telefonica.es", "annual", A, "2025-09-20T11:07:00", "2025-09-20", "2026-09-19"),
    lopay("es_p03", "LO-INV-72111", "mtorres.gdl@gmail.com", "monthly", M, "2025-09-05T08:00:00", "2025-09-05", "2025-10-04"),
    lopay("es_p04", "LO-INV-72112", "mtorres.gdl@gmail.com", "monthly", M, "2025-09-05T08:01:00", "2025-09-05", "2025-10-04"),
    lopay("es_p05", "LO-INV-72121", "sofi.acosta@fibertel.com.ar", "monthly", M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09"),
    lopay("es_p06", "LO-INV-72122", "sofi.acosta@fibertel.com.ar", "monthly", M, "2025-09-10T09:02:00", "2025-09-10", "2025-10-09"),
    lopay("es_p07", "LO-INV-72131", "jcamilo.rios@outlook.com", "quarterly", Q, "2025-09-22T10:00:00", "2025-09-22", "2025-12-21"),
    lopay("es_p08", "LO-INV-72132", "jcamilo.rios@outlook.com", "quarterly", Q, "2025-09-22T10:01:00", "2025-09-22", "2025-12-21"),
    lopay("es_p09", "LO-INV-72133", "jcamilo.rios@outlook.com", "quarterly", Q, "2025-09-22T10:03:00", "2025-09-22", "2025-12-21"),
    lopay("es_p10", "LO-INV-72141", "contacto@ferreteriaandes.cl", "monthly", M, "2025-09-23T06:00:00", "2025-09-23", "2025-10-22"),
    lopay("es_p11", "LO-INV-72151", "r.quispe@pucp.pe", "annual", A, "2025-09-21T20:30:00", "2025-09-21", "2026-09-20"),
    lopay("es_p12", "LO-INV-72161", "nico.pereyra@adinet.com.uy", "monthly", M, "2025-09-18T07:00:00", "2025-09-18", "2025-10-17"),
    lopay("es_p13", "LO-INV-72171", "gestion@inmoherrera.es", "monthly", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
    lopay("es_p14", "LO-INV-72181", "pablo.urdaneta@cantv.net", "quarterly", Q, "2025-07-15T12:00:00", "2025-07-15", "2025-10-14"),
    lopay("es_p15", "LO-INV-72186", "marketing@clinicadentalsur.co", "monthly", M, "2025-09-08T09:00:00", "2025-09-08", "2025-10-07"),
    lopay("es_p16", "LO-INV-72191", "carla.vidal@vtr.net", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"),
    lopay("es_p17", "LO-INV-72196", "ventas@mueblesroble.com.mx", "monthly", M, "2025-09-08T09:00:00", "2025-09-08", "2025-10-07"),
    lopay("es_p18", "LO-INV-72201", "info@academiacervantes.es", "monthly", M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"),
    lopay("es_p19", "LO-INV-72211", "f.benitez@speedy.com.ar", "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("es_p20", "LO-INV-72212", "f.benitez@speedy.com.ar", "monthly", M, "2025-09-27T10:04:00", "2025-09-27", "2025-10-26"),
    lopay("es_p21", "LO-INV-72221", "admin@estudiocontablelima.pe", "monthly", M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23"),
    lopay("es_p22", "LO-INV-72222", "admin@estudiocontablelima.pe", "monthly", M, "2025-09-24T09:01:00", "2025-09-24", "2025-10-23", status="refunded"),
    lopay("es_p23", "LO-INV-72231", "valeria.ochoa@une.net.co", "monthly", M, "2025-09-19T09:00:00", "2025-09-19", "2025-10-18"),
    lopay("es_p24", "LO-INV-72241", "hugo.salinas@entelchile.net", "monthly", M, "2025-09-02T09:00:00", "2025-09-02", "2025-10-01"),
    lopay("es_p25", "LO-INV-72251", "ops@logisticaplata.com.uy", "quarterly", Q, "2025-08-01T09:00:00", "2025-08-01", "2025-10-31"),
    lopay("es_p26", "LO-INV-72261", "ana.belen.ruiz@yahoo.es", "annual", A, "2025-08-30T09:00:00", "2025-08-30", "2026-08-29"),
    lopay("es_p27", "LO-INV-72271", "gerencia@hotelcaribe.com.ve", "annual", A, "2025-03-01T09:00:00", "2025-03-01", "2026-02-28"),
    lopay("es_p28", "LO-INV-72281", "compras@grupoalba.mx", "monthly", M, "2025-09-14T09:00:00", "2025-09-14", "2025-10-13"),
    lopay("es_p29", "LO-INV-72291", "jperez.bogota@gmail.com", "monthly", M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19"),
]
projects = [
    proj("Tienda Olivar", "pedidos@tiendaolivar.es"),
    proj("Clínica Sonrisa", "admin@clinicasonrisa.mx"),
    proj("Bodega Mendoza", "hola@bodegamendoza.com.ar", "2025-09-26T09:00:00"),
    proj("Café Quindío", "cafequindio@gmail.com"),
    proj("Portal Inmobiliario Andino", "ti@inmoandino.cl", "2025-09-10T10:00:00"),
    proj("App Reservas Miraflores", "producto@reservasmiraflores.pe", "2025-08-01T10:00:00"),
    proj("Colegio San Martín", "direccion@colegiosanmartin.edu.uy", "2025-07-01T10:00:00"),
    proj("Restaurante La Candelaria", "admin@lacandelaria.com.co"),
    proj("Farmacia Caracas", "sistemas@farmaciacaracas.com.ve"),
    proj("Agencia Viajes Sol", "reservas@viajessol.es"),
    proj("Estudio Jurídico Rivas", "contacto@estudiorivas.com.ar"),
    proj("Óptica Visión", "optica.vision@gmail.com"),
    proj("Revista Cumbre", "editor@revistacumbre.cl"),
    proj("Gimnasio Fuerza", "gerencia@gimnasiofuerza.mx", "2025-08-15T10:00:00"),
    proj("Panadería Doña Rosa", "donarosa.pan@hotmail.com"),
    proj("Constructora Pacífico", "admin@constructorapacifico.pe", "2025-08-20T10:00:00"),
    proj("Hostal Montevideo", "hostalmvd@adinet.com.uy"),
    proj("Editorial Tinta", "pagos@editorialtinta.es", "2025-08-01T10:00:00"),
    proj("Taller Mecánico Ruiz", "tallerruiz@gmail.com"),
]
payments += [
    owpay("es_o01", "OWD-2025-301", "Tienda Olivar", "deposit", "20000.00", "3600.00", "2025-09-22T10:00:00"),
    owpay("es_o02", "OWD-2025-302", "Clínica Sonrisa", "deposit", "25000.00", "4500.00", "2025-09-15T07:30:00"),
    owpay("es_o03", "OWD-2025-303", "Bodega Mendoza", "deposit", "18000.00", "3240.00", "2025-09-25T10:00:00"),
    owpay("es_o04", "OWD-2025-304", "Café Quindío", "discovery", "15000.00", "2700.00", "2025-09-18T10:00:00"),
    owpay("es_o05", "OWD-2025-305", "Portal Inmobiliario Andino", "discovery", "12000.00", "2160.00", "2025-09-05T10:00:00"),
    owpay("es_o06", "OWD-2025-306", "App Reservas Miraflores", "deposit", "30000.00", "5400.00", "2025-07-25T10:00:00"),
    owpay("es_o07", "OWD-2025-307", "App Reservas Miraflores", "milestone", "35000.00", "6300.00", "2025-09-10T10:00:00", milestone_status="not_started"),
    owpay("es_o08", "OWD-2025-308", "App Reservas Miraflores", "milestone", "28000.00", "5040.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
    owpay("es_o09", "OWD-2025-309", "Colegio San Martín", "milestone", "22000.00", "3960.00", "2025-08-20T10:00:00", milestone_status="approved"),
    owpay("es_o10", "OWD-2025-310", "Restaurante La Candelaria", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00"),
    owpay("es_o11", "OWD-2025-311", "Farmacia Caracas", "retainer", "9500.00", "1710.00", "2025-09-03T10:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00"),
    owpay("es_o12", "OWD-2025-312", "Agencia Viajes Sol", "retainer", "7000.00", "1260.00", "2025-09-20T10:00:00",
          period_start="2025-09-20", period_end="2025-10-19"),
    owpay("es_o13", "OWD-2025-313", "Agencia Viajes Sol", "retainer", "7000.00", "1260.00", "2025-09-20T10:05:00",
          period_start="2025-10-20", period_end="2025-11-19", next_billing_at="2025-11-20T00:00:00"),
    owpay("es_o14", "OWD-2025-314", "Estudio Jurídico Rivas", "hosting_annual", "18000.00", "3240.00", "2025-09-20T10:00:00",
          setup_fee="2400.00", service_start="2025-09-20"),
    owpay("es_o15", "OWD-2025-315", "Óptica Visión", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
          setup_fee="1200.00", service_start="2025-09-01"),
    owpay("es_o16", "OWD-2025-316", "Revista Cumbre", "maintenance_annual", "24000.00", "4320.00", "2025-09-24T10:00:00",
          setup_fee="0.00", service_start="2025-10-10"),
    owpay("es_o17", "OWD-2025-317", "Gimnasio Fuerza", "third_party", "4500.00", "810.00", "2025-09-20T10:00:00"),
    owpay("es_o18", "OWD-2025-318", "Panadería Doña Rosa", "rush", "6000.00", "1080.00", "2025-09-24T10:00:00"),
    owpay("es_o19", "OWD-2025-319", "Constructora Pacífico", "milestone", "40000.00", "7200.00", "2025-09-01T10:00:00", milestone_status="completed"),
    owpay("es_o20", "OWD-2025-320", "Hostal Montevideo", "discovery", "10000.00", "1800.00", "2025-09-24T10:00:00"),
    owpay("es_o21", "OWD-2025-321", "Editorial Tinta", "change_request", "5500.00", "990.00", "2025-09-22T10:00:00"),
    owpay("es_o22", "OWD-2025-322", "Taller Mecánico Ruiz", "deposit", "16000.00", "2880.00", "2025-09-29T09:00:00"),
    owpay("es_o23", "OWD-2025-323", "Taller Mecánico Ruiz", "setup", "3000.00", "540.00", "2025-09-29T09:05:00"),
]

CASES = []
_n = [0]


def when(ist_str, off):
    """A receive time given in IST, written in the sender's own offset."""
    t = datetime.strptime(ist_str, "%Y-%m-%d %H:%M").replace(tzinfo=IST)
    return t.astimezone(timezone(timedelta(hours=off)))


def mail(name, frm, to, subject, body, ist, off, html=None, headers=None, reply_to=None):
    _n[0] += 1
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when(ist, off))
    msg["Message-ID"] = f"<{LANG}21.{name}@mail.example>"
    if reply_to:
        msg["In-Reply-To"] = reply_to[-1]
        msg["References"] = " ".join(reply_to)
    for k, v in (headers or {}).items():
        msg[k] = v
    if html and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(msg.as_bytes(policy=msg.policy.clone(linesep="\r\n")))
    return f"emails/{name}.eml"


def case(cid, brand, status, files, decisions=(), rules=(), missing=None, spec="", **kw):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = missing
    c.update(kw)
    CASES.append(c)


def can(o, d=None):
    x = {"intent": "cancellation", "outcome": o}
    if d:
        x["effective_date"] = d
    return x


(HERE / "emails").mkdir(exist_ok=True)
for old in (HERE / "emails").glob("*.eml"):
    old.unlink()


def R(o, a=None):
    return {"intent": "refund", "outcome": o, "amount": a}


S = "support@leadsoptima.com"
W = "optimawebdesigns12@gmail.com"

# ---------------- LeadsOptima ----------------
f = mail("l01-cobro-doble-anual", "Lucía Fernández <lucia.fdez@telefonica.es>", S,
         "Cargo duplicado plan anual",
         "Buenos días:\n\nLes escribo porque el sábado me han cobrado dos veces la suscripción anual. En el extracto "
         "del banco aparecen dos cargos idénticos con dos minutos de diferencia. La factura del segundo cargo es la "
         "LO-INV-72102.\n\nOs agradecería que me devolvierais el importe duplicado cuanto antes.\n\nUn saludo,\n"
         "Lucía Fernández\nMadrid", "2025-09-24 14:10", ES)
case("l01-cobro-doble-anual", LOB, "decided", [f], [R("approve", "11988.00")],
     spec="L2 duplicate, L4: two paid annual charges 2025-09-20 same period; request 2025-09-24 (day 4) -> approve 11988.00 before tax.")

f = mail("l02-doble-fuera-plazo", "Marco Torres <mtorres.gdl@gmail.com>", S, "me cobraron 2 veces!!",
         "hola buenas tardes me cobraron dos veces la mensualidad el 5 de septiembre, factura LO-INV-72112, "
         "quiero que me regresen mi dinero por favor\n\nEnviado desde mi iPhone", "2025-09-15 23:40", MX)
case("l02-doble-fuera-plazo", LOB, "decided", [f], [R("deny")],
     spec="L3: charges 2025-09-05, request 2025-09-15 IST (day 10 > 7) -> deny even though duplicate.")

f = mail("l03-doble-dia-siete", "Sofía Acosta <sofi.acosta@fibertel.com.ar>", S, "Doble débito en la tarjeta",
         "Hola, qué tal? Les cuento que me debitaron dos veces el abono mensual el 10/9, tengo los dos movimientos "
         "en el resumen de la Visa por $1.499,00 cada uno. Factura lo inv 72122. Necesito que me reintegren uno.\n"
         "Gracias!\nSofi", "2025-09-17 22:30", AR)
case("l03-doble-dia-siete", LOB, "decided", [f], [R("approve", "1499.00")],
     spec="L3 day 7 inside: charge 2025-09-10 IST, request 2025-09-17 22:30 IST (14:00 -03:00); L4 approve 1499.00; 'lo inv 72122' matches LO-INV-72122.")

f = mail("l04-tres-cobros", "Juan Camilo Ríos <jcamilo.rios@outlook.com>", S, "Tres cobros del plan trimestral",
         "Buenas tardes,\n\nQué pena molestarlos. Revisando la tarjeta de crédito veo que el lunes 22 me cobraron "
         "TRES veces el plan trimestral (LO-INV-72131, LO-INV-72132 y LO-INV-72133), o sea me cobraron de más dos "
         "veces el mismo periodo. Les pido el reembolso de los cobros duplicados.\n\nMuchas gracias, quedo atento.\n"
         "Juan Camilo Ríos\nBogotá, Colombia", "2025-09-26 23:30", CO)
case("l04-tres-cobros", LOB, "decided", [f], [R("approve", "7998.00")],
     spec="Sec. 8 three identical charges: 3 x 3999.00 on 2025-09-22 same period; request day 4 -> refund 2 x 3999.00 = 7998.00 (L4).")

f = mail("l05-cobro-tras-baja", "Ferretería Andes <contacto@ferreteriaandes.cl>", S, "Cobro después de cancelar",
         "Estimados,\nCancelamos la suscripción mensual a fines de agosto y igual nos cobraron el 23 de septiembre "
         "(factura LO-INV-72141). Es un error de facturación, solicitamos la devolución.\n\nAtte.\n"
         "Administración Ferretería Andes\nTemuco", "2025-09-25 18:00", CL)
case("l05-cobro-tras-baja", LOB, "decided", [f], [R("escalate")],
     spec="L2 billing_error (charged after cancelling), L5: inside window (day 2) -> escalate, no amount.")

html = ("<div dir='ltr'><p>Buenos días,</p><p>Desde el martes <b>no puedo ingresar</b> a la plataforma, me sale "
        "error al iniciar sesión y el panel no carga. Ya pagué el plan anual (factura LO-INV-72151) y no lo puedo "
        "usar. Solicito el reembolso.</p><p>Rosa Quispe<br>Lima</p></div>")
f = mail("l06-sin-acceso-html", "Rosa Quispe <r.quispe@pucp.pe>", S, "No puedo entrar - reembolso", None,
         "2025-09-24 19:30", PE, html=html)
case("l06-sin-acceso-html", LOB, "decided", [f], [R("escalate")],
     spec="HTML-only. L2 access_failure, L6: charge 2025-09-21, request 2025-09-24 (day 3) -> escalate.")

f = mail("l07-arrepentido", "Nicolás Pereyra <nico.pereyra@adinet.com.uy>", S, "devolución",
         "Buenas, pagué el mes (LO-INV-72161) pero la verdad me arrepentí, al final no lo voy a usar porque "
         "conseguí otra herramienta más barata. Quiero la devolución de la plata.\nSaludos\nNico",
         "2025-09-20 02:00", UY)
case("l07-arrepentido", LOB, "decided", [f], [R("deny")],
     spec="L1: changed mind / cheaper tool is not an exception reason -> deny (cancellation offered in the reply).")

f = mail("l08-prueba-gratis", "Daniela Martínez <daniela.mtz@prodigy.net.mx>", S, "Reembolso prueba gratuita",
         "Hola, estoy en la prueba gratis y no me convenció. Quiero que me devuelvan lo que me hayan cobrado.\n"
         "Daniela", "2025-09-27 21:00", MX)
case("l08-prueba-gratis", LOB, "decided", [f], [R("deny")],
     spec="L7: the account is on a free trial (trial_ends 2025-10-05), no charges -> deny, nothing to refund.")

f = mail("l09-baja-mensual", "Inmobiliaria Herrera <gestion@inmoherrera.es>", S, "Baja del servicio",
         "Hola,\n\nQueremos darnos de baja de LeadsOptima. Hemos cerrado la oficina de Valencia y ya no lo "
         "necesitamos.\n\nGracias por todo.\nDpto. de Gestión - Inmobiliaria Herrera\n\n"
         "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su "
         "destinatario. Si lo ha recibido por error, comuníquelo al remitente y bórrelo.", "2025-09-20 13:00", ES)
case("l09-baja-mensual", LOB, "decided", [f], [can("cancel", "2025-10-11")],
     spec="L8: cancellation, current_period_end 2025-10-11 from the ledger; plan filled from ledger (sec. 1).")

f = mail("l10-baja-trimestral-calculo", "Pablo Urdaneta <pablo.urdaneta@cantv.net>", S, "cancelar plan",
         "buenas tardes, por favor cancelen mi plan trimestral, la situacion del pais no esta para gastos. "
         "saludos desde maracaibo", "2025-09-28 00:30", VE)
case("l10-baja-trimestral-calculo", LOB, "decided", [f], [can("cancel", "2025-10-14")],
     spec="L8 fallback: no current_period_end; last charge 2025-07-15 + 3 months - 1 day = 2025-10-14.")

f = mail("l11-gmail-otra-cuenta", "Mauricio Gómez <mauri.gomez77@gmail.com>", S, "Reembolso cobro doble",
         "Hola, les escribo desde mi correo personal. La cuenta está registrada con marketing@clinicadentalsur.co, "
         "plan mensual. Nos cobraron dos veces, factura LO-INV-72186. Pido el reembolso.\nMauricio",
         "2025-09-10 20:00", CO)
case("l11-gmail-otra-cuenta", LOB, "need_info", [f], rules=["C2"],
     spec="C2: sender is not the registered email he names -> ask to write from it; nothing about the account.")

f = mail("l12-contracargo", "Carla Vidal <carla.vidal@vtr.net>", S, "RECLAMO",
         "Me cobraron la mensualidad (LO-INV-72191) y la plataforma no funciona. Quiero mi plata de vuelta y dar "
         "de baja la cuenta. Si no me responden hoy hago el contracargo con el banco y los denuncio en el SERNAC.",
         "2025-09-26 21:00", CL)
case("l12-contracargo", LOB, "decided", [f], [R("escalate"), can("escalate")], rules=["C4"],
     spec="C4: chargeback and consumer-agency threat escalate the whole case, the cancellation included (sec. 8).")

f = mail("l13-no-quiero-reembolso", "Muebles Roble <ventas@mueblesroble.com.mx>", S, "Cancelación",
         "Buen día. Aclaro que NO estoy pidiendo reembolso de lo ya pagado, nomás quiero cancelar la suscripción "
         "para que no se renueve. Cambiamos de proveedor de CRM.\nSaludos cordiales\nLic. Ramón Ortiz",
         "2025-09-22 20:30", MX)
case("l13-no-quiero-reembolso", LOB, "decided", [f], [can("cancel", "2025-10-07")],
     spec="Sec. 8 negation: 'NO estoy pidiendo reembolso' adds no refund; L8 cancel until current_period_end 2025-10-07.")

f = mail("l14-sin-motivo", "Academia Cervantes <info@academiacervantes.es>", S, "Solicitud de reembolso",
         "Buenos días,\n\nSolicitamos el reembolso de la factura LO-INV-72201 del plan mensual.\n\nQuedamos a la "
         "espera de su respuesta.\nUn cordial saludo,\n\nSecretaría\nAcademia Cervantes\nC/ Mayor 12, Salamanca\n"
         "Tel. 923 000 000\n\nEste correo electrónico puede contener información confidencial.",
         "2025-09-27 12:00", ES)
case("l14-sin-motivo", LOB, "need_info", [f], missing=["reason"],
     spec="C3 / sec. 8: restating the request, courtesy lines and the signature are not a reason -> ask for reason only.")

f1 = mail("l15-hilo-1", "Federico Benítez <f.benitez@speedy.com.ar>", S, "Reintegro abono",
          "Hola, quiero el reintegro de la factura LO-INV-72212. Gracias.\nFede", "2025-09-28 19:30", AR)
f2 = mail("l15-hilo-2", "Federico Benítez <f.benitez@speedy.com.ar>", S, "Re: Reintegro abono [LO-2211]",
          "El motivo es que me lo cobraron dos veces, fijate que hay dos débitos iguales el 27.\n\n"
          "El dom, 28 sept 2025 a las 15:00, LeadsOptima Soporte <support@leadsoptima.com> escribió:\n"
          "> Para continuar necesitamos el motivo de su solicitud.", "2025-09-29 19:00", AR,
          reply_to=["<es21.l15-hilo-1@mail.example>", "<lo-2211@leadsoptima.com>"])
case("l15-hilo-respuesta", LOB, "decided", [f1, f2], [R("approve", "1499.00")],
     spec="C3 thread: the reply gives the reason (charged twice); two paid charges 2025-09-27, request 2025-09-28 -> L4 approve 1499.00.")

f = mail("l16-reenvio-c2", "Asistente Gerencia <asistente@grupoalba.mx>", S, "RV: reembolso",
         "Les reenvío lo que me pidió el ingeniero.\n\n________________________________\n"
         "De: Ing. Salvador Alba <salvador.alba@grupoalba.mx>\nEnviado: lunes, 22 de septiembre de 2025 9:10\n"
         "Para: Asistente Gerencia\nAsunto: reembolso\n\nPor favor pide a LeadsOptima el reembolso de la factura "
         "LO-INV-72281, nos cobraron un monto incorrecto. La cuenta es compras@grupoalba.mx.",
         "2025-09-22 21:00", MX)
case("l16-reenvio-c2", LOB, "need_info", [f], rules=["C2"],
     spec="Sec. 8 forwards: the forwarded request names compras@grupoalba.mx, sender differs -> C2.")

f = mail("l17-pago-reembolsado", "Estudio Contable Lima <admin@estudiocontablelima.pe>", S, "Cobro duplicado",
         "Buenos días, se nos cobró dos veces el plan mensual el 24/09 (LO-INV-72222). Solicitamos la devolución "
         "del cobro duplicado.\nAtentamente,\nCPC Jorge Villanueva", "2025-09-26 19:30", PE)
case("l17-pago-reembolsado", LOB, "decided", [f], [R("escalate")],
     spec="Sec. 8: LO-INV-72222 is 'refunded', not paid -> escalate; no paid pair either (L4).")

f = mail("l18-reembolso-y-baja", "Valeria Ochoa <valeria.ochoa@une.net.co>", S, "Cancelar y devolver",
         "Hola, me parece muy caro el servicio para lo que uso. Cancelen mi plan y devuélvanme lo del mes "
         "(LO-INV-72231) porfa.\nValeria", "2025-09-21 19:00", CO)
case("l18-reembolso-y-baja", LOB, "decided", [f], [R("deny"), can("cancel", "2025-10-18")],
     spec="L1 'too expensive' -> refund deny; L8 cancel until current_period_end 2025-10-18.")

f = mail("l19-acceso-fuera-plazo", "Hugo Salinas <hugo.salinas@entelchile.net>", S, "no puedo iniciar sesion",
         "hola hace dias no puedo iniciar sesion en la plataforma pague el 2 (LO-INV-72241) y no la he podido usar "
         "quiero la devolucion", "2025-09-15 19:00", CL)
case("l19-acceso-fuera-plazo", LOB, "decided", [f], [R("deny")],
     spec="L3: charge 2025-09-02, request 2025-09-15 (day 13) -> deny despite access_failure.")

f = mail("l20-baja-abogado", "Logística Plata <ops@logisticaplata.com.uy>", S, "Baja inmediata",
         "Señores: solicitamos la baja del plan trimestral. Nuestro abogado está revisando las condiciones del "
         "contrato.\nLogística Plata S.A.", "2025-09-23 19:00", UY)
case("l20-baja-abogado", LOB, "decided", [f], [can("escalate")], rules=["C4"],
     spec="C4 covers the whole case (lawyer mention): the cancellation is escalated.")

f = mail("l21-pregunta-antes", "Tomás Ibarra <tomas.ibarra@gmail.com>", S, "Consulta antes de contratar",
         "Hola! Estoy pensando en contratar el plan anual. Si después no me sirve, ¿me devolverían el dinero? "
         "¿Hay prueba gratis?\nSaludos", "2025-09-25 20:00", AR)
case("l21-pregunta-antes", LOB, "other", [f],
     spec="Sec. 8 hypothetical before buying: a policy question, no request -> other.")

f = mail("l22-gracias", "Lucía Fernández <lucia.fdez@telefonica.es>", S, "Re: Cargo duplicado plan anual",
         "Muchas gracias, ya me ha llegado la devolución a la tarjeta. Todo perfecto.\nLucía",
         "2025-09-30 18:00", ES, reply_to=["<es21.l01-cobro-doble-anual@mail.example>"])
case("l22-gracias", LOB, "other", [f], spec="A thank-you after a refund asks for nothing -> other.")

f = mail("l23-factura-copia", "Ana Belén Ruiz <ana.belen.ruiz@yahoo.es>", S, "Factura con NIF",
         "Hola, ¿me podríais enviar la factura LO-INV-72261 con el NIF de la empresa? La necesito para la gestoría."
         "\nGracias", "2025-09-12 14:00", ES)
case("l23-factura-copia", LOB, "other", [f], spec="Invoice question, no refund or cancellation -> other.")

f = mail("l24-fuera-oficina", "Gerencia Hotel Caribe <gerencia@hotelcaribe.com.ve>", S,
         "Respuesta automática: Renovación", "Estaré fuera de la oficina hasta el 6 de octubre. Para urgencias "
         "escriba a recepcion@hotelcaribe.com.ve.", "2025-09-22 10:00", VE,
         headers={"Auto-Submitted": "auto-replied"})
case("l24-fuera-oficina", LOB, "ignore", [f], rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

f = mail("l25-rebote", "Mail Delivery Subsystem <MAILER-DAEMON@une.net.co>", S,
         "Mensaje no entregado", "No se pudo entregar el mensaje a valeria.ochoa@une.net.co: buzón lleno.",
         "2025-09-23 10:00", CO)
case("l25-rebote", LOB, "ignore", [f], rules=["C7"], spec="C7: MAILER-DAEMON sender -> ignore.")

f = mail("l26-plan-equivocado-tarde", "Ana Belén Ruiz <ana.belen.ruiz@yahoo.es>", S, "Me cobraron el anual",
         "Hola:\nYo quería el plan mensual y me habéis cobrado el anual (LO-INV-72261), 11.988 rupias. Es un cobro "
         "del plan equivocado, pido que me devolváis la diferencia.\nAna Belén", "2025-09-12 11:00", ES)
case("l26-plan-equivocado-tarde", LOB, "decided", [f], [R("deny")],
     spec="L3: billing_error but charge 2025-08-30, request 2025-09-12 (day 13) -> deny.")

f = mail("l27-renovacion-anual-baja", "Gerencia Hotel Caribe <gerencia@hotelcaribe.com.ve>", S,
         "Cancelación de la suscripción anual",
         "Buenas tardes. Por medio de la presente les informo que deseamos cancelar la suscripción anual del hotel, "
         "la temporada viene floja. Sin otro particular,\nLcda. Marisol Peña\nGerente", "2025-09-30 00:30", VE)
case("l27-renovacion-anual-baja", LOB, "decided", [f], [can("cancel", "2026-02-28")],
     spec="L8: annual plan, current_period_end 2026-02-28 -> cancel effective 2026-02-28.")

f = mail("l28-dictado-doble", "Jorge Pérez <jperez.bogota@gmail.com>", S, "cobro doble",
         "buenas mire que en el extracto me aparece el mismo cobro dos veces de la factura LO-INV-72291 del 20 "
         "de septiembre entonces necesito que me devuelvan uno gracias", "2025-09-23 07:00", CO)
case("l28-dictado-doble", LOB, "decided", [f], [R("escalate")],
     spec="L4: customer claims a duplicate but the ledger holds one paid charge only -> escalate.")

# ---------------- Optima WebDesign ----------------
f = mail("o01-anticipo-ok", "Tienda Olivar <pedidos@tiendaolivar.es>", W,
         "Solicitud de reembolso — Tienda Olivar / OWD-2025-301",
         "Hola equipo de Optima:\n\nEl lunes pagamos el anticipo de la web (factura OWD-2025-301, 20.000 + IVA). "
         "Finalmente el socio ha decidido no abrir la tienda online este año, así que os pedimos la devolución del "
         "anticipo. Que sepamos aún no habéis empezado nada.\n\nUn saludo,\nBeatriz Olmo\nTienda Olivar",
         "2025-09-24 13:00", ES)
case("o01-anticipo-ok", OWB, "decided", [f], [R("approve", "20000.00")],
     spec="O2: deposit paid 2025-09-22 10:00, request 2025-09-24 13:00 (51 h), no work started -> approve 20000.00 (tax kept, C6).")

f = mail("o02-anticipo-72h", "Clínica Sonrisa <admin@clinicasonrisa.mx>", W, "Reembolso anticipo",
         "Buenas noches. Solicito la devolución del anticipo de la factura OWD-2025-302 del proyecto Clínica Sonrisa;"
         " el doctor decidió posponer la remodelación del sitio.\nQuedo pendiente.\nLic. Fernanda Ruiz",
         "2025-09-18 07:30", MX)
case("o02-anticipo-72h", OWB, "decided", [f], [R("deny")],
     spec="Sec. 8: paid 2025-09-15 07:30 IST, request 2025-09-18 07:30 IST (2025-09-17 20:00 -06:00) = exactly 72 h -> deny (O2).")

f = mail("o03-anticipo-trabajo-iniciado", "Bodega Mendoza <hola@bodegamendoza.com.ar>", W,
         "Devolución seña - Bodega Mendoza",
         "Hola chicos, queremos cancelar y que nos devuelvan la seña (OWD-2025-303). Nos ofrecieron hacer la web "
         "un sobrino del dueño. Saludos!", "2025-09-27 19:00", AR)
case("o03-anticipo-trabajo-iniciado", OWB, "decided", [f], [R("deny")], extra_ok=True,
     spec="O2: work started 2025-09-26 09:00, before the request (and before 72 h) -> deny. A cancellation part is harmless.")

f = mail("o04-descubrimiento-ok", "Café Quindío <cafequindio@gmail.com>", W, "Reembolso sesión de estrategia",
         "Buenas tardes, pagamos la consultoría de descubrimiento para el proyecto Café Quindío pero todavía no "
         "hemos agendado ninguna sesión y por temas de caja preferimos no seguir. Les pedimos el reembolso.\n"
         "Mil gracias\nAndrés Londoño", "2025-09-24 00:30", CO)
case("o04-descubrimiento-ok", OWB, "decided", [f], [R("approve", "15000.00")],
     spec="O1: discovery, no session started -> approve 15000.00; invoice filled from the project's one payment (sec. 1).")

f = mail("o05-descubrimiento-iniciado", "Inmo Andino TI <ti@inmoandino.cl>", W,
         "Reembolso - Portal Inmobiliario Andino - OWD-2025-305",
         "Estimados, solicitamos reembolso de la fase de descubrimiento, los entregables no nos convencieron.\n"
         "Saludos,\nDepto. TI", "2025-09-16 19:00", CL)
case("o05-descubrimiento-iniciado", OWB, "decided", [f], [R("deny")],
     spec="O1: sessions started 2025-09-10, before the request -> deny.")

f = mail("o06-hito-no-iniciado", "Reservas Miraflores <producto@reservasmiraflores.pe>", W,
         "Refund Request — App Reservas Miraflores / OWD-2025-307",
         "Estimados señores:\n\nHemos decidido retirar del alcance el módulo de pagos (hito facturado en "
         "OWD-2025-307), pues lo desarrollará nuestro equipo interno. Entendemos que aún no se ha iniciado, por lo "
         "que solicitamos el reembolso de dicho hito.\n\nAtentamente,\nGerencia de Producto", "2025-09-19 20:00", PE)
case("o06-hito-no-iniciado", OWB, "decided", [f], [R("approve", "35000.00")],
     spec="O3: milestone not_started -> approve its amount 35000.00 before tax.")

f = mail("o07-hito-en-curso", "Reservas Miraflores <producto@reservasmiraflores.pe>", W,
         "Reembolso hito OWD-2025-308",
         "Buenos días, también pedimos el reembolso del hito de diseño (OWD-2025-308) del proyecto App Reservas "
         "Miraflores, porque el avance es muy lento y no cumple lo acordado.\nSaludos", "2025-09-22 19:30", PE)
case("o07-hito-en-curso", OWB, "decided", [f], [R("escalate")],
     spec="O3: milestone in_progress -> escalate (billable value needs a person).")

f = mail("o08-hito-aprobado", "Colegio San Martín <direccion@colegiosanmartin.edu.uy>", W,
         "Reembolso", "Buenas, pedimos el reembolso de la factura OWD-2025-309 del proyecto Colegio San Martín, "
         "el diseño no terminó de convencer a la comisión directiva.\nSaludos\nDirección", "2025-09-19 19:00", UY)
case("o08-hito-aprobado", OWB, "decided", [f], [R("deny")],
     spec="O3/O6: milestone approved -> deny (non-refundable).")

f = mail("o09-iguala-aviso", "La Candelaria <admin@lacandelaria.com.co>", W, "Cancelación del mantenimiento mensual",
         "Buenas tardes. Les informamos que vamos a cerrar el restaurante La Candelaria a fin de mes, por eso "
         "cancelamos el retainer mensual (última factura OWD-2025-310).\nCordialmente,\nPaola Méndez",
         "2025-09-26 00:30", CO)
case("o09-iguala-aviso", OWB, "decided", [f], [can("cancel", "2025-10-14")],
     spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-25 <= 2025-10-08 -> cancel effective 2025-10-14.")

f = mail("o10-iguala-poco-aviso", "Farmacia Caracas <sistemas@farmaciacaracas.com.ve>", W, "Cancelar servicio",
         "Buenos días, necesitamos cancelar el servicio mensual de Farmacia Caracas (factura OWD-2025-311) porque "
         "recortaron el presupuesto de sistemas.\nGracias\nIng. Luis Blanco", "2025-09-29 19:00", VE)
case("o10-iguala-poco-aviso", OWB, "decided", [f], [can("cancel", "2025-11-02")],
     spec="O4: next_billing_at 2025-10-03, request 2025-09-29 (< 7 days) -> next cycle 2025-10-03..2025-11-02 billed; effective 2025-11-02.")

f = mail("o11-iguala-pagada-adelantado", "Viajes Sol <reservas@viajessol.es>", W, "Baja del retainer",
         "Hola,\nQueremos dar de baja el retainer de Agencia Viajes Sol; la agencia se fusiona con otra y la web "
         "la llevará su equipo. Factura OWD-2025-313.\nSaludos", "2025-09-26 14:00", ES)
case("o11-iguala-pagada-adelantado", OWB, "decided", [f], [can("escalate")],
     spec="Sec. 8: next cycle (2025-10-20..11-19) already paid, notice >= 7 days -> escalate.")

f = mail("o12-hosting-14-dias", "Estudio Rivas <contacto@estudiorivas.com.ar>", W,
         "Reembolso hosting anual - Estudio Jurídico Rivas",
         "Estimados, contratamos el hosting anual (OWD-2025-314) pero el estudio va a usar el servidor de la "
         "asociación profesional de la provincia. Solicitamos la devolución proporcional y la baja del plan.\n"
         "Dr. Martín Rivas", "2025-09-28 19:00", AR)
case("o12-hosting-14-dias", OWB, "decided", [f], [R("approve", "14300.00")], extra_ok=True,
     spec="O5: start 2025-09-20, request 2025-09-28 (<=14 d): 18000 - 2400 - (15600/12=1300) x 1 = 14300.00; the plan's end (cancellation) is harmless extra.")

f = mail("o13-hosting-tarde", "Óptica Visión <optica.vision@gmail.com>", W, "reembolso hosting",
         "hola quiero el reembolso del hosting anual de Óptica Visión factura OWD-2025-315, la pagina carga lenta y "
         "me cambio a otro proveedor", "2025-09-22 10:00", MX)
case("o13-hosting-tarde", OWB, "decided", [f], [R("deny")],
     spec="O5: service_start 2025-09-01, request 2025-09-22 (day 21 > 14) -> deny.")

f = mail("o14-mantenimiento-antes", "Revista Cumbre <editor@revistacumbre.cl>", W,
         "Reembolso mantenimiento anual Revista Cumbre",
         "Hola, pagamos el mantenimiento anual (OWD-2025-316) que empieza el 10 de octubre, pero la revista deja de "
         "publicarse en digital. Pedimos el reembolso.\nSaludos, Ignacio", "2025-09-26 19:00", CL)
case("o14-mantenimiento-antes", OWB, "decided", [f], [R("approve", "22000.00")], extra_ok=True,
     spec="Sec. 8 O5 before start: consumed_months 1: 24000 - 0 - 2000 x 1 = 22000.00.")

f = mail("o15-dominio", "Gimnasio Fuerza <gerencia@gimnasiofuerza.mx>", W, "Reembolso dominio",
         "Que tal, nos cobraron la renovación del dominio y el SSL (OWD-2025-317) del proyecto Gimnasio Fuerza "
         "pero ya no vamos a usar ese dominio. Pedimos reembolso.", "2025-09-24 10:00", MX)
case("o15-dominio", OWB, "decided", [f], [R("deny")],
     spec="O6: third_party (domain, SSL) -> deny, non-refundable items.")

f = mail("o16-urgencia", "Doña Rosa <donarosa.pan@hotmail.com>", W, "Devolución cargo urgencia",
         "Hola! Me cobraron el recargo por entrega urgente de la Panadería Doña Rosa (OWD-2025-318) y al final la "
         "web salió un día tarde, así que quiero que me lo devuelvan.\nRosa", "2025-09-27 19:30", PE)
case("o16-urgencia", OWB, "decided", [f], [R("deny")], spec="O6: rush fee -> deny.")

f = mail("o17-c2-otro-correo", "Diego Herrera <diegoh.personal@gmail.com>", W, "Reembolso Hostal Montevideo",
         "Hola, soy socio del Hostal Montevideo, el contrato está a nombre de hostalmvd@adinet.com.uy. Queremos el "
         "reembolso de la consultoría OWD-2025-320 porque cambiamos de planes. Gracias.", "2025-09-25 19:00", UY)
case("o17-c2-otro-correo", OWB, "need_info", [f], rules=["C2"],
     spec="C2: Optima requires the contracting email; sender is another address -> ask to write from it.")

f = mail("o18-contracargo", "Constructora Pacífico <admin@constructorapacifico.pe>", W, "Reembolso URGENTE",
         "Señores, exigimos el reembolso del hito OWD-2025-319 del proyecto Constructora Pacífico porque la "
         "entrega tiene errores. De lo contrario iniciaremos un contracargo con la tarjeta y acudiremos a "
         "INDECOPI.", "2025-09-25 19:30", PE)
case("o18-contracargo", OWB, "decided", [f], [R("escalate")], rules=["C4"],
     spec="C4: chargeback + consumer authority -> escalate (even though the milestone is completed).")

f = mail("o19-sin-motivo", "Hostal Montevideo <hostalmvd@adinet.com.uy>", W,
         "Refund Request — Hostal Montevideo / OWD-2025-320",
         "Estimados:\n\nPor la presente solicitamos el reembolso de la factura OWD-2025-320 del proyecto Hostal "
         "Montevideo.\n\nSin otro particular, saludamos atentamente.\n\nHostal Montevideo\nCiudad Vieja, Montevideo\n"
         "Este mensaje es confidencial.", "2025-09-25 19:30", UY)
case("o19-sin-motivo", OWB, "need_info", [f], missing=["reason"],
     spec="C3 / sec. 8: no reason (restating, sign-off, disclaimer) -> ask for reason.")

f1 = mail("o20-hilo-1", "Hostal Montevideo <hostalmvd@adinet.com.uy>", W, "Reembolso consultoría",
          "Buenas, pedimos el reembolso de la consultoría del proyecto Hostal Montevideo (OWD-2025-320).\nSaludos",
          "2025-09-26 19:00", UY)
f2 = mail("o20-hilo-2", "Hostal Montevideo <hostalmvd@adinet.com.uy>", W, "Re: Reembolso consultoría [OWD-3120]",
          "Disculpen, el motivo: vendimos el hostal y los nuevos dueños ya tienen su web.\n\n"
          "El vie, 26 sept 2025 a la(s) 11:00, Optima WebDesign escribió:\n> ¿Podría indicarnos el motivo?",
          "2025-09-27 19:00", UY, reply_to=["<es21.o20-hilo-1@mail.example>", "<owd-3120@optimawebdesign.com>"])
case("o20-hilo-respuesta", OWB, "decided", [f1, f2], [R("approve", "10000.00")],
     spec="C3 thread: reason supplied; O1 discovery with no session started -> approve 10000.00.")

f = mail("o21-sin-factura", "Reservas Miraflores <producto@reservasmiraflores.pe>", W, "Consulta reembolso",
         "Hola, queremos el reembolso del proyecto App Reservas Miraflores porque la empresa entró en "
         "reestructuración.\nGracias", "2025-09-21 19:30", PE)
case("o21-sin-factura", OWB, "need_info", [f], missing=["invoice_number"],
     spec="Sec. 4: the project has three payments and none is named -> ask for the invoice number.")

f = mail("o22-baja-sin-motivo", "La Candelaria <admin@lacandelaria.com.co>", W, "Cancelación",
         "Buenas, por favor cancelar el retainer del proyecto Restaurante La Candelaria, factura OWD-2025-310.\n"
         "Gracias,\nPaola", "2025-09-20 19:30", CO)
case("o22-baja-sin-motivo", OWB, "need_info", [f], missing=["reason"],
     spec="Sec. 8: Optima requires a reason for cancellations too -> need_info reason.")

f = mail("o23-reenvio-c2", "Carolina Ruiz <carolina@ruizyasociados.es>", W, "RV: devolución anticipo",
         "Os reenvío la petición de mi cliente.\n\n---------- Mensaje reenviado ---------\n"
         "De: Taller Ruiz <tallerruiz@gmail.com>\nFecha: lun, 29 sept 2025, 12:00\nAsunto: devolución anticipo\n"
         "Para: Carolina Ruiz\n\nCarolina, pide a Optima que nos devuelvan el anticipo OWD-2025-322 del Taller "
         "Mecánico Ruiz, hemos cambiado de idea. Nuestro correo del contrato es tallerruiz@gmail.com.",
         "2025-09-29 16:00", ES)
case("o23-reenvio-c2", OWB, "need_info", [f], rules=["C2"],
     spec="Sec. 8 forward: forwarded request names the contract email tallerruiz@gmail.com, sender differs -> C2.")

f = mail("o24-reenvio-propio", "Taller Ruiz <tallerruiz@gmail.com>", W, "Fwd: devolución anticipo",
         "Les reenvío lo que mandé ayer a otra dirección.\n\n---------- Forwarded message ---------\n"
         "De: Taller Ruiz <tallerruiz@gmail.com>\nDate: lun, 29 sept 2025 a las 12:00\nSubject: devolución anticipo\n"
         "To: <info@optimaweb.example>\n\nHola, queremos la devolución del anticipo OWD-2025-322 del proyecto "
         "Taller Mecánico Ruiz. Cambiamos de idea, el taller se muda y lo dejamos para el año que viene.\n",
         "2025-09-30 13:00", ES)
case("o24-reenvio-propio", OWB, "decided", [f], [R("approve", "16000.00")],
     spec="Forward from the contract email itself: O2 deposit paid 2025-09-29 09:00, request 2025-09-30 13:00 (28 h), no work -> approve 16000.00.")

f = mail("o25-cambio-alcance", "Editorial Tinta <pagos@editorialtinta.es>", W, "Reembolso cambio",
         "Buenas, queremos que nos reembolséis la solicitud de cambio OWD-2025-321 de Editorial Tinta: al final no "
         "usamos el nuevo formulario.\nSaludos", "2025-09-24 13:30", ES)
case("o25-cambio-alcance", OWB, "decided", [f], [R("deny")], spec="O6: change_request -> deny.")

f = mail("o26-vacaciones", "Panadería Doña Rosa <donarosa.pan@hotmail.com>", W, "Respuesta automática",
         "Gracias por su mensaje. Estamos de vacaciones hasta el lunes.", "2025-09-28 10:00", PE,
         headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
case("o26-vacaciones", OWB, "ignore", [f], rules=["C7"], spec="C7 auto-reply -> ignore.")

f = mail("o27-presupuesto", "Martina Suárez <martina.suarez@gmail.com>", W, "Consulta presupuesto",
         "Hola, ¿cuánto cobran por una tienda online? Y si pago el anticipo y me arrepiento, ¿me lo devuelven?\n"
         "Gracias", "2025-09-27 19:00", AR)
case("o27-presupuesto", OWB, "other", [f], spec="Sec. 8 hypothetical pre-purchase question -> other.")

f = mail("o28-lista", "Boletín Diseño <boletin@disenolatam.com>", W, "Novedades de septiembre",
         "Las mejores tendencias de diseño web de este mes.", "2025-09-15 10:00", CO,
         headers={"List-Id": "<boletin.disenolatam.com>", "Precedence": "bulk"})
case("o28-lista", OWB, "ignore", [f], rules=["C7"], spec="C7: List-Id / Precedence bulk -> ignore.")


(HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects,
                                              "payments": payments}, ensure_ascii=False, indent=1) + "\n")
(HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n")
print(len(CASES), "cases")
