#!/usr/bin/env python3
"""fresh37_es: held-out Spanish cases for mailbot (Tenerife's south, La Palma, Lanzarote, Cádiz/Jerez,
Granada's Alpujarra, Albacete, Guadalajara and Jalisco's tequila towns, Monterrey, Chihuahua/Ciudad Juárez,
Honduras, El Salvador, Spanish speakers in Tokyo and Dubai, Spanish written by Dutch-first and Hebrew-first
speakers).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json beside this
file.  MIT, like the project; all text (people, firms, bodies) invented for this project.
"""


import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOB, OWB = "leadsoptima", "optima_webdesign"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
TAX = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


def d(y, mo, dd, h, mi, zone, s=0):
    return datetime(y, mo, dd, h, mi, s, tzinfo=zone)


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": TAX[amount],
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def M(frm, to, subject, when, body, html=False, headers=None, reply_to=None):
    """One email of a thread; case() turns it into bytes."""
    return {"from": frm, "to": to, "subject": subject, "when": when, "body": body, "html": html,
            "headers": headers or {}, "reply_to": reply_to}


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec=""):
    files, prev_ids = [], []
    for i, m in enumerate(msgs, 1):
        msg = EmailMessage(policy=SMTP)
        msg["From"] = m["from"]
        msg["To"] = m["to"]
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["when"])
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.{ROUND}-{LANG}.example>"
        msg["Message-ID"] = mid
        if m["reply_to"]:
            msg["Reply-To"] = m["reply_to"]
        irt = m["headers"].get("_irt")
        if irt:  # an answer to our own request for details (not in the files)
            msg["In-Reply-To"] = irt
            msg["References"] = " ".join(prev_ids + [irt])
        elif prev_ids:
            msg["In-Reply-To"] = prev_ids[-1]
            msg["References"] = " ".join(prev_ids)
        for k, v in m["headers"].items():
            if not k.startswith("_"):
                msg[k] = v
        msg["MIME-Version"] = "1.0"
        msg.set_content(m["body"], subtype="html" if m["html"] else "plain")
        prev_ids.append(mid)
        name = f"emails/{cid.split('-')[1]}-{i}.eml"
        (HERE / name).write_bytes(msg.as_bytes(policy=SMTP))
        files.append(name)
    exp = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status,
           "rules": list(rules), "decisions": [dict(x) for x in decisions], "spec": spec}
    if missing is not None:
        exp["missing"] = list(missing)
    if extra_ok:
        exp["extra_ok"] = True
    if ambiguous:
        exp["ambiguous"] = ambiguous
    CASES.append(exp)


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome="cancel", eff=None):
    out = {"intent": "cancellation", "outcome": outcome}
    if eff:
        out["effective_date"] = eff
    return out


(HERE / "emails").mkdir(exist_ok=True)
for _old in (HERE / "emails").glob("*.eml"):
    _old.unlink()

ROUND, LANG = "fresh37", "es"

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------
SUP = "Soporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
TF, CAD, MX, TYO, DXB, AMS, TLV = tz(1), tz(2), tz(-6), tz(9), tz(4), tz(2), tz(3)

cust("escuela@surfcostaadeje.es", "Escuela de Surf Costa Adeje", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es_p01", "LO-INV-37101", "escuela@surfcostaadeje.es", "monthly", "1499.00", "2025-09-24T14:02:00",
      "2025-09-24", "2025-10-23")
lopay("es_p02", "LO-INV-37102", "escuela@surfcostaadeje.es", "monthly", "1499.00", "2025-09-24T14:03:10",
      "2025-09-24", "2025-10-23")
