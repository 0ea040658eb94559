"""fresh16_es: Spanish held-out cases (qa16a). Stdlib only, deterministic.
Run `python3 make_cases.py` to write ledger.json, emails/*.eml and expected.json beside this file."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
LO = "LeadsOptima Soporte <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
M, Q, A = ("1499.00", "269.82"), ("3999.00", "719.82"), ("11988.00", "2157.84")
# Sender offsets, September 2025
ES, MX, AR, CO, CL, PE, VE, EC, DO, CR = 2, -6, -3, -5, -3, -5, -4, -5, -4, -6


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


CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []


def when(day, h, mi, off, month=9):
    return datetime(2025, month, day, h, mi, tzinfo=timezone(timedelta(hours=off)))


def eml(name, frm, to, subject, body, dt, mid, reply_to_ids=None, headers=None, html=None, ctype=None):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = f"<{mid}>"
    if reply_to_ids:
        msg["In-Reply-To"] = f"<{reply_to_ids[-1]}>"
        msg["References"] = " ".join(f"<{r}>" for r in reply_to_ids)
    for k, v in (headers or {}).items():
        msg[k] = v
    if html is not None and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(msg.as_bytes(policy=SMTP))
    return f"emails/{name}.eml"


def case(cid, files, brand, status, spec, decisions=(), rules=(), missing=None, **kw):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = missing
    c.update(kw)
    CASES.append(c)


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def C(outcome, date=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if date:
        d["effective_date"] = date
    return d


def build():
    global PAYMENTS
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()

    # ---------------- LeadsOptima ----------------
    e = "lucia.fdez.moreno@telefonica.net"
    CUSTOMERS.append(cust(e, "Lucía Fernández Moreno", "annual", start="2025-09-22", end="2026-09-21"))
    PAYMENTS += [lopay("es_p01", "LO-INV-52001", e, "annual", A, "2025-09-22T09:10:00", "2025-09-22", "2026-09-21"),
                 lopay("es_p02", "LO-INV-52002", e, "annual", A, "2025-09-22T09:11:00", "2025-09-22", "2026-09-21")]
    f = eml("l01-cobro-duplicado-anual", f"Lucía Fernández <{e}>", "support@leadsoptima.com",
            "Cargo duplicado plan anual",
            "Buenos días:\n\nRevisando el extracto de la tarjeta veo que el lunes 22 me pasasteis dos cargos "
            "idénticos por la renovación anual, uno de madrugada y otro un minuto después. Las facturas son la "
            "LO-INV-52001 y la LO-INV-52002. Evidentemente solo quiero pagar una vez, así que os pido que me "
            "devolváis la segunda.\n\nUn saludo,\nLucía Fernández Moreno\nValencia",
            when(24, 10, 5, ES), "es01@telefonica.net")
    case("l01-cobro-duplicado-anual", [f], LOB, "decided",
         "L2 duplicate + L4: two paid 11988.00 charges same period on 09-22, request 09-24 (day 2); refund the later one 11988.00.",
         [R("approve", "11988.00")])

    e = "memo.rdz82@hotmail.com"
    CUSTOMERS.append(cust(e, "Guillermo Rodríguez", "monthly", start="2025-09-10", end="2025-10-09"))
    PAYMENTS += [lopay("es_p03", "LO-INV-52011", e, "monthly", M, "2025-09-10T12:00:00", "2025-09-10", "2025-10-09"),
                 lopay("es_p04", "LO-INV-52012", e, "monthly", M, "2025-09-10T12:00:40", "2025-09-10", "2025-10-09")]
    f = eml("l02-doble-cargo-fuera-plazo", f"Memo Rodriguez <{e}>", "support@leadsoptima.com",
            "me cobraron doble!!",
            "que onda, apenas me di cuenta que me cobraron doble la mensualidad del dia 10, la factura repetida "
            "es la LO-INV-52012. me regresan la lana porfa\n\nEnviado desde mi iPhone",
            when(18, 12, 0, MX), "es02@hotmail.com")
    case("l02-doble-cargo-fuera-plazo", [f], LOB, "decided",
         "L3: charge 09-10 (day 0); request 2025-09-18 12:00-06:00 = 23:30 IST 09-18, day 8 > 7: deny.",
         [R("deny")])

    e = "karla.ibarra@prodigy.net.mx"
    CUSTOMERS.append(cust(e, "Karla Ibarra", "monthly", start="2025-09-20", end="2025-10-19"))
    PAYMENTS += [lopay("es_p05", "LO-INV-52021", e, "monthly", M, "2025-09-20T23:30:00", "2025-09-20", "2025-10-19"),
                 lopay("es_p06", "LO-INV-52022", e, "monthly", M, "2025-09-20T23:32:00", "2025-09-20", "2025-10-19")]
    f = eml("l03-dia-siete-justo", f"Karla Ibarra <{e}>", "support@leadsoptima.com",
            "Solicitud de reembolso - pago duplicado",
            "Estimado equipo de LeadsOptima:\n\nPor medio del presente les informo que el sábado 20 se me "
            "realizó el cargo de la mensualidad en dos ocasiones (facturas LO-INV-52021 y LO-INV-52022). "
            "Les agradeceré el reembolso del pago duplicado.\n\nSin más por el momento, quedo a sus órdenes.\n"
            "Karla Ibarra\nGuadalajara, Jal.",
            when(27, 11, 0, MX), "es03@prodigy.net.mx")
    case("l03-dia-siete-justo", [f], LOB, "decided",
         "L3 edge: charge 09-20 23:32 IST (day 0); request 2025-09-27 11:00-06:00 = 22:30 IST 09-27, day 7 (inside); L4 refund 1499.00.",
         [R("approve", "1499.00")])

    e = "andres.felipe.gomez@une.net.co"
    CUSTOMERS.append(cust(e, "Andrés Felipe Gómez", "quarterly", start="2025-09-21", end="2025-12-20"))
    PAYMENTS += [lopay("es_p07", "LO-INV-52031", e, "quarterly", Q, "2025-09-21T11:00:00", "2025-09-21", "2025-12-20"),
                 lopay("es_p08", "LO-INV-52032", e, "quarterly", Q, "2025-09-21T11:01:00", "2025-09-21", "2025-12-20")]
    f = eml("l04-medianoche-colombia", f"Andrés Felipe Gómez <{e}>", "support@leadsoptima.com",
            "Cobro repetido trimestre",
            "Buenas noches, que pena molestarlos a esta hora. El 21 me descontaron dos veces el plan trimestral, "
            "la factura que sobra es la LO-INV-52032. Hoy se cumple la semana, entonces todavía estoy a tiempo "
            "para pedir la devolución, ¿cierto? Quedo pendiente.\n\nAndrés Felipe\nMedellín",
            when(28, 20, 0, CO), "es04@une.net.co")
    case("l04-medianoche-colombia", [f], LOB, "decided",
         "L3: charge 09-21 (day 0); request 2025-09-28 20:00-05:00 = 06:30 IST 09-29, day 8 (the sender's local day 7 does not count): deny.",
         [R("deny")])

    e = "sofi.quiroga@fibertel.com.ar"
    CUSTOMERS.append(cust(e, "Sofía Quiroga", "monthly", start="2025-09-25", end="2025-10-24"))
    PAYMENTS += [lopay("es_p09", "LO-INV-52041", e, "monthly", M, "2025-09-25T14:00:00", "2025-09-25", "2025-10-24")]
    f = eml("l05-doble-sin-respaldo", f"Sofi Quiroga <{e}>", "support@leadsoptima.com",
            "Me debitaron dos veces",
            "Hola chicos, cómo va? Me fijo en el home banking y me figuran dos débitos de $1.499 de ustedes del "
            "25/9, factura LO-INV-52041. Me devuelven uno? Gracias, besos\nSofi",
            when(26, 9, 30, AR), "es05@fibertel.com.ar")
    case("l05-doble-sin-respaldo", [f], LOB, "decided",
         "L2 duplicate claimed inside window, but the ledger holds only one charge: L4 no pair -> escalate.",
         [R("escalate")])

    e = "rodrigo.munoz@vtr.net"
    CUSTOMERS.append(cust(e, "Rodrigo Muñoz", "monthly", start="2025-09-25", end="2025-10-24"))
    PAYMENTS += [lopay("es_p10", "LO-INV-52051", e, "annual", A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")]
    f = eml("l06-plan-equivocado", f"Rodrigo Muñoz <{e}>", "billing@leadsoptima.com",
            "Cobro plan anual sin haberlo pedido",
            "Hola, buenas tardes.\n\nYo tengo el plan mensual hace harto tiempo y el 25 me llegó un cobro por el "
            "plan anual, $11.988, factura LO-INV-52051. Yo nunca cambié el plan, así que es un cobro mal hecho. "
            "Necesito que me reembolsen ese monto, po.\n\nSaludos\nRodrigo Muñoz\nÑuñoa, Santiago",
            when(26, 16, 40, CL), "es06@vtr.net")
    case("l06-plan-equivocado", [f], LOB, "decided",
         "L2 billing_error (charged for a plan not chosen), charge 09-25, request 09-27 IST (day 2): L5 escalate.",
         [R("escalate")])

    e = "jcarlos.huaman@gmail.com"
    CUSTOMERS.append(cust(e, "Juan Carlos Huamán", "quarterly", start="2025-09-23", end="2025-12-22"))
    PAYMENTS += [lopay("es_p11", "LO-INV-52061", e, "quarterly", Q, "2025-09-23T12:00:00", "2025-09-23", "2025-12-22")]
    f = eml("l07-dictado-sin-acceso", f"Juan Carlos Huaman <{e}>", "support@leadsoptima.com",
            "no puedo entrar",
            "buenos dias desde el martes que pague el trimestral no puedo entrar a la plataforma me sale error "
            "de contraseña y ya la cambie tres veces y nada ya escribi al chat y no me resuelven la factura es "
            "LO-INV-52061 quiero que me devuelvan mi plata si no funciona gracias\n\nEnviado desde mi Samsung Galaxy",
            when(29, 8, 15, PE), "es07@gmail.com")
    case("l07-dictado-sin-acceso", [f], LOB, "decided",
         "L2 access_failure ('no puedo entrar', unresolved by support), charge 09-23, request 09-29 (day 6): L6 escalate.",
         [R("escalate")])

    e = "mariangel.perez@cantv.net"
    CUSTOMERS.append(cust(e, "Mariangel Pérez", "monthly", start="2025-09-26", end="2025-10-25"))
    PAYMENTS += [lopay("es_p12", "LO-INV-52071", e, "monthly", M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")]
    f = eml("l08-me-arrepenti", f"Mariangel Pérez <{e}>", "support@leadsoptima.com",
            "Reembolso factura LO-INV-52071",
            "Buenas, mi pana del trabajo me recomendó la herramienta pero la verdad me arrepentí, no es lo que "
            "necesito y está muy cara para mí. Quisiera que me devuelvan lo que pagué el 26.\n\nMariangel",
            when(27, 10, 0, VE), "es08@cantv.net")
    case("l08-me-arrepenti", [f], LOB, "decided",
         "L1: changed mind / too expensive is not an L2 exception, even inside the window: deny (cancellation offered).",
         [R("deny")])

    e = "patricio.velez@outlook.com"
    CUSTOMERS.append(cust(e, "Patricio Vélez", "annual", start="2025-03-10", end="2026-03-09"))
    PAYMENTS += [lopay("es_p13", "LO-INV-52081", e, "annual", A, "2025-03-10T10:00:00", "2025-03-10", "2026-03-09")]
    f = eml("l09-no-lo-uso-baja", f"Patricio Vélez <{e}>", "support@leadsoptima.com",
            "Baja y devolución",
            "Estimados, buenos días. Les comento que cerramos la oficina de Cuenca y ya no usamos LeadsOptima. "
            "Les pido dar de baja la cuenta y devolvernos la parte proporcional de los meses que no vamos a "
            "ocupar del plan anual (factura LO-INV-52081).\n\nAtentamente,\nPatricio Vélez\nGerente",
            when(22, 9, 0, EC), "es09@outlook.com")
    case("l09-no-lo-uso-baja", [f], LOB, "decided",
         "L1 deny (unused months, no partial refunds; charge in March is also past L3); L8 cancel, active until current_period_end 2026-03-09.",
         [R("deny"), C("cancel", "2026-03-09")])

    e = "yokasta.santos@claro.net.do"
    CUSTOMERS.append(cust(e, "Yokasta Santos", "monthly", status="trial", trial_ends="2025-10-05"))
    f = eml("l10-prueba-gratis", f"Yokasta Santos <{e}>", "support@leadsoptima.com",
            "Devolución de la prueba",
            "Saludos. Me inscribí en la prueba gratis la semana pasada y no me convenció. Quiero que me devuelvan "
            "el dinero de la prueba antes de que se venza, por favor. Dios les bendiga.\nYokasta",
            when(28, 11, 0, DO), "es10@claro.net.do")
    case("l10-prueba-gratis", [f], LOB, "decided",
         "L7: account on a free trial has no charges: deny, nothing to refund (no billing unless they subscribe).",
         [R("deny")])

    e = "esteban.solis@racsa.co.cr"
    CUSTOMERS.append(cust(e, "Esteban Solís", "monthly", start="2025-09-15", end="2025-10-14"))
    PAYMENTS += [lopay("es_p14", "LO-INV-52101", e, "monthly", M, "2025-09-15T07:00:00", "2025-09-15", "2025-10-14")]
    f = eml("l11-doy-de-baja", f"Esteban Solís <{e}>", "support@leadsoptima.com", "baja",
            "Me doy de baja.\n\nPura vida\nEsteban", when(25, 7, 45, CR), "es11@racsa.co.cr")
    case("l11-doy-de-baja", [f], LOB, "decided",
         "Intent verb with no object ('me doy de baja') from the registered email: L8 cancel until current_period_end 2025-10-14; reason not required for LO cancellations.",
         [C("cancel", "2025-10-14")])

    e = "nuria.puig@movistar.es"
    CUSTOMERS.append(cust(e, "Núria Puig", "quarterly"))
    PAYMENTS += [lopay("es_p15", "LO-INV-52111", e, "quarterly", Q, "2025-08-05T10:00:00", None, None)]
    f = eml("l12-baja-trimestral-fallback", f"Núria Puig i Serra <{e}>", "support@leadsoptima.com",
            "Baja suscripción",
            "Hola,\n\nos escribo para que deis de baja mi suscripción trimestral; a partir del próximo trimestre "
            "lo gestionaremos con otra herramienta. No quiero que se renueve.\n\nGràcies!\nNúria Puig\n"
            "--\nAquest missatge i els seus annexos són confidencials. Si no en sou el destinatari, "
            "elimineu-lo.", when(23, 18, 20, ES), "es12@movistar.es")
    case("l12-baja-trimestral-fallback", [f], LOB, "decided",
         "L8 fallback: no current_period_end; last charge 2025-08-05 + 3 months - 1 day = 2025-11-04.",
         [C("cancel", "2025-11-04")])

    e = "ale.castaneda@hotmail.com"
    CUSTOMERS.append(cust(e, "Alejandra Castañeda", "annual", start="2025-02-01", end="2026-01-31"))
    PAYMENTS += [lopay("es_p16", "LO-INV-52121", e, "annual", A, "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")]
    html = ("<html><body><div style=\"font-family:Calibri\">Buenas tardes,<br><br>Les solicito de la manera más "
            "atenta la <b>cancelación de mi suscripción anual</b>; la empresa va a cambiar de proveedor de CRM "
            "el próximo año.<br><br>Saludos cordiales,<br>Alejandra Castañeda<br><i>Coordinadora de Ventas</i>"
            "<br>Monterrey, N.L.</div></body></html>")
    f = eml("l13-html-cancelacion", f"Alejandra Castañeda <{e}>", "support@leadsoptima.com",
            "Cancelación de suscripción", None, when(19, 15, 30, MX), "es13@hotmail.com", html=html)
    case("l13-html-cancelacion", [f], LOB, "decided",
         "HTML-only mail; L8 cancel, active until current_period_end 2026-01-31.",
         [C("cancel", "2026-01-31")])

    e = "martin.ledesma@estudioledesma.com.ar"
    CUSTOMERS.append(cust(e, "Martín Ledesma", "monthly", start="2025-09-24", end="2025-10-23"))
    PAYMENTS += [lopay("es_p17", "LO-INV-52131", e, "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
                 lopay("es_p18", "LO-INV-52132", e, "monthly", M, "2025-09-24T10:00:30", "2025-09-24", "2025-10-23")]
    f = eml("l14-desde-gmail", "Martín Ledesma <martinledesma.personal@gmail.com>", "support@leadsoptima.com",
            "Doble cobro - cuenta del estudio",
            "Buenas! Les escribo desde mi mail personal porque el del estudio está caído. La cuenta está a nombre "
            "de martin.ledesma@estudioledesma.com.ar y me cobraron dos veces el mes (LO-INV-52132). "
            "Me pasan el detalle de los cobros y me devuelven uno?\nAbrazo, Martín",
            when(25, 11, 0, AR), "es14@gmail.com")
    case("l14-desde-gmail", [f], LOB, "need_info",
         "C2: sender is not the registered email stated in the mail: ask them to write from it, disclose nothing.",
         rules=["C2"])

    e = "dmarcela.rojas@epm.net.co"
    CUSTOMERS.append(cust(e, "Diana Marcela Rojas", "monthly", start="2025-09-27", end="2025-10-26"))
    PAYMENTS += [lopay("es_p19", "LO-INV-52141", e, "monthly", M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")]
    f = eml("l15-sin-motivo", f"Diana Marcela Rojas <{e}>", "support@leadsoptima.com",
            "Solicitud reembolso LO-INV-52141",
            "Cordial saludo.\n\nDe manera atenta solicito el reembolso del valor cobrado en la factura "
            "LO-INV-52141. Agradezco su amable atención y quedo atenta a su pronta respuesta.\n\n"
            "Diana Marcela Rojas\nAnalista Administrativa\nCel. 300 555 0142\n"
            "AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son para uso exclusivo del destinatario. "
            "Antes de imprimir piense en su responsabilidad con el medio ambiente.",
            when(28, 9, 10, CO), "es15@epm.net.co")
    case("l15-sin-motivo", [f], LOB, "need_info",
         "Section 8 reason: courtesy lines, signature and disclaimer are not a reason; plan from ledger, invoice given: ask for reason.",
         missing=["reason"])

    e = "cata.fuentes@gmail.com"
    CUSTOMERS.append(cust(e, "Catalina Fuentes", "monthly", start="2025-09-23", end="2025-10-22"))
    PAYMENTS += [lopay("es_p20", "LO-INV-52151", e, "monthly", M, "2025-09-23T13:00:00", "2025-09-23", "2025-10-22"),
                 lopay("es_p21", "LO-INV-52152", e, "monthly", M, "2025-09-23T13:04:00", "2025-09-23", "2025-10-22")]
    f1 = eml("l16a-hilo-pide", f"Catalina Fuentes <{e}>", "support@leadsoptima.com",
             "Reembolso factura LO-INV-52152",
             "Hola, necesito el reembolso de la factura LO-INV-52152 porfa.\n\nSaludos,\nCata",
             when(24, 10, 0, CL), "es16a@gmail.com")
    f2 = eml("l16b-hilo-responde", f"Catalina Fuentes <{e}>", "support@leadsoptima.com",
             "Re: Reembolso factura LO-INV-52152 [LO-4161]",
             "Hola, perdón, no lo expliqué: es que el 23 me llegaron dos cobros iguales por el mes, la 52151 y la "
             "52152, la segunda sobra.\n\nCata\n\nEl mié, 24 sept 2025 a las 12:31, LeadsOptima Soporte "
             "<support@leadsoptima.com> escribió:\n> Para continuar necesitamos el motivo de su solicitud.",
             when(24, 14, 5, CL), "es16b@gmail.com", reply_to_ids=["es16a@gmail.com", "lo-4161@leadsoptima.com"])
    case("l16-hilo-responde-motivo", [f1, f2], LOB, "decided",
         "C3 thread: reason supplied in the reply (two identical charges 09-23); request time is the first mail 09-24 (day 1): L4 refund 1499.00.",
         [R("approve", "1499.00")])

    e = "contabilidad@inversionesmiraflores.pe"
    CUSTOMERS.append(cust(e, "Inversiones Miraflores SAC", "annual", start="2025-09-01", end="2026-08-31"))
    PAYMENTS += [lopay("es_p22", "LO-INV-52161", e, "annual", A, "2025-09-01T10:00:00", "2025-09-01", "2026-08-31")]
    f = eml("l17-no-quiero-reembolso", f"Contabilidad Inversiones Miraflores <{e}>", "billing@leadsoptima.com",
            "Consulta factura LO-INV-52161",
            "Señores LeadsOptima:\n\nNo estamos pidiendo reembolso ni anulación. Solo necesitamos que nos "
            "indiquen por qué la factura LO-INV-52161 muestra el impuesto como GST y si pueden emitirla a nombre "
            "de la razón social con RUC 20512345678.\n\nAtentamente,\nÁrea de Contabilidad",
            when(23, 10, 0, PE), "es17@inversionesmiraflores.pe")
    case("l17-no-quiero-reembolso", [f], LOB, "other",
         "Section 8 negation: 'no estamos pidiendo reembolso ni anulación'; an invoice question asks for neither: other.")

    f = eml("l18-pregunta-antes", "Luis Alberto Ramírez <luisalberto.ramirez@yahoo.com>", "info@leadsoptima.com",
            "Pregunta antes de contratar",
            "Buenas noches. Estoy evaluando contratar el plan anual para mi agencia en Caracas. Si pago el año y "
            "al mes veo que no me sirve, ¿me devolverían algo? ¿Y se puede pagar en dólares?\n\nGracias de antemano,\nLuis Alberto",
            when(21, 21, 0, VE), "es18@yahoo.com")
    case("l18-pregunta-antes", [f], LOB, "other",
         "Section 8 hypothetical: a policy question before buying ('si pago... ¿me devolverían?') is not a request: other.")

    e = "fernanda.villacis@gmail.com"
    CUSTOMERS.append(cust(e, "Fernanda Villacís", "monthly", start="2025-09-05", end="2025-10-04"))
    PAYMENTS += [lopay("es_p23", "LO-INV-52171", e, "monthly", M, "2025-09-05T09:00:00", "2025-09-05", "2025-10-04"),
                 lopay("es_p24", "LO-INV-52172", e, "monthly", M, "2025-09-05T09:00:20", "2025-09-05", "2025-10-04", status="refunded")]
    f = eml("l19-gracias-reembolso", f"Fernanda Villacís <{e}>", "support@leadsoptima.com",
            "Re: Reembolso cobro duplicado [LO-4102]",
            "Hola, solo para contarles que ya me llegó a la tarjeta la devolución del cobro que me habían hecho dos "
            "veces a inicios de mes. Al principio me asusté, pero todo bien. ¡Mil gracias por la rapidez, chévere!\n\nFernanda",
            when(20, 17, 0, EC), "es19@gmail.com", reply_to_ids=["lo-4102@leadsoptima.com"])
    case("l19-gracias-reembolso", [f], LOB, "other",
         "Past event + thanks that closes the story (refund already received): no new request: other.")

    e = "rafael.dealmonte@gmail.com"
    CUSTOMERS.append(cust(e, "Rafael De Almonte", "quarterly", start="2025-08-01", end="2025-10-31"))
    f = eml("l20-queja-sin-pedido", f"Rafael De Almonte <{e}>", "support@leadsoptima.com",
            "Que vaina con el panel",
            "Mire, desde la actualización del martes el panel de reportes está lentísimo, cada filtro tarda como "
            "un minuto. Yo pago trimestral y esperaba más. Solo quería que supieran que así no se puede trabajar, "
            "a ver si lo arreglan.\n\nRafael",
            when(26, 13, 0, DO), "es20@gmail.com")
    case("l20-queja-sin-pedido", [f], LOB, "other",
         "A complaint that asks for nothing (slow reports, still has access): neither refund nor cancellation: other.")

    e = "javier.ortega.ruiz@gmail.com"
    CUSTOMERS.append(cust(e, "Javier Ortega Ruiz", "monthly", start="2025-09-26", end="2025-10-25"))
    PAYMENTS += [lopay("es_p25", "LO-INV-52191", e, "monthly", M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")]
    f = eml("l21-contracargo", f"Javier Ortega <{e}>", "support@leadsoptima.com",
            "Cargo no autorizado",
            "Me habéis cobrado 1.499,00 ₹ (LO-INV-52191) cuando di de baja la cuenta hace semanas. O me lo "
            "devolvéis esta semana o pido el contracargo al banco, que ya he hablado con ellos.\n\nJavier",
            when(27, 19, 0, ES), "es21@gmail.com")
    case("l21-contracargo", [f], LOB, "decided",
         "C4: chargeback threat ('pido el contracargo al banco') escalates the refund.",
         [R("escalate")], rules=["C4"], extra_ok=True)

    e = "hector.zamora@gmail.com"
    CUSTOMERS.append(cust(e, "Héctor Zamora", "monthly", start="2025-09-20", end="2025-10-19"))
    PAYMENTS += [lopay("es_p26", "LO-INV-52201", e, "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")]
    f = eml("l22-profeco", f"Héctor Zamora <{e}>", "support@leadsoptima.com",
            "Cancelación y reembolso o PROFECO",
            "Quiero cancelar YA mi cuenta y que me regresen lo de la factura LO-INV-52201, no sirve para nada lo que "
            "prometen. Si no me responden en 48 horas pongo la queja en PROFECO y con mi abogado.\n\nHéctor Zamora",
            when(22, 9, 0, MX), "es22@gmail.com")
    case("l22-profeco", [f], LOB, "decided",
         "C4 covers the whole case: consumer agency (PROFECO) + lawyer threat escalates both refund and cancellation.",
         [R("escalate"), C("escalate")], rules=["C4"])

    f = eml("l23-fuera-oficina", "Adriana Chaves <adriana.chaves@racsa.co.cr>", "support@leadsoptima.com",
            "Respuesta automática: Re: Su caso [LO-4170]",
            "Hola, estaré fuera de la oficina hasta el 6 de octubre con acceso limitado al correo. Para temas "
            "urgentes escriba a soporte@ejemplo.cr.\n\nSaludos,\nAdriana",
            when(29, 8, 0, CR), "es23@racsa.co.cr", reply_to_ids=["lo-4170@leadsoptima.com"],
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case("l23-fuera-oficina", [f], LOB, "ignore", "C7: Auto-Submitted: auto-replied out-of-office.", rules=["C7"])

    f = eml("l24-rebote", "Mail Delivery Subsystem <MAILER-DAEMON@mx.une.net.co>", "support@leadsoptima.com",
            "Notificación de estado de entrega (error)",
            "No se ha podido entregar el mensaje a juanp@une.net.co: el buzón está lleno.\n\n"
            "Reporting-MTA: dns; mx.une.net.co\nFinal-Recipient: rfc822; juanp@une.net.co\nAction: failed\nStatus: 5.2.2",
            when(30, 3, 0, CO), "es24@mx.une.net.co")
    case("l24-rebote", [f], LOB, "ignore", "C7: MAILER-DAEMON sender, delivery-status failure.", rules=["C7"])

    e = "gerencia@distribuidoracafetera.com.co"
    CUSTOMERS.append(cust(e, "Distribuidora Cafetera", "annual", start="2025-09-25", end="2026-09-24"))
    PAYMENTS += [lopay("es_p27", "LO-INV-52211", e, "annual", A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24"),
                 lopay("es_p28", "LO-INV-52212", e, "annual", A, "2025-09-25T10:00:50", "2025-09-25", "2026-09-24")]
    f = eml("l25-reenvio-asistente", "Paola Cárdenas <asistente.gerencia@gmail.com>", "support@leadsoptima.com",
            "RV: cobro doble anual",
            "Buenos días, les reenvío lo que me pidió el gerente, por favor tramitarlo.\n\nPaola\n\n"
            "________________________________\nDe: Gerencia Distribuidora Cafetera <gerencia@distribuidoracafetera.com.co>\n"
            "Enviado: jueves, 25 de septiembre de 2025 4:12 p. m.\nPara: Paola Cárdenas <asistente.gerencia@gmail.com>\n"
            "Asunto: cobro doble anual\n\nPaola, LeadsOptima nos cobró dos veces la anualidad (LO-INV-52212). "
            "Escríbales y que devuelvan el segundo cobro. La cuenta es gerencia@distribuidoracafetera.com.co.\n",
            when(26, 8, 30, CO), "es25@gmail.com")
    case("l25-reenvio-asistente", [f], LOB, "need_info",
         "Section 8 forward: the forwarded request names registered email gerencia@... while the sender is a gmail: C2, ask for it from that address.",
         rules=["C2"])

    e = "nahuel.benitez@arnet.com.ar"
    CUSTOMERS.append(cust(e, "Nahuel Benítez", "monthly", start="2025-09-23", end="2025-10-22"))
    PAYMENTS += [lopay("es_p29", "LO-INV-52221", e, "monthly", M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22"),
                 lopay("es_p30", "LO-INV-52222", e, "monthly", M, "2025-09-23T10:02:00", "2025-09-23", "2025-10-22"),
                 lopay("es_p31", "LO-INV-52223", e, "monthly", M, "2025-09-23T10:05:00", "2025-09-23", "2025-10-22")]
    f = eml("l26-tres-cobros", f"Nahuel Benítez <{e}>", "support@leadsoptima.com",
            "TRES cobros iguales?!",
            "Buenas. No sé qué pasó con su sistema pero el 23 me cobraron tres veces la misma cuota mensual: "
            "LO-INV-52221, LO-INV-52222 y LO-INV-52223. Obvio pago una sola. Devuélvanme las otras dos.\n\nNahuel",
            when(24, 12, 0, AR), "es26@arnet.com.ar")
    case("l26-tres-cobros", [f], LOB, "decided",
         "Section 8 three identical charges on 09-23: the 2nd and 3rd are duplicates, both inside L3 (request day 1): 1499.00 x 2 = 2998.00.",
         [R("approve", "2998.00")])

    e = "ignacia.soto@uc.cl"
    CUSTOMERS.append(cust(e, "Ignacia Soto", "monthly", start="2025-09-26", end="2025-10-25"))
    PAYMENTS += [lopay("es_p32", "LO-INV-52231", e, "monthly", M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"),
                 lopay("es_p33", "LO-INV-52232", e, "monthly", M, "2025-09-26T10:00:10", "2025-09-26", "2025-10-25")]
    f = eml("l27-referencia-minuscula", f"Ignacia Soto <{e}>", "support@leadsoptima.com", "cobro x2",
            "hola!! me llegaron 2 cargos de $1.499,00 el mismo dia 26, el segundo es el lo inv 52232. "
            "me lo pueden devolver?? gracias\nIgnacia\n\nEnviado desde Outlook para Android",
            when(27, 23, 40, CL), "es27@uc.cl")
    case("l27-referencia-minuscula", [f], LOB, "decided",
         "Section 8 references: 'lo inv 52232' = LO-INV-52232; amount written '$1.499,00'; charges 09-26, request 2025-09-27 23:40-03:00 = 08:10 IST 09-28 (day 2): approve 1499.00.",
         [R("approve", "1499.00")])

    e = "gonzalo.paredes@speedy.com.pe"
    CUSTOMERS.append(cust(e, "Gonzalo Paredes", "monthly", start="2025-09-24", end="2025-10-23"))
    PAYMENTS += [lopay("es_p34", "LO-INV-52241", e, "monthly", M, "2025-09-24T11:00:00", "2025-09-24", "2025-10-23"),
                 lopay("es_p35", "LO-INV-52242", e, "monthly", M, "2025-09-24T11:00:30", "2025-09-24", "2025-10-23", status="disputed")]
    f = eml("l28-cobro-en-disputa", f"Gonzalo Paredes <{e}>", "support@leadsoptima.com",
            "Doble cobro mensualidad",
            "Estimados:\nEl 24 de septiembre se me cobró dos veces la mensualidad; el cobro repetido corresponde a "
            "la factura LO-INV-52242. Solicito su devolución.\nSaludos,\nGonzalo Paredes\nArequipa",
            when(25, 9, 0, PE), "es28@speedy.com.pe")
    case("l28-cobro-en-disputa", [f], LOB, "decided",
         "Section 8: the duplicate charge is not 'paid' (status disputed in the ledger): refund escalate.",
         [R("escalate")])

    e = "oriana.blanco@gmail.com"
    CUSTOMERS.append(cust(e, "Oriana Blanco", "monthly", start="2025-09-12", end="2025-10-11"))
    f = eml("l29-ni-baja-ni-reembolso", f"Oriana Blanco <{e}>", "support@leadsoptima.com",
            "Cambio de tarjeta",
            "Hola, buenas. Ojo: no quiero darme de baja ni estoy pidiendo reembolso de nada, estoy contenta con el "
            "servicio. Solo necesito cambiar la tarjeta del cobro porque la otra se me venció. ¿Dónde lo hago?\n\nOriana",
            when(24, 15, 0, VE), "es29@gmail.com")
    case("l29-ni-baja-ni-reembolso", [f], LOB, "other",
         "Declines both intents ('no quiero darme de baja ni... reembolso'); asks to change card: other.")

    e = "cristian.andrade@netlife.ec"
    CUSTOMERS.append(cust(e, "Cristian Andrade", "quarterly", start="2025-08-20", end="2025-11-19"))
    f = eml("l30-seria-posible", f"Cristian Andrade <{e}>", "support@leadsoptima.com",
            "Consulta sobre mi plan",
            "Buenas tardes, ¿sería posible que no se me renueve el plan trimestral? Es decir, terminar cuando se "
            "cumpla el periodo que ya pagué. Hemos reducido personal y no lo vamos a necesitar.\n\nMil gracias,\nCristian",
            when(25, 16, 0, EC), "es30@netlife.ec")
    case("l30-seria-posible", [f], LOB, "decided",
         "Indirect cancellation ('¿sería posible que no se me renueve...?'): L8 cancel, active until current_period_end 2025-11-19.",
         [C("cancel", "2025-11-19")])

    # ---------------- Optima WebDesign ----------------
    ce = "bodegalosarcos@gmail.com"
    PROJECTS.append(proj("Bodega Los Arcos", ce))
    PAYMENTS.append(owpay("es_w01", "OWD-2025-301", "Bodega Los Arcos", "discovery", "15000.00", "2700.00", "2025-09-20T11:00:00"))
    f = eml("l31-discovery-sin-empezar", f"Bodega Los Arcos <{ce}>", "optimawebdesigns12@gmail.com",
            "Refund Request — Bodega Los Arcos / OWD-2025-301",
            "Hola, equipo de Optima:\n\nPagamos la fase de descubrimiento (OWD-2025-301) para la web de Bodega Los "
            "Arcos, pero mi socio se retira del negocio y el proyecto queda parado. Como aún no hemos tenido ninguna "
            "sesión, os pedimos la devolución íntegra.\n\nSaludos,\nAinhoa Etxeberria\nBodega Los Arcos (Logroño)",
            when(24, 12, 0, ES), "es31@gmail.com")
    case("l31-discovery-sin-empezar", [f], OWB, "decided",
         "O1: discovery, work_started_at empty: full refund of the amount before tax, 15000.00.",
         [R("approve", "15000.00")], extra_ok=True)

    ce = "direccion@clinicadentalsonrie.mx"
    PROJECTS.append(proj("Clínica Sonríe", ce, "2025-09-12T10:00:00"))
    PAYMENTS.append(owpay("es_w02", "OWD-2025-302", "Clínica Sonríe", "discovery", "18000.00", "3240.00", "2025-09-08T10:00:00"))
    f = eml("l32-discovery-empezado", f"Dra. Mónica Treviño <{ce}>", "optimawebdesigns12@gmail.com",
            "Devolución estrategia Clínica Sonríe",
            "Buen día. Solicito la devolución de la factura OWD-2025-302 (estrategia digital del proyecto Clínica "
            "Sonríe). Tuvimos la primera sesión pero la verdad no nos convenció el enfoque y preferimos hacerlo "
            "con una agencia local.\n\nDra. Mónica Treviño",
            when(22, 10, 0, MX), "es32@clinicadentalsonrie.mx")
    case("l32-discovery-empezado", [f], OWB, "decided",
         "O1: discovery sessions already started (work_started_at 09-12 before the request): deny.",
         [R("deny")], extra_ok=True)

    ce = "hola@tallerceramica.es"
    PROJECTS.append(proj("Taller Barro y Fuego", ce))
    PAYMENTS.append(owpay("es_w03", "OWD-2025-303", "Taller Barro y Fuego", "deposit", "20000.00", "3600.00", "2025-09-15T10:00:00"))
    f = eml("l33-anticipo-72h-justas", f"Taller Barro y Fuego <{ce}>", "optimawebdesigns12@gmail.com",
            "Anulación anticipo OWD-2025-303",
            "Buenos días:\n\nHemos recibido una subvención que nos obliga a contratar con un proveedor local, así "
            "que no podemos seguir con la web del Taller Barro y Fuego. Os pido la devolución del anticipo "
            "(factura OWD-2025-303), que pagamos el lunes y aún no habéis empezado nada.\n\nUn abrazo,\nMarta",
            when(18, 6, 30, ES), "es33@tallerceramica.es")
    case("l33-anticipo-72h-justas", [f], OWB, "decided",
         "Section 8 / O2: deposit paid 09-15 10:00 IST; request 2025-09-18 06:30+02:00 = 10:00 IST, exactly 72 h, not before: deny.",
         [R("deny")], extra_ok=True)

    ce = "pedidos@alfajoresdelsur.com.ar"
    PROJECTS.append(proj("Alfajores del Sur", ce))
    PAYMENTS.append(owpay("es_w04", "OWD-2025-304", "Alfajores del Sur", "deposit", "25000.00", "4500.00", "2025-09-22T18:00:00"))
    f = eml("l34-sena-a-tiempo", f"Alfajores del Sur <{ce}>", "optimawebdesigns12@gmail.com",
            "Consulta seña tienda online",
            "Hola, qué tal. ¿Sería posible que nos reintegren la seña de la tienda online de Alfajores del Sur "
            "(OWD-2025-304)? Nos aumentaron el alquiler del local y tenemos que frenar toda inversión por ahora. "
            "Entiendo que todavía no arrancaron.\n\nSaludos,\nValeria",
            when(24, 10, 0, AR), "es34@alfajoresdelsur.com.ar")
    case("l34-sena-a-tiempo", [f], OWB, "decided",
         "O2: deposit paid 09-22 18:00 IST, request 2025-09-24 10:00-03:00 = 18:30 IST (48.5 h), no work started: approve 25000.00 (tax kept, C6). Indirect request.",
         [R("approve", "25000.00")], extra_ok=True)

    ce = "juanesteban@cafedeorigen.co"
    PROJECTS.append(proj("Café de Origen", ce, "2025-09-21T10:00:00"))
    PAYMENTS.append(owpay("es_w05", "OWD-2025-305", "Café de Origen", "deposit", "22000.00", "3960.00", "2025-09-20T11:00:00"))
    f = eml("l35-anticipo-ya-empezado", f"Juan Esteban Ospina <{ce}>", "optimawebdesigns12@gmail.com",
            "Devolución del anticipo Café de Origen",
            "Buenos días. Les pido el reembolso del anticipo OWD-2025-305 del proyecto Café de Origen: nos "
            "salió más barato hacerlo con un primo que es diseñador. Sé que ya me mandaron los primeros bocetos "
            "el domingo, pero todavía no han pasado tres días.\n\nJuan Esteban",
            when(22, 9, 0, CO), "es35@cafedeorigen.co")
    case("l35-anticipo-ya-empezado", [f], OWB, "decided",
         "O2: request 09-22 19:30 IST is inside 72 h but work started 09-21 10:00 (whichever first): deny.",
         [R("deny")], extra_ok=True)

    ce = "proyectos@vinaelquisco.cl"
    PROJECTS.append(proj("Viña El Quisco", ce, "2025-08-01T10:00:00"))
    PAYMENTS.append(owpay("es_w06", "OWD-2025-306", "Viña El Quisco", "milestone", "40000.00", "7200.00",
                          "2025-09-10T10:00:00", milestone_status="not_started"))
    f = eml("l36-hito-no-iniciado", f"Viña El Quisco <{ce}>", "optimawebdesigns12@gmail.com",
            "Hito 3 - tienda en inglés",
            "Estimados, junto con saludar: decidimos no abrir la venta al extranjero este año, así que el hito 3 "
            "(versión en inglés de la tienda, factura OWD-2025-306, $40.000) ya no lo necesitamos. Como no lo han "
            "comenzado, les solicito la devolución de ese pago. El resto del proyecto Viña El Quisco sigue igual.\n\n"
            "Saludos cordiales,\nFrancisca Errázuriz",
            when(25, 12, 0, CL), "es36@vinaelquisco.cl")
    case("l36-hito-no-iniciado", [f], OWB, "decided",
         "O3: milestone not_started: refund its amount before tax, 40000.00.",
         [R("approve", "40000.00")])

    ce = "marketing@pisqueraica.pe"
    PROJECTS.append(proj("Pisquera Ica", ce, "2025-08-15T10:00:00"))
    PAYMENTS.append(owpay("es_w07", "OWD-2025-307", "Pisquera Ica", "milestone", "35000.00", "6300.00",
                          "2025-09-05T10:00:00", milestone_status="in_progress"))
    f = eml("l37-hito-en-curso", f"Pisquera Ica - Marketing <{ce}>", "optimawebdesigns12@gmail.com",
            "Reembolso hito blog Pisquera Ica",
            "Estimados señores:\nPor recorte de presupuesto del directorio hemos decidido prescindir del módulo de "
            "blog (hito 2, factura OWD-2025-307). Sabemos que ya avanzaron una parte, pero solicitamos la devolución "
            "de lo que no se ha trabajado.\nAtte.,\nRosa María Cárdenas",
            when(26, 11, 0, PE), "es37@pisqueraica.pe")
    case("l37-hito-en-curso", [f], OWB, "decided",
         "O3: milestone in_progress: the billable value of work not started needs a person: escalate.",
         [R("escalate")])

    ce = "admin@arepasdonpedro.com.ve"
    PROJECTS.append(proj("Arepas Don Pedro", ce, "2025-07-01T10:00:00"))
    PAYMENTS.append(owpay("es_w08", "OWD-2025-308", "Arepas Don Pedro", "milestone", "30000.00", "5400.00",
                          "2025-08-20T10:00:00", milestone_status="approved"))
    f = eml("l38-hito-aprobado", f"Arepas Don Pedro <{ce}>", "optimawebdesigns12@gmail.com",
            "devolucion del diseño",
            "Buenas, el diseño de la página de Arepas Don Pedro que aprobamos en agosto (OWD-2025-308) ahora mi "
            "papá dice que no le gusta, que los colores no son los del negocio. Queremos que nos devuelvan lo pagado "
            "por ese diseño.\nPedro José",
            when(23, 14, 0, VE), "es38@arepasdonpedro.com.ve")
    case("l38-hito-aprobado", [f], OWB, "decided",
         "O3/O6: milestone already approved: deny (non-refundable).",
         [R("deny")])

    ce = "gerencia@floreriaquito.ec"
    PROJECTS.append(proj("Florería Quito", ce, "2025-03-01T10:00:00"))
    PAYMENTS.append(owpay("es_w09", "OWD-2025-309", "Florería Quito", "retainer", "12000.00", "2160.00",
                          "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14",
                          next_billing_at="2025-10-15T00:00:00"))
    f = eml("l39-retainer-con-aviso", f"Florería Quito <{ce}>", "optimawebdesigns12@gmail.com",
            "Terminar soporte mensual Florería Quito",
            "Buenos días. Les aviso que damos por terminado el soporte mensual de la página de Florería Quito "
            "(última factura OWD-2025-309): vamos a contratar a un chico de planta que se encargue de la web. "
            "Por favor no nos facturen el próximo mes.\n\nSaludos,\nXimena Jaramillo",
            when(26, 9, 0, EC), "es39@floreriaquito.ec")
    case("l39-retainer-con-aviso", [f], OWB, "decided",
         "O4/O8: retainer, next_billing_at 2025-10-15; request 09-26 IST <= 10-08 (>= 7 days): cancel, effective the day before, 2025-10-14.",
         [C("cancel", "2025-10-14")])

    ce = "contacto@colmadolaesquina.do"
    PROJECTS.append(proj("Colmado La Esquina", ce, "2025-05-01T10:00:00"))
    PAYMENTS.append(owpay("es_w10", "OWD-2025-310", "Colmado La Esquina", "retainer", "8000.00", "1440.00",
                          "2025-09-01T10:00:00", period_start="2025-09-01", period_end="2025-09-30",
                          next_billing_at="2025-10-01T00:00:00"))
    f = eml("l40-retainer-sin-aviso", f"Colmado La Esquina <{ce}>", "optimawebdesigns12@gmail.com",
            "cancelar mantenimiento mensual",
            "Saludos. Quiero cancelar el plan mensual de actualización de la página del Colmado La Esquina, factura "
            "OWD-2025-310. El negocio está flojo y no podemos seguir pagando eso.\nGracias,\nRamón Peña",
            when(27, 10, 0, DO), "es40@colmadolaesquina.do")
    case("l40-retainer-sin-aviso", [f], OWB, "decided",
         "O4: next_billing_at 2025-10-01, request 09-27 IST is after 09-24 (< 7 days): the October cycle is billed; effective its last day 2025-10-31.",
         [C("cancel", "2025-10-31")])

    ce = "info@surfescuelatamarindo.cr"
    PROJECTS.append(proj("Escuela de Surf Tamarindo", ce, "2025-04-01T10:00:00"))
    PAYMENTS.append(owpay("es_w11", "OWD-2025-311", "Escuela de Surf Tamarindo", "retainer", "9000.00", "1620.00",
                          "2025-09-05T10:00:00", period_start="2025-09-05", period_end="2025-10-04",
                          next_billing_at="2025-10-05T00:00:00"))
    f = eml("l41-retainer-siete-dias-justos", f"Surf Escuela Tamarindo <{ce}>", "optimawebdesigns12@gmail.com",
            "Cancelación plan de contenidos",
            "Hola! Por la temporada baja cerramos la escuela unos meses, así que necesitamos cancelar el plan "
            "mensual de contenidos de la web de la Escuela de Surf Tamarindo (OWD-2025-311). Les aviso con tiempo "
            "para que no se renueve el 5.\n\nPura vida!\nDiego",
            when(27, 22, 0, CR), "es41@surfescuelatamarindo.cr")
    case("l41-retainer-siete-dias-justos", [f], OWB, "decided",
         "O4 edge: next_billing_at 10-05; request 2025-09-27 22:00-06:00 = 09:30 IST 09-28 = 10-05 minus 7 days: notice given; effective 2025-10-04.",
         [C("cancel", "2025-10-04")])

    ce = "socios@mendezruiz.es"
    PROJECTS.append(proj("Méndez Ruiz Asociados", ce, "2025-01-10T10:00:00"))
    PAYMENTS += [owpay("es_w12", "OWD-2025-312", "Méndez Ruiz Asociados", "retainer", "15000.00", "2700.00",
                       "2025-09-01T10:00:00", period_start="2025-09-01", period_end="2025-09-30"),
                 owpay("es_w13", "OWD-2025-313", "Méndez Ruiz Asociados", "retainer", "15000.00", "2700.00",
                       "2025-09-10T10:00:00", period_start="2025-10-01", period_end="2025-10-31",
                       next_billing_at="2025-11-01T00:00:00")]
    f = eml("l42-retainer-pagado-adelantado", f"Méndez Ruiz Asociados <{ce}>", "optimawebdesigns12@gmail.com",
            "Baja del mantenimiento web - Méndez Ruiz Asociados",
            "Estimados:\n\nLes comunicamos la baja del servicio mensual de mantenimiento de la web de Méndez Ruiz "
            "Asociados, motivada por la fusión del despacho con otra firma que ya dispone de web propia. Tengan en "
            "cuenta que el mes de octubre ya lo abonamos por adelantado (OWD-2025-313).\n\nReciban un cordial saludo,\n"
            "Carmen Méndez", when(20, 11, 0, ES), "es42@mendezruiz.es")
    case("l42-retainer-pagado-adelantado", [f], OWB, "decided",
         "Section 8 retainer paid in advance: October already paid and notice >= 7 days before 11-01: escalate the cancellation.",
         [C("escalate")],
         ambiguous="the customer mentions the prepaid month but does not ask for it back; whether that is a refund request is not settled (a refund decision, escalate, may also be drafted). No extra_ok: an extra refund decision could approve the prepaid month")

    ce = "ventas@mueblesrusticosmx.com"
    PROJECTS.append(proj("Muebles Rústicos", ce, "2025-08-01T10:00:00"))
    PAYMENTS.append(owpay("es_w14", "OWD-2025-314", "Muebles Rústicos", "hosting_annual", "18000.00", "3240.00",
                          "2025-09-15T10:00:00", setup_fee="1800.00", service_start="2025-09-15"))
    f = eml("l43-hosting-14-dias", f"Muebles Rústicos <{ce}>", "optimawebdesigns12@gmail.com",
            "Reembolso plan servidor y respaldos",
            "Buenas tardes. Contratamos con ustedes el plan anual que cubre el servidor, los respaldos y el "
            "certificado de la página de Muebles Rústicos (factura OWD-2025-314). Mi cuñado nos ofreció alojarla "
            "gratis en su empresa, así que queremos cancelar ese plan y que nos devuelvan lo que corresponda.\n\n"
            "Atentamente,\nLic. Jorge Arellano",
            when(22, 13, 0, MX), "es43@mueblesrusticosmx.com")
    case("l43-hosting-14-dias", [f], OWB, "decided",
         "O5: hosting named by what it covers; start 09-15, request 09-23 IST (day 8 <= 14): 18000 - 1800 - (16200/12)*1 = 14850.00; the plan ends with it.",
         [R("approve", "14850.00")], extra_ok=True)

    ce = "info@estudiocontablealvarez.com.ar"
    PROJECTS.append(proj("Estudio Contable Álvarez", ce, "2025-08-01T10:00:00"))
    PAYMENTS.append(owpay("es_w15", "OWD-2025-315", "Estudio Contable Álvarez", "maintenance_annual", "24000.00", "4320.00",
                          "2025-09-01T10:00:00", setup_fee="2400.00", service_start="2025-09-01"))
    f = eml("l44-mantenimiento-tarde", f"Estudio Contable Álvarez <{ce}>", "optimawebdesigns12@gmail.com",
            "Mantenimiento anual - pedido de reintegro",
            "Buenos días. Les escribo por el mantenimiento anual de la web del Estudio Contable Álvarez "
            "(OWD-2025-315, $24.000 + IVA). Nos vamos a mudar a una plataforma que ya trae mantenimiento incluido, "
            "por lo que solicitamos el reintegro proporcional y la baja del servicio.\n\nCr. Horacio Álvarez",
            when(16, 10, 0, AR), "es44@estudiocontablealvarez.com.ar")
    case("l44-mantenimiento-tarde", [f], OWB, "decided",
         "O5: service_start 09-01, request 09-16 IST = day 15 > 14: refund deny (cancellation may be acknowledged).",
         [R("deny")], extra_ok=True)

    ce = "admin@tostadoraandina.co"
    PROJECTS.append(proj("Tostadora Andina", ce))
    PAYMENTS.append(owpay("es_w16", "OWD-2025-316", "Tostadora Andina", "maintenance_annual", "24000.00", "4320.00",
                          "2025-09-25T20:00:00", setup_fee="0.00", service_start="2025-10-10"))
    f = eml("l45-mantenimiento-antes-inicio", f"Tostadora Andina <{ce}>", "optimawebdesigns12@gmail.com",
            "Anular mantenimiento anual Tostadora Andina",
            "Buen día. El 25 pagamos el mantenimiento anual de la tienda Tostadora Andina (OWD-2025-316) que arranca "
            "el 10 de octubre, pero la junta aprobó cerrar la línea de venta online. Solicitamos la anulación del "
            "contrato y la devolución.\n\nCordialmente,\nLaura Cristina Mejía",
            when(28, 9, 0, CO), "es45@tostadoraandina.co")
    case("l45-mantenimiento-antes-inicio", [f], OWB, "decided",
         "O5 + section 8: service not started yet, consumed_months = 1: 24000 - 0 - 2000*1 = 22000.00.",
         [R("approve", "22000.00")], extra_ok=True)

    ce = "web@cerveceriapatagonica.cl"
    PROJECTS.append(proj("Cervecería Patagónica", ce, "2025-06-01T10:00:00"))
    PAYMENTS.append(owpay("es_w17", "OWD-2025-317", "Cervecería Patagónica", "third_party", "3500.00", "630.00",
                          "2025-09-24T10:00:00"))
    f = eml("l46-dominio", f"Cervecería Patagónica <{ce}>", "optimawebdesigns12@gmail.com",
            "Devolución dominio .cl",
            "Hola, nos cobraron la renovación del dominio y el certificado (OWD-2025-317) de Cervecería Patagónica, "
            "pero ahora el dominio lo vamos a manejar nosotros directo en NIC Chile. Pedimos que nos devuelvan ese "
            "cobro.\nSaludos,\nTomás",
            when(25, 10, 0, CL), "es46@cerveceriapatagonica.cl")
    case("l46-dominio", [f], OWB, "decided",
         "O6: third_party (domain, SSL) is never refundable: deny.",
         [R("deny")])

    ce = "compras@ferreteriaelmartillo.pe"
    PROJECTS.append(proj("Ferretería El Martillo", ce, "2025-09-01T10:00:00"))
    PAYMENTS.append(owpay("es_w18", "OWD-2025-318", "Ferretería El Martillo", "rush", "6000.00", "1080.00",
                          "2025-09-20T10:00:00"))
    f = eml("l47-cargo-urgencia", f"Ferretería El Martillo <{ce}>", "optimawebdesigns12@gmail.com",
            "Cargo por urgencia",
            "Buenos días. Pagamos el recargo por entrega urgente (OWD-2025-318) de la web de Ferretería El Martillo "
            "y al final la campaña se postergó un mes, o sea ya no hacía falta tanto apuro. Solicitamos la devolución "
            "de ese recargo.\nAtte. Área de Compras",
            when(23, 9, 0, PE), "es47@ferreteriaelmartillo.pe")
    case("l47-cargo-urgencia", [f], OWB, "decided",
         "O6: rush fee is never refundable: deny.", [R("deny")])

    ce = "admin@heladeriacaribe.com.ve"
    PROJECTS.append(proj("Heladería Caribe", ce))
    PAYMENTS.append(owpay("es_w19", "OWD-2025-319", "Heladería Caribe", "deposit", "20000.00", "3600.00", "2025-09-27T10:00:00"))
    f = eml("l48-owd-otro-correo", "Yusmely Carrasquel <yusmely.c@gmail.com>", "optimawebdesigns12@gmail.com",
            "Anticipo Heladería Caribe OWD-2025-319",
            "Buenas tardes, les escribo desde mi correo personal. Soy la dueña de Heladería Caribe; el contrato está "
            "con admin@heladeriacaribe.com.ve. Nos quedamos sin presupuesto y quiero el reembolso del anticipo "
            "OWD-2025-319.\nGracias\nYusmely",
            when(28, 15, 0, VE), "es48@gmail.com")
    case("l48-owd-otro-correo", [f], OWB, "need_info",
         "C2 (explicit for Optima): not sent from the contract email: ask to write from it, nothing about the project.",
         rules=["C2"])

    ce = "gerencia@hostalmitad.ec"
    PROJECTS.append(proj("Hostal Mitad del Mundo", ce, "2025-02-01T10:00:00"))
    PAYMENTS.append(owpay("es_w20", "OWD-2025-320", "Hostal Mitad del Mundo", "retainer", "10000.00", "1800.00",
                          "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19",
                          next_billing_at="2025-10-20T00:00:00"))
    f = eml("l49-owd-sin-motivo", f"Hostal Mitad del Mundo <{ce}>", "optimawebdesigns12@gmail.com",
            "Cancelación OWD-2025-320",
            "Estimados señores de Optima WebDesign:\n\nPor medio de la presente solicito la cancelación del servicio "
            "mensual del proyecto Hostal Mitad del Mundo, factura OWD-2025-320.\n\nQuedo atento a su confirmación.\n"
            "Bendiciones,\n\nIng. Galo Terán\nGerente General",
            when(24, 9, 0, EC), "es49@hostalmitad.ec")
    case("l49-owd-sin-motivo", [f], OWB, "need_info",
         "Section 8: Optima requires a reason for cancellations too; courtesy lines and signature are not one: ask for reason.",
         missing=["reason"])

    ce = "info@cacaosamana.do"
    PROJECTS.append(proj("Cacao Samaná", ce, "2025-03-01T10:00:00"))
    PAYMENTS.append(owpay("es_w21", "OWD-2025-321", "Cacao Samaná", "retainer", "11000.00", "1980.00",
                          "2025-09-18T10:00:00", period_start="2025-09-18", period_end="2025-10-17",
                          next_billing_at="2025-10-18T00:00:00"))
    f1 = eml("l50a-owd-hilo-pide", f"Cacao Samaná <{ce}>", "optimawebdesigns12@gmail.com",
             "Cancelar plan mensual Cacao Samaná OWD-2025-321",
             "Buenas, favor cancelar el plan mensual de la web de Cacao Samaná (OWD-2025-321).\nGracias,\nLeidy",
             when(25, 10, 0, DO), "es50a@cacaosamana.do")
    f2 = eml("l50b-owd-hilo-responde", f"Cacao Samaná <{ce}>", "optimawebdesigns12@gmail.com",
             "Re: Cancelar plan mensual Cacao Samaná OWD-2025-321 [OWD-2210]",
             "Claro, el motivo: la cooperativa decidió que la web la maneje el departamento de exportación con su "
             "propio personal.\n\nLeidy\n\n-----Mensaje original-----\nDe: Optima WebDesign\n"
             "> Para continuar necesitamos el motivo de la cancelación.",
             when(26, 9, 0, DO), "es50b@cacaosamana.do", reply_to_ids=["es50a@cacaosamana.do", "owd-2210@optimawebdesign.com"])
    case("l50-owd-hilo-responde", [f1, f2], OWB, "decided",
         "C3 thread: reason given in the reply; request time 09-25 (first mail), next_billing 10-18, 09-25 <= 10-11: cancel effective 2025-10-17.",
         [C("cancel", "2025-10-17")])

    ce = "gerencia@inmobiliariaguadalquivir.es"
    PROJECTS.append(proj("Inmobiliaria Guadalquivir", ce, "2025-09-02T10:00:00"))
    PAYMENTS.append(owpay("es_w22", "OWD-2025-322", "Inmobiliaria Guadalquivir", "milestone", "45000.00", "8100.00",
                          "2025-09-10T10:00:00", milestone_status="completed"))
    f = eml("l51-owd-abogado", f"Inmobiliaria Guadalquivir <{ce}>", "optimawebdesigns12@gmail.com",
            "Reclamación formal OWD-2025-322",
            "Muy señores míos:\n\nEl buscador de inmuebles entregado (hito OWD-2025-322, proyecto Inmobiliaria "
            "Guadalquivir) no funciona como se acordó. Exijo la devolución íntegra de lo abonado. He dado traslado "
            "del asunto a nuestro abogado y, de no recibir respuesta, acudiremos a la OMIC.\n\nFdo.: Rafael Montoya",
            when(23, 9, 0, ES), "es51@inmobiliariaguadalquivir.es")
    case("l51-owd-abogado", [f], OWB, "decided",
         "C4: lawyer / consumer office threat escalates the refund whatever the milestone status.",
         [R("escalate")], rules=["C4"])

    f = eml("l52-boletin", "Novedades WordPress en Español <boletin@noticias-wp.es>", "support@optimawebdesign.com",
            "Boletín semanal: 10 plugins imprescindibles",
            "Esta semana: los 10 plugins imprescindibles, cómo pedir reembolso de un tema premium y más.\n\n"
            "Para darte de baja de este boletín, haz clic aquí.",
            when(29, 7, 0, ES), "es52@noticias-wp.es",
            headers={"List-Id": "<boletin.noticias-wp.es>", "Precedence": "bulk",
                     "List-Unsubscribe": "<mailto:baja@noticias-wp.es>"})
    case("l52-boletin", [f], OWB, "ignore", "C7: mailing list (List-Id, Precedence: bulk), despite 'reembolso' and 'baja' in the text.", rules=["C7"])

    f = eml("l53-owd-pregunta-antes", "Mariela Araya <mariela.araya@gmail.com>", "optimawebdesigns12@gmail.com",
            "Consulta antes de firmar",
            "Hola, me pasaron la propuesta para la web de mi tienda en Heredia. Antes de firmar quería preguntar: si "
            "pago el anticipo y a los dos días me arrepiento, ¿me lo devuelven completo? ¿Y el dominio?\n\nGracias,\nMariela",
            when(26, 14, 0, CR), "es53@gmail.com")
    case("l53-owd-pregunta-antes", [f], OWB, "other",
         "Section 8 hypothetical: a question before signing is not a request: other.")

    ce = "hola@yerbamatecriolla.com.ar"
    PROJECTS.append(proj("Yerba Criolla", ce, "2025-07-01T10:00:00"))
    f = eml("l54-owd-queja", f"Yerba Criolla <{ce}>", "optimawebdesigns12@gmail.com",
            "Sin palabras",
            "Che, la verdad una decepción. Les mandamos las fotos hace diez días y la home de Yerba Criolla sigue "
            "con las imágenes de prueba. Nadie contesta el WhatsApp. No les pido nada, solo que sepan que así no se "
            "labura.\n\nLucas", when(29, 18, 0, AR), "es54@yerbamatecriolla.com.ar")
    case("l54-owd-queja", [f], OWB, "other",
         "A complaint that expressly asks for nothing: other.")

    Path(HERE / "ledger.json").write_text(json.dumps(
        {"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}, ensure_ascii=False, indent=1) + "\n")
    Path(HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    build()
    print(f"{len(CASES)} cases")
