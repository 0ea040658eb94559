"""Fresh held-out round 12, Spanish (es): generator of ledger.json, emails/*.eml and expected.json.

Written by QA pass qa12a from POLICY_SPEC.md alone (MIT licence, like the project; all text
written for this project). Deterministic: no randomness, fixed dates. Run: python3 make_cases.py
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
EMAILS = HERE / "emails"

IST = timezone(timedelta(hours=5, minutes=30))
MADRID = timezone(timedelta(hours=2))      # CEST, September 2025
MEXICO = timezone(timedelta(hours=-6))     # Ciudad de Mexico (no DST since 2022)
BUENOS_AIRES = timezone(timedelta(hours=-3))
BOGOTA = timezone(timedelta(hours=-5))

LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LOB = "leadsoptima"
OWB = "optima_webdesign"

customers: list[dict] = []
projects: list[dict] = []
payments: list[dict] = []
cases: list[dict] = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    customers.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, invoice, email, plan, amount, tax, paid_at, pstart, pend, status="paid"):
    payments.append({"brand": LOB, "id": pid, "invoice": invoice, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": pstart, "period_end": pend, "status": status})


def proj(name, email, work_started_at=None):
    projects.append({"brand": OWB, "name": name, "contract_email": email, "work_started_at": work_started_at})


def owpay(pid, invoice, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, period_start=None, period_end=None, milestone_status=None):
    payments.append({"brand": OWB, "id": pid, "invoice": invoice, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": period_start, "period_end": period_end, "milestone_status": milestone_status})


def eml(name, frm, to, subject, when, body=None, html=None, headers=None, reply_to_id=None, cc=None):
    """Write emails/<name>.eml and return its relative path."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{name}.{when.strftime('%Y%m%d%H%M')}@fresh12-es.mail.example>"
    if reply_to_id:
        parent = f"<{reply_to_id}@fresh12-es.mail.example>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for key, value in (headers or {}).items():
        msg[key] = value
    msg["MIME-Version"] = "1.0"
    if body is not None:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    (EMAILS / f"{name}.eml").write_bytes(msg.as_bytes())
    return f"emails/{name}.eml"


def msgid(name, when):
    return f"{name}.{when.strftime('%Y%m%d%H%M')}"


