"""Fresh round 10, Spanish (es): writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone. Deterministic, stdlib only. MIT licence.
Run: python3 make_cases.py
"""

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
EMAILS = HERE / "emails"
LANG = "es"

IST = timezone(timedelta(hours=5, minutes=30))
MADRID = timezone(timedelta(hours=2))      # CEST in September
MEXICO = timezone(timedelta(hours=-6))
BUENOS_AIRES = timezone(timedelta(hours=-3))
BOGOTA = timezone(timedelta(hours=-5))
SANTIAGO = timezone(timedelta(hours=-3))   # Chile, summer time from 7 Sept 2025

LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
OWD_BILLING = "billing@optimawebdesign.com"

customers, projects, payments, cases = [], [], [], []
if EMAILS.exists():
    for _old in EMAILS.glob("*.eml"):
        _old.unlink()
_msgid = [0]


def d(y, m, day, hh, mm, tz=IST):
    return datetime(y, m, day, hh, mm, tzinfo=tz)


def lo_customer(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lo_pay(pid, inv, email, plan, amount, paid_at, pstart, pend, status="paid"):
    tax = (int(amount.split(".")[0]) * 18 // 100)
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": f"{tax}.00",
                     "currency": "INR", "paid_at": paid_at, "period_start": pstart, "period_end": pend,
                     "status": status})


def project(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def owd_pay(pid, inv, proj, kind, amount, paid_at, status="paid", setup_fee=None, service_start=None,
            next_billing_at=None, period_start=None, period_end=None, milestone_status=None):
    tax = (int(amount.split(".")[0]) * 18 // 100)
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": proj, "kind": kind,
                     "amount": amount, "tax": f"{tax}.00", "currency": "INR", "paid_at": paid_at,
                     "status": status, "setup_fee": setup_fee, "service_start": service_start,
                     "next_billing_at": next_billing_at, "period_start": period_start,
                     "period_end": period_end, "milestone_status": milestone_status})


def mail(name, frm, to, subject, date, body, html=None, headers=None, reply_to_ids=None):
    """Write emails/<name>.eml; return (relative path, Message-ID)."""
    _msgid[0] += 1
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    mid = f"<fresh10-{LANG}-{_msgid[0]:03d}.{name}@mail.example>"
    msg["Message-ID"] = mid
    if reply_to_ids:
        msg["In-Reply-To"] = reply_to_ids[-1]
        msg["References"] = " ".join(reply_to_ids)
    for k, v in (headers or {}).items():
        msg[k] = v
    if html and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    EMAILS.mkdir(parents=True, exist_ok=True)
    (EMAILS / f"{name}.eml").write_bytes(msg.as_bytes())
    return f"emails/{name}.eml", mid


