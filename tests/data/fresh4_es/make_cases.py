"""Fresh held-out round 4, Spanish (es): writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (no product code read). Stdlib only, deterministic.
Licence: MIT, like the project. All text written for this project.
Run: python3 make_cases.py
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
import zlib


def hash_stable(text: str) -> int:
    return zlib.crc32(text.encode()) * 65537

HERE = Path(__file__).resolve().parent
LANG = "es"
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"


def tz(h: int, m: int = 0) -> timezone:
    return timezone(timedelta(hours=h, minutes=m if h >= 0 else -m))


ES, CAN, MX, AR, CO, CL, PE, UY, VE, CR, EC, DO = (tz(2), tz(1), tz(-6), tz(-3), tz(-5), tz(-3), tz(-5),
                                                  tz(-3), tz(-4), tz(-6), tz(-5), tz(-4))

customers: list[dict] = []
projects: list[dict] = []
payments: list[dict] = []
cases: list[dict] = []
EMAILS: dict[str, bytes] = {}


# ---------------------------------------------------------------- ledger helpers
def lo_customer(email, name, plan, status="active", cps=None, cpe=None, trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": cps, "current_period_end": cpe})


def lo_pay(num, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    payments.append({"brand": "leadsoptima", "id": f"pay_es_{num}", "invoice": f"LO-INV-{num}",
                     "customer_email": email, "kind": "subscription", "plan": plan, "amount": amount,
                     "tax": tax, "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                     "status": status})


def owd_project(name, email, work_started_at=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": work_started_at})


def owd_pay(num, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
            next_billing_at=None, ps=None, pe=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": f"pay_es_owd_{num}", "invoice": f"OWD-2025-{num}",
                     "project": project, "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                     "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


# ---------------------------------------------------------------- email helpers
CLIENTS = {
    "gmail": ({}, "mail.gmail.com"),
    "gmail_android": ({}, "mail.gmail.com"),
    "outlook": ({"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": None, "Content-Language": "es-ES"},
                "EUR03.prod.outlook.com"),
    "outlook_web": ({"X-MS-Has-Attach": "", "Content-Language": "es-MX"}, "BY5PR11MB.namprd11.prod.outlook.com"),
    "apple": ({"X-Mailer": "Apple Mail (2.3826.600.51.1.1)"}, "icloud.com"),
    "iphone": ({"X-Mailer": "iPhone Mail (22G86)"}, "icloud.com"),
    "thunderbird": ({"User-Agent": "Mozilla Thunderbird"}, "fibertel.com.ar"),
    "yahoo": ({"X-Mailer": "WebService/1.1.24425 YMailNorrin"}, "mail.yahoo.com"),
}


def msgid(case_id: str, n: int, domain: str) -> str:
    return f"<{case_id.replace('-', '')}.{n}.20250930@{domain}>"


def mail(case_id, n, frm, to, subject, when, body=None, html=None, client="gmail", extra=None,
         reply_to_id=None, references=None, reply_to=None):
    hdrs, domain = CLIENTS[client]
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    mid = msgid(case_id, n, domain)
    m["Message-ID"] = mid
    if reply_to:
        m["Reply-To"] = reply_to
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = " ".join(references or [reply_to_id])
    for k, v in hdrs.items():
        m[k] = subject if v is None else v
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    if body is not None and html is not None:
        m.set_content(body)
        m.add_alternative(html, subtype="html")
        # a fixed, Gmail-like boundary keeps the output deterministic
        m.set_boundary("000000000000" + format(abs(hash_stable(case_id)) % 16**16, "016x"))
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
    name = f"emails/{case_id.split('-', 1)[1]}{'' if n == 1 else f'-{n}'}.eml"
    EMAILS[name] = bytes(m)
    return name, mid


def raw(case_id, text):
    name = f"emails/{case_id.split('-', 1)[1]}.eml"
    EMAILS[name] = text.replace("\n", "\r\n").encode("utf-8")
    return name


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    c = {"id": cid, "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(intent, outcome, amount=None, effective_date=None):
    r = {"intent": intent, "outcome": outcome}
    if amount is not None:
        r["amount"] = amount
    if effective_date is not None:
        r["effective_date"] = effective_date
    return r


def ist_day(when: datetime) -> str:
    return when.astimezone(IST).date().isoformat()


def days(paid_local: str, when: datetime) -> int:
    return (when.astimezone(IST).date() - datetime.fromisoformat(paid_local).date()).days


def hours(paid_local: str, when: datetime) -> float:
    return (when - datetime.fromisoformat(paid_local).replace(tzinfo=IST)).total_seconds() / 3600


def dt(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


SIG_DISCLAIMER = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su "
                  "destinatario y pueden contener información confidencial. Si usted no es el destinatario "
                  "indicado, queda notificado de que la lectura, utilización, divulgación y/o copia sin "
                  "autorización está prohibida. Antes de imprimir este correo, piense en el medio ambiente.")

# ================================================================= LeadsOptima
# l01: duplicate charge, Mexico, short Gmail mobile mail, sloppy invoice reference
c = "es-l01-doble-cobro-mx"
lo_customer("mariana.lopez.mx@gmail.com", "Mariana López", "monthly", cps="2025-09-20", cpe="2025-10-19")
lo_pay(74101, "mariana.lopez.mx@gmail.com", "monthly", "1499.00", "269.82", "2025-09-20T10:02:00", "2025-09-20", "2025-10-19")
lo_pay(74102, "mariana.lopez.mx@gmail.com", "monthly", "1499.00", "269.82", "2025-09-20T10:05:00", "2025-09-20", "2025-10-19")
w = dt(2025, 9, 22, 9, 40, MX)
assert days("2025-09-20", w) == 2
f, _ = mail(c, 1, "Mariana López <mariana.lopez.mx@gmail.com>", LO, "cobro doble!!", w, client="gmail_android", body=(
    "Hola buenas\n\nme cobraron 2 veces la mensualidad 😩 el cargo de $1,499 aparece doble en mi tarjeta, "
    "mismo dia con 3 min de diferencia. la factura del segundo es lo inv 74102\n\nme lo regresan porfa?\n"
    "gracias\nMariana\n\nEnviado desde mi Galaxy"))
case(c, [f], "leadsoptima", "decided", [d("refund", "approve", "1499.00")],
     spec="L2 duplicate_payment ('me cobraron 2 veces'); two paid monthly charges 1499.00 on 2025-09-20, same period "
          "2025-09-20..2025-10-19; request 2025-09-22 IST = day 2 <= 7 (L3); L4 approve the duplicate's amount before "
          "tax = 1499.00 (C6). 'lo inv 74102' is LO-INV-74102 (section 8, invoice references).")

# l02: duplicate, Spain, day 7 in Madrid but day 8 in the brand's zone
c = "es-l02-duplicado-dia8-zona"
lo_customer("alvaro.martin@telefonica.net", "Álvaro Martín", "annual", cps="2025-09-15", cpe="2026-09-14")
lo_pay(74111, "alvaro.martin@telefonica.net", "annual", "11988.00", "2157.84", "2025-09-15T12:00:00", "2025-09-15", "2026-09-14")
lo_pay(74112, "alvaro.martin@telefonica.net", "annual", "11988.00", "2157.84", "2025-09-15T12:01:30", "2025-09-15", "2026-09-14")
w = dt(2025, 9, 22, 21, 15, ES)
assert days("2025-09-15", w) == 8
f, _ = mail(c, 1, "Álvaro Martín Sanz <alvaro.martin@telefonica.net>", LO, "Cargo duplicado en la suscripción anual", w,
            client="outlook", body=(
    "Buenas noches:\n\nRevisando el extracto de la tarjeta he detectado un cargo duplicado de la suscripción anual: "
    "el 15 de septiembre me cobraron dos veces 11.988 rupias (unos 116 € cada uno, más impuestos). "
    "La segunda factura es la LO-INV-74112.\n\nLes agradecería que me devolvieran el importe duplicado.\n\n"
    "Un saludo,\nÁlvaro Martín Sanz\nTel. 612 44 87 90\n"))
case(c, [f], "leadsoptima", "decided", [d("refund", "deny")],
     spec="Section 1: windows count calendar dates in the brand's zone (Asia/Kolkata). Charge 2025-09-15 = day 0; "
          "Date: Mon 22 Sep 2025 21:15 +0200 = 2025-09-23 00:45 IST = day 8 > 7: L3 deny, although it is day 7 in Madrid.")

# l03: duplicate, Argentina, exactly day 7
c = "es-l03-debito-doble-dia7-ar"
lo_customer("pablo.giordano@fibertel.com.ar", "Pablo Giordano", "quarterly", cps="2025-09-16", cpe="2025-12-15")
lo_pay(74121, "pablo.giordano@fibertel.com.ar", "quarterly", "3999.00", "719.82", "2025-09-16T09:00:00", "2025-09-16", "2025-12-15")
lo_pay(74122, "pablo.giordano@fibertel.com.ar", "quarterly", "3999.00", "719.82", "2025-09-16T09:00:40", "2025-09-16", "2025-12-15")
w = dt(2025, 9, 23, 10, 0, AR)
assert days("2025-09-16", w) == 7
f, _ = mail(c, 1, "Pablo Giordano <pablo.giordano@fibertel.com.ar>", LO, "Me debitaron dos veces el trimestral", w,
            client="thunderbird", body=(
    "Hola, ¿qué tal?\n\nLes escribo porque me debitaron dos veces el plan trimestral el martes 16. Fíjense que en "
    "el resumen de la tarjeta figuran dos débitos iguales, uno atrás del otro (facturas LO-INV-74121 y "
    "LO-INV-74122). Obviamente pagué una sola vez, así que les pido que me devuelvan el segundo.\n\n"
    "Desde ya, muchas gracias.\n\n-- \nPablo Giordano\nRosario, Santa Fe\n"))
case(c, [f], "leadsoptima", "decided", [d("refund", "approve", "3999.00")],
     spec="L2 duplicate_payment ('me debitaron dos veces'); two paid charges 3999.00 on 2025-09-16, same period; Date "
          "23 Sep 10:00 -0300 = 2025-09-23 18:30 IST = day 7, inside (L3 'day 7 is inside'); L4 approve 3999.00.")

# l04: three identical charges, Colombia
c = "es-l04-tres-cobros-co"
lo_customer("valentina.rios.co@outlook.com", "Valentina Ríos", "monthly", cps="2025-09-25", cpe="2025-10-24")
for n, t in ((74131, "08:10"), (74132, "08:11"), (74133, "08:13")):
    lo_pay(n, "valentina.rios.co@outlook.com", "monthly", "999.00", "179.82", f"2025-09-25T{t}:00", "2025-09-25", "2025-10-24")
w = dt(2025, 9, 26, 7, 30, CO)
f, _ = mail(c, 1, "Valentina Ríos <valentina.rios.co@outlook.com>", LO, "Tres cobros iguales", w, client="outlook_web", body=(
    "Buenos días,\n\nMe llegaron tres notificaciones del banco por el mismo valor ($999 cada una) de LeadsOptima, "
    "con un minuto de diferencia. Solo tengo una cuenta y un plan mensual. Les pido el reintegro de los dos cobros "
    "de más: LO-INV-74132 y LO-INV-74133.\n\nQuedo pendiente,\nValentina Ríos\nMedellín"))
case(c, [f], "leadsoptima", "decided", [d("refund", "approve", "1998.00")],
     spec="Section 8 'three or more identical charges': every charge after the first is a duplicate; all three on "
          "2025-09-25, request 2025-09-26 IST = day 1; refund = 999.00 + 999.00 = 1998.00 (L4, C6).")

# l05: changed mind, Chile -> L1 deny
c = "es-l05-arrepentida-cl"
lo_customer("camila.soto.v@gmail.com", "Camila Soto", "annual", cps="2025-09-24", cpe="2026-09-23")
lo_pay(74141, "camila.soto.v@gmail.com", "annual", "11988.00", "2157.84", "2025-09-24T14:00:00", "2025-09-24", "2026-09-23")
w = dt(2025, 9, 27, 11, 20, CL)
f, _ = mail(c, 1, "Camila Soto <camila.soto.v@gmail.com>", LO, "devolución plan anual", w, body=(
    "Hola!\n\nPagué el plan anual el miércoles (LO-INV-74141) pero al final en la pega decidimos quedarnos con otra "
    "herramienta que ya usaba el equipo de ventas, así que me arrepentí po. Necesito que me devuelvan la plata "
    "altiro, no alcancé ni a configurar nada.\n\nSaludos\nCami"))
case(c, [f], "leadsoptima", "decided", [d("refund", "deny")],
     spec="L1: changed mind / did not use it is not an exception reason (L2), so the refund is deny (cancellation "
          "offered in the reply, not decided); inside 7 days does not matter.")

# l06: wrong plan charged, Peru -> L5 escalate
c = "es-l06-plan-equivocado-pe"
lo_customer("luis.quispe.h@yahoo.com", "Luis Quispe", "quarterly", cps="2025-09-26", cpe="2025-12-25")
lo_pay(74151, "luis.quispe.h@yahoo.com", "quarterly", "3999.00", "719.82", "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
w = dt(2025, 9, 27, 9, 0, PE)
f, _ = mail(c, 1, "LUIS QUISPE HUAMAN <luis.quispe.h@yahoo.com>", LO, "Cobro incorrecto", w, client="yahoo", body=(
    "Señores LeadsOptima:\n\nMe han cobrado el plan trimestral (factura LO-INV-74151) cuando yo tengo el plan mensual, "
    "nunca cambié de plan ni autoricé ese monto. Solicito la devolución de ese cobro.\n\nAtte.\nLuis Quispe Huamán\n"
    "Arequipa - Perú"))
case(c, [f], "leadsoptima", "decided", [d("refund", "escalate")],
     spec="L2 billing_error ('charged for the wrong plan'); charge 2025-09-26, request 2025-09-27 IST = day 1 (L3); "
          "L5 escalate, a human verifies the error (the ledger's plan is not trusted over the claim, nor the claim over it).")

# l07: access failure, Spain, long rambling, HTML-only Apple Mail -> L6 escalate
c = "es-l07-sin-acceso-html"
lo_customer("nerea.etxeberria@euskaltel.net", "Nerea Etxeberria", "monthly", cps="2025-09-21", cpe="2025-10-20")
lo_pay(74161, "nerea.etxeberria@euskaltel.net", "monthly", "1499.00", "269.82", "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")
w = dt(2025, 9, 24, 10, 5, ES)
f, _ = mail(c, 1, "Nerea Etxeberria <nerea.etxeberria@euskaltel.net>", LO, "No puedo entrar desde el domingo", w,
            client="apple", html=(
    "<html><body><div>Hola, buenos días:</div><div><br></div><div>A ver si me podéis ayudar porque ya no sé qué más "
    "hacer. El domingo se renovó la mensualidad (LO-INV-74161) y desde ese mismo día no puedo iniciar sesión en la "
    "plataforma: meto el usuario y la contraseña, se queda cargando un rato y al final sale una pantalla en blanco con "
    "un &quot;error 500&quot;. He probado con Chrome, con Safari, desde el móvil, borrando cookies, cambiando la "
    "contraseña... nada. También escribí al chat el lunes y me dijeron que lo pasaban a técnico, pero nadie me ha "
    "vuelto a decir nada.</div><div><br></div><div>Yo tengo las campañas paradas y así no puedo trabajar, así que si "
    "no lo podéis arreglar os pido que me devolváis lo de este mes.</div><div><br></div><div>Gracias,</div>"
    "<div>Nerea</div><div><br></div><div style=\"color:#888\">Nerea Etxeberria · Diseño gráfico · Donostia</div>"
    "</body></html>"))
case(c, [f], "leadsoptima", "decided", [d("refund", "escalate")],
     spec="L2 access_failure ('no puedo iniciar sesión', no access since renewal); charge 2025-09-21, request 2025-09-24 "
          "IST = day 3 (L3); L6 escalate (must be verified and unresolved by support).")

# l08: access failure outside the window, Uruguay -> L3 deny
c = "es-l08-sin-acceso-fuera-plazo-uy"
lo_customer("martin.pereyra@adinet.com.uy", "Martín Pereyra", "monthly", cps="2025-09-05", cpe="2025-10-04")
lo_pay(74171, "martin.pereyra@adinet.com.uy", "monthly", "1499.00", "269.82", "2025-09-05T11:00:00", "2025-09-05", "2025-10-04")
w = dt(2025, 9, 20, 16, 45, UY)
assert days("2025-09-05", w) == 16
f, _ = mail(c, 1, "Martin Pereyra <martin.pereyra@adinet.com.uy>", LO, "no puedo loguearme", w, body=(
    "buenas, hace dos semanas que no puedo loguearme, me dice usuario bloqueado. pague el 5 de setiembre "
    "(LO-INV-74171) y no lo pude usar nada, quiero que me devuelvan ese mes.\nmartin"))
case(c, [f], "leadsoptima", "decided", [d("refund", "deny")],
     spec="L2 access_failure, but charge 2025-09-05 and request 2025-09-21 01:15 IST (Sat 20 Sep 16:45 -0300) = day 16 "
          "> 7: L3 deny citing the 7-day rule.")

# l09: plain cancellation from iPhone, Spain
c = "es-l09-baja-iphone"
lo_customer("rocio.gil.p@icloud.com", "Rocío Gil", "quarterly", cps="2025-09-01", cpe="2025-11-30")
lo_pay(74181, "rocio.gil.p@icloud.com", "quarterly", "3999.00", "719.82", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
w = dt(2025, 9, 28, 23, 10, ES)
f, _ = mail(c, 1, "Rocío Gil <rocio.gil.p@icloud.com>", LO, "Baja", w, client="iphone", body=(
    "Hola, quiero darme de baja del plan trimestral. Gracias\n\nEnviado desde mi iPhone"))
case(c, [f], "leadsoptima", "decided", [d("cancellation", "cancel", effective_date="2025-11-30")],
     spec="L8 cancel; verified sender (section 1, sender's address counts); effective_date = current_period_end "
          "2025-11-30; the missing reason does not hold a cancellation up (section 3).")

# l10: negation + cancel, L8 fallback (no current_period_end), Mexico
c = "es-l10-no-quiero-reembolso"
lo_customer("diego.herrera.g@hotmail.com", "Diego Herrera", "monthly")
lo_pay(74191, "diego.herrera.g@hotmail.com", "monthly", "1499.00", "269.82", "2025-08-12T10:00:00")
lo_pay(74192, "diego.herrera.g@hotmail.com", "monthly", "1499.00", "269.82", "2025-09-12T10:00:00")
w = dt(2025, 9, 25, 12, 30, MX)
f, _ = mail(c, 1, "Diego Herrera <diego.herrera.g@hotmail.com>", LO, "Cancelar suscripción", w, client="outlook_web", body=(
    "Qué tal,\n\nNo quiero reembolso ni nada, nomás cancelen mi suscripción por favor. Cerramos el negocio y ya no "
    "la vamos a ocupar.\n\nSaludos,\nDiego Herrera G."))
case(c, [f], "leadsoptima", "decided", [d("cancellation", "cancel", effective_date="2025-10-11")],
     spec="Section 8 negation: 'No quiero reembolso' adds no refund intent. L8 cancel; no current_period_end in the "
          "ledger, so last charge 2025-09-12 + 1 month - 1 day = 2025-10-11.")

# l11: free trial refund -> L7 deny
c = "es-l11-prueba-gratis"
lo_customer("sofia.benitez.py@gmail.com", "Sofía Benítez", "monthly", status="trial", trial_ends="2025-10-06")
w = dt(2025, 9, 29, 15, 0, tz(-3))
f, _ = mail(c, 1, "Sofía Benítez <sofia.benitez.py@gmail.com>", LO, "reembolso", w, body=(
    "Hola, estoy usando la prueba gratuita pero la verdad no me convenció la herramienta. Quiero que me devuelvan "
    "lo que se haya cobrado, no quiero seguir.\n\nSofía (Asunción)"))
case(c, [f], "leadsoptima", "decided", [d("refund", "deny")], extra_ok=True,
     spec="L7: the account is on a free trial (status trial, trial_ends 2025-10-06) and has no charges: deny, nothing to "
          "refund (the reason 'no me convenció' is not an L2 exception either, L1). 'no quiero seguir' may add a "
          "cancellation, hence extra_ok.",
     ambiguous="A refund needs an invoice number (section 3) and a trial account has none; a bot could ask for it "
               "(need_info) instead of applying L7 directly.")

# l12: C2, writes from a personal address naming the registered one
c = "es-l12-otra-direccion"
lo_customer("juan.perez@constructoraperez.com.mx", "Juan Pérez", "monthly", cps="2025-09-10", cpe="2025-10-09")
lo_pay(74201, "juan.perez@constructoraperez.com.mx", "monthly", "1499.00", "269.82", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
w = dt(2025, 9, 26, 18, 5, MX)
f, _ = mail(c, 1, "Juan Perez <jperez_77@hotmail.com>", LO, "cancelar cuenta", w, client="outlook_web", body=(
    "Buenas tardes, les escribo desde mi correo personal porque el de la empresa no me abre. Quiero cancelar la "
    "cuenta registrada con juan.perez@constructoraperez.com.mx, plan mensual. Ya no la usamos.\n\nJuan Pérez"))
case(c, [f], "leadsoptima", "need_info", rules=["C2"],
     spec="C2: the sender jperez_77@hotmail.com is not the registered email it names; the draft asks to write from "
          "the address on record and says nothing about the account (section 5 example 5).")

# l13a / l13b: refund without a reason, then the reason in a reply
lo_customer("andres.castillo.ve@gmail.com", "Andrés Castillo", "monthly", cps="2025-09-27", cpe="2025-10-26")
lo_pay(74211, "andres.castillo.ve@gmail.com", "monthly", "1499.00", "269.82", "2025-09-27T16:00:00", "2025-09-27", "2025-10-26")
lo_pay(74212, "andres.castillo.ve@gmail.com", "monthly", "1499.00", "269.82", "2025-09-27T16:02:00", "2025-09-27", "2025-10-26")
w1 = dt(2025, 9, 28, 20, 0, VE)
w2 = dt(2025, 9, 29, 8, 15, VE)
c = "es-l13-sin-motivo"
f1, mid1 = mail(c, 1, "Andrés Castillo <andres.castillo.ve@gmail.com>", LO, "Solicitud de reembolso", w1, body=(
    "Buenas noches,\n\nPor medio de la presente solicito el reembolso de la factura LO-INV-74212.\n\nQuedo atento.\n\n"
    "Saludos cordiales,\nAndrés Castillo\nCaracas, Venezuela"))
case("es-l13a-sin-motivo", [f1], "leadsoptima", "need_info", missing=["reason"],
     spec="C3: refund needs plan, reason, invoice (section 3); plan filled from the ledger for the verified sender, "
          "invoice given; 'solicito el reembolso' restates the request and the signature is no reason (section 8): "
          "missing = [reason].")
bot_reply = "<LO-reply-es-l13@leadsoptima.com>"
f2, _ = mail(c, 2, "Andrés Castillo <andres.castillo.ve@gmail.com>", LO, "Re: Solicitud de reembolso", w2,
             reply_to_id=bot_reply, references=[mid1, bot_reply], body=(
    "Buenos días, disculpen. El motivo es que el cobro salió duplicado: tengo dos cargos de 1.499 del mismo día "
    "27/09 en la tarjeta.\n\nAndrés\n\nEl dom, 28 sept 2025 a las 20:00, Andrés Castillo escribió:\n"
    "> Por medio de la presente solicito el reembolso de la factura LO-INV-74212."))
case("es-l13b-motivo-en-respuesta", [f1, f2], "leadsoptima", "decided", [d("refund", "approve", "1499.00")],
     spec="C3: the answer (In-Reply-To/References) joins the case; reason duplicate_payment ('cobro salió duplicado'); "
          "two paid 1499.00 charges 2025-09-27 same period; request time is the first email, 2025-09-29 05:30 IST = "
          "day 2 (L3); L4 approve the duplicate LO-INV-74212 = 1499.00.")

# l14: angry, duplicate + PROFECO + contracargo -> C4 escalate
c = "es-l14-profeco-contracargo"
lo_customer("gabriela.nunez@prodigy.net.mx", "Gabriela Núñez", "monthly", cps="2025-09-23", cpe="2025-10-22")
lo_pay(74221, "gabriela.nunez@prodigy.net.mx", "monthly", "1499.00", "269.82", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lo_pay(74222, "gabriela.nunez@prodigy.net.mx", "monthly", "1499.00", "269.82", "2025-09-23T10:01:00", "2025-09-23", "2025-10-22")
w = dt(2025, 9, 25, 13, 47, MX)
f, _ = mail(c, 1, "Gabriela Nuñez <gabriela.nunez@prodigy.net.mx>", LO, "YA ES EL COLMO - COBRO DOBLE", w, body=(
    "YA ES EL COLMO. Les escribí por el chat DOS VECES y nadie me contesta. Me cobraron doble la mensualidad "
    "(LO-INV-74221 y LO-INV-74222) y quiero mi dinero de vuelta YA.\n\nSi para el viernes no me regresan el cobro "
    "duplicado voy a poner una queja en PROFECO y a pedir el contracargo a mi banco. Así de fácil.\n\nGabriela Núñez"))
case(c, [f], "leadsoptima", "decided", [d("refund", "escalate")], rules=["C4"],
     spec="C4: a chargeback threat ('pedir el contracargo a mi banco') and a consumer-protection agency (PROFECO) "
          "escalate the case although L4 alone would approve; escalations carry no amount (section 8).")

# l15: out-of-office auto-reply -> C7
c = "es-l15-fuera-oficina"
w = dt(2025, 9, 29, 9, 1, CO)
f, _ = mail(c, 1, "Carlos Méndez <carlos.mendez@transportesandinos.com.co>", LO,
            "Respuesta automática: Re: Tu factura de LeadsOptima", w, client="outlook",
            extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, body=(
    "Cordial saludo,\n\nEstaré fuera de la oficina hasta el lunes 6 de octubre sin acceso al correo. Para temas de "
    "facturación y pagos escriba a tesoreria@transportesandinos.com.co.\n\nCarlos Méndez\nJefe de Compras"))
case(c, [f], "leadsoptima", "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied (RFC 3834) is ignored and never answered.")

# l16: hypothetical before buying -> other
c = "es-l16-hipotetica"
w = dt(2025, 9, 24, 17, 20, ES)
f, _ = mail(c, 1, "Inés Valdés <ines.valdes.marketing@gmail.com>", LO, "Duda antes de contratar", w, body=(
    "Hola,\n\nEstoy valorando contratar el plan anual para mi agencia. Si después de un par de semanas vemos que no "
    "nos encaja, ¿nos devolveríais el dinero? ¿Y se puede pagar trimestral primero para probar?\n\nGracias,\nInés"))
case(c, [f], "leadsoptima", "other",
     spec="Section 8: a hypothetical before buying ('¿nos devolveríais el dinero?') is a policy question, not a request: "
          "other (nothing else is asked).")

# l17: how-to question from a customer -> other
c = "es-l17-cambiar-tarjeta"
lo_customer("hector.salinas.r@gmail.com", "Héctor Salinas", "annual", cps="2025-03-14", cpe="2026-03-13")
lo_pay(74231, "hector.salinas.r@gmail.com", "annual", "11988.00", "2157.84", "2025-03-14T10:00:00", "2025-03-14", "2026-03-13")
w = dt(2025, 9, 30, 11, 0, EC)
f, _ = mail(c, 1, "Héctor Salinas <hector.salinas.r@gmail.com>", LO, "cambio de tarjeta", w, body=(
    "Hola, mi tarjeta vence en octubre. ¿Dónde cambio el método de pago para la próxima renovación? No encuentro la "
    "opción en el panel. Y de paso, ¿cómo descargo las facturas en PDF?\n\nGracias\nHéctor"))
case(c, [f], "leadsoptima", "other",
     spec="Section 1 outcome 'other': a how-to question that is neither a refund nor a cancellation.")

# l18: past event, cancelled before and charged anyway -> L5 escalate, no new cancellation
c = "es-l18-cancele-y-cobraron"
lo_customer("beatriz.ortega.l@gmail.com", "Beatriz Ortega", "monthly", status="cancelled", cps="2025-09-20", cpe="2025-10-19")
lo_pay(74241, "beatriz.ortega.l@gmail.com", "monthly", "1499.00", "269.82", "2025-08-20T10:00:00", "2025-08-20", "2025-09-19")
lo_pay(74242, "beatriz.ortega.l@gmail.com", "monthly", "1499.00", "269.82", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
w = dt(2025, 9, 23, 19, 40, ES)
f, _ = mail(c, 1, "Beatriz Ortega <beatriz.ortega.l@gmail.com>", LO, "Cobro después de cancelar", w, body=(
    "Hola:\n\nCancelé la suscripción el 14 de septiembre desde Facturación > Cancelar plan (tengo la captura) y aun "
    "así el día 20 me cobrasteis otra vez 1.499,00 (factura LO-INV-74242). Os pido que me devolváis ese cargo.\n\n"
    "Un saludo,\nBeatriz Ortega"))
case(c, [f], "leadsoptima", "decided", [d("refund", "escalate")],
     spec="L2 billing_error ('charged after I cancelled'); charge 2025-09-20, request 2025-09-23 IST = day 3; L5 escalate. "
          "'Cancelé el 14' is a past event, not a new cancellation request: no cancellation decision.")

# l19: duplicate + cancel, Costa Rica -> approve + cancel
c = "es-l19-doble-y-baja-cr"
lo_customer("ricardo.fuentes.cr@gmail.com", "Ricardo Fuentes", "monthly", cps="2025-09-29", cpe="2025-10-28")
lo_pay(74251, "ricardo.fuentes.cr@gmail.com", "monthly", "1499.00", "269.82", "2025-09-29T09:00:00", "2025-09-29", "2025-10-28")
lo_pay(74252, "ricardo.fuentes.cr@gmail.com", "monthly", "1499.00", "269.82", "2025-09-29T09:02:00", "2025-09-29", "2025-10-28")
w = dt(2025, 9, 30, 8, 0, CR)
f, _ = mail(c, 1, "Ricardo Fuentes <ricardo.fuentes.cr@gmail.com>", LO, "Cobro doble + cancelación", w, body=(
    "Pura vida,\n\nEste mes me cobraron doble la mensualidad, vienen dos cargos iguales (LO-INV-74251 y LO-INV-74252). "
    "Por favor devuélvanme el segundo. Y de una vez cancelen mi suscripción, no la voy a renovar el otro mes.\n\n"
    "Muchas gracias,\nRicardo"))
case(c, [f], "leadsoptima", "decided",
     [d("refund", "approve", "1499.00"), d("cancellation", "cancel", effective_date="2025-10-28")],
     spec="Both intents (section 1). Refund: duplicate pair 2025-09-29, request day 1, L4 approve 1499.00 (LO-INV-74252). "
          "Cancellation: L8 effective current_period_end 2025-10-28.")

# l20: long rambling, unused, outside window anyway -> deny
c = "es-l20-larga-no-lo-uso"
lo_customer("alicia.ramos.tf@gmail.com", "Alicia Ramos", "annual", cps="2025-09-10", cpe="2026-09-09")
lo_pay(74261, "alicia.ramos.tf@gmail.com", "annual", "11988.00", "2157.84", "2025-09-10T10:00:00", "2025-09-10", "2026-09-09")
w = dt(2025, 9, 25, 10, 30, CAN)
f, _ = mail(c, 1, "Alicia Ramos <alicia.ramos.tf@gmail.com>", LO, "Consulta sobre mi pago anual", w, body=(
    "Buenos días, les escribo desde Tenerife.\n\nLes cuento un poco la situación porque es un poco larga. Mi hijo me "
    "recomendó su programa para la tienda de ropa que tengo en La Laguna y me pareció buena idea, así que el día 10 "
    "pagué el plan anual (factura LO-INV-74261). El problema es que luego me puse a mirarlo con calma y es demasiado "
    "complicado para mí, yo no tengo tiempo de estar con campañas ni con automatizaciones, bastante tengo con la "
    "tienda y con mi madre que está mayor. La verdad es que no lo he usado casi nada, habré entrado dos veces.\n\n"
    "Entonces lo que les pido es que me devuelvan el dinero, o al menos la parte de los meses que no voy a usar, "
    "que me parece lo justo. Además me parece caro para lo que es.\n\nMuchas gracias y perdonen el rollo.\n"
    "Alicia Ramos\nModas Alicia"))
case(c, [f], "leadsoptima", "decided", [d("refund", "deny")],
     spec="L1: not used / too expensive / unused months are not exception reasons (L2), and no partial refunds for "
          "unused days (clause 2): deny; also day 15 (2025-09-10 -> 2025-09-25 IST) is outside L3.")

# l21: +tag address is another address -> C2
c = "es-l21-direccion-con-etiqueta"
lo_customer("lucas.moreno.d@gmail.com", "Lucas Moreno", "quarterly", cps="2025-08-01", cpe="2025-10-31")
lo_pay(74271, "lucas.moreno.d@gmail.com", "quarterly", "3999.00", "719.82", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
w = dt(2025, 9, 27, 12, 12, AR)
f, _ = mail(c, 1, "Lucas Moreno <lucas.moreno.d+leads@gmail.com>", LO, "Baja del servicio", w, body=(
    "Hola equipo, les pido la baja del plan trimestral a partir del próximo ciclo. Motivo: estamos recortando gastos "
    "este trimestre.\n\nAbrazo,\nLucas"))
case(c, [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Section 8 addresses: a +tag makes another address; lucas.moreno.d+leads@gmail.com is not on record, so C2 "
          "(write from the registered address), nothing about the account.")

# l22: mixed-case address of the customer on record -> verified, cancel
c = "es-l22-mayusculas-verificada"
lo_customer("elena.vidal.c@gmail.com", "Elena Vidal", "annual", cps="2025-03-05", cpe="2026-03-04")
lo_pay(74281, "elena.vidal.c@gmail.com", "annual", "11988.00", "2157.84", "2025-03-05T10:00:00", "2025-03-05", "2026-03-04")
w = dt(2025, 9, 29, 9, 55, ES)
f, _ = mail(c, 1, "Elena Vidal <Elena.Vidal.C@Gmail.com>", LO, "No renovar", w, client="apple", body=(
    "Hola,\n\nNo quiero que el plan anual se renueve en marzo, por favor cancelad la suscripción. Me jubilo a final "
    "de año y cierro la consulta.\n\nUn abrazo,\nElena"))
case(c, [f], "leadsoptima", "decided", [d("cancellation", "cancel", effective_date="2026-03-04")],
     spec="Section 8: addresses compare case-insensitively, so Elena.Vidal.C@Gmail.com is the registered email; L8 "
          "cancel, effective current_period_end 2026-03-04.")

# l23: Reply-To is the registered address, From is not -> C2
c = "es-l23-reply-to-no-verifica"
lo_customer("m.vidal@despachovidal.es", "Manuel Vidal", "monthly", cps="2025-09-26", cpe="2025-10-25")
lo_pay(74291, "m.vidal@despachovidal.es", "monthly", "1499.00", "269.82", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lo_pay(74292, "m.vidal@despachovidal.es", "monthly", "1499.00", "269.82", "2025-09-26T10:01:00", "2025-09-26", "2025-10-25")
w = dt(2025, 9, 29, 10, 40, ES)
f, _ = mail(c, 1, "Secretaría Despacho Vidal <secretaria@despachovidal.es>", LO, "Cargo duplicado - D. Manuel Vidal",
            w, client="outlook", reply_to="m.vidal@despachovidal.es", body=(
    "Estimados señores:\n\nEn nombre de D. Manuel Vidal les comunico que el pasado 26 de septiembre se le cargó dos "
    "veces la cuota mensual (LO-INV-74292 es el cargo repetido). Rogamos procedan a su devolución.\n\n"
    "Atentamente,\nSecretaría\nDespacho Vidal\n\n" + SIG_DISCLAIMER))
case(c, [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Section 8: the sender is the From address; Reply-To never verifies anyone. secretaria@ is not on record: C2.")

# l24: newsletter with List-Id -> C7
c = "es-l24-boletin"
w = dt(2025, 9, 30, 6, 0, ES)
f, _ = mail(c, 1, "Revista Marketing Hoy <boletin@marketinghoy.es>", LO, "Las 10 tendencias de captación de leads de octubre",
            w, extra={"List-Id": "Boletin Marketing Hoy <boletin.marketinghoy.es>", "Precedence": "bulk",
                      "List-Unsubscribe": "<mailto:baja@marketinghoy.es>"}, body=(
    "Hola,\n\nEste mes te traemos las 10 tendencias de captación de leads... ¿Quieres cancelar tu suscripción al "
    "boletín? Pulsa aquí para darte de baja.\n"))
case(c, [f], "leadsoptima", "ignore", rules=["C7"],
     spec="C7: List-Id and Precedence: bulk (mailing list), ignored; the 'cancelar tu suscripción' link text is not a request.")

# l25: Spanglish from Miami, invoice typed with a space
c = "es-l25-spanglish-miami"
lo_customer("carolina.vega.mia@gmail.com", "Carolina Vega", "monthly", cps="2025-09-24", cpe="2025-10-23")
lo_pay(74311, "carolina.vega.mia@gmail.com", "monthly", "1499.00", "269.82", "2025-09-24T20:00:00", "2025-09-24", "2025-10-23")
lo_pay(74312, "carolina.vega.mia@gmail.com", "monthly", "1499.00", "269.82", "2025-09-24T20:00:30", "2025-09-24", "2025-10-23")
w = dt(2025, 9, 29, 21, 30, tz(-4))
assert days("2025-09-24", w) == 6
f, _ = mail(c, 1, "Carolina Vega <carolina.vega.mia@gmail.com>", LO, "double charge en mi cuenta", w, client="iphone", body=(
    "Hi! Les escribo porque me hicieron un double charge este mes, dos cargos iguales el 24 :( el segundo es el "
    "LO-INV 74312. Pueden hacerme el refund de ese? Thanks!!\n\nCaro\n\nSent from my iPhone"))
case(c, [f], "leadsoptima", "decided", [d("refund", "approve", "1499.00")],
     spec="L2 duplicate_payment ('double charge', 'dos cargos iguales'); pair 2025-09-24 same period; Date Mon 29 Sep "
          "21:30 -0400 = 2025-09-30 07:00 IST = day 6 (L3); L4 approve 1499.00. 'LO-INV 74312' is LO-INV-74312 (section 8).")

# ================================================================= Optima WebDesign
# o01: deposit within 72 h, no work -> approve; formal Outlook with disclaimer
c = "es-o01-anticipo-48h"
owd_project("Tienda Aurora", "compras@aurora-moda.es")
owd_pay(701, "Tienda Aurora", "deposit", "35000.00", "6300.00", "2025-09-22T11:00:00")
w = dt(2025, 9, 24, 8, 0, ES)
assert 48 < hours("2025-09-22T11:00:00", w) < 49
f, _ = mail(c, 1, "Departamento de Compras - Aurora Moda <compras@aurora-moda.es>", OWD,
            "Solicitud de reembolso — Tienda Aurora / OWD-2025-701", w, client="outlook", body=(
    "Estimados señores:\n\nNos ponemos en contacto con ustedes en relación con el proyecto «Tienda Aurora», cuyo "
    "anticipo abonamos el pasado lunes 22 (factura OWD-2025-701, 35.000,00 INR + IVA).\n\nLa dirección ha decidido "
    "aplazar indefinidamente el lanzamiento de la tienda online por una reestructuración interna, por lo que les "
    "solicitamos la devolución íntegra del anticipo. Según nos consta, todavía no se ha iniciado ningún trabajo.\n\n"
    "Quedamos a la espera de su confirmación.\n\nAtentamente,\n\nLaura Gómez Ferrer\nResponsable de Compras\n"
    "Aurora Moda S.L. · C/ Colón 14, 46004 Valencia\n\n" + SIG_DISCLAIMER))
case(c, [f], "optima_webdesign", "decided", [d("refund", "approve", "35000.00")],
     spec="O2: deposit paid 2025-09-22 11:00 IST; Date Wed 24 Sep 08:00 +0200 = 11:30 IST = 48.5 h < 72 h, work not "
          "started: approve the full amount before tax 35000.00 (C6).")

# o02: deposit exactly 72 h -> deny
c = "es-o02-anticipo-72h-exactas"
owd_project("App Reservas Hotel Sol", "gerencia@hotelsol-cancun.mx")
owd_pay(702, "App Reservas Hotel Sol", "deposit", "40000.00", "7200.00", "2025-09-18T15:00:00")
w = dt(2025, 9, 21, 3, 30, MX)
assert hours("2025-09-18T15:00:00", w) == 72
f, _ = mail(c, 1, "Gerencia Hotel Sol <gerencia@hotelsol-cancun.mx>", OWD, "Cancelación anticipo app reservas", w,
            client="outlook_web", body=(
    "Buenas noches,\n\nPor motivos de presupuesto la cadena no va a seguir adelante con la app de reservas "
    "(proyecto App Reservas Hotel Sol). Solicitamos el reembolso del anticipo, factura OWD-2025-702.\n\nSaludos,\n"
    "Rodrigo Treviño\nGerente General"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")], extra_ok=True,
     spec="Section 8: exactly 72 hours after a deposit is not 'before 72 hours'. Paid 2025-09-18 15:00 IST, Date Sun 21 "
          "Sep 03:30 -0600 = 2025-09-21 15:00 IST = 72 h: O2 deny. extra_ok: 'no va a seguir adelante' may be read "
          "as a project cancellation.")

# o03: deposit inside 72 h but work started -> deny
c = "es-o03-anticipo-trabajo-iniciado"
owd_project("Portal Clínica Andes", "administracion@clinicaandes.cl", work_started_at="2025-09-26T20:30:00")
owd_pay(703, "Portal Clínica Andes", "deposit", "25000.00", "4500.00", "2025-09-26T10:00:00")
w = dt(2025, 9, 28, 10, 0, CL)
assert hours("2025-09-26T10:00:00", w) < 72
f, _ = mail(c, 1, "Administración Clínica Andes <administracion@clinicaandes.cl>", OWD,
            "Refund Request — Portal Clínica Andes OWD-2025-703", w, body=(
    "Estimados,\n\nEl directorio decidió no continuar con el portal de pacientes, así que solicitamos la devolución "
    "del anticipo (OWD-2025-703) del proyecto Portal Clínica Andes. Sabemos que el viernes tuvieron la reunión de "
    "inicio con nuestro equipo, pero fue solo una reunión.\n\nSaludos cordiales,\nPatricia Lagos\nAdministración"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")], extra_ok=True,
     spec="O2 'whichever occurs first': paid 2025-09-26 10:00, request 2025-09-28 18:30 IST (56.5 h) but "
          "work_started_at 2025-09-26 20:30 (the kick-off meeting, Friday 12:00 in Chile) is before the request: deny.")

# o04: discovery, nothing started -> approve; HTML-only Gmail
c = "es-o04-discovery-sin-iniciar-html"
owd_project("Rebranding Café Tostao", "hola@cafetostao.co")
owd_pay(704, "Rebranding Café Tostao", "discovery", "15000.00", "2700.00", "2025-09-15T12:00:00")
w = dt(2025, 9, 19, 16, 10, CO)
f, _ = mail(c, 1, "Café Tostao <hola@cafetostao.co>", OWD, "Devolución sesión de estrategia", w, html=(
    "<div dir=\"ltr\"><p>Hola equipo de Optima,</p><p>Pagamos la fase de descubrimiento del proyecto "
    "<b>Rebranding Café Tostao</b> (factura OWD-2025-704) pero los socios decidieron hacer el rebranding con una "
    "agencia local de Bogotá, que nos queda más fácil para reunirnos. Todavía no hemos agendado ninguna sesión con "
    "ustedes.</p><p>¿Nos pueden hacer la devolución, por favor?</p><p>Mil gracias,<br>Juliana Ospina<br>"
    "<span style=\"color:#6b4226\">Café Tostao · Tostadores desde 1998</span></p></div>"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "approve", "15000.00")],
     spec="O1: discovery fee, work_started_at empty (no session or deliverable started): refundable in full, "
          "15000.00 before tax.")

# o05: discovery, session held -> deny
c = "es-o05-discovery-con-sesion"
owd_project("Estrategia Digital Ferretería Núñez", "ferreterianunez.ventas@gmail.com", work_started_at="2025-09-10T16:00:00")
owd_pay(705, "Estrategia Digital Ferretería Núñez", "discovery", "12000.00", "2160.00", "2025-09-08T10:00:00")
w = dt(2025, 9, 25, 20, 15, AR)
f, _ = mail(c, 1, "Ferreteria Nuñez <ferreterianunez.ventas@gmail.com>", OWD, "devolucion", w, body=(
    "Hola. Hicimos UNA sola reunion de estrategia el 10 y el informe que mandaron no nos sirvio de nada, son cosas "
    "genericas que se encuentran en internet. Pido la devolucion de la factura OWD-2025-705 del proyecto Estrategia "
    "Digital Ferretería Núñez. Muy decepcionado.\n\nRaúl Núñez"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O1: a session was held (work_started_at 2025-09-10 16:00, before the request): discovery fee non-refundable, "
          "deny. Disappointment is not a C4 threat.")

# o06: milestone not started -> approve its amount
c = "es-o06-hito-no-iniciado"
owd_project("Ecommerce Bodegas Valdeoro", "pedidos@bodegasvaldeoro.es", work_started_at="2025-07-01T10:00:00")
owd_pay(706, "Ecommerce Bodegas Valdeoro", "milestone", "28000.00", "5040.00", "2025-09-10T10:00:00", milestone_status="not_started")
owd_pay(707, "Ecommerce Bodegas Valdeoro", "milestone", "30000.00", "5400.00", "2025-07-01T10:00:00", milestone_status="approved")
w = dt(2025, 9, 26, 13, 0, ES)
f, _ = mail(c, 1, "Bodegas Valdeoro - Pedidos <pedidos@bodegasvaldeoro.es>", OWD,
            "Reembolso hito 3 (OWD-2025-706) - Ecommerce Bodegas Valdeoro", w, client="outlook", body=(
    "Buenos días:\n\nLa fase 2 la dimos por aprobada y estamos contentos con el resultado. Sin embargo, la fase 3 "
    "(integración con el ERP, factura OWD-2025-706, 28.000,00 + IVA) la vamos a desarrollar con nuestro equipo "
    "interno, ya que hemos contratado a un programador. Entendemos que esa fase aún no se ha empezado, por lo que "
    "solicitamos su reembolso.\n\nUn saludo,\nIñaki Larrea\nBodegas Valdeoro, Haro (La Rioja)"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "approve", "28000.00")],
     spec="O3: milestone OWD-2025-706 is not_started: refund that milestone's amount before tax, 28000.00 (C6). The "
          "approved milestone OWD-2025-707 is not asked for.")

# o07: milestone in progress -> escalate
c = "es-o07-hito-en-curso"
owd_project("Intranet Colegio San Marcos", "direccion@colegiosanmarcos.edu.pe", work_started_at="2025-08-04T09:00:00")
owd_pay(708, "Intranet Colegio San Marcos", "milestone", "20000.00", "3600.00", "2025-09-01T10:00:00", milestone_status="in_progress")
w = dt(2025, 9, 24, 8, 30, PE)
f, _ = mail(c, 1, "Dirección Colegio San Marcos <direccion@colegiosanmarcos.edu.pe>", OWD,
            "Solicitud de reembolso - Intranet Colegio San Marcos", w, body=(
    "Estimados señores de Optima WebDesign:\n\nLa promotoría del colegio ha recortado el presupuesto de tecnología "
    "de este año. Por ello solicitamos el reembolso del segundo hito de la intranet (OWD-2025-708), del que "
    "entendemos que solo se ha avanzado una parte.\n\nAtentamente,\nLic. Rosa Paredes\nDirectora"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "escalate")],
     spec="O3: milestone in_progress: escalate (billable value of work not started needs a person's judgement); no amount.")

# o08: milestone approved -> deny
c = "es-o08-hito-aprobado"
owd_project("Landing Seguros Altamar", "marketing@altamarseguros.com.ar", work_started_at="2025-08-10T09:00:00")
owd_pay(709, "Landing Seguros Altamar", "milestone", "18000.00", "3240.00", "2025-08-10T10:00:00", milestone_status="approved")
w = dt(2025, 9, 22, 15, 0, AR)
f, _ = mail(c, 1, "Marketing Altamar <marketing@altamarseguros.com.ar>", OWD, "Reintegro landing", w, body=(
    "Hola, ¿cómo andan?\n\nLa landing del proyecto Landing Seguros Altamar la aprobamos en agosto, pero la campaña "
    "se canceló y nunca salió publicada. Queríamos ver si nos pueden reintegrar el hito OWD-2025-709 ya que no la "
    "vamos a usar.\n\nGracias!\nFlorencia - Mkt Altamar"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O3/O6: the milestone is approved (approved milestones are non-refundable): deny.")

# o09: retainer, >= 7 days' notice -> cancel day before next billing
c = "es-o09-retainer-con-preaviso"
owd_project("SEO Clínica Dental Sonrisas", "clinica@dentalsonrisas.mx", work_started_at="2025-03-15T10:00:00")
owd_pay(710, "SEO Clínica Dental Sonrisas", "retainer", "9000.00", "1620.00", "2025-09-15T10:00:00",
        next_billing_at="2025-10-15T10:00:00", ps="2025-09-15", pe="2025-10-14")
w = dt(2025, 9, 25, 11, 0, MX)
f, _ = mail(c, 1, "Dra. Karla Domínguez <clinica@dentalsonrisas.mx>", OWD, "Cancelación del servicio mensual de SEO", w,
            client="outlook_web", body=(
    "Hola, buen día.\n\nLes aviso que queremos cancelar el retainer mensual de SEO del proyecto SEO Clínica Dental "
    "Sonrisas (última factura OWD-2025-710). El motivo es que vamos a abrir otra sucursal y necesitamos ese "
    "presupuesto para el equipo.\n\nMuchas gracias por todo,\nDra. Karla Domínguez"))
case(c, [f], "optima_webdesign", "decided", [d("cancellation", "cancel", effective_date="2025-10-14")],
     spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-25 IST <= 2025-10-08 (7 days before): the next charge is "
          "avoided, effective_date = day before next_billing_at = 2025-10-14.")

# o10: retainer, short notice -> next cycle billed
c = "es-o10-retainer-poco-preaviso"
owd_project("Redes Sociales Panadería La Espiga", "laespiga.panaderia@gmail.com", work_started_at="2025-05-03T10:00:00")
owd_pay(711, "Redes Sociales Panadería La Espiga", "retainer", "7500.00", "1350.00", "2025-09-03T10:00:00",
        next_billing_at="2025-10-03T10:00:00", ps="2025-09-03", pe="2025-10-02")
w = dt(2025, 9, 29, 7, 45, ES)
f, _ = mail(c, 1, "Panadería La Espiga <laespiga.panaderia@gmail.com>", OWD, "baja redes sociales", w, client="gmail_android", body=(
    "Buenos días, queremos dar de baja el servicio de redes sociales (proyecto Redes Sociales Panadería La Espiga, "
    "factura OWD-2025-711). Cerramos el obrador a final de mes por jubilación.\nGracias por todo\nPaqui"))
case(c, [f], "optima_webdesign", "decided", [d("cancellation", "cancel", effective_date="2025-11-02")],
     spec="O4: next_billing_at 2025-10-03; the cut-off is 2025-09-26 and the request is 2025-09-29 IST: less than 7 "
          "days' notice, the next cycle (2025-10-03..2025-11-02, one month like the current 2025-09-03..2025-10-02) is "
          "billed; effective_date = its last day 2025-11-02.")

# o11: retainer at the notice edge, late evening in Colombia is the next day in IST
c = "es-o11-retainer-borde-zona"
owd_project("Blog Corporativo Grupo Cóndor", "comunicaciones@grupocondor.com.co", work_started_at="2025-04-06T10:00:00")
owd_pay(712, "Blog Corporativo Grupo Cóndor", "retainer", "12000.00", "2160.00", "2025-09-06T10:00:00",
        next_billing_at="2025-10-06T10:00:00", ps="2025-09-06", pe="2025-10-05")
w = dt(2025, 9, 29, 23, 0, CO)
assert ist_day(w) == "2025-09-30"
f, _ = mail(c, 1, "Comunicaciones Grupo Cóndor <comunicaciones@grupocondor.com.co>", OWD,
            "Terminación retainer Blog Corporativo", w, client="outlook", body=(
    "Cordial saludo,\n\nPor medio del presente les informamos nuestra decisión de terminar el retainer del proyecto "
    "Blog Corporativo Grupo Cóndor (factura OWD-2025-712), con el preaviso de siete días que pide su política. La "
    "razón es que la nueva gerencia unificó todos los contenidos con la agencia de medios del grupo.\n\n"
    "Atentamente,\n\nSantiago Restrepo\nDirector de Comunicaciones\nGrupo Cóndor S.A.S. · Bogotá D.C."))
case(c, [f], "optima_webdesign", "decided", [d("cancellation", "cancel", effective_date="2025-11-05")],
     spec="Section 1: notice counts in the brand's zone. next_billing_at 2025-10-06, cut-off 2025-09-29; Date Mon 29 Sep "
          "23:00 -0500 = 2025-09-30 09:30 IST, one day late: next cycle 2025-10-06..2025-11-05 is billed, effective "
          "2025-11-05 (O4).")

# o12: annual hosting within 14 days, refund + cancel
c = "es-o12-hosting-14-dias"
owd_project("Hosting Inmobiliaria Costa Azul", "info@inmocostaazul.es", work_started_at="2025-09-20T10:00:00")
owd_pay(713, "Hosting Inmobiliaria Costa Azul", "hosting_annual", "18000.00", "3240.00", "2025-09-19T10:00:00",
        setup_fee="2400.00", service_start="2025-09-20")
w = dt(2025, 9, 27, 12, 0, ES)
f, _ = mail(c, 1, "Inmobiliaria Costa Azul <info@inmocostaazul.es>", OWD, "Baja hosting anual y devolución", w,
            client="apple", body=(
    "Hola,\n\nContratamos el hosting anual para la web (proyecto Hosting Inmobiliaria Costa Azul, factura "
    "OWD-2025-713) pero el grupo nos obliga a migrar todas las webs a su servidor corporativo. Queremos dar de baja "
    "el hosting y que nos devolváis lo que corresponda según vuestra política de los 14 días.\n\nSaludos,\n"
    "Marta Cano\nInmobiliaria Costa Azul · Alicante"))
case(c, [f], "optima_webdesign", "decided",
     [d("refund", "approve", "14300.00"), d("cancellation", "cancel")],
     spec="O5: service_start 2025-09-20, request 2025-09-27 IST (day 7 <= 14). monthly_value = (18000 - 2400)/12 = "
          "1300; consumed_months 1; refund = 18000 - 2400 - 1300 = 14300.00. The email asks for both ('dar de baja el "
          "hosting y que nos devolváis'), section 1: both decided; the effective date is not asserted.")

# o13: annual maintenance after 14 days -> deny (law firm signature, no threat)
c = "es-o13-mantenimiento-fuera-plazo"
owd_project("Mantenimiento Web Lara Asociados", "administracion@lara-asociados.es", work_started_at="2025-09-01T10:00:00")
owd_pay(714, "Mantenimiento Web Lara Asociados", "maintenance_annual", "24000.00", "4320.00", "2025-08-30T10:00:00",
        setup_fee="3000.00", service_start="2025-09-01")
w = dt(2025, 9, 22, 9, 30, ES)
f, _ = mail(c, 1, "Administración Lara & Asociados <administracion@lara-asociados.es>", OWD,
            "Reembolso mantenimiento anual OWD-2025-714", w, client="outlook", body=(
    "Estimados señores:\n\nSolicitamos el reembolso prorrateado del plan de mantenimiento anual del proyecto "
    "Mantenimiento Web Lara Asociados (factura OWD-2025-714, 24.000 ₹ + impuestos), ya que el despacho se fusiona "
    "con otra firma y la web dejará de existir.\n\nReciban un cordial saludo.\n\nCristina Lara\nSocia directora\n"
    "Lara & Asociados, Abogados\nC/ Serrano 41, 28001 Madrid\n\n" + SIG_DISCLAIMER))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")], extra_ok=True,
     spec="O5: service_start 2025-09-01, request 2025-09-22 IST = day 21 > 14: deny. The signature 'Abogados' is a "
          "firm's name, not a legal threat (section 8: signatures are not the request), so no C4.",
     ambiguous="C4 names 'mentions of lawyers'; a law firm's signature is literally such a mention, though no threat "
               "is made.")

# o14: annual maintenance with rounding
c = "es-o14-mantenimiento-redondeo"
owd_project("Soporte Web Fundación Luz", "finanzas@fundacionluz.org.ec", work_started_at="2025-09-25T10:00:00")
owd_pay(715, "Soporte Web Fundación Luz", "maintenance_annual", "10000.00", "1800.00", "2025-09-24T10:00:00",
        setup_fee="1500.00", service_start="2025-09-25")
w = dt(2025, 9, 29, 10, 0, EC)
f, _ = mail(c, 1, "Finanzas Fundación Luz <finanzas@fundacionluz.org.ec>", OWD,
            "Solicitud de reembolso - Soporte Web Fundación Luz", w, body=(
    "Buenos días,\n\nNuestro donante principal retiró el financiamiento del área digital, por lo que no podremos "
    "mantener el plan de mantenimiento anual (proyecto Soporte Web Fundación Luz, factura OWD-2025-715). "
    "Solicitamos el reembolso proporcional que indica su política.\n\nAtentamente,\nEc. Diego Almeida\nFinanzas"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "approve", "7791.67")], extra_ok=True,
     spec="O5: request 2025-09-29 IST, day 4 after service_start 2025-09-25; monthly_value = 8500/12 = 708.3333...; "
          "refund = 10000 - 1500 - 708.3333... = 7791.6666... rounded once half-up = 7791.67 (C6). extra_ok: such a "
          "refund ends the plan (O5).")

# o15: hosting before service start -> consumed 1
c = "es-o15-hosting-antes-de-empezar"
owd_project("Hosting Academia Babel", "secretaria@academiababel.es")
owd_pay(716, "Hosting Academia Babel", "hosting_annual", "15000.00", "2700.00", "2025-09-26T10:00:00",
        service_start="2025-10-05")
w = dt(2025, 9, 28, 18, 0, ES)
f, _ = mail(c, 1, "Academia Babel <secretaria@academiababel.es>", OWD, "Anular hosting", w, body=(
    "Hola:\n\nPagamos el hosting anual de la web (Hosting Academia Babel, OWD-2025-716) que empezaba el 5 de "
    "octubre, pero la academia cambia de dueño y el nuevo ya tiene su propio servidor. Queremos anularlo y que nos "
    "devolváis el importe.\n\nGracias,\nAna\nSecretaría Academia Babel"))
case(c, [f], "optima_webdesign", "decided",
     [d("refund", "approve", "13750.00"), d("cancellation", "cancel")],
     spec="Section 8 'O5 before the service starts': consumed_months is 1. No setup fee: monthly_value = 15000/12 = 1250; "
          "refund = 15000 - 1250 = 13750.00. 'anularlo y que nos devolváis' asks for both.")

# o16: domain renewal (third party) -> deny
c = "es-o16-dominio"
owd_project("Web Taller Mecánico Ruiz", "tallerruiz.motor@gmail.com", work_started_at="2024-10-01T10:00:00")
owd_pay(717, "Web Taller Mecánico Ruiz", "third_party", "1800.00", "324.00", "2025-09-20T10:00:00")
w = dt(2025, 9, 23, 12, 0, ES)
f, _ = mail(c, 1, "Taller Ruiz <tallerruiz.motor@gmail.com>", OWD, "dominio", w, client="gmail_android", body=(
    "buenas, me habeis renovado el dominio tallerruiz.es (OWD-2025-717, Web Taller Mecánico Ruiz) y yo no lo queria "
    "renovar porque vamos a usar solo facebook. devolvedme el dinero del dominio\n\nPaco Ruiz"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O6: third_party (domain renewal) is never refundable: deny citing 'Non-refundable items'.")

# o17: rush fee -> deny
c = "es-o17-cargo-urgencia"
owd_project("Catálogo Online Muebles Arce", "ventas@mueblesarce.com.mx", work_started_at="2025-09-01T10:00:00")
owd_pay(718, "Catálogo Online Muebles Arce", "rush", "8000.00", "1440.00", "2025-09-12T10:00:00")
w = dt(2025, 9, 23, 10, 20, MX)
f, _ = mail(c, 1, "Ventas Muebles Arce <ventas@mueblesarce.com.mx>", OWD, "Reembolso del cargo por urgencia", w, body=(
    "Buen día,\n\nNos cobraron $8,000 por entrega urgente del catálogo (factura OWD-2025-718, proyecto Catálogo Online "
    "Muebles Arce), pero la feria se pospuso a noviembre y ya no necesitábamos la urgencia. Solicitamos el "
    "reembolso de ese cargo.\n\nSaludos,\nMauricio Arce"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O6: expedited/rush fees are never refundable: deny.")

# o18: change request -> deny
c = "es-o18-cambio-de-alcance"
owd_project("Web Corporativa Transportes Ibarra", "gerencia@transportesibarra.com.do", work_started_at="2025-06-01T10:00:00")
owd_pay(719, "Web Corporativa Transportes Ibarra", "change_request", "6500.00", "1170.00", "2025-09-18T10:00:00")
w = dt(2025, 9, 24, 9, 0, DO)
f, _ = mail(c, 1, "Gerencia Transportes Ibarra <gerencia@transportesibarra.com.do>", OWD,
            "Devolución cambio solicitado", w, client="outlook", body=(
    "Saludos,\n\nPedimos un cambio para agregar el rastreador de envíos a la web (factura OWD-2025-719, Web "
    "Corporativa Transportes Ibarra), pero el proveedor del GPS nos canceló el contrato y ya no lo vamos a usar. "
    "Les solicitamos la devolución de ese monto.\n\nGracias,\nLic. Ramón Ibarra"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O6: change requests outside the original scope are never refundable: deny.")

# o19: assistant forwards the boss's request (RV:, Outlook block) -> C2
c = "es-o19-reenvio-asistente"
owd_project("Tienda Online Hierbabuena", "maria@hierbabuena.com.ar")
owd_pay(720, "Tienda Online Hierbabuena", "deposit", "22000.00", "3960.00", "2025-09-28T10:00:00")
w = dt(2025, 9, 29, 11, 30, AR)
f, _ = mail(c, 1, "Asistente Hierbabuena <asistente@hierbabuena.com.ar>", OWD,
            "RV: Reembolso anticipo Tienda Online Hierbabuena", w, client="outlook", body=(
    "Buenas, les reenvío el pedido de María, que hoy está de viaje. Cualquier cosa me escriben a mí.\n\nSofía\n\n"
    "-----Mensaje original-----\nDe: María Giménez <maria@hierbabuena.com.ar>\nEnviado el: lunes, 29 de septiembre "
    "de 2025 10:05\nPara: asistente@hierbabuena.com.ar\nAsunto: Reembolso anticipo Tienda Online Hierbabuena\n\n"
    "Sofi, mandale a Optima que queremos el reembolso del anticipo de la tienda online (OWD-2025-720). Los socios "
    "decidieron frenar el proyecto hasta el año que viene. Mi mail de contrato es maria@hierbabuena.com.ar.\n\nMaría"))
case(c, [f], "optima_webdesign", "need_info", rules=["C2"],
     spec="Section 8 forwards: the forwarded request names the contract email maria@hierbabuena.com.ar, the sender is "
          "asistente@: C2, the draft asks for the request from the contract address, nothing about the project.")

# o20a / o20b: two projects, project and invoice missing, then answered
owd_project("Web Grupo Alba", "compras@grupoalba.es", work_started_at="2025-02-10T10:00:00")
owd_project("App Fichajes Alba", "compras@grupoalba.es", work_started_at="2025-08-01T10:00:00")
owd_pay(721, "Web Grupo Alba", "retainer", "11000.00", "1980.00", "2025-09-10T10:00:00",
        next_billing_at="2025-10-10T10:00:00", ps="2025-09-10", pe="2025-10-09")
owd_pay(722, "App Fichajes Alba", "milestone", "26000.00", "4680.00", "2025-08-01T10:00:00", milestone_status="in_progress")
c = "es-o20-dos-proyectos"
w1 = dt(2025, 9, 24, 9, 10, ES)
w2 = dt(2025, 9, 25, 8, 50, ES)
f1, mid1 = mail(c, 1, "Compras Grupo Alba <compras@grupoalba.es>", OWD, "Baja servicio", w1, client="outlook", body=(
    "Buenos días,\n\nQueremos cancelar el servicio con ustedes porque a partir de octubre lo vamos a llevar "
    "internamente con el nuevo departamento de IT.\n\nSaludos,\nJavier Alba\nDpto. Compras"))
case("es-o20a-falta-proyecto-factura", [f1], "optima_webdesign", "need_info", missing=["invoice_number", "project_name"],
     spec="C3: the contract email compras@grupoalba.es has two projects (a retainer and a milestone), so the project "
          "and the invoice cannot be filled from the ledger; reason given ('lo vamos a llevar internamente'): "
          "missing = [project_name, invoice_number].")
bot_reply = "<OWD-reply-es-o20@optimawebdesign.com>"
f2, _ = mail(c, 2, "Compras Grupo Alba <compras@grupoalba.es>", OWD, "RE: Baja servicio", w2, client="outlook",
             reply_to_id=bot_reply, references=[mid1, bot_reply], body=(
    "Buenos días,\n\nDisculpen: es el proyecto Web Grupo Alba, el retainer mensual, última factura OWD-2025-721.\n\n"
    "Saludos,\nJavier Alba\n\n-----Mensaje original-----\nDe: Optima WebDesign Billing & Refunds "
    "<optimawebdesigns12@gmail.com>\nEnviado el: miércoles, 24 de septiembre de 2025 14:02\nPara: Compras Grupo Alba "
    "<compras@grupoalba.es>\nAsunto: Re: Baja servicio\n\n¿Nos indica el nombre del proyecto y la factura?"))
case("es-o20b-proyecto-en-respuesta", [f1, f2], "optima_webdesign", "decided",
     [d("cancellation", "cancel", effective_date="2025-10-09")],
     spec="C3 answer merged; retainer OWD-2025-721, next_billing_at 2025-10-10, cut-off 2025-10-03; request time is "
          "the first email (2025-09-24 IST): at least 7 days' notice, effective 2025-10-09 (O4/O8).")

# o21: cancellation with no reason -> need_info reason
c = "es-o21-baja-sin-motivo"
owd_project("Web Restaurante El Fogón", "elfogon.reservas@gmail.com", work_started_at="2025-01-12T10:00:00")
owd_pay(723, "Web Restaurante El Fogón", "retainer", "6000.00", "1080.00", "2025-09-12T10:00:00",
        next_billing_at="2025-10-12T10:00:00", ps="2025-09-12", pe="2025-10-11")
w = dt(2025, 9, 26, 17, 30, CL)
f, _ = mail(c, 1, "El Fogón <elfogon.reservas@gmail.com>", OWD, "Cancelación", w, body=(
    "Estimados,\n\nPor favor cancelar el retainer del proyecto Web Restaurante El Fogón, factura OWD-2025-723.\n\n"
    "Quedo atento.\n\nSaludos,\nTomás Fuenzalida\nRestaurante El Fogón · Valparaíso\n\nEnviado desde Gmail para Android"))
case(c, [f], "optima_webdesign", "need_info", missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations too; greeting, restated request and signature are no "
          "reason: C3 missing = [reason].")

# o22: milestone refund with lawyer threat -> C4
c = "es-o22-abogado"
owd_project("Plataforma Cursos Instituto Maestría", "direccion@institutomaestria.edu.co", work_started_at="2025-07-01T10:00:00")
owd_pay(724, "Plataforma Cursos Instituto Maestría", "milestone", "32000.00", "5760.00", "2025-09-05T10:00:00",
        milestone_status="not_started")
w = dt(2025, 9, 26, 18, 45, CO)
f, _ = mail(c, 1, "Dirección Instituto Maestría <direccion@institutomaestria.edu.co>", OWD,
            "ÚLTIMO AVISO - reembolso OWD-2025-724", w, client="outlook", body=(
    "Señores Optima WebDesign:\n\nHace tres semanas pagamos el hito 4 de la Plataforma Cursos Instituto Maestría "
    "(OWD-2025-724) y nadie ha empezado nada; además incumplieron las fechas del hito anterior. Exigimos el reembolso "
    "inmediato de ese pago.\n\nNuestro abogado ya está al tanto y, si no recibimos respuesta en 48 horas, "
    "iniciaremos las acciones legales correspondientes.\n\nHernán Castaño\nDirector"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "escalate")], rules=["C4"],
     spec="C4: lawyer and legal action ('Nuestro abogado', 'acciones legales') escalate the case, although O3 alone "
          "would approve the not-started milestone; no amount (section 8).")

# o23: bounce (DSN) from MAILER-DAEMON -> C7
c = "es-o23-rebote"
f = raw(c, """From: Mail Delivery Subsystem <MAILER-DAEMON@mail.hierbabuena.com.ar>
To: optimawebdesigns12@gmail.com
Subject: Notificación de estado de entrega (error)
Date: Tue, 30 Sep 2025 09:14:02 -0300
Message-ID: <dsn.es-o23.20250930@mail.hierbabuena.com.ar>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b-es-o23"