def case(cid, files, brand, status, spec, decisions=(), rules=(), missing=None, extra_ok=False, ambiguous=None):
    entry = {"id": f"es-{cid}", "lang": "es", "files": files, "brand": brand, "status": status,
             "rules": list(rules)}
    if missing is not None:
        entry["missing"] = list(missing)
    entry["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        entry["extra_ok"] = True
    entry["spec"] = spec
    if ambiguous:
        entry["ambiguous"] = ambiguous
    cases.append(entry)


def d(intent, outcome, amount=None, effective_date=None):
    out = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        out["amount"] = amount
    if effective_date is not None:
        out["effective_date"] = effective_date
    return out


def t(y, mo, day, h, mi, tz=IST):
    return datetime(y, mo, day, h, mi, tzinfo=tz)


def build():
    # ------------------------------------------------------------------ LeadsOptima
    # lo01 duplicate, monthly, sloppy invoice, inside window
    cust("rocio.villalba@villalba-reformas.es", "Rocío Villalba", "monthly", start="2025-09-22", end="2025-10-21")
    lopay("pay_es_7301", "LO-INV-73011", "rocio.villalba@villalba-reformas.es", "monthly", "2499.00", "449.82",
          "2025-09-22T10:02:00", "2025-09-22", "2025-10-21")
    lopay("pay_es_7302", "LO-INV-73012", "rocio.villalba@villalba-reformas.es", "monthly", "2499.00", "449.82",
          "2025-09-22T10:03:00", "2025-09-22", "2025-10-21")
    f = eml("lo01-cobro-doble", "Rocío Villalba <rocio.villalba@villalba-reformas.es>", LO,
            "Cobro duplicado en la tarjeta", t(2025, 9, 24, 9, 41, MADRID),
            "Hola buenos dias,\n\n"
            "Revisando el extracto de la tarjeta de la empresa veo que el lunes 22 me pasaron dos cargos "
            "iguales de 2.499,00 por la suscripcion mensual, con un minuto de diferencia. Entiendo que uno "
            "sobra. La factura del segundo es la lo inv 73012.\n\n"
            "Me pueden devolver el cargo de mas? Gracias.\n\n"
            "Rocío Villalba\nVillalba Reformas S.L.\nTel. 954 21 88 03\n")
    case("lo01-duplicado-dentro", [f], LOB, "decided",
         "POLICY_SPEC.md section 3 L2 duplicate_payment, L4: two paid monthly charges 2499.00 on 2025-09-22, same "
         "period; request 2025-09-24 13:11 IST = day 2 <= 7 (L3); refund = duplicate's amount before tax 2499.00 "
         "(C6); 'lo inv 73012' = LO-INV-73012 (section 8 invoice references)",
         [d("refund", "approve", "2499.00")])

    # lo02 duplicate on day 7 exactly (edge, inside)
    cust("ignacio.prieto@prietoyasociados.es", "Ignacio Prieto", "quarterly", start="2025-09-15", end="2025-12-14")
    lopay("pay_es_7303", "LO-INV-73021", "ignacio.prieto@prietoyasociados.es", "quarterly", "6999.00", "1259.82",
          "2025-09-15T08:30:00", "2025-09-15", "2025-12-14")
    lopay("pay_es_7304", "LO-INV-73022", "ignacio.prieto@prietoyasociados.es", "quarterly", "6999.00", "1259.82",
          "2025-09-15T08:31:00", "2025-09-15", "2025-12-14")
    f = eml("lo02-dia-siete", "Ignacio Prieto <ignacio.prieto@prietoyasociados.es>", LO,
            "Plan trimestral pagado 2 veces - factura LO-INV-73022", t(2025, 9, 22, 19, 20, MADRID),
            "Buenas tardes:\n\n"
            "El pasado 15 de septiembre se cargó dos veces la cuota trimestral (6.999 + IVA cada una). "
            "Adjunto referencia de la segunda: LO-INV-73022. Solicito la devolución del importe duplicado.\n\n"
            "Un saludo,\nIgnacio Prieto\nPrieto y Asociados · Asesoría fiscal\n\n"
            "Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.\n")
    case("lo02-duplicado-dia7", [f], LOB, "decided",
         "L4 with L3 edge: charges 2025-09-15 (day 0); Date 2025-09-22 19:20 +02:00 = 22:50 IST on 2025-09-22 = day 7, "
         "'day 7 is inside' (section 3 L3) -> approve the duplicate 6999.00 before tax",
         [d("refund", "approve", "6999.00")])

    # lo03 duplicate, day 8 only in the brand's zone (Mexico evening)
    cust("fernanda.olvera@olveradental.mx", "Fernanda Olvera", "monthly", start="2025-09-10", end="2025-10-09")
    lopay("pay_es_7305", "LO-INV-73031", "fernanda.olvera@olveradental.mx", "monthly", "1899.00", "341.82",
          "2025-09-10T11:00:00", "2025-09-10", "2025-10-09")
    lopay("pay_es_7306", "LO-INV-73032", "fernanda.olvera@olveradental.mx", "monthly", "1899.00", "341.82",
          "2025-09-10T11:05:00", "2025-09-10", "2025-10-09")
    f = eml("lo03-mexico-dia8", "Fernanda Olvera <fernanda.olvera@olveradental.mx>", LO,
            "me cobraron doble!!", t(2025, 9, 17, 20, 30, MEXICO),
            "Que tal, les escribo porque el dia 10 me hicieron 2 cargos por lo mismo (plan mensual, $1,899 cada uno). "
            "Todavia estoy dentro de los 7 dias verdad? La factura repetida es la Lo-Inv 73032.\n"
            "Quedo atenta, gracias\n\nDra. Fernanda Olvera\nOlvera Dental · Guadalajara, Jal.\n")
    case("lo03-duplicado-dia8-zona", [f], LOB, "decided",
         "L3 counted in the brand's zone (section 1 Counting windows): charge 2025-09-10 IST = day 0; Date "
         "2025-09-17 20:30 -06:00 = 2025-09-18 08:00 IST = day 8 > 7 -> deny citing the 7-day rule",
         [d("refund", "deny")])

    # lo04 billing error: annual charged instead of monthly
    cust("tomas.echeverria@echeverriaautos.com.ar", "Tomás Echeverría", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("pay_es_7307", "LO-INV-73041", "tomas.echeverria@echeverriaautos.com.ar", "annual", "17988.00", "3237.84",
          "2025-09-26T12:40:00", "2025-09-26", "2026-09-25")
    f = eml("lo04-anual-por-mensual", "Tomas Echeverria <tomas.echeverria@echeverriaautos.com.ar>", LO,
            "Me cobraron el plan anual y yo tengo el mensual", t(2025, 9, 29, 11, 5, BUENOS_AIRES),
            "Hola, como andan?\n\n"
            "El viernes me debitaron 17.988 + impuestos (factura LO-INV-73041) como si fuera el plan anual, "
            "pero yo siempre pague el mensual y nunca cambie nada. Evidentemente es un error de facturacion. "
            "Necesito que me reintegren la diferencia o lo que corresponda.\n\n"
            "Saludos\nTomás\n-- \nEcheverría Automotores · Rosario\n")
    case("lo04-error-facturacion", [f], LOB, "decided",
         "L2 billing_error ('charged for the wrong plan'); charge 2025-09-26, request 2025-09-29 19:35 IST = day 3 "
         "<= 7 -> L5 escalate, no amount",
         [d("refund", "escalate")])

    # lo05 access failure inside window
    cust("nuria.sole@solefisioterapia.cat", "Núria Solé", "monthly", start="2025-09-25", end="2025-10-24")
    lopay("pay_es_7308", "LO-INV-73051", "nuria.sole@solefisioterapia.cat", "monthly", "1499.00", "269.82",
          "2025-09-25T09:15:00", "2025-09-25", "2025-10-24")
    f = eml("lo05-no-puedo-entrar", "Núria Solé <nuria.sole@solefisioterapia.cat>", LO,
            "Sin acceso desde que pagué", t(2025, 9, 30, 8, 50, MADRID),
            "Hola,\n\nPagué la mensualidad el jueves 25 (factura LO-INV-73051) y desde entonces no puedo "
            "iniciar sesión: pongo usuario y contraseña y el panel se queda en blanco cargando. He probado con "
            "Chrome, con Firefox y desde el móvil. He escrito dos veces al chat y nadie me lo ha arreglado.\n\n"
            "Estoy pagando por algo que no puedo usar: quiero que me devolváis la cuota.\n\nNúria\n")
    case("lo05-sin-acceso", [f], LOB, "decided",
         "L2 access_failure (cannot log in, panel never loads); charge 2025-09-25, request 2025-09-30 12:20 IST = "
         "day 5 -> L6 escalate (verified and unresolved by support), no amount",
         [d("refund", "escalate")])

    # lo06 L1: unused, wants money back, explicit invoice
    cust("alvaro.montoya@montoyaseguros.co", "Álvaro Montoya", "quarterly", start="2025-09-19", end="2025-12-18")
    lopay("pay_es_7309", "LO-INV-73061", "alvaro.montoya@montoyaseguros.co", "quarterly", "6999.00", "1259.82",
          "2025-09-19T16:00:00", "2025-09-19", "2025-12-18")
    f = eml("lo06-no-lo-uso", "Alvaro Montoya <alvaro.montoya@montoyaseguros.co>", LO,
            "Devolución trimestre LO-INV-73061", t(2025, 9, 23, 9, 12, BOGOTA),
            "Buenos días,\n\n"
            "La renovación del trimestre se hizo sola el 19 y la verdad ya casi no usamos la herramienta, el "
            "equipo comercial se pasó a otro CRM. Les pido por favor la devolución de ese pago, no lo vamos a "
            "aprovechar.\n\nCordialmente,\n\nÁlvaro Montoya\nGerente Comercial | Montoya Seguros\nBogotá, Colombia\n")
    case("lo06-no-lo-usa", [f], LOB, "decided",
         "L1: 'we hardly use it any more' is not one of the three L2 exceptions -> deny (reply offers cancellation); "
         "only a refund is asked, inside the window (day 4) but L1 decides",
         [d("refund", "deny")])

    # lo07 plain cancellation (quarterly), reason given
    cust("beatriz.luna@lunaeventos.es", "Beatriz Luna", "quarterly", start="2025-08-04", end="2025-11-03")
    lopay("pay_es_7310", "LO-INV-73071", "beatriz.luna@lunaeventos.es", "quarterly", "6999.00", "1259.82",
          "2025-08-04T10:00:00", "2025-08-04", "2025-11-03")
    f = eml("lo07-baja-trimestral", "Beatriz Luna <beatriz.luna@lunaeventos.es>", LO,
            "Baja de la suscripción", t(2025, 9, 26, 17, 2, MADRID),
            "Hola equipo de LeadsOptima:\n\n"
            "Os escribo para dar de baja nuestra suscripción trimestral. Cerramos la línea de bodas a final de año "
            "y ya no vamos a captar leads por esta vía.\n\nMuchas gracias por todo,\nBeatriz\n\n"
            "Enviado desde mi iPhone\n")
    case("lo07-baja", [f], LOB, "decided",
         "L8 cancel: effective_date = current_period_end 2025-11-03 from the ledger; plan from the ledger for the "
         "verified sender (section 1)",
         [d("cancellation", "cancel", effective_date="2025-11-03")])

    # lo08 negation: no refund, only cancel
    cust("diego.sandoval@sandovalfit.mx", "Diego Sandoval", "monthly", start="2025-09-14", end="2025-10-13")
    lopay("pay_es_7311", "LO-INV-73081", "diego.sandoval@sandovalfit.mx", "monthly", "1499.00", "269.82",
          "2025-09-14T07:30:00", "2025-09-14", "2025-10-13")
    f = eml("lo08-no-quiero-reembolso", "Diego Sandoval <diego.sandoval@sandovalfit.mx>", LO,
            "Cancelar plan", t(2025, 9, 27, 13, 45, MEXICO),
            "Hola! No estoy pidiendo reembolso ni nada, se que el mes ya esta pagado y esta bien. Solo quiero que "
            "ya no se renueve porque cerramos la sucursal de Monterrey. Me confirman porfa?\n\nDiego\n")
    case("lo08-negacion-reembolso", [f], LOB, "decided",
         "Section 8 negation: 'no estoy pidiendo reembolso' adds no refund intent; L8 cancel effective "
         "current_period_end 2025-10-13",
         [d("cancellation", "cancel", effective_date="2025-10-13")])

    # lo09 cancellation, ledger has no current_period_end -> fallback from last charge
    cust("jimena.arce@arcetraducciones.com", "Jimena Arce", "quarterly")
    lopay("pay_es_7312", "LO-INV-73091", "jimena.arce@arcetraducciones.com", "quarterly", "6999.00", "1259.82",
          "2025-04-20T10:00:00", None, None)
    lopay("pay_es_7313", "LO-INV-73092", "jimena.arce@arcetraducciones.com", "quarterly", "6999.00", "1259.82",
          "2025-07-20T10:00:00", None, None)
    f = eml("lo09-baja-sin-periodo", "Jimena Arce <jimena.arce@arcetraducciones.com>", LO,
            "quiero cancelar", t(2025, 9, 18, 12, 0, MADRID),
            "buenas, quiero cancelar el plan trimestral, el negocio no da para mas gastos fijos este otoño. "
            "gracias\njimena\n")
    case("lo09-baja-fallback", [f], LOB, "decided",
         "L8 fallback (no current_period_end): last charge 2025-07-20 + 3 months = 2025-10-20, minus one day = "
         "2025-10-19",
         [d("cancellation", "cancel", effective_date="2025-10-19")])

    # lo10 free trial asks refund
    cust("raul.benitez@benitezfotografia.es", "Raúl Benítez", "monthly", status="trial", trial_ends="2025-10-05")
    f = eml("lo10-prueba-gratis", "Raúl Benítez <raul.benitez@benitezfotografia.es>", LO,
            "Reembolso periodo de prueba", t(2025, 9, 25, 10, 30, MADRID),
            "Hola,\n\nEstoy en el periodo de prueba y no me termina de convencer, prefiero no seguir. "
            "Quiero que me devolváis lo que me hayáis cobrado.\n\nRaúl Benítez Fotografía\n")
    case("lo10-prueba", [f], LOB, "decided",
         "L7: the account is on a free trial (status trial, no charges in the ledger) -> refund deny; clause 4 no "
         "billing unless they subscribe. 'prefiero no seguir' could also be read as a cancellation, hence extra_ok",
         [d("refund", "deny")], extra_ok=True,
         ambiguous="A trial account has no invoice to quote; the spec does not say whether the missing invoice is "
                   "asked for (C3) before L7 denies.")

    # lo11 thread: refund without reason -> need_info reason; answer: duplicate -> approve
    cust("martin.quiroga@quirogalogistica.com.ar", "Martín Quiroga", "monthly", start="2025-09-28", end="2025-10-27")
    lopay("pay_es_7314", "LO-INV-73111", "martin.quiroga@quirogalogistica.com.ar", "monthly", "2499.00", "449.82",
          "2025-09-28T09:00:00", "2025-09-28", "2025-10-27")
    lopay("pay_es_7315", "LO-INV-73112", "martin.quiroga@quirogalogistica.com.ar", "monthly", "2499.00", "449.82",
          "2025-09-28T09:00:40", "2025-09-28", "2025-10-27")
    w1 = t(2025, 9, 29, 10, 10, BUENOS_AIRES)
    f1 = eml("lo11a-sin-motivo", "Martín Quiroga <martin.quiroga@quirogalogistica.com.ar>", LO,
             "Reintegro factura LO-INV-73112", w1,
             "Buen dia. Solicito el reintegro de la factura LO-INV-73112.\n\nAtte.\nMartín Quiroga\n"
             "Quiroga Logística SRL\n")
    f2 = eml("lo11b-motivo", "Martín Quiroga <martin.quiroga@quirogalogistica.com.ar>", LO,
             "Re: Reintegro factura LO-INV-73112", t(2025, 9, 30, 9, 0, BUENOS_AIRES),
             "Hola, perdon, no lo aclare: se me debito dos veces el mismo mes, la 73111 y la 73112, mismo monto. "
             "La segunda es la que sobra.\n\nMartín\n\n"
             "El lun, 29 sept 2025 a las 10:10, Martín Quiroga escribió:\n"
             "> Buen dia. Solicito el reintegro de la factura LO-INV-73112.\n",
             reply_to_id=msgid("lo11a-sin-motivo", w1))
    case("lo11-hilo-motivo", [f1, f2], LOB, "decided",
         "C3: first email has invoice but no reason (restating the request is not a reason, section 8) -> asked; "
         "the answer (In-Reply-To) gives duplicate_payment; request time = first email 2025-09-29 18:40 IST, "
         "charge 2025-09-28 = day 1 -> L4 approve 2499.00",
         [d("refund", "approve", "2499.00")])

    # lo12 single email: access failure, no invoice, several charges on file -> need_info invoice
    cust("lorena.cabrera@cabrerainmo.es", "Lorena Cabrera", "monthly", start="2025-09-27", end="2025-10-26")
    for i, (paid, ps, pe) in enumerate([("2025-07-27T10:00:00", "2025-07-27", "2025-08-26"),
                                        ("2025-08-27T10:00:00", "2025-08-27", "2025-09-26"),
                                        ("2025-09-27T10:00:00", "2025-09-27", "2025-10-26")]):
        lopay(f"pay_es_73{16 + i}", f"LO-INV-7312{i + 1}", "lorena.cabrera@cabrerainmo.es", "monthly", "1499.00",
              "269.82", paid, ps, pe)
    f = eml("lo12-falta-factura", "Lorena Cabrera <lorena.cabrera@cabrerainmo.es>", LO,
            "No carga la plataforma", t(2025, 9, 30, 11, 25, MADRID),
            "Buenos días,\n\nDesde el fin de semana la plataforma no carga, se queda la rueda girando y no "
            "podemos ver los contactos de las campañas. Así no podemos trabajar. Quiero que me devolváis el "
            "dinero.\n\nUn saludo\nLorena Cabrera · Cabrera Inmobiliaria\n")
    case("lo12-falta-factura", [f], LOB, "need_info",
         "Section 3: a refund needs the invoice number (the charge must be identified); none is given and the "
         "customer has three charges in the ledger -> C3 need_info asking for invoice_number (reason "
         "access_failure given, plan from the ledger)",
         missing=["invoice_number"])

    # lo13 C2: gmail sender names another registered email
    cust("contabilidad@grupoalameda.es", "Grupo Alameda", "annual", start="2025-03-01", end="2026-02-28")
    lopay("pay_es_7319", "LO-INV-73131", "contabilidad@grupoalameda.es", "annual", "17988.00", "3237.84",
          "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
    f = eml("lo13-otra-direccion", "Sonia Alameda <sonia.alameda.r@gmail.com>", LO,
            "Baja cuenta Grupo Alameda", t(2025, 9, 24, 16, 40, MADRID),
            "Hola, soy Sonia, la gerente. La cuenta está a nombre de contabilidad@grupoalameda.es pero os escribo "
            "desde mi correo personal porque estoy de viaje. Queremos cancelar el plan anual cuando termine, "
            "nos vamos a otra herramienta. ¿Me podéis decir hasta cuándo tenemos acceso?\n\nSonia\n")
    case("lo13-c2-otra-direccion", [f], LOB, "need_info",
         "C2: the sender sonia.alameda.r@gmail.com is not the registered email (contabilidad@grupoalameda.es); the "
         "draft asks her to write from it and says nothing about the account",
         rules=["C2"])

    # lo14 past event: cancelled, charged anyway
    cust("oscar.ferrer@ferrerclimatizacion.es", "Óscar Ferrer", "monthly", status="cancelled",
         start="2025-09-25", end="2025-10-24")
    lopay("pay_es_7320", "LO-INV-73141", "oscar.ferrer@ferrerclimatizacion.es", "monthly", "1499.00", "269.82",
          "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
    lopay("pay_es_7321", "LO-INV-73142", "oscar.ferrer@ferrerclimatizacion.es", "monthly", "1499.00", "269.82",
          "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    f = eml("lo14-cancele-y-cobraron", "Oscar Ferrer <oscar.ferrer@ferrerclimatizacion.es>", LO,
            "Cobro después de cancelar", t(2025, 9, 26, 10, 15, MADRID),
            "Buenos días.\n\nCancelé la suscripción el día 14 desde Facturación y tengo el correo de confirmación. "
            "Aun así ayer 25 me habéis pasado otro recibo de 1.499 € + IVA (LO-INV-73142). Os pido que me lo "
            "devolváis, no debería haberse cobrado.\n\nÓscar Ferrer\nFerrer Climatización\n")
    case("lo14-cobro-tras-baja", [f], LOB, "decided",
         "Past event, not a new cancellation: L2 billing_error ('charged after I cancelled'); charge 2025-09-25, "
         "request 2025-09-26 = day 1 -> L5 escalate, no amount",
         [d("refund", "escalate")])

    # lo15 how-to question -> other
    cust("pilar.navas@navasabogados.es", "Pilar Navas", "annual", start="2025-06-01", end="2026-05-31")
    f = eml("lo15-exportar-csv", "Pilar Navas <pilar.navas@navasabogados.es>", LO,
            "Exportar contactos a Excel", t(2025, 9, 23, 12, 5, MADRID),
            "Hola,\n\n¿Cómo puedo exportar los leads de una campaña a un Excel o CSV? No encuentro la opción en el "
            "menú de Campañas. Gracias de antemano.\n\nPilar Navas\n")
    case("lo15-pregunta-uso", [f], LOB, "other",
         "Section 1 outcomes: a how-to question is neither refund nor cancellation -> other (the sender signs as a "
         "law firm, but no legal threat is made: no C4)")

    # lo16 hypothetical before buying -> other
    f = eml("lo16-hipotetico", "Gonzalo Ríos <gonzalo@riosycia.cl>", LO,
            "Consulta antes de contratar", t(2025, 9, 21, 18, 0, timezone(timedelta(hours=-3))),
            "Hola, estoy evaluando el plan anual para mi agencia. Si lo contrato y en el primer mes vemos que no "
            "nos sirve, ¿me devolverían la plata? ¿O solo se puede cancelar?\n\nSaludos, Gonzalo\n")
    case("lo16-hipotetico", [f], LOB, "other",
         "Section 8: 'would I get a refund if...' before buying is a policy question -> other; the sender is not on "
         "record but no account detail is asked for, so no C2 (a prospect writing before buying is by definition "
         "not on record; section 8 still gives other)")

    # lo17 C4: refund + cancel with a bank dispute and consumer office
    cust("irene.salas@salasinteriorismo.es", "Irene Salas", "monthly", start="2025-09-20", end="2025-10-19")
    lopay("pay_es_7322", "LO-INV-73171", "irene.salas@salasinteriorismo.es", "monthly", "1499.00", "269.82",
          "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
    f = eml("lo17-banco-consumo", "Irene Salas <irene.salas@salasinteriorismo.es>", LO,
            "ÚLTIMO AVISO - devolución y baja", t(2025, 9, 28, 20, 10, MADRID),
            "Llevo una semana sin que nadie me responda. Quiero la baja inmediata y que me devolváis la cuota de "
            "septiembre (LO-INV-73171), la herramienta no hace lo que prometíais en la demo.\n\n"
            "Si en 48 horas no tengo respuesta, daré orden a mi banco de devolver el cargo y pondré una "
            "reclamación en la oficina de consumo.\n\nIrene Salas\n")
    case("lo17-c4-banco", [f], LOB, "decided",
         "C4: a bank chargeback threat ('daré orden a mi banco de devolver el cargo') and a consumer office claim "
         "-> escalate; section 8 'C4 covers the whole case': the cancellation is escalated too",
         [d("refund", "escalate"), d("cancellation", "escalate")], rules=["C4"])

    # lo18 C7 auto-reply
    f = eml("lo18-fuera-oficina", "Marcos Llorente <marcos.llorente@llorentegestion.es>", LO,
            "Respuesta automática: Re: Tu factura de LeadsOptima", t(2025, 9, 29, 8, 0, MADRID),
            "Gracias por su mensaje. Estaré fuera de la oficina hasta el 6 de octubre sin acceso al correo. "
            "Para temas urgentes de facturación o bajas, contacten con administracion@llorentegestion.es.\n\n"
            "Marcos Llorente\n",
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case("lo18-c7-autorespuesta", [f], LOB, "ignore",
         "C7: Auto-Submitted: auto-replied -> ignore, even though the text mentions billing and cancellations",
         rules=["C7"])

    # lo19 three identical charges
    cust("hector.galindo@galindoimport.mx", "Héctor Galindo", "monthly", start="2025-09-05", end="2025-10-04")
    lopay("pay_es_7323", "LO-INV-73191", "hector.galindo@galindoimport.mx", "monthly", "1899.00", "341.82",
          "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
    lopay("pay_es_7324", "LO-INV-73192", "hector.galindo@galindoimport.mx", "monthly", "1899.00", "341.82",
          "2025-09-05T10:01:00", "2025-09-05", "2025-10-04")
    lopay("pay_es_7325", "LO-INV-73193", "hector.galindo@galindoimport.mx", "monthly", "1899.00", "341.82",
          "2025-09-06T09:00:00", "2025-09-05", "2025-10-04")
    f = eml("lo19-tres-cargos", "Héctor Galindo <hector.galindo@galindoimport.mx>", LO,
            "3 cobros del mismo mes", t(2025, 9, 11, 19, 0, MEXICO),
            "Buenas noches,\n\nMe aparecen TRES cargos de $1,899 por la mensualidad de septiembre: dos el 5 y otro "
            "el 6 (el ultimo con folio LO INV 73193). Solo deberia ser uno. Les pido regresar los dos que sobran.\n\n"
            "Héctor Galindo\nGalindo Importaciones\n")
    case("lo19-tres-cargos", [f], LOB, "decided",
         "Section 8 three or more identical charges: charges 2 and 3 (2025-09-05, 2025-09-06) are duplicates; "
         "request 2025-09-11 19:00 -06:00 = 2025-09-12 06:30 IST: day 7 for the 09-05 charge, day 6 for 09-06, "
         "both inside L3 -> approve 1899.00 + 1899.00 = 3798.00",
         [d("refund", "approve", "3798.00")])

    # lo20 duplicate claim but the charge is already refunded -> escalate
    cust("carla.mendez@mendezpasteleria.es", "Carla Méndez", "monthly", start="2025-09-23", end="2025-10-22")
    lopay("pay_es_7326", "LO-INV-73201", "carla.mendez@mendezpasteleria.es", "monthly", "1499.00", "269.82",
          "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
    lopay("pay_es_7327", "LO-INV-73202", "carla.mendez@mendezpasteleria.es", "monthly", "1499.00", "269.82",
          "2025-09-23T10:02:00", "2025-09-23", "2025-10-22", status="refunded")
    f = eml("lo20-ya-reembolsado", "Carla Méndez <carla.mendez@mendezpasteleria.es>", LO,
            "Doble cobro factura LO-INV-73202", t(2025, 9, 27, 9, 30, MADRID),
            "Hola, el día 23 me cobrasteis dos veces la cuota. La factura duplicada es la LO-INV-73202. "
            "¿Me devolvéis una? Gracias\nCarla\n")
    case("lo20-pago-no-pagado", [f], LOB, "decided",
         "Section 8 payments not paid: the quoted duplicate LO-INV-73202 has status refunded -> escalate, no amount "
         "(the ledger shows no pair of paid charges either, L4 escalate)",
         [d("refund", "escalate")])

    # lo21 HTML-only, duplicate claimed but only one charge in the ledger -> escalate
    cust("ana.beltran@beltranmoda.es", "Ana Beltrán", "quarterly", start="2025-09-24", end="2025-12-23")
    lopay("pay_es_7328", "LO-INV-73211", "ana.beltran@beltranmoda.es", "quarterly", "6999.00", "1259.82",
          "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
    f = eml("lo21-html-un-solo-cargo", "Ana Beltrán <ana.beltran@beltranmoda.es>", LO,
            "Cargo repetido", t(2025, 9, 26, 12, 0, MADRID),
            html="<html><body><div style=\"font-family:Calibri\"><p>Hola,</p>"
                 "<p>En la app del banco me salen <b>dos cargos</b> de LeadsOptima por el trimestre, "
                 "los dos de 8.258,82&nbsp;€. La factura que tengo es la <u>LO-INV-73211</u>. "
                 "Os pido que devolváis el cargo repetido.</p>"
                 "<p>Saludos,<br>Ana Beltrán<br><i>Beltrán Moda &middot; Valencia</i></p></div></body></html>")
    case("lo21-html-duplicado-sin-par", [f], LOB, "decided",
         "L4: duplicate_payment inside the window (day 2) but the ledger shows only one charge of that period -> "
         "escalate (never approve what the ledger does not show, section 1 Ledger); HTML-only mail",
         [d("refund", "escalate")])

    # lo22 refund+cancel from the brand's own address -> C7
    f = eml("lo22-propia-direccion", "LeadsOptima <noreply@leadsoptima.com>", LO,
            "Copia: solicitud de baja recibida", t(2025, 9, 25, 6, 0, IST),
            "Hemos recibido tu solicitud de cancelación. Tu plan seguirá activo hasta el final del ciclo.\n")
    case("lo22-c7-propia", [f], LOB, "ignore", "C7: the sender is the brand's own address noreply@leadsoptima.com",
         rules=["C7"])

    # ------------------------------------------------------------------ Optima WebDesign
    # ow01 deposit within 72h
    proj("Clínica Veterinaria Huellas", "admin@vethuellas.es")
    owpay("pay_es_7401", "OWD-2025-731", "Clínica Veterinaria Huellas", "deposit", "25000.00", "4500.00",
          "2025-09-20T11:00:00")
    f = eml("ow01-deposito-dentro", "Clínica Huellas <admin@vethuellas.es>", OWD,
            "Refund Request — Clínica Veterinaria Huellas / OWD-2025-731", t(2025, 9, 22, 14, 30, MADRID),
            "Hola,\n\nEl sábado pagamos la reserva de 25.000 + IVA (OWD-2025-731) para la web de la "
            "Clínica Veterinaria Huellas. El patronato ha decidido congelar el presupuesto de este año, así "
            "que no vamos a seguir adelante. Todavía no habéis empezado nada. Solicitamos el reembolso del "
            "depósito.\n\nMercedes Gil\nAdministración\n")
    case("ow01-deposito-72h", [f], OWB, "decided",
         "O2: paid 2025-09-20 11:00 IST; request 2025-09-22 14:30 +02:00 = 18:00 IST = 55 h < 72 h; no work "
         "started -> approve 25000.00 before tax (C6)",
         [d("refund", "approve", "25000.00")])

    # ow02 deposit exactly 72h -> deny
    proj("Bodega Los Almendros", "pedidos@bodegalosalmendros.es")
    owpay("pay_es_7402", "OWD-2025-732", "Bodega Los Almendros", "deposit", "15000.00", "2700.00",
          "2025-09-15T09:30:00")
    f = eml("ow02-deposito-72h-justas", "Bodega Los Almendros <pedidos@bodegalosalmendros.es>", OWD,
            "Anular reserva proyecto Bodega Los Almendros", t(2025, 9, 18, 6, 0, MADRID),
            "Buenos días,\n\nQueremos anular la reserva de la tienda online (proyecto Bodega Los Almendros, "
            "factura OWD-2025-732) y que nos devolváis el depósito. Hemos encontrado un proveedor local que nos "
            "lo hace junto con la imagen de marca.\n\nSaludos,\nJosé Antonio\n")
    case("ow02-deposito-72h-exactas", [f], OWB, "decided",
         "O2 and section 8 'exactly 72 hours is not before 72 hours': paid 2025-09-15 09:30 IST, request "
         "2025-09-18 06:00 +02:00 = 09:30 IST = 72 h 00 min -> deny",
         [d("refund", "deny")], extra_ok=True)

    # ow03 deposit: work started before the request -> deny
    proj("Academia Idiomas Babel", "direccion@academiababel.es", work_started_at="2025-09-25T10:00:00")
    owpay("pay_es_7403", "OWD-2025-733", "Academia Idiomas Babel", "deposit", "18000.00", "3240.00",
          "2025-09-24T10:00:00")
    f = eml("ow03-deposito-trabajo-empezado", "Academia Babel <direccion@academiababel.es>", OWD,
            "Devolución depósito Academia Idiomas Babel", t(2025, 9, 26, 9, 0, IST),
            "Hola, pagamos el depósito el miércoles (OWD-2025-733) para el proyecto Academia Idiomas Babel. "
            "Nos hemos dado cuenta de que el plazo de entrega no nos encaja con el inicio del curso, así que "
            "preferimos que nos devolváis el dinero. Sé que ayer hubo una primera reunión de maquetación pero "
            "apenas fue una hora.\n\nUn saludo,\nLaura Vidal, directora\n")
    case("ow03-deposito-iniciado", [f], OWB, "decided",
         "O2 'whichever occurs first': request 2025-09-26 09:00 is 47 h after payment but after work_started_at "
         "2025-09-25 10:00 -> deny",
         [d("refund", "deny")])

    # ow04 discovery not started -> approve
    proj("Cervecería La Fábrica", "socios@lafabricacerveceria.es")
    owpay("pay_es_7404", "OWD-2025-734", "Cervecería La Fábrica", "discovery", "12000.00", "2160.00",
          "2025-09-17T15:00:00")
    f = eml("ow04-discovery-sin-empezar", "Socios La Fábrica <socios@lafabricacerveceria.es>", OWD,
            "Sesión de estrategia - cancelamos", t(2025, 9, 24, 11, 0, MADRID),
            "Hola equipo,\n\nPagamos la sesión de estrategia (factura OWD-2025-734, proyecto Cervecería La Fábrica) "
            "pero uno de los socios se retira del negocio y hemos parado todo hasta nuevo aviso. La sesión no se "
            "llegó a celebrar, estaba prevista para el 2 de octubre. Por favor, devolvednos el importe.\n\n"
            "Gracias,\nEnric\n")
    case("ow04-discovery-libre", [f], OWB, "decided",
         "O1: discovery with work_started_at empty -> approve in full 12000.00 before tax; 'cancelamos' the session "
         "may also be read as a cancellation, hence extra_ok",
         [d("refund", "approve", "12000.00")], extra_ok=True)

    # ow05 discovery, sessions held -> deny
    proj("Despacho Ortega Arquitectos", "estudio@ortega-arq.es", work_started_at="2025-09-08T11:00:00")
    owpay("pay_es_7405", "OWD-2025-735", "Despacho Ortega Arquitectos", "discovery", "9500.00", "1710.00",
          "2025-09-05T10:00:00")
    f = eml("ow05-discovery-empezado", "Ortega Arquitectos <estudio@ortega-arq.es>", OWD,
            "RE: Informe de descubrimiento", t(2025, 9, 16, 17, 45, MADRID),
            "Hola,\n\nHemos leído el informe de la fase de descubrimiento del Despacho Ortega Arquitectos y, "
            "sinceramente, no aporta nada que no supiéramos. Pedimos que se nos reembolse la factura OWD-2025-735.\n\n"
            "Atentamente,\nFelipe Ortega\n\n"
            "-----Mensaje original-----\nDe: Optima WebDesign\nEnviado el: lunes, 15 de septiembre de 2025 12:10\n"
            "Asunto: Informe de descubrimiento\n\nAdjuntamos el informe de la sesión del día 8.\n",
            headers={"In-Reply-To": "<CAOwd-informe-ortega-20250915@mail.gmail.com>",
                     "References": "<CAOwd-informe-ortega-20250915@mail.gmail.com>"})
    case("ow05-discovery-iniciado", [f], OWB, "decided",
         "O1: sessions started 2025-09-08 (work_started_at) before the request 2025-09-16 -> deny",
         [d("refund", "deny")])

    # ow06 milestone not started -> approve
    proj("Tienda Online Cerámica Talavera", "hola@ceramicatalavera.es")
    owpay("pay_es_7406", "OWD-2025-736", "Tienda Online Cerámica Talavera", "milestone", "30000.00", "5400.00",
          "2025-09-02T10:00:00", milestone_status="completed")
    owpay("pay_es_7407", "OWD-2025-737", "Tienda Online Cerámica Talavera", "milestone", "22000.00", "3960.00",
          "2025-09-19T10:00:00", milestone_status="not_started")
    f = eml("ow06-hito-no-iniciado", "Cerámica Talavera <hola@ceramicatalavera.es>", OWD,
            "Hito 2 pasarela de pago - reembolso", t(2025, 9, 25, 10, 20, MADRID),
            "Buenos días,\n\nDel proyecto Tienda Online Cerámica Talavera ya nos entregasteis el diseño (hito 1, "
            "todo correcto). El hito 2, la integración de la pasarela de pago, lo pagamos por adelantado "
            "(OWD-2025-737, 22.000,00 € + IVA) pero al final vamos a vender por Etsy y no necesitamos la "
            "pasarela. Como aún no habéis empezado con él, os pedimos el reembolso de ese hito.\n\n"
            "Un abrazo,\nMarisa\n")
    case("ow06-hito-no-iniciado", [f], OWB, "decided",
         "O3: milestone OWD-2025-737 not_started -> approve its amount 22000.00 before tax",
         [d("refund", "approve", "22000.00")])

    # ow07 milestone in progress -> escalate
    proj("Portal Cooperativa Agraria San Isidro", "gerencia@coopsanisidro.es")
    owpay("pay_es_7408", "OWD-2025-738", "Portal Cooperativa Agraria San Isidro", "milestone", "40000.00", "7200.00",
          "2025-09-10T10:00:00", milestone_status="in_progress")
    f = eml("ow07-hito-en-curso", "Gerencia Coop. San Isidro <gerencia@coopsanisidro.es>", OWD,
            "Reembolso parcial hito OWD-2025-738", t(2025, 9, 29, 13, 0, MADRID),
            "Estimados señores:\n\nEn relación con el Portal Cooperativa Agraria San Isidro, la asamblea ha "
            "acordado reducir el alcance: ya no queremos el área privada de socios, que forma parte del hito "
            "facturado en OWD-2025-738 y que según nos dicen está a medias. Solicitamos que se nos devuelva la "
            "parte no realizada.\n\nAtentamente,\nJuan Carlos Pardo\nGerente\n")
    case("ow07-hito-en-curso", [f], OWB, "decided",
         "O3: milestone in_progress -> escalate (billable value of work not started needs a person), no amount",
         [d("refund", "escalate")])

    # ow08 milestone approved -> deny
    proj("App Reservas Pádel Norte", "club@padelnorte.es")
    owpay("pay_es_7409", "OWD-2025-739", "App Reservas Pádel Norte", "milestone", "16000.00", "2880.00",
          "2025-08-28T10:00:00", milestone_status="approved")
    f = eml("ow08-hito-aprobado", "Pádel Norte <club@padelnorte.es>", OWD,
            "no estamos contentos con el diseño", t(2025, 9, 19, 21, 30, MADRID),
            "Hola, aprobamos las pantallas del hito de diseño (OWD-2025-739, App Reservas Pádel Norte) con prisas "
            "porque empezaba la liga, pero ahora que las vemos en el móvil no nos gustan nada. Queremos que nos "
            "devolváis ese pago.\nRubén\n")
    case("ow08-hito-aprobado", [f], OWB, "decided",
         "O3/O6: the milestone is approved -> deny ('approved milestones' are non-refundable)",
         [d("refund", "deny")])

    # ow09 retainer, >= 7 days notice
    proj("Mantenimiento SEO Hotel Mirador", "marketing@hotelmirador.es")
    owpay("pay_es_7410", "OWD-2025-740", "Mantenimiento SEO Hotel Mirador", "retainer", "20000.00", "3600.00",
          "2025-09-15T10:00:00", next_billing_at="2025-10-15T00:00:00", period_start="2025-09-15",
          period_end="2025-10-14")
    f = eml("ow09-retainer-con-preaviso", "Marketing Hotel Mirador <marketing@hotelmirador.es>", OWD,
            "Fin del contrato de SEO mensual", t(2025, 9, 29, 9, 0, MADRID),
            "Buenos días,\n\nOs comunicamos que queremos dar por terminado el servicio mensual de SEO "
            "(Mantenimiento SEO Hotel Mirador, última factura OWD-2025-740). La cadena nos ha absorbido y el "
            "marketing se lleva ahora desde central. No queremos que se renueve en octubre.\n\n"
            "Saludos cordiales,\nElena Ramos\nResponsable de marketing\n")
    case("ow09-retainer-preaviso", [f], OWB, "decided",
         "O4/O8: next_billing_at 2025-10-15; request 2025-09-29 <= 2025-10-15 - 7 = 2025-10-08 -> cancel, effective "
         "the day before next billing = 2025-10-14",
         [d("cancellation", "cancel", effective_date="2025-10-14")])

    # ow10 retainer, short notice
    proj("Redes Sociales Panadería Trigo", "pedidos@panaderiatrigo.es")
    owpay("pay_es_7411", "OWD-2025-741", "Redes Sociales Panadería Trigo", "retainer", "8000.00", "1440.00",
          "2025-09-05T10:00:00", next_billing_at="2025-10-05T00:00:00", period_start="2025-09-05",
          period_end="2025-10-04")
    f = eml("ow10-retainer-poco-preaviso", "Panadería Trigo <pedidos@panaderiatrigo.es>", OWD,
            "baja gestión redes", t(2025, 9, 30, 18, 20, MADRID),
            "hola buenas, queremos dejar la gestion de redes (Redes Sociales Panaderia Trigo, fra OWD-2025-741) "
            "porque lo va a llevar mi sobrina que estudia marketing. Gracias por todo\nPaco\n")
    case("ow10-retainer-corto", [f], OWB, "decided",
         "O4: next_billing_at 2025-10-05; request 2025-09-30 21:50 IST is after 2025-10-05 - 7 = 2025-09-28 -> "
         "the next cycle (2025-10-05 to 2025-11-04, same length as the current 09-05..10-04) is billed; "
         "effective_date = its last day 2025-11-04",
         [d("cancellation", "cancel", effective_date="2025-11-04")])

    # ow11 annual hosting within 14 days, rounding
    proj("Hosting Asesoría Lozano", "info@asesorialozano.es")
    owpay("pay_es_7412", "OWD-2025-742", "Hosting Asesoría Lozano", "maintenance_annual", "10000.00", "1800.00",
          "2025-09-18T10:00:00", setup_fee="1500.00", service_start="2025-09-18")
    f = eml("ow11-mantenimiento-anual", "Asesoría Lozano <info@asesorialozano.es>", OWD,
            "Cancelación plan mantenimiento anual", t(2025, 9, 26, 12, 0, MADRID),
            "Hola,\n\nContratamos el mantenimiento anual para la web (Hosting Asesoría Lozano, OWD-2025-742) el "
            "18 de septiembre, pero nuestro socio tecnológico nos lo incluye gratis en su paquete. Queremos "
            "cancelarlo y que nos devolváis la parte que corresponda.\n\nGracias,\nAurora Lozano\n")
    case("ow11-anual-prorrateo", [f], OWB, "decided",
         "O5: service_start 2025-09-18, request 2025-09-26 = day 8 <= 14; monthly_value = (10000 - 1500)/12 = "
         "708.333...; refund = 10000 - 1500 - 708.333... x 1 = 7791.666... -> 7791.67 (rounded once, C6); the "
         "refund ends the plan, so a cancellation decision may accompany it (extra_ok)",
         [d("refund", "approve", "7791.67")], extra_ok=True)

    # ow12 annual hosting on day 14 exactly -> approve
    proj("Web Autoescuela Rápida", "autoescuelarapida@telefonica.net")
    owpay("pay_es_7413", "OWD-2025-743", "Web Autoescuela Rápida", "hosting_annual", "14400.00", "2592.00",
          "2025-09-10T10:00:00", setup_fee="2400.00", service_start="2025-09-10")
    f = eml("ow12-hosting-dia14", "Autoescuela Rápida <autoescuelarapida@telefonica.net>", OWD,
            "devolucion hosting anual", t(2025, 9, 24, 17, 0, MADRID),
            "Buenas tardes\n\nQueremos darnos de baja del hosting anual de la Web Autoescuela Rápida (OWD-2025-743) "
            "y que nos devolváis el dinero. "
            "Nos vamos a un hosting que nos ha ofrecido la federación de autoescuelas, mucho más barato.\n"
            "Si hay que descontar algo lo entendemos.\n\nUn saludo\nAntonio\n")
    case("ow12-hosting-dia14", [f], OWB, "decided",
         "O5 edge: service_start 2025-09-10 = day 0; request 2025-09-24 20:30 IST = day 14 -> within; "
         "monthly_value = (14400 - 2400)/12 = 1000.00; refund = 14400 - 2400 - 1000 = 11000.00",
         [d("refund", "approve", "11000.00")], extra_ok=True)

    # ow13 third party: domain and SSL
    proj("Gestoría Medina", "gestoria@gestoriamedina.es")
    owpay("pay_es_7414", "OWD-2025-744", "Gestoría Medina", "third_party", "3200.00", "576.00",
          "2025-09-27T10:00:00")
    f = eml("ow13-dominio", "Gestoría Medina <gestoria@gestoriamedina.es>", OWD,
            "Dominio y SSL - no los queremos", t(2025, 9, 29, 10, 0, MADRID),
            "Hola,\n\nNos habéis cobrado la renovación del dominio y el certificado SSL (OWD-2025-744) del proyecto "
            "Gestoría Medina, pero el dominio lo vamos a trasladar a nuestro proveedor de siempre. Pedimos el "
            "reembolso.\n\nMaría José Medina\n")
    case("ow13-tercero-dominio", [f], OWB, "decided",
         "O6: kind third_party (domain, SSL) -> deny citing Non-refundable items",
         [d("refund", "deny")])

    # ow14 rush fee
    proj("Landing Festival Sonora", "produccion@festivalsonora.mx")
    owpay("pay_es_7415", "OWD-2025-745", "Landing Festival Sonora", "rush", "7500.00", "1350.00",
          "2025-09-12T10:00:00")
    f = eml("ow14-urgencia", "Producción Festival Sonora <produccion@festivalsonora.mx>", OWD,
            "Cargo por urgencia", t(2025, 9, 18, 12, 0, MEXICO),
            "Hola que tal. Nos cobraron un cargo por entrega urgente (OWD-2025-745) para la landing (proyecto "
            "Landing Festival Sonora), pero la entregaron un dia despues de lo prometido, asi que pedimos que nos regresen "
            "ese cargo.\nSaludos, Valeria\n")
    case("ow14-urgencia", [f], OWB, "decided",
         "O6: kind rush (expedited fee) -> deny; the lateness claim is the reason, not an exception in section 4 "
         "(O6 'Never refundable: kinds ... rush' leaves no room)",
         [d("refund", "deny")])

    # ow15 C2: personal address, contract address named
    proj("Tienda Vinos Ribera", "compras@vinosribera.es")
    owpay("pay_es_7416", "OWD-2025-746", "Tienda Vinos Ribera", "deposit", "20000.00", "3600.00",
          "2025-09-29T10:00:00")
    f = eml("ow15-direccion-personal", "Alberto Ribera <alberto.ribera1979@hotmail.com>", OWD,
            "Reembolso reserva Tienda Vinos Ribera", t(2025, 9, 30, 9, 30, MADRID),
            "Hola, soy Alberto, el dueño. El contrato lo firmamos con compras@vinosribera.es pero os escribo "
            "desde mi correo porque no tengo acceso a ese buzón desde casa. Queremos cancelar el proyecto "
            "y recuperar la reserva (OWD-2025-746): al final no abrimos la tienda online este año.\n\nAlberto\n")
    case("ow15-c2-personal", [f], OWB, "need_info",
         "C2 (explicit for Optima: 'emailed from the contracting email'): the sender is not the contract email "
         "compras@vinosribera.es -> need_info asking to write from it, nothing about the project",
         rules=["C2"])

    # ow16 C4: chargeback + lawyer
    proj("Catálogo Muebles Ébano", "administracion@mueblesebano.es")
    owpay("pay_es_7417", "OWD-2025-747", "Catálogo Muebles Ébano", "milestone", "26000.00", "4680.00",
          "2025-09-08T10:00:00", milestone_status="completed")
    f = eml("ow16-contracargo", "Muebles Ébano <administracion@mueblesebano.es>", OWD,
            "Reclamación factura OWD-2025-747", t(2025, 9, 22, 10, 0, MADRID),
            "Señores:\n\nEl catálogo del proyecto Catálogo Muebles Ébano que nos entregaron no funciona en "
            "móviles y las fotos salen pixeladas. Exigimos la devolución íntegra de la factura OWD-2025-747. "
            "De lo contrario, solicitaremos el contracargo a nuestra entidad bancaria y el asunto pasará a nuestro "
            "abogado.\n\nDpto. de Administración\nMuebles Ébano S.A.\n")
    case("ow16-c4-contracargo", [f], OWB, "decided",
         "C4: chargeback ('contracargo') and lawyer ('abogado') threat -> escalate, no amount, even though O3 "
         "would deny a completed milestone",
         [d("refund", "escalate")], rules=["C4"])

    # ow17 thread: cancellation of a retainer without reason -> need_info; answer with reason -> cancel
    proj("Blog Corporativo Transportes Lira", "direccion@transporteslira.es")
    owpay("pay_es_7418", "OWD-2025-748", "Blog Corporativo Transportes Lira", "retainer", "12000.00", "2160.00",
          "2025-09-20T10:00:00", next_billing_at="2025-10-20T00:00:00", period_start="2025-09-20",
          period_end="2025-10-19")
    w1 = t(2025, 9, 26, 9, 15, MADRID)
    f1 = eml("ow17a-baja-sin-motivo", "Transportes Lira <direccion@transporteslira.es>", OWD,
             "Baja Blog Corporativo Transportes Lira - OWD-2025-748", w1,
             "Buenos días,\n\nPor favor, procedan a dar de baja el servicio mensual del Blog Corporativo "
             "Transportes Lira (OWD-2025-748).\n\nQuedo a la espera.\n\nUn cordial saludo,\n"
             "Rosa Lira\nDirección General\nTransportes Lira S.L.\n\n"
             "AVISO LEGAL: Este correo electrónico y cualquier documento adjunto contienen información "
             "confidencial. Si usted no es el destinatario, le rogamos que lo elimine.\n")
    f2 = eml("ow17b-motivo", "Transportes Lira <direccion@transporteslira.es>", OWD,
             "RE: Baja Blog Corporativo Transportes Lira - OWD-2025-748", t(2025, 9, 29, 8, 40, MADRID),
             "Buenos días,\n\nEl motivo es que hemos reducido el presupuesto de comunicación tras perder un "
             "cliente importante; el blog lo dejamos parado.\n\nUn saludo,\nRosa Lira\n\n"
             "De: Optima WebDesign <optimawebdesigns12@gmail.com>\nEnviado el: viernes, 26 de septiembre de 2025\n"
             "Asunto: Re: Baja Blog Corporativo Transportes Lira - OWD-2025-748\n",
             reply_to_id=msgid("ow17a-baja-sin-motivo", w1))
    case("ow17-hilo-motivo", [f1, f2], OWB, "decided",
         "Section 8: Optima requires a reason for cancellations too; the first email has none (request restated, "
         "signature and legal notice are not reasons) -> asked (C3); the answer gives it. Request time = first "
         "email 2025-09-26 12:45 IST <= 2025-10-20 - 7 = 2025-10-13 -> O4 cancel effective 2025-10-19",
         [d("cancellation", "cancel", effective_date="2025-10-19")])

    # ow18 single email, signature only as 'reason'
    proj("Revista Digital Huerta Viva", "redaccion@huertaviva.es")
    owpay("pay_es_7419", "OWD-2025-749", "Revista Digital Huerta Viva", "deposit", "10000.00", "1800.00",
          "2025-09-29T12:00:00")
    f = eml("ow18-solo-firma", "Redacción Huerta Viva <redaccion@huertaviva.es>", OWD,
            "Refund Request — Revista Digital Huerta Viva / OWD-2025-749", t(2025, 9, 30, 10, 0, MADRID),
            "Hola, solicito el reembolso del depósito OWD-2025-749 del proyecto Revista Digital Huerta Viva.\n\n"
            "Saludos,\n\nCarmen Huerta\nDirectora editorial | Huerta Viva\nC/ del Pozo 12, 46001 Valencia\n"
            "Enviado desde Outlook para Android\n")
    case("ow18-sin-motivo", [f], OWB, "need_info",
         "Section 8 'what a reason is': restating the request and a signature are not reasons; Optima requires a "
         "reason -> C3 need_info for reason only (project, invoice, contract email present)",
         missing=["reason"])

    # ow19 missing project and invoice, two projects on the same contract email
    proj("Web Estudio Danza Aire", "estudio@danzaaire.es")
    proj("Tienda Ropa Danza Aire", "estudio@danzaaire.es")
    owpay("pay_es_7420", "OWD-2025-750", "Web Estudio Danza Aire", "deposit", "9000.00", "1620.00",
          "2025-09-27T10:00:00")
    owpay("pay_es_7421", "OWD-2025-751", "Tienda Ropa Danza Aire", "deposit", "11000.00", "1980.00",
          "2025-09-28T10:00:00")
    f = eml("ow19-falta-proyecto", "Estudio Danza Aire <estudio@danzaaire.es>", OWD,
            "devolución", t(2025, 9, 29, 22, 0, MADRID),
            "Hola! Queremos la devolución de la reserva que pagamos el fin de semana, nos ha surgido una obra en el "
            "local y no vamos a poder invertir en la web hasta el año que viene. Gracias!!\nLucía\n")
    case("ow19-falta-proyecto-factura", [f], OWB, "need_info",
         "C3: the contract email has two projects, each with a deposit paid that weekend (27 and 28 Sep), so neither the project nor "
         "the payment is identified -> need_info for project_name and invoice_number (reason given)",
         missing=["project_name", "invoice_number"])

    # ow20 Outlook forward (RV:) from a colleague, the forwarded request names the contract email
    proj("Portal Empleo Ayuntamiento Villanueva", "tic@villanueva.es")
    owpay("pay_es_7422", "OWD-2025-752", "Portal Empleo Ayuntamiento Villanueva", "discovery", "14000.00",
          "2520.00", "2025-09-22T10:00:00")
    f = eml("ow20-reenvio-otro", "Francisco Moya <f.moya@villanueva.es>", OWD,
            "RV: Anulación sesión estrategia Portal Empleo", t(2025, 9, 25, 12, 30, MADRID),
            "Os reenvío lo que mandó el departamento TIC. Gestionadlo, por favor.\n\nFrancisco Moya\n"
            "Secretaría - Ayuntamiento de Villanueva\n\n"
            "De: Departamento TIC <tic@villanueva.es>\nEnviado el: jueves, 25 de septiembre de 2025 10:02\n"
            "Para: Francisco Moya <f.moya@villanueva.es>\nAsunto: Anulación sesión estrategia Portal Empleo\n\n"
            "Francisco, por favor envía a Optima: queremos anular la sesión de estrategia del Portal Empleo "
            "Ayuntamiento Villanueva (OWD-2025-752) y que devuelvan el importe, el pleno no aprobó la partida. "
            "El contrato está con tic@villanueva.es.\n")
    case("ow20-reenvio-c2", [f], OWB, "need_info",
         "Section 8 forwards: 'RV:' is read for the request it carries; it names the contract email "
         "tic@villanueva.es, the sender f.moya@villanueva.es is another address -> C2 need_info",
         rules=["C2"])

    # ow21 Gmail forward by the contract owner of her own earlier mail -> decided
    proj("Web Casa Rural El Roble", "casaruralelroble@gmail.com")
    owpay("pay_es_7423", "OWD-2025-753", "Web Casa Rural El Roble", "third_party", "4500.00", "810.00",
          "2025-09-20T10:00:00")
    f = eml("ow21-reenvio-propio", "Casa Rural El Roble <casaruralelroble@gmail.com>", OWD,
            "Fwd: plantilla premium", t(2025, 9, 24, 19, 0, MADRID),
            "Os lo reenvío porque no he tenido respuesta.\n\n"
            "---------- Forwarded message ---------\nDe: Casa Rural El Roble <casaruralelroble@gmail.com>\n"
            "Date: sáb, 20 sept 2025 a las 18:12\nSubject: plantilla premium\n"
            "To: <optimawebdesigns12@gmail.com>\n\n"
            "Hola, en la factura OWD-2025-753 de la Web Casa Rural El Roble nos habéis cobrado 4.500 € por una "
            "plantilla premium y un plugin de reservas. Pensábamos que entraba en el precio del diseño. "
            "Queremos que nos lo devolváis.\nJulia\n")
    case("ow21-reenvio-tercero", [f], OWB, "decided",
         "Forward from the contract email itself (no C2); the payment is third_party (premium theme, plugin) -> "
         "O6 deny",
         [d("refund", "deny")])

    # ow22 question about price -> other
    proj("Web Fisioterapia Movimiento", "citas@fisiomovimiento.es")
    f = eml("ow22-presupuesto", "Fisio Movimiento <citas@fisiomovimiento.es>", OWD,
            "Presupuesto sección de blog", t(2025, 9, 23, 16, 0, MADRID),
            "Hola,\n\n¿Cuánto costaría añadir un blog a la Web Fisioterapia Movimiento? ¿Entraría en el "
            "mantenimiento o sería un cambio aparte? Gracias.\n\nPablo\n")
    case("ow22-pregunta-presupuesto", [f], OWB, "other",
         "Neither refund nor cancellation (a price question) -> other")

    # ow23 the other brand's customer writes to Optima
    f = eml("ow23-cliente-otra-marca", "Rocío Villalba <rocio.villalba@villalba-reformas.es>", OWD,
            "cancelar suscripción", t(2025, 9, 27, 10, 0, MADRID),
            "Hola, quiero cancelar mi suscripción mensual de leads, ya no la necesito porque hemos contratado "
            "a un comercial.\nRocío\n")
    case("ow23-marca-equivocada", [f], OWB, "need_info",
         "Section 8 the other brand's customer: C1 picks Optima by the To address; the sender is a LeadsOptima "
         "customer, unknown in Optima's ledger -> treated as an unknown sender (C2, C3)",
         rules=["C2"])

    # ow24 Precedence: bulk newsletter -> ignore
    f = eml("ow24-newsletter", "Boletín Diseño Web <boletin@noticiasdiseno.example>", OWD,
            "Las 10 tendencias de diseño web para 2026", t(2025, 9, 25, 7, 0, MADRID),
            "¿Quieres cancelar tu suscripción a este boletín? Haz clic aquí.\n\n1. Tipografías grandes...\n",
            headers={"Precedence": "bulk", "List-Id": "Boletin Diseno <boletin.noticiasdiseno.example>",
                     "List-Unsubscribe": "<mailto:baja@noticiasdiseno.example>"})
    case("ow24-c7-boletin", [f], OWB, "ignore",
         "C7: Precedence: bulk and List-Id -> ignore, though the text says 'cancelar tu suscripción'",
         rules=["C7"])

    # ow25 bounce from MAILER-DAEMON
    bounce = EmailMessage(policy=SMTP)
    when = t(2025, 9, 26, 4, 12, IST)
    bounce["From"] = "Mail Delivery Subsystem <MAILER-DAEMON@mx.vinosribera.es>"
    bounce["To"] = OWD
    bounce["Subject"] = "Undelivered Mail Returned to Sender / Mensaje no entregado"
    bounce["Date"] = format_datetime(when)
    bounce["Message-ID"] = "<ow25-rebote.202509260412@fresh12-es.mail.example>"
    bounce["Auto-Submitted"] = "auto-replied"
    bounce.set_content("No se ha podido entregar el mensaje a cobros@vinosribera.es: buzón inexistente.\n"
                       "Asunto original: Re: Reembolso factura OWD-2025-746\n")
    (EMAILS / "ow25-rebote.eml").write_bytes(bounce.as_bytes())
    case("ow25-c7-rebote", ["emails/ow25-rebote.eml"], OWB, "ignore",
         "C7: MAILER-DAEMON sender and Auto-Submitted -> ignore", rules=["C7"])

    # ow26 hosting after 14 days -> deny, with refund+cancel; Spanglish
    proj("Hosting Coworking Nómada", "hello@coworkingnomada.es")
    owpay("pay_es_7424", "OWD-2025-754", "Hosting Coworking Nómada", "hosting_annual", "9600.00", "1728.00",
          "2025-09-01T10:00:00", setup_fee="1200.00", service_start="2025-09-01")
    f = eml("ow26-hosting-fuera-plazo", "Coworking Nómada <hello@coworkingnomada.es>", OWD,
            "Cancel hosting + refund pls", t(2025, 9, 19, 11, 0, MADRID),
            "Hola team! Queremos cancel el hosting anual de Hosting Coworking Nómada (invoice OWD-2025-754) y "
            "pedir el refund de lo que queda, porque nos mudamos todo a Webflow, que ya incluye hosting. "
            "Thanks!!\nIker | Coworking Nómada\n")
    case("ow26-hosting-dia18", [f], OWB, "decided",
         "O5: service_start 2025-09-01, request 2025-09-19 = day 18 > 14 -> refund deny; the cancellation is "
         "asked too: the annual plan is not a retainer, so no rule gives its end date (not checked)",
         [d("refund", "deny"), {"intent": "cancellation", "outcome": "cancel"}],
         ambiguous="Section 4 has no effective-date rule for cancelling an annual hosting plan whose refund is "
                   "denied; cancel is the likely outcome but an escalation is defensible.")

    # ow27 retainer already paid for the next cycle, >= 7 days notice -> escalate
    proj("Campañas Google Ads Óptica Visión", "gerencia@opticavision.es")
    owpay("pay_es_7425", "OWD-2025-755", "Campañas Google Ads Óptica Visión", "retainer", "15000.00", "2700.00",
          "2025-09-10T10:00:00", period_start="2025-09-10", period_end="2025-10-09")
    owpay("pay_es_7426", "OWD-2025-756", "Campañas Google Ads Óptica Visión", "retainer", "15000.00", "2700.00",
          "2025-09-25T10:00:00", next_billing_at="2025-11-10T00:00:00", period_start="2025-10-10",
          period_end="2025-11-09")
    f = eml("ow27-retainer-pagado-adelantado", "Óptica Visión <gerencia@opticavision.es>", OWD,
            "Baja campañas Google Ads", t(2025, 9, 27, 10, 0, MADRID),
            "Buenos días,\n\nQueremos cancelar la gestión de campañas de Google Ads (Campañas Google Ads Óptica "
            "Visión). Ya pagamos octubre por adelantado (OWD-2025-756), pero hemos decidido llevarlo nosotros "
            "con la franquicia. Nos gustaría saber qué pasa con ese mes.\n\nSaludos,\nTeresa\n")
    case("ow27-retainer-adelantado", [f], OWB, "decided",
         "Section 8 retainer paid in advance: the next cycle (2025-10-10..2025-11-09, OWD-2025-756) is already paid "
         "and the notice is ample (request 2025-09-27, next_billing_at 2025-11-10) -> the cancellation is escalated",
         [d("cancellation", "escalate")], extra_ok=True)


def main():
    EMAILS.mkdir(parents=True, exist_ok=True)
    for old in EMAILS.glob("*.eml"):
        old.unlink()
    build()
    ledger = {"customers": customers, "projects": projects, "payments": payments}
    (HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(cases)} cases, {len(customers)} customers, {len(projects)} projects, {len(payments)} payments")


if __name__ == "__main__":
    main()
