"""fresh15_es: Spanish held-out cases (Spain, Mexico, Argentina, Colombia, Chile, Peru, Uruguay).

Stdlib only, deterministic: `python3 make_cases.py` writes ledger.json, emails/*.eml and expected.json
beside this file.  All text written for this project (MIT, like the project).
"""
from __future__ import annotations

import email
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "es"
LO = "LeadsOptima Support <support@leadsoptima.com>"
LOA = "support@leadsoptima.com"
OW = "Optima WebDesign <optimawebdesigns12@gmail.com>"
OWA = "optimawebdesigns12@gmail.com"
LOB, OWB = "leadsoptima", "optima_webdesign"


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


ESP, MX, AR, CO, CL, PE, UY, IST = tz(2), tz(-6), tz(-3), tz(-5), tz(-3), tz(-5), tz(-3), tz(5, 30)
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def cust(email_, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email_, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(pid, inv, email_, plan, amt, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email_,
                               "kind": "subscription", "plan": plan, "amount": amt[0], "tax": amt[1],
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
            "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
            "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
            "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def eml(name, frm, to, subject, when, mid, body=None, html=None, irt=None, refs=None, headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{mid}>"
    if irt:
        m["In-Reply-To"] = f"<{irt}>"
        m["References"] = " ".join(f"<{r}>" for r in (refs or [irt]))
    for k, v in (headers or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    with open(os.path.join(HERE, "emails", name), "wb") as fh:
        fh.write(m.as_bytes(policy=policy.SMTP))
    return "emails/" + name


def raw_eml(name, text):
    m = email.message_from_bytes(text.encode("utf-8"), policy=policy.default)
    with open(os.path.join(HERE, "emails", name), "wb") as fh:
        fh.write(m.as_bytes(policy=policy.SMTP))
    return "emails/" + name


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", **kw):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    c.update(kw)
    c["spec"] = spec
    CASES.append(c)


def ref(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def can(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if outcome == "cancel":
        d["effective_date"] = eff
    return d


def d(y, mo, da, h=10, mi=0, z=IST):
    return datetime(y, mo, da, h, mi, tzinfo=z)


def build():
    # ---------------------------------------------------------------- LeadsOptima
    c = "carlos.mendoza@abarrotesmendoza.com.mx"
    cust(c, "Carlos Mendoza", "monthly", start="2025-09-20", end="2025-10-19")
    lopay("es_p01a", "LO-INV-70101", c, "monthly", M, "2025-09-20T19:14:00", "2025-09-20", "2025-10-19")
    lopay("es_p01b", "LO-INV-70102", c, "monthly", M, "2025-09-20T19:16:00", "2025-09-20", "2025-10-19")
    f = eml("l01-cobro-doble-mx.eml", f"Carlos Mendoza <{c}>", LOA, "cobro doble!!", d(2025, 9, 23, 11, 40, MX),
            "l01.es15@abarrotesmendoza.com.mx", body=(
                "Buenos días\n\nFíjense que revisando el estado de cuenta de la tarjeta me aparecen DOS cargos "
                "de INR 1,768.82 el mismo día 20 de septiembre, con dos minutos de diferencia. Solo tengo un plan "
                "mensual, o sea que me cobraron dos veces. Les pido de favor que me regresen el segundo, la "
                "factura es lo inv 70102.\n\nSaludos\nCarlos Mendoza\nAbarrotes Mendoza, Guadalajara Jal."))
    case("l01-cobro-doble-mx", [f], LOB, "decided", [ref("approve", "1499.00")],
         spec="L2 duplicate_payment, L3 day 3 (2025-09-20 -> 2025-09-23 23:10 IST), L4 pair in ledger: refund the "
              "duplicate's 1499.00 before tax (C6; the customer quotes 1,768.82 with IVA); invoice matched loosely (sec. 8).")

    c = "m.ferrer@ferrerasesores.es"
    cust(c, "Montserrat Ferrer", "annual", start="2025-09-02", end="2026-09-01")
    lopay("es_p02a", "LO-INV-70201", c, "annual", A, "2025-09-02T12:05:00", "2025-09-02", "2026-09-01")
    lopay("es_p02b", "LO-INV-70202", c, "annual", A, "2025-09-02T12:06:00", "2025-09-02", "2026-09-01")
    f = eml("l02-duplicado-dia8-es.eml", f"Montserrat Ferrer Puig <{c}>", LOA,
            "Reclamación cargo duplicado factura LO-INV-70202", d(2025, 9, 10, 10, 0, ESP),
            "l02.es15@ferrerasesores.es", body=(
                "Estimados señores:\n\nPor la presente les comunico que el pasado 2 de septiembre se me cargó por "
                "duplicado la cuota anual de su plataforma (11.988,00 INR + impuestos), según consta en las facturas "
                "LO-INV-70201 y LO-INV-70202. Les ruego procedan a la devolución del cargo duplicado.\n\n"
                "Sin otro particular, reciban un cordial saludo.\n\nMontserrat Ferrer Puig\nFerrer Assessors, S.L.\n"
                "Via Augusta 112, 08006 Barcelona\n\n"
                "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y van dirigidos exclusivamente a su "
                "destinatario. Si usted no es el destinatario, le rogamos lo comunique al remitente y lo elimine."))
    case("l02-duplicado-dia8-es", [f], LOB, "decided", [ref("deny")],
         spec="L3: charge 2025-09-02 (day 0), request 2025-09-10 13:30 IST = day 8 > 7: deny, even though L4 would fit.")

    c = "nicolas.sosa@sosaypartners.com.ar"
    cust(c, "Nicolás Sosa", "quarterly", start="2025-09-15", end="2025-12-14")
    lopay("es_p03a", "LO-INV-70301", c, "quarterly", Q, "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
    lopay("es_p03b", "LO-INV-70302", c, "quarterly", Q, "2025-09-15T10:03:00", "2025-09-15", "2025-12-14")
    f = eml("l03-doble-tarde-ar.eml", f"Nico Sosa <{c}>", LOA, "me debitaron 2 veces el trimestre",
            d(2025, 9, 22, 21, 0, AR), "l03.es15@sosaypartners.com.ar", body=(
                "Hola che, cómo va? El lunes 15 me debitaron dos veces el plan trimestral, tengo las dos facturas "
                "LO-INV-70301 y LO-INV-70302. Hoy hace justo una semana así que entiendo que estoy en plazo, "
                "me devuelven la segunda porfa?\n\nAbrazo\nNico"))
    case("l03-doble-tarde-ar", [f], LOB, "decided", [ref("deny")],
         spec="L3 in the brand zone (sec. 1): 2025-09-22 21:00 -03:00 is 2025-09-23 05:30 IST = day 8 after "
              "2025-09-15: deny, although it is day 7 in Buenos Aires.")

    c = "valentina.rios@cafeteriarios.co"
    cust(c, "Valentina Ríos", "monthly", start="2025-09-15", end="2025-10-14")
    lopay("es_p04a", "LO-INV-70401", c, "monthly", M, "2025-09-15T19:30:00", "2025-09-15", "2025-10-14")
    lopay("es_p04b", "LO-INV-70402", c, "monthly", M, "2025-09-15T19:31:00", "2025-09-15", "2025-10-14")
    f = eml("l04-doble-dia7-co.eml", f"Valentina Rios <{c}>", LOA, "Cobro repetido", d(2025, 9, 22, 10, 0, CO),
            "l04.es15@cafeteriarios.co", body=(
                "Buenos días, qué pena molestarlos. Me llegaron dos cobros iguales del plan mensual el 15 de "
                "septiembre, o sea pagué dos veces. La factura del segundo cobro es LO-INV-70402. Me colaboran "
                "con la devolución por favor.\n\nMil gracias\nValentina Ríos\nCafetería Ríos - Medellín\n"
                "Enviado desde mi Huawei"))
    case("l04-doble-dia7-co", [f], LOB, "decided", [ref("approve", "1499.00")],
         spec="L3 day 7 is inside: 2025-09-22 10:00 -05:00 = 20:30 IST, day 7 after 2025-09-15; L4 pair: 1499.00.")

    c = "rodrigo.munoz@ferreteriasur.cl"
    cust(c, "Rodrigo Muñoz", "monthly", start="2025-09-24", end="2025-10-23")
    for i, t in ((1, "18:01"), (2, "18:02"), (3, "18:05")):
        lopay(f"es_p05{i}", f"LO-INV-7050{i}", c, "monthly", M, f"2025-09-24T{t}:00", "2025-09-24", "2025-10-23")
    f = eml("l05-tres-cobros-cl.eml", f"Rodrigo Muñoz <{c}>", LOA, "me cobraron 3 veces la mensualidad",
            d(2025, 9, 25, 9, 15, CL), "l05.es15@ferreteriasur.cl", body=(
                "hola, al final el sistema me cobró tres veces el mismo mes, 3 cargos de 1.768 cada uno el 24/09. "
                "Necesito la devolución de los dos que sobran, son las facturas LO-INV-70502 y LO-INV-70503. "
                "Queda la embarrada con la tarjeta de la empresa po\n\nRodrigo"))
    case("l05-tres-cobros-cl", [f], LOB, "decided", [ref("approve", "2998.00")],
         spec="Sec. 8 three identical charges: the 2nd and 3rd are duplicates, both day 1 (L3): 1499.00 x 2 = 2998.00.")

    c = "gabriela.quispe@textilesandinos.pe"
    cust(c, "Gabriela Quispe", "monthly", start="2025-09-25", end="2025-10-24")
    lopay("es_p06", "LO-INV-70601", c, "monthly", M, "2025-09-25T11:00:00", "2025-09-25", "2025-10-24")
    f = eml("l06-doble-sin-par-pe.eml", f"Gabriela Quispe <{c}>", LOA, "Doble débito en mi cuenta",
            d(2025, 9, 26, 16, 20, PE), "l06.es15@textilesandinos.pe", body=(
                "Señores LeadsOptima, buenas tardes.\n\nEl banco me muestra que se me debitó dos veces el pago "
                "mensual (factura LO-INV-70601). Solicito la devolución del cobro duplicado.\n\nAtentamente,\n"
                "Gabriela Quispe Huamán\nTextiles Andinos SAC - Cusco"))
    case("l06-doble-sin-par-pe", [f], LOB, "decided", [ref("escalate")],
         spec="L4: duplicate_payment inside the window (day 2: 2025-09-25 -> 2025-09-27 02:50 IST) but the ledger holds one charge only: escalate, no amount.")

    c = "javier.lozano@clinicadentallozano.es"
    cust(c, "Javier Lozano", "monthly", start="2025-09-18", end="2025-10-17")
    lopay("es_p07", "LO-INV-70701", c, "annual", A, "2025-09-18T07:45:00", "2025-09-18", "2026-09-17")
    f = eml("l07-plan-equivocado-es.eml", f"Javier Lozano <{c}>", LOA, "Me habéis cobrado el plan anual",
            d(2025, 9, 19, 9, 5, ESP), "l07.es15@clinicadentallozano.es", body=(
                "Hola,\n\nTengo contratado el plan mensual pero ayer me pasasteis un cargo de casi 14.150 por el "
                "anual (factura LO-INV-70701). Yo en ningún momento he cambiado de plan. Por favor, revisadlo y "
                "devolvedme el importe, es un error de facturación vuestro.\n\nUn saludo,\nJavier\n\n"
                "Clínica Dental Lozano · Zaragoza"))
    case("l07-plan-equivocado-es", [f], LOB, "decided", [ref("escalate")],
         spec="L2 billing_error (charged for the wrong plan), day 1: L5 escalate with the charge found, no amount.")

    c = "martina.pereyra@estudiopereyra.com.uy"
    cust(c, "Martina Pereyra", "monthly", status="cancelled", start="2025-08-27", end="2025-09-26")
    lopay("es_p08a", "LO-INV-70801", c, "monthly", M, "2025-08-27T10:00:00", "2025-08-27", "2025-09-26")
    lopay("es_p08b", "LO-INV-70802", c, "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
    f = eml("l08-cobro-tras-baja-uy.eml", f"Martina Pereyra <{c}>", LOA, "Cobro después de la baja",
            d(2025, 9, 28, 12, 10, UY), "l08.es15@estudiopereyra.com.uy", body=(
                "Hola, di de baja el plan a principios de mes desde Billing y aun así ayer me cobraron "
                "de nuevo (LO-INV-70802). Me siguieron cobrando después de cancelar, así que pido que me "
                "reintegren ese cobro.\n\nSaludos,\nMartina Pereyra\nEstudio Pereyra - Montevideo"))
    case("l08-cobro-tras-baja-uy", [f], LOB, "decided", [ref("escalate")],
         spec="L2 billing_error (charged after cancelling), day 1 after 2025-09-27: L5 escalate.")

    c = "hector.villalobos@autopartesvilla.mx"
    cust(c, "Héctor Villalobos", "monthly", start="2025-09-21", end="2025-10-20")
    lopay("es_p09", "LO-INV-70901", c, "monthly", M, "2025-09-21T20:00:00", "2025-09-21", "2025-10-20")
    f = eml("l09-sin-acceso-y-baja-mx.eml", f"Hector Villalobos <{c}>", LOA, "no puedo entrar",
            d(2025, 9, 24, 8, 2, MX), "l09.es15@autopartesvilla.mx", body=(
                "buenos dias desde el lunes no puedo iniciar sesion en la plataforma nomas se queda cargando "
                "ya borre cache ya probe en otro navegador y nada pague el mes el domingo factura LO-INV-70901 "
                "quiero que me devuelvan ese pago y que me den de baja porque asi no me sirve\n\n"
                "enviado desde mi iphone disculpe la brevedad"))
    case("l09-sin-acceso-y-baja-mx", [f], LOB, "decided", [ref("escalate"), can("cancel", "2025-10-20")],
         spec="L2 access_failure, day 3: L6 escalate; plus cancellation L8: current_period_end 2025-10-20.")

    c = "sofia.benitez@benitezdiseno.com.ar"
    cust(c, "Sofía Benítez", "quarterly", start="2025-08-30", end="2025-11-29")
    lopay("es_p10", "LO-INV-71001", c, "quarterly", Q, "2025-08-30T15:00:00", "2025-08-30", "2025-11-29")
    f = eml("l10-sin-acceso-tarde-ar.eml", f"Sofía Benítez <{c}>", LOA, "Re: acceso plataforma",
            d(2025, 9, 12, 11, 30, AR), "l10.es15@benitezdiseno.com.ar", irt="lo-3112.1@leadsoptima.com", body=(
                "Hola, les escribo porque hace días que no tengo acceso al panel, me tira error al loguearme. "
                "Pagué el trimestre el 30/8 (LO-INV-71001) y prácticamente no lo pude usar. Quiero el reintegro.\n\n"
                "Sofía"))
    case("l10-sin-acceso-tarde-ar", [f], LOB, "decided", [ref("deny")],
         spec="L3: charge 2025-08-30, request 2025-09-12 20:00 IST = day 13 > 7: deny (access_failure out of window).")

    c = "lucia.navarro@navarrofisio.es"
    cust(c, "Lucía Navarro", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("es_p11", "LO-INV-71101", c, "monthly", M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
    f = eml("l11-me-arrepenti-es.eml", f"Lucía Navarro <{c}>", LOA, "devolución", d(2025, 9, 27, 18, 40, ESP),
            "l11.es15@navarrofisio.es", body=(
                "Hola! Ayer me suscribí al plan mensual pero me he arrepentido, la verdad es que no lo he llegado "
                "a usar y no me convence para la clínica. ¿Me podéis devolver el dinero? Factura LO-INV-71101.\n\n"
                "Gracias majos\nLucía"))
    case("l11-me-arrepenti-es", [f], LOB, "decided", [ref("deny")],
         spec="L1: changed mind / did not use it is no exception reason: deny (reply offers cancellation), day 1.")

    c = "andres.cardenas@inmobiliariacardenas.co"
    cust(c, "Andrés Cárdenas", "quarterly", start="2025-08-15", end="2025-11-14")
    lopay("es_p12", "LO-INV-71201", c, "quarterly", Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
    f = eml("l12-caro-y-baja-co.eml", f"Andrés Cárdenas <{c}>", LOA, "Cancelación y reembolso plan trimestral",
            d(2025, 9, 19, 14, 0, CO), "l12.es15@inmobiliariacardenas.co", body=(
                "Buenas tardes,\n\nLes informo que deseo cancelar mi suscripción trimestral. Para una inmobiliaria "
                "pequeña como la nuestra resulta muy costoso y no le estamos sacando provecho. Les solicito además "
                "el reembolso proporcional de los dos meses que no vamos a usar (factura LO-INV-71201).\n\n"
                "Cordialmente,\nAndrés Cárdenas\nGerente - Inmobiliaria Cárdenas, Bogotá D.C."))
    case("l12-caro-y-baja-co", [f], LOB, "decided", [ref("deny"), can("cancel", "2025-11-14")],
         spec="L1: too expensive / unused days: refund deny (also outside L3: 2025-09-19 14:00 -05:00 = 2025-09-20 00:30 IST, day 36); L8 cancel, active to "
              "current_period_end 2025-11-14.")

    c = "ignacia.tapia@pasteleriatapia.cl"
    cust(c, "Ignacia Tapia", "monthly", status="trial", trial_ends="2025-10-03")
    f = eml("l13-prueba-gratis-cl.eml", f"Ignacia Tapia <{c}>", LOA, "quiero mi plata de vuelta",
            d(2025, 9, 27, 20, 0, CL), "l13.es15@pasteleriatapia.cl", body=(
                "Hola, me inscribí en la prueba gratis del plan mensual hace unos días y la verdad no me sirvió "
                "para la pastelería. Quiero que me devuelvan la plata.\n\nIgnacia"))
    case("l13-prueba-gratis-cl", [f], LOB, "decided", [ref("deny")],
         spec="L7: the account is on a free trial (status trial, no charges in the ledger): deny, nothing was billed.")

    c = "direccion@grupoaltamira.com.mx"
    cust(c, "Fernando Altamira", "annual", start="2025-03-11", end="2026-03-10")
    lopay("es_p14", "LO-INV-71401", c, "annual", A, "2025-03-11T10:00:00", "2025-03-11", "2026-03-10")
    f = eml("l14-baja-formal-mx.eml", f"Lic. Fernando Altamira <{c}>", LOA,
            "Solicitud de cancelación de suscripción anual", d(2025, 9, 16, 10, 0, MX),
            "l14.es15@grupoaltamira.com.mx", body=(
                "A quien corresponda:\n\nPor medio del presente solicito la cancelación de la suscripción anual "
                "asociada a este correo (direccion@grupoaltamira.com.mx). El motivo es que el corporativo "
                "decidió centralizar la prospección en el CRM de la casa matriz, por lo que ya no requeriremos "
                "la herramienta.\n\nSin más por el momento, quedo a sus órdenes.\n\nAtentamente\n"
                "Lic. Fernando Altamira Ruiz\nDirector Comercial | Grupo Altamira\nMonterrey, N.L."))
    case("l14-baja-formal-mx", [f], LOB, "decided", [can("cancel", "2026-03-10")],
         spec="L8: cancellation, active until current_period_end 2026-03-10; no refund asked.")

    c = "p.iglesias@iglesiasabogados.es"
    cust(c, "Pablo Iglesias Soto", "quarterly", start="2025-07-20", end="2025-10-19")
    lopay("es_p15", "LO-INV-71501", c, "quarterly", Q, "2025-07-20T10:00:00", "2025-07-20", "2025-10-19")
    f = eml("l15-baja-sin-motivo-es.eml", f"Pablo Iglesias Soto <{c}>", LOA, "Baja", d(2025, 9, 29, 9, 12, ESP),
            "l15.es15@iglesiasabogados.es", body=(
                "Buenos días:\n\nRuego tramiten la baja de nuestra suscripción.\n\nAtentamente,\n\n"
                "Pablo Iglesias Soto\nIglesias & Soto Abogados\nC/ Colón 14, 46004 Valencia\nTel. 963 000 000\n\n"
                "Este correo electrónico y, en su caso, cualquier fichero anexo al mismo, contiene información de "
                "carácter confidencial exclusivamente dirigida a su destinatario. En cumplimiento del RGPD le "
                "informamos de que sus datos serán tratados por IGLESIAS & SOTO ABOGADOS, S.L.P."))
    case("l15-baja-sin-motivo-es", [f], LOB, "decided", [can("cancel", "2025-10-19")],
         spec="L8/section 3: a LeadsOptima cancellation is not held up by the missing reason (signature and RGPD "
              "disclaimer are no reason): cancel, current_period_end 2025-10-19.")

    c = "ventas@maderasdelsur.pe"
    cust(c, "Maderas del Sur", "quarterly")
    lopay("es_p16", "LO-INV-71601", c, "quarterly", Q, "2025-07-31T10:00:00", "2025-07-31", None)
    f = eml("l16-baja-fallback-pe.eml", f"Maderas del Sur - Ventas <{c}>", LOA, "cancelar plan trimestral",
            d(2025, 9, 17, 9, 0, PE), "l16.es15@maderasdelsur.pe", body=(
                "Estimados, por favor cancelar nuestro plan trimestral, ya contratamos un equipo de ventas "
                "propio y no lo vamos a renovar.\n\nGracias,\nÁrea de Ventas - Maderas del Sur, Arequipa"))
    case("l16-baja-fallback-pe", [f], LOB, "decided", [can("cancel", "2025-10-30")],
         spec="L8 fallback (no current_period_end): last charge 2025-07-31 + 3 months - 1 day = 2025-10-30.")

    c = "tomas.gimenez@gimenezhnos.com.ar"
    cust(c, "Tomás Giménez", "monthly")
    lopay("es_p17", "LO-INV-71701", c, "monthly", M, "2025-08-31T20:15:00Z", None, None)
    f = eml("l17-baja-fallback-utc-ar.eml", f"Tomás Giménez <{c}>", LOA, "Baja del plan mensual",
            d(2025, 9, 20, 17, 45, AR), "l17.es15@gimenezhnos.com.ar", body=(
                "Buenas, quiero dar de baja el plan mensual. Nos mudamos de rubro y ya no hacemos ventas "
                "por WhatsApp.\nGracias\nTomás Giménez - Giménez Hnos., Rosario"))
    case("l17-baja-fallback-utc-ar", [f], LOB, "decided", [can("cancel", "2025-09-30")],
         spec="L8 fallback with an offset (sec. 8): charge 2025-08-31T20:15Z = 2025-09-01 01:45 IST; "
              "2025-09-01 + 1 month - 1 day = 2025-09-30.")

    c = "catalina.herrera@herreraeventos.co"
    cust(c, "Catalina Herrera", "annual", start="2024-10-09", end="2025-10-08")
    lopay("es_p18", "LO-INV-71801", c, "annual", A, "2024-10-09T10:00:00", "2024-10-09", "2025-10-08")
    f = eml("l18-no-quiero-reembolso-co.eml", f"Catalina Herrera <{c}>", LOA, "No renovar el plan anual",
            d(2025, 9, 24, 7, 50, CO), "l18.es15@herreraeventos.co", body=(
                "Hola equipo, buen día.\n\nNo estoy pidiendo reembolso, sé perfectamente que el año ya está pago "
                "y no aplica. Lo único que quiero es cancelar para que no se renueve el 9 de octubre, porque "
                "vamos a cerrar la línea de eventos corporativos.\n\nQuedo atenta, gracias.\nCatalina Herrera"))
    case("l18-no-quiero-reembolso-co", [f], LOB, "decided", [can("cancel", "2025-10-08")],
         spec="Sec. 8 negation: 'No estoy pidiendo reembolso' adds no refund; L8 cancel, current_period_end 2025-10-08.")

    c = "contabilidad@transportesorozco.mx"
    cust(c, "Transportes Orozco", "monthly", start="2025-09-22", end="2025-10-21")
    lopay("es_p19", "LO-INV-71901", c, "monthly", M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
    f = eml("l19-reembolso-sin-motivo-mx.eml", f"Contabilidad Transportes Orozco <{c}>", LOA,
            "Solicitud de reembolso LO-INV-71901", d(2025, 9, 25, 12, 0, MX), "l19.es15@transportesorozco.mx",
            body=("Buen día,\n\nPor este medio solicitamos el reembolso del pago correspondiente a la factura "
                  "LO-INV-71901 del plan mensual.\n\nQuedamos atentos a su amable respuesta.\n\nSaludos cordiales.\n\n"
                  "C.P. Rocío Orozco\nContabilidad | Transportes Orozco S.A. de C.V.\n"
                  "Este correo es confidencial. Antes de imprimir piense en el medio ambiente."))
    case("l19-reembolso-sin-motivo-mx", [f], LOB, "need_info", missing=["reason"],
         spec="Sec. 8 'what a reason is': restating the request, courtesy lines and signature are no reason; "
              "plan, invoice and sender known: C3 asks for the reason only.")

    c = "elena.vidal@vidalyoga.es"
    cust(c, "Elena Vidal", "monthly", start="2025-09-12", end="2025-10-11")
    lopay("es_p20a", "LO-INV-72001", c, "monthly", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    lopay("es_p20b", "LO-INV-72002", c, "monthly", M, "2025-09-12T10:02:00", "2025-09-12", "2025-10-11")
    f1 = eml("l20a-sin-motivo-es.eml", f"Elena Vidal <{c}>", LOA, "Devolución factura LO-INV-72002",
             d(2025, 9, 15, 11, 0, ESP), "l20a.es15@vidalyoga.es", body=(
                 "Hola, solicito la devolución de la factura LO-INV-72002, plan mensual.\nGracias.\nElena"))
    f2 = eml("l20b-respuesta-bot.eml", LO, c, "Re: Devolución factura LO-INV-72002 [LO-3150]",
             d(2025, 9, 15, 15, 0, IST), "lo-3150.1@leadsoptima.com", irt="l20a.es15@vidalyoga.es", body=(
                 "Dear Elena,\n\nThank you for writing to us. We understood: a refund of invoice LO-INV-72002, "
                 "monthly plan, registered email elena.vidal@vidalyoga.es.\n\nTo review your request we need the "
                 "reason for the refund. Please reply to this email and keep [LO-3150] in the subject.\n\n"
                 "LeadsOptima Support Team"))
    f3 = eml("l20c-motivo-es.eml", f"Elena Vidal <{c}>", LOA, "Re: Devolución factura LO-INV-72002 [LO-3150]",
             d(2025, 9, 24, 20, 30, ESP), "l20c.es15@vidalyoga.es", irt="lo-3150.1@leadsoptima.com",
             refs=["l20a.es15@vidalyoga.es", "lo-3150.1@leadsoptima.com"], body=(
                 "Perdón por la tardanza, estaba de vacaciones. El motivo: el día 12 se me cobró dos veces la "
                 "cuota mensual, la 72001 y la 72002, y la segunda sobra.\n\nElena\n\n"
                 "El lun, 15 sept 2025 a las 11:30, LeadsOptima Support (<support@leadsoptima.com>) escribió:\n"
                 "> Dear Elena,\n> To review your request we need the reason for the refund."))
    case("l20-hilo-motivo-respondido-es", [f1, f2, f3], LOB, "decided", [ref("approve", "1499.00")],
         spec="C3 thread: the reason arrives on 2025-09-24, but the request time is the first email "
              "(2025-09-15, day 3 after 2025-09-12): L4 approve the duplicate 1499.00.")

    f = eml("l21-c2-gmail-ar.eml", "Laura Paz <laurapaz.contadora@gmail.com>", LOA, "cancelación + reintegro",
            d(2025, 9, 18, 10, 0, AR), "l21.es15@gmail.com", body=(
                "Hola! Les escribo desde mi mail personal porque el del estudio no me anda. La cuenta está "
                "registrada con laura@estudiocontablepaz.com.ar, plan mensual. Me cobraron dos veces este mes "
                "(LO-INV-72101) y quiero el reintegro y la baja.\n\nLaura Paz"))
    cust("laura@estudiocontablepaz.com.ar", "Laura Paz", "monthly", start="2025-09-16", end="2025-10-15")
    lopay("es_p21", "LO-INV-72101", "laura@estudiocontablepaz.com.ar", "monthly", M, "2025-09-16T10:00:00",
          "2025-09-16", "2025-10-15")
    case("l21-c2-gmail-ar", [f], LOB, "need_info", rules=["C2"],
         spec="C2: the registered email named differs from the gmail sender: ask her to write from it, nothing "
              "about the account (worked example 5).")

    c = "diego.fuentes@fuentesconsultores.cl"
    cust(c, "Diego Fuentes", "monthly", start="2025-09-20", end="2025-10-19")
    f = eml("l22-c2-reply-to-cl.eml", "Diego Fuentes <dfuentes77@hotmail.com>", LOA, "Reembolso urgente",
            d(2025, 9, 22, 13, 0, CL), "l22.es15@hotmail.com", headers={"Reply-To": f"Diego Fuentes <{c}>"},
            body=("Hola, me cobraron dos veces la mensualidad (LO-INV-72201), favor devolver una. "
                  "Respondan al correo de la empresa.\nDiego"))
    lopay("es_p22a", "LO-INV-72200", c, "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
    lopay("es_p22b", "LO-INV-72201", c, "monthly", M, "2025-09-20T10:01:00", "2025-09-20", "2025-10-19")
    case("l22-c2-reply-to-cl", [f], LOB, "need_info", rules=["C2"],
         spec="Sec. 8 addresses: the sender is the From (hotmail, unknown); Reply-To never verifies: C2, no approval.")

    c = "ana.rojas@rojasimportaciones.cl"
    cust(c, "Ana Rojas", "quarterly", start="2025-09-01", end="2025-11-30")
    f = eml("l23-c2-etiqueta-mas-cl.eml", f"Ana Rojas <ana.rojas+leads@rojasimportaciones.cl>", LOA,
            "dar de baja", d(2025, 9, 23, 11, 0, CL), "l23.es15@rojasimportaciones.cl", body=(
                "Hola, necesito dar de baja el plan trimestral, cambiamos de proveedor de CRM.\nSaludos, Ana Rojas"))
    case("l23-c2-etiqueta-mas-cl", [f], LOB, "need_info", rules=["C2"],
         spec="Sec. 8: 'ana.rojas+leads@' is another address than the registered 'ana.rojas@': C2 need_info.")

    c = "jorge.salinas@ferreteriasalinas.mx"
    cust(c, "Jorge Salinas", "monthly", start="2025-09-05", end="2025-10-04")
    f = eml("l24-mayusculas-mx.eml", "JORGE SALINAS <Jorge.Salinas@FerreteriaSalinas.MX>", LOA,
            "CANCELACION", d(2025, 9, 26, 9, 30, MX), "l24.es15@ferreteriasalinas.mx", body=(
                "BUEN DIA FAVOR DE CANCELAR MI SUSCRIPCION MENSUAL YA NO LA OCUPO, ME JUBILO Y MI HIJO SE QUEDA "
                "CON EL NEGOCIO\nGRACIAS\nJORGE SALINAS"))
    case("l24-mayusculas-mx", [f], LOB, "decided", [can("cancel", "2025-10-04")],
         spec="Sec. 8: addresses compare case-insensitively, so the sender is the registered one; L8 cancel "
              "to current_period_end 2025-10-04.")

    boss = "ricardo.ortega@ortegalogistica.es"
    cust(boss, "Ricardo Ortega", "annual", start="2025-09-20", end="2026-09-19")
    lopay("es_p25a", "LO-INV-72501", boss, "annual", A, "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
    lopay("es_p25b", "LO-INV-72502", boss, "annual", A, "2025-09-20T10:01:00", "2025-09-20", "2026-09-19")
    f = eml("l25-rv-asistente-es.eml", "Marta Gil <secretaria@ortegalogistica.es>", LOA,
            "RV: cargo duplicado anual", d(2025, 9, 22, 9, 40, ESP), "l25.es15@ortegalogistica.es", body=(
                "Buenos días, os reenvío el correo de D. Ricardo, por favor gestionadlo.\n\nMarta Gil\n"
                "Secretaría de Dirección\n\n"
                "De: Ricardo Ortega <ricardo.ortega@ortegalogistica.es>\nEnviado: lunes, 22 de septiembre de "
                "2025 8:55\nPara: Marta Gil <secretaria@ortegalogistica.es>\nAsunto: cargo duplicado anual\n\n"
                "Marta, LeadsOptima nos ha cobrado dos veces la cuota anual el día 20 (LO-INV-72502 es la "
                "repetida). Pide que nos devuelvan la segunda, la cuenta está a mi nombre "
                "(ricardo.ortega@ortegalogistica.es).\nGracias, Ricardo"))
    case("l25-rv-asistente-es", [f], LOB, "need_info", rules=["C2"],
         spec="Sec. 8 forwards: an Outlook 'RV:' carries Ricardo's request naming his registered address, sent "
              "by his secretary: C2, ask for the request from the registered address.")

    c = "felipe.arango@arangoseguros.co"
    cust(c, "Felipe Arango", "monthly", start="2025-09-19", end="2025-10-18")
    lopay("es_p26a", "LO-INV-72601", c, "monthly", M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
    lopay("es_p26b", "LO-INV-72602", c, "monthly", M, "2025-09-19T18:30:00", "2025-09-19", "2025-10-18")
    f = eml("l26-reenvio-propio-co.eml", f"Felipe Arango <{c}>", LOA, "Fwd: pago duplicado septiembre",
            d(2025, 9, 25, 8, 0, CO), "l26.es15@arangoseguros.co", body=(
                "Reenvío lo de abajo porque nadie me ha respondido.\n\n"
                "---------- Mensaje reenviado ---------\nDe: Felipe Arango <felipe.arango@arangoseguros.co>\n"
                "Fecha: vie, 19 sept 2025 a las 21:10\nAsunto: pago duplicado septiembre\n"
                "Para: <support@leadsoptima.com>\n\n"
                "Buenas noches, la plataforma me hizo el cobro de la mensualidad dos veces, anoche y otra vez "
                "esta mañana (facturas LO-INV-72601 y LO-INV-72602). Solicito que me devuelvan la segunda."))
    case("l26-reenvio-propio-co", [f], LOB, "decided", [ref("approve", "1499.00")],
         spec="Sec. 8 forwards: the customer forwards his own request from the registered address; request time "
              "is this email (2025-09-25 18:30 IST, day 6 after 2025-09-19): L4 approve 1499.00.")

    c = "ximena.lara@laraboutique.mx"
    cust(c, "Ximena Lara", "monthly", start="2025-09-23", end="2025-10-22")
    lopay("es_p27", "LO-INV-72701", c, "monthly", M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
    f = eml("l27-contracargo-mx.eml", f"Ximena Lara <{c}>", LOA, "REEMBOLSO YA", d(2025, 9, 24, 19, 0, MX),
            "l27.es15@laraboutique.mx", body=(
                "Ni lo he usado y ya me cobraron (LO-INV-72701). Quiero mi dinero de vuelta o hago el contracargo "
                "con el banco, así de fácil. Ya hablé con el ejecutivo de BBVA y me dijo que levante la aclaración "
                "y un chargeback si no me responden hoy.\n\nX."))
    case("l27-contracargo-mx", [f], LOB, "decided", [ref("escalate")], rules=["C4"],
         spec="C4: chargeback threat (contracargo / chargeback with the bank): escalate, even though L1 would deny.")

    c = "gerencia@hotelbahia.mx"
    cust(c, "Hotel Bahía", "annual", start="2025-06-01", end="2026-05-31")
    f = eml("l28-abogado-baja-mx.eml", f"Gerencia Hotel Bahía <{c}>", LOA, "Cancelación inmediata",
            d(2025, 9, 29, 10, 0, tz(-7)), "l28.es15@hotelbahia.mx", body=(
                "Cancelen nuestra suscripción anual de inmediato. El servicio nunca hizo lo que su vendedor "
                "prometió. Ya turnamos el asunto a nuestro abogado y presentaremos queja ante PROFECO.\n\n"
                "Gerencia General\nHotel Bahía, Mazatlán"))
    case("l28-abogado-baja-mx", [f], LOB, "decided", [can("escalate")], rules=["C4"],
         spec="Sec. 8 'C4 covers the whole case': lawyer and PROFECO (consumer protection) mentioned: the "
              "cancellation is escalated too.")

    f = eml("l29-fuera-oficina.eml", f"Beatriz Soler <beatriz.soler@solerarquitectos.es>", LOA,
            "Respuesta automática: Re: Su factura LeadsOptima", d(2025, 9, 26, 8, 0, ESP),
            "l29.es15@solerarquitectos.es", headers={"Auto-Submitted": "auto-replied"}, body=(
                "Estaré fuera de la oficina hasta el 6 de octubre con acceso limitado al correo. Para cualquier "
                "cancelación o reembolso urgente, contacte con administracion@solerarquitectos.es.\n\nBeatriz Soler"))
    case("l29-fuera-oficina", [f], LOB, "ignore", rules=["C7"],
         spec="C7: Auto-Submitted: auto-replied (out of office) is ignored, though it mentions cancellation and refunds.")

    f = raw_eml("l30-rebote.eml", (
        "From: Mail Delivery System <MAILER-DAEMON@mx.ferreteriasur.cl>\n"
        "To: support@leadsoptima.com\n"
        f"Date: {format_datetime(d(2025, 9, 27, 3, 12, CL))}\n"
        "Subject: Mensaje no entregado: Re: me cobraron 3 veces la mensualidad [LO-3188]\n"
        "Message-ID: <l30.es15@mx.ferreteriasur.cl>\n"
        "Auto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b15es\"\n\n"
        "--b15es\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "No se pudo entregar su mensaje a rodrigo.munoz@ferreteriasur.cl: buzón lleno.\n\n"
        "--b15es\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.ferreteriasur.cl\n\nFinal-Recipient: rfc822; rodrigo.munoz@ferreteriasur.cl\n"
        "Action: failed\nStatus: 5.2.2\n\n--b15es--\n"))
    case("l30-rebote", [f], LOB, "ignore", rules=["C7"],
         spec="C7: MAILER-DAEMON delivery-status report (RFC 3464): ignore.")

    f = eml("l31-boletin.eml", "Novedades Marketing Hoy <boletin@marketinghoy.com.ar>", LOA,
            "¿Cansado de pedir reembolsos? 5 trucos para tu suscripción SaaS", d(2025, 9, 23, 7, 0, AR),
            "l31.es15@marketinghoy.com.ar",
            headers={"List-Id": "Marketing Hoy <novedades.marketinghoy.com.ar>", "Precedence": "bulk",
                     "List-Unsubscribe": "<mailto:baja@marketinghoy.com.ar>"},
            html=("<html><body><h1>Marketing Hoy</h1><p>Esta semana: cómo cancelar suscripciones que no usás y "
                  "pedir el reembolso de cobros dobles.</p><p><a href='https://marketinghoy.com.ar/baja'>Darse de "
                  "baja</a></p></body></html>"))
    case("l31-boletin", [f], LOB, "ignore", rules=["C7"],
         spec="C7: List-Id and Precedence: bulk newsletter (HTML only): ignore despite its words.")

    f = eml("l32-pregunta-previa-pe.eml", "Renzo Salazar <renzo.salazar@agenciaviajesinca.pe>", LOA,
            "Consulta antes de contratar", d(2025, 9, 19, 18, 30, PE), "l32.es15@agenciaviajesinca.pe", body=(
                "Hola, buenas tardes. Estamos evaluando contratar el plan anual para la agencia. Una consulta: "
                "si contratamos y a los dos meses vemos que no nos funciona, ¿nos devolverían la parte que no "
                "usamos? ¿O solo se puede cancelar?\n\nGracias de antemano,\nRenzo Salazar"))
    case("l32-pregunta-previa-pe", [f], LOB, "other",
         spec="Sec. 8 hypotheticals: a policy question before buying ('¿nos devolverían...?') is no request: other.")

    c = "elena.vidal@vidalyoga.es"
    f = eml("l33-gracias-es.eml", f"Elena Vidal <{c}>", LOA, "Re: Devolución factura LO-INV-72002 [LO-3150]",
            d(2025, 9, 30, 12, 0, ESP), "l33.es15@vidalyoga.es", irt="lo-3150.2@leadsoptima.com", body=(
                "¡Hola! Solo para confirmaros que ya me ha llegado el reembolso a la tarjeta. Muchísimas "
                "gracias por la rapidez, así da gusto.\n\nUn abrazo,\nElena"))
    case("l33-gracias-es", [f], LOB, "other",
         spec="A thank-you after a refund asks for nothing: other (no refund intent).")

    c = "carlos.mendoza@abarrotesmendoza.com.mx"
    f = eml("l34-factura-rfc-mx.eml", f"Carlos Mendoza <{c}>", LOA, "datos de facturación CFDI",
            d(2025, 9, 29, 13, 0, MX), "l34.es15@abarrotesmendoza.com.mx", body=(
                "Qué tal, una pregunta nada más: ¿la factura LO-INV-70101 puede salir con mi RFC (MEMC800101AB1) "
                "y razón social? Mi contador me la pide para el SAT. No es ninguna queja del cobro, todo bien "
                "con eso.\n\nGracias\nCarlos"))
    case("l34-factura-rfc-mx", [f], LOB, "other",
         spec="An invoice question that asks for no refund or cancellation (explicitly no complaint): other.")

    c = "paula.mejia@mejiaestetica.co"
    cust(c, "Paula Mejía", "monthly", start="2025-09-27", end="2025-10-26")
    lopay("es_p35a", "LO-INV-73501", c, "monthly", M, "2025-09-27T20:00:00", "2025-09-27", "2025-10-26")
    lopay("es_p35b", "LO-INV-73502", c, "monthly", M, "2025-09-27T20:00:40", "2025-09-27", "2025-10-26",
          status="refunded")
    f = eml("l35-ya-reembolsado-co.eml", f"Paula Mejía <{c}>", LOA, "doble cobro LO-INV-73502",
            d(2025, 9, 29, 9, 0, CO), "l35.es15@mejiaestetica.co", body=(
                "Hola, el sábado me salió el cobro duplicado, la factura repetida es la LO-INV-73502. "
                "Me pueden devolver ese valor?\nGracias, Paula Mejía"))
    case("l35-ya-reembolsado-co", [f], LOB, "decided", [ref("escalate")],
         spec="Sec. 8 payments not paid: the quoted duplicate is already 'refunded' (no paid pair for L4): escalate.")

    # ---------------------------------------------------------------- Optima WebDesign
    c = "hola@matebueno.com.ar"
    proj("Tienda Mate Bueno", c, None)
    owpay("es_w01", "OWD-2025-301", "Tienda Mate Bueno", "deposit", "25000.00", "4500.00", "2025-09-22T18:00:00")
    f = eml("o01-sena-48h-ar.eml", f"Mate Bueno <{c}>", OWA, "Refund Request — Tienda Mate Bueno / OWD-2025-301",
            d(2025, 9, 24, 10, 0, AR), "o01.es15@matebueno.com.ar", body=(
                "Hola equipo de Optima,\n\nEl lunes les pagamos la seña del proyecto Tienda Mate Bueno "
                "(OWD-2025-301, 29.500 rupias con IVA). Les pido la devolución: mi socia decidió salir de la sociedad "
                "y vamos a frenar la tienda online por ahora. Entiendo que todavía no arrancaron.\n\n"
                "Saludos,\nJulieta Ferraro\nhola@matebueno.com.ar"))
    case("o01-sena-48h-ar", [f], OWB, "decided", [ref("approve", "25000.00")],
         spec="O2: deposit paid 2025-09-22 18:00 IST, request 2025-09-24 18:30 IST = 48.5 h, work not started: "
              "approve 25000.00 before tax (C6).")

    c = "proyectos@bodegasarenal.es"
    proj("Bodegas Arenal Web", c, None)
    owpay("es_w02", "OWD-2025-302", "Bodegas Arenal Web", "deposit", "30000.00", "5400.00", "2025-09-15T11:00:00")
    f = eml("o02-senal-72h-exactas-es.eml", f"Bodegas Arenal - Proyectos <{c}>", OWA,
            "Solicitud de devolución de la señal - Bodegas Arenal Web (OWD-2025-302)", d(2025, 9, 18, 7, 30, ESP),
            "o02.es15@bodegasarenal.es", body=(
                "Buenos días:\n\nSolicitamos la devolución de la señal abonada para el proyecto Bodegas Arenal "
                "Web, factura OWD-2025-302. El consejo ha aprobado posponer la web a la próxima vendimia.\n\n"
                "Un saludo,\nIrene Castaño\nBodegas Arenal, La Rioja"))
    case("o02-senal-72h-exactas-es", [f], OWB, "decided", [ref("deny")],
         spec="Sec. 8: exactly 72 h (paid 2025-09-15 11:00 IST, request 2025-09-18 07:30 +02:00 = 11:00 IST) is "
              "not 'before 72 hours': O2 deny.")

    c = "camilo.reyes@reyesfotografia.co"
    proj("Portafolio Reyes Foto", c, "2025-09-26T09:00:00")
    owpay("es_w03", "OWD-2025-303", "Portafolio Reyes Foto", "deposit", "12000.00", "2160.00", "2025-09-25T10:00:00")
    f = eml("o03-anticipo-trabajo-iniciado-co.eml", f"Camilo Reyes <{c}>", OWA, "devolución anticipo",
            d(2025, 9, 26, 7, 30, CO), "o03.es15@reyesfotografia.co", body=(
                "Buenas, el miércoles en la noche pagué el anticipo del Portafolio Reyes Foto (OWD-2025-303). Lo pensé mejor y voy "
                "a seguir con mi página de Instagram nada más, así que quiero que me devuelvan el anticipo.\n"
                "Gracias\nCamilo Reyes"))
    case("o03-anticipo-trabajo-iniciado-co", [f], OWB, "decided", [ref("deny")],
         spec="O2 'whichever occurs first': 32 h after payment (2025-09-25 10:00 IST) but work started 2025-09-26 09:00 IST, "
              "before the request (07:30 -05:00 = 18:00 IST): deny.")

    c = "direccion@colegiosanmarcos.edu.mx"
    proj("Portal Colegio San Marcos", c, None)
    owpay("es_w04", "OWD-2025-304", "Portal Colegio San Marcos", "discovery", "15000.00", "2700.00",
          "2025-09-10T12:00:00")
    f = eml("o04-descubrimiento-sin-sesion-mx.eml", f"Dirección Colegio San Marcos <{c}>", OWA,
            "Cancelación taller de descubrimiento - Portal Colegio San Marcos", d(2025, 9, 20, 9, 0, MX),
            "o04.es15@colegiosanmarcos.edu.mx", body=(
                "Estimado equipo:\n\nPagamos la fase de descubrimiento del Portal Colegio San Marcos (factura "
                "OWD-2025-304, ₹15.000 + IVA) pero la sesión nunca se agendó y "
                "el patronato no autorizó el presupuesto del portal para este ciclo escolar. Solicitamos el "
                "reembolso total.\n\nAtentamente,\nMtra. Leticia Zamora, Directora"))
    case("o04-descubrimiento-sin-sesion-mx", [f], OWB, "decided", [ref("approve", "15000.00")], extra_ok=True,
         spec="O1: discovery, work_started_at empty: full refund 15000.00 before tax; the subject says 'Cancelación', so a "
              "cancellation decision beside it is harmless.")

    c = "contacto@vinateriamaipo.cl"
    proj("Viñatería Maipo", c, "2025-09-12T15:00:00")
    owpay("es_w05", "OWD-2025-305", "Viñatería Maipo", "discovery", "18000.00", "3240.00", "2025-09-08T10:00:00")
    f = eml("o05-descubrimiento-iniciado-cl.eml", f"Viñatería Maipo <{c}>", OWA,
            "Reembolso estrategia Viñatería Maipo OWD-2025-305", d(2025, 9, 19, 11, 0, CL),
            "o05.es15@vinateriamaipo.cl", body=(
                "Hola, tuvimos la primera sesión de estrategia el viernes 12 pero la verdad no nos gustó el "
                "enfoque que nos plantearon. Pedimos el reembolso del pago de estrategia (OWD-2025-305), "
                "proyecto Viñatería Maipo.\n\nSaludos cordiales\nPatricio Araya"))
    case("o05-descubrimiento-iniciado-cl", [f], OWB, "decided", [ref("deny")],
         spec="O1: a session started 2025-09-12, before the request: discovery fee non-refundable, deny.")

    c = "it@clinicasanisidro.pe"
    proj("App Clínica San Isidro", c, "2025-08-01T10:00:00")
    owpay("es_w06", "OWD-2025-306", "App Clínica San Isidro", "milestone", "40000.00", "7200.00",
          "2025-09-05T10:00:00", milestone_status="not_started")
    f = eml("o06-hito-no-iniciado-pe.eml", f"TI Clínica San Isidro <{c}>", OWA,
            "Refund Request — App Clínica San Isidro / OWD-2025-306", d(2025, 9, 23, 10, 0, PE),
            "o06.es15@clinicasanisidro.pe", body=(
                "Estimados:\n\nEl directorio decidió no desarrollar el módulo de citas móviles (hito 3 del "
                "proyecto App Clínica San Isidro), porque contrataremos una plataforma de terceros. Ese hito se "
                "pagó por adelantado con la factura OWD-2025-306 y aún no se ha empezado. Solicitamos su "
                "devolución (INR 40.000 + IGV).\n\nSaludos\nJorge Paredes\nJefe de TI"))
    case("o06-hito-no-iniciado-pe", [f], OWB, "decided", [ref("approve", "40000.00")],
         spec="O3: milestone not_started: refund that milestone's 40000.00 before tax.")

    c = "marketing@hostalsolymar.es"
    proj("Reservas Sol y Mar", c, "2025-08-20T10:00:00")
    owpay("es_w07", "OWD-2025-307", "Reservas Sol y Mar", "milestone", "22000.00", "3960.00",
          "2025-09-01T10:00:00", milestone_status="in_progress")
    f = eml("o07-hito-en-curso-es.eml", f"Hostal Sol y Mar <{c}>", OWA, "Devolución hito motor de reservas",
            d(2025, 9, 25, 13, 0, ESP), "o07.es15@hostalsolymar.es", body=(
                "Hola:\n\nDel hito del motor de reservas (Reservas Sol y Mar, OWD-2025-307) solo hemos visto un "
                "boceto en tres semanas y nos vamos a quedar con Booking. Queremos que nos devolváis lo pagado "
                "por ese hito.\n\nSaludos,\nNerea"))
    case("o07-hito-en-curso-es", [f], OWB, "decided", [ref("escalate")],
         spec="O3: milestone in_progress: the value of work not started needs a person: escalate, no amount.")

    c = "info@parrillaelgaucho.com.uy"
    proj("Parrilla El Gaucho", c, "2025-07-15T10:00:00")
    owpay("es_w08", "OWD-2025-308", "Parrilla El Gaucho", "milestone", "16000.00", "2880.00",
          "2025-08-20T10:00:00", milestone_status="approved")
    f = eml("o08-hito-aprobado-uy.eml", f"Parrilla El Gaucho <{c}>", OWA, "reintegro diseño",
            d(2025, 9, 21, 22, 0, UY), "o08.es15@parrillaelgaucho.com.uy", body=(
                "Buenas noches. Aprobamos el diseño de la web de Parrilla El Gaucho en agosto (OWD-2025-308) "
                "pero ahora que lo vemos publicado no nos convence el color. Pedimos el reintegro de ese hito.\n"
                "Gracias. Walter"))
    case("o08-hito-aprobado-uy", [f], OWB, "decided", [ref("deny")],
         spec="O3/O6: milestone approved: non-refundable, deny.")

    c = "admin@despachoibarra.mx"
    proj("Mantenimiento Despacho Ibarra", c, "2025-01-05T10:00:00")
    owpay("es_w09", "OWD-2025-309", "Mantenimiento Despacho Ibarra", "retainer", "8000.00", "1440.00",
          "2025-09-05T10:00:00", period_start="2025-09-05", period_end="2025-10-04",
          next_billing_at="2025-10-05T00:00:00")
    f = eml("o09-iguala-aviso-ok-mx.eml", f"Despacho Ibarra <{c}>", OWA,
            "Cancelación iguala mensual - Mantenimiento Despacho Ibarra", d(2025, 9, 27, 10, 0, MX),
            "o09.es15@despachoibarra.mx", body=(
                "Buen día.\n\nLes notifico que daremos por terminada la iguala mensual de mantenimiento "
                "(factura OWD-2025-309). El despacho se fusiona con otra firma que ya tiene su propio equipo de "
                "sistemas.\n\nSaludos,\nLic. Ramón Ibarra"))
    case("o09-iguala-aviso-ok-mx", [f], OWB, "decided", [can("cancel", "2025-10-04")],
         spec="O4/O8: request 2025-09-27 21:30 IST, cut-off 2025-10-05 - 7 days = 2025-09-28: notice given, "
              "cancel effective the day before next_billing_at, 2025-10-04.")

    c = "soporte@farmaciaguadalupe.mx"
    proj("Tienda Farmacia Guadalupe", c, "2025-02-07T10:00:00")
    owpay("es_w10", "OWD-2025-310", "Tienda Farmacia Guadalupe", "retainer", "9500.00", "1710.00",
          "2025-09-07T10:00:00", period_start="2025-09-07", period_end="2025-10-06",
          next_billing_at="2025-10-07T00:00:00")
    f = eml("o10-iguala-aviso-tarde-mx.eml", f"Farmacia Guadalupe <{c}>", OWA,
            "Baja del soporte mensual Tienda Farmacia Guadalupe", d(2025, 9, 30, 15, 0, MX),
            "o10.es15@farmaciaguadalupe.mx", body=(
                "Hola, hoy 30 de septiembre les avisamos con 7 días que ya no queremos el soporte mensual de la "
                "tienda (OWD-2025-310), el proyecto Tienda Farmacia Guadalupe se lo quedará el área de sistemas "
                "del corporativo.\nSaludos"))
    case("o10-iguala-aviso-tarde-mx", [f], OWB, "decided", [can("cancel", "2025-11-06")],
         spec="O4 in the brand zone: 2025-09-30 15:00 -06:00 = 2025-10-01 02:30 IST, after the cut-off "
              "2025-09-30 (next_billing_at 2025-10-07): next cycle 2025-10-07..2025-11-06 is billed, effective 2025-11-06.")

    c = "gestion@academiaidiomaslumen.es"
    proj("Campus Lumen", c, "2025-03-01T10:00:00")
    owpay("es_w11a", "OWD-2025-311", "Campus Lumen", "retainer", "12000.00", "2160.00", "2025-08-30T10:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
    owpay("es_w11b", "OWD-2025-312", "Campus Lumen", "retainer", "12000.00", "2160.00", "2025-09-15T10:00:00",
          period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
    f = eml("o11-iguala-prepagada-es.eml", f"Academia Lumen - Gestión <{c}>", OWA,
            "Fin del contrato de mantenimiento Campus Lumen", d(2025, 9, 20, 10, 0, ESP),
            "o11.es15@academiaidiomaslumen.es", body=(
                "Buenos días,\n\nQueremos cancelar el mantenimiento mensual de Campus Lumen a partir de octubre, "
                "porque migramos el campus a Moodle gestionado por la Consejería. Ya habíamos pagado octubre por "
                "adelantado (OWD-2025-312).\n\nGracias,\nSara Molina - Gestión"))
    case("o11-iguala-prepagada-es", [f], OWB, "decided", [can("escalate")],
         spec="Sec. 8 retainer paid in advance: October already paid (OWD-2025-312) and notice >= 7 days before "
              "2025-10-01: escalate.")

    c = "ventas@cafeteradelquindio.co"
    proj("Café del Quindío Hosting", c, "2025-09-18T10:00:00")
    owpay("es_w12", "OWD-2025-313", "Café del Quindío Hosting", "hosting_annual", "18000.00", "3240.00",
          "2025-09-17T10:00:00", setup_fee="2400.00", service_start="2025-09-18")
    f = eml("o12-hosting-14dias-co.eml", f"Café del Quindío <{c}>", OWA, "Cancelar hosting anual y reembolso",
            d(2025, 9, 26, 9, 0, CO), "o12.es15@cafeteradelquindio.co", body=(
                "Buen día, contratamos el hosting anual para Café del Quindío Hosting (factura OWD-2025-313) "
                "pero la casa matriz nos exige usar su servidor en AWS. Por favor cancelar el hosting y "
                "reembolsar lo que corresponda según su política de los 14 días.\n\nCordialmente,\n"
                "Luisa Fernanda Ospina"))
    case("o12-hosting-14dias-co", [f], OWB, "decided", [ref("approve", "14300.00")], extra_ok=True,
         spec="O5: day 8 of service_start 2025-09-18: (18000 - 2400) / 12 = 1300; 18000 - 2400 - 1300 x 1 = 14300.00; "
              "a cancellation decision beside it is harmless (the refund ends the plan).")

    c = "admin@librerialaboveda.com.ar"
    proj("Librería La Bóveda", c, "2025-09-01T10:00:00")
    owpay("es_w13", "OWD-2025-314", "Librería La Bóveda", "hosting_annual", "14400.00", "2592.00",
          "2025-08-30T10:00:00", setup_fee="1200.00", service_start="2025-09-01")
    f = eml("o13-hosting-dia15-ar.eml", f"Librería La Bóveda <{c}>", OWA, "reintegro hosting",
            d(2025, 9, 15, 22, 0, AR), "o13.es15@librerialaboveda.com.ar", body=(
                "Hola, pido el reintegro del hosting anual de Librería La Bóveda (OWD-2025-314). Nos pasamos a "
                "Tiendanube que ya incluye hosting. Entiendo que estoy dentro de los 14 días (hoy es 15 y "
                "arrancó el 1, son 14 días justos).\n\nGustavo"))
    case("o13-hosting-dia15-ar", [f], OWB, "decided", [ref("deny")],
         spec="O5 in the brand zone: 2025-09-15 22:00 -03:00 = 2025-09-16 06:30 IST, day 15 after service_start "
              "2025-09-01 (> 14): deny, although it is day 14 in Buenos Aires.")

    c = "direccion@centromedicoalba.es"
    proj("Centro Médico Alba", c, "2025-09-20T10:00:00")
    owpay("es_w14", "OWD-2025-315", "Centro Médico Alba", "maintenance_annual", "10000.00", "1800.00",
          "2025-09-19T10:00:00", setup_fee="1500.00", service_start="2025-09-20")
    f = eml("o14-mantenimiento-redondeo-es.eml", f"Dirección Centro Médico Alba <{c}>", OWA,
            "Refund Request — Centro Médico Alba / OWD-2025-315", d(2025, 9, 24, 16, 0, ESP),
            "o14.es15@centromedicoalba.es",
            html=("<div dir='ltr'><p>Buenas tardes:</p><p>Solicitamos la devolución del plan anual de "
                  "mantenimiento del proyecto <b>Centro Médico Alba</b> (factura OWD-2025-315). El Servicio de "
                  "Salud nos obliga a alojar la web en su infraestructura y el mantenimiento lo asumirá su "
                  "equipo.</p><p>Saludos,<br>Dra. Alba Serrano</p></div>"))
    case("o14-mantenimiento-redondeo-es", [f], OWB, "decided", [ref("approve", "7791.67")], extra_ok=True,
         spec="O5 + C6: (10000 - 1500) / 12 = 708.333...; 10000 - 1500 - 708.333... = 7791.666... -> 7791.67 "
              "(rounded once, half-up); HTML-only mail.")

    c = "compras@mueblesdelbajio.mx"
    proj("Muebles del Bajío", c, "2025-06-01T10:00:00")
    owpay("es_w15", "OWD-2025-316", "Muebles del Bajío", "third_party", "3200.00", "576.00", "2025-09-22T10:00:00")
    f = eml("o15-dominio-ssl-mx.eml", f"Compras Muebles del Bajío <{c}>", OWA, "reembolso dominio y SSL",
            d(2025, 9, 23, 9, 0, MX), "o15.es15@mueblesdelbajio.mx", body=(
                "Buen día, nos renovaron el dominio .com.mx y el certificado SSL de Muebles del Bajío "
                "(OWD-2025-316) pero ya lo habíamos comprado nosotros directo en GoDaddy. Pedimos el reembolso "
                "de esa renovación.\nSaludos, Compras"))
    case("o15-dominio-ssl-mx", [f], OWB, "decided", [ref("deny")],
         spec="O6: third_party (domain, SSL): non-refundable, deny.")

    c = "gerencia@pinturasandes.co"
    proj("Catálogo Pinturas Andes", c, "2025-09-01T10:00:00")
    owpay("es_w16", "OWD-2025-317", "Catálogo Pinturas Andes", "rush", "6000.00", "1080.00", "2025-09-24T10:00:00")
    f = eml("o16-urgencia-co.eml", f"Gerencia Pinturas Andes <{c}>", OWA, "Devolución cargo por urgencia",
            d(2025, 9, 26, 10, 0, CO), "o16.es15@pinturasandes.co", body=(
                "Buenos días. Pagamos el recargo por entrega urgente del Catálogo Pinturas Andes (OWD-2025-317), "
                "pero la feria a la que íbamos se aplazó a diciembre, así que ya no necesitamos la urgencia. "
                "Solicitamos la devolución de ese recargo.\nAtentamente, Gerencia"))
    case("o16-urgencia-co", [f], OWB, "decided", [ref("deny")],
         spec="O6: rush fee: non-refundable, deny.")

    c = "dueno@cerveceriapatagonia.com.ar"
    proj("Cervecería Patagonia", c, "2025-08-10T10:00:00")
    owpay("es_w17", "OWD-2025-318", "Cervecería Patagonia", "milestone", "20000.00", "3600.00",
          "2025-09-10T10:00:00", milestone_status="completed")
    f = eml("o17-desconocer-tarjeta-ar.eml", f"Martín Echeverría <{c}>", OWA, "ÚLTIMO AVISO",
            d(2025, 9, 25, 19, 0, AR), "o17.es15@cerveceriapatagonia.com.ar", body=(
                "Les pedí tres veces que me devuelvan el hito OWD-2025-318 de Cervecería Patagonia porque la "
                "tienda sigue con errores en el checkout. Si para el viernes no tengo respuesta desconozco el "
                "pago con la tarjeta (contracargo) y hago la denuncia en Defensa del Consumidor.\n\nMartín"))
    case("o17-desconocer-tarjeta-ar", [f], OWB, "decided", [ref("escalate")], rules=["C4"],
         spec="C4: chargeback ('desconozco el pago... contracargo') and consumer-protection complaint: escalate "
              "although the milestone is completed (O3 would deny).")

    c = "operaciones@lavanderiaandina.cl"
    proj("Web Lavandería Andina", c, "2025-04-01T10:00:00")
    owpay("es_w18", "OWD-2025-319", "Web Lavandería Andina", "retainer", "7000.00", "1260.00",
          "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14",
          next_billing_at="2025-10-15T00:00:00")
    f = eml("o18-baja-sin-motivo-cl.eml", f"Operaciones Lavandería Andina <{c}>", OWA,
            "Término de servicio mensual Web Lavandería Andina", d(2025, 9, 22, 9, 0, CL),
            "o18.es15@lavanderiaandina.cl", body=(
                "Estimados,\n\nJunto con saludar, solicitamos poner término al servicio mensual de la Web "
                "Lavandería Andina, factura OWD-2025-319.\n\nQuedamos atentos.\n\nSaludos cordiales,\n"
                "Operaciones | Lavandería Andina SpA\nAv. Providencia 1234, Santiago"))
    case("o18-baja-sin-motivo-cl", [f], OWB, "need_info", missing=["reason"],
         spec="Sec. 8: Optima requires a reason for cancellations too; greetings and signature are none: C3 asks "
              "for the reason (project, invoice and contract email are there).")

    c = "administracion@constructorahuaman.pe"
    proj("Constructora Huamán", c, "2025-08-01T10:00:00")
    owpay("es_w19", "OWD-2025-320", "Constructora Huamán", "milestone", "25000.00", "4500.00",
          "2025-09-20T10:00:00", milestone_status="not_started")
    f = eml("o19-c2-gmail-pe.eml", "Luis Huamán <luishuaman.ing@gmail.com>", OWA,
            "Devolución hito 2 - Constructora Huamán", d(2025, 9, 22, 8, 0, PE), "o19.es15@gmail.com", body=(
                "Buenos días, les escribo desde mi correo personal. Queremos la devolución del hito 2 de la web "
                "de Constructora Huamán (OWD-2025-320), todavía no empiezan y el proyecto de la obra se cayó. "
                "El contrato lo firmó administracion@constructorahuaman.pe.\nIng. Luis Huamán"))
    case("o19-c2-gmail-pe", [f], OWB, "need_info", rules=["C2"],
         spec="C2 (explicit for Optima): the request must come from the contract email, not a personal gmail.")

    c = "socios@estudiovegaycia.mx"
    proj("Sitio Vega y Cía", c, "2025-08-15T10:00:00")
    owpay("es_w20", "OWD-2025-321", "Sitio Vega y Cía", "milestone", "18500.00", "3330.00",
          "2025-09-12T10:00:00", milestone_status="not_started")
    f1 = eml("o20a-sin-motivo-mx.eml", f"Estudio Vega y Cía <{c}>", OWA,
             "Refund Request — Sitio Vega y Cía / OWD-2025-321", d(2025, 9, 19, 11, 0, MX),
             "o20a.es15@estudiovegaycia.mx", body=(
                 "Buenos días, solicitamos el reembolso del hito OWD-2025-321 del Sitio Vega y Cía.\n"
                 "Favor de confirmar.\nSaludos"))
    f2 = eml("o20b-pide-motivo.eml", OW, c, "Re: Refund Request — Sitio Vega y Cía / OWD-2025-321 [OWD-2210]",
             d(2025, 9, 20, 10, 0, IST), "owd-2210.1@optimawebdesign.com", irt="o20a.es15@estudiovegaycia.mx",
             body=("Hello,\n\nThank you for your message. We understood: a refund of invoice OWD-2025-321, project "
                   "Sitio Vega y Cía, contract email socios@estudiovegaycia.mx.\n\nPlease tell us the reason for "
                   "your refund request.\n\nBilling & Refunds Desk — Optima WebDesign"))
    f3 = eml("o20c-motivo-mx.eml", f"Estudio Vega y Cía <{c}>", OWA,
             "RE: Refund Request — Sitio Vega y Cía / OWD-2025-321 [OWD-2210]", d(2025, 9, 22, 17, 0, MX),
             "o20c.es15@estudiovegaycia.mx", irt="owd-2210.1@optimawebdesign.com",
             refs=["o20a.es15@estudiovegaycia.mx", "owd-2210.1@optimawebdesign.com"], body=(
                 "Claro: los socios acordaron cerrar la oficina de Querétaro, y ese hito era justamente la "
                 "sección de esa sede, así que ya no tiene caso.\n\nSaludos\n\n"
                 "-----Mensaje original-----\nDe: Optima WebDesign\nEnviado: viernes, 19 de septiembre de 2025 22:30\n"
                 "Asunto: Re: Refund Request\n\nPlease tell us the reason for your refund request."))
    case("o20-hilo-motivo-mx", [f1, f2, f3], OWB, "decided", [ref("approve", "18500.00")],
         spec="C3 thread: the reason answers the request for details; O3 milestone not_started: 18500.00.")

    c = "marca@heladosartico.com.ar"
    proj("Helados Ártico", c, "2025-08-01T10:00:00")
    owpay("es_w21", "OWD-2025-322", "Helados Ártico", "change_request", "5500.00", "990.00", "2025-09-18T10:00:00")
    f = eml("o21-cambio-alcance-html-ar.eml", f"Helados Ártico <{c}>", OWA, "devolución cambio de alcance",
            d(2025, 9, 21, 12, 0, AR), "o21.es15@heladosartico.com.ar",
            html=("<html><body style='font-family:Arial'><p>Hola chicos!</p><p>Les pagamos el cambio de alcance "
                  "para agregar el mapa de sucursales en <b>Helados Ártico</b> (OWD-2025-322) pero al final "
                  "cerramos dos locales y el mapa no tiene sentido. ¿Nos devuelven esa plata?</p>"
                  "<p>Besos,<br>Flor<br><i>Helados Ártico - desde 1962</i></p></body></html>"))
    case("o21-cambio-alcance-html-ar", [f], OWB, "decided", [ref("deny")],
         spec="O6: change_request fees are non-refundable: deny (HTML-only webmail).")

    f = eml("o22-otra-marca-co.eml", f"Valentina Rios <valentina.rios@cafeteriarios.co>", OWA,
            "cancelar suscripción", d(2025, 9, 29, 10, 0, CO), "o22.es15@cafeteriarios.co", body=(
                "Hola, quiero cancelar mi suscripción mensual de LeadsOptima, ya abrimos la segunda sede y "
                "contratamos otra herramienta. Gracias, Valentina"))
    case("o22-otra-marca-co", [f], OWB, "need_info", rules=["C2"],
         spec="Sec. 8 other brand's customer: sent to Optima's mailbox (C1), unknown in Optima's ledger: C2/C3 need_info.")


def main():
    out = os.path.join(HERE, "emails")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    build()
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(CASES)} cases, {len(os.listdir(out))} emails")


if __name__ == "__main__":
    main()
