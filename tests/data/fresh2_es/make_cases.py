#!/usr/bin/env python3
"""Fresh held-out round 2, Spanish (es). Written by QA pass qa2a from POLICY_SPEC.md alone.
MIT licence. Stdlib only, deterministic. Writes ledger.json, emails/*.eml, expected.json here."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "es"
LO = "support@leadsoptima.com"
OWD = "billing@optimawebdesign.com"
IST = timezone(timedelta(hours=5, minutes=30))
MAD = timezone(timedelta(hours=2))      # Madrid, CEST
MEX = timezone(timedelta(hours=-6))     # Ciudad de México
BOG = timezone(timedelta(hours=-5))     # Bogotá

customers, projects, payments = [], [], []
cases = []


def lo_cust(email, name, plan, start, end, status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                      "status": status, "trial_ends": trial_ends,
                      "current_period_start": start, "current_period_end": end})


def lo_pay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                     "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                     "status": status})


def owd_proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def owd_pay(pid, inv, project, kind, amount, tax, paid_at, setup_fee=None, service_start=None,
            next_billing_at=None, ps=None, pe=None, ms=None, status="paid"):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                     "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                     "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": ms})


def eml(name, frm, to, subject, when, body, html=None, headers=None, reply_to_id=None):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{name}.{LANG}@fresh2.example>"
    if reply_to_id:
        ref = f"<{reply_to_id}.{LANG}@fresh2.example>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    path = f"emails/{name}.eml"
    with open(os.path.join(HERE, path), "wb") as fh:
        fh.write(msg.as_bytes())
    return path


def case(cid, files, brand, status, decisions, spec, rules=(), missing=None, extra_ok=False,
         ambiguous=None):
    c = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


# ---------------------------------------------------------------- LeadsOptima
# 01 duplicate quarterly charge, inside window, sloppy invoice ref
lo_cust("marisol.quintero@gmail.com", "Marisol Quintero", "quarterly", "2025-09-22", "2025-12-21")
lo_pay("pay_lo_81001", "LO-INV-81001", "marisol.quintero@gmail.com", "quarterly", "4497.00", "809.46",
       "2025-09-22T08:15:00", "2025-09-22", "2025-12-21")
lo_pay("pay_lo_81002", "LO-INV-81002", "marisol.quintero@gmail.com", "quarterly", "4497.00", "809.46",
       "2025-09-22T08:16:00", "2025-09-22", "2025-12-21")
f = eml("es01-cobro-doble", "Marisol Quintero <marisol.quintero@gmail.com>", LO,
        "me cobraron dos veces el plan trimestral!!", datetime(2025, 9, 26, 11, 40, tzinfo=MAD),
        "Hola buenas,\n\nrevisando el extracto del banco veo que el lunes 22 me pasaron DOS cargos "
        "de 4.497 por el plan trimestral, uno detras de otro con un minuto de diferencia. "
        "Obviamente solo tengo una cuenta.\nEl segundo cargo es la factura lo inv 81002, "
        "os pido que me devolvais ese cargo duplicado.\n\nMuchas gracias\nMarisol\n\n"
        "Enviado desde mi iPhone")
case("f2es-01-dup-trimestral", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "approve", "amount": "4497.00"}],
     "L2 duplicate_payment ('me cobraron dos veces'); two paid quarterly charges 4497.00 same period "
     "2025-09-22; request 2025-09-26 15:10 IST = day 4 <= 7 (L3); L4 approve the later charge "
     "LO-INV-81002 amount 4497.00 before tax (C6); 'lo inv 81002' matches (sec. 8).")

# 02 access failure exactly day 7 (late evening Mexico = next day IST? no: keep IST date day 7)
lo_cust("ventas@ferreteriaelclavo.mx", "Ferretería El Clavo", "annual", "2025-09-15", "2026-09-14")
lo_pay("pay_lo_81011", "LO-INV-81011", "ventas@ferreteriaelclavo.mx", "annual", "14388.00", "2589.84",
       "2025-09-15T12:00:00", "2025-09-15", "2026-09-14")
f = eml("es02-sin-acceso-dia7", "Ventas Ferretería El Clavo <ventas@ferreteriaelclavo.mx>", LO,
        "No puedo entrar a la plataforma desde el pago", datetime(2025, 9, 22, 11, 0, tzinfo=MEX),
        "Buen dia,\n\nPagamos la anualidad (factura LO-INV-81011, plan anual) el 15 de septiembre "
        "y desde ese dia no hemos podido iniciar sesion, la pagina se queda cargando y luego "
        "marca error 500. Ya escribimos al chat dos veces y nadie lo resolvio.\n"
        "Solicitamos el reembolso de la anualidad porque no hemos tenido acceso ni un solo dia.\n\n"
        "Saludos cordiales,\nJavier Ortega\nFerreteria El Clavo S.A. de C.V.\nTel. 55 1234 5678")
case("f2es-02-sin-acceso-dia7", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "escalate"}],
     "L2 access_failure ('no hemos podido iniciar sesion'); charge 2025-09-15 IST; request "
     "2025-09-22 11:00 -06:00 = 2025-09-22 22:30 IST, day 7 -> inside (L3 'day 7 is inside'); "
     "L6 escalate, no amount.")

# 03 billing error (charged after cancelling), day 8 -> deny
lo_cust("andres.pineda.co@hotmail.com", "Andrés Pineda", "monthly", "2025-09-01", "2025-09-30",
        status="cancelled")
lo_pay("pay_lo_81021", "LO-INV-81021", "andres.pineda.co@hotmail.com", "monthly", "1299.00", "233.82",
       "2025-09-01T07:30:00", "2025-09-01", "2025-09-30")
f = eml("es03-cobro-tras-cancelar-dia8", "Andres Pineda <andres.pineda.co@hotmail.com>", LO,
        "Cobro indebido", datetime(2025, 9, 9, 9, 5, tzinfo=BOG),
        "Buenos dias\n\nYo cancele mi plan mensual en agosto y aun asi el 1 de septiembre me "
        "cobraron $1.299 (factura LO-INV-81021). Es un cobro despues de cancelar, exijo que me "
        "reembolsen ese valor.\n\nAtentamente,\nAndrés Pineda\nBogotá, Colombia")
case("f2es-03-cobro-tras-cancelar-dia8", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "L2 billing_error ('me cobraron despues de cancelar'); charge 2025-09-01 IST (day 0); request "
     "2025-09-09 09:05 -05:00 = 2025-09-09 19:35 IST = day 8 > 7 -> L3 deny (window before L5).")

# 04 changed mind, asks for rest of month -> deny L1
lo_cust("nerea.azkue@outlook.es", "Nerea Azkue", "monthly", "2025-09-12", "2025-10-11")
lo_pay("pay_lo_81031", "LO-INV-81031", "nerea.azkue@outlook.es", "monthly", "1299.00", "233.82",
       "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
f = eml("es04-cambio-de-opinion", "Nerea Azkue <nerea.azkue@outlook.es>", LO,
        "Devolución parte proporcional", datetime(2025, 9, 16, 17, 20, tzinfo=MAD),
        "Hola,\n\nal final hemos contratado otra herramienta para el CRM y la vuestra ya no la "
        "usamos. Os pido la devolucion de los dias que quedan del mes (factura LO-INV-81031, "
        "plan mensual), no tiene sentido pagar algo que no voy a usar.\n\nUn saludo,\nNerea\n\n"
        "--\nEste mensaje y sus adjuntos son confidenciales. Si lo ha recibido por error, "
        "notifíquelo al remitente y elimínelo.")
case("f2es-04-cambio-de-opinion", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "L1: reason 'ya no la usamos / dias que quedan' is not an exception (L2); deny, cancellation "
     "offered in the reply (clause 2 no partial refunds). Request day 4, window irrelevant.")

# 05 negation: no refund, just cancel; period end from ledger
lo_cust("contacto@estudiolumbre.com.ar", "Estudio Lumbre", "quarterly", "2025-09-01", "2025-11-30")
lo_pay("pay_lo_81041", "LO-INV-81041", "contacto@estudiolumbre.com.ar", "quarterly", "4497.00",
       "809.46", "2025-09-01T09:00:00", "2025-09-01", "2025-11-30")
f = eml("es05-no-reembolso-solo-cancelar", "Estudio Lumbre <contacto@estudiolumbre.com.ar>", LO,
        "Baja del plan", datetime(2025, 9, 24, 10, 15, tzinfo=timezone(timedelta(hours=-3))),
        "Hola qué tal,\n\nles escribo para darnos de baja. No quiero reembolso ni nada, solo que "
        "cancelen la suscripcion trimestral para que no se renueve; cerramos el estudio a fin "
        "de año.\n\nGracias!\nSofi\nEstudio Lumbre - Rosario")
case("f2es-05-no-reembolso-solo-cancelar", [f], "leadsoptima", "decided",
     [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-11-30"}],
     "Sec. 8 negation: 'No quiero reembolso' adds no refund intent; L8 cancel, effective "
     "current_period_end 2025-11-30 from the ledger.")

# 06 cancel, no current_period_end -> fallback last charge + 1 month - 1 day; HTML only
lo_cust("gestion@clinicadentalriva.es", "Clínica Dental Riva", "monthly", None, None)
lo_pay("pay_lo_81050", "LO-INV-81050", "gestion@clinicadentalriva.es", "monthly", "1299.00", "233.82",
       "2025-08-18T09:30:00", "2025-08-18", "2025-09-17")
lo_pay("pay_lo_81051", "LO-INV-81051", "gestion@clinicadentalriva.es", "monthly", "1299.00", "233.82",
       "2025-09-18T09:30:00", "2025-09-18", "2025-10-17")
f = eml("es06-cancelar-html", "Gestión Clínica Riva <gestion@clinicadentalriva.es>", LO,
        "Cancelación suscripción", datetime(2025, 9, 29, 13, 2, tzinfo=MAD), None,
        html="<html><body><p>Buenas tardes:</p><p>Por la presente solicitamos la <b>cancelación"
             "</b> de nuestra suscripción mensual a LeadsOptima. El motivo es que la clínica "
             "cambia de software de gestión y ya no necesitaremos la integración.</p>"
             "<p>Quedamos a la espera de confirmación.</p><p>Atentamente,<br>Departamento de "
             "Gestión<br><i>Clínica Dental Riva</i> · C/ Mayor 12, Logroño</p></body></html>")
case("f2es-06-cancelar-html", [f], "leadsoptima", "decided",
     [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-10-17"}],
     "L8 cancel; ledger current_period_end is null, so last charge 2025-09-18 + 1 month - 1 day = "
     "2025-10-17 (the payment's period_end agrees).")

# 07 C2: writes from personal gmail, names another registered email
lo_cust("rrhh@grupotaray.es", "Grupo Taray", "annual", "2025-09-25", "2026-09-24")
lo_pay("pay_lo_81061", "LO-INV-81061", "rrhh@grupotaray.es", "annual", "14388.00", "2589.84",
       "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
lo_pay("pay_lo_81062", "LO-INV-81062", "rrhh@grupotaray.es", "annual", "14388.00", "2589.84",
       "2025-09-25T10:03:00", "2025-09-25", "2026-09-24")
f = eml("es07-desde-gmail", "Pilar Taray <pilartaray77@gmail.com>", LO,
        "Cargo duplicado plan anual", datetime(2025, 9, 27, 20, 45, tzinfo=MAD),
        "Hola, os escribo desde mi correo personal porque el del trabajo no me va hoy.\n"
        "La cuenta registrada es rrhh@grupotaray.es, plan anual. Nos habéis cobrado la "
        "anualidad dos veces el dia 25 (la segunda factura es LO-INV-81062). Por favor "
        "devolvednos el cobro duplicado.\n\nPilar")
case("f2es-07-desde-gmail", [f], "leadsoptima", "need_info",
     [],
     "C2: sender pilartaray77@gmail.com is not the registered email rrhh@grupotaray.es it names; "
     "the draft asks for the request from the address on record and discloses nothing -> need_info "
     "with C2 (sec. 7: rules holds C2 when the sender is not the address on record).",
     rules=["C2"])

# 08 out-of-office auto reply
f = eml("es08-fuera-oficina", "Lorena Gil <lorena.gil@inmobiliariasur.es>", LO,
        "Respuesta automática: Re: Su factura de LeadsOptima", datetime(2025, 9, 29, 8, 0, tzinfo=MAD),
        "Hola,\n\nEstoy fuera de la oficina hasta el 6 de octubre sin acceso al correo. Para temas "
        "de facturación o si necesitan un reembolso urgente, escriban a administracion@"
        "inmobiliariasur.es.\n\nUn saludo,\nLorena Gil",
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
case("f2es-08-fuera-oficina", [f], "leadsoptima", "ignore", [],
     "C7: Auto-Submitted: auto-replied -> ignore, never answered (the word 'reembolso' is not a request).",
     rules=["C7"])

# 09 hypothetical before buying -> other
f = eml("es09-hipotetico", "Tomás Herrera <tomasherrera.consultor@yahoo.es>", LO,
        "Duda antes de contratar", datetime(2025, 9, 23, 12, 30, tzinfo=MAD),
        "Buenas,\n\nestoy pensando en contratar el plan anual pero me da un poco de miedo. Si "
        "despues de pagar veo que no me sirve para mi negocio, ¿me devolveriais el dinero? ¿Y "
        "teneis periodo de prueba?\n\nGracias de antemano,\nTomás Herrera\nConsultor")
case("f2es-09-hipotetico", [f], "leadsoptima", "other", [],
     "Sec. 8: 'would I get a refund if...' before buying is a policy question; no request, no "
     "ledger record -> other.")

# ---------------------------------------------------------------- Optima WebDesign
# 10 deposit within 72h, no work started -> approve
owd_proj("Panadería Doña Remedios", "pedidos@panaderiaremedios.es", None)
owd_pay("pay_owd_8110", "OWD-2025-8110", "Panadería Doña Remedios", "deposit", "35000.00", "6300.00",
        "2025-09-24T11:00:00")
f = eml("es10-anticipo-48h", "Remedios Calvo <pedidos@panaderiaremedios.es>", OWD,
        "Refund Request — Panadería Doña Remedios / OWD-2025-8110", datetime(2025, 9, 26, 10, 0, tzinfo=MAD),
        "Hola equipo de Optima,\n\nel miércoles pagamos el anticipo de 35.000 (factura "
        "OWD-2025-8110) para la web de la Panadería Doña Remedios. Mi socio y yo hemos decidido "
        "aplazar el proyecto porque vamos a traspasar el local, así que os pedimos la devolución "
        "del anticipo. Todavía no habéis empezado nada, que sepamos.\n\nGracias y perdón por las "
        "molestias,\nRemedios")
case("f2es-10-anticipo-48h", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "approve", "amount": "35000.00"}],
     "O2 deposit paid 2025-09-24 11:00 IST; request 2025-09-26 10:00 +02:00 = 13:30 IST = 50.5 h "
     "< 72 h, work_started_at null -> approve 35000.00 before tax (C6).")

# 11 hosting annual within 14 days -> approve O5
owd_proj("Viveros Los Almendros", "admin@viveroslosalmendros.com", "2025-09-20T10:00:00")
owd_pay("pay_owd_8111", "OWD-2025-8111", "Viveros Los Almendros", "hosting_annual", "18000.00",
        "3240.00", "2025-09-19T16:00:00", setup_fee="2400.00", service_start="2025-09-20")
f = eml("es11-hosting-anual", "Admin Viveros <admin@viveroslosalmendros.com>", OWD,
        "devolución hosting anual", datetime(2025, 9, 29, 18, 10, tzinfo=MAD),
        "Hola,\nOs escribo por el hosting anual del proyecto Viveros Los Almendros (OWD-2025-8111, "
        "18.000,00 + IVA). Nos ha salido un proveedor en la propia cooperativa que nos lo da "
        "gratis, así que queremos la devolucion de lo que corresponda segun vuestra politica.\n\n"
        "Saludos\nEmilio - Viveros Los Almendros")
case("f2es-11-hosting-anual", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "approve", "amount": "14300.00"}],
     "O5 hosting_annual service_start 2025-09-20; request 2025-09-29 21:40 IST = day 9 <= 14; "
     "monthly_value = (18000 - 2400)/12 = 1300.00; consumed_months 1; refund = 18000 - 2400 - "
     "1300 = 14300.00. A cancellation decision is tolerated (refund ends the plan).",
     extra_ok=True)

# 12 retainer, less than 7 days notice -> next cycle billed
owd_proj("Ruta Sabores Oaxaca", "marketing@rutasaboresoax.mx", "2025-06-05T10:00:00")
owd_pay("pay_owd_8112", "OWD-2025-8112", "Ruta Sabores Oaxaca", "retainer", "25000.00", "4500.00",
        "2025-09-05T09:00:00", next_billing_at="2025-10-05", ps="2025-09-05", pe="2025-10-04")
f = eml("es12-iguala-aviso-corto", "Marketing Ruta Sabores <marketing@rutasaboresoax.mx>", OWD,
        "Cancelar iguala mensual", datetime(2025, 9, 30, 9, 0, tzinfo=MEX),
        "Que tal,\n\nQueremos cancelar la iguala mensual de mantenimiento y redes del proyecto Ruta "
        "Sabores Oaxaca (ultima factura OWD-2025-8112). La razon: a partir de octubre lo lleva "
        "una persona de planta que contratamos.\n\nQuedo atento,\nRodrigo Méndez\nGerente de "
        "Marketing")
case("f2es-12-iguala-aviso-corto", [f], "optima_webdesign", "decided",
     [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-11-04"}],
     "O4/O8 retainer next_billing_at 2025-10-05; 7-day notice needs request on or before "
     "2025-09-28; request 2025-09-30 20:30 IST -> late: next cycle 2025-10-05..2025-11-04 billed, "
     "effective_date 2025-11-04.",
     ambiguous="The next cycle's end assumes the retainer cycle is one month like the current "
               "period (2025-09-05..2025-10-04); the ledger has no explicit cycle length.")

# 13 chargeback threat -> escalate C4
owd_proj("Hostal Mirador del Sella", "reservas@miradordelsella.es", "2025-07-01T10:00:00")
owd_pay("pay_owd_8113", "OWD-2025-8113", "Hostal Mirador del Sella", "milestone", "40000.00",
        "7200.00", "2025-09-10T12:00:00", ms="completed")
f = eml("es13-contracargo", "Reservas Mirador del Sella <reservas@miradordelsella.es>", OWD,
        "RECLAMACIÓN factura OWD-2025-8113", datetime(2025, 9, 25, 19, 30, tzinfo=MAD),
        "Buenas tardes,\n\nEl diseño entregado en el hito 2 del proyecto Hostal Mirador del Sella "
        "no tiene nada que ver con lo que pedimos y el motor de reservas no funciona. Quiero la "
        "devolución de los 40.000 de la factura OWD-2025-8113. Si en una semana no tengo "
        "respuesta, pediré al banco el contracargo de la tarjeta y lo pondré en manos de mi "
        "abogado.\n\nÁngel Suárez\nHostal Mirador del Sella")
case("f2es-13-contracargo", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "escalate"}],
     "C4: chargeback ('contracargo') and lawyer threat -> escalate whatever O3 would say "
     "(milestone completed).", rules=["C4"])

# 14 domain renewal forwarded by the contract owner -> deny O6
owd_proj("Academia Idiomas Babel", "direccion@academiababel.es", "2025-03-01T10:00:00")
owd_pay("pay_owd_8114", "OWD-2025-8114", "Academia Idiomas Babel", "third_party", "1800.00", "324.00",
        "2025-09-21T10:00:00")
f = eml("es14-rv-dominio", "Dirección Academia Babel <direccion@academiababel.es>", OWD,
        "RV: Renovación dominio academiababel.es", datetime(2025, 9, 23, 9, 45, tzinfo=MAD),
        "Hola, os reenvío el aviso. No queríamos renovar ese dominio, ya nos hemos pasado al .com "
        "hace meses, así que por favor devolvednos los 1.800 de la factura OWD-2025-8114 del "
        "proyecto Academia Idiomas Babel.\n\nMercedes\n\n"
        "________________________________\n"
        "De: Optima WebDesign <billing@optimawebdesign.com>\n"
        "Enviado: domingo, 21 de septiembre de 2025 10:02\n"
        "Para: direccion@academiababel.es\n"
        "Asunto: Renovación dominio academiababel.es\n\n"
        "Hemos renovado el dominio academiababel.es por 12 meses. Factura OWD-2025-8114.\n")
case("f2es-14-rv-dominio", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "Forward (RV:) from the contract email itself, read for the request it carries; payment kind "
     "third_party (domain) -> O6 never refundable, deny. Sender = contract email, so no C2.")

# 15 thread: milestone not started, invoice missing then given -> approve O3
owd_proj("Cervecería La Tribu", "hola@cervecerialatribu.com", "2025-08-01T10:00:00")
owd_pay("pay_owd_8115", "OWD-2025-8115", "Cervecería La Tribu", "milestone", "22000.00", "3960.00",
        "2025-09-15T10:00:00", ms="not_started")
f1 = eml("es15a-hito-sin-factura", "Cervecería La Tribu <hola@cervecerialatribu.com>", OWD,
         "Reembolso hito tienda online", datetime(2025, 9, 27, 12, 0, tzinfo=MAD),
         "Hola!\n\nDel proyecto Cervecería La Tribu, pagamos por adelantado el hito 3 (la tienda "
         "online) pero al final vamos a vender solo en bares y no la vamos a necesitar. Como "
         "todavía no habéis empezado ese hito, ¿nos podéis devolver lo pagado?\n\nSalud!\nIker")
f2 = eml("es15b-hito-respuesta", "Cervecería La Tribu <hola@cervecerialatribu.com>", OWD,
         "Re: Reembolso hito tienda online", datetime(2025, 9, 28, 10, 30, tzinfo=MAD),
         "Perdón, se me olvidó: la factura es owd 2025 8115.\n\nIker\n\n"
         "El sáb, 27 sept 2025 a las 12:00, Cervecería La Tribu escribió:\n"
         "> Del proyecto Cervecería La Tribu, pagamos por adelantado el hito 3...",
         reply_to_id="es15a-hito-sin-factura")
case("f2es-15-hito-hilo", [f1, f2], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "approve", "amount": "22000.00"}],
     "C3: first email lacks invoice_number (asked), the reply (In-Reply-To) gives 'owd 2025 8115' "
     "= OWD-2025-8115 (sec. 8 matching); O3 milestone not_started -> approve its amount 22000.00.")

# 16 discovery with session already held -> deny O1
owd_proj("Fundación Manos Abiertas", "info@manosabiertas.org.co", "2025-09-18T15:00:00")
owd_pay("pay_owd_8116", "OWD-2025-8116", "Fundación Manos Abiertas", "discovery", "15000.00",
        "2700.00", "2025-09-16T10:00:00")
f = eml("es16-discovery-iniciado", "Fundación Manos Abiertas <info@manosabiertas.org.co>", OWD,
        "Solicitud de devolución - sesión de descubrimiento", datetime(2025, 9, 24, 8, 30, tzinfo=BOG),
        None,
        html="<div dir='ltr'><p>Cordial saludo,</p><p>Pagamos la fase de descubrimiento "
             "(factura <b>OWD-2025-8116</b>) del proyecto <b>Fundación Manos Abiertas</b>. Ya "
             "tuvimos la primera reunión el 18, pero la junta directiva decidió no seguir con el "
             "rediseño este año por recortes de presupuesto. Solicitamos el reembolso total.</p>"
             "<p>Muchas gracias por su atención.</p><p>--<br>Luz Marina Rojas<br>Coordinadora "
             "administrativa</p></div>")
case("f2es-16-discovery-iniciado", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "O1 discovery: work_started_at 2025-09-18 15:00 IST is before the request "
     "(2025-09-24 19:00 IST), a session has started -> deny.")

# 17 retainer cancellation with no reason -> need_info reason
owd_proj("Talleres Mecánicos Ibarra", "oficina@talleresibarra.es", "2025-05-01T10:00:00")
owd_pay("pay_owd_8117", "OWD-2025-8117", "Talleres Mecánicos Ibarra", "retainer", "12000.00",
        "2160.00", "2025-09-20T09:00:00", next_billing_at="2025-10-20", ps="2025-09-20", pe="2025-10-19")
f = eml("es17-cancelar-sin-motivo", "Oficina Talleres Ibarra <oficina@talleresibarra.es>", OWD,
        "Cancelación", datetime(2025, 9, 26, 11, 0, tzinfo=MAD),
        "Buenos días,\n\nSolicito la cancelación del mantenimiento mensual del proyecto Talleres "
        "Mecánicos Ibarra, factura OWD-2025-8117.\n\nUn saludo.\n\n--\nTalleres Mecánicos Ibarra "
        "S.L. · Polígono Industrial Arazuri, nave 4 · 31170 Navarra\nAVISO LEGAL: Este mensaje "
        "puede contener información confidencial.")
case("f2es-17-cancelar-sin-motivo", [f], "optima_webdesign", "need_info", [],
     "Sec. 8 'What a reason is': Optima requires a reason for cancellations too; greeting, "
     "signature and legal notice are not reasons; contract email, project and invoice given -> "
     "need_info missing [reason].", missing=["reason"])

# ---------------------------------------------------------------- write
with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
    json.dump({"customers": customers, "projects": projects, "payments": payments}, fh,
              ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump({"cases": cases}, fh, ensure_ascii=False, indent=1)
print(len(cases), "cases")