case("es-l01-adeje-surf-cobro-doble", LOB, "decided", [M(
    "Escuela Surf Costa Adeje <escuela@surfcostaadeje.es>", SUP, "cobro repetido!!",
    d(2025, 9, 26, 10, 15, TF),
    "Buenos días, mis niños\n\nLes escribe Yaiza, de la escuelita de surf de Costa Adeje. Mirando el banco "
    "esta mañana entre clase y clase veo que el miércoles 24 nos cobraron el plan mensual dos veces seguidas, "
    "1.499,00 y 1.499,00, con un minuto de diferencia. Las facturas son la LO-INV-37101 y la LO-INV-37102. "
    "Nosotros tenemos un solo plan, así que devuélvannos la segunda, la 37102, que está repetida.\n\n"
    "Un saludito desde el sur, que aquí hoy hay olas de verdad\nYaiza\n\nEnviado desde mi iPhone\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate_payment + L4: two paid monthly charges 2025-09-24 14:02/14:03 IST, same period; mail "
         "2025-09-26 10:15 +01:00 = 14:45 IST, day 2 (L3): refund the later charge LO-INV-37102 = 1499.00.")

cust("kenji.moreno@tokyo-hispano.jp", "Kenji Moreno", "annual", start="2025-09-15", end="2026-09-14")
lopay("es_p03", "LO-INV-37103", "kenji.moreno@tokyo-hispano.jp", "annual", "11988.00", "2025-09-15T14:10:00",
      "2025-09-15", "2026-09-14")
lopay("es_p04", "LO-INV-37104", "kenji.moreno@tokyo-hispano.jp", "annual", "11988.00", "2025-09-15T14:11:30",
      "2025-09-15", "2026-09-14")
case("es-l02-tokio-madrugada-dia-7", LOB, "decided", [M(
    "Kenji Moreno <kenji.moreno@tokyo-hispano.jp>", SUP, "Pago anual duplicado / 二重請求",
    d(2025, 9, 23, 1, 20, TYO),
    "Disculpen que escriba a estas horas, acabo de revisar la tarjeta al volver de la oficina.\n\n"
    "El lunes 15 de septiembre se me cobró la suscripción anual dos veces: 11.988 rupias en la factura "
    "LO-INV-37103 y otra vez lo mismo en la LO-INV-37104. Es un pago duplicado, obviamente solo quiero un "
    "plan. Les ruego devolver el segundo cargo (37104).\n\nAtentamente,\nKenji Moreno\nSetagaya, Tokio\n"
    "--\nEste correo se ha escrito con teclado japonés, disculpen si faltan tildes.\n")],
    [R("approve", "11988.00")],
    spec="L4: annual 11988.00 charged twice 2025-09-15 14:10/14:11 IST (17:40 JST, the 15th in Tokyo); mail "
         "2025-09-23 01:20 +09:00 = 2025-09-22 21:50 IST: day 7 in the brand's zone (the 23rd is only Tokyo's "
         "date), inside L3: refund the later charge 11988.00.")

cust("ventas@tapatiaempaques.mx", "Empaques La Tapatía", "monthly", start="2025-09-18", end="2025-10-17")
lopay("es_p05", "LO-INV-37105", "ventas@tapatiaempaques.mx", "monthly", "1499.00", "2025-09-18T14:00:00",
      "2025-09-18", "2025-10-17")
lopay("es_p06", "LO-INV-37106", "ventas@tapatiaempaques.mx", "monthly", "1499.00", "2025-09-18T14:01:00",
      "2025-09-18", "2025-10-17")
case("es-l03-guadalajara-dia-8-en-india", LOB, "decided", [M(
    "Rosario Íñiguez | Empaques La Tapatía <ventas@tapatiaempaques.mx>", SUP,
    "Cargo doble plan mensual - dentro de los 7 dias", d(2025, 9, 25, 20, 0, MX),
    "Buenas noches.\n\nLes escribo todavía dentro de los 7 días que marca su política: el jueves 18 en la "
    "madrugada nos cayeron dos cargos iguales del plan mensual (LO-INV-37105 y LO-INV-37106), o sea nos "
    "cobraron doble. Solicito el reembolso del segundo cargo, el 37106.\n\nQuedo atenta, saludos.\n"
    "Rosario Íñiguez\nCompras | Empaques La Tapatía\nZapopan, Jal.\n")],
    [R("deny")],
    spec="L3: charges 2025-09-18 14:00 IST (02:30 the 18th in Guadalajara, -06:00); mail 2025-09-25 20:00 -06:00 "
         "= 2025-09-26 07:30 IST, day 8 in the brand's zone (the customer's 'within 7 days' is her own "
         "calendar): deny, 7-day rule.")

cust("tesoreria@aceroslaindustrial.mx", "Aceros La Industrial", "quarterly", start="2025-09-27", end="2025-12-26")
for pid, inv, t in (("es_p07", "LO-INV-37107", "14:00:00"), ("es_p08", "LO-INV-37108", "14:00:50"),
                    ("es_p09", "LO-INV-37109", "14:02:05")):
    lopay(pid, inv, "tesoreria@aceroslaindustrial.mx", "quarterly", "3999.00", f"2025-09-27T{t}",
          "2025-09-27", "2025-12-26")
case("es-l04-monterrey-tres-cargos-html", LOB, "decided", [M(
    "Tesorería Aceros La Industrial <tesoreria@aceroslaindustrial.mx>", SUP,
    "Solicitud de reembolso por cargos duplicados", d(2025, 9, 29, 9, 30, MX),
    "<html><body><p>Estimados señores:</p><p>Por medio del presente les informamos que en la conciliación "
    "bancaria del día de hoy identificamos <b>tres cargos idénticos</b> por su plan trimestral, todos del "
    "sábado 27 de septiembre:</p><table border='1'><tr><th>Factura</th><th>Importe</th></tr>"
    "<tr><td>LO-INV-37107</td><td>$3,999.00 INR</td></tr><tr><td>LO-INV-37108</td><td>$3,999.00 INR</td></tr>"
    "<tr><td>LO-INV-37109</td><td>$3,999.00 INR</td></tr></table><p>La empresa tiene contratado un solo "
    "plan, por lo que solicitamos la devolución de los dos cargos duplicados (37108 y 37109).</p>"
    "<p>Sin otro particular, reciban un cordial saludo.</p><p>C.P. Arturo Garza Treviño<br>Tesorería<br>"
    "Aceros La Industrial S.A. de C.V.<br>San Nicolás de los Garza, N.L.</p></body></html>", html=True)],
    [R("approve", "7998.00")],
    spec="Section 8 three identical charges: 3 paid quarterly charges 2025-09-27 same period; mail 2025-09-29 "
         "09:30 -06:00 = 21:00 IST, day 2: both later charges are duplicates inside L3: 2 x 3999.00 = 7998.00. "
         "HTML-only mail.")

cust("rh@maquilasolpaso.mx", "Maquiladora Sol del Paso", "monthly", start="2025-09-22", end="2025-10-21")
lopay("es_p10", "LO-INV-37110", "rh@maquilasolpaso.mx", "monthly", "1499.00", "2025-09-22T14:05:00",
      "2025-09-22", "2025-10-21")
case("es-l05-juarez-maquila-doble-sin-par", LOB, "decided", [M(
    "Recursos Humanos Sol del Paso <rh@maquilasolpaso.mx>", SUP, "nos cobraron 2 veces",
    d(2025, 9, 24, 8, 10, MX),
    "Buen dia, en el estado de cuenta de la tarjeta corporativa me salen dos movimientos de LeadsOptima del "
    "lunes, creo que nos cobraron dos veces el mensual. Somos una maquila chica aqui en Juarez y solo "
    "usamos la plataforma para reclutamiento de operadores de turno. Me pueden regresar el cobro que sobra?\n"
    "Gracias\nLic. Brenda Ochoa\nRH - Planta 2\n")],
    [R("escalate")],
    spec="L4: duplicate claimed inside L3 (charge 2025-09-22 IST; mail 2025-09-24 08:10 -06:00 = 19:40 IST, day 2) "
         "but the ledger holds one paid charge (LO-INV-37110, the account's only payment): no pair, escalate.")

cust("admin@cafetalerasula.hn", "Cafetalera Sula", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es_p11", "LO-INV-37111", "admin@cafetalerasula.hn", "annual", "11988.00", "2025-09-25T14:00:00",
      "2025-09-25", "2026-09-24")
case("es-l06-san-pedro-sula-plan-equivocado", LOB, "decided", [M(
    "Cafetalera Sula <admin@cafetalerasula.hn>", SUP, "RE: factura LO-INV-37111 monto incorrecto",
    d(2025, 9, 26, 11, 0, MX),
    "Buenos dias, fijese que nosotros escogimos el plan MENSUAL pero en la factura LO-INV-37111 nos "
    "cobraron el anual, 11,988 rupias, eso es un cobro del plan equivocado. Necesitamos que nos "
    "devuelvan ese cargo y que nos dejen el mensual como lo pedimos.\n\nMuchas gracias, que este bien.\n"
    "Karla Paz\nAdministracion, Cafetalera Sula\nSan Pedro Sula, Cortes\n")],
    [R("escalate")],
    spec="L2 billing_error (charged for the wrong plan) inside the window (2025-09-25 IST -> 2025-09-26 22:30 IST, "
         "day 1): L5 escalate with charge LO-INV-37111.")

cust("contacto@panaderialaesquina.sv", "Panadería La Esquina", "monthly", status="cancelled", start="2025-08-20",
     end="2025-09-19")
lopay("es_p12", "LO-INV-37112", "contacto@panaderialaesquina.sv", "monthly", "1499.00", "2025-08-20T14:00:00",
      "2025-08-20", "2025-09-19")
lopay("es_p13", "LO-INV-37113", "contacto@panaderialaesquina.sv", "monthly", "1499.00", "2025-09-20T14:00:00",
      "2025-09-20", "2025-10-19")
case("es-l07-san-salvador-cobro-tras-baja", LOB, "decided", [M(
    "Panaderia La Esquina <contacto@panaderialaesquina.sv>", SUP, "Me cobraron después de cancelar",
    d(2025, 9, 23, 15, 40, MX),
    "Buenas tardes,\n\nEn agosto cancelé el plan desde Billing > Cancel Plan (tengo captura), y aun así "
    "el 20 de septiembre me cobraron de nuevo los 1,499 (factura LO-INV-37113). Me cobraron después de haber "
    "cancelado. Por favor reintegren ese cobro.\n\nSaludos cordiales,\nTeresa Alvarenga\nPanadería La "
    "Esquina, Santa Tecla\n")],
    [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside the window (2025-09-20 -> 2025-09-24 03:10 IST, "
         "day 4): L5 escalate with LO-INV-37113.")

cust("info@academiaflamencacadiz.es", "Academia Flamenca La Caleta", "quarterly", start="2025-09-26",
     end="2025-12-25")
lopay("es_p14", "LO-INV-37114", "info@academiaflamencacadiz.es", "quarterly", "3999.00", "2025-09-26T14:00:00",
      "2025-09-26", "2025-12-25")
case("es-l08-cadiz-academia-sin-acceso", LOB, "decided", [M(
    "Academia Flamenca La Caleta <info@academiaflamencacadiz.es>", SUP, "no me deja entrar",
    d(2025, 9, 28, 18, 0, CAD),
    "Hola buenas tardes:\n\nDesde que pagué el trimestre el viernes no puedo entrar en la plataforma, me "
    "sale la rueda dando vueltas y de ahí no pasa, el panel no carga ni en el ordenador ni en el móvil. "
    "He probado a borrar las cookies como me dijo mi sobrino y ná. Si no se puede arreglar quiero que me "
    "devolváis el dinero del trimestre (LO-INV-37114).\n\nUn saludo,\nMari Carmen\nAcademia Flamenca La "
    "Caleta, Cádiz\n")],
    [R("escalate")],
    spec="L2 access_failure (cannot get in, panel not loading) inside the window (2025-09-26 -> 2025-09-28 21:30 IST, "
         "day 2): L6 escalate.")

cust("reservas@bodegatourjerez.es", "Jerez Bodega Tours", "monthly", start="2025-09-10", end="2025-10-09")
lopay("es_p15", "LO-INV-37115", "reservas@bodegatourjerez.es", "monthly", "1499.00", "2025-08-10T14:00:00",
      "2025-08-10", "2025-09-09")
lopay("es_p16", "LO-INV-37116", "reservas@bodegatourjerez.es", "monthly", "1499.00", "2025-09-10T14:00:00",
      "2025-09-10", "2025-10-09")
case("es-l09-jerez-acceso-fuera-de-plazo", LOB, "decided", [M(
    "Jerez Bodega Tours <reservas@bodegatourjerez.es>", SUP, "Acceso + devolución factura lo inv 37116",
    d(2025, 9, 29, 12, 30, CAD),
    "Buenas:\n\nLlevamos desde mediados de mes sin poder iniciar sesión, la pantalla de login da error una "
    "y otra vez, y en plena vendimia no tenemos tiempo para esto. Pido el reembolso de la mensualidad de "
    "septiembre, factura lo inv 37116.\n\nSaludos\nÁlvaro Garrido Ruiz\nJerez Bodega Tours\n")],
    [R("deny")],
    spec="L3: access_failure, but the charge named (LO-INV-37116, 'lo inv 37116' per section 8) was 2025-09-10 IST; "
         "mail 2025-09-29 16:00 IST, day 19: outside 7 days: deny.")

cust("hola@cortijolaalpujarra.es", "Cortijo Las Tinajas", "annual", start="2025-09-25", end="2026-09-24")
lopay("es_p17", "LO-INV-37117", "hola@cortijolaalpujarra.es", "annual", "11988.00", "2025-09-25T14:00:00",
      "2025-09-25", "2026-09-24")
case("es-l10-alpujarra-no-lo-uso", LOB, "decided", [M(
    "Cortijo Las Tinajas <hola@cortijolaalpujarra.es>", SUP, "devolución plan anual",
    d(2025, 9, 28, 11, 5, CAD),
    "Hola, buenos días.\n\nSoy Encarni, del cortijo rural Las Tinajas en Bubión. Contraté el plan anual "
    "el jueves pensando que nos traería reservas para el invierno, pero aquí arriba en la Alpujarra la "
    "cobertura es la que es y al final no lo vamos a usar. Me lo he pensado mejor. ¿Me podéis devolver los "
    "11.988 de la factura LO-INV-37117?\n\nMuchas gracias y un saludo desde la sierra\nEncarni\n")],
    [R("deny")],
    spec="L1: refund inside the window (day 3) but the reason (will not use it, changed mind) is no exception "
         "of L2: deny, cancellation offered.")

cust("tienda@cuchilleriaalbacete.es", "Cuchillería Navajas del Júcar", "monthly", start="2025-09-17",
     end="2025-10-16")
lopay("es_p18", "LO-INV-37118", "tienda@cuchilleriaalbacete.es", "monthly", "1499.00", "2025-09-17T14:00:00",
      "2025-09-17", "2025-10-16")
case("es-l11-albacete-caro-devolucion-y-baja", LOB, "decided", [M(
    "Cuchilleria Navajas del Jucar <tienda@cuchilleriaalbacete.es>", SUP, "Baja y devolucion",
    d(2025, 9, 22, 17, 45, CAD),
    "Buenas tardes\n\nMirad, os lo digo claro: para una tienda de navajas de Albacete como la nuestra esto "
    "es demasiado caro, no nos compensa. Queremos darnos de baja del plan mensual y que nos devolváis lo "
    "de este mes (LO-INV-37118).\n\nUn saludo\nPaco Tébar\nCuchillería Navajas del Júcar\n")],
    [R("deny"), X("cancel", "2025-10-16")],
    spec="L1 deny (too expensive is not an exception, inside window day 5) + L8 cancel: active until "
         "current_period_end 2025-10-16.")

cust("buceo@lanzarotedive.es", "Lanzarote Dive Center", "monthly", status="trial", trial_ends="2025-10-06")
case("es-l12-lanzarote-prueba-gratis", LOB, "decided", [M(
    "Lanzarote Dive Center <buceo@lanzarotedive.es>", SUP, "devolucion prueba",
    d(2025, 9, 29, 19, 10, TF),
    "Hola\nLlevamos una semana con la prueba gratuita de LeadsOptima en el centro de buceo de Playa Blanca y "
    "la verdad no nos convence, los clientes de aquí vienen por booking y por el boca a boca. Queremos que "
    "nos devuelvan lo pagado.\nSaludos\nNauzet\n")],
    [R("deny")],
    spec="L7: the account is on a free trial (trial_ends 2025-10-06) with no charges: refund deny, nothing "
         "billed unless they subscribe.")

cust("cooperativa@platanolapalma.es", "Cooperativa Platanera Los Llanos", "quarterly", start="2025-09-01",
     end="2025-11-30")
lopay("es_p19", "LO-INV-37119", "cooperativa@platanolapalma.es", "quarterly", "3999.00", "2025-09-01T14:00:00",
      "2025-09-01", "2025-11-30")
case("es-l13-la-palma-baja-trimestral", LOB, "decided", [M(
    "Cooperativa Platanera Los Llanos <cooperativa@platanolapalma.es>", SUP, "Baja del servicio",
    d(2025, 9, 27, 9, 0, TF),
    "Buenos días:\n\nLa junta de la cooperativa acordó el martes no renovar herramientas de captación: "
    "casi toda la fruta va a la península por la OPP y no necesitamos buscar clientes. Por favor, cancelen "
    "nuestra suscripción trimestral.\n\nAtentamente,\nGuacimara Pérez Rodríguez\nSecretaria, Cooperativa "
    "Platanera Los Llanos de Aridane\n")],
    [X("cancel", "2025-11-30")],
    spec="L8: cancellation from the registered email; quarterly current_period_end 2025-11-30 is the last "
         "active day.")

cust("lucia.ferrando@dxbmail.ae", "Lucía Ferrando", "monthly")
lopay("es_p20", "LO-INV-37120", "lucia.ferrando@dxbmail.ae", "monthly", "1499.00", "2025-08-14T14:00:00",
      "2025-08-14", "2025-09-13")
lopay("es_p21", "LO-INV-37121", "lucia.ferrando@dxbmail.ae", "monthly", "1499.00", "2025-09-14T14:00:00",
      "2025-09-14", "2025-10-13")
case("es-l14-dubai-baja-sin-periodo", LOB, "decided", [M(
    "Lucia Ferrando <lucia.ferrando@dxbmail.ae>", SUP, "Cancelar suscripción mensual",
    d(2025, 9, 30, 13, 20, DXB),
    "Hola equipo,\n\nMe mudo de Dubái a Valencia a final de año y cierro la agencia de eventos de aquí, "
    "así que quiero cancelar el plan mensual. No hace falta devolución de nada, solo que no se cobre más.\n\n"
    "Un abrazo,\nLucía Ferrando\nEventos · Dubai Marina\n")],
    [X("cancel", "2025-10-13")],
    spec="L8 fallback (no current_period_end on record): last charge 2025-09-14 + 1 month - 1 day = 2025-10-13. "
         "'No hace falta devolución' adds no refund (section 8).")

cust("yael.ben.ami@kibbutzmail.co.il", "Yael Ben Ami", "annual")
lopay("es_p22", "LO-INV-37122", "yael.ben.ami@kibbutzmail.co.il", "annual", "11988.00", "2025-03-12T14:00:00",
      "2025-03-12", "2026-03-11")
case("es-l15-tel-aviv-hebreo-baja-anual", LOB, "decided", [M(
    "Yael Ben Ami <yael.ben.ami@kibbutzmail.co.il>", SUP, "cancelacion de plan anual",
    d(2025, 9, 29, 16, 0, TLV),
    "Shalom,\n\nEscribo en español porque lo aprendí en Buenos Aires, perdonen los errores. Quiero "
    "cancelar mi plan anual, la clínica veterinaria que tengo en Ramat Gan se une con otra clínica y ellos "
    "ya tienen su propio sistema. Entiendo que el plan sigue hasta que termina el año pagado, está bien "
    "así.\n\nToda rabá (muchas gracias)\nDra. Yael Ben Ami\n")],
    [X("cancel", "2026-03-11")],
    spec="L8 fallback (no current_period_end): last charge 2025-03-12 + 12 months - 1 day = 2026-03-11.")

cust("info@bloemenvanderberg.nl", "Bloemen Van der Berg", "monthly", start="2025-09-21", end="2025-10-20")
lopay("es_p23", "LO-INV-37123", "info@bloemenvanderberg.nl", "monthly", "1499.00", "2025-09-21T14:00:00",
      "2025-09-21", "2025-10-20")
case("es-l16-amsterdam-neerlandes-otro-correo", LOB, "need_info", [M(
    "Sanne van der Berg <sanne.vdberg77@gmail.com>", SUP, "Terugbetaling / devolucion",
    d(2025, 9, 24, 10, 30, AMS),
    "Hola,\n\nYo soy Sanne, de la floristería Bloemen Van der Berg. Mi correo registrado es "
    "info@bloemenvanderberg.nl pero ahora escribo desde mi gmail porque estoy en el mercado de flores en "
    "Aalsmeer. Nosotros pagamos dos veces la suscripción mensual el domingo, factura LO-INV-37123 y otra. "
    "Por favor devolver el dinero doble.\n\nMet vriendelijke groet / saludos,\nSanne\n")],
    rules=["C2"],
    spec="C2: the sender sanne.vdberg77@gmail.com is not the registered email she names (info@...): need_info, "
         "write from the registered address; nothing about the account.")

cust("direccion@grupoindustrialcerro.mx", "Grupo Industrial Cerro de la Silla", "annual", start="2025-09-23",
     end="2026-09-22")
lopay("es_p24", "LO-INV-37124", "direccion@grupoindustrialcerro.mx", "annual", "11988.00", "2025-09-23T14:00:00",
      "2025-09-23", "2026-09-22")
case("es-l17-monterrey-asistente-rv-outlook", LOB, "need_info", [M(
    "Asistente Dirección <asistente.direccion@grupoindustrialcerro.mx>", SUP,
    "RV: Cobro anual LeadsOptima", d(2025, 9, 25, 12, 10, MX),
    "Buen día, les reenvío lo que me pidió el Ing. Garza. Quedo a sus órdenes.\n\nLcda. Paola Cantú\n"
    "Asistente de Dirección\n\n________________________________\nDe: Ing. Mauricio Garza "
    "<direccion@grupoindustrialcerro.mx>\nEnviado: miércoles, 24 de septiembre de 2025 19:02\nPara: Asistente "
    "Dirección <asistente.direccion@grupoindustrialcerro.mx>\nAsunto: Cobro anual LeadsOptima\n\nPaola, "
    "escríbele a LeadsOptima: nos cargaron la anualidad LO-INV-37124 al precio equivocado, el que "
    "negociamos era menor. Que lo revisen y nos reembolsen. Mi cuenta registrada es "
    "direccion@grupoindustrialcerro.mx.\n\nMGT\n")],
    rules=["C2"],
    spec="Section 8 forwards: Outlook 'RV:' block carries a request naming the registered direccion@; the sender "
         "is asistente.direccion@: C2 need_info.")

proj("Funeraria San Miguel Arcángel", "oficina@funerariasanmiguel.mx")
case("es-l18-funeraria-cliente-de-optima", LOB, "need_info", [M(
    "Funeraria San Miguel Arcángel <oficina@funerariasanmiguel.mx>", SUP, "Cancelación",
    d(2025, 9, 26, 10, 45, MX),
    "Muy buenos días.\n\nLes escribe la oficina de la Funeraria San Miguel Arcángel de Tlaquepaque. "
    "Les solicitamos atentamente cancelar el servicio mensual que tenemos con ustedes, porque el "
    "consejo familiar decidió recortar gastos de publicidad este año.\n\nSin más por el momento,\n"
    "Lic. Guadalupe Zúñiga\nAdministración\n")],
    rules=["C2"],
    spec="Section 8 the other brand's customer: the sender is on record only as an Optima WebDesign contract "
         "email; in the LeadsOptima ledger it is unknown: C2 need_info.")

cust("clinica@vetlapresa.mx", "Clínica Veterinaria La Presa", "monthly", start="2025-09-12", end="2025-10-11")
for pid, inv, dt in (("es_p25", "LO-INV-37125", "2025-07-12"), ("es_p26", "LO-INV-37126", "2025-08-12"),
                     ("es_p27", "LO-INV-37127", "2025-09-12")):
    end = {"2025-07-12": "2025-08-11", "2025-08-12": "2025-09-11", "2025-09-12": "2025-10-11"}[dt]
    lopay(pid, inv, "clinica@vetlapresa.mx", "monthly", "1499.00", f"{dt}T14:00:00", dt, end)
case("es-l19-chihuahua-veterinaria-sin-factura", LOB, "need_info", [M(
    "Clinica Veterinaria La Presa <clinica@vetlapresa.mx>", SUP, "cobro de mas",
    d(2025, 9, 16, 16, 30, MX),
    "hola buenas tardes, en uno de los cargos de su plataforma nos cobraron de más, el monto no es el que "
    "aparece en la página. somos una veterinaria en Chihuahua capital, nos pueden regresar la diferencia? "
    "no tengo a la mano el número de factura, ando en consulta.\n\nMVZ Ramiro Holguín\n")],
    rules=[], missing=["invoice_number"],
    spec="C3: billing_error (charged more) from the registered email, but the account has three monthly "
         "charges and none is named: need_info invoice_number.")

cust("administracion@funerarialapaz.mx", "Funerales La Paz de Jalisco", "quarterly", start="2025-09-24",
     end="2025-12-23")
lopay("es_p28", "LO-INV-37128", "administracion@funerarialapaz.mx", "quarterly", "3999.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-12-23")
case("es-l20-guadalajara-funeraria-sin-motivo", LOB, "need_info", [M(
    "Administración Funerales La Paz <administracion@funerarialapaz.mx>", SUP,
    "Solicitud de reembolso factura LO-INV-37128", d(2025, 9, 26, 11, 20, MX),
    "Muy buenos días.\n\nPor este conducto solicitamos amablemente el reembolso del importe correspondiente a "
    "la factura LO-INV-37128 del plan trimestral. Agradeceremos su pronta respuesta.\n\nAtentamente\n"
    "C.P. Leticia Ruvalcaba\nFunerales La Paz de Jalisco\n\nAVISO DE CONFIDENCIALIDAD: La información "
    "contenida en este correo es confidencial y para uso exclusivo del destinatario.\n")],
    rules=[], missing=["reason"],
    spec="C3: refund with invoice and plan from the registered email but no reason (restating the request and "
         "the disclaimer are not reasons, section 8): need_info reason.")

cust("coworking@lacasadelmuelle.es", "La Casa del Muelle Coworking", "monthly", start="2025-09-26",
     end="2025-10-25")
lopay("es_p29", "LO-INV-37129", "coworking@lacasadelmuelle.es", "monthly", "1499.00", "2025-09-26T14:00:00",
      "2025-09-26", "2025-10-25")
lopay("es_p30", "LO-INV-37130", "coworking@lacasadelmuelle.es", "monthly", "1499.00", "2025-09-26T14:04:00",
      "2025-09-26", "2025-10-25")
case("es-l21-cadiz-coworking-hilo-motivo", LOB, "decided", [
    M("La Casa del Muelle <coworking@lacasadelmuelle.es>", SUP, "Reembolso LO-INV-37130",
      d(2025, 9, 28, 12, 0, CAD),
      "Hola, necesito el reembolso de la factura LO-INV-37130, plan mensual. Gracias.\nMarta\n"),
    M("La Casa del Muelle <coworking@lacasadelmuelle.es>", SUP, "Re: Reembolso LO-INV-37130 [LO-3721]",
      d(2025, 9, 30, 9, 15, CAD),
      "Perdonad, se me olvidó explicarlo: el viernes se nos cobró dos veces el mismo mes, primero la 37129 y "
      "cuatro minutos después la 37130. Pagamos dos veces.\nMarta\n\nEl 29/9/2025, a las 10:02, Soporte "
      "LeadsOptima escribió:\n> Para tramitar su solicitud indíquenos el motivo. [LO-3721]\n",
      headers={"_irt": "<lo-3721.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread: the answer gives the reason (paid twice); request time = first mail 2025-09-28 15:30 IST, day 2 "
         "after the 2025-09-26 pair: L4 approve the later charge LO-INV-37130 = 1499.00.")

cust("gerencia@tequileraeltigre.mx", "Tequilera El Tigre", "monthly", start="2025-09-15", end="2025-10-14")
lopay("es_p31", "LO-INV-37131", "gerencia@tequileraeltigre.mx", "monthly", "1499.00", "2025-09-15T14:00:00",
      "2025-09-15", "2025-10-14")
case("es-l22-tequila-hilo-contesta-registrado", LOB, "decided", [
    M("Chuy Navarro <chuy.navarro.tequila@hotmail.com>", SUP, "quiero dar de baja el plan",
      d(2025, 9, 27, 10, 0, MX),
      "Que tal, quiero dar de baja el plan de LeadsOptima de la tequilera, ya no lo ocupamos en temporada "
      "de lluvias.\nChuy\n"),
    M("Gerencia Tequilera El Tigre <gerencia@tequileraeltigre.mx>", SUP,
      "Re: quiero dar de baja el plan [LO-3722]", d(2025, 9, 29, 9, 40, MX),
      "Buen día, les escribo ahora desde el correo registrado de la tequilera como me pidieron. Confirmo: "
      "den de baja el plan mensual, ya no lo ocupamos en temporada de lluvias.\n\nJesús Navarro\nGerente, "
      "Tequilera El Tigre, Tequila, Jal.\n\n> Escríbanos desde el correo registrado de la cuenta. [LO-3722]\n",
      headers={"_irt": "<lo-3722.reply@leadsoptima.com>"})],
    [X("cancel", "2025-10-14")],
    spec="docs/policy.md (fix45w): the first mail came from an unknown hotmail naming no account (C2 asked); the "
         "answer in the thread comes from the registered gerencia@: decided for it, no C2: L8 cancel, "
         "current_period_end 2025-10-14.")

cust("pedidos@dulceriasayula.mx", "Dulcería Sayula", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es_p32", "LO-INV-37132", "pedidos@dulceriasayula.mx", "monthly", "1499.00", "2025-09-25T14:00:00",
      "2025-09-25", "2025-10-24")
lopay("es_p33", "LO-INV-37133", "pedidos@dulceriasayula.mx", "monthly", "1499.00", "2025-09-25T14:02:00",
      "2025-09-25", "2025-10-24")
case("es-l23-sayula-contracargo", LOB, "decided", [M(
    "Dulceria Sayula <pedidos@dulceriasayula.mx>", SUP, "DOBLE COBRO!!! LO-INV-37133",
    d(2025, 9, 27, 13, 15, MX),
    "Oigan, me cobraron dos veces el mensual el jueves (LO-INV-37132 y LO-INV-37133). Si para el lunes no "
    "veo mi dinero de regreso voy a pedir al banco un contracargo, ya hablé con el ejecutivo de mi "
    "tarjeta y me dijo que sí procede.\n\nLupita Chávez\nDulcería Sayula, cajetas y rompope\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat (contracargo): escalate, though L4 would approve the duplicate.")

cust("ventas@mueblesdelnorte.mx", "Muebles del Norte", "quarterly", start="2025-08-05", end="2025-11-04")
lopay("es_p34", "LO-INV-37134", "ventas@mueblesdelnorte.mx", "quarterly", "3999.00", "2025-08-05T14:00:00",
      "2025-08-05", "2025-11-04")
case("es-l24-chihuahua-baja-profeco", LOB, "decided", [M(
    "Muebles del Norte <ventas@mueblesdelnorte.mx>", SUP, "Cancelación inmediata",
    d(2025, 9, 25, 17, 0, MX),
    "Buenas tardes.\n\nCancelen nuestra suscripción trimestral. Su plataforma nunca nos generó un solo "
    "cliente en Chihuahua. Ya levanté una queja en la Profeco y mi abogado "
    "está revisando el contrato.\n\nRoberto Terrazas\nMuebles del Norte\n")],
    [X("escalate")], rules=["C4"],
    spec="C4 covers the whole case (section 8): a consumer-protection complaint and a lawyer are mentioned: the "
         "cancellation is escalated too.")

cust("contacto@autoescuelalarambla.es", "Autoescuela La Rambla", "monthly", start="2025-09-19", end="2025-10-18")
lopay("es_p35", "LO-INV-37135", "contacto@autoescuelalarambla.es", "monthly", "1499.00", "2025-09-19T14:00:00",
      "2025-09-19", "2025-10-18")
case("es-l25-albacete-descarta-reclamar", LOB, "decided", [M(
    "Autoescuela La Rambla <contacto@autoescuelalarambla.es>", SUP, "Baja",
    d(2025, 9, 30, 10, 20, CAD),
    "Buenos días,\n\nQueremos darnos de baja del plan mensual. Los alumnos nos llegan por el instituto "
    "y por Instagram y no estamos sacando partido a la herramienta. Que quede claro que no vamos a reclamar "
    "nada ni a pedir devolución: el mes está pagado y lo usamos hasta el final.\n\nSaludos,\nPilar Moreno\n"
    "Autoescuela La Rambla · Albacete\n")],
    [X("cancel", "2025-10-18")],
    spec="L8 cancel, current_period_end 2025-10-18. 'no vamos a reclamar nada ni a pedir devolución' rules out "
         "a refund (section 8 negation) and names no dispute or lawyer (no C4).")

cust("info@aceitesdealtura.es", "Aceites de Altura", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("es_p36", "LO-INV-37136", "info@aceitesdealtura.es", "quarterly", "3999.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-12-23")
case("es-l26-alpujarra-oficina-consumidor", LOB, "decided", [M(
    "Aceites de Altura <info@aceitesdealtura.es>", SUP, "Reembolso trimestre LO-INV-37136",
    d(2025, 9, 26, 19, 0, CAD),
    "Buenas tardes,\n\nDesde el martes la web de LeadsOptima no carga, no hay manera de entrar, y he pagado el "
    "trimestre. Quiero el reembolso de la LO-INV-37136. He ido a la oficina de consumo del ayuntamiento de "
    "Órgiva y me han dicho que tengo mis derechos como consumidor y que puedo poner una hoja de "
    "reclamaciones.\n\nFrancisco Jesús Rodríguez\nAceites de Altura, Órgiva (Granada)\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: consumer-rights office and statutory rights invoked: escalate (access_failure inside window "
         "would be L6 escalate too; C4 fires).")

case("es-l27-tenerife-respuesta-automatica", LOB, "ignore", [M(
    "Escuela Surf Costa Adeje <escuela@surfcostaadeje.es>", SUP,
    "Respuesta automática: Re: cobro repetido!! [LO-3701]", d(2025, 9, 26, 10, 40, TF),
    "Gracias por escribirnos. Estamos en el agua dando clase hasta las 14:00 (hora canaria). "
    "Le contestamos en cuanto salgamos. ¡Aloha!\n",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "_irt": "<lo-3701.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted: auto-replied: ignore.")

case("es-l28-rebote-mailer-daemon", LOB, "ignore", [M(
    "Mail Delivery System <MAILER-DAEMON@mx1.correo-sur.es>", SUP,
    "Undelivered Mail Returned to Sender / No se pudo entregar", d(2025, 9, 30, 9, 10, CAD),
    "Este es el sistema de correo de mx1.correo-sur.es.\n\nNo se ha podido entregar su mensaje a "
    "uno o más destinatarios:\n\n<reservas@bodegatourjerez.es>: buzón lleno (552 5.2.2)\n\n"
    "--- Mensaje original: Asunto: Re: Acceso + devolución factura lo inv 37116 [LO-3709] ---\n")],
    rules=["C7"], spec="C7: MAILER-DAEMON sender (a bounce): ignore.")

case("es-l29-boletin-camara-comercio", LOB, "ignore", [M(
    "Boletín Foro Empresarial Timanfaya <boletin@forotimanfaya-noticias.es>", SUP,
    "Boletín semanal: ayudas al comercio, devoluciones de IGIC y cursos", d(2025, 9, 29, 8, 0, TF),
    "BOLETÍN SEMANAL\n\n1. Abierta la convocatoria de ayudas a la digitalización.\n2. Cómo solicitar la "
    "devolución del IGIC soportado.\n3. Curso gratuito: cancelar contratos de suministro sin penalización.\n\n"
    "Para darse de baja de este boletín pulse aquí.\n",
    headers={"List-Id": "Boletin Foro Timanfaya <boletin.forotimanfaya-noticias.es>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@forotimanfaya-noticias.es>"})],
    rules=["C7"], spec="C7: List-Id and Precedence: bulk (a newsletter that mentions refunds/cancelling): ignore.")

cust("admin@academiafutbolsula.hn", "Academia de Fútbol Sula", "monthly", start="2025-09-09", end="2025-10-08")
lopay("es_p37", "LO-INV-37137", "admin@academiafutbolsula.hn", "monthly", "1499.00", "2025-09-09T14:00:00",
      "2025-09-09", "2025-10-08")
case("es-l30-academia-futbol-pregunta-factura", LOB, "other", [M(
    "Academia de Futbol Sula <admin@academiafutbolsula.hn>", SUP, "consulta factura y usuarios",
    d(2025, 9, 29, 14, 0, MX),
    "Buenas tardes, dos consultitas: ¿la factura LO-INV-37137 la pueden emitir a nombre de la Asociación "
    "Deportiva Sula con nuestro RTN? Y ¿cuántos usuarios entran en el plan mensual? Queremos que los "
    "entrenadores de las categorías sub-12 y sub-15 también vean los contactos de los papás.\n\nMil "
    "gracias, saludos\nEdwin Maradiaga\n")],
    spec="Questions only (invoice name, users): neither refund nor cancellation: other.")

cust("hola@bodasbarrancoseco.es", "Bodas Barranco Seco", "annual", start="2025-06-02", end="2026-06-01")
lopay("es_p38", "LO-INV-37138", "hola@bodasbarrancoseco.es", "annual", "11988.00", "2025-06-02T14:00:00",
      "2025-06-02", "2026-06-01")
case("es-l31-wedding-planner-gracias", LOB, "other", [M(
    "Bodas Barranco Seco <hola@bodasbarrancoseco.es>", SUP, "Re: gracias!!",
    d(2025, 9, 30, 21, 10, TF),
    "Hola chicos!! Solo quería daros las gracias, la semana pasada pensé en pediros la devolución y darme "
    "de baja, pero después de la llamada con vuestro compañero ya tengo los formularios de bodas "
    "funcionando y me han entrado tres parejas para 2026. No quiero reembolso ni nada, seguimos con "
    "vosotros.\n\nUn besito desde Santa Cruz de La Palma\nDácil\n")],
    spec="Thanks; a past thought of a refund/cancellation and 'no quiero reembolso' (section 8 negation): other.")

case("es-l32-dubai-hipotetica-antes-de-comprar", LOB, "other", [M(
    "Iñaki Gorostiza <inaki.gorostiza.dxb@gmail.com>", SUP, "pregunta antes de contratar el anual",
    d(2025, 9, 28, 18, 30, DXB),
    "Hola, tengo una empresa de yates de alquiler en Dubai Harbour y estoy mirando su plan anual. Si lo "
    "contrato y a los dos meses veo que no me trae clientes, ¿me devolverían el dinero de los meses que "
    "quedan? ¿Y la prueba gratis cuántos días dura?\n\nGracias,\nIñaki\n")],
    spec="Section 8 hypotheticals: a refund question before buying, from a non-customer: other.")

cust("club@futbolbaseolimpia.sv", "Escuela de Fútbol Base Olimpia", "monthly", start="2025-09-27",
     end="2025-10-26")
lopay("es_p39", "LO-INV-37139", "club@futbolbaseolimpia.sv", "monthly", "1499.00", "2025-09-27T14:00:00",
      "2025-09-27", "2025-10-26")
case("es-l33-el-salvador-no-quiero-reembolso-baja", LOB, "decided", [M(
    "Futbol Base Olimpia <club@futbolbaseolimpia.sv>", SUP, "dar de baja",
    d(2025, 9, 29, 7, 30, MX),
    "buenos dias, no quiero que me devuelvan nada de lo que ya pague, solo den de baja la cuenta para que no "
    "se renueve el otro mes. la escuela de futbol se queda sin patrocinador.\ngracias\nprofe Wilber\n")],
    [X("cancel", "2025-10-26")],
    spec="Section 8 negation ('no quiero que me devuelvan nada'): no refund intent; L8 cancel, current_period_end "
         "2025-10-26.")

cust("info@traduccionesmiyazaki.jp", "Traducciones Miyazaki", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es_p40", "LO-INV-37140", "info@traduccionesmiyazaki.jp", "monthly", "1499.00", "2025-09-25T14:00:00",
      "2025-09-25", "2025-10-24")
lopay("es_p41", "LO-INV-37141", "info@traduccionesmiyazaki.jp", "monthly", "1499.00", "2025-09-25T14:03:00",
      "2025-09-25", "2025-10-24", status="refunded")
case("es-l34-tokio-traductora-ya-devuelto", LOB, "decided", [M(
    "Traducciones Miyazaki <info@traduccionesmiyazaki.jp>", SUP, "Cargo duplicado LO-INV-37141",
    d(2025, 9, 29, 11, 0, TYO),
    "Buenos días:\n\nSoy traductora de japonés-español en Tokio. El jueves se me cobró dos veces la "
    "mensualidad (LO-INV-37140 y LO-INV-37141). Solicito el reembolso del cargo duplicado LO-INV-37141.\n\n"
    "Un cordial saludo,\nAiko Miyazaki Ramos\n")],
    [R("escalate")],
    spec="Section 8: the charge named (LO-INV-37141) is not 'paid' (status refunded): a refund of it is escalate.")

cust("recepcion@clinicavetelpuerto.es", "Clínica Veterinaria El Puerto", "quarterly", start="2025-08-20",
     end="2025-11-19")
lopay("es_p42", "LO-INV-37142", "recepcion@clinicavetelpuerto.es", "quarterly", "3999.00", "2025-08-20T14:00:00",
      "2025-08-20", "2025-11-19")
case("es-l35-puerto-santa-maria-veterinaria-larga", LOB, "decided", [M(
    "Clinica Veterinaria El Puerto <recepcion@clinicavetelpuerto.es>", SUP, "varias cosillas",
    d(2025, 9, 30, 13, 45, CAD),
    "Hola, buenas.\n\nOs escribo con varias cosas a la vez que si no se me olvidan. Primero, el "
    "informe de contactos del mes pasado no me deja exportarlo a Excel, me sale en blanco; bueno, eso ya "
    "lo miro con mi hija que entiende más. Segundo, y esto es lo importante: la clínica la vamos a "
    "traspasar a final de año a un compañero de El Puerto de Santa María que ya tiene su propio "
    "programa, así que cancelad la suscripción trimestral, que no se renueve. Tercero, ¿el número de "
    "teléfono de la ficha de la clínica se puede cambiar? El fijo ya no lo usamos.\n\nMil gracias por todo,"
    "\nInmaculada (Inma) Sánchez\nRecepción · Clínica Veterinaria El Puerto\n")],
    [X("cancel", "2025-11-19")],
    spec="A long mail with the request in the middle: L8 cancel, current_period_end 2025-11-19; the other "
         "questions are for staff, no refund asked.")

cust("hola@coworkingelmedano.es", "Coworking El Médano", "monthly", start="2025-09-28", end="2025-10-27")
lopay("es_p43", "LO-INV-37143", "hola@coworkingelmedano.es", "monthly", "1499.00", "2025-09-28T14:00:00",
      "2025-09-28", "2025-10-27")
lopay("es_p44", "LO-INV-37144", "hola@coworkingelmedano.es", "monthly", "1499.00", "2025-09-28T14:01:40",
      "2025-09-28", "2025-10-27")
case("es-l36-el-medano-doble-y-baja", LOB, "decided", [M(
    "Coworking El Médano <hola@coworkingelmedano.es>", SUP, "Fwd: cobro duplicado + baja",
    d(2025, 9, 30, 8, 50, TF),
    "Buenos días! Os reenvío el aviso del banco.\n\nDos cosas: el domingo nos pasasteis dos veces el recibo "
    "mensual (LO-INV-37143 y LO-INV-37144), así que devolvednos el repetido, el 37144. Y aprovecho: cerramos "
    "el coworking en invierno porque los nómadas digitales se van a Fuerteventura, así que dad de baja el "
    "plan.\n\nGracias!\nAcoraida\n\n---------- Forwarded message ---------\nDe: Avisos Banca Alisios "
    "<avisos@bancaalisios-avisos.es>\nDate: dom, 28 sept 2025 a las 9:32\nSubject: Cargo en su "
    "tarjeta\nTo: <hola@coworkingelmedano.es>\n\nSe han realizado 2 cargos de 18,03 EUR en LEADSOPTIMA.\n")],
    [R("approve", "1499.00"), X("cancel", "2025-10-27")],
    spec="L4 approve the later of two paid charges 2025-09-28 (mail 2025-09-30 13:20 IST, day 2) = 1499.00, plus "
         "L8 cancel, current_period_end 2025-10-27. The forwarded bank notice names no other account address.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------
proj("Ruta del Agave Tours", "reservas@rutadelagave.mx")
owpay("es_o01", "OWD-2025-3701", "Ruta del Agave Tours", "deposit", "20000.00", "3600.00", "2025-09-26T14:00:00")
case("es-o01-tequila-sena-dentro-72h", OWB, "decided", [M(
    "Ruta del Agave Tours <reservas@rutadelagave.mx>", OWDTO, "Refund Request — Ruta del Agave Tours / OWD-2025-3701",
    d(2025, 9, 28, 10, 0, MX),
    "Buenos días, equipo de Optima.\n\nEl viernes les pagamos el anticipo (OWD-2025-3701) para la página "
    "de Ruta del Agave Tours, los recorridos por las destilerías de Tequila y Amatitán. Ayer el socio "
    "mayoritario decidió vender el negocio a una operadora de Guadalajara que ya tiene su propia web, así "
    "que ya no vamos a hacer el proyecto. Entiendo que todavía no empiezan. ¿Nos pueden devolver el "
    "anticipo?\n\nSaludos cordiales,\nFernanda Ruelas\nRuta del Agave Tours\n")],
    [R("approve", "20000.00")],
    spec="O2: deposit paid 2025-09-26 14:00 IST, no work started; mail 2025-09-28 10:00 -06:00 = 21:30 IST, 55.5 h: "
         "before both 72 h and work: approve 20000.00 before tax (C6).")

proj("Taller Mecánico Hermanos Garza", "taller@hermanosgarza.mx")
owpay("es_o02", "OWD-2025-3702", "Taller Mecánico Hermanos Garza", "deposit", "15000.00", "2700.00",
      "2025-09-20T14:00:00")
case("es-o02-monterrey-anticipo-78h", OWB, "decided", [M(
    "Taller Hermanos Garza <taller@hermanosgarza.mx>", OWDTO, "devolucion anticipo OWD-2025-3702",
    d(2025, 9, 23, 9, 0, MX),
    "Que onda, buen día. Les pagué el anticipo de la página del Taller Mecánico Hermanos Garza (factura "
    "OWD-2025-3702) el sábado, pero mi hermano no está de acuerdo con el diseño que propusieron en la "
    "cotización y prefiere seguir nomás con Facebook. Regrésenme el anticipo por favor, todavía no han "
    "hecho nada.\n\nGerardo Garza\n")],
    [R("deny")],
    spec="O2: deposit paid 2025-09-20 14:00 IST; mail 2025-09-23 09:00 -06:00 = 20:30 IST, 78.5 h after payment: "
         "past the 72 hours (whichever first): deny.")

proj("Bodas en la Caleta", "novias@bodasenlacaleta.es")
owpay("es_o03", "OWD-2025-3703", "Bodas en la Caleta", "deposit", "12000.00", "2160.00", "2025-09-22T11:30:00")
case("es-o03-cadiz-bodas-justo-72h", OWB, "decided", [M(
    "Bodas en la Caleta <novias@bodasenlacaleta.es>", OWDTO, "Devolución de la reserva OWD-2025-3703",
    d(2025, 9, 25, 8, 0, CAD),
    "Buenos días:\n\nOs escribo antes de abrir el estudio. Pagamos la reserva de la web de Bodas en la "
    "Caleta (OWD-2025-3703) hace tres días y al final mi socia y yo separamos caminos, así que no "
    "necesitamos la web. Como no habéis empezado y estoy dentro de las 72 horas, os pido la devolución.\n\n"
    "Un abrazo,\nRocío Mateos\nWedding planner · Cádiz\n")],
    [R("deny")],
    spec="Section 8: deposit paid 2025-09-22 11:30 IST; mail 2025-09-25 08:00 +02:00 = 11:30 IST, exactly 72 h: not "
         "before 72 h: deny (O2).")

proj("Yates Al Marsa Charter", "bookings@almarsacharter.ae", "2025-09-28T10:00:00")
owpay("es_o04", "OWD-2025-3704", "Yates Al Marsa Charter", "deposit", "25000.00", "4500.00", "2025-09-27T14:00:00")
case("es-o04-dubai-anticipo-trabajo-empezado", OWB, "decided", [M(
    "Al Marsa Charter <bookings@almarsacharter.ae>", OWDTO, "Devolución depósito Yates Al Marsa Charter",
    d(2025, 9, 29, 10, 0, DXB),
    "Hola,\n\nSoy Javier Sáenz, socio de Yates Al Marsa Charter en Dubai Marina. Pagamos el depósito "
    "(OWD-2025-3704) el sábado y ayer ya nos mandaron el cuestionario de marca y el primer moodboard, pero "
    "mi socio emiratí ha decidido que la web la haga su primo. Sé que han pasado menos de 72 horas, por eso "
    "pido la devolución completa.\n\nGracias,\nJavier\n")],
    [R("deny")],
    spec="O2: mail 2025-09-29 10:00 +04:00 = 11:30 IST, 45.5 h after the 2025-09-27 14:00 deposit, but work started "
         "2025-09-28 10:00 IST, before the request: deny ('whichever occurs first').")

proj("Academia de Español Sakura", "escuela@academiasakura.jp")
owpay("es_o05", "OWD-2025-3705", "Academia de Español Sakura", "discovery", "15000.00", "2700.00",
      "2025-09-24T14:00:00")
case("es-o05-tokio-discovery-sin-sesion", OWB, "decided", [M(
    "Academia Sakura <escuela@academiasakura.jp>", OWDTO, "Devolución sesión de estrategia OWD-2025-3705",
    d(2025, 9, 30, 18, 0, TYO),
    "Estimado equipo:\n\nEl 24 pagamos la sesión de estrategia (OWD-2025-3705) para el proyecto Academia de "
    "Español Sakura, pero todavía no se ha fijado fecha para la sesión. El ministerio nos ha negado la "
    "licencia para abrir la segunda sede en Osaka y el proyecto queda parado. Por favor, devuélvannos el "
    "importe.\n\nAtentamente,\nHiroshi Tanaka Villalobos\nDirector\n")],
    [R("approve", "15000.00")],
    spec="O1: discovery fee, work_started_at empty (no session or deliverable started): approve in full, "
         "15000.00 before tax.")

proj("Quesería La Manchega Digital", "queseria@lamanchegaquesos.es", "2025-09-20T14:30:00")
owpay("es_o06", "OWD-2025-3706", "Quesería La Manchega Digital", "discovery", "18000.00", "3240.00",
      "2025-09-18T14:00:00")
case("es-o06-albacete-discovery-empezado", OWB, "decided", [M(
    "Quesería La Manchega <queseria@lamanchegaquesos.es>", OWDTO, "Devolución taller de estrategia",
    d(2025, 9, 29, 12, 0, CAD),
    "Buenas:\n\nHicimos el primer taller de estrategia el sábado 20 por videollamada para el proyecto "
    "Quesería La Manchega Digital, factura OWD-2025-3706. Sinceramente no nos aportó nada que no "
    "supiéramos, así que pedimos que nos devolváis el dinero.\n\nSaludos,\nJulián Collado\nVillarrobledo\n")],
    [R("deny")],
    spec="O1: discovery session started 2025-09-20 (work_started_at), before the request: deny.")

proj("Clínica Dental Río Piedras", "gerencia@dentalriopiedras.hn", "2025-08-18T11:00:00")
owpay("es_o07", "OWD-2025-3707", "Clínica Dental Río Piedras", "milestone", "30000.00", "5400.00",
      "2025-09-01T14:00:00", milestone_status="approved")
owpay("es_o08", "OWD-2025-3708", "Clínica Dental Río Piedras", "milestone", "35000.00", "6300.00",
      "2025-09-20T14:00:00", milestone_status="not_started")
case("es-o07-san-pedro-sula-hito-sin-empezar", OWB, "decided", [M(
    "Gerencia Clínica Río Piedras <gerencia@dentalriopiedras.hn>", OWDTO,
    "Solicitud de reembolso hito 2 - OWD-2025-3708", d(2025, 9, 26, 14, 30, MX),
    "Buenas tardes.\n\nEl diseño (hito 1) quedó muy bien y ya lo aprobamos. Pero el hito 2, la agenda de "
    "citas en línea de la Clínica Dental Río Piedras (OWD-2025-3708), ya no lo vamos a necesitar porque "
    "la asociación de odontólogos nos dio un sistema de citas gratis. Según entiendo ese hito no ha "
    "empezado, solicitamos el reembolso de ese pago.\n\nDra. Iris Bográn\nGerente\n")],
    [R("approve", "35000.00")],
    spec="O3: milestone OWD-2025-3708 status not_started: approve its amount 35000.00 before tax (the approved "
         "milestone 1 is not asked for).")

proj("Funeraria Los Cipreses Web", "oficina@funerarialoscipreses.sv", "2025-08-25T11:00:00")
owpay("es_o09", "OWD-2025-3709", "Funeraria Los Cipreses Web", "milestone", "28000.00", "5040.00",
      "2025-09-10T14:00:00", milestone_status="in_progress")
case("es-o08-san-salvador-funeraria-hito-en-curso", OWB, "decided", [M(
    "Oficina Funeraria Los Cipreses <oficina@funerarialoscipreses.sv>", OWDTO,
    "Reembolso hito obituarios en línea", d(2025, 9, 29, 9, 0, MX),
    "Estimados señores:\n\nReciban un cordial saludo. La sección de obituarios en línea del proyecto "
    "Funeraria Los Cipreses Web (factura OWD-2025-3709) va muy lenta y la familia propietaria ha "
    "decidido no seguir con esa parte. Solicitamos el reembolso de lo que no se haya trabajado.\n\n"
    "Atentamente,\nLic. Marta Alicia Henríquez\nAdministración\n")],
    [R("escalate")],
    spec="O3: milestone OWD-2025-3709 in_progress: escalate (the value of work not started needs a person).")

proj("Galería Shalev Arte", "info@shalevgaleria.co.il", "2025-07-28T11:00:00")
owpay("es_o10", "OWD-2025-3710", "Galería Shalev Arte", "milestone", "40000.00", "7200.00",
      "2025-09-05T14:00:00", milestone_status="approved")
case("es-o09-tel-aviv-hito-aprobado", OWB, "decided", [M(
    "Galería Shalev <info@shalevgaleria.co.il>", OWDTO, "Reembolso OWD-2025-3710",
    d(2025, 9, 28, 11, 0, TLV),
    "Shalom equipo,\n\nYo aprobé el diseño de la tienda online de Galería Shalev Arte (OWD-2025-3710) el mes "
    "pasado, pero ahora los artistas dicen que los colores no son como su obra. Yo quiero devolución de "
    "este pago, porque no estamos felices con el resultado.\n\nBetodá,\nNoa Shalev\n")],
    [R("deny")],
    spec="O3/O6: milestone OWD-2025-3710 approved: deny (approved milestones are non-refundable).")

proj("Escuela de Surf Famara", "hola@surffamara.es")
owpay("es_o11", "OWD-2025-3711", "Escuela de Surf Famara", "retainer", "8000.00", "1440.00",
      "2025-09-15T14:00:00", period_start="2025-09-15", period_end="2025-10-14",
      next_billing_at="2025-10-15T00:00:00")
case("es-o10-famara-retainer-con-aviso", OWB, "decided", [M(
    "Escuela de Surf Famara <hola@surffamara.es>", OWDTO, "Baja mantenimiento mensual OWD-2025-3711",
    d(2025, 9, 28, 19, 30, TF),
    "Buenas tardes:\n\nQueremos cancelar la cuota mensual de mantenimiento y redes del proyecto Escuela de "
    "Surf Famara (última factura OWD-2025-3711). Motivo: cerramos la escuela de noviembre a marzo y en "
    "invierno no tiene sentido pagar publicaciones. Que no se cobre la siguiente.\n\nGracias,\nTimanfaya "
    "Cabrera\nCaleta de Famara, Lanzarote\n")],
    [X("cancel", "2025-10-14")],
    spec="O4/O8: retainer next_billing_at 2025-10-15; mail 2025-09-29 00:00 IST (local date 2025-09-29 <= 2025-10-08): "
         "at least 7 days' notice: cancel, effective the day before, 2025-10-14.")

proj("Coworking La Frontera", "admin@coworkinglafrontera.mx")
owpay("es_o12", "OWD-2025-3712", "Coworking La Frontera", "retainer", "9500.00", "1710.00",
      "2025-09-05T14:00:00", period_start="2025-09-05", period_end="2025-10-04",
      next_billing_at="2025-10-05T00:00:00")
case("es-o11-juarez-coworking-aviso-corto", OWB, "decided", [M(
    "Admin Coworking La Frontera <admin@coworkinglafrontera.mx>", OWDTO, "cancelar iguala mensual",
    d(2025, 9, 30, 9, 0, MX),
    "Buen día. Favor de cancelar la iguala mensual de Coworking La Frontera, factura OWD-2025-3712. La "
    "razón: perdimos el contrato de renta del edificio frente al puente y cerramos en noviembre.\n\n"
    "Atte.\nIng. Daniela Escárcega\n")],
    [X("cancel", "2025-11-04")],
    spec="O4: next_billing_at 2025-10-05; mail 2025-09-30 20:30 IST, later than 2025-09-28 (7 days before): the "
         "next cycle 2025-10-05..2025-11-04 is billed, effective 2025-11-04.")

proj("Portal Industrial Apodaca", "compras@portalapodaca.mx")
owpay("es_o13", "OWD-2025-3713", "Portal Industrial Apodaca", "retainer", "22000.00", "3960.00",
      "2025-09-10T14:00:00", period_start="2025-09-10", period_end="2025-10-09",
      next_billing_at="2025-10-10T00:00:00")
owpay("es_o14", "OWD-2025-3714", "Portal Industrial Apodaca", "retainer", "22000.00", "3960.00",
      "2025-09-25T14:00:00", period_start="2025-10-10", period_end="2025-11-09",
      next_billing_at="2025-11-10T00:00:00")
case("es-o12-apodaca-retainer-pagado-adelantado", OWB, "decided", [M(
    "Compras Portal Industrial Apodaca <compras@portalapodaca.mx>", OWDTO,
    "Cancelación de servicio mensual - Portal Industrial Apodaca", d(2025, 9, 29, 10, 0, MX),
    "Estimados:\n\nPor instrucciones de la dirección solicitamos cancelar el servicio mensual del proyecto "
    "Portal Industrial Apodaca. El corporativo en Houston centraliza todas las páginas de las plantas a "
    "partir de octubre. Tengan en cuenta que la factura OWD-2025-3714, la de octubre, ya quedó pagada por "
    "adelantado el jueves; la de septiembre fue la OWD-2025-3713.\n\nSaludos,\nIng. Héctor Villarreal\n"
    "Compras\n")],
    [X("escalate")],
    spec="Section 8 retainer paid in advance: the next cycle (2025-10-10..2025-11-09, OWD-2025-3714) is already paid "
         "and the notice is more than 7 days: escalate.")

proj("Tabanco El Compás", "tabanco@elcompasjerez.es")
owpay("es_o15", "OWD-2025-3715", "Tabanco El Compás", "hosting_annual", "18000.00", "3240.00",
      "2025-09-21T14:00:00", setup_fee="2400.00", service_start="2025-09-22")
case("es-o13-jerez-hosting-14-dias", OWB, "decided", [M(
    "Tabanco El Compás <tabanco@elcompasjerez.es>", OWDTO, "Cancelar hosting y devolución OWD 2025 3715",
    d(2025, 9, 30, 13, 0, CAD),
    "Buenas, compadre.\n\nContratamos el hosting anual para Tabanco El Compás (OWD 2025 3715) hace "
    "nueve días, pero el ayuntamiento nos ha dado la web de turismo de la ciudad gratis para los tabancos "
    "y ya no nos hace falta. Cancelad el hosting y devolvednos lo que toque.\n\nSalud,\nManolo Lozano\n")],
    [R("approve", "14300.00")], extra_ok=True,
    spec="O5: service_start 2025-09-22, mail 2025-09-30 (day 8, within 14): refund = 18000 - 2400 - (15600/12 = 1300) "
         "x 1 = 14300.00. The cancellation asked for may be decided too (extra_ok).")

proj("Casa Rural El Time", "casaeltime@lapalmarural.es")
owpay("es_o16", "OWD-2025-3716", "Casa Rural El Time", "hosting_annual", "12000.00", "2160.00",
      "2025-08-31T14:00:00", setup_fee="1200.00", service_start="2025-09-01")
case("es-o14-la-palma-hosting-fuera-plazo", OWB, "decided", [M(
    "Casa Rural El Time <casaeltime@lapalmarural.es>", OWDTO, "Devolución hosting",
    d(2025, 9, 29, 12, 15, TF),
    "Hola qué tal,\n\nPedimos la devolución del hosting anual de Casa Rural El Time (factura OWD-2025-3716). "
    "Desde lo del volcán nos entran pocas reservas por internet y mi marido dice que mejor lo llevamos "
    "todo por teléfono.\n\nSaludos\nCandelaria\nTijarafe, La Palma\n")],
    [R("deny")],
    spec="O5: service_start 2025-09-01, mail 2025-09-29 16:45 IST, day 28: after 14 days: deny.")

proj("Funerales Santa Lucía Mantenimiento", "direccion@funeralessantalucia.sv")
owpay("es_o17", "OWD-2025-3717", "Funerales Santa Lucía Mantenimiento", "maintenance_annual", "14999.00",
      "2699.82", "2025-09-24T14:00:00", setup_fee="1500.00", service_start="2025-09-25")
case("es-o15-santa-ana-mantenimiento-redondeo", OWB, "decided", [M(
    "Dirección Funerales Santa Lucía <direccion@funeralessantalucia.sv>", OWDTO,
    "Refund Request — Funerales Santa Lucía Mantenimiento / OWD-2025-3717", d(2025, 9, 27, 16, 0, MX),
    "Buenas tardes.\n\nContratamos el plan anual de mantenimiento para Funerales Santa Lucía Mantenimiento "
    "(OWD-2025-3717) el miércoles, pero nuestra casa matriz en Santa Ana nos informó que el mantenimiento "
    "lo hará su propio departamento de informática. Les pedimos cancelar el plan y reembolsar lo que "
    "corresponda según su política.\n\nAtentamente,\nJosé Roberto Menjívar\nDirector\n")],
    [R("approve", "12374.08")], extra_ok=True,
    spec="O5: within 14 days of service_start 2025-09-25: 14999.00 - 1500.00 - (13499.00/12 = 1124.9166...) x 1 = "
         "12374.0833... -> 12374.08 (rounded once, C6). Cancellation asked for (extra_ok).")

proj("Cortijo Los Almendros Online", "reservas@cortijolosalmendros.es")
owpay("es_o18", "OWD-2025-3718", "Cortijo Los Almendros Online", "third_party", "1800.00", "324.00",
      "2025-09-27T14:00:00")
case("es-o16-alpujarra-dominio", OWB, "decided", [M(
    "Cortijo Los Almendros <reservas@cortijolosalmendros.es>", OWDTO, "devolución del dominio",
    d(2025, 9, 28, 10, 30, CAD),
    "Buenas:\n\nMe habéis cobrado la renovación del dominio del Cortijo Los Almendros Online (factura "
    "OWD-2025-3718), pero yo el dominio ya no lo quería porque vamos a usar solo la ficha de Google. "
    "Devolvedme esos 1.800, por favor.\n\nUn saludo,\nAntonio Jesús\nPampaneira\n")],
    [R("deny")],
    spec="O6: third_party (domain renewal) is never refundable: deny.")

owpay("es_o19", "OWD-2025-3719", "Bodas en la Caleta", "rush", "6000.00", "1080.00", "2025-09-23T14:00:00")
case("es-o17-cadiz-bodas-urgencia", OWB, "decided", [M(
    "Bodas en la Caleta <novias@bodasenlacaleta.es>", OWDTO, "cargo urgencia OWD-2025-3719",
    d(2025, 9, 27, 12, 30, CAD),
    "Hola de nuevo:\n\nOs pagamos el suplemento de urgencia (OWD-2025-3719) del proyecto Bodas en la Caleta "
    "para tener la web antes de la feria de novios, pero como hemos dejado el proyecto no tiene sentido. "
    "Devolvednos ese suplemento.\n\nRocío\n")],
    [R("deny")],
    spec="O6: rush fee is never refundable: deny.")

proj("Hovenier De Wit Tuinen", "info@dewittuinen.nl")
owpay("es_o20", "OWD-2025-3720", "Hovenier De Wit Tuinen", "deposit", "16000.00", "2880.00",
      "2025-09-29T14:00:00")
case("es-o18-holandes-correo-personal", OWB, "need_info", [M(
    "Pieter de Wit <pieterdewit.tuinen@outlook.com>", OWDTO, "Devolución aanbetaling OWD-2025-3720",
    d(2025, 9, 30, 9, 0, AMS),
    "Buenos días,\n\nYo soy Pieter, de Hovenier De Wit Tuinen. Ayer pagué el depósito OWD-2025-3720, pero "
    "mi empresa de jardinería va a fusionar con otra empresa en Utrecht, entonces nosotros no necesitamos "
    "la web nueva. Por favor devolver el depósito. Escribo de mi correo personal, el de la empresa es "
    "info@dewittuinen.nl.\n\nGroeten,\nPieter\n")],
    rules=["C2"],
    spec="C2 (Optima, explicit): the sender is not the contract email info@dewittuinen.nl: need_info, write from "
         "the contract email; nothing about the project.")

proj("Hotel Boutique Chapultepec", "direccion@hotelchapultepecgdl.mx")
owpay("es_o21", "OWD-2025-3721", "Hotel Boutique Chapultepec", "deposit", "30000.00", "5400.00",
      "2025-09-29T14:00:00")
case("es-o19-guadalajara-rv-asistente", OWB, "need_info", [M(
    "Recepción Hotel Chapultepec <recepcion@hotelchapultepecgdl.mx>", OWDTO,
    "RV: Devolución anticipo OWD-2025-3721", d(2025, 9, 30, 8, 30, MX),
    "Buenos días, les reenvío la solicitud de nuestra directora.\n\nAtte. Recepción\n\n"
    "-----Mensaje original-----\nDe: Mtra. Ximena Alatorre <direccion@hotelchapultepecgdl.mx>\n"
    "Enviado el: lunes, 29 de septiembre de 2025 21:15\nPara: Recepción Hotel Chapultepec "
    "<recepcion@hotelchapultepecgdl.mx>\nAsunto: Devolución anticipo OWD-2025-3721\n\nFavor de pedir a "
    "Optima la devolución del anticipo OWD-2025-3721 del proyecto Hotel Boutique Chapultepec: el consejo "
    "decidió remodelar primero el lobby y la web se pospone hasta 2027.\n\nXimena\n")],
    rules=["C2"],
    spec="Section 8 forwards: the Outlook 'RV:' block carries the request of the contract email direccion@; the "
         "sender is recepcion@: C2 need_info.")

proj("Vinos Sierra de Cádiz", "bodega@sierragaditana.es")
proj("Quesos El Pinar Tienda", "bodega@sierragaditana.es")
owpay("es_o22", "OWD-2025-3722", "Vinos Sierra de Cádiz", "deposit", "14000.00", "2520.00", "2025-09-29T14:00:00")
owpay("es_o23", "OWD-2025-3723", "Quesos El Pinar Tienda", "deposit", "14000.00", "2520.00", "2025-09-29T14:00:00")
case("es-o20-grazalema-dos-proyectos", OWB, "need_info", [M(
    "Bodega Sierra Gaditana <bodega@sierragaditana.es>", OWDTO, "devolución del depósito de ayer",
    d(2025, 9, 30, 11, 0, CAD),
    "Buenos días:\n\nAyer os pagamos el depósito de una de las dos webs, y resulta que mi cuñado ya la "
    "tenía medio hecha con un sobrino. Devolvednos ese depósito, por favor, antes de que empecéis.\n\n"
    "Saludos desde Grazalema,\nPaqui\n")],
    rules=[], missing=["project_name", "invoice_number"],
    spec="C3: the contract email holds two projects, each with a deposit paid 2025-09-29; neither the project nor "
         "the invoice is named: need_info project_name and invoice_number.")

proj("Coworking Los Cristianos Hub", "hub@loscristianoshub.es")
owpay("es_o24", "OWD-2025-3724", "Coworking Los Cristianos Hub", "retainer", "7000.00", "1260.00",
      "2025-09-12T14:00:00", period_start="2025-09-12", period_end="2025-10-11",
      next_billing_at="2025-10-12T00:00:00")
case("es-o21-los-cristianos-baja-sin-motivo", OWB, "need_info", [M(
    "Los Cristianos Hub <hub@loscristianoshub.es>", OWDTO, "Baja OWD-2025-3724",
    d(2025, 9, 29, 9, 10, TF),
    "Buenos días,\n\nPor favor, dad de baja la cuota mensual del proyecto Coworking Los Cristianos Hub "
    "(factura OWD-2025-3724) con efecto para la próxima renovación.\n\nSaludos,\nAyoze Hernández\n"
    "Coworking Los Cristianos Hub · Arona\n")],
    rules=[], missing=["reason"],
    spec="C3 + section 8: Optima requires a reason for cancellations too; project and invoice given, no reason: "
         "need_info reason.")

proj("Clínica Veterinaria Playa Honda", "vet@vetplayahonda.es")
owpay("es_o25", "OWD-2025-3725", "Clínica Veterinaria Playa Honda", "retainer", "6500.00", "1170.00",
      "2025-09-20T14:00:00", period_start="2025-09-20", period_end="2025-10-19",
      next_billing_at="2025-10-20T00:00:00")
case("es-o22-playa-honda-hilo-motivo", OWB, "decided", [
    M("Clínica Veterinaria Playa Honda <vet@vetplayahonda.es>", OWDTO, "cancelación mantenimiento",
      d(2025, 9, 26, 12, 0, TF),
      "Hola, queremos cancelar el mantenimiento mensual de la web de la Clínica Veterinaria Playa Honda, "
      "factura OWD-2025-3725.\nGracias\nDra. Oneida Betancort\n"),
    M("Clínica Veterinaria Playa Honda <vet@vetplayahonda.es>", OWDTO,
      "Re: cancelación mantenimiento [OWD-3722]", d(2025, 9, 30, 12, 40, TF),
      "Buenas, el motivo es que el colegio de veterinarios nos incluye una web gratis con "
      "la cuota colegial, así que no necesitamos pagar otra.\nOneida\n\n> Para tramitar la baja necesitamos "
      "el motivo. [OWD-3722]\n",
      headers={"_irt": "<owd-3722.reply@optimawebdesign.com>"})],
    [X("cancel", "2025-10-19")],
    spec="C3 thread: reason given in the answer; request time = first mail 2025-09-26 16:30 IST, at least 7 days "
         "before next_billing_at 2025-10-20: cancel effective 2025-10-19.")

proj("Ferretería El Progreso", "gerencia@ferreteriaelprogreso.hn")
owpay("es_o26", "OWD-2025-3726", "Ferretería El Progreso", "deposit", "18000.00", "3240.00", "2025-09-20T14:00:00")
case("es-o23-el-progreso-contracargo", OWB, "decided", [M(
    "Gerencia Ferretería El Progreso <gerencia@ferreteriaelprogreso.hn>", OWDTO,
    "RECLAMO deposito OWD-2025-3726", d(2025, 9, 29, 15, 0, MX),
    "Buenas tardes. Pagamos el depósito de la web de Ferretería El Progreso (OWD-2025-3726) y nunca nadie "
    "nos llamó. Queremos el reembolso completo. Si no contestan esta semana vamos a disputar el cargo con "
    "el banco y poner un contracargo.\n\nOsman Rivera\nGerente\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback / bank dispute threat: escalate (O2 alone would deny: 10 days after payment).")

case("es-o24-tokio-fuera-de-oficina", OWB, "ignore", [M(
    "Academia Sakura <escuela@academiasakura.jp>", OWDTO,
    "Fuera de la oficina / 不在通知: Re: Devolución sesión de estrategia OWD-2025-3705 [OWD-3705]", d(2025, 9, 30, 18, 5, TYO),
    "Estoy fuera de la oficina hasta el 6 de octubre. 10月6日まで不在にしております。\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-3705.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted: auto-replied (bilingual out-of-office): ignore.")

case("es-o25-dubai-presupuesto", OWB, "other", [M(
    "Yates Al Marsa Charter <bookings@almarsacharter.ae>", OWDTO, "Otra consulta: presupuesto app",
    d(2025, 9, 30, 15, 0, DXB),
    "Hola otra vez,\n\nOlvidad lo del depósito, ya lo hablé con mi socio y lo entiendo. Ahora os pregunto "
    "otra cosa: ¿hacéis apps de reservas para yates? ¿Cuánto costaría una sencilla en inglés, árabe y "
    "español?\n\nJavier\n")],
    spec="A new question for a quote; 'olvidad lo del depósito' withdraws the earlier refund: other.")


if __name__ == "__main__":
    # the cases above were written as the module ran; now the ledger and the expectations
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")
