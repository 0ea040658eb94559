#!/usr/bin/env python3
"""Fresh held-out round 3, Spanish (es): writes ledger.json, emails/*.eml, expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (docs/policy.md in this repository), the published
policies, docs/ledger.md, the brand files and tests/heldout.py. Stdlib only, deterministic.
Licence: MIT, like the project. All text was written for this project.
"""
import json
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
LO_TO = "LeadsOptima Soporte <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
IST = timezone(timedelta(hours=5, minutes=30))
ZONES = {"IST": IST, "ES": timezone(timedelta(hours=2)), "MX": timezone(timedelta(hours=-6)),
         "AR": timezone(timedelta(hours=-3)), "CO": timezone(timedelta(hours=-5))}

customers, projects, payments, cases = [], [], [], []


def tax(amount):
    return str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01")))


def lo_customer(email, name, plan, status="active", cps=None, cpe=None, trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                      "status": status, "trial_ends": trial_ends,
                      "current_period_start": cps, "current_period_end": cpe})


def lo_pay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax(amount),
                     "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                     "status": status})


def owd_project(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def owd_pay(pid, inv, project, kind, amount, paid_at, status="paid", **extra):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax(amount), "currency": "INR", "paid_at": paid_at,
           "status": status, "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(extra)
    payments.append(rec)


def when(text, zone="IST"):
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=ZONES[zone])


