#!/usr/bin/env python3
"""Held-out round fresh19 (es): writes ledger.json, emails/*.eml and expected.json beside itself.
Stdlib only, deterministic. MIT, like the project; all text written for this project."""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
EM = HERE / "emails"
LO = "support@leadsoptima.com"
OW = "optimawebdesigns12@gmail.com"
LOB, OWB = "leadsoptima", "optima_webdesign"
A = ("11988.00", "2157.84")
Q = ("3999.00", "719.82")
M = ("1499.00", "269.82")
customers, projects, payments, cases = [], [], [], []


def cust(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    customers.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, paid_at, ps, pe, status="paid"):
    amt, tax = {"annual": A, "quarterly": Q, "monthly": M}[plan]
    payments.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": amt, "tax": tax, "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    projects.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, currency="INR", **kw):
    p = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
         "tax": tax, "currency": currency, "paid_at": paid_at, "status": "paid", "setup_fee": None,
         "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
         "milestone_status": None}
    p.update(kw)
    payments.append(p)


def dt(s, off):
    """'2025-09-22 21:40' in the sender's UTC offset ('-06:00')."""
    sign = -1 if off[0] == "-" else 1
    h, m = off[1:].split(":")
    tz = timezone(sign * timedelta(hours=int(h), minutes=int(m)))
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def mail(fn, frm, to, subj, when, off, body=None, html=None, headers=(), reply=None, reply_to=None, cc=None):
    """Write emails/<fn>.eml; returns (file, message-id, references) for threading."""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subj
    m["Date"] = format_datetime(dt(when, off))
    mid = f"<{fn}-fresh19@{frm.split('@')[-1].strip('> ')}>"
    m["Message-ID"] = mid
    refs = []
    if reply:
        refs = reply[2] + [reply[1]]
        m["In-Reply-To"] = reply[1]
        m["References"] = " ".join(refs)
    for k, v in headers:
        m[k] = v
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    EM.mkdir(exist_ok=True)
    (EM / f"{fn}.eml").write_bytes(m.as_bytes(policy=SMTP))
    return (f"emails/{fn}.eml", mid, refs)


def our(fn, subj, when, reply):
    """Our own request for details (not a case file; only its Message-ID is used for threading)."""
    return (None, f"<{fn}-fresh19@leadsoptima.com>", reply[2] + [reply[1]])


def case(cid, brand, files, status, _unused=None, *, spec, rules=(), decisions=(), **kw):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": [f for f in files if f], "brand": brand,
         "status": status, "rules": list(rules), "decisions": [dict(d) for d in decisions], "spec": spec}
    c.update(kw)
    cases.append(c)


def ref(amount=None):
    return {"intent": "refund", "outcome": "approve", "amount": amount}


def rd(outcome):
    return {"intent": "refund", "outcome": outcome, "amount": None}


def cn(date, outcome="cancel"):
    d = {"intent": "cancellation", "outcome": outcome}
    if date:
        d["effective_date"] = date
    return d


