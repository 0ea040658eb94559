"""Fresh held-out round, Spanish (es): writes ledger.json, emails/*.eml and expected.json here.

Written by the QA pass from POLICY_SPEC.md alone (MIT, like the project). Deterministic: no randomness.
Run: python3 make_cases.py
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
LO_TO = "support@leadsoptima.com"
OWD_TO = "optimawebdesigns12@gmail.com"


def tz(hours, minutes=0):
    return timezone(timedelta(hours=hours, minutes=minutes))


IST = tz(5, 30)
ES = tz(2)        # Spain, summer time
MX = tz(-6)       # Ciudad de Mexico (no DST)
AR = tz(-3)
CO = tz(-5)
PE = tz(-5)
CL = tz(-3)       # Chile, summer time from 2025-09-07

customers, projects, payments = [], [], []
cases = []


def lo_customer(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lo_pay(pid, invoice, email, plan, amount, paid_at, pstart, pend, tax="0.00", status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": invoice, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": pstart, "period_end": pend, "status": status})


def owd_project(name, email, work_started_at=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": work_started_at})


def owd_pay(pid, invoice, project, kind, amount, paid_at, tax="0.00", **extra):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": invoice, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(extra)
    payments.append(rec)


def mail(name, frm, to, subject, when, body, html=None, html_only=False, headers=None, reply_to_of=None):
    """Write emails/<name>.eml; returns (relative path, Message-ID)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    mid = f"<{name}.{when.strftime('%Y%m%d%H%M')}@mail.fresh-{LANG}.example>"
    msg["Message-ID"] = mid
    if reply_to_of:
        msg["In-Reply-To"] = reply_to_of
        msg["References"] = reply_to_of
    for k, v in (headers or {}).items():
        msg[k] = v
    if html_only:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
            msg.set_boundary(f"==fresh-{LANG}-{name}==")  # fixed, so the output is deterministic
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(msg.as_bytes())
    return f"emails/{name}.eml", mid


def case(cid, files, brand, status, decisions, spec, rules=(), missing=None, extra_ok=False, ambiguous=None):
    c = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(intent, outcome, amount=None, effective_date=None):
    out = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        out["amount"] = amount
    if effective_date:
        out["effective_date"] = effective_date
    return out


