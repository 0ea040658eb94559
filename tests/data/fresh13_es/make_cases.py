"""Fresh held-out round 13, Spanish (es): writes ledger.json, emails/*.eml and expected.json here.

Written by QA pass qa13b from POLICY_SPEC.md alone. MIT licence, like the project.
Stdlib only, deterministic: run `python3 make_cases.py` in this folder.
"""

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"

customers, projects, payments, cases = [], [], [], []


def dt(y, mo, d, h, mi, off_h, off_m=0):
    sign = 1 if off_h >= 0 else -1
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off_h, minutes=sign * off_m)))


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, ps=None, pe=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


_n = [0]


def mail(name, frm, to, date, subject, body=None, html=None, headers=None, reply_to=None, parent=None):
    """Build one .eml; returns (relative file name, message-id)."""
    _n[0] += 1
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    domain = frm.split("@")[-1].rstrip(">")
    mid = f"<q13{LANG}.{_n[0]:03d}.{name}@{domain}>"
    msg["Message-ID"] = mid
    if parent:
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    if reply_to:
        msg["Reply-To"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    rel = f"emails/{name}.eml"
    (HERE / rel).write_bytes(msg.as_bytes())
    return rel, mid


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
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


def refund(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    else:
        d["amount"] = None
    return d


def cancel(outcome="cancel", effective=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if effective:
        d["effective_date"] = effective
    return d


LOB, OWB = "leadsoptima", "optima_webdesign"

(HERE / "emails").mkdir(exist_ok=True)
for old in (HERE / "emails").glob("*.eml"):
    old.unlink()

# ---------------------------------------------------------------- LeadsOptima

# 01 duplicate, inside the window (Spain, tú)
cust("nuria.salvat@gmail.com", "Núria Salvat", "monthly", start="2025-09-20", end="2025-10-19")
lopay("es_p0101", "LO-INV-70101", "nuria.salvat@gmail.com", "monthly", "2499.00", "449.82", "2025-09-20T08:14:00",
      "2025-09-20", "2025-10-19")
lopay("es_p0102", "LO-INV-70102", "nuria.salvat@gmail.com", "monthly", "2499.00", "449.82", "2025-09-20T08:16:00",
      "2025-09-20", "2025-10-19")
f, _ = mail("lo-dup-inside", "Núria Salvat <nuria.salvat@gmail.com>", LO, dt(2025, 9, 23, 10, 12, 2),
            "Cobro duplicado cuota septiembre",
            "Hola, buenas:\n\nEl sábado 20 me habéis cobrado dos veces la cuota del plan mensual, dos cargos "
            "iguales de 2.499 con dos minutos de diferencia. Me he dado cuenta al revisar el extracto del banco.\n"
            "La factura repetida es la LO-INV-70102 (la buena es la 70101).\n\n¿Me podéis devolver el cargo "
            "duplicado, por favor?\n\nGracias,\nNúria\n")
case("lo-dup-inside", [f], LOB, "decided", [refund("approve", "2499.00")],
     spec="POLICY_SPEC.md section 3 L2 duplicate_payment, L3, L4: two paid monthly charges 2499.00 on 2025-09-20, "
          "same period 2025-09-20..2025-10-19; request 2025-09-23 13:42 IST = day 3 <= 7; refund the duplicate "
          "LO-INV-70102 amount before tax (C6) = 2499.00")

# 02 duplicate, day 7 exactly (Mexico, usted, no accents, sloppy invoice)
cust("rodrigo.mtz@ferreteriamtz.com.mx", "Rodrigo Martinez", "quarterly", start="2025-09-08", end="2025-12-07")
lopay("es_p0201", "LO-INV-70111", "rodrigo.mtz@ferreteriamtz.com.mx", "quarterly", "6999.00", "1259.82",
      "2025-09-08T09:30:00", "2025-09-08", "2025-12-07")
lopay("es_p0202", "LO-INV-70112", "rodrigo.mtz@ferreteriamtz.com.mx", "quarterly", "6999.00", "1259.82",
      "2025-09-08T09:31:00", "2025-09-08", "2025-12-07")
f, _ = mail("lo-dup-day7", "Rodrigo Martinez <rodrigo.mtz@ferreteriamtz.com.mx>", LO, dt(2025, 9, 15, 11, 0, -6),
            "cargo doble plan trimestral",
            "Buenas tardes\n\nLes escribo porque en mi estado de cuenta aparecen 2 cargos por el plan trimestral "
            "el mismo dia 8 de septiembre, o sea me cobraron doble. La factura del segundo cargo es la LO INV 70112.\n"
            "Les pido de favor que me reembolsen ese segundo cobro.\n\nQuedo al pendiente\n"
            "Rodrigo Martinez\nFerreteria Martinez - Guadalajara, Jal.\n")
case("lo-dup-day7", [f], LOB, "decided", [refund("approve", "6999.00")],
     spec="L4 + L3 edge: charges 2025-09-08 IST (day 0); Date Mon 15 Sep 2025 11:00 -0600 = 2025-09-15 22:30 IST "
          "= day 7, inside ('day 7 is inside'); invoice 'LO INV 70112' matches LO-INV-70112 (section 8); "
          "refund 6999.00 before tax")

# 03 duplicate, day 8 only in IST (Argentina, vos)
cust("facu.benitez@gmail.com", "Facundo Benítez", "monthly", start="2025-09-01", end="2025-09-30")
lopay("es_p0301", "LO-INV-70121", "facu.benitez@gmail.com", "monthly", "1499.00", "269.82", "2025-09-01T09:00:00",
      "2025-09-01", "2025-09-30")
lopay("es_p0302", "LO-INV-70122", "facu.benitez@gmail.com", "monthly", "1499.00", "269.82", "2025-09-01T09:05:00",
      "2025-09-01", "2025-09-30")
f, _ = mail("lo-dup-day8-tz", "Facu Benítez <facu.benitez@gmail.com>", LO, dt(2025, 9, 8, 21, 40, -3),
            "Me cobraron dos veces!!",
            "Hola chicos, ¿cómo andan?\n\nMiren, el 1 de septiembre me debitaron dos veces el plan mensual "
            "(LO-INV-70121 y LO-INV-70122). Hoy se cumple justo una semana así que entiendo que todavía estoy en "
            "plazo. ¿Me devuelven el cobro repetido, el 70122?\n\nAbrazo,\nFacu\n")
case("lo-dup-day8-tz", [f], LOB, "decided", [refund("deny")],
     spec="L3: charge 2025-09-01 IST = day 0; Date Mon 8 Sep 2025 21:40 -0300 = 2025-09-09 06:10 IST (brand zone, "
          "section 1 'Counting windows') = day 8 > 7 -> deny citing the 7-day rule, although the customer's local "
          "date is day 7")

# 04 claims duplicate, ledger shows two different periods (Colombia, usted)
cust("ana.restrepo@floreriaelcampo.co", "Ana María Restrepo", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es_p0401", "LO-INV-70131", "ana.restrepo@floreriaelcampo.co", "monthly", "1999.00", "359.82",
      "2025-08-26T07:00:00", "2025-08-26", "2025-09-25")
lopay("es_p0402", "LO-INV-70132", "ana.restrepo@floreriaelcampo.co", "monthly", "1999.00", "359.82",
      "2025-09-26T07:00:00", "2025-09-26", "2025-10-25")
f, _ = mail("lo-dup-no-pair", "Ana Maria Restrepo <ana.restrepo@floreriaelcampo.co>", LO, dt(2025, 9, 28, 9, 15, -5),
            "Cobro duplicado",
            "Buenos días,\n\nRevisando la tarjeta veo que ustedes me cobraron dos veces el mismo valor de la "
            "suscripción mensual, una el 26 de agosto y otra el 26 de septiembre. Le solicito el reembolso del "
            "cobro duplicado, factura LO-INV-70132.\n\nMil gracias por su atención.\n\nAna María Restrepo\n"
            "Florería El Campo - Medellín\n")
case("lo-dup-no-pair", [f], LOB, "decided", [refund("escalate")],
     spec="L4: reason duplicate_payment inside the window (2025-09-26 -> 2025-09-28, day 2) but the ledger has no "
          "two paid charges of the same billing period (2025-08-26..09-25 and 2025-09-26..10-25 are different "
          "periods) -> 'No such pair in the ledger: escalate'")

# 05 three identical charges, one duplicate outside the window (Spain)
cust("jordi.puig@puigfotografia.cat", "Jordi Puig", "monthly", start="2025-09-12", end="2025-10-11")
for pid, inv, at in (("es_p0501", "LO-INV-70141", "2025-09-12T10:00:00"),
                     ("es_p0502", "LO-INV-70142", "2025-09-12T10:01:00"),
                     ("es_p0503", "LO-INV-70143", "2025-09-20T10:00:00")):
    lopay(pid, inv, "jordi.puig@puigfotografia.cat", "monthly", "999.00", "179.82", at, "2025-09-12", "2025-10-11")
f, _ = mail("lo-triple-charge", "Jordi Puig <jordi.puig@puigfotografia.cat>", LO, dt(2025, 9, 20, 18, 30, 2),
            "Tres cobros del mismo mes!",
            "Buenas tardes,\n\nNo sé qué pasa con vuestra pasarela: ya llevo TRES cargos de 999 por el mismo "
            "periodo (12 sep - 11 oct). Dos el día 12 y otro hoy mismo, factura LO-INV-70143. Me habéis cobrado por "
            "duplicado, quiero que me devolváis lo que sobra.\n\nJordi Puig\nPuig Fotografia\n")
case("lo-triple-charge", [f], LOB, "decided", [refund("approve", "999.00")],
     spec="Section 8 'Three or more identical charges': charges 70142 (2025-09-12) and 70143 (2025-09-20) are "
          "duplicates of 70141; request 2025-09-20 22:00 IST: 70142 is day 8 (outside L3), 70143 is day 0 (inside); "
          "refund = sum of those inside = 999.00")

# 06 charged the wrong plan (Mexico)
cust("contacto@dulceriaaurora.mx", "Dulcería Aurora", "monthly")
lopay("es_p0601", "LO-INV-70151", "contacto@dulceriaaurora.mx", "annual", "29990.00", "5398.20",
      "2025-09-25T12:00:00", "2025-09-25", "2026-09-24")
f, _ = mail("lo-wrong-plan", "Dulceria Aurora <contacto@dulceriaaurora.mx>", LO, dt(2025, 9, 26, 10, 5, -6),
            "Cobro incorrecto - plan anual",
            "Hola buen dia,\n\nNosotros tenemos contratado el plan mensual pero ayer se nos cobró el plan anual, "
            "$29,990 en lugar de lo de cada mes. El monto no corresponde a lo que contratamos.\n"
            "Factura LO-INV-70151. Solicitamos la devolucion de ese cobro equivocado.\n\n"
            "Atte.\nLic. Teresa Aguilar\nAdministracion, Dulceria Aurora\n")
case("lo-wrong-plan", [f], LOB, "decided", [refund("escalate")],
     spec="L2 billing_error ('charged for the wrong plan'), inside L3 (2025-09-25 -> 2025-09-26, day 1) -> L5 "
          "escalate with the charge found; escalations carry no amount (section 8)")

# 07 charged after cancelling: a past event that is a billing error (Spain)
cust("beatriz.lozano@lozanoestudio.es", "Beatriz Lozano", "monthly", status="cancelled", start="2025-08-14",
     end="2025-09-13")
lopay("es_p0701", "LO-INV-70161", "beatriz.lozano@lozanoestudio.es", "monthly", "1999.00", "359.82",
      "2025-08-14T06:00:00", "2025-08-14", "2025-09-13")
lopay("es_p0702", "LO-INV-70162", "beatriz.lozano@lozanoestudio.es", "monthly", "1999.00", "359.82",
      "2025-09-14T06:00:00", "2025-09-14", "2025-10-13")
f, _ = mail("lo-charged-after-cancel", "Beatriz Lozano <beatriz.lozano@lozanoestudio.es>", LO,
            dt(2025, 9, 16, 9, 48, 2), "Cargo después de la baja",
            "Hola:\n\nDi de baja la suscripción mensual el 2 de septiembre desde Facturación (tengo el correo de "
            "confirmación) y aun así el día 14 me habéis vuelto a cobrar la cuota, factura LO-INV-70162.\n"
            "Os pido que me devolváis ese cargo, que ya no tenía que producirse.\n\nUn saludo,\n"
            "Beatriz Lozano\nLozano Estudio · Valencia\n")
case("lo-charged-after-cancel", [f], LOB, "decided", [refund("escalate")],
     spec="L2 billing_error ('charged after I cancelled'), charge 2025-09-14, request 2025-09-16 (day 2) -> L5 "
          "escalate; the past cancellation is the reason, not a new cancellation request")

# 08 access failure inside the window (Colombia)
cust("camilo.ospina@ospinaycia.com.co", "Camilo Ospina", "annual", start="2025-09-24", end="2026-09-23")
lopay("es_p0801", "LO-INV-70171", "camilo.ospina@ospinaycia.com.co", "annual", "23990.00", "4318.20",
      "2025-09-24T11:20:00", "2025-09-24", "2026-09-23")
f, _ = mail("lo-access-inside", "Camilo Ospina <camilo.ospina@ospinaycia.com.co>", LO, dt(2025, 9, 26, 8, 0, -5),
            "No puedo ingresar a la plataforma",
            "Buenos días, cordial saludo.\n\nDesde el miércoles que renovamos el plan anual no he podido ingresar a "
            "la plataforma: pongo usuario y clave y se queda la pantalla en blanco. Ya probé con otro navegador y "
            "con el celular y nada. Acabamos de pagar la renovación (factura LO-INV-70171) y no la hemos podido "
            "usar, por eso solicito el reembolso.\n\nQuedo atento,\nCamilo Ospina\nGerente - Ospina & Cía\n")
case("lo-access-inside", [f], LOB, "decided", [refund("escalate")],
     spec="L2 access_failure ('no he podido ingresar'), charge 2025-09-24, request 2025-09-26 18:30 IST (day 2) -> "
          "L6 escalate (must be verified and unresolved by support)")

# 09 access failure outside the window (Argentina, vos)
cust("meli.quiroga@hotmail.com", "Melina Quiroga", "monthly", start="2025-08-30", end="2025-09-29")
lopay("es_p0901", "LO-INV-70181", "meli.quiroga@hotmail.com", "monthly", "1499.00", "269.82", "2025-08-30T16:00:00",
      "2025-08-30", "2025-09-29")
f, _ = mail("lo-access-late", "Meli Quiroga <meli.quiroga@hotmail.com>", LO, dt(2025, 9, 18, 15, 22, -3),
            "no puedo entrar hace dos semanas",
            "Hola! hace como dos semanas que no puedo entrar a mi cuenta, me tira error 500 cada vez que pongo la "
            "contraseña. Pagué el mes el 30 de agosto (factura LO-INV-70181) y no lo pude usar, así que quiero que "
            "me devuelvan la plata de ese mes.\n\nGracias, Meli\n")
case("lo-access-late", [f], LOB, "decided", [refund("deny")],
     spec="L2 access_failure but L3: charge 2025-08-30, request 2025-09-18 23:52 IST = day 19 > 7 -> deny citing "
          "the 7-day rule")

# 10 changed mind (Spain)
cust("alvaro.pena@gmail.com", "Álvaro Peña", "monthly", start="2025-09-27", end="2025-10-26")
lopay("es_p1001", "LO-INV-70191", "alvaro.pena@gmail.com", "monthly", "1499.00", "269.82", "2025-09-27T05:30:00",
      "2025-09-27", "2025-10-26")
f, _ = mail("lo-changed-mind", "Alvaro Pena <alvaro.pena@gmail.com>", LO, dt(2025, 9, 29, 8, 5, 2),
            "devolucion cuota",
            "Buenas,\n\nal final no le estoy sacando partido a la herramienta, he cambiado de idea. Devolvedme "
            "el dinero de la cuota de este mes (LO-INV-70191) que casi ni la he estrenado.\n\nSaludos\nÁlvaro\n")
case("lo-changed-mind", [f], LOB, "decided", [refund("deny")],
     spec="L1: changed mind / did not use it is not an exception reason -> deny (the reply offers cancellation); "
          "inside the window does not matter")

# 11 too expensive: refund + cancel (Mexico)
cust("gerencia@autopartesvalle.mx", "Autopartes del Valle", "quarterly", start="2025-08-05", end="2025-11-04")
lopay("es_p1101", "LO-INV-70201", "gerencia@autopartesvalle.mx", "quarterly", "5997.00", "1079.46",
      "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
f, _ = mail("lo-expensive-cancel", "Gerencia Autopartes del Valle <gerencia@autopartesvalle.mx>", LO,
            dt(2025, 9, 24, 13, 40, -6), "Cancelación de suscripción",
            "Buenas tardes.\n\nPor este medio les informamos que el servicio nos está saliendo muy caro para lo "
            "que lo usamos. Les pedimos cancelar la suscripción trimestral y que nos regresen la parte proporcional "
            "de lo que no vamos a usar (factura LO-INV-70201).\n\nSaludos cordiales\nC.P. Jorge Valle\n")
case("lo-expensive-cancel", [f], LOB, "decided", [refund("deny"), cancel("cancel", "2025-11-04")],
     spec="L1 'too expensive' / unused days -> refund deny (clause 2 no partial refunds; also day 51 > 7, L3); "
          "L8 cancel, effective current_period_end 2025-11-04")

# 12 negation: no refund, just cancel (Argentina)
cust("nico.ferraro@ferrarohnos.com.ar", "Nicolás Ferraro", "annual", start="2025-03-01", end="2026-02-28")
lopay("es_p1201", "LO-INV-70211", "nico.ferraro@ferrarohnos.com.ar", "annual", "23990.00", "4318.20",
      "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
f, _ = mail("lo-negation-cancel", "Nicolás Ferraro <nico.ferraro@ferrarohnos.com.ar>", LO,
            dt(2025, 9, 19, 11, 10, -3), "Baja del plan anual",
            "Hola, buen día.\n\nNo les pido que me devuelvan nada, tranqui, ya sé que el anual no se reembolsa. "
            "Solo quiero dar de baja la suscripción para que no se renueve en febrero: cerramos el local y no lo "
            "vamos a usar más.\n\nSaludos,\nNico Ferraro\nFerraro Hnos.\n")
case("lo-negation-cancel", [f], LOB, "decided", [cancel("cancel", "2026-02-28")],
     spec="Section 8 negation: 'no les pido que me devuelvan nada' adds no refund intent; L8 cancel, effective "
          "current_period_end 2026-02-28")

# 13 cancel, L8 fallback (Colombia)
cust("luisa.cardenas@gmail.com", "Luisa Cárdenas", "quarterly")
lopay("es_p1301", "LO-INV-70221", "luisa.cardenas@gmail.com", "quarterly", "5997.00", "1079.46", "2025-04-15T09:00:00")
lopay("es_p1302", "LO-INV-70222", "luisa.cardenas@gmail.com", "quarterly", "5997.00", "1079.46", "2025-07-15T09:00:00")
f, _ = mail("lo-cancel-fallback", "Luisa Cardenas <luisa.cardenas@gmail.com>", LO, dt(2025, 9, 22, 17, 3, -5),
            "cancelar plan",
            "Hola, buenas tardes\n\nquisiera cancelar mi plan trimestral, ya no lo necesito porque me cambié de "
            "trabajo. Gracias\n\nLuisa\n")
case("lo-cancel-fallback", [f], LOB, "decided", [cancel("cancel", "2025-10-14")],
     spec="L8 fallback (no current_period_end in the ledger): last charge 2025-07-15 + 3 months - 1 day = "
          "2025-10-14")

# 14 cancel, fallback with an offset timestamp (Spain)
cust("pilar.ibanez@ibanezinteriorismo.es", "Pilar Ibáñez", "monthly")
lopay("es_p1401", "LO-INV-70230", "pilar.ibanez@ibanezinteriorismo.es", "monthly", "1999.00", "359.82",
      "2025-07-31T21:15:00Z")
lopay("es_p1402", "LO-INV-70231", "pilar.ibanez@ibanezinteriorismo.es", "monthly", "1999.00", "359.82",
      "2025-08-31T21:15:00Z")
f, _ = mail("lo-cancel-offset", "Pilar Ibáñez <pilar.ibanez@ibanezinteriorismo.es>", LO, dt(2025, 9, 11, 12, 0, 2),
            "Darme de baja",
            "Hola,\n\nOs escribo para solicitar la baja de mi suscripción mensual. Me jubilo a final de mes y cierro "
            "el estudio.\n\nMuchas gracias por todo,\nPilar Ibáñez\nIbáñez Interiorismo\n")
case("lo-cancel-offset", [f], LOB, "decided", [cancel("cancel", "2025-09-30")],
     spec="L8 fallback; section 8 'Ledger times with an offset': last charge 2025-08-31T21:15Z = 2025-09-01 02:45 "
          "IST, local date 2025-09-01 + 1 month - 1 day = 2025-09-30")

# 15 free trial (Mexico)
cust("sofia.arreola@gmail.com", "Sofía Arreola", "monthly", status="trial", trial_ends="2025-10-05")
f, _ = mail("lo-trial", "Sofia Arreola <sofia.arreola@gmail.com>", LO, dt(2025, 9, 27, 19, 45, -6),
            "reembolso prueba gratis",
            "hola, estoy usando la prueba gratis desde hace unos dias y la verdad no me convencio. quiero que me "
            "reembolsen lo de la prueba, no quiero que me cobren nada.\ngracias\nSofi\n")
case("lo-trial", [f], LOB, "decided", [refund("deny")],
     spec="L7: account on a free trial (status trial, trial_ends 2025-10-05), no charges -> deny, nothing to refund "
          "(L7 names this case, so no invoice is asked for); 'no quiero que me cobren nada' may also be read as "
          "ending the trial, a harmless extra cancellation (extra_ok)",
     extra_ok=True)

# 16 duplicate whose second charge is already refunded (Spain)
cust("marc.vidal@vidalsport.es", "Marc Vidal", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es_p1601", "LO-INV-70251", "marc.vidal@vidalsport.es", "monthly", "2499.00", "449.82", "2025-09-24T10:00:00",
      "2025-09-24", "2025-10-23")
lopay("es_p1602", "LO-INV-70252", "marc.vidal@vidalsport.es", "monthly", "2499.00", "449.82", "2025-09-24T10:01:00",
      "2025-09-24", "2025-10-23", status="refunded")
f, _ = mail("lo-dup-refunded", "Marc Vidal <marc.vidal@vidalsport.es>", LO, dt(2025, 9, 27, 10, 30, 2),
            "Cargo duplicado LO-INV-70252",
            "Hola,\n\nEl miércoles me cobrasteis dos veces la mensualidad. Solicito la devolución del cargo "
            "duplicado, factura LO-INV-70252.\n\nGràcies!\nMarc Vidal\n")
case("lo-dup-refunded", [f], LOB, "decided", [refund("escalate")],
     spec="Section 8 'Payments not paid': the duplicate LO-INV-70252 has status refunded, so there are not two "
          "paid charges (L4 -> escalate) and a refund of a non-paid payment is escalated")

# 17 refund without a reason (Mexico): signature only
cust("hector.galvan@galvanconstrucciones.mx", "Héctor Galván", "monthly", start="2025-09-28", end="2025-10-27")
lopay("es_p1701", "LO-INV-70261", "hector.galvan@galvanconstrucciones.mx", "monthly", "2499.00", "449.82",
      "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
f, _ = mail("lo-no-reason", "Hector Galvan <hector.galvan@galvanconstrucciones.mx>", LO,
            dt(2025, 9, 29, 9, 12, -6), "Solicitud de reembolso",
            "Buen día,\n\nPor medio del presente solicito el reembolso de la factura LO-INV-70261.\n\n"
            "Quedo atento a sus comentarios.\n\nSaludos cordiales,\n\nIng. Héctor Galván Ruiz\nDirector General\n"
            "Galván Construcciones S.A. de C.V.\nTel. 33 3615 2290\n\n"
            "AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son confidenciales y para uso exclusivo del "
            "destinatario.\n")
case("lo-no-reason", [f], LOB, "need_info", missing=["reason"],
     spec="Section 3 required fields for a refund: reason missing (section 8 'What a reason is': restating the "
          "request, sign-off, signature and disclaimer are not reasons); plan filled from the ledger, invoice "
          "given -> C3 need_info asking for reason")

# 18 thread: reason asked, then given (Spain)
cust("irene.castro@castromedia.es", "Irene Castro", "monthly", start="2025-09-15", end="2025-10-14")
lopay("es_p1801", "LO-INV-70271", "irene.castro@castromedia.es", "monthly", "1999.00", "359.82", "2025-09-15T09:00:00",
      "2025-09-15", "2025-10-14")
lopay("es_p1802", "LO-INV-70272", "irene.castro@castromedia.es", "monthly", "1999.00", "359.82", "2025-09-15T09:03:00",
      "2025-09-15", "2025-10-14")
f1, m1 = mail("lo-thread-reason-1", "Irene Castro <irene.castro@castromedia.es>", LO, dt(2025, 9, 17, 16, 20, 2),
              "Devolución factura LO-INV-70272",
              "Hola,\n\nquiero solicitar la devolución de la factura LO-INV-70272.\n\nGracias,\nIrene\n")
f2, _ = mail("lo-thread-reason-2", "Irene Castro <irene.castro@castromedia.es>", LO, dt(2025, 9, 18, 9, 2, 2),
             "Re: Devolución factura LO-INV-70272",
             "Hola de nuevo,\n\nperdonad, no puse el motivo: el día 15 se me cobró dos veces la misma cuota "
             "mensual, la 70271 y la 70272. La segunda sobra.\n\nIrene\n\n"
             "El mié, 17 sept 2025 a las 16:20, Irene Castro <irene.castro@castromedia.es> escribió:\n"
             "> Hola,\n> quiero solicitar la devolución de la factura LO-INV-70272.\n", parent=m1)
case("lo-thread-reason", [f1, f2], LOB, "decided", [refund("approve", "1999.00")],
     spec="C3 thread: first email lacks the reason; the answer (In-Reply-To) gives duplicate_payment; request time "
          "= first email 2025-09-17 (day 2 after 2025-09-15) -> L4 approve duplicate LO-INV-70272 = 1999.00")

# 19 how-to question (Colombia) -> other
cust("julian.mesa@mesaltda.co", "Julián Mesa", "annual", start="2025-05-10", end="2026-05-09")
lopay("es_p1901", "LO-INV-70281", "julian.mesa@mesaltda.co", "annual", "23990.00", "4318.20", "2025-05-10T10:00:00",
      "2025-05-10", "2026-05-09")
f, _ = mail("lo-howto", "Julian Mesa <julian.mesa@mesaltda.co>", LO, dt(2025, 9, 30, 10, 0, -5),
            "Descargar facturas del año",
            "Buenos días,\n\n¿Cómo hago para descargar todas las facturas del año en PDF? El contador me las pide "
            "para la declaración y en el menú de Facturación solo veo la última.\n\nGracias,\nJulián Mesa\n")
case("lo-howto", [f], LOB, "other",
     spec="Section 1 outcome other: a how-to question, neither refund nor cancellation")

# 20 hypothetical (Argentina) -> other
cust("caro.sosa@gmail.com", "Carolina Sosa", "monthly", start="2025-09-12", end="2025-10-11")
lopay("es_p2001", "LO-INV-70291", "caro.sosa@gmail.com", "monthly", "1499.00", "269.82", "2025-09-12T10:00:00",
      "2025-09-12", "2025-10-11")
f, _ = mail("lo-hypothetical", "Caro Sosa <caro.sosa@gmail.com>", LO, dt(2025, 9, 25, 14, 0, -3),
            "consulta plan anual",
            "Hola! Estoy pensando en pasarme al plan anual porque sale más barato. Pero una pregunta: si lo pago y "
            "después no me convence, ¿me devolverían la plata? ¿O cómo funciona?\n\nGracias!\nCaro\n")
case("lo-hypothetical", [f], LOB, "other",
     spec="Section 8: 'would I get a refund if...' before buying is a policy question -> other")

# ---------------------------------------------------------------- Optima WebDesign

# 21 deposit inside 72 h, no work (Spain)
proj("Clínica Dental Sonrisa Norte", "administracion@sonrisanorte.es")
owpay("es_o2101", "OWD-2025-501", "Clínica Dental Sonrisa Norte", "deposit", "40000.00", "7200.00",
      "2025-09-22T11:00:00")
f, _ = mail("owd-deposit-ok", "Administración Sonrisa Norte <administracion@sonrisanorte.es>", OWD,
            dt(2025, 9, 24, 9, 0, 2), "Refund Request — Clínica Dental Sonrisa Norte / OWD-2025-501",
            "Estimados señores:\n\nLes escribimos en relación con el proyecto «Clínica Dental Sonrisa Norte». El "
            "lunes abonamos la señal (factura OWD-2025-501), pero la junta de socios ha decidido aplazar la nueva "
            "web hasta el año que viene, por lo que les solicitamos la devolución de la señal.\n"
            "Entendemos que aún no se ha empezado a trabajar.\n\nAtentamente,\nMercedes Olmo\nAdministración\n")
case("owd-deposit-ok", [f], OWB, "decided", [refund("approve", "40000.00")],
     spec="O2: deposit paid 2025-09-22 11:00 IST; Date Wed 24 Sep 2025 09:00 +0200 = 12:30 IST = 49.5 h < 72 h, "
          "work_started_at empty -> approve full amount before tax 40000.00 (tax 7200.00 kept, C6)")

# 22 deposit at exactly 72 h (Mexico)
proj("Tacos El Güero Online", "pedidos@tacoselguero.mx")
owpay("es_o2201", "OWD-2025-502", "Tacos El Güero Online", "deposit", "15000.00", "2700.00", "2025-09-16T10:00:00")
f, _ = mail("owd-deposit-72h", "Tacos El Guero <pedidos@tacoselguero.mx>", OWD, dt(2025, 9, 18, 22, 30, -6),
            "Cancelacion anticipo tienda en linea",
            "Que tal, buenas noches\n\nEl martes les dimos el anticipo de $15,000 + IVA para la tienda en linea "
            "(proyecto Tacos El Güero Online, factura OWD-2025-502). Mi socio y yo decidimos mejor usar una app de "
            "delivery, asi que ya no vamos a hacer la pagina. Estamos dentro de los 3 dias, ¿nos pueden regresar "
            "el anticipo?\n\nSaludos\nMemo Ibarra\n")
case("owd-deposit-72h", [f], OWB, "decided", [refund("deny")], extra_ok=True,
     spec="O2 + section 8 'Exactly 72 hours': paid 2025-09-16 10:00 IST; Date Thu 18 Sep 2025 22:30 -0600 = "
          "2025-09-19 10:00 IST = exactly 72 h, not 'before 72 hours' -> deny")

# 23 deposit within 72 h but work started (Colombia)
proj("Hotel Boutique Cartagena Azul", "gerencia@cartagenaazul.co", started="2025-09-26T09:00:00")
owpay("es_o2301", "OWD-2025-503", "Hotel Boutique Cartagena Azul", "deposit", "30000.00", "5400.00",
      "2025-09-25T10:00:00")
f, _ = mail("owd-deposit-started", "Gerencia Cartagena Azul <gerencia@cartagenaazul.co>", OWD,
            dt(2025, 9, 27, 8, 0, -5), "Solicitud devolución anticipo",
            "Buenos días,\n\nCordial saludo. Solicitamos la devolución del anticipo del proyecto Hotel Boutique "
            "Cartagena Azul, factura OWD-2025-503, pagado el jueves. El motivo es que la cadena que compró el "
            "hotel ya tiene su propia agencia. Sabemos que ayer tuvimos la primera reunión de arranque con su "
            "diseñadora, pero fue solo una hora.\n\nCordialmente,\nAndrés Felipe Rojas\nGerente General\n")
case("owd-deposit-started", [f], OWB, "decided", [refund("deny")],
     spec="O2: request 2025-09-27 18:30 IST is 56.5 h after payment (< 72 h) but work_started_at 2025-09-26 09:00 "
          "is before it ('whichever occurs first') -> deny")

# 24 discovery, session scheduled after the request (Argentina)
proj("Bodega Los Alerces", "marketing@bodegalosalerces.com.ar", started="2025-09-30T11:00:00")
owpay("es_o2401", "OWD-2025-504", "Bodega Los Alerces", "discovery", "12000.00", "2160.00", "2025-09-24T15:00:00")
f, _ = mail("owd-discovery-future", "Marketing Bodega Los Alerces <marketing@bodegalosalerces.com.ar>", OWD,
            dt(2025, 9, 26, 10, 0, -3), "Baja del taller de estrategia",
            "Hola equipo de Optima, ¿cómo están?\n\nLes escribo por el proyecto Bodega Los Alerces. Pagamos el "
            "taller de discovery (OWD-2025-504) que teníamos agendado para el martes 30, pero se nos cayó el "
            "presupuesto del trimestre y no vamos a poder avanzar. ¿Podemos cancelar el taller y que nos reintegren "
            "lo abonado?\n\nMil gracias,\nLuciana Ferreyra\nMarketing · Bodega Los Alerces · Mendoza\n")
case("owd-discovery-future", [f], OWB, "decided", [refund("approve", "12000.00")], extra_ok=True,
     spec="O1: work_started_at 2025-09-30 11:00 is later than the request time 2025-09-26 18:30 IST -> no session "
          "started -> approve in full 12000.00 before tax")

# 25 discovery already started (Spain)
proj("Academia Idiomas Babel", "direccion@academiababel.es", started="2025-09-10T10:00:00")
owpay("es_o2501", "OWD-2025-505", "Academia Idiomas Babel", "discovery", "9000.00", "1620.00", "2025-09-05T12:00:00")
f, _ = mail("owd-discovery-started", "Dirección Academia Babel <direccion@academiababel.es>", OWD,
            dt(2025, 9, 18, 11, 30, 2), "Devolución sesión de estrategia",
            "Buenos días:\n\nHicimos con vosotros la primera sesión de estrategia para la web de la Academia "
            "Idiomas Babel, pero sinceramente no nos aportó nada que no supiéramos. Solicitamos la devolución de "
            "la factura OWD-2025-505.\n\nUn saludo,\nPaloma Ruiz\nDirectora\n")
case("owd-discovery-started", [f], OWB, "decided", [refund("deny")],
     spec="O1: work_started_at 2025-09-10 is before the request 2025-09-18 -> sessions commenced -> deny")

# 26 milestone not started (Mexico)
proj("Inmobiliaria Casa Roble", "ventas@casaroble.mx")
owpay("es_o2601", "OWD-2025-506", "Inmobiliaria Casa Roble", "milestone", "25000.00", "4500.00",
      "2025-09-12T10:00:00", milestone_status="not_started")
owpay("es_o2602", "OWD-2025-507", "Inmobiliaria Casa Roble", "milestone", "25000.00", "4500.00",
      "2025-08-12T10:00:00", milestone_status="completed")
f, _ = mail("owd-milestone-ok", "Ventas Casa Roble <ventas@casaroble.mx>", OWD, dt(2025, 9, 23, 12, 15, -6),
            "Reembolso hito 3 - Casa Roble",
            "Hola, buenas tardes.\n\nDel proyecto Inmobiliaria Casa Roble ya pagamos el hito 3 (portal de "
            "agentes, factura OWD-2025-506) pero la dirección decidió que ese portal no se va a hacer porque "
            "vamos a usar el CRM del corporativo. El hito 2 ya está entregado y estamos contentos con él.\n"
            "Solicitamos el reembolso del hito 3.\n\nSaludos,\nKarla Domínguez\n")
case("owd-milestone-ok", [f], OWB, "decided", [refund("approve", "25000.00")],
     spec="O3: milestone OWD-2025-506 status not_started -> approve that milestone's amount before tax 25000.00")

# 27 milestone in progress (Colombia)
proj("Café Origen Huila", "hola@cafeorigenhuila.co")
owpay("es_o2701", "OWD-2025-508", "Café Origen Huila", "milestone", "18000.00", "3240.00", "2025-09-08T10:00:00",
      milestone_status="in_progress")
f, _ = mail("owd-milestone-progress", "Café Origen Huila <hola@cafeorigenhuila.co>", OWD,
            dt(2025, 9, 24, 15, 30, -5), "reembolso etapa tienda virtual",
            "Buenas tardes,\n\nles escribo por el proyecto Café Origen Huila. La etapa de la tienda virtual "
            "(factura OWD-2025-508) lleva tres semanas y casi no vemos avances, y la cosecha ya salió. Queremos "
            "parar esa etapa y que nos devuelvan lo pagado.\n\nQuedo pendiente,\nYesenia Trujillo\n")
case("owd-milestone-progress", [f], OWB, "decided", [refund("escalate")],
     spec="O3: milestone status in_progress -> escalate (billable value of work not started needs a person)")

# 28 milestone approved (Spain)
proj("Gestoría Martín", "info@gestoriamartin.es")
owpay("es_o2801", "OWD-2025-509", "Gestoría Martín", "milestone", "22000.00", "3960.00", "2025-08-28T10:00:00",
      milestone_status="approved")
f, _ = mail("owd-milestone-approved", "Gestoría Martín <info@gestoriamartin.es>", OWD, dt(2025, 9, 15, 17, 45, 2),
            "Reembolso diseño aprobado",
            "Hola,\n\nEn agosto os dimos el visto bueno al diseño de la home de Gestoría Martín (hito facturado "
            "en OWD-2025-509), pero ahora que lo vemos con calma no nos gusta nada, no transmite seriedad. "
            "Queremos que nos devolváis ese importe.\n\nSaludos,\nFernando Martín\n")
case("owd-milestone-approved", [f], OWB, "decided", [refund("deny")],
     spec="O3/O6: milestone status approved -> deny (approved milestones are non-refundable)")

# 29 retainer with exactly 7 days' notice (Spain)
proj("Revista Mar Adentro", "redaccion@maradentro.es")
owpay("es_o2901", "OWD-2025-510", "Revista Mar Adentro", "retainer", "8000.00", "1440.00", "2025-09-05T09:00:00",
      next_billing_at="2025-10-05T00:00:00", ps="2025-09-05", pe="2025-10-04")
f, _ = mail("owd-retainer-7days", "Redacción Mar Adentro <redaccion@maradentro.es>", OWD,
            dt(2025, 9, 28, 20, 0, 2), "Baja mantenimiento mensual",
            "Hola:\n\nOs comunicamos que queremos dar de baja el mantenimiento mensual de la web de la Revista "
            "Mar Adentro (última factura OWD-2025-510). A partir de octubre el mantenimiento lo llevará nuestro "
            "nuevo técnico de sistemas.\n\nGracias por estos años,\nInés Lorenzo\nRedacción\n")
case("owd-retainer-7days", [f], OWB, "decided", [cancel("cancel", "2025-10-04")],
     spec="O4/O8: request 2025-09-28 23:30 IST; next_billing_at 2025-10-05 minus 7 days = 2025-09-28, request on "
          "or before it -> at least 7 days' notice -> cancel, effective the day before next_billing_at = 2025-10-04")

# 30 retainer, notice short only in IST (Argentina)
proj("Estudio Contable Paz", "admin@estudiopaz.com.ar")
owpay("es_o3001", "OWD-2025-511", "Estudio Contable Paz", "retainer", "6500.00", "1170.00", "2025-09-01T09:00:00",
      next_billing_at="2025-10-01T00:00:00", ps="2025-09-01", pe="2025-09-30")
f, _ = mail("owd-retainer-short", "Estudio Paz <admin@estudiopaz.com.ar>", OWD, dt(2025, 9, 24, 21, 0, -3),
            "Baja del abono mensual",
            "Buenas noches,\n\nles aviso con una semana de anticipación, como dice la política, que damos de baja el "
            "abono mensual de mantenimiento del Estudio Contable Paz (factura OWD-2025-511). El motivo es que "
            "migramos todo a la plataforma del Consejo Profesional.\n\nSaludos cordiales,\nCdor. Martín Paz\n")
case("owd-retainer-short", [f], OWB, "decided", [cancel("cancel", "2025-10-31")],
     spec="O4: Date Wed 24 Sep 2025 21:00 -0300 = 2025-09-25 05:30 IST; next_billing_at 2025-10-01 minus 7 = "
          "2025-09-24 < 2025-09-25 -> less than 7 days' notice: the next cycle (2025-10-01..2025-10-31, monthly "
          "like the current 2025-09-01..09-30) is billed, effective 2025-10-31")

# 31 retainer with the next cycle paid in advance (Mexico)
proj("Gimnasio Fuerza Total", "admin@fuerzatotal.mx")
owpay("es_o3101", "OWD-2025-512", "Gimnasio Fuerza Total", "retainer", "7000.00", "1260.00", "2025-09-10T09:00:00",
      next_billing_at="2025-10-10T00:00:00", ps="2025-09-10", pe="2025-10-09")
owpay("es_o3102", "OWD-2025-513", "Gimnasio Fuerza Total", "retainer", "7000.00", "1260.00", "2025-09-12T09:00:00",
      next_billing_at="2025-11-10T00:00:00", ps="2025-10-10", pe="2025-11-09")
f, _ = mail("owd-retainer-prepaid", "Admin Fuerza Total <admin@fuerzatotal.mx>", OWD, dt(2025, 9, 20, 11, 0, -6),
            "Cancelar mantenimiento",
            "Hola, buen dia\n\nQueremos cancelar el servicio de mantenimiento mensual del sitio del Gimnasio Fuerza "
            "Total (facturas OWD-2025-512 y OWD-2025-513; el mes de octubre lo pagamos por adelantado). Vendimos "
            "el gimnasio y los nuevos dueños ya tienen su propia pagina.\n\nGracias\nRaul Cantu\n")
case("owd-retainer-prepaid", [f], OWB, "decided", [cancel("escalate")],
     spec="O4 + section 8 'Retainer paid in advance': the next cycle 2025-10-10..11-09 is already paid "
          "(OWD-2025-513) and the notice (2025-09-20 vs 2025-10-10) is at least 7 days -> escalate")

# 32 annual hosting inside 14 days (Spain): refund + cancel
proj("Farmacia Alameda", "farmacia.alameda@gmail.com")
owpay("es_o3201", "OWD-2025-514", "Farmacia Alameda", "hosting_annual", "18000.00", "3240.00",
      "2025-09-14T10:00:00", setup_fee="2400.00", service_start="2025-09-15")
f, _ = mail("owd-hosting-ok", "Farmacia Alameda <farmacia.alameda@gmail.com>", OWD, dt(2025, 9, 25, 13, 10, 2),
            "Baja hosting anual y devolución",
            "Buenas tardes,\n\nContratamos hace diez días el hosting anual para la web de la Farmacia Alameda "
            "(factura OWD-2025-514, 18.000 + IVA). La franquicia nos obliga ahora a usar su proveedor, así que "
            "queremos cancelar el hosting y que nos devolváis la parte proporcional que corresponda.\n\n"
            "Un saludo,\nRosa Alameda\n")
case("owd-hosting-ok", [f], OWB, "decided", [refund("approve", "14300.00")], extra_ok=True,
     spec="O5: service_start 2025-09-15, request 2025-09-25 = day 10 <= 14; monthly_value = (18000.00 - 2400.00)"
          "/12 = 1300.00; consumed_months 1; refund = 18000.00 - 2400.00 - 1300.00 = 14300.00 (before tax); the "
          "cancellation part may be decided too (extra_ok)")

# 33 annual maintenance on day 14, odd rounding (Colombia)
proj("Colegio San Gabriel", "sistemas@colegiosangabriel.edu.co")
owpay("es_o3301", "OWD-2025-515", "Colegio San Gabriel", "maintenance_annual", "7999.00", "1439.82",
      "2025-09-11T10:00:00", setup_fee="0.00", service_start="2025-09-12")
f, _ = mail("owd-maint-day14", "Sistemas Colegio San Gabriel <sistemas@colegiosangabriel.edu.co>", OWD,
            dt(2025, 9, 26, 9, 0, -5), "Cancelación plan de mantenimiento anual - reembolso",
            "Buen día,\n\nEl Consejo Directivo del Colegio San Gabriel no aprobó el gasto del mantenimiento anual "
            "de la página (factura OWD-2025-515), por lo que solicitamos cancelarlo y el reembolso "
            "correspondiente según su política de los 14 días.\n\nAtentamente,\nIng. Diego Caicedo\n"
            "Coordinador de Sistemas\n")
case("owd-maint-day14", [f], OWB, "decided", [refund("approve", "7332.42")], extra_ok=True,
     spec="O5: service_start 2025-09-12, request 2025-09-26 19:30 IST = day 14 (inside); monthly_value = 7999.00/12 "
          "= 666.58333...; refund = 7999.00 - 0.00 - 666.58333... = 7332.41666... -> 7332.42 rounded once half-up")

# 34 annual hosting on day 15 in IST (Mexico)
proj("Veterinaria Patitas", "patitasvet@outlook.com")
owpay("es_o3401", "OWD-2025-516", "Veterinaria Patitas", "hosting_annual", "9600.00", "1728.00",
      "2025-09-09T10:00:00", setup_fee="1200.00", service_start="2025-09-10")
f, _ = mail("owd-hosting-day15", "Veterinaria Patitas <patitasvet@outlook.com>", OWD, dt(2025, 9, 24, 19, 0, -6),
            "cancelar hosting y reembolso",
            "Hola buenas noches, quiero cancelar el hosting anual de Veterinaria Patitas, factura OWD-2025-516 "
            "porque mi sobrino me va a hacer la pagina gratis. Estoy en los 14 dias asi que pido mi reembolso.\n"
            "Gracias\nDra. Patricia Olvera\n")
case("owd-hosting-day15", [f], OWB, "decided", [refund("deny")], extra_ok=True,
     spec="O5: Date Wed 24 Sep 2025 19:00 -0600 = 2025-09-25 06:30 IST = day 15 after service_start 2025-09-10 "
          "-> after 14 days -> deny")

# 35 third-party domain renewal (Spain)
proj("Panadería Hermanos Gil", "pedidos@panaderiagil.es")
owpay("es_o3501", "OWD-2025-517", "Panadería Hermanos Gil", "third_party", "1800.00", "324.00", "2025-09-20T10:00:00")
f, _ = mail("owd-domain", "Panadería Gil <pedidos@panaderiagil.es>", OWD, dt(2025, 9, 22, 8, 40, 2),
            "Renovación de dominio no solicitada",
            "Buenos días,\n\nnos ha llegado la factura OWD-2025-517 por la renovación del dominio y el SSL de "
            "Panadería Hermanos Gil. Nosotros nos llevamos el dominio a otro registrador en julio, así que no "
            "queremos esa renovación. Por favor, devolvednos el importe.\n\nGracias,\nTomás Gil\n")
case("owd-domain", [f], OWB, "decided", [refund("deny")],
     spec="O6: kind third_party (domain, SSL) is never refundable -> deny citing 'Non-refundable items'")

# 36 rush fee (Argentina)
proj("Teatro La Ribera", "produccion@teatrolaribera.org.ar")
owpay("es_o3601", "OWD-2025-518", "Teatro La Ribera", "rush", "5000.00", "900.00", "2025-09-18T10:00:00")
f, _ = mail("owd-rush", "Producción Teatro La Ribera <produccion@teatrolaribera.org.ar>", OWD,
            dt(2025, 9, 20, 12, 0, -3), "recargo por urgencia",
            "Hola! Les pagamos el recargo por urgencia (OWD-2025-518) para tener la web del Teatro La Ribera "
            "lista para el estreno, pero el estreno se postergó a marzo. Ya no tiene sentido el apuro, ¿nos "
            "devuelven ese recargo?\n\nBesos,\nFlor\n")
case("owd-rush", [f], OWB, "decided", [refund("deny")],
     spec="O6: kind rush (expedited fee) is never refundable -> deny")

# 37 retainer cancellation without a reason (Colombia): formal letter + disclaimer
proj("Constructora Andina Sur", "compras@andinasur.com.co")
owpay("es_o3701", "OWD-2025-519", "Constructora Andina Sur", "retainer", "9000.00", "1620.00", "2025-09-15T09:00:00",
      next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
f, _ = mail("owd-cancel-no-reason", "Compras Andina Sur <compras@andinasur.com.co>", OWD,
            dt(2025, 9, 23, 10, 0, -5), "Solicitud cancelación",
            "Señores\nOptima WebDesign\nCiudad\n\nAsunto: Cancelación plan de mantenimiento\n\n"
            "Por medio de la presente solicitamos la cancelación del plan de mantenimiento mensual del proyecto "
            "Constructora Andina Sur, factura OWD-2025-519.\n\nAgradecemos la atención prestada.\n\nCordialmente,\n\n"
            "Jhon Jairo Valencia\nJefe de Compras\nConstructora Andina Sur S.A.S.\nPBX (604) 444 1234\n\n"
            "Este mensaje y sus anexos pueden contener información confidencial. Si usted no es el destinatario, "
            "por favor elimínelo.\n")
case("owd-cancel-no-reason", [f], OWB, "need_info", missing=["reason"],
     spec="Section 4 required fields + section 8 'What a reason is': Optima requires a reason for cancellations "
          "too; greeting, restated request, signature and disclaimer are not reasons -> C3 need_info [reason]")

# 38 thread: invoice missing, then given (Mexico)
proj("Agencia de Viajes Sol Maya", "direccion@solmaya.mx", started="2025-08-05T10:00:00")
owpay("es_o3801", "OWD-2025-520", "Agencia de Viajes Sol Maya", "deposit", "10000.00", "1800.00",
      "2025-08-01T10:00:00")
owpay("es_o3802", "OWD-2025-521", "Agencia de Viajes Sol Maya", "milestone", "12500.00", "2250.00",
      "2025-09-19T10:00:00", milestone_status="not_started")
f1, m1 = mail("owd-thread-invoice-1", "Dirección Sol Maya <direccion@solmaya.mx>", OWD, dt(2025, 9, 22, 9, 30, -6),
              "Reembolso modulo de reservas",
              "Buen dia,\n\nDel proyecto Agencia de Viajes Sol Maya queremos el reembolso del pago del modulo de "
              "reservas en linea, porque la aerolinea con la que ibamos a conectarlo cancelo el convenio y ya no "
              "hay con que integrarlo.\n\nSaludos\nLic. Gabriela Chan\n")
f2, _ = mail("owd-thread-invoice-2", "Dirección Sol Maya <direccion@solmaya.mx>", OWD, dt(2025, 9, 23, 11, 0, -6),
             "RE: Reembolso modulo de reservas",
             "Hola, la referencia del pago es OWD 2025 521 (el que hicimos el 19 de septiembre).\n\nGracias\nGaby\n\n"
             "-----Mensaje original-----\nDe: Dirección Sol Maya\nEnviado el: lunes, 22 de septiembre de 2025 09:30\n"
             "Asunto: Reembolso modulo de reservas\n", parent=m1)
case("owd-thread-invoice", [f1, f2], OWB, "decided", [refund("approve", "12500.00")],
     spec="C3 thread: the invoice is given in the answer ('OWD 2025 521' = OWD-2025-521, section 8 invoice "
          "matching); milestone status not_started -> O3 approve 12500.00 before tax")

# 39 written from a personal address (Spain)
proj("Óptica Visión Clara", "admin@opticavisionclara.es")
owpay("es_o3901", "OWD-2025-522", "Óptica Visión Clara", "deposit", "20000.00", "3600.00", "2025-09-28T10:00:00")
f, _ = mail("owd-c2-personal", "Lorena Vidal <lorena.vclara@gmail.com>", OWD, dt(2025, 9, 29, 19, 0, 2),
            "devolución señal Óptica Visión Clara",
            "Hola, os escribo desde mi correo personal porque el del trabajo no me funciona. Ayer pagamos la señal "
            "del proyecto Óptica Visión Clara (OWD-2025-522) y hoy el banco nos ha denegado el préstamo para la "
            "reforma, así que queremos anularlo todo y que nos devolváis la señal.\n\nLorena\n")
case("owd-c2-personal", [f], OWB, "need_info", rules=["C2"],
     spec="C2 (explicit for Optima, 'emailed from the contracting email'): sender lorena.vclara@gmail.com is not the "
          "contract email admin@opticavisionclara.es -> need_info asking to write from the address on record")

# 40 chargeback threat on an otherwise eligible deposit (Mexico)
proj("Mueblería Don Chuy", "facturacion@muebleriadonchuy.mx")
owpay("es_o4001", "OWD-2025-523", "Mueblería Don Chuy", "deposit", "20000.00", "3600.00", "2025-09-29T10:00:00")
f, _ = mail("owd-chargeback", "Facturacion Muebleria Don Chuy <facturacion@muebleriadonchuy.mx>", OWD,
            dt(2025, 9, 30, 9, 0, -6), "DEVOLUCION ANTICIPO URGENTE",
            "Buenos dias\n\nAyer pagamos el anticipo del proyecto Mueblería Don Chuy (OWD-2025-523) y nos "
            "equivocamos, el proyecto lo va a hacer mi cuñado. Necesitamos que nos regresen el anticipo HOY. Si no "
            "lo hacen, voy a levantar un contracargo con el banco, ya hablé con ellos.\n\nJesus Ramirez\n")
case("owd-chargeback", [f], OWB, "decided", [refund("escalate")], rules=["C4"],
     spec="C4: threat of a chargeback ('contracargo con el banco') -> escalate, although O2 alone would approve "
          "(34.5 h after payment, no work started)")

# 41 lawyer mention on a cancellation (Argentina)
proj("Inmobiliaria Palermo Soho", "info@palermosohoprop.com.ar")
owpay("es_o4101", "OWD-2025-524", "Inmobiliaria Palermo Soho", "retainer", "8500.00", "1530.00",
      "2025-09-20T09:00:00", next_billing_at="2025-10-20T00:00:00", ps="2025-09-20", pe="2025-10-19")
f, _ = mail("owd-lawyer-cancel", "Palermo Soho Propiedades <info@palermosohoprop.com.ar>", OWD,
            dt(2025, 9, 29, 16, 0, -3), "Baja del servicio",
            "Buenas tardes.\n\nQuiero dar de baja el mantenimiento mensual de Inmobiliaria Palermo Soho "
            "(OWD-2025-524). Los cambios que pedimos en agosto siguen sin estar, y ya le pasé todo a mi abogado "
            "para que vea cómo seguimos con los atrasos.\n\nSin otro particular,\nGustavo Lerner\n")
case("owd-lawyer-cancel", [f], OWB, "decided", [cancel("escalate")], rules=["C4"],
     spec="C4 + section 8 'C4 covers the whole case': a lawyer mention escalates the cancellation too")

# 42 setup fee (Colombia)
proj("Spa Aguas Termales", "reservas@spaaguastermales.co")
owpay("es_o4201", "OWD-2025-525", "Spa Aguas Termales", "setup", "3500.00", "630.00", "2025-09-25T10:00:00")
f, _ = mail("owd-setup", "Spa Aguas Termales <reservas@spaaguastermales.co>", OWD, dt(2025, 9, 26, 11, 0, -5),
            "Reembolso activación",
            "Buenos días, nos cobraron la activación del sistema de reservas del Spa Aguas Termales, factura "
            "OWD-2025-525, pero finalmente nos quedamos con el sistema que ya teníamos. Pedimos la devolución "
            "de ese valor.\nMuchas gracias,\nDaniela Gómez\n")
case("owd-setup", [f], OWB, "decided", [refund("deny")],
     spec="O6: kind setup (setup/activation fee) is never refundable -> deny")

# 43 change request (Spain)
proj("Editorial Luna de Papel", "produccion@lunadepapel.es")
owpay("es_o4301", "OWD-2025-526", "Editorial Luna de Papel", "change_request", "7200.00", "1296.00",
      "2025-09-10T10:00:00")
f, _ = mail("owd-change-request", "Producción Luna de Papel <produccion@lunadepapel.es>", OWD,
            dt(2025, 9, 17, 12, 0, 2), "Reembolso ampliación blog",
            "Hola equipo,\n\nEl mes pasado os pedimos añadir la sección de blog a la web de la Editorial Luna de "
            "Papel (factura OWD-2025-526, fuera del presupuesto original). Al final la editora ha decidido que no "
            "vamos a tener blog, así que os pedimos que nos reembolséis esa ampliación.\n\nAbrazos,\nCristina\n")
case("owd-change-request", [f], OWB, "decided", [refund("deny")],
     spec="O6: kind change_request (outside the original scope) is never refundable -> deny")

# ---------------------------------------------------------------- hard cases

# 44 out-of-office auto-reply (Spain)
cust("ramon.soler@solerarquitectos.es", "Ramón Soler", "annual", start="2025-02-01", end="2026-01-31")
f, _ = mail("c7-autoreply", "Ramón Soler <ramon.soler@solerarquitectos.es>", LO, dt(2025, 9, 24, 7, 0, 2),
            "Respuesta automática: Re: Su factura de LeadsOptima",
            "Estaré fuera de la oficina hasta el 6 de octubre sin acceso al correo. Para temas de facturación, "
            "reembolsos o bajas, contacte con administracion@solerarquitectos.es.\n\nUn saludo,\nRamón Soler\n",
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("c7-autoreply", [f], LOB, "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied -> ignore, whatever the words (reembolsos, bajas) say")

# 45 bounce from MAILER-DAEMON (Mexico)
f, _ = mail("c7-bounce", "Mail Delivery Subsystem <MAILER-DAEMON@mx.prodigy.net.mx>", OWD,
            dt(2025, 9, 26, 3, 14, -6), "Mensaje no entregado: Re: Solicitud de reembolso",
            "Este es un mensaje generado automáticamente.\n\nNo se pudo entregar su mensaje a "
            "contabilidad@ejemplo-cerrado.mx: el buzón no existe (550 5.1.1).\n\n"
            "----- Mensaje original -----\nAsunto: Re: Solicitud de reembolso\n"
            "Solicitamos el reembolso de la factura OWD-2025-599.\n")
case("c7-bounce", [f], OWB, "ignore", rules=["C7"],
     spec="C7: MAILER-DAEMON sender (delivery failure) -> ignore")

# 46 mailing list / bulk (Colombia)
f, _ = mail("c7-newsletter", "Boletín Marketing Digital CO <boletin@marketingdigitalco.co>", LO,
            dt(2025, 9, 25, 6, 0, -5), "¿Cómo pedir reembolsos a tus proveedores SaaS? 5 consejos",
            "Edición #112\n\n1. Lee la política de cancelación antes de pagar.\n2. Pide el reembolso dentro del "
            "plazo.\n3. Cancela la suscripción a tiempo.\n...\n\nPara darte de baja de este boletín, haz clic aquí.\n",
            headers={"List-Id": "Boletin Marketing Digital <boletin.marketingdigitalco.co>", "Precedence": "bulk",
                     "List-Unsubscribe": "<mailto:baja@marketingdigitalco.co>"})
case("c7-newsletter", [f], LOB, "ignore", rules=["C7"],
     spec="C7: List-Id and Precedence: bulk -> ignore")

# 47 Outlook forward (RV:) by an assistant naming the boss's registered email (Spain)
cust("manuel.garcia@talleresgarcia.es", "Manuel García", "quarterly", start="2025-07-20", end="2025-10-19")
lopay("es_p4701", "LO-INV-70296", "manuel.garcia@talleresgarcia.es", "quarterly", "5997.00", "1079.46",
      "2025-07-20T10:00:00", "2025-07-20", "2025-10-19")
f, _ = mail("fwd-assistant-c2", "Recepción Talleres García <recepcion@talleresgarcia.es>", LO,
            dt(2025, 9, 22, 10, 30, 2), "RV: baja LeadsOptima",
            "Buenos días, os reenvío el correo de mi jefe. Gracias.\n\nSusana\nRecepción\n\n"
            "________________________________\nDe: Manuel García <manuel.garcia@talleresgarcia.es>\n"
            "Enviado: lunes, 22 de septiembre de 2025 9:58\nPara: Recepción Talleres García "
            "<recepcion@talleresgarcia.es>\nAsunto: baja LeadsOptima\n\n"
            "Susana, manda esto a los de LeadsOptima: que den de baja la suscripción trimestral de la cuenta "
            "manuel.garcia@talleresgarcia.es, que no la usamos desde que cerramos la sección de recambios.\n\nManolo\n")
case("fwd-assistant-c2", [f], LOB, "need_info", rules=["C2"],
     spec="Section 8 'Forwards': the forwarded request names the registered email manuel.garcia@talleresgarcia.es, "
          "not the sender recepcion@talleresgarcia.es -> C2 need_info asking for the request from that address")

# 48 Gmail forward of one's own unanswered email (Mexico): access failure
cust("paola.vega@gmail.com", "Paola Vega", "monthly", start="2025-09-23", end="2025-10-22")
lopay("es_p4801", "LO-INV-70301", "paola.vega@gmail.com", "monthly", "1999.00", "359.82", "2025-09-23T08:00:00",
      "2025-09-23", "2025-10-22")
f, _ = mail("fwd-own-access", "Paola Vega <paola.vega@gmail.com>", LO, dt(2025, 9, 29, 12, 0, -6),
            "Fwd: No puedo entrar a mi cuenta",
            "Les reenvío esto porque nadie me ha contestado :(\n\n"
            "---------- Forwarded message ---------\nDe: Paola Vega <paola.vega@gmail.com>\n"
            "Date: jue, 25 sept 2025 a las 18:02\nSubject: No puedo entrar a mi cuenta\n"
            "To: <support@leadsoptima.com>\n\n"
            "Hola, desde que se renovó mi plan mensual el día 23 no puedo iniciar sesión, me dice que mi cuenta "
            "está bloqueada. Quiero el reembolso de la factura LO-INV-70301, no he podido usar nada.\n"
            "Gracias, Paola\n")
case("fwd-own-access", [f], LOB, "decided", [refund("escalate")],
     spec="Section 8 'Forwards': read for the request it carries (sender = the registered email); L2 "
          "access_failure; request time = this email 2025-09-29 23:30 IST, day 6 after 2025-09-23 -> L6 escalate")

# 49 HTML-only duplicate (Mexico)
cust("contabilidad@grupoherrera.mx", "Grupo Herrera", "annual", start="2025-09-26", end="2026-09-25")
lopay("es_p4901", "LO-INV-70311", "contabilidad@grupoherrera.mx", "annual", "23990.00", "4318.20",
      "2025-09-26T09:00:00", "2025-09-26", "2026-09-25")
lopay("es_p4902", "LO-INV-70312", "contabilidad@grupoherrera.mx", "annual", "23990.00", "4318.20",
      "2025-09-26T09:04:00", "2025-09-26", "2026-09-25")
f, _ = mail("html-dup", "Contabilidad Grupo Herrera <contabilidad@grupoherrera.mx>", LO, dt(2025, 9, 27, 10, 0, -6),
            "Doble cargo anualidad",
            html="<html><body><div style=\"font-family:Calibri\"><p>Buen día,</p>"
                 "<p>Les informamos que el <b>26 de septiembre</b> se realizaron <b>dos cargos</b> por la anualidad "
                 "de LeadsOptima a nuestra tarjeta corporativa: facturas LO-INV-70311 y <u>LO-INV-70312</u>. "
                 "Se trata de un pago duplicado.</p><p>Solicitamos el reembolso del segundo cargo (LO-INV-70312).</p>"
                 "<p>Saludos cordiales,<br>C.P. Laura Herrera<br><i>Contabilidad - Grupo Herrera</i></p>"
                 "</div></body></html>")
case("html-dup", [f], LOB, "decided", [refund("approve", "23990.00")],
     spec="HTML-only mail; L4: two paid annual charges 23990.00 on 2025-09-26, same period; request 2025-09-27 "
          "(day 1) -> approve the duplicate LO-INV-70312 = 23990.00")

# 50 LeadsOptima customer writing to Optima (Colombia)
cust("valeria.montoya@gmail.com", "Valeria Montoya", "monthly", start="2025-09-10", end="2025-10-09")
lopay("es_p5001", "LO-INV-70321", "valeria.montoya@gmail.com", "monthly", "1499.00", "269.82", "2025-09-10T10:00:00",
      "2025-09-10", "2025-10-09")
f, _ = mail("other-brand", "Valeria Montoya <valeria.montoya@gmail.com>", OWD, dt(2025, 9, 24, 18, 0, -5),
            "Cancelar suscripción",
            "Hola, buenas tardes. Quiero cancelar mi suscripción mensual (factura LO-INV-70321) porque ya no la "
            "estoy usando para mi emprendimiento. Gracias.\nValeria\n")
case("other-brand", [f], OWB, "need_info", rules=["C2"],
     spec="C1 + section 8 'The other brand's customer': addressed to Optima, so the ledger is searched in Optima "
          "only; the sender is unknown there -> C2 need_info")

# 51 +tag address (Argentina)
cust("lucia.bianchi@gmail.com", "Lucía Bianchi", "monthly", start="2025-09-05", end="2025-10-04")
lopay("es_p5101", "LO-INV-70331", "lucia.bianchi@gmail.com", "monthly", "1499.00", "269.82", "2025-09-05T10:00:00",
      "2025-09-05", "2025-10-04")
f, _ = mail("plus-tag", "Lucía Bianchi <lucia.bianchi+facturas@gmail.com>", LO, dt(2025, 9, 21, 10, 0, -3),
            "Baja",
            "Hola, quiero dar de baja mi plan mensual, me mudo a Europa y no lo voy a usar.\nSaludos, Lu\n")
case("plus-tag", [f], LOB, "need_info", rules=["C2"],
     spec="Section 8 'Addresses': lucia.bianchi+facturas@gmail.com is another address than the registered "
          "lucia.bianchi@gmail.com -> sender not on record -> C2 need_info")

# 52 how-to to Optima (Spain) -> other
proj("Peluquería Estilo Libre", "citas@estilolibre.es")
owpay("es_o5201", "OWD-2025-527", "Peluquería Estilo Libre", "maintenance_annual", "6000.00", "1080.00",
      "2025-03-01T10:00:00", setup_fee="600.00", service_start="2025-03-01")
f, _ = mail("owd-howto", "Peluquería Estilo Libre <citas@estilolibre.es>", OWD, dt(2025, 9, 19, 13, 0, 2),
            "Cambiar horario en la web",
            "Hola chicos, ¿cómo cambio yo misma el horario de apertura que sale en la web? Entro en el panel pero no "
            "encuentro dónde. En octubre abrimos también los lunes.\n\nMil gracias,\nYolanda\n")
case("owd-howto", [f], OWB, "other",
     spec="Section 1 outcome other: a how-to question, neither refund nor cancellation")

# 53 Spanglish duplicate (Colombia)
cust("andres.quintero@qstartup.co", "Andrés Quintero", "monthly", start="2025-09-29", end="2025-10-28")
lopay("es_p5301", "LO-INV-70341", "andres.quintero@qstartup.co", "monthly", "1499.00", "269.82",
      "2025-09-29T06:00:00", "2025-09-29", "2025-10-28")
lopay("es_p5302", "LO-INV-70342", "andres.quintero@qstartup.co", "monthly", "1499.00", "269.82",
      "2025-09-29T06:00:30", "2025-09-29", "2025-10-28")
f, _ = mail("spanglish-dup", "Andres Quintero <andres.quintero@qstartup.co>", LO, dt(2025, 9, 30, 7, 45, -5),
            "double charge plan monthly",
            "Hola team!\n\nEste mes me hicieron un double charge del plan monthly, me salen dos transacciones "
            "iguales en la tarjeta. El invoice repetido es lo-inv-70342. Me pueden hacer el refund porfa?\n\n"
            "Thanks!!\nAndrés\n\nSent from my iPhone\n")
case("spanglish-dup", [f], LOB, "decided", [refund("approve", "1499.00")],
     spec="Mixed Spanish/English; L4: two paid monthly charges 1499.00 on 2025-09-29, same period; request "
          "2025-09-30 (day 1); 'lo-inv-70342' matches LO-INV-70342 -> approve 1499.00")

# 54 minimal cancellation from a phone (Spain)
cust("quique.romero@yahoo.es", "Enrique Romero", "annual", start="2025-06-12", end="2026-06-11")
lopay("es_p5401", "LO-INV-70351", "quique.romero@yahoo.es", "annual", "23990.00", "4318.20", "2025-06-12T10:00:00",
      "2025-06-12", "2026-06-11")
f, _ = mail("minimal-cancel", "Quique <quique.romero@yahoo.es>", LO, dt(2025, 9, 26, 23, 50, 2),
            "baja",
            "dadme de baja porfa\n\nEnviado desde mi iPhone\n")
case("minimal-cancel", [f], LOB, "decided", [cancel("cancel", "2026-06-11")],
     spec="L8: cancellation from the registered email; plan filled from the ledger; reason missing does not hold "
          "a LeadsOptima cancellation up (section 3) -> cancel effective current_period_end 2026-06-11")

# 55 Reply-To the registered address, From another (Mexico)
cust("arturo.salinas@salinasyasoc.mx", "Arturo Salinas", "monthly", start="2025-09-18", end="2025-10-17")
lopay("es_p5501", "LO-INV-70361", "arturo.salinas@salinasyasoc.mx", "monthly", "2499.00", "449.82",
      "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
lopay("es_p5502", "LO-INV-70362", "arturo.salinas@salinasyasoc.mx", "monthly", "2499.00", "449.82",
      "2025-09-18T10:01:00", "2025-09-18", "2025-10-17")
f, _ = mail("reply-to-c2", "Arturo Salinas <asalinas.personal@hotmail.com>", LO, dt(2025, 9, 20, 10, 0, -6),
            "Cobro doble",
            "Buenos días, me cobraron dos veces la mensualidad el 18 de septiembre, facturas LO-INV-70361 y "
            "LO-INV-70362. Favor de reembolsar la segunda. Respóndanme a mi correo de la empresa.\n\nArturo Salinas\n",
            reply_to="arturo.salinas@salinasyasoc.mx")
case("reply-to-c2", [f], LOB, "need_info", rules=["C2"],
     spec="Section 8 'Addresses': the sender is the From address (asalinas.personal@hotmail.com, not on record); "
          "Reply-To never verifies anyone -> C2 need_info, no approval")

ledger = {"customers": customers, "projects": projects, "payments": payments}
ids = [p["id"] for p in payments]
invs = [p["invoice"] for p in payments]
assert len(ids) == len(set(ids)) and len(invs) == len(set(invs))
(HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
print(f"{len(cases)} cases, {len(payments)} payments")
