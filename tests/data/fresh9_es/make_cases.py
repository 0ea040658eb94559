"""Fresh held-out round 9, Spanish (es): generator (stdlib only, deterministic).

Written by QA pass qa9a from POLICY_SPEC.md alone. MIT licence; all text written for this project.
Run: python3 make_cases.py  (writes ledger.json, emails/*.eml, expected.json beside this file)
"""
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

ledger = {"customers": [], "projects": [], "payments": []}
cases = []
emails = {}


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    ledger["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, paid_at, ps=None, pe=None, status="paid", tax="0.00"):
    ledger["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, started=None):
    ledger["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", **kw):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(kw)
    ledger["payments"].append(rec)


def mail(name, frm, to, subject, when, body=None, html=None, headers=None, reply_to=None):
    """when: (y, m, d, h, mi) in IST, or a datetime."""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    d = when if isinstance(when, datetime) else datetime(*when, tzinfo=IST)
    m["Date"] = format_datetime(d)
    m["Message-ID"] = f"<{name}.{LANG}@fresh9.example>"
    for k, v in (headers or {}).items():
        m[k] = v
    if reply_to:
        m["In-Reply-To"] = f"<{reply_to}.{LANG}@fresh9.example>"
        m["References"] = f"<{reply_to}.{LANG}@fresh9.example>"
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    emails[name] = m
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=False, ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def R(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    return d


def C(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


LOB, OWB = "leadsoptima", "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima
cust("rocio.benitez@estudiobenitez.es", "Rocío Benítez", "monthly", "2025-09-24", "2025-10-23")
lopay("es9_p01a", "LO-INV-90411", "rocio.benitez@estudiobenitez.es", "monthly", "2499.00", "2025-09-24T08:14:00", "2025-09-24", "2025-10-23", tax="449.82")
lopay("es9_p01b", "LO-INV-90412", "rocio.benitez@estudiobenitez.es", "monthly", "2499.00", "2025-09-24T08:15:00", "2025-09-24", "2025-10-23", tax="449.82")
f = mail("l01-cobro-doble", "Rocío Benítez <rocio.benitez@estudiobenitez.es>", LO, "Cobro duplicado en septiembre",
         (2025, 9, 27, 11, 40), body="""Hola equipo de LeadsOptima:

Revisando el extracto de la tarjeta veo que el 24 de septiembre me habéis cobrado dos veces la cuota mensual
(2.499,00 + IVA cada cargo, el mismo importe). Las facturas son
LO-INV-90411 y LO-INV-90412. La segunda sobra, os pido que me devolváis ese cargo.

Mi plan es el mensual.

Un saludo,
Rocío Benítez
Estudio Benítez · Arquitectura interior
""")
case("l01-cobro-doble", [f], LOB, "decided", [R("approve", "2499.00")],
     spec="L2 duplicate_payment; two paid monthly charges 2499.00 on 2025-09-24, same period; request 2025-09-27 = day 3 <= 7 (L3); L4 refunds the duplicate's amount before tax 2499.00 (C6)")

cust("ignacio.lluch@lluchyasociados.com", "Ignacio Lluch", "quarterly", "2025-09-10", "2025-12-09")
lopay("es9_p02a", "LO-INV-90420", "ignacio.lluch@lluchyasociados.com", "quarterly", "5997.00", "2025-09-10T10:02:00", "2025-09-10", "2025-12-09")
lopay("es9_p02b", "LO-INV-90421", "ignacio.lluch@lluchyasociados.com", "quarterly", "5997.00", "2025-09-10T10:06:00", "2025-09-10", "2025-12-09")
f = mail("l02-doble-dia7", "Ignacio Lluch <ignacio.lluch@lluchyasociados.com>", LO, "pago repetido plan trimestral",
         (2025, 9, 17, 22, 30), body="""Buenas noches,

os escribo un poco tarde, perdon. El dia 10 se me cargo el plan trimestral dos veces, con cuatro minutos de diferencia
(facturas LO-INV-90420 y LO-INV-90421). Pago repetido, claramente un error. Solicito la devolucion del segundo cargo, el 90421.

Gracias
Ignacio Lluch
Lluch y Asociados
""")
case("l02-doble-dia7", [f], LOB, "decided", [R("approve", "5997.00")],
     spec="L2 duplicate_payment (cargo dos veces / pago repetido); charges 2025-09-10 (day 0), request 2025-09-17 22:30 IST = day 7, inside (L3 'day 7 is inside'); L4 approve 5997.00")

cust("nuria.pastor@gmail.com", "Nuria Pastor", "annual", "2025-09-01", "2026-08-31")
lopay("es9_p03a", "LO-INV-90430", "nuria.pastor@gmail.com", "annual", "17988.00", "2025-09-01T09:00:00", "2025-09-01", "2026-08-31")
lopay("es9_p03b", "LO-INV-90431", "nuria.pastor@gmail.com", "annual", "17988.00", "2025-09-01T09:01:00", "2025-09-01", "2026-08-31")
f = mail("l03-doble-dia8", "Nuria Pastor <nuria.pastor@gmail.com>", LO, "Me cobrasteis dos veces la anualidad",
         (2025, 9, 9, 9, 15), body="""Hola,

acabo de darme cuenta de que el 1 de septiembre me cobrasteis dos veces el plan anual. Factura del cargo repetido: LO-INV-90431.
¿Me podéis devolver ese segundo cargo?

Nuria
Enviado desde mi iPhone
""")
case("l03-doble-dia8", [f], LOB, "decided", [R("deny")],
     spec="L2 duplicate_payment but charge 2025-09-01 (day 0), request 2025-09-09 = day 8 > 7: L3 deny citing the 7-day rule")

cust("fermin.ochoa@ochoarural.es", "Fermín Ochoa", "monthly", "2025-09-22", "2025-10-21")
lopay("es9_p04", "LO-INV-90440", "fermin.ochoa@ochoarural.es", "monthly", "1499.00", "2025-09-22T12:00:00", "2025-09-22", "2025-10-21")
f = mail("l04-doble-sin-par", "Fermín Ochoa <fermin.ochoa@ochoarural.es>", LO, "cargo duplicado??",
         (2025, 9, 25, 16, 5), body="""Hola, en el banco me aparece que el pago de la suscripcion mensual se hizo dos veces, factura LO-INV-90440.
Quiero que me devolvais el duplicado. Un saludo. Fermin Ochoa - Casa rural Ochoa
""")
case("l04-doble-sin-par", [f], LOB, "decided", [R("escalate")],
     spec="L2 duplicate_payment claimed, inside window (day 3), but the ledger holds only one charge for that account/period: L4 'No such pair in the ledger: escalate'")

cust("yolanda.cifuentes@cifuentes.mx", "Yolanda Cifuentes", "monthly", "2025-09-26", "2025-10-25", status="cancelled")
lopay("es9_p05", "LO-INV-90450", "yolanda.cifuentes@cifuentes.mx", "monthly", "1999.00", "2025-09-26T06:30:00", "2025-09-26", "2025-10-25")
f = mail("l05-cobro-tras-cancelar", "Yolanda Cifuentes <yolanda.cifuentes@cifuentes.mx>", LO, "Cobro después de cancelar",
         (2025, 9, 29, 19, 0), body="""Buenas tardes:

Cancelé mi suscripción mensual el 14 de septiembre desde el panel y aun así el 26 me llegó un cargo (factura LO-INV-90450).
Me cobraron después de cancelar, así que solicito el reembolso de ese importe.

Quedo atenta.
Yolanda Cifuentes
Guadalajara, Jal.
""")
case("l05-cobro-tras-cancelar", [f], LOB, "decided", [R("escalate")],
     spec="Past event: 'me cobraron después de cancelar' = L2 billing_error; charge 2025-09-26, request day 3 inside L3; L5 escalate with the charge found. The earlier cancellation is past, not a new cancellation request")

cust("tomas.ariza@arizaformacion.es", "Tomás Ariza", "quarterly", "2025-09-23", "2025-12-22")
lopay("es9_p06", "LO-INV-90460", "tomas.ariza@arizaformacion.es", "quarterly", "4497.00", "2025-09-23T10:10:00", "2025-09-23", "2025-12-22")
f = mail("l06-sin-acceso", "Tomás Ariza <tomas.ariza@arizaformacion.es>", LO, "No puedo entrar en la plataforma",
         (2025, 9, 30, 8, 45), body="""Hola,

desde el viernes no puedo iniciar sesión: pongo usuario y contraseña y la pantalla se queda en blanco. Ya abrí un ticket
con soporte y nadie lo ha resuelto. Llevo una semana pagando el plan trimestral (LO-INV-90460) sin poder usarlo, así que
pido el reembolso de esa factura.

Tomás Ariza
Ariza Formación — cursos para autónomos
""")
case("l06-sin-acceso", [f], LOB, "decided", [R("escalate")],
     spec="L2 access_failure ('no puedo iniciar sesión', unresolved ticket); charge 2025-09-23, request 2025-09-30 = day 7, inside (L3); L6 escalate")

cust("begona.urrutia@urrutia.eus", "Begoña Urrutia", "monthly", "2025-09-19", "2025-10-18")
lopay("es9_p07", "LO-INV-90470", "begona.urrutia@urrutia.eus", "monthly", "1499.00", "2025-09-19T07:00:00", "2025-09-19", "2025-10-18")
f = mail("l07-ya-no-lo-uso", "Begoña Urrutia <begona.urrutia@urrutia.eus>", LO, "Devolución mensualidad",
         (2025, 9, 22, 13, 20), body="""Kaixo,

este mes casi no he usado LeadsOptima porque hemos parado la campaña. Me gustaría que me devolvierais la parte
del mes que no voy a usar (factura LO-INV-90470, plan mensual). Es que ahora mismo no nos compensa el gasto.

Eskerrik asko,
Begoña
""")
case("l07-ya-no-lo-uso", [f], LOB, "decided", [R("deny")],
     spec="Reason is unused days / too expensive: not an L2 exception; L1 deny (clause 2 'no partial refunds for unused days'), reply offers cancellation; no cancellation asked")

cust("sergio.mateu@mateu.cat", "Sergi Mateu", None, status="trial", trial_ends="2025-10-06")
f = mail("l08-prueba-gratis", "Sergi Mateu <sergio.mateu@mateu.cat>", LO, "reembolso periodo de prueba",
         (2025, 9, 28, 10, 0), body="""Hola,

estoy en la prueba gratuita y no me acaba de convencer la herramienta, los informes no son lo que esperaba.
Si me habéis cobrado algo, quiero que me lo devolváis.

Sergi Mateu
""")
case("l08-prueba-gratis", [f], LOB, "decided", [R("deny")],
     spec="Account status trial (trial_ends 2025-10-06), no charges in the ledger: L7 deny, nothing to refund; no billing unless they subscribe",
     ambiguous="No invoice can exist for a trial account; L7 is read as deciding the case rather than asking for an invoice number (C3) or plan.")

cust("alvaro.pinedo@pinedo-consulting.com", "Álvaro Pinedo", "quarterly", "2025-08-15", "2025-11-14")
lopay("es9_p09", "LO-INV-90490", "alvaro.pinedo@pinedo-consulting.com", "quarterly", "4497.00", "2025-08-15T09:00:00", "2025-08-15", "2025-11-14")
f = mail("l09-baja-trimestral", "Álvaro Pinedo <alvaro.pinedo@pinedo-consulting.com>", LO, "Baja del servicio",
         (2025, 9, 18, 17, 45), body="""Buenas,

Por favor, dad de baja mi suscripción trimestral. Cambiamos de CRM el mes que viene.

Atentamente,
Álvaro Pinedo
Pinedo Consulting S.L.
--
Este mensaje y sus adjuntos son confidenciales. Si lo ha recibido por error, notifíquelo al remitente y bórrelo.
""")
case("l09-baja-trimestral", [f], LOB, "decided", [C("cancel", "2025-11-14")],
     spec="Cancellation (dar de baja), quarterly plan; L8 effective_date = current_period_end 2025-11-14")

cust("marisol.quintana@yahoo.es", "Marisol Quintana", "monthly")
lopay("es9_p10", "LO-INV-90500", "marisol.quintana@yahoo.es", "monthly", "999.00", "2025-09-18T15:30:00", "2025-09-18", None)
f = mail("l10-cancelar-sin-periodo", "marisol.quintana@yahoo.es", LO, "cancelar plan",
         (2025, 9, 26, 21, 10), body="""hola quiero cancelar mi plan mensual, no me da tiempo a usarlo con el trabajo. gracias
marisol
""")
case("l10-cancelar-sin-periodo", [f], LOB, "decided", [C("cancel", "2025-10-17")],
     spec="Cancellation; customer has no current_period_end: L8 fallback last charge local date 2025-09-18 + 1 month - 1 day = 2025-10-17")

cust("ramon.esteve@esteve.es", "Ramón Esteve", "annual", "2025-03-05", "2026-03-04")
lopay("es9_p11", "LO-INV-90510", "ramon.esteve@esteve.es", "annual", "17988.00", "2025-03-05T11:00:00", "2025-03-05", "2026-03-04")
f = mail("l11-no-quiero-reembolso", "Ramón Esteve <ramon.esteve@esteve.es>", LO, "Cancelación plan anual",
         (2025, 9, 23, 12, 0), body="""Hola,

No quiero reembolso ni nada parecido, sé que el plan anual no se devuelve. Solo quiero cancelar la renovación
para que no me vuelvan a cobrar en marzo.

Saludos,
Ramón Esteve
""")
case("l11-no-quiero-reembolso", [f], LOB, "decided", [C("cancel", "2026-03-04")],
     spec="Negation 'No quiero reembolso' adds no refund intent (section 8); cancellation, L8 effective = current_period_end 2026-03-04")

f = mail("l12-hipotetica", "Lorena Vidal <lorena.vidal.mkt@gmail.com>", LO, "Duda antes de contratar",
         (2025, 9, 24, 11, 30), body="""Hola!

Estoy pensando en contratar el plan trimestral para mi agencia. Una pregunta: si la herramienta no funciona bien con
nuestro CRM, ¿me devolveríais el dinero? ¿Cómo funciona eso?

Gracias,
Lorena Vidal
""")
case("l12-hipotetica", [f], LOB, "other",
     spec="Hypothetical before buying ('si ... ¿me devolveríais el dinero?') is a policy question: section 8 'other' when nothing else is asked")

cust("hugo.serrano@serranoeventos.es", "Hugo Serrano", "monthly", "2025-09-12", "2025-10-11")
lopay("es9_p13", "LO-INV-90530", "hugo.serrano@serranoeventos.es", "monthly", "1499.00", "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")
f = mail("l13-como-facturas", "Hugo Serrano <hugo.serrano@serranoeventos.es>", LO, "¿Dónde descargo las facturas?",
         (2025, 9, 29, 9, 50), body="""Hola,

¿Me podéis decir dónde puedo descargar las facturas en PDF? Mi gestor me las pide con el NIF de la empresa
y no encuentro la opción en el panel.

Gracias!
Hugo
""")
case("l13-como-facturas", [f], LOB, "other",
     spec="How-to question, neither refund nor cancellation: 'other' (section 1 outcomes)")

cust("elena.sagasta@sagastadiseno.com", "Elena Sagasta", "monthly", "2025-09-20", "2025-10-19")
lopay("es9_p14", "LO-INV-90540", "elena.sagasta@sagastadiseno.com", "monthly", "1999.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = mail("l14-otra-direccion", "Elena S. <elenasagasta.personal@hotmail.com>", LO, "Reembolso cobro doble",
         (2025, 9, 23, 20, 15), body="""Hola, os escribo desde mi correo personal porque el del trabajo no me funciona hoy.
Mi cuenta está registrada con elena.sagasta@sagastadiseno.com, plan mensual. Creo que me habéis cobrado dos veces
este mes (LO-INV-90540). ¿Podéis mirarlo y devolverme el cargo repetido?

Elena Sagasta
""")
case("l14-otra-direccion", [f], LOB, "need_info", rules=["C2"],
     spec="Sender is not the registered email and names another one: C2 need_info, ask to write from the address on record, no account details (worked example 5)")

cust("diego.almansa@almansaweb.es", "Diego Almansa", "monthly", "2025-09-25", "2025-10-24")
lopay("es9_p15a", "LO-INV-90550", "diego.almansa@almansaweb.es", "monthly", "2499.00", "2025-09-25T09:30:00", "2025-09-25", "2025-10-24")
lopay("es9_p15b", "LO-INV-90551", "diego.almansa@almansaweb.es", "monthly", "2499.00", "2025-09-25T09:31:00", "2025-09-25", "2025-10-24")
f = mail("l15-contracargo", "Diego Almansa <diego.almansa@almansaweb.es>", LO, "URGENTE cobro duplicado",
         (2025, 9, 27, 10, 5), body="""Me habéis cobrado DOS VECES la mensualidad (LO-INV-90551 es el repetido). Plan mensual.
Si en 48 horas no tengo el dinero devuelto, abriré una disputa con mi banco y pediré el contracargo (chargeback) de los dos cargos.

Diego Almansa
""")
case("l15-contracargo", [f], LOB, "decided", [R("escalate")], rules=["C4"],
     spec="Chargeback / bank dispute threat: C4 escalate the whole case even though L4 would otherwise approve")

f = mail("l16-fuera-oficina", "Marta Rosales <marta.rosales@rosales-abogados.es>", LO, "Respuesta automática: Re: Tu factura de LeadsOptima",
         (2025, 9, 29, 8, 0), headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, body="""Estoy fuera de la oficina hasta el 6 de octubre sin acceso al correo.
Para asuntos urgentes, contacte con recepcion@rosales-abogados.es.

Un saludo,
Marta Rosales
""")
case("l16-fuera-oficina", [f], LOB, "ignore", rules=["C7"],
     spec="Auto-Submitted: auto-replied out-of-office: C7 ignore (worked example 12)")

cust("gonzalo.rey@reyimport.com", "Gonzalo Rey", "quarterly", "2025-09-26", "2025-12-25")
lopay("es9_p17a", "LO-INV-90570", "gonzalo.rey@reyimport.com", "quarterly", "4497.00", "2025-09-26T14:00:00", "2025-09-26", "2025-12-25")
lopay("es9_p17b", "LO-INV-90571", "gonzalo.rey@reyimport.com", "quarterly", "4497.00", "2025-09-26T14:02:00", "2025-09-26", "2025-12-25")
f1 = mail("l17-hilo-a", "Gonzalo Rey <gonzalo.rey@reyimport.com>", LO, "Pago duplicado",
          (2025, 9, 28, 12, 0), body="""Hola, me ha llegado el cargo del trimestre duplicado el viernes. Por favor, devolvedme uno de los dos.
Gonzalo Rey
""")
f2 = mail("l17-hilo-b", "Gonzalo Rey <gonzalo.rey@reyimport.com>", LO, "Re: Pago duplicado [LO-5521]",
          (2025, 9, 29, 9, 30), reply_to="l17-hilo-a", body="""Hola, la factura del segundo cargo es la LO-INV-90571.
Gracias.

El dom, 28 sept 2025 a las 12:00, Gonzalo Rey <gonzalo.rey@reyimport.com> escribió:
> Hola, me ha llegado el cargo del trimestre duplicado el viernes. Por favor, devolvedme uno de los dos.
""")
case("l17-hilo-factura", [f1, f2], LOB, "decided", [R("approve", "4497.00")],
     spec="Thread: first email lacks invoice (C3), answer with In-Reply-To gives LO-INV-90571; request time = first email 2025-09-28, charge 2025-09-26 day 2; L4 approve 4497.00; plan from the ledger")

cust("carla.montero@montero.es", "Carla Montero", "monthly", "2025-09-27", "2025-10-26")
lopay("es9_p18", "LO-INV-90580", "carla.montero@montero.es", "monthly", "2499.00", "2025-09-27T08:00:00", "2025-09-27", "2025-10-26")
f = mail("l18-acceso-y-baja", "Carla Montero <carla.montero@montero.es>", LO, "Sin acceso + baja",
         (2025, 9, 30, 18, 25), body="""Hola:

Desde que se renovó el sábado la plataforma no carga, se queda el logo girando. Vuestro soporte me dijo que lo
miraban y sigue igual. Quiero el reembolso de la factura LO-INV-90580 y además cancelar la suscripción mensual,
no puedo seguir así.

Carla Montero
""")
case("l18-acceso-y-baja", [f], LOB, "decided", [R("escalate"), C("cancel", "2025-10-26")],
     spec="Refund: L2 access_failure ('la plataforma no carga'), charge 2025-09-27 day 3, L6 escalate; cancellation: L8 current_period_end 2025-10-26")

cust("oscar.fuentes@fuentesmedia.com", "Óscar Fuentes", "monthly", "2025-09-25", "2025-10-24")
lopay("es9_p19", "LO-INV-90590", "oscar.fuentes@fuentesmedia.com", "annual", "17988.00", "2025-09-25T09:00:00", "2025-09-25", "2026-09-24")
f = mail("l19-html-plan-equivocado", "Óscar Fuentes <oscar.fuentes@fuentesmedia.com>", LO, "Plan equivocado",
         (2025, 9, 26, 11, 0), html="""<html><body><div dir="ltr"><p>Hola,</p>
<p>Tengo el <b>plan mensual</b> pero ayer me cobrasteis el <b>plan anual</b> (17.988 INR, factura LO-INV-90590).
Me habéis cobrado el plan equivocado, no lo he pedido yo. Pido que me devolváis ese cargo.</p>
<p>Saludos,<br>Óscar Fuentes<br><span style="color:#888">Fuentes Media</span></p></div></body></html>""")
case("l19-html-plan-equivocado", [f], LOB, "decided", [R("escalate")],
     spec="HTML-only. L2 billing_error ('cobrado el plan equivocado'), charge 2025-09-25 day 1; L5 escalate")

cust("jaime.orozco@orozcotaller.es", "Jaime Orozco", "monthly", "2025-09-21", "2025-10-20")
lopay("es9_p20a", "LO-INV-90600", "jaime.orozco@orozcotaller.es", "monthly", "999.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
lopay("es9_p20b", "LO-INV-90601", "jaime.orozco@orozcotaller.es", "monthly", "999.00", "2025-09-21T10:01:00", "2025-09-21", "2025-10-20")
f = mail("l20-reenvio-otro", "Administración Taller Orozco <admin@orozcotaller.es>", LO, "RV: cargo dos veces",
         (2025, 9, 24, 10, 30), body="""Os reenvío el correo de mi jefe, a ver si lo podéis solucionar.

________________________________
De: Jaime Orozco <jaime.orozco@orozcotaller.es>
Enviado: martes, 23 de septiembre de 2025 19:02
Para: Administración Taller Orozco <admin@orozcotaller.es>
Asunto: cargo dos veces

Ana, LeadsOptima nos ha cobrado dos veces la mensualidad del día 21 (la factura repetida es LO-INV-90601).
Pídeles que devuelvan uno. Mi cuenta es jaime.orozco@orozcotaller.es, plan mensual.
Jaime
""")
case("l20-reenvio-otro", [f], LOB, "need_info", rules=["C2"],
     spec="Outlook forward (RV:, De:/Enviado:/Para:/Asunto:) whose request names registered email jaime.orozco@... while the sender is admin@...: section 8 Forwards, C2 need_info")

cust("patricia.lozano@lozanofit.es", "Patricia Lozano", "quarterly", "2025-09-24", "2025-12-23")
lopay("es9_p21", "LO-INV-90610", "patricia.lozano@lozanofit.es", "quarterly", "4497.00", "2025-09-24T07:45:00", "2025-09-24", "2025-12-23")
f = mail("l21-sin-motivo", "Patricia Lozano <patricia.lozano@lozanofit.es>", LO, "Solicitud de reembolso",
         (2025, 9, 26, 9, 0), body="""Buenos días,

Solicito el reembolso de la factura LO-INV-90610.

Un cordial saludo,
Patricia Lozano
LozanoFit · Entrenamiento personal
Tel. 600 12 34 56
""")
case("l21-sin-motivo", [f], LOB, "need_info", missing=["reason"],
     spec="Refund with invoice, plan from the ledger, sender registered; only restates the request, signature is not a reason (section 8): C3 need_info [reason]")

cust("raul.benito@benitoyhijos.com", "Raúl Benito", "monthly", "2025-09-25", "2025-10-24")
lopay("es9_p22a", "LO-INV-90620", "raul.benito@benitoyhijos.com", "monthly", "999.00", "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
lopay("es9_p22b", "LO-INV-90621", "raul.benito@benitoyhijos.com", "monthly", "999.00", "2025-09-25T09:02:00", "2025-09-25", "2025-10-24")
lopay("es9_p22c", "LO-INV-90622", "raul.benito@benitoyhijos.com", "monthly", "999.00", "2025-09-25T09:03:00", "2025-09-25", "2025-10-24")
f = mail("l22-tres-cargos", "Raúl Benito <raul.benito@benitoyhijos.com>", LO, "tres cargos iguales!!",
         (2025, 9, 28, 16, 40), body="""Hola buenas, el 25 me cobrasteis TRES veces la mensualidad de 999, es un cobro duplicado (triplicado mas bien).
Facturas LO-INV-90620, 90621 y 90622. Devolvedme los dos que sobran porfa. Plan mensual.
Raul
""")
case("l22-tres-cargos", [f], LOB, "decided", [R("approve", "1998.00")],
     spec="Three identical charges 999.00 on 2025-09-25 (section 8): every charge after the first is a duplicate; both inside L3 (day 3); refund 999.00 x 2 = 1998.00")

cust("sonia.carrasco@carrascoshop.es", "Sonia Carrasco", "monthly", "2025-09-29", "2025-10-28")
lopay("es9_p23a", "LO-INV-77030", "sonia.carrasco@carrascoshop.es", "monthly", "1499.00", "2025-09-29T11:00:00", "2025-09-29", "2025-10-28")
lopay("es9_p23b", "LO-INV-77031", "sonia.carrasco@carrascoshop.es", "monthly", "1499.00", "2025-09-29T11:04:00", "2025-09-29", "2025-10-28")
f = mail("l23-ref-descuidada", "Sonia Carrasco <sonia.carrasco@carrascoshop.es>", LO, "Re: Tu recibo de LeadsOptima",
         (2025, 9, 30, 7, 55), headers={"In-Reply-To": "<receipt.LO-INV-77031@leadsoptima.com>",
                                        "References": "<receipt.LO-INV-77031@leadsoptima.com>"}, body="""hola!! me salen dos cobros identicos de ayer, el repetido es el lo inv 77031 (el otro el 77030).
me devolveis el repetido? plan mensual. gracias!!

Sonia - Carrasco Shop
""")
case("l23-ref-descuidada", [f], LOB, "decided", [R("approve", "1499.00")],
     spec="Sloppy reference 'lo inv 77031' matches LO-INV-77031 (section 8 invoice references); duplicate charge day 1; L4 approve 1499.00")

cust("victor.gallardo@gallardotech.io", "Víctor Gallardo", "annual", "2025-06-10", "2026-06-09")
lopay("es9_p24", "LO-INV-90640", "victor.gallardo@gallardotech.io", "annual", "17988.00", "2025-06-10T10:00:00", "2025-06-10", "2026-06-09")
f = mail("l24-demanda-baja", "Víctor Gallardo <victor.gallardo@gallardotech.io>", LO, "Baja inmediata",
         (2025, 9, 25, 15, 0), body="""Quiero dar de baja mi cuenta anual hoy mismo. Ya he hablado con mi abogado y si seguís
cobrándome tomaré acciones legales y lo denunciaré ante consumo.

Víctor Gallardo
CTO, Gallardo Tech
""")
case("l24-demanda-baja", [f], LOB, "decided", [C("escalate")], rules=["C4"],
     spec="Lawyer / legal action / consumer authority: C4 covers the whole case (section 8), so even the cancellation is escalate")

# ---------------------------------------------------------------- Optima WebDesign
proj("Clínica Dental Sonrisas", "gerencia@clinicasonrisas.es", None)
owpay("es9_o01", "OWD-2025-301", "Clínica Dental Sonrisas", "deposit", "30000.00", "5400.00", "2025-09-22T11:00:00")
f = mail("o01-deposito-48h", "Gerencia Clínica Sonrisas <gerencia@clinicasonrisas.es>", OWD, "Refund Request — Clínica Dental Sonrisas",
         (2025, 9, 24, 10, 30), body="""Buenos días,

El lunes abonamos la reserva (factura OWD-2025-301) para el proyecto «Clínica Dental Sonrisas». La dirección ha decidido
aplazar la nueva web hasta el año que viene por un cambio de socios, así que solicitamos la devolución del depósito.
Nos consta que aún no se ha empezado ningún trabajo.

Atentamente,
Gerencia · Clínica Dental Sonrisas
""")
case("o01-deposito-48h", [f], OWB, "decided", [R("approve", "30000.00")],
     spec="O2 deposit paid 2025-09-22 11:00, request 2025-09-24 10:30 = 47.5 h < 72 h, work not started: approve 30000.00 before tax (C6)")

proj("Bodegas Arrieta", "marketing@bodegasarrieta.es", None)
owpay("es9_o02", "OWD-2025-302", "Bodegas Arrieta", "deposit", "25000.00", "4500.00", "2025-09-19T16:00:00")
f = mail("o02-deposito-72h-exactas", "Marketing Bodegas Arrieta <marketing@bodegasarrieta.es>", OWD, "Devolución reserva web Bodegas Arrieta",
         (2025, 9, 22, 16, 0), body="""Hola,

Os escribimos por la reserva del proyecto Bodegas Arrieta (OWD-2025-302). Hemos encontrado otra agencia con mejor
presupuesto y preferimos no seguir. Pedimos el reembolso de la reserva.

Saludos,
Departamento de Marketing
""")
case("o02-deposito-72h-exactas", [f], OWB, "decided", [R("deny")],
     spec="O2 deposit paid 2025-09-19 16:00, request 2025-09-22 16:00 = exactly 72 h: section 8 'Exactly 72 hours ... deny'")

proj("Academia Idiomas Babel", "direccion@academiababel.es", "2025-09-25T09:00:00")
owpay("es9_o03", "OWD-2025-303", "Academia Idiomas Babel", "deposit", "15000.00", "2700.00", "2025-09-24T18:00:00")
f = mail("o03-deposito-trabajo-empezado", "Dirección Academia Babel <direccion@academiababel.es>", OWD, "Cancelar proyecto y devolución",
         (2025, 9, 26, 12, 0), body="""Hola,

Pagamos la señal del proyecto Academia Idiomas Babel el miércoles (OWD-2025-303). Nos hemos dado cuenta de que el
presupuesto se nos va de las manos este trimestre y queremos la devolución de la señal.

Gracias,
Inés — Dirección
""")
case("o03-deposito-trabajo-empezado", [f], OWB, "decided", [R("deny")], extra_ok=True,
     spec="O2 deposit paid 2025-09-24 18:00, request 2025-09-26 12:00 (42 h) but work_started_at 2025-09-25 09:00 is before the request: 'whichever occurs first' -> deny; subject 'Cancelar proyecto' may add a cancellation decision (extra_ok)")

proj("Ferretería Hermanos Gil", "hermanosgil@ferreteriagil.es", None)
owpay("es9_o04", "OWD-2025-304", "Ferretería Hermanos Gil", "discovery", "12000.00", "2160.00", "2025-09-15T10:00:00")
f = mail("o04-discovery-sin-sesiones", "Ferretería Hermanos Gil <hermanosgil@ferreteriagil.es>", OWD, "Sesión de estrategia - devolución",
         (2025, 9, 27, 13, 15), body="""Buenas,

Pagamos la fase de estrategia (discovery) para el proyecto Ferretería Hermanos Gil, factura OWD-2025-304, pero todavía no
se ha hecho ninguna sesión ni hemos recibido nada. Mi hermano se jubila y cerramos la tienda a final de año, así que
ya no tiene sentido. Solicitamos el reembolso.

Un saludo,
Paco Gil
""")
case("o04-discovery-sin-sesiones", [f], OWB, "decided", [R("approve", "12000.00")],
     spec="O1 discovery, work_started_at empty: refundable in full, 12000.00 before tax")

proj("Inmobiliaria Costa Azahar", "info@costaazahar.es", "2025-09-18T10:00:00")
owpay("es9_o05", "OWD-2025-305", "Inmobiliaria Costa Azahar", "discovery", "9000.00", "1620.00", "2025-09-16T10:00:00")
f = mail("o05-discovery-empezada", "Costa Azahar <info@costaazahar.es>", OWD, "Reembolso workshop",
         (2025, 9, 25, 17, 30), body="""Hola,

Tuvimos la primera sesión de discovery el 18 del proyecto Inmobiliaria Costa Azahar, pero no nos convenció el enfoque.
Queremos la devolución de la factura OWD-2025-305.

Saludos
""")
case("o05-discovery-empezada", [f], OWB, "decided", [R("deny")],
     spec="O1 discovery with work_started_at 2025-09-18 before the request: deny")

proj("Tienda Online Lanas Merino", "pedidos@lanasmerino.es", "2025-08-01T10:00:00")
owpay("es9_o06", "OWD-2025-306", "Tienda Online Lanas Merino", "milestone", "18500.00", "3330.00", "2025-09-10T10:00:00", milestone_status="not_started")
f = mail("o06-hito-no-empezado", "Lanas Merino <pedidos@lanasmerino.es>", OWD, "Hito 3 - pasarela de pago",
         (2025, 9, 29, 11, 45), body="""Hola equipo,

Del proyecto Tienda Online Lanas Merino pagamos por adelantado el hito 3 (integración de la pasarela de pago), factura
OWD-2025-306. Finalmente Shopify nos da la pasarela incluida, así que ese hito ya no hace falta. ¿Nos podéis
reembolsar ese hito, que todavía no habéis empezado?

Gracias,
Carmen (Lanas Merino)
""")
case("o06-hito-no-empezado", [f], OWB, "decided", [R("approve", "18500.00")],
     spec="O3 milestone status not_started: refund that milestone's amount 18500.00 before tax")

proj("Restaurante El Fogón", "reservas@elfogon.es", "2025-08-20T10:00:00")
owpay("es9_o07", "OWD-2025-307", "Restaurante El Fogón", "milestone", "14000.00", "2520.00", "2025-09-05T10:00:00", milestone_status="in_progress")
f = mail("o07-hito-en-curso", "El Fogón <reservas@elfogon.es>", OWD, "Devolución parte del hito",
         (2025, 9, 26, 16, 0), body="""Hola,

Del proyecto Restaurante El Fogón, el hito de la carta digital (OWD-2025-307) está a medias. Hemos cambiado de idea sobre
la carta digital porque usaremos la de la plataforma de reservas. Queremos que nos devolváis la parte no hecha.

Un saludo,
Andrés
""")
case("o07-hito-en-curso", [f], OWB, "decided", [R("escalate")],
     spec="O3 milestone in_progress: escalate (billable value of work not started needs a person)")

proj("Gimnasio PowerBox Vigo", "admin@powerboxvigo.es", "2025-07-01T10:00:00")
owpay("es9_o08", "OWD-2025-308", "Gimnasio PowerBox Vigo", "milestone", "22000.00", "3960.00", "2025-08-01T10:00:00", milestone_status="approved")
f = mail("o08-hito-aprobado", "PowerBox Vigo <admin@powerboxvigo.es>", OWD, "Reclamación diseño",
         (2025, 9, 23, 12, 30), body="""Buenas:

Aprobamos el diseño de la home del proyecto Gimnasio PowerBox Vigo (factura OWD-2025-308), pero viéndolo publicado no nos
gusta cómo queda en el móvil. Queremos que nos devolváis ese pago.

PowerBox Vigo
""")
case("o08-hito-aprobado", [f], OWB, "decided", [R("deny")],
     spec="O3 milestone approved: deny (O6 completed/approved deliverables non-refundable)")

proj("Mantenimiento Hotel Mirador", "direccion@hotelmirador.es", "2025-01-10T10:00:00")
owpay("es9_o09", "OWD-2025-309", "Mantenimiento Hotel Mirador", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00",
      next_billing_at="2025-10-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14")
f = mail("o09-iguala-con-preaviso", "Hotel Mirador <direccion@hotelmirador.es>", OWD, "Baja de la iguala mensual",
         (2025, 9, 30, 10, 0), body="""Hola,

Os comunicamos la baja de la iguala mensual de Mantenimiento Hotel Mirador (última factura OWD-2025-309). El hotel ha
sido vendido a una cadena que lleva la web desde su central. No pedimos devolución de nada.

Atentamente,
Dirección
""")
case("o09-iguala-con-preaviso", [f], OWB, "decided", [C("cancel", "2025-10-14")],
     spec="O4/O8 retainer, next_billing_at 2025-10-15; request 2025-09-30 <= 2025-10-08 (15 days' notice): cancel, effective the day before next billing 2025-10-14; 'No pedimos devolución' adds no refund")

proj("SEO Autoescuela Ruedas", "autoescuelaruedas@gmail.com", "2025-03-01T10:00:00")
owpay("es9_o10", "OWD-2025-310", "SEO Autoescuela Ruedas", "retainer", "6000.00", "1080.00", "2025-09-05T10:00:00",
      next_billing_at="2025-10-05T10:00:00", period_start="2025-09-05", period_end="2025-10-04")
f = mail("o10-iguala-sin-preaviso", "Autoescuela Ruedas <autoescuelaruedas@gmail.com>", OWD, "Cancelar SEO",
         (2025, 9, 30, 19, 0), body="""Hola, queremos cancelar el servicio mensual de SEO Autoescuela Ruedas (factura OWD-2025-310).
El motivo es que no hemos notado mas alumnos desde que empezamos y no lo podemos justificar.
Gracias, Luis
""")
case("o10-iguala-sin-preaviso", [f], OWB, "decided", [C("cancel", "2025-11-04")],
     spec="O4 retainer, next_billing_at 2025-10-05; cut-off 2025-09-28; request 2025-09-30 is later (<7 days' notice): next cycle 2025-10-05..2025-11-04 is billed, effective_date 2025-11-04")

proj("Hosting Farmacia Robles", "farmaciarobles@farmaciarobles.es", None)
owpay("es9_o11", "OWD-2025-311", "Hosting Farmacia Robles", "hosting_annual", "18000.00", "3240.00", "2025-09-18T10:00:00",
      setup_fee="2400.00", service_start="2025-09-20")
f = mail("o11-hosting-14dias", "Farmacia Robles <farmaciarobles@farmaciarobles.es>", OWD, "Hosting anual - desistimiento",
         (2025, 9, 29, 13, 0), body="""Buenos días,

Contratamos el hosting anual para Hosting Farmacia Robles (factura OWD-2025-311, 18.000 + IVA). El colegio de farmacéuticos nos
ofrece alojamiento gratuito para las webs de farmacias, así que queremos darlo de baja y que nos devolváis la parte
correspondiente.

Un saludo,
Farmacia Robles
""")
case("o11-hosting-14dias", [f], OWB, "decided", [R("approve", "14300.00")], extra_ok=True,
     spec="O5 hosting_annual, service_start 2025-09-20, request 2025-09-29 = day 9 <= 14; monthly_value = (18000-2400)/12 = 1300.00; consumed 1; refund 18000-2400-1300 = 14300.00; the baja may also be decided as a cancellation (extra_ok)")

proj("Mantenimiento Web Óptica Lince", "optica.lince@opticalince.es", None)
owpay("es9_o12", "OWD-2025-312", "Mantenimiento Web Óptica Lince", "maintenance_annual", "9600.00", "1728.00", "2025-09-01T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
f = mail("o12-mantenimiento-fuera", "Óptica Lince <optica.lince@opticalince.es>", OWD, "Reembolso mantenimiento anual",
         (2025, 9, 22, 10, 20), body="""Hola,

Solicitamos el reembolso del mantenimiento anual del proyecto Mantenimiento Web Óptica Lince (OWD-2025-312). Nuestro sobrino
ha aprendido a actualizar la web y no vamos a necesitar el servicio.

Óptica Lince
""")
case("o12-mantenimiento-fuera", [f], OWB, "decided", [R("deny")], extra_ok=True,
     spec="O5 maintenance_annual, service_start 2025-09-01, request 2025-09-22 = day 21 > 14: deny")

proj("Web Peluquería Tijeras", "hola@peluqueriatijeras.es", "2025-07-01T10:00:00")
owpay("es9_o13", "OWD-2025-313", "Web Peluquería Tijeras", "third_party", "1800.00", "324.00", "2025-09-24T10:00:00")
f = mail("o13-dominio", "Peluquería Tijeras <hola@peluqueriatijeras.es>", OWD, "Devolución renovación dominio",
         (2025, 9, 26, 18, 30), body="""Hola chicos, nos habéis renovado el dominio .es de la Web Peluquería Tijeras (factura OWD-2025-313) y ya no lo
queremos porque nos pasamos al .com. ¿Nos devolvéis lo del dominio?
Un beso, Vane
""")
case("o13-dominio", [f], OWB, "decided", [R("deny")],
     spec="O6 third_party (domain renewal): never refundable, deny citing Non-refundable items (worked example 10)")

proj("Landing Congreso Médico", "secretaria@congresomedico.org", "2025-09-01T10:00:00")
owpay("es9_o14", "OWD-2025-314", "Landing Congreso Médico", "rush", "7500.00", "1350.00", "2025-09-10T10:00:00")
f = mail("o14-urgencia", "Secretaría Congreso <secretaria@congresomedico.org>", OWD, "Recargo por urgencia",
         (2025, 9, 25, 9, 10), body="""Estimados:

Nos cobraron un recargo por urgencia (OWD-2025-314) en el proyecto Landing Congreso Médico, pero al final el congreso se ha
retrasado a febrero y la urgencia no era necesaria. Solicitamos la devolución de ese recargo.

Secretaría técnica
""")
case("o14-urgencia", [f], OWB, "decided", [R("deny")],
     spec="O6 rush fee: never refundable, deny")

proj("Portal Cooperativa Olivar", "cooperativa@olivarsur.es", None)
owpay("es9_o15", "OWD-2025-315", "Portal Cooperativa Olivar", "deposit", "20000.00", "3600.00", "2025-09-29T10:00:00")
f = mail("o15-otro-remitente", "Juan Molina <juanmolina1971@gmail.com>", OWD, "devolucion deposito cooperativa",
         (2025, 9, 30, 9, 0), body="""Buenos dias, soy el tesorero de la cooperativa. Pagamos ayer el deposito del Portal Cooperativa Olivar
(OWD-2025-315) pero la asamblea no ha aprobado el gasto. Pedimos la devolucion.
Juan Molina, tesorero
""")
case("o15-otro-remitente", [f], OWB, "need_info", rules=["C2"],
     spec="Sender juanmolina1971@gmail.com is not the contract email cooperativa@olivarsur.es: C2 (Optima 'emailed from the contracting email'), need_info, nothing about the account")

proj("App Reservas Padel Norte", "socios@padelnorte.es", None)
owpay("es9_o16", "OWD-2025-316", "App Reservas Padel Norte", "deposit", "40000.00", "7200.00", "2025-09-28T10:00:00")
f = mail("o16-abogado", "Pádel Norte <socios@padelnorte.es>", OWD, "Devolución depósito App Reservas Padel Norte",
         (2025, 9, 29, 20, 0), body="""Buenas,

Queremos la devolución íntegra del depósito OWD-2025-316 (App Reservas Padel Norte) porque la junta ha votado no seguir con la app.
Os aviso de que nuestro abogado ya está al tanto y, si no se devuelve, reclamaremos por la vía legal y ante consumo.

Junta directiva, Pádel Norte
""")
case("o16-abogado", [f], OWB, "decided", [R("escalate")], rules=["C4"],
     spec="Lawyer / legal claim: C4 escalate, even though O2 (34 h, no work) would approve")

proj("Mantenimiento Colegio San Fermín", "secretaria@colegiosanfermin.es", None)
owpay("es9_o17", "OWD-2025-317", "Mantenimiento Colegio San Fermín", "maintenance_annual", "9999.00", "1799.82", "2025-09-17T10:00:00",
      setup_fee="1500.00", service_start="2025-09-18")
f1 = mail("o17-hilo-a", "Secretaría Colegio San Fermín <secretaria@colegiosanfermin.es>", OWD, "Reembolso mantenimiento",
          (2025, 9, 26, 12, 0), body="""Hola,

El consejo escolar ha decidido que el mantenimiento de la web lo llevará el AMPA, así que queremos cancelar el mantenimiento
anual que contratamos hace unos días y que nos devolváis lo que corresponda.

Secretaría
""")
f2 = mail("o17-hilo-b", "Secretaría Colegio San Fermín <secretaria@colegiosanfermin.es>", OWD, "Re: Reembolso mantenimiento [OWD-2207]",
          (2025, 9, 29, 9, 40), reply_to="o17-hilo-a", body="""Buenos días, os paso los datos:
Proyecto: Mantenimiento Colegio San Fermín
Factura: OWD-2025-317

Gracias.

-----Mensaje original-----
De: Optima WebDesign
Enviado el: viernes, 26 de septiembre de 2025
Asunto: Re: Reembolso mantenimiento [OWD-2207]
""")
case("o17-hilo-mantenimiento", [f1, f2], OWB, "decided", [R("approve", "7790.75")], extra_ok=True,
     spec="Thread: first email lacks project and invoice (C3), answer supplies them; request time = first email 2025-09-26, service_start 2025-09-18 = day 8 <= 14 (O5); monthly_value (9999.00-1500.00)/12 = 708.25; refund 9999.00-1500.00-708.25 = 7790.75; cancellation of the plan tolerated (extra_ok)")

proj("Web Asesoría Fiscal Prieto", "prieto@asesoriaprieto.es", "2025-05-01T10:00:00")
owpay("es9_o18", "OWD-2025-318", "Web Asesoría Fiscal Prieto", "retainer", "5000.00", "900.00", "2025-09-20T10:00:00",
      next_billing_at="2025-10-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19")
f = mail("o18-baja-sin-motivo", "Asesoría Prieto <prieto@asesoriaprieto.es>", OWD, "Baja",
         (2025, 9, 24, 11, 0), body="""Buenos días,

Por la presente les comunico la baja del servicio mensual de la Web Asesoría Fiscal Prieto, factura OWD-2025-318.

Sin otro particular, reciban un cordial saludo.

Fernando Prieto
Asesoría Fiscal Prieto
C/ Mayor 12, 28013 Madrid
AVISO LEGAL: Este correo electrónico es confidencial y para uso exclusivo del destinatario.
""")
case("o18-baja-sin-motivo", [f], OWB, "need_info", missing=["reason"],
     spec="Optima cancellation needs a reason (section 8 'What a reason is'); greeting, signature and legal disclaimer are not reasons: C3 need_info [reason]")

proj("Marketing Bufete Salinas", "contacto@bufetesalinas.es", "2025-02-01T10:00:00")
owpay("es9_o19a", "OWD-2025-319", "Marketing Bufete Salinas", "retainer", "10000.00", "1800.00", "2025-09-10T10:00:00",
      next_billing_at="2025-10-10T10:00:00", period_start="2025-09-10", period_end="2025-10-09")
owpay("es9_o19b", "OWD-2025-320", "Marketing Bufete Salinas", "retainer", "10000.00", "1800.00", "2025-09-12T10:00:00",
      next_billing_at="2025-11-10T10:00:00", period_start="2025-10-10", period_end="2025-11-09")
f = mail("o19-iguala-pagada-adelantado", "Bufete Salinas <contacto@bufetesalinas.es>", OWD, "Fin de la colaboración - Marketing Bufete Salinas",
         (2025, 9, 25, 12, 0), body="""Estimado equipo:

Les comunicamos que damos por terminada la iguala de Marketing Bufete Salinas (facturas OWD-2025-319 y OWD-2025-320; la segunda
la pagamos por adelantado para octubre). El motivo es una reestructuración interna: el marketing pasa a llevarlo el despacho.

Un saludo,
Administración — Bufete Salinas
""")
case("o19-iguala-pagada-adelantado", [f], OWB, "decided", [C("escalate")], extra_ok=True,
     spec="Retainer with the next cycle (2025-10-10..2025-11-09) already paid; notice 2025-09-25 vs next billing 2025-10-10 = 15 days >= 7: section 8 'Retainer paid in advance' -> cancellation escalate",
     ambiguous="Which payment is 'next_billing_at' when two retainer payments exist is not settled; here the paid-ahead cycle and >=7 days' notice make it escalate by section 8.")

proj("Catálogo Muebles Roble", "ventas@mueblesroble.es", None)
owpay("es9_o20", "OWD-2025-321", "Catálogo Muebles Roble", "deposit", "16000.00", "2880.00", "2025-09-27T10:00:00", status="refunded")
f = mail("o20-pago-ya-devuelto", "Muebles Roble <ventas@mueblesroble.es>", OWD, "Reembolso del depósito",
         (2025, 9, 29, 10, 0), body="""Hola,

Solicitamos el reembolso del depósito del proyecto Catálogo Muebles Roble, factura OWD-2025-321, porque hemos decidido
hacer el catálogo en papel este año.

Muebles Roble
""")
case("o20-pago-ya-devuelto", [f], OWB, "decided", [R("escalate")],
     spec="Payment status 'refunded' (not paid): section 8 'Payments not paid ... a refund of one is escalated'")

f = mail("o21-rebote", "Mail Delivery Subsystem <MAILER-DAEMON@mx.optimawebdesign.com>", OWD, "Undelivered Mail Returned to Sender",
         (2025, 9, 30, 11, 0), body="""Este es el sistema de correo. No se ha podido entregar su mensaje a uno o más destinatarios.

<facturacion@tiendaextinta.es>: host mx.tiendaextinta.es said: 550 5.1.1 Usuario desconocido
""")
case("o21-rebote", [f], OWB, "ignore", rules=["C7"],
     spec="MAILER-DAEMON sender (bounce): C7 ignore")

proj("Web Panadería La Espiga", "laespiga.panaderia@gmail.com", "2025-06-01T10:00:00")
owpay("es9_o22", "OWD-2025-322", "Web Panadería La Espiga", "change_request", "3500.00", "630.00", "2025-09-20T10:00:00")
f = mail("o22-reenvio-cambio", "Panadería La Espiga <laespiga.panaderia@gmail.com>", OWD, "RV: presupuesto cambios",
         (2025, 9, 27, 9, 0), body="""Hola, os reenvío lo que hablé con vuestra compañera. Al final el cambio de la tienda online (factura OWD-2025-322,
proyecto Web Panadería La Espiga) no lo vamos a usar porque cerramos los pedidos por internet. Quiero que me devolváis
ese importe.

---------- Mensaje reenviado ---------
De: Laura (Optima WebDesign) <support@optimawebdesign.com>
Fecha: sáb, 20 sept 2025 a las 11:02
Asunto: presupuesto cambios
Para: <laespiga.panaderia@gmail.com>

Hola, te confirmo el presupuesto del cambio fuera de alcance: 3.500 + IVA.
""")
case("o22-reenvio-cambio", [f], OWB, "decided", [R("deny")],
     spec="Gmail forward of the agency's own quote; the customer (contract email) asks a refund of a change_request: O6 never refundable, deny")


def main():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    for name, m in emails.items():
        with open(os.path.join(HERE, "emails", name + ".eml"), "wb") as fh:
            fh.write(m.as_bytes(policy=SMTP))
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(ledger, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": cases}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