def build():
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()

    # ---------------------------------------------------------------- LeadsOptima
    # A. duplicate monthly charge, inside the window -> approve
    lo_customer("rocio.valverde@gmail.com", "Rocío Valverde", "monthly", start="2025-09-20", end="2025-10-19")
    lo_pay("fes_p01", "LO-INV-71001", "rocio.valverde@gmail.com", "monthly", "1499.00", "2025-09-20T10:02:00",
           "2025-09-20", "2025-10-19", tax="269.82")
    lo_pay("fes_p02", "LO-INV-71002", "rocio.valverde@gmail.com", "monthly", "1499.00", "2025-09-20T10:03:00",
           "2025-09-20", "2025-10-19", tax="269.82")
    f, _ = mail("l4-cobro-doble", "Rocío Valverde <rocio.valverde@gmail.com>", LO_TO,
                "Me habeis cobrado dos veces!!", datetime(2025, 9, 24, 9, 40, tzinfo=ES),
                "Hola buenos dias,\n\n"
                "Revisando el extracto de la tarjeta veo que el 20 de septiembre me cobrasteis dos veces la cuota "
                "del plan mensual, dos cargos de 1.768,82 ₹ con un minuto de diferencia. Solo tengo una cuenta.\n"
                "La factura del segundo cargo es la LO-INV-71002.\n\n"
                "¿Me podeis devolver el cargo duplicado, por favor?\n\n"
                "Un saludo,\nRocío\n\nEnviado desde mi iPhone\n")
    case("fes-l4-cobro-doble", [f], "leadsoptima", "decided", [d("refund", "approve", "1499.00")],
         "L2 duplicate_payment ('me cobrasteis dos veces'); ledger: two paid monthly charges 1499.00 on 2025-09-20, "
         "same period 2025-09-20..2025-10-19; request 2025-09-24 13:10 IST = day 4 <= 7 (L3); L4 approve the "
         "duplicate's amount before tax 1499.00 (tax 269.82 kept, C6)")

    # B. duplicate annual charge; customer's local date is day 7, brand zone date is day 8 -> deny
    lo_customer("ignacio.bermudez@bermudez-contadores.mx", "Ignacio Bermúdez", "annual",
                start="2025-09-10", end="2026-09-09")
    lo_pay("fes_p03", "LO-INV-71003", "ignacio.bermudez@bermudez-contadores.mx", "annual", "11988.00",
           "2025-09-10T19:30:00", "2025-09-10", "2026-09-09")
    lo_pay("fes_p04", "LO-INV-71004", "ignacio.bermudez@bermudez-contadores.mx", "annual", "11988.00",
           "2025-09-10T19:31:00", "2025-09-10", "2026-09-09")
    html = ("<html><body><div style=\"font-family:Arial\"><p>Buenas tardes:</p>"
            "<p>Les escribo porque el pasado 10 de septiembre se me hizo un <b>doble cargo</b> por el plan anual "
            "(2 cobros de 11,988 rupias cada uno). La factura duplicada es la <b>LO INV 71004</b>.</p>"
            "<p>Solicito la devoluci&oacute;n del segundo cobro.</p>"
            "<p>Saludos cordiales,<br>C.P. Ignacio Berm&uacute;dez<br>Berm&uacute;dez Contadores &middot; "
            "Guadalajara, Jal.</p></div></body></html>")
    f, _ = mail("l3-doble-cargo-dia8", "\"C.P. Ignacio Bermúdez\" <ignacio.bermudez@bermudez-contadores.mx>", LO_TO,
                "Doble cargo plan anual", datetime(2025, 9, 17, 14, 0, tzinfo=MX), None, html=html, html_only=True)
    case("fes-l3-doble-cargo-dia8", [f], "leadsoptima", "decided", [d("refund", "deny")],
         "L2 duplicate_payment ('doble cargo'); charges 2025-09-10 19:30 IST (day 0; 08:00 on 10 Sep in Guadalajara). Date: Wed 17 Sep 2025 14:00 -0600 "
         "= 2025-09-18 01:30 IST, so the request's local date in the brand's zone is day 8 > 7: L3 deny "
         "(the customer's own date, 17 Sep, would be day 7; the spec counts in the brand's zone). HTML-only mail.")

    # C. duplicate quarterly charge, request on day 7 late at night -> approve
    lo_customer("nuria.esteve@esteve-fisioterapia.es", "Núria Esteve", "quarterly",
                start="2025-09-15", end="2025-12-14")
    lo_pay("fes_p05", "LO-INV-71005", "nuria.esteve@esteve-fisioterapia.es", "quarterly", "3999.00",
           "2025-09-15T09:00:00", "2025-09-15", "2025-12-14", tax="719.82")
    lo_pay("fes_p06", "LO-INV-71006", "nuria.esteve@esteve-fisioterapia.es", "quarterly", "3999.00",
           "2025-09-15T09:04:00", "2025-09-15", "2025-12-14", tax="719.82")
    f, _ = mail("l3-duplicado-dia7", "Nuria Esteve <nuria.esteve@esteve-fisioterapia.es>", LO_TO,
                "pago duplicado trimestral - lo-inv-71006", datetime(2025, 9, 22, 20, 0, tzinfo=ES),
                "hola\n\nel dia 15 se me cobro el trimestre 2 veces, os paso la factura del segundo pago "
                "(lo-inv-71006). quiero que me devolvais ese segundo pago de 3999 + IVA.\n\n"
                "gracias\n\n--\nNúria Esteve i Puig\nFisioterapeuta col. 4471\nEsteve Fisioteràpia · Girona\n\n"
                "Este mensaje y sus adjuntos son confidenciales y se dirigen exclusivamente a su destinatario. "
                "Si lo ha recibido por error, por favor comuníquelo al remitente y elimínelo.\n")
    case("fes-l3-duplicado-dia7", [f], "leadsoptima", "decided", [d("refund", "approve", "3999.00")],
         "L2 duplicate_payment ('cobro el trimestre 2 veces'); charges 2025-09-15 (day 0); Date Mon 22 Sep 2025 "
         "20:00 +0200 = 2025-09-22 23:30 IST = day 7, inside ('day 7 is inside', L3); L4 approve 3999.00 before tax")

    # D. did not use it -> deny L1
    lo_customer("teresa.olmedo@yahoo.es", "Teresa Olmedo", "monthly", start="2025-09-25", end="2025-10-24")
    lo_pay("fes_p07", "LO-INV-71007", "teresa.olmedo@yahoo.es", "monthly", "1499.00", "2025-09-25T08:15:00",
           "2025-09-25", "2025-10-24", tax="269.82")
    f, _ = mail("l1-no-lo-uso", "Teresa Olmedo <teresa.olmedo@yahoo.es>", LO_TO,
                "Devolucion mensualidad", datetime(2025, 9, 27, 11, 5, tzinfo=ES),
                "Buenos días,\n\nEl jueves se renovó mi plan mensual (factura LO-INV-71007) pero la verdad es que "
                "este mes casi no voy a usar la herramienta, estoy de baja por maternidad. ¿Me podéis devolver "
                "el importe de este mes? Son 1.768,82 rupias.\n\nMuchas gracias,\nTeresa Olmedo\n")
    case("fes-l1-no-lo-uso", [f], "leadsoptima", "decided", [d("refund", "deny")],
         "Reason: will not use it this month (not duplicate/billing error/access failure): L1 deny, reply offers "
         "cancellation; inside the window (day 2) does not matter")

    # E. negation: no refund, only cancel -> cancel at current_period_end
    lo_customer("fernando.quiroga@quirogaseguros.cl", "Fernando Quiroga", "quarterly",
                start="2025-08-05", end="2025-11-04")
    lo_pay("fes_p08", "LO-INV-71008", "fernando.quiroga@quirogaseguros.cl", "quarterly", "3999.00",
           "2025-08-05T12:00:00", "2025-08-05", "2025-11-04", tax="719.82")
    f, _ = mail("l8-no-quiero-reembolso", "Fernando Quiroga <fernando.quiroga@quirogaseguros.cl>", LO_TO,
                "Baja de la suscripción", datetime(2025, 9, 19, 10, 30, tzinfo=CL),
                "Estimados,\n\nNo quiero reembolso ni nada por el estilo, el trimestre ya está pagado y lo voy a "
                "aprovechar. Solo necesito dar de baja la suscripción trimestral para que no se renueve en "
                "noviembre. Cambiamos de CRM en la corredora.\n\nAtte.,\nFernando Quiroga M.\n"
                "Quiroga Corredores de Seguros\nSantiago de Chile\n")
    case("fes-l8-no-quiero-reembolso", [f], "leadsoptima", "decided",
         [d("cancellation", "cancel", effective_date="2025-11-04")],
         "Negation 'No quiero reembolso' adds no refund intent (section 8); cancellation: L8 effective_date = "
         "current_period_end 2025-11-04")

    # F. cancel, fallback from last charge (no current period in the ledger)
    lo_customer("valentina.rios@outlook.com", "Valentina Ríos", "monthly")
    lo_pay("fes_p09", "LO-INV-71009", "valentina.rios@outlook.com", "monthly", "1499.00", "2025-09-12T07:45:00",
           None, None, tax="269.82")
    f, _ = mail("l8-cancelar-sin-periodo", "Valentina Rios <valentina.rios@outlook.com>", LO_TO,
                "Solicitud cancelacion plan", datetime(2025, 9, 25, 16, 20, tzinfo=CO),
                "Buenas tardes,\n\nMuy amablemente les solicito cancelar mi plan mensual de LeadsOptima, ya no lo "
                "vamos a necesitar porque cerramos la línea de negocio.\n\nQuedo atenta, mil gracias.\n\n"
                "Valentina Ríos Cárdenas\nCoordinadora Comercial | Ríos & Cárdenas S.A.S.\nBogotá, Colombia\n"
                "Cel. 310 555 0192\n\n"
                "AVISO DE CONFIDENCIALIDAD: La información contenida en este correo es confidencial y para uso "
                "exclusivo del destinatario. Si usted no es el destinatario, le solicitamos eliminarlo.\n")
    case("fes-l8-cancelar-sin-periodo", [f], "leadsoptima", "decided",
         [d("cancellation", "cancel", effective_date="2025-10-11")],
         "L8: no current_period_end in the ledger, so last charge's local date 2025-09-12 + 1 month (monthly) - 1 day "
         "= 2025-10-11")

    # G. charged the annual plan instead of monthly -> escalate L5
    lo_customer("lorena.paredes@paredes-consultores.es", "Lorena Paredes", "monthly",
                start="2025-09-26", end="2025-10-25")
    lo_pay("fes_p10", "LO-INV-71010", "lorena.paredes@paredes-consultores.es", "annual", "11988.00",
           "2025-09-26T18:10:00", "2025-09-26", "2026-09-25", tax="2157.84")
    f, _ = mail("l5-anual-en-vez-de-mensual", "Lorena Paredes <lorena.paredes@paredes-consultores.es>", LO_TO,
                "RE: Tu factura LO-INV-71010", datetime(2025, 9, 29, 9, 12, tzinfo=ES),
                "Hola,\n\nMe ha llegado esta factura y no entiendo nada: yo tengo contratado el plan mensual y me "
                "habéis cobrado el plan anual, 11.988 ₹ + IVA. Es un error vuestro, yo no he cambiado nada.\n"
                "Por favor devolvedme ese cobro y dejadme en el mensual como estaba.\n\n"
                "Lorena Paredes\nParedes Consultores\n\n"
                "> LeadsOptima <billing@leadsoptima.com> escribió:\n> Gracias por tu pago. Factura LO-INV-71010.\n",
                headers={"In-Reply-To": "<invoice-LO-INV-71010@billing.leadsoptima.com>",
                         "References": "<invoice-LO-INV-71010@billing.leadsoptima.com>"})
    case("fes-l5-anual-en-vez-de-mensual", [f], "leadsoptima", "decided", [d("refund", "escalate")],
         "L2 billing_error (charged the annual plan instead of the monthly one); charge 2025-09-26, request "
         "2025-09-29 = day 3 <= 7; L5 escalate, no amount", extra_ok=False)

    # H. access failure -> escalate L6
    lo_customer("diego.salcedo@gmail.com", "Diego Salcedo", "monthly", start="2025-09-23", end="2025-10-22")
    lo_pay("fes_p11", "LO-INV-71011", "diego.salcedo@gmail.com", "monthly", "1499.00", "2025-09-23T18:00:00",
           "2025-09-23", "2025-10-22", tax="269.82")
    f, _ = mail("l6-no-puedo-entrar", "Diego Salcedo <diego.salcedo@gmail.com>", LO_TO,
                "no puedo iniciar sesion", datetime(2025, 9, 28, 22, 48, tzinfo=AR),
                "Hola, desde el jueves no puedo iniciar sesión, me tira error 500 y el panel no carga. Ya probé "
                "con otro navegador y desde el celu y nada. Abrí un ticket el jueves y nadie me respondió.\n"
                "Pagué el mes el 23 (factura LO-INV-71011) y no pude usar nada, quiero la devolución.\n\n"
                "Diego\n")
    case("fes-l6-no-puedo-entrar", [f], "leadsoptima", "decided", [d("refund", "escalate")],
         "L2 access_failure ('no puedo iniciar sesión', 'el panel no carga'); Date Sun 28 Sep 22:48 -0300 = "
         "2025-09-29 07:18 IST, charge 2025-09-23 -> day 6 <= 7; L6 escalate")

    # I. past event: cancelled on the 14th, charged on the 21st -> billing error, escalate
    lo_customer("sergio.campos@camposyasoc.mx", "Sergio Campos", "monthly", status="cancelled",
                start="2025-09-21", end="2025-10-20")
    lo_pay("fes_p12", "LO-INV-71012", "sergio.campos@camposyasoc.mx", "monthly", "1499.00", "2025-09-21T20:30:00",
           "2025-09-21", "2025-10-20", tax="269.82")
    f, _ = mail("l5-cancele-y-me-cobraron", "Sergio Campos <sergio.campos@camposyasoc.mx>", LO_TO,
                "Cobro despues de cancelar", datetime(2025, 9, 24, 12, 0, tzinfo=MX),
                "Buen día.\n\nCancelé mi plan mensual el 14 de septiembre desde Billing, tengo el correo de "
                "confirmación, y aun así el 21 me llegó el cobro de la factura LO-INV-71012. No debieron "
                "cobrarme. Solicito el reembolso de ese cargo.\n\nSaludos,\nLic. Sergio Campos\n")
    case("fes-l5-cancele-y-me-cobraron", [f], "leadsoptima", "decided", [d("refund", "escalate")],
         "Past event 'Cancelé ... el 14' is not a new cancellation request; L2 billing_error (charged after "
         "cancelling); charge 2025-09-21, request 2025-09-24 23:30 IST = day 3; L5 escalate")

    # J. free trial asks for a refund -> deny L7
    lo_customer("camila.ortega.diseno@gmail.com", "Camila Ortega", "monthly", status="trial",
                trial_ends="2025-10-06")
    f, _ = mail("l7-prueba-gratis", "Camila Ortega <camila.ortega.diseno@gmail.com>", LO_TO,
                "reembolso", datetime(2025, 9, 26, 13, 30, tzinfo=ES),
                "Hola! Me registré en la prueba gratuita la semana pasada y no me termina de convencer la "
                "herramienta para mi estudio. Quiero que me devolváis lo que haya pagado, no quiero seguir.\n\n"
                "Besos,\nCami\n")
    case("fes-l7-prueba-gratis", [f], "leadsoptima", "decided", [d("refund", "deny")],
         "Sender is a trial account with no charges: L7 deny (nothing to refund, no billing unless they subscribe)",
         extra_ok=True,
         ambiguous="No invoice can exist for a trial; the spec's L7 says deny, but a strict reading of the refund's "
                   "required fields could ask for an invoice number first (need_info). 'no quiero seguir' may also "
                   "be read as a cancellation (extra_ok).")

    # K. writes from another address, names the registered one -> C2
    lo_customer("pilar.montes@montesarquitectura.es", "Pilar Montes", "annual", start="2025-03-01", end="2026-02-28")
    lo_pay("fes_p13", "LO-INV-71013", "pilar.montes@montesarquitectura.es", "annual", "11988.00",
           "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
    f, _ = mail("c2-otra-direccion", "Pilar H. Montes <pilar.h.montes@gmail.com>", LO_TO,
                "Cancelar suscripcion anual", datetime(2025, 9, 23, 18, 2, tzinfo=ES),
                "Hola,\n\nOs escribo desde mi correo personal porque el del estudio no me funciona hoy. Mi cuenta "
                "está registrada con pilar.montes@montesarquitectura.es. Quiero cancelar el plan anual para que no "
                "se renueve en marzo, y de paso decidme hasta qué fecha tengo acceso.\n\nPilar\n")
    case("fes-c2-otra-direccion", [f], "leadsoptima", "need_info", [],
         "C2: the request names registered email pilar.montes@montesarquitectura.es but comes from "
         "pilar.h.montes@gmail.com: need_info asking her to write from the address on record, no account details",
         rules=["C2"])

    # L. thread: duplicate charge without invoice, asked, then answered -> approve
    lo_customer("joaquin.ferrer@ferrerlogistica.es", "Joaquín Ferrer", "monthly", start="2025-09-27", end="2025-10-26")
    lo_pay("fes_p14", "LO-INV-71014", "joaquin.ferrer@ferrerlogistica.es", "monthly", "1499.00",
           "2025-09-27T11:20:00", "2025-09-27", "2025-10-26", tax="269.82")
    lo_pay("fes_p15", "LO-INV-71015", "joaquin.ferrer@ferrerlogistica.es", "monthly", "1499.00",
           "2025-09-27T11:21:00", "2025-09-27", "2025-10-26", tax="269.82")
    f1, mid = mail("c3-hilo-factura-1", "Joaquín Ferrer <joaquin.ferrer@ferrerlogistica.es>", LO_TO,
                   "Cargo repetido", datetime(2025, 9, 28, 10, 0, tzinfo=ES),
                   "Buenos días, el sábado me cobraron la mensualidad dos veces. Quiero que me devolváis uno de los "
                   "dos cargos.\nGracias.\n\nJoaquín Ferrer\nFerrer Logística\n")
    f2, _ = mail("c3-hilo-factura-2", "Joaquín Ferrer <joaquin.ferrer@ferrerlogistica.es>", LO_TO,
                 "Re: Cargo repetido [LO-1001]", datetime(2025, 9, 29, 8, 55, tzinfo=ES),
                 "Hola, la factura del segundo cargo es la lo inv 71015.\nSaludos\n\n"
                 "El dom, 28 sept 2025 a las 12:30, LeadsOptima Support <support@leadsoptima.com> escribió:\n"
                 "> Hola Joaquín, para revisarlo necesitamos el número de factura del cargo.\n",
                 headers={"In-Reply-To": "<case-LO-1001.1@leadsoptima.com>",
                          "References": f"{mid} <case-LO-1001.1@leadsoptima.com>"})
    case("fes-c3-hilo-factura", [f1, f2], "leadsoptima", "decided", [d("refund", "approve", "1499.00")],
         "C3 thread: first email lacks the invoice number, the answer (References, subject [LO-1001]) gives 'lo inv 71015' = "
         "LO-INV-71015 (section 8 matching), the later charge of the duplicate pair; request time = first email "
         "2025-09-28 13:30 IST, charge 2025-09-27 -> day 1; L4 approve 1499.00")

    # M. access failure without invoice -> need_info invoice_number
    lo_customer("beatriz.lozano.r@gmail.com", "Beatriz Lozano", "quarterly", start="2025-09-25", end="2025-12-24")
    lo_pay("fes_p16", "LO-INV-71016", "beatriz.lozano.r@gmail.com", "quarterly", "3999.00", "2025-09-25T15:00:00",
           "2025-09-25", "2025-12-24", tax="719.82")
    f, _ = mail("c3-falta-factura", "Beatriz Lozano <beatriz.lozano.r@gmail.com>", LO_TO,
                "No me deja acceder", datetime(2025, 9, 29, 17, 45, tzinfo=ES),
                "Hola:\n\nDesde que renové el trimestre no me deja acceder a la cuenta, me sale \"usuario "
                "bloqueado\". Llevo cuatro días sin poder trabajar. Si no lo podéis arreglar quiero que me devolváis "
                "el trimestre.\n\nBeatriz\n")
    case("fes-c3-falta-factura", [f], "leadsoptima", "decided", [d("refund", "escalate")],
         "Refund with reason access_failure (no access, account blocked); plan and invoice filled from the ledger "
         "for the verified sender, whose only charge is LO-INV-71016 (section 1; stop 26 correction, was C3 "
         "need_info [invoice_number]) -> L6 escalate",
         ambiguous="'Si no lo podéis arreglar' makes the refund conditional; read as a refund request because the "
                   "access failure already happened (not a pre-purchase hypothetical).")

    # N. lawyer / consumer authority -> C4 escalate
    lo_customer("ramon.iglesias@iglesias-reformas.es", "Ramón Iglesias", "monthly", start="2025-09-18",
                end="2025-10-17")
    lo_pay("fes_p17", "LO-INV-71017", "ramon.iglesias@iglesias-reformas.es", "monthly", "1499.00",
           "2025-09-18T09:00:00", "2025-09-18", "2025-10-17", tax="269.82")
    lo_pay("fes_p18", "LO-INV-71018", "ramon.iglesias@iglesias-reformas.es", "monthly", "1499.00",
           "2025-09-18T09:00:30", "2025-09-18", "2025-10-17", tax="269.82")
    f, _ = mail("c4-abogado", "Ramón Iglesias <ramon.iglesias@iglesias-reformas.es>", LO_TO,
                "TERCER AVISO - cobro duplicado LO-INV-71018", datetime(2025, 9, 22, 8, 10, tzinfo=ES),
                "Es la tercera vez que escribo. Me cobrasteis dos veces el mes (LO-INV-71018 es el duplicado). "
                "Si esta semana no tengo el dinero devuelto lo pongo en manos de mi abogado y pongo una "
                "reclamación en la Oficina del Consumidor.\n\nRamón Iglesias\n")
    case("fes-c4-abogado", [f], "leadsoptima", "decided", [d("refund", "escalate")],
         "C4: lawyer ('mi abogado') and consumer-authority complaint ('reclamación en la Oficina del Consumidor') "
         "-> escalate the whole case, even though L4 alone would approve", rules=["C4"])

    # O. out-of-office auto-reply -> ignore
    f, _ = mail("c7-fuera-de-oficina", "Marisa Calvo <marisa.calvo@calvo-eventos.es>", LO_TO,
                "Respuesta automática: Tu factura de LeadsOptima", datetime(2025, 9, 26, 7, 0, tzinfo=ES),
                "Hola, estoy fuera de la oficina hasta el 6 de octubre sin acceso al correo. Para temas urgentes "
                "de facturación o cancelaciones escribid a administracion@calvo-eventos.es.\n\nMarisa Calvo\n",
                headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
    case("fes-c7-fuera-de-oficina", [f], "leadsoptima", "ignore", [],
         "C7: Auto-Submitted: auto-replied -> ignore, even though the text mentions billing and cancellations",
         rules=["C7"])

    # P. how-to question -> other
    lo_customer("hugo.benitez@benitezmotor.com.ar", "Hugo Benítez", "annual", start="2025-06-02", end="2026-06-01")
    lo_pay("fes_p19", "LO-INV-71019", "hugo.benitez@benitezmotor.com.ar", "annual", "11988.00", "2025-06-02T10:00:00",
           "2025-06-02", "2026-06-01")
    f, _ = mail("otro-descargar-facturas", "Hugo Benitez <hugo.benitez@benitezmotor.com.ar>", LO_TO,
                "Consulta facturas", datetime(2025, 9, 30, 11, 15, tzinfo=AR),
                "Hola que tal, como hago para descargar las facturas en PDF con el CUIT de la empresa? El contador "
                "me las pide. No encuentro la opcion en el panel.\n\nGracias!\nHugo\n")
    case("fes-otro-descargar-facturas", [f], "leadsoptima", "other", [],
         "How-to question about downloading invoices: neither refund nor cancellation -> other")

    # Q. pre-purchase hypothetical -> other
    f, _ = mail("otro-hipotetico", "Alejandra Vidal <ale.vidal.coach@gmail.com>", LO_TO,
                "Pregunta antes de contratar", datetime(2025, 9, 29, 19, 40, tzinfo=CO),
                "Hola, estoy pensando contratar el plan anual para mi consultorio. Si después de un par de semanas "
                "veo que no me sirve, ¿me devolverían el dinero? ¿o solo se puede con el mensual?\n\n"
                "Gracias, Alejandra\n")
    case("fes-otro-hipotetico", [f], "leadsoptima", "other", [],
         "Section 8: 'would I get a refund if...' before buying is a policy question -> other (no account, no "
         "request, so no C2)")

    # ---------------------------------------------------------------- Optima WebDesign
    # R. deposit, 47 hours, no work -> approve
    owd_project("Tienda Alpaca Andina", "gerencia@alpaca-andina.pe")
    owd_pay("fes_p31", "OWD-2025-7101", "Tienda Alpaca Andina", "deposit", "25000.00", "2025-09-22T10:00:00",
            tax="4500.00")
    f, _ = mail("o2-deposito-47h", "Gerencia Alpaca Andina <gerencia@alpaca-andina.pe>", OWD_TO,
                "Refund Request — Tienda Alpaca Andina / OWD-2025-7101", datetime(2025, 9, 23, 22, 30, tzinfo=PE),
                "Estimado equipo de Optima WebDesign:\n\nLes escribimos respecto al proyecto Tienda Alpaca Andina. "
                "El domingo por la noche abonamos el depósito de reserva (factura OWD-2025-7101, el equivalente en soles de ₹29.500 "
                "con impuestos). Lamentablemente el directorio decidió postergar el lanzamiento de la tienda online "
                "hasta el próximo año por recorte de presupuesto, por lo que solicitamos la devolución del "
                "depósito. Entendemos que aún no se inició ningún trabajo.\n\n"
                "Atentamente,\nMaría Fe Quispe\nGerente General\nAlpaca Andina S.A.C. – Cusco, Perú\n")
    case("fes-o2-deposito-47h", [f], "optima_webdesign", "decided", [d("refund", "approve", "25000.00")],
         "O2 deposit paid 2025-09-22 10:00 IST; Date Tue 23 Sep 22:30 -0500 = 2025-09-24 09:00 IST = 47 h < 72 h, "
         "work_started_at empty -> approve the amount before tax 25000.00 (tax 4500.00 kept, C6)")

    # S. deposit exactly 72 hours -> deny
    owd_project("Clínica Dental Sonrisa Viva", "admin@sonrisaviva-dental.es")
    owd_pay("fes_p32", "OWD-2025-7102", "Clínica Dental Sonrisa Viva", "deposit", "15000.00", "2025-09-15T11:00:00",
            tax="2700.00")
    f, _ = mail("o2-deposito-72h-justas", "Administración Sonrisa Viva <admin@sonrisaviva-dental.es>", OWD_TO,
                "Anulación proyecto web clínica", datetime(2025, 9, 18, 7, 30, tzinfo=ES),
                "Buenos días,\n\nSomos la Clínica Dental Sonrisa Viva. El lunes pagamos la reserva del proyecto "
                "(factura OWD-2025-7102, 15.000 ₹ + IVA). Los socios no se ponen de acuerdo con el presupuesto "
                "total y preferimos no seguir adelante por ahora. Os pedimos el reembolso de la reserva, que "
                "todavía estamos dentro de las 72 horas.\n\nUn saludo,\nAdministración\nClínica Dental Sonrisa Viva\n"
                "C/ Colón 18, 46004 Valencia\n")
    case("fes-o2-deposito-72h-justas", [f], "optima_webdesign", "decided", [d("refund", "deny")],
         "O2 deposit paid 2025-09-15 11:00 IST; Date Thu 18 Sep 07:30 +0200 = 2025-09-18 11:00 IST = exactly 72 h, "
         "which is not 'before 72 hours' (section 8) -> deny", extra_ok=True)

    # T. annual hosting within 14 days -> approve pro-rated
    owd_project("Bodegas Viña Serrano", "sistemas@vinaserrano.es")
    owd_pay("fes_p33", "OWD-2025-7103", "Bodegas Viña Serrano", "hosting_annual", "18000.00", "2025-09-14T12:00:00",
            tax="3240.00", setup_fee="2400.00", service_start="2025-09-15")
    html = ("<html><body><p>Hola,</p><p>Queremos dar de baja el <b>hosting anual</b> del proyecto "
            "<b>Bodegas Vi&ntilde;a Serrano</b> (factura OWD-2025-7103) y solicitar el reembolso proporcional. "
            "El grupo nos ha impuesto migrar todas las webs al proveedor corporativo.</p>"
            "<p>Saludos,<br>Jon Etxeberria<br>Responsable de Sistemas &ndash; Bodegas Vi&ntilde;a Serrano</p>"
            "<p style=\"font-size:8pt;color:#888\">Antes de imprimir este correo piense si es necesario.</p>"
            "</body></html>")
    f, _ = mail("o5-hosting-prorrateo", "Jon Etxeberria <sistemas@vinaserrano.es>", OWD_TO,
                "Baja hosting + reembolso", datetime(2025, 9, 25, 10, 0, tzinfo=ES),
                "Hola,\n\nQueremos dar de baja el hosting anual del proyecto Bodegas Viña Serrano (factura "
                "OWD-2025-7103) y solicitar el reembolso proporcional. El grupo nos ha impuesto migrar todas las "
                "webs al proveedor corporativo.\n\nSaludos,\nJon Etxeberria\nResponsable de Sistemas – Bodegas Viña "
                "Serrano\n", html=html)
    case("fes-o5-hosting-prorrateo", [f], "optima_webdesign", "decided", [d("refund", "approve", "14300.00")],
         "O5 hosting_annual 18000.00 incl. setup 2400.00, service_start 2025-09-15; request 2025-09-25 (day 10 <= 14); "
         "monthly_value = (18000.00 - 2400.00)/12 = 1300.00; consumed_months 1; refund = 18000.00 - 2400.00 - 1300.00 "
         "= 14300.00", extra_ok=True)

    # U. annual maintenance on day 15 -> deny
    owd_project("Academia de Idiomas Horizonte", "direccion@academiahorizonte.com.mx")
    owd_pay("fes_p34", "OWD-2025-7104", "Academia de Idiomas Horizonte", "maintenance_annual", "9600.00",
            "2025-09-01T10:00:00", tax="1728.00", setup_fee="1200.00", service_start="2025-09-01")
    f, _ = mail("o5-mantenimiento-dia15", "Dirección Academia Horizonte <direccion@academiahorizonte.com.mx>", OWD_TO,
                "Cancelación de mantenimiento anual", datetime(2025, 9, 16, 9, 0, tzinfo=MX),
                "Buenos días.\n\nPor medio del presente solicitamos la cancelación del plan de mantenimiento anual "
                "de la página de la Academia de Idiomas Horizonte, factura OWD-2025-7104, y el reembolso "
                "prorrateado de lo no utilizado. El motivo es que contratamos a un desarrollador de planta que se "
                "encargará del sitio.\n\nSin más por el momento, quedo a sus órdenes.\n\nMtra. Gabriela Téllez\n"
                "Directora\n")
    case("fes-o5-mantenimiento-dia15", [f], "optima_webdesign", "decided", [d("refund", "deny")],
         "O5 maintenance_annual service_start 2025-09-01 (day 0); Date Tue 16 Sep 09:00 -0600 = 2025-09-16 20:30 IST "
         "= day 15 > 14 -> deny", extra_ok=True)

    # V. milestone not started -> approve milestone amount
    owd_project("App Reservas Pádel Club Norte", "juntadirectiva@padelclubnorte.es", work_started_at="2025-08-01T10:00:00")
    owd_pay("fes_p35", "OWD-2025-7105", "App Reservas Pádel Club Norte", "milestone", "30000.00",
            "2025-09-05T10:00:00", tax="5400.00", milestone_status="not_started")
    f, _ = mail("o3-hito-no-iniciado", "Junta Directiva Pádel Club Norte <juntadirectiva@padelclubnorte.es>", OWD_TO,
                "App Reservas Padel Club Norte - fase 3 (OWD-2025-7105)", datetime(2025, 9, 26, 19, 0, tzinfo=ES),
                "Hola equipo:\n\nEn la asamblea del club se votó no hacer la integración con la pasarela de pagos "
                "(fase 3 de la App Reservas Pádel Club Norte), porque el club cobrará en recepción. Ya pagamos ese "
                "hito por adelantado con la factura OWD-2025-7105 y entendemos que no habéis empezado con él. "
                "Solicitamos el reembolso de ese hito. Las fases 1 y 2 siguen igual.\n\n"
                "Un abrazo,\nEnrique Sanz – Tesorero\n")
    case("fes-o3-hito-no-iniciado", [f], "optima_webdesign", "decided", [d("refund", "approve", "30000.00")],
         "O3 milestone OWD-2025-7105 status not_started -> approve that milestone's amount before tax 30000.00 "
         "(project work started on other milestones does not matter for O3)", extra_ok=True)

    # W. milestone in progress -> escalate
    owd_project("Portal Cooperativa Agraria San Isidro", "oficina@coopsanisidro.es",
                work_started_at="2025-07-14T10:00:00")
    owd_pay("fes_p36", "OWD-2025-7106", "Portal Cooperativa Agraria San Isidro", "milestone", "22000.00",
            "2025-08-20T10:00:00", tax="3960.00", milestone_status="in_progress")
    f, _ = mail("o3-hito-en-curso", "Cooperativa San Isidro <oficina@coopsanisidro.es>", OWD_TO,
                "RV: reembolso hito portal", datetime(2025, 9, 24, 12, 40, tzinfo=ES),
                "Os reenvío la petición que preparamos desde la oficina, ya aprobada por el presidente.\n\nPaqui\nOficina Cooperativa\n\n"
                "________________________________\n"
                "De: Oficina Cooperativa San Isidro <oficina@coopsanisidro.es>\n"
                "Enviado: martes, 23 de septiembre de 2025 18:02\n"
                "Para: Presidencia <presidencia@coopsanisidro.es>\n"
                "Asunto: reembolso hito portal\n\n"
                "Buenas, desde la oficina pedimos el reembolso del segundo hito del Portal Cooperativa Agraria San "
                "Isidro (factura OWD-2025-7106, 22.000 ₹ + IVA): el área privada de socios no nos sirve tal como "
                "se planteó y la junta ha decidido no seguir con esa parte.\n")
    case("fes-o3-hito-en-curso", [f], "optima_webdesign", "decided", [d("refund", "escalate")],
         "Outlook forward (RV:, De:/Enviado:/Para:/Asunto:) from the contract email itself, the forwarded request "
         "comes from the same address; O3 milestone status in_progress -> escalate (interp.)", extra_ok=True)

    # X. third-party (domain + SSL) -> deny
    owd_project("Restaurante El Fogón de Lola", "lola@elfogondelola.es")
    owd_pay("fes_p37", "OWD-2025-7107", "Restaurante El Fogón de Lola", "third_party", "3500.00",
            "2025-09-20T10:00:00", tax="630.00")
    f, _ = mail("o6-dominio-ssl", "Lola Gutiérrez <lola@elfogondelola.es>", OWD_TO,
                "devolucion dominio", datetime(2025, 9, 27, 16, 5, tzinfo=ES),
                "hola chicos, me ha llegado la factura OWD-2025-7107 del dominio y el certificado SSL del "
                "Restaurante El Fogón de Lola. Mi sobrino dice que el dominio lo podía haber renovado yo por "
                "mucho menos dinero, asi que quiero que me devolvais esos 3.500 ₹.\n\nLola\n")
    case("fes-o6-dominio-ssl", [f], "optima_webdesign", "decided", [d("refund", "deny")],
         "O6: kind third_party (domain, SSL) is never refundable -> deny citing 'Non-refundable items'")

    # Y. retainer, notice >= 7 days -> cancel the day before next_billing_at
    owd_project("Marketing Mensual Ferretería Ochoa", "compras@ferreteriaochoa.com.ar")
    owd_pay("fes_p38", "OWD-2025-7108", "Marketing Mensual Ferretería Ochoa", "retainer", "12000.00",
            "2025-09-15T10:00:00", tax="2160.00", period_start="2025-09-15", period_end="2025-10-14",
            next_billing_at="2025-10-15T00:00:00")
    f, _ = mail("o4-retainer-preaviso", "Compras Ferretería Ochoa <compras@ferreteriaochoa.com.ar>", OWD_TO,
                "Baja retainer marketing", datetime(2025, 9, 26, 15, 0, tzinfo=AR),
                "Buenas tardes,\n\nLes aviso con tiempo que queremos cancelar el retainer mensual del proyecto "
                "Marketing Mensual Ferretería Ochoa (última factura OWD-2025-7108). A partir de octubre el "
                "marketing lo va a llevar una persona nuestra, internamente.\nNo hace falta devolver nada, el mes "
                "en curso lo usamos.\n\nSaludos,\nRoberto Ochoa\n")
    case("fes-o4-retainer-preaviso", [f], "optima_webdesign", "decided",
         [d("cancellation", "cancel", effective_date="2025-10-14")],
         "O4/O8 retainer next_billing_at 2025-10-15; request 2025-09-26 23:30 IST <= 2025-10-15 - 7 days = 2025-10-08 "
         "-> no next charge, effective_date the day before next_billing_at = 2025-10-14; 'No hace falta devolver "
         "nada' adds no refund intent")

    # Z. retainer, short notice -> next cycle billed
    owd_project("Soporte Web Hostal Mirador del Sur", "reservas@hostalmiradordelsur.es")
    owd_pay("fes_p39", "OWD-2025-7109", "Soporte Web Hostal Mirador del Sur", "retainer", "8000.00",
            "2025-09-04T10:00:00", tax="1440.00", period_start="2025-09-04", period_end="2025-10-03",
            next_billing_at="2025-10-04T00:00:00")
    f, _ = mail("o4-retainer-poco-aviso", "Hostal Mirador del Sur <reservas@hostalmiradordelsur.es>", OWD_TO,
                "cancelar soporte web", datetime(2025, 9, 29, 10, 20, tzinfo=ES),
                "Hola, buenos dias\n\nQueremos cancelar el soporte web mensual del Hostal Mirador del Sur "
                "(factura OWD-2025-7109). Vendemos el hostal y los nuevos dueños traen su propia web.\n\n"
                "Gracias por todo,\nAmparo\n")
    case("fes-o4-retainer-poco-aviso", [f], "optima_webdesign", "decided",
         [d("cancellation", "cancel", effective_date="2025-11-03")],
         "O4 retainer next_billing_at 2025-10-04; request 2025-09-29 13:50 IST is after the cut-off 2025-10-04 - 7 "
         "days = 2025-09-27 -> next cycle billed; cycles are monthly (period 2025-09-04..2025-10-03), so the next "
         "cycle is 2025-10-04..2025-11-03 and effective_date = 2025-11-03")

    # AA. discovery already started -> deny
    owd_project("Rebranding Café Tostadero Muñoz", "hola@tostaderomunoz.es", work_started_at="2025-09-10T11:00:00")
    owd_pay("fes_p40", "OWD-2025-7110", "Rebranding Café Tostadero Muñoz", "discovery", "9500.00",
            "2025-09-08T10:00:00", tax="1710.00")
    f, _ = mail("o1-discovery-empezado", "Álvaro Muñoz <hola@tostaderomunoz.es>", OWD_TO,
                "Fwd: sesión de estrategia", datetime(2025, 9, 12, 13, 0, tzinfo=ES),
                "Hola, tras la primera sesión de estrategia del miércoles hemos visto que no es lo que buscábamos "
                "para el Rebranding Café Tostadero Muñoz. Pedimos la devolución de la fase de discovery, factura "
                "OWD-2025-7110.\n\nÁlvaro\n\n"
                "---------- Mensaje reenviado ---------\n"
                "De: Optima WebDesign <optimawebdesigns12@gmail.com>\n"
                "Date: mié, 10 sept 2025 a las 6:05\n"
                "Subject: sesión de estrategia\n"
                "To: <hola@tostaderomunoz.es>\n\n"
                "Os confirmamos la sesión de hoy a las 11:00 (hora India).\n")
    case("fes-o1-discovery-empezado", [f], "optima_webdesign", "decided", [d("refund", "deny")],
         "O1 discovery: work_started_at 2025-09-10 11:00 is before the request 2025-09-12 16:30 IST -> deny. The "
         "forwarded block is our own earlier mail, quoted; the sender is the contract email")

    # BB. forward from a personal address naming the contract email -> C2
    owd_project("Costa Brava Homes", "direccion@costabravahomes.es")
    owd_pay("fes_p41", "OWD-2025-7111", "Costa Brava Homes", "deposit", "20000.00", "2025-09-28T10:00:00",
            tax="3600.00")
    f, _ = mail("c2-reenvio-gmail", "Marc Puig <marc.puig.costa@gmail.com>", OWD_TO,
                "Fwd: Devolución reserva Costa Brava Homes", datetime(2025, 9, 29, 9, 15, tzinfo=ES),
                "Os lo reenvío desde mi gmail porque el correo de la empresa está caído.\n\nMarc\n\n"
                "Inicio del mensaje reenviado:\n\n"
                "De: Marc Puig <direccion@costabravahomes.es>\n"
                "Asunto: Devolución reserva Costa Brava Homes\n"
                "Fecha: 28 de septiembre de 2025, 20:10:44 CEST\n"
                "Para: optimawebdesigns12@gmail.com\n\n"
                "Hola, soy Marc Puig, el contrato de Costa Brava Homes está a nombre del correo "
                "direccion@costabravahomes.es. Hemos pagado hoy la reserva (OWD-2025-7111) pero el socio se "
                "echa atrás con la inversión; pedimos que nos devolváis la reserva.\n")
    case("fes-c2-reenvio-gmail", [f], "optima_webdesign", "need_info", [],
         "Section 8 forwards + C2: the forwarded request names contract email direccion@costabravahomes.es, the "
         "sender is marc.puig.costa@gmail.com -> need_info asking for the request from the contract email",
         rules=["C2"])

    # CC. chargeback threat -> C4 escalate
    owd_project("Estudio Yoga Shanti Valencia", "namaste@yogashantivalencia.es")
    owd_pay("fes_p42", "OWD-2025-7112", "Estudio Yoga Shanti Valencia", "deposit", "12000.00", "2025-09-25T10:00:00",
            tax="2160.00")
    f, _ = mail("c4-contracargo", "Irene Soler <namaste@yogashantivalencia.es>", OWD_TO,
                "Devolución depósito Estudio Yoga Shanti Valencia", datetime(2025, 9, 26, 11, 0, tzinfo=ES),
                "Hola,\n\nAyer pagué el depósito del Estudio Yoga Shanti Valencia (factura OWD-2025-7112), pero he "
                "encontrado a un diseñador local y cancelo el proyecto. Quiero la devolución del depósito ya; si en "
                "dos días no la veo, pido el contracargo a mi banco.\n\nIrene\n")
    case("fes-c4-contracargo", [f], "optima_webdesign", "decided", [d("refund", "escalate")],
         "C4: chargeback threat ('pido el contracargo a mi banco') escalates every intent of the case (section 8), "
         "although O2 alone would approve (paid 2025-09-25 10:00, request 2025-09-26 14:30 IST, 28.5 h)",
         rules=["C4"], extra_ok=True)

    # DD. cancellation whose only 'reason' is a forwarding note and a signature -> need_info reason
    owd_project("Catálogo Online Textiles Alcoy", "administracion@textilesalcoy.es")
    owd_pay("fes_p43", "OWD-2025-7113", "Catálogo Online Textiles Alcoy", "retainer", "10000.00",
            "2025-09-10T10:00:00", tax="1800.00", period_start="2025-09-10", period_end="2025-10-09",
            next_billing_at="2025-10-10T00:00:00")
    f, _ = mail("c3-sin-motivo", "Administración Textiles Alcoy <administracion@textilesalcoy.es>", OWD_TO,
                "RV: Catálogo Online Textiles Alcoy - OWD-2025-7113", datetime(2025, 9, 24, 10, 0, tzinfo=ES),
                "Buenos días, por favor tramitad lo de abajo.\n\nUn saludo,\n\nMercedes Llorens\n"
                "Dpto. Administración\nTextiles Alcoy S.L. · Polígono Cotes Baixes, Alcoy\n"
                "Este correo electrónico y sus anexos son confidenciales.\n\n"
                "-----Mensaje original-----\n"
                "De: Administración Textiles Alcoy <administracion@textilesalcoy.es>\n"
                "Enviado el: martes, 23 de septiembre de 2025 17:30\n"
                "Para: optimawebdesigns12@gmail.com\n"
                "Asunto: Catálogo Online Textiles Alcoy - OWD-2025-7113\n\n"
                "Solicitamos la cancelación del retainer del proyecto Catálogo Online Textiles Alcoy, factura "
                "OWD-2025-7113.\n")
    case("fes-c3-sin-motivo", [f], "optima_webdesign", "need_info", [],
         "Optima requires a reason for cancellations too (section 8); 'por favor tramitad lo de abajo', the "
         "signature and the disclaimer are not reasons -> C3 need_info asking for reason", missing=["reason"])

    # ---------------------------------------------------------------- write
    ledger = {"customers": customers, "projects": projects, "payments": payments}
    invoices = [p["invoice"] for p in payments]
    assert len(invoices) == len(set(invoices)), "invoice numbers must be unique"
    ids = [p["id"] for p in payments]
    assert len(ids) == len(set(ids))
    (HERE / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    print(f"{len(cases)} cases written to {HERE}")


if __name__ == "__main__":
    build()