def case(cid, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=False,
         ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(x) for x in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def refund(outcome, amount=None):
    r = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        r["amount"] = amount
    return r


def cancel(outcome="cancel", effective=None):
    r = {"intent": "cancellation", "outcome": outcome}
    if effective:
        r["effective_date"] = effective
    return r


# ----------------------------------------------------------------------------------------------
# LeadsOptima
# ----------------------------------------------------------------------------------------------

# 01 duplicate, day 7 exactly (Spain, vosotros)
lo_customer("marta.iglesias@iglesiasconsultores.es", "Marta Iglesias", "monthly", "2025-09-12", "2025-10-11")
lo_pay("pay_es_71001", "LO-INV-71001", "marta.iglesias@iglesiasconsultores.es", "monthly", "2499.00",
       "2025-09-12T09:15:00", "2025-09-12", "2025-10-11")
lo_pay("pay_es_71002", "LO-INV-71002", "marta.iglesias@iglesiasconsultores.es", "monthly", "2499.00",
       "2025-09-12T09:16:00", "2025-09-12", "2025-10-11")
f, _ = mail("lo01-cobro-doble-dia7", "Marta Iglesias <marta.iglesias@iglesiasconsultores.es>", LO,
            "Cobro duplicado plan mensual", d(2025, 9, 19, 11, 40, MADRID),
            "Buenos días:\n\nRevisando el extracto de la tarjeta veo que el día 12 me habéis cobrado dos veces "
            "la cuota mensual de LeadsOptima (2.499,00 + IVA cada cargo). Solo tengo una cuenta y un plan mensual.\n"
            "La factura del segundo cargo es la LO-INV-71002. ¿Me podéis devolver ese importe?\n\n"
            "Un saludo,\nMarta Iglesias\nIglesias Consultores S.L. | Calle Colón 14, 3ºB, Valencia\n")
case("lo01-cobro-doble-dia7", [f], "leadsoptima", "decided", [refund("approve", "2499.00")],
     spec="POLICY_SPEC.md section 3 L2 duplicate_payment, L3, L4: two paid charges 2499.00 same period "
          "2025-09-12; email 2025-09-19 11:40 +02:00 = 15:10 IST, local date 2025-09-19 = day 7, inside "
          "(day 7 is inside) -> approve the duplicate's amount 2499.00 before tax")

# 02 duplicate, day 8 only because of the time zone (Argentina)
lo_customer("rodrigo@paredesinmobiliaria.com.ar", "Rodrigo Paredes", "quarterly", "2025-09-05", "2025-12-04")
lo_pay("pay_es_71011", "LO-INV-71011", "rodrigo@paredesinmobiliaria.com.ar", "quarterly", "6999.00",
       "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
lo_pay("pay_es_71012", "LO-INV-71012", "rodrigo@paredesinmobiliaria.com.ar", "quarterly", "6999.00",
       "2025-09-05T10:02:00", "2025-09-05", "2025-12-04")
f, _ = mail("lo02-doble-fuera-por-zona", "Rodrigo Paredes <rodrigo@paredesinmobiliaria.com.ar>", LO,
            "me cobraron 2 veces el trimestral", d(2025, 9, 12, 18, 45, BUENOS_AIRES),
            "Hola que tal,\n\nche, me fijé en el resumen de la tarjeta y me cobraron dos veces el plan trimestral "
            "el 5/9, son $ 6.999 cada uno (en rupias, como figura en la factura). La factura repetida es "
            "LO-INV-71012. Les pido que me reintegren el segundo cobro.\n\nSaludos\nRodrigo\n"
            "Paredes Inmobiliaria - Av. Santa Fe 2150, CABA\nEnviado desde mi iPhone\n")
case("lo02-doble-fuera-por-zona", [f], "leadsoptima", "decided", [refund("deny")],
     spec="L3: Date 2025-09-12 18:45 -03:00 = 2025-09-13 03:15 IST; charge local date 2025-09-05 is day 0, "
          "request local date 2025-09-13 is day 8 > 7 -> deny (windows in the brand's zone, section 1)")

# 03 three identical charges (Mexico)
lo_customer("sofia.castaneda@grupocastaneda.mx", "Sofía Castañeda", "annual", "2025-09-22", "2026-09-21")
for i, t in ((21, "10:02"), (22, "10:03"), (23, "10:05")):
    lo_pay(f"pay_es_710{i}", f"LO-INV-710{i}", "sofia.castaneda@grupocastaneda.mx", "annual", "23988.00",
           f"2025-09-22T{t}:00", "2025-09-22", "2026-09-21")
f, _ = mail("lo03-tres-cargos", "Sofia Castaneda <sofia.castaneda@grupocastaneda.mx>", LO,
            "URGENTE: 3 cargos por la anualidad", d(2025, 9, 24, 9, 10, MEXICO),
            "Buen día,\n\nal renovar el plan anual la página se quedó pensando y le di click varias veces; "
            "resultado: me cobraron tres veces la anualidad (23,988 cada una). Les pido de favor que me "
            "regresen los dos cargos de más, facturas LO-INV-71022 y LO-INV-71023. La primera (71021) "
            "está bien.\n\nQuedo atenta, saludos cordiales.\n\nLic. Sofía Castañeda\nGrupo Castañeda | "
            "Monterrey, N.L.\n")
case("lo03-tres-cargos", [f], "leadsoptima", "decided", [refund("approve", "47976.00")],
     spec="Section 8 three or more identical charges: every charge after the first is a duplicate; all on "
          "2025-09-22, request 2025-09-24 20:40 IST = day 2, both inside L3 -> approve 2 x 23988.00 = 47976.00")

# 04 charged after cancelling (past event + billing error), Colombia
lo_customer("andres.villalobos@ferreteriaelroble.co", "Andrés Villalobos", "monthly", "2025-09-25", "2025-10-24",
            status="active")
lo_pay("pay_es_71031", "LO-INV-71031", "andres.villalobos@ferreteriaelroble.co", "monthly", "2499.00",
       "2025-09-25T06:00:00", "2025-09-25", "2025-10-24")
f, _ = mail("lo04-cobro-tras-cancelar", "Andres Villalobos <andres.villalobos@ferreteriaelroble.co>", LO,
            "Cobro despues de cancelar", d(2025, 9, 26, 8, 20, BOGOTA),
            "Buenos dias,\n\nYo cancele la suscripcion el 10 de septiembre desde la pagina y aun asi el 25 me "
            "llego un cobro de 2.499 (factura LO-INV-71031). No entiendo por que me siguen cobrando si ya "
            "habia cancelado. Solicito la devolucion de ese cobro.\n\nAtentamente,\nAndrés Villalobos\n"
            "Ferretería El Roble - Medellín\n")
case("lo04-cobro-tras-cancelar", [f], "leadsoptima", "decided", [refund("escalate")],
     spec="L2 billing_error ('charged after I cancelled'); charge 2025-09-25, request 2025-09-26 IST day 1, "
          "inside L3 -> L5 escalate. The cancellation on the 10th is a past event, not a new request")

# 05 wrong plan charged (Spain)
lo_customer("bolmedo@olmedofisioterapia.es", "Beatriz Olmedo", "annual", "2025-09-27", "2026-09-26")
lo_pay("pay_es_71041", "LO-INV-71041", "bolmedo@olmedofisioterapia.es", "annual", "23988.00",
       "2025-09-27T12:30:00", "2025-09-27", "2026-09-26")
f, _ = mail("lo05-plan-equivocado", "Beatriz Olmedo <bolmedo@olmedofisioterapia.es>", LO,
            "Me habéis cobrado el plan anual en vez del mensual", d(2025, 9, 28, 10, 5, MADRID),
            "Hola,\n\nAyer cambié la tarjeta en la cuenta y de repente me aparece un cargo de 23.988 € ... "
            "perdón, de ₹23.988,00, factura LO-INV-71041. Yo siempre he tenido el plan MENSUAL y nunca "
            "he pedido pasar al anual: me habéis cobrado el plan equivocado, el importe es incorrecto.\n"
            "Quiero que me devolváis ese cargo y me dejéis en el mensual.\n\nGracias,\nBea\n"
            "--\nOlmedo Fisioterapia · Zaragoza\n")
case("lo05-plan-equivocado", [f], "leadsoptima", "decided", [refund("escalate")], extra_ok=False,
     spec="L2 billing_error (charged for the wrong plan / wrong amount); charge 2025-09-27, request "
          "2025-09-28 day 1 -> L5 escalate")

# 06 access failure inside window
lo_customer("joaquin.saez@saezimprenta.es", "Joaquín Sáez", "monthly", "2025-09-24", "2025-10-23")
lo_pay("pay_es_71051", "LO-INV-71051", "joaquin.saez@saezimprenta.es", "monthly", "2499.00",
       "2025-09-24T08:00:00", "2025-09-24", "2025-10-23")
f, _ = mail("lo06-no-puedo-entrar", "Joaquín Sáez <joaquin.saez@saezimprenta.es>", LO,
            "No puedo acceder a la plataforma - reembolso", d(2025, 9, 29, 9, 0, MADRID),
            "Buenos días,\n\nDesde el jueves no puedo iniciar sesión: meto usuario y contraseña y el panel se "
            "queda en blanco, la plataforma no carga. Ya escribí al chat dos veces y nadie lo ha arreglado.\n"
            "Pagué la mensualidad el 24 (LO-INV-71051) y no la he podido usar, así que pido el reembolso.\n\n"
            "Saludos,\nJoaquín Sáez\nImprenta Sáez\n")
case("lo06-no-puedo-entrar", [f], "leadsoptima", "decided", [refund("escalate")],
     spec="L2 access_failure; charge 2025-09-24, request 2025-09-29 day 5 -> L6 escalate")

# 07 access failure outside window (Mexico, no accents)
lo_customer("paula@renteriaeventos.mx", "Paula Rentería", "monthly", "2025-08-28", "2025-09-27")
lo_pay("pay_es_71061", "LO-INV-71061", "paula@renteriaeventos.mx", "monthly", "2499.00",
       "2025-08-28T11:00:00", "2025-08-28", "2025-09-27")
f, _ = mail("lo07-acceso-fuera-plazo", "Paula Renteria <paula@renteriaeventos.mx>", LO,
            "no me deja entrar", d(2025, 9, 15, 12, 30, MEXICO),
            "hola buenas tardes\n\nno he podido entrar a mi cuenta desde finales de agosto, me sale error de "
            "login cada vez. pague el mes el 28 de agosto (factura LO-INV-71061) y no lo he usado nada, "
            "quiero que me reembolsen ese pago porfa\n\ngracias\nPau Renteria\nRenteria Eventos CDMX\n")
case("lo07-acceso-fuera-plazo", [f], "leadsoptima", "decided", [refund("deny")],
     spec="L2 access_failure but L3: charge 2025-08-28, request 2025-09-16 00:00 IST (12:30 -06:00 on the 15th) "
          "= day 19 > 7 -> deny")

# 08 changed mind, unused part of the quarter -> L1
lo_customer("ignacio.bermejo@bermejoyasociados.es", "Ignacio Bermejo", "quarterly", "2025-09-26", "2025-12-25")
lo_pay("pay_es_71071", "LO-INV-71071", "ignacio.bermejo@bermejoyasociados.es", "quarterly", "6999.00",
       "2025-09-26T09:30:00", "2025-09-26", "2025-12-25")
f, _ = mail("lo08-ya-no-lo-necesito", "Ignacio Bermejo <ignacio.bermejo@bermejoyasociados.es>", LO,
            "Devolución parte no usada del trimestre", d(2025, 9, 29, 17, 45, MADRID),
            "Estimados señores:\n\nHemos cerrado la campaña comercial para la que contratamos LeadsOptima y ya "
            "no vamos a necesitar la herramienta. Como el trimestre se renovó el 26 (LO-INV-71071), les "
            "solicito la devolución de la parte proporcional que no vamos a usar.\n\nReciban un cordial "
            "saludo.\n\nIgnacio Bermejo\nSocio director - Bermejo y Asociados\n\nAVISO LEGAL: Este mensaje "
            "y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.\n")
case("lo08-ya-no-lo-necesito", [f], "leadsoptima", "decided", [refund("deny")],
     spec="L1: no longer needed / unused days is not one of the L2 exceptions -> deny (clause 2: no partial "
          "refunds for unused days); cancellation is offered in the reply, not requested here")

# 09 free trial asks for a refund -> L7
lo_customer("camila.ortega@ortegaturismo.cl", "Camila Ortega", "monthly", status="trial", trial_ends="2025-10-06")
f, _ = mail("lo09-prueba-gratis", "Camila Ortega <camila.ortega@ortegaturismo.cl>", LO,
            "Reembolso prueba", d(2025, 9, 30, 10, 15, SANTIAGO),
            "Hola!\n\nEstoy probando LeadsOptima con la prueba gratuita, pero la verdad no me convenció para "
            "la agencia. Quiero que me devuelvan lo que me hayan cobrado por la prueba, no tengo número de "
            "factura. Plan mensual.\n\nSaludos,\nCamila Ortega\nOrtega Turismo - Valparaíso\n")
case("lo09-prueba-gratis", [f], "leadsoptima", "decided", [refund("deny")],
     spec="L7: the account is on a free trial (status trial, trial_ends 2025-10-06) and has no charges -> "
          "deny, nothing to refund",
     ambiguous="L7 says deny, but section 3 also requires an invoice number for a refund; a bot may ask for "
               "it (need_info) before finding there is no charge")

# 10 cancellation, period end from the ledger
lo_customer("elena.robles@roblesdecoracion.es", "Elena Robles", "annual", "2025-03-15", "2026-03-14")
lo_pay("pay_es_71091", "LO-INV-71091", "elena.robles@roblesdecoracion.es", "annual", "23988.00",
       "2025-03-15T10:00:00", "2025-03-15", "2026-03-14")
f, _ = mail("lo10-baja-anual", "Elena Robles <elena.robles@roblesdecoracion.es>", LO,
            "Baja de la suscripción", d(2025, 9, 22, 13, 0, MADRID),
            "Hola equipo de LeadsOptima:\n\nOs escribo para dar de baja nuestra suscripción anual. Vamos a "
            "centralizar la captación de clientes en el CRM que ya usamos en la tienda y no tiene sentido "
            "pagar dos herramientas. No quiero que se renueve en marzo.\n\nMuchas gracias por todo,\n"
            "Elena Robles\nRobles Decoración\n")
case("lo10-baja-anual", [f], "leadsoptima", "decided", [cancel("cancel", "2026-03-14")],
     spec="L8: cancel; effective_date = current_period_end 2026-03-14 from the ledger")

# 11 cancellation, fallback from a charge stored in UTC (Uruguay)
lo_customer("tomas@aguirrelogistica.com.uy", "Tomás Aguirre", "quarterly")
lo_pay("pay_es_71101", "LO-INV-71101", "tomas@aguirrelogistica.com.uy", "quarterly", "6999.00",
       "2025-09-13T20:00:00Z", None, None)
f, _ = mail("lo11-cancelar-trimestral", "Tomas Aguirre <tomas@aguirrelogistica.com.uy>", LO,
            "cancelar plan", d(2025, 9, 25, 16, 40, BUENOS_AIRES),
            "Buenas tardes,\n\nles pido que cancelen mi plan trimestral de LeadsOptima. El motivo es que la "
            "empresa se fusiona con otra y ellos ya tienen su propio sistema de leads.\n\nSaludos,\n"
            "Tomás Aguirre\nAguirre Logística - Montevideo\n")
case("lo11-cancelar-trimestral", [f], "leadsoptima", "decided", [cancel("cancel", "2025-12-13")],
     spec="L8 fallback (no current_period_end): last charge 2025-09-13T20:00Z = 2025-09-14 01:30 IST, local "
          "date 2025-09-14 (section 8: offsets converted first) + 3 months - 1 day = 2025-12-13")

# 12 negation: no refund, only cancel
lo_customer("nuria@camposfotografia.es", "Nuria Campos", "monthly", "2025-09-20", "2025-10-19")
lo_pay("pay_es_71111", "LO-INV-71111", "nuria@camposfotografia.es", "monthly", "2499.00",
       "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f, _ = mail("lo12-no-quiero-reembolso", "Nuria Campos <nuria@camposfotografia.es>", LO,
            "Cancelar mensual", d(2025, 9, 27, 20, 10, MADRID),
            "Hola!\n\nQue no quiero reembolso ni nada de eso, tranquilos, sé que el mes está pagado. Solo "
            "quiero que canceléis la suscripción mensual para que no se renueve, que este invierno cierro el "
            "estudio unos meses.\n\nUn abrazo,\nNuria\nCampos Fotografía\n")
case("lo12-no-quiero-reembolso", [f], "leadsoptima", "decided", [cancel("cancel", "2025-10-19")],
     spec="Section 8 negation: 'no quiero reembolso' adds no refund intent; L8 cancel, effective "
          "current_period_end 2025-10-19")

# 13 hypothetical before buying -> other
f, _ = mail("lo13-si-no-funciona", "Hugo Belmonte <hugo.belmonte@belmontegestoria.es>", LO,
            "Pregunta antes de contratar", d(2025, 9, 23, 11, 25, MADRID),
            "Hola,\n\nEstoy pensando en contratar el plan trimestral para la gestoría. Una duda: si lo "
            "contrato y no me funciona con nuestro CRM, ¿podría pedir que me devolvierais el dinero?\n\n"
            "Gracias de antemano,\nHugo Belmonte\n")
case("lo13-si-no-funciona", [f], "leadsoptima", "other",
     spec="Section 8: 'would I get a refund if...' before buying is a policy question -> other")

# 14 how-to question from a customer -> other
lo_customer("veronica.llamas@llamasclinica.es", "Verónica Llamas", "annual", "2025-06-01", "2026-05-31")
lo_pay("pay_es_71121", "LO-INV-71121", "veronica.llamas@llamasclinica.es", "annual", "23988.00",
       "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
f, _ = mail("lo14-exportar-csv", "Verónica Llamas <veronica.llamas@llamasclinica.es>", LO,
            "¿Cómo exporto los leads?", d(2025, 9, 30, 9, 50, MADRID),
            "Buenos días,\n\n¿Cómo puedo exportar los leads de septiembre a un CSV para pasárselos a "
            "recepción? No encuentro la opción en el panel.\n\nGracias,\nVerónica\nClínica Llamas\n")
case("lo14-exportar-csv", [f], "leadsoptima", "other",
     spec="Neither refund nor cancellation: a how-to question -> other (section 1 outcomes)")

# 15 C2: personal gmail naming the registered address
lo_customer("fernando.lozano@lozanoautos.es", "Fernando Lozano", "monthly", "2025-09-08", "2025-10-07")
lo_pay("pay_es_71131", "LO-INV-71131", "fernando.lozano@lozanoautos.es", "monthly", "2499.00",
       "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
f, _ = mail("lo15-desde-gmail", "Fer Lozano <fer.lozano.personal@gmail.com>", LO,
            "Cancelar suscripcion Lozano Autos", d(2025, 9, 24, 22, 5, MADRID),
            "Hola, os escribo desde mi correo personal porque no tengo a mano el del concesionario. La cuenta "
            "está registrada con fernando.lozano@lozanoautos.es, plan mensual. Quiero cancelarla porque "
            "vendemos el negocio.\n\nFernando\n")
case("lo15-desde-gmail", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="C2: sender fer.lozano.personal@gmail.com is not the registered email it names "
          "(fernando.lozano@lozanoautos.es) -> need_info asking to write from the address on record")

# 16 C3 thread: duplicate without invoice, then the invoice (Peru)
lo_customer("gaby.nunez@nunezcatering.pe", "Gabriela Núñez", "monthly", "2025-09-23", "2025-10-22")
lo_pay("pay_es_71161", "LO-INV-71161", "gaby.nunez@nunezcatering.pe", "monthly", "1999.00",
       "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lo_pay("pay_es_71162", "LO-INV-71162", "gaby.nunez@nunezcatering.pe", "monthly", "1999.00",
       "2025-09-23T10:01:00", "2025-09-23", "2025-10-22")
f1, m1 = mail("lo16a-doble-sin-factura", "Gabriela Nunez <gaby.nunez@nunezcatering.pe>", LO,
              "Cobro doble", d(2025, 9, 24, 8, 30, BOGOTA),
              "Hola, buenos días\n\nMe han cobrado doble la mensualidad este mes, aparece dos veces el mismo "
              "monto en mi tarjeta el 23/09. Por favor devuélvanme uno de los dos.\n\nGaby Núñez\n"
              "Núñez Catering - Lima\n")
f2, _ = mail("lo16b-responde-factura", "Gabriela Nunez <gaby.nunez@nunezcatering.pe>", LO,
             "Re: Cobro doble", d(2025, 9, 25, 9, 10, BOGOTA),
             "Hola, la factura del cobro repetido es la lo inv 71162.\n\nGracias\nGaby\n\n"
             "El mié, 24 sept 2025 a las 23:15, LeadsOptima Support <support@leadsoptima.com> escribió:\n"
             "> Para revisar su caso necesitamos el número de factura del cargo.\n",
             reply_to_ids=[m1, "<reply-es-16@leadsoptima.com>"])
case("lo16-hilo-factura", [f1, f2], "leadsoptima", "decided", [refund("approve", "1999.00")],
     spec="C3 thread: first email lacks invoice_number; the answer gives 'lo inv 71162' (section 8: matches "
          "LO-INV-71162). Request time = first email 2025-09-24 19:00 IST, day 1 -> L4 approve 1999.00")

# 17 C4: chargeback threat on a genuine duplicate
lo_customer("diego.marin@marinsport.es", "Diego Marín", "monthly", "2025-09-25", "2025-10-24")
lo_pay("pay_es_71171", "LO-INV-71171", "diego.marin@marinsport.es", "monthly", "2499.00",
       "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lo_pay("pay_es_71172", "LO-INV-71172", "diego.marin@marinsport.es", "monthly", "2499.00",
       "2025-09-25T10:00:40", "2025-09-25", "2025-10-24")
f, _ = mail("lo17-contracargo", "Diego Marín <diego.marin@marinsport.es>", LO,
            "Cargo duplicado LO-INV-71172", d(2025, 9, 26, 12, 0, MADRID),
            "Me habéis cobrado dos veces la mensualidad (LO-INV-71172 es el repetido). Si en 48 horas no "
            "tengo el dinero devuelto, abro un contracargo (chargeback) con mi banco y lo reclamo por ahí.\n\n"
            "Diego Marín\nMarín Sport\n")
case("lo17-contracargo", [f], "leadsoptima", "decided", [refund("escalate")], rules=["C4"],
     spec="C4: chargeback threat -> escalate, even though L4 alone would approve")

# 18 C7 out-of-office
f, _ = mail("lo18-fuera-oficina", "Carmen Vidal <carmen.vidal@vidalabogacia.es>", LO,
            "Respuesta automática: Renovación de su plan", d(2025, 9, 29, 7, 0, MADRID),
            "Gracias por su mensaje. Estaré fuera de la oficina hasta el 6 de octubre sin acceso al correo. "
            "Para asuntos urgentes, contacte con recepcion@vidalabogacia.es.\n\nCarmen Vidal\n",
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
            reply_to_ids=["<renewal-notice-es-18@leadsoptima.com>"])
case("lo18-fuera-oficina", [f], "leadsoptima", "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied -> ignore")

# 19 refund out of window + cancellation in one email
lo_customer("raul@espinosataller.es", "Raúl Espinosa", "monthly", "2025-09-10", "2025-10-09")
lo_pay("pay_es_71191", "LO-INV-71191", "raul@espinosataller.es", "monthly", "2499.00",
       "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
f, _ = mail("lo19-devolucion-y-baja", "Raúl Espinosa <raul@espinosataller.es>", LO,
            "devolución y baja", d(2025, 9, 30, 8, 15, MADRID),
            "Buenas,\n\nEl panel no carga desde hace días, se queda la ruedecita dando vueltas. Estoy harto: "
            "quiero la devolución de este mes (factura LO-INV-71191) y que me deis de baja.\n\nRaúl\n"
            "Taller Espinosa\n")
case("lo19-devolucion-y-baja", [f], "leadsoptima", "decided",
     [refund("deny"), cancel("cancel", "2025-10-09")],
     spec="Refund: L2 access_failure, charge 2025-09-10, request 2025-09-30 = day 20 -> L3 deny. "
          "Cancellation: L8, current_period_end 2025-10-09")

# 20 Gmail forward of her own earlier email (sent to a wrong address)
lo_customer("lorena.gil@gilasesoria.es", "Lorena Gil", "quarterly", "2025-08-01", "2025-10-31")
lo_pay("pay_es_71201", "LO-INV-71201", "lorena.gil@gilasesoria.es", "quarterly", "6999.00",
       "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
f, _ = mail("lo20-reenvio-gmail", "Lorena Gil <lorena.gil@gilasesoria.es>", LO,
            "Fwd: Cancelación suscripción trimestral", d(2025, 9, 18, 10, 30, MADRID),
            "Os lo reenvío, que lo mandé a una dirección que no era.\n\n"
            "---------- Forwarded message ---------\n"
            "De: Lorena Gil <lorena.gil@gilasesoria.es>\n"
            "Date: mar, 16 sept 2025 a las 18:02\n"
            "Subject: Cancelación suscripción trimestral\n"
            "To: <ventas@leadsoptima-partners.com>\n\n"
            "Hola, quiero cancelar la suscripción trimestral de LeadsOptima. Este año el despacho no va a "
            "hacer campañas de captación y no nos compensa.\nUn saludo,\nLorena Gil\nGil Asesoría Fiscal\n")
case("lo20-reenvio-gmail", [f], "leadsoptima", "decided", [cancel("cancel", "2025-10-31")],
     spec="Section 8 forwards: read for the request carried; sender is the registered email; L8 cancel, "
          "current_period_end 2025-10-31")

# 21 HTML-only Outlook mail, duplicate with invoice typed sloppily
lo_customer("admin@kineticagym.mx", "Kinética Gym", "quarterly", "2025-09-29", "2025-12-28")
lo_pay("pay_es_71211", "LO-INV-71211", "admin@kineticagym.mx", "quarterly", "5499.00",
       "2025-09-29T09:00:00", "2025-09-29", "2025-12-28")
lo_pay("pay_es_71212", "LO-INV-71212", "admin@kineticagym.mx", "quarterly", "5499.00",
       "2025-09-29T21:00:00", "2025-09-29", "2025-12-28")
f, _ = mail("lo21-html-doble", "Administración Kinética <admin@kineticagym.mx>", LO,
            "Doble cobro plan trimestral", d(2025, 9, 30, 11, 5, MEXICO), None,
            html="<html><body><p>Buenas tardes,</p><p>En el estado de cuenta de la empresa aparecen <b>dos "
                 "pagos</b> del plan trimestral el mismo día 29/09/2025 por $5,499.00 cada uno. Se pagó dos "
                 "veces por error. Solicitamos el reembolso del segundo, factura <i>LO INV 71212</i>.</p>"
                 "<p>Saludos cordiales,<br>Departamento de Administración<br>Kinética Gym</p></body></html>")
case("lo21-html-doble", [f], "leadsoptima", "decided", [refund("approve", "5499.00")],
     spec="HTML-only mail; L2 duplicate_payment ('se pagó dos veces'); two paid 5499.00 charges for period "
          "2025-09-29..2025-12-28; request 2025-09-30 22:35 IST day 1 -> L4 approve 5499.00")

# ----------------------------------------------------------------------------------------------
# Optima WebDesign
# ----------------------------------------------------------------------------------------------

# 22 deposit inside 72 h, no work
project("Hostal Las Dunas", "reservas@hostallasdunas.es")
owd_pay("pay_es_o701", "OWD-2025-701", "Hostal Las Dunas", "deposit", "25000.00", "2025-09-15T10:00:00")
f, _ = mail("owd22-deposito-56h", "Hostal Las Dunas <reservas@hostallasdunas.es>", OWD,
            "Refund Request — Hostal Las Dunas / OWD-2025-701", d(2025, 9, 17, 14, 30, MADRID),
            "Hola,\n\nEl lunes pagamos la señal de 25.000 (+ IVA) para la web nueva del hostal, factura "
            "OWD-2025-701. Los socios hemos decidido aplazar la reforma de la web hasta la primavera porque "
            "vamos a cerrar por obras, así que pedimos la devolución de la señal.\n\nUn saludo,\n"
            "Pilar Domínguez\nHostal Las Dunas - Tarifa\n")
case("owd22-deposito-56h", [f], "optima_webdesign", "decided", [refund("approve", "25000.00")],
     spec="O2: deposit paid 2025-09-15 10:00 IST; email 2025-09-17 14:30 +02:00 = 18:00 IST = 56 h < 72 h; "
          "work_started_at empty -> approve 25000.00 before tax (C6)")

# 23 deposit exactly 72 h
project("Academia Bilingüe Horizonte", "direccion@academiahorizonte.es")
owd_pay("pay_es_o702", "OWD-2025-702", "Academia Bilingüe Horizonte", "deposit", "15000.00",
        "2025-09-08T11:00:00")
f, _ = mail("owd23-deposito-72h-justas", "Dirección Academia Horizonte <direccion@academiahorizonte.es>", OWD,
            "Anulación proyecto web y devolución de la reserva", d(2025, 9, 11, 7, 30, MADRID),
            "Buenos días:\n\nLes escribo para anular el proyecto de la web de la Academia Bilingüe Horizonte "
            "y pedir la devolución del depósito (factura OWD-2025-702). El consejo escolar no ha aprobado el "
            "presupuesto de este curso.\n\nAtentamente,\nMercedes Lara\nDirectora\n")
case("owd23-deposito-72h-justas", [f], "optima_webdesign", "decided", [refund("deny")], extra_ok=True,
     spec="O2 + section 8: paid 2025-09-08 11:00 IST; email 2025-09-11 07:30 +02:00 = 11:00 IST, exactly "
          "72 h, not before 72 h -> deny. (A cancellation part, if any, is not scored: extra_ok)")

# 24 deposit inside 72 h but work started
project("Taller Mecánico Ruiz Hermanos", "ruizhermanos@tallerruiz.es", "2025-09-20T09:00:00")
owd_pay("pay_es_o703", "OWD-2025-703", "Taller Mecánico Ruiz Hermanos", "deposit", "12000.00",
        "2025-09-19T16:00:00")
f, _ = mail("owd24-deposito-trabajo-empezado", "Ruiz Hermanos <ruizhermanos@tallerruiz.es>", OWD,
            "devolucion señal", d(2025, 9, 21, 6, 30, MADRID),
            "Buenas,\n\nsoy Paco Ruiz, del Taller Mecanico Ruiz Hermanos. Pagamos la señal el viernes "
            "(OWD-2025-703) pero mi hermano ha encontrado un sobrino que nos hace la web gratis, asi que "
            "queremos que nos devolvais la señal.\n\nsaludos\nPaco\n")
case("owd24-deposito-trabajo-empezado", [f], "optima_webdesign", "decided", [refund("deny")],
     spec="O2: paid 2025-09-19 16:00; request 2025-09-21 10:00 IST (42 h) but work_started_at 2025-09-20 "
          "09:00 is earlier -> whichever first -> deny")

# 25 discovery, nothing started (Argentina)
project("Cervecería La Tranquera", "hola@latranquera.com.ar")
owd_pay("pay_es_o704", "OWD-2025-704", "Cervecería La Tranquera", "discovery", "8000.00", "2025-09-18T15:00:00")
f, _ = mail("owd25-discovery-sin-empezar", "La Tranquera <hola@latranquera.com.ar>", OWD,
            "Reintegro sesión de estrategia", d(2025, 9, 22, 10, 0, BUENOS_AIRES),
            "Hola chicos, ¿cómo andan?\n\nLes escribo por la sesión de estrategia que abonamos el 18 "
            "(factura OWD-2025-704) para el proyecto Cervecería La Tranquera. Todavía no arrancamos ninguna "
            "reunión y el local se nos inundó, así que vamos a frenar todo. ¿Nos pueden reintegrar lo "
            "abonado?\n\nAbrazo,\nMartín\nCervecería La Tranquera - Mar del Plata\n")
case("owd25-discovery-sin-empezar", [f], "optima_webdesign", "decided", [refund("approve", "8000.00")],
     spec="O1: discovery, work_started_at empty -> approve in full 8000.00 before tax")

# 26 discovery after sessions started (Mexico)
project("Inmobiliaria Costa Azul", "contacto@icostaazul.mx", "2025-09-10T11:00:00")
owd_pay("pay_es_o705", "OWD-2025-705", "Inmobiliaria Costa Azul", "discovery", "9500.00", "2025-09-05T12:00:00")
f, _ = mail("owd26-discovery-empezado", "Inmobiliaria Costa Azul <contacto@icostaazul.mx>", OWD,
            "Solicitud de reembolso consultoría", d(2025, 9, 23, 10, 0, MEXICO),
            "Buen día,\n\nTuvimos ya la primera sesión de descubrimiento el 10 de septiembre, pero honestamente "
            "no nos gustó el enfoque que proponen. Solicitamos el reembolso de la factura OWD-2025-705 del "
            "proyecto Inmobiliaria Costa Azul.\n\nSaludos,\nIng. Ramiro Treviño\n")
case("owd26-discovery-empezado", [f], "optima_webdesign", "decided", [refund("deny")],
     spec="O1: work_started_at 2025-09-10 is before the request 2025-09-23 -> deny")

# 27 milestone not started
project("Óptica Visión Clara", "gerencia@opticavisionclara.es", "2025-08-01T10:00:00")
owd_pay("pay_es_o706", "OWD-2025-706", "Óptica Visión Clara", "milestone", "30000.00", "2025-09-01T10:00:00",
        milestone_status="not_started")
f, _ = mail("owd27-hito-sin-empezar", "Gerencia Óptica Visión Clara <gerencia@opticavisionclara.es>", OWD,
            "Hito 3 tienda online - devolución", d(2025, 9, 24, 16, 0, MADRID),
            "Hola,\n\nRespecto al proyecto Óptica Visión Clara: hemos decidido no abrir la tienda online este "
            "año porque el proveedor de lentes no nos permite vender por internet. El hito 3 (factura "
            "OWD-2025-706, 30.000,00 + IVA) aún no se ha empezado, por lo que os pedimos el reembolso de ese "
            "hito.\n\nGracias,\nAlberto Sanz\nGerente\n")
case("owd27-hito-sin-empezar", [f], "optima_webdesign", "decided", [refund("approve", "30000.00")], extra_ok=True,
     spec="O3: milestone not_started -> approve its amount 30000.00 before tax")

# 28 milestone in progress (Colombia)
project("Fundación Raíces", "info@fundacionraices.org.co", "2025-08-15T10:00:00")
owd_pay("pay_es_o707", "OWD-2025-707", "Fundación Raíces", "milestone", "22000.00", "2025-09-05T10:00:00",
        milestone_status="in_progress")
f, _ = mail("owd28-hito-en-curso", "Fundación Raíces <info@fundacionraices.org.co>", OWD,
            "Reembolso fase de donaciones", d(2025, 9, 25, 9, 30, BOGOTA),
            "Cordial saludo,\n\nDe manera atenta solicitamos el reembolso del pago de la fase de la pasarela de "
            "donaciones (factura OWD-2025-707), proyecto Fundación Raíces. La junta directiva decidió usar la "
            "plataforma de donaciones del banco aliado.\n\nQuedamos atentos.\n\nCarolina Mejía\n"
            "Coordinadora administrativa\n")
case("owd28-hito-en-curso", [f], "optima_webdesign", "decided", [refund("escalate")],
     spec="O3: milestone in_progress -> escalate")

# 29 milestone approved (Mexico)
project("Panadería Doña Rosa", "pedidos@panaderiadonarosa.mx", "2025-07-01T10:00:00")
owd_pay("pay_es_o708", "OWD-2025-708", "Panadería Doña Rosa", "milestone", "18000.00", "2025-08-10T10:00:00",
        milestone_status="approved")
f, _ = mail("owd29-hito-aprobado", "Panaderia Dona Rosa <pedidos@panaderiadonarosa.mx>", OWD,
            "quiero mi dinero del diseño", d(2025, 9, 20, 18, 0, MEXICO),
            "Buenas tardes\n\nYa aprobamos el diseño del catálogo (factura OWD-2025-708, proyecto Panadería Doña "
            "Rosa) pero ahora que lo vemos publicado a mi esposo no le gustan los colores, nos parece muy "
            "oscuro. Queremos que nos devuelvan lo de esa etapa.\n\nRosa Elena Gutiérrez\n")
case("owd29-hito-aprobado", [f], "optima_webdesign", "decided", [refund("deny")],
     spec="O3/O6: milestone approved -> deny (approved milestones are non-refundable)")

# 30 retainer, plenty of notice
project("Clínica Veterinaria San Antón", "admin@vetsananton.es", "2025-05-01T10:00:00")
owd_pay("pay_es_o709", "OWD-2025-709", "Clínica Veterinaria San Antón", "retainer", "20000.00",
        "2025-09-15T10:00:00", next_billing_at="2025-10-15T00:00:00", period_start="2025-09-15",
        period_end="2025-10-14")
f, _ = mail("owd30-retainer-con-preaviso", "Clínica San Antón <admin@vetsananton.es>", OWD,
            "Baja del mantenimiento mensual", d(2025, 9, 29, 12, 0, MADRID),
            "Buenos días,\n\nQueremos cancelar el retainer mensual del proyecto Clínica Veterinaria San Antón "
            "(última factura OWD-2025-709). Hemos contratado a una persona de marketing en plantilla y "
            "llevaremos la web nosotros.\n\nGracias por estos meses,\nLaura Peña\nAdministración\n")
case("owd30-retainer-con-preaviso", [f], "optima_webdesign", "decided", [cancel("cancel", "2025-10-14")],
     spec="O4/O8: next_billing_at 2025-10-15, cut-off 2025-10-08; request 2025-09-29 <= cut-off -> cancel "
          "effective the day before next billing, 2025-10-14")

# 31 retainer, exactly 7 days' notice
project("Estudio Arquitectura Lienzo", "estudio@lienzoarq.es", "2025-04-01T10:00:00")
owd_pay("pay_es_o710", "OWD-2025-710", "Estudio Arquitectura Lienzo", "retainer", "35000.00",
        "2025-09-03T10:00:00", next_billing_at="2025-10-03T00:00:00", period_start="2025-09-03",
        period_end="2025-10-02")
f, _ = mail("owd31-retainer-7-dias-justos", "Estudio Lienzo <estudio@lienzoarq.es>", OWD,
            "Cancelación retainer Lienzo", d(2025, 9, 26, 9, 0, MADRID),
            "Hola equipo,\n\nOs comunicamos que cancelamos el retainer del proyecto Estudio Arquitectura "
            "Lienzo (factura OWD-2025-710). El estudio se integra en un grupo mayor que tiene su propio "
            "departamento digital.\n\nSaludos,\nIrene Cuesta\nArquitecta socia\n")
case("owd31-retainer-7-dias-justos", [f], "optima_webdesign", "decided", [cancel("cancel", "2025-10-02")],
     spec="O4: next_billing_at 2025-10-03 minus 7 days = 2025-09-26; request local date 2025-09-26 (12:30 IST) "
          "is on the cut-off -> enough notice -> cancel effective 2025-10-02")

# 32 retainer, short notice (Colombia)
project("Gimnasio Fuerza Norte", "gerencia@fuerzanorte.co", "2025-03-01T10:00:00")
owd_pay("pay_es_o711", "OWD-2025-711", "Gimnasio Fuerza Norte", "retainer", "16000.00",
        "2025-09-06T10:00:00", next_billing_at="2025-10-06T00:00:00", period_start="2025-09-06",
        period_end="2025-10-05")
f, _ = mail("owd32-retainer-poco-preaviso", "Gerencia Fuerza Norte <gerencia@fuerzanorte.co>", OWD,
            "Cancelar plan mensual de redes", d(2025, 9, 30, 7, 45, BOGOTA),
            "Buenos días, por medio del presente solicito cancelar el retainer mensual del proyecto Gimnasio "
            "Fuerza Norte, factura OWD-2025-711. El motivo es reducción de costos: cerramos la sede de "
            "Chapinero.\n\nAtentamente,\nJulián Ríos\nGerente\n")
case("owd32-retainer-poco-preaviso", [f], "optima_webdesign", "decided", [cancel("cancel", "2025-11-05")],
     spec="O4: next_billing_at 2025-10-06, cut-off 2025-09-29; request 2025-09-30 18:15 IST is after it -> "
          "next cycle (2025-10-06..2025-11-05, monthly like the current 2025-09-06..2025-10-05) is billed; "
          "effective 2025-11-05")

# 33 retainer with the next cycle already paid -> escalate
project("Colegio Santa Clara", "secretaria@colegiosantaclara.es", "2025-02-01T10:00:00")
owd_pay("pay_es_o712", "OWD-2025-712", "Colegio Santa Clara", "retainer", "14000.00", "2025-09-01T10:00:00",
        period_start="2025-09-01", period_end="2025-09-30")
owd_pay("pay_es_o713", "OWD-2025-713", "Colegio Santa Clara", "retainer", "14000.00", "2025-09-20T10:00:00",
        next_billing_at="2025-11-01T00:00:00", period_start="2025-10-01", period_end="2025-10-31")
f, _ = mail("owd33-retainer-pagado-por-adelantado", "Secretaría Colegio Santa Clara <secretaria@colegiosantaclara.es>",
            OWD, "Cancelación mantenimiento web", d(2025, 9, 22, 11, 0, MADRID),
            "Estimados:\n\nEl colegio pasa a gestionar su web desde la plataforma de la Consejería, así que "
            "cancelamos el mantenimiento del proyecto Colegio Santa Clara. Ya habíamos pagado octubre por "
            "adelantado (factura OWD-2025-713).\n\nUn cordial saludo,\nSor Ángeles Ibarra\nSecretaría\n")
case("owd33-retainer-pagado-por-adelantado", [f], "optima_webdesign", "decided", [cancel("escalate")],
     extra_ok=True,
     spec="Section 8 retainer paid in advance: next cycle (October) already paid and notice >= 7 days -> "
          "escalate the cancellation (O4)")

# 34 hosting annual, day 6
project("Hotel Rural El Encinar", "reservas@hotelelencinar.es", "2025-09-01T10:00:00")
owd_pay("pay_es_o714", "OWD-2025-714", "Hotel Rural El Encinar", "hosting_annual", "18000.00",
        "2025-09-19T10:00:00", setup_fee="2400.00", service_start="2025-09-20")
f, _ = mail("owd34-hosting-dia6", "Hotel El Encinar <reservas@hotelelencinar.es>", OWD,
            "Baja hosting anual y reembolso", d(2025, 9, 26, 19, 0, MADRID),
            "Hola,\n\nHemos contratado el hosting anual para el proyecto Hotel Rural El Encinar (OWD-2025-714), "
            "pero la central de reservas nos obliga a alojar la web en sus servidores. Queremos darlo de baja "
            "y que nos devolváis lo que corresponda.\n\nSaludos,\nÁlvaro Nieto\n")
case("owd34-hosting-dia6", [f], "optima_webdesign", "decided", [refund("approve", "14300.00")], extra_ok=True,
     spec="O5: service_start 2025-09-20, request 2025-09-26 22:30 IST (day 6) within 14 days; monthly_value "
          "(18000-2400)/12 = 1300; refund 18000 - 2400 - 1300 x 1 = 14300.00. Cancellation part not scored")

# 35 maintenance annual, day 15
project("Librería El Quijote", "libreria@elquijote.es", "2025-06-01T10:00:00")
owd_pay("pay_es_o715", "OWD-2025-715", "Librería El Quijote", "maintenance_annual", "24000.00",
        "2025-08-30T10:00:00", setup_fee="3000.00", service_start="2025-09-01")
f, _ = mail("owd35-mantenimiento-dia15", "Librería El Quijote <libreria@elquijote.es>", OWD,
            "Devolución mantenimiento anual", d(2025, 9, 16, 10, 0, MADRID),
            "Buenos días,\n\nPedimos la devolución del mantenimiento anual de la web (proyecto Librería El "
            "Quijote, factura OWD-2025-715): el ayuntamiento nos ofrece el mantenimiento gratis dentro del "
            "programa de comercio local.\n\nAtentamente,\nJosé Manuel Prieto\n")
case("owd35-mantenimiento-dia15", [f], "optima_webdesign", "decided", [refund("deny")], extra_ok=True,
     spec="O5: service_start 2025-09-01 is day 0; request 2025-09-16 13:30 IST = day 15 > 14 -> deny")

# 36 maintenance annual, rounding (Chile)
project("Consultorio Pediátrico Arcoíris", "contacto@pediatriaarcoiris.cl", "2025-07-01T10:00:00")
owd_pay("pay_es_o716", "OWD-2025-716", "Consultorio Pediátrico Arcoíris", "maintenance_annual", "9999.00",
        "2025-09-24T10:00:00", setup_fee="1000.00", service_start="2025-09-25")
f, _ = mail("owd36-mantenimiento-redondeo", "Consultorio Arcoiris <contacto@pediatriaarcoiris.cl>", OWD,
            "Reembolso plan de mantención anual", d(2025, 9, 29, 11, 0, SANTIAGO),
            "Estimados,\n\nJunto con saludar, les escribo para solicitar el reembolso del plan de mantención "
            "anual (factura OWD-2025-716) del proyecto Consultorio Pediátrico Arcoíris. La clínica que nos "
            "arrienda el local incluye la mantención de la web en el contrato.\n\nSaludos cordiales,\n"
            "Dra. Francisca Soto\n")
case("owd36-mantenimiento-redondeo", [f], "optima_webdesign", "decided", [refund("approve", "8249.08")],
     extra_ok=True,
     spec="O5: day 4; monthly_value = (9999.00-1000.00)/12 = 749.9166...; refund = 9999.00 - 1000.00 - "
          "749.9166... = 8249.0833... rounded once half-up (C6) = 8249.08")

# 37 third-party (domain + SSL), Argentina
project("Yerba Mate Pampa", "ventas@yerbapampa.com.ar", "2025-08-01T10:00:00")
owd_pay("pay_es_o717", "OWD-2025-717", "Yerba Mate Pampa", "third_party", "4500.00", "2025-09-20T10:00:00")
f, _ = mail("owd37-dominio-ssl", "Ventas Yerba Pampa <ventas@yerbapampa.com.ar>", OWD,
            "reintegro dominio", d(2025, 9, 22, 15, 0, BUENOS_AIRES),
            "Hola, nos cobraron el dominio .com.ar y el certificado SSL (OWD-2025-717, proyecto Yerba Mate "
            "Pampa) pero el dominio ya lo teníamos registrado a nombre de mi viejo. Pedimos el reintegro.\n\n"
            "Gracias!\nLuciana\n")
case("owd37-dominio-ssl", [f], "optima_webdesign", "decided", [refund("deny")],
     spec="O6: kind third_party (domain, SSL) -> deny, non-refundable items")

# 38 rush fee
project("Viajes Brújula", "reservas@viajesbrujula.es", "2025-09-01T10:00:00")
owd_pay("pay_es_o718", "OWD-2025-718", "Viajes Brújula", "rush", "7000.00", "2025-09-02T10:00:00")
f, _ = mail("owd38-urgencia", "Viajes Brújula <reservas@viajesbrujula.es>", OWD,
            "Cargo por urgencia", d(2025, 9, 18, 12, 0, MADRID),
            "Hola,\n\nNos cobrasteis 7.000 de recargo por urgencia (factura OWD-2025-718, proyecto Viajes "
            "Brújula) y al final la web se publicó solo dos días antes de lo previsto. Creemos que no tiene "
            "sentido pagarlo y pedimos su devolución.\n\nUn saludo,\nEsther\n")
case("owd38-urgencia", [f], "optima_webdesign", "decided", [refund("deny")],
     spec="O6: kind rush (expedited fee) -> deny")

# 39 C2: chef writes from his personal gmail
project("Restaurante Mar de Fondo", "contabilidad@mardefondo.es", "2025-09-01T10:00:00")
owd_pay("pay_es_o719", "OWD-2025-719", "Restaurante Mar de Fondo", "deposit", "10000.00", "2025-09-26T10:00:00")
f, _ = mail("owd39-chef-desde-gmail", "Chef Iker <iker.mardefondo@gmail.com>", OWD,
            "Devolución del depósito Mar de Fondo", d(2025, 9, 27, 23, 0, MADRID),
            "Kaixo! Soy Iker, el chef y socio del Restaurante Mar de Fondo. Hemos pagado el depósito "
            "OWD-2025-719 pero al final lo hará una agencia de Bilbao. ¿Nos podéis devolver el dinero? "
            "El contrato lo firmó contabilidad@mardefondo.es, pero yo me encargo de esto.\n\nIker\n")
case("owd39-chef-desde-gmail", [f], "optima_webdesign", "need_info", rules=["C2"],
     spec="C2 (explicit for Optima): the sender is not the contract email contabilidad@mardefondo.es -> "
          "need_info asking to write from the contract email, nothing about the project")

# 40 cancellation with no reason (only signature + disclaimer)
project("Joyería Alhambra", "info@joyeriaalhambra.es", "2025-01-10T10:00:00")
owd_pay("pay_es_o720", "OWD-2025-720", "Joyería Alhambra", "retainer", "12000.00", "2025-09-20T10:00:00",
        next_billing_at="2025-10-20T00:00:00", period_start="2025-09-20", period_end="2025-10-19")
f, _ = mail("owd40-baja-sin-motivo", "Joyería Alhambra <info@joyeriaalhambra.es>", OWD,
            "Baja mantenimiento", d(2025, 9, 23, 10, 0, MADRID),
            "Buenos días:\n\nPor favor, procedan a cancelar el mantenimiento mensual del proyecto Joyería "
            "Alhambra, factura OWD-2025-720.\n\nSaludos cordiales,\n\nInmaculada Torres\nJoyería Alhambra · "
            "C/ Reyes Católicos 7 · Granada\n\nEste mensaje y sus archivos adjuntos van dirigidos "
            "exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el "
            "destinatario, le rogamos que lo comunique al remitente y lo borre.\n")
case("owd40-baja-sin-motivo", [f], "optima_webdesign", "need_info", missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations too; signature and confidentiality "
          "disclaimer are not reasons -> need_info reason (C3)")

# 41 C4: lawyer and PROFECO (Mexico)
project("Constructora Pilares", "obras@constructorapilares.mx", "2025-06-01T10:00:00")
owd_pay("pay_es_o721", "OWD-2025-721", "Constructora Pilares", "milestone", "40000.00", "2025-08-20T10:00:00",
        milestone_status="completed")
f, _ = mail("owd41-abogado-profeco", "Constructora Pilares <obras@constructorapilares.mx>", OWD,
            "Exigimos reembolso OWD-2025-721", d(2025, 9, 24, 13, 0, MEXICO),
            "A quien corresponda:\n\nLa segunda etapa del proyecto Constructora Pilares (factura OWD-2025-721) "
            "se entregó con fallos graves: el formulario de cotizaciones no envía nada. Exigimos el reembolso "
            "completo. Nuestro abogado ya tiene copia de este correo y, de no haber respuesta, presentaremos "
            "una queja ante PROFECO.\n\nArq. Leticia Cárdenas\nDirectora de obra\n")
case("owd41-abogado-profeco", [f], "optima_webdesign", "decided", [refund("escalate")], rules=["C4"],
     spec="C4: mention of a lawyer and a consumer protection complaint -> escalate (even though O6 would deny "
          "a completed milestone)")

# 42 Outlook forward "RV:" from the contract email, carrying the owner's request
project("Bodegas Valcarce", "administracion@bodegasvalcarce.es")
owd_pay("pay_es_o722", "OWD-2025-722", "Bodegas Valcarce", "deposit", "20000.00", "2025-09-26T10:00:00")
f, _ = mail("owd42-rv-outlook", "Administración Bodegas Valcarce <administracion@bodegasvalcarce.es>", OWD,
            "RV: devolución depósito web", d(2025, 9, 27, 5, 30, MADRID),
            "Os reenvío lo que pide Javier. Gracias.\n\nMaite - Administración\n\n"
            "De: Javier Valcarce <javier@bodegasvalcarce.es>\n"
            "Enviado el: viernes, 26 de septiembre de 2025 20:14\n"
            "Para: Administración Bodegas Valcarce <administracion@bodegasvalcarce.es>\n"
            "Asunto: devolución depósito web\n\n"
            "Maite, escríbeles a Optima y pide que nos devuelvan el depósito de la web (OWD-2025-722, proyecto "
            "Bodegas Valcarce). Al final no vamos a hacer web nueva este año: la vendimia ha sido mala y hemos "
            "recortado el presupuesto.\nJavier\n")
case("owd42-rv-outlook", [f], "optima_webdesign", "decided", [refund("approve", "20000.00")],
     spec="Section 8 forwards: 'RV:' read for the request carried; the sender is the contract email and the "
          "forwarded text names no other account address. O2: paid 2025-09-26 10:00, request 2025-09-27 09:00 "
          "IST = 23 h, no work -> approve 20000.00")

# 43 C7 bounce
f, _ = mail("owd43-rebote", "Mail Delivery Subsystem <MAILER-DAEMON@mx.correo-hosting.es>", OWD_BILLING,
            "Undelivered Mail Returned to Sender", d(2025, 9, 28, 4, 0, MADRID),
            "This is the mail system at host mx.correo-hosting.es.\n\nI'm sorry to have to inform you that "
            "your message could not be delivered to one or more recipients.\n\n<facturas@panaderiadonarosa.mx>: "
            "host mx.panaderiadonarosa.mx said: 550 5.1.1 User unknown\n",
            headers={"Auto-Submitted": "auto-replied"})
case("owd43-rebote", [f], "optima_webdesign", "ignore", rules=["C7"],
     spec="C7: MAILER-DAEMON sender, delivery failure notice -> ignore")

# 44 HTML-only, change request refund
project("Floristería Las Camelias", "pedidos@lascamelias.es", "2025-07-01T10:00:00")
owd_pay("pay_es_o723", "OWD-2025-723", "Floristería Las Camelias", "change_request", "5500.00",
        "2025-09-12T10:00:00")
f, _ = mail("owd44-html-cambio", "Floristería Las Camelias <pedidos@lascamelias.es>", OWD,
            "Reembolso cambios calendario", d(2025, 9, 19, 17, 20, MADRID), None,
            html="<div dir='ltr'><p>Hola,</p><p>Os pedimos el reembolso de los <b>cambios extra</b> del "
                 "calendario de entregas (factura OWD-2025-723, proyecto Floristería Las Camelias): al final "
                 "no usamos ese calendario porque la app de reparto ya trae uno.</p><p>Un saludo,<br>"
                 "Rocío<br><span style='color:#888'>Floristería Las Camelias</span></p></div>")
case("owd44-html-cambio", [f], "optima_webdesign", "decided", [refund("deny")],
     spec="O6: kind change_request (outside the original scope) -> deny")

# 45 C3 thread: hosting refund without a reason, then the reason
project("Peluquería Estilo Libre", "estilolibre@peluqueriaestilolibre.es", "2025-09-01T10:00:00")
owd_pay("pay_es_o724", "OWD-2025-724", "Peluquería Estilo Libre", "hosting_annual", "12000.00",
        "2025-09-21T10:00:00", setup_fee="1200.00", service_start="2025-09-22")
f1, m1 = mail("owd45a-hosting-sin-motivo", "Peluquería Estilo Libre <estilolibre@peluqueriaestilolibre.es>", OWD,
              "Refund Request — Peluquería Estilo Libre / OWD-2025-724", d(2025, 9, 24, 10, 0, MADRID),
              "Hola,\n\nSolicito el reembolso del hosting anual, factura OWD-2025-724, proyecto Peluquería "
              "Estilo Libre.\n\nGracias,\nNoelia\n")
f2, _ = mail("owd45b-motivo", "Peluquería Estilo Libre <estilolibre@peluqueriaestilolibre.es>", OWD,
             "Re: Refund Request — Peluquería Estilo Libre / OWD-2025-724", d(2025, 9, 25, 9, 0, MADRID),
             "Hola de nuevo,\n\nEl motivo: nos hemos fusionado con otra peluquería del barrio que ya tiene su "
             "web y su hosting, así que el nuestro sobra.\n\nNoelia\n\n"
             "El 24/9/2025, a las 16:40, Optima WebDesign escribió:\n> ¿Podría indicarnos el motivo de la "
             "solicitud?\n",
             reply_to_ids=[m1, "<reply-es-45@optimawebdesign.com>"])
case("owd45-hilo-motivo", [f1, f2], "optima_webdesign", "decided", [refund("approve", "9900.00")], extra_ok=True,
     spec="C3 thread: first email lacks the reason, the answer gives it. O5: request time = first email "
          "2025-09-24 13:30 IST, service_start 2025-09-22 (day 2); (12000-1200)/12 = 900; refund 12000 - "
          "1200 - 900 = 9900.00")


# ----------------------------------------------------------------------------------------------
def main():
    (HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects,
                                                  "payments": payments}, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, indent=1, ensure_ascii=False) + "\n")
    invs = [p["invoice"] for p in payments]
    assert len(invs) == len(set(invs)), "invoice numbers must be unique"
    ids = [p["id"] for p in payments]
    assert len(ids) == len(set(ids))
    print(f"{len(cases)} cases, {len(payments)} payments")


if __name__ == "__main__":
    main()