--b-es-o23
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

No se ha podido entregar el mensaje a pagos@hierbabuena.com.ar.
El buzón de destino no existe. Por favor, solicite un reembolso o cancele... (texto del mensaje original abajo)

--b-es-o23
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.hierbabuena.com.ar

Final-Recipient: rfc822; pagos@hierbabuena.com.ar
Action: failed
Status: 5.1.1

--b-es-o23
Content-Type: text/rfc822-headers

From: Optima WebDesign Billing & Refunds <optimawebdesigns12@gmail.com>
To: pagos@hierbabuena.com.ar
Subject: Re: Reembolso anticipo Tienda Online Hierbabuena
Date: Tue, 30 Sep 2025 17:43:51 +0530

--b-es-o23--
""")
case(c, [f], "optima_webdesign", "ignore", rules=["C7"],
     spec="C7: MAILER-DAEMON sender, multipart/report delivery-status (RFC 3464): ignore, whatever the words.")

# o24: payment already refunded -> escalate
c = "es-o24-pago-ya-reembolsado"
owd_project("Web Ópticas Miranda", "optica.miranda.uy@gmail.com")
owd_pay(725, "Web Ópticas Miranda", "deposit", "18000.00", "3240.00", "2025-09-28T10:00:00", status="refunded")
w = dt(2025, 9, 29, 10, 0, UY)
f, _ = mail(c, 1, "Óptica Miranda <optica.miranda.uy@gmail.com>", OWD, "reembolso seña", w, body=(
    "Hola! pagamos ayer la seña del proyecto Web Ópticas Miranda (OWD-2025-725) pero mi socio no está de acuerdo con "
    "hacer la web ahora, prefiere esperar al año que viene. ¿Nos devuelven la seña? Gracias!\nLucía"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "escalate")],
     spec="Section 8: a payment not 'paid' (status refunded): a refund of it is escalate, although O2 would otherwise "
          "approve (paid 2025-09-28 10:00, request 2025-09-29 18:30 IST = 32.5 h, no work).")

# o25: the other brand's customer writes to Optima -> unknown sender, C2
c = "es-o25-cliente-de-otra-marca"
lo_customer("fernanda.aguilar.m@gmail.com", "Fernanda Aguilar", "monthly", cps="2025-09-18", cpe="2025-10-17")
lo_pay(74301, "fernanda.aguilar.m@gmail.com", "monthly", "1499.00", "269.82", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
w = dt(2025, 9, 24, 14, 0, MX)
f, _ = mail(c, 1, "Fernanda Aguilar <fernanda.aguilar.m@gmail.com>", OWD, "Cancelar mi plan", w, body=(
    "Hola, quiero cancelar mi plan mensual, factura LO-INV-74301, porque no me da resultados con los leads.\n"
    "Gracias\nFernanda"))
case(c, [f], "optima_webdesign", "need_info", rules=["C2"],
     spec="Section 8 'the other brand's customer': C1 picks Optima (To: optimawebdesigns12@gmail.com); the ledger is "
          "searched in Optima only, so the sender is unknown there: C2 (and C3).")

# o26: how-to / quote question -> other
c = "es-o26-presupuesto"
owd_project("Web Estudio Pilates Alma", "estudio@pilatesalma.es", work_started_at="2025-06-01T10:00:00")
w = dt(2025, 9, 30, 12, 30, ES)
f, _ = mail(c, 1, "Pilates Alma <estudio@pilatesalma.es>", OWD, "Añadir reservas online", w, client="apple", body=(
    "¡Hola chicos!\n\nLa web está quedando genial. Una pregunta: ¿cuánto costaría añadir un sistema de reservas de "
    "clases? ¿Y se podría pagar en dos plazos?\n\nUn besito,\nAlma"))
case(c, [f], "optima_webdesign", "other",
     spec="Section 1 'other': a quote request, neither a refund nor a cancellation.")

# o27: Gmail forward from the contract address itself, Spanish Gmail markers, rambling -> deposit approve
c = "es-o27-reenvio-propio"
owd_project("Web Bodas Ecuestre Los Álamos", "reservas@losalamos-ecuestre.es")
owd_pay(726, "Web Bodas Ecuestre Los Álamos", "deposit", "16500.00", "2970.00", "2025-09-29T18:00:00")
w = dt(2025, 9, 30, 19, 10, ES)
assert hours("2025-09-29T18:00:00", w) < 72
f, _ = mail(c, 1, "Centro Ecuestre Los Álamos <reservas@losalamos-ecuestre.es>", OWD,
            "Fwd: Reembolso de la señal - Web Bodas Ecuestre Los Álamos", w, body=(
    "Os reenvío lo que os mandé ayer desde el móvil porque creo que no os llegó.\n\n"
    "---------- Forwarded message ---------\nDe: Centro Ecuestre Los Álamos <reservas@losalamos-ecuestre.es>\n"
    "Date: lun, 29 sept 2025 a las 22:40\nSubject: Reembolso de la señal - Web Bodas Ecuestre Los Álamos\n"
    "To: <optimawebdesigns12@gmail.com>\n\n\nHola, esta tarde hemos pagado la señal de la web para las bodas "
    "(OWD-2025-726), pero nos acaban de denegar la licencia municipal para celebrar eventos, así que no tiene "
    "sentido hacerla. ¿Nos podéis devolver la señal? No habéis empezado nada todavía.\n\nGracias,\nBelén"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "approve", "16500.00")],
     spec="Section 8 forwards: read for the request carried; the forwarded request is from the contract address itself "
          "(no C2). O2: paid 2025-09-29 18:00 IST, Date Tue 30 Sep 19:10 +0200 = 22:40 IST = 28.7 h, no work: approve "
          "16500.00. Request time is this file's Date (the forwarded one did not arrive).")

# o28: retainer cancellation with a consumer-authority complaint threat -> C4 covers the cancellation
c = "es-o28-baja-con-denuncia-sic"
owd_project("Tienda Virtual Calzado Bravo", "gerencia@calzadobravo.com.co", work_started_at="2025-03-20T10:00:00")
owd_pay(727, "Tienda Virtual Calzado Bravo", "retainer", "8500.00", "1530.00", "2025-09-20T10:00:00",
        next_billing_at="2025-10-20T10:00:00", ps="2025-09-20", pe="2025-10-19")
w = dt(2025, 9, 27, 16, 20, CO)
f, _ = mail(c, 1, "Gerencia Calzado Bravo <gerencia@calzadobravo.com.co>", OWD,
            "CANCELACIÓN INMEDIATA retainer Tienda Virtual Calzado Bravo", w, body=(
    "Señores:\n\nLa tienda lleva caída desde el martes y nadie nos responde los tickets. Con esto damos por "
    "terminado el retainer del proyecto Tienda Virtual Calzado Bravo (factura OWD-2025-727): el servicio ha sido "
    "pésimo y hemos perdido ventas toda la semana.\n\nSi nos llegan a cobrar un mes más, pondremos la denuncia ante "
    "la Superintendencia de Industria y Comercio y haremos valer nuestros derechos como consumidores.\n\n"
    "Andrés Bravo\nGerente"))
case(c, [f], "optima_webdesign", "decided", [d("cancellation", "escalate")], rules=["C4"],
     spec="C4 covers the whole case (section 8), a cancellation included: a complaint to the consumer authority (SIC) "
          "and 'derechos como consumidores' (statutory rights) escalate it; without it O4 would cancel effective "
          "2025-10-19 (notice from 2025-09-28 IST, cut-off 2025-10-13).")


# ---------------------------------------------------------------- write
def main() -> None:
    out = HERE / "emails"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    for name, data in EMAILS.items():
        (HERE / name).write_bytes(data)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    invs = [p["invoice"] for p in payments]
    assert len(invs) == len(set(invs))
    for c in cases:
        for fn in c["files"]:
            assert fn in EMAILS, fn
    (HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects,
                                                  "payments": payments}, indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    print(f"{len(cases)} cases, {len(EMAILS)} emails")


if __name__ == "__main__":
    main()