def mail(name, frm, to, subject, date, body=None, html=None, headers=None, reply_to_first=None):
    """Write emails/<name>.eml; return its relative path."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">").strip()
    msg["Message-ID"] = f"<{name}.{date.strftime('%Y%m%d%H%M')}@{dom}>"
    if reply_to_first:
        support_id = f"<reply-{reply_to_first.strip('<>').split('@')[0]}@mailbot.local>"
        msg["In-Reply-To"] = support_id
        msg["References"] = f"{reply_to_first} {support_id}"
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    (HERE / "emails").mkdir(exist_ok=True)
    (HERE / "emails" / f"{name}.eml").write_bytes(msg.as_bytes())
    return f"emails/{name}.eml", msg["Message-ID"]


def case(cid, files, brand, status, spec, rules=(), decisions=(), missing=None, extra_ok=False,
         ambiguous=None, line=""):
    c = {"id": f"{LANG}3-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_line"] = line
    cases.append(c)


def one(cid, brand, frm, subject, date, body=None, html=None, headers=None, **kw):
    to = LO_TO if brand == "leadsoptima" else OWD_TO
    path, _ = mail(cid, frm, to, subject, date, body, html, headers)
    case(cid, [path], brand, **kw)


def R(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    return d


def C(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


LO, OWD = "leadsoptima", "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima
lo_customer("marta.quiroga@gmail.com", "Marta Quiroga", "monthly", cps="2025-09-20", cpe="2025-10-19")
lo_pay("pay_es3_101", "LO-INV-71101", "marta.quiroga@gmail.com", "monthly", "1499.00", "2025-09-20T09:05:00", "2025-09-20", "2025-10-19")
lo_pay("pay_es3_102", "LO-INV-71102", "marta.quiroga@gmail.com", "monthly", "1499.00", "2025-09-20T09:06:00", "2025-09-20", "2025-10-19")
one("lo-duplicado-mensual", LO, "Marta Quiroga <marta.quiroga@gmail.com>", "cobro duplicado septiembre",
    when("2025-09-23 11:40"),
    "Hola,\n\nrevisando el extracto de la tarjeta veo que el 20 de septiembre me cobraron dos veces la "
    "mensualidad (dos cargos de 1.499,00 + IVA cada uno, uno detrás de otro).\n"
    "Plan mensual. La factura del segundo cargo es lo inv 71102.\n\n"
    "¿Me podéis devolver el cargo repetido a la misma tarjeta?\n\nGracias,\nMarta Quiroga\n",
    status="decided", decisions=[R("approve", "1499.00")],
    spec="L2 duplicate_payment ('me cobraron dos veces'); two paid monthly charges 1499.00 on 2025-09-20, same period; "
         "request 2025-09-23 = day 3 <= 7 (L3); L4 approve the duplicate's amount 1499.00 before tax (C6); "
         "'lo inv 71102' = LO-INV-71102 (section 8 matching).",
    line="duplicate monthly charge, day 3, sloppy invoice reference -> approve 1499.00")

lo_customer("jvillalba@villalbaasesores.es", "Jorge Villalba", "annual", cps="2025-09-10", cpe="2026-09-09")
lo_pay("pay_es3_103", "LO-INV-71103", "jvillalba@villalbaasesores.es", "annual", "11988.00", "2025-09-10T08:30:00", "2025-09-10", "2026-09-09")
lo_pay("pay_es3_104", "LO-INV-71104", "jvillalba@villalbaasesores.es", "annual", "11988.00", "2025-09-10T08:31:00", "2025-09-10", "2026-09-09")
one("lo-duplicado-anual-dia7", LO, "Jorge Villalba <jvillalba@villalbaasesores.es>", "pago duplicado plan anual",
    when("2025-09-17 22:50"),
    "buenas noches\n\nse me duplico el pago del plan anual el dia 10, me aparecen dos cargos iguales "
    "de 11.988 en la cuenta de la empresa. el segundo es la factura LO-INV-71104.\n"
    "les pido que devuelvan el segundo cobro por favor, es un pago repetido.\n\n"
    "--\nJorge Villalba\nVillalba Asesores S.L.\nTel. 954 000 000\n",
    status="decided", decisions=[R("approve", "11988.00")],
    spec="L2 duplicate_payment ('pago duplicado', 'dos cargos iguales'); charges 2025-09-10 (day 0); request "
         "2025-09-17 22:50 IST = day 7, inside ('day 7 is inside', L3); L4 approve 11988.00.",
    line="duplicate annual charge on day 7 exactly (edge, inside) -> approve 11988.00")

lo_customer("sofia.benitez@outlook.es", "Sofía Benítez", "quarterly", cps="2025-09-05", cpe="2025-12-04")
lo_pay("pay_es3_105", "LO-INV-71105", "sofia.benitez@outlook.es", "quarterly", "3999.00", "2025-09-05T11:00:00", "2025-09-05", "2025-12-04")
lo_pay("pay_es3_106", "LO-INV-71106", "sofia.benitez@outlook.es", "quarterly", "3999.00", "2025-09-05T11:02:00", "2025-09-05", "2025-12-04")
one("lo-duplicado-dia8-por-zona", LO, "Sofía Benítez <sofia.benitez@outlook.es>", "Me habéis cobrado el trimestre dos veces",
    when("2025-09-12 23:40", "ES"),
    "Hola equipo de LeadsOptima:\n\nEl 5 de septiembre me habéis cobrado el plan trimestral dos veces "
    "(3.999,00 ₹ más impuestos, dos veces). Adjunto la referencia del segundo cargo: LO-INV-71106.\n"
    "Os pido la devolución del cobro duplicado.\n\nUn saludo,\nSofía\n\nEnviado desde Outlook para Android\n",
    status="decided", decisions=[R("deny")],
    spec="L2 duplicate_payment, but the Date: header Fri 12 Sep 2025 23:40 +02:00 is 2025-09-13 03:10 in "
         "Asia/Kolkata (section 1: request time in the brand's zone); charge day 0 = 2025-09-05, so the request "
         "is day 8 > 7 -> deny (L3).",
    line="duplicate quarterly charge, written on day 7 in Spain but day 8 in IST -> deny (L3)")

lo_customer("ramiro@ortegafisio.com", "Ramiro Ortega", "annual", cps="2025-09-25", cpe="2026-09-24")
lo_pay("pay_es3_107", "LO-INV-71107", "ramiro@ortegafisio.com", "annual", "11988.00", "2025-09-25T16:20:00", "2025-09-25", "2026-09-24")
one("lo-plan-equivocado", LO, "Ramiro Ortega <ramiro@ortegafisio.com>", "Cargo incorrecto - factura LO-INV-71107",
    when("2025-09-27 10:15"),
    "Buenos días,\n\nYo contraté el plan MENSUAL y me habéis cobrado el anual: ₹11.988 en lugar de ₹1.499. "
    "Es un error de facturación, me cobraron el plan equivocado. Factura LO-INV-71107.\n"
    "Quiero que me devolváis la diferencia o todo y me paséis al mensual.\n\nRamiro Ortega\nOrtega Fisioterapia\n",
    status="decided", decisions=[R("escalate")], extra_ok=True,
    spec="L2 billing_error ('me cobraron el plan equivocado'); charge 2025-09-25, request 2025-09-27 = day 2 <= 7; "
         "L5 escalate (a human verifies the error), no amount (section 8).",
    line="charged annual instead of monthly, day 2 -> escalate (L5)")

lo_customer("nerea.goiko@gmail.com", "Nerea Goikoetxea", "monthly", cps="2025-09-16", cpe="2025-10-15")
lo_pay("pay_es3_108", "LO-INV-71108", "nerea.goiko@gmail.com", "monthly", "1499.00", "2025-09-16T07:00:00", "2025-09-16", "2025-10-15")
one("lo-cobro-tras-cancelar", LO, "Nerea Goikoetxea <nerea.goiko@gmail.com>", "Me cobrasteis despues de cancelar!!",
    when("2025-09-18 19:05"),
    "Kaixo,\n\nCancelé el plan mensual el día 14 desde la web (tengo el pantallazo) y el 16 me cobrasteis otra "
    "vez 1.499 rupias + impuestos. Me cobraron después de cancelar, factura LO-INV-71108.\n"
    "Devolvedme ese cargo, por favor.\n\nNerea\n",
    status="decided", decisions=[R("escalate")], extra_ok=True,
    spec="Past event, not a new cancellation: 'cancelé el día 14 ... me cobrasteis el 16' is L2 billing_error "
         "(charged after I cancelled); charge 2025-09-16, request 2025-09-18 = day 2 -> L5 escalate.",
    line="'cancelled on the 14th and you charged me' (past event) -> refund escalate (L5)")

lo_customer("tomas@herreraimport.mx", "Tomás Herrera", "quarterly", cps="2025-09-22", cpe="2025-12-21")
lo_pay("pay_es3_109", "LO-INV-71109", "tomas@herreraimport.mx", "quarterly", "3999.00", "2025-09-22T21:30:00", "2025-09-22", "2025-12-21")
one("lo-sin-acceso", LO, "Tomas Herrera <tomas@herreraimport.mx>", "no puedo entrar a la plataforma",
    when("2025-09-26 09:10", "MX"),
    "Que tal,\n\nDesde el martes no puedo iniciar sesion en LeadsOptima, me sale error 500 y la pagina se queda "
    "en blanco. Ya le escribi a soporte por el chat y nadie lo resolvio. Pague el trimestre el 22 "
    "(factura LO-INV-71109) y no lo he podido usar ni un dia.\n\nSolicito el reembolso.\n\n"
    "Saludos\nTomás Herrera | Herrera Import\nGuadalajara, Jal.\n",
    status="decided", decisions=[R("escalate")],
    spec="L2 access_failure ('no puedo iniciar sesion'); charge 2025-09-22 21:30 IST; request Fri 26 Sep 09:10 -06:00 "
         "= 2025-09-26 20:40 IST = day 4 <= 7; L6 escalate (verified and unresolved by support).",
    line="cannot log in since Tuesday, Mexico time zone -> escalate (L6)")

lo_customer("paula.sanz@sanzeventos.es", "Paula Sanz", "monthly", cps="2025-09-26", cpe="2025-10-25")
lo_pay("pay_es3_110", "LO-INV-71110", "paula.sanz@sanzeventos.es", "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
one("lo-cambio-de-opinion", LO, "Paula Sanz <paula.sanz@sanzeventos.es>", "devolución mensualidad",
    when("2025-09-28 17:30"),
    "Hola!\n\nLa verdad es que este mes casi no he usado la herramienta y para lo que la uso me resulta cara. "
    "¿Me podéis devolver el importe de la mensualidad que me cobrasteis el viernes? Factura LO-INV-71110, plan mensual.\n\n"
    "Mil gracias,\nPaula\nSanz Eventos\n",
    status="decided", decisions=[R("deny")],
    spec="L1: 'casi no la he usado', 'me resulta cara' is not an L2 exception -> deny (the reply offers "
         "cancellation); inside the window (day 2), so L1 decides, not L3.",
    line="barely used it / too expensive -> deny (L1), cancellation offered")

lo_customer("andres.molina@molinagroup.co", "Andrés Molina", "quarterly", cps="2025-08-01", cpe="2025-10-31")
lo_pay("pay_es3_111", "LO-INV-71111", "andres.molina@molinagroup.co", "quarterly", "3999.00", "2025-08-01T12:00:00", "2025-08-01", "2025-10-31")
one("lo-baja-trimestral", LO, "Andrés Molina <andres.molina@molinagroup.co>", "Solicitud de baja",
    when("2025-09-19 08:45", "CO"),
    "Buen día,\n\nLes escribo para solicitar la baja de nuestra suscripción trimestral de LeadsOptima. "
    "Vamos a cerrar la línea de negocio a fin de año y ya no la necesitaremos.\n\n"
    "Quedo atento a la confirmación.\n\nCordialmente,\n\nAndrés Molina\nGerente | Molina Group S.A.S.\nBogotá, Colombia\n"
    "\nEste mensaje y sus anexos son confidenciales y para uso exclusivo del destinatario.\n",
    status="decided", decisions=[C("cancel", "2025-10-31")],
    spec="L8 cancel: the account stays active until current_period_end 2025-10-31 from the ledger.",
    line="quarterly plan cancellation with disclaimer -> cancel until 2025-10-31 (L8)")

lo_customer("carmen.ruiz.d@yahoo.es", "Carmen Ruiz", "monthly")
lo_pay("pay_es3_112", "LO-INV-71112", "carmen.ruiz.d@yahoo.es", "monthly", "1499.00", "2025-09-12T10:00:00", None, None)
one("lo-baja-sin-periodo", LO, "Carmen Ruiz <carmen.ruiz.d@yahoo.es>", "cancelar",
    when("2025-09-25 13:00"),
    "hola buenas\n\npor favor cancelen mi plan mensual, ya no lo voy a renovar.\n\ngracias\ncarmen\n\n"
    "Enviado desde Yahoo Mail para Android\n",
    status="decided", decisions=[C("cancel", "2025-10-11")],
    spec="L8 fallback: no current_period_end in the ledger; last charge 2025-09-12 + 1 month (monthly) - 1 day "
         "= 2025-10-11.",
    line="monthly cancellation, ledger has no current period -> cancel until 2025-10-11 (L8 fallback)")

lo_customer("iker@etxeberria.eus", "Iker Etxeberria", "annual", cps="2025-03-15", cpe="2026-03-14")
lo_pay("pay_es3_113", "LO-INV-71113", "iker@etxeberria.eus", "annual", "11988.00", "2025-03-15T09:00:00", "2025-03-15", "2026-03-14")
one("lo-no-quiero-reembolso", LO, "Iker Etxeberria <iker@etxeberria.eus>", "Renovación plan anual",
    when("2025-09-24 12:20"),
    "Hola,\n\nNo quiero que me devolváis nada, ya sé que no hay reembolsos y lo entiendo. Solo quiero "
    "cancelar el plan anual para que no se renueve en marzo.\n\nEskerrik asko,\nIker\n",
    status="decided", decisions=[C("cancel", "2026-03-14")],
    spec="Section 8 negation: 'No quiero que me devolváis nada' adds no refund intent; L8 cancel until "
         "current_period_end 2026-03-14.",
    line="'no quiero reembolso, solo cancelar' -> cancel until 2026-03-14, no refund decision")

lo_customer("valeria.castro.v@gmail.com", "Valeria Castro", None, status="trial", trial_ends="2025-10-05")
one("lo-hipotetica", LO, "Valeria Castro <valeria.castro.v@gmail.com>", "Duda antes de contratar",
    when("2025-09-27 15:00", "AR"),
    "Hola! Estoy en la prueba gratis y me está gustando. Una consulta antes de pasarme al plan anual: "
    "si lo contrato y después no me sirve, ¿me devolverían la plata? ¿O solo se puede cancelar?\n\n"
    "Gracias, Vale\n",
    status="other",
    spec="Section 8: 'would I get a refund if…' before buying is a policy question; nothing else asked -> other.",
    line="trial user asks whether a future annual plan would be refundable -> other")

lo_customer("diego.paredes@paredeslab.cl", "Diego Paredes", None, status="trial", trial_ends="2025-10-08")
one("lo-prueba-gratis", LO, "Diego Paredes <diego.paredes@paredeslab.cl>", "Reembolso",
    when("2025-09-29 11:00"),
    "Estimados,\n\nMe registré en la prueba gratuita de LeadsOptima y no me convenció para nada. Quiero el "
    "reembolso, por favor.\n\nDiego Paredes\nParedes Lab\n",
    status="decided", decisions=[R("deny")],
    spec="L7: the account is on a free trial (status trial, trial_ends 2025-10-08) and has no charges -> deny, "
         "no billing occurs unless they subscribe.",
    ambiguous="A trial has no charge, so no plan or invoice exists: L7 says deny, but a reading that applies "
              "C3 first could ask for plan/invoice_number (need_info).",
    line="free-trial user asks for a refund -> deny (L7)")

lo_customer("facturacion@lopezyasociados.es", "José López", "annual", cps="2025-05-02", cpe="2026-05-01")
lo_pay("pay_es3_114", "LO-INV-71114", "facturacion@lopezyasociados.es", "annual", "11988.00", "2025-05-02T10:00:00", "2025-05-02", "2026-05-01")
one("lo-desde-correo-personal", LO, "José López <jose.lopez.personal77@gmail.com>", "Cancelar plan anual",
    when("2025-09-22 20:10"),
    "Buenas tardes,\n\nOs escribo desde mi correo personal porque el de la oficina no me funciona hoy. "
    "La cuenta está registrada con facturacion@lopezyasociados.es, plan anual. Quiero cancelar la renovación "
    "y que me confirméis hasta qué fecha sigue activa.\n\nJosé López\n",
    status="need_info", rules=["C2"],
    spec="C2: sender jose.lopez.personal77@gmail.com is not the registered email facturacion@lopezyasociados.es "
         "it names -> ask to write from the registered address, no account details (worked example 5).",
    line="cancellation from a personal gmail naming the registered address -> need_info (C2)")

lo_customer("elena.marquez@marquezdental.es", "Elena Márquez", "monthly", cps="2025-09-24", cpe="2025-10-23")
lo_pay("pay_es3_115", "LO-INV-71115", "elena.marquez@marquezdental.es", "monthly", "1499.00", "2025-09-24T06:10:00", "2025-09-24", "2025-10-23")
lo_pay("pay_es3_116", "LO-INV-71116", "elena.marquez@marquezdental.es", "monthly", "1499.00", "2025-09-24T06:12:00", "2025-09-24", "2025-10-23")
f1, mid = mail("lo-hilo-factura-1", "Elena Márquez <elena.marquez@marquezdental.es>", LO_TO,
               "Doble cobro", when("2025-09-26 12:30"),
               "Hola, el 24 me han cobrado dos veces la cuota mensual. Necesito que me devolváis uno de los dos "
               "cargos, por favor.\n\nElena Márquez\nClínica Márquez Dental\n")
f2, _ = mail("lo-hilo-factura-2", "Elena Márquez <elena.marquez@marquezdental.es>", LO_TO,
             "Re: Doble cobro", when("2025-09-27 09:05"),
             "Hola de nuevo,\n\nel número de factura del segundo cobro es lo-inv 71116.\n\nGracias\nElena\n\n"
             "El vie, 26 sept 2025 a las 18:40, LeadsOptima Soporte <support@leadsoptima.com> escribió:\n"
             "> Para continuar necesitamos el número de factura del cargo.\n",
             reply_to_first=mid)
case("lo-hilo-factura", [f1, f2], LO, "decided", decisions=[R("approve", "1499.00")],
     spec="C3: the first email lacks invoice_number (plan filled from the ledger for the verified sender); the "
          "reply gives 'lo-inv 71116' = LO-INV-71116, the later charge of a paid pair 2025-09-24 same period; "
          "request time = first email 2025-09-26 = day 2 -> L4 approve 1499.00.",
     line="thread: double charge without invoice, asked, answered -> approve 1499.00 (C3, L4)")

lo_customer("gfuentes@fuentesyasoc.com.ar", "Gabriel Fuentes", "monthly", cps="2025-09-29", cpe="2025-10-28")
lo_pay("pay_es3_117", "LO-INV-71117", "gfuentes@fuentesyasoc.com.ar", "monthly", "1499.00", "2025-09-29T08:00:00", "2025-09-29", "2025-10-28")
lo_pay("pay_es3_118", "LO-INV-71118", "gfuentes@fuentesyasoc.com.ar", "monthly", "1499.00", "2025-09-29T08:00:30", "2025-09-29", "2025-10-28")
one("lo-contracargo", LO, "Gabriel Fuentes <gfuentes@fuentesyasoc.com.ar>", "URGENTE cobro doble",
    when("2025-09-30 10:00", "AR"),
    "Me cobraron dos veces la mensualidad (LO-INV-71118 es el cobro repetido). Quiero la devolución YA. "
    "Si mañana no está resuelto hago el contracargo con la tarjeta y presento la denuncia en Defensa del "
    "Consumidor.\n\nGabriel Fuentes\n",
    status="decided", rules=["C4"], decisions=[R("escalate")],
    spec="C4: chargeback threat ('contracargo') and consumer protection complaint -> escalate the whole case, "
         "even though L4 alone would approve (section 8: C4 covers the whole case; escalations carry no amount).",
    line="duplicate charge with chargeback / consumer-protection threat -> escalate (C4)")

one("lo-respuesta-automatica", LO, "Inés Carrasco <ines.carrasco@carrascoabogados.es>",
    "Respuesta automática: Re: [LO-1188] Su solicitud", when("2025-09-25 14:00", "ES"),
    "Gracias por su mensaje. Estaré fuera de la oficina hasta el 6 de octubre sin acceso al correo. "
    "Para asuntos urgentes, incluidos reembolsos y cancelaciones, contacte con administracion@carrascoabogados.es.\n\n"
    "Inés Carrasco\n",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    status="ignore", rules=["C7"],
    spec="C7: Auto-Submitted: auto-replied -> ignore, never answered (worked example 12), whatever words it holds.",
    line="out-of-office auto-reply mentioning refunds -> ignore (C7)")

lo_customer("lucas.mendez@mendezyerbas.com.uy", "Lucas Méndez", "monthly", cps="2025-09-09", cpe="2025-10-08")
lo_pay("pay_es3_119", "LO-INV-71119", "lucas.mendez@mendezyerbas.com.uy", "monthly", "1499.00", "2025-09-09T10:00:00", "2025-09-09", "2025-10-08")
one("lo-cambiar-tarjeta", LO, "Lucas Méndez <lucas.mendez@mendezyerbas.com.uy>", "cambiar tarjeta de pago",
    when("2025-09-30 16:45", "AR"),
    "Hola, ¿cómo hago para cambiar la tarjeta con la que me cobran la suscripción? La actual vence este mes. "
    "Y otra cosa: ¿dónde descargo las facturas para el contador?\n\nGracias!\nLucas\n",
    status="other",
    spec="Not a refund or cancellation: a how-to question (change card, download invoices) -> other.",
    line="how do I change my card / download invoices -> other")

lo_customer("ricardo.pena@penaconsultores.es", "Ricardo Peña", "quarterly", cps="2025-07-10", cpe="2025-10-09")
lo_pay("pay_es3_120", "LO-INV-71120", "ricardo.pena@penaconsultores.es", "quarterly", "3999.00", "2025-07-10T10:00:00", "2025-07-10", "2025-10-09")
one("lo-rv-asistente", LO, "Asistente Dirección <asistente@penaconsultores.es>", "RV: cancelar LeadsOptima",
    when("2025-09-23 10:30"),
    "Buenos días, os reenvío la petición de Ricardo, gestionadlo por favor.\n\nUn saludo,\nLaura\n\n"
    "________________________________\n"
    "De: Ricardo Peña <ricardo.pena@penaconsultores.es>\n"
    "Enviado: lunes, 22 de septiembre de 2025 19:02\n"
    "Para: Asistente Dirección <asistente@penaconsultores.es>\n"
    "Asunto: cancelar LeadsOptima\n\n"
    "Laura, escríbeles para cancelar el plan trimestral de LeadsOptima, no lo vamos a renovar. "
    "Mi correo registrado es ricardo.pena@penaconsultores.es.\n\nR.\n",
    status="need_info", rules=["C2"],
    spec="Section 8 forwards: the forwarded request (Outlook 'RV:' block) names the registered email "
         "ricardo.pena@penaconsultores.es, other than the sender asistente@... -> C2, ask for the request from "
         "that address.",
    line="Outlook RV: forward by an assistant of a cancellation naming another registered address -> need_info (C2)")

lo_customer("fer.rios@riosmkt.com.mx", "Fernanda Ríos", "annual", cps="2025-09-20", cpe="2026-09-19")
lo_pay("pay_es3_121", "LO-INV-71121", "fer.rios@riosmkt.com.mx", "annual", "11988.00", "2025-09-20T23:00:00", "2025-09-20", "2026-09-19")
one("lo-acceso-y-baja", LO, "Fernanda Ríos <fer.rios@riosmkt.com.mx>", "Panel no carga - reembolso y baja",
    when("2025-09-25 10:20", "MX"),
    html="<html><body><p>Hola equipo,</p>"
    "<p>Desde hace 4 días <b>el panel no carga</b>, se queda girando y no puedo acceder a mis campañas. "
    "Soporte me respondió con un ticket automático y nada más.</p>"
    "<p>Pagué el plan anual el 20 de septiembre (factura LO-INV-71121). Solicito el reembolso y además "
    "quiero dar de baja la cuenta.</p>"
    "<p>Saludos,<br>Fernanda Ríos<br><i>Ríos Marketing Digital</i></p></body></html>",
    status="decided", decisions=[R("escalate"), C("cancel", "2026-09-19")],
    spec="HTML-only mail. Refund: L2 access_failure ('no puedo acceder', 'el panel no carga'); charge 2025-09-20 "
         "(23:00 IST), request 2025-09-25 21:50 IST = day 5 -> L6 escalate. Cancellation: L8 cancel until "
         "current_period_end 2026-09-19. Both parts decided, one reply.",
    line="HTML-only: platform not loading, refund + cancellation -> refund escalate (L6), cancel until 2026-09-19")

lo_customer("hugo@navarrotaller.es", "Hugo Navarro", "monthly", cps="2025-09-18", cpe="2025-10-17")
for i, t in ((122, "10:00"), (123, "10:01"), (124, "10:03")):
    lo_pay(f"pay_es3_{i}", f"LO-INV-71{i}", "hugo@navarrotaller.es", "monthly", "1499.00", f"2025-09-18T{t}:00", "2025-09-18", "2025-10-17")
one("lo-tres-cargos", LO, "Hugo Navarro <hugo@navarrotaller.es>", "Tres cargos iguales!",
    when("2025-09-21 18:00"),
    "Hola,\n\nel 18/09 me aparece el mismo cargo de la mensualidad TRES veces en el banco (facturas LO-INV-71122, "
    "LO-INV-71123 y LO-INV-71124). Solo tengo un plan mensual. Me habéis cobrado tres veces lo mismo, "
    "devolvedme los dos cargos que sobran.\n\nHugo Navarro\nTaller Navarro\n",
    status="decided", decisions=[R("approve", "2998.00")],
    spec="Section 8 three identical charges: every charge after the first is a duplicate (LO-INV-71123, -71124); "
         "request 2025-09-21 = day 3, both inside L3 -> L4 approve 1499.00 + 1499.00 = 2998.00.",
    line="same monthly charge three times -> approve 2998.00 (two duplicates)")

lo_customer("rocio.blanco@blancoestudio.es", "Rocío Blanco", "quarterly", cps="2025-09-05", cpe="2025-12-04")
lo_pay("pay_es3_125", "LO-INV-71125", "rocio.blanco@blancoestudio.es", "quarterly", "3999.00", "2025-09-05T09:00:00", "2025-09-05", "2025-12-04")
one("lo-error-fuera-de-plazo", LO, "Rocío Blanco <rocio.blanco@blancoestudio.es>", "Importe cobrado incorrecto",
    when("2025-09-19 12:00"),
    html="<div dir=\"ltr\">Hola,<br><br>Al revisar la contabilidad he visto que el 5 de septiembre me cobrasteis "
    "4.718,82 en vez de los 3.999 del plan trimestral. Me cobraron de más, es un importe incorrecto. "
    "Factura LO-INV-71125.<br>Pido que me devolváis lo cobrado de más.<br><br>Rocío Blanco<br>Blanco Estudio "
    "de Arquitectura</div>",
    status="decided", decisions=[R("deny")],
    spec="HTML-only. L2 billing_error ('importe incorrecto', 'me cobraron de más'), but charge 2025-09-05 and "
         "request 2025-09-19 = day 14 > 7 -> deny (L3). (The 4,718.82 is the amount with tax; the ledger rules.)",
    line="HTML-only: wrong amount claimed 14 days after the charge -> deny (L3)")

lo_customer("samuel.ibanez@ibanezsport.es", "Samuel Ibáñez", "monthly", cps="2025-09-25", cpe="2025-10-24")
lo_pay("pay_es3_126", "LO-INV-71126", "samuel.ibanez@ibanezsport.es", "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lo_pay("pay_es3_127", "LO-INV-71127", "samuel.ibanez@ibanezsport.es", "monthly", "1499.00", "2025-09-25T10:00:40", "2025-09-25", "2025-10-24", status="refunded")
one("lo-cargo-ya-devuelto", LO, "Samuel Ibáñez <samuel.ibanez@ibanezsport.es>", "cobro doble LO-INV-71127",
    when("2025-09-29 09:30"),
    "Hola, me habeis cobrado 2 veces el 25/09 la cuota mensual. La factura repetida es LO-INV-71127. "
    "Quiero que me devolvais ese cobro.\nSaludos\nSamuel Ibáñez\n",
    status="decided", decisions=[R("escalate")],
    spec="Section 8 'payments not paid': the charge named, LO-INV-71127, has status refunded -> escalate; there is "
         "also no pair of two paid charges, so L4 escalates too. Request day 4, inside L3.",
    line="duplicate claimed on a charge the ledger shows already refunded -> escalate")

lo_customer("alba.serrano@serranofotografia.es", "Alba Serrano", "monthly", cps="2025-09-27", cpe="2025-10-26")
lo_pay("pay_es3_128", "LO-INV-71128", "alba.serrano@serranofotografia.es", "monthly", "1499.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
one("lo-solo-firma", LO, "Alba Serrano <alba.serrano@serranofotografia.es>", "Reembolso factura LO-INV-71128",
    when("2025-09-29 22:15"),
    "Por favor, reembolsen la factura LO-INV-71128.\n\nGracias de antemano.\n\n"
    "Alba Serrano\nSerrano Fotografía · Bodas y eventos\nwww.serranofotografia.es\n\nEnviado desde mi iPhone\n",
    status="need_info", missing=["reason"],
    spec="Section 8 'What a reason is': restating the request, thanks and a signature are not reasons; LeadsOptima "
         "requires a reason for a refund (section 3) -> need_info [reason] (plan from the ledger, invoice given, "
         "sender verified).",
    line="refund request whose only 'reason' is a signature -> need_info [reason]")

# ---------------------------------------------------------------- Optima WebDesign
owd_project("Clínica Veterinaria Huellas", "administracion@huellasvet.es")
owd_pay("pay_es3_301", "OWD-2025-301", "Clínica Veterinaria Huellas", "deposit", "45000.00", "2025-09-22T11:00:00")
one("owd-deposito-55h", OWD, "Administración Huellas <administracion@huellasvet.es>",
    "Solicitud de reembolso — Clínica Veterinaria Huellas / OWD-2025-301", when("2025-09-24 18:20"),
    "Hola,\n\nOs escribimos en nombre de la Clínica Veterinaria Huellas. El lunes 22 pagamos el depósito "
    "de 45.000 ₹ (más IVA) para la web nueva, factura OWD-2025-301.\n"
    "La junta de socios ha decidido no seguir con la web este año porque vamos a destinar el presupuesto a "
    "ampliar el quirófano. Solicitamos el reembolso del depósito.\n\nUn saludo,\nMarina Sáez\nAdministración\n",
    status="decided", decisions=[R("approve", "45000.00")],
    spec="O2 deposit: paid 2025-09-22 11:00 IST, request 2025-09-24 18:20 IST = 55 h 20 min < 72 h, "
         "work_started_at empty -> approve the full 45000.00 before tax (C6).",
    line="deposit refund after 55 h, no work -> approve 45000.00 (O2)")

owd_project("Academia Lingua Viva", "direccion@linguaviva.es")
owd_pay("pay_es3_302", "OWD-2025-302", "Academia Lingua Viva", "deposit", "30000.00", "2025-09-15T10:30:00")
one("owd-deposito-72h-exactas", OWD, "Dirección Lingua Viva <direccion@linguaviva.es>",
    "Reembolso depósito Academia Lingua Viva", when("2025-09-18 10:30"),
    "Buenos días:\n\nSolicitamos la devolución del depósito de la factura OWD-2025-302 (proyecto Academia Lingua "
    "Viva). Hemos encontrado otro proveedor que ya trabaja con nuestro grupo de academias.\n\n"
    "Atentamente,\nPilar Gutiérrez\nDirectora\n",
    status="decided", decisions=[R("deny")],
    spec="O2 + section 8: paid 2025-09-15 10:30 IST, request 2025-09-18 10:30 IST = exactly 72 h, which is not "
         "'before 72 hours' -> deny.",
    line="deposit refund at exactly 72 h -> deny (O2, section 8)")

owd_project("Ferretería Los Álamos", "compras@ferreterialosalamos.com", "2025-09-24T10:00:00")
owd_pay("pay_es3_303", "OWD-2025-303", "Ferretería Los Álamos", "deposit", "25000.00", "2025-09-23T15:00:00")
one("owd-deposito-trabajo-iniciado", OWD, "Compras Ferretería Los Álamos <compras@ferreterialosalamos.com>",
    "Devolucion anticipo OWD-2025-303", when("2025-09-25 12:00"),
    "Hola, pagamos el anticipo del proyecto Ferretería Los Álamos el martes. Al final el dueño prefiere "
    "esperar al año que viene para la tienda online, asi que pedimos la devolucion del anticipo.\n\n"
    "Gracias\nDpto. Compras\n",
    status="decided", decisions=[R("deny")],
    spec="O2: paid 2025-09-23 15:00, request 2025-09-25 12:00 (45 h, under 72 h) but work_started_at "
         "2025-09-24 10:00 is before the request; 'whichever occurs first' -> deny.",
    line="deposit refund within 72 h but work already started -> deny (O2)")

owd_project("Hotel Rural El Encinar", "reservas@elencinar.es")
owd_pay("pay_es3_304", "OWD-2025-304", "Hotel Rural El Encinar", "discovery", "15000.00", "2025-09-10T12:00:00")
one("owd-discovery-sin-sesiones", OWD, "Hotel Rural El Encinar <reservas@elencinar.es>",
    "Reembolso tarifa de descubrimiento - Hotel Rural El Encinar", when("2025-09-26 09:40"),
    "Buenos días,\n\nEl 10 de septiembre abonamos la fase de descubrimiento (factura OWD-2025-304). Todavía no se ha "
    "agendado ninguna sesión. Vamos a cerrar el hotel por obras hasta primavera y no tiene sentido seguir ahora, "
    "así que solicitamos el reembolso de esa tarifa.\n\nUn cordial saludo,\nEnrique Lobo\nHotel Rural El Encinar\n",
    status="decided", decisions=[R("approve", "15000.00")],
    spec="O1 discovery: work_started_at empty (no session or deliverable started) -> approve in full 15000.00 "
         "before tax.",
    line="discovery fee, no session held yet -> approve 15000.00 (O1)")

owd_project("Panadería Masa Madre", "hola@masamadre.es", "2025-09-12T11:00:00")
owd_pay("pay_es3_305", "OWD-2025-305", "Panadería Masa Madre", "discovery", "12000.00", "2025-09-08T12:00:00")
one("owd-discovery-iniciada", OWD, "Masa Madre <hola@masamadre.es>", "reembolso taller estrategia",
    when("2025-09-20 16:00"),
    "Hola!! Somos Panadería Masa Madre. Hicimos el taller de estrategia el día 12 pero sinceramente no nos "
    "aportó nada nuevo, esperábamos otra cosa. Queremos que nos devolváis lo pagado (OWD-2025-305).\n\nBesos,\nCris\n",
    status="decided", decisions=[R("deny")],
    spec="O1 discovery: work_started_at 2025-09-12 11:00 (the session was held) is before the request "
         "2025-09-20 -> deny.",
    line="discovery fee after the workshop was held -> deny (O1)")

owd_project("Tienda Online Kokoro", "pedidos@kokoro-shop.es", "2025-08-01T10:00:00")
owd_pay("pay_es3_306", "OWD-2025-306", "Tienda Online Kokoro", "milestone", "40000.00", "2025-08-01T10:00:00", milestone_status="completed")
owd_pay("pay_es3_307", "OWD-2025-307", "Tienda Online Kokoro", "milestone", "35000.00", "2025-09-05T10:00:00", milestone_status="not_started")
one("owd-hito-no-iniciado", OWD, "Kokoro Shop <pedidos@kokoro-shop.es>", "Fase 2 catálogo - reembolso OWD-2025-307",
    when("2025-09-23 11:15"),
    "Hola equipo,\n\nLa fase 1 (diseño) de la Tienda Online Kokoro está terminada y estamos contentos con ella. "
    "Sin embargo, la fase 2 (catálogo, factura OWD-2025-307) todavía no ha empezado y hemos decidido montar "
    "el catálogo nosotros en Shopify. Os pedimos el reembolso de ese hito.\n\nGracias,\nAiko Tanaka\nKokoro Shop\n",
    status="decided", decisions=[R("approve", "35000.00")],
    spec="O3 milestone: OWD-2025-307 milestone_status not_started -> approve that milestone's amount 35000.00 "
         "before tax; the completed phase 1 is not asked for.",
    line="milestone not started -> approve 35000.00 (O3)")

owd_project("Revista Contrapunto", "redaccion@revistacontrapunto.es", "2025-08-20T10:00:00")
owd_pay("pay_es3_308", "OWD-2025-308", "Revista Contrapunto", "milestone", "28000.00", "2025-09-01T10:00:00", milestone_status="in_progress")
one("owd-hito-en-curso", OWD, "Redacción Contrapunto <redaccion@revistacontrapunto.es>",
    "Reembolso hito maquetación", when("2025-09-24 13:30"),
    "Hola:\n\nEl hito de maquetación de Revista Contrapunto (OWD-2025-308) va muy lento y no nos gusta lo que hemos "
    "visto hasta ahora. Preferimos parar aquí y que nos devolváis ese hito.\n\nSaludos,\nMateo Vidal\nEditor\n",
    status="decided", decisions=[R("escalate")],
    spec="O3 milestone in_progress -> escalate (the billable value of work not started needs a person, interp.).",
    line="milestone in progress -> escalate (O3)")

owd_project("Constructora Ibarra", "gerencia@constructoraibarra.com", "2025-07-01T10:00:00")
owd_pay("pay_es3_309", "OWD-2025-309", "Constructora Ibarra", "milestone", "50000.00", "2025-08-10T10:00:00", milestone_status="approved")
one("owd-hito-aprobado", OWD, "Gerencia Constructora Ibarra <gerencia@constructoraibarra.com>",
    "Solicitud devolucion OWD-2025-309", when("2025-09-17 17:00"),
    "Estimados,\n\nAprobamos el hito de la web de Constructora Ibarra en agosto, pero ahora el consejo dice que el diseño "
    "no representa a la empresa. Solicitamos la devolución de la factura OWD-2025-309.\n\nAtte.\nIgnacio Ibarra\n",
    status="decided", decisions=[R("deny")],
    spec="O3/O6: the milestone is approved -> deny ('approved milestones' are non-refundable).",
    line="approved milestone -> deny (O3/O6)")

owd_project("Gimnasio Fuerza Norte", "admin@fuerzanorte.es", "2025-06-01T10:00:00")
owd_pay("pay_es3_310", "OWD-2025-310", "Gimnasio Fuerza Norte", "retainer", "20000.00", "2025-09-15T09:00:00",
        period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00")
one("owd-iguala-aviso-suficiente", OWD, "Admin Fuerza Norte <admin@fuerzanorte.es>",
    "Baja de la iguala mensual - Gimnasio Fuerza Norte", when("2025-09-26 10:00"),
    "Hola,\n\nQueremos cancelar la iguala mensual de marketing del Gimnasio Fuerza Norte (última factura "
    "OWD-2025-310). El motivo: a partir de octubre llevaremos las redes y la web con una persona en plantilla.\n\n"
    "Gracias por todo,\nBeatriz Olmo\nGimnasio Fuerza Norte\n",
    status="decided", decisions=[C("cancel", "2025-10-14")],
    spec="O4/O8 retainer: next_billing_at 2025-10-15; 2025-10-15 - 7 days = 2025-10-08; request 2025-09-26 is on "
         "or before it -> the next charge is avoided, effective_date = day before next billing = 2025-10-14.",
    line="retainer cancellation with 19 days' notice -> cancel until 2025-10-14 (O4)")

owd_project("Óptica Miravista", "contacto@opticamiravista.es", "2025-05-01T10:00:00")
owd_pay("pay_es3_311", "OWD-2025-311", "Óptica Miravista", "retainer", "18000.00", "2025-09-03T09:00:00",
        period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T09:00:00")
one("owd-iguala-aviso-corto", OWD, "Óptica Miravista <contacto@opticamiravista.es>", "cancelar mantenimiento mensual",
    when("2025-09-29 18:30"),
    "Buenas tardes,\n\nNecesitamos cancelar el retainer mensual de Óptica Miravista (factura OWD-2025-311). "
    "Nos han recortado el presupuesto de marketing desde la central y no podemos seguir.\n\n"
    "Saludos,\nLorena Gil\n",
    status="decided", decisions=[C("cancel", "2025-11-02")],
    spec="O4: next_billing_at 2025-10-03; 2025-10-03 - 7 = 2025-09-26 and the request 2025-09-29 is after it -> "
         "less than 7 days' notice: the next cycle (2025-10-03 to 2025-11-02, monthly like the current "
         "2025-09-03..2025-10-02) is billed, effective_date = its last day 2025-11-02.",
    line="retainer cancellation with 4 days' notice -> next cycle billed, cancel until 2025-11-02 (O4)")

owd_project("Escuela de Surf Ola Brava", "info@olabravasurf.es", "2025-04-01T10:00:00")
owd_pay("pay_es3_312", "OWD-2025-312", "Escuela de Surf Ola Brava", "retainer", "15000.00", "2025-09-08T09:00:00",
        period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-08T09:00:00")
one("owd-iguala-7-dias-justos", OWD, "Ola Brava Surf <info@olabravasurf.es>", "Fin de la iguala - Ola Brava",
    when("2025-10-01 08:15"),
    "Buenos días!\n\nSe acaba la temporada y cerramos la escuela hasta abril, así que queremos cancelar la iguala "
    "mensual del proyecto Escuela de Surf Ola Brava (OWD-2025-312). En primavera os volvemos a llamar.\n\n"
    "Un abrazo,\nDani\n",
    status="decided", decisions=[C("cancel", "2025-10-07")],
    spec="O4 edge: next_billing_at 2025-10-08; 2025-10-08 - 7 days = 2025-10-01 and the request date 2025-10-01 is "
         "'on or before' it (section 1) -> enough notice, effective_date 2025-10-07.",
    line="retainer cancellation with exactly 7 days' notice (edge) -> cancel until 2025-10-07 (O4)")

owd_project("Inmobiliaria Costa Luz", "oficina@costaluzinmo.es", "2025-03-01T10:00:00")
owd_pay("pay_es3_313", "OWD-2025-313", "Inmobiliaria Costa Luz", "retainer", "22000.00", "2025-09-01T09:00:00",
        period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-11-01T09:00:00")
owd_pay("pay_es3_314", "OWD-2025-314", "Inmobiliaria Costa Luz", "retainer", "22000.00", "2025-09-20T09:00:00",
        period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T09:00:00")
one("owd-iguala-pagada-por-adelantado", OWD, "Oficina Costa Luz <oficina@costaluzinmo.es>",
    "Cancelación iguala Inmobiliaria Costa Luz", when("2025-09-22 12:00"),
    "Hola,\n\nOs comunicamos que cancelamos la iguala de Inmobiliaria Costa Luz. Vendemos la agencia a un grupo "
    "que ya tiene su propia web. Hace dos días se pagó octubre por adelantado (OWD-2025-314).\n\n"
    "Saludos cordiales,\nVíctor Rey\n",
    status="decided", decisions=[C("escalate")], extra_ok=True,
    spec="Section 8 'Retainer paid in advance': the next cycle (2025-10-01..2025-10-31, OWD-2025-314) is already "
         "paid and the notice before it is 9 days >= 7 -> the cancellation is escalated (O4 interp.).",
    line="retainer with October already paid, cancelled with 9 days' notice -> escalate (section 8)")

owd_project("Cervecería La Espiga", "hola@cervecerialaespiga.es", "2025-08-01T10:00:00")
owd_pay("pay_es3_315", "OWD-2025-315", "Cervecería La Espiga", "hosting_annual", "21600.00", "2025-09-14T10:00:00",
        setup_fee="3000.00", service_start="2025-09-15")
one("owd-hosting-prorrateo", OWD, "Cervecería La Espiga <hola@cervecerialaespiga.es>",
    "Cancelar hosting anual y reembolso", when("2025-09-25 12:00"),
    "Hola,\n\nContratamos el hosting anual para la web de la Cervecería La Espiga (factura OWD-2025-315, 21.600 ₹ "
    "con el alta incluida). Nos hemos dado cuenta de que nuestro TPV ya nos incluye web y hosting, así que "
    "queremos cancelar el hosting y que nos devolváis la parte proporcional.\n\nSalud!\nÁlvaro\n",
    status="decided", decisions=[R("approve", "17050.00"), C("cancel")],
    spec="O5 hosting_annual: service_start 2025-09-15, request 2025-09-25 (10 days <= 14); monthly_value = "
         "(21600.00 - 3000.00) / 12 = 1550.00; consumed_months = 1; refund = 21600.00 - 3000.00 - 1550.00 = "
         "17050.00. Cancellation: the email asks for it in words ('queremos cancelar el hosting y que nos devolváis'), "
         "so section 1 'A request for both a refund and a cancellation gets both parts decided' makes it required "
         "(O5: the refund ends the plan -> cancel); its effective_date is not checked (the spec gives none for annual plans).",
    line="annual hosting cancelled on day 10 -> approve 17050.00 pro-rated + cancel (O5)")

owd_project("Asesoría Fiscal Montes", "despacho@asesoriamontes.es", "2025-08-15T10:00:00")
owd_pay("pay_es3_316", "OWD-2025-316", "Asesoría Fiscal Montes", "maintenance_annual", "24000.00", "2025-08-30T10:00:00",
        service_start="2025-09-01")
one("owd-mantenimiento-dia18", OWD, "Despacho Montes <despacho@asesoriamontes.es>",
    "Reembolso proporcional mantenimiento", when("2025-09-19 11:00"),
    "Buenos días,\n\nSolicitamos el reembolso proporcional del mantenimiento anual de la web de Asesoría Fiscal "
    "Montes (OWD-2025-316), que empezó el 1 de septiembre. Hemos contratado a un informático a media jornada que "
    "se encargará del mantenimiento.\n\nUn saludo,\nEva Montes\n",
    status="decided", decisions=[R("deny")], extra_ok=True,
    spec="O5 maintenance_annual: service_start 2025-09-01, request 2025-09-19 = 18 days > 14 -> deny.",
    line="annual maintenance refund on day 18 -> deny (O5)")

owd_project("Floristería Camelia", "pedidos@floristeriacamelia.es", "2025-07-01T10:00:00")
owd_pay("pay_es3_317", "OWD-2025-317", "Floristería Camelia", "third_party", "3500.00", "2025-09-18T10:00:00")
one("owd-dominio-ssl", OWD, "Floristería Camelia <pedidos@floristeriacamelia.es>", "devolucion dominio",
    when("2025-09-21 10:00"),
    "hola, nos cobrasteis 3.500 por renovar el dominio y el certificado SSL de Floristería Camelia (OWD-2025-317) "
    "pero ahora vamos a cambiar de nombre la tienda, asi que no lo queremos. Podeis devolvernoslo?\n\nMaría José\n",
    status="decided", decisions=[R("deny")],
    spec="O6: kind third_party (domain + SSL) is never refundable -> deny, citing 'Non-refundable items'.",
    line="domain + SSL renewal (third party) -> deny (O6)")

owd_project("Festival Sonidos del Sur", "produccion@sonidosdelsur.es", "2025-08-20T10:00:00")
owd_pay("pay_es3_318", "OWD-2025-318", "Festival Sonidos del Sur", "rush", "8000.00", "2025-09-02T10:00:00")
one("owd-cargo-urgencia", OWD, "Producción Sonidos del Sur <produccion@sonidosdelsur.es>",
    "Reembolso del recargo por urgencia", when("2025-09-16 19:00"),
    "Hola,\n\nPagamos un recargo de urgencia (OWD-2025-318) para tener la web del Festival Sonidos del Sur antes del 20. "
    "Al final el festival se ha aplazado a noviembre y la urgencia no sirvió de nada. Pedimos que se nos devuelva ese recargo.\n\n"
    "Saludos,\nProducción\n",
    status="decided", decisions=[R("deny")],
    spec="O6: kind rush (expedited fee) is never refundable -> deny.",
    line="rush fee -> deny (O6)")

owd_project("Colegio San Telmo", "secretaria@colegiosantelmo.edu.es")
owd_pay("pay_es3_319", "OWD-2025-319", "Colegio San Telmo", "deposit", "40000.00", "2025-09-29T10:00:00")
one("owd-remitente-distinto", OWD, "Fernando Ruiz <fernandoruiz.director@gmail.com>",
    "Reembolso depósito web Colegio San Telmo", when("2025-09-30 09:00"),
    "Buenos días,\n\nSoy el director del Colegio San Telmo. Ayer la secretaría pagó el depósito de la web (OWD-2025-319), "
    "pero el consejo escolar no ha aprobado el gasto. Solicito el reembolso.\n\nFernando Ruiz\nDirector\n",
    status="need_info", rules=["C2"],
    spec="C2 (explicit for Optima): the contract email is secretaria@colegiosantelmo.edu.es; the sender's gmail is not "
         "it -> ask to write from the contract email, nothing about the project.",
    line="deposit refund from the director's gmail, not the contract email -> need_info (C2)")

owd_project("Estudio Yoga Prana", "namaste@yogaprana.es")
owd_pay("pay_es3_320", "OWD-2025-320", "Estudio Yoga Prana", "deposit", "20000.00", "2025-09-28T10:00:00")
g1, gid = mail("owd-hilo-motivo-1", "Estudio Yoga Prana <namaste@yogaprana.es>", OWD_TO,
               "Refund Request — Estudio Yoga Prana / OWD-2025-320", when("2025-09-29 12:00"),
               "Hola,\n\nSolicito el reembolso del depósito OWD-2025-320 del proyecto Estudio Yoga Prana.\n\n"
               "Namasté,\nSilvia\n\n--\nEstudio Yoga Prana · Clases de Hatha y Vinyasa\nC/ de la Paz 12, Valencia\n")
g2, _ = mail("owd-hilo-motivo-2", "Estudio Yoga Prana <namaste@yogaprana.es>", OWD_TO,
             "Re: Refund Request — Estudio Yoga Prana / OWD-2025-320", when("2025-09-30 09:00"),
             "Hola,\n\nel motivo es que el local donde íbamos a abrir el segundo estudio se ha caído: el propietario "
             "lo ha vendido y sin local no necesitamos la web nueva.\n\nSilvia\n",
             reply_to_first=gid)
case("owd-hilo-motivo", [g1, g2], OWD, "decided", decisions=[R("approve", "20000.00")],
     spec="C3: first email has project and invoice but no reason (a signature is not one, section 8); the reply gives "
          "it. O2: paid 2025-09-28 10:00, request time = first email 2025-09-29 12:00 (26 h < 72 h), no work started "
          "-> approve 20000.00.",
     line="thread: deposit refund without reason, asked, answered -> approve 20000.00 (C3, O2)")

owd_project("Alba Residencial", "marketing@grupoalba.es")
owd_project("Alba Outlet", "marketing@grupoalba.es")
owd_pay("pay_es3_321", "OWD-2025-321", "Alba Residencial", "deposit", "35000.00", "2025-09-26T10:00:00")
owd_pay("pay_es3_322", "OWD-2025-322", "Alba Outlet", "deposit", "28000.00", "2025-09-27T10:00:00")
one("owd-falta-proyecto-factura", OWD, "Marketing Grupo Alba <marketing@grupoalba.es>", "Anticipo",
    when("2025-09-28 11:00"),
    "Hola,\n\nQueremos que nos devolváis el anticipo que pagamos esta semana: el ayuntamiento nos ha denegado la "
    "licencia y el proyecto se queda parado indefinidamente.\n\nGracias,\nDepartamento de Marketing\nGrupo Alba\n",
    status="need_info", missing=["project_name", "invoice_number"],
    spec="C3: the sender is the contract email of two projects (Alba Residencial, Alba Outlet), each with a deposit, "
         "so neither project nor invoice can be filled from the ledger; the reason is given -> need_info "
         "[project_name, invoice_number].",
    line="deposit refund from a client with two projects, no project or invoice -> need_info")

owd_project("Reformas Quintana", "reformasquintana@reformasquintana.es", "2025-09-01T10:00:00")
owd_pay("pay_es3_323", "OWD-2025-323", "Reformas Quintana", "milestone", "26000.00", "2025-09-10T10:00:00", milestone_status="completed")
one("owd-abogado", OWD, "Reformas Quintana <reformasquintana@reformasquintana.es>",
    "RECLAMACIÓN factura OWD-2025-323", when("2025-09-25 20:00"),
    "A quien corresponda:\n\nLa web de Reformas Quintana que nos entregasteis tiene fallos en el formulario y no nos "
    "llegan los presupuestos. Exijo la devolución de la factura OWD-2025-323. De no recibir respuesta en 48 horas, "
    "pondré el asunto en manos de mi abogado y presentaré una reclamación ante Consumo.\n\nJuan Quintana\n",
    status="decided", rules=["C4"], decisions=[R("escalate")],
    spec="C4: lawyer ('mi abogado') and consumer-authority complaint -> escalate, whatever O3 would say for the "
         "completed milestone.",
    line="completed milestone + lawyer / consumer complaint threat -> escalate (C4)")

one("owd-rebote", OWD, "Mail Delivery Subsystem <MAILER-DAEMON@mail.huellasvet.es>",
    "Notificación de estado de entrega (error)", when("2025-09-25 06:00"),
    "No se ha podido entregar el mensaje a reembolsos@huellasvet.es.\n\nMotivo: 550 5.1.1 La cuenta de correo "
    "no existe.\n\n--- Mensaje original ---\nAsunto: Re: Solicitud de reembolso [OWD-2201]\n",
    headers={"Auto-Submitted": "auto-replied"},
    status="ignore", rules=["C7"],
    spec="C7: MAILER-DAEMON sender (delivery failure) -> ignore.",
    line="MAILER-DAEMON bounce in Spanish -> ignore (C7)")

lo_customer("beatriz.lara@laraconsulting.es", "Beatriz Lara", "monthly", cps="2025-09-14", cpe="2025-10-13")
lo_pay("pay_es3_129", "LO-INV-71129", "beatriz.lara@laraconsulting.es", "monthly", "1499.00", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
one("owd-cliente-de-otra-marca", OWD, "Beatriz Lara <beatriz.lara@laraconsulting.es>", "Cancelar suscripción",
    when("2025-09-27 10:00"),
    "Hola, quiero cancelar mi suscripción mensual de LeadsOptima, ya no la uso para captar clientes. "
    "Gracias,\nBeatriz Lara\n",
    status="need_info", rules=["C2"],
    spec="Section 8 'The other brand's customer': C1 picks Optima WebDesign by the To address; the ledger is searched "
         "in that brand only, where the sender has no project -> unknown sender (C2, C3).",
    line="LeadsOptima customer writes to the Optima mailbox -> need_info (C2)")

owd_project("Librería El Faro", "libreria@elfaro-libros.es", "2025-07-10T10:00:00")
owd_pay("pay_es3_324", "OWD-2025-324", "Librería El Faro", "change_request", "9500.00", "2025-09-12T10:00:00")
one("owd-cambio-alcance", OWD, "Librería El Faro <libreria@elfaro-libros.es>", "devolución cambio agenda de eventos",
    when("2025-09-22 18:00"),
    "Buenas,\n\nEn septiembre pedimos un cambio fuera de presupuesto para añadir una agenda de eventos a la web de "
    "Librería El Faro y lo pagamos aparte (OWD-2025-324). Al final apenas hacemos presentaciones, casi no la vamos "
    "a usar, así que nos gustaría que nos reembolsarais ese importe.\n\nGracias,\nTere\n",
    status="decided", decisions=[R("deny")],
    spec="O6: kind change_request (outside the original scope) is never refundable -> deny.",
    line="change request outside scope -> deny (O6)")

owd_project("Agencia de Viajes Rumbo Sur", "reservas@rumbosurviajes.es", "2025-02-01T10:00:00")
owd_pay("pay_es3_325", "OWD-2025-325", "Agencia de Viajes Rumbo Sur", "retainer", "12000.00", "2025-09-20T09:00:00",
        period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00")
one("owd-reenvio-gmail-propio", OWD, "Rumbo Sur Viajes <reservas@rumbosurviajes.es>",
    "Fwd: Cancelación retainer Rumbo Sur", when("2025-09-30 11:30"),
    "Os reenvío lo que mandé la semana pasada a otra dirección vuestra; nadie me ha contestado.\n\n"
    "---------- Mensaje reenviado ---------\n"
    "De: Rumbo Sur Viajes <reservas@rumbosurviajes.es>\n"
    "Date: mar, 23 sept 2025 a las 10:12\n"
    "Subject: Cancelación retainer Rumbo Sur\n"
    "To: <hola@optimawebdesign-estudio.es>\n\n"
    "Hola,\nqueremos cancelar el retainer mensual del proyecto Agencia de Viajes Rumbo Sur (factura OWD-2025-325). "
    "Hemos fusionado la agencia con otra y la web pasa a la de ellos.\nGracias,\nNoelia\n",
    status="decided", decisions=[C("cancel", "2025-10-19")],
    spec="Section 8 forwards: a Gmail forward from the contract email itself, read for the request it carries. "
         "Request time is this email's Date (2025-09-30), not the forwarded one. O4: next_billing_at 2025-10-20, "
         "2025-10-20 - 7 = 2025-10-13 >= 2025-09-30 -> cancel, effective 2025-10-19.",
    line="Gmail 'Mensaje reenviado' of the client's own earlier retainer cancellation -> cancel until 2025-10-19")

owd_project("Bodega Viña Alta", "enoturismo@vinaalta.es")
owd_pay("pay_es3_326", "OWD-2025-326", "Bodega Viña Alta", "retainer", "16000.00", "2025-09-10T09:00:00",
        period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T09:00:00")
one("owd-cancelar-sin-motivo", OWD, "Enoturismo Viña Alta <enoturismo@vinaalta.es>",
    "Cancelar retainer Bodega Viña Alta OWD-2025-326", when("2025-09-24 10:00"),
    "Buenos días,\n\npor favor, cancelad el retainer mensual del proyecto Bodega Viña Alta (OWD-2025-326).\n\n"
    "Saludos,\n\nCarlos Peña\nResponsable de Enoturismo\nBodega Viña Alta · D.O. Ribera del Duero\n"
    "AVISO LEGAL: Este mensaje es confidencial. Si lo ha recibido por error, bórrelo.\n",
    status="need_info", missing=["reason"],
    spec="Section 8 'What a reason is': Optima requires a reason for cancellations too; restating the request, a "
         "signature and a disclaimer are not reasons -> need_info [reason].",
    line="retainer cancellation with only a signature and disclaimer -> need_info [reason]")

# ---------------------------------------------------------------- write
if __name__ == "__main__":
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    invs = [p["invoice"] for p in payments]
    assert len(invs) == len(set(invs))
    (HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects, "payments": payments},
                                                 ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = [f"- `{c['id']}` ({c['brand']}): {c['status']} — {c.pop('_line')}" for c in cases]
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    if "--list" in sys.argv:  # the README's case list
        print("\n".join(lines))
    else:
        print(len(cases), "cases")