def finish():
    (HERE / "ledger.json").write_text(json.dumps(
        {"customers": customers, "projects": projects, "payments": payments}, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases, {len(list(EM.glob('*.eml')))} emails")


def dsn(fn, frm, to, subj, when, off, text, rcpt):
    """A delivery-status report (RFC 3464) from the mailer daemon, parsed into an EmailMessage."""
    from email.parser import BytesParser
    host = frm.split("@")[-1].strip("> ")
    raw = (f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {format_datetime(dt(when, off))}\n"
           f"Message-ID: <{fn}-fresh19@{host}>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
           'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn19"\n\n'
           "--dsn19\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
           f"{text}\n--dsn19\nContent-Type: message/delivery-status\n\n"
           f"Reporting-MTA: dns; {host}\n\nFinal-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\n\n"
           "--dsn19--\n")
    m = BytesParser(policy=SMTP).parsebytes(raw.encode("utf-8"))
    del m["Subject"]
    m["Subject"] = subj
    EM.mkdir(exist_ok=True)
    (EM / f"{fn}.eml").write_bytes(m.as_bytes(policy=SMTP))
    return (f"emails/{fn}.eml", f"<{fn}-fresh19@{host}>", [])
LANG = "es"

# ---------------------------------------------------------------- LeadsOptima
# l01 duplicate, CDMX (-06:00), dictated on the phone, no punctuation
cust("rodrigo.salinas.mtz@outlook.com", "Rodrigo Salinas", "monthly", "2025-09-20", "2025-10-19")
lopay("es_p01a", "LO-INV-70211", "rodrigo.salinas.mtz@outlook.com", "monthly", "2025-09-20T20:45:00", "2025-09-20", "2025-10-19")
lopay("es_p01b", "LO-INV-70212", "rodrigo.salinas.mtz@outlook.com", "monthly", "2025-09-20T20:46:00", "2025-09-20", "2025-10-19")
f = mail("l01-cobro-doble-dictado", "Rodrigo Salinas <rodrigo.salinas.mtz@outlook.com>", LO, "cobro doble",
         "2025-09-22 21:40", "-06:00",
         "hola buenas noches me cobraron dos veces la mensualidad de leadsoptima el sabado en mi estado de cuenta "
         "salen dos cargos de 1,768.82 pesos no pesos rupias bueno lo que sea los dos el mismo dia el segundo es la "
         "factura LO-INV-70212 plan mensual porfa regresenme uno de los dos gracias\n\nEnviado desde mi iPhone\n")
case("l01-cobro-doble-dictado", LOB, [f[0]], "decided", [],
     decisions=[ref("1499.00")],
     spec="L2/L4: two paid monthly charges 2025-09-20 same period; email 2025-09-23 09:10 IST = day 3 (L3); refund the duplicate's amount before tax 1499.00 (C6).")

# l02 duplicate on day 7 exactly (Madrid +02:00 evening = 23:25 IST), formal letter
cust("jgarciabellido@despachogarcia.es", "Javier García Bellido", "annual", "2025-09-03", "2026-09-02")
lopay("es_p02a", "LO-INV-70301", "jgarciabellido@despachogarcia.es", "annual", "2025-09-03T18:30:00", "2025-09-03", "2026-09-02")
lopay("es_p02b", "LO-INV-70302", "jgarciabellido@despachogarcia.es", "annual", "2025-09-03T18:31:00", "2025-09-03", "2026-09-02")
f = mail("l02-duplicado-dia7", "Javier García Bellido <jgarciabellido@despachogarcia.es>", LO,
         "Cargo duplicado en la cuota anual – factura LO-INV-70302", "2025-09-10 19:55", "+02:00",
         "Muy señores míos:\n\nMe dirijo a ustedes en relación con la renovación anual de nuestra cuenta (plan anual). "
         "Revisando los movimientos de la tarjeta de empresa he comprobado que el día 3 de septiembre se nos cargó "
         "el importe de la cuota en dos ocasiones, con apenas un minuto de diferencia (14.145,84 INR cada cargo). "
         "Entiendo que se trata de un cargo duplicado, por lo que les ruego procedan a la devolución del segundo, "
         "correspondiente a la factura LO-INV-70302.\n\nSin otro particular, reciban un cordial saludo.\n\n"
         "Javier García Bellido\nSocio director\nDespacho García Bellido Asesores, S.L.P.\nC/ Alcalá 112, 3.º izda. 28009 Madrid\n\n"
         "Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario. Si usted lo ha recibido "
         "por error, le rogamos lo comunique al remitente y proceda a su destrucción. En cumplimiento del RGPD, le "
         "informamos de que sus datos serán tratados por Despacho García Bellido Asesores, S.L.P.\n")
case("l02-duplicado-dia7", LOB, [f[0]], "decided", [], decisions=[ref("11988.00")],
     spec="L3 day 7 is inside: charge 2025-09-03 IST, email 2025-09-10 19:55 +02:00 = 23:25 IST, local date 09-10 = day 7; L4 pair, refund 11988.00 before tax.")

# l03 duplicate, Monterrey -06:00 evening pushes the request to day 8 in IST
cust("compras@refaccionariadelnorte.com.mx", "Refaccionaria del Norte", "quarterly", "2025-09-10", "2025-12-09")
lopay("es_p03a", "LO-INV-70351", "compras@refaccionariadelnorte.com.mx", "quarterly", "2025-09-10T20:30:00", "2025-09-10", "2025-12-09")
lopay("es_p03b", "LO-INV-70352", "compras@refaccionariadelnorte.com.mx", "quarterly", "2025-09-10T20:32:00", "2025-09-10", "2025-12-09")
f = mail("l03-doble-dia8-zona", "Compras Refaccionaria del Norte <compras@refaccionariadelnorte.com.mx>", LO,
         "Reclamo cobro duplicado plan trimestral", "2025-09-17 19:00", "-06:00",
         "Buenas tardes,\n\nLes escribo porque el día 10 nos aplicaron dos cargos por el plan trimestral, facturas "
         "LO-INV-70351 y LO-INV-70352. Estamos dentro de los 7 días que marca su política (hoy es 17), así que "
         "solicitamos el reembolso del cargo duplicado (LO-INV-70352).\n\nSaludos,\nLic. Mariana Treviño\nDepto. de Compras\n")
case("l03-doble-dia8-zona", LOB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="L3: charge 2025-09-10 IST; email 2025-09-17 19:00 -06:00 = 2025-09-18 06:30 IST, day 8 > 7: deny (the customer counts in local time).")

# l04 three identical charges, Buenos Aires, voseo
cust("nico.peralta.dg@gmail.com", "Nicolás Peralta", "monthly", "2025-09-14", "2025-10-13")
for i, t in enumerate(["10:00", "10:01", "10:03"]):
    lopay(f"es_p04{'abc'[i]}", f"LO-INV-7040{i+1}", "nico.peralta.dg@gmail.com", "monthly", f"2025-09-14T{t}:00", "2025-09-14", "2025-10-13")
f = mail("l04-tres-cobros", "Nico Peralta <nico.peralta.dg@gmail.com>", LO, "me cobraron TRES veces???",
         "2025-09-15 11:20", "-03:00",
         "Hola che, cómo va. Les cuento: ayer fui a pagar el plan mensual, la página se colgó, le di a pagar de nuevo "
         "y ahora veo en el resumen de la tarjeta que me debitaron tres veces lo mismo. Tres! Las facturas que me "
         "llegaron son LO-INV-70401, LO-INV-70402 y LO-INV-70403. Obvio quiero que me devuelvan las dos que sobran "
         "(70402 y 70403), la primera dejenla que el servicio lo uso.\n\nAbrazo,\nNico\n")
case("l04-tres-cobros", LOB, [f[0]], "decided", [], decisions=[ref("2998.00")],
     spec="Section 8 three identical charges: the 2nd and 3rd are duplicates, both on day 1 (2025-09-15 19:50 IST); refund 2 x 1499.00 = 2998.00.")

# l05 claims double charge, ledger holds only one -> escalate
cust("dianacrojas@une.net.co", "Diana Carolina Rojas", "monthly", "2025-09-25", "2025-10-24")
lopay("es_p05", "LO-INV-70501", "dianacrojas@une.net.co", "monthly", "2025-09-25T08:40:00", "2025-09-25", "2025-10-24")
f = mail("l05-doble-sin-par", "Diana Carolina Rojas <dianacrojas@une.net.co>", LO, "Cobro doble",
         "2025-09-26 07:15", "-05:00",
         "Buenos días señores de LeadsOptima,\n\nMe permito informarles que en mi extracto de Bancolombia aparece "
         "dos veces el cobro de la suscripción mensual, el de la factura LO-INV-70501 y otro igualito. Les agradezco "
         "la devolución de lo que me cobraron doble.\n\nMil gracias, feliz día\nDiana Carolina\n")
case("l05-doble-sin-par", LOB, [f[0]], "decided", [], decisions=[rd("escalate")],
     spec="L4: duplicate claimed inside the window (day 1) but the ledger has one paid charge only: escalate, no amount.")

# l06 charged after cancelling, Lima
cust("giancarlo.quispe@pucp.edu.pe", "Giancarlo Quispe", "monthly", "2025-09-21", "2025-10-20", status="cancelled")
lopay("es_p06", "LO-INV-70601", "giancarlo.quispe@pucp.edu.pe", "monthly", "2025-09-21T19:00:00", "2025-09-21", "2025-10-20")
f = mail("l06-cobro-tras-baja", "Giancarlo Quispe <giancarlo.quispe@pucp.edu.pe>", LO,
         "Cobro luego de haber cancelado", "2025-09-23 16:45", "-05:00",
         "Estimados:\n\nYo cancelé mi plan mensual a fines de agosto (tengo el correo de confirmación) y aun así el 21 "
         "me han cobrado la factura LO-INV-70601. O sea me cobraron después de cancelar. Pido por favor la "
         "devolución de ese monto.\n\nQuedo atento,\nGiancarlo\n")
case("l06-cobro-tras-baja", LOB, [f[0]], "decided", [], decisions=[rd("escalate")],
     spec="L2 billing_error ('charged after I cancelled') inside the window (charge 2025-09-21 19:00 IST, email 2025-09-24 03:15 IST = day 3): L5 escalate, charge LO-INV-70601.")

# l07 wrong plan, Santiago (-03:00 after DST start)
cust("fcontreras@agenciaaustral.cl", "Francisca Contreras", "annual", "2025-09-24", "2026-09-23")
lopay("es_p07", "LO-INV-70701", "fcontreras@agenciaaustral.cl", "annual", "2025-09-24T13:10:00", "2025-09-24", "2026-09-23")
f = mail("l07-plan-equivocado", "Francisca Contreras <fcontreras@agenciaaustral.cl>", LO,
         "cobro plan anual en vez de mensual", "2025-09-25 09:05", "-03:00",
         "Hola!\nOjo que me cobraron el plan anual y yo tengo el mensual, nunca hice el cambio. Es la boleta "
         "LO-INV-70701, son como 14 lucas en rupias jaja no sé, pero es harto más de lo que pago siempre. "
         "Me pueden devolver esa plata y cobrarme lo que corresponde?\n\nSaludos,\nFran\n--\nFrancisca Contreras | Agencia Austral\n")
case("l07-plan-equivocado", LOB, [f[0]], "decided", [], decisions=[rd("escalate")],
     spec="L2 billing_error (charged for the wrong plan) on day 1: L5 escalate with LO-INV-70701.")

# l08 access failure, Miami Spanglish
cust("yesenia.morales305@yahoo.com", "Yesenia Morales", "monthly", "2025-09-26", "2025-10-25")
lopay("es_p08", "LO-INV-70801", "yesenia.morales305@yahoo.com", "monthly", "2025-09-26T19:30:00", "2025-09-26", "2025-10-25")
f = mail("l08-no-puedo-entrar", "Yesenia Morales <yesenia.morales305@yahoo.com>", LO, "Re: tu pago fue recibido",
         "2025-09-29 14:12", "-04:00",
         "Hi, ok so desde el update del viernes no puedo hacer login, me sale un error rojo y el dashboard no carga. "
         "Ya borre cookies, probe en Chrome y en el phone, nothing. Pagué el mensual el 26 (invoice LO-INV-70801) y no "
         "he podido usar nada, so I want my money back please.\n\nThanks\nYesi\n",
         reply=(None, "<receipt-LO-INV-70801@leadsoptima.com>", []))
case("l08-no-puedo-entrar", LOB, [f[0]], "decided", [], decisions=[rd("escalate")],
     spec="L2 access_failure (cannot log in, dashboard not loading) on day 3 (2025-09-29 23:42 IST): L6 escalate.")

# l09 access failure, too late
cust("mjose.ibarra@gmail.com", "María José Ibarra", "quarterly", "2025-08-30", "2025-11-29")
lopay("es_p09", "LO-INV-70901", "mjose.ibarra@gmail.com", "quarterly", "2025-08-30T12:00:00", "2025-08-30", "2025-11-29")
f = mail("l09-acceso-fuera-plazo", "María José Ibarra <mjose.ibarra@gmail.com>", LO, "sin acceso desde hace semanas",
         "2025-09-12 10:30", "+02:00",
         "Hola,\n\nllevo sin poder acceder a la plataforma desde primeros de mes, se queda cargando y no carga nunca. "
         "Pagué el trimestre el 30 de agosto (LO-INV-70901). Quiero que me devolváis el dinero, no he podido usarlo ni un día.\n\n"
         "Un saludo\nMaría José\n")
case("l09-acceso-fuera-plazo", LOB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="L2 access_failure but L3: charge 2025-08-30, email 2025-09-12 = day 13 > 7: deny.")

# l10 changed mind
cust("lupita.hdz.gdl@hotmail.com", "Guadalupe Hernández", "monthly", "2025-09-27", "2025-10-26")
lopay("es_p10", "LO-INV-71001", "lupita.hdz.gdl@hotmail.com", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
f = mail("l10-ya-no-lo-uso", "Lupita Hernandez <lupita.hdz.gdl@hotmail.com>", LO, "devolucion",
         "2025-09-28 12:03", "-06:00",
         "q tal, la verdad ya no lo voy a usar, mi jefe decidio q mejor no, asi q devuelvanme lo de este mes "
         "(factura LO-INV-71001). gracias\n")
case("l10-ya-no-lo-uso", LOB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="L1: 'no longer going to use it' is not an L2 exception: deny (cancellation offered in the reply); no cancellation asked.")

# l11 too expensive + cancel, annual
cust("martin.gorostiaga@estudiomg.com.ar", "Martín Gorostiaga", "annual", "2025-09-05", "2026-09-04")
lopay("es_p11", "LO-INV-71101", "martin.gorostiaga@estudiomg.com.ar", "annual", "2025-09-05T15:00:00", "2025-09-05", "2026-09-04")
f = mail("l11-caro-y-baja", "Martín Gorostiaga <martin.gorostiaga@estudiomg.com.ar>", LO,
         "Baja y reintegro", "2025-09-08 18:20", "-03:00",
         "Buenas,\n\nCon el dólar como está se nos fue de las manos el costo, la verdad es carísimo para nosotros. "
         "Necesito dar de baja la suscripción anual y que me reintegren lo cobrado el 5 (LO-INV-71101).\n\n"
         "Saludos cordiales,\nMartín Gorostiaga\nEstudio MG – Contadores Públicos\n")
case("l11-caro-y-baja", LOB, [f[0]], "decided", [],
     decisions=[rd("deny"), cn("2026-09-04")],
     spec="L1: too expensive is not an exception (deny, though on day 4: email 2025-09-09 02:50 IST); L8: cancel, active until current_period_end 2026-09-04.")

# l12 free trial asks for a refund
cust("sofia.valdivia.r@gmail.com", "Sofía Valdivia", "monthly", status="trial", trial_ends="2025-10-04")
f = mail("l12-prueba-gratis", "Sofía Valdivia <sofia.valdivia.r@gmail.com>", LO, "reembolso prueba",
         "2025-09-24 20:10", "-05:00",
         "Hola, estoy en la prueba gratis del plan mensual y no me convenció, no encontré los leads que buscaba. "
         "Quiero que me devuelvan lo que me hayan cobrado, si es que me cobraron algo. Gracias.\n")
case("l12-prueba-gratis", LOB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="L7: trial account, no charges in the ledger: deny; reply says no billing occurs unless they subscribe. No invoice is asked for: L7 settles it (a trial has no charge to identify).")

# l13 curt cancellation, Bogotá
cust("andres.felipe.mora@gmail.com", "Andrés Felipe Mora", "quarterly", "2025-08-10", "2025-11-09")
lopay("es_p13", "LO-INV-71301", "andres.felipe.mora@gmail.com", "quarterly", "2025-08-10T09:00:00", "2025-08-10", "2025-11-09")
f = mail("l13-cancelar-corto", "Andres Felipe Mora <andres.felipe.mora@gmail.com>", LO, "cancelar",
         "2025-09-18 08:02", "-05:00", "cancelen mi suscripcion x fa\n\nEnviado desde mi Galaxy\n")
case("l13-cancelar-corto", LOB, [f[0]], "decided", [], decisions=[cn("2025-11-09")],
     spec="L8: plan filled from the ledger for the verified sender; reason not required for a LO cancellation; active until current_period_end 2025-11-09.")

# l14 cancellation, fallback from a UTC-stamped charge
cust("elena.pastor.vidal@telefonica.net", "Elena Pastor Vidal", "quarterly")
lopay("es_p14", "LO-INV-71401", "elena.pastor.vidal@telefonica.net", "quarterly", "2025-06-30T21:00:00Z", "2025-07-01", "2025-09-30")
f = mail("l14-baja-sin-periodo", "Elena Pastor <elena.pastor.vidal@telefonica.net>", LO, "Darme de baja",
         "2025-09-19 09:41", "+02:00",
         "Buenos días:\n\nQuisiera darme de baja de LeadsOptima. Estamos cerrando la tienda de Valencia y ya no nos "
         "hace falta. ¿Me podéis confirmar hasta cuándo tengo acceso?\n\nGracias,\nElena\n")
case("l14-baja-sin-periodo", LOB, [f[0]], "decided", [], decisions=[cn("2025-09-30")],
     spec="L8 fallback: no current_period_end; last charge 2025-06-30T21:00Z = 2025-07-01 02:30 IST; + 3 months - 1 day = 2025-09-30.")

# l15 annual cancellation, fallback, Guatemala
cust("admin@cafeantigua.com.gt", "Café Antigua", "annual")
lopay("es_p15", "LO-INV-71501", "admin@cafeantigua.com.gt", "annual", "2025-02-14T12:00:00", "2025-02-14", "2026-02-13")
f = mail("l15-baja-anual-gt", "Café Antigua Administración <admin@cafeantigua.com.gt>", LO,
         "Solicitud de cancelación", "2025-09-16 15:30", "-06:00",
         "Reciba un cordial saludo de parte de Café Antigua.\n\nPor este medio solicitamos la cancelación del plan "
         "anual, ya que la gerencia decidió llevar el tema de prospección con una agencia local. No solicitamos "
         "devolución alguna, únicamente que no se renueve.\n\nAtentamente,\nLicda. Ingrid Cifuentes\nAdministración\n")
case("l15-baja-anual-gt", LOB, [f[0]], "decided", [], decisions=[cn("2026-02-13")],
     spec="L8 fallback: annual charge 2025-02-14 + 12 months - 1 day = 2026-02-13; 'no solicitamos devolución' adds no refund intent (section 8).")

# l16 duplicate + cancellation, Arequipa
cust("rosa.chavez.aqp@gmail.com", "Rosa Chávez", "monthly", "2025-09-18", "2025-10-17")
lopay("es_p16a", "LO-INV-71601", "rosa.chavez.aqp@gmail.com", "monthly", "2025-09-18T17:00:00", "2025-09-18", "2025-10-17")
lopay("es_p16b", "LO-INV-71602", "rosa.chavez.aqp@gmail.com", "monthly", "2025-09-18T17:05:00", "2025-09-18", "2025-10-17")
f = mail("l16-doble-y-cancelar", "Rosa Chávez <rosa.chavez.aqp@gmail.com>", LO, "cobro 2 veces + cancelar",
         "2025-09-19 10:00", "-05:00",
         "Buen día, me han cobrado 2 veces el plan mensual (LO-INV-71601 y LO-INV-71602), devuélvanme el segundo "
         "porfa. Y de paso cancelen la suscripción, ya no la voy a renovar.\nRosa\n")
case("l16-doble-y-cancelar", LOB, [f[0]], "decided", [], decisions=[ref("1499.00"), cn("2025-10-17")],
     spec="L4: pair 2025-09-18, email day 1: approve 1499.00 (invoice LO-INV-71602); L8: cancel until 2025-10-17.")

# l17 C2: from a personal gmail, names the registered business address
cust("contacto@ferreteriaelclavo.mx", "Ferretería El Clavo", "monthly", "2025-09-23", "2025-10-22")
lopay("es_p17a", "LO-INV-71701", "contacto@ferreteriaelclavo.mx", "monthly", "2025-09-23T20:30:00", "2025-09-23", "2025-10-22")
lopay("es_p17b", "LO-INV-71702", "contacto@ferreteriaelclavo.mx", "monthly", "2025-09-23T20:31:00", "2025-09-23", "2025-10-22")
f = mail("l17-c2-gmail", "Hector Ruiz <hectorruiz1979@gmail.com>", LO, "Cobro duplicado Ferretería El Clavo",
         "2025-09-24 11:00", "-06:00",
         "Buenos días, les escribo desde mi correo personal porque el de la ferretería no me abre en el celular. "
         "La cuenta está registrada con contacto@ferreteriaelclavo.mx, plan mensual. Nos cobraron dos veces el 23, la "
         "factura repetida es LO-INV-71702. ¿Me dicen cuánto nos van a devolver y cuándo?\n\nHéctor Ruiz\n")
case("l17-c2-gmail", LOB, [f[0]], "need_info", [], rules=["C2"],
     spec="C2: sender hectorruiz1979@gmail.com is not the registered contacto@ferreteriaelclavo.mx: ask to write from it, disclose nothing.")

# l18 C2 through an Outlook forward (RV:) from the assistant
cust("direccion@clinicadentalsoler.es", "Clínica Dental Soler", "annual", "2025-09-20", "2026-09-19")
lopay("es_p18", "LO-INV-71801", "direccion@clinicadentalsoler.es", "annual", "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
f = mail("l18-c2-reenvio-outlook", "Recepción Clínica Soler <recepcion@clinicadentalsoler.es>", LO,
         "RV: No podemos entrar en LeadsOptima", "2025-09-23 09:12", "+02:00",
         "Buenos días, os reenvío el correo del doctor, a ver si lo podéis mirar.\n\nPaqui\n\n"
         "________________________________\n"
         "De: Dr. Alberto Soler <direccion@clinicadentalsoler.es>\n"
         "Enviado: lunes, 22 de septiembre de 2025 19:48\n"
         "Para: Recepción Clínica Soler <recepcion@clinicadentalsoler.es>\n"
         "Asunto: No podemos entrar en LeadsOptima\n\n"
         "Paqui, mándales esto a los de LeadsOptima: desde que renovamos el anual el sábado (factura LO-INV-71801) "
         "no podemos iniciar sesión, da error todo el rato. Que nos devuelvan el dinero, la cuenta es "
         "direccion@clinicadentalsoler.es.\n\nAlberto\n")
case("l18-c2-reenvio-outlook", LOB, [f[0]], "need_info", [], rules=["C2"],
     spec="Section 8 forwards + C2: the forwarded request names the registered direccion@..., the forward comes from recepcion@...: ask for it from the registered address.")

# l19 +tag address
cust("lucia.ferreyra@gmail.com", "Lucía Ferreyra", "monthly", "2025-09-12", "2025-10-11")
lopay("es_p19", "LO-INV-71901", "lucia.ferreyra@gmail.com", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
f = mail("l19-c2-etiqueta-mas", "Lucía Ferreyra <lucia.ferreyra+leads@gmail.com>", LO, "baja del plan",
         "2025-09-25 22:30", "-03:00",
         "Hola! Quiero dar de baja mi plan mensual. La cuenta es lucia.ferreyra@gmail.com (les escribo desde el alias "
         "que uso para suscripciones). Cuánto me queda de acceso?\nGracias, Lu\n")
case("l19-c2-etiqueta-mas", LOB, [f[0]], "need_info", [], rules=["C2"],
     spec="Section 8 addresses: a +tag makes another address; the registered one is lucia.ferreyra@gmail.com: C2, no account details (not even the end date).")

# l20 Reply-To is the registered address, From is not
cust("pagos@inmobiliariacostasol.com", "Inmobiliaria Costa Sol", "quarterly", "2025-09-01", "2025-11-30")
lopay("es_p20", "LO-INV-72001", "pagos@inmobiliariacostasol.com", "quarterly", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
f = mail("l20-c2-reply-to", "Carmen Ortega <carmen.ortega@icloud.com>", LO, "cancelación trimestral",
         "2025-09-20 13:15", "-04:00",
         "Hola, por favor cancelen la suscripción trimestral de Inmobiliaria Costa Sol "
         "(pagos@inmobiliariacostasol.com). Respondan a ese correo por favor.\n\nCarmen Ortega\nSan Juan, PR\n",
         reply_to="pagos@inmobiliariacostasol.com")
case("l20-c2-reply-to", LOB, [f[0]], "need_info", [], rules=["C2"],
     spec="Section 8: the sender is the From address; Reply-To never verifies anyone: C2.")

# l21 missing reason, only courtesy + signature + disclaimer
cust("tesoreria@constructoraandina.com.co", "Constructora Andina", "quarterly", "2025-09-24", "2025-12-23")
lopay("es_p21", "LO-INV-72101", "tesoreria@constructoraandina.com.co", "quarterly", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
f = mail("l21-sin-motivo-firma", "Tesorería Constructora Andina <tesoreria@constructoraandina.com.co>", LO,
         "Solicitud reembolso factura LO-INV-72101", "2025-09-26 08:30", "-05:00",
         "Cordial saludo,\n\nDe manera atenta solicitamos el reembolso del valor pagado mediante la factura "
         "LO-INV-72101.\n\nQuedamos atentos a sus comentarios.\n\nCordialmente,\n\nPaola Andrea Giraldo\n"
         "Analista de Tesorería\nConstructora Andina S.A.S.\nPBX (604) 444 1234 – Medellín, Colombia\n\n"
         "AVISO DE CONFIDENCIALIDAD: La información contenida en este correo es confidencial y para uso exclusivo del "
         "destinatario. Antes de imprimir este correo piense en el medio ambiente.\n")
case("l21-sin-motivo-firma", LOB, [f[0]], "need_info", [], missing=["reason"],
     spec="Section 8 'what a reason is': courtesy lines, signature and disclaimer are not reasons; plan from the ledger; ask for the reason only.")

# l22 missing reason: restating the request
cust("ignacio.munoz.v@gmail.com", "Ignacio Muñoz", "monthly", "2025-09-27", "2025-10-26")
lopay("es_p22", "LO-INV-72201", "ignacio.munoz.v@gmail.com", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
f = mail("l22-sin-motivo-repite", "Ignacio Muñoz <ignacio.munoz.v@gmail.com>", LO, "devolucion de la plata",
         "2025-09-28 17:40", "-03:00",
         "hola necesito q me devuelvan la plata de la boleta LO-INV-72201 porfa, o sea el reembolso del pago del "
         "mensual, devuelvan el pago nomas\nsaludos\n")
case("l22-sin-motivo-repite", LOB, [f[0]], "need_info", [], missing=["reason"],
     spec="Section 8: restating the request ('devuelvan el pago') is not a reason: need_info, missing reason.")

# l23 thread: need_info answered with the reason (access failure)
cust("veronica.lugo@consultorialugo.mx", "Verónica Lugo", "monthly", "2025-09-24", "2025-10-23")
lopay("es_p23", "LO-INV-72301", "veronica.lugo@consultorialugo.mx", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
a = mail("l23a-pide-reembolso", "Verónica Lugo <veronica.lugo@consultorialugo.mx>", LO, "Reembolso",
         "2025-09-25 09:00", "-06:00", "Buen día, solicito el reembolso de la factura LO-INV-72301. Saludos.\nVerónica Lugo\n")
o = our("l23o", "Re: Reembolso [LO-2311]", None, a)
b = mail("l23b-responde-motivo", "Verónica Lugo <veronica.lugo@consultorialugo.mx>", LO, "Re: Reembolso [LO-2311]",
         "2025-09-26 10:20", "-06:00",
         "El motivo es que desde el día que pagué no he podido entrar a la plataforma, me dice que mi usuario está "
         "bloqueado. Ya intenté restablecer la contraseña y nada.\n\nVerónica\n\n"
         "El jue, 25 sept 2025 a las 23:10, LeadsOptima Support (<support@leadsoptima.com>) escribió:\n"
         "> Hola Verónica, para revisar su solicitud necesitamos el motivo del reembolso.\n> Caso [LO-2311]\n",
         reply=o)
case("l23-hilo-motivo", LOB, [a[0], b[0]], "decided", [], decisions=[rd("escalate")],
     spec="C3: the answer is merged (References/[LO-2311]); access_failure ('no he podido entrar', blocked user), request time = first email 2025-09-25 20:30 IST, day 1: L6 escalate.")

# l24 thread: invoice given later, request time stays the first email
cust("alvaro.rebollo@rebolloasesores.es", "Álvaro Rebollo", "quarterly", "2025-09-15", "2025-12-14")
lopay("es_p24a", "LO-INV-72401", "alvaro.rebollo@rebolloasesores.es", "quarterly", "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
lopay("es_p24b", "LO-INV-72402", "alvaro.rebollo@rebolloasesores.es", "quarterly", "2025-09-15T10:00:30", "2025-09-15", "2025-12-14")
a = mail("l24a-doble-sin-factura", "Álvaro Rebollo <alvaro.rebollo@rebolloasesores.es>", LO, "Me habéis cobrado dos veces",
         "2025-09-21 12:00", "+02:00",
         "Hola, me habéis cobrado dos veces el trimestre el día 15. Por favor devolvedme uno. Gracias.\nÁlvaro\n")
o = our("l24o", "Re: Me habéis cobrado dos veces [LO-2402]", None, a)
b = mail("l24b-da-factura", "Álvaro Rebollo <alvaro.rebollo@rebolloasesores.es>", LO,
         "Re: Me habéis cobrado dos veces [LO-2402]", "2025-09-24 18:05", "+02:00",
         "la del segundo cargo es lo inv 72402\n\nEnviado desde Outlook para Android\n", reply=o)
case("l24-hilo-factura-tarde", LOB, [a[0], b[0]], "decided", [], decisions=[ref("3999.00")],
     spec="Request time = first email 2025-09-21 (day 6), not the answer (day 9); 'lo inv 72402' matches LO-INV-72402 (section 8); L4 approve 3999.00.")

# l25 negation: not asking for a refund
cust("paula.benitez.ok@gmail.com", "Paula Benítez", "annual", "2025-03-10", "2026-03-09")
lopay("es_p25", "LO-INV-72501", "paula.benitez.ok@gmail.com", "annual", "2025-03-10T10:00:00", "2025-03-10", "2026-03-09")
f = mail("l25-no-quiero-reembolso", "Paula Benítez <paula.benitez.ok@gmail.com>", LO, "consulta renovación",
         "2025-09-22 15:00", "-03:00",
         "Hola, no quiero reembolso ni nada de eso, tranqui 😊 Solo quería saber si el plan anual se renueva "
         "automáticamente en marzo o tengo que hacer algo yo. Gracias!\n")
case("l25-no-quiero-reembolso", LOB, [f[0]], "other", [],
     spec="Section 8 negation: 'no quiero reembolso' adds no intent; a renewal question: other.")

# l26 hypothetical, before buying
f = mail("l26-pregunta-antes", "Jorge Villanueva <jvillanueva.consult@gmail.com>", LO, "consulta antes de contratar",
         "2025-09-25 11:11", "-05:00",
         "Buenos días, estoy evaluando contratar el plan anual. Si lo contrato y a las dos semanas veo que no me "
         "sirve, ¿me devolverían el dinero? ¿O solo puedo cancelar? Gracias de antemano.\nJorge Villanueva – Lima\n")
case("l26-pregunta-antes", LOB, [f[0]], "other", [],
     spec="Section 8 hypotheticals: 'would I get a refund if…' before buying is a policy question: other.")

# l27 thank-you after a refund
f = mail("l27-gracias-reembolso", "Rodrigo Salinas <rodrigo.salinas.mtz@outlook.com>", LO,
         "Re: Su reembolso ha sido aprobado [LO-2101]", "2025-09-30 09:00", "-06:00",
         "Muchas gracias, ya me cayó el reembolso en la tarjeta. Excelente servicio 👍\n\n"
         "________________________________\n"
         "De: LeadsOptima Support <support@leadsoptima.com>\n"
         "Enviado: lunes, 29 de septiembre de 2025 10:00\n"
         "Para: Rodrigo Salinas <rodrigo.salinas.mtz@outlook.com>\n"
         "Asunto: Su reembolso ha sido aprobado [LO-2101]\n\n"
         "Su reembolso de INR 1499.00 ha sido aprobado.\n",
         reply=(None, "<LO-2101-approved@leadsoptima.com>", []))
case("l27-gracias-reembolso", LOB, [f[0]], "other", [],
     spec="A thank-you after a refund asks for nothing: other.")

# l28 invoice question (CFDI), asks for no refund
cust("facturacion@grupoalce.com.mx", "Grupo Alce", "annual", "2025-09-02", "2026-09-01")
lopay("es_p28", "LO-INV-72801", "facturacion@grupoalce.com.mx", "annual", "2025-09-02T10:00:00", "2025-09-02", "2026-09-01")
f = mail("l28-factura-rfc", "Facturación Grupo Alce <facturacion@grupoalce.com.mx>", LO, "Factura con datos fiscales",
         "2025-09-15 12:30", "-06:00",
         "Buenas tardes,\n\nNecesitamos que la factura LO-INV-72801 salga a nombre de Grupo Alce S.A. de C.V., "
         "RFC GAL150312AB1, para poder deducirla. ¿Es posible reexpedirla?\n\nGracias.\nDepto. de Facturación\n")
case("l28-factura-rfc", LOB, [f[0]], "other", [],
     spec="An invoice question that asks for no refund or cancellation: other.")

# l29 C4 chargeback threat, Los Angeles
cust("danny.reyes.la@gmail.com", "Daniel Reyes", "monthly", "2025-09-25", "2025-10-24")
lopay("es_p29a", "LO-INV-72901", "danny.reyes.la@gmail.com", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("es_p29b", "LO-INV-72902", "danny.reyes.la@gmail.com", "monthly", "2025-09-25T10:00:10", "2025-09-25", "2025-10-24")
f = mail("l29-c4-chargeback", "Danny Reyes <danny.reyes.la@gmail.com>", LO, "DOUBLE CHARGE!!!",
         "2025-09-26 08:45", "-07:00",
         "Me cobraron dos veces!!! invoice LO-INV-72902. Si no me regresan mi dinero esta semana voy a hacer un "
         "chargeback con mi banco, ya hablé con Chase y me dijeron que sí se puede. No estoy jugando.\n")
case("l29-c4-chargeback", LOB, [f[0]], "decided", [], rules=["C4"], decisions=[rd("escalate")],
     spec="C4: a chargeback threat escalates the case even though L4 would approve; no amount.")

# l30 C4: cancellation + lawyer / consumer rights
cust("r.ferrer@ferrerimport.es", "Ramón Ferrer", "annual", "2025-06-01", "2026-05-31")
lopay("es_p30", "LO-INV-73001", "r.ferrer@ferrerimport.es", "annual", "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
f = mail("l30-c4-abogado-baja", "Ramón Ferrer <r.ferrer@ferrerimport.es>", LO, "BAJA INMEDIATA",
         "2025-09-17 11:00", "+02:00",
         "Exijo la baja inmediata del servicio. Llevo tres semanas pidiendo ayuda y nadie contesta. He hablado con "
         "mi abogado y, si hace falta, iré a Consumo a poner una reclamación: conozco mis derechos como consumidor.\n\nR. Ferrer\n")
case("l30-c4-abogado-baja", LOB, [f[0]], "decided", [], rules=["C4"], decisions=[cn(None, "escalate")],
     spec="C4 covers the whole case (section 8): a lawyer and consumer rights escalate the cancellation too.")

# l31 C7 out of office
f = mail("l31-c7-fuera-oficina", "Beatriz Lozano <blozano@hotelmiramar.es>", LO,
         "Respuesta automática: Renovación de su plan LeadsOptima", "2025-09-22 08:00", "+02:00",
         "Gracias por su mensaje. Estaré fuera de la oficina hasta el 29 de septiembre con acceso limitado al correo. "
         "Para temas urgentes contacte con recepcion@hotelmiramar.es.\n\nBeatriz Lozano\n",
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
case("l31-c7-fuera-oficina", LOB, [f[0]], "ignore", [], rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied (out of office): ignore.")

# l32 C7 bounce (DSN) in Spanish
f = dsn("l32-c7-rebote", "Mail Delivery Subsystem <MAILER-DAEMON@mx.prodigy.net.mx>", LO,
        "Notificación de estado de entrega (error)", "2025-09-23 04:12", "-06:00",
        "No se pudo entregar el mensaje a cliente.viejo@prodigy.net.mx.\nEl buzón no existe.\n", "cliente.viejo@prodigy.net.mx")
case("l32-c7-rebote", LOB, ["emails/l32-c7-rebote.eml"], "ignore", [], rules=["C7"],
     spec="C7: MAILER-DAEMON sender, multipart/report delivery-status (RFC 3464): ignore.")

# l33 C7 mailing list
f = mail("l33-c7-boletin", "Marketing Hoy <boletin@marketinghoy.com.ar>", "billing@leadsoptima.com",
         "Las 10 claves para pedir un reembolso sin perder al cliente", "2025-09-24 07:00", "-03:00",
         "Boletín semanal. En esta edición: cómo gestionar cancelaciones y reembolsos, y por qué un cobro doble puede "
         "costarte un cliente.\n\nPara darte de baja de esta lista haz clic aquí.\n",
         headers=[("List-Id", "Marketing Hoy <boletin.marketinghoy.com.ar>"), ("Precedence", "bulk"),
                  ("List-Unsubscribe", "<mailto:baja@marketinghoy.com.ar>")])
case("l33-c7-boletin", LOB, [f[0]], "ignore", [], rules=["C7"],
     spec="C7: List-Id and Precedence: bulk (a newsletter that mentions refunds and 'darte de baja'): ignore.")

# l34 the duplicate was already refunded -> escalate
cust("hernan.castano@gmail.com", "Hernán Castaño", "monthly", "2025-09-22", "2025-10-21")
lopay("es_p34a", "LO-INV-73401", "hernan.castano@gmail.com", "monthly", "2025-09-22T19:00:00", "2025-09-22", "2025-10-21")
lopay("es_p34b", "LO-INV-73402", "hernan.castano@gmail.com", "monthly", "2025-09-22T19:00:20", "2025-09-22", "2025-10-21", status="refunded")
f = mail("l34-doble-ya-reembolsado", "Hernán Castaño <hernan.castano@gmail.com>", LO, "cobro doble septiembre",
         "2025-09-24 19:30", "-05:00",
         "Buenas noches, me debitaron dos veces la mensualidad el 22, el segundo cobro es LO-INV-73402. "
         "Solicito la devolución de ese cobro doble. Gracias, Hernán (Pereira)\n")
case("l34-doble-ya-reembolsado", LOB, [f[0]], "decided", [], decisions=[rd("escalate")],
     spec="Section 8: the claimed duplicate LO-INV-73402 has status refunded (not paid): escalate, never approve twice.")

# l35 wrong amount, outside the window
cust("c.sepulveda@minerasur.cl", "Cristián Sepúlveda", "quarterly", "2025-09-01", "2025-11-30")
lopay("es_p35", "LO-INV-73501", "c.sepulveda@minerasur.cl", "quarterly", "2025-09-01T19:00:00", "2025-09-01", "2025-11-30")
f = mail("l35-monto-incorrecto-tarde", "Cristián Sepúlveda <c.sepulveda@minerasur.cl>", LO,
         "Monto incorrecto factura LO-INV-73501", "2025-09-16 10:00", "-03:00",
         "Estimados, la factura LO-INV-73501 del 1 de septiembre viene con un monto incorrecto, nos cobraron más de "
         "lo acordado con su ejecutivo. Solicitamos reembolso de la diferencia.\nAtte.\nCristián Sepúlveda\nMinera Sur Ltda.\n")
case("l35-monto-incorrecto-tarde", LOB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="L2 billing_error but L3: charge 2025-09-01, email 2025-09-16 18:30 IST = day 15: deny.")

# l36 HTML-only cancellation from webmail
cust("marisol.estrada77@outlook.com", "Marisol Estrada", "monthly", "2025-09-12", "2025-10-11")
lopay("es_p36", "LO-INV-73601", "marisol.estrada77@outlook.com", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
f = mail("l36-html-cancelar", "Marisol Estrada <marisol.estrada77@outlook.com>", LO, "Cancelar cuenta",
         "2025-09-27 16:40", "-05:00", html=
         "<html><body><div style=\"font-family: Calibri, Arial; font-size: 12pt\">Hola,<br><br>"
         "Quisiera <b>cancelar</b> mi cuenta de LeadsOptima, el plan mensual. Me mudo a Houston y cierro el negocio "
         "de aquí.<br><br>Gracias,<br>Marisol</div><div id=\"Signature\"><p style=\"color:#888\">Enviado desde "
         "<a href=\"https://aka.ms/o0ukef\">Outlook</a></p></div></body></html>")
case("l36-html-cancelar", LOB, [f[0]], "decided", [], decisions=[cn("2025-10-11")],
     spec="HTML-only mail; L8 cancel, active until current_period_end 2025-10-11.")

# ---------------------------------------------------------------- Optima WebDesign
# l37 deposit in EUR inside 72 h
proj("Bodegas Lasierra Web", "marketing@bodegaslasierra.es")
owpay("es_o37", "OWD-2025-101", "Bodegas Lasierra Web", "deposit", "1500.00", "315.00", "2025-09-22T11:00:00+02:00", currency="EUR")
f = mail("l37-anticipo-eur", "Laura Lasierra <marketing@bodegaslasierra.es>", OW,
         "Solicitud de reembolso — Bodegas Lasierra Web / OWD-2025-101", "2025-09-24 10:00", "+02:00",
         "Hola equipo de Optima:\n\nEl lunes os abonamos la señal de 1.500,00 € (+ IVA) para el proyecto Bodegas "
         "Lasierra Web, factura OWD-2025-101. Ha habido un cambio en la sociedad y el consejo ha decidido aplazar la "
         "web nueva hasta 2026, así que os pedimos la devolución de la señal. Sabemos que aún no habéis empezado.\n\n"
         "Un saludo,\nLaura Lasierra\nDpto. Marketing – Bodegas Lasierra (Cariñena)\n")
case("l37-anticipo-eur", OWB, [f[0]], "decided", [], decisions=[ref("1500.00")],
     spec="O2: paid 2025-09-22 11:00+02:00 = 14:30 IST; email 2025-09-24 13:30 IST = 47 h, no work: approve 1500.00 EUR before IVA (C6).")

# l38 deposit exactly 72 h
proj("Tacos El Güero App", "eguerrero@tacoselguero.mx")
owpay("es_o38", "OWD-2025-102", "Tacos El Güero App", "deposit", "30000.00", "5400.00", "2025-09-15T10:00:00")
f = mail("l38-anticipo-72h", "Eduardo Guerrero <eguerrero@tacoselguero.mx>", OW, "cancelar anticipo app",
         "2025-09-17 22:30", "-06:00",
         "Qué onda, soy Lalo de Tacos El Güero. Queremos echar para atrás el proyecto Tacos El Güero App porque el "
         "socio ya no quiere invertir. Pagamos el anticipo (factura OWD-2025-102) hace tres días nada más y "
         "ustedes ni han empezado. Nos lo regresan porfa?\n\nLalo\n")
case("l38-anticipo-72h", OWB, [f[0]], "decided", [], decisions=[rd("deny")], extra_ok=True,
     spec="O2 + section 8: paid 2025-09-15 10:00 IST, email 2025-09-17 22:30 -06:00 = 2025-09-18 10:00 IST = exactly 72 h: deny. extra_ok: the customer backs out of the project ('echar para atrás el proyecto'), so a cancellation decision is harmless.")

# l39 deposit, work already started
proj("Finca La Esperanza Tienda", "ventas@fincalaesperanza.co", "2025-09-21T09:00:00")
owpay("es_o39", "OWD-2025-103", "Finca La Esperanza Tienda", "deposit", "18000.00", "3240.00", "2025-09-20T20:00:00")
f = mail("l39-anticipo-trabajo-iniciado", "Finca La Esperanza <ventas@fincalaesperanza.co>", OW,
         "Reembolso anticipo OWD-2025-103", "2025-09-21 13:00", "-05:00",
         "Buenas tardes. Les escribo por el proyecto Finca La Esperanza Tienda (factura OWD-2025-103). Nos "
         "equivocamos al contratar la tienda completa, por ahora solo necesitamos una página sencilla, entonces "
         "queremos el reembolso del anticipo. Apenas pagamos ayer.\n\nDios les pague,\nAmparo Restrepo\n")
case("l39-anticipo-trabajo-iniciado", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O2: paid 2025-09-20 20:00 IST; email 2025-09-21 23:30 IST is 27.5 h (< 72 h) but after work_started_at 2025-09-21 09:00: deny (whichever first).")

# l40 discovery, nothing started
proj("Mate & Co Rebranding", "hola@mateandco.com.ar")
owpay("es_o40", "OWD-2025-104", "Mate & Co Rebranding", "discovery", "25000.00", "4500.00", "2025-09-18T10:00:00")
f = mail("l40-discovery-sin-empezar", "Mate & Co <hola@mateandco.com.ar>", OW,
         "Refund Request — Mate & Co Rebranding", "2025-09-20 12:00", "-03:00",
         "Hola gente! Les escribimos por el workshop de discovery del proyecto Mate & Co Rebranding, factura "
         "OWD-2025-104. Nos salió una ronda de inversión que cambia todo el plan de marca y vamos a pausar el "
         "rebranding; como todavía no agendamos ninguna sesión, queremos el reintegro.\n\nGracias!\nCami & Santi\n")
case("l40-discovery-sin-empezar", OWB, [f[0]], "decided", [], decisions=[ref("25000.00")],
     spec="O1: discovery, work_started_at empty: approve in full before tax 25000.00.")

# l41 discovery, sessions started
proj("Pollería Don Lucho Web", "donlucho.polleria@gmail.com", "2025-09-10T20:30:00")
owpay("es_o41", "OWD-2025-105", "Pollería Don Lucho Web", "discovery", "12000.00", "2160.00", "2025-09-08T10:00:00")
f = mail("l41-discovery-empezado", "Luis Alberto Huamán <donlucho.polleria@gmail.com>", OW,
         "devolucion por la sesion de estrategia", "2025-09-12 20:00", "-05:00",
         "Señores buenas noches, el miércoles tuvimos la primera reunión de estrategia del proyecto Pollería Don "
         "Lucho Web (factura OWD-2025-105) y sinceramente no nos gustó cómo enfocaron la cosa, muy caro para lo "
         "que es. Quisiéramos la devolución del pago.\nAtte Luis Alberto\n")
case("l41-discovery-empezado", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O1: a session already happened (work_started_at 2025-09-10 20:30 IST, 10:00 in Lima, < request 2025-09-13 06:30 IST): deny.")

# l42 milestone not started
proj("Viña Santa Inés E-commerce", "ti@vinasantaines.cl")
owpay("es_o42", "OWD-2025-106", "Viña Santa Inés E-commerce", "milestone", "45000.00", "8100.00", "2025-09-01T10:00:00", milestone_status="not_started")
f = mail("l42-hito-no-iniciado", "TI Viña Santa Inés <ti@vinasantaines.cl>", OW,
         "Reembolso hito 3 - Viña Santa Inés E-commerce", "2025-09-19 10:00", "-03:00",
         "Estimados Optima,\n\nPor recorte de presupuesto en la viña, eliminamos del alcance el hito 3 "
         "(integración con el ERP), pagado con la factura OWD-2025-106 y que según el último reporte aún no se ha "
         "comenzado. Solicitamos su reembolso. El resto del proyecto sigue igual.\n\nSaludos,\nRodrigo Alarcón\nJefe TI\n")
case("l42-hito-no-iniciado", OWB, [f[0]], "decided", [], decisions=[ref("45000.00")],
     spec="O3: milestone not_started: approve its amount before tax 45000.00; O7 timeline in the reply.")

# l43 milestone in progress
proj("Cooperativa San Marcos Portal", "gerencia@coopsanmarcos.org.gt")
owpay("es_o43", "OWD-2025-107", "Cooperativa San Marcos Portal", "milestone", "38000.00", "6840.00", "2025-09-05T10:00:00", milestone_status="in_progress")
f = mail("l43-hito-en-curso", "Gerencia Coop. San Marcos <gerencia@coopsanmarcos.org.gt>", OW,
         "Solicitud de reembolso parcial", "2025-09-22 09:30", "-06:00",
         "Muy estimados señores:\n\nEn relación con el proyecto Cooperativa San Marcos Portal, factura OWD-2025-107 "
         "(segundo hito), la junta directiva resolvió no continuar con el módulo de créditos en línea por "
         "disposiciones de la SIB. Entendemos que ya iniciaron parte del trabajo; solicitamos el reembolso de lo que "
         "no se haya ejecutado.\n\nAtentamente,\nLic. Otto Barrios\nGerente General\n")
case("l43-hito-en-curso", OWB, [f[0]], "decided", [], decisions=[rd("escalate")],
     spec="O3: milestone in_progress: escalate (billable value of work not started needs a person).")

# l44 milestone approved
proj("Academia Olea Plataforma", "direccion@academiaolea.es")
owpay("es_o44", "OWD-2025-108", "Academia Olea Plataforma", "milestone", "22000.00", "3960.00", "2025-08-20T10:00:00", milestone_status="approved")
f = mail("l44-hito-aprobado", "Academia Olea <direccion@academiaolea.es>", OW, "Devolución diseño",
         "2025-09-18 17:25", "+02:00",
         "Buenas tardes,\n\nAunque en su día dimos el visto bueno al diseño del proyecto Academia Olea Plataforma "
         "(factura OWD-2025-108), ahora que lo vemos montado no nos convence nada. Queremos que nos devolváis ese hito.\n\n"
         "Saludos,\nInmaculada Olea\n")
case("l44-hito-aprobado", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O3/O6: milestone approved (deliverable approved): deny, non-refundable.")

# l45 retainer, 7+ days notice
proj("Clínica Vet Polanco SEO", "admin@vetpolanco.mx")
owpay("es_o45", "OWD-2025-109", "Clínica Vet Polanco SEO", "retainer", "15000.00", "2700.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
f = mail("l45-iguala-aviso-ok", "Administración Vet Polanco <admin@vetpolanco.mx>", OW,
         "Cancelación de iguala mensual SEO", "2025-09-25 13:00", "-06:00",
         "Buenas tardes:\n\nLes informamos que deseamos cancelar la iguala mensual del proyecto Clínica Vet Polanco "
         "SEO (última factura OWD-2025-109). El motivo es que contratamos a una persona de marketing de planta que se "
         "encargará del posicionamiento. No queremos que se genere el siguiente cargo.\n\nSaludos\nDra. Alejandra Pineda\n")
case("l45-iguala-aviso-ok", OWB, [f[0]], "decided", [], decisions=[cn("2025-10-14")],
     spec="O4/O8: notice 2025-09-26 00:30 IST <= 2025-10-15 - 7 = 2025-10-08: cancel, effective the day before next billing 2025-10-14.")

# l46 retainer, short notice
proj("Almacén Pampa Redes", "almacenpampa@gmail.com")
owpay("es_o46", "OWD-2025-110", "Almacén Pampa Redes", "retainer", "9000.00", "1620.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
f = mail("l46-iguala-aviso-corto", "Almacén Pampa <almacenpampa@gmail.com>", OW, "baja redes",
         "2025-09-27 10:00", "-03:00",
         "Buen día, quería avisarles que damos de baja el abono mensual de redes, proyecto Almacén Pampa Redes "
         "(factura OWD-2025-110). El local cierra a fin de mes, nos vamos a Córdoba. Gracias por todo!\nMabel\n")
case("l46-iguala-aviso-corto", OWB, [f[0]], "decided", [], decisions=[cn("2025-10-31")],
     spec="O4: notice 2025-09-27 IST > 2025-10-01 - 7 = 2025-09-24: the next cycle 2025-10-01..2025-10-31 is billed; effective 2025-10-31.")

# l47 retainer, the offset pushes the notice past the cut-off
proj("Hotel Sierra Nevada Reservas", "reservas@hotelsierranevada.com.co")
owpay("es_o47", "OWD-2025-111", "Hotel Sierra Nevada Reservas", "retainer", "12000.00", "2160.00", "2025-09-07T10:00:00",
      period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00")
f = mail("l47-iguala-zona-horaria", "Reservas Hotel Sierra Nevada <reservas@hotelsierranevada.com.co>", OW,
         "Terminación contrato mensual", "2025-09-30 22:00", "-05:00",
         "Buenas noches,\n\nCon 7 días de anticipación les notificamos que terminamos el contrato mensual de "
         "mantenimiento del proyecto Hotel Sierra Nevada Reservas (factura OWD-2025-111), porque el hotel pasó a "
         "una cadena que tiene su propio equipo web.\n\nCordialmente,\nJuan Pablo Arango\nJefe de Reservas – Santa Marta\n")
case("l47-iguala-zona-horaria", OWB, [f[0]], "decided", [], decisions=[cn("2025-11-06")],
     spec="O4: sent 2025-09-30 22:00 -05:00 = 2025-10-01 08:30 IST > 2025-10-07 - 7 = 2025-09-30: short notice; next cycle 2025-10-07..2025-11-06 billed; effective 2025-11-06.")

# l48 retainer with the next cycle already paid
proj("Cusco Travel Blog", "marketing@cuscotravel.pe")
owpay("es_o48a", "OWD-2025-112", "Cusco Travel Blog", "retainer", "8000.00", "1440.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09")
owpay("es_o48b", "OWD-2025-113", "Cusco Travel Blog", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00",
      period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T00:00:00")
f = mail("l48-iguala-pagada-adelantado", "Cusco Travel Marketing <marketing@cuscotravel.pe>", OW,
         "Cancelación retainer Cusco Travel Blog", "2025-09-20 09:00", "-05:00",
         "Hola, buenos días. Queremos cancelar el retainer del proyecto Cusco Travel Blog (facturas OWD-2025-112 y "
         "OWD-2025-113); la temporada baja nos obliga a recortar gastos. Ojo que ya habíamos adelantado el pago de "
         "octubre, ¿cómo quedaría eso?\n\nSaludos, Milagros\n")
case("l48-iguala-pagada-adelantado", OWB, [f[0]], "decided", [], decisions=[cn(None, "escalate")], extra_ok=True,
     spec="Section 8: next cycle (2025-10-10..11-09) already paid and notice >= 7 days: the cancellation is escalated (O4). extra_ok: '¿cómo quedaría eso?' about the prepaid October may be read as a refund request, which the spec also escalates (never approves).")

# l49 annual hosting inside 14 days, rounding once
proj("Óptica Visión Clara Hosting", "sistemas@opticavisionclara.mx")
owpay("es_o49", "OWD-2025-114", "Óptica Visión Clara Hosting", "hosting_annual", "15500.00", "2790.00", "2025-09-19T10:00:00",
      setup_fee="1000.00", service_start="2025-09-20")
f = mail("l49-hosting-14-dias", "Sistemas Óptica Visión Clara <sistemas@opticavisionclara.mx>", OW,
         "Cancelación y reembolso hosting anual", "2025-09-26 11:00", "-06:00",
         "Hola, buen día.\n\nNos vamos a migrar a la nube del corporativo (nos compró un grupo de ópticas) y ya no "
         "ocupamos el hosting anual del proyecto Óptica Visión Clara Hosting, factura OWD-2025-114 por $15,500.00 + IVA. "
         "Solicitamos cancelar y que nos reembolsen lo proporcional.\n\nSaludos\nIng. Ricardo Zamora\n")
case("l49-hosting-14-dias", OWB, [f[0]], "decided", [], decisions=[ref("13291.67")], extra_ok=True,
     spec="O5: day 6 of service; monthly_value = (15500 - 1000)/12 = 1208.333...; refund = 15500 - 1000 - 1208.333... = 13291.666... -> 13291.67 (rounded once).")

# l50 annual maintenance after 14 days
proj("Distribuidora Caribe Mantenimiento", "it@distcaribe.com.co")
owpay("es_o50", "OWD-2025-115", "Distribuidora Caribe Mantenimiento", "maintenance_annual", "20000.00", "3600.00", "2025-08-30T10:00:00",
      setup_fee="2000.00", service_start="2025-09-01")
f = mail("l50-mantenimiento-tarde", "IT Distribuidora Caribe <it@distcaribe.com.co>", OW,
         "Reembolso plan de mantenimiento anual", "2025-09-22 08:00", "-05:00",
         "Buenos días, solicitamos el reembolso prorrateado del mantenimiento anual, proyecto Distribuidora Caribe "
         "Mantenimiento, factura OWD-2025-115. Internalizamos el soporte con nuestro propio ingeniero.\nGracias\n")
case("l50-mantenimiento-tarde", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O5: service_start 2025-09-01, request 2025-09-22 = 21 days > 14: deny. No extra_ok: no cancellation is asked and the denied refund leaves the plan running.")

# l51 hosting paid before the service starts
proj("Colegio Montessori Triana Web", "secretaria@montessoritriana.es")
owpay("es_o51", "OWD-2025-116", "Colegio Montessori Triana Web", "hosting_annual", "24000.00", "4320.00", "2025-09-18T10:00:00",
      setup_fee="3000.00", service_start="2025-10-15")
f = mail("l51-hosting-antes-inicio", "Secretaría Montessori Triana <secretaria@montessoritriana.es>", OW,
         "Anulación del alojamiento anual", "2025-09-25 12:30", "+02:00",
         "Buenos días:\n\nLa Consejería nos obliga a alojar la web en la plataforma educativa de la Junta, por lo que "
         "tenemos que anular el alojamiento anual contratado para el proyecto Colegio Montessori Triana Web "
         "(factura OWD-2025-116), que aún no ha empezado (empezaba el 15 de octubre). Rogamos nos devuelvan lo que corresponda.\n\n"
         "Atentamente,\nMercedes Ruiz\nSecretaría\n")
case("l51-hosting-antes-inicio", OWB, [f[0]], "decided", [], decisions=[ref("19250.00")], extra_ok=True,
     spec="O5 + section 8: before the service starts consumed_months = 1; (24000 - 3000)/12 = 1750; 24000 - 3000 - 1750 = 19250.00.")

# l52 domain renewal (third party)
proj("Yerbatera Misiones Web", "info@yerbateramisiones.com.ar")
owpay("es_o52", "OWD-2025-117", "Yerbatera Misiones Web", "third_party", "2400.00", "432.00", "2025-09-23T10:00:00")
f = mail("l52-dominio", "Info Yerbatera <info@yerbateramisiones.com.ar>", OW, "dominio .com.ar",
         "2025-09-24 16:00", "-03:00",
         "Hola, nos renovaron el dominio .com.ar del proyecto Yerbatera Misiones Web (factura OWD-2025-117) pero "
         "nosotros ya lo habíamos renovado por NIC Argentina directamente, lo pagamos dos veces en la práctica. "
         "Nos devuelven lo de ustedes?\nSaludos\n")
case("l52-dominio", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O6: third_party (domain) is never refundable: deny, citing Non-refundable items.")

# l53 rush fee
proj("Salmones del Sur Landing", "comunicaciones@salmonesdelsur.cl")
owpay("es_o53", "OWD-2025-118", "Salmones del Sur Landing", "rush", "6000.00", "1080.00", "2025-09-10T10:00:00")
f = mail("l53-cargo-urgencia", "Comunicaciones Salmones del Sur <comunicaciones@salmonesdelsur.cl>", OW,
         "Devolución cargo express", "2025-09-15 11:00", "-03:00",
         "Estimados, pagamos el cargo por entrega urgente de la landing (proyecto Salmones del Sur Landing, factura "
         "OWD-2025-118) y la entregaron igual un día después de lo pactado. Pedimos devolver ese cargo.\nSaludos\n")
case("l53-cargo-urgencia", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O6: rush (expedited) fees are never refundable: deny.")

# l54 C2: personal hotmail, not the contract email
proj("Textiles Huancayo Catálogo", "gerencia@textileshuancayo.pe")
owpay("es_o54", "OWD-2025-119", "Textiles Huancayo Catálogo", "deposit", "10000.00", "1800.00", "2025-09-26T10:00:00")
f = mail("l54-c2-correo-personal", "Wilfredo Poma <wilfredo_poma@hotmail.com>", OW, "reembolso adelanto catalogo",
         "2025-09-27 08:00", "-05:00",
         "Buenos días, soy el gerente de Textiles Huancayo. Pagamos el adelanto del proyecto Textiles Huancayo "
         "Catálogo (OWD-2025-119) pero la feria se canceló y ya no vamos a hacer el catálogo. Les escribo desde mi "
         "correo personal porque el de la empresa está lleno. Quisiera la devolución.\nWilfredo Poma\n")
case("l54-c2-correo-personal", OWB, [f[0]], "need_info", [], rules=["C2"],
     spec="C2 (explicit for Optima): not from the contract email gerencia@textileshuancayo.pe: ask to write from it, nothing disclosed.")

# l55 missing reason (Optima)
proj("Mueblería Robles Tienda", "ventas@muebleriarobles.mx")
owpay("es_o55", "OWD-2025-120", "Mueblería Robles Tienda", "deposit", "20000.00", "3600.00", "2025-09-28T10:00:00")
f = mail("l55-sin-motivo-owd", "Ventas Mueblería Robles <ventas@muebleriarobles.mx>", OW,
         "Refund Request — OWD-2025-120", "2025-09-29 10:00", "-06:00",
         "Buenos días,\n\nPor medio del presente solicito el reembolso del anticipo del proyecto Mueblería Robles "
         "Tienda, factura OWD-2025-120.\n\nSin más por el momento, quedo a sus órdenes.\n\nAtentamente,\n"
         "C.P. Ernesto Robles\nMueblería Robles – Tlaquepaque, Jal.\nTel. 33 3635 0000\n")
case("l55-sin-motivo-owd", OWB, [f[0]], "need_info", [], missing=["reason"],
     spec="Optima requires a reason; courtesy formulas and signature are not reasons: need_info [reason].")

# l56 Optima cancellation without a reason
proj("Peluquería Nerea Redes", "nerea.peluqueria@gmail.com")
owpay("es_o56", "OWD-2025-121", "Peluquería Nerea Redes", "retainer", "7000.00", "1260.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
f = mail("l56-baja-sin-motivo-owd", "Nerea Etxeberria <nerea.peluqueria@gmail.com>", OW, "Baja",
         "2025-09-23 20:30", "+02:00",
         "Kaixo! Quiero dar de baja la cuota mensual de redes sociales, proyecto Peluquería Nerea Redes, factura "
         "OWD-2025-121. Eskerrik asko!\nNerea\n")
case("l56-baja-sin-motivo-owd", OWB, [f[0]], "need_info", [], missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations too; none given: need_info [reason].")

# l57 C4: Profeco and a lawyer
proj("Spa Tulum Reservas", "direccion@spatulum.mx")
owpay("es_o57", "OWD-2025-122", "Spa Tulum Reservas", "milestone", "28000.00", "5040.00", "2025-09-10T10:00:00", milestone_status="not_started")
f = mail("l57-c4-profeco", "Dirección Spa Tulum <direccion@spatulum.mx>", OW, "Reembolso o Profeco",
         "2025-09-24 18:00", "-05:00",
         "Ya les escribí dos veces. Quiero el reembolso del hito del sistema de reservas, proyecto Spa Tulum "
         "Reservas, factura OWD-2025-122, porque cambiamos de proveedor de pagos y ya no aplica. Si en 48 horas no "
         "tengo respuesta presento queja en Profeco y lo paso a mi abogado.\n")
case("l57-c4-profeco", OWB, [f[0]], "decided", [], rules=["C4"], decisions=[rd("escalate")],
     spec="C4: consumer authority (Profeco) + lawyer: escalate although O3 (not_started) would approve.")

# l58 forward (Gmail, Spanish UI) from the accountant's address
proj("Librería El Ateneo Digital", "libreria@elateneodigital.com.ar")
owpay("es_o58", "OWD-2025-123", "Librería El Ateneo Digital", "deposit", "16000.00", "2880.00", "2025-09-29T10:00:00")
f = mail("l58-c2-reenvio-gmail", "Estudio Contable Paz <estudio.paz.contable@gmail.com>", OW,
         "Fwd: Devolución seña Librería El Ateneo Digital", "2025-09-30 09:00", "-03:00",
         "Les reenvío el pedido de nuestro cliente. Por favor gestionar.\n\n"
         "---------- Forwarded message ---------\n"
         "De: Librería El Ateneo Digital <libreria@elateneodigital.com.ar>\n"
         "Date: lun, 29 sept 2025 a las 18:40\n"
         "Subject: Devolución seña Librería El Ateneo Digital\n"
         "To: <estudio.paz.contable@gmail.com>\n\n"
         "Hola Graciela, pedile por favor a Optima la devolución de la seña del proyecto Librería El Ateneo Digital, "
         "factura OWD-2025-123: el dueño decidió vender el local y no vamos a seguir con la web. El mail del contrato "
         "es libreria@elateneodigital.com.ar.\nGracias!\n")
case("l58-c2-reenvio-gmail", OWB, [f[0]], "need_info", [], rules=["C2"],
     spec="Section 8 forwards: the forwarded request names the contract email libreria@...; forwarded from the accountant's gmail: C2.")

# l59 setup fee
proj("Gimnasio Fuerza Bogotá App", "admin@fuerzabogota.co")
owpay("es_o59", "OWD-2025-124", "Gimnasio Fuerza Bogotá App", "setup", "5000.00", "900.00", "2025-09-25T10:00:00")
f = mail("l59-cargo-activacion", "Admin Fuerza <admin@fuerzabogota.co>", OW, "cobro de activación",
         "2025-09-26 07:30", "-05:00",
         "Parceros buenos días, nos cobraron la activación de la app del gimnasio (proyecto Gimnasio Fuerza Bogotá "
         "App, factura OWD-2025-124) pero al final la app la vamos a hacer con otro proveedor que nos salió más "
         "barato. Nos devuelven esa plata por fa?\n")
case("l59-cargo-activacion", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O6: setup/activation fees are never refundable: deny.")

# l60 deposit approve with PO reference typed loosely, top-posted reply with quoted history
proj("Restaurante Sazón Boricua Web", "sazonboricua@gmail.com")
owpay("es_o60", "PO-4471", "Restaurante Sazón Boricua Web", "deposit", "14000.00", "2520.00", "2025-09-28T20:00:00")
f = mail("l60-anticipo-po-citado", "Sazón Boricua <sazonboricua@gmail.com>", OW,
         "Re: Bienvenidos a Optima WebDesign – Restaurante Sazón Boricua Web", "2025-09-29 22:00", "-04:00",
         "Hola, les respondo aquí mismo. Mi esposo y yo lo hablamos y mejor no seguimos con la web por ahora, el "
         "huracán nos dañó el local y necesitamos el dinero para arreglarlo. Por favor devuélvannos el depósito, "
         "orden de compra po 4471, proyecto Restaurante Sazón Boricua Web. Gracias por entender 🙏\nWanda\n\n"
         "On Mon, Sep 29, 2025 at 9:10 AM Optima WebDesign <optimawebdesigns12@gmail.com> wrote:\n"
         "> ¡Hola Wanda! Recibimos su depósito. Nuestro equipo empezará el proyecto el lunes 6 de octubre.\n"
         "> Saludos, Optima WebDesign\n",
         reply=(None, "<CAOWD-welcome-PO4471@mail.gmail.com>", []))
case("l60-anticipo-po-citado", OWB, [f[0]], "decided", [], decisions=[ref("14000.00")],
     spec="O2: paid 2025-09-28 20:00 IST, email 2025-09-30 07:30 IST = 35.5 h, no work started: approve 14000.00; 'po 4471' matches PO-4471 (section 8).")

# l61 a forward from the registered address itself (Apple Mail, Spanish UI): decided normally
cust("tomas.araya.f@gmail.com", "Tomás Araya", "monthly", "2025-09-29", "2025-10-28")
lopay("es_p61a", "LO-INV-76101", "tomas.araya.f@gmail.com", "monthly", "2025-09-29T09:00:00", "2025-09-29", "2025-10-28")
lopay("es_p61b", "LO-INV-76102", "tomas.araya.f@gmail.com", "monthly", "2025-09-29T09:00:40", "2025-09-29", "2025-10-28")
f = mail("l61-reenvio-apple-mismo", "Tomás Araya <tomas.araya.f@gmail.com>", LO,
         "Fwd: Compra con Tarjeta de Crédito", "2025-09-30 09:15", "-03:00",
         "Hola, les reenvío la notificación del banco: me cobraron doble la suscripción mensual, son las facturas "
         "LO-INV-76101 y LO-INV-76102. Devuélvanme la segunda por favor.\n\nTomás\n\nEnviado desde mi iPhone\n\n"
         "Inicio del mensaje reenviado:\n\n"
         "> De: Banco de Chile <notificaciones@bancochile.cl>\n"
         "> Fecha: 29 de septiembre de 2025, 0:31:02 GMT-3\n"
         "> Para: tomas.araya.f@gmail.com\n"
         "> Asunto: Compra con Tarjeta de Crédito\n>\n"
         "> Estimado cliente: se registraron 2 compras por INR 1.768,82 en LEADSOPTIMA con su Tarjeta terminada en 4421.\n")
case("l61-reenvio-apple-mismo", LOB, [f[0]], "decided", [], decisions=[ref("1499.00")],
     spec="A forward from the registered address is read for its request: L4 pair 2025-09-29, email 2025-09-30 17:45 IST day 1: approve 1499.00.")

# l62 C7: our own no-reply address
f = mail("l62-c7-propia-direccion", "LeadsOptima <noreply@leadsoptima.com>", LO,
         "Recibo de pago LO-INV-76201 – cancelación programada", "2025-09-25 10:00", "+05:30",
         "Hola Tomás, tu plan se cancelará al final del periodo. Si quieres un reembolso, responde a este correo.\n")
case("l62-c7-propia-direccion", LOB, [f[0]], "ignore", [], rules=["C7"],
     spec="C7: mail from the brand's own address (noreply@leadsoptima.com) is ignored, whatever its words.")

# l63 change request outside the original scope
proj("Hostal Camino de Santiago Web", "hostal@caminodesantiagohostal.es")
owpay("es_o63", "OWD-2025-125", "Hostal Camino de Santiago Web", "change_request", "9500.00", "1710.00", "2025-09-16T10:00:00")
f = mail("l63-cambio-fuera-alcance", "Hostal Camino <hostal@caminodesantiagohostal.es>", OW,
         "Devolución cambios web", "2025-09-19 09:30", "+02:00",
         "Buenos días, os pagamos 9.500,00 (más IVA) por añadir el apartado de peregrinos en gallego y en inglés "
         "(proyecto Hostal Camino de Santiago Web, factura OWD-2025-125), pero al final mi cuñado nos hace las "
         "traducciones gratis. Si no os importa, nos devolvéis ese importe.\nUn abrazo,\nXosé\n")
case("l63-cambio-fuera-alcance", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O6: change requests outside the original scope are never refundable: deny.")

finish()
